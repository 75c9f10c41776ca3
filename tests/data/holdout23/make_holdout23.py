"""Write the five documents of the twenty-third holdout corpus (tests/data/holdout23/README.md).

One fictional residential property manager, 株式会社こもれび住宅管理 (head office in the fictional
柚原市; 本店 and four branch offices, 駅北営業所, 川端営業所, 桔梗が丘営業所 and 南浜営業所), and five
documents its staff would look things up in: the regulation of management fees and charges as a
PDF laid out by reportlab (the monthly management fee and the move-out inspection fee banded by
floor area with a two-row header, each over 改定後 and 改定前; the common-area fee banded by the
number of units; a table of charges; notice, renewal and remittance rules in prose), the repair
report of fiscal 2026 by managed building as a second PDF (the building written only on the first
row of its group, a 小計 row per building, a table that crosses a page break and ends with 合計),
the fiscal 2026 figures as Excel (move-ins and move-outs month by month and office by office,
repair requests by kind and office), the staff handbook for dealing with residents as Word
(response-time targets, emergency procedures in numbered steps, a contact table) and an all-office
e-mail (.eml) on the year-end closing days and emergency contacts. The figures and texts are in
h23_content.py beside this file; this file lays them out.

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail is
fixed text with a fixed date and message id.

    .venv/bin/python tests/data/holdout23/make_holdout23.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the documents

import h23_content as c  # noqa: E402

from tests.data.corpus_tools import (  # noqa: E402
    CID_FONT,
    docx_east_asian_font,
    docx_header_row,
    normalize_zip,
    print_sizes,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 12, 6, 10, 0, 0)
HEADER_FILL = "E4EFDC"
MARGIN_MM = 20

# Column widths in points (A4 less two 20 mm margins leaves about 482 pt).
WIDTHS = {
    "area": [130, 88, 88, 88, 88],
    "units": [122, 120, 120, 120],
    "fees": [212, 60, 105, 105],
    "buildings": [110, 82, 80, 46, 50, 114],
    "repairs": [96, 102, 60, 60, 82, 82],
}


def _pdf(path: Path, *, title: str, author: str, blocks: list[tuple[str, object]]) -> None:
    """An A4 report of headings, paragraphs and tables laid out by reportlab in its invariant mode
    (the same bytes on every run). Tables repeat their header rows on a new page; the area-band
    table has two header rows, one cell merged down and two merged across."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    body = ParagraphStyle("body", fontName=CID_FONT, fontSize=10.5, leading=17, wordWrap="CJK")
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT, spaceAfter=4)
    heading = ParagraphStyle("heading", parent=body, fontSize=13, leading=19, spaceBefore=9, spaceAfter=4)
    title_style = ParagraphStyle("title", parent=body, fontSize=14, leading=20, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12)
    header_colour = colors.HexColor("#" + HEADER_FILL)

    def table(rows: list[list[str]], widths: list[int], header_rows: int, spans: list[tuple]) -> Table:
        flowable = Table([[Paragraph(value, cell) for value in row] for row in rows], repeatRows=header_rows,
                         colWidths=widths, hAlign="LEFT")
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), header_colour),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
        style += [("SPAN", start, end) for start, end in spans]
        flowable.setStyle(TableStyle(style))
        return flowable

    flow: list[object] = [Paragraph(title, title_style)]
    for kind, content in blocks:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "right":
            flow.append(Paragraph(str(content), right))
        elif kind == "area_table":
            flow.extend([table(c.AREA_TABLE, WIDTHS["area"], 2, [((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))]),
                         Spacer(1, 3 * mm)])
        elif kind == "table":
            assert isinstance(content, list)
            named = {id(c.UNIT_TABLE): "units", id(c.FEES_TABLE): "fees", id(c.BUILDING_TABLE): "buildings",
                     id(c.REPAIR_TABLE): "repairs"}
            widths = WIDTHS[named[id(content)]]
            flow.extend([table(content, widths, 1, []), Spacer(1, 3 * mm)])
        else:
            raise ValueError(kind)
    margin = MARGIN_MM * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=title, author=author,
                                 leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin)
    document.build(flow)


def build_rules(path: Path) -> None:
    _pdf(path, title=c.RULES_TITLE, author=f"{c.COMPANY} 管理本部", blocks=c.RULES_BLOCKS)


def build_report(path: Path) -> None:
    _pdf(path, title=c.REPORT_TITLE, author=f"{c.COMPANY} 管理本部 建物管理課", blocks=c.REPORT_BLOCKS)


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

    def monthly_sheet(sheet: object, title: str, figures: dict[str, list[int]]) -> None:
        sheet_head(sheet, title, ["月"] + c.OFFICES + ["合計"], [10, 12, 14, 14, 16, 14, 12])
        for index, month in enumerate(c.MONTHS):
            values = [figures[office][index] for office in c.OFFICES]
            data_row(sheet, 3 + index, month, values + [sum(values)])
        data_row(sheet, 3 + len(c.MONTHS), "合計",
                 [sum(figures[office]) for office in c.OFFICES] + [sum(c.month_totals(figures))], total=True)
        sheet.freeze_panes = "B3"  # type: ignore[attr-defined]

    workbook = Workbook()
    move_ins = workbook.active
    move_ins.title = "月別入居件数"
    monthly_sheet(move_ins, "営業所別・月別 入居件数（件）（2026年度：2026年4月〜2027年3月）", c.MOVE_INS)
    move_outs = workbook.create_sheet("月別退去件数")
    monthly_sheet(move_outs, "営業所別・月別 退去件数（件）（2026年度：2026年4月〜2027年3月）", c.MOVE_OUTS)

    requests = workbook.create_sheet("修繕依頼受付件数")
    sheet_head(requests, "営業所別・区分別 修繕依頼受付件数（件）（2026年度）",
               ["依頼の区分"] + c.OFFICES + ["合計", "前年度合計"], [24, 10, 12, 12, 14, 12, 10, 12])
    for index, (kind, values, previous) in enumerate(c.REQUEST_KINDS, start=3):
        data_row(requests, index, kind, values + [sum(values), previous])
    columns = [sum(values[office] for _, values, _ in c.REQUEST_KINDS) for office in range(len(c.OFFICES))]
    data_row(requests, 3 + len(c.REQUEST_KINDS), "合計",
             columns + [sum(columns), sum(previous for _, _, previous in c.REQUEST_KINDS)], total=True)

    notes = workbook.create_sheet("注記")
    for index, line in enumerate(c.XLSX_NOTES, start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 110
    save_workbook(workbook, path, title=f"{c.COMPANY} 月別入居・退去件数（2026年度）",
                  creator=f"{c.COMPANY} 管理本部", moment=FIXED_MOMENT)


def build_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = Document()
    for style_name in ("Normal", "Title", "Heading 1", "Heading 2", "Table Grid"):
        docx_east_asian_font(document.styles[style_name])
    document.styles["Normal"].font.size = Pt(10.5)
    properties = document.core_properties
    properties.title = c.MANUAL_TITLE
    properties.author = f"{c.COMPANY} 管理本部"
    properties.last_modified_by = f"{c.COMPANY} 管理本部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    document.add_heading(c.MANUAL_TITLE, level=0)
    for kind, content in c.MANUAL_BODY:
        if kind == "h1":
            document.add_heading(str(content), level=1)
        elif kind == "h2":
            document.add_heading(str(content), level=2)
        elif kind == "p":
            document.add_paragraph(str(content))
        elif kind == "right":
            document.add_paragraph(str(content)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "table":
            assert isinstance(content, list)
            table = document.add_table(rows=len(content), cols=len(content[0]))
            table.style = document.styles["Table Grid"]
            for row_index, row in enumerate(content):
                for column_index, value in enumerate(row):
                    table.cell(row_index, column_index).text = value
            docx_header_row(table.rows[0], HEADER_FILL)
        else:
            raise ValueError(kind)
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = f"{c.COMPANY} 総務部 <soumu@{c.DOMAIN}>"
    message["To"] = f"全営業所 所長・スタッフ <all-offices@{c.DOMAIN}>"
    message["Subject"] = c.MAIL_SUBJECT
    message["Date"] = format_datetime(datetime.datetime(2027, 12, 6, 10, 0, 0,
                                                        tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    message["Message-ID"] = f"<20271206100000.year-end@{c.DOMAIN}>"
    message.set_content(c.mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((c.RULES_FILENAME, build_rules), (c.REPORT_FILENAME, build_report),
                              (c.FIGURES_FILENAME, build_xlsx), (c.MANUAL_FILENAME, build_docx),
                              (c.MAIL_FILENAME, build_eml)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
