"""Taking documents in: a file becomes a stored original and a queued Document.

These enqueue the parse task; the tasks call ingestion.processing, never this
module, so the enqueue and the work never import each other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import IntegrityError, transaction

from appliance import telemetry
from appliance.tenancy.models import Group, Organization
from appliance.tenancy.services import group_create
from ingestion import storage
from ingestion.models import Document, UploadBatch
from ingestion.parsing.archive import ArchiveLimits, archive_members, is_zip_archive
from ingestion.parsing.document import DocumentRejected
from ingestion.tasks import parse_document


@dataclass(frozen=True)
class Submission:
    """The outcome of handing one file to the appliance."""

    document: Document
    outcome: str  # "queued", "duplicate" or "failed"


def batch_create(*, organization: Organization, created_by: AbstractUser | None) -> UploadBatch:
    return UploadBatch.objects.create(organization=organization, created_by=created_by)


def _enqueue_parse(document_id: str) -> None:
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
    """Store a file and queue it for parsing (`_document_submit`), and put the upload in the
    organization's audit trail, refused and duplicate uploads included."""
    submission = _document_submit(
        organization=organization, uploaded_by=uploaded_by, filename=filename, data=data, size=size,
        groups=groups, batch=batch, enqueue=enqueue,
    )
    telemetry.audit(
        "upload",
        organization=organization,
        actor=uploaded_by,
        documents=[submission.document.id],
        filename=Path(filename).name,
        outcome=submission.outcome,
        groups=[group.name for group in groups],
    )
    return submission


def upload_submit(
    *,
    organization: Organization,
    uploaded_by: AbstractUser | None,
    filename: str,
    data: bytes | None,
    size: int,
    groups: Sequence[Group] = (),
    batch: UploadBatch | None = None,
    enqueue: bool = True,
) -> list[tuple[str, Submission]]:
    """Submit one uploaded file; a zip of documents is unpacked and each member submitted as a
    document of its own (why: ingestion/parsing/archive.py), a refused member as a failed
    document with its reason. Returns (name as uploaded, "書類.zip/規程/就業規則.pdf" for a
    member; submission) pairs."""
    name = Path(filename).name
    arguments = {"organization": organization, "uploaded_by": uploaded_by, "groups": groups, "batch": batch,
                 "enqueue": enqueue}
    if data is None or not is_zip_archive(data, name):
        return [(name, document_submit(filename=name, data=data, size=size, **arguments))]
    limits = ArchiveLimits(max_members=settings.UPLOAD_MAX_ZIP_MEMBERS,
                           max_total_bytes=settings.UPLOAD_MAX_UNCOMPRESSED_BYTES,
                           max_member_bytes=settings.UPLOAD_MAX_BYTES)
    submissions: list[tuple[str, Submission]] = []
    try:
        for member in archive_members(data, limits):
            if member.data is None:
                submission = _refused_audited(organization=organization, uploaded_by=uploaded_by, filename=member.filename,
                                              reason=member.reason or "", batch=batch)
            else:
                submission = document_submit(filename=member.filename, data=member.data, size=len(member.data), **arguments)
            submissions.append((f"{name}/{member.path}", submission))
    except DocumentRejected as rejection:  # the archive as a whole: unreadable or over the limits
        submissions.append((name, _refused_audited(organization=organization, uploaded_by=uploaded_by, filename=name,
                                                   reason=rejection.reason, batch=batch, size=size)))
    if not submissions:
        submissions.append((name, _refused_audited(organization=organization, uploaded_by=uploaded_by, filename=name,
                                                   reason="ZIPに文書が入っていません / the zip archive holds no files",
                                                   batch=batch, size=size)))
    return submissions


def _refused_audited(*, organization: Organization, uploaded_by: AbstractUser | None, filename: str, reason: str,
                     batch: UploadBatch | None, size: int = 0) -> Submission:
    submission = _refused(organization=organization, uploaded_by=uploaded_by, filename=filename, size=size,
                          reason=reason, batch=batch)
    telemetry.audit("upload", organization=organization, actor=uploaded_by, documents=[submission.document.id],
                    filename=filename, outcome=submission.outcome, groups=[])
    return submission


def _document_submit(
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
