"""OpenAI-compatible chat: `POST /v1/chat/completions` and `GET /v1/models`, in the wire format
the `openai` Python client and LangChain's `ChatOpenAI` read.

The answer is the appliance's own: retrieval over what the token's owner may see, the model,
the checks (rag/answering.py `answer_stream`, the stream the chat page shows). The messages
carry the conversation: the last user message is the question, the user and assistant turns
before it the history; a system message is ignored, since the appliance writes its own prompt.
The citations, and whether the answer was grounded or refused, travel in extra top-level fields
(`citations`, `grounded`, `refused`, `unsupported`) that clients ignore but can read.

Streaming: only checked text goes out. While the model writes, the stream carries SSE comment
lines (which every client skips) so that proxies keep it open; the checked answer (with its
「要確認」 marks, the quoted source, or the refusal when a claim is not in the documents) then
follows in pieces. A client's assembled message therefore never holds an unchecked claim, which
a program, unlike a reader, could not see corrected after it.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from collections.abc import Iterator
from typing import Any, Literal

from django.http import HttpRequest, JsonResponse, StreamingHttpResponse
from ninja import Router, Schema
from pydantic import ConfigDict, Field

from api.auth import caller, caller_of
from appliance.components.errors import ComponentUnavailable
from appliance.components.llm.gateway import LLMBusy, LLMError, Waiting, waiting_as
from appliance.tenancy.selectors import Actor
from rag.answering import answer_stream
from rag.conversations import HISTORY_TURNS

logger = logging.getLogger(__name__)

router = Router(tags=["OpenAI-compatible"])

# The organization's default: the appliance's retrieval-augmented answering over its documents.
DEFAULT_MODEL = "appliance-rag"
QUESTION_MAX_LENGTH = 2000


class ContentPart(Schema):
    model_config = ConfigDict(extra="allow")
    type: str = "text"
    text: str | None = None


class ChatMessage(Schema):
    model_config = ConfigDict(extra="allow")
    role: str
    content: str | list[ContentPart] | None = None


class StreamOptions(Schema):
    include_usage: bool = False


class ChatRequest(Schema):
    # temperature, max_tokens, top_p and the rest are accepted and ignored: the appliance sets
    # its own generation for the answer to stay checkable.
    model_config = ConfigDict(extra="allow")
    model: str = DEFAULT_MODEL
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False
    stream_options: StreamOptions | None = None


class ModelCard(Schema):
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str


class ModelList(Schema):
    object: Literal["list"] = "list"
    data: list[ModelCard]


class OpenAIError(Schema):
    error: dict[str, Any]


def _error(status: int, message: str, kind: str) -> JsonResponse:
    return JsonResponse({"error": {"message": message, "type": kind, "param": None, "code": None}}, status=status)


def _text(content: str | list[ContentPart] | None) -> str:
    if isinstance(content, list):
        return "".join(part.text or "" for part in content if part.type == "text")
    return content or ""


def _question_and_history(messages: list[ChatMessage]) -> tuple[str, list[dict[str, str]]]:
    turns = [{"role": m.role, "content": _text(m.content).strip()} for m in messages if m.role in ("user", "assistant")]
    if not turns or turns[-1]["role"] != "user" or not turns[-1]["content"]:
        raise ValueError("the last message must be the user's question")
    history = [turn for turn in turns[:-1] if turn["content"]][-HISTORY_TURNS * 2 :]
    return turns[-1]["content"], history


def _extras(done: dict[str, Any]) -> dict[str, Any]:
    return {
        "citations": done.get("citations", []),
        "grounded": bool(done.get("grounded")),
        "refused": bool(done.get("refused")),
        "unsupported": list(done.get("unsupported", [])),
    }


def _envelope(completion_id: str, created: int, kind: str) -> dict[str, Any]:
    return {"id": completion_id, "object": kind, "created": created, "model": DEFAULT_MODEL, "system_fingerprint": None}


def _usage() -> dict[str, int]:
    # The appliance does not count tokens per request; zeros keep clients that read usage happy.
    return {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}


@router.get("/models", response=ModelList, summary="The models the caller may use")
def models(request: HttpRequest) -> dict[str, Any]:
    organization = caller(request).organization
    card = {"id": DEFAULT_MODEL, "created": int(organization.created_at.timestamp()), "owned_by": organization.slug}
    return {"object": "list", "data": [card]}


@router.post(
    "/chat/completions",
    response={200: dict[str, Any], 400: OpenAIError, 503: OpenAIError},
    summary="A grounded, cited answer (OpenAI-compatible; `stream: true` for server-sent events)",
)
def chat_completions(request: HttpRequest, body: ChatRequest) -> Any:
    actor = caller_of(request)
    try:
        question, history = _question_and_history(body.messages)
    except ValueError as error:
        return _error(400, str(error), "invalid_request_error")
    if len(question) > QUESTION_MAX_LENGTH:
        return _error(400, f"the question is longer than {QUESTION_MAX_LENGTH} characters", "invalid_request_error")
    events = answer_stream(actor=actor, question=question, history=history)
    try:
        # The first event comes once the passages are found and the model has begun: an outage
        # before that is still an HTTP status, not an error in the middle of a 200. The turn at
        # the model is taken in there too, in the organization's place in the same fair queue
        # as the chat page's questions.
        with waiting_as(Waiting(party=actor.organization_slug)):
            first = next(events)
    except StopIteration:
        return _error(503, "the appliance gave no answer", "service_unavailable")
    except LLMBusy as error:
        events.close()
        return _error(503, f"the language model is busy: {error}", "server_busy")
    except (LLMError, ComponentUnavailable) as error:
        events.close()
        logger.warning("API answer failed: %s", error)
        return _error(503, f"the appliance cannot answer now: {error}", "service_unavailable")
    completion_id = f"chatcmpl-{uuid.uuid4().hex}"
    created = int(time.time())
    if body.stream:
        include_usage = bool(body.stream_options and body.stream_options.include_usage)
        response = StreamingHttpResponse(
            _sse(_chunks(first, events, actor, completion_id, created, include_usage)), content_type="text/event-stream; charset=utf-8"
        )
        response["Cache-Control"] = "no-cache"
        response["X-Accel-Buffering"] = "no"  # nginx would deliver the answer all at once
        return response
    done = _last(first, events)
    return {
        **_envelope(completion_id, created, "chat.completion"),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": done["answer"]}, "finish_reason": "stop", "logprobs": None}],
        "usage": _usage(),
        **_extras(done),
    }


def _last(first: dict[str, Any], events: Iterator[dict[str, Any]]) -> dict[str, Any]:
    event = first
    try:
        while event.get("type") != "done":
            event = next(events)
    finally:
        events.close()  # type: ignore[attr-defined]
    return event


def _chunk(completion_id: str, created: int, delta: dict[str, Any], finish: str | None = None, **extra: Any) -> dict[str, Any]:
    return {
        **_envelope(completion_id, created, "chat.completion.chunk"),
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
        **extra,
    }


def _chunks(
    first: dict[str, Any], events: Iterator[dict[str, Any]], actor: Actor, completion_id: str, created: int, include_usage: bool
) -> Iterator[dict[str, Any] | None]:
    yield _chunk(completion_id, created, {"role": "assistant", "content": ""})
    event: dict[str, Any] | None = first
    try:
        while event is not None:
            if event.get("type") == "delta":
                yield None  # the model is writing: a keep-alive, not yet an answer
            elif event.get("type") == "done":
                for piece in _pieces(event["answer"]):
                    yield _chunk(completion_id, created, {"content": piece})
                yield _chunk(completion_id, created, {}, "stop", **_extras(event))
                if include_usage:
                    yield {**_envelope(completion_id, created, "chat.completion.chunk"), "choices": [], "usage": _usage()}
                return
            event = next(events, None)
    except (LLMError, ComponentUnavailable) as error:
        logger.warning("API answer for %s failed mid-stream: %s", actor.username, error)
        yield {"error": {"message": f"the appliance could not finish the answer: {error}", "type": "service_unavailable", "param": None, "code": None}}
    finally:
        events.close()  # type: ignore[attr-defined]


_PIECE = re.compile(r".*?(?:[。！？!?\n]|$)", re.DOTALL)
PIECE_CHARACTERS = 24


def _pieces(answer: str) -> list[str]:
    """The checked answer in the pieces it is streamed in: sentences and lines, a long one cut."""
    pieces = []
    for sentence in (match.group(0) for match in _PIECE.finditer(answer) if match.group(0)):
        pieces.extend(sentence[start : start + PIECE_CHARACTERS] for start in range(0, len(sentence), PIECE_CHARACTERS))
    return pieces


def _sse(chunks: Iterator[dict[str, Any] | None]) -> Iterator[bytes]:
    try:
        for chunk in chunks:
            if chunk is None:
                yield b": generating\n\n"
                continue
            yield f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode()
        yield b"data: [DONE]\n\n"
    finally:
        # The client went away: close the answer now, so the model stops generating at once.
        chunks.close()  # type: ignore[attr-defined]
