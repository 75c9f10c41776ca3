"""The pages a person uses every day, in a real headless Chromium, at a desktop's width
(1366×900) and a phone's (390×844), in Japanese and in English: login (a wrong password keeps
the username), the phone header, upload with a ticked group (the radio follows), the documents
page with statuses in the reader's language, a member's 「閲覧できる文書」 and 404 page.

Each step leaves a screenshot in tests/artifacts/pages-<width>-<language>-<step>.png.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.utils import timezone

from ingestion.models import Document
from ingestion.services import document_submit
from tests.conftest import PASSWORD, World

# The Chromium skip marks, the browser fixture and where screenshots go: test_browser's.
from tests.test_browser import ARTIFACTS, browser, pytestmark  # noqa: F401

VIEWPORTS = {"desktop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}
TEXT = {
    "ja-JP": {
        "login_error": "ユーザー名またはパスワードが正しくありません", "indexed": "完了", "failed": "失敗",
        "queued": "待機中", "empty": "空のファイルです", "not_found": "ページが見つかりません", "library": "閲覧できる文書",
    },
    "en-US": {
        "login_error": "Incorrect username or password", "indexed": "Indexed", "failed": "Failed",
        "queued": "Queued", "empty": "The file is empty", "not_found": "Page not found", "library": "Documents you can see",
    },
}


@pytest.fixture
def documents(world: World) -> Iterator[None]:
    def make(filename: str, status: str, error: str = "", groups=()) -> None:
        data = f"# {filename}\n\n本文".encode()
        document = document_submit(organization=world.org_a, uploaded_by=None, filename=filename, data=data, size=len(data), groups=groups, enqueue=False).document
        Document.objects.filter(pk=document.pk).update(status=status, error=error, chunk_count=12 if status == "indexed" else 0, updated_at=timezone.now())

    make("就業規則.md", "indexed")
    make("営業マニュアル.md", "indexed", groups=[world.sales_a])
    make("契約書ひな形.md", "indexed", groups=[world.legal_a])
    make("経費精算の手引き.md", "queued")
    make("スキャン資料.pdf", "failed", error="PDFから文字が見つかりません (no text found in PDF)")
    yield


def _shot(page, width: str, locale: str, step: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"pages-{width}-{locale[:2]}-{step}.png"), full_page=True)


def _fits_the_screen(page) -> None:
    # Nothing but a table's own scroller may be wider than the screen.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), "the page scrolls sideways"


def _log_in(browser, base: str, username: str, width: str, locale: str, *, wrong_first: bool = False):  # noqa: F811
    from playwright.sync_api import expect

    context = browser.new_context(locale=locale, viewport=VIEWPORTS[width])
    page = context.new_page()
    page.goto(f"{base}/login/")
    if wrong_first:
        page.fill("#id_username", username)
        page.fill("#id_password", "not the password")
        page.locator("main button[type=submit]").click()
        expect(page.locator("main .error")).to_contain_text(TEXT[locale]["login_error"])
        expect(page.locator("#id_username")).to_have_value(username)
        expect(page.locator("#id_password")).to_have_value("")
        _shot(page, width, locale, "login-wrong-password")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_url(f"{base}/o/*/chat/")
    return context, page


@pytest.mark.parametrize("locale", ["ja-JP", "en-US"])
@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_the_everyday_pages_at_desktop_and_phone_width(
    world: World, documents: None, live_server, browser, width: str, locale: str  # noqa: F811
) -> None:
    from playwright.sync_api import expect

    base = live_server.url
    words = TEXT[locale]
    context, page = _log_in(browser, base, "adam", width, locale, wrong_first=True)

    # --- the header: one line on a phone, the menu behind a button ---
    toggle = page.locator(".menu-toggle")
    if width == "phone":
        expect(page.locator(".mainnav")).to_be_hidden()
        header = page.locator(".topbar").bounding_box()
        assert header["height"] < 80, f"the phone header takes {header['height']}px"
        toggle.click()
        expect(page.locator(".mainnav")).to_be_visible()
        _shot(page, width, locale, "header-menu")
    else:
        expect(toggle).to_be_hidden()
        assert page.locator(".topbar").bounding_box()["height"] < 80
    for link in page.locator(".mainnav a").all():
        box = link.bounding_box()
        assert box["height"] < 50, f"{link.inner_text()!r} breaks over lines: {box}"

    # --- upload: ticking a group moves the radio; what is sent is what is shown ---
    page.goto(f"{base}/o/org-a/manage/upload/")
    organization_radio = page.locator("input[name=visibility][value=organization]")
    groups_radio = page.locator("input[name=visibility][value=groups]")
    expect(organization_radio).to_be_checked()
    page.locator("#group-choices input[type=checkbox]").first.check()  # legal (sorted by name)
    expect(groups_radio).to_be_checked()
    page.locator("#group-choices input[type=checkbox]").first.uncheck()
    expect(organization_radio).to_be_checked()
    page.locator("#group-choices label", has_text="sales").locator("input").check()
    expect(groups_radio).to_be_checked()
    memo = f"人事メモ-{width}-{locale}.md"
    page.set_input_files("#file-input", files=[
        {"name": "空.txt", "mimeType": "text/plain", "buffer": b""},
        {"name": memo, "mimeType": "text/markdown", "buffer": "# 人事メモ\n\n評価面談は4月に行う。".encode()},
    ])
    page.click("#upload-button")
    expect(page.locator("tr.file-row")).to_have_count(2)
    expect(page.locator("tr.file-row").nth(1)).to_have_attribute("data-status", "queued")
    uploaded = Document.objects.get(filename=memo)
    assert uploaded.visibility == "groups" and list(uploaded.groups.all()) == [world.sales_a]
    row = page.locator("tr.file-row").first
    expect(row).to_have_attribute("data-status", "failed")
    expect(row.locator(".stage-text")).to_have_text(words["failed"])
    expect(row.locator(".reason")).to_have_text(words["empty"])
    assert row.locator("progress").bounding_box()["width"] >= 60, "the progress bar shrank to a stub"
    _fits_the_screen(page)
    _shot(page, width, locale, "upload")

    # --- documents: statuses in the reader's language ---
    page.goto(f"{base}/o/org-a/manage/documents/")
    badges = page.locator("td .badge[data-status]")
    expect(badges.first).to_be_visible()
    shown = set(badges.all_inner_texts())
    assert {words["indexed"], words["failed"], words["queued"]} <= shown, shown
    assert not shown & {"indexed", "failed", "queued"}
    options = page.locator("#status option").all_inner_texts()
    assert words["indexed"] in options and "indexed" not in options
    _fits_the_screen(page)
    _shot(page, width, locale, "documents")
    context.close()

    # --- a member: the documents she may see, and a 404 for an admin page ---
    context, page = _log_in(browser, base, "alice", width, locale)
    page.goto(f"{base}/o/org-a/library/")
    expect(page.locator("h1")).to_have_text(words["library"])
    titles = page.locator("table.library tbody td:first-child").all_inner_texts()
    assert sorted(titles) == sorted(["就業規則", "営業マニュアル"]), titles  # not legal's, not the unfinished
    _fits_the_screen(page)
    _shot(page, width, locale, "library")
    response = page.goto(f"{base}/o/org-a/manage/upload/")
    assert response.status == 404
    expect(page.locator("h1")).to_have_text(words["not_found"])
    expect(page.locator(".topbar .brand")).to_be_visible()
    expect(page.locator(".error-actions a").first).to_have_attribute("href", "/")
    _fits_the_screen(page)
    _shot(page, width, locale, "404")
    context.close()


def test_dark_mode_follows_the_system(world: World, live_server, browser) -> None:  # noqa: F811
    context = browser.new_context(locale="ja-JP", viewport=VIEWPORTS["desktop"], color_scheme="dark")
    page = context.new_page()
    page.goto(f"{live_server.url}/login/")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(21, 24, 28)", background
    _shot(page, "desktop", "ja", "login-dark")
    context.close()
