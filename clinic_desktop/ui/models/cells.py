"""What a cell of a long record table shows, as its model keeps it for the table's delegate
(ui/widgets/record_delegate.py): the text, worked out once, and how it is drawn."""

from __future__ import annotations

from enum import IntEnum


class Look(IntEnum):
    """How a cell's text is drawn, beyond the table's own font and colour."""

    PLAIN = 0
    ALERT = 1  # bold, in the alert red (alert_colour): an expired consent, an overdue recall
    MUTED = 2  # the palette's disabled text (muted_brush): a deceased patient


Cell = tuple[str | None, Look]  # None: no text (the model's DisplayRole is None there)
EMPTY: Cell = (None, Look.PLAIN)
