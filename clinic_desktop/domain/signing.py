"""Who charts and signs a treatment: the provider who gives it.

The clinic's rule (docs/domain.md, "Rules that must hold"): "A treatment is charted and signed by
the provider who gives it: a provider's account is that person, never a name to pick." It is the
medical record's authentication rule: an entry is authenticated by its author, by the person who
gave the service (CMS Medicare Program Integrity Manual, chapter 3, section 3.3.2.4, "Signature
Requirements": the services provided must be authenticated by the author; The Joint Commission's
standard RC.01.02.01: the author of each entry is identified and authenticated, and only authorised
individuals make entries). A signature typed in another clinician's name is neither.

So a user account of the provider role is one provider record (its link, set by a manager when
the account is made), and that account charts, signs and amends only as that provider. A nurse
injector treating under a supervising physician charts as themselves and names the physician in a
separate field, "supervised by", never by signing in the physician's name. Amending is the
author's too: a provider amends only the treatments they gave (another clinician who learns of an
adverse event reports it as such, an addition under their own name, not an amendment).

Reception and manager accounts are linked to nobody (they do not chart). The software itself (the
SYSTEM session of scripts, migrations and tests) names the provider freely.
"""

from __future__ import annotations

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.errors import PermissionDeniedError, ValidationError
from clinic_desktop.domain.users import Session
from clinic_desktop.domain.words import QT_TR_NOOP, Text

RULE = Text(QT_TR_NOOP("a treatment is charted and signed by the provider who gives it"))


def account_link(role: Role, provider_id: int | None) -> int | None:
    """The provider record an account of this role is linked to: exactly one for a provider,
    none for reception and managers. Refused, in words, otherwise."""
    if role is Role.PROVIDER:
        if provider_id is None:
            raise ValidationError(
                QT_TR_NOOP(
                    "A provider account is one provider: choose the provider record it belongs to ({rule})."
                ),
                rule=RULE,
            )
        return provider_id
    if provider_id is not None:
        raise ValidationError(
            QT_TR_NOOP(
                "Only a provider account is linked to a provider record; a {role} account is linked "
                "to nobody."
            ),
            role=role.words,
        )
    return None


def unlinked_message(account: str) -> Text:
    """What an unlinked provider account (one made before accounts were linked) is told."""
    return Text(
        QT_TR_NOOP(
            "Your account {account} is not linked to your provider record yet, so it cannot chart: "
            "{rule}. Ask a manager to link it (File > Users…, or `users set {account} --provider ID`)."
        ),
        account=account,
        rule=RULE,
    )


def require_own(session: Session | None, provider_id: int, own_name: str, given_by: str = "") -> None:
    """Refuse a provider session that charts, signs or amends a treatment of another provider.

    ``provider_id`` is the treatment's provider; ``own_name`` the name of the session's own provider
    record (for the message); ``given_by`` the treatment's provider's name, when it exists already.
    Sessions other than a provider's pass: the software itself names the provider freely, and the
    other roles are refused charting by their permissions (domain/access.py)."""
    if session is None or session.role is not Role.PROVIDER:
        return
    if session.provider_id is None:
        raise PermissionDeniedError(unlinked_message(session.name))
    if provider_id != session.provider_id:
        if given_by:
            raise PermissionDeniedError(
                QT_TR_NOOP("You are signed in as {name}; {rule} (this one was given by {given_by})."),
                name=own_name,
                rule=RULE,
                given_by=given_by,
            )
        raise PermissionDeniedError(
            QT_TR_NOOP("You are signed in as {name}; {rule}."), name=own_name, rule=RULE
        )


def is_linked_provider(session: Session | None) -> bool:
    """Whether the session is a provider account with its provider record (it charts as them)."""
    return session is not None and session.role is Role.PROVIDER and session.provider_id is not None
