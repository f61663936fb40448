"""Schema 13 (children's doses by weight): a database as schema 12 left it is upgraded on both
engines, keeping its treatments (their weight unknown); afterwards weighings are kept and a
treatment records the weight it was checked against."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.treatment_record import SiteDose
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.services import ClinicServices, Clock
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.store.migrations import SCHEMA_VERSION, VERSION_KEY
from tests.conftest import FIXED_NOW, NewDatabase

ONA = Product.ONABOTULINUMTOXINA


def treatment(s: ClinicServices, patient: int, local: str, units: int) -> TreatmentDraft:
    sites = (SiteDose("biceps brachii", Side.LEFT, Decimal(units), 4),)
    return TreatmentDraft(
        patient, 1, s.time.parse_local(local), Indication.UPPER_LIMB_SPASTICITY, ONA, "C1", sites
    )


def as_of_schema_12(location: str) -> None:
    """An adult treated on 1 Sep 2026, put back to schema 12's shape: no weighings table, no
    weight on treatments."""
    s = ClinicServices.open(location, Clock(FIXED_NOW))
    s.resources.add_provider("Dr Lind")
    s.patients.add(PatientInput("Ines", "Ortega", "1980-04-02"))
    s.patients.add(PatientInput("Maya", "Reyes", "2019-05-02"))
    s.treatments.add_lot(ONA, "C1", date(2027, 6, 30), 10)
    s.treatments.record(treatment(s, 1, "2026-09-01T09:00", 150))
    database = s.store.database
    database.execute_sql('DROP TABLE "patient_weight"')
    database.execute_sql('ALTER TABLE "treatment" DROP COLUMN "weight_kg"')
    s.store.set_info_value(VERSION_KEY, "12")
    s.close()


def test_schema_12_is_upgraded_keeping_treatments_and_then_keeps_weights(new_database: NewDatabase) -> None:
    location = new_database("old")
    as_of_schema_12(location)
    s = ClinicServices.open(location, Clock(FIXED_NOW))
    try:
        assert s.migration is not None
        assert (s.migration.from_version, s.migration.to_version) == (12, SCHEMA_VERSION)
        (old,) = s.treatments.for_patient(1)
        assert (old.total_units, old.weight_kg) == (Decimal(150), None)
        assert s.patients.weights(2) == []
        s.patients.add_weight(2, "20", "2026-11-20")
        child = s.treatments.record(treatment(s, 2, "2026-11-23T09:00", 120)).treatment
        assert child.weight_kg == Decimal(20)
        assert [(w.kg, w.on) for w in s.patients.weights(2)] == [(Decimal(20), date(2026, 11, 20))]
        assert s.clinic.check() == []
    finally:
        s.close()
