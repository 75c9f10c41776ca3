"""Celery tasks of the specialists app: thin adapters over ids."""

from __future__ import annotations

from celery import shared_task

from specialists.job_runner import training_job_run

# A run on two cores takes tens of minutes; the default task limits are for ingestion.
TRAINING_TIME_LIMIT = 6 * 3600


@shared_task(name="specialists.train_adapter", acks_late=True, time_limit=TRAINING_TIME_LIMIT + 300, soft_time_limit=TRAINING_TIME_LIMIT)
def train_adapter(job_id: int) -> str:
    return training_job_run(job_id=job_id)
