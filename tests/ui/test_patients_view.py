from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from clinic_desktop.domain.patients import PatientRecord, PatientStatus, fold, mrn_for
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.ui.models.patient_list_model import (
    ALERTS,
    BIRTH,
    EXPIRED,
    MRN,
    NAME,
    PATIENT_ID_ROLE,
    PHONE,
    PLACEHOLDER,
    STATUS,
    PatientListModel,
    Row,
    alert_colour,
)
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.views.patients_view import SEARCH_PLACEHOLDER, PatientsView

# --- fakes ---------------------------------------------------------------------------------------

FAMILIES = ("Adams", "Baker", "Chen", "Diaz", "Evans", "Fischer", "García", "Huang", "Ito", "Jones")


def fake_records(count: int) -> dict[int, PatientRecord]:
    records = {}
    for i in range(1, count + 1):
        records[i] = PatientRecord(
            id=i,
            mrn=mrn_for(i),
            given_name=f"Given{i:03d}",
            family_name=FAMILIES[i % len(FAMILIES)],
            date_of_birth=date(1940 + (i * 7) % 60, 1 + i % 12, 1 + i % 28),
            preferred_name="Bea" if i == 3 else "",
            phone="+12125550123" if i % 2 else "+442079460000",
            status=PatientStatus.DECEASED if i % 10 == 0 else PatientStatus.ACTIVE,
            anticoagulant=i == 5,
        )
    return records


class FakePatients:
    """list_ids and rows as the service has them, over a dict; counts the calls."""

    def __init__(self, count: int) -> None:
        self.records = fake_records(count)
        self.expired = {4}
        self.row_calls: list[list[int]] = []
        self.id_calls: list[tuple[str, bool, list[str] | None]] = []

    def rows(self, ids: list[int]) -> list[Row]:
        self.row_calls.append(list(ids))
        return [(self.records[i], i in self.expired) for i in ids if i in self.records]

    def list_ids(self, sort: str, descending: bool, statuses: list[str] | None) -> list[int]:
        self.id_calls.append((sort, descending, statuses))
        keys: dict[str, Callable[[PatientRecord], Any]] = {
            "name": lambda r: (fold(r.family_name), fold(r.given_name)),
            "mrn": lambda r: r.mrn,
            "date_of_birth": lambda r: r.date_of_birth,
            "status": lambda r: r.status.value,
        }
        chosen = [r for r in self.records.values() if statuses is None or r.status.value in statuses]
        return [r.id for r in sorted(chosen, key=keys[sort], reverse=descending)]


class QueueRunner:
    """Operations.run's shape, but the work waits until the test says run."""

    def __init__(self) -> None:
        self.jobs: list[tuple[str, Callable[[], Any], Callable[[Any], None], Callable[[str], None]]] = []

    def __call__(
        self, key: str, work: Callable[[], Any], done: Callable[[Any], None], error: Callable[[str], None]
    ) -> None:
        self.jobs.append((key, work, done, error))

    def run_all(self) -> int:
        ran = 0
        while self.jobs:
            _key, work, done, _error = self.jobs.pop(0)
            done(work())
            ran += 1
        return ran


# --- the model -----------------------------------------------------------------------------------


def test_model_with_fakes_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    fake = FakePatients(450)
    model = PatientListModel(fake.rows, fake.list_ids, page_size=100)
    model.reload()
    assert model.rowCount() == 450
    qtmodeltester.check(model)
    model.sort(BIRTH, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_model_with_an_off_thread_runner_passes_the_model_tester(qtmodeltester, qtbot) -> None:  # type: ignore[no-untyped-def]
    fake = FakePatients(300)
    runner = QueueRunner()
    model = PatientListModel(fake.rows, fake.list_ids, runner, page_size=100)
    model.reload()
    runner.run_all()
    assert model.data(model.index(0, 1)) != "…"  # the first page comes with the ids
    assert model.data(model.index(250, 1)) == "…"  # a later one is asked for, never waited on
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: bool(runner.jobs))
    runner.run_all()
    qtmodeltester.check(model)
    assert model.data(model.index(250, 1)) != "…"


def test_model_with_the_real_service_passes_the_model_tester(  # type: ignore[no-untyped-def]
    qtmodeltester, demo_services: ClinicServices
) -> None:
    patients = demo_services.patients
    model = PatientListModel(patients.rows, patients.list_ids)
    model.set_clinic(patients.region, patients.today())
    model.reload()
    assert model.rowCount() == 300
    qtmodeltester.check(model)
    first = patients.rows([model.ids[0]])[0][0]
    assert model.data(model.index(0, MRN)) == first.mrn
    assert model.data(model.index(0, NAME)).startswith(f"{first.family_name}, {first.given_name}")


def test_columns_show_name_birth_and_age_phone_status_and_alerts() -> None:
    fake = FakePatients(10)
    model = PatientListModel(fake.rows, fake.list_ids)
    model.set_clinic("US", date(2026, 11, 23))
    model.set_ids([3, 4, 5, 10])
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "MRN",
        "Name",
        "Date of birth",
        "Phone",
        "Status",
        "Alerts",
    ]
    assert model.data(model.index(0, MRN)) == "M0000003"
    assert model.data(model.index(0, NAME)) == "Diaz, Given003 (Bea)"
    assert model.data(model.index(0, BIRTH)) == "1961-04-04  (65)"
    assert model.data(model.index(0, PHONE)) == "(212) 555-0123"  # national in the clinic's country
    assert model.data(model.index(1, PHONE)) == "+44 20 7946 0000"  # international elsewhere
    assert model.data(model.index(0, STATUS)) == "Active"
    assert model.data(model.index(1, ALERTS)) == EXPIRED
    assert model.data(model.index(1, ALERTS), Qt.ItemDataRole.ForegroundRole).color() == alert_colour()
    assert model.data(model.index(1, ALERTS), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(2, ALERTS)) == "Anticoagulant"
    assert model.data(model.index(0, ALERTS)) == ""
    assert model.data(model.index(0, ALERTS), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(3, STATUS)) == "Deceased"
    assert model.data(model.index(2, MRN), PATIENT_ID_ROLE) == 5


def test_rows_are_fetched_a_page_at_a_time_off_thread_with_a_placeholder(qtbot) -> None:  # type: ignore[no-untyped-def]
    fake = FakePatients(1000)
    runner = QueueRunner()
    model = PatientListModel(fake.rows, fake.list_ids, runner, page_size=200)
    with qtbot.waitSignal(model.ids_loaded) as loaded:
        model.reload()
        runner.run_all()
    assert loaded.args == [1000]
    assert fake.row_calls == [model.ids[:200]]  # the ids and the first page only
    assert model.data(model.index(0, NAME)) != PLACEHOLDER
    assert model.data(model.index(450, NAME)) == PLACEHOLDER
    assert model.data(model.index(450, NAME), PATIENT_ID_ROLE) == model.ids[450]  # the id needs no fetch
    qtbot.waitUntil(lambda: bool(runner.jobs))
    with qtbot.waitSignal(model.dataChanged) as changed:
        runner.run_all()
    assert fake.row_calls[1:] == [model.ids[400:600]]
    assert (changed.args[0].row(), changed.args[1].row()) == (400, 599)
    assert model.data(model.index(450, NAME)) != PLACEHOLDER
    assert model.data(model.index(399, NAME)) == PLACEHOLDER


def test_a_page_for_an_old_list_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    fake = FakePatients(50)
    runner = QueueRunner()
    model = PatientListModel(fake.rows, fake.list_ids, runner, page_size=20)
    model.set_ids([1, 2, 3])
    model.data(model.index(0, NAME))
    qtbot.waitUntil(lambda: bool(runner.jobs))
    model.set_ids([7, 8])  # the user moved on before the rows came
    runner.run_all()
    assert model.cached == 0
    assert model.data(model.index(0, NAME)) == PLACEHOLDER


def test_only_the_newest_wished_for_pages_are_loaded(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Dragging the scroll bar over 50 pages loads where it stops, not every page passed."""
    fake = FakePatients(5000)
    runner = QueueRunner()
    model = PatientListModel(fake.rows, fake.list_ids, runner, page_size=100)
    model.reload()
    runner.run_all()
    for row in range(0, 5000, 100):
        model.data(model.index(row, NAME))
    qtbot.waitUntil(lambda: bool(runner.jobs))
    runner.run_all()
    qtbot.waitUntil(lambda: not runner.jobs and model.record(4900) is not None)
    while runner.jobs:
        runner.run_all()
    fetched_pages = sorted(model.ids.index(call[0]) // 100 for call in fake.row_calls)
    assert 49 in fetched_pages and len(fetched_pages) <= 5


def test_the_row_cache_is_bounded() -> None:
    fake = FakePatients(2000)
    model = PatientListModel(fake.rows, fake.list_ids, page_size=50, cache_limit=300)
    model.reload()
    for row in range(0, 2000, 25):
        model.data(model.index(row, NAME))
    assert model.cached <= 300
    assert model.data(model.index(1999, NAME)) != PLACEHOLDER


def test_sorting_asks_for_the_list_in_the_new_order() -> None:
    fake = FakePatients(40)
    model = PatientListModel(fake.rows, fake.list_ids)
    model.sort(BIRTH)  # before the list was ever asked for: nothing read yet
    assert fake.id_calls == []
    model.reload()
    births = [fake.records[i].date_of_birth for i in model.ids]
    assert births == sorted(births)
    model.sort(MRN, Qt.SortOrder.DescendingOrder)
    assert fake.id_calls[-1] == ("mrn", True, None)
    assert model.ids == sorted(fake.records, reverse=True)
    calls = len(fake.id_calls)
    model.sort(PHONE)  # not a sort the database keeps: ignored
    assert len(fake.id_calls) == calls


def test_given_rows_are_sorted_in_place_and_filtered_by_status() -> None:
    fake = FakePatients(30)
    model = PatientListModel(fake.rows, fake.list_ids)
    hits = fake.rows([9, 2, 17])
    model.set_ids([r[0].id for r in hits], hits)
    assert fake.row_calls == [[9, 2, 17]]  # the hits came with their rows
    model.sort(BIRTH)
    births = [model.record(r).date_of_birth for r in range(3)]  # type: ignore[union-attr]
    assert births == sorted(births)
    assert len(fake.row_calls) == 1
    model.set_statuses(["deceased"])
    model.reload()
    assert model.listing
    assert {fake.records[i].status for i in model.ids} == {PatientStatus.DECEASED}


def test_an_id_no_longer_on_file_shows_as_such_and_is_not_asked_for_again() -> None:
    fake = FakePatients(5)
    model = PatientListModel(fake.rows, fake.list_ids)
    model.set_ids([1, 99])
    assert model.data(model.index(1, NAME)) == "(no longer on file)"
    calls = len(fake.row_calls)
    model.data(model.index(1, MRN))
    assert len(fake.row_calls) == calls


# --- the view ------------------------------------------------------------------------------------


@pytest.fixture
def clinic(demo_services: ClinicServices) -> ClinicServices:
    """The demo clinic plus some Smiths (and people who only look alike) to search for."""
    add = demo_services.patients.add
    add(PatientInput("Anna", "Smith", "1961-03-09", phone="2125550191"))
    add(PatientInput("Oliver", "Smithers", "1990-12-01"))
    add(PatientInput("Smith", "Okafor", "1975-06-15"))  # given name Smith
    add(PatientInput("Jonas", "Schmidt", "1975-06-15"))
    return demo_services


@pytest.fixture
def view(qtbot, clinic: ClinicServices) -> Iterator[PatientsView]:  # type: ignore[no-untyped-def]
    operations = Operations(clinic.end_thread)
    failures: list[str] = []
    operations.failed.connect(failures.append)
    widget = PatientsView(clinic, operations)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.refresh()
    yield widget
    operations.wait()
    assert failures == []


def rows_shown(qtbot, model: PatientListModel, limit: int = 10_000) -> list[PatientRecord]:  # type: ignore[no-untyped-def]
    count = min(limit, model.rowCount())
    for row in range(count):
        model.data(model.index(row, NAME))
    qtbot.waitUntil(lambda: all(model.record(r) is not None for r in range(count)), timeout=10_000)
    return [r for r in (model.record(row) for row in range(count)) if r is not None]


def test_the_view_lists_everyone_and_counts_them(view: PatientsView, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert view.model.rowCount() == 304
    assert view.count.text() == "304 patients"
    assert view.search.placeholderText() == SEARCH_PLACEHOLDER
    assert view.search.isClearButtonEnabled()
    names = [(fold(r.family_name), fold(r.given_name)) for r in rows_shown(qtbot, view.model, 60)]
    assert names == sorted(names)


def test_typing_searches_and_shows_only_matching_rows(view: PatientsView, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(view.search, "smith")
    qtbot.waitUntil(lambda: not view.model.listing and view.count.text().endswith("found"), timeout=10_000)
    shown = rows_shown(qtbot, view.model)
    assert len(shown) == 3 and view.count.text() == "3 found"
    for record in shown:
        assert any(fold(w).startswith("smith") for w in (record.given_name, record.family_name)), record
    assert shown[0].family_name == "Smith"  # the exact family name ranks first
    assert view.table.currentIndex().row() == 0  # the best hit is ready for Enter
    assert view.table.horizontalHeader().sortIndicatorSection() == -1  # rank order, not a column's
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.listing and view.model.rowCount() == 304, timeout=10_000)
    assert view.count.text() == "304 patients"


def test_typing_fast_runs_one_search(view: PatientsView, qtbot) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []
    search = view._services.patients.search

    def counted(text: str, limit: int = 20) -> Any:
        calls.append(text)
        return search(text, limit)

    view._services.patients.search = counted  # type: ignore[method-assign]
    qtbot.keyClicks(view.search, "smithers")
    qtbot.waitUntil(lambda: view.count.text() == "1 found", timeout=10_000)
    assert calls == ["smithers"]


def test_a_search_that_finds_nobody_says_so(view: PatientsView, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(view.search, "zzyzx")
    qtbot.waitUntil(lambda: view.count.text() == "None found", timeout=10_000)
    assert view.table.isHidden() and not view.empty.isHidden()
    assert "zzyzx" in view.empty.text()


def test_down_then_enter_opens_the_chart(view: PatientsView, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(view.search, "smith")
    qtbot.waitUntil(lambda: view.count.text() == "3 found", timeout=10_000)
    view.search.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.table.hasFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    second = view.model.ids[1]
    with qtbot.waitSignal(view.chart_opened) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [second]
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    qtbot.keyClick(view.table, Qt.Key.Key_Up)  # up from the first row: back to the search box
    assert view.search.hasFocus()


def test_enter_in_the_box_opens_a_lone_hit(view: PatientsView, qtbot, clinic: ClinicServices) -> None:  # type: ignore[no-untyped-def]
    anna = clinic.patients.search("anna smith")[0].record
    view.search.setFocus()
    with qtbot.waitSignal(view.chart_opened, timeout=10_000) as opened:
        qtbot.keyClicks(view.search, anna.mrn)
        qtbot.keyClick(view.search, Qt.Key.Key_Return)  # before the pause has passed
    assert opened.args == [anna.id]


def test_double_click_opens_the_chart(view: PatientsView, qtbot) -> None:  # type: ignore[no-untyped-def]
    rows_shown(qtbot, view.model, 5)
    index = view.model.index(2, NAME)
    centre = view.table.visualRect(index).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(view.chart_opened) as opened:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [view.model.ids[2]]


def test_typing_in_the_list_goes_on_in_the_search_box(view: PatientsView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(3, 0))
    qtbot.keyClicks(view.table, "smi")
    assert view.search.hasFocus()
    assert view.search.text() == "smi"


def test_sorting_by_date_of_birth_orders_the_rows(view: PatientsView, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.table.sortByColumn(BIRTH, Qt.SortOrder.AscendingOrder)
    births = [r.date_of_birth for r in rows_shown(qtbot, view.model)]
    assert len(births) == 304 and births == sorted(births)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.table.sortByColumn(BIRTH, Qt.SortOrder.DescendingOrder)
    births = [r.date_of_birth for r in rows_shown(qtbot, view.model, 50)]
    assert births == sorted(births, reverse=True)
    view.table.sortByColumn(PHONE, Qt.SortOrder.AscendingOrder)  # not sortable: the arrow stays
    assert view.table.horizontalHeader().sortIndicatorSection() == BIRTH


def test_the_status_filter_shows_one_status(view: PatientsView, qtbot, clinic: ClinicServices) -> None:  # type: ignore[no-untyped-def]
    patients = clinic.patients
    for patient_id in patients.list_ids()[:3]:
        data = replace(patients.input_of(patients.get(patient_id)), status="deceased")
        patients.update(patient_id, data)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.status_filter.setCurrentText("Deceased")
    assert view.model.rowCount() == 3
    assert view.count.text() == "3 deceased patients"
    assert {r.status for r in rows_shown(qtbot, view.model)} == {PatientStatus.DECEASED}
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.status_filter.setCurrentText("Active")
    assert view.model.rowCount() == 301
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.status_filter.setCurrentText("All")
    assert view.model.rowCount() == 304


def test_an_expired_consent_is_flagged_in_the_list(view: PatientsView, qtbot, clinic: ClinicServices) -> None:  # type: ignore[no-untyped-def]
    anna = clinic.patients.search("anna smith")[0].record
    clinic.patients.add_consent(anna.id, "Botulinum toxin treatment", "2024-01-10", "2025-01-10")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    row = view.model.row_of(anna.id)
    view.model.data(view.model.index(row, ALERTS))
    qtbot.waitUntil(lambda: view.model.record(row) is not None, timeout=10_000)
    index = view.model.index(row, ALERTS)
    assert view.model.data(index) == EXPIRED
    assert view.model.data(index, Qt.ItemDataRole.ForegroundRole).color() == QColor(alert_colour())


def test_reset_forgets_the_last_users_search_and_selection(view: PatientsView, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(view.search, "smith")
    qtbot.waitUntil(lambda: view.count.text() == "3 found", timeout=10_000)
    assert view.selected_patient() is not None
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reset()  # another user signed in at this workstation
    assert view.search.text() == "" and view.model.listing and view.model.rowCount() == 304
    assert view.selected_patient() is None and view.count.text() == "304 patients"
