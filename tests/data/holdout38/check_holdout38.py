"""Check the thirty-eighth holdout corpus (tests/data/holdout38/README.md): every document reads,
has the structure the README promises, each answerable question's first answer form is in the
text, and the strings that would answer an unanswerable question are not.

The documents are read with ordinary libraries only (python-docx, pypdf / pdfminer.six /
pypdfium2 for the PDF, whichever is installed, openpyxl with the number formats rendered as Excel
shows them, the Markdown page as raw UTF-8 text, the e-mail through the standard library's email
package), so nothing here depends on what the corpus is meant to measure. A figure must occur on
its own: "470円" found only inside "1,470円" does not count.

Then, for information only, the appliance's own parser (`corpus_tools.parsed_texts`) is asked
whether one of each answerable question's forms is in its text; its misses are printed, not failed.

    .venv/bin/python tests/data/holdout38/check_holdout38.py
"""

from __future__ import annotations

import json
import re
import sys
from email import message_from_bytes, policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.holdout38.make_holdout38 import ABSENT  # noqa: E402

SUFFIXES = {".pdf", ".docx", ".xlsx", ".md", ".eml"}
EXPECTED = {
    "holdout38_qa.jsonl": ("h38-", 24),
    "holdout38_unanswerable_qa.jsonl": ("h38-un-", 12),
    "holdout38_english_qa.jsonl": ("h38-en-", 10),
    "holdout38_followup_qa.jsonl": ("h38-fu-", 8),
}


# ---------------------------------------------------------------------------------------------
# Reading.

def xlsx_value(value: object, number_format: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    if number_format == "#,##0":
        return f"{value:,.0f}"
    if number_format == "#,##0.0":
        return f"{value:,.1f}"
    return str(value)


def pdf_pages(path: Path) -> list[str]:
    try:
        from pypdf import PdfReader

        return [page.extract_text() or "" for page in PdfReader(str(path)).pages]
    except ImportError:
        pass
    try:
        from pdfminer.high_level import extract_text

        return extract_text(str(path)).split("\f")
    except ImportError:
        pass
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    pages = []
    for index in range(len(document)):
        text_page = document[index].get_textpage()
        pages.append(text_page.get_text_range())
    return pages


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
            values = [xlsx_value(cell.value, cell.number_format) for cell in row]
            if any(values):
                lines.append(" | ".join(values))
    return "\n".join(lines)


def read_eml(path: Path) -> str:
    message = message_from_bytes(path.read_bytes(), policy=policy.default)
    body = message.get_body(preferencelist=("plain",))
    return "\n".join([str(message["Subject"]), str(message["From"]), str(message["Date"]),
                      body.get_content() if body is not None else ""])


def read_documents() -> dict[str, str]:
    texts = {}
    for path in sorted(HERE.iterdir()):
        if path.suffix not in SUFFIXES or path.name == "README.md":
            continue
        if path.suffix == ".pdf":
            text = "\n".join(pdf_pages(path))
        elif path.suffix == ".docx":
            text = read_docx(path)
        elif path.suffix == ".xlsx":
            text = read_xlsx(path)
        elif path.suffix == ".md":
            text = path.read_text(encoding="utf-8")
        else:
            text = read_eml(path)
        texts[path.name] = text
        print(f"{path.name}: {len(text)} characters")
    return texts


# ---------------------------------------------------------------------------------------------
# Matching: a figure must not be part of a longer figure.

def standalone_count(form: str, text: str) -> int:
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
# Structure.

def check_structure(fail) -> None:  # type: ignore[no-untyped-def]
    documents = {path.suffix: path for path in HERE.iterdir() if path.suffix in SUFFIXES and path.name != "README.md"}
    if set(documents) != SUFFIXES:
        fail(f"expected one document of each of {sorted(SUFFIXES)}, found {sorted(documents)}")
        return

    # PDF: the price table has two header rows, repeated on page 2, and crosses the page break
    # inside a product group (the group named on page 1 only; its later bands on page 2).
    pages = pdf_pages(documents[".pdf"])
    compact = [re.sub(r"\s+", "", page) for page in pages]
    if len(pages) < 2:
        fail("the PDF has fewer than two pages")
    else:
        header_ok = all("1名あたり料金（税込）" in page and "スタンダード" in page and "プレミアム" in page
                        for page in compact[:2])
        crossing = ("ブランチボックス（お弁当）" in compact[0] and "焼き菓子・ミニスイーツ盛合せ" in compact[1]
                    and "80名以上120名以下" in compact[1] and "80名以上120名以下" not in compact[0]
                    and "パーティーオードブル＆パン盛合せ10名以上20名未満" in compact[0])
        if not header_ok or not crossing:
            fail(f"the PDF price table does not cross from page 1 to page 2 with its two-row header repeated "
                 f"(header {header_ok}, crossing {crossing})")
        if "その人数を下限とする区分" not in compact[0] or "8km以上15km未満" not in "".join(compact):
            fail("the PDF lacks its boundary rule or the delivery fee bands")

    # DOCX: articles, 附則, the comparison table with 改定後 and 改定前, 西暦 and 令和.
    from docx import Document

    document = Document(str(documents[".docx"]))
    text = read_docx(documents[".docx"])
    headers = [[cell.text for cell in table.rows[0].cells] for table in document.tables]
    if ["項目", "改定後", "改定前"] not in headers:
        fail("the Word file has no 改定後/改定前 table")
    if not re.search(r"第1条", text) or "第14条" not in text or "附則" not in text or "令和8年" not in text \
            or "2026年" not in text:
        fail("the Word file lacks its articles, 附則 or dates in both eras")

    # XLSX: title row, two merged header rows, 合計 column and row, 月平均 #,##0.0, second sheet, 注記.
    from openpyxl import load_workbook

    workbook = load_workbook(str(documents[".xlsx"]))
    sheet = workbook.worksheets[0]
    merged = {str(cell_range) for cell_range in sheet.merged_cells.ranges}
    labels = [sheet.cell(row=row, column=1).value for row in range(1, sheet.max_row + 1)]
    average_row = labels.index("月平均") + 1 if "月平均" in labels else 0
    if len(workbook.worksheets) < 2 or not {"A1:H1", "A2:A3", "B2:F2", "H2:H3"} <= merged \
            or sheet.cell(row=2, column=8).value != "合計" or "合計" not in labels or not average_row \
            or sheet.cell(row=average_row, column=2).number_format != "#,##0.0" \
            or not any(str(label).startswith("注記") for label in labels if label):
        fail(f"the workbook lacks its title, merged header rows, totals, 月平均 row or 注記 (merged {sorted(merged)})")

    # MD: headings, a pipe table, lists.
    markdown = documents[".md"].read_text(encoding="utf-8")
    if not markdown.startswith("# ") or "\n## " not in markdown or "|---|" not in markdown \
            or "\n- " not in markdown or "\n1. " not in markdown:
        fail("the Markdown page lacks headings, a pipe table or lists")

    # EML: one UTF-8 text/plain part in base64; encoded Subject and From; Date and Message-ID.
    raw = documents[".eml"].read_bytes()
    message = message_from_bytes(raw, policy=policy.default)
    head = raw.split(b"\r\n\r\n" if b"\r\n\r\n" in raw else b"\n\n", 1)[0].decode("ascii")
    if message.is_multipart() or message.get_content_type() != "text/plain" \
            or message.get_content_charset() != "utf-8" or message["Content-Transfer-Encoding"] != "base64" \
            or not re.search(r"^Subject: =\?utf-8\?", head, re.M | re.I) \
            or not re.search(r"^From: =\?utf-8\?", head, re.M | re.I) \
            or not message["Date"] or not message["Message-ID"]:
        fail("the e-mail is not one base64 UTF-8 text part with encoded Subject and From, a date and a message id")


# ---------------------------------------------------------------------------------------------

def main() -> int:
    texts = read_documents()
    failures = 0

    def fail(message: str) -> None:
        nonlocal failures
        failures += 1
        print(f"  FAIL {message}")

    check_structure(fail)
    corpus = "\n".join(texts.values())
    all_ids: list[str] = []
    for filename, (prefix, count) in EXPECTED.items():
        questions = load(filename)
        ids = [question["id"] for question in questions]
        all_ids += ids
        if ids != [f"{prefix}{number}" for number in range(1, count + 1)]:
            fail(f"{filename}: ids are not {prefix}1..{count}")
        checked = 0
        for question in questions:
            if "followup" in filename:
                if len(question.get("turns", [])) != 2 or not all(question["turns"]):
                    fail(f"{question['id']}: needs two turns")
            elif not question.get("q"):
                fail(f"{question['id']}: no question text")
            if "unanswerable" in filename:
                if not question.get("unanswerable") or question.get("any"):
                    fail(f"{question['id']}: must be unanswerable with an empty any")
                absent = ABSENT.get(question["id"])
                if not absent:
                    fail(f"{question['id']}: no ABSENT strings")
                for value in absent or []:
                    where = [name for name, text in texts.items() if value in text]
                    if where:
                        fail(f"PRESENT {question['id']}: {value!r} is in {where}")
                continue
            forms = question.get("answer_any") if "english" in filename else question.get("any")
            if not forms:
                fail(f"{question['id']}: no answers")
                continue
            checked += 1
            occurrences = standalone_count(forms[0], corpus)
            if occurrences == 0:
                fail(f"MISSING {question['id']}: {forms[0]!r} does not occur on its own in the documents")
        print(f"{filename}: {len(questions)} questions, {checked} answers found in the documents")
    if len(set(all_ids)) != len(all_ids):
        fail("ids are not unique across the sets")
    print("OK" if failures == 0 else f"{failures} problems")

    # For information: the appliance's parser.
    try:
        from tests.data.corpus_tools import parsed_texts

        print("-- the appliance's parser (information only) --")
        parsed = "\n".join(parsed_texts(HERE, SUFFIXES).values())
        for filename in EXPECTED:
            for question in load(filename):
                forms = question.get("answer_any") or question.get("any") or []
                if forms and not any(standalone_count(form, parsed) for form in forms):
                    print(f"  note {question['id']}: none of {forms} in the parsed text")
    except Exception as error:  # noqa: BLE001 - the parser is optional here
        print(f"(the appliance's parser was not run: {type(error).__name__}: {error})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
