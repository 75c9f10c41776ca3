from __future__ import annotations

from django.test import Client

from tests.conftest import PASSWORD, World


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
