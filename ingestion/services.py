"""Writes for documents: accept a file, run each pipeline stage, change visibility, delete.

The Celery tasks in ingestion/tasks.py are thin adapters over the stage functions here, so
`manage.py ingest --inline` and the workers run the very same code.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import IntegrityError, transaction
from django.utils import timezone

from appliance import components
from appliance.access import document_filter, group_ids_payload, organization_filter
from appliance.models import Group, Organization
from appliance.services import group_create
from ingestion import storage
from ingestion.models import Chunk, Document, UploadBatch

logger = logging.getLogger(__name__)

EMBED_BATCH = 16


class EmbeddingTimeout(Exception):
    pass


@dataclass(frozen=True)
class Submission:
    """The outcome of handing one file to the appliance."""

    document: Document
    outcome: str  # "queued", "duplicate" or "failed"


def batch_create(*, organization: Organization, created_by: AbstractUser | None) -> UploadBatch:
    return UploadBatch.objects.create(organization=organization, created_by=created_by)


def _enqueue_parse(document_id: str) -> None:
    from ingestion.tasks import parse_document

    transaction.on_commit(
        lambda: parse_document.apply_async(args=[document_id], expires=settings.CELERY_TASK_EXPIRES_SECONDS)
    )


def _refused(
    *,
    organization: Organization,
    uploaded_by: AbstractUser | None,
    filename: str,
    size: int,
    reason: str,
    batch: UploadBatch | None,
) -> Submission:
    document = Document.objects.create(
        organization=organization,
        uploaded_by=uploaded_by,
        batch=batch,
        title=Path(filename).stem or filename,
        filename=filename,
        size=size,
        status=Document.Status.FAILED,
        error=reason,
    )
    return Submission(document, "failed")


def document_submit(
    *,
    organization: Organization,
    uploaded_by: AbstractUser | None,
    filename: str,
    data: bytes | None,
    size: int,
    groups: Sequence[Group] = (),
    batch: UploadBatch | None = None,
    enqueue: bool = True,
) -> Submission:
    """Store a file and queue it for parsing; identical bytes in one organization are stored once.

    `data` may be None when the caller already knows the file is over the size limit, so an
    oversize file is refused without reading it into memory.
    """
    filename = Path(filename).name
    for group in groups:
        if group.organization_id != organization.id:
            raise ValueError(f"group {group.name} belongs to another organization")
    if size > settings.UPLOAD_MAX_BYTES or data is None:
        limit_mb = settings.UPLOAD_MAX_BYTES / 1024 / 1024
        reason = f"ファイルが大きすぎます（上限 {limit_mb:.0f} MB） / file exceeds the {limit_mb:.0f} MB limit"
        return _refused(organization=organization, uploaded_by=uploaded_by, filename=filename, size=size, reason=reason, batch=batch)
    if size == 0:
        reason = "空のファイルです / the file is empty"
        return _refused(organization=organization, uploaded_by=uploaded_by, filename=filename, size=0, reason=reason, batch=batch)

    digest = storage.original_write(organization_id=organization.id, data=data)
    with transaction.atomic():
        existing = Document.objects.select_for_update().filter(organization=organization, sha256=digest).first()
        if existing is not None and existing.status != Document.Status.FAILED:
            return Submission(existing, "duplicate")
        if existing is not None:
            # The same bytes failed before (perhaps under a lower limit or a parser bug since
            # fixed): try again rather than refuse them forever as a duplicate.
            document = existing
            document.status = Document.Status.QUEUED
            document.error = ""
            document.batch = batch or document.batch
            # Shared as chosen now, not as on the failed attempt.
            document.visibility = Document.Visibility.GROUPS if groups else Document.Visibility.ORGANIZATION
            document.save(update_fields=["status", "error", "batch", "visibility", "updated_at"])
        else:
            try:
                with transaction.atomic():
                    document = Document.objects.create(
                        organization=organization,
                        uploaded_by=uploaded_by,
                        batch=batch,
                        title=Path(filename).stem or filename,
                        filename=filename,
                        sha256=digest,
                        size=size,
                        visibility=Document.Visibility.GROUPS if groups else Document.Visibility.ORGANIZATION,
                    )
            except IntegrityError:
                # Another upload of the same bytes won the race.
                return Submission(Document.objects.get(organization=organization, sha256=digest), "duplicate")
        document.groups.set(groups)
        if enqueue:
            _enqueue_parse(str(document.id))
    return Submission(document, "queued")


def document_replace(*, document: Document, filename: str, data: bytes) -> Document:
    """Give a document new contents. Its old passages stay searchable until the new ones are
    indexed, then the switch is one transaction (see document_embed)."""
    if len(data) == 0 or len(data) > settings.UPLOAD_MAX_BYTES:
        raise ValueError("the replacement is empty or over the size limit")
    old_sha = document.sha256
    digest = storage.original_write(organization_id=document.organization_id, data=data)
    with transaction.atomic():
        document = Document.objects.select_for_update().get(pk=document.pk)
        if Document.objects.filter(organization_id=document.organization_id, sha256=digest).exclude(pk=document.pk).exists():
            raise ValueError("another document already has exactly these contents")
        document.sha256 = digest
        document.filename = Path(filename).name
        document.size = len(data)
        document.status = Document.Status.QUEUED
        document.error = ""
        document.save()
        _enqueue_parse(str(document.id))
    if old_sha and old_sha != digest:
        storage.original_delete(organization_id=document.organization_id, sha256=old_sha)
    return document


PARSE_INTERNAL_ERROR = "内部エラーで解析できませんでした / internal error while parsing"
PARSE_STAGE = (Document.Status.QUEUED, Document.Status.PARSING)
EMBED_STAGE = (Document.Status.EMBEDDING,)


def _fail(
    document_id: str,
    reason: str,
    *,
    sha256: str | None = None,
    statuses: Sequence[str] = (*PARSE_STAGE, *EMBED_STAGE),
    generation: int | None = None,
) -> None:
    # Only a run in progress can fail, and only its own stage: a stale run (the document was
    # re-queued or replaced meanwhile) must not mark the newer run's document failed. With
    # `sha256`, only while the document still has the contents that run read; with
    # `generation`, only while that generation is the one pending.
    runs = Document.objects.filter(pk=document_id, status__in=statuses)
    if sha256 is not None:
        runs = runs.filter(sha256=sha256)
    if generation is not None:
        runs = runs.filter(pending_generation=generation)
    runs.update(
        status=Document.Status.FAILED, error=reason[:2000], pending_generation=None, updated_at=timezone.now()
    )


def document_parse(*, document_id: str) -> bool:
    """Stage 1: parse the stored original and write the chunks of a new generation.

    Returns True when the document is ready for embedding. Safe to run again after a worker
    died mid-way: the chunks of the pending generation are rewritten, never added twice.
    """
    from ingestion.chunking import chunk_sections
    from ingestion.parsing import DocumentRejected, parse_document

    with transaction.atomic():
        document = Document.objects.select_for_update().filter(pk=document_id).first()
        if document is None:
            return False
        if document.status == Document.Status.EMBEDDING:
            return True  # parsed before a crash that lost the hand-over to the embed stage
        if document.status not in (Document.Status.QUEUED, Document.Status.PARSING):
            return False
        document.status = Document.Status.PARSING
        document.save(update_fields=["status", "updated_at"])
    contents = document.sha256  # what this run parses; a replacement changes it

    try:
        data = storage.original_read(organization_id=document.organization_id, sha256=document.sha256)
        parsed = parse_document(
            data,
            document.filename,
            max_bytes=settings.UPLOAD_MAX_BYTES,
            max_uncompressed_bytes=settings.UPLOAD_MAX_UNCOMPRESSED_BYTES,
            max_zip_members=settings.UPLOAD_MAX_ZIP_MEMBERS,
            timeout_s=settings.PARSE_TIMEOUT_SECONDS,
        )
        embedder = components.embedder()
        pieces = chunk_sections(
            parsed.sections,
            count_tokens=embedder.count_tokens,
            max_tokens=min(350, embedder.max_tokens - 30),
            overlap_tokens=50,
        )
        if not pieces:
            raise DocumentRejected("テキストが見つかりません / no text found in the document")
    except DocumentRejected as rejection:
        _fail(document_id, rejection.reason, sha256=contents, statuses=PARSE_STAGE)
        return False
    except FileNotFoundError:
        _fail(document_id, "保存された原本が見つかりません / the stored original is missing", sha256=contents, statuses=PARSE_STAGE)
        return False
    except Exception:
        logger.exception("parsing %s failed unexpectedly", document_id)
        _fail(document_id, PARSE_INTERNAL_ERROR, sha256=contents, statuses=PARSE_STAGE)
        return False

    with transaction.atomic():
        document = Document.objects.select_for_update().filter(pk=document_id).first()
        if document is None or document.status != Document.Status.PARSING or document.sha256 != contents:
            # Deleted or replaced while we parsed (the replacement's own run may already be
            # PARSING): the newer run wins, and these chunks of the old contents are dropped.
            return False
        generation = document.generation + 1
        Chunk.objects.filter(document=document, generation=generation).delete()
        Chunk.objects.bulk_create(
            Chunk(
                document=document,
                generation=generation,
                order=index,
                text=piece.text,
                page=piece.page,
                heading_path=list(piece.heading_path),
                token_count=piece.token_count,
            )
            for index, piece in enumerate(pieces)
        )
        document.pending_generation = generation
        document.status = Document.Status.EMBEDDING
        document.mime_type = parsed.mime_type
        document.page_count = parsed.page_count
        document.ocr_pages = list(parsed.ocr_pages)
        if parsed.title and document.title == Path(document.filename).stem:
            document.title = parsed.title[:500]
        document.save()
    return True


def embedding_text(*, title: str, heading_path: Iterable[str], text: str) -> str:
    """What the embedder and the keyword index see: the passage with its title and headings,
    so a passage that never names its subject is still found by it."""
    context = " / ".join([title, *heading_path])
    return f"{context}\n{text}"


def _point_batches(
    document: Document, chunks: Sequence[Chunk], group_ids: list[str], *, deadline: float
) -> Iterator[list]:
    """Embed and yield points a batch at a time, so a long document is upserted as it goes
    (bounded memory) and a crash mid-way leaves only points that a rerun overwrites."""
    from appliance.japanese import sparse_document_vector
    from appliance.vectorstore import Point, SparseVector, point_id

    embedder = components.embedder()
    for start in range(0, len(chunks), EMBED_BATCH):
        if time.monotonic() > deadline:
            raise EmbeddingTimeout
        batch = chunks[start : start + EMBED_BATCH]
        texts = [embedding_text(title=document.title, heading_path=chunk.heading_path, text=chunk.text) for chunk in batch]
        vectors = embedder.embed_documents(texts)
        points = []
        for chunk, text, dense in zip(batch, texts, vectors, strict=True):
            indices, values = sparse_document_vector(text)
            points.append(
                Point(
                    id=point_id(f"{document.id}/{chunk.generation}", chunk.order),
                    dense=dense,
                    sparse=SparseVector(indices=indices, values=values),
                    payload={
                        "organization_id": str(document.organization_id),
                        "group_ids": group_ids,
                        "document_id": str(document.id),
                        "generation": chunk.generation,
                        "order": chunk.order,
                        "page": chunk.page,
                    },
                )
            )
        yield points


def document_group_ids(document: Document) -> list[str]:
    return group_ids_payload(
        organization_wide=document.visibility == Document.Visibility.ORGANIZATION,
        group_ids=document.groups.values_list("id", flat=True),
    )


def document_embed(*, document_id: str) -> bool:
    """Stage 2: embed the pending generation, upsert its points, then switch to it.

    Point ids are deterministic (document, generation, chunk order), so a run repeated after a
    crash overwrites its own points instead of adding duplicates. The switch of generation is
    one transaction; the previous generation's points are deleted right after it.
    """
    from appliance.vectorstore import And, MatchAny, MatchValue

    document = Document.objects.filter(pk=document_id).first()
    if document is None or document.status != Document.Status.EMBEDDING or document.pending_generation is None:
        return False
    generation = document.pending_generation
    chunks = list(Chunk.objects.filter(document=document, generation=generation).order_by("order"))
    store = components.vector_store()
    collection = components.collection()
    this_document = document_filter(organization_id=document.organization_id, document_id=str(document.id))
    # Leftovers of an earlier attempt at this same generation (a crash, or a replacement
    # that produced fewer chunks) would otherwise linger as orphans.
    store.delete(collection, And([*this_document.clauses, MatchValue(key="generation", value=generation)]))
    deadline = time.monotonic() + settings.EMBED_TIMEOUT_SECONDS
    try:
        for points in _point_batches(document, chunks, document_group_ids(document), deadline=deadline):
            store.upsert(collection, points)
    except EmbeddingTimeout:
        store.delete(collection, And([*this_document.clauses, MatchValue(key="generation", value=generation)]))
        _fail(document_id, "埋め込みがタイムアウトしました / embedding took too long", statuses=EMBED_STAGE, generation=generation)
        return False

    with transaction.atomic():
        current = Document.objects.select_for_update().filter(pk=document_id).first()
        if current is None:
            # Deleted while we embedded: take our points with it.
            store.delete(collection, this_document)
            return False
        if current.pending_generation != generation or current.status != Document.Status.EMBEDDING:
            return False
        previous = current.generation
        # Visibility may have changed while we embedded with the groups read at the start;
        # under the row lock (which document_set_visibility also takes) the points get the
        # groups that hold now, before the new generation becomes searchable.
        store.set_payload(collection, this_document, {"group_ids": document_group_ids(current)})
        Chunk.objects.filter(document=current).exclude(generation=generation).delete()
        current.generation = generation
        current.pending_generation = None
        current.status = Document.Status.INDEXED
        current.chunk_count = len(chunks)
        current.error = ""
        current.indexed_at = timezone.now()
        current.save()
    if previous:
        older = MatchAny(key="generation", values=list(range(previous, generation)))
        store.delete(collection, And([*this_document.clauses, older]))
    return True


def document_fail(*, document_id: str, reason: str, stage: str) -> None:
    """Fail a document from a task's error path: only while `stage` ("parse" or "embed") is
    where it is, so a failing old run cannot fail the run of a replacement."""
    _fail(document_id, reason, statuses=PARSE_STAGE if stage == "parse" else EMBED_STAGE)


def document_set_visibility(*, document: Document, groups: Sequence[Group]) -> None:
    """Share a document with groups (or, with none given, the whole organization) and rewrite
    the ACL payload of its points, so the change holds at the very next query."""
    for group in groups:
        if group.organization_id != document.organization_id:
            raise ValueError(f"group {group.name} belongs to another organization")
    with transaction.atomic():
        # The row lock orders this against the end of an embedding run (document_embed), so
        # points written with the old groups are always rewritten by one side or the other.
        document = Document.objects.select_for_update().get(pk=document.pk)
        document.visibility = Document.Visibility.GROUPS if groups else Document.Visibility.ORGANIZATION
        document.save(update_fields=["visibility", "updated_at"])
        document.groups.set(groups)
        # Inside the transaction: if the store is down, PostgreSQL keeps the old visibility
        # too, rather than claiming a restriction the points do not carry.
        components.vector_store().set_payload(
            components.collection(),
            document_filter(organization_id=document.organization_id, document_id=str(document.id)),
            {"group_ids": document_group_ids(document)},
        )


def document_delete(*, document: Document) -> None:
    """Delete the points first: if the vector store is down the delete fails whole and the
    document stays, rather than leaving orphan points that no row accounts for."""
    store = components.vector_store()
    store.delete(components.collection(), document_filter(organization_id=document.organization_id, document_id=str(document.id)))
    sha = document.sha256
    organization_id = document.organization_id
    document.delete()
    if sha:
        storage.original_delete(organization_id=organization_id, sha256=sha)


def organization_documents_purge(*, organization: Organization) -> None:
    store = components.vector_store()
    store.delete(components.collection(), organization_filter(organization_id=organization.id))
    Document.objects.filter(organization=organization).delete()
    storage.organization_originals_delete(organization_id=organization.id)


def documents_reindex(*, organization: Organization | None, log: Callable[[str], object] = logger.info) -> int:
    """Rebuild the vector store from PostgreSQL: the chunks are there, only vectors are redone."""
    store = components.vector_store()
    collection = components.collection_name()
    if organization is None:
        store.drop_collection(collection)
    store.ensure_collection(collection, components.embedder().dimension)
    documents = Document.objects.filter(status=Document.Status.INDEXED)
    if organization is not None:
        store.delete(collection, organization_filter(organization_id=organization.id))
        documents = documents.filter(organization=organization)
    count = 0
    for document in documents.order_by("created_at"):
        chunks = list(Chunk.objects.filter(document=document, generation=document.generation).order_by("order"))
        for points in _point_batches(document, chunks, document_group_ids(document), deadline=float("inf")):
            store.upsert(collection, points)
        count += 1
        log(f"reindexed {document.filename} ({len(chunks)} chunks)")
    optimize = getattr(store, "optimize", None)
    if optimize is not None:
        # The embedded engine has no background optimizer: without this, a bulk rebuild
        # stays in one unindexed segment and every query scans it.
        log("building the search index")
        optimize(collection)
    return count


def demo_documents_ingest(*, organization: Organization, directory: Path, log: Callable[[str], object]) -> None:
    """Queue the sample documents once (their bytes dedupe on later runs). Files in a
    sub-directory named after a group are shared with that group only."""
    if not directory.is_dir():
        return
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        groups: list[Group] = []
        if path.parent != directory:
            group, _ = group_create(organization=organization, name=path.parent.name)
            groups = [group]
        data = path.read_bytes()
        submission = document_submit(
            organization=organization, uploaded_by=None, filename=path.name, data=data, size=len(data), groups=groups
        )
        if submission.outcome == "queued":
            log(f"demo document queued: {path.relative_to(directory)}")
