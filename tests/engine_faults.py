"""Faults of the database engine, made for real: a damaged page in a SQLite file, and a full disk on
either engine (SQLite: ``PRAGMA max_page_count`` caps the file at the size it has, so the next
write that needs another page fails with SQLITE_FULL, as on a full disk; PostgreSQL: a trigger
raises SQLSTATE 53100 disk_full with the server's own words, as the server does when it cannot
extend a file, after a few rows of the same transaction are already written), and a page that
PostgreSQL cannot read back (a trigger raising XX001 data_corrupted with the server's words)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import psycopg2

# More appointments than this in the table and the next one is refused as on a full disk.
PG_ROOM_FOR = 3
PG_FULL_DISK = f"""
CREATE FUNCTION test_disk_is_full() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(*) FROM appointment) >= {PG_ROOM_FOR} THEN
    RAISE EXCEPTION 'could not extend file "base/16384/16420": No space left on device'
      USING ERRCODE = 'disk_full', HINT = 'Check free disk space.';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER test_disk_is_full BEFORE INSERT ON appointment
  FOR EACH ROW EXECUTE FUNCTION test_disk_is_full();
"""
# A page the server cannot read back, as PostgreSQL reports one (SQLSTATE XX001 data_corrupted).
PG_DAMAGED_PAGE = """
CREATE FUNCTION test_damaged_page() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'invalid page in block 7 of relation base/16384/16420' USING ERRCODE = 'data_corrupted';
END $$;
CREATE TRIGGER test_damaged_page BEFORE INSERT ON patient FOR EACH ROW EXECUTE FUNCTION test_damaged_page();
"""
PG_DISK_FREED = "DROP TRIGGER test_disk_is_full ON appointment; DROP FUNCTION test_disk_is_full();"
LARGEST_SQLITE_FILE = 1_073_741_823  # pages: SQLite's own default cap


def postgresql(url: str, sql: str) -> None:
    connection = psycopg2.connect(url)
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute(sql)
    finally:
        connection.close()


def sqlite_pages(path: str | Path) -> int:
    """The pages the SQLite file holds now (its WAL included)."""
    with closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("PRAGMA page_count").fetchone()[0])


def damage_page(path: str | Path, name: str, part: str = "header") -> int:
    """Overwrite part of the root page of table or index ``name`` (somewhere in the middle of the
    file), as a failing disk would: its ``header`` with 0xFF (SQLite then refuses to read it at
    all: "database disk image is malformed"), or the end of its ``cells`` with zeros (it still
    reads, and only the integrity check finds what is missing). Returns the page's number. Every
    connection must be closed first: what is in the WAL is folded in, so the damage is what
    SQLite reads."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = int(
            connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
        )
        page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
        pages = int(connection.execute("PRAGMA page_count").fetchone()[0])
    assert 1 < root < pages, f"{name}'s root page {root} is not in the middle of {pages} pages"
    with open(path, "r+b") as handle:
        if part == "header":
            handle.seek((root - 1) * page_size)
            handle.write(b"\xff" * 64)
        else:
            handle.seek(root * page_size - 64)
            handle.write(b"\x00" * 64)
    return root
