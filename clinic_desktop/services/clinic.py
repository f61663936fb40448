"""Clinic-wide use cases: settings, information about the database, integrity check.

Reading the settings needs no permission (every screen shows the clinic's name and time zone);
changing one is a manager's (Permission.SETTINGS) and is written to the audit trail with the
value before and after. The integrity check is maintenance (a manager's), and includes the audit
trail's hash chain and the accounts compared with their audited changes, so that a tampered trail
or an account changed behind the software's back is reported with the rest."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from clinic_desktop.domain import clinic_settings
from clinic_desktop.domain.access import Permission

# The holiday calendar's codes: read from here by the command line's init.
from clinic_desktop.domain.clinic_settings import validate_country as validate_country
from clinic_desktop.domain.clinic_settings import validate_subdivision as validate_subdivision
from clinic_desktop.domain.entities import ClinicSettings
from clinic_desktop.domain.errors import DatabaseDamagedError, ValidationError
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.store.migrations import SCHEMA_VERSION, current_version

IDENTITY_KEY = "database_id"  # in database_info

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices


@dataclass(frozen=True)
class DatabaseInfo:
    schema_version: int
    database: str
    timezone: str
    counts: dict[str, int]


def _entry(key: str) -> clinic_settings.Setting[Any]:
    entry = clinic_settings.setting(key)
    if entry is None:
        known = ", ".join(clinic_settings.keys())
        raise ValidationError(QT_TR_NOOP("Unknown setting '{key}'. Settings: {known}."), key=key, known=known)
    return entry


def _checked(changes: Mapping[str, str], current: ClinicSettings) -> dict[str, str]:
    """Each changed setting's value as saved, checked against the settings as they are; a setting
    that belongs to another (the region) is checked against that one's new value, and emptied
    when only that one changes (the old country's region means nothing in the new one)."""
    clean: dict[str, str] = {}
    for key, value in changes.items():
        entry, basis = _entry(key), current
        if entry.follows:
            parent = _entry(entry.follows)
            given = str(changes.get(parent.key, getattr(current, parent.key)))
            basis = replace(current, **{parent.key: parent.decode(parent.check(given, current))})
        clean[key] = entry.check(str(value), basis)
    for key, value in list(clean.items()):
        if _entry(key).decode(value) != getattr(current, key):
            for follower in clinic_settings.followers(key):
                clean.setdefault(follower.key, follower.encode(follower.default))
    return clean


class ClinicService:
    SETTING_KEYS = clinic_settings.keys()  # domain/clinic_settings.py declares them

    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    def ping(self) -> None:
        """Reach the database once: DatabaseUnavailableError while a server cannot be reached."""
        self._s.store.ping()

    def change_marker(self) -> int | None:
        """Changes when another workstation (or thread) has committed something: polled by the
        window's live refresh. None where the database notifies instead of being polled."""
        return self._s.store.change_marker()

    def identity(self) -> str:
        """This database's stable identity (a UUID): what makes exported ids (iCalendar UIDs, FHIR
        ids) the same in every export of this clinic and different from any other clinic's. Made
        and stored the first time it is needed (one write), then only read."""
        store = self._s.store
        identity = store.info_value(IDENTITY_KEY)
        if identity:
            return identity
        with store.write_transaction():
            identity = store.info_value(IDENTITY_KEY)  # another workstation may have just made it
            if not identity:
                identity = str(uuid.uuid4())
                store.set_info_value(IDENTITY_KEY, identity)
        return identity

    def settings(self) -> ClinicSettings:
        return self._s.store.settings.get()

    def refresh_settings(self) -> ClinicSettings:
        """The settings as saved now, for a workstation that live refresh told of a change made
        elsewhere (another workstation, or a command): what this process keeps of them (the time
        zone, see ClinicServices.time) is dropped, so its next use case works in the new zone."""
        settings = self._s.store.settings.get()
        self._s.settings_changed()
        return settings

    def regions(self) -> dict[str, list[tuple[str, str]]]:
        """The countries the holiday calendar knows (two-letter codes), each with its subdivisions
        as (code, name): what the window offers for the country and region settings."""
        import holidays

        found: dict[str, list[tuple[str, str]]] = {}
        for country, subdivisions in sorted(holidays.list_supported_countries().items()):
            if len(country) != 2:
                continue
            try:
                aliases = holidays.country_holidays(country).get_subdivision_aliases()
            except (AttributeError, NotImplementedError):
                aliases = {}
            found[country] = [(code, (aliases.get(code) or [code])[0]) for code in subdivisions]
        return found

    def set_setting(self, key: str, value: str) -> ClinicSettings:
        """Validate and save one setting; the whole change is refused if the value is wrong. A
        setting that another belongs to (the country, its region) empties that one when it
        changes; both are one entry of the audit trail."""
        self._s.require(Permission.SETTINGS)
        store = self._s.store
        current = store.settings.get()
        entry = _entry(key)
        changed = {key: entry.check(str(value), current)}
        if entry.decode(changed[key]) != getattr(current, key):
            for follower in clinic_settings.followers(key):
                if getattr(current, follower.key) != follower.default:
                    changed[follower.key] = follower.encode(follower.default)
        with store.write_transaction():
            for name, saved in changed.items():
                store.settings.set(name, saved)
            self._record(current, store.settings.get(), tuple(changed))
        self._s.settings_changed()
        return store.settings.get()

    def set_settings(self, changes: Mapping[str, str]) -> ClinicSettings:
        """Several settings at once (the window's clinic page): every value is checked first, and
        one bad value refuses them all, so nothing is half-saved. One audit entry per setting
        that changed."""
        self._s.require(Permission.SETTINGS)
        store = self._s.store
        current = store.settings.get()
        clean = _checked(changes, current)
        with store.write_transaction():
            for key, value in clean.items():
                store.settings.set(key, value)
            after = store.settings.get()
            for key in clean:
                self._record(current, after, (key,))
        self._s.settings_changed()
        return after

    def _record(self, before: ClinicSettings, after: ClinicSettings, keys: tuple[str, ...]) -> None:
        """The trail's entry for a settings change (inside its transaction); none when the value
        stayed the same."""
        old = {k: getattr(before, k) for k in keys}
        new = {k: getattr(after, k) for k in keys}
        if old != new:
            self._s.record("change", "settings", keys[0], old, new)

    def info(self) -> DatabaseInfo:
        store = self._s.store
        with store.read_transaction():
            return DatabaseInfo(
                schema_version=current_version(store.database),
                database=store.location.display,
                timezone=store.settings.get().timezone,
                counts=store.counts(),
            )

    def check(self, notes: list[str] | None = None) -> list[str]:
        """Every problem found, in words; an empty list means the database is sound. A broken
        audit trail is one of them (the first entry where its hash chain breaks). A damaged file
        is the only one reported: nothing else read from it could be trusted. ``notes`` is given
        what is not a problem but must be said: a lost audit key that was replaced (whose entries'
        seals can no longer be checked)."""
        self._s.require(Permission.MAINTENANCE)
        store = self._s.store
        try:
            problems = store.integrity_problems()
            version = current_version(store.database)
            if version != SCHEMA_VERSION:
                problems.append(
                    Text(
                        QT_TR_NOOP("Schema version is {version}, expected {expected}."),
                        version=version,
                        expected=SCHEMA_VERSION,
                    )
                )
            with store.read_transaction():
                for what, first, second in store.appointments.overlaps():
                    problems.append(
                        Text(
                            QT_TR_NOOP("Appointments {first} and {second} double-book the same provider.")
                            if what == "provider"
                            else QT_TR_NOOP("Appointments {first} and {second} double-book the same room."),
                            first=first,
                            second=second,
                        )
                    )
            verdict = self._s.audit.chain_verdict()
        except DatabaseDamagedError as exc:
            return [exc.text]
        problems.extend(verdict.problems)  # the chain, its key, the anchors, the accounts
        if notes is not None:
            notes.extend(verdict.notes)
        return problems
