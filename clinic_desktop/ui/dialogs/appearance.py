"""View > Appearance…: this workstation's text size and palette, with a preview, applied to the
whole window at once and kept for the next start (UiSettings; ui/appearance.py says what each
choice does).

Both choices are lists chosen with the keyboard (Alt+T, Alt+P, then the arrows); the preview shows
the chosen look before anything changes; Enter applies and keeps it, Esc leaves the look as it was.
Its texts are in the window's language (context "AppearanceDialog")."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.ui.appearance import (
    Appearance,
    Contrast,
    TextSize,
    apply_appearance,
    font_for,
    palette_for,
    platform_palette,
)
from clinic_desktop.ui.dates import display_time
from clinic_desktop.ui.keys import ButtonBox, set_default_button
from clinic_desktop.ui.settings import UiSettings


def saved_appearance(settings: UiSettings) -> Appearance:
    return Appearance.parse(settings.text_size, settings.palette)


def save_appearance(settings: UiSettings, appearance: Appearance) -> None:
    settings.text_size = appearance.text_size.value
    settings.palette = appearance.contrast.value
    settings.sync()


class Preview(QFrame):
    """A few of the window's parts in the chosen look: text, a field, a button, a selected row, a
    disabled word, so the choice is seen before it is made."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appearancePreview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.heading = QLabel(
            "<b>{}</b>".format(QCoreApplication.translate("AppearanceDialog", "Wednesday 9 December"))
        )
        self.line = QLabel(
            QCoreApplication.translate(
                "AppearanceDialog", "{start} to {end}, Laura Wright, spasticity treatment"
            ).format(start=display_time(time(9, 0)), end=display_time(time(9, 30)))
        )
        self.field = QLineEdit()
        self.field.setPlaceholderText(QCoreApplication.translate("AppearanceDialog", "Search patients"))
        self.field.setAccessibleName(
            QCoreApplication.translate("AppearanceDialog", "Preview: a search field")
        )
        self.list = QListWidget()
        self.list.addItems(
            [
                QCoreApplication.translate("AppearanceDialog", "Arrived: Laura Wright"),
                QCoreApplication.translate("AppearanceDialog", "Expected: Omar Haddad"),
            ]
        )
        self.list.setCurrentRow(0)
        self.list.setAccessibleName(
            QCoreApplication.translate("AppearanceDialog", "Preview: a list with its first row selected")
        )
        self.list.setMaximumHeight(self.list.sizeHintForRow(0) * 3)
        self.button = QPushButton(QCoreApplication.translate("AppearanceDialog", "Book"))
        self.button.setAccessibleName(QCoreApplication.translate("AppearanceDialog", "Preview: a button"))
        self.disabled = QLabel(
            QCoreApplication.translate("AppearanceDialog", "Cancelled (a disabled control)")
        )
        self.disabled.setEnabled(False)
        for widget in (self.field, self.list, self.button):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the preview shows, it is not used
        layout = QVBoxLayout(self)
        for part in (self.heading, self.line, self.field, self.list, self.button, self.disabled):
            layout.addWidget(part)

    def show_look(self, appearance: Appearance) -> None:
        """Draw the parts in ``appearance``. A style sheet of the chosen colours and size, not
        setPalette/setFont: under the application's style sheet a parent's palette and font do not
        reach its children."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        palette = palette_for(appearance.contrast, platform_palette(app))
        self.setPalette(palette)  # what a style sheet cannot set: the field's placeholder colour

        def c(role: QPalette.ColorRole, group: QPalette.ColorGroup = QPalette.ColorGroup.Active) -> str:
            return palette.color(group, role).name()

        r, disabled = QPalette.ColorRole, QPalette.ColorGroup.Disabled
        edge = c(r.WindowText) if appearance.contrast is not Contrast.STANDARD else c(r.Mid)
        size = font_for(appearance.text_size).pointSizeF()
        self.setStyleSheet(
            f"#appearancePreview {{ background: {c(r.Window)}; }}"
            f"#appearancePreview * {{ font-size: {size:.1f}pt; }}"
            f"#appearancePreview QLabel {{ color: {c(r.WindowText)}; background: transparent; }}"
            f"#appearancePreview QLabel:disabled {{ color: {c(r.WindowText, disabled)}; }}"
            f"#appearancePreview QLineEdit {{ background: {c(r.Base)}; color: {c(r.Text)};"
            f" border: 1px solid {edge}; padding: 2px; }}"
            f"#appearancePreview QListWidget {{ background: {c(r.Base)}; color: {c(r.Text)};"
            f" border: 1px solid {edge}; selection-background-color: {c(r.Highlight)};"
            f" selection-color: {c(r.HighlightedText)}; }}"
            f"#appearancePreview QPushButton {{ background: {c(r.Button)}; color: {c(r.ButtonText)};"
            f" border: 1px solid {edge}; border-radius: 3px; padding: 3px 10px; }}"
        )
        self.list.setMaximumHeight(QFontMetrics(font_for(appearance.text_size)).height() * 3 + 8)


class AppearanceDialog(QDialog):
    applied = Signal(object)  # the Appearance now in force

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("AppearanceDialog", "Appearance"))
        self._settings = settings
        current = saved_appearance(settings)

        self.text_size = QComboBox()
        for size in TextSize:
            self.text_size.addItem(size.label, size)
        self.text_size.setCurrentIndex(list(TextSize).index(current.text_size))
        self.text_size.setAccessibleName(QCoreApplication.translate("AppearanceDialog", "Text size"))
        self.text_size.setAccessibleDescription(
            QCoreApplication.translate(
                "AppearanceDialog", "Normal, or large: half as large again as the system's text"
            )
        )
        self.contrast = QComboBox()
        for contrast in Contrast:
            self.contrast.addItem(contrast.label, contrast)
        self.contrast.setCurrentIndex(list(Contrast).index(current.contrast))
        self.contrast.setAccessibleName(QCoreApplication.translate("AppearanceDialog", "Colours"))
        self.contrast.setAccessibleDescription(
            QCoreApplication.translate(
                "AppearanceDialog",
                "The system's colours, or high contrast: black on white, or white on black",
            )
        )
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("AppearanceDialog", "&Text size:"), self.text_size)
        form.addRow(QCoreApplication.translate("AppearanceDialog", "&Colours:"), self.contrast)
        note = QLabel(
            QCoreApplication.translate(
                "AppearanceDialog", "For this workstation only: others keep their own."
            )
        )
        note.setWordWrap(True)

        self.preview = Preview()
        box = QGroupBox(QCoreApplication.translate("AppearanceDialog", "Preview"))
        QVBoxLayout(box).addWidget(self.preview)

        self.buttons = ButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(
            QCoreApplication.translate("AppearanceDialog", "Use these"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setAccessibleName(
            QCoreApplication.translate("AppearanceDialog", "Use these: apply and keep for this workstation")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(box, 1)
        layout.addWidget(self.buttons)
        set_default_button(self, self.ok_button)  # now that it is in the dialog
        self.text_size.currentIndexChanged.connect(self._preview)
        self.contrast.currentIndexChanged.connect(self._preview)
        self._preview()
        self.text_size.setFocus()

    def chosen(self) -> Appearance:
        return Appearance(self.text_size.currentData(), self.contrast.currentData())

    def _preview(self) -> None:
        self.preview.show_look(self.chosen())

    def accept(self) -> None:
        """Apply the choice to the whole application and keep it for this workstation."""
        appearance = self.chosen()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_appearance(app, appearance)
        save_appearance(self._settings, appearance)
        self.applied.emit(appearance)
        super().accept()


def choose_appearance(parent: QWidget, settings: UiSettings) -> Appearance | None:
    """What the View menu's "Appearance…" runs: the dialog, modal over ``parent``; the appearance
    applied and kept, or None when the person left it as it was."""
    dialog = AppearanceDialog(settings, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.chosen()
        return None
    finally:
        dialog.deleteLater()
