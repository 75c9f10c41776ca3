"""Check that every document of the twenty-second holdout corpus parses, that each question's answer
is in it, and that the values the unanswerable questions ask for are not.

Two readings of the five documents:

* ordinary libraries (python-docx, pypdfium2, openpyxl with the number formats applied,
  python-pptx including tables and speaker notes, and the HTML page read with the standard
  library's html.parser), so that this part depends on nothing the corpus is meant to measure.
  Every answerable question's first `any` form (the one the document writes) must be literally in
  that text; every unanswerable question must have `"unanswerable": true` and an empty `any`, and
  none of the strings that would carry its value (ABSENT below) may be there; the sets hold the ids
  and counts the README gives; the PDF's table of vehicles by route and class crosses from page 1
  to page 2 inside the 北浦航路 group (its name and first row on page 1, the header again, its other
  rows, its 小計 and the 合計 on page 2); the Word regulation holds the length-band table with its
  two header rows (each route merged over 改定後 and 改定前) and the boundary note; the workbook
  holds twelve months and a 合計 row and column on its first sheet, numbers stored as numbers with
  the format #,##0, and a second sheet; the deck has a table, bullets and speaker notes; the HTML
  page has tables of new and current times, the start date and a contact;
* the appliance's own parser, through `corpus_tools.check_corpus` (the isolated child the
  ingestion uses): every answerable question must have one of its `any` forms in the parsed text
  (a form other than the first is noted, not failed: the parser may print a figure differently).

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout22/check_holdout22.py
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

SETS = ["holdout22_qa.jsonl", "holdout22_english_qa.jsonl", "holdout22_followup_qa.jsonl",
        "holdout22_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".pptx", ".html"}

# Each set: the id prefix and how many questions it holds.
EXPECTED = {
    "holdout22_qa.jsonl": ("h22-", 24),
    "holdout22_unanswerable_qa.jsonl": ("h22-un-", 12),
    "holdout22_english_qa.jsonl": ("h22-en-", 10),
    "holdout22_followup_qa.jsonl": ("h22-fu-", 8),
}

# What would have to be in the documents for an unanswerable question to have an answer: a label,
# a heading or a value that the corpus leaves out on purpose.
ABSENT: dict[str, list[str]] = {
    "h22-un-1": ["12m以上", "12m超", "13m", "特殊車両"],
    "h22-un-2": ["2024年度", "2024年"],
    "h22-un-3": ["ペット料金", "ペットの料金", "ペット運賃", "ペットの運賃", "ペット1匹", "動物の運賃"],
    "h22-un-4": ["改定前 1等 小児", "改定前 2等 小児", "小児（改定前）", "改定前の小児"],
    "h22-un-5": ["駐車料金", "駐車場料金", "駐車場の料金", "円／日", "1日あたり", "24時間まで"],
    "h22-un-6": ["鷺浦"],
    "h22-un-7": ["建造費", "億円", "建造価格"],
    "h22-un-8": ["月別車両", "月別の車両", "車両航送台数（月別）", "月別航送"],
    "h22-un-9": ["大鳥港旅客ターミナル", "大鳥港窓口（電話", "大鳥港の窓口（電話", "大鳥港 乗船券窓口"],
    "h22-un-10": ["北浦港発", "北浦航路の最終便", "北浦航路 第"],
    "h22-un-11": ["臨時便を", "増便数", "臨時便は1日", "臨時便の便数"],
    "h22-un-12": ["前年度の欠航", "2025年度の欠航", "2025年度（便）", "欠航便数（2025", "2026年1月"],
}

PDF_TABLE_HEADER = "航路 車種 2025年度（台） 2026年度（台） 増減（台） 前年度比（%）"


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
            pages.append(text_page.get_text_range().replace("\r\n", "\n"))
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
    """The visible text of a page: a line per block, cells of a table row joined by " | "."""

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


READERS = {".docx": read_docx, ".pdf": lambda path: "\n".join(pdf_pages(path)), ".xlsx": read_xlsx,
           ".pptx": read_pptx, ".html": read_html}


def read_documents() -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in sorted(HERE.iterdir()):
        if path.suffix not in DOCUMENT_SUFFIXES or path.name == "README.md":
            continue
        texts[path.name] = READERS[path.suffix](path)
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
    # The PDF: the table of vehicles starts on page 1 and ends on page 2, its header repeated; the
    # 北浦航路 group starts on page 1 (its name and 乗用車 row) and goes on on page 2 (the other
    # classes without the route's name, its 小計), and the 合計 row is on page 2 only.
    pdf = _one(".pdf", fail)
    if pdf is not None:
        pages = pdf_pages(pdf)
        first_page_lines = pages[0].splitlines() if pages else []
        if len(pages) < 2 or PDF_TABLE_HEADER not in pages[0] or PDF_TABLE_HEADER not in pages[1] \
                or "大鳥航路 乗用車 38,412 39,865" not in pages[0] \
                or first_page_lines[-1:] != ["北浦航路 乗用車 16,204 17,381 +1,177 107.3"] \
                or "トラック 9,857 10,233" not in pages[1] or "北浦航路" in pages[1].split("トラック 9,857")[0] \
                or "小計 27,712 29,306" not in pages[1] or "小計 27,712 29,306" in pages[0] \
                or "合計 114,578 117,963" not in pages[1] or "合計 114,578 117,963" in pages[0]:
            fail("the PDF's vehicle table does not cross from page 1 to page 2 inside the 北浦航路 group")  # type: ignore[operator]

    # The Word regulation: the length-band table has two header rows (the length merged down, each
    # route merged over 改定後 and 改定前), nine bands, and the note on lengths on a boundary.
    docx = _one(".docx", fail)
    if docx is not None:
        from docx import Document

        document = Document(str(docx))
        tables = [table for table in document.tables if table.cell(0, 0).text == "車両の長さ"]
        ok = len(tables) == 1
        if ok:
            table = tables[0]
            header = [cell.text for cell in table.rows[0].cells]
            sub = [cell.text for cell in table.rows[1].cells]
            ok = (len(table.rows) == 11 and sub[1:] == ["改定後", "改定前"] * 3 and sub[0] == header[0]
                  and header[1] == header[2] and header[3] == header[4] and header[5] == header[6]
                  and header[1].startswith("大鳥航路") and header[5].startswith("北浦航路")
                  and table.cell(2, 0).text == "3m未満" and table.cell(10, 0).text == "10m以上12m未満"
                  and len(table.rows[0]._tr.tc_lst) == 4)
        if not ok or "長さ5.00mの車両は「5m以上6m未満」" not in texts.get(docx.name, ""):
            fail("the Word regulation lacks the length-band table with its two header rows or the boundary note")  # type: ignore[operator]
        bikes = [table for table in document.tables if table.cell(0, 0).text == "区分"]
        if len(bikes) != 1 or any("改定前" in cell.text for row in bikes[0].rows for cell in row.cells):
            fail("the two-wheeler table should be there, with no 改定前 column")  # type: ignore[operator]

    # The workbook: twelve months and a 合計 row and column, numbers as numbers with #,##0, and
    # more sheets.
    xlsx = _one(".xlsx", fail)
    if xlsx is not None:
        from openpyxl import load_workbook

        workbook = load_workbook(str(xlsx))
        sheet = workbook.worksheets[0]
        months = [sheet.cell(row=row, column=1).value for row in range(3, 15)]
        numbers = [sheet.cell(row=row, column=column) for row in range(3, 16) for column in range(2, 7)]
        if len(workbook.worksheets) < 3 or months != ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月",
                                                       "12月", "1月", "2月", "3月"] \
                or sheet.cell(row=15, column=1).value != "合計" or sheet.cell(row=2, column=6).value != "合計" \
                or not all(isinstance(cell.value, int) and cell.number_format == "#,##0" for cell in numbers):
            fail("the workbook lacks twelve months with a 合計 row and column stored as numbers, or a second sheet")  # type: ignore[operator]
        else:
            for row in range(3, 15):
                if sum(sheet.cell(row=row, column=column).value for column in range(2, 6)) != sheet.cell(row=row, column=6).value:
                    fail(f"the workbook's 合計 column is wrong on row {row}")  # type: ignore[operator]
            for column in range(2, 7):
                if sum(sheet.cell(row=row, column=column).value for row in range(3, 15)) != sheet.cell(row=15, column=column).value:
                    fail(f"the workbook's 合計 row is wrong in column {column}")  # type: ignore[operator]

    # The deck: a table, bullets and speaker notes.
    pptx = _one(".pptx", fail)
    if pptx is not None:
        from pptx import Presentation

        slides = list(Presentation(str(pptx)).slides)
        has_table = any(getattr(shape, "has_table", False) and shape.has_table for slide in slides for shape in slide.shapes)
        notes = [slide for slide in slides if slide.has_notes_slide and slide.notes_slide.notes_text_frame.text]
        if len(slides) < 4 or not has_table or len(notes) < 2:
            fail("the deck lacks its table, bullet slides or speaker notes")  # type: ignore[operator]

    # The HTML page: tables of new and current times, the start date and a contact.
    html = _one(".html", fail)
    if html is not None:
        source = html.read_text(encoding="utf-8")
        text = texts.get(html.name, "")
        if source.count("<table>") != 3 or "出発 改正後 | 出発 現行" not in text \
                or "2027年7月1日（木）" not in text or "予約センター（電話 0285-00-3300" not in text:
            fail("the HTML page lacks its tables of new and current times, the start date or a contact")  # type: ignore[operator]


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
                if len(question.get("turns", [])) != 2 or not all(question["turns"]):
                    fail(f"{question['id']}: needs two turns")
            elif not question.get("q"):
                fail(f"{question['id']}: no question text")
            if "english" in filename and not question.get("answer_any"):
                fail(f"{question['id']}: no answer_any")
            if question.get("unanswerable"):
                if question["any"]:
                    fail(f"{question['id']}: an unanswerable question with answers")
                if "unanswerable" not in filename:
                    fail(f"{question['id']}: marked unanswerable outside the unanswerable set")
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
