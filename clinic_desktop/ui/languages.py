"""The window's language: which catalogues exist, which one this workstation uses, and installing
it as the application's QTranslator before the first window is built.

The catalogues are Qt's own: resources/translations/clinic_desktop_<code>.ts, extracted from the
code by pyside6-lupdate and compiled by pyside6-lrelease (``make translations``) into .qm files
that are compiled into the package with the icons (resources.qrc, ``:/translations/``). English is
the source text itself and needs no catalogue. How to mark a string and add a language:
docs/translating.md.

The choice is the workstation's (ui/settings.py, ``language``): "" follows the system's locale,
and a system language without a catalogue gets English. It takes effect at the next start: the
window is built in one language and does not retranslate itself while open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from clinic_desktop.domain import words
from clinic_desktop.ui import (
    dates,
    resources_rc,  # noqa: F401  (the compiled catalogues: ":/translations/")
)

SOURCE_LANGUAGE = "en"
# Each language named in itself: someone who cannot read the current language still finds theirs.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "fr": "Français"}
CATALOGUE = ":/translations/clinic_desktop_{code}.qm"
TRANSLATOR_NAME = "clinicDesktopTranslator"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogues under ``context`` where it is declared (a table's rows)
    and return it unchanged, to be translated where it is shown. Qt's own marker, typed: lupdate
    finds the call by this name; PySide6's returns ``object`` to the type checker."""
    return text


def system_language() -> str:
    """The system locale's language code ("es" for es_MX), as Qt reads it (LANG, the OS)."""
    return QLocale.system().name().split("_")[0]


def resolve(choice: str) -> str:
    """The language the window uses for a workstation's choice ("" = the system's): the choice
    if there is a catalogue for it, else English."""
    code = choice or system_language()
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def services_words(template: str) -> str:
    """A message made by the domain or the services (domain/words.py), in the window's language:
    their templates are filed under the empty context."""
    return QCoreApplication.translate("", template)


def remove_translators(app: QCoreApplication) -> None:
    """Take away the catalogues install_translator put in (tests, or before installing another)."""
    words.use_translator(None)
    dates.use_language(SOURCE_LANGUAGE)
    for translator in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


def install_translator(app: QCoreApplication, choice: str) -> str:
    """Install the catalogue for ``choice`` ("" = the system's language) and Qt's own for the
    standard dialogs' buttons where the Qt installation has it; returns the language in use.
    Call it before any window is built: texts are translated when a widget is made."""
    remove_translators(app)
    code = resolve(choice)
    if code == SOURCE_LANGUAGE:
        return code
    ours = QTranslator(app)
    ours.setObjectName(TRANSLATOR_NAME)
    if not ours.load(CATALOGUE.format(code=code)):
        ours.setParent(None)
        return SOURCE_LANGUAGE  # a missing catalogue is a packaging fault; English still works
    app.installTranslator(ours)
    words.use_translator(services_words)  # the services' messages too (domain/words.py)
    dates.use_language(code)  # days and months in words (ui/dates.py)
    qt_own = QTranslator(app)
    qt_own.setObjectName(TRANSLATOR_NAME)
    if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
    else:
        qt_own.setParent(None)
    return code
