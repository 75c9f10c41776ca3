"""What the appliance records about itself, callable from every layer: the request context,
the opt-in audit log, and the counters and histograms that /metrics serves.

It lives in the core so the domain (answering, search) can record an answer's latency or
an audit event without importing the HTTP layer; operations/ sets the request context
(middleware) and renders the registry (metrics), and nothing below it imports operations.
"""

from __future__ import annotations

import contextvars
import json
import logging
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from django.conf import settings
from django.dispatch import Signal
from django.http import HttpRequest
from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.process_collector import ProcessCollector

audit_logger = logging.getLogger("appliance.audit")

# Set by operations.middleware for the request being served on this thread.
request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)
request_var: contextvars.ContextVar[HttpRequest | None] = contextvars.ContextVar("request", default=None)


def current_request_id() -> str | None:
    return request_id_var.get()


def user_id_of(request: HttpRequest) -> int | None:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    return user.pk


# --- the audit log --------------------------------------------------------------------------


def audit_enabled() -> bool:
    return bool(getattr(settings, "AUDIT_LOG", False))


class QuestionOutcome:
    """A question whose row waits for its answer: the caller that sees the answer (the chat's
    answering thread, `ask`) says which documents it showed and whether it was refused, and
    the row is written once, whole, when the `question_audit` block ends."""

    def __init__(self) -> None:
        self.fields: dict[str, Any] | None = None
        self.documents: list[str] = []
        self.refused: bool | None = None
        self.request_id: str | None = None

    def answered(self, *, citations: Sequence[Mapping[str, Any]], refused: bool) -> None:
        self.refused = bool(refused)
        self.documents = list(dict.fromkeys(str(c["document_id"]) for c in citations if c.get("document_id")))


_pending_question: contextvars.ContextVar[QuestionOutcome | None] = contextvars.ContextVar("pending_question", default=None)


@contextmanager
def question_audit() -> Iterator[QuestionOutcome]:
    """Hold back the "question" event raised inside the block until its outcome is known. A
    block left without an answer (the model failed, the reader went away) still writes the
    row, with the outcome unknown: that a question was asked is never lost."""
    outcome = QuestionOutcome()
    token = _pending_question.set(outcome)
    try:
        yield outcome
    finally:
        _pending_question.reset(token)
        if outcome.fields is not None:
            _audit_row(
                "question",
                {**outcome.fields, "documents": outcome.documents, "refused": outcome.refused},
                request_id=outcome.request_id,
            )


def audit(event: str, **fields: Any) -> None:
    """Record who asked or did what. Every event of a known kind becomes a row of the
    organization's audit trail (appliance/audit/). Its content (a question, a file name) also
    goes to the 'appliance.audit' logger, only when the operator turned on AUDIT_LOG: such
    text is personal and confidential, and ordinary logs travel further than the documents may."""
    request = request_var.get()
    if audit_enabled():
        record = {"event": event, **({"user_id": user_id_of(request)} if request is not None else {}), **fields}
        audit_logger.info(
            "audit %s %s", event, json.dumps(record, ensure_ascii=False, default=str), extra={"audit": record}
        )
    pending = _pending_question.get()
    if event == "question" and pending is not None and pending.fields is None:
        pending.fields = dict(fields)
        pending.request_id = current_request_id()
        return
    _audit_row(event, fields, request_id=current_request_id())


# Received by appliance/audit/signals.py, which writes the row: this module is imported by
# the logging configuration, before any model can load, so it cannot write one itself.
# Arguments: event, fields, request, request_id.
audit_event = Signal()


def _audit_row(event: str, fields: Mapping[str, Any], *, request_id: str | None) -> None:
    audit_event.send(sender=None, event=event, fields=dict(fields), request=request_var.get(), request_id=request_id)


# --- counted as they happen (operations.metrics renders them) ---------------------------------

REGISTRY = CollectorRegistry(auto_describe=True)
ProcessCollector(registry=REGISTRY)

HTTP_REQUESTS = Counter(
    "appliance_http_requests",
    "HTTP requests answered, by route name, method and status code.",
    ["route", "method", "status"],
    registry=REGISTRY,
)
HTTP_DURATION = Histogram(
    "appliance_http_request_duration_seconds",
    "Time from request to response (to the end of the stream for a streamed answer), by route name.",
    ["route"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600),
    registry=REGISTRY,
)
ANSWER_FIRST_TOKEN = Histogram(
    "appliance_answer_first_token_seconds",
    "Time from the question to the first token of the answer shown to the user.",
    ["outcome"],
    buckets=(0.1, 0.25, 0.5, 1, 2, 3, 5, 8, 13, 20, 30, 60, 120),
    registry=REGISTRY,
)
ANSWER_DURATION = Histogram(
    "appliance_answer_duration_seconds",
    "Time from the question to the end of the answer.",
    ["outcome"],
    buckets=(0.25, 0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 600),
    registry=REGISTRY,
)

ANSWER_CHECKS = Counter(
    "appliance_answer_checks",
    "Answers by what the claim check found: every number, date, amount and name supported; some "
    "marked 「要確認」; or replaced by the refusal.",
    ["outcome"],
    registry=REGISTRY,
)
UNSUPPORTED_CLAIMS = Counter(
    "appliance_answer_unsupported_claims",
    "Numbers, dates, amounts and names in answers that no cited passage holds.",
    registry=REGISTRY,
)

_METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}


def observe_request(*, route: str, method: str, status: int, seconds: float) -> None:
    """Called by the request middleware once per request (streamed ones when the stream ends)."""
    method = method if method in _METHODS else "OTHER"
    HTTP_REQUESTS.labels(route=route, method=method, status=str(status)).inc()
    HTTP_DURATION.labels(route=route).observe(seconds)


def observe_answer(first_token_s: float | None, total_s: float, refused: bool) -> None:
    """One answered (or refused) question: seconds to the first token shown and to the end.

    `first_token_s` is None when no token came at all (the model failed before its first);
    such an answer is counted in the total only. A refusal ("nothing relevant found") is
    labelled apart, since it never waits for the model and would flatter the latency.
    """
    outcome = "refused" if refused else "answered"
    if first_token_s is not None:
        ANSWER_FIRST_TOKEN.labels(outcome=outcome).observe(max(first_token_s, 0.0))
    ANSWER_DURATION.labels(outcome=outcome).observe(max(total_s, 0.0))


def observe_answer_check(outcome: str) -> None:
    """One answer through the claim check: "supported", "marked" or "refused"."""
    ANSWER_CHECKS.labels(outcome=outcome).inc()


def observe_unsupported_claims(count: int) -> None:
    UNSUPPORTED_CLAIMS.inc(count)
