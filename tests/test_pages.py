from __future__ import annotations

from django.test import Client, RequestFactory
from django.utils import translation
from django.views.defaults import server_error

from ingestion.models import Document
from ingestion.parsing.document import rejection_reason
from ingestion.services import batch_create, document_submit
from tests.conftest import PASSWORD, World
from webui.labels import reason_for_reader, reason_halves


def test_the_login_page_renders_in_japanese(db: None) -> None:
    response = Client().get("/login/", HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 200
    assert "ログイン" in response.content.decode()
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()


def test_anonymous_visitors_are_sent_to_login(db: None) -> None:
    response = Client().get("/")
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


def test_login_requires_the_csrf_token(world: World) -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post("/login/", {"username": "alice", "password": PASSWORD})
    assert response.status_code == 403


def test_a_member_logs_in_and_sees_only_her_organization(world: World) -> None:
    client = Client()
    response = client.post("/login/", {"username": "alice", "password": PASSWORD}, follow=True)
    body = response.content.decode()
    assert response.status_code == 200
    assert "org-a" in body and "org-b" not in body


def test_the_outsider_sees_only_his_organization(world: World, client_for) -> None:
    response = client_for(world.bob).get("/", follow=True)
    assert response.redirect_chain[-1][0] == "/o/org-b/chat/"
    body = response.content.decode()
    assert "/o/org-b/" in body and "org-a" not in body


def test_django_admin_is_closed_to_organization_admins(world: World, client_for) -> None:
    # Django's admin spans every tenant, so only superusers (the operator) may enter it.
    response = client_for(world.adam).get("/admin/")
    assert response.status_code == 302


def test_the_operator_sees_tenancy_and_documents_in_the_django_admin(world: World, client_for) -> None:
    from django.contrib.auth import get_user_model

    operator = get_user_model().objects.create_superuser("operator", password="x-operator-password-1")
    client = client_for(operator)
    for url in ("/admin/appliance/organization/", "/admin/appliance/group/", "/admin/ingestion/document/"):
        assert client.get(url).status_code == 200, url
    assert "org-a" in client.get("/admin/appliance/organization/").content.decode()
    # documents change only through the services, never by hand in the admin
    assert client.get("/admin/ingestion/document/add/").status_code == 403


# --- the words on the pages, in the reader's language -------------------------------------


def _documents(world: World) -> tuple[Document, Document]:
    indexed = document_submit(organization=world.org_a, uploaded_by=None, filename="規程.md", data="# 規程\n\n本文".encode(), size=10, enqueue=False).document
    broken = document_submit(organization=world.org_a, uploaded_by=None, filename="壊れた.pdf", data=b"%PDF-1.4 broken", size=15, enqueue=False).document
    Document.objects.filter(pk=indexed.pk).update(status="indexed")
    Document.objects.filter(pk=broken.pk).update(status="failed", error=rejection_reason("PDFファイルが壊れています", "corrupt PDF"))
    return indexed, broken


def test_the_documents_page_shows_statuses_and_reasons_in_japanese(world: World, client_for) -> None:
    _documents(world)
    body = client_for(world.adam).get("/o/org-a/manage/documents/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert ">完了</span>" in body and ">失敗</span>" in body
    assert '<option value="queued">待機中</option>' in body and '<option value="indexed">完了</option>' in body
    assert ">indexed<" not in body and ">failed<" not in body and ">queued<" not in body
    assert ">PDFファイルが壊れています</div>" in body


def test_the_documents_page_shows_statuses_and_reasons_in_english(world: World, client_for) -> None:
    _documents(world)
    body = client_for(world.adam).get("/o/org-a/manage/documents/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert ">Indexed</span>" in body and ">Failed</span>" in body
    assert ">Corrupt PDF</div>" in body and "壊れています</div>" not in body


def test_a_reason_is_cut_to_the_readers_half() -> None:
    assert reason_halves("ファイルが大きすぎます（上限 50 MB） / file exceeds the 50 MB limit") == ("ファイルが大きすぎます（上限 50 MB）", "file exceeds the 50 MB limit")
    assert reason_halves(rejection_reason("解析に失敗しました", "parser crashed (exit status 9)")) == ("解析に失敗しました", "parser crashed (exit status 9)")
    assert reason_halves("boom") == ("boom", "boom")
    assert reason_for_reader("空のファイルです / the file is empty", "en") == "The file is empty"
    assert reason_for_reader("空のファイルです / the file is empty", "ja") == "空のファイルです"


def test_the_upload_progress_gives_reasons_in_the_readers_language(world: World, client_for) -> None:
    batch = batch_create(organization=world.org_a, created_by=world.adam)
    document_submit(organization=world.org_a, uploaded_by=None, filename="空.txt", data=b"", size=0, batch=batch, enqueue=False)
    client = client_for(world.adam)
    url = f"/o/org-a/manage/batches/{batch.pk}/"
    assert client.get(url, HTTP_ACCEPT_LANGUAGE="en").json()["documents"][0]["error"] == "The file is empty"
    assert client.get(url, HTTP_ACCEPT_LANGUAGE="ja").json()["documents"][0]["error"] == "空のファイルです"
    assert client_for(world.bob).get(url.replace("org-a", "org-b")).status_code == 404


def test_the_users_page_has_one_page_title_and_members_in_the_plural(world: World, client_for) -> None:
    body = client_for(world.adam).get("/o/org-a/manage/users/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert body.count("<h1") == 1 and '<h1 class="page-title">Users and groups</h1>' in body
    assert "<h2>Members</h2>" in body and "<h2>Create a user</h2>" in body


# --- error pages, the favicon, the login form ---------------------------------------------


def test_a_members_404_is_the_apps_page_in_japanese_with_a_way_back(world: World, client_for) -> None:
    response = client_for(world.alice).get("/o/org-a/manage/upload/", HTTP_ACCEPT_LANGUAGE="ja")
    body = response.content.decode()
    assert response.status_code == 404
    assert "ページが見つかりません" in body and 'class="topbar"' in body and "チャットに戻る" in body
    assert 'href="/"' in body and "alice" in body  # the header, with who is logged in
    assert "Not Found" not in body


def test_the_outsiders_404_is_in_english_for_an_english_reader(world: World, client_for) -> None:
    response = client_for(world.bob).get("/o/org-a/chat/", HTTP_ACCEPT_LANGUAGE="en")
    body = response.content.decode()
    assert response.status_code == 404
    assert "Page not found" in body and "Back to the chat" in body and "Org A" not in body


def test_the_500_page_is_the_apps_and_in_the_readers_language(db: None) -> None:
    request = RequestFactory().get("/")
    with translation.override("en"):
        body = server_error(request).content.decode()
    assert "Something went wrong" in body and 'class="topbar"' in body and 'href="/"' in body
    with translation.override("ja"):
        assert "エラーが発生しました" in server_error(request).content.decode()


def test_a_form_sent_without_its_csrf_token_explains_itself(world: World) -> None:
    response = Client(enforce_csrf_checks=True).post("/login/", {"username": "alice", "password": PASSWORD}, HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 403 and "ページの有効期限が切れました" in response.content.decode()


def test_the_favicon_is_served(db: None) -> None:
    response = Client().get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith("webui/favicon.svg")
    assert "webui/favicon.svg" in Client().get("/login/").content.decode()


def test_a_wrong_password_keeps_the_username(world: World) -> None:
    response = Client().post("/login/", {"username": "alice", "password": "wrong"}, HTTP_ACCEPT_LANGUAGE="ja")
    body = response.content.decode()
    assert response.status_code == 200 and "ユーザー名またはパスワードが正しくありません" in body
    assert 'value="alice"' in body and "wrong" not in body
