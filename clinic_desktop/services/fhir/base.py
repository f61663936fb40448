"""What every part of one patient's Bundle uses: the ids, references, codes and numbers."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.entities import Provider
from clinic_desktop.domain.outcomes import Measure
from clinic_desktop.services.fhir.codes import TOXIN_UNIT
from clinic_desktop.services.fhir.record import Record

Entries = list[tuple[str, dict[str, Any]]]  # each resource with the key its id is made from


class BuilderBase:
    """The patient's record, the catalogue and the small pieces every resource is made of."""

    def __init__(
        self,
        time: ClinicTime,
        base: str,
        namespace: uuid.UUID,
        record: Record,
        providers: dict[int, Provider],
        measures: dict[str, Measure],
    ) -> None:
        self._time = time
        self._base = base
        self._ns = namespace
        self._r = record
        self._providers = providers
        self._measures = measures

    # --- ids and small pieces ---------------------------------------------------------------------

    def _id(self, key: str) -> str:
        return str(uuid.uuid5(self._ns, key))

    def _url(self, key: str) -> str:
        return f"urn:uuid:{self._id(key)}"

    def _instant(self, when: datetime) -> str:
        return self._time.iso(when)

    def _system(self, name: str) -> str:
        return f"{self._base}/{name}"

    def _code(self, system: str, code: str, display: str) -> dict[str, Any]:
        return {
            "coding": [{"system": self._system(system), "code": code, "display": display}],
            "text": display,
        }

    def _patient_ref(self) -> dict[str, Any]:
        p = self._r.patient
        return {"reference": self._url(f"Patient/{p.id}"), "display": f"{p.given_name} {p.family_name}"}

    def _provider_ref(self, provider_id: int) -> dict[str, Any]:
        provider = self._providers.get(provider_id)
        ref: dict[str, Any] = {"reference": self._url(f"Practitioner/{provider_id}")}
        if provider is not None:
            ref["display"] = provider.name
        return ref

    @staticmethod
    def _units(units: Decimal) -> dict[str, Any]:
        return {"value": number(units), **TOXIN_UNIT}

    def _text_extension(self, name: str, text: str) -> dict[str, Any]:
        """What R4 has no element for, kept as typed: an extension of ours holding the text."""
        return {"url": self._system(f"StructureDefinition/{name}"), "valueString": text}

    def _local(self, when: datetime) -> str:
        """A clinic-local wall-clock time for a sentence ('2026-11-23 09:05')."""
        return f"{self._time.to_local(when):%Y-%m-%d %H:%M}"

    def _condition_refs(self, indication: Indication) -> list[dict[str, Any]]:
        """The patient's conditions of an indication, as references (what a plan addresses)."""
        return [
            {"reference": self._url(f"Condition/{c.id}")}
            for c in self._r.conditions
            if c.indication is indication
        ]


def number(value: Decimal) -> int | float:
    """A JSON number: whole values as integers, others (units and scores have one decimal place at
    most) as floats."""
    return int(value) if value == value.to_integral_value() else float(value)


def said(value: object) -> str:
    """A value of an amendment as it was recorded: text as it is, anything else (a list of sites)
    as its JSON, so nothing of the correction is lost."""
    if value is None or value == "":
        return "(none)"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)
