"""Check that every document of the twenty-sixth holdout corpus parses, that each question's answer
is in it, and that the values the unanswerable questions ask for are not.

Two readings of the five documents:

* ordinary libraries (python-docx, pypdfium2, openpyxl with the number formats applied,
  python-pptx including tables and speaker notes, and the standard library's html.parser for the
  HTML page), so that this part depends on nothing the corpus is meant to measure. Every
  answerable question's first `any` form (the one the document writes) must be literally in that
  text; every unanswerable question must have `"unanswerable": true` and an empty `any`, and none
  of the strings that would carry its value (ABSENT below) may be there; the sets hold the ids and
  counts the README gives; the PDF's table of availability and incidents crosses from page 1 to
  page 2 (header and first rows on page 1, the ワークフロー group split by the break, the header
  again and the 合計 row on page 2); the Word price list holds the two fee tables with their two
  header rows (the plan merged down; each user band over 改定後 and 改定前); the HTML page is
  UTF-8 and says so;
* the appliance's own parser, through `corpus_tools.check_corpus` (the isolated child the
  ingestion uses): every answerable question must have one of its `any` forms in the parsed text
  (a form other than the first is noted, not failed: the parser may print a figure differently).

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout26/check_holdout26.py
"""

from __future__ import annotations

import json
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE.parents[2]))

SETS = ["holdout26_qa.jsonl", "holdout26_english_qa.jsonl", "holdout26_followup_qa.jsonl",
        "holdout26_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".pptx", ".html"}

# Each set: the id prefix and how many questions it holds.
EXPECTED = {
    "holdout26_qa.jsonl": ("h26-", 24),
    "holdout26_unanswerable_qa.jsonl": ("h26-un-", 12),
    "holdout26_english_qa.jsonl": ("h26-en-", 10),
    "holdout26_followup_qa.jsonl": ("h26-fu-", 8),
}

# What would have to be in the documents for an unanswerable question to have an answer: a label,
# a heading or a value that the corpus leaves out on purpose.
ABSENT: dict[str, list[str]] = {
    "h26-un-1": ["2025年度", "2025年10月"],
    "h26-un-2": ["給与計算", "給与"],
    "h26-un-3": ["プレミアム"],
    "h26-un-4": ["2025年4月", "2025年", "前年同月"],
    "h26-un-5": ["賠償", "上限額"],
    "h26-un-6": ["2028年度"],
    "h26-un-7": ["専用サーバー", "専有サーバー", "オンプレミス", "専用環境"],
    "h26-un-8": ["P4"],
    "h26-un-9": ["共有アカウント", "共用アカウント", "共通アカウント"],
    "h26-un-10": ["v6", "6.0"],
    "h26-un-11": ["弁償", "自己負担", "負担額", "賠償"],
    "h26-un-12": ["API", "ＡＰＩ", "呼び出し回数"],
}


def _xlsx_value(value: object, number_format: str) -> str:
    """A cell as Excel shows it, for the number formats the generator uses."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    if number_format == "#,##0":
        return f"{value:,.0f}"
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


class _HtmlText(HTMLParser):
    """The visible text of an HTML page (and its title): a line per block, table cells joined
    with ` | `, white space inside a line collapsed the way a browser shows it."""

    BLOCKS = {"p", "li", "h1", "h2", "h3", "tr", "title", "header", "footer", "section", "table", "ul", "ol"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip = 0

    def _flush(self) -> None:
        line = " ".join("".join(self.current).split())
        if line:
            self.lines.append(line)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script"):
            self.skip += 1
        elif tag in self.BLOCKS:
            self._flush()
        elif tag in ("td", "th") and self.current:
            self.current.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self.skip -= 1
        elif tag in self.BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.current.append(data)


def read_html(path: Path) -> str:
    parser = _HtmlText()
    parser.feed(path.read_bytes().decode("utf-8"))
    parser.close()
    parser._flush()
    return "\n".join(parser.lines)


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

    # The table of availability and incidents starts on page 1 and ends on page 2, its header
    # repeated; the ワークフロー group starts on page 1 (its name and first quarter) and goes on on
    # page 2 (its 年間 row), and the closing 合計 row is on page 2.
    pdf = [path for path in HERE.iterdir() if path.suffix == ".pdf"]
    if len(pdf) == 1:
        pages = pdf_pages(pdf[0])
        header = "うち重大障害（件）"
        workflow_year = "年間 99.951 13 1 257"
        total = "合計 年間 ― 41 3 513"
        if len(pages) < 2 or header not in pages[0] or header not in pages[1] \
                or "勤怠管理 第1四半期（4〜6月）" not in pages[0] \
                or "ワークフロー 第1四半期（4〜6月）" not in pages[0] \
                or workflow_year not in pages[1] or workflow_year in pages[0] \
                or total not in pages[1] or total in pages[0]:
            fail("the PDF's table of availability does not cross from page 1 to page 2 inside the ワークフロー group")
    else:
        fail(f"expected one PDF, found {len(pdf)}")

    # The Word price list: two fee tables (monthly, annual), each with two header rows (the plan
    # merged down; each of the three user bands merged over 改定後 and 改定前) and three plans.
    docx = [path for path in HERE.iterdir() if path.suffix == ".docx"]
    if len(docx) == 1:
        from docx import Document

        tables = [table for table in Document(str(docx[0])).tables if table.cell(0, 0).text == "プラン"]
        bands = ["1〜50ユーザー", "51〜200ユーザー", "201ユーザー以上"]
        good = len(tables) == 2
        for table in tables:
            top = [cell.text for cell in table.rows[0].cells]
            good = good and len(table.rows) == 5 and len(top) == 7 \
                and [cell.text for cell in table.rows[1].cells][1:] == ["改定後", "改定前"] * 3 \
                and top[1:] == [band for band in bands for _ in range(2)] \
                and table.cell(1, 0).text == "プラン" \
                and [row.cells[0].text for row in table.rows[2:]] == ["ライトプラン", "スタンダードプラン", "エンタープライズプラン"]
        if not good:
            fail("the Word price list does not hold the two fee tables with their two header rows")
    else:
        fail(f"expected one Word file, found {len(docx)}")

    # The HTML page: UTF-8, declared, with the log table.
    html = [path for path in HERE.iterdir() if path.suffix == ".html"]
    if len(html) == 1:
        raw = html[0].read_bytes()
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError:
            decoded = ""
        if '<meta charset="utf-8">' not in decoded or "<table>" not in decoded:
            fail("the HTML page is not UTF-8 with its charset declared and a table")
    else:
        fail(f"expected one HTML page, found {len(html)}")

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
