"""A year's public holidays for the clinic's place, from the `holidays` package, kept on disk.

Asking the package for one country loads the modules of all of them (about 250): 0.15 to 0.2 s
of the 0.4 s a booking from the command line may take as a whole process (issue 22), paid again
by every command that checks working time. A year's holidays for a place do not change within a
release of the package, so they are worked out once and kept in the user's cache folder, in one
small JSON file per release (its version told without importing the package); a later process
reads them in a millisecond. A cache that cannot be read or written (no folder, read-only, a
damaged file) only means they are worked out again: never an error.

Within a process each year is read once (lru_cache)."""

from __future__ import annotations

import importlib.util
import json
import re
from contextlib import suppress
from datetime import date
from functools import lru_cache
from pathlib import Path

from clinic_desktop import APP_NAME, private_files


@lru_cache(maxsize=64)
def public_holidays(country: str, subdivision: str, year: int) -> dict[date, str]:
    """{day: name} of the public holidays of ``country`` (ISO 3166 code) and its ``subdivision``
    ('' for the whole country) in ``year``."""
    file = cache_file()
    key = f"{country}/{subdivision}/{year}"
    kept = _read(file).get(key) if file is not None else None
    if isinstance(kept, dict):
        with suppress(ValueError, TypeError):
            return {date.fromisoformat(day): str(name) for day, name in kept.items()}
    found = _worked_out(country, subdivision, year)
    if file is not None:
        _keep(file, key, found)
    return found


def _worked_out(country: str, subdivision: str, year: int) -> dict[date, str]:
    import holidays

    found = holidays.country_holidays(country, subdiv=subdivision or None, years=year)
    return {d: str(name) for d, name in found.items()}


def package_version() -> str | None:
    """The installed `holidays` package's version, from the name of its distribution's folder
    beside it (holidays-0.80.dist-info): importing the package, or importlib.metadata, is what
    the cache avoids. None when it cannot be told (nothing is then kept)."""
    try:
        spec = importlib.util.find_spec("holidays")
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    found = [p.name for p in Path(spec.origin).parent.parent.glob("holidays-*.dist-info")]
    if len(found) != 1:
        return None
    version = found[0].removeprefix("holidays-").removesuffix(".dist-info")
    return version if re.fullmatch(r"[\w.+-]+", version) else None


def cache_file() -> Path | None:
    """This release's file in the user's cache folder (e.g. ~/.cache/clinic-desktop/holidays/
    0.80.json); None when the package's version cannot be told (nothing is then kept)."""
    version = package_version()
    if version is None:
        return None
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False) / "holidays" / f"{version}.json"


def _read(file: Path) -> dict[str, object]:
    try:
        found = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _keep(file: Path, key: str, found: dict[date, str]) -> None:
    """Add one year to the file, written whole beside it and renamed over it: a reader never sees
    half a file. Two processes adding at once may lose one's year; it is worked out again later."""
    kept = _read(file)
    kept[key] = {day.isoformat(): name for day, name in sorted(found.items())}
    with suppress(OSError):
        private_files.make_folder(file.parent)
        with private_files.replacing(file) as partial:
            partial.write_text(json.dumps(kept, ensure_ascii=False, sort_keys=True), encoding="utf-8")
