"""The rule that a treatment is signed by the provider who gives it (domain/signing.py), and the
weekdays `hours set --weekday` takes (one, a range, a list)."""

from __future__ import annotations

import pytest

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.errors import PermissionDeniedError, ValidationError
from clinic_desktop.domain.hours import parse_weekdays
from clinic_desktop.domain.signing import RULE, account_link, is_linked_provider, require_own
from clinic_desktop.domain.users import SYSTEM, Session

ANA = Session("ana", Role.PROVIDER, user_id=2, provider_id=1)


def test_a_provider_account_is_linked_to_one_provider_and_the_others_to_nobody() -> None:
    assert account_link(Role.PROVIDER, 3) == 3
    with pytest.raises(ValidationError, match="A provider account is one provider"):
        account_link(Role.PROVIDER, None)
    assert account_link(Role.RECEPTION, None) is None and account_link(Role.MANAGER, None) is None
    with pytest.raises(ValidationError, match="a manager account is linked to nobody"):
        account_link(Role.MANAGER, 3)


def test_a_provider_session_charts_only_its_own_provider() -> None:
    require_own(ANA, 1, "Dr Ana Lind")  # her own: allowed
    with pytest.raises(PermissionDeniedError) as refused:
        require_own(ANA, 2, "Dr Ana Lind")
    assert str(refused.value) == f"You are signed in as Dr Ana Lind; {RULE}."
    with pytest.raises(PermissionDeniedError, match=r"\(this one was given by Dr Bob Reyes\)\.$"):
        require_own(ANA, 2, "Dr Ana Lind", "Dr Bob Reyes")
    unlinked = Session("kim", Role.PROVIDER, user_id=3)
    with pytest.raises(
        PermissionDeniedError, match="^Your account kim is not linked to your provider record"
    ):
        require_own(unlinked, 1, "")
    for free in (SYSTEM, Session("mara", Role.MANAGER, 1), None):  # the software names anyone; others
        require_own(free, 2, "")  # are refused charting by their role (domain/access.py)
    assert is_linked_provider(ANA) and not is_linked_provider(unlinked) and not is_linked_provider(SYSTEM)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("mon", [0]),
        ("Monday", [0]),
        ("mon-fri", [0, 1, 2, 3, 4]),
        ("mon,wed,fri", [0, 2, 4]),
        (" sat - sun ", [5, 6]),
        ("mon-wed,fri,tue", [0, 1, 2, 4]),
        ("fri-fri", [4]),
    ],
)
def test_weekdays_are_one_a_range_or_a_list(text: str, days: list[int]) -> None:
    assert parse_weekdays(text) == days


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("mon-xyz", "'xyz' in 'mon-xyz' is not a weekday"),
        ("fri-mon", "'fri-mon' runs backwards"),
        ("", "Say which weekday."),
        ("-fri", "'-fri' in '-fri' is not a day or a range of days."),
        ("mon-tue-wed", "is not a day or a range of days"),
    ],
)
def test_nonsense_is_refused_naming_the_part(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_weekdays(text)
    assert message in str(refused.value) and "mon-fri" in str(refused.value)
