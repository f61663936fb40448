"""Import patients from a CSV file: choose the file, match its columns, preview, import, report.

Everything that judges a line lives in ``PatientCsvService``; this window only collects the file
and the column choices and shows what the service says. Reading the file, the preview (a dry run
of the whole import, so the counts and reasons shown are the ones the import will give) and the
import itself run off the GUI thread through ``Operations``; a large file never freezes the window.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patient_csv import (
    CSV_FIELDS,
    FIELD_LABELS,
    REQUIRED_FIELDS,
    ImportReport,
    ParsedCsv,
    PatientCsvService,
    RowResult,
)
from clinic_desktop.ui.appearance import readable_ink
from clinic_desktop.ui.keys import ButtonBox
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.names import name_table, set_name
from clinic_desktop.ui.operations import Operations

PREVIEW_ROWS = 20
NOT_IMPORTED = QT_TRANSLATE_NOOP("ImportPatientsDialog", "(not imported)")
ERROR_INK = "#a02020"  # a refusal's red, made readable in the palette in force (ui/appearance.py)
REJECTED_INK = "#8b0000"  # a rejected line's verdict in the preview (dark red)


def _preview(service: PatientCsvService, parsed: ParsedCsv) -> ImportReport | str:
    """A dry run of the import, or why the file cannot be imported as it is mapped."""
    try:
        return service.import_rows(parsed, dry_run=True)
    except ClinicError as exc:
        return exc.message  # in the window's language (the services' words)


def result_text(row: RowResult | None) -> str:
    """One preview line's verdict: OK (and what it does), or the reason it would be rejected."""
    if row is None:
        return ""
    if not row.ok:
        return shown(row.message)
    note = shown(row.message) if row.message else ""
    if row.action == "updated":
        text = (
            QCoreApplication.translate("ImportPatientsDialog", "OK: updates {mrn} ({note})")
            if note
            else QCoreApplication.translate("ImportPatientsDialog", "OK: updates {mrn}")
        )
    elif row.action == "unchanged":
        text = (
            QCoreApplication.translate("ImportPatientsDialog", "OK: {mrn} is already up to date ({note})")
            if note
            else QCoreApplication.translate("ImportPatientsDialog", "OK: {mrn} is already up to date")
        )
    else:
        text = (
            QCoreApplication.translate("ImportPatientsDialog", "OK ({note})")
            if note
            else QCoreApplication.translate("ImportPatientsDialog", "OK")
        )
    return text.format(mrn=row.mrn, note=note)


def summary_text(report: ImportReport, preview: bool) -> str:
    """ "13 lines: 4 would be new, 1 would be updated, 8 rejected." (without "would be" once imported)."""
    if preview:
        new = QCoreApplication.translate("ImportPatientsDialog", "{count} would be new")
        updated = QCoreApplication.translate("ImportPatientsDialog", "{count} would be updated")
    else:
        new = QCoreApplication.translate("ImportPatientsDialog", "{count} new")
        updated = QCoreApplication.translate("ImportPatientsDialog", "{count} updated")
    parts = [
        new.format(count=f"{report.imported:,}"),
        updated.format(count=f"{report.updated - report.unchanged:,}"),
    ]
    if report.unchanged:
        parts.append(
            QCoreApplication.translate("ImportPatientsDialog", "{count} already up to date").format(
                count=f"{report.unchanged:,}"
            )
        )
    parts.append(
        QCoreApplication.translate("ImportPatientsDialog", "{count} rejected").format(
            count=f"{len(report.rejected):,}"
        )
    )
    duplicates = sum(1 for w in report.warnings if w.line > 1)
    if duplicates:
        parts.append(
            QCoreApplication.translate("ImportPatientsDialog", "{count} with a warning").format(
                count=f"{duplicates:,}"
            )
        )
    summary = (
        QCoreApplication.translate("ImportPatientsDialog", "1 line: {counts}.")
        if report.read == 1
        else QCoreApplication.translate("ImportPatientsDialog", "{count} lines: {counts}.")
    )
    return summary.format(count=f"{report.read:,}", counts=", ".join(parts))


def preview_title() -> str:
    return QCoreApplication.translate("ImportPatientsDialog", "Preview of the first {count} lines").format(
        count=PREVIEW_ROWS
    )


class _ImportLayout(QDialog):
    """The import window's parts, top to bottom (ImportPatientsDialog does the work)."""

    if TYPE_CHECKING:

        def choose_file(self) -> None: ...
        def _mapping_changed(self) -> None: ...
        def save_rejects(self, path: str | Path | None = None) -> Path | None: ...
        def start_import(self) -> None: ...

    def _build_file_row(self) -> QHBoxLayout:
        """The file's path and "Choose file…"."""
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        set_name(
            self.path_edit,
            QCoreApplication.translate("ImportPatientsDialog", "File"),
            QCoreApplication.translate("ImportPatientsDialog", "The CSV file to import"),
        )
        self.path_edit.setPlaceholderText(
            QCoreApplication.translate(
                "ImportPatientsDialog", "Choose a CSV file (UTF-8, comma or semicolon separated)"
            )
        )
        self.choose_button = QPushButton(QCoreApplication.translate("ImportPatientsDialog", "Choose file…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(QCoreApplication.translate("ImportPatientsDialog", "File:")))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        return file_row

    def _build_mapping(self) -> QGroupBox:
        """Each patient field and the file's column read for it (self.combos)."""
        self.mapping_table = QTableWidget(len(CSV_FIELDS), 2)
        self.mapping_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportPatientsDialog", "Patient field"),
                QCoreApplication.translate("ImportPatientsDialog", "Column in the file"),
            ]
        )
        name_table(
            self.mapping_table,
            QCoreApplication.translate("ImportPatientsDialog", "Columns"),
            QCoreApplication.translate(
                "ImportPatientsDialog", "Each patient field and the file's column read for it"
            ),
        )
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.combos: dict[str, QComboBox] = {}
        for row, name in enumerate(CSV_FIELDS):
            field = shown(FIELD_LABELS[name])
            label = field + (" *" if name in REQUIRED_FIELDS else "")
            item = QTableWidgetItem(label)
            item.setToolTip(
                QCoreApplication.translate("ImportPatientsDialog", "CSV header: {name}").format(name=name)
            )
            self.mapping_table.setItem(row, 0, item)
            combo = QComboBox()
            combo.setEnabled(False)
            set_name(
                combo,
                QCoreApplication.translate("ImportPatientsDialog", "Column in the file for {field}").format(
                    field=field
                ),
            )
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_table.setCellWidget(row, 1, combo)
            self.combos[name] = combo
        mapping_box = QGroupBox(QCoreApplication.translate("ImportPatientsDialog", "Columns"))
        mapping_layout = QVBoxLayout(mapping_box)
        mapping_layout.addWidget(self.mapping_table)
        return mapping_box

    def _build_preview(self) -> QGroupBox:
        """The dry run's first lines and its summary."""
        self.preview_table = QTableWidget(0, 4)
        self.preview_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportPatientsDialog", "Line"),
                QCoreApplication.translate("ImportPatientsDialog", "Name"),
                QCoreApplication.translate("ImportPatientsDialog", "Date of birth"),
                QCoreApplication.translate("ImportPatientsDialog", "Result"),
            ]
        )
        name_table(
            self.preview_table,
            QCoreApplication.translate("ImportPatientsDialog", "Preview"),
            QCoreApplication.translate(
                "ImportPatientsDialog", "What importing the file's first lines would do"
            ),
        )
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setWordWrap(False)
        heading = self.preview_table.horizontalHeader()
        for column in (0, 1, 2):
            heading.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        heading.setStretchLastSection(True)
        self.preview_summary = QLabel("")
        self.preview_summary.setWordWrap(True)
        self.preview_box = preview_box = QGroupBox(preview_title())
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview_table, 1)
        preview_layout.addWidget(self.preview_summary)
        return preview_box

    def _build_report(self) -> None:
        """The import's result and its rejected rows (hidden until there is one)."""
        self.report_box = QGroupBox(QCoreApplication.translate("ImportPatientsDialog", "Result"))
        self.report_label = QLabel("")
        self.report_label.setWordWrap(True)
        self.rejected_list = QListWidget()
        self.rejected_list.setMaximumHeight(160)
        self.save_rejects_button = QPushButton(
            QCoreApplication.translate("ImportPatientsDialog", "Save rejected rows…")
        )
        self.save_rejects_button.setAutoDefault(False)
        self.save_rejects_button.clicked.connect(lambda: self.save_rejects())
        report_layout = QVBoxLayout(self.report_box)
        report_layout.addWidget(self.report_label)
        report_layout.addWidget(self.rejected_list)
        report_row = QHBoxLayout()
        report_row.addStretch(1)
        report_row.addWidget(self.save_rejects_button)
        report_layout.addLayout(report_row)
        self.report_box.hide()

    def _build_bottom(self) -> QHBoxLayout:
        """The status beside Import and Close."""
        self.status_label = QLabel(
            QCoreApplication.translate("ImportPatientsDialog", "Choose the file to import.")
        )
        self.status_label.setWordWrap(True)
        self.buttons = ButtonBox()
        self.import_button = self.buttons.addButton(
            QCoreApplication.translate("ImportPatientsDialog", "Import"),
            QDialogButtonBox.ButtonRole.ApplyRole,
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)
        return bottom


class ImportPatientsDialog(_ImportLayout):
    """One window, top to bottom: the file, its columns, a preview of the first lines, the result."""

    imported = Signal(object)  # the ImportReport, once the import is written
    previewed = Signal(object)  # the dry run's ImportReport, or the message why there is none
    progress = Signal(str)  # what the import is doing, from its worker thread (shown in the status)

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = PatientCsvService(services)
        self._operations = operations
        self._parsed: ParsedCsv | None = None
        self._preview_report: ImportReport | None = None
        self._report: ImportReport | None = None
        self._importing = False
        self._closed = False  # results arriving after the window closed are dropped
        self.setWindowTitle(
            QCoreApplication.translate("ImportPatientsDialog", "Import patients from a CSV file")
        )
        self.resize(1100, 700)
        file_row = self._build_file_row()
        mapping_box = self._build_mapping()
        preview_box = self._build_preview()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(mapping_box)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 720])
        self._build_report()
        bottom = self._build_bottom()
        self.progress.connect(self._show_progress)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.report_box)
        layout.addLayout(bottom)

    # --- the file -------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ImportPatientsDialog", "Import patients"),
            "",
            QCoreApplication.translate("ImportPatientsDialog", "CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path) -> None:
        """Read the file and preview it, off the GUI thread."""
        self.path_edit.setText(str(path))
        self._parsed = None
        self._report = None
        self.report_box.hide()
        self.preview_box.setTitle(preview_title())
        self.preview_table.setRowCount(0)
        self.preview_summary.setText("")
        self._set_state(
            QCoreApplication.translate("ImportPatientsDialog", "Reading {file}…").format(
                file=Path(path).name
            ),
            can_import=False,
        )
        service = self._service

        def work() -> tuple[ParsedCsv, ImportReport | str]:
            parsed = service.read(path)
            return parsed, _preview(service, parsed)

        self._operations.run("import-preview", work, self._file_read, self._failed)

    def _file_read(self, result: tuple[ParsedCsv, ImportReport | str]) -> None:
        if self._closed:
            return
        parsed, preview = result
        self._parsed = parsed
        unnamed = QCoreApplication.translate("ImportPatientsDialog", "(column {number})")
        choices = [QCoreApplication.translate("ImportPatientsDialog", NOT_IMPORTED)] + [
            c or unnamed.format(number=i + 1) for i, c in enumerate(parsed.columns)
        ]
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(choices)
            index = parsed.mapping.get(name)
            combo.setCurrentIndex(0 if index is None else index + 1)
            combo.setEnabled(True)
            combo.blockSignals(False)
        self._show_preview(preview)

    # --- the columns and the preview ------------------------------------------------------------

    def mapping(self) -> dict[str, int | None]:
        """Field -> column index as chosen in the table (None: not imported)."""
        return {
            name: (combo.currentIndex() - 1 if combo.currentIndex() > 0 else None)
            for name, combo in self.combos.items()
        }

    def set_column(self, field_name: str, column: str | None) -> None:
        """Choose the column (by its header) for a field, as a person would in the table."""
        combo = self.combos[field_name]
        combo.setCurrentIndex(0 if column is None else combo.findText(column))

    def _mapping_changed(self) -> None:
        if self._parsed is None or self._importing:
            return
        try:
            self._parsed = self._parsed.remap(self.mapping())
        except ClinicError as exc:
            self._set_state(exc.message, can_import=False, error=True)
            return
        parsed, service = self._parsed, self._service
        self._set_state(
            QCoreApplication.translate("ImportPatientsDialog", "Checking the lines…"), can_import=False
        )
        self._operations.run(
            "import-preview", lambda: _preview(service, parsed), self._show_preview, self._failed
        )

    def _show_preview(self, preview: ImportReport | str) -> None:
        if self._closed or self._parsed is None:
            return
        report = preview if isinstance(preview, ImportReport) else None
        self._preview_report = report
        self._fill_table(report)
        if report is None:
            self.preview_summary.setText("")
            self._set_state(str(preview), can_import=False, error=True)
        else:
            self.preview_summary.setText(summary_text(report, preview=True))
            ready = report.imported + report.updated - report.unchanged > 0
            self._set_state(
                QCoreApplication.translate("ImportPatientsDialog", "Ready to import.")
                if ready
                else QCoreApplication.translate(
                    "ImportPatientsDialog", "Nothing in this file would change the clinic's records."
                ),
                can_import=ready,
            )
        self.previewed.emit(preview)

    def _fill_table(self, report: ImportReport | None) -> None:
        """The first lines of the file, each with what the import does (or would do) with it."""
        parsed = self._parsed
        if parsed is None:
            return
        records = parsed.records[:PREVIEW_ROWS]
        self.preview_table.setRowCount(len(records))
        for row, record in enumerate(records):
            name = f"{parsed.cell(record, 'given_name')} {parsed.cell(record, 'family_name')}".strip()
            name = name or parsed.cell(record, "mrn") or parsed.cell(record, "external_id")
            result = report.result(record.line) if report else None
            cells = [str(record.line), name, parsed.cell(record, "date_of_birth"), result_text(result)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text.replace("\n", " "))
                if column == 3 and result is not None:
                    item.setToolTip(text)
                    if not result.ok:
                        item.setForeground(QColor(readable_ink(REJECTED_INK, QPalette.ColorRole.Base)))
                self.preview_table.setItem(row, column, item)

    # --- importing ------------------------------------------------------------------------------

    def start_import(self) -> None:
        if self._parsed is None or self._importing or not self.import_button.isEnabled():
            return
        self._importing = True
        self._set_state(QCoreApplication.translate("ImportPatientsDialog", "Importing…"), can_import=False)
        parsed, service, emit = self._parsed, self._service, self.progress.emit

        def progress(message: str) -> None:
            with suppress(RuntimeError):  # the window went with the application: the import goes on
                emit(shown(message))  # in the window's language here: the signal carries a plain str

        self._operations.run(
            "import-run",
            lambda: service.import_rows(parsed, progress=progress),
            self._import_done,
            self._import_failed,
        )

    def _show_progress(self, message: str) -> None:
        """A large import takes a minute: say what it is doing (the other desks go on working)."""
        if self._importing and not self._closed:
            self.status_label.setText(
                QCoreApplication.translate("ImportPatientsDialog", "Importing… {step}").format(step=message)
            )

    def _import_done(self, report: ImportReport) -> None:
        self._importing = False
        if self._closed:
            return
        self._report = report
        self._fill_table(report)  # the lines as they were actually imported
        self.preview_box.setTitle(
            QCoreApplication.translate("ImportPatientsDialog", "The first {count} lines, as imported").format(
                count=PREVIEW_ROWS
            )
        )
        self.preview_summary.setText("")
        self.report_label.setText(summary_text(report, preview=False))
        self.rejected_list.clear()
        for rejected in report.rejected:
            self.rejected_list.addItem(
                QCoreApplication.translate("ImportPatientsDialog", "Line {line}: {reason}").format(
                    line=rejected.line, reason=shown(rejected.reason)
                )
            )
        for warning in report.warnings:
            self.rejected_list.addItem(
                QCoreApplication.translate("ImportPatientsDialog", "Line {line}, warning: {warning}").format(
                    line=warning.line, warning=shown(warning.message)
                )
            )
        self.save_rejects_button.setEnabled(bool(report.rejected))
        self.report_box.show()
        count = len(report.rejected)
        if count == 1:
            said = QCoreApplication.translate(
                "ImportPatientsDialog", "Imported. 1 line rejected: see the list."
            )
        elif count:
            said = QCoreApplication.translate(
                "ImportPatientsDialog", "Imported. {count} lines rejected: see the list."
            ).format(count=f"{count:,}")
        else:
            said = QCoreApplication.translate("ImportPatientsDialog", "Imported.")
        self._set_state(said, can_import=False)
        self.import_button.setDefault(False)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.imported.emit(report)

    def _import_failed(self, error: ClinicError) -> None:
        self._importing = False
        if self._closed:
            return
        self._set_state(
            QCoreApplication.translate("ImportPatientsDialog", "Nothing was imported: {reason}").format(
                reason=error.message
            ),
            can_import=True,
            error=True,
        )

    def _failed(self, error: ClinicError) -> None:
        if self._closed:
            return
        self._set_state(error.message, can_import=False, error=True)
        self.previewed.emit(error.message)

    def save_rejects(self, path: str | Path | None = None) -> Path | None:
        """Write the rejected lines (with line numbers and reasons) to a CSV file to correct."""
        if self._report is None:
            return None
        if path is None:
            source = Path(self.path_edit.text())
            suggested = str(source.with_name(f"{source.stem}-rejected.csv"))
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("ImportPatientsDialog", "Save rejected rows"),
                suggested,
                QCoreApplication.translate("ImportPatientsDialog", "CSV files (*.csv)"),
            )
            if not chosen:
                return None
            path = chosen
        try:
            self._service.write_rejects(self._report, path)
        except ClinicError as exc:
            self._set_state(exc.message, can_import=False, error=True)
            return None
        self._set_state(
            QCoreApplication.translate(
                "ImportPatientsDialog", "The rejected rows were saved to {file}."
            ).format(file=path),
            can_import=False,
        )
        return Path(path)

    # --- state ----------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._importing

    def _set_state(self, message: str, can_import: bool, error: bool = False) -> None:
        self.status_label.setText(message)
        self.status_label.setStyleSheet(f"color: {readable_ink(ERROR_INK)};" if error else "")
        self.import_button.setEnabled(can_import and not self._importing)
        self.close_button.setEnabled(not self._importing)
        self.choose_button.setEnabled(not self._importing)
        for combo in self.combos.values():
            combo.setEnabled(self._parsed is not None and not self._importing)

    def reject(self) -> None:
        """Esc and Close: not while the import is being written (it cannot be stopped halfway)."""
        if self._importing:
            return
        self._closed = True
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._importing:
            event.ignore()
            return
        self._closed = True
        super().closeEvent(event)
