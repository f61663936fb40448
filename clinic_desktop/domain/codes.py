"""The stable codes of the command-line contract (docs: cli.md, "Codes").

Scripts and exports depend on these spellings; add codes, never rename them.
"""

from __future__ import annotations

from enum import StrEnum


class Indication(StrEnum):
    CHRONIC_MIGRAINE = "chronic_migraine"
    CERVICAL_DYSTONIA = "cervical_dystonia"
    UPPER_LIMB_SPASTICITY = "upper_limb_spasticity"
    LOWER_LIMB_SPASTICITY = "lower_limb_spasticity"
    MYOFASCIAL_PAIN = "myofascial_pain"
    TMJ_DISORDER = "tmj_disorder"
    OVERACTIVE_BLADDER = "overactive_bladder"
    AXILLARY_HYPERHIDROSIS = "axillary_hyperhidrosis"
    OTHER = "other"

    @property
    def label(self) -> str:
        return INDICATION_LABELS[self]


INDICATION_LABELS: dict[Indication, str] = {
    Indication.CHRONIC_MIGRAINE: "Chronic migraine",
    Indication.CERVICAL_DYSTONIA: "Cervical dystonia",
    Indication.UPPER_LIMB_SPASTICITY: "Upper limb spasticity",
    Indication.LOWER_LIMB_SPASTICITY: "Lower limb spasticity",
    Indication.MYOFASCIAL_PAIN: "Myofascial pain",
    Indication.TMJ_DISORDER: "TMJ disorder / bruxism",
    Indication.OVERACTIVE_BLADDER: "Overactive bladder",
    Indication.AXILLARY_HYPERHIDROSIS: "Axillary hyperhidrosis",
    Indication.OTHER: "Other",
}


class Product(StrEnum):
    ONABOTULINUMTOXINA = "onabotulinumtoxinA"
    ABOBOTULINUMTOXINA = "abobotulinumtoxinA"
    INCOBOTULINUMTOXINA = "incobotulinumtoxinA"
    PRABOTULINUMTOXINA = "prabotulinumtoxinA"
    DAXIBOTULINUMTOXINA = "daxibotulinumtoxinA"
    RIMABOTULINUMTOXINB = "rimabotulinumtoxinB"


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    BILATERAL = "bilateral"
    MIDLINE = "midline"


class AppointmentStatus(StrEnum):
    """The life of a booking: booked -> confirmed -> arrived -> in_room -> completed,
    or it ends as cancelled or no_show."""

    BOOKED = "booked"
    CONFIRMED = "confirmed"
    ARRIVED = "arrived"
    IN_ROOM = "in_room"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @property
    def occupies_time(self) -> bool:
        """A cancelled booking frees its slot; every other status holds it (a no-show held it)."""
        return self is not AppointmentStatus.CANCELLED


def parse_indication(text: str) -> Indication:
    from clinic_desktop.domain.errors import ValidationError

    try:
        return Indication(text.strip().lower())
    except ValueError:
        known = ", ".join(i.value for i in Indication)
        raise ValidationError(f"Unknown indication '{text}'. Known indications: {known}.") from None
