"""Run a command's query in the process that owns the embedded vector store.

An embedded store is locked by one process. While `manage.py serve` runs, `search`, `ask`
and `evaluate` cannot open it, so they hand their query to the appliance's own workers
through the broker and wait for the answer; with no appliance running they open the store
themselves. In production the store is a server and this path is never needed.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from celery import Task
from django.core.management.base import CommandError

from appliance import components
from appliance.selectors import Actor
from appliance.vectorstore import VectorStoreLocked


def store_is_local() -> bool:
    try:
        components.vector_store()
    except VectorStoreLocked:
        return False
    return True


def run_in_owner(task: Task, *, actor: Actor, timeout: float, **kwargs: Any) -> Any:
    payload = dataclasses.asdict(actor) | {"group_ids": sorted(actor.group_ids)}
    result = task.apply_async(kwargs={"actor": payload, **kwargs}, expires=timeout)
    try:
        return result.get(timeout=timeout)
    except TimeoutError:
        raise CommandError(
            "the embedded vector store is held by another process, and no running appliance answered; "
            "is `manage.py serve` running?"
        ) from None
