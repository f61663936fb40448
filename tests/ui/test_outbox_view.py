"""The Outbox view and the template editor in the window: the list as the outbox holds it, Send
now through the window's job runner to a real gateway on localhost, Retry and Cancel, the
template editor's preview and its refusals; and the window's background jobs stop by their token
when the window locks. Screenshots of both are saved to docs/ for the README."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.domain.outbox import Channel, MessageState, TemplateName
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.services.jobs import CancelToken
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.ui.application import apply_look
from clinic_desktop.ui.dialogs.message_templates import TemplatesDialog
from clinic_desktop.ui.jobs import JobRunner
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.settings import UiSettings
from clinic_desktop.ui.views.outbox_view import COLUMNS, MESSAGES_JOB, OutboxView
from tests.message_servers import Gateway, sms_gateway

DOCS = Path(__file__).parents[2] / "docs"


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    s = services
    for key, value in (("timezone", "America/New_York"), ("name", "Lakeside Clinic"),
                       ("reply_phone", "212 555 0100"), ("address", "12 Lake Road")):  # fmt: skip
        s.clinic.set_setting(key, value)
    lind = s.resources.add_provider("Dr Lind")
    for day in range(5):
        s.resources.set_hours(lind.id, day, parse_blocks("08:00-17:00"))
    s.resources.add_type("Review", 20)
    for n, (given, family) in enumerate((("Ines", "Ortega"), ("Tom", "Baker"), ("Maria", "Núñez")), 1):
        s.patients.add(
            PatientInput(given, family, "1980-04-02", phone=f"212 555 010{n}", preferred_contact="sms")
        )
        s.messages.set_consent(n, sms=True)
        s.appointments.book(BookingRequest(n, lind.id, "Review", s.time.parse_local(f"2026-12-0{n}T09:00")))
    return s


@pytest.fixture
def gateway(clinic: ClinicServices) -> Iterator[Gateway]:
    with sms_gateway() as found:
        clinic.messages.set_sms_channel(found.url, "", None, "Lakeside", "api-key")
        yield found


@pytest.fixture
def view(qtbot: QtBot, clinic: ClinicServices) -> OutboxView:
    apply_look(QApplication.instance())  # type: ignore[arg-type]
    operations = Operations(clinic.end_thread)
    jobs = JobRunner(operations)
    jobs.add(MESSAGES_JOB, lambda token, progress: clinic.messages.send_due(token, progress))
    shown = OutboxView(clinic, operations, jobs)
    shown._keep = (operations, jobs)  # type: ignore[attr-defined]
    qtbot.addWidget(shown)
    shown.resize(1180, 420)
    shown.show()
    with qtbot.waitSignal(shown.loaded, timeout=10_000):
        shown.refresh()
    return shown


def test_the_outbox_lists_sends_retries_and_cancels(  # type: ignore[no-untyped-def]
    qtbot: QtBot, view: OutboxView, clinic: ClinicServices, gateway: Gateway, qtmodeltester
) -> None:
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 6 and view.summary.text() == "6 queued · 0 sent · 0 failed"
    first = [view.model.index(0, c).data() for c in range(len(COLUMNS))]
    assert first[1:6] == ["Maria Núñez", "Reminder", "Text", "Queued", "0"]
    gateway.answers = [500]  # the gateway is down for the first confirmation
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        assert view.send()
    assert view.status.text() == "Sent 2, failed 1, waiting 4."  # 3 reminders, 1 to try again
    failed = next(e for e in view.model.rows if e.attempts and e.state is not MessageState.SENT)
    assert failed.state is MessageState.QUEUED and "Next try" in view.model.text(failed, 7)
    # Failed for good after its tries; a person retries it from the list.
    entry = clinic.messages.get(failed.id)
    gateway.answers = [500] * 4
    for _ in range(4):
        clinic.clock.local_text = clinic.time.to_local(entry.next_attempt_at).strftime("%Y-%m-%dT%H:%M")
        clinic.messages.send_due()
        entry = clinic.messages.get(failed.id)
    assert entry.state is MessageState.FAILED
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    assert view.select_message(failed.id) and view.retry.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.retry.click()
    assert clinic.messages.get(failed.id).state is MessageState.QUEUED
    assert "is queued again" in view.status.text()
    assert view.select_message(failed.id) and view.cancel.isEnabled() and not view.retry.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.cancel.click()
    assert clinic.messages.get(failed.id).state is MessageState.WITHDRAWN
    qtmodeltester.check(view.model)
    if os.environ.get("CLINIC_SCREENSHOTS"):
        view.grab().save(str(DOCS / "outbox.png"))


def test_the_template_editor_previews_and_refuses_what_a_text_may_not_say(
    qtbot: QtBot, view: OutboxView, clinic: ClinicServices
) -> None:
    assert view.templates.isVisible()  # the software's session: a manager's rights
    with qtbot.waitSignal(view.templates_opened, timeout=5_000) as opened:
        view.templates.click()
    dialog: TemplatesDialog = opened.args[0]
    qtbot.waitUntil(lambda: bool(dialog.body.toPlainText()), timeout=10_000)
    dialog.choose(TemplateName.REMINDER, Channel.SMS, "fr")
    qtbot.waitUntil(lambda: "rappel de votre rendez-vous" in dialog.preview.text(), timeout=5_000)
    assert dialog.preview.text().startswith("Lakeside Clinic : rappel de votre rendez-vous du ")
    assert "12 Lake Road" in dialog.preview.text() and not dialog.subject.isVisible()
    with qtbot.waitSignal(dialog.previewed, timeout=5_000):
        dialog.body.setPlainText("Votre Botox le {date} à {time}.")
    assert "may not name a condition or a treatment (botox)" in dialog.problem.text()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    with qtbot.waitSignal(dialog.previewed, timeout=5_000):
        dialog.body.setPlainText("{clinic} : rendez-vous le {date} à {time}. Infos : {reply_phone}.")
    assert dialog.problem.text() == "" and save.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        save.click()
    saved = next(
        t
        for t in clinic.messages.templates()
        if (t.name, t.channel, t.language) == (TemplateName.REMINDER, Channel.SMS, "fr")
    )
    assert saved.custom and saved.body.startswith("{clinic} : rendez-vous le")
    dialog.choose(TemplateName.CONFIRMATION, Channel.EMAIL, "en")
    qtbot.waitUntil(
        lambda: dialog.subject.isVisible() and "Dear Ines," in dialog.preview.text(), timeout=5_000
    )
    if os.environ.get("CLINIC_SCREENSHOTS"):
        dialog.resize(900, 520)
        qtbot.wait(50)
        dialog.grab().save(str(DOCS / "message-templates.png"))
    dialog.close()


def test_the_window_stops_its_jobs_by_their_token_when_it_locks(
    qtbot: QtBot, clinic: ClinicServices, tmp_path: Path
) -> None:
    tokens: list[CancelToken] = []

    def slow(token: CancelToken, _progress: object) -> str:
        tokens.append(token)
        token.wait(30)  # a long job, stopped only by its token
        return "finished"

    window = MainWindow(clinic, UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.quiet = False
    window.jobs.add("slow", slow, enabled=lambda: not window.quiet and not window.locked)
    assert window.outbox is window.views["outbox"]
    with qtbot.waitSignal(window.jobs.started, timeout=5_000):
        assert window.jobs.run_now("slow")
    qtbot.waitUntil(lambda: bool(tokens), timeout=5_000)
    with qtbot.waitSignal(
        window.jobs.finished, timeout=10_000, check_params_cb=lambda k, _r: k == "slow"
    ) as done:
        window.lock()
    assert tokens[0].cancelled and done.args == ["slow", None]  # stopped, its result dropped
    assert not window.jobs.run_now("slow")  # locked: nothing runs
    window.remember = False
    window.operations.wait()
    window.close()
