"""Keyboard helpers shared by the window and its dialogs: which button Enter presses, where the
focus starts in a view, and the order Tab visits a window's fields in.

Reception works from the keyboard (docs/domain.md): Enter in a dialog must do the dialog's main
thing, a view must put the cursor where the work starts, and Tab must go the way the eye reads.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QPushButton, QWidget


class ButtonBox(QDialogButtonBox):
    """A dialog's row of buttons whose Tab order is the order they are seen in. Qt lays the
    buttons out in the platform's order (Book left of Cancel here) but leaves Tab visiting them in
    the order they were added; it puts Tab in the seen order only when the style changes, which a
    style sheet on the application used to do for every dialog. So it is asked to once shown."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        QCoreApplication.sendEvent(self, QEvent(QEvent.Type.StyleChange))
        super().showEvent(event)


def set_default_button(dialog: QDialog, button: QPushButton) -> None:
    """Make ``button`` the one Enter presses anywhere in ``dialog``.

    Call it once the button is inside the dialog (a button made default before it has the dialog
    as an ancestor is not the dialog's default, and Qt then takes the first auto-default button it
    finds, e.g. "Next free slot"). Every other push button stops being auto-default, so a button
    that happens to have the focus does not take Enter either."""
    for other in dialog.findChildren(QPushButton):
        if other is not button:
            other.setAutoDefault(False)
            other.setDefault(False)
    button.setAutoDefault(True)
    button.setDefault(True)


def takes_tab(widget: QWidget) -> bool:
    """Whether Tab can land on the widget now: shown, enabled and accepting tab focus."""
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def focus_chain(top: QWidget) -> list[QWidget]:
    """The widgets inside ``top`` in the order Tab visits them (shown and enabled ones only)."""
    chain: list[QWidget] = []
    widget = top.nextInFocusChain()
    while widget is not None and widget is not top and len(chain) < 1000:
        if top.isAncestorOf(widget) and takes_tab(widget):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def first_focus(view: QWidget) -> QWidget | None:
    """Where the cursor starts when a view is shown: the view's own choice (``first_focus()``),
    else its first list or table (where a view's work is), else the first field Tab reaches."""
    own = getattr(view, "first_focus", None)
    if callable(own):
        chosen = own()
        if isinstance(chosen, QWidget):
            return chosen
    chain = focus_chain(view)
    lists = [w for w in chain if isinstance(w, QAbstractItemView)]
    return lists[0] if lists else (chain[0] if chain else None)
