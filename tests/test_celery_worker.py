from __future__ import annotations

import subprocess

from appliance.celery import app
from appliance.tasks import ping
from tests.worker import celery_worker  # noqa: F401  (fixture)


def test_a_task_makes_the_round_trip_through_redis_and_a_real_worker(
    celery_worker: subprocess.Popen[bytes],  # noqa: F811
) -> None:
    assert app.conf.broker_url.startswith("redis://")
    result = ping.apply_async(expires=60)
    answer = result.get(timeout=30)
    assert "pong" in answer
    assert result.status == "SUCCESS"


def test_the_worker_is_configured_for_at_least_once_delivery() -> None:
    # acks_late with prefetch 1 is only safe because every task is idempotent; the pair
    # means a worker killed mid-task leaves the message to be redelivered, not lost.
    assert app.conf.task_acks_late is True
    assert app.conf.worker_prefetch_multiplier == 1
    assert app.conf.task_reject_on_worker_lost is True
    assert app.conf.task_time_limit and app.conf.task_soft_time_limit
