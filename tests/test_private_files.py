"""The one helper every writer of patient data uses (clinic_desktop/private_files.py), under the
usual umask 022: files 0600 from their creation, folders it makes 0700, the temporary file of a
replace owner-only before anything is written to it, and the partial files of a killed writer
told apart from those of a live one (another thread, another process) by the lock it holds."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from clinic_desktop import private_files
from clinic_desktop.private_files import STALE_AFTER_SECONDS
from tests.owner_only import (  # noqa: F401
    assert_owner_only,
    assert_private_folders,
    mode,
    partials,
    umask_022,
)

pytestmark = pytest.mark.usefixtures("umask_022")

LATER = 2 * STALE_AFTER_SECONDS  # seconds: a partial file this old and unlocked was left by a dead writer


def later() -> float:
    return time.time() + LATER


def test_folders_it_makes_are_0700_and_folders_that_were_there_keep_their_mode(tmp_path: Path) -> None:
    existing = tmp_path / "shared"
    existing.mkdir()
    assert mode(existing) == 0o755  # the umask's doing: what a plain mkdir gives
    made = private_files.make_folder(existing / "clinic" / "exports" / "2026")
    assert made == existing / "clinic" / "exports" / "2026"
    assert_private_folders(existing / "clinic", existing / "clinic" / "exports", made)
    assert mode(existing) == 0o755
    assert private_files.make_folder(made) == made  # already there: nothing to do
    (existing / "a-file").write_text("x")
    with pytest.raises(FileExistsError):
        private_files.make_folder(existing / "a-file")


def test_create_file_makes_it_owner_only_and_never_truncates(tmp_path: Path) -> None:
    new = private_files.create_file(tmp_path / "clinic-desktop.log")
    assert_owner_only(new)
    assert new.read_bytes() == b""
    old = tmp_path / "old.log"
    old.write_text("yesterday's crash\n")
    assert mode(old) == 0o644
    private_files.create_file(old)
    assert_owner_only(old)
    assert old.read_text() == "yesterday's crash\n"


def test_restrict_takes_away_what_others_may_and_leaves_folders_alone(tmp_path: Path) -> None:
    open_file, read_only, folder = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "folder"
    open_file.write_text("a")
    read_only.write_text("b")
    read_only.chmod(0o400)
    folder.mkdir()
    for path in (open_file, read_only, folder, tmp_path / "missing"):
        private_files.restrict(path)
    assert (mode(open_file), mode(read_only), mode(folder)) == (0o600, 0o400, 0o755)
    (tmp_path / "a.db-wal").write_text("w")
    (tmp_path / "a.db-shm").write_text("s")
    open_file.chmod(0o666)
    private_files.restrict_database(open_file)
    assert_owner_only(open_file, tmp_path / "a.db-wal", tmp_path / "a.db-shm")


def test_replacing_writes_through_an_owner_only_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "patients.csv"
    target.write_text("the previous export")
    assert mode(target) == 0o644
    with private_files.replacing(target) as temporary:
        assert temporary.parent == tmp_path and temporary.name.startswith(".patients.csv.")
        assert temporary.name.endswith(".partial")
        assert_owner_only(temporary)  # before a byte is written
        with temporary.open("w") as handle:  # O_TRUNC: the mode stays
            handle.write("mrn,given_name\n")
        assert_owner_only(temporary)
        assert target.read_text() == "the previous export"
    assert target.read_text() == "mrn,given_name\n"
    assert_owner_only(target)
    assert partials(tmp_path) == []


def test_a_failed_replace_leaves_the_target_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "backup.db"
    target.write_bytes(b"the earlier backup")
    with pytest.raises(RuntimeError), private_files.replacing(target) as temporary:
        temporary.write_bytes(b"half")
        Path(f"{temporary}-journal").write_bytes(b"j")
        raise RuntimeError("disk pulled out")
    assert target.read_bytes() == b"the earlier backup"
    assert partials(tmp_path) == []
    with pytest.raises(FileNotFoundError), private_files.replacing(tmp_path / "missing" / "x.csv"):
        pass


def test_a_stricter_umask_still_leaves_the_owner_able_to_write(tmp_path: Path) -> None:
    """A umask of 0277 would take the owner's write bit from mkstemp's and os.open's 0600."""
    previous = os.umask(0o277)
    try:
        with private_files.replacing(tmp_path / "x.csv") as temporary:
            assert mode(temporary) == 0o600
            temporary.write_text("x")
        made = private_files.create_file(tmp_path / "y.log")
    finally:
        os.umask(previous)
    assert_owner_only(tmp_path / "x.csv", made)


def stale_copy(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(b"half a copy")
    return path


def test_stale_partials_are_removed_with_their_side_files_and_nothing_else(tmp_path: Path) -> None:
    stale = stale_copy(tmp_path, ".clinic-2026-11-23-0900.db.k2j4h5g6.partial")
    journal = stale_copy(tmp_path, ".clinic-2026-11-23-0900.db.k2j4h5g6.partial-journal")
    orphan = stale_copy(tmp_path, ".clinic.db.schema7-20261123-090000.bak.abcd1234.partial-wal")
    others = [
        stale_copy(tmp_path, name)
        for name in (".patients.csv.partial", "notes.partial", ".x.partial.txt", "clinic.db", ".hidden")
    ]
    assert private_files.remove_stale_partials(tmp_path) == []  # all of them are fresh
    removed = private_files.remove_stale_partials(tmp_path, now=later())
    assert sorted(removed) == sorted([stale, journal, orphan])
    assert sorted(tmp_path.iterdir()) == sorted(others)
    assert private_files.remove_stale_partials(tmp_path / "missing", now=later()) == []


def test_a_partial_another_thread_is_writing_is_kept_however_old(tmp_path: Path) -> None:
    writing, finish = threading.Event(), threading.Event()
    seen: list[Path] = []

    def backup() -> None:
        with private_files.replacing(tmp_path / "clinic.db") as temporary:
            temporary.write_bytes(b"page 1")
            seen.append(temporary)
            writing.set()
            finish.wait(30)

    worker = threading.Thread(target=backup)
    worker.start()
    try:
        assert writing.wait(30)
        assert private_files.remove_stale_partials(tmp_path, now=later()) == []
        assert seen[0].exists()
    finally:
        finish.set()
        worker.join(30)
    assert (tmp_path / "clinic.db").read_bytes() == b"page 1" and partials(tmp_path) == []


WRITER = """
import sys
from clinic_desktop import private_files
with private_files.replacing(sys.argv[1]) as temporary:
    temporary.write_bytes(b"half a backup")
    print(temporary, flush=True)
    sys.stdin.read()  # until the test lets it finish, or kills it
"""


def writer_process(target: Path) -> tuple[subprocess.Popen[str], Path]:
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    return process, Path(process.stdout.readline().strip())


def test_another_process_writing_keeps_its_partial_and_a_killed_one_loses_it(tmp_path: Path) -> None:
    live, live_partial = writer_process(tmp_path / "live.db")
    killed, killed_partial = writer_process(tmp_path / "killed.db")
    try:
        assert_owner_only(live_partial, killed_partial)
        killed.kill()
        killed.wait(30)
        assert killed_partial.exists()  # what a killed backup used to leave for good
        assert private_files.remove_stale_partials(tmp_path, now=later()) == [killed_partial]
        assert live_partial.exists() and not killed_partial.exists()
        live.communicate("", timeout=30)  # let it finish: its file takes its name
        assert live.returncode == 0
        assert (tmp_path / "live.db").read_bytes() == b"half a backup"
        assert_owner_only(tmp_path / "live.db")
        assert partials(tmp_path) == []
    finally:
        for process in (live, killed):
            if process.poll() is None:
                process.kill()
                process.wait(30)
