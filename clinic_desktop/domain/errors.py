"""Errors a person can cause and act on.

Each carries a message written for the person at the desk (a receptionist, a clinic manager):
what was refused and why, in plain words. The GUI shows the message, the command line prints it
and exits with status 1. Anything else that escapes is a bug.

A message is a marked template with named fields (domain/words.py), so the window can show it in
its own language while the command line prints the English::

    raise NotFoundError(QT_TR_NOOP("No patient with id {id}."), id=patient_id)
"""

from collections.abc import Sequence
from typing import Any

from clinic_desktop.domain.words import QT_TR_NOOP, Text, shown


class ClinicError(Exception):
    """A refusal with a message for the user; nothing was changed. ``str(error)`` is the English
    (the command line, the logs); ``error.message`` is what a person reads: in the window, in the
    window's language."""

    def __init__(self, message: str = "", /, *more: object, **fields: Any) -> None:
        if not message and not fields:
            super().__init__(*more)
        elif isinstance(message, Text) and not fields:
            super().__init__(message, *more)
        else:
            super().__init__(Text(message, **fields), *more)

    @property
    def text(self) -> Text:
        """The message as made (English, with its template and fields)."""
        first = self.args[0] if self.args else self.__class__.__name__
        return first if isinstance(first, Text) else Text(str(first))

    @property
    def message(self) -> str:
        return shown(self.args[0]) if self.args else self.__class__.__name__


class ValidationError(ClinicError):
    """Input that cannot be accepted (a bad time zone, a malformed time, a missing name)."""


class OverrideRequiredError(ValidationError):
    """A refusal the person may overcome by giving a reason, which is then stored with the change
    (booking outside working hours, a toxin-treatment visit before the patient's first safe day,
    an overridable clinical rule at charting). ``reasons`` says what the reason would override,
    one sentence each; the window asks for a reason because it caught this type, never because
    of what the message says."""

    def __init__(self, message: str, reasons: Sequence[str] = (), **fields: Any) -> None:
        super().__init__(message, **fields)
        # Each reason a Text where it was made as one, so the window shows it in its language.
        self.reasons: tuple[str, ...] = tuple(reasons) or (self.text,)


class NotFoundError(ClinicError):
    """The thing asked for does not exist (an unknown provider id, say)."""


class ConflictError(ClinicError):
    """The change would clash with what is already recorded (a duplicate name, a double booking)."""


class ConcurrentWriteError(ConflictError):
    """Another workstation's write got in the way of this one and the database refused it (on
    PostgreSQL: two transactions each waiting for the other, or the subclass below). Nothing was
    saved, and the same use case may simply run again: the booking services do so themselves."""


class DoubleBookingError(ConcurrentWriteError):
    """The database itself refused a booking that overlaps another (PostgreSQL's exclusion
    constraint): another workstation booked the time between this one's check and its write.
    The booking services try again, and the check then names the booking in the way."""


class SchemaError(ClinicError):
    """The database cannot be used by this version of the software."""


UNAVAILABLE = "The clinic database cannot be reached"  # how every such message begins (the English)


class DatabaseUnavailableError(ClinicError):
    """The connection to a database server was lost (the network, or the server restarted), or
    none could be made. A transaction it was in never committed, so nothing was half-saved; the
    next attempt connects again. The window shows a banner and retries rather than a dialog per
    failed load. Lost during the commit itself (``at_commit``), the change may have been saved
    just before the connection went: the message says to look before entering it again."""

    def __init__(self, detail: str = "", at_commit: bool = False) -> None:
        first = (
            detail.strip().splitlines()[0].strip() if detail.strip() else Text(QT_TR_NOOP("connection lost"))
        )
        if at_commit:
            super().__init__(
                QT_TR_NOOP(
                    "The clinic database cannot be reached ({detail}). The connection was lost while the "
                    "change was being saved, so it may or may not have been saved: look before entering "
                    "it again. Check the network and the database server; the application retries."
                ),
                detail=first,
            )
        else:
            super().__init__(
                QT_TR_NOOP(
                    "The clinic database cannot be reached ({detail}). Nothing was saved. Check the "
                    "network and the database server; the application retries."
                ),
                detail=first,
            )


class PermissionDeniedError(ClinicError):
    """The signed-in user's role does not allow this; the message names the role that does."""


class DatabaseDamagedError(ClinicError):
    """The database file itself is damaged: a page that does not read back as written (a disk or
    power fault, a file copied while it was in use). What it holds can no longer be trusted, so
    nothing more is done with it; the way back is the last backup, which ``restore`` names."""

    def __init__(self, detail: str, restore: str) -> None:
        super().__init__(
            QT_TR_NOOP("The database file is damaged ({detail}). Restore the last backup: {restore}"),
            detail=detail,
            restore=restore,
        )


DISK_FULL = QT_TR_NOOP(
    "The disk holding the clinic database is full; nothing was saved. Free some space and try again."
)


class DiskFullError(ClinicError):
    """A write failed because the disk (or the database server's disk) is full. The transaction
    was rolled back whole, so nothing was half-saved, and the same change can simply be made
    again once there is room."""

    def __init__(self) -> None:
        super().__init__(DISK_FULL)
