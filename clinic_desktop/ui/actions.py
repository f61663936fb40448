"""One QAction per command, registered once and shared by menus, toolbar and shortcuts.

An action also says which permissions it needs (any one of them is enough): after someone signs
in the registry hides what their role may not use, so the window never offers what the services
would refuse; while the window is locked every action is disabled except the few marked
``when_locked`` (quitting), so no shortcut reaches patient data behind the lock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from clinic_desktop.domain.access import Permission
from clinic_desktop.ui.icons import icon


@dataclass(frozen=True)
class ActionSpec:
    key: str
    text: str
    shortcut: str | QKeySequence.StandardKey | None = None
    icon: str | None = None
    tip: str = ""
    checkable: bool = False
    needs: tuple[Permission, ...] = ()  # any one of these; () = anyone signed in
    when_locked: bool = False  # still works while the window is locked


class ActionRegistry:
    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._actions: dict[str, QAction] = {}
        self._specs: dict[str, ActionSpec] = {}
        self._allowed: dict[str, bool] = {}
        self._locked = False

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
        self._specs[spec.key] = spec
        self._allowed[spec.key] = True
        self._update(spec.key)
        return action

    def __getitem__(self, key: str) -> QAction:
        return self._actions[key]

    def __contains__(self, key: str) -> bool:
        return key in self._actions

    def all(self) -> dict[str, QAction]:
        return dict(self._actions)

    def spec(self, key: str) -> ActionSpec:
        return self._specs[key]

    # --- who may use what ----------------------------------------------------------------------

    def apply_permissions(self, may: Callable[[Permission], bool]) -> None:
        """Show only the actions the signed-in role may use (hidden, not greyed: a receptionist
        has no use for a menu full of charting she can never do)."""
        for key, spec in self._specs.items():
            self._allowed[key] = not spec.needs or any(may(p) for p in spec.needs)
            self._update(key)

    def set_locked(self, locked: bool) -> None:
        """Locked: everything but the ``when_locked`` actions is disabled (menus and shortcuts)."""
        self._locked = locked
        for key in self._specs:
            self._update(key)

    def allowed(self, key: str) -> bool:
        return self._allowed[key]

    def _update(self, key: str) -> None:
        action, spec, allowed = self._actions[key], self._specs[key], self._allowed[key]
        action.setVisible(allowed)
        action.setEnabled(allowed and (spec.when_locked or not self._locked))
