"""Write the five documents of the twenty-ninth holdout corpus (tests/data/holdout29/README.md).

One fictional group of designated driving schools, 株式会社かすみ野モータースクール (head office and
three schools, 中央校, 北原校 and 南浜校, in the fictional 霞野市), and five documents its staff would
look things up in: the fee schedule as a PDF (course fees by licence type, licence held, AT/MT and
general/student under a two-row header, crossing a page break with the header repeated; age-banded
guarantee fees; extra lesson and re-test fees new beside old), the instructors' work rules as Word
(shifts, allowances new beside old under a two-row header, paid leave banded by years of service),
enrolments and pass rates as Excel, a deck for the managers' meeting as PowerPoint, and an all-staff
e-mail (.eml) on new reception hours and the May closing days. The facts are in holdout29_content.py.

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the office
files fixed core properties, reportlab writes in its invariant mode, and the e-mail is fixed text
with a fixed date and message id.

    .venv/bin/python tests/data/holdout29/make_holdout29.py
"""

from __future__ import annotations

import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import holdout29_content as c  # noqa: E402

FONT = "HeiseiKakuGo-W5"
EAST_ASIAN_FONT = "ＭＳ ゴシック"
HEADER_FILL = "DDEBF7"
ZIP_DATE = c.FIXED_MOMENT.timetuple()[:6]
W3CDTF = c.FIXED_MOMENT.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------------------------------------
# Determinism.

def normalize_zip(path: Path) -> None:
    """Rewrite an OOXML package with fixed member timestamps and fixed core-property dates."""
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in members:
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                for tag in ("dcterms:created", "dcterms:modified"):
                    text = re.sub(rf"(<{tag}[^>]*>)[^<]*(</{tag}>)", rf"\g<1>{W3CDTF}\g<2>", text)
                data = text.encode("utf-8")
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, data)


# ---------------------------------------------------------------------------------------------
# 1. PDF: the fee schedule.

def build_pdf(path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=16, wordWrap="CJK", spaceAfter=4)
    note = ParagraphStyle("note", parent=body, fontSize=9, leading=14, leftIndent=8, spaceAfter=2)
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT)
    title = ParagraphStyle("title", parent=body, fontSize=15, leading=22, spaceAfter=8)
    heading = ParagraphStyle("heading", parent=body, fontSize=12.5, leading=18, spaceBefore=8, spaceAfter=4)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12, spaceAfter=0)
    header_colour = colors.HexColor("#" + HEADER_FILL)

    def base_style(header_rows: int) -> list[tuple]:
        return [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (0, 0), (-1, -1), 9),
            ("LEADING", (0, 0), (-1, -1), 12),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), header_colour),
            ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]

    def fee_table() -> Table:
        rows: list[list[object]] = [
            ["免許種別", "所持免許", "AT限定", "", "MT", ""],
            ["", "", "一般", "学生", "一般", "学生"],
        ]
        previous = None
        for kind, held, at_general, at_student, mt_general, mt_student in c.COURSE_FEES:
            rows.append([Paragraph(kind, cell) if kind != previous else "", held, c.yen(at_general),
                         c.yen(at_student), c.yen(mt_general), c.yen(mt_student)])
            previous = kind
        style = base_style(2) + [
            ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (5, 0)),
            ("ALIGN", (2, 2), (-1, -1), "RIGHT"),
            ("TOPPADDING", (0, 2), (-1, -1), 7), ("BOTTOMPADDING", (0, 2), (-1, -1), 7),
        ]
        return Table(rows, colWidths=[34 * mm, 36 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm], repeatRows=2,
                     style=TableStyle(style))

    def age_table() -> Table:
        rows = [["入所時の年齢", "AT限定", "MT"]] + [list(row) for row in c.AGE_BANDS]
        style = base_style(1) + [("ALIGN", (1, 1), (-1, -1), "RIGHT")]
        return Table(rows, colWidths=[60 * mm, 35 * mm, 35 * mm], repeatRows=1, style=TableStyle(style))

    def extra_table() -> Table:
        rows: list[list[object]] = [["項目", "単位", "料金", ""], ["", "", "改定後", "改定前"]]
        rows += [[Paragraph(item, cell), unit, new, old] for item, unit, new, old in c.EXTRA_FEES]
        style = base_style(2) + [
            ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (3, 0)),
            ("ALIGN", (2, 2), (-1, -1), "RIGHT"), ("ALIGN", (1, 2), (1, -1), "CENTER"),
        ]
        return Table(rows, colWidths=[82 * mm, 20 * mm, 28 * mm, 28 * mm], repeatRows=2, style=TableStyle(style))

    story: list[object] = [Paragraph(c.FEES_TITLE, title)]
    story += [Paragraph(line, right) for line in c.FEES_INTRO]
    builders = {"fee_table": fee_table, "age_table": age_table, "extra_table": extra_table}
    for kind, content in c.FEES_SECTIONS:
        if kind == "h1":
            story.append(Paragraph(str(content), heading))
        elif kind == "p":
            story.append(Paragraph(str(content), body))
        elif kind == "note":
            story.append(Paragraph(str(content), note))
        else:
            story += [Spacer(1, 2 * mm), builders[kind](), Spacer(1, 3 * mm)]

    def page_number(canvas: object, document: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont(FONT, 8)  # type: ignore[attr-defined]
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"- {document.page} -")  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    document = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                 topMargin=20 * mm, bottomMargin=20 * mm, title=c.FEES_TITLE,
                                 author=f"{c.COMPANY} 営業企画部", subject="教習料金表", creator=c.COMPANY,
                                 invariant=1)
    document.build(story, onFirstPage=page_number, onLaterPages=page_number)


# ---------------------------------------------------------------------------------------------
# 2. DOCX: the instructors' work rules.

def _east_asian(style_or_run: object) -> None:
    from docx.oxml.ns import qn

    element = style_or_run.element  # type: ignore[attr-defined]
    properties = element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = properties.makeelement(qn("w:rFonts"), {})
        properties.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)


def _shade(row: object) -> None:
    from docx.oxml.ns import qn

    for table_cell in row.cells:  # type: ignore[attr-defined]
        properties = table_cell._tc.get_or_add_tcPr()
        shading = properties.makeelement(qn("w:shd"), {qn("w:val"): "clear", qn("w:color"): "auto",
                                                      qn("w:fill"): HEADER_FILL})
        properties.append(shading)
        for paragraph in table_cell.paragraphs:
            for run in paragraph.runs:
                run.font.bold = True


def build_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = Document()
    for style_name in ("Normal", "Title", "Heading 1", "Table Grid"):
        _east_asian(document.styles[style_name])
    document.styles["Normal"].font.size = Pt(10.5)
    properties = document.core_properties
    properties.title = c.RULES_TITLE
    properties.author = f"{c.COMPANY} 総務部 人事課"
    properties.last_modified_by = f"{c.COMPANY} 総務部 人事課"
    properties.created = c.FIXED_MOMENT
    properties.modified = c.FIXED_MOMENT
    properties.revision = 1
    document.add_heading(c.RULES_TITLE, level=0)

    def table_with(rows: list[list[str]], header_rows: int = 1) -> object:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = document.styles["Table Grid"]
        for row_index, row in enumerate(rows):
            for column_index, value in enumerate(row):
                if value:
                    table.cell(row_index, column_index).text = value
        for index in range(header_rows):
            _shade(table.rows[index])
        return table

    for kind, content in c.RULES_BODY:
        if kind == "h1":
            document.add_heading(str(content), level=1)
        elif kind == "p":
            document.add_paragraph(str(content))
        elif kind == "right":
            document.add_paragraph(str(content)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "shift_table":
            table_with([["シフト", "始業", "終業", "休憩", "実働時間"]] + [list(row) for row in c.SHIFTS])
        elif kind == "leave_table":
            table_with([["勤続年数", "付与日数"]] + [list(row) for row in c.LEAVE_BANDS])
        elif kind == "allowance_table":
            # Two header rows: name, condition and unit merged down; the amount over 改定後 and 改定前.
            rows = [["手当の名称", "支給条件", "単位", "支給額（円）", ""], ["", "", "", "改定後", "改定前"]]
            rows += [list(row) for row in c.ALLOWANCES]
            table = table_with(rows, header_rows=2)
            for first_row, first_col, last_row, last_col in ((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)):
                top_left = table.cell(first_row, first_col)  # type: ignore[attr-defined]
                text = top_left.text
                merged = top_left.merge(table.cell(last_row, last_col))  # type: ignore[attr-defined]
                merged.text = text
                for run in merged.paragraphs[0].runs:
                    run.font.bold = True
        else:
            raise ValueError(kind)
    document.save(str(path))
    normalize_zip(path)


# ---------------------------------------------------------------------------------------------
# 3. XLSX: enrolments and pass rates.

def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    total_fill = PatternFill("solid", fgColor="F2F2F2")
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def title_row(sheet: object, text: str, width: int) -> None:
        sheet.cell(row=1, column=1, value=text).font = Font(bold=True, size=13)  # type: ignore[attr-defined]
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)  # type: ignore[attr-defined]

    def header_cell(sheet: object, row: int, column: int, value: str | None) -> None:
        cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.border = border
        cell.alignment = centred

    def value_cell(sheet: object, row: int, column: int, value: object, number_format: str | None = None,
                   total: bool = False) -> None:
        cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
        if number_format:
            cell.number_format = number_format
        cell.border = border
        if total:
            cell.font = Font(bold=True)
            cell.fill = total_fill

    def widths(sheet: object, values: list[int]) -> None:
        for column, width in enumerate(values, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width  # type: ignore[attr-defined]

    workbook = Workbook()

    # Sheet 1: enrolments by month and school, with a 合計 row and a 月平均 row.
    monthly = workbook.active
    monthly.title = "月別入所者数"
    title_row(monthly, "校別・月別 入所者数（2026年度：2026年4月〜2027年3月、単位：人）", 5)
    for column, label in enumerate(["月"] + c.SCHOOLS + ["合計"], start=1):
        header_cell(monthly, 2, column, label)
    for index, month in enumerate(c.MONTHS):
        row = 3 + index
        values = [c.ENROLMENTS[school][index] for school in c.SCHOOLS]
        value_cell(monthly, row, 1, month)
        for column, value in enumerate(values + [sum(values)], start=2):
            value_cell(monthly, row, column, value, "#,##0")
    totals = [sum(c.ENROLMENTS[school]) for school in c.SCHOOLS]
    total_row = 3 + len(c.MONTHS)
    value_cell(monthly, total_row, 1, "合計", total=True)
    for column, value in enumerate(totals + [sum(totals)], start=2):
        value_cell(monthly, total_row, column, value, "#,##0", total=True)
    value_cell(monthly, total_row + 1, 1, "月平均", total=True)
    for column, value in enumerate(totals + [sum(totals)], start=2):
        value_cell(monthly, total_row + 1, column, value / 12, "#,##0.0", total=True)
    widths(monthly, [10, 12, 12, 12, 12])
    monthly.freeze_panes = "B3"

    # Sheet 2: tests, a two-row header (AT限定 and MT each over three columns), the school written
    # only on the first row of its group, and a 全校 group.
    tests = workbook.create_sheet("検定合格率")
    title_row(tests, "校別 普通車の検定受検者数・合格者数・合格率（2026年度）", 8)
    for column, label in enumerate(["校", "検定", "普通車 AT限定", None, None, "普通車 MT", None, None], start=1):
        header_cell(tests, 2, column, label)
    for column, label in enumerate([None, None, "受検者数（人）", "合格者数（人）", "合格率",
                                    "受検者数（人）", "合格者数（人）", "合格率"], start=1):
        header_cell(tests, 3, column, label)
    tests.merge_cells("A2:A3")
    tests.merge_cells("B2:B3")
    tests.merge_cells("C2:E2")
    tests.merge_cells("F2:H2")
    rows = [list(row) for row in c.TESTS]
    for test in ("修了検定", "卒業検定"):
        group = [row for row in c.TESTS if row[1] == test]
        rows.append(["全校", test] + [sum(row[index] for row in group) for index in range(2, 6)])
    previous = None
    for offset, (school, test, at_taken, at_passed, mt_taken, mt_passed) in enumerate(rows):
        row = 4 + offset
        total = school == "全校"
        value_cell(tests, row, 1, school if school != previous else None, total=total)
        value_cell(tests, row, 2, test, total=total)
        value_cell(tests, row, 3, at_taken, "#,##0", total)
        value_cell(tests, row, 4, at_passed, "#,##0", total)
        value_cell(tests, row, 5, at_passed / at_taken, "0.0%", total)
        value_cell(tests, row, 6, mt_taken, "#,##0", total)
        value_cell(tests, row, 7, mt_passed, "#,##0", total)
        value_cell(tests, row, 8, mt_passed / mt_taken, "0.0%", total)
        previous = school
    widths(tests, [10, 12, 14, 14, 10, 14, 14, 10])
    tests.freeze_panes = "C4"

    # Sheet 3: graduates of the other courses.
    others = workbook.create_sheet("普通車以外の卒業者数")
    title_row(others, "校別 普通車以外の卒業者数（2026年度、単位：人）", 5)
    for column, label in enumerate(["免許種別"] + c.SCHOOLS + ["合計"], start=1):
        header_cell(others, 2, column, label)
    for offset, (kind, *values) in enumerate(c.OTHER_GRADUATES):
        row = 3 + offset
        value_cell(others, row, 1, kind)
        for column, value in enumerate(list(values) + [sum(values)], start=2):
            value_cell(others, row, column, value, "#,##0")
    row = 3 + len(c.OTHER_GRADUATES)
    sums = [sum(item[index] for item in c.OTHER_GRADUATES) for index in range(1, 4)]
    value_cell(others, row, 1, "合計", total=True)
    for column, value in enumerate(sums + [sum(sums)], start=2):
        value_cell(others, row, column, value, "#,##0", total=True)
    widths(others, [22, 12, 12, 12, 12])

    notes = workbook.create_sheet("注記")
    for index, line in enumerate(c.FIGURES_NOTES, start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 110

    properties = workbook.properties
    properties.title = f"{c.COMPANY} 入所者数・検定合格率（2026年度）"
    properties.creator = f"{c.COMPANY} 本部 教務部"
    properties.lastModifiedBy = f"{c.COMPANY} 本部 教務部"
    properties.created = c.FIXED_MOMENT
    properties.modified = c.FIXED_MOMENT
    workbook.save(str(path))
    normalize_zip(path)


# ---------------------------------------------------------------------------------------------
# 4. PPTX: the managers' meeting deck.

def _place(shape: object, left: float, top: float, width: float, height: float) -> None:
    from pptx.util import Inches

    shape.left, shape.top = Inches(left), Inches(top)  # type: ignore[attr-defined]
    shape.width, shape.height = Inches(width), Inches(height)  # type: ignore[attr-defined]


def _font(run: object, size: int, bold: bool = False) -> None:
    from pptx.oxml.ns import qn
    from pptx.util import Pt

    run.font.size = Pt(size)  # type: ignore[attr-defined]
    run.font.bold = bold  # type: ignore[attr-defined]
    properties = run._r.get_or_add_rPr()  # type: ignore[attr-defined]
    east_asian = properties.makeelement(qn("a:ea"), {"typeface": EAST_ASIAN_FONT})
    properties.append(east_asian)


def _fill(frame: object, lines: list[str], size: int) -> None:
    frame.clear()  # type: ignore[attr-defined]
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()  # type: ignore[attr-defined]
        run = paragraph.add_run()
        run.text = line
        _font(run, size)


def _table_slide(presentation: object, title: str, rows: list[list[str]], widths: list[float], note: str,
                 speaker: str) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # type: ignore[attr-defined]
    _place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    _fill(slide.shapes.title.text_frame, [title], 26)
    height = 0.45 * len(rows)
    graphic = slide.shapes.add_table(len(rows), len(rows[0]), 0, 0, 0, 0)
    _place(graphic, 0.5, 1.3, sum(widths), height)
    table = graphic.table
    for column, width in enumerate(widths):
        table.columns[column].width = int(width * 914400)
    for row_index, row in enumerate(rows):
        for column, value in enumerate(row):
            frame = table.cell(row_index, column).text_frame
            frame.clear()
            run = frame.paragraphs[0].add_run()
            run.text = value
            _font(run, 13, bold=row_index == 0 or row[0] == "合計")
    box = slide.shapes.add_textbox(0, 0, 0, 0)
    _place(box, 0.5, 1.5 + height, 12.3, 1.2)
    box.text_frame.word_wrap = True
    _fill(box.text_frame, [note], 13)
    slide.notes_slide.notes_text_frame.text = speaker


def build_pptx(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    presentation.slide_width = Inches(13.333)
    presentation.slide_height = Inches(7.5)

    cover = presentation.slides.add_slide(presentation.slide_layouts[0])
    _place(cover.shapes.title, 0.5, 1.9, 12.3, 1.5)
    _fill(cover.shapes.title.text_frame, [c.DECK_TITLE], 34)
    _place(cover.placeholders[1], 0.5, 3.7, 12.3, 1.8)
    _fill(cover.placeholders[1].text_frame, c.DECK_COVER, 20)

    target_rows = [["校", "入所者数目標（人）", "卒業検定の一発合格率目標", "送迎バス（台）", "高齢者講習の受講枠（人）"]]
    target_rows += [[school, c.yen(enrol), rate, str(buses), c.yen(seniors)]
                    for school, enrol, rate, buses, seniors in c.TARGETS]
    target_rows.append(["合計", c.yen(sum(row[1] for row in c.TARGETS)), "—", str(sum(row[3] for row in c.TARGETS)),
                        c.yen(sum(row[4] for row in c.TARGETS))])
    _table_slide(presentation, c.TARGETS_TITLE, target_rows, [1.8, 2.6, 3.0, 2.0, 2.9], c.TARGETS_NOTE,
                 c.TARGETS_SPEAKER)

    event_rows = [["行事", "日程", "会場", "担当"]] + [list(row) for row in c.EVENTS]
    _table_slide(presentation, c.EVENTS_TITLE, event_rows, [3.8, 3.6, 2.5, 2.4], c.EVENTS_NOTE, c.EVENTS_SPEAKER)

    points = presentation.slides.add_slide(presentation.slide_layouts[1])
    _place(points.shapes.title, 0.5, 0.3, 12.3, 0.9)
    _fill(points.shapes.title.text_frame, [c.POINTS_TITLE], 26)
    _place(points.placeholders[1], 0.5, 1.4, 12.3, 5.2)
    _fill(points.placeholders[1].text_frame, c.POINTS, 18)
    points.notes_slide.notes_text_frame.text = c.POINTS_SPEAKER

    properties = presentation.core_properties
    properties.title = c.DECK_TITLE
    properties.author = f"{c.COMPANY} 本部 教務部"
    properties.last_modified_by = f"{c.COMPANY} 本部 教務部"
    properties.created = c.FIXED_MOMENT
    properties.modified = c.FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path)


# ---------------------------------------------------------------------------------------------
# 5. EML: the all-staff notice.

def build_eml(path: Path) -> None:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = c.MAIL_FROM
    message["To"] = c.MAIL_TO
    message["Subject"] = c.MAIL_SUBJECT
    message["Date"] = format_datetime(c.MAIL_DATE)
    message["Message-ID"] = c.MAIL_MESSAGE_ID
    message.set_content(c.mail_body(), charset="utf-8", cte="base64")
    path.write_bytes(message.as_bytes(policy=SMTP))


def main() -> None:
    for filename, builder in ((c.FEES_FILENAME, build_pdf), (c.RULES_FILENAME, build_docx),
                              (c.FIGURES_FILENAME, build_xlsx), (c.DECK_FILENAME, build_pptx),
                              (c.MAIL_FILENAME, build_eml)):
        path = HERE / filename
        builder(path)
        print(f"{path.name}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
