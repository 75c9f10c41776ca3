"""Check the forty-third holdout corpus: that the generator writes the same bytes again, that every
document parses, that each question's answer is in it, and that the values the unanswerable
questions ask for are not.

* Regeneration: make_holdout43.py is run with `--out` into a temporary folder, and each of the
  five documents and four question sets written there must be the same bytes as the one in the
  repository.
* Ordinary libraries (python-docx, pypdfium2, openpyxl with the number formats applied,
  python-pptx including tables and speaker notes if a deck is ever added, the e-mail read with the
  standard library's email package, the HTML page with BeautifulSoup), so that this part depends on
  nothing the corpus is meant to measure. Every answerable question's first `any` form (the one
  the document writes) must be literally in that text; every unanswerable question must have
  `"unanswerable": true` and an empty `any`, and none of the strings that would carry its value
  (ABSENT in the generator) may be there; the sets hold the ids and counts the README gives. The
  layouts are checked too: the PDF's fare table crosses from page 1 to page 2 inside one vehicle
  class with both header rows repeated; the Word rules hold Heading-1 articles 第1条…第10条, the
  附則 and the band tables; the workbook has its merged area headers, 合計 and 月平均 rows and a
  second sheet with 「－」 cells; the e-mail is a single UTF-8 text part in base64 with a date and a
  message id; the HTML page has h1–h3, a table with thead, tbody and a rowspan, a definition
  list and a notice block.
* The appliance's own parser, through `corpus_tools.check_corpus` (the isolated child the
  ingestion uses): every answerable question must have one of its `any` forms in the parsed text
  (a form other than the first is noted, not failed).

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout43/check_holdout43.py
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

import make_holdout43 as generator  # noqa: E402  (its format libraries load only inside its builders)

SETS = list(generator.EXPECTED_COUNTS)
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".eml", ".html"}


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
            pages.append(text_page.get_text_range().replace("\r\n", "\n"))
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


def read_html(path: Path) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    for element in soup(["style", "script"]):
        element.decompose()
    return soup.get_text("\n")


READERS = {".docx": read_docx, ".pdf": lambda path: "\n".join(pdf_pages(path)), ".xlsx": read_xlsx,
           ".pptx": read_pptx, ".eml": mail_text, ".html": read_html}


def read_documents() -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in sorted(HERE.iterdir()):
        if path.suffix not in READERS or path.name == "README.md":
            continue
        texts[path.name] = READERS[path.suffix](path)
        print(f"{path.name}: {len(texts[path.name])} characters")
    return texts


def load(filename: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]


def check_regeneration(fail) -> None:
    """Run the generator into a temporary folder and compare every file it writes, byte for byte."""
    with tempfile.TemporaryDirectory() as temporary:
        out = Path(temporary)
        subprocess.run([sys.executable, str(HERE / "make_holdout43.py"), "--out", str(out)], check=True,
                       capture_output=True, timeout=600)
        expected = {name: HERE / name for name in generator.DOCUMENTS} | {name: DATA / name for name in SETS}
        written = sorted(path.name for path in out.iterdir())
        if written != sorted(expected):
            fail(f"the generator wrote {written}, expected {sorted(expected)}")
        for name, path in expected.items():
            if not path.exists():
                fail(f"{path} is missing")
            elif not (out / name).exists() or (out / name).read_bytes() != path.read_bytes():
                fail(f"REGENERATED {name} differs from {path}")
    print("regeneration: compared", len(expected), "files")


def check_layouts(fail) -> None:
    # PDF: the fare table starts on page 1 and ends on page 2 with both header rows repeated there;
    # the 中型車 group starts on page 1 and goes on on page 2 (its name is not repeated there).
    pages = pdf_pages(HERE / generator.FARES_FILENAME)
    first, second = (pages + ["", ""])[:2]
    header = "車種区分 運賃・料金\n改定後 改定前\n単位 金額 単位 金額"
    continued = second.split(header, 1)[-1].split("大型車（ジャンボ）", 1)[0]
    if len(pages) < 2 or header not in first or header not in second or "小型車 初乗運賃" not in first \
            or "中型車 初乗運賃" not in first or "中型車" in continued or "迎車料金 1回 300円 1回 250円" not in continued \
            or "250円" in first or "大型車（ジャンボ） 初乗運賃" not in second or "17,600円" not in second:
        fail("the PDF's fare table does not cross from page 1 to page 2 inside the 中型車 group "
             "with both header rows repeated")

    # DOCX: Heading-1 articles 第1条…第10条 and three 附則 headings; the band tables.
    from docx import Document

    document = Document(str(HERE / generator.RULES_FILENAME))
    headings = [paragraph.text for paragraph in document.paragraphs if paragraph.style.name == "Heading 1"]
    articles = [heading for heading in headings if heading.startswith("第")]
    if [heading.split("（")[0] for heading in articles] != [f"第{number}条" for number in range(1, 11)] \
            or sum(heading.startswith("附則") for heading in headings) != 3:
        fail(f"the Word rules' Heading-1 articles are {headings}")
    band_tables = [table for table in document.tables if table.cell(1, 0).text.endswith("未満")]
    if len(band_tables) != 2 or "10人以上20人未満" not in [row.cells[0].text for row in band_tables[1].rows] \
            or "改定前" not in band_tables[1].cell(0, 2).text:
        fail("the Word rules do not hold the two band tables with values after and before the revision")

    # XLSX: merged header rows, numbers stored as numbers, 合計 and 月平均 rows, the note, the second sheet.
    from openpyxl import load_workbook

    workbook = load_workbook(str(HERE / generator.RIDES_FILENAME))
    sheet = workbook.worksheets[0]
    merged = {str(cell_range) for cell_range in sheet.merged_cells.ranges}
    if not {"A1:H1", "A2:A3", "B2:C2", "D2:E2", "H2:H3"} <= merged or sheet["B2"].value != "中央地区" \
            or sheet["B3"].value != "本社営業所" or sheet["A4"].value != "4月" or sheet["A15"].value != "3月" \
            or sheet["A16"].value != "合計" or sheet["A17"].value != "月平均" \
            or sheet["B17"].number_format != "#,##0.0" or sheet["C9"].number_format != "#,##0" \
            or not isinstance(sheet["C9"].value, int) or not str(sheet["A19"].value).startswith("注記"):
        fail("the workbook's first sheet is not laid out as the README says")
    staff = workbook.worksheets[1]
    if staff["G3"].value != generator.DASH or not str(staff.cell(row=13, column=1).value).startswith("単位"):
        fail("the workbook's second sheet lacks its 「－」 cells or its unit note")

    # EML: one UTF-8 text part in base64, dated and identified, with an encoded subject and sender.
    raw = (HERE / generator.MAIL_FILENAME).read_bytes()
    message = message_from_bytes(raw, policy=policy.default)
    if message.is_multipart() or message.get_content_type() != "text/plain" \
            or message.get_content_charset() != "utf-8" or message["Content-Transfer-Encoding"] != "base64" \
            or not message["Date"] or not message["Message-ID"] or b"Subject: =?utf-8?" not in raw \
            or b"From: =?utf-8?" not in raw:
        fail("the e-mail is not a single UTF-8 base64 text part with a date, a message id and encoded headers")

    # HTML: headings h1–h3, a table with thead, tbody and a rowspan, a definition list, a notice.
    from bs4 import BeautifulSoup

    soup = BeautifulSoup((HERE / generator.PAGE_FILENAME).read_text(encoding="utf-8"), "html.parser")
    if not (soup.h1 and soup.h2 and soup.h3 and soup.table and soup.table.thead and soup.table.tbody
            and soup.table.find(attrs={"rowspan": True}) and soup.dl and soup.find(class_="notice")):
        fail("the HTML page lacks one of h1–h3, thead, tbody, rowspan, dl or the notice block")


def check_with_libraries() -> int:
    failures = 0

    def fail(message: str) -> None:
        nonlocal failures
        failures += 1
        print(f"  {message}")

    check_regeneration(fail)
    texts = read_documents()
    if sorted(texts) != sorted(generator.DOCUMENTS):
        fail(f"expected the documents {sorted(generator.DOCUMENTS)}, read {sorted(texts)}")
    for name, text in texts.items():
        if len(text) < 500:
            fail(f"{name}: only {len(text)} characters read")
    check_layouts(fail)

    for filename in SETS:
        questions = load(filename)
        prefix, count = generator.EXPECTED_COUNTS[filename]
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
            if question.get("unanswerable"):
                if question["any"]:
                    fail(f"{question['id']}: an unanswerable question with answers")
                if question["id"] not in generator.ABSENT:
                    fail(f"{question['id']}: no ABSENT strings to check")
                for value in generator.ABSENT.get(question["id"], []):
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
            elif not any(forms[0] in text for text in texts.values()):
                fail(f"MISSING {question['id']}: {forms[0]!r} is not in the text")
            if "english" in filename and not any(answer in text for answer in question["answer_any"]
                                                 for text in texts.values()):
                fail(f"MISSING {question['id']}: no answer_any form is in the text")
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
