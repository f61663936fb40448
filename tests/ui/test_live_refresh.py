"""Live refresh: another workstation's booking shows in the open calendar within about two seconds,
without touching what this one is typing; held back while a button is down or a dialog is open.
A setting changed elsewhere (the time zone, the clinic's name) is used here from then on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from clinic_desktop.domain.errors import UNAVAILABLE, DatabaseUnavailableError
from clinic_desktop.services import ClinicServices, Clock
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.ui.live_refresh import LiveRefresh
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.settings import UiSettings
from tests.conftest import FIXED_NOW, NewDatabase
from tests.day_list_clinic import DAY, build
from tests.other_workstation import change_setting


@pytest.fixture
def two_desks(qtbot, db_path: Path, tmp_path: Path) -> Iterator[tuple[MainWindow, ClinicServices]]:  # type: ignore[no-untyped-def]
    front = ClinicServices.open(str(db_path), Clock(FIXED_NOW))
    build(front)
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(front, settings)
    window.quiet = True
    qtbot.addWidget(window)
    window.show()
    window.calendar.set_day(front.time.local_date(front.time.parse_local("2026-11-24T09:00")))
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=10_000)
    other = ClinicServices.open(str(db_path), Clock(FIXED_NOW))  # the other workstation
    yield window, other
    window.live.stop()
    window.operations.wait()
    other.close()
    front.close()


def test_a_booking_at_another_desk_shows_in_the_open_calendar(qtbot, two_desks) -> None:  # type: ignore[no-untyped-def]
    window, other = two_desks
    before = {e.appointment.id for e in window.calendar.entries}
    window.patients.search.setText("Orte")  # being typed at this desk: a reload must not touch it
    booked = other.appointments.book(
        BookingRequest(3, 2, "Consultation", other.time.parse_local("2026-11-24T14:00"))
    ).appointments[0]
    assert booked.id not in before
    qtbot.waitUntil(lambda: booked.id in {e.appointment.id for e in window.calendar.entries}, timeout=3_000)
    assert window.patients.search.text() == "Orte"


def test_a_change_waits_while_the_person_is_busy(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    value = [1]
    live = LiveRefresh(lambda: value[0])
    fired: list[bool] = []
    live.changed.connect(lambda: fired.append(True))
    busy = [True]
    monkeypatch.setattr(LiveRefresh, "busy", staticmethod(lambda: busy[0]))
    live.poll()
    assert fired == []  # nothing changed
    value[0] = 2
    live.poll()
    assert fired == []  # changed, but a dialog is open: held back
    busy[0] = False
    live.poll()
    assert fired == [True]  # delivered once the person is done
    live.poll()
    assert fired == [True]  # and only once
    assert LiveRefresh(lambda: None).timer.isActive() is False


def test_a_database_that_cannot_be_reached_is_said_once_then_heard_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    answers: list[int | DatabaseUnavailableError] = [1]
    live = LiveRefresh(lambda: _answer(answers))
    said: list[DatabaseUnavailableError] = []
    fired: list[bool] = []
    live.unavailable.connect(said.append)
    live.changed.connect(lambda: fired.append(True))
    answers[0] = DatabaseUnavailableError("server closed the connection unexpectedly")
    live.poll()
    live.poll()  # still gone: said once per outage, not every second
    assert len(said) == 1 and isinstance(said[0], DatabaseUnavailableError) and fired == []
    assert said[0].message.startswith(UNAVAILABLE)
    answers[0] = 2  # listening again: what was committed meanwhile counts as a change
    live.poll()
    assert fired == [True] and len(said) == 1
    answers[0] = DatabaseUnavailableError("")
    live.poll()
    assert len(said) == 2  # a new outage is said again


def _answer(answers: list[int | DatabaseUnavailableError]) -> int:
    answer = answers[0]
    if isinstance(answer, DatabaseUnavailableError):
        raise answer
    return answer


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_time_zone_changed_at_another_workstation_is_used_here(  # type: ignore[no-untyped-def]
    qtbot, new_database: NewDatabase, tmp_path: Path, backend: str
) -> None:
    db = new_database("clinic")
    front = ClinicServices.open(db, Clock(FIXED_NOW))
    build(front)  # New York
    window = MainWindow(front, UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)))
    window.quiet = True
    qtbot.addWidget(window)
    try:
        window.show()
        window.calendar.set_day(DAY)
        qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=10_000)
        assert window.timezone_label.text() == "Time zone: America/New_York"
        first = min(window.calendar.entries, key=lambda e: e.appointment.start)
        assert window.calendar.clinic_time.to_local(first.appointment.start).hour == 9
        change_setting(db, "timezone", "Europe/Vienna")  # in another process
        qtbot.waitUntil(lambda: window.timezone_label.text() == "Time zone: Europe/Vienna", timeout=5_000)
        assert front.time.timezone == "Europe/Vienna"
        qtbot.waitUntil(lambda: window.calendar.clinic_time.timezone == "Europe/Vienna", timeout=5_000)
        assert window.calendar.clinic_time.to_local(first.appointment.start).hour == 15  # 09:00 New York
        change_setting(db, "name", "Lindenhof Pain Clinic")
        qtbot.waitUntil(lambda: window.windowTitle().endswith("Lindenhof Pain Clinic"), timeout=5_000)
    finally:
        window.live.stop()
        window.operations.wait()
        front.close()


def test_coming_back_to_the_patient_list_reads_it_again_only_if_the_clinic_changed(  # type: ignore[no-untyped-def]
    qtbot, two_desks, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The patient list and the recall list follow the clinic's data and date only: shown again
    with nothing changed anywhere, they are not read again (50,000 ids beside the view's painting,
    issue 22); a change at another desk, or F5, reads them again."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from clinic_desktop.services.patients import PatientInput

    window, other = two_desks
    asked: list[str] = []
    run = window.operations.run
    monkeypatch.setattr(window.operations, "run", lambda key, *rest: (asked.append(key), run(key, *rest))[1])
    window.live.poll()  # the marker read (the timer reads it each second)

    def lists_read() -> int:
        return sum(1 for key in asked if key.endswith("/ids"))

    window.show_view("patients")
    qtbot.waitUntil(
        lambda: window.operations.pending == 0 and window.patients.model.rowCount() > 0, timeout=10_000
    )
    assert lists_read() == 1
    shown = window.patients.model.rowCount()
    window.show_view("calendar")
    window.show_view("patients")
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=10_000)
    assert lists_read() == 1  # nothing changed: the list on screen is the clinic's
    assert window.patients.model.rowCount() == shown

    window.show_view("calendar")
    added = other.patients.add(PatientInput("Wren", "Aardvark", "1979-03-14")).record.id
    window.live.poll()  # the other desk's commit moves the marker: the open view (calendar) reloads
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=10_000)
    window.show_view("patients")
    qtbot.waitUntil(lambda: added in window.patients.model.ids, timeout=10_000)
    assert lists_read() == 2 and window.patients.model.rowCount() == shown + 1

    QTest.keyClick(window, Qt.Key.Key_F5)  # asked for: read again, changed or not
    qtbot.waitUntil(lambda: lists_read() == 3, timeout=5_000)
