"""Write the five documents and four question sets of the fortieth holdout corpus
(tests/data/holdout40/README.md).

One fictional operator of public bathhouses and hot-spring day spas, 霞野湯屋株式会社 (head office
in the fictional 霞野市; three 銭湯, 桜川湯, 本町湯 and みどり湯, and two 日帰り温泉施設, 湯けむりの郷
and 星の湯), and five documents its staff would look things up in: the admission and service price
list as a PDF (a two-row header, groups named only on their first row, bands written 「未満」 and
「以上」, the table crossing a page break with its header repeated), the rules for passes, coupon
books and corporate members as Word (第N条 articles and 附則, a table of 改定後 and 改定前 prices, a
band table by the number of registered people), the visitor figures of fiscal 2026 as Excel (twelve
months × five facilities with two merged header rows, a 合計 column and row and a 月平均 row; sales
by facility and department on a second sheet), an all-staff e-mail (.eml) on a boiler replacement
and the temporary closing of one bathhouse, and an intranet page as HTML (opening hours, closing
days, water and facilities, the year's seasonal baths, the managers). Every name, address,
telephone number and figure here is invented (e-mail domains end in `.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, the e-mail has a fixed
date and message id, and the HTML and question sets are fixed text.

    .venv/bin/python tests/data/holdout40/make_holdout40.py
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
    print_sizes,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 4, 19, 10, 15, 0)
COMPANY = "霞野湯屋株式会社"
HEADER_FILL = "DDEBF7"

SENTO = ["桜川湯", "本町湯", "みどり湯"]
ONSEN = ["湯けむりの郷", "星の湯"]
SITES = SENTO + ONSEN
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]

WEEKDAYS = "月火水木金土日"
HOLIDAYS = {datetime.date(2027, 5, 3), datetime.date(2027, 5, 4), datetime.date(2027, 5, 5),
            datetime.date(2027, 11, 23)}


def _date(year: int, month: int, day: int, *, with_year: bool = True) -> str:
    """A date with its weekday in parentheses (and 祝 on a public holiday)."""
    moment = datetime.date(year, month, day)
    weekday = WEEKDAYS[moment.weekday()] + ("・祝" if moment in HOLIDAYS else "")
    return f"{year}年{month}月{day}日（{weekday}）" if with_year else f"{month}月{day}日（{weekday}）"


def _n(value: int) -> str:
    return f"{value:,}"


# ---------------------------------------------------------------------------------------------
# 1. PDF: the admission and service price list.

PRICES_FILENAME = "入浴料金・利用料金表_2027年4月1日改定.pdf"
PRICES_TITLE = "霞野湯屋株式会社 入浴料金・利用料金表（2027年4月1日改定）"

SENTO_GROUP = "銭湯（桜川湯・本町湯・みどり湯）"
ONSEN_GROUP = "日帰り温泉（湯けむりの郷・星の湯）"
PRICE_HEADER = [
    ["種別", "区分", SENTO_GROUP, "", ONSEN_GROUP, ""],
    ["", "", "平日", "土日祝", "平日", "土日祝"],
]
NONE = "－"  # a fullwidth hyphen-minus: a lone em dash in a reportlab cell is lost by text extraction
INCLUDED = "入浴料込み"
# (種別, [(区分, 銭湯平日, 銭湯土日祝, 温泉平日, 温泉土日祝)]); the group is written on its first row only.
PRICE_GROUPS: list[tuple[str, list[tuple[str, str, str, str, str]]]] = [
    ("入浴料（1回）", [
        ("大人（中学生以上）", "520円", "520円", "980円", "1,180円"),
        ("中人（小学生）", "200円", "200円", "480円", "580円"),
        ("小人（3歳以上の未就学児）", "100円", "100円", "280円", "330円"),
        ("シニア（65歳以上）", NONE, NONE, "850円", "1,030円"),
        ("3歳未満", "無料", "無料", "無料", "無料"),
    ]),
    ("サウナ（銭湯は入浴料に加算）", [
        ("大人（中学生以上）1回", "300円", "350円", INCLUDED, INCLUDED),
        ("サウナ回数券（11回）", "3,000円", "3,500円", NONE, NONE),
    ]),
    ("回数券（11枚綴り）", [
        ("大人", "5,200円", "5,200円", "9,800円", "11,800円"),
        ("中人", "2,000円", "2,000円", "4,800円", "5,800円"),
        ("シニア", NONE, NONE, "8,500円", "10,300円"),
    ]),
    ("岩盤浴（入浴料に加算）", [
        ("60分未満", NONE, NONE, "600円", "700円"),
        ("60分以上120分未満", NONE, NONE, "900円", "1,100円"),
        ("120分以上（当日中）", NONE, NONE, "1,300円", "1,500円"),
    ]),
    ("貸切家族風呂（1室50分）", [
        ("1〜2名", NONE, NONE, "2,200円", "2,750円"),
        ("3〜4名", NONE, NONE, "3,300円", "3,850円"),
        ("5名以上（最大6名）", NONE, NONE, "4,400円", "4,950円"),
    ]),
    ("団体（大人1人あたり）", [
        ("10人以上30人未満", "470円", "470円", "880円", "1,060円"),
        ("30人以上50人未満", "450円", "450円", "830円", "1,000円"),
        ("50人以上", "420円", "420円", "780円", "940円"),
    ]),
    ("タオル・レンタル", [
        ("フェイスタオル（販売）", "150円", "150円", "220円", "220円"),
        ("バスタオル（レンタル）", "200円", "200円", "250円", "250円"),
        ("館内着（レンタル）", NONE, NONE, "330円", "330円"),
        ("手ぶらセット（タオル2枚・シャンプー類）", "350円", "350円", "450円", "450円"),
    ]),
]


def price_rows() -> list[list[str]]:
    rows = [list(row) for row in PRICE_HEADER]
    for group, entries in PRICE_GROUPS:
        for index, entry in enumerate(entries):
            rows.append([group if index == 0 else "", *entry])
    return rows


# 項目, 適用する日・施設, 改定前, 改定後
REVISION_TABLE = [
    ["項目", "適用", "改定前", "改定後"],
    ["入浴料 大人（中学生以上）", "日帰り温泉・平日", "880円", "980円"],
    ["入浴料 大人（中学生以上）", "日帰り温泉・土日祝", "1,080円", "1,180円"],
    ["入浴料 中人（小学生）", "日帰り温泉・平日", "430円", "480円"],
    ["入浴料 中人（小学生）", "日帰り温泉・土日祝", "530円", "580円"],
    ["入浴料 シニア（65歳以上）", "日帰り温泉・平日", "780円", "850円"],
    ["入浴料 シニア（65歳以上）", "日帰り温泉・土日祝", "950円", "1,030円"],
    ["サウナ 大人1回", "銭湯・平日", "250円", "300円"],
    ["サウナ 大人1回", "銭湯・土日祝", "300円", "350円"],
    ["岩盤浴 60分以上120分未満", "日帰り温泉・平日", "800円", "900円"],
    ["岩盤浴 60分以上120分未満", "日帰り温泉・土日祝", "1,000円", "1,100円"],
    ["貸切家族風呂 1〜2名", "日帰り温泉・平日", "2,000円", "2,200円"],
    ["貸切家族風呂 1〜2名", "日帰り温泉・土日祝", "2,500円", "2,750円"],
]

PRICES_BLOCKS: list[tuple[str, str]] = [
    ("p", "2027年（令和9年）3月1日　霞野湯屋株式会社 営業企画部"),
    ("h1", "1. この料金表について"),
    ("p", "この料金表は、当社が霞野市内で運営する銭湯3店（桜川湯、本町湯、みどり湯）と日帰り温泉施設2施設"
          "（湯けむりの郷、星の湯）の入浴料金と付帯サービスの利用料金を、2027年4月1日の改定後の額でまとめた"
          "ものです。金額はすべて消費税込みです。"),
    ("p", "今回の改定では、燃料費と人件費の上昇を受けて、日帰り温泉の大人の入浴料を平日880円から980円に、"
          "土日祝1,080円から1,180円に改めました。銭湯の入浴料（大人・中人・小人）は霞野県の定める統制額に"
          "よるため、今回は変わりません（大人520円）。銭湯のサウナ料金は平日250円から300円に、土日祝300円"
          "から350円に改め、岩盤浴と貸切家族風呂の料金も改めました。定期入浴券の価格と法人会員の割引は、"
          "別に定める「定期入浴券・回数券及び法人会員取扱規程」によります。"),
    ("h1", "2. 料金の区分と判定のしかた"),
    ("p", "土日祝欄の料金は、土曜日、日曜日、国民の祝日と、当社が指定する特定日（ゴールデンウィーク及び"
          "お盆の期間）に適用します。それ以外の日は平日欄の料金です。"),
    ("p", "年齢の区分は、利用日当日の満年齢で判定します。中学生は大人料金です。シニア料金は、65歳以上の方が"
          "年齢の確認できる証明書（運転免許証、健康保険証等）をフロントで提示した場合に限り適用します。"),
    ("p", "区分の境目の扱い：表の「以上」はその数を含み、「未満」はその数を含みません。たとえば岩盤浴を"
          "ちょうど60分利用した場合は「60分以上120分未満」の料金、団体の人数がちょうど30人の場合は"
          "「30人以上50人未満」の料金になります。岩盤浴の利用時間は、岩盤浴受付で入室の手続きをした時刻から、"
          "退室の精算をした時刻までで数えます。"),
    ("h1", "3. 入浴料金・利用料金表"),
    ("p", f"表の「{NONE}」は、その施設では取り扱っていないことを表します。岩盤浴と貸切家族風呂は日帰り温泉の"
          "2施設だけにあり、銭湯のサウナは桜川湯と本町湯の2店だけにあります（みどり湯にはサウナがありません）。"),
    ("table", ""),
    ("p", "注1：回数券の土日祝欄は、土日祝にも使える「全日券」の価格です。平日欄の価格の回数券（平日券）は、"
          "土日祝には使えません。回数券の有効期間は発行日から1年間です。銭湯の回数券は3店共通、日帰り温泉の"
          "回数券は2施設共通です。"),
    ("p", "注2：団体料金は、10人以上が同時に入館し、利用日の5日前までに予約した場合に、大人1人あたりに"
          "適用します。中人・小人は通常の入浴料です。団体料金と回数券は併用できません。"),
    ("p", "注3：岩盤浴は中学生以上が利用でき、料金は入浴料に加算します。岩盤浴の利用者には館内着を無料で"
          "貸し出します。"),
    ("p", "注4：貸切家族風呂は1室50分の料金で、入浴料は別にかかります。予約は利用日の7日前から各施設へ"
          "電話で受け付けます。"),
    ("p", "注5：日帰り温泉のサウナは入浴料に含みます。銭湯のサウナは大人（中学生以上）に限り、"
          "サウナ回数券は桜川湯と本町湯で共通に使えます。"),
    ("p", "注6：駐車場は、湯けむりの郷（120台）と星の湯（85台）が無料です。銭湯は本町湯にだけ駐車場"
          "（8台）があり、入浴中の2時間まで無料です。"),
    ("h1", "4. 割引と優待"),
    ("p", "霞野市の「ゆったり入浴券」を提示した70歳以上の市民は、銭湯の入浴料が1回200円になります（差額は"
          "霞野市が負担します）。日帰り温泉の大人の入浴料は、誕生月に1回に限り半額になります（本人確認書類の"
          "提示が必要です）。この二つの割引は、回数券・団体料金と併用できません。"),
    ("h1", "5. 主な料金の改定前後"),
    ("p", "2027年4月1日の改定で変わった主な料金は、次の表のとおりです（税込）。表にない料金は変わりません。"),
    ("table2", ""),
    ("h1", "6. 支払方法と入館時のお願い"),
    ("p", "支払は、現金、交通系電子マネー及びQRコード決済で受け付けます。クレジットカードは日帰り温泉の2施設"
          "だけで、1回の支払が1,000円以上の場合に使えます。回数券と定期入浴券は現金とクレジットカード（日帰り"
          "温泉のみ）で販売します。"),
    ("p", "泥酔している方、他のお客さまの迷惑となる行為をした方の入館はお断りします。日帰り温泉の入館は、"
          "小学生以下は保護者の同伴が必要です。銭湯の入館は、小学生以下の単独での入館を18:00までとします。"),
    ("h1", "7. 問い合わせ先"),
    ("p", "この料金表についての問い合わせは、営業企画部 中島 真由美（電話 0276-00-5120、内線 205、"
          "kikaku@kasumino-yuya.example）まで。"),
]


def build_pdf(path: Path) -> None:
    """An A4 report laid out by reportlab with a two-row table header (spans, repeated on the
    next page), in reportlab's invariant mode."""
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
    flow: list[object] = [Paragraph(PRICES_TITLE, title_style)]
    for kind, content in PRICES_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(content, heading))
        elif kind == "p":
            flow.append(Paragraph(content, body))
        elif kind == "table":
            rows = price_rows()
            table = Table([[Paragraph(value, cell) for value in row] for row in rows], repeatRows=2,
                          colWidths=[36 * mm, 46 * mm, 21 * mm, 21 * mm, 23 * mm, 23 * mm])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#" + HEADER_FILL)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("SPAN", (0, 0), (0, 1)),
                ("SPAN", (1, 0), (1, 1)),
                ("SPAN", (2, 0), (3, 0)),
                ("SPAN", (4, 0), (5, 0)),
            ]))
            flow.extend([table, Spacer(1, 4 * mm)])
        elif kind == "table2":
            table = Table([[Paragraph(value, cell) for value in row] for row in REVISION_TABLE], repeatRows=1,
                          colWidths=[70 * mm, 50 * mm, 25 * mm, 25 * mm])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#" + HEADER_FILL)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            flow.extend([table, Spacer(1, 4 * mm)])
    margin = 20 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=PRICES_TITLE,
                                 author=f"{COMPANY} 営業企画部", leftMargin=margin, rightMargin=margin,
                                 topMargin=margin, bottomMargin=margin)
    document.build(flow)


# ---------------------------------------------------------------------------------------------
# 2. DOCX: the rules for passes, coupon books and corporate members.

RULES_FILENAME = "定期入浴券・回数券及び法人会員取扱規程.docx"
RULES_TITLE = "定期入浴券・回数券及び法人会員取扱規程"

PASS_TABLE = [
    ["券種", "利用できる施設", "改定後（2027年4月1日から）", "改定前"],
    ["銭湯共通定期券 1か月（大人）", "桜川湯・本町湯・みどり湯", "12,000円", "11,000円"],
    ["銭湯共通定期券 3か月（大人）", "桜川湯・本町湯・みどり湯", "33,000円", "30,000円"],
    ["銭湯共通定期券 1か月（中人）", "桜川湯・本町湯・みどり湯", "4,400円", "4,400円"],
    ["温泉定期券 1か月（大人）", "湯けむりの郷・星の湯", "19,800円", "17,600円"],
    ["温泉定期券 3か月（大人）", "湯けむりの郷・星の湯", "54,000円", "48,400円"],
    ["温泉定期券 1か月（シニア）", "湯けむりの郷・星の湯", "16,500円", "15,400円"],
    ["全館共通定期券 1か月（大人）", "全5施設", "24,000円", "22,000円"],
    ["全館共通定期券 3か月（大人）", "全5施設", "66,000円", "60,500円"],
]

MEMBER_TABLE = [
    ["契約人数（登録者数）", "入浴料の割引率", "年会費（税込）"],
    ["5人以上20人未満", "10%", "11,000円"],
    ["20人以上50人未満", "15%", "22,000円"],
    ["50人以上100人未満", "20%", "33,000円"],
    ["100人以上", "25%", "44,000円"],
]

RULES_BODY: list[tuple[str, object]] = [
    ("right", "制定 2019年（令和元年）7月1日"),
    ("right", "最終改正 2027年（令和9年）2月18日"),
    ("h1", "第1条（目的）"),
    ("p", "この規程は、霞野湯屋株式会社（以下「当社」という。）が霞野市内で運営する銭湯及び日帰り温泉施設"
          "（以下「各施設」という。）における定期入浴券、回数券及び法人会員の取扱いを定める。"),
    ("h1", "第2条（定義）"),
    ("p", "この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。"),
    ("p", "(1) 定期入浴券　有効期間内に、指定された施設で1日1回入浴できる記名式の券をいい、1か月券と"
          "3か月券がある。"),
    ("p", "(2) 回数券　入浴料金・利用料金表に定める11枚綴りの入浴券をいう。"),
    ("p", "(3) 法人会員　当社と法人会員契約を結んだ法人をいい、その役員及び従業員のうち当社に登録した者"
          "（以下「登録者」という。）は、第5条の割引を受けることができる。"),
    ("h1", "第3条（定期入浴券の種類及び価格）"),
    ("p", "定期入浴券の種類及び価格（税込）は、次の表のとおりとする。2027年（令和9年）4月1日の改定の前後の"
          "価格を並べて示す。"),
    ("table", PASS_TABLE),
    ("p", "2　定期入浴券の有効期間は、利用を始めた日から、1か月券は30日間、3か月券は90日間とする。"),
    ("p", "3　定期入浴券の価格には、岩盤浴、貸切家族風呂及び銭湯のサウナの料金を含まない。"),
    ("p", "4　シニアの温泉定期券は、購入の日に65歳以上の者に限り販売する。"),
    ("h1", "第4条（回数券）"),
    ("p", "回数券の有効期間は、発行日から1年間（改正前は6か月間）とする。有効期間を過ぎた回数券は使用できず、"
          "払い戻さない。"),
    ("p", "2　回数券は、家族その他の同伴者と分けて使うことができる。"),
    ("h1", "第5条（法人会員）"),
    ("p", "法人会員の契約期間は毎年4月1日から翌年3月31日までの1年間とし、契約人数に応じて次の表の割引率"
          "及び年会費を適用する。"),
    ("table", MEMBER_TABLE),
    ("p", "2　区分の境目の扱い：表の「以上」はその人数を含み、「未満」はその人数を含まない。契約人数が"
          "ちょうど20人、50人又は100人の法人には、それぞれ人数の多い方の区分を適用する。契約人数が4人以下の"
          "法人とは、法人会員契約を結ばない。"),
    ("p", "3　契約人数は、毎年4月1日現在の登録者数とし、年度の途中で登録者が増減しても区分は変えない。"),
    ("p", "4　割引は、登録者本人の大人の入浴料に限り適用し、回数券、定期入浴券、岩盤浴、貸切家族風呂及び"
          "物販には適用しない。"),
    ("p", "5　改正前の割引率は、5人以上20人未満が8%、20人以上50人未満が12%、50人以上が15%であった。"),
    ("h1", "第6条（定期入浴券の購入及び有効期間の延長）"),
    ("p", "定期入浴券を購入する者は、各施設のフロントで申込書に氏名、生年月日及び電話番号を記入し、本人確認"
          "書類を示す。定期入浴券には購入者の氏名を記載し、利用の都度フロントで示す。"),
    ("p", "2　当社の都合（設備の工事、故障等）により、定期入浴券で利用できる施設のすべてが連続して5日以上"
          "休業したとき、又は銭湯共通定期券で利用できる施設のうち1店が連続して5日以上休業したときは、休業した"
          "日数分、有効期間を延長する。"),
    ("h1", "第7条（法人会員の手続）"),
    ("p", "法人会員は、毎年3月20日までに登録者の名簿を営業企画部 会員サービス課に提出する。当社は、登録者"
          "1人につき1枚の会員証を発行し、登録者は入館のときにフロントで会員証を示す。"),
    ("p", "2　会員証を紛失したときの再発行手数料は、1枚550円とする。"),
    ("h1", "第8条（払戻し）"),
    ("p", "定期入浴券は、有効期間の残りが15日以上ある場合に限り払い戻す。払戻額は、価格から、経過した日数に"
          "応じた額（価格を有効期間の日数で割った額に経過日数を掛けた額）と払戻手数料550円（改正前330円）を"
          "引いた額とする。"),
    ("p", "2　回数券は、未使用の綴りに限り、発行日から30日以内に払い戻す。払戻手数料は定期入浴券と同じとする。"),
    ("h1", "第9条（紛失及び再発行）"),
    ("p", "定期入浴券を紛失したときは、購入した施設のフロントで本人確認のうえ再発行する。再発行手数料は"
          "1,100円とする。回数券は再発行しない。"),
    ("h1", "第10条（不正使用）"),
    ("p", "定期入浴券を登録者以外の者に使わせたときは、その券を無効とし、不正に入浴した回数に大人の入浴料の"
          "2倍を掛けた額を申し受ける。"),
    ("h1", "第11条（問い合わせ）"),
    ("p", "この規程に関する問い合わせは、営業企画部 会員サービス課 村瀬 麻衣（電話 0276-00-5125、内線 208、"
          "member@kasumino-yuya.example）で受け付ける。"),
    ("h1", "附則"),
    ("p", "この規程は、2019年（令和元年）7月1日から施行する。"),
    ("h1", "附則（2027年（令和9年）2月18日改正）"),
    ("p", "1　この改正は、2027年（令和9年）4月1日から施行する。"),
    ("p", "2　2027年3月31日までに購入した定期入浴券は、その有効期間が終わるまで使うことができ、改定後の価格との"
          "差額は徴収しない。"),
    ("p", "3　2027年3月31日以前に発行した回数券の有効期間は、改正前の第4条による。"),
    ("p", "4　第5条の割引率は、2027年4月1日以後に始まる契約期間から適用する。"),
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
    properties.author = f"{COMPANY} 営業企画部"
    properties.last_modified_by = f"{COMPANY} 営業企画部"
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
# 3. XLSX: visitors month by month, sales by department.

FIGURES_FILENAME = "2026年度_施設別入館者数・売上実績.xlsx"

VISITORS: dict[str, list[int]] = {
    "桜川湯": [5412, 5236, 4871, 4655, 4538, 4902, 5318, 5604, 6127, 6342, 5987, 5863],
    "本町湯": [3875, 3712, 3409, 3268, 3155, 3447, 3781, 3996, 4418, 4583, 4305, 4127],
    "みどり湯": [2964, 2851, 2617, 2503, 2426, 2648, 2902, 3073, 3395, 3521, 2948, 3186],
    "湯けむりの郷": [21854, 24716, 18932, 20587, 26341, 19876, 21403, 22965, 23718, 27154, 20389, 22607],
    "星の湯": [15327, 17408, 13265, 14482, 18916, 13971, 15054, 16238, 16745, 19382, 14296, 15873],
}
VISITOR_NOTE = ("注記：入館者数は券売機とフロントの精算記録による延べ人数で、3歳未満の無料入館を含まない。"
                "2026年度は2026年4月1日〜2027年3月31日（1月〜3月は2027年）。みどり湯は2027年2月に"
                "ボイラーの故障で3日間休業した。月平均は合計を12で割った値。")

SALES_DEPARTMENTS = ["入浴料", "回数券・定期券", "サウナ・岩盤浴", "貸切家族風呂", "飲食", "物販"]
# 千円; None = the facility does not have that department.
SALES: dict[str, list[int | None]] = {
    "桜川湯": [26340, 8915, 4782, None, 1264, 583],
    "本町湯": [18726, 6402, 3391, None, 948, 417],
    "みどり湯": [14208, 4873, None, None, 702, 366],
    "湯けむりの郷": [236814, 31527, 42380, 18645, 88926, 24173],
    "星の湯": [168352, 22486, 29714, 12908, 61437, 17852],
}
SALES_NOTE = (f"注記：売上高は税抜、千円未満切捨て。「{NONE}」はその部門がない施設。回数券・定期券は販売した施設で"
              "計上する。飲食は銭湯では飲料の販売のみ。")


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    total_fill = PatternFill("solid", fgColor="F2F2F2")
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def header(cell: object) -> None:
        cell.font = Font(bold=True)  # type: ignore[attr-defined]
        cell.fill = header_fill  # type: ignore[attr-defined]
        cell.border = border  # type: ignore[attr-defined]
        cell.alignment = centred  # type: ignore[attr-defined]

    def data_row(sheet: object, row: int, label: str, values: list[object], number_format: str = "#,##0",
                 *, total: bool = False) -> None:
        cells = [sheet.cell(row=row, column=1, value=label)]  # type: ignore[attr-defined]
        for column, value in enumerate(values, start=2):
            cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
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
    visitors = workbook.active
    visitors.title = "月別入館者数"
    last_column = 2 + len(SITES)  # 月, five facilities, 合計
    visitors.cell(row=1, column=1, value="2026年度 施設別・月別 入館者数（単位：人）").font = Font(bold=True, size=13)
    visitors.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_column)
    for column in range(1, last_column + 1):
        header(visitors.cell(row=2, column=column))
        header(visitors.cell(row=3, column=column))
    visitors.cell(row=2, column=1, value="月")
    visitors.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    visitors.cell(row=2, column=2, value="銭湯")
    visitors.merge_cells(start_row=2, start_column=2, end_row=2, end_column=1 + len(SENTO))
    visitors.cell(row=2, column=2 + len(SENTO), value="日帰り温泉")
    visitors.merge_cells(start_row=2, start_column=2 + len(SENTO), end_row=2, end_column=1 + len(SITES))
    visitors.cell(row=2, column=last_column, value="合計")
    visitors.merge_cells(start_row=2, start_column=last_column, end_row=3, end_column=last_column)
    for column, site in enumerate(SITES, start=2):
        visitors.cell(row=3, column=column, value=site)
    for index, month in enumerate(MONTHS):
        values = [VISITORS[site][index] for site in SITES]
        data_row(visitors, 4 + index, month, values + [sum(values)])
    site_totals = [sum(VISITORS[site]) for site in SITES]
    grand_total = sum(site_totals)
    total_row = 4 + len(MONTHS)
    data_row(visitors, total_row, "合計", site_totals + [grand_total], total=True)
    data_row(visitors, total_row + 1, "月平均", [value / 12 for value in site_totals + [grand_total]], "#,##0.0",
             total=True)
    visitors.cell(row=total_row + 3, column=1, value=VISITOR_NOTE)
    for column, width in enumerate([10, 12, 12, 12, 14, 12, 12], start=1):
        visitors.column_dimensions[get_column_letter(column)].width = width
    visitors.freeze_panes = "B4"

    sales = workbook.create_sheet("部門別売上高")
    sales.cell(row=1, column=1, value="2026年度 施設別・部門別 売上高（単位：千円）").font = Font(bold=True, size=13)
    labels = ["施設"] + SALES_DEPARTMENTS + ["合計"]
    sales.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(labels))
    for column, label in enumerate(labels, start=1):
        header(sales.cell(row=2, column=column, value=label))
    for row, site in enumerate(SITES, start=3):
        amounts = SALES[site]
        data_row(sales, row, site, [NONE if value is None else value for value in amounts]
                 + [sum(value for value in amounts if value is not None)])
    department_totals = [sum(SALES[site][index] or 0 for site in SITES) for index in range(len(SALES_DEPARTMENTS))]
    data_row(sales, 3 + len(SITES), "合計", department_totals + [sum(department_totals)], total=True)
    sales.cell(row=5 + len(SITES), column=1, value=SALES_NOTE)
    for column, width in enumerate([14, 12, 15, 15, 14, 12, 12, 13], start=1):
        sales.column_dimensions[get_column_letter(column)].width = width
    save_workbook(workbook, path, title=f"{COMPANY} 2026年度 施設別入館者数・売上実績",
                  creator=f"{COMPANY} 経営管理部", moment=FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 4. EML: an all-staff e-mail on the boiler replacement at みどり湯.

MAIL_FILENAME = "全施設周知_みどり湯ボイラー更新工事に伴う臨時休業.eml"
MAIL_SUBJECT = "【全施設周知】みどり湯ボイラー更新工事に伴う臨時休業と振替営業について"


def mail_body() -> str:
    lines = [
        "各施設 支配人・フロント担当 各位",
        "",
        "施設管理部 設備課の長谷部です。",
        "みどり湯のボイラー更新工事と、工事期間中の各施設の営業についてお知らせします。",
        "フロントでの掲示とお客さまへのご案内をお願いします。",
        "",
        "■1. みどり湯の臨時休業",
        f"・休業期間：{_date(2027, 5, 17)}〜{_date(2027, 5, 28, with_year=False)}の12日間",
        f"・営業再開：{_date(2027, 5, 29, with_year=False)} 15:00から（この日に限り開店を遅らせます）",
        "・工事の内容：ガス焚きボイラー2基の更新と、浴槽までの給湯配管の一部交換",
        "・工事の施工：霞野設備工業株式会社（現場責任者 大西 達也）",
        "・工事の時間：毎日8:30〜17:30（5月23日（日）は作業を行いません）",
        "",
        "■2. 休業期間中の振替営業",
        "・みどり湯で購入した回数券と銭湯共通定期券は、休業期間中、桜川湯と本町湯で差額なしで使えます。",
        "・銭湯共通定期券の有効期間は、休業日数分（12日）延長します。延長の手続きは"
        f"{_date(2027, 5, 29, with_year=False)}以降、みどり湯のフロントで受け付けます。",
        f"・本町湯は、定休日の{_date(2027, 5, 18, with_year=False)}と{_date(2027, 5, 25, with_year=False)}も"
        "14:00〜22:00で臨時営業します。",
        "・桜川湯は、休業期間中の平日に限り閉店を30分遅らせ、24:30まで営業します（最終入館は24:00）。",
        "",
        "■3. お客さまへのご案内",
        "・回数券・定期入浴券の振替は、券をフロントで示していただくだけで受け付けます。記録は不要です。",
        "・みどり湯の人工炭酸泉をご利用のお客さまには、桜川湯・本町湯に炭酸泉がないことを必ずお伝えください。",
        "・みどり湯の下足札・ロッカーの鍵の返却忘れは、休業期間中は本町湯のフロントで受け付けます。",
        f"・みどり湯の駐輪場は休業期間中も使えますが、{_date(2027, 5, 20, with_year=False)}と"
        f"{_date(2027, 5, 21, with_year=False)}はクレーン作業のため終日閉鎖します。",
        "",
        "■4. 工事期間中のみどり湯の係員の勤務",
        "・みどり湯のフロント係4名は、休業期間中、桜川湯に2名、本町湯に2名応援に入ります。",
        "・清掃係は、5月27日（木）・28日（金）に浴室と脱衣場の再開前清掃を行います。",
        f"・近隣へのご挨拶は、{_date(2027, 5, 10, with_year=False)}に長谷部と小松が近隣の約20軒を回ります。",
        "",
        "■5. 星の湯の露天風呂の清掃・点検",
        f"・{_date(2027, 6, 8, with_year=False)}の10:00〜13:00は露天風呂の清掃・点検のため、内湯のみの営業です。"
        "料金は通常どおりです。",
        "",
        "■6. 担当",
        "・工事全般・当日の立会い：施設管理部 設備課 長谷部 健太（内線 312）",
        "・振替営業・定期券の延長：営業企画部 会員サービス課 村瀬 麻衣（内線 208）",
        "・お客さま向けの掲示物：営業企画部 中島 真由美（内線 205）",
        "・みどり湯の現場対応：みどり湯 支配人 小松 直樹（内線 431）",
        "",
        f"掲示物は{_date(2027, 4, 26, with_year=False)}までに各施設へ届けます。"
        f"掲示は{_date(2027, 5, 6, with_year=False)}から始めてください。",
        "",
        "――――――――――――――――",
        f"{COMPANY} 施設管理部 設備課 長谷部 健太",
        "電話 0276-00-5130（内線 312）",
        "shisetsu@kasumino-yuya.example",
    ]
    return "\n".join(lines) + "\n"


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = f"{COMPANY} 施設管理部 <shisetsu@kasumino-yuya.example>"
    message["To"] = "全施設 支配人・フロント <all-sites@kasumino-yuya.example>"
    message["Subject"] = MAIL_SUBJECT
    message["Date"] = format_datetime(datetime.datetime(2027, 4, 19, 10, 15, 0,
                                                        tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    message["Message-ID"] = "<20270419101500.midori-boiler@kasumino-yuya.example>"
    message.set_content(mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


# ---------------------------------------------------------------------------------------------
# 5. HTML: the intranet page on the facilities.

PAGE_FILENAME = "社内ポータル_施設案内と2027年度季節湯カレンダー.html"
PAGE_TITLE = "施設案内（営業時間・定休日・設備）と2027年度 季節湯カレンダー"

HOURS_TABLE = [
    ["施設", "種別", "所在地", "営業時間（平日）", "営業時間（土日祝）", "最終入館", "定休日", "駐車場", "電話"],
    ["桜川湯", "銭湯", "霞野市桜川町2-14-6", "15:00〜24:00", "14:00〜24:00", "23:30", "毎週月曜日", "なし",
     "0276-00-5141"],
    ["本町湯", "銭湯", "霞野市本町1-8-3", "14:00〜23:00", "13:00〜23:00", "22:30", "毎週火曜日", "8台",
     "0276-00-5142"],
    ["みどり湯", "銭湯", "霞野市緑が丘4-2-11", "14:00〜23:30", "12:00〜23:30", "23:00", "毎週金曜日", "なし",
     "0276-00-5143"],
    ["湯けむりの郷", "日帰り温泉", "霞野市湯沢3-100", "10:00〜23:00", "9:00〜23:00", "22:00",
     "第2水曜日（祝日の場合は翌日）", "120台", "0276-00-5151"],
    ["星の湯", "日帰り温泉", "霞野市星見ヶ丘1-5", "10:00〜22:00", "9:00〜22:00", "21:00",
     "第3木曜日（祝日の場合は翌日）", "85台", "0276-00-5152"],
]

WATER_TABLE = [
    ["施設", "湯", "泉質", "源泉温度", "湧出量", "サウナ室", "水風呂", "岩盤浴", "貸切家族風呂"],
    ["桜川湯", "井戸水（軟水）の沸かし湯", NONE, NONE, NONE, "95℃", "18℃", NONE, NONE],
    ["本町湯", "井戸水の沸かし湯", NONE, NONE, NONE, "90℃", "17℃", NONE, NONE],
    ["みどり湯", "水道水の沸かし湯（人工炭酸泉あり）", NONE, NONE, NONE, "なし", "なし", NONE, NONE],
    ["湯けむりの郷", "天然温泉（霞野湯沢温泉1号泉）", "ナトリウム−塩化物泉", "46.8℃", "毎分210リットル",
     "92℃", "16℃", "8床", "3室"],
    ["星の湯", "天然温泉（星見ヶ丘温泉）", "アルカリ性単純温泉", "38.4℃", "毎分145リットル", "88℃", "15℃",
     "6床", "2室"],
]

SEASONAL_TABLE = [
    ["実施日", "季節湯", "実施施設", "備考"],
    [_date(2027, 5, 5), "菖蒲湯", "全5施設", "こどもの日。中学生以下の入浴料を無料とする"],
    [_date(2027, 6, 21), "どくだみ湯", "銭湯3店",
     f"夏至。桜川湯は定休日のため翌日の{_date(2027, 6, 22, with_year=False)}に行う"],
    [_date(2027, 7, 28), "桃の葉湯", "全5施設", "夏の変わり湯"],
    [_date(2027, 9, 9), "菊湯", "日帰り温泉2施設", "重陽の節句"],
    [_date(2027, 10, 10), "ラベンダー湯", "銭湯3店", "銭湯の日。先着100名に手ぬぐいを進呈"],
    [_date(2027, 11, 23), "りんご湯", "日帰り温泉2施設", "勤労感謝の日"],
    [_date(2027, 12, 22), "ゆず湯", "全5施設", "冬至。ゆずは霞野市農協から仕入れる（約1,200個）"],
    [_date(2028, 2, 3), "よもぎ湯", "銭湯3店", "節分"],
]

MANAGERS = [
    ("桜川湯", "岡田 美咲", "411"),
    ("本町湯", "石川 誠", "421"),
    ("みどり湯", "小松 直樹", "431"),
    ("湯けむりの郷", "藤井 恵子", "451"),
    ("星の湯", "早川 拓也", "461"),
]


def _html_table(rows: list[list[str]]) -> list[str]:
    out = ["<table>", "  <thead>", "    <tr>" + "".join(f"<th>{cell}</th>" for cell in rows[0]) + "</tr>",
           "  </thead>", "  <tbody>"]
    for row in rows[1:]:
        out.append("    <tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>")
    out.extend(["  </tbody>", "</table>"])
    return out


def page_html() -> str:
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{PAGE_TITLE}｜霞野湯屋 社内ポータル</title>",
        "<style>table { border-collapse: collapse; } th, td { border: 1px solid #999; padding: 4px 8px; }"
        " th { background: #ddebf7; }</style>",
        "</head>",
        "<body>",
        '<nav>社内ポータル ＞ 施設・営業 ＞ 施設案内</nav>',
        f"<h1>{PAGE_TITLE}</h1>",
        "<p>更新日：2027年4月1日（令和9年4月1日）　掲載：営業企画部</p>",
        "<p>当社の5施設（銭湯3店と日帰り温泉2施設）の営業時間、定休日、湯と設備、2027年度の季節湯の予定を"
        "まとめたページです。お客さまからの問い合わせには、このページの内容でお答えください。料金は"
        "「入浴料金・利用料金表（2027年4月1日改定）」を見てください。</p>",
        "<h2>1. 営業時間と定休日</h2>",
        "<p>営業時間の土日祝欄は、土曜日・日曜日・祝日の営業時間です。最終入館は平日・土日祝とも同じです。"
        "定休日が祝日にあたる場合、銭湯は営業し、日帰り温泉は翌日に休みます。</p>",
        *_html_table(HOURS_TABLE),
        "<h2>2. 湯と設備</h2>",
        "<p>日帰り温泉の2施設は自家源泉の天然温泉です。源泉温度と湧出量は、2026年9月の温泉分析書による値です。"
        "星の湯は源泉温度が低いため、加温して使っています。</p>",
        *_html_table(WATER_TABLE),
        "<ul>",
        "<li>サウナ室と水風呂の温度は、各施設の標準の設定値です。</li>",
        "<li>銭湯のサウナは別料金（大人のみ）、日帰り温泉のサウナは入浴料に含みます。</li>",
        "<li>湯けむりの郷の露天風呂は、毎週水曜日の9:00〜10:00に清掃します。</li>",
        "</ul>",
        "<h2>3. 2027年度 季節湯（変わり湯）カレンダー</h2>",
        "<p>季節湯は、各施設の男湯・女湯それぞれの主浴槽で、開店から閉店まで行います。準備は前日の閉店後に"
        "行ってください。</p>",
        *_html_table(SEASONAL_TABLE),
        "<h2>4. 各施設の支配人</h2>",
        "<ul>",
        *[f"<li>{site}：支配人 {name}（内線 {extension}）</li>" for site, name, extension in MANAGERS],
        "</ul>",
        "<p>このページについての問い合わせは、営業企画部 中島 真由美（内線 205、kikaku@kasumino-yuya.example）"
        "まで。</p>",
        "</body>",
        "</html>",
    ]
    return "\n".join(lines) + "\n"


def build_html(path: Path) -> None:
    path.write_bytes(page_html().encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# Question sets.

QA: list[tuple[str, list[str]]] = [
    # PDF: the price list.
    ("星の湯に土曜日に大人ひとりで行くと、入浴料はいくらですか？", ["1,180円", "1180円"]),
    ("4歳の子どもを平日に湯けむりの郷へ連れて行く場合、子どもの入浴料はいくら？", ["280円"]),
    ("日曜日に湯けむりの郷の岩盤浴を1時間半使うと、岩盤浴の料金はいくらかかりますか？", ["1,100円", "1100円"]),
    ("平日に30人の団体で日帰り温泉を利用する予定です。大人1人あたりの料金は？", ["830円"]),
    ("銭湯のサウナ回数券で、土日祝にも使えるほうの値段を教えてください。", ["3,500円", "3500円"]),
    ("平日に温泉の貸切家族風呂を4人で使うといくらですか？", ["3,300円", "3300円"]),
    # DOCX: the rules for passes and corporate members.
    ("4月以降、温泉定期券の3か月（大人）はいくらで売ることになりましたか？", ["54,000円", "54000円"]),
    ("全館共通の1か月定期券（大人）は、改定の前はいくらでしたか？", ["22,000円", "22000円"]),
    ("登録者がちょうど50人の会社が法人会員になると、入浴料は何パーセント引きになりますか？", ["20%", "20％", "2割"]),
    ("法人会員で登録者が35人の会社の年会費はいくら？", ["22,000円", "22000円"]),
    ("定期入浴券を払い戻すときの手数料は、今はいくらになっていますか？", ["550円"]),
    # XLSX: visitors and sales.
    ("本町湯の2026年8月の入館者数は何人でしたか？", ["3,155", "3155"]),
    ("星の湯の2027年1月の入館者は何人？", ["19,382", "19382"]),
    ("2026年度の1年間で、湯けむりの郷には合計何人が入館しましたか？", ["270,542", "270542"]),
    ("みどり湯の2026年度の月平均の入館者数は？", ["2,919.5", "2919.5"]),
    ("2026年12月に5施設全体で入館した人数の合計は？", ["54,403", "54403"]),
    ("湯けむりの郷の飲食部門の2026年度の売上高はいくら（千円）？", ["88,926", "88926"]),
    # EML: the boiler replacement.
    ("みどり湯がボイラー工事で休業に入るのはいつからですか？", ["5月17日（月）", "5月17日", "2027年5月17日"]),
    ("休業中の振替営業や定期券の延長について聞きたいとき、担当者の内線は何番？", ["内線 208", "208"]),
    ("工事期間中に本町湯が臨時営業する日の営業時間は何時から何時まで？", ["14:00〜22:00", "14時から22時"]),
    ("みどり湯の休業に伴って、銭湯共通定期券の有効期間は何日延びますか？", ["12日"]),
    # HTML: the intranet page.
    ("星の湯の源泉の温度は何度ですか？", ["38.4℃", "38.4度"]),
    ("湯けむりの郷のサウナ室は何度に設定されていますか？", ["92℃", "92度"]),
    ("今年度のゆず湯は何日にやりますか？", ["2027年12月22日（水）", "12月22日"]),
]

# What would have to be in the documents for an unanswerable question to have an answer: a label
# or a value that the corpus leaves out on purpose.
UNANSWERABLE: list[tuple[str, list[str]]] = [
    ("星の湯の2025年度の年間入館者数は何人でしたか？", ["2025年度", "2025年4月"]),
    ("星の湯の源泉のpH値はいくつですか？", ["pH", "ｐＨ", "ペーハー", "水素イオン"]),
    ("みどり湯のボイラー更新工事にかかる費用はいくらですか？", ["工事費", "費用", "万円"]),
    ("法人会員の年会費の支払期限はいつですか？", ["支払期限", "納期限", "振込期限", "支払日"]),
    ("温泉定期券の6か月券はいくらですか？", ["6か月券", "6ヶ月", "半年", "6か月（"]),
    ("湯けむりの郷のレストランの営業時間は？", ["レストラン", "食堂", "お食事処"]),
    ("年末年始の各施設の休みは何日ですか？", ["年末年始", "大晦日", "元日", "12月31日", "1月1日", "1月2日"]),
    ("日帰り温泉の入湯税は1人いくらですか？", ["入湯税"]),
    ("貸切家族風呂を50分より延長すると延長料金はいくら？", ["延長料金", "超過料金", "50分を超え"]),
    ("会社の従業員数は全部で何人ですか？", ["従業員数", "社員数", "スタッフ数", "職員数"]),
    ("みどり湯に新しく入れるボイラーのメーカーはどこですか？", ["メーカー", "製造元", "型式", "型番"]),
    ("湯けむりの郷の露天風呂の湯温は何度に保たれていますか？", ["湯温", "露天風呂の温度"]),
]

ENGLISH: list[tuple[str, list[str]]] = [
    ("After the April 2027 revision, what is the weekday adult admission at the hot-spring day spas (日帰り温泉)?",
     ["980円", "980 yen", "¥980"]),
    ("How many visitors did 桜川湯 have in December 2026?", ["6,127", "6127"]),
    ("What did the one-month all-facility pass (全館共通定期券) for adults cost before the revision?",
     ["22,000円", "22,000 yen", "¥22,000"]),
    ("What discount rate does a corporate member with 120 registered people get on admission?", ["25%"]),
    ("Until what date is みどり湯 closed for the boiler replacement?", ["5月28日（金）", "5月28日", "May 28"]),
    ("Which extension should I call about the boiler construction work as a whole?",
     ["内線 312", "312"]),
    ("What is the source temperature of the hot spring at 湯けむりの郷?", ["46.8℃", "46.8"]),
    ("How many visitors did all five facilities have in total in fiscal 2026?", ["607,464", "607464"]),
    ("How much does a face towel cost at the public bathhouses (銭湯)?", ["150円", "150 yen", "¥150"]),
    ("On a weekend, how much is the private family bath at the hot-spring facilities for a group of 5?",
     ["4,950円", "4,950 yen", "¥4,950"]),
]

FOLLOWUPS: list[tuple[list[str], list[str]]] = [
    (["温泉定期券の1か月（大人）は改定後いくらですか？", "では改定前はいくらでしたか？"], ["17,600円", "17600円"]),
    (["湯けむりの郷の2026年4月の入館者数は？", "星の湯のほうは？"], ["15,327", "15327"]),
    (["日帰り温泉で小学生の入浴料は平日いくら？", "土日祝だといくら？"], ["580円"]),
    (["登録者15人の会社が法人会員になると割引率は何％？", "その場合の年会費は？"], ["11,000円", "11000円"]),
    (["本町湯の定休日は何曜日？", "みどり湯は？"], ["毎週金曜日", "金曜日", "金曜"]),
    (["桜川湯の入浴料の2026年度の売上高は？", "本町湯だとどうですか？"], ["18,726", "18726"]),
    (["みどり湯の工事全般の担当者は誰ですか？", "その人の内線番号は？"], ["内線 312", "312"]),
    (["岩盤浴を平日に40分だけ使うといくら？", "じゃあ土日祝なら？"], ["700円"]),
]

ABSENT: dict[str, list[str]] = {f"h40-un-{number}": strings for number, (_, strings) in enumerate(UNANSWERABLE, 1)}


def write_questions() -> list[Path]:
    sets = {
        "holdout40_qa.jsonl": [{"id": f"h40-{number}", "q": question, "any": forms}
                               for number, (question, forms) in enumerate(QA, 1)],
        "holdout40_unanswerable_qa.jsonl": [{"id": f"h40-un-{number}", "q": question, "any": [], "unanswerable": True}
                                            for number, (question, _) in enumerate(UNANSWERABLE, 1)],
        "holdout40_english_qa.jsonl": [{"id": f"h40-en-{number}", "q": question, "any": forms[:1],
                                        "answer_any": forms}
                                       for number, (question, forms) in enumerate(ENGLISH, 1)],
        "holdout40_followup_qa.jsonl": [{"id": f"h40-fu-{number}", "turns": turns, "any": forms}
                                        for number, (turns, forms) in enumerate(FOLLOWUPS, 1)],
    }
    written = []
    for filename, questions in sets.items():
        path = DATA / filename
        path.write_bytes("".join(json.dumps(question, ensure_ascii=False) + "\n" for question in questions)
                         .encode("utf-8"))
        written.append(path)
    return written


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((PRICES_FILENAME, build_pdf), (RULES_FILENAME, build_docx),
                              (FIGURES_FILENAME, build_xlsx), (MAIL_FILENAME, lambda p: p.write_bytes(mail_bytes())),
                              (PAGE_FILENAME, build_html)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)
    for path in write_questions():
        print(f"{path.name}: {sum(1 for line in path.read_text(encoding='utf-8').splitlines() if line.strip())} lines")


if __name__ == "__main__":
    main()
