"""The flow board's cards: a patient a list item (its lines, its spoken words, its wait's colour)
drawn as a block with the visit type's colour down its left edge (``CardDelegate``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QListWidgetItem, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from clinic_desktop.domain import flow
from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.colours import legible
from clinic_desktop.domain.words import shown
from clinic_desktop.services.appointments import FlowBoard, FlowRow
from clinic_desktop.ui.dates import display_time
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP

ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2
TYPE_COLOUR_ROLE = Qt.ItemDataRole.UserRole + 3

# Light fills for a long wait, with the text colour the contrast rule gives them (WCAG AA):
# readable on light and dark palettes alike.
LEVEL_COLOURS = {
    flow.WaitLevel.AMBER: "#ffe3a3",
    flow.WaitLevel.RED: "#f7b8b8",
}
TYPE_STRIP = 5  # the visit type's colour down a card's left edge, as on the calendar
FOCUS_RING = 2  # px: the ring round the card the keys act on, while its lane has the focus
# A long wait in words, for those who cannot see the amber and the red.
LEVEL_WORDS = {
    flow.WaitLevel.AMBER: QT_TRANSLATE_NOOP("FlowBoard", "a long wait"),
    flow.WaitLevel.RED: QT_TRANSLATE_NOOP("FlowBoard", "a very long wait"),
}


class CardDelegate(QStyledItemDelegate):
    """Each patient a block: a little air around the text and a rule under it (a style sheet on
    the items would hide the amber and red waiting colours)."""

    PAD = 4
    INDENT = TYPE_STRIP + 4  # the text starts right of the type's colour strip

    def _shifted(self, option: QStyleOptionViewItem) -> QStyleOptionViewItem:
        shifted = QStyleOptionViewItem(option)
        shifted.rect = option.rect.adjusted(self.INDENT, 0, 0, 0)
        return shifted

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(self._shifted(option), index)
        return QSize(size.width() + self.INDENT, size.height() + 2 * self.PAD)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        rect = option.rect
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(background, QBrush):
            painter.fillRect(rect, background)
        super().paint(painter, self._shifted(option), index)
        painter.save()
        colour = index.data(TYPE_COLOUR_ROLE)
        if colour:
            painter.fillRect(rect.left() + 1, rect.top() + 2, TYPE_STRIP, rect.height() - 4, QColor(colour))
        painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if option.state & QStyle.StateFlag.State_HasFocus:
            # The card the keys act on, in every style (Fusion draws no focus rectangle after a
            # click), distinct from the selection (which stays when the lane loses the focus): in
            # the text's colour, which reads on the selection's highlight and on amber and red.
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Text), FOCUS_RING))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = FOCUS_RING / 2
            painter.drawRect(QRectF(rect).adjusted(inset, inset, -inset, -inset))
        painter.restore()


def card_item(row: FlowRow, clinic_time: ClinicTime, board: FlowBoard) -> QListWidgetItem:
    """A patient's card in its lane: what it shows, what a screen reader hears, its wait's colour."""
    visit = row.entry.appointment
    start = clinic_time.to_local(visit.start)
    lines = [
        f"{display_time(start)}  {row.entry.patient_name}",
        f"{row.entry.provider_name} · {row.entry.type_name}",
    ]
    spoken = [display_time(start), row.entry.patient_name, row.entry.type_name, row.entry.provider_name]
    level = flow.WaitLevel.OK
    status = shown(visit.status.label)
    if row.lane is flow.Lane.EXPECTED:
        late = flow.minutes_between(visit.start, board.now) or 0
        if late > 0:
            lines.append(
                QCoreApplication.translate("FlowBoard", "{status} · {minutes} min late").format(
                    status=status, minutes=late
                )
            )
            spoken.append(
                QCoreApplication.translate("FlowBoard", "{status}, {minutes} late").format(
                    status=status.lower(), minutes=minutes_words(late)
                )
            )
        else:
            lines.append(status)
            spoken.append(status.lower())
    elif row.lane is flow.Lane.WAITING:
        level = flow.wait_level(row.waiting_minutes)
        waited = row.waiting_minutes
        if waited is not None:
            lines.append(
                QCoreApplication.translate("FlowBoard", "Waiting {minutes} min").format(minutes=waited)
            )
            spoken.append(
                QCoreApplication.translate("FlowBoard", "waiting {minutes}").format(
                    minutes=minutes_words(waited)
                )
            )
        else:
            lines.append(QCoreApplication.translate("FlowBoard", "Waiting"))
            spoken.append(QCoreApplication.translate("FlowBoard", "waiting"))
        if level in LEVEL_WORDS:
            spoken.append(QCoreApplication.translate("FlowBoard", LEVEL_WORDS[level]))
    elif row.lane is flow.Lane.IN_ROOM:
        room = row.room_name or QCoreApplication.translate("FlowBoard", "No room set")
        if row.room_minutes is not None:
            lines.append(
                QCoreApplication.translate("FlowBoard", "{room} · {minutes} min").format(
                    room=room, minutes=row.room_minutes
                )
            )
            spoken.append(
                QCoreApplication.translate("FlowBoard", "in room: {room}, {minutes}").format(
                    room=room, minutes=minutes_words(row.room_minutes)
                )
            )
        else:
            lines.append(room)
            spoken.append(QCoreApplication.translate("FlowBoard", "in room: {room}").format(room=room))
    else:
        lines.append(status)
        spoken.append(status.lower())
    item = QListWidgetItem("\n".join(lines))
    item.setData(Qt.ItemDataRole.AccessibleTextRole, ", ".join(spoken))
    item.setData(ID_ROLE, visit.id)
    item.setData(STATUS_ROLE, visit.status.value)
    item.setData(LEVEL_ROLE, level.value)
    item.setData(TYPE_COLOUR_ROLE, row.entry.type_colour)
    item.setToolTip(f"{row.entry.patient_name}\n{row.entry.type_name}\n{status}")
    fill = LEVEL_COLOURS.get(level)
    if fill is not None:
        look = legible(fill)
        item.setBackground(QBrush(QColor(look.background)))
        item.setForeground(QBrush(QColor(look.text)))
    return item


def minutes_words(count: int) -> str:
    """'1 minute', '35 minutes'."""
    if count == 1:
        return QCoreApplication.translate("FlowBoard", "1 minute")
    return QCoreApplication.translate("FlowBoard", "{count} minutes").format(count=count)
