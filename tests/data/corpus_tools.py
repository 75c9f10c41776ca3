"""The mechanics the held-out corpora share (office/, workplace/, slides/): writing office files
and PDFs that are the same bytes on every run, LibreOffice's PDF export, the python-pptx and
reportlab pieces the generators have in common, and the check that parses a corpus with the
appliance's parser and looks for each question's answer in it.

What the documents say (texts, figures, question sets) and how each one is laid out stay in the
corpus's own make_*.py and check_*.py; only what does not depend on a corpus lives here. The
format libraries and the appliance's parser are imported inside the functions that use them, so
that a generator loads only the libraries of the formats it writes and never the appliance, and a
check never loads the generators' libraries.
"""

from __future__ import annotations

import datetime
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent
# Latin and East Asian typeface of the DOCX and PPTX files; reportlab draws with its built-in
# CID font instead, which needs no font file on the machine.
FONT = "Noto Sans CJK JP"
CID_FONT = "HeiseiKakuGo-W5"

# A block of a document: ("h1" | "h2" | "p" | "table" | ..., text or table rows).
Block = tuple[str, str | list[list[str]]]


# ---------------------------------------------------------------------------------------------
# Office files (DOCX, XLSX, PPTX): zip packages.

def normalize_zip(path: Path, moment: datetime.datetime) -> None:
    """Give every member a fixed timestamp and the core properties a fixed date, so that two
    runs write the same bytes (the libraries stamp the current time into both)."""
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in members:
            if info.filename == "docProps/core.xml":
                stamp = moment.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
            fixed = zipfile.ZipInfo(info.filename, date_time=moment.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, data)


def save_workbook(workbook: object, path: Path, *, title: str, creator: str, moment: datetime.datetime) -> None:
    """Save an openpyxl workbook with its properties dated `moment`, the same bytes on every run."""
    properties = workbook.properties  # type: ignore[attr-defined]
    properties.title = title
    properties.creator = creator
    properties.created = moment
    properties.modified = moment
    workbook.save(str(path))  # type: ignore[attr-defined]
    normalize_zip(path, moment)


def pptx_font(run: object, size: int) -> None:
    """Latin and East Asian typefaces both: a run with only the Latin one is drawn with the
    renderer's fallback for the Japanese characters, which LibreOffice picks per machine."""
    from pptx.oxml.ns import qn
    from pptx.util import Pt

    font = run.font  # type: ignore[attr-defined]
    font.name = FONT
    font.size = Pt(size)
    properties = run._r.get_or_add_rPr()  # type: ignore[attr-defined]
    for tag in ("a:ea", "a:cs"):
        element = properties.find(qn(tag))
        if element is None:
            element = properties.makeelement(qn(tag), {})
            properties.append(element)
        element.set("typeface", FONT)


def pptx_fill(frame: object, lines: list[str], size: int) -> None:
    """Replace a python-pptx text frame's text with one paragraph a line, in FONT at `size` points."""
    frame.clear()  # type: ignore[attr-defined]
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()  # type: ignore[attr-defined]
        run = paragraph.add_run()
        run.text = line
        pptx_font(run, size)


# ---------------------------------------------------------------------------------------------
# PDF: exported by LibreOffice, or laid out by reportlab.

def pptx_place(shape: object, left: float, top: float, width: float, height: float) -> None:
    """A shape's position and size, in inches."""
    from pptx.util import Inches

    shape.left, shape.top, shape.width, shape.height = Inches(left), Inches(top), Inches(width), Inches(height)  # type: ignore[attr-defined]


def docx_east_asian_font(style: object) -> None:
    """A Word style set in FONT for every script (Latin, East Asian, complex)."""
    from docx.oxml.ns import qn

    properties = style.element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = properties.makeelement(qn("w:rFonts"), {})
        properties.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)


def docx_header_row(row: object, fill: str) -> None:
    """Mark a Word table row as a repeated header row, shaded in `fill` and bold."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    row_properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row_properties.append(header)
    for cell in row.cells:  # type: ignore[attr-defined]
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), fill)
        cell._tc.get_or_add_tcPr().append(shading)
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                run.font.bold = True


def export_pdf(source: Path, directory: Path) -> Path:
    """Export an office file to `directory`/<stem>.pdf with LibreOffice, as a person would."""
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit(f"soffice (LibreOffice) is needed to export {source.name} to PDF: "
                 "apt-get install libreoffice-writer-nogui libreoffice-impress-nogui fonts-noto-cjk")
    with tempfile.TemporaryDirectory() as profile:
        # Its own profile: a second LibreOffice running as this user would otherwise take the call.
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(directory), str(source)],
            check=True, capture_output=True, timeout=300,
        )
    return directory / f"{source.stem}.pdf"


def pin_pdf_stamps(path: Path, moment: datetime.datetime) -> None:
    """Make a LibreOffice PDF the same bytes on every run. LibreOffice stamps the export time, a
    random document ID and a checksum of both; each is replaced by a fixed value of the same
    length so that the cross-reference offsets stay right."""
    data = path.read_bytes()
    data = re.sub(rb"/CreationDate\(D:\d{14}", lambda match: b"/CreationDate(D:" + moment.strftime("%Y%m%d%H%M%S").encode(), data)
    data = re.sub(rb"/ID \[ <([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)> \]",
                  lambda match: match.group(0).replace(match.group(1), b"0" * len(match.group(1)))
                  .replace(match.group(2), b"0" * len(match.group(2))), data)
    data = re.sub(rb"/DocChecksum /([0-9A-Fa-f]+)", lambda match: b"/DocChecksum /" + b"0" * len(match.group(1)), data)
    path.write_bytes(data)


@dataclass(frozen=True)
class ReportLayout:
    """The look of a report laid out by reportlab_pdf, sizes in points unless named otherwise."""

    body_size: float
    body_leading: float
    heading_size: float
    heading_leading: float
    heading_space_before: float
    heading_space_after: float
    title_size: float
    title_leading: float
    table_header_colour: str  # "#rrggbb", the background of a table's first row
    table_gap_mm: float  # the space under a table
    margin_mm: float


def reportlab_pdf(path: Path, *, title: str, author: str, blocks: list[Block], layout: ReportLayout) -> None:
    """An A4 report of headings ("h1"), paragraphs ("p") and tables ("table", cells as reportlab
    paragraph markup, so `&` is written `&amp;`), under `title`. Written in reportlab's invariant
    mode, so the same bytes on every run."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    body = ParagraphStyle("body", fontName=CID_FONT, fontSize=layout.body_size, leading=layout.body_leading, wordWrap="CJK")
    heading = ParagraphStyle("heading", parent=body, fontSize=layout.heading_size, leading=layout.heading_leading,
                             spaceBefore=layout.heading_space_before, spaceAfter=layout.heading_space_after)
    title_style = ParagraphStyle("title", parent=body, fontSize=layout.title_size, leading=layout.title_leading, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12)
    flow: list[object] = [Paragraph(title, title_style)]
    for kind, content in blocks:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "table":
            assert isinstance(content, list)
            table = Table([[Paragraph(value, cell) for value in row] for row in content], repeatRows=1)
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(layout.table_header_colour)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            flow.extend([table, Spacer(1, layout.table_gap_mm * mm)])
    margin = layout.margin_mm * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=title, author=author,
                                 leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin)
    document.build(flow)


def print_sizes(written: list[Path]) -> None:
    for path in written:
        print(f"{path.name}: {path.stat().st_size // 1024} KB")


# ---------------------------------------------------------------------------------------------
# Checks: every document parses, and each answerable question's answer is in the parsed text.

def parsed_texts(directory: Path, suffixes: set[str]) -> dict[str, str]:
    """Each document of `directory` (by suffix) as the appliance's own parser reads it: the
    isolated child the ingestion uses, with the ingestion's limits."""
    from ingestion.parsing import parse_document

    texts: dict[str, str] = {}
    for path in sorted(directory.iterdir()):
        # README.md is the corpus's notice, not one of its documents (bench ingestion skips it too).
        if path.suffix not in suffixes or path.name == "README.md":
            continue
        document = parse_document(path.read_bytes(), path.name, max_bytes=50 * 2**20,
                                  max_uncompressed_bytes=500 * 2**20, max_zip_members=10_000)
        texts[path.name] = "\n".join(section.text for section in document.sections)
        print(f"{path.name}: {len(document.sections)} sections, {len(texts[path.name])} characters, "
              f"pages {document.page_count}, OCR pages {document.ocr_pages}")
    return texts


def check_corpus(directory: Path, *, suffixes: set[str], question_sets: list[str], first_form_required: bool) -> int:
    """Parse the corpus and look up every answerable question of `question_sets` (files in
    tests/data) in the parsed text; print each miss and return the exit status, 1 on any.

    A question's first `any` form is the one the document writes. With `first_form_required`
    that form must be there; without, any form will do and a question found only in another
    form is noted, not failed."""
    texts = parsed_texts(directory, suffixes)
    failures = 0
    for filename in question_sets:
        questions = [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]
        checked = found_only_in_another_form = 0
        for question in questions:
            if question.get("unanswerable"):
                continue
            checked += 1
            forms = question["any"]
            present = [form for form in forms if any(form in text for text in texts.values())]
            if first_form_required and forms[0] not in present:
                failures += 1
                print(f"  MISSING {question['id']}: {forms[0]!r} is not in the parsed text")
            elif not present:
                failures += 1
                print(f"  MISSING {question['id']}: none of {forms} is in the parsed text")
            elif forms[0] not in present:
                found_only_in_another_form += 1
                print(f"  note {question['id']}: first form {forms[0]!r} not parsed as written; found {present}")
        summary = f"{filename}: {len(questions)} questions, {checked} with answers checked"
        print(summary if first_form_required else f"{summary}, {found_only_in_another_form} found only in another form")
    print("OK" if failures == 0 else f"{failures} questions without their answer in the parsed text")
    return 1 if failures else 0
