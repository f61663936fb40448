"""Small tables read once per read transaction: remembered inside it, never across transactions or
past a write, and nested read transactions add nothing."""

from __future__ import annotations

import pytest

from clinic_desktop.services import ClinicServices
from clinic_desktop.store import models as m

LIST = 'FROM "provider" AS "t1" ORDER BY'  # the providers list, not other provider queries


def _count_statements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The statements sent; on PostgreSQL a prepared statement's EXECUTE (store/prepared.py) is
    written out as the SQL it runs."""
    seen: list[str] = []
    original = m.db.obj.execute_sql
    prepared = getattr(m.db.obj, "_preparing", None)

    def counting(sql: str, params: object = None, *rest: object, **extra: object) -> object:
        cursor = original(sql, params, *rest, **extra)
        written = getattr(m.db.obj, "_preparing", prepared) or {}
        for name, text in written.items():
            sql = sql.replace(f"EXECUTE {name}", text)
        seen.append(sql)
        return cursor

    monkeypatch.setattr(m.db.obj, "execute_sql", counting)
    return seen


def test_providers_are_read_once_inside_a_read_transaction(
    services: ClinicServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = services.store
    services.resources.add_provider("Dr Lind")
    seen = _count_statements(monkeypatch)
    with store.read_transaction():
        first = store.providers.list()
        with store.read_transaction():  # nested: no savepoint, same memo
            second = store.providers.list()
        reads = [sql for sql in seen if LIST in sql]
        assert len(reads) == 1 and not any("SAVEPOINT" in sql for sql in seen)
        assert [p.name for p in first] == [p.name for p in second] == ["Dr Lind"]
        with store.write_transaction():  # a write inside: read afresh afterwards
            store.providers.add("Dr Okafor")
        assert [p.name for p in store.providers.list()] == ["Dr Lind", "Dr Okafor"]
    outside = store.providers.list()  # no transaction: always read
    store.providers.list()
    assert [p.name for p in outside] == ["Dr Lind", "Dr Okafor"]
    assert len([sql for sql in seen if LIST in sql]) == 4
