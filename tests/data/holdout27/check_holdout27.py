"""Check that every document of the twenty-seventh holdout corpus parses, that each question's answer
is in it, and that the values the unanswerable questions ask for are not.

Two readings of the five documents:

* ordinary libraries (python-docx, pypdfium2, openpyxl with the number formats applied, the
  Markdown read as UTF-8 text, and the HTML read with the standard library's html.parser), so that
  this part depends on nothing the corpus is meant to measure. Every answerable question's first
  `any` form (the one the document writes) must be literally in that text; every unanswerable
  question must have `"unanswerable": true` and an empty `any`, and none of the strings that would
  carry its value (ABSENT below) may be there; the sets hold the ids and counts the README gives;
  the PDF's production table crosses from page 1 to page 2 inside the 汐入工場 group (header and
  first rows on page 1, the 出版印刷 line split by the break, the header again, the 工場小計 rows and
  the 合計 row on page 2); the Word price list holds the print-run band table with its two header
  rows; the workbook uses the number formats `#,##0` and `0.0%`; the HTML declares UTF-8 and holds a
  table with a two-row header;
* the appliance's own parser, through `corpus_tools.check_corpus` (the isolated child the
  ingestion uses): every answerable question must have one of its `any` forms in the parsed text
  (a form other than the first is noted, not failed: the parser may print a figure differently).

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout27/check_holdout27.py
"""

from __future__ import annotations

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

SETS = ["holdout27_qa.jsonl", "holdout27_english_qa.jsonl", "holdout27_followup_qa.jsonl",
        "holdout27_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".md", ".html"}

# Each set: the id prefix and how many questions it holds.
EXPECTED = {
    "holdout27_qa.jsonl": ("h27-", 24),
    "holdout27_unanswerable_qa.jsonl": ("h27-un-", 12),
    "holdout27_english_qa.jsonl": ("h27-en-", 10),
    "holdout27_followup_qa.jsonl": ("h27-fu-", 8),
}

# What would have to be in the documents for an unanswerable question to have an answer: a label,
# a heading or a value that the corpus leaves out on purpose.
ABSENT: dict[str, list[str]] = {
    "h27-un-1": ["B6"],
    "h27-un-2": ["2024年度"],
    "h27-un-3": ["西部営業所", "西営業所", "西部"],
    "h27-un-4": ["封筒"],
    "h27-un-5": ["前年同月", "2025年10月", "前年度の受注"],
    "h27-un-6": ["従業員数", "社員数", "人員", "名在籍"],
    "h27-un-7": ["お盆", "夏季休業", "夏期休業", "8月13日", "8月14日"],
    "h27-un-8": ["安全靴は", "安全靴の交換"],
    "h27-un-9": ["2028年度"],
    "h27-un-10": ["手当", "割増賃金", "深夜割増"],
    "h27-un-11": ["受注目標", "目標金額", "受注金額の目標", "2027年度の受注"],
    "h27-un-12": ["ゴールデンウィーク", "GW", "大型連休", "5月3日"],
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


class _HtmlText(HTMLParser):
    """The text of an HTML page: one line per block or cell, scripts and styles left out; the
    header cells of each table with their rowspan and colspan."""

    BLOCKS = {"p", "h1", "h2", "h3", "li", "tr", "td", "th", "div", "nav", "footer", "title", "br"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.header_rows: list[list[tuple[str, dict[str, str | None]]]] = []
        self.in_thead = False
        self.cell: list[str] | None = None
        self.cell_attrs: dict[str, str | None] = {}
        self.meta_charsets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "meta":
            values = dict(attrs)
            if values.get("charset"):
                self.meta_charsets.append(str(values["charset"]))
        if tag == "thead":
            self.in_thead = True
        if self.in_thead and tag == "tr":
            self.header_rows.append([])
        if self.in_thead and tag == "th":
            self.cell = []
            self.cell_attrs = dict(attrs)
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip -= 1
        if tag == "thead":
            self.in_thead = False
        if tag == "th" and self.cell is not None:
            self.header_rows[-1].append(("".join(self.cell), self.cell_attrs))
            self.cell = None
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        self.parts.append(data)
        if self.cell is not None:
            self.cell.append(data)

    def text(self) -> str:
        return re.sub(r"\n\s*\n+", "\n", "".join(self.parts)).strip()


def parse_html(path: Path) -> _HtmlText:
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
        elif path.suffix == ".md":
            text = path.read_bytes().decode("utf-8")
        else:
            text = parse_html(path).text()
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

    # The production table starts on page 1 and goes on on page 2, its header repeated; the 汐入工場
    # group starts on page 1 (its name and first rows) and goes on on page 2 (the 出版印刷 line's
    # 年間計 and the factory's 工場小計); the 合計 row is on page 2 only.
    pdf = [path for path in HERE.iterdir() if path.suffix == ".pdf"]
    if len(pdf) == 1:
        pages = pdf_pages(pdf[0])
        header = "工場 製品ライン 期間 生産数量"
        if len(pages) < 2 or header not in pages[0] or header not in pages[1] \
                or "汐入工場 商業印刷（チラシ・カタログ） 第1四半期 18,420" not in pages[0] \
                or "出版印刷（書籍・冊子） 第1四半期 4,215" not in pages[0] \
                or "年間計 17,775 230.2 1.30 1.43" not in pages[1] or "年間計 17,775" in pages[0] \
                or "工場小計 年間 135,320" not in pages[1] or "工場小計" in pages[0] \
                or "合計 年間 202,445 2,478.1 1.22 1.38" not in pages[1] or "合計 年間" in pages[0]:
            fail("the PDF's production table does not cross from page 1 to page 2 inside the 汐入工場 group")
    else:
        fail(f"expected one PDF, found {len(pdf)}")

    # The Word price list: the print-run band table has two header rows (colour and mono each over
    # 改定後 and 改定前, the print run merged down) and five bands.
    docx = [path for path in HERE.iterdir() if path.suffix == ".docx"]
    if len(docx) == 1:
        from docx import Document

        tables = [table for table in Document(str(docx[0])).tables if table.cell(0, 0).text == "印刷部数"]
        if len(tables) != 1 or len(tables[0].rows) != 7 \
                or [cell.text for cell in tables[0].rows[1].cells][1:] != ["改定後", "改定前", "改定後", "改定前"] \
                or "カラー（4色）" not in tables[0].cell(0, 1).text \
                or tables[0].cell(0, 1).text != tables[0].cell(0, 2).text \
                or "モノクロ（1色）" not in tables[0].cell(0, 3).text \
                or tables[0].cell(1, 0).text != tables[0].cell(0, 0).text \
                or tables[0].cell(2, 0).text != "1〜500部" or tables[0].cell(3, 0).text != "501〜2,000部":
            fail("the Word price list does not hold the print-run band table with its two header rows")
    else:
        fail(f"expected one Word file, found {len(docx)}")

    # The workbook: figures stored as numbers, shown with #,##0 and 0.0%.
    xlsx = [path for path in HERE.iterdir() if path.suffix == ".xlsx"]
    if len(xlsx) == 1:
        from openpyxl import load_workbook

        workbook = load_workbook(str(xlsx[0]))
        formats = {cell.number_format for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row
                   if isinstance(cell.value, (int, float))}
        if not {"#,##0", "0.0%"} <= formats or "注記" not in workbook.sheetnames:
            fail(f"the workbook does not use #,##0 and 0.0% or lacks its notes sheet ({sorted(formats)})")
    else:
        fail(f"expected one workbook, found {len(xlsx)}")

    # The HTML page: UTF-8 declared, a table whose header has two rows (a year over three columns).
    html = [path for path in HERE.iterdir() if path.suffix == ".html"]
    if len(html) == 1:
        page = parse_html(html[0])
        if [charset.lower() for charset in page.meta_charsets] != ["utf-8"] or len(page.header_rows) < 2 \
                or len(page.header_rows[0]) != 3 or page.header_rows[0][1][1].get("colspan") != "3" \
                or page.header_rows[0][0][1].get("rowspan") != "2" or len(page.header_rows[1]) != 6:
            fail("the HTML page does not declare UTF-8 or lacks its table with a two-row header")
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
                if len(question.get("turns", [])) != 2 or not all(question["turns"]):
                    fail(f"{question['id']}: needs two turns")
            elif not question.get("q"):
                fail(f"{question['id']}: no question text")
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
