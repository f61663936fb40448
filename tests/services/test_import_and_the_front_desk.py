"""A large patient import and the front desk at the same time (issue 18), on SQLite and PostgreSQL.

The import checks the whole file without the clinic's write lock, then saves every line in one
short transaction, then indexes the new patients in short ones. These tests make the overlaps
certain instead of hoping for them: another workstation (a thread with its own connection, as the
window's workers and other desks have) acts at a chosen point of the import, behind a barrier, and
where the import holds the lock the test makes it slow (a patched step on SQLite, a trigger calling
pg_sleep on PostgreSQL). Failures are injected in the middle of the save, and a process is killed
there: nothing is left half-imported and no staging rows remain.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import clinic_desktop.services.import_writes as import_writes
import clinic_desktop.store.patient_import as patient_import
from clinic_desktop.domain.audit import entry_hash
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.services import ClinicServices, Clock
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.services.patient_csv import ImportReport, PatientCsvService
from clinic_desktop.services.patients import PatientInput
from tests.conftest import FIXED_NOW, NewDatabase

ROOT = Path(__file__).resolve().parents[2]
LINES = 1500  # staged 200 at a time in these tests (_FLUSH), checked 1,000 between two messages
WAIT_S = 300  # how long a test waits for the other side before calling it a failure (a busy CI)
SLOW_S = 1.0  # the latency injected into the import's save, inside its transaction


def people(count: int, family: str = "Batch") -> str:
    """A file of ``count`` new patients, one a line."""
    lines = ["given_name,family_name,date_of_birth,email"]
    for n in range(count):
        born = date(1940, 1, 1) + timedelta(days=n * 7)
        lines.append(f"Person{n},{family},{born.isoformat()},p{n}@example.org")
    return "\n".join(lines) + "\n"


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    """A clinic that takes bookings: one provider working weekdays, one patient, one visit type."""
    s = services
    s.clinic.set_setting("timezone", "America/New_York")
    lind = s.resources.add_provider("Dr Lind")
    for day in range(5):
        s.resources.set_hours(lind.id, day, parse_blocks("08:00-17:00"))
    s.resources.add_type("Consultation", 30)
    s.patients.add(PatientInput("Ines", "Ortega", "1980-04-02", phone="+12125550100"))
    return s


def another_desk(clinic: ClinicServices) -> ClinicServices:
    """Another workstation: the same database through the calling thread's own connection."""
    return ClinicServices(store=clinic.store, clock=clinic.clock)


def book(desk: ClinicServices, start: str) -> int:
    request = BookingRequest(1, 1, "Consultation", desk.time.parse_local(start))
    return desk.appointments.book(request).appointments[0].id


def in_thread(
    work: Callable[[], Any], desk: ClinicServices | None = None
) -> tuple[threading.Thread, dict[str, Any]]:
    """Run ``work`` in a thread of its own; the result or the exception lands in the dict. The
    desk's connection in that thread is released at the end."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["result"] = work()
        except Exception as exc:  # what the desk would have seen
            outcome["error"] = exc
        finally:
            if desk is not None:
                desk.end_thread()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def staging_left(s: ClinicServices) -> list[str]:
    return s.store.patient_import.staging_tables()


def appointments(s: ClinicServices) -> int:
    return int(s.clinic.info().counts["appointments"])


# --- the desk books while the import runs ---------------------------------------------------------


def test_a_booking_goes_through_while_a_large_file_is_checked_and_staged(
    clinic: ClinicServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Old imports held the write lock from the first line: the booking waited 5 s and failed with
    "database is locked" (PostgreSQL: it waited for the whole import). Now the import pauses in the
    middle of its file, with rows already staged, until the desk has booked."""
    monkeypatch.setattr(import_writes, "_FLUSH", 200)
    importer = PatientCsvService(clinic)
    parsed = importer.read(people(LINES))
    gate = threading.Barrier(2, timeout=WAIT_S)
    booked = threading.Event()
    desk = another_desk(clinic)

    def booking() -> int:
        gate.wait()
        try:
            desk.patients.open_chart(1)  # a reading, recorded: the import need not check again
            return book(desk, "2026-12-01T09:00")
        finally:
            booked.set()

    thread, outcome = in_thread(booking, desk)
    seen: list[str] = []

    def progress(message: str) -> None:
        seen.append(message)
        if message.startswith("Checking the file: 1,000 of"):  # 1,000 rows staged by now
            assert staging_left(clinic)
            gate.wait()
            assert booked.wait(WAIT_S), "the booking did not finish while the import was paused"

    report = importer.import_rows(parsed, progress=progress)
    thread.join(WAIT_S)
    assert "error" not in outcome, outcome
    assert outcome["result"] > 0 and appointments(clinic) == 1
    assert (report.imported, report.rejected) == (LINES, [])
    assert clinic.store.patient_count() == LINES + 1
    assert any(m.startswith("Saving 1,500 new patients") for m in seen)
    assert not any("checking again" in m for m in seen)
    assert [h.record.given_name for h in clinic.patients.search("person1499 batch")] == ["Person1499"]
    assert staging_left(clinic) == []
    assert clinic.audit.verify().intact


@pytest.fixture
def slow_save(clinic: ClinicServices, backend: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The import's save made SLOW_S slower where it holds the lock the desk needs (the trail's
    head, and on SQLite the whole database): on PostgreSQL a trigger that sleeps at the server once
    per statement adding audit entries; on SQLite the step that adds them."""
    if backend == "postgresql":
        database = clinic.store.database
        database.execute_sql(
            "CREATE FUNCTION slow_insert() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN PERFORM pg_sleep({SLOW_S}); RETURN NULL; END $$"
        )
        database.execute_sql(
            "CREATE TRIGGER slow_insert AFTER INSERT ON audit_entry "
            "FOR EACH STATEMENT EXECUTE FUNCTION slow_insert()"
        )
        yield
        database.execute_sql("DROP TRIGGER slow_insert ON audit_entry")
        database.execute_sql("DROP FUNCTION slow_insert()")
        return
    records = clinic.store.patient_import
    move_entries = records.move_entries

    def slow_move(*args: Any, **kwargs: Any) -> Any:
        time.sleep(SLOW_S)  # a slow disk under the transaction
        return move_entries(*args, **kwargs)

    monkeypatch.setattr(records, "move_entries", slow_move)
    yield


def test_a_booking_that_meets_the_import_saving_waits_for_it_and_goes_through(
    clinic: ClinicServices, slow_save: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one moment the import holds the lock: a booking made then waits until the save is
    committed (it starts inside the save's transaction, behind a barrier), then succeeds."""
    importer = PatientCsvService(clinic)
    parsed = importer.read(people(LINES))
    records = clinic.store.patient_import
    gate = threading.Barrier(2, timeout=WAIT_S)
    moved = threading.Event()
    lock_head, move_entries = records.lock_audit_head, records.move_entries

    def locked_then_meet() -> tuple[int, str]:
        head = lock_head()  # the import now holds the write lock (SQLite) and the trail's head
        gate.wait()
        return head

    def moving(*args: Any, **kwargs: Any) -> Any:
        result = move_entries(*args, **kwargs)
        moved.set()  # every row written; the commit follows
        return result

    monkeypatch.setattr(records, "lock_audit_head", locked_then_meet)
    monkeypatch.setattr(records, "move_entries", moving)
    desk = another_desk(clinic)

    def booking() -> bool:
        gate.wait()
        book(desk, "2026-12-01T09:00")
        return moved.is_set()  # it got in only after the import's save

    thread, outcome = in_thread(booking, desk)
    report = importer.import_rows(parsed)
    thread.join(WAIT_S)
    assert "error" not in outcome, outcome
    assert outcome["result"] is True
    assert report.imported == LINES and clinic.store.patient_count() == LINES + 1
    assert appointments(clinic) == 1
    assert clinic.audit.verify().intact


# --- another desk changes what the import relies on -----------------------------------------------


def test_a_patient_registered_or_changed_meanwhile_makes_the_import_check_again(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import on the real clock. Between its check and its save another desk registers a
    person the file also has, and corrects the phone of a patient the file updates: the import
    checks the file again, so the person is not registered twice and the desk's phone is kept."""
    clinic = ClinicServices.open(db_url)  # the real clock
    try:
        desk = ClinicServices(store=clinic.store, clock=Clock(FIXED_NOW))
        ines = desk.patients.add(PatientInput("Ines", "Ortega", "1980-04-02")).record
        importer = PatientCsvService(clinic)
        text = (
            "mrn,given_name,family_name,date_of_birth,email\n"
            f"{ines.mrn},,,,ines@example.org\n"
            ",Lena,Fischer,1970-01-15,lena@example.org\n"
            ",Otto,Rask,1982-03-03,\n"
        )

        def meanwhile() -> None:
            desk.patients.add(PatientInput("Lena", "Fischer", "1970-01-15"))
            desk.patients.update(ines.id, PatientInput("Ines", "Ortega", "1980-04-02", phone="+12125550177"))

        messages: list[str] = []

        def progress(message: str) -> None:
            messages.append(message)
            if message.startswith("Saving") and len([m for m in messages if m.startswith("Saving")]) == 1:
                thread, outcome = in_thread(meanwhile, desk)
                thread.join(WAIT_S)
                assert "error" not in outcome, outcome

        report = importer.import_rows(importer.read(text), progress=progress)
        assert any("checking again" in m for m in messages)
        assert [(r.line, r.action) for r in report.rows] == [(2, "updated"), (3, "updated"), (4, "imported")]
        assert "matched to" in report.warnings[0].message and report.warnings[0].line == 3
        lenas = [h.record for h in clinic.patients.search("lena fischer")]
        assert len(lenas) == 1 and lenas[0].email == "lena@example.org"
        now_ines = clinic.patients.get(ines.id)
        assert (now_ines.phone, now_ines.email) == ("+12125550177", "ines@example.org")
        assert clinic.store.patient_count() == 3
        assert staging_left(clinic) == []
        assert clinic.audit.verify().intact
    finally:
        clinic.close()


def test_a_write_elsewhere_between_hashing_and_saving_is_followed_by_the_import(
    clinic: ClinicServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A booking for someone else lands after the import hashed its audit entries: they are hashed
    again after it, and the trail stays one unbroken chain."""
    importer = PatientCsvService(clinic)
    records = clinic.store.patient_import
    stage_hashes = records.stage_hashes
    calls: list[int] = []
    desk = another_desk(clinic)

    def hashed_then_a_booking(rows: Any) -> None:
        stage_hashes(rows)
        calls.append(len(rows))
        if len(calls) == 1:
            thread, outcome = in_thread(lambda: book(desk, "2026-12-01T09:00"), desk)
            thread.join(WAIT_S)
            assert "error" not in outcome, outcome

    monkeypatch.setattr(records, "stage_hashes", hashed_then_a_booking)
    before = clinic.store.audit.count()
    report = importer.import_rows(importer.read(people(5)))
    assert report.imported == 5 and calls == [5, 5]
    trail = clinic.store.audit.find(limit=6)[::-1]
    assert [(e.action, e.entity) for e in trail] == [("create", "appointment")] + [("create", "patient")] * 5
    assert [e.id for e in trail] == list(range(before + 1, before + 7))
    assert clinic.audit.verify().intact


# --- failures ------------------------------------------------------------------------------------


def test_a_failure_in_the_middle_of_the_save_leaves_nothing_and_no_staging_rows(
    clinic: ClinicServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    importer = PatientCsvService(clinic)
    records = clinic.store.patient_import
    move_entries = records.move_entries
    counts = (clinic.store.patient_count(), clinic.store.audit.count())

    def written_then_failed(*args: Any, **kwargs: Any) -> None:
        move_entries(*args, **kwargs)  # every patient and entry written, not yet committed
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(records, "move_entries", written_then_failed)
    with pytest.raises(RuntimeError, match="disk unplugged"):
        importer.import_rows(importer.read(people(50)))
    assert (clinic.store.patient_count(), clinic.store.audit.count()) == counts
    assert clinic.patients.search("batch") == []
    assert staging_left(clinic) == []
    assert clinic.store.patient_import.index_pending() is None
    monkeypatch.undo()
    assert importer.import_rows(importer.read(people(50))).imported == 50  # and it can be done again
    assert clinic.audit.verify().intact


KILLED = """
import sys, time
from pathlib import Path
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patient_csv import PatientCsvService
s = ClinicServices.open(sys.argv[1])
records = s.store.patient_import
move_entries = records.move_entries
def move_then_hang(*args, **kwargs):
    move_entries(*args, **kwargs)
    Path(sys.argv[3]).touch()  # every row written, nothing committed: now kill me
    time.sleep(600)
records.move_entries = move_then_hang
service = PatientCsvService(s)
service.import_rows(service.read(sys.argv[2]))
"""


def test_an_import_killed_in_the_middle_of_its_save_leaves_nothing(
    new_database: NewDatabase, tmp_path: Path, backend: str
) -> None:
    """On the real clock, in a process killed with SIGKILL while its save's transaction is open."""
    db = new_database("killed")
    s = ClinicServices.open(db, Clock(FIXED_NOW))
    s.patients.add(PatientInput("Ines", "Ortega", "1980-04-02"))
    s.close()
    data, ready = tmp_path / "people.csv", tmp_path / "written"
    data.write_text(people(500), encoding="utf-8")
    child = subprocess.Popen([sys.executable, "-c", KILLED, db, str(data), str(ready)], cwd=ROOT)
    deadline = time.monotonic() + WAIT_S
    while not ready.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert ready.exists(), "the import never reached its save"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(WAIT_S)

    s = ClinicServices.open(db)
    try:
        assert s.store.patient_count() == 1
        assert s.patients.search("batch") == []
        assert s.audit.verify().intact
        assert s.clinic.check() == []
        if backend == "postgresql":
            # the killed session's temporary tables go with it once the server sees it gone
            sql = (
                "SELECT count(*) FROM pg_class "
                "WHERE relpersistence = 't' AND substr(relname, 1, 7) = 'import_'"
            )
            deadline = time.monotonic() + WAIT_S
            while s.store.database.execute_sql(sql).fetchone()[0] and time.monotonic() < deadline:
                time.sleep(0.05)
            assert s.store.database.execute_sql(sql).fetchone()[0] == 0
        else:
            tables = s.store.database.execute_sql("SELECT name FROM sqlite_master WHERE name LIKE 'import%'")
            assert tables.fetchall() == []
        service = PatientCsvService(s)
        assert service.import_rows(service.read(data)).imported == 500
    finally:
        s.close()


def test_indexing_stopped_after_the_save_is_finished_when_the_clinic_is_next_opened(
    clinic: ClinicServices, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The patients are saved before their search words: when the indexing fails halfway the
    import still reports what it saved, and whoever opens the clinic next finishes the index."""
    monkeypatch.setattr(patient_import, "_BATCH", 2)
    records = clinic.store.patient_import
    index_new = records.index_new
    calls: list[int] = []

    def fails_the_second_time(after: int) -> Any:
        calls.append(after)
        if len(calls) == 2:
            raise RuntimeError("the network went away")
        return index_new(after)

    monkeypatch.setattr(records, "index_new", fails_the_second_time)
    importer = PatientCsvService(clinic)
    report: ImportReport = importer.import_rows(importer.read(people(5)))
    assert report.imported == 5 and clinic.store.patient_count() == 6
    assert "cannot be found by a search until the clinic is next opened" in report.warnings[0].message
    assert len(clinic.patients.search("batch")) == 2  # the first batch only
    assert records.index_pending() is not None
    clinic.close()

    reopened = ClinicServices.open(db_url, Clock(FIXED_NOW))  # opening finishes the index
    try:
        assert len(reopened.patients.search("batch")) == 5
        assert reopened.store.patient_import.index_pending() is None
        assert reopened.patients.complete_index() == 0
    finally:
        reopened.close()


def test_the_import_names_the_person_and_time_of_its_entries(clinic: ClinicServices) -> None:
    """The audit entries of a saved import are the ones a desk's registrations would have been."""
    from clinic_desktop.domain.access import Role
    from clinic_desktop.domain.users import Session

    clinic.session = Session("Ana", Role.RECEPTION, 2)
    importer = PatientCsvService(clinic)
    started = datetime.now().astimezone()
    report = importer.import_rows(importer.read(people(3)))
    entries = clinic.store.audit.find(limit=3)[::-1]
    assert [(e.user, e.action, e.entity) for e in entries] == [("Ana", "create", "patient")] * 3
    mrns = [r.mrn for r in report.rows]
    assert [e.after["mrn"] if e.after else None for e in entries] == mrns
    assert all(e.at >= started.replace(microsecond=0) for e in entries)  # the real clock, not --now
    assert [e.patient_id for e in entries] == [int(e.entity_id) for e in entries]


# --- the audit entries ---------------------------------------------------------------------------


def test_entries_whose_text_holds_a_stand_in_are_hashed_the_slow_way(clinic: ClinicServices) -> None:
    """The save hashes each entry from its canonical text made when it was planned, with stand-ins
    for the id, time and previous hash; a patient whose notes hold one of those is hashed in full."""
    importer = PatientCsvService(clinic)
    tricky = import_writes._PREVIOUS
    text = (
        "given_name,family_name,date_of_birth,notes\n"
        f"Ada,Stand,1970-01-01,{tricky}\n"
        "Bea,Plain,1971-01-01,nothing odd\n"
        f"Cy,Stand,1972-01-01,{import_writes._ID_TEXT}\n"
    )
    report = importer.import_rows(importer.read(text))
    assert report.imported == 3 and report.rejected == []
    ada = [h.record for h in clinic.patients.search("ada stand")]
    assert len(ada) == 1 and ada[0].notes == tricky
    assert clinic.audit.verify().intact


def test_an_import_into_a_keyed_trail_signs_each_entry_with_the_key(services: ClinicServices) -> None:
    """The trail is keyed (HMAC-SHA-256 with the clinic's key, services/audit_keys.py): the import
    hashes its entries in bulk the trail's own way, and the chain stays whole."""
    clinic = services  # a trail of its own from the first entry
    clinic.patients.add(PatientInput("Carl", "Berg", "1975-09-30"))  # the entry that makes the key
    importer = PatientCsvService(clinic)
    assert importer.import_rows(importer.read(people(20))).imported == 20
    assert clinic.audit.verify().intact
    with clinic.store.read_transaction():
        entries = list(clinic.store.audit.in_order())
    key = clinic.audit_keys.current_key()
    assert key is not None and len(entries) == 21
    for before, entry in zip(entries, entries[1:], strict=False):  # the entries really are keyed
        assert entry.hash == entry_hash(entry, before.hash, key.secret) != entry_hash(entry, before.hash)
