"""Text the clinic's database can keep: no longer than its column, and no NUL character.

Every text column of fixed width is declared once, in the schema (store/models.py, a field's
max_length); the store checks every value against it before any statement is sent, and the
services check a form's or an import line's values the same way before they start writing
(services/patients.py). Over-long text is refused because PostgreSQL would refuse it with a
driver error half-way through a use case (SQLite would keep it silently, and a later move to a
server would then fail). The NUL character (U+0000) is refused in every text, of any width:
PostgreSQL cannot store it in text at all, and it is never part of what a person means to type
(it arrives by pasting from another program or from a damaged file).
"""

from __future__ import annotations

from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.words import QT_TR_NOOP

NUL = "\x00"


def check_text(label: str, value: str, limit: int | None = None) -> str:
    """``value`` unchanged, or ValidationError naming the field (``label``, as a person calls it:
    "family name") and what is wrong, in words for the desk."""
    if NUL in value:
        raise ValidationError(
            QT_TR_NOOP(
                "There is a NUL character in the {label} (an invisible zero byte, left by pasting from "
                "another program or by a damaged file); remove it and try again."
            ),
            label=label,
        )
    if limit is not None and len(value) > limit:
        raise ValidationError(
            QT_TR_NOOP("The {label} can be at most {limit} characters."), label=label, limit=limit
        )
    return value
