"""Check the forty-first holdout corpus: the generator writes the same bytes again, every document
parses, each answerable question's answer is in it, and the values the unanswerable questions ask
for are not.

* The generator is run again into a temporary directory (`make_holdout41.py --out DIR`); the five
  documents and the four question sets it writes there must be byte-identical to the ones here.
* Ordinary libraries (python-docx, pypdfium2, openpyxl with the number formats applied,
  python-pptx including the table and speaker notes, and the standard library's email package),
  so that this part depends on nothing the corpus is meant to measure: every answerable question's
  first `any` form (the one the document writes) must be literally in that text; every
  unanswerable question must have `"unanswerable": true` and an empty `any`, and none of the
  strings that would carry its value (ABSENT in the generator) may be there; the sets hold the ids
  and counts the README gives, and the English set has both `any` and `answer_any`. The layout the
  questions rely on is checked too: the PDF's price table has two header rows, crosses from page 1
  to page 2 inside the 4時間券 group with the header repeated; the Word rules hold 第1条〜第11条, two
  附則 and the head-count band table; the workbook's first sheet has the two merged header rows, a
  合計 row and a 月平均 row formatted #,##0.0, the second has 「－」 cells and the unit note; the deck
  has one table; the e-mail is a single base64 UTF-8 text part with an encoded subject and sender,
  a fixed date and a message id.
* The appliance's own parser, through `corpus_tools.check_corpus` (the isolated child the
  ingestion uses): every answerable question must have one of its `any` forms in the parsed text
  (a form other than the first is noted, not failed).

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout41/check_holdout41.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from email import message_from_bytes, policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ in the corpus directory

import make_holdout41 as generator  # noqa: E402

SETS = ["holdout41_qa.jsonl", "holdout41_english_qa.jsonl", "holdout41_followup_qa.jsonl",
        "holdout41_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".pptx", ".eml"}
EXPECTED = {
    "holdout41_qa.jsonl": ("h41-", 24),
    "holdout41_unanswerable_qa.jsonl": ("h41-un-", 12),
    "holdout41_english_qa.jsonl": ("h41-en-", 10),
    "holdout41_followup_qa.jsonl": ("h41-fu-", 8),
}

failures = 0


def fail(message: str) -> None:
    global failures
    failures += 1
    print(f"  {message}")


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


def mail_text(path: Path) -> str:
    message = message_from_bytes(path.read_bytes(), policy=policy.default)
    body = message.get_body(preferencelist=("plain",))
    return "\n".join([str(message["Subject"]), str(message["From"]), str(message["Date"]),
                      body.get_content() if body is not None else ""])


READERS = {".docx": read_docx, ".pdf": lambda path: "\n".join(pdf_pages(path)), ".xlsx": read_xlsx,
           ".pptx": read_pptx, ".eml": mail_text}


def check_determinism() -> None:
    """Run the generator again into a temporary directory and compare every byte."""
    with tempfile.TemporaryDirectory() as directory:
        subprocess.run([sys.executable, str(HERE / "make_holdout41.py"), "--out", directory], check=True,
                       capture_output=True)
        names = [name for name, _ in generator.DOCUMENTS]
        for name in names + SETS:
            here = (HERE / name) if name in names else (DATA / name)
            again = Path(directory) / name
            if not here.exists() or not again.exists():
                fail(f"{name}: missing ({here.exists()=}, {again.exists()=})")
            elif here.read_bytes() != again.read_bytes():
                fail(f"{name}: a second run writes different bytes")
    print("determinism checked: " + ("OK" if failures == 0 else "differences"))


def read_documents() -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in sorted(HERE.iterdir()):
        if path.suffix not in DOCUMENT_SUFFIXES:
            continue
        texts[path.name] = READERS[path.suffix](path)
        print(f"{path.name}: {len(texts[path.name])} characters")
    if len(texts) != 5 or {Path(name).suffix for name in texts} != DOCUMENT_SUFFIXES:
        fail(f"expected one document of each of {sorted(DOCUMENT_SUFFIXES)}, read {sorted(texts)}")
    for name, text in texts.items():
        if len(text) < 500:
            fail(f"{name}: only {len(text)} characters read")
    return texts


def check_layout() -> None:
    # PDF: the price table's two header rows on both pages; the table starts on page 1 and ends on
    # page 2, the page break falling inside the 4時間券 group (its name and first rows on page 1, its
    # last rows, written without the name, on page 2).
    pages = pdf_pages(HERE / generator.PRICES_FILENAME)
    first, second = (pages + ["", ""])[:2]
    header_ok = all("レギュラー期" in page and "ハイシーズン" in page and "WEB前売" in page for page in (first, second))
    if len(pages) != 2 or not header_ok or "1日券 大人（19歳以上60歳未満） 6,200" not in first \
            or "4時間券 大人（19歳以上60歳未満） 5,400" not in first \
            or "中高生（13歳以上19歳未満） 4,200 3,800 4,600 4,200" not in second \
            or "中高生（13歳以上19歳未満） 4,200 3,800 4,600 4,200" in first \
            or "4時間券" in second or "ナイター券 大人" in first or "2日券 大人" not in second \
            or "ランチ付き1日券 大人" not in second:
        fail("the PDF's price table does not cross from page 1 to page 2 inside the 4時間券 group with its header repeated")
    if "改定前（2026-27シーズン）" not in second:
        fail("the PDF's before/after table is not on page 2")

    # DOCX: articles, the two 附則 and the band table.
    from docx import Document

    document = Document(str(HERE / generator.RULES_FILENAME))
    headings = [paragraph.text for paragraph in document.paragraphs if paragraph.style.name == "Heading 1"]
    articles = [heading.split("（")[0] for heading in headings if heading.startswith("第")]
    if articles != [f"第{number}条" for number in range(1, 12)] or sum(h.startswith("附則") for h in headings) != 2:
        fail(f"the Word rules do not hold 第1条〜第11条 and two 附則: {headings}")
    tables = document.tables
    if len(tables) != 1 or [row.cells[0].text for row in tables[0].rows][1:] != \
            ["10人以上20人未満", "20人以上50人未満", "50人以上100人未満", "100人以上"]:
        fail("the Word rules do not hold the head-count band table")

    # XLSX: two merged header rows, totals, the month average, the second sheet's 「－」 and unit note.
    from openpyxl import load_workbook

    workbook = load_workbook(str(HERE / generator.FIGURES_FILENAME))
    guests, sales = workbook.worksheets[:2]
    merged = {str(cell_range) for cell_range in guests.merged_cells.ranges}
    if not {"A1:F1", "A2:A3", "B2:C2", "D2:E2", "F2:F3"} <= merged or guests["A16"].value != "合計" \
            or guests["A17"].value != "月平均" or guests["B17"].number_format != "#,##0.0" \
            or [guests.cell(row=row, column=1).value for row in range(4, 16)] != generator.MONTHS \
            or not str(guests["A19"].value).startswith("注記"):
        fail("the first sheet lacks its merged header rows, 12 months, 合計, 月平均 or 注記")
    sales_cells = [cell.value for row in sales.iter_rows() for cell in row]
    if "－" not in sales_cells or not any(isinstance(value, str) and value.startswith("単位：千円") for value in sales_cells) \
            or sales.cell(row=9, column=1).value != "合計" or sales.cell(row=2, column=7).value != "合計":
        fail("the second sheet lacks 「－」 cells, its totals or its unit note")

    # PPTX: one table, bullets.
    from pptx import Presentation

    presentation = Presentation(str(HERE / generator.DECK_FILENAME))
    tables = [shape for slide in presentation.slides for shape in slide.shapes
              if getattr(shape, "has_table", False) and shape.has_table]
    if len(tables) != 1 or len(presentation.slides) != 5:
        fail(f"the deck should have five slides and one table: {len(presentation.slides)} slides, {len(tables)} tables")

    # EML: one base64 UTF-8 text part, encoded subject and sender, fixed date and message id.
    raw = (HERE / generator.MAIL_FILENAME).read_bytes()
    message = message_from_bytes(raw, policy=policy.default)
    head = raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in raw else raw.split(b"\n\n", 1)[0]
    if message.is_multipart() or message.get_content_type() != "text/plain" \
            or message.get_content_charset() != "utf-8" or message["Content-Transfer-Encoding"] != "base64" \
            or b"Subject: =?utf-8?" not in head or b"From: =?utf-8?" not in head \
            or message["Date"] != "Mon, 15 Nov 2027 10:00:00 +0900" \
            or message["Message-ID"] != "<20271115100000.opening-prep@yukishiro-kogen.example>":
        fail("the e-mail is not a single base64 UTF-8 text part with encoded headers, a fixed date and message id")


def load(filename: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]


def check_questions(texts: dict[str, str]) -> None:
    if set(generator.ABSENT) != {f"h41-un-{number}" for number in range(1, 13)} \
            or set(generator.ABSENT_WHY) != set(generator.ABSENT):
        fail("ABSENT does not cover h41-un-1..12 with a reason each")
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
                fail(f"{question['id']}: needs both any and answer_any")
            if "unanswerable" in filename:
                if not question.get("unanswerable") or question["any"]:
                    fail(f"{question['id']}: must be marked unanswerable with an empty any")
                if question["id"] not in generator.ABSENT:
                    fail(f"{question['id']}: no ABSENT strings to check")
                for value in generator.ABSENT.get(question["id"], []):
                    where = [name for name, text in texts.items() if value in text]
                    if where:
                        fail(f"PRESENT {question['id']}: {value!r} is in {where}")
                continue
            checked += 1
            forms = question["any"]
            if not forms:
                fail(f"{question['id']}: no answers")
            elif not any(forms[0] in text for text in texts.values()):
                fail(f"MISSING {question['id']}: {forms[0]!r} is not in the text")
        print(f"{filename}: {len(questions)} questions, {checked} with answers checked")


def main() -> int:
    check_determinism()
    texts = read_documents()
    check_layout()
    check_questions(texts)
    print("OK (ordinary libraries)" if failures == 0 else f"{failures} problems (ordinary libraries)")
    status = 1 if failures else 0
    from tests.data.corpus_tools import check_corpus

    print("-- the appliance's parser --")
    status |= check_corpus(HERE, suffixes=DOCUMENT_SUFFIXES, question_sets=SETS, first_form_required=False)
    return status


if __name__ == "__main__":
    sys.exit(main())
