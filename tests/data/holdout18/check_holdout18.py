"""Check that every document of the eighteenth holdout corpus parses, that each question's answer
is in it, and that the values the unanswerable questions ask for are not.

Two readings of the five documents:

* ordinary libraries (python-docx, pypdfium2, openpyxl with the number formats applied,
  python-pptx including tables and speaker notes, and the e-mail read with the standard library's
  email package), so that this part depends on nothing the corpus is meant to measure. Every
  answerable question's first `any` form (the one the document writes) must be literally in that
  text; every unanswerable question must have `"unanswerable": true` and an empty `any`, and none
  of the strings that would carry its value (ABSENT below) may be there; the sets hold the ids and
  counts the README gives; the PDF's table of recycling by material crosses from page 1 to page 2
  (header and first rows on page 1, the header again and the 合計 row on page 2); the Word rules
  hold the fee table banded by weight with its two header rows; the e-mail is one text/plain part
  in ISO-2022-JP;
* the appliance's own parser, through `corpus_tools.check_corpus` (the isolated child the
  ingestion uses): every answerable question must have one of its `any` forms in the parsed text
  (a form other than the first is noted, not failed: the parser may print a figure differently).

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout18/check_holdout18.py
"""

from __future__ import annotations

import email
import email.policy
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

SETS = ["holdout18_qa.jsonl", "holdout18_english_qa.jsonl", "holdout18_followup_qa.jsonl",
        "holdout18_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".pptx", ".eml"}

# Each set: the id prefix and how many questions it holds.
EXPECTED = {
    "holdout18_qa.jsonl": ("h18-", 24),
    "holdout18_unanswerable_qa.jsonl": ("h18-un-", 12),
    "holdout18_english_qa.jsonl": ("h18-en-", 10),
    "holdout18_followup_qa.jsonl": ("h18-fu-", 8),
}

# What would have to be in the documents for an unanswerable question to have an answer: a label,
# a heading or a value that the corpus leaves out on purpose.
ABSENT: dict[str, list[str]] = {
    "h18-un-1": ["産業廃棄物", "産廃"],
    "h18-un-2": ["改定前", "旧料金", "2023年10月1日から", "2023年10月改定"],
    "h18-un-3": ["2024年度", "令和6年度"],
    "h18-un-4": ["中央営業所"],
    "h18-un-5": ["30リットル", "30L", "30ℓ"],
    "h18-un-6": ["蛍光管1本", "蛍光管の収集料金", "蛍光管の料金", "1本あたり", "1本につき"],
    "h18-un-7": ["2025年10月", "令和7年10月", "2025年度の月別"],
    "h18-un-8": ["平均年齢", "歳"],
    "h18-un-9": ["2027年12月", "2028年1月", "2028年"],
    "h18-un-10": ["購入価格", "導入費用", "取得価格", "車両価格", "購入費"],
    "h18-un-11": ["持込み料金", "持込料金", "持ち込み料金", "搬入料金", "搬入手数料", "10kgあたり", "10kgごと"],
    "h18-un-12": ["深夜", "夜間", "22時", "22:00"],
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


def read_eml(path: Path) -> tuple[str, email.message.EmailMessage]:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    body = message.get_body(preferencelist=("plain",))
    text = f"{message['Subject']}\n{message['From']}\n{message['Date']}\n{body.get_content() if body else ''}"
    return text, message  # type: ignore[return-value]


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
            text = read_eml(path)[0]
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

    # The table of recycling by material starts on page 1 and ends on page 2, its header repeated.
    pdf = [path for path in HERE.iterdir() if path.suffix == ".pdf"]
    if len(pdf) == 1:
        pages = pdf_pages(pdf[0])
        header = "2025年度（トン）"

        def total_row(page: str) -> bool:
            # The table's 合計 row, not the word in the prose (休業日数は合計31日).
            return any(line.startswith("合計 ") for line in page.splitlines())

        if len(pages) < 2 or "段ボール 4,382.6" not in pages[0] or header not in pages[0] \
                or header not in pages[1] or not total_row(pages[1]) or total_row(pages[0]) \
                or "木くず（パレット等）" not in pages[1]:
            fail("the PDF's table of recycling by material does not cross from page 1 to page 2")
    else:
        fail(f"expected one PDF, found {len(pdf)}")

    # The Word rules: the fee table has two header rows (可燃ごみ and 不燃ごみ each over 定期収集 and
    # 臨時収集) and six weight bands.
    docx = [path for path in HERE.iterdir() if path.suffix == ".docx"]
    if len(docx) == 1:
        from docx import Document

        tables = [table for table in Document(str(docx[0])).tables if "排出量" in table.cell(0, 0).text]
        if len(tables) != 1 or len(tables[0].rows) != 8 \
                or [cell.text for cell in tables[0].rows[1].cells][1:] != ["定期収集", "臨時収集", "定期収集", "臨時収集"] \
                or "可燃ごみ" not in tables[0].cell(0, 1).text or "不燃ごみ" not in tables[0].cell(0, 3).text \
                or tables[0].cell(1, 0).text != tables[0].cell(0, 0).text:
            fail("the Word rules do not hold the fee table with its two header rows")
    else:
        fail(f"expected one Word file, found {len(docx)}")

    # The e-mail: one text/plain part in ISO-2022-JP, 7bit (so its raw bytes are ASCII).
    mail = [path for path in HERE.iterdir() if path.suffix == ".eml"]
    if len(mail) == 1:
        raw = mail[0].read_bytes()
        message = read_eml(mail[0])[1]
        if message.get_content_type() != "text/plain" or message.get_content_charset() != "iso-2022-jp" \
                or not raw.isascii() or "年末年始" not in str(message["Subject"]):
            fail("the e-mail is not one text/plain part in ISO-2022-JP with a Japanese subject")
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
