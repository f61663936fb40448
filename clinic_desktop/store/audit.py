"""The audit trail's rows and the user accounts' rows.

The trail is appended inside the writer's own transaction (a change and its entry commit or roll
back together). The head (last id and hash) in database_info is what concurrent writers at several
workstations take turns on, so that the ids stay consecutive; SQLite's write transactions already
run one at a time. The head is the last lock a use case takes (after a patient's,
PatientRecords.lock), so two writers never wait for each other in opposite orders.

On PostgreSQL the head's row lock is held for one round trip, the COMMIT (issue 22: with 16 desks
it was held across the head's read, the entry's insert and the head's update, and was the limit
for writes). The head is read without a lock with the key records just before (keying); the entry
is sealed against it, and one statement moves the head on only if it is still the one read and
adds the entry only then (CTE: UPDATE ... WHERE value = the head read, INSERT ... FROM it). A
head another desk moved meanwhile changes nothing, and the entry is sealed again against the head
read with its lock (FOR UPDATE), as before. The entry's hash needs the clinic's key, which never
goes to the server, so the hash is made here and not in a server-side function.

Beside the head, database_info holds the clinic's audit identity (AUDIT_CLINIC: which key signs
the trail) and the first entry the key signs (AUDIT_KEYED_FROM); the key itself is never in the
database (store/audit_keys.py, services/audit.py)."""

from __future__ import annotations

import builtins
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from peewee import IntegrityError, SqliteDatabase, fn

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.audit import GENESIS, AuditEntry, AuditKey, entry_hash, plain, to_json
from clinic_desktop.domain.errors import ConflictError, NotFoundError
from clinic_desktop.domain.users import UserAccount
from clinic_desktop.domain.words import QT_TR_NOOP
from clinic_desktop.store import models as m

AUDIT_HEAD = "audit_head"  # database_info: "<last id>:<last hash>"
_seen = threading.local()  # .head: the head this thread's last keying() read, or last append wrote
AUDIT_CLINIC = "audit_clinic"  # database_info: the identity naming the clinic's audit key
AUDIT_KEYED_FROM = "audit_keyed_from"  # database_info: the first entry signed with the key
# database_info: what happened while no entry could be sealed (a wrong password given to replace a
# lost key), as a JSON list, entered into the trail once the new key exists
AUDIT_UNSEALED = "audit_unsealed"
#: The columns of an entry, in _entry's order (read straight from the cursor: a trail is long).
ENTRY_COLUMNS = '"id", "at", "user", "action", "entity", "entity_id", "before", "after", "hash", "patient_id"'


def _parse_head(value: str) -> tuple[int, str] | None:
    last, _, digest = value.partition(":")
    return (int(last), digest) if last.isdigit() and digest else None


def _entry(row: Any) -> AuditEntry:
    return AuditEntry(
        id=int(row.id),
        at=row.at,
        user=str(row.user),
        action=str(row.action),
        entity=str(row.entity),
        entity_id=str(row.entity_id),
        before=json.loads(row.before) if row.before is not None else None,
        after=json.loads(row.after) if row.after is not None else None,
        hash=str(row.hash),
        patient_id=int(row.patient_id) if row.patient_id is not None else None,
    )


def _entry_of(values: tuple[Any, ...]) -> AuditEntry:
    """An entry from a cursor row of ENTRY_COLUMNS (the field's own conversion for the time)."""
    id_, at, user, action, entity, entity_id, before, after, digest, patient_id = values
    return AuditEntry(
        id=int(id_),
        at=_instant(at),
        user=str(user),
        action=str(action),
        entity=str(entity),
        entity_id=str(entity_id),
        before=json.loads(before) if before is not None else None,
        after=json.loads(after) if after is not None else None,
        hash=str(digest),
        patient_id=int(patient_id) if patient_id is not None else None,
    )


def _instant(value: Any) -> datetime:
    """The stored instant as an aware UTC datetime: PostgreSQL's naive datetime, SQLite's text
    ("2026-11-23 15:00:00"); anything else the field's own conversion (a whole trail is read)."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            parsed = None
        if parsed is not None:
            return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed
    converted: datetime = m.AuditEntry.at.python_value(value)
    return converted


def unsealed_items(text: str | None) -> list[dict[str, Any]]:
    """The entries waiting beside the trail, from database_info's AUDIT_UNSEALED text."""
    try:
        found = json.loads(text) if text else []
    except ValueError:
        return []
    return [item for item in found if isinstance(item, dict)] if isinstance(found, list) else []


def _select(where: str = "", order: str = '"id"', limit: int | None = None) -> str:
    sql = f'SELECT {ENTRY_COLUMNS} FROM "audit_entry"'
    if where:
        sql += f" WHERE {where}"
    sql += f" ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return sql.replace("%s", m.db.param)


class AuditRecords:
    def head(self, lock: bool = False) -> tuple[int, str]:
        """(last id, last hash) as recorded beside the trail; (0, GENESIS) for an empty trail."""
        sql = 'SELECT "value" FROM "database_info" WHERE "key" = %s'
        if lock and not isinstance(m.db.obj, SqliteDatabase):
            sql += " FOR UPDATE"
        row = m.db.execute_sql(sql.replace("%s", m.db.param), (AUDIT_HEAD,)).fetchone()
        if row is None:
            return 0, GENESIS
        last, _, digest = str(row[0]).partition(":")
        return int(last), digest

    def lock_head(self) -> tuple[int, str]:
        """The head, locked until the transaction ends (PostgreSQL; SQLite's writer holds the
        whole database already): what makes writers at several workstations take turns, and what
        the first keyed write holds while it makes the clinic's key."""
        if not m.db.in_transaction():
            raise RuntimeError("an audit entry is written inside the change's own transaction")
        if not isinstance(m.db.obj, SqliteDatabase):
            # The head row exists before anyone locks it (a first entry by two writers at once
            # would otherwise both insert it).
            m.DatabaseInfo.insert(key=AUDIT_HEAD, value=f"0:{GENESIS}").on_conflict_ignore().execute()
        return self.head(lock=True)

    def keying(self, lock: bool = False) -> tuple[str | None, int | None]:
        """(the clinic's audit identity, the first entry its key signs); (None, None) for a trail
        that was never keyed. With ``lock`` (a writer about to append, on PostgreSQL) the head is
        read locked until the transaction ends, in the same statement: the entry then follows it
        for certain, and is written with the COMMIT, in its round trip (append), so the head is
        held for that one round trip."""
        mark = m.db.param
        sql = f'SELECT "key", "value" FROM "database_info" WHERE "key" IN ({mark}, {mark}, {mark})'
        params: tuple[str, ...] = (AUDIT_CLINIC, AUDIT_KEYED_FROM, AUDIT_HEAD)
        locked = lock and _holding() is not None
        if locked:
            sql = (
                f'SELECT "key", "value" FROM "database_info" WHERE "key" IN ({mark}, {mark}) UNION ALL'
                ' SELECT "key", "value" FROM (SELECT "key", "value" FROM "database_info"'
                f' WHERE "key" = {mark} FOR UPDATE) AS head'
            )
        values = dict(m.execute_prepared(sql, params).fetchall())
        # The head as it was, for the next append in this thread: a guess it checks (append), or,
        # read locked, the head itself.
        head = values.get(AUDIT_HEAD)
        parsed = _parse_head(str(head)) if head is not None else None
        _seen.head = (*parsed, _holding() if locked else None) if parsed is not None else None
        clinic = values.get(AUDIT_CLINIC)
        keyed_from = values.get(AUDIT_KEYED_FROM)
        return (
            str(clinic) if clinic else None,
            int(keyed_from) if keyed_from is not None and str(keyed_from).isdigit() else None,
        )

    def unsealed(self) -> list[dict[str, Any]]:
        """What waits to be entered into the trail once it can be sealed (oldest first): each an
        entry's action, user, entity, entity_id, before, after and when it happened (``at``)."""
        sql = 'SELECT "value" FROM "database_info" WHERE "key" = %s'.replace("%s", m.db.param)
        row = m.db.execute_sql(sql, (AUDIT_UNSEALED,)).fetchone()
        return unsealed_items(row[0] if row is not None else None)

    def keep_unsealed(self, items: builtins.list[dict[str, Any]]) -> None:
        """Replace what waits to be entered (an empty list: nothing waits)."""
        if items:
            self.unsealed_write(items).execute()
        else:
            m.DatabaseInfo.delete().where(m.DatabaseInfo.key == AUDIT_UNSEALED).execute()

    def unsealed_write(self, items: builtins.list[dict[str, Any]]) -> Any:
        """The statement that keeps ``items`` waiting (a restore writes it into the archive's own
        transaction on PostgreSQL)."""
        value = json.dumps(items, sort_keys=True, default=str)
        return m.DatabaseInfo.insert(key=AUDIT_UNSEALED, value=value).on_conflict(
            conflict_target=[m.DatabaseInfo.key], update={m.DatabaseInfo.value: value}
        )

    def start_keying(self, clinic: str, keyed_from: int) -> None:
        """Record, in the writer's transaction, that the trail is signed with ``clinic``'s key
        from entry ``keyed_from`` on (the key file says the same: services/audit.py)."""
        m.put(m.DatabaseInfo, AUDIT_CLINIC, clinic)
        m.put(m.DatabaseInfo, AUDIT_KEYED_FROM, str(keyed_from))

    def append(
        self,
        at: datetime,
        user: str,
        action: str,
        entity: str,
        entity_id: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
        patient_id: int | None,
        *,
        key: AuditKey | None,
    ) -> AuditEntry:
        """Add one entry after the last, hashed with the clinic's key (HMAC-SHA-256) or, for a
        trail not yet keyed, plain SHA-256 (services/audit_keys.py decides which: ``signing_key``);
        the caller holds the write transaction."""
        if not m.db.in_transaction():
            raise RuntimeError("an audit entry is written inside the change's own transaction")
        guess: tuple[int, str, object | None] | None = getattr(_seen, "head", None)
        _seen.head = None
        values = (at, user, action, entity, entity_id, before, after, patient_id)
        if guess is not None:
            last, digest, held_by = guess
            entry = self.sealed((last, digest), *values, key=key)
            if held_by is not None and held_by is _holding():
                # The head is this transaction's (keying read it locked): the entry goes with the
                # transaction's next statement or its COMMIT, in that round trip.
                m.db.execute_with_next(*self._append_held((last, digest), entry))
                _seen.head = (entry.id, entry.hash, held_by)
                return entry
            if self._append_after((last, digest), entry):
                _seen.head = (entry.id, entry.hash, None)  # the next entry of this transaction follows it
                return entry
        head = self.lock_head()
        entry = self.sealed(head, *values, key=key)
        if isinstance(m.db.obj, SqliteDatabase) or not self._append_after(head, entry):
            for query in self.writes(entry):  # (the head's lock is held: nobody else moves it)
                query.execute()
        _seen.head = (entry.id, entry.hash, None)
        return entry

    def _append_after(self, head: tuple[int, str], entry: AuditEntry) -> bool:
        """Add ``entry`` and move the recorded head to it, if the head is still ``head``: on
        PostgreSQL in one statement (the head's row lock taken there is then held only until the
        COMMIT), on SQLite in two (its writer is alone). False, with nothing written, when another
        writer moved the head first (or there is none yet: the first entry)."""
        if isinstance(m.db.obj, SqliteDatabase):
            sql = 'UPDATE "database_info" SET "value" = ? WHERE "key" = ? AND "value" = ?'
            moved, expected = f"{entry.id}:{entry.hash}", f"{head[0]}:{head[1]}"
            if m.db.execute_sql(sql, (moved, AUDIT_HEAD, expected)).rowcount != 1:
                return False
            columns, row = _entry_row(entry)
            inserting = f'INSERT INTO "audit_entry" ({columns}) VALUES ({", ".join("?" * len(row))})'
            m.db.execute_sql(inserting, row)
            return True
        sql, params = self._cas_statement(head, entry)
        return m.db.execute_sql(sql, params).fetchone() is not None

    def _cas_statement(
        self, head: tuple[int, str], entry: AuditEntry, held: bool = False
    ) -> tuple[str, list[Any]]:
        """PostgreSQL: one statement that moves the head from ``head`` to ``entry`` and adds the
        entry, or, the head being elsewhere, does nothing (its answer: a row when it was added);
        ``held``: fails instead of doing nothing."""
        expected = f"{head[0]}:{head[1]}"
        moved = f"{entry.id}:{entry.hash}"
        columns, row = _entry_row(entry)
        sql = (
            'WITH moved AS (UPDATE "database_info" SET "value" = %s WHERE "key" = %s AND "value" = %s '
            f'RETURNING 1) INSERT INTO "audit_entry" ({columns}) '
            "SELECT %s, %s, %s, %s, %s, %s, %s, %s, %s, %s FROM moved RETURNING 1"
        )
        if held:
            sql = sql.replace(") INSERT INTO", "), added AS (INSERT INTO", 1) + (
                ") SELECT CAST(CASE WHEN (SELECT COUNT(*) FROM added) = 1 THEN '1'"
                " ELSE 'the audit trail moved while this workstation held it' END AS INTEGER)"
            )
        return sql, [moved, AUDIT_HEAD, expected, *row]

    def _append_held(self, head: tuple[int, str], entry: AuditEntry) -> tuple[str, list[Any]]:
        """PostgreSQL, the head locked by this transaction (keying): the statement that adds
        ``entry`` and moves the head to it, sent with the next statement or the COMMIT, its answer
        not awaited. Were the head not ``head`` after all, it fails (and with it the transaction):
        nothing is ever committed without its entry."""
        return self._cas_statement(head, entry, held=True)

    def sealed(
        self,
        head: tuple[int, str],
        at: datetime,
        user: str,
        action: str,
        entity: str,
        entity_id: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
        patient_id: int | None,
        *,
        key: AuditKey | None,
    ) -> AuditEntry:
        """The entry that follows ``head`` (last id, last hash), with its hash (keyed with ``key``):
        what append writes. A restore on PostgreSQL seals its entry against the head of the
        archive it restores, with the archive's key."""
        last, previous = head
        entry = AuditEntry(
            id=last + 1,
            at=at.replace(microsecond=0),
            user=user,
            action=action,
            entity=entity,
            entity_id=entity_id,
            before=plain(before),
            after=plain(after),
            patient_id=patient_id,
        )
        digest = entry_hash(entry, previous, key.secret if key is not None else None)
        return AuditEntry(**{**entry.__dict__, "hash": digest})

    def writes(self, entry: AuditEntry) -> list[Any]:
        """The statements that add a sealed entry and move the recorded head to it."""
        head = m.DatabaseInfo.insert(key=AUDIT_HEAD, value=f"{entry.id}:{entry.hash}").on_conflict(
            conflict_target=[m.DatabaseInfo.key], update={m.DatabaseInfo.value: f"{entry.id}:{entry.hash}"}
        )
        row = m.AuditEntry.insert(
            id=entry.id,
            at=entry.at,
            user=entry.user,
            action=entry.action,
            entity=entry.entity,
            entity_id=entry.entity_id,
            patient_id=entry.patient_id,
            before=to_json(entry.before),
            after=to_json(entry.after),
            hash=entry.hash,
        )
        return [row, head]

    def in_order(self, batch: int = 5000) -> Iterator[AuditEntry]:
        """Every entry by id, read in batches by the primary key (the trail of a busy clinic grows
        by thousands a day), each batch straight from the cursor."""
        after = 0
        sql = _select('"id" > %s', limit=batch)
        while True:
            rows = m.db.execute_sql(sql, (after,)).fetchall()
            if not rows:
                return
            for values in rows:
                yield _entry_of(values)
            after = int(rows[-1][0])

    def get(self, entry_id: int) -> AuditEntry | None:
        row = m.db.execute_sql(_select('"id" = %s'), (entry_id,)).fetchone()
        return _entry_of(row) if row is not None else None

    def last(self) -> AuditEntry | None:
        """The newest entry in the trail (not the head recorded beside it)."""
        row = m.db.execute_sql(_select(order='"id" DESC', limit=1)).fetchone()
        return _entry_of(row) if row is not None else None

    def latest_account_state(self, user_id: int) -> AuditEntry | None:
        """The newest entry that says what an account is (its values in ``after``, its role among
        them: domain is_account_state), found by the index on entity and id."""
        where = '"entity" = %s AND "entity_id" = %s AND "after" LIKE %s'
        row = m.db.execute_sql(
            _select(where, order='"id" DESC', limit=1), ("user", str(user_id), '%"role":%')
        ).fetchone()
        return _entry_of(row) if row is not None else None

    def with_action(self, action: str, entity: str) -> list[AuditEntry]:
        """Every entry of one action on one kind of thing, oldest first (the audit key's
        replacements: a handful in a clinic's life)."""
        where = '"action" = %s AND "entity" = %s'
        return [_entry_of(r) for r in m.db.execute_sql(_select(where), (action, entity)).fetchall()]

    def count(self) -> int:
        return int(m.AuditEntry.select(fn.COUNT(m.AuditEntry.id)).scalar() or 0)

    def find(
        self,
        patient_id: int | None = None,
        user: str | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        limit: int | None = None,
        before_id: int | None = None,
    ) -> list[AuditEntry]:
        """Newest first; start inclusive, end exclusive (UTC instants); ``before_id``: only entries
        older than that one (the next page of a long trail, read by the primary key's order)."""
        query = m.AuditEntry.select()
        if before_id is not None:
            query = query.where(m.AuditEntry.id < before_id)
        if patient_id is not None:
            query = query.where(m.AuditEntry.patient_id == patient_id)
        if user:
            query = query.where(fn.LOWER(m.AuditEntry.user) == user.lower())
        if start is not None:
            query = query.where(m.AuditEntry.at >= start)
        if end is not None:
            query = query.where(m.AuditEntry.at < end)
        query = query.order_by(m.AuditEntry.id.desc())
        if limit is not None:
            query = query.limit(limit)
        return [_entry(row) for row in query]


def user_account(row: Any) -> UserAccount:
    return UserAccount(
        id=int(row.id),
        name=str(row.name),
        role=Role(row.role),
        active=bool(row.active),
        failed_sign_ins=int(row.failed_sign_ins),
        locked_until=row.locked_until,
        provider_id=int(row.provider_id) if row.provider_id is not None else None,
        password_changes=int(row.password_changes),
    )


class UserRecords:
    def count(self) -> int:
        return int(m.UserAccount.select(fn.COUNT(m.UserAccount.id)).scalar() or 0)

    def active_managers(self) -> int:
        return int(
            m.UserAccount.select(fn.COUNT(m.UserAccount.id))
            .where((m.UserAccount.role == Role.MANAGER.value) & (m.UserAccount.active == True))  # noqa: E712
            .scalar()
            or 0
        )

    def list(self) -> list[UserAccount]:
        return [user_account(r) for r in m.UserAccount.select().order_by(m.UserAccount.name_key)]

    def by_name(self, name: str) -> tuple[UserAccount, str] | None:
        """The account and its password hash; None for an unknown name (any case)."""
        row = m.UserAccount.get_or_none(m.UserAccount.name_key == name.lower())
        return None if row is None else (user_account(row), str(row.password_hash))

    def get(self, user_id: int) -> UserAccount:
        row = m.UserAccount.get_or_none(m.UserAccount.id == user_id)
        if row is None:
            raise NotFoundError(QT_TR_NOOP("There is no user with id {id}."), id=user_id)
        return user_account(row)

    def with_hashes(self) -> builtins.list[tuple[UserAccount, str]]:
        """Every account with its password hash, by id (the integrity check compares them with
        the audit trail)."""
        return [
            (user_account(r), str(r.password_hash)) for r in m.UserAccount.select().order_by(m.UserAccount.id)
        ]

    def password_hash(self, user_id: int) -> str:
        row = m.UserAccount.get_or_none(m.UserAccount.id == user_id)
        if row is None:
            raise NotFoundError(QT_TR_NOOP("There is no user with id {id}."), id=user_id)
        return str(row.password_hash)

    def set_password(self, user_id: int, password_hash: str, counted: bool = True) -> None:
        """A new password hash (counted: a change of password, not a rehash of the same one)."""
        values: dict[Any, Any] = {m.UserAccount.password_hash: password_hash}
        if counted:
            values.update(
                {
                    m.UserAccount.password_changes: m.UserAccount.password_changes + 1,
                    m.UserAccount.failed_sign_ins: 0,
                    m.UserAccount.locked_until: None,
                }
            )
        m.UserAccount.update(values).where(m.UserAccount.id == user_id).execute()

    def add(
        self, name: str, role: Role, password_hash: str, created_at: datetime, provider_id: int | None = None
    ) -> UserAccount:
        if m.UserAccount.select().where(m.UserAccount.name_key == name.lower()).exists():
            raise ConflictError(QT_TR_NOOP("There is already a user called {name}."), name=name)
        with _one_account_per_provider(provider_id):
            row = m.UserAccount.create(
                name=name,
                name_key=name.lower(),
                role=role.value,
                password_hash=password_hash,
                created_at=created_at,
                provider=provider_id,
            )
        return user_account(row)

    def update(self, user_id: int, **values: Any) -> None:
        with _one_account_per_provider(values.get("provider")):
            m.UserAccount.update(**values).where(m.UserAccount.id == user_id).execute()

    def count_failed_sign_in(self, user_id: int) -> int:
        """Add one to the account's wrong passwords in a row, in the database itself (one UPDATE
        ... RETURNING, which SQLite 3.35+ and PostgreSQL both speak), and return the new count.
        Parallel attempts each add their own one: on PostgreSQL the row stays locked until the
        caller's transaction ends, so the next attempt counts on from what this one wrote; on
        SQLite the write transaction already runs alone. Never read, add and write back: thirty
        wrong passwords at once would all read the same count and lock nothing."""
        param = m.db.param
        row = m.db.execute_sql(
            'UPDATE "user_account" SET "failed_sign_ins" = "failed_sign_ins" + 1 '
            f'WHERE "id" = {param} RETURNING "failed_sign_ins"',
            (user_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(QT_TR_NOOP("There is no user with id {id}."), id=user_id)
        return int(row[0])

    def linked_to(self, provider_id: int) -> tuple[UserAccount, ...]:
        """The active accounts linked to this provider record (at most one: a unique index)."""
        query = m.UserAccount.select().where(
            (m.UserAccount.provider == provider_id) & (m.UserAccount.active == True)  # noqa: E712
        )
        return tuple(user_account(r) for r in query)


@contextmanager
def _one_account_per_provider(provider_id: object) -> Iterator[None]:
    """The database's refusal of a second active account for one provider record (its unique index,
    when another workstation linked one since this one's check) in words: the transaction rolls back."""
    try:
        yield
    except IntegrityError as exc:
        if m.ACTIVE_LINK_INDEX not in str(exc) and "user_account.provider_id" not in str(exc):
            raise
        raise ConflictError(
            QT_TR_NOOP(
                "Provider record {id} was just linked to another active account; one "
                "provider is at most one active account."
            ),
            id=provider_id,
        ) from exc


def _entry_row(entry: AuditEntry) -> tuple[str, list[Any]]:
    """The audit_entry columns (quoted, comma-separated) and an entry's values for them."""
    names = ("id", "at", "user", "action", "entity", "entity_id", "patient_id", "before", "after", "hash")
    fields = m.AuditEntry._meta.fields
    given = {**entry.__dict__, "before": to_json(entry.before), "after": to_json(entry.after)}
    return ", ".join(f'"{name}"' for name in names), [fields[name].db_value(given[name]) for name in names]


def _holding() -> object | None:
    """What holds a head read locked: the calling thread's outermost transaction on PostgreSQL
    (peewee's own object, the same for the whole of it; the lock ends with it), None on SQLite or
    outside a transaction. A head read locked by a transaction that has ended holds nothing."""
    database = m.db.obj
    if isinstance(database, SqliteDatabase):
        return None
    stack = database._state.transactions
    return stack[0] if stack else None
