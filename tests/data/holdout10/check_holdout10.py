"""Check that every document of the tenth holdout corpus parses, that each question's answer is in
it, and that the values the unanswerable questions ask for are not.

Unlike the earlier holdout checks, this one does not use the appliance's parser: each file is read
with an ordinary library (python-docx, pypdfium2, openpyxl, python-pptx, and plain UTF-8 for the
Markdown), so that the check depends on nothing the corpus is meant to measure. The Excel
figures are written out as their number formats show them (`#,##0` → 1,234; `0.0` → 12.3). Then:

* for every question of the four holdout10 sets that has answers, its first `any` form (the one
  the document writes) must appear literally in the text of the five documents;
* every unanswerable question must have `"unanswerable": true` and an empty `any`, and none of
  the strings that would carry its value (ABSENT below) may appear in the text;
* the sets hold the counts and ids the README gives (h10-1..24, h10-none-1..12, h10-en-1..10 with
  `answer_any`, h10-fu-1..8 with two turns);
* the PDF's cost table crosses the page break (rows of it on page 1 and on page 2).

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout10/check_holdout10.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent

SETS = ["holdout10_qa.jsonl", "holdout10_english_qa.jsonl", "holdout10_followup_qa.jsonl",
        "holdout10_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".pptx", ".md"}

# Each set: the id prefix and how many questions it holds.
EXPECTED = {
    "holdout10_qa.jsonl": ("h10-", 24),
    "holdout10_unanswerable_qa.jsonl": ("h10-none-", 12),
    "holdout10_english_qa.jsonl": ("h10-en-", 10),
    "holdout10_followup_qa.jsonl": ("h10-fu-", 8),
}

# What would have to be in the documents for an unanswerable question to have an answer: a table
# heading, a label or a value that the corpus leaves out on purpose.
ABSENT = {
    "h10-none-1": ["海外", "国外"],
    "h10-none-2": ["2024年度", "令和6年度"],
    "h10-none-3": ["令和4年", "令和3年", "2022年", "2021年", "2020年"],
    "h10-none-4": ["完成工事総利益 2025年度", "総利益率 2025年度", "2025年度の総利益"],
    "h10-none-5": ["月極", "1か月単位", "1か月の貸出", "月単位", "1週間"],
    "h10-none-6": ["FAX", "Fax", "ファクス", "ファックス"],
    "h10-none-7": ["資格手当（改定前）", "資格手当の改定前", "資格手当（〜2027年3月）", "改定前の資格手当"],
    "h10-none-8": ["閉所率 2025年度", "2025年度実績", "2025年度の閉所率"],
    "h10-none-9": ["予算", "2027年度（万円）", "計画額"],
    "h10-none-10": ["タクシー代の上限", "タクシーは1回", "タクシー代は1回", "タクシー（上限"],
    "h10-none-11": ["クレーン"],
    "h10-none-12": ["社長パトロールは2025年度", "2025年度は11回", "2025年度は10回", "2025年度は13回",
                    "2025年度は12回", "巡回を2025年度"],
}


def _xlsx_value(value: object, number_format: str) -> str:
    """A cell as Excel shows it, for the number formats the generator uses."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    if number_format == "#,##0":
        return f"{value:,.0f}"
    if number_format == "0.0":
        return f"{value:.1f}"
    if number_format == "0":
        return f"{value:.0f}"
    return str(value)


def read_docx(path: Path) -> str:
    from docx import Document

    document = Document(str(path))
    lines = [document.core_properties.title or ""]
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(node.text or "" for node in child.iter() if node.tag.endswith("}t")))
        elif tag == "tbl":
            from docx.table import Table

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
            text = path.read_text(encoding="utf-8")
        texts[path.name] = text
        print(f"{path.name}: {len(text)} characters")
    return texts


def load(filename: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> int:
    texts = read_documents()
    failures = 0

    def fail(message: str) -> None:
        nonlocal failures
        failures += 1
        print(f"  {message}")

    if len(texts) != 5:
        fail(f"expected 5 documents, read {len(texts)}")
    for name, text in texts.items():
        if len(text) < 500:
            fail(f"{name}: only {len(text)} characters read")

    # The cost table of the PDF starts on page 1 and ends on page 2.
    pdf = [path for path in HERE.iterdir() if path.suffix == ".pdf"]
    if len(pdf) == 1:
        pages = pdf_pages(pdf[0])
        if len(pages) < 2 or "主な内容" not in pages[0] or "合計" not in pages[1] \
                or not any(name in pages[0] for name in ("墜落防止設備", "重機の安全装置")):
            fail("the PDF's cost table does not cross from page 1 to page 2")
    else:
        fail(f"expected one PDF, found {len(pdf)}")

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
    print("OK" if failures == 0 else f"{failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
