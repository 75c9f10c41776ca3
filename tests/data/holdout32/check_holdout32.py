"""Check the thirty-second holdout corpus: that each of its five documents reads, that each
answerable question's answer is in it exactly once, and that the values the unanswerable
questions ask for are not.

The documents are read with ordinary libraries (pypdfium2, python-docx, openpyxl with the number
formats applied, the standard library's html.parser, and the Markdown file as plain UTF-8 text),
so that this check depends on nothing the corpus is meant to measure. It fails (exit status 1)
unless:

* there is one document of each of the five formats (PDF, DOCX, XLSX, HTML, Markdown);
* the PDF's table of delivery charges crosses from page 1 to page 2 inside the 冷凍 group, its two
  header rows repeated on page 2;
* the Word rules hold the allowance table with its two header rows (merged cells), and the
  workbook's pallet sheet holds its two header rows with each depot merged over 冷凍 and 冷蔵;
* the four question sets hold exactly the ids and counts the README gives;
* every answerable question's first `any` form (the one the document writes) occurs in the
  documents' text exactly once, an occurrence inside a longer number not counted (「1,520円」 is
  not counted inside 「11,520円」, nor 「321」 inside 「3215」);
* every unanswerable question has `"unanswerable": true` and an empty `any`, and none of the
  strings that would carry its value (ABSENT below) is in the documents.

With `--parser` it also parses the corpus with the appliance's own parser through
`corpus_tools.check_corpus` and reports, without failing, how many answerable questions have one
of their `any` forms in the parsed text.

    .venv/bin/python tests/data/holdout32/check_holdout32.py [--parser]
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

SETS = ["holdout32_qa.jsonl", "holdout32_english_qa.jsonl", "holdout32_followup_qa.jsonl",
        "holdout32_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".pdf", ".docx", ".xlsx", ".html", ".md"}

# Each set: the id prefix and how many questions it holds.
EXPECTED = {
    "holdout32_qa.jsonl": ("h32-", 24),
    "holdout32_unanswerable_qa.jsonl": ("h32-un-", 12),
    "holdout32_english_qa.jsonl": ("h32-en-", 10),
    "holdout32_followup_qa.jsonl": ("h32-fu-", 8),
}

# What would have to be in the documents for an unanswerable question to have an answer: a label,
# a heading or a value that the corpus leaves out on purpose.
ABSENT: dict[str, list[str]] = {
    "h32-un-1": ["航空", "空輸"],
    "h32-un-2": ["2025年度"],
    "h32-un-3": ["港北"],
    "h32-un-4": ["家族手当", "扶養手当"],
    "h32-un-5": ["通勤手当", "通勤"],
    "h32-un-6": ["賞与", "ボーナス", "一時金"],
    "h32-un-7": ["ゴールデンウィーク", "大型連休", "5月3日"],
    "h32-un-8": ["2026年3月"],
    "h32-un-9": ["ドライアイス"],
    "h32-un-10": ["保有台数", "車両台数", "台数"],
    "h32-un-11": ["退職金", "退職手当"],
    "h32-un-12": ["超低温", "−50℃", "-50℃", "－50℃"],
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
                # A merged cell is one cell: python-docx repeats it for each grid column it spans.
                cells: list[str] = []
                seen: list[object] = []
                for cell in row.cells:
                    if any(cell._tc is other for other in seen):
                        continue
                    seen.append(cell._tc)
                    cells.append(cell.text)
                lines.append(" | ".join(cells))
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
    """The text a reader sees: the title and body, a line per block, cells joined with " | "."""

    BLOCKS = {"p", "h1", "h2", "h3", "li", "tr", "title", "br", "div", "ul", "table", "thead", "tbody"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip = 0

    def _flush(self) -> None:
        line = "".join(self.current).strip()
        if line:
            self.lines.append(line)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script"):
            self.skip += 1
        elif tag in ("td", "th") and self.current and "".join(self.current).strip():
            self.current.append(" | ")
        elif tag in self.BLOCKS:
            self._flush()

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
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    parser._flush()
    return "\n".join(parser.lines)


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
        elif path.suffix == ".html":
            text = read_html(path)
        else:
            text = path.read_text(encoding="utf-8")
        texts[path.name] = text
        print(f"{path.name}: {len(text)} characters")
    return texts


def occurrences(form: str, text: str) -> int:
    """How often `form` occurs in `text`, not counting an occurrence inside a longer number: a
    form that starts with a digit must not follow a digit, a comma or a point, and a form that
    ends with a digit must not be followed by a digit, nor by a comma or point and a digit."""
    before = r"(?<![0-9,.])" if form[:1].isdigit() else ""
    after = r"(?![0-9]|[,.][0-9])" if form[-1:].isdigit() else ""
    return len(re.findall(before + re.escape(form) + after, text))


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

    # The delivery table starts on page 1 (its two header rows and the first rows of the 冷凍
    # group, the zone written on its first row) and goes on on page 2 (both header rows again, the
    # rest of the 冷凍 group without its name, then チルド, 冷蔵 and 定温).
    pdf = [path for path in HERE.iterdir() if path.suffix == ".pdf"]
    if len(pdf) == 1:
        pages = pdf_pages(pdf[0])
        header = ("距離（片道）", "1件の納品の総重量", "100kg未満")
        if len(pages) < 2 \
                or not all(label in pages[0] and label in pages[1] for label in header) \
                or "冷凍 20km未満 3,850" not in pages[0] \
                or "50km以上100km未満 6,850" not in pages[0] \
                or "100km以上150km未満 9,280" not in pages[1] or "9,280" in pages[0] \
                or "冷凍 100km" in pages[1] \
                or "定温 20km未満 2,970" not in pages[1] or "定温 20km未満" in pages[0]:
            fail("the PDF's delivery table does not cross from page 1 to page 2 inside the 冷凍 group "
                 "with its header repeated")
    else:
        fail(f"expected one PDF, found {len(pdf)}")

    # The Word rules: the allowance table has two header rows (the kind, the band and the unit
    # merged down, the amount over 改定後 and 改定前) and the kind only on its group's first row.
    docx = [path for path in HERE.iterdir() if path.suffix == ".docx"]
    if len(docx) == 1:
        from docx import Document

        tables = [table for table in Document(str(docx[0])).tables if table.cell(0, 0).text == "手当の種類"]
        ok = len(tables) == 1
        if ok:
            table = tables[0]
            rows = [[cell.text for cell in row.cells] for row in table.rows]
            ok = rows[1][2:4] == ["改定後", "改定前"] and rows[0][2] == rows[0][3] == "支給額" \
                and table.cell(1, 0)._tc is table.cell(0, 0)._tc \
                and any(row[1] == "3年以上5年未満" and row[0] == "" for row in rows)
        if not ok:
            fail("the Word rules do not hold the allowance table with its two header rows")
    else:
        fail(f"expected one Word file, found {len(docx)}")

    # The workbook: the pallet sheet has two header rows, each depot merged over 冷凍 and 冷蔵.
    xlsx = [path for path in HERE.iterdir() if path.suffix == ".xlsx"]
    if len(xlsx) == 1:
        from openpyxl import load_workbook

        sheet = load_workbook(str(xlsx[0]))["月末保管パレット数"]
        merged = {str(item) for item in sheet.merged_cells.ranges}
        if not {"A2:A3", "B2:C2", "D2:E2", "F2:G2", "H2:I2"} <= merged \
                or [sheet.cell(row=3, column=column).value for column in (2, 3)] != ["冷凍", "冷蔵"]:
            fail("the workbook's pallet sheet does not have its two merged header rows")
    else:
        fail(f"expected one workbook, found {len(xlsx)}")

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
                    fail(f"{question['id']}: an unanswerable question outside the unanswerable set")
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
            forms = question.get("any") or []
            if not forms:
                fail(f"{question['id']}: no answers")
                continue
            found = sum(occurrences(forms[0], text) for text in texts.values())
            if found != 1:
                fail(f"{'MISSING' if found == 0 else 'AMBIGUOUS'} {question['id']}: {forms[0]!r} occurs "
                     f"{found} times in the text")
        print(f"{filename}: {len(questions)} questions, {checked} with answers checked")
    print("OK (ordinary libraries)" if failures == 0 else f"{failures} problems (ordinary libraries)")
    return 1 if failures else 0


def report_parser() -> None:
    """Parse the corpus with the appliance's parser and say how many answers it reads; a miss is
    reported, not failed."""
    from tests.data.corpus_tools import check_corpus

    print("-- the appliance's parser (reported, not failed) --")
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        check_corpus(HERE, suffixes=DOCUMENT_SUFFIXES, question_sets=SETS, first_form_required=False)
    printed = output.getvalue()
    print(printed, end="")
    answerable = sum(1 for filename in SETS for question in load(filename) if not question.get("unanswerable"))
    missing = sum(1 for line in printed.splitlines() if line.strip().startswith("MISSING "))
    print(f"parser: {answerable - missing} of {answerable} answerable questions have an answer form in the parsed text")


def main() -> int:
    status = check_with_libraries()
    if "--parser" in sys.argv[1:]:
        report_parser()
    return status


if __name__ == "__main__":
    sys.exit(main())
