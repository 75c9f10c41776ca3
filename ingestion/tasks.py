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
import threading
from collections.abc import Callable

from celery import Task, shared_task
from django.conf import settings

from appliance import components
from appliance.components.errors import ComponentUnavailable
from ingestion import processing
from ingestion.indexing import embedding_text
from ingestion.models import Chunk, Document
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


# Chunks sent to the embedding processes at once by InlineRun: enough to fill each of two
# single-thread workers' batches of 8 a few times over (texts sorted by length pad little).
EMBED_AHEAD_CHUNKS = 48


class InlineRun:
    """Many documents through both stages in this process (`ingest --inline`), with the
    same task code a worker runs and the same outcome per document as ``run_inline``, but
    with the cores kept busy: where the embedder has worker processes (``embed_ahead``,
    inside ``parallel_embedding``), the chunks of several parsed documents go to them in one
    call that runs while this process parses the next documents; each document is then
    written (vectors, statuses) by ``embed_document`` from the vectors embedded ahead.

    ``add`` each queued document in turn, then ``finish``; ``on_done(document_id, indexed)``
    is called as each document ends (one that fails to parse ends before the documents still
    being embedded). A document that fails, fails alone, with its reason."""

    def __init__(self, *, on_done: Callable[[str, bool], None] | None = None, embed_at_least: int = EMBED_AHEAD_CHUNKS) -> None:
        self._embedder = components.embedder()
        self._embed_ahead: Callable[[list[str]], Callable[[], None]] | None = getattr(self._embedder, "embed_ahead", None)
        self._on_done = on_done
        self._embed_at_least = embed_at_least
        self._parsed: list[str] = []  # parsed, waiting to be sent to the embedder
        self._texts: list[str] = []  # their chunks' texts
        self._sent: tuple[list[str], Callable[[], None]] | None = None  # being embedded
        self.results: dict[str, bool] = {}
        # The tokenizer the chunker counts with loads (about a second) while the first file
        # parses in its child process, not after it.
        threading.Thread(target=_load_tokenizer, args=(self._embedder,), daemon=True).start()

    def add(self, document_id: str) -> None:
        if self._embed_ahead is None:
            self._done(document_id, run_inline(document_id))
            return
        if not ocr_document.apply(args=[document_id], kwargs={"chain": False}).get():
            self._done(document_id, False)
            return
        self._parsed.append(document_id)
        self._texts.extend(_embedding_texts(document_id))
        if len(self._texts) >= self._embed_at_least:
            self._send()

    def finish(self) -> dict[str, bool]:
        """Embed and write what is left; True per document that ended indexed."""
        if self._parsed:
            self._send()
        self._write_sent()
        return self.results

    def _send(self) -> None:
        assert self._embed_ahead is not None
        sending = (self._parsed, self._embed_ahead(self._texts))
        self._parsed, self._texts = [], []
        # The workers queue this call behind the one before; that one's documents are
        # written while they embed this one.
        self._write_sent()
        self._sent = sending

    def _write_sent(self) -> None:
        if self._sent is None:
            return
        document_ids, wait = self._sent
        self._sent = None
        try:
            wait()
        except Exception:
            # Each document embeds again on its own below, and fails alone with its reason.
            logger.exception("embedding %d documents ahead failed", len(document_ids))
        try:
            for document_id in document_ids:
                self._done(document_id, bool(embed_document.apply(args=[document_id]).get()))
        finally:
            self._embedder.forget_ahead()  # type: ignore[attr-defined]

    def _done(self, document_id: str, indexed: bool) -> None:
        self.results[document_id] = indexed
        if self._on_done is not None:
            self._on_done(document_id, indexed)


def _load_tokenizer(embedder: object) -> None:
    try:
        embedder.count_tokens("")  # type: ignore[attr-defined]
    except Exception:
        pass  # the parse that needs it reports the failure, with its document


def _embedding_texts(document_id: str) -> list[str]:
    """What ``embed_document`` will embed for the document's pending generation."""
    document = Document.objects.filter(pk=document_id).first()
    if document is None or document.pending_generation is None:
        return []
    chunks = Chunk.objects.filter(document=document, generation=document.pending_generation).order_by("order")
    return [embedding_text(title=document.title, heading_path=chunk.heading_path, text=chunk.text) for chunk in chunks]
