"""A page attached to a question in the chat: the upload the composer sends when an image is
dropped or pasted, and the picture itself for the source panel, to its owner alone (anyone
else, in this organization or another, gets a 404)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET, require_POST

from appliance.tenancy.models import Organization
from appliance.tenancy.selectors import Actor
from rag.attachments import ATTACHMENT_MAX_BYTES, attachment_create, attachment_get
from webui.views import organization_view


@organization_view
@require_POST
def attachment_upload(request: HttpRequest, organization: Organization, actor: Actor) -> HttpResponse:
    """Read the attached page now (the answer then waits for the model alone); JSON with its
    id, which the composer sends with the question, or the reason it was refused (400)."""
    upload = request.FILES.get("file")
    if upload is None:
        return JsonResponse({"error": "画像ファイルを選んでください。"}, status=400)
    if (upload.size or 0) > ATTACHMENT_MAX_BYTES:  # refused before it is read into memory
        return JsonResponse({"error": f"添付できるのは {ATTACHMENT_MAX_BYTES // (1024 * 1024)} MB までです。"}, status=400)
    try:
        attachment = attachment_create(actor=actor, filename=upload.name or "", data=upload.read())
    except ValidationError as error:
        return JsonResponse({"error": " ".join(error.messages)}, status=400)
    return JsonResponse({
        "id": str(attachment.pk),
        "filename": attachment.filename,
        "mime_type": attachment.mime_type,
        "url": reverse("webui:attachment_file", args=[organization.slug, attachment.pk]),
    })


@organization_view
@require_GET
def attachment_file(request: HttpRequest, organization: Organization, actor: Actor, attachment_id: str) -> HttpResponse:
    attachment = attachment_get(attachment_id=attachment_id, fetched_by=actor)
    # The type was decided from the content (PNG, JPEG, WebP or PDF): safe to show inline.
    response = HttpResponse(bytes(attachment.data), content_type=attachment.mime_type)
    response["Content-Disposition"] = content_disposition_header(False, attachment.filename)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
