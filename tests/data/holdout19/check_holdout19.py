"""Check that every document of the nineteenth holdout corpus parses, that each question's answer
is in it, and that the values the unanswerable questions ask for are not.

Two readings of the five documents:

* ordinary libraries (python-docx, pypdfium2, openpyxl with the number formats applied,
  python-pptx including tables and speaker notes, and the e-mail read with the standard library's
  email package), so that this part depends on nothing the corpus is meant to measure. Every
  answerable question's first `any` form (the one the document writes) must be literally in that
  text; every unanswerable question must have `"unanswerable": true` and an empty `any`, and none
  of the strings that would carry its value (ABSENT below) may be there; the sets hold the ids and
  counts the README gives; the PDF's table of new cars by showroom crosses from page 1 to page 2
  (header and first rows on page 1, the 桜台店 group split by the break, the header again and the
  合計 row on page 2); the Word price list holds the weight-band table with its two header rows;
  the e-mail is a single UTF-8 text part with a fixed date and message id;
* the appliance's own parser, through `corpus_tools.check_corpus` (the isolated child the
  ingestion uses): every answerable question must have one of its `any` forms in the parsed text
  (a form other than the first is noted, not failed: the parser may print a figure differently).

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout19/check_holdout19.py
"""

from __future__ import annotations

import json
import sys
from email import message_from_bytes, policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

SETS = ["holdout19_qa.jsonl", "holdout19_english_qa.jsonl", "holdout19_followup_qa.jsonl",
        "holdout19_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".pptx", ".eml"}

# Each set: the id prefix and how many questions it holds.
EXPECTED = {
    "holdout19_qa.jsonl": ("h19-", 24),
    "holdout19_unanswerable_qa.jsonl": ("h19-un-", 12),
    "holdout19_english_qa.jsonl": ("h19-en-", 10),
    "holdout19_followup_qa.jsonl": ("h19-fu-", 8),
}

# What would have to be in the documents for an unanswerable question to have an answer: a label,
# a heading or a value that the corpus leaves out on purpose.
ABSENT: dict[str, list[str]] = {
    "h19-un-1": ["二輪", "バイク", "オートバイ"],
    "h19-un-2": ["2024年度", "2024年"],
    "h19-un-3": ["東口店", "東口"],
    "h19-un-4": ["2025年8月", "前年同月"],
    "h19-un-5": ["オイル交換", "オイル"],
    "h19-un-6": ["下取"],
    "h19-un-7": ["お盆", "夏季休業", "夏期休業", "8月13日", "8月14日", "8月15日"],
    "h19-un-8": ["ハイブリッド", "HV"],
    "h19-un-9": ["2028年度"],
    "h19-un-10": ["スタッフ", "従業員", "社員数", "人員", "担当者数"],
    "h19-un-11": ["値引き額", "値引額", "円引き", "円値引"],
    "h19-un-12": ["月額", "加入料", "パック料金", "会費"],
}

def _xlsx_value(value: object, number_format: str) -> str:
    """A cell as Excel shows it, for the number formats the generator uses."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    if number_format == "#,##0":
        return f"{value:,.0f}"
    if number_format == "#,##0.0":
        return f"{value:,.1f}"
    if number_format == "0.000%":
        return f"{value * 100:.3f}%"
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

    # The table of new cars by showroom starts on page 1 and ends on page 2, its header repeated;
    # the 桜台店 group starts on page 1 (its name and 軽自動車 row) and goes on on page 2 (its 小計).
    pdf = [path for path in HERE.iterdir() if path.suffix == ".pdf"]
    if len(pdf) == 1:
        pages = pdf_pages(pdf[0])
        header = "2026年度（台）"
        if len(pages) < 2 or "中央店 軽自動車" not in pages[0] or header not in pages[0] \
                or header not in pages[1] or "合計 4,912 5,104" not in pages[1] or "合計" in pages[0] \
                or "桜台店 軽自動車" not in pages[0] or "小計 829 847" not in pages[1] \
                or "小計 829 847" in pages[0]:
            fail("the PDF's table of new cars does not cross from page 1 to page 2 inside the 桜台店 group")
    else:
        fail(f"expected one PDF, found {len(pdf)}")

    # The Word price list: the weight-band table has two header rows (the inspection and the
    # 12-month check each over 改定後 and 改定前) and six bands.
    docx = [path for path in HERE.iterdir() if path.suffix == ".docx"]
    if len(docx) == 1:
        from docx import Document

        tables = [table for table in Document(str(docx[0])).tables if "車両重量" in table.cell(0, 0).text]
        if len(tables) != 1 or len(tables[0].rows) != 8 \
                or [cell.text for cell in tables[0].rows[1].cells][1:] != ["改定後", "改定前", "改定後", "改定前"] \
                or "法定12か月点検" not in tables[0].cell(0, 3).text \
                or tables[0].cell(1, 0).text != tables[0].cell(0, 0).text:
            fail("the Word price list does not hold the weight-band table with its two header rows")
    else:
        fail(f"expected one Word file, found {len(docx)}")

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
