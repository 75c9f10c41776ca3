"""Local accounts: passwords changed and reset with a one-time link, people deactivated and
reactivated, lockouts lifted. Every change is audited in each organization the person is in.

An organization admin manages only people who belong to no organization they do not
administer: resetting the password of someone who is also in another organization would hand
over their access there.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from axes.models import AccessAttempt
from axes.utils import reset as axes_reset
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.password_validation import validate_password
from django.contrib.auth.tokens import default_token_generator
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from appliance import telemetry
from appliance.identity.models import ExternalIdentity
from appliance.tenancy.models import Membership, Organization

logger = logging.getLogger(__name__)
User = get_user_model()


def _organizations_of(user: AbstractUser) -> list[Organization]:
    return list(Organization.objects.filter(memberships__user=user))


def _audit_everywhere(event: str, *, user: AbstractUser, actor: AbstractUser | None, **fields: object) -> None:
    """One row in each of the person's organizations: each one's admins see it."""
    for organization in _organizations_of(user):
        telemetry.audit(event, organization=organization, actor=actor, subject=user.get_username(), **fields)


def is_directory_account(user: AbstractUser) -> bool:
    """Signs in through LDAP or SSO: the password lives in the directory, not here."""
    return ExternalIdentity.objects.filter(user=user).exists()


def require_manageable(*, admin: AbstractUser, organization: Organization, user: AbstractUser) -> None:
    """Raise unless this organization's admin may reset, deactivate or unlock the person."""
    if user.pk == admin.pk:
        raise ValidationError(_("自分自身には使えません。"))
    if not Membership.objects.filter(user=user, organization=organization).exists():
        raise ValidationError(_("このユーザーは組織のメンバーではありません。"))
    if user.is_superuser or user.is_staff:
        raise ValidationError(_("運用管理者のアカウントは manage.py で管理します。"))
    administered = set(Membership.objects.filter(user=admin, role=Membership.Role.ADMIN).values_list("organization_id", flat=True))
    theirs = set(Membership.objects.filter(user=user).values_list("organization_id", flat=True))
    if theirs - administered:
        raise ValidationError(_("このユーザーは管理していない組織にも所属しているため、ここでは変更できません。"))


# --- passwords -------------------------------------------------------------------------------


def password_change(*, user: AbstractUser, new_password: str, reset: bool = False) -> None:
    """Set a new password (Django's validators apply). Other sessions of the person end, since
    a session carries a hash of the password it was opened with."""
    if is_directory_account(user):
        raise ValidationError(_("このアカウントのパスワードはディレクトリ（LDAP / SSO）で管理されています。"))
    validate_password(new_password, user)
    user.set_password(new_password)
    user.save(update_fields=["password"])
    # A lockout earned by someone guessing is over once the owner has set a new password.
    axes_reset(username=user.get_username())
    _audit_everywhere("password_reset" if reset else "password_change", user=user, actor=user)


def password_reset_token(*, user: AbstractUser) -> tuple[str, str]:
    """The uid and one-time token of a reset link (Django's token generator: it hashes the
    current password and last login, so the link dies once used or once the person logs in)."""
    return urlsafe_base64_encode(force_bytes(user.pk)), default_token_generator.make_token(user)


def password_reset_link_issue(*, admin: AbstractUser | None, organization: Organization | None, user: AbstractUser, url: str) -> bool:
    """Record that a reset link was made for the person, and mail it to them when the appliance
    has a mail server and they have an address. Whether it was mailed comes back: without
    mail the admin hands the link over."""
    if admin is not None and organization is not None:
        require_manageable(admin=admin, organization=organization, user=user)
    if is_directory_account(user):
        raise ValidationError(_("このアカウントのパスワードはディレクトリ（LDAP / SSO）で管理されています。"))
    mailed = False
    if settings.EMAIL_HOST and user.email:
        send_mail(
            _("パスワードの再設定"),
            _("次のリンクからパスワードを設定してください（一度だけ使えます）。\n\n%(url)s\n") % {"url": url},
            settings.DEFAULT_FROM_EMAIL,
            [user.email],
        )
        mailed = True
    _audit_everywhere("password_reset_link", user=user, actor=admin, mailed=mailed, by="admin" if admin is not None else "self")
    return mailed


def users_for_reset(*, email: str) -> list[AbstractUser]:
    """Local, active accounts with this e-mail address (the forgotten-password form)."""
    email = email.strip()
    if not email:
        return []
    users = User.objects.filter(email__iexact=email, is_active=True)
    return [user for user in users if user.has_usable_password() and not is_directory_account(user)]


# --- deactivation --------------------------------------------------------------------------------


def sessions_end(*, user: AbstractUser) -> int:
    """Delete the person's open sessions (the database session store); how many."""
    ended = 0
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
            session.delete()
            ended += 1
    return ended


@transaction.atomic
def user_deactivate(*, admin: AbstractUser, organization: Organization, user: AbstractUser) -> None:
    """The person can no longer log in; their open sessions end and their API tokens stop
    answering at once (token_authenticate refuses an inactive owner). Their documents, audit
    rows and memberships stay, for reactivation."""
    require_manageable(admin=admin, organization=organization, user=user)
    if user.is_active:
        user.is_active = False
        user.save(update_fields=["is_active"])
        ended = sessions_end(user=user)
        _audit_everywhere("user_deactivate", user=user, actor=admin, sessions_ended=ended)


@transaction.atomic
def user_reactivate(*, admin: AbstractUser, organization: Organization, user: AbstractUser) -> None:
    require_manageable(admin=admin, organization=organization, user=user)
    if not user.is_active:
        user.is_active = True
        user.save(update_fields=["is_active"])
        _audit_everywhere("user_reactivate", user=user, actor=admin)


# --- lockout -----------------------------------------------------------------------------------


def locked_usernames(usernames: Iterable[str]) -> set[str]:
    """Which of these usernames are locked out now (django-axes' attempts, within cool-off)."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    return set(
        AccessAttempt.objects.filter(
            username__in=list(usernames), failures_since_start__gte=settings.AXES_FAILURE_LIMIT, attempt_time__gte=since
        ).values_list("username", flat=True)
    )


def login_unlock(*, admin: AbstractUser, organization: Organization, user: AbstractUser) -> None:
    require_manageable(admin=admin, organization=organization, user=user)
    if axes_reset(username=user.get_username()):
        _audit_everywhere("unlock", user=user, actor=admin)


def on_locked_out(username: str, address: str) -> None:
    """Called from the axes signal (appliance/audit/signals.py): a row in each organization
    of the person whose name was guessed at."""
    user = User.objects.filter(username=username).first()
    if user is not None:
        _audit_everywhere("lockout", user=user, actor=None, address=address, minutes=int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))
