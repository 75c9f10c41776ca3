"""The reranker seam where no reranker runs: off by default, refused by `check` when half
configured, and a question answered in the fused order when the reranker is down or hangs.

A reranker that answers (vLLM's /rerank serving a cross-encoder) is exercised in
tests/test_vllm.py against vLLM's CPU build (`make test-vllm`).
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator

import pytest

from appliance import components
from appliance.checks import check_appliance_settings
from appliance.components.reranking import OpenAIReranker, RerankerUnavailable, build_reranker, rerank_url
from appliance.tenancy.selectors import actor_get
from rag.retrieval import search
from tests.conftest import World
from tests.ingest_helpers import ingest_places
from tests.llm_server import dead

QUESTION = "防災訓練の集合場所"


def check_ids() -> set[str]:
    return {problem.id for problem in check_appliance_settings()}


def test_no_reranker_runs_by_default(settings) -> None:
    assert settings.RERANKER_BACKEND == "none"
    components.reset()
    assert components.reranker() is None
    assert build_reranker("none") is None
    assert "appliance.E005" not in check_ids()


def test_check_refuses_a_reranker_without_its_url_or_model(settings) -> None:
    settings.RERANKER_BACKEND = "openai"
    for url, model in ((None, "bge-reranker-v2-m3"), ("http://gpu-host:8002/v1", None), (None, None)):
        settings.RERANKER_URL, settings.RERANKER_MODEL = url, model
        assert "appliance.E005" in check_ids()
    settings.RERANKER_URL, settings.RERANKER_MODEL = "http://gpu-host:8002/v1", "bge-reranker-v2-m3"
    assert "appliance.E005" not in check_ids()


def test_the_factory_refuses_what_it_cannot_build() -> None:
    with pytest.raises(ValueError, match="unknown reranker backend"):
        build_reranker("cohere")
    with pytest.raises(ValueError, match="RERANKER_URL"):
        build_reranker("openai", base_url="", api_key=None, model="m", timeout=1)
    with pytest.raises(ValueError, match="RERANKER_MODEL"):
        build_reranker("openai", base_url="http://gpu-host:8002", api_key=None, model="", timeout=1)


def test_the_rerank_call_is_found_from_each_spelling_of_the_url() -> None:
    # Under /v1, where vLLM checks its API key (its /rerank at the root is open to anyone).
    assert rerank_url("http://gpu-host:8002/v1") == "http://gpu-host:8002/v1/rerank"
    assert rerank_url("http://gpu-host:8002/v1/") == "http://gpu-host:8002/v1/rerank"
    assert rerank_url("http://gpu-host:8002") == "http://gpu-host:8002/v1/rerank"
    assert rerank_url("http://gpu-host:8002/v2/rerank") == "http://gpu-host:8002/v2/rerank"


def test_a_reranker_that_is_down_is_unavailable() -> None:
    reranker = OpenAIReranker(dead().url, None, "bge-reranker-v2-m3", timeout=5)
    with pytest.raises(RerankerUnavailable, match="unreachable"):
        reranker.rerank(QUESTION, ["集合場所は屋上広場です。", "売上目標"])
    assert reranker.rerank(QUESTION, []) == []  # nothing to score: no call at all


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never answers, as a hung server does."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield listener.getsockname()[1]


def test_a_reranker_that_hangs_is_given_up_after_its_timeout(silent_port: int) -> None:
    reranker = OpenAIReranker(f"http://127.0.0.1:{silent_port}/v1", None, "bge-reranker-v2-m3", timeout=0.5)
    with pytest.raises(RerankerUnavailable, match="Timeout"):
        reranker.rerank(QUESTION, ["集合場所は屋上広場です。"])


@pytest.fixture
def corpus(world: World) -> dict[str, str]:
    return ingest_places(world)


@pytest.mark.parametrize("outage", ["down", "hung"])
def test_a_question_is_answered_in_the_fused_order_when_the_reranker_fails(
    world: World, corpus: dict[str, str], settings, caplog, silent_port: int, outage: str
) -> None:
    alice = actor_get(user=world.alice, organization=world.org_a)
    bob = actor_get(user=world.bob, organization=world.org_b)
    components.reset()
    fused = search(actor=alice, query=QUESTION, k=3)

    settings.RERANKER_BACKEND = "openai"
    settings.RERANKER_URL = dead().url if outage == "down" else f"http://127.0.0.1:{silent_port}/v1"
    settings.RERANKER_MODEL = "bge-reranker-v2-m3"
    settings.RERANK_TIMEOUT_SECONDS = 0.5
    components.reset()
    try:
        with caplog.at_level(logging.WARNING, logger="rag.retrieval"):
            kept = search(actor=alice, query=QUESTION, k=3)
            bobs = search(actor=bob, query=QUESTION, k=3)
    finally:
        components.reset()

    assert [(p.document_id, p.order, p.score) for p in kept.passages] == [(p.document_id, p.order, p.score) for p in fused.passages]
    assert kept.passages[0].document_id == corpus["a-wide"] and kept.relevant
    assert {p.document_id for p in bobs.passages} <= {corpus["b-wide"], corpus["b-sales"]}
    assert any("reranker" in record.getMessage() and "fused order" in record.getMessage() for record in caplog.records)
