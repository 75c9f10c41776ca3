"""Check the thirty-first holdout corpus: its five documents, its four question sets, that each
answerable question's answer is in the documents exactly once, and that the values the unanswerable
questions ask for are not there.

The documents are read with ordinary libraries (pypdfium2, python-docx, openpyxl with the number
formats applied, python-pptx including tables and speaker notes, the e-mail through the standard
library's email package), so that this check depends on nothing the corpus is meant to measure.
It fails (exit status 1) unless:

* there is one document of each of the five formats;
* the PDF's table of wedding plans crosses from page 1 to page 2 inside the プレミアムプラン「あけぼの」
  group (its name and first rows on page 1, its later rows on page 2), with both header rows
  repeated on page 2;
* the Word allowance rules hold the commuting-allowance table with its two header rows;
* the workbook's first sheet has its two header rows (each hall merged over 組数 and 招待客数);
* the e-mail is a single UTF-8 text part with a date and a message id;
* the sets hold exactly the ids and counts below;
* every answerable question's first `any` form occurs in the documents' text exactly once (a
  number is not counted inside a longer number: "4,500円" is not found in "14,500円");
* every unanswerable question has `"unanswerable": true` and an empty `any`, and none of the
  strings that would carry its value (ABSENT below) is in the documents.

With `--parser` it then parses the corpus with the appliance's own parser through
`corpus_tools.check_corpus` and reports which answers that text holds, without failing on it.

    .venv/bin/python tests/data/holdout31/check_holdout31.py [--parser]
"""

from __future__ import annotations

import json
import re
import sys
from email import message_from_bytes, policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

SETS = ["holdout31_qa.jsonl", "holdout31_english_qa.jsonl", "holdout31_followup_qa.jsonl",
        "holdout31_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".pptx", ".eml"}

# Each set: the id prefix and how many questions it holds.
EXPECTED = {
    "holdout31_qa.jsonl": ("h31-", 24),
    "holdout31_unanswerable_qa.jsonl": ("h31-un-", 12),
    "holdout31_english_qa.jsonl": ("h31-en-", 10),
    "holdout31_followup_qa.jsonl": ("h31-fu-", 8),
}

# What would have to be in the documents for an unanswerable question to have an answer: a label,
# a heading or a value that the corpus leaves out on purpose.
ABSENT: dict[str, list[str]] = {
    "h31-un-1": ["港ホール", "港会場"],
    "h31-un-2": ["2025年度", "2025年4月"],
    "h31-un-3": ["180名以上", "200名"],
    "h31-un-4": ["ペット", "犬", "ワンちゃん"],
    "h31-un-5": ["家族手当", "扶養手当", "子ども手当", "子供手当", "配偶者手当"],
    "h31-un-6": ["退職金", "退職手当", "退職一時金"],
    "h31-un-7": ["上期", "上半期", "下期", "下半期"],
    "h31-un-8": ["夏季休", "夏期休", "お盆"],
    "h31-un-9": ["年末年始手当", "特別手当", "年末年始の手当"],
    "h31-un-10": ["ケーキ"],
    "h31-un-11": ["時給", "アルバイト", "パート"],
    "h31-un-12": ["納会", "朝礼"],
}


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
                cells: list[str] = []
                for cell in row.cells:  # a merged cell comes once per grid column: write it once
                    if not cells or cell.text != cells[-1]:
                        cells.append(cell.text)
                lines.append(" | ".join(cells))
    return "\n".join(lines)


def pdf_pages(path: Path) -> list[str]:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            text_page = page.get_textpage()
            pages.append(text_page.get_text_range().replace("\r\n", "\n"))
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
        elif path.suffix == ".pptx":
            text = read_pptx(path)
        else:
            text = mail_text(path)
        texts[path.name] = text
        print(f"{path.name}: {len(text)} characters")
    return texts


def occurrences(form: str, text: str) -> int:
    """How often `form` is in `text`, not counting a hit inside a longer number (a digit, or a
    comma or point followed by a digit, right after it; a digit, or a digit and a comma or point,
    right before it)."""
    count = 0
    for match in re.finditer(re.escape(form), text):
        start, end = match.start(), match.end()
        if form[:1].isdigit() and start > 0:
            before = text[start - 1]
            if before.isdigit() or (before in ",." and start > 1 and text[start - 2].isdigit()):
                continue
        if form[-1:].isdigit() and end < len(text):
            after = text[end]
            if after.isdigit() or (after in ",." and end + 1 < len(text) and text[end + 1].isdigit()):
                continue
        count += 1
    return count


def load(filename: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]


def check_with_libraries() -> int:
    texts = read_documents()
    failures = 0

    def fail(message: str) -> None:
        nonlocal failures
        failures += 1
        print(f"  {message}")

    if len(texts) != 5 or {Path(name).suffix for name in texts} != DOCUMENT_SUFFIXES:
        fail(f"expected one document of each of {sorted(DOCUMENT_SUFFIXES)}, read {sorted(texts)}")
    for name, text in texts.items():
        if len(text) < 500:
            fail(f"{name}: only {len(text)} characters read")

    # The table of wedding plans: both header rows on page 1 and again on page 2; the プレミアムプラン
    # group starts on page 1 (its name and 50名以上70名未満 row) and goes on on page 2 without its name;
    # the last plan is wholly on page 2.
    pdf = [path for path in HERE.iterdir() if path.suffix == ".pdf"]
    if len(pdf) == 1:
        pages = pdf_pages(pdf[0])
        header = "プラン 人数区分\n繁忙期 通常期 閑散期\n土日祝 平日 土日祝 平日 土日祝 平日"
        if len(pages) < 2 or pages[0].count(header) != 1 or not pages[1].startswith(header) \
                or "「あけぼの」 50名以上70名未満 26,950円" not in pages[0] \
                or "130名以上150名未満 22,110円" not in pages[1] or "あけぼの" in pages[1] \
                or "「白鷺」 70名以上90名未満 32,670円" not in pages[1] or "180名未満" in pages[0]:
            fail("the PDF's table of wedding plans does not cross from page 1 to page 2 inside one plan, "
                 "its two header rows repeated")
    else:
        fail(f"expected one PDF, found {len(pdf)}")

    # The Word rules: the commuting table has two header rows (改定後 and 改定前 under 通勤手当（月額）).
    docx = [path for path in HERE.iterdir() if path.suffix == ".docx"]
    if len(docx) == 1:
        from docx import Document

        tables = [table for table in Document(str(docx[0])).tables if table.cell(0, 0).text == "通勤方法"]
        if len(tables) != 1 or len(tables[0].rows) != 12 \
                or [cell.text for cell in tables[0].rows[1].cells][2:] != ["改定後", "改定前"] \
                or tables[0].cell(0, 2).text != "通勤手当（月額）" or tables[0].cell(0, 3).text != "通勤手当（月額）" \
                or tables[0].cell(1, 0).text != "通勤方法" or tables[0].cell(3, 0).text != "":
            fail("the Word rules do not hold the commuting-allowance table with its two header rows")
    else:
        fail(f"expected one Word file, found {len(docx)}")

    # The workbook: each hall merged over two columns in row 2, 組数 and 招待客数 in row 3.
    xlsx = [path for path in HERE.iterdir() if path.suffix == ".xlsx"]
    if len(xlsx) == 1:
        from openpyxl import load_workbook

        sheet = load_workbook(str(xlsx[0])).worksheets[0]
        merged = {str(area) for area in sheet.merged_cells.ranges}
        if not {"A2:A3", "B2:C2", "D2:E2", "F2:G2", "H2:I2"} <= merged or sheet["B3"].value != "組数" \
                or sheet["C3"].value != "招待客数（名）" or sheet["B2"].value != "白鷺館":
            fail("the workbook's first sheet does not have its two merged header rows")
    else:
        fail(f"expected one workbook, found {len(xlsx)}")

    # The e-mail: one UTF-8 text part, dated and identified.
    mail = [path for path in HERE.iterdir() if path.suffix == ".eml"]
    if len(mail) == 1:
        message = message_from_bytes(mail[0].read_bytes(), policy=policy.default)
        if message.is_multipart() or message.get_content_type() != "text/plain" \
                or message.get_content_charset() != "utf-8" or not message["Date"] or not message["Message-ID"]:
            fail("the e-mail is not a single UTF-8 text part with a date and a message id")
    else:
        fail(f"expected one e-mail, found {len(mail)}")

    for filename in SETS:
        questions = load(filename)
        prefix, count = EXPECTED[filename]
        ids = [question["id"] for question in questions]
        if ids != [f"{prefix}{number}" for number in range(1, count + 1)]:
            fail(f"{filename}: ids {ids} are not {prefix}1..{count}")
        checked = 0
        for question in questions:
            if "followup" in filename:
                if len(question.get("turns", [])) != 2 or not all(question["turns"]):
                    fail(f"{question['id']}: needs two turns")
            elif not question.get("q"):
                fail(f"{question['id']}: no question text")
            if "english" in filename and not question.get("answer_any"):
                fail(f"{question['id']}: no answer_any")
            if question.get("unanswerable"):
                if question["any"]:
                    fail(f"{question['id']}: an unanswerable question with answers")
                for value in ABSENT.get(question["id"], []):
                    where = [name for name, text in texts.items() if value in text]
                    if where:
                        fail(f"PRESENT {question['id']}: {value!r} is in {where}")
                if question["id"] not in ABSENT:
                    fail(f"{question['id']}: no ABSENT strings to check")
                continue
            if "unanswerable" in filename:
                fail(f"{question['id']}: not marked unanswerable")
                continue
            checked += 1
            forms = question.get("any") or []
            if not forms:
                fail(f"{question['id']}: no answers")
                continue
            found = sum(occurrences(forms[0], text) for text in texts.values())
            if found != 1:
                fail(f"{'MISSING' if found == 0 else 'NOT UNIQUE'} {question['id']}: {forms[0]!r} is in the text "
                     f"{found} times")
        print(f"{filename}: {len(questions)} questions, {checked} with answers checked")
    print("OK (ordinary libraries)" if failures == 0 else f"{failures} problems (ordinary libraries)")
    return 1 if failures else 0


def main() -> int:
    status = check_with_libraries()
    if "--parser" in sys.argv[1:]:
        from tests.data.corpus_tools import check_corpus

        print("-- the appliance's parser (reported, not failed) --")
        check_corpus(HERE, suffixes=DOCUMENT_SUFFIXES, question_sets=SETS, first_form_required=False)
    return status


if __name__ == "__main__":
    sys.exit(main())
