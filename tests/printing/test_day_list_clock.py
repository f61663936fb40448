"""The printed day list writes its times in the clinic's clock and its date in the clinic's order
(issue 25): a New York clinic's list reads 9:00 AM and Tuesday, November 24, 2026 unless the
settings say 24-hour and day-month."""

from __future__ import annotations

from clinic_desktop.printing.day_list import day_list_printout
from clinic_desktop.services import ClinicServices
from tests.day_list_clinic import DAY, build


def printed_text(s: ClinicServices, reception: bool = False) -> str:
    printout = day_list_printout(s.day_lists.day_list(DAY, 1, reception=reception), reception)
    return " ".join(
        "".join((section.footer, section.heading, *section.blocks)) for section in printout.sections
    )


def test_the_day_list_follows_the_clinics_clock_and_date_order(services: ClinicServices) -> None:
    s = build(services)  # a clinic in the US: its country writes 12-hour times, month first
    text = printed_text(s)
    assert "<b style='white-space:nowrap'>9:00 AM</b>" in text and "–9:30 AM" in text
    assert "9:00 AM–10:00 AM" in text  # the day's span in the summary
    assert "Tuesday, November 24, 2026" in text and "printed 11/23/2026 " in text
    assert "09:00" not in text

    s.clinic.set_settings({"clock": "24", "date_format": "uk"})
    for reception in (False, True):
        text = printed_text(s, reception)
        assert "<b style='white-space:nowrap'>09:00</b>" in text and "–09:30" in text
        assert "09:00–10:00" in text
        assert "Tuesday 24 November 2026" in text and "printed 23/11/2026 " in text
        assert " AM" not in text and " PM" not in text
