"""Why the patient search uses a token table and not SQLite FTS5: both measured on the same clinic.

    python benchmarks/search_strategies.py [path/to/clinic.db]

Runs the same name-fragment look-ups ('smi jo': every word a prefix, any order) against
(a) the application's token table (B-tree prefix ranges, INTERSECT) and (b) an FTS5 index built
here on a temporary copy, and prints p50/p95 for each. Phone suffix look-ups are only possible in
(a) without a second index. The database given is never modified.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from clinic_desktop.domain.patients import fold, name_tokens  # noqa: E402

DEFAULT = Path(__file__).parent / ".cache" / "clinic-p50000-v8-y3-s1.db"


def upper(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def main() -> int:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not source.exists():
        print(f"{source} does not exist: run make bench first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "copy.db"
        shutil.copy(source, path)
        con = sqlite3.connect(path)
        rows = con.execute("SELECT id, given_name, family_name, preferred_name FROM patient").fetchall()
        started = time.perf_counter()
        con.execute(
            "CREATE VIRTUAL TABLE patient_fts USING fts5(names, tokenize='unicode61 remove_diacritics 2')"
        )
        con.executemany(
            "INSERT INTO patient_fts (rowid, names) VALUES (?, ?)",
            [(pid, " ".join(sorted(name_tokens(g, f, p)))) for pid, g, f, p in rows],
        )
        con.commit()
        built = time.perf_counter() - started
        sample = rows[:: max(1, len(rows) // 200)][:200]
        queries = [[fold(f)[:3], fold(g)[:2]] for _, g, f, _ in sample] + [
            [fold(f)[:1]] for _, _, f, _ in sample[:50]
        ]

        def tokens(words: list[str]) -> int:
            sql = " INTERSECT ".join(
                ["SELECT patient_id FROM patient_token WHERE token >= ? AND token < ?"] * len(words)
            )
            params = [p for w in words for p in (f"n:{w}", upper(f"n:{w}"))]
            return len(
                con.execute(f"SELECT id FROM patient WHERE id IN ({sql}) LIMIT 400", params).fetchall()
            )

        def fts(words: list[str]) -> int:
            match = " ".join(f'"{w}"*' for w in words)
            sql = (
                "SELECT id FROM patient WHERE id IN "
                "(SELECT rowid FROM patient_fts WHERE patient_fts MATCH ?) LIMIT 400"
            )
            return len(con.execute(sql, (match,)).fetchall())

        for name, run in (("token table", tokens), ("FTS5", fts)):
            times, found = [], 0
            for words in queries * 3:
                t = time.perf_counter_ns()
                found += run(words)
                times.append((time.perf_counter_ns() - t) / 1e6)
            times.sort()
            p95 = times[int(len(times) * 0.95) - 1]
            print(f"{name:12} p50 {statistics.median(times):6.3f} ms  p95 {p95:6.3f} ms  ({found} rows)")
        print(f"FTS5 index built in {built:.1f} s for {len(rows):,} patients")
        con.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
