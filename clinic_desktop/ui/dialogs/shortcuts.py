"""Help > Keyboard shortcuts: every command the signed-in person may use and the keys that reach it.

Made from the action registry (ui/actions.py) when it opens, so it can never list a key the window
does not have: an action's own shortcut, else its way through the menus by their underlined
letters (Alt+F, then U). Below it, the keys that work inside a view (the calendar grid's T and N,
Enter on a recall), which are the views' own and not commands of the window. Its texts are in the
window's language (context "ShortcutsDialog"; the commands' own names and tips are the main menu's).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.ui.actions import ActionRegistry
from clinic_desktop.ui.keys import ButtonBox
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.names import name_table

NATIVE = QKeySequence.SequenceFormat.NativeText
ESC = "Esc"  # named by Qt when shown (its own catalogue translates it where it has one)

# Keys a view handles itself (its own key presses, not window commands), in the views' words:
# (where, keys, what they do), marked for the catalogues; a letter key is the same in every language.
IN_VIEWS: tuple[tuple[str, str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Calendar grid"),
        "T",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to today"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Calendar grid"),
        "N",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Book at the slot (or after the selected appointment)"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Calendar grid"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Arrows"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Move the slot; land on an appointment to select it"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Calendar grid"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the selected appointment's patient"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Calendar grid"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Delete"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Cancel the selected appointment (asks why)"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Calendar grid"),
        "+ / −",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom in or out"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Patient list"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Down / Enter"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Into the list / open the chart"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Recall list"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter / Ctrl+Enter"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Book the proposed slot / show the choices"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Booking dialog"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Choose the patient typed; then book the highlighted choice"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Booking dialog"),
        ESC,
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Close without booking"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Proposals"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "1–5, Enter"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Pick a slot, book it"),
    ),
)


def words(text: str) -> str:
    """A text of IN_VIEWS in the window's language (a key's letter stays as it is)."""
    if text == ESC:
        return QKeySequence(Qt.Key.Key_Escape).toString(NATIVE)
    return QCoreApplication.translate("ShortcutsDialog", text)


@dataclass(frozen=True)
class ShortcutRow:
    command: str
    keys: str
    what: str


def mnemonic(text: str) -> str:
    """The underlined letter of a menu or command text ('&File' -> 'F'), or ''."""
    stripped = text.replace("&&", "")
    index = stripped.find("&")
    return stripped[index + 1].upper() if 0 <= index < len(stripped) - 1 else ""


def menu_path(action: QAction) -> str:
    """The keys through the menu bar to an action: 'Alt+F, U' (File, then Users…); "" when the
    action's letter is not its own in its menu (the letter would not choose it)."""
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu):
            menu_key, action_key = mnemonic(owner.title()), mnemonic(action.text())
            letters = [mnemonic(a.text()) for a in owner.actions() if a.isVisible()]
            if menu_key and action_key and letters.count(action_key) == 1:
                return f"Alt+{menu_key}, {action_key}"
    return ""


def shortcut_rows(registry: ActionRegistry) -> list[ShortcutRow]:
    """The registry's actions the signed-in role may use, in the order they were registered."""
    rows = []
    for key, action in registry.all().items():
        if not registry.allowed(key):
            continue
        spec = registry.spec(key)
        keys = action.shortcut().toString(NATIVE) or menu_path(action)
        rows.append(ShortcutRow(action.text().replace("&", ""), keys, spec.tip or ""))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.rows = shortcut_rows(registry)
        intro = QLabel(
            QCoreApplication.translate(
                "ShortcutsDialog",
                "Every command you may use, and the keys that reach it from anywhere in the window.",
            )
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsTable")
        name_table(self.tree, QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("ShortcutsDialog", "Command"),
                QCoreApplication.translate("ShortcutsDialog", "Keys"),
                QCoreApplication.translate("ShortcutsDialog", "What it does"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        commands = QTreeWidgetItem([QCoreApplication.translate("ShortcutsDialog", "Commands")])
        for row in self.rows:
            item = QTreeWidgetItem([row.command, row.keys, row.what])
            item.setToolTip(2, row.what)
            commands.addChild(item)
        views = QTreeWidgetItem([QCoreApplication.translate("ShortcutsDialog", "Inside the views")])
        for where, keys, what in IN_VIEWS:
            views.addChild(QTreeWidgetItem([words(where), words(keys), words(what)]))
        for group in (commands, views):
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
        heading = self.tree.header()
        heading.setStretchLastSection(True)
        heading.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        heading.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = ButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(1000, 640)
        self.tree.setFocus()

    def listed(self) -> list[tuple[str, str]]:
        """(command, keys) as the sheet shows them under Commands."""
        group = self.tree.topLevelItem(0)
        if group is None:
            return []
        items = [group.child(i) for i in range(group.childCount())]
        return [(item.text(0), item.text(1)) for item in items if item is not None]
