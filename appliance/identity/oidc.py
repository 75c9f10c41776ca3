"""OpenID Connect single sign-on (Entra ID, Keycloak, Google Workspace, HENNGE): the
authorization code flow with PKCE, through mozilla-django-oidc.

At every login the person's organizations and groups are set from the claims: the
organization(s) named by OIDC_ORG_CLAIM (which must already exist: an identity provider
cannot create tenants), and in each of them exactly the groups named by OIDC_GROUPS_CLAIM
(mirrored groups "oidc:<value>", made on first sight). So access follows the directory: a
group removed at the provider is gone at the next login, an organization no longer named is
left. People are matched by issuer and `sub`, never by e-mail or name, and a local account
is never taken over by a provider's person of the same name.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, AbstractUser
from django.core.exceptions import SuspiciousOperation
from django.db import transaction
from django.utils import timezone
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from appliance.identity.groupsync import DirectoryGroup, person_groups_set
from appliance.identity.models import ExternalIdentity
from appliance.tenancy.models import Membership, Organization
from appliance.tenancy.services import membership_remove

logger = logging.getLogger(__name__)
User = get_user_model()
SOURCE = ExternalIdentity.Source.OIDC


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [str(item) for item in value if isinstance(item, (str, int)) and str(item).strip()]
    return []


def _username_for(claims: dict[str, Any]) -> str:
    base = str(claims.get("preferred_username") or str(claims.get("email") or "").split("@")[0] or claims["sub"])[:120]
    base = "".join(ch for ch in base if ch.isalnum() or ch in "@.+-_") or "sso-user"
    if not User.objects.filter(username__iexact=base).exists():
        return base
    # Someone (a local account, another provider's person) has the name: this person gets a
    # distinct one rather than their account.
    return f"{base}-{hashlib.sha256(str(claims['sub']).encode()).hexdigest()[:6]}"


@transaction.atomic
def oidc_account(*, claims: dict[str, Any], issuer: str) -> AbstractUser | None:
    """The person's account, made on first login, with organizations and groups set from the
    claims. None when the claims name no existing organization."""
    subject = f"{issuer}|{claims['sub']}"
    slugs = _as_list(claims.get(settings.OIDC_ORG_CLAIM))
    organizations = list(Organization.objects.filter(slug__in=slugs))
    if not organizations:
        logger.warning("SSO login refused: claim %s names no organization here (%s)", settings.OIDC_ORG_CLAIM, ", ".join(slugs) or "none")
        return None
    identity = ExternalIdentity.objects.select_related("user").filter(source=SOURCE, subject=subject).first()
    if identity is None:
        user = User(username=_username_for(claims), email=str(claims.get("email") or "")[:254])
        user.set_unusable_password()
        user.save()
        identity = ExternalIdentity.objects.create(user=user, source=SOURCE, subject=subject)
    user = identity.user
    email = str(claims.get("email") or "")[:254]
    if email and user.email != email:
        user.email = email
        user.save(update_fields=["email"])
    identity.last_login_at = timezone.now()
    identity.save(update_fields=["last_login_at"])

    group_names = _as_list(claims.get(settings.OIDC_GROUPS_CLAIM))
    # Without OIDC_ADMIN_GROUP the role is the appliance's own (an admin promotes people).
    is_admin = settings.OIDC_ADMIN_GROUP in group_names if settings.OIDC_ADMIN_GROUP else None
    groups = [DirectoryGroup(directory_id=f"{SOURCE}:{name}", name=name) for name in group_names if name != settings.OIDC_ADMIN_GROUP]
    for organization in organizations:
        person_groups_set(organization=organization, user=user, groups=groups, source=SOURCE, is_admin=is_admin)
    for membership in Membership.objects.filter(user=user).exclude(organization__in=organizations).select_related("organization"):
        membership_remove(user=user, organization=membership.organization)
    return user


class OidcBackend(OIDCAuthenticationBackend):
    def verify_token(self, token: str, **kwargs: Any) -> dict[str, Any]:
        """mozilla-django-oidc checks the signature and the nonce; the audience and, when
        configured, the issuer are checked here too (a token minted for another client of the
        same provider must not log anyone in here)."""
        payload = super().verify_token(token, **kwargs)
        audience = payload.get("aud")
        audiences = audience if isinstance(audience, list) else [audience]
        if settings.OIDC_RP_CLIENT_ID not in audiences:
            raise SuspiciousOperation("the ID token was issued for another client")
        if settings.OIDC_OP_ISSUER and payload.get("iss") != settings.OIDC_OP_ISSUER:
            raise SuspiciousOperation("the ID token comes from another issuer")
        return payload

    def get_or_create_user(self, access_token: str, id_token: str, payload: dict[str, Any]) -> AbstractUser | None:
        userinfo = self.get_userinfo(access_token, id_token, payload)
        if not payload.get("sub") or userinfo.get("sub") != payload.get("sub"):
            raise SuspiciousOperation("the userinfo belongs to another subject than the ID token")
        claims = {**payload, **userinfo}
        return oidc_account(claims=claims, issuer=str(payload.get("iss") or ""))

    def get_user(self, user_id: Any) -> AbstractBaseUser | None:
        user = super().get_user(user_id)
        return user if user is not None and user.is_active else None
