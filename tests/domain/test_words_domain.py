"""The domain's own words in the window's language (issue 25): with the real Spanish catalogue
installed, as the window installs it, a refusal, a safety finding, an indication and an appointment
status read in Spanish, and their str() stays the English the command line and the files keep."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication

from clinic_desktop.domain.access import Permission, Role, require
from clinic_desktop.domain.codes import AppointmentStatus, Indication, Product
from clinic_desktop.domain.errors import OverrideRequiredError, PermissionDeniedError, ValidationError
from clinic_desktop.domain.flow import Lane, check_change
from clinic_desktop.domain.safety import Level, PastDose, Rule, interval_finding
from clinic_desktop.domain.words import Text, shown
from clinic_desktop.ui import languages


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The Spanish catalogue installed as start-up installs it (the domain's words with it)."""
    assert languages.install_translator(qapp, "es") == "es"
    yield
    languages.remove_translators(qapp)


def test_the_84_day_rule_reads_in_spanish_and_prints_in_english(spanish: None) -> None:
    history = [PastDose(date(2026, 9, 1), Product.ONABOTULINUMTOXINA, Decimal(155))]
    finding = interval_finding(date(2026, 10, 1), history)
    assert finding is not None and finding.rule is Rule.INTERVAL and finding.level is Level.OVERRIDE
    english = (
        "Only 30 days since the last toxin injection on 2026-09-01; the next is due on or after "
        "2026-11-24 (84 days)."
    )
    spanish_words = (
        "Solo 30 días desde la última inyección de toxina, el 2026-09-01; la siguiente puede ponerse a "
        "partir del 2026-11-24 (84 días)."
    )
    assert str(finding.message) == english and shown(finding.message) == spanish_words
    refusal = OverrideRequiredError(finding.message)  # as charting and booking refuse it
    assert str(refusal) == english and refusal.message == spanish_words
    assert [shown(reason) for reason in refusal.reasons] == [spanish_words]
    assert shown(Rule.INTERVAL.label) == "Intervalo de 12 semanas"


def test_a_refusal_with_statuses_in_it_reads_in_spanish(spanish: None) -> None:
    with pytest.raises(ValidationError) as refused:
        check_change(7, AppointmentStatus.BOOKED, AppointmentStatus.IN_ROOM)
    assert str(refused.value) == (
        "Appointment 7 is booked; it cannot be marked in room. "
        "It can be marked confirmed, arrived, cancelled, no show."
    )
    assert refused.value.message == (
        "La cita 7 está en estado «reservada»; no se puede marcar como «en consulta». "
        "Se puede marcar como: confirmada, llegó, cancelada, no presentada."
    )
    with pytest.raises(PermissionDeniedError) as denied:
        require(Role.RECEPTION, Permission.CHART_WRITE)
    assert str(denied.value) == "Charting needs the provider role; you are signed in as reception."
    assert denied.value.message == (
        "Registrar tratamientos requiere el rol de profesional; ha iniciado sesión como recepción."
    )


def test_indications_statuses_and_lanes_are_named_in_spanish(spanish: None) -> None:
    assert shown(Indication.CHRONIC_MIGRAINE.label) == "Migraña crónica"
    assert str(Indication.CHRONIC_MIGRAINE.label) == "Chronic migraine"
    assert shown(AppointmentStatus.NO_SHOW.label) == "No presentada"
    assert str(AppointmentStatus.NO_SHOW.label) == "No show"
    assert shown(Lane.WAITING.label) == "En espera"
    named = [
        *(i.label for i in Indication),
        *(i.words for i in Indication),
        *(s.label for s in AppointmentStatus),
        *(s.words for s in AppointmentStatus),
        *(lane.label for lane in Lane),
        *(r.label for r in Role),
        *(p.label for p in Permission),
        *(r.label for r in Rule),
    ]
    assert all(isinstance(word, Text) for word in named)
    untranslated = [str(word) for word in named if shown(word) == str(word)]
    assert untranslated == []  # every one is in the catalogue


def test_without_the_catalogue_the_same_words_are_english(qapp: QApplication) -> None:
    languages.remove_translators(qapp)
    assert shown(Indication.CERVICAL_DYSTONIA.label) == "Cervical dystonia"
    with pytest.raises(ValidationError) as refused:
        check_change(3, AppointmentStatus.CANCELLED, AppointmentStatus.ARRIVED)
    assert (
        refused.value.message == str(refused.value) == "Appointment 3 was cancelled; book a new one instead."
    )
