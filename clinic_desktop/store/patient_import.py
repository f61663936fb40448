"""A patient import's writes, staged so that no other workstation is locked out (issue 18).

Importing 100,000 patients once held the clinic's write lock for a quarter of an hour: a booking
at another desk waited 5 s and failed with "database is locked". Now the service checks every line
against one snapshot of the clinic without any lock, and this module does the writing in three
steps:

1. **Staging.** The rows the import will write wait in *temporary* tables of the import's own
   connection (``import_*``). SQLite writes a connection's temporary tables without taking the
   database's write lock; on PostgreSQL nobody else can see or lock them. Both engines drop them
   when the connection ends, so a killed import leaves no staging rows behind (``close_staging``
   drops them at once otherwise).
2. **Moving.** ``move_patients`` and ``move_entries`` copy the staged rows into the clinic's tables
   in one write transaction of bulk statements (INSERT ... SELECT, UPDATE ... FROM): every line or
   none, in about as long as the database needs to write them. The audit entries go with them,
   hashed beforehand.
3. **Indexing.** The new patients' search words (three to ten rows each, the bulk of the writing)
   follow in short transactions (``index_new``). Until then the new patients are listed but not
   yet found by a search; a marker in database_info (``INDEX_PENDING``) says so, and whoever opens
   the clinic next finishes the work should the import have been stopped (``unindexed``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any

from peewee import BooleanField, DateField, SqliteDatabase

from clinic_desktop.domain.audit import GENESIS
from clinic_desktop.domain.patients import PatientStatus, free_mrn
from clinic_desktop.store import models as m
from clinic_desktop.store.audit import AUDIT_HEAD
from clinic_desktop.store.connection import SQLITE_PRAGMAS
from clinic_desktop.store.models import INDEX_PENDING

#: The columns of a patient row, in the model's order (the staging table has the same).
PATIENT_COLUMNS: tuple[str, ...] = tuple(f.column_name for f in m.Patient._meta.sorted_fields)
#: What an update writes: every column but the row's id, MRN, merge and creation (as store.update).
UPDATE_COLUMNS: tuple[str, ...] = tuple(
    c for c in PATIENT_COLUMNS if c not in {"id", "mrn", "merged_into", "created_at"}
)
_ENTRY_COLUMNS = ("seq", "patient_id", "action", "before", "after", "template")

STAGING_TABLES = ("import_patient", "import_update", "import_token", "import_retoken", "import_entry",
                  "import_hash")  # fmt: skip
#: A staged audit entry: (seq, patient id, action, before JSON, after JSON, template or None).
StagedEntry = tuple[int, int, str, str | None, str | None, str | None]
READING = ("open", "export")  # audit actions that record a reading, not a change
_BATCH = 5000  # staged rows per statement batch; patients per indexing transaction


class PatientImportRecords:
    """The staging tables of the calling thread's connection, and the moves out of them."""

    @property
    def _sqlite(self) -> bool:
        return isinstance(m.db.obj, SqliteDatabase)

    # --- staging --------------------------------------------------------------------------------

    def open_staging(self) -> None:
        """Empty staging tables on this connection (any left by an earlier import are dropped);
        outside a transaction. SQLite keeps them in a temporary file (deleted as soon as it is
        opened, so no other program can read it) instead of memory: 100,000 patients staged would
        otherwise hold 100 MB more."""
        self.close_staging()
        if self._sqlite:
            m.db.execute_sql("PRAGMA temp_store = FILE")
        never = "WHERE 1 = 0"
        changing = ", ".join(_q(c) for c in ("id", *UPDATE_COLUMNS))
        statements = [
            f"CREATE TEMPORARY TABLE import_patient AS SELECT * FROM patient {never}",
            f"CREATE TEMPORARY TABLE import_update AS SELECT {changing} FROM patient {never}",
            f"CREATE TEMPORARY TABLE import_token AS SELECT patient_id, token FROM patient_token {never}",
            f"CREATE TEMPORARY TABLE import_retoken AS SELECT patient_id, token FROM patient_token {never}",
            "CREATE TEMPORARY TABLE import_entry AS SELECT id AS seq, patient_id, action, before, after, "
            f"after AS template FROM audit_entry {never}",
            f"CREATE TEMPORARY TABLE import_hash AS SELECT id AS seq, hash FROM audit_entry {never}",
            "CREATE INDEX import_patient_id ON import_patient (id)",
            "CREATE INDEX import_token_patient ON import_token (patient_id)",
            "CREATE INDEX import_entry_seq ON import_entry (seq)",
            "CREATE INDEX import_hash_seq ON import_hash (seq)",
        ]
        for sql in statements:
            m.db.execute_sql(sql)

    def close_staging(self) -> None:
        """Drop the staging tables; outside a transaction."""
        schema = "temp" if self._sqlite else "pg_temp"  # never a table of the clinic's own
        for table in STAGING_TABLES:
            m.db.execute_sql(f"DROP TABLE IF EXISTS {schema}.{table}")
        if self._sqlite:
            m.db.execute_sql(f"PRAGMA temp_store = {SQLITE_PRAGMAS['temp_store']}")

    def clear_staging(self) -> None:
        """Empty the staging tables (a new check of the file starts)."""
        for table in STAGING_TABLES:
            m.db.execute_sql(f"DELETE FROM {table}")

    def staging_tables(self) -> list[str]:
        """The import_* tables this connection has (none outside an import)."""
        if self._sqlite:
            sql = (
                "SELECT name FROM sqlite_temp_master WHERE type = 'table' AND substr(name, 1, 7) = 'import_'"
            )
        else:
            sql = (
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
                "n.oid = pg_my_temp_schema() AND c.relkind = 'r' AND substr(c.relname, 1, 7) = 'import_'"
            )
        return sorted(str(r[0]) for r in m.db.execute_sql(sql).fetchall())

    def stage_new(self, rows: Sequence[dict[str, Any]]) -> None:
        """New patients' rows (column -> domain value, ``PATIENT_COLUMNS``), ids and MRNs given."""
        self._insert("import_patient", PATIENT_COLUMNS, rows)

    def stage_changed(self, rows: Sequence[dict[str, Any]]) -> None:
        """Registered patients' new values (``id`` and ``UPDATE_COLUMNS``)."""
        self._insert("import_update", ("id", *UPDATE_COLUMNS), rows)

    def stage_tokens(self, rows: Sequence[tuple[int, str]], new: bool) -> None:
        """Search words: of new patients (written after the move) or of changed ones (with it)."""
        self._rows("import_token" if new else "import_retoken", ("patient_id", "token"), rows)

    def stage_entries(self, rows: Sequence[StagedEntry]) -> None:
        """Audit entries without id and hash: (seq from 1, patient id, action, before and after
        JSON, the hashed text with stand-ins for the id, time and previous hash, or None)."""
        self._rows("import_entry", _ENTRY_COLUMNS, rows)

    def entries(self) -> Iterator[StagedEntry]:
        """The staged audit entries in order, read a batch at a time."""
        after = 0
        while True:
            rows = m.db.execute_sql(
                f"SELECT {', '.join(_ENTRY_COLUMNS)} FROM import_entry WHERE seq > {m.db.param} "
                f"ORDER BY seq LIMIT {_BATCH}",
                (after,),
            ).fetchall()
            if not rows:
                return
            for seq, patient_id, action, before, after_json, template in rows:
                yield int(seq), int(patient_id), str(action), before, after_json, template
            after = int(rows[-1][0])

    def clear_hashes(self) -> None:
        """Forget the hashes made for an earlier head of the trail."""
        m.db.execute_sql("DELETE FROM import_hash")

    def stage_hashes(self, rows: Sequence[tuple[int, str]]) -> None:
        """The entries' hashes (seq, hash) for the head they were made after."""
        self._rows("import_hash", ("seq", "hash"), rows)

    # --- ids and MRNs ---------------------------------------------------------------------------

    def reserve_ids(self, count: int, after: int | None) -> list[int]:
        """Ids for ``count`` new patients. PostgreSQL: from the table's own sequence, so no other
        workstation can get them. SQLite numbers a new row after the largest id, so these are the
        next numbers after ``after`` (None: after the largest id): ``ids_free`` checks at the move
        that no other workstation registered anyone meanwhile."""
        if count <= 0:
            return []
        if self._sqlite:
            start = self.largest_id() if after is None else after
            return list(range(start + 1, start + count + 1))
        rows = m.db.execute_sql(
            f"SELECT nextval(pg_get_serial_sequence('patient', 'id')) FROM generate_series(1, {m.db.param})",
            (count,),
        ).fetchall()
        return sorted(int(r[0]) for r in rows)

    def largest_id(self) -> int:
        return int(m.db.execute_sql("SELECT COALESCE(MAX(id), 0) FROM patient").fetchone()[0])

    def ids_free(self, first: int) -> bool:
        """SQLite: no patient has an id from ``first`` on (PostgreSQL's sequence never repeats)."""
        return not self._sqlite or self.largest_id() < first

    @staticmethod
    def generated_mrn(patient_id: int, taken: Callable[[str], bool]) -> str:
        """The MRN the clinic gives a new patient with this id, as ``PatientRecords.add`` does:
        'M' and the number, stepping past numbers another system's MRNs already hold (``taken``:
        MRN -> bool); the stepping rule is domain.patients.free_mrn, which ``mrns_for`` follows too."""
        return free_mrn(patient_id, taken)

    # --- the move -------------------------------------------------------------------------------

    def changed_since(self, audit_id: int) -> bool:
        """Whether, after the audit entry ``audit_id``, a patient was registered or changed, the
        clinic's settings changed (its country reads phone numbers), or anything was written about
        a patient this import changes: then what the import checked may no longer hold. Every
        change is audited in its own transaction; opening a chart or exporting a record is not a
        change. Only the entries since the snapshot are read (by the primary key)."""
        param = m.db.param
        sql = (
            f"SELECT 1 FROM audit_entry WHERE id > {param} AND action NOT IN ({param}, {param}) AND "
            "(entity IN ('patient', 'settings') OR patient_id IN (SELECT id FROM import_update)) LIMIT 1"
        )
        return m.db.execute_sql(sql, (audit_id, *READING)).fetchone() is not None

    def lock_changed(self) -> None:
        """PostgreSQL: lock the rows of the patients the import changes, before the audit head, in
        the order every other writer takes them (its row, then the head), so that a correction at
        another desk finishes first instead of deadlocking with the move."""
        if not self._sqlite:
            m.db.execute_sql(
                "SELECT id FROM patient WHERE id IN (SELECT id FROM import_update) ORDER BY id FOR UPDATE"
            ).fetchall()

    def lock_audit_head(self) -> tuple[int, str]:
        """The trail's head, locked until the transaction ends (PostgreSQL: other writers' entries
        wait; SQLite's write transaction already excludes them)."""
        if not self._sqlite:
            m.DatabaseInfo.insert(key=AUDIT_HEAD, value=f"0:{GENESIS}").on_conflict_ignore().execute()
        sql = f'SELECT "value" FROM "database_info" WHERE "key" = {m.db.param}'
        if not self._sqlite:
            sql += " FOR UPDATE"
        row = m.db.execute_sql(sql, (AUDIT_HEAD,)).fetchone()
        if row is None:
            return 0, GENESIS
        last, _, digest = str(row[0]).partition(":")
        return int(last), digest

    def move_patients(self) -> tuple[int, int]:
        """Copy the staged new patients and changes into the clinic's tables, and mark the new ones
        for indexing (``INDEX_PENDING``); the caller holds the write transaction. Returns (patients
        added, patients changed). Their search words follow with ``index_new``; the changed
        patients' new words come with them. On PostgreSQL nobody else waits for this part: call it
        before ``lock_audit_head``."""
        if not m.db.in_transaction():
            raise RuntimeError("an import is moved inside one write transaction")
        columns = ", ".join(_q(c) for c in PATIENT_COLUMNS)
        # Staged in the order of their ids (reserved in increasing order): a plain scan, no sort.
        added = m.db.execute_sql(
            f"INSERT INTO patient ({columns}) SELECT {columns} FROM import_patient"
        ).rowcount
        changed = m.db.execute_sql(
            "UPDATE patient SET "
            + ", ".join(f"{_q(c)} = import_update.{_q(c)}" for c in UPDATE_COLUMNS)
            + " FROM import_update WHERE patient.id = import_update.id"
        ).rowcount
        m.db.execute_sql(
            "DELETE FROM patient_token WHERE patient_id IN (SELECT DISTINCT patient_id FROM import_retoken)"
        )
        m.db.execute_sql(
            "INSERT INTO patient_token (patient_id, token) SELECT patient_id, token FROM import_retoken"
        )
        first = m.db.execute_sql("SELECT MIN(id) FROM import_patient").fetchone()[0]
        if first is not None:
            pending = self.index_pending()
            if pending is None or int(first) < pending:
                m.put(m.DatabaseInfo, INDEX_PENDING, str(int(first)))
        return int(added), int(changed)

    def move_entries(self, head: tuple[int, str], at: datetime, user: str, last_hash: str) -> int:
        """Append the staged audit entries after ``head`` (ids head+1, head+2, ...; ``last_hash`` is
        the last one's) and move the head; the caller holds the write transaction and the head
        (``lock_audit_head``). Returns how many."""
        if not m.db.in_transaction():
            raise RuntimeError("an import's audit entries are written inside its write transaction")
        param = m.db.param
        count = m.db.execute_sql(
            'INSERT INTO audit_entry (id, at, "user", action, entity, entity_id, patient_id, before, '
            f"after, hash) SELECT {param} + e.seq, {param}, {param}, e.action, 'patient', "
            f"CAST(e.patient_id AS VARCHAR(64)), e.patient_id, e.before, e.after, h.hash "
            "FROM import_entry e JOIN import_hash h ON h.seq = e.seq ORDER BY e.seq",
            (head[0], self._instant(at), user),
        ).rowcount
        if count:
            m.put(m.DatabaseInfo, AUDIT_HEAD, f"{head[0] + count}:{last_hash}")
        return int(count)

    # --- the search index of the new patients ---------------------------------------------------

    def index_new(self, after: int) -> tuple[int, int] | None:
        """Write the staged search words of the next batch of new patients (ids above ``after``)
        that have none yet (another workstation may have changed one already); returns the last id
        of the batch and how many patients it held, None when none were left. The caller holds a
        write transaction."""
        param = m.db.param
        rows = m.db.execute_sql(
            f"SELECT id FROM import_patient WHERE id > {param} ORDER BY id LIMIT {_BATCH}", (after,)
        ).fetchall()
        if not rows:
            return None
        last = int(rows[-1][0])
        m.db.execute_sql(
            "INSERT INTO patient_token (patient_id, token) SELECT t.patient_id, t.token FROM import_token t "
            f"WHERE t.patient_id > {param} AND t.patient_id <= {param} AND NOT EXISTS "
            "(SELECT 1 FROM patient_token p WHERE p.patient_id = t.patient_id) ORDER BY t.patient_id",
            (after, last),
        )
        return last, len(rows)

    def index_pending(self) -> int | None:
        row = m.DatabaseInfo.get_or_none(m.DatabaseInfo.key == INDEX_PENDING)
        return int(row.value) if row is not None else None

    def unindexed(self, start: int, limit: int) -> list[int]:
        """Up to ``limit`` ids from ``start`` on of patients (not merged) without a search word."""
        param = m.db.param
        sql = (
            f"SELECT id FROM patient WHERE id >= {param} AND status <> {param} AND NOT EXISTS "
            f"(SELECT 1 FROM patient_token t WHERE t.patient_id = patient.id) ORDER BY id LIMIT {int(limit)}"
        )
        return [int(r[0]) for r in m.db.execute_sql(sql, (start, PatientStatus.MERGED.value)).fetchall()]

    def index_done(self) -> None:
        m.DatabaseInfo.delete().where(m.DatabaseInfo.key == INDEX_PENDING).execute()

    # --- rows in ---------------------------------------------------------------------------------

    def _insert(self, table: str, columns: Sequence[str], rows: Sequence[dict[str, Any]]) -> None:
        convert = [self._converter(c) for c in columns]
        values = [tuple(f(row[c]) for f, c in zip(convert, columns, strict=True)) for row in rows]
        self._rows(table, columns, values)

    def _rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        param = m.db.param
        names = ", ".join(_q(c) for c in columns)
        sql = f"INSERT INTO {table} ({names}) VALUES ({', '.join([param] * len(columns))})"
        cursor = m.db.cursor()
        for start in range(0, len(rows), _BATCH):
            m.insert_rows(m.db.obj, cursor, sql, list(rows[start : start + _BATCH]))

    def _converter(self, column: str) -> Any:
        """Domain value -> what the engine stores, as the models would write it."""
        field = m.Patient._meta.columns[column]
        if isinstance(field, m.UtcDateTimeField):
            return self._instant
        if isinstance(field, DateField):
            return (lambda v: v.isoformat() if isinstance(v, date) else v) if self._sqlite else _same
        if isinstance(field, BooleanField):
            return bool
        if column == "external_id":
            return lambda v: v or None  # unique: "none" is NULL, as store.patients writes it
        return _same

    def _instant(self, value: datetime | None) -> Any:
        if value is None:
            return None
        naive = value.astimezone(UTC).replace(tzinfo=None, microsecond=0)
        return naive.isoformat(" ") if self._sqlite else naive


def _same(value: Any) -> Any:
    return value


def _q(name: str) -> str:
    return f'"{name}"'
