"""Where a citation points in a document that has no pages: the section of a Word, Markdown or
HTML file, the slide of a presentation, the sheet of a workbook; and the HTML preview that opens
there. Real files through the real pipeline; personas alice (org A, sales), adam, bob (org B)."""

from __future__ import annotations

import pytest
from django.test import Client

from appliance import components, index
from appliance.tenancy.selectors import actor_get
from ingestion.models import Chunk, Document
from rag.citations import map_citations
from rag.retrieval import search
from tests.conftest import World
from tests.filemakers import make_docx, make_pptx, make_xlsx
from tests.ingest_helpers import ingest_bytes

MARKDOWN = """# 情報セキュリティ方針

## パスワード
パスワードは12文字以上とする。

## 社外へのデータ持ち出し
顧客データをUSBメモリで社外に持ち出すことは禁止する。
"""


@pytest.fixture
def files(world: World) -> dict[str, Document]:
    components.vector_store().drop_collection(index.collection_name())
    made = {
        "docx": ingest_bytes(world.org_a, "経費精算マニュアル.docx", make_docx([
            ("heading1", "経費精算マニュアル"), ("heading2", "申請期限"), ("paragraph", "経費は発生した月の翌月10日までに申請する。"),
            ("heading2", "領収書"), ("paragraph", "領収書の原本は経理部に提出する。"),
        ])),
        "pptx": ingest_bytes(world.org_a, "新製品説明会.pptx", make_pptx([
            ("新製品の概要", "ミライノートは軽量のノートパソコンです。", ""),
            ("仕様", "ミライノートの重さは980グラムです。", "重さを強調する"),
        ])),
        "xlsx": ingest_bytes(world.org_a, "出張旅費規程.xlsx", make_xlsx({
            "国内出張": [["区分", "宿泊費上限"], ["一般社員", "10,000円"]],
            "海外出張": [["区分", "日当"], ["一般社員", "5,000円"]],
        })),
        "md": ingest_bytes(world.org_a, "情報セキュリティ方針.md", MARKDOWN.encode()),
        "html": ingest_bytes(world.org_a, "社内FAQ.html", (
            "<html><head><title>社内FAQ</title></head><body><h1>社内FAQ</h1><h2>社員証</h2>"
            "<p>社員証をなくしたときは総務部に届け出てください。再発行の手数料は1,000円です。</p>"
            "<h2>駐車場</h2><p>来客用の駐車場は本社ビルの地下2階にあります。</p></body></html>"
        ).encode()),
        "legal": ingest_bytes(world.org_a, "契約.md", "# 契約\n\n## 秘密保持\n秘密保持の期間は5年とする。".encode(), groups=[world.legal_a]),
    }
    for name, document in made.items():
        assert document.status == "indexed", (name, document.error)
    return made


def _cite(world: World, document: Document, question: str) -> dict:
    actor = actor_get(user=world.adam, organization=world.org_a)
    passages = [p for p in search(actor=actor, query=question).passages if p.document_id == str(document.pk)]
    assert passages, question
    return map_citations("答えです [1]。", passages[:1])[0].as_json()


def test_citations_carry_the_section_the_slide_or_the_sheet(world: World, files: dict[str, Document]) -> None:
    docx = _cite(world, files["docx"], "経費の申請期限はいつですか")
    assert docx["headings"][-1] == "申請期限" and docx["page"] is None and docx["order"] is not None
    slide = _cite(world, files["pptx"], "ミライノートの重さは？")
    assert slide["page"] == 2 and slide["headings"] == ["仕様"]
    sheet = _cite(world, files["xlsx"], "海外出張の日当はいくら？")
    assert sheet["headings"] == ["海外出張"]
    markdown = _cite(world, files["md"], "USBメモリで顧客データを持ち出せますか")
    assert markdown["headings"][-1] == "社外へのデータ持ち出し"
    html = _cite(world, files["html"], "社員証の再発行の手数料は？")
    assert html["headings"][-1] == "社員証" and html["page"] is None


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_preview_opens_at_the_cited_passage_and_shows_the_documents_markup_as_text(world: World, files: dict[str, Document]) -> None:
    document = files["md"]
    cited = Chunk.objects.get(document=document, generation=document.generation, text__contains="USB")
    response = _client(world.alice).get(f"/o/org-a/documents/{document.pk}/preview/?at={cited.order}", HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 200
    body = response.content.decode()
    assert '<mark id="cited" class="preview-block cited">' in body
    mark = body[body.index('<mark id="cited"'):body.index("</mark>")]
    assert "USBメモリ" in mark and "12文字" not in mark
    assert "<h3>社外へのデータ持ち出し</h3>" in body and "<h3>パスワード</h3>" in body
    policy = response["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert response["X-Content-Type-Options"] == "nosniff"


def test_markup_in_a_documents_text_is_shown_as_text(world: World, files: dict[str, Document]) -> None:
    text = ingest_bytes(world.org_a, "メモ.txt", '注意事項 <script>window.__xss = 1</script><img src=x onerror="alert(1)">'.encode())
    assert text.status == "indexed"
    body = _client(world.alice).get(f"/o/org-a/documents/{text.pk}/preview/").content.decode()
    assert "<script>window.__xss" not in body and "<img src=x" not in body
    assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in body


def test_the_preview_shows_each_sentence_once_where_chunks_overlap(world: World, files: dict[str, Document]) -> None:
    sentences = [f"第{n}項の規定では、申請は所定の様式で{n}日以内に行うものとする。" for n in range(1, 120)]
    long = ingest_bytes(world.org_a, "長い規程.md", ("# 長い規程\n\n" + "".join(sentences)).encode())
    assert long.status == "indexed" and long.chunk_count > 1
    body = _client(world.alice).get(f"/o/org-a/documents/{long.pk}/preview/").content.decode()
    for sentence in sentences:
        assert body.count(sentence) == 1, sentence


def test_the_preview_is_for_those_who_may_see_the_document(world: World, files: dict[str, Document]) -> None:
    legal = files["legal"]
    assert _client(world.adam).get(f"/o/org-a/documents/{legal.pk}/preview/").status_code == 200
    assert _client(world.alice).get(f"/o/org-a/documents/{legal.pk}/preview/").status_code == 404
    bob = _client(world.bob)
    for document in files.values():
        assert bob.get(f"/o/org-a/documents/{document.pk}/preview/").status_code == 404
        assert bob.get(f"/o/org-b/documents/{document.pk}/preview/").status_code == 404
