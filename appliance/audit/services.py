"""Writes for the audit trail: a row added, and rows older than the retention period pruned.
Nothing else writes these rows; nothing at all updates one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import connection, transaction
from django.utils import timezone

from appliance.audit.models import AuditEvent
from appliance.tenancy.models import Organization
from appliance.text import pii

# The session flag the PostgreSQL trigger reads before it lets a DELETE through.
ERASE_FLAG = "appliance.audit_erase"


def audit_record(
    *,
    organization: Organization,
    actor: AbstractUser | None,
    kind: str,
    documents: Iterable[Any] = (),
    refused: bool | None = None,
    question: str = "",
    details: Mapping[str, Any] | None = None,
    request_id: str | None = None,
) -> AuditEvent:
    """Add one event. The question's text is kept only when the organization turned that on:
    questions name people, illnesses, disputes, and the trail is read by every admin. Phone
    numbers, マイナンバー, addresses and the like are masked in what is kept."""
    if kind not in AuditEvent.Kind.values:
        raise ValueError(f"unknown audit kind {kind!r}")
    return AuditEvent.objects.create(
        organization=organization,
        kind=kind,
        actor_user_id=actor.pk if actor is not None else None,
        actor_username=actor.get_username() if actor is not None else "",
        document_ids=" ".join(str(document) for document in documents),
        refused=refused,
        # Masked always: the trail is read and exported by people who need not see them.
        question=pii.mask(question) if organization.audit_questions_text else "",
        details=pii.mask_value(dict(details or {})),
        request_id=request_id or "",
    )


@contextmanager
def audit_erasure() -> Iterator[None]:
    """A transaction in which the trigger lets audit rows be deleted: the retention prune, and
    an organization's removal (whose rows go with it)."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT set_config(%s, 'on', true)", [ERASE_FLAG])
        yield


def audit_prune(*, retention_days: int | None = None, now: dt.datetime | None = None) -> int:
    """Delete events older than AUDIT_RETENTION_DAYS (0 keeps everything); how many went."""
    days = settings.AUDIT_RETENTION_DAYS if retention_days is None else retention_days
    if days <= 0:
        return 0
    cutoff = (now or timezone.now()) - dt.timedelta(days=days)
    with audit_erasure():
        deleted, _ = AuditEvent.objects.filter(created_at__lt=cutoff).delete()
    return deleted
