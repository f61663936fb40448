"""Asking for an override reason: after a refusal that a reason would overcome.

The views that book, move or chart ask for a reason because the service refused with an
OverrideRequiredError (its type, never its text); the reason is then sent with the same request
again, and the service stores it with the change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from clinic_desktop.domain.errors import OverrideRequiredError


def ask_override_reason(parent: QWidget, error: OverrideRequiredError, title: str = "") -> str | None:
    """The refusal in words and a line for the reason; None when cancelled or left blank.
    ``title``: the dialog's, translated already (default: "Override reason needed")."""
    title = title or QCoreApplication.translate("OverrideReason", "Override reason needed")
    question = QCoreApplication.translate("OverrideReason", "{refusal}\n\nReason (kept on record):").format(
        refusal=error.message
    )
    given, ok = QInputDialog.getText(parent, title, question)
    reason = given.strip()
    return reason if ok and reason else None
