"""Write the five documents of the twentieth holdout corpus (tests/data/holdout20/README.md).

One fictional regional nursing-care operator, 社会福祉法人ひだまり福祉会 (head office in the fictional
光ヶ原市; a special nursing home, two short stays, three day service centres and two home-help
stations), and five documents its staff would look things up in: the fee regulation as Word (day
service fees by care level and time band with a two-row header, each band over 改定後 and 改定前;
short-stay and nursing-home fees, home-help fees new beside old, meals and rooms by income band),
the report on fiscal 2026 as a PDF (users by facility and care band, the facility written only on
the first row of its group with a 小計 row per facility, a table that crosses a page break and ends
with 合計; the nursing home; home-help visits), the monthly figures as Excel (users month by month
and facility by facility; staff by facility and kind), a deck for the facility managers' meeting
as PowerPoint (targets for fiscal 2027, the training plan, priorities, speaker notes) and an
intranet notice (.html) on the new shift hours and visiting hours. The names, figures and texts
are in h20_content.py beside this file; every one of them is invented (e-mail domains end in
`.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the HTML page is
fixed text.

    .venv/bin/python tests/data/holdout20/make_holdout20.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ beside the documents
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE))

from h20_content import (  # noqa: E402
    CORP,
    DAY_FEES,
    DAY_TIME_BANDS,
    DECK_COVER,
    DECK_TITLE,
    FACILITIES,
    FEES_BODY,
    FEES_TITLE,
    MONTH_TOTALS,
    MONTHLY_USERS,
    MONTHS,
    POINTS,
    POINTS_SPEAKER,
    POINTS_TITLE,
    REPORT_TITLE,
    STAFF,
    STAFF_KINDS,
    STAFF_TOTALS,
    TARGETS_NOTE,
    TARGETS_SPEAKER,
    TARGETS_TABLE,
    TARGETS_TITLE,
    TRAINING_NOTE,
    TRAINING_SPEAKER,
    TRAINING_TABLE,
    TRAINING_TITLE,
    USERS_2026,
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

FIXED_MOMENT = datetime.datetime(2027, 4, 20, 10, 0, 0)
HEADER_FILL = "E2EFDA"

FEES_FILENAME = "介護サービス利用料金規程_2027年4月改定.docx"
REPORT_FILENAME = "事業報告書_2026年度_事業所別利用実績.pdf"
FIGURES_FILENAME = "月別延べ利用者数_2026年度.xlsx"
DECK_FILENAME = "2027年度_第1回施設長・管理者会議資料.pptx"
NOTICE_FILENAME = "職員ポータル_お知らせ_勤務時間帯と面会時間の変更.html"

REPORT_LAYOUT = ReportLayout(
    body_size=10.5, body_leading=17, heading_size=13, heading_leading=19, heading_space_before=9,
    heading_space_after=4, title_size=14, title_leading=20, table_header_colour="#" + HEADER_FILL,
    table_gap_mm=4, margin_mm=20,
)


# ---------------------------------------------------------------------------------------------
# 1. DOCX: the fee regulation.

def build_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    for style_name in ("Normal", "Title", "Heading 1", "Table Grid"):
        docx_east_asian_font(document.styles[style_name])
    document.styles["Normal"].font.size = Pt(10.5)
    properties = document.core_properties
    properties.title = FEES_TITLE
    properties.author = f"{CORP} 法人本部"
    properties.last_modified_by = f"{CORP} 法人本部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    document.add_heading(FEES_TITLE, level=0)

    def new_table(rows: int, cols: int) -> object:
        table = document.add_table(rows=rows, cols=cols)
        table.style = document.styles["Table Grid"]
        return table

    def fill_row(table: object, row_index: int, values: list[str] | tuple[str, ...]) -> None:
        for column_index, value in enumerate(values):
            if value:
                table.cell(row_index, column_index).text = value  # type: ignore[attr-defined]

    for kind, content in FEES_BODY:
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
        elif kind == "day_table":
            # Two header rows: the care level merged down; each time band over 改定後 and 改定前.
            table = new_table(2 + len(DAY_FEES), 1 + 2 * len(DAY_TIME_BANDS))
            first = ["要介護度"]
            for band in DAY_TIME_BANDS:
                first += [f"所要時間 {band}", ""]
            fill_row(table, 0, first)
            fill_row(table, 1, [""] + ["改定後", "改定前"] * len(DAY_TIME_BANDS))
            merges = [(0, 0, 1, 0)] + [(0, 1 + 2 * index, 0, 2 + 2 * index) for index in range(len(DAY_TIME_BANDS))]
            for first_row, first_col, last_row, last_col in merges:
                top_left = table.cell(first_row, first_col)  # type: ignore[attr-defined]
                text = top_left.text
                top_left.merge(table.cell(last_row, last_col)).text = text  # type: ignore[attr-defined]
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(table.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
            for row_index, row in enumerate(DAY_FEES, start=2):
                fill_row(table, row_index, row)
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 2. PDF: the report on fiscal 2026.

def build_pdf(path: Path) -> None:
    reportlab_pdf(path, title=REPORT_TITLE, author=f"{CORP} 法人本部", blocks=report_blocks(),  # type: ignore[arg-type]
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
    monthly.title = "月別延べ利用者数"
    sheet_head(monthly, "事業所別・月別 延べ利用者数（2026年度：2026年4月〜2027年3月、単位：人）",
               ["月"] + FACILITIES + ["合計"], [10, 16, 16, 16, 16, 16, 12])
    for index, month in enumerate(MONTHS):
        values = [MONTHLY_USERS[facility][index] for facility in FACILITIES]
        data_row(monthly, 3 + index, month, values + [MONTH_TOTALS[index]])
    data_row(monthly, 3 + len(MONTHS), "合計", [sum(MONTHLY_USERS[facility]) for facility in FACILITIES] + [USERS_2026],
             total=True)
    monthly.freeze_panes = "B3"

    staff = workbook.create_sheet("職員数")
    sheet_head(staff, "事業所別・職種別 職員数（2027年4月1日現在、単位：人）",
               ["事業所"] + STAFF_KINDS + ["合計"], [30, 16, 18, 12, 12, 10, 10])
    for index, (place, values) in enumerate(STAFF, start=3):
        data_row(staff, index, place, values + [sum(values)])
    data_row(staff, 3 + len(STAFF), "合計", STAFF_TOTALS + [sum(STAFF_TOTALS)], total=True)

    notes = workbook.create_sheet("注記")
    for index, line in enumerate([
        "注記",
        "1. 2026年度は2026年4月1日〜2027年3月31日（令和8年度）。月別延べ利用者数の1月〜3月は2027年の月。",
        "2. 延べ利用者数は、デイサービスは利用した日ごとに1人、ショートステイは宿泊した日ごとに1人と数える。"
        "特別養護老人ホームの入所者は含まない。",
        "3. 職員数は実人数。2つの事業所を兼務する職員は、主に勤務する事業所で数える。",
        "4. 相談員等は、生活相談員、介護支援専門員及びサービス提供責任者。その他は、事務員、調理員、運転手など。",
    ], start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 110
    save_workbook(workbook, path, title=f"{CORP} 月別延べ利用者数（2026年度）",
                  creator=f"{CORP} 法人本部", moment=FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 4. PPTX: the deck for the facility managers' meeting.

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
            pptx_font(run, 13)
            run.font.bold = row_index == 0 or row[0] == "合計"
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
    pptx_place(cover.shapes.title, 0.5, 1.9, 12.3, 1.5)
    pptx_fill(cover.shapes.title.text_frame, [DECK_TITLE], 32)
    pptx_place(cover.placeholders[1], 0.5, 3.7, 12.3, 1.8)
    pptx_fill(cover.placeholders[1].text_frame, DECK_COVER, 20)
    _table_slide(presentation, TARGETS_TITLE, TARGETS_TABLE, [3.6, 1.6, 2.2, 2.6, 2.3], TARGETS_NOTE, TARGETS_SPEAKER)
    _table_slide(presentation, TRAINING_TITLE, TRAINING_TABLE, [4.2, 3.4, 3.1, 1.6], TRAINING_NOTE, TRAINING_SPEAKER)
    points = presentation.slides.add_slide(presentation.slide_layouts[1])
    pptx_place(points.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(points.shapes.title.text_frame, [POINTS_TITLE], 26)
    pptx_place(points.placeholders[1], 0.5, 1.4, 12.3, 5.2)
    pptx_fill(points.placeholders[1].text_frame, POINTS, 18)
    points.notes_slide.notes_text_frame.text = POINTS_SPEAKER
    properties = presentation.core_properties
    properties.title = DECK_TITLE
    properties.author = f"{CORP} 法人本部"
    properties.last_modified_by = f"{CORP} 法人本部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 5. HTML: the intranet notice.

def build_html(path: Path) -> None:
    path.write_bytes(notice_html().encode("utf-8"))


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((FEES_FILENAME, build_docx), (REPORT_FILENAME, build_pdf),
                              (FIGURES_FILENAME, build_xlsx), (DECK_FILENAME, build_pptx),
                              (NOTICE_FILENAME, build_html)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
