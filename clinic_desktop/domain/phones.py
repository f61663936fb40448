"""Phone numbers as typed: normalised to E.164 with Google's libphonenumber (the `phonenumbers`
package). Numbers typed without a country code are read in the clinic's country (settings:
country); services/phones.py formats and indexes them."""

from __future__ import annotations

from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.words import QT_TR_NOOP

FALLBACK_REGION = "US"


def normalise_phone(text: str, region: str) -> str:
    """'(212) 555-0123' -> '+12125550123'; '' stays ''; refuses what cannot be dialled."""
    import phonenumbers  # here, not above: every use case imports the settings' table, few parse a phone

    raw = text.strip()
    if not raw:
        return ""
    try:
        number = phonenumbers.parse(raw, region or FALLBACK_REGION)
    except phonenumbers.NumberParseException:
        raise ValidationError(QT_TR_NOOP("'{text}' is not a phone number."), text=text) from None
    if not phonenumbers.is_possible_number(number) or not phonenumbers.is_valid_number(number):
        where = phonenumbers.region_code_for_number(number) or region or FALLBACK_REGION
        raise ValidationError(
            QT_TR_NOOP("'{text}' is not a valid phone number for {region}."), text=text, region=where
        )
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
