"""Write the five documents of the twenty-second holdout corpus (tests/data/holdout22/README.md).

One fictional regional ferry and coastal shipping company, 株式会社しおかぜ海運 (head office at the
fictional 汐見港 in the fictional 汐見市; car ferries on 大鳥航路, 椿島航路 and 北浦航路, and a
passenger-only high-speed craft on 島間航路), and five documents its staff and customers would look
things up in: the fare regulation as Word (vehicle fares banded by vehicle length with a two-row
header, each car-ferry route over 改定後 and 改定前; passenger fares, two-wheelers, discounts,
reservations, cancellation fees with their deadlines), the transport report of fiscal 2026 as a PDF
(passengers by route; vehicles carried by route and class, the route written only on the first row
of its group with a 小計 row per route, a table that crosses a page break and ends with 合計;
sailings and cancellations), the monthly figures as Excel (passengers month by month and route by
route; cancelled sailings by month and by cause), a deck on the new ship and safety as PowerPoint
(bullets, one comparison table, speaker notes) and a web notice (.html) on the timetable revision.
The names, figures and texts are in h22_content.py beside this file; every one of them is invented
(e-mail domains end in `.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the HTML page is
fixed text.

    .venv/bin/python tests/data/holdout22/make_holdout22.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ beside the documents
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE))

from h22_content import (  # noqa: E402
    CANCEL_CAUSES,
    CANCEL_MONTH_TOTALS,
    CANCELLED,
    CANCELLED_TOTAL,
    CAR_ROUTES,
    CAUSES,
    COMPANY,
    COMPARE_NOTE,
    COMPARE_SPEAKER,
    COMPARE_TABLE,
    COMPARE_TITLE,
    DECK_COVER,
    DECK_TITLE,
    EQUIPMENT,
    EQUIPMENT_TITLE,
    FARES_BODY,
    FARES_TITLE,
    FIGURES_NOTES,
    FIGURES_TITLE,
    MONTHLY_PASSENGERS,
    MONTHS,
    OUTLINE,
    OUTLINE_TITLE,
    PASSENGER_MONTH_TOTALS,
    PASSENGERS,
    REPORT_TITLE,
    ROUTE_SPANS,
    ROUTES,
    SAFETY,
    SAFETY_SPEAKER,
    SAFETY_TITLE,
    notice_html,
    report_blocks,
)

from tests.data.corpus_tools import (  # noqa: E402
    ReportLayout,
    docx_east_asian_font,
    docx_header_row,
    normalize_zip,
    pptx_fill,
    pptx_font,
    pptx_place,
    print_sizes,
    reportlab_pdf,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 5, 28, 10, 0, 0)
HEADER_FILL = "DBE9F6"

FARES_FILENAME = "旅客・車両航送運賃規程_2027年4月改定.docx"
REPORT_FILENAME = "航路別輸送実績報告書_2026年度.pdf"
FIGURES_FILENAME = "月別乗船者数・欠航便数_2026年度.xlsx"
DECK_FILENAME = "全社安全会議資料_新造船フェリーおおとり就航と安全運航.pptx"
NOTICE_FILENAME = "運航ダイヤ改正のお知らせ_2027年7月1日から.html"

REPORT_LAYOUT = ReportLayout(
    body_size=10.5, body_leading=17, heading_size=13, heading_leading=19, heading_space_before=9,
    heading_space_after=4, title_size=14, title_leading=20, table_header_colour="#" + HEADER_FILL,
    table_gap_mm=4, margin_mm=20,
)


# ---------------------------------------------------------------------------------------------
# 1. DOCX: the fare regulation.

def build_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(18)
    for style_name in ("Normal", "Title", "Heading 1", "Table Grid"):
        docx_east_asian_font(document.styles[style_name])
    document.styles["Normal"].font.size = Pt(10)
    properties = document.core_properties
    properties.title = FARES_TITLE
    properties.author = f"{COMPANY} 営業部"
    properties.last_modified_by = f"{COMPANY} 営業部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    document.add_heading(FARES_TITLE, level=0)

    def new_table(rows: int, cols: int) -> object:
        table = document.add_table(rows=rows, cols=cols)
        table.style = document.styles["Table Grid"]
        return table

    def fill_row(table: object, row_index: int, values: list[str]) -> None:
        for column_index, value in enumerate(values):
            if value:
                table.cell(row_index, column_index).text = value  # type: ignore[attr-defined]

    for kind, content in FARES_BODY:
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
        elif kind == "band_table":
            # Two header rows: the length merged down; each car-ferry route over 改定後 and 改定前.
            assert isinstance(content, list)
            table = new_table(2 + len(content), 1 + 2 * len(CAR_ROUTES))
            first = ["車両の長さ"]
            for route in CAR_ROUTES:
                first += [f"{route}（{ROUTE_SPANS[route]}）", ""]
            fill_row(table, 0, first)
            fill_row(table, 1, [""] + ["改定後", "改定前"] * len(CAR_ROUTES))
            merges = [(0, 0, 1, 0)] + [(0, 1 + 2 * index, 0, 2 + 2 * index) for index in range(len(CAR_ROUTES))]
            for first_row, first_col, last_row, last_col in merges:
                top_left = table.cell(first_row, first_col)  # type: ignore[attr-defined]
                text = top_left.text
                top_left.merge(table.cell(last_row, last_col)).text = text  # type: ignore[attr-defined]
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(table.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
            for row_index, row in enumerate(content, start=2):
                fill_row(table, row_index, row)
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 2. PDF: the transport report.

def build_pdf(path: Path) -> None:
    reportlab_pdf(path, title=REPORT_TITLE, author=f"{COMPANY} 経営企画部", blocks=report_blocks(),  # type: ignore[arg-type]
                  layout=REPORT_LAYOUT)


# ---------------------------------------------------------------------------------------------
# 3. XLSX: the monthly figures.

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
    monthly.title = "月別乗船者数"
    sheet_head(monthly, "航路別・月別 乗船者数（2026年度：2026年4月〜2027年3月、単位：人）",
               ["月"] + ROUTES + ["合計"], [10, 14, 14, 14, 14, 14])
    for index, month in enumerate(MONTHS):
        values = [MONTHLY_PASSENGERS[route][index] for route in ROUTES]
        data_row(monthly, 3 + index, month, values + [sum(values)])
    data_row(monthly, 3 + len(MONTHS), "合計", [PASSENGERS[route][1] for route in ROUTES]
             + [sum(PASSENGER_MONTH_TOTALS)], total=True)
    monthly.freeze_panes = "B3"

    cancelled = workbook.create_sheet("月別欠航便数")
    sheet_head(cancelled, "航路別・月別 欠航便数（2026年度、単位：便）", ["月"] + ROUTES + ["合計"],
               [10, 14, 14, 14, 14, 14])
    for index, month in enumerate(MONTHS):
        values = [CANCELLED[route][index] for route in ROUTES]
        data_row(cancelled, 3 + index, month, values + [CANCEL_MONTH_TOTALS[index]])
    data_row(cancelled, 3 + len(MONTHS), "合計", [CANCELLED_TOTAL[route] for route in ROUTES]
             + [sum(CANCEL_MONTH_TOTALS)], total=True)
    cancelled.freeze_panes = "B3"

    causes = workbook.create_sheet("理由別欠航便数")
    sheet_head(causes, "航路別・理由別 欠航便数（2026年度、単位：便）", ["欠航の理由"] + ROUTES + ["合計"],
               [20, 14, 14, 14, 14, 14])
    for index, cause in enumerate(CAUSES):
        values = [CANCEL_CAUSES[route][index] for route in ROUTES]
        data_row(causes, 3 + index, cause, values + [sum(values)])
    data_row(causes, 3 + len(CAUSES), "合計", [CANCELLED_TOTAL[route] for route in ROUTES]
             + [sum(CANCELLED_TOTAL.values())], total=True)

    notes = workbook.create_sheet("注記")
    for index, line in enumerate(FIGURES_NOTES, start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 100
    save_workbook(workbook, path, title=f"{COMPANY} {FIGURES_TITLE}", creator=f"{COMPANY} 経営企画部",
                  moment=FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 4. PPTX: the deck on the new ship and safety.

def _bullet_slide(presentation: object, title: str, lines: list[str], speaker: str | None = None) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [title], 26)
    pptx_place(slide.placeholders[1], 0.5, 1.4, 12.3, 5.4)
    pptx_fill(slide.placeholders[1].text_frame, lines, 18)
    if speaker:
        slide.notes_slide.notes_text_frame.text = speaker


def _table_slide(presentation: object, title: str, rows: list[list[str]], widths: list[float], note: str,
                 speaker: str) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [title], 24)
    height = 0.45 * len(rows)
    graphic = slide.shapes.add_table(len(rows), len(rows[0]), 0, 0, 0, 0)
    pptx_place(graphic, 0.5, 1.3, sum(widths), height)
    table = graphic.table
    for column, width in enumerate(widths):
        table.columns[column].width = int(width * 914400)
    for row_index, row in enumerate(rows):
        for column, value in enumerate(row):
            frame = table.cell(row_index, column).text_frame
            frame.clear()
            run = frame.paragraphs[0].add_run()
            run.text = value
            pptx_font(run, 14)
            run.font.bold = row_index == 0
    box = slide.shapes.add_textbox(0, 0, 0, 0)
    pptx_place(box, 0.5, 1.5 + height, 12.3, 1.2)
    box.text_frame.word_wrap = True
    pptx_fill(box.text_frame, [note], 14)
    slide.notes_slide.notes_text_frame.text = speaker


def build_pptx(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    presentation.slide_width = Inches(13.333)
    presentation.slide_height = Inches(7.5)
    cover = presentation.slides.add_slide(presentation.slide_layouts[0])
    pptx_place(cover.shapes.title, 0.5, 1.7, 12.3, 1.7)
    pptx_fill(cover.shapes.title.text_frame, [DECK_TITLE], 30)
    pptx_place(cover.placeholders[1], 0.5, 3.7, 12.3, 1.8)
    pptx_fill(cover.placeholders[1].text_frame, DECK_COVER, 20)
    _bullet_slide(presentation, OUTLINE_TITLE, OUTLINE)
    _table_slide(presentation, COMPARE_TITLE, COMPARE_TABLE, [4.6, 3.8, 3.8], COMPARE_NOTE, COMPARE_SPEAKER)
    _bullet_slide(presentation, EQUIPMENT_TITLE, EQUIPMENT)
    _bullet_slide(presentation, SAFETY_TITLE, SAFETY, SAFETY_SPEAKER)
    properties = presentation.core_properties
    properties.title = DECK_TITLE
    properties.author = f"{COMPANY} 海務部"
    properties.last_modified_by = f"{COMPANY} 海務部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 5. HTML: the timetable revision notice.

def build_html(path: Path) -> None:
    path.write_bytes(notice_html().encode("utf-8"))


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((FARES_FILENAME, build_docx), (REPORT_FILENAME, build_pdf),
                              (FIGURES_FILENAME, build_xlsx), (DECK_FILENAME, build_pptx),
                              (NOTICE_FILENAME, build_html)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
