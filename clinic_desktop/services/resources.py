"""The clinic manager's set-up: providers, rooms, appointment types, weekly working hours.

Changing any of it is a manager's (Permission.SETTINGS) and goes into the audit trail; reading
it needs no permission, as every calendar shows the providers, rooms and types."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
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
from clinic_desktop.domain.hours import TimeBlock, normalise_blocks

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
                clean, credentials.strip(), chosen, tuple(dict.fromkeys(indications))
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
        self._s.store.providers.get(provider_id)
        return self._s.store.hours.week(provider_id)


def _values(entity: Provider | Room | AppointmentType) -> dict[str, Any]:
    """A set-up record as the audit trail keeps it (without its id, which the entry names)."""
    values = asdict(entity)
    values.pop("id", None)
    return values


def _blocks(blocks: Sequence[TimeBlock]) -> list[str]:
    """Working blocks as the trail shows them: ["08:00-12:00", "13:00-17:00"]."""
    return [f"{b.start:%H:%M}-{b.end:%H:%M}" for b in blocks]
