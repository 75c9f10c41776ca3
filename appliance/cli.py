"""What every management command shares: --org/--groups/--user lookups with the same clear
errors, stable JSON output, and running a query in the process that owns the embedded store.

Public on purpose: the commands of every app (ingestion's `ingest`, the RAG domain's `ask`,
operations' `backup`) use these, so none of them reaches into another app's private module.
"""

from __future__ import annotations

import json
from typing import Any

from celery import Task
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.http import Http404

from appliance import components
from appliance.components.vectorstore import VectorStoreLocked
from appliance.tenancy.models import Group, Organization
from appliance.tenancy.selectors import Actor, actor_get, group_get_by_names


def emit(command: BaseCommand, payload: Any, *, as_json: bool, text: str) -> None:
    """Stable JSON with --json, readable lines without."""
    if as_json:
        command.stdout.write(json.dumps(payload, ensure_ascii=False))
    else:
        command.stdout.write(text)


def organization_by_slug(slug: str) -> Organization:
    organization = Organization.objects.filter(slug=slug).first()
    if organization is None:
        raise CommandError(f"no organization {slug!r}")
    return organization


def groups_by_option(organization: Organization, option: str) -> list[Group]:
    """`--groups g1,g2`: every name must be a group of the organization."""
    names = [name.strip() for name in option.split(",") if name.strip()]
    try:
        return group_get_by_names(organization=organization, names=names)
    except Group.DoesNotExist as error:
        raise CommandError(str(error)) from None


def command_actor(*, org: str, username: str | None) -> Actor:
    """The Actor that --org/--user stand for."""
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


# An embedded store is locked by one process. While `manage.py serve` runs, `search`, `ask`
# and `evaluate` cannot open it, so they hand their query to the appliance's own workers
# through the broker and wait for the answer; with no appliance running they open the store
# themselves. In production the store is a server and this path is never needed.


def store_is_local() -> bool:
    try:
        components.vector_store()
    except VectorStoreLocked:
        return False
    return True


def run_in_owner(task: Task, *, actor: Actor, timeout: float, **kwargs: Any) -> Any:
    result = task.apply_async(kwargs={"actor": actor.as_payload(), **kwargs}, expires=timeout)
    try:
        return result.get(timeout=timeout)
    except TimeoutError:
        raise CommandError(
            "the embedded vector store is held by another process, and no running appliance answered; "
            "is `manage.py serve` running?"
        ) from None
