"""A clinic setting itself up: the appointment types suggested from what its providers treat, what
a clinic needs before it can book, and the settings the set-up asks for beyond name and zone.

The suggested types (SEED_TYPES) are a starting point the manager edits, not a rule: the usual
length of each visit and the kind of room it needs, with the reasoning:

Rooms: every visit but one is held in the provider's own consulting room (no room need: any room,
or none, will do); only the bladder procedure needs the procedure room (docs/domain.md). A clinic
that books its exam rooms too sets the type's room kind to "exam".

- Consultation, 45 minutes: a new patient's first visit (history, headache diary or symptom
  scores, examination, the treatment plan and consent) before any toxin is given
  (docs/domain.md: "Patients come for a consultation first, then treatment").
- Review, 20 minutes: the visit 4-6 weeks after a first treatment for an indication, to judge the
  response and adverse effects (domain/followup.py, REVIEW_FROM_DAYS/REVIEW_BY_DAYS).
- Chronic migraine, 30 minutes: the PREEMPT paradigm's 31-39 fixed and
  follow-the-pain sites over head and neck (Blumenfeld et al., Headache 2010;50:1406-18) take
  about 15 minutes to inject; the rest is consent, reconstituting the vial and charting.
- Cervical dystonia, 30 minutes: a few neck muscles chosen and dosed per patient, often
  under EMG or ultrasound guidance (BOTOX prescribing information, section 2.5).
- Upper and lower limb spasticity, 45 minutes: several limb muscles, each located with
  EMG, electrical stimulation or ultrasound (prescribing information, dosage and administration);
  children need time to settle.
- Myofascial pain and TMJ/bruxism, 20 minutes: a handful of trigger points, or masseter
  and temporalis on both sides.
- Overactive bladder, 60 minutes, procedure room: intradetrusor injection through a cystoscope
  after a bladder instillation of local anaesthetic left 20-30 minutes, the injections themselves
  15-20 minutes, then a short observation (docs/domain.md: "a procedure room"; done in outpatient
  clinics under local anaesthetic: Curtis et al., Int Neurourol J 2025;29:34-39).
- Axillary hyperhidrosis, 30 minutes: Minor's starch-iodine test marks the sweating area,
  then an intradermal grid of 10-15 injections per axilla (prescribing information, dosage and
  administration).
- "Other" gets no suggestion: the clinic names that visit itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.words import QT_TR_NOOP, Text


@dataclass(frozen=True)
class SeedType:
    """An appointment type the set-up suggests."""

    name: str
    minutes: int
    room_kind: str | None  # None: the provider's own room (any room, or none)
    indication: Indication | None
    colour: str
    is_treatment: bool


CONSULTATION = SeedType("Consultation", 45, None, None, "#6f42c1", False)
REVIEW = SeedType("Review", 20, None, None, "#2e8b57", False)
# Each indication's treatment visit; colours from the Tableau 10 palette, distinct side by side.
TREATMENT_SEEDS: dict[Indication, SeedType] = {
    Indication.CHRONIC_MIGRAINE: SeedType(
        "Migraine treatment", 30, None, Indication.CHRONIC_MIGRAINE, "#1f77b4", True
    ),
    Indication.CERVICAL_DYSTONIA: SeedType(
        "Dystonia treatment", 30, None, Indication.CERVICAL_DYSTONIA, "#d62728", True
    ),
    Indication.UPPER_LIMB_SPASTICITY: SeedType(
        "Upper limb spasticity treatment", 45, None, Indication.UPPER_LIMB_SPASTICITY, "#ff7f0e", True
    ),
    Indication.LOWER_LIMB_SPASTICITY: SeedType(
        "Lower limb spasticity treatment", 45, None, Indication.LOWER_LIMB_SPASTICITY, "#e377c2", True
    ),
    Indication.MYOFASCIAL_PAIN: SeedType(
        "Trigger point treatment", 20, None, Indication.MYOFASCIAL_PAIN, "#8c564b", True
    ),
    Indication.TMJ_DISORDER: SeedType("TMJ treatment", 20, None, Indication.TMJ_DISORDER, "#7f7f7f", True),
    Indication.OVERACTIVE_BLADDER: SeedType(
        "Bladder procedure", 60, "procedure", Indication.OVERACTIVE_BLADDER, "#bcbd22", True
    ),
    Indication.AXILLARY_HYPERHIDROSIS: SeedType(
        "Hyperhidrosis treatment", 30, None, Indication.AXILLARY_HYPERHIDROSIS, "#17becf", True
    ),
}


def seed_types(indications: Iterable[Indication]) -> list[SeedType]:
    """The types a clinic treating these indications starts with: the consultation, one treatment
    visit per indication (in the order of the indication list), and the review. No indication
    given (a provider treating everything): every indication's visit."""
    wanted = set(indications) or set(Indication)
    treatments = [TREATMENT_SEEDS[i] for i in Indication if i in wanted and i in TREATMENT_SEEDS]
    return [CONSULTATION, *treatments, REVIEW]


# --- what a clinic needs before it can book -------------------------------------------------------


@dataclass(frozen=True)
class SetupStatus:
    """Counts the set-up checklist and the calendar's "what is missing" read."""

    named: bool  # the clinic has a name of its own
    providers: int  # active providers
    providers_with_hours: int  # active providers with weekly hours that apply from today on
    rooms: int
    types: int
    treatment_types: int
    lots: int  # lots with vials left, not expired
    rooms_missing_for: tuple[str, ...] = ()  # types that need a kind of room the clinic lacks

    @property
    def can_book(self) -> bool:
        """A booking needs a provider with working hours and a type of visit (a room is optional)."""
        return self.providers_with_hours > 0 and self.types > 0

    def missing(self) -> list[tuple[str, str]]:
        """What stops the clinic booking, as (set-up page, sentence), in the order to do it."""
        found: list[tuple[str, str]] = []
        if self.providers == 0:
            found.append(
                ("providers", Text(QT_TR_NOOP("There is no provider yet: add the clinic's first provider.")))
            )
        elif self.providers_with_hours == 0:
            found.append(
                ("hours", Text(QT_TR_NOOP("No provider has working hours yet: set their weekly hours.")))
            )
        if self.types == 0:
            found.append(
                (
                    "types",
                    Text(QT_TR_NOOP("There are no appointment types yet: add the clinic's types of visit.")),
                )
            )
        if len(self.rooms_missing_for) == 1:
            found.append(
                (
                    "rooms",
                    Text(
                        QT_TR_NOOP(
                            "{types} needs a kind of room the clinic has not added yet: add the room."
                        ),
                        types=self.rooms_missing_for[0],
                    ),
                )
            )
        elif self.rooms_missing_for:
            found.append(
                (
                    "rooms",
                    Text(
                        QT_TR_NOOP("{types} need a kind of room the clinic has not added yet: add the room."),
                        types=", ".join(self.rooms_missing_for),
                    ),
                )
            )
        return found


# --- settings the set-up asks for ------------------------------------------------------------------

DEFAULT_RECALL_LEAD_DAYS = 28  # the recall list shows patients due within this many days
MAX_RECALL_LEAD_DAYS = 120


def validate_recall_lead_days(value: object) -> int:
    """How many days before a patient is due the recall list shows them (the follow-up lead time):
    1 to 120. Four weeks gives reception time to reach a patient before the 12-week date."""
    try:
        days = int(str(value).strip())
    except ValueError:
        raise ValidationError(QT_TR_NOOP("'{value}' is not a number of days."), value=value) from None
    if not 1 <= days <= MAX_RECALL_LEAD_DAYS:
        raise ValidationError(
            QT_TR_NOOP("The follow-up lead time is 1 to {most} days before a patient is due, not {days}."),
            most=MAX_RECALL_LEAD_DAYS,
            days=days,
        )
    return days
