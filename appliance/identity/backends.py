"""Authentication backends for local accounts: the lockout check that runs before every
other backend, and the password check that refuses deactivated people."""

from __future__ import annotations

from typing import Any

from axes.backends import AxesStandaloneBackend
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import AbstractBaseUser
from django.http import HttpRequest


class LockoutBackend(AxesStandaloneBackend):
    """django-axes' lockout check. A call with no request (the test client's login(), a shell)
    is not a login over HTTP, the only kind throttling protects, so it is let through rather
    than refused: axes itself would raise for it."""

    def authenticate(self, request: HttpRequest | None, username: str | None = None, password: str | None = None, **kwargs: Any) -> None:
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


class LocalBackend(ModelBackend):
    """Django's password check, for local accounts only. A person who signs in through the
    directory or SSO has no usable password here, so this backend never matches them; and an
    inactive person's session stops at its next request (get_user returns None)."""

    def get_user(self, user_id: Any) -> AbstractBaseUser | None:
        user = super().get_user(user_id)
        return user if user is not None and user.is_active else None
