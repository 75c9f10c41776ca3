"""Check that every document of the sixteenth holdout corpus parses, that each question's answer
is in it, and that the values the unanswerable questions ask for are not.

Two readings of the five documents:

* ordinary libraries (python-docx, pypdfium2, openpyxl with the number formats applied,
  python-pptx including tables and speaker notes, and the HTML page read with the standard
  library's html.parser), so that this part depends on nothing the corpus is meant to measure.
  Every answerable question's first `any` form (the one the document writes) must be literally in
  that text; every unanswerable question must have `"unanswerable": true` and an empty `any`, and
  none of the strings that would carry its value (ABSENT below) may be there; the sets hold the ids
  and counts the README gives; the PDF's table of loans by industry crosses from page 1 to page 2
  (header and first rows on page 1, the header again and the 合計 row on page 2); the Word rules
  hold the coin-exchange table with its two header rows; the HTML page is UTF-8 with one table;
* the appliance's own parser, through `corpus_tools.check_corpus` (the isolated child the
  ingestion uses): every answerable question must have one of its `any` forms in the parsed text
  (a form other than the first is noted, not failed: the parser may print a figure differently).

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout16/check_holdout16.py
"""

from __future__ import annotations

import json
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

SETS = ["holdout16_qa.jsonl", "holdout16_english_qa.jsonl", "holdout16_followup_qa.jsonl",
        "holdout16_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".pptx", ".html"}

# Each set: the id prefix and how many questions it holds.
EXPECTED = {
    "holdout16_qa.jsonl": ("h16-", 24),
    "holdout16_unanswerable_qa.jsonl": ("h16-un-", 12),
    "holdout16_english_qa.jsonl": ("h16-en-", 10),
    "holdout16_followup_qa.jsonl": ("h16-fu-", 8),
}

# What would have to be in the documents for an unanswerable question to have an answer: a label,
# a heading or a value that the corpus leaves out on purpose.
ABSENT: dict[str, list[str]] = {
    "h16-un-1": ["外貨", "米ドル", "ユーロ"],
    "h16-un-2": ["定額自動送金", "自動送金"],
    "h16-un-3": ["2025年3月末", "令和7年3月末"],
    "h16-un-4": ["（2年）", "2年固定", "固定2年"],
    "h16-un-5": ["6か月", "6ヶ月", "6カ月", "半年"],
    "h16-un-6": ["2025年4月", "2025年度"],
    "h16-un-7": ["特大"],
    "h16-un-8": ["英文", "英語"],
    "h16-un-9": ["繰上返済", "繰り上げ返済", "繰上げ返済", "一部繰上"],
    "h16-un-10": ["平均年齢"],
    "h16-un-11": ["限度額", "引出し限度", "引き出し限度", "上限額"],
    "h16-un-12": ["開示債権額", "開示債権の額", "開示債権残高", "開示債権は"],
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


class _HtmlText(HTMLParser):
    """The text of a page, a line for each block element and table cells joined by ` | `."""

    BLOCKS = {"p", "h1", "h2", "h3", "tr", "title", "li", "header", "footer"}

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []
        self.current: list[str] = []
        self.tables = 0
        self._skip = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "style":
            self._skip = True
        elif tag == "table":
            self.tables += 1
        elif tag in ("td", "th") and self.current:
            self.current.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._skip = False
        elif tag in self.BLOCKS:
            line = "".join(self.current).strip()
            if line:
                self.lines.append(line)
            self.current = []

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.current.append(data)


def html_text(path: Path) -> _HtmlText:
    parser = _HtmlText()
    parser.feed(path.read_bytes().decode("utf-8"))
    parser.close()
    return parser


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
            text = "\n".join(html_text(path).lines)
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

    # The table of loans by industry starts on page 1 and ends on page 2, its header repeated.
    pdf = [path for path in HERE.iterdir() if path.suffix == ".pdf"]
    if len(pdf) == 1:
        pages = pdf_pages(pdf[0])
        header = "2026年3月末（百万円）"
        if len(pages) < 2 or "製造業" not in pages[0] or header not in pages[0] \
                or header not in pages[1] or "合計" not in pages[1] or "合計" in pages[0]:
            fail("the PDF's table of loans by industry does not cross from page 1 to page 2")
    else:
        fail(f"expected one PDF, found {len(pdf)}")

    # The Word rules: the coin-exchange table has two header rows (the counter and the machine each
    # over 改定後 and 改定前) and five bands.
    docx = [path for path in HERE.iterdir() if path.suffix == ".docx"]
    if len(docx) == 1:
        from docx import Document

        tables = [table for table in Document(str(docx[0])).tables if "両替する枚数" in table.cell(0, 0).text]
        if len(tables) != 1 or len(tables[0].rows) != 7 \
                or [cell.text for cell in tables[0].rows[1].cells][1:] != ["改定後", "改定前", "改定後", "改定前"] \
                or "両替機" not in tables[0].cell(0, 3).text or tables[0].cell(1, 0).text != tables[0].cell(0, 0).text:
            fail("the Word rules do not hold the coin-exchange table with its two header rows")
    else:
        fail(f"expected one Word file, found {len(docx)}")

    # The HTML page: UTF-8, declared so, with the ATM-hours table.
    page = [path for path in HERE.iterdir() if path.suffix == ".html"]
    if len(page) == 1:
        raw = page[0].read_bytes()
        if b'<meta charset="utf-8">' not in raw or html_text(page[0]).tables != 1:
            fail("the HTML page is not a UTF-8 page with one table")
    else:
        fail(f"expected one HTML page, found {len(page)}")

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
