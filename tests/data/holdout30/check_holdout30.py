"""Check the thirtieth holdout corpus: the five documents read back, every answerable question's
answer is in them exactly once, and the values the unanswerable questions ask for are not.

The documents are read with ordinary libraries (pypdfium2 for the PDF, python-docx, openpyxl with
the number formats applied, the standard library's html.parser for the HTML, the Markdown as
text), never with the appliance, so that this check depends on nothing the corpus is meant to
measure. It asserts:

* one document of each of PDF, DOCX, XLSX, HTML and Markdown, each with some text;
* the PDF's table of prices by weight crosses from page 1 to page 2 inside the 手術 group (the
  group name and its first rows on page 1, its last row on page 2 without the group name), with
  its two header rows on both pages; the Word rules hold the night-duty table with its two header
  rows; the workbook's first sheet has two header rows (hospitals merged over species); the HTML's
  table has a two-row header (rowspan and colspan);
* the question sets hold the ids and counts the README gives; every answerable question's first
  `any` form is in the text, and it is there exactly once (a number not counted inside a longer
  number); an English question's `answer_any` holds its `any`; a follow-up has two turns;
* every unanswerable question has `"unanswerable": true`, an empty `any`, and none of the strings
  that would carry its value (ABSENT below) is in the documents it names.

A miss is printed and the exit status is 1. With `--parser` it then also parses the corpus with
the appliance's parser (`corpus_tools.check_corpus`, the ingestion's isolated child) and reports
whether each answer is in the parsed text; that part only reports, it does not change the status.

    .venv/bin/python tests/data/holdout30/check_holdout30.py [--parser]
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

SETS = ["holdout30_qa.jsonl", "holdout30_english_qa.jsonl", "holdout30_followup_qa.jsonl",
        "holdout30_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".pdf", ".docx", ".xlsx", ".html", ".md"}

EXPECTED = {
    "holdout30_qa.jsonl": ("h30-", 24),
    "holdout30_english_qa.jsonl": ("h30-en-", 10),
    "holdout30_followup_qa.jsonl": ("h30-fu-", 8),
    "holdout30_unanswerable_qa.jsonl": ("h30-un-", 12),
}

# What would have to be written for an unanswerable question to have an answer, and where it must
# not be: "*" for every document, otherwise the suffix of the one document that would hold it.
ABSENT: dict[str, tuple[str, list[str]]] = {
    "h30-un-1": ("*", ["帝王切開"]),
    "h30-un-2": ("*", ["MRI", "ＭＲＩ", "CT検査", "ＣＴ"]),
    "h30-un-3": (".pdf", ["フェレット", "ワクチン（フェレット", "ジステンパー"]),
    "h30-un-4": ("*", ["トリマー", "トリミング"]),
    "h30-un-5": ("*", ["退職金", "退職手当"]),
    "h30-un-6": ("*", ["夏季休暇", "夏期休暇", "夏休み"]),
    "h30-un-7": ("*", ["2025年度", "令和7年度"]),
    "h30-un-8": ("*", ["東浜"]),
    "h30-un-9": ("*", ["往診件数", "往診の件数", "往診（件"]),
    "h30-un-10": ("*", ["ゴールデンウィーク", "大型連休", "5月3日", "5月4日", "5月5日"]),
    "h30-un-11": ("*", ["1泊", "宿泊料", "ホテル料金", "お預かり料金"]),
    "h30-un-12": ("*", ["駐車"]),
}


# ---------------------------------------------------------------------------------------------
# Reading the documents.

def _xlsx_value(value: object, number_format: str) -> str:
    """A cell as Excel shows it, for the number formats the generator uses."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    if number_format == "#,##0":
        return f"{value:,.0f}"
    if number_format == "#,##0.0":
        return f"{value:,.1f}"
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
                # A merged cell is listed once per grid column it spans: keep it once.
                cells: list[str] = []
                for cell in row.cells:
                    if not cells or cell.text != cells[-1]:
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


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("style", "script"):
            self._skip += 1
        elif tag in ("p", "tr", "h1", "h2", "br", "li", "title"):
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def read_html(path: Path) -> str:
    parser = _HTMLText()
    parser.feed(path.read_text(encoding="utf-8"))
    # Collapse the source's indentation; a wrapped line inside a paragraph stays a line break.
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", "".join(parser.parts))
    return re.sub(r"\n{2,}", "\n", text)


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


# ---------------------------------------------------------------------------------------------
# Counting an answer.

def occurrences(form: str, text: str) -> int:
    """How often `form` is written in `text`; a form that starts or ends with a digit is not counted
    inside a longer number (「1,760」 is not in 「11,760」 or 「1,760.5」)."""
    count = 0
    start = 0
    while True:
        index = text.find(form, start)
        if index < 0:
            return count
        start = index + 1
        before = text[index - 1] if index > 0 else ""
        after = text[index + len(form):index + len(form) + 2]
        if form[0].isdigit() and before and (before.isdigit() or before in ",."):
            continue
        if form[-1].isdigit() and after and (after[0].isdigit() or (after[0] in ",." and after[1:2].isdigit())):
            continue
        count += 1


def load(filename: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]


def check_with_libraries() -> int:
    texts = read_documents()
    failures = 0

    def fail(message: str) -> None:
        nonlocal failures
        failures += 1
        print(f"  {message}")

    def one(suffix: str) -> Path | None:
        found = [path for path in HERE.iterdir() if path.suffix == suffix and path.name != "README.md"]
        if len(found) != 1:
            fail(f"expected one {suffix} document, found {len(found)}")
            return None
        return found[0]

    if len(texts) != 5 or {Path(name).suffix for name in texts} != DOCUMENT_SUFFIXES:
        fail(f"expected one document of each of {sorted(DOCUMENT_SUFFIXES)}, read {sorted(texts)}")
    for name, text in texts.items():
        if len(text) < 1000:
            fail(f"{name}: only {len(text)} characters read")

    # The PDF: the weight table crosses from page 1 to page 2 inside the 手術 group, its two header
    # rows on both pages.
    pdf = one(".pdf")
    if pdf is not None:
        pages = pdf_pages(pdf)
        header = ("犬（来院時の体重）", "体重にかかわ", "40kg以上")
        if len(pages) != 2 \
                or not all(part in page for part in header for page in pages) \
                or "避妊手術（卵巣子宮摘出）" not in pages[0] or "手術（麻" not in pages[0] \
                or "膝蓋骨脱臼整復（片側）" not in pages[1] or "膝蓋骨脱臼整復（片側）" in pages[0] \
                or "手術（麻" in pages[1] or "一般入院 4,400" not in pages[1]:
            fail("the PDF's table of prices by weight does not cross from page 1 to page 2 inside the 手術 group")

    # The Word rules: the night-duty table with its two header rows and four jobs.
    docx = one(".docx")
    if docx is not None:
        from docx import Document

        tables = [table for table in Document(str(docx)).tables if table.cell(0, 0).text == "職種"]
        if len(tables) != 1 or len(tables[0].rows) != 6 \
                or [cell.text for cell in tables[0].rows[1].cells][1:] != ["改定後", "改定前"] * 3 \
                or tables[0].cell(0, 3).text != "土曜・日曜・祝日の当直" \
                or tables[0].cell(1, 0).text != "職種":
            fail("the Word rules do not hold the night-duty table with its two header rows")

    # The workbook: hospitals merged over species in the first sheet's two header rows; a 合計 and
    # a 月平均 row.
    xlsx = one(".xlsx")
    if xlsx is not None:
        from openpyxl import load_workbook

        sheet = load_workbook(str(xlsx)).worksheets[0]
        merged = {str(cells) for cells in sheet.merged_cells.ranges}
        if not {"B3:D3", "E3:G3", "H3:J3", "K3:M3", "A3:A4"} <= merged or sheet["B4"].value != "犬" \
                or sheet["A17"].value != "合計" or sheet["A18"].value != "月平均" \
                or sheet["B18"].number_format != "#,##0.0":
            fail("the workbook's first sheet lacks its two header rows, 合計 or 月平均 row")

    html = one(".html")
    if html is not None:
        source = html.read_text(encoding="utf-8")
        if 'rowspan="2"' not in source or 'colspan="2"' not in source or '<meta charset="utf-8">' not in source:
            fail("the HTML's table has no two-row header")

    suffix_of = {name: Path(name).suffix for name in texts}
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
            if "english" in filename:
                if not question.get("answer_any") or not set(question["any"]) <= set(question["answer_any"]):
                    fail(f"{question['id']}: answer_any must hold the any forms")
            if question.get("unanswerable"):
                if question["any"]:
                    fail(f"{question['id']}: an unanswerable question with answers")
                if question["id"] not in ABSENT:
                    fail(f"{question['id']}: no ABSENT strings to check")
                    continue
                scope, values = ABSENT[question["id"]]
                for value in values:
                    where = [name for name, text in texts.items()
                             if (scope == "*" or suffix_of[name] == scope) and value in text]
                    if where:
                        fail(f"PRESENT {question['id']}: {value!r} is in {where}")
                continue
            if "unanswerable" in filename:
                fail(f"{question['id']}: not marked unanswerable")
                continue
            checked += 1
            forms = question.get("any", [])
            if not forms:
                fail(f"{question['id']}: no answers")
                continue
            counts = {name: occurrences(forms[0], text) for name, text in texts.items()}
            total = sum(counts.values())
            if total == 0:
                fail(f"MISSING {question['id']}: {forms[0]!r} is not in the text")
            elif total > 1:
                fail(f"AMBIGUOUS {question['id']}: {forms[0]!r} is written {total} times "
                     f"({ {name: n for name, n in counts.items() if n} })")
        print(f"{filename}: {len(questions)} questions, {checked} with answers checked")
    print("OK (ordinary libraries)" if failures == 0 else f"{failures} problems (ordinary libraries)")
    return 1 if failures else 0


def main() -> int:
    status = check_with_libraries()
    if "--parser" in sys.argv[1:]:
        from tests.data.corpus_tools import check_corpus

        print("-- the appliance's parser (reported only) --")
        check_corpus(HERE, suffixes=DOCUMENT_SUFFIXES, question_sets=SETS, first_form_required=False)
    return status


if __name__ == "__main__":
    sys.exit(main())
