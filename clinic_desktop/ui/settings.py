"""Window settings, declared in one place with their defaults (QSettings underneath).

Only what belongs to this workstation is kept here (how the window looked, who signed in last, so
the sign-in dialog can offer the name, the text size and palette chosen at this desk, the window's
language); clinic settings live in the database, shared by every workstation. Never a password.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from clinic_desktop import APP_NAME

DEFAULTS: dict[str, object] = {
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/view": "calendar",
    "session/last_user": "",
    "look/text_size": "normal",  # ui/appearance.py TextSize: normal or large (150 %)
    "look/palette": "standard",  # ui/appearance.py Contrast: standard or high contrast light/dark
    "workstation/language": "",  # "" = the system's language (ui/languages.py)
}


class UiSettings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings if qsettings is not None else QSettings(APP_NAME, APP_NAME)

    def _get(self, key: str) -> object:
        return self._q.value(key, DEFAULTS[key])

    def _set(self, key: str, value: object) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self._q.setValue(key, value)

    @property
    def geometry(self) -> QByteArray:
        value = self._get("window/geometry")
        return value if isinstance(value, QByteArray) else QByteArray()

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    @property
    def state(self) -> QByteArray:
        value = self._get("window/state")
        return value if isinstance(value, QByteArray) else QByteArray()

    @state.setter
    def state(self, value: QByteArray) -> None:
        self._set("window/state", value)

    @property
    def last_view(self) -> str:
        return str(self._get("window/view"))

    @last_view.setter
    def last_view(self, value: str) -> None:
        self._set("window/view", value)

    @property
    def last_user(self) -> str:
        """The name of whoever signed in last at this workstation ("" before anyone has)."""
        value = self._get("session/last_user")
        return value if isinstance(value, str) else ""

    @last_user.setter
    def last_user(self, value: str) -> None:
        self._set("session/last_user", value)

    @property
    def text_size(self) -> str:
        """How large this workstation's text is (ui/appearance.py reads the word)."""
        return str(self._get("look/text_size"))

    @text_size.setter
    def text_size(self, value: str) -> None:
        self._set("look/text_size", value)

    @property
    def palette(self) -> str:
        """This workstation's colours: standard, or high contrast light or dark."""
        return str(self._get("look/palette"))

    @palette.setter
    def palette(self, value: str) -> None:
        self._set("look/palette", value)

    @property
    def language(self) -> str:
        """The window's language chosen here: a code of ui/languages.LANGUAGES, or "" for the
        system's (the default; English where there is no catalogue for it). Used at start-up."""
        value = self._get("workstation/language")
        return value if isinstance(value, str) else ""

    @language.setter
    def language(self, value: str) -> None:
        self._set("workstation/language", value)

    def sync(self) -> None:
        self._q.sync()
