"""The LLM gateway: one seam through which every answer is generated.

Framework-free on purpose (no Django imports): the same code talks to the embedded llama.cpp
server and to a production vLLM or any other OpenAI-compatible endpoint, and it can be tested
against a real server without settings.

Semantics, in the order a request meets them:

* Concurrency: a non-blocking BoundedSemaphore. When every slot is taken `stream_chat` raises
  LLMBusy at once; a web request must never queue invisibly behind a CPU model that needs
  tens of seconds per answer. The limit is per process (each gunicorn worker has its own).
* Failover: endpoints are tried in order. A connection failure, a 5xx or a 404 (this
  endpoint does not serve the requested model, e.g. an organization's LoRA adapter) moves on
  to the next endpoint, but only before the first text delta was yielded: after that the
  caller has shown partial text, and restarting elsewhere would duplicate it.
  A first-token timeout does not fail over: the server accepted the request and is working
  on it, and resending it would double the load on a server that is already too slow.
* Timeouts: `connect_timeout` bounds connecting (and TLS); `first_token_timeout` bounds the
  wait for the first text delta (it is also httpx's read timeout, so it bounds any stall
  between two reads); `total_timeout` bounds the whole answer and is checked as lines arrive.
  Servers that send SSE keep-alive comments (llama-cpp-python pings every 15 s) reset httpx's
  read timeout, so the first-token deadline is also checked on every line, comments included.
* Cut-off answers: a stream that ends without a finish_reason raises instead of returning
  a silently truncated (or empty) answer.
* Early exit: closing the stream (or leaving its `with` block, or dropping it) closes the HTTP
  response, so the server sees the client go away and stops generating, and frees the slot.

To report "busy" or "unavailable" as an HTTP status before committing to a streaming response,
a view pulls the first delta itself (`first = next(stream)`) and then streams the rest.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self

import httpx

from appliance.components.errors import ComponentUnavailable


@dataclass(frozen=True)
class Endpoint:
    url: str  # base URL ending in /v1, e.g. http://127.0.0.1:8081/v1
    token: str | None = field(default=None, repr=False)  # kept out of logs and tracebacks
    verify_tls: bool | str = True  # False, or a CA bundle path for an internal CA


class LLMError(Exception):
    pass


class LLMUnavailable(LLMError, ComponentUnavailable):
    """No endpoint could take the request (refused, unreachable, 5xx)."""


class LLMBusy(LLMError, ComponentUnavailable):
    """Every concurrency slot of this process is in use; raised at once, never waited for."""


class LLMTimeout(LLMError):
    """Connecting, the first token, a stall, or the whole answer took too long."""


class _FailOver(Exception):
    """Internal: this endpoint failed before producing text; try the next one."""


def _clip(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


@dataclass
class _Outcome:
    # Shared by a ChatStream and its generator. Not the stream itself: the generator holding
    # the stream would make a reference cycle, and a dropped stream would then give back its
    # slot only when the cycle collector runs.
    finish_reason: str | None = None


class ChatStream(Iterator[str]):
    """The text deltas of one answer. Holds a concurrency slot until exhausted or closed.

    It is a class rather than a bare generator because the slot is taken when the stream is
    created (so LLMBusy is raised by `stream_chat` itself), and a generator that was never
    started would not run its `finally` on close and would leak the slot.
    """

    def __init__(self, deltas: Generator[str, None, None], slot: threading.BoundedSemaphore, outcome: _Outcome) -> None:
        self._deltas = deltas
        self._slot = slot
        self._outcome = outcome
        self._released = False
        self._release_lock = threading.Lock()

    @property
    def finish_reason(self) -> str | None:
        """The server's reason for ending: "stop", or "length" when max_tokens cut the answer."""
        return self._outcome.finish_reason

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> str:
        try:
            return next(self._deltas)
        except BaseException:
            # StopIteration or an error: either way the answer is over.
            self.close()
            raise

    def close(self) -> None:
        # Closing the generator runs its `finally`, which closes the HTTP response.
        try:
            self._deltas.close()
        finally:
            with self._release_lock:
                if not self._released:
                    self._released = True
                    self._slot.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __del__(self) -> None:
        # Safety net for a consumer that forgot to close: the slot must come back.
        if not getattr(self, "_released", True):
            self.close()


class LLMGateway:
    def __init__(
        self,
        endpoints: list[Endpoint],
        *,
        default_model: str,
        connect_timeout: float,
        first_token_timeout: float,
        total_timeout: float,
        max_concurrent: int,
    ) -> None:
        if not endpoints:
            raise ValueError("at least one LLM endpoint is required")
        self.endpoints = list(endpoints)
        self.default_model = default_model
        self.connect_timeout = connect_timeout
        self.first_token_timeout = first_token_timeout
        self.total_timeout = total_timeout
        self.max_concurrent = max_concurrent
        self._slots = threading.BoundedSemaphore(max_concurrent)
        # One pooled client per endpoint: TLS settings differ per endpoint, and keep-alive
        # connections save a handshake per answer. httpx clients are thread-safe.
        self._clients = [
            httpx.Client(
                base_url=endpoint.url.rstrip("/") + "/",
                verify=endpoint.verify_tls,
                headers={"Authorization": f"Bearer {endpoint.token}"} if endpoint.token else {},
                limits=httpx.Limits(max_connections=max_concurrent + 2),
                # Ignore HTTP(S)_PROXY from the environment: the endpoints are on the appliance's
                # own network, and a corporate proxy that buffers responses breaks streaming.
                # (A private CA is given per endpoint with verify_tls, not SSL_CERT_FILE.)
                trust_env=False,
            )
            for endpoint in self.endpoints
        ]

    def close(self) -> None:
        for client in self._clients:
            client.close()

    # --- chat ------------------------------------------------------------------------------

    def stream_chat(
        self,
        messages: list[dict[str, Any]],
        *,
        model: str | None = None,
        max_tokens: int = 512,
        temperature: float = 0.1,
        stop: list[str] | None = None,
        json_schema: dict[str, Any] | None = None,
    ) -> ChatStream:
        """Stream the answer's text deltas. Raises LLMBusy now; other LLMErrors while iterating.

        With `json_schema` the server is asked for JSON of that shape: llama.cpp's server turns
        the schema into a grammar; vLLM takes `json_object` and keeps to JSON."""
        if not self._slots.acquire(blocking=False):
            raise LLMBusy(f"all {self.max_concurrent} LLM slots are in use; try again shortly")
        payload: dict[str, Any] = {
            "model": model or self.default_model,
            "messages": messages,
            "max_tokens": max_tokens,
            "temperature": temperature,
            "stream": True,
        }
        if stop:
            payload["stop"] = stop
        if json_schema is not None:
            payload["response_format"] = {"type": "json_object", "schema": json_schema}
        outcome = _Outcome()
        # Creating the generator runs none of its code: nothing is sent until the first next().
        return ChatStream(self._deltas(payload, outcome), self._slots, outcome)

    def chat(
        self,
        messages: list[dict[str, Any]],
        *,
        model: str | None = None,
        max_tokens: int = 512,
        temperature: float = 0.1,
        stop: list[str] | None = None,
        json_schema: dict[str, Any] | None = None,
    ) -> str:
        """The whole answer at once; same errors as iterating `stream_chat`."""
        stream = self.stream_chat(messages, model=model, max_tokens=max_tokens, temperature=temperature, stop=stop, json_schema=json_schema)
        with stream:
            return "".join(stream)

    def _timeout(self) -> httpx.Timeout:
        return httpx.Timeout(
            connect=self.connect_timeout,
            read=self.first_token_timeout,
            write=self.first_token_timeout,
            pool=self.connect_timeout,
        )

    def _deltas(self, payload: dict[str, Any], outcome: _Outcome) -> Generator[str, None, None]:
        started = time.monotonic()
        failures: list[str] = []
        for endpoint, client in zip(self.endpoints, self._clients):
            try:
                yield from self._stream_from(client, endpoint, payload, started, outcome)
                return
            except _FailOver as failure:
                failures.append(f"{endpoint.url}: {failure}")
        raise LLMUnavailable("no LLM endpoint answered: " + "; ".join(failures))

    def _stream_from(
        self,
        client: httpx.Client,
        endpoint: Endpoint,
        payload: dict[str, Any],
        started: float,
        outcome: _Outcome,
    ) -> Iterator[str]:
        yielded = False
        try:
            with client.stream("POST", "chat/completions", json=payload, timeout=self._timeout()) as response:
                if response.status_code >= 500 or response.status_code == 404:
                    raise _FailOver(f"HTTP {response.status_code}: {_clip(response.read().decode(errors='replace'))}")
                if response.status_code >= 400:
                    body = response.read().decode(errors="replace")
                    raise LLMError(f"{endpoint.url} refused the request: HTTP {response.status_code}: {_clip(body)}")
                # iter_lines decodes with an incremental UTF-8 decoder: a network chunk may end in
                # the middle of a three-byte Japanese character, so raw chunks are never decoded.
                for line in response.iter_lines():
                    now = time.monotonic()
                    if not yielded and now - started > self.first_token_timeout:
                        raise LLMTimeout(f"no first token from {endpoint.url} within {self.first_token_timeout:g} s")
                    if now - started > self.total_timeout:
                        raise LLMTimeout(f"answer from {endpoint.url} exceeded {self.total_timeout:g} s")
                    if not line.startswith("data:"):
                        continue  # blank separators, ": ping" comments, "event:" lines
                    data = line[len("data:"):].strip()
                    if data == "[DONE]":
                        break
                    event = json.loads(data)
                    if "error" in event:
                        message = _clip(json.dumps(event["error"], ensure_ascii=False))
                        if not yielded:
                            raise _FailOver(f"error event: {message}")
                        raise LLMError(f"{endpoint.url} failed mid-answer: {message}")
                    for choice in event.get("choices") or []:
                        if choice.get("finish_reason"):
                            outcome.finish_reason = choice["finish_reason"]
                        text = (choice.get("delta") or {}).get("content")
                        if text:
                            yielded = True
                            yield text
                # Every OpenAI-compatible server ends a complete answer with a finish_reason.
                # Without one the answer was cut: llama-cpp-python closes the stream with no
                # data when the prompt exceeds its context window, and (unless started with
                # --interrupt_requests false) ends a running answer with a bare [DONE] when
                # another request arrives.
                if outcome.finish_reason is None:
                    if not yielded:
                        raise _FailOver("the stream ended without an answer (prompt longer than its context window?)")
                    raise LLMError(f"{endpoint.url} ended the answer without a finish reason: it was cut off")
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.UnsupportedProtocol) as error:
            raise _FailOver(f"{type(error).__name__}: {error}") from error
        except httpx.RemoteProtocolError as error:
            # The server dropped the connection (crashed or restarted).
            if not yielded:
                raise _FailOver(f"{type(error).__name__}: {error}") from error
            raise LLMError(f"{endpoint.url} dropped the connection mid-answer") from error
        except (httpx.ReadTimeout, httpx.WriteTimeout, httpx.PoolTimeout) as error:
            if not yielded:
                raise LLMTimeout(f"no first token from {endpoint.url} within {self.first_token_timeout:g} s") from error
            raise LLMTimeout(f"{endpoint.url} stalled for {self.first_token_timeout:g} s mid-answer") from error
        except httpx.HTTPError as error:
            raise LLMError(f"{endpoint.url}: {type(error).__name__}: {error}") from error
        except json.JSONDecodeError as error:
            raise LLMError(f"{endpoint.url} sent a malformed stream event") from error

    # --- health ----------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        """Probe every endpoint with GET /v1/models. Never raises.

        A llama-cpp-python server answers /v1/models only between generations (it takes the
        model lock), so a probe during a long answer reports the endpoint as reachable but busy.
        """
        reports: list[dict[str, Any]] = []
        for endpoint, client in zip(self.endpoints, self._clients):
            started = time.monotonic()
            report: dict[str, Any] = {"url": endpoint.url, "reachable": False, "models": None, "error": None}
            try:
                response = client.get("models", timeout=httpx.Timeout(self.connect_timeout))
                report["reachable"] = True
                response.raise_for_status()
                report["models"] = [model.get("id") for model in response.json().get("data", [])]
            except httpx.TimeoutException as error:
                # Connected but no answer: a llama-cpp-python server busy with a generation.
                report["reachable"] = not isinstance(error, httpx.ConnectTimeout)
                report["error"] = f"{type(error).__name__}: no answer within {self.connect_timeout:g} s"
            except (httpx.HTTPError, ValueError) as error:
                report["error"] = _clip(f"{type(error).__name__}: {error}")
            report["latency_ms"] = round((time.monotonic() - started) * 1000, 1)
            reports.append(report)
        return {
            "ok": any(report["models"] is not None for report in reports),
            "default_model": self.default_model,
            "slots_free": self._slots_free(),
            "endpoints": reports,
        }

    def _slots_free(self) -> int:
        # BoundedSemaphore has no public counter; _value is stable across CPython 3.x.
        return int(getattr(self._slots, "_value", -1))
