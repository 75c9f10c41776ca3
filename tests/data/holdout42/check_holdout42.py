"""Check the forty-second holdout corpus (tests/data/holdout42/README.md): that the generator writes
the same bytes again, that every document parses, that each question's answer is in it, and that
the values the unanswerable questions ask for are not.

* The generator is run again into a temporary directory; its five documents and four question
  sets must be byte-for-byte the files in the repository.
* The documents are read with ordinary libraries (pypdfium2, python-docx, openpyxl with the number
  formats applied, the standard library's email package, the Markdown page as UTF-8 text), so that
  this part depends on nothing the corpus is meant to measure. Every answerable question's first
  `any` form (the one the document writes) must be literally in that text, and each of its other
  forms must be there too once thousands commas are dropped and full-width ％ is read as %; every
  unanswerable question must have `"unanswerable": true` and an empty `any`, and none of the
  strings that would carry its value (the generator's ABSENT) may be there; English questions need
  `answer_any`; the sets hold the ids and counts the README gives. The PDF's price table must cross
  from page 1 to page 2 with both header rows repeated; the Word rules must hold the band table
  with its two header rows, 第1条〜第10条 and two 附則; the workbook's first sheet must have its two
  merged header rows, 合計 and 月平均 (#,##0.0); the e-mail must be a single UTF-8 text part in
  base64 with a date and a message id; the Markdown page must have headings, lists and a pipe table.
* The appliance's own parser, through `corpus_tools.check_corpus`: one of each answerable
  question's `any` forms must be in the parsed text (a form other than the first is noted).

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout42/check_holdout42.py
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from email import message_from_bytes, policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.holdout42 import make_holdout42 as make  # noqa: E402

NN = make.NN
SETS = [f"holdout{NN}_qa.jsonl", f"holdout{NN}_english_qa.jsonl", f"holdout{NN}_followup_qa.jsonl",
        f"holdout{NN}_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".pdf", ".docx", ".xlsx", ".eml", ".md"}
EXPECTED = {
    f"holdout{NN}_qa.jsonl": (f"h{NN}-", 24),
    f"holdout{NN}_unanswerable_qa.jsonl": (f"h{NN}-un-", 12),
    f"holdout{NN}_english_qa.jsonl": (f"h{NN}-en-", 10),
    f"holdout{NN}_followup_qa.jsonl": (f"h{NN}-fu-", 8),
}


def _loose(text: str) -> str:
    return text.replace(",", "").replace("％", "%")


def check_determinism() -> int:
    failures = 0
    with tempfile.TemporaryDirectory() as temp:
        docs, qa = Path(temp) / "docs", Path(temp) / "qa"
        subprocess.run([sys.executable, str(HERE / "make_holdout42.py"), str(docs), str(qa)], check=True,
                       capture_output=True)
        pairs = [(docs / name, HERE / name) for name, _ in make.DOCUMENTS] + [(qa / name, DATA / name) for name in SETS]
        for fresh, kept in pairs:
            if not kept.exists() or fresh.read_bytes() != kept.read_bytes():
                failures += 1
                print(f"  NOT REPRODUCED {kept.name}: a fresh run writes different bytes")
    print("OK (a second run writes the same bytes)" if failures == 0 else f"{failures} files differ on a second run")
    return 1 if failures else 0


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


def _xlsx_value(value: object, number_format: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    if number_format == "#,##0":
        return f"{value:,.0f}"
    if number_format == "#,##0.0":
        return f"{value:,.1f}"
    return str(value)


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


def read_documents() -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in sorted(HERE.iterdir()):
        if path.suffix not in DOCUMENT_SUFFIXES or path.name == "README.md":
            continue
        if path.suffix == ".pdf":
            text = "\n".join(pdf_pages(path))
        elif path.suffix == ".docx":
            text = read_docx(path)
        elif path.suffix == ".xlsx":
            text = read_xlsx(path)
        elif path.suffix == ".eml":
            text = mail_text(path)
        else:
            text = path.read_text(encoding="utf-8")
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

    # PDF: the price table starts on page 1 (both header rows, the TV group, the internet group's
    # name and its plans up to ギガ10), crosses to page 2 inside the インターネット group (固定IP
    # アドレス onwards) with both header rows again, and ends there with the installation fees; the
    # notes and the before/after table follow on page 2.
    pages = pdf_pages(HERE / make.PRICES_FILENAME)
    first, second = (pages + ["", ""])[:2]
    if len(pages) != 2 or "戸建て（税込）" not in first or "集合住宅（税込）" not in first \
            or "地デジ・BSコース" not in first or "インターネット（月額）" not in first \
            or "戸建て（税込）" not in second or second.count("改定後") < 2 \
            or "ギガ（最大1Gbps）" not in first or "固定IPアドレス（オプション）" not in second \
            or "固定IPアドレス（オプション）" in first or "ギガ（最大1Gbps）" in second \
            or "引込線 60m以上100m未満" not in second or "工事費（1回限り）" in first \
            or "主な組合せの月額の比較" not in second:
        fail("the PDF's price table does not cross from page 1 to page 2 inside the インターネット group "
             "with its two header rows repeated")
    if "－" not in first + second:
        fail("the PDF's price table has no 「－」 cells")

    # DOCX: the band table with two header rows, the articles and both 附則.
    from docx import Document

    document = Document(str(HERE / make.RULES_FILENAME))
    tables = [table for table in document.tables if "導入戸数" in table.cell(0, 0).text]
    if len(tables) != 1 or len(tables[0].rows) != 2 + len(make.BULK_BANDS) \
            or [cell.text for cell in tables[0].rows[1].cells][2:4] != ["改定後", "改定前"] \
            or tables[0].cell(1, 0).text != "導入戸数" or "1戸あたり月額" not in tables[0].cell(0, 3).text \
            or "10戸以上30戸未満" not in tables[0].cell(2, 0).text:
        fail("the Word rules do not hold the band table with its two header rows")
    rules = texts.get(make.RULES_FILENAME, "")
    if any(f"第{number}条" not in rules for number in range(1, 11)) or rules.count("附則") < 2 \
            or "令和" not in rules:
        fail("the Word rules lack 第1条〜第10条, the two 附則 or the 令和 dates")

    # XLSX: two merged header rows, twelve months, 合計 and 月平均.
    from openpyxl import load_workbook

    workbook = load_workbook(str(HERE / make.FIGURES_FILENAME))
    sheet = workbook["月別新規加入件数"]
    merged = {str(cells) for cells in sheet.merged_cells.ranges}
    if not {"A2:A3", "B2:D2", "E2:F2", "G2:G3"} <= merged or sheet["B2"].value != "白鷺市内" \
            or sheet["E3"].value != "北川営業所" or [sheet.cell(row=row, column=1).value for row in (4, 15, 16, 17)] \
            != ["4月", "3月", "合計", "月平均"] or sheet["B17"].number_format != "#,##0.0":
        fail("the workbook's first sheet lacks its merged two-row header, 合計 or 月平均")
    if "－" not in texts.get(make.FIGURES_FILENAME, "") or "千円" not in texts.get(make.FIGURES_FILENAME, ""):
        fail("the workbook's second sheet lacks its 「－」 cells or its unit note")

    # EML: one UTF-8 text part in base64, dated and identified.
    raw = (HERE / make.MAIL_FILENAME).read_bytes()
    message = message_from_bytes(raw, policy=policy.default)
    if message.is_multipart() or message.get_content_type() != "text/plain" \
            or message.get_content_charset() != "utf-8" or message["Content-Transfer-Encoding"] != "base64" \
            or not message["Date"] or not message["Message-ID"] or b"=?utf-8?" not in raw.lower():
        fail("the e-mail is not a single base64 UTF-8 text part with an encoded subject, a date and a message id")

    # Markdown: headings, lists and a pipe table.
    kb = texts.get(make.KB_FILENAME, "")
    if not re.search(r"^# ", kb, re.M) or len(re.findall(r"^## ", kb, re.M)) < 5 \
            or not re.search(r"^\|---", kb, re.M) or not re.search(r"^- ", kb, re.M) or not re.search(r"^1\. ", kb, re.M):
        fail("the Markdown page lacks its headings, lists or pipe table")

    everything = "\n".join(texts.values())
    loose = _loose(everything)
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
            if "english" in filename and (not question.get("answer_any") or not question.get("any")):
                fail(f"{question['id']}: an English question needs both any and answer_any")
            if question.get("unanswerable"):
                if question["any"]:
                    fail(f"{question['id']}: an unanswerable question with answers")
                if question["id"] not in make.ABSENT:
                    fail(f"{question['id']}: no ABSENT strings to check")
                for value in make.ABSENT.get(question["id"], []):
                    where = [name for name, text in texts.items() if value in text]
                    if where:
                        fail(f"PRESENT {question['id']}: {value!r} is in {where}")
                continue
            if "unanswerable" in filename:
                fail(f"{question['id']}: not marked unanswerable")
                continue
            checked += 1
            forms = question["any"]
            if not forms:
                fail(f"{question['id']}: no answers")
                continue
            if forms[0] not in everything:
                fail(f"MISSING {question['id']}: {forms[0]!r} is not in the text")
            for form in forms[1:]:
                if form not in everything and _loose(form) not in loose:
                    fail(f"MISSING {question['id']}: the other form {form!r} is not in the text")
        print(f"{filename}: {len(questions)} questions, {checked} with answers checked")
    print("OK (ordinary libraries)" if failures == 0 else f"{failures} problems (ordinary libraries)")
    return 1 if failures else 0


def main() -> int:
    status = check_determinism()
    status |= check_with_libraries()
    from tests.data.corpus_tools import check_corpus

    print("-- the appliance's parser --")
    status |= check_corpus(HERE, suffixes=DOCUMENT_SUFFIXES, question_sets=SETS, first_form_required=False)
    return status


if __name__ == "__main__":
    sys.exit(main())
