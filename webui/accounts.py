"""Accounts: one's own password, the forgotten-password path and the reset link's page; and
for an organization admin, the people's accounts (reset links, deactivation, lockouts) and
the groups (rename, delete). Writes go through appliance/identity/accounts.py and
appliance/tenancy/services.py, which audit each one."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm, SetPasswordForm
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from appliance.identity import accounts
from appliance.tenancy import services as tenancy_services
from appliance.tenancy.models import Group, Organization
from appliance.tenancy.selectors import Actor
from webui import selectors
from webui.views import _page, _refused, admin_view

User = get_user_model()


# --- one's own account --------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
@never_cache
def password_change(request: HttpRequest) -> HttpResponse:
    directory = accounts.is_directory_account(request.user)
    form = PasswordChangeForm(request.user, request.POST or None)
    if request.method == "POST" and not directory and form.is_valid():
        accounts.password_change(user=request.user, new_password=form.cleaned_data["new_password1"])
        # This session stays; every other session of the person ends with the old password.
        update_session_auth_hash(request, request.user)
        messages.success(request, _("パスワードを変更しました。"))
        return redirect("webui:password_change")
    return render(request, "webui/account/password.html", {"form": form, "directory": directory})


@require_http_methods(["GET", "POST"])
@never_cache
def password_forgotten(request: HttpRequest) -> HttpResponse:
    """With a mail server: the link goes to the address on file (the same answer whether or
    not one matched, so the form tells nobody who has an account). Without: the page says to
    ask an administrator, who can issue a link from the accounts page."""
    sent = False
    if request.method == "POST" and settings.EMAIL_HOST:
        for user in accounts.users_for_reset(email=request.POST.get("email", "")[:254]):
            uid, token = accounts.password_reset_token(user=user)
            url = request.build_absolute_uri(reverse("webui:password_reset", args=[uid, token]))
            accounts.password_reset_link_issue(admin=None, organization=None, user=user, url=url)
        sent = True
    return render(request, "webui/account/forgotten.html", {"mail": bool(settings.EMAIL_HOST), "sent": sent})


class ResetForm(SetPasswordForm):
    """Django's form, saving through the identity service so the reset is audited."""

    def save(self, commit: bool = True) -> Any:
        accounts.password_change(user=self.user, new_password=self.cleaned_data["new_password1"], reset=True)
        return self.user


class PasswordResetConfirm(auth_views.PasswordResetConfirmView):
    form_class = ResetForm
    template_name = "webui/account/reset.html"
    success_url = reverse_lazy("login")

    def form_valid(self, form: Any) -> HttpResponse:
        try:
            response = super().form_valid(form)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _("パスワードを設定しました。新しいパスワードでログインしてください。"))
        return response


password_reset = PasswordResetConfirm.as_view()


# --- an admin's page: accounts and groups ----------------------------------------------------


@admin_view
@require_http_methods(["GET"])
@never_cache
def manage_accounts(request: HttpRequest, organization: Organization, actor: Actor) -> HttpResponse:
    members = selectors.member_list(fetched_by=actor)
    locked = accounts.locked_usernames(member.user.get_username() for member in members)
    directory = set(User.objects.filter(pk__in=[m.user.pk for m in members], external_identities__isnull=False).values_list("pk", flat=True))
    rows = [
        {"member": member, "locked": member.user.get_username() in locked, "directory": member.user.pk in directory}
        for member in members
    ]
    groups = selectors.admin_groups(fetched_by=actor)
    return _page(
        request,
        "webui/manage/accounts.html",
        organization,
        actor,
        {"rows": rows, "groups": groups, "section": "users", "mail": bool(settings.EMAIL_HOST), "session_hours": settings.SESSION_COOKIE_AGE / 3600},
    )


def _accounts_url(organization: Organization) -> str:
    return reverse("webui:accounts", args=[organization.slug])


@admin_view
@require_POST
@never_cache
def reset_link(request: HttpRequest, organization: Organization, actor: Actor, user_id: int) -> HttpResponse:
    member = selectors.member_get(user_id=user_id, fetched_by=actor)
    uid, token = accounts.password_reset_token(user=member)
    url = request.build_absolute_uri(reverse("webui:password_reset", args=[uid, token]))
    try:
        mailed = accounts.password_reset_link_issue(admin=request.user, organization=organization, user=member, url=url)
    except ValidationError as error:
        return _refused(request, error, _accounts_url(organization))
    return _page(request, "webui/manage/reset_link.html", organization, actor, {"member": member, "url": url, "mailed": mailed, "section": "users"})


@admin_view
@require_POST
def deactivate(request: HttpRequest, organization: Organization, actor: Actor, user_id: int) -> HttpResponse:
    member = selectors.member_get(user_id=user_id, fetched_by=actor)
    try:
        if request.POST.get("active") == "1":
            accounts.user_reactivate(admin=request.user, organization=organization, user=member)
        else:
            accounts.user_deactivate(admin=request.user, organization=organization, user=member)
    except ValidationError as error:
        return _refused(request, error, _accounts_url(organization))
    return redirect(_accounts_url(organization))


@admin_view
@require_POST
def unlock(request: HttpRequest, organization: Organization, actor: Actor, user_id: int) -> HttpResponse:
    member = selectors.member_get(user_id=user_id, fetched_by=actor)
    try:
        accounts.login_unlock(admin=request.user, organization=organization, user=member)
    except ValidationError as error:
        return _refused(request, error, _accounts_url(organization))
    return redirect(_accounts_url(organization))


@admin_view
@require_POST
def group_rename(request: HttpRequest, organization: Organization, actor: Actor, group_id: int) -> HttpResponse:
    group = selectors.admin_group_get(group_id=group_id, fetched_by=actor)
    try:
        tenancy_services.group_rename(group=group, name=request.POST.get("name", ""))
    except ValidationError:
        return _refused(request, ValidationError(_("その名前は使えません（空か、同じ名前のグループがあります）。")), _accounts_url(organization))
    return redirect(_accounts_url(organization))


def _documents_only_in(group: Group) -> int:
    """How many of the group's documents are shared with it alone."""
    return sum(1 for document in group.documents.prefetch_related("groups") if len(document.groups.all()) == 1)  # type: ignore[attr-defined]


@admin_view
@require_http_methods(["GET", "POST"])
def group_delete(request: HttpRequest, organization: Organization, actor: Actor, group_id: int) -> HttpResponse:
    group = selectors.admin_group_get(group_id=group_id, fetched_by=actor)
    if request.method == "POST":
        left = tenancy_services.group_delete(group=group)
        messages.success(
            request,
            _("グループ %(name)s を削除しました。このグループだけに公開されていた文書 %(count)d 件は、管理者だけが閲覧できます。")
            % {"name": group.name, "count": len(left)},
        )
        return redirect(_accounts_url(organization))
    return _page(
        request,
        "webui/manage/group_delete.html",
        organization,
        actor,
        {"group": group, "only_here": _documents_only_in(group), "shared": group.documents.count(), "members": group.members.count(), "section": "users"},  # type: ignore[attr-defined]
    )
