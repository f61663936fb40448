"""Indications and the ICD-10-CM codes a patient's condition list records by default.

Source: ICD-10-CM, FY2026 code set (CDC / CMS, effective 1 October 2025), tabular list:
- G43.709 Chronic migraine without aura, not intractable, without status migrainosus (G43.7-; with
  aura G43.E-)
- G24.3   Spasmodic torticollis (cervical dystonia)
- R25.2   Cramp and spasm: the Alphabetic Index entry for "Spasticity"; the underlying cause should
  be coded as well where known (G80.- cerebral palsy, G81.1- spastic hemiplegia, I69.- sequelae
  of stroke), which is why the code stays editable per patient
- M79.18  Myalgia, other site (myofascial pain; M79.1- expanded in FY2023)
- M26.609 Unspecified temporomandibular joint disorder, unspecified side (M26.60- since FY2019)
- N32.81  Overactive bladder
- L74.510 Primary focal hyperhidrosis, axilla
The code is a default proposed when a condition is added; a clinician may record a more
specific one.
"""

from __future__ import annotations

import re

from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.words import QT_TR_NOOP

DEFAULT_ICD10: dict[Indication, str | None] = {
    Indication.CHRONIC_MIGRAINE: "G43.709",
    Indication.CERVICAL_DYSTONIA: "G24.3",
    Indication.UPPER_LIMB_SPASTICITY: "R25.2",
    Indication.LOWER_LIMB_SPASTICITY: "R25.2",
    Indication.MYOFASCIAL_PAIN: "M79.18",
    Indication.TMJ_DISORDER: "M26.609",
    Indication.OVERACTIVE_BLADDER: "N32.81",
    Indication.AXILLARY_HYPERHIDROSIS: "L74.510",
    Indication.OTHER: None,
}

_ICD10 = re.compile(r"^[A-TV-Z][0-9][0-9AB](\.[0-9A-TV-Z]{1,4})?$")


def normalise_icd10(code: str) -> str:
    """'g43709' or 'G43.709' -> 'G43.709'; refuses what cannot be an ICD-10-CM code."""
    cleaned = code.strip().upper().replace(" ", "")
    if "." not in cleaned and len(cleaned) > 3:
        cleaned = f"{cleaned[:3]}.{cleaned[3:]}"
    if not _ICD10.match(cleaned):
        raise ValidationError(
            QT_TR_NOOP("'{code}' is not an ICD-10 code (a letter, two digits, then e.g. .709)."), code=code
        )
    return cleaned
