"""The login page (Django's, offering single sign-on when it is configured) and the OIDC
routes, which exist only while OIDC is configured: otherwise they are a 404, not a crash on
missing settings."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.http import Http404, HttpRequest, HttpResponse
from mozilla_django_oidc import views as oidc_views


class LoginView(auth_views.LoginView):
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return {**super().get_context_data(**kwargs), "oidc_enabled": settings.OIDC_ENABLED}


def _only_when_configured(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not settings.OIDC_ENABLED:
            raise Http404("single sign-on is not configured")
        return view(request, *args, **kwargs)

    return wrapper


oidc_authenticate = _only_when_configured(oidc_views.OIDCAuthenticationRequestView.as_view())
oidc_callback = _only_when_configured(oidc_views.OIDCAuthenticationCallbackView.as_view())
