"""A deterministic synthetic clinic for demonstrations, manual testing and benchmarks.

The same seed always gives the same clinic (relative to "now", which --now fixes). The shape
follows a real botulinum toxin clinic: each patient is referred, has a consultation, a first
treatment a week or three later, often a review a month after it, then re-treatment about every
12-14 weeks (never sooner than the 84-day floor; hyperhidrosis and bladder run longer) until they
stop. Some appointments were cancelled or missed; those patients were rebooked.

Every completed treatment visit is charted as a signed treatment of onabotulinumtoxinA: the built-in
protocol template of the indication (PREEMPT for chronic migraine, some patients with follow-the-pain
sites; a small trigger-point set for myofascial pain), from the lot in use that day (a delivery every
three to four months, each good for about two years), with outcome scores (headache days with MIDAS
and HIT-6 for chronic migraine, pain 0-10 for the painful conditions). No treatment comes sooner than
84 days after the last, and none makes more than 400 U in 3 months: the dose is lowered, or the
treatment left out, where it would. Children (some of the upper limb spasticity patients, cerebral
palsy) are weighed at each treatment visit, a weight fitting their age (services/demo_growth.py:
the CDC medians), and dosed by it: the paediatric template for their weight, within the label's
6 U/kg or 200 U per session and 10 U/kg or 340 U in 3 months (domain/safety.py).

The schedule is filled day by day, provider by provider, inside each provider's working blocks
(lunch break included) and around public holidays, so the clinic is full but nobody is ever
double-booked: not a provider, and not the shared procedure rooms. The volume comes from the
providers' capacity, the patient register is larger than the patients seen in the window (older
and referred-but-not-yet-seen records), as in a clinic's real database.
"""

from __future__ import annotations

import dataclasses
import heapq
import math
import random
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, cast

from dateutil.relativedelta import relativedelta

from clinic_desktop.domain.access import Permission, Role
from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import AppointmentStatus, Indication, Product, Side
from clinic_desktop.domain.errors import ConflictError, ValidationError
from clinic_desktop.domain.hours import TimeBlock
from clinic_desktop.domain.outcomes import HEADACHE_DAYS
from clinic_desktop.domain.patients import fold
from clinic_desktop.domain.protocols import (
    AXILLARY_HYPERHIDROSIS,
    CERVICAL_DYSTONIA,
    LOWER_LIMB_SPASTICITY,
    OVERACTIVE_BLADDER,
    PREEMPT,
    PREEMPT_UNITS_PER_POINT,
    UPPER_LIMB_SPASTICITY,
    WEIGHT_BASED_PROTOCOLS,
    WeightBasedTemplate,
)
from clinic_desktop.domain.safety import (
    DOSE_WINDOW,
    DOSE_WINDOW_LIMIT,
    MIN_INTERVAL_DAYS,
    PAEDIATRIC_WINDOW_LIMITS,
    Recipient,
)
from clinic_desktop.domain.treatment_record import Guidance
from clinic_desktop.domain.treatments import ProtocolTemplate
from clinic_desktop.domain.users import validate_password
from clinic_desktop.domain.words import QT_TR_NOOP
from clinic_desktop.services import demo_names as names
from clinic_desktop.services.demo_growth import demo_weight

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

Progress = Callable[[str, float], None]

DEMO_TIMEZONE = "America/New_York"
DEMO_COUNTRY = "US"
DEMO_SUBDIVISION = "NY"
FUTURE_WEEKS = 52  # follow-ups are booked as series up to a year ahead
NEW_CONSULTS_AHEAD_DAYS = 84  # new referrals wait up to twelve weeks for a first visit


@dataclass(frozen=True)
class DemoType:
    name: str
    minutes: int
    indication: Indication | None
    colour: str
    room_kind: str | None = None


CONSULT = DemoType("Consultation", 30, None, "#6f42c1")
REVIEW = DemoType("Review", 10, None, "#2e8b57")
TREATMENTS: dict[Indication, DemoType] = {
    Indication.CHRONIC_MIGRAINE: DemoType("Migraine treatment", 15, Indication.CHRONIC_MIGRAINE, "#1f77b4"),
    Indication.CERVICAL_DYSTONIA: DemoType("Dystonia treatment", 20, Indication.CERVICAL_DYSTONIA, "#d62728"),
    Indication.UPPER_LIMB_SPASTICITY: DemoType(
        "Spasticity treatment", 30, Indication.UPPER_LIMB_SPASTICITY, "#ff7f0e"
    ),
    Indication.MYOFASCIAL_PAIN: DemoType(
        "Trigger point treatment", 10, Indication.MYOFASCIAL_PAIN, "#8c564b"
    ),
    Indication.AXILLARY_HYPERHIDROSIS: DemoType(
        "Hyperhidrosis treatment", 20, Indication.AXILLARY_HYPERHIDROSIS, "#17becf"
    ),
    Indication.OVERACTIVE_BLADDER: DemoType(
        "Bladder procedure", 30, Indication.OVERACTIVE_BLADDER, "#bcbd22", room_kind="procedure"
    ),
}
ALL_TYPES = (CONSULT, REVIEW, *TREATMENTS.values())

# Share of the clinic's patients by indication (chronic migraine is the largest group).
INDICATION_MIX = (
    (Indication.CHRONIC_MIGRAINE, 0.45),
    (Indication.CERVICAL_DYSTONIA, 0.15),
    (Indication.MYOFASCIAL_PAIN, 0.15),
    (Indication.UPPER_LIMB_SPASTICITY, 0.10),
    (Indication.AXILLARY_HYPERHIDROSIS, 0.08),
    (Indication.OVERACTIVE_BLADDER, 0.07),
)
# Days from one treatment to the next: about three months, never under the 84-day floor.
RETREAT_DAYS: dict[Indication, tuple[int, int]] = {
    Indication.AXILLARY_HYPERHIDROSIS: (150, 240),
    Indication.OVERACTIVE_BLADDER: (168, 270),
}
DEFAULT_RETREAT_DAYS = (84, 100)
CONTINUE_AFTER_TREATMENT = 0.92


@dataclass(frozen=True)
class DemoReport:
    patients: int
    providers: int
    rooms: int
    appointment_types: int
    appointments: int
    first_day: date
    last_day: date
    seconds: float
    skipped: bool = False
    treatments: int = 0
    outcomes: int = 0
    users: tuple[str, ...] = ()  # the demo accounts made (DEMO_USERS without those that existed)


#: The demo's sign-in accounts, one per role, all with the password the demo is given.
DEMO_USERS = (("manager", Role.MANAGER), ("provider", Role.PROVIDER), ("reception", Role.RECEPTION))
FIRST_PROVIDER = 1  # the demo's providers are numbered from 1 (_Builder.build)


@dataclass(order=True)
class _Due:
    day: date
    patient: int
    kind: str = field(compare=False)  # "first", "treatment", "review"


@dataclass
class _ProviderPlan:
    index: int
    provider_id: int
    room_id: int
    blocks: dict[int, list[TimeBlock]]
    rng: random.Random
    pool: Iterator[int]
    queue: list[_Due] = field(default_factory=list)


class DemoService:
    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    def can_fill(self) -> bool:
        """Whether the database is empty enough for a demo clinic (no providers, no patients)."""
        return self._s.store.is_empty()

    def generate(
        self,
        patients: int = 2000,
        providers: int = 4,
        years: int = 1,
        seed: int = 1,
        if_empty: bool = False,
        progress: Progress | None = None,
        users_password: str | None = None,
    ) -> DemoReport:
        """Fill an empty database; refuse (or skip, with if_empty) when it already holds a clinic.

        With ``users_password``, also make the demo's accounts (DEMO_USERS, a name that exists is
        left as it is), in the same transaction: a demo clinic nobody could sign in to is no use.

        The audit trail gets one entry for the whole build ("create", "demo"), with what was made
        and the seed that makes it again, plus one per account made: the thousands of synthetic
        rows are written in bulk and not entered one by one (they are nobody's health record, and
        the seed reproduces every one of them)."""
        self._s.require(Permission.MAINTENANCE)
        if patients < 1 or providers < 1 or years < 1:
            raise ValidationError(
                QT_TR_NOOP("The demo clinic needs at least 1 patient, 1 provider and 1 year.")
            )
        if providers > 50 or patients > 1_000_000 or years > 20:
            raise ValidationError(
                QT_TR_NOOP("The demo clinic is limited to 50 providers, 1,000,000 patients, 20 years.")
            )
        if users_password is not None:
            validate_password(users_password)
        started = datetime.now(UTC)
        store = self._s.store
        report = progress or (lambda _stage, _fraction: None)
        if not store.is_empty():
            if if_empty:
                return DemoReport(0, 0, 0, 0, 0, date.min, date.min, 0.0, skipped=True)
            raise ConflictError(
                QT_TR_NOOP(
                    "This database already holds a clinic; the demo only fills an empty database. "
                    "Give another --db path."
                )
            )
        made: tuple[str, ...] = ()
        try:
            with store.write_transaction():
                explicit = store.settings.explicit_keys()
                if "timezone" not in explicit:
                    store.settings.set("timezone", DEMO_TIMEZONE)
                if "country" not in explicit:
                    store.settings.set("country", DEMO_COUNTRY)
                    store.settings.set("subdivision", DEMO_SUBDIVISION)
                store.settings.set("name", "Demo Pain Clinic")
                self._s.settings_changed()
                settings = store.settings.get()
                clinic_time = ClinicTime(settings.timezone)
                builder = _Builder(self._s, clinic_time, settings.country, settings.subdivision, seed, report)
                built = builder.build(patients, providers, years)
                if users_password is not None:  # after the providers: the provider account is one
                    made = self._demo_users(users_password)
                result = dataclasses.replace(built, users=made)
                self._s.record("create", "demo", seed, None, {
                    "patients": result.patients, "providers": result.providers,
                    "appointments": result.appointments, "treatments": result.treatments,
                    "outcomes": result.outcomes, "years": years, "seed": seed,
                    "first_day": result.first_day, "last_day": result.last_day, "users": list(made),
                })  # fmt: skip
        finally:
            self._s.settings_changed()  # the zone may have changed, or been rolled back
        report("search index", 0.95)
        self._s.patients.rebuild_index()
        store.optimize()
        report("done", 1.0)
        return dataclasses.replace(result, seconds=(datetime.now(UTC) - started).total_seconds())

    def _demo_users(self, password: str) -> tuple[str, ...]:
        """The demo accounts that do not exist yet, made inside the caller's transaction; the
        first account of a clinic is its manager, made as such, and the provider account is the
        demo's first provider (a provider account is one provider record: domain/signing.py)."""
        users = self._s.users
        made = []
        for name, role in DEMO_USERS:
            if self._s.store.users.by_name(name) is not None:
                continue
            if role is Role.MANAGER and not users.has_accounts():
                users.create_first_manager(name, password)
            else:
                users.add(name, role, password, FIRST_PROVIDER if role is Role.PROVIDER else None)
            made.append(name)
        return tuple(made)


class _Builder:
    def __init__(
        self,
        services: ClinicServices,
        clinic_time: ClinicTime,
        country: str,
        subdivision: str,
        seed: int,
        progress: Progress,
    ) -> None:
        self.s = services
        self.store = services.store
        self.time = clinic_time
        self.country = country
        self.subdivision = subdivision
        self.seed = seed
        self.progress = progress
        self.now = services.now()
        self.today = clinic_time.local_date(self.now)

    # --- set-up ---------------------------------------------------------------------------------

    def build(self, n_patients: int, n_providers: int, years: int) -> DemoReport:
        rng = random.Random(self.seed)
        bulk = self.store.bulk
        self.progress("providers and rooms", 0.0)
        n_rooms = self._providers_and_rooms(n_providers)
        n_types = self._appointment_types()
        plans = self._working_hours(rng, n_patients, n_providers)
        self.indication = {
            pid: rng.choices([c for c, _ in INDICATION_MIX], [w for _, w in INDICATION_MIX])[0]
            for pid in range(1, n_patients + 1)
        }
        first_day = self.today - relativedelta(years=years)
        last_day = self.today + timedelta(weeks=FUTURE_WEEKS)
        self.first_seen: dict[int, date] = {}
        self.last_seen: dict[int, date] = {}
        self.born: dict[int, date] = {}  # filled with the register's rows (children's doses)
        self.sex: dict[int, str] = {}
        # The schedule decides who was seen when, which the register's rows record; the rows are
        # written register first so that every appointment's patient exists when it is inserted.
        appointments = list(self._appointments(plans, first_day, last_day))
        self.progress("patients", 0.7)
        bulk.insert("patient", PATIENT_FIELDS, self._patients(rng, n_patients, first_day))
        self._clinical(random.Random(f"{self.seed}:clinical"))
        self.progress("writing appointments", 0.8)
        count = bulk.insert("appointment", APPOINTMENT_FIELDS, appointments)
        self.progress("treatments", 0.85)
        charting = _Charting(self, first_day)
        treatments, outcomes = charting.write(self._treatment_visits(appointments))
        return DemoReport(
            patients=n_patients,
            providers=n_providers,
            rooms=n_rooms,
            appointment_types=n_types,
            appointments=count,
            first_day=first_day,
            last_day=last_day,
            seconds=0.0,
            treatments=treatments,
            outcomes=outcomes,
        )

    def _providers_and_rooms(self, n_providers: int) -> int:
        """The providers, an exam room each and a procedure room per four; how many rooms."""
        bulk = self.store.bulk
        provider_rows = []
        self.provider_names: dict[int, str] = {}
        for i in range(n_providers):
            name, credentials = names.PROVIDERS[i % len(names.PROVIDERS)]
            if i >= len(names.PROVIDERS):
                name = f"{name} ({i // len(names.PROVIDERS) + 1})"
            from clinic_desktop.services.resources import PROVIDER_PALETTE

            provider_rows.append(
                (i + 1, name, credentials, PROVIDER_PALETTE[i % len(PROVIDER_PALETTE)], True)
            )
            self.provider_names[i + 1] = name
        bulk.insert("provider", ("id", "name", "credentials", "colour", "active"), provider_rows)

        n_procedure = max(1, n_providers // 4)
        room_rows = [(i + 1, f"Room {i + 1}", "exam") for i in range(n_providers)]
        room_rows += [
            (n_providers + j + 1, f"Procedure room {chr(ord('A') + j)}", "procedure")
            for j in range(n_procedure)
        ]
        bulk.insert("room", ("id", "name", "kind"), room_rows)
        self.procedure_rooms = [r[0] for r in room_rows if r[2] == "procedure"]
        return len(room_rows)

    def _appointment_types(self) -> int:
        """Every appointment type of the demo; how many."""
        type_rows = []
        self.type_ids: dict[str, int] = {}
        for i, t in enumerate(ALL_TYPES, start=1):
            self.type_ids[t.name] = i
            type_rows.append(
                (
                    i,
                    t.name,
                    t.minutes,
                    t.room_kind,
                    t.indication.value if t.indication else None,
                    t.colour,
                    t.indication is not None,
                )
            )
        self.store.bulk.insert(
            "appointment_type",
            ("id", "name", "minutes", "room_kind", "indication", "colour", "is_treatment"),
            type_rows,
        )
        return len(type_rows)

    def _working_hours(self, rng: random.Random, n_patients: int, n_providers: int) -> list[_ProviderPlan]:
        """Each provider's week, and the patients (shuffled by ``rng``) each one sees."""
        plans = []
        hours_rows = []
        patient_ids = list(range(1, n_patients + 1))
        rng.shuffle(patient_ids)
        for i in range(n_providers):
            prng = random.Random(f"{self.seed}:provider:{i}")
            start = time(7, 30) if i % 3 else time(8, 0)
            end = time(17, 30) if i % 2 else time(18, 0)
            blocks = [TimeBlock(start, time(12, 30)), TimeBlock(time(13, 0), end)]
            week = {d: blocks for d in range(5)}
            for d, day_blocks in week.items():
                for b in day_blocks:
                    hours_rows.append(
                        (i + 1, d, b.start.hour * 60 + b.start.minute, b.end.hour * 60 + b.end.minute)
                    )
            plans.append(_ProviderPlan(i, i + 1, i + 1, week, prng, iter(patient_ids[i::n_providers])))
        self.store.bulk.insert(
            "working_hours", ("provider_id", "weekday", "start_minute", "end_minute"), hours_rows
        )
        return plans

    def _treatment_visits(self, appointments: list[tuple[object, ...]]) -> Iterator[_Visit]:
        """The completed treatment appointments, in the order they happened for each patient."""
        indication = {self.type_ids[t.name]: t.indication for t in TREATMENTS.values()}
        done = AppointmentStatus.COMPLETED.value
        for row in appointments:
            treated = indication.get(cast(int, row[4]))
            if treated is None or row[7] != done:
                continue
            start = cast(datetime, row[5])
            yield _Visit(
                cast(int, row[0]),
                cast(int, row[1]),
                cast(int, row[2]),
                treated,
                start,
                cast(datetime, row[6]),
                self.time.local_date(start),
            )

    # --- the schedule ---------------------------------------------------------------------------

    def _closed_days(self, first: date, last: date) -> set[date]:
        if not self.country:
            return set()
        import holidays

        calendar = holidays.country_holidays(
            self.country, subdiv=self.subdivision or None, years=range(first.year, last.year + 1)
        )
        return set(calendar.keys())

    def _appointments(
        self, plans: list[_ProviderPlan], first: date, last: date
    ) -> Iterator[tuple[object, ...]]:
        closed = self._closed_days(first, last)
        appointment_id = 0
        total_days = (last - first).days + 1
        day = first
        while day <= last:
            if (day - first).days % 30 == 0:
                self.progress("appointments", 0.7 * (day - first).days / total_days)
            weekday = day.weekday()
            if day in closed or weekday >= 5:
                day += timedelta(days=1)
                continue
            # UTC offset of this day's working hours (DST changes happen at night).
            offset = self.time.at(day, time(12)).replace(tzinfo=None) - datetime.combine(day, time(12))
            procedure_busy: dict[int, list[tuple[int, int]]] = {r: [] for r in self.procedure_rooms}
            for plan in plans:
                for block in plan.blocks.get(weekday, ()):
                    for row in self._fill_block(plan, day, block, offset, procedure_busy):
                        appointment_id += 1
                        yield (appointment_id, *row)
            day += timedelta(days=1)

    def _fill_block(
        self,
        plan: _ProviderPlan,
        day: date,
        block: TimeBlock,
        offset: timedelta,
        procedure_busy: dict[int, list[tuple[int, int]]],
    ) -> Iterator[tuple[object, ...]]:
        rng = plan.rng
        minute = block.start.hour * 60 + block.start.minute
        end = block.end.hour * 60 + block.end.minute
        future = day > self.today
        postponed: list[_Due] = []
        while minute < end:
            if rng.random() < (0.03 if not future else 0.06):
                minute += 15
                continue
            due: _Due | None = None
            if plan.queue and plan.queue[0].day <= day:
                due = heapq.heappop(plan.queue)
            elif (day - self.today).days <= NEW_CONSULTS_AHEAD_DAYS:
                patient = next(plan.pool, None)
                if patient is not None:
                    due = _Due(day, patient, "consult")
            if due is None:
                minute += 15
                continue
            indication = self.indication[due.patient]
            kind = (
                TREATMENTS[indication]
                if due.kind in ("first", "treatment")
                else (CONSULT if due.kind == "consult" else REVIEW)
            )
            if minute + kind.minutes > end:
                postponed.append(due)
                break
            room = plan.room_id
            if kind.room_kind == "procedure":
                free = self._free_room(procedure_busy, minute, minute + kind.minutes)
                if free is None:
                    postponed.append(due)
                    minute += 15
                    continue
                room = free
            start_local = datetime.combine(day, time(minute // 60, minute % 60))
            start_utc = (start_local + offset).replace(tzinfo=UTC)
            end_utc = start_utc + timedelta(minutes=kind.minutes)
            status = self._status(rng, end_utc, start_utc)
            yield (
                due.patient,
                plan.provider_id,
                room,
                self.type_ids[kind.name],
                start_utc,
                end_utc,
                status.value,
                "Patient cancelled" if status is AppointmentStatus.CANCELLED else "",
                min(start_utc - timedelta(days=rng.randint(7, 90)), self.now),
            )
            if status is not AppointmentStatus.CANCELLED:
                minute += kind.minutes  # a slot given back in time is offered to the next patient
            self._follow_up(plan, due, day, status, indication)
        for item in postponed:
            item.day = day + timedelta(days=1)
            heapq.heappush(plan.queue, item)

    @staticmethod
    def _free_room(busy: dict[int, list[tuple[int, int]]], start: int, end: int) -> int | None:
        for room, spans in busy.items():
            if all(end <= s or start >= e for s, e in spans):
                spans.append((start, end))
                return room
        return None

    def _status(self, rng: random.Random, end: datetime, start: datetime) -> AppointmentStatus:
        if end <= self.now:
            roll = rng.random()
            if roll < 0.05:
                return AppointmentStatus.CANCELLED
            if roll < 0.09:
                return AppointmentStatus.NO_SHOW
            return AppointmentStatus.COMPLETED
        if start <= self.now:
            return AppointmentStatus.IN_ROOM
        if start - self.now < timedelta(days=2) and rng.random() < 0.6:
            return AppointmentStatus.CONFIRMED
        if rng.random() < 0.03:
            return AppointmentStatus.CANCELLED
        return AppointmentStatus.BOOKED

    def _follow_up(
        self, plan: _ProviderPlan, due: _Due, day: date, status: AppointmentStatus, indication: Indication
    ) -> None:
        rng = plan.rng
        self.first_seen.setdefault(due.patient, day)
        self.last_seen[due.patient] = day
        if status in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW):
            # Rebooked a week or two later; a few never come back.
            if rng.random() < 0.9:
                heapq.heappush(
                    plan.queue, _Due(day + timedelta(days=rng.randint(5, 15)), due.patient, due.kind)
                )
            return
        if due.kind == "consult":
            heapq.heappush(plan.queue, _Due(day + timedelta(days=rng.randint(7, 21)), due.patient, "first"))
        elif due.kind in ("first", "treatment"):
            if due.kind == "first" and rng.random() < 0.6:
                heapq.heappush(
                    plan.queue, _Due(day + timedelta(days=rng.randint(24, 35)), due.patient, "review")
                )
            if rng.random() < CONTINUE_AFTER_TREATMENT:
                low, high = RETREAT_DAYS.get(indication, DEFAULT_RETREAT_DAYS)
                heapq.heappush(
                    plan.queue, _Due(day + timedelta(days=rng.randint(low, high)), due.patient, "treatment")
                )

    # --- the clinical summary --------------------------------------------------------------------

    def _clinical(self, rng: random.Random) -> None:
        """Conditions for everyone seen; a consent signed at the first visit and renewed yearly
        while treatment goes on (a few lapse: the alert the chart must show); some allergies and
        anticoagulants."""
        from clinic_desktop.domain.conditions import DEFAULT_ICD10

        conditions, consents, allergies, medications = [], [], [], []
        anticoagulated: list[int] = []
        for pid, first in sorted(self.first_seen.items()):
            indication = self.indication[pid]
            conditions.append((pid, indication.value, DEFAULT_ICD10[indication], first, ""))
            last = min(self.last_seen.get(pid, first), self.today)
            signed = first
            lapses = rng.random() < 0.03
            while True:
                expires = signed + timedelta(days=365)
                consents.append((pid, CONSENT_KIND, signed, expires, ""))
                renewal = expires - timedelta(days=rng.randint(0, 20))
                if lapses or renewal > last:
                    break
                signed = renewal
            if rng.random() < 0.08:
                substance, reaction = rng.choice(ALLERGENS)
                allergies.append((pid, substance, reaction, rng.choice(("mild", "moderate", "severe"))))
            if rng.random() < 0.05:
                name, dose = rng.choice(ANTICOAGULANTS)
                medications.append((pid, name, dose, True))
                anticoagulated.append(pid)
        bulk = self.store.bulk
        bulk.insert("condition", ("patient", "indication", "icd10", "noted_on", "notes"), conditions)
        bulk.insert("consent", ("patient", "kind", "signed_on", "expires_on", "notes"), consents)
        bulk.insert("allergy", ("patient", "substance", "reaction", "severity"), allergies)
        bulk.insert("medication", ("patient", "name", "dose", "anticoagulant"), medications)
        self.store.patients.flag_anticoagulant(anticoagulated)

    # --- the register ---------------------------------------------------------------------------

    def _patients(self, rng: random.Random, count: int, first_day: date) -> Iterator[tuple[object, ...]]:
        for pid in range(1, count + 1):
            indication = self.indication[pid]
            female_share = 0.75 if indication is Indication.CHRONIC_MIGRAINE else 0.55
            female = rng.random() < female_share
            given = rng.choice(names.GIVEN_FEMALE if female else names.GIVEN_MALE)
            family = rng.choice(names.FAMILY)
            child = indication is Indication.UPPER_LIMB_SPASTICITY and rng.random() < 0.3
            # Children with cerebral palsy (4 to 17); adults 18 to 85.
            age_days = rng.randint(4 * 365, 17 * 365) if child else rng.randint(18 * 365, 85 * 365)
            dob = self.today - timedelta(days=age_days)
            adult_by = first_day - relativedelta(years=18)  # an adult is one at every visit shown
            if not child and dob > adult_by:  # mirrored past it, so the ages stay spread
                dob = adult_by - timedelta(days=(dob - adult_by).days + 1)
            self.born[pid] = dob
            self.sex[pid] = "female" if female else "male"
            seen = self.first_seen.get(pid)
            if seen is not None:
                registered = seen - timedelta(days=rng.randint(3, 40))
            else:
                registered = first_day - timedelta(days=rng.randint(30, 3650))
            created = datetime.combine(registered, time(9)).replace(tzinfo=UTC) + timedelta(
                minutes=rng.randint(0, 600)
            )
            last = self.last_seen.get(pid)
            active = last is not None and (self.today - last).days < 365
            status = "active" if active or seen is None and rng.random() < 0.1 else "inactive"
            exchange = rng.randint(201, 989)
            if exchange % 100 == 11:  # N11 codes are service numbers, never a subscriber's
                exchange += 1
            phone = f"+1{rng.choice(names.AREA_CODES)}{exchange}{rng.randint(0, 9999):04d}"
            local = fold(f"{given}.{family}").replace(" ", "")
            email = f"{local}{pid % 1000}@example.com" if rng.random() < 0.8 else ""
            yield (
                pid,
                f"M{pid:07d}",
                given,
                family,
                dob,
                "female" if female else "male",
                phone,
                email,
                status,
                created,
                created,
            )


# --- treatments ----------------------------------------------------------------------------------

PRODUCT_CODE = Product.ONABOTULINUMTOXINA.value
VIAL_UNITS = 100
LOT_EVERY_DAYS = (90, 120)  # a delivery of vials every three to four months
LOT_SHELF_DAYS = (700, 760)  # each good for about two years after it arrives
WINDOW_LIMIT = int(DOSE_WINDOW_LIMIT)
Site = tuple[str, str, int, int]  # muscle, side, units, injection points

TEMPLATES: dict[Indication, ProtocolTemplate] = {
    t.indication: t
    for t in (
        PREEMPT,
        CERVICAL_DYSTONIA,
        UPPER_LIMB_SPASTICITY,
        LOWER_LIMB_SPASTICITY,
        OVERACTIVE_BLADDER,
        AXILLARY_HYPERHIDROSIS,
    )
}
# A child's course: the weight-based template of the indication (domain/protocols.py), and the
# children's 3-month limit of onabotulinumtoxinA (domain/safety.py: 10 U/kg or 340 U).
CHILD_TEMPLATES: dict[Indication, WeightBasedTemplate] = {t.indication: t for t in WEIGHT_BASED_PROTOCOLS}
CHILD_WINDOW = PAEDIATRIC_WINDOW_LIMITS[Product.ONABOTULINUMTOXINA]
# Myofascial pain, TMJ disorder and other pain have no label protocol: the demo's patients get a few
# trigger points of 10-25 U (2 to 6 sites, chosen per patient and kept from visit to visit).
TRIGGER_POINTS = "Trigger points"
TRIGGER_POINT_MUSCLES: dict[Indication, tuple[str, ...]] = {
    Indication.MYOFASCIAL_PAIN: (
        "trapezius", "levator scapulae", "splenius capitis", "rhomboid major", "infraspinatus",
    ),
    Indication.TMJ_DISORDER: ("masseter", "temporalis"),
}  # fmt: skip
OTHER_TRIGGER_POINT_MUSCLES = ("trapezius", "masseter", "temporalis")
TRIGGER_POINT_UNITS = (10, 15, 20, 25)
# The patient's own dose as a share of the starting template's (the provider sets it to the patient).
DOSE_SCALE: dict[Indication, tuple[float, float]] = {
    Indication.CERVICAL_DYSTONIA: (0.9, 1.25),
    Indication.UPPER_LIMB_SPASTICITY: (0.6, 1.15),
    Indication.LOWER_LIMB_SPASTICITY: (0.75, 1.0),
}
GUIDANCE: dict[Indication, Guidance] = {
    Indication.CERVICAL_DYSTONIA: Guidance.EMG,
    Indication.UPPER_LIMB_SPASTICITY: Guidance.EMG,
    Indication.LOWER_LIMB_SPASTICITY: Guidance.EMG,
    Indication.OVERACTIVE_BLADDER: Guidance.CYSTOSCOPY,
}
# mL of diluent in a 100 U vial (domain/products.py): PREEMPT's 5 U per 0.1 mL is 2 mL, the
# hyperhidrosis label's 4 mL, the bladder label's 10 mL; otherwise 2 or 4 mL, the patient's usual.
DILUENT_ML: dict[Indication, tuple[int, ...]] = {
    Indication.CHRONIC_MIGRAINE: (2,),
    Indication.AXILLARY_HYPERHIDROSIS: (4,),
    Indication.OVERACTIVE_BLADDER: (10,),
}
FOLLOW_THE_PAIN_SHARE = 0.3  # of chronic migraine patients
QUESTIONNAIRE_SHARE = 0.7  # of chronic migraine patients also fill in MIDAS and HIT-6
MIGRAINE_RESPONDERS = 0.6
PAIN_RESPONDERS = 0.65
PAINFUL = frozenset(
    {
        Indication.MYOFASCIAL_PAIN,
        Indication.TMJ_DISORDER,
        Indication.OTHER,
        Indication.CERVICAL_DYSTONIA,
        Indication.UPPER_LIMB_SPASTICITY,
        Indication.LOWER_LIMB_SPASTICITY,
    }
)
NO_WASTE_CHARTED = 0.1  # share of treatments whose chart leaves the waste at 0


@dataclass(frozen=True, slots=True)
class _Visit:
    appointment: int
    patient: int
    provider: int
    indication: Indication
    start: datetime
    end: datetime
    day: date  # clinic-local


@dataclass(slots=True)
class _Lot:
    id: int
    number: str
    received: date
    expires: date
    used: int = 0


@dataclass(slots=True)
class _Course:
    """One patient's treatment as the demo plans it: the same sites each visit, how well it works."""

    indication: str
    protocol: str
    sites: tuple[Site, ...]
    total: int
    diluent: int
    guidance: str
    effect: float  # share by which the scores fall once the treatment works (responders: 0.5+)
    baseline: dict[str, int]
    doses: list[tuple[date, int]] = field(default_factory=list)
    # A child's course (paediatric template, by weight): the share of the template's Units/kg the
    # provider gives, the child's weight against the median for age, the arm treated.
    child_share: float = 0.0  # 0: an adult's course
    weight_factor: float = 1.0
    side: str = Side.LEFT.value


class _Charting:
    """Signed treatments, their lots, opened vials and sites, and outcome scores, for the completed
    treatment visits of the schedule the builder made (all in memory, then written in bulk)."""

    def __init__(self, builder: _Builder, first_day: date) -> None:
        self.b = builder
        self.rng = random.Random(f"{builder.seed}:treatments")
        self.lots = self._deliveries(random.Random(f"{builder.seed}:lots"), first_day)
        self.received = [lot.received for lot in self.lots]
        self.courses: dict[int, _Course] = {}
        self.window_starts: dict[date, date] = {}

    def _deliveries(self, rng: random.Random, first_day: date) -> list[_Lot]:
        lots: list[_Lot] = []
        numbers: set[str] = set()
        day = first_day - timedelta(days=rng.randint(30, 90))
        while day <= self.b.today:
            while day.weekday() >= 5:
                day += timedelta(days=1)
            number = ""
            while not number or number in numbers:
                number = f"C{rng.randint(1000, 9999)}C{rng.randint(2, 4)}"
            numbers.add(number)
            expires = day + timedelta(days=rng.randint(*LOT_SHELF_DAYS))
            lots.append(_Lot(len(lots) + 1, number, day, expires))
            day += timedelta(days=rng.randint(*LOT_EVERY_DAYS))
        return lots

    def _lot(self, day: date) -> _Lot:
        """The newest lot delivered before the day; now and then the one before, if still in date."""
        i = max(bisect_left(self.received, day) - 1, 0)
        if i > 0 and self.rng.random() < 0.15 and self.lots[i - 1].expires >= day:
            i -= 1
        return self.lots[i]

    def write(self, visits: Iterable[_Visit]) -> tuple[int, int]:
        rng = self.rng
        now = self.b.now
        weights: list[tuple[object, ...]] = []  # children are weighed at each treatment visit
        treatments: list[tuple[object, ...]] = []
        opened: list[tuple[object, ...]] = []
        sites_of: list[tuple[Site, ...]] = []
        scores: list[tuple[object, ...]] = []
        for visit in visits:
            course = self._course_of(visit)
            done = len(course.doses)
            if done and (visit.day - course.doses[-1][0]).days < MIN_INTERVAL_DAYS:
                continue
            dose = self._dose(visit, course, weights)
            if dose is None:
                continue  # the provider defers it
            sites, total, notes, kg = dose
            course.doses.append((visit.day, total))
            lot = self._lot(visit.day)
            vials = math.ceil(total / VIAL_UNITS)
            lot.used += vials
            waste = 0 if rng.random() < NO_WASTE_CHARTED else vials * VIAL_UNITS - total
            name = self.b.provider_names[visit.provider]
            treatment_id = len(treatments) + 1
            charted = min(visit.end, now)
            signed = min(visit.end + timedelta(minutes=rng.randint(1, 30)), now)
            opened.append(
                (
                    treatment_id,
                    lot.id,
                    course.diluent,
                    visit.start - timedelta(minutes=rng.randint(2, 15)),
                    name,
                )
            )
            treatments.append(
                (
                    treatment_id,
                    visit.patient,
                    visit.provider,
                    visit.appointment,
                    visit.start,
                    visit.day,
                    course.indication,
                    course.protocol,
                    PRODUCT_CODE,
                    lot.id,
                    treatment_id,
                    course.diluent,
                    total,
                    waste,
                    course.guidance,
                    True,
                    True,
                    notes,
                    charted,
                    name,
                    signed,
                    name,
                    kg,
                )
            )
            sites_of.append(sites)
            for measure, value in self._scores(course, done):
                scores.append((visit.patient, measure, value, visit.day, treatment_id, name, charted))
        return self._insert(treatments, opened, sites_of, scores, weights)

    def _course_of(self, visit: _Visit) -> _Course:
        """The patient's course, begun at their first treatment visit (a child's by weight)."""
        course = self.courses.get(visit.patient)
        if course is None:
            course = self.courses[visit.patient] = self._course(visit.indication)
            if self._child(visit.patient, visit.day) and visit.indication in CHILD_TEMPLATES:
                course = self.courses[visit.patient] = self._child_course(course, visit.patient)
        return course

    def _dose(
        self, visit: _Visit, course: _Course, weights: list[tuple[object, ...]]
    ) -> tuple[tuple[Site, ...], int, str, Decimal | None] | None:
        """The sites, total, note and the child's weight of today's dose, lowered to stay within
        the 3-month limit; None when the provider defers it (too little would be left)."""
        sites, total, notes = course.sites, course.total, ""
        since = self.window_starts.get(visit.day)
        if since is None:
            since = self.window_starts[visit.day] = visit.day - DOSE_WINDOW
        given = sum(units for day, units in course.doses if day > since)
        kg = self._weigh(visit, course, weights)
        if kg is not None:  # a child: the template for today's weight, within 10 U/kg or 340 U
            sites = self._child_sites(course, visit.indication, kg)
            total = sum(s[2] for s in sites)
            allowed = int(CHILD_WINDOW.units(kg) - given)
            if total > allowed:
                if allowed < total * 0.5:
                    return None
                sites = _floor_within(sites, allowed)
                total = sum(s[2] for s in sites)
                notes = "Dose lowered to stay within 10 U/kg or 340 U of onabotulinumtoxinA in 3 months."
        else:
            allowed = WINDOW_LIMIT - given
            if total > allowed:
                if allowed < max(50, 5 * len(sites), total * 0.4):
                    return None
                sites = _within(sites, allowed)
                total = sum(s[2] for s in sites)
                notes = "Dose lowered to stay within 400 U of onabotulinumtoxinA in 3 months."
        return sites, total, notes, kg

    def _insert(
        self,
        treatments: list[tuple[object, ...]],
        opened: list[tuple[object, ...]],
        sites_of: list[tuple[Site, ...]],
        scores: list[tuple[object, ...]],
        weights: list[tuple[object, ...]],
    ) -> tuple[int, int]:
        """Everything charted, written in bulk: lots, vials opened, treatments and their sites,
        scores and children's weights; how many treatments and scores."""

        def site_rows() -> Iterator[tuple[object, ...]]:
            for treatment_id, sites in enumerate(sites_of, start=1):
                for position, (muscle, side, units, points) in enumerate(sites):
                    yield (treatment_id, position, muscle, side, units, points)

        bulk = self.b.store.bulk
        bulk.insert("lot", LOT_FIELDS, self._lot_rows())
        bulk.insert("reconstitution", ("id", "lot", "diluent_ml", "at", "by"), opened)
        count = bulk.insert("treatment", TREATMENT_FIELDS, treatments)
        self.b.progress("treatment sites", 0.9)
        bulk.insert(
            "treatment_site",
            ("treatment", "position", "muscle", "side", "units", "injection_points"),
            site_rows(),
        )
        outcomes = bulk.insert("outcome", OUTCOME_FIELDS, scores)
        bulk.insert("patient_weight", ("patient", "measured_on", "kg", "recorded_by", "recorded_at"), weights)
        return count, outcomes

    def _lot_rows(self) -> Iterator[tuple[object, ...]]:
        for lot in self.lots:
            received = math.ceil((lot.used + 20) / 50) * 50  # a spare box or two is left
            yield (
                lot.id,
                PRODUCT_CODE,
                lot.number,
                lot.expires,
                received,
                lot.used,
                VIAL_UNITS,
                self.b.time.at(lot.received, time(9)),
            )

    # --- a patient's course --------------------------------------------------------------------

    def _course(self, indication: Indication) -> _Course:
        rng = self.rng
        template = TEMPLATES.get(indication)
        if template is None:
            protocol, sites = TRIGGER_POINTS, self._trigger_points(indication)
        else:
            protocol = template.name
            sites = tuple((s.muscle, s.side.value, int(s.units), s.injection_points) for s in template.sites)
            if template.follow_the_pain is not None and rng.random() < FOLLOW_THE_PAIN_SHARE:
                sites = self._follow_the_pain(template, sites)
            scale = DOSE_SCALE.get(indication)
            if scale is not None:
                factor = rng.uniform(*scale)
                sites = tuple((m, side, max(5, round(u * factor / 5) * 5), p) for m, side, u, p in sites)
                if rng.random() < 0.5:  # the other side (torticollis to the right, the right arm)
                    sites = tuple((m, MIRROR.get(side, side), u, p) for m, side, u, p in sites)
        baseline: dict[str, int] = {}
        effect = 0.0
        if indication is Indication.CHRONIC_MIGRAINE:
            baseline[HEADACHE_DAYS] = rng.randint(15, 28)
            if rng.random() < QUESTIONNAIRE_SHARE:
                baseline[MIDAS] = rng.randint(21, 160)
                baseline[HIT6] = rng.randint(60, 72)
            responder = rng.random() < MIGRAINE_RESPONDERS
            effect = rng.uniform(0.5, 0.8) if responder else rng.uniform(-0.05, 0.2)
        elif indication in PAINFUL:
            baseline[PAIN_NRS] = rng.randint(5, 9)
            effect = rng.uniform(0.3, 0.6) if rng.random() < PAIN_RESPONDERS else rng.uniform(-0.05, 0.1)
        return _Course(
            indication.value,
            protocol,
            sites,
            sum(s[2] for s in sites),
            rng.choice(DILUENT_ML.get(indication, (2, 4))),
            GUIDANCE.get(indication, Guidance.NONE).value,
            effect,
            baseline,
        )

    # --- children: doses by weight (domain/safety.py) ---------------------------------------------

    def _child(self, patient: int, day: date) -> bool:
        return Recipient(self.b.born[patient]).child_on(day)

    def _child_course(self, course: _Course, patient: int) -> _Course:
        """A child's course: the paediatric template (a share of its Units/kg, 60 % to all of it),
        their weight against the median for age (0.8 to 1.15 times), one arm. Drawn from the
        child's own generator, so the adults' courses stay as they were."""
        rng = random.Random(f"{self.b.seed}:child:{patient}")
        template = CHILD_TEMPLATES[Indication(course.indication)]
        return dataclasses.replace(
            course,
            protocol=template.name,
            child_share=rng.uniform(0.6, 1.0),
            weight_factor=rng.uniform(0.8, 1.15),
            side=rng.choice((Side.LEFT.value, Side.RIGHT.value)),
            diluent=2,  # the templates' 100 U in 2 mL (domain/protocols.py, DRAW_STEP)
        )

    def _weigh(self, visit: _Visit, course: _Course, weights: list[tuple[object, ...]]) -> Decimal | None:
        """A child treated as one (under 18 that day) is weighed at the visit: the weight is kept
        and returned; None for an adult."""
        if not course.child_share or not self._child(visit.patient, visit.day):
            return None
        b = self.b
        kg = demo_weight(b.sex[visit.patient], b.born[visit.patient], visit.day, course.weight_factor)
        who = b.provider_names[visit.provider]
        weights.append((visit.patient, visit.day, kg, who, visit.start))
        return kg

    def _child_sites(self, course: _Course, indication: Indication, kg: Decimal) -> tuple[Site, ...]:
        """The paediatric template for the weight (within the label's limit), the child's share
        of it, in whole units rounded down, on the child's side."""
        template = CHILD_TEMPLATES[indication].for_weight(kg)
        share = Decimal(str(course.child_share))
        return tuple(
            (s.muscle, course.side, max(1, int(s.units * share)), s.injection_points) for s in template.sites
        )

    def _follow_the_pain(self, template: ProtocolTemplate, sites: tuple[Site, ...]) -> tuple[Site, ...]:
        """PREEMPT's extra 5 U points where the pain is, within its limits (at most 40 U, 8 points)."""
        extra_rule = template.follow_the_pain
        assert extra_rule is not None
        rng = self.rng
        per_point = int(PREEMPT_UNITS_PER_POINT)
        points = min(rng.randint(2, extra_rule.max_injection_points), int(extra_rule.max_units) // per_point)
        where = [i for i, s in enumerate(sites) if s[0] in extra_rule.muscles]
        chosen = rng.sample(where, rng.randint(1, min(3, len(where))))
        extra = dict.fromkeys(range(len(sites)), 0)
        for _ in range(points):
            extra[rng.choice(chosen)] += 1
        return tuple(
            (m, side, u + extra[i] * per_point, p + extra[i]) for i, (m, side, u, p) in enumerate(sites)
        )

    def _trigger_points(self, indication: Indication) -> tuple[Site, ...]:
        rng = self.rng
        muscles = TRIGGER_POINT_MUSCLES.get(indication, OTHER_TRIGGER_POINT_MUSCLES)
        places = [(m, side.value) for m in muscles for side in (Side.LEFT, Side.RIGHT)]
        chosen = sorted(rng.sample(places, rng.randint(2, min(6, len(places)))), key=places.index)
        found = []
        for muscle, side in chosen:
            units = rng.choice(TRIGGER_POINT_UNITS)
            found.append((muscle, side, units, 1 if units < 20 else 2))
        return tuple(found)

    def _scores(self, course: _Course, done: int) -> Iterator[tuple[str, int]]:
        """The scores taken at a treatment visit: the baseline at the first, then the course's effect
        (reached by the third visit) with some noise. Questionnaires every other visit."""
        rng = self.rng
        effect = course.effect * min(1.0, done / 2)
        for measure, base in course.baseline.items():
            if measure in (MIDAS, HIT6) and done % 2:
                continue
            if done == 0:
                yield measure, base
            elif measure == HIT6:  # the floor of HIT-6 is 36; scores fall toward the low 40s
                value = round(base - (base - 40) * effect * 0.7 + rng.uniform(-2, 2))
                yield measure, min(max(value, 36), 78)
            else:
                low, high, noise = SCORE_RANGE[measure]
                value = round(base * (1 - effect) + rng.uniform(-noise, noise))
                yield measure, min(max(value, low), high)


def _within(sites: tuple[Site, ...], allowed: int) -> tuple[Site, ...]:
    """The sites scaled down (in 5 U steps, at least 5 U each) to add up to no more than allowed."""
    total = sum(s[2] for s in sites)
    units = [max(5, u * allowed // total // 5 * 5) for _, _, u, _ in sites]
    while sum(units) > allowed:
        units[units.index(max(units))] -= 5
    return tuple((m, side, units[i], p) for i, (m, side, _, p) in enumerate(sites))


def _floor_within(sites: tuple[Site, ...], allowed: int) -> tuple[Site, ...]:
    """A child's sites scaled down to add up to no more than allowed (whole units, rounded down,
    at least 1 U each)."""
    total = sum(s[2] for s in sites)
    units = [max(1, u * allowed // total) for _, _, u, _ in sites]
    while sum(units) > allowed:
        units[units.index(max(units))] -= 1
    return tuple((m, side, units[i], p) for i, (m, side, _, p) in enumerate(sites))


MIRROR = {Side.LEFT.value: Side.RIGHT.value, Side.RIGHT.value: Side.LEFT.value}
MIDAS, HIT6, PAIN_NRS = "midas", "hit6", "pain_nrs"
SCORE_RANGE: dict[str, tuple[int, int, float]] = {  # lowest, highest, noise either way
    HEADACHE_DAYS: (0, 31, 2.0),
    MIDAS: (0, 450, 8.0),
    PAIN_NRS: (0, 10, 1.0),
}
LOT_FIELDS = (
    "id",
    "product",
    "lot_number",
    "expires_on",
    "vials_received",
    "vials_used",
    "units_per_vial",
    "received_at",
)
TREATMENT_FIELDS = (
    "id",
    "patient",
    "provider",
    "appointment",
    "performed_at",
    "performed_on",
    "indication",
    "protocol",
    "product",
    "lot",
    "reconstitution",
    "diluent_ml",
    "total_units",
    "waste_units",
    "guidance",
    "consent_checked",
    "aftercare_given",
    "notes",
    "created_at",
    "created_by",
    "signed_at",
    "signed_by",
    "weight_kg",
)
OUTCOME_FIELDS = ("patient", "measure", "value", "recorded_on", "treatment", "by", "created_at")

ALLERGENS = (
    ("Penicillin", "rash"), ("Latex", "contact dermatitis"), ("Lidocaine", "swelling"),
    ("Human albumin", "urticaria"), ("Sulfonamides", "rash"), ("Iodine", "itching"),
)  # fmt: skip
ANTICOAGULANTS = (("Apixaban", "5 mg twice daily"), ("Warfarin", "per INR"), ("Rivaroxaban", "20 mg daily"))
CONSENT_KIND = "Botulinum toxin treatment"

APPOINTMENT_FIELDS = (
    "id",
    "patient",
    "provider",
    "room",
    "appointment_type",
    "start_at",
    "end_at",
    "status",
    "cancel_reason",
    "created_at",
)
PATIENT_FIELDS = (
    "id",
    "mrn",
    "given_name",
    "family_name",
    "date_of_birth",
    "sex",
    "phone",
    "email",
    "status",
    "created_at",
    "updated_at",
)
