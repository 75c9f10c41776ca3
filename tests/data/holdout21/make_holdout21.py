"""Write the five documents of the twenty-first holdout corpus (tests/data/holdout21/README.md).

One fictional chain of cram schools, 株式会社あさぎり教育 (head office in the fictional 朝霧市),
which runs group classes as あさぎり進学塾 and individual tutoring as あさぎり個別指導ゼミ in five
classrooms (駅前教室, 本町教室, 緑ヶ丘教室, 川西教室, 若葉台教室), and five documents its staff would
look things up in: the tuition regulation as Word (monthly tuition by grade band and lessons a week
with a two-row header, each over 改定後 and 改定前; tutoring by sessions a month; seasonal courses;
discounts and rules in prose), the report on the spring 2027 high-school entrance results as a PDF
(classroom written only on the first row of its group, a 小計 row per classroom, a table that
crosses a page break and ends with 合計; enrolment by classroom), the fiscal 2026 figures as Excel
(new pupils and leavers month by month and classroom by classroom, course takers by course), the
staff handbook as Markdown and an all-classroom e-mail (.eml) on the new class times. The figures
and texts are in h21_content.py beside this file; this file lays them out.

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail is
fixed text with a fixed date and message id.

    .venv/bin/python tests/data/holdout21/make_holdout21.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the documents

import h21_content as c  # noqa: E402

from tests.data.corpus_tools import (  # noqa: E402
    ReportLayout,
    docx_east_asian_font,
    docx_header_row,
    normalize_zip,
    print_sizes,
    reportlab_pdf,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 5, 12, 8, 45, 0)
HEADER_FILL = "DDEBF7"

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
    properties.title = c.RULES_TITLE
    properties.author = f"{c.COMPANY} 教務部"
    properties.last_modified_by = f"{c.COMPANY} 教務部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    document.add_heading(c.RULES_TITLE, level=0)

    def new_table(rows: int, cols: int) -> object:
        table = document.add_table(rows=rows, cols=cols)
        table.style = document.styles["Table Grid"]
        return table

    def fill_row(table: object, row_index: int, values: list[str] | tuple[str, ...]) -> None:
        for column_index, value in enumerate(values):
            if value:
                table.cell(row_index, column_index).text = value  # type: ignore[attr-defined]

    for kind, content in c.RULES_BODY:
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
            # Two header rows: the grade merged down; 週1回, 週2回 and 週3回 each over 改定後 and 改定前.
            table = new_table(2 + len(c.GRADE_BANDS), 7)
            fill_row(table, 0, ["学年", "週1回（月額）", "", "週2回（月額）", "", "週3回（月額）", ""])
            fill_row(table, 1, ["", "改定後", "改定前", "改定後", "改定前", "改定後", "改定前"])
            for first_row, first_col, last_row, last_col in ((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 0, 6)):
                top_left = table.cell(first_row, first_col)  # type: ignore[attr-defined]
                text = top_left.text
                top_left.merge(table.cell(last_row, last_col)).text = text  # type: ignore[attr-defined]
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(table.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
            for row_index, row in enumerate(c.GRADE_BANDS, start=2):
                fill_row(table, row_index, row)
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_pdf(path: Path) -> None:
    reportlab_pdf(path, title=c.REPORT_TITLE, author=f"{c.COMPANY} 教務部", blocks=c.REPORT_BLOCKS,  # type: ignore[arg-type]
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
        sheet_head(sheet, title, ["月"] + c.CLASSROOMS + ["合計"], [10, 12, 12, 12, 12, 12, 12])
        for index, month in enumerate(c.MONTHS):
            values = [figures[room][index] for room in c.CLASSROOMS]
            data_row(sheet, 3 + index, month, values + [sum(values)])
        totals = [sum(figures[room]) for room in c.CLASSROOMS]
        data_row(sheet, 3 + len(c.MONTHS), "合計", totals + [sum(totals)], total=True)
        sheet.freeze_panes = "B3"  # type: ignore[attr-defined]

    workbook = Workbook()
    new_pupils = workbook.active
    new_pupils.title = "月別新規入塾者数"
    monthly_sheet(new_pupils, "教室別・月別 新規入塾者数（人）（2026年度：2026年4月〜2027年3月）", c.NEW_PUPILS)

    courses = workbook.create_sheet("講座別受講者数")
    sheet_head(courses, "講座別・教室別 受講者数（人）（2026年度）", ["講座"] + c.CLASSROOMS + ["合計"],
               [22, 12, 12, 12, 12, 12, 12])
    for index, course in enumerate(c.COURSES, start=3):
        values = c.COURSE_TAKERS[course]
        data_row(courses, index, course, values + [sum(values)])
    totals = [sum(c.COURSE_TAKERS[course][k] for course in c.COURSES) for k in range(len(c.CLASSROOMS))]
    data_row(courses, 3 + len(c.COURSES), "合計", totals + [sum(totals)], total=True)

    leavers = workbook.create_sheet("月別退塾者数")
    monthly_sheet(leavers, "教室別・月別 退塾者数（人）（2026年度：2026年4月〜2027年3月）", c.LEAVERS)

    notes = workbook.create_sheet("注記")
    for index, line in enumerate(c.XLSX_NOTES, start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 110
    save_workbook(workbook, path, title=f"{c.COMPANY} 入塾者数・講座受講者数（2026年度）",
                  creator=f"{c.COMPANY} 教務部", moment=FIXED_MOMENT)


def build_md(path: Path) -> None:
    path.write_bytes(c.handbook_text().encode("utf-8"))


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = f"{c.COMPANY} 教務部 <kyomu@{c.DOMAIN}>"
    message["To"] = f"全教室 教室長・講師 <all-classrooms@{c.DOMAIN}>"
    message["Subject"] = c.MAIL_SUBJECT
    message["Date"] = format_datetime(datetime.datetime(2027, 5, 12, 8, 45, 0,
                                                        tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    message["Message-ID"] = f"<20270512084500.class-hours@{c.DOMAIN}>"
    message.set_content(c.mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((c.RULES_FILENAME, build_docx), (c.REPORT_FILENAME, build_pdf),
                              (c.FIGURES_FILENAME, build_xlsx), (c.HANDBOOK_FILENAME, build_md),
                              (c.MAIL_FILENAME, build_eml)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
