"""Excel sheets read as a person sees them: numbers and dates in their displayed format, a
title and unit line above a table kept with it, and two-row headers named by both rows.
Every workbook is built here with openpyxl."""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from collections.abc import Callable
from typing import Any

import openpyxl

from ingestion.parsing.excel import parse_xlsx


def workbook_bytes(fill: Callable[[Any], None], title: str = "シート") -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    fill(sheet)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def row_texts(data: bytes) -> list[str]:
    return [section.text for section in parse_xlsx(data).sections]


def displayed(value: Any, number_format: str) -> str:
    """The text one cell under the header 値 is read as."""
    def fill(sheet: Any) -> None:
        sheet.append(["項目", "値"])
        sheet.append(["x", value])
        sheet["B2"].number_format = number_format

    [text] = row_texts(workbook_bytes(fill))
    return text.removeprefix("項目: x | 値: ")


def test_numbers_keep_their_thousands_separators_percent_and_decimals() -> None:
    assert displayed(389120, "#,##0") == "389,120"
    assert displayed(0.939, "0.0%") == "93.9%"
    assert displayed(0.5, "0%") == "50%"
    assert displayed(12.3456, "#,##0.00") == "12.35"
    assert displayed(1234.5, "0.0") == "1234.5"
    assert displayed(7, "000") == "007"


def test_currency_and_units_written_in_the_format_are_read() -> None:
    assert displayed(1200, '"¥"#,##0') == "¥1,200"
    assert displayed(1200, "[$¥-411]#,##0") == "¥1,200"
    assert displayed(1200, '#,##0"円"') == "1,200円"
    assert displayed(389120000, '#,##0,"千円"') == "389,120千円"
    assert displayed(42, '0"名"') == "42名"
    assert displayed(15, '#,##0"件"') == "15件"


def test_negative_numbers_read_as_their_own_section_shows_them() -> None:
    assert displayed(-1200, '#,##0;"△"#,##0') == "△1,200"
    assert displayed(-1200, "#,##0;▲#,##0") == "▲1,200"
    assert displayed(-1200, "#,##0;-#,##0") == "-1,200"
    assert displayed(-1200, "#,##0") == "-1,200"
    assert displayed(-1200, "#,##0;[Red]#,##0") == "-1,200"  # the red is the minus
    assert displayed(-1200, "#,##0_);(#,##0)") == "(1,200)"
    assert displayed(0, '#,##0;-#,##0;"-"') == "-"
    assert displayed(1200, '#,##0;"△"#,##0') == "1,200"


def test_japanese_dates_and_times_keep_their_form() -> None:
    day = datetime.datetime(2026, 4, 1)
    assert displayed(day, 'yyyy"年"m"月"d"日"') == "2026年4月1日"
    assert displayed(day, 'ggge"年"m"月"d"日"') == "令和8年4月1日"
    assert displayed(day, '[$-411]ggge"年"m"月"d"日"') == "令和8年4月1日"
    assert displayed(datetime.datetime(2010, 3, 31), 'ggge"年"m"月"d"日"') == "平成22年3月31日"
    assert displayed(day, "[$-411]ge.m.d") == "R8.4.1"
    assert displayed(day, 'm"月"d"日"(aaa)') == "4月1日(水)"
    assert displayed(day, "yyyy/mm/dd") == "2026/04/01"
    assert displayed(day, "mm-dd-yy") == "2026/4/1"  # built-in 14, as Japanese Excel shows it
    assert displayed(datetime.datetime(2026, 4, 1, 13, 5), "yyyy/m/d h:mm") == "2026/4/1 13:05"
    assert displayed(datetime.time(9, 30), 'h"時"mm"分"') == "9時30分"


def test_a_date_in_a_japanese_built_in_format_is_a_date_not_a_serial_number() -> None:
    """Japanese Excel writes 和暦 as built-in format 58 with no format code in the file."""
    data = workbook_bytes(lambda sheet: (sheet.append(["項目", "値"]), sheet.append(["締切", 46113]),
                                         setattr(sheet["B2"], "number_format", "0.000")))
    source = zipfile.ZipFile(io.BytesIO(data))
    rewritten = io.BytesIO()
    with zipfile.ZipFile(rewritten, "w") as target:
        for member in source.infolist():
            content = source.read(member.filename)
            if member.filename == "xl/styles.xml":
                content = re.sub(rb'<numFmt numFmtId="164"[^>]*/>', b"", content)
                content = content.replace(b'numFmtId="164"', b'numFmtId="58"')
            target.writestr(member, content)
    assert row_texts(rewritten.getvalue()) == ["項目: 締切 | 値: 令和8年4月1日"]


def test_formats_it_cannot_render_give_the_plain_value() -> None:
    assert displayed(12345.678, "0.00E+00") == "12345.678"
    assert displayed(12, "[DBNum1]General") == "12"
    assert displayed(0.1 + 0.2, "General") == "0.3"
    assert displayed("文字列", "#,##0") == "文字列"


def test_a_title_and_unit_line_stay_with_the_table_and_the_header_is_the_first_row_of_columns() -> None:
    def fill(sheet: Any) -> None:
        sheet["A1"] = "2026年度 部門別予算・実績"
        sheet.merge_cells("A1:C1")
        sheet["C2"] = "（単位：千円）"
        sheet.append(["部門", "予算", "実績"])
        sheet.append(["営業部", 389120, 401000])
        sheet["B4"].number_format = sheet["C4"].number_format = "#,##0"

    sections = parse_xlsx(workbook_bytes(fill, title="予算実績")).sections
    assert [(section.kind, section.heading_path, section.text) for section in sections] == [
        ("text", ("予算実績",), "2026年度 部門別予算・実績\n（単位：千円）"),
        ("sheet_row", ("予算実績", "2026年度 部門別予算・実績", "（単位：千円）"),
         "部門: 営業部 | 予算: 389,120 | 実績: 401,000"),
    ]


def test_a_one_column_list_still_takes_its_first_line_as_header() -> None:
    def fill(sheet: Any) -> None:
        for name in ("社員名", "山田", "佐藤"):
            sheet.append([name])

    assert row_texts(workbook_bytes(fill)) == ["社員名: 山田", "社員名: 佐藤"]


def test_a_sheet_of_one_row_is_kept_as_text() -> None:
    assert row_texts(workbook_bytes(lambda sheet: sheet.append(["お知らせ", "来週は休業"]))) == ["お知らせ | 来週は休業"]


def two_row_header(sheet: Any, second_row: list[Any]) -> None:
    sheet["A1"] = "部門"
    sheet.merge_cells("A1:A2")
    sheet["B1"] = "予算"
    sheet.merge_cells("B1:C1")
    sheet["D1"] = "実績"
    sheet.merge_cells("D1:E1")
    for column, value in zip("BCDE", second_row):
        sheet[f"{column}2"] = value
    sheet.append(["営業部", 100, 120, 90, 130])


def test_a_two_row_header_names_each_column_by_both_rows() -> None:
    data = workbook_bytes(lambda sheet: two_row_header(sheet, ["上期", "下期", "上期", "下期"]))
    assert row_texts(data) == ["部門: 営業部 | 予算 上期: 100 | 予算 下期: 120 | 実績 上期: 90 | 実績 下期: 130"]


def test_numbers_under_a_merged_header_are_data_not_a_second_header_row() -> None:
    data = workbook_bytes(lambda sheet: two_row_header(sheet, [10, 20, 30, 40]))
    assert row_texts(data) == [
        "予算: 10 | 予算: 20 | 実績: 30 | 実績: 40",
        "部門: 営業部 | 予算: 100 | 予算: 120 | 実績: 90 | 実績: 130",
    ]


def test_text_under_a_merged_header_with_a_value_in_an_unmerged_column_is_data() -> None:
    def fill(sheet: Any) -> None:
        sheet["A1"], sheet["B1"] = "氏名", "住所"
        sheet.merge_cells("B1:C1")
        sheet.append(["山田", "東京都", "港区"])

    assert row_texts(workbook_bytes(fill)) == ["氏名: 山田 | 住所: 東京都 | 住所: 港区"]


def titled_two_row_header(sheet: Any, title: str, unit: str, top: list[str], second: list[str],
                          merges: list[str], rows: list[list[Any]]) -> None:
    """A table as 予算管理表 are drawn: a title merged across it, a unit at its right edge, an
    empty row, then a header of two rows whose first row label is typed in both rows."""
    width = len(second)
    last_column = openpyxl.utils.get_column_letter(width)
    sheet["A1"] = title
    sheet.merge_cells(f"A1:{last_column}1")
    sheet[f"{last_column}2"] = unit
    for column, (upper, lower) in enumerate(zip(top + [""] * (width - len(top)), second), start=1):
        sheet.cell(row=4, column=column, value=upper or None)
        sheet.cell(row=5, column=column, value=lower)
    for cells in merges:
        sheet.merge_cells(cells)
    for row_number, values in enumerate(rows, start=6):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row_number, column=column, value=value)
            cell.number_format = "0.0%" if isinstance(value, float) else "#,##0"


def test_a_header_of_sites_merged_over_two_columns_names_each_column_by_site_and_row_below() -> None:
    def fill(sheet: Any) -> None:
        titled_two_row_header(sheet, "製造本部 拠点別 上期予算・実績", "単位：千円",
                              ["費目", "浜松事業所", "", "北上工場", ""],
                              ["費目", "上期予算", "上期実績", "上期予算", "上期実績"],
                              ["B4:C4", "D4:E4"],
                              [["人件費", 198000, 196240, 152000, 149880], ["原材料費", 121000, 118730, 97000, 101620]])

    sections = parse_xlsx(workbook_bytes(fill, title="製造本部")).sections
    assert [(section.kind, section.heading_path, section.text) for section in sections] == [
        ("text", ("製造本部",), "製造本部 拠点別 上期予算・実績\n単位：千円"),
        ("sheet_row", ("製造本部", "製造本部 拠点別 上期予算・実績", "単位：千円"),
         ("費目: 人件費 | 浜松事業所 上期予算: 198,000 | 浜松事業所 上期実績: 196,240 | "
          "北上工場 上期予算: 152,000 | 北上工場 上期実績: 149,880")),
        ("sheet_row", ("製造本部", "製造本部 拠点別 上期予算・実績", "単位：千円"),
         ("費目: 原材料費 | 浜松事業所 上期予算: 121,000 | 浜松事業所 上期実績: 118,730 | "
          "北上工場 上期予算: 97,000 | 北上工場 上期実績: 101,620")),
    ]


def test_a_two_row_header_joins_columns_under_unmerged_cells_and_a_merge_to_the_right_edge() -> None:
    def fill(sheet: Any) -> None:
        titled_two_row_header(sheet, "開発本部 費目別 予算・実績", "単位：千円",
                              ["費目", "2025年度", "2026年度", "2026年度上期"],
                              ["費目", "実績", "予算", "予算", "実績", "達成率"],
                              ["D4:F4"], [["人件費", 402600, 431000, 215500, 218930, 1.016]])

    assert row_texts(workbook_bytes(fill))[1:] == [
        ("費目: 人件費 | 2025年度 実績: 402,600 | 2026年度 予算: 431,000 | 2026年度上期 予算: 215,500 | "
         "2026年度上期 実績: 218,930 | 2026年度上期 達成率: 101.6%")]


def test_a_header_cell_merged_down_makes_the_row_below_part_of_the_header() -> None:
    def fill(sheet: Any) -> None:
        sheet["A1"], sheet["B1"], sheet["C1"] = "部門", "2025年度", "2026年度上期"
        sheet.merge_cells("A1:A2")
        sheet.merge_cells("C1:D1")
        sheet["B2"], sheet["C2"], sheet["D2"] = "実績", "予算", "実績"
        sheet.append(["営業本部", 412300, 219000, 205640])

    assert row_texts(workbook_bytes(fill)) == [
        "部門: 営業本部 | 2025年度 実績: 412300 | 2026年度上期 予算: 219000 | 2026年度上期 実績: 205640"]


def test_a_merged_title_and_unit_over_a_merged_header_is_still_a_table_not_a_form() -> None:
    def fill(sheet: Any) -> None:
        sheet["A1"] = "2026年度 部門別予算・実績"
        sheet.merge_cells("A1:E1")
        sheet["D2"] = "（単位：千円）"
        sheet.merge_cells("D2:E2")
        sheet["A3"] = "部門"
        sheet.merge_cells("A3:A4")
        sheet["B3"], sheet["D3"] = "予算", "実績"
        sheet.merge_cells("B3:C3")
        sheet.merge_cells("D3:E3")
        for column, name in zip("BCDE", ["上期", "下期", "上期", "下期"]):
            sheet[f"{column}4"] = name
        sheet.append(["営業部", 389120, 401000, -1200, 0.939])
        for column in "BCD":
            sheet[f"{column}5"].number_format = '#,##0;"△"#,##0'
        sheet["E5"].number_format = "0.0%"

    sections = parse_xlsx(workbook_bytes(fill, title="予算")).sections
    assert [(section.heading_path, section.text) for section in sections] == [
        (("予算",), "2026年度 部門別予算・実績\n（単位：千円）"),
        (("予算", "2026年度 部門別予算・実績", "（単位：千円）"),
         "部門: 営業部 | 予算 上期: 389,120 | 予算 下期: 401,000 | 実績 上期: △1,200 | 実績 下期: 93.9%"),
    ]


def test_a_sheet_of_merged_one_cell_lines_is_still_read_as_lines() -> None:
    def fill(sheet: Any) -> None:
        for row, line in enumerate(["社内通知", "来週月曜は全館停電です。", "サーバー室は午前中に停止します。"], start=1):
            sheet[f"A{row}"] = line
            sheet.merge_cells(f"A{row}:H{row}")

    assert row_texts(workbook_bytes(fill)) == ["社内通知", "来週月曜は全館停電です。", "サーバー室は午前中に停止します。"]


def test_a_grid_form_shows_its_amounts_formatted() -> None:
    def fill(sheet: Any) -> None:
        for column in range(1, 21):
            sheet.column_dimensions[openpyxl.utils.get_column_letter(column)].width = 2.5
        sheet["B2"] = "金額"
        sheet.merge_cells("B2:E2")
        sheet["F2"] = 12000
        sheet["F2"].number_format = '#,##0"円"'
        sheet.merge_cells("F2:T2")

    assert row_texts(workbook_bytes(fill)) == ["金額 12,000円"]
