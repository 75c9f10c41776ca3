"""Contract tests for the vector store seam, run against both backends.

Each backend runs embedded on a temporary directory: qdrant-client in local mode and the
qdrant-edge engine. Vectors are small and hand-made so that which point should win is
obvious from reading the test. Organization A belongs to alice and adam, organization B
to bob: bob's points are placed exactly where A's queries aim, so any leak would show.
"""

from __future__ import annotations

import shutil
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from appliance.components.errors import ComponentUnavailable
from appliance.components.vectorstore import (
    RRF_K,
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
    QdrantClientStore,
    QdrantEdgeStore,
    SearchHits,
    SparseVector,
    VectorStore,
    VectorStoreError,
    VectorStoreLocked,
    VectorStoreUnavailable,
    build_vector_store,
    point_id,
    reciprocal_rank_fusion,
)
from appliance.components.vectorstore.filters import FilterBuilders, translate

COLLECTION = "chunks-test-8"
DIMENSION = 8
ORG_A = "org-a"
ORG_B = "org-b"

BACKENDS = ["qdrant-local", "edge"]

# The caller (appliance.access) owns the payload names; these are the ones it indexes.
KEYWORD_FIELDS = ("organization_id", "group_ids", "document_id")
TENANT_FIELD = "organization_id"

# Sparse term ids, as a lexical encoder would produce them.
TERM_LEAVE = 11  # 休暇
TERM_EXPENSES = 12  # 経費
TERM_SALARY = 13  # 給与
TERM_TIED = 14  # a word only the tie test's points hold


def axis(index: int, wobble: float = 0.0) -> list[float]:
    """A unit-ish vector along one axis, optionally tilted towards the next one."""
    vector = [0.0] * DIMENSION
    vector[index] = 1.0
    vector[(index + 1) % DIMENSION] = wobble
    return vector


def make_point(
    document_id: str,
    chunk_index: int,
    *,
    organization_id: str,
    group_ids: list[str],
    dense: list[float],
    terms: dict[int, float],
) -> Point:
    return Point(
        id=point_id(document_id, chunk_index),
        dense=dense,
        sparse=SparseVector(indices=list(terms), values=list(terms.values())),
        payload={
            "organization_id": organization_id,
            "group_ids": group_ids,
            "document_id": document_id,
            "chunk_index": chunk_index,
        },
    )


def corpus() -> list[Point]:
    return [
        # Organization A: the leave policy (HR group) and the expenses guide (everyone).
        make_point("a-leave", 0, organization_id=ORG_A, group_ids=["hr"],
                   dense=axis(0, 0.3), terms={TERM_LEAVE: 1.0}),
        make_point("a-leave", 1, organization_id=ORG_A, group_ids=["hr"],
                   dense=axis(0, 0.6), terms={TERM_LEAVE: 0.5}),
        make_point("a-expenses", 0, organization_id=ORG_A, group_ids=["all"],
                   dense=axis(2, 0.1), terms={TERM_EXPENSES: 1.0}),
        make_point("a-salary", 0, organization_id=ORG_A, group_ids=["finance"],
                   dense=axis(4, 0.1), terms={TERM_SALARY: 1.0, TERM_LEAVE: 0.2}),
        # Organization B: a leave policy that matches A's leave query better than A's own.
        make_point("b-leave", 0, organization_id=ORG_B, group_ids=["hr", "all"],
                   dense=axis(0), terms={TERM_LEAVE: 3.0}),
    ]


def ids_of(document_id: str, *chunk_indexes: int) -> set[str]:
    return {point_id(document_id, index) for index in chunk_indexes}


ORG_A_ONLY: Filter = MatchValue("organization_id", ORG_A)


def ensure(store: VectorStore, name: str = COLLECTION, dimension: int = DIMENSION) -> None:
    store.ensure_collection(name, dimension, keyword_fields=KEYWORD_FIELDS, tenant_field=TENANT_FIELD)


@pytest.fixture(params=BACKENDS)
def open_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], VectorStore]]:
    """Opens the parametrized backend on one directory; closes whatever it opened."""
    opened: list[VectorStore] = []
    backend: str = request.param

    def open_() -> VectorStore:
        store = build_vector_store(backend, path=str(tmp_path / "vectors"))
        opened.append(store)
        return store

    yield open_
    for store in opened:
        store.close()


@pytest.fixture
def store(open_store: Callable[[], VectorStore]) -> VectorStore:
    store = open_store()
    ensure(store)
    store.upsert(COLLECTION, corpus())
    return store


def test_it_finds_the_nearest_point_by_dense_vector(store: VectorStore) -> None:
    hits = store.search(COLLECTION, dense=axis(2), sparse=None, flt=ORG_A_ONLY, limit=2,
                        mode="dense").hits

    assert hits[0].id == point_id("a-expenses", 0)
    assert hits[0].payload["document_id"] == "a-expenses"
    assert hits[0].score == pytest.approx(1 / (1 + 0.1**2) ** 0.5, abs=1e-4)  # cosine
    assert len(hits) == 2


def test_it_finds_points_by_sparse_terms(store: VectorStore) -> None:
    hits = store.search(COLLECTION, dense=None, sparse=SparseVector([TERM_EXPENSES], [1.0]),
                        flt=ORG_A_ONLY, limit=10, mode="sparse").hits

    assert [hit.id for hit in hits] == [point_id("a-expenses", 0)]


def test_a_sparse_query_without_terms_finds_nothing(store: VectorStore) -> None:
    hits = store.search(COLLECTION, dense=None, sparse=SparseVector([], []), flt=ORG_A_ONLY,
                        limit=10, mode="sparse").hits

    assert hits == []


def test_hybrid_search_fuses_dense_and_sparse_rankings(store: VectorStore) -> None:
    # Dense aims at the expenses guide; only the salary page has the sparse term. The dense
    # branch ranks every point of the organization (cosine 0 still ranks), so the salary page
    # is in both lists and wins; the expenses guide, first in one list, comes second.
    hits = store.search(COLLECTION, dense=axis(2), sparse=SparseVector([TERM_SALARY], [1.0]),
                        flt=ORG_A_ONLY, limit=4, mode="hybrid").hits

    assert [hit.id for hit in hits[:2]] == [point_id("a-salary", 0), point_id("a-expenses", 0)]
    scores = [hit.score for hit in hits]
    assert scores == sorted(scores, reverse=True)
    # Weighted RRF: the sum of weight/(k + rank), ranks from 1; ranks, not cosines, so the
    # same on both backends. The expenses guide is first in the dense list only; the salary
    # page is first in the (weighted) sparse list and also in the dense one.
    assert scores[1] == pytest.approx(1 / (RRF_K + 1), abs=1e-9)
    assert SPARSE_WEIGHT / (RRF_K + 1) < scores[0] < (SPARSE_WEIGHT + 1) / (RRF_K + 1)


@pytest.mark.parametrize("mode", ["dense", "sparse", "hybrid"])
def test_it_hides_other_org_points_even_when_they_match_best(
    store: VectorStore, mode: str
) -> None:
    hits = store.search(COLLECTION, dense=axis(0), sparse=SparseVector([TERM_LEAVE], [1.0]),
                        flt=ORG_A_ONLY, limit=10, mode=mode).hits  # type: ignore[arg-type]

    assert hits, "organization A has matching points"
    assert {hit.payload["organization_id"] for hit in hits} == {ORG_A}
    assert point_id("b-leave", 0) not in {hit.id for hit in hits}


def test_the_outsider_sees_only_his_own_org(store: VectorStore) -> None:
    bob_filter = MatchValue("organization_id", ORG_B)

    hits = store.search(COLLECTION, dense=axis(2), sparse=SparseVector([TERM_EXPENSES], [1.0]),
                        flt=bob_filter, limit=10, mode="hybrid").hits

    assert [hit.id for hit in hits] == [point_id("b-leave", 0)]


def test_it_restricts_results_to_granted_groups(store: VectorStore) -> None:
    alice_in_hr = And([ORG_A_ONLY, Or([MatchAny("group_ids", ["hr", "all"])])])

    hits = store.search(COLLECTION, dense=axis(4), sparse=None, flt=alice_in_hr, limit=10,
                        mode="dense").hits

    assert {hit.id for hit in hits} == ids_of("a-leave", 0, 1) | ids_of("a-expenses", 0)


def test_group_grants_are_ored(store: VectorStore) -> None:
    grants = And([ORG_A_ONLY, Or([MatchValue("group_ids", "finance"), MatchValue("group_ids", "all")])])

    assert set(store.retrieve_ids(COLLECTION, grants)) == ids_of("a-salary", 0) | ids_of("a-expenses", 0)


@pytest.mark.parametrize(
    "no_grants",
    [Or([]), MatchAny("group_ids", []), And([ORG_A_ONLY, Or([])]),
     Or([Or([]), MatchAny("group_ids", [])])],
    ids=["empty-or", "empty-match-any", "org-and-empty-or", "or-of-empties"],
)
def test_an_empty_grant_matches_nothing(store: VectorStore, no_grants: Filter) -> None:
    hits = store.search(COLLECTION, dense=axis(0), sparse=SparseVector([TERM_LEAVE], [1.0]),
                        flt=no_grants, limit=10, mode="hybrid").hits

    assert hits == []
    assert store.count(COLLECTION, no_grants) == 0



def test_the_one_translator_reads_an_empty_or_and_an_empty_match_any_as_nothing() -> None:
    # Both backends build their native filters through filters.translate; with recording
    # builders, the rule is visible without an engine.
    recording = FilterBuilders[Any](
        field_equals=lambda key, value: ("equals", key, value),
        field_any=lambda key, values: ("any", key, tuple(values)),
        must=lambda filters: ("must", tuple(filters)),
        should=lambda filters: ("should", tuple(filters)),
        nothing=lambda: "nothing",
    )

    assert translate(Or([]), recording) == "nothing"
    assert translate(MatchAny("group_ids", []), recording) == "nothing"
    assert translate(And([]), recording) == ("must", ())
    assert translate(And([ORG_A_ONLY, Or([MatchAny("group_ids", ["hr"])])]), recording) == (
        "must",
        (("equals", "organization_id", ORG_A), ("should", (("any", "group_ids", ("hr",)),))),
    )
    with pytest.raises(TypeError):
        translate("organization_id = 1", recording)  # type: ignore[arg-type]

def test_an_empty_and_matches_everything(store: VectorStore) -> None:
    assert store.count(COLLECTION, And([])) == 5


def test_it_counts_with_and_without_a_filter(store: VectorStore) -> None:
    assert store.count(COLLECTION) == 5
    assert store.count(COLLECTION, ORG_A_ONLY) == 4
    assert store.count(COLLECTION, MatchValue("document_id", "a-leave")) == 2


def test_it_retrieves_ids_by_filter(store: VectorStore) -> None:
    ids = store.retrieve_ids(COLLECTION, MatchValue("document_id", "a-leave"))

    assert sorted(ids) == sorted(ids_of("a-leave", 0, 1))


def test_it_deletes_by_document_id(store: VectorStore) -> None:
    store.delete(COLLECTION, And([ORG_A_ONLY, MatchValue("document_id", "a-leave")]))

    assert store.count(COLLECTION) == 3
    assert store.retrieve_ids(COLLECTION, MatchValue("document_id", "a-leave")) == []
    hits = store.search(COLLECTION, dense=axis(0), sparse=None, flt=ORG_A_ONLY, limit=10,
                        mode="dense").hits
    assert not {hit.id for hit in hits} & ids_of("a-leave", 0, 1)


def test_reupserting_the_same_ids_is_idempotent(store: VectorStore) -> None:
    changed = corpus()
    changed[2].payload["title"] = "経費精算ガイド 第2版"

    store.upsert(COLLECTION, changed)
    store.upsert(COLLECTION, changed)

    assert store.count(COLLECTION) == 5
    hits = store.search(COLLECTION, dense=axis(2), sparse=None, flt=ORG_A_ONLY, limit=1,
                        mode="dense").hits
    assert hits[0].payload["title"] == "経費精算ガイド 第2版"


def test_it_persists_after_close_and_reopen(open_store: Callable[[], VectorStore]) -> None:
    first = open_store()
    ensure(first)
    first.upsert(COLLECTION, corpus())
    first.delete(COLLECTION, MatchValue("document_id", "a-salary"))
    first.close()

    reopened = open_store()
    ensure(reopened)  # on an existing collection: checks it, creates nothing

    assert reopened.count(COLLECTION) == 4
    hits = reopened.search(COLLECTION, dense=axis(0), sparse=SparseVector([TERM_LEAVE], [1.0]),
                           flt=ORG_A_ONLY, limit=10, mode="hybrid").hits
    assert {hit.id for hit in hits} == ids_of("a-leave", 0, 1) | ids_of("a-expenses", 0)


def test_a_second_opener_gets_a_clear_lock_error(
    open_store: Callable[[], VectorStore], tmp_path: Path
) -> None:
    open_store()

    with pytest.raises(VectorStoreLocked) as raised:
        open_store()

    assert str(tmp_path / "vectors") in str(raised.value)


def test_it_refuses_a_collection_of_another_dimension(store: VectorStore) -> None:
    with pytest.raises(DimensionMismatch):
        ensure(store, dimension=DIMENSION * 2)


def test_it_drops_a_collection(store: VectorStore) -> None:
    store.drop_collection(COLLECTION)

    with pytest.raises(CollectionNotFound):
        store.count(COLLECTION)
    ensure(store)
    assert store.count(COLLECTION) == 0


def test_a_missing_collection_is_reported_by_name(open_store: Callable[[], VectorStore]) -> None:
    store = open_store()

    with pytest.raises(CollectionNotFound, match="nowhere"):
        store.search("nowhere", dense=axis(0), sparse=None, flt=ORG_A_ONLY, limit=1,
                     mode="dense")


def test_collections_are_independent(store: VectorStore) -> None:
    store.ensure_collection("other-model-4", 4)
    store.upsert("other-model-4", [
        Point(id=point_id("x", 0), dense=[1.0, 0, 0, 0], sparse=SparseVector([1], [1.0]),
              payload={"organization_id": ORG_A, "group_ids": [], "document_id": "x"})
    ])

    assert store.count("other-model-4") == 1
    assert store.count(COLLECTION) == 5


def test_search_requires_the_vectors_its_mode_uses(store: VectorStore) -> None:
    with pytest.raises(ValueError):
        store.search(COLLECTION, dense=None, sparse=SparseVector([1], [1.0]), flt=ORG_A_ONLY,
                     limit=1, mode="hybrid")



def test_search_returns_the_best_dense_score_of_the_same_call(store: VectorStore) -> None:
    dense_only = store.search(COLLECTION, dense=axis(2), sparse=None, flt=ORG_A_ONLY, limit=3,
                              mode="dense")
    hybrid = store.search(COLLECTION, dense=axis(2), sparse=SparseVector([TERM_SALARY], [1.0]),
                          flt=ORG_A_ONLY, limit=3, mode="hybrid")
    sparse_only = store.search(COLLECTION, dense=None, sparse=SparseVector([TERM_SALARY], [1.0]),
                               flt=ORG_A_ONLY, limit=3, mode="sparse")

    assert isinstance(dense_only, SearchHits)
    assert dense_only.best_dense_score == dense_only.hits[0].score
    assert dense_only.best_dense_score == pytest.approx(1 / (1 + 0.1**2) ** 0.5, abs=1e-4)
    # Hybrid hits carry fused (rank) scores; the dense cosine is the dense branch's.
    assert hybrid.best_dense_score == pytest.approx(dense_only.best_dense_score, abs=1e-6)
    assert hybrid.hits[0].score != pytest.approx(hybrid.best_dense_score)
    assert sparse_only.hits and sparse_only.best_dense_score is None


def test_no_dense_hit_means_no_best_dense_score(store: VectorStore) -> None:
    found = store.search(COLLECTION, dense=axis(0), sparse=SparseVector([TERM_LEAVE], [1.0]),
                         flt=Or([]), limit=5, mode="hybrid")

    assert found == SearchHits(hits=[], best_dense_score=None)


def test_ensure_collection_is_remembered_until_the_collection_is_dropped(
    store: VectorStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    ensure_native = store._ensure_native  # type: ignore[attr-defined]

    def counting(name: str, *arguments: Any) -> None:
        calls.append(name)
        ensure_native(name, *arguments)

    monkeypatch.setattr(store, "_ensure_native", counting)

    ensure(store)
    ensure(store)
    assert calls == []  # ensured by the fixture: the backend is not asked again

    store.drop_collection(COLLECTION)
    ensure(store)
    ensure(store)
    assert calls == [COLLECTION]
    assert store.count(COLLECTION) == 0
    with pytest.raises(DimensionMismatch):  # other arguments are checked against the backend
        ensure(store, dimension=DIMENSION * 2)


def test_a_collection_dropped_behind_the_stores_back_is_ensured_again(
    store: VectorStore, tmp_path: Path
) -> None:
    # As when another process drops it: the CollectionNotFound makes the store forget.
    if isinstance(store, QdrantEdgeStore):
        store._shards.pop(COLLECTION).close()
        shutil.rmtree(tmp_path / "vectors" / COLLECTION)
    else:
        assert isinstance(store, QdrantClientStore)
        store._client.delete_collection(COLLECTION)

    with pytest.raises(CollectionNotFound):
        store.count(COLLECTION)
    ensure(store)

    assert store.count(COLLECTION) == 0


def test_the_tenant_field_must_be_one_of_the_keyword_fields(store: VectorStore) -> None:
    with pytest.raises(ValueError):
        store.ensure_collection("other-8", DIMENSION, keyword_fields=("group_ids",),
                                tenant_field="organization_id")


def test_optimize_is_part_of_the_seam(store: VectorStore) -> None:
    optimized = store.optimize(COLLECTION)

    assert isinstance(optimized, bool)
    if isinstance(store, QdrantClientStore):
        assert optimized is False  # a server optimizes by itself
    assert store.count(COLLECTION) == 5

# --- backend-specific behaviour --------------------------------------------------------


def test_point_ids_are_deterministic_uuids() -> None:
    assert point_id("doc-1", 0) == point_id("doc-1", 0)
    assert point_id("doc-1", 0) != point_id("doc-1", 1)
    assert point_id("doc-1", 10) != point_id("doc-11", 0)
    assert len(point_id("doc-1", 0)) == 36


def test_the_factory_builds_each_backend(tmp_path: Path) -> None:
    edge = build_vector_store("qdrant-edge", path=str(tmp_path / "edge"))
    local = build_vector_store("qdrant", path=str(tmp_path / "local"))
    try:
        assert isinstance(edge, QdrantEdgeStore)
        assert isinstance(local, QdrantClientStore)
    finally:
        edge.close()
        local.close()
    with pytest.raises(ValueError):
        build_vector_store("qdrant-edge", path=None)
    with pytest.raises(ValueError):
        build_vector_store("faiss", path=str(tmp_path))


def test_an_unreachable_server_raises_a_retryable_error() -> None:
    with socket.socket() as probe:  # a port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    store = QdrantClientStore(url=f"http://127.0.0.1:{port}", timeout=2)
    try:
        with pytest.raises(VectorStoreUnavailable):
            store.count(COLLECTION)
    finally:
        store.close()



def test_unavailable_is_the_components_transient_error() -> None:
    assert issubclass(VectorStoreUnavailable, VectorStoreError)
    assert issubclass(VectorStoreUnavailable, ComponentUnavailable)


def test_the_edge_store_indexes_the_fields_it_is_given(tmp_path: Path) -> None:
    store = QdrantEdgeStore(tmp_path / "edge")
    try:
        store.ensure_collection(COLLECTION, DIMENSION)
        assert store._shard(COLLECTION).info().payload_schema == {}

        ensure(store)  # new arguments: the missing indexes are added to the existing shard

        schema = store._shard(COLLECTION).info().payload_schema
        assert set(schema) == set(KEYWORD_FIELDS)
        assert schema[TENANT_FIELD].params.is_tenant
        assert not schema["group_ids"].params.is_tenant
    finally:
        store.close()

def test_an_invalid_collection_name_is_refused(tmp_path: Path) -> None:
    store = QdrantEdgeStore(tmp_path / "edge")
    try:
        with pytest.raises(ValueError):
            store.ensure_collection("../escape", DIMENSION)
    finally:
        store.close()


def test_match_any_refuses_mixed_value_types(store: VectorStore) -> None:
    with pytest.raises(TypeError):
        store.count(COLLECTION, MatchAny("group_ids", ["hr", 3]))  # type: ignore[arg-type]


def test_the_edge_store_optimizes_without_changing_results(tmp_path: Path) -> None:
    store = QdrantEdgeStore(tmp_path / "edge")
    try:
        ensure(store)
        store.upsert(COLLECTION, corpus())
        store.delete(COLLECTION, MatchValue("document_id", "a-salary"))

        store.optimize(COLLECTION)

        assert store.count(COLLECTION) == 4
        hits = store.search(COLLECTION, dense=axis(2), sparse=None, flt=ORG_A_ONLY, limit=1,
                            mode="dense").hits
        assert hits[0].id == point_id("a-expenses", 0)
    finally:
        store.close()


def test_fusion_weights_the_keyword_branch_as_documented() -> None:
    def hits(*names: str) -> list[Hit]:
        return [Hit(id=name, score=1.0 - rank / 10, payload={"name": name}) for rank, name in enumerate(names)]

    # A leads the dense ranking, C the keyword ranking: with the keyword branch weighted
    # above 1, C wins; with equal weights, first places tie and the id breaks the tie.
    fused = reciprocal_rank_fusion([(hits("A", "B", "C"), 1.0), (hits("C", "B", "A"), 2.0)], limit=3)
    assert [hit.id for hit in fused] == ["C", "B", "A"]
    assert fused[0].score == pytest.approx(2 / (RRF_K + 1) + 1 / (RRF_K + 3))
    assert fused[0].payload == {"name": "C"}
    equal = reciprocal_rank_fusion([(hits("A", "B"), 1.0), (hits("B", "A"), 1.0)], limit=1)
    assert [hit.id for hit in equal] == ["A"]


def test_ties_fall_by_the_points_content_not_their_ids() -> None:
    """Point ids carry the document's id, new on every upload: equal scores are ranked by the
    payload's tie-break field (the text's hash), so the same documents rank the same way."""
    def hit(point: str, score: float, tie: str) -> Hit:
        return Hit(id=point, score=score, payload={TIE_BREAK_FIELD: tie})

    # As an engine returns them: a tie in id order.
    keyword = [hit("a-first-upload", 2.0, "bbb"), hit("z-first-upload", 2.0, "aaa"), hit("m", 1.0, "ccc")]
    dense = [hit("m", 0.9, "ccc"), hit("a-first-upload", 0.5, "bbb"), hit("z-first-upload", 0.5, "aaa")]
    fused = reciprocal_rank_fusion([(dense, 1.0), (keyword, 1.0)], limit=3)
    # Each branch's tie goes to "aaa" (ranked by id, "a-first-upload" would lead instead).
    assert [hit.id for hit in fused] == ["z-first-upload", "m", "a-first-upload"]
    # Without the field (points indexed before it), the id decides, as before.
    bare = [Hit(id="b", score=1.0, payload={}), Hit(id="a", score=1.0, payload={})]
    assert [hit.id for hit in reciprocal_rank_fusion([(bare, 1.0)], limit=2)] == ["a", "b"]


def test_a_keyword_tie_is_ranked_by_the_tie_break_field(store: VectorStore) -> None:
    """Two chunks matching a query by the same words score the same: the engine would order
    them by id, the store by their tie-break field, on both backends and in every mode."""
    points = []
    for document_id, tie in (("doc-1", "bbb"), ("doc-2", "aaa"), ("doc-3", "ccc")):
        point = make_point(document_id, 0, organization_id=ORG_A, group_ids=["all"], dense=axis(6), terms={TERM_TIED: 1.0})
        point.payload[TIE_BREAK_FIELD] = tie
        points.append(point)
    store.upsert(COLLECTION, points)
    expected = [point_id("doc-2", 0), point_id("doc-1", 0), point_id("doc-3", 0)]
    for mode in ("sparse", "dense", "hybrid"):
        found = store.search(COLLECTION, dense=axis(6), sparse=SparseVector(indices=[TERM_TIED], values=[1.0]),
                             flt=ORG_A_ONLY, limit=3, mode=mode).hits
        assert [hit.id for hit in found] == expected, mode


def test_it_lists_its_collections(store: VectorStore) -> None:
    store.ensure_collection("other-model-4", 4)

    assert store.list_collections() == sorted([COLLECTION, "other-model-4"])
    store.drop_collection("other-model-4")
    assert store.list_collections() == [COLLECTION]


def test_metadata_stays_with_its_collection_across_a_reopen(open_store: Callable[[], VectorStore]) -> None:
    first = open_store()
    ensure(first)
    first.ensure_collection("other-model-4", 4)
    assert first.collection_metadata(COLLECTION) == {}
    first.set_collection_metadata(COLLECTION, {"embedder": "model-a", "dimension": "8"})
    first.set_collection_metadata(COLLECTION, {"state": "ready"})  # merged, not replaced
    first.close()

    reopened = open_store()
    assert reopened.collection_metadata(COLLECTION) == {"embedder": "model-a", "dimension": "8", "state": "ready"}
    assert reopened.collection_metadata("other-model-4") == {}


def test_metadata_of_a_missing_collection_is_reported_by_name(store: VectorStore) -> None:
    with pytest.raises(CollectionNotFound, match="nowhere"):
        store.collection_metadata("nowhere")
    with pytest.raises(CollectionNotFound, match="nowhere"):
        store.set_collection_metadata("nowhere", {"state": "ready"})
