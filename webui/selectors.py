"""Reads for the web UI. Every read takes the actor; another user's conversation, another
organization's anything, and admin pages asked for by a member are all a 404."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.db.models import Q, QuerySet
from django.http import Http404

from appliance.tenancy.models import Group, Membership
from appliance.tenancy.selectors import Actor
from ingestion.models import Document
from ingestion.selectors import document_list
from rag.models import Feedback, Message

User = get_user_model()



def organization_rows(*, fetched_by: AbstractUser, last_slug: str | None) -> list[dict[str, Any]]:
    """The user's organizations for the picker, with their role in each; the one used last first."""
    memberships = Membership.objects.filter(user=fetched_by).select_related("organization").order_by("organization__slug")
    rows = [
        {"organization": m.organization, "is_admin": m.is_admin, "last": m.organization.slug == last_slug}
        for m in memberships
    ]
    return sorted(rows, key=lambda row: not row["last"])


def require_admin(*, actor: Actor) -> None:
    if not actor.is_admin:
        raise Http404("no such page")


@dataclass(frozen=True)
class DocumentFilters:
    query: str = ""
    status: str = ""
    group_id: int | None = None  # 0: organization-wide documents only


def document_search(*, fetched_by: Actor, filters: DocumentFilters) -> QuerySet[Document]:
    require_admin(actor=fetched_by)
    documents = document_list(fetched_by=fetched_by).prefetch_related("groups").order_by("-created_at")
    if filters.query:
        documents = documents.filter(Q(title__icontains=filters.query) | Q(filename__icontains=filters.query))
    if filters.status:
        documents = documents.filter(status=filters.status)
    if filters.group_id == 0:
        documents = documents.filter(visibility=Document.Visibility.ORGANIZATION)
    elif filters.group_id is not None:
        documents = documents.filter(groups__id=filters.group_id).distinct()
    return documents


def library_list(*, fetched_by: Actor, query: str = "") -> QuerySet[Document]:
    """The documents the actor may ask about: indexed, and visible through the access filter
    (a member: the organization-wide ones and those of their groups); newest first."""
    documents = document_list(fetched_by=fetched_by).filter(status=Document.Status.INDEXED)
    if query:
        documents = documents.filter(title__icontains=query)
    return documents.only("id", "title", "filename", "mime_type", "updated_at").order_by("-updated_at", "title")


def admin_document_get(*, document_id: Any, fetched_by: Actor) -> Document:
    require_admin(actor=fetched_by)
    try:
        return document_list(fetched_by=fetched_by).get(pk=document_id)
    except (Document.DoesNotExist, ValueError, TypeError):
        raise Http404("no such document") from None


def admin_groups(*, fetched_by: Actor) -> QuerySet[Group]:
    require_admin(actor=fetched_by)
    return Group.objects.filter(organization_id=fetched_by.organization_id).order_by("name")


def admin_groups_by_ids(*, fetched_by: Actor, group_ids: list[int]) -> list[Group]:
    """Groups of the actor's organization; an id from elsewhere is a 404, not silently dropped."""
    groups = list(admin_groups(fetched_by=fetched_by).filter(id__in=group_ids))
    if len(groups) != len(set(group_ids)):
        raise Http404("no such group")
    return groups


@dataclass(frozen=True)
class MemberRow:
    user: AbstractUser
    role: str
    group_ids: frozenset[int]


def member_list(*, fetched_by: Actor) -> list[MemberRow]:
    require_admin(actor=fetched_by)
    memberships = Membership.objects.filter(organization_id=fetched_by.organization_id).select_related("user").order_by("user__username")
    groups_of: dict[int, set[int]] = {}
    for user_id, group_id in Group.members.through.objects.filter(group__organization_id=fetched_by.organization_id).values_list("user_id", "group_id"):
        groups_of.setdefault(user_id, set()).add(group_id)
    return [MemberRow(m.user, m.role, frozenset(groups_of.get(m.user_id, set()))) for m in memberships]


def member_get(*, user_id: Any, fetched_by: Actor) -> AbstractUser:
    """A user of the actor's organization; anyone else is a 404."""
    require_admin(actor=fetched_by)
    try:
        return User.objects.get(pk=user_id, memberships__organization_id=fetched_by.organization_id)
    except (User.DoesNotExist, ValueError, TypeError):
        raise Http404("no such user") from None


def admin_group_get(*, group_id: Any, fetched_by: Actor) -> Group:
    try:
        return admin_groups(fetched_by=fetched_by).get(pk=group_id)
    except (Group.DoesNotExist, ValueError, TypeError):
        raise Http404("no such group") from None


def negative_feedback_list(*, fetched_by: Actor) -> list[dict[str, Any]]:
    """Answers rated 👎 in the actor's organization, each with the question that led to it."""
    require_admin(actor=fetched_by)
    rows = (
        Feedback.objects.filter(rating=Feedback.Rating.DOWN, message__conversation__organization_id=fetched_by.organization_id)
        .select_related("message", "message__conversation", "user")
        .order_by("-updated_at")[:500]
    )
    result = []
    for feedback in rows:
        answer = feedback.message
        question = (
            Message.objects.filter(conversation_id=answer.conversation_id, role=Message.Role.USER, created_at__lte=answer.created_at)
            .exclude(pk=answer.pk)
            .order_by("-created_at", "-id")
            .first()
        )
        result.append({"feedback": feedback, "answer": answer, "question": question.content if question else ""})
    return result
