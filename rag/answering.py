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
from appliance.text.japanese import language_of
from rag.citations import CITATION, Citation, attribute, map_citations
from rag.claims import Claim, extract_claims, is_supported
from rag.followups import rewrite_is_safe, search_queries
from rag.prompts import MODEL_SAYS_NOT_FOUND, NOT_FOUND, UNVERIFIED_MARK, build_messages, condense_messages
from rag.retrieval import Passage, SearchResult, search
from rag.safety import classify, reply_for


@dataclass
class Answer:
    text: str
    citations: list[Citation] = field(default_factory=list)
    grounded: bool = False
    refused: bool = False  # the documents do not hold an answer (or the request was refused)
    unsupported: list[str] = field(default_factory=list)  # claims no cited passage holds

    def as_json(self) -> dict[str, Any]:
        return {
            "answer": self.text,
            "citations": [c.as_json() for c in self.citations],
            "grounded": self.grounded,
            "unsupported": list(self.unsupported),
            "refused": self.refused,
        }


def condense_question(*, question: str, history: Sequence[dict[str, str]], model: str | None = None) -> str | None:
    """A follow-up ("それはいつから？") rewritten by the model as a standalone question, or
    None when the rewrite is not safe to use (rag/followups.py)."""
    messages = condense_messages(question=question, history=history)
    rewritten = components.llm().chat(messages, model=model, max_tokens=80, temperature=0.0).strip()
    candidate = rewritten.splitlines()[0].strip() if rewritten else ""
    return candidate if rewrite_is_safe(candidate, question=question, history=history) else None


@dataclass
class Prepared:
    question: str  # as the user asked it: what the model answers
    language: str
    passages: list[Passage]
    messages: list[dict[str, str]] | None  # None: answered without the model (`reply`)
    reply: str | None = None
    search_query: str = ""


def _search_for(actor: Actor, question: str, history: Sequence[dict[str, str]], k: int, model: str | None) -> tuple[SearchResult, str]:
    queries = search_queries(question, history)
    if history and settings.FOLLOWUP_REWRITE:
        rewritten = condense_question(question=question, history=history, model=model)
        if rewritten:
            queries = [rewritten]
    best: tuple[SearchResult, str] | None = None
    for query in queries:
        result = search(actor=actor, query=query, k=k, expand_neighbours=settings.ANSWER_NEIGHBOURS)
        score = (result.relevant, result.best_dense_score or 0.0)
        if best is None or score > (best[0].relevant, best[0].best_dense_score or 0.0):
            best = (result, query)
    assert best is not None
    return best


def prepare(*, actor: Actor, question: str, k: int | None = None, history: Sequence[dict[str, str]] = (), model: str | None = None) -> Prepared:
    audit("question", organization=actor.organization_slug, user_id=actor.user_id, question=question)
    language = language_of(question)
    verdict = classify(question)
    if verdict.harmful:
        # Whatever the documents say: nothing is retrieved, the model is not asked.
        return Prepared(question, language, [], None, reply=reply_for(verdict, language))
    result, query = _search_for(actor, question, history, k or settings.ANSWER_PASSAGES, model)
    if not result.relevant:
        return Prepared(question, language, [], None, reply=NOT_FOUND[language], search_query=query)
    messages = build_messages(question=question, passages=result.passages, language=language, history=history)
    return Prepared(question, language, result.passages, messages, search_query=query)


def check_claims(text: str, citations: Sequence[Citation], passages: Sequence[Passage], language: str) -> tuple[str, list[str], bool]:
    """Every number, amount, date, percentage and name of the answer must be in a passage it
    cites (every passage given, when it cites none). Returns the text to show, the claims
    not found, and whether the answer must be replaced by the refusal.

    Policy (bench/RESULTS.md): an answer whose claims are mostly unsupported is replaced by
    the refusal, since a wrong figure with a citation is worse than "not in your documents";
    when most are supported, the others stay, each marked 「（要確認）」, and are reported."""
    cited = {citation.n for citation in citations}
    sources = [f"{p.title}\n{p.context or p.text}" for n, p in enumerate(passages, start=1) if not cited or n in cited]
    body = CITATION.sub("", text)
    claims = extract_claims(body)
    unsupported = [claim for claim in claims if not is_supported(claim, sources)]
    if not unsupported:
        return text, [], False
    telemetry.observe_unsupported_claims(len(unsupported))
    if len(claims) - len(unsupported) <= len(unsupported):
        return text, [claim.text for claim in unsupported], True
    # Offsets are into the text without citation marks; mark each claim where it stands there,
    # found again in the original by its own text from the left.
    marked = text
    for claim in sorted(unsupported, key=lambda claim: claim.start, reverse=True):
        position = _locate(marked, body, claim)
        if position is not None:
            marked = marked[:position] + UNVERIFIED_MARK[language] + marked[position:]
    return marked, [claim.text for claim in unsupported], False


def _locate(text: str, body: str, claim: Claim) -> int | None:
    """Where the claim ends in `text` (which still has its citation marks)."""
    occurrence = body[: claim.start].count(claim.text)
    index = -1
    for _ in range(occurrence + 1):
        index = text.find(claim.text, index + 1)
        if index < 0:
            return None
    return index + len(claim.text)


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
    shown, unsupported, replace = check_claims(text, citations, prepared.passages, prepared.language)
    telemetry.observe_answer_check("refused" if replace else "marked" if unsupported else "supported")
    if replace:
        return Answer(text=NOT_FOUND[prepared.language], refused=True, unsupported=unsupported)
    return Answer(text=shown, citations=citations, grounded=bool(citations), unsupported=unsupported)


def answer_stream(
    *, actor: Actor, question: str, k: int | None = None, history: Sequence[dict[str, str]] = (), model: str | None = None
) -> Iterator[dict[str, Any]]:
    """Events: {"type": "delta", "text"} while the model writes, then one {"type": "done", ...}."""
    started = time.monotonic()
    first_token: float | None = None
    prepared = prepare(actor=actor, question=question, k=k, history=history, model=model)
    if prepared.messages is None:
        text = prepared.reply or NOT_FOUND[prepared.language]
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
        return Answer(text=prepared.reply or NOT_FOUND[prepared.language], refused=True)
    text = components.llm().chat(prepared.messages, model=model, max_tokens=512, temperature=0.1)
    return finish(text, prepared)
