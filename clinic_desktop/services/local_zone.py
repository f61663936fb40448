"""This computer's IANA time zone: the default zone of a new clinic (``init`` without
``--timezone``; the set-up offers it first). Read by tzlocal, which knows every platform's place
for it (the TZ environment variable, /etc/timezone, /etc/localtime's link, the Windows registry),
afresh each time: a computer's zone can change while the software runs."""

from __future__ import annotations

from clinic_desktop.domain.clinic_time import validate_timezone
from clinic_desktop.domain.errors import ValidationError

FALLBACK = "UTC"


def computer_timezone() -> str | None:
    """The zone's IANA name (Europe/Vienna), or None when the computer names none this software
    knows (then a clinic must be given one)."""
    import tzlocal

    try:
        tzlocal.reload_localzone()
        name = tzlocal.get_localzone_name()
    except Exception:  # tzlocal's own refusal of a broken configuration (several kinds): no zone
        return None
    if not name:
        return None
    try:
        return validate_timezone(name)
    except ValidationError:
        return None
