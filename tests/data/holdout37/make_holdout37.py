"""Write the five documents and the four question sets of the thirty-seventh holdout corpus
(tests/data/holdout37/README.md).

One fictional operator of a city aquarium and a small zoo park, 公益財団法人しおみ臨海公園協会 (in
the fictional 汐見市): しおみ水族館, しおみ動物公園, an annual-pass office (年間パスポート事務室), a
group-reservation desk (団体予約センター) and a cafeteria (カフェテリア「うみねこ」). Five documents its
staff would look things up in:

* the admission and annual-pass fee table as a PDF laid out by reportlab (fees by ticket kind, age
  band and facility under a two-row header, regular and 汐見市民 rates; the table crosses a page
  break with its header repeated and each ticket kind named only on its first row; group
  discounts by group-size band; notes and the boundary rules);
* the regulation on the working hours and allowances of contract and part-time staff as Word
  (第1条〜第11条, 附則, an hourly-wage table with 改定後 and 改定前 under a two-row header, a
  commuting-allowance table by distance band, a 新旧対照表, dates in 西暦 and 令和);
* the monthly visitors of fiscal 2026 by facility and ticket type as Excel (title row, two merged
  header rows, a 合計 column, a 合計 row, a 月平均 row in #,##0.0, a 注記 line; a second sheet with
  annual passes issued by age band and facility; a third with the cafeteria's quarterly sales);
* the business plan of fiscal 2027 as PowerPoint (cover, policy bullets, tables of visitor
  targets, events and the budget, speaker notes);
* an all-staff e-mail (.eml) on the aquarium's maintenance closure and the arrangements meanwhile.

Every name, address, telephone number and figure here is invented (e-mail domains end in
`.example`). The output is byte-for-byte the same on every run: zip members and core properties
carry a fixed date, reportlab runs in its invariant mode, and the e-mail has a fixed date and
message id. The question sets are written by this script too.

    .venv/bin/python tests/data/holdout37/make_holdout37.py
"""

from __future__ import annotations

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

FIXED_MOMENT = datetime.datetime(2027, 5, 17, 10, 15, 0)
ORG = "公益財団法人しおみ臨海公園協会"
AQUARIUM = "しおみ水族館"
ZOO = "しおみ動物公園"
HEADER_FILL = "DDEBF7"
WEEKDAYS = "月火水木金土日"


def _n(value: int) -> str:
    return f"{value:,}"


def _yen(value: int | None) -> str:
    if value is None:
        return "設定なし"
    return "無料" if value == 0 else f"{value:,}円"


def _date(year: int, month: int, day: int, *, show_year: bool = True) -> str:
    weekday = WEEKDAYS[datetime.date(year, month, day).weekday()]
    return f"{year}年{month}月{day}日（{weekday}）" if show_year else f"{month}月{day}日（{weekday}）"


# ---------------------------------------------------------------------------------------------
# 1. PDF: admission and annual-pass fees.

FEES_FILENAME = "入館料・年間パスポート料金表_2027年4月改定.pdf"
FEES_TITLE = "しおみ水族館・しおみ動物公園 入館料及び年間パスポート料金表（2027年4月1日改定）"

AGE_BANDS = ["3歳以下", "4歳以上6歳以下", "7歳以上12歳以下", "13歳以上17歳以下", "18歳以上64歳以下", "65歳以上"]

# Ticket kind -> per age band: (水族館 通常, 水族館 市民, 動物公園 通常, 動物公園 市民, 共通 通常, 共通 市民);
# 0 is 無料, None is not sold (—).
FEES: dict[str, list[tuple[int | None, ...]]] = {
    "入館料（1回）": [
        (0, 0, 0, 0, 0, 0),
        (600, 400, 200, 100, 700, 450),
        (1000, 700, 400, 250, 1250, 850),
        (1600, 1150, 500, 350, 1850, 1300),
        (2400, 1800, 900, 650, 2950, 2200),
        (1900, 1400, 450, 300, 2150, 1550),
    ],
    "年間パスポート": [
        (None, None, None, None, None, None),
        (1800, 1250, 600, 420, 2200, 1600),
        (3000, 2100, 1200, 820, 3700, 2600),
        (4800, 3400, 1500, 1050, 5600, 3900),
        (6000, 4500, 2700, 1900, 7800, 5700),
        (4700, 3500, 1350, 950, 5300, 3800),
    ],
    "夜間入館券（ナイトアクアリウム）": [
        (0, 0, None, None, None, None),
        (350, 250, None, None, None, None),
        (650, 480, None, None, None, None),
        (1100, 780, None, None, None, None),
        (1700, 1240, None, None, None, None),
        (1320, 980, None, None, None, None),
    ],
}


def _fee_table() -> list[list[str]]:
    rows = [
        ["券種", "年齢区分", AQUARIUM, "", ZOO, "", "2園共通", ""],
        ["", "", "通常料金", "汐見市民料金", "通常料金", "汐見市民料金", "通常料金", "汐見市民料金"],
    ]
    for kind, bands in FEES.items():
        for index, (band, values) in enumerate(zip(AGE_BANDS, bands)):
            if kind == "年間パスポート" and index == 0:
                cells = ["不要"] * 6
            else:
                cells = [_yen(value) for value in values]
            rows.append([kind if index == 0 else "", band] + cells)
    return rows


FEE_TABLE = _fee_table()

# Group discounts: kind -> per size band (水族館, 動物公園, 2園共通券), in percent.
GROUP_BANDS = ["20名以上50名未満", "50名以上100名未満", "100名以上"]
GROUP_DISCOUNTS = {
    "一般団体": [(10, 20, 5), (15, 25, 10), (20, 30, 15)],
    "学校団体（校外学習）": [(30, 40, 25), (35, 45, 30), (40, 50, 35)],
}
GROUP_TABLE = [["団体の区分", "人数（有料入館者）", AQUARIUM, ZOO, "2園共通券"]] + [
    [kind if index == 0 else "", band] + [f"{rate}%引き" for rate in rates]
    for kind, bands in GROUP_DISCOUNTS.items() for index, (band, rates) in enumerate(zip(GROUP_BANDS, bands))
]

FEES_BLOCKS: list[tuple[str, object]] = [
    ("right", "2027年（令和9年）3月1日　公益財団法人しおみ臨海公園協会 営業課"),
    ("h1", "1. この料金表の適用"),
    ("p", "この料金表は、公益財団法人しおみ臨海公園協会（以下「協会」といいます。）が汐見市の指定管理者として運営する"
          "しおみ水族館（汐見市港町一丁目）及びしおみ動物公園（汐見市丘の上三丁目）の入館料、2園共通券、夜間入館券"
          "及び年間パスポートの料金を定めるものです。改定後の料金は、2027年4月1日以後の入館及び年間パスポートの発行に"
          "適用します。2027年3月31日までに購入された前売券は、券面の有効期限まで追加料金なしで利用できます。"),
    ("p", "料金はすべて消費税込みの額です。しおみ動物公園の料金は「入園料」と呼ぶこともありますが、この料金表では"
          "両施設とも「入館料」と表記します。"),
    ("p", "汐見市民料金は、汐見市に在住、在学又は在勤の方が、窓口で住所又は在学・在勤を確認できるもの（運転免許証、"
          "マイナンバーカード、学生証、社員証等）を提示した場合に適用します。年間パスポートの汐見市民料金は発行時に"
          "確認し、更新のたびに改めて確認します。"),
    ("h1", "2. 主な改定内容"),
    ("p", "・しおみ水族館の入館料（18歳以上64歳以下、通常料金）を2,200円から2,400円に改定しました。"),
    ("p", "・しおみ動物公園の入館料は据え置き、2園共通券の割引幅を広げました。"),
    ("p", "・夜間入館券（ナイトアクアリウム）を新設しました。"),
    ("p", "・年間パスポートに汐見市民料金を設けました。"),
    ("h1", "3. 個人料金（入館料・年間パスポート・夜間入館券）"),
    ("p", "券種・年齢区分・施設ごとの個人料金は次の表のとおりです。"),
    ("fee_table", FEE_TABLE),
    ("p", "注1：年齢は、入館日（年間パスポートは発行日）当日の満年齢で判定します。年齢区分の境目は誕生日の当日で区切り、"
          "たとえば入館日が13歳の誕生日の当日である方は「13歳以上17歳以下」の区分、65歳の誕生日の当日である方は"
          "「65歳以上」の区分になります。"),
    ("p", "注2：18歳以上の方でも、高校生（高等専門学校の3年生以下を含みます。）は、生徒証の提示により「13歳以上17歳以下」の"
          "料金になります。"),
    ("p", "注3：3歳以下の方は無料ですが、有料の方1名につき3歳以下の方2名までとし、3人目からは「4歳以上6歳以下」の料金を"
          "いただきます。3歳以下の方は年間パスポートなしで入館できます（表の「不要」）。"),
    ("p", "注4：身体障害者手帳、療育手帳又は精神障害者保健福祉手帳をお持ちの方と介助者1名は、入館料（1回）及び夜間入館券が"
          "半額になります。年間パスポートは割引の対象外です。"),
    ("p", "注5：夜間入館券は、しおみ水族館の夜間開館日（7月から9月までの金曜日・土曜日と8月13日から16日まで）の17時以後に"
          "入館する方の料金です。しおみ動物公園は夜間開館を行わないため、表では「設定なし」としています。"),
    ("p", "注6：2園共通券は購入日の当日に限り、両施設に各1回入館できます。両施設の間は無料の連絡シャトルバス"
          "（約20分間隔、所要約12分）を利用できます。"),
    ("h1", "4. 年間パスポート"),
    ("p", "年間パスポートは、発行日から1年間（翌年の発行日と同じ日の前日まで）、何回でも入館できます。しおみ水族館の"
          "正面入口横にある年間パスポート事務室で発行します。顔写真をカードに印刷するため、発行には本人の来館が必要です。"
          "紛失・破損による再発行の手数料は1回につき550円です。有効期限の前後1か月以内に更新する場合は、表の料金から"
          "10%を割り引きます。"),
    ("h1", "5. 団体料金"),
    ("p", "有料で入館する方が20名以上の団体は、入館料（1回）及び2園共通券の通常料金から次の割引率で割り引きます"
          "（汐見市民料金との重複割引はありません。年間パスポート及び夜間入館券は団体割引の対象外です）。"),
    ("group_table", GROUP_TABLE),
    ("p", "人数は有料で入館する方の人数で数え、3歳以下の方や無料の引率者は数えません。人数区分の境目にあたる団体は多い方の"
          "区分とし、ちょうど50名の団体は「50名以上100名未満」、ちょうど100名の団体は「100名以上」の区分になります。"),
    ("p", "学校団体は、小学校、中学校、高等学校、特別支援学校及び幼稚園・保育所の教育活動として入館する団体です。"
          "引率の教職員は、児童・生徒10名につき1名まで無料です。"),
    ("p", "団体料金は、入館日の7日前までに団体予約センターへ予約した場合に適用します。支払いは入館当日の窓口での一括払い、"
          "又は後日の請求書払い（学校及び官公庁に限ります。）です。"),
    ("h1", "6. 開館時間・休館日"),
    ("p", "しおみ水族館は9:30〜17:30（入館は17:00まで）、しおみ動物公園は9:00〜16:30（入園は16:00まで）です。"
          "しおみ水族館は年中無休（設備点検のための臨時休館を除きます。）、しおみ動物公園は毎週月曜日（祝日の場合は翌平日）"
          "と12月29日から1月1日までを休園日とします。"),
    ("h1", "7. 問い合わせ先"),
    ("p", "料金全般：協会 営業課（電話 0469-00-3120）／団体の予約：団体予約センター（電話 0469-00-3150、平日9:00〜17:00）"
          "／年間パスポート：年間パスポート事務室（電話 0469-00-3135）"),
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
    body = ParagraphStyle("body", fontName=CID_FONT, fontSize=10, leading=16, wordWrap="CJK")
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT)
    heading = ParagraphStyle("heading", parent=body, fontSize=12.5, leading=18, spaceBefore=8, spaceAfter=3)
    title = ParagraphStyle("title", parent=body, fontSize=14, leading=20, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10.5)
    grey = colors.HexColor("#" + HEADER_FILL)

    flow: list[object] = [Paragraph(FEES_TITLE, title)]
    for kind, content in FEES_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "right":
            flow.append(Paragraph(str(content), right))
        elif kind == "fee_table":
            rows = [[Paragraph(value, cell) for value in row] for row in content]  # type: ignore[union-attr]
            table = Table(rows, repeatRows=2, colWidths=[26 * mm, 28 * mm] + [20 * mm] * 6)
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 1), grey),
                ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
                ("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (5, 0)), ("SPAN", (6, 0), (7, 0)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 2), (-1, -1), 4), ("BOTTOMPADDING", (0, 2), (-1, -1), 4),
            ]))
            flow.extend([table, Spacer(1, 3 * mm)])
        elif kind == "group_table":
            rows = [[Paragraph(value, cell) for value in row] for row in content]  # type: ignore[union-attr]
            table = Table(rows, repeatRows=1, colWidths=[38 * mm, 38 * mm, 30 * mm, 30 * mm, 30 * mm])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), grey),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            flow.extend([table, Spacer(1, 3 * mm)])
    margin = 18 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=FEES_TITLE, author=f"{ORG} 営業課",
                                 leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin)
    document.build(flow)


# ---------------------------------------------------------------------------------------------
# 2. DOCX: the regulation on contract and part-time staff.

RULES_FILENAME = "嘱託・パート職員の勤務及び手当規程_2027年4月改定.docx"
RULES_TITLE = "嘱託職員及びパート職員の勤務及び手当に関する規程"

# 職種, 嘱託 改定後, 嘱託 改定前, パート 改定後, パート 改定前 (円/時間)
WAGES = [
    ("飼育補助（水族館・動物公園）", 1420, 1350, 1310, 1230),
    ("案内・券売・年間パスポート受付", 1280, 1220, 1180, 1120),
    ("団体予約受付", 1330, 1260, 1210, 1140),
    ("売店・カフェテリア", 1240, 1170, 1150, 1090),
    ("清掃・設備補助", 1220, 1160, 1130, 1070),
]

SHIFT_TABLE = [
    ["勤務の区分", AQUARIUM, ZOO],
    ["早番", "7:45〜16:30", "7:30〜16:15"],
    ["日勤", "9:00〜17:45", "8:30〜17:15"],
    ["遅番", "10:30〜19:15", "—"],
    ["夜間勤務（夜間開館日に限る）", "13:30〜22:15", "—"],
]

EXPERIENCE_TABLE = [
    ["勤続年数", "加算額（1時間につき）"],
    ["1年未満", "加算なし"],
    ["1年以上3年未満", "20円"],
    ["3年以上5年未満", "45円"],
    ["5年以上", "70円"],
]

COMMUTE_TABLE = [
    ["片道の通勤距離", "改定後（日額）", "改定前（日額）"],
    ["2km未満", "支給しない", "支給しない"],
    ["2km以上5km未満", "160円", "140円"],
    ["5km以上10km未満", "290円", "260円"],
    ["10km以上15km未満", "430円", "390円"],
    ["15km以上", "580円", "520円"],
]

COMPARISON_TABLE = [
    ["条項", "改定後", "改定前"],
    ["第3条第1項（遅番）", "10:30〜19:15", "10:00〜18:45"],
    ["第7条第1号（早朝勤務手当）", "1回につき300円", "1回につき200円"],
    ["第7条第2号（夜間開館手当）", "1回につき800円", "1回につき600円"],
    ["第7条第3号（潜水作業手当）", "1回につき1,500円", "1回につき1,200円"],
    ["第7条第4号（繁忙期手当）", "1時間につき100円を加算", "1時間につき50円を加算"],
    ["第10条第2項（更新の上限）", "満70歳に達した日以後の最初の3月31日", "満65歳に達した日以後の最初の3月31日"],
]

RULES_BODY: list[tuple[str, object]] = [
    ("right", "制定 2019年（令和元年）10月1日"),
    ("right", "改定 2027年（令和9年）3月25日 理事会決定　2027年（令和9年）4月1日 施行"),
    ("h1", "第1条（目的）"),
    ("p", "この規程は、公益財団法人しおみ臨海公園協会（以下「協会」という。）職員就業規則第6条の規定に基づき、協会が雇用する"
          "嘱託職員及びパート職員の勤務時間、休日、賃金及び手当について必要な事項を定める。"),
    ("h1", "第2条（定義）"),
    ("p", "この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。"),
    ("p", "(1) 嘱託職員　1年以内の期間を定めて雇用し、1週間の所定勤務時間が30時間以上の職員（定年後に再雇用した職員を含む。）"),
    ("p", "(2) パート職員　1年以内の期間を定めて雇用し、1週間の所定勤務時間が30時間未満の職員"),
    ("h1", "第3条（勤務時間）"),
    ("p", "嘱託職員の勤務時間は、施設ごとに次の表の勤務の区分により、各課長が作成する勤務割表で定める。休憩時間は、"
          "いずれの区分も45分とし、施設の運営に支障のない時間に交替で取る。"),
    ("table", SHIFT_TABLE),
    ("p", "2 パート職員の勤務時間は、1日4時間以上7時間以内で、前項の表の時間帯の範囲で雇用契約書に定める。"
          "1日の勤務が6時間を超えるときは、45分の休憩を与える。"),
    ("h1", "第4条（休日）"),
    ("p", "休日は、4週間を通じて8日とし、勤務割表で定める。ゴールデンウィーク（4月29日から5月5日まで）、夏休み期間"
          "（7月20日から8月31日まで）及び年末年始の開館日は、原則として休日を割り当てない。"),
    ("h1", "第5条（基本時給）"),
    ("p", "嘱託職員及びパート職員の賃金は時間給とし、基本時給は職種ごとに次の表のとおりとする。"),
    ("wage_table", None),
    ("p", "2 2以上の職種を兼ねる者の基本時給は、その月に最も長く従事した職種による。"),
    ("h1", "第6条（勤続加算）"),
    ("p", "引き続き1年以上勤務した者には、勤続年数に応じて次の表の額を基本時給に加算する。"),
    ("table", EXPERIENCE_TABLE),
    ("p", "2 勤続年数は毎年4月1日時点で満了した年数で数え、その年度中は変えない。区分の境目にあたる者は長い方の区分とし、"
          "4月1日にちょうど3年を満了した者は「3年以上5年未満」、ちょうど5年を満了した者は「5年以上」の区分とする。"),
    ("h1", "第7条（手当）"),
    ("p", "次の各号に該当する勤務をした者には、当該各号に定める手当を支給する。"),
    ("p", "(1) 早朝勤務手当　始業時刻が8時より前の勤務（早番）1回につき300円"),
    ("p", "(2) 夜間開館手当　しおみ水族館の夜間開館日に20時以後まで勤務した場合、1回につき800円"),
    ("p", "(3) 潜水作業手当　しおみ水族館の水槽内での潜水作業（給餌、清掃、展示替え）1回につき1,500円。潜水士の免許を"
          "有する者に限る。"),
    ("p", "(4) 繁忙期手当　ゴールデンウィーク、夏休み期間及び12月26日から1月3日までの勤務について、1時間につき100円を加算する。"),
    ("h1", "第8条（通勤手当）"),
    ("p", "通勤手当は、住居から勤務する施設までの片道の通勤距離に応じ、出勤した日数に次の表の日額を乗じた額とする。"),
    ("table", COMMUTE_TABLE),
    ("p", "2 通勤距離は、住居から勤務する施設までの最も短い通常の経路の道のりとし、100m未満は切り捨てる。距離が区分の境目に"
          "あたるときは長い方の区分とし、たとえば片道ちょうど5kmの者は「5km以上10km未満」の区分とする。"),
    ("p", "3 月額の上限は12,000円とする。協会の連絡車で施設の間を移動した日は、移動の分を加えない。"),
    ("h1", "第9条（年次有給休暇）"),
    ("p", "年次有給休暇は、労働基準法の定めるところにより付与する。嘱託職員は、雇入れの日から6か月継続して勤務し、所定の"
          "勤務日の8割以上出勤したとき、10日を付与する。"),
    ("h1", "第10条（契約の更新）"),
    ("p", "雇用契約は、本人の勤務成績、施設の業務量等を考慮して、1年ごとに更新することがある。"),
    ("p", "2 契約を更新できるのは、満70歳に達した日以後の最初の3月31日までとする。"),
    ("h1", "第11条（相談窓口）"),
    ("p", "勤務時間、賃金及び手当に関する相談は、協会 総務課 人事係（内線 221）で受け付ける。"),
    ("h1", "附則"),
    ("p", "1 この規程は、2027年（令和9年）4月1日から施行する。"),
    ("p", "2 改定後の基本時給及び手当は、2027年4月1日以後の勤務から適用し、2027年4月分の賃金（2027年5月15日支払）から"
          "支給する。2027年3月31日以前の勤務については、なお改定前の規定による。"),
    ("p", "3 2027年（令和9年）4月1日時点で満65歳以上の職員で、改定前の第10条第2項により2027年3月31日で更新の上限に"
          "達していた者も、本人が希望する場合は改定後の規定により更新することができる。"),
    ("h1", "新旧対照表（主な改定箇所）"),
    ("p", "基本時給の改定は第5条の表のとおり。通勤手当の改定は第8条の表のとおり。その他の主な改定箇所は次のとおり。"),
    ("table", COMPARISON_TABLE),
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
    properties.author = f"{ORG} 総務課"
    properties.last_modified_by = f"{ORG} 総務課"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 3
    document.add_heading(RULES_TITLE, level=0)

    def new_table(rows: int, cols: int) -> object:
        table = document.add_table(rows=rows, cols=cols)
        table.style = document.styles["Table Grid"]
        return table

    def fill_row(table: object, row_index: int, values: list[str] | tuple[str, ...]) -> None:
        for column_index, value in enumerate(values):
            if value:
                table.cell(row_index, column_index).text = value  # type: ignore[attr-defined]

    for kind, content in RULES_BODY:
        if kind == "h1":
            document.add_heading(str(content), level=1)
        elif kind == "p":
            document.add_paragraph(str(content))
        elif kind == "right":
            document.add_paragraph(str(content)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "table":
            assert isinstance(content, list)
            table = new_table(len(content), len(content[0]))
            for row_index, row in enumerate(content):
                fill_row(table, row_index, row)
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
        elif kind == "wage_table":
            table = new_table(2 + len(WAGES), 5)
            fill_row(table, 0, ["職種", "嘱託職員（円／時間）", "", "パート職員（円／時間）", ""])
            fill_row(table, 1, ["", "改定後", "改定前", "改定後", "改定前"])
            for first_row, first_col, last_row, last_col in ((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)):
                top_left = table.cell(first_row, first_col)  # type: ignore[attr-defined]
                text = top_left.text
                top_left.merge(table.cell(last_row, last_col)).text = text  # type: ignore[attr-defined]
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(table.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
            for row_index, (job, *values) in enumerate(WAGES, start=2):
                fill_row(table, row_index, [job] + [_yen(value) for value in values])
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 3. XLSX: monthly visitors of fiscal 2026.

VISITORS_FILENAME = "施設別・券種別入館者数_2026年度.xlsx"
MONTHS = ["2026年4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "2027年1月", "2月", "3月"]
TICKETS = ["個人券", "団体券", "年間パスポート"]

# Per facility and ticket type, twelve months in MONTHS order.
VISITORS = {
    (AQUARIUM, "個人券"): [28410, 41236, 22875, 36902, 58317, 30144, 27563, 21908, 19275, 17846, 18630, 33481],
    (AQUARIUM, "団体券"): [4126, 6873, 7915, 5204, 3118, 4587, 9342, 6051, 2269, 1837, 2905, 3762],
    (AQUARIUM, "年間パスポート"): [6214, 8905, 5137, 7468, 10236, 6590, 5873, 4961, 4402, 3988, 4215, 6031],
    (ZOO, "個人券"): [12305, 18742, 9864, 10527, 13091, 11236, 14875, 12018, 6742, 5309, 6115, 13460],
    (ZOO, "団体券"): [2847, 4106, 5328, 1904, 736, 2215, 6481, 3970, 842, 605, 1132, 1578],
    (ZOO, "年間パスポート"): [1436, 2058, 1172, 1319, 1647, 1285, 1593, 1207, 874, 712, 798, 1363],
}
COLUMNS = [(facility, ticket) for facility in (AQUARIUM, ZOO) for ticket in TICKETS]
MONTH_TOTALS = [sum(VISITORS[column][index] for column in COLUMNS) for index in range(12)]
COLUMN_TOTALS = [sum(VISITORS[column]) for column in COLUMNS]
GRAND_TOTAL = sum(COLUMN_TOTALS)
AQUARIUM_TOTAL = sum(COLUMN_TOTALS[:3])
ZOO_TOTAL = sum(COLUMN_TOTALS[3:])

# Annual passes issued in fiscal 2026: age band -> (水族館 新規, 更新, 動物公園 新規, 更新, 2園共通 新規, 更新)
PASSES = [
    ("4歳以上6歳以下", 412, 287, 96, 58, 238, 171),
    ("7歳以上12歳以下", 986, 734, 241, 167, 603, 452),
    ("13歳以上17歳以下", 318, 205, 44, 29, 157, 98),
    ("18歳以上64歳以下", 2147, 1593, 376, 284, 1265, 947),
    ("65歳以上", 629, 518, 213, 186, 304, 261),
]
PASS_TOTALS = [sum(row[index] for row in PASSES) for index in range(1, 7)]

# Cafeteria 「うみねこ」, fiscal 2026 by quarter: (売上高 円, 客数 人)
CAFE = [("第1四半期（4月〜6月）", 18_426_300, 14_213), ("第2四半期（7月〜9月）", 27_915_800, 20_874),
        ("第3四半期（10月〜12月）", 13_682_500, 10_947), ("第4四半期（1月〜3月）", 11_204_700, 9_186)]


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

    def data_row(sheet: object, row: int, label: str, numbers: list[float], number_format: str = "#,##0",
                 *, total: bool = False) -> None:
        cells = [sheet.cell(row=row, column=1, value=label)]  # type: ignore[attr-defined]
        for column, value in enumerate(numbers, start=2):
            cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
            cell.number_format = number_format
            cells.append(cell)
        for cell in cells:
            cell.border = border
            if total:
                cell.font = Font(bold=True)
                cell.fill = total_fill

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "月別入館者数"
    sheet.cell(row=1, column=1, value="しおみ水族館・しおみ動物公園 月別・券種別入館者数（2026年度）（単位：人）").font = \
        Font(bold=True, size=13)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=8)
    header(sheet, 2, 1, "月")
    header(sheet, 2, 2, AQUARIUM)
    header(sheet, 2, 5, ZOO)
    header(sheet, 2, 8, "合計")
    for column in (3, 4, 6, 7):
        header(sheet, 2, column, None)
    for column, ticket in enumerate(TICKETS * 2, start=2):
        header(sheet, 3, column, ticket)
    header(sheet, 3, 1, None)
    header(sheet, 3, 8, None)
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("B2:D2")
    sheet.merge_cells("E2:G2")
    sheet.merge_cells("H2:H3")
    for index, month in enumerate(MONTHS):
        values = [VISITORS[column][index] for column in COLUMNS]
        data_row(sheet, 4 + index, month, values + [sum(values)])
    data_row(sheet, 16, "合計", COLUMN_TOTALS + [GRAND_TOTAL], total=True)
    data_row(sheet, 17, "月平均", [value / 12 for value in COLUMN_TOTALS + [GRAND_TOTAL]], "#,##0.0", total=True)
    sheet.cell(row=19, column=1, value="注記：2園共通券の入館者は、入館した施設ごとにそれぞれ個人券に含めている。夜間入館券"
                                       "（ナイトアクアリウム）は2027年度の新設のため、この表にはない。無料の入館者（3歳以下等）は"
                                       "含まない。")
    for column, width in enumerate([12, 12, 12, 16, 12, 12, 16, 12], start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "B4"

    passes = workbook.create_sheet("年間パスポート発行枚数")
    passes.cell(row=1, column=1, value="年齢区分別 年間パスポート発行枚数（2026年度）（単位：枚）").font = Font(bold=True, size=13)
    passes.merge_cells(start_row=1, start_column=1, end_row=1, end_column=8)
    header(passes, 2, 1, "年齢区分")
    for column, facility in ((2, AQUARIUM), (4, ZOO), (6, "2園共通")):
        header(passes, 2, column, facility)
        header(passes, 2, column + 1, None)
        header(passes, 3, column, "新規")
        header(passes, 3, column + 1, "更新")
    header(passes, 2, 8, "合計")
    header(passes, 3, 1, None)
    header(passes, 3, 8, None)
    for cells in ("A2:A3", "B2:C2", "D2:E2", "F2:G2", "H2:H3"):
        passes.merge_cells(cells)
    for index, (band, *values) in enumerate(PASSES, start=4):
        data_row(passes, index, band, list(values) + [sum(values)])
    data_row(passes, 4 + len(PASSES), "合計", PASS_TOTALS + [sum(PASS_TOTALS)], total=True)
    passes.cell(row=11, column=1, value="注記：3歳以下は年間パスポート不要のため発行していない。再発行（紛失・破損）は発行枚数に含めない。")
    for column, width in enumerate([18, 10, 10, 10, 10, 10, 10, 10], start=1):
        passes.column_dimensions[get_column_letter(column)].width = width

    cafe = workbook.create_sheet("カフェテリア売上")
    cafe.cell(row=1, column=1, value="カフェテリア「うみねこ」（しおみ水族館2階）四半期別売上（2026年度）").font = Font(bold=True, size=13)
    cafe.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4)
    for column, label in enumerate(["期間", "売上高（円）", "客数（人）", "客単価（円）"], start=1):
        header(cafe, 2, column, label)
    for index, (quarter, sales, guests) in enumerate(CAFE, start=3):
        data_row(cafe, index, quarter, [sales, guests, round(sales / guests)])
    total_sales = sum(row[1] for row in CAFE)
    total_guests = sum(row[2] for row in CAFE)
    data_row(cafe, 7, "年間合計", [total_sales, total_guests, round(total_sales / total_guests)], total=True)
    cafe.cell(row=9, column=1, value="注記：売上高は税込。テイクアウトを含み、売店（ミュージアムショップ）の売上は含まない。")
    for column, width in enumerate([26, 16, 12, 14], start=1):
        cafe.column_dimensions[get_column_letter(column)].width = width

    save_workbook(workbook, path, title="施設別・券種別入館者数（2026年度）", creator=f"{ORG} 営業課", moment=FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 4. PPTX: the business plan of fiscal 2027.

PLAN_FILENAME = "2027年度_事業計画_理事会資料.pptx"
PLAN_TITLE = "2027年度 事業計画"
PLAN_COVER = [ORG, "2027年（令和9年）3月25日　第4回理事会　資料2"]

POLICY = [
    "・「海と丘のいのちをつなぐ」を合言葉に、2施設の連携と2園共通券の利用を広げる",
    "・しおみ水族館の大水槽「しおみの海」のろ過設備を改修する（6月に12日間の臨時休館）",
    "・4月1日からの新しい料金（夜間入館券の新設、年間パスポートの汐見市民料金）を定着させる",
    "・団体予約のウェブ受付を2027年10月1日に始め、電話受付の負担を減らす",
    "・嘱託・パート職員の基本時給と手当を4月1日から引き上げ、人材を確保する",
]

TARGETS = [(AQUARIUM, AQUARIUM_TOTAL, 476_000), (ZOO, ZOO_TOTAL, 194_000)]


def _targets_table() -> list[list[str]]:
    rows = [["施設", "2026年度実績（人）", "2027年度目標（人）", "前年度比（%）"]]
    for facility, actual, target in TARGETS:
        rows.append([facility, _n(actual), _n(target), f"{target / actual * 100:.1f}"])
    actual = sum(row[1] for row in TARGETS)
    target = sum(row[2] for row in TARGETS)
    rows.append(["合計", _n(actual), _n(target), f"{target / actual * 100:.1f}"])
    return rows


TARGETS_TABLE = _targets_table()
TARGETS_NOTE = ("しおみ水族館は臨時休館（12日間）の影響を見込み、前年度をやや下回る目標とした。年間パスポートの会員数は"
                "両施設で年度末に12,500人をめざす。")
TARGETS_SPEAKER = ("動物公園はレッサーパンダ舎の公開（10月）で秋の入園者の増加を見込む。水族館の休館期間の団体は、"
                   "できるだけ動物公園に振り替えてもらう。")

EVENTS_TABLE = [
    ["事業・行事", "時期", "施設", "担当"],
    ["春の企画展「干潟のなかまたち」", "2027年4月24日〜6月6日", AQUARIUM, "展示課"],
    ["大水槽ろ過設備の改修（臨時休館）", "2027年6月7日〜6月18日", AQUARIUM, "施設管理課"],
    ["ナイトアクアリウム", "2027年7月2日〜9月25日の金・土", AQUARIUM, "営業課"],
    ["夏休み 飼育員のおしごと体験", "2027年7月24日〜8月22日の土・日", ZOO, "動物課"],
    ["レッサーパンダ舎の公開", "2027年10月9日", ZOO, "施設管理課"],
    ["年間パスポート会員感謝デー", "2027年11月14日", "両施設", "年間パスポート事務室"],
    ["冬の特別展「クラゲの海」", "2027年12月18日〜2028年2月27日", AQUARIUM, "展示課"],
]
EVENTS_NOTE = "年間パスポート会員感謝デーは、会員の同伴者1名の入館料を無料にする。"
EVENTS_SPEAKER = "ナイトアクアリウムの8月13日から16日までは毎日開く。おしごと体験の定員は各回12名。"

BUDGET_TABLE = [
    ["区分", "科目", "2026年度見込（千円）", "2027年度計画（千円）"],
    ["収入", "入館料収入", "612,480", "628,300"],
    ["", "年間パスポート収入", "54,260", "58,900"],
    ["", "カフェテリア・売店収入", "118,740", "116,500"],
    ["", "汐見市指定管理料", "285,000", "292,000"],
    ["支出", "人件費", "498,350", "521,600"],
    ["", "飼育・展示費", "187,920", "193,400"],
    ["", "施設維持・修繕費", "214,630", "238,700"],
    ["", "管理費・その他", "132,410", "129,800"],
    ["収支差", "", "37,170", "12,200"],
]
BUDGET_NOTE = "大水槽ろ過設備の改修は施設維持・修繕費に含め、その一部に汐見市の施設改修補助を充てる。"

PRIORITIES = [
    "・団体予約センター：ウェブ受付の開始（10月1日）に合わせ、受付時間を平日9:00〜17:00のまま維持する",
    "・年間パスポート事務室：更新の案内を有効期限の1か月前にメールで送る",
    "・カフェテリア「うみねこ」：臨時休館中は動物公園でキッチンカーを出す",
    "・動物公園：レッサーパンダ舎の公開に合わせて、案内・券売の嘱託・パート職員を4名増やす",
    "・両施設：キャッシュレス決済の比率を60%に高める（2026年度実績48%）",
]


def _table_slide(presentation: object, title: str, rows: list[list[str]], widths: list[float], note: str,
                 speaker: str | None) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [title], 26)
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
            pptx_font(run, 13)
            run.font.bold = row_index == 0 or row[0] in ("合計", "収支差")
    box = slide.shapes.add_textbox(0, 0, 0, 0)
    pptx_place(box, 0.5, 1.45 + height, 12.3, 1.0)
    box.text_frame.word_wrap = True
    pptx_fill(box.text_frame, [note], 14)
    if speaker:
        slide.notes_slide.notes_text_frame.text = speaker


def _bullet_slide(presentation: object, title: str, lines: list[str]) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [title], 26)
    pptx_place(slide.placeholders[1], 0.5, 1.4, 12.3, 5.4)
    pptx_fill(slide.placeholders[1].text_frame, lines, 18)


def build_pptx(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    presentation.slide_width = Inches(13.333)
    presentation.slide_height = Inches(7.5)
    cover = presentation.slides.add_slide(presentation.slide_layouts[0])
    pptx_place(cover.shapes.title, 0.5, 1.9, 12.3, 1.5)
    pptx_fill(cover.shapes.title.text_frame, [PLAN_TITLE], 36)
    pptx_place(cover.placeholders[1], 0.5, 3.7, 12.3, 1.6)
    pptx_fill(cover.placeholders[1].text_frame, PLAN_COVER, 20)
    _bullet_slide(presentation, "2027年度の基本方針", POLICY)
    _table_slide(presentation, "施設別 入館者数の実績と目標", TARGETS_TABLE, [3.4, 3.0, 3.0, 2.6], TARGETS_NOTE,
                 TARGETS_SPEAKER)
    _table_slide(presentation, "主な事業・行事の予定", EVENTS_TABLE, [4.2, 4.0, 2.0, 2.1], EVENTS_NOTE, EVENTS_SPEAKER)
    _table_slide(presentation, "収支計画", BUDGET_TABLE, [1.6, 3.6, 3.4, 3.4], BUDGET_NOTE, None)
    _bullet_slide(presentation, "部署別の重点取組", PRIORITIES)
    properties = presentation.core_properties
    properties.title = PLAN_TITLE
    properties.author = f"{ORG} 事務局 企画課"
    properties.last_modified_by = f"{ORG} 事務局 企画課"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 2
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 5. EML: the maintenance closure.

MAIL_FILENAME = "全職員周知_しおみ水族館の臨時休館と期間中の対応.eml"
MAIL_SUBJECT = "【全職員周知】しおみ水族館の臨時休館（大水槽ろ過設備改修）と期間中の対応について"


def mail_body() -> str:
    lines = [
        "職員各位",
        "",
        "施設管理課の三宅です。",
        "しおみ水族館の大水槽「しおみの海」のろ過設備を改修するため、下記のとおり臨時休館します。",
        "休館中の各部署の対応をご確認のうえ、お客さまへのご案内をお願いします。",
        "",
        "■1. 臨時休館の期間",
        f"・{_date(2027, 6, 7)}〜{_date(2027, 6, 18, show_year=False)}の12日間",
        f"・{_date(2027, 6, 19, show_year=False)}9:30から通常どおり開館します。",
        "・工事の作業時間は8:00〜18:00です。ただし"
        f"{_date(2027, 6, 10, show_year=False)}・{_date(2027, 6, 11, show_year=False)}は配管の切替えのため22:00まで作業します。",
        "",
        "■2. しおみ動物公園",
        "・期間中も通常どおり開園します（9:00〜16:30）。",
        f"・月曜日は休園日ですが、期間中の{_date(2027, 6, 14, show_year=False)}は臨時に開園します"
        f"（{_date(2027, 6, 7, show_year=False)}は休園）。",
        "・2園共通券は期間中販売しません。",
        "",
        "■3. カフェテリア「うみねこ」",
        "・期間中は休業します。",
        "・代わりに、しおみ動物公園の正面広場でキッチンカーによる移動販売を行います（11:00〜15:00）。",
        "",
        "■4. 年間パスポート",
        f"・年間パスポート事務室は、{_date(2027, 6, 8, show_year=False)}〜{_date(2027, 6, 18, show_year=False)}、"
        "しおみ動物公園の管理事務所1階に仮窓口を設けて受け付けます（9:30〜16:00）。",
        "・有効期限が2027年6月7日以後のしおみ水族館及び2園共通の年間パスポートは、有効期限を一律12日延長します。",
        "  会員の手続きは不要です（システムで延長し、次回の入館時にカードの表示を更新します）。",
        "・しおみ動物公園だけの年間パスポートは延長しません。",
        "",
        "■5. 団体の予約",
        "・期間中にしおみ水族館の予約があった14団体（計1,286名）には、団体予約センターから個別に連絡し、",
        "  しおみ動物公園への振替又は日程の変更をご案内済みです。",
        "・動物公園に振り替えた団体には、動物公園の団体割引率にさらに5ポイントを上乗せします。",
        "・期間中の水族館の団体予約は受け付けません。",
        "",
        "■6. 職員の勤務",
        "・水族館の案内・券売の嘱託・パート職員は、期間中しおみ動物公園の入口・案内に配置します。",
        f"  勤務割表は各課長が{_date(2027, 6, 1, show_year=False)}までに作成してください。",
        "・動物公園への移動は協会の連絡車を使ってください（水族館の職員通用口前を8:10と12:40に発車）。",
        "・飼育課は期間中も生き物の飼育を続けます。水槽内の潜水作業は"
        f"{_date(2027, 6, 9, show_year=False)}と{_date(2027, 6, 16, show_year=False)}に限ります。",
        "",
        "■7. 工事区域への立入り",
        "・大水槽の上部作業通路と地下1階のろ過機械室は、期間中、関係者以外立入禁止です。",
        "",
        "工事についてのお問い合わせは施設管理課 三宅（内線 314）、",
        "休館中のお客さま対応は営業課 中野（内線 205）までお願いします。",
        "",
        "――――――――――――――――",
        f"{ORG} 施設管理課 三宅 健太郎",
        "電話 0469-00-3100（内線 314）",
        "shisetsu@shiomi-park.example",
    ]
    return "\n".join(lines) + "\n"


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = f"{ORG} 施設管理課 <shisetsu@shiomi-park.example>"
    message["To"] = "全職員 <all-staff@shiomi-park.example>"
    message["Subject"] = MAIL_SUBJECT
    message["Date"] = format_datetime(datetime.datetime(2027, 5, 17, 10, 15, 0,
                                                        tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    message["Message-ID"] = "<20270517101500.closure@shiomi-park.example>"
    message.set_content(mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


# ---------------------------------------------------------------------------------------------
# Question sets.

def _avg(value: int) -> str:
    return f"{value / 12:,.1f}"


QA: list[tuple[str, list[str]]] = [
    ("30代の大人がしおみ水族館に1回入るといくらかかりますか？汐見市民ではありません。", ["2,400円", "2400円"]),
    ("汐見市に住んでいる9歳の子どもの動物公園の入園料はいくら？", ["250円"]),
    ("今日がちょうど13歳の誕生日の子が水族館に入る場合、通常料金はいくらになりますか？", ["1,600円", "1600円"]),
    ("70歳の母に2園共通の年間パスポートを買いたいのですが、市外在住だといくらですか？", ["5,300円", "5300円"]),
    ("一般の団体でちょうど50人、水族館に入るときの割引率は？", ["15%引き", "15%", "15％"]),
    ("小学校の遠足で有料の児童が45人、動物公園に行く場合は何割引きになりますか？", ["40%引き", "40%", "4割"]),
    ("年間パスポートをなくした場合、再発行に手数料はかかりますか？いくら？", ["550円"]),
    ("学校団体の引率の先生は何人まで無料になりますか？", ["10名につき1名", "児童・生徒10名につき1名"]),
    ("パート職員で飼育補助をしている場合、4月からの時給はいくらですか？", ["1,310円", "1310円"]),
    ("潜水作業手当は改定前はいくらでしたか？", ["1回につき1,200円", "1,200円", "1200円"]),
    ("家から水族館まで片道ちょうど5kmです。通勤手当は1日いくらもらえますか？", ["290円"]),
    ("4月1日でちょうど勤続3年になるパートさんの勤続加算は時給に何円上乗せ？", ["45円"]),
    ("嘱託職員は何歳まで契約を更新できるようになりましたか？", ["満70歳", "70歳"]),
    ("水族館の遅番は何時から何時までの勤務ですか？", ["10:30〜19:15"]),
    ("嘱託・パートの手当規程の改定はいつの理事会で決まりましたか？", ["2027年（令和9年）3月25日", "3月25日", "令和9年3月25日"]),
    ("2026年8月に年間パスポートで水族館に入った人は何人？", ["10,236", "10236"]),
    ("2026年度に動物公園に団体券で入った人は年間で合計何人ですか？", [_n(COLUMN_TOTALS[4]), str(COLUMN_TOTALS[4])]),
    ("水族館の個人券の入館者は1か月あたり平均何人でしたか？（2026年度）", [_avg(COLUMN_TOTALS[0]),
                                                              f"{COLUMN_TOTALS[0] / 12:.1f}"]),
    ("2026年度に両施設を合わせて何人が入館しましたか？", [_n(GRAND_TOTAL), str(GRAND_TOTAL)]),
    ("65歳以上の人で、動物公園の年間パスポートを新規に作った人は何枚ありましたか？", ["213"]),
    ("2027年度の動物公園の入館者目標は何人？", ["194,000", "194000", "19万4千"]),
    ("レッサーパンダ舎はいつ公開される予定ですか？", ["2027年10月9日", "10月9日"]),
    ("臨時休館中、年間パスポートの受付はどこでやっていますか？", ["管理事務所1階", "動物公園の管理事務所"]),
    ("水族館の臨時休館について工事の問い合わせ先の内線番号は？", ["内線 314", "314"]),
]

UNANSWERABLE: list[tuple[str, list[str]]] = [
    ("しおみ水族館の駐車場は1日いくらですか？", ["駐車場", "駐車料金", "駐車料"]),
    ("2025年度の水族館の月別入館者数を教えてください。", ["2025年度", "2025年4月"]),
    ("動物公園に犬を連れて入ることはできますか？その場合の料金は？", ["ペット", "犬"]),
    ("正職員の初任給はいくらですか？", ["初任給", "月給"]),
    ("しおみ植物園の入園料はいくら？", ["植物園"]),
    ("年間パスポートの家族向けプラン（ファミリーパス）の料金はいくらですか？", ["ファミリー", "家族割", "家族会員", "家族向け"]),
    ("2028年度の入館者目標は何人ですか？", ["2028年度"]),
    ("カフェテリア「うみねこ」のカレーライスはいくらですか？", ["カレー", "メニュー"]),
    ("嘱託職員にも退職金は出ますか？いくらですか？", ["退職金", "退職手当"]),
    ("大水槽ろ過設備の改修工事はどこの業者が請け負っていますか？", ["請負", "施工業者", "施工会社", "工事業者"]),
    ("水族館のイルカショーは1日何回、何時からですか？", ["イルカ", "ショー"]),
    ("嘱託職員の住宅手当はいくらですか？", ["住宅手当", "家賃"]),
]

ENGLISH: list[tuple[str, list[str]]] = [
    ("How much is an annual pass for the aquarium (しおみ水族館) for an adult aged 18-64 at the regular rate?",
     ["6,000円", "6000", "6,000"]),
    ("What discount does a general group of 120 paying visitors get at the zoo park (しおみ動物公園)?",
     ["30%引き", "30%", "30 percent"]),
    ("On what date does the aquarium reopen after its temporary maintenance closure?",
     ["6月19日", "June 19", "19 June"]),
    ("What is the hourly wage of a part-time cafeteria worker after the April 2027 revision?",
     ["1,150円", "1150", "1,150"]),
    ("How much is the night-opening allowance (夜間開館手当) per shift?", ["1回につき800円", "800円", "800"]),
    ("How many visitors entered the aquarium on group tickets in October 2026?", ["9,342", "9342"]),
    ("What is the aquarium's visitor target for fiscal 2027?", ["476,000", "476000"]),
    ("On what date is the annual pass members' appreciation day?", ["2027年11月14日", "November 14", "11月14日"]),
    ("What daily commuting allowance does a staff member get for a one-way commute of 12 km?", ["430円", "430"]),
    ("By how many days are aquarium annual passes extended because of the closure?", ["12日延長", "12日", "12 days"]),
]

FOLLOWUPS: list[tuple[list[str], list[str]]] = [
    (["しおみ水族館の大人（18歳以上64歳以下）の入館料は通常いくら？", "では65歳以上だと？"], ["1,900円", "1900円"]),
    (["一般団体30人で水族館に入ると何%引きですか？", "学校団体だったら？"], ["30%引き", "30%", "3割"]),
    (["パート職員の案内・券売の時給は改定後いくら？", "改定前はいくらでしたか？"], ["1,120円", "1120円"]),
    (["2026年5月の動物公園の個人券の入館者数は？", "では11月は？"], ["12,018", "12018"]),
    (["早朝勤務手当は1回いくらですか？", "改定前はいくらだった？"], ["1回につき200円", "200円"]),
    (["水族館の臨時休館中、カフェテリアはどうなりますか？", "代わりの移動販売は何時から何時まで？"], ["11:00〜15:00"]),
    (["2027年度の水族館の入館者目標は何人？", "2026年度の実績は何人だった？"], [_n(AQUARIUM_TOTAL), str(AQUARIUM_TOTAL)]),
    (["小学生（9歳）の水族館の年間パスポートは通常いくら？", "汐見市民なら？"], ["2,100円", "2100円"]),
]

# Strings that must not occur anywhere in the corpus, per unanswerable question.
ABSENT: dict[str, list[str]] = {f"h37-un-{index}": absent for index, (_, absent) in enumerate(UNANSWERABLE, start=1)}


def _write_jsonl(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")


def write_questions() -> list[Path]:
    sets = {
        "holdout37_qa.jsonl": [{"id": f"h37-{index}", "q": question, "any": forms}
                               for index, (question, forms) in enumerate(QA, start=1)],
        "holdout37_unanswerable_qa.jsonl": [{"id": f"h37-un-{index}", "q": question, "any": [], "unanswerable": True}
                                            for index, (question, _) in enumerate(UNANSWERABLE, start=1)],
        "holdout37_english_qa.jsonl": [{"id": f"h37-en-{index}", "q": question, "any": forms[:1], "answer_any": forms}
                                       for index, (question, forms) in enumerate(ENGLISH, start=1)],
        "holdout37_followup_qa.jsonl": [{"id": f"h37-fu-{index}", "turns": turns, "any": forms}
                                        for index, (turns, forms) in enumerate(FOLLOWUPS, start=1)],
    }
    written = []
    for filename, records in sets.items():
        path = DATA / filename
        _write_jsonl(path, records)
        written.append(path)
    return written


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((FEES_FILENAME, build_pdf), (RULES_FILENAME, build_docx),
                              (VISITORS_FILENAME, build_xlsx), (PLAN_FILENAME, build_pptx),
                              (MAIL_FILENAME, build_eml)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)
    for path in write_questions():
        print(f"{path.name}: {sum(1 for _ in path.open(encoding='utf-8'))} lines")


if __name__ == "__main__":
    main()
