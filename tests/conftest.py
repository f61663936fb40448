"""Shared fixtures: a fresh clinic database per test, on a real file (WAL needs one)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from clinic_desktop.services import ClinicServices, Clock  # noqa: E402

FIXED_NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)  # 10:00 in New York


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does may touch the real user's data, log or settings folders."""
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("CLINIC_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "clinic.db"


@pytest.fixture
def services(db_path: Path) -> Iterator[ClinicServices]:
    s = ClinicServices.open(str(db_path), Clock(FIXED_NOW))
    yield s
    s.close()


@pytest.fixture
def demo_services(services: ClinicServices) -> ClinicServices:
    """A small deterministic demo clinic (New York, 2 providers, 1 year)."""
    services.demo.generate(patients=300, providers=2, years=1, seed=7)
    return services
