"""The clinic's own protocol templates and outcome measures at rest (the built-in ones are in
domain/protocols.py and domain/outcomes.py)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.outcomes import Measure
from clinic_desktop.domain.treatment_record import SiteDose
from clinic_desktop.store import models as m

if TYPE_CHECKING:  # the protocols' records, loaded when the protocols are read (not by a chart)
    from clinic_desktop.domain.treatments import FollowThePain, ProtocolTemplate


def sites_json(sites: Sequence[SiteDose]) -> str:
    return json.dumps(
        [
            {
                "muscle": s.muscle,
                "side": s.side.value,
                "units": str(s.units),
                "injection_points": s.injection_points,
            }
            for s in sites
        ]
    )


def sites_from_json(text: str) -> tuple[SiteDose, ...]:
    return tuple(
        SiteDose(str(s["muscle"]), Side(s["side"]), Decimal(str(s["units"])), int(s["injection_points"]))
        for s in json.loads(text)
    )


class ProtocolsAndMeasures:
    """Part of TreatmentRecords (store.treatments): the clinic's protocols and measures."""

    def protocols(self) -> list[ProtocolTemplate]:
        from clinic_desktop.domain.treatments import ProtocolTemplate

        return [
            ProtocolTemplate(
                name=str(r.name),
                indication=Indication(r.indication),
                product=Product(r.product),
                sites=sites_from_json(r.sites),
                follow_the_pain=_ftp_from_json(r.follow_the_pain),
                source=str(r.source),
                builtin=False,
                id=int(r.id),
            )
            for r in m.ClinicProtocol.select().order_by(m.ClinicProtocol.name)
        ]

    def save_protocol(self, template: ProtocolTemplate, at: datetime) -> int:
        ftp = template.follow_the_pain
        values = {
            "name": template.name,
            "indication": template.indication.value,
            "product": template.product.value,
            "sites": sites_json(template.sites),
            "follow_the_pain": json.dumps(
                {
                    "max_units": str(ftp.max_units),
                    "max_injection_points": ftp.max_injection_points,
                    "muscles": list(ftp.muscles),
                }
            )
            if ftp
            else None,
            "source": template.source,
            "updated_at": at,
        }
        if template.id is not None:
            m.ClinicProtocol.update(**values).where(m.ClinicProtocol.id == template.id).execute()
            return template.id
        return int(m.ClinicProtocol.create(**values).id)

    def delete_protocol(self, protocol_id: int) -> None:
        m.ClinicProtocol.delete().where(m.ClinicProtocol.id == protocol_id).execute()

    def measures(self) -> list[Measure]:
        return [
            Measure(
                str(r.code),
                str(r.label),
                Decimal(r.low),
                Decimal(r.high),
                str(r.unit),
                bool(r.lower_is_better),
                False,
            )
            for r in m.ClinicMeasure.select().order_by(m.ClinicMeasure.label)
        ]

    def add_measure(self, measure: Measure) -> None:
        m.ClinicMeasure.create(
            code=measure.code,
            label=measure.label,
            low=measure.low,
            high=measure.high,
            unit=measure.unit,
            lower_is_better=measure.lower_is_better,
        )


def _ftp_from_json(text: str | None) -> FollowThePain | None:
    if not text:
        return None
    from clinic_desktop.domain.treatments import FollowThePain

    data = json.loads(text)
    return FollowThePain(
        Decimal(str(data["max_units"])), int(data["max_injection_points"]), tuple(data["muscles"])
    )
