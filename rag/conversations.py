"""Conversations and the feedback on answers: what the chat page, the `ask` command and an API
share. A conversation belongs to one user inside one organization; every read takes the actor,
and another person's conversation or answer is a 404.
"""

from __future__ import annotations

import contextvars
import json
import logging
import queue
import threading
import time
from collections.abc import Callable, Generator, Sequence
from typing import Any

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from appliance import telemetry
from appliance.components.llm.gateway import LLMBusy, LLMCancelled, LLMError, LLMTimeout, LLMUnavailable, Waiting, waiting_as
from appliance.tenancy.selectors import Actor
from rag.answering import answer_stream
from rag.attachments import AttachmentPassage, attachment_attach, events_with_regions, passages_for_question, stored_passages
from rag.models import Attachment, Conversation, Feedback, Message

logger = logging.getLogger(__name__)

TITLE_LENGTH = 60
# How many earlier turns a follow-up question carries: enough for "それはいつから？" to
# resolve, few enough that the prompt of a small model is not crowded out by old answers.
HISTORY_TURNS = 6
# How long the page's report of what it showed waits for the stopped answer to be recorded: the
# server learns that the browser stopped only at its next write (a delta, or a keep-alive ping
# after KEEPALIVE_SECONDS), then waits up to STOP_GRACE_SECONDS for the answering thread.
STOPPED_ANSWER_WAIT_SECONDS = 20.0
# How long a stopped answer's closing waits for the model's stream to notice; past that it is
# closed at its next token, in its own thread.
STOP_GRACE_SECONDS = 5.0
# A waiting page hears something at least this often: the web server notices a browser that
# went away only when it writes, and a question must not keep its place in the queue for
# someone who left. (It also keeps proxies from timing the quiet stream out.)
KEEPALIVE_SECONDS = 10.0


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
    asked = ""
    for message in messages:
        if message.role == Message.Role.USER:
            asked = message.content
        message.asked = asked  # type: ignore[attr-defined]  # what 再試行 asks again
        mine = message.my_feedback[0] if message.my_feedback else None  # type: ignore[attr-defined]
        message.my_rating = mine.rating if mine else 0  # type: ignore[attr-defined]
        message.my_comment = mine.comment if mine else ""  # type: ignore[attr-defined]
        # Read by the page's script with JSON.parse from an attribute; the template escapes it.
        message.citations_json = json.dumps(message.citations, ensure_ascii=False)  # type: ignore[attr-defined]
    return messages


def conversation_history(*, conversation: Conversation) -> list[dict[str, str]]:
    """The earlier turns, oldest first, in the shape answer_stream takes. Stopped, refused and
    failed answers are left out: a half-written or "not found" answer is no context to build on."""
    turns = [
        {"role": message.role, "content": message.content}
        for message in conversation.messages.order_by("-created_at", "-id")
        .exclude(role=Message.Role.ASSISTANT, stopped=True)
        .exclude(role=Message.Role.ASSISTANT, refused=True)
        .exclude(role=Message.Role.ASSISTANT, error__gt="")[: HISTORY_TURNS * 2]
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


def _error_text(error: Exception) -> str:
    if isinstance(error, LLMBusy):
        return _("順番待ちが長すぎたため中断しました。もう一度お試しください。")
    if isinstance(error, LLMTimeout):
        return _("回答の生成に時間がかかりすぎたため中断しました。")
    if isinstance(error, LLMUnavailable):
        return _("言語モデルに接続できません。管理者に連絡してください。")
    return _("回答を生成できませんでした。")


class _Stop(Exception):
    """The reader went away: the answering thread stops at its next event."""


_END = object()


def _answer_in_thread(
    *, actor: Actor, question: str, history: list[dict[str, str]], inbox: queue.Queue[Any], stop: threading.Event,
    attachments: Sequence[AttachmentPassage] = (),
) -> Callable[[], None]:
    """The answer is computed in a thread of its own so that this request can keep telling the
    browser where it stands (retrieved, 順番待ち n 人目, generating) while that thread waits
    for its turn at the model, which a generator blocked in the wait could not."""

    def put(item: Any) -> None:
        while True:
            try:
                inbox.put(item, timeout=0.5)
                return
            except queue.Full:
                if stop.is_set():
                    raise _Stop from None

    def run() -> None:
        waiting = Waiting(party=actor.organization_slug, on_progress=put, cancelled=stop.is_set)
        try:
            # The audit row waits for the answer, to say which documents it showed.
            with waiting_as(waiting), telemetry.question_audit() as outcome:
                asked_of = passages_for_question(question, attachments)
                stream = answer_stream(actor=actor, question=question, history=history, attachments=asked_of)
                if attachments:
                    stream = events_with_regions(stream, attachments)  # 「添付画像」 cited with the region read
                try:
                    for event in stream:
                        if stop.is_set():
                            break
                        if event["type"] == "done":
                            outcome.answered(citations=event["citations"], refused=event["refused"])
                        put(event)
                finally:
                    stream.close()
            put(_END)
        except _Stop:
            pass
        except BaseException as error:  # noqa: BLE001 - handed to the request, which reports it
            try:
                put(error)
            except _Stop:
                pass
        finally:
            connection.close()  # this thread's own database connection

    return run


def answer_events(
    *, actor: Actor, conversation: Conversation | None, question: str, attachment: Attachment | None = None
) -> Generator[dict[str, Any], None, None]:
    """Record the question (in a new conversation when none is given), stream the answer's
    events, and record the answer. The first event names the conversation; then {"type":
    "queued", "position"} while the question waits for its turn at the model, {"type":
    "generating"} when its turn comes, the deltas, and "done" or "error"; {"type": "ping"} after
    KEEPALIVE_SECONDS of silence.

    The consumer is a streaming HTTP response: when the browser stops (or goes away) the
    server closes this generator, GeneratorExit arrives at a `yield`, the answering thread is
    told to stop, and closing answer_stream there closes the model's HTTP stream so it stops
    generating (or gives up its place in the queue); the partial text is kept as a stopped
    answer. A question that fails keeps its answer as the error, so the page can offer 再試行.
    `attachment`: a page the actor attached to this question (rag/attachments.py), kept with
    the conversation and answered from beside the documents.
    """
    if conversation is None:
        conversation = conversation_create(actor=actor, first_question=question)
        history: list[dict[str, str]] = []
    else:
        history = conversation_history(conversation=conversation)
        conversation.save(update_fields=["updated_at"])  # the sidebar lists recent first
    asked = Message.objects.create(conversation=conversation, role=Message.Role.USER, content=question)
    yield {"type": "start", "conversation_id": conversation.pk, "title": conversation.title, "question_id": asked.pk}
    parts: list[str] = []
    finished = False
    inbox: queue.Queue[Any] = queue.Queue(maxsize=256)
    stop = threading.Event()
    attachments: list[AttachmentPassage] = []
    if attachment is not None:
        attachment_attach(attachment=attachment, conversation=conversation)
        attachments = stored_passages(attachment)
    run = _answer_in_thread(actor=actor, question=question, history=history, inbox=inbox, stop=stop, attachments=attachments)
    # The thread carries this request's context (its id in the logs, the active language).
    worker = threading.Thread(target=contextvars.copy_context().run, args=(run,), name="answer", daemon=True)
    worker.start()
    try:
        while True:
            try:
                item = inbox.get(timeout=KEEPALIVE_SECONDS)
            except queue.Empty:
                yield {"type": "ping"}
                continue
            if item is _END:
                break
            if isinstance(item, BaseException):
                raise item
            if item["type"] == "delta":
                parts.append(item["text"])
                yield item
            elif item["type"] == "done":
                answer = Message.objects.create(
                    conversation=conversation,
                    role=Message.Role.ASSISTANT,
                    content=item["answer"],
                    citations=item["citations"],
                    grounded=item["grounded"],
                    refused=item["refused"],
                    unsupported=item.get("unsupported", []),
                    # The specialist that answered (specialists/routing.py), for 「担当: …」 and its figures.
                    specialist_id=item.get("route", {}).get("specialist_id"),
                    route=item.get("route", {}),
                )
                finished = True
                yield {**item, "message_id": answer.pk}
            else:
                yield item  # "queued", "generating"
    except Exception as error:
        if isinstance(error, LLMCancelled):
            return
        if isinstance(error, LLMError):
            logger.warning("answering failed: %s", error)
        else:
            logger.error("answering failed unexpectedly", exc_info=error)
        message = _error_text(error)
        failed = Message.objects.create(
            conversation=conversation, role=Message.Role.ASSISTANT, content="".join(parts), error=message
        )
        finished = True
        yield {"type": "error", "message": message, "message_id": failed.pk, "question": question}
    finally:
        stop.set()
        worker.join(STOP_GRACE_SECONDS)
        if not finished and parts:
            Message.objects.create(
                conversation=conversation, role=Message.Role.ASSISTANT, content="".join(parts), stopped=True
            )


def stopped_answer_trim(
    *, conversation: Conversation, question_id: int, shown: str, wait_seconds: float = STOPPED_ANSWER_WAIT_SECONDS
) -> Message | None:
    """Make the stopped answer to one question hold what the page showed when the person
    pressed 停止.

    The server records every piece it wrote, but pieces still on their way when the browser
    stopped reading were never shown; the page says what it showed, and the stored answer is
    cut to that. It can only be cut, never changed: `shown` must be the start of what the
    model wrote, or nothing happens. Returns the stopped answer, or None if none was recorded
    within `wait_seconds` (nothing was written, or the server has not noticed the stop yet).
    """
    question = conversation.messages.filter(pk=question_id, role=Message.Role.USER).first()
    if question is None:
        raise Http404("no such question")
    answers = conversation.messages.filter(role=Message.Role.ASSISTANT, id__gt=question.pk)
    deadline = time.monotonic() + wait_seconds
    while True:
        next_question = conversation.messages.filter(role=Message.Role.USER, id__gt=question.pk).order_by("id").first()
        mine = answers.filter(id__lt=next_question.pk) if next_question is not None else answers
        with transaction.atomic():
            answer = mine.select_for_update().order_by("id").first()
            if answer is not None and not answer.stopped:
                return None  # answered in full, or failed: nothing was stopped
            if answer is not None:
                if answer.content != shown and answer.content.startswith(shown):
                    answer.content = shown
                    answer.save(update_fields=["content"])
                return answer
        if time.monotonic() >= deadline:
            return None
        time.sleep(0.2)


def feedback_set(*, message: Message, user: AbstractUser, rating: int, comment: str = "") -> Feedback:
    if rating not in Feedback.Rating.values:
        raise ValidationError("rating must be 1 or -1")
    feedback, _ = Feedback.objects.update_or_create(
        message=message, user=user, defaults={"rating": rating, "comment": comment.strip()[:2000]}
    )
    return feedback


# --- documents -----------------------------------------------------------------------------
