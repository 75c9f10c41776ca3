"""What `search`, `ask` and `evaluate` run: in this process, or, while the running appliance
holds the embedded vector store, in its workers (appliance/cli.py explains why)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import CommandError

from appliance.cli import run_in_owner, store_is_local
from appliance.components.llm.gateway import LLMError
from appliance.telemetry import audit
from appliance.tenancy.selectors import Actor
from rag.answering import answer_question
from rag.retrieval import search
from rag.tasks import answer_task, search_task


def search_passages(*, actor: Actor, query: str, k: int, mode: str) -> list[dict[str, Any]]:
    """Passages as JSON, searched here or, while the appliance holds the store, by it."""
    audit("search", organization=actor.organization_slug, user_id=actor.user_id, query=query)
    if store_is_local():
        return [p.as_json() for p in search(actor=actor, query=query, k=k, mode=mode).passages]  # type: ignore[arg-type]
    return run_in_owner(search_task, actor=actor, timeout=120, query=query, k=k, mode=mode)


def answer_json(*, actor: Actor, question: str, k: int | None) -> dict[str, Any]:
    """The answer as JSON, computed here or, while the appliance holds the store, by it."""
    try:
        if store_is_local():
            return answer_question(actor=actor, question=question, k=k).as_json()
        return run_in_owner(answer_task, actor=actor, timeout=settings.LLM_TOTAL_TIMEOUT + 60, question=question, k=k)
    except LLMError as error:
        raise CommandError(f"the language model is unavailable: {error}") from None
