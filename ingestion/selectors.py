"""Reads of documents, always through the actor. Same semantics as appliance/access/ACCESS.md:
admins see all of their organization; members see organization-wide documents and those
shared with one of their groups. Anything else is a 404."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from django.db.models import Count, F, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from appliance.tenancy.selectors import Actor
from ingestion.models import Chunk, Document, UploadBatch


def document_list(*, fetched_by: Actor) -> QuerySet[Document]:
    documents = Document.objects.filter(organization_id=fetched_by.organization_id)
    if not fetched_by.is_admin:
        documents = documents.filter(
            Q(visibility=Document.Visibility.ORGANIZATION) | Q(groups__id__in=fetched_by.group_ids)
        ).distinct()
    return documents


def document_get(*, document_id: Any, fetched_by: Actor) -> Document:
    try:
        return document_list(fetched_by=fetched_by).get(pk=document_id)
    except (Document.DoesNotExist, ValueError, TypeError):
        raise Http404("no such document") from None


def batch_progress(*, batch_id: Any, fetched_by: Actor) -> dict[str, Any]:
    """Counts per stage for one upload batch, for the admin's progress bar (admins only)."""
    if not fetched_by.is_admin:
        raise Http404("no such batch")
    try:
        batch = UploadBatch.objects.get(pk=batch_id, organization_id=fetched_by.organization_id)
    except (UploadBatch.DoesNotExist, ValueError, TypeError):
        raise Http404("no such batch") from None
    counts = dict(batch.documents.values_list("status").annotate(n=Count("id")))
    total = sum(counts.values())
    done = counts.get(Document.Status.INDEXED, 0) + counts.get(Document.Status.FAILED, 0)
    return {
        "batch_id": str(batch.id),
        "total": total,
        "done": done,
        "counts": {status: counts.get(status, 0) for status in Document.Status.values},
        "figures": asdict(batch_figures(batch=batch)),
        "documents": [
            {
                "document_id": str(document.id),
                "filename": document.filename,
                "status": document.status,
                "chunks": document.chunk_count,
                "error": document.error or None,
            }
            for document in batch.documents.order_by("created_at")
        ],
    }


@dataclass(frozen=True)
class BatchFigures:
    """How far the embedding of one upload batch has come, and how fast it goes.

    `chunks_total` counts the chunks of the documents parsed so far; `chunks_expected` adds,
    for each document still queued or parsing, the mean of the parsed ones (None before any
    is parsed). The rate is the batch's chunks over the wall time since its first embedding
    run began (to now, or to the last document indexed), so parsing, OCR and queue waits
    between documents count against it, as they do against the time left."""

    documents: int
    documents_done: int
    documents_failed: int
    chunks_embedded: int
    chunks_total: int
    chunks_expected: int | None
    chunks_per_second: float | None
    eta_seconds: float | None
    finished: bool


def batch_figures(*, batch: UploadBatch, now: datetime | None = None) -> BatchFigures:
    """The figures of one batch, for the admin's documents page and `manage.py ingest`
    (callers check who may see the batch)."""
    now = now or timezone.now()
    documents = list(batch.documents.values(
        "id", "status", "chunk_count", "embedded_chunks", "embedding_started_at", "indexed_at"))
    embedding_ids = [row["id"] for row in documents if row["status"] == Document.Status.EMBEDDING]
    pending_chunks = dict(
        Chunk.objects.filter(document_id__in=embedding_ids, generation=F("document__pending_generation"))
        .values_list("document_id").annotate(n=Count("id"))
    )
    embedded = total = timed = 0
    parsed = waiting = failed = 0
    started: list[datetime] = []
    ended: list[datetime] = []
    for row in documents:
        status = row["status"]
        if status == Document.Status.FAILED:
            failed += 1
            continue
        if status in (Document.Status.QUEUED, Document.Status.PARSING):
            waiting += 1
            continue
        parsed += 1
        if status == Document.Status.INDEXED:
            done_chunks, all_chunks = row["chunk_count"], row["chunk_count"]
            if row["indexed_at"] is not None:
                ended.append(row["indexed_at"])
        else:
            done_chunks, all_chunks = row["embedded_chunks"], pending_chunks.get(row["id"], 0)
        embedded += done_chunks
        total += all_chunks
        if row["embedding_started_at"] is not None:  # documents indexed before this was recorded are not timed
            started.append(row["embedding_started_at"])
            timed += done_chunks
    finished = waiting == 0 and not embedding_ids
    expected = total + round(waiting * total / parsed) if parsed else None
    rate = None
    if started and timed:
        until = max(ended) if finished and ended else now
        seconds = (until - min(started)).total_seconds()
        rate = timed / seconds if seconds > 0 else None
    eta = 0.0 if finished else ((expected - embedded) / rate if rate and expected is not None else None)
    return BatchFigures(
        documents=len(documents),
        documents_done=len(documents) - waiting - len(embedding_ids),
        documents_failed=failed,
        chunks_embedded=embedded,
        chunks_total=total,
        chunks_expected=expected,
        chunks_per_second=rate,
        eta_seconds=eta,
        finished=finished,
    )


def batch_figures_recent(*, fetched_by: Actor, limit: int = 5) -> list[tuple[UploadBatch, BatchFigures]]:
    """The organization's latest upload batches with their figures, unfinished ones first
    (admins only; anyone else sees none)."""
    if not fetched_by.is_admin:
        return []
    batches = UploadBatch.objects.filter(organization_id=fetched_by.organization_id).order_by("-created_at")[:limit]
    figures = [(batch, batch_figures(batch=batch)) for batch in batches]
    figures = [(batch, figure) for batch, figure in figures if figure.documents]
    return sorted(figures, key=lambda pair: pair[1].finished)  # stable: newest first within each
