"""A lost server connection: a clear refusal that nothing was saved, and the next attempt connects
again by itself (PostgreSQL; SQLite has no connection to lose)."""

from __future__ import annotations

import pytest

from clinic_desktop.domain.errors import UNAVAILABLE, DatabaseUnavailableError
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput


def test_a_dropped_connection_is_reported_then_reconnected(
    services: ClinicServices, backend: str, request: pytest.FixtureRequest
) -> None:
    services.resources.add_provider("Dr Lind")
    if backend != "postgresql":
        assert services.clinic.ping() is None  # nothing to lose on a file
        return
    server = request.getfixturevalue("postgresql_server")
    name = services.store.database.database

    def cut() -> None:  # the server ends this clinic's connections (a restart, a network drop)
        server.admin(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            f" WHERE datname = '{name}' AND pid <> pg_backend_pid()"
        )

    cut()
    with pytest.raises(DatabaseUnavailableError):  # lost inside a write transaction
        services.resources.add_provider("Dr Okafor")
    services.clinic.ping()
    cut()
    with pytest.raises(DatabaseUnavailableError) as refused:
        services.patients.add(PatientInput("Ines", "Ortega", "1980-04-02"))
    assert refused.value.message.startswith(UNAVAILABLE) and "Nothing was saved" in refused.value.message
    services.clinic.ping()  # connects again by itself
    added = services.patients.add(PatientInput("Ines", "Ortega", "1980-04-02")).record
    assert [p.name for p in services.resources.providers()] == ["Dr Lind"]
    assert services.patients.get(added.id).family_name == "Ortega"
    assert services.clinic.info().counts["patients"] == 1  # the refused add saved nothing
