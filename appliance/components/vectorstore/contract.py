"""The backend-neutral contract of the vector store: types, errors, constants, the Protocol.

Callers describe points, hits and filters with the types below and never see a backend's
own models; each backend translates them (filters through ``filters.translate``). Nothing
here imports a Qdrant package.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, Union

from appliance.components.errors import ComponentUnavailable

DENSE_VECTOR = "dense"
SPARSE_VECTOR = "sparse"

# Reciprocal rank fusion constant, set explicitly because the Qdrant server's default has
# changed across versions and both backends must rank the same way. The paper's 60 (Cormack
# et al., 2009) flattens the top ranks; with two short candidate lists a smaller k lets the
# first places count.
RRF_K = 10
# Weight of the keyword (sparse) branch against the dense branch in the fusion. Chosen with
# bench/fusion.py on JaQuAD (300 questions): equal-weight RRF lost to keyword search alone at
# recall@1 (0.72 vs 0.80), Sudachi keywords being that strong on Japanese; k=10 with the
# keyword branch weighted 2 beat both branches at recall@1, @5 and @10 (bench/RESULTS.md).
# bench/fusion.py computes exactly reciprocal_rank_fusion below.
SPARSE_WEIGHT = 2.0
# How many candidates each branch of a hybrid search contributes before fusion. Fusion
# can only promote what a branch returned, so this is wider than the final limit.
HYBRID_CANDIDATES = 50

SearchMode = Literal["dense", "sparse", "hybrid"]

# A payload field a caller may give each point: equal scores are ranked by it (then by the
# point id), so a tie falls the same way on every ingest of the same documents. Point ids
# cannot do that alone: they carry the document's id, a new one on every upload, and a tie
# between two chunks that match a query by the same words decided which one reached the
# answer prompt (bench/RESULTS.md, holdout16's h16-24).
TIE_BREAK_FIELD = "tie_break"

# uuid5 namespace for point ids. Fixed forever: changing it would give every chunk a new id
# and turn re-ingestion into duplication instead of an idempotent overwrite.
POINT_ID_NAMESPACE = uuid.UUID("6f1c3a52-9a57-4d0e-8a43-5b7f3f0f2a61")

_COLLECTION_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")


def point_id(document_id: str, chunk_index: int) -> str:
    """Deterministic point id, so re-embedding a document overwrites its points."""
    return str(uuid.uuid5(POINT_ID_NAMESPACE, f"{document_id}:{chunk_index}"))


# ---------------------------------------------------------------------------------------
# Data types
# ---------------------------------------------------------------------------------------


@dataclass
class SparseVector:
    indices: list[int]
    values: list[float]


@dataclass
class Point:
    id: str
    dense: list[float]
    sparse: SparseVector
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass
class Hit:
    id: str
    score: float
    payload: dict[str, Any]


@dataclass(frozen=True)
class SearchHits:
    """What ``search`` returns: the ranked hits, and the best cosine of the dense query.

    ``best_dense_score`` is the first score of the dense ranking run in the same call (in
    dense mode the first hit's score; in hybrid mode the dense branch's, since fused scores
    are ranks, not similarities). It is None in sparse mode or when the dense query found
    nothing. A relevance gate can read it instead of running one more query.
    """

    hits: list[Hit]
    best_dense_score: float | None


@dataclass(frozen=True)
class MatchValue:
    """The payload field equals ``value`` (or, for a list field, contains it)."""

    key: str
    value: str | int | bool


@dataclass(frozen=True)
class MatchAny:
    """The payload field equals (or, for a list field, contains) any of ``values``.

    An empty ``values`` matches nothing, like an empty ``Or``.
    """

    key: str
    values: tuple[str | int, ...]

    def __init__(self, key: str, values: list[str] | list[int] | tuple[str | int, ...]) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "values", tuple(values))


@dataclass(frozen=True)
class And:
    """All clauses hold. An empty ``And`` matches everything."""

    clauses: tuple[Filter, ...]

    def __init__(self, clauses: list[Filter] | tuple[Filter, ...]) -> None:
        object.__setattr__(self, "clauses", tuple(clauses))


@dataclass(frozen=True)
class Or:
    """At least one clause holds. An empty ``Or`` matches nothing.

    That is the logical identity, and the safe reading for access control: a user with no
    group grants must see no group documents, not all of them. Qdrant's own ``should=[]``
    means "no constraint", so the translator (``filters.translate``) special-cases it.
    """

    clauses: tuple[Filter, ...]

    def __init__(self, clauses: list[Filter] | tuple[Filter, ...]) -> None:
        object.__setattr__(self, "clauses", tuple(clauses))


Filter = Union[MatchValue, MatchAny, And, Or]


# ---------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------


class VectorStoreError(Exception):
    """Base class of this seam's errors."""


class VectorStoreUnavailable(VectorStoreError, ComponentUnavailable):
    """A transient failure (server down, timeout, overload): the caller may retry."""


class VectorStoreLocked(VectorStoreError):
    """The embedded store's directory is held by another opener (process or instance)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = str(path)
        super().__init__(
            f"vector store at {self.path} is locked by another process or instance; an "
            "embedded store can be opened by one process only (use a Qdrant server URL "
            "for shared access)"
        )


class CollectionNotFound(VectorStoreError):
    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"vector collection {name!r} does not exist")


class DimensionMismatch(VectorStoreError):
    """The collection was built with another embedder; rebuild it or change its name."""


# ---------------------------------------------------------------------------------------
# The seam
# ---------------------------------------------------------------------------------------


class VectorStore(Protocol):
    def ensure_collection(
        self,
        name: str,
        dimension: int,
        *,
        keyword_fields: Sequence[str] = (),
        tenant_field: str | None = None,
    ) -> None:
        """Create the collection if missing (else check its dimension) and index
        ``keyword_fields`` as keywords, ``tenant_field`` (one of them) as the tenant key.
        Remembered per store: calling it again with the same arguments is a no-op."""
        ...

    def upsert(self, name: str, points: list[Point]) -> None: ...

    def delete(self, name: str, flt: Filter) -> None: ...

    def set_payload(self, name: str, flt: Filter, payload: dict[str, Any]) -> None: ...

    def search(
        self,
        name: str,
        *,
        dense: list[float] | None,
        sparse: SparseVector | None,
        flt: Filter,
        limit: int,
        mode: SearchMode,
    ) -> SearchHits: ...

    def count(self, name: str, flt: Filter | None = None) -> int: ...

    def retrieve_ids(self, name: str, flt: Filter) -> list[str]: ...

    def optimize(self, name: str) -> bool:
        """Index and vacuum the collection now if the backend needs it (blocks); True if it
        did anything. Call it after a bulk ingestion."""
        ...

    def drop_collection(self, name: str) -> None: ...

    def list_collections(self) -> list[str]:
        """Every collection's name, sorted."""
        ...

    def collection_metadata(self, name: str) -> dict[str, str]:
        """The string keys and values stored with the collection (``{}`` when none were
        set); ``CollectionNotFound`` if there is no such collection."""
        ...

    def set_collection_metadata(self, name: str, metadata: dict[str, str]) -> None:
        """Store these keys with the collection (others untouched)."""
        ...

    def close(self) -> None: ...


def reciprocal_rank_fusion(rankings: list[tuple[list[Hit], float]], *, limit: int) -> list[Hit]:
    """Weighted RRF: each point scores the sum over rankings of weight / (RRF_K + rank), rank
    counted from 1. Done here rather than by the engine's fusion: probed with qdrant-edge 0.9
    and qdrant-client 1.20's local mode, Qdrant's weighted RRF favoured the *first* prefetch
    when the second one's weight grew, at a scale unlike its documentation; this exact formula
    is the one bench/fusion.py measured, and it is the same on every backend."""
    scores: dict[str, float] = {}
    payloads: dict[str, dict[str, Any]] = {}
    for hits, weight in rankings:
        for rank, hit in enumerate(stable_order(hits), start=1):
            scores[hit.id] = scores.get(hit.id, 0.0) + weight / (RRF_K + rank)
            payloads.setdefault(hit.id, hit.payload)
    fused = [Hit(id=point, score=scores[point], payload=payloads[point]) for point in scores]
    return stable_order(fused)[:limit]


def stable_order(hits: list[Hit]) -> list[Hit]:
    """Best score first; equal scores by the points' TIE_BREAK_FIELD, then their ids."""
    return sorted(hits, key=lambda hit: (-hit.score, str(hit.payload.get(TIE_BREAK_FIELD, "")), hit.id))


# ---------------------------------------------------------------------------------------
# Argument checks shared by the backends
# ---------------------------------------------------------------------------------------


def check_search_arguments(
    dense: list[float] | None, sparse: SparseVector | None, mode: SearchMode, limit: int
) -> None:
    if limit < 1:
        raise ValueError("limit must be at least 1")
    if mode not in ("dense", "sparse", "hybrid"):
        raise ValueError(f"unknown search mode {mode!r}")
    if mode in ("dense", "hybrid") and dense is None:
        raise ValueError(f"{mode} search needs a dense vector")
    if mode in ("sparse", "hybrid") and sparse is None:
        raise ValueError(f"{mode} search needs a sparse vector")


def check_collection_name(name: str) -> None:
    # The edge backend turns the name into a directory; refuse anything path-like.
    if not _COLLECTION_NAME.match(name) or ".." in name:
        raise ValueError(f"invalid collection name {name!r}")


def check_index_fields(keyword_fields: Sequence[str], tenant_field: str | None) -> tuple[str, ...]:
    """The keyword fields as a tuple; the tenant field must be one of them."""
    if isinstance(keyword_fields, str):
        raise TypeError("keyword_fields is a sequence of field names, not one string")
    fields = tuple(keyword_fields)
    if tenant_field is not None and tenant_field not in fields:
        raise ValueError(f"the tenant field {tenant_field!r} must be one of keyword_fields {fields!r}")
    return fields
