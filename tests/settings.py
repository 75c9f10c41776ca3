"""Settings for the test suite: the appliance's own settings against the real services that
run on every development and CI machine (PostgreSQL, Redis), with data in a throwaway home."""

import os
import tempfile

os.environ.setdefault("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
os.environ.setdefault("CELERY_BROKER_URL", "redis://127.0.0.1:6379/15")
# Subprocesses started by tests (a Celery worker, a command) inherit this home, so they see
# the same stored files and the same embedded vector store directory.
os.environ.setdefault("APPLIANCE_HOME", tempfile.mkdtemp(prefix="appliance-test-"))
os.environ.setdefault("VECTOR_BACKEND", "qdrant-local")
# The LLM's queue in Redis gets a namespace per test run: parallel runs never wait on each other.
os.environ.setdefault("LLM_QUEUE_PREFIX", f"test-llm-turns:{os.getpid()}:{os.urandom(4).hex()}")
# The no_model fixture's dead URL would otherwise be retried for 20 s in every test that uses
# it; tests/test_llm_queue.py exercises the retry with a gateway of its own.
os.environ.setdefault("LLM_UNAVAILABLE_RETRY", "0")
# The tests' model server (tests/llm_server.py) is llama-cpp-python's: one answer at a time.
os.environ.setdefault("LLM_SLOTS", "1")

from appliance.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# The live server's request threads would otherwise keep connections open past the test,
# and the test database could not be dropped at the end of the run.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
