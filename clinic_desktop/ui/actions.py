"""One QAction per command, registered once and shared by menus, toolbar and shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from clinic_desktop.ui.icons import icon


@dataclass(frozen=True)
class ActionSpec:
    key: str
    text: str
    shortcut: str | QKeySequence.StandardKey | None = None
    icon: str | None = None
    tip: str = ""
    checkable: bool = False


class ActionRegistry:
    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._actions: dict[str, QAction] = {}

    def add(self, spec: ActionSpec, handler: Callable[[], object]) -> QAction:
        if spec.key in self._actions:
            raise KeyError(f"action {spec.key} registered twice")
        action = QAction(spec.text, self._parent)
        action.setObjectName(f"action_{spec.key}")
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.icon:
            action.setIcon(icon(spec.icon))
        tip = spec.tip or spec.text.replace("&", "")
        if spec.shortcut is not None:
            tip += f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.setStatusTip(spec.tip or tip)
        action.setCheckable(spec.checkable)
        action.triggered.connect(lambda _checked=False: handler())
        self._parent.addAction(action)
        self._actions[spec.key] = action
        return action

    def __getitem__(self, key: str) -> QAction:
        return self._actions[key]

    def __contains__(self, key: str) -> bool:
        return key in self._actions

    def all(self) -> dict[str, QAction]:
        return dict(self._actions)
