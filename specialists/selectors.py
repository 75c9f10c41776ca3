"""Reads of specialists. Every one takes the actor: another organization's specialist is a
404, and a specialist limited to groups is only offered to their members (admins see all)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.http import Http404

from appliance.tenancy.selectors import Actor
from ingestion.models import Document
from ingestion.selectors import document_list
from specialists.models import Specialist

# The FAQ sheets a specialist can be trained from, as training.load_examples reads them.
FAQ_SUFFIXES = (".csv", ".xlsx")


def specialist_list(*, fetched_by: Actor) -> QuerySet[Specialist]:
    return Specialist.objects.filter(organization_id=fetched_by.organization_id).prefetch_related("groups", "pinned_groups")


def specialist_get(*, specialist_id: Any, fetched_by: Actor) -> Specialist:
    try:
        return specialist_list(fetched_by=fetched_by).get(pk=int(specialist_id))
    except (Specialist.DoesNotExist, ValueError, TypeError):
        raise Http404("no such specialist") from None


def specialist_get_by_name(*, name: str, fetched_by: Actor) -> Specialist:
    try:
        return specialist_list(fetched_by=fetched_by).get(name=name)
    except Specialist.DoesNotExist:
        raise Http404(f"no specialist named {name!r}") from None


def specialists_usable_by(*, actor: Actor) -> QuerySet[Specialist]:
    """The specialists that may answer this person: their organization's, open to everyone
    or to one of their groups (an admin, to all)."""
    if actor.is_admin:
        return Specialist.objects.filter(organization_id=actor.organization_id)
    return (
        Specialist.objects.filter(organization_id=actor.organization_id)
        .filter(Q(groups__isnull=True) | Q(groups__id__in=actor.group_ids))
        .distinct()
    )


def faq_document_list(*, fetched_by: Actor) -> QuerySet[Document]:
    """The documents of the actor's organization that they may see and that are FAQ sheets
    (CSV, .xlsx) with their original stored: what a specialist can be trained from."""
    sheets = Q()
    for suffix in FAQ_SUFFIXES:
        sheets |= Q(filename__iendswith=suffix)
    return document_list(fetched_by=fetched_by).filter(sheets, sha256__isnull=False).order_by("title", "filename")


def faq_document_get(*, document_id: Any, fetched_by: Actor) -> Document:
    """One of faq_document_list's; another organization's document (or no sheet) is a 404."""
    try:
        return faq_document_list(fetched_by=fetched_by).get(pk=document_id)
    except (Document.DoesNotExist, ValueError, TypeError, ValidationError):
        raise Http404("no such FAQ document") from None
