"""PySide6's import hook, made cheaper (issue 22).

Once PySide6 is loaded, its ``__feature__`` support (``from __feature__ import snake_case``)
watches every import: the first time a module is imported it asks whether the module uses PySide6
at all, by reading the module's whole source through ``inspect.getsource`` (the file read,
its encoding detected, split into lines and kept in ``linecache``). The window imports a few
hundred modules after PySide6 (its own, the services', the holiday calendars'), and that reading
was a fifth of their import time, on the sign-in dialog's way and while the window's code loads.

``lighten`` keeps the question and the answer and only reads more cheaply: the module's ``.py``
file as bytes, searched for ``PySide6``, exactly what PySide's own check looks for in the source; a
module with no ``.py`` file (built in, compiled, a namespace package) is one PySide's check finds no
source for either, and says does not use it. Where PySide6 has no such check (another version),
nothing is changed. The application uses no ``__feature__``, so the answer only decides which
modules PySide would let switch features, as before.
"""

from __future__ import annotations

from types import ModuleType

import PySide6  # noqa: F401  (loads shiboken, which installs the hook and its check)

_PATCHED = "_clinic_desktop_reads_bytes"


def uses_pyside(module: ModuleType) -> bool:
    """Whether the module's source mentions PySide6, as PySide's own check answers."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def lighten() -> bool:
    """Put the cheaper reading in place of PySide's (once); False where PySide6 has no such check."""
    try:
        from shibokensupport import feature  # shiboken6's own support package, embedded in it
    except ImportError:
        return False
    if getattr(feature, _PATCHED, False):
        return True
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside
    setattr(feature, _PATCHED, True)
    return True
