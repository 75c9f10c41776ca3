"""``QdrantEdgeStore``: the embedded default, the Rust engine from ``qdrant-edge-py``.

One shard directory per collection under ``path``. Filters run inside the engine, with
payload indexes, so a filtered query stays sub-millisecond at tens of thousands of points.
The engine has no background optimizer: ``optimize`` builds the HNSW index after a bulk
ingestion.
"""

from __future__ import annotations

import fcntl
import functools
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
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
    check_collection_name,
)
from appliance.components.vectorstore.filters import FilterBuilders

_Result = TypeVar("_Result")
_METADATA_FILE = "appliance_metadata.json"


@functools.cache
def _filter_builders() -> FilterBuilders[Any]:
    import qdrant_edge as edge

    def field(key: str, match: Any) -> Any:
        return edge.Filter(must=[edge.FieldCondition(key=key, match=match)])

    return FilterBuilders(
        field_equals=lambda key, value: field(key, edge.MatchValue(value)),
        field_any=lambda key, values: field(key, edge.MatchAny(values)),
        must=lambda filters: edge.Filter(must=filters),
        should=lambda filters: edge.Filter(should=filters),
        nothing=lambda: edge.Filter(must=[edge.HasIdCondition(set())]),
    )


class QdrantEdgeStore(ProcessBoundStore):
    """Embedded Qdrant engine (``qdrant-edge-py``): one shard directory per collection.

    Everything the contract needs is native in the engine: named dense + sparse vectors
    with the IDF modifier, keyword payload indexes, filters inside the query, delete by
    filter, a write-ahead log for durability. Each shard's WAL is locked by the engine; we
    add one lock file for the whole directory so that a second opener fails at once, naming
    the path, rather than on the first collection it touches.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__()
        import qdrant_edge  # noqa: F401  (fail at construction if the engine is missing)

        self._path = Path(path)
        self._path.mkdir(parents=True, exist_ok=True)
        self._lock_file = open(self._path / ".lock", "a+")  # noqa: SIM115 (held until close)
        try:
            # flock is per open file description: it excludes other processes and other
            # instances in this process alike.
            fcntl.flock(self._lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            self._lock_file.close()
            raise VectorStoreLocked(self._path) from error
        self._shards: dict[str, Any] = {}
        self._closed = False

    # -- helpers ----------------------------------------------------------------------

    def _shard_path(self, name: str) -> Path:
        check_collection_name(name)
        return self._path / name

    @staticmethod
    def _config(dimension: int | None) -> Any:
        import qdrant_edge as edge

        return edge.EdgeConfig(
            vectors=(
                {DENSE_VECTOR: edge.EdgeVectorParams(size=dimension, distance=edge.Distance.Cosine)}
                if dimension is not None
                else None
            ),
            sparse_vectors={SPARSE_VECTOR: edge.EdgeSparseVectorParams(modifier=edge.Modifier.Idf)},
        )

    @staticmethod
    def _read_dense_size(shard_path: Path) -> int | None:
        config = json.loads((shard_path / "edge_config.json").read_text())
        dense = (config.get("vectors") or {}).get(DENSE_VECTOR) or {}
        size = dense.get("size")
        return int(size) if size is not None else None

    def _engine_call(self, operation: Callable[[], _Result]) -> _Result:
        try:
            return operation()
        except Exception as error:
            # The engine raises plain Exceptions; a WAL held by another opener reads
            # "Can't init WAL: Kind(WouldBlock)".
            if "WouldBlock" in str(error):
                raise VectorStoreLocked(self._path) from error
            raise VectorStoreError(str(error)) from error

    def _shard(self, name: str) -> Any:
        import qdrant_edge as edge

        if self._closed:
            raise VectorStoreError("vector store is closed")
        shard = self._shards.get(name)
        if shard is not None:
            return shard
        shard_path = self._shard_path(name)
        if not (shard_path / "edge_config.json").exists():
            raise self._missing(name)
        shard = self._engine_call(lambda: edge.EdgeShard.load(str(shard_path)))
        self._shards[name] = shard
        return shard

    def _filter_builders(self) -> FilterBuilders[Any]:
        return _filter_builders()

    # -- contract ---------------------------------------------------------------------

    def _ensure_native(
        self, name: str, dimension: int, keyword_fields: tuple[str, ...], tenant_field: str | None
    ) -> None:
        import qdrant_edge as edge

        shard_path = self._shard_path(name)
        if name in self._shards or (shard_path / "edge_config.json").exists():
            shard = self._shard(name)
            # The engine keeps its config beside the segments; reading it is cheaper and
            # clearer than letting EdgeShard.load(config=...) fail on a mismatch.
            configured = self._read_dense_size(shard_path)
            if configured != dimension:
                raise DimensionMismatch(
                    f"collection {name!r} has dense vectors of size {configured}, not {dimension}"
                )
        else:
            if self._closed:
                raise VectorStoreError("vector store is closed")
            shard = self._engine_call(
                lambda: edge.EdgeShard.create(str(shard_path), self._config(dimension))
            )
            self._shards[name] = shard
        indexed = set(self._engine_call(lambda: shard.info().payload_schema).keys())
        for field_name in keyword_fields:
            if field_name in indexed:
                continue
            schema = edge.KeywordIndexParams(is_tenant=field_name == tenant_field)
            self._engine_call(
                lambda: shard.update(edge.UpdateOperation.create_field_index(field_name, schema))
            )

    def upsert(self, name: str, points: list[Point]) -> None:
        import qdrant_edge as edge

        if not points:
            return
        native = [
            edge.Point(
                id=point.id,
                vector={
                    DENSE_VECTOR: point.dense,
                    SPARSE_VECTOR: edge.SparseVector(
                        indices=point.sparse.indices, values=point.sparse.values
                    ),
                },
                payload=point.payload,
            )
            for point in points
        ]
        with self._guard():
            shard = self._shard(name)
            # Durable once this returns: the update is in the shard's write-ahead log,
            # which the engine replays on the next load if the process dies before a flush.
            self._engine_call(lambda: shard.update(edge.UpdateOperation.upsert_points(native)))

    def delete(self, name: str, flt: Filter) -> None:
        import qdrant_edge as edge

        native_filter = self._native_filter(flt)
        with self._guard():
            shard = self._shard(name)
            self._engine_call(
                lambda: shard.update(edge.UpdateOperation.delete_points_by_filter(native_filter))
            )

    def set_payload(self, name: str, flt: Filter, payload: dict[str, Any]) -> None:
        """Set these payload keys (others untouched) on every point matching the filter."""
        import qdrant_edge as edge

        native_filter = self._native_filter(flt)
        with self._guard():
            shard = self._shard(name)
            self._engine_call(
                lambda: shard.update(edge.UpdateOperation.set_payload_by_filter(native_filter, payload))
            )

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
        import qdrant_edge as edge

        native_filter = self._native_filter(flt)
        if mode == "dense":
            assert dense is not None  # checked by search(); narrows the type
            query = edge.Query.Nearest(dense, using=DENSE_VECTOR)
        elif mode == "sparse":
            if sparse is None or not sparse.indices:
                return []  # a query with no known terms matches nothing lexically
            sparse_query = edge.SparseVector(indices=sparse.indices, values=sparse.values)
            query = edge.Query.Nearest(sparse_query, using=SPARSE_VECTOR)
        else:
            raise ValueError(f"one branch at a time here, not {mode!r}")
        request = edge.QueryRequest(limit=limit, query=query, filter=native_filter, with_payload=True)
        with self._guard():
            shard = self._shard(name)
            points = self._engine_call(lambda: shard.query(request))
        return [
            Hit(id=str(point.id), score=float(point.score), payload=dict(point.payload or {}))
            for point in points
        ]

    def count(self, name: str, flt: Filter | None = None) -> int:
        import qdrant_edge as edge

        native_filter = self._native_filter(flt) if flt is not None else None
        with self._guard():
            shard = self._shard(name)
            return int(
                self._engine_call(
                    lambda: shard.count(edge.CountRequest(exact=True, filter=native_filter))
                )
            )

    def retrieve_ids(self, name: str, flt: Filter) -> list[str]:
        import qdrant_edge as edge

        native_filter = self._native_filter(flt)
        ids: list[str] = []
        with self._guard():
            shard = self._shard(name)
            offset: Any = None
            while True:
                request = edge.ScrollRequest(
                    offset=offset, limit=1000, filter=native_filter,
                    with_payload=False, with_vector=False,
                )
                records, offset = self._engine_call(lambda: shard.scroll(request))
                ids.extend(str(record.id) for record in records)
                if offset is None:
                    return ids

    def optimize(self, name: str) -> bool:
        """Build the HNSW index and vacuum deleted points; blocks (about 70 s at 50k points).

        The engine has no background optimizer, so new points stay in a plain (scanned)
        segment until this runs. Measured at 50k x 384-d points with an organization + group
        filter: dense search 1.8 ms median before, 1.0 ms after. The rebuild command should
        call it after a bulk ingestion. True if the engine changed anything.
        """
        with self._guard():
            shard = self._shard(name)
            return bool(self._engine_call(shard.optimize))

    def drop_collection(self, name: str) -> None:
        with self._guard():
            shard_path = self._shard_path(name)
            self._forget(name)
            shard = self._shards.pop(name, None)
            if shard is not None:
                self._engine_call(shard.close)
            shutil.rmtree(shard_path, ignore_errors=True)

    def list_collections(self) -> list[str]:
        with self._guard():
            return sorted(entry.name for entry in self._path.iterdir() if (entry / "edge_config.json").exists())

    def _metadata_path(self, name: str) -> Path:
        shard_path = self._shard_path(name)
        if not (shard_path / "edge_config.json").exists():
            raise self._missing(name)
        # Beside the engine's own files, in the shard directory, so it goes with the shard.
        return shard_path / _METADATA_FILE

    def collection_metadata(self, name: str) -> dict[str, str]:
        with self._guard():
            path = self._metadata_path(name)
            return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def set_collection_metadata(self, name: str, metadata: dict[str, str]) -> None:
        with self._guard():
            path = self._metadata_path(name)
            merged = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
            merged.update({str(key): str(value) for key, value in metadata.items()})
            # Write then rename: a reader never sees half a file, a crash leaves the old one.
            temporary = path.with_suffix(".tmp")
            temporary.write_text(json.dumps(merged, ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, path)

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._ensured.clear()
            try:
                for shard in self._shards.values():
                    shard.flush()
                    shard.close()
                self._shards.clear()
            finally:
                # Closing the file releases the flock.
                self._lock_file.close()
