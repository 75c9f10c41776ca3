"""The embedded model server's supervisor: a stop signal for the whole appliance (systemd's
SIGTERM, Ctrl-C in `make run`) reaches the model server too, and the log then says it stopped,
not that it crashed and is restarting; a model server that dies on its own is restarted."""

from __future__ import annotations

import os
import signal
import threading
import time

import httpx
import pytest

from appliance.components.llm.server import EmbeddedLLMServer
from tests.llm_server import find_model, free_port

pytestmark = [pytest.mark.slow, pytest.mark.skipif(find_model() is None, reason="the packaged model is not installed")]


class Log:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.changed = threading.Condition()

    def __call__(self, line: str) -> None:
        with self.changed:
            self.lines.append(line)
            self.changed.notify_all()

    def wait_for(self, words: str, timeout: float = 180) -> None:
        # A bound so a bug hangs no run, not a timing assertion.
        with self.changed:
            assert self.changed.wait_for(lambda: any(words in line for line in self.lines), timeout), self.lines


def _started(log: Log) -> EmbeddedLLMServer:
    port = free_port()
    server = EmbeddedLLMServer(model_path=find_model(), port=port, threads=1, alias="test-model")
    assert server.start(log=log)
    deadline = time.monotonic() + 180
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/models", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline, "the model server never answered"
        time.sleep(0.5)


def test_a_stop_signal_to_the_appliance_is_logged_as_a_stop_not_a_crash() -> None:
    log = Log()
    server = _started(log)
    process = server._process
    assert process is not None
    # What the process group's SIGTERM does: the model server gets it as the appliance does,
    # and the appliance calls stop() once its web server and workers are closed.
    os.kill(process.pid, signal.SIGTERM)
    process.wait(timeout=60)
    time.sleep(3)  # the supervisor has seen the exit (it looks every 2 s)
    server.stop()
    assert server._supervisor is not None
    server._supervisor.join(timeout=10)
    assert not server._supervisor.is_alive()
    assert not any("restarting" in line or "exited" in line for line in log.lines), log.lines
    assert log.lines[-1] == "LLM: model server stopped"


def test_a_model_server_that_dies_on_its_own_is_restarted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(EmbeddedLLMServer, "STOP_GRACE_SECONDS", 1.0)
    log = Log()
    server = _started(log)
    try:
        first = server._process
        assert first is not None
        os.kill(first.pid, signal.SIGKILL)  # a crash: the kernel's OOM killer, say
        log.wait_for("restarting")
        assert any(f"server exited with {-signal.SIGKILL}" in line for line in log.lines), log.lines
        deadline = time.monotonic() + 60
        while server._process is first:
            assert time.monotonic() < deadline, "the model server was not started again"
            time.sleep(0.5)
    finally:
        server.stop()
