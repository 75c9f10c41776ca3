"""Conversations and the feedback on answers: what the chat page, the `ask` command and an API
share. A conversation belongs to one user inside one organization; every read takes the actor,
and another person's conversation or answer is a 404.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Generator
from typing import Any

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from appliance.components.llm.gateway import LLMBusy, LLMError, LLMTimeout, LLMUnavailable
from appliance.tenancy.selectors import Actor
from rag.answering import answer_stream
from rag.models import Conversation, Feedback, Message

logger = logging.getLogger(__name__)

TITLE_LENGTH = 60
# How many earlier turns a follow-up question carries: enough for "それはいつから？" to
# resolve, few enough that the prompt of a small model is not crowded out by old answers.
HISTORY_TURNS = 6


# --- reads -------------------------------------------------------------------------------


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


# --- writes ------------------------------------------------------------------------------


def conversation_create(*, actor: Actor, first_question: str) -> Conversation:
    title = " ".join(first_question.split())
    if len(title) > TITLE_LENGTH:
        title = title[: TITLE_LENGTH - 1] + "…"
    return Conversation.objects.create(organization_id=actor.organization_id, user_id=actor.user_id, title=title or "…")


def conversation_rename(*, conversation: Conversation, title: str) -> Conversation:
    title = " ".join(title.split())[:200]
    if not title:
        raise ValidationError(_("タイトルを入力してください。"))
    conversation.title = title
    conversation.save(update_fields=["title", "updated_at"])
    return conversation


def conversation_delete(*, conversation: Conversation) -> None:
    conversation.delete()


def _error_text(error: LLMError) -> str:
    if isinstance(error, LLMBusy):
        return _("ただいま混み合っています。少し待ってからもう一度お試しください。")
    if isinstance(error, LLMTimeout):
        return _("回答の生成に時間がかかりすぎたため中断しました。")
    if isinstance(error, LLMUnavailable):
        return _("言語モデルに接続できません。管理者に連絡してください。")
    return _("回答を生成できませんでした。")


def answer_events(*, actor: Actor, conversation: Conversation | None, question: str) -> Generator[dict[str, Any], None, None]:
    """Record the question (in a new conversation when none is given), stream the answer's
    events, and record the answer. The first event names the conversation.

    The consumer is a streaming HTTP response: when the browser stops (or goes away) the
    server closes this generator, GeneratorExit arrives at a `yield`, closing answer_stream in
    turn closes the model's HTTP stream so it stops generating, and the partial text is kept
    as a stopped answer.
    """
    if conversation is None:
        conversation = conversation_create(actor=actor, first_question=question)
        history: list[dict[str, str]] = []
    else:
        history = conversation_history(conversation=conversation)
        conversation.save(update_fields=["updated_at"])  # the sidebar lists recent first
    Message.objects.create(conversation=conversation, role=Message.Role.USER, content=question)
    yield {"type": "start", "conversation_id": conversation.pk, "title": conversation.title}
    parts: list[str] = []
    finished = False
    stream = answer_stream(actor=actor, question=question, history=history)
    try:
        for event in stream:
            if event["type"] == "delta":
                parts.append(event["text"])
                yield event
            elif event["type"] == "done":
                answer = Message.objects.create(
                    conversation=conversation,
                    role=Message.Role.ASSISTANT,
                    content=event["answer"],
                    citations=event["citations"],
                    grounded=event["grounded"],
                    refused=event["refused"],
                    unsupported=event.get("unsupported", []),
                )
                finished = True
                yield {**event, "message_id": answer.pk}
    except LLMError as error:
        logger.warning("answering failed: %s", error)
        yield {"type": "error", "message": _error_text(error)}
    except Exception:
        logger.exception("answering failed unexpectedly")
        yield {"type": "error", "message": _("回答を生成できませんでした。")}
    finally:
        stream.close()
        if not finished and parts:
            Message.objects.create(
                conversation=conversation, role=Message.Role.ASSISTANT, content="".join(parts), stopped=True
            )


def feedback_set(*, message: Message, user: AbstractUser, rating: int, comment: str = "") -> Feedback:
    if rating not in Feedback.Rating.values:
        raise ValidationError("rating must be 1 or -1")
    feedback, _ = Feedback.objects.update_or_create(
        message=message, user=user, defaults={"rating": rating, "comment": comment.strip()[:2000]}
    )
    return feedback


# --- documents -----------------------------------------------------------------------------
