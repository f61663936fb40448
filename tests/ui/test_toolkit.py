"""The installed Qt binding must not corrupt Python's reference counts.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every processEvents() and to
True/False on every bool signal delivered to a Python slot; the interpreter then aborted at exit
(bool_dealloc), failing runs that had passed. pyproject pins below it; this test says so plainly
if a future version does the same.
"""

import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    class Emitter(QObject):
        fired = Signal(bool)
    emitter, seen = Emitter(), []
    emitter.fired.connect(seen.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        app.processEvents()
        emitter.fired.emit(True)
    seen.clear()
    print(sys.getrefcount(None) - none_before, sys.getrefcount(True) - true_before)
    """
)


def test_qt_binding_keeps_reference_counts() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.returncode == 0, f"the Qt binding crashed the interpreter: {done.stderr[-500:]}"
    none_delta, true_delta = (int(x) for x in done.stdout.split())
    assert abs(none_delta) < 50 and abs(true_delta) < 50, (
        f"this PySide6 leaks or drops references (None {none_delta}, True {true_delta}); pin another version"
    )
