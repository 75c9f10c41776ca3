"""The identity settings as a real start-up reads them from the environment: session length,
lockout, mail, and which sign-in backends are on (LDAP and OIDC only when configured)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_settings_modes import run_python

PRINT = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({
    "session": settings.SESSION_COOKIE_AGE,
    "limit": settings.AXES_FAILURE_LIMIT,
    "lockout_minutes": settings.AXES_COOLOFF_TIME.total_seconds() / 60,
    "mail": settings.EMAIL_HOST,
    "backends": settings.AUTHENTICATION_BACKENDS,
}))
"""


def read(env: dict[str, str], home: Path) -> dict:
    done = run_python(PRINT, env, home)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_defaults_are_a_working_day_five_tries_and_local_passwords_only(tmp_path: Path) -> None:
    found = read({}, tmp_path)
    assert found["session"] == 12 * 3600 and found["limit"] == 5 and found["lockout_minutes"] == 15 and found["mail"] == ""
    assert found["backends"] == ["appliance.identity.backends.LockoutBackend", "appliance.identity.backends.LocalBackend"]


def test_the_environment_sets_them(tmp_path: Path) -> None:
    found = read(
        {
            "SESSION_COOKIE_AGE": "1800",
            "LOGIN_FAILURE_LIMIT": "3",
            "LOGIN_LOCKOUT_MINUTES": "60",
            "EMAIL_HOST": "mail.example.jp",
            "LDAP_URL": "ldap://dc.example.jp",
            "OIDC_CLIENT_ID": "appliance",
            "OIDC_AUTHORIZATION_ENDPOINT": "https://login.example.jp/auth",
        },
        tmp_path,
    )
    assert found["session"] == 1800 and found["limit"] == 3 and found["lockout_minutes"] == 60 and found["mail"] == "mail.example.jp"
    # The lockout check first, the directory before local passwords, SSO last.
    assert found["backends"] == [
        "appliance.identity.backends.LockoutBackend",
        "appliance.identity.ldap.LdapBackend",
        "appliance.identity.backends.LocalBackend",
        "appliance.identity.oidc.OidcBackend",
    ]


def test_a_session_length_below_a_minute_is_refused_at_start_up(tmp_path: Path) -> None:
    done = run_python(PRINT, {"SESSION_COOKIE_AGE": "5"}, tmp_path)
    assert done.returncode != 0 and "SESSION_COOKIE_AGE" in done.stderr
