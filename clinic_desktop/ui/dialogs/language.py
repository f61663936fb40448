"""File > Language…: the window's language at this workstation, from the next start.

The choice is kept in the workstation's settings (ui/settings.py), not the clinic's: two desks of
one clinic may read different languages. The window is built in one language at start-up
(ui/languages.py), so the dialog says the change comes at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.ui.keys import set_default_button
from clinic_desktop.ui.languages import LANGUAGES, resolve
from clinic_desktop.ui.settings import UiSettings


class LanguageDialog(QDialog):
    """A list of the languages (each named in itself) and "The system's language"; OK saves."""

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(QCoreApplication.translate("LanguageDialog", "Language"))
        self.choice = QComboBox()
        self.choice.setObjectName("languageChoice")
        system = LANGUAGES[resolve("")]
        self.choice.addItem(
            QCoreApplication.translate("LanguageDialog", "The system's language ({language})").format(
                language=system
            ),
            "",
        )
        for code, name in LANGUAGES.items():
            self.choice.addItem(name, code)
        self.choice.setCurrentIndex(max(0, self.choice.findData(settings.language)))
        note = QLabel(
            QCoreApplication.translate(
                "LanguageDialog", "The window changes to the language chosen the next time it starts."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("LanguageDialog", "&Language of this workstation"), self.choice
        )
        self.ok_button = QPushButton(QCoreApplication.translate("LanguageDialog", "OK"))
        self.ok_button.clicked.connect(self.accept)
        cancel = QPushButton(QCoreApplication.translate("LanguageDialog", "Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)
        set_default_button(self, self.ok_button)

    def accept(self) -> None:
        self._settings.language = str(self.choice.currentData())
        self._settings.sync()
        super().accept()


def choose_language(settings: UiSettings, parent: QWidget) -> LanguageDialog:
    """Open the dialog (not modal to the application: the window stays usable behind it)."""
    dialog = LanguageDialog(settings, parent)
    dialog.setObjectName("languageDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
