"""Check the forty-fifth holdout corpus (tests/data/holdout45/README.md).

* The generator is deterministic: `make_holdout45.py --out TMP` writes the same bytes as the
  documents in this directory and the four question sets in tests/data.
* Each document is read with the library that wrote it (python-docx, openpyxl with the number
  formats applied, the standard library's email package for the e-mail and html.parser for the
  HTML page; reportlab cannot read a PDF, so the PDF is read with pypdfium2), not with the
  appliance's parser.
* The layout the corpus promises holds: the PDF's price table has two header rows and crosses from
  page 1 to page 2 with both header rows repeated (the rows asked about on page 2 are there); the
  Word terms have 第1条〜第12条 as Heading 1, three 附則, the fee table (改定後 beside 改定前) and the
  cancellation band table; the workbook's first sheet has the merged header rows, a 合計 row and
  column, a 月平均 row in `#,##0.0` and a 注記 line, its second sheet 「－」 cells and a unit note;
  the e-mail is one base64 UTF-8 text/plain part with an encoded subject and sender, a fixed date
  and message id; the HTML page has a table, lists, <h2>/<h3> sections and a definition list.
* Every answerable question's first `any` form is in the document that states it (and, unless it
  is a bare number, in no other document); every unanswerable question has an empty `any`, and
  none of the strings named for it in the generator's ABSENT is in any document; the sets hold
  the ids and counts the README gives.
* Then the appliance's own parser (`corpus_tools.check_corpus`): one of each answerable question's
  `any` forms must be in the parsed text.

Each problem is printed; the exit status is 1 on any, 0 when all hold.

    .venv/bin/python tests/data/holdout45/check_holdout45.py
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from email import message_from_bytes, policy
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE))

import make_holdout45 as gen  # noqa: E402

EXPECTED = {
    gen.SET_NAMES["qa"]: ("h45-", 24),
    gen.SET_NAMES["unanswerable"]: ("h45-un-", 12),
    gen.SET_NAMES["english"]: ("h45-en-", 10),
    gen.SET_NAMES["followup"]: ("h45-fu-", 8),
}
# Questions whose answer is a cell of the PDF's price table on its second page.
PAGE_TWO = {"h45-3": "骨壺グレードアップ（白磁・新設）", "h45-4": "港町斎場（120席）", "h45-5": "マイクロバス（往復30kmまで）",
            "h45-en-3": "東雲斎場（40席）"}

problems: list[str] = []


def fail(message: str) -> None:
    problems.append(message)
    print(f"  {message}")


# ---------------------------------------------------------------------------------------------
# Readers.

def xlsx_value(value: object, number_format: str) -> str:
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
            values = [xlsx_value(cell.value, cell.number_format) for cell in row]
            if any(values):
                lines.append(" | ".join(values))
    return "\n".join(lines)


def read_eml(path: Path) -> str:
    message = message_from_bytes(path.read_bytes(), policy=policy.default)
    body = message.get_body(preferencelist=("plain",))
    return "\n".join([str(message["Subject"]), str(message["From"]), str(message["Date"]),
                      body.get_content() if body is not None else ""])


class _HTMLText(HTMLParser):
    BLOCKS = {"p", "li", "tr", "h1", "h2", "h3", "dt", "dd", "title", "th", "td", "section", "ul", "ol", "dl",
              "table", "header", "footer"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag in {"td", "th"}:
            self.parts.append(" | ")
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS and tag not in {"td", "th"}:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def read_html(path: Path) -> tuple[str, list[str]]:
    parser = _HTMLText()
    parser.feed(path.read_bytes().decode("utf-8"))
    parser.close()
    text = re.sub(r"\n\s*\n+", "\n", "".join(parser.parts))
    return text, parser.tags


# ---------------------------------------------------------------------------------------------
# Checks.

def check_determinism() -> None:
    with tempfile.TemporaryDirectory() as directory:
        out = Path(directory)
        subprocess.run([sys.executable, str(HERE / "make_holdout45.py"), "--out", str(out)], check=True,
                       capture_output=True, timeout=300)
        expected = {name: HERE / name for name in gen.DOCUMENT_NAMES.values()}
        expected.update({name: DATA / name for name in gen.SET_NAMES.values()})
        for name, path in expected.items():
            if not path.exists():
                fail(f"{path} is missing (run make_holdout45.py)")
            elif not (out / name).exists():
                fail(f"the generator did not write {name}")
            elif path.read_bytes() != (out / name).read_bytes():
                fail(f"{name}: a fresh run writes different bytes")
        extra = sorted(path.name for path in HERE.iterdir()
                       if path.suffix in {".pdf", ".docx", ".xlsx", ".eml", ".html", ".pptx"}
                       and path.name not in gen.DOCUMENT_NAMES.values())
        if extra:
            fail(f"documents the generator does not write: {extra}")
    print("determinism checked")


def check_pdf(path: Path) -> list[str]:
    pages = pdf_pages(path)
    if len(pages) < 2:
        fail(f"the PDF has {len(pages)} page(s), not two or more")
        return pages
    first, second = pages[0], pages[1]
    for header in ("区分", "プラン・項目", "参列人数の目安", "一般料金（税込）", "会員料金（税込）"):
        if header not in first or header not in second:
            fail(f"PDF: header {header!r} is not on both page 1 and page 2")
    if first.count("改定後") < 2 or second.count("改定後") < 2 or second.count("改定前") < 2:
        fail("PDF: the second header row (改定後/改定前 under each group) is not on both pages")
    if "家族葬 こもれびプラン" not in first or "西山斎場（70席）" not in second or "西山斎場（70席）" in first:
        fail("PDF: the price table does not cross from page 1 to page 2")
    for qid, item in PAGE_TWO.items():
        if item not in second or item in first:
            fail(f"PDF: the row of {qid} ({item}) is not on page 2 only")
    if "－" not in first or "－" not in second:
        fail("PDF: no 「－」 cells")
    # The category is written only on the first row of its group.
    text = "\n".join(pages)
    for category in ("家族葬", "一般葬", "一日葬", "直葬"):
        starts = len(re.findall(rf"^{category} {category}", text, flags=re.M))
        if starts != 1:
            fail(f"PDF: category {category!r} starts {starts} rows, not one")
    if "「以上」はその数を含み" not in text or "0120-000-742" not in text:
        fail("PDF: the band rule or the contact line is missing")
    return pages


def check_docx(path: Path) -> None:
    from docx import Document

    document = Document(str(path))
    headings = [paragraph.text for paragraph in document.paragraphs if paragraph.style.name == "Heading 1"]
    articles = [heading for heading in headings if re.match(r"第\d+条", heading)]
    if [re.match(r"第(\d+)条", heading).group(1) for heading in articles] != [str(n) for n in range(1, 13)]:  # type: ignore[union-attr]
        fail(f"DOCX: articles are not 第1条〜第12条 as Heading 1: {articles}")
    if sum(heading.startswith("附則") for heading in headings) != 3:
        fail("DOCX: not three 附則 headings")
    tables = document.tables
    if len(tables) != 2 or [cell.text for cell in tables[0].rows[0].cells][2:] != ["改定後（2027年4月1日から）", "改定前"] \
            or tables[1].cell(0, 0).text != "取消しの時期":
        fail("DOCX: the fee table (改定後 beside 改定前) or the cancellation band table is missing")
    text = read_docx(path)
    if "令和" not in text or not re.search(r"20\d\d年", text):
        fail("DOCX: not both 西暦 and 令和 dates")


def check_xlsx(path: Path) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(str(path))
    first, second = workbook.worksheets[:2]
    merged = {str(cell_range) for cell_range in first.merged_cells.ranges}
    if not {"A1:G1", "A2:A3", "B2:D2", "E2:F2", "G2:G3"} <= merged:
        fail(f"XLSX: the first sheet's merged title and header cells are not as expected: {sorted(merged)}")
    months = [first.cell(row=row, column=1).value for row in range(4, 16)]
    if months != gen.MONTHS or first["A16"].value != "合計" or first["A17"].value != "月平均":
        fail("XLSX: the months 4月…3月, the 合計 row or the 月平均 row is not where expected")
    if first["B17"].number_format != "#,##0.0" or first["B4"].number_format != "#,##0" \
            or not isinstance(first["B4"].value, int):
        fail("XLSX: the number formats are not #,##0 / #,##0.0 on numbers")
    if first["G16"].value != gen.GRAND_TOTAL or not str(first["A19"].value or "").startswith("注記"):
        fail("XLSX: the grand total or the 注記 line under the table is wrong")
    cells = [cell.value for row in second.iter_rows() for cell in row]
    if "－" not in cells or not any(isinstance(value, str) and "単位：千円" in value for value in cells) \
            or second.cell(row=3 + len(gen.PLAN_KINDS), column=1).value != "合計":
        fail("XLSX: the second sheet lacks 「－」, the unit note or the 合計 row")


def check_eml(path: Path) -> None:
    raw = path.read_bytes()
    message = message_from_bytes(raw, policy=policy.default)
    head = raw.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    if message.is_multipart() or message.get_content_type() != "text/plain" \
            or message.get_content_charset() != "utf-8" or message["Content-Transfer-Encoding"] != "base64":
        fail("EML: not one base64 UTF-8 text/plain part")
    if not re.search(rb"^Subject: =\?utf-8\?", head, flags=re.M | re.I) \
            or not re.search(rb"^From: =\?utf-8\?", head, flags=re.M | re.I):
        fail("EML: the subject or the sender is not RFC 2047 encoded")
    if message["Date"] != "Mon, 22 Feb 2027 10:15:00 +0900" or message["Message-ID"] != gen.MAIL_ID:
        fail("EML: the date or the message id is not the fixed one")


def check_html(tags: list[str], path: Path) -> None:
    for tag in ("table", "ul", "ol", "dl", "dt", "dd", "h2", "h3"):
        if tag not in tags:
            fail(f"HTML: no <{tag}>")
    if b'<meta charset="utf-8">' not in path.read_bytes():
        fail("HTML: no UTF-8 charset declaration")


def load(filename: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]


def check_sets(texts: dict[str, str]) -> None:
    for filename, (prefix, count) in EXPECTED.items():
        questions = load(filename)
        ids = [question["id"] for question in questions]
        if ids != [f"{prefix}{number}" for number in range(1, count + 1)]:
            fail(f"{filename}: ids are not {prefix}1..{count}")
        checked = 0
        for question in questions:
            qid = question["id"]
            if "followup" in filename:
                if len(question.get("turns", [])) != 2:
                    fail(f"{qid}: needs two turns")
            elif not question.get("q"):
                fail(f"{qid}: no question text")
            if "unanswerable" in filename:
                if question.get("unanswerable") is not True or question.get("any") != []:
                    fail(f"{qid}: not marked unanswerable with an empty any")
                reason_strings = gen.ABSENT.get(qid)
                if reason_strings is None or not reason_strings[0] or not reason_strings[1]:
                    fail(f"{qid}: no ABSENT reason and strings in the generator")
                    continue
                for value in reason_strings[1]:
                    where = [key for key, text in texts.items() if value in text]
                    if where:
                        fail(f"PRESENT {qid}: {value!r} is in {where} ({reason_strings[0]})")
                continue
            if "english" in filename and not question.get("answer_any"):
                fail(f"{qid}: no answer_any")
            checked += 1
            answers = question.get("any") or []
            source = gen.SOURCES.get(qid)
            if not answers or source is None:
                fail(f"{qid}: no answers or no source document")
                continue
            first = answers[0]
            if first not in texts[source]:
                fail(f"MISSING {qid}: {first!r} is not in the {source}")
            bare_number = re.fullmatch(r"[\d,.]+", first) is not None
            elsewhere = [key for key, text in texts.items() if key != source and first in text]
            if elsewhere and not bare_number:
                fail(f"NOT UNIQUE {qid}: {first!r} is also in {elsewhere}")
        print(f"{filename}: {len(questions)} questions, {checked} with answers checked")


def main() -> int:
    check_determinism()
    paths = {key: HERE / name for key, name in gen.DOCUMENT_NAMES.items()}
    texts: dict[str, str] = {}
    pages = check_pdf(paths["pdf"])
    texts["pdf"] = "\n".join(pages)
    check_docx(paths["docx"])
    texts["docx"] = read_docx(paths["docx"])
    check_xlsx(paths["xlsx"])
    texts["xlsx"] = read_xlsx(paths["xlsx"])
    check_eml(paths["eml"])
    texts["eml"] = read_eml(paths["eml"])
    texts["html"], tags = read_html(paths["html"])
    check_html(tags, paths["html"])
    for key, text in texts.items():
        print(f"{paths[key].name}: {len(text)} characters")
        if len(text) < 800:
            fail(f"{key}: only {len(text)} characters read")
    check_sets(texts)
    print("OK (libraries)" if not problems else f"{len(problems)} problems (libraries)")
    status = 1 if problems else 0
    if "--no-parser" not in sys.argv:
        from tests.data.corpus_tools import check_corpus

        print("-- the appliance's parser --")
        status |= check_corpus(HERE, suffixes={".pdf", ".docx", ".xlsx", ".eml", ".html"},
                               question_sets=list(EXPECTED), first_form_required=False)
    return status


if __name__ == "__main__":
    sys.exit(main())
