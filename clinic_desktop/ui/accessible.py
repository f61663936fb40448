"""Painted widgets speak: what a screen reader hears of things drawn with QPainter.

The calendar's appointment blocks, the injection map's sites and the charts' points and bars are
drawn, not widgets, so Qt's accessibility tree sees nothing of them: a blind receptionist would
hear "Calendar" and no appointment at all. Each such widget keeps a ``PaintedItems``: one small
``PaintedItem`` QObject per thing drawn, with the words it speaks (name, description, value).
A factory installed with ``QAccessible.installFactory`` gives the widget an interface whose
children are those items, and each item an interface of its own. Items and their words are made
when a screen reader first asks for them: without one, a refresh costs a list of keys.

Why a QObject per item, and not bare ``QAccessibleInterface`` children: Qt keeps every interface in
its accessibility cache and deletes it when its object goes (ids stay stable for the platform's
bridge, AT-SPI or UI Automation, which refers to children by id). An interface made in Python with
no object would be owned by two masters: Python's reference count and Qt's cache, so dropping it
on either side crashes the other, and PySide's factory keeps each interface it returns alive. With
an object per item, Qt owns each interface's life (it goes when ``deleteLater`` removes the item),
``queryAccessibleInterface`` returns the same interface every time, and the Python side only ever
creates and deletes QObjects. Invisible focusable child widgets would have worked too, but they
would take part in the tab order and the layout; these items take part in nothing but the tree.
Tested with PySide6 6.7 to 6.11 (``installFactory`` takes a Python callable since PySide6 6.2).

Announcements follow Qt's own item views: a Focus event for the item the keyboard moved to (the
current item, while the widget has the focus), NameChanged for an item whose words changed (a
patient who just arrived), and one ObjectReorder when the set of items changed; nothing is sent
unless ``QAccessible.isActive()`` (a screen reader is listening).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QAccessibleObject, QWindow
from PySide6.QtWidgets import QAccessibleWidget, QWidget

Role = QAccessible.Role


@dataclass(frozen=True)
class ItemWords:
    """What one painted thing says: its name (complete on its own: a screen reader may say nothing
    else), a description for the details after it, and a value where it has one (a chart's)."""

    name: str
    description: str = ""
    value: str = ""


Speaker = Callable[[], ItemWords]  # the words of one thing, worked out only when asked for


class PaintedItem(QObject):
    """The stand-in for one painted thing in the accessibility tree (see the module's docstring)."""

    def __init__(self, items: PaintedItems, key: Hashable, words: ItemWords) -> None:
        super().__init__(items.owner)
        self.items = items
        self.key = key
        self.words = words
        self.gone = False


class PaintedItems:
    """The painted things of one widget, kept by key across refreshes (a refresh that leaves an
    appointment where it was keeps its item, so a screen reader stays on it).

    The owner hands over, in reading order, each thing's key and how to say it (``sync``); the
    words are worked out and the item made only when a screen reader asks for them, so a refresh
    on a workstation without one costs a list of keys.

    ``rect_of(key)`` says where a thing is drawn, in the owner's coordinates (None: not drawn now,
    e.g. a site on another view of the map: the item is offscreen, still there to be heard).
    ``focusable``: the owner moves a current item with the keyboard (the calendar's arrows).
    ``cursor()``: what the keyboard is on when no item is current (the calendar's free slot), said
    as part of the owner's name.
    """

    def __init__(
        self,
        owner: QWidget,
        rect_of: Callable[[Hashable], QRect | None],
        *,
        name: str,
        item_role: Role = Role.ListItem,
        focusable: bool = False,
        cursor: Callable[[], str] | None = None,
    ) -> None:
        self.owner = owner
        self.rect_of = rect_of
        self.name = name
        self.item_role = item_role
        self.focusable = focusable
        self.cursor = cursor
        self.current_key: Hashable | None = None
        self._order: list[Hashable] = []
        self._speakers: dict[Hashable, Speaker] = {}
        self._made: dict[Hashable, PaintedItem] = {}

    # --- what there is --------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._order)

    def item(self, key: Hashable) -> PaintedItem | None:
        """The item of a thing drawn now (made when first asked for), None for an unknown key."""
        found = self._made.get(key)
        if found is None and key in self._speakers:
            found = self._made[key] = PaintedItem(self, key, self._speakers[key]())
        return found

    def item_at(self, index: int) -> PaintedItem | None:
        return self.item(self._order[index]) if 0 <= index < len(self._order) else None

    def items(self) -> list[PaintedItem]:
        return [item for key in self._order if (item := self.item(key)) is not None]

    def index(self, item: QObject | None) -> int:
        if not isinstance(item, PaintedItem) or item.gone or item.items is not self:
            return -1
        return self._order.index(item.key) if item.key in self._speakers else -1

    def current(self) -> PaintedItem | None:
        return self.item(self.current_key) if self.current_key is not None else None

    def names(self) -> list[str]:
        return [item.words.name for item in self.items()]

    def sync(self, things: Sequence[tuple[Hashable, Speaker]]) -> None:
        """These things are drawn now, in this reading order. Items already made keep their key's
        item (NameChanged when their words changed), the rest are let go."""
        before = self._order
        self._speakers = dict(things)
        self._order = list(self._speakers)
        renamed: list[PaintedItem] = []
        for key, item in list(self._made.items()):
            speaker = self._speakers.get(key)
            if speaker is None:
                del self._made[key]
                item.gone = True
                item.deleteLater()
                continue
            words = speaker()
            if (item.words.name, item.words.description) != (words.name, words.description):
                renamed.append(item)
            item.words = words
        if self.current_key not in self._speakers:
            self.current_key = None
        if self._order != before:
            send(self.owner, QAccessible.Event.ObjectReorder)
        for item in renamed:
            send(item, QAccessible.Event.NameChanged)

    # --- where the keyboard is ------------------------------------------------------------------

    def set_current(self, key: Hashable | None) -> None:
        """The keyboard is on this item now (None: on the owner itself, e.g. a free slot). Said at
        once while the owner has the focus, as Qt's item views do for their current cell."""
        if key is not None and key not in self._speakers:
            key = None
        if key == self.current_key:
            return
        self.current_key = key
        if self.owner.hasFocus() and QAccessible.isActive():
            found = self.current()
            send(found if found is not None else self.owner, QAccessible.Event.Focus)

    def cursor_moved(self) -> None:
        """The keyboard moved over free space: the owner's name (which says where) changed."""
        if self.current_key is None and self.owner.hasFocus():
            send(self.owner, QAccessible.Event.NameChanged)

    def owner_name(self) -> str:
        base = self.owner.accessibleName() or self.name
        words = self.cursor() if self.cursor is not None else ""
        if words and self.current_key is None and self.owner.hasFocus():
            return f"{base}, {words}"
        return base

    def screen_rect(self, key: Hashable) -> QRect:
        rect = self.rect_of(key)
        if rect is None:
            return QRect()
        return QRect(self.owner.mapToGlobal(rect.topLeft()), rect.size())


def send(target: QObject, kind: QAccessible.Event) -> None:
    """Tell the platform's bridge (and so the screen reader) about ``target``."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(target, kind))


def _items_of(widget: QObject | None) -> PaintedItems | None:
    items = getattr(widget, "accessible_items", None)
    return items if isinstance(items, PaintedItems) else None


# PySide6's stubs say child(), childAt(), focusChild(), parent() and window() never return None;
# Qt's own interfaces return a null pointer for "none", which is what None becomes: hence the
# ignored [override] errors on those methods below.


class PaintedWidgetAccessible(QAccessibleWidget):
    """A painted widget whose children are its painted things (its child widgets, if any, are
    scroll bars and a viewport: nothing a screen reader needs, the keys scroll)."""

    def __init__(self, widget: QWidget, role: Role) -> None:
        super().__init__(widget, role)

    def _items(self) -> PaintedItems | None:
        return _items_of(self.widget())

    def text(self, kind: QAccessible.Text) -> str:
        items = self._items()
        if kind == QAccessible.Text.Name and items is not None:
            return items.owner_name()
        return str(super().text(kind))

    def childCount(self) -> int:
        items = self._items()
        return len(items) if items is not None else 0

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        items = self._items()
        found = items.item_at(index) if items is not None else None
        return QAccessible.queryAccessibleInterface(found) if found is not None else None

    def indexOfChild(self, child: QAccessibleInterface | None) -> int:
        items = self._items()
        if items is None or child is None:
            return -1
        return items.index(child.object())

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        items = self._items()
        if items is None:
            return None
        for item in reversed(items.items()):  # the last drawn is on top
            if items.screen_rect(item.key).contains(x, y):
                return QAccessible.queryAccessibleInterface(item)
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        items = self._items()
        found = items.current() if items is not None else None
        if found is not None and self.widget().hasFocus():
            return QAccessible.queryAccessibleInterface(found)
        return super().focusChild()


class PaintedItemAccessible(QAccessibleObject):
    """One painted thing: a leaf with a name, its place on screen and its state."""

    def __init__(self, item: PaintedItem) -> None:
        super().__init__(item)

    def _item(self) -> PaintedItem | None:
        item = self.object()
        return item if isinstance(item, PaintedItem) and not item.gone else None

    def isValid(self) -> bool:
        return self._item() is not None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        item = self._item()
        return QAccessible.queryAccessibleInterface(item.items.owner) if item is not None else None

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface | None) -> int:
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        item = self._item()
        return item.items.owner.window().windowHandle() if item is not None else None

    def role(self) -> Role:
        item = self._item()
        return item.items.item_role if item is not None else Role.NoRole

    def text(self, kind: QAccessible.Text) -> str:
        item = self._item()
        if item is None:
            return ""
        words = item.words
        if kind == QAccessible.Text.Name:
            return words.name
        if kind == QAccessible.Text.Description:
            return words.description
        if kind == QAccessible.Text.Value:
            return words.value
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        return None  # the words follow the data, not the screen reader

    def rect(self) -> QRect:
        item = self._item()
        return item.items.screen_rect(item.key) if item is not None else QRect()

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        item = self._item()
        if item is None:
            state.invalid = True
            return state
        items = item.items
        owner = items.owner
        current = items.current_key == item.key
        state.focusable = items.focusable
        state.selectable = items.focusable
        state.selected = current
        state.focused = current and items.focusable and owner.hasFocus()
        where = items.rect_of(item.key)
        if not owner.isVisible():
            state.invisible = True
        elif where is None or not owner.rect().intersects(where):
            state.offscreen = True  # scrolled out of sight, or on another view of the drawing
        return state


_OWNERS: dict[type[QWidget], Role] = {}
_installed = False
_Widget = TypeVar("_Widget", bound=QWidget)


def painted(role: Role = Role.List) -> Callable[[type[_Widget]], type[_Widget]]:
    """Class decorator: widgets of this class speak their ``accessible_items``. Known by class (not
    by the attribute) so that an interface asked for while the widget is still being built is
    already the right one: Qt caches the first interface it makes for an object."""

    def mark(cls: type[_Widget]) -> type[_Widget]:
        _OWNERS[cls] = role
        install()
        return cls

    return mark


def _factory(key: str, target: QObject) -> QAccessibleInterface | None:
    if isinstance(target, PaintedItem):
        return PaintedItemAccessible(target)
    for cls, role in _OWNERS.items():
        if isinstance(target, cls):
            return PaintedWidgetAccessible(target, role)
    return None


def install() -> None:
    """Install the factory once per process (Qt keeps a global list of them)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
