"""`patients ...`: register, find, show and merge patient records from the command line."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Any

from clinic_desktop.cli.output import Output, table
from clinic_desktop.domain.clinic_time import parse_date
from clinic_desktop.domain.patients import PatientRecord
from clinic_desktop.domain.weights import Weight, format_kg, kg_number

if TYPE_CHECKING:
    from clinic_desktop.services import ClinicServices


def add_parsers(sub: Any, json_flag: Any) -> Any:
    """The `patients` command and its actions; returns the action subparsers for more."""
    patients = sub.add_parser("patients", help="patient records")
    psub = patients.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(patients)
    )
    p = psub.add_parser("add", help="register a patient")
    p.add_argument("--given", required=True)
    p.add_argument("--family", required=True)
    p.add_argument("--dob", required=True, help="date of birth, YYYY-MM-DD or the clinic's usual format")
    p.add_argument("--preferred", default="", help="preferred name")
    p.add_argument("--sex", default="")
    p.add_argument("--phone", default="")
    p.add_argument("--email", default="")
    p.add_argument("--mrn", help="keep an MRN from another system (default: the next one)")
    p.add_argument("--external-id", default="")
    json_flag(p)
    p = psub.add_parser("search", help="find patients by name fragments, phone, date of birth or MRN")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=20)
    json_flag(p)
    p = psub.add_parser("show", help="one patient's record and clinical summary")
    p.add_argument("id", type=int)
    json_flag(p)
    p = psub.add_parser(
        "weight",
        help="record a weighing (children's toxin doses are set by weight)",
        description="Record the patient's weight in kilograms on a day (default today). Earlier "
        "weighings are kept; the newest is used. A patient under 18 needs one from the last 90 days "
        "before toxin can be charted.",
    )
    p.add_argument("id", type=int)
    p.add_argument("--kg", required=True, metavar="N", help="kilograms, at most two decimals (19.5)")
    p.add_argument("--on", metavar="DATE", help="the day it was measured (default: today)")
    json_flag(p)
    p = psub.add_parser("merge", help="fold a duplicate record into the surviving one")
    p.add_argument("survivor", type=int, metavar="SURVIVOR_ID")
    p.add_argument("duplicate", type=int, metavar="DUPLICATE_ID")
    json_flag(p)
    return psub


def patient_json(r: PatientRecord, hidden: Collection[str] = ()) -> dict[str, Any]:
    """A record as the command line prints it, without the fields the reader may not see
    (``hidden``: PatientService.view().hidden, the clinical facts for reception)."""
    document = {
        "id": r.id,
        "mrn": r.mrn,
        "given_name": r.given_name,
        "family_name": r.family_name,
        "preferred_name": r.preferred_name,
        "date_of_birth": r.date_of_birth.isoformat(),
        "sex": r.sex,
        "phone": r.phone,
        "phone_alt": r.phone_alt,
        "email": r.email,
        "address": r.address,
        "preferred_contact": r.preferred_contact,
        "preferred_times": r.preferred_times,
        "language": r.language,
        "emergency_contact": r.emergency_contact,
        "referring_physician": r.referring_physician,
        "status": r.status.value,
        "notes": r.notes,
        "external_id": r.external_id,
        "anticoagulant": r.anticoagulant,
        "bleeding_risk": r.bleeding_risk,
    }
    return {key: value for key, value in document.items() if key not in hidden}


def weight_json(weight: Weight | None) -> dict[str, Any]:
    """The newest weighing as `patients show` prints it: kilograms and the day (null when none)."""
    return {
        "weight_kg": kg_number(weight.kg) if weight is not None else None,
        "weight_on": weight.on.isoformat() if weight is not None else None,
    }


def run(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    action = args.action
    hidden = s.patients.view().hidden  # what the signed-in role does not see
    handler = ACTIONS.get(action)
    if handler is None:
        raise AssertionError(action)
    return handler(args, s, out, hidden)


def run_add(args: argparse.Namespace, s: ClinicServices, out: Output, hidden: Collection[str]) -> int:
    from clinic_desktop.services.patients import PatientInput

    data = PatientInput(
        given_name=args.given, family_name=args.family, date_of_birth=args.dob,
        preferred_name=args.preferred, sex=args.sex, phone=args.phone, email=args.email,
        external_id=args.external_id,
    )  # fmt: skip
    result = s.patients.add(data, mrn=args.mrn)
    document = patient_json(result.record, hidden)
    document["possible_duplicates"] = [patient_json(d, hidden) for d in result.duplicates]
    out.say(f"Registered {result.record.display_name} as {result.record.mrn}.")
    for d in result.duplicates:
        out.say(f"  Warning: possibly the same person as {d.mrn} {d.display_name}, born {d.date_of_birth}.")
    out.result(document)
    return 0


def run_search(args: argparse.Namespace, s: ClinicServices, out: Output, hidden: Collection[str]) -> int:
    hits = s.patients.search(args.text, args.limit)
    rows = [
        [
            h.record.mrn,
            h.record.sort_name,
            h.record.date_of_birth.isoformat(),
            h.record.phone,
            h.record.status.value,
        ]
        for h in hits
    ]
    found = [
        {**patient_json(h.record, hidden), "score": h.score, "expired_consent": h.expired_consent}
        for h in hits
    ]
    out.result(found, table(rows, ["mrn", "name", "born", "phone", "status"]) if hits else "")
    if not hits:
        out.say(f"No patient matches '{args.text}'.")
    return 0


def run_show(args: argparse.Namespace, s: ClinicServices, out: Output, hidden: Collection[str]) -> int:
    s.patients.open_chart(args.id)  # who looked at whose record is in the audit trail
    chart = s.patients.chart(args.id)
    r = chart.record
    summary = chart.summary
    document = {
        **patient_json(r, hidden),
        "age": chart.age,
        "alerts": chart.alerts,
        "conditions": [
            {"indication": c.indication.value, "icd10": c.icd10, "noted_on": c.noted_on}
            for c in summary.conditions
        ],
        "allergies": [
            {"substance": a.substance, "reaction": a.reaction, "severity": a.severity}
            for a in summary.allergies
        ],
        "medications": [
            {"name": m.name, "dose": m.dose, "anticoagulant": m.anticoagulant} for m in summary.medications
        ],
        "consents": [
            {
                "kind": c.kind,
                "signed_on": c.signed_on,
                "expires_on": c.expires_on,
                "expired": c.expired(s.patients.today()),
            }
            for c in summary.consents
        ],
        "upcoming_appointments": len(chart.upcoming),
        "past_appointments": len(chart.past),
        **weight_json(chart.weight),
    }
    document = {key: value for key, value in document.items() if key not in hidden}
    conditions = ", ".join(f"{c.indication.label} ({c.icd10})" for c in summary.conditions) or "-"
    lines = [
        f"{r.display_name}  {r.mrn}  born {r.date_of_birth} (age {chart.age})  {r.status.value}",
        *(f"  ALERT: {a}" for a in chart.alerts),
        f"  phone {r.phone or '-'}  email {r.email or '-'}",
        "  weight: "
        + (f"{format_kg(chart.weight.kg)} on {chart.weight.on}" if chart.weight else "not recorded"),
        *([] if "conditions" in hidden else [f"  conditions: {conditions}"]),
        f"  appointments: {len(chart.past)} past, {len(chart.upcoming)} upcoming",
    ]
    out.result(document, "\n".join(lines))
    return 0


def run_weight(args: argparse.Namespace, s: ClinicServices, out: Output, hidden: Collection[str]) -> int:
    weight = s.patients.add_weight(args.id, args.kg, parse_date(args.on) if args.on else None)
    record = s.patients.get(args.id)
    out.say(f"Recorded {format_kg(weight.kg)} for {record.display_name} on {weight.on}.")
    out.result({"patient_id": args.id, **weight_json(weight)})
    return 0


def run_merge(args: argparse.Namespace, s: ClinicServices, out: Output, hidden: Collection[str]) -> int:
    moved = s.patients.merge(args.survivor, args.duplicate)
    survivor = s.patients.get(args.survivor)
    out.say(
        f"Merged record {args.duplicate} into {survivor.mrn}: "
        + ", ".join(f"{v} {k}" for k, v in moved.items())
    )
    out.result({"survivor": patient_json(survivor, hidden), "merged_id": args.duplicate, "moved": moved})
    return 0


#: The `patients` actions this module runs, by name (import, export and consent are run elsewhere:
#: cli/commands.py).
ACTIONS: dict[str, Callable[[argparse.Namespace, ClinicServices, Output, Collection[str]], int]] = {
    "add": run_add,
    "search": run_search,
    "show": run_show,
    "weight": run_weight,
    "merge": run_merge,
}
