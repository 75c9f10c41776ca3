"""Probes of the components the appliance depends on, for /healthz, /readyz and checks."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import connection

from appliance import components, index
from appliance.celery import app


def _timed(probe: Callable[[], dict[str, Any] | None]) -> dict[str, Any]:
    started = time.monotonic()
    try:
        detail = probe() or {}
        result: dict[str, Any] = {"ok": True, **detail}
    except Exception as error:  # a probe reports every failure; it never raises
        result = {"ok": False, "error": f"{type(error).__name__}: {error}"[:300]}
    result["ms"] = round((time.monotonic() - started) * 1000, 1)
    return result


def probe_database() -> dict[str, Any]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"engine": connection.vendor}


def probe_broker() -> dict[str, Any]:
    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)
        transport = conn.transport_cls
    return {"transport": str(transport)}


def probe_vector_store() -> dict[str, Any]:
    return index.vector_store_health()


def probe_llm() -> dict[str, Any]:
    return components.llm().health()


def health_report(*, include: tuple[str, ...] = ("database", "broker", "vector_store", "llm")) -> dict[str, Any]:
    probes: dict[str, Callable[[], dict[str, Any] | None]] = {
        "database": probe_database,
        "broker": probe_broker,
        "vector_store": probe_vector_store,
        "llm": probe_llm,
    }
    checks = {name: _timed(probes[name]) for name in include}
    return {
        "status": "ok" if all(check["ok"] for check in checks.values()) else "degraded",
        "mode": settings.APPLIANCE_ENV,
        "checks": checks,
    }
