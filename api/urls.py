"""The API's one NinjaAPI: OpenAI-compatible routes at /v1/, REST at /api/v1/, the OpenAPI
schema at /api/openapi.json and its docs page at /api/docs (Swagger UI from django-ninja's own
static files, so it renders with no internet)."""

from django.urls import path
from ninja import NinjaAPI
from ninja.renderers import JSONRenderer

from api import completions, rest
from api.auth import TokenAuth, TokenRateThrottle


class JapaneseJSONRenderer(JSONRenderer):
    # Japanese as UTF-8, not \uXXXX escapes: readable in curl and logs, and a third shorter.
    json_dumps_params = {"ensure_ascii": False}


api = NinjaAPI(
    title="社内文書アシスタント API",
    version="1",
    description=(
        "Every call carries an API token (`Authorization: Bearer apl_…`) and acts as the token's owner in one "
        "organization, with the owner's groups as they are at that moment. Another organization's object, another "
        "person's conversation, and an admin endpoint asked for by a member are all 404; a missing, revoked or "
        "expired token is 401; more than the per-token budget a minute is 429. `/v1/` speaks OpenAI's chat "
        "completions (base_url = https://HOST/v1)."
    ),
    urls_namespace="api",
    openapi_url="/api/openapi.json",
    docs_url="/api/docs",
    auth=TokenAuth(),
    throttle=TokenRateThrottle(),
    renderer=JapaneseJSONRenderer(),
)
api.add_router("/v1", completions.router)
api.add_router("/api/v1", rest.router)

urlpatterns = [path("", api.urls)]
