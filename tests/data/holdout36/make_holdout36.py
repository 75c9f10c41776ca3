"""Write the five documents of the thirty-sixth holdout corpus (tests/data/holdout36/README.md).

One fictional chain of dry cleaners and coin laundries, 株式会社しろたえクリーニング (head office and
central factory in the fictional 白妙市; five shops, 駅前店, 本町店, 緑ヶ丘店, 川端店 and 若葉台店, three
of them with a coin laundry, a central factory, しろたえ中央工場, and a pick-up and delivery desk,
集配センター), and five documents its staff and customers would look things up in: the price list as a
PDF (garments by kind and size, coat lengths, wash-and-fold weights and rug sizes in bands, a
two-row header with two spanning groups, the table crossing a page break, extra fees, discounts and
conditions in prose), the part-timers' work rules as Word (numbered articles 第1条〜第10条 and 附則,
hourly wages new beside old, allowances banded in prose), the fiscal-2026 figures as Excel (items
taken in month by month and shop by shop, sales by shop and kind), an all-staff e-mail (.eml) on
the factory's boiler works, and the shops, coin-laundry and delivery page as HTML. Every name,
address, telephone number and figure here is invented (e-mail domains end in `.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail and the
web page are fixed text (the e-mail with a fixed date and message id).

    .venv/bin/python tests/data/holdout36/make_holdout36.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import (  # noqa: E402
    CID_FONT,
    docx_east_asian_font,
    docx_header_row,
    normalize_zip,
    print_sizes,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 7, 20, 10, 15, 0)
COMPANY = "株式会社しろたえクリーニング"
FACTORY = "しろたえ中央工場"
HEADER_FILL = "DDEBF7"

SHOPS = ["駅前店", "本町店", "緑ヶ丘店", "川端店", "若葉台店"]
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]

# ---------------------------------------------------------------------------------------------
# 1. PDF: the price list.

PRICE_FILENAME = "クリーニング料金表_2027年4月改定.pdf"
PRICE_TITLE = "しろたえクリーニング　クリーニング料金表（2027年4月1日改定）"

# 区分 (written on the group's first row only), 品目・サイズ, 店頭: 通常, 翌日, 当日; 集配: 一般, 会員.
# "−" = not taken for that service.
PRICE_GROUPS: list[tuple[str, list[tuple[str, str, str, str, str, str]]]] = [
    ("ワイシャツ・ブラウス", [
        ("ワイシャツ（ハンガー仕上げ）", "220", "280", "330", "290", "250"),
        ("ワイシャツ（たたみ仕上げ）", "250", "310", "360", "320", "270"),
        ("ブラウス", "440", "520", "610", "540", "480"),
        ("ポロシャツ・カットソー", "390", "460", "550", "470", "420"),
    ]),
    ("スーツ・上着", [
        ("背広上着・ジャケット", "770", "880", "1,040", "930", "840"),
        ("スラックス・ズボン", "550", "640", "750", "660", "600"),
        ("スカート（プリーツなし）", "580", "670", "790", "700", "630"),
        ("スカート（プリーツあり）", "860", "970", "1,150", "1,030", "940"),
        ("ベスト", "460", "530", "640", "570", "500"),
        ("礼服上着", "990", "1,120", "1,320", "1,190", "1,080"),
    ]),
    ("コート", [
        ("コート（丈90cm未満）", "1,210", "1,370", "1,610", "1,450", "1,310"),
        ("コート（丈90cm以上120cm未満）", "1,540", "1,730", "2,040", "1,850", "1,680"),
        ("コート（丈120cm以上）", "1,870", "2,090", "2,460", "2,240", "2,030"),
        ("ダウンジャケット", "1,980", "2,200", "−", "2,380", "2,160"),
        ("ダウンコート（丈90cm以上）", "2,640", "2,920", "−", "3,170", "2,880"),
    ]),
    ("ニット・ワンピース", [
        ("セーター・カーディガン", "610", "700", "830", "730", "670"),
        ("ワンピース", "1,100", "1,250", "1,470", "1,330", "1,200"),
        ("ドレス（ロング丈）", "2,310", "2,570", "−", "2,770", "2,530"),
    ]),
    ("和服", [
        ("着物（丸洗い）", "4,950", "−", "−", "5,690", "5,200"),
        ("帯（名古屋帯・袋帯）", "2,750", "−", "−", "3,160", "2,890"),
        ("長襦袢", "2,420", "−", "−", "2,780", "2,540"),
    ]),
    ("寝具・大物", [
        ("毛布（シングル）", "1,650", "1,880", "−", "1,900", "1,730"),
        ("毛布（ダブル）", "2,120", "2,410", "−", "2,440", "2,230"),
        ("羽毛布団（シングル）", "4,180", "−", "−", "4,810", "4,390"),
        ("羽毛布団（ダブル）", "5,280", "−", "−", "6,070", "5,540"),
        ("ラグ（2畳未満）", "3,080", "−", "−", "3,540", "3,230"),
        ("ラグ（2畳以上4畳未満）", "4,620", "−", "−", "5,310", "4,850"),
        ("ラグ（4畳以上6畳未満）", "6,160", "−", "−", "7,080", "6,470"),
    ]),
    ("洗濯代行", [
        ("5kg未満", "1,430", "1,600", "−", "1,640", "1,500"),
        ("5kg以上10kg未満", "2,350", "2,600", "−", "2,700", "2,470"),
        ("10kg以上15kg未満", "3,190", "3,520", "−", "3,670", "3,350"),
    ]),
    ("小物", [
        ("ネクタイ", "490", "570", "680", "560", "510"),
        ("マフラー・ストール", "520", "600", "710", "610", "550"),
        ("帽子", "740", "850", "−", "860", "790"),
    ]),
]

PRICE_HEADER_1 = ["区分", "品目・サイズ", "店頭仕上げ料金（税込・円）", "", "", "集配料金（税込・円）", ""]
PRICE_HEADER_2 = ["", "", "通常仕上げ", "翌日仕上げ", "当日仕上げ", "一般", "会員"]

PRICE_BEFORE: list[tuple[str, str]] = [
    ("p", "2027年（令和9年）3月15日　株式会社しろたえクリーニング 営業部"),
    ("h1", "1. この料金表について"),
    ("p", "この料金表は、株式会社しろたえクリーニング（以下「当社」という。）の駅前店、本町店、緑ヶ丘店、川端店及び"
          "若葉台店の5店舗と、集配センターが行う集配サービスで受け付けるクリーニングの料金を定めたものです。"
          "2027年4月1日以後にお預かりした品物から、この料金表の料金を適用します。お預かりした品物はすべて"
          "しろたえ中央工場（白妙市港北町3丁目）で洗い、仕上げます。"),
    ("p", "料金はすべて消費税込み、品物1点あたりの額です。ただし洗濯代行（ランドリーパック）は、専用の袋1袋に"
          "入れた衣類の重量による1回あたりの料金です。「−」の欄は、その仕上げ又はサービスでは受け付けないことを"
          "表します。"),
    ("h1", "2. 仕上げの種類"),
    ("p", "通常仕上げは、お預かりした日の翌日から数えて3日目（中2日）のお渡しです。翌日仕上げは、お預かりした日の"
          "翌日の午後4時以降のお渡しです。当日仕上げは、午前10時までにお預かりした品物を当日の午後6時以降に"
          "お渡しするもので、駅前店と本町店だけで受け付けます。"),
    ("h1", "3. 品目別の料金"),
]

PRICE_AFTER: list[tuple[str, str]] = [
    ("p", "コートの丈は、襟の付け根から裾までをまっすぐに測った長さです。ラグ（カーペット・じゅうたんを含む）の"
          "広さは畳の枚数に換算します。丈、重量又は広さが区分の境目の値ちょうどのときは、「以上」と書いた側の区分、つまり上の"
          "区分の料金とします。たとえば丈がちょうど90cmのコートは「丈90cm以上120cm未満」の料金です。"),
    ("p", "洗濯代行で重量が15kg以上のとき、及びラグで6畳以上のときは、個別にお見積りします。"),
    ("h1", "4. 追加料金"),
    ("p", "次の加工・作業は、上の表の料金に加算します。特殊なしみ抜き（インク、油性ペン、古いしみなど）は1点"
          "につき330円から1,650円まで、しみの大きさと種類により受付時にお見積りします。撥水加工は、その品物の"
          "通常仕上げ料金の50%を加算します。防虫加工は1点220円、ボタン付けは1個につき110円です。"
          "毛皮・皮革製品、及び洗濯表示のない品物は、お預かりできない場合があります。"),
    ("h1", "5. 割引"),
    ("p", "しろたえ会員カード（入会金・年会費無料）を提示されたお客さまは、店頭仕上げ料金から5%を割り引きます。"
          "毎週火曜日と水曜日は、ワイシャツ（ハンガー仕上げ）を1点190円とします。一度に10点以上をお出しいただいた"
          "場合は、合計額から8%を割り引きます（まとめ割）。会員割引とまとめ割は併用できず、割引額の大きい方を"
          "適用します。火曜・水曜のワイシャツの特価品は、会員割引とまとめ割の対象外です。"),
    ("h1", "6. 集配サービス"),
    ("p", "集配サービスで出していただいた品物には、上の表の集配料金（会員はその会員欄の料金）を適用し、"
          "店頭の割引は適用しません。仕上げは通常仕上げ又は翌日仕上げに限ります。対象地域、時間帯、集配手数料"
          "及びお申込みの方法は、当社ウェブサイトの「店舗・コインランドリー・集配サービスのご案内」のとおりです。"),
    ("h1", "7. お預かり品の保管と補償"),
    ("p", "仕上がった品物は、仕上がり予定日から90日間お預かりします。90日を過ぎてもお引取りのない品物は、"
          "お客さまにご連絡のうえ処分することがあります。万一の事故の際は、クリーニング事故賠償基準に従って"
          "賠償します。"),
    ("h1", "8. お問い合わせ"),
    ("p", "料金についてのお問い合わせは、お客様相談室（フリーダイヤル 0120-000-516、受付 9:00〜17:00、"
          "日曜・祝日休み）までお寄せください。"),
]


def price_rows() -> list[list[str]]:
    rows = [PRICE_HEADER_1, PRICE_HEADER_2]
    for group, items in PRICE_GROUPS:
        for index, item in enumerate(items):
            rows.append([group if index == 0 else "", *item])
    return rows


def build_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    body = ParagraphStyle("body", fontName=CID_FONT, fontSize=10, leading=16, wordWrap="CJK")
    heading = ParagraphStyle("heading", parent=body, fontSize=12.5, leading=18, spaceBefore=8, spaceAfter=3)
    title_style = ParagraphStyle("title", parent=body, fontSize=14, leading=20, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10.5)
    number = ParagraphStyle("number", parent=cell, alignment=2)
    centre = ParagraphStyle("centre", parent=cell, alignment=1)

    def blocks(items: list[tuple[str, str]]) -> list[object]:
        return [Paragraph(text, heading if kind == "h1" else body) for kind, text in items]

    rows = price_rows()
    data = []
    for row_index, row in enumerate(rows):
        if row_index < 2:
            data.append([Paragraph(value, centre) if value else "" for value in row])
        else:
            data.append([Paragraph(value, cell) if value else "" for value in row[:2]]
                        + [Paragraph(value, number) for value in row[2:]])
    table = Table(data, repeatRows=2, colWidths=[32 * mm, 48 * mm, 18 * mm, 18 * mm, 18 * mm, 18 * mm, 18 * mm])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#" + HEADER_FILL)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 0), (1, 1)),
        ("SPAN", (2, 0), (4, 0)),
        ("SPAN", (5, 0), (6, 0)),
    ]))
    flow: list[object] = [Paragraph(PRICE_TITLE, title_style)]
    flow += blocks(PRICE_BEFORE)
    flow += [table, Spacer(1, 4 * mm)]
    flow += blocks(PRICE_AFTER)
    margin = 20 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=PRICE_TITLE, author=f"{COMPANY} 営業部",
                                 leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin)
    document.build(flow)


# ---------------------------------------------------------------------------------------------
# 2. DOCX: the part-timers' work rules.

RULES_FILENAME = "パートタイム従業員就業規程_2027年4月改定.docx"
RULES_TITLE = "株式会社しろたえクリーニング パートタイム従業員就業規程"

WAGE_TABLE = [
    ["職種", "区分", "改定後（時給）", "改定前（時給）"],
    ["店舗受付スタッフ", "見習い（勤務開始から3か月）", "1,090円", "1,040円"],
    ["店舗受付スタッフ", "一般", "1,130円", "1,070円"],
    ["店舗受付スタッフ", "店舗リーダー", "1,240円", "1,180円"],
    ["工場作業スタッフ", "洗い・乾燥", "1,100円", "1,060円"],
    ["工場作業スタッフ", "プレス・仕上げ", "1,170円", "1,110円"],
    ["工場作業スタッフ", "しみ抜き・検品", "1,210円", "1,150円"],
    ["集配ドライバー", "一般", "1,260円", "1,190円"],
    ["集配ドライバー", "主任", "1,350円", "1,280円"],
]

RULES_BODY: list[tuple[str, str]] = [
    ("right", "制定 2019年（令和元年）10月1日　改定 2024年（令和6年）4月1日　改定 2027年（令和9年）4月1日"),
    ("h1", "第1条（目的）"),
    ("p", "この規程は、株式会社しろたえクリーニング（以下「会社」という。）に勤務するパートタイム従業員の"
          "労働時間、賃金、休日その他の就業に関する事項を定める。この規程に定めのない事項は、労働基準法その他の"
          "法令及び会社の就業規則による。"),
    ("h1", "第2条（適用範囲）"),
    ("p", "この規程は、1週間の所定労働時間が30時間未満の従業員のうち、店舗受付スタッフ（駅前店、本町店、"
          "緑ヶ丘店、川端店及び若葉台店）、工場作業スタッフ（しろたえ中央工場）及び集配ドライバー（集配センター）に"
          "適用する。"),
    ("h1", "第3条（勤務時間及び休憩）"),
    ("p", "店舗受付スタッフの勤務は、早番7:30〜14:30及び遅番13:30〜20:30の2交替とする（改定前は早番8:00〜15:00、"
          "遅番14:00〜21:00）。工場作業スタッフの勤務は8:00〜17:00、集配ドライバーの勤務は9:30〜18:30を基本とし、"
          "各人の勤務日と勤務時間は前月20日までに勤務表で定める。"),
    ("p", "休憩は、1日の勤務時間が6時間を超え8時間以下のときは45分、8時間を超えるときは60分とし、勤務時間の"
          "途中に与える。勤務時間が6時間以下のときは休憩を与えないことがある。"),
    ("h1", "第4条（基本時給）"),
    ("p", "基本時給は、職種及び区分に応じて次の表のとおりとする。見習いの期間を終えた店舗受付スタッフは、"
          "店長の評価により一般の区分に移る。"),
    ("wage_table", ""),
    ("h1", "第5条（諸手当）"),
    ("p", "早朝手当：午前8時より前の勤務には、1時間につき100円（改定前80円）を基本時給に加算する。"),
    ("p", "クリーニング師手当：クリーニング師の免許を持つ者には、月額5,000円（改定前3,000円）を支給する。"),
    ("p", "集配手当：集配ドライバーには、1日の集配件数に応じて日額で支給する。1日の集配件数が20件未満の日は"
          "支給しない。20件以上30件未満の日は500円（改定前400円）、30件以上40件未満の日は900円（改定前700円）、"
          "40件以上の日は1,300円（改定前1,000円）とする。件数は集荷と配達を1件ずつ数える。"),
    ("p", "通勤手当：自宅から勤務先までの片道の通勤距離に応じて月額で支給する。片道2km未満の者には支給しない。"
          "2km以上5km未満は2,100円（改定前1,800円）、5km以上10km未満は4,200円（改定前3,600円）、10km以上15km未満は"
          "6,300円（改定前5,400円）、15km以上は8,400円（改定前7,200円）を上限とする。通勤距離が区分の境目の値"
          "ちょうどのときは、上の区分による。"),
    ("h1", "第6条（賃金の計算及び支払）"),
    ("p", "賃金は、毎月15日締めとし、当月25日に本人名義の口座に振り込んで支払う。支払日が金融機関の休業日に"
          "あたるときは、その前日に支払う。"),
    ("h1", "第7条（休日及び年次有給休暇）"),
    ("p", "休日は勤務表で定める。年次有給休暇は、労働基準法の定めるところにより、所定労働日数に応じて付与する。"
          "年次有給休暇を取るときは、原則として5日前までに所属長に届け出る。"),
    ("h1", "第8条（制服及び身だしなみ）"),
    ("p", "会社は、店舗受付スタッフに制服（エプロン及びポロシャツ）を2着、工場作業スタッフに作業着を3着、集配"
          "ドライバーにジャンパーを1着貸与する。勤務中は名札を着ける。制服の洗濯は会社が行う。"),
    ("h1", "第9条（お預かり品の事故及び苦情の報告）"),
    ("p", "お預かり品の紛失、破損、色落ち等の事故又はお客さまからの苦情を受けたときは、直ちに店長に報告し、"
          "店長は24時間以内に中央工場の品質管理課に報告する。集配中の事故は、集配センターの主任に報告する。"),
    ("h1", "第10条（相談窓口）"),
    ("p", "勤務、賃金及びハラスメントに関する相談は、本社人事総務課（電話 0276-00-3301、内線 205、担当 長尾）で"
          "受け付ける。相談者のプライバシーは守られ、相談したことを理由に不利益な取扱いを受けることはない。"),
    ("h1", "附則"),
    ("p", "1. この規程は、2027年（令和9年）4月1日から施行する。"),
    ("p", "2. 2027年3月16日から同年4月15日までの賃金計算期間については、3月31日までの勤務に改定前の基本時給及び"
          "手当を、4月1日以後の勤務に改定後の基本時給及び手当を適用する。"),
    ("p", "3. 2024年（令和6年）4月1日施行の規程（改定前の規程）は、2027年（令和9年）3月31日をもって廃止する。"),
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
    properties.author = f"{COMPANY} 人事総務課"
    properties.last_modified_by = f"{COMPANY} 人事総務課"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    document.add_heading(RULES_TITLE, level=0)
    for kind, text in RULES_BODY:
        if kind == "h1":
            document.add_heading(text, level=1)
        elif kind == "p":
            document.add_paragraph(text)
        elif kind == "right":
            document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "wage_table":
            table = document.add_table(rows=len(WAGE_TABLE), cols=len(WAGE_TABLE[0]))
            table.style = document.styles["Table Grid"]
            for row_index, row in enumerate(WAGE_TABLE):
                for column_index, value in enumerate(row):
                    table.cell(row_index, column_index).text = value
            docx_header_row(table.rows[0], HEADER_FILL)
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 3. XLSX: the figures of fiscal 2026.

FIGURES_FILENAME = "店舗別受付点数・売上実績_2026年度.xlsx"

# Items taken in (受付点数) per month, fiscal 2026 (April 2026 to March 2027), by shop.
ITEMS: dict[str, list[int]] = {
    "駅前店": [8841, 10327, 9682, 8046, 7263, 7794, 9318, 9547, 8986, 7412, 7588, 9105],
    "本町店": [7362, 8514, 8093, 6728, 6051, 6492, 7786, 7943, 7507, 6184, 6339, 7623],
    "緑ヶ丘店": [6047, 7006, 6641, 5517, 4982, 5338, 6395, 6528, 6173, 5096, 5218, 6254],
    "川端店": [4873, 5649, 5362, 4451, 4017, 4306, 5158, 5264, 4971, 4108, 4206, 5050],
    "若葉台店": [5469, 6331, 6012, 4986, 4504, 4827, 5786, 5903, 5574, 4607, 4719, 5657],
}

SALES_KINDS = ["ワイシャツ・ブラウス", "スーツ・上着", "コート", "ニット・ワンピース", "和服", "寝具・大物",
               "洗濯代行", "小物"]
# Sales (千円, 税抜) of fiscal 2026 by shop: the eight kinds of cleaning, then the coin laundry (None: none).
SALES: dict[str, tuple[list[int], int | None]] = {
    "駅前店": ([9842, 14216, 6731, 3158, 1204, 2467, 1893, 612], None),
    "本町店": ([8175, 11932, 5864, 2741, 1587, 2109, 1526, 498], None),
    "緑ヶ丘店": ([5306, 7488, 4927, 2315, 863, 2854, 2371, 405], 6218),
    "川端店": ([3947, 5612, 3486, 1702, 591, 1968, 2744, 327], 8035),
    "若葉台店": ([4618, 6859, 4203, 2096, 1129, 2536, 1657, 386], 4762),
}


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    total_fill = PatternFill("solid", fgColor="F2F2F2")
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def head(sheet, title: str, top: list[tuple[str, int]], second: list[str], widths: list[int]) -> None:
        """Title in row 1 (merged over the table), a two-row header in rows 2 and 3: each (label,
        span) of `top` is merged down over both rows when its span is 1 and across its columns
        otherwise, `second` the labels of row 3 under the spanning ones."""
        columns = sum(span for _, span in top)
        sheet.cell(row=1, column=1, value=title).font = Font(bold=True, size=13)
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
        column = 1
        labels = iter(second)
        for label, span in top:
            sheet.cell(row=2, column=column, value=label)
            if span == 1:
                sheet.merge_cells(start_row=2, start_column=column, end_row=3, end_column=column)
            else:
                sheet.merge_cells(start_row=2, start_column=column, end_row=2, end_column=column + span - 1)
                for offset in range(span):
                    sheet.cell(row=3, column=column + offset, value=next(labels))
            column += span
        for row in (2, 3):
            for column in range(1, columns + 1):
                cell = sheet.cell(row=row, column=column)
                cell.font = Font(bold=True)
                cell.fill = header_fill
                cell.border = border
                cell.alignment = centred
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width

    def data_row(sheet, row: int, label: str, values: list, *, number_format: str = "#,##0",
                 total: bool = False) -> None:
        cells = [sheet.cell(row=row, column=1, value=label)]
        for column, value in enumerate(values, start=2):
            cell = sheet.cell(row=row, column=column, value=value)
            if isinstance(value, (int, float)):
                cell.number_format = number_format
            else:
                cell.alignment = Alignment(horizontal="center")
            cells.append(cell)
        for cell in cells:
            cell.border = border
            if total:
                cell.font = Font(bold=True)
                cell.fill = total_fill

    workbook = Workbook()
    monthly = workbook.active
    monthly.title = "月別受付点数"
    head(monthly, "店舗別・月別 クリーニング受付点数（2026年度：2026年4月〜2027年3月）",
         [("月", 1), ("店舗別受付点数（点）", len(SHOPS)), ("合計（点）", 1)], SHOPS, [10, 12, 12, 12, 12, 12, 13])
    for index, month in enumerate(MONTHS):
        values = [ITEMS[shop][index] for shop in SHOPS]
        data_row(monthly, 4 + index, month, values + [sum(values)])
    totals = [sum(ITEMS[shop]) for shop in SHOPS]
    data_row(monthly, 4 + len(MONTHS), "合計", totals + [sum(totals)], total=True)
    data_row(monthly, 5 + len(MONTHS), "月平均", [value / 12 for value in totals + [sum(totals)]],
             number_format="#,##0.0", total=True)
    monthly.freeze_panes = "B4"

    sales = workbook.create_sheet("品目別売上高")
    head(sales, "店舗別・品目区分別 売上高（2026年度・税抜・千円）",
         [("店舗", 1), ("クリーニング売上高（千円）", len(SALES_KINDS)), ("コインランドリー売上高（千円）", 1),
          ("合計（千円）", 1)], SALES_KINDS, [12] + [12] * len(SALES_KINDS) + [16, 13])
    for index, shop in enumerate(SHOPS):
        cleaning, coin = SALES[shop]
        data_row(sales, 4 + index, shop, cleaning + [coin if coin is not None else "−"]
                 + [sum(cleaning) + (coin or 0)])
    kind_totals = [sum(SALES[shop][0][index] for shop in SHOPS) for index in range(len(SALES_KINDS))]
    coin_total = sum(SALES[shop][1] or 0 for shop in SHOPS)
    data_row(sales, 4 + len(SHOPS), "合計", kind_totals + [coin_total, sum(kind_totals) + coin_total], total=True)

    notes = workbook.create_sheet("注記")
    for index, line in enumerate([
        "注記",
        "1. 2026年度は2026年4月1日〜2027年3月31日。月別受付点数の1月〜3月は2027年の月。",
        "2. 受付点数は、店頭と集配サービスで受け付けた品物の点数。集配サービスの分は、その地域を受け持つ店舗に計上した。",
        "3. ワイシャツ・ブラウスは1枚を1点、洗濯代行は1袋を1点、寝具・カーペットは1枚を1点と数える。",
        "4. 売上高は消費税抜き、千円未満を切り捨てた額。割引後の額で、集配手数料を含む。",
        "5. コインランドリーは緑ヶ丘店・川端店・若葉台店に併設。駅前店と本町店にはないため「−」とした。",
        "6. 作成：株式会社しろたえクリーニング 経営企画室（2027年5月12日）",
    ], start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 110
    save_workbook(workbook, path, title=f"{COMPANY} 店舗別受付点数・売上実績（2026年度）",
                  creator=f"{COMPANY} 経営企画室", moment=FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 4. EML: an all-staff e-mail on the factory's boiler works.

MAIL_FILENAME = "全店周知_中央工場ボイラー更新工事に伴う仕上げ休止と臨時集配便.eml"
MAIL_SUBJECT = "【全店周知】中央工場ボイラー更新工事に伴う仕上げ休止と集配の臨時便について"

MAIL_BODY = """全店 店長・受付スタッフ・集配ドライバー 各位

中央工場 生産管理課の早瀬です。
しろたえ中央工場のボイラー更新工事のため、8月下旬に工場の稼働を停止します。
期間中の受付と仕上がり日の取扱いを下記のとおりとしますので、店頭とお電話でのご案内をお願いします。

■1. 工事期間
2027年8月23日（月）〜8月26日（木）の4日間
この期間は、洗い・乾燥・プレス・しみ抜きのすべての工程を停止します。

■2. 当日仕上げ・翌日仕上げの休止
8月20日（金）12:00以降の受付分から8月27日（金）の受付分まで、当日仕上げと翌日仕上げの受付を休止します。
この間は通常仕上げのみお受けしてください。

■3. 仕上がり日の変更
8月19日（木）〜8月26日（木）にお預かりした通常仕上げの品物は、通常の仕上がり日に4日を加えた日を
仕上がり予定日としてご案内ください。最も遅いものは9月2日（木）のお渡しとなる見込みです。
和服・羽毛布団・カーペットの受付は、8月16日（月）〜8月31日（火）の間、休止します。

■4. 集配サービス
工事期間中は集荷のみ行い、お届けは休止します。休止した分のお届けは、8月28日（土）に臨時便を出して行います。
・午前便：9:00〜12:00（駅前店・本町店・緑ヶ丘店の地域）
・午後便：13:30〜17:00（川端店・若葉台店の地域）
臨時便の車両とドライバーの手配は、集配センターの村井主任が行います。

■5. コインランドリー
緑ヶ丘店・川端店・若葉台店のコインランドリーは工事の影響を受けず、通常どおり営業します。

ご不明な点は、生産管理課（内線 312）までお問い合わせください。
工事の当日は、工場長の三宅（内線 301）が現場の窓口となります。

――――――――――――――――
株式会社しろたえクリーニング しろたえ中央工場 生産管理課
課長 早瀬 恭介
電話 0276-00-3300（内線 312）　FAX 0276-00-3309
seisan@shirotae-clean.example
"""


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = "中央工場 生産管理課 早瀬 <seisan@shirotae-clean.example>"
    message["To"] = "全店 店長・受付・集配 <all-staff@shirotae-clean.example>"
    message["Subject"] = MAIL_SUBJECT
    message["Date"] = format_datetime(datetime.datetime(2027, 7, 20, 10, 15, 0,
                                                        tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    message["Message-ID"] = "<20270720101500.boiler-works@shirotae-clean.example>"
    message.set_content(MAIL_BODY, charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


# ---------------------------------------------------------------------------------------------
# 5. HTML: the shops, coin-laundry and delivery page.

GUIDE_FILENAME = "店舗・コインランドリー・集配サービスのご案内.html"

GUIDE_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>店舗・コインランドリー・集配サービスのご案内｜しろたえクリーニング</title>
<style>
body { font-family: sans-serif; line-height: 1.7; margin: 2em; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #999; padding: 4px 8px; }
thead th { background: #ddebf7; }
.notice { border: 2px solid #c00; background: #fff3f3; padding: 0.8em 1em; margin: 1em 0; }
</style>
</head>
<body>
<h1>店舗・コインランドリー・集配サービスのご案内</h1>
<p>しろたえクリーニングは、白妙市内の5店舗と集配サービスで皆さまの衣類をお預かりし、しろたえ中央工場で
ていねいに仕上げています。クリーニングの料金は、店頭に備え付けの「クリーニング料金表」をご覧ください。</p>

<div class="notice">
<p><strong>お知らせ</strong>　中央工場の設備工事のため、8月20日（金）正午から8月27日（金）まで、全店で当日仕上げと
翌日仕上げをお休みします。8月23日（月）〜26日（木）の集配サービスはお預かりのみとなり、お届けは後日に
まとめて行います。ご不便をおかけしますが、ご理解をお願いいたします。</p>
</div>

<h2>店舗一覧</h2>
<table>
<thead>
<tr><th>店舗</th><th>所在地</th><th>電話番号</th><th>営業時間（平日）</th><th>営業時間（土・日・祝）</th><th>定休日</th><th>コインランドリー</th></tr>
</thead>
<tbody>
<tr><td>駅前店</td><td>白妙市栄町1-4-2 白妙駅南口ビル1階</td><td>0276-00-3311</td><td>7:30〜20:30</td><td>9:00〜19:00</td><td>なし</td><td>なし</td></tr>
<tr><td>本町店</td><td>白妙市本町3-8-15</td><td>0276-00-3312</td><td>8:00〜20:00</td><td>9:00〜18:00</td><td>水曜日</td><td>なし</td></tr>
<tr><td>緑ヶ丘店</td><td>白妙市緑ヶ丘2-11-7</td><td>0276-00-3313</td><td>9:00〜19:00</td><td>9:30〜18:30</td><td>木曜日</td><td>併設（6:00〜24:00）</td></tr>
<tr><td>川端店</td><td>白妙市川端町5-2-30</td><td>0276-00-3314</td><td>9:00〜19:30</td><td>10:00〜18:00</td><td>火曜日</td><td>併設（24時間営業）</td></tr>
<tr><td>若葉台店</td><td>白妙市若葉台1-19-3</td><td>0276-00-3315</td><td>9:30〜19:30</td><td>9:30〜18:00</td><td>水曜日</td><td>併設（6:00〜23:00）</td></tr>
</tbody>
</table>
<p>当日仕上げは駅前店と本町店だけで承ります（午前10時までのお預かり分）。</p>

<h2>コインランドリーの料金</h2>
<table>
<thead>
<tr><th>機種</th><th>容量</th><th>料金（1回）</th><th>目安の時間</th><th>設置店舗</th></tr>
</thead>
<tbody>
<tr><td>洗濯乾燥機（大型）</td><td>27kg</td><td>1,900円</td><td>約70分</td><td>川端店</td></tr>
<tr><td>洗濯乾燥機（中型）</td><td>18kg</td><td>1,400円</td><td>約60分</td><td>緑ヶ丘店・川端店・若葉台店</td></tr>
<tr><td>洗濯乾燥機（小型）</td><td>10kg</td><td>800円</td><td>約50分</td><td>緑ヶ丘店・川端店・若葉台店</td></tr>
<tr><td>洗濯機</td><td>9kg</td><td>400円</td><td>約30分</td><td>緑ヶ丘店・川端店・若葉台店</td></tr>
<tr><td>乾燥機</td><td>16kg</td><td>100円で8分</td><td>−</td><td>緑ヶ丘店・川端店・若葉台店</td></tr>
</tbody>
</table>
<p>洗剤と柔軟剤は自動で投入されます。両替機は各店にあり、1,000円札が使えます。</p>

<h2>集配サービス</h2>
<dl>
<dt>対象地域</dt>
<dd>白妙市内全域（港北町の工業団地を除きます）。お住まいの地域を受け持つ店舗が担当します。</dd>
<dt>集配日</dt>
<dd>月曜日〜土曜日（日曜日・祝日はお休み）</dd>
<dt>時間帯</dt>
<dd>10:00〜12:00、14:00〜17:00、18:00〜20:00の3つの枠からお選びいただけます。</dd>
<dt>料金</dt>
<dd>料金表の「集配料金」欄の料金です。1回のご利用金額が3,000円に満たないときは、集配手数料440円を加算します。</dd>
<dt>お支払い</dt>
<dd>お届けの際に、現金又はクレジットカードでお支払いください。会員の方は口座振替もご利用いただけます。</dd>
<dt>お申込み</dt>
<dd>集配センター　フリーダイヤル 0120-000-517（受付時間 9:00〜18:00）</dd>
</dl>

<h3>ご利用の流れ</h3>
<ol>
<li>お申込み
  <ul>
  <li>集配センターにお電話いただくか、ウェブの申込フォームからお申し込みください。</li>
  <li>ご希望の集荷日の前日18:00までにお申し込みください。</li>
  </ul>
</li>
<li>集荷
  <ul>
  <li>ご指定の時間帯に集配ドライバーが伺い、品物を確認して預り証をお渡しします。</li>
  <li>しみや傷のある品物は、その場でお客さまと確認します。</li>
  </ul>
</li>
<li>お届け
  <ul>
  <li>通常仕上げは集荷日から4日目以降、翌日仕上げは集荷日の翌々日以降にお届けします。</li>
  <li>お届けの日時は、前日までにお電話でご連絡します。</li>
  </ul>
</li>
</ol>

<h2>お問い合わせ</h2>
<ul>
<li>料金・お預かり品について：お客様相談室</li>
<li>集配サービスについて：集配センター</li>
<li>コインランドリーの故障：各店舗（店舗の営業時間外は、機械に貼ってある緊急連絡先へ）</li>
</ul>
<p>株式会社しろたえクリーニング　白妙市港北町3-1-8</p>
</body>
</html>
"""


def build_html(path: Path) -> None:
    path.write_bytes(GUIDE_HTML.encode("utf-8"))


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((PRICE_FILENAME, build_pdf), (RULES_FILENAME, build_docx),
                              (FIGURES_FILENAME, build_xlsx), (MAIL_FILENAME, build_eml),
                              (GUIDE_FILENAME, build_html)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
