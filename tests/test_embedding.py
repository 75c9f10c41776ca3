"""The embedder seam: the real local model on Japanese, and the OpenAI-compatible backend
against a real HTTP server that computes embeddings with that same local model."""

from __future__ import annotations

import json
import math
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from appliance import components
from appliance.checks import check_appliance_settings
from appliance.components.embedding import (
    E5SmallEmbedder,
    Embedder,
    EmbedderUnavailable,
    EmbeddingError,
    OpenAIEmbedder,
    TorchE5Embedder,
    approximate_token_count,
    build_embedder,
    default_prefixes,
)

REPOSITORY = Path(__file__).resolve().parent.parent

PAID_LEAVE_HOW_TO = "有給休暇の申請方法"
TAKING_ANNUAL_LEAVE = "年次休暇を取るには"
SHARE_PRICE_TREND = "株価の推移"


def cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True)) / (
        math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    )


@pytest.fixture(scope="module")
def local() -> Embedder:
    return build_embedder("local")


def test_the_local_default_is_multilingual_e5_on_pytorch(local: Embedder) -> None:
    assert isinstance(local, TorchE5Embedder)
    assert local.name == "multilingual-e5-small-int8"
    assert local.dimension == 384
    assert local.max_tokens == 512


def test_the_c_engine_it_replaced_is_still_available_under_its_own_name() -> None:
    engine = build_embedder("e5-small")
    assert isinstance(engine, E5SmallEmbedder)
    assert engine.name == "multilingual-e5-small-q4" and engine.dimension == 384
    assert engine.count_tokens(PAID_LEAVE_HOW_TO) == build_embedder("local").count_tokens(PAID_LEAVE_HOW_TO)


def test_it_embeds_japanese_into_normalised_vectors_of_its_dimension(local: Embedder) -> None:
    vectors = local.embed_documents([PAID_LEAVE_HOW_TO, TAKING_ANNUAL_LEAVE, SHARE_PRICE_TREND])
    query = local.embed_query(PAID_LEAVE_HOW_TO)

    assert len(vectors) == 3
    for vector in [*vectors, query]:
        assert len(vector) == local.dimension
        assert math.sqrt(sum(x * x for x in vector)) == pytest.approx(1.0, abs=1e-4)
    assert local.embed_documents([]) == []


def test_related_japanese_sentences_are_closer_than_unrelated_ones(local: Embedder) -> None:
    leave, annual_leave, share_price = local.embed_documents(
        [PAID_LEAVE_HOW_TO, TAKING_ANNUAL_LEAVE, SHARE_PRICE_TREND]
    )

    assert cosine(leave, annual_leave) > cosine(leave, share_price)
    assert cosine(leave, annual_leave) > cosine(annual_leave, share_price)


def test_a_query_finds_the_passage_that_answers_it(local: Embedder) -> None:
    passages = local.embed_documents([
        "年次有給休暇は、勤怠システムから取得予定日の3営業日前までに申請してください。",
        "当社の株価は前年同期比で12%上昇しました。",
        "経費精算は月末締めで、領収書の原本を経理部に提出します。",
    ])
    query = local.embed_query("有給はいつまでに申請すればいい？")

    scores = [cosine(query, passage) for passage in passages]
    assert scores.index(max(scores)) == 0


def test_it_counts_tokens_with_the_model_tokenizer(local: Embedder) -> None:
    short = local.count_tokens(PAID_LEAVE_HOW_TO)
    long = local.count_tokens(PAID_LEAVE_HOW_TO * 10)

    assert 0 < short < len(PAID_LEAVE_HOW_TO) + 10  # subwords, plus prefix and specials
    assert long > short * 5


def test_the_use_model_is_available_too() -> None:
    use = build_embedder("use-multilingual")
    leave, annual_leave, share_price = use.embed_documents(
        [PAID_LEAVE_HOW_TO, TAKING_ANNUAL_LEAVE, SHARE_PRICE_TREND]
    )

    assert use.dimension == len(leave) == 512
    assert cosine(leave, annual_leave) > cosine(leave, share_price)
    assert use.count_tokens(PAID_LEAVE_HOW_TO) > 2


def test_the_local_model_loads_and_runs_with_the_network_blocked() -> None:
    # A fresh interpreter, so the model is loaded here and not reused from another test.
    script = (
        "import socket\n"
        "def refuse(*args, **kwargs): raise OSError('network blocked')\n"
        "socket.socket.connect = refuse; socket.socket.connect_ex = refuse\n"
        "socket.create_connection = refuse; socket.getaddrinfo = refuse\n"
        "from appliance.components.embedding import build_embedder\n"
        "model = build_embedder('local')\n"
        "assert len(model.embed_query('有給休暇')) == 384\n"
        "engine = build_embedder('e5-small')\n"
        "assert len(engine.embed_query('有給休暇')) == 384\n"
        "use = build_embedder('use-multilingual')\n"
        "assert len(use.embed_query('有給休暇')) == 512\n"
        "print('offline ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPOSITORY, capture_output=True, text=True,
        timeout=120, env={"PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1", "DO_NOT_TRACK": "1"},
    )

    assert result.returncode == 0, result.stderr
    assert "offline ok" in result.stdout


def test_the_factory_rejects_unknown_backends_and_stray_options() -> None:
    with pytest.raises(ValueError):
        build_embedder("word2vec")
    with pytest.raises(TypeError):
        build_embedder("local", model="something")


# --- OpenAI-compatible backend ---------------------------------------------------------


class EmbeddingServer:
    """A real /v1/embeddings server whose vectors come from the local e5 model.

    e5 expects its prefixes in the text, as it would behind vLLM; the server strips them and
    calls the matching local method, so equal vectors prove the client's whole round trip.
    """

    def __init__(self, model: Embedder) -> None:
        self.requests: list[dict[str, object]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append({"path": self.path, "body": body,
                                        "authorization": self.headers.get("Authorization")})
                if self.path != "/v1/embeddings":
                    self.send_error(404)
                    return
                vectors = []
                for text in body["input"]:
                    if text.startswith("query: "):
                        vectors.append(model.embed_query(text.removeprefix("query: ")))
                    else:
                        vectors.append(model.embed_documents([text.removeprefix("passage: ")])[0])
                # Reversed on purpose: clients must order by "index", not by position.
                data = [{"object": "embedding", "index": index, "embedding": vector}
                        for index, vector in enumerate(vectors)][::-1]
                payload = json.dumps({"object": "list", "data": data, "model": body["model"]}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def __enter__(self) -> EmbeddingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@pytest.fixture
def server(local: Embedder) -> Iterator[EmbeddingServer]:
    with EmbeddingServer(local) as running:
        yield running


def test_the_openai_backend_returns_the_vectors_the_model_computes(
    local: Embedder, server: EmbeddingServer
) -> None:
    remote = build_embedder(
        "openai", base_url=server.url, api_key="secret-token", model="intfloat/multilingual-e5-small",
        dimension=384, timeout=30, batch_size=2, query_prefix="query: ", document_prefix="passage: ",
    )
    texts = [PAID_LEAVE_HOW_TO, TAKING_ANNUAL_LEAVE, SHARE_PRICE_TREND]

    documents = remote.embed_documents(texts)
    query = remote.embed_query(PAID_LEAVE_HOW_TO)

    for got, expected in zip(documents, local.embed_documents(texts), strict=True):
        assert got == pytest.approx(expected, abs=1e-5)
    assert query == pytest.approx(local.embed_query(PAID_LEAVE_HOW_TO), abs=1e-5)
    # Three documents in batches of two, then the query.
    assert [len(request["body"]["input"]) for request in server.requests] == [2, 1, 1]  # type: ignore[index, arg-type]
    assert server.requests[0]["authorization"] == "Bearer secret-token"
    assert server.requests[0]["body"]["model"] == "intfloat/multilingual-e5-small"  # type: ignore[index]
    # Vectors made with prefixes are another embedder's than without: the name says so.
    assert remote.name.startswith("openai-intfloat-multilingual-e5-small-p")
    assert remote.dimension == 384


def test_the_openai_backend_refuses_vectors_of_another_dimension(server: EmbeddingServer) -> None:
    remote = OpenAIEmbedder(server.url, None, "e5", dimension=1024, timeout=30)

    with pytest.raises(EmbeddingError, match="384 dimensions"):
        remote.embed_query(PAID_LEAVE_HOW_TO)


def test_an_unreachable_endpoint_raises_a_retryable_error() -> None:
    with socket.socket() as probe:  # a port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    remote = OpenAIEmbedder(f"http://127.0.0.1:{port}", None, "e5", dimension=384, timeout=2)

    with pytest.raises(EmbedderUnavailable):
        remote.embed_documents([PAID_LEAVE_HOW_TO])


def test_the_token_approximation_errs_high_for_japanese_and_english(local: Embedder) -> None:
    japanese = "年次有給休暇は、勤怠システムから取得予定日の3営業日前までに申請してください。"
    english = "Annual paid leave must be requested in the attendance system three days ahead."

    for text in (japanese, english):
        assert approximate_token_count(text) >= local.count_tokens(text) - len("passage: ")


# --- query and passage prefixes of the OpenAI-compatible backend ------------------------

E5_INSTRUCT_QUERY = "Instruct: Given a web search query, retrieve relevant passages that answer the query\nQuery: "


@pytest.mark.parametrize(
    ("model", "query_prefix", "passage_prefix"),
    [
        ("intfloat/multilingual-e5-large", "query: ", "passage: "),
        ("multilingual-e5-small", "query: ", "passage: "),
        ("intfloat/multilingual-e5-large-instruct", E5_INSTRUCT_QUERY, ""),
        ("cl-nagoya/ruri-base", "クエリ: ", "文章: "),
        ("cl-nagoya/ruri-large-v2", "クエリ: ", "文章: "),
        ("cl-nagoya/ruri-v3-310m", "検索クエリ: ", "検索文書: "),
        ("BAAI/bge-m3", "", ""),
        ("tiny-xlm-roberta-embedder", "", ""),
    ],
)
def test_the_openai_backend_sends_the_prefixes_its_model_was_trained_with(
    server: EmbeddingServer, model: str, query_prefix: str, passage_prefix: str
) -> None:
    remote = OpenAIEmbedder(server.url, None, model, dimension=384, timeout=30)

    remote.embed_documents([TAKING_ANNUAL_LEAVE])
    remote.embed_query(PAID_LEAVE_HOW_TO)

    assert default_prefixes(model) == (query_prefix, passage_prefix)
    assert [request["body"]["input"] for request in server.requests] == [  # type: ignore[index]
        [passage_prefix + TAKING_ANNUAL_LEAVE],
        [query_prefix + PAID_LEAVE_HOW_TO],
    ]
    plain = "openai-" + model.replace("/", "-").lower()
    if query_prefix or passage_prefix:
        assert remote.name.startswith(plain + "-p")
    else:
        assert remote.name == plain  # as before prefixes existed: its index needs no rebuild


def test_an_e5_model_behind_the_openai_backend_gives_the_local_models_vectors_unprompted(
    local: Embedder, server: EmbeddingServer
) -> None:
    """The server strips one prefix and lets the local e5 add its own: equal vectors mean the
    text reached the model prefixed once, as e5 was trained, for passages and for queries."""
    remote = OpenAIEmbedder(server.url, None, "intfloat/multilingual-e5-small", dimension=384, timeout=30)

    for got, expected in zip(remote.embed_documents([TAKING_ANNUAL_LEAVE, SHARE_PRICE_TREND]),
                             local.embed_documents([TAKING_ANNUAL_LEAVE, SHARE_PRICE_TREND]), strict=True):
        assert got == pytest.approx(expected, abs=1e-5)
    assert remote.embed_query(PAID_LEAVE_HOW_TO) == pytest.approx(local.embed_query(PAID_LEAVE_HOW_TO), abs=1e-5)


def test_settings_override_the_prefixes_or_turn_them_off(settings, server: EmbeddingServer) -> None:  # type: ignore[no-untyped-def]
    settings.EMBEDDER_BACKEND = "openai"
    settings.EMBEDDING_URL = server.url
    settings.EMBEDDING_MODEL = "intfloat/multilingual-e5-small"
    settings.EMBEDDING_DIMENSION = 384
    names = []
    try:
        for query_setting, passage_setting, sent in (
            (None, None, ["passage: 本文", "query: 質問"]),  # unset: from the model's name
            ("", "", ["本文", "質問"]),  # empty: none on purpose
            ("質問: ", None, ["passage: 本文", "質問: 質問"]),  # one set, the other from the name
        ):
            settings.EMBEDDER_QUERY_PREFIX, settings.EMBEDDER_PASSAGE_PREFIX = query_setting, passage_setting
            components.reset()
            server.requests.clear()
            embedder = components.embedder()
            embedder.embed_documents(["本文"])
            embedder.embed_query("質問")
            assert [request["body"]["input"][0] for request in server.requests] == sent  # type: ignore[index]
            names.append(embedder.name)
    finally:
        components.reset()
    # Each way of feeding the model is an embedder of its own: the index will not mix them.
    assert len(set(names)) == 3
    assert names[1] == "openai-intfloat-multilingual-e5-small"


def test_the_local_embedder_prefixes_alone_whatever_the_settings_say(settings, local: Embedder) -> None:  # type: ignore[no-untyped-def]
    settings.EMBEDDER_BACKEND = "local"
    settings.EMBEDDER_QUERY_PREFIX, settings.EMBEDDER_PASSAGE_PREFIX = "query: ", "passage: "
    components.reset()
    try:
        embedder = components.embedder()
        assert embedder.embed_query(PAID_LEAVE_HOW_TO) == pytest.approx(local.embed_query(PAID_LEAVE_HOW_TO), abs=1e-6)
        assert embedder.embed_documents([TAKING_ANNUAL_LEAVE])[0] == pytest.approx(local.embed_documents([TAKING_ANNUAL_LEAVE])[0], abs=1e-6)
    finally:
        components.reset()


def test_check_warns_of_a_prefix_that_lost_its_space(settings) -> None:  # type: ignore[no-untyped-def]
    settings.EMBEDDER_QUERY_PREFIX, settings.EMBEDDER_PASSAGE_PREFIX = "query:", "passage: "
    warned = [problem for problem in check_appliance_settings() if problem.id == "appliance.W003"]
    assert [problem.msg.split("=")[0] for problem in warned] == ["EMBEDDER_QUERY_PREFIX"]
    settings.EMBEDDER_QUERY_PREFIX = "query: "
    assert "appliance.W003" not in {problem.id for problem in check_appliance_settings()}
