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
from tests.test_browser import ARTIFACTS, browser, ingestion_in_threads, pytestmark, real_llm  # noqa: F401

VIEWPORTS = {"desktop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}
TEXT = {
    "ja-JP": {
        "login_error": "ユーザー名またはパスワードが正しくありません", "indexed": "完了", "failed": "失敗",
        "queued": "待機中", "empty": "空のファイルです", "not_found": "ページが見つかりません", "library": "閲覧できる文書", "stopped": "（停止しました）",
    },
    "en-US": {
        "login_error": "Incorrect username or password", "indexed": "Indexed", "failed": "Failed",
        "queued": "Queued", "empty": "The file is empty", "not_found": "Page not found", "library": "Documents you can see", "stopped": "(stopped)",
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
    for link in page.locator(".mainnav a:visible, .nav-more summary").all():
        box = link.bounding_box()
        assert box["height"] < 50, f"{link.inner_text()!r} breaks over lines: {box}"
    # the pages an admin opens now and then, behind 管理
    page.locator(".nav-more summary").click()
    expect(page.locator(".nav-more a").first).to_be_visible()
    for link in page.locator(".nav-more a").all():
        assert link.bounding_box()["height"] < 50, link.inner_text()
    _shot(page, width, locale, "admin-menu")
    page.locator(".nav-more summary").click()

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
    expect(row.locator("button.secondary")).to_have_count(0)  # no 再試行: the same empty file would fail again
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


# --- the chat: example questions, the ⋯ menu of a new conversation, Stop, a DOCX citation ------

HANDBOOK_SECTIONS = [
    ("勤務時間", "始業は午前9時、終業は午後6時とする。休憩は正午から1時間とする。"),
    ("在宅勤務", "在宅勤務は週3日まで認める。在宅勤務手当として月額5,000円を支給する。"),
    ("時間外労働", "時間外労働は事前に上長の承認を得ること。月45時間を上限とする。"),
    ("年次有給休暇", "年次有給休暇は取得予定日の3営業日前までに申請する。"),
    ("特別休暇", "結婚するときは5日、配偶者が出産するときは3日の特別休暇を与える。"),
    ("慶弔休暇", "社員の父母が亡くなったときは5日、祖父母のときは2日の慶弔休暇を与える。"),
    ("服務規律", "社員は会社の信用を傷つける行為をしてはならない。"),
    ("情報管理", "顧客の個人情報は施錠できる場所に保管する。"),
    ("出張", "国内出張の日当は一日2,000円とする。"),
    ("表彰", "永年勤続10年の社員に記念品を贈る。"),
]


@pytest.fixture
def handbook(world: World, ingestion_in_threads: None) -> Document:  # noqa: F811
    """A real Word file through the real pipeline (parse, chunk, embed), shared with everyone."""
    from tests.filemakers import make_docx
    from tests.ingest_helpers import ingest_bytes

    blocks = [("heading1", "社員ハンドブック")]
    for heading, text in HANDBOOK_SECTIONS:
        blocks += [("heading2", heading), ("paragraph", text), ("paragraph", "詳しくは人事部に問い合わせてください。" * 3)]
    document = ingest_bytes(world.org_a, "社員ハンドブック.docx", make_docx(blocks))
    assert document.status == "indexed", document.error
    return document


def _cited_answer(world: World, document: Document, question: str) -> int:
    """A stored answer citing the passage real retrieval finds for the question: the source panel
    and the preview are what is tested, not what the model writes."""
    from appliance.tenancy.selectors import actor_get
    from rag.citations import map_citations
    from rag.models import Conversation, Message
    from rag.retrieval import search

    passages = [p for p in search(actor=actor_get(user=world.alice, organization=world.org_a), query=question).passages if p.document_id == str(document.pk)]
    assert passages, "retrieval found nothing in the handbook"
    conversation = Conversation.objects.create(organization=world.org_a, user=world.alice, title=question)
    Message.objects.create(conversation=conversation, role="user", content=question)
    text = "祖父母が亡くなったときの慶弔休暇は2日です [1]。"
    Message.objects.create(conversation=conversation, role="assistant", content=text, grounded=True, citations=[c.as_json() for c in map_citations(text, passages[:1])])
    return conversation.pk


@pytest.mark.parametrize("locale", ["ja-JP", "en-US"])
@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_a_docx_citation_opens_the_preview_at_its_passage(
    world: World, handbook: Document, live_server, browser, width: str, locale: str  # noqa: F811
) -> None:
    from playwright.sync_api import expect

    base = live_server.url
    conversation_id = _cited_answer(world, handbook, "祖父母が亡くなったときの慶弔休暇は何日？")
    context, page = _log_in(browser, base, "alice", width, locale)

    # the empty chat: example questions from her documents, and where to see them all
    examples = page.locator("button.example")
    expect(examples.first).to_be_visible()
    assert any(topic in " ".join(examples.all_inner_texts()) for topic, _ in HANDBOOK_SECTIONS), examples.all_inner_texts()
    expect(page.locator("#library-hint a")).to_have_attribute("href", "/o/org-a/library/")
    _fits_the_screen(page)
    _shot(page, width, locale, "chat-empty")

    page.goto(f"{base}/o/org-a/chat/{conversation_id}/")
    answer = page.locator("article.message-assistant[data-message-id]")
    source = answer.locator("button.source-link").first
    expect(source).to_contain_text("慶弔休暇")  # the section, in place of a page
    answer.locator("a.cite").first.click()
    panel = page.locator("#source-panel")
    expect(panel).to_be_visible()
    expect(panel.locator("#source-page")).to_contain_text("慶弔休暇")
    expect(panel.locator("#source-passage")).to_contain_text("祖父母のときは2日")
    _shot(page, width, locale, "chat-citation")

    with context.expect_page() as opened:
        panel.locator("#source-original").click()
    preview = opened.value
    preview.wait_for_load_state()
    assert "/preview/?at=" in preview.url and preview.url.endswith("#cited"), preview.url
    cited = preview.locator("mark#cited")
    expect(cited).to_contain_text("祖父母のときは2日")
    expect(cited).to_be_in_viewport()  # opened at the passage, not at the top
    expect(preview.locator("h1")).to_have_text("社員ハンドブック")
    expect(preview.locator(".preview-body h3", has_text="慶弔休暇")).to_have_count(1)
    assert preview.locator(".preview-body script, .preview-body img").count() == 0
    _fits_the_screen(preview)
    preview.screenshot(path=str(ARTIFACTS / f"pages-{width}-{locale[:2]}-preview.png"), full_page=False)
    context.close()

    # another organization's member: the preview does not exist
    context, page = _log_in(browser, base, "bob", width, locale)
    for slug in ("org-a", "org-b"):
        assert page.goto(f"{base}/o/{slug}/documents/{handbook.pk}/preview/").status == 404
    context.close()


@pytest.mark.parametrize(("width", "locale"), [("desktop", "ja-JP"), ("phone", "en-US")])
def test_an_example_question_is_asked_its_conversation_gets_a_menu_and_a_stopped_answer_is_kept_as_shown(
    world: World, handbook: Document, live_server, browser, real_llm, width: str, locale: str  # noqa: F811
) -> None:
    from playwright.sync_api import expect

    from rag.models import Message

    base = live_server.url
    context, page = _log_in(browser, base, "alice", width, locale)
    example = page.locator("button.example").first
    asked = example.inner_text()
    example.click()
    answer = page.locator("article.message-assistant[data-message-id], article.message-assistant .error")
    expect(answer).to_have_count(1, timeout=300_000)
    expect(page.locator("article.message-user .bubble")).to_have_text(asked)

    # the new conversation has its ⋯ menu at once, and opening it leaves the title its width
    item = page.locator("#conversation-list li.conversation-item").first
    expect(item.locator("a")).to_have_text(asked)
    title_width = item.locator("a").bounding_box()["width"]
    item.locator("summary").click()
    expect(item.locator(".conversation-menu input[name=title]")).to_have_value(asked)
    assert item.locator("a").bounding_box()["width"] >= title_width - 1, "opening the menu crushed the title"
    _shot(page, width, locale, "chat-menu")
    item.locator(".conversation-menu input[name=title]").fill("ハンドブックの質問")
    item.locator(".conversation-menu button[type=submit]").first.click()
    expect(page.locator("#conversation-list li.conversation-item a").first).to_have_text("ハンドブックの質問")
    page.wait_for_load_state()  # the page's script listens for Enter only once it has run

    # Stop: what the page shows is what the conversation keeps
    page.fill("#question", "勤務時間、在宅勤務、時間外労働、有給休暇、特別休暇について、それぞれ詳しく説明してください。")
    page.keyboard.press("Enter")
    page.locator("article.streaming .bubble:not(:has(.thinking))").first.wait_for(timeout=300_000)
    with page.expect_response(lambda r: r.url.endswith("/stopped/"), timeout=60_000) as reported:
        page.click("#stop-button")
    assert reported.value.ok
    stopped = page.locator("article.message-assistant").last
    expect(stopped).to_contain_text(TEXT[locale]["stopped"])
    expect(stopped).to_have_attribute("data-message-id", str(reported.value.json()["message_id"]))
    shown = stopped.locator(".bubble").inner_text()
    stored = Message.objects.get(pk=reported.value.json()["message_id"])
    assert stored.stopped and stored.content == reported.value.json()["content"]
    _fits_the_screen(page)
    _shot(page, width, locale, "chat-stopped")
    page.reload()
    assert page.locator("article.message-assistant").last.locator(".bubble").inner_text() == shown
    context.close()
