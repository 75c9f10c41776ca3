"""Check that every document of the thirty-fourth holdout corpus reads, that each question's answer
is in it exactly once, and that the values the unanswerable questions ask for are not.

The five documents are read with ordinary libraries (pypdfium2, python-docx, openpyxl with the
number formats applied, the e-mail with the standard library's email package, the Markdown file
as UTF-8 text; python-pptx with tables and speaker notes for any deck), so that this part depends
on nothing the corpus is meant to measure. It fails (exit status 1) unless:

* there are five documents of five distinct formats;
* the PDF's menu price table crosses from page 1 to page 2 with both of its header rows repeated,
  the カラー（全体染め） group starting on page 1 and its last band (60cm以上, the menu not written
  again) on page 2;
* the Word rules hold numbered articles and the allowance table with 改定後 beside 改定前;
* the workbook has its title row, two merged header rows, a 合計 and a 月平均 row, and a 注記 sheet;
* the e-mail is a single UTF-8 text part, base64, with a date and a message id;
* the four question sets hold exactly the ids and counts the README gives;
* every answerable question's FIRST `any` form occurs in the documents' text exactly once (an
  occurrence inside a longer number does not count: "4,500円" is not found in "14,500円");
* every unanswerable question is marked so, with an empty `any`, and none of the strings that
  would carry its value (ABSENT below) is in the documents.

With `--parser` it also parses the corpus with the appliance's parser through
`corpus_tools.check_corpus` and reports what it finds there (a report only, never a failure).

    .venv/bin/python tests/data/holdout34/check_holdout34.py [--parser]
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

SETS = ["holdout34_qa.jsonl", "holdout34_english_qa.jsonl", "holdout34_followup_qa.jsonl",
        "holdout34_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".pdf", ".docx", ".xlsx", ".eml", ".md"}
READABLE_SUFFIXES = DOCUMENT_SUFFIXES | {".pptx"}

EXPECTED = {
    "holdout34_qa.jsonl": ("h34-", 24),
    "holdout34_unanswerable_qa.jsonl": ("h34-un-", 12),
    "holdout34_english_qa.jsonl": ("h34-en-", 10),
    "holdout34_followup_qa.jsonl": ("h34-fu-", 8),
}

# What would have to be in the documents for an unanswerable question to have an answer.
ABSENT: dict[str, list[str]] = {
    "h34-un-1": ["キッズ", "小学生", "子ども料金", "こども", "子供"],
    "h34-un-2": ["ブリーチ"],
    "h34-un-3": ["メンズ", "男性"],
    "h34-un-4": ["時給"],
    "h34-un-5": ["退職金", "退職手当"],
    "h34-un-6": ["2026年度", "2026年"],
    "h34-un-7": ["西口店", "西口"],
    "h34-un-8": ["男女", "女性"],
    "h34-un-9": ["ゴールデンウィーク", "GW", "大型連休", "5月3日"],
    "h34-un-10": ["LINE", "ライン"],
    "h34-un-11": ["駐車場", "駐車"],
    "h34-un-12": ["年末年始", "12月31日", "1月1日", "正月"],
}

PRICE_HEADER = "担当スタイリストのランク別料金（税込）"


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


def document_paths() -> list[Path]:
    return [path for path in sorted(HERE.iterdir())
            if path.suffix in READABLE_SUFFIXES and path.name != "README.md"]


def read_documents() -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in document_paths():
        if path.suffix == ".docx":
            text = read_docx(path)
        elif path.suffix == ".pdf":
            text = "\n".join(pdf_pages(path))
        elif path.suffix == ".xlsx":
            text = read_xlsx(path)
        elif path.suffix == ".pptx":
            text = read_pptx(path)
        elif path.suffix == ".eml":
            text = mail_text(path)
        else:
            text = path.read_text(encoding="utf-8")
        texts[path.name] = text
        print(f"{path.name}: {len(text)} characters")
    return texts


def occurrences(form: str, text: str) -> int:
    """How often `form` is in `text`, not counting a match that is part of a longer number (a digit,
    or a comma or point followed by a digit, right before or right after it)."""
    count = 0
    start = 0
    while True:
        index = text.find(form, start)
        if index < 0:
            return count
        start = index + 1
        before = text[index - 1] if index > 0 else ""
        after = text[index + len(form):index + len(form) + 2]
        if form[0].isdigit() and (before.isdigit() or (before in ",." and index > 1 and text[index - 2].isdigit())):
            continue
        if form[-1].isdigit() and after and (after[0].isdigit()
                                             or (after[0] in ",.:" and len(after) > 1 and after[1].isdigit())):
            continue
        count += 1


def load(filename: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]


def check_with_libraries() -> int:
    texts = read_documents()
    failures = 0

    def fail(message: str) -> None:
        nonlocal failures
        failures += 1
        print(f"  {message}")

    suffixes = [Path(name).suffix for name in texts]
    if len(texts) != 5 or len(set(suffixes)) != 5:
        fail(f"expected five documents of five distinct formats, read {sorted(texts)}")
    for name, text in texts.items():
        if len(text) < 500:
            fail(f"{name}: only {len(text)} characters read")

    # The PDF's menu price table starts on page 1 and ends on page 2, both header rows repeated; the
    # カラー（全体染め） group starts on page 1 (its name and first four bands) and its 60cm以上 row,
    # without the menu's name, is the first row on page 2.
    pdf = [path for path in HERE.iterdir() if path.suffix == ".pdf"]
    if len(pdf) == 1:
        pages = [re.sub(r"\s+", " ", page) for page in pdf_pages(pdf[0])]
        rank_row = "ジュニアスタイリスト スタイリスト トップスタイリスト ディレクター"
        if len(pages) < 2 \
                or any(PRICE_HEADER not in page or rank_row not in page for page in pages[:2]) \
                or "カット 15cm未満 4,180円" not in pages[0] \
                or "カラー（全体染め） 15cm未満 6,380円" not in pages[0] \
                or "45cm以上60cm未満 8,360円 9,240円" not in pages[0] \
                or "60cm以上 9,020円 9,900円 10,890円 12,100円" not in pages[1] \
                or "9,020円" in pages[0] or "カラー（全体染め）" in pages[1] \
                or "60cm以上 23,100円 24,420円 25,850円 27,500円" not in pages[1]:
            fail("the PDF's price table does not cross from page 1 to page 2 inside the カラー（全体染め） "
                 "group with its two header rows repeated")
    else:
        fail(f"expected one PDF, found {len(pdf)}")

    # The Word rules: numbered articles and the allowance table, the revised value beside the old.
    docx = [path for path in HERE.iterdir() if path.suffix == ".docx"]
    if len(docx) == 1:
        from docx import Document

        document = Document(str(docx[0]))
        headings = [paragraph.text for paragraph in document.paragraphs if paragraph.style.name == "Heading 1"]
        allowances = [table for table in document.tables if table.cell(0, 0).text == "手当"]
        if not all(any(heading.startswith(f"第{number}条") for heading in headings) for number in range(1, 11)) \
                or len(allowances) != 1 \
                or [cell.text for cell in allowances[0].rows[0].cells][2:] != ["改定後（月額）", "改定前（月額）"] \
                or "令和" not in texts[docx[0].name]:
            fail("the Word rules lack numbered articles 第1条〜第10条, the allowance table or a 令和 date")
    else:
        fail(f"expected one Word file, found {len(docx)}")

    # The workbook: title row, two merged header rows, 合計 and 月平均, a 注記 sheet.
    xlsx = [path for path in HERE.iterdir() if path.suffix == ".xlsx"]
    if len(xlsx) == 1:
        from openpyxl import load_workbook

        workbook = load_workbook(str(xlsx[0]))
        sheet = workbook.worksheets[0]
        merged = {str(block) for block in sheet.merged_cells.ranges}
        labels = [sheet.cell(row=row, column=1).value for row in range(1, sheet.max_row + 1)]
        if not {"A1:G1", "A2:A3", "B2:F2", "G2:G3"} <= merged or "合計" not in labels or "月平均" not in labels \
                or "注記" not in workbook.sheetnames or sheet.cell(row=4, column=2).number_format != "#,##0":
            fail("the workbook lacks its title row, merged header rows, 合計/月平均 rows, formats or 注記 sheet")
    else:
        fail(f"expected one workbook, found {len(xlsx)}")

    # The e-mail: one UTF-8 text part in base64, dated and identified, its subject encoded.
    mail = [path for path in HERE.iterdir() if path.suffix == ".eml"]
    if len(mail) == 1:
        raw = mail[0].read_bytes()
        message = message_from_bytes(raw, policy=policy.default)
        if message.is_multipart() or message.get_content_type() != "text/plain" \
                or message.get_content_charset() != "utf-8" or message["Content-Transfer-Encoding"] != "base64" \
                or not message["Date"] or not message["Message-ID"] or b"Subject: =?utf-8?" not in raw:
            fail("the e-mail is not a single UTF-8 base64 text part with an encoded subject, a date and a message id")
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
                fail(f"{'MISSING' if total == 0 else 'AMBIGUOUS'} {question['id']}: {forms[0]!r} occurs "
                     f"{total} times {({name: n for name, n in found.items() if n})}")
            if "english" in filename and not set(forms) <= set(question["answer_any"]):
                fail(f"{question['id']}: answer_any does not hold every `any` form")
        print(f"{filename}: {len(questions)} questions, {checked} with answers checked")
    print("OK (ordinary libraries)" if failures == 0 else f"{failures} problems (ordinary libraries)")
    return 1 if failures else 0


def main() -> int:
    status = check_with_libraries()
    if "--parser" in sys.argv[1:]:
        from tests.data.corpus_tools import check_corpus

        print("-- the appliance's parser (report only) --")
        parser_status = check_corpus(HERE, suffixes=DOCUMENT_SUFFIXES, question_sets=SETS, first_form_required=False)
        print(f"parser check: {'all answers found' if parser_status == 0 else 'some answers not found'} (not a failure)")
    return status


if __name__ == "__main__":
    sys.exit(main())
