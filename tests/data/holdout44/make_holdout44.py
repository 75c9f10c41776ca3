"""Write the five documents and the four question sets of the forty-fourth holdout corpus
(tests/data/holdout44/README.md).

One fictional self-storage operator, 株式会社あさなぎストレージ (brand あさなぎトランク; head office in
the fictional 朝凪市; six sites in three areas: 駅前店 and 本町店 in the 中央エリア, 潮見店 and 新浜店 in
the 臨海エリア, 北原店 and 若葉台店 in the 郊外エリア; indoor trunk rooms, outdoor containers and
motorbike containers), and five documents its staff would look things up in: the rent table and
notice of the rent revision of July 2027 as a PDF (unit sizes × areas, new beside old, under a
two-row header that is repeated when the table crosses from page 1 to page 2; the prepayment
discount bands with their boundary rule), the storage terms as Word (articles 第1条〜第12条, the
initial fees new and old, the multi-unit discount bands new and old, the original 附則 and the
amending 附則 with its transitional rules), the new contracts and sales of fiscal 2026 as Excel
(twelve months × six sites under an area row and a site row, 合計 and 月平均; sales by kind × site
in thousands of yen with 「－」 where a site has none), a deck for the managers' meeting as
PowerPoint (the revision in bullets, occupancy by site as a table, results and targets, speaker
notes) and an e-mail to the site managers (.eml) on the briefings, the notices to customers and the
system switchover. Every name, address, telephone number and figure here is invented (e-mail
domains end in `.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/) or the earlier holdouts' questions; it is there to measure how the appliance generalises,
not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail is
fixed text with a fixed date and message id. The question sets are written from the same figures.

    .venv/bin/python tests/data/holdout44/make_holdout44.py            # documents here, sets in tests/data
    .venv/bin/python tests/data/holdout44/make_holdout44.py --out DIR  # everything into DIR
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
    pptx_fill,
    pptx_font,
    pptx_place,
    print_sizes,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 4, 26, 10, 15, 0)
COMPANY = "株式会社あさなぎストレージ"
BRAND = "あさなぎトランク"
DOMAIN = "asanagi-storage.example"
HEADER_FILL = "DDEBF7"

# ---------------------------------------------------------------------------------------------
# Figures shared by more than one document.

AREAS = [("中央エリア", ["駅前店", "本町店"]), ("臨海エリア", ["潮見店", "新浜店"]),
         ("郊外エリア", ["北原店", "若葉台店"])]
SITES = [site for _, sites in AREAS for site in sites]
AREA_OF = {site: area for area, sites in AREAS for site in sites}
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]

# 店舗: 種別, 所在地, 総区画数, 契約区画数 2027年3月末, 契約区画数 2026年3月末
SITE_FACTS = {
    "駅前店": ("屋内型（有人受付あり）", "朝凪市駅前通一丁目4番9号", 312, 291, 284),
    "本町店": ("屋内型", "朝凪市本町三丁目18番2号", 248, 219, 213),
    "潮見店": ("屋内型・屋外コンテナ型", "朝凪市潮見町二丁目7番15号", 286, 247, 242),
    "新浜店": ("屋外コンテナ型・バイクコンテナ", "朝凪市新浜五丁目30番1号", 164, 133, 137),
    "北原店": ("屋外コンテナ型・バイクコンテナ", "朝凪市北原台1120番地", 196, 152, 142),
    "若葉台店": ("屋内型", "朝凪市若葉台四丁目2番6号", 220, 187, 176),
}
UNITS_TOTAL = sum(facts[2] for facts in SITE_FACTS.values())
CONTRACTED_TOTAL = sum(facts[3] for facts in SITE_FACTS.values())
CONTRACTED_PREVIOUS = sum(facts[4] for facts in SITE_FACTS.values())


def _n(value: int) -> str:
    return f"{value:,}"


def _pct(numerator: int, denominator: int) -> str:
    """A share as a percentage with one decimal, rounded half up in integers (no float halves)."""
    assert (numerator * 1000) % denominator * 2 != denominator, (numerator, denominator)
    tenths = (numerator * 1000 * 2 + denominator) // (denominator * 2)
    return f"{tenths // 10}.{tenths % 10}%"


def _rate(site: str, previous: bool = False) -> str:
    facts = SITE_FACTS[site]
    return _pct(facts[4] if previous else facts[3], facts[2])


# Monthly rent (円, 税込) by row: 種別, 区画, then (改定後, 改定前) for 中央, 臨海, 郊外; None = 「－」.
RENT_ROWS: list[tuple[str, str, list[tuple[int, int] | None]]] = [
    ("屋内型（空調付き）", "0.5帖", [(6600, 6050), (5720, 5280), (4950, 4620)]),
    ("", "0.75帖", [(8800, 8140), (7700, 7150), (6600, 6160)]),
    ("", "1.0帖", [(11000, 10230), (9680, 8910), (8250, 7700)]),
    ("", "1.5帖", [(15400, 14300), (13530, 12540), (11550, 10780)]),
    ("", "2.0帖", [(19800, 18260), (17380, 16060), (14850, 13860)]),
    ("", "3.0帖", [(27500, 25410), (24200, 22330), (20900, 19360)]),
    ("", "4.0帖", [(35200, 32560), (30800, 28490), (26400, 24420)]),
    ("", "6.0帖", [None, (44000, 40700), (37400, 34650)]),
    ("屋外コンテナ型", "2帖", [None, (9900, 9240), (8800, 8250)]),
    ("", "3帖", [None, (13200, 12320), (11880, 11000)]),
    ("", "4帖", [None, (16500, 15180), (14300, 13200)]),
    ("", "7.5帖（20ft）", [None, (27280, 25080), (23650, 21780)]),
    ("バイクコンテナ", "125cc以下用", [None, (5500, 4950), (4400, 4070)]),
    ("", "126cc以上用", [None, (7150, 6600), (6050, 5610)]),
]
RENT = {(group or "", size): prices for group, size, prices in RENT_ROWS}


def _rent(size: str, area: str, *, old: bool = False) -> str:
    prices = RENT[next(key for key in RENT if key[1] == size)][[name for name, _ in AREAS].index(area)]
    assert prices is not None
    return _n(prices[1 if old else 0])


# Prepayment discount bands (PDF): label, 改定後, 改定前.
PREPAY_BANDS = [
    ("6か月未満", "なし", "なし"),
    ("6か月以上12か月未満", "4%", "3%"),
    ("12か月以上24か月未満", "7%", "5%"),
    ("24か月以上（36か月まで）", "10%", "8%"),
]

# Multi-unit discount bands (Word): label, 改定後, 改定前.
MULTI_BANDS = [
    ("1区画", "なし", "なし"),
    ("2区画以上5区画未満", "3%", "2%"),
    ("5区画以上10区画未満", "5%", "4%"),
    ("10区画以上20区画未満", "8%", "6%"),
    ("20区画以上", "12%", "9%"),
]

# New contracts of fiscal 2026 by site and month (4月…3月).
NEW_CONTRACTS = {
    "駅前店": [18, 21, 16, 14, 12, 19, 17, 15, 11, 22, 24, 29],
    "本町店": [13, 15, 12, 10, 9, 14, 12, 11, 8, 16, 18, 22],
    "潮見店": [15, 17, 14, 12, 13, 16, 15, 12, 10, 18, 20, 25],
    "新浜店": [8, 9, 7, 6, 7, 9, 8, 7, 5, 10, 11, 14],
    "北原店": [9, 11, 8, 9, 6, 10, 9, 8, 6, 12, 13, 17],
    "若葉台店": [11, 14, 10, 9, 8, 12, 13, 10, 7, 15, 17, 22],
}
CONTRACT_SITE_TOTALS = {site: sum(values) for site, values in NEW_CONTRACTS.items()}
CONTRACT_MONTH_TOTALS = [sum(NEW_CONTRACTS[site][index] for site in SITES) for index in range(12)]
CONTRACT_TOTAL = sum(CONTRACT_MONTH_TOTALS)
# A monthly average shown with one decimal must not sit on a half (x.x5), where Excel and Python
# could round differently.
for _total in list(CONTRACT_SITE_TOTALS.values()) + [CONTRACT_TOTAL]:
    assert _total % 12 not in (3, 9), _total


def _average(total: int) -> str:
    return f"{total / 12:,.1f}"


# Sales of fiscal 2026 by kind and site, 千円 (税抜); None = 「－」.
SALES_KINDS = ["賃料収入", "バイクコンテナ賃料収入", "管理費収入", "事務手数料収入", "動産補償料収入", "梱包資材販売"]
SALES: dict[str, list[int | None]] = {
    "賃料収入": [43618, 28944, 31207, 17386, 16052, 20471],
    "バイクコンテナ賃料収入": [None, None, None, 2184, 2936, None],
    "管理費収入": [3712, 2806, 3118, 1640, 1527, 2263],
    "事務手数料収入": [711, 534, 622, 323, 363, 448],
    "動産補償料収入": [1284, 917, 1036, 488, 512, 774],
    "梱包資材販売": [486, None, 297, None, None, None],
}
SALES_ROW_TOTALS = {kind: sum(value or 0 for value in values) for kind, values in SALES.items()}
SALES_SITE_TOTALS = [sum(SALES[kind][index] or 0 for kind in SALES_KINDS) for index in range(len(SITES))]
SALES_TOTAL = sum(SALES_SITE_TOTALS)

WEEKDAYS = "月火水木金土日"


def _date(month: int, day: int, *, year: int | None = 2027) -> str:
    """A date with its weekday in parentheses, as the e-mail and the deck write it."""
    moment = datetime.date(2027 if year is None else year, month, day)
    prefix = "" if year is None else f"{year}年"
    return f"{prefix}{month}月{day}日（{WEEKDAYS[moment.weekday()]}）"


# ---------------------------------------------------------------------------------------------
# 1. PDF: the rent table and the notice of the revision.

RENT_FILENAME = "月額賃料表_2027年7月改定_料金改定のお知らせ.pdf"
RENT_TITLE = f"{BRAND} 月額賃料表（2027年7月1日改定）と料金改定のお知らせ"

RENT_HEADER = [
    ["種別", "区画", "改定後の月額賃料（円・税込）", "", "", "改定前の月額賃料（円・税込）", "", ""],
    ["", "", "中央エリア", "臨海エリア", "郊外エリア", "中央エリア", "臨海エリア", "郊外エリア"],
]


def _rent_table() -> list[list[str]]:
    rows = [list(row) for row in RENT_HEADER]
    for group, size, prices in RENT_ROWS:
        new = [_n(price[0]) if price else "－" for price in prices]
        old = [_n(price[1]) if price else "－" for price in prices]
        rows.append([group, size] + new + old)
    return rows


SITE_TABLE = [["店舗", "エリア", "種別", "所在地", "総区画数"]] + [
    [site, AREA_OF[site], facts[0], facts[1], _n(facts[2])] for site, facts in SITE_FACTS.items()
]
PREPAY_TABLE = [["前払いする期間", "割引率（改定後）", "割引率（改定前）"]] + [list(row) for row in PREPAY_BANDS]

RENT_BLOCKS: list[tuple[str, object]] = [
    ("p", "2027年（令和9年）4月20日　株式会社あさなぎストレージ 営業企画課"),
    ("h1", "1. 料金改定の概要"),
    ("p", "あさなぎトランクは、2027年7月1日（令和9年7月1日）から月額賃料と管理費を改定します。電気料金と"
          "固定資産税の上昇、屋外コンテナの塗装・防錆の費用の増加によるもので、屋内型は平均で約8%、"
          "屋外コンテナ型は平均で約7%、バイクコンテナは平均で約10%の引上げとなります。"),
    ("p", "2027年7月1日以後に利用を開始する区画には、改定後の月額賃料を適用します。2027年6月30日以前から"
          "ご利用中の区画は、2027年9月30日分までは改定前の額、2027年10月1日分から改定後の額となります"
          "（利用約款の2027年4月20日改正の附則によります）。"),
    ("p", "管理費（共益費）は、1区画につき月額1,100円（改定前は880円）に改定します。"
          "バイクコンテナの管理費は月額550円で、改定しません。"),
    ("h1", "2. 店舗とエリア"),
    ("p", "月額賃料は、店舗の所在するエリアで異なります。各店舗のエリアと種別は次のとおりです。"),
    ("site_table", SITE_TABLE),
    ("h1", "3. 区画の広さ別・エリア別の月額賃料"),
    ("p", "月額賃料（税込）は次の表のとおりです。「－」はそのエリアに該当する区画がないことを表します"
          "（中央エリアには屋外コンテナ型とバイクコンテナの区画はありません）。1帖は約1.62㎡です。"
          "屋外コンテナ型の7.5帖は20フィートのコンテナ1基分です。"),
    ("rent_table", None),
    ("p", "表の月額賃料には管理費を含みません。動産補償（保管物の補償、補償限度額100万円）の料金は月額"
          "330円で、改定しません。"),
    ("h1", "4. 前払割引"),
    ("p", "月額賃料を6か月分以上まとめて前払いすると、前払いした期間の月額賃料を次の割引率で割り引きます。"
          "管理費と動産補償の料金は割引の対象になりません。"),
    ("prepay_table", PREPAY_TABLE),
    ("p", "前払いする期間は月数で数えます。「以上」はその月数を含み、「未満」はその月数を含みません。"
          "たとえば、ちょうど12か月分を前払いした場合は「12か月以上24か月未満」の区分となり、"
          "改定後の割引率は7%です。ちょうど6か月分であれば「6か月以上12か月未満」の区分で、"
          "5か月分の前払いは割引の対象となりません。前払いは36か月分までとします。"),
    ("p", "2027年6月30日までに前払いの申込みを受け付けたものには、改定前の割引率を適用します。"),
    ("h1", "5. お問い合わせ"),
    ("p", "料金改定についてのお問い合わせは、あさなぎトランク お客さま窓口（電話 0297-00-5210、"
          "受付 平日9:00〜17:00、info@asanagi-storage.example）までお寄せください。"),
]

PDF_BODY_SIZE = 10.5


def build_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    body = ParagraphStyle("body", fontName=CID_FONT, fontSize=PDF_BODY_SIZE, leading=17, wordWrap="CJK")
    heading = ParagraphStyle("heading", parent=body, fontSize=13, leading=19, spaceBefore=9, spaceAfter=4)
    title_style = ParagraphStyle("title", parent=body, fontSize=14, leading=20, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12)
    number = ParagraphStyle("number", parent=cell, alignment=2)
    header_colour = colors.HexColor("#" + HEADER_FILL)

    def table(rows: list[list[str]], widths_mm: list[float], header_rows: int, spans: list[tuple] = (),
              numeric_from: int | None = None) -> Table:
        cells = []
        for row_index, row in enumerate(rows):
            styled = []
            for column, value in enumerate(row):
                right = numeric_from is not None and column >= numeric_from and row_index >= header_rows
                styled.append(Paragraph(value, number if right else cell))
            cells.append(styled)
        result = Table(cells, colWidths=[width * mm for width in widths_mm], repeatRows=header_rows)
        commands = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), header_colour),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        commands.extend(("SPAN",) + span for span in spans)
        result.setStyle(TableStyle(commands))
        return result

    flow: list[object] = [Paragraph(RENT_TITLE, title_style)]
    for kind, content in RENT_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "site_table":
            flow.extend([table(content, [22, 22, 50, 56, 20], 1, numeric_from=4), Spacer(1, 4 * mm)])  # type: ignore[arg-type]
        elif kind == "prepay_table":
            flow.extend([table(content, [60, 40, 40], 1), Spacer(1, 4 * mm)])  # type: ignore[arg-type]
        elif kind == "rent_table":
            # Two header rows, both repeated on the next page: 種別 and 区画 merged down, the new and
            # the old rents each over the three areas.
            spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (4, 0)), ((5, 0), (7, 0))]
            flow.extend([table(_rent_table(), [32, 24, 19, 19, 19, 19, 19, 19], 2, spans, numeric_from=2),
                         Spacer(1, 4 * mm)])
    margin = 20 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=RENT_TITLE,
                                 author=f"{COMPANY} 営業企画課", leftMargin=margin, rightMargin=margin,
                                 topMargin=margin, bottomMargin=margin)
    document.build(flow)


# ---------------------------------------------------------------------------------------------
# 2. DOCX: the storage terms.

TERMS_FILENAME = "あさなぎトランク利用約款_2027年4月20日改正.docx"
TERMS_TITLE = f"{BRAND} 利用約款"

FEES_TABLE = [
    ["項目", "改定後", "改定前"],
    ["事務手数料（契約時）", "5,500円", "3,300円"],
    ["保証委託料（契約時）", "月額賃料と管理費の合計の50%", "月額賃料と管理費の合計の30%"],
    ["更新保証料（契約1年ごと）", "5,500円", "4,400円"],
    ["鍵の紛失による錠の交換", "16,500円", "13,200円"],
    ["ダイヤル錠の貸与（契約時）", "2,200円", "2,200円"],
]

TERMS_BODY: list[tuple[str, object]] = [
    ("right", "2019年（令和元年）9月2日 制定　2027年（令和9年）4月20日 改正"),
    ("h1", "第1条（目的）"),
    ("p", "この約款は、株式会社あさなぎストレージ（以下「当社」という。）が「あさなぎトランク」の名称で"
          "運営するトランクルーム、屋外コンテナ及びバイクコンテナ（以下「区画」という。）の利用について"
          "定める。"),
    ("h1", "第2条（定義）"),
    ("p", "この約款で「利用者」とは、当社と区画の利用契約を結んだ個人又は法人をいう。「月額賃料」とは、"
          "区画ごとに当社が定める1か月の利用料をいい、管理費を含まない。「管理費」とは、共用部分の照明、"
          "空調、清掃及び設備の維持に充てる費用をいう。"),
    ("h1", "第3条（契約の申込み）"),
    ("p", "利用の申込みは、18歳以上の個人又は法人が、会員サイト又は店舗の窓口で行う。個人は本人確認書類を、"
          "法人は登記事項証明書（発行から3か月以内のもの）を提出する。当社は、保証会社の審査の結果により、"
          "申込みを承諾しないことがある。"),
    ("h1", "第4条（契約期間及び更新）"),
    ("p", "契約期間は、利用開始日からその翌月の末日までとする。期間満了の日までに利用者から解約の申出が"
          "ないときは、契約は1か月ごとに同じ条件で自動的に更新する。"),
    ("h1", "第5条（月額賃料及び管理費の支払）"),
    ("p", "利用者は、翌月分の月額賃料及び管理費を、毎月27日（金融機関の休業日にあたるときは翌営業日）に"
          "口座振替で支払う。利用開始月の月額賃料及び管理費は日割りで計算し、翌月分と合わせて契約時に"
          "支払う。"),
    ("h1", "第6条（初期費用）"),
    ("p", "利用者は、契約時その他次の表の場合に、次の表の費用を支払う。改定後の額は2027年7月1日から"
          "適用する。"),
    ("fees_table", FEES_TABLE),
    ("h1", "第7条（複数区画割引）"),
    ("p", "同一の名義で複数の区画を契約している利用者の月額賃料は、契約区画数に応じて次の表の割引率で"
          "割り引く。管理費は割引の対象としない。"),
    ("band_table", None),
    ("p", "契約区画数は、毎月1日の時点で同一の名義で契約している区画の数（屋内型、屋外コンテナ型及び"
          "バイクコンテナの合計）とする。「以上」はその数を含み、「未満」はその数を含まない。たとえば、"
          "ちょうど5区画を契約している場合は「5区画以上10区画未満」の区分となる。"),
    ("p", "複数区画割引と前払割引を併せて受けるときは、先に複数区画割引を適用し、その後の額に前払割引を"
          "適用する。"),
    ("h1", "第8条（解約）"),
    ("p", "利用者は、解約日の30日前までに、会員サイト又は書面で当社に申し出て契約を解約することができる"
          "（改定前は、解約日の15日前まで）。解約日の属する月の月額賃料及び管理費は日割りで計算しない。"
          "利用者は、解約日までに保管物をすべて搬出し、鍵を返却する。"),
    ("h1", "第9条（利用時間）"),
    ("p", "屋内型の区画は24時間利用できる。屋外コンテナ及びバイクコンテナの区画は、6:00から23:00まで"
          "利用できる。駅前店の有人受付は10:00から18:00まで（水曜日は休み）とする。"),
    ("h1", "第10条（保管できない物）"),
    ("p", "利用者は、危険物、動物、植物、生鮮食品、現金及び有価証券、美術品その他当社が指定する物を"
          "保管してはならない。"),
    ("h1", "第11条（支払の遅延及び契約の解除）"),
    ("p", "月額賃料又は管理費の支払が遅れたときは、利用者は年14.6%の割合による遅延損害金を支払う。"
          "支払の遅延が3か月分に達したときは、当社は催告の上、契約を解除することができる。契約の解除後に"
          "当社が搬出した保管物は、搬出の日から30日間保管し、その後処分する。"),
    ("h1", "第12条（月額賃料の改定）"),
    ("p", "当社は、経済情勢の変動その他の事情により、月額賃料、管理費及び第6条の費用を改定することが"
          "できる。改定するときは、改定の日の2か月前までに利用者に書面又は電子メールで通知する。"),
    ("h1", "附則"),
    ("p", "この約款は、2019年（令和元年）10月1日から施行する。"),
    ("h1", "附則（2027年（令和9年）4月20日 改正）"),
    ("p", "1　この改正は、2027年（令和9年）7月1日（以下「施行日」という。）から施行する。"),
    ("p", "2　施行日前に利用を開始した区画の月額賃料及び管理費は、2027年9月30日分までは改定前の額とし、"
          "2027年（令和9年）10月1日分から改定後の額とする。"),
    ("p", "3　施行日前に申込みを受け付けた契約で、2027年7月31日までに利用を開始するものの事務手数料は、"
          "改定前の額（3,300円）とする。"),
    ("p", "4　解約日が2027年7月31日以前である解約の申出の期限は、改正前の第8条の規定（解約日の15日前まで）"
          "による。"),
    ("p", "5　第7条の表の改定後の割引率は、2027年8月1日の時点の契約区画数による割引から適用する。"),
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
    properties.title = TERMS_TITLE
    properties.author = f"{COMPANY} 業務管理部"
    properties.last_modified_by = f"{COMPANY} 業務管理部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 3
    document.add_heading(TERMS_TITLE, level=0)

    def new_table(rows: int, cols: int) -> object:
        table = document.add_table(rows=rows, cols=cols)
        table.style = document.styles["Table Grid"]
        return table

    def fill_row(table: object, row_index: int, values: list[str] | tuple[str, ...]) -> None:
        for column_index, value in enumerate(values):
            if value:
                table.cell(row_index, column_index).text = value  # type: ignore[attr-defined]

    for kind, content in TERMS_BODY:
        if kind == "h1":
            document.add_heading(str(content), level=1)
        elif kind == "p":
            document.add_paragraph(str(content))
        elif kind == "right":
            document.add_paragraph(str(content)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "fees_table":
            assert isinstance(content, list)
            table = new_table(len(content), len(content[0]))
            for row_index, row in enumerate(content):
                fill_row(table, row_index, row)
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
        elif kind == "band_table":
            # Two header rows: the number of units merged down; the discount over 改定後 and 改定前.
            table = new_table(2 + len(MULTI_BANDS), 3)
            fill_row(table, 0, ["同一名義の契約区画数", "複数区画割引の割引率（月額賃料に対して）", ""])
            fill_row(table, 1, ["", "改定後", "改定前"])
            for first_row, first_col, last_row, last_col in ((0, 0, 1, 0), (0, 1, 0, 2)):
                top_left = table.cell(first_row, first_col)  # type: ignore[attr-defined]
                text = top_left.text
                top_left.merge(table.cell(last_row, last_col)).text = text  # type: ignore[attr-defined]
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(table.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
            for row_index, row in enumerate(MULTI_BANDS, start=2):
                fill_row(table, row_index, row)
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 3. XLSX: new contracts and sales of fiscal 2026.

FIGURES_FILENAME = "新規契約件数・売上実績_2026年度.xlsx"
CONTRACTS_NOTE = ("注記：新規契約件数は、利用開始日の属する月で数える。同一の利用者が複数の区画を契約したときは"
                  "区画ごとに1件と数える。1月〜3月は2027年の月。月平均は合計を12で割った値。")
SALES_NOTE = "単位：千円（税抜）。「－」はその店舗で取り扱いのないもの。バイクコンテナは新浜店と北原店のみ。"


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

    def data_row(sheet: object, row: int, label: str, values: list[object], *, number_format: str = "#,##0",
                 total: bool = False) -> None:
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
    monthly.title = "月別新規契約件数"
    last_column = len(SITES) + 2
    monthly.cell(row=1, column=1, value="2026年度 店舗別・月別 新規契約件数（2026年4月〜2027年3月、単位：件）").font = \
        Font(bold=True, size=13)
    monthly.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_column)
    # Two header rows: the area merged over its sites; 月 and 合計 merged down.
    header_cell(monthly, 2, 1, "月")
    header_cell(monthly, 3, 1, None)
    monthly.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    column = 2
    for area, sites in AREAS:
        header_cell(monthly, 2, column, area)
        for offset, site in enumerate(sites):
            if offset:
                header_cell(monthly, 2, column + offset, None)
            header_cell(monthly, 3, column + offset, site)
        monthly.merge_cells(start_row=2, start_column=column, end_row=2, end_column=column + len(sites) - 1)
        column += len(sites)
    header_cell(monthly, 2, last_column, "合計")
    header_cell(monthly, 3, last_column, None)
    monthly.merge_cells(start_row=2, start_column=last_column, end_row=3, end_column=last_column)
    for index, month in enumerate(MONTHS):
        values = [NEW_CONTRACTS[site][index] for site in SITES]
        data_row(monthly, 4 + index, month, values + [sum(values)])
    totals = [CONTRACT_SITE_TOTALS[site] for site in SITES] + [CONTRACT_TOTAL]
    data_row(monthly, 16, "合計", totals, total=True)
    data_row(monthly, 17, "月平均", [total / 12 for total in totals], number_format="#,##0.0", total=True)
    monthly.cell(row=19, column=1, value=CONTRACTS_NOTE)
    for column_index, width in enumerate([10] + [11] * len(SITES) + [10], start=1):
        monthly.column_dimensions[get_column_letter(column_index)].width = width
    monthly.freeze_panes = "B4"

    sales = workbook.create_sheet("売上区分別・店舗別")
    sales.cell(row=1, column=1, value="2026年度 売上区分別・店舗別 売上高").font = Font(bold=True, size=13)
    sales.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_column)
    for column_index, label in enumerate(["売上区分"] + SITES + ["合計"], start=1):
        header_cell(sales, 2, column_index, label)
    for index, kind in enumerate(SALES_KINDS, start=3):
        values: list[object] = ["－" if value is None else value for value in SALES[kind]]
        data_row(sales, index, kind, values + [SALES_ROW_TOTALS[kind]])
    data_row(sales, 3 + len(SALES_KINDS), "合計", SALES_SITE_TOTALS + [SALES_TOTAL], total=True)
    sales.cell(row=5 + len(SALES_KINDS), column=1, value=SALES_NOTE)
    for column_index, width in enumerate([24] + [11] * len(SITES) + [11], start=1):
        sales.column_dimensions[get_column_letter(column_index)].width = width
    save_workbook(workbook, path, title=f"{BRAND} 新規契約件数・売上実績（2026年度）",
                  creator=f"{COMPANY} 業務管理部", moment=FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 4. PPTX: the deck for the managers' meeting.

DECK_FILENAME = "2027年度_第1回店長会議_料金改定と稼働状況.pptx"
DECK_TITLE = "2027年度 第1回店長会議"
DECK_COVER = ["料金改定の進め方と2026年度の稼働状況", f"{COMPANY} 業務管理部・営業企画課",
              f"{_date(4, 23)}　本社4階 大会議室"]

REVISION_TITLE = "料金改定の概要（2027年7月1日改定）"
REVISION_POINTS = [
    "・新規契約：2027年7月1日以後に利用を開始する区画から改定後の月額賃料",
    "・既存契約：2027年10月1日分から改定後の額（9月30日分までは改定前の額）",
    "・月額賃料：屋内型は平均約8%、屋外コンテナ型は平均約7%、バイクコンテナは平均約10%の引上げ",
    "・管理費：月額880円 → 1,100円（バイクコンテナは550円のまま）",
    "・事務手数料：3,300円 → 5,500円（6月30日までの申込みで7月31日までに利用開始なら3,300円）",
    "・既存の利用者への通知書は5月31日までに本社から発送",
]
REVISION_SPEAKER = ("改定の理由は、電気料金と固定資産税の上昇、屋外コンテナの塗装・防錆の費用の増加。"
                    "店頭での説明は、配布するQ&A集に沿って行うこと。")

OCCUPANCY_TITLE = "店舗別の稼働状況（2027年3月末）"
OCCUPANCY_TABLE = [["店舗", "総区画数", "契約区画数", "稼働率", "前年同月末の稼働率"]] + [
    [site, _n(facts[2]), _n(facts[3]), _rate(site), _rate(site, previous=True)]
    for site, facts in SITE_FACTS.items()
] + [["合計", _n(UNITS_TOTAL), _n(CONTRACTED_TOTAL), _pct(CONTRACTED_TOTAL, UNITS_TOTAL),
      _pct(CONTRACTED_PREVIOUS, UNITS_TOTAL)]]
OCCUPANCY_NOTE = "稼働率＝契約区画数÷総区画数。前年同月末は2026年3月末。総区画数には休止中の区画を含む。"
OCCUPANCY_SPEAKER = ("北原店は稼働率が8割を下回っているため、7月から屋外コンテナの初月賃料を半額とする。"
                     "新浜店は前年同月末より稼働率が下がったので、6月までに原因を報告してほしい。")

RESULTS_TITLE = "2026年度の実績と2027年度の目標"
RESULTS_POINTS = [
    f"・新規契約件数：2026年度実績 {_n(CONTRACT_TOTAL)}件 → 2027年度目標 1,050件",
    f"・全店の稼働率：2027年3月末 {_pct(CONTRACTED_TOTAL, UNITS_TOTAL)} → 2028年3月末の目標 88.0%",
    "・会員サイトからの申込みの比率：2026年度実績 48% → 2027年度目標 60%",
    "・前払割引の利用率：2026年度実績 17% → 2027年度目標 25%",
    "・店長説明会：5月12日（中央・臨海エリア）、5月14日（郊外エリア）",
]
RESULTS_SPEAKER = ("改定後の3か月間（7月〜9月）の解約は、平年より約15%多いと見込んでいる。"
                   "新規契約の目標は、この解約の増加を見込んで決めた。")


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
            pptx_font(run, 14)
            run.font.bold = row_index == 0 or row[0] == "合計"
    box = slide.shapes.add_textbox(0, 0, 0, 0)
    pptx_place(box, 0.5, 1.5 + height, 12.3, 1.0)
    box.text_frame.word_wrap = True
    pptx_fill(box.text_frame, [note], 14)
    slide.notes_slide.notes_text_frame.text = speaker


def _bullet_slide(presentation: object, title: str, points: list[str], speaker: str) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [title], 26)
    pptx_place(slide.placeholders[1], 0.5, 1.4, 12.3, 5.4)
    pptx_fill(slide.placeholders[1].text_frame, points, 18)
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
    _bullet_slide(presentation, REVISION_TITLE, REVISION_POINTS, REVISION_SPEAKER)
    _table_slide(presentation, OCCUPANCY_TITLE, OCCUPANCY_TABLE, [2.6, 2.2, 2.4, 2.0, 3.0], OCCUPANCY_NOTE,
                 OCCUPANCY_SPEAKER)
    _bullet_slide(presentation, RESULTS_TITLE, RESULTS_POINTS, RESULTS_SPEAKER)
    properties = presentation.core_properties
    properties.title = DECK_TITLE
    properties.author = f"{COMPANY} 業務管理部"
    properties.last_modified_by = f"{COMPANY} 業務管理部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 5. EML: the e-mail to the site managers.

MAIL_FILENAME = "店長各位_料金改定の説明会と既存利用者への通知の日程.eml"
MAIL_SUBJECT = "【店長各位】料金改定の説明会と既存利用者への通知の日程について"


def mail_body() -> str:
    lines = [
        "各店 店長 各位",
        "",
        "業務管理部の松永です。",
        "7月1日の料金改定に向けて、店長説明会、既存の利用者への通知、システムの切替えの日程を",
        "お知らせします。各店での準備をお願いします。",
        "",
        "■1. 店長説明会",
        f"・第1回（中央エリア・臨海エリア）：{_date(5, 12)} 14:00〜16:00　本社3階 第2会議室",
        f"・第2回（郊外エリア）：{_date(5, 14)} 10:00〜11:30　若葉台店 2階 会議室",
        f"・出席できない場合は、{_date(5, 7, year=None)} 17:00までに営業企画課 村瀬（内線 312）へ連絡してください。",
        "・説明会では、改定後の月額賃料表、Q&A集、店頭掲示用のポスターを配布します。",
        "",
        "■2. 既存の利用者への通知",
        f"・通知書の発送：{_date(5, 31, year=None)}までに本社から一斉に発送します（総務課 高橋、内線 208）。",
        f"・店頭掲示：{_date(6, 1, year=None)}から各店の入口に掲示してください。",
        f"・料金改定の専用ダイヤル：{_date(6, 1, year=None)}〜{_date(9, 30, year=None)}の平日9:00〜17:00"
        "（0120-000-527）",
        f"・各店の「既存契約一覧の確認票」を、{_date(5, 21, year=None)} 17:00までに業務管理部へ提出してください。",
        "",
        "■3. システムの切替え",
        f"・{_date(7, 1, year=None)} 0:00に、契約管理システムの料金を改定後の額に切り替えます。",
        f"・{_date(6, 30, year=None)} 22:00〜{_date(7, 1, year=None)} 6:00は、会員サイトでの申込みを停止します。",
        "・切替えについての問い合わせは、情報システム課 小野寺（内線 405）までお願いします。",
        "",
        "ご不明な点は業務管理部（内線 301）までお願いします。",
        "",
        "――――――――――――――――",
        f"{COMPANY} 業務管理部 松永 恵理",
        "電話 0297-00-5200（内線 301）",
        f"gyomu-kanri@{DOMAIN}",
    ]
    return "\n".join(lines) + "\n"


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = f"あさなぎストレージ 業務管理部 松永 <gyomu-kanri@{DOMAIN}>"
    message["To"] = f"各店 店長 <store-managers@{DOMAIN}>"
    message["Subject"] = MAIL_SUBJECT
    message["Date"] = format_datetime(datetime.datetime(2027, 4, 26, 10, 15, 0,
                                                        tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    message["Message-ID"] = f"<20270426101500.rent-revision@{DOMAIN}>"
    message.set_content(mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


# ---------------------------------------------------------------------------------------------
# The question sets. `any`: the answer as the document writes it first, then other accepted forms.

def _plain(value: str) -> str:
    return value.replace(",", "")


def _yen(value: str) -> list[str]:
    return [value, f"{value}円", _plain(value)]


def questions() -> list[dict]:
    rows = [
        # PDF: the rent table (the site's area first), the prepayment bands, the management fee.
        ("潮見店で屋内型の1.5帖を新しく借りると、7月からの月額賃料はいくらになりますか。",
         _yen(_rent("1.5帖", "臨海エリア"))),
        ("駅前店の屋内型3.0帖って、値上げ前はひと月いくらだった？", _yen(_rent("3.0帖", "中央エリア", old=True))),
        ("北原店で20フィートのコンテナ（7.5帖）を借りる場合、改定後の月額賃料は？",
         _yen(_rent("7.5帖（20ft）", "郊外エリア"))),
        ("月額賃料を11か月分まとめて前払いすると、改定後の割引率は何%ですか。", ["4%", "4％"]),
        ("ちょうど24か月分を前払いした場合、改定前の前払割引の割引率はいくつでしたか。", ["8%", "8％"]),
        ("バイクコンテナの管理費は月いくらですか。", ["550円", "550"]),
        # DOCX: the multi-unit bands, the transitional rule, the late charge, the notice period.
        ("同じ名義で10区画を契約している法人の複数区画割引は、改定後で何%？", ["8%", "8％"]),
        ("20区画以上を契約している場合の複数区画割引の割引率は、改定前はいくつでしたか。", ["9%", "9％"]),
        ("すでに利用中の区画は、いつの分から新しい月額賃料になりますか。",
         ["2027年10月1日", "令和9年10月1日", "10月1日"]),
        ("賃料の支払が遅れたときの遅延損害金の割合は？", ["年14.6%", "14.6%"]),
        ("改定前の約款では、解約の申出は解約日の何日前までに必要でしたか。", ["15日前", "15日"]),
        # XLSX: a month × a site, a site's total, the overall monthly average; sales by kind × site.
        ("潮見店の2026年10月の新規契約件数は何件ですか。",
         [str(NEW_CONTRACTS["潮見店"][MONTHS.index("10月")]), f"{NEW_CONTRACTS['潮見店'][MONTHS.index('10月')]}件"]),
        ("2026年度の駅前店の新規契約件数は年間で合計何件？", [_n(CONTRACT_SITE_TOTALS["駅前店"])]),
        ("2026年度の全店の新規契約件数は、月平均で何件でしたか。", [_average(CONTRACT_TOTAL)]),
        ("2026年度の潮見店の動産補償料収入はいくらですか。", _yen(_n(SALES["動産補償料収入"][SITES.index("潮見店")]))),
        ("北原店のバイクコンテナ賃料収入は2026年度でいくらだった？",
         _yen(_n(SALES["バイクコンテナ賃料収入"][SITES.index("北原店")]))),  # type: ignore[arg-type]
        # EML: dates with weekdays, deadlines, an extension.
        ("郊外エリアの店長向け説明会は何月何日ですか。", ["5月14日（金）", "5月14日"]),
        ("店長説明会に出られないときは、いつまでに連絡すればよいですか。", ["5月7日（金） 17:00", "5月7日"]),
        ("既存契約一覧の確認票の提出期限はいつ？", ["5月21日（金） 17:00", "5月21日"]),
        ("システムの切替えについて問い合わせるときの内線番号は？", ["内線 405", "405"]),
        # PPTX: the occupancy table, the totals, a target, a speaker note.
        ("若葉台店の2027年3月末の稼働率はどれくらいですか。", [_rate("若葉台店"), _rate("若葉台店").rstrip("%"), "85%"]),
        ("2027年3月末の時点で、全店の契約区画数は合わせていくつですか。", [_n(CONTRACTED_TOTAL), _plain(_n(CONTRACTED_TOTAL))]),
        ("2027年度の新規契約件数の目標は何件ですか。", ["1,050件", "1050件", "1,050"]),
        ("料金改定後の7月から9月の解約は、平年と比べてどのくらい増えると見込んでいますか。", ["約15%", "15%"]),
    ]
    return [{"id": f"h44-{index}", "q": question, "any": answers} for index, (question, answers) in enumerate(rows, 1)]


# The unanswerable questions and the strings that would carry their value: none may be in the
# documents (check_holdout44.py looks).
UNANSWERABLE: list[tuple[str, list[str]]] = [
    ("学生が契約すると月額賃料の学生割引はありますか。", ["学生"]),
    ("2025年度の駅前店の新規契約件数は何件でしたか。", ["2025年度"]),
    ("屋内型の0.25帖の区画の月額賃料はいくらですか。", ["0.25帖"]),
    ("南町店の2027年3月末の稼働率を教えてください。", ["南町店", "南町"]),
    ("屋内型トランクルームの室温は何度に保たれていますか。", ["℃", "室温", "温度", "湿度"]),
    ("潮見店には車を何台とめられる駐車場がありますか。", ["駐車場", "駐車"]),
    ("お盆の時期に休業する店舗はありますか。", ["お盆", "夏季休業", "夏期休業"]),
    ("月額賃料をクレジットカードで払う場合の手数料はいくらですか。", ["クレジットカード", "カード払"]),
    ("2028年度の新規契約件数の目標は何件ですか。", ["2028年度"]),
    ("あさなぎストレージの従業員は何人いますか。", ["従業員", "社員数", "スタッフ数"]),
    ("若葉台店に防犯カメラは何台設置されていますか。", ["防犯カメラ", "カメラ"]),
    ("店長説明会の第3回はいつ開かれますか。", ["第3回"]),
]
ABSENT = {f"h44-un-{index}": values for index, (_, values) in enumerate(UNANSWERABLE, 1)}


def unanswerable() -> list[dict]:
    return [{"id": f"h44-un-{index}", "q": question, "any": [], "unanswerable": True}
            for index, (question, _) in enumerate(UNANSWERABLE, 1)]


def english() -> list[dict]:
    rows = [
        ("At the Shiomi branch (潮見店), what is the new monthly rent for a 2.0-jo indoor unit?",
         [_rent("2.0帖", "臨海エリア")], [_rent("2.0帖", "臨海エリア"), _plain(_rent("2.0帖", "臨海エリア"))]),
        ("How much was the administration fee (事務手数料) before the revision?", ["3,300円"], ["3,300", "3300"]),
        ("How many new contracts did the Ekimae branch (駅前店) sign in March 2027?",
         [str(NEW_CONTRACTS["駅前店"][11])], [str(NEW_CONTRACTS["駅前店"][11])]),
        ("What annual rate of late-payment charges do the storage terms set?", ["年14.6%"], ["14.6%", "14.6 %", "14.6"]),
        ("After the revision, what prepayment discount applies to a customer who prepays exactly 24 months?",
         ["10%"], ["10%", "10 %", "10 percent"]),
        ("On what date is the managers' briefing for the suburban area (郊外エリア)?",
         ["5月14日（金）"], ["5月14日", "May 14", "14 May"]),
        ("What was the occupancy rate of the Kitahara branch (北原店) at the end of March 2027?",
         [_rate("北原店")], [_rate("北原店").rstrip("%")]),
        ("Which internal extension handles questions about the system switchover?", ["内線 405"], ["405"]),
        ("What were total sales across all branches in fiscal 2026, in thousands of yen?",
         [_n(SALES_TOTAL)], [_n(SALES_TOTAL), _plain(_n(SALES_TOTAL))]),
        ("What is the new monthly management fee (管理費) per unit?", ["1,100円"], ["1,100", "1100"]),
    ]
    return [{"id": f"h44-en-{index}", "q": question, "any": answers, "answer_any": judged}
            for index, (question, answers, judged) in enumerate(rows, 1)]


def followups() -> list[dict]:
    rows = [
        (["駅前店で屋内型の1.0帖を借りると、改定後の月額賃料はいくら？", "郊外エリアの店舗だといくらになる？"],
         _yen(_rent("1.0帖", "郊外エリア"))),
        (["同じ名義で5区画を契約したときの複数区画割引の割引率は、改定後で何%ですか。", "改定前はどうでしたか。"],
         ["4%", "4％"]),
        (["北原店の2026年度の新規契約件数は、年間で合計何件ですか。", "若葉台店は？"],
         [_n(CONTRACT_SITE_TOTALS["若葉台店"])]),
        (["中央エリアと臨海エリアの店長説明会の会場はどこですか。", "郊外エリアの回は？"],
         ["若葉台店 2階 会議室", "若葉台店"]),
        (["潮見店の2027年3月末の稼働率は？", "前年同月末はどうだった？"],
         [_rate("潮見店", previous=True), _rate("潮見店", previous=True).rstrip("%")]),
        (["月額賃料を6か月分前払いしたときの割引率は、改定後で何%ですか。", "12か月分を前払いしたら？"], ["7%", "7％"]),
        (["新浜店の2026年度の管理費収入はいくらですか。", "同じ店の賃料収入は？"],
         _yen(_n(SALES["賃料収入"][SITES.index("新浜店")]))),  # type: ignore[arg-type]
        (["既存の利用者への通知書は、いつまでに発送しますか。", "店頭の掲示はいつから始めますか。"],
         ["6月1日（火）", "6月1日"]),
    ]
    return [{"id": f"h44-fu-{index}", "turns": turns, "any": answers} for index, (turns, answers) in enumerate(rows, 1)]


QUESTION_SETS = {
    "holdout44_qa.jsonl": questions,
    "holdout44_unanswerable_qa.jsonl": unanswerable,
    "holdout44_english_qa.jsonl": english,
    "holdout44_followup_qa.jsonl": followups,
}


def write_sets(directory: Path) -> list[Path]:
    written = []
    for filename, make in QUESTION_SETS.items():
        path = directory / filename
        path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in make()), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the documents and the question sets into this directory")
    arguments = parser.parse_args(argv)
    documents = arguments.out or HERE
    sets = arguments.out or DATA
    documents.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for filename, builder in ((RENT_FILENAME, build_pdf), (TERMS_FILENAME, build_docx),
                              (FIGURES_FILENAME, build_xlsx), (DECK_FILENAME, build_pptx),
                              (MAIL_FILENAME, build_eml)):
        path = documents / filename
        builder(path)
        written.append(path)
    print_sizes(written)
    for path in write_sets(sets):
        print(f"{path.name}: {sum(1 for _ in path.open(encoding='utf-8'))} questions")


if __name__ == "__main__":
    main()
