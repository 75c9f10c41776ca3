"""A queue per ingestion stage (parse, ocr, embed) and each upload batch's progress figures:
real Redis, real Celery workers started for one queue at a time, the real embedder. No
timing is asserted: the figures are checked against the counts the runs left behind."""

from __future__ import annotations

import io
import json
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from appliance import components
from appliance.celery import app
from appliance.management.commands.serve import stage_worker_controllers
from appliance.tenancy.selectors import actor_get
from ingestion.models import Chunk, Document, UploadBatch
from ingestion.parsing import NeedsOcr, parse_document
from ingestion.selectors import batch_figures, batch_figures_recent
from ingestion.services import batch_create, document_submit
from ingestion.tasks import run_inline
from tests.conftest import World
from tests.filemakers import make_eml, make_japanese_pdf, make_png_with_text, make_scanned_pdf
from tests.worker import start_worker, stop_worker

LIMITS = {"max_bytes": 10 * 1024 * 1024, "max_uncompressed_bytes": 50 * 1024 * 1024, "max_zip_members": 100}


def rules(articles: int, *, topic: str = "勤務") -> bytes:
    """A Markdown file of `articles` articles, long enough for several embedding batches."""
    parts = [
        f"## 第{number}条\n\n" + "".join(f"第{number}条第{line}項は{topic}の手続き{number}-{line}の担当と期限を定める。" for line in range(1, 10))
        for number in range(1, articles + 1)
    ]
    return (f"# {topic}規程\n\n" + "\n\n".join(parts)).encode()


def queue_length(queue: str) -> int:
    with app.connection_for_read() as connection:
        return int(connection.default_channel.client.llen(queue))


def wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def status_of(document_id: str) -> str:
    return Document.objects.get(pk=document_id).status


# --- the parse queue's pass leaves OCR to the ocr queue (no worker, no tesseract needed) ----


def test_a_scanned_pdf_needs_ocr_when_the_parse_may_not_ocr() -> None:
    with pytest.raises(NeedsOcr):
        parse_document(make_scanned_pdf("休暇の申請"), "scan.pdf", ocr=False, **LIMITS)


def test_an_image_needs_ocr_when_the_parse_may_not_ocr() -> None:
    with pytest.raises(NeedsOcr):
        parse_document(make_png_with_text("休暇の申請"), "photo.png", ocr=False, **LIMITS)


def test_a_mail_with_a_scanned_attachment_needs_ocr_as_a_whole() -> None:
    mail = make_eml(subject="申請書", body="添付の申請書を確認してください。",
                    attachments=[("申請書.png", make_png_with_text("申請書"), "image/png")])
    with pytest.raises(NeedsOcr):
        parse_document(mail, "申請書.eml", ocr=False, **LIMITS)


def test_a_pdf_with_a_text_layer_is_read_without_ocr() -> None:
    parsed = parse_document(make_japanese_pdf(["就業規則", "有給休暇は二週間前までに申請する。"]), "規則.pdf", ocr=False, **LIMITS)
    assert "有給休暇" in " ".join(section.text for section in parsed.sections)
    assert parsed.ocr_pages == []


# --- routing through Redis ----------------------------------------------------------------------


def test_a_submitted_document_waits_on_the_parse_queue(transactional_db: None, world: World) -> None:
    app.control.purge()
    data = rules(2)
    document_submit(organization=world.org_a, uploaded_by=None, filename="規程.md", data=data, size=len(data))
    assert queue_length("parse") == 1
    assert queue_length("celery") == queue_length("ocr") == queue_length("embed") == 0
    app.control.purge()


@pytest.mark.slow
def test_a_parse_worker_leaves_embedding_to_an_embed_worker(transactional_db: None, world: World) -> None:
    components.reset()  # the embed worker process must own the embedded store
    batch = batch_create(organization=world.org_a, created_by=None)
    data = rules(40)
    document_id = str(document_submit(organization=world.org_a, uploaded_by=None, filename="規程.md", data=data,
                                      size=len(data), batch=batch).document.id)
    parse_worker = start_worker(extra=["-Q", "parse"], purge=False)
    try:
        wait_for(lambda: queue_length("embed") == 1, 120, "the hand-over to the embed queue")
    finally:
        stop_worker(parse_worker)
    document = Document.objects.get(pk=document_id)
    assert document.status == "embedding" and document.embedded_chunks == 0
    chunks = Chunk.objects.filter(document=document, generation=document.pending_generation).count()
    waiting = batch_figures(batch=batch)
    assert (waiting.chunks_embedded, waiting.chunks_total, waiting.finished) == (0, chunks, False)
    assert waiting.chunks_per_second is None and waiting.eta_seconds is None  # nothing embedded, no pace yet

    embed_worker = start_worker(extra=["-Q", "embed"], purge=False)
    try:
        wait_for(lambda: status_of(document_id) in Document.TERMINAL, 300, "the embed worker")
    finally:
        stop_worker(embed_worker)
    document = Document.objects.get(pk=document_id)
    assert document.status == "indexed", document.error
    assert document.chunk_count == document.embedded_chunks == chunks > 16  # several embedding batches
    done = batch_figures(batch=batch)
    assert (done.documents, done.documents_done, done.chunks_embedded, done.chunks_total) == (1, 1, chunks, chunks)
    assert done.finished and done.eta_seconds == 0.0
    assert done.chunks_per_second is not None and done.chunks_per_second > 0


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed (Debian tesseract-ocr-jpn)")
def test_a_scan_goes_from_the_parse_queue_to_the_ocr_queue(transactional_db: None, world: World) -> None:
    components.reset()
    data = make_scanned_pdf("慶弔休暇は五日間とする。\n申請は総務部へ提出する。")
    document_id = str(document_submit(organization=world.org_a, uploaded_by=None, filename="慶弔.pdf", data=data,
                                      size=len(data)).document.id)
    parse_worker = start_worker(extra=["-Q", "parse"], purge=False)
    try:
        wait_for(lambda: queue_length("ocr") == 1, 120, "the hand-over to the ocr queue")
    finally:
        stop_worker(parse_worker)
    assert status_of(document_id) == "parsing"  # claimed by the parse pass, left for OCR
    assert queue_length("embed") == 0

    ocr_and_embed = start_worker(extra=["-Q", "ocr,embed"], purge=False)
    try:
        wait_for(lambda: status_of(document_id) in Document.TERMINAL, 300, "the ocr and embed workers")
    finally:
        stop_worker(ocr_and_embed)
    document = Document.objects.get(pk=document_id)
    assert document.status == "indexed", document.error
    assert document.ocr_pages == [1]


@pytest.mark.slow
def test_ingest_wait_prints_the_batch_figures_and_keeps_its_json(transactional_db: None, world: World, tmp_path: Path) -> None:
    components.reset()
    (tmp_path / "勤務規程.md").write_bytes(rules(12))
    (tmp_path / "旅費規程.md").write_bytes(rules(6, topic="旅費"))
    worker = start_worker(concurrency=2)  # every queue, as `make run` and Compose's worker do
    try:
        out = io.StringIO()
        call_command("ingest", str(tmp_path), "--org", "org-a", "--wait", stdout=out)
        (tmp_path / "出張規程.md").write_bytes(rules(3, topic="出張"))
        json_out = io.StringIO()
        call_command("ingest", str(tmp_path / "出張規程.md"), "--org", "org-a", "--wait", "--json", stdout=json_out)
    finally:
        stop_worker(worker)
    chunks = sum(Document.objects.filter(filename__in=["勤務規程.md", "旅費規程.md"]).values_list("chunk_count", flat=True))
    last = out.getvalue().strip().splitlines()[-1]
    assert last.startswith(f"batch: 2/2 documents, {chunks}/{chunks} chunks embedded, ")
    assert last.endswith(" chunks/s, done")
    assert "batch:" not in json_out.getvalue()
    [result] = json.loads(json_out.getvalue())
    assert set(result) == {"path", "document_id", "status", "chunks", "error"}
    assert result["status"] == "indexed"


# --- the figures, from real inline runs -----------------------------------------------------------


def test_the_figures_count_what_the_runs_embedded_and_expect_the_rest(world: World) -> None:
    batch = batch_create(organization=world.org_a, created_by=None)
    first = document_submit(organization=world.org_a, uploaded_by=None, filename="勤務.md", data=rules(6),
                            size=len(rules(6)), batch=batch, enqueue=False).document
    second_data = rules(3, topic="旅費")
    second = document_submit(organization=world.org_a, uploaded_by=None, filename="旅費.md", data=second_data,
                             size=len(second_data), batch=batch, enqueue=False).document
    empty = document_submit(organization=world.org_a, uploaded_by=None, filename="空.md", data=b"", size=0, batch=batch).document
    assert empty.status == "failed"

    assert run_inline(str(first.id))
    first.refresh_from_db()
    assert first.embedded_chunks == first.chunk_count > 0
    halfway = batch_figures(batch=batch)
    assert (halfway.documents, halfway.documents_done, halfway.documents_failed) == (3, 2, 1)
    assert halfway.chunks_embedded == halfway.chunks_total == first.chunk_count
    assert halfway.chunks_expected == 2 * first.chunk_count  # the queued one counted at the mean
    assert not halfway.finished
    assert halfway.chunks_per_second is not None and halfway.chunks_per_second > 0
    assert halfway.eta_seconds is not None and halfway.eta_seconds > 0

    assert run_inline(str(second.id))
    second.refresh_from_db()
    done = batch_figures(batch=batch)
    assert done.chunks_embedded == done.chunks_total == done.chunks_expected == first.chunk_count + second.chunk_count
    assert done.finished and done.eta_seconds == 0.0


def test_the_documents_page_shows_the_batches_of_its_own_organization(world: World, client_for) -> None:
    batch = batch_create(organization=world.org_a, created_by=world.adam)
    data = rules(2)
    document = document_submit(organization=world.org_a, uploaded_by=world.adam, filename="勤務.md", data=data,
                               size=len(data), batch=batch, enqueue=False).document
    assert run_inline(str(document.id))
    other = batch_create(organization=world.org_b, created_by=None)
    other_data = "# B\n\nB社の規程。".encode()
    document_submit(organization=world.org_b, uploaded_by=None, filename="b.md", data=other_data, size=len(other_data),
                    batch=other, enqueue=False)

    page = client_for(world.adam).get(reverse("webui:documents", args=["org-a"]))
    assert page.status_code == 200
    html = page.content.decode()
    assert f'data-batch="{batch.pk}"' in html and f'data-batch="{other.pk}"' not in html
    document.refresh_from_db()
    assert f"{document.chunk_count} / {document.chunk_count}" in html

    assert client_for(world.alice).get(reverse("webui:documents", args=["org-a"])).status_code == 404
    assert client_for(world.bob).get(reverse("webui:documents", args=["org-a"])).status_code == 404
    assert batch_figures_recent(fetched_by=actor_get(user=world.alice, organization=world.org_a)) == []
    bobs = batch_figures_recent(fetched_by=actor_get(user=world.bob, organization=world.org_b))
    assert bobs == []  # bob is a member, not an admin, of org B
    assert UploadBatch.objects.filter(organization=world.org_a).count() == 1


def test_serve_gives_each_ingestion_queue_a_worker_of_its_own_size(settings) -> None:
    settings.CELERY_PARSE_CONCURRENCY, settings.CELERY_OCR_CONCURRENCY, settings.CELERY_EMBED_CONCURRENCY = 1, 3, 2
    workers = stage_worker_controllers("127.0.0.1")
    chosen = {tuple(worker.app.amqp.queues.consume_from): worker.concurrency for worker in workers}
    assert chosen == {("parse",): 1, ("ocr",): 3, ("embed",): 2}
    # The shared app, which the main thread's worker gets, still knows every queue.
    assert set(app.amqp.queues) == {"celery", "parse", "ocr", "embed"}
