"""Documents and their chunks. PostgreSQL and the stored originals are the source of truth;
the vector store is derived from them and can be rebuilt with `manage.py reindex`."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models

from appliance.tenancy.models import Group, Organization


class UploadBatch(models.Model):
    """Files uploaded together; the admin watches one progress bar per batch."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="upload_batches")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]


class Document(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "queued"
        PARSING = "parsing", "parsing"
        EMBEDDING = "embedding", "embedding"
        INDEXED = "indexed", "indexed"
        FAILED = "failed", "failed"

    class Visibility(models.TextChoices):
        ORGANIZATION = "organization", "whole organization"
        GROUPS = "groups", "selected groups"

    TERMINAL = (Status.INDEXED, Status.FAILED)

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="documents")
    batch = models.ForeignKey(UploadBatch, null=True, blank=True, on_delete=models.SET_NULL, related_name="documents")
    title = models.CharField(max_length=500)
    filename = models.CharField(max_length=500)
    # NULL when the file was refused before it was stored (empty, over the size limit).
    sha256 = models.CharField(max_length=64, null=True, blank=True)
    mime_type = models.CharField(max_length=200, blank=True)
    size = models.BigIntegerField(default=0)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    visibility = models.CharField(max_length=20, choices=Visibility.choices, default=Visibility.ORGANIZATION)
    groups = models.ManyToManyField(Group, blank=True, related_name="documents")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.QUEUED, db_index=True)
    error = models.TextField(blank=True)
    page_count = models.PositiveIntegerField(null=True, blank=True)
    chunk_count = models.PositiveIntegerField(default=0)
    ocr_pages = models.JSONField(default=list, blank=True)
    # Text a reader cannot see (white, 1-pt, hidden runs), left out of the chunks at parse
    # time because it can carry instructions aimed at the model; kept here for the admins.
    hidden_text = models.JSONField(default=list, blank=True)
    # Each (re)processing writes a new generation of chunks and points; the switch to it is one
    # database transaction, so a replaced document never shows a mix of old and new passages.
    generation = models.PositiveIntegerField(default=0)
    pending_generation = models.PositiveIntegerField(null=True, blank=True)
    # The embed stage's progress on the pending generation, counted a batch of points at a
    # time, and when that run began: the batch's chunks/s and time left come from these.
    embedded_chunks = models.PositiveIntegerField(default=0)
    embedding_started_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    indexed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "sha256"], name="one_copy_per_org"),
        ]
        indexes = [models.Index(fields=["organization", "status"])]

    def __str__(self) -> str:
        return f"{self.title} ({self.status})"

    @property
    def is_terminal(self) -> bool:
        return self.status in self.TERMINAL


class Chunk(models.Model):
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="chunks")
    generation = models.PositiveIntegerField()
    order = models.PositiveIntegerField()
    text = models.TextField()
    page = models.PositiveIntegerField(null=True, blank=True)
    heading_path = models.JSONField(default=list, blank=True)
    token_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["document", "generation", "order"]
        constraints = [
            models.UniqueConstraint(fields=["document", "generation", "order"], name="chunk_order_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.document_id}#{self.order}"
