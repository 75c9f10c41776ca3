"""Logins, logouts and failed logins, from Django's auth signals. Logging in is not tied to
one organization, so the event goes into the trail of every organization the person is in."""

from __future__ import annotations

from typing import Any

from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.http import HttpRequest

from appliance import telemetry
from appliance.audit.models import AuditEvent
from appliance.audit.services import audit_record
from appliance.identity.accounts import on_locked_out
from appliance.tenancy.models import Organization

# Fields of an audit call that have a column of their own; the rest go into `details`.
_COLUMNS = {"organization", "actor", "user_id", "documents", "refused", "question", "query"}


def _organizations_of(user: AbstractUser) -> list[Organization]:
    return list(Organization.objects.filter(memberships__user=user))


def _address(request: HttpRequest | None) -> dict[str, str]:
    return {"address": request.META.get("REMOTE_ADDR", "")} if request is not None else {}


def _record(kind: str, user: AbstractUser | None, request: HttpRequest | None) -> None:
    if user is None:
        return
    for organization in _organizations_of(user):
        audit_record(organization=organization, actor=user, kind=kind, details=_address(request))


def on_logged_in(sender: Any, request: HttpRequest | None = None, user: AbstractUser | None = None, **kwargs: Any) -> None:
    _record(AuditEvent.Kind.LOGIN, user, request)


def on_logged_out(sender: Any, request: HttpRequest | None = None, user: AbstractUser | None = None, **kwargs: Any) -> None:
    _record(AuditEvent.Kind.LOGOUT, user, request)


def on_login_failed(sender: Any, credentials: dict[str, Any] | None = None, request: HttpRequest | None = None, **kwargs: Any) -> None:
    # An unknown name belongs to no organization's trail; a known one is recorded in each of
    # the person's organizations, so an admin sees someone guessing a colleague's password.
    username = (credentials or {}).get("username") or ""
    user = get_user_model().objects.filter(username=username).first() if username else None
    _record(AuditEvent.Kind.LOGIN_FAILED, user, request)


def on_audit_event(
    sender: Any, event: str, fields: dict[str, Any], request: HttpRequest | None, request_id: str | None, **kwargs: Any
) -> None:
    """An event the domain raised through telemetry.audit, as a row. Its organization comes as
    the object or its slug; its person as `actor`, `user_id`, or else the request's user."""
    if event not in AuditEvent.Kind.values:
        return
    organization = fields.get("organization")
    if isinstance(organization, str):
        organization = Organization.objects.filter(slug=organization).first()
    if not isinstance(organization, Organization):
        return
    actor = fields.get("actor")
    if actor is None and fields.get("user_id") is not None:
        actor = get_user_model().objects.filter(pk=fields["user_id"]).first()
    if actor is None:
        user = getattr(request, "user", None)
        actor = user if user is not None and user.is_authenticated else None
    audit_record(
        organization=organization,
        actor=actor,
        kind=event,
        documents=fields.get("documents") or (),
        refused=fields.get("refused"),
        question=fields.get("question") or fields.get("query") or "",
        details={key: value for key, value in fields.items() if key not in _COLUMNS},
        request_id=request_id,
    )


def on_axes_locked_out(sender: Any, request: HttpRequest | None = None, username: str | None = None, ip_address: str | None = None, **kwargs: Any) -> None:
    if username:
        on_locked_out(username, ip_address or "")


def connect() -> None:
    telemetry.audit_event.connect(on_audit_event, dispatch_uid="appliance.audit.event")
    user_logged_in.connect(on_logged_in, dispatch_uid="appliance.audit.login")
    user_logged_out.connect(on_logged_out, dispatch_uid="appliance.audit.logout")
    user_login_failed.connect(on_login_failed, dispatch_uid="appliance.audit.login_failed")
    user_locked_out.connect(on_axes_locked_out, dispatch_uid="appliance.audit.locked_out")
