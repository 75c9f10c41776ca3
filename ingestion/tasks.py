"""Celery tasks: thin adapters over ids that call ingestion.processing.

acks_late with prefetch 1 (settings) means a worker killed mid-task leaves the message to be
delivered again; every stage is idempotent, so the redelivery finishes the job without
duplicates. Bad input never retries (it fails the document with its reason); a component
that is down or busy (vector store, embedding endpoint: any ComponentUnavailable) retries
with backoff, since it comes back by itself and the document is fine.

Each stage has its queue (settings.CELERY_TASK_ROUTES): "parse" reads the text layer and
hands a document with a page only OCR can read to "ocr", which parses it again with OCR;
both hand over to "embed". A worker for one queue leaves the other stages' messages waiting
for theirs; a worker started without -Q consumes them all.
"""

from __future__ import annotations

import logging

from celery import Task, shared_task
from django.conf import settings

from appliance.components.errors import ComponentUnavailable
from ingestion import processing
from ingestion.parsing import NeedsOcr

logger = logging.getLogger(__name__)

# Parse enforces its own timeout in a child process (ingestion.parsing); these limits are a
# backstop for the process pool. The thread pool of embedded mode ignores them, which is why
# each stage carries its own timeout.
STAGE_LIMITS = {"time_limit": 3600, "soft_time_limit": 3300}
MAX_RETRIES = 8

UNAVAILABLE_REASON = {
    "parse": "依存サービスに接続できません / a service the parser needs is unavailable",
    "embed": "ベクトルストアまたは埋め込みサービスに接続できません / vector store or embedder unavailable",
}


def _retry_later(task: Task, error: ComponentUnavailable, *, document_id: str, stage: str) -> bool:
    if task.request.retries >= task.max_retries:
        processing.document_fail(document_id=document_id, reason=UNAVAILABLE_REASON[stage], stage=stage)
        return False
    # Exponential backoff, capped: the component may be restarting after an upgrade.
    raise task.retry(exc=error, countdown=min(2**task.request.retries * 5, 300)) from None


@shared_task(name="ingestion.parse_document", bind=True, acks_late=True, max_retries=MAX_RETRIES, **STAGE_LIMITS)
def parse_document(self: Task, document_id: str, chain: bool = True) -> bool:
    """The "parse" queue: the text layer only, so a scan never holds up the text files."""
    return _parse(self, document_id, chain=chain, ocr=False)


@shared_task(name="ingestion.ocr_document", bind=True, acks_late=True, max_retries=MAX_RETRIES, **STAGE_LIMITS)
def ocr_document(self: Task, document_id: str, chain: bool = True) -> bool:
    """The "ocr" queue: the whole parse again, with OCR for the pages that need it."""
    return _parse(self, document_id, chain=chain, ocr=True)


def _parse(task: Task, document_id: str, *, chain: bool, ocr: bool) -> bool:
    try:
        ready = processing.document_parse(document_id=document_id, ocr=ocr)
    except NeedsOcr:
        if not chain:
            # A caller that runs the stages itself (a benchmark, a test) has no OCR queue
            # behind it: the OCR parse runs here.
            return _parse(task, document_id, chain=False, ocr=True)
        # A redelivery of this message (killed before its ack) enqueues a second OCR run;
        # that run finds the document parsed already and only hands it to embed again, which
        # is idempotent too.
        ocr_document.apply_async(args=[document_id], expires=settings.CELERY_TASK_EXPIRES_SECONDS)
        return False
    except ComponentUnavailable as error:
        return _retry_later(task, error, document_id=document_id, stage="parse")
    except Exception:
        logger.exception("parsing %s failed unexpectedly", document_id)
        processing.document_fail(document_id=document_id, reason=processing.PARSE_INTERNAL_ERROR, stage="parse")
        return False
    if ready and chain:
        embed_document.apply_async(args=[document_id], expires=settings.CELERY_TASK_EXPIRES_SECONDS)
    return ready


@shared_task(name="ingestion.embed_document", bind=True, acks_late=True, max_retries=MAX_RETRIES, **STAGE_LIMITS)
def embed_document(self: Task, document_id: str) -> bool:
    try:
        return processing.document_embed(document_id=document_id)
    except ComponentUnavailable as error:
        return _retry_later(self, error, document_id=document_id, stage="embed")
    except Exception:
        logger.exception("embedding %s failed unexpectedly", document_id)
        processing.document_fail(document_id=document_id, reason="内部エラーで索引できませんでした / internal error while indexing", stage="embed")
        return False


def run_inline(document_id: str) -> bool:
    """Both stages in this process, with the same task code a worker runs (a lone command, a
    test, a benchmark); True when the document ends indexed. One parse, OCR included where a
    page needs it: there is no other queue to hand a scan to."""
    if not ocr_document.apply(args=[document_id], kwargs={"chain": False}).get():
        return False
    return bool(embed_document.apply(args=[document_id]).get())
