"""In a real headless Chromium: an answer given by a specialist says so under it
(「担当: 経理アシスタント」), while it streams in and when the conversation is reopened, with a
name full of markup shown as text; on a phone's width too. And the admin trains a specialist
from an FAQ sheet already among the organization's documents: picks it, reads its columns,
starts the job.

The answer comes from the real llama.cpp server with the packaged model (tests/llm_server.py).
The specialists here have no adapter: the base model writes the words, the route names the
specialist (what is shown is the route's business; serving an adapter is
tests/test_specialists_serving.py's). Screenshots go to SHOTS, to be looked at."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingestion.services import document_submit
from specialists.models import Specialist, TrainingJob
from tests.conftest import World
from tests.ingest_helpers import ingest_bytes
from tests.llm_server import RunningLLMServer
from tests.test_browser import CHROMIUM, browser, ingestion_in_threads, log_in, real_llm  # noqa: F401

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]

SHOTS = Path("/tmp/shots")
FAQ = Path(__file__).resolve().parent.parent / "bench" / "data" / "総務FAQ.csv"
ACCOUNTING = ["経費精算の締め日は？", "出張の日当はいくら？", "領収書をなくしたら？", "交通費の申請方法は？", "立替金の振込日は？"]
EVENTS = ["社内運動会はいつですか？", "忘年会の会場はどこ？", "社員旅行の行き先は？", "部活動の補助はある？", "創立記念日は何日？"]
MARKUP_NAME = '行事<img src=x onerror="window.__xss=1">係'
PHONE = {"width": 390, "height": 844}


def ask(page, question: str, answers: int):
    from playwright.sync_api import expect

    page.fill("#question", question)
    page.keyboard.press("Enter")
    finished = page.locator("article.message-assistant[data-message-id], article.message-assistant .error")
    expect(finished).to_have_count(answers, timeout=300_000)
    assert page.locator("article.message-assistant .error").count() == 0, finished.last.inner_text()
    return page.locator("article.message-assistant").nth(answers - 1)


def fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_an_answer_names_the_specialist_that_gave_it(
    world: World, live_server, browser, ingestion_in_threads: None, real_llm: RunningLLMServer  # noqa: F811
) -> None:
    from playwright.sync_api import expect

    SHOTS.mkdir(exist_ok=True)
    ingest_bytes(world.org_a, "経費規程.md", "# 経費規程\n\n経費精算の締め日は毎月25日です。領収書の原本は経理部に提出します。".encode())
    Specialist.objects.create(organization=world.org_a, name="経理アシスタント", description="経費精算", examples=ACCOUNTING, created_by=world.adam)
    Specialist.objects.create(organization=world.org_a, name=MARKUP_NAME, examples=EVENTS, created_by=world.adam)
    context, page = log_in(browser, live_server.url, "alice")

    first = ask(page, "経費精算の締め日は？", 1)
    expect(first.locator(".answered-by")).to_have_text("担当: 経理アシスタント")
    page.screenshot(path=str(SHOTS / "chat-specialist-desktop.png"), full_page=False)
    second = ask(page, "社内運動会はいつですか？", 2)
    expect(second.locator(".answered-by")).to_have_text(f"担当: {MARKUP_NAME}")
    assert second.locator(".answered-by img").count() == 0 and page.evaluate("window.__xss") is None

    # Reopened from history: the same lines, rendered by the server.
    page.reload()
    expect(page.locator("article.message-assistant .answered-by")).to_have_text(["担当: 経理アシスタント", f"担当: {MARKUP_NAME}"])
    assert page.evaluate("window.__xss") is None
    page.set_viewport_size(PHONE)
    page.locator("article.message-assistant").first.scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "chat-specialist-390.png"), full_page=False)
    assert fits(page), "the thread is wider than a phone"
    context.close()


def test_an_admin_trains_a_specialist_from_an_faq_sheet_in_the_library(world: World, live_server, browser) -> None:  # noqa: F811
    from playwright.sync_api import expect

    SHOTS.mkdir(exist_ok=True)
    data = FAQ.read_bytes()
    document_submit(organization=world.org_a, uploaded_by=None, filename="総務FAQ.csv", data=data, size=len(data), enqueue=False)
    context, page = log_in(browser, live_server.url, "adam")
    page.goto(f"{live_server.url}/o/org-a/manage/specialists/")
    page.select_option("#train-document", label="総務FAQ（総務FAQ.csv）")
    page.get_by_role("button", name="列を読み込む").click()
    expect(page.locator("#document-train-question")).to_have_value("質問")
    expect(page.locator("#document-train-answer")).to_have_value("回答")
    assert page.locator("#document-train-question option").all_inner_texts() == ["質問", "回答", "要点"]
    page.fill("#document-train-name", "総務アシスタント")
    page.locator("#document-train-name").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "specialists-faq-desktop.png"), full_page=False)
    page.set_viewport_size(PHONE)
    page.locator("#document-train-question").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "specialists-faq-390.png"), full_page=False)
    page.get_by_role("button", name="この文書で学習を開始").click()
    expect(page.locator("article.training-job").first).to_contain_text("総務アシスタント")
    job = TrainingJob.objects.get()
    assert (job.question_column, job.answer_column, job.status) == ("質問", "回答", "queued")
    context.close()
