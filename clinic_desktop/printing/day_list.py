"""The day list on paper: a provider's list (what to read before each patient) or reception's
(who to expect and how to reach them), one table per provider, each provider from a new page.

HTML for QTextDocument (a subset of HTML 4 and CSS 2), laid out by printing.pages as a Printout:
each appointment is a one-row table kept whole on its page (its time, name and second lines never
part), the column headings are repeated at the top of every page, and every page's footer names
the list that page shows (one provider's, or all providers'). Laid out for A4 and US Letter alike
(the narrower, Letter, sets the column widths); a phone number never wraps.

A list made with initials (DayList.names == "initials") is one to leave on a counter: the service
has already replaced the names and blanked the phone numbers and MRNs; here the phone column is
dropped and every page says that the names are initials, so nobody takes the list for a mistake.

The list is for the clinic's staff: it is worded in the window's language (the catalogue the
window installed, context "DayListPrintout"); the command line, with none, prints it in English.
What the services wrote (alerts, the last dose, a visit too early) is shown through ``shown``."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from clinic_desktop.domain.date_formats import PLAIN, Writing
from clinic_desktop.domain.day_list import DayList, DayListRow
from clinic_desktop.domain.words import shown
from clinic_desktop.printing.pages import Printout, Section, page_layout, save_printout

ALERT_COLOUR = "#b3261e"
MUTED = "#555555"
STRIPE = "#f1f4f7"
HEADER_FILL = "#dfe6ec"
MARGIN_MM = 12  # a dense list: narrower margins than a letter

# Width (%) of each variant's columns, by key; their headings are _heading's.
PROVIDER_COLUMNS = (("time", 10), ("patient", 24), ("indication", 20), ("last_dose", 20), ("alerts", 26))
# The phone column holds "+44 20 7946 0958" on one line at 9 pt on Letter (its text never wraps).
RECEPTION_COLUMNS = (("time", 9), ("patient", 23), ("phone", 19), ("visit", 21), ("room", 11), ("notes", 17))
PRIVATE_RECEPTION_COLUMNS = (("time", 9), ("patient", 20), ("visit", 33), ("room", 14), ("notes", 24))


def _heading(key: str) -> str:
    """A column's heading in the window's language."""
    headings = {
        "time": QCoreApplication.translate("DayListPrintout", "Time"),
        "patient": QCoreApplication.translate("DayListPrintout", "Patient"),
        "indication": QCoreApplication.translate("DayListPrintout", "Indication · plan"),
        "last_dose": QCoreApplication.translate("DayListPrintout", "Last dose"),
        "alerts": QCoreApplication.translate("DayListPrintout", "Alerts · notes"),
        "phone": QCoreApplication.translate("DayListPrintout", "Phone"),
        "visit": QCoreApplication.translate("DayListPrintout", "Visit"),
        "room": QCoreApplication.translate("DayListPrintout", "Room"),
        "notes": QCoreApplication.translate("DayListPrintout", "Notes"),
    }
    return headings[key]


def is_reception(day_list: DayList, reception: bool = False) -> bool:
    """Reception's layout when asked for, and always for a list made without the clinical facts."""
    return reception or day_list.reception


def is_private(day_list: DayList) -> bool:
    return day_list.names == "initials"


def title(day_list: DayList, reception: bool = False) -> str:
    """'Day list — Dr Lind — Tuesday, November 24, 2026'."""
    words = (
        QCoreApplication.translate("DayListPrintout", "Reception list — {who} — {day}")
        if is_reception(day_list, reception)
        else QCoreApplication.translate("DayListPrintout", "Day list — {who} — {day}")
    )
    return words.format(who=shown(day_list.title), day=day_list.writing.day_words(day_list.day))


def footer(day_list: DayList, reception: bool = False, heading: str | None = None) -> str:
    """A page's footer: the heading of what the page shows (the whole list's title unless given),
    whether names are initials, and when it was printed; beneath, the audit trail's anchor at that
    moment (domain/audit.py: a copy of the newest entry's hash kept outside the database, which
    `audit verify --anchor` checks)."""
    what = heading or title(day_list, reception)
    if is_private(day_list):
        what += " · " + QCoreApplication.translate("DayListPrintout", "names shown as initials")
    printed = QCoreApplication.translate("DayListPrintout", "printed {when}")
    line = f"{what} · " + printed.format(when=day_list.writing.stamp(day_list.printed_at))
    if not day_list.anchor:
        return line
    anchor = QCoreApplication.translate("DayListPrintout", "Audit trail anchor: {anchor}")
    return f"{line}\n" + anchor.format(anchor=day_list.anchor)


def _time(row: DayListRow, writing: Writing) -> str:
    """The start in bold over the end, in the clinic's clock (a time never over two lines)."""
    start, end = writing.clock_time(row.start), writing.clock_time(row.end)
    keep = "white-space:nowrap"
    return f"<b style='{keep}'>{start}</b><br/><span style='color:{MUTED}; {keep}'>–{end}</span>"


def _patient(row: DayListRow) -> str:
    """The name in bold over the age (and the MRN, where the list has it)."""
    age = QCoreApplication.translate("DayListPrintout", "{age} y").format(age=row.age)
    mrn = (
        " · " + QCoreApplication.translate("DayListPrintout", "MRN {mrn}").format(mrn=escape(row.mrn))
        if row.mrn
        else ""
    )
    return f"<b>{escape(row.patient_name)}</b><br/><span style='color:{MUTED}'>{age}{mrn}</span>"


def _cells(row: DayListRow, reception: bool, private: bool = False, writing: Writing = PLAIN) -> list[str]:
    if reception:
        # Reception hands out the consent form; the clinical alerts are the provider's.
        expired = any(str(a).startswith("Consent expired") for a in row.alerts)  # the services' English
        said = escape(QCoreApplication.translate("DayListPrintout", "Consent expired"))
        consent = f"<div style='color:{ALERT_COLOUR}'><b>{said}</b></div>" if expired else ""
        consent += _too_early(row)  # reception booked it, and can move it
        visit = escape(row.type_name)
        if row.provider_name:
            visit += f"<br/><span style='color:{MUTED}'>{escape(row.provider_name)}</span>"
        number = f"<div style='white-space:nowrap'>{escape(row.phone)}</div>"  # never over two lines
        no_phone = escape(QCoreApplication.translate("DayListPrintout", "no phone"))
        phone = [] if private else [number if row.phone else f"<span style='color:{MUTED}'>{no_phone}</span>"]
        return [
            _time(row, writing),
            _patient(row),
            *phone,
            visit,
            escape(row.room_name or ""),
            consent + escape(row.notes),
        ]
    indication = escape(shown(row.indication.label)) if row.indication is not None else escape(row.type_name)
    plan = f"<br/><span style='color:{MUTED}'>{escape(shown(row.plan))}</span>" if row.plan else ""
    last = (
        escape(shown(row.last_dose.text(row.start.date())))
        if row.last_dose is not None
        else escape(QCoreApplication.translate("DayListPrintout", "First treatment"))
    )
    last += _too_early(row)
    alerts = "".join(f"<div style='color:{ALERT_COLOUR}'><b>{escape(shown(a))}</b></div>" for a in row.alerts)
    notes = f"<div><i>{escape(row.notes)}</i></div>" if row.notes else ""
    return [_time(row, writing), _patient(row), indication + plan, last, alerts + notes]


def _too_early(row: DayListRow) -> str:
    """A toxin-treatment visit booked before the first safe day, flagged in the alert colour."""
    if not row.too_early:
        return ""
    return f"<div style='color:{ALERT_COLOUR}'><b>{escape(shown(row.too_early))}</b></div>"


def _columns(reception: bool, private: bool) -> tuple[tuple[str, int], ...]:
    if reception:
        return PRIVATE_RECEPTION_COLUMNS if private else RECEPTION_COLUMNS
    return PROVIDER_COLUMNS


TABLE = "<table width='100%' cellspacing='0' cellpadding='4' border='0'>"


def _head(reception: bool, private: bool) -> str:
    """The column headings, as a table of their own (the rows below share its widths)."""
    cells = "".join(
        f"<th width='{w}%' align='left' bgcolor='{HEADER_FILL}'>{escape(_heading(key))}</th>"
        for key, w in _columns(reception, private)
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
    """'5 appointments · 9:00 AM–12:30 PM · 2 with alerts · 1 cancelled, not listed'."""
    parts = [
        QCoreApplication.translate("DayListPrintout", "1 appointment")
        if len(rows) == 1
        else QCoreApplication.translate("DayListPrintout", "{count} appointments").format(count=len(rows))
    ]
    if rows:
        parts.append(writing.span(rows[0].start, max(r.end for r in rows)))
    alerts = sum(1 for r in rows if r.alerts)
    if alerts:
        parts.append(
            QCoreApplication.translate("DayListPrintout", "{count} with alerts").format(count=alerts)
        )
    if cancelled:
        parts.append(
            QCoreApplication.translate("DayListPrintout", "{count} cancelled, not listed").format(
                count=cancelled
            )
        )
    return " · ".join(parts)


def day_list_printout(day_list: DayList, reception: bool = False) -> Printout:
    """The list laid out for paper: the provider's variant, one section per provider each from a
    new page, or reception's, every provider in one table in time order."""
    reception = is_reception(day_list, reception)
    private = is_private(day_list)
    printed = QCoreApplication.translate("DayListPrintout", "printed {when} ({zone})").format(
        when=day_list.writing.stamp(day_list.printed_at), zone=escape(day_list.timezone)
    )
    initials = QCoreApplication.translate(
        "DayListPrintout", "Names are shown as initials; phone numbers and record numbers are left out."
    )
    explained = f"<p style='color:{MUTED}'>{escape(initials)}</p>" if private else ""
    whole = title(day_list, reception)
    if not day_list.rows:
        nothing = escape(QCoreApplication.translate("DayListPrintout", "No appointments on this day."))
        heading = f"<h2>{escape(whole)}</h2><p style='color:{MUTED}'>{printed}</p>{explained}<p>{nothing}</p>"
        return Printout(whole, (Section(footer(day_list, reception), heading),))
    if reception or day_list.provider_id is not None:
        groups = [(whole, list(day_list.rows))]
    else:
        one_provider = QCoreApplication.translate("DayListPrintout", "Day list — {who} — {day}")
        day = day_list.writing.day_words(day_list.day)
        groups = [(one_provider.format(who=name, day=day), rows) for name, rows in day_list.by_provider()]
    head = _head(reception, private)
    sections = []
    continued = QCoreApplication.translate("DayListPrintout", "{list} (continued)")
    for number, (listed, rows) in enumerate(groups):
        cancelled = day_list.cancelled if number == 0 else 0
        heading = (
            f"<h2>{escape(listed)}</h2>"
            f"<p style='color:{MUTED}'>{_summary(rows, cancelled, day_list.writing)} · {printed}</p>"
            f"{explained}{head}"
        )
        repeat = f"<p style='color:{MUTED}'>{escape(continued.format(list=listed))}</p>{head}"
        blocks = tuple(_row(row, n, reception, private, day_list.writing) for n, row in enumerate(rows))
        sections.append(Section(footer(day_list, reception, listed), heading, repeat, blocks))
    return Printout(whole, tuple(sections))


def write_day_list_pdf(
    day_list: DayList, path: str | Path, reception: bool = False, paper: str | None = None
) -> int:
    """The list as a PDF file (A4 or US Letter; the locale's when not given). Returns its pages.
    Names are printed as the list holds them: ask services.day_lists for names="initials"."""
    printout = day_list_printout(day_list, reception)
    return save_printout(printout, path, page_layout(paper, margin_mm=MARGIN_MM))
