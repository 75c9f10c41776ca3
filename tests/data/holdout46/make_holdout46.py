"""Write the five documents and the four question sets of the forty-sixth holdout corpus
(tests/data/holdout46/README.md).

One fictional operator of auto-campgrounds and glamping sites, 翠嶺アウトドアリゾート株式会社 (head
office in the fictional 霧ヶ谷市, 翠嶺県; five auto-campgrounds, 朝霧高原, 鹿鳴渓谷, 七瀬川, 湖月浜
and 風越の森, and two glamping sites, 星見ヶ原 and 月影の丘), and five documents its staff would look
things up in: the site-fee table as a PDF (a two-row header, 通常期 and 繁忙期 each over 平日 and
休前日, the campground written only on the first row of its group, 「－」 where a site is not sold, a
table that crosses from page 1 to page 2 with both header rows repeated; admission fees; group
discounts in bands with the boundary rule in prose), the terms of use as Word (第1条〜第14条,
extra fees new beside old, cancellation fees in bands new beside old, 附則 with transitional rules),
the bookings and sales of fiscal 2026 as Excel, the deck of the first managers' meeting of fiscal
2027 as PowerPoint, and an e-mail announcing the staff training and the safety courses before the
season. Every name, address, telephone number and figure here is invented (e-mail domains end in
`.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/) or the earlier holdouts' questions; it is there to measure how the appliance generalises,
not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail is
fixed text with a fixed date and message id.

    .venv/bin/python tests/data/holdout46/make_holdout46.py            # documents here, sets in tests/data
    .venv/bin/python tests/data/holdout46/make_holdout46.py --out DIR  # documents and sets into DIR
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import (  # noqa: E402
    CID_FONT,
    docx_east_asian_font,
    docx_header_row,
    normalize_zip,
    pptx_fill,
    pptx_font,
    pptx_place,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 3, 19, 10, 0, 0)
COMPANY = "翠嶺アウトドアリゾート株式会社"
HEADER_FILL = "DDEBF7"
WEEKDAYS = "月火水木金土日"

# ---------------------------------------------------------------------------------------------
# The campgrounds.

AUTO = ["朝霧高原", "鹿鳴渓谷", "七瀬川", "湖月浜", "風越の森"]
GLAMPING = ["星見ヶ原", "月影の丘"]
SITES = AUTO + GLAMPING
FULL_NAME = {name: f"{name}オートキャンプ場" for name in AUTO} | {name: f"{name}グランピング" for name in GLAMPING}
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]


def _n(value: int) -> str:
    return f"{value:,}"


def _one_decimal(value: Decimal) -> str:
    """A number as Excel's `#,##0.0` shows it (half up)."""
    rounded = value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    whole, _, fraction = f"{rounded:f}".partition(".")
    return f"{int(whole):,}.{fraction}"


def _date(year: int, month: int, day: int, *, with_year: bool = False) -> str:
    moment = datetime.date(year, month, day)
    prefix = f"{year}年" if with_year else ""
    return f"{prefix}{month}月{day}日（{WEEKDAYS[moment.weekday()]}）"


# ---------------------------------------------------------------------------------------------
# 1. PDF: the site-fee table of fiscal 2027.

FEES_FILENAME = "2027年度_サイト利用料金表_2027年4月改定.pdf"
FEES_TITLE = "翠嶺アウトドアリゾート 2027年度 サイト利用料金表（2027年4月1日改定）"

# Campground, then (site kind, capacity, 通常期 平日, 通常期 休前日, 繁忙期 平日, 繁忙期 休前日); None = not sold.
FEES: list[tuple[str, list[tuple[str, str, int | None, int | None, int | None, int | None]]]] = [
    ("朝霧高原", [
        ("オートサイト（電源なし）", "6人", 4400, 5500, 6600, 7700),
        ("電源付きオートサイト", "6人", 5500, 6600, 7700, 8800),
        ("フリーサイト（車両乗り入れ不可）", "4人", 2750, 3300, 3850, 4400),
        ("コテージ（4人用）", "4人", 13200, 16500, 19800, 22000),
    ]),
    ("鹿鳴渓谷", [
        ("オートサイト（電源なし）", "6人", 4180, 5280, 6380, 7480),
        ("電源付きオートサイト", "6人", 5280, 6380, 7480, 8580),
        ("川沿いプレミアムサイト", "8人", 7150, 8250, 9900, 11000),
        ("バンガロー（5人用）", "5人", 9900, 12100, 14300, 16500),
    ]),
    ("七瀬川", [
        ("オートサイト（電源なし）", "6人", 3850, 4950, 6050, 7150),
        ("電源付きオートサイト", "6人", 4950, 6050, 7150, 8250),
        ("フリーサイト（車両乗り入れ不可）", "4人", 2200, 2750, 3300, 3850),
        ("デイキャンプ（10時〜16時）", "6人", 1650, 2200, 2750, 3300),
    ]),
    ("湖月浜", [
        ("湖畔オートサイト（電源なし）", "6人", 5060, 6160, 8140, 9240),
        ("電源付きオートサイト", "6人", 6160, 7260, 9240, 10340),
        ("キャンピングカーサイト（電源・給排水付き）", "6人", 7700, 8800, 11000, 12100),
        ("フリーサイト（車両乗り入れ不可）", "4人", None, 3520, 4620, 5170),
    ]),
    ("風越の森", [
        ("林間オートサイト（電源なし）", "5人", 3960, 4840, 5940, 6820),
        ("電源付き林間サイト", "5人", 4840, 5720, 6820, 7700),
        ("ツリーハウス（3人用）", "3人", 11000, 13200, 15400, 17600),
        ("ソロサイト（徒歩で搬入）", "1人", 1980, 2420, 2970, 3520),
    ]),
    ("星見ヶ原", [
        ("ドームテント", "4人", 26400, 33000, 39600, 44000),
        ("キャビン（ペット同伴可）", "4人", 30800, 37400, 44000, 48400),
        ("スイートドーム", "6人", 41800, 50600, 58300, 63800),
    ]),
    ("月影の丘", [
        ("ベルテント", "4人", 24200, 29700, 35200, 39600),
        ("トレーラーハウス", "5人", 35200, 42900, None, None),
    ]),
]


def fee(site: str, kind_prefix: str, column: int) -> str:
    """A fee as the table writes it: column 0..3 = 通常期 平日, 通常期 休前日, 繁忙期 平日, 繁忙期 休前日."""
    for name, rows in FEES:
        if name == site:
            for row in rows:
                if row[0].startswith(kind_prefix):
                    value = row[2 + column]
                    return "－" if value is None else _n(value)
    raise KeyError((site, kind_prefix))


def _fee_table() -> list[list[str]]:
    rows = [["施設", "サイト区分", "定員", "通常期", "", "繁忙期", ""],
            ["", "", "", "平日", "休前日", "平日", "休前日"]]
    for site, kinds in FEES:
        for index, (kind, capacity, *prices) in enumerate(kinds):
            rows.append([FULL_NAME[site] if index == 0 else "", kind, capacity]
                        + ["－" if price is None else _n(price) for price in prices])
    return rows


FEE_TABLE = _fee_table()

# 区分, 通常期, 繁忙期 (円, per person and day, auto-campgrounds only)
ADMISSION = [("大人（中学生以上）", 550, 770), ("小学生", 330, 440), ("未就学児", 0, 0)]
ADMISSION_TABLE = [["区分", "通常期（円）", "繁忙期（円）"]] + [
    [name, "無料" if low == 0 else _n(low), "無料" if high == 0 else _n(high)] for name, low, high in ADMISSION
]
# 人数の区分, 入場料の割引率, サイト利用料の割引率
GROUP_BANDS = [("10人以上30人未満", "10%", "5%"), ("30人以上50人未満", "15%", "8%"),
               ("50人以上", "20%", "10%（要事前相談）")]
GROUP_TABLE = [["利用人数（同一日・同一施設）", "入場料の割引率", "サイト利用料の割引率"]] + [list(row) for row in GROUP_BANDS]

FEES_BLOCKS: list[tuple[str, object]] = [
    ("p", "2027年（令和9年）3月1日　翠嶺アウトドアリゾート株式会社 予約センター"),
    ("h1", "1. 適用と期間の区分"),
    ("p", "この料金表は、当社が翠嶺県内で運営する5か所のオートキャンプ場（朝霧高原、鹿鳴渓谷、七瀬川、湖月浜、"
          "風越の森）と2か所のグランピング施設（星見ヶ原、月影の丘）のサイト利用料金を定めるもので、2027年4月1日"
          "以後の宿泊に適用する。料金は消費税込みで、オートキャンプ場は1サイト1泊、グランピング施設は1棟1泊"
          "（夕食・朝食付き、定員まで）の料金である。オートキャンプ場では、サイト利用料金のほかに入場料を申し受ける。"),
    ("p", "繁忙期は、2027年4月29日〜5月5日、2027年7月17日〜8月31日及び2027年12月29日〜2028年1月3日とし、"
          "それ以外の日を通常期とする。休前日は土曜日及び祝日の前日（繁忙期中の日を含む）をいい、それ以外の日は"
          "平日の料金とする。料金は宿泊する日（チェックインする日）の区分で決まり、2泊以上の場合は1泊ごとに"
          "その日の区分の料金を合計する。"),
    ("p", "デイキャンプは宿泊を伴わない日帰りの利用（10時〜16時）で、利用する日の区分の料金を適用する。"
          "車両1台の乗り入れはサイト利用料金に含み、2台目からは利用約款に定める追加車両料金を申し受ける。"),
    ("h1", "2. 施設別・サイト区分別の利用料金"),
    ("p", "各施設のサイト区分ごとの料金は次の表のとおりである（単位：円、税込。オートキャンプ場は1サイト1泊、"
          "グランピング施設は1棟1泊）。施設名は各施設の最初の行にだけ記載する。「－」はその期間に販売しない"
          "ことを表す。"),
    ("fee_table", None),
    ("p", "湖月浜オートキャンプ場のフリーサイトは、通常期の平日は休場とする。月影の丘グランピングの"
          "トレーラーハウスは、繁忙期は貸切プラン専用とし、一般には販売しない。星見ヶ原グランピングのキャビン"
          "は、小型犬・中型犬2頭まで同伴できる。"),
    ("h1", "3. 入場料（オートキャンプ場）"),
    ("p", "オートキャンプ場の入場料は、次の表のとおりとする（1人1日、税込）。グランピング施設の料金には入場料を含む。"),
    ("table", ADMISSION_TABLE),
    ("h1", "4. 団体割引"),
    ("p", "同じ日に同じ施設を利用する団体には、利用人数に応じて次の割引を行う。グランピング施設は対象外とする。"),
    ("table", GROUP_TABLE),
    ("p", "利用人数は、同一日・同一施設の利用者の合計で数え、未就学児は数えない。「以上」はその人数を含み、"
          "「未満」はその人数を含まない。たとえば、ちょうど30人の団体は「30人以上50人未満」の区分となり、"
          "入場料は15%、サイト利用料は8%の割引となる。29人の団体は「10人以上30人未満」の区分で、"
          "入場料10%、サイト利用料5%の割引である。ちょうど50人の団体は「50人以上」の区分となる。9人以下の"
          "利用は団体割引の対象とならない。団体割引は、ほかの割引と併用できない。"),
    ("h1", "5. 問い合わせ先"),
    ("p", "予約・料金についての問い合わせは、翠嶺アウトドアリゾート 予約センター（電話 0266-00-5180、受付 9:00〜18:00、"
          "水曜定休、yoyaku@suirei-outdoor.example）まで。"),
]

# ---------------------------------------------------------------------------------------------
# 2. DOCX: the terms of use.

TERMS_FILENAME = "オートキャンプ場・グランピング施設利用約款_2027年4月改正.docx"
TERMS_TITLE = "翠嶺アウトドアリゾート オートキャンプ場・グランピング施設 利用約款"

EXTRAS_TABLE = [
    ["項目", "単位", "改定後（税込）", "改定前（税込）"],
    ["追加車両（2台目から）", "1台1泊", "1,100円", "770円"],
    ["定員を超える追加人数（オートサイト）", "1人1泊", "1,320円", "1,100円"],
    ["レイトチェックアウト", "1時間", "1,100円", "880円"],
    ["アーリーチェックイン", "1時間", "1,650円", "1,320円"],
    ["ペット同伴料", "1頭1泊", "1,210円", "1,100円"],
    ["薪（広葉樹）", "1束", "880円", "770円"],
    ["温水シャワー（オートキャンプ場）", "5分", "220円", "200円"],
]

CANCEL_TABLE = [
    ["取消しの時期", "改定後", "改定前"],
    ["利用日の15日前まで", "無料", "無料"],
    ["利用日の14日前から8日前まで", "利用料金の20%", "無料"],
    ["利用日の7日前から3日前まで", "利用料金の30%", "利用料金の20%"],
    ["利用日の前々日・前日", "利用料金の50%", "利用料金の50%"],
    ["利用日の当日・連絡のない不参加", "利用料金の100%", "利用料金の100%"],
]

TERMS_BODY: list[tuple[str, object]] = [
    ("right", "制定 2020年（令和2年）3月10日　最終改正 2027年（令和9年）2月18日"),
    ("h1", "第1条（目的）"),
    ("p", "この約款は、翠嶺アウトドアリゾート株式会社（以下「当社」という。）が運営するオートキャンプ場及び"
          "グランピング施設（以下「施設」という。）の利用について、必要な事項を定める。"),
    ("h1", "第2条（適用範囲）"),
    ("p", "この約款は、朝霧高原オートキャンプ場、鹿鳴渓谷オートキャンプ場、七瀬川オートキャンプ場、湖月浜"
          "オートキャンプ場、風越の森オートキャンプ場、星見ヶ原グランピング及び月影の丘グランピングの利用に"
          "適用する。この約款に定めのない事項は、各施設の利用案内による。"),
    ("h1", "第3条（予約）"),
    ("p", "オートキャンプ場の予約は、利用日の3か月前の同じ日の10時から受け付ける。グランピング施設の予約は、"
          "利用日の6か月前の同じ日の10時から受け付ける。予約は当社のウェブサイト又は予約センターで受け付け、"
          "1回の予約で押さえられるのは1施設につき3サイトまでとする。"),
    ("h1", "第4条（利用料金）"),
    ("p", "サイト利用料金及び入場料は、当社が別に定める「サイト利用料金表」による。利用料金は、ウェブサイトでの"
          "予約はクレジットカードによる事前決済、予約センターでの予約はチェックインの際に現金又はクレジット"
          "カードで支払うものとする。"),
    ("h1", "第5条（チェックイン及びチェックアウト）"),
    ("p", "オートキャンプ場のチェックインは13時から17時まで、チェックアウトは11時までとする。グランピング施設の"
          "チェックインは15時から18時まで、チェックアウトは10時までとする。17時（グランピング施設は18時）を過ぎて"
          "到着するときは、事前に施設の管理棟へ連絡するものとする。"),
    ("h1", "第6条（付帯料金）"),
    ("p", "次の付帯料金は、利用料金とは別に申し受ける。レイトチェックアウト及びアーリーチェックインは、"
          "空きがある場合に限り、前後それぞれ2時間まで受け付ける。"),
    ("table", EXTRAS_TABLE),
    ("h1", "第7条（車両及びペット）"),
    ("p", "車両は、1サイトにつき1台まで料金に含む。フリーサイト及びソロサイトには車両を乗り入れることができない。"
          "ペットは、オートキャンプ場の全サイト及び星見ヶ原グランピングのキャビンに限り、1サイトにつき2頭まで"
          "同伴できる。ペットは常にリードでつなぎ、炊事棟・シャワー棟に入れてはならない。"),
    ("h1", "第8条（予約の取消し）"),
    ("p", "利用者の都合で予約を取り消すときは、取消しの時期に応じて、利用料金（サイト利用料金の合計額）に"
          "次の割合を乗じた額の取消料を申し受ける。"),
    ("table", CANCEL_TABLE),
    ("p", "日数は、利用日の前日を「1日前」として数える。たとえば、利用日が8月10日のとき、8月3日の取消しは"
          "「7日前」で利用料金の30%、8月2日の取消しは「8日前」で利用料金の20%となる。グランピング施設の予約は、"
          "上表に加えて、利用日の30日前から15日前までの取消しにも利用料金の10%を申し受ける。"),
    ("h1", "第9条（気象等による中止）"),
    ("p", "利用日又はその前日に、施設のある市町村に大雨、暴風又は洪水の警報が発表されたときは、利用者は取消料を"
          "支払わずに予約を取り消すことができる。当社が安全のために施設の全部又は一部の利用を中止したときは、"
          "受け取った利用料金の全額を返す。"),
    ("h1", "第10条（禁止事項）"),
    ("p", "施設内では、次の行為をしてはならない。地面での直火（焚き火台を使う場合を除く）、打ち上げ花火及び"
          "爆竹、発電機の使用、指定の場所以外での洗い物、他の利用者のサイトへの立ち入り。"),
    ("h1", "第11条（静粛時間）"),
    ("p", "22時から翌朝7時までを静粛時間とし、この間は話し声や音楽を控え、車両の出入りをしないものとする。"
          "静粛時間中の車両の出入りは、急病等のやむを得ない場合に限り、管理棟の許可を得て行う。"),
    ("h1", "第12条（損害賠償）"),
    ("p", "利用者が故意又は過失により施設、設備又は備品を壊し、又はなくしたときは、その修理又は購入にかかる"
          "費用を賠償するものとする。"),
    ("h1", "第13条（個人情報）"),
    ("p", "当社は、予約の際に取得した個人情報を、予約の管理、緊急時の連絡及び当社の施設の案内のためにのみ利用する。"),
    ("h1", "第14条（問い合わせ）"),
    ("p", "この約款に関する問い合わせは、当社 運営本部 施設管理課（電話 0266-00-5120、"
          "shisetsu@suirei-outdoor.example）で受け付ける。"),
    ("h1", "附則"),
    ("p", "この約款は、2020年（令和2年）4月1日から施行する。"),
    ("h2", "附則（2024年（令和6年）5月24日改正）"),
    ("p", "この改正は、2024年（令和6年）7月1日から施行する。改正後の第7条（ペット同伴の範囲を星見ヶ原グランピングの"
          "キャビンに広げる規定）は、同日以後の宿泊から適用する。"),
    ("h2", "附則（2027年（令和9年）2月18日改正）"),
    ("p", "1　この改正は、2027年（令和9年）4月1日から施行する。"),
    ("p", "2　2027年3月31日までに受け付けた予約のうち、利用日が2027年6月30日までのものの取消しについては、改正前の"
          "第8条の取消料（上表の「改定前」の欄）を適用する。"),
    ("p", "3　改正後の第6条の付帯料金は、2027年4月1日以後の利用から適用する。ただし、同日前に事前決済を済ませた"
          "予約の付帯料金は、改定前の額とする。"),
]

# ---------------------------------------------------------------------------------------------
# 3. XLSX: bookings and sales of fiscal 2026.

FIGURES_FILENAME = "施設別利用実績_2026年度.xlsx"

# Bookings (件: one site or unit for one night) of fiscal 2026, 4月..3月.
BOOKINGS = {
    "朝霧高原": [612, 884, 705, 1046, 1382, 918, 861, 643, 402, 287, 318, 476],
    "鹿鳴渓谷": [538, 797, 642, 973, 1294, 851, 902, 588, 341, 226, 259, 417],
    "七瀬川": [471, 706, 553, 914, 1237, 768, 694, 502, 298, 203, 237, 364],
    "湖月浜": [589, 861, 697, 1128, 1516, 946, 812, 574, 366, 251, 284, 443],
    "風越の森": [327, 512, 418, 683, 905, 562, 618, 401, 215, 148, 173, 262],
    "星見ヶ原": [214, 263, 228, 297, 341, 276, 289, 247, 231, 196, 204, 238],
    "月影の丘": [176, 219, 193, 254, 298, 231, 243, 208, 192, 161, 169, 197],
}
SITE_BOOKINGS = {site: sum(values) for site, values in BOOKINGS.items()}
MONTH_BOOKINGS = [sum(BOOKINGS[site][index] for site in SITES) for index in range(12)]
BOOKINGS_TOTAL = sum(MONTH_BOOKINGS)
BOOKINGS_NOTE = ("注記：利用件数は、1サイト（グランピング施設は1棟）の1泊を1件として数える。デイキャンプの利用は含まない。"
                 "1月〜3月は2027年の月。")

SALES_KINDS = ["サイト利用料", "入場料", "レンタル用品", "売店・薪", "体験プログラム", "食事・飲料"]
# Sales of fiscal 2026 in 千円 (tax excluded) by kind, in SITES order; None = none (「－」).
SALES: dict[str, list[int | None]] = {
    "サイト利用料": [38420, 34976, 27683, 42157, 21594, 96712, 71385],
    "入場料": [9815, 8947, 8126, 10362, 5238, None, None],
    "レンタル用品": [4236, 3581, 2947, 5014, 1876, None, None],
    "売店・薪": [6108, 5372, 4859, 6873, 3417, 2963, 2418],
    "体験プログラム": [2374, 3915, None, 4628, 1259, 3184, None],
    "食事・飲料": [None, None, None, None, None, 31476, 24903],
}
SALES_SITE_TOTALS = [sum(SALES[kind][index] or 0 for kind in SALES_KINDS) for index in range(len(SITES))]
SALES_KIND_TOTALS = {kind: sum(value or 0 for value in SALES[kind]) for kind in SALES_KINDS}
SALES_TOTAL = sum(SALES_SITE_TOTALS)
SALES_NOTE = "（単位：千円、税抜。「－」はその施設で取り扱いのない区分）"

# ---------------------------------------------------------------------------------------------
# 4. PPTX: the deck of the first managers' meeting of fiscal 2027.

DECK_FILENAME = "2027年度_第1回場長会議資料.pptx"
DECK_TITLE = "2027年度 第1回 場長会議"
DECK_COVER = ["施設別目標・重点施策・安全対策", f"{COMPANY} 運営本部",
              f"{_date(2027, 4, 14, with_year=True)} 14:00〜16:30　本社3階 大会議室"]

REVIEW_TITLE = "2026年度の振り返り"
REVIEW = [
    "・全施設の利用件数は前年度比104.2%（オートキャンプ場103.1%、グランピング108.7%）",
    "・ケガ・事故の報告は23件（うち救急搬送2件）で、前年度より5件減った",
    "・口コミ評価の平均は4.3点（5点満点）、最も高いのは星見ヶ原の4.6点",
    "・ウェブ予約の比率は78%（前年度71%）、予約センターへの電話は1日平均46件",
]
REVIEW_SPEAKER = ("救急搬送の2件は、いずれも8月の熱中症（鹿鳴渓谷と七瀬川）。今年度は7月から管理棟に"
                  "経口補水液と冷却用品を常備する。")

# 施設, 利用件数目標（件）, 売上目標（千円）, 稼働率目標（%）
TARGETS = [
    ("朝霧高原", 8900, 63500, "41.5"),
    ("鹿鳴渓谷", 8100, 59800, "38.0"),
    ("七瀬川", 7200, 45300, "36.5"),
    ("湖月浜", 9000, 72400, "44.0"),
    ("風越の森", 5500, 34600, "31.0"),
    ("星見ヶ原", 3200, 138000, "62.0"),
    ("月影の丘", 2650, 101500, "58.5"),
]
TARGET_BOOKINGS = sum(row[1] for row in TARGETS)
TARGET_SALES = sum(row[2] for row in TARGETS)
TARGETS_TITLE = "2027年度 施設別の目標"
TARGETS_TABLE = [["施設", "利用件数目標（件）", "売上目標（千円）", "稼働率目標（%）"]] + [
    [site, _n(bookings), _n(sales), rate] for site, bookings, sales, rate in TARGETS
] + [["合計", _n(TARGET_BOOKINGS), _n(TARGET_SALES), "－"]]
TARGETS_NOTE = "稼働率＝利用件数÷（販売サイト数×営業日数）。売上は税抜。上期（4月〜9月）で年間目標の60%を目安とする。"
TARGETS_SPEAKER = ("湖月浜は7月にキャンピングカーサイトを8区画増設する予定のため、利用件数目標を高めにした。"
                   "月影の丘はトレーラーハウスの貸切プランを繁忙期に販売する。")

SAFETY_TITLE = "2027年度の重点施策・安全対策"
SAFETY = [
    "・七瀬川：七瀬橋水位観測所の水位が1.2m以上になったら川沿いサイトの利用を中止し、第2駐車場へ誘導する",
    "・熊の目撃情報が入ったら、管理棟から半径500m以内のサイトで夜間の屋外調理を中止する",
    "・取消料の改定（4月1日から）を予約確認メールとウェブサイトに明記する",
    "・スタッフの普通救命講習の受講率を100%にする（2026年度末74%）",
    "・繁忙期前の設備点検を7月5日〜7月9日に全施設で行う",
]
SAFETY_SPEAKER = ("七瀬川の水位の基準は、昨年9月の増水を受けて1.5mから1.2mに引き下げた。"
                  "誘導の訓練は開場前安全講習の中で行う。")

# ---------------------------------------------------------------------------------------------
# 5. EML: the announcement of the training and the safety courses.

MAIL_FILENAME = "各施設周知_開場前安全講習と新任スタッフ研修の日程.eml"
MAIL_SUBJECT = "【各施設周知】2027年度 開場前安全講習と新任スタッフ研修の日程について"


def mail_body() -> str:
    lines = [
        "各施設 場長・スタッフ 各位",
        "",
        "運営本部 安全管理課の佐伯です。",
        "2027年度の新任スタッフ研修、開場前安全講習及び普通救命講習の日程をお知らせします。",
        "各場長は、対象のスタッフへの周知と出欠のとりまとめをお願いします。",
        "",
        "■1. 新任スタッフ研修",
        f"・日程：{_date(2027, 4, 5, with_year=True)}〜{_date(2027, 4, 7)}　各日 9:30〜17:00",
        "・会場：本社3階 大会議室（霧ヶ谷市本町三丁目）",
        "・対象：2027年度の新任スタッフ（正社員・シーズンスタッフ）",
        f"・{_date(2027, 4, 7)}の午後は、朝霧高原オートキャンプ場で実地研修を行います（13:30 現地集合）。",
        "",
        "■2. 開場前安全講習（各施設のスタッフ全員）",
        f"・第1回：{_date(2027, 4, 12)} 13:00〜16:00　朝霧高原オートキャンプ場 管理棟2階 研修室"
        "（対象：朝霧高原・風越の森）",
        f"・第2回：{_date(2027, 4, 15)} 13:00〜16:00　七瀬川オートキャンプ場 センターハウス1階 多目的室"
        "（対象：七瀬川・鹿鳴渓谷）",
        f"・第3回：{_date(2027, 4, 19)} 10:00〜13:00　湖月浜オートキャンプ場 管理棟 会議室"
        "（対象：湖月浜・星見ヶ原・月影の丘）",
        "・講師：霧ヶ谷警察署 生活安全課、霧ヶ谷市消防本部 予防課",
        "・内容：増水・落雷・熊の出没時の避難誘導、火気の取扱い、AEDの使い方",
        "",
        "■3. 普通救命講習（未受講のスタッフ）",
        f"・日時：{_date(2027, 4, 22)} 9:00〜12:00",
        "・会場：霧ヶ谷市消防本部 3階 講堂",
        "・定員：24人（先着順）",
        "",
        "■4. 回答・申込の締切",
        f"・研修と安全講習の出欠：{_date(2027, 3, 30)} 17:00までに、各場長がとりまとめて安全管理課へ",
        f"・普通救命講習の申込：{_date(2027, 4, 9)} 12:00まで（定員に達したときはその時点で締め切ります）",
        "",
        "■5. 問い合わせ",
        "・講習全般：安全管理課 佐伯 岳人（内線 341）",
        "・新任スタッフ研修：安全管理課 研修担当 三好 梨花（内線 346）",
        "・勤務シフト・交通費：総務部 人事担当 大河内 透（内線 228）",
        "",
        "――――――――――――――――",
        f"{COMPANY} 運営本部 安全管理課 佐伯 岳人",
        "電話 0266-00-5100（内線 341）",
        "anzen@suirei-outdoor.example",
    ]
    return "\n".join(lines) + "\n"


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = f"{COMPANY} 安全管理課 <anzen@suirei-outdoor.example>"
    message["To"] = "各施設 場長・スタッフ <all-sites@suirei-outdoor.example>"
    message["Subject"] = MAIL_SUBJECT
    message["Date"] = format_datetime(datetime.datetime(2027, 3, 19, 10, 0, 0,
                                                        tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    message["Message-ID"] = "<20270319100000.kaijo-koshu@suirei-outdoor.example>"
    message.set_content(mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


# ---------------------------------------------------------------------------------------------
# Question sets: every answer taken from the figures above.

def _booking(site: str, month: str) -> int:
    return BOOKINGS[site][MONTHS.index(month)]


def _sales(kind: str, site: str) -> str:
    value = SALES[kind][SITES.index(site)]
    return "－" if value is None else _n(value)


def _forms(text: str) -> list[str]:
    """A figure as written, then without the thousands separator."""
    plain = text.replace(",", "")
    return [text] if plain == text else [text, plain]


def _target(site: str) -> tuple[str, int, int, str]:
    return next(row for row in TARGETS if row[0] == site)


def _month_average(values: list[int]) -> str:
    return _one_decimal(Decimal(sum(values)) / Decimal(12))


QA: list[dict] = [
    {"q": "朝霧高原オートキャンプ場の電源付きオートサイトを繁忙期の休前日に泊まると、1泊いくらですか？",
     "any": _forms(fee("朝霧高原", "電源付き", 3))},
    {"q": "鹿鳴渓谷の川沿いプレミアムサイトって、通常期の平日だと1泊いくら？",
     "any": _forms(fee("鹿鳴渓谷", "川沿い", 0))},
    {"q": "星見ヶ原グランピングのペット同伴可のキャビンは、通常期の休前日で1棟いくらですか？",
     "any": _forms(fee("星見ヶ原", "キャビン", 1))},
    {"q": "湖月浜オートキャンプ場のフリーサイトは、通常期の休前日だと1泊いくら？",
     "any": _forms(fee("湖月浜", "フリー", 1))},
    {"q": "ちょうど30人の団体でオートキャンプ場を使う場合、入場料は何%割引になりますか？",
     "any": ["15%", "15％"]},
    {"q": "オートキャンプ場の小学生の入場料は、繁忙期だといくらですか？",
     "any": ["440"]},
    {"q": "利用日が8月10日の予約を8月3日に取り消すと、改定後の約款では取消料は利用料金の何%？",
     "any": ["30%", "30％"]},
    {"q": "追加車両の料金は、改定前はいくらでしたか？",
     "any": ["770円", "770"]},
    {"q": "利用約款で静粛時間は何時から始まりますか？",
     "any": ["22時", "午後10時"]},
    {"q": "ペット同伴の範囲を広げた約款の改正は、いつから施行されましたか？",
     "any": ["2024年（令和6年）7月1日", "2024年7月1日", "令和6年7月1日"]},
    {"q": "3月31日までに受け付けた予約で、改正前の取消料が適用されるのは利用日がいつまでのものですか？",
     "any": ["2027年6月30日", "6月30日"]},
    {"q": "グランピング施設の予約は、利用日の何か月前から受け付けていますか？",
     "any": ["6か月前", "6か月", "6ヶ月", "6カ月"]},
    {"q": "2026年度の8月、湖月浜の利用件数は何件でしたか？",
     "any": _forms(_n(_booking("湖月浜", "8月")))},
    {"q": "2026年度の1月の全施設の利用件数の合計は？",
     "any": _forms(_n(MONTH_BOOKINGS[MONTHS.index("1月")]))},
    {"q": "星見ヶ原グランピングの2026年度の年間利用件数は何件ですか？",
     "any": _forms(_n(SITE_BOOKINGS["星見ヶ原"]))},
    {"q": "七瀬川の2026年度の月平均の利用件数はいくつですか？",
     "any": _forms(_month_average(BOOKINGS["七瀬川"]))},
    {"q": "2026年度の鹿鳴渓谷のレンタル用品の売上はいくらでしたか？",
     "any": _forms(_sales("レンタル用品", "鹿鳴渓谷"))},
    {"q": "2026年度の全施設・全区分の売上の総合計は何千円ですか？",
     "any": _forms(_n(SALES_TOTAL))},
    {"q": "第2回の開場前安全講習は何日にありますか？",
     "any": ["4月15日（木）", "4月15日"]},
    {"q": "普通救命講習の会場はどこですか？",
     "any": ["霧ヶ谷市消防本部 3階 講堂", "消防本部 3階 講堂", "3階 講堂"]},
    {"q": "新任スタッフ研修の担当の三好さんの内線番号を教えて。",
     "any": ["346"]},
    {"q": "普通救命講習の申込の締切はいつですか？",
     "any": ["4月9日（金）", "4月9日"]},
    {"q": "2027年度の湖月浜の売上目標は何千円ですか？",
     "any": _forms(_n(_target("湖月浜")[2]))},
    {"q": "七瀬川で川沿いサイトの利用を中止するのは、水位が何mになったときですか？",
     "any": ["1.2m", "1.2メートル"]},
]

UNANSWERABLE: list[str] = [
    "2028年度のサイト利用料金はいくらになりますか？",
    "湖月浜オートキャンプ場のカヌー体験の料金はいくらですか？",
    "65歳以上のシニアの入場料はいくらですか？",
    "オートキャンプ場で貸し出しているテントのレンタル料金は1泊いくらですか？",
    "キャンプ場で出たゴミの処理料金はいくらかかりますか？",
    "2025年度の8月の朝霧高原の利用件数は何件でしたか？",
    "青葉台キャンプ場の2026年度の売上はいくらでしたか？",
    "風越の森オートキャンプ場の2026年度の客単価はいくらでしたか？",
    "普通救命講習の受講料はいくらですか？",
    "第4回の開場前安全講習はいつ、どこで行われますか？",
    "2027年度の人件費の目標額はいくらですか？",
    "湖月浜で増設するキャンピングカーサイトの工事費はいくらですか？",
]

# Why each unanswerable question has no answer: the strings that would carry its value, none of
# which is in any document (check_holdout46.py verifies it).
ABSENT: dict[str, dict[str, object]] = {
    "h46-un-1": {"why": "the fee table is for fiscal 2027 only; no fiscal 2028 fees", "strings": ["2028年度"]},
    "h46-un-2": {"why": "湖月浜 lists sites and 体験プログラム sales, no canoe activity or its price",
                 "strings": ["カヌー"]},
    "h46-un-3": {"why": "admission has 大人, 小学生 and 未就学児 only; no senior rate",
                 "strings": ["シニア", "65歳", "高齢者"]},
    "h46-un-4": {"why": "the workbook gives rental sales (レンタル用品) by campground, no rental prices",
                 "strings": ["レンタルテント", "テントのレンタル", "テント貸出", "テントの貸出", "レンタル料"]},
    "h46-un-5": {"why": "no waste-disposal fee anywhere", "strings": ["ゴミ", "ごみ", "廃棄"]},
    "h46-un-6": {"why": "the workbook holds fiscal 2026 only; the deck gives only a ratio to the year before",
                 "strings": ["2025年度", "2025年8月"]},
    "h46-un-7": {"why": "no campground called 青葉台", "strings": ["青葉台"]},
    "h46-un-8": {"why": "sales and bookings are given, no spend per guest", "strings": ["客単価"]},
    "h46-un-9": {"why": "the e-mail gives date, place and places for the course, no fee",
                 "strings": ["受講料", "受講費", "参加費"]},
    "h46-un-10": {"why": "there are three safety courses, 第1回 to 第3回", "strings": ["第4回"]},
    "h46-un-11": {"why": "the deck's targets are bookings, sales and occupancy only", "strings": ["人件費"]},
    "h46-un-12": {"why": "the deck's speaker notes give the 8 new sites and the month, no cost",
                  "strings": ["工事費", "増設費", "投資額", "設備投資", "事業費"]},
}

ENGLISH: list[dict] = [
    {"q": "What does a bell tent (ベルテント) at 月影の丘 glamping cost per night on a day before a holiday in the peak season?",
     "any": _forms(fee("月影の丘", "ベルテント", 3)), "answer_any": _forms(fee("月影の丘", "ベルテント", 3))},
    {"q": "A group of exactly 50 people stays at one of the auto-campgrounds. What discount do they get on the site fee?",
     "any": ["10%（要事前相談）", "10%"], "answer_any": ["10%", "10 %", "10 percent", "ten percent"]},
    {"q": "After the revision, how much is a late check-out per hour?",
     "any": ["1,100円"], "answer_any": ["1,100", "1100"]},
    {"q": "When did the original terms of use (利用約款) take effect?",
     "any": ["2020年（令和2年）4月1日"],
     "answer_any": ["April 1, 2020", "1 April 2020", "April 1st, 2020", "2020-04-01", "2020/4/1", "2020年4月1日",
                    "2020年（令和2年）4月1日"]},
    {"q": "How many bookings did 朝霧高原 have in August of fiscal 2026?",
     "any": _forms(_n(_booking("朝霧高原", "8月"))), "answer_any": _forms(_n(_booking("朝霧高原", "8月")))},
    {"q": "What was the total number of bookings across all campgrounds in fiscal 2026?",
     "any": _forms(_n(BOOKINGS_TOTAL)), "answer_any": _forms(_n(BOOKINGS_TOTAL))},
    {"q": "At what time does the new staff training start each day?",
     "any": ["9:30〜17:00"], "answer_any": ["9:30", "9.30", "9:30 a.m.", "9:30am"]},
    {"q": "What is Mr. Saeki's (佐伯) phone extension in the safety management section?",
     "any": ["内線 341"], "answer_any": ["341"]},
    {"q": "What is the total booking target for fiscal 2027 across all campgrounds?",
     "any": _forms(_n(TARGET_BOOKINGS)), "answer_any": _forms(_n(TARGET_BOOKINGS))},
    {"q": "How many injuries or accidents were reported in fiscal 2026?",
     "any": ["23件"], "answer_any": ["23"]},
]

FOLLOWUPS: list[dict] = [
    {"turns": ["湖月浜の電源付きオートサイトは、通常期の平日だと1泊いくら？", "じゃあ繁忙期の休前日は？"],
     "any": _forms(fee("湖月浜", "電源付き", 3))},
    {"turns": ["利用日の7日前から3日前までに取り消したときの取消料は、改定後は何%ですか？", "では改定前は？"],
     "any": ["利用料金の20%", "20%"]},
    {"turns": ["2026年度の5月の鹿鳴渓谷の利用件数は？", "10月はどうでしたか？"],
     "any": _forms(_n(_booking("鹿鳴渓谷", "10月")))},
    {"turns": ["湖月浜の2026年度の売店・薪の売上はいくら？", "星見ヶ原の場合は？"],
     "any": _forms(_sales("売店・薪", "星見ヶ原"))},
    {"turns": ["第1回の開場前安全講習の会場はどこですか？", "第3回は？"],
     "any": ["湖月浜オートキャンプ場 管理棟 会議室", "湖月浜オートキャンプ場 管理棟"]},
    {"turns": ["オートキャンプ場の大人の入場料は、通常期でいくらですか？", "繁忙期だと？"],
     "any": ["770"]},
    {"turns": ["2027年度の星見ヶ原の稼働率目標は何%ですか？", "月影の丘は？"],
     "any": [_target("月影の丘")[3]]},
    {"turns": ["改定後のレイトチェックアウトの料金は1時間いくら？", "アーリーチェックインは？"],
     "any": ["1,650円", "1650円", "1,650"]},
]


def question_sets() -> dict[str, list[dict]]:
    return {
        "holdout46_qa.jsonl": [{"id": f"h46-{index}", **question} for index, question in enumerate(QA, start=1)],
        "holdout46_unanswerable_qa.jsonl": [{"id": f"h46-un-{index}", "q": question, "any": [], "unanswerable": True}
                                            for index, question in enumerate(UNANSWERABLE, start=1)],
        "holdout46_english_qa.jsonl": [{"id": f"h46-en-{index}", **question}
                                       for index, question in enumerate(ENGLISH, start=1)],
        "holdout46_followup_qa.jsonl": [{"id": f"h46-fu-{index}", **question}
                                        for index, question in enumerate(FOLLOWUPS, start=1)],
    }


# ---------------------------------------------------------------------------------------------
# Builders.

def build_pdf(path: Path) -> None:
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
    number = ParagraphStyle("number", parent=cell, alignment=2)
    header_colour = colors.HexColor("#" + HEADER_FILL)

    def grid(rows: list[list[str]], widths: list[float], *, header_rows: int, numeric_from: int) -> Table:
        cells = [[Paragraph(value, number if (r >= header_rows and c >= numeric_from) else cell)
                  for c, value in enumerate(row)] for r, row in enumerate(rows)]
        table = Table(cells, colWidths=[width * mm for width in widths], repeatRows=header_rows)
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                 ("BACKGROUND", (0, 0), (-1, header_rows - 1), header_colour),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        if header_rows == 2:
            style += [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
                      ("SPAN", (3, 0), (4, 0)), ("SPAN", (5, 0), (6, 0))]
        table.setStyle(TableStyle(style))
        return table

    flow: list[object] = [Paragraph(FEES_TITLE, title)]
    for kind, content in FEES_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "fee_table":
            flow.extend([grid(FEE_TABLE, [44, 46, 12, 18, 18, 18, 18], header_rows=2, numeric_from=3),
                         Spacer(1, 4 * mm)])
        elif kind == "table":
            assert isinstance(content, list)
            widths = [70, 50, 50] if len(content[0]) == 3 else [170 / len(content[0])] * len(content[0])
            flow.extend([grid(content, widths, header_rows=1, numeric_from=99), Spacer(1, 4 * mm)])
    margin = 18 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=FEES_TITLE, author=f"{COMPANY} 予約センター",
                                 leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin)
    document.build(flow)


def build_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = Document()
    for style_name in ("Normal", "Title", "Heading 1", "Heading 2", "Table Grid"):
        docx_east_asian_font(document.styles[style_name])
    document.styles["Normal"].font.size = Pt(10.5)
    properties = document.core_properties
    properties.title = TERMS_TITLE
    properties.author = f"{COMPANY} 運営本部"
    properties.last_modified_by = f"{COMPANY} 運営本部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    document.add_heading(TERMS_TITLE, level=0)
    for kind, content in TERMS_BODY:
        if kind == "h1":
            document.add_heading(str(content), level=1)
        elif kind == "h2":
            document.add_heading(str(content), level=2)
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


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    total_fill = PatternFill("solid", fgColor="F2F2F2")
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    right = Alignment(horizontal="right")

    def header_cell(sheet: object, row: int, column: int, value: str | None) -> None:
        cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.border = border
        cell.alignment = centred

    def body_row(sheet: object, row: int, label: str, values: list[object], *, total: bool = False,
                 number_format: str = "#,##0") -> None:
        cells = [sheet.cell(row=row, column=1, value=label)]  # type: ignore[attr-defined]
        for column, value in enumerate(values, start=2):
            cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
            if isinstance(value, (int, float)):
                cell.number_format = number_format
            else:
                cell.alignment = right
            cells.append(cell)
        for cell in cells:
            cell.border = border
            if total:
                cell.font = Font(bold=True)
                cell.fill = total_fill

    workbook = Workbook()
    monthly = workbook.active
    monthly.title = "月別利用件数"
    last = 2 + len(SITES)  # the 合計 column
    monthly.cell(row=1, column=1, value="施設別・月別 利用件数（2026年度：2026年4月〜2027年3月、単位：件）").font = \
        Font(bold=True, size=13)
    monthly.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    for column in range(1, last + 1):
        header_cell(monthly, 2, column, None)
        header_cell(monthly, 3, column, None)
    monthly.cell(row=2, column=1, value="月")
    monthly.cell(row=2, column=2, value="オートキャンプ場")
    monthly.cell(row=2, column=2 + len(AUTO), value="グランピング")
    monthly.cell(row=2, column=last, value="合計")
    for column, site in enumerate(SITES, start=2):
        monthly.cell(row=3, column=column, value=site)
    monthly.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    monthly.merge_cells(start_row=2, start_column=2, end_row=2, end_column=1 + len(AUTO))
    monthly.merge_cells(start_row=2, start_column=2 + len(AUTO), end_row=2, end_column=1 + len(SITES))
    monthly.merge_cells(start_row=2, start_column=last, end_row=3, end_column=last)
    for index, month in enumerate(MONTHS):
        values = [BOOKINGS[site][index] for site in SITES]
        body_row(monthly, 4 + index, month, values + [sum(values)])
    total_row = 4 + len(MONTHS)
    body_row(monthly, total_row, "合計", [SITE_BOOKINGS[site] for site in SITES] + [BOOKINGS_TOTAL], total=True)
    averages = [float(Decimal(SITE_BOOKINGS[site]) / 12) for site in SITES] + [float(Decimal(BOOKINGS_TOTAL) / 12)]
    body_row(monthly, total_row + 1, "月平均", averages, total=True, number_format="#,##0.0")
    monthly.cell(row=total_row + 3, column=1, value=BOOKINGS_NOTE)
    monthly.column_dimensions["A"].width = 10
    for column in range(2, last + 1):
        monthly.column_dimensions[get_column_letter(column)].width = 12
    monthly.freeze_panes = "B4"

    sales = workbook.create_sheet("売上内訳")
    columns = 2 + len(SITES)
    sales.cell(row=1, column=1, value="施設別・区分別 売上（2026年度）").font = Font(bold=True, size=13)
    sales.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
    sales.cell(row=2, column=1, value=SALES_NOTE)
    for column, label in enumerate(["区分"] + SITES + ["合計"], start=1):
        header_cell(sales, 3, column, label)
    for index, kind in enumerate(SALES_KINDS):
        values: list[object] = ["－" if value is None else value for value in SALES[kind]]
        body_row(sales, 4 + index, kind, values + [SALES_KIND_TOTALS[kind]])
    body_row(sales, 4 + len(SALES_KINDS), "合計", SALES_SITE_TOTALS + [SALES_TOTAL], total=True)
    sales.column_dimensions["A"].width = 16
    for column in range(2, columns + 1):
        sales.column_dimensions[get_column_letter(column)].width = 12
    save_workbook(workbook, path, title=f"{COMPANY} 施設別利用実績（2026年度）",
                  creator=f"{COMPANY} 運営本部", moment=FIXED_MOMENT)


def _bullet_slide(presentation: object, title: str, lines: list[str], speaker: str) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [title], 26)
    pptx_place(slide.placeholders[1], 0.5, 1.4, 12.3, 5.4)
    pptx_fill(slide.placeholders[1].text_frame, lines, 18)
    slide.notes_slide.notes_text_frame.text = speaker


def _table_slide(presentation: object, title: str, rows: list[list[str]], widths: list[float], note: str,
                 speaker: str) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [title], 24)
    height = 0.42 * len(rows)
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
            pptx_font(run, 14)
            run.font.bold = row_index == 0 or row[0] == "合計"
    box = slide.shapes.add_textbox(0, 0, 0, 0)
    pptx_place(box, 0.5, 1.5 + height, 12.3, 1.0)
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
    _bullet_slide(presentation, REVIEW_TITLE, REVIEW, REVIEW_SPEAKER)
    _table_slide(presentation, TARGETS_TITLE, TARGETS_TABLE, [3.0, 3.0, 3.0, 3.0], TARGETS_NOTE, TARGETS_SPEAKER)
    _bullet_slide(presentation, SAFETY_TITLE, SAFETY, SAFETY_SPEAKER)
    properties = presentation.core_properties
    properties.title = DECK_TITLE
    properties.author = f"{COMPANY} 運営本部"
    properties.last_modified_by = f"{COMPANY} 運営本部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


DOCUMENTS = ((FEES_FILENAME, build_pdf), (TERMS_FILENAME, build_docx), (FIGURES_FILENAME, build_xlsx),
             (DECK_FILENAME, build_pptx), (MAIL_FILENAME, build_eml))


def write_all(documents_dir: Path, sets_dir: Path) -> list[Path]:
    # 月平均 is shown with one decimal; a total of 12k+3 would end in .25, which Excel rounds up
    # and Python's float formatting rounds to even: keep clear of it.
    assert all(total % 12 != 3 for total in [*SITE_BOOKINGS.values(), BOOKINGS_TOTAL])
    documents_dir.mkdir(parents=True, exist_ok=True)
    sets_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for filename, builder in DOCUMENTS:
        path = documents_dir / filename
        builder(path)
        written.append(path)
    for filename, questions in question_sets().items():
        path = sets_dir / filename
        path.write_text("".join(json.dumps(question, ensure_ascii=False) + "\n" for question in questions),
                        encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the documents and the question sets into this directory")
    arguments = parser.parse_args()
    if arguments.out is None:
        written = write_all(HERE, DATA)
    else:
        written = write_all(arguments.out, arguments.out)
    for path in written:
        print(f"{path.name}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
