"""Pages attached to a question: checked by content, their owner's alone, never indexed, read
into passages with regions beside the organization's documents; `ask --attach`, evaluate's
"attach" items, and the vision model behind VLM_URL (a stand-in server here)."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.http import Http404

from appliance import components, index
from appliance.tenancy.selectors import actor_get
from bench.images_make import _finish, invoice
from ingestion.models import Document
from rag.answering import prepare
from rag.attachments import (
    ATTACHMENT_MAX_BYTES,
    ATTACHMENT_TITLE,
    attachment_create,
    attachment_get,
    attachment_read,
    cite_regions,
    passages_for_question,
    stored_passages,
)
from rag.retrieval import search
from tests.conftest import World
from tests.ingest_helpers import ingest_bytes

EXPENSE_RULES = "# 経費規程\n\n物品購入の上限は1件あたり500,000円とし、これを超える請求書は部長の承認を要する。"
ITEMS = [("ノートパソコン", 2, 148000), ("液晶モニター", 3, 32500), ("設定作業費", 1, 45000)]
TOTAL = "482,350"


def invoice_png(**finish: Any) -> bytes:
    page, _ = invoice(number="INV-2026-0412", customer="株式会社さくら商事", issuer="青空システム株式会社", issued="2026年4月12日",
                      due="2026年5月31日", items=ITEMS)
    data, _ = _finish(page, **finish)
    return data


@pytest.fixture(scope="module")
def invoice_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("attach") / "invoice.png"
    path.write_bytes(invoice_png())
    return path


@pytest.fixture
def rules(world: World) -> Document:
    components.vector_store().drop_collection(index.collection_name())
    return ingest_bytes(world.org_a, "経費規程.md", EXPENSE_RULES.encode())


# ---------------------------------------------------------------------------- validation


def test_it_refuses_an_empty_file() -> None:
    with pytest.raises(ValidationError, match="空のファイル"):
        attachment_read(data=b"")


def test_it_refuses_a_file_over_the_size_limit_before_reading_it() -> None:
    with pytest.raises(ValidationError, match="MB まで"):
        attachment_read(data=b"\x89PNG\r\n\x1a\n" + b"\0" * ATTACHMENT_MAX_BYTES)


def test_it_judges_the_type_by_content_not_by_name() -> None:
    with pytest.raises(ValidationError, match="PNG・JPEG・WebP"):
        attachment_read(data="合計金額 ¥1,000".encode())  # whatever the file was called
    with pytest.raises(ValidationError, match="画像ファイルが壊れています"):
        attachment_read(data=b"\x89PNG\r\n\x1a\n" + b"not really a png")


def test_it_reads_a_webp_and_a_pdf_page(tmp_path: Path) -> None:
    from PIL import Image

    image = Image.open(io.BytesIO(invoice_png()))
    webp, pdf = io.BytesIO(), io.BytesIO()
    image.save(webp, format="WEBP", quality=90)
    image.convert("RGB").save(pdf, format="PDF", resolution=200.0)
    for data, mime_type in ((webp.getvalue(), "image/webp"), (pdf.getvalue(), "application/pdf")):
        read_type, layout = attachment_read(data=data)
        assert read_type == mime_type
        assert TOTAL in layout.text()


# ---------------------------------------------------------------------------- ownership


def test_an_attachment_is_its_owners_alone_and_never_indexed(world: World, rules: Document) -> None:
    alice = actor_get(user=world.alice, organization=world.org_a)
    adam = actor_get(user=world.adam, organization=world.org_a)
    bob = actor_get(user=world.bob, organization=world.org_b)
    documents_before = Document.objects.count()
    attachment = attachment_create(actor=alice, filename="../請求書.png", data=invoice_png())
    assert attachment.filename == ".._請求書.png"
    assert attachment_get(attachment_id=attachment.pk, fetched_by=alice) == attachment
    for outsider in (adam, bob):  # another person of the same organization, another organization
        with pytest.raises(Http404):
            attachment_get(attachment_id=attachment.pk, fetched_by=outsider)
    with pytest.raises(Http404):
        attachment_get(attachment_id="not-a-uuid", fetched_by=alice)
    assert Document.objects.count() == documents_before
    found = search(actor=adam, query="合計金額（税込）ノートパソコン", k=5).passages
    assert all(TOTAL not in passage.text for passage in found)


def test_the_attachment_answers_beside_the_organizations_documents(world: World, rules: Document) -> None:
    alice = actor_get(user=world.alice, organization=world.org_a)
    attachment = attachment_create(actor=alice, filename="invoice.png", data=invoice_png())
    passages = stored_passages(attachment)
    prepared = prepare(actor=alice, question="この請求書は経費規程の上限内ですか？", attachments=passages)
    titles = {passage.title for passage in prepared.passages}
    assert ATTACHMENT_TITLE in titles and "経費規程" in titles
    total = next(passage for passage in passages if TOTAL in passage.text)
    assert "請求書" in total.heading_path  # 「この請求書」 is about the attachment's lines
    left, top, right, bottom = total.region
    assert 0 <= left < right <= 1 and 0 <= top < bottom <= 1


def test_a_question_naming_a_field_is_asked_of_that_field_and_the_tables(world: World) -> None:
    alice = actor_get(user=world.alice, organization=world.org_a)
    passages = stored_passages(attachment_create(actor=alice, filename="invoice.png", data=invoice_png()))
    asked_of = passages_for_question("請求書の小計はいくらですか？", passages)
    assert [passage.key for passage in asked_of if passage.key] == ["小計"]
    assert any(passage.text.startswith("| 品名 |") for passage in asked_of)  # the 明細 stays
    assert not any("請求番号" in passage.text for passage in asked_of)
    # A question that names no field of the page is asked of all of it.
    assert passages_for_question("この請求書は経費規程の上限内ですか？", passages) == passages


def test_citations_of_an_attachment_carry_its_region(world: World) -> None:
    alice = actor_get(user=world.alice, organization=world.org_a)
    attachment = attachment_create(actor=alice, filename="invoice.png", data=invoice_png())
    passages = stored_passages(attachment)
    total = next(passage for passage in passages if TOTAL in passage.text)
    other = {"n": 2, "document_id": "doc-1", "title": "経費規程", "filename": "経費規程.md", "page": None, "text": "…"}
    answer = {"citations": [{"n": 1, "document_id": total.document_id, "title": ATTACHMENT_TITLE, "text": total.text}, dict(other)]}
    cited = cite_regions(answer, passages)["citations"]
    assert cited[0]["attachment"] == str(attachment.pk)
    assert cited[0]["region"] == list(total.region)
    assert cited[1] == other  # a document's citation is left as it was


# ---------------------------------------------------------------------------- the commands


def ask_command(*args: str) -> dict:
    out = io.StringIO()
    call_command("ask", *args, "--json", stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.slow
def test_ask_attach_answers_from_the_image_with_its_region(world: World, rules: Document, invoice_file: Path, model: None) -> None:
    result = ask_command("--org", "org-a", "--user", "alice", "--attach", str(invoice_file), "合計金額（税込）はいくらですか？")
    assert TOTAL in result["answer"]
    assert not result["refused"]
    [citation] = [citation for citation in result["citations"] if citation["title"] == ATTACHMENT_TITLE]
    assert citation["attachment"] == "invoice.png"
    assert TOTAL in citation["text"]
    left, top, right, bottom = citation["region"]
    assert 0.4 < top < bottom < 0.55  # the totals, under the table of the invoice


def test_ask_attach_refuses_a_file_that_is_no_page(world: World, tmp_path: Path, no_model: None) -> None:
    from django.core.management.base import CommandError

    text = tmp_path / "notes.png"
    text.write_text("これは画像ではありません", encoding="utf-8")
    with pytest.raises(CommandError, match="PNG・JPEG・WebP"):
        ask_command("--org", "org-a", "--attach", str(text), "合計は？")


@pytest.mark.slow
def test_evaluate_asks_items_with_their_attachment(world: World, rules: Document, invoice_file: Path, model: None, tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "invoice.png").write_bytes(invoice_file.read_bytes())
    (tmp_path / "set").mkdir()
    qa = tmp_path / "set" / "qa.jsonl"
    relative = "../images/invoice.png"  # relative to the QA file
    items = [
        {"id": "total", "q": "合計金額（税込）はいくらですか？", "any": [TOTAL], "attach": relative},
        {"id": "due", "q": "支払期限はいつですか？", "any": ["2026年5月31日"], "attach": relative},
    ]
    qa.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8")
    out = io.StringIO()
    call_command("evaluate", "--org", "org-a", "--qa", str(qa), "--answers", "--json", stdout=out)
    report = json.loads(out.getvalue())
    assert set(report) == {"k", "questions", "recall_at_k", "answer_accuracy"}
    assert report["recall_at_k"] == 1.0  # found in the attachment's passages
    assert [entry["answer_hit"] for entry in report["questions"]] == [True, True]


# ---------------------------------------------------------------------------- the vision model


class _StandInVisionModel(BaseHTTPRequestHandler):
    """What vLLM's /v1/chat/completions answers, for a model that reads the picture."""

    requests: list[dict[str, Any]] = []
    reading = "グラフは2026年度の売上が前年比12%増であることを示している。"

    def do_POST(self) -> None:  # noqa: N802 - the http.server API
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append({"path": self.path, "authorization": self.headers.get("Authorization"), "body": body})
        reply = json.dumps({"choices": [{"index": 0, "message": {"role": "assistant", "content": self.reading}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def vision_server(settings) -> Iterator[type[_StandInVisionModel]]:
    _StandInVisionModel.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _StandInVisionModel)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.VLM_URL = f"http://127.0.0.1:{server.server_address[1]}/v1"
    settings.VLM_MODEL = "qwen2.5-vl-7b"
    settings.VLM_API_KEY = "vision-token"
    try:
        yield _StandInVisionModel
    finally:
        server.shutdown()
        server.server_close()


def test_with_a_vision_model_the_picture_goes_to_it_with_the_ocr_text(world: World, vision_server: type[_StandInVisionModel]) -> None:
    alice = actor_get(user=world.alice, organization=world.org_a)
    attachment = attachment_create(actor=alice, filename="invoice.png", data=invoice_png())
    [request] = vision_server.requests
    assert request["path"] == "/v1/chat/completions"
    assert request["authorization"] == "Bearer vision-token"
    assert request["body"]["model"] == "qwen2.5-vl-7b"
    [image, text] = request["body"]["messages"][0]["content"]
    assert image["type"] == "image_url" and image["image_url"]["url"].startswith("data:image/png;base64,")
    assert text["type"] == "text" and TOTAL in text["text"]  # the OCR reading beside the picture
    passages = stored_passages(attachment)
    [reading] = [passage for passage in passages if passage.text == vision_server.reading]
    assert reading.title == ATTACHMENT_TITLE and reading.region == (0.0, 0.0, 1.0, 1.0)


def test_without_a_vision_model_nothing_is_asked(world: World, settings) -> None:
    settings.VLM_URL = ""
    alice = actor_get(user=world.alice, organization=world.org_a)
    attachment = attachment_create(actor=alice, filename="invoice.png", data=invoice_png())
    assert attachment.layout["vision"] == ""


def test_a_failing_vision_model_leaves_the_ocr_passages(world: World, settings) -> None:
    from tests.llm_server import free_port

    settings.VLM_URL = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there
    alice = actor_get(user=world.alice, organization=world.org_a)
    passages = stored_passages(attachment_create(actor=alice, filename="invoice.png", data=invoice_png()))
    assert any(TOTAL in passage.text for passage in passages)


# ---------------------------------------------------------------------------- over HTTP


def _csrf_post(client: Any, url: str, data: dict[str, Any]) -> Any:
    if "csrftoken" not in client.cookies:  # any page with a form sets it
        client.get("/", follow=True)
    return client.post(url, data, HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value)


def test_the_chat_upload_reads_the_page_and_only_its_owner_sees_it(world: World, client_for) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    alice = client_for(world.alice)
    upload = SimpleUploadedFile("invoice.png", invoice_png(), content_type="image/png")
    response = _csrf_post(alice, "/o/org-a/chat/attachments/", {"file": upload})
    assert response.status_code == 200, response.content
    reply = response.json()
    assert reply["filename"] == "invoice.png" and reply["mime_type"] == "image/png"
    picture = alice.get(reply["url"])
    assert picture.status_code == 200 and picture["Content-Type"] == "image/png"
    assert picture["X-Content-Type-Options"] == "nosniff"
    assert picture.content.startswith(b"\x89PNG")
    for outsider, slug in ((world.adam, "org-a"), (world.bob, "org-b")):
        assert client_for(outsider).get(f"/o/{slug}/chat/attachments/{reply['id']}/").status_code == 404
    assert client_for(None).get(reply["url"]).status_code == 302  # to the login page
    # Asking with someone else's attachment is a 404 too.
    bob = client_for(world.bob)
    assert _csrf_post(bob, "/o/org-b/chat/ask/", {"question": "合計は？", "attachment": reply["id"]}).status_code == 404


def test_the_chat_upload_refuses_what_is_not_a_page_and_needs_the_csrf_token(world: World, client_for) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    alice = client_for(world.alice)
    fake = SimpleUploadedFile("invoice.png", "合計 ¥1,000".encode(), content_type="image/png")
    response = _csrf_post(alice, "/o/org-a/chat/attachments/", {"file": fake})
    assert response.status_code == 400 and "PNG・JPEG・WebP" in response.json()["error"]
    assert _csrf_post(alice, "/o/org-a/chat/attachments/", {}).status_code == 400
    upload = SimpleUploadedFile("invoice.png", invoice_png(), content_type="image/png")
    assert alice.post("/o/org-a/chat/attachments/", {"file": upload}).status_code == 403
