"""Local accounts done properly: one's own password, an admin's one-time reset link, the
forgotten-password path, lockout after repeated failures, deactivation (sessions and API
tokens stop at once), and groups renamed and deleted without widening any document's
visibility. Every change lands in the audit trail."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse

from appliance.audit.models import AuditEvent
from appliance.tenancy.models import Group, Membership
from appliance.tenancy.selectors import actor_get
from appliance.tenancy.services import user_create
from appliance.tenancy.tokens import token_create
from ingestion.models import Document
from rag.retrieval import search
from tests.conftest import PASSWORD, World
from tests.ingest_helpers import ingest_bytes

NEW_PASSWORD = "桜の咲く頃に 新しい合言葉 2031"


def login(username: str, password: str) -> Client:
    """A real login over HTTP: the lockout backend sees a request, the session is stored."""
    client = Client()
    response = client.post(reverse("login"), {"username": username, "password": password})
    assert response.status_code == 302, response.content.decode()[:500]
    return client


def signed_in(user) -> Client:
    """A logged-in client that does not check CSRF (test_the_admin_actions_need_the_csrf_token does)."""
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def events(world: World, kind: str) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(organization=world.org_a, kind=kind))


# --- one's own password ----------------------------------------------------------------------


def test_a_member_changes_their_password_under_djangos_validators(world: World) -> None:
    client = login("alice", PASSWORD)
    url = reverse("webui:password_change")
    weak = client.post(url, {"old_password": PASSWORD, "new_password1": "12345678", "new_password2": "12345678"})
    assert weak.status_code == 200 and "error" in weak.content.decode()
    wrong_old = client.post(url, {"old_password": "nope", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert wrong_old.status_code == 200
    done = client.post(url, {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert done.status_code == 302
    world.alice.refresh_from_db()
    assert world.alice.check_password(NEW_PASSWORD) and not world.alice.check_password(PASSWORD)
    # The session that changed it stays logged in.
    assert client.get(reverse("webui:chat", args=["org-a"])).status_code == 200
    assert [event.details["subject"] for event in events(world, "password_change")] == ["alice"]


def test_the_password_page_needs_a_login(world: World) -> None:
    response = Client().get(reverse("webui:password_change"))
    assert response.status_code == 302 and reverse("login") in response["Location"]


# --- an admin's reset link -------------------------------------------------------------------


def reset_link_for(client: Client, user_id: int) -> str:
    response = client.post(reverse("webui:reset_link", args=["org-a", user_id]))
    assert response.status_code == 200
    return re.search(r'id="reset-url" readonly value="([^"]+)"', response.content.decode()).group(1)


def test_an_admins_reset_link_works_once(world: World) -> None:
    link = reset_link_for(signed_in(world.adam), world.alice.pk)
    assert link.startswith("http://testserver/account/reset/")
    stranger = Client()
    form = stranger.get(link, follow=True)
    assert form.status_code == 200 and 'name="new_password1"' in form.content.decode()
    set_url = form.redirect_chain[-1][0]
    done = stranger.post(set_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert done.status_code == 302
    login("alice", NEW_PASSWORD)
    again = Client().get(link, follow=True)
    assert 'name="new_password1"' not in again.content.decode()
    assert "使えません" in again.content.decode()
    assert [e.actor_username for e in events(world, "password_reset_link")] == ["adam"]
    assert [e.details["subject"] for e in events(world, "password_reset")] == ["alice"]


def test_a_reset_link_for_an_outsider_or_by_a_member_is_a_404(world: World) -> None:
    assert signed_in(world.adam).post(reverse("webui:reset_link", args=["org-a", world.bob.pk])).status_code == 404
    assert signed_in(world.alice).post(reverse("webui:reset_link", args=["org-a", world.adam.pk])).status_code == 404
    assert signed_in(world.bob).get(reverse("webui:accounts", args=["org-a"])).status_code == 404
    assert not events(world, "password_reset_link")


def test_an_admin_cannot_reset_someone_who_is_also_in_an_organization_they_do_not_run(world: World) -> None:
    user_create(username="carol", organization=world.org_a, password=PASSWORD)
    carol, _ = user_create(username="carol", organization=world.org_b)
    response = signed_in(world.adam).post(reverse("webui:reset_link", args=["org-a", carol.pk]), follow=True)
    assert "reset-url" not in response.content.decode()
    assert "管理していない組織" in response.content.decode()


def test_without_a_mail_server_the_forgotten_page_says_to_ask_an_admin(world: World) -> None:
    response = Client().get(reverse("webui:password_forgotten"))
    assert "管理者" in response.content.decode() and 'name="email"' not in response.content.decode()


@override_settings(EMAIL_HOST="mail.example.internal")
def test_with_a_mail_server_a_forgotten_password_mails_a_link_that_works(world: World) -> None:
    world.alice.email = "alice@example.co.jp"
    world.alice.save()
    client = Client()
    response = client.post(reverse("webui:password_forgotten"), {"email": "alice@example.co.jp"})
    unknown = client.post(reverse("webui:password_forgotten"), {"email": "nobody@example.co.jp"})
    # The same answer either way: the form tells nobody who has an account.
    def without_token(page: bytes) -> str:
        return re.sub(r'value="[^"]+"', "", page.decode())

    assert without_token(response.content) == without_token(unknown.content)
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["alice@example.co.jp"]
    link = re.search(r"http://testserver/account/reset/\S+", mail.outbox[0].body).group(0)
    form = client.get(link, follow=True)
    client.post(form.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    login("alice", NEW_PASSWORD)


# --- lockout ---------------------------------------------------------------------------------


@override_settings(AXES_FAILURE_LIMIT=3)
def test_repeated_failures_lock_the_username_until_an_admin_unlocks_it(world: World) -> None:
    client = Client()
    for _ in range(3):
        client.post(reverse("login"), {"username": "alice", "password": "wrong guess"})
    locked = Client().post(reverse("login"), {"username": "alice", "password": PASSWORD})
    assert locked.status_code == 429
    assert "ロック" in locked.content.decode()
    # Other people are not locked out by it.
    login("adam", PASSWORD)
    assert {e.details["subject"] for e in events(world, "lockout")} == {"alice"}
    page = signed_in(world.adam).get(reverse("webui:accounts", args=["org-a"])).content.decode()
    assert "ロック中" in page
    signed_in(world.adam).post(reverse("webui:unlock", args=["org-a", world.alice.pk]))
    login("alice", PASSWORD)
    assert [e.details["subject"] for e in events(world, "unlock")] == ["alice"]


# --- deactivation ----------------------------------------------------------------------------


def test_deactivating_a_user_stops_their_sessions_and_tokens_at_once(world: World) -> None:
    browser = login("alice", PASSWORD)
    secret = token_create(user=world.alice, organization=world.org_a, name="script").secret
    api = Client(HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert browser.get(reverse("webui:chat", args=["org-a"])).status_code == 200
    assert api.get("/api/v1/conversations").status_code == 200

    signed_in(world.adam).post(reverse("webui:deactivate", args=["org-a", world.alice.pk]))
    world.alice.refresh_from_db()
    assert not world.alice.is_active
    assert browser.get(reverse("webui:chat", args=["org-a"])).status_code == 302
    assert api.get("/api/v1/conversations").status_code == 401
    assert not Client().login(username="alice", password=PASSWORD)
    assert Client().post(reverse("login"), {"username": "alice", "password": PASSWORD}).status_code == 200
    assert events(world, "user_deactivate")[0].details["sessions_ended"] == 1

    signed_in(world.adam).post(reverse("webui:deactivate", args=["org-a", world.alice.pk]), {"active": "1"})
    login("alice", PASSWORD)
    assert [e.details["subject"] for e in events(world, "user_reactivate")] == ["alice"]


def test_an_admin_cannot_deactivate_themselves(world: World) -> None:
    signed_in(world.adam).post(reverse("webui:deactivate", args=["org-a", world.adam.pk]))
    world.adam.refresh_from_db()
    assert world.adam.is_active


# --- groups ----------------------------------------------------------------------------------


def test_renaming_a_group_keeps_its_members_and_refuses_a_taken_name(world: World) -> None:
    adam = signed_in(world.adam)
    adam.post(reverse("webui:group_rename", args=["org-a", world.sales_a.pk]), {"name": "営業部"})
    adam.post(reverse("webui:group_rename", args=["org-a", world.legal_a.pk]), {"name": "営業部"})
    world.sales_a.refresh_from_db()
    world.legal_a.refresh_from_db()
    assert world.sales_a.name == "営業部" and world.legal_a.name == "legal"
    assert list(world.sales_a.members.all()) == [world.alice]
    assert events(world, "group_rename")[0].details == {"group": "営業部", "previous_name": "sales"}
    # Another organization's group is a 404.
    assert adam.post(reverse("webui:group_rename", args=["org-a", world.sales_b.pk]), {"name": "x"}).status_code == 404


def test_deleting_a_group_leaves_its_documents_to_admins_never_to_everyone(world: World) -> None:
    only_sales = ingest_bytes(world.org_a, "sales.md", "# 営業部メモ\n\n大阪支店の売上目標は四億二千万円です。".encode(), groups=[world.sales_a])
    both = ingest_bytes(world.org_a, "both.md", "# 共有メモ\n\n法務と営業の合同会議は毎週木曜日です。".encode(), groups=[world.sales_a, world.legal_a])
    alice = actor_get(user=world.alice, organization=world.org_a)
    assert str(only_sales.id) in {p.document_id for p in search(actor=alice, query="大阪支店の売上目標", k=10).passages}

    adam = signed_in(world.adam)
    confirm = adam.get(reverse("webui:group_delete", args=["org-a", world.sales_a.pk])).content.decode()
    assert "管理者だけが閲覧できます" in confirm and "1 件は" in confirm
    response = adam.post(reverse("webui:group_delete", args=["org-a", world.sales_a.pk]), follow=True)
    assert "管理者だけが閲覧できます" in response.content.decode()
    assert not Group.objects.filter(pk=world.sales_a.pk).exists()

    only_sales.refresh_from_db()
    assert only_sales.visibility == Document.Visibility.GROUPS and not only_sales.groups.exists()
    assert list(both.groups.all()) == [world.legal_a]
    alice = actor_get(user=world.alice, organization=world.org_a)
    assert str(only_sales.id) not in {p.document_id for p in search(actor=alice, query="大阪支店の売上目標", k=10).passages}
    adam_actor = actor_get(user=world.adam, organization=world.org_a)
    assert str(only_sales.id) in {p.document_id for p in search(actor=adam_actor, query="大阪支店の売上目標", k=10).passages}
    event = events(world, "group_delete")[0]
    assert event.details["group"] == "sales" and event.document_id_list == [str(only_sales.id)]


@pytest.mark.parametrize("name", ["webui:accounts"])
def test_the_accounts_page_is_for_admins_of_the_organization_only(world: World, name: str) -> None:
    assert signed_in(world.adam).get(reverse(name, args=["org-a"])).status_code == 200
    assert signed_in(world.alice).get(reverse(name, args=["org-a"])).status_code == 404
    assert signed_in(world.bob).get(reverse(name, args=["org-a"])).status_code == 404
    assert signed_in(None).get(reverse(name, args=["org-a"])).status_code == 302
    assert Membership.objects.filter(organization=world.org_a).count() == 2


@pytest.mark.parametrize(
    "name,args",
    [
        ("webui:reset_link", "user"),
        ("webui:deactivate", "user"),
        ("webui:unlock", "user"),
        ("webui:group_rename", "group"),
        ("webui:group_delete", "group"),
    ],
)
def test_the_admin_actions_need_the_csrf_token(world: World, client_for, name: str, args: str) -> None:
    target = world.alice.pk if args == "user" else world.sales_a.pk
    assert client_for(world.adam).post(reverse(name, args=["org-a", target]), {"name": "x"}).status_code == 403
    world.alice.refresh_from_db()
    assert world.alice.is_active and Group.objects.filter(pk=world.sales_a.pk, name="sales").exists()


def test_the_account_pages_read_in_english(world: World) -> None:
    admin = signed_in(world.adam)
    admin.cookies["django_language"] = "en"
    page = admin.get(reverse("webui:accounts", args=["org-a"])).content.decode()
    assert "Accounts and groups" in page and "Issue a reset link" in page and "visible to admins only" in page
    english = Client(HTTP_ACCEPT_LANGUAGE="en")
    assert "Forgot your password?" in english.get(reverse("login")).content.decode()
    assert "administrator for a password reset link" in english.get(reverse("webui:password_forgotten")).content.decode()


@override_settings(SESSION_COOKIE_AGE=600)
def test_a_login_lasts_session_cookie_age(world: World) -> None:
    client = login("alice", PASSWORD)
    assert client.cookies["sessionid"]["max-age"] == 600
    assert 590 <= client.session.get_expiry_age() <= 600
