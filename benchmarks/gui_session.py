"""A scripted session in the real window, watched for freezes: the longest time the GUI thread's
event loop was blocked, and what it was doing then.

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_session.py CLINIC.db [--now ISO] [--user NAME]

Signs in (CLINIC_PASSWORD), opens the window and then, as a provider's morning would: every view
the role is offered, a patient search, that patient's chart, charting a treatment (the charting
dialog filled from PREEMPT, checked, and its sites saved as the clinic's own protocol), the recall
list, and the day list's print preview. Each step waits until the window's background work is done.

The watchdog: a QTimer on the GUI thread beats every TICK_MS; a Python thread samples the GUI
thread's stack (sys._current_frames) every SAMPLE_MS. A beat that comes late means the event loop
was blocked for that long; the samples taken meanwhile say where (the innermost frames of this
project's code, most often seen). Each beat also reads the GUI thread's own CPU time, so a stall
says how much of it was the GUI thread's work (``cpu_ms``) and how much waiting for the processor
(a machine shared with other work stretches the wall-clock time, not the CPU time). Prints one
JSON document on stdout. bench.py runs it; the goal is no stall over 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TICK_MS = 5
SAMPLE_MS = 2
GOAL_MS = 50.0
PROJECT = str(ROOT / "clinic_desktop")
QT_ITSELF = "Qt's own work (layout, painting)"
HARNESS = (" wait_for_background_work",)  # the harness waiting in the event loop


class Watchdog:
    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gui_thread = threading.get_ident()
        self.beats: list[float] = []
        self.cpu: list[float] = []  # the GUI thread's CPU time at each beat
        self.raw: list[tuple[float, tuple[tuple[Any, int], ...]]] = []
        self._held: list[object] = []
        self.samples: list[tuple[float, tuple[str, ...]]] = []
        self.step = "start"
        self.steps: list[tuple[float, str]] = [(time.perf_counter(), "start")]
        self._stop = threading.Event()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._beat)
        self._sampler = threading.Thread(target=self._sample, daemon=True, name="watchdog")

    def _beat(self) -> None:
        self.beats.append(time.perf_counter())
        self.cpu.append(time.thread_time())
        self._held.clear()  # the frames the sampler looked at, let go on this thread (_sample)

    def start(self) -> None:
        self._timer.start()
        self._sampler.start()

    def stop(self) -> None:
        self._timer.stop()
        self._stop.set()
        self._sampler.join()
        self._held.clear()
        self._resolve()

    def at(self, step: str) -> None:
        self.step = step
        self.steps.append((time.perf_counter(), step))

    def _sample(self) -> None:
        # A sample holds the interpreter's lock while it walks the GUI thread's stack, and the GUI
        # thread waits for it meanwhile: so it keeps only code objects and instruction offsets
        # (16 us), and the line numbers (f_lineno: 43 us a sample) are looked up after the session.
        # The frames it looked at are let go on the GUI thread (_beat), never here: a frame whose
        # function returned meanwhile keeps its locals, and freeing it here would destroy a Qt
        # object they held away from its thread (a hang: Qt's lock waiting for the interpreter's).
        while not self._stop.is_set():
            frames = sys._current_frames()
            walked = [frames.get(self.gui_thread)]
            where: list[tuple[Any, int]] = []
            while walked[-1] is not None and len(where) < 40:
                code = walked[-1].f_code
                if code.co_filename.startswith(PROJECT):
                    where.append((code, walked[-1].f_lasti))
                walked.append(walked[-1].f_back)
            self._held.append((frames, walked))
            del frames, walked
            self.raw.append((time.perf_counter(), tuple(where)))
            time.sleep(SAMPLE_MS / 1000)

    def _resolve(self) -> None:
        """The samples' frames as "file:line function", once the session is over."""
        lines: dict[tuple[Any, int], str] = {}
        for at, raw in self.raw:
            where = []
            for code, offset in raw:
                if (code, offset) not in lines:
                    line = next((n for a, b, n in code.co_lines() if a <= offset < b), None)
                    name = os.path.relpath(code.co_filename, ROOT)
                    lines[(code, offset)] = f"{name}:{line} {code.co_name}"
                where.append(lines[(code, offset)])
            self.samples.append((at, tuple(where)))
        self.raw.clear()

    def step_at(self, instant: float) -> str:
        found = "start"
        for at, step in self.steps:
            if at <= instant:
                found = step
        return found

    def database_calls(self) -> list[dict[str, Any]]:
        """Every place the GUI thread was seen inside the store (a database call that blocks the
        event loop): the store's frame and the ui's frame that called it, how often seen."""
        seen: Counter[tuple[str, str]] = Counter()
        for _, where in self.samples:
            store = next((w for w in where if w.startswith("clinic_desktop/store/")), None)
            if store is not None:
                caller = next((w for w in where if w.startswith("clinic_desktop/ui/")), "")
                seen[(store, caller)] += 1
        return [
            {"store": store, "called_from": caller, "samples": n} for (store, caller), n in seen.most_common()
        ]

    def longest(self, count: int = 5) -> list[dict[str, Any]]:
        gaps = sorted(
            (
                (b - a, a, b, cpu_b - cpu_a)
                for a, b, cpu_a, cpu_b in zip(
                    self.beats, self.beats[1:], self.cpu, self.cpu[1:], strict=False
                )
            ),
            reverse=True,
        )[:count]
        found = []
        for gap, start, end, cpu in gaps:
            # The harness's own frames (waiting in the event loop) are not a cause: what runs
            # inside them is. A sample with nothing else was Qt's own work (layout, painting).
            inside = [
                tuple(w for w in where if not w.endswith(HARNESS))
                for at, where in self.samples
                if start <= at <= end
            ]
            inside = [where for where in inside if where]
            innermost = Counter(where[0] for where in inside)
            outermost = Counter(where[-1] for where in inside)
            found.append(
                {
                    "blocked_ms": round((gap - TICK_MS / 1000) * 1000, 1),
                    "cpu_ms": round(cpu * 1000, 1),  # the GUI thread's own work in it
                    # The step whose work the loop was busy with: the one in effect when it came
                    # back. A step starts with no beat of its own (the harness calls its action
                    # at once), so the gap's start is still the step before, settling.
                    "step": self.step_at(end),
                    "cause": innermost.most_common(1)[0][0]
                    if innermost
                    else "Qt's own work (layout, painting)",
                    "called_from": outermost.most_common(1)[0][0] if outermost else "",
                    "samples": len(inside),
                }
            )
        return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("db")
    parser.add_argument("--now", default=None)
    parser.add_argument("--user", default=os.environ.get("CLINIC_USER", "provider"))
    parser.add_argument("--search", default="smi")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from clinic_desktop.services import ClinicServices
    from clinic_desktop.ui import preload
    from clinic_desktop.ui.application import (
        GuiThreadCollector,
        apply_look,
        ensure_application,
        preload_window,
        wait_for_background_work,
        window_class,
    )
    from clinic_desktop.ui.settings import UiSettings

    app = ensure_application()
    apply_look(app)
    # As run_gui does: the cyclic garbage collected on the GUI thread only (ui/garbage.py). Left
    # on, the collector ran in the workers, a whole collection at a time with the interpreter's
    # lock held, and the GUI thread waited for it (stalls of 50-90 ms with no GUI-thread work).
    GuiThreadCollector(app)
    services = ClinicServices.open(args.db)
    if args.now:
        services.set_now(args.now)
    services.users.sign_out()
    preload_window()  # as the sign-in dialog does while the person types
    services.users.sign_in(args.user, os.environ.get("CLINIC_PASSWORD", ""))
    hits = services.patients.search(args.search, 1)  # the patient the session will chart (not timed)
    clinic = services.clinic.settings()  # as the start-up reads them, off the GUI thread (clinic_opening.py)
    preload.wait_for_all(30)  # all of it, as a person's typing gives it time to (ui/preload.py)
    MainWindow = window_class()  # noqa: N806 (a class)
    settings = UiSettings(QSettings(str(Path(os.environ.get("TMPDIR", "/tmp")) / "gui-session.ini"),
                                    QSettings.Format.IniFormat))  # fmt: skip
    dog = Watchdog()
    dog.start()
    steps: list[str] = []

    def settle(ms: int = 50) -> None:
        """Let the event loop run a moment (queued events, paints) with nothing else to do."""
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def step(name: str, action: Callable[[], object], window: Any = None) -> None:
        dog.at(name)
        steps.append(name)
        action()
        if window is not None:
            wait_for_background_work(window)
        settle()

    started = time.perf_counter()
    dog.at("open the window")
    window = MainWindow(services, settings, clinic=clinic)
    window.remember = False
    window.quiet = True
    window.build_the_others = True  # as the application's window does once its first view is drawn
    window.show()
    wait_for_background_work(window)
    settle()
    for key in window.allowed_views():
        step(f"view {key}", lambda key=key: window.show_view(key), window)

    def search() -> None:
        window.show_view("patients")
        window.patients.search.setText(args.search)

    step("search patients", search, window)
    settle(600)  # the search waits for typing to pause (debounce) before it asks
    wait_for_background_work(window)
    found = [hits[0].record.id] if hits else []
    chart = None
    if found:

        def open_chart() -> None:
            """Opened, and waited for until it shows the whole chart (its tabs fill one by one)."""
            wait = QEventLoopWait(window.open_chart(found[0]).loaded)
            wait.run(10_000)

        step("open a chart", open_chart, window)
        chart = window.charts.get(found[0])
        if chart is not None:
            wait_for_background_work(window)
            step("chart a treatment", lambda: chart_a_treatment(window, found[0], settle), window)
    step("recall list", lambda: window.show_view("recalls"), window)
    step("print preview", window.print_day_list, window)
    settle(300)
    wait_for_background_work(window)
    dog.stop()
    total = time.perf_counter() - started
    worst = dog.longest()
    print(
        json.dumps(
            {
                "steps": steps,
                "seconds": round(total, 2),
                "beats": len(dog.beats),
                "longest": worst,
                "database_calls_on_gui_thread": dog.database_calls(),
                "goal_ms": GOAL_MS,
                "failures": list(window.failures),
            },
            indent=2,
        )
    )
    window.close()
    return 0


def chart_a_treatment(window: Any, patient_id: int, settle: Callable[[int], None]) -> None:
    """The charting dialog for the patient, filled from the PREEMPT template (as a provider picks
    it), checked against the rules, and its sites kept as the clinic's own protocol."""
    from clinic_desktop.ui.dialogs.treatment import TreatmentDialog

    dialog = TreatmentDialog(window.services, window.operations, patient_id, parent=window)
    dialog.show()
    wait = QEventLoopWait(dialog.ready)
    wait.run(10_000)
    index = dialog.protocol.findData("PREEMPT")
    if index >= 0:
        dialog.protocol.setCurrentIndex(index)
    settle(100)
    wait = QEventLoopWait(dialog.protocol_saved)
    if dialog.save_as_protocol("Bench PREEMPT"):
        wait.run(10_000)
    dialog.close()


class QEventLoopWait:
    """Run the event loop until a signal comes (or the limit passes): what a person waits on."""

    def __init__(self, signal: Any) -> None:
        from PySide6.QtCore import QEventLoop

        self.loop = QEventLoop()
        signal.connect(lambda *_: self.loop.quit())

    def run(self, limit_ms: int) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(limit_ms, self.loop.quit)
        self.loop.exec()


if __name__ == "__main__":
    sys.exit(main())
