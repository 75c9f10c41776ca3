"""Check the fiftieth holdout corpus (tests/data/holdout50/README.md): that the generator writes the
same bytes again, that every document parses, that each question's answer is in it, and that the
values the unanswerable questions ask for are not.

* The generator is run again into a temporary directory (`--out`); its five documents must be the
  same bytes as the ones here and its four question sets the same bytes as those in tests/data.
* The documents are read with ordinary libraries (python-docx, pypdfium2, openpyxl with the number
  formats applied, the standard library's email package, the Markdown as plain text), so that this
  part depends on nothing the corpus is meant to measure. Every answerable question's first `any`
  form (the one the document writes) must be literally in that text; every unanswerable question
  must have `"unanswerable": true`, an empty `any`, an entry in the generator's ABSENT, and none of
  the strings listed there may be in any document; the sets hold the ids and counts the README
  gives; and the structure the corpus is meant to have is there: the PDF's main table crosses from
  page 1 to page 2 inside the 浜町図書館 group with both header rows on both pages; the Word rules
  have Heading 1 articles 第1条〜第13条, the fee table with two header rows (改定後 beside 改定前),
  the refund band table and three 附則; the workbook has its title row, two header rows with the
  regions merged over the libraries, a 合計 column and row, a 月平均 row in #,##0.0, a 注記 line
  under the table, and the 千円 sheet with 「－」, 合計 row and column and its unit note; the e-mail
  is a single base64 UTF-8 text/plain part with encoded Subject and From and a fixed date and
  message id; the Markdown has # and ## headings, a pipe table, bullets and numbered steps.
* The appliance's own parser, through `corpus_tools.check_corpus`: every answerable question must
  have one of its `any` forms in the parsed text.

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout50/check_holdout50.py
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
from email import message_from_bytes, policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

SETS = ["holdout50_qa.jsonl", "holdout50_english_qa.jsonl", "holdout50_followup_qa.jsonl",
        "holdout50_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".pdf", ".docx", ".xlsx", ".eml", ".md"}
EXPECTED = {
    "holdout50_qa.jsonl": ("h50-", 24),
    "holdout50_unanswerable_qa.jsonl": ("h50-un-", 12),
    "holdout50_english_qa.jsonl": ("h50-en-", 10),
    "holdout50_followup_qa.jsonl": ("h50-fu-", 8),
}


def _generator():
    spec = importlib.util.spec_from_file_location("make_holdout50", HERE / "make_holdout50.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GENERATOR = _generator()
ABSENT: dict[str, dict] = GENERATOR.ABSENT
DASH = GENERATOR.DASH


def _xlsx_value(value: object, number_format: str) -> str:
    """A cell as Excel shows it, for the number formats the generator uses."""
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


def read_documents() -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in sorted(HERE.iterdir()):
        if path.suffix not in DOCUMENT_SUFFIXES or path.name == "README.md":
            continue
        if path.suffix == ".docx":
            text = read_docx(path)
        elif path.suffix == ".pdf":
            text = "\n".join(pdf_pages(path))
        elif path.suffix == ".xlsx":
            text = read_xlsx(path)
        elif path.suffix == ".eml":
            text = mail_text(path)
        else:
            text = path.read_text(encoding="utf-8")
        texts[path.name] = text
        print(f"{path.name}: {len(text)} characters")
    return texts


def load(filename: str, directory: Path = DATA) -> list[dict]:
    return [json.loads(line) for line in (directory / filename).read_text(encoding="utf-8").splitlines() if line.strip()]


def check_deterministic(fail) -> None:
    """Run the generator again into a temporary directory and compare every byte."""
    with tempfile.TemporaryDirectory() as temporary:
        out = Path(temporary)
        subprocess.run([sys.executable, str(HERE / "make_holdout50.py"), "--out", str(out)], check=True,
                       capture_output=True)
        for filename, _builder in GENERATOR.BUILDERS:
            if (out / filename).read_bytes() != (HERE / filename).read_bytes():
                fail(f"NOT DETERMINISTIC: {filename} differs when written again")
        for filename in SETS:
            if (out / filename).read_bytes() != (DATA / filename).read_bytes():
                fail(f"NOT DETERMINISTIC: {filename} differs when written again")
    print("regenerated: compared the five documents and the four question sets")


def check_pdf(path: Path, fail) -> None:
    pages = pdf_pages(path)
    headers = ["館名", "資料区分", "蔵書冊数（冊）", "貸出冊数（冊）", "2025年度末", "2026年度末"]
    stock = GENERATOR.STOCK
    first_row = "浜町図書館 一般書 " + " ".join(GENERATOR._cell(value) for value in stock["浜町図書館"][0])
    last_row = "郷土資料 " + " ".join(GENERATOR._cell(value) for value in stock["浜町図書館"][4])
    subtotal = "小計 " + " ".join(GENERATOR._n(value) for value in GENERATOR.SUBTOTALS["浜町図書館"])
    if len(pages) < 2:
        fail(f"the PDF has {len(pages)} page(s), expected 2 or more")
        return
    one, two = pages[0], pages[1]
    problems = []
    for header in headers:
        if header not in one or header not in two:
            problems.append(f"header {header!r} not on both pages")
    if "中央図書館 一般書" not in one:
        problems.append("the table does not start on page 1")
    if first_row not in one or first_row in two:
        problems.append("the 浜町図書館 group does not start on page 1")
    if last_row not in two or last_row in one or subtotal not in two:
        problems.append("the 浜町図書館 group does not go on on page 2")
    if "浜町図書館" in two.split("全館合計", 1)[0]:
        problems.append("the group name is repeated on page 2")
    if "全館合計" not in two or "全館合計" in one:
        problems.append("全館合計 is not on page 2 only")
    if DASH not in one + two:
        problems.append("no 「－」 cell")
    for text in ("以上", "未満", "3名以上5名未満", "5名以上10名未満", "10名以上", "例1", "例2"):
        if text not in "".join(pages):
            problems.append(f"the band table or its rule lacks {text!r}")
    for problem in problems:
        fail(f"PDF: {problem}")


def check_docx(path: Path, fail) -> None:
    from docx import Document

    document = Document(str(path))
    headings = [paragraph.text for paragraph in document.paragraphs if paragraph.style.name == "Heading 1"]
    articles = [text for text in headings if text.startswith("第") and "条" in text]
    if [text.split(" ", 1)[0] for text in articles] != [f"第{number}条" for number in range(1, 14)]:
        fail(f"DOCX: Heading 1 articles are {articles}")
    if "附則" not in headings:
        fail("DOCX: no 附則 heading")
    texts = [paragraph.text for paragraph in document.paragraphs]
    supplementary = [text for text in texts if text.startswith("附　則（")]
    if len(supplementary) != 3 or not any("平成" in text for text in supplementary) \
            or not any("令和" in text for text in supplementary):
        fail(f"DOCX: 附則 are {supplementary}")
    if not any("なお従前の例による" in text for text in texts) or not any("（2027年）" in text for text in texts):
        fail("DOCX: no transitional rule or no 西暦 date in the 附則")
    fees = [table for table in document.tables if table.cell(0, 0).text == "施設"]
    if len(fees) != 1 or len(fees[0].rows) != 2 + len(GENERATOR.ROOM_FEES) \
            or [cell.text for cell in fees[0].rows[1].cells][2:] != ["改定後", "改定前", "改定後", "改定前"] \
            or fees[0].cell(1, 0).text != "施設" or fees[0].cell(0, 3).text != "午前・午後（1区分）":
        fail("DOCX: the fee table does not have its two header rows (改定後 beside 改定前)")
    bands = [table for table in document.tables if table.cell(0, 0).text == "取消しの申出の時期"]
    if len(bands) != 1 or len(bands[0].rows) != 5:
        fail("DOCX: no refund band table")


def check_xlsx(path: Path, fail) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(str(path))
    visitors, purchases = workbook.worksheets[:2]
    merged = {str(area) for area in visitors.merged_cells.ranges}
    for area in ("A1:G1", "A2:A3", "C2:D2", "E2:F2", "G2:G3"):
        if area not in merged:
            fail(f"XLSX: {area} is not merged on {visitors.title}")
    if visitors["B2"].value != "中央地区" or visitors["C2"].value != "北部地区" or visitors["C3"].value != "川端図書館":
        fail("XLSX: the regions are not over the libraries")
    if visitors["A4"].value != "4月" or visitors["A15"].value != "3月" or visitors["G3"].value is not None \
            or visitors["G2"].value != "合計" or visitors["A16"].value != "合計":
        fail("XLSX: months, 合計 column or 合計 row not where expected")
    if visitors["A17"].value != "月平均" or visitors["B17"].number_format != "#,##0.0" \
            or visitors["B4"].number_format != "#,##0" or not isinstance(visitors["B4"].value, int):
        fail("XLSX: 月平均 row or number formats not as expected")
    if not str(visitors["A19"].value or "").startswith("注記"):
        fail("XLSX: no 注記 line under the table")
    values = [cell.value for row in purchases.iter_rows() for cell in row]
    if "（単位：千円）" not in values or DASH not in values or purchases["G3"].value != "合計" \
            or purchases["A10"].value != "合計":
        fail("XLSX: the 千円 sheet lacks its unit note, 「－」 or its 合計 row and column")


def check_eml(path: Path, fail) -> None:
    raw = path.read_bytes()
    message = message_from_bytes(raw, policy=policy.default)
    head = raw.split(b"\n\n", 1)[0].replace(b"\r\n", b"\n").decode("ascii")
    if message.is_multipart() or message.get_content_type() != "text/plain" \
            or message.get_content_charset() != "utf-8" or message["Content-Transfer-Encoding"] != "base64" \
            or message["Date"] != "Tue, 20 Apr 2027 09:00:00 +0900" \
            or message["Message-ID"] != "<20270420090000.tanaoroshi@shiomigawa-lib.example>":
        fail("EML: not a single base64 UTF-8 text part with the fixed date and message id")
    for name in ("Subject", "From"):
        line = next((line for line in head.split("\n") if line.startswith(name + ":")), "")
        if "=?utf-8?" not in line.lower():
            fail(f"EML: {name} is not encoded")


def check_md(path: Path, fail) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    if not any(line.startswith("# ") for line in lines) or sum(line.startswith("## ") for line in lines) < 3 \
            or not any(line.startswith("|---") for line in lines) or not any(line.startswith("- ") for line in lines) \
            or not any(line.startswith("1. ") for line in lines):
        fail("MD: needs # and ## headings, a pipe table, bullets and numbered steps")


def check_with_libraries() -> int:
    failures = 0

    def fail(message: str) -> None:
        nonlocal failures
        failures += 1
        print(f"  {message}")

    check_deterministic(fail)
    texts = read_documents()
    if len(texts) != 5 or {Path(name).suffix for name in texts} != DOCUMENT_SUFFIXES:
        fail(f"expected one document of each of {sorted(DOCUMENT_SUFFIXES)}, read {sorted(texts)}")
    for name, text in texts.items():
        if len(text) < 500:
            fail(f"{name}: only {len(text)} characters read")
    checks = {".pdf": check_pdf, ".docx": check_docx, ".xlsx": check_xlsx, ".eml": check_eml, ".md": check_md}
    for name in texts:
        checks[Path(name).suffix](HERE / name, fail)

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
                if question["id"] not in ABSENT:
                    fail(f"{question['id']}: no ABSENT strings to check")
                    continue
                for value in ABSENT[question["id"]]["absent"]:
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
    print("OK (ordinary libraries)" if failures == 0 else f"{failures} problems (ordinary libraries)")
    return 1 if failures else 0


def main() -> int:
    status = check_with_libraries()
    from tests.data.corpus_tools import check_corpus

    print("-- the appliance's parser --")
    status |= check_corpus(HERE, suffixes=DOCUMENT_SUFFIXES, question_sets=SETS, first_form_required=False)
    return status


if __name__ == "__main__":
    sys.exit(main())
