from pathlib import Path

import pytest

from clinic_desktop.domain.errors import SchemaError, ValidationError
from clinic_desktop.store.connection import (
    default_database_path,
    open_database,
    redact_password,
    resolve_location,
)


def test_sqlite_is_opened_for_a_desktop_that_reads_while_writing(db_path: Path) -> None:
    database, location = open_database(str(db_path))
    try:
        pragma = lambda name: database.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == 5000
        assert pragma("synchronous") == 1  # NORMAL
        assert location.path == db_path
        assert db_path.exists()
    finally:
        database.close()


def test_locations() -> None:
    assert resolve_location("sqlite:///relative/clinic.db").path == Path("relative/clinic.db")
    assert resolve_location("sqlite:////abs/clinic.db").path == Path("/abs/clinic.db")
    assert resolve_location("~/clinic.db").path == Path("~/clinic.db").expanduser()
    pg = resolve_location("postgresql://clinic:secret@db.local:5433/clinic")
    assert pg.kind == "postgresql"
    assert pg.display == "postgresql://clinic@db.local:5433/clinic"
    with pytest.raises(ValidationError, match="not a database"):
        resolve_location("mysql://u:p@h/db")
    with pytest.raises(ValidationError, match="SQLite URL"):
        resolve_location("sqlite://nohost")


def test_password_never_shown() -> None:
    assert "secret" not in redact_password("postgresql://u:secret@h/db")
    assert redact_password("postgresql://u@h/db") == "postgresql://u@h/db"


def test_environment_then_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CLINIC_DB", str(tmp_path / "env.db"))
    assert resolve_location(None).path == tmp_path / "env.db"
    assert resolve_location(str(tmp_path / "flag.db")).path == tmp_path / "flag.db"
    monkeypatch.delenv("CLINIC_DB")
    default = resolve_location(None).path
    assert default == default_database_path()
    assert default is not None and default.name == "clinic.db" and "clinic-desktop" in str(default)


def test_postgresql_without_a_name_is_refused() -> None:
    with pytest.raises((ValidationError, SchemaError)):
        open_database("postgresql://u@localhost/")
