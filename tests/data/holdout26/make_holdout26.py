"""Write the five documents of the twenty-sixth holdout corpus (tests/data/holdout26/README.md).

One fictional SaaS company, 汐見原ビジネスソフト株式会社 (fictional 汐見原市), which sells the cloud
business application 「ツナギクラウド」 and runs its own internal IT, and five documents its staff
would look things up in: the price list and terms as Word (monthly and annual fees per user by plan
and by user band under two-row headers, new beside old; options; SLA, support, data retention,
cancellation and storage overage in prose), the operations report of fiscal 2026 as a PDF
(availability, incidents and downtime by service and quarter, the service written only on the first
row of its group with a 年間 row per service, a table that crosses from page 1 to page 2; the three
largest incidents; next year's targets), the support tickets of fiscal 2026 as Excel (tickets by
month and product, first-response SLA attainment by month and priority, notes), a product roadmap
deck for the sales team as PowerPoint (releases by quarter, a campaign, a headcount plan, the price
revision; speaker notes) and the internal IT security rules as an HTML page of the intranet.
The texts and figures are in holdout26_content.py; this file lays them out.

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the HTML page is
fixed text.

    .venv/bin/python tests/data/holdout26/make_holdout26.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # no __pycache__ beside the documents
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE))

import holdout26_content as content  # noqa: E402
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

MOMENT = content.FIXED_MOMENT
COMPANY = content.COMPANY
HEADER_FILL = content.HEADER_FILL

REPORT_LAYOUT = ReportLayout(
    body_size=10.5, body_leading=17, heading_size=13, heading_leading=19, heading_space_before=9,
    heading_space_after=4, title_size=14, title_leading=20, table_header_colour="#" + HEADER_FILL,
    table_gap_mm=4, margin_mm=20,
)


# ---------------------------------------------------------------------------------------------
# 1. DOCX

def build_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = Document()
    for style_name in ("Normal", "Title", "Heading 1", "Table Grid"):
        docx_east_asian_font(document.styles[style_name])
    document.styles["Normal"].font.size = Pt(10.5)
    properties = document.core_properties
    properties.title = content.PRICES_TITLE
    properties.author = f"{COMPANY} 営業部"
    properties.last_modified_by = f"{COMPANY} 営業部"
    properties.created = MOMENT
    properties.modified = MOMENT
    properties.revision = 3
    document.add_heading(content.PRICES_TITLE, level=0)

    def new_table(rows: int, cols: int) -> object:
        table = document.add_table(rows=rows, cols=cols)
        table.style = document.styles["Table Grid"]
        return table

    def fill_row(table: object, row_index: int, values: list[str]) -> None:
        for column_index, value in enumerate(values):
            if value:
                table.cell(row_index, column_index).text = value  # type: ignore[attr-defined]

    for kind, body in content.PRICES_BODY:
        if kind == "h1":
            document.add_heading(str(body), level=1)
        elif kind == "p":
            document.add_paragraph(str(body))
        elif kind == "right":
            document.add_paragraph(str(body)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "table":
            assert isinstance(body, list)
            table = new_table(len(body), len(body[0]))
            for row_index, row in enumerate(body):
                fill_row(table, row_index, row)
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
        elif kind == "fee_table":
            which, caption = body  # type: ignore[misc]
            caption_paragraph = document.add_paragraph()
            caption_paragraph.add_run(caption).bold = True
            fees = content.MONTHLY if which == "monthly" else content.ANNUAL
            rows = content.fee_rows(fees)
            # Two header rows: the plan merged down; each user band over 改定後 and 改定前.
            table = new_table(2 + len(rows), 1 + 2 * len(content.BANDS))
            top = ["プラン"]
            for band in content.BANDS:
                top += [band, ""]
            fill_row(table, 0, top)
            fill_row(table, 1, [""] + ["改定後", "改定前"] * len(content.BANDS))
            merges = [(0, 0, 1, 0)] + [(0, 1 + 2 * index, 0, 2 + 2 * index) for index in range(len(content.BANDS))]
            for first_row, first_col, last_row, last_col in merges:
                top_left = table.cell(first_row, first_col)  # type: ignore[attr-defined]
                text = top_left.text
                top_left.merge(table.cell(last_row, last_col)).text = text  # type: ignore[attr-defined]
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(table.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
            for row_index, row in enumerate(rows, start=2):
                fill_row(table, row_index, row)
    document.save(str(path))
    normalize_zip(path, MOMENT)


# ---------------------------------------------------------------------------------------------
# 2. PDF

def build_pdf(path: Path) -> None:
    reportlab_pdf(path, title=content.REPORT_TITLE, author=f"{COMPANY} SRE・運用部",
                  blocks=content.REPORT_BLOCKS, layout=REPORT_LAYOUT)  # type: ignore[arg-type]


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

    def data_row(sheet: object, row: int, label: str, numbers: list[float], number_format: str, *,
                 total: bool = False) -> None:
        cells = [sheet.cell(row=row, column=1, value=label)]  # type: ignore[attr-defined]
        for column, value in enumerate(numbers, start=2):
            cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
            cell.number_format = number_format
            cells.append(cell)
        for cell in cells:
            cell.border = border
            if total:
                cell.font = Font(bold=True)
                cell.fill = total_fill

    workbook = Workbook()
    tickets = workbook.active
    tickets.title = "月別問い合わせ件数"
    sheet_head(tickets, "製品別・月別 サポート問い合わせ件数（2026年度：2026年4月〜2027年3月）",
               ["月"] + content.TICKET_PRODUCTS + ["合計"], [10, 12, 12, 14, 12, 18, 12])
    for index, month in enumerate(content.MONTHS):
        values = [content.TICKETS[product][index] for product in content.TICKET_PRODUCTS]
        data_row(tickets, 3 + index, month, values + [sum(values)], "#,##0")
    data_row(tickets, 3 + len(content.MONTHS), "合計",
             [content.TICKET_PRODUCT_TOTALS[product] for product in content.TICKET_PRODUCTS] + [content.TICKET_TOTAL],
             "#,##0", total=True)
    tickets.freeze_panes = "B3"

    sla = workbook.create_sheet("SLA達成率")
    sheet_head(sla, "優先度別 初回応答SLA達成率（2026年度）", ["月"] + content.SLA_COLUMNS, [10, 14, 14, 14, 14])
    for index, month in enumerate(content.MONTHS):
        data_row(sla, 3 + index, month, list(content.SLA[index]), "0.0%")
    data_row(sla, 3 + len(content.MONTHS), "年間", list(content.SLA_YEAR), "0.0%", total=True)
    data_row(sla, 4 + len(content.MONTHS), "目標", list(content.SLA_TARGET), "0.0%")
    sla.freeze_panes = "B3"

    notes = workbook.create_sheet("注記")
    for index, line in enumerate(content.TICKET_NOTES, start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 120
    save_workbook(workbook, path, title=f"{COMPANY} サポート問い合わせ件数（2026年度）",
                  creator=f"{COMPANY} カスタマーサクセス部", moment=MOMENT)


# ---------------------------------------------------------------------------------------------
# 4. PPTX

def _table_slide(presentation: object, title: str, rows: list[list[str]], widths: list[float], note: str,
                 speaker: str) -> None:
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
            run = frame.paragraphs[0].add_run()
            run.text = value
            pptx_font(run, 13)
            run.font.bold = row_index == 0 or row[0] == "合計"
    box = slide.shapes.add_textbox(0, 0, 0, 0)
    pptx_place(box, 0.5, 1.5 + height, 12.3, 1.2)
    box.text_frame.word_wrap = True
    pptx_fill(box.text_frame, [note], 14)
    slide.notes_slide.notes_text_frame.text = speaker


def _bullet_slide(presentation: object, title: str, lines: list[str], speaker: str) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [title], 26)
    pptx_place(slide.placeholders[1], 0.5, 1.4, 12.3, 5.4)
    pptx_fill(slide.placeholders[1].text_frame, lines, 18)
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
    _table_slide(presentation, content.RELEASES_TITLE, content.RELEASES_TABLE, [2.6, 2.2, 3.0, 4.5],
                 content.RELEASES_NOTE, content.RELEASES_SPEAKER)
    _bullet_slide(presentation, content.CAMPAIGN_TITLE, content.CAMPAIGN, content.CAMPAIGN_SPEAKER)
    _table_slide(presentation, content.HEADCOUNT_TITLE, content.HEADCOUNT_TABLE, [3.6, 2.8, 2.8, 2.0],
                 content.HEADCOUNT_NOTE, content.HEADCOUNT_SPEAKER)
    _bullet_slide(presentation, content.PRICE_POINTS_TITLE, content.PRICE_POINTS, content.PRICE_POINTS_SPEAKER)
    properties = presentation.core_properties
    properties.title = content.DECK_TITLE
    properties.author = f"{COMPANY} プロダクト企画部"
    properties.last_modified_by = f"{COMPANY} プロダクト企画部"
    properties.created = MOMENT
    properties.modified = MOMENT
    properties.revision = 2
    presentation.save(str(path))
    normalize_zip(path, MOMENT)


# ---------------------------------------------------------------------------------------------
# 5. HTML

def build_html(path: Path) -> None:
    path.write_bytes(content.rules_html().encode("utf-8"))


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((content.PRICES_FILENAME, build_docx), (content.REPORT_FILENAME, build_pdf),
                              (content.TICKETS_FILENAME, build_xlsx), (content.DECK_FILENAME, build_pptx),
                              (content.RULES_FILENAME, build_html)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
