"""API tokens: `createtoken`, what makes a token stop working (revoked, expired, the owner
removed from the organization), the per-token budget, and the pages where a person manages
their own tokens and an admin revokes anyone's."""

from __future__ import annotations

import hashlib
import io
import json
import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from appliance.tenancy.models import ApiToken
from appliance.tenancy.services import group_remove_member, membership_remove, user_create
from appliance.tenancy.tokens import token_create, token_revoke
from tests.conftest import PASSWORD, World


def _get(path: str, token: str | None) -> int:
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token is not None else {}
    return Client().get(path, **headers).status_code


def test_createtoken_prints_the_token_once_as_json_and_stores_only_its_hash(world: World) -> None:
    out = io.StringIO()
    call_command("createtoken", "alice", "--org", "org-a", "--name", "Teams bot", "--expires", "30", "--json", stdout=out)
    payload = json.loads(out.getvalue())
    assert set(payload) == {"token", "name", "expires"}
    assert payload["name"] == "Teams bot" and payload["token"].startswith("apl_")
    expires = timezone.datetime.fromisoformat(payload["expires"])
    assert timedelta(days=29) < expires - timezone.now() <= timedelta(days=30)
    stored = ApiToken.objects.get(name="Teams bot")
    assert stored.secret_sha256 == hashlib.sha256(payload["token"].encode()).hexdigest()
    assert payload["token"] not in {stored.prefix, stored.secret_sha256}
    assert _get("/v1/models", payload["token"]) == 200


def test_createtoken_without_expiry_never_expires_and_refuses_an_outsider(world: World) -> None:
    out = io.StringIO()
    call_command("createtoken", "bob", "--org", "org-b", "--json", stdout=out)
    assert json.loads(out.getvalue())["expires"] is None
    with pytest.raises(Exception, match="not a member"):
        call_command("createtoken", "bob", "--org", "org-a", "--json", stdout=io.StringIO())


def test_no_token_a_wrong_one_a_revoked_one_and_an_expired_one_are_401(world: World) -> None:
    live = token_create(user=world.alice, organization=world.org_a, name="live")
    revoked = token_create(user=world.alice, organization=world.org_a, name="revoked")
    token_revoke(token=revoked.token)
    expired = token_create(user=world.alice, organization=world.org_a, name="expired", expires_in_days=1)
    ApiToken.objects.filter(pk=expired.token.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert _get("/v1/models", live.secret) == 200
    for secret in (None, "", "apl_not-a-token", live.secret + "x", revoked.secret, expired.secret):
        assert _get("/v1/models", secret) == 401, secret
    response = Client().post("/api/v1/search", {"query": "q"}, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {revoked.secret}")
    assert response.status_code == 401 and "passages" not in response.json()


def test_a_removed_members_tokens_stop_at_once_and_groups_apply_at_request_time(world: World) -> None:
    created = token_create(user=world.alice, organization=world.org_a, name="script")
    assert _get("/api/v1/conversations", created.secret) == 200
    group_remove_member(group=world.sales_a, user=world.alice)
    assert _get("/api/v1/conversations", created.secret) == 200  # still a member, fewer groups
    membership_remove(user=world.alice, organization=world.org_a)
    assert _get("/api/v1/conversations", created.secret) == 401


def test_last_used_time_is_recorded(world: World) -> None:
    created = token_create(user=world.alice, organization=world.org_a, name="script")
    assert created.token.last_used_at is None
    _get("/v1/models", created.secret)
    created.token.refresh_from_db()
    assert created.token.last_used_at is not None


def test_each_token_has_its_own_budget_per_minute(world: World, settings) -> None:
    settings.API_RATE_LIMIT = 3
    for _attempt in range(2):  # a minute boundary in the middle resets the count; once more then
        first = token_create(user=world.alice, organization=world.org_a, name="busy")
        other = token_create(user=world.alice, organization=world.org_a, name="quiet")
        statuses = [_get("/v1/models", first.secret) for _ in range(4)]
        if statuses == [200, 200, 200, 429]:
            break
    assert statuses == [200, 200, 200, 429]
    response = Client().get("/v1/models", HTTP_AUTHORIZATION=f"Bearer {first.secret}")
    assert response.status_code == 429 and 1 <= int(response["Retry-After"]) <= 60
    assert _get("/v1/models", other.secret) == 200


# --- the pages ------------------------------------------------------------------------------


def _logged_in(user) -> tuple[Client, str]:
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    client.get("/o/org-a/tokens/" if user.username != "bob" else "/o/org-b/tokens/")
    return client, client.cookies["csrftoken"].value


def test_a_person_creates_a_token_sees_it_once_and_revokes_it(world: World) -> None:
    client, csrf = _logged_in(world.alice)
    response = client.post("/o/org-a/tokens/", {"name": "Slack bot", "expires": "90"}, HTTP_X_CSRFTOKEN=csrf)
    assert response.status_code == 200
    secret = re.search(r'id="new-token">(apl_[A-Za-z0-9_-]+)<', response.content.decode()).group(1)
    assert _get("/v1/models", secret) == 200
    listing = client.get("/o/org-a/tokens/").content.decode()
    assert "Slack bot" in listing and secret not in listing  # shown once, never again
    token = ApiToken.objects.get(name="Slack bot")
    assert client.post(f"/o/org-a/tokens/{token.pk}/revoke/", HTTP_X_CSRFTOKEN=csrf).status_code == 302
    assert _get("/v1/models", secret) == 401


def test_the_token_pages_require_login_and_the_csrf_token(world: World) -> None:
    assert Client().get("/o/org-a/tokens/").status_code == 302
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.alice)
    assert client.post("/o/org-a/tokens/", {"name": "x"}).status_code == 403
    assert not ApiToken.objects.exists()


def test_an_admin_revokes_anyones_token_in_the_organization_and_no_one_elses(world: World) -> None:
    carol, _ = user_create(username="carol", organization=world.org_a, password=PASSWORD)
    alices = token_create(user=world.alice, organization=world.org_a, name="alice's")
    bobs = token_create(user=world.bob, organization=world.org_b, name="bob's")
    # a member cannot see or revoke another member's token; the outsider cannot reach org A's
    for user in (carol, world.bob):
        client, csrf = _logged_in(user)
        slug = "org-b" if user == world.bob else "org-a"
        assert "alice&#x27;s" not in client.get(f"/o/{slug}/tokens/").content.decode()
        assert client.post(f"/o/{slug}/tokens/{alices.token.pk}/revoke/", HTTP_X_CSRFTOKEN=csrf).status_code == 404
    assert _get("/v1/models", alices.secret) == 200
    admin, csrf = _logged_in(world.adam)
    assert "alice&#x27;s" in admin.get("/o/org-a/tokens/").content.decode()
    assert admin.post(f"/o/org-a/tokens/{bobs.token.pk}/revoke/", HTTP_X_CSRFTOKEN=csrf).status_code == 404
    assert admin.post(f"/o/org-a/tokens/{alices.token.pk}/revoke/", HTTP_X_CSRFTOKEN=csrf).status_code == 302
    assert _get("/v1/models", alices.secret) == 401
    assert _get("/v1/models", bobs.secret) == 200
