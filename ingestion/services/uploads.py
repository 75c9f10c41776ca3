"""What an admin does to documents from outside the command line, shared by the upload page
and the API: one batch for the files of one upload, and a re-run of one document's pipeline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from appliance import telemetry
from appliance.tenancy.models import Group, Organization
from ingestion import storage
from ingestion.models import Document, UploadBatch
from ingestion.services.submission import Submission, batch_create, document_replace, upload_submit


@dataclass(frozen=True)
class UploadOutcome:
    batch: UploadBatch
    submissions: list[Submission]


def documents_upload(
    *, organization: Organization, uploaded_by: AbstractUser, files: Sequence[UploadedFile], groups: Sequence[Group]
) -> UploadOutcome:
    """One batch for the files of one upload; each file is stored and queued on its own, so a
    bad file fails alone and its neighbours are indexed. A zip of documents counts as its files."""
    batch = batch_create(organization=organization, created_by=uploaded_by)
    submissions = []
    for upload in files:
        size = upload.size or 0
        # An oversize file is refused without reading it into memory.
        data = upload.read() if size <= settings.UPLOAD_MAX_BYTES else None
        submissions.extend(
            submission
            for _name, submission in upload_submit(
                organization=organization,
                uploaded_by=uploaded_by,
                filename=upload.name or "upload",
                data=data,
                size=size,
                groups=groups,
                batch=batch,
            )
        )
    return UploadOutcome(batch, submissions)


def document_retry(*, document: Document) -> Document:
    """Queue a document for parsing and indexing again (a failed one, or a re-index).

    Replacing a document with its own stored original is exactly a re-run of the pipeline:
    its current passages stay searchable until the new generation is indexed.
    """
    if not document.sha256:
        # Refused before it was stored (empty, over the size limit): nothing to run again.
        raise ValidationError(_("この文書は保存されていないため再試行できません。もう一度アップロードしてください。"))
    try:
        data = storage.original_read(organization_id=document.organization_id, sha256=document.sha256)
    except FileNotFoundError:
        raise ValidationError(_("保存された原本が見つかりません。もう一度アップロードしてください。")) from None
    document = document_replace(document=document, filename=document.filename, data=data)
    telemetry.audit("reindex", organization=document.organization, documents=[document.id], filename=document.filename)
    return document
