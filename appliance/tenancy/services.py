"""Writes for tenancy. Views, commands and tasks call these; nothing else writes these rows."""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import transaction

from appliance import telemetry
from appliance.tenancy.models import Group, Membership, Organization

User = get_user_model()


def organization_create(*, slug: str, name: str | None = None) -> tuple[Organization, bool]:
    """Create the organization, or return the existing one with the same slug (idempotent)."""
    organization = Organization(slug=slug, name=name or slug)
    organization.full_clean(validate_unique=False)
    organization, created = Organization.objects.get_or_create(slug=slug, defaults={"name": name or slug})
    if not created and name and organization.name != name:
        organization.name = name
        organization.save(update_fields=["name"])
    return organization, created


def group_create(*, organization: Organization, name: str) -> tuple[Group, bool]:
    name = name.strip()
    if not name:
        raise ValidationError("a group needs a name")
    group, created = Group.objects.get_or_create(organization=organization, name=name)
    if created:
        telemetry.audit("group_create", organization=organization, group=name)
    return group, created


def group_rename(*, group: Group, name: str) -> Group:
    """A new name; the group's documents and members stay (they hang on its id)."""
    name = " ".join(name.split())[:100]
    if not name:
        raise ValidationError("a group needs a name")
    if name == group.name:
        return group
    if Group.objects.filter(organization_id=group.organization_id, name=name).exclude(pk=group.pk).exists():
        raise ValidationError(f"a group named {name} already exists")
    previous = group.name
    group.name = name
    group.save(update_fields=["name"])
    telemetry.audit("group_rename", organization=group.organization, group=name, previous_name=previous)
    return group


def group_delete(*, group: Group) -> list[int]:
    """Delete the group. Its documents lose that one grant and nothing else: a document that
    was shared with it alone keeps visibility "groups" with no group left, which is visible to
    the organization's admins only (appliance/access/ACCESS.md), never to everyone. The ids of
    such documents come back, for the page to say so.

    The points' group_ids are left holding the deleted id: an id is never given to another
    group again (the sequence moves on), so it matches nobody, and a re-index writes [].
    """
    organization = group.organization
    with transaction.atomic():
        documents = list(group.documents.values_list("id", flat=True))  # type: ignore[attr-defined]
        left_without = [
            document_id
            for document_id in documents
            if not Group.objects.filter(documents__id=document_id).exclude(pk=group.pk).exists()
        ]
        name = group.name
        members = group.members.count()
        group.delete()
    telemetry.audit(
        "group_delete", organization=organization, group=name, documents=left_without, members=members, documents_shared=len(documents)
    )
    return left_without


def membership_set(*, user: AbstractUser, organization: Organization, role: str) -> Membership:
    if role not in Membership.Role.values:
        raise ValidationError(f"role must be one of {', '.join(Membership.Role.values)}")
    before = Membership.objects.filter(user=user, organization=organization).values_list("role", flat=True).first()
    membership, _ = Membership.objects.update_or_create(
        user=user, organization=organization, defaults={"role": role}
    )
    if before is None:
        telemetry.audit("user_create", organization=organization, subject=user.get_username(), role=role)
    elif before != role:
        telemetry.audit("user_role", organization=organization, subject=user.get_username(), role=role, previous_role=before)
    return membership


def group_add_member(*, group: Group, user: AbstractUser) -> None:
    # A group may only hold members of its own organization: otherwise a group grant would
    # leak documents across the tenant boundary.
    if not Membership.objects.filter(user=user, organization_id=group.organization_id).exists():
        raise ValidationError(f"{user.get_username()} is not a member of {group.organization.slug}")
    if not group.members.filter(pk=user.pk).exists():
        group.members.add(user)
        telemetry.audit("group_member_add", organization=group.organization, subject=user.get_username(), group=group.name)


def group_remove_member(*, group: Group, user: AbstractUser) -> None:
    if group.members.filter(pk=user.pk).exists():
        group.members.remove(user)
        telemetry.audit("group_member_remove", organization=group.organization, subject=user.get_username(), group=group.name)


def membership_remove(*, user: AbstractUser, organization: Organization) -> None:
    with transaction.atomic():
        for group in Group.objects.filter(organization=organization, members=user):
            group.members.remove(user)
        removed, _ = Membership.objects.filter(user=user, organization=organization).delete()
        if removed:
            telemetry.audit("user_remove", organization=organization, subject=user.get_username())


@transaction.atomic
def user_create(
    *,
    username: str,
    organization: Organization,
    role: str = Membership.Role.MEMBER,
    groups: Iterable[Group] = (),
    password: str | None = None,
    email: str = "",
    must_be_new: bool = False,
) -> tuple[AbstractUser, bool]:
    """Create the user (or reuse the existing one) and make them a member of the organization.

    An existing user keeps their password unless a new one is given, so the command can add a
    person to a second organization without locking them out of the first.
    """
    user, created = User.objects.get_or_create(username=username, defaults={"email": email})
    if must_be_new and not created:
        # Checked here, under the unique constraint, not before: a check-then-create lets a
        # name registered in between have its password reset by this call.
        raise ValidationError(f"the username {username} is already taken")
    if password is not None:
        user.set_password(password)
        user.save(update_fields=["password"])
    elif created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    membership_set(user=user, organization=organization, role=role)
    for group in groups:
        if group.organization_id != organization.id:
            raise ValidationError(f"group {group.name} belongs to another organization")
        group_add_member(group=group, user=user)
    return user, created


def organization_set_audit_questions(*, organization: Organization, enabled: bool) -> Organization:
    """Whether the audit trail keeps questions' text (off by default); the change is audited."""
    if organization.audit_questions_text != enabled:
        organization.audit_questions_text = enabled
        organization.save(update_fields=["audit_questions_text"])
        telemetry.audit("settings_change", organization=organization, setting="audit_questions_text", value=enabled)
    return organization


def organization_set_pii_masking(*, organization: Organization, at_ingestion: bool, in_answers: bool) -> Organization:
    """Whether personal data is masked in the text of documents parsed from now on, and in
    answers (both off by default); each change is audited. Documents already indexed keep
    their text until they are re-indexed or uploaded again."""
    for setting, enabled in (("pii_mask_ingestion", at_ingestion), ("pii_mask_answers", in_answers)):
        if getattr(organization, setting) != enabled:
            setattr(organization, setting, enabled)
            organization.save(update_fields=[setting])
            telemetry.audit("settings_change", organization=organization, setting=setting, value=enabled)
    return organization
