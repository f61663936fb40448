"""The floor for start-up time and memory: an empty PySide6 main window, shown, rendered once, closed.

bench.py runs this exactly as it runs `clinic-desktop gui --smoke` (a fresh interpreter, offscreen
platform) so that the difference between the two is what the application itself costs.
"""

from __future__ import annotations

import sys
import time


def main() -> int:
    started = time.perf_counter()
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare window")
    window.resize(1280, 800)  # the size the application opens at
    window.show()
    app.processEvents()
    image = window.grab()
    if image.isNull():
        print("bare window: grab() returned an empty image", file=sys.stderr)
        return 1
    window.close()
    print(f"Start-up time: {time.perf_counter() - started:.3f} s to the first rendered view.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
