"""Write the five documents of the twenty-fifth holdout corpus (tests/data/holdout25/README.md).

One fictional foundation, 公益財団法人汐見野市文化スポーツ振興財団, which runs the civic hall, the
gymnasium, the indoor pool and a community centre of the fictional 汐見野市, and five documents its
staff would look things up in: the fee schedule as a PDF laid out by reportlab (fees by room, kind of
day and slot for residents and non-residents under two-row headers, the pool's tickets before and
after the revision, equipment; articles on booking windows, payment, reductions, refunds), the staff
work rules excerpt as Word (shifts, annual leave by years of service, special leave, overtime rates),
the users by facility and month for fiscal 2025 and 2026 as Excel (with event counts and notes), a
notice to citizens on the gymnasium's renovation closure as HTML, and an internal e-mail assigning
staff for the city festival weekend (.eml). What the documents say is in holdout25_content.py.

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the office
files a fixed creation date, reportlab writes in its invariant mode, the HTML is fixed text and the
e-mail is fixed text with a fixed date and message id.

    .venv/bin/python tests/data/holdout25/make_holdout25.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE))

from holdout25_content import (  # noqa: E402
    FEES_BLOCKS,
    FEES_FILENAME,
    FEES_TITLE,
    FIXED_MOMENT,
    FOUNDATION,
    HEADER_FILL,
    MAIL_CC,
    MAIL_DATE,
    MAIL_FILENAME,
    MAIL_FROM,
    MAIL_MESSAGE_ID,
    MAIL_SUBJECT,
    MAIL_TO,
    MONTHS,
    EVENT_KINDS,
    FACILITIES,
    NOTICE_FILENAME,
    RULES_BODY,
    RULES_FILENAME,
    RULES_TITLE,
    USERS,
    USERS_FILENAME,
    USERS_NOTES,
    mail_body,
    notice_html,
)

from tests.data.corpus_tools import (  # noqa: E402
    CID_FONT,
    docx_east_asian_font,
    docx_header_row,
    normalize_zip,
    print_sizes,
    save_workbook,
)

# ---------------------------------------------------------------------------------------------
# 1. PDF: the fee schedule, laid out by reportlab (two-row headers need spans, which
# corpus_tools.reportlab_pdf does not draw, so the layout is here; invariant mode as there).


def _two_row_spans(header: list[list[str]]) -> list[tuple]:
    """SPAN commands for a two-row header: a label over an empty cell to its right spans the
    columns; a first-row label over an empty second-row cell spans both rows."""
    top, bottom = header
    commands = []
    column = 0
    while column < len(top):
        if top[column] and not bottom[column]:
            commands.append(("SPAN", (column, 0), (column, 1)))
            column += 1
            continue
        end = column
        while end + 1 < len(top) and not top[end + 1]:
            end += 1
        if end > column:
            commands.append(("SPAN", (column, 0), (end, 0)))
        column = end + 1
    return commands


def build_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    body = ParagraphStyle("body", fontName=CID_FONT, fontSize=9.5, leading=15, wordWrap="CJK")
    right = ParagraphStyle("right", parent=body, fontSize=8.5, alignment=TA_RIGHT, spaceAfter=6)
    heading = ParagraphStyle("heading", parent=body, fontSize=11, leading=16, spaceBefore=7, spaceAfter=2)
    title = ParagraphStyle("title", parent=body, fontSize=15, leading=21, alignment=TA_CENTER, spaceAfter=4)
    cell = ParagraphStyle("cell", parent=body, fontSize=7.5, leading=10)
    number = ParagraphStyle("number", parent=cell, alignment=TA_RIGHT)
    head_cell = ParagraphStyle("head", parent=cell, alignment=TA_CENTER)
    width = A4[0] - 2 * 16 * mm
    grey = colors.HexColor("#808080")
    fill = colors.HexColor("#" + HEADER_FILL)

    def grid(rows: list[list[str]], header_rows: int, widths: list[float], spans: list[tuple]) -> Table:
        data = []
        for index, row in enumerate(rows):
            styled = []
            for column, value in enumerate(row):
                if index < header_rows:
                    style = head_cell
                elif column > 0 and value and (value[0].isdigit() or value == "―"):
                    style = number
                else:
                    style = cell
                styled.append(Paragraph(value, style))
            data.append(styled)
        table = Table(data, colWidths=widths, repeatRows=header_rows)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, grey),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), fill),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
            ("VALIGN", (0, header_rows), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ] + spans))
        return table

    flow: list[object] = [Paragraph(FEES_TITLE, title)]
    for kind, content in FEES_BLOCKS:
        if kind == "right":
            flow.append(Paragraph(str(content), right))
        elif kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "fees":
            header, rows = content  # type: ignore[misc]
            by_day = len(header[0]) == 10
            label = [34 * mm, 12 * mm] if by_day else [40 * mm]
            rest = (width - sum(label)) / 8
            spans = _two_row_spans(header)
            if by_day:
                # The room merged down over its 平日 and 土日祝 rows.
                spans += [("SPAN", (0, row), (0, row + 1)) for row in range(2, 2 + len(rows), 2)]
            flow.extend([grid(header + rows, 2, label + [rest] * 8, spans), Spacer(1, 3 * mm)])
        elif kind == "grid":
            rows = content  # type: ignore[assignment]
            columns = len(rows[0])  # type: ignore[index]
            first = 38 * mm
            rest = (width - first) / (columns - 1)
            flow.extend([grid(rows, 2, [first] + [rest] * (columns - 1), _two_row_spans(rows[:2])),  # type: ignore[index]
                         Spacer(1, 3 * mm)])
        elif kind == "table":
            rows = content  # type: ignore[assignment]
            flow.extend([grid(rows, 1, [62 * mm, 28 * mm, 30 * mm, 30 * mm], []), Spacer(1, 3 * mm)])  # type: ignore[arg-type]
        else:
            raise ValueError(kind)
    margin = 16 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=FEES_TITLE,
                                 author=f"{FOUNDATION} 事務局 施設管理課", leftMargin=margin, rightMargin=margin,
                                 topMargin=margin, bottomMargin=margin)
    document.build(flow)


# ---------------------------------------------------------------------------------------------
# 2. DOCX: the work rules excerpt.


def build_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = Document()
    for style_name in ("Normal", "Title", "Heading 1", "Heading 2", "Table Grid"):
        docx_east_asian_font(document.styles[style_name])
    document.styles["Normal"].font.size = Pt(10.5)
    properties = document.core_properties
    properties.title = RULES_TITLE
    properties.author = f"{FOUNDATION} 事務局総務課"
    properties.last_modified_by = f"{FOUNDATION} 事務局総務課"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    document.add_heading(RULES_TITLE, level=0)

    def new_table(rows: list[list[str]]) -> object:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = document.styles["Table Grid"]
        for row_index, row in enumerate(rows):
            for column_index, value in enumerate(row):
                if value:
                    table.cell(row_index, column_index).text = value
        return table

    for kind, content in RULES_BODY:
        if kind == "h1":
            document.add_heading(str(content), level=1)
        elif kind == "h2":
            document.add_heading(str(content), level=2)
        elif kind == "p":
            document.add_paragraph(str(content))
        elif kind == "right":
            document.add_paragraph(str(content)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "table":
            table = new_table(content)  # type: ignore[arg-type]
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
        elif kind == "leave_table":
            # Two header rows: the years of service and 正規職員 merged down, 嘱託職員 over the
            # three kinds of week.
            table = new_table(content)  # type: ignore[arg-type]
            for first, last in (((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 4))):
                top_left = table.cell(*first)  # type: ignore[attr-defined]
                text = top_left.text
                top_left.merge(table.cell(*last)).text = text  # type: ignore[attr-defined]
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(table.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
        else:
            raise ValueError(kind)
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 3. XLSX: users by facility and month, events, notes.


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
    first = True
    for year, users in USERS.items():
        sheet = workbook.active if first else workbook.create_sheet()
        first = False
        sheet.title = f"{year}年度利用者数"
        sheet_head(sheet, f"施設別・月別 利用者数（{year}年度：{year}年4月〜{year + 1}年3月）（単位：人）",
                   ["月"] + FACILITIES + ["合計"], [10, 14, 14, 14, 24, 14])
        for index, month in enumerate(MONTHS):
            values = [users[facility][index] for facility in users]
            data_row(sheet, 3 + index, month, values + [sum(values)])
        totals = [sum(values) for values in users.values()]
        data_row(sheet, 3 + len(MONTHS), "合計", totals + [sum(totals)], total=True)
        sheet.freeze_panes = "B3"

    events = workbook.create_sheet("事業別開催件数")
    sheet_head(events, "事業区分別・会場別 開催件数（2026年度）（単位：件）",
               ["事業区分"] + FACILITIES + ["2026年度 合計", "2025年度 合計"], [30, 12, 12, 12, 24, 14, 14])
    for index, (kind, *counts) in enumerate(EVENT_KINDS, start=3):
        by_place = list(counts[:4])
        data_row(events, index, kind, by_place + [sum(by_place), counts[4]])
    columns = [[row[column] for row in EVENT_KINDS] for column in range(1, 6)]
    place_totals = [sum(values) for values in columns[:4]]
    data_row(events, 3 + len(EVENT_KINDS), "合計", place_totals + [sum(place_totals), sum(columns[4])], total=True)

    notes = workbook.create_sheet("注記")
    for index, line in enumerate(USERS_NOTES, start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 120
    save_workbook(workbook, path, title=f"{FOUNDATION} 施設別月別利用者数（2025・2026年度）",
                  creator=f"{FOUNDATION} 事務局 事業課", moment=FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 4. HTML and 5. EML.


def build_html(path: Path) -> None:
    path.write_bytes(notice_html().encode("utf-8"))


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = MAIL_FROM
    message["To"] = MAIL_TO
    message["Cc"] = MAIL_CC
    message["Subject"] = MAIL_SUBJECT
    message["Date"] = format_datetime(MAIL_DATE)
    message["Message-ID"] = MAIL_MESSAGE_ID
    message.set_content(mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((FEES_FILENAME, build_pdf), (RULES_FILENAME, build_docx),
                              (USERS_FILENAME, build_xlsx), (NOTICE_FILENAME, build_html),
                              (MAIL_FILENAME, build_eml)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
