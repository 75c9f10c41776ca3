"""Check the forty-fourth holdout corpus: that the generator writes the same bytes again, that every
document parses, that each question's answer is in it, and that the values the unanswerable
questions ask for are not.

* The generator is run again into a temporary directory (`make_holdout44.py --out DIR`) and every
  document and question set it writes must be byte-for-byte the file kept here.
* The five documents are read with ordinary libraries (python-docx, pypdfium2, openpyxl with the
  number formats applied, python-pptx including tables and speaker notes, and the e-mail read with
  the standard library's email package), so that this part depends on nothing the corpus is meant
  to measure. Every answerable question's first `any` form (the one the document writes) must be
  literally in that text; every unanswerable question must have `"unanswerable": true` and an
  empty `any`, and none of the strings that would carry its value (the generator's ABSENT) may be
  there; the sets hold the ids and counts the README gives; the PDF's rent table crosses from
  page 1 to page 2 with both header rows repeated and the 屋外コンテナ型 group split by the break;
  the Word terms hold the articles 第1条〜第12条 as Heading 1, both 附則 and the band table with its
  two header rows; the workbook has the area row merged over its sites and the 月平均 row in
  `#,##0.0`; the e-mail is a single UTF-8 text part in base64 with a date and a message id.
* The appliance's own parser, through `corpus_tools.check_corpus` (the isolated child the
  ingestion uses): every answerable question must have one of its `any` forms in the parsed text
  (a form other than the first is noted, not failed).

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout44/check_holdout44.py
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
sys.dont_write_bytecode = True  # no __pycache__ beside the corpus

from make_holdout44 import ABSENT  # noqa: E402  (standard library only at import time)

SETS = ["holdout44_qa.jsonl", "holdout44_english_qa.jsonl", "holdout44_followup_qa.jsonl",
        "holdout44_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".pptx", ".eml"}

# Each set: the id prefix and how many questions it holds.
EXPECTED = {
    "holdout44_qa.jsonl": ("h44-", 24),
    "holdout44_unanswerable_qa.jsonl": ("h44-un-", 12),
    "holdout44_english_qa.jsonl": ("h44-en-", 10),
    "holdout44_followup_qa.jsonl": ("h44-fu-", 8),
}


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


def documents() -> list[Path]:
    return [path for path in sorted(HERE.iterdir()) if path.suffix in DOCUMENT_SUFFIXES]


def read_documents() -> dict[str, str]:
    readers = {".docx": read_docx, ".pdf": lambda path: "\n".join(pdf_pages(path)), ".xlsx": read_xlsx,
               ".pptx": read_pptx, ".eml": mail_text}
    texts: dict[str, str] = {}
    for path in documents():
        texts[path.name] = readers[path.suffix](path)
        print(f"{path.name}: {len(texts[path.name])} characters")
    return texts


def load(filename: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]


def check_regenerated(fail) -> None:
    """The generator run again writes the same bytes as the files kept in the repository."""
    with tempfile.TemporaryDirectory() as directory:
        out = Path(directory)
        subprocess.run([sys.executable, str(HERE / "make_holdout44.py"), "--out", str(out)], check=True,
                       capture_output=True, timeout=600)
        written = sorted(path.name for path in out.iterdir())
        expected = sorted([path.name for path in documents()] + SETS)
        if written != expected:
            fail(f"the generator wrote {written}, the repository holds {expected}")
        for name in written:
            kept = (DATA if name in SETS else HERE) / name
            if not kept.exists() or kept.read_bytes() != (out / name).read_bytes():
                fail(f"REGENERATED {name} differs from the file kept in the repository")
    print("regenerated: compared with the kept files")


def check_structure(fail) -> None:
    # The PDF: the rent table starts on page 1 and ends on page 2, both header rows repeated; the
    # 屋外コンテナ型 group starts on page 1 and its 20ft row is on page 2.
    pdf = [path for path in documents() if path.suffix == ".pdf"]
    if len(pdf) == 1:
        pages = pdf_pages(pdf[0])
        first_header = "改定後の月額賃料（円・税込）"
        second_header = "中央エリア 臨海エリア 郊外エリア 中央エリア 臨海エリア 郊外エリア"
        if len(pages) < 2 \
                or any(first_header not in page or second_header not in page for page in pages[:2]) \
                or "0.5帖 6,600" not in pages[0] or "屋外コンテナ型 2帖" not in pages[0] \
                or "7.5帖（20ft）" not in pages[1] or "7.5帖（20ft）" in pages[0] \
                or "126cc以上用" not in pages[1]:
            fail("the PDF's rent table does not cross from page 1 to page 2 inside the 屋外コンテナ型 group "
                 "with both header rows repeated")
    else:
        fail(f"expected one PDF, found {len(pdf)}")

    # The Word terms: 第1条〜第12条 as Heading 1, the original and the amending 附則, and the band
    # table with two header rows (the discount over 改定後 and 改定前).
    docx = [path for path in documents() if path.suffix == ".docx"]
    if len(docx) == 1:
        from docx import Document

        document = Document(str(docx[0]))
        headings = [paragraph.text for paragraph in document.paragraphs if paragraph.style.name == "Heading 1"]
        articles = [text.split("（")[0] for text in headings if text.startswith("第")]
        if articles != [f"第{number}条" for number in range(1, 13)] or headings.count("附則") != 1 \
                or not any(text.startswith("附則（2027年（令和9年）") for text in headings):
            fail(f"the Word terms' Heading 1 paragraphs are {headings}")
        tables = [table for table in document.tables if "契約区画数" in table.cell(0, 0).text]
        if len(tables) != 1 or [cell.text for cell in tables[0].rows[1].cells][1:] != ["改定後", "改定前"] \
                or tables[0].cell(1, 0).text != tables[0].cell(0, 0).text \
                or tables[0].cell(2 + 2, 0).text != "5区画以上10区画未満":
            fail("the Word terms do not hold the multi-unit band table with its two header rows")
    else:
        fail(f"expected one Word file, found {len(docx)}")

    # The workbook: the areas merged over their sites, 月 and 合計 merged down, 月平均 in #,##0.0,
    # the note under the table; the second sheet with 「－」 cells.
    xlsx = [path for path in documents() if path.suffix == ".xlsx"]
    if len(xlsx) == 1:
        from openpyxl import load_workbook

        workbook = load_workbook(str(xlsx[0]))
        monthly, sales = workbook.worksheets[:2]
        merged = {str(cells) for cells in monthly.merged_cells.ranges}
        if not {"A1:H1", "A2:A3", "B2:C2", "D2:E2", "F2:G2", "H2:H3"} <= merged \
                or monthly["A17"].value != "月平均" or monthly["B17"].number_format != "#,##0.0" \
                or monthly["B4"].number_format != "#,##0" or not isinstance(monthly["B4"].value, int) \
                or not str(monthly["A19"].value).startswith("注記") \
                or not any(cell.value == "－" for row in sales.iter_rows() for cell in row):
            fail("the workbook's layout (merged header rows, 月平均, 注記, 「－」 cells) is not as written")
    else:
        fail(f"expected one workbook, found {len(xlsx)}")

    # The deck: a table and speaker notes.
    pptx = [path for path in documents() if path.suffix == ".pptx"]
    if len(pptx) == 1:
        from pptx import Presentation

        slides = list(Presentation(str(pptx[0])).slides)
        if len(slides) != 4 or not any(shape.has_table for shape in slides[2].shapes) \
                or not all(slide.has_notes_slide and slide.notes_slide.notes_text_frame.text for slide in slides[1:]):
            fail("the deck does not hold four slides with a table slide and speaker notes")
    else:
        fail(f"expected one deck, found {len(pptx)}")

    # The e-mail: one UTF-8 text part in base64, dated and identified, with an encoded subject.
    mail = [path for path in documents() if path.suffix == ".eml"]
    if len(mail) == 1:
        raw = mail[0].read_bytes()
        message = message_from_bytes(raw, policy=policy.default)
        if message.is_multipart() or message.get_content_type() != "text/plain" \
                or message.get_content_charset() != "utf-8" or message["Content-Transfer-Encoding"] != "base64" \
                or not message["Date"] or not message["Message-ID"] or b"Subject: =?utf-8?" not in raw:
            fail("the e-mail is not a single UTF-8 base64 text part with an encoded subject, a date and a message id")
    else:
        fail(f"expected one e-mail, found {len(mail)}")


def check_with_libraries() -> int:
    failures = 0

    def fail(message: str) -> None:
        nonlocal failures
        failures += 1
        print(f"  {message}")

    check_regenerated(fail)
    texts = read_documents()
    if len(texts) != 5 or {Path(name).suffix for name in texts} != DOCUMENT_SUFFIXES:
        fail(f"expected one document of each of {sorted(DOCUMENT_SUFFIXES)}, read {sorted(texts)}")
    for name, text in texts.items():
        if len(text) < 500:
            fail(f"{name}: only {len(text)} characters read")
    check_structure(fail)

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
            forms = question["any"]
            if not forms:
                fail(f"{question['id']}: no answers")
            elif not any(forms[0] in text for text in texts.values()):
                fail(f"MISSING {question['id']}: {forms[0]!r} is not in the text")
            if "english" in filename and not any(form in text for form in question["answer_any"]
                                                 for text in texts.values()):
                fail(f"MISSING {question['id']}: none of answer_any {question['answer_any']} is in the text")
        print(f"{filename}: {len(questions)} questions, {checked} with answers checked")
    if set(ABSENT) != {question["id"] for question in load("holdout44_unanswerable_qa.jsonl")}:
        fail("ABSENT and the unanswerable set do not name the same questions")
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
