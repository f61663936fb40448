"""Python's cyclic garbage collected on the GUI thread only.

The collector runs in whichever thread happens to allocate when a generation's threshold is
crossed. When that is a worker thread (ui/operations.py) and the garbage holds Qt objects (a closed
dialog, a chart window, a table model), Qt destroys them away from the thread they live in and the
process dies ("Fatal Python error: Segmentation fault ... Garbage-collecting", in a worker's
stack). So the automatic collector is switched off and a timer on the GUI thread does its work,
generation by generation as the thresholds say, as qutebrowser does for the same reason.

A collection walks every object of its generation, with the window frozen meanwhile (issue 22).
So the timer looks often (a few hundred new objects to walk each time, not a second's worth of a
worker's reading), and what the start-up made, which lives as long as the program (its code, some
hundred thousand objects, and the window's views), is kept out of every later collection (Python's
gc.freeze): when the collector starts, when the window's code has loaded (``keep_the_code_loaded``)
and once the window's views are built (``keep_what_start_up_made``). Walked, it froze the window
for 40-120 ms at each of the older generations' collections."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 200


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        gc.disable()
        gc.freeze()  # the program's code so far: walked by no collection
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


def keep_the_code_loaded() -> None:
    """The window's code just loaded (ui/preload.py, on its loading thread): its objects are kept
    out of later collections when the GUI thread collects (the automatic collector is off)."""
    if not gc.isenabled():
        gc.freeze()


def keep_what_start_up_made() -> bool:
    """The objects alive now are kept out of later collections (they live as long as the window:
    its code, its views), if the application collects on its GUI thread (a GuiThreadCollector);
    whether it did. Garbage among them stays (a one-off few kilobytes at start-up at most)."""
    app = QCoreApplication.instance()
    if app is None or app.findChild(GuiThreadCollector) is None:
        return False
    gc.freeze()
    return True
