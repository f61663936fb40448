"""The installed program under test, as a clinic's computer gets it (`make check-dist`, after
`make dist`; .ci/run runs both).

On Debian/Ubuntu the .deb in dist/ is unpacked into a temporary root (dpkg-deb -x), as dpkg would
install it, and the bundled executable is run from there. Elsewhere (the Windows and macOS runners
of .github/workflows/installers.yml) CLINIC_BUNDLE names the bundle's executable. Either way it
runs in a bare environment (as `env -i` gives): a home of its own, and a PATH that is an empty
folder, so no Python (nor anything else of this machine's) can be what runs."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from installed import DIST, Bundled


@pytest.fixture(scope="session")
def deb() -> Path:
    packages = sorted(DIST.glob("clinic-desktop_*.deb"))
    assert len(packages) == 1, f"make dist first: expected one .deb in {DIST}, found {packages}"
    return packages[0]


@pytest.fixture(scope="session")
def root(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .deb unpacked as dpkg would install it, under a temporary root."""
    target = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(target)], check=True)
    return target


@pytest.fixture(scope="session")
def bare_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("bin")
    assert (
        shutil.which("python3", path=str(folder)) is None and shutil.which("python", path=str(folder)) is None
    )
    return str(folder)


@pytest.fixture(scope="session")
def bundled(request: pytest.FixtureRequest, bare_path: str) -> Bundled:
    given = os.environ.get("CLINIC_BUNDLE")
    if given:
        return Bundled(Path(given).resolve(), bare_path)
    root: Path = request.getfixturevalue("root")
    return Bundled(root / "opt" / "clinic-desktop" / "clinic-desktop", bare_path)
