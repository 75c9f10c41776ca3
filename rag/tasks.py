"""Embedded mode: the vector store belongs to the `serve` process. A management command that
finds it locked sends its query here, to run in the owner's worker threads (appliance/cli.py).

The task names keep their first spelling ("appliance.search", "appliance.answer"): a command
and a running appliance of different versions still understand each other.
"""

from __future__ import annotations

from typing import Any

from celery import shared_task

from appliance.components.llm.gateway import Waiting, waiting_as
from appliance.tenancy.selectors import Actor
from rag.answering import answer_question
from rag.retrieval import search


@shared_task(name="appliance.search", acks_late=False, time_limit=120, soft_time_limit=110)
def search_task(actor: dict[str, Any], query: str, k: int, mode: str) -> list[dict[str, Any]]:
    found = search(actor=Actor.from_payload(actor), query=query, k=k, mode=mode)  # type: ignore[arg-type]
    return [passage.as_json() for passage in found.passages]


@shared_task(name="appliance.answer", acks_late=False, time_limit=900, soft_time_limit=890)
def answer_task(actor: dict[str, Any], question: str, k: int | None, history: list[dict[str, str]] | None = None) -> dict[str, Any]:
    asker = Actor.from_payload(actor)
    # The command's question waits its turn at the model like any other of its organization.
    with waiting_as(Waiting(party=asker.organization_slug)):
        return answer_question(actor=asker, question=question, k=k, history=history or ()).as_json()
