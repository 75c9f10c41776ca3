"""What both backends share: process ownership, one lock, the ensured-collection memory,
filter translation and the hybrid search.

An embedded store belongs to exactly one process: both backends lock the directory, and a
second opener gets ``VectorStoreLocked`` naming the path. In embedded mode the web process
and the background worker therefore cannot both open the store; one of them must own it.
Open stores lazily after a fork (Celery prefork, gunicorn): a lock taken before the fork is
shared with the children, which would then write to the same files unguarded, so each store
remembers the process that opened it and refuses to be used from another one.

Hybrid search runs a dense and a sparse query, each with the filter inside the query, then
fuses their rankings here (``reciprocal_rank_fusion``), the same way on every backend.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from appliance.components.vectorstore.contract import (
    HYBRID_CANDIDATES,
    SPARSE_WEIGHT,
    CollectionNotFound,
    Filter,
    Hit,
    SearchHits,
    SearchMode,
    SparseVector,
    VectorStoreError,
    check_collection_name,
    check_index_fields,
    check_search_arguments,
    reciprocal_rank_fusion,
    stable_order,
)
from appliance.components.vectorstore.filters import FilterBuilders, translate

# What one ensure_collection call established: name, dimension, keyword fields, tenant field.
_Ensured = tuple[str, int, tuple[str, ...], str | None]


class ProcessBoundStore:
    """Remembers the opening process and serialises calls within it.

    Neither qdrant-client's local mode (plain Python dicts) nor our edge wrapper (a dict of
    open shards) is safe under concurrent mutation from several threads; one lock is cheap
    next to an embedding call and keeps the web server's threads honest.

    Subclasses provide ``_filter_builders``, ``_ensure_native`` and ``_search_branch``.
    """

    def __init__(self) -> None:
        self._owner_pid = os.getpid()
        self._lock = threading.RLock()
        # Collections ensured by this instance, so that the per-request ensure_collection
        # costs nothing. Forgotten on drop_collection and on CollectionNotFound (another
        # process may have dropped it: the next ensure_collection creates it again).
        self._ensured: set[_Ensured] = set()

    # -- hooks --------------------------------------------------------------------------

    def _filter_builders(self) -> FilterBuilders[Any]:
        raise NotImplementedError

    def _ensure_native(
        self, name: str, dimension: int, keyword_fields: tuple[str, ...], tenant_field: str | None
    ) -> None:
        """Create or check the collection and its indexes in the engine or server."""
        raise NotImplementedError

    def _search_branch(
        self,
        name: str,
        *,
        dense: list[float] | None,
        sparse: SparseVector | None,
        flt: Filter,
        limit: int,
        mode: SearchMode,
    ) -> list[Hit]:
        """One dense or one sparse query, with the filter inside it."""
        raise NotImplementedError

    # -- shared -------------------------------------------------------------------------

    def _native_filter(self, flt: Filter) -> Any:
        return translate(flt, self._filter_builders())

    def ensure_collection(
        self,
        name: str,
        dimension: int,
        *,
        keyword_fields: Sequence[str] = (),
        tenant_field: str | None = None,
    ) -> None:
        """Create the collection if missing, or check its dense dimension (else
        ``DimensionMismatch``); index ``keyword_fields`` as keywords, ``tenant_field`` as the
        tenant key. A repeat with the same arguments returns without asking the backend."""
        check_collection_name(name)
        fields = check_index_fields(keyword_fields, tenant_field)
        ensured: _Ensured = (name, dimension, fields, tenant_field)
        with self._guard():
            if ensured in self._ensured:
                return
            self._ensure_native(name, dimension, fields, tenant_field)
            self._ensured.add(ensured)

    def _forget(self, name: str) -> None:
        with self._lock:
            self._ensured = {ensured for ensured in self._ensured if ensured[0] != name}

    def _missing(self, name: str) -> CollectionNotFound:
        """The error for a collection that is not there; forgets having ensured it."""
        self._forget(name)
        return CollectionNotFound(name)

    def search(
        self,
        name: str,
        *,
        dense: list[float] | None,
        sparse: SparseVector | None,
        flt: Filter,
        limit: int,
        mode: SearchMode,
    ) -> SearchHits:
        """Dense, sparse, or both fused. Every branch runs with the filter inside its query."""
        check_search_arguments(dense, sparse, mode, limit)
        if mode == "dense":
            hits = stable_order(self._search_branch(name, dense=dense, sparse=None, flt=flt, limit=limit, mode="dense"))
            return SearchHits(hits=hits, best_dense_score=hits[0].score if hits else None)
        if mode == "sparse":
            hits = stable_order(self._search_branch(name, dense=None, sparse=sparse, flt=flt, limit=limit, mode="sparse"))
            return SearchHits(hits=hits, best_dense_score=None)
        candidates = max(limit, HYBRID_CANDIDATES)
        dense_hits = self._search_branch(name, dense=dense, sparse=None, flt=flt, limit=candidates, mode="dense")
        sparse_hits = self._search_branch(name, dense=None, sparse=sparse, flt=flt, limit=candidates, mode="sparse")
        return SearchHits(
            hits=reciprocal_rank_fusion([(dense_hits, 1.0), (sparse_hits, SPARSE_WEIGHT)], limit=limit),
            best_dense_score=dense_hits[0].score if dense_hits else None,
        )

    @contextmanager
    def _guard(self) -> Iterator[None]:
        if os.getpid() != self._owner_pid:
            raise VectorStoreError(
                f"vector store opened in process {self._owner_pid} used in process "
                f"{os.getpid()}; open the store after forking"
            )
        with self._lock:
            yield
