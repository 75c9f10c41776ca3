"""Writes for the web UI: conversations, answers, feedback, and the admin actions that are
compositions of the appliance's and ingestion's own services."""

from __future__ import annotations

import logging
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from appliance import services as appliance_services
from appliance.answering import answer_stream
from appliance.llm import LLMBusy, LLMError, LLMTimeout, LLMUnavailable
from appliance.models import Group, Membership, Organization
from appliance.selectors import Actor
from ingestion import services as ingestion_services
from ingestion import storage
from ingestion.models import Document, UploadBatch
from webui.models import Conversation, Feedback, Message
from webui.selectors import conversation_history

logger = logging.getLogger(__name__)
User = get_user_model()

TITLE_LENGTH = 60


# --- conversations -----------------------------------------------------------------------


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


@dataclass(frozen=True)
class UploadOutcome:
    batch: UploadBatch
    submissions: list[ingestion_services.Submission]


def documents_upload(
    *, organization: Organization, uploaded_by: AbstractUser, files: Sequence[UploadedFile], groups: Sequence[Group]
) -> UploadOutcome:
    """One batch for the files of one upload; each file is stored and queued by ingestion."""
    batch = ingestion_services.batch_create(organization=organization, created_by=uploaded_by)
    submissions = []
    for upload in files:
        size = upload.size or 0
        # An oversize file is refused without reading it into memory.
        data = upload.read() if size <= settings.UPLOAD_MAX_BYTES else None
        submissions.append(
            ingestion_services.document_submit(
                organization=organization,
                uploaded_by=uploaded_by,
                filename=upload.name or "upload",
                data=data,
                size=size,
                groups=groups,
                batch=batch,
            )
        )
    return UploadOutcome(batch, submissions)


def document_retry(*, document: Document) -> Document:
    """Queue a document for parsing and indexing again (a failed one, or a re-index).

    Replacing a document with its own stored original is exactly a re-run of the pipeline:
    its current passages stay searchable until the new generation is indexed.
    """
    if not document.sha256:
        # Refused before it was stored (empty, over the size limit): nothing to run again.
        raise ValidationError(_("この文書は保存されていないため再試行できません。もう一度アップロードしてください。"))
    try:
        data = storage.original_read(organization_id=document.organization_id, sha256=document.sha256)
    except FileNotFoundError:
        raise ValidationError(_("保存された原本が見つかりません。もう一度アップロードしてください。")) from None
    return ingestion_services.document_replace(document=document, filename=document.filename, data=data)


# --- people --------------------------------------------------------------------------------


def member_create(
    *, organization: Organization, username: str, password: str, role: str, groups: Sequence[Group]
) -> AbstractUser:
    """A new account in the admin's organization.

    appliance.services.user_create reuses an existing account of that name (and would reset
    its password): right for the operator's command line, but from an organization admin it
    would hand over someone else's account, perhaps in another organization. Here the name
    must be new.
    """
    username = username.strip()
    if not username:
        raise ValidationError(_("ユーザー名を入力してください。"))
    User.username_validator(username)
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationError(_("このユーザー名はすでに使われています。"))
    validate_password(password, User(username=username))
    try:
        user, _created = appliance_services.user_create(
            username=username, organization=organization, role=role, groups=groups, password=password, must_be_new=True
        )
    except ValidationError:
        raise ValidationError(_("このユーザー名はすでに使われています。")) from None
    return user


def _refuse_self(*, actor: Actor, user: AbstractUser) -> None:
    # An admin who demotes or removes themselves may leave the organization with no admin.
    if user.pk == actor.user_id:
        raise ValidationError(_("自分自身の権限は変更できません。"))


@transaction.atomic
def member_update(
    *, actor: Actor, organization: Organization, user: AbstractUser, role: str, groups: Sequence[Group]
) -> Membership:
    """Set a member's role and exactly the groups they belong to in this organization."""
    current = Membership.objects.get(user=user, organization=organization)
    if role != current.role:
        _refuse_self(actor=actor, user=user)
    membership = appliance_services.membership_set(user=user, organization=organization, role=role)
    wanted = {group.pk for group in groups}
    for group in Group.objects.filter(organization=organization):
        is_member = group.members.filter(pk=user.pk).exists()
        if group.pk in wanted and not is_member:
            appliance_services.group_add_member(group=group, user=user)
        elif group.pk not in wanted and is_member:
            appliance_services.group_remove_member(group=group, user=user)
    return membership


def member_remove(*, actor: Actor, organization: Organization, user: AbstractUser) -> None:
    _refuse_self(actor=actor, user=user)
    appliance_services.membership_remove(user=user, organization=organization)


def group_create(*, organization: Organization, name: str) -> Group:
    group, _created = appliance_services.group_create(organization=organization, name=name[:100])
    return group
