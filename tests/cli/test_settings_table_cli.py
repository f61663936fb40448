"""`settings set` and `settings show` take every setting from domain/clinic_settings.py: each
entry round-trips through the command line, its help says what each is, and a new entry is a
command-line setting with no change here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinic_desktop.domain import clinic_settings
from clinic_desktop.domain.clinic_settings import SETTINGS
from clinic_desktop.store import repositories
from tests.clinic_users import new_clinic, run
from tests.services.test_clinic_settings_table import GREETING, _Greeted


@pytest.fixture
def db(tmp_path: Path) -> str:
    return new_clinic(str(tmp_path / "settings.db"))


def settings_set(db: str, key: str, value: str) -> dict[str, object]:
    code, out, err = run("--db", db, "settings", "set", key, value, "--json")
    assert code == 0, (key, value, err)
    shown: dict[str, object] = json.loads(out)
    return shown


def test_every_setting_round_trips_through_the_command_line(db: str) -> None:
    expected: dict[str, object] = {}
    for entry in SETTINGS:  # the table's order: a region after its country
        shown = settings_set(db, entry.key, entry.example)
        expected[entry.key] = shown[entry.key]
        assert shown[entry.key] != entry.default and isinstance(shown[entry.key], entry.type)
    code, out, err = run("--db", db, "settings", "show", "--json")
    assert code == 0, err
    assert json.loads(out) == expected  # every setting, each as set
    code, out, err = run("--db", db, "settings", "set", "idle_lock_minutes", "0")
    assert (code, out) == (1, "") and "between 1 and" in err
    code, out, err = run("--db", db, "settings", "set", "colour", "red")
    assert code == 2 and "invalid choice" in err


def test_the_help_says_every_setting(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run("settings", "set", "--help")
    assert code == 0
    text = " ".join((out + capsys.readouterr().out).split())
    for entry in SETTINGS:
        assert f"{entry.key}: {' '.join(entry.help.split())}" in text


def test_a_new_entry_is_a_command_line_setting(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clinic_settings, "SETTINGS", (*SETTINGS, GREETING))
    monkeypatch.setattr(repositories, "ClinicSettings", _Greeted)
    assert settings_set(db, "greeting", "Good day")["greeting"] == "Good day"
    code, out, err = run("--db", db, "settings", "set", "greeting", " ")
    assert (code, out) == (1, "") and "needs words" in err
