"""How long `audit verify` takes on a large audit trail (issue 18: the trail is keyed with
HMAC-SHA-256 and read in batches; a busy clinic writes thousands of entries a day).

Builds a throwaway clinic whose trail holds ENTRIES signed entries (the manager's account made,
then patients' charts opened and their details changed, as the application writes them: the
clinic's key is made by the first entry, the rest are signed with it and inserted in bulk), then
times the services'
check of the whole trail (AuditService.chain_verdict: the chain, the head, the accounts) REPEAT
times, in a fresh process's services. SQLite always; PostgreSQL too with --postgresql (the test
suite's throwaway server). It reports; it never fails for a time.

    QT_QPA_PLATFORM=offscreen python benchmarks/audit_verify.py [--entries N] [--repeat R] [--postgresql]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ENTRIES = 500_000
REPEAT = 3
CHUNK = 10_000


def _entries(first: int, count: int, previous: str, secret: bytes) -> Iterator[tuple[Any, ...]]:
    """Rows of the audit_entry table, hash-chained with the clinic's key, as the services write them."""
    from clinic_desktop.domain.audit import AuditEntry, entry_hash, plain

    start = datetime(2026, 1, 5, 8, tzinfo=UTC)
    for number in range(first, first + count):
        patient = number % 50_000 + 1
        at = start + timedelta(seconds=number * 7)
        if number % 3:
            entry = AuditEntry(number, at, "Dr Lind", "open", "patient", str(patient), None, None,
                               patient_id=patient)  # fmt: skip
        else:
            entry = AuditEntry(number, at, "Ana", "change", "patient", str(patient),
                               plain({"phone": "+12125550123", "email": ""}),
                               plain({"phone": "+12125550199", "email": f"p{patient}@example.com"}),
                               patient_id=patient)  # fmt: skip
        digest = entry_hash(entry, previous, secret)
        previous = digest
        yield (entry.id, at, entry.user, entry.action, entry.entity, entry.entity_id, entry.patient_id,
               _text(entry.before), _text(entry.after), digest)  # fmt: skip


def _text(values: dict[str, Any] | None) -> str | None:
    from clinic_desktop.domain.audit import to_json

    return to_json(values)


def build(location: str, count: int) -> float:
    """A clinic at ``location`` whose trail holds ``count`` entries; returns the seconds it took."""
    from clinic_desktop.services import ClinicServices
    from clinic_desktop.store import models as m
    from clinic_desktop.store.audit import AUDIT_HEAD
    from clinic_desktop.store.audit_keys import AuditKeyFolder

    began = time.perf_counter()
    services = ClinicServices.open(location)
    try:
        services.users.create_first_manager("Maria Boss", "bench manager password")  # makes the key
        clinic, _ = services.store.audit.keying()
        assert clinic is not None
        key = AuditKeyFolder().load(clinic)
        assert key is not None
        last, previous = services.store.audit.head()
        fields = [m.AuditEntry.id, m.AuditEntry.at, m.AuditEntry.user, m.AuditEntry.action,
                  m.AuditEntry.entity, m.AuditEntry.entity_id, m.AuditEntry.patient_id,
                  m.AuditEntry.before, m.AuditEntry.after, m.AuditEntry.hash]  # fmt: skip
        rows = _entries(last + 1, count - last, previous, key.secret)
        chunk: list[tuple[Any, ...]] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) == CHUNK:
                _insert(services, fields, chunk)
                previous, chunk = chunk[-1][-1], []
        if chunk:
            _insert(services, fields, chunk)
            previous = chunk[-1][-1]
        with services.store.write_transaction():
            m.put(m.DatabaseInfo, AUDIT_HEAD, f"{count}:{previous}")
        services.store.optimize()
    finally:
        services.close()
    return time.perf_counter() - began


def _insert(services: Any, fields: list[Any], chunk: list[tuple[Any, ...]]) -> None:
    from clinic_desktop.store import models as m

    with services.store.write_transaction():
        m.AuditEntry.insert_many(chunk, fields=fields).execute()


def time_verify(location: str, repeat: int) -> list[float]:
    """Seconds per whole check of the trail, each in services opened afresh (nothing cached)."""
    from clinic_desktop.services import ClinicServices

    seconds = []
    for _ in range(repeat):
        services = ClinicServices.open(location)
        try:
            began = time.perf_counter()
            verdict = services.audit.chain_verdict()
            seconds.append(time.perf_counter() - began)
            if not verdict.intact:
                raise SystemExit(f"the benchmark's trail did not verify: {verdict.message}")
        finally:
            services.close()
    return seconds


def bench_audit_verify(
    count: int = ENTRIES, repeat: int = REPEAT, postgresql: bool = False
) -> dict[str, Any]:
    """{engine: {entries, build_s, verify_s (median), per_second}} for SQLite (and PostgreSQL)."""
    results: dict[str, Any] = {}
    saved = os.environ.get("XDG_CONFIG_HOME")
    with tempfile.TemporaryDirectory(prefix="clinic-audit-bench-") as folder:
        os.environ["XDG_CONFIG_HOME"] = str(Path(folder) / "config")  # the throwaway clinic's key
        engines = [("SQLite", str(Path(folder) / "audit.db"), None)]
        server = None
        if postgresql:
            from tests.postgresql_server import PostgresServer, find_bindir

            server = PostgresServer(find_bindir())
            server.start()
            server.admin('CREATE DATABASE "audit_bench"')
            engines.append(("PostgreSQL", server.url("audit_bench"), server))
        try:
            for engine, location, _ in engines:
                built = build(location, count)
                times = time_verify(location, repeat)
                median = statistics.median(times)
                results[engine] = {"entries": count, "build_s": built, "verify_s": median,
                                   "per_second": count / median, "runs_s": times}  # fmt: skip
        finally:
            if server is not None:
                server.stop()
            if saved is None:
                os.environ.pop("XDG_CONFIG_HOME", None)
            else:
                os.environ["XDG_CONFIG_HOME"] = saved
    return results


def report(results: dict[str, Any]) -> None:
    for engine, r in results.items():
        print(
            f"audit verify, {r['entries']:,} entries on {engine}: {r['verify_s']:.2f} s median "
            f"({r['per_second']:,.0f} entries/s; runs {', '.join(f'{t:.2f}' for t in r['runs_s'])} s; "
            f"trail built in {r['build_s']:.1f} s)"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--entries", type=int, default=ENTRIES, help=f"default {ENTRIES:,}")
    parser.add_argument("--repeat", type=int, default=REPEAT, help=f"default {REPEAT}")
    parser.add_argument("--postgresql", action="store_true", help="also on a throwaway PostgreSQL server")
    args = parser.parse_args(argv)
    if args.entries < 2 or args.repeat < 1:
        parser.error("--entries must be at least 2 and --repeat at least 1")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    report(bench_audit_verify(args.entries, args.repeat, args.postgresql))
    return 0


if __name__ == "__main__":
    sys.exit(main())
