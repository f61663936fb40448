"""Files that hold patient data, readable by their owner only, whatever the process's umask.

Everything the application writes about patients (the SQLite database and its -wal/-shm/-journal,
backups and pre-upgrade copies, pg_dump archives, CSV, FHIR, iCalendar and PDF exports, the crash
log, the temporary files they are written through) is created mode 0600, in folders the
application creates mode 0700. Under the usual umask 022 a plain ``open()`` would make them
readable by every local user of the computer.

- Created private, never tightened afterwards: a file is made by ``os.open(..., 0o600)`` (or
  ``mkstemp``, which does the same), so there is no moment at which another user could open it.
  The mode is set again with ``fchmod``/``chmod`` because a umask such as 0277 would take bits away
  that the owner needs. Folders are made with ``mkdir`` and then ``chmod`` (mkdir's mode is masked
  by the umask); folders that already existed (the user's Desktop, a shared drive) are left alone.
- Files written by someone else (Qt's PDF writer, SQLite, ``pg_dump``) are written *into* a file
  created here first: they open it with O_TRUNC, which keeps its mode. SQLite gives its -wal,
  -shm and -journal files the mode of the database file, so a database created 0600 keeps its side
  files 0600 too.
- Written beside the target and renamed over it (``replacing``): a failure never leaves half a
  file nor spoils the previous one. The temporary file is ``.<name>.<random>.partial``; while it is
  written it is locked (``flock``), so that ``remove_stale_partials`` can tell the leftovers of a
  killed process (unlocked, and not touched for an hour) from a file another process or thread is
  writing right now.
- Windows: the user profile's default ACLs already keep files in it from other users, and
  ``os.chmod`` only sets or clears the read-only flag there; nothing here changes those ACLs. There
  is no ``flock`` either, but a file another process has open cannot be deleted, and stale files
  are told by their age.

This module sits below every layer (the store, the services, printing and the window all write
files) and uses the standard library only.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

FILE_MODE = 0o600
FOLDER_MODE = 0o700
PARTIAL_SUFFIX = ".partial"
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")
#: A partial file nobody holds that has not changed for this long was left by a process that died.
STALE_AFTER_SECONDS = 3600.0

# mkstemp's names: "." + the target's name + "." + 8 random characters + ".partial" (+ SQLite's own).
_PARTIAL_NAME = re.compile(r"^\..+\.[a-z0-9_]{8}\.partial(?:-wal|-shm|-journal)?$")


def make_folder(path: str | os.PathLike[str]) -> Path:
    """``path`` and its missing parents, each one created here mode 0700 (``mkdir -p``); folders
    that were there already keep their mode. An existing file of that name is FileExistsError."""
    folder = Path(path)
    missing = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for created in reversed(missing):
        try:
            created.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            continue  # made meanwhile by another process: theirs
        os.chmod(created, FOLDER_MODE)
    folder.mkdir(exist_ok=True)  # FileExistsError for a file of that name, as mkdir -p says
    return folder


def create_file(path: str | os.PathLike[str]) -> Path:
    """Make sure ``path`` exists and is its owner's only, without truncating it: a SQLite database
    before SQLite opens it, a log file before logging appends to it. An existing file that is more
    open is made owner-only (when this user owns it)."""
    target = Path(path)
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), FILE_MODE)
    try:
        _restrict_descriptor(descriptor)
    finally:
        os.close(descriptor)
    return target


def restrict(path: str | os.PathLike[str]) -> None:
    """Make an existing file owner-only if anyone else may read or write it; a missing file, a
    folder, or a file that belongs to another user (who alone may change its mode) is left as it
    is."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISREG(mode) and stat.S_IMODE(mode) & 0o077:
        with suppress(PermissionError):
            os.chmod(path, stat.S_IMODE(mode) & FILE_MODE)


def restrict_database(path: str | os.PathLike[str]) -> None:
    """A SQLite database file and its side files, owner-only (see ``restrict``)."""
    for suffix in ("", *SQLITE_SIDE_FILES):
        restrict(f"{os.fspath(path)}{suffix}")


def _restrict_descriptor(descriptor: int) -> None:
    """Exactly 0600 (a umask like 0277 takes bits from mkstemp's and os.open's mode too)."""
    if not hasattr(os, "fchmod"):  # Windows: the profile's ACLs apply (module docstring)
        return
    if stat.S_IMODE(os.fstat(descriptor).st_mode) != FILE_MODE:
        with suppress(PermissionError):  # another user's file: only they may change it
            os.fchmod(descriptor, FILE_MODE)


def _new_partial(target: Path, suffix: str) -> tuple[int, Path]:
    """A new empty file beside ``target``, 0600 from its creation (mkstemp uses O_EXCL, 0600)."""
    descriptor, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    _restrict_descriptor(descriptor)
    return descriptor, Path(name)


def temporary_beside(target: str | os.PathLike[str], suffix: str = PARTIAL_SUFFIX) -> Path:
    """A new empty owner-only file beside ``target`` for the caller to write and rename (or
    remove) itself; ``replacing`` does both and should be preferred."""
    descriptor, path = _new_partial(Path(target), suffix)
    os.close(descriptor)
    return path


def _lock(descriptor: int) -> bool:
    """Hold ``descriptor``'s file exclusively without waiting; False when another holds it."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


@contextmanager
def replacing(target: str | os.PathLike[str]) -> Iterator[Path]:
    """An owner-only temporary file beside ``target`` to write the whole file into (the caller, or
    a program it runs, opens it by name). When the block ends without error the file is flushed
    to disk and renamed onto ``target``; when it fails it is removed, with any SQLite side files.
    While the block runs the file is locked, so ``remove_stale_partials`` leaves it alone."""
    final = Path(target)
    descriptor, temporary = _new_partial(final, PARTIAL_SUFFIX)
    held: int | None = descriptor
    try:
        if fcntl is None:  # nothing to lock with; an open file would only stop the rename
            os.close(descriptor)
            held = None
        else:
            _lock(descriptor)
        yield temporary
        if held is None:
            with open(temporary, "rb+") as written:
                os.fsync(written.fileno())
        else:
            os.fsync(held)
            os.close(held)
            held = None
        os.replace(temporary, final)
        _fsync_folder(final.parent)
    finally:
        if held is not None:
            os.close(held)
        for leftover in (temporary, *(Path(f"{temporary}{s}") for s in SQLITE_SIDE_FILES)):
            with suppress(FileNotFoundError):
                leftover.unlink()


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no folder handles to sync, and needs none."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def remove_stale_partials(folder: str | os.PathLike[str], now: float | None = None) -> list[Path]:
    """Delete the partial files in ``folder`` that a killed process left behind: our own name
    pattern, nobody holding the file, and not changed for STALE_AFTER_SECONDS. A partial file that
    another process or thread is writing is locked (or, on Windows, cannot be deleted) and stays.
    Returns the files removed; a folder that cannot be read removes nothing."""
    moment = time.time() if now is None else now
    removed: list[Path] = []
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if _PARTIAL_NAME.match(entry.name))
    except OSError:
        return removed
    for name in names:
        path = Path(folder) / name
        if name.endswith(PARTIAL_SUFFIX):
            if _remove_if_stale(path, moment):
                removed.append(path)
                for suffix in SQLITE_SIDE_FILES:
                    side = Path(f"{path}{suffix}")
                    with suppress(OSError):
                        side.unlink()
                        removed.append(side)
        elif not Path(folder, name.rsplit("-", 1)[0]).exists() and _remove_if_stale(path, moment):
            removed.append(path)  # a side file whose partial is gone
    return removed


def _remove_if_stale(path: Path, moment: float) -> bool:
    """Remove ``path`` if it is old and nobody holds it (POSIX: while holding it ourselves)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return False  # gone meanwhile, or not ours to read
    try:
        if moment - os.fstat(descriptor).st_mtime < STALE_AFTER_SECONDS:
            return False
        if fcntl is not None:
            if not _lock(descriptor):
                return False  # a live writer holds it
            path.unlink(missing_ok=True)
            return True
    finally:
        os.close(descriptor)
    try:  # Windows: a file another process has open cannot be deleted, which is the test
        path.unlink(missing_ok=True)
    except OSError:
        return False
    return True
