"""The audit trail: written by every use case that changes patients, appointments, treatments,
settings or users (ClinicServices.record, inside the change's own transaction), and by opening a
patient's chart; read by managers (list) and checked end to end (verify)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.audit import GENESIS, AuditEntry, entry_hash

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices


@dataclass(frozen=True)
class AuditVerdict:
    verified: int  # entries whose place in the chain holds
    broken: int | None  # the id of the first entry that does not, or None
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.broken is None

    @property
    def message(self) -> str:
        if self.broken is None:
            return f"The audit trail is intact: {self.verified} entries verified."
        return f"The audit trail is broken at entry {self.broken}: {self.reason}"


class AuditService:
    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    def verify(self) -> AuditVerdict:
        """The trail checked end to end (chain_verdict), for a manager."""
        self._s.require(Permission.AUDIT)
        return self.chain_verdict()

    def chain_verdict(self) -> AuditVerdict:
        """Walk the whole chain: each entry's id must follow the previous one and its hash must be
        that of its content and the previous hash; the last one must be the head recorded beside
        the trail (so deleting the newest entries is noticed too).

        No permission is asked: the integrity check (ClinicService.check, itself a manager's)
        runs this as one of its checks."""
        store = self._s.store
        with store.read_transaction():
            head_id, head_hash = store.audit.head()
            previous, expected, verified = GENESIS, 1, 0
            for entry in store.audit.in_order():
                if entry.id != expected:
                    what = "it is missing" if entry.id > expected else "it is out of order"
                    return AuditVerdict(verified, expected, f"{what} (the next entry found is {entry.id}).")
                if entry.hash != entry_hash(entry, previous):
                    return AuditVerdict(
                        verified,
                        entry.id,
                        "its content, or the entry before it, was changed after it was written.",
                    )
                previous, expected, verified = entry.hash, expected + 1, verified + 1
            if verified < head_id:
                return AuditVerdict(
                    verified,
                    verified + 1,
                    f"it is missing (the trail ended at {verified}, but {head_id} entries were written).",
                )
            if verified and previous != head_hash:
                return AuditVerdict(verified - 1, verified, "its hash is not the one recorded as the last.")
            if not verified and store.users.count():
                # Making the first account writes the first entry: user accounts with no trail at
                # all means the trail (and the head beside it) was deleted.
                return AuditVerdict(
                    0, 1, "it is missing: the trail is empty, but the clinic has user accounts."
                )
        return AuditVerdict(verified, None)

    def entries(
        self,
        patient_id: int | None = None,
        user: str | None = None,
        first_day: date | None = None,
        last_day: date | None = None,
        limit: int | None = None,
        before_id: int | None = None,
    ) -> list[AuditEntry]:
        """Newest first, filtered by patient, user name and clinic-local days (inclusive);
        ``before_id`` pages on: only entries older than that one."""
        self._s.require(Permission.AUDIT)
        time = self._s.time
        start = time.day_bounds(first_day)[0] if first_day else None
        end = time.day_bounds(last_day)[1] if last_day else None
        with self._s.store.read_transaction():
            return self._s.store.audit.find(patient_id, user, start, end, limit, before_id)
