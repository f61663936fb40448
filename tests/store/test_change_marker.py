"""What live refresh polls: another workstation's committed write moves the marker (SQLite's
data_version; PostgreSQL's NOTIFY at commit), a rolled-back one does not, and reading it changes
nothing."""

from __future__ import annotations

import time

import pytest

from clinic_desktop.domain.errors import ConflictError
from clinic_desktop.services import ClinicServices, Clock
from tests.conftest import FIXED_NOW


def _moved(services: ClinicServices, before: int, seconds: float = 3.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if services.clinic.change_marker() != before:
            return True
        time.sleep(0.02)
    return False


def test_another_workstations_commit_moves_the_marker(services: ClinicServices, db_url: str) -> None:
    here = services
    before = here.clinic.change_marker()
    assert before is not None
    assert here.clinic.change_marker() == before  # reading it is not a change
    other = ClinicServices.open(db_url, Clock(FIXED_NOW))
    try:
        other.resources.add_provider("Dr Okafor")
        assert _moved(here, before)
        after = here.clinic.change_marker()
        with pytest.raises(ConflictError):
            other.resources.add_provider("Dr Okafor")  # refused inside the write: rolled back
        assert not _moved(here, after, 0.5)
    finally:
        other.close()
