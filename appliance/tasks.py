from __future__ import annotations

import socket
from typing import Any

from celery import shared_task

from appliance.selectors import Actor


@shared_task(name="appliance.ping", acks_late=False, time_limit=10, soft_time_limit=5)
def ping() -> dict[str, str]:
    """Answered by a worker: /readyz and the test suite use it to prove a worker is consuming."""
    return {"pong": socket.gethostname()}


# Embedded mode: the vector store belongs to the `serve` process. A management command that
# finds it locked sends its query here, to run in the owner's worker threads (commands.py).


def _actor(payload: dict[str, Any]) -> Actor:
    return Actor(**{**payload, "group_ids": frozenset(payload["group_ids"])})


@shared_task(name="appliance.search", acks_late=False, time_limit=120, soft_time_limit=110)
def search_task(actor: dict[str, Any], query: str, k: int, mode: str) -> list[dict[str, Any]]:
    from appliance.retrieval import search

    return [passage.as_json() for passage in search(actor=_actor(actor), query=query, k=k, mode=mode).passages]  # type: ignore[arg-type]


@shared_task(name="appliance.answer", acks_late=False, time_limit=900, soft_time_limit=890)
def answer_task(actor: dict[str, Any], question: str, k: int | None) -> dict[str, Any]:
    from appliance.answering import answer_question

    return answer_question(actor=_actor(actor), question=question, k=k).as_json()
