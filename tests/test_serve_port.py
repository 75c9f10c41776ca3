"""`manage.py serve` on a port another program holds: one line that says so, exit 1, no
traceback, and nothing started (the model server is started only once the port is ours)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_busy_port_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        environment = {**os.environ, "APPLIANCE_HOME": str(tmp_path), "DJANGO_SETTINGS_MODULE": "tests.settings"}
        result = subprocess.run(
            [sys.executable, "manage.py", "serve", "--port", str(port), "--no-llm"],
            cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120,
        )
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and f"127.0.0.1:{port}" in lines[0] and "PORT=8010" in lines[0], result.stderr
    assert "listening" not in result.stdout


def test_make_run_takes_the_port(tmp_path: Path) -> None:
    result = subprocess.run(["make", "-n", "--always-make", "run", "PORT=8010"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert "manage.py serve --port 8010" in result.stdout and "manage.py demo --host 127.0.0.1:8010" in result.stdout
