"""Accounts in a real Chromium: an admin issues a one-time reset link on アカウントの管理, the
person opens it in their own browser, sets a password and logs in with it; the admin deletes a
group after reading what happens to its documents. Screenshots: tests/artifacts/accounts-*.png."""

from __future__ import annotations

from ingestion.models import Document
from ingestion.services import document_submit
from tests.conftest import World

# The Chromium skip marks, the browser fixture and where screenshots go: test_browser's.
from tests.test_browser import ARTIFACTS, browser, log_in, pytestmark  # noqa: F401

NEW_PASSWORD = "桜の咲く頃に 新しい合言葉 2031"


def test_an_admin_hands_over_a_reset_link_and_deletes_a_group(world: World, live_server, browser) -> None:  # noqa: F811
    from playwright.sync_api import expect

    data = "# 法務メモ\n\n本文".encode()
    document_submit(organization=world.org_a, uploaded_by=None, filename="法務メモ.md", data=data, size=len(data), groups=[world.legal_a], enqueue=False)
    base = live_server.url
    context, page = log_in(browser, base, "adam")
    page.goto(f"{base}/o/org-a/manage/users/")
    page.get_by_role("link", name="アカウントの管理").click()
    expect(page.locator("h1")).to_have_text("アカウントとグループの管理")
    page.screenshot(path=str(ARTIFACTS / "accounts-page.png"), full_page=True)
    page.locator("tr[data-username=alice]").get_by_role("button", name="再設定リンクを発行").click()
    link = page.locator("#reset-url").input_value()
    page.screenshot(path=str(ARTIFACTS / "accounts-reset-link.png"))

    alice = browser.new_context(locale="ja-JP").new_page()
    alice.goto(link)
    alice.fill("#id_new_password1", NEW_PASSWORD)
    alice.fill("#id_new_password2", NEW_PASSWORD)
    alice.get_by_role("button", name="設定").click()
    expect(alice.locator(".flash")).to_contain_text("パスワードを設定しました")
    alice.fill("#id_username", "alice")
    alice.fill("#id_password", NEW_PASSWORD)
    alice.locator("main button[type=submit]").click()
    alice.wait_for_url(f"{base}/o/org-a/chat/")

    page.goto(f"{base}/o/org-a/manage/accounts/")
    page.locator("tr[data-group=legal]").get_by_role("button", name="削除…").click()
    expect(page.locator("#admins-only")).to_contain_text("1 件は、削除後は管理者だけが閲覧できます")
    page.screenshot(path=str(ARTIFACTS / "accounts-group-delete.png"))
    page.get_by_role("button", name="削除する").click()
    expect(page.locator(".flash")).to_contain_text("管理者だけが閲覧できます")
    document = Document.objects.get(filename="法務メモ.md")
    assert document.visibility == Document.Visibility.GROUPS and not document.groups.exists()
    page.goto(f"{base}/o/org-a/manage/documents/")
    expect(page.locator("main")).to_contain_text("管理者のみ")
    context.close()
