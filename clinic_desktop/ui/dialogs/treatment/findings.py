"""What the safety rules say about the treatment as typed, most serious first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy

from clinic_desktop.domain.safety import Finding, Level
from clinic_desktop.domain.words import shown
from clinic_desktop.ui.appearance import readable_ink
from clinic_desktop.ui.dialogs.treatment.labels import amber
from clinic_desktop.ui.models.patient_list_model import alert_colour

TICK_GREEN = "#2e7d32"  # "no rule stops this treatment"
NOTE_GREY = "#808080"  # a note: worth knowing, stops nothing


class FindingsPanel(QLabel):
    """What the rules say about the treatment as typed, most serious first."""

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("SafetyFindings", "Checking…"))
        self.setObjectName("findings")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(48)
        self.setStyleSheet(
            "QLabel#findings { border: 1px solid palette(mid); border-radius: 4px; padding: 6px;"
            " background: palette(base); }"
        )
        self.findings: list[Finding] = []

    def show_findings(
        self, findings: Sequence[Finding], notes: Sequence[str] = (), problem: str = ""
    ) -> None:
        from html import escape

        self.findings = list(findings)
        # The panel's background is the palette's base (its style sheet): the inks are read on it.
        red, caution = alert_colour().name(), amber()
        grey = readable_ink(NOTE_GREY, QPalette.ColorRole.Base)
        green = readable_ink(TICK_GREEN, QPalette.ColorRole.Base)

        def line(colour: str, heading: str, text: str) -> str:
            said = heading.format(text=escape(text))
            return f"<span style='color:{colour}'>{said}</span>"

        lines = []
        if problem:
            cannot = QCoreApplication.translate("SafetyFindings", "<b>Cannot be saved yet:</b> {text}")
            lines.append(line(red, cannot, problem))
        refused = QCoreApplication.translate("SafetyFindings", "<b>Refused:</b> {text}")
        needs_reason = QCoreApplication.translate("SafetyFindings", "<b>Needs a reason:</b> {text}")
        note = QCoreApplication.translate("SafetyFindings", "Note: {text}")
        for finding in findings:
            if finding.level is Level.REFUSE:
                lines.append(line(red, refused, shown(finding.message)))
            elif finding.level is Level.OVERRIDE:
                lines.append(line(caution, needs_reason, shown(finding.message)))
            else:
                lines.append(line(grey, note, shown(finding.message)))
        lines.extend(line(grey, note, text) for text in notes)
        if not lines:
            fine = QCoreApplication.translate("SafetyFindings", "✓ No rule stops this treatment.")
            lines.append(f"<span style='color:{green}'>{escape(fine)}</span>")
        self.setText("<br>".join(lines))

    @property
    def refused(self) -> bool:
        return any(f.level is Level.REFUSE for f in self.findings)

    @property
    def needs_reason(self) -> bool:
        return any(f.level is Level.OVERRIDE for f in self.findings)
