"""Two people ask at once in Chromium while the model is busy: neither is turned away, each page
says where its question stands (順番待ち（n 人目） → 回答を作成しています), and both answers
stream in. The model's one turn is held by the test at first (a colleague's long answer), so
that who waits is certain rather than a race with the model's speed."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from appliance import components, index
from tests.conftest import World
from tests.ingest_helpers import ingest_bytes
from tests.llm_server import RunningLLMServer
from tests.test_browser import ARTIFACTS, browser, log_in, pytestmark, real_llm  # noqa: F401

RULES = "# 休暇規程\n\n年次有給休暇は、取得する日の3営業日前までに所属長へ申請しなければならない。"
TRAVEL = "# 出張規程\n\n国内出張の日当は1日3,000円とする。出張の申請は出発の5営業日前までに行う。"

# Records, per page, the stage labels shown and whether answer text streamed in several pieces.
WATCH = """() => {
    window.__stages = []; window.__paints = [];
    new MutationObserver(() => {
        const stage = document.querySelector("article.streaming .thinking");
        if (stage && window.__stages[window.__stages.length - 1] !== stage.textContent) window.__stages.push(stage.textContent);
        const answer = document.querySelector("article.streaming .bubble");
        if (answer && !answer.querySelector(".thinking")) window.__paints.push(answer.textContent.length);
    }).observe(document.getElementById("thread"), {subtree: true, childList: true, characterData: true});
}"""


def test_two_people_asking_at_once_both_wait_their_turn_and_get_streamed_answers(
    world: World, live_server, browser, real_llm: RunningLLMServer  # noqa: F811
) -> None:
    components.vector_store().drop_collection(index.collection_name())
    assert ingest_bytes(world.org_a, "休暇規程.md", RULES.encode()).status == "indexed"
    assert ingest_bytes(world.org_b, "出張規程.md", TRAVEL.encode()).status == "indexed"
    turns = components.llm().turns
    colleague = turns.enter("org-c")
    assert turns.poll(colleague, lease=600) == 0  # the model is busy with someone else's answer
    try:
        alice_context, alice = log_in(browser, live_server.url, "alice")
        bob_context, bob = log_in(browser, live_server.url, "bob")
        for page in (alice, bob):
            page.evaluate(WATCH)
        alice.fill("#question", "有給休暇の申請期限は？")
        bob.fill("#question", "出張の申請は何日前までですか？")
        # One after the other into the line: on a loaded machine the second search can finish first.
        alice.keyboard.press("Enter")
        expect(alice.locator("article.streaming .thinking")).to_have_text("順番待ち（1 人目）", timeout=60_000)
        bob.keyboard.press("Enter")
        expect(bob.locator("article.streaming .thinking")).to_have_text("順番待ち（2 人目）", timeout=60_000)
        bob.screenshot(path=str(ARTIFACTS / "chat-queued.png"))
        turns.leave(colleague)
        # Alice's turn comes first; Bob moves up to the front while her answer streams.
        expect(bob.locator("article.streaming .thinking")).to_have_text("順番待ち（1 人目）", timeout=120_000)
        for page in (alice, bob):
            expect(page.locator("article.message-assistant[data-message-id]")).to_have_count(1, timeout=240_000)
            assert page.locator("article.message-assistant .error").count() == 0
            assert page.locator("article.message-assistant .bubble").inner_text().strip()
            paints = page.evaluate("window.__paints")
            assert len({n for n in paints if n > 0}) >= 2, f"the answer did not stream: {paints}"
            expect(page.locator("#question")).to_have_value("")  # answered: the composer is cleared
        bob.screenshot(path=str(ARTIFACTS / "chat-queued-answered.png"))
        # 検索中 → 順番待ち → 回答を作成中, never the search label while waiting for the model.
        assert alice.evaluate("window.__stages") == ["資料を検索しています…", "順番待ち（1 人目）", "回答を作成しています…"]
        assert bob.evaluate("window.__stages") == ["資料を検索しています…", "順番待ち（2 人目）", "順番待ち（1 人目）", "回答を作成しています…"]
        assert re.search("3|三", alice.locator("article.message-assistant .bubble").inner_text())
        alice_context.close()
        bob_context.close()
    finally:
        turns.leave(colleague)  # a failed run must not hold the model for the tests after it


def test_a_question_that_fails_keeps_its_text_and_offers_a_retry(world: World, live_server, browser, no_model: None) -> None:  # noqa: F811
    """The model cannot be reached: the question stays on the page with the error and a 再試行
    button, the composer still holds the text, and after a reload the failure is still there."""
    components.vector_store().drop_collection(index.collection_name())
    assert ingest_bytes(world.org_a, "休暇規程.md", RULES.encode()).status == "indexed"
    context, page = log_in(browser, live_server.url, "alice")
    page.fill("#question", "有給休暇の申請期限は？")
    page.keyboard.press("Enter")
    answer = page.locator("article.message-assistant")
    expect(answer.locator(".error")).to_contain_text("言語モデルに接続できません", timeout=120_000)
    expect(answer.locator("button.retry")).to_have_text("再試行")
    expect(page.locator("#question")).to_have_value("有給休暇の申請期限は？")
    page.screenshot(path=str(ARTIFACTS / "chat-failed-retry.png"))
    page.reload()
    expect(page.locator("article.message-assistant .error")).to_contain_text("言語モデルに接続できません")
    retry = page.locator("article.message-assistant button.retry")
    expect(retry).to_have_attribute("data-question", "有給休暇の申請期限は？")
    retry.click()  # asked again in the same conversation: fails again, and says so again
    expect(page.locator("article.message-assistant .error")).to_have_count(2, timeout=120_000)
    context.close()
