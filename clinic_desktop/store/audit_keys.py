"""The clinic audit keys this computer holds: one file per clinic, named by the clinic's random
identity (``<identity>.key``), in the user's configuration folder (platformdirs'
``user_config_path("clinic-desktop")/audit-keys``; on Linux ``~/.config/clinic-desktop/audit-keys``),
never in the database whose trail it signs. Files are readable and writable by their owner only
(0600) in a folder only the owner may enter (0700), whatever the umask; a file is written whole to
a temporary name and renamed, so a crash never leaves half a key (clinic_desktop.private_files,
as for every file that holds patient data).

Several clinic databases on one computer each have their own key (their identities differ). The
files hold the secret: a backup of this folder (or of one exported key, ``audit key export``) is
what lets the trail be checked and written after the computer is lost (docs/audit-key.md)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from clinic_desktop import private_files
from clinic_desktop.domain.audit import AuditKey, AuditKeyError
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.words import QT_TR_NOOP

FOLDER_NAME = "audit-keys"
SUFFIX = ".key"
FILE_MODE = private_files.FILE_MODE
FOLDER_MODE = private_files.FOLDER_MODE


def default_folder() -> Path:
    from platformdirs import user_config_path

    return user_config_path("clinic-desktop", appauthor=False) / FOLDER_NAME


class AuditKeyFolder:
    """The key files of this computer's user. ``folder`` None: the user's configuration folder,
    looked up at each use (so a process that changes XDG_CONFIG_HOME, as the tests do, follows)."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder

    @property
    def folder(self) -> Path:
        return self._folder if self._folder is not None else default_folder()

    def path(self, clinic: str) -> Path:
        return self.folder / f"{clinic}{SUFFIX}"

    def load(self, clinic: str) -> AuditKey | None:
        """The clinic's key, or None when this computer has none."""
        path = self.path(clinic)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise AuditKeyError(
                QT_TR_NOOP("The audit key file {path} cannot be read: {problem}."),
                path=str(path),
                problem=str(exc.strerror or exc),
            ) from exc
        try:
            key = AuditKey.from_text(text, str(path))
        except ValidationError as exc:
            raise AuditKeyError(
                QT_TR_NOOP(
                    "{message} It may be damaged: put back the copy kept with the backups "
                    "(clinic-desktop audit key import FILE)."
                ),
                message=exc.text,
            ) from None
        if key.clinic != clinic:
            raise AuditKeyError(
                QT_TR_NOOP("The audit key file {path} holds another clinic's key ({clinic})."),
                path=str(path),
                clinic=key.clinic,
            )
        return key

    def held(self) -> list[AuditKey]:
        """Every readable key file (a damaged or foreign file in the folder is passed over)."""
        found = []
        try:
            paths = sorted(self.folder.glob(f"*{SUFFIX}"))
        except OSError:
            return []
        for path in paths:
            try:
                key = AuditKey.from_text(path.read_text(encoding="utf-8"), str(path))
            except (OSError, ValueError, ValidationError):
                continue
            if path.stem == key.clinic:
                found.append(key)
        return found

    def save(self, key: AuditKey) -> Path:
        """Write (or rewrite) the clinic's key file, owner-only, whole or not at all."""
        folder = private_files.make_folder(self.folder)
        os.chmod(folder, FOLDER_MODE)  # this folder is the keys' own, whoever made it
        target = self.path(key.clinic)
        with private_files.replacing(target) as temporary:
            temporary.write_text(key.to_text(), encoding="utf-8")  # O_TRUNC keeps its 0600
        return target


def write_key_file(key: AuditKey, path: Path) -> None:
    """An exported copy of the key: a new file only (an existing one is never overwritten),
    owner-only."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        raise ValidationError(
            QT_TR_NOOP("{path} already exists; name a new file for the key."), path=str(path)
        ) from None
    except OSError as exc:
        raise ValidationError(
            QT_TR_NOOP("The key could not be written to {path}: {problem}."),
            path=str(path),
            problem=str(exc.strerror or exc),
        ) from exc
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(key.to_text())
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise


def read_key_file(path: Path) -> AuditKey:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not a text file"
        raise ValidationError(
            QT_TR_NOOP("The key file {path} cannot be read: {reason}."), path=str(path), reason=reason
        ) from exc
    return AuditKey.from_text(text, f"The file {path}")
