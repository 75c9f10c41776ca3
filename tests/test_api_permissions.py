"""The API's twin of the pages' route × persona matrix (tests/test_webui_views.py): every
endpoint × every persona's token, and no token at all.

Personas: alice (org A, in group sales), carol (org A, in no group), adam (org A admin), bob
(org B, the outsider). Another organization's object, another person's conversation and an
admin endpoint asked for by a member are 404; no token is 401.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from appliance import index
from appliance.tenancy.services import user_create
from appliance.tenancy.tokens import token_create
from ingestion.models import Document
from ingestion.services import batch_create, document_submit
from rag.models import Conversation, Message
from tests.conftest import PASSWORD, World


@dataclass
class Things:
    world: World
    tokens: dict[str, str]  # persona → secret
    conversation: Conversation  # alice's
    wide: Document  # org A, whole organization
    legal: Document  # org A, group legal only
    b_doc: Document  # org B
    batch_id: str


def _submit(organization, filename: str, data: bytes, groups=(), batch=None) -> Document:
    return document_submit(
        organization=organization, uploaded_by=None, filename=filename, data=data, size=len(data), groups=groups, batch=batch, enqueue=False
    ).document


@pytest.fixture
def things(world: World) -> Things:
    index.collection()  # deleting a document touches its points; the collection must exist
    carol, _ = user_create(username="carol", organization=world.org_a, password=PASSWORD)
    people = {"alice": (world.alice, world.org_a), "carol": (carol, world.org_a), "adam": (world.adam, world.org_a), "bob": (world.bob, world.org_b)}
    tokens = {name: token_create(user=user, organization=org, name="test").secret for name, (user, org) in people.items()}
    conversation = Conversation.objects.create(organization=world.org_a, user=world.alice, title="有給休暇について")
    Message.objects.create(conversation=conversation, role="user", content="有給休暇の申請期限は？")
    batch = batch_create(organization=world.org_a, created_by=world.adam)
    wide = _submit(world.org_a, "全社通知.md", "# 全社通知\n\n防災訓練は十一月です。".encode(), batch=batch)
    legal = _submit(world.org_a, "契約.md", "# 法務\n\n案件番号L-2031。".encode(), groups=[world.legal_a])
    b_doc = _submit(world.org_b, "b.md", "# B社\n\n創立記念日。".encode())
    return Things(world, tokens, conversation, wide, legal, b_doc, str(batch.id))


@dataclass(frozen=True)
class Route:
    name: str
    method: str
    url: Callable[[Things], str]
    allowed: dict[str, int]  # persona → expected status; every other persona with a token: 404
    body: Callable[[Things], dict[str, Any]] | None = None  # JSON
    form: Callable[[Things], dict[str, Any]] | None = None  # multipart


MEMBERS = ("alice", "carol", "adam", "bob")  # every persona has a token of their own organization
ROUTES = [
    Route("models", "GET", lambda t: "/v1/models", {p: 200 for p in MEMBERS}),
    Route("search", "POST", lambda t: "/api/v1/search", {p: 200 for p in MEMBERS}, body=lambda t: {"query": "防災訓練", "k": 3}),
    Route("conversations", "GET", lambda t: "/api/v1/conversations", {p: 200 for p in MEMBERS}),
    Route("conversation", "GET", lambda t: f"/api/v1/conversations/{t.conversation.pk}", {"alice": 200}),
    Route("documents", "GET", lambda t: "/api/v1/documents", {"adam": 200}),
    Route("document, organization-wide", "GET", lambda t: f"/api/v1/documents/{t.wide.pk}", {"adam": 200}),
    Route("document of org B", "GET", lambda t: f"/api/v1/documents/{t.b_doc.pk}", {}),
    Route("upload", "POST", lambda t: "/api/v1/documents", {"adam": 200}, form=lambda t: {"files": [SimpleUploadedFile("new.md", "# 新規\n\n本文".encode())]}),
    Route("upload for a group", "POST", lambda t: "/api/v1/documents", {"adam": 200}, form=lambda t: {"files": [SimpleUploadedFile("g.md", "# 営業\n\n本文".encode())], "visibility": "groups", "groups": [t.world.sales_a.pk]}),
    Route("upload for org B's group", "POST", lambda t: "/api/v1/documents", {}, form=lambda t: {"files": [SimpleUploadedFile("x.md", "# X\n\n本文".encode())], "visibility": "groups", "groups": [t.world.sales_b.pk]}),
    Route("reindex", "POST", lambda t: f"/api/v1/documents/{t.wide.pk}/reindex", {"adam": 200}),
    Route("reindex org B's", "POST", lambda t: f"/api/v1/documents/{t.b_doc.pk}/reindex", {}),
    Route("batch progress", "GET", lambda t: f"/api/v1/batches/{t.batch_id}", {"adam": 200}),
    Route("delete document", "DELETE", lambda t: f"/api/v1/documents/{t.legal.pk}", {"adam": 204}),
    Route("delete org B's document", "DELETE", lambda t: f"/api/v1/documents/{t.b_doc.pk}", {}),
]
# bob's token works in org B: the routes that exist for every member answer him too, about his
# own organization; org B's objects stay 404 to org A's admin.
PERSONAS = ("no token", "alice", "carol", "adam", "bob")


def _call(route: Route, things: Things, token: str | None) -> Any:
    client = Client(enforce_csrf_checks=True)  # a token needs no CSRF token: no cookie is involved
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
    url = route.url(things)
    if route.method == "GET":
        return client.get(url, **headers)
    if route.method == "DELETE":
        return client.delete(url, **headers)
    if route.form is not None:
        return client.post(url, route.form(things), **headers)
    return client.post(url, route.body(things) if route.body else {}, content_type="application/json", **headers)


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("route", ROUTES, ids=[r.name for r in ROUTES])
def test_every_endpoint_answers_each_persona_as_it_should(things: Things, route: Route, persona: str) -> None:
    response = _call(route, things, things.tokens.get(persona))
    expected = 401 if persona == "no token" else route.allowed.get(persona, 404)
    assert response.status_code == expected, f"{route.name} as {persona}: {response.status_code} {response.content[:200]!r}"


def test_search_returns_no_passage_of_another_organization_or_group(things: Things) -> None:
    # Without indexed points search finds nothing for anyone; the live test checks real passages.
    for persona in ("alice", "carol", "bob"):
        response = _call(ROUTES[1], things, things.tokens[persona])
        ids = {p["document_id"] for p in response.json()["passages"]}
        assert str(things.legal.pk) not in ids
        if persona == "bob":
            assert not ids & {str(things.wide.pk), str(things.legal.pk)}


def test_the_openapi_schema_and_docs_page_need_no_token(db: None) -> None:
    client = Client()
    schema = client.get("/api/openapi.json").json()
    assert {"/v1/chat/completions", "/v1/models", "/api/v1/search", "/api/v1/documents", "/api/v1/conversations"} <= set(schema["paths"])
    page = client.get("/api/docs").content.decode()
    # Swagger UI from the appliance's own static files, never from a CDN (no internet here).
    assert "/static/ninja/swagger-ui-bundle.js" in page and "cdn" not in page.lower()
    assert client.get("/static/ninja/swagger-ui-bundle.js").status_code == 200
