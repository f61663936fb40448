"""Who runs a command: the user named by --user (default the environment variable CLINIC_USER),
with the password from CLINIC_PASSWORD, else asked for on the terminal, else refused (exit 1) with
the way to sign in (shared docs/cli.md, "Signing in")."""

from __future__ import annotations

import getpass
import os
import sys
from typing import TextIO

from clinic_desktop.domain.errors import ClinicError

USER_VARIABLE = "CLINIC_USER"
PASSWORD_VARIABLE = "CLINIC_PASSWORD"
NEW_PASSWORD_VARIABLE = "CLINIC_NEW_PASSWORD"
#: A personal access token (`users token create`): signs a command in alone, no name, no password.
TOKEN_VARIABLE = "CLINIC_TOKEN"

HOW_TO_SIGN_IN = (
    f"Sign in to run this: give --user NAME (or set {USER_VARIABLE}) and set {PASSWORD_VARIABLE}, "
    "or run the command from a terminal to be asked for the password."
)


class NotSignedInError(ClinicError):
    """No user or no password could be had: the command was not run."""


def _interactive(stdin: TextIO | None) -> bool:
    stream = stdin if stdin is not None else sys.stdin
    try:
        return bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError):
        return False


def access_token() -> str | None:
    """The token in CLINIC_TOKEN, if one is set (blank counts as none)."""
    token = os.environ.get(TOKEN_VARIABLE, "").strip()
    return token or None


def user_name(given: str | None) -> str | None:
    name = given if given is not None else os.environ.get(USER_VARIABLE)
    return name.strip() if name and name.strip() else None


def credentials(given_user: str | None, stdin: TextIO | None = None) -> tuple[str, str]:
    """(name, password) for signing in, or NotSignedInError saying how to sign in."""
    name = user_name(given_user)
    if name is None:
        raise NotSignedInError(HOW_TO_SIGN_IN)
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        if not _interactive(stdin):
            raise NotSignedInError(HOW_TO_SIGN_IN)
        password = getpass.getpass(f"Password for {name}: ")
    return name, password


def new_password(
    stdin: TextIO | None = None, prompt: str = "New password", variable: str = NEW_PASSWORD_VARIABLE
) -> str:
    """A new password (users add, users passwd; init --manager and demo read CLINIC_PASSWORD):
    the environment variable, else asked twice on the terminal, else refused."""
    password = os.environ.get(variable)
    if password is not None:
        return password
    if not _interactive(stdin):
        raise NotSignedInError(
            f"Give the new password in the environment variable {variable}, "
            "or run the command from a terminal to be asked for it."
        )
    first = getpass.getpass(f"{prompt}: ")
    second = getpass.getpass(f"{prompt} again: ")
    if first != second:
        raise NotSignedInError("The two passwords differ; nothing was changed.")
    return first


def ask(stdin: TextIO | None, prompt: str, stderr: TextIO | None = None) -> str | None:
    """One line typed at the terminal (the prompt on stderr, so stdout stays the result's), or
    None when nobody is at a terminal to answer."""
    if not _interactive(stdin):
        return None
    stream = stdin if stdin is not None else sys.stdin
    err = stderr if stderr is not None else sys.stderr
    err.write(f"{prompt}: ")
    err.flush()
    answer = stream.readline()
    return answer.strip() or None
