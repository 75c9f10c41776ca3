"""Write the five documents and the four question sets of the forty-third holdout corpus
(tests/data/holdout43/README.md).

One fictional regional taxi and hired-car company, 浅葉交通株式会社 (head office in the fictional
浅葉市; five taxi offices, 本社営業所, 駅南営業所, 北浦営業所, 若葉台営業所 and 港営業所, in three
areas, and a hired-car desk, ハイヤーセンター), and five documents its staff would look things up in:
the notice of the fare revision as a PDF (fares and charges by vehicle class, new beside old, in a
table with a two-row header that crosses a page break; the late-night surcharge, the long-distance
discount, a band table of discounts for corporate accounts with the boundary rule worked through),
the drivers' working rules as Word (articles 第1条…第10条, shift times, fare-share rates banded by
monthly takings, team-leader allowances banded by team size, each new beside old; the original
附則 and an amending 附則 with transitional rules), the ride counts of fiscal 2026 as Excel (twelve
months × offices under merged area headers, 合計 and 月平均 rows; staff by job and office on a
second sheet), an e-mail to all offices (.eml) on the autumn safe-driving courses and the year-end
shift requests, and a static intranet page (.html) of the dispatch centre (offices by area with a
rowspan, booking rules, a glossary as a definition list, a notice block). Every name, address,
telephone number and figure here is invented (e-mail domains end in `.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/) or the earlier holdouts' questions; it is there to measure how the appliance generalises,
not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, the e-mail is fixed
text with a fixed date and message id, and the HTML page and question sets are fixed text.

    .venv/bin/python tests/data/holdout43/make_holdout43.py            # documents here, sets in tests/data
    .venv/bin/python tests/data/holdout43/make_holdout43.py --out DIR  # everything into DIR
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import (  # noqa: E402
    CID_FONT,
    docx_east_asian_font,
    docx_header_row,
    normalize_zip,
    print_sizes,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 10, 8, 10, 15, 0)
COMPANY = "浅葉交通株式会社"
DOMAIN = "asaba-kotsu.example"
HEADER_FILL = "DDEBF7"
DASH = "－"
WEEKDAYS = "月火水木金土日"

# ---------------------------------------------------------------------------------------------
# Figures shared by more than one document.

OFFICES = ["本社営業所", "駅南営業所", "北浦営業所", "若葉台営業所", "港営業所", "ハイヤーセンター"]
# Areas over offices, as the workbook's merged header and the intranet page's rowspan show them.
AREAS = [("中央地区", ["本社営業所", "駅南営業所"]), ("北部地区", ["北浦営業所", "若葉台営業所"]),
         ("臨海地区", ["港営業所"]), ("ハイヤー", ["ハイヤーセンター"])]
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]

# Rides with passengers (輸送回数), fiscal 2026 (April 2026 to March 2027), by office and month.
RIDES = {
    "本社営業所": [30374, 30590, 29029, 31506, 29419, 29311, 31968, 31102, 35461, 30596, 28266, 33363],
    "駅南営業所": [27240, 26577, 24629, 27455, 26452, 25429, 28076, 28325, 31127, 25918, 25501, 29916],
    "北浦営業所": [14795, 14062, 13786, 15358, 14071, 14388, 14802, 15225, 17082, 14584, 13858, 15439],
    "若葉台営業所": [11874, 11721, 11254, 11805, 11739, 11659, 12232, 12449, 13470, 11574, 11351, 12914],
    "港営業所": [18622, 18675, 17069, 18962, 17980, 17905, 19593, 19475, 21084, 18937, 17600, 19550],
    "ハイヤーセンター": [1142, 1103, 1071, 1151, 1054, 1105, 1179, 1151, 1299, 1097, 1081, 1233],
}
RIDE_OFFICE_TOTALS = {office: sum(values) for office, values in RIDES.items()}
RIDE_MONTH_TOTALS = [sum(RIDES[office][index] for office in OFFICES) for index in range(12)]
RIDE_TOTAL = sum(RIDE_MONTH_TOTALS)

# Staff on 1 April 2027 by job and office (None: no such post there, written 「－」).
STAFF_JOBS = ["乗務員（隔日勤務）", "乗務員（日勤）", "乗務員（夜勤）", "乗務員（定時制）", "運行管理者",
              "配車係", "整備士", "事務職"]
STAFF: dict[str, list[int | None]] = {
    "乗務員（隔日勤務）": [68, 61, 29, 22, 41, None],
    "乗務員（日勤）": [34, 27, 18, 15, 21, 23],
    "乗務員（夜勤）": [19, 24, 6, 4, 11, None],
    "乗務員（定時制）": [12, 9, 7, 8, 6, 5],
    "運行管理者": [5, 4, 3, 2, 3, 2],
    "配車係": [9, None, None, None, None, 3],
    "整備士": [7, None, 2, None, 4, None],
    "事務職": [14, 3, 2, 2, 3, 2],
}


def _n(value: int) -> str:
    return f"{value:,}"


def _date(year: int, month: int, day: int, *, with_year: bool = True) -> str:
    """A date with its weekday in parentheses, as the e-mail and the notices write it."""
    weekday = WEEKDAYS[datetime.date(year, month, day).weekday()]
    return f"{year}年{month}月{day}日（{weekday}）" if with_year else f"{month}月{day}日（{weekday}）"


def _average(total: int) -> float:
    """A monthly average; the remainder is never a quarter, so Excel and Python round it alike."""
    assert total % 12 not in (3, 9), total
    return total / 12


# ---------------------------------------------------------------------------------------------
# 1. PDF: the notice of the fare revision.

FARES_FILENAME = "運賃・料金改定のお知らせ_2027年10月1日実施.pdf"
FARES_TITLE = "浅葉交通株式会社　タクシー・ハイヤー運賃及び料金の改定について（2027年10月1日実施）"

# Vehicle class, then its rows: (運賃・料金, 改定後の単位, 改定後の金額, 改定前の単位, 改定前の金額).
FARES: list[tuple[str, list[tuple[str, str, str, str, str]]]] = [
    ("小型車", [
        ("初乗運賃", "1.1kmまで", "480円", "1.3kmまで", "460円"),
        ("加算運賃", "247mごと", "100円", "282mごと", "90円"),
        ("時間距離併用運賃", "1分30秒ごと", "100円", "1分45秒ごと", "90円"),
        ("時間制運賃（基本）", "1時間まで", "5,100円", "1時間まで", "4,700円"),
        ("時間制運賃（加算）", "30分ごと", "2,350円", "30分ごと", "2,150円"),
        ("迎車料金", "1回", "300円", "1回", "200円"),
        ("予約料金（時刻指定）", "1回", "400円", DASH, DASH),
    ]),
    ("中型車", [
        ("初乗運賃", "1.1kmまで", "500円", "1.3kmまで", "480円"),
        ("加算運賃", "238mごと", "100円", "271mごと", "90円"),
        ("時間距離併用運賃", "1分25秒ごと", "100円", "1分40秒ごと", "90円"),
        ("時間制運賃（基本）", "1時間まで", "5,400円", "1時間まで", "4,950円"),
        ("時間制運賃（加算）", "30分ごと", "2,500円", "30分ごと", "2,280円"),
        ("迎車料金", "1回", "300円", "1回", "250円"),
        ("予約料金（時刻指定）", "1回", "400円", DASH, DASH),
    ]),
    ("大型車（ジャンボ）", [
        ("初乗運賃", "1.1kmまで", "610円", "1.3kmまで", "570円"),
        ("加算運賃", "195mごと", "100円", "221mごと", "90円"),
        ("時間距離併用運賃", "1分10秒ごと", "100円", "1分20秒ごと", "90円"),
        ("時間制運賃（基本）", "1時間まで", "6,900円", "1時間まで", "6,300円"),
        ("時間制運賃（加算）", "30分ごと", "3,200円", "30分ごと", "2,900円"),
        ("迎車料金", "1回", "500円", "1回", "400円"),
        ("予約料金（時刻指定）", "1回", "600円", DASH, DASH),
    ]),
    ("福祉車両", [
        ("初乗運賃", "1.1kmまで", "500円", "1.3kmまで", "480円"),
        ("加算運賃", "238mごと", "100円", "271mごと", "90円"),
        ("時間距離併用運賃", "1分25秒ごと", "100円", "1分40秒ごと", "90円"),
        ("時間制運賃（基本）", "30分まで", "2,700円", "30分まで", "2,450円"),
        ("時間制運賃（加算）", "30分ごと", "2,500円", "30分ごと", "2,280円"),
        ("迎車料金", "1回", "500円", "1回", "400円"),
        ("介助料金", "1回", "1,000円", "1回", "750円"),
    ]),
    ("ハイヤー（普通車）", [
        ("初乗運賃", DASH, DASH, DASH, DASH),
        ("加算運賃", DASH, DASH, DASH, DASH),
        ("時間距離併用運賃", DASH, DASH, DASH, DASH),
        ("時間制運賃（基本）", "2時間まで", "13,800円", "2時間まで", "12,700円"),
        ("時間制運賃（加算）", "30分ごと", "3,450円", "30分ごと", "3,150円"),
        ("回送料金", "1回", "2,750円", "1回", "2,200円"),
        ("予約料金（時刻指定）", DASH, DASH, DASH, DASH),
    ]),
    ("ハイヤー（上級車）", [
        ("初乗運賃", DASH, DASH, DASH, DASH),
        ("加算運賃", DASH, DASH, DASH, DASH),
        ("時間距離併用運賃", DASH, DASH, DASH, DASH),
        ("時間制運賃（基本）", "2時間まで", "17,600円", "2時間まで", "16,200円"),
        ("時間制運賃（加算）", "30分ごと", "4,400円", "30分ごと", "4,050円"),
        ("回送料金", "1回", "3,850円", "1回", "3,300円"),
        ("予約料金（時刻指定）", DASH, DASH, DASH, DASH),
    ]),
]
FARE_HEADER_1 = ["車種区分", "運賃・料金", "改定後", "", "改定前", ""]
FARE_HEADER_2 = ["", "", "単位", "金額", "単位", "金額"]


def _fare_table() -> list[list[str]]:
    rows = [FARE_HEADER_1, FARE_HEADER_2]
    for group, items in FARES:
        for index, item in enumerate(items):
            rows.append([group if index == 0 else "", *item])
    return rows


# 法人契約の月間利用額割引: band, rate after, rate before.
CORPORATE_BANDS = [
    ("5万円未満", "なし", "なし"),
    ("5万円以上15万円未満", "3%", "2%"),
    ("15万円以上30万円未満", "5%", "4%"),
    ("30万円以上50万円未満", "7%", "5.5%"),
    ("50万円以上", "8%", "6.5%"),
]
CORPORATE_TABLE = [["月間利用額（税込）", "割引率（改定後）", "割引率（改定前）"]] + [list(row) for row in CORPORATE_BANDS]

FARES_BLOCKS: list[tuple[str, object]] = [
    ("p", "2027年（令和9年）8月27日　浅葉交通株式会社 営業企画部"),
    ("h1", "1. 改定の概要"),
    ("p", "当社は、2027年（令和9年）8月6日付けで運輸局からタクシー及びハイヤーの運賃・料金の変更の認可を受け、"
          f"{_date(2027, 10, 1)}の午前0時から、すべての営業所で新しい運賃・料金を適用する。燃料費、車両費及び乗務員の"
          "人件費の上昇に対応するための改定で、改定率は平均9.6%（タクシー9.8%、ハイヤー8.7%）である。"
          "前回の改定は2023年（令和5年）11月1日であった。"),
    ("p", "主な改定点は次のとおりである。中型車の初乗運賃を、改定前の「1.3kmまで480円」から「1.1kmまで500円」に改める。"
          "加算運賃は、中型車で「271mごと90円」から「238mごと100円」に改める。時刻を指定した予約に予約料金を新設し、"
          "深夜早朝割増の開始時刻を1時間早める。ハイヤーの時間制運賃は、普通車・上級車とも約9%引き上げる。"),
    ("p", "改定日をまたぐ乗車は、乗車した時刻の運賃・料金による。2027年9月30日の23時50分に乗車し、10月1日の0時20分に"
          "降車したお客さまには、改定前の運賃・料金を適用する。改定前に予約を受けたハイヤーで、利用日が10月1日以後の"
          "ものは、改定後の運賃による。チケット（法人契約）のお客さまには、9月15日までに営業企画部から書面で案内する。"),
    ("h1", "2. 車種区分別の運賃・料金"),
    ("p", "車種区分別の運賃・料金は次の表のとおりである（金額は消費税込み）。小型車は乗車定員4名の車両、中型車は"
          "乗車定員5名の車両、大型車（ジャンボ）は乗車定員9名の車両、福祉車両は車いすのまま乗車できる車両をいう。"
          "「－」は、その車種区分に該当する運賃・料金がないことを表す。ハイヤーは時間制運賃のみで、距離制運賃"
          "（初乗運賃・加算運賃・時間距離併用運賃）はない。時間距離併用運賃は、時速10km以下で走行した時間について"
          "加算する。福祉車両の時間制運賃（基本）は、ほかの車種区分と異なり30分までの額である。予約料金は"
          "この改定で新設したもので、改定前の欄は「－」としている。ハイヤー（上級車）は、後部座席の広い上級"
          "セダンの車両をいう。"),
    ("fare_table", None),
    ("p", "迎車料金は、電話又は配車アプリで車両を呼んだときに、運賃とは別にいただく。ハイヤーの回送料金は、"
          "ハイヤーセンターからお迎えの場所までの回送と、お送りした場所からハイヤーセンターまでの回送の合計で1回と"
          "数える。福祉車両の介助料金は、乗務員が乗降の介助をしたときに1回の乗車につき1回いただく。"),
    ("h1", "3. 深夜早朝割増"),
    ("p", "タクシーの深夜早朝割増は、改定後は22時から翌5時までの間に走行した部分について2割増とする"
          "（改定前は23時から翌5時までの間の2割増）。ハイヤーの時間制運賃の深夜早朝割増は、22時から翌5時までの"
          "時間について改定後は2割5分増とする（改定前は2割増）。迎車料金、予約料金、介助料金及び回送料金は割増しない。"),
    ("h1", "4. 遠距離割引"),
    ("p", "タクシーの運賃（深夜早朝割増を含む）が10,000円を超えるときは、10,000円を超える部分について1割を"
          "割り引く（改定前は、9,000円を超える部分について1割引）。ハイヤーには遠距離割引を適用しない。"),
    ("h1", "5. 法人契約（チケット）の月間利用額割引"),
    ("p", "法人契約のお客さまには、毎月1日から末日までの利用額の合計（税込、割引前）に応じて、次の表の割引率で"
          "翌月の請求額から割り引く。割引率は利用額の全額に適用する。"),
    ("table", CORPORATE_TABLE),
    ("p", "区分の境目の扱い：「以上」はその額を含み、「未満」はその額を含まない。たとえば、月間利用額がちょうど"
          "15万円の法人は「15万円以上30万円未満」の区分で、改定後の割引率は5%である。月間利用額が149,800円の法人は"
          "「5万円以上15万円未満」の区分で、改定後の割引率は3%である。月間利用額がちょうど50万円の法人は"
          "「50万円以上」の区分になる。10月分の利用から改定後の割引率を適用し、9月分までの利用には改定前の割引率を適用する。"),
    ("h1", "6. 問い合わせ先"),
    ("p", f"この改定についての問い合わせは、営業企画部 篠原（電話 0188-00-6120、内線 410、eigyo-kikaku@{DOMAIN}）まで。"),
]


def build_pdf(path: Path) -> None:
    """An A4 notice laid out by reportlab (its built-in CID font, no font file) in invariant mode.
    The fare table has two header rows, both repeated where the table crosses to page 2."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    body = ParagraphStyle("body", fontName=CID_FONT, fontSize=10.5, leading=17, wordWrap="CJK")
    heading = ParagraphStyle("heading", parent=body, fontSize=13, leading=19, spaceBefore=9, spaceAfter=4)
    title = ParagraphStyle("title", parent=body, fontSize=14, leading=20, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12)
    header_colour = colors.HexColor("#" + HEADER_FILL)
    flow: list[object] = [Paragraph(FARES_TITLE, title)]
    for kind, content in FARES_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "table":
            assert isinstance(content, list)
            table = Table([[Paragraph(value, cell) for value in row] for row in content], repeatRows=1)
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), header_colour),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            flow.extend([table, Spacer(1, 4 * mm)])
        elif kind == "fare_table":
            rows = _fare_table()
            table = Table([[Paragraph(value, cell) for value in row] for row in rows], repeatRows=2,
                          colWidths=[34 * mm, 40 * mm, 25 * mm, 23 * mm, 25 * mm, 23 * mm])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 1), header_colour),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("SPAN", (0, 0), (0, 1)),
                ("SPAN", (1, 0), (1, 1)),
                ("SPAN", (2, 0), (3, 0)),
                ("SPAN", (4, 0), (5, 0)),
            ]))
            flow.extend([table, Spacer(1, 4 * mm)])
    margin = 20 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=FARES_TITLE,
                                 author=f"{COMPANY} 営業企画部", leftMargin=margin, rightMargin=margin,
                                 topMargin=margin, bottomMargin=margin)
    document.build(flow)


# ---------------------------------------------------------------------------------------------
# 2. DOCX: the drivers' working rules.

RULES_FILENAME = "乗務員勤務規程_2027年8月20日改正.docx"
RULES_TITLE = "浅葉交通株式会社 乗務員勤務規程"

SHIFT_TABLE = [
    ["勤務形態", "始業時刻（改定後）", "始業時刻（改定前）", "終業時刻", "休憩時間", "標準の月間乗務回数"],
    ["隔日勤務", "7時00分", "7時30分", "翌日2時00分", "3時間", "12回"],
    ["日勤", "7時00分", "7時00分", "16時00分", "1時間", "22回"],
    ["夜勤", "18時00分", "19時00分", "翌日4時00分", "1時間30分", "21回"],
]
COMMISSION_TABLE = [
    ["月間営業収入（税抜）", "歩合率（改定後）", "歩合率（改定前）"],
    ["35万円未満", "45%", "44%"],
    ["35万円以上50万円未満", "52%", "50%"],
    ["50万円以上65万円未満", "56%", "54%"],
    ["65万円以上80万円未満", "59%", "57%"],
    ["80万円以上", "62%", "60%"],
]
LEADER_TABLE = [
    ["班の乗務員数", "班長手当 月額（改定後）", "班長手当 月額（改定前）"],
    ["10人未満", "8,000円", "6,000円"],
    ["10人以上20人未満", "12,000円", "9,500円"],
    ["20人以上30人未満", "16,000円", "13,000円"],
    ["30人以上", "21,000円", "17,000円"],
]

RULES_BODY: list[tuple[str, object]] = [
    ("right", "制定 2019年（令和元年）7月1日　最終改正 2027年（令和9年）8月20日"),
    ("h1", "第1条（目的）"),
    ("p", "この規程は、浅葉交通株式会社（以下「会社」という。）の就業規則第42条に基づき、タクシー及びハイヤーの"
          "乗務員の勤務形態、勤務時間、休憩、歩合給及び乗務に関する手当について定める。"),
    ("h1", "第2条（適用範囲）"),
    ("p", "この規程は、会社の各営業所及びハイヤーセンターに所属する乗務員（定時制乗務員を含む。）に適用する。"
          "定時制乗務員の勤務時間は、この規程にかかわらず、個別の雇用契約で定める。"),
    ("h1", "第3条（勤務形態と勤務時間）"),
    ("p", "乗務員の勤務形態は隔日勤務、日勤及び夜勤の3種類とし、始業・終業の時刻、休憩時間及び標準の月間乗務回数は"
          "次の表のとおりとする。"),
    ("table", SHIFT_TABLE),
    ("p", "ハイヤーセンターの乗務員は日勤とし、お客さまの予約に応じて所長が始業時刻を6時00分から9時00分までの間で"
          "繰り上げ又は繰り下げることができる。"),
    ("h1", "第4条（拘束時間と休息期間）"),
    ("p", "隔日勤務の1回の拘束時間は22時間以内とし、1か月の拘束時間は262時間以内とする。日勤及び夜勤の1日の"
          "拘束時間は13時間以内とする。勤務が終わった後の休息期間は、隔日勤務では継続24時間以上、日勤及び夜勤では"
          "継続11時間以上（改定前は継続9時間以上）とする。"),
    ("h1", "第5条（歩合給）"),
    ("p", "歩合給は、毎月16日から翌月15日までの給与計算期間の営業収入（消費税抜き。以下「月間営業収入」という。）に、"
          "次の表の歩合率を乗じた額とする。歩合率は、月間営業収入の全額に適用する。"),
    ("table", COMMISSION_TABLE),
    ("p", "区分の境目の扱い：「以上」はその額を含み、「未満」はその額を含まない。たとえば、月間営業収入がちょうど"
          "50万円の乗務員は「50万円以上65万円未満」の区分で、改定後の歩合率は56%である。月間営業収入が499,000円の"
          "乗務員は「35万円以上50万円未満」の区分で、改定後の歩合率は52%である。"),
    ("h1", "第6条（深夜乗務手当）"),
    ("p", "22時から翌5時までの間に乗務した乗務員には、その乗務1時間につき350円（改定前は300円）の深夜乗務手当を"
          "支給する。1時間に満たない時間は、30分以上を1時間に切り上げ、30分未満を切り捨てる。"),
    ("h1", "第7条（班長手当）"),
    ("p", "営業所ごとに乗務員の班を置き、班長に任命された乗務員には、班の乗務員数に応じて次の表の班長手当を毎月"
          "支給する。班の乗務員数は、班長を含めて毎月1日現在の人数で数える。"),
    ("table", LEADER_TABLE),
    ("p", "区分の境目の扱い：「以上」はその人数を含み、「未満」はその人数を含まない。たとえば、班の乗務員数が"
          "ちょうど20人の班長は「20人以上30人未満」の区分で、改定後の班長手当は月額16,000円である。"
          "班の乗務員数が19人の班長は「10人以上20人未満」の区分である。"),
    ("h1", "第8条（無事故手当）"),
    ("p", "3か月連続して有責の事故及び違反がなかった乗務員には、無事故手当として5,000円（改定前は4,000円）を"
          "支給する。12か月連続の場合は、さらに15,000円（改定前は12,000円）を加算する。"),
    ("h1", "第9条（給与の締切と支払）"),
    ("p", "給与は毎月15日に締め切り、当月25日に支払う。25日が金融機関の休業日にあたるときは、その前日に支払う。"),
    ("h1", "第10条（改廃）"),
    ("p", "この規程の改廃は、労働組合の意見を聴いて取締役会が決定する。"),
    ("h1", "附則"),
    ("p", "この規程は、2019年（令和元年）7月1日から施行する。"),
    ("h1", "附則（2024年（令和6年）3月15日改正）"),
    ("p", "この改正は、2024年（令和6年）4月1日から施行する。"),
    ("h1", "附則（2027年（令和9年）8月20日改正）"),
    ("p", "1　この改正は、2027年（令和9年）10月16日から施行する。"),
    ("p", "2　第5条の改定後の歩合率は、2027年10月16日から同年11月15日までの給与計算期間（2027年11月25日支払分）から"
          "適用し、それより前の給与計算期間の歩合給には改定前の歩合率を適用する。"),
    ("p", "3　第7条の改定後の班長手当は、2027年（令和9年）11月分から支給する。"),
    ("p", "4　施行日の前日に夜勤に就いていた乗務員は、本人が申し出たときは、2027年12月31日までに限り、改定前の"
          "始業時刻（19時00分）によることができる。申し出は、2027年10月8日までに所属営業所の所長に行う。"),
    ("p", "5　第6条及び第8条の改定後の額は、2027年11月25日支払分の給与から適用する。"),
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
    properties.author = f"{COMPANY} 総務部"
    properties.last_modified_by = f"{COMPANY} 総務部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    document.add_heading(RULES_TITLE, level=0)
    for kind, content in RULES_BODY:
        if kind == "h1":
            document.add_heading(str(content), level=1)
        elif kind == "p":
            document.add_paragraph(str(content))
        elif kind == "right":
            document.add_paragraph(str(content)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "table":
            assert isinstance(content, list)
            table = document.add_table(rows=len(content), cols=len(content[0]))
            table.style = document.styles["Table Grid"]
            for row_index, row in enumerate(content):
                for column_index, value in enumerate(row):
                    table.cell(row_index, column_index).text = value
            docx_header_row(table.rows[0], HEADER_FILL)
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 3. XLSX: ride counts of fiscal 2026 and staff by job and office.

RIDES_FILENAME = "営業所別輸送回数_2026年度.xlsx"
RIDES_NOTE = ("注記：輸送回数は、お客さまを乗せた運行（実車）の回数で、迎車のみでお客さまが乗らなかった運行は含まない。"
              "1月〜3月は2027年の月。ハイヤーセンターは貸切1件を1回と数える。")
STAFF_NOTE = ("単位：人（2027年4月1日現在）。「－」はその営業所にその職種を置いていないことを表す。"
              "乗務員（定時制）は週30時間未満の勤務の乗務員。")


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    total_fill = PatternFill("solid", fgColor="F2F2F2")
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def header_cell(sheet: object, row: int, column: int, value: str | None) -> None:
        cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.border = border
        cell.alignment = centred

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "月別輸送回数"
    last_column = len(OFFICES) + 2
    sheet.cell(row=1, column=1, value="営業所別・月別 輸送回数（2026年度：2026年4月〜2027年3月、単位：回）").font = \
        Font(bold=True, size=13)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_column)
    # Two header rows: 月 and 合計 merged down; each area merged across its offices.
    for column in range(1, last_column + 1):
        header_cell(sheet, 2, column, None)
        header_cell(sheet, 3, column, None)
    sheet.cell(row=2, column=1, value="月")
    sheet.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    column = 2
    for area, offices in AREAS:
        sheet.cell(row=2, column=column, value=area)
        if len(offices) > 1:
            sheet.merge_cells(start_row=2, start_column=column, end_row=2, end_column=column + len(offices) - 1)
        for office in offices:
            sheet.cell(row=3, column=column, value=office)
            column += 1
    sheet.cell(row=2, column=last_column, value="合計")
    sheet.merge_cells(start_row=2, start_column=last_column, end_row=3, end_column=last_column)

    def data_row(row: int, label: str, values: list[float], number_format: str, *, total: bool = False) -> None:
        cells = [sheet.cell(row=row, column=1, value=label)]
        for column_index, value in enumerate(values, start=2):
            cell = sheet.cell(row=row, column=column_index, value=value)
            cell.number_format = number_format
            cells.append(cell)
        for cell in cells:
            cell.border = border
            if total:
                cell.font = Font(bold=True)
                cell.fill = total_fill

    for index, month in enumerate(MONTHS):
        values = [RIDES[office][index] for office in OFFICES]
        data_row(4 + index, month, values + [sum(values)], "#,##0")
    data_row(16, "合計", [RIDE_OFFICE_TOTALS[office] for office in OFFICES] + [RIDE_TOTAL], "#,##0", total=True)
    data_row(17, "月平均", [_average(RIDE_OFFICE_TOTALS[office]) for office in OFFICES] + [_average(RIDE_TOTAL)],
             "#,##0.0", total=True)
    sheet.cell(row=19, column=1, value=RIDES_NOTE)
    sheet.column_dimensions["A"].width = 10
    for letter in "BCDEFGH":
        sheet.column_dimensions[letter].width = 14
    sheet.freeze_panes = "B4"

    staff = workbook.create_sheet("部署別人員")
    staff.cell(row=1, column=1, value="職種別・営業所別 人員（2027年4月1日現在）").font = Font(bold=True, size=13)
    staff.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_column)
    for column_index, label in enumerate(["職種"] + OFFICES + ["合計"], start=1):
        header_cell(staff, 2, column_index, label)
    for row_index, job in enumerate(STAFF_JOBS, start=3):
        counts = STAFF[job]
        staff.cell(row=row_index, column=1, value=job).border = border
        for column_index, count in enumerate(counts, start=2):
            cell = staff.cell(row=row_index, column=column_index, value=DASH if count is None else count)
            cell.border = border
            if count is None:
                cell.alignment = Alignment(horizontal="center")
            else:
                cell.number_format = "#,##0"
        cell = staff.cell(row=row_index, column=last_column, value=sum(count or 0 for count in counts))
        cell.number_format = "#,##0"
        cell.border = border
    total_row = 3 + len(STAFF_JOBS)
    staff.cell(row=total_row, column=1, value="合計")
    for column_index in range(len(OFFICES)):
        staff.cell(row=total_row, column=column_index + 2,
                   value=sum(STAFF[job][column_index] or 0 for job in STAFF_JOBS)).number_format = "#,##0"
    staff.cell(row=total_row, column=last_column,
               value=sum(count or 0 for job in STAFF_JOBS for count in STAFF[job])).number_format = "#,##0"
    for column_index in range(1, last_column + 1):
        cell = staff.cell(row=total_row, column=column_index)
        cell.border = border
        cell.font = Font(bold=True)
        cell.fill = total_fill
    staff.cell(row=total_row + 2, column=1, value=STAFF_NOTE)
    staff.column_dimensions["A"].width = 20
    for letter in "BCDEFGH":
        staff.column_dimensions[letter].width = 14
    save_workbook(workbook, path, title=f"{COMPANY} 営業所別輸送回数（2026年度）",
                  creator=f"{COMPANY} 運行管理部", moment=FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 4. EML: the e-mail to all offices.

MAIL_FILENAME = "全営業所周知_秋の安全運転講習会と年末年始の乗務シフト.eml"
MAIL_SUBJECT = "【全営業所】秋の安全運転講習会の日程と年末年始の乗務シフト希望の提出について"


def mail_body() -> str:
    lines = [
        "各営業所 所長・運行管理者 各位",
        "（ハイヤーセンターを含みます）",
        "",
        "運行管理部 安全推進課の小野寺です。",
        "秋の安全運転講習会の日程と、年末年始の乗務シフト希望の提出についてお知らせします。",
        "所属の乗務員への周知をお願いします。",
        "",
        "■1. 秋の安全運転講習会（乗務員は全員受講）",
        f"・第1回：{_date(2027, 11, 9)} 10:00〜12:00　本社3階 大会議室（定員60名）",
        f"・第2回：{_date(2027, 11, 11, with_year=False)} 14:00〜16:00　駅南営業所2階 研修室（定員30名）",
        f"・第3回：{_date(2027, 11, 16, with_year=False)} 19:00〜21:00　本社3階 大会議室（夜勤の乗務員向け、定員60名）",
        f"・第4回：{_date(2027, 11, 18, with_year=False)} 9:30〜11:30　港営業所1階 研修室（定員25名）",
        "内容は、改定後の運賃・料金の確認、夜間の歩行者事故の防止、ドライブレコーダーの映像を使った事例研究です。",
        "講師は浅葉警察署 交通課の担当者と、当社安全推進課です。",
        f"受講者の名簿の提出締切：{_date(2027, 10, 29, with_year=False)} 17:00",
        "各営業所の運行管理者がとりまとめて、安全推進課 小野寺（内線 312）へメールで提出してください。",
        f"どの回にも出られなかった乗務員の補講は、{_date(2027, 12, 2, with_year=False)} 15:00〜17:00に"
        "本社3階 小会議室で行います。",
        "",
        "■2. 年末年始の乗務シフト",
        f"・対象期間：{_date(2027, 12, 25, with_year=False)}〜{_date(2028, 1, 5)}",
        f"・シフト希望の提出締切：{_date(2027, 11, 19, with_year=False)} 正午（所属営業所の運行管理者へ）",
        f"・シフト表の確定と掲示：{_date(2027, 12, 3, with_year=False)}",
        f"・{_date(2027, 12, 31, with_year=False)}の夜勤は、各営業所とも通常の1.5倍の台数で運行します。",
        f"・{_date(2028, 1, 1)}の0:00〜3:00は、浅葉八幡宮の初詣の臨時乗り場（北参道駐車場）に北浦営業所と"
        "若葉台営業所から各4台を配置します。",
        "・年末年始手当：12月31日〜1月3日の乗務1回につき3,000円（夜勤は1回につき4,000円）を支給します。",
        "",
        "■3. 問い合わせ",
        "・講習会について：運行管理部 安全推進課 小野寺 亮（内線 312）",
        "・シフトについて：運行管理部 配車課 今井 千夏（内線 318）",
        "・年末年始手当について：総務部 人事課 宮坂 美穂（内線 205）",
        "",
        "――――――――――――――――",
        f"{COMPANY} 運行管理部 安全推進課 小野寺 亮",
        "電話 0188-00-6100（内線 312）",
        f"anzen@{DOMAIN}",
    ]
    return "\n".join(lines) + "\n"


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = f"{COMPANY} 運行管理部 <anzen@{DOMAIN}>"
    message["To"] = f"全営業所 所長・運行管理者 <all-offices@{DOMAIN}>"
    message["Subject"] = MAIL_SUBJECT
    message["Date"] = format_datetime(datetime.datetime(2027, 10, 8, 10, 15, 0,
                                                        tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    message["Message-ID"] = f"<20271008101500.safety-course@{DOMAIN}>"
    message.set_content(mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


# ---------------------------------------------------------------------------------------------
# 5. HTML: the dispatch centre's intranet page.

PAGE_FILENAME = "配車センター_社内案内_2027年10月版.html"

# Area, office, address, dispatch telephone, hours, vehicles.
PAGE_OFFICES = [
    ("中央地区", "本社営業所", "浅葉市港町一丁目4番2号", "0188-00-6201", "24時間", "96台"),
    ("中央地区", "駅南営業所", "浅葉市駅南三丁目11番7号", "0188-00-6202", "24時間", "83台"),
    ("北部地区", "北浦営業所", "浅葉市北浦二丁目5番18号", "0188-00-6203", "5:00〜翌2:00", "41台"),
    ("北部地区", "若葉台営業所", "浅葉市若葉台一丁目20番3号", "0188-00-6204", "6:00〜翌1:00", "33台"),
    ("臨海地区", "港営業所", "浅葉市新港四丁目2番9号", "0188-00-6205", "24時間", "58台"),
    ("ハイヤー", "ハイヤーセンター", "浅葉市港町一丁目4番2号（本社1階）", "0188-00-6210", "7:00〜22:00", "24台"),
]


def page_html() -> str:
    rows = []
    for index, (area, office, address, telephone, hours, vehicles) in enumerate(PAGE_OFFICES):
        count = sum(1 for row in PAGE_OFFICES if row[0] == area)
        first = index == 0 or PAGE_OFFICES[index - 1][0] != area
        area_cell = (f'<th scope="rowgroup" rowspan="{count}">{area}</th>' if count > 1 else f'<th scope="row">{area}</th>') \
            if first else ""
        rows.append(f"      <tr>{area_cell}<td>{office}</td><td>{address}</td><td>{telephone}</td>"
                    f"<td>{hours}</td><td>{vehicles}</td></tr>")
    table_rows = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>配車センター 社内案内（2027年10月版）｜浅葉交通 社内ポータル</title>
<style>
  body {{ font-family: sans-serif; margin: 2em; }}
  table {{ border-collapse: collapse; }}
  th, td {{ border: 1px solid #999; padding: 4px 8px; }}
  .notice {{ border: 2px solid #c00; background: #fff4f4; padding: 8px 12px; }}
</style>
</head>
<body>
<header><p>浅葉交通 社内ポータル ＞ 運行管理部 ＞ 配車センター</p></header>
<main>
<h1>配車センター 社内案内（2027年10月版）</h1>
<div class="notice" role="note">
  <p><strong>お知らせ</strong></p>
  <p>{_date(2027, 10, 1)}の午前0時から、タクシー・ハイヤーの運賃・料金を改定しました。改定前の料金表が貼られた車両があれば、所属営業所の運行管理者に連絡してください。</p>
  <p>{_date(2027, 10, 18)}から、配車センターの電話受付を本社2階から本社4階に移します。代表番号（0188-00-6200）は変わりません。</p>
</div>

<h2>1. 営業所と配車受付</h2>
<p>お客さまからの配車の依頼は、原則として配車センター（代表 0188-00-6200、24時間）で受け、最寄りの営業所の車両を手配します。営業所に直接かかってきた依頼は、各営業所の配車受付電話で受けます。</p>
<h3>地区別の営業所</h3>
<table>
  <caption>地区別の営業所と配車受付（保有車両数は2027年10月1日現在）</caption>
  <thead>
    <tr><th scope="col">地区</th><th scope="col">営業所</th><th scope="col">所在地</th><th scope="col">配車受付電話</th><th scope="col">受付時間</th><th scope="col">保有車両数</th></tr>
  </thead>
  <tbody>
{table_rows}
  </tbody>
</table>
<p>北浦営業所と若葉台営業所の受付時間外は、配車センターで受けます。</p>

<h2>2. 配車の受付方法</h2>
<h3>当日の配車</h3>
<p>電話又は配車アプリ「あさばGO」で受けます。迎車料金は、小型車・中型車が300円、大型車（ジャンボ）と福祉車両が500円です（2027年10月1日から）。</p>
<h3>予約配車</h3>
<p>時刻を指定した予約は、利用日の14日前から受け付けます。当日の予約は、お迎えの時刻の30分前までです。福祉車両の予約は、利用日の前日の18時までに受けてください。ハイヤーの予約は、利用日の前日の17時までにハイヤーセンターで受けます。</p>
<h3>専用乗り場</h3>
<p>浅葉駅南口と浅葉市民病院の正面玄関には、当社の専用乗り場があります。浅葉駅南口の乗り場は、駅南営業所が担当します。</p>

<h2>3. 用語の説明</h2>
<dl>
  <dt>実車</dt>
  <dd>お客さまを乗せて走っている状態。輸送回数は実車の回数で数えます。</dd>
  <dt>実車率</dt>
  <dd>走行距離のうち、実車で走った距離の割合。2026年度の全営業所の実車率は46.8%でした。</dd>
  <dt>迎車</dt>
  <dd>お客さまに呼ばれて、乗車の場所まで空車で向かうこと。</dd>
  <dt>回送</dt>
  <dd>お客さまを乗せずに営業所やハイヤーセンターへ戻ること。ハイヤーでは回送料金をいただきます。</dd>
  <dt>隔日勤務</dt>
  <dd>1回の勤務で2日分を乗務し、勤務明けの日を休みとする勤務形態。</dd>
</dl>

<h2>4. 問い合わせ</h2>
<p>配車センター長 今井 千夏（内線 318）。夜間（22時〜翌7時）は当直の配車係（内線 330）へ。</p>
</main>
<footer><p>最終更新：2027年10月8日　運行管理部 配車課</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Question sets.

def _cell_value(office: str, month: str) -> str:
    return _n(RIDES[office][MONTHS.index(month)])


def questions() -> dict[str, list[dict]]:
    japanese = [
        ("中型タクシーを電話で呼んだときの迎車料金は、改定前はいくらでしたか。", ["250円"]),
        ("ジャンボタクシーを時間制で貸し切ったとき、改定前は最初の1時間がいくらでしたか。", ["6,300円", "6300円"]),
        ("ハイヤーの上級車を貸し切ると、改定後は最初の2時間でいくらかかりますか。", ["17,600円", "17600円"]),
        ("福祉車両で乗り降りを手伝ってもらったときの介助料金は、改定前はいくらでしたか。", ["750円"]),
        ("法人契約で、ある月の利用額がちょうど15万円だった。改定後の割引率は何％になりますか。", ["5%", "5％", "5パーセント"]),
        ("タクシーの深夜早朝割増は、改定後は何時から適用されますか。", ["22時", "22:00", "午後10時"]),
        ("遠距離割引は、改定前は運賃がいくらを超える部分に適用されていましたか。", ["9,000円", "9000円"]),
        ("前回の運賃改定はいつでしたか。", ["2023年（令和5年）11月1日", "2023年11月1日", "令和5年11月1日"]),
        ("月の営業収入がちょうど50万円だった乗務員の歩合率は、改定後で何％ですか。", ["56%", "56％"]),
        ("乗務員が15人いる班の班長手当は、改定前は月いくらでしたか。", ["9,500円", "9500円"]),
        ("夜勤の始業時刻は、改定後は何時になりましたか。", ["18時00分", "18時", "18:00"]),
        ("改定後の歩合率が適用されるのは、いつからの給与計算期間ですか。", ["2027年10月16日", "10月16日"]),
        ("12か月連続で無事故だった場合に加算される額は、改定後いくらですか。", ["15,000円", "15000円"]),
        ("駅南営業所の2026年8月の輸送回数は何回ですか。", [_cell_value("駅南営業所", "8月"), "26452"]),
        ("若葉台営業所の2027年1月の輸送回数を教えてください。", [_cell_value("若葉台営業所", "1月"), "11574"]),
        ("港営業所の2026年度の輸送回数の合計は何回ですか。", [_n(RIDE_OFFICE_TOTALS["港営業所"]),
                                                   str(RIDE_OFFICE_TOTALS["港営業所"])]),
        ("2026年度の全営業所合計の輸送回数は、月平均で何回でしたか。", [f"{_average(RIDE_TOTAL):,.1f}",
                                                        f"{_average(RIDE_TOTAL):.1f}"]),
        ("北浦営業所には日勤の乗務員が何人いますか。", ["18"]),
        ("2026年12月の輸送回数は、全営業所の合計で何回でしたか。", [_n(RIDE_MONTH_TOTALS[8]), str(RIDE_MONTH_TOTALS[8])]),
        ("夜勤の乗務員向けの安全運転講習会は、何月何日の何時からですか。", ["11月16日（火） 19:00", "11月16日", "19:00"]),
        ("安全運転講習会の受講者名簿は、いつまでに提出すればいいですか。", ["10月29日（金） 17:00", "10月29日"]),
        ("年末年始のシフト希望は、いつまでに出す必要がありますか。", ["11月19日（金） 正午", "11月19日"]),
        ("若葉台営業所の配車受付電話の番号は何番ですか。", ["0188-00-6204"]),
        ("当日の予約配車は、お迎えの時刻の何分前まで受け付けていますか。", ["30分前", "30分"]),
    ]
    unanswerable = [
        "浅葉空港までの定額運賃はいくらですか。",
        "障害者手帳を見せたときの運賃の割引率は何％ですか。",
        "2025年度の本社営業所の輸送回数は何回でしたか。",
        "東浜営業所の配車受付電話の番号を教えてください。",
        "乗務員の賞与は年に何回、何月に支給されますか。",
        "配車アプリで呼んだときに別にかかる手数料はいくらですか。",
        "秋の安全運転講習会の第5回はいつ開かれますか。",
        "電気自動車のタクシーは何台保有していますか。",
        "高速道路を使ったときの通行料金は誰が負担しますか。",
        "チャイルドシートを借りるといくらかかりますか。",
        "乗務員の平均年齢は何歳ですか。",
        "予約をキャンセルしたときのキャンセル料はいくらですか。",
    ]
    english = [
        ("After the revision, what is the initial fare (初乗運賃) of a medium-sized taxi (中型車)?",
         ["500円"], ["500円", "500", "¥500", "500 yen"]),
        ("From what date do the new taxi and hired-car fares apply?",
         ["2027年10月1日"], ["2027年10月1日", "October 1, 2027", "1 October 2027", "2027-10-01", "10月1日"]),
        ("Before the revision, how much was the first hour of the time-based fare for a small taxi (小型車)?",
         ["4,700円"], ["4,700円", "4,700", "4700"]),
        ("What is the new fare-share rate for a driver whose monthly takings are 700,000 yen?",
         ["59%"], ["59%", "59％", "59"]),
        ("How much is the team-leader allowance (班長手当) per month after the revision for a team of exactly 30 drivers?",
         ["21,000円"], ["21,000円", "21,000", "21000"]),
        ("How many rides did the hired-car centre (ハイヤーセンター) carry in December 2026?",
         [_cell_value("ハイヤーセンター", "12月")], [_cell_value("ハイヤーセンター", "12月"), "1299"]),
        ("How many rides did the 本社営業所 office carry in fiscal 2026 in total?",
         [_n(RIDE_OFFICE_TOTALS["本社営業所"])], [_n(RIDE_OFFICE_TOTALS["本社営業所"]), str(RIDE_OFFICE_TOTALS["本社営業所"])]),
        ("Where is the first safe-driving course held?",
         ["本社3階 大会議室"], ["本社3階 大会議室", "大会議室"]),
        ("What extension should I call about the year-end allowance?",
         ["内線 205"], ["内線 205", "205"]),
        ("How many vehicles does the 港営業所 office have?",
         ["58台"], ["58台", "58"]),
    ]
    followups = [
        (["改定後の中型車の初乗運賃はいくらですか。", "改定前はいくらでしたか。"], ["480円"]),
        (["駅南営業所の2026年7月の輸送回数は何回ですか。", "では同じ月の北浦営業所は？"],
         [_cell_value("北浦営業所", "7月"), "15358"]),
        (["秋の安全運転講習会の第1回はどこで開かれますか。", "第2回の会場は？"], ["駅南営業所2階 研修室", "研修室"]),
        (["班の乗務員数が20人以上30人未満のとき、改定後の班長手当はいくらですか。", "改定前だといくらでしたか。"],
         ["13,000円", "13000円"]),
        (["ハイヤー普通車の時間制運賃は、改定後は最初の2時間でいくらですか。", "その後の30分ごとの加算はいくらですか。"],
         ["3,450円", "3450円"]),
        (["タクシーの深夜早朝割増は、改定後は何時から何時までですか。", "改定前は何時からでしたか。"], ["23時", "23:00", "午後11時"]),
        (["夜勤の始業時刻は改定後何時ですか。", "終業時刻は？"], ["翌日4時00分", "4時00分", "4時"]),
        (["北浦営業所の配車受付電話の受付時間は？", "若葉台営業所は？"], ["6:00〜翌1:00", "6:00"]),
    ]
    return {
        "holdout43_qa.jsonl": [{"id": f"h43-{index}", "q": q, "any": forms}
                               for index, (q, forms) in enumerate(japanese, start=1)],
        "holdout43_unanswerable_qa.jsonl": [{"id": f"h43-un-{index}", "q": q, "any": [], "unanswerable": True}
                                            for index, q in enumerate(unanswerable, start=1)],
        "holdout43_english_qa.jsonl": [{"id": f"h43-en-{index}", "q": q, "any": forms, "answer_any": answers}
                                       for index, (q, forms, answers) in enumerate(english, start=1)],
        "holdout43_followup_qa.jsonl": [{"id": f"h43-fu-{index}", "turns": turns, "any": forms}
                                        for index, (turns, forms) in enumerate(followups, start=1)],
    }


# What would have to be in the documents for an unanswerable question to have an answer: a label,
# a heading or a value the corpus leaves out on purpose (check_holdout43.py looks for each).
ABSENT: dict[str, list[str]] = {
    "h43-un-1": ["定額運賃", "空港", "定額"],
    "h43-un-2": ["障害者", "手帳"],
    "h43-un-3": ["2025年度", "2025年4月", "前年度"],
    "h43-un-4": ["東浜"],
    "h43-un-5": ["賞与", "ボーナス", "一時金"],
    "h43-un-6": ["手数料"],
    "h43-un-7": ["第5回"],
    "h43-un-8": ["電気自動車", "EV車", "ＥＶ"],
    "h43-un-9": ["高速道路", "有料道路", "通行料"],
    "h43-un-10": ["チャイルドシート", "ベビーシート"],
    "h43-un-11": ["平均年齢", "年齢"],
    "h43-un-12": ["キャンセル", "取消"],
}

EXPECTED_COUNTS = {
    "holdout43_qa.jsonl": ("h43-", 24),
    "holdout43_unanswerable_qa.jsonl": ("h43-un-", 12),
    "holdout43_english_qa.jsonl": ("h43-en-", 10),
    "holdout43_followup_qa.jsonl": ("h43-fu-", 8),
}

DOCUMENTS = [FARES_FILENAME, RULES_FILENAME, RIDES_FILENAME, MAIL_FILENAME, PAGE_FILENAME]


def write_sets(directory: Path) -> list[Path]:
    written = []
    for filename, items in questions().items():
        path = directory / filename
        path.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write the documents and the question sets into this folder")
    arguments = parser.parse_args()
    documents_dir = arguments.out or HERE
    sets_dir = arguments.out or DATA
    documents_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for filename, builder in ((FARES_FILENAME, build_pdf), (RULES_FILENAME, build_docx),
                              (RIDES_FILENAME, build_xlsx), (MAIL_FILENAME, lambda path: path.write_bytes(mail_bytes())),
                              (PAGE_FILENAME, lambda path: path.write_text(page_html(), encoding="utf-8"))):
        path = documents_dir / filename
        builder(path)
        written.append(path)
    print_sizes(written)
    for path in write_sets(sets_dir):
        print(f"{path.name}: {sum(1 for _ in path.open(encoding='utf-8'))} questions")


if __name__ == "__main__":
    main()
