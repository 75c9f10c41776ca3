"""Check that the documents of the fifty-first holdout corpus are what make_holdout51.py writes,
that every document parses, that each question's answer is in it, and that the values the
unanswerable questions ask for are not.

* The generator is run into a temporary directory and every document must be the same bytes as
  the one in this directory (the corpus is deterministic and was not edited by hand).
* Ordinary libraries (python-docx, pypdfium2, openpyxl with the number formats applied,
  python-pptx including tables and speaker notes, and the e-mail read with the standard library's
  email package) read the five documents, so that this part depends on nothing the corpus is
  meant to measure. Every answerable question's first `any` form (the one the document writes)
  must be literally in that text; every unanswerable question must have `"unanswerable": true`
  and an empty `any`, and none of the strings that would carry its value (the generator's ABSENT)
  may be there; the sets hold the ids and counts the README gives; and the structural facts hold:
  the PDF's main table crosses from page 1 to page 2 inside the 若葉台教室 group with both header
  rows repeated on page 2; the Word rules have Heading 1 articles 第1条〜第12条, the fee table
  with two header rows and merged cells, the make-up band table and 附則; the workbook has the
  merged area headers, 合計 and 月平均 and a 千円 sheet; the e-mail is a single base64 UTF-8 text
  part with encoded Subject and From, a date and a message id; the deck has a real table.
* The appliance's own parser, through `corpus_tools.check_corpus` (the isolated child the
  ingestion uses): every answerable question must have one of its `any` forms in the parsed text
  (a form other than the first is noted, not failed: the parser may print a figure differently).

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout51/check_holdout51.py
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import tempfile
from email import message_from_bytes, policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

SETS = ["holdout51_qa.jsonl", "holdout51_english_qa.jsonl", "holdout51_followup_qa.jsonl",
        "holdout51_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".pptx", ".eml"}

# Each set: the id prefix and how many questions it holds.
# The branch whose group the PDF's page break splits.
SPLIT_BRANCH = "若葉台教室"

EXPECTED = {
    "holdout51_qa.jsonl": ("h51-", 24),
    "holdout51_unanswerable_qa.jsonl": ("h51-un-", 12),
    "holdout51_english_qa.jsonl": ("h51-en-", 10),
    "holdout51_followup_qa.jsonl": ("h51-fu-", 8),
}


def load_generator() -> object:
    spec = importlib.util.spec_from_file_location("make_holdout51", HERE / "make_holdout51.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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


def read_pptx(path: Path) -> str:
    from pptx import Presentation

    presentation = Presentation(str(path))
    lines = []
    for slide in presentation.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                lines.append(shape.text_frame.text)
            if getattr(shape, "has_table", False) and shape.has_table:
                for row in shape.table.rows:
                    lines.append(" | ".join(cell.text for cell in row.cells))
        if slide.has_notes_slide:
            lines.append(slide.notes_slide.notes_text_frame.text)
    return "\n".join(lines)


def mail_text(path: Path) -> str:
    message = message_from_bytes(path.read_bytes(), policy=policy.default)
    body = message.get_body(preferencelist=("plain",))
    return "\n".join([str(message["Subject"]), str(message["From"]), str(message["Date"]),
                      body.get_content() if body is not None else ""])


def documents() -> list[Path]:
    return sorted(path for path in HERE.iterdir() if path.suffix in DOCUMENT_SUFFIXES and path.name != "README.md")


def read_documents() -> dict[str, str]:
    readers = {".docx": read_docx, ".pdf": lambda path: "\n".join(pdf_pages(path)), ".xlsx": read_xlsx,
               ".pptx": read_pptx, ".eml": mail_text}
    texts: dict[str, str] = {}
    for path in documents():
        texts[path.name] = readers[path.suffix](path)
        print(f"{path.name}: {len(texts[path.name])} characters")
    return texts


def load(filename: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]


def check_regenerated(generator: object, fail) -> None:
    """The generator, run again into a temporary directory, writes the same bytes."""
    with tempfile.TemporaryDirectory() as temporary:
        directory = Path(temporary)
        written = generator.write_all(directory)  # type: ignore[attr-defined]
        names = sorted(path.name for path in written)
        if names != [path.name for path in documents()]:
            fail(f"the generator writes {names}, the directory holds {[path.name for path in documents()]}")
        for path in written:
            original = HERE / path.name
            if not original.exists() or original.read_bytes() != path.read_bytes():
                fail(f"{path.name}: regenerated bytes differ from the file in {HERE.name}/")
    print("regenerated: compared", len(names), "documents")


def check_pdf(path: Path, fail, generator: object) -> None:
    """The main table starts on page 1 and ends on page 2, both header rows repeated there; the
    SPLIT_BRANCH group starts on page 1 and its 小計 is on page 2; 全教室合計 is only on page 2."""
    pages = pdf_pages(path)
    top = "在籍者数（人）"
    second = re.compile(r"2025年度末\s+2026年度末\s+2025年度\s+2026年度")
    if len(pages) < 2:
        fail("the PDF has fewer than two pages")
        return
    first, following = pages[0], pages[1]
    sums = generator.BRANCH_SUMS[SPLIT_BRANCH]  # type: ignore[attr-defined]
    subtotal = "小計 " + " ".join(f"{value:,}" for value in sums)
    problems = []
    if top not in first or not second.search(first) or "本町教室 ピアノ" not in first:
        problems.append("header or first rows not on page 1")
    if top not in following or not second.search(following):
        problems.append("the two header rows are not repeated on page 2")
    if f"{SPLIT_BRANCH} ピアノ" not in first:
        problems.append(f"the {SPLIT_BRANCH} group does not start on page 1")
    if subtotal in first or subtotal not in following:
        problems.append(f"the {SPLIT_BRANCH} 小計 ({subtotal}) is not on page 2 only")
    if "全教室合計" in first or "全教室合計" not in following:
        problems.append("全教室合計 is not on page 2 only")
    for problem in problems:
        fail(f"PDF main table: {problem}")
    # The band table with the 以上/未満 rule and a worked example.
    text = re.sub(r"\s+", "", "".join(pages))  # prose wraps anywhere, even inside a figure
    for label in ("30分以上45分未満", "45分以上60分未満", "60分以上", "ちょうど45分", "ちょうど60分"):
        if label not in text:
            fail(f"PDF band table: {label!r} missing")
    if "－" not in text:
        fail("PDF main table: no 「－」 cell")


def check_docx(path: Path, fail) -> None:
    from docx import Document

    document = Document(str(path))
    headings = [paragraph.text for paragraph in document.paragraphs if paragraph.style.name == "Heading 1"]
    articles = [heading for heading in headings if heading.startswith("第") and "条" in heading]
    if [re.match(r"第(\d+)条", heading).group(1) for heading in articles] != [str(n) for n in range(1, 13)]:  # type: ignore[union-attr]
        fail(f"DOCX: Heading 1 articles are {articles}, not 第1条〜第12条")
    if not any(heading.startswith("附則") for heading in headings):
        fail("DOCX: no 附則 heading")
    text = read_docx(path)
    for needle in ("平成28年（2016年）", "令和9年（2027年）4月1日", "令和9年（2027年）2月28日"):
        if needle not in text:
            fail(f"DOCX 附則: {needle!r} missing")
    fee = [table for table in document.tables if table.cell(0, 0).text == "コース"]
    if len(fee) != 1:
        fail("DOCX: no fee table")
    else:
        table = fee[0]
        second_row = [cell.text for cell in table.rows[1].cells]
        if second_row[1:] != ["30分", "45分", "60分", "30分", "45分", "60分"] \
                or table.cell(1, 0).text != "コース" \
                or table.cell(0, 1)._tc is not table.cell(0, 3)._tc \
                or table.cell(0, 4)._tc is not table.cell(0, 6)._tc \
                or "改定後" not in table.cell(0, 1).text or table.cell(0, 4).text != "改定前" \
                or len(table.rows) != 7:
            fail("DOCX: the fee table does not have its two merged header rows")
    bands = [table for table in document.tables if table.cell(0, 0).text == "欠席の連絡の時期"]
    if len(bands) != 1 or "48時間以上前" not in bands[0].cell(1, 0).text \
            or "24時間以上48時間未満前" not in bands[0].cell(2, 0).text:
        fail("DOCX: no make-up band table")


def check_xlsx(path: Path, fail) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(str(path))
    if workbook.sheetnames != ["月別レッスン実施コマ数", "楽器・備品購入費"]:
        fail(f"XLSX: sheets {workbook.sheetnames}")
        return
    slots = workbook["月別レッスン実施コマ数"]
    merged = {str(cell_range) for cell_range in slots.merged_cells.ranges}
    if not {"B2:C2", "D2:F2", "A2:A3", "G2:G3"} <= merged:
        fail(f"XLSX: merged area headers missing ({sorted(merged)})")
    months = [slots.cell(row=row, column=1).value for row in range(4, 16)]
    if months != ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"] \
            or slots.cell(row=16, column=1).value != "合計" or slots.cell(row=17, column=1).value != "月平均" \
            or slots.cell(row=17, column=2).number_format != "#,##0.0" \
            or slots.cell(row=4, column=2).number_format != "#,##0" \
            or not isinstance(slots.cell(row=4, column=2).value, int) \
            or slots.cell(row=3, column=7).value is not None or slots.cell(row=2, column=7).value != "合計" \
            or not str(slots.cell(row=19, column=1).value).startswith("注記"):
        fail("XLSX: the monthly sheet is not 12 months with 合計, 月平均 and 注記")
    purchases = workbook["楽器・備品購入費"]
    if "千円" not in str(purchases.cell(row=2, column=1).value) \
            or purchases.cell(row=3, column=7).value != "合計" \
            or "－" not in [cell.value for row in purchases.iter_rows() for cell in row]:
        fail("XLSX: the purchase sheet lacks its 千円 note, 合計 column or 「－」")


def check_eml(path: Path, fail) -> None:
    raw = path.read_bytes()
    message = message_from_bytes(raw, policy=policy.default)
    headers = raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in raw else raw.split(b"\n\n", 1)[0]
    subject = re.search(rb"^Subject: (.*(?:\r?\n[ \t].*)*)", headers, re.M)
    sender = re.search(rb"^From: (.*(?:\r?\n[ \t].*)*)", headers, re.M)
    if message.is_multipart() or message.get_content_type() != "text/plain" \
            or message.get_content_charset() != "utf-8" or message["Content-Transfer-Encoding"] != "base64" \
            or not message["Date"] or not message["Message-ID"] \
            or subject is None or b"=?utf-8?" not in subject.group(1).lower() \
            or sender is None or b"=?utf-8?" not in sender.group(1).lower():
        fail("the e-mail is not a single base64 UTF-8 text part with encoded Subject and From, a date and a message id")


def check_pptx(path: Path, fail) -> None:
    from pptx import Presentation

    presentation = Presentation(str(path))
    tables = [shape for slide in presentation.slides for shape in slide.shapes
              if getattr(shape, "has_table", False) and shape.has_table]
    if len(presentation.slides) < 5 or len(tables) != 1 or tables[0].table.cell(0, 4).text != "月謝（税込）":
        fail("PPTX: expected at least five slides and one course table")


def check_with_libraries() -> int:
    failures = 0

    def fail(message: str) -> None:
        nonlocal failures
        failures += 1
        print(f"  {message}")

    generator = load_generator()
    check_regenerated(generator, fail)
    texts = read_documents()
    absent: dict[str, tuple[str, list[str]]] = generator.ABSENT  # type: ignore[attr-defined]

    if len(texts) != 5 or {Path(name).suffix for name in texts} != DOCUMENT_SUFFIXES:
        fail(f"expected one document of each of {sorted(DOCUMENT_SUFFIXES)}, read {sorted(texts)}")
    for name, text in texts.items():
        if len(text) < 500:
            fail(f"{name}: only {len(text)} characters read")
    by_suffix = {path.suffix: path for path in documents()}
    if ".pdf" in by_suffix:
        check_pdf(by_suffix[".pdf"], fail, generator)
    for suffix, check in ((".docx", check_docx), (".xlsx", check_xlsx), (".eml", check_eml),
                          (".pptx", check_pptx)):
        if suffix in by_suffix:
            check(by_suffix[suffix], fail)

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
                if question["id"] not in absent:
                    fail(f"{question['id']}: no ABSENT strings to check")
                    continue
                for value in absent[question["id"]][1]:
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
    unused = sorted(set(absent) - {question["id"] for question in load("holdout51_unanswerable_qa.jsonl")})
    if unused:
        fail(f"ABSENT has ids with no question: {unused}")
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
