"""Reads for tenancy. Every read of tenant data takes the acting user.

Another organization's object raises Http404, never PermissionDenied: a 403 would confirm
that the object exists.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractUser
from django.db.models import QuerySet
from django.http import Http404

from appliance.tenancy.models import Group, Membership, Organization


@dataclass(frozen=True)
class Actor:
    """Who is asking, inside which organization: the input of every access decision."""

    user_id: int
    username: str
    organization_id: int
    organization_slug: str
    is_admin: bool
    group_ids: frozenset[int]

    def as_payload(self) -> dict[str, Any]:
        """JSON for a task message (a command handing its query to the store's owner)."""
        return dataclasses.asdict(self) | {"group_ids": sorted(self.group_ids)}

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Actor:
        return cls(**{**payload, "group_ids": frozenset(payload["group_ids"])})


def organization_list(*, fetched_by: AbstractUser) -> QuerySet[Organization]:
    return Organization.objects.filter(memberships__user=fetched_by).order_by("slug")


def organization_get(*, slug: str, fetched_by: AbstractUser) -> Organization:
    try:
        return organization_list(fetched_by=fetched_by).get(slug=slug)
    except Organization.DoesNotExist:
        raise Http404("no such organization") from None


def actor_get(*, user: AbstractUser, organization: Organization) -> Actor:
    try:
        membership = Membership.objects.get(user=user, organization=organization)
    except Membership.DoesNotExist:
        raise Http404("no such organization") from None
    group_ids = frozenset(
        Group.objects.filter(organization=organization, members=user).values_list("id", flat=True)
    )
    return Actor(
        user_id=user.pk,
        username=user.get_username(),
        organization_id=organization.id,
        organization_slug=organization.slug,
        is_admin=membership.is_admin,
        group_ids=group_ids,
    )


def group_list(*, organization: Organization, fetched_by: AbstractUser) -> QuerySet[Group]:
    actor = actor_get(user=fetched_by, organization=organization)
    groups = Group.objects.filter(organization_id=actor.organization_id)
    if not actor.is_admin:
        groups = groups.filter(id__in=actor.group_ids)
    return groups.order_by("name")


def group_get_by_names(*, organization: Organization, names: list[str]) -> list[Group]:
    """Groups of this organization by name; an unknown name is an error, not silently dropped."""
    groups = {group.name: group for group in Group.objects.filter(organization=organization, name__in=names)}
    missing = [name for name in names if name not in groups]
    if missing:
        raise Group.DoesNotExist(f"no group named {', '.join(missing)} in {organization.slug}")
    return [groups[name] for name in names]
