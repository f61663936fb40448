"""The channels' passwords (the mail server's, the text-message gateway's): kept outside the
clinic database, on the computer that sends, and never written to a log, a message or the audit
trail.

Where the computer has a keyring of its own (macOS Keychain, Windows Credential Locker, the
Secret Service of a Linux desktop) the ``keyring`` library keeps them there. A server or a
desktop without one (keyring's "fail" or "null" backend) keeps them in a file readable by its
owner only (0600 in a 0700 folder of the user's configuration, private_files.py), one per clinic
database (named by the database's identity), so two clinics on one computer never share one.

The database holds the rest of a channel's set-up (host, port, user name): every workstation
sees how the clinic sends, while only the computer that sends holds the secret. A backup of the
database therefore carries no password, and a person who can read the database (a report tool, a
copy) cannot send as the clinic.
"""

from __future__ import annotations

import json
import os
from contextlib import suppress
from pathlib import Path

from clinic_desktop import APP_NAME, private_files

SERVICE = APP_NAME


def _keyring() -> object | None:
    """The operating system's keyring, or None where there is none to use."""
    try:
        import keyring
        from keyring.backends import chainer, fail, null

        backend = keyring.get_keyring()
    except Exception:  # a broken desktop session (no D-Bus): the file instead
        return None
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    return backend


def folder() -> Path:
    """The user's configuration folder for these files (e.g. ~/.config/clinic-desktop/credentials)."""
    from platformdirs import user_config_path

    return user_config_path(APP_NAME) / "credentials"


class Credentials:
    """The secrets of one clinic database's channels, on this computer."""

    def __init__(self, identity: str) -> None:
        self._identity = identity

    def _name(self, channel: str) -> str:
        return f"{self._identity}:{channel}"

    @property
    def path(self) -> Path:
        return folder() / f"{self._identity}.json"

    def where(self) -> str:
        """Where they are kept, in words (the channel set-up says it)."""
        backend = _keyring()
        if backend is not None:
            return f"this computer's keyring ({getattr(backend, 'name', type(backend).__name__)})"
        return f"a file only you can read ({self.path})"

    def get(self, channel: str) -> str | None:
        backend = _keyring()
        if backend is not None:
            with suppress(Exception):
                found = backend.get_password(SERVICE, self._name(channel))  # type: ignore[attr-defined]
                if found is not None:
                    return str(found)
        return self._read().get(channel)

    def set(self, channel: str, secret: str) -> None:
        backend = _keyring()
        if backend is not None:
            try:
                backend.set_password(SERVICE, self._name(channel), secret)  # type: ignore[attr-defined]
            except Exception:  # the keyring refused (locked, no session): the file instead
                pass
            else:
                self._forget_in_file(channel)
                return
        values = self._read()
        values[channel] = secret
        self._write(values)

    def delete(self, channel: str) -> None:
        backend = _keyring()
        if backend is not None:
            with suppress(Exception):
                backend.delete_password(SERVICE, self._name(channel))  # type: ignore[attr-defined]
        self._forget_in_file(channel)

    def _forget_in_file(self, channel: str) -> None:
        values = self._read()
        if channel in values:
            del values[channel]
            self._write(values)

    def _read(self) -> dict[str, str]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except (FileNotFoundError, NotADirectoryError):
            return {}
        try:
            found = json.loads(text)
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}

    def _write(self, values: dict[str, str]) -> None:
        private_files.make_folder(self.path.parent)
        with private_files.replacing(self.path) as temporary:
            with open(temporary, "w", encoding="utf-8") as handle:
                json.dump(values, handle)
            os.chmod(temporary, private_files.FILE_MODE)
