"""How fast clinic-desktop is on a large clinic, and what its layers cost over raw SQLite.

Run with `make bench` (or `QT_QPA_PLATFORM=offscreen python benchmarks/bench.py`). The script:

1. builds the synthetic clinic once with the real command line (`clinic-desktop demo`), at a fixed
   --now so the same seed always gives the same file, and keeps it in benchmarks/.cache/;
2. times each read the application makes through the services, N times, and the same SQL through
   the standard library's sqlite3 on its own connection, in the same run, on the same days;
3. times the window's start-up (`gui --smoke`) against an empty PySide6 window (bare_window.py);
4. measures the window's peak resident memory with the whole clinic open;
5. prints one table and writes the same results to benchmarks/.cache/last-results.json.

It reports; it never fails because a goal is missed (exit status 1 only if something broke).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "benchmarks"
CACHE_DIR = BENCH_DIR / ".cache"
RESULTS_PATH = CACHE_DIR / "last-results.json"
BARE_WINDOW = BENCH_DIR / "bare_window.py"

NOW = "2026-11-23T10:00"  # fixed, so that the cached clinic is the same file for the same seed
FULL = {"patients": 50_000, "providers": 8, "years": 3}
QUICK = {"patients": 2_000, "providers": 4, "years": 1}
BUILD_GOAL_S = 60.0
MEMORY_GOAL_MB = 300.0
RATIO_WARN = 3.0
OVERLAP_REPEAT = 5
OPEN_REPEAT_MIN = 10
SAMPLE_EVERY_S = 0.02

# The SQL the services' day schedule runs, written out by hand (same columns, joins and order).
DAY_SQL = (
    "SELECT a.id, a.patient_id, a.provider_id, a.room_id, a.appointment_type_id, a.start_at, a.end_at,"
    " a.status, a.notes, a.cancel_reason, a.series_id,"
    " p.given_name, p.family_name, v.name, t.name, t.colour, r.name"
    " FROM appointment AS a"
    " JOIN patient AS p ON a.patient_id = p.id"
    " JOIN provider AS v ON a.provider_id = v.id"
    " JOIN appointment_type AS t ON a.appointment_type_id = t.id"
    " LEFT JOIN room AS r ON a.room_id = r.id"
    " WHERE a.start_at >= ? AND a.start_at < ?{provider}"
    " ORDER BY a.start_at, v.name, a.id"
)
# Copied from ClinicalRecords.expired_consent_patients() in clinic_desktop/store/patients.py: the
# day list flags patients whose consent has lapsed, so the services run this after DAY_SQL and the
# floor runs it too (the same two statements; the ratio is then what the application adds).
CONSENT_SQL = (
    "SELECT DISTINCT c.patient_id FROM consent c WHERE c.patient_id IN ({marks})"
    " AND c.expires_on < ? AND NOT EXISTS (SELECT 1 FROM consent d"
    " WHERE d.patient_id = c.patient_id AND d.kind = c.kind"
    " AND (d.expires_on IS NULL OR d.expires_on >= ?))"
)
# Copied from AppointmentRepository.overlaps() in clinic_desktop/store/repositories.py: one ordered
# scan per resource, each booking compared with the latest end before it (raw_overlaps below).
OVERLAP_SQL = (
    "SELECT id, {col}, start_at, end_at FROM appointment"
    " WHERE status <> 'cancelled' AND {col} IS NOT NULL ORDER BY {col}, start_at, id"
)
INFO_SQL = (
    "SELECT COUNT(*) FROM patient",
    "SELECT COUNT(*) FROM provider",
    "SELECT COUNT(*) FROM appointment",
    "SELECT COUNT(*) FROM treatment",
    "SELECT key, value FROM setting",
    "SELECT value FROM database_info WHERE key = 'schema_version'",
)


def raw_overlaps(raw: sqlite3.Connection, column: str) -> int:
    """The floor of the integrity check's double bookings: the same statement and the same scan."""
    found, resource, latest_end = 0, None, ""
    for _, held, start, end in raw.execute(OVERLAP_SQL.format(col=column)):
        if held != resource:
            resource, latest_end = held, end
            continue
        if start < latest_end:
            found += 1
        latest_end = max(latest_end, end)
    return found


def raw_lapsed(raw: sqlite3.Connection, rows: list[Any], today: str) -> set[int]:
    """The second statement of a day list: which of these rows' patients have a lapsed consent."""
    ids = sorted({row[1] for row in rows})
    if not ids:
        return set()
    sql = CONSENT_SQL.format(marks=", ".join("?" * len(ids)))
    return {r[0] for r in raw.execute(sql, [*ids, today, today]).fetchall()}


# --- the clinic ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClinicSpec:
    patients: int
    providers: int
    years: int
    seed: int

    @property
    def path(self) -> Path:
        return CACHE_DIR / f"clinic-p{self.patients}-v{self.providers}-y{self.years}-s{self.seed}.db"

    def describe(self) -> str:
        years = f"{self.years} year" + ("s" if self.years != 1 else "")
        return f"{self.patients:,} patients, {self.providers} providers, {years}, seed {self.seed}"

    @property
    def meta_path(self) -> Path:
        return self.path.with_name(self.path.name + ".build.json")


BENCH_PASSWORD = "bench-clinic"  # the demo users' password in the benchmark's throwaway clinics


def child_env() -> dict[str, str]:
    """The environment of every child: offscreen Qt, this checkout importable, and a private
    config folder so that a person's saved window geometry cannot change what is measured."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env["XDG_CONFIG_HOME"] = str(CACHE_DIR / "config")
    env.pop("CLINIC_DB", None)
    # As an installed copy runs: with its byte code cached. Where the environment forbids writing
    # it (PYTHONDONTWRITEBYTECODE), every child would compile the project's modules again, a
    # quarter of a second each time, and that is not what a person waits for.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # Every command runs as a user: the demo clinic's manager, whose password the build sets.
    env["CLINIC_USER"] = "manager"
    env["CLINIC_PASSWORD"] = BENCH_PASSWORD
    return env


def app_command(db: Path, *rest: str) -> list[str]:
    return [sys.executable, "-m", "clinic_desktop", "--db", str(db), "--now", NOW, *rest]


def stored_schema_version(path: Path) -> int | None:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
            row = con.execute("SELECT value FROM database_info WHERE key = 'schema_version'").fetchone()
        con.close()
    except sqlite3.Error:
        return None
    return int(row[0]) if row else None


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def generator_fingerprint() -> str:
    """A digest of the code that writes the clinic (everything but the ui): when it changes, the
    same seed may give another clinic, so the cached one is built again."""
    package = ROOT / "clinic_desktop"
    files = sorted(package.glob("*.py"))
    for layer in ("domain", "store", "services", "cli"):
        files += sorted((package / layer).rglob("*.py"))
    digest = hashlib.sha256()
    for file in files:
        digest.update(str(file.relative_to(package)).encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def ensure_clinic(spec: ClinicSpec, rebuild: bool) -> dict[str, Any]:
    """The cached clinic database, built by the real command line when missing or out of date."""
    from clinic_desktop.store.migrations import SCHEMA_VERSION

    path = spec.path
    fingerprint = generator_fingerprint()
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    if path.exists() and not rebuild:
        version = stored_schema_version(path)
        meta = _read_json(spec.meta_path)
        if version != SCHEMA_VERSION:
            print(f"The cached clinic has schema {version}, the application {SCHEMA_VERSION}: rebuilding it.")
        elif meta.get("fingerprint") != fingerprint:
            print("The code that builds the clinic has changed since it was cached: rebuilding it.")
        else:
            return {"status": "cached", "seconds": meta.get("seconds"), "output": meta.get("output", "")}
    remove_database(path)

    # Build beside the cache and rename at the end: an interrupted build never leaves a half clinic.
    building = path.with_name(path.name + ".building")
    remove_database(building)
    command = app_command(
        building,
        "demo",
        "--patients",
        str(spec.patients),
        "--providers",
        str(spec.providers),
        "--years",
        str(spec.years),
        "--seed",
        str(spec.seed),
        "--password",
        BENCH_PASSWORD,
    )
    print(f"Building the clinic ({spec.describe()}) with the command line...", flush=True)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=child_env(), capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        print(f"The demo build failed (exit {done.returncode}):\n{done.stdout}{done.stderr}", file=sys.stderr)
        remove_database(building)
        raise SystemExit(1)
    with sqlite3.connect(building) as con:  # fold the WAL into the file before it is renamed
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    for suffix in ("-wal", "-shm"):
        Path(str(building) + suffix).unlink(missing_ok=True)
    os.replace(building, path)
    lines = [line.strip() for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    summary = next((line for line in lines if "built in" in line), lines[-1] if lines else "")
    meta = {
        "seconds": seconds,
        "output": summary,
        "built_at": _stamp(),
        "fingerprint": fingerprint,
        "command": [*command[:3], "--db", str(path), *command[5:]],
    }
    spec.meta_path.write_text(json.dumps(meta, indent=2) + "\n")
    return {"status": "built", "seconds": seconds, "output": summary}


# --- measuring -------------------------------------------------------------------------------------


@dataclass
class OpResult:
    operation: str
    runs: int
    p50_ms: float
    p95_ms: float
    raw_p50_ms: float
    raw_p95_ms: float
    ratio: float
    rows: str = ""
    note: str = ""


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile: a time that was actually measured."""
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def time_pair(
    name: str,
    runs: int,
    service: Callable[[int], object],
    raw: Callable[[int], object],
    rows: str = "",
    note: str = "",
) -> OpResult:
    """Time service(i) and raw(i) for i in 0..runs-1, alternating which goes first, after one warm-up."""
    service(0)
    raw(0)
    timed: dict[str, list[float]] = {"service": [], "raw": []}
    for i in range(runs):
        order = [("service", service), ("raw", raw)]
        if i % 2:
            order.reverse()
        for key, call in order:
            started = time.perf_counter_ns()
            call(i)
            timed[key].append((time.perf_counter_ns() - started) / 1e6)
    p50, raw_p50 = statistics.median(timed["service"]), statistics.median(timed["raw"])
    print(f"  {name}: {p50:.3f} ms (raw {raw_p50:.3f} ms)", flush=True)
    return OpResult(
        operation=name,
        runs=runs,
        p50_ms=p50,
        p95_ms=percentile(timed["service"], 0.95),
        raw_p50_ms=raw_p50,
        raw_p95_ms=percentile(timed["raw"], 0.95),
        ratio=p50 / raw_p50 if raw_p50 > 0 else float("inf"),
        rows=rows,
        note=note,
    )


def past_week() -> list[date]:
    """Monday to Friday of the week before --now: full, settled days in every clinic size."""
    today = datetime.fromisoformat(NOW).date()
    monday = today - timedelta(days=today.weekday() + 7)
    return [monday + timedelta(days=i) for i in range(5)]


def naive_utc(instant: datetime) -> str:
    """How the store keeps an instant: naive UTC text at whole seconds."""
    return instant.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S")


def raw_connection(path: Path) -> sqlite3.Connection:
    """Its own connection, with the application's pragmas (page cache size, temp store) so that the
    comparison is of the layers above SQLite, not of SQLite's tuning."""
    from clinic_desktop.store.connection import SQLITE_PRAGMAS

    con = sqlite3.connect(path)
    for key, value in SQLITE_PRAGMAS.items():
        con.execute(f"PRAGMA {key} = {value}").fetchall()
    return con


def bench_operations(path: Path, repeat: int) -> tuple[list[OpResult], list[str]]:
    from clinic_desktop.services import ClinicServices

    results: list[OpResult] = []
    problems: list[str] = []

    # Opening first, on its own: ClinicServices.open binds the models' process-wide database proxy,
    # so a second open would take the queries of a long-lived instance with it.
    def open_services(_: int) -> None:
        ClinicServices.open(str(path)).close()

    def open_raw(_: int) -> None:
        con = sqlite3.connect(path)
        con.execute("PRAGMA journal_mode").fetchall()
        con.close()

    opened = time_pair("open database", max(repeat, OPEN_REPEAT_MIN), open_services, open_raw)

    services = ClinicServices.open(str(path))
    services.set_now(NOW)
    raw = raw_connection(path)
    try:
        week = past_week()
        bounds = [tuple(naive_utc(b) for b in services.time.day_bounds(d)) for d in week]
        day_sql = DAY_SQL.format(provider="")
        day_one_sql = DAY_SQL.format(provider=" AND a.provider_id = ?")
        today = datetime.fromisoformat(NOW).date().isoformat()

        # The same question must give the same answer both ways, or the comparison means nothing.
        counts_all, counts_one = [], []
        for d, (start, end) in zip(week, bounds, strict=True):
            mine = services.schedule.day(d)
            theirs = raw.execute(day_sql, (start, end)).fetchall()
            if [e.appointment.id for e in mine.entries] != [r[0] for r in theirs]:
                problems.append(f"day {d}: services and raw SQL return different appointments")
            lapsed = raw_lapsed(raw, theirs, today)
            if {e.appointment.patient_id for e in mine.entries if e.expired_consent} != lapsed:
                problems.append(f"day {d}: services and raw SQL flag different lapsed consents")
            counts_all.append(len(theirs))
            mine_one = services.schedule.day(d, provider_id=1)
            theirs_one = raw.execute(day_one_sql, (start, end, 1)).fetchall()
            if [e.appointment.id for e in mine_one.entries] != [r[0] for r in theirs_one]:
                problems.append(f"day {d}, provider 1: services and raw SQL return different appointments")
            counts_one.append(len(theirs_one))
        if sum(counts_all) == 0:
            problems.append(f"the week {week[0]}..{week[-1]} has no appointments: nothing was really timed")

        def rows_of(counts: list[int]) -> str:
            return f"{min(counts)}-{max(counts)}/day" if min(counts) != max(counts) else f"{counts[0]}/day"

        results.append(
            time_pair(
                "day schedule, all providers",
                repeat,
                lambda i: services.schedule.day(week[i % len(week)]),
                lambda i: raw_lapsed(raw, raw.execute(day_sql, bounds[i % len(bounds)]).fetchall(), today),
                rows=rows_of(counts_all),
            )
        )
        results.append(
            time_pair(
                "day schedule, one provider",
                repeat,
                lambda i: services.schedule.day(week[i % len(week)], provider_id=1),
                lambda i: raw_lapsed(
                    raw, raw.execute(day_one_sql, (*bounds[i % len(bounds)], 1)).fetchall(), today
                ),
                rows=rows_of(counts_one),
            )
        )

        info = services.clinic.info()
        raw_counts = [raw.execute(sql).fetchone()[0] for sql in INFO_SQL[:4]]
        service_counts = [info.counts[k] for k in ("patients", "providers", "appointments", "treatments")]
        if raw_counts != service_counts:
            problems.append(f"info counts differ: services {service_counts}, raw {raw_counts}")

        def info_raw(_: int) -> None:
            for sql in INFO_SQL:
                raw.execute(sql).fetchall()

        results.append(
            time_pair(
                "info counts",
                repeat,
                lambda _: services.clinic.info(),
                info_raw,
                rows=f"{raw_counts[0]:,} pat / {raw_counts[2]:,} appt",
            )
        )

        results += bench_patients(services, raw, repeat, problems)
        results += bench_calendar(services, raw, repeat, problems)
        results += bench_followups(services, raw, repeat, problems)

        def overlaps_services(_: int) -> list[tuple[str, int, int]]:
            with services.store.read_transaction():
                return services.store.appointments.overlaps()

        def overlaps_raw(_: int) -> int:
            return sum(raw_overlaps(raw, c) for c in ("provider_id", "room_id"))

        found = len(overlaps_services(0))
        if found:
            problems.append(f"the integrity check finds {found} double booking(s) in the demo clinic")
        results.append(
            time_pair(
                "integrity check (overlaps)",
                min(repeat, OVERLAP_REPEAT),
                overlaps_services,
                overlaps_raw,
                rows=f"{found} found",
            )
        )
    finally:
        services.close()
        raw.close()
    results.append(opened)
    return results, problems


# --- patients --------------------------------------------------------------------------------------

PATIENT_PAGE = 50
LIST_SQL = "SELECT id FROM patient WHERE status <> 'merged' ORDER BY family_name, given_name, id"
ROWS_SQL = "SELECT * FROM patient WHERE id IN ({marks})"
CANDIDATE_SQL = (
    "SELECT id, mrn, given_name, family_name, preferred_name, date_of_birth, status FROM patient "
    "WHERE id IN ({ids}) AND status <> 'merged' LIMIT 400"
)
TOKEN_SQL = "SELECT patient_id FROM patient_token WHERE token >= ? AND token < ?"


def _upper(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def patient_queries(services: Any, count: int = 40) -> list[tuple[str, int, str]]:
    """Realistic look-ups of real patients, every kind reception types: (text, patient id, kind)."""
    ids = services.patients.list_ids("mrn")
    step = max(1, len(ids) // count)
    chosen = [r for r, _ in services.patients.rows(ids[::step][:count])]
    kinds = ("fragments", "full name", "phone", "birth date", "mrn")
    queries = []
    for i, r in enumerate(chosen):
        kind = kinds[i % len(kinds)]
        if kind == "fragments":
            text = f"{r.family_name[:3]} {r.given_name[:2]}"
        elif kind == "full name":
            text = f"{r.given_name} {r.family_name}"
        elif kind == "phone":
            text = r.phone[-7:-4] + " " + r.phone[-4:]
        elif kind == "birth date":
            text = f"{r.family_name} {r.date_of_birth.month}/{r.date_of_birth.day}/{r.date_of_birth.year}"
        else:
            text = r.mrn
        queries.append((text, r.id, kind))
    return queries


def raw_patient_search(raw: sqlite3.Connection, services: Any, text: str) -> list[tuple[Any, ...]]:
    """The floor: the same index look-ups and row fetches in plain sqlite3, no ranking."""
    from clinic_desktop.services.phones import query_phone_prefixes

    query = services.patients.query(text)
    parts, params = [], []
    for name in query.names:
        parts.append(TOKEN_SQL)
        params += [f"n:{name}", _upper(f"n:{name}")]
    if query.phone_digits:
        prefixes = query_phone_prefixes(query.phone_digits)
        parts.append("SELECT patient_id FROM (" + " UNION ".join([TOKEN_SQL] * len(prefixes)) + ") AS phones")
        for prefix in prefixes:
            params += [prefix, _upper(prefix)]
    if query.birth_date is not None:
        parts.append("SELECT id FROM patient WHERE date_of_birth = ?")
        params.append(query.birth_date.isoformat())
    found = (
        raw.execute(CANDIDATE_SQL.format(ids=" INTERSECT ".join(parts)), params).fetchall() if parts else []
    )
    if query.mrn:
        found += raw.execute("SELECT id FROM patient WHERE UPPER(mrn) = ?", (query.mrn,)).fetchall()
    ids = [r[0] for r in found[:20]]
    return raw.execute(ROWS_SQL.format(marks=", ".join("?" * len(ids))), ids).fetchall() if ids else []


def bench_patients(
    services: Any, raw: sqlite3.Connection, repeat: int, problems: list[str]
) -> list[OpResult]:
    queries = patient_queries(services)
    for text, pid, kind in queries:
        hits = [h.record.id for h in services.patients.search(text)]
        if pid not in hits:
            problems.append(f"patient search ({kind}) '{text}' does not find patient {pid}")
        elif kind in ("mrn", "phone", "full name") and hits.index(pid) > 3:
            problems.append(f"patient search ({kind}) '{text}' ranks patient {pid} at {hits.index(pid) + 1}")
    runs = max(repeat, len(queries) * 3)
    results = [
        time_pair(
            "patient search (mixed look-ups)",
            runs,
            lambda i: services.patients.search(queries[i % len(queries)][0]),
            lambda i: raw_patient_search(raw, services, queries[i % len(queries)][0]),
            rows=f"{len(queries)} queries, 5 kinds",
            note="goal p95 < 20 ms and within 3x of raw",
        )
    ]

    def open_list(_: int) -> object:
        ids = services.patients.list_ids("name")
        return services.patients.rows(ids[:PATIENT_PAGE])

    def open_list_raw(_: int) -> object:
        ids = [r[0] for r in raw.execute(LIST_SQL).fetchall()]
        page = ids[:PATIENT_PAGE]
        return raw.execute(ROWS_SQL.format(marks=", ".join("?" * len(page))), page).fetchall()

    total = len(services.patients.list_ids("name"))
    results.append(
        time_pair(
            "open patient list (all ids + first page)",
            max(10, repeat // 3),
            open_list,
            open_list_raw,
            rows=f"{total:,} ids + {PATIENT_PAGE} rows",
            note="goal < 200 ms",
        )
    )
    return results


# --- calendar --------------------------------------------------------------------------------------

WEEK_SQL = DAY_SQL.format(provider=" AND a.provider_id = ?")


def bench_calendar(
    services: Any, raw: sqlite3.Connection, repeat: int, problems: list[str]
) -> list[OpResult]:
    """What the calendar loads: one provider's week (as the week view asks: one range) and the
    free-slot search for a treatment type."""
    monday = past_week()[0]
    weeks = [monday - timedelta(weeks=w) for w in range(6)]
    providers = [p.id for p in services.resources.providers()]

    def week_service(i: int) -> int:
        first, provider = weeks[i % len(weeks)], providers[i % len(providers)]
        return sum(len(day.entries) for day in services.schedule.days(first, 7, provider))

    def week_raw(i: int) -> int:
        first, provider = weeks[i % len(weeks)], providers[i % len(providers)]
        start = naive_utc(services.time.day_bounds(first)[0])
        end = naive_utc(services.time.day_bounds(first + timedelta(days=6))[1])
        rows = raw.execute(WEEK_SQL, (start, end, provider)).fetchall()
        raw_lapsed(raw, rows, datetime.fromisoformat(NOW).date().isoformat())
        return len(rows)

    if week_service(0) != week_raw(0):
        problems.append("a provider's week differs between services and raw SQL")
    results = [
        time_pair(
            "one provider's week (7 days)",
            repeat,
            week_service,
            week_raw,
            rows=f"{week_raw(0)} appts",
            note="goal p95 < 50 ms, within 3x of raw",
        )
    ]
    today = datetime.fromisoformat(NOW).date()
    kinds = [t.name for t in services.resources.types() if t.indication is not None]

    short: set[str] = set()

    def slots(i: int) -> object:
        kind = kinds[i % len(kinds)]
        found = services.appointments.free_slots(providers[i % len(providers)], kind, today, 5)
        if len(found) < 5:  # a full clinic: the search ran through all 90 days (its worst case)
            short.add(kind)
        return found

    searches = [
        (providers[i % len(providers)], kinds[i % len(kinds)]) for i in range(len(providers) * len(kinds))
    ]
    recorded = _recorded_statements(
        [lambda p=p, k=k: services.appointments.free_slots(p, k, today, 5) for p, k in searches]
    )

    def slots_raw(i: int) -> object:
        # The floor: the same statements the search runs, raw (the type, providers and rooms, the
        # settings, closures, the provider's hours and time off, the bookings of each window read).
        return _replay(raw, recorded[i % len(searches)])

    results.append(
        time_pair(
            "free-slot search (next 5, 90-day window)",
            repeat,
            slots,
            slots_raw,
            rows=f"{len(kinds)} treatment types",
            note="goal < 20 ms",
        )
    )
    if short:
        print(f"  (fewer than 5 free slots in 90 days for: {', '.join(sorted(short))})")
    return results


CONTROL = ("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE", "ROLLBACK", "NOTIFY", "PREPARE ")


def statements_of(database: Any, sql: str, params: Any) -> list[tuple[str, tuple[Any, ...]]]:
    """The statements one call to the database runs, each as it would be sent on its own, without
    the transaction's control: on PostgreSQL a call may carry BEGIN (and NOTIFY) or a lock ahead of
    its statement (store/connection.py), and a prepared statement is sent as PREPARE and EXECUTE or
    EXECUTE alone (store/prepared.py), written out here as the SQL it runs, so that a raw
    connection can replay it. On SQLite a call is one statement, sent as it is."""
    values = list(params or ())
    if getattr(database, "param", "%s") != "%s":  # SQLite's "?": nothing travels with a statement
        return [(sql, tuple(values))]
    found: list[tuple[str, tuple[Any, ...]]] = []
    for part in (p.strip() for p in sql.split(";")):
        if not part:
            continue
        count = part.count("%s")
        mine, values = values[:count], values[count:]
        if part.upper().startswith(CONTROL):
            continue
        if part.startswith("EXECUTE clinic_"):
            prepared = database._preparing[part.split()[1]].partition(" AS ")[2]
            part = re.sub(r"\$\d+", "%s", prepared)
        found.append((part, tuple(mine)))
    return found


def _recorded_statements(calls: Sequence[Callable[[], object]]) -> list[list[tuple[str, tuple[Any, ...]]]]:
    """Every statement (SQL and parameters) each call runs, recorded once before timing: replayed
    raw, they are an operation's floor (the database's part; the ratio is the work on top)."""
    from clinic_desktop.store import models as m

    found: list[list[tuple[str, tuple[Any, ...]]]] = []
    database = m.db.obj
    original = database.execute_sql

    def recorded(sql: str, params: Any = None, *rest: Any, **extra: Any) -> Any:
        found[-1].extend(statements_of(database, sql, params))
        return original(sql, params, *rest, **extra)

    database.execute_sql = recorded
    try:
        for call in calls:
            found.append([])
            call()
    finally:
        del database.execute_sql  # back to the class's method
    return found


def _replay(raw: sqlite3.Connection, statements: list[tuple[str, tuple[Any, ...]]]) -> object:
    found = None
    for sql, params in statements:
        found = raw.execute(sql, params).fetchall()
    return found


def bench_followups(
    services: Any, raw: sqlite3.Connection, repeat: int, problems: list[str]
) -> list[OpResult]:
    """The follow-up engine: proposals for one patient due soon, and the whole clinic's recall list."""
    rows = services.followups.recalls()
    if not rows:
        problems.append("the recall list is empty: nothing was really timed")
        return []
    patients = [r.patient_id for r in rows[:: max(1, len(rows) // 40)]][:40]
    statements = _recorded_statements([lambda p=p: services.followups.propose(p, 3) for p in patients])

    def propose(i: int) -> object:
        return services.followups.propose(patients[i % len(patients)], 3)

    def propose_raw(i: int) -> object:
        # The floor: the same statements, raw. Everything the proposals are made from: the patient,
        # their treatments and plan, the clinic's types, providers, rooms, settings and closures, the
        # providers' hours and time off, and the bookings of the windows searched (a full calendar
        # makes the search read further ahead).
        return _replay(raw, statements[i % len(patients)])

    # The recall list's floor, like the others: the statements it runs (the candidates' one
    # statement, plans, marks, kept proposals), replayed raw.
    (recall_statements,) = _recorded_statements([services.followups.recalls])

    def recalls_raw(_: int) -> object:
        return _replay(raw, recall_statements)

    return [
        time_pair(
            "follow-up proposals (one patient, best 3)",
            repeat,
            propose,
            propose_raw,
            rows=f"{len(patients)} patients due",
            note="goal p95 < 10 ms, within 3x of raw",
        ),
        time_pair(
            "recall list (whole clinic)",
            max(5, repeat // 3),
            lambda _: services.followups.recalls(),
            recalls_raw,
            rows=f"{len(rows):,} due or overdue",
            note="goal < 200 ms, within 3x of raw",
        ),
    ]


# --- check on 250,000 bookings ---------------------------------------------------------------------

CHECK_BOOKINGS = 250_000
# As many overlapping legacy bookings as the clinic on which `check` once ran for 27 minutes.
CHECK_LEGACY_OVERLAPS = 13_000
CHECK_REPEAT = 3
CHECK_SHIFT_DAYS = 7_300  # copies of the clinic's bookings 20 years on overlap nothing


def top_up_bookings(path: Path, total: int, overlaps: int) -> dict[str, int]:
    """Bring the clinic at ``path`` to ``total`` bookings, written raw as a database from before the
    integrity check would hold them: ``overlaps`` double bookings (a copy of an existing booking at
    the same time for the same provider, no room; the bookings copied are spread over the clinic's
    years, as legacy data would be), the rest copies of existing bookings moved on by 20 years at a
    time (they overlap nothing). Columns are read from the table, so a new column with its default
    does not break this."""
    with closing(sqlite3.connect(path)) as con, con:
        columns = [str(row[1]) for row in con.execute("PRAGMA table_info(appointment)") if row[1] != "id"]
        existing = int(con.execute("SELECT COUNT(*) FROM appointment").fetchone()[0])
        overlaps = max(0, min(overlaps, total - existing))

        def copy(replace: dict[str, str], where: str, limit: int) -> None:
            chosen = ", ".join(replace.get(c, f'"{c}"') for c in columns)
            names = ", ".join(f'"{c}"' for c in columns)
            con.execute(
                f"INSERT INTO appointment ({names}) SELECT {chosen} FROM appointment"
                f" WHERE id <= ? AND {where} ORDER BY id LIMIT ?",
                (last_original, limit),
            )

        last_original = int(con.execute("SELECT MAX(id) FROM appointment").fetchone()[0] or 0)
        held = int(con.execute("SELECT COUNT(*) FROM appointment WHERE status <> 'cancelled'").fetchone()[0])
        step = max(1, held // max(overlaps * 11 // 10, 1))  # a little slack: some ids are cancelled
        copy(
            {"room_id": "NULL", "status": "'booked'"}, f"status <> 'cancelled' AND id % {step} = 0", overlaps
        )
        overlaps = int(con.execute("SELECT COUNT(*) FROM appointment").fetchone()[0]) - existing
        shift = 0
        while True:
            missing = total - int(con.execute("SELECT COUNT(*) FROM appointment").fetchone()[0])
            if missing <= 0 or last_original == 0:
                break
            shift += CHECK_SHIFT_DAYS
            moved = {c: f"datetime(\"{c}\", '+{shift} days')" for c in ("start_at", "end_at")}
            copy(moved, "1 = 1", missing)
        added = int(con.execute("SELECT COUNT(*) FROM appointment").fetchone()[0]) - existing
    return {"existing": existing, "added": added, "overlapping": overlaps, "total": existing + added}


def bench_check(spec: ClinicSpec, problems: list[str]) -> dict[str, Any]:
    """`check` on 250,000 bookings: ClinicService.check (SQLite's integrity_check and foreign key
    check, the schema version, every double booking, the audit trail's chain) on a copy of the
    cached clinic topped up with raw bookings, 13,000 of them legacy double bookings; then the
    command line's `check` on it, end to end (exit 1, listing them)."""
    from clinic_desktop.services import ClinicServices

    work = CACHE_DIR / "check-bench.db"
    remove_database(work)
    shutil.copyfile(spec.path, work)
    try:
        bookings = top_up_bookings(work, CHECK_BOOKINGS, CHECK_LEGACY_OVERLAPS)
        print(
            f"Timing check on {bookings['total']:,} bookings "
            f"({bookings['overlapping']:,} legacy double bookings)...",
            flush=True,
        )
        services = ClinicServices.open(str(work))
        try:
            store = services.store
            parts: dict[str, float] = {}
            started = time.perf_counter()
            store.integrity_problems()
            parts["engine_s"] = time.perf_counter() - started
            started = time.perf_counter()
            with store.read_transaction():
                store.appointments.overlaps()
            parts["double_bookings_s"] = time.perf_counter() - started
            started = time.perf_counter()
            services.audit.chain_verdict()
            parts["audit_trail_s"] = time.perf_counter() - started
            timed, found = [], []
            for _ in range(CHECK_REPEAT):
                started = time.perf_counter()
                found = services.clinic.check()
                timed.append(time.perf_counter() - started)
        finally:
            services.close()
        doubled = sum("double-book the same" in p for p in found)
        if doubled != bookings["overlapping"] or len(found) != doubled:
            problems.append(
                f"check on {bookings['total']:,} bookings reported {len(found)} problem(s), "
                f"{doubled} double bookings; {bookings['overlapping']} were written"
            )
        cli = run_child(app_command(work, "check"))
        listed = sum("double-book the same" in line for line in cli.output.splitlines())
        if cli.returncode != 1 or listed != bookings["overlapping"]:
            problems.append(
                f"the command line's check exited {cli.returncode}, listing {listed} double bookings"
            )
    finally:
        remove_database(work)
    result = {
        "bookings": bookings,
        "median_s": statistics.median(timed),
        "all_s": timed,
        **parts,
        "problems_reported": len(found),
        "cli_s": cli.seconds,
        "cli_exit": cli.returncode,
    }
    print(f"  check: {result['median_s']:.2f} s (median of {len(timed)}); command line {cli.seconds:.2f} s")
    return result


def print_check(check: dict[str, Any]) -> None:
    bookings = check["bookings"]
    print()
    print(
        f"check on {bookings['total']:,} bookings ({bookings['overlapping']:,} legacy double bookings, "
        f"{bookings['added']:,} written raw): {check['median_s']:.2f} s through the services (median of "
        f"{len(check['all_s'])}; integrity_check and foreign keys {check['engine_s']:.2f} s, double "
        f"bookings {check['double_bookings_s']:.2f} s, audit trail {check['audit_trail_s']:.2f} s); "
        f"`clinic-desktop check` {check['cli_s']:.2f} s, exit {check['cli_exit']} listing "
        f"{check['problems_reported']:,} problems"
    )


# --- the window ------------------------------------------------------------------------------------


@dataclass
class ChildRun:
    seconds: float
    returncode: int
    peak_rss: int | None  # bytes
    output: str
    reported: float | None = None  # "Start-up time: X s" printed by the child


def _peak_reader() -> Callable[[int], int | None]:
    """The highest resident memory of a process seen so far, in bytes.

    On Linux the kernel keeps it (VmHWM in /proc/PID/status), so sampling misses nothing but the
    last few milliseconds. Not ru_maxrss: subprocess starts children with vfork, and the kernel
    carries the parent's high-water mark across exec into the child's ru_maxrss, so every child
    of this (large) process would "use" at least what this process uses. Elsewhere: psutil's RSS.
    """
    if Path("/proc/self/status").exists():

        def from_proc(pid: int) -> int | None:
            try:
                lines = Path(f"/proc/{pid}/status").read_text().splitlines()
                fields = dict(line.split(":", 1) for line in lines if ":" in line)
                kb = [int(fields[k].split()[0]) for k in ("VmHWM", "VmRSS") if k in fields]
            except (OSError, ValueError):
                return None
            return max(kb) * 1024 if kb else None

        return from_proc
    try:
        import psutil
    except ImportError:
        return lambda _pid: None

    def from_psutil(pid: int) -> int | None:
        try:
            return int(psutil.Process(pid).memory_info().rss)
        except (psutil.Error, OSError):
            return None

    return from_psutil


def run_child(command: list[str]) -> ChildRun:
    """Run one child to its end: its wall-clock time, and its peak resident memory sampled every 20 ms."""
    read_peak = _peak_reader()
    with tempfile.TemporaryFile("w+") as out:
        started = time.perf_counter()
        # Popen returns once the child has exec'd, so every sample below is of the child itself.
        process = subprocess.Popen(command, cwd=ROOT, env=child_env(), stdout=out, stderr=subprocess.STDOUT)
        peak: dict[str, int | None] = {"rss": None}
        stop = threading.Event()

        def sample() -> None:
            while not stop.is_set():
                rss = read_peak(process.pid)
                if rss is not None and (peak["rss"] is None or rss > peak["rss"]):
                    peak["rss"] = rss
                stop.wait(SAMPLE_EVERY_S)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        process.wait()
        seconds = time.perf_counter() - started
        stop.set()
        sampler.join()
        out.seek(0)
        text = out.read()
    reported = None
    for line in text.splitlines():
        if line.startswith("Start-up time:"):
            try:
                reported = float(line.split()[2])
            except (IndexError, ValueError):
                reported = None
    return ChildRun(seconds, int(process.returncode), peak["rss"], text.strip(), reported)


def bench_window(path: Path, runs: int) -> tuple[dict[str, Any], dict[str, Any], list[str]]:
    problems: list[str] = []
    commands = {
        "gui": app_command(path, "gui", "--smoke"),
        "bare": [sys.executable, str(BARE_WINDOW)],
    }
    for key, command in commands.items():  # warm-up: byte code, fonts and the file in the OS cache
        warm = run_child(command)
        if warm.returncode != 0:
            problems.append(f"{key} start-up failed (exit {warm.returncode}): {warm.output[-500:]}")
    if problems:
        return {}, {}, problems
    done: dict[str, list[ChildRun]] = {"gui": [], "bare": []}
    for i in range(runs):
        order = ["gui", "bare"] if i % 2 == 0 else ["bare", "gui"]
        for key in order:
            child = run_child(commands[key])
            if child.returncode != 0:
                problems.append(f"{key} run {i + 1} failed (exit {child.returncode}): {child.output[-500:]}")
            done[key].append(child)
    gui_s = statistics.median(c.seconds for c in done["gui"])
    bare_s = statistics.median(c.seconds for c in done["bare"])
    reported = [c.reported for c in done["gui"] if c.reported is not None]
    startup = {
        "runs": runs,
        "gui_median_s": gui_s,
        "bare_median_s": bare_s,
        "ratio": gui_s / bare_s if bare_s > 0 else None,
        "gui_all_s": [c.seconds for c in done["gui"]],
        "bare_all_s": [c.seconds for c in done["bare"]],
        "gui_reported_first_view_median_s": statistics.median(reported) if reported else None,
        "command": commands["gui"],
    }

    def peaks(key: str) -> list[int]:
        return [c.peak_rss for c in done[key] if c.peak_rss is not None]

    gui_peaks, bare_peaks = peaks("gui"), peaks("bare")
    worst = max(gui_peaks) / 1e6 if gui_peaks else None
    memory = {
        "gui_peak_mb_max": worst,
        "gui_peak_mb_median": statistics.median(gui_peaks) / 1e6 if gui_peaks else None,
        "bare_peak_mb_max": max(bare_peaks) / 1e6 if bare_peaks else None,
        "goal_mb": MEMORY_GOAL_MB,
        "passed": worst is not None and worst < MEMORY_GOAL_MB,
        "method": "peak RSS of the child, sampled every 20 ms: VmHWM from /proc on Linux, else psutil RSS",
    }
    # The patient list in the real window: from choosing Patients to the first names on screen.
    listed = subprocess.run(
        [sys.executable, str(Path(__file__).parent / "patients_view_time.py"), str(path), str(max(3, runs))],
        capture_output=True, text=True, env=child_env(), timeout=300,
    )  # fmt: skip
    times = [float(x) for x in listed.stdout.split()] if listed.returncode == 0 else []
    if not times:
        problems.append(f"timing the patient list failed: {listed.stderr.strip()[-300:]}")
    else:
        startup["patients_view_ms"] = {
            "median": statistics.median(times),
            "max": max(times),
            "runs": len(times),
        }
    return startup, memory, problems


# --- report ----------------------------------------------------------------------------------------


def fmt_ms(value: float) -> str:
    if value >= 100:
        return f"{value:.1f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {
        "cpu_count": os.cpu_count(),
        "processor": platform.processor() or platform.machine(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "python_implementation": platform.python_implementation(),
        "sqlite": sqlite3.sqlite_version,
    }
    for module in ("PySide6", "peewee"):
        try:
            info[module] = __import__(module).__version__
        except (ImportError, AttributeError):
            info[module] = None
    try:
        with open("/proc/cpuinfo") as cpu:
            names = [line.split(":", 1)[1].strip() for line in cpu if line.startswith("model name")]
        if names:
            info["processor"] = names[0]
    except OSError:
        pass
    return info


def print_report(
    spec: ClinicSpec,
    build: dict[str, Any],
    results: list[OpResult],
    startup: dict[str, Any] | None,
    memory: dict[str, Any] | None,
    info: dict[str, Any],
    problems: list[str],
) -> None:
    print()
    print(f"clinic-desktop benchmark — {spec.describe()}, --now {NOW}")
    print(f"database: {spec.path.relative_to(ROOT)}")
    seconds = build.get("seconds")
    goal = (
        ""
        if seconds is None
        else (f" (goal < {BUILD_GOAL_S:.0f} s: {'PASS' if seconds < BUILD_GOAL_S else 'FAIL'})")
    )
    if build["status"] == "built":
        print(f"build: {seconds:.1f} s{goal}  — {build.get('output', '')}")
    else:
        earlier = f", built earlier in {seconds:.1f} s{goal}" if seconds is not None else ""
        print(f"build: cached{earlier}")
    print()
    headers = ("operation", "p50 ms", "p95 ms", "raw sqlite p50 ms", "ratio", "runs", "rows")
    lines = [
        (
            r.operation,
            fmt_ms(r.p50_ms),
            fmt_ms(r.p95_ms),
            fmt_ms(r.raw_p50_ms),
            f"{r.ratio:.1f}x" + (" !" if r.ratio > RATIO_WARN else ""),
            str(r.runs),
            r.rows,
        )
        for r in results
    ]
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(headers)]
    left = {0, 6}

    def row(cells: Sequence[str]) -> str:
        padded = zip(cells, widths, strict=True)
        return " | ".join(c.ljust(w) if i in left else c.rjust(w) for i, (c, w) in enumerate(padded)).rstrip()

    print(row(headers))
    print("-+-".join("-" * w for w in widths))
    for line in lines:
        print(row(line))
    if any(r.ratio > RATIO_WARN for r in results):
        print(f"  ! services take more than {RATIO_WARN:.0f}x the time of the same SQL run raw")
    print()
    if startup:
        ratio = startup["ratio"]
        first = startup.get("gui_reported_first_view_median_s")
        own = f"; the app's own first-view time {first:.3f} s" if first is not None else ""
        print(
            f"start-up (median of {startup['runs']}, wall clock, fresh process): gui --smoke "
            f"{startup['gui_median_s']:.3f} s, bare PySide6 window {startup['bare_median_s']:.3f} s, "
            f"ratio {ratio:.2f}x{own}"
        )
    listing = (startup or {}).get("patients_view_ms")
    if listing:
        print(
            f"patient list in the window (50,000-row model, first names on screen): median "
            f"{listing['median']:.0f} ms, worst {listing['max']:.0f} ms of {listing['runs']} — "
            f"goal < 200 ms: {'PASS' if listing['median'] < 200 else 'FAIL'}"
        )
    if memory and memory.get("gui_peak_mb_max") is not None:
        bare = memory.get("bare_peak_mb_max")
        bare_text = f"; bare PySide6 window {bare:.0f} MB" if bare is not None else ""
        print(
            f"memory: gui --smoke peak RSS {memory['gui_peak_mb_max']:.0f} MB "
            f"(median {memory['gui_peak_mb_median']:.0f} MB){bare_text} — goal < {MEMORY_GOAL_MB:.0f} MB: "
            f"{'PASS' if memory['passed'] else 'FAIL'}"
        )
    print(
        f"machine: {info['cpu_count']} CPUs ({info['processor']}), Python {info['python']}, "
        f"SQLite {info['sqlite']}, PySide6 {info['PySide6']}, peewee {info['peewee']}, {info['platform']}"
    )
    if problems:
        print()
        print("problems:")
        for problem in problems:
            print(f"  - {problem}")
    print(f"results: {RESULTS_PATH.relative_to(ROOT)}")


# --- command line ----------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    for key in FULL:
        parser.add_argument(f"--{key}", type=int, help=f"default {FULL[key]} ({QUICK[key]} with --quick)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=30, help="timed runs per operation (default 30)")
    parser.add_argument("--quick", action="store_true", help="a small clinic for a fast sanity run")
    parser.add_argument("--gui-runs", type=int, default=5, help="start-up runs of each window (default 5)")
    parser.add_argument("--no-gui", action="store_true", help="skip the start-up and memory measurements")
    parser.add_argument("--rebuild", action="store_true", help="build the clinic again even if it is cached")
    parser.add_argument(
        "--no-check",
        action="store_true",
        help=f"skip timing `check` on {CHECK_BOOKINGS:,} bookings (a copy of the clinic, topped up)",
    )
    parser.add_argument(
        "--no-postgresql",
        action="store_true",
        help="skip the same operations on a throwaway PostgreSQL server (built anew each run)",
    )
    parser.add_argument(
        "--import-rows",
        type=int,
        help="patients in the import benchmark, import_bench.py (default 100000, 5000 with --quick; 0: skip)",
    )
    parser.add_argument(
        "--audit-entries",
        type=int,
        default=500_000,
        help="entries in the audit trail `audit verify` is timed on (audit_verify.py; 0 skips it)",
    )
    args = parser.parse_args(argv)
    if args.import_rows is None:
        args.import_rows = 5_000 if args.quick else 100_000
    if args.repeat < 1 or args.gui_runs < 1:
        parser.error("--repeat and --gui-runs must be at least 1")
    sizes = QUICK if args.quick else FULL
    for key, value in sizes.items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))  # `python benchmarks/bench.py` from a checkout without install
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # This process is the workstation its children are (child_env): what it writes itself (a
    # token, bookings through the services) is signed with the clinic's audit key kept there.
    os.environ["XDG_CONFIG_HOME"] = str(CACHE_DIR / "config")
    spec = ClinicSpec(args.patients, args.providers, args.years, args.seed)

    build = ensure_clinic(spec, args.rebuild)
    if build["status"] == "built":
        print(f"Built in {build['seconds']:.1f} s: {build['output']}")
    else:
        print(f"Clinic: cached ({spec.path.name})")

    print(f"Timing the services against raw sqlite3 ({args.repeat} runs each)...", flush=True)
    results, problems = bench_operations(spec.path, args.repeat)

    check = None if args.no_check else bench_check(spec, problems)

    startup: dict[str, Any] | None = None
    memory: dict[str, Any] | None = None
    if not args.no_gui:
        print(f"Starting the window and a bare PySide6 window ({args.gui_runs} runs each)...", flush=True)
        startup, memory, window_problems = bench_window(spec.path, args.gui_runs)
        problems += window_problems

    moments: dict[str, Any] | None = None
    if not args.no_gui:
        from moments import bench_moments

        print(f"The moments a person waits, as whole processes ({args.gui_runs} runs each)...", flush=True)
        moments, moment_problems = bench_moments(spec.path, args.gui_runs)
        problems += moment_problems

    postgresql: dict[str, Any] | None = None
    if not args.no_postgresql:
        from postgresql import bench_postgresql

        pg_results, pg_build, pg_problems = bench_postgresql(spec, args.repeat)
        problems += pg_problems
        postgresql = {
            "build": {k: v for k, v in pg_build.items() if k not in ("round_trips", "booking")},
            "operations": [asdict(r) for r in pg_results],
            "round_trips": pg_build.get("round_trips"),
            "booking": pg_build.get("booking"),
        }

    imported: dict[str, Any] | None = None
    if args.import_rows:
        from import_bench import bench_import, print_import

        imported, import_problems = bench_import(args.import_rows, postgresql=not args.no_postgresql)
        problems += import_problems
    audit: dict[str, Any] | None = None
    if args.audit_entries > 1:
        from audit_verify import bench_audit_verify
        from audit_verify import report as report_audit

        print(f"Timing audit verify on a {args.audit_entries:,}-entry trail...", flush=True)
        audit = bench_audit_verify(args.audit_entries, postgresql=not args.no_postgresql)

    info = machine()
    print_report(spec, build, results, startup, memory, info, problems)
    if postgresql is not None and postgresql["operations"]:
        print_postgresql(postgresql, results)
    if check is not None:
        print_check(check)
    if imported:
        print_import(imported, args.import_rows)
    if audit is not None:
        print()
        report_audit(audit)
    if moments is not None:
        from moments import print_moments

        print_moments(moments, postgresql, results)
    RESULTS_PATH.write_text(
        json.dumps(
            {
                "when": _stamp(),
                "now": NOW,
                "clinic": {**asdict(spec), "path": str(spec.path), "build": build},
                "repeat": args.repeat,
                "operations": [asdict(r) for r in results],
                "startup": startup,
                "memory": memory,
                "postgresql": postgresql,
                "moments": moments,
                "check": check,
                "import": imported,
                "audit_verify": audit,
                "machine": info,
                "problems": problems,
                "goals": {"build_s": BUILD_GOAL_S, "memory_mb": MEMORY_GOAL_MB, "ratio_warn": RATIO_WARN},
            },
            indent=2,
        )
        + "\n"
    )
    return 1 if problems else 0


def print_postgresql(postgresql: dict[str, Any], sqlite: list[OpResult]) -> None:
    """The same operations on PostgreSQL, beside their SQLite figures."""
    on_sqlite = {r.operation: r for r in sqlite}
    seconds = postgresql["build"].get("seconds")
    print()
    print(
        f"on PostgreSQL (the same clinic, built in {seconds:.1f} s; floor: the same statements, raw psycopg2)"
    )
    headers = ["operation", "p50 ms", "p95 ms", "raw p50 ms", "ratio", "SQLite p50 ms"]
    rows = []
    for r in postgresql["operations"]:
        twin = on_sqlite.get(r["operation"])
        flag = " !" if r["ratio"] > RATIO_WARN else ""
        rows.append([r["operation"], fmt_ms(r["p50_ms"]), fmt_ms(r["p95_ms"]), fmt_ms(r["raw_p50_ms"]),
                     f"{r['ratio']:.1f}x{flag}", fmt_ms(twin.p50_ms) if twin else "-"])  # fmt: skip
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        return " | ".join(
            c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    print(line(headers))
    print("-+-".join("-" * w for w in widths))
    for row in rows:
        print(line(row))


def _stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


if __name__ == "__main__":
    sys.exit(main())
