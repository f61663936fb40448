"""Messages made by the domain and the services, shown in the window's language (issue 25,
domain/words.py): English for the command line, translated where the window installed its
catalogue, and no refusal written as bare English that the catalogues could never reach."""

from __future__ import annotations

import ast
import builtins
import pickle
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from clinic_desktop.domain import words
from clinic_desktop.domain.errors import ClinicError, NotFoundError, OverrideRequiredError
from clinic_desktop.domain.words import QT_TR_NOOP, Text, shown

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = {
    "No patient with id {id}.": "Ningún paciente con el id {id}.",
    "arrived": "llegó",
    "{name} has {status}.": "{name} {status}.",
}


@pytest.fixture
def spanish() -> Iterator[None]:
    words.use_translator(lambda template: CATALOGUE.get(template, ""))  # Qt gives "" for a miss
    yield
    words.use_translator(None)


def test_a_text_is_its_english_and_keeps_what_it_was_made_from() -> None:
    made = Text(QT_TR_NOOP("No patient with id {id}."), id=7)
    assert made == "No patient with id 7." and isinstance(made, str)
    assert made.template == "No patient with id {id}." and made.fields == {"id": 7}
    assert made.shown == "No patient with id 7."  # no catalogue: English
    assert Text("Braces {kept} without fields") == "Braces {kept} without fields"


def test_shown_in_the_window_language_with_fields_translated_too(spanish: None) -> None:
    assert Text(QT_TR_NOOP("No patient with id {id}."), id=7).shown == "Ningún paciente con el id 7."
    nested = Text(QT_TR_NOOP("{name} has {status}."), name="Laura Wright", status=Text(QT_TR_NOOP("arrived")))
    assert nested.shown == "Laura Wright llegó." and str(nested) == "Laura Wright has arrived."
    assert Text("Not in the catalogue").shown == "Not in the catalogue"
    assert shown("plain") == "plain" and shown(Text("arrived")) == "llegó"


def test_a_catalogue_that_lost_a_field_shows_english_not_a_crash() -> None:
    words.use_translator(lambda template: "Sin campo {otro}")
    try:
        assert Text(QT_TR_NOOP("No patient with id {id}."), id=7).shown == "No patient with id 7."
    finally:
        words.use_translator(None)


def test_an_error_prints_english_and_shows_the_window_language(spanish: None) -> None:
    error = NotFoundError(QT_TR_NOOP("No patient with id {id}."), id=7)
    assert str(error) == "No patient with id 7."  # the command line, the logs
    assert error.message == "Ningún paciente con el id 7."  # the window
    assert error.text.fields == {"id": 7}
    again = pickle.loads(pickle.dumps(error))  # a background process's result
    assert again.message == "Ningún paciente con el id 7." and str(again) == "No patient with id 7."
    override = OverrideRequiredError(Text(QT_TR_NOOP("No patient with id {id}."), id=3))
    assert override.message.startswith("Ningún")
    assert ClinicError().message == "ClinicError"


# --- no refusal written as bare English ---------------------------------------------------------------

MADE_FOR_PEOPLE = ("clinic_desktop/domain", "clinic_desktop/services", "clinic_desktop/store")
# Modules whose messages are not all marked yet (docs/translating.md): none.
PENDING: set[str] = set()


def _words(node: ast.expr) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(_words(part) for part in node.values if isinstance(part, ast.Constant)) or "{…}"
    if isinstance(node, ast.BinOp):
        return _words(node.left) + _words(node.right)
    if isinstance(node, ast.IfExp):
        return _words(node.body) + _words(node.orelse)
    return ""


def _called(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


# Constructors of words for a person other than errors: the argument (position, keyword) that holds
# them. A safety rule's finding is shown at charting and kept with an override (domain/safety.py).
# A booking's warning that needs no override reason is a Notice (services/calendar/rules.py).
MADE_WITH_WORDS: dict[str, tuple[int, str]] = {"Text": (0, ""), "Notice": (0, ""), "Finding": (2, "message")}


def _argument(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    if len(call.args) > position:
        return call.args[position]
    return next((k.value for k in call.keywords if keyword and k.arg == keyword), None)


def unmarked(source: str) -> list[str]:
    """Errors raised with bare English (a literal or an f-string, not a marked template), and
    ``Text`` (or a ``Finding``'s message) made from an unmarked template ("line: text")."""
    found = []
    for node in ast.walk(ast.parse(source)):
        words = None
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            name = _called(node.exc.func)
            if name.endswith("Error") and not hasattr(builtins, name):  # ValueError & co: a bug's words
                words = _argument(node.exc, 0, "")
        elif isinstance(node, ast.Call) and _called(node.func) in MADE_WITH_WORDS:
            words = _argument(node, *MADE_WITH_WORDS[_called(node.func)])
        if words is None:
            continue
        text = _words(words)
        if re.search(r"[A-Za-z]", text):
            found.append(f"{words.lineno}: {text}")
    return found


def test_the_check_finds_bare_english_and_passes_a_marked_template() -> None:
    bare = (
        'raise ValidationError("No name")\nraise errors.NotFoundError(f"No patient {pid}")\nText("Due")\n'
        'Finding(Rule.INTERVAL, Level.WARN, f"Only {days} days")\nFinding(rule, level, message="Too soon")\n'
        'Notice(f"Also booked: {when}")'
    )
    assert unmarked(bare) == [
        "1: No name",
        "2: No patient ",
        "3: Due",
        "4: Only  days",
        "5: Too soon",
        "6: Also booked: ",
    ]
    marked = (
        'raise ValidationError(QT_TR_NOOP("No name"))\n'
        'raise NotFoundError(QT_TR_NOOP("No patient {id}"), id=pid)\n'
        "raise ValidationError(message)\n"
        'raise KeyError("internal")\n'
        'Finding(Rule.INTERVAL, Level.WARN, Text(QT_TR_NOOP("Only {days} days"), days=days))\n'
        "Finding(rule, level, message)\n"
    )
    assert unmarked(marked) == []


def modules() -> list[str]:
    return sorted(
        str(path.relative_to(ROOT)) for part in MADE_FOR_PEOPLE for path in (ROOT / part).rglob("*.py")
    )


def test_pending_lists_only_modules_that_exist() -> None:
    assert set(modules()) >= PENDING


@pytest.mark.parametrize("module", [m for m in modules() if m not in PENDING])
def test_every_message_for_a_person_is_a_marked_template(module: str) -> None:
    assert unmarked((ROOT / module).read_text(encoding="utf-8")) == [], (
        f"{module}: raise SomeError(QT_TR_NOOP('... {{field}} ...'), field=value) (domain/words.py)"
    )
