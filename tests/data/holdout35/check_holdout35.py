"""Check the thirty-fifth holdout corpus (tests/data/holdout35/README.md): its five documents, its
layout, and that each question's answer is in it exactly once while the values the unanswerable
questions ask for are not.

The documents are read with ordinary libraries (pypdfium2, python-docx, openpyxl with the number
formats applied, python-pptx including tables and speaker notes, the e-mail through the standard
library's email package), so that the check depends on nothing the corpus is meant to measure:

* five documents, one each of PDF, DOCX, XLSX, PPTX and EML;
* the PDF's price table crosses from page 1 to page 2 (its first group on page 1, its last row on
  page 2, and page 2 opening inside a group rather than with a new category), with both header
  rows (区分・治療内容・数量・条件・料金（税込）・保証期間, then 通常料金・会員料金) on both pages,
  and its bands (…枚未満) with the rule for a value on a band boundary;
* the Word rules have Heading 1 articles 第1条…第10条 and 附則, a table with 改定後 beside 改定前,
  and dates in 西暦 and 令和;
* the workbook has a title row and two merged header rows on each data sheet, a 合計 column, a
  合計 row and a 月平均 row (#,##0.0), a sheet of clinics × kinds, and a 注記 sheet;
* the e-mail is a single text/plain UTF-8 part in base64 with an encoded subject and sender name,
  a date and a message id;
* the four question sets hold the expected ids and counts; every answerable question's first `any`
  form occurs in the documents' text exactly once (an occurrence inside a longer number, such as
  "4,500円" in "14,500円", does not count); every unanswerable question is marked, has an empty
  `any`, and none of its ABSENT strings is in any document.

A problem is printed and the exit status is 1. With --parser, the corpus is also parsed with the
appliance's own parser through `corpus_tools.check_corpus` and its report printed (not a failure).

    .venv/bin/python tests/data/holdout35/check_holdout35.py [--parser]
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

SETS = ["holdout35_qa.jsonl", "holdout35_english_qa.jsonl", "holdout35_followup_qa.jsonl",
        "holdout35_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".pptx", ".eml"}

EXPECTED = {
    "holdout35_qa.jsonl": ("h35-", 24),
    "holdout35_unanswerable_qa.jsonl": ("h35-un-", 12),
    "holdout35_english_qa.jsonl": ("h35-en-", 10),
    "holdout35_followup_qa.jsonl": ("h35-fu-", 8),
}

# What would have to be in the documents for an unanswerable question to have an answer.
ABSENT: dict[str, list[str]] = {
    "h35-un-1": ["2025年度の来院", "2025年4月", "2025年度（"],
    "h35-un-2": ["小児矯正", "第1期"],
    "h35-un-3": ["南口院", "南口", "駅南院"],
    "h35-un-4": ["歯科助手）", "資格手当（歯科助手", "歯科助手の資格"],
    "h35-un-5": ["日額", "1日あたりの通勤", "パートタイム職員の通勤手当の額"],
    "h35-un-6": ["2027年5月の来院", "2027年度の来院", "2027年度 延べ"],
    "h35-un-7": ["年収", "初任給", "基本給月額", "基本給の額"],
    "h35-un-8": ["ゴールデンウィーク", "大型連休", "5月3日", "5月4日", "5月5日"],
    "h35-un-9": ["保証延長", "延長保証", "保証の延長"],
    "h35-un-10": ["4月の自費", "月別の自費", "自費診療収入（月別", "月別自費"],
    "h35-un-11": ["2028年度の目標", "2028年度 医院別", "2028年度の新患"],
    "h35-un-12": ["施術件数", "件数（件）", "ホワイトニング件数", "件）"],
}

HEADER_1 = ["区分", "治療内容", "数量・条件", "料金（税込）", "保証期間"]
HEADER_2 = ["通常料金", "会員料金"]


def _xlsx_value(value: object, number_format: str) -> str:
    """A cell as Excel shows it, for the number formats the generator uses (half up, as Excel)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    if number_format == "#,##0":
        return f"{value:,.0f}"
    if number_format == "#,##0.0":
        from decimal import ROUND_HALF_UP, Decimal

        return f"{Decimal(repr(value)).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP):,}"
    return str(value)


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


def read_docx(path: Path) -> str:
    from docx import Document
    from docx.table import Table

    document = Document(str(path))
    lines = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(node.text or "" for node in child.iter() if node.tag.endswith("}t")))
        elif tag == "tbl":
            for row in Table(child, document).rows:
                lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


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
        if path.suffix not in DOCUMENT_SUFFIXES:
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
    """How often `form` is in `text` on its own: a match that a digit (or a digit behind a comma or
    a point) continues on either side is part of a longer number and does not count."""
    count = 0
    start = text.find(form)
    while start >= 0:
        end = start + len(form)
        before = text[max(0, start - 2):start]
        after = text[end:end + 2]
        inside = False
        if form[0].isdigit() and before:
            inside = before[-1].isdigit() or (len(before) == 2 and before[-1] in ",." and before[0].isdigit())
        if form[-1].isdigit() and after and not inside:
            inside = after[0].isdigit() or (len(after) == 2 and after[0] in ",." and after[1].isdigit())
        if not inside:
            count += 1
        start = text.find(form, start + 1)
    return count


def load(filename: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]


def check_pdf(path: Path, fail) -> None:
    pages = pdf_pages(path)
    if len(pages) < 2:
        fail(f"{path.name}: {len(pages)} page(s), expected 2 or more")
        return
    for number, page in enumerate(pages[:2], start=1):
        for label in HEADER_1 + HEADER_2:
            if label not in page:
                fail(f"{path.name}: header label {label!r} is not on page {number}")
        if page.find("区分") > page.find("通常料金"):
            fail(f"{path.name}: on page {number} the second header row comes before the first")
    # The table's first group starts on page 1, the last group ends on page 2, and one group is cut
    # by the page break: its category on page 1 and a row of its own after the header on page 2.
    if "セラミック治療" not in pages[0] or "口臭測定" not in pages[1] or "口臭測定" in pages[0]:
        fail(f"{path.name}: the price table does not run from page 1 to page 2")
    top_of_page_2 = pages[1][pages[1].find("会員料金") + len("会員料金"):].lstrip()
    categories = ["セラミック治療", "インプラント", "矯正歯科", "ホワイトニング", "義歯（入れ歯）", "予防・その他"]
    if any(top_of_page_2.startswith(category) for category in categories):
        fail(f"{path.name}: page 2 starts with a new group; the break should fall inside a group")
    if not re.search(r"\d+枚未満", pages[0] + pages[1]) or "以上」の区分を適用" not in "".join(pages).replace("\n", ""):
        fail(f"{path.name}: no bands or no rule for a value on a band boundary")


def check_docx(path: Path, fail) -> None:
    from docx import Document

    document = Document(str(path))
    articles = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    numbered = [text for text in articles if re.match(r"第\d+条 ", text)]
    if [re.match(r"第(\d+)条", text).group(1) for text in numbered] != [str(n) for n in range(1, len(numbered) + 1)] \
            or len(numbered) < 8 or "附則" not in articles:
        fail(f"{path.name}: the Heading 1 articles are not 第1条..第N条 and 附則: {articles}")
    tables = [table for table in document.tables
              if [cell.text for cell in table.rows[0].cells][2:] == ["改定後（月額）", "改定前（月額）"]]
    if len(tables) != 1 or len(tables[0].rows) < 8:
        fail(f"{path.name}: no table with 改定後 beside 改定前")
    text = read_docx(path)
    if not re.search(r"20\d\d年（令和\d+年）", text) or "令和9年4月1日" not in text:
        fail(f"{path.name}: dates are not written in both 西暦 and 令和")


def check_xlsx(path: Path, fail) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(str(path))
    if workbook.sheetnames != ["月別来院患者数", "自費診療収入", "注記"]:
        fail(f"{path.name}: sheets are {workbook.sheetnames}")
        return
    for sheet in workbook.worksheets[:2]:
        merged = {str(cell_range) for cell_range in sheet.merged_cells.ranges}
        last = sheet.max_column
        from openpyxl.utils import get_column_letter

        letter = get_column_letter(last)
        wanted = {f"A1:{letter}1", "A2:A3", f"B2:{get_column_letter(last - 1)}2", f"{letter}2:{letter}3"}
        if not wanted <= merged:
            fail(f"{sheet.title}: merged ranges {sorted(merged)} lack {sorted(wanted - merged)}")
        if not str(sheet.cell(row=1, column=1).value or "").strip():
            fail(f"{sheet.title}: no title row")
        if not str(sheet.cell(row=2, column=last).value).startswith("合計"):
            fail(f"{sheet.title}: no 合計 column")
        labels = [sheet.cell(row=row, column=1).value for row in range(4, sheet.max_row + 1)]
        if "合計" not in labels:
            fail(f"{sheet.title}: no 合計 row")
        for row in range(4, sheet.max_row + 1):
            for column in range(2, last + 1):
                cell = sheet.cell(row=row, column=column)
                if not isinstance(cell.value, (int, float)) or cell.number_format not in ("#,##0", "#,##0.0"):
                    fail(f"{sheet.title}!{cell.coordinate}: {cell.value!r} ({cell.number_format}) is not a formatted number")
    monthly = workbook["月別来院患者数"]
    labels = [monthly.cell(row=row, column=1).value for row in range(4, monthly.max_row + 1)]
    if labels[:12] != ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"] \
            or labels[12:] != ["合計", "月平均"]:
        fail(f"月別来院患者数: rows are {labels}")
    elif monthly.cell(row=monthly.max_row, column=2).number_format != "#,##0.0":
        fail("月別来院患者数: the 月平均 row is not formatted #,##0.0")
    if not str(workbook["注記"]["A1"].value).startswith("注記"):
        fail("注記: no heading")


def check_eml(path: Path, fail) -> None:
    raw = path.read_bytes()
    message = message_from_bytes(raw, policy=policy.default)
    headers = raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in raw else raw.split(b"\n\n", 1)[0]
    if message.is_multipart() or message.get_content_type() != "text/plain" \
            or message.get_content_charset() != "utf-8" or message["Content-Transfer-Encoding"] != "base64" \
            or not message["Date"] or not message["Message-ID"]:
        fail(f"{path.name}: not a single UTF-8 base64 text part with a date and a message id")
    if b"Subject: =?utf-8?" not in headers or b"From: =?utf-8?" not in headers:
        fail(f"{path.name}: the subject or the sender's name is not encoded")


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
    checks = {".pdf": check_pdf, ".docx": check_docx, ".xlsx": check_xlsx, ".eml": check_eml}
    for path in sorted(HERE.iterdir()):
        if path.suffix in checks:
            checks[path.suffix](path, fail)

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
            forms = question["any"]
            if not forms:
                fail(f"{question['id']}: no answers")
                continue
            found = {name: occurrences(forms[0], text) for name, text in texts.items()}
            total = sum(found.values())
            if total != 1:
                fail(f"{'MISSING' if total == 0 else 'AMBIGUOUS'} {question['id']}: {forms[0]!r} occurs {total} "
                     f"times {({name: n for name, n in found.items() if n})}")
        print(f"{filename}: {len(questions)} questions, {checked} with answers checked")
    print("OK (ordinary libraries)" if failures == 0 else f"{failures} problems (ordinary libraries)")
    return 1 if failures else 0


def main() -> int:
    status = check_with_libraries()
    if "--parser" in sys.argv[1:]:
        from tests.data.corpus_tools import check_corpus

        print("-- the appliance's parser (a report, not a failure) --")
        check_corpus(HERE, suffixes=DOCUMENT_SUFFIXES, question_sets=SETS, first_form_required=False)
    return status


if __name__ == "__main__":
    sys.exit(main())
