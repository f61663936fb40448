"""What the calendar shows instead of an empty grid while the clinic cannot book yet: what is
missing, in words, and for a manager a button to the set-up page that adds it (for anyone else:
who to ask)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from clinic_desktop.domain.setup import SetupStatus
from clinic_desktop.domain.words import shown
from clinic_desktop.ui.appearance import theme
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP

BUTTONS = {
    "providers": QT_TRANSLATE_NOOP("SetupNeeded", "Add a &provider…"),
    "hours": QT_TRANSLATE_NOOP("SetupNeeded", "Set &working hours…"),
    "types": QT_TRANSLATE_NOOP("SetupNeeded", "Add &appointment types…"),
    "rooms": QT_TRANSLATE_NOOP("SetupNeeded", "Add a &room…"),
}


class SetupNeeded(QFrame):
    """``open_page(key)`` asks for the set-up page that fixes the first thing missing."""

    open_page = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupNeeded")
        self.heading = QLabel(
            QCoreApplication.translate("SetupNeeded", "The clinic cannot book appointments yet")
        )
        theme(self.heading, "viewTitle")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel("")
        self.text.setObjectName("setupNeededText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setFixedWidth(560)
        self.page = ""
        self.button = QPushButton("")
        self.button.setObjectName("setupNeededButton")
        self.button.clicked.connect(lambda: self.open_page.emit(self.page))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_status(self, status: SetupStatus, may_set_up: bool) -> None:
        missing = [m for m in status.missing() if m[0] != "rooms"] or status.missing()
        self.page = missing[0][0] if missing else "providers"
        sentences = " ".join(shown(sentence) for _page, sentence in missing)
        if may_set_up:
            self.text.setText(sentences)
            button = BUTTONS.get(self.page, QT_TRANSLATE_NOOP("SetupNeeded", "Open the clinic settings…"))
            self.button.setText(QCoreApplication.translate("SetupNeeded", button))
            self.button.setVisible(True)
        else:
            ask = QCoreApplication.translate(
                "SetupNeeded", "Ask the clinic's manager to finish setting the clinic up."
            )
            self.text.setText(f"{sentences} {ask}")
            self.button.setVisible(False)
        # A wrapped label centred in a box layout is not asked its height for its width: give it.
        self.text.setFixedHeight(self.text.heightForWidth(self.text.width()))
