"""The web UI. Views are thin: validate the input, resolve who is asking (an organization
the user is not a member of is a 404), call one service or selector, render.

Organization-scoped pages live under /o/<slug>/, so a link or a bookmark always says which
organization it is about; the organization last visited is also kept in the session, for the
home page to offer it first.
"""

from __future__ import annotations

import json
import mimetypes
from collections.abc import Callable, Generator, Iterator
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    JsonResponse,
    StreamingHttpResponse,
)
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.http import content_disposition_header, url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from appliance.tenancy.models import Membership, Organization
from appliance.tenancy.selectors import Actor, actor_get, organization_get, organization_list
from ingestion import services as ingestion_services
from ingestion import storage
from ingestion.models import Document
from ingestion.selectors import batch_figures_recent, batch_progress, document_get
from rag import conversations
from rag.attachments import attachment_get
from webui import labels, preview, selectors, services, suggestions

SESSION_ORGANIZATION = "webui.organization"
QUESTION_MAX_LENGTH = 2000
UPLOAD_MAX_FILES = 200

View = Callable[..., HttpResponse]


def organization_view(view: View) -> View:
    """Log-in required; resolves /o/<slug>/ to the organization and the acting member."""

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, slug: str, *args: Any, **kwargs: Any) -> HttpResponse:
        organization = organization_get(slug=slug, fetched_by=request.user)
        actor = actor_get(user=request.user, organization=organization)
        request.session[SESSION_ORGANIZATION] = organization.slug
        return view(request, organization, actor, *args, **kwargs)

    return wrapper


def admin_view(view: View) -> View:
    """An organization admin's page; to anyone else it does not exist."""

    @organization_view
    @wraps(view)
    def wrapper(request: HttpRequest, organization: Organization, actor: Actor, *args: Any, **kwargs: Any) -> HttpResponse:
        selectors.require_admin(actor=actor)
        return view(request, organization, actor, *args, **kwargs)

    return wrapper


def _page(request: HttpRequest, template: str, organization: Organization, actor: Actor, context: dict[str, Any]) -> HttpResponse:
    base = {
        "organization": organization,
        "actor": actor,
        "organizations": organization_list(fetched_by=request.user),
    }
    return render(request, template, {**base, **context})


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _done(request: HttpRequest, fallback: str, payload: dict[str, Any] | None = None) -> HttpResponse:
    """After an admin action: JSON for the page's script, a redirect back for a plain form."""
    if _wants_json(request):
        return JsonResponse(payload or {"ok": True})
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        target = fallback
    return redirect(target)


def _refused(request: HttpRequest, error: ValidationError, fallback: str) -> HttpResponse:
    message = " ".join(error.messages)
    if _wants_json(request):
        return JsonResponse({"ok": False, "error": message}, status=400)
    messages.error(request, message)
    return _done(request, fallback)


def _int_list(values: list[str]) -> list[int] | None:
    try:
        return [int(value) for value in values]
    except ValueError:
        return None


@require_GET
def favicon(request: HttpRequest) -> HttpResponse:
    # Browsers ask for /favicon.ico whatever the page says; send them to the real icon.
    return redirect(static("webui/favicon.svg"), permanent=True)


# --- home and chat -----------------------------------------------------------------------


@login_required
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    rows = selectors.organization_rows(fetched_by=request.user, last_slug=request.session.get(SESSION_ORGANIZATION))
    if len(rows) == 1:
        # Most people belong to one organization: nothing to pick, straight to its chat
        # (an admin finds the management pages in the chat page's header).
        return redirect("webui:chat", slug=rows[0]["organization"].slug)
    return render(request, "webui/home.html", {"rows": rows})


@organization_view
@require_GET
def organization_home(request: HttpRequest, organization: Organization, actor: Actor) -> HttpResponse:
    return redirect("webui:chat", slug=organization.slug)


@organization_view
@require_GET
def chat(request: HttpRequest, organization: Organization, actor: Actor, conversation_id: int | None = None) -> HttpResponse:
    conversation = None
    turns: list[Any] = []
    if conversation_id is not None:
        conversation = conversations.conversation_get(conversation_id=conversation_id, fetched_by=actor)
        turns = conversations.conversation_messages(conversation=conversation, fetched_by=actor)
    return _page(
        request,
        "webui/chat.html",
        organization,
        actor,
        {
            "conversations": conversations.conversation_list(fetched_by=actor)[:100],
            "conversation": conversation,
            "turns": turns,
            # The empty chat suggests questions from the documents this person may see.
            "suggestions": suggestions.chat_suggestions(fetched_by=actor) if conversation is None else None,
            "question_max_length": QUESTION_MAX_LENGTH,
        },
    )


def _sse(events: Generator[dict[str, Any], None, None]) -> Iterator[bytes]:
    try:
        for event in events:
            kind = event.get("type", "message")
            data = json.dumps({k: v for k, v in event.items() if k != "type"}, ensure_ascii=False)
            yield f"event: {kind}\ndata: {data}\n\n".encode()
    finally:
        # Closed early (the browser stopped): close the answer now, not whenever the
        # garbage collector gets to it, so the model stops generating at once.
        events.close()


@organization_view
@require_POST
def ask(request: HttpRequest, organization: Organization, actor: Actor) -> HttpResponse:
    """Stream the answer as server-sent events over the POST's own response.

    The browser reads it with fetch and a ReadableStream (EventSource cannot POST, and the
    question must travel with the CSRF token). Pressing stop aborts the fetch; the server
    notices at its next write and closes the generator, which stops the model.
    """
    question = request.POST.get("question", "").strip()
    if not question or len(question) > QUESTION_MAX_LENGTH:
        return HttpResponseBadRequest(_("質問を入力してください（%(limit)d 文字まで）。") % {"limit": QUESTION_MAX_LENGTH})
    conversation = None
    if request.POST.get("conversation"):
        conversation = conversations.conversation_get(conversation_id=request.POST["conversation"], fetched_by=actor)
    attachment = None
    if request.POST.get("attachment"):  # a page attached in the composer (webui/attachments.py); another's is a 404
        attachment = attachment_get(attachment_id=request.POST["attachment"], fetched_by=actor)
    events = conversations.answer_events(actor=actor, conversation=conversation, question=question, attachment=attachment)
    response = StreamingHttpResponse(_sse(events), content_type="text/event-stream; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    # nginx would otherwise buffer the stream and deliver the answer all at once.
    response["X-Accel-Buffering"] = "no"
    return response


@organization_view
@require_POST
def answer_stopped(request: HttpRequest, organization: Organization, actor: Actor, conversation_id: int) -> HttpResponse:
    """The page stopped an answer: the stored partial answer becomes what the page showed."""
    conversation = conversations.conversation_get(conversation_id=conversation_id, fetched_by=actor)
    question_ids = _int_list([request.POST.get("question", "")])
    if question_ids is None:
        return HttpResponseBadRequest("question must be a message id")
    answer = conversations.stopped_answer_trim(conversation=conversation, question_id=question_ids[0], shown=request.POST.get("shown", ""))
    if answer is None:
        return JsonResponse({"ok": False, "message_id": None, "content": None})
    return JsonResponse({"ok": True, "message_id": answer.pk, "content": answer.content})


@organization_view
@require_POST
def conversation_rename(request: HttpRequest, organization: Organization, actor: Actor, conversation_id: int) -> HttpResponse:
    conversation = conversations.conversation_get(conversation_id=conversation_id, fetched_by=actor)
    fallback = reverse("webui:conversation", args=[organization.slug, conversation.pk])
    try:
        conversation = conversations.conversation_rename(conversation=conversation, title=request.POST.get("title", ""))
    except ValidationError as error:
        return _refused(request, error, fallback)
    return _done(request, fallback, {"ok": True, "title": conversation.title})


@organization_view
@require_POST
def conversation_delete(request: HttpRequest, organization: Organization, actor: Actor, conversation_id: int) -> HttpResponse:
    conversation = conversations.conversation_get(conversation_id=conversation_id, fetched_by=actor)
    conversations.conversation_delete(conversation=conversation)
    chat_url = reverse("webui:chat", args=[organization.slug])
    if _wants_json(request):
        return JsonResponse({"ok": True, "next": chat_url})
    return redirect(chat_url)


@organization_view
@require_POST
def feedback(request: HttpRequest, organization: Organization, actor: Actor, message_id: int) -> HttpResponse:
    try:
        rating = int(request.POST.get("rating", ""))
    except ValueError:
        return HttpResponseBadRequest("rating must be 1 or -1")
    if rating not in (1, -1):
        return HttpResponseBadRequest("rating must be 1 or -1")
    answer = conversations.answer_get(message_id=message_id, fetched_by=actor)
    result = conversations.feedback_set(message=answer, user=request.user, rating=rating, comment=request.POST.get("comment", ""))
    return JsonResponse({"ok": True, "rating": result.rating, "comment": result.comment})


@organization_view
@require_GET
def document_original(request: HttpRequest, organization: Organization, actor: Actor, document_id: str) -> HttpResponse:
    """The original file, to those who may see the document; anyone else gets a 404."""
    document = document_get(document_id=document_id, fetched_by=actor)
    if organization.pii_mask_ingestion and not actor.is_admin:
        # Its personal data is masked in what members read: the original stays for admins.
        return redirect("webui:document_preview", slug=organization.slug, document_id=document.pk)
    if not document.sha256:
        raise Http404("no stored original")
    path = storage.original_path(organization_id=document.organization_id, sha256=document.sha256)
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise Http404("no stored original") from None
    content_type = document.mime_type or mimetypes.guess_type(document.filename)[0] or "application/octet-stream"
    # Only a PDF is shown in the browser (its viewer opens at #page=N); anything else, HTML
    # above all, is a download, so a stored file can never run script in our origin.
    inline = content_type == "application/pdf"
    response = FileResponse(handle, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(not inline, document.filename)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@organization_view
@require_GET
def document_preview(request: HttpRequest, organization: Organization, actor: Actor, document_id: str) -> HttpResponse:
    """A document's text as an HTML page opened at the cited passage (?at=<passage>#cited), to
    those who may see the document; anyone else gets a 404."""
    document = document_get(document_id=document_id, fetched_by=actor)
    cited = _int_list([request.GET["at"]]) if request.GET.get("at") else None
    shown = preview.document_preview(document=document, cited_order=cited[0] if cited else None)
    response = _page(request, "webui/preview.html", organization, actor, {"document": document, "preview": shown, "section": "library"})
    response["Content-Security-Policy"] = preview.CONTENT_SECURITY_POLICY
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@organization_view
@require_GET
def library(request: HttpRequest, organization: Organization, actor: Actor) -> HttpResponse:
    """The documents this person may ask about (what the chat searches for them)."""
    query = request.GET.get("q", "").strip()[:200]
    documents = selectors.library_list(fetched_by=actor, query=query)
    return _page(
        request, "webui/library.html", organization, actor,
        {"documents": documents[:1000], "count": documents.count(), "query": query, "section": "library"},
    )


# --- admin: documents ----------------------------------------------------------------------


@admin_view
@require_http_methods(["GET", "POST"])
def upload(request: HttpRequest, organization: Organization, actor: Actor) -> HttpResponse:
    if request.method == "GET":
        return _page(request, "webui/manage/upload.html", organization, actor, {"groups": selectors.admin_groups(fetched_by=actor), "section": "upload"})
    files = request.FILES.getlist("files")
    if not files or len(files) > UPLOAD_MAX_FILES:
        return JsonResponse({"ok": False, "error": _("ファイルを選んでください（一度に %(limit)d 件まで）。") % {"limit": UPLOAD_MAX_FILES}}, status=400)
    visibility = request.POST.get("visibility", Document.Visibility.ORGANIZATION)
    group_ids = _int_list(request.POST.getlist("groups"))
    if visibility not in Document.Visibility.values or group_ids is None:
        return JsonResponse({"ok": False, "error": _("公開範囲を選んでください。")}, status=400)
    # Groups ticked while the visibility says "whole organization" are a contradiction: the
    # admin meant to restrict, and sharing with everyone would widen it silently. Refuse.
    if visibility == Document.Visibility.ORGANIZATION and group_ids:
        return JsonResponse(
            {"ok": False, "error": _("グループを選んだときは、公開範囲を「選んだグループのみ」にしてください。組織全体に公開するなら、グループのチェックを外してください。")},
            status=400,
        )
    if visibility == Document.Visibility.GROUPS and not group_ids:
        return JsonResponse({"ok": False, "error": _("共有するグループを選んでください。")}, status=400)
    groups = selectors.admin_groups_by_ids(fetched_by=actor, group_ids=group_ids)
    outcome = services.documents_upload(organization=organization, uploaded_by=request.user, files=files, groups=groups)
    return JsonResponse(
        {
            "ok": True,
            "batch_id": str(outcome.batch.id),
            "progress_url": reverse("webui:batch_progress", args=[organization.slug, outcome.batch.id]),
            "documents": [
                {
                    "document_id": str(s.document.id),
                    "filename": s.document.filename,
                    "outcome": s.outcome,
                    "status": s.document.status,
                    "error": labels.reason_for_reader(s.document.error) or None,
                    "retryable": labels.retry_can_succeed(error=s.document.error, stored=bool(s.document.sha256)),
                }
                for s in outcome.submissions
            ],
        }
    )


@admin_view
@require_GET
@never_cache
def batch_progress_json(request: HttpRequest, organization: Organization, actor: Actor, batch_id: str) -> HttpResponse:
    progress = batch_progress(batch_id=batch_id, fetched_by=actor)
    for row in progress["documents"]:
        # A file refused before it was stored (empty, over the limit) says so in its reason.
        row["retryable"] = labels.retry_can_succeed(error=row["error"], stored=True)
        row["error"] = labels.reason_for_reader(row["error"]) or None
    return JsonResponse(progress)


@admin_view
@require_GET
def documents(request: HttpRequest, organization: Organization, actor: Actor) -> HttpResponse:
    status = request.GET.get("status", "")
    if status not in ("", *Document.Status.values):
        return HttpResponseBadRequest("unknown status")
    group = request.GET.get("group", "")
    group_id: int | None = None
    if group:
        ids = _int_list([group])
        if ids is None:
            return HttpResponseBadRequest("unknown group")
        group_id = ids[0]
    query = request.GET.get("q", "").strip()[:200]
    filters = selectors.DocumentFilters(query=query, status=status, group_id=group_id)
    return _page(
        request,
        "webui/manage/documents.html",
        organization,
        actor,
        {
            "documents": selectors.document_search(fetched_by=actor, filters=filters)[:500],
            "batches": batch_figures_recent(fetched_by=actor),
            "groups": selectors.admin_groups(fetched_by=actor),
            "statuses": labels.status_choices(Document.Status.values),
            "filters": filters,
            "section": "documents",
        },
    )


@admin_view
@require_POST
def document_requeue(request: HttpRequest, organization: Organization, actor: Actor, document_id: str) -> HttpResponse:
    document = selectors.admin_document_get(document_id=document_id, fetched_by=actor)
    fallback = reverse("webui:documents", args=[organization.slug])
    if document.status == Document.Status.FAILED and not labels.retry_can_succeed(error=document.error, stored=bool(document.sha256)):
        message = _("このファイルは再試行しても同じ理由で失敗します。ファイルを直してアップロードし直してください。")
        return _refused(request, ValidationError(message), fallback)
    try:
        document = services.document_retry(document=document)
    except ValidationError as error:
        return _refused(request, error, fallback)
    except ValueError as error:  # another document already holds these bytes
        return _refused(request, ValidationError(str(error)), fallback)
    return _done(request, fallback, {"ok": True, "status": document.status})


@admin_view
@require_POST
def document_delete(request: HttpRequest, organization: Organization, actor: Actor, document_id: str) -> HttpResponse:
    document = selectors.admin_document_get(document_id=document_id, fetched_by=actor)
    ingestion_services.document_delete(document=document)
    return _done(request, reverse("webui:documents", args=[organization.slug]))


@admin_view
@require_POST
def document_visibility(request: HttpRequest, organization: Organization, actor: Actor, document_id: str) -> HttpResponse:
    document = selectors.admin_document_get(document_id=document_id, fetched_by=actor)
    group_ids = _int_list(request.POST.getlist("groups"))
    if group_ids is None:
        return HttpResponseBadRequest("unknown group")
    groups = selectors.admin_groups_by_ids(fetched_by=actor, group_ids=group_ids)
    ingestion_services.document_set_visibility(document=document, groups=groups)
    return _done(request, reverse("webui:documents", args=[organization.slug]))


# --- admin: people -------------------------------------------------------------------------


@admin_view
@require_http_methods(["GET", "POST"])
def users(request: HttpRequest, organization: Organization, actor: Actor) -> HttpResponse:
    users_url = reverse("webui:users", args=[organization.slug])
    if request.method == "POST":
        role = request.POST.get("role", Membership.Role.MEMBER)
        group_ids = _int_list(request.POST.getlist("groups"))
        if role not in Membership.Role.values or group_ids is None:
            return HttpResponseBadRequest("bad role or group")
        groups = selectors.admin_groups_by_ids(fetched_by=actor, group_ids=group_ids)
        try:
            created = services.member_create(
                organization=organization,
                username=request.POST.get("username", ""),
                password=request.POST.get("password", ""),
                role=role,
                groups=groups,
            )
        except ValidationError as error:
            return _refused(request, error, users_url)
        messages.success(request, _("ユーザー %(name)s を作成しました。") % {"name": created.get_username()})
        return redirect(users_url)
    return _page(
        request,
        "webui/manage/users.html",
        organization,
        actor,
        {
            "members": selectors.member_list(fetched_by=actor),
            "groups": selectors.admin_groups(fetched_by=actor),
            "roles": Membership.Role.values,
            "section": "users",
        },
    )


@admin_view
@require_POST
def user_update(request: HttpRequest, organization: Organization, actor: Actor, user_id: int) -> HttpResponse:
    member = selectors.member_get(user_id=user_id, fetched_by=actor)
    role = request.POST.get("role", "")
    group_ids = _int_list(request.POST.getlist("groups"))
    if role not in Membership.Role.values or group_ids is None:
        return HttpResponseBadRequest("bad role or group")
    groups = selectors.admin_groups_by_ids(fetched_by=actor, group_ids=group_ids)
    users_url = reverse("webui:users", args=[organization.slug])
    try:
        services.member_update(actor=actor, organization=organization, user=member, role=role, groups=groups)
    except ValidationError as error:
        return _refused(request, error, users_url)
    return _done(request, users_url)


@admin_view
@require_POST
def user_remove(request: HttpRequest, organization: Organization, actor: Actor, user_id: int) -> HttpResponse:
    member = selectors.member_get(user_id=user_id, fetched_by=actor)
    users_url = reverse("webui:users", args=[organization.slug])
    try:
        services.member_remove(actor=actor, organization=organization, user=member)
    except ValidationError as error:
        return _refused(request, error, users_url)
    return _done(request, users_url)


@admin_view
@require_POST
def group_create(request: HttpRequest, organization: Organization, actor: Actor) -> HttpResponse:
    users_url = reverse("webui:users", args=[organization.slug])
    try:
        services.group_create(organization=organization, name=request.POST.get("name", ""))
    except ValidationError as error:
        return _refused(request, error, users_url)
    return _done(request, users_url)


@admin_view
@require_GET
def feedback_list(request: HttpRequest, organization: Organization, actor: Actor) -> HttpResponse:
    return _page(
        request,
        "webui/manage/feedback.html",
        organization,
        actor,
        {"rows": selectors.negative_feedback_list(fetched_by=actor), "section": "feedback"},
    )
