"""The aftercare sheet handed to a patient after an injection, in the languages the clinic prints.

The advice is the clinic's own (docs/domain.md, "Aftercare to hand the patient"): do not rub or
massage the sites for 24 hours, avoid strenuous activity the rest of the day, stay upright for a
few hours; report bruising, swelling, headache, flu-like symptoms, drooping eyelid, trouble
swallowing or breathing. Trouble swallowing or breathing is set apart as "get medical help right
away", and said to be possible hours to weeks later, because the product labels' boxed warning on
distant spread of toxin effect says so (BOTOX Medication Guide: "Get medical help right away if
you have any of these problems any time (hours to weeks) after injection ... problems swallowing,
speaking, or breathing").

Every language has the same items in the same order, so a sheet never loses a line in translation
(tests/domain/test_aftercare.py checks it). A language the clinic has not translated falls back
to English.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DEFAULT_LANGUAGE = "en"
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "fr": "Français"}


def _months(names: str) -> tuple[str, ...]:
    return tuple(names.split())


@dataclass(frozen=True)
class AftercareSheet:
    """One language's sheet: the advice, when to call, when to get help at once, and the words
    around the treatment details."""

    language: str
    title: str
    advice_heading: str
    advice: tuple[str, ...]
    call_heading: str
    call_clinic: str
    urgent: str
    labels: dict[str, str]  # patient, date, product, total, sites, clinic_phone, units, injections
    months: tuple[str, ...]  # January .. December, for the treatment date
    date_pattern: str  # "{day} {month} {year}"

    def format_date(self, day: date) -> str:
        """A date as the patient reads it ('23 November 2026', '23 de noviembre de 2026')."""
        return self.date_pattern.format(day=day.day, month=self.months[day.month - 1], year=day.year)


_ENGLISH = AftercareSheet(
    language="en",
    title="After your botulinum toxin treatment",
    advice_heading="What to do",
    advice=(
        "Do not rub or massage the injected areas for 24 hours.",
        "Avoid strenuous activity (sport, heavy lifting, hard exercise) for the rest of the day.",
        "Stay upright for the next few hours: do not lie down.",
    ),
    call_heading="When to call the clinic",
    call_clinic=(
        "Call the clinic if you notice bruising, swelling, headache, flu-like symptoms or a drooping eyelid."
    ),
    urgent=(
        "If you have trouble swallowing or breathing, get medical help right away (call the emergency "
        "services), then tell the clinic. This can happen hours to weeks after the injection."
    ),
    labels={
        "patient": "Patient",
        "date": "Treatment date",
        "product": "Product",
        "total": "Total dose",
        "sites": "Injected",
        "clinic_phone": "Clinic telephone",
        "units": "units",
        "injections": "injections",
    },
    months=_months("January February March April May June July August September October November December"),
    date_pattern="{day} {month} {year}",
)

# Spanish: "usted" throughout, as a clinic addresses patients; neutral between Spain and the Americas
# ("hematomas (moretones)", "gripe").
_SPANISH = AftercareSheet(
    language="es",
    title="Después de su tratamiento con toxina botulínica",
    advice_heading="Qué debe hacer",
    advice=(
        "No se frote ni se dé masajes en las zonas inyectadas durante 24 horas.",
        "Evite la actividad física intensa (deporte, cargar peso, ejercicio fuerte) durante el resto "
        "del día.",
        "No se acueste durante las próximas horas: mantenga el cuerpo erguido.",
    ),
    call_heading="Cuándo llamar a la clínica",
    call_clinic=(
        "Llame a la clínica si nota hematomas (moretones), hinchazón, dolor de cabeza, síntomas "
        "parecidos a los de la gripe o caída del párpado."
    ),
    urgent=(
        "Si tiene dificultad para tragar o para respirar, busque atención médica de inmediato (llame a "
        "urgencias) y después avise a la clínica. Puede ocurrir desde horas hasta semanas después de "
        "la inyección."
    ),
    labels={
        "patient": "Paciente",
        "date": "Fecha del tratamiento",
        "product": "Producto",
        "total": "Dosis total",
        "sites": "Zonas inyectadas",
        "clinic_phone": "Teléfono de la clínica",
        "units": "unidades",
        "injections": "inyecciones",
    },
    months=_months(
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    ),
    date_pattern="{day} de {month} de {year}",
)

# French: "vous"; a no-break space before ":" as French typography wants.
_FRENCH = AftercareSheet(
    language="fr",
    title="Après votre traitement par toxine botulique",
    advice_heading="Ce qu'il faut faire",
    advice=(
        "Ne frottez pas et ne massez pas les zones injectées pendant 24 heures.",
        "Évitez tout effort physique intense (sport, port de charges lourdes) pendant le reste de la "
        "journée.",
        "Restez en position verticale pendant les quelques heures qui suivent\u00a0: ne vous allongez pas.",
    ),
    call_heading="Quand appeler la clinique",
    call_clinic=(
        "Appelez la clinique si vous remarquez des bleus, un gonflement, des maux de tête, des "
        "symptômes pseudo-grippaux ou une paupière tombante."
    ),
    urgent=(
        "En cas de difficulté à avaler ou à respirer, consultez immédiatement un médecin (appelez les "
        "urgences), puis prévenez la clinique. Cela peut survenir de quelques heures à quelques "
        "semaines après l'injection."
    ),
    labels={
        "patient": "Patient",
        "date": "Date du traitement",
        "product": "Produit",
        "total": "Dose totale",
        "sites": "Zones injectées",
        "clinic_phone": "Téléphone de la clinique",
        "units": "unités",
        "injections": "injections",
    },
    months=_months("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    date_pattern="{day} {month} {year}",
)

SHEETS: dict[str, AftercareSheet] = {s.language: s for s in (_ENGLISH, _SPANISH, _FRENCH)}


def aftercare_sheet(language: str) -> AftercareSheet:
    """The sheet in that language ('es', 'ES', 'es-MX'), or in English when the clinic has none."""
    code = language.strip().lower().replace("_", "-").split("-")[0]
    return SHEETS.get(code, SHEETS[DEFAULT_LANGUAGE])


def aftercare_text(language: str) -> tuple[str, list[str], str]:
    """(title, advice items, when to call the clinic and when to get help at once)."""
    sheet = aftercare_sheet(language)
    return sheet.title, list(sheet.advice), f"{sheet.call_clinic} {sheet.urgent}"
