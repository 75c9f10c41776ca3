"""`manage.py serve` on a port another program holds: one line that says so, exit 1, no
traceback, and nothing started (the model server is started only once the port is ours)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from appliance.components.llm.server import EmbeddedLLMServer, server_environment
from tests.llm_server import find_model, free_port

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


@pytest.mark.slow
@pytest.mark.skipif(find_model() is None, reason="the packaged model is not installed")
def test_the_model_server_keeps_its_own_port_when_the_appliance_is_given_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """`make run PORT=8010` exports PORT; llama-cpp-python's server reads PORT from the
    environment over its --port, so it bound the appliance's port and exited, over and over."""
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        monkeypatch.setenv("PORT", str(holder.getsockname()[1]))  # the appliance's, and busy
        port = free_port()
        server = EmbeddedLLMServer(model_path=find_model(), port=port, threads=1, alias="test-model")
        assert "PORT" not in server_environment()
        server.start(log=lambda line: None)
        try:
            deadline = time.monotonic() + 180  # a bound so a bug hangs no run, not a timing assertion
            while True:
                try:
                    if httpx.get(f"http://127.0.0.1:{port}/v1/models", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                assert time.monotonic() < deadline, "the model server never answered on its own port"
                time.sleep(0.5)
        finally:
            server.stop()
