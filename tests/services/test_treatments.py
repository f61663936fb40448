"""Charting a treatment through the services: stock, templates, the rules inside the write,
overrides stored with who and why, signing and amendments, outcomes and responder status."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from clinic_desktop.domain.safety import Rule
from clinic_desktop.domain.treatment_record import AdverseEventEntry, Severity, SiteDose
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.domain.units import format_units
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.services.treatments import ClinicalRuleError

ONA = Product.ONABOTULINUMTOXINA


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    s = services
    s.clinic.set_setting("timezone", "America/New_York")
    s.resources.add_provider("Dr Lind")
    s.patients.add(PatientInput("Ines", "Ortega", "1980-04-02"))
    s.treatments.add_lot(ONA, "C5551", date(2027, 6, 30), 20)
    return s


def draft(
    s: ClinicServices, local: str = "2026-11-23T09:00", units: str = "155", **extra: object
) -> TreatmentDraft:
    template = s.treatments.protocol("PREEMPT")
    sites = template.sites if units == "155" else (SiteDose("trapezius", Side.LEFT, Decimal(units), 4),)
    values: dict[str, object] = {
        "patient_id": 1,
        "provider_id": 1,
        "performed_at": s.time.parse_local(local),
        "indication": Indication.CHRONIC_MIGRAINE,
        "product": ONA,
        "lot_number": "C5551",
        "sites": sites,
        "protocol": template.name,
        "diluent_ml": Decimal("2"),
    } | extra
    return TreatmentDraft(**values)  # type: ignore[arg-type]


def test_a_preempt_treatment_is_recorded_signed_with_its_computed_total_and_waste(
    clinic: ClinicServices,
) -> None:
    result = clinic.treatments.record(draft(clinic))
    t = result.treatment
    assert t.total_units == Decimal(155) and t.total_injection_points == 31
    assert t.signed and t.signed_by == "Dr Lind"
    assert t.waste_units == Decimal(45) and t.waste_modifier == "JW"  # two 100 U vials opened
    assert t.units_per_tenth_ml == Decimal("5.00")
    assert clinic.treatments.lots(ONA)[0].vials_used == 2
    assert clinic.clinic.info().counts["treatments"] == 1
    assert [x.id for x in clinic.treatments.for_patient(1)] == [t.id]


def test_no_waste_is_recorded_as_jz(clinic: ClinicServices) -> None:
    t = clinic.treatments.record(draft(clinic, waste_units=Decimal(0))).treatment
    assert t.waste_units == 0 and t.waste_modifier == "JZ"


def test_re_treatment_on_day_83_is_refused_without_a_reason_and_stored_with_one(
    clinic: ClinicServices,
) -> None:
    clinic.treatments.record(draft(clinic, "2026-08-31T09:00"))
    with pytest.raises(ClinicalRuleError) as refused:
        clinic.treatments.record(draft(clinic, "2026-11-22T09:00"))  # day 83
    assert [f.rule for f in refused.value.findings] == [Rule.INTERVAL]
    assert "override reason" in str(refused.value)
    assert clinic.clinic.info().counts["treatments"] == 1  # nothing written
    result = clinic.treatments.record(draft(clinic, "2026-11-22T09:00"), "pain returned early", by="Dr Lind")
    assert [(o.rule, o.reason, o.by) for o in result.treatment.overrides] == [
        ("interval", "pain returned early", "Dr Lind")
    ]
    assert clinic.treatments.record(draft(clinic, "2026-11-23T08:00"), "second").treatment.overrides


def test_day_84_needs_no_reason(clinic: ClinicServices) -> None:
    clinic.treatments.record(draft(clinic, "2026-08-31T17:00"))
    assert clinic.treatments.record(draft(clinic, "2026-11-23T08:00")).treatment.overrides == ()


def test_400_units_in_three_months_across_indications(clinic: ClinicServices) -> None:
    spasticity = {"indication": Indication.UPPER_LIMB_SPASTICITY, "protocol": ""}
    clinic.treatments.record(draft(clinic, "2026-08-25T09:00", units="245", **spasticity))
    exactly = clinic.treatments.record(draft(clinic, "2026-11-20T09:00")).treatment  # 400 U exactly
    assert exactly.overrides == ()
    with pytest.raises(ClinicalRuleError) as refused:
        clinic.treatments.record(draft(clinic, "2026-11-21T09:00", units="1"))  # 401 U, and day 1
    assert {f.rule for f in refused.value.findings} == {Rule.INTERVAL, Rule.DOSE_WINDOW}
    assert "401 U of onabotulinumtoxinA" in str(refused.value)
    result = clinic.treatments.record(
        draft(clinic, "2026-11-21T09:00", units="1"), "booster agreed", by="Dr Lind"
    )
    assert {o.rule for o in result.treatment.overrides} == {"interval", "dose_window"}


def test_expired_lot_and_old_vial_are_refused_whatever_the_reason(clinic: ClinicServices) -> None:
    clinic.treatments.add_lot(ONA, "OLD1", date(2026, 11, 22), 5)
    with pytest.raises(ClinicalRuleError, match="expired on 2026-11-22"):
        clinic.treatments.record(draft(clinic, lot_number="OLD1"), "we have nothing else")
    clinic.treatments.add_lot(ONA, "TODAY1", date(2026, 11, 23), 5)
    assert clinic.treatments.record(draft(clinic, lot_number="TODAY1")).treatment.lot_number == "TODAY1"
    opened = clinic.time.parse_local("2026-11-22T08:59")
    with pytest.raises(ClinicalRuleError, match="within 24 hours"):
        clinic.treatments.record(draft(clinic, "2026-11-23T09:00", reconstituted_at=opened), "fine")


def test_a_lot_of_another_product_is_refused(clinic: ClinicServices) -> None:
    clinic.treatments.add_lot(Product.ABOBOTULINUMTOXINA, "D500", date(2027, 1, 1), 3, 500)
    with pytest.raises(ValidationError, match="cannot be mixed"):
        clinic.treatments.record(draft(clinic, lot_number="D500"))


def test_stock_rules(clinic: ClinicServices) -> None:
    with pytest.raises(ConflictError, match="already in stock"):
        clinic.treatments.add_lot(ONA, "C5551", date(2027, 6, 30), 1)
    with pytest.raises(ValidationError, match="vials of 100, 200"):
        clinic.treatments.add_lot(ONA, "X1", date(2027, 6, 30), 1, 150)
    with pytest.raises(NotFoundError, match="no lot NOPE"):
        clinic.treatments.record(draft(clinic, lot_number="NOPE"))


def test_a_signed_treatment_changes_only_by_amendments(clinic: ClinicServices) -> None:
    t = clinic.treatments.record(draft(clinic)).treatment
    with pytest.raises(ValidationError, match="needs a reason"):
        clinic.treatments.amend(t.id, {"notes": "x"}, "", "Dr Lind")
    with pytest.raises(ValidationError, match="cannot be amended"):
        clinic.treatments.amend(t.id, {"product": "x"}, "typo", "Dr Lind")
    fewer = t.sites[:-2]
    amended = clinic.treatments.amend(
        t.id, {"sites": fewer, "notes": "two sites skipped"}, "charting error", "Dr Lind"
    )
    expected = Decimal(155) - t.sites[-1].units - t.sites[-2].units
    assert amended.total_units == expected and len(amended.sites) == len(t.sites) - 2
    assert amended.notes == "two sites skipped"
    (change,) = amended.amendments
    assert change.reason == "charting error" and change.by == "Dr Lind"
    assert change.changes["total_units"] == {"before": "155", "after": format_units(expected)}
    assert change.changes["notes"] == {"before": "", "after": "two sites skipped"}
    event = AdverseEventEntry("neck pain", Severity.MILD, date(2026, 11, 24) - timedelta(days=1))
    with_event = clinic.treatments.add_adverse_event(t.id, event, "Dr Lind")
    assert [e.kind for e in with_event.adverse_events] == ["neck pain"]
    assert len(with_event.amendments) == 2


def test_a_draft_is_signed_once(clinic: ClinicServices) -> None:
    t = clinic.treatments.record(draft(clinic), sign=False).treatment
    assert not t.signed
    assert clinic.treatments.amend(t.id, {"notes": "before signing"}, "edit", "Dr Lind").amendments == ()
    assert clinic.treatments.sign(t.id, "Dr Lind").signed
    with pytest.raises(ConflictError, match="already signed"):
        clinic.treatments.sign(t.id, "Dr Lind")


def test_outcomes_give_responder_status_and_the_stopping_flag(clinic: ClinicServices) -> None:
    clinic.treatments.add_outcome(1, "headache_days", 20, date(2026, 5, 1))
    clinic.treatments.record(draft(clinic, "2026-05-04T09:00"))
    clinic.treatments.record(draft(clinic, "2026-08-03T09:00"))
    clinic.treatments.add_outcome(1, "headache_days", "16", date(2026, 9, 1))
    status = clinic.treatments.migraine_status(1)
    assert status.baseline == 20 and status.latest == 16 and not status.responder
    assert status.stop_flag is not None and "NICE TA260" in status.stop_flag
    clinic.treatments.add_outcome(1, "headache_days", "8", date(2026, 10, 1))
    status = clinic.treatments.migraine_status(1)
    assert status.responder and status.stop_flag is None
    with pytest.raises(ValidationError, match="between 0 and 31"):
        clinic.treatments.add_outcome(1, "headache_days", 40)
    with pytest.raises(ValidationError, match="after today"):
        clinic.treatments.add_outcome(1, "pain_nrs", 3, date(2026, 11, 24))
    with pytest.raises(ValidationError, match="Unknown measure"):
        clinic.treatments.add_outcome(1, "happiness", 3)
    assert [s.value for s in clinic.treatments.outcomes(1)["headache_days"]] == [20, 16, 8]


def test_the_clinic_adds_its_own_protocols_and_the_built_ins_stay(clinic: ClinicServices) -> None:
    preempt = clinic.treatments.protocol("preempt")
    mine = clinic.treatments.save_protocol(
        type(preempt)("Occipital block", Indication.CHRONIC_MIGRAINE, ONA, preempt.sites[:2], builtin=False)
    )
    assert mine.id is not None and clinic.treatments.protocol("occipital BLOCK").sites == preempt.sites[:2]
    with pytest.raises(ConflictError):
        clinic.treatments.save_protocol(
            type(preempt)("preempt", Indication.CHRONIC_MIGRAINE, ONA, preempt.sites)
        )


def test_merging_a_duplicate_moves_its_treatments_and_scores(clinic: ClinicServices) -> None:
    duplicate = clinic.patients.add(PatientInput("Ines", "Ortega", "1980-04-02", phone="")).record.id
    clinic.treatments.record(draft(clinic, "2026-08-03T09:00", patient_id=duplicate))
    clinic.treatments.add_outcome(duplicate, "headache_days", 18, date(2026, 8, 1))
    moved = clinic.patients.merge(1, duplicate, by="Dr Lind")
    assert moved.get("treatment") == 1 and moved.get("outcome") == 1
    assert len(clinic.treatments.for_patient(1)) == 1
    assert clinic.treatments.outcomes(1)["headache_days"][0].value == 18
