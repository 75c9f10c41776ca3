"""Evaluation before switching: an organization's question set answered by the base model and
by the specialist's adapter, with the same retrieval and checks (`manage.py evaluate --org SLUG
--qa FILE.jsonl --specialist NAME`). The figures are kept on the specialist, so the admin page
shows both before anyone makes it the default."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from django.utils import timezone

from appliance.tenancy.selectors import Actor
from rag.answering import answer_question
from specialists.models import Specialist
from specialists.routing import Route
from specialists.services import specialist_set_evaluation

Judge = Callable[[str, list[str]], bool]


def _judged(answer_text: str, refused: bool, item: dict[str, Any], judge: Judge) -> bool:
    if item.get("unanswerable"):
        return refused
    return judge(answer_text, item.get("answer_any") or item["any"])


def specialist_evaluate(
    *, actor: Actor, specialist: Specialist, questions: Sequence[dict[str, Any]], judge: Judge, on_item: Callable[[dict[str, Any]], None] | None = None
) -> dict[str, Any]:
    """{"questions", "base": {"accuracy", "refused"}, "adapter": {...}, "items": [...]}, kept on the specialist."""
    routes = {"base": Route(None, "base"), "adapter": Route(specialist, "evaluate")}
    items = []
    for item in questions:
        entry: dict[str, Any] = {"id": item["id"], "q": item["q"]}
        for label, chosen in routes.items():
            answer = answer_question(actor=actor, question=item["q"], chosen=chosen)
            entry[label] = {"answer": answer.text, "refused": answer.refused, "right": _judged(answer.text, answer.refused, item, judge)}
        items.append(entry)
        if on_item is not None:
            on_item(entry)
    total = len(items) or 1
    evaluation = {
        "questions": len(items),
        "evaluated_at": timezone.now().isoformat(timespec="seconds"),
        **{label: _figures(entry[label] for entry in items) | {"of": total} for label in routes},
    }
    specialist_set_evaluation(specialist=specialist, evaluation=evaluation)
    return {**evaluation, "items": items}


def _figures(outcomes: Iterator[dict[str, Any]]) -> dict[str, float]:
    outcomes = list(outcomes)
    total = len(outcomes) or 1
    return {
        "accuracy": round(sum(o["right"] for o in outcomes) / total, 4),
        "refused": round(sum(o["refused"] for o in outcomes) / total, 4),
    }
