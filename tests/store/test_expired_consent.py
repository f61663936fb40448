"""Which patients a list flags for a lapsed consent (store/patients.py, ClinicalRecords.
expired_consent_patients), on both engines: a kind whose every signature has expired flags the
patient; a renewal of that kind (open-ended or still running) clears it; another kind still valid
does not."""

from __future__ import annotations

from datetime import timedelta

from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput


def test_a_kind_whose_every_signature_expired_flags_the_patient(services: ClinicServices) -> None:
    today = services.patients.today()
    ids = [
        services.patients.add(PatientInput(f"Pat{n}", "Consent", "1970-01-01")).record.id for n in range(6)
    ]
    lapsed, renewed, other_kind_valid, running, open_ended, none = ids
    long_ago, yesterday, later = (
        today - timedelta(days=400),
        today - timedelta(days=1),
        today + timedelta(days=30),
    )
    add = services.patients.add_consent
    add(lapsed, "Botulinum toxin treatment", long_ago, yesterday)
    add(renewed, "Botulinum toxin treatment", long_ago, yesterday)
    add(renewed, "Botulinum toxin treatment", yesterday, None)
    add(other_kind_valid, "Photography", long_ago, yesterday)
    add(other_kind_valid, "Botulinum toxin treatment", long_ago, later)
    add(running, "Botulinum toxin treatment", long_ago, later)
    add(open_ended, "Botulinum toxin treatment", long_ago, None)
    found = services.store.patients.expired_consent_patients(ids, today)
    assert found == {lapsed, other_kind_valid}
    assert services.store.patients.expired_consent_patients(ids, long_ago) == set()  # before any lapsed
    assert services.store.patients.expired_consent_patients([], today) == set()
    assert none not in found
