"""Embedded and production settings, each read by a fresh interpreter with only the given
environment, as a real start-up would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRINT_SETTINGS = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({
    "env": settings.APPLIANCE_ENV,
    "db": settings.DATABASES["default"]["ENGINE"],
    "db_name": str(settings.DATABASES["default"]["NAME"]),
    "broker": settings.CELERY_BROKER_URL,
    "vectors": settings.VECTOR_BACKEND,
    "home": str(settings.APPLIANCE_HOME),
    "debug": settings.DEBUG,
    "secure_cookies": getattr(settings, "SESSION_COOKIE_SECURE", False),
}))
"""


def run_python(code: str, env: dict[str, str], home: Path) -> subprocess.CompletedProcess[str]:
    clean = {"PATH": os.environ["PATH"], "HOME": str(home), "APPLIANCE_HOME": str(home / "var")}
    clean.update(env)
    clean.setdefault("DJANGO_SETTINGS_MODULE", "appliance.settings")
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120
    )


PRODUCTION_ENV = {
    "APPLIANCE_ENV": "production",
    "DJANGO_SECRET_KEY": "x" * 60 + "-production-like-secret-for-tests-only",
    "DATABASE_URL": "postgresql://postgres@127.0.0.1:5432/test",
    "CELERY_BROKER_URL": "redis://127.0.0.1:6379/14",
    "QDRANT_URL": "http://127.0.0.1:6333",
    "LLM_URLS": "https://gpu.internal.example:8000/v1",
    "LLM_EMBEDDED_SERVER": "0",
    "DJANGO_ALLOWED_HOSTS": "rag.internal.example",
}


def test_it_runs_embedded_with_no_environment(tmp_path: Path) -> None:
    result = run_python(PRINT_SETTINGS, {}, tmp_path)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["env"] == "embedded"
    assert values["db"] == "django.db.backends.sqlite3"
    assert values["db_name"].startswith(str(tmp_path / "var"))
    assert values["broker"].startswith("filesystem://")
    assert values["vectors"] == "edge"
    assert values["debug"] is False
    # the generated secret key is private to the installation
    assert (tmp_path / "var" / "secret_key").stat().st_mode & 0o077 == 0


def test_it_uses_postgres_and_redis_when_their_urls_are_set(tmp_path: Path) -> None:
    env = {"DATABASE_URL": "postgresql://postgres@127.0.0.1:5432/test", "CELERY_BROKER_URL": "redis://127.0.0.1:6379/14"}
    values = json.loads(run_python(PRINT_SETTINGS, env, tmp_path).stdout)
    assert values["db"] == "django.db.backends.postgresql"
    assert values["db_name"] == "test"
    assert values["broker"] == "redis://127.0.0.1:6379/14"


def test_it_uses_the_qdrant_server_when_its_url_is_set(tmp_path: Path) -> None:
    values = json.loads(run_python(PRINT_SETTINGS, {"QDRANT_URL": "http://127.0.0.1:6333"}, tmp_path).stdout)
    assert values["vectors"] == "qdrant"


@pytest.mark.parametrize("missing", ["DJANGO_SECRET_KEY", "DATABASE_URL", "CELERY_BROKER_URL"])
def test_production_refuses_to_start_without_its_services(tmp_path: Path, missing: str) -> None:
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}
    result = run_python(PRINT_SETTINGS, env, tmp_path)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr


def test_production_settings_are_secure(tmp_path: Path) -> None:
    values = json.loads(run_python(PRINT_SETTINGS, PRODUCTION_ENV, tmp_path).stdout)
    assert values["env"] == "production"
    assert values["secure_cookies"] is True
    assert values["vectors"] == "qdrant"


def test_production_passes_check_deploy(tmp_path: Path) -> None:
    code = "import sys; from django.core.management import execute_from_command_line; execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])"
    result = run_python(code, PRODUCTION_ENV, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_an_installed_embedded_appliance_is_https_only_and_passes_check_deploy(tmp_path: Path) -> None:
    """Found by the install drill: embedded mode behind nginx's TLS sent cookies without
    Secure and `check --deploy` warned four times. install.sh sets APPLIANCE_HTTPS=1."""
    env = {"DJANGO_SECRET_KEY": PRODUCTION_ENV["DJANGO_SECRET_KEY"], "DJANGO_ALLOWED_HOSTS": "rag.internal.example"}
    values = json.loads(run_python(PRINT_SETTINGS, env | {"APPLIANCE_HTTPS": "1"}, tmp_path).stdout)
    assert values["env"] == "embedded"
    assert values["secure_cookies"] is True
    code = "from django.core.management import execute_from_command_line; execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])"
    result = run_python(code, env | {"APPLIANCE_HTTPS": "1"}, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    # `make run` on a laptop: plain HTTP, so no Secure cookies (they could not log in).
    assert json.loads(run_python(PRINT_SETTINGS, env, tmp_path).stdout)["secure_cookies"] is False


def test_production_without_qdrant_fails_the_system_check(tmp_path: Path) -> None:
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "QDRANT_URL"} | {"VECTOR_BACKEND": "edge"}
    code = "from django.core.management import execute_from_command_line; execute_from_command_line(['manage.py', 'check'])"
    result = run_python(code, env, tmp_path)
    assert result.returncode != 0
    assert "appliance.E001" in result.stderr


def test_a_malformed_variable_stops_start_up_with_its_name(tmp_path: Path) -> None:
    result = run_python(PRINT_SETTINGS, {"UPLOAD_MAX_BYTES": "lots"}, tmp_path)
    assert result.returncode != 0
    assert "UPLOAD_MAX_BYTES must be an integer" in result.stderr
