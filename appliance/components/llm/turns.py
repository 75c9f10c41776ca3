"""Whose turn it is at the model: a fair queue in front of the LLM's slots.

Every generation takes a turn (the gateway asks for one before it sends a request). When the
model's slots are all busy the request waits here instead of being refused, and the waiting
requests are served fairly between parties (organizations): start-time fair queueing with a
unit cost per request. Each party's next request gets the start tag
max(round, that party's previous tag + 1), where round is the tag of the request last
admitted, and waiting requests are admitted in tag order (first come first served within a
tag). So an organization with ten questions waiting cannot make another wait behind all ten:
the other's first question goes right after the first of the ten.

Two backends with the same semantics:

* `LocalTurns`: in this process (embedded mode without Redis: `serve` is the one process).
* `RedisTurns`: shared by every process and host that uses the same Redis keys (gunicorn
  workers, Celery workers, commands), each step one Lua script so it is atomic. A process
  that dies holding a turn or waiting for one must not block the others: a waiting request
  refreshes its place on every poll and is dropped after `stale_after` seconds of silence;
  a running one holds a lease that the gateway renews while text arrives, bounded by its
  stall timeout.

The keys live under one prefix per LLM (settings derive it from the endpoints), and expire a
day after their last use, so a test run's namespace disappears by itself.
"""

from __future__ import annotations

import itertools
import threading
import time
import uuid
from typing import Protocol

import redis

ADMITTED = 0
LOST = -1  # the ticket is unknown: given up as stale, or already left


class Turns(Protocol):
    capacity: int

    def enter(self, party: str) -> str:
        """Join the queue; the ticket to poll with."""

    def poll(self, ticket: str, *, lease: float) -> int:
        """ADMITTED (the turn is taken, leased for `lease` seconds), the place in the queue
        (1: next), or LOST."""

    def renew(self, ticket: str, *, lease: float) -> None:
        """Extend a running turn's lease."""

    def leave(self, ticket: str) -> None:
        """Give the turn back, or the place in the queue up. Idempotent."""

    def counts(self) -> tuple[int, int]:
        """(running, waiting)."""


class TurnsUnavailable(Exception):
    """The shared queue cannot be reached."""


class LocalTurns:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._lock = threading.Lock()
        self._sequence = itertools.count()
        self._round = 0
        self._finish: dict[str, int] = {}  # party -> the tag its next request starts from
        self._waiting: dict[str, tuple[int, int, str]] = {}  # ticket -> (tag, sequence, party)
        self._running: dict[str, float] = {}  # ticket -> lease end (monotonic)

    def enter(self, party: str) -> str:
        ticket = uuid.uuid4().hex
        with self._lock:
            waiting_of_party = sum(1 for _, _, p in self._waiting.values() if p == party)
            # A party that gave up many places must not start far behind everyone else.
            tag = max(self._round, min(self._finish.get(party, 0), self._round + waiting_of_party))
            self._finish[party] = tag + 1
            self._waiting[ticket] = (tag, next(self._sequence), party)
        return ticket

    def poll(self, ticket: str, *, lease: float) -> int:
        now = time.monotonic()
        with self._lock:
            self._running = {held: until for held, until in self._running.items() if until > now}
            if ticket in self._running:
                return ADMITTED
            if ticket not in self._waiting:
                return LOST
            order = sorted(self._waiting, key=lambda held: self._waiting[held][:2])
            rank = order.index(ticket)
            free = max(self.capacity - len(self._running), 0)
            if rank < free:
                tag, _, _ = self._waiting.pop(ticket)
                self._running[ticket] = now + lease
                self._round = max(self._round, tag)
                return ADMITTED
            return rank - free + 1

    def renew(self, ticket: str, *, lease: float) -> None:
        with self._lock:
            if ticket in self._running:
                self._running[ticket] = time.monotonic() + lease

    def leave(self, ticket: str) -> None:
        with self._lock:
            self._waiting.pop(ticket, None)
            self._running.pop(ticket, None)

    def counts(self) -> tuple[int, int]:
        with self._lock:
            return len(self._running), len(self._waiting)


# KEYS: waiting (zset member -> tag), finish (hash party -> tag), round, sequence, seen (zset
# member -> last poll), running (zset member -> lease end). A member is "sequence:ticket:party".
_ENTER = """
local round = tonumber(redis.call('GET', KEYS[3]) or '0')
local finish = tonumber(redis.call('HGET', KEYS[2], ARGV[2]) or '0')
local mine = 0
for _, member in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  if string.match(member, '^[^:]*:[^:]*:(.*)$') == ARGV[2] then mine = mine + 1 end
end
local tag = math.max(round, math.min(finish, round + mine))
redis.call('HSET', KEYS[2], ARGV[2], tag + 1)
local member = string.format('%015d', redis.call('INCR', KEYS[4])) .. ':' .. ARGV[1] .. ':' .. ARGV[2]
redis.call('ZADD', KEYS[1], tag, member)
redis.call('ZADD', KEYS[5], ARGV[3], member)
for i = 1, 6 do redis.call('EXPIRE', KEYS[i], 86400) end
return member
"""

_POLL = """
local now = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[6], '-inf', now)
-- The one polling is alive now, however long since its last poll.
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then redis.call('ZADD', KEYS[5], now, ARGV[1]) end
for _, stale in ipairs(redis.call('ZRANGEBYSCORE', KEYS[5], '-inf', ARGV[5])) do
  redis.call('ZREM', KEYS[1], stale)
  redis.call('ZREM', KEYS[5], stale)
end
if redis.call('ZSCORE', KEYS[6], ARGV[1]) then return 0 end
local rank = redis.call('ZRANK', KEYS[1], ARGV[1])
if not rank then return -1 end
local free = math.max(tonumber(ARGV[3]) - redis.call('ZCARD', KEYS[6]), 0)
if rank < free then
  local tag = tonumber(redis.call('ZSCORE', KEYS[1], ARGV[1]))
  redis.call('ZREM', KEYS[1], ARGV[1])
  redis.call('ZREM', KEYS[5], ARGV[1])
  redis.call('ZADD', KEYS[6], ARGV[4], ARGV[1])
  if tag > tonumber(redis.call('GET', KEYS[3]) or '0') then redis.call('SET', KEYS[3], tag) end
  for i = 1, 6 do redis.call('EXPIRE', KEYS[i], 86400) end
  return 0
end
return rank - free + 1
"""


class RedisTurns:
    def __init__(self, client: redis.Redis, *, prefix: str, capacity: int, stale_after: float = 30.0) -> None:
        self.capacity = capacity
        self.stale_after = stale_after
        self._client = client
        self._keys = [f"{prefix}:{name}" for name in ("waiting", "finish", "round", "sequence", "seen", "running")]
        self._enter = client.register_script(_ENTER)
        self._poll = client.register_script(_POLL)

    @classmethod
    def from_url(cls, url: str, *, prefix: str, capacity: int, stale_after: float = 30.0) -> RedisTurns:
        # Short socket timeouts: a question must not hang on a Redis that stopped answering.
        client = redis.Redis.from_url(url, socket_connect_timeout=5, socket_timeout=5, health_check_interval=30)
        return cls(client, prefix=prefix, capacity=capacity, stale_after=stale_after)

    def enter(self, party: str) -> str:
        try:
            return self._enter(keys=self._keys, args=[uuid.uuid4().hex, party.replace(":", "_"), time.time()]).decode()
        except redis.RedisError as error:
            raise TurnsUnavailable(f"the LLM queue in Redis cannot be reached: {error}") from error

    def poll(self, ticket: str, *, lease: float) -> int:
        now = time.time()
        try:
            return int(self._poll(keys=self._keys, args=[ticket, now, self.capacity, now + lease, now - self.stale_after]))
        except redis.RedisError as error:
            raise TurnsUnavailable(f"the LLM queue in Redis cannot be reached: {error}") from error

    def renew(self, ticket: str, *, lease: float) -> None:
        try:
            self._client.zadd(self._keys[5], {ticket: time.time() + lease}, xx=True)
        except redis.RedisError:
            pass  # the lease runs out later; the answer itself must not fail for this

    def leave(self, ticket: str) -> None:
        try:
            with self._client.pipeline() as pipe:
                pipe.zrem(self._keys[0], ticket).zrem(self._keys[4], ticket).zrem(self._keys[5], ticket).execute()
        except redis.RedisError:
            pass  # a lost waiting place goes stale, a lost lease runs out

    def counts(self) -> tuple[int, int]:
        try:
            self._client.zremrangebyscore(self._keys[5], "-inf", time.time())
            return int(self._client.zcard(self._keys[5])), int(self._client.zcard(self._keys[0]))
        except redis.RedisError:
            return -1, -1
