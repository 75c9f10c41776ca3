"""Check that every document of the fortieth holdout corpus parses, that each question's answer is
in it, and that the values the unanswerable questions ask for are not.

Two readings of the five documents:

* ordinary libraries (pypdfium2, python-docx, openpyxl with the number formats applied as Excel
  shows them, the standard library's email package and html.parser), so that this part depends on
  nothing the corpus is meant to measure. Every answerable question's first `any` form (the one
  the document writes) must be literally in that text, and a figure must stand on its own there
  (not only inside a longer number); every unanswerable question must have `"unanswerable": true`
  and an empty `any`, and none of the strings that would carry its value (ABSENT in
  make_holdout40.py) may be there; the sets hold the ids and counts the README gives; the PDF's
  price table crosses from page 1 to page 2 with its two header rows repeated and a group split by
  the break (its name on page 1 only); the Word rules hold the 改定後/改定前 table and the band
  table; the workbook has its merged header rows, the 合計 row and the 月平均 row in `#,##0.0`;
  the e-mail is a single UTF-8 text part in base64 with encoded Subject and From, a date and a
  message id;
* the appliance's own parser, through `corpus_tools.check_corpus` (the isolated child the
  ingestion uses): every answerable question must have one of its `any` forms in the parsed text
  (a form other than the first is noted, not failed).

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout40/check_holdout40.py
"""

from __future__ import annotations

import json
import re
import sys
from email import message_from_bytes, policy
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.holdout40.make_holdout40 import ABSENT  # noqa: E402

SETS = ["holdout40_qa.jsonl", "holdout40_english_qa.jsonl", "holdout40_followup_qa.jsonl",
        "holdout40_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".pdf", ".docx", ".xlsx", ".eml", ".html"}

# Each set: the id prefix and how many questions it holds.
EXPECTED = {
    "holdout40_qa.jsonl": ("h40-", 24),
    "holdout40_unanswerable_qa.jsonl": ("h40-un-", 12),
    "holdout40_english_qa.jsonl": ("h40-en-", 10),
    "holdout40_followup_qa.jsonl": ("h40-fu-", 8),
}

# The PDF table: the group split by the page break (named on its first row, on page 1 only) and
# the header labels that must be on both pages (text compared without white space).
SPLIT_GROUP = "回数券（11枚綴り）"
HEADER_LABELS = ["種別", "区分", "銭湯（桜川湯・本町湯・みどり湯）", "日帰り温泉（湯けむりの郷・星の湯）", "土日祝"]


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


def mail_text(path: Path) -> str:
    message = message_from_bytes(path.read_bytes(), policy=policy.default)
    body = message.get_body(preferencelist=("plain",))
    return "\n".join([str(message["Subject"]), str(message["From"]), str(message["Date"]),
                      body.get_content() if body is not None else ""])


class _TextOfHtml(HTMLParser):
    """The text of a page: a line per block element, cells of a table row joined by ' | '."""

    BLOCKS = {"p", "h1", "h2", "h3", "li", "tr", "title", "nav", "div"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in {"style", "script"}:
            self.skip += 1
        elif tag in {"td", "th"} and "".join(self.current).strip():
            self.current.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"style", "script"}:
            self.skip -= 1
        elif tag in self.BLOCKS:
            line = "".join(self.current).strip()
            if line:
                self.lines.append(line)
            self.current = []

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.current.append(data.replace("\n", " "))


def read_html(path: Path) -> str:
    parser = _TextOfHtml()
    parser.feed(path.read_bytes().decode("utf-8"))
    parser.close()
    return "\n".join(parser.lines)


def read_documents() -> dict[str, str]:
    readers = {".pdf": lambda path: "\n".join(pdf_pages(path)), ".docx": read_docx, ".xlsx": read_xlsx,
               ".eml": mail_text, ".html": read_html}
    texts: dict[str, str] = {}
    for path in sorted(HERE.iterdir()):
        if path.suffix not in DOCUMENT_SUFFIXES:
            continue
        texts[path.name] = readers[path.suffix](path)
        print(f"{path.name}: {len(texts[path.name])} characters")
    return texts


def stands_alone(form: str, text: str) -> bool:
    """`form` is in `text`, and where it starts or ends with a digit it is not part of a longer
    number there (no digit, or comma or point and digit, right before or after it)."""
    before = r"(?<![\d,.])" if form[:1].isdigit() else ""
    after = r"(?![\d]|[,.]\d)" if form[-1:].isdigit() else ""
    return re.search(before + re.escape(form) + after, text) is not None


def load(filename: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


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

    # The PDF price table starts on page 1 and ends on page 2, both header rows repeated; the
    # 回数券 group is named on page 1 only (with its 大人 row), its 中人 and シニア rows are on page 2.
    pdf = [path for path in HERE.iterdir() if path.suffix == ".pdf"]
    if len(pdf) == 1:
        pages = [_squash(page) for page in pdf_pages(pdf[0])]
        problems = []
        if len(pages) < 2:
            problems.append(f"{len(pages)} pages, not at least 2")
        else:
            for label in HEADER_LABELS:
                if not all(label in page for page in pages[:2]):
                    problems.append(f"header {label!r} not on both pages")
            if "入浴料（1回）大人（中学生以上）520円520円980円1,180円" not in pages[0]:
                problems.append("the first row is not on page 1")
            if pages[0].count(SPLIT_GROUP) != 1 or SPLIT_GROUP in pages[1]:
                problems.append(f"{SPLIT_GROUP} is not named on page 1 only")
            if SPLIT_GROUP + "大人5,200円5,200円9,800円11,800円" not in pages[0]:
                problems.append("the 回数券 group does not start on page 1")
            if "中人2,000円2,000円4,800円5,800円" not in pages[1] or "4,800円" in pages[0] \
                    or "シニア－－8,500円10,300円" not in pages[1] or "8,500円" in pages[0]:
                problems.append("the 回数券 group's 中人 and シニア rows are not on page 2")
            if "手ぶらセット" not in pages[1] or "手ぶらセット" in pages[0]:
                problems.append("the last row is not on page 2")
        for problem in problems:
            fail(f"the PDF's price table does not cross the page as it should: {problem}")
    else:
        fail(f"expected one PDF, found {len(pdf)}")

    # The Word rules: the 改定後/改定前 table of passes and the band table of corporate members.
    docx = [path for path in HERE.iterdir() if path.suffix == ".docx"]
    if len(docx) == 1:
        from docx import Document

        tables = Document(str(docx[0])).tables
        heads = [[cell.text for cell in table.rows[0].cells] for table in tables]
        if len(tables) != 2 or not heads[0][2].startswith("改定後") or heads[0][3] != "改定前" \
                or len(tables[0].rows) != 9 or heads[1][0] != "契約人数（登録者数）" or len(tables[1].rows) != 5:
            fail(f"the Word rules do not hold the two tables as written: {heads}")
        text = texts.get(docx[0].name, "")
        for needle in ("第1条", "第11条（問い合わせ）", "附則", "令和9年", "2027年"):
            if needle not in text:
                fail(f"the Word rules lack {needle!r}")
    else:
        fail(f"expected one Word file, found {len(docx)}")

    # The workbook: title row, two merged header rows, twelve months, 合計 and 月平均 rows.
    xlsx = [path for path in HERE.iterdir() if path.suffix == ".xlsx"]
    if len(xlsx) == 1:
        from openpyxl import load_workbook

        workbook = load_workbook(str(xlsx[0]))
        sheet = workbook.worksheets[0]
        merged = {str(cell_range) for cell_range in sheet.merged_cells.ranges}
        labels = [sheet.cell(row=row, column=1).value for row in range(4, 18)]
        if not {"A1:G1", "A2:A3", "B2:D2", "E2:F2", "G2:G3"} <= merged or labels[:12] != [
                "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"] \
                or labels[12:] != ["合計", "月平均"] or sheet.cell(row=17, column=2).number_format != "#,##0.0" \
                or len(workbook.worksheets) < 2:
            fail(f"the workbook's first sheet is not laid out as written: {sorted(merged)} {labels}")
        if not any(str(sheet.cell(row=row, column=1).value or "").startswith("注記") for row in range(18, 22)):
            fail("the workbook's first sheet has no 注記 line")
    else:
        fail(f"expected one workbook, found {len(xlsx)}")

    # The e-mail: one UTF-8 text part in base64, encoded Subject and From, dated and identified.
    mail = [path for path in HERE.iterdir() if path.suffix == ".eml"]
    if len(mail) == 1:
        raw = mail[0].read_bytes()
        message = message_from_bytes(raw, policy=policy.default)
        head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0].lower()
        if message.is_multipart() or message.get_content_type() != "text/plain" \
                or message.get_content_charset() != "utf-8" or message["Content-Transfer-Encoding"] != "base64" \
                or not message["Date"] or not message["Message-ID"] \
                or not re.search(rb"^subject: =\?utf-8\?", head, re.M) or not re.search(rb"^from: =\?utf-8\?", head, re.M):
            fail("the e-mail is not a single base64 UTF-8 text part with encoded headers, a date and a message id")
    else:
        fail(f"expected one e-mail, found {len(mail)}")

    for filename in SETS:
        questions = load(filename)
        prefix, count = EXPECTED[filename]
        ids = [question["id"] for question in questions]
        if ids != [f"{prefix}{number}" for number in range(1, count + 1)] or len(set(ids)) != len(ids):
            fail(f"{filename}: ids {ids} are not {prefix}1..{count}")
        checked = 0
        for question in questions:
            if "followup" in filename:
                if len(question.get("turns", [])) != 2:
                    fail(f"{question['id']}: needs two turns")
            elif not question.get("q"):
                fail(f"{question['id']}: no question text")
            if question.get("unanswerable"):
                if question["any"]:
                    fail(f"{question['id']}: an unanswerable question with answers")
                if question["id"] not in ABSENT:
                    fail(f"{question['id']}: no ABSENT strings to check")
                for value in ABSENT.get(question["id"], []):
                    where = [name for name, text in texts.items() if value in text]
                    if where:
                        fail(f"PRESENT {question['id']}: {value!r} is in {where}")
                continue
            if "unanswerable" in filename:
                fail(f"{question['id']}: not marked unanswerable")
                continue
            checked += 1
            forms = question.get("answer_any") if "english" in filename else question.get("any")
            if not forms:
                fail(f"{question['id']}: no answers")
                continue
            if "english" in filename and question.get("any", forms)[:1] != forms[:1]:
                fail(f"{question['id']}: any and answer_any do not start with the same form")
            if not any(stands_alone(forms[0], text) for text in texts.values()):
                fail(f"MISSING {question['id']}: {forms[0]!r} is not in the text on its own")
        print(f"{filename}: {len(questions)} questions, {checked} with answers checked")
    print("OK (ordinary libraries)" if failures == 0 else f"{failures} problems (ordinary libraries)")
    return 1 if failures else 0


def main() -> int:
    status = check_with_libraries()
    try:
        from tests.data.corpus_tools import check_corpus

        import ingestion.parsing  # noqa: F401  (the appliance's parser; skipped where it cannot load)
    except Exception as error:  # noqa: BLE001
        print(f"-- the appliance's parser could not be imported ({error}); skipped --")
        return status
    print("-- the appliance's parser --")
    status |= check_corpus(HERE, suffixes=DOCUMENT_SUFFIXES, question_sets=SETS, first_form_required=False)
    return status


if __name__ == "__main__":
    sys.exit(main())
