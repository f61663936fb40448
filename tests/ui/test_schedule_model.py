from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.entities import Appointment, ScheduleEntry
from clinic_desktop.ui.models.schedule_model import ScheduleModel


def entry(aid: int, status: AppointmentStatus) -> ScheduleEntry:
    start = datetime(2026, 11, 3, 14, 0, tzinfo=UTC)
    end = datetime(2026, 11, 3, 14, 30, tzinfo=UTC)
    appointment = Appointment(aid, 1, 1, None, 1, start, end, status, cancel_reason="Patient unwell")
    return ScheduleEntry(appointment, "Ines Ortega", "Dr Lind", "Migraine treatment", "#1f77b4", None)


def test_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ScheduleModel()
    model.set_schedule(
        [entry(1, AppointmentStatus.BOOKED), entry(2, AppointmentStatus.CANCELLED)],
        ClinicTime("America/New_York"),
    )
    qtmodeltester.check(model)


def test_model_shows_local_times_and_marks_cancellations() -> None:
    model = ScheduleModel()
    model.set_schedule(
        [entry(1, AppointmentStatus.BOOKED), entry(2, AppointmentStatus.CANCELLED)],
        ClinicTime("America/New_York"),
    )
    assert model.data(model.index(0, 0)) == "09:00–09:30"
    assert model.data(model.index(0, 2)) == "Ines Ortega"
    assert model.data(model.index(0, 5)) == "Booked"
    assert model.data(model.index(0, 3), Qt.ItemDataRole.DecorationRole) == QColor("#1f77b4")
    assert model.data(model.index(1, 1), Qt.ItemDataRole.FontRole).strikeOut()
    assert "Patient unwell" in model.data(model.index(1, 1), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, 1), Qt.ItemDataRole.FontRole) is None
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Patient"


def test_expired_consent_is_visible_in_the_day_list() -> None:
    from dataclasses import replace

    model = ScheduleModel()
    model.set_schedule([replace(entry(1, AppointmentStatus.BOOKED), expired_consent=True)], ClinicTime("UTC"))
    assert model.data(model.index(0, 2)) == "Ines Ortega  ⚠ consent expired"
