"""The audit trail, for the clinic manager: who did what, when, to which patient, with the values
before and after; filtered by patient, user and dates; and a check that nobody edited the trail.

The entries come from ``AuditService`` (newest first) off the GUI thread, a page at a time: the
trail of a busy clinic grows by thousands of entries a day, so the table holds the newest page and
asks for the next one when it is scrolled to the bottom (Qt's canFetchMore/fetchMore). Patients
are shown by name, looked up once per page. "Verify trail" walks the whole hash chain (the
service's ``verify``) and says, in green or red, whether it holds and where it breaks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.audit import AuditEntry
from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.errors import ClinicError, NotFoundError
from clinic_desktop.domain.patients import PatientRecord
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.audit import AuditVerdict
from clinic_desktop.ui.appearance import readable_ink, theme
from clinic_desktop.ui.dates import display_date, display_time, medium_date_pattern, pydate, qdate
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.models.columns import ColumnTableModel
from clinic_desktop.ui.models.patient_list_model import alert_colour
from clinic_desktop.ui.names import name_clear_button, set_name
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.widgets.record_table import set_up_record_table

Index = QModelIndex | QPersistentModelIndex
LOAD_KEY = "audit"
PAGE = 500  # entries read at a time
FILTER_DELAY_MS = 400  # a patient's name is typed a letter at a time: look it up once typing pauses
ALL_USERS = "__all__"
SYSTEM_USER = "system"
INTACT_COLOUR = "#2e7d32"  # the verdict's green (made readable in the palette in force: readable_ink)
COLUMNS = (
    QT_TRANSLATE_NOOP("AuditView", "When"),
    QT_TRANSLATE_NOOP("AuditView", "User"),
    QT_TRANSLATE_NOOP("AuditView", "Action"),
    QT_TRANSLATE_NOOP("AuditView", "What"),
    QT_TRANSLATE_NOOP("AuditView", "Patient"),
    QT_TRANSLATE_NOOP("AuditView", "Changes"),
)
WHEN, USER, ACTION, WHAT, PATIENT, CHANGES = range(len(COLUMNS))
SUMMARY_FIELDS = 4  # a created or deleted record shows this many of its fields in the table
# ...these first, when it has them (the trail keeps values sorted by name): what names the thing.
NAMING_FIELDS = (
    "name", "given_name", "family_name", "mrn", "date_of_birth", "role", "kind", "substance",
    "indication", "start", "status",
)  # fmt: skip
LONG_VALUE = 40  # characters of one value in the table (the detail below shows it whole)
# The trail's actions (the services write these words) as the table names them.
ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("AuditView", "Created"),
    "change": QT_TRANSLATE_NOOP("AuditView", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditView", "Deleted"),
    "open": QT_TRANSLATE_NOOP("AuditView", "Opened chart"),
    "sign_in": QT_TRANSLATE_NOOP("AuditView", "Signed in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("AuditView", "Wrong password"),
    "locked": QT_TRANSLATE_NOOP("AuditView", "Account locked"),
    "unlock": QT_TRANSLATE_NOOP("AuditView", "Unlocked"),
    "password": QT_TRANSLATE_NOOP("AuditView", "Password changed"),
    "rehash": QT_TRANSLATE_NOOP("AuditView", "Password hash upgraded"),
    "revoke": QT_TRANSLATE_NOOP("AuditView", "Revoked"),
    "export": QT_TRANSLATE_NOOP("AuditView", "Exported"),
    "restore": QT_TRANSLATE_NOOP("AuditView", "Restored"),
    "key_export": QT_TRANSLATE_NOOP("AuditView", "Key exported"),
    "key_import": QT_TRANSLATE_NOOP("AuditView", "Key imported"),
    "key_replace": QT_TRANSLATE_NOOP("AuditView", "Key replaced"),
    "adjust": QT_TRANSLATE_NOOP("AuditView", "Adjusted"),
    "send": QT_TRANSLATE_NOOP("AuditView", "Sent"),
    "retry": QT_TRANSLATE_NOOP("AuditView", "Sent again"),
    "fail": QT_TRANSLATE_NOOP("AuditView", "Sending failed"),
    "cancel": QT_TRANSLATE_NOOP("AuditView", "Cancelled"),
    "interrupted": QT_TRANSLATE_NOOP("AuditView", "Interrupted"),
}
# The kinds of record the trail names (its entity words), as the table names them.
ENTITY_LABELS = {
    "access_token": QT_TRANSLATE_NOOP("AuditView", "Access token"),
    "adverse_event": QT_TRANSLATE_NOOP("AuditView", "Adverse event"),
    "allergy": QT_TRANSLATE_NOOP("AuditView", "Allergy"),
    "appointment": QT_TRANSLATE_NOOP("AuditView", "Appointment"),
    "appointment_type": QT_TRANSLATE_NOOP("AuditView", "Appointment type"),
    "audit": QT_TRANSLATE_NOOP("AuditView", "Audit trail"),
    "closure": QT_TRANSLATE_NOOP("AuditView", "Closure"),
    "condition": QT_TRANSLATE_NOOP("AuditView", "Condition"),
    "consent": QT_TRANSLATE_NOOP("AuditView", "Consent"),
    "contact_log": QT_TRANSLATE_NOOP("AuditView", "Contact log"),
    "database": QT_TRANSLATE_NOOP("AuditView", "Database"),
    "demo": QT_TRANSLATE_NOOP("AuditView", "Demo clinic"),
    "extra_session": QT_TRANSLATE_NOOP("AuditView", "Extra session"),
    "followup_plan": QT_TRANSLATE_NOOP("AuditView", "Follow-up plan"),
    "hours": QT_TRANSLATE_NOOP("AuditView", "Working hours"),
    "lot": QT_TRANSLATE_NOOP("AuditView", "Lot"),
    "measure": QT_TRANSLATE_NOOP("AuditView", "Outcome measure"),
    "medication": QT_TRANSLATE_NOOP("AuditView", "Medication"),
    "message": QT_TRANSLATE_NOOP("AuditView", "Message"),
    "message_channel": QT_TRANSLATE_NOOP("AuditView", "Message channel"),
    "message_consent": QT_TRANSLATE_NOOP("AuditView", "Message consent"),
    "message_template": QT_TRANSLATE_NOOP("AuditView", "Message template"),
    "outcome": QT_TRANSLATE_NOOP("AuditView", "Outcome"),
    "patient": QT_TRANSLATE_NOOP("AuditView", "Patient"),
    "protocol": QT_TRANSLATE_NOOP("AuditView", "Protocol"),
    "provider": QT_TRANSLATE_NOOP("AuditView", "Provider"),
    "reconstitution": QT_TRANSLATE_NOOP("AuditView", "Reconstitution"),
    "room": QT_TRANSLATE_NOOP("AuditView", "Room"),
    "settings": QT_TRANSLATE_NOOP("AuditView", "Settings"),
    "time_off": QT_TRANSLATE_NOOP("AuditView", "Time off"),
    "treatment": QT_TRANSLATE_NOOP("AuditView", "Treatment"),
    "user": QT_TRANSLATE_NOOP("AuditView", "User"),
    "waitlist": QT_TRANSLATE_NOOP("AuditView", "Waiting list"),
    "weight": QT_TRANSLATE_NOOP("AuditView", "Weight"),
}


# --- words for an entry ------------------------------------------------------------------------------


def action_label(action: str) -> str:
    if action in ACTION_LABELS:
        return QCoreApplication.translate("AuditView", ACTION_LABELS[action])
    return action.replace("_", " ").capitalize()  # an action newer than this table: its own word


def what_label(entry: AuditEntry) -> str:
    """'Appointment type 3', 'Patient 12', 'Settings idle_lock_minutes'."""
    if entry.entity in ENTITY_LABELS:
        thing = QCoreApplication.translate("AuditView", ENTITY_LABELS[entry.entity])
    else:
        thing = entry.entity.replace("_", " ").capitalize()
    return f"{thing} {entry.entity_id}".strip()


def value_text(value: Any, limit: int | None = None) -> str:
    if value is None or value == "" or value == []:
        text = "—"
    elif isinstance(value, bool):
        text = (
            QCoreApplication.translate("AuditView", "yes")
            if value
            else QCoreApplication.translate("AuditView", "no")
        )
    elif isinstance(value, list):
        text = "; ".join(value_text(v) for v in value)
    elif isinstance(value, dict):
        text = ", ".join(f"{k}: {value_text(v)}" for k, v in value.items())
    else:
        text = str(value)
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def field_label(name: str) -> str:
    return name.replace("_", " ")


EMPTY: tuple[Any, ...] = ("", None, [])


def changed_fields(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[tuple[str, Any, Any]]:
    """(field, before, after) for every field a change altered, in the record's order; for a
    record created (no before) or deleted (no after), its filled-in fields, those that name it
    first (the trail keeps values sorted by field name)."""
    old, new = before or {}, after or {}
    names = list(old) + [name for name in new if name not in old]
    fields = [(name, old.get(name), new.get(name)) for name in names if old.get(name) != new.get(name)]
    if before is not None and after is not None:
        return fields
    fields = [(n, b, a) for n, b, a in fields if (a if after is not None else b) not in EMPTY]
    fields.sort(key=lambda f: NAMING_FIELDS.index(f[0]) if f[0] in NAMING_FIELDS else len(NAMING_FIELDS))
    return fields


def describe_change(before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    """One line for the table: 'role: provider → manager; active: yes → no' for a change, the first
    few fields for a record created or deleted (a switch left off is not worth the room)."""
    fields = changed_fields(before, after)
    if before is not None and after is not None:
        if not fields:
            return QCoreApplication.translate("AuditView", "no field changed")
        return "; ".join(
            f"{field_label(n)}: {value_text(b, LONG_VALUE)} → {value_text(a, LONG_VALUE)}"
            for n, b, a in fields
        )
    fields = [(n, b, a) for n, b, a in fields if (a if after is not None else b) is not False]
    if not fields:
        return ""
    parts = [
        f"{field_label(n)}: {value_text(a if after is not None else b, LONG_VALUE)}"
        for n, b, a in fields[:SUMMARY_FIELDS]
    ]
    more = len(fields) - SUMMARY_FIELDS
    if more > 0:
        parts.append(QCoreApplication.translate("AuditView", "… ({count} more)").format(count=more))
    text = ", ".join(parts)
    return (
        text
        if after is not None
        else QCoreApplication.translate("AuditView", "was {values}").format(values=text)
    )


def patient_label(record: PatientRecord) -> str:
    return f"{record.sort_name} ({record.mrn})"


# --- the table -----------------------------------------------------------------------------------------


class AuditTableModel(ColumnTableModel):
    """The entries read so far, newest first. When the last page read was full there may be older
    ones: ``canFetchMore`` says so and ``fetchMore`` asks for them (``more_wanted``); the view reads
    them off the GUI thread and hands them to ``append``."""

    more_wanted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(QCoreApplication.translate("AuditView", title) for title in COLUMNS)
        self.entries: list[AuditEntry] = []
        self.patients: dict[int, str] = {}
        self.time = ClinicTime()
        self.complete = True
        self._asked = False

    def set_entries(
        self, entries: Sequence[AuditEntry], patients: dict[int, str], time: ClinicTime, complete: bool
    ) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.patients = dict(patients)
        self.time = time
        self.complete = complete
        self._asked = False
        self.endResetModel()

    def append(self, entries: Sequence[AuditEntry], patients: dict[int, str], complete: bool) -> int:
        """Older entries after those shown (any already shown are skipped). Returns how many."""
        oldest = self.entries[-1].id if self.entries else None
        older = [e for e in entries if oldest is None or e.id < oldest]
        self.patients.update(patients)
        self._asked = False
        self.complete = complete or not older
        if older:
            first = len(self.entries)
            self.beginInsertRows(QModelIndex(), first, first + len(older) - 1)
            self.entries.extend(older)
            self.endInsertRows()
        return len(older)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self.complete and not self._asked

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._asked = True
            self.more_wanted.emit()

    def more_failed(self) -> None:
        self._asked = False

    def shown(self) -> int:
        return len(self.entries)

    def patient_text(self, entry: AuditEntry) -> str:
        if entry.patient_id is None:
            return ""
        return self.patients.get(
            entry.patient_id,
            QCoreApplication.translate("AuditView", "Patient {id}").format(id=entry.patient_id),
        )

    def text(self, entry: AuditEntry, column: int) -> str:
        if column == WHEN:
            local = self.time.to_local(entry.at)
            return f"{display_date(local.date())} {display_time(local, seconds=True)}"
        if column == USER:
            return entry.user
        if column == ACTION:
            return action_label(entry.action)
        if column == WHAT:
            return what_label(entry)
        if column == PATIENT:
            return self.patient_text(entry)
        return describe_change(entry.before, entry.after)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == WHEN:
                return QCoreApplication.translate("AuditView", "Entry {id} · clinic time ({zone})").format(
                    id=entry.id, zone=self.time.timezone
                )
            return self.text(entry, index.column()) or None
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None

    def entry(self, row: int) -> AuditEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None


# --- the view --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    patient: str = ""  # an id, an MRN or a name, as typed
    user: str | None = None
    first: date | None = None
    last: date | None = None


@dataclass(frozen=True)
class _Page:
    entries: list[AuditEntry]
    patients: dict[int, str]
    complete: bool


@dataclass(frozen=True)
class _Loaded:
    page: _Page
    patient_id: int | None
    patient: str  # who the patient filter found, in words
    users: list[str]
    time: ClinicTime
    today: date  # the clinic's date now (real time: the trail's entries are never at --now)


class AuditView(QWidget):
    loaded = Signal(int)  # rows shown after a (re)load
    more_loaded = Signal(int)  # rows added by scrolling down
    verified = Signal(object)  # AuditVerdict

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operations = operations
        self._patient_id: int | None = None  # the patient the filter found on the last load
        self._generation = 0  # bumped by each (re)load: an older page of a previous list is dropped
        self.verdict: AuditVerdict | None = None
        header = self._build_header()
        filters = self._build_filters()
        splitter = self._build_entries()
        self.status = QLabel("")
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(header)
        layout.addWidget(self.verdict_label)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(FILTER_DELAY_MS)
        self._pending.timeout.connect(self.load)
        self.patient.textChanged.connect(lambda _t: self._filters_changed())
        self.patient.returnPressed.connect(lambda: self._filters_changed(at_once=True))
        self.user.currentIndexChanged.connect(lambda _i: self._filters_changed(at_once=True))

    def _build_header(self) -> QHBoxLayout:
        """The title, the summary and "Verify trail"; the verdict's label (shown below it)."""
        self.title = QLabel(QCoreApplication.translate("AuditView", "Audit trail"))
        theme(self.title, "viewTitle")
        self.summary = QLabel(QCoreApplication.translate("AuditView", "Loading…"))
        self.summary.setObjectName("viewSummary")
        self.verify_button = QPushButton(QCoreApplication.translate("AuditView", "&Verify trail"))
        self.verify_button.setToolTip(
            QCoreApplication.translate(
                "AuditView", "Check the whole trail: any entry changed, deleted or put out of order is named"
            )
        )
        self.verify_button.clicked.connect(self.verify)
        self.verdict_label = QLabel("")
        self.verdict_label.setObjectName("auditVerdict")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(16)
        header.addWidget(self.summary, 1)
        header.addWidget(self.verify_button)
        return header

    def _build_filters(self) -> QHBoxLayout:
        """The patient, the user and the optional first and last days."""
        self.patient = QLineEdit()
        self.patient.setPlaceholderText(QCoreApplication.translate("AuditView", "Patient: name, MRN or id"))
        self.patient.setClearButtonEnabled(True)
        set_name(
            self.patient,
            QCoreApplication.translate("AuditView", "Patient"),
            QCoreApplication.translate(
                "AuditView", "Only this patient's entries: a name, an MRN or an id number"
            ),
        )
        name_clear_button(self.patient, QCoreApplication.translate("AuditView", "Clear the patient"))
        self.patient.setToolTip(
            QCoreApplication.translate(
                "AuditView", "Only this patient's entries: type a name, an MRN, or the patient's id number"
            )
        )
        self.patient.setMinimumWidth(220)
        self.patient_found = QLabel("")
        self.patient_found.setStyleSheet("color: palette(placeholder-text);")
        self.user = QComboBox()
        self.user.addItem(QCoreApplication.translate("AuditView", "All users"), ALL_USERS)
        self.user.setToolTip(QCoreApplication.translate("AuditView", "Only what this user did"))
        self.user.setMinimumContentsLength(14)
        self.from_check = QCheckBox(QCoreApplication.translate("AuditView", "&From"))
        self.from_date = self._date_edit(
            QCoreApplication.translate("AuditView", "First day (clinic dates, included)")
        )
        set_name(self.from_date, QCoreApplication.translate("AuditView", "First day"))
        self.to_check = QCheckBox(QCoreApplication.translate("AuditView", "&To"))
        self.to_date = self._date_edit(QCoreApplication.translate("AuditView", "Last day (included)"))
        set_name(self.to_date, QCoreApplication.translate("AuditView", "Last day"))
        for check, edit in ((self.from_check, self.from_date), (self.to_check, self.to_date)):
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self._filters_changed(at_once=True))
            edit.dateChanged.connect(lambda _d: self._filters_changed())
        filters = QHBoxLayout()
        filters.addWidget(self.patient)
        filters.addWidget(self.patient_found)
        filters.addSpacing(12)
        user_label = QLabel(QCoreApplication.translate("AuditView", "User:"))
        user_label.setBuddy(self.user)
        filters.addWidget(user_label)
        filters.addWidget(self.user)
        filters.addSpacing(12)
        filters.addWidget(self.from_check)
        filters.addWidget(self.from_date)
        filters.addWidget(self.to_check)
        filters.addWidget(self.to_date)
        filters.addStretch(1)
        return filters

    def _build_entries(self) -> QSplitter:
        """The entries' table above the selected entry's every value."""
        self.model = AuditTableModel(self)
        self.model.more_wanted.connect(self.load_more)
        self.table = QTableView()
        set_up_record_table(
            self.table,
            self.model,
            "auditTable",
            spoken=QCoreApplication.translate("AuditView", "Audit trail entries"),
        )
        self._fitted = False  # the columns are sized to the first entries read, then left to the user
        self.table.selectionModel().selectionChanged.connect(self._selected)

        self.detail = QTextBrowser()
        self.detail.setObjectName("auditDetail")
        set_name(
            self.detail,
            QCoreApplication.translate("AuditView", "Selected entry"),
            QCoreApplication.translate("AuditView", "Every value before and after the change"),
        )
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(
            QCoreApplication.translate("AuditView", "Select an entry to see every value before and after.")
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        return splitter

    def _date_edit(self, tip: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(medium_date_pattern())
        edit.setToolTip(tip)
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setMaximumDate(QDate(2199, 12, 31))
        return edit

    # --- filters ----------------------------------------------------------------------------------

    def filters(self) -> Filters:
        user = self.user.currentData()
        return Filters(
            patient=self.patient.text().strip(),
            user=None if user in (None, ALL_USERS) else str(user),
            first=pydate(self.from_date.date()) if self.from_check.isChecked() else None,
            last=pydate(self.to_date.date()) if self.to_check.isChecked() else None,
        )

    def set_filters(
        self,
        patient: str = "",
        user: str | None = None,
        first: date | None = None,
        last: date | None = None,
    ) -> None:
        """Choose every filter at once and read once (not once per filter)."""
        widgets: Iterable[QObject] = (
            self.patient, self.user, self.from_check, self.from_date, self.to_check, self.to_date,
        )  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        self.patient.setText(patient)
        if user is not None and self.user.findData(user) < 0:
            self.user.addItem(user, user)
        self.user.setCurrentIndex(max(self.user.findData(user if user is not None else ALL_USERS), 0))
        for check, edit, day in (
            (self.from_check, self.from_date, first),
            (self.to_check, self.to_date, last),
        ):
            check.setChecked(day is not None)
            edit.setEnabled(day is not None)
            if day is not None:
                edit.setDate(qdate(day))
        for widget in widgets:
            widget.blockSignals(False)
        self._filters_changed(at_once=True)

    def _filters_changed(self, at_once: bool = False) -> None:
        if at_once:
            self._pending.stop()
            self.load()
        else:
            self._pending.start()

    # --- loading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read again (shown, F5): new entries are written all the time."""
        self.load()

    def load(self) -> None:
        self._pending.stop()
        chosen = self.filters()
        if chosen.first and chosen.last and chosen.first > chosen.last:
            self._say(
                QCoreApplication.translate(
                    "AuditView", "The dates are the wrong way round: “From” is after “To”."
                ),
                alert=True,
            )
            return
        services = self._services
        self._generation += 1

        def work() -> _Loaded:
            patient_id, found = _find_patient(services, chosen.patient)
            page = _read_page(services, chosen, patient_id, PAGE)
            users = [u.name for u in services.users.list()]
            today = services.time.local_date(services.real_now())
            return _Loaded(page, patient_id, found, users, services.time, today)

        def failed(error: ClinicError) -> None:
            # Entries of an earlier filter left on screen would pass for this one's.
            self.model.set_entries([], {}, self.model.time, complete=True)
            self.patient_found.setText("")
            self._failed(error)

        self.summary.setText(QCoreApplication.translate("AuditView", "Loading…"))
        self._operations.run(LOAD_KEY, work, self._loaded, failed)

    def _loaded(self, loaded: _Loaded) -> None:
        self._patient_id = loaded.patient_id
        self._fill_users(loaded.users)
        self.patient_found.setText(loaded.patient)
        for check, edit in ((self.from_check, self.from_date), (self.to_check, self.to_date)):
            if not check.isChecked():  # ticking "From" or "To" starts from today, not from 2000
                edit.blockSignals(True)
                edit.setDate(qdate(loaded.today))
                edit.blockSignals(False)
        page = loaded.page
        self.model.set_entries(page.entries, page.patients, loaded.time, page.complete)
        if not self._fitted and page.entries:
            self._fitted = True
            self._fit_columns()
        self.detail.clear()
        self._say("")
        self._summarise()
        self.loaded.emit(self.model.rowCount())

    def load_more(self) -> None:
        """The next page of older entries (the table was scrolled to its end)."""
        services = self._services
        chosen = self.filters()
        patient_id = self._patient_id
        oldest = self.model.entries[-1].id if self.model.entries else None
        generation = self._generation

        def work() -> _Page:
            return _read_page(services, chosen, patient_id, PAGE, before_id=oldest)

        def failed(error: ClinicError) -> None:
            if generation == self._generation:
                self.model.more_failed()
                self._failed(error)

        self._operations.run(f"{LOAD_KEY}/more", work, lambda page: self._more(page, generation), failed)

    def _more(self, page: _Page, generation: int) -> None:
        if generation != self._generation:
            return  # the filters changed (or F5) since it was asked for: the list is another one
        added = self.model.append(page.entries, page.patients, page.complete)
        self._summarise()
        self.more_loaded.emit(added)

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(CHANGES):  # the changes column stretches
            header.resizeSection(column, min(max(header.sectionSize(column), 80), 280) + 8)

    def _summarise(self) -> None:
        rows = self.model.rowCount()
        if not rows:
            self.summary.setText(QCoreApplication.translate("AuditView", "No entries match these filters."))
            return
        if self.model.complete:
            said = (
                QCoreApplication.translate("AuditView", "1 entry, newest first")
                if rows == 1
                else QCoreApplication.translate("AuditView", "{count} entries, newest first")
            )
        else:
            said = (
                QCoreApplication.translate("AuditView", "1 entry, newest first (scroll down for older ones)")
                if rows == 1
                else QCoreApplication.translate(
                    "AuditView", "{count} entries, newest first (scroll down for older ones)"
                )
            )
        self.summary.setText(said.format(count=rows))

    def _fill_users(self, names: Sequence[str]) -> None:
        """Refill without a change signal; the user chosen stays chosen."""
        chosen = self.user.currentData()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(QCoreApplication.translate("AuditView", "All users"), ALL_USERS)
        for name in [*names, SYSTEM_USER]:
            self.user.addItem(name, name)
        if chosen not in (None, ALL_USERS) and self.user.findData(chosen) < 0:
            self.user.addItem(str(chosen), chosen)
        self.user.setCurrentIndex(max(self.user.findData(chosen), 0))
        self.user.blockSignals(False)

    def _failed(self, error: ClinicError) -> None:
        self.summary.setText(QCoreApplication.translate("AuditView", "Could not read the audit trail"))
        self._say(error.message, alert=True)

    def _say(self, text: str, alert: bool = False) -> None:
        self.status.setStyleSheet(
            f"color: {readable_ink(alert_colour().name())}; font-weight: bold;" if alert else ""
        )
        self.status.setText(text)

    # --- the selected entry -------------------------------------------------------------------------

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        entry = self.model.entry(rows[0].row()) if rows else None
        self.detail.setHtml(self.detail_html(entry) if entry is not None else "")

    def detail_html(self, entry: AuditEntry) -> str:
        from html import escape

        model = self.model
        number = QCoreApplication.translate("AuditView", "Entry {id}").format(id=entry.id)
        head = (
            f"<b>{escape(number)}</b> · {escape(model.text(entry, WHEN))} · {escape(entry.user)} · "
            f"{escape(action_label(entry.action))} · {escape(what_label(entry))}"
        )
        if entry.patient_id is not None:
            head += f" · {escape(model.patient_text(entry))}"
        fields = changed_fields(entry.before, entry.after)
        if not fields:
            return head
        rows = "".join(
            f"<tr><td>{escape(field_label(name))}</td><td>{escape(value_text(before))}</td>"
            f"<td>{escape(value_text(after))}</td></tr>"
            for name, before, after in fields
        )
        field, before, after = (
            escape(QCoreApplication.translate("AuditView", "Field")),
            escape(QCoreApplication.translate("AuditView", "Before")),
            escape(QCoreApplication.translate("AuditView", "After")),
        )
        return (
            f"{head}<table cellpadding='3'><tr><th align='left'>{field}</th><th align='left'>{before}</th>"
            f"<th align='left'>{after}</th></tr>{rows}</table>"
        )

    # --- verifying ----------------------------------------------------------------------------------

    def verify(self) -> None:
        """Walk the whole chain off the GUI thread and say what was found, green or red."""
        self.verify_button.setEnabled(False)
        self.verdict_label.setStyleSheet("")
        self.verdict_label.setText(
            QCoreApplication.translate("AuditView", "Checking every entry of the trail…")
        )

        def failed(error: ClinicError) -> None:
            self.verify_button.setEnabled(True)
            self.verdict_label.setStyleSheet(
                f"color: {readable_ink(alert_colour().name())}; font-weight: bold;"
            )
            self.verdict_label.setText(error.message)

        self._operations.run(f"{LOAD_KEY}/verify", self._services.audit.verify, self._verified, failed)

    def _verified(self, verdict: AuditVerdict) -> None:
        self.verdict = verdict
        self.verify_button.setEnabled(True)
        colour = readable_ink(INTACT_COLOUR if verdict.intact else alert_colour().name())
        mark = "✓" if verdict.intact else "✗"
        self.verdict_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.verdict_label.setText(f"{mark} {shown(verdict.message)}")
        self.verified.emit(verdict)


# --- off the GUI thread ------------------------------------------------------------------------------


def _find_patient(services: ClinicServices, typed: str) -> tuple[int | None, str]:
    """The patient the filter means: an id typed as digits, else the best match of a search
    (a name, an MRN). Refused in words when nobody matches."""
    if not typed:
        return None, ""
    if typed.isdigit():
        record = services.patients.get(int(typed))
        return record.id, patient_label(record)
    hits = sorted(services.patients.search(typed, limit=5), key=lambda h: -h.score)
    if not hits:
        raise NotFoundError(
            QCoreApplication.translate(
                "AuditView", "No patient matches “{typed}”: type a name, an MRN or a patient's id."
            ).format(typed=typed)
        )
    record = hits[0].record
    if len(hits) > 1:
        return record.id, QCoreApplication.translate(
            "AuditView", "{patient} (best of {count} matches)"
        ).format(patient=patient_label(record), count=len(hits))
    return record.id, patient_label(record)


def _read_page(
    services: ClinicServices,
    chosen: Filters,
    patient_id: int | None,
    limit: int,
    before_id: int | None = None,
) -> _Page:
    entries = services.audit.entries(
        patient_id=patient_id,
        user=chosen.user,
        first_day=chosen.first,
        last_day=chosen.last,
        limit=limit,
        before_id=before_id,
    )
    ids = sorted({e.patient_id for e in entries if e.patient_id is not None})
    names = (
        {record.id: patient_label(record) for record, _expired in services.patients.rows(ids)} if ids else {}
    )
    return _Page(entries, names, complete=len(entries) < limit)
