"""Check that every document of the twenty-fifth holdout corpus parses, that each question's answer
is in it, and that the values the unanswerable questions ask for are not.

Two readings of the five documents:

* ordinary libraries (pypdfium2, python-docx, openpyxl with the number formats applied, the
  standard library's html.parser for the notice and its email package for the e-mail), so that
  this part depends on nothing the corpus is meant to measure. Every answerable question's first
  `any` form (the one the document writes) must be literally in that text; every unanswerable
  question must have `"unanswerable": true` and an empty `any`, and none of the strings that would
  carry its value (ABSENT below) may be there; the sets hold the ids and counts the README gives;
  the PDF's fee tables have their two header rows (the slots over 市内 and 市外) and the 市民会館
  table crosses a page break with its header repeated; the Word excerpt holds the leave table with
  its two header rows; the workbook's figures are numbers formatted `#,##0`; the e-mail is a single
  UTF-8 text part with a fixed date and message id;
* the appliance's own parser, through `corpus_tools.check_corpus` (the isolated child the
  ingestion uses): every answerable question must have one of its `any` forms in the parsed text
  (a form other than the first is noted, not failed: the parser may print a figure differently).

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout25/check_holdout25.py
"""

from __future__ import annotations

import json
import sys
from email import message_from_bytes, policy
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

SETS = ["holdout25_qa.jsonl", "holdout25_english_qa.jsonl", "holdout25_followup_qa.jsonl",
        "holdout25_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".pdf", ".docx", ".xlsx", ".html", ".eml"}

# Each set: the id prefix and how many questions it holds.
EXPECTED = {
    "holdout25_qa.jsonl": ("h25-", 24),
    "holdout25_unanswerable_qa.jsonl": ("h25-un-", 12),
    "holdout25_english_qa.jsonl": ("h25-en-", 10),
    "holdout25_followup_qa.jsonl": ("h25-fu-", 8),
}

# What would have to be in the documents for an unanswerable question to have an answer: a label,
# a heading or a value that the corpus leaves out on purpose.
ABSENT: dict[str, list[str]] = {
    "h25-un-1": ["2024年度", "2024年4月", "令和6年度"],
    "h25-un-2": ["楽屋", "控室"],
    "h25-un-3": ["早朝", "7時から", "7時〜", "7:00〜9:00"],
    "h25-un-4": ["駐車料", "駐車場料金", "駐車場代", "駐車場使用料"],
    "h25-un-5": ["孫"],
    "h25-un-6": ["週1日"],
    "h25-un-7": ["ヨガ"],
    "h25-un-8": ["工事費", "事業費", "億円", "予算"],
    "h25-un-9": ["東口", "案内所"],
    "h25-un-10": ["宿直", "日直"],
    "h25-un-11": ["年間定期", "年間パス", "年券", "年間券"],
    "h25-un-12": ["7月26日", "26日", "3日目"],
}


def _xlsx_value(value: object, number_format: str) -> str:
    """A cell as Excel shows it, for the number format the generator uses."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    if number_format == "#,##0":
        return f"{value:,.0f}"
    return str(value)


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


class _TextOfHtml(HTMLParser):
    """The visible text of an HTML page, a line per block element or table cell."""

    BLOCKS = {"p", "li", "dt", "dd", "h1", "h2", "h3", "tr", "br", "title", "nav", "td", "th"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("style", "script"):
            self.skip += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def read_html(path: Path) -> str:
    parser = _TextOfHtml()
    parser.feed(path.read_bytes().decode("utf-8"))
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    return "\n".join(line for line in lines if line)


def mail_text(path: Path) -> str:
    message = message_from_bytes(path.read_bytes(), policy=policy.default)
    body = message.get_body(preferencelist=("plain",))
    return "\n".join([str(message["Subject"]), str(message["From"]), str(message["Date"]),
                      body.get_content() if body is not None else ""])


def read_documents() -> dict[str, str]:
    readers = {".pdf": lambda path: "\n".join(pdf_pages(path)), ".docx": read_docx, ".xlsx": read_xlsx,
               ".html": read_html, ".eml": mail_text}
    texts: dict[str, str] = {}
    for path in sorted(HERE.iterdir()):
        if path.suffix not in DOCUMENT_SUFFIXES or path.name == "README.md":
            continue
        texts[path.name] = readers[path.suffix](path)
        print(f"{path.name}: {len(texts[path.name])} characters")
    return texts


def load(filename: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]


def check_layout(fail) -> None:  # type: ignore[no-untyped-def]
    """The features of each file the README promises."""
    by_suffix: dict[str, list[Path]] = {}
    for path in HERE.iterdir():
        by_suffix.setdefault(path.suffix, []).append(path)
    for suffix in sorted(DOCUMENT_SUFFIXES):
        if len(by_suffix.get(suffix, [])) != 1:
            fail(f"expected one {suffix} document, found {len(by_suffix.get(suffix, []))}")
            return

    # The PDF: the 市民会館 table starts on one page and goes on on the next with its two header rows
    # repeated; each fee table's second header row is 市内 and 市外 four times.
    pages = pdf_pages(by_suffix[".pdf"][0])
    start = [index for index, page in enumerate(pages) if "汐見野市民会館の使用料" in page]
    second_header = "市内 市外 市内 市外 市内 市外 市内 市外"
    if not start or start[0] + 1 >= len(pages) or "和室（18畳）" in pages[start[0]] \
            or "和室（18畳）" not in pages[start[0] + 1] or second_header not in pages[start[0]] \
            or "別表第2" in pages[start[0]] \
            or not pages[start[0] + 1].lstrip().startswith("施設・室名") \
            or second_header not in pages[start[0] + 1].split("別表第2")[0]:
        fail("the PDF's 市民会館 fee table does not cross a page break with its two header rows repeated")
    text = "\n".join(pages)
    if text.count(second_header) < 4 or "改定後 改定前 改定後 改定前 改定後 改定前" not in text:
        fail("the PDF's fee tables do not have their two header rows")

    # The Word excerpt: the leave table with two header rows (嘱託職員 over three kinds of week).
    from docx import Document

    tables = [table for table in Document(str(by_suffix[".docx"][0])).tables if "勤続年数" in table.cell(0, 0).text]
    if len(tables) != 1 or [cell.text for cell in tables[0].rows[1].cells][2:] != ["週4日", "週3日", "週2日"] \
            or "嘱託職員" not in tables[0].cell(0, 2).text or tables[0].cell(1, 0).text != tables[0].cell(0, 0).text \
            or len(tables[0].rows) != 9:
        fail("the Word excerpt does not hold the leave table with its two header rows")

    # The workbook: four sheets, the figures stored as numbers formatted #,##0.
    from openpyxl import load_workbook

    workbook = load_workbook(str(by_suffix[".xlsx"][0]))
    if workbook.sheetnames != ["2025年度利用者数", "2026年度利用者数", "事業別開催件数", "注記"]:
        fail(f"the workbook's sheets are {workbook.sheetnames}")
    for name in workbook.sheetnames[:3]:
        cells = [cell for row in workbook[name].iter_rows(min_row=3, min_col=2) for cell in row if cell.value is not None]
        if not cells or any(not isinstance(cell.value, int) or cell.number_format != "#,##0" for cell in cells):
            fail(f"the sheet {name} does not hold its figures as numbers formatted #,##0")

    # The e-mail: one UTF-8 text part, dated and identified.
    message = message_from_bytes(by_suffix[".eml"][0].read_bytes(), policy=policy.default)
    if message.is_multipart() or message.get_content_type() != "text/plain" \
            or message.get_content_charset() != "utf-8" or not message["Date"] or not message["Message-ID"] \
            or "=?utf-8?" not in by_suffix[".eml"][0].read_bytes().decode("ascii").lower():
        fail("the e-mail is not a single UTF-8 text part with an encoded subject, a date and a message id")

    # The HTML: UTF-8 with its charset declared, and a table.
    page = by_suffix[".html"][0].read_bytes().decode("utf-8")
    if '<meta charset="utf-8">' not in page or "<table>" not in page:
        fail("the notice is not a UTF-8 page with a table")


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
        if len(text) < 1000:
            fail(f"{name}: only {len(text)} characters read")
    check_layout(fail)

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
                for value in ABSENT.get(question["id"], []):
                    where = [name for name, text in texts.items() if value in text]
                    if where:
                        fail(f"PRESENT {question['id']}: {value!r} is in {where}")
                if not ABSENT.get(question["id"]):
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
