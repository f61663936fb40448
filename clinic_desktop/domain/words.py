"""Texts for people made outside the window, shown in the window's language (issue 25).

The domain and the services write their messages (a refusal, a warning, a slot's explanation) in
English, and the command line, the logs and the files keep that English. The window shows the same
messages in the language of the workstation. So a message is made from a *marked template* and
named fields, not glued into an f-string::

    raise NotFoundError(QT_TR_NOOP("No patient with id {id}."), id=patient_id)
    warning = Text(QT_TR_NOOP("{name} is due since {day}."), name=name, day=day_words)

``QT_TR_NOOP`` is Qt's own marker: ``pyside6-lupdate`` files every marked template into the
catalogues (resources/translations, the empty context ""), where it is translated like the
window's own texts (docs/translating.md). ``Text`` is a ``str`` (the English, so everything that
stored, compared or printed the message before still does) that also keeps its template and fields;
``Text.shown`` looks the template up in the catalogue the window installed (``use_translator``) and
fills in the fields, translating any field that is itself a ``Text`` (a status, an indication).
Without a translator (the command line, the tests' services) ``shown`` is the English.

Values go in as fields, formatted already where a person reads them (dates through
domain/date_formats.py), so a language can put them in its own order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

_translate: Callable[[str], str] | None = None


def QT_TR_NOOP(text: str) -> str:  # noqa: N802  (Qt's own name: lupdate finds the call by it)
    """Mark ``text`` for the catalogues (context ""); returns it unchanged."""
    return text


def use_translator(translate: Callable[[str], str] | None) -> None:
    """Install how a template is looked up in the window's language (the window's start-up
    passes Qt's catalogue lookup); None goes back to English."""
    global _translate
    _translate = translate


class Text(str):
    """English text for a person that the window can show translated: ``str(text)`` is the
    English, ``text.shown`` the text in the window's language, ``text.template`` and
    ``text.fields`` what it was made from. Without fields the template is the text as it is
    (braces in it are not fields)."""

    template: str
    fields: Mapping[str, Any]

    def __new__(cls, template: str, /, **fields: Any) -> Text:
        english = template.format(**fields) if fields else template
        made = super().__new__(cls, english)
        made.template = template
        made.fields = fields
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # pickled (a background job's result) as itself
        return (_remake, (self.template, dict(self.fields)))

    @property
    def shown(self) -> str:
        """The text in the window's language (the English where there is no catalogue)."""
        if _translate is None:
            return str(self)
        template = _translate(self.template) or self.template
        if not self.fields:
            return template
        values = {
            key: shown(value) if isinstance(value, Text) else value for key, value in self.fields.items()
        }
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a catalogue that lost a field: English, not a crash
            return str(self)


def _remake(template: str, fields: dict[str, Any]) -> Text:
    return Text(template, **fields)


def shown(text: object) -> str:
    """Any text as the window shows it: a ``Text`` in the window's language, anything else as
    ``str`` gives it."""
    return text.shown if isinstance(text, Text) else str(text)


def joined(items: Iterable[object], separator: str = ", ") -> Text:
    """Words in a list (statuses, roles, weekdays), each shown in the window's language: the
    separator is punctuation and stays as it is. A list read as a sentence ("a or b") is a
    template of its own instead."""
    fields = {f"item{number}": item for number, item in enumerate(items)}
    return Text(separator.join("{" + name + "}" for name in fields), **fields)
