"""The LLM gateway: one seam through which every answer is generated.

Framework-free on purpose (no Django imports): the same code talks to the embedded llama.cpp
server and to a production vLLM or any other OpenAI-compatible endpoint, and it can be tested
against a real server without settings.

Semantics, in the order a request meets them:

* Turns: every request waits for its turn in a fair queue (turns.py: in this process, or in
  Redis, shared by every process that talks to the same LLM) with `max_concurrent` requests
  at the model at once; nobody is refused because the model is busy. Whoever waits says who
  they are and how to tell them where they stand with `waiting_as(Waiting(...))` (a context
  variable, so the layers in between need not pass it): the party (an organization) the
  queue is fair between, a callback that hears {"type": "queued", "position": n} and
  {"type": "generating"}, and a `cancelled` check (the browser went away) that ends the wait
  with LLMCancelled. LLMBusy is raised only after `queue_timeout` seconds in the queue.
* Failover: endpoints are tried in order. A connection failure, a 5xx or a 404 (this
  endpoint does not serve the requested model, e.g. an organization's LoRA adapter) moves on
  to the next endpoint, but only before the first text delta was yielded: after that the
  caller has shown partial text, and restarting elsewhere would duplicate it.
  A first-token timeout does not fail over: the server accepted the request and is working
  on it, and resending it would double the load on a server that is already too slow.
* Down for a moment: when every endpoint is down (refused, dropped, 5xx) before any text,
  the request is sent again each second for up to `unavailable_retry` seconds (a supervised
  server restarting) before LLMUnavailable.
* Timeouts: `connect_timeout` bounds connecting (and TLS); `first_token_timeout` bounds the
  wait for the first text delta (it is also httpx's read timeout, so it bounds any stall
  between two reads); `total_timeout` bounds the whole answer and is checked as lines arrive.
  Servers that send SSE keep-alive comments (llama-cpp-python pings every 15 s) reset httpx's
  read timeout, so the first-token deadline is also checked on every line, comments included.
* Cut-off answers: a stream that ends without a finish_reason raises instead of returning
  a silently truncated (or empty) answer.
* Early exit: closing the stream (or leaving its `with` block, or dropping it) closes the HTTP
  response, so the server sees the client go away and stops generating, and gives the turn back.

To report "busy" or "unavailable" as an HTTP status before committing to a streaming response,
a view pulls the first delta itself (`first = next(stream)`) and then streams the rest.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self

import httpx

from appliance.components.errors import ComponentUnavailable
from appliance.components.llm.adapters import lora_request_fields
from appliance.components.llm.turns import ADMITTED, LocalTurns, Turns, TurnsUnavailable


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
    """The request waited `queue_timeout` seconds in the queue without getting a turn."""


class LLMCancelled(LLMError):
    """The one who waited for a turn went away (the browser stopped) before it came."""


@dataclass(frozen=True)
class Waiting:
    party: str = "-"  # whom the queue is fair between: an organization's slug
    # Hears {"type": "queued", "position"}, {"type": "generating"} and, when the answer is over,
    # {"type": "generated", "tokens", "decode_seconds"}.
    on_progress: Callable[[dict[str, Any]], object] | None = None
    cancelled: Callable[[], bool] | None = None


_waiting: ContextVar[Waiting] = ContextVar("llm_waiting", default=Waiting())


@contextmanager
def waiting_as(waiting: Waiting) -> Iterator[None]:
    """Every request to the model inside the block waits its turn as `waiting` says."""
    token = _waiting.set(waiting)
    try:
        yield
    finally:
        _waiting.reset(token)


class LLMTimeout(LLMError):
    """Connecting, the first token, a stall, or the whole answer took too long."""


class _FailOver(Exception):
    """Internal: this endpoint failed before producing text; try the next one."""

    def __init__(self, message: str, *, down: bool = False) -> None:
        super().__init__(message)
        self.down = down  # not there at all (refused, dropped, 5xx): it may be back in a moment


def _clip(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


@dataclass
class _Outcome:
    # Shared by a ChatStream and its generator. Not the stream itself: the generator holding
    # the stream would make a reference cycle, and a dropped stream would then give back its
    # slot only when the cycle collector runs.
    finish_reason: str | None = None


class _Turn:
    """A turn at the model: its lease is renewed while text arrives, and given back once."""

    RENEW_EVERY = 5.0

    def __init__(self, turns: Turns, ticket: str, lease: float) -> None:
        self._turns = turns
        self._ticket = ticket
        self._lease = lease
        self._renewed = time.monotonic()

    def renew(self) -> None:
        if time.monotonic() - self._renewed > self.RENEW_EVERY:
            self._renewed = time.monotonic()
            self._turns.renew(self._ticket, lease=self._lease)

    def release(self) -> None:
        self._turns.leave(self._ticket)


class ChatStream(Iterator[str]):
    """The text deltas of one answer. Holds a turn at the model until exhausted or closed.

    It is a class rather than a bare generator because the turn is taken when the stream is
    created (`stream_chat` waits for it), and a generator that was never started would not run
    its `finally` on close and would leak the turn.
    """

    def __init__(
        self, deltas: Generator[str, None, None], turn: _Turn, outcome: _Outcome, on_progress: Callable[[dict[str, Any]], object] | None = None
    ) -> None:
        self._deltas = deltas
        self._turn = turn
        self._outcome = outcome
        self._on_progress = on_progress
        self._released = False
        self._release_lock = threading.Lock()
        # What the model wrote, for the decode rate (bench/load.py): llama.cpp and vLLM send
        # one token per delta, and a caller may show only part of them (quote mode's JSON).
        self._count = 0
        self._first_at = self._last_at = 0.0

    @property
    def finish_reason(self) -> str | None:
        """The server's reason for ending: "stop", or "length" when max_tokens cut the answer."""
        return self._outcome.finish_reason

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> str:
        try:
            delta = next(self._deltas)
            self._last_at = time.monotonic()
            if not self._count:
                self._first_at = self._last_at
            self._count += 1
            self._turn.renew()
            return delta
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
                    self._turn.release()
                    if self._count and self._on_progress is not None:
                        seconds = round(self._last_at - self._first_at, 3)
                        try:
                            self._on_progress({"type": "generated", "tokens": self._count, "decode_seconds": seconds})
                        except Exception:  # noqa: BLE001 - a report must never fail the answer it reports on
                            pass

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
        # Safety net for a consumer that forgot to close: the turn must come back.
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
        turns: Turns | None = None,
        queue_timeout: float = 900.0,
        poll_interval: float = 0.25,
        unavailable_retry: float = 0.0,
        lora_by_id: bool = False,
    ) -> None:
        if not endpoints:
            raise ValueError("at least one LLM endpoint is required")
        self.endpoints = list(endpoints)
        self.default_model = default_model
        self.connect_timeout = connect_timeout
        self.first_token_timeout = first_token_timeout
        self.total_timeout = total_timeout
        self.max_concurrent = max_concurrent
        self.queue_timeout = queue_timeout
        self.unavailable_retry = unavailable_retry  # seconds to keep asking endpoints that are down
        self.poll_interval = poll_interval
        self.lora_by_id = lora_by_id  # llama-server: an adapter is picked by id, not by model name
        self.turns: Turns = turns if turns is not None else LocalTurns(max_concurrent)
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
        adapter: str | None = None,
    ) -> ChatStream:
        """Wait for a turn, then stream the answer's text deltas. Raises LLMBusy, LLMCancelled or
        LLMUnavailable (the shared queue is down) while waiting; other LLMErrors while iterating.

        With `json_schema` the server is asked for JSON of that shape: llama.cpp's server turns
        the schema into a grammar; vLLM takes `json_object` and keeps to JSON."""
        waiting = _waiting.get()
        turn = self._wait_for_turn(waiting)
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
        # A specialist's LoRA adapter (llm/adapters.py): its name as the model, or its id.
        payload.update(lora_request_fields(adapter, by_id=self.lora_by_id))
        outcome = _Outcome()
        # Creating the generator runs none of its code: nothing is sent until the first next().
        return ChatStream(self._deltas(payload, outcome), turn, outcome, waiting.on_progress)

    def _wait_for_turn(self, waiting: Waiting) -> _Turn:
        # The lease outlives the longest silence a live answer may have (the first token, or a
        # stall between two); a holder that died gives its turn back when it runs out.
        lease = self.first_token_timeout + 30
        deadline = time.monotonic() + self.queue_timeout
        told = None
        try:
            ticket = self.turns.enter(waiting.party)
        except TurnsUnavailable as error:
            raise LLMUnavailable(str(error)) from error
        try:
            while True:
                place = self.turns.poll(ticket, lease=lease)
                if place == ADMITTED:
                    break
                if place < 0:  # dropped as stale (this process stalled): queue again
                    ticket = self.turns.enter(waiting.party)
                    continue
                if place != told and waiting.on_progress is not None:
                    waiting.on_progress({"type": "queued", "position": place})
                told = place
                if waiting.cancelled is not None and waiting.cancelled():
                    raise LLMCancelled("the request was withdrawn while it waited for its turn")
                if time.monotonic() > deadline:
                    raise LLMBusy(f"no turn at the model within {self.queue_timeout:g} s")
                time.sleep(self.poll_interval)
        except TurnsUnavailable as error:
            self.turns.leave(ticket)
            raise LLMUnavailable(str(error)) from error
        except BaseException:
            self.turns.leave(ticket)  # the place in the queue, or a turn just taken
            raise
        if waiting.on_progress is not None:
            waiting.on_progress({"type": "generating"})
        return _Turn(self.turns, ticket, lease)

    def chat(
        self,
        messages: list[dict[str, Any]],
        *,
        model: str | None = None,
        max_tokens: int = 512,
        temperature: float = 0.1,
        stop: list[str] | None = None,
        json_schema: dict[str, Any] | None = None,
        adapter: str | None = None,
    ) -> str:
        """The whole answer at once; same errors as iterating `stream_chat`."""
        stream = self.stream_chat(
            messages, model=model, max_tokens=max_tokens, temperature=temperature, stop=stop, json_schema=json_schema, adapter=adapter
        )
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
        while True:
            failures: list[str] = []
            every_one_down = True
            for endpoint, client in zip(self.endpoints, self._clients):
                try:
                    yield from self._stream_from(client, endpoint, payload, started, outcome)
                    return
                except _FailOver as failure:
                    failures.append(f"{endpoint.url}: {failure}")
                    every_one_down = every_one_down and failure.down
            # Nothing was shown yet, so asking again is safe: a supervised llama.cpp server that
            # crashed is back within seconds, and the questions waiting in the queue behind this
            # one must not all fail in the meantime, one after another.
            if not every_one_down or time.monotonic() - started + 1 > self.unavailable_retry:
                raise LLMUnavailable("no LLM endpoint answered: " + "; ".join(failures))
            time.sleep(1)

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
                    raise _FailOver(
                        f"HTTP {response.status_code}: {_clip(response.read().decode(errors='replace'))}", down=response.status_code >= 500
                    )
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
        except (httpx.ConnectError, httpx.ConnectTimeout) as error:
            raise _FailOver(f"{type(error).__name__}: {error}", down=True) from error
        except httpx.UnsupportedProtocol as error:
            raise _FailOver(f"{type(error).__name__}: {error}") from error
        except httpx.RemoteProtocolError as error:
            # The server dropped the connection (crashed or restarted).
            if not yielded:
                raise _FailOver(f"{type(error).__name__}: {error}", down=True) from error
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
        running, waiting = self.turns.counts()
        return {
            "ok": any(report["models"] is not None for report in reports),
            "default_model": self.default_model,
            "slots_free": max(self.max_concurrent - running, 0) if running >= 0 else -1,
            "waiting": waiting,
            "endpoints": reports,
        }
