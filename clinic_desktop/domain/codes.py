"""The stable codes of the command-line contract (docs: cli.md, "Codes").

Scripts and exports depend on these spellings; add codes, never rename them. What a person reads
for a code (its label) is a Text (domain/words.py): English in files and on the command line, the
window's language in the window.
"""

from __future__ import annotations

from enum import StrEnum

from clinic_desktop.domain.words import QT_TR_NOOP, Text


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
    def label(self) -> Text:
        return INDICATION_LABELS[self]

    @property
    def words(self) -> Text:
        """The indication inside a sentence ('chronic migraine'): its label as it reads in lower case."""
        return INDICATION_WORDS[self]


INDICATION_LABELS: dict[Indication, Text] = {
    Indication.CHRONIC_MIGRAINE: Text(QT_TR_NOOP("Chronic migraine")),
    Indication.CERVICAL_DYSTONIA: Text(QT_TR_NOOP("Cervical dystonia")),
    Indication.UPPER_LIMB_SPASTICITY: Text(QT_TR_NOOP("Upper limb spasticity")),
    Indication.LOWER_LIMB_SPASTICITY: Text(QT_TR_NOOP("Lower limb spasticity")),
    Indication.MYOFASCIAL_PAIN: Text(QT_TR_NOOP("Myofascial pain")),
    Indication.TMJ_DISORDER: Text(QT_TR_NOOP("TMJ disorder / bruxism")),
    Indication.OVERACTIVE_BLADDER: Text(QT_TR_NOOP("Overactive bladder")),
    Indication.AXILLARY_HYPERHIDROSIS: Text(QT_TR_NOOP("Axillary hyperhidrosis")),
    Indication.OTHER: Text(QT_TR_NOOP("Other")),
}
# In English exactly the label in lower case (sentences printed before these were translated
# wrote label.lower(), "tmj" included).
INDICATION_WORDS: dict[Indication, Text] = {
    Indication.CHRONIC_MIGRAINE: Text(QT_TR_NOOP("chronic migraine")),
    Indication.CERVICAL_DYSTONIA: Text(QT_TR_NOOP("cervical dystonia")),
    Indication.UPPER_LIMB_SPASTICITY: Text(QT_TR_NOOP("upper limb spasticity")),
    Indication.LOWER_LIMB_SPASTICITY: Text(QT_TR_NOOP("lower limb spasticity")),
    Indication.MYOFASCIAL_PAIN: Text(QT_TR_NOOP("myofascial pain")),
    Indication.TMJ_DISORDER: Text(QT_TR_NOOP("tmj disorder / bruxism")),
    Indication.OVERACTIVE_BLADDER: Text(QT_TR_NOOP("overactive bladder")),
    Indication.AXILLARY_HYPERHIDROSIS: Text(QT_TR_NOOP("axillary hyperhidrosis")),
    Indication.OTHER: Text(QT_TR_NOOP("other")),
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
    def label(self) -> Text:
        """'Booked', 'In room', 'No show' (a column, a filter, the flow board)."""
        return STATUS_LABELS[self]

    @property
    def words(self) -> Text:
        """The status inside a sentence: 'booked', 'in room', 'no show'."""
        return STATUS_WORDS[self]

    @property
    def occupies_time(self) -> bool:
        """A cancelled booking frees its slot; every other status holds it (a no-show held it)."""
        return self is not AppointmentStatus.CANCELLED


STATUS_LABELS: dict[AppointmentStatus, Text] = {
    AppointmentStatus.BOOKED: Text(QT_TR_NOOP("Booked")),
    AppointmentStatus.CONFIRMED: Text(QT_TR_NOOP("Confirmed")),
    AppointmentStatus.ARRIVED: Text(QT_TR_NOOP("Arrived")),
    AppointmentStatus.IN_ROOM: Text(QT_TR_NOOP("In room")),
    AppointmentStatus.COMPLETED: Text(QT_TR_NOOP("Completed")),
    AppointmentStatus.CANCELLED: Text(QT_TR_NOOP("Cancelled")),
    AppointmentStatus.NO_SHOW: Text(QT_TR_NOOP("No show")),
}
STATUS_WORDS: dict[AppointmentStatus, Text] = {
    AppointmentStatus.BOOKED: Text(QT_TR_NOOP("booked")),
    AppointmentStatus.CONFIRMED: Text(QT_TR_NOOP("confirmed")),
    AppointmentStatus.ARRIVED: Text(QT_TR_NOOP("arrived")),
    AppointmentStatus.IN_ROOM: Text(QT_TR_NOOP("in room")),
    AppointmentStatus.COMPLETED: Text(QT_TR_NOOP("completed")),
    AppointmentStatus.CANCELLED: Text(QT_TR_NOOP("cancelled")),
    AppointmentStatus.NO_SHOW: Text(QT_TR_NOOP("no show")),
}


def parse_indication(text: str) -> Indication:
    from clinic_desktop.domain.errors import ValidationError

    try:
        return Indication(text.strip().lower())
    except ValueError:
        known = ", ".join(i.value for i in Indication)
        raise ValidationError(
            QT_TR_NOOP("Unknown indication '{text}'. Known indications: {known}."), text=text, known=known
        ) from None
