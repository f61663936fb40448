"""What the calendar grid says in words: a block's tooltip, and what a screen reader hears of a
block and of the free slot the keyboard is on (ui/accessible.py says how)."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, QEvent, QPointF
from PySide6.QtGui import (
    QHelpEvent,
)
from PySide6.QtWidgets import QToolTip

from clinic_desktop.domain.words import shown
from clinic_desktop.ui.accessible import ItemWords
from clinic_desktop.ui.dates import display_day_and_month, display_span, display_time
from clinic_desktop.ui.views.calendar_blocks import (
    Block,
    local_minutes,
)
from clinic_desktop.ui.views.calendar_geometry import GridGeometry


class GridWords(GridGeometry):
    """The calendar grid's tooltips and spoken words."""

    def tooltip_text(self, block: Block) -> str:
        """Everything a block may have had to cut short: who, when, what, where, and alerts."""
        entry = block.entry
        start = self.clinic_time.to_local(entry.appointment.start)
        end = self.clinic_time.to_local(entry.appointment.end)
        provider = f"{entry.provider_name} · {entry.room_name}" if entry.room_name else entry.provider_name
        lines = [
            entry.patient_name,
            f"{display_span(start, end, '-')}  {entry.type_name}",
            provider,
            QCoreApplication.translate("CalendarGrid", "Status: {status}").format(
                status=shown(entry.appointment.status.label)
            ),
        ]
        if entry.expired_consent:
            lines.append(
                QCoreApplication.translate("CalendarGrid", "⚠ Consent expired: renew it before treating")
            )
        if entry.too_early:
            lines.append(f"⚠ {shown(entry.too_early)}")
        if entry.appointment.notes:
            lines.append(entry.appointment.notes)
        return "\n".join(lines)

    def _several_days(self) -> bool:
        return len({c.day for c in self.columns}) > 1

    def spoken_name(self, block: Block) -> str:
        """A block in words, complete on its own: "09:00 to 09:30, Laura Wright, Spasticity
        treatment, Dr Lind, arrived" (in a week, the day first), and its warnings."""
        entry = block.entry
        visit = entry.appointment
        start = self.clinic_time.to_local(visit.start)
        end = self.clinic_time.to_local(visit.end)
        said = QCoreApplication.translate(
            "CalendarGrid", "{start} to {end}, {patient}, {type}, {provider}, {status}"
        ).format(
            start=display_time(start),
            end=display_time(end),
            patient=entry.patient_name,
            type=entry.type_name,
            provider=entry.provider_name,
            status=shown(visit.status.label).lower(),
        )
        if self._several_days():
            said = f"{display_day_and_month(start.date())}, {said}"
        if entry.expired_consent:
            said = QCoreApplication.translate("CalendarGrid", "{appointment}, consent expired").format(
                appointment=said
            )
        if entry.too_early:
            said = QCoreApplication.translate("CalendarGrid", "{appointment}, booked too early").format(
                appointment=said
            )
        return said

    def _spoken(self, block: Block) -> ItemWords:
        return ItemWords(self.spoken_name(block), self.spoken_details(block))

    def spoken_details(self, block: Block) -> str:
        """What the tooltip adds: the room, the warnings in full, the notes."""
        entry = block.entry
        details = []
        if entry.room_name:
            details.append(
                QCoreApplication.translate("CalendarGrid", "Room: {room}").format(room=entry.room_name)
            )
        if entry.expired_consent:
            details.append(
                QCoreApplication.translate("CalendarGrid", "Consent expired: renew it before treating")
            )
        if entry.too_early:
            details.append(shown(entry.too_early))
        if entry.appointment.notes:
            details.append(entry.appointment.notes)
        return ". ".join(details)

    def spoken_slot(self) -> str:
        """Where the keyboard is over free time: "10:15, Dr Lind, free" (in a week, the day)."""
        if not self.columns:
            return ""
        index, minutes = self.slot
        column = self.columns[min(index, len(self.columns) - 1)]
        day = column.day
        where = display_day_and_month(day) if self._several_days() else column.title
        clock = time(minutes // 60 % 24, minutes % 60)
        working = any(local_minutes(b.start) <= minutes < local_minutes(b.end) for b in column.working)
        if working:
            words = QCoreApplication.translate("CalendarGrid", "{time}, {where}, free")
        else:
            words = QCoreApplication.translate("CalendarGrid", "{time}, {where}, outside working hours")
        return words.format(time=display_time(clock), where=where)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.block_at(QPointF(event.pos())) if event.pos().y() > self.header_height else None
            if found is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_text(found), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
