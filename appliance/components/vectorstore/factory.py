"""``build_vector_store``: the backend named by settings (``VECTOR_BACKEND``)."""

from __future__ import annotations

from appliance.components.vectorstore.contract import VectorStore
from appliance.components.vectorstore.edge import QdrantEdgeStore
from appliance.components.vectorstore.server import QdrantClientStore


def build_vector_store(
    backend: str,
    *,
    path: str | None = None,
    url: str | None = None,
    api_key: str | None = None,
) -> VectorStore:
    """Build the store named by settings (``VECTOR_BACKEND``).

    * ``edge`` (alias ``qdrant-edge``), the embedded default: the engine at ``path``.
    * ``qdrant``: a Qdrant server at ``url``; without a url, local mode at ``path``.
    * ``qdrant-local``: qdrant-client's local mode at ``path`` (tests, tiny corpora).
    """
    if backend in ("edge", "qdrant-edge"):
        if not path:
            raise ValueError("the edge vector store needs a path")
        return QdrantEdgeStore(path)
    if backend == "qdrant" and url:
        return QdrantClientStore(url=url, api_key=api_key)
    if backend in ("qdrant", "qdrant-local"):
        if not path:
            raise ValueError(f"the {backend} vector store needs a url (server) or a path (local mode)")
        return QdrantClientStore(path=path)
    raise ValueError(
        f"unknown vector store backend {backend!r} (expected edge, qdrant or qdrant-local)"
    )
