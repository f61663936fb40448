"""The proposals in words (issue 20): each with its time, visit type and length, provider and the
engine's reasons, never a bare "Fit" score; shared by the proposals dialog and the booking dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from clinic_desktop.domain.date_formats import Clock, DateFormat, format_span, format_time
from clinic_desktop.ui.dates import use_date_format
from clinic_desktop.ui.dialogs.proposals import ProposalsDialog
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.widgets.proposal_choices import HEADINGS, proposal_line

LARRY = 186  # the demo's Larry Edwards (seed 7): chronic migraine, overdue


def test_the_proposals_dialog_shows_type_length_and_reasons_not_a_score(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = window.services
    use_date_format(DateFormat.UK)  # day, month in a word, year (the window's clock: New York's 12-hour)
    plan = s.followups.plan(LARRY)
    last_dose = max(d.day for d in plan.history)
    dialog = ProposalsDialog(s, window.operations, LARRY, parent=window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=20_000) as loaded:
        dialog.show()
    assert loaded.args == [5]
    header = dialog.list.headerItem()
    assert header is not None
    assert [header.text(c) for c in range(dialog.list.columnCount())] == list(HEADINGS)
    assert "Fit" not in HEADINGS
    for row, proposal in enumerate(dialog.proposals):
        item = dialog.list.topLevelItem(row)
        assert item is not None
        local = s.time.to_local(proposal.start)
        texts = [item.text(c) for c in range(dialog.list.columnCount())]
        assert texts[1].startswith(f"{local:%a} {local.day} {local:%b %Y} {format_time(local, Clock.H12)}–")
        assert texts[2] == f"{proposal.type_name} ({(proposal.end - proposal.start).seconds // 60} min)"
        assert texts[3] == proposal.provider_name
        days = (local.date() - last_dose).days
        assert texts[4].startswith(proposal.reasons[0]) and texts[4].endswith(
            f"{days} days after the last dose"
        )
        assert str(proposal.score) not in texts
    assert f"{(s.time.local_date(dialog.proposals[0].start) - last_dose).days} days after the last dose" in (
        dialog.reasons.text()
    )
    assert dialog.book_button.isDefault()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_one_line_says_it_all(window: MainWindow) -> None:
    s = window.services
    use_date_format(DateFormat.UK)
    proposal = s.followups.propose(LARRY, 1)[0]
    line = proposal_line(s.time, proposal, date(2026, 2, 25))
    local, end = s.time.to_local(proposal.start), s.time.to_local(proposal.end)
    days = (local.date() - date(2026, 2, 25)).days
    assert line == (
        f"{local:%a} {local.day} {local:%b %Y} {format_span(local, end, Clock.H12)} · "
        "Migraine treatment (15 min) · "
        f"{proposal.provider_name} · {'; '.join(proposal.reasons)}; {days} days after the last dose"
    )
