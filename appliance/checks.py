"""System checks with ids: misconfiguration is reported by `manage.py check` before it bites."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register


def check_appliance_settings(app_configs: Any = None, **kwargs: Any) -> list[Error | Warning]:
    problems: list[Error | Warning] = []
    if settings.PRODUCTION:
        if settings.VECTOR_BACKEND != "qdrant":
            problems.append(
                Error(
                    "production mode runs web and workers as separate processes, which cannot share "
                    "an embedded vector store",
                    hint="set QDRANT_URL to the Qdrant server (deploy/README.md)",
                    id="appliance.E001",
                )
            )
        if not settings.CELERY_BROKER_URL.startswith(("redis://", "rediss://")):
            problems.append(Error("production mode needs Redis as the Celery broker", id="appliance.E002"))
        if settings.LLM_EMBEDDED_SERVER:
            problems.append(
                Warning(
                    "LLM_EMBEDDED_SERVER is on in production: the LLM should run as its own service",
                    id="appliance.W001",
                )
            )
    for url in settings.LLM_URLS:
        if not url.startswith(("http://", "https://")) or not url.rstrip("/").endswith("/v1"):
            problems.append(
                Error(f"LLM_URLS entry {url!r} must be an http(s) URL ending in /v1", id="appliance.E003")
            )
    if settings.EMBEDDER_BACKEND == "openai" and not (settings.EMBEDDING_URL and settings.EMBEDDING_MODEL):
        problems.append(
            Error("EMBEDDER_BACKEND=openai needs EMBEDDING_URL and EMBEDDING_MODEL", id="appliance.E004")
        )
    for name in ("EMBEDDER_QUERY_PREFIX", "EMBEDDER_PASSAGE_PREFIX"):
        prefix = getattr(settings, name)
        # An unquoted `EMBEDDER_QUERY_PREFIX=query: ` in appliance.env loses its space to systemd,
        # and the model then sees "query:text", not the "query: text" it was trained on.
        if prefix and prefix.endswith(":"):
            problems.append(
                Warning(
                    f"{name}={prefix!r} ends without the space that follows the colon in what the model was trained on",
                    hint=f'quote the value in appliance.env: {name}="{prefix} "',
                    id="appliance.W003",
                )
            )
    if settings.RERANKER_BACKEND != "none" and not (settings.RERANKER_URL and settings.RERANKER_MODEL):
        problems.append(
            Error(
                f"RERANKER_BACKEND={settings.RERANKER_BACKEND} needs RERANKER_URL and RERANKER_MODEL",
                hint="the GPU host's vLLM serving the cross-encoder (deploy/README.md), or RERANKER_BACKEND=none",
                id="appliance.E005",
            )
        )
    if settings.UPLOAD_MAX_UNCOMPRESSED_BYTES < settings.UPLOAD_MAX_BYTES:
        problems.append(
            Warning(
                "UPLOAD_MAX_UNCOMPRESSED_BYTES is below UPLOAD_MAX_BYTES: large office files will be refused",
                id="appliance.W002",
            )
        )
    return problems


def register_checks() -> None:
    """Called once the app registry is ready (ApplianceConfig.ready)."""
    register(check_appliance_settings, Tags.compatibility)
