"""Writes for documents, by verb group: submission (taking files in) and lifecycle
(visibility, deletion, purge, reindex); the parse and embed stages the tasks run are
ingestion/processing.py, re-exported here for callers that want one door."""

from ingestion.processing import (
    EMBED_STAGE,
    PARSE_INTERNAL_ERROR,
    PARSE_STAGE,
    document_embed,
    document_fail,
    document_parse,
)
from ingestion.services.lifecycle import (
    document_delete,
    document_set_visibility,
    documents_reindex,
    organization_delete,
    organization_documents_purge,
)
from ingestion.services.submission import (
    Submission,
    batch_create,
    demo_documents_ingest,
    document_replace,
    document_submit,
    upload_submit,
)
from ingestion.services.uploads import UploadOutcome, document_retry, documents_upload

__all__ = [
    "EMBED_STAGE",
    "PARSE_INTERNAL_ERROR",
    "PARSE_STAGE",
    "Submission",
    "UploadOutcome",
    "batch_create",
    "demo_documents_ingest",
    "document_delete",
    "document_embed",
    "document_fail",
    "document_parse",
    "document_replace",
    "document_retry",
    "document_set_visibility",
    "document_submit",
    "documents_reindex",
    "documents_upload",
    "upload_submit",
    "organization_delete",
    "organization_documents_purge",
]
