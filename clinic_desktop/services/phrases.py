"""Texts for people built from other texts, each still shown in the window's language.

A marked template (domain/words.py) has a fixed number of fields, and the words of a language go
around them. Two shapes the services need have no fixed template: several sentences one after the
other (the reasons an override must be given for), and a phrase made into a sentence of its own
(a day's closure, "the clinic is closed on ...", starting a warning). These keep the English as
before (``str``) and show each part in the window's language (``shown``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from clinic_desktop.domain.words import Text, shown


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class Sentence(Text):
    """``phrase`` with a capital first letter and ``end`` after it: "The clinic is closed on
    2026-12-24." from "the clinic is closed on 2026-12-24", in whatever language it is shown."""

    end: str

    def __new__(cls, phrase: str, /, end: str = "") -> Sentence:
        made = str.__new__(cls, _capital(str(phrase)) + end)
        made.template = "{phrase}" + end
        made.fields = {"phrase": phrase}
        made.end = end
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Sentence, (self.fields["phrase"], self.end))

    @property
    def shown(self) -> str:
        return _capital(shown(self.fields["phrase"])) + self.end


class Joined(Text):
    """Texts one after the other with ``separator`` between them (sentences, one a line)."""

    parts: tuple[str, ...]
    separator: str

    def __new__(cls, parts: Iterable[str], /, separator: str = " ") -> Joined:
        kept = tuple(parts)
        english = separator.join(str(p) for p in kept)
        made = str.__new__(cls, english)
        made.template = english  # the parts are each translated (shown), not the whole
        made.fields = {}
        made.parts = kept
        made.separator = separator
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Joined, (self.parts, self.separator))

    @property
    def shown(self) -> str:
        return self.separator.join(shown(p) for p in self.parts)


class Lowered(Text):
    """``words`` in lower case inside a sentence ("has no chronic migraine treatment"), in
    whatever language they are shown: an indication's label, a status."""

    def __new__(cls, words: str, /) -> Lowered:
        made = str.__new__(cls, str(words).lower())
        made.template = "{words}"
        made.fields = {"words": words}
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Lowered, (self.fields["words"],))

    @property
    def shown(self) -> str:
        return shown(self.fields["words"]).lower()


def label_words(label: str) -> Text:
    """A label of the domain's (an indication's "Chronic migraine"), looked up in the window's
    language as the domain marked it, in lower case for the middle of a sentence."""
    return Lowered(label if isinstance(label, Text) else Text(label))
