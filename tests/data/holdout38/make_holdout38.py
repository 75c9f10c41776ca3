"""Write the five documents and four question sets of the thirty-eighth holdout corpus
(tests/data/holdout38/README.md).

One fictional regional bakery and café chain, 株式会社ひばり野ベーカリー (head office and central
bakery factory in the fictional 汐見原市; five shops, 駅前本店, 花園町店, 汐見台店, 川辺通り店 and
北野ヶ丘店, four of them with an eat-in café, and a catering/order desk, ケータリング・ご注文センター),
and five documents its staff would look things up in:

* PDF: the catering/order price list (per-person prices by number of people in bands such as
  「10名以上20名未満」, a two-row header, the product group named on its first row only, the table
  crossing a page break with the header repeated; rush and holiday surcharges; a delivery fee table
  in km bands; cancellation and other notes);
* DOCX: the wage rules for shop part-timers (第N条 articles, 附則, an 改定後/改定前 table, 西暦 and
  令和 dates);
* XLSX: monthly sales by shop (and the catering desk) for fiscal 2025, with two merged header rows,
  a 合計 column and row, a 月平均 row (#,##0.0) and a 注記 line; a second sheet of annual sales by
  shop and product category;
* MD: the internal wiki page listing the shops (a pipe table and lists);
* EML: the notice of the factory's oven renewal and the changed delivery schedule.

Every name, address, telephone number and figure is invented (e-mail domains end in `.example`).
This corpus was written without reading the answering code; it is there to measure, not to tune on.

The output is byte-for-byte the same on every run: zip members and core properties carry a fixed
date, reportlab writes in its invariant mode, the e-mail has a fixed date and message id, the
Markdown page and the question sets are fixed text.

    .venv/bin/python tests/data/holdout38/make_holdout38.py
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

FIXED_MOMENT = datetime.datetime(2026, 10, 20, 10, 15, 0)
COMPANY = "株式会社ひばり野ベーカリー"
BRAND = "ひばり野ベーカリー"
FACTORY = "中央製造工場"
DESK = "ケータリング・ご注文センター"
HEADER_FILL = "FCE4D6"

SHOPS = ["駅前本店", "花園町店", "汐見台店", "川辺通り店", "北野ヶ丘店"]


def _n(value: int) -> str:
    return f"{value:,}"


# =============================================================================================
# 1. PDF: the catering / order price list.

PRICE_FILENAME = "ケータリング・ご注文商品価格表_2026年10月改定.pdf"
PRICE_TITLE = "ひばり野ベーカリー ケータリング・ご注文商品 価格表（2026年10月1日改定）"

# Product group, then (band, standard, premium, coffee add-on) per band; prices per person, 税込.
PRICE_GROUPS: list[tuple[str, list[tuple[str, int, int, int]]]] = [
    ("サンドイッチ・パンプレート", [
        ("5名以上10名未満", 1080, 1620, 240),
        ("10名以上20名未満", 980, 1480, 220),
        ("20名以上40名未満", 920, 1390, 210),
        ("40名以上80名未満", 860, 1310, 190),
        ("80名以上", 810, 1230, 170),
    ]),
    ("ブランチボックス（お弁当）", [
        ("5名以上10名未満", 1350, 1950, 240),
        ("10名以上20名未満", 1280, 1860, 220),
        ("20名以上40名未満", 1210, 1770, 210),
        ("40名以上80名未満", 1150, 1690, 190),
        ("80名以上", 1100, 1620, 170),
    ]),
    ("パーティーオードブル＆パン盛合せ", [
        ("10名以上20名未満", 2480, 3520, 240),
        ("20名以上40名未満", 2350, 3380, 220),
        ("40名以上80名未満", 2240, 3240, 200),
        ("80名以上120名以下", 2160, 3120, 180),
    ]),
    ("焼き菓子・ミニスイーツ盛合せ", [
        ("5名以上10名未満", 620, 880, 240),
        ("10名以上20名未満", 580, 840, 220),
        ("20名以上40名未満", 540, 790, 200),
        ("40名以上80名未満", 500, 740, 180),
        ("80名以上", 470, 700, 160),
    ]),
]


def _price_rows() -> list[list[str]]:
    rows = [["商品", "ご利用人数", "1名あたり料金（税込）", "", "ホットコーヒー付き"],
            ["", "", "スタンダード", "プレミアム", "1名あたり加算"]]
    for group, bands in PRICE_GROUPS:
        for index, (band, standard, premium, coffee) in enumerate(bands):
            rows.append([group if index == 0 else "", band, f"{_n(standard)}円", f"{_n(premium)}円",
                         f"+{coffee}円"])
    return rows


SURCHARGE_ROWS = [
    ["区分", "ご注文の時期・お届け日", "割増（商品代金に対して）"],
    ["通常", "お届け日の3日前の17時までのご注文", "なし"],
    ["急ぎ", "3日前の17時を過ぎてから、前日の12時までのご注文", "10%"],
    ["特急", "前日の12時を過ぎてからのご注文（当日はお届けの4時間前まで）", "20%"],
    ["休日", "日曜日・祝日のお届け", "10%"],
    ["年末年始", "12月29日から1月3日までのお届け", "15%"],
]

DELIVERY_ROWS = [
    ["配達距離（中央製造工場から）", "平日", "土曜・日曜・祝日"],
    ["3km未満", "無料", "550円"],
    ["3km以上8km未満", "770円", "1,100円"],
    ["8km以上15km未満", "1,650円", "2,200円"],
    ["15km以上25km未満", "2,970円", "3,630円"],
    ["25km以上40km未満", "4,620円", "5,500円"],
    ["40km以上", "配達不可（店舗受取のみ）", "配達不可（店舗受取のみ）"],
]

CANCEL_ROWS = [
    ["取消しのご連絡", "キャンセル料"],
    ["お届け日の3日前まで", "無料"],
    ["お届け日の前々日", "商品代金の30%"],
    ["お届け日の前日", "商品代金の50%"],
    ["お届け日の当日", "商品代金の全額"],
]

PRICE_BLOCKS: list[tuple[str, object]] = [
    ("right", "2026年（令和8年）9月15日　株式会社ひばり野ベーカリー ケータリング・ご注文センター"),
    ("p", "この価格表は、ひばり野ベーカリーのケータリング・ご注文商品（会議・研修・イベント向けのパンプレート、"
          "お弁当、オードブル、焼き菓子の盛合せ）の料金と、割増料金、配達料、キャンセル料を定めるものです。"
          "2026年10月1日以降のお届け分から適用します。2026年9月30日までのお届け分は、ご注文日にかかわらず"
          "改定前の価格表によります。"),
    ("p", "ご注文は、ケータリング・ご注文センター（中央製造工場内、電話 0563-00-7810、受付 9:00〜17:00、"
          "日曜定休）または各店舗のレジで承ります。各店舗では、お渡し店舗を当該店舗とするご注文のみ承ります。"),
    ("h1", "1. 商品と人数区分"),
    ("p", "料金は1名あたりの税込価格です。ご利用人数は、ご注文いただく食数（人分）で数えます。人数区分は"
          "「以上」と「未満」で区切っており、人数がちょうど区分の境目にあたるときは、その人数を下限とする区分の"
          "料金を適用します（例：20名のご注文は「20名以上40名未満」、40名のご注文は「40名以上80名未満」の料金）。"
          "1件のご注文で同じ商品のスタンダードとプレミアムを組み合わせるときは、両方の人数の合計で区分を決めます。"),
    ("p", "スタンダードは定番のパンと具材、プレミアムは季節の限定パン、ローストビーフやスモークサーモンなどの"
          "具材を使った内容です。ホットコーヒー付きは、保温ポットと紙コップでお届けし、1名あたりの加算額を"
          "商品の料金に足して計算します。"),
    ("p", "パーティーオードブル＆パン盛合せは10名から、そのほかの商品は5名から承ります。パーティーオードブル＆"
          "パン盛合せで120名を超えるご注文、その他の商品で200名を超えるご注文は、個別にお見積りします。"),
    ("price_table", None),
    ("p", "※1 表示価格は消費税（軽減税率8%）込みです。会場での盛付け・取分けが必要な場合、スタッフ1名1時間あたり"
          "3,300円（税込、最低2時間）を申し受けます。"),
    ("p", "※2 プレミアムの内容は月ごとに替わります。アレルギー対応（卵・乳・小麦を除く7品目）は、お届け日の"
          "5日前までのご注文に限り承ります。"),
    ("p", "※3 大皿・保温ポットは翌営業日に回収します。破損・紛失の場合は、大皿1枚につき4,400円を申し受けます。"),
    ("h1", "2. 割増料金（急ぎ・特急・休日・年末年始）"),
    ("p", "ご注文の時期とお届け日により、商品代金（ホットコーヒー付きの加算を含み、配達料を除く）に次の割増率を"
          "乗じた額を加算します。急ぎ・特急の割増と休日・年末年始の割増は合算します（例：日曜日のお届けを"
          "前日の15時にご注文いただいた場合は、特急20%と休日10%で合計30%）。特急の場合は、スタンダードの"
          "サンドイッチ・パンプレートと焼き菓子・ミニスイーツ盛合せのみ承ります。"),
    ("table", SURCHARGE_ROWS),
    ("h1", "3. 配達料"),
    ("p", "配達料は1件あたりの額（税込）で、中央製造工場（汐見原市港北町5丁目2番）からお届け先までの道路距離"
          "（最短経路、小数点以下第1位まで）で決めます。距離がちょうど区分の境目にあたるときは、その距離を下限と"
          "する区分に入ります（例：8.0kmは「8km以上15km未満」、3.0kmは「3km以上8km未満」）。商品代金が"
          "30,000円（税込）以上のご注文は、平日の3km以上8km未満の配達料も無料とします。"),
    ("table", DELIVERY_ROWS),
    ("p", "お届けは8:00〜19:00の間で承ります。店舗受取の場合、配達料はかかりません。"),
    ("h1", "4. キャンセル料"),
    ("table", CANCEL_ROWS),
    ("p", "人数の減少は、お届け日の前々日17時まで無料で承ります。それ以降の減少はキャンセルとして扱います。"
          "荒天などで催しが中止になった場合は、前日12時までのご連絡でキャンセル料を半額とします。"),
    ("h1", "5. お支払い"),
    ("p", "お支払いは、店舗受取は受取時に現金またはキャッシュレス決済で、配達は請求書払い（月末締め翌月末払い、"
          "法人のお客さまのみ）またはお届け時の現金払いです。初めての法人のお客さまは、1件目のみ前払いをお願い"
          "しています。問い合わせ先：ケータリング・ご注文センター 主任 今井 佳奈（電話 0563-00-7810、"
          "catering@hibarino-bakery.example）。"),
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
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT)
    heading = ParagraphStyle("heading", parent=body, fontSize=13, leading=19, spaceBefore=9, spaceAfter=4)
    title_style = ParagraphStyle("title", parent=body, fontSize=14, leading=20, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=13)
    header_colour = colors.HexColor("#" + HEADER_FILL)

    def table(rows: list[list[str]], widths: list[float], header_rows: int, spans: list[tuple] = ()) -> Table:
        flowable = Table([[Paragraph(value, cell) for value in row] for row in rows],
                         colWidths=[width * mm for width in widths], repeatRows=header_rows)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), header_colour),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
        style.extend(("SPAN", start, end) for start, end in spans)
        flowable.setStyle(TableStyle(style))
        return flowable

    flow: list[object] = [Paragraph(PRICE_TITLE, title_style)]
    for kind, content in PRICE_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "right":
            flow.append(Paragraph(str(content), right))
        elif kind == "price_table":
            flow.append(table(_price_rows(), [48, 36, 28, 28, 30], 2,
                              [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0))]))
            flow.append(Spacer(1, 3 * mm))
        elif kind == "table":
            rows = content  # type: ignore[assignment]
            widths = {3: [28, 100, 42], 2: [70, 60]}.get(len(rows[0]), [])  # type: ignore[arg-type]
            if rows is DELIVERY_ROWS:
                widths = [60, 55, 55]
            flow.append(table(rows, widths, 1))  # type: ignore[arg-type]
            flow.append(Spacer(1, 3 * mm))
    margin = 20 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=PRICE_TITLE,
                                 author=f"{COMPANY} {DESK}", leftMargin=margin, rightMargin=margin,
                                 topMargin=margin, bottomMargin=margin)
    document.build(flow)


# =============================================================================================
# 2. DOCX: the wage rules for shop part-timers.

WAGE_FILENAME = "店舗パートタイマー・アルバイト賃金規程_2026年10月改定.docx"
WAGE_TITLE = "店舗パートタイマー・アルバイト賃金規程"

# 職種, (A, B, C) after, (A, B, C) before: hourly, 円.
HOURLY = [
    ("販売スタッフ", (1120, 1170, 1240), (1060, 1110, 1180)),
    ("カフェスタッフ", (1140, 1190, 1260), (1080, 1130, 1200)),
    ("製造補助スタッフ", (1160, 1210, 1280), (1090, 1140, 1210)),
]

COMMUTE_ROWS = [
    ["通勤距離（片道）", "支給額（1出勤日あたり）"],
    ["2km未満", "支給しない"],
    ["2km以上5km未満", "130円"],
    ["5km以上10km未満", "230円"],
    ["10km以上15km未満", "340円"],
    ["15km以上", "450円"],
]


def _comparison_rows() -> list[list[str]]:
    rows = [["項目", "改定後", "改定前"]]
    for job, after, before in HOURLY:
        for grade, new, old in zip("ABC", after, before):
            rows.append([f"基本時給（{job}・{grade}等級）", f"{_n(new)}円", f"{_n(old)}円"])
    rows += [
        ["早朝手当（1時間あたり）", "180円", "130円"],
        ["土日祝日手当（1時間あたり）", "70円", "50円"],
        ["年末年始手当（1勤務日あたり）", "1,500円", "1,000円"],
        ["通勤手当（月額上限）", "13,500円", "11,000円"],
        ["店長代行手当（1勤務日あたり）", "600円", "400円"],
        ["研修期間中の時給", "A等級の時給から50円を減じた額", "A等級の時給から80円を減じた額"],
    ]
    return rows


WAGE_BODY: list[tuple[str, object]] = [
    ("right", "制定　2019年（平成31年）4月1日"),
    ("right", "改定　2026年（令和8年）10月1日"),
    ("h1", "第1章　総則"),
    ("article", ("第1条（目的）", "この規程は、株式会社ひばり野ベーカリー（以下「会社」という。）のパートタイマー・アルバイト就業規則"
                 "第32条に基づき、店舗に勤務するパートタイマー及びアルバイト（以下「店舗スタッフ」という。）の賃金に"
                 "関する事項を定める。")),
    ("article", ("第2条（適用範囲）", "この規程は、駅前本店、花園町店、汐見台店、川辺通り店及び北野ヶ丘店の5店舗で、販売、カフェ又は"
                 "店内での製造補助の業務に従事する店舗スタッフに適用する。中央製造工場及びケータリング・ご注文センターに"
                 "勤務する者の賃金は、別に定める。")),
    ("article", ("第3条（賃金の構成）", "店舗スタッフの賃金は、基本時給、諸手当（早朝手当、土日祝日手当、年末年始手当、店長代行手当及び"
                 "通勤手当）並びに割増賃金とする。")),
    ("h1", "第2章　基本時給"),
    ("article", ("第4条（基本時給）", "基本時給は、職種及び等級に応じて次の表のとおりとする。")),
    ("hourly_table", None),
    ("p", "2　等級は、入社時をA等級とし、第5条の評価によりB等級、C等級に進む。"),
    ("p", "3　入社後2か月以内の研修期間（勤務時間が120時間に達したときはその日まで）の時給は、A等級の時給から"
          "50円を減じた額とする。"),
    ("article", ("第5条（評価と昇級）", "会社は、毎年4月と10月に店舗スタッフの評価を行い、店長の推薦により等級を上げることができる。"
                 "B等級からC等級への昇級には、勤続1年以上を要する。")),
    ("h1", "第3章　諸手当"),
    ("article", ("第6条（早朝手当）", "午前7時より前に勤務した時間に対し、1時間あたり180円の早朝手当を支給する。15分単位で計算し、"
                 "15分未満は切り捨てる。")),
    ("article", ("第7条（土日祝日手当）", "土曜日、日曜日及び国民の祝日に勤務した時間に対し、1時間あたり70円の土日祝日手当を支給する。")),
    ("article", ("第8条（年末年始手当）", "12月31日から翌年1月3日までの間に勤務した日について、1勤務日あたり1,500円の年末年始手当を"
                 "支給する。")),
    ("article", ("第9条（店長代行手当）", "店長が不在の日に、店長の指名により店舗の責任者を務めた者に、1勤務日あたり600円の店長代行手当を"
                 "支給する。")),
    ("article", ("第10条（通勤手当）", "自宅から勤務する店舗までの通勤距離（片道、最短の道路距離）に応じて、出勤した日ごとに次の表の"
                 "額を支給する。距離が区分の境目にあたるときは、その距離を下限とする区分による。")),
    ("table", COMMUTE_ROWS),
    ("p", "2　通勤手当の額は、1か月あたり13,500円を上限とする。公共交通機関を利用する者には、前項にかかわらず、"
          "最も経済的な経路の運賃の実費（1か月あたり13,500円を上限とする。）を支給する。"),
    ("h1", "第4章　割増賃金"),
    ("article", ("第11条（割増賃金）", "次の各号に該当する勤務には、基本時給に次の率を乗じた割増賃金を支給する。\n"
                 "(1) 1日8時間又は1週40時間を超える勤務　25%\n"
                 "(2) 午後10時から午前5時までの深夜の勤務　25%\n"
                 "(3) 法定休日の勤務　35%\n"
                 "2　前項第1号又は第3号と第2号が重なるときは、それぞれの率を合算する。")),
    ("h1", "第5章　計算と支払い"),
    ("article", ("第12条（計算期間及び支払日）", "賃金は、毎月1日から末日までを計算期間とし、翌月15日に支払う。支払日が金融機関の休業日に"
                 "あたるときは、その前の営業日に支払う。")),
    ("article", ("第13条（支払方法）", "賃金は、本人が指定する本人名義の預金口座への振込みにより支払う。")),
    ("article", ("第14条（控除）", "賃金の支払いにあたり、所得税、住民税、社会保険料その他法令に定めるもの及び労使協定により"
                 "定めたもの（社員割引購入代金、制服のクリーニング代）を控除する。")),
    ("h1", "附則"),
    ("p", "1　この規程は、2026年（令和8年）10月1日から施行する。"),
    ("p", "2　2026年9月30日以前の勤務に対する賃金は、改定前の規程による。"),
    ("p", "3　改定前の規程（2023年（令和5年）4月1日施行）からの主な改定点は、次の新旧対照表のとおりである。"),
    ("comparison", None),
    ("p", "4　この改定により基本時給が汐見原市の属する県の最低賃金を下回ることとなる場合は、最低賃金額とする。"),
    ("right", "以上　株式会社ひばり野ベーカリー 総務部（担当：人事労務課 北村 直子、内線 105）"),
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
    properties.title = WAGE_TITLE
    properties.author = f"{COMPANY} 総務部"
    properties.last_modified_by = f"{COMPANY} 総務部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 3
    document.add_heading(WAGE_TITLE, level=0)

    def add_table(rows: list[list[str]], header_rows: int = 1) -> object:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = document.styles["Table Grid"]
        for row_index, row in enumerate(rows):
            for column_index, value in enumerate(row):
                if value:
                    table.cell(row_index, column_index).text = value
        for index in range(header_rows):
            docx_header_row(table.rows[index], HEADER_FILL)
        return table

    for kind, content in WAGE_BODY:
        if kind == "h1":
            document.add_heading(str(content), level=1)
        elif kind == "article":
            title, text = content  # type: ignore[misc]
            document.add_heading(title, level=2)
            for line in text.split("\n"):
                document.add_paragraph(line)
        elif kind == "p":
            document.add_paragraph(str(content))
        elif kind == "right":
            document.add_paragraph(str(content)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "table":
            add_table(content)  # type: ignore[arg-type]
        elif kind == "hourly_table":
            add_table([["職種", "A等級", "B等級", "C等級"]]
                      + [[job] + [f"{_n(value)}円" for value in after] for job, after, _ in HOURLY])
        elif kind == "comparison":
            document.add_paragraph("新旧対照表（主な改定点）")
            add_table(_comparison_rows())
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# =============================================================================================
# 3. XLSX: monthly sales by shop, fiscal 2025.

SALES_FILENAME = "店舗別月次売上集計_2025年度.xlsx"
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
SALES_SITES = SHOPS + ["ケータリング・ご注文"]

# Sales in thousands of yen (税抜), by site, months April 2025 .. March 2026.
SALES: dict[str, list[int]] = {
    "駅前本店": [14382, 15127, 13806, 14451, 13975, 14218, 14763, 14590, 17842, 13264, 12987, 15319],
    "花園町店": [6874, 7312, 6521, 6738, 6093, 6647, 6982, 6805, 8466, 6217, 6058, 7241],
    "汐見台店": [4126, 4388, 3957, 4072, 3819, 4011, 4237, 4163, 5281, 3764, 3702, 4406],
    "川辺通り店": [5893, 6471, 5608, 6215, 6534, 5972, 6148, 5731, 7084, 5216, 5127, 6129],
    "北野ヶ丘店": [8251, 8764, 7935, 8612, 9147, 8308, 8477, 8129, 10356, 7843, 7586, 8694],
    "ケータリング・ご注文": [2764, 2318, 2105, 1982, 1647, 2236, 2871, 2593, 4125, 1938, 2271, 3486],
}
SITE_TOTALS = {site: sum(values) for site, values in SALES.items()}
MONTH_TOTALS = [sum(SALES[site][index] for site in SALES_SITES) for index in range(12)]
GRAND_TOTAL = sum(MONTH_TOTALS)

CATEGORIES = ["パン", "サンドイッチ・惣菜パン", "洋菓子・焼き菓子", "カフェ飲食（イートイン）", "ドリンク・物販"]
# Shares (per mille) of each shop's annual sales by category; the last category takes the remainder.
CATEGORY_SHARES = {
    "駅前本店": [372, 214, 138, 201],
    "花園町店": [401, 187, 164, 176],
    "汐見台店": [523, 271, 149, 0],
    "川辺通り店": [318, 162, 171, 268],
    "北野ヶ丘店": [389, 236, 152, 139],
}


def _category_sales() -> dict[str, list[int]]:
    result = {}
    for shop in SHOPS:
        total = SITE_TOTALS[shop]
        parts = [round(total * share / 1000) for share in CATEGORY_SHARES[shop]]
        result[shop] = parts + [total - sum(parts)]
    return result


CATEGORY_SALES = _category_sales()
CATEGORY_TOTALS = [sum(CATEGORY_SALES[shop][index] for shop in SHOPS) for index in range(len(CATEGORIES))]


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

    def data_row(sheet: object, row: int, label: str, numbers: list[float], number_format: str,
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
    monthly = workbook.active
    monthly.title = "月別売上"
    columns = 1 + len(SALES_SITES) + 1
    monthly.cell(row=1, column=1, value="店舗別・月別 売上高（2025年度：2025年4月〜2026年3月、単位：千円、税抜）").font = \
        Font(bold=True, size=13)
    monthly.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
    # Two header rows: 月 and 合計 merged down; 店舗 merged across the five shops; the catering desk
    # merged down under its own label.
    header(monthly, 2, 1, "月")
    header(monthly, 2, 2, "店舗")
    for column in range(3, 2 + len(SHOPS)):
        header(monthly, 2, column, None)
    header(monthly, 2, 2 + len(SHOPS), "ケータリング・ご注文")
    header(monthly, 2, columns, "合計")
    header(monthly, 3, 1, None)
    for column, shop in enumerate(SHOPS, start=2):
        header(monthly, 3, column, shop)
    header(monthly, 3, 2 + len(SHOPS), None)
    header(monthly, 3, columns, None)
    monthly.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    monthly.merge_cells(start_row=2, start_column=2, end_row=2, end_column=1 + len(SHOPS))
    monthly.merge_cells(start_row=2, start_column=2 + len(SHOPS), end_row=3, end_column=2 + len(SHOPS))
    monthly.merge_cells(start_row=2, start_column=columns, end_row=3, end_column=columns)
    for index, month in enumerate(MONTHS):
        values = [SALES[site][index] for site in SALES_SITES]
        data_row(monthly, 4 + index, month, values + [sum(values)], "#,##0")
    total_row = 4 + len(MONTHS)
    data_row(monthly, total_row, "合計", [SITE_TOTALS[site] for site in SALES_SITES] + [GRAND_TOTAL], "#,##0",
             total=True)
    data_row(monthly, total_row + 1, "月平均",
             [SITE_TOTALS[site] / 12 for site in SALES_SITES] + [GRAND_TOTAL / 12], "#,##0.0", total=True)
    monthly.cell(row=total_row + 3, column=1,
                 value="注記：売上高は税抜・値引後。ケータリング・ご注文は、ケータリング・ご注文センターで受け付けた配達分と"
                       "店舗受取分の計で、店舗の売上には含まない。12月はクリスマスケーキの予約販売を含む。北野ヶ丘店は"
                       "ショッピングプラザの休館日（2025年11月12日・2026年2月18日）を除く営業日の売上。")
    for column, width in enumerate([10, 13, 13, 13, 13, 13, 20, 14], start=1):
        monthly.column_dimensions[get_column_letter(column)].width = width
    monthly.freeze_panes = "B4"

    category = workbook.create_sheet("カテゴリ別売上")
    category_columns = 1 + len(CATEGORIES) + 1
    category.cell(row=1, column=1, value="店舗別・商品カテゴリ別 年間売上高（2025年度、単位：千円、税抜）").font = \
        Font(bold=True, size=13)
    category.merge_cells(start_row=1, start_column=1, end_row=1, end_column=category_columns)
    header(category, 2, 1, "店舗")
    header(category, 2, 2, "持ち帰り")
    header(category, 2, 3, None)
    header(category, 2, 4, None)
    header(category, 2, 5, "店内")
    header(category, 2, 6, "その他")
    header(category, 2, category_columns, "合計")
    header(category, 3, 1, None)
    for column, name in enumerate(CATEGORIES, start=2):
        header(category, 3, column, name)
    header(category, 3, category_columns, None)
    category.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    category.merge_cells(start_row=2, start_column=2, end_row=2, end_column=4)
    category.merge_cells(start_row=2, start_column=category_columns, end_row=3, end_column=category_columns)
    for index, shop in enumerate(SHOPS, start=4):
        values = CATEGORY_SALES[shop]
        data_row(category, index, shop, values + [sum(values)], "#,##0")
    data_row(category, 4 + len(SHOPS), "合計", CATEGORY_TOTALS + [sum(CATEGORY_TOTALS)], "#,##0", total=True)
    category.cell(row=6 + len(SHOPS), column=1,
                  value="注記：汐見台店はテイクアウト専門店のため、カフェ飲食（イートイン）の売上はない。"
                        "ケータリング・ご注文の売上は含まない。ドリンク・物販は、持ち帰りのドリンク、ジャム・"
                        "コーヒー豆などの物販の計。")
    for column, width in enumerate([14, 12, 20, 16, 22, 14, 14], start=1):
        category.column_dimensions[get_column_letter(column)].width = width
    save_workbook(workbook, path, title=f"{COMPANY} 店舗別月次売上集計（2025年度）",
                  creator=f"{COMPANY} 経理部", moment=FIXED_MOMENT)


# =============================================================================================
# 4. MD: the internal wiki page listing the shops.

WIKI_FILENAME = "社内Wiki_店舗一覧と営業時間.md"

WIKI_TEXT = """# 店舗一覧と営業時間（社内Wiki）

> 最終更新：2026年9月18日（営業企画部 野々村）。店舗の情報を変えたときは、このページを更新してから全店に連絡してください。

## 店舗一覧

| 店舗 | 住所 | 電話 | 店長 | 営業時間 | カフェ席 | 定休日 |
|---|---|---|---|---|---|---|
| 駅前本店 | 汐見原市本町1丁目3番8号 汐見原駅ビル1階 | 0563-00-7801 | 高森 里美 | 平日 7:00〜20:00／土日祝 7:30〜19:00 | 32席 | なし（1月1日のみ休業） |
| 花園町店 | 汐見原市花園町2丁目14番5号 | 0563-00-7802 | 三宅 悠真 | 8:00〜19:00 | 18席 | 毎週火曜日 |
| 汐見台店 | 汐見原市汐見台4丁目1番22号 | 0563-00-7803 | 片桐 千夏 | 7:30〜18:30 | なし（テイクアウト専門） | 毎週水曜日 |
| 川辺通り店 | 汐見原市川辺通り3丁目7番1号 | 0563-00-7804 | 小野寺 航 | 8:00〜18:00 | 24席（ほかにテラス8席） | 毎週月曜日 |
| 北野ヶ丘店 | 汐見原市北野ヶ丘1丁目9番3号 きたのがおかショッピングプラザ1階 | 0563-00-7805 | 須藤 美咲 | 10:00〜20:00 | 12席 | ショッピングプラザの休館日 |

- カフェのラストオーダーは、閉店の30分前です（北野ヶ丘店は閉店の45分前）。
- 汐見台店はテイクアウト専門のため、店頭のベンチ（3席）は飲食スペースとして扱いません。
- 川辺通り店のテラス席は、4月から10月までの晴天時のみ使います。

## 本部・工場・ご注文センター

- 本部（総務部・経理部・営業企画部）：汐見原市港北町5丁目2番 中央製造工場 3階／電話 0563-00-7800
- 中央製造工場：汐見原市港北町5丁目2番／電話 0563-00-7820／工場長 柴崎 康弘／製造は毎日 2:30〜15:00（日曜は 3:30〜11:00）
- ケータリング・ご注文センター：中央製造工場 1階／電話 0563-00-7810／受付 9:00〜17:00（日曜定休）／主任 今井 佳奈

## 各店のメモ

1. 駅前本店
   - 旗艦店。ホールケーキの予約受付と、ケータリングの店舗受取ができます。
   - 駐車場はありません（駅ビルの提携駐車場で1,000円以上のお買上げに1時間の無料券）。
2. 花園町店
   - 2階がカフェ（18席）。エレベーターはありません。
   - 駐車場 4台（店舗裏）。
3. 汐見台店
   - 食パンとハード系のパンが中心。朝7:30開店で、通勤客が多い店舗です。
   - 駐車場 6台。
4. 川辺通り店
   - カフェ席が広く、平日の午後は貸切の相談を受けます（貸切は最大20名、2時間まで）。
   - 駐車場 8台（うち1台は車いす使用者用）。
5. 北野ヶ丘店
   - 2025年4月開店。ショッピングプラザの駐車場（共用）を使えます。
   - 閉店時刻はショッピングプラザに合わせます。

## 年末年始の営業（2026年度）

- 12月31日：全店 17:00閉店（北野ヶ丘店はショッピングプラザに合わせて18:00閉店）
- 1月1日：全店休業
- 1月2日・3日：駅前本店と北野ヶ丘店のみ営業（10:00〜17:00）
- 1月4日から通常営業

## 連絡のルール

- 店舗の電話は、開店の30分前から閉店までつながります。
- 店長が不在のときは、店長代行（シフト表で指名）が対応します。
- 工場への追加発注は、当日分は前日の16:00まで、製造部 受注担当（内線 320）へ。
"""


def build_md(path: Path) -> None:
    path.write_bytes(WIKI_TEXT.encode("utf-8"))


# =============================================================================================
# 5. EML: the factory equipment renewal and the changed delivery schedule.

MAIL_FILENAME = "【全店・工場】中央製造工場オーブン更新工事と配送スケジュール変更のお知らせ.eml"
MAIL_SUBJECT = "【全店・工場】中央製造工場 オーブン更新工事に伴う配送スケジュールの変更について"


def mail_body() -> str:
    lines = [
        "各店 店長・副店長、ケータリング・ご注文センター、製造部 各位",
        "",
        "製造部 生産管理課の宮下です。",
        "中央製造工場の第2製造ラインのオーブン更新工事を行います。工事の期間中は、",
        "店舗への配送便の時刻と便数、製造できる品目が変わりますので、お知らせします。",
        "",
        "■1. 工事の概要",
        "・内容：第2製造ラインのトンネルオーブン（2009年導入）の入替えと、スパイラルミキサー2台の更新",
        "・工事期間：2026年11月9日（月）〜11月14日（土）",
        "・試運転：11月15日（日）",
        "・通常の製造・配送に戻る日：11月16日（月）",
        "",
        "■2. 工事期間中の配送スケジュール（11月9日〜11月14日）",
        "第1便（朝）は、工場の出発を5:40から5:15に早めます。各店への到着予定時刻は次のとおりです。",
        "・駅前本店：5:45（通常 6:10）",
        "・花園町店：6:00（通常 6:25）",
        "・汐見台店：6:15（通常 6:40）",
        "・川辺通り店：6:30（通常 6:55）",
        "・北野ヶ丘店：9:00（通常 9:20）",
        "第2便（昼前、通常は工場発 9:40）は休止します。",
        "第3便（午後、通常は工場発 13:30）は工場発 12:30とし、各店に1時間早く着きます。",
        "",
        "■3. 製造品目の変更",
        "・バゲット、カンパーニュなどのハード系のパンは、工事期間中は各店とも通常の半量とします。",
        "・クロワッサンとデニッシュは、第1ラインで製造するため、通常どおりです。",
        "・ケータリング・ご注文センターでは、11月10日（火）〜11月13日（金）お届け分の",
        "　パーティーオードブル＆パン盛合せの受付を停止します（ほかの商品は通常どおり）。",
        "",
        "■4. 説明会",
        "・日時：2026年11月2日（月）14:00〜15:00",
        "・場所：中央製造工場 2階 研修室（オンライン参加可、URLは前日に送ります）",
        "・対象：各店 店長（都合がつかない場合は副店長）",
        "",
        "■5. お願い",
        "・工事期間中の追加発注は、前々日の16:00までにお願いします（通常は前日の16:00まで）。",
        "・ハード系のパンの売場は、第3便の到着までクロワッサンなどで補ってください。",
        "",
        "工事と製造品目についての問い合わせは生産管理課 宮下（内線 312）、",
        "配送便の時刻についての問い合わせは物流担当 大友（内線 325）までお願いします。",
        "",
        "――――――――――――――――",
        f"{COMPANY} 製造部 生産管理課 課長 宮下 健吾",
        "中央製造工場 電話 0563-00-7820（内線 312）",
        "seisan@hibarino-bakery.example",
    ]
    return "\n".join(lines) + "\n"


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = "ひばり野 生産管理課 <seisan@hibarino-bakery.example>"
    message["To"] = "全店 店長・副店長 <all-shops@hibarino-bakery.example>"
    message["Cc"] = "ケータリング・ご注文センター <catering@hibarino-bakery.example>"
    message["Subject"] = MAIL_SUBJECT
    message["Date"] = format_datetime(datetime.datetime(2026, 10, 20, 10, 15, 0,
                                                        tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    message["Message-ID"] = "<20261020101500.oven-renewal@hibarino-bakery.example>"
    message.set_content(mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


# =============================================================================================
# Question sets.

def _x(value: int) -> list[str]:
    """An Excel figure (thousands of yen) as shown, then other accepted forms."""
    return [_n(value), f"{_n(value)}千円", str(value)]


def _avg(value: int) -> list[str]:
    mean = value / 12
    return [f"{mean:,.1f}", f"{mean:,.1f}千円", f"{mean:.1f}"]


def _sales(site: str, month: str) -> int:
    return SALES[site][MONTHS.index(month)]


QA = [
    ("15人の会議でサンドイッチのスタンダードを頼むと、1人あたりいくらになりますか？", ["980円", "980"]),
    ("パーティーオードブル＆パン盛合せをちょうど40人分、プレミアムで頼むと1人いくら？", ["3,240円", "3240円", "3240"]),
    ("焼き菓子の盛合せを100人分、スタンダードでお願いしたら1名あたりの料金は？", ["470円", "470"]),
    ("お届け先まで8.0kmの場合、平日の配達料はいくらですか？", ["1,650円", "1650円", "1650"]),
    ("お届け日の前日の午後にケータリングを注文すると、何％の割増がかかりますか？", ["20%", "20％", "2割"]),
    ("日曜日のお届けを前日15時に注文した場合、割増は合計で何パーセント？", ["30%", "30％", "3割"]),
    ("ケータリングを前日にキャンセルしたら、キャンセル料はどのくらいかかる？", ["商品代金の50%", "50%", "50％", "半額"]),
    ("カフェスタッフのB等級の時給は改定後いくらですか？", ["1,190円", "1190円", "1190"]),
    ("製造補助スタッフのA等級は、改定前の時給がいくらでしたか？", ["1,090円", "1090円", "1090"]),
    ("改定した店舗スタッフの賃金規程はいつから施行されますか？",
     ["2026年（令和8年）10月1日", "2026年10月1日", "令和8年10月1日"]),
    ("家から店まで片道7kmのパートさんの通勤手当は1日いくら？", ["230円", "230"]),
    ("店舗スタッフの給料は毎月何日に支払われますか？", ["翌月15日", "15日"]),
    ("パートが法定休日に働いたときの割増率は？", ["35%", "35％"]),
    ("2025年度、花園町店の8月の売上高はいくらでしたか？", _x(_sales("花園町店", "8月"))),
    ("2025年12月の全店舗とケータリングを合わせた売上合計は？", _x(MONTH_TOTALS[MONTHS.index("12月")])),
    ("川辺通り店の2025年度の年間売上はいくら？", _x(SITE_TOTALS["川辺通り店"])),
    ("駅前本店の2025年度の月平均売上高は？", _avg(SITE_TOTALS["駅前本店"])),
    ("汐見台店の洋菓子・焼き菓子の年間売上はいくらですか？", _x(CATEGORY_SALES["汐見台店"][2])),
    ("2026年3月のケータリング・ご注文の売上はいくら？", _x(_sales("ケータリング・ご注文", "3月"))),
    ("川辺通り店に電話したいのですが、番号は？", ["0563-00-7804", "0563007804"]),
    ("北野ヶ丘店の店長はだれですか？", ["須藤 美咲", "須藤美咲", "須藤"]),
    ("駅前本店は土日は何時から何時まで営業していますか？", ["7:30〜19:00", "7:30～19:00", "7時30分から19時"]),
    ("オーブン工事の期間中、汐見台店には朝の便は何時に届きますか？", ["6:15", "6時15分"]),
    ("オーブン更新工事の説明会はどこでやりますか？", ["中央製造工場 2階 研修室", "2階 研修室", "2階研修室", "研修室"]),
]

UNANSWERABLE = [
    ("駅前本店の2024年度の年間売上はいくらでしたか？", ["2024年度"]),
    ("南口店の電話番号を教えてください。", ["南口店"]),
    ("ウェディングケーキを注文するといくらかかりますか？", ["ウェディング", "ウエディング"]),
    ("店舗パートの夏の賞与はいくら支給されますか？", ["賞与", "ボーナス", "寸志"]),
    ("花園町店のカフェでWi-Fiは使えますか？パスワードは？", ["Wi-Fi", "WiFi", "無線LAN", "パスワード"]),
    ("中央製造工場の見学を申し込むにはどこに連絡すればいい？", ["見学"]),
    ("正社員の店長の月給はいくらですか？", ["月給", "基本給月額"]),
    ("ケータリングのお届け時刻を30分単位で指定するといくら追加になりますか？", ["時間指定", "指定料"]),
    ("川辺通り店のテラス席にペットを連れて入れますか？", ["ペット", "犬", "同伴"]),
    ("オンラインショップで食パンを買ったときの送料はいくら？", ["通販", "オンラインショップ", "通信販売", "送料"]),
    ("2026年4月の北野ヶ丘店の売上はどうでしたか？", ["2026年4月"]),
    ("今回のオーブン更新工事の費用は全部でいくらですか？", ["工事費", "投資額", "更新費用", "億円"]),
]

ENGLISH = [
    ("How many café seats does the Hanazono-cho shop (花園町店) have?", ["18席", "18"]),
    ("What is the per-person price of the premium sandwich plate (サンドイッチ・パンプレート) for 30 people?",
     ["1,390円", "1390"]),
    ("How much is the delivery fee on a Saturday for a delivery 5 km from the factory?", ["1,100円", "1100"]),
    ("What is the new monthly cap on the commuting allowance for shop part-timers?", ["13,500円", "13500"]),
    ("What was the early-morning allowance per hour before the wage revision?", ["130円", "130"]),
    ("What were the total fiscal 2025 sales of the Kawabe-dori shop (川辺通り店)?",
     [_n(SITE_TOTALS["川辺通り店"]), str(SITE_TOTALS["川辺通り店"])]),
    ("Who is the manager of the Shiomidai shop (汐見台店)?", ["片桐 千夏", "片桐千夏", "Katagiri"]),
    ("What extension should I call with questions about the oven renewal work?", ["内線 312", "312"]),
    ("From which day do production and deliveries return to normal after the oven renewal?",
     ["11月16日", "November 16", "16 November"]),
    ("How much is the per-person add-on for hot coffee with the brunch box for 50 people?", ["+190円", "190円", "190"]),
]

FOLLOWUPS = [
    (["20人でブランチボックスのスタンダードは1人いくら？", "プレミアムにしたらいくら？"], ["1,770円", "1770"]),
    (["配達先まで12kmあるんだけど、平日の配達料は？", "じゃあ日曜日に届けてもらうなら？"], ["2,200円", "2200"]),
    (["カフェスタッフのB等級の時給は今いくら？", "改定前はいくらだった？"], ["1,130円", "1130"]),
    (["花園町店の2025年8月の売上は？", "同じ月の駅前本店は？"], _x(_sales("駅前本店", "8月"))),
    (["川辺通り店の店長はだれ？", "そのお店の定休日は？"], ["毎週月曜日", "月曜日", "月曜"]),
    (["工事期間中、花園町店に朝の便は何時に着く？", "いつもは何時に着いているの？"], ["6:25", "6時25分"]),
    (["2025年12月の売上合計はいくら？", "翌月はどうだった？"], _x(MONTH_TOTALS[MONTHS.index("1月")])),
    (["土日祝日手当は1時間いくらになりましたか？", "早朝手当のほうは？"], ["180円", "180"]),
]

# Strings whose presence would answer an unanswerable question (checked by check_holdout38.py).
ABSENT = {f"h38-un-{index}": absent for index, (_, absent) in enumerate(UNANSWERABLE, start=1)}


def write_questions() -> list[Path]:
    sets = {
        "holdout38_qa.jsonl": [{"id": f"h38-{index}", "q": q, "any": forms}
                               for index, (q, forms) in enumerate(QA, start=1)],
        "holdout38_unanswerable_qa.jsonl": [{"id": f"h38-un-{index}", "q": q, "any": [], "unanswerable": True}
                                            for index, (q, _) in enumerate(UNANSWERABLE, start=1)],
        "holdout38_english_qa.jsonl": [{"id": f"h38-en-{index}", "q": q, "any": forms, "answer_any": forms}
                                       for index, (q, forms) in enumerate(ENGLISH, start=1)],
        "holdout38_followup_qa.jsonl": [{"id": f"h38-fu-{index}", "turns": turns, "any": forms}
                                        for index, (turns, forms) in enumerate(FOLLOWUPS, start=1)],
    }
    written = []
    for filename, rows in sets.items():
        path = DATA / filename
        path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((PRICE_FILENAME, build_pdf), (WAGE_FILENAME, build_docx),
                              (SALES_FILENAME, build_xlsx), (WIKI_FILENAME, build_md),
                              (MAIL_FILENAME, build_eml)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)
    for path in write_questions():
        print(f"{path.name}: written")


if __name__ == "__main__":
    main()
