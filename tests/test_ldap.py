"""LDAP / Active Directory against a real slapd (tests/slapd.py) with a Japanese-named OU and
groups: login by bind, accounts made at first login, groups mirrored at login and by
`manage.py syncgroups` (created, renamed by entryUUID, deleted, members added and removed)."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.test import Client, override_settings
from django.urls import reverse

from appliance.audit.models import AuditEvent
from appliance.identity.models import ExternalIdentity
from appliance.tenancy.models import Group, Membership
from appliance.tenancy.services import user_create
from ingestion.models import Document
from tests.conftest import PASSWORD, World
from tests.ingest_helpers import ingest_bytes
from tests.slapd import PASSWORDS, Slapd, slapd  # noqa: F401

BACKENDS = [
    "appliance.identity.backends.LockoutBackend",
    "appliance.identity.ldap.LdapBackend",
    "appliance.identity.backends.LocalBackend",
]


@pytest.fixture
def directory(slapd: Slapd, world: World):  # noqa: F811
    with override_settings(**slapd.settings(), LDAP_ORGANIZATION="org-a", LDAP_ADMIN_GROUP="管理者", AUTHENTICATION_BACKENDS=BACKENDS):
        yield slapd


def log_in(username: str, password: str) -> Client:
    client = Client()
    response = client.post(reverse("login"), {"username": username, "password": password})
    client.logged_in = response.status_code == 302  # type: ignore[attr-defined]
    return client


def directory_groups(world: World) -> dict[str, set[str]]:
    return {
        group.name: {user.username for user in group.members.all()}
        for group in Group.objects.filter(organization=world.org_a).exclude(directory_id="")
    }


def sync(organization: str = "org-a") -> dict:
    out = io.StringIO()
    call_command("syncgroups", "--org", organization, "--json", stdout=out)
    return json.loads(out.getvalue())


def test_a_directory_person_logs_in_and_gets_the_directorys_groups(world: World, directory: Slapd) -> None:
    client = log_in("tanaka", PASSWORDS["tanaka"])
    assert client.logged_in
    tanaka = ExternalIdentity.objects.get(source="ldap", user__username="tanaka").user
    assert not tanaka.has_usable_password() and tanaka.email == "tanaka@example.jp"
    assert Membership.objects.get(user=tanaka, organization=world.org_a).role == "member"
    # Every directory group is mirrored; only people with an account are members yet.
    assert directory_groups(world) == {"人事部": {"tanaka"}, "経理部": set(), "管理者": set()}
    assert client.get(reverse("webui:chat", args=["org-a"])).status_code == 200
    assert AuditEvent.objects.filter(organization=world.org_a, kind="login", actor_username="tanaka").exists()


def test_a_wrong_or_empty_password_is_refused(world: World, directory: Slapd) -> None:
    assert not log_in("tanaka", "違うパスワード").logged_in
    assert not log_in("tanaka", "").logged_in
    assert not log_in("nobody", PASSWORDS["tanaka"]).logged_in
    assert not ExternalIdentity.objects.exists()


def test_the_directorys_admin_group_makes_organization_admins(world: World, directory: Slapd) -> None:
    assert log_in("sato", PASSWORDS["sato"]).logged_in
    assert Membership.objects.get(user__username="sato", organization=world.org_a).role == "admin"


def test_syncgroups_mirrors_a_renamed_and_a_removed_directory_group(world: World, directory: Slapd) -> None:
    log_in("tanaka", PASSWORDS["tanaka"])
    log_in("suzuki", PASSWORDS["suzuki"])
    assert directory_groups(world) == {"人事部": {"tanaka", "suzuki"}, "経理部": {"suzuki"}, "管理者": set()}
    personnel = Group.objects.get(organization=world.org_a, name="人事部")
    accounting = Group.objects.get(organization=world.org_a, name="経理部")
    memo = ingest_bytes(world.org_a, "keiri.md", "# 経理部メモ\n\n決算の締め日は三月二十五日です。".encode(), groups=[accounting])

    directory.rename_group("人事部", "人事総務部")
    directory.delete_group("経理部")
    directory.set_members("人事総務部", ["suzuki"])
    report = sync()

    assert report["renamed"] == [["人事部", "人事総務部"]] and report["deleted"] == ["経理部"]
    assert report["removed"] == [["tanaka", "人事総務部"]]
    renamed = Group.objects.get(pk=personnel.pk)  # the same group: matched by entryUUID, not name
    assert renamed.name == "人事総務部"
    assert directory_groups(world) == {"人事総務部": {"suzuki"}, "管理者": set()}
    memo.refresh_from_db()
    assert memo.visibility == Document.Visibility.GROUPS and not memo.groups.exists()  # admins only, never everyone
    kinds = set(AuditEvent.objects.filter(organization=world.org_a).values_list("kind", flat=True))
    assert {"group_rename", "group_delete", "group_member_remove"} <= kinds
    # Run again: nothing left to do.
    again = sync()
    assert not any(again[key] for key in ("created", "renamed", "deleted", "added", "removed"))


def test_a_login_mirrors_the_directory_too(world: World, directory: Slapd) -> None:
    log_in("tanaka", PASSWORDS["tanaka"])
    directory.rename_group("人事部", "人事労務部")
    log_in("tanaka", PASSWORDS["tanaka"])
    assert directory_groups(world)["人事労務部"] == {"tanaka"}


def test_a_local_account_of_the_same_name_is_never_taken_over(world: World, directory: Slapd) -> None:
    user_create(username="tanaka", organization=world.org_b, password=PASSWORD)
    assert not log_in("tanaka", PASSWORDS["tanaka"]).logged_in
    assert log_in("tanaka", PASSWORD).logged_in
    assert not ExternalIdentity.objects.exists()


def test_an_unreachable_directory_changes_nothing(world: World, directory: Slapd) -> None:
    log_in("tanaka", PASSWORDS["tanaka"])
    before = directory_groups(world)
    with override_settings(LDAP_URL="ldap://127.0.0.1:1"):
        with pytest.raises(CommandError, match="nothing changed"):
            sync()
        assert not log_in("tanaka", PASSWORDS["tanaka"]).logged_in
    assert directory_groups(world) == before


def test_syncgroups_without_a_directory_configured_says_so(world: World) -> None:
    with override_settings(LDAP_URL=""):
        with pytest.raises(CommandError, match="LDAP_URL is not set"):
            sync()


def test_an_unknown_organization_is_a_clear_error(world: World, directory: Slapd) -> None:
    with pytest.raises(CommandError, match="no-such-org"):
        sync("no-such-org")
