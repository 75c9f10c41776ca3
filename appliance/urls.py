"""The project's URLs. Every app is named by a dotted string, so the core never imports the
apps that stand on it."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from appliance.identity import views as identity_views

urlpatterns = [
    path("", include("operations.urls")),
    path("login/", identity_views.LoginView.as_view(), name="login"),
    # Single sign-on (OpenID Connect, authorization code + PKCE); a 404 unless configured.
    path("oidc/authenticate/", identity_views.oidc_authenticate, name="oidc_authentication_init"),
    path("oidc/callback/", identity_views.oidc_callback, name="oidc_authentication_callback"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("", include("webui.urls")),
    # After the pages: django-ninja also names an "" root of its own, which must not be home.
    path("", include("api.urls")),
]
