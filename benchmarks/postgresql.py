"""The main operations on PostgreSQL, beside SQLite: `make bench` runs this after the SQLite table.

A throwaway server is started for the run (the test suite's own: tests/postgresql_server.py, on a
free port, deleted afterwards), the same clinic is built in it with the command line, and each
operation is timed against its floor: every statement the operation ran, recorded once per input
and replayed raw through psycopg2 (so the floor is the database's part, on this engine too)."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from bench import (
    BENCH_PASSWORD,
    NOW,
    ROOT,
    ClinicSpec,
    OpResult,
    _recorded_statements,
    child_env,
    past_week,
    patient_queries,
    time_pair,
)

DATABASE = "clinic_bench"


def _replay(cursor: Any, statements: list[tuple[str, tuple[Any, ...]]]) -> object:
    found = None
    for sql, params in statements:
        cursor.execute(sql, params)
        found = cursor.fetchall() if cursor.description is not None else None
    return found


def bench_postgresql(spec: ClinicSpec, repeat: int) -> tuple[list[OpResult], dict[str, Any], list[str]]:
    """(results, build, problems). Fails soft: a machine without the server gets a problem line."""
    sys.path.insert(0, str(ROOT))
    try:
        from tests.postgresql_server import PostgresServer, ServerUnavailableError, find_bindir

        server = PostgresServer(find_bindir())
        server.start()
    except (ServerUnavailableError, OSError) as exc:
        return [], {}, [f"PostgreSQL not benchmarked: {exc}"]
    try:
        server.admin(f'CREATE DATABASE "{DATABASE}"')
        url = server.url(DATABASE)
        print(f"Building the clinic on PostgreSQL ({spec.describe()})...", flush=True)
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "clinic_desktop", "--db", url, "--now", NOW, "demo",
             "--patients", str(spec.patients), "--providers", str(spec.providers),
             "--years", str(spec.years), "--seed", str(spec.seed), "--password", BENCH_PASSWORD],
            cwd=ROOT, env=child_env(), capture_output=True, text=True, check=False,
        )  # fmt: skip
        build = {"seconds": time.perf_counter() - started, "output": (done.stdout + done.stderr).strip()}
        if done.returncode != 0:
            return [], build, [f"the PostgreSQL demo build failed: {build['output'][-500:]}"]
        print(f"  built in {build['seconds']:.1f} s", flush=True)
        return _time_operations(url, repeat, build), build, []
    finally:
        server.stop()


def _time_operations(url: str, repeat: int, extra: dict[str, Any]) -> list[OpResult]:
    """Each operation against its floor; into ``extra``: the use cases' statements and round trips
    and a booking's p50 (moments.py, the same as on SQLite)."""
    import psycopg2

    from clinic_desktop.services import ClinicServices

    services = ClinicServices.open(url)
    services.set_now(NOW)
    raw = psycopg2.connect(url.replace("postgresql://", "postgres://", 1))
    raw.autocommit = True
    cursor = raw.cursor()
    try:
        today = date.fromisoformat(NOW[:10])
        providers = [p.id for p in services.resources.providers()]
        kinds = [t.name for t in services.resources.types() if t.indication is not None]
        days = past_week()
        due = [r.patient_id for r in services.followups.recalls()]
        due = due[:: max(1, len(due) // 40)][:40]
        queries = [text for text, _, _ in patient_queries(services)]
        operations: list[tuple[str, list[Callable[[], object]]]] = [
            ("day schedule, all providers", [lambda d=d: services.schedule.day(d) for d in days]),
            ("day schedule, one provider",
             [lambda d=d: services.schedule.day(d, providers[0]) for d in days]),
            ("patient search (mixed look-ups)", [lambda q=q: services.patients.search(q) for q in queries]),
            ("one provider's week (7 days)",
             [lambda p=p: services.schedule.days(today - timedelta(days=7), 7, p) for p in providers]),
            ("free-slot search (next 5, 90-day window)",
             [lambda p=p, k=k: services.appointments.free_slots(p, k, today, 5)
              for p in providers for k in kinds]),
            ("follow-up proposals (one patient, best 3)",
             [lambda p=p: services.followups.propose(p, 3) for p in due]),
            ("recall list (whole clinic)", [services.followups.recalls]),
        ]  # fmt: skip
        from moments import BOOKINGS, _free_slots, round_trips, time_bookings

        slots = _free_slots(services, BOOKINGS + 1)
        patients = [h.record.id for h in services.patients.search("a", 200)]
        extra["round_trips"] = round_trips(services, slots.pop(), patients[0])
        extra["booking"] = time_bookings(services, slots, patients)
        print(f"Timing the services against raw psycopg2 on PostgreSQL ({repeat} runs each)...", flush=True)
        results = []
        for name, calls in operations:
            statements = _recorded_statements(calls)
            runs = max(5, repeat // 3) if name.startswith("recall") else repeat
            results.append(
                time_pair(
                    name,
                    runs,
                    lambda i, calls=calls: calls[i % len(calls)](),
                    lambda i, statements=statements: _replay(cursor, statements[i % len(statements)]),
                    rows=f"{len(calls)} inputs",
                )
            )
        return results
    finally:
        cursor.close()
        raw.close()
        services.close()
