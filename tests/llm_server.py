"""A real llama.cpp OpenAI-compatible server with the packaged model, for tests.

Started once per test session on a free port. The gateway is tested against this real server
rather than a hand-written imitation of the API: streaming, keep-alive pings, the model lock
and disconnect handling are exactly what production's embedded mode runs.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from appliance.components.llm.gateway import Endpoint, LLMGateway
from appliance.components.llm.model_assets import MODEL_NAME, model_path

ROOT = Path(__file__).resolve().parent.parent
MODEL_ALIAS = "qwen2.5-coder-0.5b-instruct"
# The server requires a bearer token, so the gateway's Authorization header is exercised too.
API_TOKEN = "test-llm-token"
STARTUP_TIMEOUT = 180.0  # loading takes a few seconds, but CI machines can be very busy


@dataclass(frozen=True)
class RunningLLMServer:
    url: str  # base URL ending in /v1
    model: str  # the alias the server answers to
    token: str
    log_path: Path
    process: subprocess.Popen[bytes]

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


def find_model() -> Path | None:
    """The packaged model: $LLM_TEST_MODEL, else $APPLIANCE_HOME/models, else ./var/models."""
    explicit = os.environ.get("LLM_TEST_MODEL")
    if explicit:
        return Path(explicit) if Path(explicit).is_file() else None
    candidates = [model_path(ROOT / "var")]
    if os.environ.get("APPLIANCE_HOME"):
        candidates.insert(0, model_path(os.environ["APPLIANCE_HOME"]))
    return next((path for path in candidates if path.is_file()), None)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_listening(process: subprocess.Popen[bytes], port: int, what: str, timeout: float = 30) -> None:
    """Until a server started by a test accepts connections on its port; the test fails with
    the end of its output when it exits or does not listen in time."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                output = process.stdout.read().decode(errors="replace") if process.stdout else ""
                pytest.fail(f"{what} did not start: {output[-2000:]}")
            time.sleep(0.1)


def server_command(model: Path, *, port: int, threads: int, context: int) -> list[str]:
    return [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(model),
        "--model_alias", MODEL_ALIAS,
        "--host", "127.0.0.1",
        "--port", str(port),
        "--n_threads", str(threads),
        "--n_ctx", str(context),
        "--api_key", API_TOKEN,
        # By default a new request (even GET /v1/models) silently ends the answer being
        # streamed with [DONE]; queue it behind the running answer instead.
        "--interrupt_requests", "false",
    ]


def start_llm_server(model: Path, *, threads: int = 1, context: int = 2048) -> RunningLLMServer:
    port = free_port()
    log_path = Path(tempfile.mkdtemp(prefix="llm-server-")) / "server.log"
    environment = {**os.environ, "HF_HUB_OFFLINE": "1", "DO_NOT_TRACK": "1"}
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            server_command(model, port=port, threads=threads, context=context),
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=environment,
        )
    server = RunningLLMServer(
        url=f"http://127.0.0.1:{port}/v1", model=MODEL_ALIAS, token=API_TOKEN, log_path=log_path, process=process
    )
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"llama.cpp server exited with {process.returncode}:\n{server.log()[-3000:]}")
        try:
            answer = httpx.get(f"{server.url}/models", headers={"Authorization": f"Bearer {API_TOKEN}"}, timeout=2)
            if answer.status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    stop_llm_server(server)
    raise RuntimeError(f"llama.cpp server did not answer within {STARTUP_TIMEOUT:g} s:\n{server.log()[-3000:]}")


def stop_llm_server(server: RunningLLMServer) -> None:
    if server.process.poll() is None:
        server.process.terminate()
        try:
            server.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()


@pytest.fixture(scope="session")
def llm_server() -> Iterator[RunningLLMServer]:
    if importlib.util.find_spec("llama_cpp") is None:
        pytest.skip("llama-cpp-python is not installed (deploy/llama_wheel.sh installs it)")
    model = find_model()
    if model is None:
        pytest.skip(
            f"the packaged model {MODEL_NAME}.gguf is not installed "
            "(python -m appliance.components.llm.model_assets --home var, or set LLM_TEST_MODEL)"
        )
    server = start_llm_server(model, threads=int(os.environ.get("LLM_TEST_THREADS", "1")))
    try:
        yield server
    finally:
        stop_llm_server(server)


def dead() -> Endpoint:
    """A local port nothing listens on: connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return Endpoint(url=f"http://127.0.0.1:{port}/v1", token=None)


def gateway_for(*endpoints: Endpoint, model: str = MODEL_ALIAS, **overrides: float) -> LLMGateway:
    """A gateway over these endpoints with test-sized timeouts, any of them overridden."""
    options: dict[str, float] = {
        "connect_timeout": 2.0,
        "first_token_timeout": 120.0,
        "total_timeout": 300.0,
        "max_concurrent": 2,
    }
    options.update(overrides)
    return LLMGateway(
        list(endpoints),
        default_model=model,
        connect_timeout=options["connect_timeout"],
        first_token_timeout=options["first_token_timeout"],
        total_timeout=options["total_timeout"],
        max_concurrent=int(options["max_concurrent"]),
    )


# The same two conversations for the llama.cpp tests (test_llm.py) and vLLM's (test_vllm.py).
PASSAGE_QUESTION = [
    {
        "role": "system",
        "content": "あなたは社内文書の質問に答えるアシスタントです。資料の内容だけを使って、日本語で簡潔に答えてください。",
    },
    {
        "role": "user",
        "content": (
            "資料:\n"
            "[1] 当社の本社は大阪府大阪市北区にあり、従業員数は約1200名です。\n"
            "[2] 年次有給休暇は、入社6か月後に10日付与されます。\n\n"
            "質問: 当社の本社はどの都市にありますか？"
        ),
    },
]
LONG_ANSWER_QUESTION = [{"role": "user", "content": "日本の四季について、それぞれの特徴を詳しく説明してください。"}]


# The checks both servers must pass, llama.cpp (test_llm.py) and vLLM (test_vllm.py).
def check_streams_a_long_answer(gateway: LLMGateway) -> None:
    with gateway.stream_chat(LONG_ANSWER_QUESTION, max_tokens=16) as stream:
        deltas = list(stream)
    assert len(deltas) > 1
    assert all(isinstance(delta, str) and delta for delta in deltas)
    assert stream.finish_reason == "length"


def check_answers_from_a_passage(gateway: LLMGateway) -> None:
    answer = gateway.chat(PASSAGE_QUESTION, max_tokens=24, temperature=0.0)
    assert "大阪" in answer
