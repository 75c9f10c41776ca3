"""Check that every document of the twenty-eighth holdout corpus parses, that each question's answer
is in it, and that the values the unanswerable questions ask for are not.

Two readings of the five documents:

* ordinary libraries (python-docx, pypdfium2, openpyxl with the number formats applied,
  python-pptx including tables and speaker notes, and the e-mail read with the standard library's
  email package), so that this part depends on nothing the corpus is meant to measure. Every
  answerable question's first `any` form (the one the document writes) must be literally in that
  text; every unanswerable question must have `"unanswerable": true` and an empty `any`, and none
  of the strings that would carry its value (ABSENT below) may be there; the sets hold the ids and
  counts the README gives; the PDF's table of extended-care fees crosses from page 1 to page 2
  inside the しののめ第二保育園 group (its name and first row on page 1, the header again and its
  other rows on page 2), and the fee table above it has two header rows; the Word work rules hold
  the shift-allowance table with its two header rows; the e-mail is a single UTF-8 text part with
  a date and message id; the workbook carries the number formats #,##0, 0.0% and 0.0;
* the appliance's own parser, through `corpus_tools.check_corpus` (the isolated child the
  ingestion uses): every answerable question must have one of its `any` forms in the parsed text
  (a form other than the first is noted, not failed: the parser may print a figure differently).

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout28/check_holdout28.py
"""

from __future__ import annotations

import json
import sys
from email import message_from_bytes, policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

SETS = ["holdout28_qa.jsonl", "holdout28_english_qa.jsonl", "holdout28_followup_qa.jsonl",
        "holdout28_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".pptx", ".eml"}

# Each set: the id prefix and how many questions it holds.
EXPECTED = {
    "holdout28_qa.jsonl": ("h28-", 24),
    "holdout28_unanswerable_qa.jsonl": ("h28-un-", 12),
    "holdout28_english_qa.jsonl": ("h28-en-", 10),
    "holdout28_followup_qa.jsonl": ("h28-fu-", 8),
}

# What would have to be in the documents for an unanswerable question to have an answer: a label,
# a heading or a value that the corpus leaves out on purpose.
ABSENT: dict[str, list[str]] = {
    "h28-un-1": ["ひかり保育園", "ひかり"],
    "h28-un-2": ["病児", "病後児"],
    "h28-un-3": ["宿直", "夜勤"],
    "h28-un-4": ["退職金", "退職手当"],
    "h28-un-5": ["2025年度", "2025年4月"],
    "h28-un-6": ["2028年度"],
    "h28-un-7": ["6年生", "高学年", "学年別"],
    "h28-un-8": ["ゴールデンウィーク", "5月3日", "5月4日", "5月5日", "大型連休"],
    "h28-un-9": ["初任給", "基本給", "給料表"],
    "h28-un-10": ["入園料", "入会金", "入園金", "入所料"],
    "h28-un-11": ["予備日", "雨天", "順延"],
    "h28-un-12": ["介護休業", "介護休暇"],
}

# The number formats the workbook must carry (a count, a rate, children per staff member).
XLSX_FORMATS = {"#,##0", "#,##0.0", "0.0%", "0.0"}


def _xlsx_value(value: object, number_format: str) -> str:
    """A cell as Excel shows it, for the number formats the generator uses."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    if number_format == "#,##0":
        return f"{value:,.0f}"
    if number_format == "#,##0.0":
        return f"{value:,.1f}"
    if number_format == "0.0":
        return f"{value:.1f}"
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

    # The PDF: the fee table has two header rows (each age class over 標準時間 and 短時間) on
    # page 1; the table of extended-care fees starts on page 1 and ends on page 2, its header
    # repeated, and the しののめ第二保育園 group is split by the break (its name and first row on
    # page 1, its other two rows on page 2, under the repeated header).
    pdf = [path for path in HERE.iterdir() if path.suffix == ".pdf"]
    if len(pdf) == 1:
        pages = pdf_pages(pdf[0])
        header = "施設 認定・利用区分 時間帯 月額（改定後） 月額（改定前） 1回利用（スポット）"
        first_row = "しののめ第二保育園 標準時間認定 18:00〜19:00 4,200円 3,600円 550円"
        later_rows = ["短時間認定 7:00〜8:30 2,900円 2,500円 400円", "短時間認定 16:30〜18:00 3,100円 2,700円 450円"]
        if len(pages) < 2 or header not in pages[0] or header not in pages[1] \
                or "しののめ保育園 標準時間認定 18:00〜19:00" not in pages[0] or first_row not in pages[0] \
                or first_row in pages[1] or any(row not in pages[1] or row in pages[0] for row in later_rows) \
                or pages[1].index(header) > pages[1].index(later_rows[0]) \
                or "みなみ野学童クラブ 授業日・学校休業日" not in pages[1]:
            fail("the PDF's table of extended-care fees does not cross from page 1 to page 2 inside the "
                 "しののめ第二保育園 group")
        lines = pages[0].splitlines() if pages else []
        top = "0歳児 1・2歳児 3歳児以上"
        if top not in lines or lines.index(top) + 1 >= len(lines) \
                or lines[lines.index(top) + 1] != "標準時間 短時間 標準時間 短時間 標準時間 短時間" \
                or "D9 397,000円以上 63,500円 62,300円 60,100円 59,000円 24,800円 24,300円" not in lines:
            fail("the PDF's fee table does not have its two header rows and twelve bands on page 1")
    else:
        fail(f"expected one PDF, found {len(pdf)}")

    # The Word work rules: the shift-allowance table has two header rows (the amount per shift and
    # the monthly cap each over 改定後 and 改定前) and eight shifts; the paid-leave table two header
    # rows as well (the part-timers' days per week under one heading) and seven bands.
    docx = [path for path in HERE.iterdir() if path.suffix == ".docx"]
    if len(docx) == 1:
        from docx import Document

        tables = Document(str(docx[0])).tables
        allowances = [table for table in tables if "1回あたりの手当額" in table.cell(0, 1).text]
        leave = [table for table in tables if table.cell(0, 0).text == "勤続年数"]
        if len(allowances) != 1 or len(allowances[0].rows) != 10 \
                or [cell.text for cell in allowances[0].rows[1].cells][1:] != ["改定後", "改定前", "改定後", "改定前"] \
                or allowances[0].cell(0, 2).text != "1回あたりの手当額" \
                or allowances[0].cell(0, 3).text != "1か月の上限額" \
                or allowances[0].cell(1, 0).text != allowances[0].cell(0, 0).text:
            fail("the Word work rules do not hold the shift-allowance table with its two header rows")
        if len(leave) != 1 or len(leave[0].rows) != 9 \
                or [cell.text for cell in leave[0].rows[1].cells][2:] != ["週4日", "週3日", "週2日", "週1日"]:
            fail("the Word work rules do not hold the paid-leave table with its two header rows")
    else:
        fail(f"expected one Word file, found {len(docx)}")

    # The workbook: counts, rates and ratios carry their number formats.
    xlsx = [path for path in HERE.iterdir() if path.suffix == ".xlsx"]
    if len(xlsx) == 1:
        from openpyxl import load_workbook

        formats = {cell.number_format for sheet in load_workbook(str(xlsx[0])).worksheets
                   for row in sheet.iter_rows() for cell in row if isinstance(cell.value, (int, float))}
        if not XLSX_FORMATS <= formats:
            fail(f"the workbook's number formats {sorted(formats)} do not include {sorted(XLSX_FORMATS)}")
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
