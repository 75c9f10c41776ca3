"""A PDF page read by where its characters stand: a slide's table comes out a row per line,
each cell under its column's name, a wrapped cell whole, a list of names and values as it is."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from ingestion.parsing.pdf import parse_pdf

FONT = "HeiseiKakuGo-W5"


def _report_pdf(draw: Callable[[Any], None]) -> bytes:
    """One A4 page drawn by `draw` on a reportlab canvas, in a CID font that extracts as Unicode."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    draw(page)
    page.save()
    return buffer.getvalue()


def _page_lines(pdf: bytes) -> list[str]:
    return parse_pdf(pdf, "jpn+eng", ocr=False).sections[0].text.splitlines()


def _slide_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    page.setFont("HeiseiKakuGo-W5", 24)
    page.drawString(60, 520, "四半期別の推移")
    page.setFont("HeiseiKakuGo-W5", 14)
    # Written cell by cell, columns first, as a presentation program exports a table.
    for x, name in ((300, "売上高"), (460, "営業利益")):
        page.drawString(x, 470, name)
    rows = (("2026年3月期第2四半期", "（7〜9月）", "431億円", "33億円"), ("2026年3月期第3四半期", "（10〜12月）", "451億円", "36億円"))
    for index, (label, wrapped, sales, profit) in enumerate(rows):
        y = 430 - index * 60
        page.drawString(300, y, sales)
        page.drawString(460, y, profit)
        page.drawString(60, y, label)
        page.drawString(70, y - 18, wrapped)  # the label's second line, inside its cell
    page.drawString(60, 260, "日時")
    page.drawString(200, 260, "令和8年9月17日（木）14時から")
    page.drawString(60, 235, "場所")
    page.drawString(200, 235, "本社8階大会議室")
    page.drawString(60, 190, "• 純利益の減少は前年の固定資産売却益の反動による。")
    page.save()
    return buffer.getvalue()


def test_a_slide_table_is_read_row_by_row_under_its_column_names() -> None:
    text = parse_pdf(_slide_pdf(), "jpn+eng", ocr=False).sections[0].text
    lines = text.splitlines()
    assert lines[0] == "四半期別の推移"
    assert "売上高 | 営業利益" in lines
    assert "2026年3月期第2四半期（7〜9月） | 売上高: 431億円 | 営業利益: 33億円" in lines
    assert "2026年3月期第3四半期（10〜12月） | 売上高: 451億円 | 営業利益: 36億円" in lines
    # Two columns of names and values are no table with a header: each line says its own.
    assert "日時 | 令和8年9月17日（木）14時から" in lines
    assert "場所 | 本社8階大会議室" in lines
    assert "• 純利益の減少は前年の固定資産売却益の反動による。" in lines


def _draw_centred_tables(page: Any) -> None:
    """Two tables whose cells are set in the middle of their rows, 9 points, lines 14 apart:
    a two-line cell has no line on its row's line (one over it, one under it), a three-line
    cell its middle line only. Written row by row, as a report generator writes a table."""
    page.setFont(FONT, 9)
    for x, name in ((60, "指標"), (160, "千葉工場 9月"), (240, "岡山工場 9月"), (320, "目標")):
        page.drawString(x, 700, name)
    for y, cells in ((676, ("工程内不良率", "0.38%", "0.57%", "0.45%以下")), (620, ("うち異物混入", "2件", "1件", "0件"))):
        for x, text in zip((60, 160, 240, 320), cells, strict=True):
            page.drawString(x, y, text)
    for x, text in ((60, "顧客クレーム件数"), (160, "6件"), (240, "4件")):
        page.drawString(x, 648, text)
    page.drawString(320, 655, "各工場 月5件以")  # the target wraps inside its cell
    page.drawString(320, 641, "下")
    for x, name in ((60, "No."), (90, "内容"), (300, "期限"), (400, "担当")):
        page.drawString(x, 575, name)
    for x, text in ((60, "1"), (90, "X線異物検出機を更新する"), (300, "2026年12月15日")):
        page.drawString(x, 536, text)
    # Wrapped at its spaces; the producer writes each at the start of the next line.
    for y, text in ((550, "品質保証部"), (536, " 品質保証課"), (522, " 長尾")):
        page.drawString(400, y, text)
    for x, text in ((60, "2"), (90, "印字検査カメラを導入する"), (300, "2027年1月29日"), (400, "岡山工場 若林")):
        page.drawString(x, 495, text)


def test_a_cell_wrapped_around_its_rows_line_stays_one_cell_of_its_row() -> None:
    lines = _page_lines(_report_pdf(_draw_centred_tables))
    assert "指標 | 千葉工場 9月 | 岡山工場 9月 | 目標" in lines
    assert "指標: 顧客クレーム件数 | 千葉工場 9月: 6件 | 岡山工場 9月: 4件 | 目標: 各工場 月5件以下" in lines
    # The rows after it keep their labels and their columns' names.
    assert "指標: うち異物混入 | 千葉工場 9月: 2件 | 岡山工場 9月: 1件 | 目標: 0件" in lines
    assert "No.: 1 | 内容: X線異物検出機を更新する | 期限: 2026年12月15日 | 担当: 品質保証部 品質保証課 長尾" in lines
    assert "No.: 2 | 内容: 印字検査カメラを導入する | 期限: 2027年1月29日 | 担当: 岡山工場 若林" in lines
    assert not any(line in ("各工場 月5件以", "下", "品質保証部") for line in lines)


def _draw_spaced_words(page: Any) -> None:
    page.setFont(FONT, 10)
    page.drawString(60, 760, "作成：品質保証部 品質保証課　長尾")
    page.drawString(60, 740, "岡山工場で「ごまだれ 300ml」の印字誤り。金属異物（約1.5mm）を検出。FSSC 22000の審査。")
    # 「年間」 and 「20日…」 set a third of a character apart, with no space written between.
    page.drawString(60, 720, "年間")
    page.drawString(83.5, 720, "20日の年次有給休暇を付与する。")
    # The text layer an OCR engine lays over its scan: drawn invisible, spaced as it guessed.
    layer = page.beginText(60, 680)
    layer.setTextRenderMode(3)
    layer.setFont(FONT, 10)
    layer.textOut("申請 は 勤怠 システム で 行う。")
    page.drawText(layer)


def test_a_space_stays_only_where_the_page_shows_a_gap() -> None:
    text = parse_pdf(_report_pdf(_draw_spaced_words), "jpn+eng", ocr=False).sections[0].text
    # A space the producer wrote between Japanese words is one (not 品質保証課長 + 尾), a
    # full-width one too, and no column's edge.
    assert "作成：品質保証部 品質保証課 長尾" in text
    # A figure and its unit are one word; English words keep their space.
    assert "岡山工場で「ごまだれ 300ml」の印字誤り。金属異物（約1.5mm）を検出。FSSC 22000の審査。" in text
    # The space pdfium makes up where a figure is set apart from a word is none.
    assert "年間20日の年次有給休暇を付与する。" in text
    assert "申請は勤怠システムで行う。" in text


def _draw_bottom_aligned_table(page: Any) -> None:
    """A table whose cells are set at the bottom of their rows (reportlab's and a
    spreadsheet's default): a wrapped cell's lines stand over its row's line."""
    page.setFont(FONT, 9)
    for x, name in ((60, "指標"), (160, "千葉工場"), (240, "目標")):
        page.drawString(x, 700, name)
    for x, text in ((60, "工程内不良率"), (160, "0.38%"), (240, "0.45%以下")):
        page.drawString(x, 672, text)
    page.drawString(60, 652, "出荷前検査")
    for x, text in ((60, "合格率"), (160, "99.7%"), (240, "99.5%以上")):
        page.drawString(x, 640, text)
    for x, text in ((60, "顧客クレーム件数"), (160, "6件")):
        page.drawString(x, 608, text)
    page.drawString(240, 620, "各工場 月5件以")
    page.drawString(240, 608, "下")
    for x, text in ((60, "うち異物混入"), (160, "2件"), (240, "0件")):
        page.drawString(x, 578, text)


def test_a_cell_wrapped_over_its_rows_line_stays_one_cell_of_its_row() -> None:
    lines = _page_lines(_report_pdf(_draw_bottom_aligned_table))
    assert lines == [
        "指標 | 千葉工場 | 目標",
        "指標: 工程内不良率 | 千葉工場: 0.38% | 目標: 0.45%以下",
        "指標: 出荷前検査合格率 | 千葉工場: 99.7% | 目標: 99.5%以上",
        "指標: 顧客クレーム件数 | 千葉工場: 6件 | 目標: 各工場 月5件以下",
        "指標: うち異物混入 | 千葉工場: 2件 | 目標: 0件",
    ]


def _tight_header_pdf() -> bytes:
    def draw(page: Any) -> None:
        page.setFont(FONT, 9)
        # The three numeric columns' names set close together, each a little wider than its
        # figures: read by gaps alone, 「2025年度（kL）2026年度（kL）前年度比（%）」 is one cell.
        page.drawString(60, 700, "区分")
        page.drawString(130, 700, "拠点")
        for x, name in ((260, "2025年度（kL）"), (333, "2026年度（kL）"), (406, "前年度比（%）")):
            page.drawString(x, 700, name)
        rows = (("北部", "第1配水所", "2,184", "2,237", "102.4"), ("北部", "第2配水所", "1,562", "1,609", "103.0"), ("南部", "港配水所", "846", "1,135", "134.2"))
        for index, (kind, name, before, after, ratio) in enumerate(rows):
            y = 684 - index * 16
            page.drawString(60, y, kind)
            page.drawString(130, y, name)
            for x, figure in ((322, before), (395, after), (462, ratio)):
                page.drawRightString(x, y, figure)

    return _report_pdf(draw)


def test_a_tight_header_over_columns_of_figures_is_cut_into_their_names() -> None:
    lines = _page_lines(_tight_header_pdf())
    assert "区分 | 拠点 | 2025年度（kL） | 2026年度（kL） | 前年度比（%）" in lines, lines
    assert "区分: 北部 | 拠点: 第2配水所 | 2025年度（kL）: 1,562 | 2026年度（kL）: 1,609 | 前年度比（%）: 103.0" in lines, lines


def _two_row_header_pdf() -> bytes:
    """A price list whose header takes two rows: a name over each pair of columns, the
    columns' own names under it, and the band column's name merged down, set between them."""

    def draw(page: Any) -> None:
        page.setFont(FONT, 9)
        page.drawString(60, 700, "第2条 基本料金は、延床面積に応じて次の表のとおりとする。")
        page.drawCentredString(270, 670, "点検料（1回・税込）")
        page.drawCentredString(430, 670, "清掃料（1回・税込）")
        page.drawCentredString(110, 662, "延床面積")
        for x, name in ((230, "改定後"), (310, "改定前"), (390, "改定後"), (470, "改定前")):
            page.drawCentredString(x, 654, name)
        rows = (("50㎡未満", "4,400円", "3,960円", "8,800円", "7,700円"), ("50㎡以上100㎡未満", "6,600円", "5,500円", "13,200円", "11,000円"))
        for index, (band, *fees) in enumerate(rows):
            y = 638 - index * 16
            page.drawString(70, y, band)
            for x, fee in zip((230, 310, 390, 470), fees, strict=True):
                page.drawRightString(x + 20, y, fee)
        page.drawString(60, 590, "第3条 名簿")
        page.drawString(70, 570, "担当")
        page.drawString(200, 570, "氏名")
        page.drawString(70, 554, "点検")
        page.drawString(170, 554, "山田")
        page.drawString(230, 554, "鈴木")

    return _report_pdf(draw)


def test_a_header_on_two_rows_names_each_column_by_both() -> None:
    lines = _page_lines(_two_row_header_pdf())
    header = "延床面積 | 点検料（1回・税込） 改定後 | 点検料（1回・税込） 改定前 | 清掃料（1回・税込） 改定後 | 清掃料（1回・税込） 改定前"
    assert header in lines, lines
    assert ("延床面積: 50㎡以上100㎡未満 | 点検料（1回・税込） 改定後: 6,600円 | 点検料（1回・税込） 改定前: 5,500円"
            " | 清掃料（1回・税込） 改定後: 13,200円 | 清掃料（1回・税込） 改定前: 11,000円") in lines, lines
    # Names over names are a list, not a header: 「担当 | 氏名」 is no name over 山田 and 鈴木.
    assert not any("氏名 山田" in line for line in lines), lines


def _three_line_header_pdf() -> bytes:
    """A fee table whose header takes three lines: each time slot's name over its hours, both
    over two columns (市内, 市外); the room and day names merged down beside them; the room
    written on its group's first row only, and a short room name set flush left under a
    centred 「施設・室名」."""

    def draw(page: Any) -> None:
        page.setFont(FONT, 9)
        page.drawString(60, 720, "別表第1 使用料（単位：円）")
        for middle, slot, hours in ((280, "午前", "9:00〜12:00"), (400, "夜間", "18:00〜21:00")):
            page.drawCentredString(middle, 700, slot)
            page.drawCentredString(middle, 690, hours)
        page.drawCentredString(100, 690, "施設・室名")
        page.drawCentredString(195, 690, "曜日")
        for x, name in ((250, "市内"), (310, "市外"), (370, "市内"), (430, "市外")):
            page.drawCentredString(x, 678, name)
        rows = (("大ホール（客席1,002席）", "平日", "28,600", "42,900", "44,000", "66,000"), ("", "土日祝", "34,320", "51,480", "52,800", "79,200"),
                ("和室", "平日", "1,100", "1,650", "1,650", "2,480"), ("", "土日祝", "1,320", "1,980", "1,980", "2,970"))
        for index, (room, day, *fees) in enumerate(rows):
            y = 662 - index * 18
            if room:
                page.drawString(62, y, room)
            page.drawString(185, y, day)
            for x, fee in zip((250, 310, 370, 430), fees, strict=True):
                page.drawRightString(x + 14, y, fee)

    return _report_pdf(draw)


def test_a_header_on_three_lines_names_each_column_by_all_and_fills_the_room_down() -> None:
    lines = _page_lines(_three_line_header_pdf())
    assert "施設・室名 | 曜日 | 午前 9:00〜12:00 市内 | 午前 9:00〜12:00 市外 | 夜間 18:00〜21:00 市内 | 夜間 18:00〜21:00 市外" in lines, lines
    assert ("施設・室名: 大ホール（客席1,002席） | 曜日: 土日祝 | 午前 9:00〜12:00 市内: 34,320 | 午前 9:00〜12:00 市外: 51,480"
            " | 夜間 18:00〜21:00 市内: 52,800 | 夜間 18:00〜21:00 市外: 79,200") in lines, lines
    # 「和室」 stands under no name's box, but is the room column's: its 土日祝 row is 和室's, not 大ホール's.
    assert any(line.startswith("施設・室名: 和室 | 曜日: 平日 |") for line in lines), lines
    assert any(line.startswith("施設・室名: 和室 | 曜日: 土日祝 | 午前 9:00〜12:00 市内: 1,320") for line in lines), lines


def _right_set_figures_pdf() -> bytes:
    """Names set flush left over columns whose figures are set flush right, past the names' ends."""

    def draw(page: Any) -> None:
        page.setFont(FONT, 9)
        page.drawString(60, 700, "2. 営業所別の保有台数と稼働率")
        for left, name in ((70, "営業所"), (150, "保有台数（台）"), (250, "稼働率（%）")):
            page.drawString(left, 680, name)
        for index, (shop, cars, rate) in enumerate((("空港店", "156", "75.9"), ("駅前店", "114", "72.8"), ("全店", "386", "72.4"))):
            y = 664 - index * 16
            page.drawString(70, y, shop)
            page.drawRightString(232, y, cars)
            page.drawRightString(330, y, rate)

    return _report_pdf(draw)


def test_figures_set_right_past_their_names_are_those_columns() -> None:
    lines = _page_lines(_right_set_figures_pdf())
    assert "営業所: 空港店 | 保有台数（台）: 156 | 稼働率（%）: 75.9" in lines, lines
    assert "営業所: 全店 | 保有台数（台）: 386 | 稼働率（%）: 72.4" in lines, lines
