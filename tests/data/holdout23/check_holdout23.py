"""Check that every document of the twenty-third holdout corpus parses, that each question's answer
is in it, and that the values the unanswerable questions ask for are not.

Two readings of the five documents:

* ordinary libraries (pypdfium2 for the two PDFs, openpyxl with the number formats applied,
  python-docx, and the e-mail read with the standard library's email package), so that this part
  depends on nothing the corpus is meant to measure. Every answerable question's first `any` form
  (the one the document writes) must be literally in that text; every unanswerable question must
  have `"unanswerable": true` and an empty `any`, and none of the strings that would carry its
  value (ABSENT below) may be there; the sets hold the ids and counts the README gives; the repair
  report's table crosses from page 1 to page 2 inside the グランコート駅北 group (its name and first
  rows on page 1, its last rows and 小計 on page 2 without the name, the header on both pages, the
  合計 row on page 2 only); the regulation holds the area-band table with its two header rows
  (管理委託料 and 退去立会・精算手数料 each over 改定後 and 改定前) and the boundary note; the
  workbook holds twelve months and a 合計 row and column on both monthly sheets, numbers stored as
  numbers with the format #,##0, and the sums add up; the handbook has its headings, numbered steps
  and contact table; the e-mail is a single UTF-8 text part with a fixed date and message id;
* the appliance's own parser, through `corpus_tools.check_corpus` (the isolated child the
  ingestion uses): every answerable question must have one of its `any` forms in the parsed text
  (a form other than the first is noted, not failed: the parser may print a figure differently).

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout23/check_holdout23.py
"""

from __future__ import annotations

import json
import sys
from email import message_from_bytes, policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

SETS = ["holdout23_qa.jsonl", "holdout23_english_qa.jsonl", "holdout23_followup_qa.jsonl",
        "holdout23_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".pdf", ".xlsx", ".docx", ".eml"}
# How many documents of each kind the corpus holds.
DOCUMENT_COUNTS = {".pdf": 2, ".xlsx": 1, ".docx": 1, ".eml": 1}
RULES_PDF = "管理委託料・各種手数料規程_2027年4月改定.pdf"
REPORT_PDF = "管理物件別_修繕実績報告書_2026年度.pdf"
WORKBOOK = "月別入居・退去件数_2026年度.xlsx"
MANUAL = "入居者対応マニュアル_2027年版.docx"

# Each set: the id prefix and how many questions it holds.
EXPECTED = {
    "holdout23_qa.jsonl": ("h23-", 24),
    "holdout23_unanswerable_qa.jsonl": ("h23-un-", 12),
    "holdout23_english_qa.jsonl": ("h23-en-", 10),
    "holdout23_followup_qa.jsonl": ("h23-fu-", 8),
}

# What would have to be in the documents for an unanswerable question to have an answer: a band,
# a year, an office, an item or a heading that the corpus leaves out on purpose.
ABSENT: dict[str, list[str]] = {
    "h23-un-1": ["120㎡", "100㎡以上120㎡", "100㎡以上150㎡", "100㎡以上の住戸 "],
    "h23-un-2": ["150戸", "101戸〜", "101戸以上150戸", "101戸～"],
    "h23-un-3": ["2024年度", "2024年"],
    "h23-un-4": ["2025年3月", "2024年度"],
    "h23-un-5": ["東町"],
    "h23-un-6": ["1台あたり", "駐車場1台", "1台につき", "1区画あたり"],
    "h23-un-7": ["ゴールデンウィーク", "大型連休", "5月3日", "5月4日", "5月5日"],
    "h23-un-8": ["スマートロック", "電子錠"],
    "h23-un-9": ["2026年3月末"],
    "h23-un-10": ["クリーニング"],
    "h23-un-11": ["エレベーター", "昇降機"],
    "h23-un-12": ["南浜営業所（前年度）", "前年度 南浜", "南浜営業所 前年度", "南浜営業所（2025年度）"],
}


def _xlsx_value(value: object, number_format: str) -> str:
    """A cell as Excel shows it, for the number formats the generator uses."""
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
            values = [_xlsx_value(cell.value, cell.number_format) for cell in row]
            if any(values):
                lines.append(" | ".join(values))
    return "\n".join(lines)


def mail_text(path: Path) -> str:
    message = message_from_bytes(path.read_bytes(), policy=policy.default)
    body = message.get_body(preferencelist=("plain",))
    return "\n".join([str(message["Subject"]), str(message["From"]), str(message["Date"]),
                      body.get_content() if body is not None else ""])


def documents() -> list[Path]:
    return [path for path in sorted(HERE.iterdir()) if path.suffix in DOCUMENT_SUFFIXES and path.name != "README.md"]


def read_documents() -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in documents():
        if path.suffix == ".docx":
            text = read_docx(path)
        elif path.suffix == ".pdf":
            text = "\n".join(pdf_pages(path))
        elif path.suffix == ".xlsx":
            text = read_xlsx(path)
        else:
            text = mail_text(path)
        texts[path.name] = text
        print(f"{path.name}: {len(text)} characters")
    return texts


def load(filename: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]


def check_structure(texts: dict[str, str], fail) -> None:  # noqa: ANN001
    counts = {suffix: sum(1 for name in texts if Path(name).suffix == suffix) for suffix in DOCUMENT_COUNTS}
    if counts != DOCUMENT_COUNTS:
        fail(f"expected documents {DOCUMENT_COUNTS}, read {counts}")
    for name, text in texts.items():
        if len(text) < 500:
            fail(f"{name}: only {len(text)} characters read")

    # The repair report: the table crosses from page 1 to page 2 inside the グランコート駅北 group.
    if (HERE / REPORT_PDF).exists():
        pages = pdf_pages(HERE / REPORT_PDF)
        header = "2026年度\n修繕費（円）"
        first_rows = "グランコート駅北 給排水設備 9 11 742,500 913,000"
        later_rows = ["共用部清掃・植栽 48 48 2,304,000 2,419,200", "原状回復（空室内装） 14 12 3,192,000 2,838,000",
                      "小計 79 77 7,107,500 6,918,200"]
        total = "合計 497 525 43,524,200 48,246,600"
        problems = []
        if len(pages) < 2:
            problems.append("fewer than two pages")
        else:
            if header not in pages[0] or header not in pages[1]:
                problems.append("the header is not on both pages")
            if first_rows not in pages[0] or "グランコート駅北" in pages[1]:
                problems.append("グランコート駅北 is not named on page 1 only")
            if any(row not in pages[1] or row in pages[0] for row in later_rows):
                problems.append("the group's last rows and 小計 are not on page 2")
            if total not in pages[1] or total in pages[0]:
                problems.append("the 合計 row is not on page 2")
            if "こもれびハイツ柚原 給排水設備" not in pages[0] or "小計 55 63 6,193,200 7,527,300" not in pages[0]:
                problems.append("the first group is not on page 1")
        if problems:
            fail(f"{REPORT_PDF}: the repair table does not cross pages inside the グランコート駅北 group: {problems}")
    else:
        fail(f"{REPORT_PDF} is missing")

    # The regulation: the area-band table with two header rows and the boundary note.
    if (HERE / RULES_PDF).exists():
        text = "\n".join(pdf_pages(HERE / RULES_PDF))
        wanted = [
            "専有面積（契約書記載）\n管理委託料（1戸あたり月額・税込） 退去立会・精算手数料（1回・税込）\n"
            "改定後 改定前 改定後 改定前\n20㎡未満 2,750円 2,420円 11,000円 9,900円",
            "60㎡以上80㎡未満 4,950円 4,400円 22,000円 19,800円",
            "80㎡以上100㎡未満 5,610円 5,060円 25,300円 23,100円",
            "ちょうどの住戸は、「以上」の側",
            "61戸〜100戸 月8回 55,000円 49,500円",
            "鍵紛失時の開錠（18:00〜翌9:00） 入居者 14,300円 12,100円",
        ]
        missing = [value for value in wanted if value not in text]
        if missing:
            fail(f"{RULES_PDF}: the banded tables or their notes are not as written: {missing}")
    else:
        fail(f"{RULES_PDF} is missing")

    # The workbook: twelve months and 合計 on both monthly sheets, numbers as numbers with #,##0.
    if (HERE / WORKBOOK).exists():
        from openpyxl import load_workbook

        workbook = load_workbook(str(HERE / WORKBOOK))
        months = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
        for title in ("月別入居件数", "月別退去件数"):
            if title not in workbook.sheetnames:
                fail(f"{WORKBOOK}: no sheet {title}")
                continue
            sheet = workbook[title]
            labels = [sheet.cell(row=row, column=1).value for row in range(3, 16)]
            header = [sheet.cell(row=2, column=column).value for column in range(1, 8)]
            grid = [[sheet.cell(row=row, column=column) for column in range(2, 8)] for row in range(3, 16)]
            numbers_ok = all(isinstance(cell.value, int) and cell.number_format == "#,##0" for row in grid for cell in row)
            sums_ok = numbers_ok and all(sum(cell.value for cell in row[:5]) == row[5].value for row in grid) and all(
                sum(grid[row][column].value for row in range(12)) == grid[12][column].value for column in range(6))
            if labels != months + ["合計"] or header[0] != "月" or header[-1] != "合計" or not numbers_ok or not sums_ok:
                fail(f"{WORKBOOK}: sheet {title} is not twelve months × five offices with 合計 row and column in #,##0")
        if "修繕依頼受付件数" not in workbook.sheetnames or "注記" not in workbook.sheetnames:
            fail(f"{WORKBOOK}: the repair-request sheet or the notes are missing")
    else:
        fail(f"{WORKBOOK} is missing")

    # The handbook: headings, numbered steps, the response-time and contact tables.
    if (HERE / MANUAL).exists():
        from docx import Document

        document = Document(str(HERE / MANUAL))
        headings = [paragraph.text for paragraph in document.paragraphs if paragraph.style.name.startswith("Heading")]
        steps = [paragraph.text for paragraph in document.paragraphs if paragraph.text.startswith("手順")]
        tables = [[cell.text for cell in table.rows[0].cells] for table in document.tables]
        if len(headings) < 8 or len(steps) < 10 or ["窓口", "電話番号", "受付時間"] not in tables \
                or not any(row and row[0] == "区分" for row in tables):
            fail(f"{MANUAL}: headings, numbered steps or tables are missing")
    else:
        fail(f"{MANUAL} is missing")

    # The e-mail: one UTF-8 text part, base64, dated and identified.
    mail = [path for path in documents() if path.suffix == ".eml"]
    if len(mail) == 1:
        message = message_from_bytes(mail[0].read_bytes(), policy=policy.default)
        if message.is_multipart() or message.get_content_type() != "text/plain" \
                or message.get_content_charset() != "utf-8" or message["Content-Transfer-Encoding"] != "base64" \
                or not message["Date"] or not message["Message-ID"]:
            fail("the e-mail is not a single UTF-8 base64 text part with a date and a message id")
    else:
        fail(f"expected one e-mail, found {len(mail)}")


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
