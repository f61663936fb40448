"""The main window's commands as one table, and the menus and toolbar laid out from it.

Every command is a row of ``COMMANDS``: its action (text, shortcut, icon, tip, the permissions it
needs) and what it does in the window. ``add_actions`` registers them in this order (the keyboard
shortcuts dialog lists them so); the menus and the toolbar only pick actions by key, so a menu, the
toolbar and a shortcut can never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenuBar, QToolBar

from clinic_desktop import APP_TITLE
from clinic_desktop.domain.access import Permission
from clinic_desktop.ui.actions import ActionRegistry, ActionSpec

if TYPE_CHECKING:
    from clinic_desktop.ui.main_window import MainWindow


@dataclass(frozen=True)
class ViewSpec:
    key: str
    title: str
    icon: str
    shortcut: str
    needs: Permission  # the view is offered only to roles with this permission


VIEWS = (
    ViewSpec("calendar", "Calendar", "calendar", "Ctrl+1", Permission.SCHEDULE),
    ViewSpec("patients", "Patients", "patients", "Ctrl+2", Permission.DEMOGRAPHICS),
    ViewSpec("recalls", "Recalls", "recalls", "Ctrl+3", Permission.RECALLS),
    ViewSpec("today", "Today", "today", "Ctrl+4", Permission.SCHEDULE),
    ViewSpec("reports", "Reports", "reports", "Ctrl+5", Permission.REPORTS),
    ViewSpec("audit", "Audit trail", "database", "Ctrl+6", Permission.AUDIT),
    ViewSpec("outbox", "Outbox", "recalls", "Ctrl+7", Permission.MESSAGES),
)


@dataclass(frozen=True)
class Command:
    spec: ActionSpec
    run: Callable[[MainWindow], object]  # what the action does in the window


SCHEDULE = (Permission.SCHEDULE,)
DEMOGRAPHICS = (Permission.DEMOGRAPHICS,)
SETTINGS = (Permission.SETTINGS,)

# After the view actions (Ctrl+1...), in the order the shortcuts dialog lists them.
COMMANDS = (
    Command(
        ActionSpec("refresh", "&Refresh", QKeySequence.StandardKey.Refresh, "refresh", "Reload the view"),
        lambda w: w.refresh_current(),
    ),
    Command(
        ActionSpec("previous_day", "&Previous day", "Alt+Left", "previous", needs=SCHEDULE),
        lambda w: w._calendar_shift(-1),
    ),
    Command(
        ActionSpec("next_day", "&Next day", "Alt+Right", "next", needs=SCHEDULE),
        lambda w: w._calendar_shift(1),
    ),
    Command(
        ActionSpec("go_today", "&Today", "Ctrl+T", "go-today", "Go to today in the calendar", needs=SCHEDULE),
        lambda w: w._go_today(),
    ),
    Command(
        ActionSpec(
            "find_patient",
            "&Find patient",
            "Ctrl+F",
            "search",
            "Find a patient by name, phone, date of birth or MRN",
            needs=DEMOGRAPHICS,
        ),
        lambda w: w.find_patient(),
    ),  # fmt: skip
    Command(
        ActionSpec(
            "new_patient", "&New patient…", "Ctrl+N", "new", "Register a new patient", needs=DEMOGRAPHICS
        ),
        lambda w: w.new_patient(),
    ),
    Command(
        ActionSpec(
            "book",
            "Book &appointment…",  # A: the File menu's B is Backup and restore
            "Ctrl+B",
            "calendar",
            "Book for the patient chosen here, at the calendar's slot or first free time",
            needs=SCHEDULE,
        ),
        lambda w: w.book(),
    ),
    Command(
        ActionSpec(
            "import_patients",
            "&Import patients…",
            "Ctrl+I",
            "database",
            "Import patients from CSV",
            needs=DEMOGRAPHICS,
        ),
        lambda w: w.import_patients(),
    ),  # fmt: skip
    Command(
        ActionSpec(
            "backup_restore",
            "&Backup and restore…",
            None,
            "database",
            "Back up or restore the database",
            needs=(Permission.BACKUPS,),
        ),
        lambda w: w.backup_and_restore(),
    ),  # fmt: skip
    Command(
        ActionSpec(
            "print_day_list",
            "&Print day list…",
            QKeySequence.StandardKey.Print,
            "print",
            "Print the day list, or save it as PDF (the calendar's day and provider)",
            needs=SCHEDULE,
        ),
        lambda w: w.print_day_list(),
    ),  # fmt: skip
    Command(
        ActionSpec(
            "export",
            "&Export…",
            None,
            "database",
            "Export a calendar (iCalendar), spreadsheets (CSV) or the patients' records (FHIR)",
            needs=(Permission.EXPORT_CALENDAR, Permission.EXPORT_RECORDS),
        ),
        lambda w: w.export_files(),
    ),  # fmt: skip
    Command(
        ActionSpec("lock_now", "&Lock now", "Ctrl+L", "quit", "Hide everything until you sign in again"),
        lambda w: w.lock(),
    ),
    Command(
        ActionSpec(
            "switch_user", "S&witch user…", None, "patients", "Lock the window for someone else to sign in"
        ),
        lambda w: w.switch_user(),
    ),
    Command(
        ActionSpec("sign_out", "Sign &out", None, "quit", "End your session; the window locks"),
        lambda w: w.sign_out(),
    ),
    Command(
        ActionSpec(
            "users",
            "&Users…",
            None,
            "patients",
            "Add users, change roles, unlock accounts",
            needs=(Permission.USERS,),
        ),
        lambda w: w.manage_users(),
    ),  # fmt: skip
    Command(
        ActionSpec(
            "clinic_settings",
            "Clinic &settings…",
            None,
            "settings",
            "Providers, hours, time off, rooms, appointment types, stock, protocols, the clinic itself",
            needs=SETTINGS,
        ),
        lambda w: w.clinic_settings(),
    ),  # fmt: skip
    Command(
        ActionSpec(
            "set_up_clinic",
            "Se&t up the clinic…",
            None,
            "settings",
            "The set-up checklist: what the clinic needs before it can book",
            needs=SETTINGS,
        ),
        lambda w: w.set_up_clinic(),
    ),  # fmt: skip
    Command(
        ActionSpec(
            "appearance",
            "&Appearance…",
            None,
            "settings",
            "Text size and colours on this workstation (large text, high contrast)",
            when_locked=True,
        ),
        lambda w: w.choose_appearance(),
    ),  # fmt: skip
    Command(
        ActionSpec("change_password", "&Change password…", None, "settings", "Change your own password"),
        lambda w: w.change_password(),
    ),
    Command(
        ActionSpec(
            "shortcuts",
            "&Keyboard shortcuts",
            "F1",
            "about",
            "Every command of the window and the keys that reach it",
        ),
        lambda w: w.show_shortcuts(),
    ),  # fmt: skip
    Command(ActionSpec("about", f"&About {APP_TITLE}", None, "about"), lambda w: w.show_about()),
    Command(
        ActionSpec(
            "quit", "&Quit", QKeySequence.StandardKey.Quit, "quit", "Close the application", when_locked=True
        ),
        lambda w: w.close(),
    ),
)


def add_actions(registry: ActionRegistry, window: MainWindow) -> None:
    """Register a "show the view" action per view, then every command of ``COMMANDS``."""
    for view in VIEWS:
        spec = ActionSpec(
            f"view_{view.key}",
            f"&{view.title}",
            view.shortcut,
            view.icon,
            f"Show {view.title}",
            needs=(view.needs,),
        )
        registry.add(spec, partial(window.show_view, view.key))
    for command in COMMANDS:
        registry.add(command.spec, partial(command.run, window))
    registry["book"].setIconText("Book…")
    # From any window of the application (a chart, a dialog), not only this one.
    registry["lock_now"].setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)


FILE_MENU = (
    ("book", "new_patient", "import_patients"),
    ("print_day_list", "export"),
    ("backup_restore", "users", "clinic_settings", "set_up_clinic"),
    ("lock_now", "switch_user", "sign_out", "change_password"),
    ("quit",),
)
# Day-by-day arrows sit beside the calendar's date; the toolbar holds what works anywhere.
TOOLBAR = ("find_patient", "book", "new_patient", "go_today", "print_day_list", "refresh")


def build_menus(bar: QMenuBar, registry: ActionRegistry) -> None:
    """File, View, Go and Help; separators between the groups."""
    file_menu = bar.addMenu("&File")
    for number, group in enumerate(FILE_MENU):
        if number:
            file_menu.addSeparator()
        for key in group:
            file_menu.addAction(registry[key])
    view_menu = bar.addMenu("&View")
    for spec in VIEWS:
        view_menu.addAction(registry[f"view_{spec.key}"])
    view_menu.addSeparator()
    view_menu.addAction(registry["refresh"])
    view_menu.addAction(registry["appearance"])
    go_menu = bar.addMenu("&Go")
    go_menu.addAction(registry["find_patient"])
    go_menu.addSeparator()
    for key in ("previous_day", "go_today", "next_day"):
        go_menu.addAction(registry[key])
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(registry["shortcuts"])
    help_menu.addAction(registry["about"])


def build_toolbar(registry: ActionRegistry) -> QToolBar:
    toolbar = QToolBar("Main")
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(22, 22))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for key in TOOLBAR:
        toolbar.addAction(registry[key])
    return toolbar
