"""Check the forty-eighth holdout corpus (tests/data/holdout48/README.md): that the generator
writes the same bytes again, that every document is laid out as the README says, that each
question's answer is in the documents and that the values the unanswerable questions ask for are
not.

* The generator is run into a temporary directory (`--out`) and every document and question set
  it writes must be byte-for-byte the files here and in tests/data.
* The documents are read with ordinary libraries (python-docx, pypdfium2, openpyxl with the number
  formats applied, python-pptx including tables and speaker notes, the standard library's email
  package), so that this part depends on nothing the corpus is meant to measure. Every answerable
  question's first `any` form (the one the document writes) must be literally in that text; every
  unanswerable question must have `"unanswerable": true` and an empty `any`, and none of the
  strings of its ABSENT entry (in the generator) may be there; the sets hold the ids and counts the
  README gives; the structure: the PDF's screen table has two header rows, both repeated on page 2,
  and crosses the page break inside the 桜丘館 group (its name on page 1, later rows and its 小計 on
  page 2), with the group band table, its boundary rule and worked examples; the Word rules have
  Heading 1 articles 第1条〜第12条 in order, the 改定後/改定前 table, the refund band table and three
  附則 with 西暦 and 令和/平成 dates; the workbook has the title row, the merged region and theatre
  header rows, 合計 column and row, the 月平均 row in `#,##0.0`, the 注記 line under the table, and
  the 千円 sheet with 「－」, its unit note and 合計 row and column; the e-mail is a single UTF-8
  text/plain part in base64 with encoded Subject and From and the fixed Date and Message-ID; the
  deck has titled slides, bullets, a table and a text box of figures.
* The appliance's own parser, through `corpus_tools.check_corpus`: every answerable question must
  have one of its `any` forms in the parsed text.

Each miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout48/check_holdout48.py
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
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from tests.data.holdout48 import make_holdout48 as generator  # noqa: E402

SETS = ["holdout48_qa.jsonl", "holdout48_english_qa.jsonl", "holdout48_followup_qa.jsonl",
        "holdout48_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".pptx", ".eml"}
EXPECTED = {
    "holdout48_qa.jsonl": ("h48-", 24),
    "holdout48_unanswerable_qa.jsonl": ("h48-un-", 12),
    "holdout48_english_qa.jsonl": ("h48-en-", 10),
    "holdout48_followup_qa.jsonl": ("h48-fu-", 8),
}

failures = 0


def fail(message: str) -> None:
    global failures
    failures += 1
    print(f"  {message}")


# ---------------------------------------------------------------------------------------------
# Reading the documents with ordinary libraries.

def _xlsx_value(value: object, number_format: str) -> str:
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


def document(suffix: str) -> Path:
    return next(path for path in HERE.iterdir() if path.suffix == suffix)


def read_documents() -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in sorted(HERE.iterdir()):
        if path.suffix in DOCUMENT_SUFFIXES:
            texts[path.name] = READERS[path.suffix](path)
            print(f"{path.name}: {len(texts[path.name])} characters")
    return texts


# ---------------------------------------------------------------------------------------------
# Determinism.

def check_determinism() -> None:
    with tempfile.TemporaryDirectory() as directory:
        out = Path(directory)
        subprocess.run([sys.executable, str(HERE / "make_holdout48.py"), "--out", str(out)], check=True,
                       capture_output=True, cwd=ROOT)
        for filename, _builder in generator.DOCUMENTS:
            fresh, kept = out / "holdout48" / filename, HERE / filename
            if not kept.exists() or fresh.read_bytes() != kept.read_bytes():
                fail(f"NOT DETERMINISTIC: {filename} differs from a fresh run (or is missing)")
        for filename in SETS:
            fresh, kept = out / filename, DATA / filename
            if not kept.exists() or fresh.read_bytes() != kept.read_bytes():
                fail(f"NOT DETERMINISTIC: {filename} differs from a fresh run (or is missing)")
    print("determinism: checked")


# ---------------------------------------------------------------------------------------------
# Structure.

def check_pdf() -> None:
    pages = pdf_pages(document(".pdf"))
    flat = [re.sub(r"\s+", " ", page) for page in pages]
    if len(pages) < 2:
        fail("the PDF has fewer than two pages")
        return
    first, second = flat[0], flat[1]
    head_1 = ["劇場", "スクリーン", "座席数", "入場者数（人）", "平均座席稼働率（%）"]
    head_2 = "2025年度 2026年度 2025年度 2026年度"
    for number, page in ((1, first), (2, second)):
        if any(label not in page for label in head_1) or head_2 not in page:
            fail(f"the screen table's two header rows are not both on page {number}")
    # Page 2 begins with the repeated header rows, then rows of the split group without its name.
    position = second.find(head_2)
    first_row = second.find("スクリーン", position)
    if position < 0 or second.find("入場者数（人）") > position or first_row < 0:
        fail("page 2 does not start with the two header rows of the screen table")
    split = generator.SPLIT_THEATRE
    screens = generator.SCREENS[split]
    subtotal = f"小計 {generator._n(generator.SEATS[split])} {generator._n(generator.ATT_2025[split])}"
    if f"{split} {screens[0][0]}" not in first or subtotal not in second or subtotal in first:
        fail(f"the screen table does not cross the page break inside the {split} group")
    last = screens[-1]
    last_row = f"{last[0]} {last[1]} {generator._n(last[2])} {generator._n(last[3])}"
    if last_row not in second or f"{split} {last[0]}" in second:
        fail(f"the later rows of the {split} group are not on page 2 without the theatre's name")
    if "合計" not in second or "西浦館 スクリーン1" not in second:
        fail("the screen table's 西浦館 group and 合計 are not on page 2")
    # Theatres are written only on the first row of their group.
    rows = generator.screen_table()
    for theatre in generator.THEATRES:
        if sum(1 for row in rows if row[0] == theatre) != 1:
            fail(f"{theatre} is not written exactly once in the screen table")
    if generator.DASH not in " ".join(flat):
        fail("no 「－」 in the PDF")
    text = " ".join(flat)
    for needle in ("10名以上30名未満", "30名以上100名未満", "100名以上", "「以上」はその人数を含み", "「未満」はその人数を含まない",
                   "例1：", "例2：", "例3："):
        if needle not in text:
            fail(f"the PDF's group band table or its rule lacks {needle!r}")


def check_docx() -> None:
    from docx import Document

    word = Document(str(document(".docx")))
    headings = [paragraph.text for paragraph in word.paragraphs if paragraph.style.name == "Heading 1"]
    articles = [heading for heading in headings if heading.startswith("第")]
    numbers = [int(re.match(r"第(\d+)条", heading).group(1)) for heading in articles if re.match(r"第(\d+)条", heading)]
    if numbers != list(range(1, 13)):
        fail(f"the rules' Heading 1 articles are {numbers}, not 第1条〜第12条")
    supplements = [heading for heading in headings if heading.startswith("附則")]
    if len(supplements) != 3:
        fail(f"expected three 附則 headings, found {supplements}")
    text = read_docx(document(".docx"))
    tail = text[text.find("附則（"):]
    if not re.search(r"20\d\d年", tail) or not re.search(r"(令和|平成)\d+年", tail) or "改定前の料金" not in tail:
        fail("the 附則 lack a 西暦 date, a 令和/平成 date or the transitional rule")
    tables = word.tables
    price = [table for table in tables if [cell.text for cell in table.rows[0].cells][:3] == ["区分", "改定後", "改定前"]]
    refund = [table for table in tables if table.rows[0].cells[0].text == "取消しの時期"]
    if len(price) != 1 or len(price[0].rows) != 1 + len(generator.PRICES):
        fail("the rules lack the 改定後/改定前 price table")
    if len(refund) != 1 or len(refund[0].rows) != 1 + len(generator.REFUND_BANDS):
        fail("the rules lack the refund band table")


def check_xlsx() -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(str(document(".xlsx")))
    monthly, sales = workbook.worksheets[0], workbook.worksheets[1]
    merged = {str(cell_range) for cell_range in monthly.merged_cells.ranges}
    for expected in ("A1:G1", "A2:A3", "B2:D2", "E2:F2", "G2:G3"):
        if expected not in merged:
            fail(f"sheet 1 lacks the merged range {expected} (has {sorted(merged)})")
    if not str(monthly["A1"].value or "").startswith("2026年度"):
        fail("sheet 1 has no title row")
    if [monthly.cell(row=2, column=column).value for column in (2, 5, 7)] != ["市内エリア", "郊外エリア", "合計"]:
        fail("sheet 1's first header row is not the regions and 合計")
    if [monthly.cell(row=3, column=column).value for column in range(2, 7)] != ["中央館", "北浜館", "桜丘館", "湖畔館", "西浦館"]:
        fail("sheet 1's second header row is not the theatres")
    if [monthly.cell(row=row, column=1).value for row in range(4, 16)] != generator.MONTHS:
        fail("sheet 1's rows are not the months 4月…3月")
    for row in range(4, 17):
        for column in range(2, 8):
            cell = monthly.cell(row=row, column=column)
            if not isinstance(cell.value, int) or cell.number_format != "#,##0":
                fail(f"sheet 1 {cell.coordinate} is not a number in #,##0")
    if monthly["A16"].value != "合計" or monthly["A17"].value != "月平均":
        fail("sheet 1 lacks the 合計 and 月平均 rows")
    for column in range(2, 8):
        cell = monthly.cell(row=17, column=column)
        if not isinstance(cell.value, (int, float)) or cell.number_format != "#,##0.0":
            fail(f"sheet 1 {cell.coordinate} (月平均) is not a number in #,##0.0")
        month_sum = sum(monthly.cell(row=row, column=column).value for row in range(4, 16))
        if monthly.cell(row=16, column=column).value != month_sum:
            fail(f"sheet 1 column {column}: 合計 is not the sum of the months")
    for row in range(4, 17):
        if monthly.cell(row=row, column=7).value != sum(monthly.cell(row=row, column=c).value for c in range(2, 7)):
            fail(f"sheet 1 row {row}: 合計 column is not the sum of the theatres")
    if not str(monthly["A19"].value or "").startswith("注記"):
        fail("sheet 1 has no 注記 line under the table")
    if not str(sales["A1"].value or "").strip() or "千円" not in str(sales["A2"].value or ""):
        fail("sheet 2 lacks its title or unit note")
    values = [[sales.cell(row=row, column=column).value for column in range(1, 8)] for row in range(3, 11)]
    if values[0][-1] != "合計" or values[-1][0] != "合計" or not any(generator.DASH in row for row in values):
        fail("sheet 2 lacks its 合計 row and column or 「－」")
    for row in range(4, 11):
        for column in range(2, 8):
            cell = sales.cell(row=row, column=column)
            if cell.value != generator.DASH and (not isinstance(cell.value, int) or cell.number_format != "#,##0"):
                fail(f"sheet 2 {cell.coordinate} is neither 「－」 nor a number in #,##0")


def check_eml() -> None:
    raw = document(".eml").read_bytes()
    message = message_from_bytes(raw, policy=policy.default)
    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    if message.is_multipart() or message.get_content_type() != "text/plain" \
            or message.get_content_charset() != "utf-8" or message["Content-Transfer-Encoding"] != "base64":
        fail("the e-mail is not a single UTF-8 text/plain part in base64")
    for name in ("Subject", "From"):
        line = re.search(rf"^{name}: (.*(?:\r\n[ \t].*)*)", head, re.MULTILINE)
        if not line or "=?utf-8?b?" not in line.group(1).lower():
            fail(f"the e-mail's {name} is not an encoded header")
    if message["Date"] != "Tue, 18 May 2027 10:15:00 +0900" \
            or message["Message-ID"] != "<20270518101500.summer-ops@asagi-cinemas.example>":
        fail("the e-mail lacks its fixed Date and Message-ID")


def check_pptx() -> None:
    from pptx import Presentation

    presentation = Presentation(str(document(".pptx")))
    slides = list(presentation.slides)
    titles = [slide.shapes.title.text_frame.text if slide.shapes.title is not None else "" for slide in slides]
    if len(slides) < 5 or not all(titles):
        fail(f"the deck does not have five titled slides: {titles}")
    tables = [shape for slide in slides for shape in slide.shapes if getattr(shape, "has_table", False) and shape.has_table]
    boxes = [shape for slide in slides for shape in slide.shapes
             if shape.shape_type == 17 and "：" in shape.text_frame.text and "%" in shape.text_frame.text]
    bullets = [slide for slide in slides if any(paragraph.text.startswith("・") for shape in slide.shapes
                                                 if shape.has_text_frame for paragraph in shape.text_frame.paragraphs)]
    if len(tables) != 1 or not boxes or len(bullets) < 2:
        fail("the deck lacks its table slide, its text box of figures or its bullet slides")


# ---------------------------------------------------------------------------------------------
# Questions.

def load(filename: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]


def check_questions(texts: dict[str, str]) -> None:
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
            if "english" in filename and not question.get("answer_any"):
                fail(f"{question['id']}: no answer_any")
            if "unanswerable" in filename:
                if not question.get("unanswerable") or question["any"]:
                    fail(f"{question['id']}: not marked unanswerable with an empty any")
                entry = generator.ABSENT.get(question["id"])
                if not entry or not entry.get("why") or not entry.get("strings"):
                    fail(f"{question['id']}: no ABSENT entry")
                    continue
                for value in entry["strings"]:  # type: ignore[union-attr]
                    where = [name for name, text in texts.items() if str(value) in text]
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
    if len(texts) != 5 or {Path(name).suffix for name in texts} != DOCUMENT_SUFFIXES:
        fail(f"expected one document of each of {sorted(DOCUMENT_SUFFIXES)}, read {sorted(texts)}")
    for check in (check_pdf, check_docx, check_xlsx, check_eml, check_pptx):
        check()
    check_questions(texts)
    print("OK (ordinary libraries)" if failures == 0 else f"{failures} problems (ordinary libraries)")
    status = 1 if failures else 0

    from tests.data.corpus_tools import check_corpus

    print("-- the appliance's parser --")
    status |= check_corpus(HERE, suffixes=DOCUMENT_SUFFIXES, question_sets=SETS, first_form_required=False)
    return status


if __name__ == "__main__":
    sys.exit(main())
