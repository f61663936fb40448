"""The services' refusals and warnings in the window's language (issue 25): the same refusal the
command line prints in English reads in Spanish once the window installed the Spanish catalogue.

Needs the filled catalogues (resources/translations/fill.py; the lead fills main's at merge)."""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.entities import ScheduleEntry
from clinic_desktop.domain.errors import ConflictError, OverrideRequiredError
from clinic_desktop.domain.patients import PatientStatus
from clinic_desktop.domain.words import QT_TR_NOOP, Text, shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.services.phrases import Joined, Lowered, Sentence
from clinic_desktop.store.followups import _kept_words, reasons_json
from clinic_desktop.ui import languages
from tests.conftest import FIXED_NOW


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The Spanish catalogue installed as the window's start-up installs it."""
    assert languages.install_translator(qapp, "es") == "es"
    yield
    languages.remove_translators(qapp)


def _a_booked_visit(s: ClinicServices) -> ScheduleEntry:
    """A visit of the demo clinic still to come, booked, in working hours."""
    day = FIXED_NOW.date() + timedelta(days=1)
    for offset in range(60):
        for entry in s.schedule.day(day + timedelta(days=offset)).entries:
            if entry.appointment.status is AppointmentStatus.BOOKED:
                return entry
    raise AssertionError("the demo clinic has no visit booked ahead")


def _another_patient(s: ClinicServices, entry: ScheduleEntry) -> int:
    """An active patient of the demo clinic with nothing booked at that visit's time."""
    a = entry.appointment
    return next(
        p
        for p in range(1, 100)
        if p != a.patient_id
        and s.store.patients.get(p).status is PatientStatus.ACTIVE
        and not s.store.calendar.clashes("patient", p, a.start, a.end)
    )


def _consultation(s: ClinicServices) -> str:
    """A visit type that is no toxin treatment and needs no room: only the clash is asked."""
    return next(t.name for t in s.store.types.list() if not t.is_treatment and not t.room_kind)


def test_a_double_booking_is_refused_in_spanish_in_the_window_and_in_english_on_the_command_line(
    demo_services: ClinicServices, spanish: None
) -> None:
    s = demo_services
    entry = _a_booked_visit(s)
    a = entry.appointment
    patient = _another_patient(s, entry)
    with pytest.raises(ConflictError) as refused:
        s.appointments.book(BookingRequest(patient, a.provider_id, _consultation(s), a.start))
    local = s.time.to_local(a.start)
    english = (
        f"{entry.provider_name} already has {entry.patient_name} at "
        f"{local:%H:%M}-{s.time.to_local(a.end):%H:%M} on {local:%Y-%m-%d}."
    )
    assert str(refused.value) == english  # the command line, the logs: the English as before
    spanish_words = (
        f"{entry.provider_name} ya tiene una cita con {entry.patient_name} de {local:%H:%M} a "
        f"{s.time.to_local(a.end):%H:%M} el {local:%Y-%m-%d}."
    )
    assert refused.value.message == spanish_words  # the window
    again = pickle.loads(pickle.dumps(refused.value))  # a background job's refusal
    assert again.message == spanish_words and str(again) == english


def test_an_override_is_asked_for_in_spanish_with_each_reason(
    demo_services: ClinicServices, spanish: None
) -> None:
    s = demo_services
    entry = _a_booked_visit(s)
    a = entry.appointment
    late = s.time.to_utc(s.time.to_local(a.start).replace(hour=22, minute=0, tzinfo=None))
    patient = _another_patient(s, entry)
    with pytest.raises(OverrideRequiredError) as refused:
        s.appointments.book(BookingRequest(patient, a.provider_id, _consultation(s), late))
    error = refused.value
    assert str(error).endswith("is outside " + entry.provider_name + "'s working hours. "
                               "Give an override reason to book it anyway.")  # fmt: skip
    assert error.message.endswith(
        f"queda fuera del horario de trabajo de {entry.provider_name}. "
        "Indique un motivo de excepción para dar la cita de todos modos."
    )
    assert [shown(r) for r in error.reasons] == [error.message.rsplit(" Indique", 1)[0]]
    assert str(error.reasons[0]).startswith("22:")  # the reason the trail keeps: English


def test_report_titles_and_the_flow_board_summary_in_spanish(
    demo_services: ClinicServices, spanish: None
) -> None:
    s = demo_services
    report = s.reports.treatments(date(2026, 1, 1), date(2026, 11, 30))
    assert report.title == "Treatments per indication per month"
    assert shown(report.title) == "Tratamientos por indicación y mes"
    assert [shown(c.title) for c in report.table().columns][0] == "Mes"
    board = s.appointments.flow_board(FIXED_NOW.date() + timedelta(days=1))
    n = len(board.rows)
    assert str(board.summary).split(" · ")[0] == f"{n} appointment{'s' if n != 1 else ''}"
    assert shown(board.summary).split(" · ")[0] == f"{n} cita{'s' if n != 1 else ''}"


def test_texts_built_from_texts_show_each_part_translated(spanish: None) -> None:
    closed = Text(QT_TR_NOOP("Nobody is working"))
    sentence = Sentence(Lowered(closed), ".")
    assert str(sentence) == "Nobody is working." and sentence.shown == "No trabaja nadie."
    joined = Joined([Text(QT_TR_NOOP("Consent expired")), "plain words"], " · ")
    assert str(joined) == "Consent expired · plain words"
    assert joined.shown == "Consentimiento caducado · plain words"
    for made in (sentence, joined):
        again = pickle.loads(pickle.dumps(made))
        assert again == made and again.shown == made.shown


def test_a_kept_proposal_keeps_its_reasons_templates(spanish: None) -> None:
    """The background refresh keeps proposals in the database: read back, their reasons still
    show in the window's language (and the English is unchanged)."""
    held = Text(QT_TR_NOOP("Held for the patient: their recall invitation offers it"))
    limit = Text(
        QT_TR_NOOP("Not before {day}: {units} U sooner would pass {limit}"),
        day="01 Mar 2027",
        units="155",
        limit=Text(QT_TR_NOOP("400 U of onabotulinumtoxinA in 3 months")),
    )
    kept = [_kept_words(w) for w in json.loads(reasons_json([held, limit, "As it was"]))]
    assert kept == [held, limit, "As it was"]
    assert [shown(w) for w in kept] == [
        "Reservado para el paciente: su invitación de recordatorio se lo ofrece",
        "No antes del 01 Mar 2027: 155 U antes superarían 400 U de onabotulinumtoxinA en 3 meses",
        "As it was",
    ]
