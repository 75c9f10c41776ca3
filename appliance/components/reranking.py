"""The reranker seam: a question and candidate passages in, one relevance score per passage out.

A cross-encoder reads the question and each passage together, so it judges relevance better
than the fused dense and keyword ranks that found the candidates (JQaRA, Japanese: nDCG@10
0.49 for multilingual-e5-small alone, 0.74 reranked by ruri-reranker-base). It is too slow
for a CPU appliance and runs on the GPU host beside the chat model.

Backends, chosen by settings (``RERANKER_BACKEND``):

* ``none`` (default): no reranker; retrieval keeps the fused order, exactly as without this
  seam. ``build_reranker("none")`` is ``None``.
* ``openai``: vLLM's ``/rerank`` (the Jina/Cohere-style API vLLM serves for a cross-encoder
  such as bge-reranker-v2-m3 or ruri-reranker), at ``RERANKER_URL`` with ``RERANKER_MODEL``
  and ``RERANKER_API_KEY``. The name follows ``EMBEDDER_BACKEND=openai``: the same
  OpenAI-compatible server, not a product of OpenAI's (whose API has no rerank call).

A reranker that is down or answers nonsense raises ``RerankError`` (``RerankerUnavailable``
when the same call may succeed later); retrieval then keeps the fused order and logs it,
and the question is answered all the same.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, Protocol

import httpx

from appliance.components.errors import ComponentUnavailable


class Reranker(Protocol):
    name: str

    def rerank(self, query: str, texts: Sequence[str]) -> list[float]:
        """One score per text, in the order given; higher is more relevant."""
        ...


class RerankError(Exception):
    """The reranker failed in a way that retrying will not fix (bad request, bad answer)."""


class RerankerUnavailable(RerankError, ComponentUnavailable):
    """A transient failure (endpoint down, timeout, overload)."""


def rerank_url(base_url: str) -> str:
    """Settings may name the server's root, its ``/v1`` (as for the embeddings and the LLM)
    or the call itself.

    vLLM serves the same call at ``/rerank``, ``/v1/rerank`` and ``/v2/rerank``, but checks
    its ``--api-key`` only on paths under ``/v1``, ``/v2`` (and two others): ``/v1/rerank``
    is the one that proves the key is right (it logs once that ``/rerank`` is preferred)."""
    root = base_url.rstrip("/")
    if root.endswith("/rerank"):
        return root
    return root + ("/rerank" if root.endswith("/v1") else "/v1/rerank")


class OpenAIReranker:
    """vLLM's ``/rerank``: ``{"model", "query", "documents"}`` in, ``results`` of ``{"index",
    "relevance_score"}`` out (best first; mapped back to the order given)."""

    def __init__(
        self,
        base_url: str,
        api_key: str | None,
        model: str,
        timeout: float,
        *,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if not base_url:
            raise ValueError("the vLLM reranker needs a base URL (RERANKER_URL)")
        if not model:
            raise ValueError("the vLLM reranker needs the served model's name (RERANKER_MODEL)")
        self.name = f"openai-{model}"
        self._model_name = model
        self._url = rerank_url(base_url)
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        # trust_env=False: the GPU host is on the internal network; a proxy set for the
        # package mirror must not carry the employees' questions.
        self._client = httpx.Client(headers=headers, timeout=timeout, transport=transport, trust_env=False)

    def rerank(self, query: str, texts: Sequence[str]) -> list[float]:
        if not texts:
            return []
        body: dict[str, Any] = {
            "model": self._model_name,
            "query": query,
            "documents": list(texts),
            # A pair longer than the model's context is cut to it rather than refused with
            # a 400 (ruri-reranker reads 512 tokens; a chunk is at most CHUNK_MAX_TOKENS).
            "truncate_prompt_tokens": -1,
        }
        try:
            response = self._client.post(self._url, json=body)
        except httpx.TransportError as error:  # refused, DNS, read timeout, ...
            raise RerankerUnavailable(f"reranker {self._url} unreachable: {error!r}") from error
        if response.status_code in (408, 429) or response.status_code >= 500:
            raise RerankerUnavailable(f"reranker {self._url} answered {response.status_code}: {response.text[:200]}")
        if response.status_code != 200:
            raise RerankError(f"reranker {self._url} answered {response.status_code}: {response.text[:200]}")
        try:
            results = response.json()["results"]
            scores: dict[int, float] = {int(item["index"]): float(item["relevance_score"]) for item in results}
        except (ValueError, KeyError, TypeError) as error:
            raise RerankError(f"reranker {self._url} answered something else than rerank results: {error!r}") from error
        if sorted(scores) != list(range(len(texts))) or not all(math.isfinite(score) for score in scores.values()):
            raise RerankError(f"reranker {self._url} scored {sorted(scores)[:10]} of {len(texts)} texts")
        return [scores[position] for position in range(len(texts))]

    def close(self) -> None:
        self._client.close()


def build_reranker(backend: str, **options: Any) -> Reranker | None:
    """The reranker named by settings: ``none`` (no reranking) or ``openai``, which takes
    ``base_url``, ``api_key``, ``model`` and ``timeout``."""
    if backend == "none":
        if options:
            raise TypeError(f"the none reranker takes no options, got {sorted(options)}")
        return None
    if backend == "openai":
        return OpenAIReranker(**options)
    raise ValueError(f"unknown reranker backend {backend!r} (expected none or openai)")
