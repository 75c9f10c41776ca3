"""Writes for the web UI: the admin actions that are compositions of the appliance's and
ingestion's own services. Conversations and feedback are the RAG domain's (rag/conversations.py)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from appliance.tenancy import services as appliance_services
from appliance.tenancy.models import Group, Membership, Organization
from appliance.tenancy.selectors import Actor
from ingestion import services as ingestion_services

logger = logging.getLogger(__name__)
User = get_user_model()


# The upload page and the API share these; they live with ingestion's services.
UploadOutcome = ingestion_services.UploadOutcome
documents_upload = ingestion_services.documents_upload
document_retry = ingestion_services.document_retry


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
