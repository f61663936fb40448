"""The wheel and the sdist that make dist put in dist/: what `pipx install` or `pip install` gets.
(tests/test_packaging.py installs a wheel into a fresh environment and runs it.)"""

from __future__ import annotations

import tarfile
import zipfile

from installed import DIST

from clinic_desktop import __version__
from clinic_desktop.store.migrations import SCHEMA_VERSION

PACKAGED = ["clinic_desktop/ui/resources_rc.py", "clinic_desktop/store/migrations/__init__.py"]


def test_the_wheel_and_the_sdist_carry_the_migrations_and_the_compiled_resources() -> None:
    wheel = DIST / f"clinic_desktop-{__version__}-py3-none-any.whl"
    sdist = DIST / f"clinic_desktop-{__version__}.tar.gz"
    in_wheel = set(zipfile.ZipFile(wheel).namelist())
    with tarfile.open(sdist) as archive:
        prefix = f"clinic_desktop-{__version__}/"
        in_sdist = {name.removeprefix(prefix) for name in archive.getnames()}
    for names in (in_wheel, in_sdist):
        assert set(PACKAGED) <= names
        for step in range(2, SCHEMA_VERSION + 1):
            assert any(n.startswith(f"clinic_desktop/store/migrations/m{step:04d}_") for n in names), step
    assert "pyproject.toml" in in_sdist
    entry_points = next(n for n in in_wheel if n.endswith(".dist-info/entry_points.txt"))
    assert "clinic-desktop = clinic_desktop.app:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
