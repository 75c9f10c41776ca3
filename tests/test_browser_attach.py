"""In a real headless Chromium: an invoice image pasted into the chat's composer is read, sent
with the question, answered with its total, and the citation 「添付画像」 opens the picture with
the region the answer read outlined. The answer comes from the real llama.cpp server with the
packaged model (tests/llm_server.py)."""

from __future__ import annotations

import base64

import pytest

from bench.images_make import _finish, invoice
from tests.conftest import World
from tests.ingest_helpers import ingest_bytes
from tests.llm_server import RunningLLMServer
from tests.test_browser import ARTIFACTS, CHROMIUM, browser, ingestion_in_threads, log_in, real_llm  # noqa: F401

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]

TOTAL = "482,350"
PASTE = """async ([name, data]) => {
    const bytes = Uint8Array.from(atob(data), (character) => character.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], name, { type: "image/png" }));
    const paste = new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true });
    document.getElementById("question").dispatchEvent(paste);
}"""


def invoice_png() -> bytes:
    page, facts = invoice(number="INV-2026-0412", customer="株式会社さくら商事", issuer="青空システム株式会社", issued="2026年4月12日",
                          due="2026年5月31日", items=[("ノートパソコン", 2, 148000), ("液晶モニター", 3, 32500), ("設定作業費", 1, 45000)])
    assert facts["total"] == TOTAL
    data, _ = _finish(page)
    return data


def test_a_pasted_invoice_is_answered_with_its_total_and_the_region_outlined(
    world: World, live_server, browser, ingestion_in_threads: None, real_llm: RunningLLMServer  # noqa: F811
) -> None:
    from playwright.sync_api import expect

    ingest_bytes(world.org_a, "経費規程.md", "# 経費規程\n\n物品購入の上限は1件あたり500,000円とする。".encode())
    base = live_server.url
    context, page = log_in(browser, base, "alice")
    page.evaluate(PASTE, ["invoice.png", base64.b64encode(invoice_png()).decode("ascii")])
    chip = page.locator("#attach-chip")
    expect(chip).to_contain_text("invoice.png", timeout=120_000)  # read: its name replaces 読み取っています
    attachment_id = page.input_value("#attachment-id")
    assert len(attachment_id) == 36

    page.fill("#question", "合計金額（税込）はいくらですか？")
    page.keyboard.press("Enter")
    expect(page.locator("article.message-user img.attach-thumbnail")).to_have_count(1)
    expect(chip).to_be_hidden()  # it went with this question
    finished = page.locator("article.message-assistant[data-message-id], article.message-assistant .error")
    expect(finished).to_have_count(1, timeout=300_000)
    answer = page.locator("article.message-assistant[data-message-id]")
    expect(answer.locator(".bubble")).to_contain_text(TOTAL)

    answer.locator("button.source-link", has_text="添付画像").first.click()
    expect(page.locator("#source-attachment")).to_be_visible()
    expect(page.locator("#source-passage")).to_contain_text(TOTAL)
    outline = page.locator("#source-attachment-region")
    expect(outline).to_be_visible()
    page.wait_for_function("document.getElementById('source-attachment-image').complete && document.getElementById('source-attachment-image').naturalWidth > 0")
    image_box = page.locator("#source-attachment-image").bounding_box()
    outline_box = outline.bounding_box()
    assert image_box and outline_box
    # The totals of the invoice: right half, a little below the middle of the page.
    top = (outline_box["y"] - image_box["y"]) / image_box["height"]
    left = (outline_box["x"] - image_box["x"]) / image_box["width"]
    assert 0.42 < top < 0.5 and 0.4 < left < 0.6, (top, left)
    page.screenshot(path=str(ARTIFACTS / "chat-attachment.png"), full_page=False)

    # The picture is alice's alone: adam (same organization) and bob get a 404.
    url = f"{base}/o/org-a/chat/attachments/{attachment_id}/"
    response = context.request.get(url)
    assert response.status == 200 and response.headers["content-type"] == "image/png"
    for outsider, slug in (("adam", "org-a"), ("bob", "org-b")):
        other_context, _ = log_in(browser, base, outsider)
        assert other_context.request.get(f"{base}/o/{slug}/chat/attachments/{attachment_id}/").status == 404
        other_context.close()
    context.close()
