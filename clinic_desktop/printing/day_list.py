"""The day list on paper: a provider's list (what to read before each patient) or reception's
(who to expect and how to reach them), one table per provider, each provider from a new page.

HTML for QTextDocument (a subset of HTML 4 and CSS 2), laid out by printing.pages as a Printout:
each appointment is a one-row table kept whole on its page (its time, name and second lines never
part), the column headings are repeated at the top of every page, and every page's footer names
the list that page shows (one provider's, or all providers'). Laid out for A4 and US Letter alike
(the narrower, Letter, sets the column widths); a phone number never wraps.

A list made with initials (DayList.names == "initials") is one to leave on a counter: the service
has already replaced the names and blanked the phone numbers and MRNs; here the phone column is
dropped and every page says that the names are initials, so nobody takes the list for a mistake."""

from __future__ import annotations

from html import escape
from pathlib import Path

from clinic_desktop.domain.date_formats import PLAIN, Writing
from clinic_desktop.domain.day_list import DayList, DayListRow
from clinic_desktop.printing.pages import Printout, Section, page_layout, save_printout

ALERT_COLOUR = "#b3261e"
MUTED = "#555555"
STRIPE = "#f1f4f7"
HEADER_FILL = "#dfe6ec"
MARGIN_MM = 12  # a dense list: narrower margins than a letter

# (heading, width %) of each variant's columns.
PROVIDER_COLUMNS = (
    ("Time", 10),
    ("Patient", 24),
    ("Indication · plan", 20),
    ("Last dose", 20),
    ("Alerts · notes", 26),
)
# The phone column holds "+44 20 7946 0958" on one line at 9 pt on Letter (its text never wraps).
RECEPTION_COLUMNS = (("Time", 9), ("Patient", 23), ("Phone", 19), ("Visit", 21), ("Room", 11), ("Notes", 17))
PRIVATE_RECEPTION_COLUMNS = (("Time", 9), ("Patient", 20), ("Visit", 33), ("Room", 14), ("Notes", 24))
INITIALS_NOTE = "names shown as initials"
ANCHOR_LABEL = "Audit trail anchor:"
INITIALS_EXPLAINED = "Names are shown as initials; phone numbers and record numbers are left out."


def is_reception(day_list: DayList, reception: bool = False) -> bool:
    """Reception's layout when asked for, and always for a list made without the clinical facts."""
    return reception or day_list.reception


def is_private(day_list: DayList) -> bool:
    return day_list.names == "initials"


def title(day_list: DayList, reception: bool = False) -> str:
    kind = "Reception list" if is_reception(day_list, reception) else "Day list"
    return f"{kind} — {day_list.title} — {day_list.writing.day_words(day_list.day)}"


def footer(day_list: DayList, reception: bool = False, heading: str | None = None) -> str:
    """A page's footer: the heading of what the page shows (the whole list's title unless given),
    whether names are initials, and when it was printed; beneath, the audit trail's anchor at that
    moment (domain/audit.py: a copy of the newest entry's hash kept outside the database, which
    `audit verify --anchor` checks)."""
    private = f" · {INITIALS_NOTE}" if is_private(day_list) else ""
    shown = heading or title(day_list, reception)
    line = f"{shown}{private} · printed {day_list.writing.stamp(day_list.printed_at)}"
    return f"{line}\n{ANCHOR_LABEL} {day_list.anchor}" if day_list.anchor else line


def _time(row: DayListRow, writing: Writing) -> str:
    """The start in bold over the end, in the clinic's clock (a time never over two lines)."""
    start, end = writing.clock_time(row.start), writing.clock_time(row.end)
    keep = "white-space:nowrap"
    return f"<b style='{keep}'>{start}</b><br/><span style='color:{MUTED}; {keep}'>–{end}</span>"


def _patient(row: DayListRow) -> str:
    mrn = f" · MRN {escape(row.mrn)}" if row.mrn else ""
    return f"<b>{escape(row.patient_name)}</b><br/><span style='color:{MUTED}'>{row.age} y{mrn}</span>"


def _cells(row: DayListRow, reception: bool, private: bool = False, writing: Writing = PLAIN) -> list[str]:
    if reception:
        # Reception hands out the consent form; the clinical alerts are the provider's.
        expired = any(a.startswith("Consent expired") for a in row.alerts)
        consent = f"<div style='color:{ALERT_COLOUR}'><b>Consent expired</b></div>" if expired else ""
        consent += _too_early(row)  # reception booked it, and can move it
        visit = escape(row.type_name)
        if row.provider_name:
            visit += f"<br/><span style='color:{MUTED}'>{escape(row.provider_name)}</span>"
        number = f"<div style='white-space:nowrap'>{escape(row.phone)}</div>"  # never over two lines
        phone = [] if private else [number if row.phone else f"<span style='color:{MUTED}'>no phone</span>"]
        return [
            _time(row, writing),
            _patient(row),
            *phone,
            visit,
            escape(row.room_name or ""),
            consent + escape(row.notes),
        ]
    indication = escape(row.indication.label) if row.indication is not None else escape(row.type_name)
    plan = f"<br/><span style='color:{MUTED}'>{escape(row.plan)}</span>" if row.plan else ""
    last = escape(row.last_dose.text(row.start.date())) if row.last_dose is not None else "First treatment"
    last += _too_early(row)
    alerts = "".join(f"<div style='color:{ALERT_COLOUR}'><b>{escape(a)}</b></div>" for a in row.alerts)
    notes = f"<div><i>{escape(row.notes)}</i></div>" if row.notes else ""
    return [_time(row, writing), _patient(row), indication + plan, last, alerts + notes]


def _too_early(row: DayListRow) -> str:
    """A toxin-treatment visit booked before the first safe day, flagged in the alert colour."""
    return f"<div style='color:{ALERT_COLOUR}'><b>{escape(row.too_early)}</b></div>" if row.too_early else ""


def _columns(reception: bool, private: bool) -> tuple[tuple[str, int], ...]:
    if reception:
        return PRIVATE_RECEPTION_COLUMNS if private else RECEPTION_COLUMNS
    return PROVIDER_COLUMNS


TABLE = "<table width='100%' cellspacing='0' cellpadding='4' border='0'>"


def _head(reception: bool, private: bool) -> str:
    """The column headings, as a table of their own (the rows below share its widths)."""
    cells = "".join(
        f"<th width='{w}%' align='left' bgcolor='{HEADER_FILL}'>{escape(name)}</th>"
        for name, w in _columns(reception, private)
    )
    return f"{TABLE}<tr>{cells}</tr></table>"


def _row(row: DayListRow, number: int, reception: bool, private: bool, writing: Writing) -> str:
    """One appointment: a one-row table, kept whole on its page."""
    fill = f" bgcolor='{STRIPE}'" if number % 2 else ""
    widths = [w for _name, w in _columns(reception, private)]
    cells = "".join(
        f"<td width='{w}%' valign='top'>{cell}</td>"
        for w, cell in zip(widths, _cells(row, reception, private, writing), strict=True)
    )
    return f"{TABLE}<tr{fill}>{cells}</tr></table>"


def _summary(rows: list[DayListRow], cancelled: int, writing: Writing) -> str:
    parts = [f"{len(rows)} appointment{'s' if len(rows) != 1 else ''}"]
    if rows:
        parts.append(writing.span(rows[0].start, max(r.end for r in rows)))
    alerts = sum(1 for r in rows if r.alerts)
    if alerts:
        parts.append(f"{alerts} with alerts")
    if cancelled:
        parts.append(f"{cancelled} cancelled, not listed")
    return " · ".join(parts)


def day_list_printout(day_list: DayList, reception: bool = False) -> Printout:
    """The list laid out for paper: the provider's variant, one section per provider each from a
    new page, or reception's, every provider in one table in time order."""
    reception = is_reception(day_list, reception)
    private = is_private(day_list)
    zone = escape(day_list.timezone)
    printed = f"printed {day_list.writing.stamp(day_list.printed_at)} ({zone})"
    explained = f"<p style='color:{MUTED}'>{INITIALS_EXPLAINED}</p>" if private else ""
    whole = title(day_list, reception)
    if not day_list.rows:
        heading = (
            f"<h2>{escape(whole)}</h2><p style='color:{MUTED}'>{printed}</p>{explained}"
            "<p>No appointments on this day.</p>"
        )
        return Printout(whole, (Section(footer(day_list, reception), heading),))
    if reception or day_list.provider_id is not None:
        groups = [(whole, list(day_list.rows))]
    else:
        groups = [
            (f"Day list — {name} — {day_list.writing.day_words(day_list.day)}", rows)
            for name, rows in day_list.by_provider()
        ]
    head = _head(reception, private)
    sections = []
    for number, (shown, rows) in enumerate(groups):
        cancelled = day_list.cancelled if number == 0 else 0
        heading = (
            f"<h2>{escape(shown)}</h2>"
            f"<p style='color:{MUTED}'>{_summary(rows, cancelled, day_list.writing)} · {printed}</p>"
            f"{explained}{head}"
        )
        repeat = f"<p style='color:{MUTED}'>{escape(shown)} (continued)</p>{head}"
        blocks = tuple(_row(row, n, reception, private, day_list.writing) for n, row in enumerate(rows))
        sections.append(Section(footer(day_list, reception, shown), heading, repeat, blocks))
    return Printout(whole, tuple(sections))


def write_day_list_pdf(
    day_list: DayList, path: str | Path, reception: bool = False, paper: str | None = None
) -> int:
    """The list as a PDF file (A4 or US Letter; the locale's when not given). Returns its pages.
    Names are printed as the list holds them: ask services.day_lists for names="initials"."""
    printout = day_list_printout(day_list, reception)
    return save_printout(printout, path, page_layout(paper, margin_mm=MARGIN_MM))
