"""domain/clinic_settings.py is the one declaration of a clinic setting: every entry round-trips
through the store and the service with no code of its own, and a new entry needs none either."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any

import pytest

from clinic_desktop.domain import clinic_settings
from clinic_desktop.domain.clinic_settings import SETTINGS, Setting
from clinic_desktop.domain.entities import ClinicSettings
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.text import check_text
from clinic_desktop.domain.users import DEFAULT_IDLE_LOCK_MINUTES
from clinic_desktop.services import ClinicServices, Clock
from clinic_desktop.store import repositories


def test_the_settings_record_is_the_table() -> None:
    assert [f.name for f in fields(ClinicSettings)] == [s.key for s in SETTINGS]
    assert ClinicSettings() == ClinicSettings(**{s.key: s.default for s in SETTINGS})
    assert ClinicSettings().idle_lock_minutes == DEFAULT_IDLE_LOCK_MINUTES  # declared once
    with pytest.raises(TypeError, match="clinic_settings.py"):
        clinic_settings.check_fields(_Greeted)  # a field the table does not declare


def prepared(services: ClinicServices, entry: Setting[Any]) -> None:
    """A setting that belongs to another is set after that one (a region after its country)."""
    if entry.follows:
        parent = clinic_settings.setting(entry.follows)
        assert parent is not None
        services.clinic.set_setting(parent.key, parent.example)


@pytest.fixture
def live(db_url: str) -> Iterator[ClinicServices]:
    """The clinic on the real clock (fractions of a second and all)."""
    services = ClinicServices.open(db_url, Clock())
    yield services
    services.close()


@pytest.mark.parametrize("entry", SETTINGS, ids=[s.key for s in SETTINGS])
def test_every_setting_round_trips_through_the_service_and_the_store(
    live: ClinicServices, entry: Setting[Any]
) -> None:
    prepared(live, entry)
    before = live.clinic.settings()
    saved = live.clinic.set_setting(entry.key, entry.example)
    value = getattr(saved, entry.key)
    assert isinstance(value, entry.type) and value != entry.default
    assert value == entry.decode(entry.check(entry.example, before))
    with live.store.read_transaction():  # as saved, read again by the store
        assert getattr(live.store.settings.get(), entry.key) == value
        assert entry.key in live.store.settings.explicit_keys()
    trail = [e for e in live.audit.entries() if e.entity == "settings" and e.entity_id == entry.key]
    assert any(
        e.before == {entry.key: getattr(before, entry.key)} and e.after == {entry.key: value} for e in trail
    )
    if entry.key != "name":  # back to the default the window's way (a clinic's name is never emptied)
        after = live.clinic.set_settings({entry.key: entry.encode(entry.default)})
        assert (
            getattr(after, entry.key) == entry.default == getattr(live.clinic.refresh_settings(), entry.key)
        )


# --- a setting added to the table -----------------------------------------------------------------


@dataclass(frozen=True)
class _Greeted(ClinicSettings):
    greeting: str = "Hello"


def _greeting(value: str, current: ClinicSettings) -> str:
    if not value.strip():
        raise ValidationError("The greeting needs words.")
    return check_text("greeting", value.strip(), 40)


GREETING = Setting("greeting", str, "Hello", _greeting, help="how messages begin", example="Good day")


@pytest.fixture
def greeting_added(monkeypatch: pytest.MonkeyPatch) -> None:
    """One entry more in the table, and its field on the record: nothing else."""
    monkeypatch.setattr(clinic_settings, "SETTINGS", (*SETTINGS, GREETING))
    monkeypatch.setattr(repositories, "ClinicSettings", _Greeted)


@pytest.mark.usefixtures("greeting_added")
def test_a_new_entry_needs_no_code_in_the_store_or_the_service(services: ClinicServices) -> None:
    assert services.clinic.settings().greeting == "Hello"
    saved = services.clinic.set_setting("greeting", "  Good day ")
    assert saved.greeting == "Good day"
    assert services.clinic.settings().greeting == "Good day"
    with pytest.raises(ValidationError, match="needs words"):
        services.clinic.set_settings({"greeting": " ", "timezone": "Europe/Vienna"})
    assert services.clinic.settings().timezone == "UTC"  # one bad value refuses them all
    saved = services.clinic.set_settings({"greeting": "Hi", "timezone": "Europe/Vienna"})
    assert (saved.greeting, saved.timezone) == ("Hi", "Europe/Vienna")
    changes = [e for e in services.audit.entries() if e.entity == "settings" and e.entity_id == "greeting"]
    assert {str(e.after) for e in changes} == {"{'greeting': 'Good day'}", "{'greeting': 'Hi'}"}
