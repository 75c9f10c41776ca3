"""A report's PDF read line by line: a heading over a table stays its own line, a figure set
glyph by glyph keeps no space the page does not show, and a sentence wrapped at the right margin
is one line again, while list items, headings and table rows stay apart.

The pages are laid out by reportlab's platypus as a report generator lays them out (as
tests/data/holdout5/make_holdout5.py writes its PDF): body 9.5 points on 14.5, headings 11.5,
tables of 9-point cells with a grid, A4 with 18 mm margins.
"""

from __future__ import annotations

import io

from ingestion.parsing.pdf import parse_pdf

FONT = "HeiseiKakuGo-W5"
SERIF_FONT = "HeiseiMin-W3"


def _report_pdf(blocks: list[tuple[str, object]], *, font: str = FONT) -> bytes:
    """A report of ("h1" | "p", text), ("small", text: a paragraph in the tables' size) and
    ("table", (column widths in mm, rows)) blocks."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont(font))
    body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=14.5, wordWrap="CJK")
    heading = ParagraphStyle("heading", parent=body, fontSize=11.5, leading=16, spaceBefore=7, spaceAfter=2)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12)
    flow: list[object] = []
    for kind, content in blocks:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "small":
            flow.append(Paragraph(str(content), cell))
        elif kind == "table":
            widths, rows = content  # type: ignore[misc]
            table = Table([[Paragraph(value, cell) for value in row] for row in rows], colWidths=[width * mm for width in widths])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            flow.extend([table, Spacer(1, 2.5 * mm)])
    buffer = io.BytesIO()
    margin = 18 * mm
    document = SimpleDocTemplate(buffer, pagesize=A4, invariant=1, leftMargin=margin, rightMargin=margin,
                                 topMargin=margin, bottomMargin=margin)
    document.build(flow)
    return buffer.getvalue()


def _lines(pdf: bytes) -> list[str]:
    document = parse_pdf(pdf, "jpn+eng", ocr=False)
    return [line for section in document.sections for line in section.text.splitlines()]


TILLS_TABLE = ("table", ([30, 22, 24, 24, 37, 37], [
    ["店舗", "有人レジ", "セミセルフ", "フルセルフ", "キャッシュレス比率 2025年度", "キャッシュレス比率 2026年度上期"],
    ["松本南店", "4台", "8台", "6台", "58.2%", "63.5%"],
    ["全店", "21台", "40台", "22台", "51.6%", "56.3%"],
]))
CONTACTS_TABLE = ("table", ([70, 50, 54], [
    ["窓口", "連絡先", "受付時間"],
    ["本部 店舗運営部", "内線 2310", "平日 9:00〜18:00"],
    ["レジ保守センター（機器の故障）", "0263-00-7781", "毎日 7:00〜23:00"],
]))


def test_a_heading_over_a_table_stays_its_own_line() -> None:
    # A table higher on the page, prose, then the heading right over the next table's header:
    # the heading is no line of the header's first cell.
    lines = _lines(_report_pdf([
        TILLS_TABLE,
        ("p", "キャッシュレス決済の端末の手数料は会社が負担する。岡谷店には、2027年度にフルセルフレジを2台入れる予定である。"),
        ("h1", "7. 売上金の入金"),
        ("p", "精算が終わった売上金は、事務所の入金機に入れる。入金機の現金は、警備会社が毎朝9:30に回収する（日曜日を除く）。"
              "入金機が故障したときは、売上金を金庫に入れて施錠し、本部 総務部に連絡する。"),
        ("h1", "8. 連絡先"),
        CONTACTS_TABLE,
    ]))
    _assert_heading_then_contacts(lines)


def test_a_heading_in_the_tables_size_over_a_table_stays_its_own_line() -> None:
    # Set as small as the cells, the heading is told from a cell's line by the paragraph over
    # it, which runs across the columns.
    lines = _lines(_report_pdf([
        TILLS_TABLE,
        ("p", "キャッシュレス決済の端末の手数料は会社が負担する。岡谷店には、2027年度にフルセルフレジを2台入れる予定である。"),
        ("small", "8. 連絡先"),
        CONTACTS_TABLE,
    ]))
    _assert_heading_then_contacts(lines)


def test_a_heading_between_two_tables_stays_its_own_line() -> None:
    lines = _lines(_report_pdf([TILLS_TABLE, ("small", "（単位：台）"), ("h1", "8. 連絡先"), CONTACTS_TABLE]))
    assert "（単位：台）" in lines
    _assert_heading_then_contacts(lines)


def _assert_heading_then_contacts(lines: list[str]) -> None:
    header = lines.index("窓口 | 連絡先 | 受付時間")
    assert lines[header - 1] == "8. 連絡先"
    assert lines[header + 1].startswith("窓口: 本部 店舗運営部 | 連絡先: 内線 2310")


def test_a_figure_set_glyph_by_glyph_has_no_space_inside() -> None:
    lines = _lines(_report_pdf([
        ("h1", "3. 営業中の取扱い"),
        ("p", "(1) 1万円札を受け取ったときは、お客様の前で声に出す。"),
        ("p", "(2) 有人レジの中の1万円札が20枚を超えたら、中間回収をする。"),
        CONTACTS_TABLE,
    ]))
    assert "(1) 1万円札を受け取ったときは、お客様の前で声に出す。" in lines
    assert "(2) 有人レジの中の1万円札が20枚を超えたら、中間回収をする。" in lines
    assert "窓口: 本部 店舗運営部 | 連絡先: 内線 2310 | 受付時間: 平日 9:00〜18:00" in lines
    assert "窓口: レジ保守センター（機器の故障） | 連絡先: 0263-00-7781 | 受付時間: 毎日 7:00〜23:00" in lines


def test_a_sentence_wrapped_at_the_margin_before_a_figure_is_one_line() -> None:
    lines = _lines(_report_pdf([
        ("h1", "3. 営業中の取扱い"),
        ("p", "(2) 有人レジの中の1万円札が20枚を超えたら、インカムで時間帯責任者を呼び、中間回収をする（第2版までは30枚）。"),
        ("p", "(3) 両替はサービスカウンターだけで行い、1回1万円までとする。レジでは両替しない。"),
        ("h1", "4. 閉店後の精算と過不足"),
        ("p", "第2版までは、1,000円以上の過不足はすべて店舗運営部に報告していた。1台1日1,000円以上の過不足は、2024年度が全店で"
              "86件、2025年度が61件であった。"),
        ("h1", "5. 店舗別のレジの台数"),
    ]))
    assert lines == [
        "3. 営業中の取扱い",
        "(2) 有人レジの中の1万円札が20枚を超えたら、インカムで時間帯責任者を呼び、中間回収をする（第2版までは30枚）。",
        "(3) 両替はサービスカウンターだけで行い、1回1万円までとする。レジでは両替しない。",
        "4. 閉店後の精算と過不足",
        "第2版までは、1,000円以上の過不足はすべて店舗運営部に報告していた。1台1日1,000円以上の過不足は、2024年度が全店で86件、2025年度が61件であった。",
        "5. 店舗別のレジの台数",
    ]


def test_an_english_sentence_wrapped_at_the_margin_is_one_line_with_its_space() -> None:
    sentence = ("The change float of every till is counted by two members of staff thirty minutes before the store opens, "
                "and any difference of 1,000 yen or more is reported to the store manager on the same day.")
    lines = _lines(_report_pdf([("p", sentence), ("p", "Contact: store operations, extension 2310.")], font=SERIF_FONT))
    assert lines == [sentence, "Contact: store operations, extension 2310."]


def test_list_items_headings_table_rows_and_short_lines_stay_apart() -> None:
    # 「(1)」 wraps at the margin; 「・」 and the second 「(2)」 fill their line to the margin,
    # and what follows each starts something of its own: a note, a table, a list item.
    lines = _lines(_report_pdf([
        ("p", "各レジの釣銭準備金は、店舗の区分に応じて次の額とする。開店30分前までに、時間帯責任者と担当者の2名で金種ごとに"
              "数えてから、レジに入れる。"),
        ("p", "2026年4月 松本南店 開店"),
        ("p", "2026年10月 上田店 改装"),
        ("p", "(1) 1万円札を受け取ったときは、お客様の前で「1万円お預かりします」と声に出し、お釣りを渡し終えるまで紙幣を"
              "カルトンの上に置いてお客様に確かめていただく。"),
        ("p", "・商品券は、お釣りを出す当社の商品券と、お釣りを出さない共通商品券の二種類があって、どちらも使える。"),
        ("p", "※ サービスカウンターに案内する。"),
        ("p", "(2) 両替はサービスカウンターだけで行い、一回一万円までとする。レジでは両替しないので、注意すること。"),
        TILLS_TABLE,
        ("p", "(3) 両替はサービスカウンターだけで行い、一回一万円までとする。レジでは両替しないので、注意すること。"),
        ("p", "(4) 精算は閉店後に行う。"),
        ("h1", "4. 閉店後の精算"),
    ]))
    assert lines == [
        "各レジの釣銭準備金は、店舗の区分に応じて次の額とする。開店30分前までに、時間帯責任者と担当者の2名で金種ごとに数えてから、レジに入れる。",
        "2026年4月 松本南店 開店",
        "2026年10月 上田店 改装",
        "(1) 1万円札を受け取ったときは、お客様の前で「1万円お預かりします」と声に出し、お釣りを渡し終えるまで紙幣をカルトンの上に置いてお客様に確かめていただく。",
        "・ 商品券は、お釣りを出す当社の商品券と、お釣りを出さない共通商品券の二種類があって、どちらも使える。",
        "※ サービスカウンターに案内する。",
        "(2) 両替はサービスカウンターだけで行い、一回一万円までとする。レジでは両替しないので、注意すること。",
        "店舗 | 有人レジ | セミセルフ | フルセルフ | キャッシュレス比率2025年度 | キャッシュレス比率2026年度上期",
        "店舗: 松本南店 | 有人レジ: 4台 | セミセルフ: 8台 | フルセルフ: 6台 | キャッシュレス比率2025年度: 58.2% | キャッシュレス比率2026年度上期: 63.5%",
        "店舗: 全店 | 有人レジ: 21台 | セミセルフ: 40台 | フルセルフ: 22台 | キャッシュレス比率2025年度: 51.6% | キャッシュレス比率2026年度上期: 56.3%",
        "(3) 両替はサービスカウンターだけで行い、一回一万円までとする。レジでは両替しないので、注意すること。",
        "(4) 精算は閉店後に行う。",
        "4. 閉店後の精算",
    ]


def _plain_table_pdf(rows: list[list[str]], font: str) -> bytes:
    """A table of plain-string cells (reportlab draws each as one string, no Paragraph)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Table

    pdfmetrics.registerFont(UnicodeCIDFont(font))
    table = Table(rows)
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), font)])
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build([table])
    return buffer.getvalue()


def test_a_figures_comma_stays_in_its_figure() -> None:
    # The comma's ink sits on the baseline, under the digits' boxes: read by its ink alone, it was a
    # line of its own under the row, and 「1,326」 came out as 「1326 ,」.
    for font in (FONT, SERIF_FONT):
        rows = [["路線", "2025年度", "2026年度"], ["本線", "1,326", "12,480"], ["湖畔線", "987", "1,002.5"]]
        text = "\n".join(_lines(_plain_table_pdf(rows, font)))
        assert "1,326" in text and "12,480" in text and "1,002.5" in text, (font, text)
        assert "1326" not in text and " ," not in text, (font, text)
