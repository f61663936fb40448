"""Time, in the real main window, from choosing Patients to the first names on screen.

    QT_QPA_PLATFORM=offscreen python benchmarks/patients_view_time.py CLINIC.db [RUNS]

Prints one line per run: milliseconds until row 0 shows a name (not the loading placeholder).
Used by bench.py for the "open patient list" goal (under 200 ms).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from clinic_desktop.services import ClinicServices  # noqa: E402
from clinic_desktop.ui.main_window import MainWindow  # noqa: E402
from clinic_desktop.ui.settings import UiSettings  # noqa: E402


def time_one(window: MainWindow) -> float:
    """Milliseconds from choosing Patients until the freshly read list shows a name in row 0."""
    model = window.patients.model
    arrived: list[int] = []
    model.ids_loaded.connect(arrived.append)  # the list just read, not the one still on screen
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(1)
    poll.timeout.connect(lambda: loop.quit() if arrived and model.data(model.index(0, 1)) != "…" else None)
    started = time.perf_counter()
    window.show_view("patients")
    poll.start()
    QTimer.singleShot(10_000, loop.quit)
    loop.exec()
    poll.stop()
    model.ids_loaded.disconnect(arrived.append)
    return (time.perf_counter() - started) * 1000


def main() -> int:
    path, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5
    app = QApplication([])
    services = ClinicServices.open(path)
    services.set_now("2026-11-23T10:00")
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "ui.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, UiSettings(settings))
        window.remember = False
        window.show()

        def settle() -> None:
            loop = QEventLoop()
            window.operations.busy_changed.connect(lambda busy: loop.quit() if not busy else None)
            QTimer.singleShot(10_000, loop.quit)
            if window.operations.pending:
                loop.exec()

        settle()
        for _ in range(runs):
            window.show_view("calendar")
            settle()
            print(f"{time_one(window):.1f}")
            settle()
        window.close()
    services.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
