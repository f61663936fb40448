"""The clinic's set-up in the window: File > Clinic settings… and the first run's set-up checklist,
each a list of pages (one per module here) over the same services as the command line."""

from clinic_desktop.ui.dialogs.setup.dialogs import ClinicSettingsDialog, SetupChecklist

__all__ = ["ClinicSettingsDialog", "SetupChecklist"]
