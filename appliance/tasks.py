from __future__ import annotations

import socket

from celery import shared_task

from appliance.audit.services import audit_prune


@shared_task(name="appliance.ping", acks_late=False, time_limit=10, soft_time_limit=5)
def ping() -> dict[str, str]:
    """Answered by a worker: /readyz and the test suite use it to prove a worker is consuming."""
    return {"pong": socket.gethostname()}


@shared_task(name="appliance.audit_prune", acks_late=True, time_limit=600, soft_time_limit=540)
def audit_prune_task() -> int:
    """For a Celery beat schedule: the same prune as `manage.py auditprune` (idempotent)."""
    return audit_prune()
