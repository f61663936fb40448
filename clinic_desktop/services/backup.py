"""Backup and restore of the clinic database, and the automatic daily backups.

A backup is only worth what its restore gives back, so every copy is checked as it is written
(integrity, schema version, counts), a restore checks the file before anything is replaced and
keeps the current database beside it, and an older backup is migrated exactly as opening it would.
The work is the store's (``store.backup``: SQLite's online backup API, PostgreSQL's pg_dump); this
service decides where backups go, when one is due, which are kept, and says what happened.

A backup holds every patient's record, so taking or checking one is a manager's
(Permission.BACKUPS), and replacing the database is maintenance (MAINTENANCE), recorded in the
restored database's audit trail. The automatic daily backup is the software's own duty and runs
whoever is signed in, and while the window is locked.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clinic_desktop import private_files
from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.audit import AuditEntry, AuditKeyError
from clinic_desktop.domain.backups import RetentionPolicy, backup_due, backup_name, parse_backup_name
from clinic_desktop.domain.errors import ClinicError, SchemaError, ValidationError
from clinic_desktop.domain.users import SYSTEM
from clinic_desktop.domain.words import QT_TR_NOOP
from clinic_desktop.services.audit_keys import RESTORE_WITHOUT_KEY
from clinic_desktop.store import backup as store_backup
from clinic_desktop.store.audit import AUDIT_UNSEALED, unsealed_items
from clinic_desktop.store.migrations import SCHEMA_VERSION, migrate_database

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices
    from clinic_desktop.store.repositories import Store


@dataclass(frozen=True)
class BackupReport:
    """A backup that was written and checked (or a file that was checked): what it holds."""

    file: str
    size: int
    schema_version: int
    counts: dict[str, int]
    database: str
    taken_at: datetime
    automatic: bool = False
    removed: list[str] = field(default_factory=list)  # old automatic backups the retention let go
    # The audit trail's newest entry as the backup was taken (ID:HASH), also written beside the
    # backup (FILE.anchor): a copy outside the database for `audit verify --anchor`.
    anchor: str | None = None


@dataclass(frozen=True)
class RestoreReport:
    file: str
    database: str
    schema_version: int  # the database's, after the restore (and migration)
    migrated_from: int  # the backup's schema version
    previous: str | None  # where the database that was replaced is kept; None if there was none
    created: bool  # there was no clinic database before
    counts: dict[str, int]
    # The backup's audit key is lost (restore --key-lost): its record waits for `audit key replace`.
    awaiting_key: bool = False


@dataclass(frozen=True)
class BackupEntry:
    """One automatic backup in the backup folder."""

    path: Path
    taken_at: datetime  # UTC
    size: int


class BackupService:
    policy = RetentionPolicy()

    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    # --- where ----------------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self._s.store.location.kind

    @property
    def suffix(self) -> str:
        return ".db" if self.kind == "sqlite" else ".dump"

    def folder(self) -> Path:
        """Where the automatic backups go (store.backup.backup_folder says where and why)."""
        return store_backup.backup_folder(self._s.store.location)

    def backups(self) -> list[BackupEntry]:
        """The automatic backups in the folder, newest first (other files there are ignored)."""
        self._s.require(Permission.BACKUPS)
        return self._entries()

    def _entries(self) -> list[BackupEntry]:
        folder = self.folder()
        if not folder.is_dir():
            return []
        entries = []
        zone = self._s.time.zone
        for path in folder.iterdir():
            local = parse_backup_name(path.name)
            if local is None or path.suffix != self.suffix or not path.is_file():
                continue
            entries.append(BackupEntry(path, local.replace(tzinfo=zone).astimezone(UTC), path.stat().st_size))
        return sorted(entries, key=lambda e: (e.taken_at, e.path.name), reverse=True)

    # --- backup ---------------------------------------------------------------------------------

    def backup(self, path: str | Path) -> BackupReport:
        """A consistent copy of the database, while it is in use, written to ``path`` and checked."""
        self._s.require(Permission.BACKUPS)
        return self._backup(path)

    def _backup(self, path: str | Path) -> BackupReport:
        target = Path(path).expanduser()
        location = self._s.store.location
        try:
            if target.is_dir():
                raise ValidationError(
                    QT_TR_NOOP("{path} is a folder; give the name of the backup file to write."),
                    path=str(target),
                )
            if not target.parent.is_dir():
                raise ValidationError(
                    QT_TR_NOOP("The folder {path} does not exist."), path=str(target.parent)
                )
        except OSError as exc:  # a name the system cannot look up (too long, say)
            raise ValidationError(
                QT_TR_NOOP("Cannot write {path}: {problem}."),
                path=str(target),
                problem=str(exc.strerror or exc),
            ) from None
        database = self._s.store.database
        # Read before the copy: the trail only grows, so the backup holds this entry too.
        anchor = self._s.audit.current_anchor()
        try:
            if location.kind == "sqlite":
                self._refuse_live_file(target, restoring=False)
                snapshot = store_backup.backup_sqlite(database, target)
            else:
                assert location.url is not None
                snapshot = store_backup.backup_postgresql(database, location.url, target)
            if anchor is not None:
                write_anchor(anchor_path(target), anchor.text)
        except OSError as exc:
            raise ValidationError(
                QT_TR_NOOP("The backup could not be written to {path}: {problem}."),
                path=str(target),
                problem=str(exc.strerror or exc),
            ) from exc
        return replace(self._report(snapshot, self._s.now()), anchor=anchor.text if anchor else None)

    def verify(self, path: str | Path) -> BackupReport:
        """Check a backup file without restoring it: what restore would find in it (or why not)."""
        self._s.require(Permission.BACKUPS)
        source = Path(path).expanduser()
        self._require_same_kind(source)
        if self.kind == "sqlite":
            snapshot = store_backup.sqlite_snapshot(source)
        else:
            version = store_backup.archive_version(source)
            snapshot = store_backup.Snapshot(source, source.stat().st_size, version, {})
        taken = datetime.fromtimestamp(source.stat().st_mtime, UTC)
        return self._report(snapshot, taken)

    def _report(self, snapshot: store_backup.Snapshot, taken_at: datetime) -> BackupReport:
        return BackupReport(
            file=str(snapshot.path),
            size=snapshot.size,
            schema_version=snapshot.schema_version,
            counts=snapshot.counts,
            database=self._s.store.location.display,
            taken_at=taken_at,
        )

    # --- restore --------------------------------------------------------------------------------

    def restore(self, path: str | Path, key_lost: bool = False) -> RestoreReport:
        """Replace the clinic database with the backup at ``path``.

        The file is checked first (read-only: undamaged, a clinic database, a schema this version
        knows); then the current database is kept (beside a SQLite file, ``clinic-before-restore-
        <time>.db``; a PostgreSQL dump in the backup folder); then it is replaced in one
        transaction. An older backup is migrated as on opening; if that fails nothing is replaced
        (SQLite, where the copy is migrated before it is put in place) or the kept database is
        put back (PostgreSQL). A database that this very run created empty is not kept (nothing
        to keep).

        The restore is recorded (by whom, from what) in the restored database's audit trail
        *before* it replaces the database in use, in the same step: a restore killed right after
        the swap still leaves a trail that says so. SQLite: written into the checked copy before
        it is put in place; PostgreSQL: in the transaction that replaces the tables (an archive
        from before the audit trail gets it once the upgrade has made one).

        A backup sealed with a key this computer lacks is refused before anything changes, unless
        ``key_lost`` says every copy of that key is lost: then the restore's record cannot be
        sealed yet and waits beside the restored trail (in the same step), nobody can sign in, and
        the manager's `audit key replace` enters it under the new key (``awaiting_key``).
        """
        self._s.require(Permission.MAINTENANCE)
        source = Path(path).expanduser()
        self._require_same_kind(source)
        store = self._s.store
        location, database = store.location, store.database
        created = self._created_empty()
        stamp = f"{self._s.time.to_local(self._s.now()):%Y-%m-%d-%H%M%S}"
        run = _RestoreRun(self._s, source, key_lost, created, (self._s.session or SYSTEM).name)
        try:
            if location.kind == "sqlite":
                assert location.path is not None
                self._refuse_live_file(source, restoring=True)
                live = location.path
                keep = run.keep = store_backup.free_path(
                    live.with_name(f"{live.stem}-before-restore-{stamp}{live.suffix}")
                )
                snapshot = store_backup.restore_sqlite(database, source, keep, run.prepare)
            else:
                assert location.url is not None
                folder = private_files.make_folder(self.folder())
                keep = run.keep = store_backup.free_path(folder / f"before-restore-{stamp}.dump")
                snapshot = store_backup.restore_postgresql(database, location.url, source, keep, run.seal)
        except OSError as exc:
            raise ValidationError(
                QT_TR_NOOP("Nothing was restored: {problem} ({path})."),
                problem=str(exc.strerror or exc),
                path=str(source),
            ) from exc
        try:
            migration = migrate_database(database, location.path, location)
        except Exception as exc:
            self._put_back(keep)
            raise _not_upgraded(exc, restored=True) from exc
        self._s.settings_changed()
        self._s.patients.ensure_index()
        self._s.audit_keys.database_replaced()  # the restored trail brings its own key records
        if not run.recorded:  # an archive from before the audit trail: it has one now
            with store.write_transaction():
                self._s.record(
                    "restore", "database", source.name[:64], None,
                    run.details(snapshot.schema_version, migration.to_version),
                )  # fmt: skip
        if created:
            keep.unlink(missing_ok=True)
        return RestoreReport(
            file=str(source),
            database=location.display,
            schema_version=migration.to_version,
            migrated_from=snapshot.schema_version,
            previous=None if created else str(keep),
            created=created,
            counts=self._s.clinic.info().counts,
            awaiting_key=run.waiting,
        )

    def _put_back(self, keep: Path) -> None:
        store = self._s.store
        if store.location.kind == "sqlite":
            store_backup.put_back_sqlite(store.database, keep)
        else:
            assert store.location.url is not None
            store_backup.put_back_postgresql(store.database, store.location.url, keep)

    def _created_empty(self) -> bool:
        """This run created the database (no file was there) and nothing has been put in it."""
        migration = self._s.migration
        return migration is not None and migration.from_version == 0 and self._s.store.is_empty()

    def _require_same_kind(self, source: Path) -> None:
        store_backup.require_readable(source)
        found = store_backup.file_kind(source)
        if self.kind == "sqlite" and found == "postgresql":
            raise ValidationError(
                QT_TR_NOOP(
                    "{file} is a PostgreSQL backup; this clinic database is a SQLite file. "
                    "Restore it with --db pointing at the PostgreSQL database."
                ),
                file=source.name,
            )
        if self.kind == "postgresql" and found == "sqlite":
            raise ValidationError(
                QT_TR_NOOP(
                    "{file} is a SQLite clinic database; this clinic is on PostgreSQL, which "
                    "restores only its own backups (pg_dump custom format)."
                ),
                file=source.name,
            )

    def _refuse_live_file(self, path: Path, restoring: bool) -> None:
        live = self._s.store.location.path
        if live is None or str(live) == ":memory:":
            raise ValidationError(
                QT_TR_NOOP("This database lives only in memory; there is no file to back up.")
            )
        names = {live.resolve()} | {live.resolve().with_name(live.name + s) for s in ("-wal", "-shm")}
        if path.resolve() in names:
            raise ValidationError(
                QT_TR_NOOP("{path} is the database in use; you cannot restore from it.")
                if restoring
                else QT_TR_NOOP("{path} is the database in use; you cannot write the backup over it."),
                path=str(path),
            )

    # --- automatic backups ----------------------------------------------------------------------

    def auto_backup_if_due(self, now: datetime | None = None) -> BackupReport | None:
        """Take an automatic backup if the newest is 24 hours old (or there is none), then let the
        retention remove the ones no longer kept. None when none was due."""
        if self.kind == "sqlite" and str(self._s.store.location.path) == ":memory:":
            return None
        now = now or self._s.now()
        entries = self._entries()
        if not backup_due(entries[0].taken_at if entries else None, now):
            return None
        folder = self.folder()
        try:
            private_files.make_folder(folder)
        except OSError as exc:
            raise ValidationError(
                QT_TR_NOOP("The backup folder {path} could not be made: {problem}."),
                path=str(folder),
                problem=str(exc.strerror),
            ) from exc
        local = self._s.time.to_local(now).replace(tzinfo=None)
        report = self._backup(folder / backup_name(local, self.suffix))
        removed = self.prune()
        return replace(report, automatic=True, removed=[str(p) for p in removed])

    def prune(self) -> list[Path]:
        """Delete the automatic backups the retention policy no longer keeps; returns them (part
        of the automatic backup, so no permission is asked)."""
        entries = self._entries()
        zone = self._s.time.zone
        local = {e.path: e.taken_at.astimezone(zone).replace(tzinfo=None) for e in entries}
        kept = self.policy.keep(local.values())
        removed = []
        for entry in entries:
            if local[entry.path] not in kept:
                entry.path.unlink(missing_ok=True)
                anchor_path(entry.path).unlink(missing_ok=True)
                removed.append(entry.path)
        return removed


def anchor_path(backup: Path) -> Path:
    """Where a backup's audit anchor is written: beside it, ``FILE.anchor``."""
    return backup.with_name(backup.name + ".anchor")


def write_anchor(path: Path, text: str) -> None:
    """The anchor as one line of text (owner-only, like the backup it describes)."""
    with private_files.replacing(path) as temporary:
        temporary.write_text(f"{text}\n", encoding="utf-8")


def _not_upgraded(exc: Exception, restored: bool) -> SchemaError:
    """A restored backup's migration failed: why, in the words of what was (or was not) done
    (``restored``: the backup was put in place, and the previous database then put back)."""
    reason = exc.text if isinstance(exc, ClinicError) else str(exc)
    if restored:
        return SchemaError(
            QT_TR_NOOP(
                "The backup was restored but could not be upgraded to this version ({reason}); "
                "the previous database was put back."
            ),
            reason=reason,
        )
    return SchemaError(
        QT_TR_NOOP(
            "The backup could not be upgraded to this version ({reason}); the database in use was "
            "not replaced."
        ),
        reason=reason,
    )


@dataclass
class _RestoreRun:
    """One restore's record of itself, written by the step the store calls back in the middle of
    the swap (``prepare`` for SQLite, ``seal`` for PostgreSQL): what is restored and by whom, where
    the database in use is kept, and what was recorded."""

    services: ClinicServices
    source: Path
    key_lost: bool  # every copy of the backup's key is lost: its record waits beside the trail
    created: bool  # this very run created the database in use empty: nothing is kept
    who: str
    keep: Path | None = None  # where the database in use is kept (set before the swap)
    recorded: list[int] = field(default_factory=list)  # the audit entry's id, once written
    waiting: bool = False  # the record waits for the lost key's replacement

    def details(self, backup_version: int, version: int) -> dict[str, object]:
        return {"file": str(self.source), "backup_schema_version": backup_version,
                "schema_version": version, "previous": None if self.created else str(self.keep)}  # fmt: skip

    def unsealed(
        self, items: list[dict[str, object]], backup_version: int, version: int
    ) -> list[dict[str, object]]:
        self.waiting = True
        record = {
            "action": "restore",
            "user": self.who,
            "entity": "database",
            "entity_id": self.source.name[:64],
        }
        after = self.details(backup_version, version)
        return [
            *items,
            {**record, "before": None, "after": after, "at": self.services.real_now().isoformat()},
        ]

    def prepare(self, copy: Store, backup_version: int) -> None:
        """SQLite: the checked copy, about to be put in place, migrated and recording this
        (signed with its own key; a copy from before keys gets one, this computer's keys no
        longer claiming the database it replaces)."""
        s = self.services
        try:
            migrated = migrate_database(copy.database)
        except Exception as exc:
            raise _not_upgraded(exc, restored=False) from exc
        s.audit_keys.database_replaced()
        with copy.write_transaction():
            if s.audit_keys.lacks_key():
                if not self.key_lost:
                    raise AuditKeyError(RESTORE_WITHOUT_KEY)
                items = self.unsealed(copy.audit.unsealed(), backup_version, migrated.to_version)
                copy.audit.keep_unsealed(items)
                self.recorded.append(copy.audit.head()[0])
                return
            s.record(
                "restore",
                "database",
                self.source.name[:64],
                None,
                self.details(backup_version, migrated.to_version),
            )
        self.recorded.append(copy.audit.head()[0])

    def seal(
        self, head: tuple[int, str], backup_version: int, info: dict[str, str]
    ) -> AuditEntry | list[Any]:
        """PostgreSQL: the entry after the archive's last, written with its tables and signed
        with the archive's key (refused, nothing changed, when this computer lacks it; with
        ``key_lost``, the record kept waiting beside the trail instead)."""
        s = self.services
        store = s.store
        if self.key_lost and s.audit_keys.archive_lacks_key(info):
            self.recorded.append(head[0])
            items = self.unsealed(unsealed_items(info.get(AUDIT_UNSEALED)), backup_version, SCHEMA_VERSION)
            return [store.audit.unsealed_write(items)]
        entry = store.audit.sealed(
            head, s.real_now(), self.who, "restore", "database", self.source.name[:64], None,
            self.details(backup_version, SCHEMA_VERSION), None, key=s.audit_keys.archive_key(info),
        )  # fmt: skip
        self.recorded.append(entry.id)
        return entry
