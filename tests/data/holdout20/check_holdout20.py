"""Check that every document of the twentieth holdout corpus parses, that each question's answer
is in it, and that the values the unanswerable questions ask for are not.

Two readings of the five documents:

* ordinary libraries (python-docx, pypdfium2, openpyxl with the number formats applied,
  python-pptx including tables and speaker notes, and the HTML page read with the standard
  library's html.parser), so that this part depends on nothing the corpus is meant to measure.
  Every answerable question's first `any` form (the one the document writes) must be literally in
  that text; every unanswerable question must have `"unanswerable": true` and an empty `any`, and
  none of the strings that would carry its value (ABSENT below) may be there; the sets hold the ids
  and counts the README gives; the PDF's table of users by facility and care band crosses from
  page 1 to page 2 (header and first rows on page 1, the ひだまり苑ショートステイ group split by the
  break, the header again and the 合計 row on page 2); the Word fee regulation holds the day-service
  table with its two header rows; the workbook has twelve months, a 合計 row and column that add
  up, and a second sheet; the deck has a table slide, a bullet slide and speaker notes; the HTML
  page has a table of new and current hours and a contact;
* the appliance's own parser, through `corpus_tools.check_corpus` (the isolated child the
  ingestion uses): every answerable question must have one of its `any` forms in the parsed text
  (a form other than the first is noted, not failed: the parser may print a figure differently).

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout20/check_holdout20.py
"""

from __future__ import annotations

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

SETS = ["holdout20_qa.jsonl", "holdout20_english_qa.jsonl", "holdout20_followup_qa.jsonl",
        "holdout20_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".pptx", ".html"}

# Each set: the id prefix and how many questions it holds.
EXPECTED = {
    "holdout20_qa.jsonl": ("h20-", 24),
    "holdout20_unanswerable_qa.jsonl": ("h20-un-", 12),
    "holdout20_english_qa.jsonl": ("h20-en-", 10),
    "holdout20_followup_qa.jsonl": ("h20-fu-", 8),
}

# What would have to be in the documents for an unanswerable question to have an answer: a label,
# a heading or a value that the corpus leaves out on purpose.
ABSENT: dict[str, list[str]] = {
    "h20-un-1": ["延長", "9時間以上"],
    "h20-un-2": ["2024年度", "2024年"],
    "h20-un-3": ["北町"],
    "h20-un-4": ["2025年8月", "2025年度の月別", "前年同月"],
    "h20-un-5": ["訪問入浴", "入浴車"],
    "h20-un-6": ["グループホーム", "認知症対応型"],
    "h20-un-7": ["従来型個室"],
    "h20-un-8": ["夜勤体制", "人体制", "夜勤者数", "夜勤の人数", "夜勤の職員数"],
    "h20-un-9": ["敬老"],
    "h20-un-10": ["時給", "時間給"],
    "h20-un-11": ["2028年度"],
    "h20-un-12": ["賞与", "ボーナス", "か月分"],
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


class _HTMLText(HTMLParser):
    """The visible text of a page: a line per block, cells of a table row joined by " | ", and
    the line breaks and indentation of the source inside a paragraph dropped (Japanese text has no
    spaces between words)."""

    BLOCKS = {"p", "h1", "h2", "h3", "tr", "li", "title", "header", "footer", "article", "table"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("style", "script"):
            self.skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        elif tag in ("td", "th") and self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self.skip -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(re.sub(r"\s*\n\s*", "", data))


def read_html(path: Path) -> str:
    parser = _HTMLText()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return re.sub(r"\n\s*\n+", "\n", "".join(parser.parts)).strip()


def read_documents() -> dict[str, str]:
    readers = {".docx": read_docx, ".pdf": lambda path: "\n".join(pdf_pages(path)), ".xlsx": read_xlsx,
               ".pptx": read_pptx, ".html": read_html}
    texts: dict[str, str] = {}
    for path in sorted(HERE.iterdir()):
        if path.suffix not in DOCUMENT_SUFFIXES or path.name == "README.md":
            continue
        texts[path.name] = readers[path.suffix](path)
        print(f"{path.name}: {len(texts[path.name])} characters")
    return texts


def load(filename: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]


def _one(suffix: str, fail: object) -> Path | None:
    found = [path for path in HERE.iterdir() if path.suffix == suffix]
    if len(found) != 1:
        fail(f"expected one {suffix} file, found {len(found)}")  # type: ignore[operator]
        return None
    return found[0]


def check_structure(texts: dict[str, str], fail: object) -> None:
    """The layouts the README promises."""
    if len(texts) != 5 or {Path(name).suffix for name in texts} != DOCUMENT_SUFFIXES:
        fail(f"expected one document of each of {sorted(DOCUMENT_SUFFIXES)}, read {sorted(texts)}")  # type: ignore[operator]
    for name, text in texts.items():
        if len(text) < 500:
            fail(f"{name}: only {len(text)} characters read")  # type: ignore[operator]

    # The PDF: the table of users starts on page 1 and ends on page 2, its header repeated; the
    # ひだまり苑ショートステイ group starts on page 1 (its name and first rows) and goes on on page 2
    # (its 要介護4・5 row and 小計); the 合計 row is on page 2.
    pdf = _one(".pdf", fail)
    if pdf is not None:
        pages = pdf_pages(pdf)
        header = "事業所 要介護度 2025年度 2026年度 増減 前年度比（%）"
        total = "合計 34,522 35,362"
        group_subtotal = "小計 6,577 6,672"
        if len(pages) < 2 or header not in pages[0] or header not in pages[1] \
                or "本町デイサービスセンター 要支援1・2" not in pages[0] \
                or "ひだまり苑ショートステイ 要支援1・2" not in pages[0] \
                or "要介護4・5 2,716 2,833" not in pages[1] or "要介護4・5 2,716 2,833" in pages[0] \
                or group_subtotal not in pages[1] or group_subtotal in pages[0] \
                or total not in pages[1] or total in pages[0]:
            fail("the PDF's table of users does not cross from page 1 to page 2 inside the ひだまり苑ショートステイ group")  # type: ignore[operator]

    # The Word fee regulation: the day-service table has two header rows (each time band over
    # 改定後 and 改定前, the care level merged down) and five care levels.
    docx = _one(".docx", fail)
    if docx is not None:
        from docx import Document

        tables = [table for table in Document(str(docx)).tables if table.cell(0, 0).text == "要介護度"
                  and "所要時間" in table.cell(0, 1).text]
        if len(tables) != 1 or len(tables[0].rows) != 7 \
                or [cell.text for cell in tables[0].rows[1].cells][1:] != ["改定後", "改定前"] * 3 \
                or tables[0].cell(1, 0).text != "要介護度" \
                or tables[0].cell(0, 1).text != tables[0].cell(0, 2).text \
                or "7時間以上9時間未満" not in tables[0].cell(0, 5).text:
            fail("the Word fee regulation does not hold the day-service table with its two header rows")  # type: ignore[operator]

    # The workbook: twelve months 4月…3月 × facilities with a 合計 row and column that add up, and
    # a second sheet.
    xlsx = _one(".xlsx", fail)
    if xlsx is not None:
        from openpyxl import load_workbook

        workbook = load_workbook(str(xlsx))
        sheet = workbook.worksheets[0]
        rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
        months = [row[0] for row in rows[1:13]]
        body = [row[1:] for row in rows[1:13]]
        ok = len(workbook.worksheets) >= 2 and rows[0][-1] == "合計" and rows[13][0] == "合計" \
            and months == ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"] \
            and all(sum(row[:-1]) == row[-1] for row in body) \
            and all(sum(row[column] for row in body) == rows[13][1 + column] for column in range(len(body[0])))
        if not ok:
            fail("the workbook does not hold twelve months × facilities with a 合計 row and column that add up")  # type: ignore[operator]

    # The deck: a table slide, a bullet slide and speaker notes.
    pptx = _one(".pptx", fail)
    if pptx is not None:
        from pptx import Presentation

        slides = list(Presentation(str(pptx)).slides)
        tables = sum(1 for slide in slides for shape in slide.shapes if getattr(shape, "has_table", False) and shape.has_table)
        bullets = any(shape.has_text_frame and sum(p.text.startswith("・") for p in shape.text_frame.paragraphs) >= 3
                      for slide in slides for shape in slide.shapes)
        notes = sum(1 for slide in slides if slide.has_notes_slide and slide.notes_slide.notes_text_frame.text.strip())
        if tables < 1 or not bullets or notes < 2:
            fail("the deck lacks a table slide, a bullet slide or speaker notes")  # type: ignore[operator]

    # The HTML page: a table of new and current hours, and a contact.
    html = _one(".html", fail)
    if html is not None:
        source = html.read_text(encoding="utf-8")
        text = texts.get(html.name, "")
        if source.count("<table>") < 1 or "変更後" not in text or "現行" not in text \
                or "内線" not in text or "<meta charset=\"utf-8\">" not in source:
            fail("the HTML page lacks a table of new and current hours or a contact")  # type: ignore[operator]


def check_with_libraries() -> int:
    texts = read_documents()
    failures = 0

    def fail(message: str) -> None:
        nonlocal failures
        failures += 1
        print(f"  {message}")

    check_structure(texts, fail)
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
