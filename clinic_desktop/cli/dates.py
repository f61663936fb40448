"""How the command line's text for people writes dates and times: the clinic's settings (date
order and clock, 'locale' being the clinic's country's), as on paper (domain/date_formats.py).
--json output and files for machines stay ISO 8601 and do not come here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clinic_desktop.domain.date_formats import Writing, writing_for

if TYPE_CHECKING:
    from clinic_desktop.services import ClinicServices


def writing(s: ClinicServices) -> Writing:
    settings = s.clinic.settings()
    return writing_for(settings.date_format, settings.clock, settings.country)
