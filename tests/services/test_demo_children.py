"""The demo clinic's children (issue 21): weighed at each treatment, a weight that fits their age
(the CDC medians, services/demo_growth.py), and dosed by it within the label's limits: every
child's treatment passes the children's rules as charting asks them, on both engines."""

from __future__ import annotations

from decimal import Decimal

from clinic_desktop.domain import safety
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.demo_growth import median_kg


def test_every_child_treated_in_the_demo_was_weighed_and_dosed_within_the_label(
    services: ClinicServices,
) -> None:
    s = services
    s.demo.generate(patients=600, providers=2, years=1, seed=7)
    store = s.store
    checked = 0
    with store.read_transaction():
        for patient_id in sorted(
            {
                t.patient_id
                for t in store.treatments.performed_between(
                    s.patients.today().replace(year=2000), s.patients.today()
                )
            }
        ):
            record = store.patients.get(patient_id)
            weights = tuple(store.patients.weights(patient_id))
            recipient = safety.Recipient(record.date_of_birth, weights)
            for t in store.treatments.for_patient(patient_id):
                if not recipient.child_on(t.performed_on):
                    continue
                checked += 1
                weight = recipient.recent_weight(t.performed_on)
                assert weight is not None and weight.on == t.performed_on and t.weight_kg == weight.kg
                median = Decimal(str(median_kg(record.sex, record.date_of_birth, t.performed_on)))
                assert median * Decimal("0.79") <= weight.kg <= median * Decimal("1.16"), (weight, median)
                planned = safety.Planned(
                    t.performed_on, t.performed_at, t.indication, t.product, t.total_units, t.sites
                )
                # As it was charted: against the doses given before it.
                history = [
                    d
                    for d in store.treatments.history(patient_id, exclude=t.id)
                    if (d.day, d.treatment_id or 0) < (t.performed_on, t.id)
                ]
                assert safety.weight_finding(t.performed_on, recipient) is None
                assert safety.dose_limit_findings(planned, history, recipient) == [], t
                assert t.protocol == "Upper limb spasticity, paediatric (per kg)"
    assert checked >= 10  # the check is not vacuous: the demo has children in treatment
