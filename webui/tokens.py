"""API tokens, for the person who owns them: create (the secret shown once), name, list and
revoke one's own; an organization admin also sees and revokes everyone's in it."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from appliance.tenancy.models import Organization
from appliance.tenancy.selectors import Actor
from appliance.tenancy.tokens import token_create, token_get, token_is_active, token_list, token_revoke
from webui.views import _page, _refused, organization_view

EXPIRY_CHOICES = (30, 90, 365)


@organization_view
@require_http_methods(["GET", "POST"])
@never_cache
def tokens(request: HttpRequest, organization: Organization, actor: Actor) -> HttpResponse:
    created = None
    if request.method == "POST":
        expires = request.POST.get("expires", "")
        try:
            days = int(expires) if expires else None
            created = token_create(user=request.user, organization=organization, name=request.POST.get("name", ""), expires_in_days=days)
        except ValueError:
            return _refused(request, ValidationError(_("有効期限が正しくありません。")), reverse("webui:tokens", args=[organization.slug]))
        except ValidationError:
            return _refused(request, ValidationError(_("トークンの名前を入力してください。")), reverse("webui:tokens", args=[organization.slug]))
    own = list(token_list(fetched_by=actor))
    everyone = list(token_list(fetched_by=actor, everyone=True).exclude(user_id=actor.user_id)) if actor.is_admin else []
    for token in [*own, *everyone]:
        token.active = token_is_active(token)  # type: ignore[attr-defined]
    return _page(
        request,
        "webui/tokens.html",
        organization,
        actor,
        {
            "created": created,
            "own_tokens": own,
            "other_tokens": everyone,
            "expiry_choices": EXPIRY_CHOICES,
            "api_base": request.build_absolute_uri("/v1"),
            "section": "tokens",
        },
    )


@organization_view
@require_POST
def token_revoke_view(request: HttpRequest, organization: Organization, actor: Actor, token_id: int) -> HttpResponse:
    token_revoke(token=token_get(token_id=token_id, fetched_by=actor))
    return redirect("webui:tokens", slug=organization.slug)
