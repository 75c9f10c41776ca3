"""A PDF table whose grid is drawn: its rulings say where a cell ends when its text does not
(a band as wide as its column beside the next column's price; rows set as close as the
lines of one wrapped cell), and a header merged down over two rows still names its columns."""

from __future__ import annotations

import io

from ingestion.parsing.pdf import parse_pdf

FONT = "HeiseiKakuGo-W5"
BANDS = ("15cm未満", "15cm以上30cm未満", "30cm以上45cm未満", "45cm以上60cm未満", "60cm以上")
MENUS = ("カット", "カラー（全体染め）", "カット＋カラー", "パーマ", "デジタルパーマ", "縮毛矯正")


def _price(menu: int, band: int, rank: int) -> str:
    return f"{(4000 + menu * 2000 + band * 220 + rank * 770):,}円"


def _grid_pdf() -> bytes:
    """A price list as a reportlab Table with a GRID: a two-row header (the ranks under one
    name over four columns, the menu and the length merged down over both rows), each menu
    written on its first row only, the bands as wide as their column, rows 14 points apart in
    an 8-point font, and enough rows to cross onto a second page (the header repeated there)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=10, wordWrap="CJK")
    ranks = ["ジュニアスタイリスト", "スタイリスト", "トップスタイリスト", "ディレクター"]
    rows = [["メニュー", "髪の長さ", "担当スタイリストのランク別料金（税込）", "", "", ""], ["", "", *ranks]]
    for menu_index, menu in enumerate(MENUS):
        for band_index, band in enumerate(BANDS):
            prices = [_price(menu_index, band_index, rank) for rank in range(4)]
            rows.append([menu if band_index == 0 else "", band, *prices])
    table = Table([[Paragraph(value, cell) for value in row] for row in rows], repeatRows=2,
                  colWidths=[29 * mm, 29 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (5, 0)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=17, wordWrap="CJK")
    # Prose before the table pushes it over the page break.
    prose = [Paragraph("髪の長さの区分の境目にあたる長さちょうどの場合は、長い方の区分の料金になります。" * 3, body) for _ in range(14)]
    buffer = io.BytesIO()
    margin = 15 * mm
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1, leftMargin=margin, rightMargin=margin, topMargin=margin,
                      bottomMargin=margin).build([*prose, Spacer(1, 4 * mm), table])
    return buffer.getvalue()


def test_a_drawn_grid_keeps_each_band_price_and_row_in_its_own_cell_across_the_page_break() -> None:
    parsed = parse_pdf(_grid_pdf(), "jpn+eng", ocr=False)
    assert len(parsed.sections) == 2, "the table should cross onto a second page"
    lines = [line for section in parsed.sections for line in section.text.splitlines()]
    for menu_index, menu in enumerate(MENUS):
        for band_index, band in enumerate(BANDS):
            row = (f"メニュー: {menu} | 髪の長さ: {band} | ジュニアスタイリスト: {_price(menu_index, band_index, 0)}"
                   f" | スタイリスト: {_price(menu_index, band_index, 1)} | トップスタイリスト: {_price(menu_index, band_index, 2)}"
                   f" | ディレクター: {_price(menu_index, band_index, 3)}")
            assert row in lines, (row, lines)
    # The band and the price beside it are never one cell; two rows are never one.
    assert not any("未満" + _price(0, 1, 0) in line for line in lines), lines
    assert not any("15cm未満15cm以上" in line for line in lines), lines


def _merged_down_header_pdf() -> bytes:
    """A fee table whose header names (区分, 治療内容, 保証期間) are merged down over both header
    rows, set on the rule between them, beside 「料金（税込）」 over 通常料金 and 会員料金."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=10, wordWrap="CJK")
    rows = [["区分", "治療内容", "料金（税込）", "", "保証期間"], ["", "", "通常料金", "会員料金", ""],
            ["インプラント", "骨造成（GBR）", "88,000円", "82,500円", "―"],
            ["", "サイナスリフト", "220,000円", "209,000円", "―"],
            ["ホワイトニング", "オフィスホワイトニング", "22,000円", "19,800円", "―"]]
    table = Table([[Paragraph(value, cell) for value in row] for row in rows],
                  colWidths=[27 * mm, 44 * mm, 25 * mm, 25 * mm, 20 * mm])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (4, 0), (4, 1)), ("SPAN", (2, 0), (3, 0)),
    ]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build([table])
    return buffer.getvalue()


def test_names_merged_down_over_a_ruled_two_row_header_still_name_their_columns() -> None:
    lines = parse_pdf(_merged_down_header_pdf(), "jpn+eng", ocr=False).sections[0].text.splitlines()
    assert "区分: インプラント | 治療内容: サイナスリフト | 通常料金: 220,000円 | 会員料金: 209,000円 | 保証期間: ―" in lines, lines
    assert any(line.startswith("区分 | 治療内容 | 通常料金 | 会員料金 | 保証期間") for line in lines), lines
