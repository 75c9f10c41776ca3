"""Celery tasks: thin adapters over ids that call ingestion.services.

acks_late with prefetch 1 (settings) means a worker killed mid-task leaves the message to be
delivered again; every stage is idempotent, so the redelivery finishes the job without
duplicates. Bad input never retries (it fails the document with its reason); a vector store
that is down retries with backoff.
"""

from __future__ import annotations

import logging

from celery import shared_task
from django.conf import settings

from appliance.vectorstore import VectorStoreUnavailable
from ingestion import services

logger = logging.getLogger(__name__)

# Parse enforces its own timeout in a child process (ingestion.parsing); these limits are a
# backstop for the process pool. The thread pool of embedded mode ignores them, which is why
# each stage carries its own timeout.
STAGE_LIMITS = {"time_limit": 3600, "soft_time_limit": 3300}


@shared_task(name="ingestion.parse_document", acks_late=True, **STAGE_LIMITS)
def parse_document(document_id: str, chain: bool = True) -> bool:
    try:
        ready = services.document_parse(document_id=document_id)
    except Exception:
        logger.exception("parsing %s failed unexpectedly", document_id)
        services.document_fail(document_id=document_id, reason=services.PARSE_INTERNAL_ERROR, stage="parse")
        return False
    if ready and chain:
        embed_document.apply_async(args=[document_id], expires=settings.CELERY_TASK_EXPIRES_SECONDS)
    return ready


@shared_task(
    name="ingestion.embed_document",
    bind=True,
    acks_late=True,
    max_retries=8,
    **STAGE_LIMITS,
)
def embed_document(self, document_id: str) -> bool:  # noqa: ANN001  (Celery's bound task)
    try:
        return services.document_embed(document_id=document_id)
    except VectorStoreUnavailable as error:
        if self.request.retries >= self.max_retries:
            services.document_fail(document_id=document_id, reason="ベクトルストアに接続できません / vector store unavailable", stage="embed")
            return False
        # Exponential backoff, capped: the store may be restarting after an upgrade.
        raise self.retry(exc=error, countdown=min(2 ** self.request.retries * 5, 300)) from None
    except Exception:
        logger.exception("embedding %s failed unexpectedly", document_id)
        services.document_fail(document_id=document_id, reason="内部エラーで索引できませんでした / internal error while indexing", stage="embed")
        return False
