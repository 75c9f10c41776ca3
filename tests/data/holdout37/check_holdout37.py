"""Check the thirty-seventh holdout corpus (tests/data/holdout37/README.md): every document parses,
each answerable question's answer is in it, and what the unanswerable questions ask for is not.

Two readings of the five documents:

* ordinary libraries (python-docx, pypdfium2 / pypdf / pdfminer for the PDF, whichever is
  installed, openpyxl with the number formats rendered as Excel shows them, python-pptx with
  tables and speaker notes, the standard library's email package), so that this part depends on
  nothing the corpus is meant to measure. Every answerable question's first `any` form (the form
  the document writes; for the English set the first `answer_any` form) must be in that text, a
  number not only inside a longer number ("400円" does not count inside "4,400円"); no ABSENT string
  of an unanswerable question (kept in make_holdout37.py) may be there; the sets hold 24/12/10/8
  questions with unique ids; the PDF's fee table crosses a page break with its two header rows
  repeated and the ticket kind named only on its first row; the Word regulation holds the wage
  table with two header rows; the e-mail is one UTF-8 text part with a fixed date and message id;
* the appliance's own parser, through `corpus_tools.check_corpus`, when it can be loaded: one of
  each answerable question's `any` forms must be in the parsed text.

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout37/check_holdout37.py
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

from make_holdout37 import ABSENT  # noqa: E402

SETS = ["holdout37_qa.jsonl", "holdout37_english_qa.jsonl", "holdout37_followup_qa.jsonl",
        "holdout37_unanswerable_qa.jsonl"]
EXPECTED = {
    "holdout37_qa.jsonl": ("h37-", 24),
    "holdout37_unanswerable_qa.jsonl": ("h37-un-", 12),
    "holdout37_english_qa.jsonl": ("h37-en-", 10),
    "holdout37_followup_qa.jsonl": ("h37-fu-", 8),
}
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".pptx", ".eml"}


def occurs(form: str, text: str) -> bool:
    """`form` in `text`, but a form that starts (ends) with a digit must not continue a longer
    number before (after) it: "400円" is not found inside "4,400円", nor "15" inside "150"."""
    pattern = re.escape(form)
    if form[:1].isdigit():
        pattern = r"(?<![\d,.])" + pattern
    if form[-1:].isdigit():
        pattern = pattern + r"(?![\d]|[,.]\d)"
    return re.search(pattern, text) is not None


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
    try:
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
    except ImportError:
        pass
    try:
        from pypdf import PdfReader

        return [page.extract_text() or "" for page in PdfReader(str(path)).pages]
    except ImportError:
        pass
    from pdfminer.high_level import extract_text

    return extract_text(str(path)).split("\f")


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


def read_documents() -> dict[str, str]:
    texts: dict[str, str] = {}
    readers = {".docx": read_docx, ".pdf": lambda path: "\n".join(pdf_pages(path)), ".xlsx": read_xlsx,
               ".pptx": read_pptx, ".eml": mail_text}
    for path in sorted(HERE.iterdir()):
        if path.suffix in readers:
            texts[path.name] = readers[path.suffix](path)
            print(f"{path.name}: {len(texts[path.name])} characters")
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

    # The fee table: starts on page 1 with its two header rows and goes on on page 2 with the
    # header repeated; the 夜間入館券 group is named once, on its first row on page 1, and its
    # other rows are on page 2 without the name.
    pdfs = [path for path in HERE.iterdir() if path.suffix == ".pdf"]
    if len(pdfs) == 1:
        pages = [re.sub(r"\s+", "", page) for page in pdf_pages(pdfs[0])]
        if len(pages) < 2:
            fail("the PDF has fewer than two pages")
        else:
            first, second = pages[0], pages[1]
            header = "券種年齢区分しおみ水族館しおみ動物公園2園共通通常料金汐見市民料金"
            night = "夜間入館券（ナイトアクアリウム）"
            checks = {
                "two header rows on page 1": header in first,
                "header repeated on page 2": header in second,
                "入館料（1回） named on its first row": "入館料（1回）3歳以下無料" in first,
                "夜間入館券 named on page 1": night + "3歳以下無料無料設定なし" in first,
                "夜間入館券 rows go on on page 2": "65歳以上1,320円980円" in second
                and "65歳以上1,320円980円" not in first and "13歳以上17歳以下1,100円" in second
                and "13歳以上17歳以下1,100円" not in first,
                "夜間入館券 not named again on page 2": night not in second,
            }
            for label, ok in checks.items():
                if not ok:
                    fail(f"PDF fee table: {label} fails")
    else:
        fail(f"expected one PDF, found {len(pdfs)}")

    docxs = [path for path in HERE.iterdir() if path.suffix == ".docx"]
    if len(docxs) == 1:
        from docx import Document

        tables = [table for table in Document(str(docxs[0])).tables if table.cell(0, 0).text == "職種"]
        if len(tables) != 1 or [cell.text for cell in tables[0].rows[1].cells][1:] != ["改定後", "改定前", "改定後", "改定前"] \
                or tables[0].cell(1, 0).text != "職種":
            fail("the Word regulation does not hold the wage table with its two header rows")
    else:
        fail(f"expected one Word file, found {len(docxs)}")

    mails = [path for path in HERE.iterdir() if path.suffix == ".eml"]
    if len(mails) == 1:
        raw = mails[0].read_bytes()
        message = message_from_bytes(raw, policy=policy.default)
        if message.is_multipart() or message.get_content_type() != "text/plain" \
                or message.get_content_charset() != "utf-8" or message["Content-Transfer-Encoding"] != "base64" \
                or not message["Date"] or not message["Message-ID"] or b"Subject: =?utf-8?" not in raw \
                or b"From: =?utf-8?" not in raw:
            fail("the e-mail is not one base64 UTF-8 text part with encoded subject and sender, a date and a message id")
    else:
        fail(f"expected one e-mail, found {len(mails)}")

    all_ids: list[str] = []
    for filename in SETS:
        questions = load(filename)
        prefix, count = EXPECTED[filename]
        ids = [question["id"] for question in questions]
        all_ids.extend(ids)
        if ids != [f"{prefix}{number}" for number in range(1, count + 1)]:
            fail(f"{filename}: ids are not {prefix}1..{count}")
        checked = 0
        for question in questions:
            if "followup" in filename:
                if len(question.get("turns", [])) != 2:
                    fail(f"{question['id']}: needs two turns")
            elif not question.get("q"):
                fail(f"{question['id']}: no question text")
            if "unanswerable" in filename:
                if not question.get("unanswerable") or question.get("any"):
                    fail(f"{question['id']}: must be unanswerable with an empty any")
                if question["id"] not in ABSENT:
                    fail(f"{question['id']}: no ABSENT strings")
                for value in ABSENT.get(question["id"], []):
                    where = [name for name, text in texts.items() if value in text]
                    if where:
                        fail(f"PRESENT {question['id']}: {value!r} is in {where}")
                continue
            forms = question.get("answer_any") if "english" in filename else question.get("any")
            if not forms:
                fail(f"{question['id']}: no answers")
                continue
            checked += 1
            if not any(occurs(forms[0], text) for text in texts.values()):
                fail(f"MISSING {question['id']}: {forms[0]!r} is not in the text")
        print(f"{filename}: {len(questions)} questions, {checked} with answers checked")
    if len(set(all_ids)) != len(all_ids):
        fail("ids are not unique across the sets")
    print("OK (ordinary libraries)" if failures == 0 else f"{failures} problems (ordinary libraries)")
    return 1 if failures else 0


def main() -> int:
    status = check_with_libraries()
    try:
        import ingestion.parsing  # noqa: F401
    except Exception as error:  # the appliance's parser needs Django's settings and its packages
        print(f"-- the appliance's parser could not be loaded ({type(error).__name__}); skipped --")
        return status
    from tests.data.corpus_tools import check_corpus

    print("-- the appliance's parser --")
    status |= check_corpus(HERE, suffixes=DOCUMENT_SUFFIXES, question_sets=SETS, first_form_required=False)
    return status


if __name__ == "__main__":
    sys.exit(main())
