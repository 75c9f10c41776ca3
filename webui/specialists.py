"""The specialists page: an organization's admin registers a specialist (an uploaded PEFT LoRA
zip, validated with its reasons), chooses who may use it, pins it to groups, makes one the
default, deletes one, and reads per specialist how many questions it answered, how many it
refused and how many answers got a 👎, beside its evaluation with and without the adapter.
It trains one from an uploaded file or from an FAQ sheet already in the organization's
documents (its columns read from the header to choose the question and answer from).
To anyone else the page does not exist."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_http_methods, require_POST

from appliance.tenancy.models import Group, Organization
from appliance.tenancy.selectors import Actor
from rag.models import Message
from specialists import jobs, selectors, services, training
from specialists.adapters import AdapterRejected
from specialists.models import MAX_EXAMPLES, MIN_EXAMPLES
from webui.views import _page, admin_view


def specialist_figures(*, fetched_by: Actor) -> dict[int, dict[str, Any]]:
    """Per specialist of the actor's organization: answers, refusals and 👎, with rates."""
    rows = (
        Message.objects.filter(
            conversation__organization_id=fetched_by.organization_id,
            role=Message.Role.ASSISTANT,
            specialist__organization_id=fetched_by.organization_id,
        )
        .values("specialist_id")
        .annotate(
            questions=Count("id", distinct=True),
            refusals=Count("id", filter=Q(refused=True), distinct=True),
            thumbs_down=Count("feedback", filter=Q(feedback__rating=-1), distinct=True),
        )
    )
    figures = {}
    for row in rows:
        questions = row["questions"] or 1
        figures[row["specialist_id"]] = {
            **row,
            "refusal_rate": row["refusals"] / questions,
            "thumbs_down_rate": row["thumbs_down"] / questions,
        }
    return figures


def _ids(values: list[str]) -> list[int]:
    return [int(value) for value in values if value.isdigit()]


def _picked_sheet(request: HttpRequest, actor: Actor, errors: list[str]) -> dict[str, Any] | None:
    """The FAQ document chosen to train from (?document=ID, or the form posted back), with its
    header's columns and the preselected question and answer columns. Another organization's
    document, or one this admin cannot see, is a 404."""
    document_id = request.POST.get("document") or request.GET.get("document")
    if not document_id:
        return None
    document = selectors.faq_document_get(document_id=document_id, fetched_by=actor)
    try:
        columns = jobs.faq_document_columns(document=document)
    except ValidationError as error:
        errors.extend(error.messages)
        return None
    question, answer = training.guess_columns(columns)
    return {
        "document": document,
        "columns": columns,
        "question": request.POST.get("question_column") or question,
        "answer": request.POST.get("answer_column") or answer,
    }


def _render(request: HttpRequest, organization: Organization, actor: Actor, errors: list[str] | None = None, status: int = 200) -> HttpResponse:
    errors = list(errors or [])
    picked = _picked_sheet(request, actor, errors)
    figures = specialist_figures(fetched_by=actor)
    specialists = [{"specialist": s, "figures": figures.get(s.pk, {})} for s in selectors.specialist_list(fetched_by=actor)]
    response = _page(
        request,
        "webui/manage/specialists.html",
        organization,
        actor,
        {
            "rows": specialists,
            "jobs": jobs.training_job_list(fetched_by=actor)[:10],
            "refresh": jobs.training_job_list(fetched_by=actor).filter(status__in=["queued", "running"]).exists(),
            "groups": Group.objects.filter(organization_id=actor.organization_id).order_by("name"),
            "errors": errors,
            "form": request.POST if errors else {},
            "faq_documents": selectors.faq_document_list(fetched_by=actor),
            "picked": picked,
            "min_examples": MIN_EXAMPLES,
            "max_examples": MAX_EXAMPLES,
            "section": "specialists",
        },
    )
    response.status_code = 400 if errors and status == 200 else status
    return response


@admin_view
@require_http_methods(["GET", "POST"])
def specialists(request: HttpRequest, organization: Organization, actor: Actor) -> HttpResponse:
    if request.method == "GET":
        return _render(request, organization, actor)
    upload = request.FILES.get("adapter")
    try:
        services.specialist_register(
            actor=actor,
            name=request.POST.get("name", ""),
            description=request.POST.get("description", ""),
            examples=request.POST.get("examples", "").splitlines(),
            group_ids=_ids(request.POST.getlist("groups")),
            pinned_group_ids=_ids(request.POST.getlist("pinned_groups")),
            make_default=request.POST.get("default") == "on",
            adapter_zip=upload.read() if upload is not None and upload.size <= services.settings.LORA_UPLOAD_MAX_BYTES else None,
        )
    except AdapterRejected as error:
        return _render(request, organization, actor, ["アダプタを受け付けられません:", *error.reasons], status=400)
    except ValidationError as error:
        return _render(request, organization, actor, error.messages, status=400)
    return redirect("webui:specialists", organization.slug)


@admin_view
@require_POST
def specialist_update(request: HttpRequest, organization: Organization, actor: Actor, specialist_id: int) -> HttpResponse:
    specialist = selectors.specialist_get(specialist_id=specialist_id, fetched_by=actor)
    try:
        services.specialist_update(
            specialist=specialist,
            actor=actor,
            group_ids=_ids(request.POST.getlist("groups")),
            pinned_group_ids=_ids(request.POST.getlist("pinned_groups")),
            make_default=request.POST.get("default") == "on",
        )
    except ValidationError as error:
        return _render(request, organization, actor, error.messages, status=400)
    return redirect("webui:specialists", organization.slug)


@admin_view
@require_POST
def specialist_delete(request: HttpRequest, organization: Organization, actor: Actor, specialist_id: int) -> HttpResponse:
    specialist = selectors.specialist_get(specialist_id=specialist_id, fetched_by=actor)
    services.specialist_delete(specialist=specialist, actor=actor)
    return redirect("webui:specialists", organization.slug)


@admin_view
@require_POST
def specialist_train(request: HttpRequest, organization: Organization, actor: Actor) -> HttpResponse:
    """Train from an uploaded file, or (a `document` field) from an FAQ sheet in the library."""
    try:
        epochs = float(request.POST.get("epochs", "2") or 2)
    except ValueError:
        return _render(request, organization, actor, ["エポック数は数字です。"], status=400)
    if request.POST.get("document"):
        document = selectors.faq_document_get(document_id=request.POST["document"], fetched_by=actor)
        try:
            jobs.training_job_start_from_document(
                actor=actor,
                document=document,
                name=request.POST.get("name", ""),
                description=request.POST.get("description", ""),
                question_column=request.POST.get("question_column", ""),
                answer_column=request.POST.get("answer_column", ""),
                epochs=epochs,
            )
        except ValidationError as error:
            return _render(request, organization, actor, error.messages, status=400)
        return redirect("webui:specialists", organization.slug)
    data = request.FILES.get("data")
    if data is None or data.size > services.settings.LORA_UPLOAD_MAX_BYTES:
        return _render(request, organization, actor, ["学習データのファイルを選んでください。"], status=400)
    try:
        jobs.training_job_start(
            actor=actor,
            name=request.POST.get("name", ""),
            description=request.POST.get("description", ""),
            filename=data.name,
            data=data.read(),
            question_column=request.POST.get("question_column", ""),
            answer_column=request.POST.get("answer_column", ""),
            epochs=epochs,
        )
    except ValidationError as error:
        return _render(request, organization, actor, error.messages, status=400)
    return redirect("webui:specialists", organization.slug)


@admin_view
@require_POST
def training_job_cancel(request: HttpRequest, organization: Organization, actor: Actor, job_id: int) -> HttpResponse:
    jobs.training_job_cancel(job=jobs.training_job_get(job_id=job_id, fetched_by=actor))
    return redirect("webui:specialists", organization.slug)
