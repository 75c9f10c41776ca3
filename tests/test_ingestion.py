"""The ingestion pipeline end to end on real files, real PostgreSQL and a real vector store."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.http import Http404

from appliance import components, index
from appliance.access import ORGANIZATION_WIDE, document_filter, organization_filter
from appliance.tenancy.selectors import actor_get
from ingestion.models import Chunk, Document
from ingestion.selectors import batch_progress, document_get, document_list
from ingestion.services import (
    document_delete,
    document_replace,
    document_set_visibility,
    documents_reindex,
)
from tests import filemakers
from tests.conftest import World
from tests.ingest_helpers import ingest_bytes, points_of, run_pipeline

DEMO = Path(__file__).resolve().parent.parent / "deploy" / "demo-documents"


@pytest.fixture(autouse=True)
def fresh_vectors(db: None):
    components.vector_store().drop_collection(index.collection_name())
    yield
    # looked up again: a test may have handed the store to a worker process meanwhile
    components.vector_store().drop_collection(index.collection_name())


def ingest_command(*args: str) -> list[dict]:
    """The command's JSON; it must have exited 1 exactly when a file failed."""
    out = io.StringIO()
    try:
        call_command("ingest", *args, "--json", stdout=out)
    except CommandError as error:
        results = json.loads(out.getvalue())
        assert error.returncode == 1 and any(r["status"] == "failed" for r in results), error
        return results
    results = json.loads(out.getvalue())
    assert not any(r["status"] == "failed" for r in results), "a file failed but ingest exited 0"
    return results


def test_ingest_exits_1_when_a_file_failed_with_its_json_unchanged(world: World, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ok.md").write_text("# 見出し\n\n本文です。", encoding="utf-8")
    out = io.StringIO()
    with pytest.raises(CommandError, match="1 of 2 file") as raised:
        call_command("ingest", str(tmp_path), "--org", "org-a", "--json", stdout=out)
    assert raised.value.returncode == 1
    results = json.loads(out.getvalue())
    assert [(Path(r["path"]).name, r["status"]) for r in results] == [("empty.txt", "failed"), ("ok.md", "queued")]
    (tmp_path / "empty.txt").unlink()
    (tmp_path / "ok2.md").write_text("# 別の文書\n\n本文。", encoding="utf-8")
    call_command("ingest", str(tmp_path / "ok2.md"), "--org", "org-a", stdout=io.StringIO())  # no exception: exit 0


def test_it_indexes_a_mixed_japanese_folder_and_bad_files_fail_alone(world: World, tmp_path: Path, settings) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for source in DEMO.rglob("*"):
        if source.is_file():
            (folder / source.name).write_bytes(source.read_bytes())
    bad = {
        "empty.pdf": b"",
        "not-really.docx": "これはただのテキストです。".encode(),
        "truncated.pdf": filemakers.make_japanese_pdf(["途中で切れたPDF"])[:300],
        "secret.pdf": filemakers.make_japanese_pdf(["社外秘"], user_password="pw"),
        "bomb.docx": filemakers.make_zip_bomb_docx(64 * 1024 * 1024),
        "blank.png": filemakers.make_blank_png(),
        "huge.txt": "あ".encode() * 400_000,
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    settings.UPLOAD_MAX_BYTES = 1024 * 1024
    settings.UPLOAD_MAX_UNCOMPRESSED_BYTES = 16 * 1024 * 1024

    results = ingest_command(str(folder), "--org", "org-a", "--inline")

    by_name = {Path(result["path"]).name: result for result in results}
    assert set(by_name) == {p.name for p in folder.iterdir()}
    for result in results:
        assert set(result) == {"path", "document_id", "status", "chunks", "error"}
    good = [name for name in by_name if name not in bad]
    for name in good:
        assert by_name[name]["status"] == "indexed", (name, by_name[name]["error"])
        assert by_name[name]["chunks"] > 0
        assert by_name[name]["error"] is None
    for name in bad:
        assert by_name[name]["status"] == "failed", name
        assert by_name[name]["error"], name
    assert "empty" in by_name["empty.pdf"]["error"]
    assert "limit" in by_name["huge.txt"]["error"]
    assert "encrypt" in by_name["secret.pdf"]["error"].lower()
    # every indexed chunk has exactly one point, and nothing else is in the store for org A
    store = components.vector_store()
    total_chunks = sum(by_name[name]["chunks"] for name in good)
    assert store.count(index.collection(), organization_filter(organization_id=world.org_a.id)) == total_chunks


def test_japanese_text_comes_out_right_with_pages(world: World) -> None:
    document = ingest_bytes(world.org_a, "就業規則.pdf", (DEMO / "就業規則.pdf").read_bytes())
    assert document.status == "indexed" and document.page_count == 4
    vacation = Chunk.objects.get(document=document, generation=document.generation, text__contains="3営業日前")
    assert vacation.page == 3
    assert "年次有給休暇" in vacation.text


def test_the_scanned_page_is_read_by_ocr(world: World) -> None:
    document = ingest_bytes(world.org_a, "scan.pdf", (DEMO / "防災マニュアル_スキャン.pdf").read_bytes())
    assert document.status == "indexed"
    assert document.ocr_pages == [1]
    text = "".join(Chunk.objects.filter(document=document).values_list("text", flat=True))
    assert "中央公園" in text


def test_points_carry_the_access_payload(world: World) -> None:
    shared = ingest_bytes(world.org_a, "faq.html", (DEMO / "社内FAQ.html").read_bytes())
    restricted = ingest_bytes(world.org_a, "salary.csv", (DEMO / "人事" / "給与テーブル.csv").read_bytes(), groups=[world.legal_a])
    store = components.vector_store()
    for document, groups in [(shared, [ORGANIZATION_WIDE]), (restricted, [str(world.legal_a.id)])]:
        hits = store.search(
            index.collection(),
            dense=components.embedder().embed_query("再発行"),
            sparse=None,
            flt=document_filter(organization_id=world.org_a.id, document_id=str(document.id)),
            limit=50,
            mode="dense",
        ).hits
        assert len(hits) == document.chunk_count
        for hit in hits:
            assert hit.payload["organization_id"] == str(world.org_a.id)
            assert hit.payload["group_ids"] == groups
            assert hit.payload["document_id"] == str(document.id)


def test_reingesting_the_same_bytes_is_a_no_op(world: World, tmp_path: Path) -> None:
    path = tmp_path / "security.md"
    path.write_bytes((DEMO / "情報セキュリティ方針.md").read_bytes())
    first = ingest_command(str(path), "--org", "org-a", "--inline")[0]
    second = ingest_command(str(path), "--org", "org-a", "--inline")[0]
    assert first["status"] == "indexed"
    assert second["status"] == "duplicate" and second["document_id"] == first["document_id"]
    document = Document.objects.get(pk=first["document_id"])
    assert Document.objects.filter(organization=world.org_a).count() == 1
    assert points_of(document) == document.chunk_count
    # the same bytes in another organization are that organization's own document
    other = ingest_command(str(path), "--org", "org-b", "--inline")[0]
    assert other["status"] == "indexed" and other["document_id"] != first["document_id"]


def test_replacing_a_document_swaps_its_chunks(world: World) -> None:
    document = ingest_bytes(world.org_a, "memo.md", "# 連絡\n\n旧い内容：集合場所は本館です。".encode())
    old_generation = document.generation
    document_replace(document=document, filename="memo.md", data="# 連絡\n\n新しい内容：集合場所は別館の3階です。\n\n持ち物は筆記用具です。".encode())
    document = run_pipeline(str(document.id))
    assert document.status == "indexed" and document.generation == old_generation + 1
    texts = list(Chunk.objects.filter(document=document).values_list("text", flat=True))
    assert any("別館" in text for text in texts)
    assert not any("本館" in text for text in texts)
    assert Chunk.objects.filter(document=document).exclude(generation=document.generation).count() == 0
    assert points_of(document) == document.chunk_count


def test_a_parse_of_replaced_contents_does_not_fail_the_replacement(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """The race the review left open: a parse has marked the document PARSING and is about to
    read its original when the document is replaced, which deletes that original. The old run
    finds it missing; it must not mark the document failed, which would also stop the run
    queued for the new contents."""
    from ingestion import services, storage

    old = "# 連絡\n\n旧い内容：集合場所は本館です。".encode()
    submission = services.document_submit(
        organization=world.org_a, uploaded_by=None, filename="memo.md", data=old, size=len(old), enqueue=False
    )
    document = submission.document
    real_read = storage.original_read

    def replaced_just_before_the_read(**kwargs: object) -> bytes:
        document_replace(document=Document.objects.get(pk=document.pk), filename="memo.md",
                         data="# 連絡\n\n新しい内容：集合場所は別館の3階です。".encode())
        return real_read(**kwargs)  # the real read: the old original is gone now

    monkeypatch.setattr(storage, "original_read", replaced_just_before_the_read)
    assert services.document_parse(document_id=str(document.id)) is False
    monkeypatch.setattr(storage, "original_read", real_read)

    document.refresh_from_db()
    assert document.status == "queued" and document.error == ""
    document = run_pipeline(str(document.id))  # the run queued for the new contents
    assert document.status == "indexed"
    assert any("別館" in text for text in Chunk.objects.filter(document=document).values_list("text", flat=True))


def test_a_parse_of_replaced_contents_does_not_write_its_chunks(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """The old run read the old bytes; then the document was replaced and the replacement's
    run began (PARSING again). When the old run finishes it must not store the old text as
    the document's next generation, which the new run would then find and give up on."""
    from ingestion import services, storage

    old = "# 連絡\n\n旧い内容：集合場所は本館です。".encode()
    document = services.document_submit(
        organization=world.org_a, uploaded_by=None, filename="memo.md", data=old, size=len(old), enqueue=False
    ).document
    real_read = storage.original_read

    def replaced_and_restarted_after_the_read(**kwargs: object) -> bytes:
        data = real_read(**kwargs)
        document_replace(document=Document.objects.get(pk=document.pk), filename="memo.md",
                         data="# 連絡\n\n新しい内容：集合場所は別館の3階です。".encode())
        # The replacement's run has begun: its first step marks the document PARSING.
        Document.objects.filter(pk=document.pk).update(status=Document.Status.PARSING)
        return data

    monkeypatch.setattr(storage, "original_read", replaced_and_restarted_after_the_read)
    assert services.document_parse(document_id=str(document.id)) is False
    monkeypatch.setattr(storage, "original_read", real_read)

    document.refresh_from_db()
    assert document.status == "parsing" and document.pending_generation is None
    assert not Chunk.objects.filter(document=document, text__contains="本館").exists()
    document = run_pipeline(str(document.id))  # the replacement's run carries on
    assert document.status == "indexed"
    texts = list(Chunk.objects.filter(document=document, generation=document.generation).values_list("text", flat=True))
    assert any("別館" in text for text in texts) and not any("本館" in text for text in texts)


def test_a_failing_old_embed_run_does_not_fail_a_replacement(world: World) -> None:
    """The embed task's error paths (vector store down for good, an internal error) fail only a
    document that is still embedding; a replaced, re-queued one goes on."""
    from ingestion import services

    document = ingest_bytes(world.org_a, "memo.md", "# 連絡\n\n旧い内容：集合場所は本館です。".encode())
    document_replace(document=document, filename="memo.md", data="# 連絡\n\n新しい内容：別館です。".encode())
    services.document_fail(document_id=str(document.id), reason="vector store unavailable", stage="embed")
    document.refresh_from_db()
    assert document.status == "queued" and document.error == ""
    # While it is embedding, the same call does fail it, with its reason.
    Document.objects.filter(pk=document.pk).update(status=Document.Status.EMBEDDING)
    services.document_fail(document_id=str(document.id), reason="vector store unavailable", stage="embed")
    document.refresh_from_db()
    assert document.status == "failed" and document.error == "vector store unavailable"


def test_deleting_a_document_removes_its_points_and_original(world: World) -> None:
    document = ingest_bytes(world.org_a, "faq.html", (DEMO / "社内FAQ.html").read_bytes())
    from ingestion.storage import original_path

    path = original_path(organization_id=world.org_a.id, sha256=document.sha256)
    assert path.exists() and points_of(document) > 0
    document_delete(document=document)
    assert not Document.objects.filter(pk=document.pk).exists()
    assert points_of(document) == 0
    assert not path.exists()


def test_reindex_rebuilds_the_vector_store_from_postgres(world: World) -> None:
    documents = [
        ingest_bytes(world.org_a, "faq.html", (DEMO / "社内FAQ.html").read_bytes()),
        ingest_bytes(world.org_b, "security.md", (DEMO / "情報セキュリティ方針.md").read_bytes()),
    ]
    store = components.vector_store()
    store.drop_collection(index.collection_name())
    assert documents_reindex(organization=None) == 2
    for document in documents:
        assert points_of(document) == document.chunk_count
    # reindexing one organization leaves the other untouched and adds no duplicates
    assert documents_reindex(organization=world.org_a) == 1
    for document in documents:
        assert points_of(document) == document.chunk_count


def test_moving_a_document_between_groups_rewrites_its_points(world: World) -> None:
    document = ingest_bytes(world.org_a, "faq.html", (DEMO / "社内FAQ.html").read_bytes(), groups=[world.sales_a])
    document_set_visibility(document=document, groups=[world.legal_a])
    store = components.vector_store()
    hits = store.search(
        index.collection(),
        dense=components.embedder().embed_query("会議室"),
        sparse=None,
        flt=document_filter(organization_id=world.org_a.id, document_id=str(document.id)),
        limit=50,
        mode="dense",
    ).hits
    assert hits and all(hit.payload["group_ids"] == [str(world.legal_a.id)] for hit in hits)


def test_members_list_only_documents_they_may_see(world: World) -> None:
    shared = ingest_bytes(world.org_a, "faq.html", (DEMO / "社内FAQ.html").read_bytes())
    legal = ingest_bytes(world.org_a, "salary.csv", (DEMO / "人事" / "給与テーブル.csv").read_bytes(), groups=[world.legal_a])
    alice = actor_get(user=world.alice, organization=world.org_a)
    adam = actor_get(user=world.adam, organization=world.org_a)
    bob = actor_get(user=world.bob, organization=world.org_b)
    assert set(document_list(fetched_by=alice)) == {shared}
    assert set(document_list(fetched_by=adam)) == {shared, legal}
    assert list(document_list(fetched_by=bob)) == []
    with pytest.raises(Http404):
        document_get(document_id=legal.id, fetched_by=alice)
    with pytest.raises(Http404):
        document_get(document_id=shared.id, fetched_by=bob)


def test_batch_progress_counts_each_stage_for_admins_only(world: World, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# 見出し\n\n本文です。", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    results = ingest_command(str(tmp_path), "--org", "org-a", "--inline")
    batch = Document.objects.get(pk=results[0]["document_id"]).batch
    adam = actor_get(user=world.adam, organization=world.org_a)
    progress = batch_progress(batch_id=batch.id, fetched_by=adam)
    assert progress["total"] == 2 and progress["done"] == 2
    assert progress["counts"]["indexed"] == 1 and progress["counts"]["failed"] == 1
    with pytest.raises(Http404):
        batch_progress(batch_id=batch.id, fetched_by=actor_get(user=world.alice, organization=world.org_a))
    with pytest.raises(Http404):
        batch_progress(batch_id=batch.id, fetched_by=actor_get(user=world.bob, organization=world.org_b))


def test_ingest_wait_hands_the_files_to_the_workers_and_waits(transactional_db: None, world: World, tmp_path: Path) -> None:
    from tests.worker import start_worker, stop_worker

    components.reset()  # the worker process must own the embedded store
    (tmp_path / "faq.html").write_bytes((DEMO / "社内FAQ.html").read_bytes())
    (tmp_path / "empty.md").write_bytes(b"")
    worker = start_worker()
    try:
        results = ingest_command(str(tmp_path), "--org", "org-a", "--wait")
    finally:
        stop_worker(worker)
    by_name = {Path(r["path"]).name: r for r in results}
    assert by_name["faq.html"]["status"] == "indexed" and by_name["faq.html"]["chunks"] > 0
    assert by_name["empty.md"]["status"] == "failed" and "empty" in by_name["empty.md"]["error"]
    document = Document.objects.get(pk=by_name["faq.html"]["document_id"])
    assert points_of(document) == document.chunk_count


def test_a_failed_file_uploaded_again_takes_the_visibility_chosen_now(world: World) -> None:
    from ingestion.services import document_submit

    broken = filemakers.make_japanese_pdf(["途中で切れたPDF"])[:300]
    first = ingest_bytes(world.org_a, "broken.pdf", broken)
    assert first.status == "failed" and first.visibility == "organization"
    again = document_submit(organization=world.org_a, uploaded_by=None, filename="broken.pdf", data=broken, size=len(broken), groups=[world.legal_a], enqueue=False)
    assert again.document.pk == first.pk
    assert again.document.visibility == "groups"
    assert list(again.document.groups.all()) == [world.legal_a]


def test_a_visibility_change_while_embedding_reaches_every_point(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    from ingestion.services import document_submit
    from ingestion.tasks import embed_document, parse_document

    data = ("# 人事規程\n\n" + "".join(f"第{n}条 人事評価は年{n}回行う。" * 8 + "\n\n" for n in range(1, 130))).encode()
    submission = document_submit(organization=world.org_a, uploaded_by=None, filename="人事規程.md", data=data, size=len(data), enqueue=False)
    document_id = str(submission.document.id)
    assert parse_document.apply(args=[document_id], kwargs={"chain": False}).get()

    # The admin restricts the document to legal while its first batch is being embedded:
    # the batches already computed carry the organization-wide marker.
    embedder = components.embedder()
    original = embedder.embed_documents
    calls = []

    def embed_and_restrict(texts: list[str]) -> list[list[float]]:
        calls.append(len(texts))
        if len(calls) == 1:
            document_set_visibility(document=Document.objects.get(pk=document_id), groups=[world.legal_a])
        return original(texts)

    monkeypatch.setattr(embedder, "embed_documents", embed_and_restrict)
    assert embed_document.apply(args=[document_id]).get()
    assert len(calls) > 1, "the document must span several batches for this test to mean anything"
    document = Document.objects.get(pk=document_id)
    hits = components.vector_store().search(
        index.collection(), dense=original(["人事評価"])[0], sparse=None,
        flt=document_filter(organization_id=world.org_a.id, document_id=document_id), limit=100, mode="dense",
    ).hits
    assert len(hits) == document.chunk_count
    assert {tuple(hit.payload["group_ids"]) for hit in hits} == {(str(world.legal_a.id),)}


def test_an_embedding_endpoint_that_is_down_is_retried_not_failed(world: World, overloaded_embedder: list[str]) -> None:
    """An outage of any component (here a real OpenAI-compatible embedder whose server answers
    503) is a ComponentUnavailable: the task is retried with backoff, and only when every
    retry is spent does the document fail, with the outage as its reason. (Eager `apply` runs
    the retries at once instead of after their countdown.)"""
    from ingestion.services import document_submit
    from ingestion.tasks import MAX_RETRIES, embed_document

    data = "# 連絡\n\n停電の予定は三月三日です。".encode()
    submission = document_submit(organization=world.org_a, uploaded_by=None, filename="連絡.md", data=data, size=len(data), enqueue=False)
    document_id = str(submission.document.id)
    Document.objects.filter(pk=document_id).update(status=Document.Status.EMBEDDING, pending_generation=1)
    Chunk.objects.create(document_id=document_id, generation=1, order=0, text="停電の予定は三月三日です。", token_count=12)

    assert embed_document.apply(args=[document_id]).get() is False
    assert len(overloaded_embedder) == MAX_RETRIES + 1  # the first attempt and every retry
    document = Document.objects.get(pk=document_id)
    assert document.status == Document.Status.FAILED
    assert "embedder unavailable" in document.error and "internal error" not in document.error


@pytest.fixture
def overloaded_embedder() -> Iterator[list[str]]:
    """The appliance's embedder pointed at a local server that answers every request 503."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from appliance.components.embedding import build_embedder

    requests: list[str] = []

    class Overloaded(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802  (the handler's API)
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            requests.append(self.path)
            self.send_response(503)
            self.end_headers()
            self.wfile.write(b"overloaded")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Overloaded)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    components.reset()
    components._instances["embedder"] = build_embedder(
        "openai", base_url=f"http://127.0.0.1:{server.server_address[1]}/v1", api_key="", model="down", dimension=8, timeout=5
    )
    # The index belongs to one embedder (appliance.index): start from none, so this one's is
    # created rather than refused as a mismatch, and leave none behind for the next test.
    _drop_chunk_collections()
    try:
        yield requests
    finally:
        _drop_chunk_collections()
        components.reset()
        server.shutdown()
        server.server_close()


def _drop_chunk_collections() -> None:
    store = components.vector_store()
    for name in store.list_collections():
        if name.startswith(index.PREFIX):
            store.drop_collection(name)
    index.forget()
