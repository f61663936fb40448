"""Working a follow-up: the best free slots for a patient's next treatment, booked in one key, and
the two small questions the recall list asks (how did the call go, until when to snooze).

``ProposalsDialog`` reads the proposals off the GUI thread (``FollowUpService.propose``), shows each
with the reasons it was chosen, and books the selected one through the service's conflict-safe
booking. If another workstation took the slot meanwhile, the service's fresh proposals replace the
list and the receptionist picks again: nothing is booked behind their back.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.errors import ClinicError, OverrideRequiredError
from clinic_desktop.domain.followup import DueWindow
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingResult
from clinic_desktop.services.followups import Proposal, ProposalTakenError
from clinic_desktop.ui.appearance import readable_ink
from clinic_desktop.ui.dates import (
    display_day,
    display_medium_date,
    display_month_day,
    display_time,
    long_date_pattern,
    pydate,
    qdate,
    window_locale,
)
from clinic_desktop.ui.dialogs.override import ask_override_reason
from clinic_desktop.ui.keys import ButtonBox, set_default_button
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.models.patient_list_model import alert_colour
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.widgets.proposal_choices import ProposalChoices, reasons

PROPOSAL_COUNT = 5
SNOOZE_DAYS = 14
OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel
CONTACT_KINDS = (
    ("called", QT_TRANSLATE_NOOP("ContactDialog", "&Called (spoke to the patient)")),
    ("left_message", QT_TRANSLATE_NOOP("ContactDialog", "&Left a message")),
    ("declined", QT_TRANSLATE_NOOP("ContactDialog", "&Declined")),
)


def workstation_user() -> str:
    """Who wrote a recall note or booked: the signed-in computer user, until the app has accounts."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def indication_in_words(indication: Indication) -> str:
    """The indication inside a sentence, in the window's language: 'chronic migraine', but
    'TMJ disorder / bruxism' (a name that starts with capitals keeps them)."""
    label = shown(indication.label)
    return label[0].lower() + label[1:] if len(label) > 1 and label[1].islower() else label


def alert_style() -> str:
    """The style of a warning in words: the alert colour, readable in the palette in force, bold."""
    return f"color: {readable_ink(alert_colour().name())}; font-weight: bold;"


def day_text(day: date, today: date | None = None) -> str:
    """'24 Nov', with the year when it is not this year's ('4 Aug 2025'), in the clinic's order
    ('Nov 24', 'Aug 4, 2025' in the US)."""
    if today is not None and day.year == today.year:
        return display_month_day(day)
    return display_medium_date(day)


def window_text(window_from: date, window_by: date, today: date) -> str:
    """A due window as reception reads it: '12 Nov – 26 Nov'."""
    return f"{day_text(window_from, today)} – {day_text(window_by, today)}"


def slot_text(clinic_time: ClinicTime, proposal: Proposal, with_provider: bool = True) -> str:
    """'Tue 24 Nov 09:00 · Dr Lind' in the clinic's wall-clock time, date order and clock."""
    local = clinic_time.to_local(proposal.start)
    text = f"{display_day(local.date())} {display_time(local)}"
    return f"{text} · {proposal.provider_name}" if with_provider else text


@dataclass(frozen=True)
class _Loaded:
    name: str
    window: DueWindow
    today: date
    proposals: list[Proposal]
    clinic_time: ClinicTime
    last_dose: date | None  # the latest toxin dose of any indication (the 84-day floor counts from it)


class ProposalsDialog(QDialog):
    """The next follow-up's best slots for one patient; Enter books the selected one, 1–5 pick."""

    loaded = Signal(int)  # proposals shown
    booked = Signal(object)  # BookingResult

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        patient_id: int,
        indication: Indication | None = None,
        proposals: list[Proposal] | None = None,
        message: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operations = operations
        self.patient_id = patient_id
        self.indication = indication
        self.proposals: list[Proposal] = []
        self.clinic_time = ClinicTime()
        self.result_: BookingResult | None = None
        self._booking = False
        self.setWindowTitle(QCoreApplication.translate("ProposalsDialog", "Book the next follow-up"))

        self.intro = QLabel(QCoreApplication.translate("ProposalsDialog", "Finding the best free slots…"))
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.last_dose: date | None = None
        self.list = ProposalChoices()  # type, length and the reasons in words; Enter books
        self.list.highlighted.connect(lambda _p: self._show_reasons())
        self.list.book_requested.connect(self.book_selected)
        self.reasons = QLabel("")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.reasons.setMinimumHeight(70)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setVisible(bool(message))
        self._alert(bool(message))
        hint = QLabel(
            QCoreApplication.translate(
                "ProposalsDialog",
                "Enter books the selected slot · 1–5 pick a slot · Esc closes without booking",
            )
        )
        hint.setStyleSheet("color: palette(placeholder-text);")
        buttons = ButtonBox()
        self.book_button = buttons.addButton(
            QCoreApplication.translate("ProposalsDialog", "&Book"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.book_button.setEnabled(False)
        self.book_button.clicked.connect(self.book_selected)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        for number in range(1, PROPOSAL_COUNT + 1):
            QShortcut(QKeySequence(str(number)), self, lambda n=number: self.pick(n))

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.reasons)
        layout.addWidget(self.message)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        set_default_button(self, self.book_button)  # now that it is in the dialog
        self.resize(820, 460)
        self._load(proposals)

    # --- loading --------------------------------------------------------------------------------

    def _load(self, given: list[Proposal] | None) -> None:
        services = self._services
        patient_id, indication = self.patient_id, self.indication

        def work() -> _Loaded:
            followups = services.followups
            plan = followups.plan(patient_id, indication)
            name = services.patients.get(patient_id).display_name
            found = (
                list(given)
                if given is not None
                else followups.propose(patient_id, PROPOSAL_COUNT, plan.window.indication)
            )
            last_dose = max((dose.day for dose in plan.history), default=None)
            return _Loaded(name, plan.window, services.patients.today(), found, services.time, last_dose)

        self._operations.run(f"proposals/{patient_id}", work, self._loaded, self._refused)

    def _loaded(self, loaded: _Loaded) -> None:
        if not isValid(self):
            return
        self.clinic_time = loaded.clinic_time
        self.last_dose = loaded.last_dose
        window = loaded.window
        self.indication = window.indication
        self.setWindowTitle(
            QCoreApplication.translate("ProposalsDialog", "Book the next follow-up — {patient}").format(
                patient=loaded.name
            )
        )
        overdue = window.days_overdue(loaded.today)
        due = QCoreApplication.translate(
            "ProposalsDialog", "next {indication} treatment due {window}"
        ).format(
            indication=indication_in_words(window.indication),
            window=window_text(window.due_from, window.due_by, loaded.today),
        )
        late = ""
        if overdue:
            days = (
                QCoreApplication.translate("ProposalsDialog", "1 day overdue")
                if overdue == 1
                else QCoreApplication.translate("ProposalsDialog", "{days} days overdue").format(days=overdue)
            )
            late = f" · <b style='color:{readable_ink(alert_colour().name())}'>{escape(days)}</b>"
        history = QCoreApplication.translate(
            "ProposalsDialog", "Last treatment {last}; not before {floor} (12-week minimum)."
        ).format(
            last=day_text(window.last_treatment, loaded.today), floor=day_text(window.floor, loaded.today)
        )
        html = f"<b>{escape(loaded.name)}</b> — {escape(due)}{late}<br>{escape(history)}"
        self.intro.setText(html)
        self.show_proposals(loaded.proposals)

    def show_proposals(self, proposals: list[Proposal]) -> None:
        """List the proposals, the first selected so Enter books it."""
        self.proposals = list(proposals)
        self.list.set_proposals(self.proposals, self.clinic_time, self.last_dose)
        if self.proposals:
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.reasons.setText(
                QCoreApplication.translate(
                    "ProposalsDialog", "There is no free slot to propose in the next 90 days."
                )
            )
        self.book_button.setEnabled(bool(self.proposals))
        self.loaded.emit(len(self.proposals))

    def _show_reasons(self) -> None:
        proposal = self.selected()
        if proposal is None:
            self.reasons.setText("")
            return
        said = reasons(self.clinic_time, proposal, self.last_dose)
        items = "".join(f"<li>{escape(reason)}</li>" for reason in said)
        why = QCoreApplication.translate("ProposalsDialog", "Why {slot}").format(
            slot=slot_text(self.clinic_time, proposal)
        )
        html = f"<b>{escape(why)}</b><ul style='margin-left:-20px'>{items}</ul>"
        self.reasons.setText(html)

    # --- choosing and booking -------------------------------------------------------------------

    def selected(self) -> Proposal | None:
        return self.list.selected()

    def pick(self, number: int) -> None:
        self.list.pick(number)

    def book_selected(self, reason: str = "") -> None:
        proposal = self.selected()
        if proposal is None or self._booking:
            return
        self._booking = True
        self.book_button.setEnabled(False)
        followups = self._services.followups
        by = workstation_user()
        self._operations.run(
            f"proposals/{self.patient_id}/book",
            lambda: followups.book(proposal, by, reason),
            self._booked,
            lambda error: self._not_booked(error, reason),
        )

    def _booked(self, result: BookingResult) -> None:
        if not isValid(self):
            return
        self._booking = False
        self.result_ = result
        self.booked.emit(result)
        self.accept()

    def _not_booked(self, error: ClinicError, reason: str) -> None:
        """Taken meanwhile: the fresh proposals; too early: ask why it is booked anyway."""
        if not isValid(self):
            return
        if isinstance(error, ProposalTakenError):
            self._booking = False
            self._show_message(error.message)
            self.show_proposals(error.proposals)
            return
        if isinstance(error, OverrideRequiredError) and not reason:
            given = ask_override_reason(self, error)
            if given is not None:
                self._booking = False
                self.book_selected(given)
                return
        self._refused(error)

    def _refused(self, error: ClinicError) -> None:
        if not isValid(self):
            return
        self._booking = False
        self.book_button.setEnabled(bool(self.proposals))
        if not self.proposals:
            self.intro.setText(QCoreApplication.translate("ProposalsDialog", "No follow-up to propose."))
        self._show_message(error.message)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._alert(bool(text))

    def _alert(self, on: bool) -> None:
        self.message.setStyleSheet(alert_style() if on else "")


# --- the recall list's two questions ---------------------------------------------------------------


class ContactDialog(QDialog):
    """How the recall call went: called, left a message, declined; and a note."""

    def __init__(self, patient: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("ContactDialog", "Log contact — {patient}").format(patient=patient)
        )
        self.setMinimumWidth(440)
        intro = QLabel(
            QCoreApplication.translate(
                "ContactDialog", "Recall for {patient} ({what}): how did it go?"
            ).format(patient=f"<b>{escape(patient)}</b>", what=escape(what))
        )
        intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for number, (kind, label) in enumerate(CONTACT_KINDS):
            button = QRadioButton(QCoreApplication.translate("ContactDialog", label))
            button.setProperty("kind", kind)
            self.group.addButton(button, number)
            layout.addWidget(button)
        first = self.group.button(0)
        first.setChecked(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            QCoreApplication.translate("ContactDialog", "Optional note, e.g. call back after 4 pm")
        )
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ContactDialog", "&Note:"), self.note)
        layout.addLayout(form)
        buttons = ButtonBox(OK | CANCEL)
        buttons.button(OK).setText(QCoreApplication.translate("ContactDialog", "&Log"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def kind(self) -> str:
        checked = self.group.checkedButton()
        return str(checked.property("kind")) if checked is not None else "called"

    def set_kind(self, kind: str) -> None:
        for button in self.group.buttons():
            if button.property("kind") == kind:
                button.setChecked(True)

    def note_text(self) -> str:
        return self.note.text().strip()


class SnoozeDialog(QDialog):
    """Leave a patient off the recall list until a date (the patient asked to wait, is away...)."""

    def __init__(self, patient: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("SnoozeDialog", "Snooze recall — {patient}").format(patient=patient)
        )
        self.setMinimumWidth(440)
        intro = QLabel(
            QCoreApplication.translate(
                "SnoozeDialog", "{patient} leaves the recall list until the date below, then comes back."
            ).format(patient=f"<b>{escape(patient)}</b>")
        )
        intro.setWordWrap(True)
        later = today + timedelta(days=SNOOZE_DAYS)
        self.until = QDateEdit(qdate(later))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat(long_date_pattern())
        self.until.setLocale(window_locale())
        tomorrow = today + timedelta(days=1)
        self.until.setMinimumDate(qdate(tomorrow))
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            QCoreApplication.translate("SnoozeDialog", "Optional: why, e.g. away until December")
        )
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("SnoozeDialog", "&Until:"), self.until)
        form.addRow(QCoreApplication.translate("SnoozeDialog", "&Note:"), self.note)
        buttons = ButtonBox(OK | CANCEL)
        buttons.button(OK).setText(QCoreApplication.translate("SnoozeDialog", "&Snooze"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def until_date(self) -> date:
        value = self.until.date()
        return pydate(value)

    def note_text(self) -> str:
        return self.note.text().strip()
