"""Grounded answers: retrieve what the actor may see, ask the model to answer from those
passages only with [n] citations (rag/prompts.py), and map the citations back to documents
and pages (rag/citations.py)."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings

from appliance import components, telemetry
from appliance.telemetry import audit
from appliance.tenancy.selectors import Actor
from rag.citations import Citation, attribute, map_citations
from rag.prompts import MODEL_SAYS_NOT_FOUND, NOT_FOUND, build_messages, condense_messages, language_of
from rag.retrieval import Passage, search


@dataclass
class Answer:
    text: str
    citations: list[Citation] = field(default_factory=list)
    grounded: bool = False
    refused: bool = False  # nothing relevant was found; the model was not called

    def as_json(self) -> dict[str, Any]:
        return {"answer": self.text, "citations": [c.as_json() for c in self.citations], "grounded": self.grounded}


def condense_question(*, question: str, history: Sequence[dict[str, str]], model: str | None = None) -> str:
    """A follow-up ("それはいつから？") rewritten as a standalone question for retrieval."""
    if not history:
        return question
    messages = condense_messages(question=question, history=history)
    rewritten = components.llm().chat(messages, model=model, max_tokens=80, temperature=0.0).strip()
    return rewritten.splitlines()[0].strip() if rewritten else question


@dataclass
class Prepared:
    question: str
    language: str
    passages: list[Passage]
    messages: list[dict[str, str]] | None  # None: nothing relevant, answer without the model


def prepare(*, actor: Actor, question: str, k: int | None = None, history: Sequence[dict[str, str]] = (), model: str | None = None) -> Prepared:
    audit("question", organization=actor.organization_slug, user_id=actor.user_id, question=question)
    language = language_of(question)
    standalone = condense_question(question=question, history=history, model=model)
    result = search(actor=actor, query=standalone, k=k or settings.ANSWER_PASSAGES, expand_neighbours=settings.ANSWER_NEIGHBOURS)
    if not result.relevant:
        return Prepared(standalone, language, [], None)
    return Prepared(standalone, language, result.passages, build_messages(question=standalone, passages=result.passages, language=language))


def finish(text: str, prepared: Prepared) -> Answer:
    text = text.strip()
    if any(phrase in text for phrase in MODEL_SAYS_NOT_FOUND) and len(text) < 60:
        return Answer(text=NOT_FOUND[prepared.language], refused=True)
    citations = map_citations(text, prepared.passages)
    if not citations:
        quoted = attribute(text, prepared.passages)
        if quoted is not None:
            text = f"{text} [{quoted}]"
            citations = map_citations(text, prepared.passages)
    return Answer(text=text, citations=citations, grounded=bool(citations))


def answer_stream(
    *, actor: Actor, question: str, k: int | None = None, history: Sequence[dict[str, str]] = (), model: str | None = None
) -> Iterator[dict[str, Any]]:
    """Events: {"type": "delta", "text"} while the model writes, then one {"type": "done", ...}."""
    started = time.monotonic()
    first_token: float | None = None
    prepared = prepare(actor=actor, question=question, k=k, history=history, model=model)
    if prepared.messages is None:
        text = NOT_FOUND[prepared.language]
        elapsed = time.monotonic() - started
        telemetry.observe_answer(elapsed, elapsed, True)
        yield {"type": "delta", "text": text}
        yield {"type": "done", **Answer(text=text, refused=True).as_json(), "refused": True}
        return
    parts: list[str] = []
    # The with-block closes the HTTP stream (and frees the concurrency slot) even when the
    # reader stops early: the stop button, or a browser that went away.
    with components.llm().stream_chat(prepared.messages, model=model, max_tokens=512, temperature=0.1) as stream:
        for delta in stream:
            if first_token is None:
                first_token = time.monotonic() - started
            parts.append(delta)
            yield {"type": "delta", "text": delta}
    answer = finish("".join(parts), prepared)
    # Recorded before the last yield: a reader that stops there never resumes this generator.
    telemetry.observe_answer(first_token, time.monotonic() - started, answer.refused)
    yield {"type": "done", **answer.as_json(), "refused": answer.refused}


def answer_question(*, actor: Actor, question: str, k: int | None = None, history: Sequence[dict[str, str]] = (), model: str | None = None) -> Answer:
    prepared = prepare(actor=actor, question=question, k=k, history=history, model=model)
    if prepared.messages is None:
        return Answer(text=NOT_FOUND[prepared.language], refused=True)
    text = components.llm().chat(prepared.messages, model=model, max_tokens=512, temperature=0.1)
    return finish(text, prepared)
