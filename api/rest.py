"""REST at /api/v1/: search, documents (admins only) and the caller's conversations.

Each endpoint is the page's twin: the same selector reads, the same service writes, the same
404 for anything of another organization, another person, or an admin's endpoint asked for by
a member.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from ninja import File, Form, Router, Schema, Status
from ninja.errors import HttpError
from ninja.files import UploadedFile
from pydantic import Field

from api.auth import caller, caller_of
from appliance.components.errors import ComponentUnavailable
from appliance.tenancy.models import Group
from appliance.tenancy.selectors import Actor
from ingestion import services as ingestion_services
from ingestion.models import Document
from ingestion.selectors import batch_progress, document_get, document_list
from rag import conversations
from rag.console import search_passages
from rag.models import Conversation, Message

router = Router()

UPLOAD_MAX_FILES = 200


def _require_admin(actor: Actor) -> None:
    if not actor.is_admin:
        raise Http404("no such endpoint")


# --- search --------------------------------------------------------------------------------


class SearchRequest(Schema):
    query: str = Field(min_length=1, max_length=2000)
    k: int = Field(5, ge=1, le=50)


class Passage(Schema):
    document_id: str
    title: str
    filename: str
    page: int | None
    text: str
    score: float


class SearchResponse(Schema):
    passages: list[Passage]


@router.post("/search", response=SearchResponse, tags=["search"], summary="Passages the caller may see, best first")
def search(request: HttpRequest, body: SearchRequest) -> dict[str, Any]:
    """The same passages `manage.py search --user` returns for the token's owner."""
    try:
        passages = search_passages(actor=caller_of(request), query=body.query, k=body.k, mode="hybrid")
    except ComponentUnavailable as error:
        raise HttpError(503, f"search is unavailable now: {error}") from None
    return {"passages": passages}


# --- documents (admins) --------------------------------------------------------------------


class DocumentOut(Schema):
    document_id: str
    title: str
    filename: str
    status: str
    error: str | None
    visibility: str
    groups: list[int]
    pages: int | None
    chunks: int
    size: int
    created_at: datetime
    indexed_at: datetime | None


class DocumentList(Schema):
    documents: list[DocumentOut]


class Submitted(Schema):
    document_id: str
    filename: str
    outcome: str
    status: str
    error: str | None


class UploadResponse(Schema):
    batch_id: str
    documents: list[Submitted]


class BatchProgress(Schema):
    batch_id: str
    total: int
    done: int
    counts: dict[str, int]
    documents: list[dict[str, Any]]


class StatusOut(Schema):
    document_id: str
    status: str


def _document_out(document: Document) -> dict[str, Any]:
    return {
        "document_id": str(document.id),
        "title": document.title,
        "filename": document.filename,
        "status": document.status,
        "error": document.error or None,
        "visibility": document.visibility,
        "groups": sorted(group.pk for group in document.groups.all()),
        "pages": document.page_count,
        "chunks": document.chunk_count,
        "size": document.size,
        "created_at": document.created_at,
        "indexed_at": document.indexed_at,
    }


def _admin_document(actor: Actor, document_id: uuid.UUID) -> Document:
    _require_admin(actor)
    return document_get(document_id=document_id, fetched_by=actor)


def _admin_groups(actor: Actor, group_ids: list[int]) -> list[Group]:
    """Groups of the caller's organization; an id from elsewhere is a 404, never dropped."""
    groups = list(Group.objects.filter(organization_id=actor.organization_id, id__in=group_ids))
    if len(groups) != len(set(group_ids)):
        raise Http404("no such group")
    return groups


@router.get("/documents", response=DocumentList, tags=["documents"], summary="The organization's documents with their status (admins)")
def documents(request: HttpRequest, status: str = "") -> dict[str, Any]:
    actor = caller_of(request)
    _require_admin(actor)
    if status and status not in Document.Status.values:
        raise HttpError(400, f"status must be one of {', '.join(Document.Status.values)}")
    rows: QuerySet[Document] = document_list(fetched_by=actor).prefetch_related("groups").order_by("-created_at")
    if status:
        rows = rows.filter(status=status)
    return {"documents": [_document_out(document) for document in rows[:1000]]}


@router.post("/documents", response=UploadResponse, tags=["documents"], summary="Upload one or more files (admins)")
def documents_upload(
    request: HttpRequest,
    files: File[list[UploadedFile]],
    visibility: Form[Literal["organization", "groups"]] = "organization",
    groups: Form[list[int]] = [],  # noqa: B006 (ninja reads the default, never mutates it)
) -> dict[str, Any]:
    """Each file is stored and queued on its own: a file that cannot be read fails alone, with
    its reason in `error` (now, or on GET /api/v1/documents/{id} once its parse has run)."""
    who = caller(request)
    actor = who.actor
    _require_admin(actor)
    if not files or len(files) > UPLOAD_MAX_FILES:
        raise HttpError(400, f"send between 1 and {UPLOAD_MAX_FILES} files")
    if visibility == "groups" and not groups:
        raise HttpError(400, "visibility 'groups' needs at least one group id")
    chosen = _admin_groups(actor, groups) if visibility == "groups" else []
    outcome = ingestion_services.documents_upload(
        organization=who.organization, uploaded_by=who.user, files=files, groups=chosen
    )
    return {
        "batch_id": str(outcome.batch.id),
        "documents": [
            {
                "document_id": str(s.document.id),
                "filename": s.document.filename,
                "outcome": s.outcome,
                "status": s.document.status,
                "error": s.document.error or None,
            }
            for s in outcome.submissions
        ],
    }


@router.get("/documents/{document_id}", response=DocumentOut, tags=["documents"], summary="One document (admins)")
def document(request: HttpRequest, document_id: uuid.UUID) -> dict[str, Any]:
    return _document_out(_admin_document(caller_of(request), document_id))


@router.delete("/documents/{document_id}", response={204: None}, tags=["documents"], summary="Delete a document and its passages (admins)")
def document_delete(request: HttpRequest, document_id: uuid.UUID) -> Status:
    ingestion_services.document_delete(document=_admin_document(caller_of(request), document_id))
    return Status(204, None)


@router.post("/documents/{document_id}/reindex", response=StatusOut, tags=["documents"], summary="Parse and index a document again (admins)")
def document_reindex(request: HttpRequest, document_id: uuid.UUID) -> dict[str, Any]:
    document = _admin_document(caller_of(request), document_id)
    try:
        document = ingestion_services.document_retry(document=document)
    except ValidationError as error:
        raise HttpError(409, " ".join(error.messages)) from None
    except ValueError as error:  # another document already holds these bytes
        raise HttpError(409, str(error)) from None
    return {"document_id": str(document.id), "status": document.status}


@router.get("/batches/{batch_id}", response=BatchProgress, tags=["documents"], summary="Progress of one upload (admins)")
def batch(request: HttpRequest, batch_id: uuid.UUID) -> dict[str, Any]:
    return batch_progress(batch_id=batch_id, fetched_by=caller_of(request))


# --- conversations (the caller's own) ------------------------------------------------------


class ConversationOut(Schema):
    id: int
    title: str
    created_at: datetime
    updated_at: datetime


class ConversationList(Schema):
    conversations: list[ConversationOut]


class MessageOut(Schema):
    id: int
    role: str
    content: str
    citations: list[dict[str, Any]]
    grounded: bool
    refused: bool
    unsupported: list[str]
    stopped: bool
    created_at: datetime


class ConversationDetail(ConversationOut):
    messages: list[MessageOut]


def _conversation_out(conversation: Conversation) -> dict[str, Any]:
    return {"id": conversation.pk, "title": conversation.title, "created_at": conversation.created_at, "updated_at": conversation.updated_at}


def _message_out(message: Message) -> dict[str, Any]:
    return {
        "id": message.pk,
        "role": message.role,
        "content": message.content,
        "citations": message.citations or [],
        "grounded": message.grounded,
        "refused": message.refused,
        "unsupported": message.unsupported or [],
        "stopped": message.stopped,
        "created_at": message.created_at,
    }


@router.get("/conversations", response=ConversationList, tags=["conversations"], summary="The caller's chat conversations, recent first")
def conversation_list(request: HttpRequest) -> dict[str, Any]:
    rows = conversations.conversation_list(fetched_by=caller_of(request)).order_by("-updated_at")[:500]
    return {"conversations": [_conversation_out(conversation) for conversation in rows]}


@router.get("/conversations/{conversation_id}", response=ConversationDetail, tags=["conversations"], summary="One conversation with its turns")
def conversation(request: HttpRequest, conversation_id: int) -> dict[str, Any]:
    actor = caller_of(request)
    found = conversations.conversation_get(conversation_id=conversation_id, fetched_by=actor)
    turns = conversations.conversation_messages(conversation=found, fetched_by=actor)
    return {**_conversation_out(found), "messages": [_message_out(message) for message in turns]}
