"""Check the thirty-sixth holdout corpus (tests/data/holdout36/README.md): every document is there
in its format and has the structure the corpus is meant to test, each answerable question's answer
is in it exactly once, and the values the unanswerable questions ask for are not.

The documents are read with ordinary libraries only (pypdfium2, python-docx, openpyxl with the
number formats applied, the standard library's email package and html.parser), so that this part
depends on nothing the corpus is meant to measure:

* five documents, one each of PDF, DOCX, XLSX, EML and HTML;
* the PDF's price table crosses from page 1 to page 2 with both header rows (the spanning group
  headings and the column labels under them) on both pages, and the group that the page break
  splits goes on on page 2 with its first column blank;
* the Word rules have Heading 1 articles 第1条〜第10条 and 附則, a wage table with 改定後 beside
  改定前, and dates in 西暦 with 令和 beside them;
* the workbook's data sheets have a merged title row and two header rows with cells merged down and
  across, a 合計 row (and on the monthly sheet a 月平均 row in #,##0.0), numbers stored as numbers,
  and a 注記 sheet;
* the e-mail is one text/plain UTF-8 part in base64 with an encoded subject and sender, a date and a
  message id; the web page has a table with a <thead>, a definition list, nested lists and a notice box;
* the four question sets hold the ids and counts the README gives; every answerable question's
  first `any` form (the one the document writes) occurs in the documents' text exactly once (an
  occurrence inside a longer number does not count); every unanswerable question is marked, has an
  empty `any`, and none of the strings that would carry its value (ABSENT below) is there.

Any miss is printed and the exit status is 1. With --parser it also parses the corpus with the
appliance's parser (corpus_tools.check_corpus) and prints that report; the report is not a failure.

    .venv/bin/python tests/data/holdout36/check_holdout36.py [--parser]
"""

from __future__ import annotations

import json
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from email import message_from_bytes, policy
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

DOCUMENT_SUFFIXES = {".pdf", ".docx", ".xlsx", ".eml", ".html"}
EXPECTED = {
    "holdout36_qa.jsonl": ("h36-", 24),
    "holdout36_unanswerable_qa.jsonl": ("h36-un-", 12),
    "holdout36_english_qa.jsonl": ("h36-en-", 10),
    "holdout36_followup_qa.jsonl": ("h36-fu-", 8),
}
SETS = list(EXPECTED)

# What would have to be in the documents for an unanswerable question to have an answer.
ABSENT: dict[str, list[str]] = {
    "h36-un-1": ["ウェディング", "婚礼", "ブライダル"],
    "h36-un-2": ["革ジャン", "レザー", "皮革製品（"],
    "h36-un-3": ["2025年度"],
    "h36-un-4": ["東口店", "東口"],
    "h36-un-5": ["工場リーダー", "班長", "工場作業スタッフ | リーダー"],
    "h36-un-6": ["スニーカー", "靴"],
    "h36-un-7": ["年末年始", "12月31日", "1月1日", "正月"],
    "h36-un-8": ["深夜", "22時", "22:00", "夜勤"],
    "h36-un-9": ["目標"],
    "h36-un-10": ["従業員数", "人員", "名在籍", "人在籍", "在籍者"],
    "h36-un-11": ["キャンセル", "取消料", "取消し"],
    "h36-un-12": ["工事費", "工事の費用", "万円", "億円"],
}


# ---------------------------------------------------------------------------------------------
# Reading the documents.

def _excel_shown(value: object, number_format: str) -> str:
    """A cell as Excel shows it, for the number formats the generator uses (Excel rounds halves up)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    if number_format == "#,##0":
        return f"{Decimal(str(value)).quantize(Decimal('1'), ROUND_HALF_UP):,}"
    if number_format == "#,##0.0":
        return f"{Decimal(repr(value)).quantize(Decimal('0.1'), ROUND_HALF_UP):,}"
    return str(value)


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
            values = [_excel_shown(cell.value, cell.number_format) for cell in row]
            if any(values):
                lines.append(" | ".join(values))
    return "\n".join(lines)


def mail_text(path: Path) -> str:
    message = message_from_bytes(path.read_bytes(), policy=policy.default)
    body = message.get_body(preferencelist=("plain",))
    return "\n".join([str(message["Subject"]), str(message["From"]), str(message["Date"]),
                      body.get_content() if body is not None else ""])


class _TextOfPage(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("style", "script"):
            self.skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip and data.strip():
            self.pieces.append(" ".join(data.split()))


def read_html(path: Path) -> str:
    parser = _TextOfPage()
    parser.feed(path.read_text(encoding="utf-8"))
    return "\n".join(parser.pieces)


def documents() -> dict[str, Path]:
    return {path.name: path for path in sorted(HERE.iterdir()) if path.suffix in DOCUMENT_SUFFIXES}


def read_documents() -> dict[str, str]:
    texts: dict[str, str] = {}
    for name, path in documents().items():
        if path.suffix == ".pdf":
            text = "\n".join(pdf_pages(path))
        elif path.suffix == ".docx":
            text = read_docx(path)
        elif path.suffix == ".xlsx":
            text = read_xlsx(path)
        elif path.suffix == ".eml":
            text = mail_text(path)
        else:
            text = read_html(path)
        texts[name] = text
        print(f"{name}: {len(text)} characters")
    return texts


def occurrences(form: str, text: str) -> int:
    """How often `form` stands in `text` on its own: not inside a longer number ("4,500円" is not
    in "14,500円", "内線 30" is not in "内線 301")."""
    count = 0
    for match in re.finditer(re.escape(form), text):
        start, end = match.start(), match.end()
        if form[0].isdigit() and start > 0:
            before = text[start - 1]
            if before.isdigit() or (before in ",." and start > 1 and text[start - 2].isdigit()):
                continue
        if form[-1].isdigit() and end < len(text):
            after = text[end]
            if after.isdigit() or (after in ",." and end + 1 < len(text) and text[end + 1].isdigit()):
                continue
        count += 1
    return count


def load(filename: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]


# ---------------------------------------------------------------------------------------------
# Structure of each document.

def check_pdf(path: Path, fail) -> None:
    pages = pdf_pages(path)
    header_1 = ["店頭仕上げ料金（税込・円）", "集配料金（税込・円）"]
    header_2 = "通常仕上げ 翌日仕上げ 当日仕上げ 一般 会員"
    if len(pages) < 2:
        fail(f"{path.name}: {len(pages)} page(s), expected 2 or more")
        return
    for number, page in enumerate(pages[:2], start=1):
        if not all(label in page for label in header_1) or header_2 not in page or "区分" not in page:
            fail(f"{path.name}: page {number} lacks one of the price table's two header rows")
    if "ワイシャツ・ブラウス ワイシャツ（ハンガー仕上げ）" not in pages[0] or "ネクタイ" in pages[0]:
        fail(f"{path.name}: the price table does not start on page 1")
    if "ネクタイ" not in pages[1] or "ポロシャツ・カットソー" in pages[1]:
        fail(f"{path.name}: the price table does not go on on page 2")
    # The group split by the break: its name on page 1, rows of it on page 2 with the first column blank.
    split = "寝具・大物"
    after_header = pages[1].split(header_2, 1)[-1].lstrip("\n")
    if f"{split} 毛布（シングル）" not in pages[0] or not after_header.startswith("毛布（ダブル）") \
            or "ラグ（4畳以上6畳未満）" not in pages[1]:
        fail(f"{path.name}: the page break does not fall inside the {split} group")


def check_docx(path: Path, fail) -> None:
    from docx import Document

    document = Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    articles = [h for h in headings if h.startswith("第")]
    expected = [f"第{number}条" for number in range(1, len(articles) + 1)]
    if len(articles) < 8 or [h.split("（")[0] for h in articles] != expected or headings[-1] != "附則":
        fail(f"{path.name}: Heading 1 articles {headings} are not 第1条..第N条 then 附則")
    tables = [t for t in document.tables
              if [c.text for c in t.rows[0].cells][2:] == ["改定後（時給）", "改定前（時給）"]]
    if len(tables) != 1 or len(tables[0].rows) < 6:
        fail(f"{path.name}: no wage table with 改定後 beside 改定前")
    text = read_docx(path)
    if not re.search(r"\d{4}年（令和\d+年）\d+月\d+日", text) or not re.search(r"\d{4}年（令和元年）", text):
        fail(f"{path.name}: no dates in 西暦 with 令和 beside them")


def check_xlsx(path: Path, fail) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(str(path))
    names = workbook.sheetnames
    if names != ["月別受付点数", "品目別売上高", "注記"]:
        fail(f"{path.name}: sheets {names}")
        return
    for sheet in (workbook["月別受付点数"], workbook["品目別売上高"]):
        merged = [str(r) for r in sheet.merged_cells.ranges]
        title = [r for r in merged if r.startswith("A1:")]
        down = [r for r in merged if re.fullmatch(r"[A-Z]+2:[A-Z]+3", r) and r.split(":")[0][:-1] == r.split(":")[1][:-1]]
        across = [r for r in merged if re.fullmatch(r"[A-Z]+2:[A-Z]+2", r)]
        if not title or len(down) < 2 or len(across) != 1:
            fail(f"{sheet.title}: title row and two merged header rows expected, merged {merged}")
        labels = [sheet.cell(row=row, column=1).value for row in range(4, sheet.max_row + 1)]
        if "合計" not in labels:
            fail(f"{sheet.title}: no 合計 row")
        if sheet.cell(row=3, column=sheet.max_column).value is not None \
                or "合計" not in str(sheet.cell(row=2, column=sheet.max_column).value):
            fail(f"{sheet.title}: no 合計 column merged down")
        numbers = [c for row in sheet.iter_rows(min_row=4) for c in row[1:] if isinstance(c.value, (int, float))]
        if len(numbers) < 40 or any(c.number_format not in ("#,##0", "#,##0.0") for c in numbers):
            fail(f"{sheet.title}: numbers not stored as numbers with #,##0 formats")
    monthly = workbook["月別受付点数"]
    months = [monthly.cell(row=row, column=1).value for row in range(4, 16)]
    if months != ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"] \
            or monthly.cell(row=16, column=1).value != "合計" or monthly.cell(row=17, column=1).value != "月平均" \
            or monthly.cell(row=17, column=2).number_format != "#,##0.0":
        fail("月別受付点数: months 4月..3月, then 合計 and 月平均 (#,##0.0) expected")
    if not str(workbook["注記"]["A1"].value).startswith("注記"):
        fail("注記: no notes sheet")


def check_eml(path: Path, fail) -> None:
    raw = path.read_bytes()
    message = message_from_bytes(raw, policy=policy.default)
    head = raw.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0].decode("ascii")
    if message.is_multipart() or message.get_content_type() != "text/plain" \
            or message.get_content_charset() != "utf-8" or message["Content-Transfer-Encoding"] != "base64":
        fail(f"{path.name}: not a single text/plain UTF-8 base64 part")
    if not re.search(r"^Subject: =\?utf-8\?", head, re.M | re.I) or not re.search(r"^From: =\?utf-8\?", head, re.M | re.I):
        fail(f"{path.name}: subject or sender name not encoded")
    if not message["Date"] or not message["Message-ID"]:
        fail(f"{path.name}: no date or message id")


def check_html(path: Path, fail) -> None:
    page = path.read_text(encoding="utf-8")
    if '<meta charset="utf-8">' not in page or page.count("<thead>") < 1 or "<dl>" not in page \
            or not re.search(r"<ol>.*?<li>[^<]*<ul>", page, re.S) or 'class="notice"' not in page \
            or not re.search(r"<h1>.*</h1>", page) or "<h2>" not in page:
        fail(f"{path.name}: headings, a table with <thead>, a <dl>, nested lists and a notice box expected")


# ---------------------------------------------------------------------------------------------

def check_with_libraries() -> int:
    failures = 0

    def fail(message: str) -> None:
        nonlocal failures
        failures += 1
        print(f"  {message}")

    paths = documents()
    if len(paths) != 5 or {path.suffix for path in paths.values()} != DOCUMENT_SUFFIXES:
        fail(f"expected one document of each of {sorted(DOCUMENT_SUFFIXES)}, found {sorted(paths)}")
    texts = read_documents()
    for name, text in texts.items():
        if len(text) < 800:
            fail(f"{name}: only {len(text)} characters read")
    checks = {".pdf": check_pdf, ".docx": check_docx, ".xlsx": check_xlsx, ".eml": check_eml, ".html": check_html}
    for path in paths.values():
        checks[path.suffix](path, fail)

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
            if "unanswerable" in filename:
                if question.get("unanswerable") is not True or question.get("any") != []:
                    fail(f"{question['id']}: must be marked unanswerable with an empty any")
                if question["id"] not in ABSENT:
                    fail(f"{question['id']}: no ABSENT strings to check")
                for value in ABSENT.get(question["id"], []):
                    where = [name for name, text in texts.items() if value in text]
                    if where:
                        fail(f"PRESENT {question['id']}: {value!r} is in {where}")
                continue
            if question.get("unanswerable"):
                fail(f"{question['id']}: marked unanswerable in an answerable set")
                continue
            checked += 1
            forms = question.get("any") or []
            if not forms:
                fail(f"{question['id']}: no answers")
                continue
            found = sum(occurrences(forms[0], text) for text in texts.values())
            if found != 1:
                fail(f"{'MISSING' if found == 0 else 'AMBIGUOUS'} {question['id']}: {forms[0]!r} occurs {found} times")
        print(f"{filename}: {len(questions)} questions, {checked} with answers checked")
    print("OK (ordinary libraries)" if failures == 0 else f"{failures} problems (ordinary libraries)")
    return 1 if failures else 0


def main() -> int:
    status = check_with_libraries()
    if "--parser" in sys.argv[1:]:
        from tests.data.corpus_tools import check_corpus

        print("-- the appliance's parser (a report, not a failure) --")
        check_corpus(HERE, suffixes=DOCUMENT_SUFFIXES, question_sets=SETS, first_form_required=False)
    return status


if __name__ == "__main__":
    sys.exit(main())
