"""Several workstations book the same provider's slot at the same moment, through the command line.

Each process is started, imports everything, says it is ready and waits at a gate; the gate opens
for all at once, so their checks and writes really interleave. On SQLite the write lock (BEGIN
IMMEDIATE) lets one writer in at a time; on PostgreSQL the checks can all pass together and the
exclusion constraint refuses every write but the first (the loser then tries again, and its check
names the winner). Either way exactly one wins, every other one is refused with the usual message
(exit 1), and `check` finds no overlap.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.services import ClinicServices, Clock
from clinic_desktop.services.patients import PatientInput
from tests.clinic_users import RECEPTION, new_clinic, process_environment, run
from tests.conftest import FIXED_NOW, NewDatabase

WORKSTATIONS = 6

# Imports first (a second or so), then "ready", then wait for the gate, then the command line itself.
GATED = """
import sys, time
from pathlib import Path
import clinic_desktop.app
import clinic_desktop.cli.commands
from clinic_desktop.services import ClinicServices
gate = Path(sys.argv[1])
Path(sys.argv[2]).touch()
deadline = time.monotonic() + 60
while not gate.exists() and time.monotonic() < deadline:
    time.sleep(0.002)
sys.exit(clinic_desktop.app.main(sys.argv[3:]))
"""


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_workstations_booking_one_slot_at_once_exactly_one_wins(
    new_database: NewDatabase, tmp_path: Path
) -> None:
    db = new_database("clinic")
    s = ClinicServices.open(db, Clock(FIXED_NOW))
    s.clinic.set_setting("timezone", "America/New_York")
    lind = s.resources.add_provider("Dr Lind")
    s.resources.set_hours(lind.id, 1, parse_blocks("08:00-17:00"))  # Tuesdays
    s.resources.add_type("Consultation", 30)
    patients = {
        s.patients.add(PatientInput(f"Pat{i}", "Race", "1970-01-01")).record.id: f"Pat{i} Race"
        for i in range(WORKSTATIONS)
    }
    s.close()
    new_clinic(db)  # every desk signs in as reception

    gate = tmp_path / "gate"
    root = Path(__file__).parents[2]
    runs = []
    for i, patient in enumerate(patients):
        command = ["--db", db, "--now", "2026-11-23T10:00", "appointments", "book", "--patient",
                   str(patient), "--provider", str(lind.id), "--type", "Consultation",
                   "--start", "2026-12-01T09:00", "--json"]  # fmt: skip
        ready = tmp_path / f"ready-{i}"
        runs.append(
            (
                patient,
                ready,
                subprocess.Popen(
                    [sys.executable, "-c", GATED, str(gate), str(ready), *command],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                    cwd=root,
                    env=process_environment(RECEPTION),
                    stdin=subprocess.DEVNULL,
                ),
            )
        )
    deadline = time.monotonic() + 120
    while not all(ready.exists() for _, ready, _ in runs) and time.monotonic() < deadline:
        time.sleep(0.01)
    gate.touch()
    results = []
    for patient, _, process in runs:
        out, err = process.communicate(timeout=120)
        results.append((patient, process.returncode, out, err))

    winners = [r for r in results if r[1] == 0]
    assert len(winners) == 1, results
    winner, _, out, _ = winners[0]
    (booked,) = json.loads(out)
    assert (booked["patient_id"], booked["start"]) == (winner, "2026-12-01T09:00:00-05:00")
    expected = f"Dr Lind already has {patients[winner]} at 09:00-09:30 on 2026-12-01."
    for patient, code, out, err in results:
        if patient != winner:
            assert (code, out, err.strip()) == (1, "", expected), (patient, err)

    code, out, err = run("--db", db, "check")
    assert code == 0, out + err
    code, out, _ = run("--db", db, "info", "--json")
    assert code == 0 and json.loads(out)["counts"]["appointments"] == 1
