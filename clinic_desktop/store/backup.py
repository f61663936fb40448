"""Copies of the clinic database that can be trusted: taken while it is in use, checked before they
are believed, and put back whole.

SQLite. A copy is made with the online backup API (``sqlite3.Connection.backup``) in one step: it
reads one snapshot of the database, so a copy taken while another workstation books is the clinic
as it was at one instant, never a file caught half-written (which copying the file itself, its WAL
beside it, can give). The copy goes to a temporary file beside the target and is renamed into
place, so a crash leaves the old file or the new one and never a torn one; it is stored as one
self-contained file (rollback journal, not WAL) that can be mailed or opened anywhere. A restore
copies the backup *into* the open database through the same API: one write transaction, so other
connections (the GUI's threads, other workstations) see the old clinic or the restored one, and
the database file is never swapped under a connection that still has it open (which would split
it from its WAL and lose or corrupt what they write next).

PostgreSQL. The server's own tools: ``pg_dump`` in custom format, from a snapshot exported by a
REPEATABLE READ transaction so that the counts reported are those of the dump; a restore runs the
dump's SQL through ``psql --single-transaction`` after dropping the current tables, so a failure
half-way changes nothing.

Nothing here decides *whether* to back up or restore, or where backups live: that is the service's.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from peewee import Database, PostgresqlDatabase, SqliteDatabase

from clinic_desktop import private_files
from clinic_desktop.domain.audit import GENESIS, AuditEntry
from clinic_desktop.domain.backups import parse_backup_name
from clinic_desktop.domain.errors import ClinicError, ConflictError, SchemaError, ValidationError
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.store import models as m
from clinic_desktop.store.audit import AUDIT_HEAD, AuditRecords
from clinic_desktop.store.connection import DatabaseLocation, default_database_path, redact_password
from clinic_desktop.store.faults import ClinicSqliteDatabase
from clinic_desktop.store.migrations import SCHEMA_VERSION, VERSION_KEY

if TYPE_CHECKING:
    from clinic_desktop.store.repositories import Store

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_CUSTOM_MAGIC = b"PGDMP"
COUNTED = {
    "patients": m.Patient._meta.table_name,
    "providers": m.Provider._meta.table_name,
    "appointments": m.Appointment._meta.table_name,
    "treatments": m.Treatment._meta.table_name,
}
#: restore_sqlite's ``prepare``: given the staged copy (the models bound to it) and its schema version.
Preparer = Callable[["Store", int], None]
#: restore_postgresql's ``seal``: given the archive's audit head, schema version and database_info
#: (key to value: its audit key records among them), the entry to add, or the statements to run
#: instead (the restore's record kept beside the trail while its key is lost: AuditRecords).
Sealer = Callable[[tuple[int, str], int, dict[str, str]], "AuditEntry | list[Any]"]
# pg_restore's refusal of a file (a marked template: the file's name, pg_restore's last words).
UNREADABLE_ARCHIVE = QT_TR_NOOP("{name} could not be read as a PostgreSQL backup ({reason})")
PG_LOCK_TIMEOUT = "30s"  # a restore waits this long for other workstations' open transactions


@dataclass(frozen=True)
class Snapshot:
    """What a verified backup file holds."""

    path: Path
    size: int
    schema_version: int
    counts: dict[str, int]


def file_kind(path: Path) -> str:
    """'sqlite', 'postgresql' (a pg_dump custom archive) or 'unknown', from the first bytes."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError:
        return "unknown"
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(PG_CUSTOM_MAGIC):
        return "postgresql"
    return "unknown"


def require_readable(path: Path) -> None:
    if not path.exists():
        raise ValidationError(QT_TR_NOOP("There is no file {path}."), path=str(path))
    if not path.is_file():
        raise ValidationError(QT_TR_NOOP("{path} is a folder, not a backup file."), path=str(path))


def free_path(path: Path) -> Path:
    """``path``, or ``name-2.ext``, ``name-3.ext``... if it is taken: a kept database is never
    overwritten by the next one."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


@contextmanager
def _partial(target: Path) -> Iterator[Path]:
    """A temporary file beside ``target``, renamed onto it when the block succeeds, removed when it
    fails: the target is always a complete file or untouched. A backup holds every patient's
    record, so the file is its owner's only from its creation (clinic_desktop.private_files); the
    partial files that earlier backups killed half-way left in that folder are removed first."""
    private_files.remove_stale_partials(target.parent)
    with private_files.replacing(target) as temporary:
        yield temporary


# --- SQLite ---------------------------------------------------------------------------------------


def copy_sqlite(source: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent copy of the database open on ``source`` to ``target`` (replacing it).

    One backup step copies every page under one read snapshot, so writers on other connections
    neither wait nor tear the copy (WAL). The copy is switched to a rollback journal: a single file.
    """
    with _partial(target) as temporary, closing(sqlite3.connect(temporary)) as copy:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")
    return target


def _open_read_only(path: Path) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return sqlite3.connect(uri, uri=True)


def sqlite_snapshot(path: Path) -> Snapshot:
    """Check a SQLite file without changing it: readable, undamaged (integrity and foreign keys),
    a clinic database, of a schema this software knows. Refusals say which of those failed."""
    require_readable(path)
    if file_kind(path) != "sqlite":
        raise ValidationError(
            QT_TR_NOOP("{name} is not a clinic database backup (it is not a SQLite file)."), name=path.name
        )
    try:
        with closing(_open_read_only(path)) as connection:
            problems = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise ValidationError(
                    QT_TR_NOOP("{name} is damaged and cannot be restored (SQLite reports: {problem})."),
                    name=path.name,
                    problem=problems[0],
                )
            if connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise ValidationError(
                    QT_TR_NOOP("{name} has rows pointing to missing records; it was not used."),
                    name=path.name,
                )
            tables = {
                str(r[0]) for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            version = _sqlite_version(connection, tables, path)
            counts = {
                what: int(connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
                for what, table in COUNTED.items()
                if table in tables
            }
    except sqlite3.DatabaseError as exc:
        raise ValidationError(
            QT_TR_NOOP("{name} cannot be read as a clinic database ({problem})."),
            name=path.name,
            problem=str(exc),
        ) from exc
    _require_known(version, path)
    return Snapshot(path, path.stat().st_size, version, counts)


def _sqlite_version(connection: sqlite3.Connection, tables: set[str], path: Path) -> int:
    info = m.DatabaseInfo._meta.table_name
    row = None
    if info in tables:
        row = connection.execute(f'SELECT "value" FROM "{info}" WHERE "key" = ?', (VERSION_KEY,)).fetchone()
    if row is None:
        raise ValidationError(
            QT_TR_NOOP("{name} is a SQLite database but not a clinic database."), name=path.name
        )
    return int(row[0])


def _require_known(version: int, path: Path) -> None:
    if version > SCHEMA_VERSION:
        raise SchemaError(
            QT_TR_NOOP(
                "{name} was written by a newer version of the software (schema "
                "{version}; this version knows up to {known}). Update the software "
                "before restoring it."
            ),
            name=path.name,
            version=version,
            known=SCHEMA_VERSION,
        )
    if version < 1:
        raise ValidationError(
            QT_TR_NOOP("{name} records no schema version; it is not a clinic database."), name=path.name
        )


def sqlite_connection(database: Database) -> sqlite3.Connection:
    """The calling thread's own connection to the open database (peewee keeps one per thread)."""
    if not isinstance(database, SqliteDatabase):
        raise TypeError("not a SQLite database")
    connection: sqlite3.Connection = database.connection()
    return connection


def backup_sqlite(database: Database, target: Path) -> Snapshot:
    """A verified copy of the open database at ``target``; a copy that fails the check is deleted."""
    copy_sqlite(sqlite_connection(database), target)
    try:
        return sqlite_snapshot(target)
    except Exception:
        target.unlink(missing_ok=True)
        raise


def restore_sqlite(
    database: Database, source: Path, keep: Path | None, prepare: Preparer | None = None
) -> Snapshot:
    """Replace the open database's contents with the backup at ``source``.

    The backup is first copied to a staging file beside the database and *that* copy is checked,
    so what is restored is exactly what was verified (the source may be on a network share or be
    written to meanwhile). ``prepare`` then works on the staged copy (given it open, with the
    models bound to it in this thread, and its schema version): the caller migrates it and writes
    the restore into its audit trail, so what is put in place already records that it was
    restored. Then the current database is copied to ``keep``, and only then replaced, in one
    transaction, through the backup API into the open connection. Returns the staged backup's
    facts (without prepare its schema may be older: the caller migrates).
    """
    live = sqlite_connection(database)
    file_path = Path(database.database)
    sqlite_snapshot(source)  # a clear refusal before anything is written
    with _staging(file_path) as staged:
        with closing(_open_read_only(source)) as reading, closing(sqlite3.connect(staged)) as copy:
            reading.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
            _match_page_size(copy, live)
        snapshot = sqlite_snapshot(staged)
        if prepare is not None:
            with _models_on(staged) as copy:
                prepare(copy, snapshot.schema_version)
        if keep is not None:
            copy_sqlite(live, keep)
        put_back_sqlite(database, staged)
    return Snapshot(source, source.stat().st_size, snapshot.schema_version, snapshot.counts)


@contextmanager
def _models_on(path: Path) -> Iterator[Store]:
    """The SQLite file at ``path`` open as a Store, the models bound to it in this thread
    (models.bound_here), so that the same repositories and transactions work on it."""
    from clinic_desktop.store.repositories import Store  # repositories is built on this module's peers

    copy = ClinicSqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    copy.connect()
    try:
        with m.bound_here(copy):
            yield Store(copy, DatabaseLocation("sqlite", path=path))
    finally:
        copy.close()


def put_back_sqlite(database: Database, source: Path) -> None:
    """Copy ``source`` into the open database in one transaction (no checks: the caller made them)."""
    live = sqlite_connection(database)
    if live.in_transaction:
        raise ConflictError(QT_TR_NOOP("The database is in the middle of a change; try the restore again."))
    with closing(_open_read_only(source)) as reading:
        reading.backup(live)


def _match_page_size(copy: sqlite3.Connection, live: sqlite3.Connection) -> None:
    """A WAL database cannot take a copy of another page size: rebuild the staged copy to match."""
    wanted = int(live.execute("PRAGMA page_size").fetchone()[0])
    if int(copy.execute("PRAGMA page_size").fetchone()[0]) != wanted:
        copy.execute(f"PRAGMA page_size = {wanted}")
        copy.execute("VACUUM")


@contextmanager
def _staging(file_path: Path) -> Iterator[Path]:
    staged = private_files.temporary_beside(file_path, ".restoring")
    try:
        yield staged
    finally:
        for leftover in (staged, *(staged.with_name(staged.name + s) for s in ("-wal", "-shm", "-journal"))):
            with suppress(FileNotFoundError):
                leftover.unlink()


# --- PostgreSQL -----------------------------------------------------------------------------------


def backup_folder(location: DatabaseLocation) -> Path:
    """Automatic backups: beside a SQLite file (``clinic-backups/`` for ``clinic.db``), where
    whoever copies the database folder takes them along; for a server database, in the user's
    data folder, one folder per server and database."""
    if location.kind == "sqlite":
        assert location.path is not None
        return location.path.parent / f"{location.path.stem}-backups"
    assert location.url is not None
    parts = urlsplit(location.url)
    name = f"{parts.hostname or 'localhost'}-{parts.port or 5432}-{parts.path.strip('/') or 'clinic'}"
    return default_database_path().parent / "backups" / name


def restore_advice(location: DatabaseLocation | str) -> Text:
    """How to put the last backup back, for a database found damaged: the command, naming the
    newest automatic backup in the backup folder (or the folder, when it holds none)."""
    from clinic_desktop import APP_NAME  # the package itself, for the program's name

    if not isinstance(location, DatabaseLocation):
        location = DatabaseLocation("sqlite", path=Path(location))
    folder = backup_folder(location)
    suffix = ".db" if location.kind == "sqlite" else ".dump"
    dated: list[tuple[datetime, Path]] = []
    with suppress(OSError):  # no folder, or one that cannot be read: no backup to name
        for path in folder.iterdir():
            taken = parse_backup_name(path.name)
            if taken is not None and path.suffix == suffix and path.is_file():
                dated.append((taken, path))
    command = f"{APP_NAME} --db {shlex.quote(location.display)} restore"
    if not dated:
        return Text(
            QT_TR_NOOP(
                "{command} BACKUP-FILE (no automatic backup was found in {folder}), "
                "or File > Backup and restore… in the window."
            ),
            command=command,
            folder=str(folder),
        )
    newest = max(dated)[1]
    return Text(
        QT_TR_NOOP(
            "{command} {backup} (the newest automatic backup), or File > Backup and restore… in the window."
        ),
        command=command,
        backup=shlex.quote(str(newest)),
    )


def pg_tool(name: str) -> str:
    """The path of a PostgreSQL client program, or a refusal that says what to install."""
    found = shutil.which(name)
    if found is None:
        raise SchemaError(
            QT_TR_NOOP(
                "The PostgreSQL program {name} was not found on this computer (it is "
                "not on the PATH). Install the PostgreSQL client tools (the same major "
                "version as the server or newer) and try again."
            ),
            name=name,
        )
    return found


def _pg_target(url: str) -> tuple[str, dict[str, str]]:
    """libpq's connection URI without the password, and the environment that carries it (never on
    a command line, where other users of the computer could read it)."""
    parts = urlsplit(url)
    environment = dict(os.environ)
    if parts.password is not None:
        environment["PGPASSWORD"] = unquote(parts.password)
    return redact_password(url), environment


def _run(
    command: list[str],
    environment: dict[str, str],
    failure: str,
    error: type[ClinicError] = ConflictError,
    **fields: Any,
) -> subprocess.CompletedProcess[bytes]:
    """Run a PostgreSQL program; a failure is refused with ``failure`` (a marked template whose
    ``{reason}`` is the program's last words, with ``fields``)."""
    result = subprocess.run(command, env=environment, capture_output=True, check=False)
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = next((line for line in reversed(detail) if line.strip()), f"exit status {result.returncode}")
        raise error(failure, reason=reason.strip(), **fields)
    return result


def backup_postgresql(database: Database, url: str, target: Path) -> Snapshot:
    """``pg_dump -Fc`` of the open database to ``target`` (written beside it, then renamed)."""
    if not isinstance(database, PostgresqlDatabase):
        raise TypeError("not a PostgreSQL database")
    pg_dump = pg_tool("pg_dump")
    pg_tool("pg_restore")  # the check below needs it; say so before the dump is taken
    dbname, environment = _pg_target(url)
    with _partial(target) as temporary:
        with database.atomic("REPEATABLE READ"):
            snapshot_id = str(database.execute_sql("SELECT pg_export_snapshot()").fetchone()[0])
            row = database.execute_sql(
                f'SELECT "value" FROM "{m.DatabaseInfo._meta.table_name}" WHERE "key" = %s', (VERSION_KEY,)
            ).fetchone()
            tables = set(database.get_tables())
            counts = {
                what: int(database.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
                for what, table in COUNTED.items()
                if table in tables
            }
            _run(
                [pg_dump, "--format=custom", f"--snapshot={snapshot_id}", f"--file={temporary}",
                 "--no-password", f"--dbname={dbname}"],
                environment,
                QT_TR_NOOP("pg_dump could not back up the database ({reason})"),
            )  # fmt: skip
        archive_version(temporary)
    version = int(row[0]) if row is not None else 0
    return Snapshot(target, target.stat().st_size, version, counts)


def archive_version(path: Path) -> int:
    """Check a pg_dump custom archive without restoring it: pg_restore reads its table of contents
    and the schema version in its database_info data. Returns the version."""
    return _archive(path)[0]


def _listing(pg_restore: str, path: Path, environment: dict[str, str]) -> bytes:
    """The archive's table of contents (pg_restore --list); refused when it is not one."""
    return _run(
        [pg_restore, "--list", str(path)],
        environment,
        UNREADABLE_ARCHIVE,
        ValidationError,
        name=path.name,
    ).stdout


def _archive(path: Path) -> tuple[int, dict[str, str], bytes]:
    """archive_version's check, and what it read: the version, the archive's database_info (key to
    value) and its table of contents."""
    require_readable(path)
    if file_kind(path) != "postgresql":
        raise ValidationError(
            QT_TR_NOOP(
                "{name} is not a PostgreSQL backup (a pg_dump custom-format archive). It is a SQLite "
                "clinic database."
            )
            if file_kind(path) == "sqlite"
            else QT_TR_NOOP("{name} is not a PostgreSQL backup (a pg_dump custom-format archive)."),
            name=path.name,
        )
    pg_restore = pg_tool("pg_restore")
    environment = dict(os.environ)
    contents = _listing(pg_restore, path, environment)
    info = m.DatabaseInfo._meta.table_name
    if f" TABLE DATA public {info} ".encode() not in contents:
        raise ValidationError(
            QT_TR_NOOP("{name} is a PostgreSQL backup but not of a clinic database."), name=path.name
        )
    data = _run(
        [pg_restore, "--data-only", f"--table={info}", "--file=-", str(path)],
        environment,
        UNREADABLE_ARCHIVE,
        ValidationError,
        name=path.name,
    ).stdout.decode("utf-8", "replace")
    values = {}
    for line in data.splitlines():
        key, tab, value = line.partition("\t")
        if tab:
            values[key] = value.strip()
    version = int(values[VERSION_KEY]) if values.get(VERSION_KEY, "").isdigit() else 0
    _require_known(version, path)
    return version, values, contents


# Every table, view, sequence and function of ours in the public schema; not those of extensions.
_PG_CLEAR = """
DO $clear$
DECLARE item record;
BEGIN
  FOR item IN
    SELECT c.relname AS name, CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
           WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS kind
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('DROP %s IF EXISTS public.%I CASCADE', item.kind, item.name);
  END LOOP;
  FOR item IN
    SELECT p.oid::regprocedure::text AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public'
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
  LOOP
    EXECUTE 'DROP ROUTINE IF EXISTS ' || item.name || ' CASCADE';
  END LOOP;
END
$clear$;
"""


def restore_postgresql(
    database: Database, url: str, source: Path, keep: Path, seal: Sealer | None = None
) -> Snapshot:
    """Replace the clinic's tables with those of the archive at ``source``, keeping a dump of the
    current database at ``keep`` first. One transaction (psql --single-transaction): the current
    tables are dropped and the archive's created and filled, or, on any error, nothing changes.

    ``seal``: given the head of the archive's audit trail (last id and hash) and its schema
    version, the entry that records this restore; it is written in the same transaction, so the
    restored database never stands without it. An archive from before the trail has none to add
    it to (seal is not called; the caller records the restore once the trail exists)."""
    if not isinstance(database, PostgresqlDatabase):
        raise TypeError("not a PostgreSQL database")
    version, info, contents = _archive(source)
    pg_restore, psql = pg_tool("pg_restore"), pg_tool("psql")
    dbname, environment = _pg_target(url)
    backup_postgresql(database, url, keep)
    with tempfile.TemporaryDirectory(prefix="clinic-restore-") as folder:
        work = Path(folder)
        listing = _listing(pg_restore, source, environment)
        # A comment on an extension needs its owner (often the server's superuser): leave it out.
        kept = [line for line in listing.splitlines() if b" COMMENT - EXTENSION " not in line]
        (work / "contents.list").write_bytes(b"\n".join(kept) + b"\n")
        script = private_files.create_file(work / "restore.sql")  # every patient's record, as SQL
        _run(
            [pg_restore, "--no-owner", "--no-privileges", f"--use-list={work / 'contents.list'}",
             f"--file={script}", str(source)],
            environment,
            UNREADABLE_ARCHIVE, ValidationError, name=source.name,
        )  # fmt: skip
        prelude = work / "clear.sql"
        prelude.write_text(f"SET lock_timeout = '{PG_LOCK_TIMEOUT}';\n{_PG_CLEAR}", encoding="utf-8")
        epilogue = []
        if seal is not None and f" TABLE DATA public {m.AuditEntry._meta.table_name} ".encode() in contents:
            last, _, digest = info.get(AUDIT_HEAD, f"0:{GENESIS}").partition(":")
            record = work / "record.sql"
            sealed = seal((int(last), digest), version, info)
            writes = sealed if isinstance(sealed, list) else AuditRecords().writes(sealed)
            record.write_text(_statements(database, writes))
            epilogue.append(f"--file={record}")
        if database.in_transaction():
            raise ConflictError(
                QT_TR_NOOP("The database is in the middle of a change; try the restore again.")
            )
        _run(
            [psql, "--no-psqlrc", "--quiet", "--no-password", "--set=ON_ERROR_STOP=1", "--single-transaction",
             f"--file={prelude}", f"--file={script}", *epilogue, f"--dbname={dbname}"],
            environment,
            QT_TR_NOOP("The restore failed and nothing was changed ({reason})"),
        )  # fmt: skip
    tables = set(database.get_tables())
    counts = {
        what: int(database.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
        for what, table in COUNTED.items()
        if table in tables
    }
    return Snapshot(source, source.stat().st_size, version, counts)


def _statements(database: Database, queries: list[Any]) -> str:
    """peewee queries as SQL text for psql, their values quoted by the driver itself, after the
    archive's script (which empties the search path: the clinic's tables are public's)."""
    cursor = database.cursor()
    lines = ["SELECT pg_catalog.set_config('search_path', 'public', false);"]
    for query in queries:
        sql, params = query.sql()
        lines.append(cursor.mogrify(sql, params).decode("utf-8") + ";")
    return "\n".join(lines) + "\n"


def put_back_postgresql(database: Database, url: str, source: Path) -> None:
    """Restore a dump this module just took (the database kept before a restore), keeping no other."""
    with tempfile.TemporaryDirectory(prefix="clinic-undo-") as folder:
        restore_postgresql(database, url, source, Path(folder) / "unused.dump")
