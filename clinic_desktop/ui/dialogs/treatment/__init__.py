"""Charting a treatment (dialog.py, over the choices of choices.py and the widgets of form.py, with
the sites table of sites.py and the findings of findings.py), and after the visit amending one
(amend.py) or reporting an adverse event (adverse_event.py)."""

from clinic_desktop.ui.dialogs.treatment.adverse_event import AdverseEventDialog
from clinic_desktop.ui.dialogs.treatment.amend import AmendDialog
from clinic_desktop.ui.dialogs.treatment.dialog import TreatmentDialog
from clinic_desktop.ui.dialogs.treatment.findings import FindingsPanel
from clinic_desktop.ui.dialogs.treatment.labels import SIDE_LABELS
from clinic_desktop.ui.dialogs.treatment.sites import MUSCLE, POINTS, SIDE, UNITS, SitesEditor, SitesRead

__all__ = [
    "MUSCLE",
    "POINTS",
    "SIDE",
    "SIDE_LABELS",
    "UNITS",
    "AdverseEventDialog",
    "AmendDialog",
    "FindingsPanel",
    "SitesEditor",
    "SitesRead",
    "TreatmentDialog",
]
