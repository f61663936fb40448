"""Use cases, free of Qt: each owns its transaction and returns what changed.

The GUI and the command line call these and nothing below them.
"""

from clinic_desktop.services.context import ClinicServices, Clock

__all__ = ["ClinicServices", "Clock"]
