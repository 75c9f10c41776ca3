"""Who is calling: a Bearer token resolved to its owner's Actor at this request, and a request
budget per token.

A missing, unknown, revoked or expired token, or one whose owner has left the organization, is
a 401 with no hint which: the caller learns nothing about tokens it does not hold.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from functools import cache

import redis
from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.http import HttpRequest
from ninja.security import HttpBearer
from ninja.throttling import BaseThrottle

from appliance.tenancy.models import Organization
from appliance.tenancy.selectors import Actor
from appliance.tenancy.tokens import token_authenticate

logger = logging.getLogger(__name__)
WINDOW_SECONDS = 60


@dataclass(frozen=True)
class Caller:
    """request.auth on every API request."""

    token_id: int
    actor: Actor
    user: AbstractUser
    organization: Organization


class TokenAuth(HttpBearer):
    openapi_description = "An API token (`manage.py createtoken`, or the API tokens page): `Authorization: Bearer apl_…`"

    def authenticate(self, request: HttpRequest, token: str) -> Caller | None:
        found = token_authenticate(secret=token.strip())
        if found is None:
            return None
        api_token, actor = found
        return Caller(token_id=api_token.pk, actor=actor, user=api_token.user, organization=api_token.organization)


def caller(request: HttpRequest) -> Caller:
    return request.auth  # type: ignore[attr-defined,no-any-return]


def caller_of(request: HttpRequest) -> Actor:
    return caller(request).actor


# --- the request budget ------------------------------------------------------------------


class _LocalCounter:
    """Embedded mode: `serve` is the one process that answers the API, so a dict is shared
    by every request thread."""

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}
        self._lock = threading.Lock()

    def increment(self, key: str, window: int) -> int:
        with self._lock:
            stale = [k for k in self._counts if not k.endswith(f":{window}")]
            for k in stale:
                del self._counts[k]
            self._counts[key] = self._counts.get(key, 0) + 1
            return self._counts[key]


_local = _LocalCounter()


@cache
def _redis(url: str) -> redis.Redis:
    return redis.Redis.from_url(url, socket_timeout=1, socket_connect_timeout=1)


def _count(key: str, window: int) -> int:
    url = settings.API_RATE_LIMIT_URL
    if not url:
        return _local.increment(key, window)
    # INCR and EXPIRE in one round trip; the key outlives its window a little, never forever.
    pipeline = _redis(url).pipeline()
    pipeline.incr(key)
    pipeline.expire(key, WINDOW_SECONDS * 2)
    count, _ = pipeline.execute()
    return int(count)


class TokenRateThrottle(BaseThrottle):
    """At most API_RATE_LIMIT requests per token per minute (fixed one-minute windows)."""

    def allow_request(self, request: HttpRequest) -> bool:
        caller = getattr(request, "auth", None)
        limit = settings.API_RATE_LIMIT
        if not isinstance(caller, Caller) or not limit:
            return True
        window = int(time.time() // WINDOW_SECONDS)
        try:
            count = _count(f"appliance:api-rate:{caller.token_id}:{window}", window)
        except redis.RedisError as error:
            # The limit protects the model from a runaway script; a Redis hiccup must not take
            # the API down with it, so the request goes through and the log says why.
            logger.warning("API rate limit not counted (Redis): %s", error)
            return True
        return count <= limit

    def wait(self) -> float:
        return WINDOW_SECONDS - time.time() % WINDOW_SECONDS
