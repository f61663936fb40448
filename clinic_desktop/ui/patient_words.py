"""How the window words a patient record's coded values: its status, sex and preferred way of
contact, in the window's language (the record keeps the code: "active", "female", "sms").

One table each, so the patient list, the chart and the patient form say the same words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clinic_desktop.domain.patients import ContactMethod, PatientStatus, Sex
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP

STATUS_WORDS: dict[str, str] = {
    PatientStatus.ACTIVE: QT_TRANSLATE_NOOP("PatientWords", "Active"),
    PatientStatus.INACTIVE: QT_TRANSLATE_NOOP("PatientWords", "Inactive"),
    PatientStatus.DECEASED: QT_TRANSLATE_NOOP("PatientWords", "Deceased"),
    PatientStatus.MERGED: QT_TRANSLATE_NOOP("PatientWords", "Merged"),
}
SEX_WORDS: dict[str, str] = {
    Sex.FEMALE: QT_TRANSLATE_NOOP("PatientWords", "Female"),
    Sex.MALE: QT_TRANSLATE_NOOP("PatientWords", "Male"),
    Sex.OTHER: QT_TRANSLATE_NOOP("PatientWords", "Other"),
}
METHOD_WORDS: dict[str, str] = {
    ContactMethod.PHONE: QT_TRANSLATE_NOOP("PatientWords", "Phone"),
    ContactMethod.SMS: QT_TRANSLATE_NOOP("PatientWords", "SMS"),
    ContactMethod.EMAIL: QT_TRANSLATE_NOOP("PatientWords", "Email"),
    ContactMethod.LETTER: QT_TRANSLATE_NOOP("PatientWords", "Letter"),
}


def _worded(table: dict[str, str], value: str) -> str:
    """The value's words in the window's language; a code the table does not know, capitalised."""
    words = table.get(str(value))
    return QCoreApplication.translate("PatientWords", words) if words else str(value).capitalize()


def status_label(status: str) -> str:
    """'active' -> 'Active' ('Activo' in a Spanish window)."""
    return _worded(STATUS_WORDS, status)


def sex_label(sex: str) -> str:
    """'female' -> 'Female'; '' (not recorded) -> ''."""
    return _worded(SEX_WORDS, sex)


def method_label(method: str) -> str:
    """'sms' -> 'SMS', 'phone' -> 'Phone'."""
    return _worded(METHOD_WORDS, method)
