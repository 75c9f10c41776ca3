"""Write the five documents and the four question sets of the forty-eighth holdout corpus
(tests/data/holdout48/README.md).

One fictional regional cinema chain, 株式会社あさぎシネマズ (head office in the fictional 鷺ノ森市;
five cinema complexes: 中央館, 北浜館 and 桜丘館 in the city area, 湖畔館 and 西浦館 in the suburbs), and
five documents its staff would look things up in: the screening report of fiscal 2026 as a PDF
(attendance and seat occupancy by theatre and screen under a two-row header, each theatre written
only on the first row of its group, a table that crosses the page break inside a group with both
header rows repeated; a band table of school and group rates with the boundary rule and worked
examples), the admission and refund rules as Word (articles 第1条〜第12条, prices after and before
the revision side by side, refund fees banded by timing, three 附則), the attendance and concession
figures as Excel (twelve months × five theatres under a region header, 合計, 月平均, 注記; concession
sales in 千円), a deck for the first-half sales meeting as PowerPoint (priorities, targets by
theatre, a text box of fiscal 2026 figures, events) and an all-theatre e-mail (.eml) on training,
the ticketing changeover and the summer opening hours. Every name, address, telephone number and
figure here is invented (e-mail domains end in `.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/) or the earlier holdouts' questions; it is there to measure how the appliance generalises,
not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail is
fixed text with a fixed date and message id.

    .venv/bin/python tests/data/holdout48/make_holdout48.py            # documents here, sets in tests/data
    .venv/bin/python tests/data/holdout48/make_holdout48.py --out DIR  # documents in DIR/holdout48, sets in DIR
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import (  # noqa: E402
    CID_FONT,
    docx_east_asian_font,
    docx_header_row,
    normalize_zip,
    pptx_fill,
    pptx_font,
    pptx_place,
    print_sizes,
    save_workbook,
)

NAME = "holdout48"
FIXED_MOMENT = datetime.datetime(2027, 5, 18, 10, 15, 0)
COMPANY = "株式会社あさぎシネマズ"
CITY = "鷺ノ森市"
HEADER_FILL = "DDEBF7"

# ---------------------------------------------------------------------------------------------
# Figures shared by more than one document.

THEATRES = ["中央館", "北浜館", "桜丘館", "湖畔館", "西浦館"]
REGIONS = [("市内エリア", ["中央館", "北浜館", "桜丘館"]), ("郊外エリア", ["湖畔館", "西浦館"])]
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
DASH = "－"

# Screens: name, seats, attendance fiscal 2025 and 2026 (None: not open), average seat occupancy
# (%) fiscal 2025 and 2026 (None: not open).
SCREENS: dict[str, list[tuple[str, int, int | None, int | None, float | None, float | None]]] = {
    "中央館": [
        ("スクリーン1（あさぎMAX）", 428, 168_420, 176_935, 38.6, 40.4),
        ("スクリーン2", 312, 121_506, 118_742, 35.2, 34.4),
        ("スクリーン3", 248, 97_815, 102_360, 36.9, 38.6),
        ("スクリーン4", 186, 70_244, 73_918, 33.8, 35.6),
        ("スクリーン5", 186, 68_907, 66_351, 33.1, 31.9),
        ("スクリーン6", 124, 45_630, 48_215, 32.8, 34.7),
        ("スクリーン7", 124, 44_118, 47_062, 31.7, 33.9),
        ("スクリーン8", 96, 33_572, 35_804, 30.5, 32.6),
    ],
    "北浜館": [
        ("スクリーン1", 356, 118_204, 124_671, 33.4, 35.2),
        ("スクリーン2", 244, 84_317, 81_905, 31.8, 30.9),
        ("スクリーン3", 198, 66_542, 70_128, 30.9, 32.6),
        ("スクリーン4", 198, 65_913, 68_470, 30.6, 31.8),
        ("スクリーン5", 132, 41_276, 43_595, 28.7, 30.3),
        ("スクリーン6", 98, 30_084, 31_772, 28.2, 29.8),
    ],
    "桜丘館": [
        ("スクリーン1", 284, 92_736, 95_104, 30.0, 30.8),
        ("スクリーン2", 210, 67_390, 69_853, 29.5, 30.6),
        ("スクリーン3", 168, 52_044, 53_917, 28.4, 29.4),
        ("スクリーン4", 168, 51_388, 50_206, 28.0, 27.4),
        ("スクリーン5", 112, 33_905, 35_148, 27.8, 28.8),
        ("スクリーン6", 72, None, 9_836, None, 25.7),
    ],
    "湖畔館": [
        ("スクリーン1", 392, 131_820, 138_457, 34.6, 36.3),
        ("スクリーン2", 256, 85_614, 89_203, 31.5, 32.8),
        ("スクリーン3", 204, 66_018, 68_775, 30.4, 31.6),
        ("スクリーン4", 204, 64_391, 63_120, 29.7, 29.1),
        ("スクリーン5", 150, 44_860, None, 28.1, None),
        ("スクリーン6", 110, 32_207, 34_518, 27.5, 29.5),
        ("スクリーン7", 110, 31_655, 33_902, 27.0, 29.0),
    ],
    "西浦館": [
        ("スクリーン1", 300, 86_402, 89_115, 27.7, 28.6),
        ("スクリーン2", 220, 60_873, 62_540, 26.6, 27.3),
        ("スクリーン3", 160, 42_096, 44_318, 25.3, 26.6),
        ("スクリーン4", 160, 41_527, 40_883, 24.9, 24.5),
        ("スクリーン5", 96, 24_310, 25_962, 24.3, 25.9),
    ],
}
# Theatre subtotals: seats, attendance 2025 and 2026, occupancy 2025 and 2026 (written in the report).
SUBTOTAL_OCCUPANCY = {"中央館": (35.4, 36.3), "北浜館": (31.4, 32.6), "桜丘館": (28.9, 29.4),
                      "湖畔館": (30.6, 32.1), "西浦館": (26.1, 26.8)}
TOTAL_OCCUPANCY = (31.2, 32.1)


def _attendance(theatre: str, index: int) -> int:
    return sum(row[index] or 0 for row in SCREENS[theatre])  # type: ignore[misc]


SEATS = {theatre: sum(row[1] for row in SCREENS[theatre]) for theatre in THEATRES}
ATT_2025 = {theatre: _attendance(theatre, 2) for theatre in THEATRES}
ATT_2026 = {theatre: _attendance(theatre, 3) for theatre in THEATRES}
TOTAL_2025 = sum(ATT_2025.values())
TOTAL_2026 = sum(ATT_2026.values())

# Monthly attendance of fiscal 2026 by theatre: the year's total spread over the months by a
# seasonal pattern of each theatre's own, the rounding taken up in March.
SEASON = {
    "中央館": [82, 97, 68, 90, 125, 72, 79, 70, 91, 88, 64, 84],
    "北浜館": [80, 99, 70, 92, 121, 73, 77, 71, 89, 87, 66, 85],
    "桜丘館": [74, 89, 63, 84, 114, 68, 88, 81, 101, 97, 74, 93],
    "湖畔館": [83, 101, 66, 93, 131, 75, 78, 68, 88, 86, 62, 82],
    "西浦館": [79, 96, 69, 94, 128, 71, 76, 69, 92, 85, 63, 83],
}


def _monthly(theatre: str) -> list[int]:
    weights = SEASON[theatre]
    total = ATT_2026[theatre]
    values = [round(total * weight / sum(weights)) for weight in weights[:-1]]
    return values + [total - sum(values)]


MONTHLY = {theatre: _monthly(theatre) for theatre in THEATRES}
MONTH_TOTALS = [sum(MONTHLY[theatre][index] for theatre in THEATRES) for index in range(12)]

# Concession sales of fiscal 2026 in 千円 (None: not sold there).
CONCESSION_KINDS = ["ポップコーン", "ドリンク", "ホットスナック", "アルコール", "パンフレット", "キャラクターグッズ"]
CONCESSIONS: dict[str, list[int | None]] = {
    "ポップコーン": [98_412, 61_307, 47_825, 58_936, 36_184],
    "ドリンク": [87_650, 55_918, 43_207, 52_471, 32_806],
    "ホットスナック": [24_318, 14_652, 10_947, 15_083, None],
    "アルコール": [9_472, None, None, 6_215, None],
    "パンフレット": [12_806, 7_934, 6_118, 7_452, 4_387],
    "キャラクターグッズ": [18_735, 9_846, 7_390, 10_624, 5_218],
}
CONCESSION_ROW_TOTALS = {kind: sum(value or 0 for value in values) for kind, values in CONCESSIONS.items()}
CONCESSION_THEATRE_TOTALS = [sum(CONCESSIONS[kind][index] or 0 for kind in CONCESSION_KINDS)
                             for index in range(len(THEATRES))]
CONCESSION_TOTAL = sum(CONCESSION_THEATRE_TOTALS)

# School and group rates (per person) by group size: 一般, 大学生・高校生, 中学生・小学生.
GROUP_BANDS = [
    ("10名以上30名未満", 1_700, 1_300, 900),
    ("30名以上100名未満", 1_500, 1_150, 800),
    ("100名以上", 1_300, 1_050, 700),
]

# Admission prices after and before the revision (規程 第4条).
PRICES = [
    ("一般", "2,000円", "1,900円", ""),
    ("大学生・専門学校生", "1,600円", "1,500円", "学生証の提示が必要"),
    ("高校生", "1,200円", "1,000円", "学生証の提示が必要"),
    ("中学生・小学生", "1,000円", "1,000円", "据置き"),
    ("幼児（3歳以上）", "900円", "900円", "据置き。3歳未満は膝上鑑賞に限り無料"),
    ("シニア（60歳以上）", "1,400円", "1,300円", "年齢の確認できる書類の提示が必要"),
    ("障がい者手帳をお持ちの方", "1,100円", "1,000円", "同伴者1名まで同額"),
    ("あさぎシネマクラブ会員（本人）", "1,500円", "1,400円", "会員証の提示が必要"),
    ("ファーストデイ（毎月1日）", "1,300円", "1,200円", "全区分共通。中学生以下は通常料金の方が安い場合はその額"),
]

REFUND_BANDS = [
    ("上映開始の48時間前まで", "無料"),
    ("上映開始の48時間前を過ぎ、3時間前まで", "200円"),
    ("上映開始の3時間前を過ぎ、30分前まで", "鑑賞料金の50%"),
    ("上映開始の30分前を過ぎた後", "払戻しはしない"),
]

# First-half targets (4月〜9月) of fiscal 2027: attendance, concession sales (千円), new members.
TARGETS = [
    ("中央館", 352_000, 132_500, 3_200),
    ("北浜館", 218_000, 78_400, 2_050),
    ("桜丘館", 164_000, 59_300, 1_680),
    ("湖畔館", 232_000, 76_800, 2_240),
    ("西浦館", 138_000, 41_900, 1_260),
]

WEEKDAYS = "月火水木金土日"


def _n(value: int | float | None, digits: int = 0) -> str:
    if value is None:
        return DASH
    return f"{value:,.{digits}f}"


def _day(month: int, day: int, year: int = 2027) -> str:
    """A date with its weekday, as the e-mail and the deck write it: 5月25日（火）."""
    return f"{month}月{day}日（{WEEKDAYS[datetime.date(year, month, day).weekday()]}）"


# ---------------------------------------------------------------------------------------------
# 1. PDF: the screening report of fiscal 2026.

REPORT_FILENAME = "2026年度_劇場別上映実績報告書.pdf"
REPORT_TITLE = "株式会社あさぎシネマズ 2026年度 劇場別上映実績報告書"

SCREEN_HEADER_1 = ["劇場", "スクリーン", "座席数", "入場者数（人）", "", "平均座席稼働率（%）", ""]
SCREEN_HEADER_2 = ["", "", "", "2025年度", "2026年度", "2025年度", "2026年度"]
SPLIT_THEATRE = "桜丘館"


def screen_table() -> list[list[str]]:
    rows = [SCREEN_HEADER_1, SCREEN_HEADER_2]
    for theatre in THEATRES:
        for index, (screen, seats, a25, a26, r25, r26) in enumerate(SCREENS[theatre]):
            rows.append([theatre if index == 0 else "", screen, _n(seats), _n(a25), _n(a26), _n(r25, 1),
                         _n(r26, 1)])
        r25, r26 = SUBTOTAL_OCCUPANCY[theatre]
        rows.append(["", "小計", _n(SEATS[theatre]), _n(ATT_2025[theatre]), _n(ATT_2026[theatre]),
                     _n(r25, 1), _n(r26, 1)])
    rows.append(["合計", "", _n(sum(SEATS.values())), _n(TOTAL_2025), _n(TOTAL_2026),
                 _n(TOTAL_OCCUPANCY[0], 1), _n(TOTAL_OCCUPANCY[1], 1)])
    return rows


def group_table() -> list[list[str]]:
    return [["人数区分", "一般", "大学生・高校生", "中学生・小学生"]] + [
        [band, f"{_n(adult)}円", f"{_n(student)}円", f"{_n(child)}円"] for band, adult, student, child in GROUP_BANDS
    ]


def _example_cost(children: int, adults: int, band: int, column: int) -> str:
    return _n(children * GROUP_BANDS[band][column] + adults * GROUP_BANDS[band][1])


REPORT_BLOCKS: list[tuple[str, object]] = [
    ("p", "2027年（令和9年）5月14日　株式会社あさぎシネマズ 営業本部 興行企画課"),
    ("h1", "1. 概況"),
    ("p", f"この報告書は、2026年度（2026年4月1日から2027年3月31日まで）の当社5劇場の上映実績を、劇場別・スクリーン別に"
          f"まとめたものである。当社は{CITY}とその周辺で、市内エリアの中央館・北浜館・桜丘館、郊外エリアの湖畔館・西浦館の"
          "5つのシネマコンプレックス（計32スクリーン）を運営している。"),
    ("p", f"2026年度の入場者数は全館で{_n(TOTAL_2026)}人となり、前年度の{_n(TOTAL_2025)}人を"
          f"{_n(TOTAL_2026 - TOTAL_2025)}人上回った。夏休み期間のアニメーション作品と、年末年始の大作2本が全館で好調"
          "だった。湖畔館のスクリーン5は、座席と音響設備の改修工事のため2026年4月1日から休止しており、2027年7月16日に"
          "営業を再開する。桜丘館では2026年10月8日に小規模スクリーン（スクリーン6、72席）を新設した。"),
    ("p", "入場者数は有料入場者と招待券による入場者の計で、舞台挨拶付き上映などの特別興行を含む。平均座席稼働率は、"
          "入場者数を（座席数×上映回数）で割った割合である。小計・合計の稼働率は、各スクリーンの上映回数と座席数で"
          "加重した値である。"),
    ("h1", "2. 劇場別・スクリーン別の入場者数と平均座席稼働率"),
    ("p", "劇場別・スクリーン別の入場者数と平均座席稼働率は次の表のとおりである。「－」は、その年度にそのスクリーン"
          "で上映を行わなかったことを表す（桜丘館スクリーン6は2025年度に未開業、湖畔館スクリーン5は2026年度に休止）。"),
    ("screen_table", None),
    ("p", "中央館は、あさぎMAXの上映作品の増加によりスクリーン1の稼働率が40%を超えた。湖畔館は、スクリーン5の休止"
          "で入場者数が前年度を下回ったが、他のスクリーンの上映回数を増やし、スクリーン1〜3は前年度を上回った。西浦館は、近隣の大型商業施設の閉店の"
          "影響でスクリーン4の入場者数が前年度を下回った。"),
    ("h1", "3. 学校・団体鑑賞の料金（2027年7月1日以降の上映回）"),
    ("p", "学校行事や企業・団体での鑑賞は、同じ上映回を10名以上でご覧になる場合に、次の団体料金（1名あたり、税込）"
          "を適用する。予約は上映日の14日前までに、各劇場の団体窓口で受け付ける。"),
    ("group_table", None),
    ("p", "人数区分の決め方：人数は、同じ上映回を鑑賞する団体の全員（引率の教職員・保護者を含む）で数える。「以上」は"
          "その人数を含み、「未満」はその人数を含まない。引率者には「一般」の欄の料金を適用する。9名以下の団体には団体"
          "料金を適用せず、鑑賞料金及び払戻し等に関する規程の通常の料金による。"),
    ("p", f"例1：小学生9名と引率の教員1名の計10名の場合は「10名以上30名未満」の区分となり、小学生は1名"
          f"{_n(GROUP_BANDS[0][3])}円、教員は{_n(GROUP_BANDS[0][1])}円で、合計{_example_cost(9, 1, 0, 3)}円となる。"),
    ("p", f"例2：中学生27名と引率の教員3名の計30名の場合は「30名以上100名未満」の区分となり、中学生は1名"
          f"{_n(GROUP_BANDS[1][3])}円、教員は1名{_n(GROUP_BANDS[1][1])}円で、合計{_example_cost(27, 3, 1, 3)}円となる。"),
    ("p", "例3：小学生26名と保護者3名の計29名の場合は「10名以上30名未満」の区分となる。当日に1名が加わって30名になった"
          "ときは、団体窓口で区分を変更して差額を返金する。"),
    ("h1", "4. 問い合わせ先"),
    ("p", "この報告書についての問い合わせは、営業本部 興行企画課（電話 0299-00-5140、"
          "kogyo@asagi-cinemas.example）まで。団体鑑賞の予約は各劇場の団体窓口で受け付ける。"),
]


def build_pdf(path: Path) -> None:
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
    heading = ParagraphStyle("heading", parent=body, fontSize=13, leading=19, spaceBefore=9, spaceAfter=4)
    title_style = ParagraphStyle("title", parent=body, fontSize=14, leading=20, spaceAfter=6)
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT)
    grey = colors.grey
    header_colour = colors.HexColor("#" + HEADER_FILL)

    def base_style(header_rows: int) -> list[tuple]:
        return [
            ("FONTNAME", (0, 0), (-1, -1), CID_FONT),
            ("FONTSIZE", (0, 0), (-1, -1), 9),
            ("LEADING", (0, 0), (-1, -1), 11),
            ("GRID", (0, 0), (-1, -1), 0.5, grey),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), header_colour),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]

    flow: list[object] = [Paragraph(REPORT_TITLE, title_style)]
    for index, (kind, content) in enumerate(REPORT_BLOCKS):
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), right if index == 0 else body))
        elif kind == "screen_table":
            rows = screen_table()
            table = Table(rows, repeatRows=2, colWidths=[16 * mm, 44 * mm, 16 * mm, 22 * mm, 22 * mm, 24 * mm, 24 * mm])
            style = base_style(2) + [
                ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
                ("SPAN", (3, 0), (4, 0)), ("SPAN", (5, 0), (6, 0)),
                ("ALIGN", (2, 2), (-1, -1), "RIGHT"),
            ]
            for row_index, row in enumerate(rows):
                if row[1] == "小計" or row[0] == "合計":
                    style.append(("BACKGROUND", (1 if row[0] != "合計" else 0, row_index), (-1, row_index),
                                  colors.HexColor("#F2F2F2")))
            table.setStyle(TableStyle(style))
            flow.extend([table, Spacer(1, 4 * mm)])
        elif kind == "group_table":
            table = Table(group_table(), repeatRows=1, colWidths=[44 * mm, 30 * mm, 34 * mm, 34 * mm])
            table.setStyle(TableStyle(base_style(1) + [("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
            flow.extend([table, Spacer(1, 4 * mm)])
    margin = 20 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=REPORT_TITLE,
                                 author=f"{COMPANY} 営業本部", leftMargin=margin, rightMargin=margin,
                                 topMargin=margin, bottomMargin=margin)
    document.build(flow)


# ---------------------------------------------------------------------------------------------
# 2. DOCX: the admission and refund rules.

RULES_FILENAME = "鑑賞料金及び払戻し等に関する規程_2027年6月改定.docx"
RULES_TITLE = "鑑賞料金及び払戻し等に関する規程"

RULES_BODY: list[tuple[str, object]] = [
    ("right", "平成31年3月15日 制定\n令和4年（2022年）9月20日 改正\n令和9年（2027年）4月20日 改正"),
    ("h1", "第1条（目的）"),
    ("p", f"この規程は、{COMPANY}（以下「当社」という。）が運営する劇場における映画の鑑賞料金、鑑賞券の販売、払戻し"
          "及び入場の条件について定めることを目的とする。"),
    ("h1", "第2条（適用範囲）"),
    ("p", "この規程は、中央館、北浜館、桜丘館、湖畔館及び西浦館の5劇場（以下「各劇場」という。）で販売する鑑賞券に"
          "適用する。学校・団体鑑賞の料金は、営業本部が別に定める。"),
    ("h1", "第3条（定義）"),
    ("p", "この規程で「上映回」とは、作品ごと・スクリーンごとの1回の上映をいい、「鑑賞券」とは、上映回と座席を指定した"
          "入場券をいう。「会員」とは、当社の会員制度「あさぎシネマクラブ」に登録した者をいう。"),
    ("h1", "第4条（鑑賞料金）"),
    ("p", "鑑賞料金（1名1回あたり、消費税込み）は、次の表の「改定後」の欄のとおりとする。「改定前」の欄は、2027年5月31日"
          "までの料金である。"),
    ("price_table", None),
    ("p", "2 年齢は上映日の年齢による。割引の区分に2つ以上該当するときは、最も安い料金を適用する。"),
    ("h1", "第5条（特別上映の追加料金）"),
    ("p", "3D上映は、前条の料金に1名につき400円（改定前300円）を加算する。3D眼鏡を持参した場合も同額とする。"
          "中央館スクリーン1の大型上映「あさぎMAX」は、1名につき600円（改定前500円）を加算する。"
          "3D上映を「あさぎMAX」で行う場合は、両方の追加料金を合計した額を加算する。"),
    ("h1", "第6条（鑑賞券の販売）"),
    ("p", "鑑賞券は、上映日の2日前の0:00から、当社のウェブサイト及び各劇場の券売機・窓口で販売する。会員は、上映日の"
          "3日前の0:00から購入できる。1回の購入は1名につき6枚までとする。"),
    ("h1", "第7条（支払方法）"),
    ("p", "鑑賞料金は、現金、クレジットカード、電子マネー又はコード決済で支払うものとする。ウェブサイトでの購入は"
          "クレジットカード及びコード決済に限る。"),
    ("h1", "第8条（払戻し）"),
    ("p", "購入者の都合による鑑賞券の払戻しは、取消しの時期に応じて、次の表の払戻手数料を差し引いて行う。"),
    ("refund_table", None),
    ("p", "2 取消しの時期は、取消しの手続を完了した時刻で判定する。区分の境目の時刻ちょうどの取消しは、手数料の低い方の"
          "区分による。たとえば上映開始のちょうど3時間前の取消しは、払戻手数料200円の区分である。"),
    ("p", "3 ウェブサイトで購入した鑑賞券の払戻しはウェブサイトで、窓口・券売機で購入した鑑賞券の払戻しは購入した劇場の"
          "窓口で行う。"),
    ("h1", "第9条（上映中止の場合の払戻し）"),
    ("p", "機材の故障、停電、災害その他当社の都合で上映を中止したときは、手数料を差し引かずに鑑賞料金の全額を払い戻す。"
          "上映開始から30分以上経過した後に中止したときは、払戻しに加えて、当社の各劇場で使える招待券を1名につき1枚"
          "交付する。"),
    ("h1", "第10条（入場の制限）"),
    ("p", "年齢制限のある作品（R15+・R18+）は、年齢の確認できる書類を提示した者に限り入場できる。PG12の作品に小学生以下"
          "の者が入場するときは、保護者の同伴を勧める。入場は上映開始の20分前から、本編開始の後15分までとする。"),
    ("h1", "第11条（飲食物の持込み）"),
    ("p", "館内で販売したもの以外の飲食物の持込みは断る。ただし、乳幼児用の飲料・食品及び医療上必要なものは、この限り"
          "でない。酒類の提供は中央館及び湖畔館の売店に限り、20歳未満の者には販売しない。"),
    ("h1", "第12条（改廃）"),
    ("p", "この規程の改廃は、取締役会の決議による。料金の改定は、施行日の30日前までに各劇場の館内及びウェブサイトで"
          "告知する。"),
    ("h1", "附則（平成31年3月15日）"),
    ("p", "この規程は、平成31年（2019年）4月1日から施行する。"),
    ("h1", "附則（令和4年9月20日）"),
    ("p", "1 この規程は、2022年（令和4年）10月1日から施行する。"),
    ("p", "2 「あさぎシネマクラブ会員」の料金は、この改正により新設する。"),
    ("h1", "附則（令和9年4月20日）"),
    ("p", "1 この規程は、2027年（令和9年）6月1日から施行する。"),
    ("p", "2 2027年5月31日までに販売した鑑賞券（前売券を含む）は、施行日以後の上映回のものであっても改定前の料金に"
          "よるものとし、差額の請求及び返金は行わない。"),
    ("p", "3 施行日の前に販売した回数券（5回券）は、2027年11月30日まで改定前の料金の券として使用できる。同日を過ぎた"
          "回数券は、1回分につき200円の差額を支払えば使用できる。"),
]


def build_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = Document()
    for style_name in ("Normal", "Title", "Heading 1", "Table Grid"):
        docx_east_asian_font(document.styles[style_name])
    document.styles["Normal"].font.size = Pt(10.5)
    properties = document.core_properties
    properties.title = RULES_TITLE
    properties.author = f"{COMPANY} 営業本部"
    properties.last_modified_by = f"{COMPANY} 営業本部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    document.add_heading(RULES_TITLE, level=0)

    def add_table(rows: list[list[str]]) -> None:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = document.styles["Table Grid"]
        for row_index, row in enumerate(rows):
            for column_index, value in enumerate(row):
                if value:
                    table.cell(row_index, column_index).text = value
        docx_header_row(table.rows[0], HEADER_FILL)

    for kind, content in RULES_BODY:
        if kind == "h1":
            document.add_heading(str(content), level=1)
        elif kind == "p":
            document.add_paragraph(str(content))
        elif kind == "right":
            for line in str(content).split("\n"):
                document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "price_table":
            add_table([["区分", "改定後", "改定前", "備考"]] + [list(row) for row in PRICES])
        elif kind == "refund_table":
            add_table([["取消しの時期", "払戻手数料（1枚につき）"]] + [list(row) for row in REFUND_BANDS])
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 3. XLSX: attendance by month and concession sales.

FIGURES_FILENAME = "2026年度_月別入場者数・売店売上.xlsx"
MONTHLY_NOTE = ("注記：入場者数は有料入場者と招待券による入場者の計（人）。1月〜3月は2027年の月。湖畔館はスクリーン5の"
                "休止中（2026年4月〜）の数値、桜丘館は2026年10月8日のスクリーン6新設後を含む。")
CONCESSION_NOTE = "単位：千円（消費税抜き、千円未満切捨て）。「－」はその劇場で取り扱っていない品目。"


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    total_fill = PatternFill("solid", fgColor="F2F2F2")
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def header(sheet: object, row: int, column: int, value: str) -> None:
        cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.border = border
        cell.alignment = centred

    def body_row(sheet: object, row: int, label: str, values: list[int | float | None], number_format: str,
                 *, total: bool = False) -> None:
        cells = [sheet.cell(row=row, column=1, value=label)]  # type: ignore[attr-defined]
        for column, value in enumerate(values, start=2):
            cell = sheet.cell(row=row, column=column, value=DASH if value is None else value)  # type: ignore[attr-defined]
            if value is None:
                cell.alignment = Alignment(horizontal="center")
            else:
                cell.number_format = number_format
            cells.append(cell)
        for cell in cells:
            cell.border = border
            if total:
                cell.font = Font(bold=True)
                cell.fill = total_fill

    workbook = Workbook()
    monthly = workbook.active
    monthly.title = "月別入場者数"
    width = 2 + len(THEATRES)
    monthly.cell(row=1, column=1, value="2026年度 劇場別・月別 入場者数（2026年4月〜2027年3月、単位：人）").font = \
        Font(bold=True, size=13)
    monthly.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    header(monthly, 2, 1, "月")
    header(monthly, 3, 1, "")
    monthly.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    column = 2
    order: list[str] = []
    for region, theatres in REGIONS:
        header(monthly, 2, column, region)
        for offset in range(1, len(theatres)):
            header(monthly, 2, column + offset, "")
        monthly.merge_cells(start_row=2, start_column=column, end_row=2, end_column=column + len(theatres) - 1)
        for theatre in theatres:
            header(monthly, 3, column, theatre)
            order.append(theatre)
            column += 1
    header(monthly, 2, width, "合計")
    header(monthly, 3, width, "")
    monthly.merge_cells(start_row=2, start_column=width, end_row=3, end_column=width)
    for index, month in enumerate(MONTHS):
        values = [MONTHLY[theatre][index] for theatre in order]
        body_row(monthly, 4 + index, month, values + [sum(values)], "#,##0")
    totals = [ATT_2026[theatre] for theatre in order]
    body_row(monthly, 16, "合計", totals + [TOTAL_2026], "#,##0", total=True)
    body_row(monthly, 17, "月平均", [value / 12 for value in totals] + [TOTAL_2026 / 12], "#,##0.0", total=True)
    monthly.cell(row=19, column=1, value=MONTHLY_NOTE)
    monthly.column_dimensions["A"].width = 10
    for column in range(2, width + 1):
        monthly.column_dimensions[get_column_letter(column)].width = 13
    monthly.freeze_panes = "B4"

    sales = workbook.create_sheet("売店売上")
    sales.cell(row=1, column=1, value="2026年度 劇場別・品目別 売店売上高").font = Font(bold=True, size=13)
    sales.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sales.cell(row=2, column=1, value=CONCESSION_NOTE)
    for column, label in enumerate(["品目"] + THEATRES + ["合計"], start=1):
        header(sales, 3, column, label)
    for index, kind in enumerate(CONCESSION_KINDS, start=4):
        body_row(sales, index, kind, CONCESSIONS[kind] + [CONCESSION_ROW_TOTALS[kind]], "#,##0")
    body_row(sales, 4 + len(CONCESSION_KINDS), "合計", CONCESSION_THEATRE_TOTALS + [CONCESSION_TOTAL], "#,##0",
             total=True)
    sales.column_dimensions["A"].width = 20
    for column in range(2, width + 1):
        sales.column_dimensions[get_column_letter(column)].width = 13
    save_workbook(workbook, path, title=f"{COMPANY} 2026年度 月別入場者数・売店売上",
                  creator=f"{COMPANY} 営業本部", moment=FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 4. PPTX: the deck for the first-half sales meeting.

DECK_FILENAME = "2027年度上期_営業施策説明会.pptx"
DECK_TITLE = "2027年度 上期 営業施策説明会"
DECK_COVER = [f"{COMPANY} 営業本部", f"2027年（令和9年）{_day(5, 20)}　本社4階 大会議室"]
POINTS_TITLE = "上期の重点施策"
POINTS = [
    f"・{_day(6, 1)}からの新しい鑑賞料金を、券売機・ウェブサイト・館内掲示で案内する",
    "・オンライン予約比率を上期65%に引き上げる",
    "・売店のモバイルオーダーを8月2日から中央館・湖畔館で試行する",
    f"・湖畔館スクリーン5を{_day(7, 16)}に再開し、上期中に稼働率30%を目指す",
    "・学校団体の受入れを上期120件とする（2026年度上期は94件）",
]
TARGETS_TITLE = "2027年度 上期（4月〜9月）劇場別目標"
TARGETS_TABLE = [["劇場", "入場者数（人）", "売店売上（千円）", "会員新規入会（人）"]] + [
    [theatre, _n(people), _n(sales), _n(members)] for theatre, people, sales, members in TARGETS
] + [["合計", _n(sum(row[1] for row in TARGETS)), _n(sum(row[2] for row in TARGETS)),
      _n(sum(row[3] for row in TARGETS))]]
TARGETS_NOTE = "売店売上は消費税抜き。会員新規入会はウェブ登録とアプリ登録の計。"
TARGETS_SPEAKER = ("湖畔館の入場者数の目標は、スクリーン5の再開（7月16日）後の上映回数の増加を見込んでいる。"
                   "桜丘館はスクリーン6の通年稼働を見込む。")
FIGURES_TITLE = "2026年度 全館の主要指標"
PER_HEAD = round(CONCESSION_TOTAL * 1000 / TOTAL_2026)
FIGURES_LINES = [
    f"年間入場者数：{_n(TOTAL_2026)}人（前年度 {_n(TOTAL_2025)}人）",
    "上映回数：96,412回",
    "平均鑑賞単価：1,386円",
    f"売店の入場者1人当たり売上：{PER_HEAD}円",
    "オンライン予約比率：58.3%",
    "あさぎシネマクラブ会員数（2027年3月末）：41,870人",
]
EVENTS_TITLE = "上期の主な行事"
EVENTS = [
    f"・夏休みこども映画祭：{_day(7, 24)}〜{_day(8, 22)}　桜丘館・西浦館",
    f"・湖畔館スクリーン5 再開記念上映：{_day(7, 16)}〜{_day(7, 25)}",
    f"・名作リバイバル上映週間：{_day(9, 10)}〜{_day(9, 23)}　中央館",
    "・会員感謝デー：毎月15日（会員は売店のドリンクをSサイズからMサイズに無料で変更）",
]


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

    def bullet_slide(title: str, lines: list[str]) -> None:
        slide = presentation.slides.add_slide(presentation.slide_layouts[1])
        pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
        pptx_fill(slide.shapes.title.text_frame, [title], 26)
        pptx_place(slide.placeholders[1], 0.5, 1.4, 12.3, 5.2)
        pptx_fill(slide.placeholders[1].text_frame, lines, 18)

    bullet_slide(POINTS_TITLE, POINTS)

    slide = presentation.slides.add_slide(presentation.slide_layouts[5])
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [TARGETS_TITLE], 24)
    rows = TARGETS_TABLE
    height = 0.45 * len(rows)
    graphic = slide.shapes.add_table(len(rows), len(rows[0]), 0, 0, 0, 0)
    pptx_place(graphic, 0.5, 1.3, 12.0, height)
    table = graphic.table
    for column in range(len(rows[0])):
        table.columns[column].width = int(3.0 * 914400)
    for row_index, row in enumerate(rows):
        for column, value in enumerate(row):
            frame = table.cell(row_index, column).text_frame
            frame.clear()
            run = frame.paragraphs[0].add_run()
            run.text = value
            pptx_font(run, 14)
            run.font.bold = row_index == 0 or row[0] == "合計"
    box = slide.shapes.add_textbox(0, 0, 0, 0)
    pptx_place(box, 0.5, 1.5 + height, 12.3, 1.0)
    box.text_frame.word_wrap = True
    pptx_fill(box.text_frame, [TARGETS_NOTE], 14)
    slide.notes_slide.notes_text_frame.text = TARGETS_SPEAKER

    slide = presentation.slides.add_slide(presentation.slide_layouts[5])
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [FIGURES_TITLE], 24)
    box = slide.shapes.add_textbox(0, 0, 0, 0)
    pptx_place(box, 1.0, 1.5, 11.3, 4.8)
    box.text_frame.word_wrap = True
    pptx_fill(box.text_frame, FIGURES_LINES, 22)

    bullet_slide(EVENTS_TITLE, EVENTS)

    properties = presentation.core_properties
    properties.title = DECK_TITLE
    properties.author = f"{COMPANY} 営業本部"
    properties.last_modified_by = f"{COMPANY} 営業本部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 5. EML: an all-theatre e-mail.

MAIL_FILENAME = "全館周知_新料金対応の研修・券売機切替と夏休み期間の営業体制.eml"
MAIL_SUBJECT = "【全館周知】新料金対応の研修・券売機の設定切替と夏休み期間の営業体制について"


def mail_body() -> str:
    lines = [
        "各館 支配人・副支配人 各位",
        "",
        "運営部の長谷部です。",
        f"{_day(6, 1)}からの鑑賞料金の改定に伴う研修と券売機・POSの設定切替、夏休み期間の営業体制について"
        "お知らせします。",
        "",
        "■1. 新料金対応の接客研修",
        f"・第1回：{_day(5, 25)}10:00〜12:00　本社3階 第1研修室（定員30名）",
        f"・第2回：{_day(5, 27)}14:00〜16:30　北浜館4階 会議室B（定員18名）",
        "・対象：各館の券売・売店担当（アルバイトを含む）。どちらか1回に参加してください。",
        f"・申込締切：{_day(5, 21)}17:00。各館の副支配人が取りまとめ、人事部 研修担当の三宅（内線 241）へ"
        "申し込んでください。",
        f"・研修資料は{_day(5, 24)}に共有フォルダへ掲載します。",
        "",
        "■2. 券売機・POSの料金設定切替",
        f"・作業日時：{_day(5, 31)}営業終了後の23:30〜翌2:00",
        "・担当：情報システム課 戸田（内線 365）",
        f"・各館は{_day(5, 31)}の最終上映の開始を21:15までとしてください。",
        f"・{_day(6, 1)}の開館前（7:30〜8:00）に、各館で券売機の動作確認をお願いします。",
        "",
        f"■3. 夏休み期間（{_day(7, 17)}〜{_day(8, 31)}）の営業体制",
        "・初回上映の開始を8:30に繰り上げます（通常は9:30）。",
        "・売店は初回上映の30分前から営業します。",
        f"・湖畔館スクリーン5は{_day(7, 16)}に営業を再開します。",
        "",
        "■4. 提出物の締切",
        f"・7月・8月のシフト希望：{_day(6, 11)}まで（各館の副支配人へ）",
        f"・防災訓練の実施報告：{_day(6, 30)}まで（施設課 大西、内線 418へ）",
        "",
        "■5. 防災訓練（各館、開館前に実施）",
        f"・中央館 {_day(6, 9)}／北浜館 {_day(6, 10)}／桜丘館 {_day(6, 15)}／湖畔館 {_day(6, 16)}／"
        f"西浦館 {_day(6, 17)}　いずれも8:00〜8:45",
        "",
        "ご不明な点は運営部 長谷部（内線 312）までお願いします。",
        "",
        "――――――――――――――――",
        f"{COMPANY} 運営部 長谷部 直樹",
        "電話 0299-00-5120（内線 312）",
        "unei@asagi-cinemas.example",
    ]
    return "\n".join(lines) + "\n"


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = f"{COMPANY} 運営部 <unei@asagi-cinemas.example>"
    message["To"] = "全館 支配人・副支配人 <all-theatres@asagi-cinemas.example>"
    message["Subject"] = MAIL_SUBJECT
    message["Date"] = format_datetime(datetime.datetime(2027, 5, 18, 10, 15, 0,
                                                        tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    message["Message-ID"] = "<20270518101500.summer-ops@asagi-cinemas.example>"
    message.set_content(mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


# ---------------------------------------------------------------------------------------------
# Question sets.

def _screen(theatre: str, screen: str) -> tuple:
    return next(row for row in SCREENS[theatre] if row[0] == screen)


def _plain(text: str) -> str:
    return text.replace(",", "")


def _forms(text: str, *more: str) -> list[str]:
    """The document's form first, then the same figure without separators, then the extra forms."""
    forms = [text]
    for form in (_plain(text), *more):
        if form not in forms:
            forms.append(form)
    return forms


def _month(theatre: str, month: str) -> int:
    return MONTHLY[theatre][MONTHS.index(month)]


def _target(theatre: str, index: int) -> int:
    return next(row[index] for row in TARGETS if row[0] == theatre)


def _concession(kind: str, theatre: str) -> int:
    value = CONCESSIONS[kind][THEATRES.index(theatre)]
    assert value is not None
    return value


QA: list[dict] = [
    {"q": "中央館のスクリーン3って、2026年度は何人入ったの？",
     "any": _forms(_n(_screen("中央館", "スクリーン3")[3]), _n(_screen("中央館", "スクリーン3")[3]) + "人")},
    {"q": "西浦館のスクリーン3、2025年度の平均の座席稼働率はどのくらいだった？",
     "any": _forms(_n(_screen("西浦館", "スクリーン3")[4], 1), "25.3%")},
    {"q": "湖畔館のスクリーン6の2026年度の入場者数を教えてください。",
     "any": _forms(_n(_screen("湖畔館", "スクリーン6")[3]), _n(_screen("湖畔館", "スクリーン6")[3]) + "人")},
    {"q": "大学のサークルでちょうど100人そろって映画を観に行く場合、団体料金だと学生1人いくらになる？",
     "any": _forms(f"{_n(GROUP_BANDS[2][2])}円", _n(GROUP_BANDS[2][2]))},
    {"q": "桜丘館で新しくできたスクリーン6、2026年度の平均座席稼働率は何％？",
     "any": _forms(_n(_screen("桜丘館", "スクリーン6")[5], 1), "25.7%")},
    {"q": "2026年度の5劇場全体の入場者数の合計は？",
     "any": _forms(_n(TOTAL_2026), _n(TOTAL_2026) + "人")},
    {"q": "6月からの大人の一般料金っていくらになるの？",
     "any": ["2,000円", "2000円", "2,000"]},
    {"q": "シニア料金は、値上げ前はいくらでしたか？",
     "any": ["1,300円", "1300円"]},
    {"q": "上映開始の2時間前にチケットをキャンセルすると、手数料はどれだけ取られる？",
     "any": ["鑑賞料金の50%", "50%", "半額"]},
    {"q": "3D上映の追加料金は、新しい規程ではいくら？",
     "any": ["400円", "400"]},
    {"q": "シニア料金は何歳から使えるの？",
     "any": ["60歳以上", "60歳"]},
    {"q": "施行日より前に買った5回券は、いつまで旧料金の券として使える？",
     "any": ["2027年11月30日", "11月30日", "令和9年11月30日"]},
    {"q": "北浜館の2026年8月の入場者数は何人？",
     "any": _forms(_n(_month("北浜館", "8月")))},
    {"q": "2026年度の12月は、5館合わせて何人入った？",
     "any": _forms(_n(MONTH_TOTALS[MONTHS.index("12月")]))},
    {"q": "湖畔館の2026年度の年間入場者数は合計で何人？",
     "any": _forms(_n(ATT_2026["湖畔館"]))},
    {"q": "西浦館の月平均の入場者数はいくつ？",
     "any": _forms(_n(ATT_2026["西浦館"] / 12, 1))},
    {"q": "北浜館のパンフレットの売上は何千円だった？",
     "any": _forms(_n(_concession("パンフレット", "北浜館")), _n(_concession("パンフレット", "北浜館")) + "千円")},
    {"q": "キャラクターグッズの売上、全劇場の合計はいくら（千円）？",
     "any": _forms(_n(CONCESSION_ROW_TOTALS["キャラクターグッズ"]),
                   _n(CONCESSION_ROW_TOTALS["キャラクターグッズ"]) + "千円")},
    {"q": "新料金の研修の2回目って何日にやるの？",
     "any": [_day(5, 27), "5月27日"]},
    {"q": "研修の申込みはいつが締切？",
     "any": [_day(5, 21), "5月21日"]},
    {"q": "券売機とPOSの料金設定の切替作業は何時に始まりますか？",
     "any": ["23:30", "23時30分"]},
    {"q": "情報システム課の戸田さんに電話するときの内線番号は？",
     "any": ["365", "内線 365", "内線365"]},
    {"q": "上期の目標で、桜丘館の入場者数は何人を目指してる？",
     "any": _forms(_n(_target("桜丘館", 1)), _n(_target("桜丘館", 1)) + "人")},
    {"q": "去年度（2026年度）のネット予約の比率はどれくらいだった？",
     "any": ["58.3%", "58.3"]},
]
assert len(QA) == 24

UNANSWERABLE = [
    "2024年度の中央館の入場者数は何人だった？",
    "4DX上映の追加料金はいくら？",
    "レイトショーの割引料金っていくら？",
    "映画を観たら駐車場は何時間無料になる？",
    "西浦館の従業員は何人いるの？",
    "南口館の2026年度の入場者数は？",
    "あさぎシネマクラブの年会費はいくらですか？",
    "2025年8月の北浜館の入場者数を教えて。",
    "中央館の売店のアイスクリームの売上はいくら？",
    "2027年度下期の劇場別の入場者数目標は？",
    "新料金の接客研修の第3回はいつ？",
    "ペア割（2人で鑑賞）の料金はいくら？",
]

# Per unanswerable question: why it has no answer, and the strings that must not be in the documents.
ABSENT: dict[str, dict[str, object]] = {
    "h48-un-1": {"why": "the report and the workbook cover fiscal 2025 and 2026 only",
                 "strings": ["2024年度", "2024年"]},
    "h48-un-2": {"why": "the rules set surcharges for 3D and あさぎMAX only", "strings": ["4DX", "MX4D"]},
    "h48-un-3": {"why": "no late-show price exists", "strings": ["レイト", "夜間割引"]},
    "h48-un-4": {"why": "parking is never mentioned", "strings": ["駐車"]},
    "h48-un-5": {"why": "no staff count is given", "strings": ["従業員", "スタッフ数", "社員数", "在籍"]},
    "h48-un-6": {"why": "there is no such theatre", "strings": ["南口"]},
    "h48-un-7": {"why": "the rules set no membership fee", "strings": ["年会費", "入会金"]},
    "h48-un-8": {"why": "the monthly figures are for fiscal 2026 only", "strings": ["2025年8月", "前年同月"]},
    "h48-un-9": {"why": "the concession categories have no ice cream", "strings": ["アイス"]},
    "h48-un-10": {"why": "the deck sets first-half targets only", "strings": ["下期"]},
    "h48-un-11": {"why": "the training has two sessions", "strings": ["第3回"]},
    "h48-un-12": {"why": "no pair price exists", "strings": ["ペア", "夫婦"]},
}

ENGLISH = [
    {"q": "How many people attended Screen 1 (あさぎMAX) at 中央館 in fiscal 2026?",
     "any": _forms(_n(_screen("中央館", "スクリーン1（あさぎMAX）")[3])),
     "answer_any": [_n(_screen("中央館", "スクリーン1（あさぎMAX）")[3]),
                    _plain(_n(_screen("中央館", "スクリーン1（あさぎMAX）")[3]))]},
    {"q": "What will the regular adult (一般) admission price be after the revision?",
     "any": ["2,000円", "2000円"], "answer_any": ["2,000", "2000"]},
    {"q": "What is the refund fee if a ticket is cancelled more than 48 hours before the screening starts?",
     "any": ["無料"], "answer_any": ["free", "no fee", "no charge", "0 yen", "無料"]},
    {"q": "How many visitors did 湖畔館 (Kohan-kan) have in May of fiscal 2026?",
     "any": _forms(_n(_month("湖畔館", "5月"))),
     "answer_any": [_n(_month("湖畔館", "5月")), _plain(_n(_month("湖畔館", "5月")))]},
    {"q": "What were popcorn sales at 中央館 in fiscal 2026, in thousands of yen?",
     "any": _forms(_n(_concession("ポップコーン", "中央館"))),
     "answer_any": [_n(_concession("ポップコーン", "中央館")), _plain(_n(_concession("ポップコーン", "中央館")))]},
    {"q": "When is the first session of the training for the new prices?",
     "any": [_day(5, 25), "5月25日"], "answer_any": ["May 25", "25 May", "5月25日"]},
    {"q": "What is the extension number of Miyake (三宅) in HR, who takes the training applications?",
     "any": ["241", "内線 241"], "answer_any": ["241"]},
    {"q": "During the summer holidays, what time does the first screening start?",
     "any": ["8:30", "8時30分"], "answer_any": ["8:30", "8.30"]},
    {"q": "How many あさぎシネマクラブ members were there at the end of March 2027?",
     "any": ["41,870人", "41,870", "41870"], "answer_any": ["41,870", "41870"]},
    {"q": "A group of 15 high-school students books a screening: what is the group rate per student?",
     "any": _forms(f"{_n(GROUP_BANDS[0][2])}円", _n(GROUP_BANDS[0][2])),
     "answer_any": [_n(GROUP_BANDS[0][2]), _plain(_n(GROUP_BANDS[0][2]))]},
]

FOLLOWUPS = [
    {"turns": ["中央館のスクリーン2の2026年度の入場者数は？", "2025年度は？"],
     "any": _forms(_n(_screen("中央館", "スクリーン2")[2]))},
    {"turns": ["改定後の大学生の鑑賞料金っていくら？", "改定前は？"], "any": ["1,500円", "1500円"]},
    {"turns": ["北浜館の2026年7月の入場者数は何人？", "西浦館は？"], "any": _forms(_n(_month("西浦館", "7月")))},
    {"turns": ["桜丘館の売店のドリンク売上は何千円？", "湖畔館だと？"],
     "any": _forms(_n(_concession("ドリンク", "湖畔館")))},
    {"turns": ["中学生40人の団体で映画を観ると、団体料金は1人いくら？", "120人だったら？"],
     "any": _forms(f"{_n(GROUP_BANDS[2][3])}円", _n(GROUP_BANDS[2][3]))},
    {"turns": ["上期の中央館の売店売上の目標はいくら？", "北浜館は？"], "any": _forms(_n(_target("北浜館", 2)))},
    {"turns": ["3D上映の追加料金は改定後いくら？", "改定前は？"], "any": ["300円", "300"]},
    {"turns": ["新料金の研修の第1回は定員何名？", "第2回は？"], "any": ["18名", "18人", "18"]},
]


def question_sets() -> dict[str, list[dict]]:
    return {
        f"{NAME}_qa.jsonl": [{"id": f"h48-{index}", **question} for index, question in enumerate(QA, start=1)],
        f"{NAME}_unanswerable_qa.jsonl": [{"id": f"h48-un-{index}", "q": question, "any": [], "unanswerable": True}
                                          for index, question in enumerate(UNANSWERABLE, start=1)],
        f"{NAME}_english_qa.jsonl": [{"id": f"h48-en-{index}", **question}
                                     for index, question in enumerate(ENGLISH, start=1)],
        f"{NAME}_followup_qa.jsonl": [{"id": f"h48-fu-{index}", **question}
                                      for index, question in enumerate(FOLLOWUPS, start=1)],
    }


def write_question_sets(directory: Path) -> list[Path]:
    written = []
    for filename, questions in question_sets().items():
        path = directory / filename
        path.write_text("".join(json.dumps(question, ensure_ascii=False) + "\n" for question in questions),
                        encoding="utf-8")
        written.append(path)
    return written


DOCUMENTS = ((REPORT_FILENAME, build_pdf), (RULES_FILENAME, build_docx), (FIGURES_FILENAME, build_xlsx),
             (DECK_FILENAME, build_pptx), (MAIL_FILENAME, build_eml))


def generate(documents: Path, sets: Path) -> list[Path]:
    documents.mkdir(parents=True, exist_ok=True)
    sets.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for filename, builder in DOCUMENTS:
        path = documents / filename
        builder(path)
        written.append(path)
    return written + write_question_sets(sets)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write the documents to OUT/holdout48 and the sets to OUT")
    arguments = parser.parse_args()
    if arguments.out is None:
        written = generate(HERE, HERE.parent)
    else:
        written = generate(arguments.out / NAME, arguments.out)
    print_sizes(written)


if __name__ == "__main__":
    main()
