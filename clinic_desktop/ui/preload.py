"""The window's code loaded off the GUI thread while the sign-in dialog is up (issue 22).

Importing defines classes and builds nothing: no Qt object is made off the GUI thread. What the
first view after signing in needs comes first (``FIRST``: the main window, the calendar, the
holiday calendars its hours are read with, the clock's locale data); then the rest (``REST``:
the other views, built when first shown, the dialogs, the phone-number library, the day list's
printout). A person typing their password gives all of it the time it needs. Someone signed in
before the first part was loaded (a password manager, a smoke run): the window is built as soon as
the first part is there, and the rest waits until the first view is drawn (``hold``, ``release``)
instead of competing with it for the interpreter.
"""

from __future__ import annotations

import importlib
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from clinic_desktop.ui.main_window import MainWindow

WINDOW_MODULE = "clinic_desktop.ui.main_window"
FIRST = (
    WINDOW_MODULE,
    "clinic_desktop.ui.views.calendar_view",  # the first view, unless another was left open
    "holidays.countries",  # the calendar's first load reads the clinic's public holidays
)
REST = (
    "clinic_desktop.ui.views.patients_view",
    "clinic_desktop.ui.views.recalls_view",
    "clinic_desktop.ui.views.flow_board",
    "clinic_desktop.ui.views.reports_view",
    "clinic_desktop.ui.views.audit_view",
    "clinic_desktop.ui.views.outbox_view",
    "clinic_desktop.ui.views.patient_chart",
    "clinic_desktop.ui.dialogs.booking",
    "clinic_desktop.ui.dialogs.patient_form",
    "clinic_desktop.ui.dialogs.import_patients",
    "clinic_desktop.ui.dialogs.backup",
    "clinic_desktop.ui.dialogs.treatment",
    # Formats the patient list's phone numbers (services/phones.py imports it when first needed,
    # which was a stall on the GUI thread), and the day list's dialog and printout.
    "phonenumbers",
    "clinic_desktop.ui.dialogs.day_list",
    # What the services import in the use case that needs it, so that a command does not load it
    # (docs/architecture.md, "A new import"): the window has it before a view first asks.
    "clinic_desktop.services.treatment_interval",
    "difflib",
    "clinic_desktop.store.clinical_records",  # a chart's clinical summary and contact log
    "clinic_desktop.domain.messages",  # the messages' rules and templates (the outbox's sending)
)
# Qt's modules that the window's code imports and the sign-in dialog does not: imported here, on
# the GUI thread, before a loading thread starts (``qt_modules_first``). First imported on the
# loading thread while the GUI thread was building a view, QtPrintSupport's initialisation crashed
# the process now and then (a segmentation fault in a smoke run; 1.5 ms here).
QT_MODULES = ("PySide6.QtPrintSupport", "PySide6.QtSvg")
HOLD_LIMIT_S = 5.0  # the rest goes on after this even if no first view said it was drawn

_lock = threading.Lock()
_loader: list[threading.Thread] = []  # the thread loading, once started (its own or the opening's)
_first_loaded = threading.Event()
_all_loaded = threading.Event()
_go_on = threading.Event()  # cleared while a first view is being built
_go_on.set()


def load() -> None:
    """Import the window's code, the first view's part first; on the calling (loading) thread."""
    with _lock:
        if not _loader:
            _loader.append(threading.current_thread())
    try:
        for module in FIRST:
            importlib.import_module(module)
        _warm_locale_data()
    finally:
        _first_loaded.set()
    try:
        for module in REST:
            if not _go_on.wait(HOLD_LIMIT_S):
                _go_on.set()  # no first view said it was drawn: go on regardless
            importlib.import_module(module)
        from clinic_desktop.printing.pages import default_paper

        default_paper()  # the system locale's measurement system, read once (the day list's paper)
        from clinic_desktop.ui.garbage import keep_the_code_loaded

        keep_the_code_loaded()  # never walked by a collection on the GUI thread (ui/garbage.py)
    finally:
        _all_loaded.set()


def qt_modules_first() -> None:
    """Import Qt's modules the window's code needs, on the calling thread: the GUI thread, before
    any thread loads the window's code (``QT_MODULES``)."""
    for module in QT_MODULES:
        importlib.import_module(module)


def start() -> None:
    """Load the window's code on a thread of its own (once)."""
    qt_modules_first()
    with _lock:
        if _loader:
            return
        loader = threading.Thread(target=load, name="preload-window", daemon=True)
        _loader.append(loader)
    loader.start()


def started() -> bool:
    return bool(_loader)


def all_loaded() -> bool:
    """Everything is loaded (started and done)."""
    return bool(_loader) and _all_loaded.is_set()


def window_class() -> type[MainWindow]:
    """The main window's class, once its part is loaded; the rest of the code waits for the first
    view to be drawn (``release``) if it was still loading."""
    if _loader:
        if not _all_loaded.is_set():
            _go_on.clear()
        _first_loaded.wait()
    from clinic_desktop.ui.main_window import MainWindow

    return MainWindow


def release() -> None:
    """The first view is drawn: the rest of the window's code may load."""
    _go_on.set()


def wait_for_all(timeout_s: float | None = None) -> bool:
    """Until everything is loaded (as a person's typing would allow); False if it was not started."""
    if not _loader:
        return False
    _go_on.set()
    return _all_loaded.wait(timeout_s)


def finish(timeout_s: float = 30.0) -> None:
    """Before the program ends: let the loading thread finish its imports (quit at the sign-in
    dialog at once, the interpreter was torn down while that thread was still importing Qt's
    modules, and the process crashed on its way out)."""
    _go_on.set()
    for thread in list(_loader):
        if thread is not threading.current_thread() and thread.is_alive():
            thread.join(timeout_s)


def _warm_locale_data() -> None:
    """The first read of the Unicode CLDR data the clock is resolved with (Babel's shared tables
    and the root locale), done here rather than while the window is built."""
    from clinic_desktop.domain.date_formats import country_clock

    country_clock("US")
