"""What every part of the patient service reads: the clinic's region and today, and what the
signed-in role sees of a patient (services/patients.py describes the service)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.patients import PatientView
from clinic_desktop.domain.search import default_date_order

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices


class PatientServiceBase:
    """The clinic's services, and the settings and view every patient use case depends on."""

    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    # --- settings the rules depend on -----------------------------------------------------------

    @property
    def region(self) -> str:
        return self._s.store.settings.get().country or "US"

    @property
    def date_order(self) -> str:
        return default_date_order(self.region)

    def today(self) -> date:
        return self._s.time.local_date(self._s.now())

    def view(self) -> PatientView:
        """What the signed-in role sees of patients: the one place that decides it, asked by the
        chart, the patient list, search, the command line and the recall list. A role that may
        read the clinical record (Permission.CHART_READ) sees everything; the front desk sees the
        patient without the clinical facts (domain.patients.PatientView)."""
        return PatientView(clinical=self._s.may(Permission.CHART_READ))

    def _signed_in_name(self) -> str:
        """Who a contact or merge is recorded as done by: the signed-in person (not the software)."""
        session = self._s.session
        return session.name if session is not None and session.role is not None else ""
