"""Write the five documents and the four question sets of the fiftieth holdout corpus
(tests/data/holdout50/README.md).

One fictional municipal public library system, 汐見川市立図書館 (the fictional 汐見川市: a central
library, 中央図書館, and four branch libraries, 川端図書館, 緑ヶ丘図書館, 浜町図書館 and 桜木図書館), and
five documents its staff would look things up in:

* a PDF (reportlab) annual statistics report: holdings and loans by library and kind of material
  under a two-row header (merged cells), the library written only on its group's first row, "－"
  where a library has no such material, crossing from page 1 to page 2 inside one library's group
  with both header rows repeated; a band table of group lending by group size with its boundary
  rule and worked examples;
* a DOCX rule book for the meeting rooms (第1条〜第13条 as Heading 1, a fee table 改定後 beside
  改定前 under a two-row header, a refund band table by timing, three 附則 with 西暦 and 平成/令和
  dates and a transitional rule);
* an XLSX workbook: visitors by month (4月…3月) × library under regions merged over libraries, with
  a 合計 column and row, a 月平均 row and a 注記 line; material purchases in 千円 by kind × library;
* an EML all-staff e-mail (one UTF-8 text/plain part, base64): closing days for the stock-taking,
  training sessions (dates with weekdays, times, rooms, capacities, deadlines, people, 内線);
* a Markdown staff handbook page (# and ## headings, a pipe table, bullet lists, numbered steps).

Every name, address, telephone number and figure here is invented (e-mail domains end in
`.example`). This corpus was written without reading the answering code (rag/, appliance/text/,
specialists/, bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail is
fixed text with a fixed date and message id.

    .venv/bin/python tests/data/holdout50/make_holdout50.py            # documents here, sets in tests/data
    .venv/bin/python tests/data/holdout50/make_holdout50.py --out DIR  # everything into DIR
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

FIXED_MOMENT = datetime.datetime(2027, 4, 20, 9, 0, 0)
CITY = "汐見川市"
ORG = "汐見川市立図書館"
HEADER_FILL = "DDEBF7"
DASH = "－"

LIBRARIES = ["中央図書館", "川端図書館", "緑ヶ丘図書館", "浜町図書館", "桜木図書館"]
REGIONS = [("中央地区", ["中央図書館"]), ("北部地区", ["川端図書館", "緑ヶ丘図書館"]),
           ("南部地区", ["浜町図書館", "桜木図書館"])]
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]

WEEKDAYS = "月火水木金土日"


def _n(value: int) -> str:
    return f"{value:,}"


def _date(month: int, day: int, *, year: bool = False) -> str:
    """A date of 2027 with its weekday in parentheses, as the e-mail writes it."""
    moment = datetime.date(2027, month, day)
    return f"{'2027年' if year else ''}{month}月{day}日（{WEEKDAYS[moment.weekday()]}）"


# ---------------------------------------------------------------------------------------------
# 1. PDF: the annual statistics report of fiscal 2026.

REPORT_FILENAME = "汐見川市立図書館_2026年度_図書館統計報告書.pdf"
REPORT_TITLE = "汐見川市立図書館 2026年度 図書館統計報告書　―館別・資料区分別の蔵書冊数と貸出冊数―"

KINDS = ["一般書", "児童書", "雑誌", "視聴覚資料", "郷土資料"]
# 蔵書冊数 at the end of fiscal 2025 and 2026, 貸出冊数 in fiscal 2025 and 2026; None = not held ("－").
Stat = tuple[int | None, int | None, int | None, int | None]
STOCK: dict[str, list[Stat]] = {
    "中央図書館": [(312480, 318965, 486230, 471908), (98215, 101042, 312457, 318226),
                  (14630, 15102, 58314, 55087), (21874, 22391, 64920, 61335), (18452, 18907, 3218, 3486)],
    "川端図書館": [(86347, 88120, 162584, 158731), (41208, 42655, 121936, 126408),
                  (3915, 4037, 17652, 16984), (5322, 5498, 14207, 13566), (1284, 1311, 402, 437)],
    "緑ヶ丘図書館": [(74615, 76083, 148329, 152770), (45730, 47214, 139481, 144062),
                    (3406, 3519, 15118, 14735), (None, 1240, None, 2815), (962, 988, 275, 301)],
    "浜町図書館": [(58902, 60137, 97415, 95263), (29473, 30218, 84306, 86951),
                  (2780, 2846, 11274, 10893), (None, None, None, None), (3615, 3702, 1128, 1206)],
    "桜木図書館": [(63258, 64871, 118642, 121509), (36917, 38004, 107785, 105332),
                  (3052, 3117, 13896, 13402), (4186, 4309, 10457, 10913), (None, None, None, None)],
}


def _sum(values: list[int | None]) -> int:
    return sum(value for value in values if value is not None)


SUBTOTALS = {library: tuple(_sum([row[index] for row in rows]) for index in range(4))
             for library, rows in STOCK.items()}
GRAND = tuple(sum(SUBTOTALS[library][index] for library in LIBRARIES) for index in range(4))


def _cell(value: int | None) -> str:
    return DASH if value is None else _n(value)


def _stock_table() -> list[list[str]]:
    rows = [["館名", "資料区分", "蔵書冊数（冊）", "", "貸出冊数（冊）", ""],
            ["", "", "2025年度末", "2026年度末", "2025年度", "2026年度"]]
    for library in LIBRARIES:
        for index, (kind, values) in enumerate(zip(KINDS, STOCK[library])):
            rows.append([library if index == 0 else "", kind] + [_cell(value) for value in values])
        rows.append(["", "小計"] + [_n(value) for value in SUBTOTALS[library]])
    rows.append(["全館合計", ""] + [_n(value) for value in GRAND])
    return rows


STOCK_TABLE = _stock_table()

GROUP_BANDS = [
    ["団体の構成人数", "貸出上限冊数", "貸出期間", "登録団体数（2026年度末）"],
    ["3名以上5名未満", "30冊", "30日", "18団体"],
    ["5名以上10名未満", "60冊", "30日", "42団体"],
    ["10名以上", "100冊", "45日", "27団体"],
]

REPORT_BLOCKS: list[tuple[str, object]] = [
    ("p", "2027年（令和9年）5月17日　汐見川市教育委員会 汐見川市立中央図書館 管理係"),
    ("h1", "1. 概況"),
    ("p", "この報告書は、2026年度（2026年4月1日から2027年3月31日まで）の汐見川市立図書館の蔵書と貸出の状況を、"
          "館別・資料区分別にまとめたものである。汐見川市立図書館は、中央図書館（汐見川市本町三丁目）と、川端図書館、"
          "緑ヶ丘図書館、浜町図書館及び桜木図書館の4分館からなる。"),
    ("p", "2026年度末の利用登録者数は68,415人（前年度末67,902人）で、そのうち市外在住の登録者は4,127人であった。"
          "全館の貸出冊数は前年度をわずかに下回ったが、児童書の貸出は中央図書館、川端図書館、緑ヶ丘図書館及び浜町"
          "図書館で前年度を上回った。緑ヶ丘図書館では、2026年10月に視聴覚資料（CD・DVD）の貸出を始めた。"),
    ("p", "雑誌の貸出は全館で減少が続いている。桜木図書館は郷土資料を所蔵していない。"),
    ("h1", "2. 館別・資料区分別の蔵書冊数と貸出冊数"),
    ("p", "館別・資料区分別の蔵書冊数と貸出冊数は次の表のとおりである。蔵書冊数は各年度末（3月31日）現在の冊数"
          "（点数）、貸出冊数は各年度の延べ冊数（点数）である。視聴覚資料はCD・DVDの点数で数える。「－」は、"
          "その館がその資料を所蔵していない（又は貸出をしていない）ことを表す。"),
    ("stock_table", STOCK_TABLE),
    ("p", "小計は各館の資料区分の計、全館合計は5館の計である。予約により他館で受け取った資料は、資料を所蔵する館の"
          "貸出として数えている。"),
    ("h1", "3. 団体貸出"),
    ("p", "学校、保育園、読書会、家庭文庫などの団体には、団体登録をしたうえで、個人の貸出とは別に資料をまとめて貸し"
          "出している。貸出上限冊数と貸出期間は、団体の構成人数により次の表の区分のとおりとしている。2026年度の"
          "団体貸出の延べ冊数は全館で15,386冊であった。"),
    ("table", GROUP_BANDS),
    ("p", "構成人数は、団体登録申請書に記載された人数による。区分の「以上」はその人数を含み、「未満」はその人数を"
          "含まない。3名未満の団体は団体登録をすることができない。"),
    ("p", "例1：構成員がちょうど5名の読書会は「5名以上10名未満」の区分となり、60冊まで30日間借りることができる。"
          "例2：構成員が4名の家庭文庫は「3名以上5名未満」の区分となり、上限は30冊である。"
          "例3：構成員が9名のサークルは「5名以上10名未満」の区分で、上限は60冊のままである。"),
    ("h1", "4. 問い合わせ先"),
    ("p", "この報告書についての問い合わせは、汐見川市立中央図書館 管理係（電話 0276-00-3180、"
          "kanri@shiomigawa-lib.example）まで。"),
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
    header_colour = colors.HexColor("#" + HEADER_FILL)
    flow: list[object] = [Paragraph(REPORT_TITLE, title_style)]
    for kind, content in REPORT_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "stock_table":
            assert isinstance(content, list)
            table = Table([[Paragraph(value, cell) for value in row] for row in content], repeatRows=2,
                          colWidths=[28 * mm, 24 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 1), header_colour),
                ("SPAN", (0, 0), (0, 1)),
                ("SPAN", (1, 0), (1, 1)),
                ("SPAN", (2, 0), (3, 0)),
                ("SPAN", (4, 0), (5, 0)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            flow.extend([table, Spacer(1, 4 * mm)])
        elif kind == "table":
            assert isinstance(content, list)
            table = Table([[Paragraph(value, cell) for value in row] for row in content], repeatRows=1)
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), header_colour),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            flow.extend([table, Spacer(1, 4 * mm)])
    margin = 20 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=REPORT_TITLE,
                                 author=f"{ORG} 管理係", leftMargin=margin, rightMargin=margin,
                                 topMargin=margin, bottomMargin=margin)
    document.build(flow)


# ---------------------------------------------------------------------------------------------
# 2. DOCX: the meeting-room rules with the revised fees.

RULES_FILENAME = "汐見川市立図書館集会室等使用規程_2027年4月改正.docx"
RULES_TITLE = "汐見川市立図書館集会室等使用規程"

# 施設, 定員, 午前・午後 改定後, 改定前, 夜間 改定後, 改定前 (1区分あたり)
ROOM_FEES = [
    ("中央図書館 多目的ホール", "120名", "3,600円", "3,000円", "4,800円", "4,000円"),
    ("中央図書館 第1研修室", "40名", "1,500円", "1,200円", "2,000円", "1,600円"),
    ("中央図書館 第2研修室", "24名", "1,000円", "800円", "1,300円", "1,050円"),
    ("川端図書館 集会室", "30名", "1,100円", "900円", "1,450円", "1,150円"),
    ("緑ヶ丘図書館 集会室", "36名", "1,250円", "1,000円", "1,650円", "1,300円"),
    ("浜町図書館 集会室", "18名", "700円", "600円", DASH, DASH),
    ("桜木図書館 集会室", "28名", "950円", "850円", "1,350円", "1,100円"),
]

REFUND_BANDS = [
    ["取消しの申出の時期", "還付する額"],
    ["使用日の30日前まで", "既納の使用料の全額"],
    ["使用日の29日前から8日前まで", "既納の使用料の5割"],
    ["使用日の7日前から前日まで", "既納の使用料の2割"],
    ["使用日の当日以後", "還付しない"],
]

RULES_BODY: list[tuple[str, object]] = [
    ("right", "平成29年3月24日 汐見川市教育委員会規程第3号"),
    ("right", "改正 令和4年2月18日規程第1号　令和9年2月19日規程第2号"),
    ("h1", "第1条 趣旨"),
    ("p", "この規程は、汐見川市立図書館条例第8条の規定に基づき、汐見川市立図書館（以下「図書館」という。）の"
          "集会室等の使用について必要な事項を定めるものとする。"),
    ("h1", "第2条 使用に供する施設"),
    ("p", "使用に供する施設（以下「集会室等」という。）及びその定員は、第6条の表に掲げるとおりとする。"
          "集会室等は、読書活動、学習活動その他の図書館の目的に沿う活動のために使用することができる。"),
    ("h1", "第3条 使用の許可"),
    ("p", "集会室等を使用しようとする者は、使用許可申請書を使用する集会室等のある図書館の館長に提出し、その許可を"
          "受けなければならない。許可を受けた事項を変更するときも、同様とする。"),
    ("h1", "第4条 申請の期間"),
    ("p", "前条の申請は、使用日の属する月の3か月前の月の初日から使用日の7日前までに行うものとする。ただし、"
          "中央図書館の多目的ホールの申請は、使用日の属する月の6か月前の月の初日から受け付ける。"),
    ("h1", "第5条 使用時間の区分"),
    ("p", "集会室等の使用時間の区分は、午前（9時から12時まで）、午後（13時から17時まで）及び夜間（18時から21時まで）"
          "とする。浜町図書館の集会室は、夜間の使用に供しない。準備及び片付けの時間は、使用時間に含む。"),
    ("h1", "第6条 使用料"),
    ("p", "集会室等の使用料は、1区分につき次の表のとおりとする。連続する2以上の区分を使用するときは、各区分の使用料の"
          "合計額とする。"),
    ("fee_table", None),
    ("p", "備考：「－」は、その区分の使用に供しないことを表す。使用料は消費税及び地方消費税の額を含む。"),
    ("h1", "第7条 附属設備の使用料"),
    ("p", "附属設備の使用料は、1区分につき、プロジェクター（スクリーンを含む。）500円（改定前300円）、"
          "ワイヤレスマイク1本200円（改定前100円）、ピアノ（多目的ホールに限る。）1,000円（改定前800円）とする。"
          "ホワイトボード及び長机・椅子の使用料は徴収しない。"),
    ("h1", "第8条 使用料の納付"),
    ("p", "使用料は、使用の許可を受けた日から起算して10日以内に納付しなければならない。ただし、使用日までの日数が"
          "10日に満たないときは、使用日の前日までに納付するものとする。"),
    ("h1", "第9条 使用料の還付"),
    ("p", "既納の使用料は還付しない。ただし、使用者が使用の取消しを申し出たときは、その申出の時期に応じて次の表の"
          "額を還付する。"),
    ("table", REFUND_BANDS),
    ("p", "日数は、使用日を含めずに数える。たとえば使用日が7月20日のとき、30日前は6月20日である。"
          "災害その他使用者の責めに帰することができない理由により使用できなくなったときは、全額を還付する。"),
    ("h1", "第10条 使用料の減免"),
    ("p", "市内の小学校、中学校及び図書館ボランティア団体が図書館と共催し、又は読書活動の推進のために使用するときは、"
          "使用料の全額を免除する。市内の社会教育関係団体が使用するときは、使用料の5割を減額する。"),
    ("h1", "第11条 使用の制限"),
    ("p", "館長は、営利を目的とする催し、物品の販売、政治活動又は宗教活動のための使用その他図書館の管理上支障が"
          "あると認める使用を許可しない。集会室等での飲食は、水分補給を除き禁止する。"),
    ("h1", "第12条 損害賠償"),
    ("p", "使用者は、集会室等又は附属設備を損傷し、又は滅失したときは、館長の指示に従い、原状に回復し、又はその損害を"
          "賠償しなければならない。"),
    ("h1", "第13条 委任"),
    ("p", "この規程に定めるもののほか、集会室等の使用について必要な事項は、中央図書館長が別に定める。"),
    ("h1", "附則"),
    ("p", "附　則（平成29年3月24日教育委員会規程第3号）"),
    ("p", "この規程は、平成29年（2017年）4月1日から施行する。"),
    ("p", "附　則（令和4年2月18日教育委員会規程第1号）"),
    ("p", "この規程は、令和4年（2022年）4月1日から施行する。ただし、第7条の改正規定（ワイヤレスマイクに係る部分に"
          "限る。）は、令和4年（2022年）7月1日から施行する。"),
    ("p", "附　則（令和9年2月19日教育委員会規程第2号）"),
    ("p", "1　この規程は、令和9年（2027年）4月1日から施行する。"),
    ("p", "2　この規程の施行の日前に使用の許可を受けた使用で、施行の日以後に行われるものの使用料については、"
          "なお従前の例による。ただし、使用日が令和9年（2027年）9月30日より後のものについては、改正後の規定による。"),
    ("p", "3　前項ただし書の場合において、既に改正前の使用料を納付した者は、改正後の使用料との差額を使用日の前日までに"
          "納付するものとする。"),
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
    properties.author = f"{ORG} 中央図書館 管理係"
    properties.last_modified_by = f"{ORG} 中央図書館 管理係"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
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
        elif kind == "fee_table":
            # Two header rows: 施設 and 定員 merged down; the day and evening slots each over
            # 改定後 and 改定前.
            table = new_table(2 + len(ROOM_FEES), 6)
            fill_row(table, 0, ["施設", "定員", "午前・午後（1区分）", "", "夜間（1区分）", ""])
            fill_row(table, 1, ["", "", "改定後", "改定前", "改定後", "改定前"])
            for first_row, first_col, last_row, last_col in ((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5)):
                top_left = table.cell(first_row, first_col)  # type: ignore[attr-defined]
                text = top_left.text
                top_left.merge(table.cell(last_row, last_col)).text = text  # type: ignore[attr-defined]
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(table.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
            for row_index, row in enumerate(ROOM_FEES, start=2):
                fill_row(table, row_index, row)
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 3. XLSX: visitors by month and library; material purchases in 千円.

FIGURES_FILENAME = "館別入館者数・資料購入費_2026年度.xlsx"

VISITORS = {
    "中央図書館": [28415, 31208, 26937, 33574, 36102, 27318, 29846, 28073, 24590, 26781, 27465, 30219],
    "川端図書館": [8342, 9115, 7906, 9873, 10652, 8017, 8764, 8239, 7128, 7855, 8046, 8921],
    "緑ヶ丘図書館": [7615, 8402, 7238, 9147, 9986, 7402, 8033, 7561, 6594, 7208, 7359, 8176],
    "浜町図書館": [5268, 5847, 4973, 6352, 6918, 5104, 5539, 5216, 4487, 4962, 5085, 5634],
    "桜木図書館": [6134, 6781, 5809, 7396, 8047, 5936, 6452, 6078, 5231, 5764, 5902, 6548],
}
VISITOR_MONTH_TOTALS = [sum(VISITORS[library][index] for library in LIBRARIES) for index in range(12)]
VISITOR_TOTALS = {library: sum(values) for library, values in VISITORS.items()}
VISITOR_TOTAL = sum(VISITOR_TOTALS.values())
VISITOR_NOTE = ("注記：入館者数は各館の入口に設置した計数装置による人数（延べ人数）。2026年12月29日から2027年1月3日までは"
                "全館で休館した。1月〜3月は2027年の月。")

PURCHASE_KINDS = ["一般図書", "児童図書", "雑誌・新聞", "視聴覚資料", "電子書籍", "郷土資料"]
# 千円; None = "－" (not bought at that library).
PURCHASES: dict[str, list[int | None]] = {
    "一般図書": [18420, 5236, 4875, 3912, 4308],
    "児童図書": [6215, 2847, 3104, 2093, 2516],
    "雑誌・新聞": [3608, 942, 871, 705, 788],
    "視聴覚資料": [2134, 416, 358, None, 327],
    "電子書籍": [4500, None, None, None, None],
    "郷土資料": [1187, 64, 52, 238, None],
}
PURCHASE_ROW_TOTALS = {kind: _sum(values) for kind, values in PURCHASES.items()}
PURCHASE_COLUMN_TOTALS = [_sum([PURCHASES[kind][index] for kind in PURCHASE_KINDS]) for index in range(5)]
PURCHASE_TOTAL = sum(PURCHASE_COLUMN_TOTALS)
PURCHASE_UNIT = "（単位：千円）"
PURCHASE_NOTE = ("注記：2026年度の決算額。電子書籍は全館分を中央図書館で一括して契約している。"
                 "「－」はその館で購入がないことを表す。")


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

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

    def data_row(sheet: object, row: int, label: str, numbers: list[int | float | None], *, fmt: str = "#,##0",
                 total: bool = False) -> None:
        first = sheet.cell(row=row, column=1, value=label)  # type: ignore[attr-defined]
        cells = [first]
        for column, value in enumerate(numbers, start=2):
            cell = sheet.cell(row=row, column=column, value=DASH if value is None else value)  # type: ignore[attr-defined]
            if value is None:
                cell.alignment = Alignment(horizontal="center")
            else:
                cell.number_format = fmt
            cells.append(cell)
        for cell in cells:
            cell.border = border
            if total:
                cell.font = Font(bold=True)
                cell.fill = total_fill

    workbook = Workbook()
    visitors = workbook.active
    visitors.title = "月別入館者数"
    visitors.cell(row=1, column=1, value="2026年度 館別・月別 入館者数（人）").font = Font(bold=True, size=13)
    visitors.merge_cells(start_row=1, start_column=1, end_row=1, end_column=7)
    # Header rows 2 and 3: 月 and 合計 merged down; the regions over their libraries.
    header(visitors, 2, 1, "月")
    header(visitors, 3, 1, None)
    visitors.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    column = 2
    for region, members in REGIONS:
        header(visitors, 2, column, region)
        for offset, library in enumerate(members):
            if offset:
                header(visitors, 2, column + offset, None)
            header(visitors, 3, column + offset, library)
        if len(members) > 1:
            visitors.merge_cells(start_row=2, start_column=column, end_row=2, end_column=column + len(members) - 1)
        column += len(members)
    header(visitors, 2, column, "合計")
    header(visitors, 3, column, None)
    visitors.merge_cells(start_row=2, start_column=column, end_row=3, end_column=column)
    for index, month in enumerate(MONTHS):
        values = [VISITORS[library][index] for library in LIBRARIES]
        data_row(visitors, 4 + index, month, values + [sum(values)])
    total_row = 4 + len(MONTHS)
    data_row(visitors, total_row, "合計", [VISITOR_TOTALS[library] for library in LIBRARIES] + [VISITOR_TOTAL],
             total=True)
    data_row(visitors, total_row + 1, "月平均",
             [VISITOR_TOTALS[library] / 12 for library in LIBRARIES] + [VISITOR_TOTAL / 12], fmt="#,##0.0",
             total=True)
    visitors.cell(row=total_row + 3, column=1, value=VISITOR_NOTE)
    for letter, width in zip("ABCDEFG", [10, 14, 14, 14, 14, 14, 14]):
        visitors.column_dimensions[letter].width = width
    visitors.freeze_panes = "B4"

    purchases = workbook.create_sheet("資料購入費")
    purchases.cell(row=1, column=1, value="2026年度 館別・資料区分別 資料購入費").font = Font(bold=True, size=13)
    purchases.merge_cells(start_row=1, start_column=1, end_row=1, end_column=7)
    purchases.cell(row=2, column=7, value=PURCHASE_UNIT).alignment = Alignment(horizontal="right")
    for column, label in enumerate(["資料区分"] + LIBRARIES + ["合計"], start=1):
        header(purchases, 3, column, label)
    for index, kind in enumerate(PURCHASE_KINDS, start=4):
        data_row(purchases, index, kind, PURCHASES[kind] + [PURCHASE_ROW_TOTALS[kind]])
    total_row = 4 + len(PURCHASE_KINDS)
    data_row(purchases, total_row, "合計", PURCHASE_COLUMN_TOTALS + [PURCHASE_TOTAL], total=True)
    purchases.cell(row=total_row + 2, column=1, value=PURCHASE_NOTE)
    for letter, width in zip("ABCDEFG", [14, 14, 14, 14, 14, 14, 14]):
        purchases.column_dimensions[letter].width = width
    save_workbook(workbook, path, title=f"{ORG} 館別入館者数・資料購入費（2026年度）",
                  creator=f"{ORG} 中央図書館 管理係", moment=FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 4. EML: an all-staff e-mail.

MAIL_FILENAME = "職員周知_特別整理期間の休館と春の職員研修の申込み.eml"
MAIL_SUBJECT = "【職員周知】特別整理期間（蔵書点検）の休館日程と春の職員研修の申込みについて"


def mail_body() -> str:
    lines = [
        "各館 館長・職員 各位",
        "",
        "中央図書館 管理係の小野寺です。",
        "蔵書点検のための特別整理期間の休館日程と、春の職員研修・説明会についてお知らせします。",
        "",
        "■1. 特別整理期間（蔵書点検）に伴う休館",
        f"・中央図書館：{_date(6, 7, year=True)}〜{_date(6, 11)}",
        f"・川端図書館：{_date(6, 14)}〜{_date(6, 16)}",
        f"・緑ヶ丘図書館：{_date(6, 14)}〜{_date(6, 17)}",
        f"・浜町図書館：{_date(6, 21)}〜{_date(6, 23)}",
        f"・桜木図書館：{_date(6, 22)}〜{_date(6, 24)}",
        "休館中も各館のブックポストは使えます（浜町図書館のブックポストは外壁工事のため休館中も閉鎖します）。",
        f"館内掲示とウェブサイトでのお知らせは{_date(5, 24)}から始めてください。",
        "",
        "■2. 春の職員研修・説明会",
        "(1) レファレンス研修「郷土資料の調べ方」",
        f"　日時：{_date(5, 25)} 14:00〜16:30",
        "　会場：中央図書館 第1研修室　定員：30名",
        f"　申込締切：{_date(5, 14)}",
        "　担当：奉仕係 森下（内線 312）",
        "(2) 児童サービス研修「読み聞かせの基礎」",
        f"　日時：{_date(6, 1)} 10:00〜12:00",
        "　会場：緑ヶ丘図書館 集会室　定員：20名",
        f"　申込締切：{_date(5, 21)}",
        "　担当：児童サービス係 平田（内線 325）",
        "(3) 新図書館システム操作説明会",
        f"　日時：{_date(6, 29)} 午前の部 9:30〜11:30／午後の部 14:00〜16:00",
        "　会場：中央図書館 多目的ホール　定員：各回60名",
        f"　申込締切：{_date(6, 18)}",
        "　担当：システム係 川口（内線 341）",
        "申込みは、所属館の館長を通じて各担当あてにメールでお願いします。",
        "",
        "■3. 提出物",
        f"・2026年度 事業報告の館別原稿：{_date(5, 7)} 17:00まで（管理係 小野寺、内線 301）",
        f"・夏休み子ども行事の企画案：{_date(5, 28)} 17:00まで（児童サービス係 平田、内線 325）",
        "",
        "ご不明な点は管理係（内線 301）までお問い合わせください。",
        "",
        "――――――――――――――――",
        f"{ORG} 中央図書館 管理係 小野寺 美帆",
        "電話 0276-00-3180（内線 301）",
        "kanri@shiomigawa-lib.example",
    ]
    return "\n".join(lines) + "\n"


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = f"{ORG} 中央図書館 管理係 <kanri@shiomigawa-lib.example>"
    message["To"] = "全館 職員 <all-staff@shiomigawa-lib.example>"
    message["Subject"] = MAIL_SUBJECT
    message["Date"] = format_datetime(datetime.datetime(2027, 4, 20, 9, 0, 0,
                                                        tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    message["Message-ID"] = "<20270420090000.tanaoroshi@shiomigawa-lib.example>"
    message.set_content(mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


# ---------------------------------------------------------------------------------------------
# 5. Markdown: a page of the counter staff handbook.

HANDBOOK_FILENAME = "カウンター業務ハンドブック_第4章_予約・延滞・相互貸借.md"

ILL_TABLE = [
    ["依頼先", "標準所要日数", "貸出期間", "送料", "館外貸出"],
    ["県立図書館（協力車便）", "5〜7日", "2週間", "無料", "可"],
    ["県内の市町村立図書館", "7〜10日", "2週間", "無料", "可（貸出館の条件による）"],
    ["県外の公共図書館", "10〜14日", "3週間", "往復送料は利用者負担", "可"],
    ["大学図書館", "10〜20日", "2週間", "往復送料は利用者負担", "館内閲覧のみ"],
    ["国立国会図書館", "14〜21日", "3週間", "図書館負担", "館内閲覧のみ"],
]


def handbook_text() -> str:
    table = ["| " + " | ".join(ILL_TABLE[0]) + " |", "|" + "---|" * len(ILL_TABLE[0])]
    table += ["| " + " | ".join(row) + " |" for row in ILL_TABLE[1:]]
    lines = [
        "# カウンター業務ハンドブック　第4章　予約・延滞・相互貸借の取扱い",
        "",
        f"{ORG}　中央図書館 奉仕係 作成／2027年4月改訂（第7版）",
        "",
        "この章は、全館のカウンター担当職員が予約・延滞・相互貸借の手続きを同じやり方で行うための手引きです。",
        "",
        "## 4-1 予約の受付",
        "",
        "- 予約できる点数は、1人15点まで（そのうち視聴覚資料は3点まで）。",
        "- 予約はカウンター、館内の利用者用端末、図書館ウェブサイトで受け付ける。",
        "- 受取館は5館のどこでも指定できる。指定した受取館は、資料の用意ができた後は変更できない。",
        "- 用意ができた資料の取置期間は、利用者に連絡した日の翌日から7日間。",
        "- 取置期間を過ぎても受け取られなかった資料は、次の予約者に回す。",
        "",
        "## 4-2 延滞資料の督促",
        "",
        "返却期限を過ぎた資料がある利用者には、新たな貸出と予約をしない。督促は次の順に行う"
        "（日数は返却期限の翌日を1日目として数える）。",
        "",
        "1. 8日目：図書館システムから督促メールを自動で送る（メールアドレスを登録していない利用者は手順2へ）。",
        "2. 15日目：資料を借りた館の奉仕担当が電話で連絡する。",
        "3. 30日目：督促はがきを郵送する。",
        "4. 60日目：館長名の督促状を送り、利用カードを貸出停止にする。",
        "5. 資料が返ってきたら、その場で貸出停止を解除し、督促の記録を消す。",
        "",
        "## 4-3 相互貸借（他館からの取り寄せ）",
        "",
        "市内5館のどこにも所蔵のない資料は、利用者の申込みにより他の図書館から取り寄せる。依頼先ごとの目安は"
        "次の表のとおり。",
        "",
        *table,
        "",
        "申込みを受けるときの手順：",
        "",
        "1. 所蔵検索で、市内5館に所蔵がないこと（発注中・受入中を含む）を確かめる。",
        "2. 利用者に相互貸借申込書を書いてもらい、送料の負担と館外貸出の可否を説明する。",
        "3. 申込書を相互貸借担当に回す（分館は毎日の連絡便で中央図書館へ送る）。",
        "4. 資料が届いたら、予約の取置と同じく利用者に連絡する。",
        "",
        "## 4-4 紛失・汚損の弁償",
        "",
        "- 資料を紛失・汚損した利用者には、同じ資料（現物）で弁償してもらう。",
        "- 品切れ等で現物が手に入らないときは、図書館が指定する同程度の資料で弁償してもらう。",
        "- 相互貸借で借りた資料の弁償は、貸出館の定めによる。必ず相互貸借担当に相談する。",
        "",
        "## 4-5 問い合わせ先",
        "",
        "- 予約・督促の取扱い：奉仕係 宮田（内線 311）",
        "- 相互貸借：奉仕係 相互貸借担当 北村（内線 318）",
        "- 図書館システムの障害：システム係 川口（内線 341）",
    ]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Question sets.

def _stock(library: str, kind: str, column: int) -> str:
    return _cell(STOCK[library][KINDS.index(kind)][column])


def _visitors(library: str, month: str) -> str:
    return _n(VISITORS[library][MONTHS.index(month)])


def _plain(form: str) -> str:
    return form.replace(",", "")


def _forms(form: str, *others: str) -> list[str]:
    """The document's form, then the form without thousands separators, then others."""
    result = [form]
    for other in (_plain(form),) + others:
        if other not in result:
            result.append(other)
    return result


def _fee(room: str, column: int) -> str:
    return next(row for row in ROOM_FEES if row[0] == room)[column]


def _yen(form: str) -> list[str]:
    number = form.removesuffix("円")
    return _forms(form, number, _plain(number) + "円", _plain(number))


def _purchase(kind: str, library: str) -> str:
    value = PURCHASES[kind][LIBRARIES.index(library)]
    assert value is not None
    return _n(value)


QA: list[dict] = [
    {"q": "中央図書館にある児童書って、2026年度末の時点で何冊あるの？",
     "any": _forms(_stock("中央図書館", "児童書", 1), _stock("中央図書館", "児童書", 1) + "冊")},
    {"q": "川端図書館で2025年度に貸し出された雑誌は何冊でしたか。",
     "any": _forms(_stock("川端図書館", "雑誌", 2))},
    {"q": "浜町図書館の郷土資料、2026年度はどれくらい借りられた？",
     "any": _forms(_stock("浜町図書館", "郷土資料", 3))},
    {"q": "桜木図書館が持ってるCDやDVDなどの視聴覚資料は、2026年度末で何点？",
     "any": _forms(_stock("桜木図書館", "視聴覚資料", 1))},
    {"q": "5館全部あわせると、2026年度の貸出冊数は何冊になった？",
     "any": _forms(_n(GRAND[3]))},
    {"q": "メンバーがちょうど10人の読み聞かせグループが団体貸出を使うと、最大何冊まで借りられますか。",
     "any": ["100冊", "100"]},
    {"q": "中央図書館の多目的ホールを午後1コマ借りると、4月からの新しい料金ではいくら？",
     "any": _yen(_fee("中央図書館 多目的ホール", 2))},
    {"q": "川端図書館の集会室を夜に使う場合、改定前の使用料はいくらだった？",
     "any": _yen(_fee("川端図書館 集会室", 5))},
    {"q": "集会室の使用日のちょうど8日前に取消しを申し出たら、払った使用料はどれだけ戻ってくる？",
     "any": ["既納の使用料の5割", "5割", "50%", "半額"]},
    {"q": "中央図書館の多目的ホールは、使う日の何か月前から申し込めるの？",
     "any": ["6か月前", "6ヶ月前", "6カ月前", "半年前"]},
    {"q": "郷土資料の調べ方の研修について聞きたいとき、担当の人の内線番号は？",
     "any": ["内線 312", "312"]},
    {"q": "この集会室等使用規程がいちばん最初に施行されたのはいつ？",
     "any": ["平成29年（2017年）4月1日", "平成29年4月1日", "2017年4月1日"]},
    {"q": "改正前に許可をもらっていた予約でも旧料金のままでいいのは、使用日がいつまでのもの？",
     "any": ["令和9年（2027年）9月30日", "令和9年9月30日", "2027年9月30日", "9月30日"]},
    {"q": "緑ヶ丘図書館の8月の入館者数を教えて。",
     "any": _forms(_visitors("緑ヶ丘図書館", "8月"))},
    {"q": "2026年度の12月、5館を合わせた入館者数は何人？",
     "any": _forms(_n(VISITOR_MONTH_TOTALS[MONTHS.index("12月")]))},
    {"q": "桜木図書館の2026年度の入館者数は年間で合計何人でしたか。",
     "any": _forms(_n(VISITOR_TOTALS["桜木図書館"]))},
    {"q": "川端図書館の入館者は、1か月あたり平均で何人？",
     "any": _forms(f"{VISITOR_TOTALS['川端図書館'] / 12:,.1f}")},
    {"q": "浜町図書館が2026年度に児童図書の購入に使ったお金はいくら（千円単位で）？",
     "any": _forms(_purchase("児童図書", "浜町図書館"), _purchase("児童図書", "浜町図書館") + "千円")},
    {"q": "一般図書の購入費は、5館合計でいくらでしたか。",
     "any": _forms(_n(PURCHASE_ROW_TOTALS["一般図書"]), _n(PURCHASE_ROW_TOTALS["一般図書"]) + "千円")},
    {"q": "中央図書館の蔵書点検の休館は何日まで？",
     "any": [_date(6, 11), "6月11日"]},
    {"q": "読み聞かせの研修に申し込みたいんだけど、締切はいつ？",
     "any": [_date(5, 21), "5月21日"]},
    {"q": "新しい図書館システムの操作説明会、午後の部は何時から何時まで？",
     "any": ["14:00〜16:00", "14時〜16時", "14:00-16:00", "14時から16時"]},
    {"q": "県外の公共図書館から本を取り寄せると、ふつう何日くらいかかる？",
     "any": ["10〜14日", "10~14日", "10日〜14日", "10〜14", "10日から14日"]},
    {"q": "延滞している人に電話をかけるのは、返却期限の翌日から数えて何日目？",
     "any": ["15日目", "15"]},
]

# The asked-for value is absent; the strings listed must not appear in any document.
ABSENT: dict[str, dict] = {
    "h50-un-1": {"q": "浜町図書館の2027年度の年間入館者数は何人？",
                 "reason": "the workbook covers fiscal 2026 only", "absent": ["2027年度", "令和9年度"]},
    "h50-un-2": {"q": "中央図書館の和室を午前中に借りるといくら？",
                 "reason": "there is no 和室 among the rooms", "absent": ["和室"]},
    "h50-un-3": {"q": "中央図書館の駐車場は1時間いくらで停められる？",
                 "reason": "no parking fee is set anywhere", "absent": ["駐車場", "駐車料"]},
    "h50-un-4": {"q": "桜木図書館の定休日って何曜日？",
                 "reason": "no regular closing day is given", "absent": ["定休日", "毎週"]},
    "h50-un-5": {"q": "2026年度に電子書籍は何冊貸し出された？",
                 "reason": "e-books appear only as a purchase cost, never as loans",
                 "absent": ["電子書籍の貸出", "電子書籍貸出", "電子書籍の利用"]},
    "h50-un-6": {"q": "本の返却が1週間遅れたら、延滞金はいくら払うの？",
                 "reason": "no overdue fee is set", "absent": ["延滞金", "延滞料"]},
    "h50-un-7": {"q": "レファレンス研修の参加費はいくらですか。",
                 "reason": "no fee for the training is given", "absent": ["参加費", "受講料"]},
    "h50-un-8": {"q": "国立国会図書館に複写を頼むと1枚いくら？",
                 "reason": "copying is not covered", "absent": ["複写", "コピー"]},
    "h50-un-9": {"q": "2024年度末の中央図書館の一般書の蔵書冊数は？",
                 "reason": "the report starts at the end of fiscal 2025", "absent": ["2024年度"]},
    "h50-un-10": {"q": "緑ヶ丘図書館には司書が何人いるの？",
                  "reason": "no staff numbers are given", "absent": ["職員数", "司書数", "司書の人数", "司書は"]},
    "h50-un-11": {"q": "多目的ホールで冷暖房を使うと追加料金はいくら？",
                  "reason": "no heating or cooling charge is set", "absent": ["冷暖房", "空調"]},
    "h50-un-12": {"q": "海外の図書館から相互貸借で取り寄せると何日くらいかかる？",
                  "reason": "no foreign libraries in the interlibrary-loan table", "absent": ["海外", "国外"]},
}

ENGLISH: list[dict] = [
    {"q": "How many children's books (児童書) did the Central Library (中央図書館) hold at the end of fiscal 2026?",
     "any": _forms(_stock("中央図書館", "児童書", 1)),
     "answer_any": [_stock("中央図書館", "児童書", 1), _plain(_stock("中央図書館", "児童書", 1))]},
    {"q": "How many visitors did the Midorigaoka Library (緑ヶ丘図書館) have in August?",
     "any": _forms(_visitors("緑ヶ丘図書館", "8月")),
     "answer_any": [_visitors("緑ヶ丘図書館", "8月"), _plain(_visitors("緑ヶ丘図書館", "8月"))]},
    {"q": "After the revision, what is the fee for the multipurpose hall (多目的ホール) at the Central Library "
          "for one evening slot?",
     "any": _yen(_fee("中央図書館 多目的ホール", 4)), "answer_any": ["4,800", "4800"]},
    {"q": "A reading club with 12 members borrows books through group lending. For how many days can they keep them?",
     "any": ["45日", "45"], "answer_any": ["45"]},
    {"q": "What is the application deadline for the children's service training (児童サービス研修)?",
     "any": [_date(5, 21), "5月21日"], "answer_any": ["May 21", "21 May", "5月21日", "May 21st"]},
    {"q": "Which extension number should staff call about the new library system briefing?",
     "any": ["内線 341", "341"], "answer_any": ["341"]},
    {"q": "How long is a reserved item kept for pickup once the patron has been contacted?",
     "any": ["7日間", "7日"], "answer_any": ["7 days", "seven days", "7日", "7-day", "one week", "1 week"]},
    {"q": "Until what date is the Hamamachi Library (浜町図書館) closed for stock-taking?",
     "any": [_date(6, 23), "6月23日"], "answer_any": ["June 23", "23 June", "6月23日", "June 23rd"]},
    {"q": "How much did the Sakuragi Library (桜木図書館) spend on magazines and newspapers in fiscal 2026, "
          "in thousands of yen?",
     "any": _forms(_purchase("雑誌・新聞", "桜木図書館")), "answer_any": ["788"]},
    {"q": "If a meeting-room booking is cancelled 5 days before the day of use, how much of the fee is refunded?",
     "any": ["既納の使用料の2割", "2割", "20%"], "answer_any": ["20%", "20 %", "20 percent", "2割", "one fifth",
                                                       "one-fifth"]},
]

FOLLOWUP: list[dict] = [
    {"turns": ["中央図書館の多目的ホール、夜間1区分の使用料は改定後いくら？", "改定前は？"],
     "any": _yen(_fee("中央図書館 多目的ホール", 5))},
    {"turns": ["川端図書館の7月の入館者数は？", "桜木図書館は？"],
     "any": _forms(_visitors("桜木図書館", "7月"))},
    {"turns": ["緑ヶ丘図書館の一般書、2026年度の貸出冊数は何冊？", "前の年度は？"],
     "any": _forms(_stock("緑ヶ丘図書館", "一般書", 2))},
    {"turns": ["児童サービス研修の定員は何名？", "システムの操作説明会は？"],
     "any": ["各回60名", "60名", "60人", "60"]},
    {"turns": ["県立図書館から資料を取り寄せる場合、標準でどれくらい日数がかかる？", "大学図書館だと？"],
     "any": ["10〜20日", "10~20日", "10日〜20日", "10〜20", "10日から20日"]},
    {"turns": ["浜町図書館の児童図書の購入費はいくら？", "雑誌・新聞は？"],
     "any": _forms(_purchase("雑誌・新聞", "浜町図書館"), _purchase("雑誌・新聞", "浜町図書館") + "千円")},
    {"turns": ["構成員が5名以上10名未満の団体は、団体貸出で何冊まで借りられる？", "じゃあ貸出期間は？"],
     "any": ["30日", "30日間", "30"]},
    {"turns": ["延滞資料の督促はがきは、返却期限の翌日から何日目に出す？", "電話するのは？"],
     "any": ["15日目", "15"]},
]


def question_sets() -> dict[str, list[dict]]:
    return {
        "holdout50_qa.jsonl": [{"id": f"h50-{number}", **question} for number, question in enumerate(QA, start=1)],
        "holdout50_unanswerable_qa.jsonl": [
            {"id": key, "q": value["q"], "any": [], "unanswerable": True} for key, value in ABSENT.items()],
        "holdout50_english_qa.jsonl": [{"id": f"h50-en-{number}", **question}
                                       for number, question in enumerate(ENGLISH, start=1)],
        "holdout50_followup_qa.jsonl": [{"id": f"h50-fu-{number}", **question}
                                        for number, question in enumerate(FOLLOWUP, start=1)],
    }


def write_question_sets(directory: Path) -> list[Path]:
    written = []
    for filename, questions in question_sets().items():
        path = directory / filename
        path.write_text("".join(json.dumps(question, ensure_ascii=False) + "\n" for question in questions),
                        encoding="utf-8")
        written.append(path)
    return written


# ---------------------------------------------------------------------------------------------

def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


def build_md(path: Path) -> None:
    path.write_bytes(handbook_text().encode("utf-8"))


BUILDERS = ((REPORT_FILENAME, build_pdf), (RULES_FILENAME, build_docx), (FIGURES_FILENAME, build_xlsx),
            (MAIL_FILENAME, build_eml), (HANDBOOK_FILENAME, build_md))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the documents and the question sets into this directory")
    arguments = parser.parse_args()
    documents = arguments.out or HERE
    sets = arguments.out or DATA
    documents.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for filename, builder in BUILDERS:
        path = documents / filename
        builder(path)
        written.append(path)
    print_sizes(written)
    for path in write_question_sets(sets):
        print(f"{path.name}: {sum(1 for _ in path.open(encoding='utf-8'))} questions")


if __name__ == "__main__":
    main()
