"""The message templates, edited by a manager with a preview: pick the message, the channel and
the language; change the subject (emails) and the text; the preview beside it fills in an example
patient and appointment with the clinic's own name, address and number as the patient will read
it, and says at once what the rules refuse (a field a text may not use, a word naming a condition
or a treatment) before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.aftercare import LANGUAGES
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.messages import EMAIL_FIELDS, FIELD_HELP, SMS_FIELDS, Template
from clinic_desktop.domain.outbox import Channel, TemplateName
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.appearance import readable_ink
from clinic_desktop.ui.keys import ButtonBox
from clinic_desktop.ui.operations import Operations

PREVIEW_DELAY_MS = 250  # the preview follows typing, a moment after the last key
PROBLEM_COLOUR = "#b3261e"  # what the rules refuse (through readable_ink: every palette)


class TemplatesDialog(QDialog):
    saved = Signal(object)  # the Template saved
    previewed = Signal()

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("MessageTemplates", "Message templates"))
        self.setObjectName("messageTemplates")
        self._services = services
        self._operations = operations
        self._templates: dict[tuple[TemplateName, Channel, str], Template] = {}
        pick = self._build_pick()
        editor = self._build_editor()
        shown = self._build_preview()
        columns = QHBoxLayout()
        columns.addLayout(editor, 3)
        columns.addSpacing(12)
        columns.addLayout(shown, 2)
        self.status = QLabel("")
        self.buttons = ButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.reset = QPushButton(QCoreApplication.translate("MessageTemplates", "Back to the &default"))
        self.buttons.addButton(self.reset, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reset.clicked.connect(self.reset_template)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        for box in (self.name, self.channel, self.language):
            box.currentIndexChanged.connect(lambda _i: self._show_template())
        self.subject.textChanged.connect(lambda _t: self._timer.start())
        self.body.textChanged.connect(self._timer.start)
        self._operations.run("templates", self._services.messages.templates, self._loaded, self._failed)

    def _build_pick(self) -> QHBoxLayout:
        """Which template: the message, the channel and the language."""
        self.name = QComboBox()
        for name in TemplateName:
            self.name.addItem(shown(name.label), name.value)
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(shown(channel.label), channel.value)
        self.language = QComboBox()
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        pick = QHBoxLayout()
        for label, box in (
            (QCoreApplication.translate("MessageTemplates", "&Message:"), self.name),
            (QCoreApplication.translate("MessageTemplates", "C&hannel:"), self.channel),
            (QCoreApplication.translate("MessageTemplates", "&Language:"), self.language),
        ):
            title = QLabel(label)
            title.setBuddy(box)
            pick.addWidget(title)
            pick.addWidget(box)
            pick.addSpacing(8)
        pick.addStretch(1)
        return pick

    def _build_editor(self) -> QVBoxLayout:
        """The subject, the text and the fields it may use."""
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setMinimumSize(380, 220)
        self.fields = QLabel()
        self.fields.setWordWrap(True)
        self.fields.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout()
        self.subject_label = QLabel(QCoreApplication.translate("MessageTemplates", "&Subject:"))
        self.subject_label.setBuddy(self.subject)
        form.addRow(self.subject_label, self.subject)
        body_label = QLabel(QCoreApplication.translate("MessageTemplates", "&Text:"))
        body_label.setBuddy(self.body)
        form.addRow(body_label, self.body)
        form.addRow("", self.fields)
        editor = QVBoxLayout()
        editor.addLayout(form)
        return editor

    def _build_preview(self) -> QVBoxLayout:
        """The message as a patient would read it, and what is wrong with it."""
        self.preview_title = QLabel(QCoreApplication.translate("MessageTemplates", "Preview"))
        self.preview_title.setStyleSheet("font-weight: 600;")
        self.preview_subject = QLabel()
        self.preview_subject.setWordWrap(True)
        self.preview_subject.setStyleSheet("font-weight: 600;")
        self.preview = QLabel()
        self.preview.setObjectName("templatePreview")
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setMinimumWidth(320)
        self.preview.setStyleSheet(
            "background: palette(base); border: 1px solid palette(mid); border-radius: 6px; padding: 10px;"
        )
        self.problem = QLabel()
        self.problem.setObjectName("templateProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {readable_ink(PROBLEM_COLOUR)};")
        shown = QVBoxLayout()
        shown.addWidget(self.preview_title)
        shown.addWidget(self.preview_subject)
        shown.addWidget(self.preview, 1)
        shown.addWidget(self.problem)
        return shown

    def key(self) -> tuple[TemplateName, Channel, str]:
        return (
            TemplateName(self.name.currentData()),
            Channel(self.channel.currentData()),
            str(self.language.currentData()),
        )

    def choose(self, name: TemplateName, channel: Channel, language: str) -> None:
        self.name.setCurrentIndex(self.name.findData(name.value))
        self.channel.setCurrentIndex(self.channel.findData(channel.value))
        self.language.setCurrentIndex(self.language.findData(language))

    def _loaded(self, templates: list[Template]) -> None:
        self._templates = {(t.name, t.channel, t.language): t for t in templates}
        self._show_template()

    def _failed(self, error: ClinicError) -> None:
        self.status.setText(error.message)

    def _show_template(self) -> None:
        template = self._templates.get(self.key())
        if template is None:
            return
        email = template.channel is Channel.EMAIL
        self.subject_label.setVisible(email)
        self.subject.setVisible(email)
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)
        allowed = EMAIL_FIELDS if email else SMS_FIELDS
        fields = "; ".join(f"{{{f}}} {shown(FIELD_HELP[f])}" for f in allowed)
        self.fields.setText(
            QCoreApplication.translate("MessageTemplates", "Fields: {fields}").format(fields=fields)
            if email
            else QCoreApplication.translate(
                "MessageTemplates",
                "Fields: {fields}. A text says only where and when: no name, no condition, no treatment.",
            ).format(fields=fields)
        )
        self.status.setText(
            QCoreApplication.translate("MessageTemplates", "Changed by the clinic.")
            if template.custom
            else QCoreApplication.translate("MessageTemplates", "The starting text.")
        )
        self.update_preview()

    def current(self) -> Template:
        name, channel, language = self.key()
        return Template(name, channel, language, self.subject.text(), self.body.toPlainText())

    def update_preview(self) -> None:
        """The template filled in, or what the rules refuse (nothing saved either way)."""
        try:
            subject, body = self._services.messages.preview(self.current())
        except ClinicError as exc:
            self.problem.setText(exc.message)
            self.preview.setEnabled(False)
        else:
            self.problem.setText("")
            self.preview.setEnabled(True)
            self.preview_subject.setText(subject)
            self.preview_subject.setVisible(bool(subject))
            self.preview.setText(body)
            self.preview_title.setText(
                QCoreApplication.translate("MessageTemplates", "Preview · {count} characters").format(
                    count=len(body)
                )
                if self.current().channel is Channel.SMS
                else QCoreApplication.translate("MessageTemplates", "Preview")
            )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not self.problem.text())
        self.previewed.emit()

    def save(self) -> None:
        template = self.current()

        def done(saved: Template) -> None:
            self._templates[(saved.name, saved.channel, saved.language)] = saved
            self.status.setText(
                QCoreApplication.translate(
                    "MessageTemplates", "Saved: {message}, {channel}, {language}."
                ).format(
                    message=shown(saved.name.label),
                    channel=shown(saved.channel.label).lower(),
                    language=LANGUAGES[saved.language],
                )
            )
            self.saved.emit(saved)

        self._operations.run(
            "templates/save", lambda: self._services.messages.save_template(template), done, self._failed
        )

    def reset_template(self) -> None:
        name, channel, language = self.key()

        def done(default: Template) -> None:
            self._templates[(default.name, default.channel, default.language)] = default
            self._show_template()

        self._operations.run(
            "templates/reset",
            lambda: self._services.messages.reset_template(name, channel, language),
            done,
            self._failed,
        )
