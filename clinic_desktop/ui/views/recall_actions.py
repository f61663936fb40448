"""What the recall list does with its rows: book the kept proposal (or a review), log a call or a
snooze, export the rows or print their letters, and refresh the proposals in the background.

RecallActions is the base of ui.views.recalls_view.RecallsView, which builds the widgets, loads the
list and keeps the selection; the methods here act on the row it says is current."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QWidget

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.errors import ClinicError, OverrideRequiredError
from clinic_desktop.domain.words import shown
from clinic_desktop.printing.recall_letters import letters_document
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingResult
from clinic_desktop.services.followups import MARK_KINDS, Proposal, ProposalTakenError, RecallRow
from clinic_desktop.ui.dates import display_day, display_time, window_writing
from clinic_desktop.ui.dialogs.override import ask_override_reason
from clinic_desktop.ui.dialogs.proposals import (
    ContactDialog,
    ProposalsDialog,
    SnoozeDialog,
    alert_style,
    day_text,
    indication_in_words,
    slot_text,
    workstation_user,
)
from clinic_desktop.ui.jobs import JobRunner
from clinic_desktop.ui.operations import Operations

REFRESH_KEY = "followups-refresh"


def exported_text(count: int, path: str) -> str:
    """'Exported 12 rows to /home/ana/recalls.csv.'"""
    if count == 1:
        return QCoreApplication.translate("RecallsView", "Exported 1 row to {path}.").format(path=path)
    return QCoreApplication.translate("RecallsView", "Exported {count} rows to {path}.").format(
        count=count, path=path
    )


class RecallActions(QWidget):
    changed = Signal()  # a booking, a note or a snooze was written
    proposals_refreshed = Signal(int)  # patients given proposals
    proposals_shown = Signal(object)  # the ProposalsDialog opened (for tests)

    # Set up by RecallsView.__init__.
    _services: ClinicServices
    _operations: Operations
    _jobs: JobRunner
    _today: date
    _clinic_time: ClinicTime
    _clinic_name: str
    _keep: tuple[int, Indication] | None  # the row to keep selected across reloads
    _warned: tuple[int, Indication] | None  # a ⚠ row whose caution Enter has shown
    dialog: QDialog | None
    actions_: dict[str, QAction]
    status: QLabel

    # The list's own (RecallsView).
    def current_row(self) -> RecallRow | None:
        raise NotImplementedError

    def shown_rows(self) -> list[RecallRow]:
        raise NotImplementedError

    def selected_rows(self) -> list[RecallRow]:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def _enable(self) -> None:
        raise NotImplementedError

    # --- booking --------------------------------------------------------------------------------

    def book_selected(self) -> None:
        """Enter: book the kept proposal; a row without one opens the choices instead."""
        row = self.current_row()
        if row is None:
            return
        key = (row.patient_id, row.indication)
        if row.caution and self._warned != key:  # say why first; a second Enter books anyway
            self._warned = key
            self._say(
                QCoreApplication.translate(
                    "RecallsView",
                    "{patient}: {caution}. Ctrl+Shift+R books a review instead; Enter again books the "
                    "treatment anyway.",
                ).format(patient=row.patient_name, caution=shown(row.caution)),
                alert=True,
            )
            return
        self._warned = None
        proposal = row.proposed
        if proposal is None:
            self.propose_selected()
            return
        self._book(row, proposal)

    def book_review_selected(self) -> None:
        """Ctrl+Shift+R: the clinic's review with the provider, instead of the treatment due."""
        row = self.current_row()
        if row is None:
            return
        followups = self._services.followups
        by = workstation_user()
        self._say(
            QCoreApplication.translate("RecallsView", "Booking a review for {patient}…").format(
                patient=row.patient_name
            )
        )
        self.actions_["review"].setEnabled(False)
        self._operations.run(
            "recalls/write",
            lambda: followups.book_review(row.patient_id, row.indication, by),
            lambda result: self._review_booked(row, result),
            self._refused,
        )

    def _review_booked(self, row: RecallRow, result: BookingResult) -> None:
        start = self._clinic_time.to_local(result.appointments[0].start)
        self._say(
            QCoreApplication.translate("RecallsView", "Booked a review for {patient}: {day} {time}.").format(
                patient=row.patient_name, day=display_day(start.date()), time=display_time(start)
            )
        )
        self._written()

    def _book(self, row: RecallRow, proposal: Proposal, reason: str = "") -> None:
        followups = self._services.followups
        by = workstation_user()
        self._say(
            QCoreApplication.translate("RecallsView", "Booking {patient}: {slot}…").format(
                patient=row.patient_name, slot=slot_text(self._clinic_time, proposal)
            )
        )
        self.actions_["book"].setEnabled(False)
        self._operations.run(
            "recalls/write",
            lambda: followups.book(proposal, by, reason),
            lambda _result: self._booked(row, proposal),
            lambda error: self._not_booked(row, proposal, error, reason),
        )

    def _booked(self, row: RecallRow, proposal: Proposal) -> None:
        self._say(
            QCoreApplication.translate("RecallsView", "Booked {patient}: {slot}.").format(
                patient=row.patient_name, slot=slot_text(self._clinic_time, proposal)
            )
        )
        self._written()

    def _not_booked(self, row: RecallRow, proposal: Proposal, error: ClinicError, reason: str) -> None:
        """The slot was taken: the fresh proposals; too early now: ask why it is booked anyway."""
        if isinstance(error, ProposalTakenError):
            self._say(f"{row.patient_name}: {error.message}", alert=True)  # the patient, then the refusal
            self.open_proposals(row, error.proposals, error.message)
            self.refresh()
            return
        if isinstance(error, OverrideRequiredError) and not reason:
            given = self.ask_override_reason(error)
            if given is not None:
                self._book(row, proposal, given)
                return
        self._refused(error)

    def ask_override_reason(self, error: OverrideRequiredError) -> str | None:
        """Why the proposal is booked anyway (a method, so a test can answer it)."""
        return ask_override_reason(self, error)

    def propose_selected(self) -> ProposalsDialog | None:
        row = self.current_row()
        return self.open_proposals(row) if row is not None else None

    def open_proposals(
        self, row: RecallRow, proposals: list[Proposal] | None = None, message: str = ""
    ) -> ProposalsDialog:
        """The five best slots for the row's patient (or the fresh ones after a taken slot)."""
        dialog = ProposalsDialog(
            self._services, self._operations, row.patient_id, row.indication, proposals, message, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.booked.connect(lambda _result: self._booked_in_dialog(row, dialog))
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        self.proposals_shown.emit(dialog)
        return dialog

    def _booked_in_dialog(self, row: RecallRow, dialog: ProposalsDialog) -> None:
        chosen = dialog.selected()
        if chosen is not None:
            said = QCoreApplication.translate("RecallsView", "Booked {patient}: {slot}.").format(
                patient=row.patient_name, slot=slot_text(dialog.clinic_time, chosen)
            )
        else:
            said = QCoreApplication.translate("RecallsView", "Booked {patient}.").format(
                patient=row.patient_name
            )
        self._say(said)
        self._written()

    # --- notes and snoozes ----------------------------------------------------------------------

    def log_contact(self, kind: str | None = None, note: str = "") -> ContactDialog | None:
        """Log a recall call; without a kind, ask how it went (the dialog is returned for tests)."""
        row = self.current_row()
        if row is None:
            return None
        if kind is not None:
            self._mark(row, kind, note)
            return None
        dialog = ContactDialog(row.patient_name, indication_in_words(row.indication), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._mark(row, dialog.kind(), dialog.note_text()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def snooze(self, until: date | None = None, note: str = "") -> SnoozeDialog | None:
        """Snooze the selected recall until a date; without one, ask (default: two weeks on)."""
        row = self.current_row()
        if row is None:
            return None
        if until is not None:
            self._mark(row, "snoozed", note, until)
            return None
        dialog = SnoozeDialog(row.patient_name, self._today, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._mark(row, "snoozed", dialog.note_text(), dialog.until_date()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _mark(self, row: RecallRow, kind: str, note: str, until: date | None = None) -> None:
        followups = self._services.followups
        by = workstation_user()
        self._operations.run(
            "recalls/write",
            lambda: followups.mark(row.patient_id, row.indication, kind, note, by, until),
            lambda _none: self._marked(row, kind, until),
            self._refused,
        )

    def _marked(self, row: RecallRow, kind: str, until: date | None) -> None:
        what = shown(MARK_KINDS.get(kind, kind))
        if until is not None:
            self._say(
                QCoreApplication.translate("RecallsView", "{patient} snoozed until {day}.").format(
                    patient=row.patient_name, day=day_text(until, self._today)
                )
            )
        else:
            self._say(
                QCoreApplication.translate("RecallsView", "{patient}: “{what}” logged.").format(
                    patient=row.patient_name, what=what
                )
            )
            self._keep = (row.patient_id, row.indication)
        self._written()

    # --- output -------------------------------------------------------------------------------

    def export_csv(self, path: str | None = None) -> None:
        """The rows shown, as CSV (the service writes it; the file dialog asks where)."""
        rows = self.shown_rows()
        if not rows:
            return
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("RecallsView", "Export recall list"),
                QCoreApplication.translate("RecallsView", "recalls-{date}.csv").format(
                    date=f"{self._today:%Y-%m-%d}"
                ),
                QCoreApplication.translate("RecallsView", "CSV files (*.csv)"),
            )
            if not path:
                return
            if not path.lower().endswith(".csv"):
                path += ".csv"
        followups = self._services.followups
        target = path
        self._operations.run(
            "recalls/export",
            lambda: followups.export_csv(rows, target),
            lambda count: self._say(exported_text(count, target)),
            self._refused,
        )

    def letter_rows(self) -> list[RecallRow]:
        """Letters go to the selected patients, or to everyone shown when one row is merely current."""
        selected = self.selected_rows()
        return selected if len(selected) > 1 else self.shown_rows()

    def print_letters(self, rows: list[RecallRow] | None = None) -> None:
        chosen = rows if rows is not None else self.letter_rows()
        if not chosen:
            return
        patients = self._services.patients
        ids = sorted({r.patient_id for r in chosen})
        if len(chosen) == 1:
            self._say(QCoreApplication.translate("RecallsView", "Preparing 1 letter…"))
        else:
            self._say(
                QCoreApplication.translate("RecallsView", "Preparing {count} letters…").format(
                    count=len(chosen)
                )
            )
        self._operations.run(
            "recalls/letters",
            lambda: {pid: patients.get(pid).address for pid in ids},
            lambda addresses: self._print(chosen, addresses),
            self._refused,
        )

    def _print(self, rows: list[RecallRow], addresses: dict[int, str]) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from clinic_desktop.printing.pages import page_layout, private_output

        document = letters_document(
            rows, self._clinic_name, self._today, self._clinic_time, addresses, window_writing()
        )
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        printer.setDocName(
            QCoreApplication.translate("RecallsView", "recall-letters-{date}").format(
                date=f"{self._today:%Y-%m-%d}"
            )
        )
        dialog = QPrintDialog(printer, self)
        count = len(rows)
        if count == 1:
            dialog.setWindowTitle(QCoreApplication.translate("RecallsView", "Print 1 recall letter"))
        else:
            dialog.setWindowTitle(
                QCoreApplication.translate("RecallsView", "Print {count} recall letters").format(count=count)
            )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                private_output(printer)
            except OSError as exc:
                self._say(
                    QCoreApplication.translate(
                        "RecallsView", "The letters could not be printed: {reason}"
                    ).format(reason=exc.strerror or exc),
                    alert=True,
                )
                return
            document.print_(printer)
            if count == 1:
                self._say(QCoreApplication.translate("RecallsView", "1 recall letter sent to the printer."))
            else:
                self._say(
                    QCoreApplication.translate(
                        "RecallsView", "{count} recall letters sent to the printer."
                    ).format(count=count)
                )
        else:
            self._say("")

    # --- the background refresh -----------------------------------------------------------------

    @property
    def refreshing(self) -> bool:
        return self._jobs.running(REFRESH_KEY)

    def refresh_proposals(self) -> bool:
        """Find proposals again for everyone due soon, off the GUI thread, progress shown below the
        list. False when one is already running."""
        if not self._jobs.run_now(REFRESH_KEY):
            return False
        self._say(QCoreApplication.translate("RecallsView", "Refreshing follow-up proposals…"))
        self._enable()
        return True

    def stop_refresh(self) -> None:
        """The window is closing or locking: the refresh stops between two patients, writing nothing."""
        self._jobs.cancel(REFRESH_KEY)

    @Slot(str, int, int)
    def _job_progress(self, key: str, done: int, total: int) -> None:
        if key == REFRESH_KEY and self.refreshing:
            self._say(
                QCoreApplication.translate(
                    "RecallsView", "Refreshing follow-up proposals… {done} of {total} patients"
                ).format(done=done, total=total)
            )

    def _job_finished(self, key: str, count: object) -> None:
        if key != REFRESH_KEY:
            return
        self._enable()
        if not isinstance(count, int):
            return  # stopped (the lock, closing): nothing was written
        if count == 1:
            self._say(QCoreApplication.translate("RecallsView", "Follow-up proposals updated (1 patient)."))
        else:
            self._say(
                QCoreApplication.translate(
                    "RecallsView", "Follow-up proposals updated ({count} patients)."
                ).format(count=count)
            )
        self.proposals_refreshed.emit(count)
        self.refresh()

    def _job_failed(self, key: str, error: ClinicError) -> None:
        if key == REFRESH_KEY:
            self._refresh_failed(error)

    def _refresh_failed(self, error: ClinicError) -> None:
        self._say(
            QCoreApplication.translate(
                "RecallsView", "The proposals could not be refreshed: {reason}"
            ).format(reason=error.message),
            alert=True,
        )
        self._enable()

    # --- saying what happened ---------------------------------------------------------------------

    def _written(self) -> None:
        self.changed.emit()
        self.refresh()

    def _refused(self, error: ClinicError) -> None:
        self._say(error.message, alert=True)
        self._enable()

    def _say(self, text: str, alert: bool = False) -> None:
        self.status.setStyleSheet(alert_style() if alert else "")
        self.status.setText(text)
