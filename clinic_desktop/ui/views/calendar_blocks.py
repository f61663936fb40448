"""What the painted calendar grid (calendar_grid.py) is made of: its columns and appointment
blocks, how a block looks for its status, the grid's measures, and ``GridBase``, the state its
parts share (geometry, painting, keys and words each live in a module of their own and are
composed into ``CalendarGrid``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.colours import BLACK, blend, legible
from clinic_desktop.domain.entities import ScheduleEntry
from clinic_desktop.domain.hours import TimeBlock

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QAbstractScrollArea

    from clinic_desktop.ui.accessible import PaintedItems

HEADER_HEIGHT = 40  # at the readable 11 pt; in proportion for larger text (header_height)
GUTTER_WIDTH = 58  # likewise (gutter_width)
HOUR_HEIGHT = 96  # at the readable 11 pt: 16 px for the shortest (10-minute) visit, one line
HOUR_HEIGHT_POINTS = 11.0  # the text size HOUR_HEIGHT is made for; larger text, taller rows
SNAP_MINUTES = 5
SLOT_MINUTES = 15
RESIZE_MARGIN = 6
MIN_HOUR_HEIGHT = 32
MAX_HOUR_HEIGHT = 240

# What a receptionist can set from the block's menu, in the order of a visit.
STATUS_CHOICES = (
    AppointmentStatus.CONFIRMED,
    AppointmentStatus.ARRIVED,
    AppointmentStatus.IN_ROOM,
    AppointmentStatus.COMPLETED,
    AppointmentStatus.NO_SHOW,
)
FINISHED = (AppointmentStatus.CANCELLED, AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW)

BAR_WIDTH = 4  # the marker along the left edge of a patient who is here (arrived, in a room)
HATCH_STEP = 7
FADED = 0.4  # a finished visit's type colour over the grid's base: done and no-show step back
GHOST = 0.18  # where a dragged block came from, and a cancelled visit when shown
NOW_COLOUR = QColor("#c62828")
FOCUS_FRAME = 2  # px: the frame round the grid while it has the keyboard focus


class Badge(Enum):
    """The shape drawn before a block's first line: a status told without relying on colour."""

    ARRIVED = "dot"
    IN_ROOM = "triangle"
    DONE = "tick"
    NO_SHOW = "cross"


BADGES = {
    AppointmentStatus.ARRIVED: Badge.ARRIVED,
    AppointmentStatus.IN_ROOM: Badge.IN_ROOM,
    AppointmentStatus.COMPLETED: Badge.DONE,
    AppointmentStatus.NO_SHOW: Badge.NO_SHOW,
}


@dataclass(frozen=True)
class BlockLook:
    """How one appointment's block is drawn: colours as #rrggbb, and the status's marks."""

    fill: str
    text: str
    border: str
    ratio: float  # the text's contrast with the fill (WCAG 2.1)
    badge: Badge | None = None
    bar: bool = False
    hatched: bool = False
    struck: bool = False


@lru_cache(maxsize=512)  # a few types x statuses x palettes: worked out once, not at every paint
def block_look(type_colour: str, status: AppointmentStatus, base: str, ghost: bool = False) -> BlockLook:
    """The block of a visit of this type and status on a grid whose free time is ``base``.

    Booked and confirmed visits are plain, in the type's colour. A patient who is here gets a bar
    down the left edge and a dot (arrived) or a triangle (in a room); a finished visit fades
    towards the grid, with a tick (done) or hatched with a cross and a dashed edge (no-show); a
    cancelled one (shown on request) is a ghost with its words struck through. Whatever the
    colour, the text is black or white as the contrast rule chooses (domain/colours.py)."""
    opacity = 1.0
    if ghost or status is AppointmentStatus.CANCELLED:
        opacity = GHOST
    elif status in (AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW):
        opacity = FADED
    chosen = legible(blend(type_colour, base, opacity))
    return BlockLook(
        fill=chosen.background,
        text=chosen.text,
        border=blend(BLACK, chosen.background, 0.3),
        ratio=chosen.ratio,
        badge=None if ghost else BADGES.get(status),
        bar=status in (AppointmentStatus.ARRIVED, AppointmentStatus.IN_ROOM) and not ghost,
        hatched=status is AppointmentStatus.NO_SHOW and not ghost,
        struck=status is AppointmentStatus.CANCELLED,
    )


@dataclass(frozen=True)
class GridColumn:
    """One column: whose time on which day, and when that person works (clinic-local blocks)."""

    provider_id: int
    day: date
    title: str
    subtitle: str = ""
    colour: str = "#1f7a8c"
    working: tuple[TimeBlock, ...] = ()
    entries: tuple[ScheduleEntry, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Block:
    """Where an appointment is drawn: column, local minutes from midnight, lane among overlaps."""

    entry: ScheduleEntry
    column: int
    start: int
    end: int
    lane: int = 0
    lanes: int = 1

    @property
    def id(self) -> int:
        return self.entry.appointment.id


class DragMode(Enum):
    MOVE = "move"
    RESIZE = "resize"


@dataclass
class DragState:
    block: Block
    mode: DragMode
    press: QPointF
    active: bool = False
    column: int = 0
    start: int = 0
    end: int = 0


def local_minutes(clock: datetime | time) -> int:
    return clock.hour * 60 + clock.minute


def lay_out(cluster: list[tuple[int, int, ScheduleEntry, int]], column: int) -> list[Block]:
    lanes = max((c[3] for c in cluster), default=0) + 1
    return [Block(entry, column, start, end, lane, lanes) for start, end, entry, lane in cluster]


if TYPE_CHECKING:
    _Widget = QAbstractScrollArea
else:
    _Widget = object


class GridBase(_Widget):
    """The calendar grid's state, as its parts (the mixins composed into ``CalendarGrid``) read
    it; declared for the type checker only (CalendarGrid sets it, and is the Qt widget)."""

    if TYPE_CHECKING:
        columns: list[GridColumn]
        clinic_time: ClinicTime
        now: datetime | None
        first_hour: int
        last_hour: int
        hour_height: int
        header_height: int
        gutter_width: int
        show_cancelled: bool
        selected_id: int | None
        slot: tuple[int, int]
        slot_chosen: bool
        _blocks: list[Block]
        _drag: DragState | None
        _pending: dict[int, tuple[int, int, int]]
        accessible_items: PaintedItems
        book_requested: SignalInstance
        status_requested: SignalInstance
        open_requested: SignalInstance
        today_requested: SignalInstance

        def block(self, appointment_id: int) -> Block | None: ...
        def select_block(self, appointment_id: int | None) -> None: ...
