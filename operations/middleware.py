"""Request ids, the access log, HTTP metrics and the JSON log format.

Every request gets an id: the proxy's X-Request-ID when it is a sane one, otherwise a new
one. It is returned in the response's X-Request-ID and carried by a context variable into
every log record written while the request is served (RequestIdFilter), so one id finds a
request's lines in nginx's log, the access log and any error.

The audit log itself is written by appliance.telemetry.audit, which the domain calls.
Both formatters mask personal information (appliance/text/pii.py) in everything they write.
What is never logged, unless the operator turns on AUDIT_LOG: query strings, request
bodies, questions and document text. The access log has the method, the route's name (not
the path, which can carry a document title), the status, the duration and the user id.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from typing import Any

from django.core.signals import request_finished
from django.http import FileResponse, HttpRequest, HttpResponse, StreamingHttpResponse

from appliance import telemetry
from appliance.telemetry import current_request_id, user_id_of
from appliance.telemetry import request_id_var as _request_id
from appliance.telemetry import request_var as _request
from appliance.text import pii

access_logger = logging.getLogger("appliance.access")

REQUEST_ID_HEADER = "X-Request-ID"
# Short and plain, so a forged header cannot inject text (or a newline) into every log line.
_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9-]{1,64}$")


__all__ = ["current_request_id"]


def request_id_from(header: str | None) -> str:
    if header and _VALID_REQUEST_ID.match(header):
        return header
    return uuid.uuid4().hex


def _route_of(request: HttpRequest) -> str:
    match = getattr(request, "resolver_match", None)
    if match is None:
        # No view ran: a redirect to HTTPS, a refused host, or no such URL.
        return "unresolved"
    return match.view_name or "unnamed"


class _ObservedStream:
    """Wraps a streamed body: each chunk is produced with the request's id in context (the
    server iterates after the middleware returned), and the request is logged when the
    stream ends or is closed, so a streamed answer's duration is the whole answer."""

    def __init__(self, content: Iterator[bytes], request: HttpRequest, request_id: str, finish: Callable[[], None]) -> None:
        self._content = content
        self._request = request
        self._request_id = request_id
        self._finish = finish
        self._finished = False

    def __iter__(self) -> _ObservedStream:
        return self

    def __next__(self) -> bytes:
        id_token = _request_id.set(self._request_id)
        request_token = _request.set(self._request)
        try:
            return next(self._content)
        except StopIteration:
            self.close()
            raise
        finally:
            _request_id.reset(id_token)
            _request.reset(request_token)

    def close(self) -> None:
        if self._finished:
            return
        self._finished = True
        request_token = _request_id.set(self._request_id)
        try:
            self._finish()
        finally:
            _request_id.reset(request_token)


class RequestContextMiddleware:
    """First in MIDDLEWARE, so that even a redirect to HTTPS is logged with an id."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request_id = request_id_from(request.headers.get(REQUEST_ID_HEADER))
        request.request_id = request_id  # type: ignore[attr-defined]
        started = time.monotonic()
        # Not reset when this returns: Django logs a 4xx/5xx response ("Not Found: …") after the
        # middleware chain, and that line belongs to this request too. The ids are cleared
        # when the server closes the response (request_finished, below).
        _request_id.set(request_id)
        _request.set(request)
        response = self.get_response(request)
        user_id = user_id_of(request)
        response[REQUEST_ID_HEADER] = request_id

        def finish() -> None:
            _log_request(request, response, user_id=user_id, seconds=time.monotonic() - started)

        # A FileResponse is left alone: wrapping it would stop the server from using sendfile,
        # and an original's download is logged when it starts.
        if isinstance(response, StreamingHttpResponse) and not isinstance(response, FileResponse) and not response.is_async:
            response.streaming_content = _ObservedStream(iter(response.streaming_content), request, request_id, finish)
        else:
            finish()
        return response


def _forget_request(**kwargs: Any) -> None:
    # The server's thread goes on to the next request (or idles): nothing it logs from now on
    # belongs to this one.
    _request_id.set(None)
    _request.set(None)


request_finished.connect(_forget_request, dispatch_uid="operations.middleware.forget_request")


def _log_request(request: HttpRequest, response: HttpResponse, *, user_id: int | None, seconds: float) -> None:
    route = _route_of(request)
    duration_ms = round(seconds * 1000, 1)
    telemetry.observe_request(route=route, method=request.method or "", status=response.status_code, seconds=seconds)
    if route == "metrics" and response.status_code == 200:
        return  # a scrape every few seconds would drown the access log
    access_logger.info(
        "%s %s %s %.1fms user=%s",
        request.method,
        route,
        response.status_code,
        duration_ms,
        user_id if user_id is not None else "-",
        extra={
            "http": {
                "method": request.method,
                "route": route,
                "status": response.status_code,
                "duration_ms": duration_ms,
                "user_id": user_id,
            }
        },
    )


# --- logging: the request id on every record, and a JSON formatter ----------------------------


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record ("-" outside a request); attach it to handlers."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = _request_id.get() or "-"
        return True


_STANDARD_ATTRIBUTES = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime", "request_id"}


class JsonFormatter(logging.Formatter):
    """One JSON object per line, for journald → a log collector: time, level, logger, message,
    request_id, whatever the caller passed in `extra=`, and the traceback if any."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, tz=timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", None) or _request_id.get(),
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD_ATTRIBUTES and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        # Personal information (phone numbers, マイナンバー, addresses) is masked in every
        # field, the audit log's question included: logs travel further than the trail.
        masked = {key: pii.mask_value(value if isinstance(value, _JSON_TYPES) else str(value)) for key, value in entry.items()}
        return json.dumps(masked, ensure_ascii=False, default=str)


_JSON_TYPES = (str, int, float, bool, type(None), dict, list, tuple)


class PlainFormatter(logging.Formatter):
    """The readable one-line format, with personal information masked as in the JSON lines."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802 - logging's name
        # Local time (TIME_ZONE, JST by default) with its zone named: a log read next to a UTC
        # one, or by someone abroad, must not be nine hours off.
        moment = self.converter(record.created)
        return f"{time.strftime('%Y-%m-%d %H:%M:%S', moment)},{int(record.msecs):03d} {time.strftime('%Z', moment)}"

    def format(self, record: logging.LogRecord) -> str:
        return pii.mask(super().format(record))
