"""The clinic manager's reports over a date range, optionally for one provider: treatments per
indication per month, units per product and lot, waste (JW/JZ), no-shows and cancellations, recall
conversion and responder rates.

The counting is done by the database (store/reports.py groups and sums), so a year of a large
clinic costs a few hundred rows here; only the responder rate is decided patient by patient,
because its rule (domain/outcomes.py: baseline before the first treatment, the latest score after
it, >= 50% fewer) is the domain's and is not copied into SQL: the rows stream past it and only
counts are kept.

Each report is a small frozen dataclass that knows its table (the numbers, as the view, the CSV
and the PDF show them) and its chart (categories and series, Qt-free; the view draws it).
Units of different products are never added together (docs/domain.md): units are reported per
product and per lot, and no total crosses products.

Reports are a manager's (Permission.REPORTS): every report asks for its scope first, and the
scope is where the permission is checked, so no report can be built without it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from dateutil.relativedelta import relativedelta

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.codes import AppointmentStatus, Indication, Product
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.outcomes import BUILTIN_MEASURES, HEADACHE_DAYS, Score, migraine_status
from clinic_desktop.domain.treatment_record import waste_modifier
from clinic_desktop.domain.units import format_units
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.services.csv_exports import write_rows
from clinic_desktop.services.phrases import Joined
from clinic_desktop.store.reports import PatientHistory

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

ALL_PROVIDERS = QT_TR_NOOP("All providers")
TOTAL = QT_TR_NOOP("Total")  # a table's row of totals
MAX_RANGE_DAYS = 366 * 10  # a decade: beyond it a typo (year 2206), not a report
PAIN_NRS = "pain_nrs"
# The score each indication's responders are counted on. Chronic migraine: monthly headache days,
# the trials' responder definition (domain/outcomes.py). The painful conditions: pain 0-10, read by
# the same >= 50% rule. Hyperhidrosis and overactive bladder have no built-in measure.
RESPONDER_MEASURE: dict[Indication, str | None] = {
    Indication.CHRONIC_MIGRAINE: HEADACHE_DAYS,
    Indication.AXILLARY_HYPERHIDROSIS: None,
    Indication.OVERACTIVE_BLADDER: None,
}
MEASURE_LABELS = {m.code: m.label for m in BUILTIN_MEASURES}

Cell = str | int | Decimal | float | None


class ReportKind(StrEnum):
    TREATMENTS = "treatments"
    UNITS = "units"
    WASTE = "waste"
    ATTENDANCE = "attendance"
    RECALLS = "recalls"
    RESPONDERS = "responders"

    @property
    def heading(self) -> Text:
        return Text(REPORT_TITLES[self])


REPORT_TITLES = {
    ReportKind.TREATMENTS: QT_TR_NOOP("Treatments per indication per month"),
    ReportKind.UNITS: QT_TR_NOOP("Units used per product and lot"),
    ReportKind.WASTE: QT_TR_NOOP("Waste: JW units and JZ treatments"),
    ReportKind.ATTENDANCE: QT_TR_NOOP("No-shows and cancellations per provider"),
    ReportKind.RECALLS: QT_TR_NOOP("Recall conversion"),
    ReportKind.RESPONDERS: QT_TR_NOOP("Responder rates per indication"),
}


def _words(text: str) -> Text:
    """A text of a report's (a title, a label, an indication's name) as the window shows it: looked
    up in the window's language (domain/words.py), English in the CSV and on the command line."""
    return text if isinstance(text, Text) else Text(text)


# --- what every report hands the view -------------------------------------------------------------


@dataclass(frozen=True)
class ReportScope:
    """The clinic-local dates (both included) and the provider a report covers."""

    first: date
    last: date
    provider_id: int | None = None
    provider_name: str = ALL_PROVIDERS

    def describe(self) -> Text:
        provider = _words(self.provider_name) if self.provider_id is None else self.provider_name
        return Text(
            QT_TR_NOOP("{first} to {last} · {provider}"),
            first=day_text(self.first),
            last=day_text(self.last),
            provider=provider,
        )


@dataclass(frozen=True)
class Column:
    """A column of a report's table; its title (marked for the catalogues where it is written, or
    an indication's name) is kept as a Text, shown in the window's language."""

    title: str
    kind: str = "text"  # text, count, units, rate (a fraction, shown as a percentage)

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", _words(self.title))


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total_rows: int = 0  # the last rows are totals (shown in bold)

    def text(self, row: int, column: int) -> str:
        return cell_text(self.rows[row][column], self.columns[column].kind)

    def texts(self) -> list[list[str]]:
        return [[self.text(r, c) for c in range(len(self.columns))] for r in range(len(self.rows))]


@dataclass(frozen=True)
class ChartSeries:
    name: str  # kept as a Text (Column's title)
    values: tuple[float, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", _words(self.name))


@dataclass(frozen=True)
class Chart:
    """What the bar chart draws: one bar (or stack, or group) per category."""

    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    value_title: str
    category_title: str
    stacked: bool = False
    horizontal: bool = False
    percent: bool = False  # values are fractions, shown as percentages
    empty_text: str = QT_TR_NOOP("Nothing to show for this range.")

    def __post_init__(self) -> None:  # the titles kept as Texts (Column's title)
        for name in ("value_title", "category_title", "empty_text"):
            object.__setattr__(self, name, _words(getattr(self, name)))

    @property
    def empty(self) -> bool:
        return not self.categories or not any(any(s.values) for s in self.series)


class Report(Protocol):
    @property
    def kind(self) -> ReportKind: ...

    @property
    def scope(self) -> ReportScope: ...

    @property
    def title(self) -> str: ...

    def table(self) -> Table: ...

    def chart(self) -> Chart: ...

    def headline(self) -> str: ...


def cell_text(value: Cell, kind: str = "text") -> str:
    """A value as the table, the CSV and the PDF all show it: counts as integers, units to the
    tenth (no thousands separators, so a spreadsheet reads them as numbers), rates as percentages
    with one decimal place, a missing rate as an em dash."""
    if value is None:
        return "—"
    if isinstance(value, Text):  # a label ("Total"), shown in the window's language
        return value
    if kind == "rate":
        return f"{float(value) * 100:.1f}%"
    if isinstance(value, Decimal):
        return format_units(value)
    return str(value)


def day_text(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def units_text(value: Decimal) -> str:
    """Units for a sentence: thousands grouped, the tenth only when there is one."""
    return f"{int(value):,}" if value == value.to_integral() else f"{value:,.1f}"


def percent_text(value: float | None) -> str:
    return cell_text(value, "rate")


def rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _month(day: date) -> date:
    return day.replace(day=1)


def months_between(first: date, last: date) -> tuple[date, ...]:
    """The first day of each calendar month the range touches, in order."""
    found: list[date] = []
    month = _month(first)
    while month <= last:
        found.append(month)
        month += relativedelta(months=1)
    return tuple(found)


def month_label(month: date) -> str:
    return f"{month:%b %Y}"


# --- the reports ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthCount:
    month: date
    indication: Indication
    treatments: int


@dataclass(frozen=True)
class TreatmentsReport:
    scope: ReportScope
    months: tuple[date, ...]
    indications: tuple[Indication, ...]  # those treated in the range, in the codes' order
    counts: tuple[MonthCount, ...]  # non-zero only
    kind: ReportKind = ReportKind.TREATMENTS

    @property
    def title(self) -> str:
        return self.kind.heading

    def count(self, month: date, indication: Indication | None = None) -> int:
        return sum(
            c.treatments
            for c in self.counts
            if c.month == month and (indication is None or c.indication is indication)
        )

    @property
    def total(self) -> int:
        return sum(c.treatments for c in self.counts)

    def table(self) -> Table:
        columns = (
            Column(QT_TR_NOOP("Month")),
            *(Column(i.label, "count") for i in self.indications),
            Column(QT_TR_NOOP("Total"), "count"),
        )
        rows: list[tuple[Cell, ...]] = [
            (month_label(month), *(self.count(month, i) for i in self.indications), self.count(month))
            for month in self.months
        ]
        totals = 0
        if len(self.months) > 1:
            rows.append((_words(TOTAL), *(self._indication_total(i) for i in self.indications), self.total))
            totals = 1
        return Table(columns, tuple(rows), totals)

    def headline(self) -> Text:
        if self.total == 1:
            return Text(QT_TR_NOOP("{count} treatment"), count=f"{self.total:,}")
        return Text(QT_TR_NOOP("{count} treatments"), count=f"{self.total:,}")

    def _indication_total(self, indication: Indication) -> int:
        return sum(c.treatments for c in self.counts if c.indication is indication)

    def chart(self) -> Chart:
        return Chart(
            tuple(month_label(m) for m in self.months),
            tuple(
                ChartSeries(i.label, tuple(float(self.count(m, i)) for m in self.months))
                for i in self.indications
            ),
            QT_TR_NOOP("Treatments"),
            QT_TR_NOOP("Month"),
            stacked=True,
            empty_text=QT_TR_NOOP("No treatments were charted in this range."),
        )


@dataclass(frozen=True)
class LotUsage:
    product: Product
    lot_number: str
    expires_on: date
    treatments: int
    administered: Decimal
    wasted: Decimal

    @property
    def drawn(self) -> Decimal:
        """Units taken from the lot's vials: given plus discarded."""
        return self.administered + self.wasted


@dataclass(frozen=True)
class ProductUsage:
    product: Product
    treatments: int
    administered: Decimal
    wasted: Decimal

    @property
    def drawn(self) -> Decimal:
        return self.administered + self.wasted


@dataclass(frozen=True)
class UnitsReport:
    scope: ReportScope
    products: tuple[ProductUsage, ...]
    lots: tuple[LotUsage, ...]  # by product, then expiry
    kind: ReportKind = ReportKind.UNITS

    @property
    def title(self) -> str:
        return self.kind.heading

    def headline(self) -> Text:
        return Joined(
            (
                Text(
                    QT_TR_NOOP("{product}: {given} U given, {wasted} U wasted"),
                    product=p.product.value,
                    given=units_text(p.administered),
                    wasted=units_text(p.wasted),
                )
                for p in self.products
            ),
            "; ",
        )

    def product(self, product: Product) -> ProductUsage | None:
        return next((p for p in self.products if p.product is product), None)

    def table(self) -> Table:
        columns = (
            Column(QT_TR_NOOP("Product")),
            Column(QT_TR_NOOP("Lot")),
            Column(QT_TR_NOOP("Expires")),
            Column(QT_TR_NOOP("Treatments"), "count"),
            Column(QT_TR_NOOP("Units given"), "units"),
            Column(QT_TR_NOOP("Units wasted"), "units"),
            Column(QT_TR_NOOP("Units drawn"), "units"),
        )
        rows: list[tuple[Cell, ...]] = [
            (
                lot.product.value, lot.lot_number, lot.expires_on.isoformat(), lot.treatments,
                lot.administered, lot.wasted, lot.drawn,
            )
            for lot in self.lots
        ]  # fmt: skip
        rows += [
            (
                usage.product.value, _words(QT_TR_NOOP(
                    "All lots"
                )), "", usage.treatments, usage.administered, usage.wasted,
                usage.drawn,
            )
            for usage in self.products
        ]  # fmt: skip
        return Table(columns, tuple(rows), len(self.products))

    def chart(self) -> Chart:
        several = len(self.products) > 1
        labels = tuple(f"{x.lot_number} ({x.product.value})" if several else x.lot_number for x in self.lots)
        unit = (
            Text(QT_TR_NOOP("Units of {product}"), product=self.products[0].product.value)
            if self.products and not several
            else Text(QT_TR_NOOP("Units"))
        )
        return Chart(
            labels,
            (
                ChartSeries(QT_TR_NOOP("Given"), tuple(float(x.administered) for x in self.lots)),
                ChartSeries(QT_TR_NOOP("Wasted"), tuple(float(x.wasted) for x in self.lots)),
            ),
            unit,
            QT_TR_NOOP("Lot"),
            stacked=True,
            horizontal=True,
            empty_text=QT_TR_NOOP("No units were charted in this range."),
        )


@dataclass(frozen=True)
class WasteMonth:
    month: date
    product: Product
    treatments: int
    jw_treatments: int  # waste recorded: billed with modifier JW
    jw_units: Decimal
    jz_treatments: int  # no waste: modifier JZ


@dataclass(frozen=True)
class WasteReport:
    scope: ReportScope
    months: tuple[date, ...]
    products: tuple[Product, ...]
    rows: tuple[WasteMonth, ...]  # every month of the range for every product charted
    kind: ReportKind = ReportKind.WASTE

    @property
    def title(self) -> str:
        return self.kind.heading

    def headline(self) -> Text:
        parts = []
        for product in self.products:
            t = self.total(product)
            parts.append(
                Text(
                    QT_TR_NOOP("{product}: {units} U wasted (JW) on {jw} treatments, {jz} JZ"),
                    product=product.value,
                    units=units_text(t.jw_units),
                    jw=f"{t.jw_treatments:,}",
                    jz=f"{t.jz_treatments:,}",
                )
            )
        return Joined(parts, "; ")

    def total(self, product: Product) -> WasteMonth:
        mine = [r for r in self.rows if r.product is product]
        return WasteMonth(
            self.months[0] if self.months else self.scope.first,
            product,
            sum(r.treatments for r in mine),
            sum(r.jw_treatments for r in mine),
            sum((r.jw_units for r in mine), Decimal(0)),
            sum(r.jz_treatments for r in mine),
        )

    def table(self) -> Table:
        columns = (
            Column(QT_TR_NOOP("Month")),
            Column(QT_TR_NOOP("Product")),
            Column(QT_TR_NOOP("Treatments"), "count"),
            Column(QT_TR_NOOP("JW treatments"), "count"),
            Column(QT_TR_NOOP("JW units wasted"), "units"),
            Column(QT_TR_NOOP("JZ treatments"), "count"),  # no waste recorded
            Column(QT_TR_NOOP("JZ share"), "rate"),
        )
        rows: list[tuple[Cell, ...]] = []
        for r in self.rows:
            rows.append(
                (
                    month_label(r.month), r.product.value, r.treatments, r.jw_treatments, r.jw_units,
                    r.jz_treatments, rate(r.jz_treatments, r.treatments),
                )
            )  # fmt: skip
        totals = 0
        if len(self.months) > 1:
            totals = len(self.products)
            for product in self.products:
                t = self.total(product)
                rows.append(
                    (
                        _words(TOTAL), product.value, t.treatments, t.jw_treatments, t.jw_units,
                        t.jz_treatments,
                        rate(t.jz_treatments, t.treatments),
                    )
                )  # fmt: skip
        return Table(columns, tuple(rows), totals)

    def chart(self) -> Chart:
        def wasted(month: date, product: Product) -> float:
            return float(
                sum((r.jw_units for r in self.rows if r.month == month and r.product is product), Decimal(0))
            )

        # One series per product, side by side (never stacked: units of two products do not add).
        return Chart(
            tuple(month_label(m) for m in self.months),
            tuple(ChartSeries(p.value, tuple(wasted(m, p) for m in self.months)) for p in self.products),
            QT_TR_NOOP("JW units wasted"),
            QT_TR_NOOP("Month"),
            empty_text=QT_TR_NOOP(
                "No waste was recorded in this range (every treatment JZ, or none charted)."
            ),
        )


@dataclass(frozen=True)
class ProviderAttendance:
    provider_id: int
    provider_name: str
    statuses: tuple[tuple[AppointmentStatus, int], ...]  # every status, in the flow's order

    def count(self, status: AppointmentStatus) -> int:
        return next((n for s, n in self.statuses if s is status), 0)

    @property
    def appointments(self) -> int:
        return sum(n for _s, n in self.statuses)

    @property
    def cancelled(self) -> int:
        return self.count(AppointmentStatus.CANCELLED)

    @property
    def no_shows(self) -> int:
        return self.count(AppointmentStatus.NO_SHOW)

    @property
    def cancellation_rate(self) -> float | None:
        """Of every appointment in the range, the share cancelled."""
        return rate(self.cancelled, self.appointments)

    @property
    def no_show_rate(self) -> float | None:
        """Of every appointment in the range, the share the patient missed."""
        return rate(self.no_shows, self.appointments)


@dataclass(frozen=True)
class AttendanceReport:
    scope: ReportScope
    providers: tuple[ProviderAttendance, ...]  # by name
    kind: ReportKind = ReportKind.ATTENDANCE

    @property
    def title(self) -> str:
        return self.kind.heading

    def headline(self) -> Text:
        c = self.clinic
        if not c.appointments:
            return Text("")
        return Text(
            QT_TR_NOOP("{count} appointments: {cancelled} cancelled, {missed} no-shows"),
            count=f"{c.appointments:,}",
            cancelled=percent_text(c.cancellation_rate),
            missed=percent_text(c.no_show_rate),
        )

    @property
    def clinic(self) -> ProviderAttendance:
        """Every provider's appointments together."""
        return ProviderAttendance(
            0,
            _words(ALL_PROVIDERS),
            tuple((s, sum(p.count(s) for p in self.providers)) for s in AppointmentStatus),
        )

    def table(self) -> Table:
        columns = (
            Column(QT_TR_NOOP("Provider")),
            Column(QT_TR_NOOP("Appointments"), "count"),
            Column(QT_TR_NOOP("Completed"), "count"),
            Column(QT_TR_NOOP("Cancelled"), "count"),
            Column(QT_TR_NOOP("Cancellation rate"), "rate"),
            Column(QT_TR_NOOP("No-shows"), "count"),
            Column(QT_TR_NOOP("No-show rate"), "rate"),
            Column(QT_TR_NOOP("Open"), "count"),  # not yet seen: booked, confirmed, arrived or in a room
        )
        chosen = list(self.providers)
        if len(chosen) > 1:
            chosen.append(self.clinic)
        rows = tuple(
            (
                p.provider_name, p.appointments, p.count(AppointmentStatus.COMPLETED), p.cancelled,
                p.cancellation_rate, p.no_shows, p.no_show_rate,
                p.appointments - p.cancelled - p.no_shows - p.count(AppointmentStatus.COMPLETED),
            )
            for p in chosen
        )  # fmt: skip
        return Table(columns, rows, 1 if len(self.providers) > 1 else 0)

    def chart(self) -> Chart:
        return Chart(
            tuple(p.provider_name for p in self.providers),
            (
                ChartSeries(
                    QT_TR_NOOP("Cancellation rate"), tuple(p.cancellation_rate or 0.0 for p in self.providers)
                ),
                ChartSeries(QT_TR_NOOP("No-show rate"), tuple(p.no_show_rate or 0.0 for p in self.providers)),
            ),
            QT_TR_NOOP("Share of appointments"),
            QT_TR_NOOP("Provider"),
            horizontal=True,
            percent=True,
            empty_text=QT_TR_NOOP("No appointments in this range."),
        )


@dataclass(frozen=True)
class RecallConversion:
    indication: Indication
    proposed: int
    booked: int

    @property
    def open(self) -> int:
        return self.proposed - self.booked

    @property
    def rate(self) -> float | None:
        return rate(self.booked, self.proposed)


@dataclass(frozen=True)
class RecallReport:
    """Follow-up proposals made in the range and how many were booked. The clinic keeps only the
    newest proposals (the background refresh replaces them daily; booking one removes it and logs
    a "booked" mark), so a proposal counts once per patient and indication: booked if the recall
    list booked it in the range, open if it is still kept unbooked."""

    scope: ReportScope
    indications: tuple[RecallConversion, ...]
    kind: ReportKind = ReportKind.RECALLS

    @property
    def title(self) -> str:
        return self.kind.heading

    def headline(self) -> Text:
        if not self.proposed:
            return Text("")
        return Text(
            QT_TR_NOOP("{proposed} proposals, {booked} booked ({share})"),
            proposed=f"{self.proposed:,}",
            booked=f"{self.booked:,}",
            share=percent_text(rate(self.booked, self.proposed)),
        )

    @property
    def proposed(self) -> int:
        return sum(i.proposed for i in self.indications)

    @property
    def booked(self) -> int:
        return sum(i.booked for i in self.indications)

    def table(self) -> Table:
        columns = (
            Column(QT_TR_NOOP("Indication")),
            Column(QT_TR_NOOP("Proposals"), "count"),
            Column(QT_TR_NOOP("Booked"), "count"),
            Column(QT_TR_NOOP("Not booked"), "count"),
            Column(QT_TR_NOOP("Conversion"), "rate"),
        )
        rows: list[tuple[Cell, ...]] = [
            (_words(i.indication.label), i.proposed, i.booked, i.open, i.rate) for i in self.indications
        ]
        totals = 0
        if len(self.indications) > 1:
            rows.append(
                (_words(QT_TR_NOOP(
                    "All indications"
                )), self.proposed, self.booked, self.proposed - self.booked,
                 rate(self.booked, self.proposed))
            )  # fmt: skip
            totals = 1
        return Table(columns, tuple(rows), totals)

    def chart(self) -> Chart:
        return Chart(
            tuple(i.indication.label for i in self.indications),
            (
                ChartSeries(QT_TR_NOOP("Booked"), tuple(float(i.booked) for i in self.indications)),
                ChartSeries(QT_TR_NOOP("Not booked"), tuple(float(i.open) for i in self.indications)),
            ),
            QT_TR_NOOP("Follow-up proposals"),
            QT_TR_NOOP("Indication"),
            stacked=True,
            horizontal=True,
            empty_text=QT_TR_NOOP("No follow-up proposals were made in this range."),
        )


@dataclass(frozen=True)
class ResponderRate:
    indication: Indication
    measure: str | None  # the measure's code; None: no built-in measure for it
    treated: int  # patients treated for it in the range
    assessed: int  # ... with a baseline and a later score
    responders: int  # ... >= 50% better than baseline

    @property
    def rate(self) -> float | None:
        return rate(self.responders, self.assessed)

    @property
    def measure_label(self) -> Text:
        return _words(
            MEASURE_LABELS.get(self.measure, self.measure) if self.measure else QT_TR_NOOP("No measure")
        )


@dataclass(frozen=True)
class ResponderReport:
    """Of the patients treated for each indication in the range, those whose score had fallen by
    half or more from baseline by the end of the range (domain/outcomes.py's responder rule)."""

    scope: ReportScope
    indications: tuple[ResponderRate, ...]
    kind: ReportKind = ReportKind.RESPONDERS

    @property
    def title(self) -> str:
        return self.kind.heading

    def headline(self) -> Text:
        return Joined(
            (
                Text(
                    QT_TR_NOOP("{indication}: {rate} responders ({responders} of {assessed})"),
                    indication=_words(r.indication.label),
                    rate=percent_text(r.rate),
                    responders=f"{r.responders:,}",
                    assessed=f"{r.assessed:,}",
                )
                for r in self.indications[:2]
                if r.assessed
            ),
            "; ",
        )

    def get(self, indication: Indication) -> ResponderRate | None:
        return next((r for r in self.indications if r.indication is indication), None)

    def table(self) -> Table:
        columns = (
            Column(QT_TR_NOOP("Indication")),
            Column(QT_TR_NOOP("Measure")),
            Column(QT_TR_NOOP("Patients treated"), "count"),
            Column(QT_TR_NOOP("Assessed"), "count"),
            Column(QT_TR_NOOP("Responders"), "count"),
            Column(QT_TR_NOOP("Responder rate"), "rate"),
        )
        rows = tuple(
            (_words(r.indication.label), r.measure_label, r.treated, r.assessed, r.responders, r.rate)
            for r in self.indications
        )
        return Table(columns, rows)

    def chart(self) -> Chart:
        shown = [r for r in self.indications if r.assessed]
        return Chart(
            # "Chronic migraine (n=12)": the indication in the window's language, the count as it is
            tuple(Joined((_words(r.indication.label), f"(n={r.assessed})")) for r in shown),
            (ChartSeries(QT_TR_NOOP("Responder rate"), tuple(r.rate or 0.0 for r in shown)),),
            QT_TR_NOOP("Responders (50% or more better than baseline)"),
            QT_TR_NOOP("Indication"),
            horizontal=True,
            percent=True,
            empty_text=QT_TR_NOOP("No patient treated in this range has a baseline and a later score."),
        )


AnyReport = TreatmentsReport | UnitsReport | WasteReport | AttendanceReport | RecallReport | ResponderReport


def write_csv(report: Report, path: str | Path) -> int:
    """The report's table as CSV (UTF-8, a header row, the values as the table shows them),
    written beside the target and moved into place, like every CSV file (csv_exports.write_rows:
    owner-only, safe to open in a spreadsheet). Returns the number of rows."""
    table = report.table()
    return write_rows(path, [c.title for c in table.columns], table.texts())


# --- the service ----------------------------------------------------------------------------------


class ReportsService:
    def __init__(self, services: ClinicServices) -> None:
        self._s = services
        self._records = services.store.reports

    def default_range(self) -> tuple[date, date]:
        """The last twelve calendar months, this one included, up to today."""
        today = self._s.time.local_date(self._s.now())
        return _month(today) - relativedelta(months=11), today

    def scope(self, first: date, last: date, provider_id: int | None = None) -> ReportScope:
        """The range and provider a report covers, checked; refused unless the user may see reports."""
        self._s.require(Permission.REPORTS)
        if first > last:
            raise ValidationError(
                QT_TR_NOOP("The range starts ({first}) after it ends ({last})."),
                first=f"{first:%d %b %Y}",
                last=f"{last:%d %b %Y}",
            )
        if (last - first).days > MAX_RANGE_DAYS:
            raise ValidationError(QT_TR_NOOP("Choose a range of ten years or less."))
        name = ALL_PROVIDERS
        if provider_id is not None:
            with self._s.store.read_transaction():
                name = self._s.store.providers.get(provider_id).name
        return ReportScope(first, last, provider_id, name)

    def build(self, kind: ReportKind, first: date, last: date, provider_id: int | None = None) -> AnyReport:
        makers: dict[ReportKind, Callable[[date, date, int | None], AnyReport]] = {
            ReportKind.TREATMENTS: self.treatments,
            ReportKind.UNITS: self.units,
            ReportKind.WASTE: self.waste,
            ReportKind.ATTENDANCE: self.attendance,
            ReportKind.RECALLS: self.recalls,
            ReportKind.RESPONDERS: self.responders,
        }
        return makers[kind](first, last, provider_id)

    def write_csv(self, report: Report, path: str | Path) -> int:
        self._s.require(Permission.REPORTS)
        return write_csv(report, path)

    # --- each report ----------------------------------------------------------------------------

    def treatments(self, first: date, last: date, provider_id: int | None = None) -> TreatmentsReport:
        scope = self.scope(first, last, provider_id)
        with self._s.store.read_transaction():
            days = self._records.treatments_by_day(first, last, provider_id)
        counts: dict[tuple[date, Indication], int] = defaultdict(int)
        for row in days:
            counts[(_month(row.day), row.indication)] += row.treatments
        indications = tuple(i for i in Indication if any(k[1] is i for k in counts))
        return TreatmentsReport(
            scope,
            months_between(first, last),
            indications,
            tuple(MonthCount(month, i, n) for (month, i), n in sorted(counts.items())),
        )

    def units(self, first: date, last: date, provider_id: int | None = None) -> UnitsReport:
        scope = self.scope(first, last, provider_id)
        with self._s.store.read_transaction():
            sums = self._records.units_by_lot(first, last, provider_id)
        order = list(Product)
        sums.sort(key=lambda x: (order.index(x.product), x.expires_on, x.lot_number))
        lots = tuple(
            LotUsage(x.product, x.lot_number, x.expires_on, x.treatments, x.administered, x.wasted)
            for x in sums
        )
        products = tuple(
            ProductUsage(
                product,
                sum(x.treatments for x in mine),
                sum((x.administered for x in mine), Decimal(0)),
                sum((x.wasted for x in mine), Decimal(0)),
            )
            for product, group in groupby(lots, key=lambda x: x.product)
            for mine in [list(group)]
        )
        return UnitsReport(scope, products, lots)

    def waste(self, first: date, last: date, provider_id: int | None = None) -> WasteReport:
        scope = self.scope(first, last, provider_id)
        with self._s.store.read_transaction():
            rows = self._records.waste_by_day(first, last, provider_id)
        # (month, product) -> treatments, JW treatments, JW units, JZ treatments
        found: dict[tuple[date, Product], list[int | Decimal]] = {}
        for row in rows:
            entry = found.setdefault((_month(row.day), row.product), [0, 0, Decimal(0), 0])
            entry[0] += row.treatments
            if waste_modifier(row.waste) == "JW":
                entry[1] += row.treatments
                entry[2] += row.waste * row.treatments
            else:
                entry[3] += row.treatments
        products = tuple(p for p in Product if any(k[1] is p for k in found))
        months = months_between(first, last)
        zero: list[int | Decimal] = [0, 0, Decimal(0), 0]
        return WasteReport(
            scope,
            months,
            products,
            tuple(
                WasteMonth(month, product, int(e[0]), int(e[1]), Decimal(e[2]), int(e[3]))
                for product in products
                for month in months
                for e in [found.get((month, product), zero)]
            ),
        )

    def attendance(self, first: date, last: date, provider_id: int | None = None) -> AttendanceReport:
        scope = self.scope(first, last, provider_id)
        start, _ = self._s.time.day_bounds(first)
        _, end = self._s.time.day_bounds(last)
        with self._s.store.read_transaction():
            rows = self._records.appointment_statuses(start, end, provider_id)
        by_provider: dict[tuple[str, int], dict[str, int]] = defaultdict(dict)
        for row in rows:
            by_provider[(row.provider_name, row.provider_id)][row.status] = row.appointments
        providers = tuple(
            ProviderAttendance(pid, name, tuple((s, counts.get(s.value, 0)) for s in AppointmentStatus))
            for (name, pid), counts in sorted(by_provider.items(), key=lambda kv: kv[0][0].casefold())
        )
        return AttendanceReport(scope, providers)

    def recalls(self, first: date, last: date, provider_id: int | None = None) -> RecallReport:
        scope = self.scope(first, last, provider_id)
        start, _ = self._s.time.day_bounds(first)
        _, end = self._s.time.day_bounds(last)
        with self._s.store.read_transaction():
            rows = self._records.recall_offers(start, end, provider_id)
        proposed: dict[Indication, int] = defaultdict(int)
        booked: dict[Indication, int] = defaultdict(int)
        for row in rows:
            proposed[row.indication] += row.offers
            if row.booked:
                booked[row.indication] += row.offers
        return RecallReport(
            scope, tuple(RecallConversion(i, proposed[i], booked[i]) for i in Indication if proposed[i])
        )

    def responders(self, first: date, last: date, provider_id: int | None = None) -> ResponderReport:
        scope = self.scope(first, last, provider_id)
        found: list[ResponderRate] = []
        with self._s.store.read_transaction():
            treated = {row.indication for row in self._records.treatments_by_day(first, last, provider_id)}
            for indication in Indication:
                if indication not in treated:
                    continue
                measure = RESPONDER_MEASURE.get(indication, PAIN_NRS)
                histories = self._records.responder_histories(indication, measure, first, last, provider_id)
                found.append(_responder_rate(indication, measure, histories))
        return ResponderReport(scope, tuple(found))


def _responder_rate(
    indication: Indication, measure: str | None, histories: Iterable[PatientHistory]
) -> ResponderRate:
    """Count the cohort patient by patient with the domain's rule; nothing but the counts outlives
    a patient."""
    treated = assessed = responders = 0
    for history in histories:
        treated += 1
        scores = [Score(day, value) for day, value in history.scores]
        status = migraine_status(scores, history.treatment_days)
        if status.reduction is not None:
            assessed += 1
            responders += status.responder
    return ResponderRate(indication, measure, treated, assessed, responders)
