"""What the safety rules say about the treatment as typed, most serious first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

from clinic_desktop.domain.safety import Finding, Level
from clinic_desktop.ui.dialogs.treatment.labels import AMBER
from clinic_desktop.ui.models.patient_list_model import alert_colour


class FindingsPanel(QLabel):
    """What the rules say about the treatment as typed, most serious first."""

    def __init__(self) -> None:
        super().__init__("Checking…")
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
        red = alert_colour().name()
        lines = []
        if problem:
            lines.append(f"<span style='color:{red}'><b>Cannot be saved yet:</b> {escape(problem)}</span>")
        for finding in findings:
            text = escape(finding.message)
            if finding.level is Level.REFUSE:
                lines.append(f"<span style='color:{red}'><b>Refused:</b> {text}</span>")
            elif finding.level is Level.OVERRIDE:
                lines.append(f"<span style='color:{AMBER}'><b>Needs a reason:</b> {text}</span>")
            else:
                lines.append(f"<span style='color:gray'>Note: {text}</span>")
        lines.extend(f"<span style='color:gray'>Note: {escape(note)}</span>" for note in notes)
        if not lines:
            lines.append("<span style='color:#2e7d32'>✓ No rule stops this treatment.</span>")
        self.setText("<br>".join(lines))

    @property
    def refused(self) -> bool:
        return any(f.level is Level.REFUSE for f in self.findings)

    @property
    def needs_reason(self) -> bool:
        return any(f.level is Level.OVERRIDE for f in self.findings)
