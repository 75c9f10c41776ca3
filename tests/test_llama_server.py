"""The embedded model on llama.cpp's own llama-server (built by deploy/llama_wheel.sh from the
llama.cpp sources of the pinned llama-cpp-python sdist): several answers at once in parallel
slots, the same OpenAI API, the JSON schema of quote mode kept. Skipped where it is not built."""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from django.conf import settings

from appliance.components.llm.gateway import Endpoint, LLMGateway
from appliance.components.llm.server import EmbeddedLLMServer
from tests.llm_server import LONG_ANSWER_QUESTION, PASSAGE_QUESTION, find_model, free_port, gateway_for

# Named in the settings, or where `LLAMA_SERVER=1 deploy/llama_wheel.sh` installs it.
BINARY = Path(settings.LLM_SERVER_BINARY or Path(sys.prefix) / "bin" / "llama-server")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not BINARY.is_file(), reason="llama-server is not built (LLAMA_SERVER=1 deploy/llama_wheel.sh)"),
    pytest.mark.skipif(find_model() is None, reason="the packaged model is not installed"),
]

SCHEMA = {"type": "object", "properties": {"quote": {"type": "string"}, "answer": {"type": "string"}}, "required": ["quote", "answer"]}


@pytest.fixture
def two_slot_gateway(tmp_path: Path, settings) -> Iterator[LLMGateway]:  # noqa: ANN001
    settings.APPLIANCE_HOME = tmp_path  # its llm.log
    model = find_model()
    assert model is not None
    server = EmbeddedLLMServer(model_path=model, port=free_port(), threads=1, alias="m", context=2048, binary=BINARY, slots=2)
    assert server.start(log=lambda text: None)
    url = f"http://127.0.0.1:{server.port}/v1"
    deadline = time.monotonic() + 120
    while True:  # not a timing assertion: a bound on the model's loading
        try:
            if httpx.get(f"{url}/models", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline, (tmp_path / "llm.log").read_text(errors="replace")[-2000:]
        time.sleep(0.25)
    yield gateway_for(Endpoint(url=url), model="m", max_concurrent=2)
    server.stop()


def test_two_answers_are_written_at_once_in_two_slots(two_slot_gateway: LLMGateway) -> None:
    answers: dict[str, str] = {}

    def ask(name: str, messages: list[dict[str, str]]) -> None:
        answers[name] = two_slot_gateway.chat(messages, max_tokens=32, temperature=0.0)

    threads = [threading.Thread(target=ask, args=(name, messages)) for name, messages in (("long", LONG_ANSWER_QUESTION), ("passage", PASSAGE_QUESTION))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    assert answers["long"] and "大阪" in answers["passage"]
    assert two_slot_gateway.turns.counts() == (0, 0)


def test_quote_mode_json_is_kept_to_its_schema(two_slot_gateway: LLMGateway) -> None:
    reply = json.loads(two_slot_gateway.chat(PASSAGE_QUESTION, max_tokens=96, temperature=0.0, json_schema=SCHEMA))
    assert set(reply) == {"quote", "answer"}
