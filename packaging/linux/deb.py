"""The Debian/Ubuntu package: the PyInstaller bundle under /opt, built with dpkg-deb.

    python packaging/linux/deb.py --bundle dist/clinic-desktop --icons build/packaging/icons \
        --work build/packaging --out dist

What it installs:
- /opt/clinic-desktop/              the bundle (Python, Qt and the application; one executable)
- /usr/bin/clinic-desktop           a symbolic link to that executable: the command on the PATH
- /usr/share/applications/clinic-desktop.desktop   the applications menu's entry (freedesktop)
- /usr/share/icons/hicolor/*/apps/clinic-desktop.{png,svg}   its icon, several sizes and scalable

No maintainer scripts at all: the icon cache and the menu are refreshed by the triggers of the
packages that own them (hicolor-icon-theme, desktop-file-utils), and removing or purging the package
removes only the files above. The clinic's data is each user's (clinic.db in the user's data folder,
~/.local/share/clinic-desktop), never the package's, and stays where it is.

Depends: the system libraries the bundle does not carry (the C library, X11/xcb, fonts, printing,
D-Bus), found by asking ldd what the bundle's programs and libraries load from outside it and dpkg
which installed package owns each, as dpkg-shlibdeps would (without needing dpkg-dev).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

PACKAGE = "clinic-desktop"
PREFIX = Path("opt") / PACKAGE
SUMMARY = "Scheduling and charting for botulinum toxin pain clinics"
DESCRIPTION = """\
 Clinic Desktop books and moves appointments, keeps patients' records, charts
 botulinum toxin treatments (products, lots, sites and units, waste) against
 the clinical rules (the 12-week interval, the 400-unit window) and proposes
 the follow-up visit, for a clinic on one computer (a SQLite file) or several
 sharing a PostgreSQL server.
 .
 This package holds a self-contained build (Python and Qt inside) in
 /opt/clinic-desktop. Each user's clinic database lives in their own data
 folder (~/.local/share/clinic-desktop) and is left alone when the package is
 removed or purged."""

DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Name=Clinic Desktop
GenericName=Clinic scheduling and charting
Comment=Book appointments and chart botulinum toxin treatments
Exec=clinic-desktop
Icon=clinic-desktop
Terminal=false
Categories=Office;Calendar;
Keywords=clinic;appointments;patients;botulinum;toxin;schedule;
StartupNotify=true
StartupWMClass=clinic-desktop
"""

HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the .deb from the PyInstaller bundle.")
    parser.add_argument("--bundle", type=Path, required=True, help="the PyInstaller one-folder bundle")
    parser.add_argument("--icons", type=Path, required=True, help="the folder packaging/icons.py wrote")
    parser.add_argument("--out", type=Path, required=True, help="where the .deb goes")
    parser.add_argument("--work", type=Path, required=True, help="a folder to lay the package out in")
    parser.add_argument("--version", help="the package version (default: the application's)")
    args = parser.parse_args(argv)
    version = debian_version(args.version or application_version())
    architecture = subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()
    stage = args.work / "deb-root"
    shutil.rmtree(stage, ignore_errors=True)
    lay_out(stage, args.bundle, args.icons)
    depends = system_dependencies(stage / PREFIX)
    write_control(stage, version, architecture, depends, installed_kib(stage))
    target = args.out / f"{PACKAGE}_{version}_{architecture}.deb"
    # gzip: every dpkg reads it, and it packs the bundle in seconds where xz took minutes on a
    # busy two-core machine (81 MB instead of 62 MB).
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(stage), str(target)], check=True
    )
    print(f"{target.name}: {target.stat().st_size / 1_000_000:.1f} MB; Depends: {', '.join(depends)}")
    return 0


def application_version() -> str:
    from clinic_desktop import __version__

    return __version__


def debian_version(version: str) -> str:
    """A PEP 440 version as Debian orders it: a pre-release sorts before its release with '~'
    (0.2.0rc1 -> 0.2.0~rc1), a local part is dropped."""
    version = version.split("+", 1)[0]
    return re.sub(r"^(\d+(?:\.\d+)*)[.-]?((?:a|b|rc|dev)\d*.*)$", r"\1~\2", version)


def lay_out(stage: Path, bundle: Path, icons: Path) -> None:
    opt = stage / PREFIX
    shutil.copytree(bundle, opt, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / PACKAGE).symlink_to(Path("/") / PREFIX / PACKAGE)
    applications = stage / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    (applications / f"{PACKAGE}.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    hicolor = stage / "usr" / "share" / "icons" / "hicolor"
    for size in HICOLOR_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copyfile(icons / f"{PACKAGE}-{size}.png", folder / f"{PACKAGE}.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copyfile(icons / f"{PACKAGE}.svg", hicolor / "scalable" / "apps" / f"{PACKAGE}.svg")
    normalise_modes(stage)


def normalise_modes(stage: Path) -> None:
    """Folders 0755, programs and libraries 0755, everything else 0644, whatever the umask was."""
    for path in [stage, *stage.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or path.stat().st_mode & stat.S_IXUSR or is_elf(path):
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def system_dependencies(bundle: Path) -> list[str]:
    """The packages owning the libraries the bundle's ELF files load from outside the bundle."""
    libraries: set[str] = set()
    missing: dict[str, set[str]] = {}
    elves = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)]
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(sorted({str(p.parent) for p in elves})))
    for elf in elves:
        result = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            name, _, where = line.strip().partition(" => ")
            where = where.split(" (", 1)[0].strip()
            if where == "not found":
                missing.setdefault(name, set()).add(elf.name)
            elif where.startswith("/") and not Path(where).resolve().is_relative_to(bundle.resolve()):
                libraries.add(where)
    if missing:
        listed = "; ".join(
            f"{lib} (for {', '.join(sorted(users))})" for lib, users in sorted(missing.items())
        )
        raise SystemExit(
            f"The bundle needs system libraries this computer does not have: {listed}. Install the "
            "packages that provide them (make dist does: packaging/linux/build-deps.txt) and build again."
        )
    packages: set[str] = set()
    for library in sorted(libraries):
        owner = dpkg_owner(library)
        if owner is None:
            raise SystemExit(f"No installed package owns {library}; the .deb could not name its dependency.")
        packages.add(owner)
    return sorted(packages)


def dpkg_owner(library: str) -> str | None:
    """The package that installed ``library`` (tried as given and resolved: /lib is /usr/lib on
    merged-/usr systems, and dpkg knows the path the package shipped)."""
    candidates = [library, str(Path(library).resolve())]
    candidates += [c.replace("/usr/lib/", "/lib/", 1) for c in candidates if c.startswith("/usr/lib/")]
    candidates += [c.replace("/lib/", "/usr/lib/", 1) for c in candidates if c.startswith("/lib/")]
    for candidate in dict.fromkeys(candidates):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            package = result.stdout.split(":", 1)[0].strip()
            return package.split(",", 1)[0].strip()
    return None


def installed_kib(stage: Path) -> int:
    return sum(p.lstat().st_size for p in stage.rglob("*") if not p.is_dir()) // 1024 + 1


def write_control(stage: Path, version: str, architecture: str, depends: list[str], kib: int) -> None:
    debian = stage / "DEBIAN"
    debian.mkdir()
    maintainer = os.environ.get("DEB_MAINTAINER", "Clinic Desktop developers <clinic-desktop@localhost>")
    control = (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {architecture}\n"
        f"Maintainer: {maintainer}\n"
        f"Installed-Size: {kib}\n"
        f"Depends: {', '.join(depends)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {SUMMARY}\n{DESCRIPTION}\n"
    )
    (debian / "control").write_text(control, encoding="utf-8")
    (debian / "control").chmod(0o644)
    debian.chmod(0o755)


if __name__ == "__main__":
    sys.exit(main())
