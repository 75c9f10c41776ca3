"""Write the five documents of the twenty-fourth holdout corpus (tests/data/holdout24/README.md).

One fictional regional car-rental company, なぎはまレンタカー株式会社 (the fictional 凪浜市; four
shops, 空港店, 駅前店, 本町店 and 川端店; five vehicle classes K, S, M, W and L), and five documents
its staff would look things up in: the rental rate regulation as Word (the basic rates by vehicle
class and rental duration band under a two-row header, each band over 改定後 and 改定前; insurance
excess and its waiver, the non-operation charge, late-return charges in a second table,
cancellation fees banded by days before departure, one-way drop-off fees in a third table), the
business report of fiscal 2026 as a PDF laid out by reportlab (rentals and revenue by shop and
vehicle class, the shop written only on the first row of its group with a 小計 row per shop, a
table that crosses from page 1 to page 2 and ends with 合計; fleet and utilisation; next year's
plan), the monthly rentals and the accidents as Excel, the deck for the shop managers' meeting as
PowerPoint (targets, campaigns, staffing, with speaker notes) and the counter staff's FAQ as
Markdown. The figures and texts are in holdout24_content.py beside this file; this file lays
them out.

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the Markdown is
fixed text.

    .venv/bin/python tests/data/holdout24/make_holdout24.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the documents

import holdout24_content as c  # noqa: E402

from tests.data.corpus_tools import (  # noqa: E402
    CID_FONT,
    ReportLayout,
    docx_east_asian_font,
    docx_header_row,
    normalize_zip,
    pptx_fill,
    pptx_font,
    pptx_place,
    print_sizes,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 5, 21, 9, 0, 0)
HEADER_FILL = "DDEBF7"


# ---------------------------------------------------------------------------------------------
# 1. DOCX

def build_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    document = Document()
    for style_name in ("Normal", "Title", "Heading 1", "Table Grid"):
        docx_east_asian_font(document.styles[style_name])
    document.styles["Normal"].font.size = Pt(10.5)
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(18)
    properties = document.core_properties
    properties.title = c.RATES_TITLE
    properties.author = f"{c.COMPANY} 営業企画部"
    properties.last_modified_by = f"{c.COMPANY} 営業企画部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 3
    document.add_heading(c.RATES_TITLE, level=0)

    def new_table(rows: int, cols: int) -> object:
        table = document.add_table(rows=rows, cols=cols)
        table.style = document.styles["Table Grid"]
        return table

    def fill_row(table: object, row_index: int, values: list[str], size: float = 10) -> None:
        for column_index, value in enumerate(values):
            if not value:
                continue
            cell = table.cell(row_index, column_index)  # type: ignore[attr-defined]
            cell.text = value
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(size)

    for kind, content in c.RATES_BODY:
        if kind == "h1":
            document.add_heading(str(content), level=1)
        elif kind == "p":
            document.add_paragraph(str(content))
        elif kind == "right":
            document.add_paragraph(str(content)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "table":
            assert isinstance(content, list)
            table = new_table(len(content), len(content[0]))
            for row_index, row in enumerate(content):
                fill_row(table, row_index, row)
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
        elif kind == "rate_table":
            # Two header rows: the class merged down; each duration band over 改定後 and 改定前.
            table = new_table(2 + len(c.CLASSES), 1 + 2 * len(c.BANDS))
            top = ["車両クラス"]
            for band in c.BANDS:
                top += [band, ""]
            fill_row(table, 0, top, 9)
            fill_row(table, 1, [""] + ["改定後", "改定前"] * len(c.BANDS), 9)
            merges = [(0, 0, 1, 0)] + [(0, 1 + 2 * index, 0, 2 + 2 * index) for index in range(len(c.BANDS))]
            for first_row, first_col, last_row, last_col in merges:
                top_left = table.cell(first_row, first_col)  # type: ignore[attr-defined]
                text = top_left.text
                merged = top_left.merge(table.cell(last_row, last_col))  # type: ignore[attr-defined]
                merged.text = text
                for run in merged.paragraphs[0].runs:
                    run.font.size = Pt(9)
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(table.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
            for row_index, name in enumerate(c.CLASSES, start=2):
                values = [c.CLASS_LONG[name]]
                for new, old in c.RATES[name]:
                    values += [c.yen(new), c.yen(old)]
                fill_row(table, row_index, values, 9)
            document.add_paragraph("（単位：円、消費税込み）").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 2. PDF

REPORT_LAYOUT = ReportLayout(
    body_size=10.5, body_leading=17, heading_size=13, heading_leading=19, heading_space_before=9,
    heading_space_after=4, title_size=14, title_leading=20, table_header_colour="#" + HEADER_FILL,
    table_gap_mm=4, margin_mm=20,
)


# Column widths in points of the report's tables (A4 less two 20 mm margins leaves about 482 pt).
PDF_WIDTHS = {5: [82, 100, 100, 100, 100], 7: [48, 60, 76, 76, 54, 84, 84]}


def build_pdf(path: Path) -> None:
    """corpus_tools.reportlab_pdf's layout, with column widths of its own so that a shop's name and
    a class stay on one line in their cells; reportlab's invariant mode, the same bytes every run."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    layout = REPORT_LAYOUT
    pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    body = ParagraphStyle("body", fontName=CID_FONT, fontSize=layout.body_size, leading=layout.body_leading,
                          wordWrap="CJK")
    heading = ParagraphStyle("heading", parent=body, fontSize=layout.heading_size, leading=layout.heading_leading,
                             spaceBefore=layout.heading_space_before, spaceAfter=layout.heading_space_after)
    title_style = ParagraphStyle("title", parent=body, fontSize=layout.title_size, leading=layout.title_leading,
                                 spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12)
    number = ParagraphStyle("number", parent=cell, alignment=2)
    flow: list[object] = [Paragraph(c.REPORT_TITLE, title_style)]
    for kind, content in c.report_blocks():
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "table":
            assert isinstance(content, list)
            rows = []
            for row_index, row in enumerate(content):
                rows.append([Paragraph(value, number if row_index and value[:1].isdigit() else cell)
                             for value in row])
            table = Table(rows, colWidths=PDF_WIDTHS[len(content[0])], repeatRows=1)
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(layout.table_header_colour)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            flow.extend([table, Spacer(1, layout.table_gap_mm * mm)])
    margin = layout.margin_mm * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=c.REPORT_TITLE,
                                 author=f"{c.COMPANY} 経営企画室",
                                 leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin)
    document.build(flow)


# ---------------------------------------------------------------------------------------------
# 3. XLSX

def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    total_fill = PatternFill("solid", fgColor="F2F2F2")
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def sheet_head(sheet: object, title: str, labels: list[str], widths: list[int]) -> None:
        sheet.cell(row=1, column=1, value=title).font = Font(bold=True, size=13)  # type: ignore[attr-defined]
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(labels))  # type: ignore[attr-defined]
        for column, label in enumerate(labels, start=1):
            cell = sheet.cell(row=2, column=column, value=label)  # type: ignore[attr-defined]
            cell.font = Font(bold=True)
            cell.fill = header_fill
            cell.border = border
            cell.alignment = centred
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width  # type: ignore[attr-defined]

    def data_row(sheet: object, row: int, label: str, numbers: list[int], *, total: bool = False) -> None:
        cells = [sheet.cell(row=row, column=1, value=label)]  # type: ignore[attr-defined]
        for column, value in enumerate(numbers, start=2):
            cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
            cell.number_format = "#,##0"
            cells.append(cell)
        for cell in cells:
            cell.border = border
            if total:
                cell.font = Font(bold=True)
                cell.fill = total_fill

    workbook = Workbook()
    monthly = workbook.active
    monthly.title = "月別貸渡件数"
    sheet_head(monthly, "営業所別・月別 貸渡件数（2026年度：2026年4月〜2027年3月、単位：件）",
               ["月"] + c.SHOPS + ["合計"], [10, 12, 12, 12, 12, 12])
    for index, month in enumerate(c.MONTHS):
        values = [c.MONTHLY[shop][index] for shop in c.SHOPS]
        data_row(monthly, 3 + index, month, values + [sum(values)])
    data_row(monthly, 3 + len(c.MONTHS), "合計", [c.SHOP_2026[shop] for shop in c.SHOPS] + [c.TOTAL_2026],
             total=True)
    monthly.freeze_panes = "B3"

    incidents = workbook.create_sheet("事故・損傷件数")
    sheet_head(incidents, "区分別・営業所別 事故・損傷件数（2026年度、単位：件）",
               ["区分"] + c.SHOPS + ["合計"], [36, 12, 12, 12, 12, 12])
    row = 3
    for kind, values in c.INCIDENTS:
        data_row(incidents, row, kind, values + [sum(values)])
        row += 1
    data_row(incidents, row, "合計", c.INCIDENT_SHOP_TOTALS + [c.INCIDENT_TOTAL], total=True)
    data_row(incidents, row + 1, "（うちNOC請求件数）", c.NOC_CLAIMS + [sum(c.NOC_CLAIMS)])

    notes = workbook.create_sheet("注記")
    for index, line in enumerate(c.FIGURES_NOTES, start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 120
    save_workbook(workbook, path, title=f"{c.COMPANY} 月別貸渡件数・事故損傷件数（2026年度）",
                  creator=f"{c.COMPANY} 業務部", moment=FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 4. PPTX

def _table_slide(presentation: object, title: str, rows: list[list[str]], widths: list[float], note: str,
                 speaker: str, size: int) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [title], 24)
    height = 0.5 * len(rows)
    graphic = slide.shapes.add_table(len(rows), len(rows[0]), 0, 0, 0, 0)
    pptx_place(graphic, 0.5, 1.3, sum(widths), height)
    table = graphic.table
    for column, width in enumerate(widths):
        table.columns[column].width = int(width * 914400)
    for row_index, row in enumerate(rows):
        for column, value in enumerate(row):
            frame = table.cell(row_index, column).text_frame
            frame.clear()
            frame.word_wrap = True
            run = frame.paragraphs[0].add_run()
            run.text = value
            pptx_font(run, size)
            run.font.bold = row_index == 0 or row[0] == "合計"
    box = slide.shapes.add_textbox(0, 0, 0, 0)
    pptx_place(box, 0.5, 1.6 + height, 12.3, 1.0)
    box.text_frame.word_wrap = True
    pptx_fill(box.text_frame, [note], 14)
    slide.notes_slide.notes_text_frame.text = speaker


def _bullet_slide(presentation: object, title: str, points: list[str], speaker: str, size: int) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [title], 26)
    pptx_place(slide.placeholders[1], 0.5, 1.4, 12.3, 5.6)
    pptx_fill(slide.placeholders[1].text_frame, points, size)
    slide.notes_slide.notes_text_frame.text = speaker


def build_pptx(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    presentation.slide_width = Inches(13.333)
    presentation.slide_height = Inches(7.5)
    cover = presentation.slides.add_slide(presentation.slide_layouts[0])
    pptx_place(cover.shapes.title, 0.5, 1.9, 12.3, 1.5)
    pptx_fill(cover.shapes.title.text_frame, [c.DECK_TITLE], 32)
    pptx_place(cover.placeholders[1], 0.5, 3.7, 12.3, 1.8)
    pptx_fill(cover.placeholders[1].text_frame, c.DECK_COVER, 20)
    _bullet_slide(presentation, c.REVIEW_TITLE, c.REVIEW_POINTS, c.REVIEW_SPEAKER, 20)
    _table_slide(presentation, c.TARGETS_TITLE, c.TARGETS_TABLE, [3.0, 3.0, 3.0, 3.0], c.TARGETS_NOTE,
                 c.TARGETS_SPEAKER, 16)
    _table_slide(presentation, c.CAMPAIGNS_TITLE, c.CAMPAIGNS_TABLE, [2.3, 2.7, 2.2, 3.2, 1.9], c.CAMPAIGNS_NOTE,
                 c.CAMPAIGNS_SPEAKER, 12)
    _bullet_slide(presentation, c.STAFF_TITLE, c.STAFF_POINTS, c.STAFF_SPEAKER, 16)
    properties = presentation.core_properties
    properties.title = c.DECK_TITLE
    properties.author = f"{c.COMPANY} 営業企画部"
    properties.last_modified_by = f"{c.COMPANY} 営業企画部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 5. Markdown

def build_md(path: Path) -> None:
    path.write_bytes(c.manual_text().encode("utf-8"))


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((c.RATES_FILENAME, build_docx), (c.REPORT_FILENAME, build_pdf),
                              (c.FIGURES_FILENAME, build_xlsx), (c.DECK_FILENAME, build_pptx),
                              (c.MANUAL_FILENAME, build_md)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
