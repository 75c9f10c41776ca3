"""The audit trail page: an admin lists the organization's events, filters them by person,
kind, date range and document, exports them as CSV, and chooses whether questions' text is
kept. To anyone else the page does not exist."""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from appliance.audit.models import AuditEvent
from appliance.audit.selectors import AuditFilters, audit_event_list
from appliance.tenancy.models import Organization
from appliance.tenancy.selectors import Actor
from appliance.tenancy.services import organization_set_audit_questions, organization_set_pii_masking
from ingestion.models import Document
from webui import selectors
from webui.views import _page, admin_view

PAGE_SIZE = 100
# Excel reads a CSV as Shift_JIS unless it starts with a byte order mark.
BOM = "\ufeff"


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _filters(request: HttpRequest) -> AuditFilters:
    user = request.GET.get("user", "")
    return AuditFilters(
        user_id=int(user) if user.isdigit() else None,
        kind=request.GET.get("kind", "") if request.GET.get("kind", "") in AuditEvent.Kind.values else "",
        since=_date(request.GET.get("since", "")),
        until=_date(request.GET.get("until", "")),
        document_id=request.GET.get("document", "").strip()[:64],
    )


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _document_titles(*, fetched_by: Actor, events: list[AuditEvent]) -> dict[str, str]:
    ids = {document_id for event in events for document_id in event.document_id_list if _is_uuid(document_id)}
    documents = Document.objects.filter(organization_id=fetched_by.organization_id, id__in=ids)
    return {str(document.id): document.title for document in documents}


def _rows(events: list[AuditEvent], titles: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {
            "event": event,
            # A deleted document keeps its place in the trail by id.
            "documents": [{"id": document_id, "title": titles.get(document_id, "")} for document_id in event.document_id_list],
        }
        for event in events
    ]


@admin_view
@require_GET
@never_cache
def audit(request: HttpRequest, organization: Organization, actor: Actor) -> HttpResponse:
    filters = _filters(request)
    events = audit_event_list(fetched_by=actor, filters=filters)
    if request.GET.get("format") == "csv":
        return _csv(events, actor=actor, organization=organization)
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    titles = _document_titles(fetched_by=actor, events=list(page.object_list))
    query = request.GET.copy()
    query.pop("page", None)
    return _page(
        request,
        "webui/manage/audit.html",
        organization,
        actor,
        {
            "section": "audit",
            "rows": _rows(list(page.object_list), titles),
            "page": page,
            "filters": filters,
            "kinds": AuditEvent.Kind.choices,
            "members": selectors.member_list(fetched_by=actor),
            "query": query.urlencode(),
            "retention_days": settings.AUDIT_RETENTION_DAYS,
        },
    )


class _Echo:
    """csv.writer's file: each row comes back as the string to stream."""

    def write(self, value: str) -> str:
        return value


def _csv_lines(events: Any, *, actor: Actor) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield BOM + writer.writerow(["日時 / time", "種類 / kind", "ユーザー / user", "文書 / documents", "拒否 / refused", "質問 / question", "詳細 / details", "request id"])
    for chunk_start in range(0, events.count(), 500):
        batch = list(events[chunk_start : chunk_start + 500])
        titles = _document_titles(fetched_by=actor, events=batch)
        for event in batch:
            documents = " | ".join(f"{titles.get(d, '')} ({d})" for d in event.document_id_list)
            refused = "" if event.refused is None else ("yes" if event.refused else "no")
            yield writer.writerow([
                timezone.localtime(event.created_at).isoformat(timespec="seconds"),
                event.kind,
                event.actor_username,
                documents,
                refused,
                event.question,
                " ".join(f"{key}={value}" for key, value in event.details.items()),
                event.request_id,
            ])


def _csv(events: Any, *, actor: Actor, organization: Organization) -> HttpResponse:
    response = StreamingHttpResponse(_csv_lines(events, actor=actor), content_type="text/csv; charset=utf-8")
    filename = f"audit-{organization.slug}-{timezone.localdate():%Y%m%d}.csv"
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


@admin_view
@require_POST
def audit_settings(request: HttpRequest, organization: Organization, actor: Actor) -> HttpResponse:
    organization_set_audit_questions(organization=organization, enabled=request.POST.get("questions_text") == "on")
    organization_set_pii_masking(
        organization=organization, at_ingestion=request.POST.get("pii_ingestion") == "on", in_answers=request.POST.get("pii_answers") == "on"
    )
    return redirect("webui:audit", slug=organization.slug)
