"""API tokens: created, listed, revoked, and resolved to the Actor a request acts as.

A token is `apl_` and 43 URL-safe characters (256 random bits); only its sha256 is stored, so
a stolen database gives no working token, and a plain hash is enough for a secret of that
entropy (a password hash's slowness protects guessable secrets, which these are not).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from appliance import telemetry
from appliance.tenancy.models import ApiToken, Membership, Organization
from appliance.tenancy.selectors import Actor, actor_get

TOKEN_PREFIX = "apl_"
NAME_MAX_LENGTH = 100
EXPIRES_MAX_DAYS = 3650
# last_used_at is written at most this often per token: a script calling in a loop must not
# turn every read into a write.
LAST_USED_RESOLUTION = timedelta(seconds=60)


@dataclass(frozen=True)
class CreatedToken:
    token: ApiToken
    secret: str  # shown to its owner once, never stored


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


# --- writes --------------------------------------------------------------------------------


def token_create(*, user: AbstractUser, organization: Organization, name: str, expires_in_days: int | None = None) -> CreatedToken:
    """A new token for a member of the organization; an outsider gets none."""
    name = " ".join(name.split())[:NAME_MAX_LENGTH]
    if not name:
        raise ValidationError("a token needs a name")
    if expires_in_days is not None and not 1 <= expires_in_days <= EXPIRES_MAX_DAYS:
        raise ValidationError(f"expiry must be between 1 and {EXPIRES_MAX_DAYS} days")
    if not Membership.objects.filter(user=user, organization=organization).exists():
        raise ValidationError(f"{user.get_username()} is not a member of {organization.slug}")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    expires_at = timezone.now() + timedelta(days=expires_in_days) if expires_in_days else None
    token = ApiToken.objects.create(
        user=user,
        organization=organization,
        name=name,
        secret_sha256=_digest(secret),
        prefix=secret[: len(TOKEN_PREFIX) + 6],
        expires_at=expires_at,
    )
    telemetry.audit("token_create", organization=organization, subject=user.get_username(), token=name, prefix=token.prefix)
    return CreatedToken(token=token, secret=secret)


def token_revoke(*, token: ApiToken) -> ApiToken:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        telemetry.audit(
            "token_revoke", organization=token.organization, subject=token.user.get_username(), token=token.name, prefix=token.prefix
        )
    return token


# --- reads ---------------------------------------------------------------------------------


def token_list(*, fetched_by: Actor, everyone: bool = False) -> QuerySet[ApiToken]:
    """The actor's own tokens in this organization; with everyone=True, an admin's view of
    all of them (a member asking for everyone's is a 404, like any admin page)."""
    tokens = ApiToken.objects.filter(organization_id=fetched_by.organization_id).select_related("user")
    if everyone:
        if not fetched_by.is_admin:
            raise Http404("no such page")
        return tokens
    return tokens.filter(user_id=fetched_by.user_id)


def token_get(*, token_id: Any, fetched_by: Actor) -> ApiToken:
    """One's own token, or, for an admin, any token of the organization."""
    try:
        return token_list(fetched_by=fetched_by, everyone=fetched_by.is_admin).get(pk=token_id)
    except (ApiToken.DoesNotExist, ValueError, TypeError):
        raise Http404("no such token") from None


def token_is_active(token: ApiToken) -> bool:
    return token.revoked_at is None and (token.expires_at is None or token.expires_at > timezone.now())


def token_authenticate(*, secret: str) -> tuple[ApiToken, Actor] | None:
    """The token and the Actor it stands for now, or None for anything that must be a 401:
    an unknown, revoked or expired token, an inactive owner, or one no longer a member."""
    if not secret.startswith(TOKEN_PREFIX):
        return None
    token = ApiToken.objects.select_related("user", "organization").filter(secret_sha256=_digest(secret)).first()
    if token is None or not token_is_active(token) or not token.user.is_active:
        return None
    try:
        # The membership and groups as they are at this request, not when the token was made.
        actor = actor_get(user=token.user, organization=token.organization)
    except Http404:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token, actor
