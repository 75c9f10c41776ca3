"""Reads of specialists. Every one takes the actor: another organization's specialist is a
404, and a specialist limited to groups is only offered to their members (admins see all)."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from appliance.tenancy.selectors import Actor
from specialists.models import Specialist


def specialist_list(*, fetched_by: Actor) -> QuerySet[Specialist]:
    return Specialist.objects.filter(organization_id=fetched_by.organization_id).prefetch_related("groups", "pinned_groups")


def specialist_get(*, specialist_id: Any, fetched_by: Actor) -> Specialist:
    try:
        return specialist_list(fetched_by=fetched_by).get(pk=int(specialist_id))
    except (Specialist.DoesNotExist, ValueError, TypeError):
        raise Http404("no such specialist") from None


def specialist_get_by_name(*, name: str, fetched_by: Actor) -> Specialist:
    try:
        return specialist_list(fetched_by=fetched_by).get(name=name)
    except Specialist.DoesNotExist:
        raise Http404(f"no specialist named {name!r}") from None


def specialists_usable_by(*, actor: Actor) -> QuerySet[Specialist]:
    """The specialists that may answer this person: their organization's, open to everyone
    or to one of their groups (an admin, to all)."""
    if actor.is_admin:
        return Specialist.objects.filter(organization_id=actor.organization_id)
    return (
        Specialist.objects.filter(organization_id=actor.organization_id)
        .filter(Q(groups__isnull=True) | Q(groups__id__in=actor.group_ids))
        .distinct()
    )
