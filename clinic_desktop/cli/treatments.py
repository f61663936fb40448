"""`lots`, `protocols`, `treatments` and `outcomes`: charting from the command line."""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from clinic_desktop.cli.dates import writing
from clinic_desktop.cli.output import Output, table
from clinic_desktop.domain.access import Role
from clinic_desktop.domain.clinic_time import parse_date
from clinic_desktop.domain.codes import Indication, Product, parse_indication
from clinic_desktop.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from clinic_desktop.domain.outcomes import Measure
from clinic_desktop.domain.protocols import WeightBasedTemplate
from clinic_desktop.domain.safety import units_per_kg
from clinic_desktop.domain.signing import unlinked_message
from clinic_desktop.domain.treatment_record import Guidance, SiteDose, TreatmentRecord
from clinic_desktop.domain.treatments import (
    Lot,
    ProtocolTemplate,
    TreatmentDraft,
    parse_site,
    parse_units,
)
from clinic_desktop.domain.units import format_units, units_number
from clinic_desktop.domain.weights import kg_number, parse_weight

if TYPE_CHECKING:
    from clinic_desktop.services import ClinicServices


def add_parsers(sub: Any, json_flag: Any, parser_class: type) -> None:
    """`lots`, `protocols`, `treatments` and `outcomes` with their actions."""
    _add_lots_parsers(sub, json_flag, parser_class)
    _add_protocols_parsers(sub, json_flag, parser_class)
    _add_treatments_parsers(sub, json_flag, parser_class)
    _add_outcomes_parsers(sub, json_flag, parser_class)


def _add_lots_parsers(sub: Any, json_flag: Any, parser_class: type) -> None:
    lots = sub.add_parser("lots", help="toxin stock: lots with expiry and vials")
    lsub = lots.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=parser_class)
    p = lsub.add_parser("add", help="a delivered lot")
    p.add_argument("--product", required=True, metavar="CODE")
    p.add_argument("--lot", required=True, metavar="LOT")
    p.add_argument("--expires", required=True, metavar="DATE")
    p.add_argument("--vials", type=int, required=True, metavar="N")
    p.add_argument("--units-per-vial", type=int, metavar="U")
    json_flag(p)
    p = lsub.add_parser("list", help="lots in stock")
    p.add_argument("--product", metavar="CODE")
    json_flag(p)
    p = lsub.add_parser("adjust", help="change a lot's count of vials, with the reason (found, broken, lost)")
    p.add_argument("--product", required=True, metavar="CODE")
    p.add_argument("--lot", required=True, metavar="LOT")
    p.add_argument(
        "--vials", type=int, required=True, metavar="N", help="+N found, -N broken, lost or returned"
    )
    p.add_argument("--reason", required=True, metavar="TEXT")
    json_flag(p)


def _add_protocols_parsers(sub: Any, json_flag: Any, parser_class: type) -> None:
    protocols = sub.add_parser("protocols", help="injection protocol templates")
    psub = protocols.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=parser_class)
    json_flag(psub.add_parser("list", help="every template, built-in and the clinic's own"))
    p = psub.add_parser("show", help="one template's sites")
    p.add_argument("name")
    p.add_argument(
        "--kg", metavar="N", help="a weight-based (children's) template in units for this weight in kg"
    )
    json_flag(p)


def _add_treatments_parsers(sub: Any, json_flag: Any, parser_class: type) -> None:
    treatments = sub.add_parser("treatments", help="chart and list treatments")
    tsub = treatments.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )
    p = tsub.add_parser("record", help="chart a treatment (refused when a clinical rule forbids it)")
    p.add_argument("--patient", type=int, required=True, metavar="ID")
    p.add_argument(
        "--provider",
        type=int,
        metavar="ID",
        help="who gives it (default: you, signed in as a provider; another provider is refused)",
    )
    p.add_argument(
        "--supervised-by",
        type=int,
        metavar="ID",
        help="the supervising physician of a nurse injector's treatment (beside the provider)",
    )
    p.add_argument("--indication", required=True, metavar="CODE")
    p.add_argument("--protocol", metavar="NAME", help="fills the sites from a template (see protocols list)")
    p.add_argument("--product", required=True, metavar="CODE")
    p.add_argument("--lot", required=True, metavar="LOT")
    p.add_argument("--at", metavar="LOCAL", help="when it was given (default: now)")
    p.add_argument(
        "--site",
        action="append",
        default=[],
        metavar="MUSCLE:SIDE:UNITS:POINTS",
        help="an injection site; repeat for each (replaces the protocol's sites)",
    )
    p.add_argument("--waste", metavar="UNITS", help="units discarded (default: the rest of the vials opened)")
    p.add_argument("--diluent-ml", metavar="ML", help="diluent volume per vial (gives units per 0.1 mL)")
    p.add_argument("--guidance", default="none", choices=[g.value for g in Guidance])
    p.add_argument("--consent-checked", action="store_true")
    p.add_argument("--aftercare-given", action="store_true")
    p.add_argument("--notes", default="")
    p.add_argument("--override-reason", default="", metavar="TEXT")
    p.add_argument("--draft", action="store_true", help="save unsigned (signing locks the record)")
    json_flag(p)
    p = tsub.add_parser("list", help="a patient's treatments, newest first")
    p.add_argument("--patient", type=int, required=True, metavar="ID")
    json_flag(p)


def _add_outcomes_parsers(sub: Any, json_flag: Any, parser_class: type) -> None:
    outcomes = sub.add_parser("outcomes", help="outcome scores")
    osub = outcomes.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=parser_class)
    p = osub.add_parser("add", help="record a score")
    p.add_argument("--patient", type=int, required=True, metavar="ID")
    p.add_argument("--measure", required=True, metavar="CODE")
    p.add_argument("--value", required=True, metavar="X")
    p.add_argument("--at", metavar="DATE")
    json_flag(p)
    p = osub.add_parser("list", help="a patient's scores, with responder status")
    p.add_argument("--patient", type=int, required=True, metavar="ID")
    json_flag(p)
    json_flag(osub.add_parser("measures", help="the measures scores can be recorded for"))
    p = osub.add_parser("define", help="add one of the clinic's own measures")
    p.add_argument("--code", required=True, help="lowercase letters, digits and _, e.g. neck_disability")
    p.add_argument("--label", required=True)
    p.add_argument("--low", required=True, metavar="X", help="lowest possible value")
    p.add_argument("--high", required=True, metavar="X", help="highest possible value")
    p.add_argument("--unit", default="")
    p.add_argument("--higher-is-better", action="store_true")
    json_flag(p)


def parse_number(text: str, what: str) -> Decimal:
    try:
        value = Decimal(text.strip())
    except ArithmeticError:
        raise ValidationError(f"{what} '{text}' is not a number.") from None
    if not value.is_finite():
        raise ValidationError(f"{what} '{text}' is not a number.")
    return value


def parse_product(text: str) -> Product:
    for product in Product:
        if product.value.casefold() == text.strip().casefold():
            return product
    known = ", ".join(p.value for p in Product)
    raise ValidationError(f"Unknown product '{text}'. Products: {known}.")


def lot_json(lot: Lot) -> dict[str, Any]:
    return {
        "id": lot.id,
        "product": lot.product.value,
        "lot": lot.lot_number,
        "expires": lot.expires_on,
        "vials_received": lot.vials_received,
        "vials_used": lot.vials_used,
        "vials_left": lot.vials_left,
        "units_per_vial": lot.units_per_vial,
        "vials_adjusted": lot.vials_adjusted,
    }


def site_json(s: SiteDose) -> dict[str, Any]:
    return {
        "muscle": s.muscle,
        "side": s.side.value,
        "units": units_number(s.units),
        "injection_points": s.injection_points,
    }


def protocol_json(t: ProtocolTemplate) -> dict[str, Any]:
    ftp = t.follow_the_pain
    return {
        "name": t.name,
        "indication": t.indication.value,
        "product": t.product.value,
        "sites": [site_json(s) for s in t.sites],
        "total_units": units_number(t.total_units),
        "total_injection_points": t.total_injection_points,
        "follow_the_pain": {
            "max_units": units_number(ftp.max_units),
            "max_injection_points": ftp.max_injection_points,
            "muscles": list(ftp.muscles),
        }
        if ftp
        else None,
        "builtin": t.builtin,
        "source": t.source,
        "weight_based": False,
    }


def weight_based_json(t: WeightBasedTemplate) -> dict[str, Any]:
    """A children's template: Units/kg per site (``treatments record --protocol`` charts it in
    units for the patient's weight)."""
    return {
        "name": t.name,
        "indication": t.indication.value,
        "product": t.product.value,
        "weight_based": True,
        "sites": [
            {"muscle": x.muscle, "side": x.side.value, "units_per_kg": float(x.units_per_kg),
             "injection_points": x.injection_points}
            for x in t.sites
        ],
        "units_per_kg": float(t.units_per_kg),
        "total_injection_points": sum(x.injection_points for x in t.sites),
        "follow_the_pain": None,
        "builtin": True,
        "source": t.source,
    }  # fmt: skip


def treatment_json(t: TreatmentRecord, s: ClinicServices) -> dict[str, Any]:
    return {
        "id": t.id,
        "patient_id": t.patient_id,
        "provider_id": t.provider_id,
        "performed_at": s.time.iso(t.performed_at),
        "indication": t.indication.value,
        "protocol": t.protocol or None,
        "product": t.product.value,
        "lot": t.lot_number,
        "total_units": units_number(t.total_units),
        "waste_units": units_number(t.waste_units),
        "waste_modifier": t.waste_modifier,
        "diluent_ml": float(t.diluent_ml) if t.diluent_ml is not None else None,
        "units_per_0_1_ml": float(t.units_per_tenth_ml) if t.units_per_tenth_ml is not None else None,
        "sites": [site_json(x) for x in t.sites],
        "total_injection_points": t.total_injection_points,
        "guidance": t.guidance.value,
        "consent_checked": t.consent_checked,
        "aftercare_given": t.aftercare_given,
        "signed": t.signed,
        "signed_by": t.signed_by or None,
        "supervised_by": t.supervised_by_id,
        "supervised_by_name": t.supervised_by_name or None,
        "overrides": [{"rule": o.rule, "reason": o.reason, "by": o.by} for o in t.overrides],
        "amendments": len(t.amendments),
        "notes": t.notes,
        "weight_kg": kg_number(t.weight_kg) if t.weight_kg is not None else None,
        "units_per_kg": float(units_per_kg(t.total_units, t.weight_kg)) if t.weight_kg else None,
    }


def run_lots(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    if args.action == "add":
        lot = s.stock.receive(
            parse_product(args.product), args.lot, parse_date(args.expires), args.vials, args.units_per_vial
        )
        out.say(
            f"Added lot {lot.lot_number}: {lot.vials_received} vials of {lot.units_per_vial} U, "
            f"expires {lot.expires_on}."
        )
        out.result(lot_json(lot))
        return 0
    if args.action == "adjust":
        product = parse_product(args.product)
        found = next((x for x in s.treatments.lots(product) if x.lot_number == args.lot.strip()), None)
        if found is None:
            raise NotFoundError(f"There is no lot {args.lot} of {product.value} in stock.")
        lot = s.stock.adjust(found.id, args.vials, args.reason)
        out.say(f"Lot {lot.lot_number}: {lot.vials_left} vial{'s' if lot.vials_left != 1 else ''} left.")
        out.result(lot_json(lot))
        return 0
    lots = s.treatments.lots(parse_product(args.product) if args.product else None)
    rows = [
        [x.product.value, x.lot_number, str(x.expires_on), str(x.vials_left), str(x.units_per_vial)]
        for x in lots
    ]
    out.result(
        [lot_json(x) for x in lots], table(rows, ["product", "lot", "expires", "vials left", "U/vial"])
    )
    return 0


def run_protocols(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    children = {w.name.casefold(): w for w in s.treatments.weight_based_protocols()}
    if args.action == "show":
        per_kg = children.get(args.name.strip().casefold())
        if per_kg is not None and not args.kg:
            rows = [[x.muscle, x.side.value, format_units(x.units_per_kg), str(x.injection_points)]
                    for x in per_kg.sites]  # fmt: skip
            text = (
                f"{per_kg.name} ({per_kg.indication.label}, {per_kg.product.value}): "
                f"{format_units(per_kg.units_per_kg)} U/kg; give --kg N for a child's units\n"
            ) + table(rows, ["muscle", "side", "U/kg", "points"])
            out.result(weight_based_json(per_kg), text)
            return 0
        if per_kg is not None:
            t = per_kg.for_weight(parse_weight(args.kg))
        else:
            t = s.treatments.protocol(args.name)
        rows = [[x.muscle, x.side.value, format_units(x.units), str(x.injection_points)] for x in t.sites]
        text = f"{t.name} ({t.indication.label}, {t.product.value}): {format_units(t.total_units)} U, "
        text += f"{t.total_injection_points} points\n" + table(rows, ["muscle", "side", "units", "points"])
        out.result(protocol_json(t), text)
        return 0
    templates = s.treatments.protocols()
    rows = [
        [
            t.name,
            t.indication.value,
            t.product.value,
            format_units(t.total_units),
            str(t.total_injection_points),
        ]
        for t in templates
    ]
    rows += [
        [w.name, w.indication.value, w.product.value, f"{format_units(w.units_per_kg)}/kg",
         str(sum(x.injection_points for x in w.sites))]
        for w in children.values()
    ]  # fmt: skip
    out.result(
        [*(protocol_json(t) for t in templates), *(weight_based_json(w) for w in children.values())],
        table(rows, ["name", "indication", "product", "units", "points"]),
    )
    return 0


def _giver(given: int | None, s: ClinicServices) -> int:
    """--provider, else the signed-in provider's own record (the service refuses anyone else)."""
    if given is not None:
        return given
    session = s.session
    if session is not None and session.role is Role.PROVIDER:
        if session.provider_id is None:
            raise PermissionDeniedError(unlinked_message(session.name))
        return session.provider_id
    raise ValidationError("Say which provider gave the treatment: --provider ID.")


def run_treatments(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    if args.action == "list":
        records = s.treatments.for_patient(args.patient)
        written = writing(s)
        rows = [
            [str(t.id), written.stamp(s.time.to_local(t.performed_at)), t.indication.value,
             t.product.value, format_units(t.total_units), t.waste_modifier,
             "signed" if t.signed else "draft"]
            for t in records
        ]  # fmt: skip
        out.result(
            [treatment_json(t, s) for t in records],
            table(rows, ["id", "at", "indication", "product", "units", "waste", "state"]),
        )
        return 0
    indication: Indication = parse_indication(args.indication)
    product = parse_product(args.product)
    sites = tuple(parse_site(text) for text in args.site)
    protocol = ""
    performed_at = s.time.parse_local(args.at) if args.at else s.now()
    if args.protocol:
        # A weight-based (children's) template in units for the patient's weight on the day.
        template = s.treatments.protocol_for(args.protocol, args.patient, s.time.local_date(performed_at))
        protocol = template.name
        if template.product is not product:
            raise ValidationError(
                f"The {template.name} protocol is for {template.product.value}, not {product.value}."
            )
        sites = sites or template.sites
    if not sites:
        raise ValidationError(
            "Give the injection sites with --site MUSCLE:SIDE:UNITS:POINTS, or a --protocol."
        )
    draft = TreatmentDraft(
        patient_id=args.patient,
        provider_id=_giver(args.provider, s),
        supervised_by_id=args.supervised_by,
        performed_at=performed_at,
        indication=indication,
        product=product,
        lot_number=args.lot,
        sites=sites,
        protocol=protocol,
        diluent_ml=Decimal(str(parse_units(args.diluent_ml, "mL"))) if args.diluent_ml else None,
        waste_units=parse_units(args.waste, "wasted units") if args.waste is not None else None,
        guidance=Guidance(args.guidance),
        consent_checked=args.consent_checked,
        aftercare_given=args.aftercare_given,
        notes=args.notes,
    )
    result = s.treatments.record(draft, args.override_reason, sign=not args.draft)
    for warning in result.warnings:
        out.say(f"Warning: {warning.message}")
    for overridden in result.overridden:
        out.say(f"Overridden ({args.override_reason.strip()}): {overridden.message}")
    t = result.treatment
    out.say(
        f"Recorded treatment {t.id}: {format_units(t.total_units)} U of {t.product.value}, "
        f"{format_units(t.waste_units)} U wasted ({t.waste_modifier})."
    )
    out.result(treatment_json(t, s))
    return 0


def measure_json(m: Measure) -> dict[str, Any]:
    return {"code": m.code, "label": m.label, "low": float(m.low), "high": float(m.high), "unit": m.unit,
            "lower_is_better": m.lower_is_better, "builtin": m.builtin}  # fmt: skip


def run_outcomes(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    if args.action == "measures":
        measures = s.treatments.measures()
        rows = [
            [m.code, m.label, f"{m.low}-{m.high}", "built in" if m.builtin else "clinic"] for m in measures
        ]
        out.result([measure_json(m) for m in measures], table(rows, ["code", "label", "range", "kind"]))
        return 0
    if args.action == "define":
        low, high = (parse_number(v, what) for v, what in ((args.low, "--low"), (args.high, "--high")))
        measure = s.treatments.add_measure(
            Measure(args.code.strip(), " ".join(args.label.split()), low, high, args.unit.strip(),
                    not args.higher_is_better, False)
        )  # fmt: skip
        out.say(f"Added the measure {measure.code} ({measure.label}, {measure.low} to {measure.high}).")
        out.result(measure_json(measure))
        return 0
    if args.action == "add":
        score = s.treatments.add_outcome(
            args.patient, args.measure, args.value, parse_date(args.at) if args.at else None
        )
        measure = s.treatments.measure(args.measure)
        out.say(f"Recorded {measure.label}: {score.value} on {score.day}.")
        out.result(
            {
                "patient_id": args.patient,
                "measure": measure.code,
                "value": float(score.value),
                "at": score.day,
            }
        )
        return 0
    scores = s.treatments.outcomes(args.patient)
    status = s.treatments.migraine_status(args.patient)
    document = {
        "patient_id": args.patient,
        "scores": {k: [{"at": x.day, "value": float(x.value)} for x in v] for k, v in scores.items()},
        "responder": status.responder,
        "reduction": float(status.reduction) if status.reduction is not None else None,
        "stopping_rule": status.stop_flag,
    }
    rows = [[k, str(x.day), str(x.value)] for k, v in scores.items() for x in v]
    text = table(rows, ["measure", "date", "value"]) + "\n" + status.summary
    if status.stop_flag:
        text += f"\n{status.stop_flag}"
    out.result(document, text)
    return 0
