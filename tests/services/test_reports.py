"""The clinic manager's reports against a small clinic counted by hand: treatments per month (a
treatment late on 31 October in New York is already 1 November in UTC), units per product and lot,
JW/JZ waste, cancellations against no-shows, recall conversion and responder rates, each for the
whole clinic and for one provider; the CSV holds what the table shows."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from clinic_desktop.domain.codes import AppointmentStatus, Indication, Product, Side
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.domain.treatment_record import SiteDose
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.services.followups import Proposal
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.services.reports import (
    ReportKind,
    cell_text,
    months_between,
    write_csv,
)
from tests.conftest import FIXED_NOW

ONA = Product.ONABOTULINUMTOXINA
INCO = Product.INCOBOTULINUMTOXINA
MIGRAINE = Indication.CHRONIC_MIGRAINE
DYSTONIA = Indication.CERVICAL_DYSTONIA
LIND, BROOKS = 1, 2
SEP, OCT, NOV = date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1)


def treat(
    s: ClinicServices,
    patient: int,
    provider: int,
    local: str,
    indication: Indication,
    lot: str,
    waste: str,
    product: Product = ONA,
) -> None:
    if indication is MIGRAINE:
        template = s.treatments.protocol("PREEMPT")
        sites, protocol = template.sites, template.name  # 155 U
    else:
        sites, protocol = (SiteDose("trapezius", Side.LEFT, Decimal(50), 4),), ""
    draft = TreatmentDraft(
        patient, provider, s.time.parse_local(local), indication, product, lot, sites, protocol,
        waste_units=Decimal(waste),
    )  # fmt: skip
    s.treatments.record(draft, "test setup")


def book(s: ClinicServices, patient: int, provider: int, local: str, override: str = "") -> int:
    request = BookingRequest(patient, provider, "Visit", s.time.parse_local(local), override_reason=override)
    return s.appointments.book(request).appointments[0].id


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    """New York; Dr Lind (1) and Dr Brooks (2) work weekdays 08:00-17:00; six patients.

    Treatments (O = onabotulinumtoxinA, I = incobotulinumtoxinA):
      P6 Lind   20 Aug        migraine   O C1 155 U, waste 45   (before every range below)
      P1 Lind   15 Sep 10:00  migraine   O C1 155 U, waste 45 JW
      P2 Lind   31 Oct 22:00  migraine   O C1 155 U, waste 0  JZ  (1 Nov 02:00 UTC: October)
      P3 Brooks  1 Nov 00:30  dystonia   O C2  50 U, waste 50 JW
      P4 Brooks 10 Nov 09:00  migraine   O C2 155 U, waste 0  JZ
      P5 Lind   12 Nov 09:00  dystonia   I X1  50 U, waste 0  JZ
    Appointments in November (booked while the clock said August):
      Lind:   2 Nov cancelled, 3 Nov no-show, 4 Nov completed, 5 Nov booked, 30 Nov 22:00 booked
              (1 Dec 03:00 UTC: still November in New York)
      Brooks: 2 Nov no-show, 3 Nov cancelled; 31 Oct 22:00 no-show (1 Nov in UTC: October)
    """
    s = services
    s.clinic.set_setting("timezone", "America/New_York")
    for name in ("Dr Lind", "Dr Brooks"):
        provider = s.resources.add_provider(name)
        for weekday in range(5):
            s.resources.set_hours(provider.id, weekday, parse_blocks("08:00-17:00"))
    s.resources.add_type("Visit", 30)
    s.resources.add_type("Migraine treatment", 30, indication=MIGRAINE)
    for number in range(1, 7):
        s.patients.add(PatientInput(f"Given{number}", f"Family{number}", f"1970-01-0{number}"))
    s.treatments.add_lot(ONA, "C1", date(2027, 6, 30), 20)
    s.treatments.add_lot(ONA, "C2", date(2027, 9, 30), 20)
    s.treatments.add_lot(INCO, "X1", date(2027, 9, 30), 20, 100)

    s.clock.fixed = datetime(2026, 8, 1, 12, tzinfo=UTC)  # book the autumn from the summer
    cancelled = [book(s, 1, LIND, "2026-11-02T09:00"), book(s, 6, BROOKS, "2026-11-03T10:00")]
    no_shows = [
        book(s, 2, LIND, "2026-11-03T09:00"),
        book(s, 5, BROOKS, "2026-11-02T10:00"),
        book(s, 6, BROOKS, "2026-10-31T22:00", "test: a Saturday night"),
    ]
    completed = book(s, 3, LIND, "2026-11-04T09:00")
    book(s, 4, LIND, "2026-11-05T09:00")
    book(s, 1, LIND, "2026-11-30T22:00", "test: late")
    s.clock.fixed = FIXED_NOW
    for appointment in cancelled:
        s.appointments.cancel(appointment, "Patient called")
    for appointment in no_shows:
        s.appointments.set_status(appointment, AppointmentStatus.NO_SHOW)
    for status in (AppointmentStatus.ARRIVED, AppointmentStatus.IN_ROOM, AppointmentStatus.COMPLETED):
        s.appointments.set_status(completed, status)

    treat(s, 6, LIND, "2026-08-20T09:00", MIGRAINE, "C1", "45")
    treat(s, 1, LIND, "2026-09-15T10:00", MIGRAINE, "C1", "45")
    treat(s, 2, LIND, "2026-10-31T22:00", MIGRAINE, "C1", "0")
    treat(s, 3, BROOKS, "2026-11-01T00:30", DYSTONIA, "C2", "50")
    treat(s, 4, BROOKS, "2026-11-10T09:00", MIGRAINE, "C2", "0")
    treat(s, 5, LIND, "2026-11-12T09:00", DYSTONIA, "X1", "0", INCO)
    return s


# --- treatments per month -------------------------------------------------------------------------


def test_treatments_are_counted_per_indication_and_clinic_month(clinic: ClinicServices) -> None:
    report = clinic.reports.treatments(SEP, date(2026, 11, 30))
    assert report.months == (SEP, OCT, NOV)
    assert report.indications == (MIGRAINE, DYSTONIA)
    assert [report.count(m, MIGRAINE) for m in report.months] == [1, 1, 1]  # P2 counts in October
    assert [report.count(m, DYSTONIA) for m in report.months] == [0, 0, 2]
    assert report.total == 5  # P6 in August is outside
    table = report.table()
    assert [c.title for c in table.columns] == ["Month", "Chronic migraine", "Cervical dystonia", "Total"]
    assert table.texts() == [
        ["Sep 2026", "1", "0", "1"],
        ["Oct 2026", "1", "0", "1"],
        ["Nov 2026", "1", "2", "3"],
        ["Total", "3", "2", "5"],
    ]
    assert table.total_rows == 1
    chart = report.chart()
    assert chart.categories == ("Sep 2026", "Oct 2026", "Nov 2026") and chart.stacked
    assert [s.values for s in chart.series] == [(1.0, 1.0, 1.0), (0.0, 0.0, 2.0)]


def test_a_range_ends_at_the_clinics_midnight_not_utcs(clinic: ClinicServices) -> None:
    october = clinic.reports.treatments(OCT, date(2026, 10, 31))
    assert october.total == 1 and october.count(OCT, MIGRAINE) == 1  # 31 Oct 22:00 in New York
    november = clinic.reports.treatments(NOV, date(2026, 11, 30))
    assert november.total == 3 and november.count(NOV, MIGRAINE) == 1


def test_treatments_for_one_provider(clinic: ClinicServices) -> None:
    report = clinic.reports.treatments(SEP, date(2026, 11, 30), LIND)
    assert report.scope.provider_name == "Dr Lind"
    assert report.total == 3
    assert report.count(NOV, DYSTONIA) == 1 and report.count(NOV, MIGRAINE) == 0
    assert clinic.reports.treatments(SEP, date(2026, 11, 30), BROOKS).total == 2


# --- units and waste ------------------------------------------------------------------------------


def test_units_per_lot_and_product_never_across_products(clinic: ClinicServices) -> None:
    report = clinic.reports.units(SEP, date(2026, 11, 30))
    lots = {(x.product, x.lot_number): x for x in report.lots}
    assert set(lots) == {(ONA, "C1"), (ONA, "C2"), (INCO, "X1")}
    c1, c2, x1 = lots[(ONA, "C1")], lots[(ONA, "C2")], lots[(INCO, "X1")]
    assert (c1.treatments, c1.administered, c1.wasted, c1.drawn) == (
        2,
        Decimal(310),
        Decimal(45),
        Decimal(355),
    )
    assert (c2.treatments, c2.administered, c2.wasted) == (2, Decimal(205), Decimal(50))
    assert (x1.treatments, x1.administered, x1.wasted) == (1, Decimal(50), Decimal(0))
    ona, inco = report.product(ONA), report.product(INCO)
    assert ona is not None and inco is not None
    assert (ona.treatments, ona.administered, ona.wasted) == (4, Decimal(515), Decimal(95))
    assert (inco.administered, inco.wasted) == (Decimal(50), Decimal(0))
    rows = report.table().texts()
    assert ["onabotulinumtoxinA", "All lots", "", "4", "515", "95", "610"] in rows
    assert ["incobotulinumtoxinA", "All lots", "", "1", "50", "0", "50"] in rows
    assert not any(r[1] == "All lots" and r[0] not in (ONA.value, INCO.value) for r in rows)  # no grand total
    lind = clinic.reports.units(SEP, date(2026, 11, 30), LIND)
    assert {(x.lot_number, x.administered) for x in lind.lots} == {("C1", Decimal(310)), ("X1", Decimal(50))}


def test_waste_jw_units_and_jz_treatments_per_month_and_product(clinic: ClinicServices) -> None:
    report = clinic.reports.waste(SEP, date(2026, 11, 30))
    assert report.products == (ONA, INCO)
    ona = report.total(ONA)
    assert (ona.treatments, ona.jw_treatments, ona.jw_units, ona.jz_treatments) == (4, 2, Decimal(95), 2)
    inco = report.total(INCO)
    assert (inco.jw_treatments, inco.jw_units, inco.jz_treatments) == (0, Decimal(0), 1)
    october = next(r for r in report.rows if r.month == OCT and r.product is ONA)
    assert (october.jw_treatments, october.jz_treatments) == (0, 1)  # P2, late on 31 October
    november = next(r for r in report.rows if r.month == NOV and r.product is ONA)
    assert (november.jw_units, november.jw_treatments, november.jz_treatments) == (Decimal(50), 1, 1)
    assert ["Total", "onabotulinumtoxinA", "4", "2", "95", "2", "50.0%"] in report.table().texts()
    brooks = clinic.reports.waste(SEP, date(2026, 11, 30), BROOKS).total(ONA)
    assert (brooks.jw_units, brooks.jz_treatments) == (Decimal(50), 1)


# --- the schedule ---------------------------------------------------------------------------------


def test_cancellations_and_no_shows_per_provider(clinic: ClinicServices) -> None:
    report = clinic.reports.attendance(NOV, date(2026, 11, 30))
    lind, brooks = (
        next(p for p in report.providers if p.provider_name == n) for n in ("Dr Lind", "Dr Brooks")
    )
    # Lind: 2 Nov cancelled, 3 Nov no-show, 4 Nov completed, 5 Nov and 30 Nov 22:00 still booked.
    assert (lind.appointments, lind.cancelled, lind.no_shows) == (5, 1, 1)
    assert lind.count(AppointmentStatus.COMPLETED) == 1 and lind.count(AppointmentStatus.BOOKED) == 2
    assert lind.cancellation_rate == pytest.approx(0.2) and lind.no_show_rate == pytest.approx(0.2)
    # Brooks: the Saturday-night no-show on 31 October is October's, whatever UTC says.
    assert (brooks.appointments, brooks.cancelled, brooks.no_shows) == (2, 1, 1)
    assert brooks.no_show_rate == pytest.approx(0.5)
    clinic_total = report.clinic
    assert (clinic_total.appointments, clinic_total.cancelled, clinic_total.no_shows) == (7, 2, 2)
    rows = report.table().texts()
    assert rows[-1] == ["All providers", "7", "1", "2", "28.6%", "2", "28.6%", "2"]
    assert report.table().total_rows == 1
    october = clinic.reports.attendance(OCT, date(2026, 10, 31), BROOKS)
    assert [(p.provider_name, p.no_shows) for p in october.providers] == [("Dr Brooks", 1)]
    only_lind = clinic.reports.attendance(NOV, date(2026, 11, 30), LIND)
    assert [p.provider_name for p in only_lind.providers] == ["Dr Lind"]
    assert only_lind.table().total_rows == 0
    chart = report.chart()
    assert chart.percent and chart.categories == ("Dr Brooks", "Dr Lind")
    assert chart.series[0].name == "Cancellation rate" and chart.series[0].values == pytest.approx((0.5, 0.2))


def test_recall_conversion_counts_booked_and_open_proposals_in_the_range(clinic: ClinicServices) -> None:
    s = clinic
    # P1's migraine follow-up (last treated by Lind) is booked from a proposal today (23 Nov) ...
    start = s.time.parse_local("2026-12-02T09:00")
    proposal = Proposal(
        1, MIGRAINE, start, s.time.parse_local("2026-12-02T09:30"), BROOKS, "Dr Brooks", None,
        "Migraine treatment", 90, ("Due from 8 Dec",),
    )  # fmt: skip
    s.followups.book(proposal, "reception", override_reason="before the floor (8 Dec): kept for the test")
    # ... P3's dystonia proposal (last treated by Brooks) is kept unbooked; P4's dates from August.
    kept = []
    for patient, indication, computed in (
        (3, DYSTONIA, FIXED_NOW),
        (3, DYSTONIA, FIXED_NOW),
        (4, MIGRAINE, datetime(2026, 8, 2, tzinfo=UTC)),
    ):
        kept.append(
            {
                "patient": patient, "indication": indication.value, "rank": 1 + len(kept) % 2,
                "start_at": start, "end_at": start, "provider": BROOKS, "room": None, "type_name": "Visit",
                "score": 50, "reasons": "[]", "computed_at": computed,
            }
        )  # fmt: skip
    kept[2]["rank"] = 1
    with s.store.write_transaction():
        s.store.followups.replace_proposals([3, 4], kept)

    report = s.reports.recalls(NOV, date(2026, 11, 30))
    found = {r.indication: (r.proposed, r.booked, r.open) for r in report.indications}
    assert found == {MIGRAINE: (1, 1, 0), DYSTONIA: (1, 0, 1)}  # rank 2 is the same proposal
    assert (report.proposed, report.booked) == (2, 1)
    assert report.table().texts()[-1] == ["All indications", "2", "1", "1", "50.0%"]
    lind = s.reports.recalls(NOV, date(2026, 11, 30), LIND)
    assert [(r.indication, r.proposed, r.booked) for r in lind.indications] == [(MIGRAINE, 1, 1)]
    brooks = s.reports.recalls(NOV, date(2026, 11, 30), BROOKS)
    assert [(r.indication, r.proposed, r.booked, r.rate) for r in brooks.indications] == [
        (DYSTONIA, 1, 0, 0.0)
    ]
    august = s.reports.recalls(date(2026, 8, 1), date(2026, 8, 31))
    assert [(r.indication, r.proposed, r.booked) for r in august.indications] == [(MIGRAINE, 1, 0)]


# --- outcomes -------------------------------------------------------------------------------------


def test_responder_rates_use_the_domain_rule_per_indication(clinic: ClinicServices) -> None:
    s = clinic
    score = s.treatments.add_outcome
    score(1, "headache_days", 20, date(2026, 9, 1))  # P1: 20 -> 8 days, 60% fewer: a responder
    score(1, "headache_days", 8, date(2026, 11, 20))
    score(1, "pain_nrs", 9, date(2026, 11, 20))  # a pain score says nothing about migraine
    score(2, "headache_days", 20, date(2026, 10, 1))  # P2: 20 -> 15 days, 25% fewer: not
    score(2, "headache_days", 15, date(2026, 11, 20))
    score(3, "pain_nrs", 8, date(2026, 10, 20))  # P3 (dystonia): 8 -> 4, exactly half: a responder
    score(3, "pain_nrs", 4, date(2026, 11, 20))
    score(5, "pain_nrs", 6, date(2026, 11, 1))  # P5: a baseline and nothing after it
    # P4 (migraine) has no score at all.

    report = s.reports.responders(SEP, date(2026, 11, 30))
    migraine, dystonia = report.get(MIGRAINE), report.get(DYSTONIA)
    assert migraine is not None and dystonia is not None
    assert (migraine.treated, migraine.assessed, migraine.responders) == (3, 2, 1)
    assert migraine.rate == pytest.approx(0.5) and migraine.measure == "headache_days"
    assert (dystonia.treated, dystonia.assessed, dystonia.responders) == (2, 1, 1)
    assert dystonia.measure == "pain_nrs"
    assert report.table().texts()[0] == [
        "Chronic migraine", "Headache days per month", "3", "2", "1", "50.0%",
    ]  # fmt: skip
    lind = s.reports.responders(SEP, date(2026, 11, 30), LIND).get(MIGRAINE)
    assert lind is not None and (lind.treated, lind.assessed, lind.responders) == (2, 2, 1)
    # Scores after the range's end do not count: on 15 November nobody had a later score yet.
    early = s.reports.responders(SEP, date(2026, 11, 15)).get(MIGRAINE)
    assert early is not None and (early.treated, early.assessed, early.responders) == (3, 0, 0)
    assert early.rate is None and cell_text(early.rate, "rate") == "—"


# --- the rest -------------------------------------------------------------------------------------


def test_every_report_writes_its_table_as_csv(clinic: ClinicServices, tmp_path: Path) -> None:
    for kind in ReportKind:
        report = clinic.reports.build(kind, SEP, date(2026, 11, 30))
        assert report.kind is kind and report.title
        path = tmp_path / f"{kind.value}.csv"
        count = write_csv(report, path)
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        table = report.table()
        assert rows[0] == [c.title for c in table.columns]
        assert rows[1:] == table.texts() and count == len(table.rows)
        assert not list(tmp_path.glob(".*partial"))


def test_the_default_range_is_twelve_calendar_months_to_today(clinic: ClinicServices) -> None:
    first, last = clinic.reports.default_range()
    assert (first, last) == (date(2025, 12, 1), date(2026, 11, 23))
    assert len(months_between(first, last)) == 12


def test_a_backwards_range_or_an_unknown_provider_is_refused(clinic: ClinicServices) -> None:
    with pytest.raises(ValidationError, match="after it ends"):
        clinic.reports.treatments(NOV, OCT)
    with pytest.raises(Exception, match="99"):
        clinic.reports.attendance(OCT, NOV, 99)
