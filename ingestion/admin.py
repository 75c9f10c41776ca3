"""Documents in the operator's admin are read-only: every change to a document must go
through ingestion.services, which keeps the vector store in step with PostgreSQL."""

from django.contrib import admin
from django.http import HttpRequest

from ingestion.models import Document


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["title", "filename", "organization", "status", "chunk_count", "created_at"]
    list_filter = ["status", "organization", "mime_type"]
    search_fields = ["title", "filename", "sha256"]
    readonly_fields = [field.name for field in Document._meta.fields] + ["groups"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
