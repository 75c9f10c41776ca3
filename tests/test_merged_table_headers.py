"""Tables whose header is two rows under merged cells (準夜勤 over 改定前 | 改定後), as Word,
PowerPoint and HTML write them: every value is read under its own column's full name."""

from __future__ import annotations

import io

from ingestion.parsing.office import parse_docx, parse_pptx
from ingestion.parsing.text import parse_html

HEADER_TOP = ["職種", "準夜勤", "", "深夜勤", ""]
HEADER_SECOND = ["", "改定前", "改定後", "改定前", "改定後"]
ROWS = [["看護師", "3,800円", "4,200円", "4,800円", "5,300円"],
        ["准看護師", "3,400円", "3,800円", "4,300円", "4,800円"]]
NURSE = "職種: 看護師 | 準夜勤 改定前: 3,800円 | 準夜勤 改定後: 4,200円 | 深夜勤 改定前: 4,800円 | 深夜勤 改定後: 5,300円"


def _rows(parsed) -> list[str]:
    return [section.text for section in parsed.sections if section.kind == "table_row"]


def test_a_word_table_with_a_two_row_merged_header_names_each_column() -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=2 + len(ROWS), cols=5)
    for column, text in enumerate(HEADER_TOP):
        table.cell(0, column).text = text
    for column, text in enumerate(HEADER_SECOND):
        if text:
            table.cell(1, column).text = text
    table.cell(0, 0).merge(table.cell(1, 0))  # 職種 down two rows
    table.cell(0, 1).merge(table.cell(0, 2))  # 準夜勤 over two columns
    table.cell(0, 3).merge(table.cell(0, 4))
    for row, values in enumerate(ROWS, start=2):
        for column, text in enumerate(values):
            table.cell(row, column).text = text
    buffer = io.BytesIO()
    document.save(buffer)

    rows = _rows(parse_docx(buffer.getvalue()))

    assert rows[0] == NURSE
    assert rows[1].startswith("職種: 准看護師 | 準夜勤 改定前: 3,400円 | 準夜勤 改定後: 3,800円")
    assert len(rows) == 2


def test_a_word_table_with_a_note_row_merged_across_keeps_one_header_row() -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for column, text in enumerate(["区分", "平日", "休日"]):
        table.cell(0, column).text = text
    for column, text in enumerate(["医師", "5,000円", "8,000円"]):
        table.cell(1, column).text = text
    table.cell(2, 0).merge(table.cell(2, 2)).text = "※ 2026年度までは別の額"
    buffer = io.BytesIO()
    document.save(buffer)

    assert _rows(parse_docx(buffer.getvalue())) == ["区分: 医師 | 平日: 5,000円 | 休日: 8,000円", "区分: ※ 2026年度までは別の額"]


def test_a_slide_table_with_a_merged_header_names_each_column() -> None:
    import pptx
    from pptx.util import Inches

    presentation = pptx.Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])
    slide.shapes.title.text = "夜勤手当の改定"
    table = slide.shapes.add_table(2 + len(ROWS), 5, Inches(0.5), Inches(1.5), Inches(9), Inches(3)).table
    for column, text in enumerate(HEADER_TOP):
        table.cell(0, column).text = text
    for column, text in enumerate(HEADER_SECOND):
        table.cell(1, column).text = text
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(0, 3).merge(table.cell(0, 4))
    for row, values in enumerate(ROWS, start=2):
        for column, text in enumerate(values):
            table.cell(row, column).text = text
    buffer = io.BytesIO()
    presentation.save(buffer)

    slide_text = parse_pptx(buffer.getvalue()).sections[0].text

    assert NURSE in slide_text.splitlines()


def test_an_html_table_with_colspan_and_rowspan_names_each_column() -> None:
    html = """<html><body><table>
      <tr><th rowspan="2">職種</th><th colspan="2">準夜勤</th><th colspan="2">深夜勤</th></tr>
      <tr><th>改定前</th><th>改定後</th><th>改定前</th><th>改定後</th></tr>
      <tr><td>看護師</td><td>3,800円</td><td>4,200円</td><td>4,800円</td><td>5,300円</td></tr>
      <tr><td rowspan="2">准看護師</td><td>3,400円</td><td>3,800円</td><td>4,300円</td><td>4,800円</td></tr>
      <tr><td>3,500円</td><td>3,900円</td><td>4,400円</td><td>4,900円</td></tr>
    </table></body></html>"""

    rows = _rows(parse_html(html.encode()))

    assert rows[0] == NURSE
    # A label merged down names each row it covers.
    assert rows[2] == "職種: 准看護師 | 準夜勤 改定前: 3,500円 | 準夜勤 改定後: 3,900円 | 深夜勤 改定前: 4,400円 | 深夜勤 改定後: 4,900円"


def test_an_html_table_with_one_header_row_is_read_as_before() -> None:
    html = "<table><tr><th>区分</th><th>平日</th></tr><tr><td>医師</td><td>5,000円</td></tr><tr><td colspan='2'>注記</td></tr></table>"

    assert _rows(parse_html(html.encode())) == ["区分: 医師 | 平日: 5,000円", "区分: 注記"]
