"""Changing and removing what is indexed: visibility, deletion, an organization's purge, and
rebuilding the vector store from PostgreSQL (the source of truth)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from django.db import transaction

from appliance import components, index, telemetry
from appliance.access import document_filter, organization_filter
from appliance.access.payload import GROUP_IDS
from appliance.audit.services import audit_erasure
from appliance.tenancy.models import Group, Organization
from ingestion import storage
from ingestion.indexing import document_group_ids, point_batches
from ingestion.models import Chunk, Document

logger = logging.getLogger(__name__)


def document_set_visibility(*, document: Document, groups: Sequence[Group]) -> None:
    """Share a document with groups (or, with none given, the whole organization) and rewrite
    the ACL payload of its points, so the change holds at the very next query."""
    for group in groups:
        if group.organization_id != document.organization_id:
            raise ValueError(f"group {group.name} belongs to another organization")
    with transaction.atomic():
        # The row lock orders this against the end of an embedding run (document_embed), so
        # points written with the old groups are always rewritten by one side or the other.
        document = Document.objects.select_for_update().get(pk=document.pk)
        document.visibility = Document.Visibility.GROUPS if groups else Document.Visibility.ORGANIZATION
        document.save(update_fields=["visibility", "updated_at"])
        document.groups.set(groups)
        # Inside the transaction: if the store is down, PostgreSQL keeps the old visibility
        # too, rather than claiming a restriction the points do not carry.
        for collection in index.live_collections():  # the old one too while a rebuild runs
            components.vector_store().set_payload(
                collection,
                document_filter(organization_id=document.organization_id, document_id=str(document.id)),
                {GROUP_IDS: document_group_ids(document)},
            )
    telemetry.audit(
        "visibility_change",
        organization=document.organization,
        documents=[document.id],
        filename=document.filename,
        groups=[group.name for group in groups],
    )


def document_delete(*, document: Document) -> None:
    """Delete the points first: if the vector store is down the delete fails whole and the
    document stays, rather than leaving orphan points that no row accounts for."""
    store = components.vector_store()
    for collection in index.live_collections():
        store.delete(collection, document_filter(organization_id=document.organization_id, document_id=str(document.id)))
    sha = document.sha256
    organization_id = document.organization_id
    telemetry.audit("document_delete", organization=document.organization, documents=[document.id], filename=document.filename)
    document.delete()
    if sha:
        storage.original_delete(organization_id=organization_id, sha256=sha)


def organization_documents_purge(*, organization: Organization) -> None:
    store = components.vector_store()
    for collection in index.live_collections():
        store.delete(collection, organization_filter(organization_id=organization.id))
    Document.objects.filter(organization=organization).delete()
    storage.organization_originals_delete(organization_id=organization.id)


def organization_delete(*, organization: Organization) -> None:
    """Delete an organization and everything it owns, its vectors and stored originals included."""
    organization_documents_purge(organization=organization)
    with audit_erasure():  # its audit trail goes with it
        organization.delete()


def documents_reindex(*, organization: Organization | None, log: Callable[[str], object] = logger.info) -> int:
    """Rebuild the vector store from PostgreSQL: the chunks are there, only vectors are redone.

    Everything: into a new collection with the configured embedder, while searches keep
    using the old one; the switch happens when it is complete (appliance.index). One
    organization: its points are rewritten in place, which needs the index to be the
    configured embedder's already."""
    store = components.vector_store()
    if organization is None:
        collection = index.rebuild_begin()
        log(f"rebuilding into {collection}; searches use the current index until it is done")
    else:
        collection = index.collection()
        store.delete(collection, organization_filter(organization_id=organization.id))
    documents = Document.objects.filter(status=Document.Status.INDEXED)
    if organization is not None:
        documents = documents.filter(organization=organization)
    count = 0
    try:
        for document in documents.order_by("created_at"):
            chunks = list(Chunk.objects.filter(document=document, generation=document.generation).order_by("order"))
            for points in point_batches(document, chunks, document_group_ids(document), deadline=float("inf")):
                store.upsert(collection, points)
            count += 1
            log(f"reindexed {document.filename} ({len(chunks)} chunks)")
        # The embedded engine has no background optimizer: without this, a bulk rebuild stays
        # in one unindexed segment and every query scans it. A Qdrant server optimizes by itself.
        log("building the search index")
        store.optimize(collection)
    except BaseException:
        if organization is None:
            index.rebuild_abandon(collection)
        raise
    if organization is None:
        index.rebuild_finish(collection)
        log(f"switched to {collection}")
    for audited in [organization] if organization is not None else Organization.objects.all():
        telemetry.audit("reindex", organization=audited, scope="organization", documents_reindexed=count)
    return count
