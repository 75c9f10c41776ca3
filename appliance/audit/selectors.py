"""Reads of the audit trail, for an organization's admins only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import QuerySet
from django.http import Http404

from appliance.audit.models import AuditEvent
from appliance.tenancy.selectors import Actor


@dataclass(frozen=True)
class AuditFilters:
    user_id: int | None = None
    kind: str = ""
    since: dt.date | None = None
    until: dt.date | None = None  # inclusive
    document_id: str = ""


def audit_event_list(*, fetched_by: Actor, filters: AuditFilters = AuditFilters()) -> QuerySet[AuditEvent]:
    """The organization's events, newest first. A member is told nothing exists (404)."""
    if not fetched_by.is_admin:
        raise Http404
    events = AuditEvent.objects.filter(organization_id=fetched_by.organization_id)
    if filters.user_id is not None:
        events = events.filter(actor_user_id=filters.user_id)
    if filters.kind:
        events = events.filter(kind=filters.kind)
    if filters.since is not None:
        events = events.filter(created_at__date__gte=filters.since)
    if filters.until is not None:
        events = events.filter(created_at__date__lte=filters.until)
    if filters.document_id:
        events = events.filter(document_ids__contains=filters.document_id)
    return events
