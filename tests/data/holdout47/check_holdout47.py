"""Check the forty-seventh holdout corpus: that the generator writes the same bytes again, that each
document reads and has the shape the README gives, that each question's answer is in it, and that
the values the unanswerable questions ask for are not.

* make_holdout47.py is run again into a temporary directory (--out); its five documents and four
  question sets must be byte-identical to the ones in the repository;
* each document is read with the library that wrote it, or the ordinary one for its format
  (python-docx, pypdfium2 for reportlab's PDF, openpyxl with the number formats applied, the
  standard library's email package, the Markdown file as UTF-8 text), so that this part depends on
  nothing the corpus is meant to measure. Every answerable question's first `any` form (the one the
  document writes) must be literally in that text; every unanswerable question must have
  `"unanswerable": true`, an empty `any`, and none of the strings of its ABSENT entry in the
  generator (the strings that would carry its value) in any document; the sets hold the ids and
  counts the README gives; the PDF's fee table crosses from page 1 to page 2 inside the
  鳴沢パブリックゴルフ場 group with both header rows on both pages; the Word rules have Heading-1
  articles 第1条〜第14条 and three 附則; the workbook has its merged two-row header, 合計 and 月平均;
  the e-mail is a single UTF-8 base64 text part with encoded Subject and From, a fixed date and
  message id; the Markdown page has its headings, pipe table, bullets and numbered procedure;
* the appliance's own parser, through `corpus_tools.check_corpus` (the isolated child the
  ingestion uses): every answerable question must have one of its `any` forms in the parsed text
  (a form other than the first is noted, not failed).

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout47/check_holdout47.py
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

from make_holdout47 import ABSENT, DOCUMENTS  # noqa: E402  (the generator imports only the standard library at load)

SETS = ["holdout47_qa.jsonl", "holdout47_english_qa.jsonl", "holdout47_followup_qa.jsonl",
        "holdout47_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".eml", ".md"}
EXPECTED = {
    "holdout47_qa.jsonl": ("h47-", 24),
    "holdout47_unanswerable_qa.jsonl": ("h47-un-", 12),
    "holdout47_english_qa.jsonl": ("h47-en-", 10),
    "holdout47_followup_qa.jsonl": ("h47-fu-", 8),
}

failures = 0


def fail(message: str) -> None:
    global failures
    failures += 1
    print(f"  {message}")


def documents() -> list[Path]:
    return [path for path in sorted(HERE.iterdir()) if path.suffix in DOCUMENT_SUFFIXES and path.name != "README.md"]


def check_reproducible() -> None:
    with tempfile.TemporaryDirectory() as directory:
        out = Path(directory)
        subprocess.run([sys.executable, str(HERE / "make_holdout47.py"), "--out", str(out)], check=True,
                       capture_output=True)
        for filename, _builder in DOCUMENTS:
            if (out / filename).read_bytes() != (HERE / filename).read_bytes():
                fail(f"NOT REPRODUCIBLE: {filename} differs from a fresh run")
        for filename in SETS:
            if (out / filename).read_bytes() != (DATA / filename).read_bytes():
                fail(f"NOT REPRODUCIBLE: {filename} differs from a fresh run")
    print("reproducible" if failures == 0 else "not reproducible")


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


def mail_text(path: Path) -> str:
    message = message_from_bytes(path.read_bytes(), policy=policy.default)
    body = message.get_body(preferencelist=("plain",))
    return "\n".join([str(message["Subject"]), str(message["From"]), str(message["Date"]),
                      body.get_content() if body is not None else ""])


def read_documents() -> dict[str, str]:
    readers = {".docx": read_docx, ".pdf": lambda path: "\n".join(pdf_pages(path)), ".xlsx": read_xlsx,
               ".eml": mail_text, ".md": lambda path: path.read_text(encoding="utf-8")}
    texts = {}
    for path in documents():
        texts[path.name] = readers[path.suffix](path)
        print(f"{path.name}: {len(texts[path.name])} characters")
    return texts


def check_shapes(texts: dict[str, str]) -> None:
    if len(texts) != 5 or {Path(name).suffix for name in texts} != DOCUMENT_SUFFIXES:
        fail(f"expected one document of each of {sorted(DOCUMENT_SUFFIXES)}, read {sorted(texts)}")
    for name, text in texts.items():
        if len(text) < 500:
            fail(f"{name}: only {len(text)} characters read")
    by_suffix = {path.suffix: path for path in documents()}

    # PDF: the fee table starts on page 1 and ends on page 2, both header rows on both pages; the
    # 鳴沢パブリックゴルフ場 group starts on page 1 and goes on on page 2; 汐見台 is wholly on page 2.
    pages = pdf_pages(by_suffix[".pdf"])
    header_top, header_sub = "会員 ビジター", "平日 土日祝 平日 土日祝"
    if len(pages) < 2 or any(header_top not in page or header_sub not in page or "薄暮ハーフ" not in page
                             for page in pages[:2]) \
            or "青嶺カントリークラブ 春季（3〜6月） 4,400" not in pages[0] \
            or "鳴沢パブリックゴルフ場 春季（3〜6月） － － 6,900" not in pages[0] \
            or "秋季（9〜11月） － － 7,200 11,300 3,700" not in pages[1] \
            or "汐見台ゴルフクラブ 春季" not in pages[1] or "汐見台ゴルフクラブ 春季" in pages[0]:
        fail("the PDF's fee table does not cross from page 1 to page 2 inside the 鳴沢パブリックゴルフ場 group "
             "with both header rows repeated")
    pdf_text = "\n".join(pages)
    for phrase in ("8組以上15組未満", "「以上」はその数を含み、「未満」はその数を含まない", "0555-00-3180"):
        if phrase not in pdf_text:
            fail(f"the PDF lacks {phrase!r}")

    # DOCX: Heading-1 articles 第1条〜第14条, three 附則, the fee table new beside old, the band table.
    from docx import Document

    document = Document(str(by_suffix[".docx"]))
    headings = [paragraph.text for paragraph in document.paragraphs if paragraph.style.name == "Heading 1"]
    articles = [text for text in headings if text.startswith("第")]
    if [text.split("（")[0] for text in articles] != [f"第{number}条" for number in range(1, 15)]:
        fail(f"the Word rules' Heading-1 articles are {articles}")
    if sum(1 for text in headings if text.startswith("附則")) != 3:
        fail("the Word rules do not have three 附則 headings")
    first_rows = [[cell.text for cell in table.rows[0].cells] for table in document.tables]
    if not any(row[-2:] == ["改定後（税込）", "改定前（税込）"] for row in first_rows) \
            or not any("4組以上の予約（1組あたり）" in row for row in first_rows):
        fail("the Word rules lack the 改定後/改定前 table or the cancellation band table")
    for phrase in ("2027年（令和9年）1月25日", "2015年（平成27年）4月1日"):
        if phrase not in texts[by_suffix[".docx"].name]:
            fail(f"the Word rules lack {phrase!r}")

    # XLSX: title row, merged two-row header (月 and 合計 merged down, areas over courses), 合計 and
    # 月平均 rows, 注記 under the table; the sales sheet in 千円 with －.
    from openpyxl import load_workbook

    workbook = load_workbook(str(by_suffix[".xlsx"]))
    visitors, sales = workbook.worksheets[0], workbook.worksheets[1]
    merged = {str(cell_range) for cell_range in visitors.merged_cells.ranges}
    if not {"A1:G1", "A2:A3", "B2:C2", "D2:F2", "G2:G3"} <= merged:
        fail(f"the visitor sheet's merged header is {sorted(merged)}")
    labels = [visitors.cell(row=row, column=1).value for row in range(4, 18)]
    if labels[:12] != ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"] \
            or labels[12:] != ["合計", "月平均"]:
        fail(f"the visitor sheet's rows are {labels}")
    if visitors.cell(row=17, column=2).number_format != "#,##0.0" or visitors.cell(row=4, column=2).number_format != "#,##0" \
            or not isinstance(visitors.cell(row=4, column=2).value, int):
        fail("the visitor sheet's numbers are not stored as numbers with #,##0 / #,##0.0")
    if not str(visitors.cell(row=19, column=1).value or "").startswith("注記"):
        fail("the visitor sheet has no 注記 under the table")
    if sales.cell(row=2, column=8).value != "合計" or sales.cell(row=9, column=1).value != "合計" \
            or "－" not in [cell.value for row in sales.iter_rows() for cell in row] \
            or "千円" not in str(sales.cell(row=11, column=1).value):
        fail("the sales sheet lacks its 合計 row and column, its － or its unit note")

    # EML: one UTF-8 base64 text part, encoded Subject and From, a date and a message id.
    raw = by_suffix[".eml"].read_bytes()
    message = message_from_bytes(raw, policy=policy.default)
    if message.is_multipart() or message.get_content_type() != "text/plain" \
            or message.get_content_charset() != "utf-8" or message["Content-Transfer-Encoding"] != "base64" \
            or not message["Date"] or not message["Message-ID"] \
            or not all(line.startswith((b"Subject: =?utf-8?", b"From: =?utf-8?"))
                       for line in raw.splitlines() if line.startswith((b"Subject:", b"From:"))):
        fail("the e-mail is not a single UTF-8 base64 text part with encoded headers, a date and a message id")

    # Markdown: # and ## headings, a pipe table, bullets and a numbered procedure.
    lines = texts[by_suffix[".md"].name].splitlines()
    if sum(line.startswith("# ") for line in lines) != 1 or sum(line.startswith("## ") for line in lines) < 4 \
            or not any(line.startswith("|---") for line in lines) or sum(line.startswith("- ") for line in lines) < 5 \
            or [line[:3] for line in lines if line[:1].isdigit() and line[1:3] == ". "] != ["1. ", "2. ", "3. ", "4. ", "5. "]:
        fail("the Markdown page lacks its headings, pipe table, bullets or numbered procedure")


def check_questions(texts: dict[str, str]) -> None:
    for filename in SETS:
        questions = [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]
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
                    fail(f"{question['id']}: not marked unanswerable, or has answers")
                if question["id"] not in ABSENT:
                    fail(f"{question['id']}: no ABSENT entry")
                    continue
                for value in ABSENT[question["id"]][2]:
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
    if set(ABSENT) != {f"h47-un-{number}" for number in range(1, 13)}:
        fail(f"ABSENT names {sorted(ABSENT)}")


def main() -> int:
    check_reproducible()
    texts = read_documents()
    check_shapes(texts)
    check_questions(texts)
    print("OK (ordinary libraries)" if failures == 0 else f"{failures} problems (ordinary libraries)")
    status = 1 if failures else 0
    from tests.data.corpus_tools import check_corpus

    print("-- the appliance's parser --")
    status |= check_corpus(HERE, suffixes=DOCUMENT_SUFFIXES, question_sets=SETS, first_form_required=False)
    return status


if __name__ == "__main__":
    sys.exit(main())
