"""The main window's commands as one table, and the menus and toolbar laid out from it.

Every command is a row of ``COMMANDS``: its action (text, shortcut, icon, tip, the permissions it
needs) and what it does in the window. ``add_actions`` registers them in this order (the keyboard
shortcuts dialog lists them so); the menus and the toolbar only pick actions by key, so a menu, the
toolbar and a shortcut can never disagree.

Its texts are in English in the table, marked for the catalogues with ``QT_TRANSLATE_NOOP`` (the
context "MainMenu"), and translated when the actions are made (docs/translating.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenuBar, QToolBar

from clinic_desktop import APP_TITLE
from clinic_desktop.domain.access import Permission
from clinic_desktop.ui.actions import ActionRegistry, ActionSpec
from clinic_desktop.ui.appearance import theme
from clinic_desktop.ui.dialogs.language import choose_language
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from clinic_desktop.ui.main_window import MainWindow


@dataclass(frozen=True)
class ViewSpec:
    key: str
    title: str
    icon: str
    shortcut: str
    needs: Permission  # the view is offered only to roles with this permission

    def shown_title(self) -> str:
        """The title in the window's language (``title`` is the English source text)."""
        return QCoreApplication.translate("MainMenu", self.title)


VIEWS = (
    ViewSpec(
        "calendar", QT_TRANSLATE_NOOP("MainMenu", "Calendar"), "calendar", "Ctrl+1", Permission.SCHEDULE
    ),
    ViewSpec(
        "patients", QT_TRANSLATE_NOOP("MainMenu", "Patients"), "patients", "Ctrl+2", Permission.DEMOGRAPHICS
    ),
    ViewSpec("recalls", QT_TRANSLATE_NOOP("MainMenu", "Recalls"), "recalls", "Ctrl+3", Permission.RECALLS),
    ViewSpec("today", QT_TRANSLATE_NOOP("MainMenu", "Today"), "today", "Ctrl+4", Permission.SCHEDULE),
    ViewSpec("reports", QT_TRANSLATE_NOOP("MainMenu", "Reports"), "reports", "Ctrl+5", Permission.REPORTS),
    ViewSpec("audit", QT_TRANSLATE_NOOP("MainMenu", "Audit trail"), "database", "Ctrl+6", Permission.AUDIT),
    ViewSpec("outbox", QT_TRANSLATE_NOOP("MainMenu", "Outbox"), "recalls", "Ctrl+7", Permission.MESSAGES),
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
        ActionSpec(
            "refresh",
            QT_TRANSLATE_NOOP("MainMenu", "&Refresh"),
            QKeySequence.StandardKey.Refresh,
            "refresh",
            QT_TRANSLATE_NOOP("MainMenu", "Reload the view"),
        ),
        lambda w: w.refresh_current(),
    ),
    Command(
        ActionSpec(
            "previous_day",
            QT_TRANSLATE_NOOP("MainMenu", "&Previous day"),
            "Alt+Left",
            "previous",
            needs=SCHEDULE,
        ),
        lambda w: w._calendar_shift(-1),
    ),
    Command(
        ActionSpec(
            "next_day", QT_TRANSLATE_NOOP("MainMenu", "&Next day"), "Alt+Right", "next", needs=SCHEDULE
        ),
        lambda w: w._calendar_shift(1),
    ),
    Command(
        ActionSpec(
            "go_today",
            QT_TRANSLATE_NOOP("MainMenu", "&Today"),
            "Ctrl+T",
            "go-today",
            QT_TRANSLATE_NOOP("MainMenu", "Go to today in the calendar"),
            needs=SCHEDULE,
        ),
        lambda w: w._go_today(),
    ),
    Command(
        ActionSpec(
            "find_patient",
            QT_TRANSLATE_NOOP("MainMenu", "&Find patient"),
            "Ctrl+F",
            "search",
            QT_TRANSLATE_NOOP("MainMenu", "Find a patient by name, phone, date of birth or MRN"),
            needs=DEMOGRAPHICS,
        ),
        lambda w: w.find_patient(),
    ),  # fmt: skip
    Command(
        ActionSpec(
            "new_patient",
            QT_TRANSLATE_NOOP("MainMenu", "&New patient…"),
            "Ctrl+N",
            "new",
            QT_TRANSLATE_NOOP("MainMenu", "Register a new patient"),
            needs=DEMOGRAPHICS,
        ),
        lambda w: w.new_patient(),
    ),
    Command(
        ActionSpec(
            "book",
            QT_TRANSLATE_NOOP("MainMenu", "Book &appointment…"),  # A: the File menu's B is Backup and restore
            "Ctrl+B",
            "calendar",
            QT_TRANSLATE_NOOP(
                "MainMenu", "Book for the patient chosen here, at the calendar's slot or first free time"
            ),
            needs=SCHEDULE,
        ),
        lambda w: w.book(),
    ),
    Command(
        ActionSpec(
            "import_patients",
            QT_TRANSLATE_NOOP("MainMenu", "&Import patients…"),
            "Ctrl+I",
            "database",
            QT_TRANSLATE_NOOP("MainMenu", "Import patients from CSV"),
            needs=DEMOGRAPHICS,
        ),
        lambda w: w.import_patients(),
    ),  # fmt: skip
    Command(
        ActionSpec(
            "backup_restore",
            QT_TRANSLATE_NOOP("MainMenu", "&Backup and restore…"),
            None,
            "database",
            QT_TRANSLATE_NOOP("MainMenu", "Back up or restore the database"),
            needs=(Permission.BACKUPS,),
        ),
        lambda w: w.backup_and_restore(),
    ),  # fmt: skip
    Command(
        ActionSpec(
            "print_day_list",
            QT_TRANSLATE_NOOP("MainMenu", "&Print day list…"),
            QKeySequence.StandardKey.Print,
            "print",
            QT_TRANSLATE_NOOP(
                "MainMenu", "Print the day list, or save it as PDF (the calendar's day and provider)"
            ),
            needs=SCHEDULE,
        ),
        lambda w: w.print_day_list(),
    ),  # fmt: skip
    Command(
        ActionSpec(
            "export",
            QT_TRANSLATE_NOOP("MainMenu", "&Export…"),
            None,
            "database",
            QT_TRANSLATE_NOOP(
                "MainMenu",
                "Export a calendar (iCalendar), spreadsheets (CSV) or the patients' records (FHIR)",
            ),
            needs=(Permission.EXPORT_CALENDAR, Permission.EXPORT_RECORDS),
        ),
        lambda w: w.export_files(),
    ),  # fmt: skip
    Command(
        ActionSpec(
            "lock_now",
            QT_TRANSLATE_NOOP("MainMenu", "&Lock now"),
            "Ctrl+L",
            "quit",
            QT_TRANSLATE_NOOP("MainMenu", "Hide everything until you sign in again"),
        ),
        lambda w: w.lock(),
    ),
    Command(
        ActionSpec(
            "switch_user",
            QT_TRANSLATE_NOOP("MainMenu", "S&witch user…"),
            None,
            "patients",
            QT_TRANSLATE_NOOP("MainMenu", "Lock the window for someone else to sign in"),
        ),
        lambda w: w.switch_user(),
    ),
    Command(
        ActionSpec(
            "sign_out",
            QT_TRANSLATE_NOOP("MainMenu", "Sign &out"),
            None,
            "quit",
            QT_TRANSLATE_NOOP("MainMenu", "End your session; the window locks"),
        ),
        lambda w: w.sign_out(),
    ),
    Command(
        ActionSpec(
            "users",
            QT_TRANSLATE_NOOP("MainMenu", "&Users…"),
            None,
            "patients",
            QT_TRANSLATE_NOOP("MainMenu", "Add users, change roles, unlock accounts"),
            needs=(Permission.USERS,),
        ),
        lambda w: w.manage_users(),
    ),  # fmt: skip
    Command(
        ActionSpec(
            "clinic_settings",
            QT_TRANSLATE_NOOP("MainMenu", "Clinic &settings…"),
            None,
            "settings",
            QT_TRANSLATE_NOOP(
                "MainMenu",
                "Providers, hours, time off, rooms, appointment types, stock, protocols, the clinic itself",
            ),
            needs=SETTINGS,
        ),
        lambda w: w.clinic_settings(),
    ),  # fmt: skip
    Command(
        ActionSpec(
            "set_up_clinic",
            QT_TRANSLATE_NOOP("MainMenu", "Se&t up the clinic…"),
            None,
            "settings",
            QT_TRANSLATE_NOOP("MainMenu", "The set-up checklist: what the clinic needs before it can book"),
            needs=SETTINGS,
        ),
        lambda w: w.set_up_clinic(),
    ),  # fmt: skip
    Command(
        ActionSpec(
            "appearance",
            QT_TRANSLATE_NOOP("MainMenu", "App&earance…"),
            None,
            "settings",
            QT_TRANSLATE_NOOP(
                "MainMenu", "Text size and colours on this workstation (large text, high contrast)"
            ),
            when_locked=True,
        ),
        lambda w: w.choose_appearance(),
    ),  # fmt: skip
    Command(
        ActionSpec(
            "change_password",
            QT_TRANSLATE_NOOP("MainMenu", "&Change password…"),
            None,
            "settings",
            QT_TRANSLATE_NOOP("MainMenu", "Change your own password"),
        ),
        lambda w: w.change_password(),
    ),
    Command(
        ActionSpec(
            "language",
            QT_TRANSLATE_NOOP("MainMenu", "Lan&guage…"),
            None,
            "settings",
            QT_TRANSLATE_NOOP(
                "MainMenu", "The language of the window at this workstation (from the next start)"
            ),
        ),
        lambda w: choose_language(w.settings, w),
    ),  # fmt: skip
    Command(
        ActionSpec(
            "shortcuts",
            QT_TRANSLATE_NOOP("MainMenu", "&Keyboard shortcuts"),
            "F1",
            "about",
            QT_TRANSLATE_NOOP("MainMenu", "Every command of the window and the keys that reach it"),
        ),
        lambda w: w.show_shortcuts(),
    ),  # fmt: skip
    Command(
        ActionSpec("about", QT_TRANSLATE_NOOP("MainMenu", "&About {app}"), None, "about"),
        lambda w: w.show_about(),
    ),
    Command(
        ActionSpec(
            "quit",
            QT_TRANSLATE_NOOP("MainMenu", "&Quit"),
            QKeySequence.StandardKey.Quit,
            "quit",
            QT_TRANSLATE_NOOP("MainMenu", "Close the application"),
            when_locked=True,
        ),
        lambda w: w.close(),
    ),
)


def translated(spec: ActionSpec) -> ActionSpec:
    """The spec with its text and tip in the window's language (the table holds the English source
    texts, marked for lupdate with QT_TRANSLATE_NOOP; "{app}" stands for the application's name)."""
    text = QCoreApplication.translate("MainMenu", spec.text).replace("{app}", APP_TITLE)
    tip = QCoreApplication.translate("MainMenu", spec.tip) if spec.tip else ""
    return replace(spec, text=text, tip=tip)


def add_actions(registry: ActionRegistry, window: MainWindow) -> None:
    """Register a "show the view" action per view, then every command of ``COMMANDS``."""
    for view in VIEWS:
        title = view.shown_title()
        spec = ActionSpec(
            f"view_{view.key}",
            f"&{title}",
            view.shortcut,
            view.icon,
            QCoreApplication.translate("MainMenu", "Show {view}").format(view=title),
            needs=(view.needs,),
        )
        registry.add(spec, partial(window.show_view, view.key))
    for command in COMMANDS:
        registry.add(translated(command.spec), partial(command.run, window))
    registry["book"].setIconText(QCoreApplication.translate("MainMenu", "Book…"))
    # From any window of the application (a chart, a dialog), not only this one.
    registry["lock_now"].setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)


FILE_MENU = (
    ("book", "new_patient", "import_patients"),
    ("print_day_list", "export"),
    ("backup_restore", "users", "clinic_settings", "set_up_clinic"),
    ("lock_now", "switch_user", "sign_out", "change_password", "language"),
    ("quit",),
)
# Day-by-day arrows sit beside the calendar's date; the toolbar holds what works anywhere.
TOOLBAR = ("find_patient", "book", "new_patient", "go_today", "print_day_list", "refresh")


def build_menus(bar: QMenuBar, registry: ActionRegistry) -> None:
    """File, View, Go and Help; separators between the groups."""
    file_menu = bar.addMenu(QCoreApplication.translate("MainMenu", "&File"))
    for number, group in enumerate(FILE_MENU):
        if number:
            file_menu.addSeparator()
        for key in group:
            file_menu.addAction(registry[key])
    view_menu = bar.addMenu(QCoreApplication.translate("MainMenu", "&View"))
    for spec in VIEWS:
        view_menu.addAction(registry[f"view_{spec.key}"])
    view_menu.addSeparator()
    view_menu.addAction(registry["refresh"])
    view_menu.addAction(registry["appearance"])
    go_menu = bar.addMenu(QCoreApplication.translate("MainMenu", "&Go"))
    go_menu.addAction(registry["find_patient"])
    go_menu.addSeparator()
    for key in ("previous_day", "go_today", "next_day"):
        go_menu.addAction(registry[key])
    help_menu = bar.addMenu(QCoreApplication.translate("MainMenu", "&Help"))
    help_menu.addAction(registry["shortcuts"])
    help_menu.addAction(registry["about"])


def build_toolbar(registry: ActionRegistry) -> QToolBar:
    toolbar = QToolBar(QCoreApplication.translate("MainMenu", "Main toolbar"))
    theme(toolbar, "mainToolbar")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(22, 22))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for key in TOOLBAR:
        toolbar.addAction(registry[key])
    return toolbar
