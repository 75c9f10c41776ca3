"""Write the five documents of the twenty-seventh holdout corpus (tests/data/holdout27/README.md).

One fictional regional commercial printing and packaging company, 朝凪印刷紙器株式会社 (head office in
the fictional 朝凪市; two factories, 汐入工場 and 高原工場; three sales offices, 中央営業所, 北部営業所
and 南浜営業所), and five documents its staff would look things up in: the price list for printing
jobs as Word (A4 flyers banded by print run with a two-row header, colour and mono each over 改定後
and 改定前; size factors, booklets, rush surcharges), the fiscal-2026 production and quality report as
a PDF (output and defect rates by factory × product line × quarter, a table that crosses a page
break inside the 高原工場 group, subtotals and a total), the orders by sales office as Excel (monthly
amounts and counts, on-time delivery rates as 0.0%, a notes sheet), the factory safety rulebook as
Markdown and the intranet page on the year-end holidays and shipping cut-offs as HTML. The texts
and figures are in holdout27_content.py.

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the Markdown and
HTML are fixed text.

    .venv/bin/python tests/data/holdout27/make_holdout27.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE))

from holdout27_content import (  # noqa: E402
    COMPANY,
    DELIVERIES,
    HEADER_FILL,
    HOLIDAY_FILENAME,
    MONTHS,
    OFFICES,
    ON_TIME_TARGET,
    ORDER_AMOUNTS,
    ORDER_COUNTS,
    ORDERS_FILENAME,
    PRICES_BODY,
    PRICES_FILENAME,
    PRICES_TITLE,
    REPORT_FILENAME,
    REPORT_TITLE,
    RULES_FILENAME,
    RUN_BANDS,
    holiday_html,
    report_blocks,
    rules_text,
)

from tests.data.corpus_tools import (  # noqa: E402
    ReportLayout,
    docx_east_asian_font,
    docx_header_row,
    normalize_zip,
    print_sizes,
    reportlab_pdf,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 5, 20, 10, 0, 0)

REPORT_LAYOUT = ReportLayout(
    body_size=10.5, body_leading=17, heading_size=13, heading_leading=19, heading_space_before=9,
    heading_space_after=4, title_size=14, title_leading=20, table_header_colour="#" + HEADER_FILL,
    table_gap_mm=4, margin_mm=20,
)


def build_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = Document()
    for style_name in ("Normal", "Title", "Heading 1", "Table Grid"):
        docx_east_asian_font(document.styles[style_name])
    document.styles["Normal"].font.size = Pt(10.5)
    properties = document.core_properties
    properties.title = PRICES_TITLE
    properties.author = f"{COMPANY} 営業本部"
    properties.last_modified_by = f"{COMPANY} 営業本部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    document.add_heading(PRICES_TITLE, level=0)

    def new_table(rows: int, cols: int) -> object:
        table = document.add_table(rows=rows, cols=cols)
        table.style = document.styles["Table Grid"]
        return table

    def fill_row(table: object, row_index: int, values: list[str] | tuple[str, ...]) -> None:
        for column_index, value in enumerate(values):
            if value:
                table.cell(row_index, column_index).text = value  # type: ignore[attr-defined]

    for kind, content in PRICES_BODY:
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
            # Two header rows: the print run merged down; colour and mono each over 改定後 and 改定前.
            table = new_table(2 + len(RUN_BANDS), 5)
            fill_row(table, 0, ["印刷部数", "カラー（4色）1部あたり単価", "", "モノクロ（1色）1部あたり単価", ""])
            fill_row(table, 1, ["", "改定後", "改定前", "改定後", "改定前"])
            for first_row, first_col, last_row, last_col in ((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)):
                top_left = table.cell(first_row, first_col)  # type: ignore[attr-defined]
                text = top_left.text
                top_left.merge(table.cell(last_row, last_col)).text = text  # type: ignore[attr-defined]
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(table.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
            for row_index, row in enumerate(RUN_BANDS, start=2):
                fill_row(table, row_index, row)
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_pdf(path: Path) -> None:
    reportlab_pdf(path, title=REPORT_TITLE, author=f"{COMPANY} 生産本部", blocks=report_blocks(),  # type: ignore[arg-type]
                  layout=REPORT_LAYOUT)


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

    def data_row(sheet: object, row: int, label: str, values: list[object], formats: list[str], *,
                 total: bool = False) -> None:
        cells = [sheet.cell(row=row, column=1, value=label)]  # type: ignore[attr-defined]
        for column, (value, number_format) in enumerate(zip(values, formats), start=2):
            cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
            cell.number_format = number_format
            cells.append(cell)
        for cell in cells:
            cell.border = border
            if total:
                cell.font = Font(bold=True)
                cell.fill = total_fill

    workbook = Workbook()
    for title, figures, sheet_title in (
        ("月別受注金額", ORDER_AMOUNTS, "営業所別・月別 受注金額（2026年度：2026年4月〜2027年3月、単位：千円、税抜）"),
        ("月別受注件数", ORDER_COUNTS, "営業所別・月別 受注件数（2026年度：2026年4月〜2027年3月、単位：件）"),
    ):
        sheet = workbook.active if title == "月別受注金額" else workbook.create_sheet(title)
        sheet.title = title
        sheet_head(sheet, sheet_title, ["月"] + OFFICES + ["合計"], [10, 14, 14, 14, 14])
        for index, month in enumerate(MONTHS):
            values = [figures[office][index] for office in OFFICES]
            data_row(sheet, 3 + index, month, values + [sum(values)], ["#,##0"] * 4)
        totals = [sum(figures[office]) for office in OFFICES]
        data_row(sheet, 3 + len(MONTHS), "合計", totals + [sum(totals)], ["#,##0"] * 4, total=True)
        sheet.freeze_panes = "B3"

    delivery = workbook.create_sheet("納期遵守率")
    sheet_head(delivery, "営業所別 納期遵守率（2026年度）",
               ["営業所", "納品件数（件）", "うち納期内の納品（件）", "納期遵守率", "前年度の納期遵守率", "目標"],
               [16, 16, 22, 14, 20, 10])
    formats = ["#,##0", "#,##0", "0.0%", "0.0%", "0.0%"]
    for index, office in enumerate(OFFICES, start=3):
        delivered, on_time, previous = DELIVERIES[office]
        data_row(delivery, index, office, [delivered, on_time, on_time / delivered, previous, ON_TIME_TARGET], formats)
    delivered = sum(value[0] for value in DELIVERIES.values())
    on_time = sum(value[1] for value in DELIVERIES.values())
    data_row(delivery, 3 + len(OFFICES), "全社", [delivered, on_time, on_time / delivered, 0.956, ON_TIME_TARGET],
             formats, total=True)

    notes = workbook.create_sheet("注記")
    for index, line in enumerate([
        "注記",
        "1. 2026年度は2026年4月1日〜2027年3月31日。月別の1月〜3月は2027年の月。",
        "2. 受注金額は受注日で計上した税抜の金額（千円未満切捨て）。受注後に取り消された案件は含まない。",
        "3. 受注件数は見積番号ごとに1件と数える。同じ注文で品目が複数あっても1件とする。",
        "4. 本社営業部が直接受注した案件（官公庁の入札案件）は、この表に含まない。",
        "5. 納期遵守率は、お客さまと約束した納品日までに納品した件数の、納品件数に対する割合。"
        "お客さまの都合で納品日を変更した案件は、変更後の納品日で判定する。",
        "6. 納期遵守率の目標97.0%は2026年度・2027年度とも同じ。",
    ], start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 110
    save_workbook(workbook, path, title=f"{COMPANY} 営業所別受注実績（2026年度）",
                  creator=f"{COMPANY} 営業本部", moment=FIXED_MOMENT)


def build_md(path: Path) -> None:
    path.write_bytes(rules_text().encode("utf-8"))


def build_html(path: Path) -> None:
    path.write_bytes(holiday_html().encode("utf-8"))


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((PRICES_FILENAME, build_docx), (REPORT_FILENAME, build_pdf),
                              (ORDERS_FILENAME, build_xlsx), (RULES_FILENAME, build_md),
                              (HOLIDAY_FILENAME, build_html)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
