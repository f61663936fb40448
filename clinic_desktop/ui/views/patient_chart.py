"""A patient's chart in its own window: who they are, what must be seen before anyone injects,
their appointments, consents and contact log.

The chart is read off the GUI thread in one service call (``PatientService.chart``) and handed to
every tab. Tabs are declared in ``CHART_TABS`` so later features (treatment charting, outcome
scores) plug in by replacing one entry: a tab is a factory ``(services, operations, chart) ->
QWidget`` whose widget has ``show_chart(chart)``; a ``ChartPage`` may also emit ``changed`` after a
write, and the window then reads the chart again so every tab and the alert chips agree.

The chart follows the role of whoever is signed in (issue 11): a tab declares the permission it
needs, so reception gets who the patient is, their appointments, consents and contacts but no
clinical tab and no clinical summary or clinical alert; a manager reads the clinical tabs without
the buttons that chart (the pages ask ``services.may(Permission.CHART_WRITE)``). The services
refuse anyway; the window only does not offer what would be refused. Every opening of a chart is
written to the audit trail (``PatientService.open_chart``), in the same background read as the chart.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from clinic_desktop import APP_TITLE
from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.entities import ScheduleEntry
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.patients import ContactMethod, PatientRecord, PatientStatus
from clinic_desktop.domain.weights import format_kg
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientChart
from clinic_desktop.services.phones import display_phone
from clinic_desktop.ui import slices
from clinic_desktop.ui.appearance import readable_ink
from clinic_desktop.ui.dates import date_pattern, display_date, display_span, qdate
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.models.patient_list_model import alert_colour
from clinic_desktop.ui.names import name_table, set_name
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.patient_words import sex_label, status_label
from clinic_desktop.ui.slices import Slice, build
from clinic_desktop.ui.views.chart_base import (
    NOTHING,
    ChartPage,
    ChartPageLike,
    ChartTab,
    ClinicFacts,
    InlineMessage,
    TextTableModel,
    fit_columns,
    local_text,
    or_nothing,
    text_table,
    value_label,
)
from clinic_desktop.ui.views.chart_base import method_label as method_label  # recalls_view reads it here
from clinic_desktop.ui.views.chart_outcomes import OutcomesPage
from clinic_desktop.ui.views.chart_treatments import TreatmentsPage
from clinic_desktop.ui.views.chart_weights import WeightsPage
from clinic_desktop.ui.widgets.flow_layout import FlowLayout

# The kinds of consent offered (the field also takes any other): kept on the record in English, so
# that every workstation's consents of one kind are one kind (the domain's lapsed_consents), and
# shown in the window's language.
CONSENT_KINDS = (
    QT_TRANSLATE_NOOP("PatientChart", "Botulinum toxin treatment"),
    QT_TRANSLATE_NOOP("PatientChart", "Photography"),
    QT_TRANSLATE_NOOP("PatientChart", "Sharing records with the referring physician"),
)


def consent_kind_words(kind: str) -> str:
    """A consent's kind as the window shows it: one of CONSENT_KINDS translated, any other as typed."""
    return QCoreApplication.translate("PatientChart", kind) if kind in CONSENT_KINDS else kind


# --- Overview -----------------------------------------------------------------------------------


class OverviewPage(ChartPage):
    IDENTITY = (
        ("name", QT_TRANSLATE_NOOP("PatientChart", "Name:")),
        ("preferred_name", QT_TRANSLATE_NOOP("PatientChart", "Preferred name:")),
        ("birth", QT_TRANSLATE_NOOP("PatientChart", "Date of birth:")),
        ("sex", QT_TRANSLATE_NOOP("PatientChart", "Sex:")),
        ("mrn", QT_TRANSLATE_NOOP("PatientChart", "MRN:")),
        ("status", QT_TRANSLATE_NOOP("PatientChart", "Status:")),
        ("external_id", QT_TRANSLATE_NOOP("PatientChart", "External id:")),
    )
    CONTACT = (
        ("phone", QT_TRANSLATE_NOOP("PatientChart", "Phone:")),
        ("phone_alt", QT_TRANSLATE_NOOP("PatientChart", "Other phone:")),
        ("email", QT_TRANSLATE_NOOP("PatientChart", "Email:")),
        ("address", QT_TRANSLATE_NOOP("PatientChart", "Address:")),
        ("preferred", QT_TRANSLATE_NOOP("PatientChart", "Prefers:")),
        ("emergency", QT_TRANSLATE_NOOP("PatientChart", "Emergency contact:")),
        ("referrer", QT_TRANSLATE_NOOP("PatientChart", "Referring physician:")),
    )

    BUILDS_IN_SLICES = True  # the chart window builds it a group a turn (ui/slices.py)

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        chart: PatientChart,
        slices: list[Slice] | None = None,
    ) -> None:
        """The scroll area and its two columns; each group in them a slice (``slices``)."""
        super().__init__(services, operations)
        self.fields: dict[str, QLabel] = {}
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(8, 8, 8, 8)
        grid.setHorizontalSpacing(16)
        left, right = QVBoxLayout(), QVBoxLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        steps = (
            lambda: left.addWidget(
                self._form(QCoreApplication.translate("PatientChart", "Identity"), self.IDENTITY)
            ),
            lambda: left.addWidget(
                self._form(QCoreApplication.translate("PatientChart", "Contact"), self.CONTACT)
            ),
            lambda: self._build_notes(left),
            lambda: self._build_clinical(right),
            lambda: self._build_merges(right),
        )
        build(steps, slices)

    def _build_notes(self, left: QVBoxLayout) -> None:
        notes_box = QGroupBox(QCoreApplication.translate("PatientChart", "Notes"))
        self.notes = value_label()
        QVBoxLayout(notes_box).addWidget(self.notes)
        left.addWidget(notes_box)
        left.addStretch(1)

    def _build_clinical(self, right: QVBoxLayout) -> None:
        # Conditions, allergies and medications are the clinical record: shown when the chart
        # holds it (the service leaves it out for a role that may not read it, reception).
        # Made in the page: shown before it is laid out, a widget without a parent would flash up as
        # a window of its own (and take the keyboard from the window in front).
        self.clinical = QGroupBox(QCoreApplication.translate("PatientChart", "Clinical summary"), self)
        clinical_layout = QVBoxLayout(self.clinical)
        self.conditions = self._section(
            clinical_layout, QCoreApplication.translate("PatientChart", "Conditions")
        )
        self.allergies = self._section(
            clinical_layout, QCoreApplication.translate("PatientChart", "Allergies")
        )
        self.medications = self._section(
            clinical_layout, QCoreApplication.translate("PatientChart", "Medications")
        )
        clinical_layout.addStretch(1)
        reads = self.services.may(Permission.CHART_READ)
        self.clinical.setVisible(reads)
        self.clinical_note = QLabel(
            QCoreApplication.translate(
                "PatientChart",
                "Conditions, allergies, medications, treatments and scores are shown to providers "
                "and managers.",
            ),
            self,
        )
        self.clinical_note.setObjectName("clinicalNote")
        self.clinical_note.setWordWrap(True)
        self.clinical_note.setStyleSheet("color: palette(placeholder-text);")
        self.clinical_note.setVisible(not reads)
        right.addWidget(self.clinical)
        right.addWidget(self.clinical_note)

    def _build_merges(self, right: QVBoxLayout) -> None:
        merged = QGroupBox(QCoreApplication.translate("PatientChart", "Records merged into this one"))
        self.merges = value_label()
        self.merges.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(merged).addWidget(self.merges)
        right.addWidget(merged)
        right.addStretch(1)

    def _form(self, title: str, fields: tuple[tuple[str, str], ...]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in fields:
            self.fields[key] = value_label()
            form.addRow(QCoreApplication.translate("PatientChart", label), self.fields[key])
        return box

    @staticmethod
    def _section(layout: QVBoxLayout, title: str) -> QLabel:
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        body = value_label()
        body.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addSpacing(6)
        return body

    def show_chart(self, chart: PatientChart) -> None:
        super().show_chart(chart)
        r = chart.record
        region = self.facts.region
        contact = method_label(r.preferred_contact) if r.preferred_contact else ""
        preferred = ", ".join(p for p in (contact, r.preferred_times) if p)
        born = QCoreApplication.translate("PatientChart", "{date} (age {age})")
        values = {
            "name": f"{r.given_name} {r.family_name}",
            "preferred_name": r.preferred_name,
            "birth": born.format(date=display_date(r.date_of_birth), age=chart.age),
            "sex": sex_label(r.sex),
            "mrn": r.mrn,
            "status": status_label(r.status),
            "external_id": r.external_id,
            "phone": display_phone(r.phone, region),
            "phone_alt": display_phone(r.phone_alt, region),
            "email": r.email,
            "address": r.address,
            "preferred": preferred,
            "emergency": r.emergency_contact,
            "referrer": r.referring_physician,
        }
        for key, text in values.items():
            self.fields[key].setText(or_nothing(text))
        self.notes.setText(or_nothing(r.notes))
        merged = QCoreApplication.translate("PatientChart", "{mrn} on {day}")
        merged_moved = QCoreApplication.translate("PatientChart", "{mrn} on {day} — {moved}")
        self.merges.setText(
            bullet_list(
                (merged_moved if moved else merged).format(
                    mrn=escape(mrn), day=local_text(self.facts.time, at, with_time=False), moved=escape(moved)
                )
                for mrn, at, moved in chart.merges
            )
            or QCoreApplication.translate("PatientChart", "None")
        )
        self.clinical.setVisible(chart.clinical)
        self.clinical_note.setVisible(not chart.clinical)
        if chart.clinical:
            self._show_clinical(chart)

    def _show_clinical(self, chart: PatientChart) -> None:
        r = chart.record
        summary = chart.summary
        alert = alert_colour().name()
        icd10 = QCoreApplication.translate("PatientChart", "ICD-10 {code}")
        noted = QCoreApplication.translate("PatientChart", "(noted {day})")
        self.conditions.setText(
            bullet_list(
                escape(shown(c.indication.label))
                + (" — " + icd10.format(code=f"<b>{escape(c.icd10)}</b>") if c.icd10 else "")
                + (" " + noted.format(day=display_date(c.noted_on)) if c.noted_on else "")
                + (f"<br><i>{escape(c.notes)}</i>" if c.notes else "")
                for c in summary.conditions
            )
            or QCoreApplication.translate("PatientChart", "None recorded")
        )
        self.allergies.setText(
            bullet_list(
                f"<b style='color:{alert}'>{escape(a.substance)}</b>"
                + (f" — {escape(a.reaction)}" if a.reaction else "")
                + (f" ({escape(a.severity)})" if a.severity else "")
                for a in summary.allergies
            )
            or QCoreApplication.translate("PatientChart", "No known allergies recorded")
        )
        on_anticoagulant = QCoreApplication.translate("PatientChart", "anticoagulant")
        medications = [
            escape(f"{m.name} {m.dose}".strip())
            + (f" <b style='color:{alert}'>· {escape(on_anticoagulant)}</b>" if m.anticoagulant else "")
            for m in summary.medications
        ]
        if r.anticoagulant and not any(m.anticoagulant for m in summary.medications):
            word = escape(QCoreApplication.translate("PatientChart", "Anticoagulated"))
            medications.append(
                QCoreApplication.translate("PatientChart", "{anticoagulated} (on the record)").format(
                    anticoagulated=f"<b style='color:{alert}'>{word}</b>"
                )
            )
        if r.bleeding_risk:
            medications.append(
                QCoreApplication.translate("PatientChart", "Bleeding risk: {note}").format(
                    note=escape(r.bleeding_risk)
                )
            )
        self.medications.setText(
            bullet_list(medications) or QCoreApplication.translate("PatientChart", "None recorded")
        )


class Chip(QLabel):
    """A pill of text in the chart's header: on one line as long as the header is wide enough,
    wrapped inside itself when it alone is wider (a long list of allergies), never clipped."""

    def __init__(self, text: str, kind: str) -> None:
        super().__init__(text)
        self.setObjectName(kind)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        """As wide as the text on one line (a word-wrapped label would ask for a narrow column):
        the least width at which the label's own layout needs no second line."""
        one_line = self.heightForWidth(100_000)
        low, high = 1, 4_000
        while low < high:
            middle = (low + high) // 2
            if self.heightForWidth(middle) <= one_line:
                high = middle
            else:
                low = middle + 1
        return QSize(low, one_line)


def chip(text: str, kind: str) -> QLabel:
    return Chip(text, kind)


def bullet_list(items: Any) -> str:
    found = [f"<li>{item}</li>" for item in items]
    return f"<ul style='margin-left:-24px'>{''.join(found)}</ul>" if found else ""


# --- Appointments -------------------------------------------------------------------------------

APPOINTMENT_COLUMNS = (
    QT_TRANSLATE_NOOP("PatientChart", "Date"),
    QT_TRANSLATE_NOOP("PatientChart", "Time"),
    QT_TRANSLATE_NOOP("PatientChart", "Provider"),
    QT_TRANSLATE_NOOP("PatientChart", "Type"),
    QT_TRANSLATE_NOOP("PatientChart", "Room"),
    QT_TRANSLATE_NOOP("PatientChart", "Status"),
)
CONSENT_COLUMNS = (
    QT_TRANSLATE_NOOP("PatientChart", "Consent"),
    QT_TRANSLATE_NOOP("PatientChart", "Signed"),
    QT_TRANSLATE_NOOP("PatientChart", "Expires"),
    QT_TRANSLATE_NOOP("PatientChart", "State"),
    QT_TRANSLATE_NOOP("PatientChart", "Notes"),
)
CONTACT_COLUMNS = (
    QT_TRANSLATE_NOOP("PatientChart", "When"),
    QT_TRANSLATE_NOOP("PatientChart", "How"),
    QT_TRANSLATE_NOOP("PatientChart", "Note"),
    QT_TRANSLATE_NOOP("PatientChart", "By"),
)


def headers(columns: tuple[str, ...]) -> list[str]:
    """A table's column headings in the window's language."""
    return [QCoreApplication.translate("PatientChart", title) for title in columns]


class AppointmentsPage(ChartPage):
    def __init__(self, services: ClinicServices, operations: Operations, chart: PatientChart) -> None:
        super().__init__(services, operations)
        self.upcoming_model = TextTableModel(headers(APPOINTMENT_COLUMNS), self)
        self.past_model = TextTableModel(headers(APPOINTMENT_COLUMNS), self)
        self.upcoming_label = QLabel(QCoreApplication.translate("PatientChart", "Upcoming"))
        self.past_label = QLabel(QCoreApplication.translate("PatientChart", "Past"))
        self.upcoming = text_table(self.upcoming_model)
        self.past = text_table(self.past_model)
        name_table(self.upcoming, QCoreApplication.translate("PatientChart", "Upcoming appointments"))
        name_table(self.past, QCoreApplication.translate("PatientChart", "Past appointments"))
        layout = QVBoxLayout(self)
        for label in (self.upcoming_label, self.past_label):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        layout.addWidget(self.upcoming_label)
        layout.addWidget(self.upcoming, 1)
        layout.addWidget(self.past_label)
        layout.addWidget(self.past, 2)

    def _fill(self, model: TextTableModel, table: QTableView, entries: list[ScheduleEntry]) -> None:
        time = self.facts.time
        rows, muted = [], set()
        for row, entry in enumerate(entries):
            a = entry.appointment
            start, end = time.to_local(a.start), time.to_local(a.end)
            status = shown(a.status.label) + (f" — {a.cancel_reason}" if a.cancel_reason else "")
            rows.append(
                [
                    f"{start:%a} {display_date(start.date())}",
                    display_span(start, end),
                    entry.provider_name,
                    entry.type_name,
                    entry.room_name or "",
                    status,
                ]
            )
            if a.status in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW):
                muted.add(row)
        model.set_rows(rows, muted=muted)
        fit_columns(table)

    def show_chart(self, chart: PatientChart) -> None:
        super().show_chart(chart)
        self._fill(self.upcoming_model, self.upcoming, chart.upcoming)
        self._fill(self.past_model, self.past, chart.past)
        self.upcoming_label.setText(
            QCoreApplication.translate("PatientChart", "Upcoming ({count})").format(count=len(chart.upcoming))
            if chart.upcoming
            else QCoreApplication.translate("PatientChart", "Upcoming: none booked")
        )
        self.past_label.setText(
            QCoreApplication.translate("PatientChart", "Past ({count}, most recent first)").format(
                count=len(chart.past)
            )
            if chart.past
            else QCoreApplication.translate("PatientChart", "Past: none")
        )


# --- Consents -----------------------------------------------------------------------------------


class ConsentsPage(ChartPage):
    def __init__(self, services: ClinicServices, operations: Operations, chart: PatientChart) -> None:
        super().__init__(services, operations)
        self.model = TextTableModel(headers(CONSENT_COLUMNS), self)
        self.table = text_table(self.model)
        name_table(self.table, QCoreApplication.translate("PatientChart", "Consents"))
        self.add_button = QPushButton(QCoreApplication.translate("PatientChart", "Add consent…"))
        self.add_button.setToolTip(
            QCoreApplication.translate("PatientChart", "Record a consent the patient has signed")
        )
        self.add_button.clicked.connect(self.open_form)

        self.form = QGroupBox(QCoreApplication.translate("PatientChart", "Add consent"))
        self.kind = QComboBox()
        self.kind.setEditable(True)
        for kind in CONSENT_KINDS:
            self.kind.addItem(consent_kind_words(kind), kind)
        self.signed = QDateEdit()
        self.signed.setCalendarPopup(True)
        self.signed.setDisplayFormat(date_pattern())
        self.expires_check = QCheckBox(QCoreApplication.translate("PatientChart", "Expires on"))
        self.expires_check.setChecked(True)
        self.expires = QDateEdit()
        self.expires.setCalendarPopup(True)
        self.expires.setDisplayFormat(date_pattern())
        self.expires_check.toggled.connect(self.expires.setEnabled)
        self.consent_notes = QLineEdit()
        self.consent_notes.setPlaceholderText(QCoreApplication.translate("PatientChart", "Optional"))
        self.save_button = QPushButton(QCoreApplication.translate("PatientChart", "Save consent"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(QCoreApplication.translate("PatientChart", "Cancel"))
        cancel.clicked.connect(self.close_form)
        expires_row = QHBoxLayout()
        expires_row.addWidget(self.expires_check)
        expires_row.addWidget(self.expires)
        expires_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        form = QFormLayout(self.form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.consent_notes.setMinimumWidth(420)
        self.kind.setMinimumWidth(420)
        form.addRow(QCoreApplication.translate("PatientChart", "&Consent for:"), self.kind)
        form.addRow(QCoreApplication.translate("PatientChart", "&Signed on:"), self.signed)
        form.addRow("", expires_row)
        form.addRow(QCoreApplication.translate("PatientChart", "&Notes:"), self.consent_notes)
        form.addRow("", buttons)
        self.form.hide()
        self.message = InlineMessage()

        top = QHBoxLayout()
        self.summary = QLabel("")
        top.addWidget(self.summary, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)
        layout.addWidget(self.message)

    def show_chart(self, chart: PatientChart) -> None:
        super().show_chart(chart)
        today = self.facts.today
        lapsed = {c.id for c in chart.summary.lapsed_consents(today)}  # the domain's rule
        consents = sorted(chart.summary.consents, key=lambda c: (c.signed_on, c.id), reverse=True)
        rows, alerts, muted = [], set(), set()
        for row, consent in enumerate(consents):
            if consent.id in lapsed:
                alerts.add(row)
                state = QCoreApplication.translate("PatientChart", "Expired")
            elif consent.expired(today):
                muted.add(row)
                state = QCoreApplication.translate("PatientChart", "Expired, renewed since")
            elif consent.expires_on is None:
                state = QCoreApplication.translate("PatientChart", "No expiry")
            else:
                state = QCoreApplication.translate("PatientChart", "Valid")
            rows.append(
                [
                    consent_kind_words(consent.kind),
                    f"{display_date(consent.signed_on)}",
                    f"{display_date(consent.expires_on)}" if consent.expires_on else NOTHING,
                    state,
                    consent.notes,
                ]
            )
        self.model.set_rows(rows, alerts=alerts, muted=muted)
        fit_columns(self.table)
        count = len(alerts)
        self.summary.setText(self._summary(len(rows), count))
        if count:
            self.summary.setStyleSheet(f"color: {alert_colour().name()}; font-weight: bold;")
        else:
            self.summary.setStyleSheet("")

    @staticmethod
    def _summary(consents: int, expired: int) -> str:
        """'3 consents · 1 expired — renew before treatment'."""
        if not consents:
            return QCoreApplication.translate("PatientChart", "No consents recorded.")
        held = (
            QCoreApplication.translate("PatientChart", "1 consent")
            if consents == 1
            else QCoreApplication.translate("PatientChart", "{count} consents").format(count=consents)
        )
        if not expired:
            return held
        return QCoreApplication.translate(
            "PatientChart", "{consents} · {count} expired — renew before treatment"
        ).format(consents=held, count=expired)

    def open_form(self) -> None:
        today = self.facts.today
        self.signed.setMaximumDate(qdate(today))
        self.signed.setDate(qdate(today))
        self.expires.setDate(QDate(today.year + 1, today.month, min(today.day, 28)))
        self.message.hide()
        self.form.show()
        self.add_button.setEnabled(False)
        self.kind.setFocus(Qt.FocusReason.OtherFocusReason)
        editor = self.kind.lineEdit()
        if editor is not None:
            editor.selectAll()

    def close_form(self) -> None:
        self.form.hide()
        self.add_button.setEnabled(True)
        self.consent_notes.clear()

    def save(self) -> None:
        if self.patient_id is None:
            return
        patient_id = self.patient_id
        kind = self.kind.currentText()
        offered = self.kind.findText(kind)
        if offered >= 0 and self.kind.itemData(offered):
            kind = str(self.kind.itemData(offered))  # one of the kinds offered: kept in English
        signed: date = self.signed.date().toPython()  # type: ignore[assignment]
        expires: date | None = self.expires.date().toPython() if self.expires_check.isChecked() else None  # type: ignore[assignment]
        notes = self.consent_notes.text()
        patients = self.services.patients
        self.write(
            f"chart/{patient_id}/consent",
            lambda: patients.add_consent(patient_id, kind, signed, expires, notes),
            self.save_button,
            self.message,
            QCoreApplication.translate("PatientChart", "Consent “{kind}” added.").format(
                kind=consent_kind_words(kind.strip())
            ),
            self.close_form,
        )


# --- Contact log --------------------------------------------------------------------------------


def method_labels() -> dict[ContactMethod, str]:
    """Each way of contact in the window's language (read when a page is built: after the catalogue)."""
    return {method: method_label(method.value) for method in ContactMethod}


class ContactLogPage(ChartPage):
    def __init__(self, services: ClinicServices, operations: Operations, chart: PatientChart) -> None:
        super().__init__(services, operations)
        self.model = TextTableModel(headers(CONTACT_COLUMNS), self)
        self.table = text_table(self.model)
        name_table(self.table, QCoreApplication.translate("PatientChart", "Contact log"))
        self.method = QComboBox()
        self.methods = method_labels()
        for method, label in self.methods.items():
            self.method.addItem(label, method.value)
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            QCoreApplication.translate("PatientChart", "What was said or sent — Enter logs it")
        )
        set_name(
            self.note,
            QCoreApplication.translate("PatientChart", "Contact note"),
            QCoreApplication.translate("PatientChart", "What was said or sent; Enter logs it"),
        )
        self.note.returnPressed.connect(self.save)
        self.save_button = QPushButton(QCoreApplication.translate("PatientChart", "Log contact"))
        self.save_button.clicked.connect(self.save)
        self.message = InlineMessage()
        add = QHBoxLayout()
        how = QLabel(QCoreApplication.translate("PatientChart", "How:"))
        how.setBuddy(self.method)
        add.addWidget(how)
        add.addWidget(self.method)
        add.addWidget(self.note, 1)
        add.addWidget(self.save_button)
        self.summary = QLabel("")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(add)
        layout.addWidget(self.message)

    def show_chart(self, chart: PatientChart) -> None:
        super().show_chart(chart)
        time = self.facts.time
        self.model.set_rows(
            [
                [local_text(time, e.at), self.methods.get(e.method, e.method.value), e.note, e.by]
                for e in chart.contacts
            ]
        )
        fit_columns(self.table)
        count = len(chart.contacts)
        if count == 1:
            summary = QCoreApplication.translate("PatientChart", "1 contact, most recent first")
        elif count:
            summary = QCoreApplication.translate(
                "PatientChart", "{count} contacts, most recent first"
            ).format(count=count)
        else:
            summary = QCoreApplication.translate("PatientChart", "No contacts logged yet.")
        self.summary.setText(summary)

    def save(self) -> None:
        if self.patient_id is None:
            return
        patient_id = self.patient_id
        method = str(self.method.currentData())
        note = self.note.text()
        patients = self.services.patients
        self.write(
            f"chart/{patient_id}/contact",
            lambda: patients.log_contact(patient_id, method, note),
            self.save_button,
            self.message,
            QCoreApplication.translate("PatientChart", "Contact logged."),
            self.note.clear,
        )


# The tabs' titles are shown through translate("PatientChart", title).
CHART_TABS: list[ChartTab] = [
    ChartTab("overview", QT_TRANSLATE_NOOP("PatientChart", "&Overview"), OverviewPage),
    ChartTab("appointments", QT_TRANSLATE_NOOP("PatientChart", "&Appointments"), AppointmentsPage),
    ChartTab(
        "treatments", QT_TRANSLATE_NOOP("PatientChart", "&Treatments"), TreatmentsPage, Permission.CHART_READ
    ),
    ChartTab("outcomes", QT_TRANSLATE_NOOP("PatientChart", "O&utcomes"), OutcomesPage, Permission.CHART_READ),
    ChartTab("consents", QT_TRANSLATE_NOOP("PatientChart", "&Consents"), ConsentsPage),
    ChartTab("contacts", QT_TRANSLATE_NOOP("PatientChart", "Contact &log"), ContactLogPage),
    # children's doses are set by it: every role weighs
    ChartTab("weight", QT_TRANSLATE_NOOP("PatientChart", "&Weight"), WeightsPage),
]


# --- the window ---------------------------------------------------------------------------------


POSITIVE_BORDER = "#2e7d32"  # the responder chip's green edge (through readable_ink: every palette)


class PatientChartWindow(QWidget):
    """One patient's chart, a window of its own (non-modal: the desk keeps working)."""

    loaded = Signal(int)  # patient id; the chart on screen is current
    changed = Signal(int)  # patient id; something was written from this window
    closed = Signal(int)  # patient id
    book_requested = Signal(int)  # patient id: "Book…" (the window's booking flow opens)

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        patient_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.operations = operations
        self.patient_id = patient_id
        self.chart: PatientChart | None = None
        self.facts = ClinicFacts()
        self.pages: dict[str, QWidget] = {}
        self._gone = False
        self._showing: object | None = None  # the tabs being filled now (_show_pages)
        self._made: dict[str, QWidget] = {}  # built, not yet a tab
        self._unbuilt: dict[str, list[Slice]] = {}  # the slices of a page made in slices, left to run
        self._unfilled: dict[str, QWidget] = {}  # a tab, not yet showing the chart
        self.setWindowTitle(
            QCoreApplication.translate("PatientChart", "Patient chart — {app}").format(app=APP_TITLE)
        )
        self.resize(1040, 720)
        alert = alert_colour().name()
        positive = readable_ink(POSITIVE_BORDER)
        self.setStyleSheet(
            "QLabel#chartName { font-size: 22px; font-weight: bold; }"
            "QLabel#alertChip { font-weight: bold; border-radius: 11px; padding: 3px 12px; "
            f"color: {alert}; border: 1px solid {alert}; background: rgba(179, 38, 30, 0.12); }}"
            "QLabel#statusChip { font-weight: bold; border-radius: 11px; padding: 3px 12px; "
            "border: 1px solid palette(mid); background: palette(button); }"
            "QLabel#noAlerts { color: palette(placeholder-text); }"
            "QLabel#positiveChip { font-weight: bold; border-radius: 11px; padding: 3px 12px; "
            f"color: palette(text); border: 1px solid {positive}; background: rgba(46, 125, 50, 0.16); }}"
        )

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.header = self._build_header()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(self.header)
        layout.addSpacing(6)
        layout.addWidget(self.tabs, 1)
        self._add_close_action()
        self.reload()

    def _build_header(self) -> QVBoxLayout:
        """The name, birth and contact lines, the alert chips and the buttons that act on the record."""
        self.name = QLabel(QCoreApplication.translate("PatientChart", "Loading…"))
        self.name.setObjectName("chartName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel("")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contact = QLabel("")
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chips = QWidget()  # replaced by a row of alert chips when the chart arrives
        self.chip_labels: list[QLabel] = []
        self.edit_button = QPushButton(QCoreApplication.translate("PatientChart", "Edit details…"))
        self.edit_button.setToolTip(
            QCoreApplication.translate(
                "PatientChart", "Correct name, date of birth, contact details (Ctrl+E)"
            )
        )
        self.edit_button.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self.edit_details)
        # Right of access: the patient's whole record as one FHIR file, for roles that may export it.
        self.export_button = QPushButton(QCoreApplication.translate("PatientChart", "Export record…"))
        self.export_button.setToolTip(
            QCoreApplication.translate(
                "PatientChart", "The patient's complete record as a FHIR file (right of access)"
            )
        )
        self.export_button.setEnabled(False)
        self.export_button.setVisible(self.services.may(Permission.EXPORT_RECORDS))
        self.export_button.clicked.connect(self.export_record)
        self.book_button = QPushButton(QCoreApplication.translate("PatientChart", "Book…"))
        self.book_button.setToolTip(
            QCoreApplication.translate("PatientChart", "Book an appointment for this patient (Ctrl+B)")
        )
        self.book_button.setVisible(self.services.may(Permission.SCHEDULE))
        self.book_button.clicked.connect(lambda: self.book_requested.emit(self.patient_id))
        title_row = QHBoxLayout()
        title_row.addWidget(self.name, 1)
        title_row.addWidget(self.book_button, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        header = QVBoxLayout()
        header.setSpacing(4)
        header.addLayout(title_row)
        header.addWidget(self.details)
        header.addWidget(self.contact)
        header.addSpacing(4)
        header.addWidget(self.chips)
        return header

    def _add_close_action(self) -> None:
        close = QAction(QCoreApplication.translate("PatientChart", "Close chart"), self)
        close.setShortcuts([QKeySequence("Ctrl+W"), QKeySequence(Qt.Key.Key_Escape)])
        close.triggered.connect(self.close)
        self.addAction(close)
        self.close_action = close

    # --- loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        """The chart is opened (again): read it, and write the opening to the audit trail."""
        self._read(opened=True)

    def refresh(self) -> None:
        """Read the chart again after a change made from another window (a booking): not a new
        opening, so nothing is added to the audit trail."""
        self._read(opened=False)

    def _read(self, opened: bool) -> None:
        """Read the chart off the GUI thread; ``opened``: a person opened it (audited), rather than
        the window reading it again after one of its own writes."""
        services, patient_id = self.services, self.patient_id

        def work() -> tuple[PatientChart, ClinicFacts]:
            patients = services.patients
            if opened:
                patients.open_chart(patient_id)
            chart = patients.chart(patient_id)
            return chart, ClinicFacts(patients.region, services.time, patients.today())

        self.operations.run(f"chart/{patient_id}", work, self._loaded, self._refused)

    def export_record(self) -> None:
        """The export dialog, set to this patient's complete record (it checks the role again)."""
        if self.chart is None:
            return
        from clinic_desktop.ui.dialogs.export import ExportDialog

        self.export_dialog = ExportDialog(self.services, self.operations, self)
        self.export_dialog.choose_patient(self.chart.record.mrn)
        self.export_dialog.show()

    def edit_details(self) -> None:
        """The patient form, filled with this record; saving reloads the chart."""
        if self.chart is None:
            return
        from clinic_desktop.ui.dialogs.patient_form import PatientFormDialog

        form = PatientFormDialog(self.services, self.operations, self.chart.record, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(lambda _record: self._page_changed())
        form.open()
        self.edit_form = form

    def _page_changed(self) -> None:
        self.changed.emit(self.patient_id)
        self._read(opened=False)

    def _refused(self, error: ClinicError) -> None:
        if self._gone:
            return
        if self.chart is None:
            self.name.setText(QCoreApplication.translate("PatientChart", "This chart cannot be shown"))
        self.details.setText(error.message)

    def _loaded(self, result: tuple[PatientChart, ClinicFacts]) -> None:
        if self._gone:
            return
        chart, facts = result
        self.facts = facts
        self._show_header(chart)
        self._show_pages(chart, facts)

    def _show_pages(self, chart: PatientChart, facts: ClinicFacts) -> None:
        """Each tab built (the first time), put in the window and filled, each in a turn of the
        event loop of its own, in tab order; then the chart is the window's (``chart``, the buttons
        that act on it) and ``loaded``: a busy patient's chart is a tenth of a second of work, which
        done at once froze the window (issue 22). A newer read takes over from what is left."""
        token = object()
        self._showing = token
        steps: list[Callable[[], object]] = []
        for spec in self.tab_specs():
            if spec.key not in self.pages and spec.key not in self._unfilled:
                if spec.key not in self._made:
                    steps.append(partial(self._make_page, spec, chart))
                steps.append(partial(self._add_page, spec))  # its widgets styled as it joins the window
            steps.append(partial(self._fill_page, spec.key, chart, facts))

        def next_step() -> None:
            if self._gone or self._showing is not token or not isValid(self):
                return
            more = steps.pop(0)()
            if isinstance(more, list):
                steps[0:0] = more  # a page that fills in steps of its own (show_chart_in_steps)
            if steps:
                QTimer.singleShot(0, next_step)
            else:
                self._shown(chart)

        QTimer.singleShot(0, next_step)

    def _shown(self, chart: PatientChart) -> None:
        """With the last tab filled (in the same turn): the chart is the window's."""
        self.chart = chart
        self.edit_button.setEnabled(chart.record.status != "merged")
        self.export_button.setEnabled(chart.record.status != "merged")
        self.loaded.emit(self.patient_id)

    def _make_page(self, spec: ChartTab, chart: PatientChart) -> list[Callable[[], object]]:
        """The page, or its skeleton and then a step for each slice of it (a page whose class says
        ``BUILDS_IN_SLICES``: ui/slices.py), each to run in a turn of its own."""
        page, rest = slices.start(spec.factory, self.services, self.operations, chart)
        if isinstance(page, ChartPage):
            page.changed.connect(self._page_changed)
        self._made[spec.key] = page
        self._unbuilt[spec.key] = rest
        return [partial(slices.run_next, rest) for _ in rest]

    def _add_page(self, spec: ChartTab) -> None:
        slices.finish(self._unbuilt.pop(spec.key, []))  # a newer read came before its slices ran
        page = self._made.pop(spec.key)
        self._unfilled[spec.key] = page
        self.tabs.addTab(page, QCoreApplication.translate("PatientChart", spec.title))

    def _fill_page(self, key: str, chart: PatientChart, facts: ClinicFacts) -> list[Callable[[], None]]:
        """Fill the page, or start to: the rest of a page that fills in steps (its
        ``show_chart_in_steps``), each to run in a turn of its own."""
        page = self._unfilled.pop(key, None) or self.pages[key]
        if isinstance(page, ChartPage):
            page.facts = facts
        self.pages[key] = page  # in ``pages`` once it shows the chart (or starts to)
        in_steps = getattr(page, "show_chart_in_steps", None)
        if in_steps is None:
            show: ChartPageLike = page  # type: ignore[assignment]
            show.show_chart(chart)
            return []
        steps: list[Callable[[], None]] = in_steps(chart)
        steps.pop(0)()
        return steps

    def tab_specs(self) -> list[ChartTab]:
        """The tabs the signed-in role may see (decided once: another user signing in closes
        the chart windows)."""
        return [spec for spec in CHART_TABS if spec.needs is None or self.services.may(spec.needs)]

    def _alerts(self, chart: PatientChart) -> list[str]:
        """The alert chips, as the service gave them for the reader (PatientView decides): all of
        them for a role that reads the clinical record; for reception, only what is theirs to act
        on, an expired consent."""
        return [shown(alert) for alert in chart.alerts]

    def _show_header(self, chart: PatientChart) -> None:
        r: PatientRecord = chart.record
        self.setWindowTitle(f"{r.family_name}, {r.given_name} ({r.mrn}) — {APP_TITLE}")
        preferred = f" ({r.preferred_name})" if r.preferred_name else ""
        self.name.setText(f"{r.given_name}{preferred} {r.family_name}")
        self.details.setText(self._details(chart))
        region = self.facts.region
        phones = [display_phone(p, region) for p in (r.phone, r.phone_alt) if p]
        parts = [
            QCoreApplication.translate("PatientChart", "Phone {numbers}").format(numbers=" / ".join(phones))
            if phones
            else QCoreApplication.translate("PatientChart", "No phone"),
            r.email or QCoreApplication.translate("PatientChart", "no email"),
        ]
        if r.preferred_contact:
            parts.append(
                QCoreApplication.translate("PatientChart", "prefers {method}").format(
                    method=method_label(r.preferred_contact)
                )
            )
        self.contact.setText(" · ".join(parts))
        chips = QWidget()
        row = FlowLayout(chips)  # the chips wrap onto another line rather than widen the window
        self.chip_labels = []
        if r.status != PatientStatus.ACTIVE:
            self.chip_labels.append(chip(status_label(r.status), "statusChip"))
        alerts = self._alerts(chart)
        for alert in alerts:
            self.chip_labels.append(chip(f"⚠ {alert}", "alertChip"))
        clinical = chart.clinical
        migraine = chart.migraine if clinical else None
        if migraine is not None and migraine.responder and migraine.reduction is not None:
            percent = int((migraine.reduction * 100).to_integral_value())
            responder = QCoreApplication.translate(
                "PatientChart", "✓ Responder: {percent}% fewer headache days"
            )
            self.chip_labels.append(chip(responder.format(percent=percent), "positiveChip"))
        if not alerts:
            self.chip_labels.append(
                chip(
                    QCoreApplication.translate(
                        "PatientChart", "No allergy, anticoagulant or expired consent on record"
                    )
                    if clinical
                    else QCoreApplication.translate("PatientChart", "No expired consent on record"),
                    "noAlerts",
                )
            )
        for label in self.chip_labels:
            row.addWidget(label)
        self.header.replaceWidget(self.chips, chips)
        self.chips.deleteLater()
        self.chips = chips

    @staticmethod
    def _details(chart: PatientChart) -> str:
        """'52 years · Female · Born 04/03/1973 · MRN 000123 · 61.5 kg (03/01/2026)'."""
        r = chart.record
        sex = sex_label(r.sex) or QCoreApplication.translate("PatientChart", "Sex not recorded")
        details = QCoreApplication.translate(
            "PatientChart", "{age} years · {sex} · Born {birth} · MRN {mrn}"
        ).format(age=chart.age, sex=sex, birth=display_date(r.date_of_birth), mrn=r.mrn)
        weight = chart.weight
        if weight is None:
            return details
        return f"{details} · {format_kg(weight.kg)} ({display_date(weight.on)})"

    @property
    def alert_texts(self) -> list[str]:
        return [label.text() for label in self.chip_labels if label.objectName() == "alertChip"]

    def closeEvent(self, event: QCloseEvent) -> None:
        self._gone = True
        self.closed.emit(self.patient_id)
        super().closeEvent(event)
