"""The one place that turns settings into component instances (vector store, embedder,
reranker, LLM).

Each is built lazily, once per process: an embedded vector store may be opened by only one
process, and a local embedding model is expensive to load. Importing this module loads no
model and opens nothing.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from django.conf import settings

from appliance.components.embedding import Embedder, build_embedder
from appliance.components.llm.gateway import Endpoint, LLMGateway
from appliance.components.llm.turns import RedisTurns, Turns
from appliance.components.reranking import Reranker, build_reranker
from appliance.components.vectorstore import VectorStore, build_vector_store

_lock = threading.Lock()
_instances: dict[str, Any] = {}

T = TypeVar("T")


def _singleton(key: str, build: Callable[[], T]) -> T:
    instance = _instances.get(key)
    if instance is None:
        with _lock:
            instance = _instances.get(key)
            if instance is None:
                instance = build()
                _instances[key] = instance
    return instance


def vector_store() -> VectorStore:
    return _singleton(
        "vector_store",
        lambda: build_vector_store(
            settings.VECTOR_BACKEND,
            path=str(settings.VECTOR_PATH),
            url=settings.QDRANT_URL,
            api_key=settings.QDRANT_API_KEY,
        ),
    )


def embedder() -> Embedder:
    def build() -> Embedder:
        if settings.EMBEDDER_BACKEND == "openai":
            return build_embedder(
                "openai",
                base_url=settings.EMBEDDING_URL,
                api_key=settings.EMBEDDING_API_KEY,
                model=settings.EMBEDDING_MODEL,
                dimension=settings.EMBEDDING_DIMENSION,
                timeout=settings.EMBED_TIMEOUT_SECONDS,
                # None (unset): the prefixes EMBEDDING_MODEL's name calls for.
                query_prefix=settings.EMBEDDER_QUERY_PREFIX,
                document_prefix=settings.EMBEDDER_PASSAGE_PREFIX,
            )
        if settings.EMBEDDER_LOCAL_MODEL == "e5-small-torch":
            return build_embedder("e5-small-torch", device=settings.EMBEDDER_DEVICE)
        return build_embedder(settings.EMBEDDER_LOCAL_MODEL)

    return _singleton("embedder", build)


def reranker() -> Reranker | None:
    """The cross-encoder that reorders retrieval's candidates, or None (``RERANKER_BACKEND=none``)."""
    if settings.RERANKER_BACKEND == "none":
        return None
    return _singleton(
        "reranker",
        lambda: build_reranker(
            settings.RERANKER_BACKEND,
            base_url=settings.RERANKER_URL,
            api_key=settings.RERANKER_API_KEY,
            model=settings.RERANKER_MODEL,
            timeout=settings.RERANK_TIMEOUT_SECONDS,
        ),
    )


def llm_turns() -> Turns | None:
    """The shared fair queue in front of the model, or None for one in this process."""
    if not settings.LLM_QUEUE_URL:
        return None
    endpoints = hashlib.sha256("\n".join(sorted(settings.LLM_URLS)).encode()).hexdigest()[:16]
    return RedisTurns.from_url(settings.LLM_QUEUE_URL, prefix=f"{settings.LLM_QUEUE_PREFIX}:{endpoints}", capacity=settings.LLM_MAX_CONCURRENT)


def llm() -> LLMGateway:
    return _singleton(
        "llm",
        lambda: LLMGateway(
            [Endpoint(url=url, token=settings.LLM_API_KEY) for url in settings.LLM_URLS],
            default_model=settings.LLM_MODEL,
            connect_timeout=settings.LLM_CONNECT_TIMEOUT,
            first_token_timeout=settings.LLM_FIRST_TOKEN_TIMEOUT,
            total_timeout=settings.LLM_TOTAL_TIMEOUT,
            max_concurrent=settings.LLM_MAX_CONCURRENT,
            turns=llm_turns(),
            queue_timeout=settings.LLM_QUEUE_TIMEOUT,
            unavailable_retry=settings.LLM_UNAVAILABLE_RETRY,
            # The embedded llama-server loads every adapter at start and picks one per request by id.
            lora_by_id=bool(settings.LLM_SERVER_BINARY) and settings.LLM_EMBEDDED_SERVER,
        ),
    )


def reset() -> None:
    """Close and forget every instance (tests, and `serve` shutting down)."""
    with _lock:
        store = _instances.pop("vector_store", None)
        if store is not None:
            store.close()
        cross_encoder = _instances.pop("reranker", None)
        if cross_encoder is not None:
            cross_encoder.close()
        _instances.clear()
