"""Write the five documents of the twenty-eighth holdout corpus (tests/data/holdout28/README.md).

One fictional social-welfare corporation, 社会福祉法人しののめ福祉会 (head office in the fictional
東雲野市), running four nursery schools and two after-school clubs, and five documents its staff
and parents would look things up in: the fee schedule and guidance for parents as a PDF (monthly
fees by age class and income band with a two-row header, extended-care fees by facility and time
slot new beside old, in a table that crosses a page break inside one facility's group, club fees),
a deck for the directors' meeting as PowerPoint (fiscal 2027 enrolment targets, the year's events
by month, priorities, with speaker notes), an all-staff e-mail (.eml) on new opening hours and the
summer and new-year closing days, the staff work rules (extract) as Word (shift times, shift
allowances new and old under a two-row header, paid leave by years of service, childcare leave) and
the enrolment figures of fiscal 2026 as Excel (month by month and facility by facility, occupancy
rate and children per staff member, children by age). What the documents say is in
holdout28_content.py; this file lays them out. Every name and figure is invented.

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail is
fixed text with a fixed date and message id.

    .venv/bin/python tests/data/holdout28/make_holdout28.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the documents

import holdout28_content as content  # noqa: E402
from tests.data.corpus_tools import (  # noqa: E402
    CID_FONT,
    docx_east_asian_font,
    docx_header_row,
    normalize_zip,
    pptx_fill,
    pptx_font,
    pptx_place,
    print_sizes,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 5, 10, 10, 15, 0)
HEADER_FILL = "FCE4D6"

# ---------------------------------------------------------------------------------------------
# PDF: laid out by reportlab with its built-in CID font, in invariant mode. The fee table has two
# header rows (each age class over 標準時間 and 短時間), repeated with the table on a new page.


def build_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    body = ParagraphStyle("body", fontName=CID_FONT, fontSize=10, leading=16, wordWrap="CJK")
    heading = ParagraphStyle("heading", parent=body, fontSize=12.5, leading=18, spaceBefore=8, spaceAfter=3)
    title_style = ParagraphStyle("title", parent=body, fontSize=14.5, leading=21, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11.5)
    fill = colors.HexColor("#" + HEADER_FILL)

    def table(rows: list[list[str]], widths: list[float], header_rows: int, spans: list[tuple] = ()) -> Table:
        flowable = Table([[Paragraph(value, cell) for value in row] for row in rows], colWidths=[w * mm for w in widths],
                         repeatRows=header_rows)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), fill),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        style.extend(("SPAN", start, end) for start, end in spans)
        flowable.setStyle(TableStyle(style))
        return flowable

    flow: list[object] = [Paragraph(content.FEES_TITLE, title_style)]
    for kind, value in content.FEES_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(value), heading))
        elif kind == "p":
            flow.append(Paragraph(str(value), body))
        elif kind == "fee_table":
            spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0)), ((4, 0), (5, 0)), ((6, 0), (7, 0))]
            flow.extend([table(content.fee_table(), [11, 53, 18.3, 18.3, 18.3, 18.3, 18.3, 18.3], 2, spans),
                         Spacer(1, 3 * mm)])
        elif kind == "table":
            assert isinstance(value, list)
            widths = [33, 32, 25, 25, 25, 30] if len(value[0]) == 6 else [36, 56, 27, 27, 24]
            flow.extend([table(value, widths, 1), Spacer(1, 3 * mm)])
    margin = 18 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=content.FEES_TITLE,
                                 author=content.FEES_AUTHOR, leftMargin=margin, rightMargin=margin,
                                 topMargin=margin, bottomMargin=margin)
    document.build(flow)


# ---------------------------------------------------------------------------------------------
# PPTX: the directors' meeting deck.


def _table_slide(presentation: object, title: str, rows: list[list[str]], widths: list[float], note: str,
                 speaker: str, *, row_height: float, size: int) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.5, 0.25, 12.3, 0.8)
    pptx_fill(slide.shapes.title.text_frame, [title], 24)
    height = row_height * len(rows)
    graphic = slide.shapes.add_table(len(rows), len(rows[0]), 0, 0, 0, 0)
    pptx_place(graphic, 0.5, 1.15, sum(widths), height)
    grid = graphic.table
    for column, width in enumerate(widths):
        grid.columns[column].width = int(width * 914400)
    for row_index, row in enumerate(rows):
        grid.rows[row_index].height = int(row_height * 914400)
        for column, value in enumerate(row):
            frame = grid.cell(row_index, column).text_frame
            frame.clear()
            run = frame.paragraphs[0].add_run()
            run.text = value
            pptx_font(run, size)
            run.font.bold = row_index == 0 or row[0] == "合計"
    box = slide.shapes.add_textbox(0, 0, 0, 0)
    pptx_place(box, 0.5, 1.25 + height, 12.3, 0.9)
    box.text_frame.word_wrap = True
    pptx_fill(box.text_frame, [note], 13)
    slide.notes_slide.notes_text_frame.text = speaker


def build_pptx(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    presentation.slide_width = Inches(13.333)
    presentation.slide_height = Inches(7.5)
    cover = presentation.slides.add_slide(presentation.slide_layouts[0])
    pptx_place(cover.shapes.title, 0.5, 1.9, 12.3, 1.5)
    pptx_fill(cover.shapes.title.text_frame, [content.DECK_TITLE], 32)
    pptx_place(cover.placeholders[1], 0.5, 3.7, 12.3, 1.8)
    pptx_fill(cover.placeholders[1].text_frame, content.DECK_COVER, 20)
    _table_slide(presentation, content.TARGETS_TITLE, content.targets_table(), [3.4, 1.9, 2.7, 2.3, 2.0],
                 content.TARGETS_NOTE, content.TARGETS_SPEAKER, row_height=0.5, size=15)
    _table_slide(presentation, content.EVENTS_TITLE, content.EVENTS_TABLE, [1.0, 9.3, 2.0],
                 content.EVENTS_NOTE, content.EVENTS_SPEAKER, row_height=0.4, size=12)
    points = presentation.slides.add_slide(presentation.slide_layouts[1])
    pptx_place(points.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(points.shapes.title.text_frame, [content.POINTS_TITLE], 26)
    pptx_place(points.placeholders[1], 0.5, 1.4, 12.3, 5.2)
    pptx_fill(points.placeholders[1].text_frame, content.POINTS, 18)
    points.notes_slide.notes_text_frame.text = content.POINTS_SPEAKER
    properties = presentation.core_properties
    properties.title = content.DECK_TITLE
    properties.author = f"{content.CORPORATION} 法人本部"
    properties.last_modified_by = f"{content.CORPORATION} 法人本部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# EML: one UTF-8 text part, base64, Japanese subject and sender encoded.


def mail_bytes() -> bytes:
    from email.headerregistry import Address
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    user, domain = content.MAIL_FROM.split("@")
    message["From"] = Address(content.MAIL_FROM_NAME, user, domain)
    message["To"] = content.MAIL_TO
    message["Subject"] = content.MAIL_SUBJECT
    message["Date"] = format_datetime(content.MAIL_DATE)
    message["Message-ID"] = content.MAIL_ID
    message.set_content(content.mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


# ---------------------------------------------------------------------------------------------
# DOCX: the staff work rules (extract).


def build_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = Document()
    for style_name in ("Normal", "Title", "Heading 1", "Table Grid"):
        docx_east_asian_font(document.styles[style_name])
    document.styles["Normal"].font.size = Pt(10.5)
    properties = document.core_properties
    properties.title = content.RULES_TITLE
    properties.author = f"{content.CORPORATION} 法人本部 総務課"
    properties.last_modified_by = f"{content.CORPORATION} 法人本部 総務課"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    document.add_heading(content.RULES_TITLE, level=0)

    def new_table(rows: int, cols: int) -> object:
        grid = document.add_table(rows=rows, cols=cols)
        grid.style = document.styles["Table Grid"]
        return grid

    def fill_row(grid: object, row_index: int, values: list[str] | tuple[str, ...]) -> None:
        for column_index, value in enumerate(values):
            if value:
                grid.cell(row_index, column_index).text = value  # type: ignore[attr-defined]

    def merge(grid: object, merges: tuple[tuple[int, int, int, int], ...]) -> None:
        for first_row, first_col, last_row, last_col in merges:
            top_left = grid.cell(first_row, first_col)  # type: ignore[attr-defined]
            text = top_left.text
            top_left.merge(grid.cell(last_row, last_col)).text = text  # type: ignore[attr-defined]

    for kind, value in content.RULES_BODY:
        if kind == "h1":
            document.add_heading(str(value), level=1)
        elif kind == "p":
            document.add_paragraph(str(value))
        elif kind == "right":
            document.add_paragraph(str(value)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "table":
            assert isinstance(value, list)
            grid = new_table(len(value), len(value[0]))
            for row_index, row in enumerate(value):
                fill_row(grid, row_index, row)
            docx_header_row(grid.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
        elif kind == "allowance_table":
            # Two header rows: the shift merged down; the amount per shift and the monthly cap
            # each over 改定後 and 改定前.
            grid = new_table(2 + len(content.SHIFT_ALLOWANCES), 5)
            fill_row(grid, 0, ["勤務区分", "1回あたりの手当額", "", "1か月の上限額", ""])
            fill_row(grid, 1, ["", "改定後", "改定前", "改定後", "改定前"])
            merge(grid, ((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)))
            docx_header_row(grid.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(grid.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
            for row_index, row in enumerate(content.SHIFT_ALLOWANCES, start=2):
                fill_row(grid, row_index, row)
        elif kind == "leave_table":
            # Two header rows as well: the part-timers' days per week under one heading.
            grid = new_table(2 + len(content.LEAVE_BANDS), 6)
            fill_row(grid, 0, ["勤続年数", "週5日以上又は週30時間以上", "週の所定労働日数（週30時間未満の職員）",
                               "", "", ""])
            fill_row(grid, 1, ["", "", "週4日", "週3日", "週2日", "週1日"])
            merge(grid, ((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5)))
            docx_header_row(grid.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(grid.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
            for row_index, row in enumerate(content.LEAVE_BANDS, start=2):
                fill_row(grid, row_index, row)
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# XLSX: enrolment figures of fiscal 2026.


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

    def data_row(sheet: object, row: int, label: str, values: list[tuple[float, str]], *, total: bool = False) -> None:
        cells = [sheet.cell(row=row, column=1, value=label)]  # type: ignore[attr-defined]
        for column, (value, number_format) in enumerate(values, start=2):
            cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
            cell.number_format = number_format
            cells.append(cell)
        for cell in cells:
            cell.border = border
            if total:
                cell.font = Font(bold=True)
                cell.fill = total_fill

    def counts(values: list[int]) -> list[tuple[float, str]]:
        return [(value, "#,##0") for value in values]

    workbook = Workbook()
    monthly = workbook.active
    monthly.title = "月別在籍児童数"
    sheet_head(monthly, "施設別・月別 在籍児童数（2026年度：各月1日現在、単位 人）",
               ["月"] + content.FACILITIES + ["合計"], [12, 16, 18, 16, 16, 18, 18, 10])
    for index, month in enumerate(content.MONTHS):
        values = [content.ENROLMENT[facility][index] for facility in content.FACILITIES]
        data_row(monthly, 3 + index, month, counts(values + [sum(values)]))
    totals = [sum(content.ENROLMENT[facility]) for facility in content.FACILITIES]
    data_row(monthly, 15, "合計", counts(totals + [sum(totals)]), total=True)
    data_row(monthly, 16, "月平均", [(round(value / 12, 4), "#,##0.0") for value in totals + [sum(totals)]])
    monthly.freeze_panes = "B3"

    rates = workbook.create_sheet("充足率・職員配置")
    sheet_head(rates, "施設別 定員充足率と職員配置（2027年3月1日現在）",
               ["施設", "定員（人）", "在籍児童数（人）", "充足率", "保育士・支援員数（人）", "職員1人当たり児童数（人）"],
               [22, 12, 16, 12, 20, 22])
    for row, (facility, capacity, enrolled, staff) in enumerate(content.CAPACITY, start=3):
        data_row(rates, row, facility, [(capacity, "#,##0"), (enrolled, "#,##0"),
                                        (round(enrolled / capacity, 4), "0.0%"), (staff, "#,##0"),
                                        (round(enrolled / staff, 3), "0.0")])
    capacity, enrolled, staff = (sum(row[index] for row in content.CAPACITY) for index in (1, 2, 3))
    data_row(rates, 3 + len(content.CAPACITY), "合計", [(capacity, "#,##0"), (enrolled, "#,##0"),
                                                       (round(enrolled / capacity, 4), "0.0%"), (staff, "#,##0"),
                                                       (round(enrolled / staff, 3), "0.0")], total=True)

    ages = workbook.create_sheet("年齢別在籍児童数")
    sheet_head(ages, "保育園別・年齢別 在籍児童数（2027年3月1日現在、単位 人）",
               ["保育園"] + content.AGES + ["合計"], [22, 10, 10, 10, 10, 10, 10, 10])
    for row, facility in enumerate(content.NURSERIES, start=3):
        values = content.BY_AGE[facility]
        data_row(ages, row, facility, counts(values + [sum(values)]))
    column_totals = [sum(content.BY_AGE[facility][index] for facility in content.NURSERIES) for index in range(6)]
    data_row(ages, 3 + len(content.NURSERIES), "合計", counts(column_totals + [sum(column_totals)]), total=True)

    notes = workbook.create_sheet("注記")
    for index, line in enumerate(content.FIGURES_NOTES, start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 110
    save_workbook(workbook, path, title=f"{content.CORPORATION} 在籍児童数・充足率（2026年度）",
                  creator=f"{content.CORPORATION} 法人本部 保育事業課", moment=FIXED_MOMENT)


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((content.FEES_FILENAME, build_pdf), (content.DECK_FILENAME, build_pptx),
                              (content.MAIL_FILENAME, build_eml), (content.RULES_FILENAME, build_docx),
                              (content.FIGURES_FILENAME, build_xlsx)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
