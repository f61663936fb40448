"""What the tests of every file writer share: the usual umask 022 while the test runs (under it a
plain ``open()`` makes a file readable by every local user), and the mode checks.

Use it with ``from tests.owner_only import umask_022  # noqa: F401`` and
``pytestmark = pytest.mark.usefixtures("umask_022")``."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: str | os.PathLike[str]) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def assert_owner_only(*paths: str | os.PathLike[str]) -> None:
    """Each file exists and is 0600."""
    modes = {str(p): oct(mode(p)) for p in paths}
    assert modes == {str(p): oct(0o600) for p in paths}


def assert_private_folders(*paths: str | os.PathLike[str]) -> None:
    """Each folder exists and is 0700."""
    modes = {str(p): oct(mode(p)) for p in paths}
    assert all(Path(p).is_dir() for p in paths)
    assert modes == {str(p): oct(0o700) for p in paths}


def partials(folder: Path) -> list[Path]:
    """The temporary files an interrupted writer would leave in ``folder``."""
    return sorted(folder.glob(".*partial*"))
