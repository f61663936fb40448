"""The Backup and restore window: the list of automatic backups, a backup now, a restore that is
checked and confirmed first, all off the GUI thread; the window's automatic daily backup."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from clinic_desktop.domain.backups import describe_size
from clinic_desktop.domain.date_formats import DateFormat
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.backup import BackupEntry, BackupReport, RestoreReport
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.ui.dates import use_date_format
from clinic_desktop.ui.dialogs.backup import BackupDialog
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.operations import Operations
from tests.conftest import FIXED_NOW


class Answers:
    """Stands in for the person: records each question and gives the chosen answer."""

    def __init__(self, yes: bool) -> None:
        self.yes = yes
        self.asked: list[str] = []
        self.told: list[str] = []

    def confirm(self, _title: str, text: str) -> bool:
        self.asked.append(text)
        return self.yes

    def inform(self, _title: str, text: str) -> None:
        self.told.append(text)


def patients(services: ClinicServices) -> int:
    return services.clinic.info().counts["patients"]


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    services.clinic.set_setting("timezone", "America/New_York")
    for given, family in (("Ines", "Ortega"), ("Tomas", "Novak")):
        services.patients.add(PatientInput(given, family, "1970-01-01"))
    return services


@pytest.fixture
def open_dialog(qtbot: QtBot, clinic: ClinicServices) -> Iterator[BackupDialog]:
    operations = Operations(clinic.end_thread)

    def make() -> BackupDialog:
        dialog = BackupDialog(clinic, operations)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.listed, timeout=10_000):
            dialog.show()
        return dialog

    yield make  # type: ignore[misc]
    operations.wait()


def test_the_automatic_backups_are_listed_newest_first(open_dialog, clinic: ClinicServices) -> None:  # type: ignore[no-untyped-def]
    use_date_format(DateFormat.UK)  # the clinic's format: day, month in a word, year
    for day in (0, 1, 2):
        clinic.backup.auto_backup_if_due(FIXED_NOW + timedelta(days=day))
    dialog: BackupDialog = open_dialog()
    rows = [
        [dialog.list.topLevelItem(r).text(c) for c in range(3)]
        for r in range(dialog.list.topLevelItemCount())
    ]
    entries: list[BackupEntry] = clinic.backup.backups()
    assert [row[2] for row in rows] == [
        "clinic-2026-11-25-1000.db", "clinic-2026-11-24-1000.db", "clinic-2026-11-23-1000.db"
    ]  # fmt: skip
    assert rows[0][0] == "Wed 25 Nov 2026  10:00"
    assert rows[0][1] == describe_size(entries[0].size)
    assert "Wed 25 Nov 2026 at 10:00" in dialog.status_label.text()
    assert str(clinic.backup.folder()) in dialog.folder_label.text()
    assert not dialog.restore_button.isEnabled()  # nothing selected yet
    dialog.list.setCurrentItem(dialog.list.topLevelItem(1))
    assert dialog.restore_button.isEnabled()


def test_with_no_backup_yet_the_window_says_so(open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog: BackupDialog = open_dialog()
    assert dialog.list.topLevelItemCount() == 0
    assert "There is no automatic backup yet" in dialog.empty_label.text()


def test_back_up_now_runs_off_the_gui_thread_and_reports(
    qtbot: QtBot,
    open_dialog,
    clinic: ClinicServices,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    dialog: BackupDialog = open_dialog()
    target = tmp_path / "now.db"
    with qtbot.waitSignal(dialog.backed_up, timeout=10_000) as done:
        dialog.back_up_now(target)
        # while it runs: a busy bar, and nothing else can be started
        assert dialog.busy and dialog.progress.isVisible()
        assert not dialog.backup_button.isEnabled() and not dialog.restore_file_button.isEnabled()
    report: BackupReport = done.args[0]
    assert report.file == str(target) and target.exists()
    assert report.counts["patients"] == 2
    assert "The copy was checked" in dialog.status_label.text() and str(target) in dialog.status_label.text()
    assert not dialog.busy and not dialog.progress.isVisible() and dialog.backup_button.isEnabled()


def test_a_restore_is_checked_then_asked_and_cancel_changes_nothing(
    qtbot: QtBot,
    open_dialog,
    clinic: ClinicServices,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    backup = clinic.backup.backup(tmp_path / "friday.db")
    clinic.patients.add(PatientInput("Late", "Entry", "1990-01-01"))
    dialog: BackupDialog = open_dialog()
    answers = Answers(yes=False)
    dialog.confirm, dialog.inform = answers.confirm, answers.inform
    with qtbot.waitSignal(dialog.verified, timeout=10_000):
        dialog.restore_from_file(backup.file)
    assert len(answers.asked) == 1
    question = answers.asked[0]
    assert "friday.db" in question and "2 patients" in question
    assert "The current database is kept first" in question and "clinic-before-restore-" in question
    assert "this application closes" in question
    assert dialog.status_label.text() == "Nothing was restored."
    assert patients(clinic) == 3
    assert not list(tmp_path.glob("clinic-before-restore-*"))
    assert dialog.isVisible()


def test_a_confirmed_restore_replaces_the_database_and_asks_for_a_restart(
    qtbot: QtBot,
    open_dialog,
    clinic: ClinicServices,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    use_date_format(DateFormat.UK)
    clinic.backup.auto_backup_if_due(FIXED_NOW - timedelta(days=1))
    clinic.patients.add(PatientInput("Late", "Entry", "1990-01-01"))
    dialog: BackupDialog = open_dialog()
    answers = Answers(yes=True)
    dialog.confirm, dialog.inform = answers.confirm, answers.inform
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    with qtbot.waitSignal(dialog.restored, timeout=20_000) as done:
        dialog.restore_button.click()
    report: RestoreReport = done.args[0]
    assert "Sun 22 Nov 2026 at 10:00" in answers.asked[0]  # the backup's own time
    assert patients(clinic) == 2 == report.counts["patients"]
    assert report.previous is not None and Path(report.previous).exists()
    assert "will now close" in answers.told[0] and report.previous in answers.told[0]
    assert not dialog.isVisible()
    assert clinic.clinic.check() == []


def test_a_file_that_cannot_be_restored_is_refused_without_asking(
    qtbot: QtBot,
    open_dialog,
    clinic: ClinicServices,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("not a database", encoding="utf-8")
    dialog: BackupDialog = open_dialog()
    answers = Answers(yes=True)
    dialog.confirm = answers.confirm
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.restore_from_file(junk)
    assert answers.asked == []
    assert dialog.status_label.text().startswith("This file cannot be restored: junk.db is not a clinic")
    assert "a02020" in dialog.status_label.styleSheet()
    assert patients(clinic) == 2 and dialog.restore_file_button.isEnabled()


def test_the_file_menu_opens_it_and_the_window_closes_after_a_restore(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    action = window.registry["backup_restore"]
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    backup = window.services.backup.backup(tmp_path / "before.db")
    action.trigger()
    dialog = window.findChild(BackupDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy and window.operations.pending == 0, timeout=10_000)
    answers = Answers(yes=True)
    dialog.confirm, dialog.inform = answers.confirm, answers.inform
    with qtbot.waitSignal(dialog.restored, timeout=20_000):
        dialog.restore_from_file(backup.file)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    assert window.services.clinic.check() == []


def test_the_window_takes_the_daily_backup_off_the_gui_thread(qtbot: QtBot, window: MainWindow) -> None:
    """The automatic backup is a job of the window's runner (ui/jobs.py), like the other
    background work."""
    assert window.jobs.run_now("backup") is False  # quiet (smoke runs, tests): never
    window.quiet = False
    with qtbot.waitSignal(
        window.jobs.finished, timeout=20_000, check_params_cb=lambda k, _r: k == "backup"
    ) as done:
        assert window.jobs.run_now("backup") is True
        assert window.jobs.run_now("backup") is False  # one at a time
    report: BackupReport = done.args[1]
    assert report is not None and report.automatic and Path(report.file).exists()
    assert "Automatic backup taken" in window.statusBar().currentMessage()
    with qtbot.waitSignal(
        window.jobs.finished, timeout=20_000, check_params_cb=lambda k, _r: k == "backup"
    ) as again:
        window.jobs.run_now("backup")
    assert again.args[1] is None  # not due again within 24 hours
    hourly = window.jobs.timer("backup")
    assert hourly is not None and hourly.isActive() and hourly.interval() == 60 * 60 * 1000
