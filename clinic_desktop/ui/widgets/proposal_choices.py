"""The follow-up engine's proposals as reception reads them: when, what visit and how long, with whom,
and why, in words. Shared by the booking dialog (proposals at its top) and the proposals dialog.

No bare scores: the engine ranks the slots (services/followups.py) and the list keeps its order, so
the first row is the best; what a person needs is the reason ("Same provider as last time; On the
target day; 84 days after the last dose"), not the number behind it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.words import shown
from clinic_desktop.services.followups import Proposal
from clinic_desktop.ui.dates import display_long_date, display_span
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.names import name_table

HEADINGS = (
    "",
    QT_TRANSLATE_NOOP("ProposalChoices", "When"),
    QT_TRANSLATE_NOOP("ProposalChoices", "Visit"),
    QT_TRANSLATE_NOOP("ProposalChoices", "With"),
    QT_TRANSLATE_NOOP("ProposalChoices", "Why"),
)


def proposal_minutes(proposal: Proposal) -> int:
    return int((proposal.end - proposal.start).total_seconds() // 60)


def when_text(clinic_time: ClinicTime, proposal: Proposal) -> str:
    """'Tue 2 Mar 2027 09:00–09:30' in the clinic's wall-clock time, date order and clock."""
    start, end = clinic_time.to_local(proposal.start), clinic_time.to_local(proposal.end)
    return f"{display_long_date(start.date())} {display_span(start, end)}"


def visit_text(proposal: Proposal) -> str:
    """'Migraine treatment (30 min)': the type booked and its length."""
    return QCoreApplication.translate("ProposalChoices", "{type} ({minutes} min)").format(
        type=proposal.type_name, minutes=proposal_minutes(proposal)
    )


def reasons(clinic_time: ClinicTime, proposal: Proposal, last_dose: date | None = None) -> list[str]:
    """The engine's reasons, and how long after the last toxin dose the slot falls."""
    words = [shown(reason) for reason in proposal.reasons]
    if last_dose is not None:
        days = (clinic_time.local_date(proposal.start) - last_dose).days
        words.append(
            QCoreApplication.translate("ProposalChoices", "{days} days after the last dose").format(days=days)
        )
    return words


def reason_words(clinic_time: ClinicTime, proposal: Proposal, last_dose: date | None = None) -> str:
    return "; ".join(reasons(clinic_time, proposal, last_dose))


def proposal_line(clinic_time: ClinicTime, proposal: Proposal, last_dose: date | None = None) -> str:
    """One proposal in one line: 'Tue 2 Mar 2027 09:00–09:30 · Migraine treatment (30 min) ·
    Dr Lind · Same provider as last time (Dr Lind); …; 84 days after the last dose'."""
    parts = [when_text(clinic_time, proposal), visit_text(proposal), proposal.provider_name]
    why = reason_words(clinic_time, proposal, last_dose)
    return " · ".join([*parts, why] if why else parts)


class ProposalChoices(QTreeWidget):
    """The proposals, best first, one row each; the first is highlighted when they arrive.

    Enter (or a double-click) asks for the highlighted one to be booked: ``book_requested``. The
    key is taken here, so the dialog's default button does not also act on it."""

    highlighted = Signal(object)  # the Proposal now highlighted, or None
    book_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalList")
        name_table(
            self,
            QCoreApplication.translate("ProposalChoices", "Proposed times"),
            QCoreApplication.translate("ProposalChoices", "Best first: Enter books the one highlighted"),
        )
        self.proposals: list[Proposal] = []
        self.clinic_time = ClinicTime()
        self.setColumnCount(len(HEADINGS))
        self.setHeaderLabels(
            [QCoreApplication.translate("ProposalChoices", text) if text else "" for text in HEADINGS]
        )
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the reasons elide
        heading = self.header()
        heading.setStretchLastSection(True)
        for column in range(len(HEADINGS) - 1):
            heading.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.currentItemChanged.connect(lambda *_: self.highlighted.emit(self.selected()))
        self.itemDoubleClicked.connect(lambda *_: self.book_requested.emit())

    def set_proposals(
        self,
        proposals: Sequence[Proposal],
        clinic_time: ClinicTime,
        last_dose: date | None = None,
        highlight: bool = True,
    ) -> None:
        """Show the proposals in the engine's order; the first highlighted unless ``highlight`` is
        False (a time chosen by a person comes first; Down takes the list's first)."""
        self.clinic_time = clinic_time
        self.proposals = list(proposals)
        self.blockSignals(True)
        self.clear()
        for number, proposal in enumerate(self.proposals, 1):
            why = reason_words(clinic_time, proposal, last_dose)
            item = QTreeWidgetItem(
                [
                    str(number),
                    when_text(clinic_time, proposal),
                    visit_text(proposal),
                    proposal.provider_name,
                    why,
                ]
            )
            item.setToolTip(len(HEADINGS) - 1, why)
            item.setToolTip(1, proposal_line(clinic_time, proposal, last_dose))
            self.addTopLevelItem(item)
        first = self.topLevelItem(0)
        if first is not None and highlight:
            self.setCurrentItem(first)
        self.blockSignals(False)
        self.highlighted.emit(self.selected())

    def fit_rows(self, rows: int) -> None:
        """Exactly as tall as ``rows`` rows and the heading: the dialog under it does not jump."""
        row = self.sizeHintForRow(0) if self.topLevelItemCount() else self.fontMetrics().height() + 6
        frame = 2 * self.frameWidth()
        self.setFixedHeight(self.header().sizeHint().height() + rows * max(row, 1) + frame)

    def selected(self) -> Proposal | None:
        item = self.currentItem()
        if item is None:
            return None
        row = self.indexOfTopLevelItem(item)
        return self.proposals[row] if 0 <= row < len(self.proposals) else None

    def pick(self, number: int) -> None:
        """Highlight the proposal numbered ``number`` (1 is the first)."""
        item = self.topLevelItem(number - 1) if 1 <= number <= len(self.proposals) else None
        if item is not None:
            self.setCurrentItem(item)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected() is not None:
            event.accept()
            self.book_requested.emit()
            return
        super().keyPressEvent(event)
