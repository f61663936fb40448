"""The main window's views: each built when first shown (``view``), its module imported then if
ui/preload.py has not already, so that the first view after signing in is on screen without
waiting for the others (issue 22); in the application, the others are built in idle turns of the
event loop once the first is drawn, so that showing one the first time only fills it: a view whose
class says ``BUILDS_IN_SLICES`` a slice per turn (ui/slices.py), the others whole."""

from __future__ import annotations

import importlib
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from clinic_desktop.ui import preload, slices
from clinic_desktop.ui.garbage import keep_what_start_up_made

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget

    from clinic_desktop.services import ClinicServices
    from clinic_desktop.ui.jobs import JobRunner
    from clinic_desktop.ui.live_refresh import LiveRefresh
    from clinic_desktop.ui.operations import Operations
    from clinic_desktop.ui.slices import Slice
    from clinic_desktop.ui.views.audit_view import AuditView
    from clinic_desktop.ui.views.calendar_view import CalendarView
    from clinic_desktop.ui.views.flow_board import FlowBoardView
    from clinic_desktop.ui.views.outbox_view import OutboxView
    from clinic_desktop.ui.views.patient_chart import PatientChartWindow
    from clinic_desktop.ui.views.patients_view import PatientsView
    from clinic_desktop.ui.views.recalls_view import RecallsView
    from clinic_desktop.ui.views.reports_view import ReportsView

# Each view's class, imported when the view is first shown (ui/preload.py loads them beforehand).
VIEW_CLASSES = {
    "calendar": ("clinic_desktop.ui.views.calendar_view", "CalendarView"),
    "patients": ("clinic_desktop.ui.views.patients_view", "PatientsView"),
    "recalls": ("clinic_desktop.ui.views.recalls_view", "RecallsView"),
    "today": ("clinic_desktop.ui.views.flow_board", "FlowBoardView"),
    "reports": ("clinic_desktop.ui.views.reports_view", "ReportsView"),
    "audit": ("clinic_desktop.ui.views.audit_view", "AuditView"),
    "outbox": ("clinic_desktop.ui.views.outbox_view", "OutboxView"),
}
AsOf = tuple[int, date]  # the clinic's change marker and its date when a view last loaded
DRAWN_MS = 100  # after the first view's data came: it is drawn, the rest of the code may load
IDLE_BUILD_MS = 50  # between the other views built once the first is drawn


class ViewsMixin:
    """MainWindow's part that builds its views."""

    if TYPE_CHECKING:
        services: ClinicServices
        operations: Operations
        jobs: JobRunner
        views: dict[str, QWidget]
        unfinished_views: dict[str, tuple[QWidget, list[Slice]]]  # started in idle turns
        stack: QStackedWidget
        locked: bool
        build_the_others: bool
        live: LiveRefresh
        loaded_as_of: dict[str, AsOf]  # when each view last loaded (``unchanged_since_loaded``)

        def open_chart(self, patient_id: int) -> PatientChartWindow: ...
        def set_up_clinic(self, page: str | None = None) -> QWidget: ...
        def allowed_views(self) -> list[str]: ...

    def view(self, key: str) -> QWidget:
        """The view, built (and put in the stack) the first time it is asked for: whole, the
        slices an idle turn has not built yet built now (ui/slices.py)."""
        built = self.views.get(key)
        if built is not None:
            return built
        started = self.unfinished_views.pop(key, None)
        view, rest = started if started is not None else self._start_view(key)
        slices.finish(rest)
        return self._add_view(key, view)

    def _start_view(self, key: str) -> tuple[QWidget, list[Slice]]:
        """The view's skeleton, and the slices of it left to build (its tables, toolbars and
        panels: none for a view built whole)."""
        module, name = VIEW_CLASSES[key]
        cls = getattr(importlib.import_module(module), name)
        services, operations = self.services, self.operations
        view: QWidget
        if key == "today":
            view, rest = slices.start(cls, services, operations, "today")
        elif key == "recalls":
            view, rest = slices.start(cls, services, operations, jobs=self.jobs)
        elif key == "outbox":
            view, rest = slices.start(cls, services, operations, self.jobs)
        else:
            view, rest = slices.start(cls, services, operations)
        for signal in ("chart_requested", "chart_opened"):  # the calendar's, the recalls', the list's
            if hasattr(view, signal):
                getattr(view, signal).connect(self.open_chart)
        if key == "calendar":
            cast("CalendarView", view).setup_requested.connect(lambda page: self.set_up_clinic(page))
        return view, rest

    def _add_view(self, key: str, view: QWidget) -> QWidget:
        self.views[key] = view
        self.stack.addWidget(view)
        return view

    @property
    def calendar(self) -> CalendarView:
        return cast("CalendarView", self.view("calendar"))

    @property
    def patients(self) -> PatientsView:
        return cast("PatientsView", self.view("patients"))

    @property
    def recalls(self) -> RecallsView:
        return cast("RecallsView", self.view("recalls"))

    @property
    def today(self) -> FlowBoardView:
        return cast("FlowBoardView", self.view("today"))

    @property
    def reports(self) -> ReportsView:
        return cast("ReportsView", self.view("reports"))

    @property
    def audit(self) -> AuditView:
        return cast("AuditView", self.view("audit"))

    @property
    def outbox(self) -> OutboxView:
        return cast("OutboxView", self.view("outbox"))

    def as_of(self) -> AsOf | None:
        """The clinic's change marker as live refresh last read it, and today's date; None
        before the marker has been read (or while it cannot be)."""
        live = getattr(self, "live", None)
        marker = live.last if live is not None else None
        # The workstation's date, not the clinic's: that one may need the settings read, and the
        # GUI thread reads no database (the two differ only where the clinic is in another zone).
        return None if marker is None else (marker, date.today())

    def unchanged_since_loaded(self, key: str) -> bool:
        """Whether the view ``key`` shows what the clinic holds now without reading it again: its
        class says its contents follow the clinic's data and date only (``RELOADS_WHEN_CHANGED``)
        and neither has moved since it last loaded. Coming back to the patient list then does not
        read 50,000 ids again beside the view's own painting (issue 22); a change made anywhere
        moves the marker, and live refresh reloads the open view within about two seconds."""
        view = self.views.get(key)
        if not getattr(view, "RELOADS_WHEN_CHANGED", False):
            return False
        now = self.as_of()
        return now is not None and self.loaded_as_of.get(key) == now

    def _first_idle(self, busy: bool) -> None:
        if busy:
            return
        self.operations.busy_changed.disconnect(self._first_idle)
        QTimer.singleShot(DRAWN_MS, self._first_view_drawn)

    def _first_view_drawn(self) -> None:
        preload.release()
        if self.build_the_others:
            self._build_the_others()

    def _build_the_others(self) -> None:
        """Once the first view is drawn and the window's code has loaded, the other views the role
        may open are built in turns of the event loop (a slice a turn: ``_build_a_slice``), so
        that showing one the first time only fills it (building it then, and the first use of what
        it is made of, froze the window for tens of milliseconds)."""
        if not isValid(self):
            return  # the window is gone (a turn queued before it was deleted)
        if preload.started() and not preload.all_loaded():
            QTimer.singleShot(IDLE_BUILD_MS, self._build_the_others)
            return
        waiting = [key for key in self.allowed_views() if key not in self.views]
        if waiting and not self.locked:
            self._build_a_slice(waiting[0])
        elif not waiting:
            # The window's code and views live as long as it does: walked by no collection from
            # now on (ui/garbage.py; a collection walking them froze the window for 40-50 ms).
            keep_what_start_up_made()

    def _build_a_slice(self, key: str) -> None:
        """One turn's part of the view: its skeleton, then each slice of it in a turn of its own
        (ui/slices.py), then its place in the stack, then its style (what showing it the first
        time would do); the next view after a pause (``IDLE_BUILD_MS``)."""
        started = self.unfinished_views.get(key)
        if started is None:
            self.unfinished_views[key] = self._start_view(key)
            QTimer.singleShot(0, self._build_the_others)
            return
        view, rest = started
        if rest:
            slices.run_next(rest)
            QTimer.singleShot(0, self._build_the_others)
            return
        del self.unfinished_views[key]
        self._add_view(key, view)
        QTimer.singleShot(0, view, view.ensurePolished)
        QTimer.singleShot(IDLE_BUILD_MS, self._build_the_others)
