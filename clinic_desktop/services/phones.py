"""Phone numbers: normalised to E.164 with Google's libphonenumber (the `phonenumbers` package,
imported by the functions that parse: a tenth of a second that a search by name never needs).

Numbers typed without a country code are read in the clinic's country (settings: country).
"""

from __future__ import annotations

from functools import lru_cache

# Normalising is the domain's (a setting's check uses it); read from here by the services too.
from clinic_desktop.domain.phones import FALLBACK_REGION as FALLBACK_REGION
from clinic_desktop.domain.phones import normalise_phone as normalise_phone


@lru_cache(maxsize=8192)
def display_phone(e164: str, region: str) -> str:
    """National format for numbers of the clinic's country, international for the others (kept:
    a list shows the same patients' numbers again at each reload and each repaint)."""
    import phonenumbers

    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    same = phonenumbers.region_code_for_number(number) == (region or FALLBACK_REGION)
    style = phonenumbers.PhoneNumberFormat.NATIONAL if same else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return str(phonenumbers.format_number(number, style))


def phone_tokens(value: str, region: str) -> set[str]:
    """Search-index entries for a stored number: all its digits and its national digits by prefix
    ('p:'), and its national digits reversed ('r:'), so that the last digits alone find it too."""
    import phonenumbers

    digits = "".join(ch for ch in value if ch.isdigit())
    if not digits:
        return set()
    national = digits
    try:
        number = phonenumbers.parse(value, region or FALLBACK_REGION)
        national = str(phonenumbers.national_significant_number(number)) or digits
    except phonenumbers.NumberParseException:
        pass
    return {f"p:{digits}", f"p:{national}", f"r:{national[::-1]}"}


def query_phone_prefixes(digits: str) -> list[str]:
    """What typed digits may be: the start of a number (with or without a trunk 0) or its end."""
    trimmed = digits.lstrip("0") or digits
    prefixes = {f"p:{digits}", f"p:{trimmed}"}
    if len(digits) >= 4:
        prefixes.add(f"r:{digits[::-1]}")
    return sorted(prefixes)
