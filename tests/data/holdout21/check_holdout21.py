"""Check that every document of the twenty-first holdout corpus parses, that each question's answer
is in it, and that the values the unanswerable questions ask for are not.

Two readings of the five documents:

* ordinary libraries (python-docx, pypdfium2, openpyxl with the number formats applied, the
  Markdown file read as the UTF-8 text it is, and the e-mail read with the standard library's
  email package), so that this part depends on nothing the corpus is meant to measure. Every
  answerable question's first `any` form (the one the document writes) must be literally in that
  text; every unanswerable question must have `"unanswerable": true` and an empty `any`, and none
  of the strings that would carry its value (ABSENT below) may be there; the sets hold the ids and
  counts the README gives; the PDF's table of results by classroom crosses from page 1 to page 2
  inside the 川西教室 group (its name and first row on page 1, its other rows and 小計 on page 2,
  the header repeated); the Word regulation holds the grade-band table with its two header rows;
  the workbook holds twelve months with a 合計 row and column and a sheet by course; the handbook
  has headings, bullet lists and a Markdown table; the e-mail is a single UTF-8 text part in
  base64 with a Japanese subject, a date and a message id;
* the appliance's own parser, through `corpus_tools.check_corpus` (the isolated child the
  ingestion uses): every answerable question must have one of its `any` forms in the parsed text
  (a form other than the first is noted, not failed: the parser may print a figure differently).

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout21/check_holdout21.py
"""

from __future__ import annotations

import json
import sys
from email import message_from_bytes, policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

SETS = ["holdout21_qa.jsonl", "holdout21_english_qa.jsonl", "holdout21_followup_qa.jsonl",
        "holdout21_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".md", ".eml"}
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]

# Each set: the id prefix and how many questions it holds.
EXPECTED = {
    "holdout21_qa.jsonl": ("h21-", 24),
    "holdout21_unanswerable_qa.jsonl": ("h21-un-", 12),
    "holdout21_english_qa.jsonl": ("h21-en-", 10),
    "holdout21_followup_qa.jsonl": ("h21-fu-", 8),
}

# What would have to be in the documents for an unanswerable question to have an answer: a label,
# a heading or a value that the corpus leaves out on purpose.
ABSENT: dict[str, list[str]] = {
    "h21-un-1": ["年長", "幼児", "未就学", "幼稚園", "年中"],
    "h21-un-2": ["週4回", "週5回"],
    "h21-un-3": ["東町"],
    "h21-un-4": ["2025年春", "2025年"],
    "h21-un-5": ["1対3", "1対4"],
    "h21-un-6": ["賞与", "ボーナス", "寸志"],
    "h21-un-7": ["送迎バス", "バス"],
    "h21-un-8": ["12月2", "12月1", "冬期講習の期間", "冬期講習の日程"],
    "h21-un-9": ["2025年度"],
    "h21-un-10": ["講師数", "講師の人数", "在籍講師", "講師は全部で"],
    "h21-un-11": ["オンライン"],
    "h21-un-12": ["入塾テスト", "合格基準", "点以上"],
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


def xlsx_sheets(path: Path) -> dict[str, list[list[str]]]:
    from openpyxl import load_workbook

    workbook = load_workbook(str(path))
    return {sheet.title: [[_xlsx_value(cell.value, cell.number_format) for cell in row] for row in sheet.iter_rows()]
            for sheet in workbook.worksheets}


def read_xlsx(path: Path) -> str:
    lines = []
    for title, rows in xlsx_sheets(path).items():
        lines.append(f"[{title}]")
        lines.extend(" | ".join(values) for values in rows if any(values))
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
        elif path.suffix == ".md":
            text = path.read_text(encoding="utf-8")
        else:
            text = mail_text(path)
        texts[path.name] = text
        print(f"{path.name}: {len(text)} characters")
    return texts


def load(filename: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]


def _one(suffix: str, fail: object) -> Path | None:
    found = [path for path in HERE.iterdir() if path.suffix == suffix and path.name != "README.md"]
    if len(found) != 1:
        fail(f"expected one {suffix} document, found {len(found)}")  # type: ignore[operator]
        return None
    return found[0]


def check_structure(fail: object) -> None:
    # The table of results starts on page 1 and ends on page 2, its header repeated; the 川西教室
    # group starts on page 1 (its name and 公立上位校 row) and goes on on page 2 without its name.
    pdf = _one(".pdf", fail)
    if pdf is not None:
        pages = pdf_pages(pdf)
        header = "合格者数（人）"
        if len(pages) < 2 or "駅前教室 公立上位校 48 41" not in pages[0] or header not in pages[0] \
                or header not in pages[1] or "合計 561 524" not in pages[1] or "合計 561 524" in pages[0] \
                or "川西教室 公立上位校 19 15" not in pages[0] or "公立一般校 27 26 96.3" not in pages[1] \
                or "小計 87 81" not in pages[1] or "小計 87 81" in pages[0] or "川西教室 公立一般校" in pages[1]:
            fail("the PDF's table of results does not cross from page 1 to page 2 inside the 川西教室 group")  # type: ignore[operator]

    # The Word regulation: the grade-band table has two header rows (週1回, 週2回 and 週3回 each over
    # 改定後 and 改定前, the grade merged down) and seven bands.
    docx = _one(".docx", fail)
    if docx is not None:
        from docx import Document

        tables = [table for table in Document(str(docx)).tables if table.cell(0, 0).text == "学年"]
        if len(tables) != 1 or len(tables[0].rows) != 9 \
                or [cell.text for cell in tables[0].rows[1].cells][1:] != ["改定後", "改定前"] * 3 \
                or [cell.text for cell in tables[0].rows[0].cells][1::2] != ["週1回（月額）", "週2回（月額）", "週3回（月額）"] \
                or tables[0].cell(1, 0).text != tables[0].cell(0, 0).text \
                or tables[0].cell(0, 1)._tc is not tables[0].cell(0, 2)._tc:
            fail("the Word regulation does not hold the grade-band table with its two header rows")  # type: ignore[operator]

    # The workbook: twelve months × five classrooms with a 合計 column and row; a sheet by course.
    xlsx = _one(".xlsx", fail)
    if xlsx is not None:
        sheets = xlsx_sheets(xlsx)
        monthly = sheets.get("月別新規入塾者数", [])
        courses = sheets.get("講座別受講者数", [])
        if len(monthly) != 15 or [row[0] for row in monthly[2:14]] != MONTHS or monthly[14][0] != "合計" \
                or monthly[1][-1] != "合計" or monthly[14][-1] != "851" \
                or not courses or courses[1][0] != "講座" or courses[-1][0] != "合計" or courses[1][-1] != "合計":
            fail("the workbook does not hold twelve months with 合計 row and column and a sheet by course")  # type: ignore[operator]

    # The handbook: headings, bullet lists and a Markdown table.
    handbook = _one(".md", fail)
    if handbook is not None:
        lines = handbook.read_text(encoding="utf-8").splitlines()
        if sum(line.startswith("## ") for line in lines) < 5 or not lines[0].startswith("# ") \
                or sum(line.startswith("- ") for line in lines) < 10 \
                or not any(line.startswith("|---|") for line in lines):
            fail("the handbook lacks headings, bullet lists or a Markdown table")  # type: ignore[operator]

    # The e-mail: one UTF-8 text part in base64, a Japanese subject, dated and identified.
    mail = _one(".eml", fail)
    if mail is not None:
        raw = mail.read_bytes()
        message = message_from_bytes(raw, policy=policy.default)
        if message.is_multipart() or message.get_content_type() != "text/plain" \
                or message.get_content_charset() != "utf-8" or message["Content-Transfer-Encoding"] != "base64" \
                or not message["Date"] or not message["Message-ID"] or "授業時間" not in str(message["Subject"]) \
                or b"=?utf-8?" not in raw:
            fail("the e-mail is not a single UTF-8 base64 text part with a Japanese subject, a date and a message id")  # type: ignore[operator]


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
    check_structure(fail)

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
