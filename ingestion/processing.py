"""The two stages a queued document goes through: parse into chunks, then embed and index
them. Each is idempotent and claims its work under a row lock, so a worker killed mid-way
and a redelivered task finish the job without duplicates; a stale run never fails or
overwrites a newer one.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Sequence
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from appliance import components, index
from appliance.access import document_filter
from appliance.access.payload import GENERATION, GROUP_IDS
from appliance.components.errors import ComponentUnavailable
from appliance.components.vectorstore import And, MatchAny, MatchValue
from appliance.tenancy.models import Organization
from appliance.text import pii
from ingestion import storage
from ingestion.chunking import chunk_sections
from ingestion.indexing import EmbeddingTimeout, document_group_ids, point_batches
from ingestion.models import Chunk, Document
from ingestion.parsing import DocumentRejected, NeedsOcr, ParsedDocument, parse_document

logger = logging.getLogger(__name__)


PARSE_INTERNAL_ERROR = "内部エラーで解析できませんでした / internal error while parsing"
PARSE_STAGE = (Document.Status.QUEUED, Document.Status.PARSING)
EMBED_STAGE = (Document.Status.EMBEDDING,)


def _fail(
    document_id: str,
    reason: str,
    *,
    sha256: str | None = None,
    statuses: Sequence[str] = (*PARSE_STAGE, *EMBED_STAGE),
    generation: int | None = None,
) -> None:
    # Only a run in progress can fail, and only its own stage: a stale run (the document was
    # re-queued or replaced meanwhile) must not mark the newer run's document failed. With
    # `sha256`, only while the document still has the contents that run read; with
    # `generation`, only while that generation is the one pending.
    runs = Document.objects.filter(pk=document_id, status__in=statuses)
    if sha256 is not None:
        runs = runs.filter(sha256=sha256)
    if generation is not None:
        runs = runs.filter(pending_generation=generation)
    runs.update(
        status=Document.Status.FAILED, error=reason[:2000], pending_generation=None, updated_at=timezone.now()
    )


def _pii_masked(parsed: ParsedDocument) -> ParsedDocument:
    """The parsed text with personal data masked (appliance/text/pii.py): what is chunked,
    embedded, shown and answered from when the organization asks for it. The stored original
    is not touched."""
    return dataclasses.replace(
        parsed,
        sections=[
            dataclasses.replace(section, text=pii.mask(section.text), heading_path=tuple(pii.mask(h) for h in section.heading_path))
            for section in parsed.sections
        ],
        title=pii.mask(parsed.title) if parsed.title else parsed.title,
        hidden_text=[pii.mask(fragment) for fragment in parsed.hidden_text],
    )


def document_parse(*, document_id: str, ocr: bool = True) -> bool:
    """Stage 1: parse the stored original and write the chunks of a new generation.

    Returns True when the document is ready for embedding. Safe to run again after a worker
    died mid-way: the chunks of the pending generation are rewritten, never added twice.
    With `ocr` False (the "parse" queue) a page that needs OCR raises NeedsOcr and the
    document stays PARSING, for the "ocr" queue's run to claim.
    """
    with transaction.atomic():
        document = Document.objects.select_for_update().filter(pk=document_id).first()
        if document is None:
            return False
        if document.status == Document.Status.EMBEDDING:
            return True  # parsed before a crash that lost the hand-over to the embed stage
        if document.status not in (Document.Status.QUEUED, Document.Status.PARSING):
            return False
        document.status = Document.Status.PARSING
        document.save(update_fields=["status", "updated_at"])
    contents = document.sha256  # what this run parses; a replacement changes it

    try:
        data = storage.original_read(organization_id=document.organization_id, sha256=document.sha256)
        parsed = parse_document(
            data,
            document.filename,
            max_bytes=settings.UPLOAD_MAX_BYTES,
            max_uncompressed_bytes=settings.UPLOAD_MAX_UNCOMPRESSED_BYTES,
            max_zip_members=settings.UPLOAD_MAX_ZIP_MEMBERS,
            timeout_s=settings.PARSE_TIMEOUT_SECONDS,
            ocr=ocr,
            ocr_parallel_pages=settings.OCR_PARALLEL_PAGES,
        )
        if Organization.objects.filter(pk=document.organization_id, pii_mask_ingestion=True).exists():
            parsed = _pii_masked(parsed)
        embedder = components.embedder()
        pieces = chunk_sections(
            parsed.sections,
            count_tokens=embedder.count_tokens,
            max_tokens=min(settings.CHUNK_MAX_TOKENS, embedder.max_tokens - 30),
            overlap_tokens=50,
        )
        if not pieces:
            raise DocumentRejected("テキストが見つかりません / no text found in the document")
    except DocumentRejected as rejection:
        _fail(document_id, rejection.reason, sha256=contents, statuses=PARSE_STAGE)
        return False
    except FileNotFoundError:
        _fail(document_id, "保存された原本が見つかりません / the stored original is missing", sha256=contents, statuses=PARSE_STAGE)
        return False
    except (ComponentUnavailable, NeedsOcr):
        raise  # the task retries later or hands over to OCR; the document stays PARSING
    except Exception:
        logger.exception("parsing %s failed unexpectedly", document_id)
        _fail(document_id, PARSE_INTERNAL_ERROR, sha256=contents, statuses=PARSE_STAGE)
        return False

    with transaction.atomic():
        document = Document.objects.select_for_update().filter(pk=document_id).first()
        if document is None or document.status != Document.Status.PARSING or document.sha256 != contents:
            # Deleted or replaced while we parsed (the replacement's own run may already be
            # PARSING): the newer run wins, and these chunks of the old contents are dropped.
            return False
        generation = document.generation + 1
        Chunk.objects.filter(document=document, generation=generation).delete()
        Chunk.objects.bulk_create(
            Chunk(
                document=document,
                generation=generation,
                order=index,
                text=piece.text,
                page=piece.page,
                heading_path=list(piece.heading_path),
                token_count=piece.token_count,
            )
            for index, piece in enumerate(pieces)
        )
        document.pending_generation = generation
        document.embedded_chunks = 0
        document.embedding_started_at = None
        document.status = Document.Status.EMBEDDING
        document.mime_type = parsed.mime_type
        document.page_count = parsed.page_count
        document.ocr_pages = list(parsed.ocr_pages)
        document.hidden_text = list(parsed.hidden_text)
        if parsed.title and document.title == Path(document.filename).stem:
            document.title = parsed.title[:500]
        document.save()
    return True


def document_embed(*, document_id: str) -> bool:
    """Stage 2: embed the pending generation, upsert its points, then switch to it.

    Point ids are deterministic (document, generation, chunk order), so a run repeated after a
    crash overwrites its own points instead of adding duplicates. The switch of generation is
    one transaction; the previous generation's points are deleted right after it.
    """
    document = Document.objects.filter(pk=document_id).first()
    if document is None or document.status != Document.Status.EMBEDDING or document.pending_generation is None:
        return False
    generation = document.pending_generation
    chunks = list(Chunk.objects.filter(document=document, generation=generation).order_by("order"))
    store = components.vector_store()
    collection = index.collection()
    this_document = document_filter(organization_id=document.organization_id, document_id=str(document.id))
    # Leftovers of an earlier attempt at this same generation (a crash, or a replacement
    # that produced fewer chunks) would otherwise linger as orphans.
    store.delete(collection, And([*this_document.clauses, MatchValue(key=GENERATION, value=generation)]))
    deadline = time.monotonic() + settings.EMBED_TIMEOUT_SECONDS
    # Progress for the batch's figures (chunks/s, time left; ingestion/selectors.py): a rerun
    # after a crash starts counting again, as it embeds again.
    this_run = Document.objects.filter(pk=document_id, pending_generation=generation)
    this_run.update(embedded_chunks=0, embedding_started_at=timezone.now())
    try:
        for points in point_batches(document, chunks, document_group_ids(document), deadline=deadline):
            store.upsert(collection, points)
            this_run.update(embedded_chunks=F("embedded_chunks") + len(points))
    except EmbeddingTimeout:
        store.delete(collection, And([*this_document.clauses, MatchValue(key=GENERATION, value=generation)]))
        _fail(document_id, "埋め込みがタイムアウトしました / embedding took too long", statuses=EMBED_STAGE, generation=generation)
        return False

    with transaction.atomic():
        current = Document.objects.select_for_update().filter(pk=document_id).first()
        if current is None:
            # Deleted while we embedded: take our points with it.
            store.delete(collection, this_document)
            return False
        if current.pending_generation != generation or current.status != Document.Status.EMBEDDING:
            return False
        previous = current.generation
        # Visibility may have changed while we embedded with the groups read at the start;
        # under the row lock (which document_set_visibility also takes) the points get the
        # groups that hold now, before the new generation becomes searchable.
        store.set_payload(collection, this_document, {GROUP_IDS: document_group_ids(current)})
        Chunk.objects.filter(document=current).exclude(generation=generation).delete()
        current.generation = generation
        current.pending_generation = None
        current.status = Document.Status.INDEXED
        current.chunk_count = len(chunks)
        current.error = ""
        current.indexed_at = timezone.now()
        current.save()
    if previous:
        older = MatchAny(key=GENERATION, values=list(range(previous, generation)))
        store.delete(collection, And([*this_document.clauses, older]))
    return True


def document_fail(*, document_id: str, reason: str, stage: str) -> None:
    """Fail a document from a task's error path: only while `stage` ("parse" or "embed") is
    where it is, so a failing old run cannot fail the run of a replacement."""
    _fail(document_id, reason, statuses=PARSE_STAGE if stage == "parse" else EMBED_STAGE)
