"""Resolve --org/--user into the Actor that the scriptable commands act as."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError
from django.http import Http404

from appliance.management.commands._lookup import organization_by_slug
from appliance.selectors import Actor, actor_get


def command_actor(*, org: str, username: str | None) -> Actor:
    organization = organization_by_slug(org)
    if username is None:
        # The operator at the console acts as an administrator of the organization: all of
        # its documents, never another organization's.
        return Actor(
            user_id=0,
            username="(console)",
            organization_id=organization.id,
            organization_slug=organization.slug,
            is_admin=True,
            group_ids=frozenset(),
        )
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise CommandError(f"no user {username!r}")
    try:
        return actor_get(user=user, organization=organization)
    except Http404:
        raise CommandError(f"{username} is not a member of {org}") from None
