"""A PDF price list whose header names three groups over two columns each, with the key columns
merged down over both header rows and each ticket kind written on its first row only: every
row reads each price under its group's and its own column's name, the first row of 「無料」
included, and the kind goes on over the page break."""

from __future__ import annotations

import io

from ingestion.parsing.pdf import parse_pdf

FONT = "HeiseiKakuGo-W5"
AGES = ("3歳以下", "4歳以上6歳以下", "7歳以上12歳以下", "13歳以上17歳以下", "18歳以上64歳以下", "65歳以上")
KINDS = ("入館料（1回）", "年間パスポート", "夜間入館券")
SITES = ("みなと水族館", "みなと動物園", "2園共通")


def _fee(kind: int, age: int, site: int, resident: bool) -> str:
    if age == 0:
        return "無料"
    return f"{(300 + kind * 900 + age * 250 + site * 120 - (80 if resident else 0)):,}円"


def _fee_pdf() -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=10, wordWrap="CJK")
    rows = [["券種", "年齢区分", SITES[0], "", SITES[1], "", SITES[2], ""], ["", "", *(["通常料金", "港市民料金"] * 3)]]
    for kind_index, kind in enumerate(KINDS):
        for age_index, age in enumerate(AGES):
            fees = [_fee(kind_index, age_index, site, resident) for site in range(3) for resident in (False, True)]
            rows.append([kind if age_index == 0 else "", age, *fees])
    table = Table([[Paragraph(value, cell) for value in row] for row in rows], repeatRows=2,
                  colWidths=[26 * mm, 27 * mm, *([20 * mm] * 6)])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (5, 0)), ("SPAN", (6, 0), (7, 0)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=17, wordWrap="CJK")
    prose = [Paragraph("年齢は入館日当日の満年齢で判定し、区分の境目は誕生日の当日で区切ります。" * 3, body) for _ in range(17)]
    buffer = io.BytesIO()
    margin = 15 * mm
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1, leftMargin=margin, rightMargin=margin, topMargin=margin,
                      bottomMargin=margin).build([*prose, Spacer(1, 4 * mm), table])
    return buffer.getvalue()


def test_three_groups_over_two_columns_each_name_every_price_on_both_pages() -> None:
    parsed = parse_pdf(_fee_pdf(), "jpn", ocr=False)
    assert len(parsed.sections) >= 2  # the table crosses the page break
    text = "\n".join(section.text for section in parsed.sections)
    lines = text.splitlines()
    assert "券種 | 年齢区分 | みなと水族館 通常料金 | みなと水族館 港市民料金 | みなと動物園 通常料金 | みなと動物園 港市民料金 | 2園共通 通常料金 | 2園共通 港市民料金" in lines
    # The first row, of 「無料」 and no figure, is a row under the header too.
    assert any(line.startswith("券種: 入館料（1回） | 年齢区分: 3歳以下 | みなと水族館 通常料金: 無料 | みなと水族館 港市民料金: 無料") for line in lines)
    for kind_index, kind in enumerate(KINDS):
        for age_index, age in enumerate(AGES[1:], start=1):
            resident = _fee(kind_index, age_index, 1, True)
            row = f"券種: {kind} | 年齢区分: {age} | "
            assert any(line.startswith(row) and f"みなと動物園 港市民料金: {resident}" in line for line in lines), (kind, age)
