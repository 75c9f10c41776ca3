"""Write the five documents and the four question sets of the forty-first holdout corpus
(tests/data/holdout41/README.md).

One fictional ski-resort operator, 雪代高原リゾート株式会社 (雪代高原スキー場 in the fictional 雪代村:
lift tickets, a ski school, rentals, a centre house and four places to stay, ホテル雪代, ロッジ白樺,
中腹ヒュッテ岳樺 and 山頂ロッジ駒草), and five documents its staff would look things up in: the
2027-28 lift-ticket price list as a PDF (a table under a two-row header that crosses a page break,
ticket types written on the first row of their group only), the group-use rules as Word (第1条〜第11条,
an amending 附則, a head-count band table), the fiscal 2026 figures as Excel (overnight guests month by
month and place by place under two merged header rows; sales by department and place in 千円), the
winter-season staff briefing deck as PowerPoint (bullets and one table) and an all-staff e-mail (.eml)
on the opening preparations. Every name, address, telephone number and figure here is invented
(e-mail domains end in `.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/) or the earlier holdouts' questions; it is there to measure how the appliance generalises,
not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the office
files a fixed creation date, reportlab writes in its invariant mode, and the e-mail is fixed text
with a fixed date and message id.

    .venv/bin/python tests/data/holdout41/make_holdout41.py            # into this directory and tests/data
    .venv/bin/python tests/data/holdout41/make_holdout41.py --out DIR  # everything into DIR (the check uses this)
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

FIXED_MOMENT = datetime.datetime(2027, 11, 15, 10, 0, 0)
COMPANY = "雪代高原リゾート株式会社"
RESORT = "雪代高原スキー場"
HEADER_FILL = "DDEBF7"
WEEKDAYS = "月火水木金土日"


def _n(value: int) -> str:
    return f"{value:,}"


def _date(year: int, month: int, day: int, *, with_year: bool = True) -> str:
    """A date with its weekday in parentheses, as the e-mail and the deck write it."""
    weekday = WEEKDAYS[datetime.date(year, month, day).weekday()]
    return f"{year}年{month}月{day}日（{weekday}）" if with_year else f"{month}月{day}日（{weekday}）"


# =============================================================================================
# 1. PDF: the 2027-28 lift-ticket price list.

PRICES_FILENAME = "2027-28シーズン_リフト券料金表_料金改定のお知らせ.pdf"
PRICES_TITLE = "雪代高原スキー場 2027-28シーズン リフト券料金表（料金改定のお知らせ）"

AGES = ["大人（19歳以上60歳未満）", "シニア（60歳以上）", "中高生（13歳以上19歳未満）", "小人（6歳以上13歳未満）"]
NA = "－"
# Ticket type -> rows in AGES order: (レギュラー期 窓口, WEB前売, ハイシーズン 窓口, WEB前売), 円 (税込).
TICKETS: list[tuple[str, list[tuple[int | None, int | None, int | None, int | None]]]] = [
    ("1日券", [(6200, 5700, 6800, 6300), (5200, 4700, 5800, 5300), (4800, 4300, 5300, 4800),
              (3300, 2900, 3600, 3200)]),
    ("午後券", [(5000, 4600, 5500, 5100), (4200, 3800, 4600, 4200), (3900, 3500, 4300, 3900),
              (2600, 2300, 2900, 2600)]),
    ("4時間券", [(5400, 5000, 5900, 5500), (4500, 4100, 4900, 4500), (4200, 3800, 4600, 4200),
               (2800, 2500, 3100, 2800)]),
    ("ナイター券", [(None, None, 2800, 2500), (None, None, None, None), (None, None, 2000, 1800),
                (None, None, 1300, 1100)]),
    ("2日券", [(11600, 10800, 12800, 12000), (9800, 9000, 10800, 10000), (9000, 8200, 9900, 9100),
              (6200, 5600, 6800, 6200)]),
    ("ランチ付き1日券", [(None, 6900, None, 7500), (None, 5900, None, 6500), (None, 5500, None, 6000),
                   (None, 4300, None, 4600)]),
]


def _price(value: int | None) -> str:
    return NA if value is None else _n(value)


def _price_table() -> list[list[str]]:
    rows = [["券種", "年齢区分", "レギュラー期", "", "ハイシーズン", ""],
            ["", "", "窓口", "WEB前売", "窓口", "WEB前売"]]
    for name, bands in TICKETS:
        for index, (age, prices) in enumerate(zip(AGES, bands)):
            rows.append([name if index == 0 else "", age] + [_price(value) for value in prices])
    return rows


PRICE_TABLE = _price_table()
# Old (2026-27) prices beside the new ones: ハイシーズン・窓口 unless the item says otherwise.
CHANGES = [
    ("大人 1日券", "6,300円", "6,800円"),
    ("シニア 1日券", "5,400円", "5,800円"),
    ("中高生 1日券", "4,900円", "5,300円"),
    ("小人 1日券", "3,300円", "3,600円"),
    ("大人 午後券", "5,100円", "5,500円"),
    ("大人 ナイター券", "2,500円", "2,800円"),
    ("ICカード保証金（全券種共通）", "500円", "1,000円"),
]
CHANGE_TABLE = [["項目", "改定前（2026-27シーズン）", "改定後（2027-28シーズン）"]] + [list(row) for row in CHANGES]

PRICES_BLOCKS: list[tuple[str, object]] = [
    ("right", "2027年（令和9年）10月20日　雪代高原リゾート株式会社 営業企画部"),
    ("h1", "1. 料金改定の概要"),
    ("p", "雪代高原スキー場は、2027-28シーズン（2027年12月11日営業開始予定）からリフト券の料金を改定します。"
          "索道設備の更新と人件費・電力料金の上昇に対応するためで、改定は5シーズンぶりです。"
          "ハイシーズンの大人1日券（窓口）は6,300円から6,800円に、レギュラー期の大人1日券（窓口）は5,800円から"
          "6,200円になります。小人の1日券は、ハイシーズン（窓口）で3,300円から3,600円、レギュラー期（窓口）は"
          "3,300円のまま据え置きます。"),
    ("p", "インターネットで利用日の前日23:59までに購入するWEB前売は、窓口より安い料金とします。昨シーズンまでの"
          "WEB前売は窓口料金の一律300円引きでしたが、今シーズンからは券種ごとに料金を定めます。"
          "ICカードの保証金は500円から1,000円に改め、カードを返却したときに全額をお返しします。"),
    ("h1", "2. 料金期間と年齢区分"),
    ("p", "ハイシーズンは2027年12月25日から2028年3月15日まで、レギュラー期はそれ以外の営業日"
          "（2027年12月11日〜12月24日及び2028年3月16日〜営業最終日）です。3月15日の利用はハイシーズン、"
          "3月16日の利用はレギュラー期の料金となります。"),
    ("p", "年齢区分は利用日当日の満年齢で判定します。「以上」はその年齢を含み、「未満」はその年齢を含みません。"
          "例えば、利用日に13歳の誕生日を迎えた中学1年生は「13歳以上19歳未満」の中高生料金、12歳の小学6年生は"
          "小人料金です。19歳の大学生は大人料金、60歳ちょうどの方はシニア料金、59歳の方は大人料金です。"
          "6歳未満のお子さまはリフト券が不要です（大人1名の同伴が条件）。年齢の確認できる書類をお持ちください。"),
    ("h1", "3. 券種別のリフト券料金"),
    ("p", "券種別・年齢区分別の料金は次の表のとおりです（単位：円、税込。「－」はその期間・購入方法では販売しない"
          "ことを表します）。午後券は12:30から、4時間券は最初に改札を通った時刻から4時間有効です。"
          "ナイター券はハイシーズンの金曜日・土曜日と祝日の前日の16:30〜20:30に使えます。"),
    ("price_table", PRICE_TABLE),
    ("h1", "4. 注記"),
    ("p", "(1) シニア向けのナイター券は設けていません。60歳以上の方がナイターを利用するときは大人のナイター券を"
          "お求めください。(2) 2日券は連続する2日間有効で、レギュラー期とハイシーズンにまたがるときはハイシーズンの"
          "料金となります。(3) ランチ付き1日券はWEB前売のみの販売で、センターハウスと4か所の宿泊施設の食堂で使える"
          "1,500円分の食事券が付きます。(4) 団体のお客さまの割引は、別に定める団体利用規程によります。"),
    ("h1", "5. 主な料金の改定前と改定後"),
    ("p", "主な料金の改定前（2026-27シーズン）と改定後（2027-28シーズン）は次のとおりです。リフト券は"
          "ハイシーズン・窓口の料金です。"),
    ("table", CHANGE_TABLE),
    ("h1", "6. お問い合わせ"),
    ("p", "雪代高原リゾート株式会社 営業企画部 チケット担当（電話 0267-00-3120、受付 9:00〜17:00、"
          "ticket@yukishiro-kogen.example）"),
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
    body = ParagraphStyle("body", fontName=CID_FONT, fontSize=10.5, leading=16, wordWrap="CJK")
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT)
    heading = ParagraphStyle("heading", parent=body, fontSize=13, leading=19, spaceBefore=9, spaceAfter=4)
    title = ParagraphStyle("title", parent=body, fontSize=14, leading=20, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12)
    grey = colors.grey
    fill = colors.HexColor("#" + HEADER_FILL)
    flow: list[object] = [Paragraph(PRICES_TITLE, title)]
    for kind, content in PRICES_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "right":
            flow.append(Paragraph(str(content), right))
        elif kind == "price_table":
            assert isinstance(content, list)
            table = Table([[Paragraph(value, cell) for value in row] for row in content], repeatRows=2,
                          colWidths=[30 * mm, 50 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, grey),
                ("BACKGROUND", (0, 0), (-1, 1), fill),
                ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
                ("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (5, 0)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            flow.extend([table, Spacer(1, 4 * mm)])
        elif kind == "table":
            assert isinstance(content, list)
            table = Table([[Paragraph(value, cell) for value in row] for row in content], repeatRows=1,
                          colWidths=[60 * mm, 50 * mm, 50 * mm])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, grey),
                ("BACKGROUND", (0, 0), (-1, 0), fill),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            flow.extend([table, Spacer(1, 4 * mm)])
    margin = 20 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=PRICES_TITLE,
                                 author=f"{COMPANY} 営業企画部", leftMargin=margin, rightMargin=margin,
                                 topMargin=margin, bottomMargin=margin)
    document.build(flow)


# =============================================================================================
# 2. DOCX: the group-use rules.

RULES_FILENAME = "雪代高原スキー場_団体利用規程_2027年11月改正.docx"
RULES_TITLE = "雪代高原スキー場 団体利用規程"

GROUP_BANDS = [
    ("10人以上20人未満", "10%", "10%", "3,300円"),
    ("20人以上50人未満", "15%", "12%", "5,500円"),
    ("50人以上100人未満", "20%", "15%", "8,800円"),
    ("100人以上", "25%", "20%", "11,000円"),
]
GROUP_TABLE = [["人数区分（引率者を除く）", "リフト券の割引率（改定後）", "リフト券の割引率（改定前）",
                "団体予約手数料（1団体・改定後）"]] + [list(row) for row in GROUP_BANDS]

RULES_BODY: list[tuple[str, object]] = [
    ("right", "制定 2025年（令和7年）10月1日"),
    ("right", "改正 2027年（令和9年）9月28日"),
    ("h1", "第1条（目的）"),
    ("p", f"この規程は、{COMPANY}（以下「当社」という。）が運営する{RESORT}（以下「スキー場」という。）を団体で"
          "利用する場合の申込み、料金の割引、手数料及び取消しについて必要な事項を定める。"),
    ("h1", "第2条（団体の定義）"),
    ("p", "この規程で「団体」とは、同一の日に同一の行程でスキー場を利用する10人以上の利用者の集まりで、代表者が"
          "一括して申し込むものをいう。団体の人数には、次条に定める引率者を含まない。"),
    ("h1", "第3条（申込み）"),
    ("p", "団体でスキー場を利用しようとする者は、利用日の14日前までに、所定の団体利用申込書により当社営業企画部に"
          "申し込まなければならない。改定前の規程では、申込みの期限は利用日の7日前までであった。"),
    ("h1", "第4条（団体割引）"),
    ("p", "団体のリフト券（1日券、午後券及び2日券に限る。）は、窓口料金から別表の人数区分に応じた割引率で割り引く。"
          "WEB前売料金には重ねて適用しない。"),
    ("p", "2 人数区分の「以上」はその人数を含み、「未満」はその人数を含まない。例えば、ちょうど20人の団体は"
          "「20人以上50人未満」の区分、49人の団体も同じ区分、ちょうど50人の団体は「50人以上100人未満」の区分に"
          "当たる。9人以下の集まりは団体として扱わない。"),
    ("band_table", GROUP_TABLE),
    ("p", "別表の割引率は2027年（令和9年）11月1日以後に申込みを受け付けた団体に適用する。割引後の料金の10円未満の"
          "端数は切り捨てる。"),
    ("h1", "第5条（団体予約手数料）"),
    ("p", "団体は、申込みの際に別表の団体予約手数料を1団体につき支払う。改定前の団体予約手数料は、人数にかかわらず"
          "1団体2,200円であった。"),
    ("h1", "第6条（引率者）"),
    ("p", "団体の引率者は、団体の人数20人につき1人まで、リフト券を無料とする。改定前は25人につき1人までであった。"),
    ("h1", "第7条（スキースクールの団体レッスン）"),
    ("p", "団体レッスンの料金は、1人1回（2時間）3,300円とする（改定前3,000円）。インストラクター1人が受け持つ人数は"
          "12人までとする（改定前15人まで）。団体レッスンは午前10:00〜12:00又は午後13:30〜15:30に行う。"),
    ("h1", "第8条（団体レンタル）"),
    ("p", "団体のレンタル料金は、スキーセット（板・ブーツ・ストック）1人1日3,800円（改定前3,500円）、ウェア上下"
          "1人1日2,900円（改定前2,700円）、ヘルメット1人1日800円（改定前600円）とする。"),
    ("h1", "第9条（取消料）"),
    ("p", "団体の申込みを取り消すときは、リフト券の割引後の料金の合計に対し、利用日の7日前から3日前までは10%、"
          "前々日は20%、前日は30%、当日は50%の取消料を申し受ける。改定前の取消料は、前日20%、当日40%であった"
          "（7日前から前々日までは申し受けていなかった）。"),
    ("p", "2 強風又は降雪によりスキー場の全リフトが運休した日の取消しには、取消料を申し受けない。"),
    ("h1", "第10条（支払い）"),
    ("p", "団体の料金は、利用日の3日前までに当社の指定する口座に振り込むか、利用日当日にセンターハウス1階の団体窓口で"
          "一括して支払う。"),
    ("h1", "第11条（雑則）"),
    ("p", "この規程に定めるもののほか、団体の利用に関し必要な事項は、営業企画部長が別に定める。"),
    ("h1", "附則"),
    ("p", "この規程は、2025年（令和7年）11月1日から施行する。"),
    ("h1", "附則（2027年（令和9年）9月28日改正）"),
    ("p", "1 この改正は、2027年（令和9年）11月1日から施行する。"),
    ("p", "2 この改正の施行日前に申込みを受け付けた団体で、利用日が2027年（令和9年）12月24日までのものについては、"
          "なお従前の例による。"),
    ("p", "3 第3条の申込みの期限は、2027年（令和9年）12月11日以後の利用日について適用する。"),
    ("right", f"{COMPANY} 営業企画部（電話 0267-00-3120）"),
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
    properties.revision = 2
    document.add_heading(RULES_TITLE, level=0)
    for kind, content in RULES_BODY:
        if kind == "h1":
            document.add_heading(str(content), level=1)
        elif kind == "p":
            document.add_paragraph(str(content))
        elif kind == "right":
            document.add_paragraph(str(content)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "band_table":
            assert isinstance(content, list)
            document.add_paragraph("別表（第4条・第5条関係）")
            table = document.add_table(rows=len(content), cols=len(content[0]))
            table.style = document.styles["Table Grid"]
            for row_index, row in enumerate(content):
                for column_index, value in enumerate(row):
                    table.cell(row_index, column_index).text = value
            docx_header_row(table.rows[0], HEADER_FILL)
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# =============================================================================================
# 3. XLSX: fiscal 2026 figures.

FIGURES_FILENAME = "2026年度_宿泊者数・部門別売上高.xlsx"
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
LODGE_GROUPS = [("山麓エリア", ["ホテル雪代", "ロッジ白樺"]), ("山上エリア", ["中腹ヒュッテ岳樺", "山頂ロッジ駒草"])]
LODGES = [lodge for _, lodges in LODGE_GROUPS for lodge in lodges]
# Overnight guests (延べ人数) of fiscal 2026 by place, months in MONTHS order.
GUESTS = {
    "ホテル雪代": [1842, 2315, 1968, 3104, 4876, 2437, 2118, 1356, 3982, 4615, 4903, 3771],
    "ロッジ白樺": [612, 884, 703, 1126, 1694, 851, 738, 402, 1457, 1738, 1862, 1309],
    "中腹ヒュッテ岳樺": [188, 341, 296, 517, 768, 402, 355, 97, 624, 731, 806, 559],
    "山頂ロッジ駒草": [74, 163, 208, 436, 659, 317, 226, 41, 289, 352, 398, 244],
}
GUEST_MONTH_TOTALS = [sum(GUESTS[lodge][index] for lodge in LODGES) for index in range(12)]
GUEST_LODGE_TOTALS = {lodge: sum(values) for lodge, values in GUESTS.items()}
GUEST_TOTAL = sum(GUEST_MONTH_TOTALS)

PLACES = ["センターハウス"] + LODGES
DEPARTMENTS = ["リフト券", "スキースクール", "レンタル", "宿泊", "飲食", "物販"]
# Sales of fiscal 2026 (千円, 税抜) by department and place, PLACES order; None = not handled there.
SALES: dict[str, list[int | None]] = {
    "リフト券": [486320, 38915, 12604, None, None],
    "スキースクール": [71248, None, None, None, None],
    "レンタル": [93517, 21863, 9742, None, None],
    "宿泊": [None, 412786, 96431, 27509, 18264],
    "飲食": [58906, 74352, 21095, 19847, 15638],
    "物販": [26473, 14208, None, 3512, 6927],
}
SALES_DEPT_TOTALS = {dept: sum(value or 0 for value in values) for dept, values in SALES.items()}
SALES_PLACE_TOTALS = [sum(SALES[dept][index] or 0 for dept in DEPARTMENTS) for index in range(len(PLACES))]
SALES_TOTAL = sum(SALES_PLACE_TOTALS)


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
    guests = workbook.active
    guests.title = "月別宿泊者数"
    last = 2 + len(LODGES)
    guests.cell(row=1, column=1, value="宿泊施設別・月別 宿泊者数（2026年度：2026年4月〜2027年3月、単位：人）").font = \
        Font(bold=True, size=13)
    guests.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    # Two header rows: 月 and 合計 merged down, each area merged over its two places.
    header(guests, 2, 1, "月")
    header(guests, 3, 1, None)
    guests.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    column = 2
    for area, lodges in LODGE_GROUPS:
        header(guests, 2, column, area)
        header(guests, 2, column + 1, None)
        guests.merge_cells(start_row=2, start_column=column, end_row=2, end_column=column + len(lodges) - 1)
        for offset, lodge in enumerate(lodges):
            header(guests, 3, column + offset, lodge)
        column += len(lodges)
    header(guests, 2, last, "合計")
    header(guests, 3, last, None)
    guests.merge_cells(start_row=2, start_column=last, end_row=3, end_column=last)
    for index, month in enumerate(MONTHS):
        values = [GUESTS[lodge][index] for lodge in LODGES]
        data_row(guests, 4 + index, month, values + [sum(values)])
    totals = [GUEST_LODGE_TOTALS[lodge] for lodge in LODGES] + [GUEST_TOTAL]
    data_row(guests, 16, "合計", totals, total=True)
    data_row(guests, 17, "月平均", [round(value / 12, 1) for value in totals], "#,##0.0", total=True)
    guests.cell(row=19, column=1, value="注記：宿泊者数は延べ人数（1人が2泊したときは2人と数える）。日帰りの食堂利用は"
                                        "含まない。山頂ロッジ駒草は2026年11月に設備点検のため14日間休館した。")
    for index, width in enumerate([10, 14, 14, 18, 16, 12], start=1):
        guests.column_dimensions[get_column_letter(index)].width = width
    guests.freeze_panes = "B4"

    sales = workbook.create_sheet("部門別売上高")
    sales.cell(row=1, column=1, value="部門別・施設別 売上高（2026年度）").font = Font(bold=True, size=13)
    sales.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(PLACES) + 2)
    for index, label in enumerate(["部門"] + PLACES + ["合計"], start=1):
        header(sales, 2, index, label)
    for index, dept in enumerate(DEPARTMENTS, start=3):
        values: list[object] = [NA if value is None else value for value in SALES[dept]]
        data_row(sales, index, dept, values + [SALES_DEPT_TOTALS[dept]])
    data_row(sales, 3 + len(DEPARTMENTS), "合計", list(SALES_PLACE_TOTALS) + [SALES_TOTAL], total=True)
    sales.cell(row=5 + len(DEPARTMENTS), column=1,
               value="単位：千円（税抜）。「－」はその施設で取り扱っていない部門。リフト券は各施設の窓口・フロントで"
                     "販売した額で、WEB前売は販売後に利用した施設に関係なくセンターハウスに計上した。")
    for index, width in enumerate([16, 16, 14, 14, 18, 16, 14], start=1):
        sales.column_dimensions[get_column_letter(index)].width = width
    save_workbook(workbook, path, title=f"{COMPANY} 2026年度 宿泊者数・部門別売上高",
                  creator=f"{COMPANY} 経営管理部", moment=FIXED_MOMENT)


# =============================================================================================
# 4. PPTX: the winter-season staff briefing deck.

DECK_FILENAME = "2027-28ウィンターシーズン_スタッフブリーフィング.pptx"
DECK_TITLE = "2027-28 ウィンターシーズン スタッフブリーフィング"
DECK_COVER = [f"{COMPANY} 索道部・営業企画部",
              f"2027年（令和9年）12月4日（土）　センターハウス2階 研修室"]
TARGET_VISITORS = 218000
LAST_VISITORS = 203460
OVERVIEW_TITLE = "今シーズンの営業概要"
OVERVIEW = [
    f"営業期間：{_date(2027, 12, 11)}〜{_date(2028, 4, 2)}（積雪の状況により変わることがある）",
    "営業時間：8:30〜16:30（ナイターはハイシーズンの金曜日・土曜日と祝日の前日 16:30〜20:30）",
    f"ハイシーズン：{_date(2027, 12, 25)}〜{_date(2028, 3, 15)}",
    f"来場者数の目標：{_n(TARGET_VISITORS)}人（2026-27シーズン実績 {_n(LAST_VISITORS)}人）",
    "リフト券の料金を改定（大人1日券はハイシーズン窓口 6,800円）。ICカード保証金は1,000円に",
]
LIFTS_TITLE = "リフト・ゴンドラの運行計画"
LIFTS_TABLE = [
    ["施設", "始発", "最終", "運行開始日", "運休の目安（風速）"],
    ["雪代ゴンドラ", "8:30", "16:00", "12月18日", "15m/s以上"],
    ["第1クワッドリフト", "8:30", "16:30（ナイター日は20:30）", "12月11日", "20m/s以上"],
    ["第2ペアリフト", "8:45", "16:15", "12月11日", "18m/s以上"],
    ["山頂クワッドリフト", "9:00", "15:30", "12月25日", "15m/s以上"],
    ["北斜面ペアリフト", "9:00", "15:45", "2028年1月8日", "18m/s以上"],
]
LIFTS_NOTE = "風速は山頂駅の風速計の10分間平均。ナイター営業は第1クワッドリフトのみ。"
LIFTS_SPEAKER = ("北斜面ペアリフトは、北斜面の積雪が80cmに達したときは運行開始日を早めることがある。"
                 "運休・再開の判断は索道部の当番責任者が行い、無線の2chで全係員に伝える。")
GUESTS_TITLE = "お客さま対応の重点"
GUEST_POINTS = [
    "年齢区分の確認：小人は6歳以上13歳未満、シニアは60歳以上。6歳未満は無料（大人1名の同伴が条件）",
    "ICカード保証金（1,000円）の返却：センターハウス1階 券売所で16:45まで（ナイター営業日は20:45まで）",
    "迷子・けが人の連絡：パトロール本部（内線 110）。無線は3ch",
    "忘れ物：総務課で30日間保管。貴重品は当日中に雪代村の駐在所へ届ける",
]
SCHOOL_TITLE = "スクール・レンタルの運用"
SCHOOL_POINTS = [
    "スクール受付：8:00〜9:30（センターハウス2階）、午後の部は12:30〜13:15",
    "グループレッスン：午前10:00〜12:00、午後13:30〜15:30",
    "レンタルの返却：17:00まで（ナイター利用のお客さまは20:45まで）",
    "団体レッスンはインストラクター1人につき12人まで（団体利用規程 第7条）",
]
SCHOOL_SPEAKER = "レンタルのヘルメットは今シーズンから小人サイズを60個に増やした。"


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

    def bullets(title: str, points: list[str], speaker: str | None = None) -> None:
        slide = presentation.slides.add_slide(presentation.slide_layouts[1])
        pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
        pptx_fill(slide.shapes.title.text_frame, [title], 26)
        pptx_place(slide.placeholders[1], 0.5, 1.4, 12.3, 5.4)
        pptx_fill(slide.placeholders[1].text_frame, points, 18)
        if speaker:
            slide.notes_slide.notes_text_frame.text = speaker

    bullets(OVERVIEW_TITLE, OVERVIEW)
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [LIFTS_TITLE], 24)
    widths = [3.0, 1.4, 3.2, 2.2, 2.5]
    height = 0.5 * len(LIFTS_TABLE)
    graphic = slide.shapes.add_table(len(LIFTS_TABLE), len(LIFTS_TABLE[0]), 0, 0, 0, 0)
    pptx_place(graphic, 0.5, 1.3, sum(widths), height)
    table = graphic.table
    for column, width in enumerate(widths):
        table.columns[column].width = int(width * 914400)
    for row_index, row in enumerate(LIFTS_TABLE):
        for column, value in enumerate(row):
            frame = table.cell(row_index, column).text_frame
            frame.clear()
            run = frame.paragraphs[0].add_run()
            run.text = value
            pptx_font(run, 14)
            run.font.bold = row_index == 0
    box = slide.shapes.add_textbox(0, 0, 0, 0)
    pptx_place(box, 0.5, 1.5 + height, 12.3, 1.0)
    box.text_frame.word_wrap = True
    pptx_fill(box.text_frame, [LIFTS_NOTE], 14)
    slide.notes_slide.notes_text_frame.text = LIFTS_SPEAKER
    bullets(GUESTS_TITLE, GUEST_POINTS)
    bullets(SCHOOL_TITLE, SCHOOL_POINTS, SCHOOL_SPEAKER)
    properties = presentation.core_properties
    properties.title = DECK_TITLE
    properties.author = f"{COMPANY} 索道部"
    properties.last_modified_by = f"{COMPANY} 索道部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# =============================================================================================
# 5. EML: the all-staff e-mail on the opening preparations.

MAIL_FILENAME = "全スタッフ周知_開業準備と安全講習会の日程.eml"
MAIL_SUBJECT = "【全スタッフ周知】2027-28シーズンの開業準備と安全講習会の日程について"


def mail_body() -> str:
    def d(month: int, day: int) -> str:
        return _date(2027, month, day, with_year=False)

    lines = [
        "全スタッフ 各位",
        "",
        "営業企画部の北原です。",
        "2027-28シーズンの開業に向けた準備の日程をお知らせします。各部署で共有をお願いします。",
        "",
        "■1. 安全講習会（全員参加）",
        f"・第1回：{d(12, 4)} 9:00〜12:00　センターハウス2階 研修室（対象：索道部・パトロール）",
        f"・第2回：{d(12, 5)} 13:30〜16:30　センターハウス2階 研修室（対象：スクール・レンタル・宿泊施設・券売所）",
        f"どちらにも出られない人は、{d(11, 26)}までに安全管理課の佐久間（内線 312）へ連絡してください。",
        "",
        "■2. 制服・装備の貸与",
        f"・{d(12, 6)} 10:00〜15:00　ロッジ白樺 1階 会議室",
        "・担当：総務課 松永（内線 105）。社員証を持参してください。",
        "",
        "■3. リフト・ゴンドラの試運転",
        f"・リフト：{d(12, 8)} 8:00から全リフト（北斜面ペアリフトを除く）",
        f"・雪代ゴンドラ：{d(12, 15)} 8:00から",
        "・担当：索道部 村越（内線 315）",
        "",
        "■4. レンタル品の搬入・点検",
        f"・{d(12, 9)}・{d(12, 10)} 9:00〜17:00　センターハウス1階 レンタルカウンター",
        "・担当：レンタル課 高梨（内線 241）",
        "",
        "■5. 営業開始",
        f"・{d(12, 11)} 8:30から、第1クワッドリフトと第2ペアリフトで営業を始めます。",
        f"・雪代ゴンドラは{d(12, 18)}、山頂クワッドリフトは{d(12, 25)}から運行する予定です。",
        "・オープン初日のスタッフ集合は7:30、センターハウス1階ロビーです。",
        "",
        "ご不明な点は営業企画部 北原（内線 201）までお願いします。",
        "",
        "――――――――――――――――",
        f"{COMPANY} 営業企画部 北原 美咲",
        "電話 0267-00-3120（内線 201）",
        "kikaku@yukishiro-kogen.example",
    ]
    return "\n".join(lines) + "\n"


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = f"{COMPANY} 営業企画部 <kikaku@yukishiro-kogen.example>"
    message["To"] = "全スタッフ <all-staff@yukishiro-kogen.example>"
    message["Subject"] = MAIL_SUBJECT
    message["Date"] = format_datetime(datetime.datetime(2027, 11, 15, 10, 0, 0,
                                                        tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    message["Message-ID"] = "<20271115100000.opening-prep@yukishiro-kogen.example>"
    message.set_content(mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


# =============================================================================================
# Question sets. `any`: the form the document writes first, then other accepted forms.

def _forms(value: int, unit: str = "") -> list[str]:
    plain = str(value)
    forms = [_n(value)]
    if unit:
        forms += [f"{_n(value)}{unit}", f"{plain}{unit}"]
    if plain != _n(value):
        forms.append(plain)
    return forms


def _avg(value: int) -> list[str]:
    average = round(value / 12, 1)
    return [f"{average:,.1f}", f"{average:.1f}"]


def _sales(dept: str, place: str) -> int:
    value = SALES[dept][PLACES.index(place)]
    assert value is not None
    return value


QA = [
    # PDF: cells under the two-row header, age-band boundaries, rows past the page break, old prices.
    {"q": "ハイシーズンに高校生がWEB前売で4時間券を買うと、いくらですか？", "any": _forms(4200, "円")},
    {"q": "今日13歳の誕生日を迎えた中学1年生が、レギュラー期に窓口で1日券を買うと料金はいくら？",
     "any": _forms(4800, "円")},
    {"q": "ちょうど60歳の父がハイシーズンに窓口で午後券を買う場合の料金を教えてください。", "any": _forms(4600, "円")},
    {"q": "大人の2日券をハイシーズンに窓口で買うといくらになりますか？", "any": _forms(12800, "円")},
    {"q": "小学生の子ども用のランチ付き1日券は、レギュラー期のWEB前売でいくら？", "any": _forms(4300, "円")},
    {"q": "料金改定の前、ハイシーズンの大人1日券（窓口）はいくらだった？", "any": ["6,300円", "6300円", "6,300"]},
    {"q": "小人のナイター券をWEB前売で買うと何円ですか？", "any": _forms(1100, "円")},
    # DOCX: the head-count bands, fees new and old, dates.
    {"q": "ちょうど50人の団体だと、リフト券の割引率は何％になりますか？", "any": ["20%", "20％", "２０％"]},
    {"q": "スキースクールの団体レッスンは1人1回いくら？", "any": ["3,300円", "3300円"]},
    {"q": "団体利用の申込みは利用日の何日前までに必要ですか？", "any": ["14日前", "１４日前", "14日"]},
    {"q": "団体の申込みを利用日の前日に取り消したら、取消料は何％かかりますか？", "any": ["30%", "30％"]},
    {"q": "団体利用規程の今回の改正は、いつから施行されますか？",
     "any": ["2027年（令和9年）11月1日", "2027年11月1日", "令和9年11月1日"]},
    # XLSX: month × place cells, totals, the month average, the second sheet.
    {"q": "2026年度の8月に、ホテル雪代に泊まった人は延べ何人でしたか？", "any": _forms(GUESTS["ホテル雪代"][4], "人")},
    {"q": "山頂ロッジ駒草の2026年度の年間宿泊者数の合計は？", "any": _forms(GUEST_LODGE_TOTALS["山頂ロッジ駒草"], "人")},
    {"q": "2027年1月の4施設合計の宿泊者数は何人？", "any": _forms(GUEST_MONTH_TOTALS[9], "人")},
    {"q": "ロッジ白樺の2026年度の月平均の宿泊者数は？", "any": _avg(GUEST_LODGE_TOTALS["ロッジ白樺"])},
    {"q": "中腹ヒュッテ岳樺の飲食部門の売上高は2026年度でいくら（千円）？",
     "any": _forms(_sales("飲食", "中腹ヒュッテ岳樺"), "千円")},
    {"q": "レンタル部門の売上高の合計は何千円ですか？", "any": _forms(SALES_DEPT_TOTALS["レンタル"], "千円")},
    # EML: dates with weekdays, extensions.
    {"q": "第2回の安全講習会はいつ、何時からですか？", "any": ["12月5日（日）", "12月5日", "12/5"]},
    {"q": "リフトの試運転の担当者の内線番号は？", "any": ["315"]},
    {"q": "制服・装備の貸与はどこで行われますか？", "any": ["ロッジ白樺 1階 会議室", "ロッジ白樺"]},
    # PPTX: the lift table and the bullets.
    {"q": "山頂クワッドリフトの最終は何時？", "any": ["15:30", "15時30分"]},
    {"q": "今シーズンの来場者数の目標は何人ですか？", "any": _forms(TARGET_VISITORS, "人") + ["21万8千人", "21.8万人"]},
    {"q": "ICカードの保証金は、普段の営業日なら何時まで返してもらえますか？", "any": ["16:45", "16時45分"]},
]

# Unanswerable: the topic is in the documents, the value is not. Each entry: the question, the
# strings that would carry its value (none of them is in any document), and why it is absent.
UNANSWERABLE = [
    ("シーズン券は大人いくらで買えますか？", ["シーズン券", "シーズンパス", "シーズン通し"],
     "the price list has 1日券, 午後券, 4時間券, ナイター券, 2日券 and ランチ付き1日券; no season pass"),
    ("2025年度のホテル雪代の8月の宿泊者数は何人でしたか？", ["2025年度", "2025年8月"],
     "the workbook holds fiscal 2026 only"),
    ("ホテル雪代の1泊2食付きの宿泊料金はいくら？", ["1泊", "宿泊料金", "室料", "2食付"],
     "the workbook holds guest counts and sales, no room rate anywhere"),
    ("団体でスノーボードを借りると1人1日いくら？", ["スノーボード", "ボード"],
     "the group rental rates are for ski sets, wear and helmets only"),
    ("スキー場の駐車場の料金はいくらですか？", ["駐車"], "no document mentions parking"),
    ("第3回の安全講習会はいつ開かれますか？", ["第3回", "第三回"], "the e-mail announces two sessions only"),
    ("修学旅行で来る学校向けの特別な割引率はありますか？何％ですか？", ["修学旅行", "学校"],
     "the group rules have head-count bands only, nothing for school trips"),
    ("スキー場の日帰り温泉の入浴料はいくら？", ["温泉", "入浴"], "no bath or hot spring in any document"),
    ("2028-29シーズンの大人1日券の料金は？", ["2028-29", "2028年度", "2028/29"],
     "the price list is for 2027-28 (new) and 2026-27 (old) only"),
    ("今シーズンのスタッフは全部で何人いますか？", ["スタッフ数", "従業員数", "社員数", "総人数", "名体制", "人体制"],
     "no head count of the staff anywhere"),
    ("スキースクールのプライベートレッスンは1時間いくら？", ["プライベート", "個人レッスン"],
     "only the group lesson (団体レッスン) has a price"),
    ("山頂ロッジ駒草の客室数はいくつですか？", ["客室数", "収容人数", "室数", "定員"],
     "the workbook holds guests per month, not the number of rooms or beds"),
]
ABSENT = {f"h41-un-{index}": strings for index, (_, strings, _why) in enumerate(UNANSWERABLE, start=1)}
ABSENT_WHY = {f"h41-un-{index}": why for index, (_, _strings, why) in enumerate(UNANSWERABLE, start=1)}

ENGLISH = [
    {"q": "How much is an adult one-day lift ticket bought at the ticket window in the regular period (レギュラー期)?",
     "any": ["6,200", "6200"], "answer_any": ["6,200", "6200", "6,200 yen", "6200 yen"]},
    {"q": "How many overnight guests did Hotel Yukishiro (ホテル雪代) have in December 2026?",
     "any": _forms(GUESTS["ホテル雪代"][8]), "answer_any": _forms(GUESTS["ホテル雪代"][8])},
    {"q": "What lift-ticket discount rate does a group of 30 people get under the group rules?",
     "any": ["15%", "15％"], "answer_any": ["15%", "15 %", "15 percent", "15％"]},
    {"q": "From what date will the Yukishiro gondola (雪代ゴンドラ) start running this season?",
     "any": ["12月18日", "12/18"], "answer_any": ["12月18日", "December 18", "18 December", "Dec 18", "Dec. 18", "12/18"]},
    {"q": "What is the extension number of the person in charge of bringing in and checking the rental gear?",
     "any": ["241"], "answer_any": ["241"]},
    {"q": "What were the total sales of the accommodation department (宿泊) in fiscal 2026, in thousand yen?",
     "any": _forms(SALES_DEPT_TOTALS["宿泊"]), "answer_any": _forms(SALES_DEPT_TOTALS["宿泊"])},
    {"q": "How much is a senior two-day ticket bought online in advance (WEB前売) in the high season?",
     "any": ["10,000", "10000"], "answer_any": ["10,000", "10000", "10,000 yen"]},
    {"q": "How many visitors does the resort aim for this winter season?",
     "any": _forms(TARGET_VISITORS), "answer_any": _forms(TARGET_VISITORS) + ["218 thousand"]},
    {"q": "What is the new group rental price of a ski set per person per day?",
     "any": ["3,800円", "3800円"], "answer_any": ["3,800", "3800"]},
    {"q": "Before the revision, how many days before the visit did a group have to apply?",
     "any": ["7日前", "７日前"], "answer_any": ["7日前", "7 days", "seven days"]},
]

FOLLOWUPS = [
    {"turns": ["ハイシーズンの大人1日券は窓口でいくらですか？", "では小人だと？"], "any": _forms(3600, "円")},
    {"turns": ["ホテル雪代の2026年8月の宿泊者数を教えて。", "山頂ロッジ駒草は？"],
     "any": _forms(GUESTS["山頂ロッジ駒草"][4], "人")},
    {"turns": ["100人以上の団体だとリフト券の割引率は何％？", "改定前は？"], "any": ["20%", "20％"]},
    {"turns": ["第1回の安全講習会は何時から始まりますか？", "第2回は？"], "any": ["13:30", "13時30分"]},
    {"turns": ["第1クワッドリフトの始発は何時？", "第2ペアリフトは？"], "any": ["8:45", "8時45分"]},
    {"turns": ["団体でスキーセットを借りると1人1日いくら？", "改定前はいくらだった？"], "any": ["3,500円", "3500円"]},
    {"turns": ["ホテル雪代の宿泊部門の売上高はいくら？", "飲食部門は？"],
     "any": _forms(_sales("飲食", "ホテル雪代"), "千円")},
    {"turns": ["ハイシーズンの大人のナイター券は窓口でいくら？", "WEB前売だと？"], "any": _forms(2500, "円")},
]


def question_sets() -> dict[str, list[dict]]:
    return {
        "holdout41_qa.jsonl": [{"id": f"h41-{index}", **item} for index, item in enumerate(QA, start=1)],
        "holdout41_unanswerable_qa.jsonl": [
            {"id": f"h41-un-{index}", "q": question, "any": [], "unanswerable": True}
            for index, (question, _strings, _why) in enumerate(UNANSWERABLE, start=1)],
        "holdout41_english_qa.jsonl": [{"id": f"h41-en-{index}", **item} for index, item in enumerate(ENGLISH, start=1)],
        "holdout41_followup_qa.jsonl": [{"id": f"h41-fu-{index}", **item} for index, item in enumerate(FOLLOWUPS, start=1)],
    }


DOCUMENTS = [(PRICES_FILENAME, build_pdf), (RULES_FILENAME, build_docx), (FIGURES_FILENAME, build_xlsx),
             (DECK_FILENAME, build_pptx), (MAIL_FILENAME, build_eml)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the documents and the question sets into this directory")
    args = parser.parse_args(argv)
    documents_dir = args.out or HERE
    sets_dir = args.out or DATA
    documents_dir.mkdir(parents=True, exist_ok=True)
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
    print_sizes(written)


if __name__ == "__main__":
    main()
