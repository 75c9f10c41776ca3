"""Check that the five documents of the thirty-third holdout corpus read, that each question's
answer is in them exactly once, and that the values the unanswerable questions ask for are not.

The documents are read with ordinary libraries only (pypdfium2, python-docx, openpyxl with the
number formats applied, python-pptx including tables and speaker notes, and the standard
library's email package), so that this check depends on nothing the corpus is meant to measure:

* five documents, one of each format (.pdf, .docx, .xlsx, .pptx, .eml);
* the PDF's basic-fare table crosses from page 1 to page 2 with both of its header rows repeated,
  inside the 2トンロング車 group (its name on page 1, its last two distance bands on page 2,
  where the truck is not written again); the Word rules hold numbered articles and the table of allowances with new
  and old values side by side; the workbook has a title row, two merged header rows, a 合計 and a
  月平均 row and a 注記 sheet; the deck has a table slide with speaker notes; the e-mail is a single
  UTF-8 text part, base64, with a date and a message id;
* the question sets hold the ids and counts the README gives;
* every answerable question's FIRST `any` form (the one the document writes) occurs in the
  documents' text exactly once, not counted where it is part of a longer number ("4,500円" is not
  found in "14,500円");
* every unanswerable question has `"unanswerable": true`, an empty `any`, and none of the strings
  that would carry its value (ABSENT below) is in the documents.

A miss is printed and the exit status is 1. With `--parser` the documents are also read by the
appliance's own parser through `corpus_tools.check_corpus`, and its summary is printed (a report,
never a failure).

    .venv/bin/python tests/data/holdout33/check_holdout33.py [--parser]
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

SETS = ["holdout33_qa.jsonl", "holdout33_english_qa.jsonl", "holdout33_followup_qa.jsonl",
        "holdout33_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".pptx", ".eml"}

# Each set: the id prefix and how many questions it holds.
EXPECTED = {
    "holdout33_qa.jsonl": ("h33-", 24),
    "holdout33_unanswerable_qa.jsonl": ("h33-un-", 12),
    "holdout33_english_qa.jsonl": ("h33-en-", 10),
    "holdout33_followup_qa.jsonl": ("h33-fu-", 8),
}

# What would have to be in the documents for an unanswerable question to have an answer: a label,
# a heading or a value that the corpus leaves out on purpose.
ABSENT: dict[str, list[str]] = {
    "h33-un-1": ["10トン", "8トン", "大型車"],
    "h33-un-2": ["200km以上400km未満の引越", "長距離便の料金", "長距離便は1", "長距離便は2"],
    "h33-un-3": ["西口支店", "西口", "南支店"],
    "h33-un-4": ["2025年度", "2025年4月", "前年同月", "前年度"],
    "h33-un-5": ["12か月以上24か月未満", "24か月", "18か月"],
    "h33-un-6": ["皆勤手当", "皆勤", "無事故手当"],
    "h33-un-7": ["ゴールデンウィーク", "5月の受付時間", "5月1日", "5月3日"],
    "h33-un-8": ["グランドピアノ"],
    "h33-un-9": ["東浜支店から", "東浜支店より"],
    "h33-un-10": ["7月〜9月", "7月〜", "7月3日", "7月10日", "7月17日", "7月24日", "7月31日"],
    "h33-un-11": ["通勤手当", "通勤"],
    "h33-un-12": ["補償", "損害賠償", "保険金"],
}

DIGIT = re.compile(r"\d")


def occurrences(form: str, text: str) -> int:
    """How many times `form` is in `text` as itself: a form that starts with a digit does not count
    where a digit, a comma or a point comes just before it, and one that ends with a digit does not
    count where a digit, or a comma or point followed by a digit, comes just after it."""
    count = 0
    start = 0
    while True:
        index = text.find(form, start)
        if index < 0:
            return count
        start = index + 1
        end = index + len(form)
        if DIGIT.match(form[0]) and index > 0 and (text[index - 1].isdigit() or text[index - 1] in ",."):
            continue
        if DIGIT.match(form[-1]) and end < len(text):
            after = text[end]
            if after.isdigit() or (after in ",." and end + 1 < len(text) and text[end + 1].isdigit()):
                continue
        count += 1


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
    lines = [workbook.properties.title or ""]
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
    return "\n".join([str(message["Subject"]), str(message["From"]), str(message["To"]), str(message["Date"]),
                      body.get_content() if body is not None else ""])


def documents() -> list[Path]:
    return sorted(path for path in HERE.iterdir() if path.suffix in DOCUMENT_SUFFIXES)


def read_documents() -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in documents():
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


def load(filename: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]


def check_shapes(fail) -> None:  # noqa: ANN001
    by_suffix: dict[str, list[Path]] = {}
    for path in documents():
        by_suffix.setdefault(path.suffix, []).append(path)
    if sorted(by_suffix) != sorted(DOCUMENT_SUFFIXES) or any(len(paths) != 1 for paths in by_suffix.values()):
        fail(f"expected one document of each of {sorted(DOCUMENT_SUFFIXES)}, found {[p.name for p in documents()]}")
        return

    # The PDF: the basic-fare table starts on page 1 and goes on on page 2, both header rows
    # repeated; the 3トン車 group starts on page 1 and its last band is on page 2.
    pages = pdf_pages(by_suffix[".pdf"][0])
    first_header, second_header = "距離帯（道のり）", "平日 土日祝 平日 土日祝"
    if len(pages) < 2 \
            or not all(first_header in page and second_header in page for page in pages[:2]) \
            or "軽トラック 15km未満 18,700円" not in pages[0] \
            or "2トンロング車 15km未満" not in pages[0] or re.search(r"^2トンロング車 ", pages[1], re.M) \
            or "100km以上200km未満 102,410円" not in pages[1] or "102,410円" in pages[0] \
            or "3トン車 15km未満" not in pages[1]:
        fail("the PDF's basic-fare table does not cross from page 1 to page 2 inside the 2トンロング車 group "
             "with both header rows repeated")

    # The Word rules: numbered articles and the allowance table, new beside old.
    from docx import Document

    document = Document(str(by_suffix[".docx"][0]))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    articles = [text for text in headings if re.match(r"第\d+条", text)]
    if [re.match(r"第(\d+)条", text).group(1) for text in articles] != [str(n) for n in range(1, 10)]:
        fail(f"the Word rules do not hold the articles 第1条..第9条 in order: {articles}")
    tables = [table for table in document.tables if table.cell(0, 0).text == "手当"]
    if len(tables) != 1 or [cell.text for cell in tables[0].rows[0].cells][2:] != ["改定後", "改定前"]:
        fail("the Word rules do not hold the allowance table with new and old values side by side")
    text = "\n".join(p.text for p in document.paragraphs)
    if "令和9年" not in text or "2027年" not in text:
        fail("the Word rules do not write dates in both 西暦 and 令和")

    # The workbook: a title row, two merged header rows, 合計 and 月平均, a 注記 sheet.
    from openpyxl import load_workbook

    workbook = load_workbook(str(by_suffix[".xlsx"][0]))
    sheet = workbook.worksheets[0]
    merged = {str(area) for area in sheet.merged_cells.ranges}
    if "A2:A3" not in merged or "B2:C2" not in merged or not any(area.startswith("A1:") for area in merged) \
            or sheet["A16"].value != "合計" or sheet["A17"].value != "月平均" \
            or sheet["B17"].number_format != "#,##0.0" or sheet["B4"].number_format != "#,##0" \
            or "注記" not in workbook.sheetnames:
        fail("the workbook does not have its title row, two merged header rows, 合計, 月平均 and 注記 sheet")

    # The deck: a cover, a table slide with a note and speaker notes, a bullet slide.
    from pptx import Presentation

    slides = list(Presentation(str(by_suffix[".pptx"][0])).slides)
    with_table = [slide for slide in slides if any(getattr(shape, "has_table", False) and shape.has_table
                                                   for shape in slide.shapes)]
    if len(slides) < 3 or len(with_table) != 1 or not with_table[0].has_notes_slide \
            or not with_table[0].notes_slide.notes_text_frame.text:
        fail("the deck does not have a cover, a table slide with speaker notes and a bullet slide")

    # The e-mail: one UTF-8 text part in base64, dated and identified, the subject encoded.
    raw = by_suffix[".eml"][0].read_bytes()
    message = message_from_bytes(raw, policy=policy.default)
    if message.is_multipart() or message.get_content_type() != "text/plain" \
            or message.get_content_charset() != "utf-8" or message["Content-Transfer-Encoding"] != "base64" \
            or not message["Date"] or not message["Message-ID"] or b"Subject: =?utf-8?" not in raw:
        fail("the e-mail is not a single UTF-8 base64 text part with an encoded subject, a date and a message id")


def check_with_libraries() -> int:
    failures = 0

    def fail(message: str) -> None:
        nonlocal failures
        failures += 1
        print(f"  {message}")

    check_shapes(fail)
    texts = read_documents()
    for name, text in texts.items():
        if len(text) < 500:
            fail(f"{name}: only {len(text)} characters read")

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
            if "english" in filename:
                answer_any = question.get("answer_any") or []
                if not answer_any or not set(question.get("any", [])) <= set(answer_any):
                    fail(f"{question['id']}: answer_any must hold the any forms and English ones")
            if question.get("unanswerable"):
                if question["any"]:
                    fail(f"{question['id']}: an unanswerable question with answers")
                if question["id"] not in ABSENT:
                    fail(f"{question['id']}: no ABSENT strings to check")
                for value in ABSENT.get(question["id"], []):
                    where = [name for name, text in texts.items() if value in text]
                    if where:
                        fail(f"PRESENT {question['id']}: {value!r} is in {where}")
                continue
            if "unanswerable" in filename:
                fail(f"{question['id']}: not marked unanswerable")
                continue
            checked += 1
            forms = question.get("any") or []
            if not forms:
                fail(f"{question['id']}: no answers")
                continue
            found = {name: occurrences(forms[0], text) for name, text in texts.items()}
            total = sum(found.values())
            if total != 1:
                where = {name: number for name, number in found.items() if number}
                fail(f"{'MISSING' if total == 0 else 'AMBIGUOUS'} {question['id']}: {forms[0]!r} occurs "
                     f"{total} times {where}")
        print(f"{filename}: {len(questions)} questions, {checked} with answers checked")
    print("OK (ordinary libraries)" if failures == 0 else f"{failures} problems (ordinary libraries)")
    return 1 if failures else 0


def main() -> int:
    status = check_with_libraries()
    if "--parser" in sys.argv[1:]:
        from tests.data.corpus_tools import check_corpus

        print("-- the appliance's parser (a report; it does not change the exit status) --")
        check_corpus(HERE, suffixes=DOCUMENT_SUFFIXES, question_sets=SETS, first_form_required=False)
    return status


if __name__ == "__main__":
    sys.exit(main())
