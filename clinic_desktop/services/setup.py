"""A new clinic's set-up: how far it has got (what the checklist ticks and what the calendar says
is missing), and the appointment types suggested from what its providers treat.

Reading the status is everyone's (every role sees the calendar, which says what is missing);
adding the suggested types is a manager's (Permission.SETTINGS), one audit entry per type."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.entities import AppointmentType
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.setup import SeedType, SetupStatus, seed_types
from clinic_desktop.domain.words import QT_TR_NOOP

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices


class SetupService:
    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    def status(self) -> SetupStatus:
        self._s.require(Permission.SCHEDULE)
        store = self._s.store
        today = self._s.time.local_date(self._s.now())
        with store.read_transaction():
            active = {p.id for p in store.providers.list() if p.active}
            with_hours = active & store.setup.providers_with_hours_from(today)
            types = store.types.list()
            kinds = {r.kind for r in store.rooms.list()}
            lots = [
                lot for lot in store.treatments.lots() if lot.vials_left > 0 and not lot.expired_on(today)
            ]
            return SetupStatus(
                named="name" in store.settings.explicit_keys(),
                providers=len(active),
                providers_with_hours=len(with_hours),
                rooms=len(store.rooms.list()),
                rooms_missing_for=tuple(t.name for t in types if t.room_kind and t.room_kind not in kinds),
                types=len(types),
                treatment_types=sum(1 for t in types if t.is_treatment),
                lots=len(lots),
            )

    def can_book(self) -> bool:
        """The calendar's question on every load, in two short reads: is there an active provider
        with weekly hours from today on, and a type of visit?"""
        self._s.require(Permission.SCHEDULE)
        store = self._s.store
        today = self._s.time.local_date(self._s.now())
        with store.read_transaction():
            if not store.types.list():
                return False
            working = store.setup.providers_with_hours_from(today)
            return any(p.active and p.id in working for p in store.providers.list())

    def suggested_types(self) -> list[SeedType]:
        """The types a clinic treating what its active providers treat starts with (domain/setup.py),
        less those it already has (by name)."""
        self._s.require(Permission.SCHEDULE)
        store = self._s.store
        with store.read_transaction():
            providers = [p for p in store.providers.list() if p.active]
            have = {t.name.casefold() for t in store.types.list()}
        treated: set[Indication] = set()
        for provider in providers:
            treated |= set(provider.indications) if provider.indications else set(Indication)
        return [seed for seed in seed_types(treated) if seed.name.casefold() not in have]

    def add_suggested_types(self, names: Sequence[str]) -> list[AppointmentType]:
        """Add the suggested types chosen by name, in one transaction (all or none)."""
        self._s.require(Permission.SETTINGS)
        offered = {seed.name.casefold(): seed for seed in seed_types(Indication)}
        chosen = []
        for name in dict.fromkeys(n.strip() for n in names):
            seed = offered.get(name.casefold())
            if seed is None:
                raise ValidationError(
                    QT_TR_NOOP("'{name}' is not one of the suggested appointment types."), name=name
                )
            chosen.append(seed)
        if not chosen:
            raise ValidationError(QT_TR_NOOP("Tick the appointment types to add."))
        made = []
        store = self._s.store
        with store.write_transaction():
            for seed in chosen:
                kind = store.types.add(
                    seed.name, seed.minutes, seed.room_kind, seed.indication, seed.colour, seed.is_treatment
                )
                values = {
                    "name": kind.name, "minutes": kind.minutes, "room_kind": kind.room_kind,
                    "indication": kind.indication, "colour": kind.colour, "is_treatment": kind.is_treatment,
                }  # fmt: skip
                self._s.record("create", "appointment_type", kind.id, None, values)
                made.append(kind)
        return made
