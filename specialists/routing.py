"""The constellation: which specialist answers a question.

Rules first, then meaning, then the default:

1. an attachment goes to the vision path (no text specialist answers an image);
2. a group an admin pinned to a specialist is always served by it;
3. the question is embedded with the appliance's own embedder (components.embedder(), the
   same seam retrieval uses) and compared with every usable specialist's example questions;
   the nearest specialist answers when its best cosine similarity reaches the threshold;
4. otherwise the organization's default specialist, if the person may use it; else the base.

Only the asker's organization's specialists open to them are ever candidates
(selectors.specialists_usable_by): another organization's specialist is never routed to.

The threshold is measured per embedder (tests/test_specialists_routing.py prints the
accuracy on a paraphrase set at each threshold); SPECIALIST_ROUTE_MIN_SCORE overrides it.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from typing import Any

import numpy as np
from django.conf import settings

from appliance import components
from appliance.tenancy.selectors import Actor
from specialists.models import Specialist
from specialists.selectors import specialists_usable_by

# Measured on the paraphrase set of tests/test_specialists_routing.py (18 paraphrases of three
# specialists' examples, 6 questions for none of them): e5's query-to-query similarities sit
# high (questions for no specialist up to 0.846, paraphrases from 0.868), best accuracy 0.958
# between 0.85 and 0.86; USE's best 0.958 between 0.45 and 0.55. Another embedder: measure.
CALIBRATED_ROUTE_MIN_SCORE = {"multilingual-e5-small-q4": 0.855, "use-multilingual-512": 0.50}
FALLBACK_ROUTE_MIN_SCORE = 0.85


@dataclass(frozen=True)
class Route:
    specialist: Specialist | None  # None: the base model
    rule: str  # "vision", "pinned", "semantic", "default", "base"
    score: float | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "specialist": self.specialist.name if self.specialist else None,
            "specialist_id": self.specialist.pk if self.specialist else None,
            "rule": self.rule,
            "score": None if self.score is None else round(self.score, 4),
        }

    @property
    def adapter(self) -> str | None:
        """The served model name of the adapter to answer with; None for the base."""
        return self.specialist.served_name if self.specialist and self.specialist.adapter_dir else None


def route_min_score() -> float:
    if settings.SPECIALIST_ROUTE_MIN_SCORE >= 0:
        return settings.SPECIALIST_ROUTE_MIN_SCORE
    return CALIBRATED_ROUTE_MIN_SCORE.get(components.embedder().name, FALLBACK_ROUTE_MIN_SCORE)


_cache_lock = threading.Lock()
_example_vectors: dict[str, np.ndarray] = {}


def _examples_matrix(specialist: Specialist) -> np.ndarray:
    embedder = components.embedder()
    key = hashlib.sha256("\n".join([embedder.name, str(specialist.pk), *specialist.examples]).encode()).hexdigest()
    with _cache_lock:
        cached = _example_vectors.get(key)
    if cached is None:
        # Examples are questions, compared with a question: embedded as queries, both sides.
        cached = _normalized(np.array([embedder.embed_query(example) for example in specialist.examples], dtype=np.float32))
        with _cache_lock:
            _example_vectors[key] = cached
    return cached


def _normalized(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=-1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


def nearest(question: str, specialists: list[Specialist]) -> tuple[Specialist | None, float]:
    """The specialist whose example is nearest to the question, and that similarity."""
    if not specialists:
        return None, 0.0
    query = _normalized(np.array(components.embedder().embed_query(question), dtype=np.float32))
    best: tuple[Specialist | None, float] = (None, -1.0)
    for specialist in specialists:
        if not specialist.examples:
            continue
        score = float(np.max(_examples_matrix(specialist) @ query))
        if score > best[1]:
            best = (specialist, score)
    return best


def route(*, actor: Actor, question: str, has_attachment: bool = False) -> Route:
    if has_attachment:
        return Route(None, "vision")
    usable = list(specialists_usable_by(actor=actor).prefetch_related("pinned_groups"))
    if not usable:
        return Route(None, "base")
    pinned = [s for s in usable if any(group.pk in actor.group_ids for group in s.pinned_groups.all())]
    if pinned:
        return Route(min(pinned, key=lambda s: s.pk), "pinned")
    specialist, score = nearest(question, usable)
    if specialist is not None and score >= route_min_score():
        return Route(specialist, "semantic", score)
    default = next((s for s in usable if s.is_default), None)
    if default is not None:
        return Route(default, "default", score)
    return Route(None, "base", score)
