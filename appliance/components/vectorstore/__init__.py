"""The vector store seam: one small contract, two Qdrant backends.

* ``QdrantEdgeStore`` (embedded default, ``edge.py``): the Rust engine from ``qdrant-edge-py``.
* ``QdrantClientStore`` (production, ``server.py``): ``qdrant-client`` against a Qdrant
  server, or its pure-Python local mode for small tests.

Callers describe filters with the backend-neutral ``Filter`` types (``contract.py``); one
translator (``filters.py``) turns them into each backend's native filter, which goes INTO
the query (hybrid search runs a dense and a sparse query, each filtered, then fuses their
rankings, ``base.py``), never filtering results afterwards. This is what makes access
control safe: a point of another organization can never take a slot in the top-k, however
similar it is. The payload field names belong to the caller (``appliance.access``), which
passes the ones to index to ``ensure_collection``; this package sits below it.
"""

from __future__ import annotations

from appliance.components.vectorstore.contract import (
    DENSE_VECTOR,
    HYBRID_CANDIDATES,
    POINT_ID_NAMESPACE,
    RRF_K,
    SPARSE_VECTOR,
    SPARSE_WEIGHT,
    TIE_BREAK_FIELD,
    And,
    CollectionNotFound,
    DimensionMismatch,
    Filter,
    Hit,
    MatchAny,
    MatchValue,
    Or,
    Point,
    SearchHits,
    SearchMode,
    SparseVector,
    VectorStore,
    VectorStoreError,
    VectorStoreLocked,
    VectorStoreUnavailable,
    point_id,
    reciprocal_rank_fusion,
    stable_order,
)
from appliance.components.vectorstore.edge import QdrantEdgeStore
from appliance.components.vectorstore.factory import build_vector_store
from appliance.components.vectorstore.server import QdrantClientStore

__all__ = [
    "DENSE_VECTOR",
    "HYBRID_CANDIDATES",
    "POINT_ID_NAMESPACE",
    "RRF_K",
    "SPARSE_VECTOR",
    "SPARSE_WEIGHT",
    "TIE_BREAK_FIELD",
    "And",
    "CollectionNotFound",
    "DimensionMismatch",
    "Filter",
    "Hit",
    "MatchAny",
    "MatchValue",
    "Or",
    "Point",
    "QdrantClientStore",
    "QdrantEdgeStore",
    "SearchHits",
    "SearchMode",
    "SparseVector",
    "VectorStore",
    "VectorStoreError",
    "VectorStoreLocked",
    "VectorStoreUnavailable",
    "build_vector_store",
    "point_id",
    "reciprocal_rank_fusion",
    "stable_order",
]
