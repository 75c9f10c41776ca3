"""A real Celery worker process for tests, consuming from the test Redis broker and writing to
the test database, exactly as a production worker would."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent


def worker_environment() -> dict[str, str]:
    database = settings.DATABASES["default"]
    env = dict(os.environ)
    env["DJANGO_SETTINGS_MODULE"] = "tests.settings"
    # pytest-django renamed the database to its test copy; the worker must use that one.
    env["DATABASE_URL"] = (
        f"postgresql://{database['USER']}@{database['HOST']}:{database['PORT'] or 5432}/{database['NAME']}"
    )
    env["APPLIANCE_HOME"] = str(settings.APPLIANCE_HOME)
    return env


def start_worker(
    *, concurrency: int = 1, extra: list[str] | None = None, extra_env: dict[str, str] | None = None, purge: bool = True
) -> subprocess.Popen[bytes]:
    """A worker for every queue, or those named by `extra` (["-Q", "parse"]); `purge` empties
    every queue first (False: a second worker takes over what the first left waiting)."""
    from appliance.celery import app

    if purge:
        app.control.purge()
    log = open(Path(settings.APPLIANCE_HOME) / "worker.log", "ab")
    process = subprocess.Popen(
        [
            sys.executable, "-m", "celery", "-A", "appliance", "worker",
            "--pool=threads", f"--concurrency={concurrency}", "--loglevel=INFO",
            "--without-gossip", "--without-mingle", "-n", f"test-{os.getpid()}@%h",
            *(extra or []),
        ],
        cwd=ROOT,
        env=worker_environment() | (extra_env or {}),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the worker exited with {process.returncode}; see {log.name}")
        if app.control.ping(timeout=0.5):
            return process
        time.sleep(0.5)
    process.kill()
    raise RuntimeError("the worker did not answer a ping within 60 s")


def stop_worker(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def celery_worker(transactional_db: None) -> Iterator[subprocess.Popen[bytes]]:
    process = start_worker()
    try:
        yield process
    finally:
        stop_worker(process)
