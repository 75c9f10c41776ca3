"""What an OpenID login's claims do to a person's account, organizations and groups
(appliance/identity/oidc.py); the whole flow through a real provider is in
tests/test_browser_sso.py."""

from __future__ import annotations

from django.test import override_settings

from appliance.identity.models import ExternalIdentity
from appliance.identity.oidc import oidc_account
from appliance.tenancy.models import Group, Membership
from tests.conftest import World

ISSUER = "https://login.example.jp"


def claims(sub: str = "u-123", **extra):
    return {"sub": sub, "preferred_username": "yamada", "email": "yamada@example.jp", **extra}


def groups_of(user, organization) -> set[str]:
    return set(Group.objects.filter(organization=organization, members=user).values_list("name", flat=True))


def test_the_claims_name_the_organization_and_exactly_its_groups(world: World) -> None:
    user = oidc_account(claims=claims(org="org-a", groups=["sales", "人事部"]), issuer=ISSUER)
    assert groups_of(user, world.org_a) == {"sales", "人事部"}
    assert Group.objects.get(organization=world.org_a, name="人事部").directory_id == "oidc:人事部"
    assert not Membership.objects.filter(user=user, organization=world.org_b).exists()
    # Next login with one group fewer: removed from it, the group itself stays.
    again = oidc_account(claims=claims(org="org-a", groups=["人事部"]), issuer=ISSUER)
    assert again.pk == user.pk and groups_of(user, world.org_a) == {"人事部"}
    assert Group.objects.filter(organization=world.org_a, name="sales").exists()


def test_a_person_moved_to_another_organization_leaves_the_first(world: World) -> None:
    user = oidc_account(claims=claims(org="org-a", groups=["sales"]), issuer=ISSUER)
    oidc_account(claims=claims(org="org-b", groups=["sales"]), issuer=ISSUER)
    assert list(Membership.objects.filter(user=user).values_list("organization__slug", flat=True)) == ["org-b"]
    assert groups_of(user, world.org_a) == set() and groups_of(user, world.org_b) == {"sales"}


def test_an_organization_that_does_not_exist_is_not_created(world: World) -> None:
    assert oidc_account(claims=claims(org="evil-corp", groups=["sales"]), issuer=ISSUER) is None
    assert not ExternalIdentity.objects.exists()


def test_a_local_account_of_the_same_name_is_not_taken_over(world: World) -> None:
    user = oidc_account(claims=claims(preferred_username="alice", org="org-a"), issuer=ISSUER)
    assert user.pk != world.alice.pk and user.username.startswith("alice-")


def test_the_same_sub_from_another_issuer_is_another_person(world: World) -> None:
    first = oidc_account(claims=claims(org="org-a"), issuer=ISSUER)
    second = oidc_account(claims=claims(org="org-a"), issuer="https://other-idp.example.com")
    assert first.pk != second.pk


@override_settings(OIDC_ADMIN_GROUP="appliance-admins")
def test_the_admin_group_claim_makes_an_admin_and_its_loss_a_member(world: World) -> None:
    user = oidc_account(claims=claims(org="org-a", groups=["appliance-admins", "sales"]), issuer=ISSUER)
    assert Membership.objects.get(user=user, organization=world.org_a).role == "admin"
    assert groups_of(user, world.org_a) == {"sales"}
    oidc_account(claims=claims(org="org-a", groups=["sales"]), issuer=ISSUER)
    assert Membership.objects.get(user=user, organization=world.org_a).role == "member"


def test_without_an_admin_group_the_appliances_own_role_stays(world: World) -> None:
    user = oidc_account(claims=claims(org="org-a"), issuer=ISSUER)
    Membership.objects.filter(user=user).update(role="admin")
    oidc_account(claims=claims(org="org-a"), issuer=ISSUER)
    assert Membership.objects.get(user=user, organization=world.org_a).role == "admin"
