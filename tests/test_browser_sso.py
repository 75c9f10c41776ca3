"""Single sign-on through a real OpenID provider (tests/openid.py: panva's oidc-provider on
127.0.0.1), in a real Chromium: the person lands in the chat of the organization their claims
name, sees exactly their groups' documents (the library page and retrieval agree), and after
the provider takes a group away, the next login no longer sees its documents.

Screenshots: tests/artifacts/sso-*.png.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.test import override_settings

from appliance.audit.models import AuditEvent
from appliance.identity.models import ExternalIdentity
from appliance.tenancy.models import Group, Membership
from appliance.tenancy.selectors import actor_get
from rag.retrieval import search
from tests.conftest import World
from tests.ingest_helpers import ingest_bytes
from tests.openid import OpenIdProvider, start_provider

# The Chromium skip marks, the browser fixture and where screenshots go: test_browser's.
from tests.test_browser import ARTIFACTS, browser, pytestmark  # noqa: F401

DOCUMENTS = {
    "wide": ("全社通知.md", "# 全社通知\n\n本社の防災訓練は十一月十五日に実施します。集合場所は屋上広場です。", "防災訓練の集合場所"),
    "sales": ("営業部メモ.md", "# 営業部メモ\n\n大阪支店の売上目標は四億二千万円です。重点顧客は北浜商事です。", "大阪支店の売上目標"),
    "legal": ("法務部限定.md", "# 法務部限定\n\n係争中の案件番号はL-2031です。和解交渉の期限は三月末です。", "係争中の案件番号"),
}


@pytest.fixture
def provider(live_server) -> Iterator[OpenIdProvider]:
    for running in start_provider(f"{live_server.url}/oidc/callback/"):
        with override_settings(**running.settings()):
            yield running


def sso_login(browser, base: str, login: str):  # noqa: F811
    """Through the provider's own login and consent pages, back to the appliance."""
    context = browser.new_context(locale="ja-JP", viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.goto(f"{base}/login/")
    page.get_by_role("link", name="シングルサインオンでログイン").click()
    page.wait_for_url(lambda url: not url.startswith(f"{base}/login"))
    for _ in range(4):
        if page.url.startswith(f"{base}/o/"):
            break
        if page.locator("input[name=login]").count():
            page.screenshot(path=str(ARTIFACTS / "sso-provider-login.png"))
            page.fill("input[name=login]", login)
            page.fill("input[name=password]", "any password: the test provider's dev login")
            page.locator("button[type=submit]").first.click()
        elif page.locator("button[type=submit]").count():
            page.locator("button[type=submit]").first.click()  # the consent page's Continue
        page.wait_for_load_state()
    page.wait_for_url(f"{base}/o/*/chat/")
    return context, page


def library_titles(page, base: str) -> set[str]:
    page.goto(f"{base}/o/org-a/library/")
    return {text.strip() for text in page.locator("main table a").all_inner_texts()}


def found(world: World, user, query: str) -> set[str]:
    actor = actor_get(user=user, organization=world.org_a)
    return {passage.document_id for passage in search(actor=actor, query=query, k=10).passages}


def test_sso_lands_in_the_claimed_organization_and_access_follows_the_provider(
    world: World, live_server, browser, provider: OpenIdProvider  # noqa: F811
) -> None:
    ids = {
        key: str(ingest_bytes(world.org_a, filename, text.encode(), groups={"wide": [], "sales": [world.sales_a], "legal": [world.legal_a]}[key]).id)
        for key, (filename, text, _query) in DOCUMENTS.items()
    }
    provider.set_account("yamada", email="yamada@example.jp", preferred_username="yamada", name="山田 花子", org="org-a", groups=["sales"])
    base = live_server.url

    context, page = sso_login(browser, base, "yamada")
    assert page.url == f"{base}/o/org-a/chat/"
    page.screenshot(path=str(ARTIFACTS / "sso-landed-in-chat.png"))
    yamada = ExternalIdentity.objects.get(source="oidc").user
    assert yamada.username == "yamada" and not yamada.has_usable_password()
    assert Membership.objects.get(user=yamada).organization == world.org_a
    assert list(Group.objects.filter(members=yamada)) == [world.sales_a]  # the claim's "sales" is org-a's sales
    assert library_titles(page, base) == {"全社通知", "営業部メモ"}
    page.screenshot(path=str(ARTIFACTS / "sso-library-with-sales.png"))
    for key, (_filename, _text, query) in DOCUMENTS.items():
        assert (ids[key] in found(world, yamada, query)) == (key in {"wide", "sales"}), key
    page.locator("form.logout button").click()
    context.close()

    # The directory admin takes "sales" away; the next login follows.
    provider.set_account("yamada", email="yamada@example.jp", preferred_username="yamada", name="山田 花子", org="org-a", groups=[])
    context, page = sso_login(browser, base, "yamada")
    assert library_titles(page, base) == {"全社通知"}
    page.screenshot(path=str(ARTIFACTS / "sso-library-without-sales.png"))
    assert ids["sales"] not in found(world, yamada, DOCUMENTS["sales"][2])
    assert ids["wide"] in found(world, yamada, DOCUMENTS["wide"][2])
    assert AuditEvent.objects.filter(organization=world.org_a, kind="group_member_remove", details__subject="yamada").exists()
    assert AuditEvent.objects.filter(organization=world.org_a, kind="login", actor_username="yamada").count() == 2
    context.close()


def test_a_provider_naming_no_organization_here_logs_nobody_in(world: World, live_server, browser, provider: OpenIdProvider) -> None:  # noqa: F811
    provider.set_account("stranger", email="s@example.jp", preferred_username="stranger", org="some-other-company", groups=["sales"])
    context = browser.new_context(locale="ja-JP")
    page = context.new_page()
    page.goto(f"{live_server.url}/login/")
    page.get_by_role("link", name="シングルサインオンでログイン").click()
    for _ in range(4):
        if page.url.startswith(f"{live_server.url}/login"):
            break
        if page.locator("input[name=login]").count():
            page.fill("input[name=login]", "stranger")
            page.fill("input[name=password]", "x")
        page.locator("button[type=submit]").first.click()
        page.wait_for_load_state()
    page.wait_for_url(f"{live_server.url}/login/?sso=failed")
    assert "シングルサインオンでログインできませんでした" in page.locator("main").inner_text()
    page.screenshot(path=str(ARTIFACTS / "sso-refused.png"))
    assert not ExternalIdentity.objects.exists()
    context.close()
