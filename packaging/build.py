"""Build what a clinic installs, into dist/: `make dist` on Linux, `python packaging/build.py` anywhere.

1. The sdist, from the source tree, and the wheel, from that sdist (PyPA's `build`): the compiled
   Qt resources and the migrations are package files, so both carry them; `pipx install` or
   `pip install` of the wheel gives the `clinic-desktop` command and window on any system with
   Python 3.11+.
2. The application icon in every size a desktop asks for (packaging/icons.py): PNGs, .ico, .icns.
3. A one-folder bundle of this system (PyInstaller, packaging/clinic-desktop.spec): Python, Qt and
   the application, started by one executable, built from the wheel just made (in an environment
   of its own, build/packaging/venv, so nothing of the developer's environment gets in).
4. On Debian and Ubuntu (dpkg-deb present), the .deb (packaging/linux/deb.py).

Standard library only: it runs with whatever Python 3.11+ is at hand (a CI runner's), and
installs what it needs (the `dist` extra of pyproject.toml) into its own environment.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "packaging"
VENV = WORK / "venv"
ICONS = WORK / "icons"
BUNDLE_NAME = "clinic-desktop"
APP_TITLE = "Clinic Desktop"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--no-bundle", action="store_true", help="only the wheel and the sdist")
    parser.add_argument("--no-deb", action="store_true", help="no .deb, even where dpkg-deb is found")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    timings: list[tuple[str, float]] = []

    def step(name: str, run: Callable[[], None]) -> None:
        print(f"== {name}", flush=True)
        begun = time.perf_counter()
        run()
        timings.append((name, time.perf_counter() - begun))

    shutil.rmtree(DIST, ignore_errors=True)
    DIST.mkdir()
    step("build environment", prepare_environment)
    step("sdist and wheel", build_wheel)
    if not args.no_bundle:
        step("icons", make_icons)
        step("bundle (PyInstaller)", build_bundle)
        if not args.no_deb and shutil.which("dpkg-deb"):
            step(".deb", build_deb)
    total = time.perf_counter() - started
    print("\nBuilt into dist/:")
    for path in sorted(DIST.iterdir()):
        print(f"  {path.name:<48} {human_size(size_of(path))}")
    print(
        "Times: "
        + ", ".join(f"{name} {seconds:.0f} s" for name, seconds in timings)
        + f"; total {total:.0f} s"
    )
    return 0


def run(*command: str | Path, **kwargs: object) -> None:
    print("$ " + " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], check=True, cwd=ROOT, **kwargs)  # type: ignore[call-overload]


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def dist_requirements() -> list[str]:
    """The `dist` extra of pyproject.toml: the build tools, pinned where the project pins them."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(project["project"]["optional-dependencies"]["dist"])


def prepare_environment() -> None:
    """build/packaging/venv: the build tools, kept between builds (a build starts from a clean
    dist/ and a fresh copy of the application in it, not a fresh download of every tool)."""
    if not venv_python().exists():
        run(sys.executable, "-m", "venv", VENV)
        run(venv_python(), "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(venv_python(), "-m", "pip", "install", "--quiet", *dist_requirements())


def build_wheel() -> None:
    """`python -m build`: the sdist first, then the wheel built from the unpacked sdist, so the
    wheel holds exactly what the sdist ships (the build backend, setuptools, is the dist extra's,
    checked by build against pyproject.toml's build-system)."""
    shutil.rmtree(ROOT / "build" / "lib", ignore_errors=True)  # setuptools' leftovers never get in
    run(venv_python(), "-m", "build", "--quiet", "--no-isolation", "--outdir", DIST, ROOT)
    wheel = the_wheel()
    # The application as the wheel has it (and its dependencies as the wheel names them), for the
    # icons and the bundle: --force-reinstall because every build's wheel has the same version.
    # --no-compile: PyInstaller compiles what it bundles itself.
    run(venv_python(), "-m", "pip", "install", "--quiet", "--no-compile", wheel)
    run(
        venv_python(),
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-compile",
        "--force-reinstall",
        "--no-deps",
        wheel,
    )


def the_wheel() -> Path:
    wheels = sorted(DIST.glob("clinic_desktop-*.whl"))
    if len(wheels) != 1:
        raise SystemExit(f"Expected one wheel in {DIST}, found {[w.name for w in wheels]}")
    return wheels[0]


def make_icons() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run(venv_python(), PACKAGING / "icons.py", ROOT / "resources" / "icons" / "app.svg", ICONS, env=env)


def build_bundle() -> None:
    """PyInstaller, from outside the source tree's package: the spec's entry script sits in
    packaging/, so `clinic_desktop` is the copy installed from the wheel."""
    env = dict(os.environ, CLINIC_ICONS=str(ICONS))
    run(
        venv_python(),
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        DIST,
        "--workpath",
        WORK / "pyinstaller",
        PACKAGING / "clinic-desktop.spec",
        env=env,
    )
    bundle = DIST / (f"{APP_TITLE}.app" if sys.platform == "darwin" else BUNDLE_NAME)
    print(f"Bundle: {bundle} ({human_size(size_of(bundle))} unpacked)")


def build_deb() -> None:
    run(
        venv_python(),
        PACKAGING / "linux" / "deb.py",
        "--bundle",
        DIST / BUNDLE_NAME,
        "--icons",
        ICONS,
        "--work",
        WORK,
        "--out",
        DIST,
    )


def size_of(path: Path) -> int:
    if path.is_file() or path.is_symlink():
        return path.lstat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def human_size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


if __name__ == "__main__":
    print(f"Building on {platform.system()} {platform.machine()}, Python {platform.python_version()}")
    raise SystemExit(main())
