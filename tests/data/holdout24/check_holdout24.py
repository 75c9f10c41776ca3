"""Check that every document of the twenty-fourth holdout corpus parses, that each question's answer
is in it, and that the values the unanswerable questions ask for are not.

Two readings of the five documents:

* ordinary libraries (python-docx, pypdfium2, openpyxl with the number formats applied,
  python-pptx including tables and speaker notes, and the Markdown read as UTF-8 text), so that
  this part depends on nothing the corpus is meant to measure. Every answerable question's first
  `any` form (the one the document writes) must be literally in that text; every unanswerable
  question must have `"unanswerable": true` and an empty `any`, and none of the strings that would
  carry its value (ABSENT below) may be there; the sets hold the ids and counts the README gives;
  the PDF's table of rentals by shop and class crosses from page 1 to page 2 (header and the
  空港店 group's first rows on page 1, the header again, the rest of that group with its 小計 and
  the 合計 row on page 2); the Word regulation holds the rate table with its two header rows;
* the appliance's own parser, through `corpus_tools.check_corpus` (the isolated child the
  ingestion uses): every answerable question must have one of its `any` forms in the parsed text
  (a form other than the first is noted, not failed: the parser may print a figure differently).

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout24/check_holdout24.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))
sys.dont_write_bytecode = True

SETS = ["holdout24_qa.jsonl", "holdout24_english_qa.jsonl", "holdout24_followup_qa.jsonl",
        "holdout24_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".pptx", ".md"}

# Each set: the id prefix and how many questions it holds.
EXPECTED = {
    "holdout24_qa.jsonl": ("h24-", 24),
    "holdout24_unanswerable_qa.jsonl": ("h24-un-", 12),
    "holdout24_english_qa.jsonl": ("h24-en-", 10),
    "holdout24_followup_qa.jsonl": ("h24-fu-", 8),
}

# What would have to be in the documents for an unanswerable question to have an answer: a label,
# a heading or a value that the corpus leaves out on purpose.
ABSENT: dict[str, list[str]] = {
    "h24-un-1": ["EV", "電気自動車", "Eクラス"],
    "h24-un-2": ["2024年度", "2024年"],
    "h24-un-3": ["北口店", "北口"],
    "h24-un-4": ["マンスリー", "月極", "1か月単位", "1か月料金", "1か月あたり", "ひと月"],
    "h24-un-5": ["2028年度"],
    "h24-un-6": ["スキーキャリア", "キャリア", "ルーフボックス"],
    "h24-un-7": ["センター長", "所長"],
    "h24-un-8": ["修理費", "修理代", "平均修理"],
    "h24-un-9": ["2025年8月"],
    "h24-un-10": ["⇔ フェリー", "⇔フェリー", "フェリーターミナル ⇔", "フェリーターミナル⇔",
                  "フェリーターミナル営業所 ⇔", "ターミナル営業所への乗捨て"],
    "h24-un-11": ["補償料収入", "免責補償料の収入", "免責補償料の売上", "オプション収入"],
    "h24-un-12": ["平均貸渡日数", "平均貸渡期間", "平均日数", "平均貸渡時間"],
}


def _xlsx_value(value: object, number_format: str) -> str:
    """A cell as Excel shows it, for the number formats the generator uses."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    if number_format == "#,##0":
        return f"{value:,.0f}"
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

    # The table of rentals by shop and class starts on page 1 and ends on page 2, its header
    # repeated; the 空港店 group starts on page 1 (its name and Kクラス row) and goes on on page 2
    # (its Lクラス row and 小計), where the shop's name is not written again.
    pdf = [path for path in HERE.iterdir() if path.suffix == ".pdf"]
    if len(pdf) == 1:
        pages = pdf_pages(pdf[0])
        header = "売上高（千円）"
        if len(pages) < 2 or "空港店 Kクラス 2,983 3,046" not in pages[0] or header not in pages[0] \
                or header not in pages[1] or "合計 42,271 44,071" not in pages[1] or "合計 42,271" in pages[0] \
                or "Lクラス 1,170 1,332" not in pages[1] or "小計 17,692 19,036" not in pages[1] \
                or "小計 17,692" in pages[0] or "空港店" in pages[1].split(header, 1)[-1].split("駅前店 Kクラス")[0]:
            fail("the PDF's table of rentals does not cross from page 1 to page 2 inside the 空港店 group")
    else:
        fail(f"expected one PDF, found {len(pdf)}")

    # The Word regulation: the rate table has two header rows (each duration band over 改定後 and
    # 改定前) and five classes.
    docx = [path for path in HERE.iterdir() if path.suffix == ".docx"]
    if len(docx) == 1:
        from docx import Document

        tables = [table for table in Document(str(docx[0])).tables if table.cell(0, 0).text == "車両クラス"
                  and len(table.columns) == 9]
        if len(tables) != 1 or len(tables[0].rows) != 7 \
                or [cell.text for cell in tables[0].rows[1].cells][1:] != ["改定後", "改定前"] * 4 \
                or [tables[0].cell(0, column).text for column in (1, 3, 5, 7)] != \
                ["6時間まで", "12時間まで", "24時間まで", "以降1日ごと"] \
                or tables[0].cell(1, 0).text != tables[0].cell(0, 0).text:
            fail("the Word regulation does not hold the rate table with its two header rows")
    else:
        fail(f"expected one Word file, found {len(docx)}")

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
            if "english" in filename and not any(form in forms[0] for form in question.get("answer_any", [])):
                fail(f"{question['id']}: no answer_any form is part of the document's form {forms[0]!r}")
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
