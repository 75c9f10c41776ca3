"""Writes for the web UI: the admin actions that are compositions of the appliance's and
ingestion's own services. Conversations and feedback are the RAG domain's (rag/conversations.py)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from appliance.tenancy import services as appliance_services
from appliance.tenancy.models import Group, Membership, Organization
from appliance.tenancy.selectors import Actor
from ingestion import services as ingestion_services
from ingestion import storage
from ingestion.models import Document, UploadBatch

logger = logging.getLogger(__name__)
User = get_user_model()


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

    appliance.tenancy.services.user_create reuses an existing account of that name (and would reset
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
