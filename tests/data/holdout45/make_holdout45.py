"""Write the five documents and the four question sets of the forty-fifth holdout corpus
(tests/data/holdout45/README.md).

One fictional funeral-services company, 株式会社みそら典礼 (head office in the fictional 朝霧市;
five funeral halls: 中央斎場, 北原斎場, 港町斎場, 東雲斎場 and 西山斎場), and five documents its
staff and members would look things up in:

1. the plan price list as a PDF laid out by reportlab (plans 家族葬/一般葬/一日葬/直葬, options and
   hall fees under a two-row header, 一般料金 and 会員料金 each over 改定後 and 改定前, the category
   written only on the first row of its group, 「－」 in empty cells, the table crossing from page 1
   to page 2 with both header rows repeated; the attendance bands and the catering bands with the
   以上/未満 rule and worked examples; a contact line);
2. the funeral service terms (葬儀施行約款) as Word (第1条〜第12条 as Heading 1, a table of
   mortuary and transport fees 改定後 beside 改定前, a cancellation band table, three 附則 with
   transitional rules, 西暦 and 令和 dates);
3. the figures of fiscal 2026 as Excel (funerals by hall and month under two merged header rows,
   a 合計 column and row, a 月平均 row, a 注記 line; sales by plan and hall in 千円 with 「－」);
4. an all-staff e-mail (.eml) on the briefing sessions and the estimate-system training before
   the price revision;
5. the members' portal page as HTML (a table of member courses, lists, <h2>/<h3> sections and a
   definition list).

Every name, address, telephone number and figure is invented (e-mail domains end in `.example`).
This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/) or the earlier holdouts' questions; it is there to measure, not to tune on.

The output is byte-for-byte the same on every run: zip members and core properties carry a fixed
date, reportlab writes in its invariant mode, the e-mail has a fixed date and message id, and the
HTML page and the question sets are fixed text.

    .venv/bin/python tests/data/holdout45/make_holdout45.py            # documents here, sets in tests/data
    .venv/bin/python tests/data/holdout45/make_holdout45.py --out DIR  # documents and sets into DIR
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
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 3, 1, 9, 0, 0)
COMPANY = "株式会社みそら典礼"
CITY = "朝霧市"
DOMAIN = "misora-tenrei.example"
HEADER_FILL = "DDE4EE"
WEEKDAYS = "月火水木金土日"

HALLS = ["中央斎場", "北原斎場", "港町斎場", "東雲斎場", "西山斎場"]
CITY_HALLS = HALLS[:3]    # 市内斎場
SUBURB_HALLS = HALLS[3:]  # 郊外斎場
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]

DOCUMENT_NAMES = {
    "pdf": "葬儀プラン料金表_2027年4月改定.pdf",
    "docx": "葬儀施行約款_2027年4月1日改正.docx",
    "xlsx": "斎場別施行件数・売上実績_2026年度.xlsx",
    "eml": "全斎場周知_料金改定の社内説明会と見積システム研修.eml",
    "html": "みそら会_会員ページ.html",
}
SET_NAMES = {
    "qa": "holdout45_qa.jsonl",
    "unanswerable": "holdout45_unanswerable_qa.jsonl",
    "english": "holdout45_english_qa.jsonl",
    "followup": "holdout45_followup_qa.jsonl",
}


def yen(value: int) -> str:
    return f"{value:,}円"


def forms(value: int, unit: str = "円") -> list[str]:
    """The document's form first (with the thousands comma), then without the comma."""
    first = f"{value:,}{unit}"
    plain = f"{value}{unit}"
    return [first] if first == plain else [first, plain]


def day(year: int | None, month: int, date: int) -> str:
    """A date with its weekday in parentheses, as the e-mail and the portal write it."""
    weekday = WEEKDAYS[datetime.date(2027 if year is None else year, month, date).weekday()]
    return f"{'' if year is None else f'{year}年'}{month}月{date}日（{weekday}）"


# =============================================================================================
# 1. PDF: the plan price list.

PDF_TITLE = "みそら典礼 葬儀プラン料金表（2027年4月改定）"

# (category, plan or item, attendance guide, general new, general old, member new, member old);
# None is an empty cell, printed 「－」.
PRICE_ROWS: list[tuple[str, str, str | None, int | None, int | None, int | None, int | None]] = [
    ("家族葬", "家族葬 こもれびプラン", "10人未満", 385000, 352000, 346500, 316800),
    ("家族葬", "家族葬 ひだまりプラン", "10人以上30人未満", 495000, 462000, 445500, 415800),
    ("家族葬", "家族葬 はなあかりプラン", "30人以上50人未満", 627000, 583000, 564300, 524700),
    ("一般葬", "一般葬 さくらプラン", "50人以上100人未満", 880000, 825000, 792000, 742500),
    ("一般葬", "一般葬 あおぞらプラン", "100人以上200人未満", 1210000, 1122000, 1089000, 1009800),
    ("一般葬", "一般葬 みそらプラン", "200人以上", 1650000, 1540000, 1485000, 1386000),
    ("一日葬", "一日葬 しずくプラン", "30人未満", 341000, 313500, 306900, 281600),
    ("一日葬", "一日葬 ゆうなぎプラン（新設）", "30人以上50人未満", 440000, None, 396000, None),
    ("直葬", "直葬 きよらプラン（火葬のみ）", "10人未満", 198000, 176000, 178200, 158400),
    ("直葬", "直葬 きよらプラン（面会付き）", "10人未満", 253000, 231000, 227700, 207900),
    ("オプション", "湯灌（ゆかん）", None, 88000, 77000, 79200, 69300),
    ("オプション", "エンバーミング（遺体衛生保全）", None, 165000, 154000, None, None),
    ("オプション", "生花祭壇グレードアップ", None, 132000, 121000, 118800, 108900),
    ("オプション", "遺影写真（四つ切・額付き）", None, 27500, 24200, 24750, 21780),
    ("オプション", "会葬礼状（100枚）", None, 13200, 11000, 11880, 9680),
    ("オプション", "ドライアイス（1日分）", None, 11660, 8800, 10340, 7920),
    ("オプション", "霊柩車（宮型・10kmまで）", None, 77000, 71500, 68970, 64350),
    ("オプション", "マイクロバス（往復30kmまで）", None, 38500, 35200, 34650, 31680),
    ("オプション", "骨壺グレードアップ（白磁・新設）", None, 22000, None, 19800, None),
    ("式場使用料", "中央斎場 大式場（200席）", None, 231000, 209000, 184800, 167200),
    ("式場使用料", "中央斎場 小式場（60席）", None, 143000, 132000, 114400, 105600),
    ("式場使用料", "北原斎場（80席）", None, 126500, 115500, 101200, 92400),
    ("式場使用料", "港町斎場（120席）", None, 137500, 124300, 110000, 99440),
    ("式場使用料", "東雲斎場（40席）", None, 93500, 88000, 74800, 70400),
    ("式場使用料", "西山斎場（70席）", None, 104500, 96800, 83600, 77440),
]
PRICE = {row[1]: row for row in PRICE_ROWS}
PRICE_HEADER_TOP = ["区分", "プラン・項目", "参列人数の目安", "一般料金（税込）", "", "会員料金（税込）", ""]
PRICE_HEADER_SUB = ["", "", "", "改定後", "改定前", "改定後", "改定前"]

# (band, 通夜料理 per person, 精進落とし料理 per person)
CATERING_BANDS = [
    ("10人未満", 4950, 5940),
    ("10人以上30人未満", 4400, 5280),
    ("30人以上60人未満", 3960, 4730),
    ("60人以上", 3630, 4290),
]

PDF_INTRO = [
    ("right", "2027年（令和9年）3月1日　株式会社みそら典礼 営業企画課"),
    ("h", "1. この料金表について"),
    ("p", f"この料金表は、{COMPANY}が{CITY}内の中央斎場、北原斎場、港町斎場、東雲斎場及び西山斎場で施行する葬儀の"
          "プラン料金、オプション料金及び式場使用料を定めたものです。「改定後」の料金は2027年4月1日以後に成立した契約に、"
          "「改定前」の料金は2027年3月31日までに成立した契約に適用します。料金はすべて消費税込みの額です。"),
    ("p", "「会員料金」は、みそら会の会員（会員証をお持ちの方とその家族会員）が施主となる葬儀に適用します。"
          "プラン料金には、祭壇、棺、骨壺（標準）、寝台車による搬送（1回）、受付用品及び葬祭ディレクターの人件費が"
          "含まれます。式場使用料、飲食費及び返礼品はプラン料金に含まれません。"),
    ("p", "家族葬と一般葬は通夜と告別式の2日間、一日葬は通夜を行わず告別式と火葬を1日で行い、直葬は式を行わずに"
          "火葬のみを行うプランです。一般葬の各プランには、受付係2名と会葬者用の返礼品の手配が含まれます。"
          "一日葬と直葬では、ご遺体の安置が1日を超える場合に、葬儀施行約款に定める安置料を別に申し受けます。"
          "参列人数の目安を超えた場合も、プランの変更は施主のご希望によります。"),
    ("p", "お見積りは無料です。ご逝去の前の事前相談で作成したお見積りは、作成日から6か月間有効です（ただし、料金の"
          "改定があった場合は、施行の時点の料金によります）。"),
    ("p", "直葬 きよらプランの「面会付き」は、火葬の前に安置室で30分間のお別れの時間を設けるものです。"
          "オプションは、プランに追加してお申込みいただけます。霊柩車とマイクロバスの距離を超える分は、"
          "葬儀施行約款の搬送の加算額に準じて申し受けます。"),
    ("h", "2. プラン・オプション・式場使用料"),
    ("p", "表の「－」は、その料金の設定がないことを表します（改定前の欄の「－」は2027年4月の新設、会員料金の欄の"
          "「－」は会員割引の対象外）。「（新設）」は2027年4月に新設した項目です。式場使用料は1日あたりの料金です。"),
]

PDF_OUTRO = [
    ("h", "3. 参列人数の区分と飲食の単価"),
    ("p", "プランの「参列人数の目安」と飲食の数量区分では、「以上」はその数を含み、「未満」はその数を含みません。"
          "たとえば参列予定がちょうど30人の家族葬は「30人以上50人未満」の区分にあたり、はなあかりプランが目安と"
          "なります。29人であれば「10人以上30人未満」の区分です。飲食を10人分注文した場合は「10人以上30人未満」の"
          "単価、9人分であれば「10人未満」の単価となります。"),
    ("p", "飲食の単価（1人あたり・税込）は、注文した人数分の全体に同じ区分の単価を適用します。"),
    ("catering", None),
    ("p", "飲食の人数は、通夜の前日の17時まで変更できます（精進落とし料理は告別式の前日の17時まで）。"),
    ("h", "4. お問い合わせ"),
    ("p", f"お問い合わせ：{COMPANY} お客さま相談室　電話 0120-000-742（24時間受付）／"
          f"営業企画課 電話 0299-00-3150（平日9時〜17時）"),
]


def price_table_rows() -> list[list[str]]:
    rows = [PRICE_HEADER_TOP, PRICE_HEADER_SUB]
    previous = None
    for category, item, guide, *values in PRICE_ROWS:
        rows.append([category if category != previous else "", item, guide or "－"]
                    + [yen(value) if value is not None else "－" for value in values])
        previous = category
    return rows


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
    heading = ParagraphStyle("heading", parent=body, fontSize=12.5, leading=18, spaceBefore=8, spaceAfter=4)
    title = ParagraphStyle("title", parent=body, fontSize=15, leading=22, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10.5)
    grid = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("FONT", (0, 0), (-1, -1), CID_FONT, 8),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]

    def paragraphs(blocks: list[tuple[str, object]]) -> list[object]:
        flow: list[object] = []
        for kind, content in blocks:
            if kind == "h":
                flow.append(Paragraph(str(content), heading))
            elif kind == "p":
                flow.append(Paragraph(str(content), body))
            elif kind == "right":
                flow.append(Paragraph(str(content), right))
            elif kind == "catering":
                data = [["数量区分", "通夜料理（1人あたり）", "精進落とし料理（1人あたり）"]] + [
                    [band, yen(wake), yen(after)] for band, wake, after in CATERING_BANDS]
                table = Table(data, colWidths=[52 * mm, 50 * mm, 56 * mm], repeatRows=1)
                table.setStyle(TableStyle(grid + [
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#" + HEADER_FILL)),
                    ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ]))
                flow.extend([Spacer(1, 2 * mm), table, Spacer(1, 3 * mm)])
        return flow

    rows = price_table_rows()
    data = []
    for index, row in enumerate(rows):
        if index < 2:
            data.append([Paragraph(value, cell) if value else "" for value in row])
        else:
            data.append([Paragraph(row[0], cell) if row[0] else "", Paragraph(row[1], cell), row[2]] + row[3:])
    table = Table(data, colWidths=[19 * mm, 46 * mm, 29 * mm] + [20 * mm] * 4, repeatRows=2)
    table.setStyle(TableStyle(grid + [
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
        ("SPAN", (3, 0), (4, 0)), ("SPAN", (5, 0), (6, 0)),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#" + HEADER_FILL)),
        ("ALIGN", (3, 2), (-1, -1), "RIGHT"),
        ("ALIGN", (2, 2), (2, -1), "CENTER"),
    ]))
    flow: list[object] = [Paragraph(PDF_TITLE, title)]
    flow += paragraphs(PDF_INTRO)
    flow += [Spacer(1, 2 * mm), table, Spacer(1, 3 * mm)]
    flow += paragraphs(PDF_OUTRO)
    margin = 18 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=PDF_TITLE,
                                 author=f"{COMPANY} 営業企画課", leftMargin=margin, rightMargin=margin,
                                 topMargin=margin, bottomMargin=margin)
    document.build(flow)


# =============================================================================================
# 2. DOCX: the funeral service terms.

DOCX_TITLE = "株式会社みそら典礼 葬儀施行約款"

# (item, unit, new, old)
CARE_FEES = [
    ("安置料（斎場安置室）", "1日", "16,500円", "13,750円"),
    ("安置料（保冷庫）", "1日", "12,100円", "10,450円"),
    ("寝台車搬送（基本・20kmまで）", "1回", "19,250円", "17,600円"),
    ("寝台車搬送（20km超の加算）", "10kmごと", "4,620円", "3,850円"),
    ("深夜・早朝割増（22時〜翌6時の搬送）", "1回", "搬送基本料金の30%", "搬送基本料金の25%"),
    ("付添い安置（控室の宿泊）", "1泊", "6,820円", "5,720円"),
]
CANCEL_BANDS = [
    ("通夜開始の72時間以上前", "無料（搬送・安置を行った場合はその実費）"),
    ("通夜開始の24時間以上72時間未満前", "見積額の15%"),
    ("通夜開始の24時間未満前", "見積額の35%"),
    ("通夜開始後", "見積額の全額"),
]

DOCX_BODY: list[tuple[str, object]] = [
    ("right", "制定 2020年（令和2年）1月20日　最終改正 2027年（令和9年）2月15日"),
    ("h1", "第1条（目的）"),
    ("p", f"この約款は、{COMPANY}（以下「当社」という。）が{CITY}内の中央斎場、北原斎場、港町斎場、東雲斎場及び"
          "西山斎場（以下「斎場」という。）その他の場所で行う葬儀の施行について、当社と施主との間の契約の内容を定める。"),
    ("h1", "第2条（用語の定義）"),
    ("p", "この約款において「施主」とは、当社に葬儀の施行を依頼し、その費用を負担する者をいう。「施行」とは、"
          "通夜、告別式、一日葬及び直葬（火葬式）を行うことをいう。「会員」とは、第9条に定めるみそら会の会員をいう。"),
    ("h1", "第3条（契約の成立）"),
    ("p", "葬儀の施行の契約は、施主が当社の見積書兼申込書に署名した時に成立する。ただし、22時から翌6時までの間に"
          "電話で依頼を受けた搬送については、当社が電話で依頼を受けた時に搬送の契約が成立する。"),
    ("h1", "第4条（料金）"),
    ("p", "プラン料金、オプション料金及び式場使用料は、当社が別に定める葬儀プラン料金表による。安置料及び搬送料は、"
          "次条に定める。料金はすべて消費税込みの額とする。"),
    ("h1", "第5条（安置及び搬送）"),
    ("p", "斎場の安置室又は保冷庫での安置及び寝台車による搬送の料金は、次の表のとおりとする。安置の期間は、"
          "最長10日間とする。プラン料金に含まれる搬送（1回）を超える搬送には、この表の料金を適用する。"),
    ("care_table", None),
    ("p", "搬送の距離は、出発地から到着地までの道のりで数える。100kmを超える搬送は、当社が個別に見積もる。"),
    ("h1", "第6条（見積り及び追加）"),
    ("p", "当社は、契約の前に見積書を交付する。契約の後に物品又はサービスを追加するときは追加見積書を交付し、"
          "追加の合計額が当初の見積額の10%を超えるときは、施主の書面による同意を得る。"),
    ("h1", "第7条（支払）"),
    ("p", "施主は、施行日の翌日から起算して10日以内（会員は20日以内）に、料金を現金、銀行振込又はクレジットカードで"
          "支払う。合計額が30万円以上の場合は、当社提携の葬儀ローンによる分割払い（最大36回）を利用できる。"),
    ("h1", "第8条（契約の取消し）"),
    ("p", "施主は、契約の成立後、施行の前であれば契約を取り消すことができる。この場合の取消料は、取消しの申出を"
          "当社が受けた時期に応じて、次の表のとおりとする。"),
    ("cancel_table", None),
    ("p", "表の「以上」はその時間を含み、「未満」はその時間を含まない。たとえば通夜開始のちょうど72時間前に申出を"
          "受けた取消しは無料の区分にあたり、71時間前の取消しは「24時間以上72時間未満前」の区分にあたる。"
          "一日葬及び直葬では、告別式又は出棺の開始の時刻を通夜開始の時刻とみなす。"),
    ("h1", "第9条（会員）"),
    ("p", "みそら会の会員になろうとする者は、当社所定の申込書を提出し、入会金5,500円（改定前3,300円）を支払う。"
          "会員のコース、年会費及び特典は、みそら会の会員ページに定める。会員は、葬儀プラン料金表の会員料金で"
          "施行を受けることができる。"),
    ("h1", "第10条（個人情報）"),
    ("p", "当社は、契約の履行のために取得した施主及び故人の個人情報を、葬儀の施行、会員サービス及び法令に基づく"
          "場合のほかに利用しない。個人情報の保存期間は、施行日から7年とする。"),
    ("h1", "第11条（免責）"),
    ("p", "当社は、天災、火葬場の休場、交通の途絶その他当社の責めに帰することができない事由により施行の日時又は"
          "内容を変更したときは、その変更による損害を賠償しない。"),
    ("h1", "第12条（管轄裁判所）"),
    ("p", "この約款に基づく契約に関する紛争については、朝霧地方裁判所を第一審の専属的合意管轄裁判所とする。"),
    ("h1", "附則"),
    ("p", "（2020年1月20日 制定）"),
    ("p", "この約款は、2020年（令和2年）4月1日から施行する。"),
    ("h1", "附則（2023年8月28日 改正）"),
    ("p", "1. この改正は、2023年（令和5年）10月1日から施行する。"),
    ("p", "2. この改正により、第5条の表に深夜・早朝割増を加えた。この改正の施行の日の前に依頼を受けた搬送には、"
          "深夜・早朝割増を適用しない。"),
    ("h1", "附則（2027年2月15日 改正）"),
    ("p", "1. この改正は、2027年（令和9年）4月1日から施行する。"),
    ("p", "2. 2027年3月31日までに成立した契約の料金は、施行の日が同年4月1日以後であっても、改正前の料金"
          "（第5条の表の改定前の欄及び葬儀プラン料金表の改定前の欄）による。"),
    ("p", "3. 2027年3月31日までに入会した会員からは、改正後の入会金との差額を徴収しない。"),
    ("p", "4. 第7条の会員の支払期限（20日以内）は、2027年4月1日以後に施行した葬儀の料金から適用し、それより前に"
          "施行した葬儀の料金は、なお従前の例（14日以内）による。"),
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
    properties.title = DOCX_TITLE
    properties.author = f"{COMPANY} 総務部"
    properties.last_modified_by = f"{COMPANY} 総務部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 3
    document.add_heading(DOCX_TITLE, level=0)

    def table_of(rows: list[list[str]] | list[tuple[str, ...]]) -> None:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = document.styles["Table Grid"]
        for row_index, row in enumerate(rows):
            for column, value in enumerate(row):
                table.cell(row_index, column).text = value
        docx_header_row(table.rows[0], HEADER_FILL)

    for kind, content in DOCX_BODY:
        if kind == "h1":
            document.add_heading(str(content), level=1)
        elif kind == "p":
            document.add_paragraph(str(content))
        elif kind == "right":
            document.add_paragraph(str(content)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "care_table":
            table_of([["項目", "単位", "改定後（2027年4月1日から）", "改定前"]] + [list(row) for row in CARE_FEES])
        elif kind == "cancel_table":
            table_of([["取消しの時期", "取消料"]] + [list(row) for row in CANCEL_BANDS])
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# =============================================================================================
# 3. XLSX: funerals by hall and month, sales by plan and hall.

FUNERALS = {
    "中央斎場": [38, 35, 33, 36, 41, 34, 37, 39, 46, 52, 47, 44],
    "北原斎場": [24, 22, 21, 23, 26, 22, 24, 25, 29, 33, 30, 28],
    "港町斎場": [29, 27, 25, 28, 31, 26, 30, 30, 35, 40, 36, 34],
    "東雲斎場": [11, 10, 9, 12, 13, 10, 11, 12, 15, 17, 14, 13],
    "西山斎場": [19, 18, 17, 18, 21, 17, 20, 19, 24, 27, 23, 22],
}
FUNERAL_TOTAL = {hall: sum(values) for hall, values in FUNERALS.items()}
MONTH_TOTAL = [sum(FUNERALS[hall][index] for hall in HALLS) for index in range(12)]
GRAND_TOTAL = sum(MONTH_TOTAL)
XLSX_NOTE = ("注記：施行件数は、斎場で通夜・告別式又は一日葬を行った件数に、斎場の安置室を使った直葬の件数を加えたもの"
             "（単位：件）。1月〜3月は2027年の月。月平均は合計を12で割り、小数第1位まで表示。")

PLAN_KINDS = ["家族葬", "一般葬", "一日葬", "直葬", "オプション・物品"]
# 千円; None = no such funerals at that hall (「－」).
SALES: dict[str, list[int | None]] = {
    "家族葬": [48620, 41350, 39870, 21460, 30915],
    "一般葬": [96480, 38720, 61235, None, 27340],
    "一日葬": [18755, 12930, 14280, 6415, 9860],
    "直葬": [7392, 5148, None, 3267, 4521],
    "オプション・物品": [31640, 17285, 22470, 6930, 12075],
}
SALES_ROW_TOTAL = {kind: sum(value or 0 for value in values) for kind, values in SALES.items()}
SALES_HALL_TOTAL = [sum(SALES[kind][index] or 0 for kind in PLAN_KINDS) for index in range(len(HALLS))]
SALES_TOTAL = sum(SALES_HALL_TOTAL)
SALES_NOTE = ("（単位：千円。消費税抜き。「－」はその斎場で取扱いがないことを表す。東雲斎場は40席のため一般葬を受けず、"
              "港町斎場の直葬は中央斎場の安置室で受ける）")


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor=HEADER_FILL)
    total_fill = PatternFill("solid", fgColor="F2F2F2")
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def header(cell: object) -> None:
        cell.font = Font(bold=True)  # type: ignore[attr-defined]
        cell.fill = fill  # type: ignore[attr-defined]
        cell.border = border  # type: ignore[attr-defined]
        cell.alignment = centred  # type: ignore[attr-defined]

    def numbers(sheet: object, row: int, label: str, values: list[int | float | None], fmt: str,
                total: bool = False) -> None:
        cell = sheet.cell(row=row, column=1, value=label)  # type: ignore[attr-defined]
        cells = [cell]
        for column, value in enumerate(values, start=2):
            target = sheet.cell(row=row, column=column, value="－" if value is None else value)  # type: ignore[attr-defined]
            if value is None:
                target.alignment = Alignment(horizontal="center")
            else:
                target.number_format = fmt
            cells.append(target)
        for target in cells:
            target.border = border
            if total:
                target.font = Font(bold=True)
                target.fill = total_fill

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "斎場別月別施行件数"
    width = 2 + len(HALLS)
    sheet.cell(row=1, column=1, value="斎場別・月別 葬儀施行件数（2026年度：2026年4月〜2027年3月）").font = Font(bold=True, size=13)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    for column in range(1, width + 1):
        header(sheet.cell(row=2, column=column))
        header(sheet.cell(row=3, column=column))
    sheet.cell(row=2, column=1, value="月")
    sheet.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    sheet.cell(row=2, column=2, value="市内斎場")
    sheet.merge_cells(start_row=2, start_column=2, end_row=2, end_column=1 + len(CITY_HALLS))
    sheet.cell(row=2, column=2 + len(CITY_HALLS), value="郊外斎場")
    sheet.merge_cells(start_row=2, start_column=2 + len(CITY_HALLS), end_row=2, end_column=1 + len(HALLS))
    sheet.cell(row=2, column=width, value="合計")
    sheet.merge_cells(start_row=2, start_column=width, end_row=3, end_column=width)
    for column, hall in enumerate(HALLS, start=2):
        sheet.cell(row=3, column=column, value=hall)
    for index, month in enumerate(MONTHS):
        values = [FUNERALS[hall][index] for hall in HALLS]
        numbers(sheet, 4 + index, month, values + [sum(values)], "#,##0")
    numbers(sheet, 16, "合計", [FUNERAL_TOTAL[hall] for hall in HALLS] + [GRAND_TOTAL], "#,##0", total=True)
    numbers(sheet, 17, "月平均", [FUNERAL_TOTAL[hall] / 12 for hall in HALLS] + [GRAND_TOTAL / 12], "#,##0.0",
            total=True)
    sheet.cell(row=19, column=1, value=XLSX_NOTE)
    sheet.column_dimensions["A"].width = 10
    for letter in "BCDEFG":
        sheet.column_dimensions[letter].width = 12
    sheet.freeze_panes = "B4"

    sales = workbook.create_sheet("プラン別売上高")
    sales.cell(row=1, column=1, value="斎場別・プラン別 売上高（2026年度）").font = Font(bold=True, size=13)
    sales.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    for column, label in enumerate(["プラン区分"] + HALLS + ["合計"], start=1):
        header(sales.cell(row=2, column=column, value=label))
    for index, kind in enumerate(PLAN_KINDS):
        numbers(sales, 3 + index, kind, list(SALES[kind]) + [SALES_ROW_TOTAL[kind]], "#,##0")
    numbers(sales, 3 + len(PLAN_KINDS), "合計", list(SALES_HALL_TOTAL) + [SALES_TOTAL], "#,##0", total=True)
    sales.cell(row=4 + len(PLAN_KINDS), column=1, value=SALES_NOTE)
    sales.column_dimensions["A"].width = 18
    for letter in "BCDEFG":
        sales.column_dimensions[letter].width = 12
    save_workbook(workbook, path, title=f"{COMPANY} 斎場別施行件数・売上実績（2026年度）",
                  creator=f"{COMPANY} 営業企画課", moment=FIXED_MOMENT)


# =============================================================================================
# 4. EML: the all-staff e-mail.

MAIL_SUBJECT = "【全斎場周知】料金改定の社内説明会と見積システム研修の日程について"
MAIL_FROM = f"{COMPANY} 総務部 <soumu@{DOMAIN}>"
MAIL_TO = f"全斎場 支配人・葬祭ディレクター <all-halls@{DOMAIN}>"
MAIL_DATE = datetime.datetime(2027, 2, 22, 10, 15, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=9)))
MAIL_ID = f"<20270222101500.kaitei-setsumeikai@{DOMAIN}>"

SESSIONS = [
    ("第1回", day(2027, 3, 8), "14:00〜15:30", "本社3階 大会議室"),
    ("第2回", day(None, 3, 10), "10:00〜11:30", "北原斎場 2階 第2控室"),
    ("第3回", day(None, 3, 12), "17:30〜19:00", "西山斎場 1階 研修室"),
]
COURSES = [
    ("Aコース", day(None, 3, 16), "9:30〜11:30", "本社4階 研修室"),
    ("Bコース", day(None, 3, 18), "13:30〜15:30", "港町斎場 3階 会議室"),
]
SESSION_DEADLINE = f"{day(None, 3, 3)}17:00"
COURSE_DEADLINE = f"{day(None, 3, 11)}12:00"


def mail_body() -> str:
    lines = [
        "各斎場 支配人・葬祭ディレクター 各位",
        "",
        "総務部の高梨です。",
        "4月1日の料金改定（葬儀プラン料金表・葬儀施行約款）に向けて、社内説明会と新しい見積システムの研修を",
        "次のとおり行います。各斎場から必ず1名以上参加してください。",
        "",
        "■1. 料金改定の社内説明会（各回同じ内容・90分）",
    ]
    lines += [f"・{name}：{date}　{time}　{room}" for name, date, time, room in SESSIONS]
    lines += [
        f"申込締切：{SESSION_DEADLINE}（各回30名まで、先着順）",
        "講師：営業企画課 森下 圭吾",
        "",
        "■2. 見積システム研修（操作研修・120分）",
    ]
    lines += [f"・{name}：{date}　{time}　{room}" for name, date, time, room in COURSES]
    lines += [
        f"申込締切：{COURSE_DEADLINE}（各コース12名まで）",
        "持参物：業務用タブレット（充電しておくこと）",
        "講師：情報システム課 戸川 真理",
        "",
        "■3. 切替えの日程",
        f"・会員向け案内状の発送：{day(None, 3, 24)}",
        f"・旧見積書の使用終了：{day(None, 3, 29)}18:00",
        f"・新料金表の掲示：{day(None, 3, 31)}までに各斎場の受付に掲示",
        f"・新料金の適用開始：{day(None, 4, 1)}に成立した契約から",
        "",
        "■4. 問い合わせ",
        "・説明会・研修の申込み：総務部 高梨 由紀（内線 312）",
        "・料金改定の内容：営業企画課 森下 圭吾（内線 327）",
        "・見積システム：情報システム課 戸川 真理（内線 345）",
        "・夜間（18時以降）の緊急連絡：当直責任者 直通 0299-00-3199",
        "",
        "――――――――――――――――",
        f"{COMPANY} 総務部 高梨 由紀",
        "電話 0299-00-3100（代表）",
        f"soumu@{DOMAIN}",
    ]
    return "\n".join(lines) + "\n"


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = MAIL_FROM
    message["To"] = MAIL_TO
    message["Subject"] = MAIL_SUBJECT
    message["Date"] = format_datetime(MAIL_DATE)
    message["Message-ID"] = MAIL_ID
    message.set_content(mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


# =============================================================================================
# 5. HTML: the members' portal page.

# (course, annual fee, plan discount, free mortuary days, family members)
COURSES_TABLE = [
    ("ゴールド会員", "6,600円", "会員料金からさらに3%引き", "2日まで無料", "5名まで"),
    ("スタンダード会員", "2,200円", "会員料金", "1日まで無料", "3名まで"),
    ("シニア会員（満70歳以上）", "1,320円", "会員料金", "－", "2名まで"),
]
CONSULTATIONS = {
    "中央斎場": [(day(2027, 4, 17), "10:00〜12:00", "事前相談会と式場見学")],
    "港町斎場": [(day(2027, 4, 24), "13:30〜15:30", "事前相談会（家族葬・一日葬）")],
    "西山斎場": [(day(2027, 5, 8), "10:30〜12:00", "終活セミナー「エンディングノートの書き方」（定員20名）")],
}
GLOSSARY = [
    ("会員番号", "「MS」に続く8桁の数字です。会員証の表面に記載しています。"),
    ("有効期間", "入会日の属する月から1年間です。退会のお申出がない限り、年会費の引落しにより自動で更新されます。"),
    ("家族会員", "本会員の2親等以内の親族で、会員コースごとの人数まで登録できます。家族会員が施主となる葬儀にも会員料金が適用されます。"),
    ("みそらポイント", "施行額（税抜き）1,000円ごとに15ポイントを付与します。1ポイント1円として、次回以降の施行や仏具の購入に使えます。有効期限は付与日から3年です。"),
    ("会員証の再発行", "紛失・破損の場合は、再発行手数料550円で再発行します（お届けまで約10日）。"),
]


def html_text() -> str:
    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>みそら会 会員ページ｜株式会社みそら典礼</title>",
        "</head>",
        "<body>",
        "<header>",
        "<h1>みそら会 会員ページ</h1>",
        "<p>ようこそ、みそら会会員の皆さま。このページでは、会員コースと特典、事前相談会の予定、会員特典のご利用方法を"
        "ご案内します。</p>",
        "<p>最終更新日：2027年3月24日</p>",
        "</header>",
        "<main>",
        "<section>",
        "<h2>会員コースと特典</h2>",
        "<p>2027年4月1日からの会員コースと特典は次のとおりです（金額は税込み）。会員料金の額は、葬儀プラン料金表の"
        "「会員料金」の欄をご覧ください。</p>",
        "<table>",
        "<thead><tr><th>会員コース</th><th>年会費</th><th>プラン料金</th><th>斎場安置室の安置料</th><th>家族会員の登録</th></tr></thead>",
        "<tbody>",
    ]
    for row in COURSES_TABLE:
        out.append("<tr>" + "".join(f"<td>{esc(value)}</td>" for value in row) + "</tr>")
    out += [
        "</tbody>",
        "</table>",
        "<p>シニア会員は、入会の時点で満70歳以上の方が対象です。コースの変更は、年会費の更新月に限り受け付けます。</p>",
        "</section>",
        "<section>",
        "<h2>お知らせ</h2>",
        "<ul>",
        "<li>2027年3月24日：4月1日からの新しい葬儀プラン料金表を掲載しました。</li>",
        "<li>2027年3月10日：一日葬の新しいプラン「ゆうなぎプラン」を4月1日から受け付けます。</li>",
        "<li>2027年2月26日：会員証のデザインを変更しました。お手元の会員証は引き続きお使いいただけます。</li>",
        "</ul>",
        "</section>",
        "<section>",
        "<h2>事前相談会・見学会の予定</h2>",
        "<p>参加は無料です。会員ご本人と家族会員のほか、会員でない方もご参加いただけます。お申込みは各回の3日前まで。</p>",
    ]
    for hall, events in CONSULTATIONS.items():
        out.append(f"<h3>{hall}</h3>")
        out.append("<ul>")
        for date, time, what in events:
            out.append(f"<li>{date} {time}　{esc(what)}</li>")
        out.append("</ul>")
    out += [
        "</section>",
        "<section>",
        "<h2>会員特典のご利用方法</h2>",
        "<ol>",
        "<li>ご逝去の連絡の際に、お客さま相談室（24時間受付）へ会員番号をお伝えください。</li>",
        "<li>打合せの際に会員証をご提示ください（家族会員の方は本会員の会員番号をお伝えください）。</li>",
        "<li>見積書の「会員料金」欄に会員料金が記載されていることをご確認ください。</li>",
        "<li>お支払いの後、みそらポイントが付与されます（付与まで約2週間）。</li>",
        "</ol>",
        "</section>",
        "<section>",
        "<h2>用語の説明</h2>",
        "<dl>",
    ]
    for term, text in GLOSSARY:
        out.append(f"<dt>{esc(term)}</dt><dd>{esc(text)}</dd>")
    out += [
        "</dl>",
        "</section>",
        "<section>",
        "<h2>お問い合わせ</h2>",
        f"<p>みそら会 会員サービス課　電話 0120-000-318（平日9:00〜17:00）　メール kaiin@{DOMAIN}</p>",
        "</section>",
        "</main>",
        f"<footer><p>&copy; {COMPANY}（{CITY}）</p></footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"


def build_html(path: Path) -> None:
    path.write_bytes(html_text().encode("utf-8"))


def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


# =============================================================================================
# Question sets, written from the same figures.

def p(item: str, column: int) -> int:
    """A price of PRICE_ROWS: column 0 general new, 1 general old, 2 member new, 3 member old."""
    value = PRICE[item][3 + column]
    assert value is not None
    return value


def f(month: str, hall: str) -> int:
    return FUNERALS[hall][MONTHS.index(month)]


def s(kind: str, hall: str) -> int:
    value = SALES[kind][HALLS.index(hall)]
    assert value is not None
    return value


def plain(value: int) -> list[str]:
    """A number as the spreadsheet shows it (#,##0), then without the comma."""
    return forms(value, "")


def average(value: int) -> str:
    return f"{value / 12:,.1f}"


QA: list[tuple[str, list[str]]] = [
    # PDF: table cells by row and column, the 改定前 column, cells on page 2, bands.
    ("家族葬のひだまりプランを、みそら会の会員として4月以降に申し込むといくらになりますか。",
     forms(p("家族葬 ひだまりプラン", 2))),
    ("一般葬のあおぞらプランの一般料金は、改定前はいくらでしたか。", forms(p("一般葬 あおぞらプラン", 1))),
    ("白磁の骨壺にグレードアップしたい。会員なら4月からいくらですか。",
     forms(p("骨壺グレードアップ（白磁・新設）", 2))),
    ("港町斎場の式場使用料（1日）は、会員だと改定後いくら？", forms(p("港町斎場（120席）", 2))),
    ("マイクロバスの一般料金は改定前だといくらだった？", forms(p("マイクロバス（往復30kmまで）", 1))),
    ("参列者がちょうど100人くらいの一般葬だと、目安になるプランの一般料金（改定後）はいくら？",
     forms(p("一般葬 あおぞらプラン", 0))),
    ("精進落とし料理をちょうど60人分頼んだら、1人あたりの単価はいくらですか。", forms(CATERING_BANDS[3][2])),
    # DOCX: articles, the 改定前 column, the band, 附則.
    ("寝台車で20kmを超えて搬送するとき、10kmごとの加算額は改定後いくらですか。", ["4,620円", "4620円"]),
    ("通夜が始まるちょうど24時間前に取り消したら、取消料はどうなりますか。", ["見積額の15%", "15%", "15％"]),
    ("会員が施主の場合、葬儀の料金は施行日の翌日から何日以内に払えばよいですか。", ["20日以内"]),
    ("約款の第5条に深夜・早朝割増を加えた改正は、いつから施行されましたか。",
     ["2023年（令和5年）10月1日", "2023年10月1日", "令和5年10月1日"]),
    ("葬儀施行約款が最初に施行されたのはいつですか。", ["2020年（令和2年）4月1日", "2020年4月1日", "令和2年4月1日"]),
    ("約款に関する争いになった場合、第一審の管轄裁判所はどこですか。", ["朝霧地方裁判所"]),
    # XLSX: cells, totals, averages, the second sheet.
    ("2026年度の8月に港町斎場で施行した葬儀は何件ですか。", plain(f("8月", "港町斎場")) + [f"{f('8月', '港町斎場')}件"]),
    ("西山斎場の2026年度の施行件数は年間で合計何件？", plain(FUNERAL_TOTAL["西山斎場"]) + [f"{FUNERAL_TOTAL['西山斎場']}件"]),
    ("北原斎場の2026年度の月平均の施行件数はいくつですか。", [average(FUNERAL_TOTAL["北原斎場"])]),
    ("2027年1月の施行件数は、5つの斎場の合計で何件でしたか。", plain(MONTH_TOTAL[MONTHS.index("1月")])
     + [f"{MONTH_TOTAL[MONTHS.index('1月')]}件"]),
    ("東雲斎場の一日葬の売上高（2026年度）は何千円ですか。", plain(s("一日葬", "東雲斎場"))
     + [f"{s('一日葬', '東雲斎場'):,}千円"]),
    # EML: rooms, deadlines, extensions.
    ("料金改定の社内説明会の第2回はどこでやりますか。", ["北原斎場 2階 第2控室", "第2控室"]),
    ("見積システム研修の申込締切はいつですか。", [COURSE_DEADLINE, "3月11日"]),
    ("料金改定の内容について聞きたいときは、森下さんの内線は何番？", ["内線 327", "327"]),
    # HTML: the table, the lists, the definition list.
    ("みそら会のゴールド会員の年会費はいくらですか。", ["6,600円", "6600円"]),
    ("港町斎場の事前相談会はいつ開かれますか。", [CONSULTATIONS["港町斎場"][0][0], "2027年4月24日", "4月24日"]),
    ("会員証をなくしたとき、再発行の手数料はいくらかかりますか。", ["550円"]),
]

UNANSWERABLE: list[str] = [
    "ペット葬のプランはいくらですか。",
    "中央斎場の2025年度の施行件数は何件でしたか。",
    "南浜斎場の式場使用料はいくらですか。",
    "海洋散骨のプランを頼むといくらかかりますか。",
    "四十九日法要をお願いする場合の料金はいくら？",
    "料金改定の社内説明会の第4回はいつ、どこで開かれますか。",
    "みそら会を途中で退会したら、年会費はいくら返ってきますか。",
    "市営火葬場の火葬料は1件いくらですか。",
    "供花を1基頼むといくらになりますか。",
    "西山斎場の駐車場には車が何台とめられますか。",
    "各斎場の職員数は何人ですか。",
    "お寺へのお布施の目安はいくらですか。",
]
# Why each unanswerable question has no answer: the reason, and the strings that would carry its
# value, none of which is in any document (check_holdout45.py checks that).
ABSENT: dict[str, tuple[str, list[str]]] = {
    "h45-un-1": ("no pet funerals are offered or priced anywhere", ["ペット"]),
    "h45-un-2": ("the workbook holds fiscal 2026 only; no figure of fiscal 2025", ["2025年度"]),
    "h45-un-3": ("there is no 南浜 hall; the five halls are 中央, 北原, 港町, 東雲, 西山", ["南浜"]),
    "h45-un-4": ("no scattering of ashes at sea is offered", ["散骨"]),
    "h45-un-5": ("memorial services after the funeral are not priced", ["四十九日", "法要"]),
    "h45-un-6": ("the e-mail lists three briefing sessions only", ["第4回"]),
    "h45-un-7": ("the portal names withdrawal (退会) only for the renewal; no refund is stated", ["返金", "返還", "払戻"]),
    "h45-un-8": ("the crematorium's own fee is not in any document", ["火葬料", "火葬場使用料"]),
    "h45-un-9": ("funeral flower stands sent by mourners are not priced", ["供花"]),
    "h45-un-10": ("no hall's parking is described", ["駐車"]),
    "h45-un-11": ("no staff numbers are given", ["職員数", "従業員", "社員数", "スタッフ"]),
    "h45-un-12": ("offerings to the temple are not mentioned", ["布施"]),
}

ENGLISH: list[tuple[str, list[str], list[str]]] = [
    ("What is the non-member price after the revision of the general funeral Sakura plan (一般葬 さくらプラン)?",
     forms(p("一般葬 さくらプラン", 0)), plain(p("一般葬 さくらプラン", 0))),
    ("Before the revision, what did members pay for the yukan (湯灌) ceremonial bathing option?",
     forms(p("湯灌（ゆかん）", 3)), plain(p("湯灌（ゆかん）", 3))),
    ("What is the one-day hall fee at the Shinonome hall (東雲斎場) for non-members after the revision?",
     forms(p("東雲斎場（40席）", 0)), plain(p("東雲斎場（40席）", 0))),
    ("Under the funeral service terms, how much does a day in the hall's mortuary room (斎場安置室) cost after the revision?",
     ["16,500円", "16500円"], ["16,500", "16500"]),
    ("If a family cancels 20 hours before the wake starts, what cancellation fee do the terms set?",
     ["見積額の35%"], ["35%", "35 %", "35 percent"]),
    ("How many funerals did the Chuo hall (中央斎場) hold in fiscal 2026 in total?",
     plain(FUNERAL_TOTAL["中央斎場"]), plain(FUNERAL_TOTAL["中央斎場"])),
    ("What were the family-funeral (家族葬) sales at the Kitahara hall (北原斎場) in fiscal 2026, in thousands of yen?",
     plain(s("家族葬", "北原斎場")), plain(s("家族葬", "北原斎場"))),
    ("At what time does the third internal briefing session on the price revision start?",
     ["17:30〜19:00"], ["17:30", "5:30"]),
    ("What is the phone extension of Togawa in the information systems section, the contact for the estimate system?",
     ["内線 345"], ["345"]),
    ("What is the annual fee of the standard membership (スタンダード会員) of Misora-kai?",
     ["2,200円", "2200円"], ["2,200", "2200"]),
]

FOLLOWUPS: list[tuple[list[str], list[str]]] = [
    (["家族葬のはなあかりプランの会員料金（改定後）はいくら？", "改定前だといくらだった？"],
     forms(p("家族葬 はなあかりプラン", 3))),
    (["中央斎場の小式場の式場使用料は、一般料金（改定後）でいくら？", "北原斎場の場合は？"],
     forms(p("北原斎場（80席）", 0))),
    (["斎場安置室の安置料は改定後1日いくらですか。", "では改定前は？"], ["13,750円", "13750円"]),
    (["港町斎場の2026年10月の施行件数は？", "西山斎場は？"], plain(f("10月", "西山斎場"))
     + [f"{f('10月', '西山斎場')}件"]),
    (["一般葬の売上高は中央斎場でいくらでしたか。", "では港町斎場は？"], plain(s("一般葬", "港町斎場"))
     + [f"{s('一般葬', '港町斎場'):,}千円"]),
    (["見積システム研修のAコースはどこでやりますか。", "Bコースの会場は？"], ["港町斎場 3階 会議室"]),
    (["通夜料理は10人未満だと1人あたりいくら？", "精進落とし料理の場合は？"], forms(CATERING_BANDS[0][2])),
    (["ゴールド会員だと家族会員は何名まで登録できますか。", "スタンダード会員だと？"], ["3名まで", "3名"]),
]


# Which document states each answer (not written into the sets; check_holdout45.py uses it).
SOURCES: dict[str, str] = {
    **{f"h45-{index}": key for index, key in enumerate(
        ["pdf"] * 7 + ["docx"] * 6 + ["xlsx"] * 5 + ["eml"] * 3 + ["html"] * 3, start=1)},
    **{f"h45-en-{index}": key for index, key in enumerate(
        ["pdf", "pdf", "pdf", "docx", "docx", "xlsx", "xlsx", "eml", "eml", "html"], start=1)},
    **{f"h45-fu-{index}": key for index, key in enumerate(
        ["pdf", "pdf", "docx", "xlsx", "xlsx", "eml", "pdf", "html"], start=1)},
}


def question_sets() -> dict[str, list[dict]]:
    assert len(QA) == 24 and len(UNANSWERABLE) == 12 and len(ENGLISH) == 10 and len(FOLLOWUPS) == 8
    return {
        SET_NAMES["qa"]: [{"id": f"h45-{index}", "q": q, "any": answers}
                          for index, (q, answers) in enumerate(QA, start=1)],
        SET_NAMES["unanswerable"]: [{"id": f"h45-un-{index}", "q": q, "any": [], "unanswerable": True}
                                    for index, q in enumerate(UNANSWERABLE, start=1)],
        SET_NAMES["english"]: [{"id": f"h45-en-{index}", "q": q, "any": answers, "answer_any": english}
                               for index, (q, answers, english) in enumerate(ENGLISH, start=1)],
        SET_NAMES["followup"]: [{"id": f"h45-fu-{index}", "turns": turns, "any": answers}
                                for index, (turns, answers) in enumerate(FOLLOWUPS, start=1)],
    }


def write_sets(directory: Path) -> list[Path]:
    written = []
    for filename, questions in question_sets().items():
        path = directory / filename
        path.write_bytes("".join(json.dumps(question, ensure_ascii=False) + "\n" for question in questions).encode("utf-8"))
        written.append(path)
    return written


def write_documents(directory: Path) -> list[Path]:
    builders = {"pdf": build_pdf, "docx": build_docx, "xlsx": build_xlsx, "eml": build_eml, "html": build_html}
    written = []
    for key, builder in builders.items():
        path = directory / DOCUMENT_NAMES[key]
        builder(path)
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the documents and the sets into this directory instead")
    arguments = parser.parse_args()
    if arguments.out is not None:
        arguments.out.mkdir(parents=True, exist_ok=True)
        written = write_documents(arguments.out) + write_sets(arguments.out)
    else:
        written = write_documents(HERE) + write_sets(DATA)
    for path in written:
        print(f"{path.name}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
