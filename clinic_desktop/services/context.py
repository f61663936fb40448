"""The services over one open clinic database, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.clinic_time import ClinicTime, ensure_utc, utc_now
from clinic_desktop.domain.errors import PermissionDeniedError
from clinic_desktop.domain.search import SEARCH_INDEX_VERSION
from clinic_desktop.domain.users import SYSTEM, Session
from clinic_desktop.domain.words import QT_TR_NOOP
from clinic_desktop.store.connection import open_database
from clinic_desktop.store.migrations import MigrationResult, migrate_database
from clinic_desktop.store.models import INDEX_PENDING
from clinic_desktop.store.repositories import Store

if TYPE_CHECKING:
    from clinic_desktop.domain.audit import AuditKey
    from clinic_desktop.services.appointments import AppointmentService
    from clinic_desktop.services.audit import AuditService
    from clinic_desktop.services.audit_keys import AuditKeyService
    from clinic_desktop.services.backup import BackupService
    from clinic_desktop.services.catalogue import CatalogueService
    from clinic_desktop.services.clinic import ClinicService
    from clinic_desktop.services.day_list import DayListService
    from clinic_desktop.services.demo import DemoService
    from clinic_desktop.services.followups import FollowUpService
    from clinic_desktop.services.messages import MessageService
    from clinic_desktop.services.patients import PatientService
    from clinic_desktop.services.reports import ReportsService
    from clinic_desktop.services.resources import ResourceService
    from clinic_desktop.services.schedule import ScheduleService
    from clinic_desktop.services.setup import SetupService
    from clinic_desktop.services.stock import StockService
    from clinic_desktop.services.tokens import TokenService
    from clinic_desktop.services.treatments import TreatmentService
    from clinic_desktop.services.users import UserService
    from clinic_desktop.services.working_time import WorkingTimeService


@dataclass
class Clock:
    """Now, or a fixed instant (tests), or a fixed clinic-local wall-clock time given with --now.

    A local --now is resolved in the clinic's time zone each time it is read, so that it means
    the same wall-clock time even when a command (demo, settings set timezone) changes the zone.
    """

    fixed: datetime | None = None
    local_text: str | None = None
    # The last resolution of local_text: (text, zone, instant). A proposal reads now a score of
    # times; parsing the text each time cost a tenth of it.
    _resolved: tuple[str, str, datetime] | None = field(default=None, repr=False, compare=False)

    def now(self, clinic_time: ClinicTime | None = None) -> datetime:
        if self.local_text is not None and clinic_time is not None:
            known = self._resolved
            if known is None or known[0] != self.local_text or known[1] != clinic_time.timezone:
                known = (self.local_text, clinic_time.timezone, clinic_time.parse_local(self.local_text))
                self._resolved = known
            return known[2]
        return ensure_utc(self.fixed) if self.fixed is not None else utc_now()


@dataclass
class ClinicServices:
    store: Store
    clock: Clock = field(default_factory=Clock)
    migration: MigrationResult | None = None
    # Who is acting: the window and the command line sign a person in (services/users.py) before
    # anything else; SYSTEM (the software itself) is for in-process scripts and tests. None: signed
    # out (the window locked), nothing may be done until someone signs in.
    session: Session | None = SYSTEM

    def __post_init__(self) -> None:
        self._time: ClinicTime | None = None
        self._place: tuple[str, str] = ("", "")  # (country, subdivision), read with the time zone
        self._token_noted_in: object | None = None  # the write transaction a token's use was noted in

    # Each service is made, and its module imported, when first used: a command that searches
    # patients never loads the charting, reporting or backup code (a whole process in a third of
    # a second, issue 22). Every one of them is a thin object over this ClinicServices.

    @cached_property
    def clinic(self) -> ClinicService:
        from clinic_desktop.services.clinic import ClinicService

        return ClinicService(self)

    @cached_property
    def resources(self) -> ResourceService:
        from clinic_desktop.services.resources import ResourceService

        return ResourceService(self)

    @cached_property
    def schedule(self) -> ScheduleService:
        from clinic_desktop.services.schedule import ScheduleService

        return ScheduleService(self)

    @cached_property
    def patients(self) -> PatientService:
        from clinic_desktop.services.patients import PatientService

        return PatientService(self)

    @cached_property
    def appointments(self) -> AppointmentService:
        from clinic_desktop.services.appointments import AppointmentService

        return AppointmentService(self)

    @cached_property
    def treatments(self) -> TreatmentService:
        from clinic_desktop.services.treatments import TreatmentService

        return TreatmentService(self)

    @cached_property
    def followups(self) -> FollowUpService:
        from clinic_desktop.services.followups import FollowUpService

        return FollowUpService(self)

    @cached_property
    def reports(self) -> ReportsService:
        from clinic_desktop.services.reports import ReportsService

        return ReportsService(self)

    @cached_property
    def day_lists(self) -> DayListService:
        from clinic_desktop.services.day_list import DayListService

        return DayListService(self)

    @cached_property
    def backup(self) -> BackupService:
        from clinic_desktop.services.backup import BackupService

        return BackupService(self)

    @cached_property
    def users(self) -> UserService:
        from clinic_desktop.services.users import UserService

        return UserService(self)

    @cached_property
    def tokens(self) -> TokenService:
        from clinic_desktop.services.tokens import TokenService

        return TokenService(self)

    @cached_property
    def audit(self) -> AuditService:
        from clinic_desktop.services.audit import AuditService

        return AuditService(self)

    # The set-up in the window (issue 19): working time, the set-up checklist, stock, measures.

    @cached_property
    def working_time(self) -> WorkingTimeService:
        from clinic_desktop.services.working_time import WorkingTimeService

        return WorkingTimeService(self)

    @cached_property
    def setup(self) -> SetupService:
        from clinic_desktop.services.setup import SetupService

        return SetupService(self)

    @cached_property
    def stock(self) -> StockService:
        from clinic_desktop.services.stock import StockService

        return StockService(self)

    @cached_property
    def catalogue(self) -> CatalogueService:
        from clinic_desktop.services.catalogue import CatalogueService

        return CatalogueService(self)

    @cached_property
    def messages(self) -> MessageService:
        """The outbox: reminders and recall invitations (issue 23)."""
        from clinic_desktop.services.messages import MessageService

        return MessageService(self)

    @cached_property
    def audit_keys(self) -> AuditKeyService:
        from clinic_desktop.services.audit_keys import AuditKeyService

        return AuditKeyService(self)

    @property
    def demo(self) -> DemoService:
        """The demo builder, imported only when used (it is not needed to run a clinic)."""
        from clinic_desktop.services.demo import DemoService

        return DemoService(self)

    @classmethod
    def open(cls, db: str | None = None, clock: Clock | None = None) -> ClinicServices:
        """Open the database at --db / CLINIC_DB / the default, migrating it if it is older."""
        database, location = open_database(db)
        try:
            migration = migrate_database(database, location.path, location)
        except BaseException:
            database.close()
            raise
        services = cls(store=Store(database, location), clock=clock or Clock(), migration=migration)
        # One statement tells whether the search index needs building, or finishing after an
        # import was stopped; only then is the patients' service loaded.
        known = services.store.info_values("search_index", INDEX_PENDING)
        if known.get("search_index") != SEARCH_INDEX_VERSION or INDEX_PENDING in known:
            services.patients.ensure_index()
        return services

    @property
    def time(self) -> ClinicTime:
        """The clinic's time zone; read once, re-read after settings change: here (settings_changed)
        or at another workstation (clinic.refresh_settings, on live refresh's signal)."""
        if self._time is None:
            settings = self.store.settings.get()
            self._time = ClinicTime(settings.timezone)
            self._place = (settings.country, settings.subdivision)
        return self._time

    @property
    def holiday_place(self) -> tuple[str, str]:
        """The clinic's country and subdivision, whose public holidays the calendar keeps: read
        with the time zone and kept as it is, so that a booking does not read the settings again
        for them (a round trip to a PostgreSQL server, issue 22)."""
        if self._time is None:
            self.time  # noqa: B018 (reads both)
        return self._place

    def settings_changed(self) -> None:
        self._time = None

    def set_now(self, local_text: str) -> datetime:
        """--now: a clinic-local wall-clock time (or an instant with an offset)."""
        instant = self.time.parse_local(local_text)  # refuses a malformed value at once
        self.clock.local_text = local_text
        return instant

    def now(self) -> datetime:
        if self.clock.local_text is not None:
            return self.clock.now(self.time)
        return self.clock.now()

    # --- who is acting ---------------------------------------------------------------------------

    def require(self, permission: Permission) -> None:
        """Refuse (PermissionDeniedError naming the role that may) unless the session allows it."""
        if self.session is None:
            raise PermissionDeniedError(
                QT_TR_NOOP("Sign in first: the window is locked or nobody is signed in.")
            )
        self.session.require(permission)

    def may(self, permission: Permission) -> bool:
        return self.session is not None and self.session.may(permission)

    def record(
        self,
        action: str,
        entity: str,
        entity_id: object,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
        patient_id: int | None = None,
        user: str | None = None,
    ) -> None:
        """One audit entry, written in the calling use case's write transaction (so the change and
        its entry are saved or undone together): who (the session's user), when (the real clock,
        whatever --now says), what, and the values before and after; signed with the clinic's
        audit key (services/audit.py: AuditKeyError, and nothing saved, on a computer without it)."""
        who = user or (self.session.name if self.session is not None else SYSTEM.name)
        key = self.audit_keys.signing_key(who)
        if self.session is not None and self.session.token_id is not None and user is None:
            self._note_token_use(self.session.token_id, who, key)
        self.store.audit.append(
            self.real_now(), who, action, entity, str(entity_id), before, after, patient_id, key=key
        )

    def _note_token_use(self, token_id: int, who: str, key: AuditKey | None) -> None:
        """Once per write transaction made with a personal access token, before its first entry:
        which token it was (services/tokens.py), and when it was last used."""
        transaction = self.store.outermost_transaction()
        if transaction is None or transaction is self._token_noted_in:
            return
        self._token_noted_in = transaction
        now = self.real_now()
        self.store.tokens.used(token_id, now)
        self.store.audit.append(
            now, who, "token_use", "access_token", str(token_id), None, None, None, key=key
        )

    def real_now(self) -> datetime:
        """The wall clock, never --now: when something was really done (the audit trail, lockouts)."""
        return utc_now()

    def end_thread(self) -> None:
        """Release the calling worker thread's database connection (each thread has its own)."""
        self.store.end_thread()

    def close(self) -> None:
        self.store.close()
