"""The LLM gateway against a real llama.cpp server running the packaged 0.5B model.

Generations are kept to a few tokens: on a busy two-core machine the model decodes roughly
10-30 tokens a second, and the whole file should take well under a minute.
"""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator

import pytest

from appliance.components.llm.gateway import Endpoint, LLMError, LLMGateway, LLMTimeout, LLMUnavailable
from tests.llm_server import (
    LONG_ANSWER_QUESTION,
    PASSAGE_QUESTION,
    RunningLLMServer,
    check_answers_from_a_passage,
    check_streams_a_long_answer,
    dead,
    gateway_for,
)

pytestmark = pytest.mark.slow



def live(server: RunningLLMServer) -> Endpoint:
    return Endpoint(url=server.url, token=server.token)


@pytest.fixture
def gateway(llm_server: RunningLLMServer) -> Iterator[LLMGateway]:  # noqa: F811
    gateway = gateway_for(live(llm_server), model=llm_server.model)
    yield gateway
    gateway.close()


def test_it_streams_a_long_answer_in_several_deltas(gateway: LLMGateway) -> None:
    check_streams_a_long_answer(gateway)


def test_it_answers_a_japanese_question_from_a_passage(gateway: LLMGateway) -> None:
    check_answers_from_a_passage(gateway)


def test_it_raises_unavailable_when_no_endpoint_listens() -> None:
    gateway = gateway_for(dead(), dead(), max_concurrent=1)
    with pytest.raises(LLMUnavailable, match="ConnectError"):
        gateway.chat(PASSAGE_QUESTION, max_tokens=4)
    # The failed call gave its slot back: with one slot, a second call is not "busy".
    with pytest.raises(LLMUnavailable):
        gateway.chat(PASSAGE_QUESTION, max_tokens=4)


def test_it_fails_over_to_the_next_endpoint_before_the_first_token(llm_server: RunningLLMServer) -> None:  # noqa: F811
    gateway = gateway_for(dead(), live(llm_server))
    assert "大阪" in gateway.chat(PASSAGE_QUESTION, max_tokens=24, temperature=0.0)


class _ServiceUnavailableHandler(http.server.BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.send_response(503)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_it_fails_over_when_an_endpoint_answers_5xx(llm_server: RunningLLMServer) -> None:  # noqa: F811
    # No real model server answers 503 on demand, so a real HTTP server that only does that
    # stands in for an overloaded proxy in front of a GPU node.
    broken = http.server.HTTPServer(("127.0.0.1", 0), _ServiceUnavailableHandler)
    threading.Thread(target=broken.serve_forever, daemon=True).start()
    broken_url = f"http://127.0.0.1:{broken.server_address[1]}/v1"
    try:
        gateway = gateway_for(Endpoint(url=broken_url, token=None), live(llm_server))
        assert "大阪" in gateway.chat(PASSAGE_QUESTION, max_tokens=24, temperature=0.0)
        only_broken = gateway_for(Endpoint(url=broken_url, token=None))
        with pytest.raises(LLMUnavailable, match="HTTP 503"):
            only_broken.chat(PASSAGE_QUESTION, max_tokens=4)
    finally:
        broken.shutdown()


def test_it_times_out_waiting_for_the_first_token(llm_server: RunningLLMServer) -> None:  # noqa: F811
    gateway = gateway_for(live(llm_server), first_token_timeout=0.001, max_concurrent=1)
    started = time.monotonic()
    with pytest.raises(LLMTimeout, match="first token"):
        gateway.chat(LONG_ANSWER_QUESTION, max_tokens=4)
    assert time.monotonic() - started < 5


def test_it_stops_an_answer_that_exceeds_the_total_timeout(llm_server: RunningLLMServer) -> None:  # noqa: F811
    gateway = gateway_for(live(llm_server), total_timeout=0.5)
    with pytest.raises(LLMTimeout, match="exceeded"):
        gateway.chat(LONG_ANSWER_QUESTION, max_tokens=200)


def test_closing_a_stream_early_stops_the_server_generating(llm_server: RunningLLMServer) -> None:  # noqa: F811
    gateway = gateway_for(live(llm_server), max_concurrent=1)
    disconnects_before = llm_server.log().count("Disconnected from client")
    stream = gateway.stream_chat(LONG_ANSWER_QUESTION, max_tokens=2000)
    next(stream)
    stream.close()
    # The server notices the closed connection after its next token and logs it.
    deadline = time.monotonic() + 30
    while llm_server.log().count("Disconnected from client") == disconnects_before:
        assert time.monotonic() < deadline, "the server kept generating after the client left"
        time.sleep(0.1)


def test_dropping_an_unstarted_stream_gives_its_slot_back(llm_server: RunningLLMServer) -> None:  # noqa: F811
    gateway = gateway_for(live(llm_server), max_concurrent=1)
    stream = gateway.stream_chat(PASSAGE_QUESTION, max_tokens=4)
    del stream  # never iterated: nothing was sent, and the slot must not leak
    assert gateway.chat(PASSAGE_QUESTION, max_tokens=4)


def test_it_reports_a_refused_token_without_failing_over(llm_server: RunningLLMServer) -> None:  # noqa: F811
    # A wrong token is a configuration error to report loudly, not an outage to route around.
    gateway = gateway_for(Endpoint(url=llm_server.url, token="wrong-token"), live(llm_server))
    with pytest.raises(LLMError, match="HTTP 401") as raised:
        gateway.chat(PASSAGE_QUESTION, max_tokens=4)
    assert not isinstance(raised.value, LLMUnavailable)


def test_it_raises_rather_than_return_nothing_for_a_prompt_beyond_the_context(
    llm_server: RunningLLMServer,  # noqa: F811
) -> None:
    # llama-cpp-python answers 200 and closes the stream without a single event.
    gateway = gateway_for(live(llm_server))
    too_long = [{"role": "user", "content": "日本語の文書です。" * 1500}]
    with pytest.raises(LLMError, match="without an answer"):
        gateway.chat(too_long, max_tokens=4)


def test_health_lists_the_served_model_and_reports_a_dead_endpoint(llm_server: RunningLLMServer) -> None:  # noqa: F811
    down_endpoint = dead()
    report = gateway_for(live(llm_server), down_endpoint).health()
    assert report["ok"] is True
    up, down = report["endpoints"]
    assert up["reachable"] is True and llm_server.model in up["models"]
    assert up["latency_ms"] >= 0
    assert down["url"] == down_endpoint.url
    assert down["reachable"] is False and down["models"] is None
    assert "ConnectError" in down["error"]


def test_health_is_not_ok_when_every_endpoint_is_down() -> None:
    report = gateway_for(dead()).health()
    assert report["ok"] is False
