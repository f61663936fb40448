"""Python's cyclic garbage collected on the GUI thread only.

The collector runs in whichever thread happens to allocate when a generation's threshold is
crossed. When that is a worker thread (ui/operations.py) and the garbage holds Qt objects (a closed
dialog, a chart window, a table model), Qt destroys them away from the thread they live in and the
process dies ("Fatal Python error: Segmentation fault ... Garbage-collecting", in a worker's
stack). So the automatic collector is switched off and a timer on the GUI thread does its work,
generation by generation as the thresholds say, as qutebrowser does for the same reason."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> int | None:
        """Collect the oldest generation whose threshold is crossed; the generation, or None."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return generation
        return None
