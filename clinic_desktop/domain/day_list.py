"""The day list: what a provider reads before each patient, and reception beside the phone.

Pure values and rules; the service fills them from the database and printing lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from clinic_desktop.domain.ages import age_on as age_on  # the day list counts ages as the chart does
from clinic_desktop.domain.codes import AppointmentStatus, Indication, Product
from clinic_desktop.domain.date_formats import PLAIN, Writing
from clinic_desktop.domain.products import PRODUCTS
from clinic_desktop.domain.safety import format_per_kg
from clinic_desktop.domain.weights import format_kg
from clinic_desktop.domain.words import QT_TR_NOOP, Text


@dataclass(frozen=True)
class LastDose:
    day: date
    product: Product
    units: Decimal
    protocol: str = ""
    weight_kg: Decimal | None = None  # the weight it was given at, when one was recorded

    def text(self, today: date) -> Text:
        """'06 Dec 2026 · Botox 120 U (6 U/kg at 20 kg) (12 wk ago)': units per kg where the
        dose was given by weight."""
        weeks = (today - self.day).days // 7
        info = PRODUCTS.get(self.product)
        name = info.brand if info is not None else self.product.value
        day, units = f"{self.day:%d %b %Y}", f"{self.units.normalize():f}"
        if self.weight_kg:
            return Text(
                QT_TR_NOOP("{day} · {product} {units} U ({per_kg} at {weight}) ({weeks} wk ago)"),
                day=day,
                product=name,
                units=units,
                per_kg=format_per_kg(self.units, self.weight_kg),
                weight=format_kg(self.weight_kg),
                weeks=weeks,
            )
        return Text(
            QT_TR_NOOP("{day} · {product} {units} U ({weeks} wk ago)"),
            day=day,
            product=name,
            units=units,
            weeks=weeks,
        )


@dataclass(frozen=True)
class DayListRow:
    appointment_id: int
    start: datetime  # clinic-local, aware
    end: datetime
    status: AppointmentStatus
    provider_id: int
    provider_name: str
    room_name: str | None
    type_name: str
    patient_id: int
    patient_name: str  # "Family, Given"
    mrn: str
    age: int
    phone: str
    indication: Indication | None
    plan: str  # the planned protocol ("PREEMPT 155 U"), or "" when nothing is planned
    last_dose: LastDose | None
    alerts: tuple[str, ...]
    notes: str
    # A toxin-treatment visit booked too soon after the last dose, in words
    # ("Too early: last dose 06 Dec 2026, safe from 28 Feb 2027"), else "".
    too_early: str = ""


@dataclass(frozen=True)
class DayList:
    day: date
    provider_id: int | None
    title: str  # "Dr Lind" or "All providers"
    timezone: str
    printed_at: datetime  # clinic-local
    rows: tuple[DayListRow, ...]
    cancelled: int  # cancelled appointments of the day, not listed
    # Reception's list: the clinical facts (alerts other than an expired consent, plan, last dose,
    # indication) were never read, so it can only be printed as reception's.
    reception: bool = False
    # "initials": a list meant to be left on a counter; names are initials, phones and MRNs blank.
    names: str = "full"
    # The audit trail's newest entry when the list was made (ID:HASH), printed in the footer.
    anchor: str = ""
    # How the clinic writes dates and times (its settings, resolved): the list's times and dates.
    writing: Writing = PLAIN

    def by_provider(self) -> list[tuple[str, list[DayListRow]]]:
        """The rows grouped by provider, providers in the order of their first appointment."""
        groups: dict[int, tuple[str, list[DayListRow]]] = {}
        for row in self.rows:
            groups.setdefault(row.provider_id, (row.provider_name, []))[1].append(row)
        return list(groups.values())
