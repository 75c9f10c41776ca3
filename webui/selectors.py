"""Reads for the web UI. Every read takes the actor; another user's conversation, another
organization's anything, and admin pages asked for by a member are all a 404."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404

from appliance.models import Group, Membership
from appliance.selectors import Actor
from ingestion.models import Document
from ingestion.selectors import document_list
from webui.models import Conversation, Feedback, Message

User = get_user_model()

# How many earlier turns a follow-up question carries: enough for "それはいつから？" to
# resolve, few enough that the prompt of a small model is not crowded out by old answers.
HISTORY_TURNS = 6


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


def conversation_list(*, fetched_by: Actor) -> QuerySet[Conversation]:
    return Conversation.objects.filter(organization_id=fetched_by.organization_id, user_id=fetched_by.user_id)


def conversation_get(*, conversation_id: Any, fetched_by: Actor) -> Conversation:
    try:
        return conversation_list(fetched_by=fetched_by).get(pk=conversation_id)
    except (Conversation.DoesNotExist, ValueError, TypeError):
        raise Http404("no such conversation") from None


def conversation_messages(*, conversation: Conversation, fetched_by: Actor) -> list[Message]:
    conversation_get(conversation_id=conversation.pk, fetched_by=fetched_by)
    feedback = Feedback.objects.filter(user_id=fetched_by.user_id)
    messages = list(conversation.messages.prefetch_related(Prefetch("feedback", queryset=feedback, to_attr="my_feedback")))
    for message in messages:
        mine = message.my_feedback[0] if message.my_feedback else None  # type: ignore[attr-defined]
        message.my_rating = mine.rating if mine else 0  # type: ignore[attr-defined]
        message.my_comment = mine.comment if mine else ""  # type: ignore[attr-defined]
        # Read by the page's script with JSON.parse from an attribute; the template escapes it.
        message.citations_json = json.dumps(message.citations, ensure_ascii=False)  # type: ignore[attr-defined]
    return messages


def conversation_history(*, conversation: Conversation) -> list[dict[str, str]]:
    """The earlier turns, oldest first, in the shape answer_stream takes. Stopped and refused
    answers are left out: a half-written or "not found" answer is no context to build on."""
    turns = [
        {"role": message.role, "content": message.content}
        for message in conversation.messages.order_by("-created_at", "-id")
        .exclude(role=Message.Role.ASSISTANT, stopped=True)
        .exclude(role=Message.Role.ASSISTANT, refused=True)[: HISTORY_TURNS * 2]
    ]
    return list(reversed(turns))


def answer_get(*, message_id: Any, fetched_by: Actor) -> Message:
    """An answer in one of the actor's own conversations."""
    try:
        return Message.objects.select_related("conversation").get(
            pk=message_id,
            role=Message.Role.ASSISTANT,
            conversation__organization_id=fetched_by.organization_id,
            conversation__user_id=fetched_by.user_id,
        )
    except (Message.DoesNotExist, ValueError, TypeError):
        raise Http404("no such answer") from None


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
