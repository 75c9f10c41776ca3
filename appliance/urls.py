"""The project's URLs. Every app is named by a dotted string, so the core never imports the
apps that stand on it."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

urlpatterns = [
    path("", include("operations.urls")),
    path("login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("", include("webui.urls")),
    # After the pages: django-ninja also names an "" root of its own, which must not be home.
    path("", include("api.urls")),
]
