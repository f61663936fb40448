"""The clinic manager's set-up: providers, rooms, appointment types, weekly working hours.

Adding, changing, switching off (a provider) or removing (a room or type never booked) is a
manager's (Permission.SETTINGS) and goes into the audit trail with the values before and after;
reading needs no permission, as every calendar shows the providers, rooms and types. Weekly hours
with effective dates, extra sessions, time off and closures: services/working_time.py."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.codes import Indication, parse_indication
from clinic_desktop.domain.entities import (
    AppointmentType,
    Provider,
    Room,
    WeeklyHours,
    require_colour,
    require_kind,
    require_minutes,
    require_name,
)
from clinic_desktop.domain.errors import ConflictError, ValidationError
from clinic_desktop.domain.hours import TimeBlock, normalise_blocks
from clinic_desktop.domain.words import QT_TR_NOOP

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

# Distinct, colour-blind-friendly hues (Okabe-Ito) so neighbouring columns are told apart.
PROVIDER_PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#7f6d00", "#5d5d9e")


class ResourceService:
    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    def add_provider(
        self,
        name: str,
        credentials: str = "",
        colour: str | None = None,
        indications: Sequence[Indication] = (),
    ) -> Provider:
        """A provider; ``indications`` are what they treat (none given: every indication)."""
        self._s.require(Permission.SETTINGS)
        store = self._s.store
        clean = require_name(name, "provider")
        with store.write_transaction():
            chosen = require_colour(colour) if colour else PROVIDER_PALETTE[store.providers.count() % 8]
            provider = store.providers.add(
                clean, _credentials(credentials), chosen, tuple(dict.fromkeys(indications))
            )
            self._s.record("create", "provider", provider.id, None, _values(provider))
        return provider

    def set_provider_indications(self, provider_id: int, indications: Sequence[Indication]) -> Provider:
        self._s.require(Permission.SETTINGS)
        store = self._s.store
        with store.write_transaction():
            before = store.providers.get(provider_id)
            store.providers.set_indications(provider_id, tuple(dict.fromkeys(indications)))
            after = store.providers.get(provider_id)
            self._s.record(
                "change", "provider", provider_id,
                {"indications": list(before.indications)}, {"indications": list(after.indications)},
            )  # fmt: skip
        return after

    def change_provider(
        self,
        provider_id: int,
        name: str,
        credentials: str,
        colour: str,
        indications: Sequence[Indication],
        active: bool = True,
    ) -> Provider:
        """Change a provider's details. Switching one off keeps their history (bookings,
        treatments, the audit trail name them still) and takes them out of the calendar and the
        pickers; it is refused while they have bookings to come, which would vanish from view."""
        self._s.require(Permission.SETTINGS)
        store = self._s.store
        clean = require_name(name, "provider")
        chosen = require_colour(colour)
        with store.write_transaction():
            before = store.providers.get(provider_id)
            if before.active and not active:
                self._refuse_with_bookings_ahead(before)
            store.setup.change_provider(
                provider_id,
                clean,
                _credentials(credentials),
                chosen,
                active,
                tuple(dict.fromkeys(indications)),
            )
            after = store.providers.get(provider_id)
            if after != before:
                self._s.record("change", "provider", provider_id, *_changed(_values(before), _values(after)))
        return after

    def _refuse_with_bookings_ahead(self, provider: Provider) -> None:
        now = self._s.now()
        ahead = [
            e
            for e in self._s.store.appointments.schedule(now, now + timedelta(days=3 * 366), provider.id)
            if e.appointment.status.occupies_time
        ]
        if ahead:
            first = self._s.time.to_local(ahead[0].appointment.start)
            raise ValidationError(
                QT_TR_NOOP(
                    "{provider} has {count} booking to come (the first {when} with {patient}). Move or "
                    "cancel them before switching the provider off."
                )
                if len(ahead) == 1
                else QT_TR_NOOP(
                    "{provider} has {count} bookings to come (the first {when} with {patient}). Move or "
                    "cancel them before switching the provider off."
                ),
                provider=provider.name,
                count=len(ahead),
                when=f"{first:%Y-%m-%d %H:%M}",
                patient=ahead[0].patient_name,
            )

    def providers(self) -> list[Provider]:
        return self._s.store.providers.list()

    def provider(self, provider_id: int) -> Provider:
        return self._s.store.providers.get(provider_id)

    def add_room(self, name: str, kind: str = "exam") -> Room:
        self._s.require(Permission.SETTINGS)
        store = self._s.store
        with store.write_transaction():
            room = store.rooms.add(require_name(name, "room"), require_kind(kind))
            self._s.record("create", "room", room.id, None, _values(room))
        return room

    def change_room(self, room_id: int, name: str, kind: str) -> Room:
        self._s.require(Permission.SETTINGS)
        store = self._s.store
        clean, clean_kind = require_name(name, "room"), require_kind(kind)
        with store.write_transaction():
            before = store.setup.room(room_id)
            store.setup.change_room(room_id, clean, clean_kind)
            after = Room(room_id, clean, clean_kind)
            if after != before:
                self._s.record("change", "room", room_id, *_changed(_values(before), _values(after)))
        return after

    def remove_room(self, room_id: int) -> None:
        """Only a room never booked: a booked room is history (rename it instead)."""
        self._s.require(Permission.SETTINGS)
        setup = self._s.store.setup
        self._remove_unless_booked(
            "room", room_id, setup.room, setup.room_bookings, setup.remove_room,
            (
                QT_TR_NOOP(
                    "{name} has {count} booking on record, so it stays; rename it or "
                    "change its kind instead."
                ),
                QT_TR_NOOP(
                    "{name} has {count} bookings on record, so it stays; rename it or "
                    "change its kind instead."
                ),
            ),
        )  # fmt: skip

    def rooms(self) -> list[Room]:
        return self._s.store.rooms.list()

    def add_type(
        self,
        name: str,
        minutes: int,
        room_kind: str | None = None,
        indication: str | Indication | None = None,
        colour: str = "#7a8a9c",
        is_treatment: bool | None = None,
    ) -> AppointmentType:
        """A type of visit. One tied to an indication is a treatment unless said otherwise."""
        self._s.require(Permission.SETTINGS)
        store = self._s.store
        code = parse_indication(indication) if isinstance(indication, str) else indication
        if is_treatment and code is None:
            raise ValidationError(QT_TR_NOOP("A toxin treatment type needs the indication it treats."))
        with store.write_transaction():
            kind = store.types.add(
                require_name(name, "appointment type"),
                require_minutes(minutes),
                require_kind(room_kind) if room_kind else None,
                code,
                require_colour(colour),
                is_treatment if is_treatment is not None else code is not None,
            )
            self._s.record("create", "appointment_type", kind.id, None, _values(kind))
        return kind

    def change_type(
        self,
        type_id: int,
        name: str,
        minutes: int,
        room_kind: str | None,
        indication: Indication | None,
        colour: str,
        is_treatment: bool,
    ) -> AppointmentType:
        """Change a type of visit. Bookings already made keep their own start and end: a new
        length applies to bookings made from now on."""
        self._s.require(Permission.SETTINGS)
        store = self._s.store
        clean = require_name(name, "appointment type")
        length = require_minutes(minutes)
        kind = require_kind(room_kind) if room_kind else None
        chosen = require_colour(colour)
        if is_treatment and indication is None:
            raise ValidationError(QT_TR_NOOP("A toxin treatment type needs the indication it treats."))
        with store.write_transaction():
            before = store.setup.appointment_type(type_id)
            store.setup.change_type(type_id, clean, length, kind, indication, chosen, is_treatment)
            after = AppointmentType(type_id, clean, length, kind, indication, chosen, is_treatment)
            if after != before:
                self._s.record(
                    "change", "appointment_type", type_id, *_changed(_values(before), _values(after))
                )
        return after

    def remove_type(self, type_id: int) -> None:
        """Only a type never booked (a booked one is history: rename or change it instead)."""
        self._s.require(Permission.SETTINGS)
        setup = self._s.store.setup
        self._remove_unless_booked(
            "appointment_type", type_id, setup.appointment_type, setup.type_bookings, setup.remove_type,
            (
                QT_TR_NOOP("{name} has {count} booking on record, so it stays; rename or change it instead."),
                QT_TR_NOOP(
                    "{name} has {count} bookings on record, so it stays; rename or change "
                    "it instead."
                ),
            ),
        )  # fmt: skip

    def _remove_unless_booked(
        self,
        entity: str,
        entity_id: int,
        read: Callable[[int], Room | AppointmentType],
        bookings: Callable[[int], int],
        remove: Callable[[int], None],
        refusals: tuple[str, str],
    ) -> None:
        """Remove a room or type never booked; one booked is history, refused saying what to do
        instead (``refusals``: the templates for one booking and for several). Audited as ``entity``."""
        store = self._s.store
        with store.write_transaction():
            record = read(entity_id)
            used = bookings(entity_id)
            if used:
                raise ConflictError(refusals[0] if used == 1 else refusals[1], name=record.name, count=used)
            remove(entity_id)
            self._s.record("delete", entity, entity_id, _values(record), None)

    def types(self) -> list[AppointmentType]:
        return self._s.store.types.list()

    def set_hours(self, provider_id: int, weekday: int, blocks: list[TimeBlock]) -> WeeklyHours:
        """Replace one weekday of a provider's weekly template (no blocks: not working that day)."""
        self._s.require(Permission.SETTINGS)
        store = self._s.store
        ordered = normalise_blocks(blocks)
        with store.write_transaction():
            store.providers.get(provider_id)
            before = [h for h in store.hours.week(provider_id) if h.weekday == weekday]
            store.hours.set_day(provider_id, weekday, ordered)
            old = _blocks(before[0].blocks) if before else []
            if old != _blocks(ordered):
                self._s.record(
                    "change", "hours", f"{provider_id}:{weekday}",
                    {"provider_id": provider_id, "weekday": weekday, "blocks": old},
                    {"provider_id": provider_id, "weekday": weekday, "blocks": _blocks(ordered)},
                )  # fmt: skip
        return WeeklyHours(provider_id, weekday, tuple(ordered))

    def set_hours_on(
        self, provider_id: int, weekdays: Sequence[int], blocks: list[TimeBlock]
    ) -> list[WeeklyHours]:
        """The same blocks on several weekdays ('mon-fri'), in one transaction: all or none."""
        with self._s.store.write_transaction():
            return [self.set_hours(provider_id, weekday, blocks) for weekday in weekdays]

    def week(self, provider_id: int) -> list[WeeklyHours]:
        """The provider's week as it is today (hours changed from a later date, or ended, are the
        Weekly hours page's: services/working_time.py)."""
        self._s.store.providers.get(provider_id)
        return self._s.store.hours.week(provider_id, self._s.time.local_date(self._s.now()))


def _values(entity: Provider | Room | AppointmentType) -> dict[str, Any]:
    """A set-up record as the audit trail keeps it (without its id, which the entry names)."""
    values = asdict(entity)
    values.pop("id", None)
    return values


def _credentials(text: str) -> str:
    """A title or credentials ("MD", "RN, nurse injector"), its spacing tidied (its width is the
    column's, checked by the store like every text: domain/text.py)."""
    return " ".join(text.split())


def _changed(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that changed, before and after (what the trail keeps of a change)."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}


def _blocks(blocks: Sequence[TimeBlock]) -> list[str]:
    """Working blocks as the trail shows them: ["08:00-12:00", "13:00-17:00"]."""
    return [f"{b.start:%H:%M}-{b.end:%H:%M}" for b in blocks]
