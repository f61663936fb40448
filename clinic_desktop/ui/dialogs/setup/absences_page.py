"""Working time outside the weekly pattern: a provider's extra sessions (a Saturday clinic), a
provider's time off, and the days the whole clinic is closed (public holidays of the clinic's
country and region need no entry). Adding time off or a closure over booked patients lists them and
asks; removing time off or a closure gives time back and needs no question. A session's times are
typed and shown in the clinic's clock."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.hours import TimeBlock
from clinic_desktop.domain.working_time import Absence, ExtraSession
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.dates import display_block, display_date
from clinic_desktop.ui.dialogs.setup.common import (
    RecordModel,
    SetupPage,
    TimeField,
    button,
    date_edit,
    day_of,
    form,
    labelled,
    record_table,
    selected_record,
    short_weekday,
    side_by_side,
)
from clinic_desktop.ui.dialogs.setup.hours_page import add_a_provider_first, fill_providers, provider_combo
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.names import set_name
from clinic_desktop.ui.operations import Operations


def _span(absence: Absence) -> str:
    first, last = display_date(absence.first), display_date(absence.last)
    return first if absence.first == absence.last else f"{first} – {last}"


def _day(day: date) -> str:
    """A session's day: its weekday and date ("Sat 11/28/2026")."""
    return f"{short_weekday(day.weekday())} {display_date(day)}"


class ExtraSessionsPage(SetupPage):
    key = "sessions"
    title = QT_TRANSLATE_NOOP("SetupPage", "Extra sessions")
    lead = QT_TRANSLATE_NOOP(
        "SetupPage", "One-off sessions outside a provider's weekly hours: a Saturday clinic, a longer day."
    )

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, operations, parent)
        self.provider = provider_combo("sessionProvider")
        self.provider.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model: RecordModel[ExtraSession] = RecordModel(
            (
                QCoreApplication.translate("AbsencesPage", "Day"),
                QCoreApplication.translate("AbsencesPage", "Hours"),
            ),
            lambda s: (_day(s.day), display_block(s.block)),
            self,
        )
        self.table = record_table(
            self.model, "sessionsTable", spoken=QCoreApplication.translate("AbsencesPage", "Extra sessions")
        )
        tomorrow = date.today() + timedelta(days=1)
        self.day = date_edit(tomorrow, "sessionDay")
        self.start = TimeField(time(9, 0), "sessionStart")
        self.end = TimeField(time(13, 0), "sessionEnd")
        set_name(self.end, QCoreApplication.translate("AbsencesPage", "Session ends at"))
        self.add_button = button(QCoreApplication.translate("AbsencesPage", "&Add session"))
        self.primary = self.add_button
        self.add_button.setObjectName("addSession")
        self.add_button.clicked.connect(self.add)
        self.remove_button = button(
            QCoreApplication.translate("AbsencesPage", "&Remove session"),
            QCoreApplication.translate("AbsencesPage", "Remove the selected session"),
        )
        self.remove_button.setObjectName("removeSession")
        self.remove_button.clicked.connect(lambda: self.remove())
        top = QHBoxLayout()
        label = QLabel(QCoreApplication.translate("AbsencesPage", "&Provider:"))
        label.setBuddy(self.provider)
        top.addWidget(label)
        top.addWidget(self.provider)
        top.addStretch(1)
        times = QHBoxLayout()
        for widget in (self.start, QLabel(QCoreApplication.translate("AbsencesPage", "to")), self.end):
            times.addWidget(widget)
        times.addStretch(1)
        fields = form()
        fields.addRow(QCoreApplication.translate("AbsencesPage", "&Day:"), self.day)
        labelled(fields, QCoreApplication.translate("AbsencesPage", "&Hours:"), times, self.start)
        self.layout_.addLayout(top)
        self.layout_.addLayout(side_by_side(self.table, fields), 1)
        self.layout_.addWidget(self.notice)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        self.layout_.addLayout(buttons)

    def read(self) -> Any:
        providers = [p for p in self.services.resources.providers() if p.active]
        chosen = self.provider.currentData()
        if chosen is None and providers:
            chosen = providers[0].id
        sessions = self.services.working_time.extra_sessions(int(chosen)) if chosen is not None else []
        return providers, chosen, sessions

    def show_records(self, records: Any) -> None:
        providers, chosen, sessions = records
        fill_providers(self.provider, providers, chosen)
        self.model.set_rows(sessions)
        self.table.resizeColumnsToContents()

    def add(self) -> None:
        provider_id = self.provider.currentData()
        if provider_id is None:
            self.notice.refuse(add_a_provider_first())
            return
        try:
            block = TimeBlock(
                self.start.value(QCoreApplication.translate("AbsencesPage", "Start")),
                self.end.value(QCoreApplication.translate("AbsencesPage", "End")),
            )
        except ClinicError as error:
            self.refuse(error)
            return
        day, working = day_of(self.day), self.services.working_time
        self.run(
            lambda: working.add_extra_session(int(provider_id), day, block),
            lambda s: QCoreApplication.translate(
                "AbsencesPage", "Extra session {hours} on {day} added."
            ).format(hours=display_block(s.block), day=display_date(s.day)),
        )

    def remove(self, keep_bookings: bool = False) -> None:
        session = selected_record(self.table, self.model)
        if session is None:
            self.notice.refuse(QCoreApplication.translate("AbsencesPage", "Select the session to remove."))
            return
        working = self.services.working_time
        self.run(
            lambda: working.remove_extra_session(session.id, keep_bookings),
            lambda _r: QCoreApplication.translate("AbsencesPage", "The session of {day} was removed.").format(
                day=display_date(session.day)
            ),
            lambda error: self.ask_to_keep_bookings(error, lambda: self.remove(keep_bookings=True)),
        )


class AbsencesPage(SetupPage):
    key = "absences"
    title = QT_TRANSLATE_NOOP("SetupPage", "Time off and closures")
    lead = QT_TRANSLATE_NOOP(
        "SetupPage",
        "A provider's days away, and the days the whole clinic is closed. Public holidays of the "
        "clinic's country and region are known already and need no entry.",
    )

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, operations, parent)
        today = date.today()
        self.names: dict[int, str] = {}
        off_group = self._build_time_off(today)
        closed_group = self._build_closures(today)
        groups = QHBoxLayout()
        groups.addWidget(off_group, 1)
        groups.addWidget(closed_group, 1)
        self.layout_.addLayout(groups, 1)
        self.layout_.addWidget(self.notice)

    def _build_time_off(self, today: date) -> QGroupBox:
        """A provider's time off: the list, and the form that adds to it."""
        self.provider = provider_combo("timeOffProvider")
        self.off_model: RecordModel[Absence] = RecordModel(
            (
                QCoreApplication.translate("AbsencesPage", "Provider"),
                QCoreApplication.translate("AbsencesPage", "Days"),
                QCoreApplication.translate("AbsencesPage", "Reason"),
            ),
            lambda a: (self.names.get(a.provider_id or 0, "?"), _span(a), a.reason),
            self,
        )
        self.off_table = record_table(
            self.off_model,
            "timeOffTable",
            give_way=2,
            spoken=QCoreApplication.translate("AbsencesPage", "Provider's time off"),
        )
        self.off_first = date_edit(today, "timeOffFirst")
        self.off_last = date_edit(today, "timeOffLast")
        self.off_first.dateChanged.connect(lambda d: self.off_last.setDate(max(d, self.off_last.date())))
        self.off_reason = QLineEdit()
        self.off_reason.setObjectName("timeOffReason")
        self.off_reason.setMaxLength(200)
        self.off_reason.setPlaceholderText(
            QCoreApplication.translate("AbsencesPage", "e.g. annual leave, a course")
        )
        self.add_off = button(QCoreApplication.translate("AbsencesPage", "Add &time off"))
        self.primary = self.add_off
        self.add_off.setObjectName("addTimeOff")
        self.add_off.clicked.connect(lambda: self.add_time_off())
        self.remove_off = button(
            QCoreApplication.translate("AbsencesPage", "Remove time o&ff"),
            QCoreApplication.translate("AbsencesPage", "Remove the selected time off"),
        )
        self.remove_off.setObjectName("removeTimeOff")
        self.remove_off.clicked.connect(self.remove_time_off)
        off_group = QGroupBox(QCoreApplication.translate("AbsencesPage", "A provider's time off"))
        self.add_form(off_group, self.add_off)
        off_fields = form()
        off_fields.addRow(QCoreApplication.translate("AbsencesPage", "&Provider:"), self.provider)
        off_fields.addRow(QCoreApplication.translate("AbsencesPage", "F&rom:"), self.off_first)
        off_fields.addRow(QCoreApplication.translate("AbsencesPage", "T&o (inclusive):"), self.off_last)
        off_fields.addRow(QCoreApplication.translate("AbsencesPage", "R&eason:"), self.off_reason)
        off_buttons = QHBoxLayout()
        off_buttons.addWidget(self.remove_off)
        off_buttons.addStretch(1)
        off_buttons.addWidget(self.add_off)
        off_layout = QVBoxLayout(off_group)
        off_layout.addWidget(self.off_table, 1)
        off_layout.addLayout(off_fields)
        off_layout.addLayout(off_buttons)
        return off_group

    def _build_closures(self, today: date) -> QGroupBox:
        """The days the clinic is closed: the list, and the form that adds to it."""
        self.closed_model: RecordModel[Absence] = RecordModel(
            (
                QCoreApplication.translate("AbsencesPage", "Days"),
                QCoreApplication.translate("AbsencesPage", "Reason"),
            ),
            lambda a: (_span(a), a.reason),
            self,
        )
        self.closed_table = record_table(
            self.closed_model,
            "closuresTable",
            spoken=QCoreApplication.translate("AbsencesPage", "Clinic closures"),
        )
        self.closed_first = date_edit(today, "closureFirst")
        self.closed_last = date_edit(today, "closureLast")
        self.closed_first.dateChanged.connect(
            lambda d: self.closed_last.setDate(max(d, self.closed_last.date()))
        )
        self.closed_reason = QLineEdit()
        self.closed_reason.setObjectName("closureReason")
        self.closed_reason.setMaxLength(200)
        self.closed_reason.setPlaceholderText(
            QCoreApplication.translate("AbsencesPage", "e.g. staff training, building works")
        )
        self.add_closed = button(QCoreApplication.translate("AbsencesPage", "A&dd closure"))
        self.add_closed.setObjectName("addClosure")
        self.add_closed.clicked.connect(lambda: self.add_closure())
        self.remove_closed = button(
            QCoreApplication.translate("AbsencesPage", "Remove clos&ure"),
            QCoreApplication.translate("AbsencesPage", "Remove the selected closure"),
        )
        self.remove_closed.setObjectName("removeClosure")
        self.remove_closed.clicked.connect(self.remove_closure)
        closed_group = QGroupBox(QCoreApplication.translate("AbsencesPage", "The clinic closed"))
        self.add_form(closed_group, self.add_closed)
        closed_fields = form()
        closed_fields.addRow(QCoreApplication.translate("AbsencesPage", "Fro&m:"), self.closed_first)
        closed_fields.addRow(QCoreApplication.translate("AbsencesPage", "To (inclusi&ve):"), self.closed_last)
        closed_fields.addRow(QCoreApplication.translate("AbsencesPage", "Rea&son:"), self.closed_reason)
        closed_buttons = QHBoxLayout()
        closed_buttons.addWidget(self.remove_closed)
        closed_buttons.addStretch(1)
        closed_buttons.addWidget(self.add_closed)
        closed_layout = QVBoxLayout(closed_group)
        closed_layout.addWidget(self.closed_table, 1)
        closed_layout.addLayout(closed_fields)
        closed_layout.addLayout(closed_buttons)
        return closed_group

    def read(self) -> Any:
        providers = self.services.resources.providers()
        working = self.services.working_time
        return providers, working.time_off(), working.closures()

    def show_records(self, records: Any) -> None:
        providers, time_off, closures = records
        self.names = {p.id: p.name for p in providers}
        fill_providers(self.provider, [p for p in providers if p.active], self.provider.currentData())
        self.off_model.set_rows(time_off)
        self.closed_model.set_rows(closures)
        for table in (self.off_table, self.closed_table):
            table.resizeColumnsToContents()

    def add_time_off(self, keep_bookings: bool = False) -> None:
        provider_id = self.provider.currentData()
        if provider_id is None:
            self.notice.refuse(add_a_provider_first())
            return
        first, last, reason = day_of(self.off_first), day_of(self.off_last), self.off_reason.text()
        working, name = self.services.working_time, self.provider.currentText()
        self.run(
            lambda: working.add_time_off(int(provider_id), first, last, reason, keep_bookings),
            lambda a: QCoreApplication.translate("AbsencesPage", "{name} is off {days}.").format(
                name=name, days=_span(a)
            ),
            lambda error: self.ask_to_keep_bookings(error, lambda: self.add_time_off(keep_bookings=True)),
        )

    def remove_time_off(self) -> None:
        absence = selected_record(self.off_table, self.off_model)
        if absence is None:
            self.notice.refuse(QCoreApplication.translate("AbsencesPage", "Select the time off to remove."))
            return
        working = self.services.working_time
        self.run(
            lambda: working.remove_time_off(absence.id),
            lambda _r: QCoreApplication.translate("AbsencesPage", "Time off {days} removed.").format(
                days=_span(absence)
            ),
        )

    def add_closure(self, keep_bookings: bool = False) -> None:
        first, last, reason = day_of(self.closed_first), day_of(self.closed_last), self.closed_reason.text()
        working = self.services.working_time
        self.run(
            lambda: working.add_closure(first, last, reason, keep_bookings),
            lambda a: QCoreApplication.translate("AbsencesPage", "The clinic is closed {days}.").format(
                days=_span(a)
            ),
            lambda error: self.ask_to_keep_bookings(error, lambda: self.add_closure(keep_bookings=True)),
        )

    def remove_closure(self) -> None:
        absence = selected_record(self.closed_table, self.closed_model)
        if absence is None:
            self.notice.refuse(QCoreApplication.translate("AbsencesPage", "Select the closure to remove."))
            return
        working = self.services.working_time
        self.run(
            lambda: working.remove_closure(absence.id),
            lambda _r: QCoreApplication.translate("AbsencesPage", "Closure {days} removed.").format(
                days=_span(absence)
            ),
        )
