"""Many people at once: a question beyond the model's capacity waits its turn in a fair queue
instead of being refused, says where it stands, and a question that fails anyway stays in the
conversation with its error. The queue in this process and the one in Redis (shared by every
process) against the real llama.cpp server; the chat's stream through the real model."""

from __future__ import annotations

import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.test import Client

from appliance import components, index
from appliance.components.llm.gateway import Endpoint, LLMCancelled, LLMGateway, Waiting, waiting_as
from appliance.components.llm.turns import ADMITTED, LOST, LocalTurns, RedisTurns, Turns
from appliance.tenancy.selectors import actor_get
from rag.conversations import answer_events
from rag.models import Message
from tests.conftest import World
from tests.ingest_helpers import ingest_bytes
from tests.llm_server import (
    API_TOKEN,
    LONG_ANSWER_QUESTION,
    MODEL_ALIAS,
    PASSAGE_QUESTION,
    RunningLLMServer,
    find_model,
    free_port,
    gateway_for,
    server_command,
)

RULES = "# 休暇規程\n\n年次有給休暇は、取得する日の3営業日前までに所属長へ申請しなければならない。"


def redis_turns(capacity: int, **options: Any) -> RedisTurns:
    # A namespace of its own: parallel test runs on one Redis never share a queue.
    return RedisTurns.from_url(django_settings.LLM_QUEUE_URL, prefix=f"test-turns:{uuid.uuid4().hex}", capacity=capacity, **options)


@pytest.fixture(params=["local", "redis"])
def turns(request: pytest.FixtureRequest) -> Turns:
    return LocalTurns(1) if request.param == "local" else redis_turns(1)


def live_gateway(server: RunningLLMServer, turns: Turns) -> LLMGateway:
    gateway = gateway_for(Endpoint(url=server.url, token=server.token), model=server.model, max_concurrent=1)
    gateway.turns = turns
    return gateway


def wait_until(condition, what: str) -> None:  # noqa: ANN001
    # Not a timing assertion: a bound so that a bug hangs no test run.
    deadline = time.monotonic() + 120
    while not condition():
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.05)


def test_turns_are_fair_between_organizations(turns: Turns) -> None:
    holder = turns.enter("org-x")
    assert turns.poll(holder, lease=60) == ADMITTED
    a1, a2, a3 = (turns.enter("org-a") for _ in range(3))
    b1 = turns.enter("org-b")
    # org-b's one question goes right after org-a's first, not behind all three.
    assert [turns.poll(t, lease=60) for t in (a1, b1, a2, a3)] == [1, 2, 3, 4]
    served = []
    for _ in range(4):
        turns.leave(holder)
        holder = next(t for t in (a1, a2, a3, b1) if t not in served and turns.poll(t, lease=60) == ADMITTED)
        served.append(holder)
    assert served == [a1, b1, a2, a3]
    turns.leave(holder)
    assert turns.counts() == (0, 0)


def test_a_place_given_up_is_gone_and_the_next_moves_up(turns: Turns) -> None:
    holder = turns.enter("org-a")
    assert turns.poll(holder, lease=60) == ADMITTED
    first, second = turns.enter("org-a"), turns.enter("org-b")
    assert turns.poll(second, lease=60) == 2
    turns.leave(first)
    assert turns.poll(first, lease=60) == LOST
    assert turns.poll(second, lease=60) == 1


def test_a_waiter_that_went_silent_loses_its_place_and_a_dead_holder_its_turn() -> None:
    # Seconds, not tenths: on a loaded CI machine the calls below can be a second apart, and
    # the silent waiter must not go stale before it has been seen once.
    turns = redis_turns(1, stale_after=3)
    holder, silent, polling = turns.enter("org-a"), turns.enter("org-b"), turns.enter("org-c")
    assert turns.poll(holder, lease=4) == ADMITTED  # then the holder's process "dies"
    assert turns.poll(silent, lease=60) == 1 and turns.poll(polling, lease=60) == 2
    time.sleep(4.5)
    # The silent one stopped polling: the one still polling takes the lapsed turn.
    assert turns.poll(polling, lease=60) == ADMITTED
    assert turns.poll(silent, lease=60) == LOST


@pytest.mark.slow
def test_a_second_stream_waits_its_turn_instead_of_being_refused(llm_server: RunningLLMServer, turns: Turns) -> None:  # noqa: F811
    first_gateway, second_gateway = live_gateway(llm_server, turns), live_gateway(llm_server, turns)  # two processes
    first = first_gateway.stream_chat(LONG_ANSWER_QUESTION, max_tokens=64)
    assert next(first)
    heard: list[dict[str, Any]] = []
    answers: list[str] = []

    def second() -> None:
        with waiting_as(Waiting(party="org-b", on_progress=heard.append)):
            answers.append(second_gateway.chat(PASSAGE_QUESTION, max_tokens=24, temperature=0.0))

    waiter = threading.Thread(target=second)
    waiter.start()
    wait_until(lambda: heard, "the second request hears its place")
    assert heard == [{"type": "queued", "position": 1}] and not answers
    first.close()
    waiter.join(120)
    assert heard[1] == {"type": "generating"}
    assert heard[2]["type"] == "generated" and heard[2]["tokens"] > 1  # what the model wrote, for bench/load.py
    assert "大阪" in answers[0]
    assert turns.counts() == (0, 0)


def test_a_request_withdrawn_while_waiting_gives_its_place_up(turns: Turns) -> None:
    gateway = LLMGateway(
        [Endpoint(url="http://127.0.0.1:9/v1")], default_model="m", connect_timeout=1, first_token_timeout=5,
        total_timeout=5, max_concurrent=1, turns=turns, poll_interval=0.01,
    )
    holder = turns.enter("org-a")
    assert turns.poll(holder, lease=60) == ADMITTED
    gone = threading.Event()
    heard: list[dict[str, Any]] = []

    def hear(progress: dict[str, Any]) -> None:
        heard.append(progress)
        gone.set()  # the browser goes away once it was told its place

    with waiting_as(Waiting(party="org-b", on_progress=hear, cancelled=gone.is_set)), pytest.raises(LLMCancelled):
        gateway.stream_chat(PASSAGE_QUESTION)
    assert heard == [{"type": "queued", "position": 1}]
    assert turns.counts() == (1, 0)


# --- the chat ------------------------------------------------------------------------------


@pytest.fixture
def rules(transactional_db: None, world: World) -> Iterator[None]:
    # Committed rows (transactional_db): the answer runs in a thread with its own connection.
    components.vector_store().drop_collection(index.collection_name())
    document = ingest_bytes(world.org_a, "休暇規程.md", RULES.encode())
    assert document.status == "indexed", document.error
    yield


@pytest.mark.slow
def test_a_question_beyond_capacity_is_told_its_place_then_answered(rules: None, world: World, model: None) -> None:
    turns = components.llm().turns
    holder = turns.enter("org-b")  # bob's question is at the model
    assert turns.poll(holder, lease=300) == ADMITTED
    actor = actor_get(user=world.alice, organization=world.org_a)
    events = answer_events(actor=actor, conversation=None, question="有給休暇の申請期限は？")
    # Keep-alive pings come whenever the machine is slow for KEEPALIVE_SECONDS: not events here.
    said = (event for event in events if event["type"] != "ping")
    try:
        kinds = [next(said)["type"], next(said)]
    finally:
        turns.leave(holder)  # a failed run must not hold the model for the tests after it
    assert kinds[0] == "start" and kinds[1] == {"type": "queued", "position": 1}
    rest = list(said)
    assert rest[0] == {"type": "generating"}
    assert [e["type"] for e in rest[1:]][-1] == "done" and "delta" in [e["type"] for e in rest]
    assert Message.objects.filter(role="assistant", error="").count() == 1


def test_a_question_whose_page_went_away_gives_its_place_in_the_queue_up(rules: None, world: World, no_model: None) -> None:
    turns = components.llm().turns
    holder = turns.enter("org-b")
    assert turns.poll(holder, lease=300) == ADMITTED
    actor = actor_get(user=world.alice, organization=world.org_a)
    events = answer_events(actor=actor, conversation=None, question="有給休暇の申請期限は？")
    assert next(events)["type"] == "start"
    while (event := next(events))["type"] == "ping":
        continue
    assert event == {"type": "queued", "position": 1}
    events.close()  # what the web server does when the browser stops or goes away
    # The answer's thread withdraws its place when it sees the close: on a loaded machine a
    # moment later.
    wait_until(lambda: turns.counts() == (1, 0), "the closed question left the queue")
    assert not Message.objects.filter(role="assistant").exists()  # nothing was written, nothing to keep
    turns.leave(holder)


def test_a_failed_question_stays_with_its_error_and_can_be_asked_again(rules: None, world: World, no_model: None) -> None:
    actor = actor_get(user=world.alice, organization=world.org_a)
    events = [e for e in answer_events(actor=actor, conversation=None, question="有給休暇の申請期限は？") if e["type"] != "ping"]
    assert [e["type"] for e in events] == ["start", "generating", "error"]
    error = events[-1]
    assert error["question"] == "有給休暇の申請期限は？" and "言語モデル" in error["message"]
    failed = Message.objects.get(pk=error["message_id"])
    assert failed.error == error["message"] and failed.conversation.messages.first().content == "有給休暇の申請期限は？"
    client = Client()
    client.force_login(world.alice)
    page = client.get(f"/o/org-a/chat/{failed.conversation_id}/").content.decode()
    assert "再試行" in page and 'data-question="有給休暇の申請期限は？"' in page
    # bob cannot see alice's failed question
    client.force_login(world.bob)
    assert client.get(f"/o/org-a/chat/{failed.conversation_id}/").status_code == 404


@pytest.mark.slow
def test_a_question_waits_for_a_model_server_that_is_restarting() -> None:
    """The embedded server crashed and its supervisor is starting it again: the question (and
    the queue behind it) waits for it instead of failing at once."""
    model = find_model()
    if model is None:
        pytest.skip("the packaged model is not installed")
    port = free_port()
    gateway = gateway_for(Endpoint(url=f"http://127.0.0.1:{port}/v1", token=API_TOKEN), model=MODEL_ALIAS, max_concurrent=1)
    gateway.unavailable_retry = 180
    processes: list[subprocess.Popen[bytes]] = []
    starter = threading.Timer(
        1.5, lambda: processes.append(subprocess.Popen(server_command(model, port=port, threads=1, context=2048), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    )
    starter.start()
    try:
        assert "大阪" in gateway.chat(PASSAGE_QUESTION, max_tokens=24, temperature=0.0)
    finally:
        starter.join()
        for process in processes:
            process.terminate()
            process.wait(30)
