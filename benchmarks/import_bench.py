"""A large patient import, timed, with the longest hold of the clinic's write lock (issue 18).

`make bench` runs it after the other sections; alone: `python benchmarks/import_bench.py [--rows N]
[--no-postgresql]`. For each engine (SQLite; PostgreSQL on a throwaway server unless told not to):

1. a CSV of ``--rows`` patients is generated deterministically (seed 1; about 1 line in 500 is bad
   on purpose: a missing name, a future date of birth, a NUL byte, a repeated MRN; 1 in 20 has its
   own MRN, 1 in 10 an external id);
2. a fresh clinic is created and the file imported through the service (as reception would, in a
   child process, so that its peak memory is the import's own);
3. every write transaction the import opens is timed (``Store.write_transaction`` is wrapped in the
   child, not in the application), and a "front desk" thread on its own connection writes a small
   audited change every 0.2 s throughout, timing how long each waited.

Reported: the import's wall-clock and CPU time and peak memory, its write transactions (how many,
the longest), how long it held the lock the other desks wait for (SQLite: the write transaction,
the whole database; PostgreSQL: the audit trail's head, from its lock to the commit, as writers
otherwise run side by side), and the desk's slowest write and failures. Goals (issue 18): 100,000
rows under 60 s, the lock held under 5 s. On a shared, busy machine the wall-clock figures grow
with the load; the CPU time does not.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ROWS = 100_000
SEED = 1
TIME_GOAL_S = 60.0
LOCK_GOAL_S = 5.0
DESK_EVERY_S = 0.2


def write_csv(path: Path, rows: int, seed: int = SEED) -> dict[str, int]:
    """The same file for the same rows and seed. Returns how many lines are bad by design."""
    sys.path.insert(0, str(ROOT))
    from clinic_desktop.services import demo_names as names

    rng = random.Random(seed)
    given_names = names.GIVEN_FEMALE + names.GIVEN_MALE
    # No two lines are the same person (the same name and date of birth would rightly be refused as
    # a line repeated): the lines born on one day get family names 61 places apart in the list.
    days = 30_000
    families = [rng.randrange(len(names.FAMILY)) for _ in range(days)]
    bad = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["mrn", "external_id", "given_name", "family_name", "date_of_birth", "sex", "phone",
                      "email", "address", "notes"])  # fmt: skip
        for n in range(1, rows + 1):
            day, cycle = n % days, n // days
            given = rng.choice(given_names)
            family = names.FAMILY[(families[day] + 61 * cycle) % len(names.FAMILY)]
            born = date(1930, 1, 1) + timedelta(days=day)
            exchange = rng.randint(201, 989)
            exchange += 1 if exchange % 100 == 11 else 0
            phone = f"+1{rng.choice(names.AREA_CODES)}{exchange}{rng.randint(0, 9999):04d}"
            mrn = f"X{n:07d}" if n % 20 == 0 else ""
            external = f"OLD-{n}" if n % 10 == 3 else ""
            notes = "Referred by Dr Okafor" if n % 7 == 0 else ""
            row = [mrn, external, given, family, born.isoformat(), rng.choice(["female", "male", ""]), phone,
                   f"{given}.{family}{n}@example.com".lower(), f"{n} Main St", notes]  # fmt: skip
            if n % 500 == 250:
                bad += 1
                kind = (n // 500) % 4
                if kind == 0:
                    row[3] = ""  # no family name
                elif kind == 1:
                    row[4] = "2099-01-01"  # born in the future
                elif kind == 2:
                    row[9] = "damaged\x00note"  # a NUL byte
                else:
                    row[0] = f"X{n - 10:07d}" if (n - 10) % 20 == 0 else "X0000020"  # a repeated MRN
            out.writerow(row)
    return {"rows": rows, "bad": bad}


# --- the child: one import, instrumented ---------------------------------------------------------


def _child(db: str, csv_path: str) -> None:
    """Run in a child process: import the file, print the measurements as JSON."""
    sys.path.insert(0, str(ROOT))
    import threading
    from contextlib import contextmanager

    from clinic_desktop.domain.access import Role
    from clinic_desktop.domain.users import SYSTEM, Session
    from clinic_desktop.services import ClinicServices, Clock
    from clinic_desktop.services.patient_csv import PatientCsvService
    from clinic_desktop.store.patient_import import PatientImportRecords
    from clinic_desktop.store.repositories import Store

    holds: list[float] = []  # the import's (main thread's) outermost write transactions
    head_holds: list[float] = []  # from locking the audit trail's head to the end of the transaction
    original, lock_head = Store.write_transaction, PatientImportRecords.lock_audit_head
    depth = threading.local()
    head_locked: list[float] = []

    @contextmanager
    def timed(self: Store) -> Any:
        mine = threading.current_thread() is threading.main_thread()
        outer = mine and not getattr(depth, "n", 0)
        depth.n = getattr(depth, "n", 0) + 1
        started = time.perf_counter()
        try:
            with original(self):
                yield
        finally:
            depth.n -= 1
            if outer:
                ended = time.perf_counter()
                holds.append(ended - started)
                if head_locked:
                    head_holds.append(ended - head_locked.pop())

    def timed_head(self: PatientImportRecords) -> tuple[int, str]:
        head = lock_head(self)
        head_locked.append(time.perf_counter())
        return head

    Store.write_transaction = timed  # type: ignore[method-assign]
    PatientImportRecords.lock_audit_head = timed_head  # type: ignore[method-assign]

    # Registered at a whole second: `patients add` on the real clock overflows the MRN column on
    # PostgreSQL (issue 18, being fixed apart from the import, which does not use it).
    setup = ClinicServices.open(db, Clock(datetime(2026, 11, 23, 15, 0, tzinfo=UTC)))
    desk_patient = setup.patients.add(_input("Desk", "Patient")).record.id
    setup.close()

    services = ClinicServices.open(db)
    services.session = Session("Ana", Role.RECEPTION, 1)
    stop = threading.Event()
    desk: dict[str, Any] = {"writes": 0, "failures": [], "slowest_s": 0.0}

    def front_desk() -> None:
        """Another workstation: its own connection (own services), a small audited write every 0.2 s."""
        # The same database through this thread's own connection (the models' proxy holds one
        # database per process; each thread gets a connection of its own, as the window's workers do).
        other = ClinicServices(store=services.store, session=Session("Bo", Role.RECEPTION, 2))
        try:
            while not stop.wait(DESK_EVERY_S):
                started = time.perf_counter()
                try:
                    other.patients.log_contact(desk_patient, "phone", "called back")
                    desk["writes"] += 1
                except Exception as exc:  # what the desk would see
                    desk["failures"].append(f"{type(exc).__name__}: {exc}")
                desk["slowest_s"] = max(desk["slowest_s"], time.perf_counter() - started)
        finally:
            other.end_thread()

    thread = threading.Thread(target=front_desk, daemon=True)
    thread.start()
    service = PatientCsvService(services)
    started = time.perf_counter()
    stages: list[tuple[float, str]] = []

    def progress(message: str) -> None:
        stages.append((round(time.perf_counter() - started, 2), message))

    report = service.import_rows(service.read(csv_path), progress=progress)
    seconds = time.perf_counter() - started
    stop.set()
    thread.join()
    searchable = bool(services.patients.search(f"{_last_name(csv_path)}"))
    services.session = SYSTEM
    intact = services.audit.verify().intact
    services.close()
    print(
        json.dumps(
            {
                "seconds": seconds,
                "stages": stages,
                "read": report.read,
                "imported": report.imported,
                "rejected": len(report.rejected),
                "transactions": len(holds),
                "longest_transaction_s": max(holds, default=0.0),
                "total_transactions_s": sum(holds),
                "longest_head_hold_s": max(head_holds, default=0.0),
                # What the other desks wait for: SQLite's write lock is the whole transaction;
                # PostgreSQL writers run side by side and wait only for the audit trail's head.
                "longest_hold_s": max(head_holds if "://" in db else holds, default=0.0),
                "total_hold_s": sum(head_holds if "://" in db else holds),
                "peak_rss_mb": _peak_rss_mb(),
                "cpu_s": _cpu_seconds(),
                "holds": [round(h, 3) for h in holds],
                "desk": desk,
                "searchable": searchable,
                "audit_intact": intact,
            }
        )
    )


def _input(given: str, family: str) -> Any:
    from clinic_desktop.services.patients import PatientInput

    return PatientInput(given, family, "1970-01-01")


def _last_name(csv_path: str) -> str:
    with open(csv_path, encoding="utf-8", newline="") as handle:
        *_, last = csv.reader(handle)
    return f"{last[2]} {last[3]}"


def _cpu_seconds() -> float:
    """This process's CPU time (user + system): what the import costs on a machine of its own,
    whatever else the machine was doing meanwhile."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_rss_mb() -> float:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- the parent -----------------------------------------------------------------------------------


def _run_child(db: str, csv_path: Path) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, __file__, "--child", db, str(csv_path)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"the import failed (exit {done.returncode}): {done.stderr.strip()[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def bench_import(rows: int = ROWS, postgresql: bool = True) -> tuple[dict[str, Any], list[str]]:
    """{engine: measurements} and the problems met (the bench reports, it never fails on a goal)."""
    results: dict[str, Any] = {}
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="clinic-import-bench-") as folder:
        csv_path = Path(folder) / "patients.csv"
        made = write_csv(csv_path, rows)
        print(f"Importing {rows:,} patients ({made['bad']} bad lines on purpose)...", flush=True)
        try:
            results["sqlite"] = _run_child(str(Path(folder) / "clinic.db"), csv_path)
        except RuntimeError as exc:
            problems.append(f"import on SQLite: {exc}")
        if postgresql:
            sys.path.insert(0, str(ROOT))
            try:
                from tests.postgresql_server import PostgresServer, ServerUnavailableError, find_bindir

                server = PostgresServer(find_bindir())
                server.start()
            except (ImportError, OSError, ServerUnavailableError) as exc:
                problems.append(f"import not benchmarked on PostgreSQL: {exc}")
            else:
                try:
                    server.admin('CREATE DATABASE "clinic_import"')
                    results["postgresql"] = _run_child(server.url("clinic_import"), csv_path)
                except RuntimeError as exc:
                    problems.append(f"import on PostgreSQL: {exc}")
                finally:
                    server.stop()
    for engine, result in results.items():
        expected = rows - made["bad"]
        if result["imported"] != expected or result["rejected"] != made["bad"]:
            problems.append(
                f"import on {engine}: {result['imported']} imported and {result['rejected']} rejected, "
                f"expected {expected} and {made['bad']}"
            )
        if result["desk"]["failures"]:
            problems.append(
                f"import on {engine}: the front desk's writes failed: {result['desk']['failures'][:3]}"
            )
        if not result["searchable"] or not result["audit_intact"]:
            problems.append(f"import on {engine}: not searchable or the audit trail broken")
    return results, problems


def print_import(results: dict[str, Any], rows: int) -> None:
    print()
    goals = f"goals: < {TIME_GOAL_S:.0f} s, write lock < {LOCK_GOAL_S:.0f} s"
    print(f"import of {rows:,} patients (fresh clinic; {goals})")
    for engine, r in results.items():
        desk = r["desk"]
        print(
            f"  {engine}: {r['seconds']:.1f} s ({'PASS' if r['seconds'] < TIME_GOAL_S else 'FAIL'}; "
            f"CPU {r['cpu_s']:.1f} s), "
            f"peak {r['peak_rss_mb']:.0f} MB; {r['transactions']} write transactions, the longest "
            f"{r['longest_transaction_s']:.2f} s; the lock the other desks wait for held "
            f"{r['longest_hold_s']:.2f} s at most, {r['total_hold_s']:.2f} s in all "
            f"({'PASS' if r['longest_hold_s'] < LOCK_GOAL_S else 'FAIL'}); the desk wrote {desk['writes']} "
            f"times meanwhile, slowest {desk['slowest_s']:.2f} s, {len(desk['failures'])} failed"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=ROWS, help=f"patients in the file (default {ROWS:,})")
    parser.add_argument("--no-postgresql", action="store_true", help="SQLite only")
    parser.add_argument("--verbose", action="store_true", help="print each stage and transaction")
    parser.add_argument("--child", nargs=2, metavar=("DB", "CSV"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(*args.child)
        return 0
    results, problems = bench_import(args.rows, postgresql=not args.no_postgresql)
    print_import(results, args.rows)
    if args.verbose:
        for engine, result in results.items():
            print(f"  {engine} stages: {result['stages']}")
            print(f"  {engine} write transactions (s): {result['holds']}")
    for problem in problems:
        print(f"  - {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
