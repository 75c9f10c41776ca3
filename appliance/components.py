"""The one place that turns settings into component instances (vector store, embedder, LLM).

Each is built lazily, once per process: an embedded vector store may be opened by only one
process, and a local embedding model is expensive to load.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from django.conf import settings

if TYPE_CHECKING:
    from appliance.embedding import Embedder
    from appliance.llm import LLMGateway
    from appliance.vectorstore import VectorStore

_lock = threading.Lock()
_instances: dict[str, Any] = {}


def _singleton(key: str, build: Any) -> Any:
    instance = _instances.get(key)
    if instance is None:
        with _lock:
            instance = _instances.get(key)
            if instance is None:
                instance = build()
                _instances[key] = instance
    return instance


def vector_store() -> VectorStore:
    from appliance.vectorstore import build_vector_store

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
    from appliance.embedding import build_embedder

    def build() -> Embedder:
        if settings.EMBEDDER_BACKEND == "openai":
            return build_embedder(
                "openai",
                base_url=settings.EMBEDDING_URL,
                api_key=settings.EMBEDDING_API_KEY,
                model=settings.EMBEDDING_MODEL,
                dimension=settings.EMBEDDING_DIMENSION,
                timeout=settings.EMBED_TIMEOUT_SECONDS,
            )
        return build_embedder("local")

    return _singleton("embedder", build)


def llm() -> LLMGateway:
    from appliance.llm import Endpoint, LLMGateway

    return _singleton(
        "llm",
        lambda: LLMGateway(
            [Endpoint(url=url, token=settings.LLM_API_KEY) for url in settings.LLM_URLS],
            default_model=settings.LLM_MODEL,
            connect_timeout=settings.LLM_CONNECT_TIMEOUT,
            first_token_timeout=settings.LLM_FIRST_TOKEN_TIMEOUT,
            total_timeout=settings.LLM_TOTAL_TIMEOUT,
            max_concurrent=settings.LLM_MAX_CONCURRENT,
        ),
    )


def reset() -> None:
    """Close and forget every instance (tests, and `serve` shutting down)."""
    with _lock:
        store = _instances.pop("vector_store", None)
        if store is not None:
            store.close()
        _instances.clear()


def vector_store_health() -> dict[str, Any]:
    name = collection()
    return {"backend": settings.VECTOR_BACKEND, "collection": name, "points": vector_store().count(name)}


def llm_health() -> dict[str, Any]:
    return llm().health()


def collection_name() -> str:
    """One collection per embedding model; the name records the model and its dimension."""
    model = embedder()
    return f"chunks__{model.name}__{model.dimension}"


def collection() -> str:
    """The current collection's name, created first if it does not exist yet (a fresh
    install, or after `reindex` dropped it)."""
    name = collection_name()
    vector_store().ensure_collection(name, embedder().dimension)
    return name
