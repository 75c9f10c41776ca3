"""The web UI over HTTP: every route × every persona, CSRF on every POST, the answer stream,
downloads of originals, conversations, feedback, the admin pages and both languages.

Personas: alice (org A, in group sales), carol (org A, in no group), adam (org A admin),
bob (org B, the outsider). Another organization's anything is a 404, and so is an admin
page asked for by a member, or another user's conversation.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from appliance import components, index
from appliance.tenancy.models import Membership
from appliance.tenancy.services import user_create
from ingestion.models import Document
from ingestion.services import batch_create, document_submit
from rag.models import Conversation, Feedback, Message
from tests.conftest import PASSWORD, World

ROOT = Path(__file__).resolve().parent.parent
XSS = '<script>alert(1)</script><img src=x onerror="alert(2)">'


@dataclass
class Things:
    world: World
    carol: Any
    conversation: Conversation  # alice's
    answer: Message  # in alice's conversation
    wide: Document  # org A, whole organization
    legal: Document  # org A, group legal only
    b_doc: Document  # org B
    batch_id: str


def _submit(organization, filename: str, data: bytes, groups=(), batch=None) -> Document:
    # enqueue=False: these tests need the stored original and the row, not the pipeline.
    return document_submit(
        organization=organization, uploaded_by=None, filename=filename, data=data, size=len(data),
        groups=groups, batch=batch, enqueue=False,
    ).document


@pytest.fixture
def things(world: World) -> Things:
    carol, _ = user_create(username="carol", organization=world.org_a, password=PASSWORD)
    conversation = Conversation.objects.create(organization=world.org_a, user=world.alice, title="有給休暇について")
    Message.objects.create(conversation=conversation, role="user", content="有給休暇の申請期限は？")
    answer = Message.objects.create(
        conversation=conversation, role="assistant", content="3日前までに申請します [1]。", grounded=True,
        citations=[{"n": 1, "document_id": "00000000-0000-0000-0000-000000000001", "title": "就業規則", "filename": "就業規則.pdf", "page": 3, "text": "休暇は3日前までに申請する。"}],
    )
    batch = batch_create(organization=world.org_a, created_by=world.adam)
    wide = _submit(world.org_a, "全社通知.md", "# 全社通知\n\n防災訓練は十一月です。".encode(), batch=batch)
    legal = _submit(world.org_a, "契約.md", "# 法務\n\n案件番号L-2031。".encode(), groups=[world.legal_a])
    b_doc = _submit(world.org_b, "b.md", "# B社\n\n創立記念日。".encode())
    return Things(world, carol, conversation, answer, wide, legal, b_doc, str(batch.id))


def _client(persona: str, things: Things, *, csrf: bool = True) -> Client:
    client = Client(enforce_csrf_checks=True)
    user = {"alice": things.world.alice, "carol": things.carol, "adam": things.world.adam, "bob": things.world.bob}.get(persona)
    if user is not None:
        client.force_login(user)
    return client


def _token(client: Client) -> str:
    if "csrftoken" not in client.cookies:
        # Any page with a form sets the CSRF cookie; the login page redirects a logged-in user.
        client.get("/login/")
        client.get("/", follow=True)
    return client.cookies["csrftoken"].value


def _post(client: Client, url: str, data: dict[str, Any] | None = None, **extra: Any):
    return client.post(url, data or {}, HTTP_X_CSRFTOKEN=_token(client), **extra)


@dataclass(frozen=True)
class Route:
    name: str
    method: str
    url: Callable[[Things], str]
    allowed: dict[str, int]  # persona → expected status; every other logged-in persona: 404
    data: Callable[[Things], dict[str, Any]] = lambda t: {}


A = "/o/org-a"
MEMBERS = ("alice", "carol", "adam")
ROUTES = [
    Route("organization home", "GET", lambda t: f"{A}/", {p: 302 for p in MEMBERS}),
    Route("chat", "GET", lambda t: f"{A}/chat/", {p: 200 for p in MEMBERS}),
    Route("conversation", "GET", lambda t: f"{A}/chat/{t.conversation.pk}/", {"alice": 200}),
    Route("ask", "POST", lambda t: f"{A}/chat/ask/", {p: 200 for p in MEMBERS}, lambda t: {"question": "質問"}),
    Route("ask in a conversation", "POST", lambda t: f"{A}/chat/ask/", {"alice": 200}, lambda t: {"question": "続き", "conversation": t.conversation.pk}),
    Route("rename", "POST", lambda t: f"{A}/chat/{t.conversation.pk}/rename/", {"alice": 302}, lambda t: {"title": "新しい名前"}),
    Route("delete conversation", "POST", lambda t: f"{A}/chat/{t.conversation.pk}/delete/", {"alice": 302}),
    Route(
        "stopped answer", "POST", lambda t: f"{A}/chat/{t.conversation.pk}/stopped/", {"alice": 200},
        lambda t: {"question": t.conversation.messages.filter(role="user").first().pk, "shown": ""},
    ),
    Route("feedback", "POST", lambda t: f"{A}/answers/{t.answer.pk}/feedback/", {"alice": 200}, lambda t: {"rating": "-1", "comment": "古い"}),
    Route("original, organization-wide", "GET", lambda t: f"{A}/documents/{t.wide.pk}/original/", {p: 200 for p in MEMBERS}),
    Route("original, legal only", "GET", lambda t: f"{A}/documents/{t.legal.pk}/original/", {"adam": 200}),
    Route("preview, organization-wide", "GET", lambda t: f"{A}/documents/{t.wide.pk}/preview/", {p: 200 for p in MEMBERS}),
    Route("preview, legal only", "GET", lambda t: f"{A}/documents/{t.legal.pk}/preview/", {"adam": 200}),
    Route("upload page", "GET", lambda t: f"{A}/manage/upload/", {"adam": 200}),
    Route("upload", "POST", lambda t: f"{A}/manage/upload/", {"adam": 200}, lambda t: {"files": [SimpleUploadedFile("new.md", "# 新規\n\n本文".encode())], "visibility": "organization"}),
    Route("batch progress", "GET", lambda t: f"{A}/manage/batches/{t.batch_id}/", {"adam": 200}),
    Route("documents", "GET", lambda t: f"{A}/manage/documents/", {"adam": 200}),
    Route("requeue", "POST", lambda t: f"{A}/manage/documents/{t.wide.pk}/requeue/", {"adam": 302}),
    Route("delete document", "POST", lambda t: f"{A}/manage/documents/{t.wide.pk}/delete/", {"adam": 302}),
    Route("visibility", "POST", lambda t: f"{A}/manage/documents/{t.wide.pk}/visibility/", {"adam": 302}, lambda t: {"groups": [t.world.sales_a.pk]}),
    Route("users", "GET", lambda t: f"{A}/manage/users/", {"adam": 200}),
    Route("create user", "POST", lambda t: f"{A}/manage/users/", {"adam": 302}, lambda t: {"username": "dave", "password": "a long enough passphrase 7", "role": "member"}),
    Route("update user", "POST", lambda t: f"{A}/manage/users/{t.world.alice.pk}/", {"adam": 302}, lambda t: {"role": "member", "groups": [t.world.legal_a.pk]}),
    Route("remove user", "POST", lambda t: f"{A}/manage/users/{t.carol.pk}/remove/", {"adam": 302}),
    Route("create group", "POST", lambda t: f"{A}/manage/groups/", {"adam": 302}, lambda t: {"name": "経理"}),
    Route("feedback list", "GET", lambda t: f"{A}/manage/feedback/", {"adam": 200}),
]
PERSONAS = ("anonymous", "alice", "carol", "adam", "bob")


@pytest.fixture
def vector_collection(world: World) -> None:
    # Deleting a document or changing its visibility touches its points; the collection must exist.
    index.collection()


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("route", ROUTES, ids=[r.name for r in ROUTES])
def test_every_route_answers_each_persona_as_it_should(things: Things, vector_collection: None, route: Route, persona: str) -> None:
    client = _client(persona, things)
    url = route.url(things)
    if route.method == "GET":
        response = client.get(url)
    else:
        response = _post(client, url, route.data(things))
    if persona == "anonymous":
        assert response.status_code == 302 and response["Location"].startswith("/login/")
        return
    expected = route.allowed.get(persona, 404)
    assert response.status_code == expected, f"{route.name} as {persona}: {response.status_code}"
    if getattr(response, "streaming", False):
        response.close()


@pytest.mark.parametrize("route", [r for r in ROUTES if r.method == "POST"], ids=lambda r: r.name)
def test_every_post_requires_the_csrf_token(things: Things, route: Route) -> None:
    persona = next(iter(route.allowed))
    response = _client(persona, things).post(route.url(things), route.data(things))
    assert response.status_code == 403


def test_a_user_of_one_organization_goes_straight_to_its_chat(things: Things) -> None:
    response = _client("alice", things).get("/")
    assert response.status_code == 302 and response["Location"] == "/o/org-a/chat/"
    body = _client("alice", things).get("/o/org-a/chat/").content.decode()
    assert "/manage/" not in body  # alice administers nothing
    body = _client("adam", things).get("/o/org-a/chat/").content.decode()
    assert "/o/org-a/manage/upload/" in body  # an admin's way to the management pages


def test_a_user_in_no_organization_is_told_to_ask_an_admin(things: Things) -> None:
    get_user_model().objects.create_user("nobody", password="x-pass-12345")
    client = Client()
    client.force_login(get_user_model().objects.get(username="nobody"))
    body = client.get("/").content.decode()
    assert "どの組織にも所属していません" in body


def test_a_user_in_two_organizations_picks_one_and_it_is_remembered(things: Things) -> None:
    world = things.world
    from appliance.tenancy.services import membership_set

    membership_set(user=world.adam, organization=world.org_b, role=Membership.Role.MEMBER)
    client = _client("adam", things)
    body = client.get("/").content.decode()
    assert "/o/org-a/chat/" in body and "/o/org-b/chat/" in body
    client.get("/o/org-b/chat/")
    assert client.session["webui.organization"] == "org-b"
    assert client.get("/o/org-b/manage/upload/").status_code == 404  # a member there, not an admin


def test_the_sidebar_shows_only_the_users_own_conversations(things: Things) -> None:
    Conversation.objects.create(organization=things.world.org_a, user=things.world.adam, title="adam の会話")
    body = _client("alice", things).get("/o/org-a/chat/").content.decode()
    assert "有給休暇について" in body and "adam の会話" not in body
    body = _client("adam", things).get("/o/org-a/chat/").content.decode()
    assert "adam の会話" in body and "有給休暇について" not in body


def test_renaming_and_deleting_a_conversation(things: Things) -> None:
    client = _client("alice", things)
    _post(client, f"{A}/chat/{things.conversation.pk}/rename/", {"title": "  休暇 の 質問 "})
    things.conversation.refresh_from_db()
    assert things.conversation.title == "休暇 の 質問"
    response = _post(client, f"{A}/chat/{things.conversation.pk}/delete/", HTTP_ACCEPT="application/json")
    assert response.json() == {"ok": True, "next": "/o/org-a/chat/"}
    assert not Conversation.objects.filter(pk=things.conversation.pk).exists()


def test_another_users_conversation_cannot_be_renamed_or_continued(things: Things) -> None:
    client = _client("adam", things)
    assert _post(client, f"{A}/chat/{things.conversation.pk}/rename/", {"title": "x"}).status_code == 404
    assert _post(client, f"{A}/chat/ask/", {"question": "q", "conversation": things.conversation.pk}).status_code == 404
    things.conversation.refresh_from_db()
    assert things.conversation.title == "有給休暇について"


def test_feedback_is_stored_once_per_user_and_answer(things: Things) -> None:
    client = _client("alice", things)
    url = f"{A}/answers/{things.answer.pk}/feedback/"
    assert _post(client, url, {"rating": "1"}).json()["rating"] == 1
    assert _post(client, url, {"rating": "-1", "comment": "期限が違う"}).json() == {"ok": True, "rating": -1, "comment": "期限が違う"}
    feedback = Feedback.objects.get()
    assert (feedback.user, feedback.rating, feedback.comment) == (things.world.alice, -1, "期限が違う")
    assert _post(client, url, {"rating": "5"}).status_code == 400
    # a question is not an answer
    question = things.conversation.messages.get(role="user")
    assert _post(client, f"{A}/answers/{question.pk}/feedback/", {"rating": "1"}).status_code == 404


def test_admins_see_thumbs_down_with_question_comment_and_citations(things: Things) -> None:
    Feedback.objects.create(message=things.answer, user=things.world.alice, rating=-1, comment="期限が違う")
    body = _client("adam", things).get(f"{A}/manage/feedback/").content.decode()
    assert "有給休暇の申請期限は？" in body and "期限が違う" in body and "休暇は3日前までに申請する。" in body


def test_it_escapes_script_and_html_in_answers_and_passages(things: Things) -> None:
    Message.objects.create(
        conversation=things.conversation, role="assistant", content=f"答え {XSS} [1]",
        citations=[{"n": 1, "document_id": str(things.wide.pk), "title": XSS, "filename": "x.md", "page": None, "text": XSS}],
    )
    body = _client("alice", things).get(f"{A}/chat/{things.conversation.pk}/").content.decode()
    assert "<script>alert(1)" not in body and "<img src=x" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    Feedback.objects.create(message=things.conversation.messages.last(), user=things.world.alice, rating=-1)
    body = _client("adam", things).get(f"{A}/manage/feedback/").content.decode()
    assert "<script>alert(1)" not in body and "<img src=x" not in body


def test_the_original_is_served_with_safe_headers(things: Things) -> None:
    response = _client("alice", things).get(f"{A}/documents/{things.wide.pk}/original/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == "# 全社通知\n\n防災訓練は十一月です。".encode()
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "filename*=utf-8''%E5%85%A8" in response["Content-Disposition"]


def test_a_pdf_original_is_shown_inline(things: Things) -> None:
    data = (ROOT / "deploy" / "demo-documents" / "就業規則.pdf").read_bytes()
    document = _submit(things.world.org_a, "就業規則.pdf", data)
    response = _client("alice", things).get(f"{A}/documents/{document.pk}/original/")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline;")
    assert b"".join(response.streaming_content) == data


def test_originals_stay_inside_their_audience(things: Things) -> None:
    # alice is not in legal; bob is in another organization, even with the right id in org B's URL.
    assert _client("alice", things).get(f"{A}/documents/{things.legal.pk}/original/").status_code == 404
    assert _client("bob", things).get(f"{A}/documents/{things.wide.pk}/original/").status_code == 404
    assert _client("bob", things).get(f"/o/org-b/documents/{things.wide.pk}/original/").status_code == 404
    assert _client("bob", things).get(f"/o/org-b/documents/{things.b_doc.pk}/original/").status_code == 200
    assert _client("adam", things).get(f"{A}/documents/{things.b_doc.pk}/original/").status_code == 404


def test_an_html_original_is_never_rendered_by_the_browser(things: Things) -> None:
    document = _submit(things.world.org_a, "page.html", f"<html><body>{XSS}</body></html>".encode())
    response = _client("alice", things).get(f"{A}/documents/{document.pk}/original/")
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_upload_creates_a_batch_whose_progress_the_admin_polls(things: Things) -> None:
    client = _client("adam", things)
    files = [SimpleUploadedFile("一.md", "# 一\n\n本文一".encode()), SimpleUploadedFile("空.txt", b"")]
    payload = _post(client, f"{A}/manage/upload/", {"files": files, "visibility": "groups", "groups": [things.world.sales_a.pk]}).json()
    assert payload["ok"] and [d["outcome"] for d in payload["documents"]] == ["queued", "failed"]
    assert payload["documents"][1]["error"]  # the empty file's reason
    assert list(Document.objects.get(pk=payload["documents"][0]["document_id"]).groups.all()) == [things.world.sales_a]
    progress = client.get(payload["progress_url"]).json()
    assert progress["total"] == 2 and progress["done"] == 1
    assert {d["status"] for d in progress["documents"]} == {"queued", "failed"}
    # the outsider cannot read another organization's batch, even through his own slug
    assert _client("bob", things).get(payload["progress_url"].replace("org-a", "org-b")).status_code == 404


def test_the_upload_refuses_another_organizations_group(things: Things) -> None:
    client = _client("adam", things)
    files = [SimpleUploadedFile("x.md", "# x\n\ny".encode())]
    response = _post(client, f"{A}/manage/upload/", {"files": files, "visibility": "groups", "groups": [things.world.sales_b.pk]})
    assert response.status_code == 404
    assert not Document.objects.filter(filename="x.md").exists()


def test_a_failed_document_is_retried_and_a_refused_one_explains_why_not(things: Things) -> None:
    Document.objects.filter(pk=things.wide.pk).update(status="failed", error="boom")
    client = _client("adam", things)
    response = _post(client, f"{A}/manage/documents/{things.wide.pk}/requeue/", HTTP_ACCEPT="application/json")
    assert response.json() == {"ok": True, "status": "queued"}
    things.wide.refresh_from_db()
    assert (things.wide.status, things.wide.error) == ("queued", "")
    empty = document_submit(organization=things.world.org_a, uploaded_by=None, filename="e.txt", data=b"", size=0).document
    response = _post(client, f"{A}/manage/documents/{empty.pk}/requeue/", HTTP_ACCEPT="application/json")
    assert response.status_code == 400 and response.json()["error"]


def test_the_documents_page_searches_and_filters(things: Things) -> None:
    client = _client("adam", things)
    body = client.get(f"{A}/manage/documents/", {"q": "契約"}).content.decode()
    assert "契約.md" in body and "全社通知.md" not in body
    body = client.get(f"{A}/manage/documents/", {"group": things.world.legal_a.pk}).content.decode()
    assert "契約.md" in body and "全社通知.md" not in body
    body = client.get(f"{A}/manage/documents/", {"group": "0"}).content.decode()
    assert "全社通知.md" in body and "契約.md" not in body
    body = client.get(f"{A}/manage/documents/", {"status": "failed"}).content.decode()
    assert "全社通知.md" not in body
    assert "b.md" not in client.get(f"{A}/manage/documents/").content.decode()
    assert client.get(f"{A}/manage/documents/", {"status": "nonsense"}).status_code == 400


def test_an_admin_creates_a_user_who_can_then_log_in(things: Things) -> None:
    client = _client("adam", things)
    _post(client, f"{A}/manage/users/", {"username": "dave", "password": "a long enough passphrase 7", "role": "member", "groups": [things.world.sales_a.pk]})
    dave = get_user_model().objects.get(username="dave")
    assert Membership.objects.get(user=dave).organization == things.world.org_a
    assert list(dave.appliance_groups.all()) == [things.world.sales_a]
    assert Client().login(username="dave", password="a long enough passphrase 7")


def test_an_admin_cannot_take_over_an_existing_account(things: Things) -> None:
    # appliance.tenancy.services.user_create would reuse bob's account and reset his password.
    client = _client("adam", things)
    response = _post(client, f"{A}/manage/users/", {"username": "bob", "password": "a long enough passphrase 7", "role": "member"}, follow=True)
    assert "すでに使われています" in response.content.decode()
    assert not Membership.objects.filter(user=things.world.bob, organization=things.world.org_a).exists()
    assert Client().login(username="bob", password=PASSWORD)


def test_a_weak_initial_password_is_refused(things: Things) -> None:
    _post(_client("adam", things), f"{A}/manage/users/", {"username": "erin", "password": "123", "role": "member"})
    assert not get_user_model().objects.filter(username="erin").exists()


def test_an_admin_sets_roles_and_groups_but_not_their_own_role(things: Things) -> None:
    client = _client("adam", things)
    world = things.world
    _post(client, f"{A}/manage/users/{world.alice.pk}/", {"role": "admin", "groups": [world.legal_a.pk]})
    assert Membership.objects.get(user=world.alice, organization=world.org_a).role == "admin"
    assert list(world.alice.appliance_groups.all()) == [world.legal_a]
    _post(client, f"{A}/manage/users/{world.adam.pk}/", {"role": "member"})
    assert Membership.objects.get(user=world.adam, organization=world.org_a).role == "admin"
    _post(client, f"{A}/manage/users/{world.adam.pk}/remove/")
    assert Membership.objects.filter(user=world.adam, organization=world.org_a).exists()
    # bob is not in org A: the admin cannot reach him
    assert _post(client, f"{A}/manage/users/{world.bob.pk}/", {"role": "member"}).status_code == 404


def test_removing_a_member_takes_them_out_of_the_organization(things: Things) -> None:
    world = things.world
    _post(_client("adam", things), f"{A}/manage/users/{world.alice.pk}/remove/")
    assert not Membership.objects.filter(user=world.alice, organization=world.org_a).exists()
    assert not world.alice.appliance_groups.exists()
    assert _client("alice", things).get(f"{A}/chat/").status_code == 404


def test_the_ui_speaks_japanese_by_default_and_english_when_asked(things: Things) -> None:
    client = _client("alice", things)
    body = client.get(f"{A}/chat/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "送信" in body and "会話の履歴" in body and 'lang="ja"' in body
    body = client.get(f"{A}/chat/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert "Send" in body and "Conversations" in body and 'lang="en"' in body
    body = _client("adam", things).get(f"{A}/manage/upload/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Drag and drop files here" in body
    assert "ログイン" not in Client().get("/login/", HTTP_ACCEPT_LANGUAGE="en").content.decode()


def test_the_language_switch_sets_the_cookie(things: Things) -> None:
    client = _client("alice", things)
    response = _post(client, "/i18n/setlang/", {"language": "en", "next": f"{A}/chat/"})
    assert response.status_code == 302 and response["Location"] == f"{A}/chat/"
    assert "Send" in client.get(f"{A}/chat/").content.decode()


# --- the answer stream -------------------------------------------------------------------


def _events(response) -> list[tuple[str, dict[str, Any]]]:
    text = b"".join(response.streaming_content).decode()
    events = []
    for frame in text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in frame.splitlines())
        events.append((lines["event"], json.loads(lines["data"])))
    return events


def test_the_stream_answers_without_the_model_when_nothing_visible_is_relevant(transactional_db: None, things: Things) -> None:
    """alice asks about a document only legal may see: retrieval finds nothing she may read,
    so the answer is the refusal, streamed and recorded, and the model is never called.

    Committed rows (transactional_db): the answer is computed in a thread of its own, with its
    own database connection, which sees only what is committed."""
    from tests.ingest_helpers import ingest_bytes

    components.vector_store().drop_collection(index.collection_name())
    secret = ingest_bytes(things.world.org_a, "secret.md", "# 法務部限定\n\n係争中の案件番号はL-2031です。".encode(), groups=[things.world.legal_a])
    assert secret.status == "indexed", secret.error
    Document.objects.exclude(pk=secret.pk).delete()
    client = _client("carol", things)
    response = _post(client, f"{A}/chat/ask/", {"question": "係争中の案件番号は？"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/event-stream")
    assert response["Cache-Control"] == "no-cache" and response["X-Accel-Buffering"] == "no"
    assert response.streaming
    events = _events(response)
    kinds = [kind for kind, _ in events]
    assert kinds[0] == "start" and kinds[-1] == "done" and "delta" in kinds
    done = events[-1][1]
    assert done["refused"] is True and done["citations"] == [] and "L-2031" not in done["answer"]
    conversation = Conversation.objects.get(pk=events[0][1]["conversation_id"])
    assert conversation.user == things.carol
    assert [(m.role, m.refused) for m in conversation.messages.all()] == [("user", False), ("assistant", True)]
    assert done["message_id"] == conversation.messages.last().pk


def test_the_stream_refuses_an_empty_or_overlong_question(things: Things) -> None:
    client = _client("alice", things)
    assert _post(client, f"{A}/chat/ask/", {"question": "  "}).status_code == 400
    assert _post(client, f"{A}/chat/ask/", {"question": "あ" * 2001}).status_code == 400


def _real_llm_available() -> bool:
    import importlib.util

    from tests.llm_server import find_model

    return importlib.util.find_spec("llama_cpp") is not None and find_model() is not None


@pytest.mark.slow
@pytest.mark.skipif(not _real_llm_available(), reason="llama-cpp-python or the packaged model is not installed")
def test_the_stream_carries_the_models_answer_in_several_deltas(transactional_db: None, things: Things, llm_server, settings) -> None:  # noqa: F811
    server = llm_server
    settings.LLM_URLS = [server.url]
    settings.LLM_MODEL = server.model
    settings.LLM_API_KEY = getattr(server, "token", None)
    components.reset()
    try:
        from tests.ingest_helpers import ingest_bytes

        components.vector_store().drop_collection(index.collection_name())
        rules = ingest_bytes(things.world.org_a, "休暇規程.md", "# 休暇規程\n\n年次有給休暇は、取得する日の3営業日前までに所属長へ申請しなければならない。".encode())
        assert rules.status == "indexed", rules.error
        response = _post(_client("alice", things), f"{A}/chat/ask/", {"question": "有給休暇の申請期限は？"})
        events = _events(response)
        assert sum(1 for kind, _ in events if kind == "delta") > 1
        done = events[-1][1]
        assert events[-1][0] == "done" and done["refused"] is False
        # whatever the model cites can only be the one document there is
        assert all(c["document_id"] == str(rules.pk) for c in done["citations"])
        answer = Message.objects.get(pk=done["message_id"])
        assert answer.content == done["answer"] and answer.citations == done["citations"]
    finally:
        components.reset()


def test_a_follow_up_passes_the_earlier_turns_as_history(things: Things, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def fake_stream(*, actor, question, history=(), **kwargs):  # noqa: ANN001, ANN003
        # The model itself is exercised by the test above; this one checks what reaches it.
        seen.update(question=question, history=list(history), actor=actor)
        yield {"type": "delta", "text": "はい"}
        yield {"type": "done", "answer": "はい", "citations": [], "grounded": False, "refused": False}

    monkeypatch.setattr("rag.conversations.answer_stream", fake_stream)
    response = _post(_client("alice", things), f"{A}/chat/ask/", {"question": "それはいつから？", "conversation": things.conversation.pk})
    _events(response)
    assert seen["question"] == "それはいつから？"
    assert seen["history"] == [
        {"role": "user", "content": "有給休暇の申請期限は？"},
        {"role": "assistant", "content": "3日前までに申請します [1]。"},
    ]
    assert seen["actor"].user_id == things.world.alice.pk and seen["actor"].organization_slug == "org-a"


def test_closing_the_stream_stops_the_answer_and_keeps_the_partial_text(things: Things, monkeypatch: pytest.MonkeyPatch) -> None:
    closed: list[bool] = []

    def endless(*, actor, question, history=(), **kwargs):  # noqa: ANN001, ANN003
        try:
            while True:
                yield {"type": "delta", "text": "あ"}
        finally:
            closed.append(True)

    monkeypatch.setattr("rag.conversations.answer_stream", endless)
    from appliance.tenancy.selectors import actor_get
    from rag.conversations import answer_events
    from webui.views import _sse

    # What the view returns and the WSGI server iterates; the server closes it when the
    # browser aborts the fetch (a write fails), exactly as done here.
    actor = actor_get(user=things.world.alice, organization=things.world.org_a)
    stream = _sse(answer_events(actor=actor, conversation=None, question="長い質問"))
    for _ in range(4):  # start, then three deltas
        next(stream)
    stream.close()
    assert closed == [True]
    partial = Message.objects.filter(role="assistant", stopped=True).get()
    assert partial.content == "あああ"


@pytest.mark.parametrize(
    ("reason", "offered"),
    [
        ("暗号化されたファイルは処理できません (encrypted zip member)", False),
        ("空のファイルです / the file is empty", False),
        ("ファイルが大きすぎます（上限 100 MB） / file exceeds the 100 MB limit", False),
        ("対応していないファイル形式です (unsupported file type application/x-foo)", False),
        ("PDFから文字が見つかりません (no text found in PDF)", False),
        ("Wordファイルが壊れています (corrupt DOCX: bad zip)", False),
        ("内部エラーで解析できませんでした / internal error while parsing", True),
        ("画像の読み取りに時間がかかりすぎました (timed out after 120 s)", True),
        ("メモリ上限を超えました (parser ran out of memory)", True),
    ],
)
def test_retry_is_offered_only_where_another_run_can_succeed(things: Things, vector_collection: None, reason: str, offered: bool) -> None:
    Document.objects.filter(pk=things.wide.pk).update(status=Document.Status.FAILED, error=reason)
    client = _client("adam", things)
    page = client.get(f"{A}/manage/documents/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    requeue = f'action="{A}/manage/documents/{things.wide.pk}/requeue/"'
    assert (requeue in page) is offered
    progress = client.get(f"{A}/manage/batches/{things.batch_id}/").json()
    assert [row["retryable"] for row in progress["documents"] if row["document_id"] == str(things.wide.pk)] == [offered]
    response = _post(client, f"{A}/manage/documents/{things.wide.pk}/requeue/", HTTP_ACCEPT="application/json")
    assert response.status_code == (200 if offered else 400)
    things.wide.refresh_from_db()
    assert things.wide.status == ("queued" if offered else "failed")
