"""The chunk index: which collection holds the points, which embedder built it, and the
switch from one collection to the next when ``manage.py reindex`` rebuilds it.

Every chunk collection records in its metadata the embedder that built it (``embedder``, its
stable name, and ``dimension``) and its ``state``: ``building`` while ``reindex`` fills it,
``ready`` once complete (``ready_at`` orders two ready ones). Collections from before this
record existed are named ``chunks__<embedder>__<dimension>`` and are read as ready.

* Searches go to the newest ready collection, with query vectors from the embedder that
  built it (``search_target``). Vectors of two models are never compared: even a model whose
  vectors are 0.99-cosine close to another's has its own name.
* Writes go to ``collection()``: the collection being built for the configured embedder if a
  rebuild runs, else the ready one when the configured embedder built it. When the ready
  collection was built by another embedder and no rebuild runs, both refuse with
  ``EmbedderMismatch``, which says to run ``manage.py reindex``.
* ``reindex`` builds a new collection (``rebuild_begin``), fills it from PostgreSQL while
  searches keep using the old one, then marks it ready and drops the old
  (``rebuild_finish``). Documents uploaded meanwhile are written to the new one and become
  searchable with the switch. Deletions and visibility changes go to both (``live_collections``).

The payload fields to index come from appliance.access.payload, their only owner.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

from django.conf import settings

from appliance import components
from appliance.access import payload
from appliance.components.embedding import Embedder, build_embedder_named
from appliance.components.errors import ComponentUnavailable
from appliance.components.vectorstore import CollectionNotFound

PREFIX = "chunks__"
READY = "ready"
BUILDING = "building"
# Another process (a `reindex` next to the web server, on a Qdrant server) may switch the
# collection; each process looks again after this many seconds.
_CACHE_SECONDS = 2.0


class EmbedderMismatch(ComponentUnavailable):
    """The index was built by another embedder than the configured one; ``reindex`` fixes it.

    A ComponentUnavailable: an ingestion task retries later (the operator is expected to run
    the rebuild) instead of failing the document."""


@dataclass(frozen=True)
class IndexedCollection:
    name: str
    embedder: str
    dimension: int
    state: str
    ready_at: float


_cache_lock = threading.Lock()
_cache: tuple[float, list[IndexedCollection]] | None = None
_other_embedders: dict[str, Embedder] = {}


def _describe(name: str, metadata: dict[str, str]) -> IndexedCollection | None:
    if "embedder" in metadata:
        return IndexedCollection(
            name=name,
            embedder=metadata["embedder"],
            dimension=int(metadata.get("dimension", "0")),
            state=metadata.get("state", READY),
            ready_at=float(metadata.get("ready_at", "0")),
        )
    # Before metadata: chunks__<embedder>__<dimension>; embedder names never hold "__".
    parts = name[len(PREFIX) :].split("__")
    if len(parts) >= 2 and parts[1].isdigit():
        return IndexedCollection(name=name, embedder=parts[0], dimension=int(parts[1]), state=READY, ready_at=0.0)
    return None


def forget() -> None:
    """Drop the cached view of the collections (after this process changed them)."""
    global _cache
    with _cache_lock:
        _cache = None


def indexed_collections() -> list[IndexedCollection]:
    """Every chunk collection in the store, as its metadata describes it."""
    global _cache
    with _cache_lock:
        if _cache is not None and time.monotonic() - _cache[0] < _CACHE_SECONDS:
            return _cache[1]
    store = components.vector_store()
    found: list[IndexedCollection] = []
    for name in store.list_collections():
        if not name.startswith(PREFIX):
            continue
        try:
            described = _describe(name, store.collection_metadata(name))
        except CollectionNotFound:
            continue  # dropped between the listing and the read
        if described is not None:
            found.append(described)
    with _cache_lock:
        _cache = (time.monotonic(), found)
    return found


def _active(collections: list[IndexedCollection]) -> IndexedCollection | None:
    ready = [c for c in collections if c.state == READY]
    return max(ready, key=lambda c: (c.ready_at, c.name)) if ready else None


def _building(collections: list[IndexedCollection], embedder: Embedder) -> IndexedCollection | None:
    building = [c for c in collections if c.state == BUILDING and c.embedder == embedder.name]
    return max(building, key=lambda c: c.name) if building else None


def _base_name(embedder: Embedder) -> str:
    return f"{PREFIX}{embedder.name}__{embedder.dimension}"


def _mismatch(active: IndexedCollection, embedder: Embedder) -> EmbedderMismatch:
    return EmbedderMismatch(
        f"the search index ({active.name}) was built with the embedder {active.embedder} "
        f"({active.dimension} dimensions), but this appliance is configured for {embedder.name} "
        f"({embedder.dimension} dimensions). Run `manage.py reindex` to rebuild the index with "
        f"{embedder.name} (search keeps using the old index until it finishes), or configure "
        f"{active.embedder} again (EMBEDDER_LOCAL_MODEL / EMBEDDER_BACKEND)."
    )


def _ensure(name: str, embedder: Embedder) -> str:
    components.vector_store().ensure_collection(
        name,
        embedder.dimension,
        keyword_fields=payload.KEYWORD_INDEXED_FIELDS,
        tenant_field=payload.TENANT_FIELD,
    )
    return name


def _create(name: str, embedder: Embedder, state: str) -> str:
    _ensure(name, embedder)
    metadata = {"embedder": embedder.name, "dimension": str(embedder.dimension), "state": state}
    if state == READY:
        metadata["ready_at"] = repr(time.time())
    components.vector_store().set_collection_metadata(name, metadata)
    forget()
    return name


def collection_name() -> str:
    """The collection that writes go to now, created or not (see ``collection``)."""
    embedder = components.embedder()
    collections = indexed_collections()
    building = _building(collections, embedder)
    if building is not None:
        return building.name
    active = _active(collections)
    if active is not None and active.embedder == embedder.name:
        return active.name
    return _base_name(embedder)


def collection() -> str:
    """The collection that writes go to, created first on a fresh install (or after its
    collection was dropped). ``EmbedderMismatch`` when the index belongs to another embedder
    and no rebuild runs. The store remembers what it has ensured, so this costs nothing on
    every call after the first."""
    embedder = components.embedder()
    collections = indexed_collections()
    building = _building(collections, embedder)
    if building is not None:
        return _ensure(building.name, embedder)
    active = _active(collections)
    if active is None:
        return _create(_base_name(embedder), embedder, READY)
    if active.embedder != embedder.name:
        raise _mismatch(active, embedder)
    return _ensure(active.name, embedder)


def live_collections() -> list[str]:
    """Where a deletion or a visibility change must go: the collection written to and, while
    a rebuild runs, the one still searched."""
    names = [collection()]
    active = _active(indexed_collections())
    if active is not None and active.name not in names:
        names.append(active.name)
    return names


def _embedder_named(name: str) -> Embedder | None:
    configured = components.embedder()
    if name == configured.name:
        return configured
    with _cache_lock:
        embedder = _other_embedders.get(name)
    if embedder is None:
        embedder = build_embedder_named(name)
        if embedder is not None:
            with _cache_lock:
                _other_embedders[name] = embedder
    return embedder


def search_target() -> tuple[str, Embedder]:
    """The collection to search and the embedder that built it (see the module docstring)."""
    embedder = components.embedder()
    collections = indexed_collections()
    active = _active(collections)
    if active is None or active.embedder == embedder.name:
        return collection(), embedder
    if _building(collections, embedder) is not None:
        # A rebuild for the configured embedder runs: keep searching the old index with
        # the model that built it, if this process can run that model.
        previous = _embedder_named(active.embedder)
        if previous is not None and previous.dimension == active.dimension:
            return active.name, previous
    raise _mismatch(active, embedder)


def rebuild_begin() -> str:
    """Start a rebuild for the configured embedder: a new, empty collection in state
    ``building`` (an unfinished one from an interrupted rebuild is dropped first)."""
    embedder = components.embedder()
    store = components.vector_store()
    collections = indexed_collections()
    for stale in [c for c in collections if c.state == BUILDING and c.embedder == embedder.name]:
        store.drop_collection(stale.name)
    taken = set(store.list_collections())
    name = _base_name(embedder)
    if name in taken:
        name = f"{name}__r{int(time.time() * 1000)}"
    return _create(name, embedder, BUILDING)


def rebuild_finish(name: str) -> None:
    """Switch: the rebuilt collection becomes the one searched; every other chunk collection
    is dropped."""
    store = components.vector_store()
    store.set_collection_metadata(name, {"state": READY, "ready_at": repr(time.time())})
    forget()
    for other in indexed_collections():
        if other.name != name:
            store.drop_collection(other.name)
    forget()


def rebuild_abandon(name: str) -> None:
    """A rebuild that failed: drop its collection; the old one stays searched."""
    components.vector_store().drop_collection(name)
    forget()


def vector_store_health() -> dict[str, Any]:
    name = collection()
    return {"backend": settings.VECTOR_BACKEND, "collection": name, "points": components.vector_store().count(name)}
