"""What `search`, `ask` and `evaluate` run: in this process, or, while the running appliance
holds the embedded vector store, in its workers (appliance/cli.py explains why)."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from appliance import components
from appliance.cli import run_in_owner, store_is_local
from appliance.components.llm.gateway import LLMError, Waiting, waiting_as
from appliance.components.llm.server import EmbeddedLLMServer
from appliance.telemetry import audit, question_audit
from appliance.tenancy.models import Organization
from appliance.tenancy.selectors import Actor
from ingestion.models import Document
from ingestion.tasks import run_inline
from rag.answering import answer_question
from rag.attachments import AttachmentPassage, cite_regions, passages_for_file, passages_for_question
from rag.retrieval import search
from rag.tasks import answer_task, search_task


def search_passages(*, actor: Actor, query: str, k: int, mode: str) -> list[dict[str, Any]]:
    """Passages as JSON, searched here or, while the appliance holds the store, by it."""
    audit("search", organization=actor.organization_slug, user_id=actor.user_id, query=query)
    if store_is_local():
        return [p.as_json() for p in search(actor=actor, query=query, k=k, mode=mode).passages]  # type: ignore[arg-type]
    return run_in_owner(search_task, actor=actor, timeout=120, query=query, k=k, mode=mode)


# Loading the packaged model takes seconds; a busy two-core machine can take a minute.
MODEL_START_TIMEOUT = 180.0


def demo_ready(slug: str) -> None:
    """`--org demo` on an embedded appliance that was never set up (a fresh clone after `make
    install`): the database is migrated and the demo organization made first, as `make run`
    would, so the first `ask` works with nothing else done or running."""
    if settings.PRODUCTION or slug != "demo":
        return
    if "tenancy_organization" not in connection.introspection.table_names():
        _note("Setting up the embedded appliance (first run): migrating the database")
        call_command("migrate", verbosity=0)
    if not Organization.objects.filter(slug=slug).exists():
        _note("Creating the demo organization and ingesting its documents (first run, about a minute)")
        call_command("demo", stdout=sys.stderr)
        # No worker runs beside a lone command: the queued documents are processed here.
        for document in Document.objects.filter(organization__slug=slug, status=Document.Status.QUEUED):
            run_inline(str(document.id))


def _note(text: str) -> None:
    print(text, file=sys.stderr)  # stdout carries the answer (and --json)


@contextmanager
def model_for_this_run() -> Iterator[None]:
    """`ask` and `evaluate --answers` without a running appliance: when no model answers at
    LLM_URLS, start the embedded one for this run (as `serve` does) and stop it after.

    Nothing is started while the running appliance holds the store (it answers with its own
    model), nor when something listens at the URL: a llama.cpp server busy with an answer
    does not answer /v1/models but is there all the same, and a second one could not bind."""
    if not settings.LLM_EMBEDDED_SERVER or not store_is_local():
        yield
        return
    if any(endpoint["reachable"] for endpoint in components.llm().health()["endpoints"]):
        yield
        return
    server = EmbeddedLLMServer.from_settings()
    if not server.start(log=_note):  # it said why; the answer will say the model is unavailable
        yield
        return
    try:
        deadline = time.monotonic() + MODEL_START_TIMEOUT
        while not components.llm().health()["ok"] and time.monotonic() < deadline:
            time.sleep(0.5)
        yield
    finally:
        server.stop()


def _tell_place(progress: dict[str, Any]) -> None:
    # On stderr: stdout carries the answer (and --json), which must stay exactly as it was.
    if progress["type"] == "queued":
        print(f"順番待ち（{progress['position']} 人目） / number {progress['position']} in the queue for the model", file=sys.stderr)


def answer_json(
    *, actor: Actor, question: str, k: int | None, history: Sequence[dict[str, str]] = (), attachments: Sequence[AttachmentPassage] = ()
) -> dict[str, Any]:
    """The answer as JSON, computed here or, while the appliance holds the store, by it.
    `attachments`: the passages of an attached page (`ask --attach`), cited with their regions."""
    try:
        if store_is_local():
            # The same fair queue as the chat: a command waits its turn behind the web's questions.
            with waiting_as(Waiting(party=actor.organization_slug, on_progress=_tell_place)), question_audit() as outcome:
                asked_of = passages_for_question(question, attachments)
                answer = answer_question(actor=actor, question=question, k=k, history=history, attachments=asked_of).as_json()
                outcome.answered(citations=answer["citations"], refused=answer["refused"])
                return cite_regions(answer, attachments) if attachments else answer
        if attachments:
            raise CommandError("--attach reads the page in this process: stop the running appliance first (manage.py serve holds the index)")
        return run_in_owner(
            answer_task, actor=actor, timeout=settings.LLM_TOTAL_TIMEOUT + 60, question=question, k=k, history=list(history)
        )
    except LLMError as error:
        raise CommandError(f"the language model is unavailable: {error}") from None


def conversation_json(
    *, actor: Actor, turns: Sequence[str], k: int | None, attachments: Sequence[AttachmentPassage] = ()
) -> tuple[dict[str, Any], list[dict[str, str]]]:
    """Ask the turns in order in one conversation; the last answer, and the history it had.

    The history is what the chat keeps (rag/conversations.py): refused answers are left out,
    since "not found" is no context to build on."""
    history: list[dict[str, str]] = []
    answer: dict[str, Any] = {}
    for position, turn in enumerate(turns):
        answer = answer_json(actor=actor, question=turn, k=k, history=history, attachments=attachments)
        if position < len(turns) - 1:
            history.append({"role": "user", "content": turn})
            if not answer.get("refused"):
                history.append({"role": "assistant", "content": answer["answer"]})
    return answer, history


def read_history(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """`ask --history FILE.json`: a list of earlier questions (asked in order first), or the
    earlier turns themselves as [{"role": "user"|"assistant", "content": ...}]."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CommandError(f"cannot read {path}: {error}") from None
    if isinstance(data, dict):
        data = data.get("turns") or data.get("history")
    if isinstance(data, list) and all(isinstance(item, str) for item in data):
        return list(data), []
    if isinstance(data, list) and all(
        isinstance(item, dict) and item.get("role") in ("user", "assistant") and isinstance(item.get("content"), str) for item in data
    ):
        return [], [{"role": item["role"], "content": item["content"]} for item in data]
    raise CommandError(f'{path}: expected a list of earlier questions, or of {{"role", "content"}} turns')


def attached_passages(path: Path) -> list[AttachmentPassage]:
    """`--attach FILE` / an evaluate item's "attach": the page's passages, read here, kept nowhere."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CommandError(f"cannot read {path}: {error.strerror}") from None
    try:
        return passages_for_file(data=data, filename=path.name)
    except ValidationError as error:
        raise CommandError(f"{path}: {' '.join(error.messages)}") from None
