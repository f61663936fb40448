"""Names a screen reader speaks for the controls that have no words of their own.

A button with text, or a field with a label whose buddy it is, is named by Qt's accessibility from
those words. A table, a list, a field without a label beside it (a search box with a placeholder,
a date between arrows) or an icon-only button is not: a screen reader says "table" or "edit" and
nothing else. These helpers give such controls the words a person would say
(tests/ui/test_accessible_names.py checks every control of every view and dialog).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView, QToolButton, QTreeView, QWidget

QT_CLEAR_ACTION = "_q_qlineeditclearaction"  # the object name Qt gives a line edit's clear action


def set_name(widget: QWidget, words: str, description: str = "", tip: str = "") -> None:
    """Name ``widget`` (and describe it, where the name alone does not say enough); ``tip``: its
    tooltip too (Qt gives a screen reader the tooltip as the description when there is none)."""
    widget.setAccessibleName(words)
    if description:
        widget.setAccessibleDescription(description)
    if tip:
        widget.setToolTip(tip)


def name_table(view: QAbstractItemView, words: str, description: str = "") -> None:
    """Name a table, list or tree and its headers: the headers are named by their table
    ("Patients, column headings"), so a screen reader moving onto one says whose they are."""
    if not words:
        return
    set_name(view, words, description)
    columns = QCoreApplication.translate("Names", "{table}, column headings").format(table=words)
    if isinstance(view, QTableView):
        view.horizontalHeader().setAccessibleName(columns)
        view.verticalHeader().setAccessibleName(
            QCoreApplication.translate("Names", "{table}, row headings").format(table=words)
        )
    elif isinstance(view, QTreeView):
        view.header().setAccessibleName(columns)


def name_clear_button(edit: QLineEdit, words: str = "") -> None:
    """Name the clear button Qt puts in a line edit (``setClearButtonEnabled``): it draws an icon
    and has no text (default: "Clear"). (An icon added with ``QLineEdit.addAction`` is named by its
    action's text.)"""
    words = words or QCoreApplication.translate("Names", "Clear")
    for button in edit.findChildren(QToolButton):
        action = button.defaultAction()
        if action is not None and action.objectName() == QT_CLEAR_ACTION:
            button.setAccessibleName(words)
