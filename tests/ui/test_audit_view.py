"""The manager's audit trail view: entries newest first with who, what, which patient and the
values before and after; filters by user, patient and dates; older entries read as the table is
scrolled; "Verify trail" green while the chain holds and red, naming the entry, once a row is
changed behind the software's back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from clinic_desktop.domain.access import Role
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.store import models as m
from clinic_desktop.ui.appearance import readable_ink
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.views import audit_view
from clinic_desktop.ui.views.audit_view import (
    ACTION,
    CHANGES,
    INTACT_COLOUR,
    PATIENT,
    USER,
    WHAT,
    AuditTableModel,
    AuditView,
    describe_change,
)

PASSWORD = "correct horse"
TIMEOUT = 10_000


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    """Beth (manager) registers two patients and corrects one; Carl (provider) opens a chart;
    Beth is signed in at the end, as the trail's reader."""
    users = services.users
    users.create_first_manager("Beth", PASSWORD)
    users.sign_in("Beth", PASSWORD)
    carl = services.resources.add_provider("Dr Carl Berg")  # his account is this provider (signing.py)
    users.add("Carl", Role.PROVIDER, PASSWORD, carl.id)
    maria = services.patients.add(PatientInput("Maria", "Núñez", "1968-05-14", phone="212 555 0147")).record
    john = services.patients.add(PatientInput("John", "Okafor", "1975-02-03")).record
    services.patients.update(maria.id, PatientInput("Maria", "Núñez", "1968-05-14", phone="212 555 0199"))
    users.sign_in("Carl", PASSWORD)
    services.patients.open_chart(maria.id)
    users.sign_in("Beth", PASSWORD)
    assert (maria.id, john.id) == (1, 2)
    return services


@pytest.fixture
def view(qtbot: QtBot, clinic: ClinicServices) -> Iterator[AuditView]:
    operations = Operations(clinic.end_thread)
    widget = AuditView(clinic, operations)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=TIMEOUT):
        widget.refresh()
    yield widget
    operations.wait()


def column(view: AuditView, number: int) -> list[str]:
    model = view.model
    return [str(model.data(model.index(row, number))) for row in range(model.rowCount())]


def choose(qtbot: QtBot, view: AuditView, **filters: Any) -> None:
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view.set_filters(**filters)


def test_entries_are_listed_newest_first_with_who_what_and_which_patient(
    view: AuditView, clinic: ClinicServices
) -> None:
    ids = [e.id for e in view.model.entries]
    assert ids == sorted(ids, reverse=True) and len(ids) == len(clinic.audit.entries())
    newest = view.model.entries[0]
    assert newest.action == "sign_in" and newest.user == "Beth"
    actions = column(view, ACTION)
    assert (
        actions.count("Opened chart") == 1 and actions.count("Created") == 5
    )  # Beth, Dr Berg, Carl, 2 patients
    opened = actions.index("Opened chart")
    assert column(view, USER)[opened] == "Carl"
    assert column(view, WHAT)[opened] == "Patient 1"
    assert column(view, PATIENT)[opened].startswith("Núñez, Maria (")
    changed = actions.index("Changed")
    assert column(view, CHANGES)[changed] == "phone: +12125550147 → +12125550199"
    created = next(r for r, e in enumerate(view.model.entries) if (e.action, e.entity_id) == ("create", "1"))
    assert column(view, CHANGES)[created].startswith("given name: Maria, family name: Núñez, mrn: M")
    assert view.summary.text().startswith(f"{len(ids)} entries, newest first")


def test_the_detail_shows_every_value_before_and_after(view: AuditView) -> None:
    row = column(view, ACTION).index("Changed")
    view.table.selectRow(row)
    text = view.detail.toPlainText()
    assert text.startswith(f"Entry {view.model.entries[row].id} · ")
    assert "phone" in text and "+12125550147" in text and "+12125550199" in text


def test_filters_by_user_patient_and_date(qtbot: QtBot, view: AuditView, clinic: ClinicServices) -> None:
    assert [view.user.itemText(i) for i in range(view.user.count())] == [
        "All users",
        "Beth",
        "Carl",
        "system",
    ]
    choose(qtbot, view, user="Carl")
    assert set(column(view, USER)) == {"Carl"} and "Opened chart" in column(view, ACTION)

    choose(qtbot, view, patient="2")
    assert view.model.rowCount() == 1 and {e.patient_id for e in view.model.entries} == {2}
    assert view.patient_found.text().startswith("Okafor, John (")
    choose(qtbot, view, patient="Núñez")  # a name is searched
    assert {e.patient_id for e in view.model.entries} == {1}
    assert sorted(column(view, ACTION)) == ["Changed", "Created", "Opened chart"]
    choose(qtbot, view, patient="Núñez", user="Carl")  # filters add up
    assert column(view, ACTION) == ["Opened chart"]

    today = clinic.time.local_date(clinic.real_now())  # the trail keeps the real time, not --now
    choose(qtbot, view, first=today, last=today)
    assert view.model.rowCount() == len(clinic.audit.entries())
    choose(qtbot, view, last=today - timedelta(days=1))
    assert view.model.rowCount() == 0 and view.summary.text() == "No entries match these filters."
    choose(qtbot, view)
    assert view.model.rowCount() == len(clinic.audit.entries())


def test_a_patient_nobody_matches_is_said_so(qtbot: QtBot, view: AuditView) -> None:
    view.set_filters(patient="Zzyzx")
    qtbot.waitUntil(lambda: view.status.text() != "", timeout=TIMEOUT)
    assert view.status.text().startswith("No patient matches “Zzyzx”")
    assert view.model.rowCount() == 0


def test_the_dates_the_wrong_way_round_are_refused_without_reading(
    view: AuditView, clinic: ClinicServices
) -> None:
    today = clinic.time.local_date(clinic.real_now())
    view.set_filters(first=today, last=today - timedelta(days=2))
    assert "wrong way round" in view.status.text()


def test_verify_is_green_while_intact_and_red_naming_the_entry_after_tampering(
    qtbot: QtBot, view: AuditView
) -> None:
    with qtbot.waitSignal(view.verified, timeout=TIMEOUT) as intact:
        view.verify_button.click()
    assert intact.args[0].intact
    assert view.verdict_label.text().startswith("✓ The audit trail is intact:")
    green = readable_ink(INTACT_COLOUR)  # the verdict's green, made readable on this window's colour
    assert green in view.verdict_label.styleSheet()

    # Someone with the database file rewrites who opened Maria's chart.
    opened = next(e for e in view.model.entries if e.action == "open")
    m.db.execute_sql('UPDATE audit_entry SET "user" = ? WHERE id = ?', ("Beth", opened.id))
    with qtbot.waitSignal(view.verified, timeout=TIMEOUT) as broken:
        view.verify_button.click()
    assert broken.args[0].broken == opened.id
    assert view.verdict_label.text().startswith(f"✗ The audit trail is broken at entry {opened.id}:")
    assert green not in view.verdict_label.styleSheet()


def test_deleting_an_entry_is_named_too(qtbot: QtBot, view: AuditView) -> None:
    m.db.execute_sql("DELETE FROM audit_entry WHERE id = ?", (3,))
    with qtbot.waitSignal(view.verified, timeout=TIMEOUT) as broken:
        view.verify()
    assert broken.args[0].broken == 3
    assert "entry 3" in view.verdict_label.text()


def test_older_entries_are_read_a_page_at_a_time(
    qtbot: QtBot, view: AuditView, clinic: ClinicServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    total = len(clinic.audit.entries())
    monkeypatch.setattr(audit_view, "PAGE", 3)
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view.refresh()
    model = view.model
    assert model.rowCount() == 3 and not model.complete  # (the table may have asked for more already)
    assert "scroll down for older ones" in view.summary.text()
    while not model.complete:
        with qtbot.waitSignal(view.more_loaded, timeout=TIMEOUT):
            model.fetchMore(QModelIndex())  # (or the table has asked already: that page is on its way)
    ids = [e.id for e in model.entries]
    assert ids == list(range(total, 0, -1))  # every entry once, newest first


def test_the_models_pass_the_model_tester(qtmodeltester: ModelTester, view: AuditView) -> None:
    qtmodeltester.check(view.model)
    assert view.model.rowCount() > 0


def test_an_appended_page_skips_entries_already_shown(
    qtmodeltester: ModelTester, clinic: ClinicServices
) -> None:
    entries = clinic.audit.entries()
    model = AuditTableModel()
    model.set_entries(entries[:3], {}, clinic.time, complete=False)
    qtmodeltester.check(model)
    assert model.append(entries[:5], {1: "Núñez, Maria (M1)"}, complete=True) == 2
    assert [e.id for e in model.entries] == [e.id for e in entries[:5]]
    assert not model.canFetchMore(QModelIndex())


def test_a_change_is_summed_up_in_one_line() -> None:
    assert (
        describe_change({"role": "provider", "active": True}, {"role": "manager", "active": False})
        == "role: provider → manager; active: yes → no"
    )
    assert describe_change({"a": 1}, {"a": 1}) == "no field changed"
    created = describe_change(
        None, {"a": 1, "b": 2, "c": 3, "family_name": "Ruiz", "given_name": "Ana", "sex": "", "x": False}
    )
    assert created == "given name: Ana, family name: Ruiz, a: 1, b: 2, … (1 more)"  # names first, no blanks
    assert describe_change({"kind": "Photography"}, None) == "was kind: Photography"
    assert describe_change(None, None) == ""
    long = describe_change({"notes": ""}, {"notes": "x" * 100})
    assert long.startswith("notes: — → xxx") and long.endswith("…") and len(long) < 60


def test_a_page_asked_for_before_the_filters_changed_is_not_added(
    qtbot: QtBot, view: AuditView, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_view, "PAGE", 2)
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view.refresh()
    view.model.fetchMore(QModelIndex())  # an older page of everyone's entries is on its way...
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view.set_filters(user="Carl")  # ...when the list becomes Carl's
    qtbot.waitUntil(lambda: view._operations.pending == 0, timeout=TIMEOUT)  # any late page delivered
    assert set(column(view, USER)) == {"Carl"}
