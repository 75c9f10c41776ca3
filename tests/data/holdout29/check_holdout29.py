"""Check that every document of the twenty-ninth holdout corpus parses, that each question's answer
is in it exactly once, and that the values the unanswerable questions ask for are not.

The five documents are read with ordinary libraries only (python-docx, pypdfium2, openpyxl with the
number formats applied, python-pptx including tables and speaker notes, and the e-mail through the
standard library's email package), so that this check depends on nothing the corpus is meant to
measure; the appliance's own parser is not used. Checked:

* every answerable question (Japanese, English and the second turn of each follow-up) has a first
  `any` form that is in the text exactly once (a figure counted only where it is not part of a
  longer figure), and every English question has `answer_any` holding all of its `any` forms;
* every unanswerable question has `"unanswerable": true`, an empty `any`, and none of the strings
  that would carry its value (ABSENT below) is anywhere in the documents;
* the sets hold the ids and counts the README gives;
* the PDF's course-fee table crosses from page 1 to page 2 with its two header rows repeated, inside
  the 普通二輪 group (the group name only on page 1); the Word allowance table has its two header
  rows; the workbook's test sheet has its merged two-row header; the e-mail is a single UTF-8 text
  part with a fixed date and message id; every weekday written after a date is the right one.

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout29/check_holdout29.py
"""

from __future__ import annotations

import datetime
import json
import re
import sys
from email import message_from_bytes, policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE))

import holdout29_content as c  # noqa: E402

SETS = ["holdout29_qa.jsonl", "holdout29_english_qa.jsonl", "holdout29_followup_qa.jsonl",
        "holdout29_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".pptx", ".eml"}

EXPECTED = {
    "holdout29_qa.jsonl": ("h29-", 24),
    "holdout29_english_qa.jsonl": ("h29-en-", 10),
    "holdout29_followup_qa.jsonl": ("h29-fu-", 8),
    "holdout29_unanswerable_qa.jsonl": ("h29-un-", 12),
}

# What would have to be in the documents for an unanswerable question to have an answer: a label,
# a heading or a value that the corpus leaves out on purpose.
ABSENT: dict[str, list[str]] = {
    "h29-un-1": ["大型特殊車", "大特"],
    "h29-un-2": ["牽引", "けん引"],
    "h29-un-3": ["2025年度", "2025年4月", "前年度の入所"],
    "h29-un-4": ["西山校", "西山自動車学校", "西山"],
    "h29-un-5": ["ペーパードライバー", "ペーパー講習"],
    "h29-un-6": ["住宅手当", "家賃補助", "住居手当"],
    "h29-un-7": ["育児休業", "育休"],
    "h29-un-8": ["合宿"],
    "h29-un-9": ["年末年始の休校", "12月29日", "12月30日", "12月31日", "1月2日", "1月3日"],
    "h29-un-10": ["受付責任者", "受付主任", "受付リーダー"],
    "h29-un-11": ["始発", "時刻表", "発車時刻", "最終便"],
    "h29-un-12": ["教習車の台数", "教習車両の台数", "教習車（台）", "教習車は"],
}


# ---------------------------------------------------------------------------------------------
# Readers.

def _xlsx_value(value: object, number_format: str) -> str:
    """A cell as Excel shows it, for the number formats the generator uses."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    if number_format == "#,##0":
        return f"{value:,.0f}"
    if number_format == "#,##0.0":
        return f"{value:,.1f}"
    if number_format == "0.0%":
        return f"{value * 100:.1f}%"
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
                for cell in row.cells:
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
    readers = {".docx": read_docx, ".pdf": lambda path: "\n".join(pdf_pages(path)), ".xlsx": read_xlsx,
               ".pptx": read_pptx, ".eml": mail_text}
    texts: dict[str, str] = {}
    for path in sorted(HERE.iterdir()):
        if path.suffix in readers:
            texts[path.name] = readers[path.suffix](path)
            print(f"{path.name}: {len(texts[path.name])} characters")
    return texts


def occurrences(form: str, text: str) -> int:
    """How often form is in text; a form that starts or ends with a digit is not counted inside a
    longer figure (「8,250」 is not in 「18,250」, 「15日」 is not in 「115日」)."""
    pattern = re.escape(form)
    if form[:1].isdigit():
        pattern = r"(?<![0-9,.])" + pattern
    if form[-1:].isdigit():
        pattern += r"(?![0-9]|[,.][0-9])"
    return len(re.findall(pattern, text))


def load(filename: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]


# ---------------------------------------------------------------------------------------------
# Checks.

def main() -> int:
    texts = read_documents()
    corpus = "\n".join(texts.values())
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

    # The PDF's course-fee table: header rows and first groups on page 1, the rest of the 普通二輪
    # group (without its name) on page 2 after the repeated header.
    pages = pdf_pages(HERE / c.FEES_FILENAME)
    header = "一般 学生 一般 学生"
    if len(pages) < 2 or pages[0].count(header) != 1 or pages[1].count(header) != 1 \
            or "普通二輪 なし・原付免許 176,110" not in pages[0] or "130,460" in pages[0] \
            or "\n普通車 130,460 123,860 143,660 137,060" not in pages[1] \
            or "大型二輪 普通車 214,280" not in pages[1]:
        fail("the PDF's course-fee table does not cross from page 1 to page 2 inside the 普通二輪 group")

    # The Word allowance table: two header rows, the amount over 改定後 and 改定前.
    from docx import Document

    tables = [table for table in Document(str(HERE / c.RULES_FILENAME)).tables
              if table.cell(0, 0).text == "手当の名称"]
    if len(tables) != 1 or len(tables[0].rows) != 2 + len(c.ALLOWANCES) \
            or [cell.text for cell in tables[0].rows[1].cells][3:] != ["改定後", "改定前"] \
            or tables[0].cell(1, 0).text != "手当の名称" or tables[0].cell(0, 3).text != "支給額（円）":
        fail("the Word allowance table does not have its two header rows")

    # The workbook's test sheet: a merged two-row header.
    from openpyxl import load_workbook

    sheet = load_workbook(str(HERE / c.FIGURES_FILENAME))["検定合格率"]
    merged = {str(cell_range) for cell_range in sheet.merged_cells.ranges}
    if not {"A2:A3", "B2:B3", "C2:E2", "F2:H2"} <= merged or sheet["C3"].value != "受検者数（人）":
        fail("the workbook's test sheet does not have its merged two-row header")

    # The e-mail: one UTF-8 text part, dated and identified.
    message = message_from_bytes((HERE / c.MAIL_FILENAME).read_bytes(), policy=policy.default)
    if message.is_multipart() or message.get_content_type() != "text/plain" \
            or message.get_content_charset() != "utf-8" or message["Message-ID"] != c.MAIL_MESSAGE_ID \
            or message["Date"].datetime != c.MAIL_DATE:
        fail("the e-mail is not a single UTF-8 text part with the fixed date and message id")

    # Every weekday written after a date is the right one.
    for name, text in texts.items():
        flat = text.replace("\n", "")
        for match in re.finditer(r"(?:(20\d\d)年)?(\d{1,2})月(\d{1,2})日（([月火水木金土日])", flat):
            year = int(match.group(1)) if match.group(1) else 2027
            weekday = c.WEEKDAYS[datetime.date(year, int(match.group(2)), int(match.group(3))).weekday()]
            if weekday != match.group(4):
                fail(f"{name}: {match.group(0)} is a {weekday}")

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
            if "unanswerable" in filename:
                if question.get("unanswerable") is not True or question.get("any") != []:
                    fail(f"{question['id']}: must be marked unanswerable with an empty any")
                if question["id"] not in ABSENT:
                    fail(f"{question['id']}: no ABSENT strings to check")
                for value in ABSENT.get(question["id"], []):
                    where = [name for name, text in texts.items() if value in text.replace("\n", "")]
                    if where:
                        fail(f"PRESENT {question['id']}: {value!r} is in {where}")
                continue
            if question.get("unanswerable"):
                fail(f"{question['id']}: marked unanswerable outside the unanswerable set")
            forms = question.get("any") or []
            if not forms:
                fail(f"{question['id']}: no answers")
                continue
            if len(set(forms)) != len(forms):
                fail(f"{question['id']}: repeated forms")
            found = occurrences(forms[0], corpus)
            if found != 1:
                fail(f"{'MISSING' if found == 0 else 'AMBIGUOUS'} {question['id']}: {forms[0]!r} is in the text "
                     f"{found} times")
            if "english" in filename:
                answer_any = question.get("answer_any") or []
                if not set(forms) <= set(answer_any) or len(answer_any) <= len(forms):
                    fail(f"{question['id']}: answer_any must hold the any forms and English forms")
            checked += 1
        print(f"{filename}: {len(questions)} questions, {checked} with answers checked")
    print("OK" if failures == 0 else f"{failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
