"""Reads of documents, always through the actor. Same semantics as appliance/access/ACCESS.md:
admins see all of their organization; members see organization-wide documents and those
shared with one of their groups. Anything else is a 404."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Q, QuerySet
from django.http import Http404

from appliance.tenancy.selectors import Actor
from ingestion.models import Document, UploadBatch


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
