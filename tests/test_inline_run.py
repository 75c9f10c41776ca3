"""`ingest --inline`'s pipeline (ingestion.tasks.InlineRun): documents parsed while the
embedding worker processes embed the chunks of the documents before them, several
documents' chunks in one call; real files, PostgreSQL, vector store and model."""

from __future__ import annotations

import pytest

from appliance import components, index
from appliance.access import organization_filter
from appliance.access import payload as keys
from appliance.components.embedding import TorchE5Embedder, parallel_embedding
from ingestion.indexing import embedding_text
from ingestion.models import Chunk, Document
from ingestion.services import document_submit
from ingestion.tasks import InlineRun
from tests import filemakers
from tests.conftest import World
from tests.ingest_helpers import points_of

GOOD = {
    "防災.md": "# 防災訓練\n\n本社の防災訓練は十一月十五日に実施します。集合場所は屋上広場です。",
    "出張.md": "# 出張規程\n\n国内出張の日当は一日三千円です。宿泊費の上限は一泊一万二千円です。",
    "休暇.md": "# 休暇規程\n\n年次有給休暇は入社半年後に十日付与されます。申請は三日前までに行います。",
    "備品.md": "# 備品管理\n\nノートパソコンの貸与期間は四年です。返却先は情報システム部です。",
}


@pytest.fixture(autouse=True)
def fresh_vectors(db: None):
    components.vector_store().drop_collection(index.collection_name())
    yield
    components.vector_store().drop_collection(index.collection_name())


def submit(world: World, filename: str, data: bytes) -> str:
    submission = document_submit(
        organization=world.org_a, uploaded_by=None, filename=filename, data=data, size=len(data), enqueue=False
    )
    assert submission.outcome == "queued"
    return str(submission.document.id)


def test_documents_embedded_together_get_their_own_vectors_and_a_broken_file_fails_alone(world: World) -> None:
    embedder = components.embedder()
    assert isinstance(embedder, TorchE5Embedder)
    names = list(GOOD)
    # The broken file in the middle: the documents before it are being embedded while it fails.
    files = [(name, GOOD[name].encode()) for name in names[:2]]
    files.append(("truncated.pdf", filemakers.make_japanese_pdf(["途中で切れたPDF"])[:300]))
    files += [(name, GOOD[name].encode()) for name in names[2:]]
    ids = {name: submit(world, name, data) for name, data in files}
    finished: list[tuple[str, bool]] = []

    with parallel_embedding(embedder, workers=2):
        # Two one-chunk documents per call to the workers: a call is in flight while the next
        # documents parse, and another waits behind it.
        run = InlineRun(on_done=lambda document_id, indexed: finished.append((document_id, indexed)), embed_at_least=2)
        for name, _ in files:
            run.add(ids[name])
        results = run.finish()
        assert embedder._ahead == {}  # nothing embedded ahead is kept once written

    expected = {ids[name]: name != "truncated.pdf" for name, _ in files}
    assert results == expected
    # Each document reported once, the broken one as soon as it failed.
    assert sorted(finished) == sorted(expected.items())
    assert finished[0] == (ids["truncated.pdf"], False)

    broken = Document.objects.get(pk=ids["truncated.pdf"])
    assert broken.status == Document.Status.FAILED and broken.error
    store = components.vector_store()
    for name in names:
        document = Document.objects.get(pk=ids[name])
        assert document.status == Document.Status.INDEXED, (name, document.error)
        assert document.chunk_count > 0 and points_of(document) == document.chunk_count
        # Every point carries its own chunk's vector: the vector of its text embedded alone,
        # in this process, finds it first with the same score.
        for chunk in Chunk.objects.filter(document=document, generation=document.generation):
            text = embedding_text(title=document.title, heading_path=chunk.heading_path, text=chunk.text)
            hits = store.search(
                index.collection(), dense=embedder.embed_documents([text])[0], sparse=None,
                flt=organization_filter(organization_id=world.org_a.id), limit=1, mode="dense",
            ).hits
            assert hits[0].payload[keys.DOCUMENT_ID] == str(document.id)
            assert hits[0].payload[keys.ORDER] == chunk.order
            assert hits[0].score > 0.998


def test_without_worker_processes_each_document_runs_as_run_inline_does(world: World) -> None:
    ids = [submit(world, name, text.encode()) for name, text in GOOD.items()]
    ids.append(submit(world, "empty.txt", b"   "))
    run = InlineRun()
    for document_id in ids:
        run.add(document_id)
    results = run.finish()
    assert results == {document_id: document_id != ids[-1] for document_id in ids}
    assert Document.objects.get(pk=ids[-1]).status == Document.Status.FAILED
