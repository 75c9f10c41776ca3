"""Helpers for tests that ingest real files through the real pipeline."""

from __future__ import annotations

from collections.abc import Sequence

from appliance import components
from appliance.access import document_filter
from appliance.models import Group, Organization
from ingestion.models import Document
from ingestion.services import document_submit
from ingestion.tasks import embed_document, parse_document


def run_pipeline(document_id: str) -> Document:
    """The same task code a worker runs, executed in this process."""
    if parse_document.apply(args=[document_id], kwargs={"chain": False}).get():
        embed_document.apply(args=[document_id]).get()
    return Document.objects.get(pk=document_id)


def ingest_bytes(
    organization: Organization, filename: str, data: bytes, *, groups: Sequence[Group] = ()
) -> Document:
    submission = document_submit(
        organization=organization, uploaded_by=None, filename=filename, data=data, size=len(data), groups=groups, enqueue=False
    )
    if submission.outcome != "queued":
        return submission.document
    return run_pipeline(str(submission.document.id))


def points_of(document: Document) -> int:
    store = components.vector_store()
    return store.count(
        components.collection(),
        document_filter(organization_id=document.organization_id, document_id=str(document.id)),
    )
