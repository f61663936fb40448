"""The services suite runs on both engines: every test that opens a clinic (``services``,
``new_database``, ``db_url``) runs once on SQLite and once on PostgreSQL."""

import pytest


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)
