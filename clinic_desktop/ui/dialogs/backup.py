"""Backup and restore: the automatic backups (when, how big), a backup now, a restore.

Everything is the backup service's: this window lists what it says, asks where to write or what to
restore, and runs the work off the GUI thread through ``Operations`` with a busy bar. A restore is
checked before it is offered (the confirmation says what the file holds, when it was taken, and
that the current database is kept), then run.

After a restore the application closes and is started again, rather than reloading in place: every
open view, chart window, half-typed form and cached setting (time zone, clinic name, the lists of
providers) came from the database that was replaced, and restarting is the one way to be sure
that none of them writes old ids into the restored clinic.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop import APP_TITLE
from clinic_desktop.domain.backups import backup_name, describe_size
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.backup import BackupEntry, BackupReport, RestoreReport
from clinic_desktop.ui.appearance import readable_ink
from clinic_desktop.ui.dates import display_long_date, display_time
from clinic_desktop.ui.keys import ButtonBox
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.names import name_table
from clinic_desktop.ui.operations import Operations

PATH_ROLE = Qt.ItemDataRole.UserRole
TIME_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_INK = "#a02020"  # a refusal's red, made readable in the palette in force (ui/appearance.py)
# What a backup holds, by the backup service's keys (the English words themselves otherwise).
COUNTED = {
    "patients": QT_TRANSLATE_NOOP("BackupDialog", "{count} patients"),
    "providers": QT_TRANSLATE_NOOP("BackupDialog", "{count} providers"),
    "appointments": QT_TRANSLATE_NOOP("BackupDialog", "{count} appointments"),
    "treatments": QT_TRANSLATE_NOOP("BackupDialog", "{count} treatments"),
}


def counts_text(counts: Mapping[str, int]) -> str:
    """The counts a backup holds ("2 patients, 1 providers, …"), in the window's language."""
    return ", ".join(
        QCoreApplication.translate("BackupDialog", COUNTED[what]).format(count=f"{n:,}")
        if what in COUNTED
        else f"{n:,} {what}"
        for what, n in counts.items()
    )


def confirmation_text(report: BackupReport, when: datetime, live_file: Path | None, folder: Path) -> str:
    """What a restore asks first: what the file holds, when it was taken, where the current
    database is kept (beside ``live_file``, a SQLite database, else as a dump in ``folder``) and that
    the application closes afterwards."""
    fields = {
        "file": Path(report.file).name,
        "date": display_long_date(when.date()),
        "time": display_time(when),
        "counts": counts_text(report.counts),
        "schema": report.schema_version,
        "app": APP_TITLE,
    }
    question = (
        QCoreApplication.translate(
            "BackupDialog",
            "Replace the clinic database with the backup {file}, taken {date} at {time}? "
            "It holds {counts} (schema {schema}).",
        )
        if report.counts
        else QCoreApplication.translate(
            "BackupDialog", "Replace the clinic database with the backup {file}, taken {date} at {time}?"
        )
    )
    if live_file is not None:
        kept = QCoreApplication.translate(
            "BackupDialog",
            "Everything entered after that backup will no longer be in the clinic's records. The current "
            "database is kept first, beside it as {stem}-before-restore-<date and time>{suffix}, so the "
            "restore can be undone by restoring that copy.",
        ).format(stem=live_file.stem, suffix=live_file.suffix)
    else:
        kept = QCoreApplication.translate(
            "BackupDialog",
            "Everything entered after that backup will no longer be in the clinic's records. The current "
            "database is kept first, as a dump in {folder}, so the restore can be undone by restoring "
            "that copy.",
        ).format(folder=folder)
    others = QCoreApplication.translate(
        "BackupDialog",
        "Other workstations should stop working while it runs. When it is done this application "
        "closes; start {app} again to work on the restored database.",
    )
    return "\n\n".join([question.format(**fields), kept, others.format(**fields)])


def restored_text(report: RestoreReport) -> str:
    """What a restore did: from which file, where the database it replaced is, any upgrade."""
    sentences = [
        QCoreApplication.translate("BackupDialog", "The clinic database was restored from {file}.").format(
            file=Path(report.file).name
        )
    ]
    if report.previous:
        sentences.append(
            QCoreApplication.translate("BackupDialog", "The database it replaced was kept as {file}.").format(
                file=report.previous
            )
        )
    if report.migrated_from != report.schema_version:
        sentences.append(
            QCoreApplication.translate(
                "BackupDialog", "The backup was upgraded from schema {old} to {new}."
            ).format(old=report.migrated_from, new=report.schema_version)
        )
    return " ".join(sentences)


def ask(parent: QWidget, title: str, text: str, action: str) -> bool:
    """A question whose safe answer (Cancel) is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go


class BackupDialog(QDialog):
    listed = Signal(list)  # the automatic backups, newest first, as shown
    backed_up = Signal(object)  # BackupReport
    verified = Signal(object)  # BackupReport of a file about to be restored
    restored = Signal(object)  # RestoreReport: the application must be started again
    failed = Signal(str)  # the refusal's message, as shown

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._service = services.backup
        self._operations = operations
        self._busy = ""  # what is running: "", "backup", "verify", "restore"
        self._closed = False
        # What a person answers; tests put their own answers here.
        self.confirm: Callable[[str, str], bool] = self._ask
        self.inform: Callable[[str, str], None] = self._tell
        self.setWindowTitle(QCoreApplication.translate("BackupDialog", "Backup and restore"))
        self.resize(760, 520)

        location = services.store.location
        database = QLabel(
            QCoreApplication.translate("BackupDialog", "<b>Database:</b> {location}").format(
                location=escape(location.display)
            )
        )
        database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder = self._service.folder()
        self.folder_label = QLabel(
            QCoreApplication.translate(
                "BackupDialog", "<b>Automatic backups</b> ({policy}), in {folder}"
            ).format(policy=escape(shown(self._service.policy.describe())), folder=escape(str(folder)))
        )
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build_list()
        actions = self._build_actions()
        bottom = self._build_bottom()

        layout = QVBoxLayout(self)
        layout.addWidget(database)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addLayout(bottom)
        self._update_buttons()
        self.refresh()

    def _build_list(self) -> None:
        """The automatic backups, newest first, and what is said when there are none."""
        self.list = QTreeWidget()
        name_table(
            self.list,
            QCoreApplication.translate("BackupDialog", "Automatic backups"),
            QCoreApplication.translate("BackupDialog", "Newest first"),
        )
        self.list.setHeaderLabels(
            [
                QCoreApplication.translate("BackupDialog", "Taken"),
                QCoreApplication.translate("BackupDialog", "Size"),
                QCoreApplication.translate("BackupDialog", "File"),
            ]
        )
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.restore_selected())
        self.empty_label = QLabel("")
        self.empty_label.setWordWrap(True)

    def _build_actions(self) -> QHBoxLayout:
        """Back up now, Restore and Restore from file."""
        self.backup_button = QPushButton(QCoreApplication.translate("BackupDialog", "&Back up now…"))
        self.backup_button.setToolTip(
            QCoreApplication.translate(
                "BackupDialog", "Write a copy of the database, while it is in use, and check it"
            )
        )
        self.backup_button.clicked.connect(lambda: self.back_up_now())
        self.restore_button = QPushButton(QCoreApplication.translate("BackupDialog", "&Restore…"))
        self.restore_button.setToolTip(
            QCoreApplication.translate(
                "BackupDialog", "Replace the database with the selected backup (the current one is kept)"
            )
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(
            QCoreApplication.translate("BackupDialog", "Restore from &file…")
        )
        self.restore_file_button.setToolTip(
            QCoreApplication.translate(
                "BackupDialog", "Replace the database with a backup file from elsewhere"
            )
        )
        self.restore_file_button.clicked.connect(lambda: self.restore_from_file())
        for button in (self.backup_button, self.restore_button, self.restore_file_button):
            button.setAutoDefault(False)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addStretch(1)
        actions.addWidget(self.restore_button)
        actions.addWidget(self.restore_file_button)
        return actions

    def _build_bottom(self) -> QHBoxLayout:
        """The progress bar (shown while busy); the status beside Close."""
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: a backup's length is not known in advance
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        self.status_label = QLabel(QCoreApplication.translate("BackupDialog", "Loading the list of backups…"))
        self.status_label.setWordWrap(True)
        self.buttons = ButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)
        return bottom

    # --- the list -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._operations.run("backup-list", self._service.backups, self._listed, self._failed)

    def _listed(self, entries: list[BackupEntry]) -> None:
        if self._closed:
            return
        self.list.clear()
        clinic_time = self._services.time
        for entry in entries:
            taken = clinic_time.to_local(entry.taken_at)
            item = QTreeWidgetItem(
                [
                    f"{display_long_date(taken.date())}  {display_time(taken)}",
                    shown(describe_size(entry.size)),
                    entry.path.name,
                ]
            )
            item.setData(0, PATH_ROLE, str(entry.path))
            item.setData(0, TIME_ROLE, entry.taken_at)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(2, str(entry.path))
            self.list.addTopLevelItem(item)
        if entries:
            self.empty_label.hide()
            if not self._busy:
                last = clinic_time.to_local(entries[0].taken_at)
                self._set_status(
                    QCoreApplication.translate(
                        "BackupDialog", "The last automatic backup was taken {date} at {time}."
                    ).format(date=display_long_date(last.date()), time=display_time(last))
                )
        else:
            self.empty_label.setText(
                QCoreApplication.translate(
                    "BackupDialog",
                    "There is no automatic backup yet: the application takes one when it has been open "
                    "a few seconds, then every day.",
                )
            )
            self.empty_label.show()
            if not self._busy:
                self._set_status("")
        self._update_buttons()
        self.listed.emit(entries)

    def selected_entry(self) -> tuple[Path, datetime] | None:
        items = self.list.selectedItems()
        if not items:
            return None
        return Path(str(items[0].data(0, PATH_ROLE))), items[0].data(0, TIME_ROLE)

    # --- backup ---------------------------------------------------------------------------------

    def suggested_path(self) -> Path:
        folder = self._service.folder()
        now = self._services.time.to_local(self._services.now()).replace(tzinfo=None)
        where = folder if folder.is_dir() else folder.parent
        return where / backup_name(now, self._service.suffix)

    def _file_filter(self) -> str:
        if self._service.kind == "sqlite":
            return QCoreApplication.translate("BackupDialog", "Clinic backups (*.db);;All files (*)")
        return QCoreApplication.translate("BackupDialog", "PostgreSQL backups (*.dump);;All files (*)")

    def back_up_now(self, path: str | Path | None = None) -> None:
        if self._busy:
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("BackupDialog", "Back up the clinic database"),
                str(self.suggested_path()),
                self._file_filter(),
            )
            if not chosen:
                return
            path = chosen
        target = Path(path)
        self._start(
            "backup",
            QCoreApplication.translate("BackupDialog", "Backing up to {file}…").format(file=target.name),
        )
        service = self._service
        self._operations.run("backup-run", lambda: service.backup(target), self._backed_up, self._failed)

    def _backed_up(self, report: BackupReport) -> None:
        self._stop()
        if self._closed:
            return
        self._set_status(
            QCoreApplication.translate(
                "BackupDialog", "Backed up to {file} ({size}; {counts}). The copy was checked."
            ).format(
                file=report.file, size=shown(describe_size(report.size)), counts=counts_text(report.counts)
            )
        )
        self.refresh()
        self.backed_up.emit(report)

    # --- restore --------------------------------------------------------------------------------

    def restore_selected(self) -> None:
        selected = self.selected_entry()
        if selected is not None:
            self.restore_file(selected[0], selected[1])

    def restore_from_file(self, path: str | Path | None = None) -> None:
        if path is None:
            folder = self._service.folder()
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                QCoreApplication.translate("BackupDialog", "Restore the clinic database from"),
                str(folder if folder.is_dir() else folder.parent),
                self._file_filter(),
            )
            if not chosen:
                return
            path = chosen
        self.restore_file(Path(path))

    def restore_file(self, path: Path, taken_at: datetime | None = None) -> None:
        """Check the file (off the GUI thread), then ask, then restore."""
        if self._busy:
            return
        self._start(
            "verify", QCoreApplication.translate("BackupDialog", "Checking {file}…").format(file=path.name)
        )
        service = self._service
        self._operations.run(
            "backup-verify",
            lambda: service.verify(path),
            lambda report: self._verified(report, taken_at),
            self._failed,
        )

    def confirmation_text(self, report: BackupReport, taken_at: datetime | None) -> str:
        when = self._services.time.to_local(taken_at or report.taken_at)
        live = self._services.store.location
        live_file = live.path if live.kind == "sqlite" else None
        return confirmation_text(report, when, live_file, self._service.folder())

    def _verified(self, report: BackupReport, taken_at: datetime | None) -> None:
        self._stop()
        if self._closed:
            return
        self.verified.emit(report)
        name = Path(report.file).name
        self._set_status(
            QCoreApplication.translate("BackupDialog", "{file} was checked: it can be restored.").format(
                file=name
            )
        )
        title = QCoreApplication.translate("BackupDialog", "Restore the clinic database?")
        if not self.confirm(title, self.confirmation_text(report, taken_at)):
            self._set_status(QCoreApplication.translate("BackupDialog", "Nothing was restored."))
            return
        self._start(
            "restore",
            QCoreApplication.translate(
                "BackupDialog", "Restoring from {file}… (do not switch the computer off)"
            ).format(file=name),
        )
        service, source = self._service, report.file
        self._operations.run("backup-restore", lambda: service.restore(source), self._restored, self._failed)

    def _restored(self, report: RestoreReport) -> None:
        self._stop()
        message = restored_text(report)
        self._set_status(message)
        self._update_buttons(finished=True)
        closing = QCoreApplication.translate(
            "BackupDialog", "{app} will now close. Start it again to work on the restored database."
        ).format(app=APP_TITLE)
        self.inform(QCoreApplication.translate("BackupDialog", "Restored"), f"{message}\n\n{closing}")
        self._closed = True
        self.accept()
        self.restored.emit(report)

    def _ask(self, title: str, text: str) -> bool:
        return ask(self, title, text, QCoreApplication.translate("BackupDialog", "Restore"))

    def _tell(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    # --- state ----------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return bool(self._busy)

    def _start(self, what: str, message: str) -> None:
        self._busy = what
        self.progress.show()
        self._set_status(message)
        self._update_buttons()

    def _stop(self) -> None:
        self._busy = ""
        self.progress.hide()
        self._update_buttons()

    def _failed(self, error: ClinicError) -> None:
        message = error.message
        what = self._busy
        self._stop()
        if self._closed:
            return
        if what == "restore":
            said = QCoreApplication.translate("BackupDialog", "Nothing was restored: {reason}")
        elif what == "verify":
            said = QCoreApplication.translate("BackupDialog", "This file cannot be restored: {reason}")
        elif what == "backup":
            said = QCoreApplication.translate("BackupDialog", "The backup failed: {reason}")
        else:
            said = "{reason}"
        self._set_status(said.format(reason=message), error=True)
        self.failed.emit(message)

    def _set_status(self, message: str, error: bool = False) -> None:
        self.status_label.setText(message)
        self.status_label.setStyleSheet(f"color: {readable_ink(ERROR_INK)};" if error else "")

    def _update_buttons(self, finished: bool = False) -> None:
        idle = not self._busy and not finished
        self.backup_button.setEnabled(idle)
        self.restore_file_button.setEnabled(idle)
        self.restore_button.setEnabled(idle and self.selected_entry() is not None)
        self.close_button.setEnabled(self._busy != "restore")

    def reject(self) -> None:
        """Esc and Close: not while a restore is being written (it cannot be stopped halfway)."""
        if self._busy == "restore":
            return
        self._closed = True
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy == "restore":
            event.ignore()
            return
        self._closed = True
        super().closeEvent(event)
