"""Clinics with a signed-in user for each role, for the tests that run the command line.

Every command runs as a user (docs/cli.md, "Signing in"): a test clinic is made the way a clinic
is, by `init --manager`, then gets a receptionist and a provider, all with one known password.
``run`` passes the user in CLINIC_USER / CLINIC_PASSWORD for the one call, as a script would.

A provider account is one provider record (domain/signing.py), so the clinic's provider account
``provider`` is made once the clinic has a provider: the first time a command runs as it, linked
to the clinic's first provider (a provider record "Dr Pat Provider" is added when there is none).
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import pytest
from argon2 import PasswordHasher

MANAGER, PROVIDER, RECEPTION = "manager", "provider", "reception"
PASSWORD = "test-clinic-password"  # every test user's
ROLES = {MANAGER: "manager", PROVIDER: "provider", RECEPTION: "reception"}
VARIABLES = ("CLINIC_USER", "CLINIC_PASSWORD", "CLINIC_NEW_PASSWORD")

#: The commands only a provider may run (recording treatments and outcomes): steps that set up a
#: clinic run these as the provider, everything else as the manager.
CHARTING = {("treatments", "record"), ("outcomes", "add")}


def fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id with the least work it allows. The real cost (a fifth of a second per sign-in, the
    point of argon2id) would add minutes to suites that run hundreds of commands, each signing in;
    the algorithm and every code path stay the same."""
    from clinic_desktop.services import users

    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    monkeypatch.setattr(users, "_hasher", cheap)
    monkeypatch.setattr(users, "_DUMMY_HASH", cheap.hash("not a password of anyone's"))


@contextmanager
def environment(values: Mapping[str, str | None]) -> Iterator[None]:
    """Set (a str) or remove (None) environment variables for the block, then put them back."""
    saved = {key: os.environ.get(key) for key in values}
    try:
        for key, value in values.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


#: The clinics (--db) whose provider account exists.
_PROVIDER_ACCOUNTS: set[str] = set()


def provider_account(db: str) -> None:
    """Make the provider account of the clinic at ``db``, linked to its first provider, unless it
    exists (a demo clinic makes its own)."""
    if db in _PROVIDER_ACCOUNTS:
        return
    code, out, _ = run("--db", db, "users", "list", "--json")
    if code != 0:
        return  # no clinic there (yet): the command itself will say so
    if PROVIDER not in [u["name"] for u in json.loads(out)]:
        code, out, err = run("--db", db, "providers", "list", "--json")
        assert code == 0, err
        providers = json.loads(out)
        if not providers:
            code, out, err = run("--db", db, "providers", "add", "--name", "Dr Pat Provider", "--json")
            assert code == 0, err
            providers = [json.loads(out)]
        code, _, err = run("--db", db, "users", "add", "--name", PROVIDER, "--role", "provider",
                           "--provider", str(providers[0]["id"]), new_password=PASSWORD)  # fmt: skip
        assert code == 0, err
    _PROVIDER_ACCOUNTS.add(db)


def run(
    *args: str,
    user: str | None = MANAGER,
    password: str | None = PASSWORD,
    new_password: str | None = None,
    stdin: TextIO | None = None,
) -> tuple[int, str, str]:
    """The command line in-process as ``user`` (None: nobody): (exit status, stdout, stderr)."""
    from clinic_desktop.app import main

    if user == PROVIDER and "--db" in args and password == PASSWORD:
        provider_account(args[args.index("--db") + 1])

    out, err = io.StringIO(), io.StringIO()
    variables = {"CLINIC_USER": user, "CLINIC_PASSWORD": password, "CLINIC_NEW_PASSWORD": new_password}
    with environment(variables):
        code = main(list(args), stdout=out, stderr=err, stdin=stdin or io.StringIO())
    return code, out.getvalue(), err.getvalue()


def user_for(args: tuple[str, ...] | list[str]) -> str:
    """Who runs a set-up step: the provider for charting, the manager for everything else."""
    words = [a for a in args if not a.startswith("-")]
    return PROVIDER if tuple(words[:2]) in CHARTING else MANAGER


def run_as_needed(*args: str) -> tuple[int, str, str]:
    """``run`` as the user the step needs (user_for), whatever its global options."""
    command = list(args)
    while command and command[0].startswith("--"):
        command = command[2:] if command[0] in ("--db", "--now", "--user") else command[1:]
    return run(*args, user=user_for(command))


def new_clinic(db: str) -> str:
    """A new clinic at ``db`` (a path or URL) made by `init --manager`, with a receptionist (and a
    provider account once it has a provider: provider_account); every user's password is PASSWORD."""
    _PROVIDER_ACCOUNTS.discard(db)
    # A new file's clinic in UTC, as every clinic was before init took this computer's zone: the same
    # on every machine. (An existing database keeps the zone it has; init only adds the manager.)
    new_file = "://" not in db and not Path(db).exists()
    zone = ["--timezone", "UTC"] if new_file else []
    code, _, err = run("--db", db, "init", "--manager", MANAGER, *zone, user=None)
    assert code == 0, err
    code, _, err = run("--db", db, "users", "add", "--name", RECEPTION, "--role", ROLES[RECEPTION],
                       new_password=PASSWORD)  # fmt: skip
    assert code == 0, err
    return db


def process_environment(user: str | None = MANAGER, **extra: str) -> dict[str, str]:
    """The environment of a clinic-desktop process run as ``user``."""
    environment = {k: v for k, v in os.environ.items() if k not in VARIABLES}
    if user is not None:
        environment.update(CLINIC_USER=user, CLINIC_PASSWORD=PASSWORD)
    environment.update(extra)
    return environment
