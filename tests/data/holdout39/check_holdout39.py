"""Check the thirty-ninth holdout corpus (tests/data/holdout39/README.md): every document reads, each
answerable question's answer is in it, and the values the unanswerable questions ask for are not.

Two readings of the five documents:

* ordinary libraries (pypdfium2, python-docx, openpyxl with the number formats rendered as Excel
  shows them, python-pptx including tables and speaker notes, the standard library's email
  package), so that this part depends on nothing the corpus is meant to measure. Every answerable
  question's first form (`any`, or `answer_any` for the English set) must be literally in that
  text, and where it is a number, at least once not as part of a longer number; no ABSENT string
  of the generator may be there; the sets hold 24/12/10/8 questions with unique ids in order; the
  PDF's pass table crosses from page 1 to page 2 with both header rows repeated, inside the
  緑ヶ丘駅北駐輪場 group; the Word terms hold the 改定後/改定前 table; the e-mail is a single UTF-8
  text part in base64 with a date and a message id;
* the appliance's own parser, through `corpus_tools.check_corpus` when it can be imported: one of
  each answerable question's forms must be in the parsed text (a form other than the first is
  noted, not failed).

Each miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout39/check_holdout39.py
"""

from __future__ import annotations

import json
import re
import sys
from email import message_from_bytes, policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

from make_holdout39 import ABSENT, NN  # noqa: E402

DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".pptx", ".eml"}
EXPECTED = {
    f"holdout{NN}_qa.jsonl": (f"h{NN}-", 24),
    f"holdout{NN}_unanswerable_qa.jsonl": (f"h{NN}-un-", 12),
    f"holdout{NN}_english_qa.jsonl": (f"h{NN}-en-", 10),
    f"holdout{NN}_followup_qa.jsonl": (f"h{NN}-fu-", 8),
}
SETS = list(EXPECTED)


def xlsx_value(value: object, number_format: str) -> str:
    """A cell as Excel shows it, for the number formats the generator uses."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    if number_format == "#,##0":
        return f"{value:,.0f}"
    if number_format == "#,##0.0":
        return f"{value:,.1f}"
    if number_format == "General":
        return str(value)
    raise ValueError(f"number format {number_format!r} not rendered")


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
            values = [xlsx_value(cell.value, cell.number_format) for cell in row]
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


def read_eml(path: Path) -> str:
    message = message_from_bytes(path.read_bytes(), policy=policy.default)
    body = message.get_body(preferencelist=("plain",))
    return "\n".join([str(message["Subject"]), str(message["From"]), str(message["Date"]),
                      body.get_content() if body is not None else ""])


READERS = {".pdf": lambda path: "\n".join(pdf_pages(path)), ".docx": read_docx, ".xlsx": read_xlsx,
           ".pptx": read_pptx, ".eml": read_eml}


def read_documents() -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in sorted(HERE.iterdir()):
        if path.suffix in READERS:
            texts[path.name] = READERS[path.suffix](path)
            print(f"{path.name}: {len(texts[path.name])} characters")
    return texts


def standalone(form: str, text: str) -> bool:
    """`form` occurs in `text`, and where it starts or ends with a digit, at least once not as a
    piece of a longer number (no digit, comma or point joined to it on that side)."""
    before = r"(?<![0-9０-９,.，．])" if form[:1].isdigit() else ""
    after = r"(?![0-9０-９]|[,.，．][0-9０-９])" if form[-1:].isdigit() else ""
    return re.search(before + re.escape(form) + after, text) is not None


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
        if len(text) < 800:
            fail(f"{name}: only {len(text)} characters read")
    everything = "\n".join(texts.values())

    # The PDF's pass table: starts on page 1, its two header rows repeated on page 2, and the
    # 緑ヶ丘駅北駐輪場 group split by the break (its name and first two rows on page 1, its
    # 自動二輪 row on page 2 under the repeated header, without the name).
    pdfs = sorted(path for path in HERE.iterdir() if path.suffix == ".pdf")
    if len(pdfs) == 1:
        pages = pdf_pages(pdfs[0])
        headers = ["定期利用（1か月）", "定期利用（3か月）", "一般 学生 一般 学生"]
        split_row = "3,500円 3,000円 9,900円 8,500円"
        if len(pages) < 2 or not all(label in pages[0] and label in pages[1] for label in headers) \
                or "朝凪駅東口第1駐輪場 自転車 2,100円" not in pages[0] \
                or "緑ヶ丘駅北駐輪場 自転車 1,600円" not in pages[0] \
                or "2,500円 2,000円 7,100円 5,600円" not in pages[0] \
                or split_row not in pages[1] or split_row in pages[0] or "緑ヶ丘駅北駐輪場" in pages[1] \
                or "市役所前駐輪場 自転車 1,300円" not in pages[1] \
                or pages[1].index("一般 学生 一般 学生") > pages[1].index(split_row):
            fail("the PDF's pass table does not cross from page 1 to page 2 inside the 緑ヶ丘駅北駐輪場 group "
                 "with its two header rows repeated")
    else:
        fail(f"expected one PDF, found {len(pdfs)}")

    # The Word terms: the fee table with 改定後 and 改定前 columns.
    docxs = sorted(path for path in HERE.iterdir() if path.suffix == ".docx")
    if len(docxs) == 1:
        from docx import Document

        tables = Document(str(docxs[0])).tables
        if not any(len(table.columns) == 4 and table.cell(0, 2).text.startswith("改定後")
                   and table.cell(0, 3).text.startswith("改定前") for table in tables):
            fail("the Word terms hold no table with 改定後 and 改定前 columns")
    else:
        fail(f"expected one Word file, found {len(docxs)}")

    # The e-mail: one UTF-8 text part in base64 with a date and a message id.
    mails = sorted(path for path in HERE.iterdir() if path.suffix == ".eml")
    if len(mails) == 1:
        raw = mails[0].read_bytes()
        message = message_from_bytes(raw, policy=policy.default)
        if message.is_multipart() or message.get_content_type() != "text/plain" \
                or message.get_content_charset() != "utf-8" or message["Content-Transfer-Encoding"] != "base64" \
                or not message["Date"] or not message["Message-ID"] or b"=?utf-8?" not in raw:
            fail("the e-mail is not a single base64 UTF-8 text part with an encoded subject, a date and a message id")
    else:
        fail(f"expected one e-mail, found {len(mails)}")

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
            elif not standalone(forms[0], everything):
                fail(f"MISSING {question['id']}: {forms[0]!r} is not in the text as a whole value")
        print(f"{filename}: {len(questions)} questions, {checked} with answers checked")
    print("OK (ordinary libraries)" if failures == 0 else f"{failures} problems (ordinary libraries)")
    return 1 if failures else 0


def main() -> int:
    status = check_with_libraries()
    try:
        from tests.data.corpus_tools import check_corpus
        import ingestion.parsing  # noqa: F401
    except ImportError as error:
        print(f"-- the appliance's parser: not checked ({error}) --")
        return status
    print("-- the appliance's parser --")
    # check_corpus reads `any`; the English set carries `answer_any` and is looked up in the same
    # parsed text below.
    status |= check_corpus(HERE, suffixes=DOCUMENT_SUFFIXES,
                           question_sets=[name for name in SETS if "english" not in name],
                           first_form_required=False)
    from tests.data.corpus_tools import parsed_texts

    english = f"holdout{NN}_english_qa.jsonl"
    parsed = parsed_texts(HERE, DOCUMENT_SUFFIXES)
    misses = 0
    for question in load(english):
        forms = question["answer_any"]
        if not any(form in text for form in forms for text in parsed.values()):
            misses += 1
            print(f"  MISSING {question['id']}: none of {forms} is in the parsed text")
    print(f"{english}: {'OK' if not misses else f'{misses} without their answer in the parsed text'}")
    return status | (1 if misses else 0)


if __name__ == "__main__":
    sys.exit(main())
