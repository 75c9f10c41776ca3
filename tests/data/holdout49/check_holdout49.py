"""Check the forty-ninth holdout corpus (tests/data/holdout49/README.md): that the generator writes
the same bytes again, that every document parses, that each question's answer is in it, and that
the values the unanswerable questions ask for are not.

* The generator is run again into a temporary directory (`--out`); every document and every
  question set must be byte-for-byte the same as the ones committed.
* The five documents are read with ordinary libraries (python-docx, pypdfium2, openpyxl with the
  number formats applied, the standard library's email package and html.parser), so that this part
  depends on nothing the corpus is meant to measure. Every answerable question's first `any` form
  (the one the document writes) must be literally in that text; none of the strings that would
  carry an unanswerable question's value (ABSENT in the generator) may be there; the sets hold
  the ids and counts the README gives; and the documents have the structure they are meant to
  have (the PDF's sales table crosses from page 1 to page 2 inside the 緑ヶ丘店 group with both
  header rows on both pages; the Word rules have Heading 1 articles 第1条〜第12条, the 改定後/改定前
  table, the band table and three 附則; the workbook has the merged two-row header, 合計, 月平均 and
  注記, and a 千円 sheet with 「－」; the e-mail is a single base64 UTF-8 text part with encoded
  headers; the page has h1/h2, a table with thead/tbody, lists and a definition list).
* The appliance's own parser, through `corpus_tools.check_corpus`: every answerable question must
  have one of its `any` forms in the parsed text (a form other than the first is noted, not failed).

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout49/check_holdout49.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from email import message_from_bytes, policy
from html.parser import HTMLParser
from pathlib import Path

sys.dont_write_bytecode = True  # importing the generator must leave no __pycache__ in the corpus
HERE = Path(__file__).resolve().parent
DATA = HERE.parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import make_holdout49 as generator  # noqa: E402  (loads only corpus_tools; format libraries are imported lazily)

SETS = list(generator.QUESTION_SETS)
DOCUMENT_SUFFIXES = {".pdf", ".docx", ".xlsx", ".eml", ".html"}
EXPECTED = {
    "holdout49_qa.jsonl": ("h49-", 24),
    "holdout49_unanswerable_qa.jsonl": ("h49-un-", 12),
    "holdout49_english_qa.jsonl": ("h49-en-", 10),
    "holdout49_followup_qa.jsonl": ("h49-fu-", 8),
}

failures = 0


def fail(message: str) -> None:
    global failures
    failures += 1
    print(f"  {message}")


# ---------------------------------------------------------------------------------------------
# Readers.

def _xlsx_value(value: object, number_format: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    if number_format == "#,##0":
        return f"{value:,.0f}"
    if number_format == "#,##0.0":
        return f"{value:,.1f}"
    return str(value)


def read_docx(path: Path) -> str:
    from docx import Document
    from docx.table import Table

    document = Document(str(path))
    lines = [document.core_properties.title or ""]
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(node.text or "" for node in child.iter() if node.tag.endswith("}t")))
        elif tag == "tbl":
            for row in Table(child, document).rows:
                lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def pdf_pages(path: Path) -> list[str]:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            text_page = page.get_textpage()
            pages.append(text_page.get_text_range())
            text_page.close()
            page.close()
        return pages
    finally:
        document.close()


def read_xlsx(path: Path) -> str:
    from openpyxl import load_workbook

    workbook = load_workbook(str(path))
    lines = []
    for sheet in workbook.worksheets:
        lines.append(f"[{sheet.title}]")
        for row in sheet.iter_rows():
            values = [_xlsx_value(cell.value, cell.number_format) for cell in row]
            if any(values):
                lines.append(" | ".join(values))
    return "\n".join(lines)


def mail_text(path: Path) -> str:
    message = message_from_bytes(path.read_bytes(), policy=policy.default)
    body = message.get_body(preferencelist=("plain",))
    return "\n".join([str(message["Subject"]), str(message["From"]), str(message["Date"]),
                      body.get_content() if body is not None else ""])


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.parts.append(data.strip())


def read_html(path: Path) -> tuple[str, list[str]]:
    parser = _Text()
    parser.feed(path.read_bytes().decode("utf-8"))
    return "\n".join(parser.parts), parser.tags


# ---------------------------------------------------------------------------------------------
# Checks.

def check_deterministic() -> None:
    with tempfile.TemporaryDirectory() as temporary:
        out = Path(temporary)
        subprocess.run([sys.executable, str(HERE / "make_holdout49.py"), "--out", str(out)], check=True,
                       capture_output=True)
        for filename, _ in generator.DOCUMENTS:
            if (out / filename).read_bytes() != (HERE / filename).read_bytes():
                fail(f"NOT DETERMINISTIC: {filename} differs when generated again")
        for filename in SETS:
            if (out / filename).read_bytes() != (DATA / filename).read_bytes():
                fail(f"NOT DETERMINISTIC: {filename} differs when generated again")
    print("regenerated: same bytes" if failures == 0 else "regenerated: differences")


def check_pdf(path: Path) -> None:
    pages = pdf_pages(path)
    if len(pages) < 2:
        fail(f"the PDF has {len(pages)} pages")
        return
    first, second = pages[0], pages[1]
    for label in ("販売件数（件）", "売上高（千円）"):
        if label not in first or label not in second:
            fail(f"PDF: the first header row ({label}) is not on both pages")
    row2 = "2025年度 2026年度 2025年度 2026年度"
    if row2 not in first or row2 not in second:
        fail("PDF: the second header row (years under each measure) is not on both pages")
    shop = generator.SPLIT_SHOP
    values = generator.SALES[shop][generator.GROUPS.index(generator.SPLIT_GROUP)]
    split_row = " ".join([generator.SPLIT_GROUP] + [generator._cell(value) for value in values])
    subtotal = " ".join(["小計"] + [generator._n(value) for value in generator.SHOP_SUBTOTALS[shop]])
    total = " ".join(["合計"] + [generator._n(value) for value in generator.GRAND_TOTAL])
    if f"{shop} 単焦点眼鏡" not in first:
        fail(f"PDF: the {shop} group does not start on page 1")
    if split_row not in second or split_row in first:
        fail(f"PDF: the {shop} {generator.SPLIT_GROUP} row is not on page 2 ({split_row!r})")
    if subtotal not in second or subtotal in first:
        fail(f"PDF: the {shop} 小計 is not on page 2")
    if total not in second or total in first:
        fail("PDF: the 合計 row is not on page 2 only")
    if f"{shop} " in second:
        fail(f"PDF: the shop name {shop} is repeated on page 2 (it is written only on the group's first row)")
    text = "\n".join(pages)
    if "－" not in text:
        fail("PDF: no 「－」 cell")
    for band in ("3名以上5名未満", "5名以上10名未満", "10名以上", "以上", "未満", "計算例"):
        if band not in text:
            fail(f"PDF: the band table or its rule lacks {band!r}")


def check_docx(path: Path) -> None:
    from docx import Document

    document = Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    articles = [text for text in headings if text.startswith("第") and "条" in text]
    expected = [f"第{number}条" for number in range(1, 13)]
    if [text.split("（")[0] for text in articles] != expected:
        fail(f"DOCX: Heading 1 articles are {articles}, not 第1条〜第12条")
    supplementary = [p.text for p in document.paragraphs if p.style.name.startswith("Heading") and "附" in p.text]
    if len(supplementary) < 2:
        fail(f"DOCX: {len(supplementary)} 附則 headings")
    text = read_docx(path)
    for needed in ("平成30年", "令和5年", "令和9年", "2027年", "なお従前の例による"):
        if needed not in text:
            fail(f"DOCX: {needed!r} missing")
    tables = document.tables
    fees = [table for table in tables if [cell.text for cell in table.rows[0].cells][2:] == ["改定後（税込）", "改定前（税込）"]]
    bands = [table for table in tables if table.cell(0, 0).text == "お渡し日からの日数"]
    if len(fees) != 1:
        fail("DOCX: no table of 改定後 beside 改定前")
    if len(bands) != 1 or len(bands[0].rows) != 5 or "以上" not in bands[0].cell(2, 0).text:
        fail("DOCX: no band table by days")


def check_xlsx(path: Path) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(str(path))
    sheet, costs = workbook.worksheets[0], workbook.worksheets[1]
    merged = {str(ranges) for ranges in sheet.merged_cells.ranges}
    for needed in ("A1:G1", "A2:A3", "B2:C2", "D2:E2", "G2:G3"):
        if needed not in merged:
            fail(f"XLSX: {needed} is not merged ({sorted(merged)})")
    if [sheet.cell(row=2, column=column).value for column in (2, 4, 6)] != ["中央エリア", "北エリア", "南エリア"]:
        fail("XLSX: the area header row is wrong")
    if [sheet.cell(row=3, column=column).value for column in range(2, 7)] != generator.SHOPS:
        fail("XLSX: the shop header row is wrong")
    if [sheet.cell(row=row, column=1).value for row in range(4, 16)] != generator.MONTHS:
        fail("XLSX: the months 4月…3月 are not in A4:A15")
    if sheet.cell(row=16, column=1).value != "合計" or sheet.cell(row=17, column=1).value != "月平均":
        fail("XLSX: no 合計 and 月平均 rows")
    if sheet.cell(row=17, column=3).number_format != "#,##0.0" or sheet.cell(row=4, column=2).number_format != "#,##0" \
            or not isinstance(sheet.cell(row=4, column=2).value, int):
        fail("XLSX: number formats are not #,##0 and #,##0.0")
    if sheet.cell(row=3, column=7).value is not None or sheet.cell(row=2, column=7).value != "合計":
        fail("XLSX: no 合計 column")
    if not str(sheet.cell(row=19, column=1).value or "").startswith("注記"):
        fail("XLSX: no 注記 line under the table")
    values = [[costs.cell(row=row, column=column).value for column in range(1, 8)] for row in range(1, 12)]
    flat = [value for row in values for value in row]
    if "－" not in flat or "合計" not in flat or values[1][-1] != "合計":
        fail("XLSX: the cost sheet lacks 「－」, the 合計 row or column")
    if not any(isinstance(value, str) and value.startswith("単位：千円") for value in flat):
        fail("XLSX: the cost sheet has no 千円 unit note")


def check_eml(path: Path) -> None:
    raw = path.read_bytes()
    message = message_from_bytes(raw, policy=policy.default)
    if message.is_multipart() or message.get_content_type() != "text/plain" \
            or message.get_content_charset() != "utf-8" or message["Content-Transfer-Encoding"] != "base64":
        fail("EML: not a single base64 UTF-8 text/plain part")
    head = raw.split(b"\r\n\r\n" if b"\r\n\r\n" in raw else b"\n\n", 1)[0]
    for name in (b"Subject:", b"From:"):
        line = [item for item in head.splitlines() if item.startswith(name)]
        if not line or b"=?utf-8?" not in line[0].lower():
            fail(f"EML: {name.decode()} is not encoded")
    if message["Date"] != "Mon, 24 May 2027 10:15:00 +0900" or not message["Message-ID"]:
        fail(f"EML: date {message['Date']!r} or message id missing")


def check_html(path: Path, tags: list[str]) -> None:
    raw = path.read_bytes().decode("utf-8")
    if '<meta charset="utf-8">' not in raw:
        fail("HTML: no UTF-8 meta")
    for tag in ("h1", "h2", "table", "thead", "tbody", "ul", "li", "dl", "dt", "dd"):
        if tag not in tags:
            fail(f"HTML: no <{tag}>")


def load(filename: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]


def check_with_libraries() -> None:
    texts: dict[str, str] = {}
    html_tags: list[str] = []
    for path in sorted(HERE.iterdir()):
        if path.suffix not in DOCUMENT_SUFFIXES:
            continue
        if path.suffix == ".docx":
            texts[path.name] = read_docx(path)
            check_docx(path)
        elif path.suffix == ".pdf":
            texts[path.name] = "\n".join(pdf_pages(path))
            check_pdf(path)
        elif path.suffix == ".xlsx":
            texts[path.name] = read_xlsx(path)
            check_xlsx(path)
        elif path.suffix == ".eml":
            texts[path.name] = mail_text(path)
            check_eml(path)
        else:
            texts[path.name], html_tags = read_html(path)
            check_html(path, html_tags)
        print(f"{path.name}: {len(texts[path.name])} characters")
    if len(texts) != 5 or {Path(name).suffix for name in texts} != DOCUMENT_SUFFIXES:
        fail(f"expected one document of each of {sorted(DOCUMENT_SUFFIXES)}, read {sorted(texts)}")

    for filename in SETS:
        questions = load(filename)
        prefix, count = EXPECTED[filename]
        ids = [question["id"] for question in questions]
        if ids != [f"{prefix}{number}" for number in range(1, count + 1)]:
            fail(f"{filename}: ids {ids} are not {prefix}1..{count}")
        checked = 0
        for question in questions:
            if "followup" in filename:
                if len(question.get("turns", [])) != 2:
                    fail(f"{question['id']}: needs two turns")
            elif not question.get("q"):
                fail(f"{question['id']}: no question text")
            if "english" in filename and not question.get("answer_any"):
                fail(f"{question['id']}: no answer_any")
            if question.get("unanswerable"):
                if question["any"]:
                    fail(f"{question['id']}: an unanswerable question with answers")
                if question["id"] not in generator.ABSENT:
                    fail(f"{question['id']}: no ABSENT strings to check")
                    continue
                for value in generator.ABSENT[question["id"]]["absent"]:  # type: ignore[union-attr]
                    where = [name for name, text in texts.items() if value in text]
                    if where:
                        fail(f"PRESENT {question['id']}: {value!r} is in {where}")
                continue
            if "unanswerable" in filename:
                fail(f"{question['id']}: not marked unanswerable")
                continue
            checked += 1
            forms = question["any"]
            if not forms:
                fail(f"{question['id']}: no answers")
            elif not any(forms[0] in text for text in texts.values()):
                fail(f"MISSING {question['id']}: {forms[0]!r} is not in the text")
        print(f"{filename}: {len(questions)} questions, {checked} with answers checked")


def main() -> int:
    check_deterministic()
    check_with_libraries()
    print("OK (ordinary libraries)" if failures == 0 else f"{failures} problems (ordinary libraries)")
    status = 1 if failures else 0
    from tests.data.corpus_tools import check_corpus

    print("-- the appliance's parser --")
    status |= check_corpus(HERE, suffixes=DOCUMENT_SUFFIXES, question_sets=SETS, first_form_required=False)
    return status


if __name__ == "__main__":
    sys.exit(main())
