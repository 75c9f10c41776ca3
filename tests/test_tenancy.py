from __future__ import annotations

import io
import json

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.http import Http404

from appliance.tenancy.models import Group, Membership, Organization
from appliance.tenancy.selectors import actor_get, group_list, organization_get, organization_list
from appliance.tenancy.services import (
    group_add_member,
    group_create,
    membership_remove,
    organization_create,
    user_create,
)
from tests.conftest import World


def run(*args: str, stdin: str | None = None) -> dict:
    out = io.StringIO()
    if stdin is not None:
        import sys

        old = sys.stdin
        sys.stdin = io.StringIO(stdin)
        try:
            call_command(*args, "--json", stdout=out)
        finally:
            sys.stdin = old
    else:
        call_command(*args, "--json", stdout=out)
    return json.loads(out.getvalue())


def test_it_lists_only_the_organizations_a_user_belongs_to(world: World) -> None:
    assert list(organization_list(fetched_by=world.alice)) == [world.org_a]
    assert list(organization_list(fetched_by=world.bob)) == [world.org_b]


def test_it_hides_another_organization_as_not_found(world: World) -> None:
    assert organization_get(slug="org-a", fetched_by=world.alice) == world.org_a
    with pytest.raises(Http404):
        organization_get(slug="org-a", fetched_by=world.bob)
    with pytest.raises(Http404):
        actor_get(user=world.bob, organization=world.org_a)


def test_the_actor_carries_role_and_groups(world: World) -> None:
    alice = actor_get(user=world.alice, organization=world.org_a)
    adam = actor_get(user=world.adam, organization=world.org_a)
    assert alice.group_ids == frozenset({world.sales_a.id})
    assert not alice.is_admin
    assert adam.is_admin and adam.group_ids == frozenset()


def test_members_see_their_groups_and_admins_see_all(world: World) -> None:
    assert list(group_list(organization=world.org_a, fetched_by=world.alice)) == [world.sales_a]
    assert set(group_list(organization=world.org_a, fetched_by=world.adam)) == {world.sales_a, world.legal_a}
    with pytest.raises(Http404):
        group_list(organization=world.org_a, fetched_by=world.bob)


def test_a_group_never_takes_a_member_of_another_organization(world: World) -> None:
    with pytest.raises(ValidationError):
        group_add_member(group=world.sales_a, user=world.bob)
    assert not world.sales_a.members.filter(pk=world.bob.pk).exists()


def test_a_user_may_belong_to_two_organizations(world: World) -> None:
    user_create(username="alice", organization=world.org_b, groups=[world.sales_b])
    assert set(organization_list(fetched_by=world.alice)) == {world.org_a, world.org_b}
    # adding her to B kept her password for A
    assert world.alice.__class__.objects.get(pk=world.alice.pk).check_password("correct horse battery staple 42")
    assert actor_get(user=world.alice, organization=world.org_b).group_ids == frozenset({world.sales_b.id})


def test_removing_a_membership_removes_the_groups_too(world: World) -> None:
    membership_remove(user=world.alice, organization=world.org_a)
    assert not world.sales_a.members.filter(pk=world.alice.pk).exists()
    with pytest.raises(Http404):
        actor_get(user=world.alice, organization=world.org_a)


def test_organization_slugs_are_validated(db: None) -> None:
    with pytest.raises(ValidationError):
        organization_create(slug="Not A Slug")


def test_createorg_is_idempotent_and_prints_json(db: None) -> None:
    first = run("createorg", "acme", "--name", "アクメ株式会社")
    second = run("createorg", "acme")
    assert first == {"id": first["id"], "slug": "acme", "name": "アクメ株式会社", "created": True}
    assert second["created"] is False and second["id"] == first["id"]
    assert Organization.objects.filter(slug="acme").count() == 1


def test_creategroup_and_createuser_commands(db: None) -> None:
    run("createorg", "acme")
    group = run("creategroup", "経理", "--org", "acme")
    assert group["name"] == "経理" and group["organization"] == "acme" and group["created"] is True
    user = run("createuser", "hanako", "--org", "acme", "--groups", "経理", "--admin", "--password-stdin", stdin="tsukimi-dango-2026\n")
    assert user["username"] == "hanako"
    assert user["role"] == "admin"
    assert user["groups"] == ["経理"]
    assert user["created"] is True
    membership = Membership.objects.get(user__username="hanako")
    assert membership.role == "admin" and membership.user.check_password("tsukimi-dango-2026")


def test_createuser_refuses_an_unknown_group_or_organization(db: None) -> None:
    run("createorg", "acme")
    with pytest.raises(CommandError, match="no group named"):
        call_command("createuser", "taro", "--org", "acme", "--groups", "nope")
    with pytest.raises(CommandError, match="no organization"):
        call_command("createuser", "taro", "--org", "missing")
    assert not Group.objects.exists()


def test_createuser_refuses_a_weak_password(db: None) -> None:
    run("createorg", "acme")
    with pytest.raises(CommandError):
        run("createuser", "taro", "--org", "acme", "--password-stdin", stdin="123\n")


def test_group_names_are_unique_within_an_organization_only(world: World) -> None:
    again, created = group_create(organization=world.org_a, name="sales")
    assert again == world.sales_a and not created
    assert Group.objects.filter(name="sales").count() == 2
