"""Choosing a patient by typing, for a dialog: a search box and the hits under it.

Typing searches after a short pause, off the GUI thread; the best hit is chosen as the hits arrive.
Enter (in the box or the hits) means "this one, go on": if the typed text has not been searched yet
(a fast typist), it is searched at once and the first hit chosen when it arrives, so Enter never
acts on a stale list. The picker owns the two widgets; the dialog places them in its own layout.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import SearchHit
from clinic_desktop.ui.dates import display_date
from clinic_desktop.ui.names import name_clear_button, name_table
from clinic_desktop.ui.operations import Operations

DEBOUNCE_MS = 250
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PatientPicker(QObject):
    searched = Signal(int)  # number of patients found
    changed = Signal()  # the patient chosen changed (``patient_id``)
    go_on = Signal()  # Enter: this patient; move on to what comes next
    failed = Signal(str)  # a search refused, or nobody matched what Enter was pressed on

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operations = operations
        self._pending = False  # Enter came before the hits: choose the first when they arrive
        self._searched = ""
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            QCoreApplication.translate(
                "PatientPicker", "Name, phone, date of birth or MRN; Enter chooses the first"
            )
        )
        self.search.setClearButtonEnabled(True)
        name_clear_button(self.search, QCoreApplication.translate("PatientPicker", "Clear the search"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.installEventFilter(self)
        self.hits = QListWidget()
        name_table(
            self.hits,
            QCoreApplication.translate("PatientPicker", "Patients found"),
            QCoreApplication.translate("PatientPicker", "Up and Down choose one"),
        )
        self.hits.setMinimumHeight(60)
        self.hits.setMaximumHeight(96)
        self.hits.currentItemChanged.connect(lambda *_: self.changed.emit())
        self.hits.installEventFilter(self)

    @property
    def patient_id(self) -> int | None:
        item = self.hits.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def stop(self) -> None:
        self._debounce.stop()

    def search_now(self) -> None:
        self._debounce.stop()
        text = self.search.text().strip()
        self._searched = text
        patients = self._services.patients
        if not text:
            self.show_hits([])
            return
        self._operations.run("picker-search", lambda: patients.search(text), self.show_hits, self._refused)

    def _refused(self, error: ClinicError) -> None:
        self.failed.emit(error.message)

    def show_hits(self, hits: list[SearchHit]) -> None:
        """List the hits, the best one chosen."""
        self.hits.blockSignals(True)
        self.hits.clear()
        for hit in hits:
            record = hit.record
            born = f"{display_date(record.date_of_birth)}" if record.date_of_birth else "?"
            text = QCoreApplication.translate("PatientPicker", "{name} · born {born} · {mrn}").format(
                name=record.display_name, born=born, mrn=record.mrn
            )
            if hit.expired_consent:
                text += "  " + QCoreApplication.translate("PatientPicker", "⚠ consent expired")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.hits.addItem(item)
        if hits:
            self.hits.setCurrentRow(0)
        self.hits.blockSignals(False)
        self.searched.emit(len(hits))
        self.changed.emit()
        if self._pending:
            self._pending = False
            if hits:
                self.go_on.emit()
            else:
                self.failed.emit(
                    QCoreApplication.translate("PatientPicker", "No patient matches “{text}”.").format(
                        text=self._searched
                    )
                )

    def type_and_pick(self, text: str) -> None:
        """Search for ``text`` as if typed, and choose the first hit (Enter pressed)."""
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)
        self.search.setFocus()
        self.pick()

    def pick(self) -> None:
        """Enter: choose the patient (the first hit, once found) and move on."""
        text = self.search.text().strip()
        if self._debounce.isActive() or (text and text != self._searched):
            self._pending = True
            self.search_now()
        elif self.patient_id is not None:
            self.go_on.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (self.search, self.hits)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER
        ):
            self.pick()  # taken here: Enter on a name never reaches the dialog's default button
            return True
        return super().eventFilter(watched, event)
