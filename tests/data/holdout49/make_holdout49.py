"""Write the five documents and the four question sets of the forty-ninth holdout corpus
(tests/data/holdout49/README.md).

One fictional chain of optician shops, 株式会社はるかぜ眼鏡 (brand 「はるかぜメガネ」, head office in the
fictional 椿浦市; five shops in three areas: 駅前本店 and 椿浦モール店 in 中央エリア, 北台店 and 緑ヶ丘店 in
北エリア, 浜通り店 in 南エリア), and five documents its staff would look things up in:

* a PDF sales report of fiscal 2026 laid out by reportlab: sales by shop and product group with a
  two-row header (販売件数 and 売上高 each over 2025年度 and 2026年度), the shop written only on the
  first row of its group, 「－」 where a shop did not sell hearing aids, a 小計 row per shop and a 合計
  row; the table crosses from page 1 to page 2 inside the 緑ヶ丘店 group with both header rows
  repeated; a band table of the corporate group discount (申込人数 3名以上5名未満 / 5名以上10名未満 /
  10名以上) with its boundary rule and worked examples;
* a Word rule book (商品保証及びアフターサービス規程): 第1条〜第12条 as Heading 1, a band table of
  lens replacement by days since hand-over, a table of paid services 改定後 beside 改定前, and three
  附則 (平成, 令和 and 西暦 dates, transitional rules);
* an Excel workbook: eye tests by month (4月…3月) × shop under merged area headers, a 合計 column and
  row, a 月平均 row (#,##0.0) and a 注記 line; selling costs in 千円 by cost item × shop with 「－」,
  合計 row and column and a unit note;
* an all-staff e-mail (.eml, one UTF-8 text/plain part in base64): workshops, a hearing-aid course,
  the half-year stock-take and a uniform order, with dates and weekdays, times, rooms, capacities,
  deadlines, people and extension numbers;
* a static intranet page (.html): the shop list (table with thead/tbody), the year's irregular
  closures (list), hand-over times (definition list) and internal contacts.

Every name, address, telephone number and figure here is invented (e-mail domains end in
`.example`). This corpus was written without reading the answering code (rag/, appliance/text/,
specialists/, bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the office
files a fixed creation date, reportlab writes in its invariant mode, the e-mail has a fixed date and
message id, and the page and the question sets are plain text.

    .venv/bin/python tests/data/holdout49/make_holdout49.py            # into this directory and tests/data
    .venv/bin/python tests/data/holdout49/make_holdout49.py --out DIR  # documents and sets into DIR
"""

from __future__ import annotations

import argparse
import datetime
import html
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

FIXED_MOMENT = datetime.datetime(2027, 5, 24, 10, 15, 0)
COMPANY = "株式会社はるかぜ眼鏡"
BRAND = "はるかぜメガネ"
DOMAIN = "harukaze-megane.example"
HEADER_FILL = "DDEBF7"

SHOPS = ["駅前本店", "椿浦モール店", "北台店", "緑ヶ丘店", "浜通り店"]
AREAS = [("中央エリア", ["駅前本店", "椿浦モール店"]), ("北エリア", ["北台店", "緑ヶ丘店"]), ("南エリア", ["浜通り店"])]
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
WEEKDAYS = "月火水木金土日"


def _n(value: int) -> str:
    return f"{value:,}"


def _date(year: int, month: int, day: int, *, with_year: bool = True) -> str:
    """A date with its weekday in parentheses: 2027年6月22日（火）."""
    weekday = WEEKDAYS[datetime.date(year, month, day).weekday()]
    return f"{year}年{month}月{day}日（{weekday}）" if with_year else f"{month}月{day}日（{weekday}）"


# ---------------------------------------------------------------------------------------------
# 1. PDF: the sales report of fiscal 2026.

REPORT_FILENAME = "2026年度_営業実績報告書_店舗別・商品区分別売上.pdf"
REPORT_TITLE = "株式会社はるかぜ眼鏡 2026年度 営業実績報告書　―店舗別・商品区分別の販売件数と売上高―"

GROUPS = ["単焦点眼鏡", "遠近両用眼鏡", "コンタクト（1日使い捨て）", "コンタクト（2週間交換）", "補聴器"]
# shop -> per product group (件数2025, 件数2026, 売上2025, 売上2026) in 千円; None where not sold.
SALES: dict[str, list[tuple[int | None, int | None, int | None, int | None]]] = {
    "駅前本店": [(4218, 4386, 97014, 101756), (1362, 1447, 57204, 61932), (2904, 3117, 40656, 44573),
             (1876, 1742, 15759, 14807), (138, 152, 41262, 46208)],
    "椿浦モール店": [(5037, 5291, 105777, 113757), (984, 1031, 39852, 42271), (3846, 4102, 52306, 57428),
               (2415, 2288, 19803, 18990), (64, 71, 18688, 21016)],
    "北台店": [(2763, 2841, 60786, 63638), (1108, 1174, 45428, 49308), (1327, 1406, 17917, 19403),
            (903, 861, 7224, 6974), (None, 29, None, 8381)],
    "緑ヶ丘店": [(2145, 2208, 46119, 48134), (1237, 1302, 50717, 54684), (1094, 1161, 14768, 15906),
             (688, 654, 5504, 5297), (None, None, None, None)],
    "浜通り店": [(1872, 1809, 40248, 39436), (746, 781, 29094, 31240), (1561, 1648, 21074, 22742),
             (1032, 995, 8772, 8557), (None, None, None, None)],
}


def _sum(values: list[int | None]) -> int:
    return sum(value for value in values if value is not None)


SHOP_SUBTOTALS = {shop: tuple(_sum([row[index] for row in SALES[shop]]) for index in range(4)) for shop in SHOPS}
GRAND_TOTAL = tuple(sum(SHOP_SUBTOTALS[shop][index] for shop in SHOPS) for index in range(4))


def _cell(value: int | None) -> str:
    return "－" if value is None else _n(value)


def _ratio(before: int | None, after: int | None) -> str:
    return "－" if before is None or after is None else f"{after / before * 100:.1f}"


def sales_rows() -> list[list[str]]:
    rows = [["店舗", "商品区分", "販売件数（件）", "", "売上高（千円）", "", "前年度比"],
            ["", "", "2025年度", "2026年度", "2025年度", "2026年度", ""]]
    for shop in SHOPS:
        for index, (group, values) in enumerate(zip(GROUPS, SALES[shop])):
            rows.append([shop if index == 0 else "", group] + [_cell(value) for value in values]
                        + [_ratio(values[2], values[3])])
        subtotal = SHOP_SUBTOTALS[shop]
        rows.append(["", "小計"] + [_n(value) for value in subtotal] + [_ratio(subtotal[2], subtotal[3])])
    rows.append(["合計", ""] + [_n(value) for value in GRAND_TOTAL] + [_ratio(GRAND_TOTAL[2], GRAND_TOTAL[3])])
    return rows


# 区分, 割引率, 適用団体数, 購入者数
DISCOUNT_BANDS = [
    ("2名以下", "対象外", "－", "－"),
    ("3名以上5名未満", "5%", "42", "148"),
    ("5名以上10名未満", "10%", "27", "171"),
    ("10名以上", "15%", "9", "126"),
]

REPORT_BLOCKS: list[tuple[str, object]] = [
    ("p", "2027年（令和9年）5月20日　株式会社はるかぜ眼鏡 営業企画部"),
    ("h1", "1. 概況"),
    ("p", "この報告書は、2026年度（2026年4月1日から2027年3月31日まで）の当社各店の販売実績を、店舗別・商品区分別に"
          "まとめたものである。当社は椿浦市内で、駅前本店、椿浦モール店、北台店、緑ヶ丘店及び浜通り店の5店舗を"
          "「はるかぜメガネ」の名で営業している。"),
    ("p", f"2026年度の全店の売上高は{_n(GRAND_TOTAL[3])}千円で、前年度の{_n(GRAND_TOTAL[2])}千円を上回った"
          f"（前年度比{_ratio(GRAND_TOTAL[2], GRAND_TOTAL[3])}%）。販売件数は{_n(GRAND_TOTAL[1])}件"
          f"（前年度{_n(GRAND_TOTAL[0])}件）であった。遠近両用眼鏡は、40代以降のお客さまへの店頭での"
          "見え方の体験を強化したことで全店で伸びた。2週間交換のコンタクトは、1日使い捨てへの切替えが進み、"
          "全店で前年度を下回った。店舗別では、椿浦モール店が売上高で2年続けて全店の首位となり、駅前本店は補聴器と"
          "遠近両用眼鏡の伸びで前年度比を押し上げた。"),
    ("p", "補聴器は、駅前本店と椿浦モール店に加え、2026年10月から北台店でも認定補聴器技能者による販売を始めた。"
          "緑ヶ丘店と浜通り店では補聴器を取り扱っていない。北台店の補聴器の販売件数と売上高は、2026年10月から"
          "2027年3月までの6か月分である。補聴器の平均単価は、両耳の同時購入が増えたことで前年度より上がった。"),
    ("h1", "2. 店舗別・商品区分別の販売件数と売上高"),
    ("p", "店舗別・商品区分別の販売件数と売上高（税抜）は次の表のとおりである。販売件数は会計の件数で、眼鏡は"
          "1本を1件、コンタクトは処方1回分の購入を1件、補聴器は片耳を1件として数える。「－」は取扱いのない"
          "区分を表す。前年度比は2025年度の売上高に対する2026年度の売上高の割合（単位：%）である。"),
    ("sales_table", None),
    ("p", "浜通り店は、2026年6月から9月まで店舗前の道路工事が続いた影響で、単焦点眼鏡の販売件数が前年度を"
          "下回った。椿浦モール店は、モールの改装に合わせて2026年11月にコンタクトの売場を広げた。"),
    ("h1", "3. 法人団体割引の適用状況"),
    ("p", "法人団体割引は、同じ法人・団体から同じ申込書で眼鏡（単焦点眼鏡・遠近両用眼鏡）を購入するお客さまに、"
          "申込人数に応じて次の割引率を適用するものである。コンタクトと補聴器は対象外である。"),
    ("band_table", None),
    ("p", "区分の境目の数え方：「以上」はその人数を含み、「未満」はその人数を含まない。したがって申込人数が区分の"
          "境目（5名、10名）ちょうどの場合は、人数の多い方の区分に入る。申込人数は申込書に記載された購入者の数"
          "で数え、後日の追加の申込みは別の申込みとして数える。"),
    ("p", "計算例：3名で申し込んだ場合は「3名以上5名未満」の区分で5%の割引となる。ちょうど5名で申し込んだ場合は"
          "「5名以上10名未満」の区分となり、割引率は10%である。2名で申し込んだ場合は割引の対象とならない。"),
    ("h1", "4. 問い合わせ先"),
    ("p", f"この報告書についての問い合わせは、営業企画部（電話 0291-00-3310、eigyo@{DOMAIN}）まで。"),
]


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
    title_style = ParagraphStyle("title", parent=body, fontSize=14, leading=20, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12)
    grey = colors.grey
    fill = colors.HexColor("#" + HEADER_FILL)

    flow: list[object] = [Paragraph(REPORT_TITLE, title_style)]
    for kind, content in REPORT_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "sales_table":
            rows = sales_rows()
            table = Table([[Paragraph(value, cell) for value in row] for row in rows], repeatRows=2,
                          colWidths=[70, 120, 56, 56, 60, 60, 60])
            style = [
                ("GRID", (0, 0), (-1, -1), 0.5, grey),
                ("BACKGROUND", (0, 0), (-1, 1), fill),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (3, 0)),
                ("SPAN", (4, 0), (5, 0)), ("SPAN", (6, 0), (6, 1)),
            ]
            for index, row in enumerate(rows):
                if row[1] == "小計" or row[0] == "合計":
                    style.append(("BACKGROUND", (1 if row[1] == "小計" else 0, index), (-1, index),
                                  colors.HexColor("#F2F2F2")))
            table.setStyle(TableStyle(style))
            flow.extend([Spacer(1, 2 * mm), table, Spacer(1, 4 * mm)])
        elif kind == "band_table":
            rows = [["申込人数の区分", "割引率", "2026年度の適用団体数", "2026年度の購入者数（名）"]] + \
                [list(band) for band in DISCOUNT_BANDS]
            table = Table([[Paragraph(value, cell) for value in row] for row in rows], repeatRows=1,
                          colWidths=[140, 80, 130, 130])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, grey),
                ("BACKGROUND", (0, 0), (-1, 0), fill),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            flow.extend([Spacer(1, 2 * mm), table, Spacer(1, 4 * mm)])
    margin = 20 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=REPORT_TITLE,
                                 author=f"{COMPANY} 営業企画部", leftMargin=margin, rightMargin=margin,
                                 topMargin=margin, bottomMargin=margin)
    document.build(flow)


# ---------------------------------------------------------------------------------------------
# 2. DOCX: the warranty and after-sales rules.

RULES_FILENAME = "商品保証及びアフターサービス規程_2027年4月改正.docx"
RULES_TITLE = "はるかぜ眼鏡 商品保証及びアフターサービス規程"

LENS_BANDS = [
    ["お渡し日からの日数", "度数不適合によるレンズ交換の負担", "交換できる回数"],
    ["30日以内", "無料", "1回まで"],
    ["31日以上60日以内", "レンズ代金の30%", "1回まで"],
    ["61日以上90日以内", "レンズ代金の50%", "1回まで"],
    ["90日超", "交換の対象外（通常のレンズ代金）", "－"],
]

SERVICE_FEES = [
    ["項目", "単位", "改定後（税込）", "改定前（税込）"],
    ["レンズ交換（単焦点・持込みフレーム）", "左右1組", "5,500円", "4,400円"],
    ["レンズ交換（遠近両用・持込みフレーム）", "左右1組", "11,000円", "8,800円"],
    ["フレームのロウ付け修理", "1か所", "4,950円", "3,300円"],
    ["鼻パッド交換", "左右1組", "660円", "550円"],
    ["ネジ交換・フィッティング", "1回", "無料", "無料"],
    ["出張視力測定（椿浦市内）", "1回", "3,850円", "2,750円"],
    ["補聴器の点検・クリーニング（他店購入品）", "1回", "1,650円", "1,100円"],
    ["保証書の再発行", "1通", "440円", "330円"],
]

RULES_BODY: list[tuple[str, object]] = [
    ("right", "制定 平成30年3月16日　最終改正 2027年（令和9年）2月19日　品質管理部"),
    ("h1", "第1条（目的）"),
    ("p", "この規程は、株式会社はるかぜ眼鏡（以下「当社」という。）の各店舗で販売した眼鏡、コンタクトレンズ及び"
          "補聴器の保証並びにアフターサービスの取扱いを定め、お客さまへの説明と店舗の対応を統一することを"
          "目的とする。"),
    ("h1", "第2条（用語の定義）"),
    ("p", "この規程で「お渡し日」とは、お客さまに商品を引き渡した日をいい、保証書に記載する。「度数不適合」とは、"
          "当社の視力測定に基づいて作製したレンズの度数が、装用に適さないと当社の認定眼鏡士が判断した状態をいう。"),
    ("h1", "第3条（保証の対象）"),
    ("p", "保証の対象は、当社で購入した眼鏡のフレーム及びレンズ、コンタクトレンズ並びに補聴器とする。"
          "他店で購入した商品は保証の対象としないが、第9条の有料サービスは利用できる。"),
    ("h1", "第4条（フレームの保証）"),
    ("p", "フレームの製造上の不具合（メッキのはがれ、ヒンジの破損等）は、お渡し日から1年間、無料で修理又は同等品と"
          "交換する。チタンフレームの保証期間は2年間とする。"),
    ("h1", "第5条（度数不適合によるレンズ交換）"),
    ("p", "度数不適合によるレンズの交換は、お渡し日からの日数に応じて次の表のとおりとする。"),
    ("band_table", None),
    ("p", "日数は、お渡し日を1日目として数える。表の区分の境目の日（30日目、60日目及び90日目）は、日数の少ない"
          "方の区分とする。たとえば4月1日にお渡しした眼鏡は、4月30日が30日目で無料の区分となり、5月1日は"
          "31日目でレンズ代金の30%の区分となる。"),
    ("p", "遠近両用レンズは、慣れるまでに時間がかかるため、お渡し日から14日を過ぎるまでは交換を受け付けず、"
          "見え方の調整（フィッティング）で対応する。"),
    ("h1", "第6条（コンタクトレンズの返品及び交換）"),
    ("p", "未開封のコンタクトレンズの箱は、お渡し日から14日以内であれば、レシートとの引換えで返品又は度数の交換に"
          "応じる。開封した箱及び使用したレンズの返品には応じない。"),
    ("h1", "第7条（破損の補償）"),
    ("p", "お客さまの過失によるフレーム又はレンズの破損は、お渡し日から6か月以内に1回に限り、同じ商品の代金の"
          "半額で再作製する。"),
    ("h1", "第8条（補聴器の保証）"),
    ("p", "補聴器の保証は、製造元の保証書による。当社で購入した補聴器の点検・クリーニングは、何回でも無料とする。"),
    ("h1", "第9条（有料アフターサービスの料金）"),
    ("p", "保証の対象とならないアフターサービスの料金は、次の表のとおりとする。"),
    ("table", SERVICE_FEES),
    ("h1", "第10条（保証の適用除外）"),
    ("p", "次の場合は保証の対象としない。(1) 保証書の提示がない場合 (2) 当社以外で修理又は改造をした場合 "
          "(3) 火災、水害等の災害による損傷 (4) 通常の使用による傷及び摩耗"),
    ("h1", "第11条（記録）"),
    ("p", "店舗は、保証及び有料サービスの受付を顧客管理システムに記録し、3年間保存する。"),
    ("h1", "第12条（所管）"),
    ("p", "この規程の所管は品質管理部とし、その改廃は取締役会の承認を得て行う。"),
    ("h2", "附　則"),
    ("p", "この規程は、平成30年（2018年）4月1日から施行する。"),
    ("h2", "附　則（令和5年8月25日改正）"),
    ("p", "この規程は、令和5年10月1日から施行する。"),
    ("h2", "附　則（2027年2月19日改正）"),
    ("p", "1　この規程は、2027年（令和9年）4月1日から施行する。"),
    ("p", "2　この規程の施行の日の前日までにお渡しした眼鏡の度数不適合によるレンズ交換は、なお従前の例による"
          "（お渡し日から60日以内は無料、61日以上90日以内はレンズ代金の50%）。"),
    ("p", "3　第9条の料金は、2027年3月31日までに受け付けた修理及びサービスについては、改定前の料金による。"),
]


def build_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = Document()
    for style_name in ("Normal", "Title", "Heading 1", "Heading 2", "Table Grid"):
        docx_east_asian_font(document.styles[style_name])
    document.styles["Normal"].font.size = Pt(10.5)
    properties = document.core_properties
    properties.title = RULES_TITLE
    properties.author = f"{COMPANY} 品質管理部"
    properties.last_modified_by = f"{COMPANY} 品質管理部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    document.add_heading(RULES_TITLE, level=0)

    def add_table(rows: list[list[str]]) -> None:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = document.styles["Table Grid"]
        for row_index, row in enumerate(rows):
            for column_index, value in enumerate(row):
                table.cell(row_index, column_index).text = value
        docx_header_row(table.rows[0], HEADER_FILL)

    for kind, content in RULES_BODY:
        if kind == "h1":
            document.add_heading(str(content), level=1)
        elif kind == "h2":
            document.add_heading(str(content), level=2)
        elif kind == "p":
            document.add_paragraph(str(content))
        elif kind == "right":
            document.add_paragraph(str(content)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "table":
            add_table(content)  # type: ignore[arg-type]
        elif kind == "band_table":
            add_table(LENS_BANDS)
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 3. XLSX: eye tests by month and shop; selling costs in 千円.

FIGURES_FILENAME = "2026年度_視力測定件数・店舗別経費.xlsx"

EYE_TESTS = {
    "駅前本店": [1012, 968, 934, 1105, 1187, 952, 921, 898, 1046, 873, 915, 1238],
    "椿浦モール店": [1186, 1143, 1097, 1284, 1352, 1121, 1065, 1038, 1219, 1007, 1052, 1406],
    "北台店": [642, 615, 598, 703, 751, 609, 587, 571, 668, 556, 582, 789],
    "緑ヶ丘店": [538, 517, 502, 589, 627, 511, 493, 478, 561, 466, 488, 662],
    "浜通り店": [471, 452, 437, 518, 556, 446, 429, 417, 492, 405, 426, 583],
}
EYE_MONTH_TOTALS = [sum(EYE_TESTS[shop][index] for shop in SHOPS) for index in range(12)]
EYE_SHOP_TOTALS = {shop: sum(values) for shop, values in EYE_TESTS.items()}
EYE_TOTAL = sum(EYE_MONTH_TOTALS)

COST_ITEMS = ["人件費", "地代家賃", "広告宣伝費", "検査機器リース料", "水道光熱費", "研修費"]
COSTS: dict[str, list[int | None]] = {  # per shop, in COST_ITEMS order, 千円
    "駅前本店": [68420, None, 9315, 3264, 4718, 1482],
    "椿浦モール店": [61975, 42600, 7842, 2958, 3905, 1206],
    "北台店": [38264, 14400, 4126, 2176, 2831, 874],
    "緑ヶ丘店": [33518, 11880, 3587, 1944, 2469, 652],
    "浜通り店": [29847, 9720, 4812, None, 2237, 612],
}
COST_ITEM_TOTALS = [_sum([COSTS[shop][index] for shop in SHOPS]) for index in range(len(COST_ITEMS))]
COST_SHOP_TOTALS = {shop: _sum(values) for shop, values in COSTS.items()}
COST_TOTAL = sum(COST_ITEM_TOTALS)


def _one_decimal(value: float) -> str:
    return f"{value:,.1f}"


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    total_fill = PatternFill("solid", fgColor="F2F2F2")
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def header(sheet: object, row: int, column: int, value: str | None) -> None:
        cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.border = border
        cell.alignment = centred

    def number(sheet: object, row: int, column: int, value: object, number_format: str, *, total: bool) -> None:
        cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
        cell.border = border
        if isinstance(value, (int, float)):
            cell.number_format = number_format
        else:
            cell.alignment = Alignment(horizontal="right")
        if total:
            cell.font = Font(bold=True)
            cell.fill = total_fill

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "月別視力測定件数"
    columns = 2 + len(SHOPS)
    sheet.cell(row=1, column=1, value="店舗別・月別 視力測定件数（2026年度：2026年4月〜2027年3月）").font = \
        Font(bold=True, size=13)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
    # Two header rows: 月 and 合計 merged down; each area merged over its shops.
    header(sheet, 2, 1, "月")
    header(sheet, 3, 1, None)
    sheet.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    column = 2
    for area, shops in AREAS:
        header(sheet, 2, column, area)
        for offset, shop in enumerate(shops):
            if offset:
                header(sheet, 2, column + offset, None)
            header(sheet, 3, column + offset, shop)
        if len(shops) > 1:
            sheet.merge_cells(start_row=2, start_column=column, end_row=2, end_column=column + len(shops) - 1)
        column += len(shops)
    header(sheet, 2, columns, "合計")
    header(sheet, 3, columns, None)
    sheet.merge_cells(start_row=2, start_column=columns, end_row=3, end_column=columns)
    for index, month in enumerate(MONTHS):
        row = 4 + index
        number(sheet, row, 1, month, "General", total=False)
        for offset, shop in enumerate(SHOPS):
            number(sheet, row, 2 + offset, EYE_TESTS[shop][index], "#,##0", total=False)
        number(sheet, row, columns, EYE_MONTH_TOTALS[index], "#,##0", total=False)
    total_row = 4 + len(MONTHS)
    number(sheet, total_row, 1, "合計", "General", total=True)
    for offset, shop in enumerate(SHOPS):
        number(sheet, total_row, 2 + offset, EYE_SHOP_TOTALS[shop], "#,##0", total=True)
    number(sheet, total_row, columns, EYE_TOTAL, "#,##0", total=True)
    average_row = total_row + 1
    number(sheet, average_row, 1, "月平均", "General", total=True)
    for offset, shop in enumerate(SHOPS):
        number(sheet, average_row, 2 + offset, EYE_SHOP_TOTALS[shop] / 12, "#,##0.0", total=True)
    number(sheet, average_row, columns, EYE_TOTAL / 12, "#,##0.0", total=True)
    sheet.cell(row=average_row + 2, column=1,
               value="注記：視力測定件数は、眼鏡・コンタクトの購入を伴わない測定を含む。1月〜3月は2027年の月。"
                     "月平均は年間合計を12で割った値（小数第1位まで表示）。")
    sheet.column_dimensions["A"].width = 10
    for index in range(2, columns + 1):
        sheet.column_dimensions[get_column_letter(index)].width = 14
    sheet.freeze_panes = "B4"

    costs = workbook.create_sheet("店舗別経費")
    cost_columns = 2 + len(SHOPS)
    costs.cell(row=1, column=1, value="店舗別 販売管理費の内訳（2026年度）").font = Font(bold=True, size=13)
    costs.merge_cells(start_row=1, start_column=1, end_row=1, end_column=cost_columns)
    for offset, label in enumerate(["費目"] + SHOPS + ["合計"]):
        header(costs, 2, 1 + offset, label)
    for index, item in enumerate(COST_ITEMS):
        row = 3 + index
        number(costs, row, 1, item, "General", total=False)
        for offset, shop in enumerate(SHOPS):
            value = COSTS[shop][index]
            number(costs, row, 2 + offset, "－" if value is None else value, "#,##0", total=False)
        number(costs, row, cost_columns, COST_ITEM_TOTALS[index], "#,##0", total=False)
    total_row = 3 + len(COST_ITEMS)
    number(costs, total_row, 1, "合計", "General", total=True)
    for offset, shop in enumerate(SHOPS):
        number(costs, total_row, 2 + offset, COST_SHOP_TOTALS[shop], "#,##0", total=True)
    number(costs, total_row, cost_columns, COST_TOTAL, "#,##0", total=True)
    costs.cell(row=total_row + 2, column=1,
               value="単位：千円（千円未満切り捨て）。「－」はその費目がない店舗（駅前本店は自社ビルのため地代家賃なし、"
                     "浜通り店は検査機器を買い取ったためリース料なし）。")
    costs.column_dimensions["A"].width = 20
    for index in range(2, cost_columns + 1):
        costs.column_dimensions[get_column_letter(index)].width = 14
    save_workbook(workbook, path, title=f"{COMPANY} 2026年度 視力測定件数・店舗別経費",
                  creator=f"{COMPANY} 経理課", moment=FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 4. EML: an all-staff e-mail.

MAIL_FILENAME = "全店周知_研修会・補聴器講習と上期棚卸しの日程.eml"
MAIL_SUBJECT = "【全店周知】遠近両用レンズ研修会・補聴器基礎講習と上期棚卸しの日程について"


def mail_body() -> str:
    lines = [
        "各店 店長・販売担当 各位",
        "",
        "人事総務部の片桐です。",
        "6月から9月にかけての研修と、上期棚卸しの日程をお知らせします。",
        "各店で勤務表を調整のうえ、期限までにお申し込みください。",
        "",
        "■1. 遠近両用レンズ フィッティング研修会（講師：ミナモ光学 技術課）",
        f"・第1回：{_date(2027, 6, 22)} 13:30〜16:30　本社3階 第1研修室（定員20名）",
        f"・第2回：{_date(2027, 6, 29)} 10:00〜13:00　北台店2階 会議室（定員12名）",
        "・対象：遠近両用眼鏡の販売経験が2年未満の販売担当",
        f"・申込締切：{_date(2027, 6, 11, with_year=False)} 17:00",
        "・申込先：人事総務部 片桐（内線 241）",
        "",
        "■2. 補聴器 基礎講習（新任者向け）",
        f"・日時：{_date(2027, 7, 8)} 14:00〜16:00",
        "・会場：椿浦モール店 3階 バックヤード会議室（定員8名）",
        f"・申込締切：{_date(2027, 6, 25, with_year=False)} 17:00",
        "・問い合わせ：補聴器担当 南雲（内線 263）",
        "",
        "■3. 上期棚卸し",
        f"・実施日：{_date(2027, 9, 29)} 閉店後",
        "・開始時刻：駅前本店と椿浦モール店は21:30から、北台店・緑ヶ丘店・浜通り店は19:30から",
        f"・棚卸表の提出期限：{_date(2027, 10, 1, with_year=False)} 12:00",
        "・担当：経理課 三輪（内線 227）",
        "",
        "■4. 夏用ポロシャツの注文",
        f"サイズと枚数を、{_date(2027, 6, 18, with_year=False)}までに人事総務部 宮坂（内線 205）へ"
        "お知らせください。1人2枚まで会社負担です。",
        "",
        "よろしくお願いいたします。",
        "",
        "――――――――――――――――",
        f"{COMPANY} 人事総務部 片桐 美帆",
        "電話 0291-00-3300（内線 241）",
        f"jinji@{DOMAIN}",
    ]
    return "\n".join(lines) + "\n"


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = f"{COMPANY} 人事総務部 <jinji@{DOMAIN}>"
    message["To"] = f"全店 店長・販売担当 <all-shops@{DOMAIN}>"
    message["Subject"] = MAIL_SUBJECT
    message["Date"] = format_datetime(FIXED_MOMENT.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    message["Message-ID"] = f"<20270524101500.kenshu-tanaoroshi@{DOMAIN}>"
    message.set_content(mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


# ---------------------------------------------------------------------------------------------
# 5. HTML: a static intranet page.

PAGE_FILENAME = "社内ポータル_店舗案内と営業時間_2027年度.html"
PAGE_TITLE = "はるかぜメガネ 社内ポータル｜店舗案内と営業時間（2027年度版）"

# 店舗, エリア, 所在地, 電話, 平日, 土日祝, 定休日, 補聴器相談
SHOP_TABLE = [
    ("駅前本店", "中央エリア", "椿浦市港町一丁目4-2", "0291-00-3301", "10:00〜19:30", "10:00〜19:00", "なし（年中無休）",
     "毎日（予約制）"),
    ("椿浦モール店", "中央エリア", "椿浦市潮見台三丁目1 椿浦モール2階", "0291-00-3302", "10:00〜21:00", "9:30〜21:00",
     "モールの休館日に準ずる", "火・金・日"),
    ("北台店", "北エリア", "椿浦市北台二丁目15-8", "0291-00-3303", "10:00〜19:00", "10:00〜18:30", "毎週木曜日",
     "土曜のみ"),
    ("緑ヶ丘店", "北エリア", "椿浦市緑ヶ丘五丁目2-11", "0291-00-3304", "9:30〜18:30", "9:30〜18:00", "毎週水曜日",
     "取扱いなし"),
    ("浜通り店", "南エリア", "椿浦市浜通り一丁目7-3", "0291-00-3305", "10:00〜19:00", "10:00〜18:00",
     "毎週火曜日・第3水曜日", "取扱いなし"),
]

CLOSURES = [
    f"{_date(2027, 6, 16)}：浜通り店 店内改装のため臨時休業",
    f"{_date(2027, 11, 9)}：緑ヶ丘店 検査機器の入替えのため15:00で閉店",
    f"{_date(2028, 1, 1)}〜{_date(2028, 1, 3, with_year=False)}：椿浦モール店を除く4店舗は休業"
    "（椿浦モール店は1月2日から営業）",
]

HANDOVER = [
    ("単焦点眼鏡（在庫レンズ）", "最短40分でお渡し。混雑時は翌日以降のお渡しになることがあります。"),
    ("単焦点眼鏡（取り寄せレンズ）", "3〜5日。乱視の度数が強いレンズは7日程度。"),
    ("遠近両用眼鏡", "7〜10日。特注設計のレンズは14日程度。"),
    ("コンタクトレンズ（在庫品）", "当日お渡し。初めての方は眼科の指示書が必要です。"),
]

CONTACTS = [
    "総務部（店舗の設備・鍵の管理）：内線 201",
    "品質管理部（保証・返品の判断）：内線 275",
    "情報システム課（POS・予約システム）：内線 290",
]


def page_text() -> str:
    e = html.escape
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(PAGE_TITLE)}</title>",
        "</head>",
        "<body>",
        f"<h1>{e(PAGE_TITLE)}</h1>",
        "<p>更新日：2027年4月5日　掲載：総務部</p>",
        "<p>各店舗の所在地、営業時間、定休日の一覧です。お客さまからのお問い合わせには、この一覧に沿ってご案内"
        "ください。</p>",
        "<h2>店舗一覧</h2>",
        "<table border=\"1\">",
        "<thead>",
        "<tr><th>店舗</th><th>エリア</th><th>所在地</th><th>電話</th><th>営業時間（平日）</th>"
        "<th>営業時間（土日祝）</th><th>定休日</th><th>補聴器相談</th></tr>",
        "</thead>",
        "<tbody>",
    ]
    for row in SHOP_TABLE:
        lines.append("<tr>" + "".join(f"<td>{e(value)}</td>" for value in row) + "</tr>")
    lines += [
        "</tbody>",
        "</table>",
        "<p>補聴器相談は認定補聴器技能者が対応します（予約優先）。</p>",
        "<h2>2027年度の臨時休業・短縮営業</h2>",
        "<ul>",
    ]
    lines += [f"<li>{e(item)}</li>" for item in CLOSURES]
    lines += [
        "</ul>",
        "<h2>お渡しまでの目安</h2>",
        "<dl>",
    ]
    for term, description in HANDOVER:
        lines += [f"<dt>{e(term)}</dt>", f"<dd>{e(description)}</dd>"]
    lines += [
        "</dl>",
        "<h2>本社の連絡先</h2>",
        "<ul>",
    ]
    lines += [f"<li>{e(item)}</li>" for item in CONTACTS]
    lines += [
        "</ul>",
        "<p>本社代表：0291-00-3300（平日 9:00〜17:30）</p>",
        "</body>",
        "</html>",
    ]
    return "\n".join(lines) + "\n"


def build_html(path: Path) -> None:
    path.write_bytes(page_text().encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# Question sets.

def _sales(shop: str, group: str) -> tuple[int | None, int | None, int | None, int | None]:
    return SALES[shop][GROUPS.index(group)]


def _eye(shop: str, month: str) -> int:
    return EYE_TESTS[shop][MONTHS.index(month)]


def _cost(shop: str, item: str) -> int | None:
    return COSTS[shop][COST_ITEMS.index(item)]


def _forms(value: int, unit: str = "") -> list[str]:
    """A figure as written (1,234), then without the comma, then with a unit."""
    forms = [_n(value), str(value)]
    if unit:
        forms += [f"{_n(value)}{unit}", f"{value}{unit}"]
    return list(dict.fromkeys(forms))


def _avg_forms(total: int) -> list[str]:
    average = total / 12
    return list(dict.fromkeys([_one_decimal(average), f"{average:.1f}", f"{average:,.2f}", f"{average:.2f}"]))


# The row of the sales table on page 2 inside the split 北台店 group (check_holdout49 verifies the page).
SPLIT_SHOP = "北台店"
SPLIT_GROUP = "補聴器"


def questions() -> list[dict]:
    mall_cl_sales = _sales("椿浦モール店", "コンタクト（1日使い捨て）")[3]
    return [
        {"id": "h49-1", "q": "椿浦モール店で1日使い捨てのコンタクト、2026年度の売上っていくらだった？",
         "any": _forms(mall_cl_sales, "千円")},
        {"id": "h49-2", "q": "駅前本店の遠近両用メガネ、2025年度は何件売れましたか？",
         "any": _forms(_sales("駅前本店", "遠近両用眼鏡")[0], "件")},
        {"id": "h49-3", "q": "浜通り店の単焦点眼鏡の2026年度の売上高（千円）を教えてください。",
         "any": _forms(_sales("浜通り店", "単焦点眼鏡")[3], "千円")},
        {"id": "h49-4", "q": "緑ヶ丘店の2週間交換コンタクトって、2026年度は何件売れた？",
         "any": _forms(_sales("緑ヶ丘店", "コンタクト（2週間交換）")[1], "件")},
        {"id": "h49-5", "q": "全店合計で2026年度の売上高は何千円になりましたか？",
         "any": _forms(GRAND_TOTAL[3], "千円")},
        {"id": "h49-6", "q": "会社の同僚ちょうど10人でまとめて眼鏡を申し込んだら、法人団体割引は何％になる？",
         "any": ["15%", "15％", "15パーセント"]},
        {"id": "h49-7", "q": "北台店で補聴器を売り始めてから、2026年度の補聴器の売上はいくら（千円）？",
         "any": _forms(_sales(SPLIT_SHOP, SPLIT_GROUP)[3], "千円")},
        {"id": "h49-8", "q": "作ったメガネを受け取ってから45日目に度数が合わないと言われた。レンズ交換のお客さん負担はどうなる？",
         "any": ["レンズ代金の30%", "30%", "30％", "3割"]},
        {"id": "h49-9", "q": "お渡しからちょうど90日目に度数不適合でレンズを替える場合、負担はいくらになりますか？",
         "any": ["レンズ代金の50%", "50%", "50％", "5割", "半額"]},
        {"id": "h49-10", "q": "お客さまが持ち込んだフレームに遠近両用レンズを入れる料金は、今はいくら？",
         "any": ["11,000円", "11000円", "1万1千円", "11,000"]},
        {"id": "h49-11", "q": "フレームのロウ付け修理、料金が上がる前はいくらでしたか？",
         "any": ["3,300円", "3300円", "3,300"]},
        {"id": "h49-12", "q": "未開封のコンタクトの箱って、受け取ってから何日以内なら返品できる？",
         "any": ["14日以内", "14日"]},
        {"id": "h49-13", "q": "保証規程の令和5年の改正は、いつから施行されたんですか？",
         "any": ["令和5年10月1日", "2023年10月1日", "2023/10/1"]},
        {"id": "h49-14", "q": "2027年4月の改正より前に渡した眼鏡なら、度数が合わないときのレンズ交換は何日以内まで無料？",
         "any": ["60日以内", "60日"]},
        {"id": "h49-15", "q": "緑ヶ丘店の8月の視力測定は何件でしたか？",
         "any": _forms(_eye("緑ヶ丘店", "8月"), "件")},
        {"id": "h49-16", "q": "12月の視力測定件数、5店舗合わせると何件？",
         "any": _forms(EYE_MONTH_TOTALS[MONTHS.index("12月")], "件")},
        {"id": "h49-17", "q": "北台店の2026年度の視力測定件数は年間で合計何件ですか？",
         "any": _forms(EYE_SHOP_TOTALS["北台店"], "件")},
        {"id": "h49-18", "q": "椿浦モール店の視力測定、ひと月あたり平均で何件くらい？",
         "any": _avg_forms(EYE_SHOP_TOTALS["椿浦モール店"])},
        {"id": "h49-19", "q": "浜通り店の2026年度の広告宣伝費は何千円？",
         "any": _forms(_cost("浜通り店", "広告宣伝費") or 0, "千円")},
        {"id": "h49-20", "q": "遠近両用レンズのフィッティング研修会、2回目はいつやるの？",
         "any": [_date(2027, 6, 29), _date(2027, 6, 29, with_year=False), "6月29日"]},
        {"id": "h49-21", "q": "新任者向けの補聴器の講習は何時に始まりますか？",
         "any": ["14:00", "14時", "午後2時"]},
        {"id": "h49-22", "q": "上期棚卸しのことで聞きたいときは内線何番にかければいい？",
         "any": ["内線 227", "227"]},
        {"id": "h49-23", "q": "浜通り店の定休日っていつ？",
         "any": ["毎週火曜日・第3水曜日", "火曜日・第3水曜日", "毎週火曜日と第3水曜日"]},
        {"id": "h49-24", "q": "遠近両用眼鏡を注文したら、お渡しまで普通どのくらいかかる？",
         "any": ["7〜10日", "7～10日", "7-10日", "7日から10日"]},
    ]


# Per unanswerable question: why it has no answer, and the strings that must not be in any document.
ABSENT: dict[str, dict[str, object]] = {
    "h49-un-1": {"reason": "the workbook holds fiscal 2026 only; no 2024 figures anywhere",
                 "absent": ["2024年度", "2024年"]},
    "h49-un-2": {"reason": "no sunglasses product or fee", "absent": ["サングラス"]},
    "h49-un-3": {"reason": "the rules set no fee for hearing-aid batteries", "absent": ["電池"]},
    "h49-un-4": {"reason": "there is no 西口店", "absent": ["西口店", "西口"]},
    "h49-un-5": {"reason": "no fiscal 2028 figures or targets", "absent": ["2028年度", "目標"]},
    "h49-un-6": {"reason": "head counts are never given", "absent": ["従業員", "社員数", "スタッフ数", "在籍人数", "人員"]},
    "h49-un-7": {"reason": "no orthokeratology lenses", "absent": ["オルソケラトロジー", "ナイトレンズ"]},
    "h49-un-8": {"reason": "no fee for the workshops is stated", "absent": ["参加費", "受講料", "受講費"]},
    "h49-un-9": {"reason": "depreciation is not a cost item of the workbook", "absent": ["減価償却"]},
    "h49-un-10": {"reason": "no profit figures", "absent": ["利益"]},
    "h49-un-11": {"reason": "coloured contact lenses are not a product group", "absent": ["カラー", "カラコン"]},
    "h49-un-12": {"reason": "only the half-year stock-take of September is announced",
                  "absent": ["下期棚卸", "期末棚卸", "3月の棚卸", "年度末の棚卸"]},
}


def unanswerable() -> list[dict]:
    texts = {
        "h49-un-1": "2024年度の椿浦モール店の視力測定件数は何件でしたか？",
        "h49-un-2": "度付きサングラスのレンズ加工料金はいくら？",
        "h49-un-3": "補聴器の電池交換って1回いくらかかりますか？",
        "h49-un-4": "西口店の定休日は何曜日？",
        "h49-un-5": "2028年度の遠近両用眼鏡の販売件数はどれくらいを見込んでいますか？",
        "h49-un-6": "駅前本店には従業員が何人いるの？",
        "h49-un-7": "オルソケラトロジー（ナイトレンズ）の料金はいくらですか？",
        "h49-un-8": "遠近両用レンズの研修会の参加費はいくら？",
        "h49-un-9": "浜通り店の2026年度の減価償却費は何千円？",
        "h49-un-10": "2026年度の北台店の営業利益はいくらでしたか？",
        "h49-un-11": "カラコンは2026年度に全店で何件売れた？",
        "h49-un-12": "3月の期末の棚卸しは何日にやる予定？",
    }
    return [{"id": key, "q": value, "any": [], "unanswerable": True} for key, value in texts.items()]


def english() -> list[dict]:
    mall_cl = _sales("椿浦モール店", "コンタクト（1日使い捨て）")[3]
    hama_progressive = _sales("浜通り店", "遠近両用眼鏡")[3]
    kitadai_eye = EYE_SHOP_TOTALS["北台店"]
    midori_rent = _cost("緑ヶ丘店", "地代家賃") or 0
    return [
        {"id": "h49-en-1", "q": "What were the fiscal 2026 sales, in thousand yen, of one-day disposable contact lenses "
                                "at the Tsubakiura Mall shop (椿浦モール店)?",
         "any": _forms(mall_cl, "千円"), "answer_any": [_n(mall_cl), str(mall_cl)]},
        {"id": "h49-en-2", "q": "What were the fiscal 2026 sales of progressive glasses (遠近両用眼鏡) at the Hamadori "
                                "shop (浜通り店), in thousand yen?",
         "any": _forms(hama_progressive, "千円"), "answer_any": [_n(hama_progressive), str(hama_progressive)]},
        {"id": "h49-en-3", "q": "If exactly 10 employees of one company order glasses together, what corporate group "
                                "discount rate applies?",
         "any": ["15%", "15％"], "answer_any": ["15%", "15 %", "15 percent", "15％"]},
        {"id": "h49-en-4", "q": "After the revision, how much does it cost to fit progressive lenses into a frame the "
                                "customer brings in?",
         "any": ["11,000円", "11000円"], "answer_any": ["11,000", "11000"]},
        {"id": "h49-en-5", "q": "From what date did the Reiwa 5 amendment of the warranty and after-sales rules take effect?",
         "any": ["令和5年10月1日", "2023年10月1日"],
         "answer_any": ["October 1, 2023", "1 October 2023", "October 1st, 2023", "Oct. 1, 2023", "Oct 1, 2023",
                        "2023-10-01", "2023年10月1日", "令和5年10月1日", "2023/10/1"]},
        {"id": "h49-en-6", "q": "How many eye tests did the Kitadai shop (北台店) carry out over fiscal 2026 in total?",
         "any": _forms(kitadai_eye, "件"), "answer_any": [_n(kitadai_eye), str(kitadai_eye)]},
        {"id": "h49-en-7", "q": "What was the rent (地代家賃) of the Midorigaoka shop in fiscal 2026, in thousand yen?",
         "any": _forms(midori_rent, "千円"), "answer_any": [_n(midori_rent), str(midori_rent)]},
        {"id": "h49-en-8", "q": "By when do we have to apply for the progressive lens fitting workshop?",
         "any": [_date(2027, 6, 11, with_year=False), "6月11日"],
         "answer_any": ["June 11", "11 June", "June 11th", "6月11日", "6/11"]},
        {"id": "h49-en-9", "q": "Which extension should I call with questions about the half-year stock-take (棚卸し)?",
         "any": ["内線 227", "227"], "answer_any": ["227"]},
        {"id": "h49-en-10", "q": "Until what time is the Midorigaoka shop (緑ヶ丘店) open on weekdays?",
         "any": ["9:30〜18:30", "18:30"], "answer_any": ["18:30", "6:30 p", "6:30 P", "6:30pm", "6.30 p"]},
    ]


def followups() -> list[dict]:
    return [
        {"id": "h49-fu-1", "turns": ["椿浦モール店の単焦点眼鏡って、2026年度は何件売れた？", "その前の年度は？"],
         "any": _forms(_sales("椿浦モール店", "単焦点眼鏡")[0], "件")},
        {"id": "h49-fu-2", "turns": ["持込みフレームに遠近両用レンズを入れる料金、改定後はいくら？", "改定前は？"],
         "any": ["8,800円", "8800円", "8,800"]},
        {"id": "h49-fu-3", "turns": ["緑ヶ丘店の8月の視力測定件数を教えて", "浜通り店は？"],
         "any": _forms(_eye("浜通り店", "8月"), "件")},
        {"id": "h49-fu-4", "turns": ["遠近両用レンズの研修会、第1回の定員は何名？", "第2回は？"],
         "any": ["定員12名", "12名", "12人"]},
        {"id": "h49-fu-5", "turns": ["北台店の平日の営業時間は？", "土日祝だと？"],
         "any": ["10:00〜18:30", "18:30", "10時から18時30分"]},
        {"id": "h49-fu-6", "turns": ["メガネを受け取って20日目に度数が合わないと分かった。レンズ交換の負担は？", "100日目だったら？"],
         "any": ["交換の対象外", "対象外"]},
        {"id": "h49-fu-7", "turns": ["駅前本店の2026年度の人件費は何千円？", "広告宣伝費は？"],
         "any": _forms(_cost("駅前本店", "広告宣伝費") or 0, "千円")},
        {"id": "h49-fu-8", "turns": ["法人団体割引、4人で申し込むと何％引き？", "じゃあ7人なら？"],
         "any": ["10%", "10％", "1割"]},
    ]


QUESTION_SETS = {
    "holdout49_qa.jsonl": questions,
    "holdout49_unanswerable_qa.jsonl": unanswerable,
    "holdout49_english_qa.jsonl": english,
    "holdout49_followup_qa.jsonl": followups,
}

DOCUMENTS = [
    (REPORT_FILENAME, build_pdf),
    (RULES_FILENAME, build_docx),
    (FIGURES_FILENAME, build_xlsx),
    (MAIL_FILENAME, build_eml),
    (PAGE_FILENAME, build_html),
]


def write_sets(directory: Path) -> list[Path]:
    written = []
    for filename, make in QUESTION_SETS.items():
        path = directory / filename
        path.write_bytes("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in make()).encode("utf-8"))
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the documents and the question sets into this directory")
    arguments = parser.parse_args()
    documents_dir = arguments.out or HERE
    sets_dir = arguments.out or DATA
    documents_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for filename, builder in DOCUMENTS:
        path = documents_dir / filename
        builder(path)
        written.append(path)
    written += write_sets(sets_dir)
    print_sizes(written)


if __name__ == "__main__":
    main()
