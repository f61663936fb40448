"""The day list on paper: a provider's list (what to read before each patient) or reception's
(who to expect and how to reach them), one table per provider, each provider from a new page.

HTML for QTextDocument (a subset of HTML 4 and CSS 2): tables with a repeated header row
(<thead>), point sizes, page breaks. Laid out for A4 and US Letter alike (the narrower, Letter,
sets the column widths).

A list made with initials (DayList.names == "initials") is one to leave on a counter: the service
has already replaced the names and blanked the phone numbers and MRNs; here the phone column is
dropped and every page says that the names are initials, so nobody takes the list for a mistake."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtGui import QFont, QTextDocument

from clinic_desktop.domain.day_list import DayList, DayListRow
from clinic_desktop.printing.pages import ensure_application, page_layout, save_pdf

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
RECEPTION_COLUMNS = (("Time", 9), ("Patient", 25), ("Phone", 16), ("Visit", 22), ("Room", 12), ("Notes", 16))
PRIVATE_RECEPTION_COLUMNS = (("Time", 9), ("Patient", 20), ("Visit", 33), ("Room", 14), ("Notes", 24))
INITIALS_NOTE = "names shown as initials"
INITIALS_EXPLAINED = "Names are shown as initials; phone numbers and record numbers are left out."


def is_reception(day_list: DayList, reception: bool = False) -> bool:
    """Reception's layout when asked for, and always for a list made without the clinical facts."""
    return reception or day_list.reception


def is_private(day_list: DayList) -> bool:
    return day_list.names == "initials"


def title(day_list: DayList, reception: bool = False) -> str:
    kind = "Reception list" if is_reception(day_list, reception) else "Day list"
    return f"{kind} — {day_list.title} — {day_list.day:%A %d %B %Y}"


def footer(day_list: DayList, reception: bool = False) -> str:
    private = f" · {INITIALS_NOTE}" if is_private(day_list) else ""
    return f"{title(day_list, reception)}{private} · printed {day_list.printed_at:%d %b %Y %H:%M}"


def _time(row: DayListRow) -> str:
    return f"<b>{row.start:%H:%M}</b><br/><span style='color:{MUTED}'>–{row.end:%H:%M}</span>"


def _patient(row: DayListRow) -> str:
    mrn = f" · MRN {escape(row.mrn)}" if row.mrn else ""
    return f"<b>{escape(row.patient_name)}</b><br/><span style='color:{MUTED}'>{row.age} y{mrn}</span>"


def _cells(row: DayListRow, reception: bool, private: bool = False) -> list[str]:
    if reception:
        # Reception hands out the consent form; the clinical alerts are the provider's.
        expired = any(a.startswith("Consent expired") for a in row.alerts)
        consent = f"<div style='color:{ALERT_COLOUR}'><b>Consent expired</b></div>" if expired else ""
        consent += _too_early(row)  # reception booked it, and can move it
        visit = escape(row.type_name)
        if row.provider_name:
            visit += f"<br/><span style='color:{MUTED}'>{escape(row.provider_name)}</span>"
        phone = [] if private else [escape(row.phone) or f"<span style='color:{MUTED}'>no phone</span>"]
        return [
            _time(row),
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
    return [_time(row), _patient(row), indication + plan, last, alerts + notes]


def _too_early(row: DayListRow) -> str:
    """A toxin-treatment visit booked before the first safe day, flagged in the alert colour."""
    return f"<div style='color:{ALERT_COLOUR}'><b>{escape(row.too_early)}</b></div>" if row.too_early else ""


def _table(rows: list[DayListRow], reception: bool, private: bool = False) -> str:
    columns: tuple[tuple[str, int], ...] = PROVIDER_COLUMNS
    if reception:
        columns = PRIVATE_RECEPTION_COLUMNS if private else RECEPTION_COLUMNS
    head = "".join(
        f"<th width='{w}%' align='left' bgcolor='{HEADER_FILL}'>{escape(name)}</th>" for name, w in columns
    )
    body = []
    for number, row in enumerate(rows):
        fill = f" bgcolor='{STRIPE}'" if number % 2 else ""
        cells = "".join(f"<td valign='top'>{cell}</td>" for cell in _cells(row, reception, private))
        body.append(f"<tr{fill}>{cells}</tr>")
    return (
        "<table width='100%' cellspacing='0' cellpadding='4' border='0'>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def _summary(rows: list[DayListRow], cancelled: int) -> str:
    parts = [f"{len(rows)} appointment{'s' if len(rows) != 1 else ''}"]
    if rows:
        parts.append(f"{rows[0].start:%H:%M}–{max(r.end for r in rows):%H:%M}")
    alerts = sum(1 for r in rows if r.alerts)
    if alerts:
        parts.append(f"{alerts} with alerts")
    if cancelled:
        parts.append(f"{cancelled} cancelled, not listed")
    return " · ".join(parts)


def day_list_html(day_list: DayList, reception: bool = False) -> str:
    """The list as HTML: the provider's variant, one section per provider each from a new page,
    or reception's, every provider in one table in time order."""
    reception = is_reception(day_list, reception)
    private = is_private(day_list)
    heading = escape(title(day_list, reception))
    zone = escape(day_list.timezone)
    printed = f"printed {day_list.printed_at:%d %b %Y %H:%M} ({zone})"
    explained = f"<p style='color:{MUTED}'>{INITIALS_EXPLAINED}</p>" if private else ""
    if not day_list.rows:
        return (
            f"<h2>{heading}</h2><p style='color:{MUTED}'>{printed}</p>{explained}"
            "<p>No appointments on this day.</p>"
        )
    if reception or day_list.provider_id is not None:
        rows = list(day_list.rows)
        return (
            f"<h2>{heading}</h2>"
            f"<p style='color:{MUTED}'>{_summary(rows, day_list.cancelled)} · {printed}</p>"
            + explained
            + _table(rows, reception, private)
        )
    sections = []
    groups = day_list.by_provider()
    for number, (name, rows) in enumerate(groups):
        brk = " style='page-break-before: always'" if number else ""
        cancelled = day_list.cancelled if number == 0 else 0
        sections.append(
            f"<div{brk}><h2>Day list — {escape(name)} — {day_list.day:%A %d %B %Y}</h2>"
            f"<p style='color:{MUTED}'>{_summary(rows, cancelled)} · {printed}</p>"
            f"{explained}{_table(rows, reception, private)}</div>"
        )
    return "".join(sections)


def day_list_document(day_list: DayList, reception: bool = False) -> QTextDocument:
    ensure_application()
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(9)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(f"<html><body>{day_list_html(day_list, reception)}</body></html>")
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title(day_list, reception))
    return document


def write_day_list_pdf(
    day_list: DayList, path: str | Path, reception: bool = False, paper: str | None = None
) -> int:
    """The list as a PDF file (A4 or US Letter; the locale's when not given). Returns its pages.
    Names are printed as the list holds them: ask services.day_lists for names="initials"."""
    document = day_list_document(day_list, reception)
    return save_pdf(document, path, page_layout(paper, margin_mm=MARGIN_MM), footer(day_list, reception))
