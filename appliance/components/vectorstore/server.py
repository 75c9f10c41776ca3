"""``QdrantClientStore``: Qdrant through ``qdrant-client``, the production backend.

It talks to a Qdrant server (``url``), which indexes and optimizes by itself. It also accepts
``path`` for qdrant-client's local mode, which is pure Python (it commits per point, ignores
payload indexes and filters by scanning): fine for small tests, not for the appliance.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from appliance.components.vectorstore.base import ProcessBoundStore
from appliance.components.vectorstore.contract import (
    DENSE_VECTOR,
    SPARSE_VECTOR,
    DimensionMismatch,
    Filter,
    Hit,
    Point,
    SearchMode,
    SparseVector,
    VectorStoreError,
    VectorStoreLocked,
    VectorStoreUnavailable,
)
from appliance.components.vectorstore.filters import FilterBuilders

_Result = TypeVar("_Result")


@functools.cache
def _filter_builders() -> FilterBuilders[Any]:
    from qdrant_client import models

    def field(key: str, match: Any) -> Any:
        return models.Filter(must=[models.FieldCondition(key=key, match=match)])

    return FilterBuilders(
        field_equals=lambda key, value: field(key, models.MatchValue(value=value)),
        field_any=lambda key, values: field(key, models.MatchAny(any=values)),
        must=lambda filters: models.Filter(must=filters),
        should=lambda filters: models.Filter(should=filters),
        nothing=lambda: models.Filter(must=[models.HasIdCondition(has_id=[])]),
    )


class QdrantClientStore(ProcessBoundStore):
    """Qdrant through ``qdrant-client``: a server at ``url``, or local mode at ``path``."""

    def __init__(
        self,
        *,
        url: str | None = None,
        path: str | None = None,
        api_key: str | None = None,
        timeout: float = 10.0,
    ) -> None:
        super().__init__()
        from qdrant_client import QdrantClient

        if (url is None) == (path is None):
            raise ValueError("pass exactly one of url (server) or path (local mode)")
        self._path = path
        self._is_local = path is not None
        if path is not None:
            try:
                self._client = QdrantClient(path=path)
            except RuntimeError as error:
                if "already accessed" in str(error):
                    raise VectorStoreLocked(path) from error
                raise
        else:
            # check_compatibility=False: the default asks the server for its version while
            # constructing, so a server that is down at startup would fail Django's boot
            # instead of the first query (which raises VectorStoreUnavailable, retryable).
            self._client = QdrantClient(
                url=url, api_key=api_key, timeout=int(timeout), check_compatibility=False
            )

    # -- error translation ------------------------------------------------------------

    def _call(self, name: str | None, operation: Callable[[], _Result]) -> _Result:
        import httpx
        from qdrant_client.http.exceptions import ResponseHandlingException, UnexpectedResponse

        with self._guard():
            try:
                return operation()
            except (ResponseHandlingException, httpx.TransportError, ConnectionError) as error:
                raise VectorStoreUnavailable(f"Qdrant unreachable: {error}") from error
            except UnexpectedResponse as error:
                if error.status_code == 404 and name is not None:
                    raise self._missing(name) from error
                if error.status_code in (429, 502, 503, 504):
                    raise VectorStoreUnavailable(f"Qdrant busy or down: {error}") from error
                raise VectorStoreError(str(error)) from error
            except ValueError as error:
                # Local mode signals a missing collection with a ValueError.
                if name is not None and "not found" in str(error):
                    raise self._missing(name) from error
                raise

    def _filter_builders(self) -> FilterBuilders[Any]:
        return _filter_builders()

    # -- contract ---------------------------------------------------------------------

    def _ensure_native(
        self, name: str, dimension: int, keyword_fields: tuple[str, ...], tenant_field: str | None
    ) -> None:
        from qdrant_client import models

        def ensure() -> None:
            if self._client.collection_exists(name):
                info = self._client.get_collection(name)
                vectors = info.config.params.vectors
                existing = vectors.get(DENSE_VECTOR) if isinstance(vectors, dict) else None
                if existing is None or existing.size != dimension:
                    raise DimensionMismatch(
                        f"collection {name!r} has dense vectors of size "
                        f"{getattr(existing, 'size', None)}, not {dimension}"
                    )
                indexed = set((info.payload_schema or {}).keys())
            else:
                self._client.create_collection(
                    name,
                    vectors_config={
                        DENSE_VECTOR: models.VectorParams(size=dimension, distance=models.Distance.COSINE)
                    },
                    sparse_vectors_config={
                        SPARSE_VECTOR: models.SparseVectorParams(modifier=models.Modifier.IDF)
                    },
                )
                indexed = set()
            if self._is_local:
                # Local mode ignores payload indexes (and warns); it scans instead.
                return
            for field_name in keyword_fields:
                if field_name in indexed:
                    continue
                self._client.create_payload_index(
                    name,
                    field_name,
                    field_schema=models.KeywordIndexParams(
                        type=models.KeywordIndexType.KEYWORD,
                        is_tenant=field_name == tenant_field,
                    ),
                )

        self._call(name, ensure)

    def upsert(self, name: str, points: list[Point]) -> None:
        from qdrant_client import models

        if not points:
            return
        native = [
            models.PointStruct(
                id=point.id,
                vector={
                    DENSE_VECTOR: point.dense,
                    SPARSE_VECTOR: models.SparseVector(
                        indices=point.sparse.indices, values=point.sparse.values
                    ),
                },
                payload=point.payload,
            )
            for point in points
        ]
        self._call(name, lambda: self._client.upsert(name, points=native, wait=True))

    def delete(self, name: str, flt: Filter) -> None:
        from qdrant_client import models

        selector = models.FilterSelector(filter=self._native_filter(flt))
        self._call(name, lambda: self._client.delete(name, points_selector=selector, wait=True))

    def set_payload(self, name: str, flt: Filter, payload: dict[str, Any]) -> None:
        """Set these payload keys (others untouched) on every point matching the filter."""
        from qdrant_client import models

        selector = models.FilterSelector(filter=self._native_filter(flt))
        self._call(name, lambda: self._client.set_payload(name, payload=payload, points=selector, wait=True))

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
        from qdrant_client import models

        native_filter = self._native_filter(flt)
        sparse_query = (
            models.SparseVector(indices=sparse.indices, values=sparse.values)
            if sparse is not None and sparse.indices
            else None
        )

        def query() -> list[Any]:
            if mode == "dense":
                arguments: dict[str, Any] = {"query": dense, "using": DENSE_VECTOR}
            elif mode == "sparse":
                if sparse_query is None:
                    return []  # a query with no known terms matches nothing lexically
                arguments = {"query": sparse_query, "using": SPARSE_VECTOR}
            else:
                raise ValueError(f"one branch at a time here, not {mode!r}")
            return self._client.query_points(
                name, query_filter=native_filter, limit=limit, with_payload=True, **arguments
            ).points

        return [
            Hit(id=str(point.id), score=float(point.score), payload=dict(point.payload or {}))
            for point in self._call(name, query)
        ]

    def count(self, name: str, flt: Filter | None = None) -> int:
        native_filter = self._native_filter(flt) if flt is not None else None
        return self._call(
            name,
            lambda: self._client.count(name, count_filter=native_filter, exact=True).count,
        )

    def retrieve_ids(self, name: str, flt: Filter) -> list[str]:
        native_filter = self._native_filter(flt)

        def scroll_all() -> list[str]:
            ids: list[str] = []
            offset: Any = None
            while True:
                records, offset = self._client.scroll(
                    name, scroll_filter=native_filter, limit=1000, offset=offset,
                    with_payload=False, with_vectors=False,
                )
                ids.extend(str(record.id) for record in records)
                if offset is None:
                    return ids

        return self._call(name, scroll_all)

    def optimize(self, name: str) -> bool:
        """A no-op returning False: a Qdrant server builds its indexes and vacuums deleted
        points by itself, in the background (and local mode has no index to build)."""
        with self._guard():
            return False

    def drop_collection(self, name: str) -> None:
        self._forget(name)
        self._call(name, lambda: self._client.delete_collection(name))

    def list_collections(self) -> list[str]:
        return sorted(c.name for c in self._call(None, lambda: self._client.get_collections().collections))

    def collection_metadata(self, name: str) -> dict[str, str]:
        def read() -> dict[str, str]:
            if not self._client.collection_exists(name):
                raise self._missing(name)
            metadata = self._client.get_collection(name).config.metadata or {}
            return {str(key): str(value) for key, value in metadata.items()}

        return self._call(name, read)

    def set_collection_metadata(self, name: str, metadata: dict[str, str]) -> None:
        def write() -> None:
            if not self._client.collection_exists(name):
                raise self._missing(name)
            # Qdrant merges the given keys into the collection's metadata.
            self._client.update_collection(name, metadata=dict(metadata))

        self._call(name, write)

    def close(self) -> None:
        with self._lock:
            self._ensured.clear()
            self._client.close()
