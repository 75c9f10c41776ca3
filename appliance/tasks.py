from __future__ import annotations

import socket

from celery import shared_task


@shared_task(name="appliance.ping", acks_late=False, time_limit=10, soft_time_limit=5)
def ping() -> dict[str, str]:
    """Answered by a worker: /readyz and the test suite use it to prove a worker is consuming."""
    return {"pong": socket.gethostname()}
