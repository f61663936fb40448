"""The command-line tests sign in on every call: argon2id at its least cost keeps them quick."""

from __future__ import annotations

import pytest

from tests.clinic_users import fast_password_hashing


@pytest.fixture(autouse=True)
def _fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_password_hashing(monkeypatch)
