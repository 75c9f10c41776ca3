"""Write the five documents of the thirtieth holdout corpus (tests/data/holdout30/README.md).

One fictional veterinary hospital group, こもれび動物病院グループ (医療法人社団こもれび会, head office in
the fictional 澄川市; four hospitals, 本院, 北浦院, 南台院 and 西町院), and five documents its staff
would look things up in:

* the price list as a PDF laid out by reportlab (flat fees new beside old; treatments, surgery,
  dentistry, hospitalisation and preventive medicines by dog weight band and for cats, under a
  two-row header that is repeated when the table crosses a page, the group name written only on
  the first row of its group; surcharges in prose);
* the staff work rules as Word (shifts, night-duty allowances new and old under a two-row header,
  annual leave and refresh leave by length of service, commuting allowance by distance, the share
  of staff pets' bills the employer pays);
* the patient figures as Excel (visits by month × hospital × species under a two-row header with a
  合計 row and a 月平均 row; distinct animals by hospital and species with a 構成比 row; operations by
  hospital and kind with a 合計 row and a 月平均 row; notes);
* the year-end opening-hours notice as HTML (last and first days per hospital, the main hospital's
  emergency hours, deadlines, a surcharge, telephone numbers);
* the anaesthesia and hospitalisation manual as Markdown (fasting, deposits by kind of stay and dog
  size, new and old; visiting hours per hospital; contacts by name and extension; discharge).

Every name, address, telephone number and figure here is invented (domains end in `.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the HTML and
Markdown files are fixed text.

    .venv/bin/python tests/data/holdout30/make_holdout30.py
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

FIXED_MOMENT = datetime.datetime(2027, 3, 15, 10, 0, 0)
# The workbook is made after the fiscal year it counts has ended.
FIGURES_MOMENT = datetime.datetime(2027, 4, 12, 9, 0, 0)
CORPORATION = "医療法人社団こもれび会"
GROUP = "こもれび動物病院グループ"
HOSPITALS = ["本院", "北浦院", "南台院", "西町院"]
HEADER_FILL = "DDEBF7"


def _n(value: int) -> str:
    return f"{value:,}"


# ---------------------------------------------------------------------------------------------
# 1. PDF: the price list.

PRICES_FILENAME = "診療料金表_2027年4月改定.pdf"
PRICES_TITLE = f"{GROUP} 診療料金表（2027年4月1日改定）"

# 項目, 改定後, 改定前 (税込)
FLAT_FEES = [
    ("初診料", "1,760円", "1,540円"),
    ("再診料", "990円", "770円"),
    ("時間外診療料（19:30〜22:00）", "3,850円", "3,300円"),
    ("深夜診療料（22:00〜翌8:30、本院のみ）", "8,250円", "7,150円"),
    ("往診料（片道5km以内）", "3,520円", "3,080円"),
    ("血液検査（一般・生化学16項目）", "9,680円", "8,800円"),
    ("X線検査（2枚まで）", "6,380円", "5,940円"),
    ("超音波検査（腹部）", "4,620円", "4,180円"),
    ("麻酔前検査（血液検査・胸部X線）", "13,750円", "12,650円"),
    ("麻酔前検査への心電図の追加", "2,420円", "2,200円"),
    ("狂犬病予防注射（注射済票交付手数料を含む）", "3,850円", "3,850円"),
    ("混合ワクチン（犬6種）", "8,470円", "7,920円"),
    ("混合ワクチン（犬10種）", "10,450円", "9,680円"),
    ("混合ワクチン（猫3種）", "6,490円", "5,940円"),
    ("マイクロチップ装着", "5,280円", "4,950円"),
]

DOG_BANDS = ["5kg未満", "5kg以上10kg未満", "10kg以上20kg未満", "20kg以上40kg未満", "40kg以上"]

# 区分, 項目, dog bands (5), cat (税込・円)
WEIGHT_TABLE: list[tuple[str, list[tuple[str, list[str]]]]] = [
    ("麻酔・鎮静", [
        ("全身麻酔（吸入麻酔・60分まで）", ["12,100", "15,400", "19,800", "25,300", "31,900", "13,200"]),
        ("麻酔の延長（30分ごと）", ["3,300", "4,400", "5,610", "7,150", "8,800", "3,850"]),
        ("鎮静処置", ["4,950", "6,050", "7,700", "9,350", "11,550", "5,170"]),
    ]),
    ("手術（麻酔料は別）", [
        ("避妊手術（卵巣子宮摘出）", ["33,000", "41,800", "52,800", "66,000", "79,200", "29,700"]),
        ("去勢手術", ["24,200", "30,800", "38,500", "48,400", "58,300", "17,600"]),
        ("腫瘍摘出（体表・直径3cm未満）", ["37,950", "46,200", "55,000", "68,200", "81,400", "40,700"]),
        ("異物摘出（胃切開）", ["143,000", "165,000", "198,000", "236,500", "275,000", "154,000"]),
        ("膝蓋骨脱臼整復（片側）", ["187,000", "209,000", "253,000", "297,000", "341,000", "198,000"]),
    ]),
    ("歯科（麻酔料は別）", [
        ("歯石除去（スケーリング・研磨）", ["22,000", "27,500", "33,000", "40,700", "47,300", "23,100"]),
        ("抜歯（1本につき）", ["2,750", "3,080", "3,520", "4,180", "4,620", "2,860"]),
    ]),
    ("処置", [
        ("皮下点滴", ["1,980", "2,420", "2,970", "3,630", "4,290", "2,090"]),
        ("静脈点滴（1日）", ["5,500", "6,710", "7,920", "9,460", "11,000", "5,940"]),
        ("注射（1回）", ["1,650", "1,870", "2,310", "2,860", "3,410", "1,705"]),
        ("爪切り", ["880", "1,100", "1,320", "1,650", "1,980", "990"]),
        ("肛門腺絞り", ["660", "880", "1,100", "1,320", "1,650", "715"]),
    ]),
    ("入院（1日あたり）", [
        ("一般入院", ["4,400", "5,500", "6,930", "8,580", "10,230", "4,620"]),
        ("術後入院（手術の翌日から）", ["5,170", "6,380", "7,810", "9,570", "11,330", "5,390"]),
        ("集中管理入院（ICU・酸素室）", ["11,000", "13,200", "16,500", "19,800", "23,650", "12,100"]),
        ("隔離入院（感染症）", ["7,700", "9,020", "10,780", "12,980", "15,180", "8,140"]),
    ]),
    ("予防薬（1か月分）", [
        ("フィラリア予防薬", ["1,320", "1,870", "2,420", "3,300", "4,180", "1,540"]),
        ("ノミ・マダニ予防薬", ["1,650", "2,090", "2,640", "3,190", "3,850", "1,870"]),
    ]),
]

WEIGHT_HEADER = [
    ["区分", "項目", "犬（来院時の体重）", "", "", "", "", "猫"],
    ["", ""] + DOG_BANDS + ["体重にかかわらず"],
]


def weight_rows() -> list[list[str]]:
    rows = [list(row) for row in WEIGHT_HEADER]
    for group, items in WEIGHT_TABLE:
        for index, (item, values) in enumerate(items):
            rows.append([group if index == 0 else "", item] + values)
    return rows


PRICES_BLOCKS: list[tuple[str, object]] = [
    ("right", "2027年（令和9年）3月15日 理事会決定　2027年（令和9年）4月1日 施行"),
    ("h1", "1. 適用"),
    ("p", f"この料金表は、{CORPORATION}が運営する{GROUP}の本院、北浦院、南台院及び西町院の4院に共通の診療料金を"
          "定める。改定後の料金は2027年4月1日以後の診療に適用し、同日より前に入院した動物の入院料は、退院の日まで"
          "改定前の料金とする。料金はすべて消費税込みの額である。"),
    ("h1", "2. 基本診療料・検査・予防接種"),
    ("p", "体重によらない料金は、次の表のとおりとする。"),
    ("flat", None),
    ("p", "注：麻酔前検査は、7歳以上の動物に全身麻酔をかける場合に必ず行う。12歳以上の動物には心電図を追加する。"),
    ("h1", "3. 体重別の料金（麻酔・手術・歯科・処置・入院・予防薬）"),
    ("p", "麻酔、手術、歯科、処置、入院及び予防薬の料金は、犬は来院時に計測した体重の区分により、猫は体重にかかわらず"
          "次の表のとおりとする（単位：円、税込）。手術・歯科の料金には麻酔の料金を含まない。"),
    ("weight", None),
    ("p", "注1：体重が区分の境目（5kg、10kg、20kg、40kg）にあたる犬は、重い方の区分とする。たとえば体重がちょうど"
          "10kgの犬は「10kg以上20kg未満」の区分である。"),
    ("p", "注2：入院の料金は1日あたりの額で、入院した日と退院した日をそれぞれ1日と数える。入院中の食事代は入院料に"
          "含むが、療法食は別に実費を申し受ける。"),
    ("p", "注3：予防薬は1か月分の料金で、6か月分以上をまとめて処方する場合は合計額から5%を割り引く。"),
    ("h1", "4. 加算と割引"),
    ("p", "診療時間外（19:30〜22:00）に第3項の麻酔・手術・処置を行った場合は、その料金の35%を加算する（改定前は25%）。"
          "深夜（22:00〜翌8:30）に行った場合は、その料金の60%を加算する（改定前は45%）。深夜の診療は本院のみで行う。"),
    ("p", "同一世帯の動物の2頭目以降の混合ワクチンは、1頭につき550円を割り引く。こもれび会員（年会費無料）の"
          "動物の歯石除去は、体重の区分にかかわらず2,200円を割り引く。"),
    ("h1", "5. 支払方法と問い合わせ"),
    ("p", "料金は診療の都度、現金、クレジットカード又は電子マネーで支払うものとする。手術・入院の預かり金は、"
          "「麻酔・入院対応マニュアル」の定めによる。この料金表についての問い合わせは、本部 医事課"
          "（電話 0467-00-8105、iji@komorebi-vet.example）で受け付ける。"),
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
    heading = ParagraphStyle("heading", parent=body, fontSize=12.5, leading=18, spaceBefore=8, spaceAfter=4)
    title_style = ParagraphStyle("title", parent=body, fontSize=14, leading=20, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=10)
    header_colour = colors.HexColor("#" + HEADER_FILL)
    grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]

    flow: list[object] = [Paragraph(PRICES_TITLE, title_style)]
    for kind, content in PRICES_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "right":
            flow.append(Paragraph(str(content), right))
        elif kind == "flat":
            rows = [["項目", "改定後（税込）", "改定前（税込）"]] + [list(row) for row in FLAT_FEES]
            table = Table([[Paragraph(value, cell) for value in row] for row in rows], repeatRows=1,
                          colWidths=[95 * mm, 35 * mm, 35 * mm])
            table.setStyle(TableStyle(grid + [("BACKGROUND", (0, 0), (-1, 0), header_colour)]))
            flow.extend([table, Spacer(1, 3 * mm)])
        elif kind == "weight":
            rows = weight_rows()
            data = [[Paragraph(value, small if index < 2 else cell) for value in row] for index, row in enumerate(rows)]
            table = Table(data, repeatRows=2,
                          colWidths=[19 * mm, 41 * mm] + [19 * mm] * 5 + [21 * mm])
            table.setStyle(TableStyle(grid + [
                ("BACKGROUND", (0, 0), (-1, 1), header_colour),
                ("SPAN", (0, 0), (0, 1)),
                ("SPAN", (1, 0), (1, 1)),
                ("SPAN", (2, 0), (6, 0)),
                ("ALIGN", (2, 2), (-1, -1), "RIGHT"),
            ]))
            flow.extend([table, Spacer(1, 3 * mm)])
    margin = 15 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=PRICES_TITLE,
                                 author=f"{CORPORATION} 本部 医事課",
                                 leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin)
    document.build(flow)


# ---------------------------------------------------------------------------------------------
# 2. DOCX: the staff work rules.

RULES_FILENAME = "職員就業規程_抜粋_2027年4月改定.docx"
RULES_TITLE = f"{GROUP} 職員就業規程（抜粋）　2027年4月1日改定"

SHIFTS_TABLE = [
    ["勤務区分", "始業", "終業", "休憩", "実施する病院"],
    ["日勤", "8:45", "17:45", "60分", "全院"],
    ["早番", "7:30", "16:30", "60分", "本院"],
    ["遅番", "11:30", "20:30", "60分", "本院・北浦院"],
    ["夜間当直", "20:00", "翌9:00", "仮眠2時間を含めて3時間", "本院"],
    ["宅直（オンコール）", "19:30", "翌8:30", "―", "北浦院・南台院・西町院"],
]

# 職種, 平日 改定後, 改定前, 土曜・日曜・祝日 改定後, 改定前, 年末年始 改定後, 改定前
DUTY_ROWS = [
    ("獣医師（院長・副院長を除く）", "18,000円", "15,000円", "22,000円", "18,500円", "32,000円", "26,000円"),
    ("獣医師（院長・副院長）", "12,000円", "10,000円", "14,500円", "12,500円", "20,000円", "17,000円"),
    ("動物看護師", "9,500円", "8,200円", "11,500円", "9,800円", "16,000円", "13,500円"),
    ("受付・事務職員（当直補助）", "6,300円", "5,400円", "7,600円", "6,500円", "10,800円", "9,000円"),
]

LEAVE_TABLE = [
    ["勤続期間", "週5日勤務の職員", "週4日勤務の職員"],
    ["6か月以上1年6か月未満", "10日", "7日"],
    ["1年6か月以上2年6か月未満", "11日", "8日"],
    ["2年6か月以上3年6か月未満", "12日", "9日"],
    ["3年6か月以上4年6か月未満", "14日", "10日"],
    ["4年6か月以上5年6か月未満", "16日", "12日"],
    ["5年6か月以上6年6か月未満", "18日", "13日"],
    ["6年6か月以上", "20日", "15日"],
]

SPECIAL_LEAVE_TABLE = [
    ["事由", "日数", "取得できる期間"],
    ["本人の結婚", "連続5日", "結婚の日の前後6か月以内"],
    ["配偶者の出産", "3日", "出産の日から2週間以内"],
    ["父母・配偶者・子の死亡", "5日", "死亡の日から10日以内"],
    ["祖父母・兄弟姉妹・配偶者の父母の死亡", "2日", "死亡の日から7日以内"],
    ["職員が飼育する動物の死亡（ペットロス休暇）", "1日", "死亡の日から1か月以内"],
]

REFRESH_TABLE = [
    ["勤続年数（4月1日現在）", "リフレッシュ休暇", "リフレッシュ手当"],
    ["5年以上10年未満", "3日", "20,000円"],
    ["10年以上15年未満", "5日", "50,000円"],
    ["15年以上20年未満", "7日", "100,000円"],
    ["20年以上", "10日", "150,000円"],
]

COMMUTE_TABLE = [
    ["片道の通勤距離", "自動車・二輪車で通勤する職員の通勤手当（月額）"],
    ["2km未満", "支給しない"],
    ["2km以上10km未満", "4,200円"],
    ["10km以上15km未満", "7,100円"],
    ["15km以上25km未満", "12,900円"],
    ["25km以上35km未満", "18,700円"],
    ["35km以上", "24,400円"],
]

RULES_BODY: list[tuple[str, object]] = [
    ("right", "2027年（令和9年）3月15日 理事会決定　2027年（令和9年）4月1日 施行"),
    ("h1", "第1条 目的及び適用範囲"),
    ("p", f"この規程は、{CORPORATION}（以下「法人」という。）が運営する本院、北浦院、南台院、西町院及び本部に勤務する"
          "職員（獣医師、動物看護師及び受付・事務職員）の勤務時間、手当及び休暇を定める。週の所定労働日数が3日以下の"
          "職員には、別に定める短時間勤務職員規程を適用する。"),
    ("h1", "第2条 勤務時間"),
    ("p", "職員の勤務区分と勤務時間は、次の表のとおりとする。勤務区分は、各院の院長が前月の20日までに作成する"
          "勤務表で指定する。"),
    ("table", SHIFTS_TABLE),
    ("p", "夜間当直は、獣医師は1か月に4回まで、動物看護師は1か月に3回までとする。夜間当直の翌日は「当直明け」とし、"
          "勤務を要しない。"),
    ("h1", "第3条 夜間当直手当"),
    ("p", "夜間当直をした職員には、1回（1夜）につき次の表の夜間当直手当を支給する。"),
    ("duty", None),
    ("p", "注1：年末年始は12月29日から翌年1月3日までをいう。年末年始にあたる日は、土曜・日曜・祝日の額ではなく"
          "年末年始の額とする。"),
    ("p", "注2：改定後の額は、2027年4月1日以後に始まる当直に適用する。"),
    ("p", "当直中に救急手術に入った場合は、1件につき4,500円（改定前は3,500円）の救急手術手当を加算する。"
          "宅直手当は1回につき3,600円（改定前は2,800円）とし、宅直中に呼び出されて出勤した場合は、さらに1回につき"
          "4,800円を加算する。宅直中の出勤にかかった交通費は実費を支給する。"),
    ("h1", "第4条 年次有給休暇"),
    ("p", "年次有給休暇は、勤続期間に応じて次の表の日数を付与する。勤続期間は入職の日から数える。"),
    ("table", LEAVE_TABLE),
    ("p", "年次有給休暇は、1年につき5日分を限度として1時間単位で取得できる。その年に取得しなかった日数は、"
          "翌年に限り繰り越すことができる。"),
    ("h1", "第5条 特別休暇"),
    ("p", "職員は、次の表の事由により有給の特別休暇を取得できる。"),
    ("table", SPECIAL_LEAVE_TABLE),
    ("p", "勤続年数が5年以上の職員には、勤続年数に応じて次の表のリフレッシュ休暇とリフレッシュ手当を与える。"
          "リフレッシュ休暇は、その年度のうちに連続して取得するものとする。"),
    ("table", REFRESH_TABLE),
    ("h1", "第6条 通勤手当"),
    ("p", "公共交通機関で通勤する職員には、1か月の定期券の額を月額45,000円を上限として支給する。自動車又は二輪車で"
          "通勤する職員には、片道の通勤距離に応じて次の表の額を支給する。通勤距離は、住居から勤務する院までの"
          "最短の道のりで測る。"),
    ("table", COMMUTE_TABLE),
    ("h1", "第7条 職員の飼育動物の診療"),
    ("p", "職員（試用期間中の者を除く）が自ら飼育する犬又は猫を法人の病院で診療した場合は、1頭につき年度あたり"
          "10万円を上限として、その診療費の30%を法人が負担する（改定前は20%）。手術を受けた場合は、手術料の40%を"
          "法人が負担する。負担の対象は1人につき2頭までとする。"),
    ("h1", "第8条 研修"),
    ("p", "学会及び外部研修の参加費は、年度あたり獣医師は8万円、動物看護師は4万円を上限として法人が負担する。"
          "参加の2週間前までに所属する院の院長に申請するものとする。"),
    ("h1", "第9条 問い合わせ"),
    ("p", "この規程についての問い合わせは、本部 人事総務課 小田切 すみれ（内線 2051、jinji@komorebi-vet.example）"
          "で受け付ける。"),
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
    properties.author = f"{CORPORATION} 本部 人事総務課"
    properties.last_modified_by = f"{CORPORATION} 本部 人事総務課"
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
        elif kind == "duty":
            # Two header rows: the job merged down; each kind of day over 改定後 and 改定前.
            table = new_table(2 + len(DUTY_ROWS), 7)
            fill_row(table, 0, ["職種", "平日の当直", "", "土曜・日曜・祝日の当直", "",
                                "年末年始の当直", ""])
            fill_row(table, 1, ["", "改定後", "改定前", "改定後", "改定前", "改定後", "改定前"])
            for first_row, first_col, last_row, last_col in ((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 0, 6)):
                top_left = table.cell(first_row, first_col)  # type: ignore[attr-defined]
                text = top_left.text
                top_left.merge(table.cell(last_row, last_col)).text = text  # type: ignore[attr-defined]
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(table.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
            for row_index, row in enumerate(DUTY_ROWS, start=2):
                fill_row(table, row_index, row)
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 3. XLSX: the patient figures of fiscal 2026.

FIGURES_FILENAME = "来院患者数・手術件数_2026年度.xlsx"
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
SPECIES = ["犬", "猫", "その他"]

# Visits (延べ来院患者数) a month: a hospital's base for each species, times a seasonal factor per
# month (spring vaccinations and heartworm checks for dogs; kitten season for cats), plus a fixed
# wobble so that no two months look alike.
VISIT_BASE = {"本院": (1420, 980, 96), "北浦院": (860, 610, 41), "南台院": (1040, 720, 67), "西町院": (690, 530, 28)}
SEASON = {
    "犬": [1.24, 1.31, 1.18, 1.02, 0.97, 0.93, 0.95, 0.91, 0.96, 0.88, 0.83, 0.97],
    "猫": [0.96, 1.04, 1.09, 1.06, 1.01, 0.98, 0.97, 0.95, 1.02, 0.99, 0.92, 0.97],
    "その他": [1.05, 1.11, 1.08, 0.98, 0.92, 0.96, 1.02, 0.97, 0.94, 0.89, 0.95, 1.06],
}


def _visits(hospital_index: int, species_index: int, month_index: int) -> int:
    base = VISIT_BASE[HOSPITALS[hospital_index]][species_index]
    factor = SEASON[SPECIES[species_index]][month_index]
    wobble = (hospital_index * 37 + species_index * 53 + month_index * 71) % 29 - 14
    if species_index == 2:
        wobble //= 4
    return round(base * factor) + wobble


VISITS = [[[_visits(h, s, m) for s in range(3)] for h in range(4)] for m in range(12)]

# Distinct animals (実頭数) seen in the year, by hospital and species.
ANIMAL_KINDS = ["犬", "猫", "うさぎ", "フェレット", "鳥類", "爬虫類", "その他（ハムスター等）"]
ANIMALS = {
    "本院": (4862, 3517, 214, 38, 96, 41, 73),
    "北浦院": (2934, 2208, 87, 12, 29, 8, 31),
    "南台院": (3561, 2643, 152, 21, 63, 17, 46),
    "西町院": (2387, 1872, 49, 6, 18, 4, 22),
}

# Operations in the year, by hospital and kind.
OPERATION_KINDS = ["避妊・去勢", "歯科処置", "整形外科", "軟部外科", "腫瘍外科", "救急手術"]
OPERATIONS = {
    "本院": (612, 438, 127, 295, 164, 88),
    "北浦院": (341, 206, 19, 118, 57, 0),
    "南台院": (423, 297, 58, 171, 93, 0),
    "西町院": (268, 153, 11, 84, 36, 0),
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

    def header_cell(sheet: object, row: int, column: int, value: str | None) -> None:
        cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.border = border
        cell.alignment = centred

    def data_row(sheet: object, row: int, label: str, numbers: list[float], number_format: str = "#,##0", *,
                 total: bool = False) -> None:
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

    def title(sheet: object, text: str, unit: str, columns: int) -> None:
        sheet.cell(row=1, column=1, value=text).font = Font(bold=True, size=13)  # type: ignore[attr-defined]
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)  # type: ignore[attr-defined]
        sheet.cell(row=2, column=1, value=unit)  # type: ignore[attr-defined]

    workbook = Workbook()

    # Sheet 1: visits by month × hospital × species, two header rows.
    visits = workbook.active
    visits.title = "月別来院患者数"
    columns = 1 + len(HOSPITALS) * len(SPECIES) + 1
    title(visits, "病院別・動物種別・月別 来院患者数（2026年度：2026年4月〜2027年3月）",
          "単位：人（延べ来院患者数。1頭が同じ日に複数回受診しても1人と数える）", columns)
    header_cell(visits, 3, 1, "月")
    header_cell(visits, 4, 1, None)
    visits.merge_cells(start_row=3, start_column=1, end_row=4, end_column=1)
    for h, hospital in enumerate(HOSPITALS):
        first = 2 + h * len(SPECIES)
        header_cell(visits, 3, first, hospital)
        for s, species in enumerate(SPECIES):
            if s:
                header_cell(visits, 3, first + s, None)
            header_cell(visits, 4, first + s, species)
        visits.merge_cells(start_row=3, start_column=first, end_row=3, end_column=first + len(SPECIES) - 1)
    header_cell(visits, 3, columns, "4院合計")
    header_cell(visits, 4, columns, None)
    visits.merge_cells(start_row=3, start_column=columns, end_row=4, end_column=columns)
    for m, month in enumerate(MONTHS):
        values = [VISITS[m][h][s] for h in range(len(HOSPITALS)) for s in range(len(SPECIES))]
        data_row(visits, 5 + m, month, values + [sum(values)])
    totals = [sum(VISITS[m][h][s] for m in range(12)) for h in range(len(HOSPITALS)) for s in range(len(SPECIES))]
    data_row(visits, 17, "合計", totals + [sum(totals)], total=True)
    data_row(visits, 18, "月平均", [value / 12 for value in totals + [sum(totals)]], "#,##0.0", total=True)
    visits.column_dimensions["A"].width = 9
    for column in range(2, columns + 1):
        visits.column_dimensions[get_column_letter(column)].width = 9
    visits.column_dimensions[get_column_letter(columns)].width = 11
    visits.freeze_panes = "B5"

    # Sheet 2: distinct animals by hospital and species, with 構成比.
    animals = workbook.create_sheet("動物種別実頭数")
    columns = 1 + len(ANIMAL_KINDS) + 1
    title(animals, "病院別・動物種別 診療実頭数（2026年度）", "単位：頭（年度内に1回以上診療した動物の数）", columns)
    for column, label in enumerate(["病院"] + ANIMAL_KINDS + ["合計"], start=1):
        header_cell(animals, 3, column, label)
    for index, hospital in enumerate(HOSPITALS):
        values = list(ANIMALS[hospital])
        data_row(animals, 4 + index, hospital, values + [sum(values)])
    kind_totals = [sum(ANIMALS[hospital][k] for hospital in HOSPITALS) for k in range(len(ANIMAL_KINDS))]
    grand = sum(kind_totals)
    data_row(animals, 8, "合計", kind_totals + [grand], total=True)
    data_row(animals, 9, "構成比", [value / grand for value in kind_totals] + [1.0], "0.0%", total=True)
    animals.column_dimensions["A"].width = 10
    for column in range(2, columns + 1):
        animals.column_dimensions[get_column_letter(column)].width = 12

    # Sheet 3: operations by hospital and kind, with 合計 and 月平均.
    operations = workbook.create_sheet("手術件数")
    columns = 1 + len(OPERATION_KINDS) + 1
    title(operations, "病院別・種類別 手術件数（2026年度）", "単位：件", columns)
    for column, label in enumerate(["病院"] + [f"{kind}（件）" for kind in OPERATION_KINDS] + ["合計（件）"], start=1):
        header_cell(operations, 3, column, label)
    for index, hospital in enumerate(HOSPITALS):
        values = list(OPERATIONS[hospital])
        data_row(operations, 4 + index, hospital, values + [sum(values)])
    op_totals = [sum(OPERATIONS[hospital][k] for hospital in HOSPITALS) for k in range(len(OPERATION_KINDS))]
    data_row(operations, 8, "合計", op_totals + [sum(op_totals)], total=True)
    data_row(operations, 9, "月平均", [value / 12 for value in op_totals + [sum(op_totals)]], "#,##0.0", total=True)
    operations.column_dimensions["A"].width = 10
    for column in range(2, columns + 1):
        operations.column_dimensions[get_column_letter(column)].width = 13

    notes = workbook.create_sheet("注記")
    for index, line in enumerate([
        "注記",
        "1. 2026年度は2026年4月1日〜2027年3月31日。月別来院患者数の1月〜3月は2027年の月。",
        "2. 来院患者数は延べ人数で、予防接種・健康診断のみの来院を含む。往診・電話相談は含まない。",
        "3. 「その他」はうさぎ、フェレット、鳥類、爬虫類、ハムスター等の合計。",
        "4. 実頭数は、年度内に1回以上その院で診療した動物の数。2つ以上の院で診療した動物は、それぞれの院で数える。",
        "5. 救急手術は夜間・休日に本院で行った緊急の手術で、本院のみで数える。",
        "作成：本部 医事課　2027年4月12日",
    ], start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 110
    save_workbook(workbook, path, title=f"{GROUP} 来院患者数・手術件数（2026年度）",
                  creator=f"{CORPORATION} 本部 医事課", moment=FIGURES_MOMENT)


# ---------------------------------------------------------------------------------------------
# 4. HTML: the year-end opening-hours notice.

NOTICE_FILENAME = "年末年始の診療時間のお知らせ_2026年度.html"
NOTICE_TITLE = "年末年始の診療時間のお知らせ（2026年12月28日〜2027年1月5日）"

# 病院, 最終診療日, 受付終了, 診療開始日, 受付開始, 休診期間
YEAR_END = [
    ("本院", "12月30日（水）", "16:30", "1月3日（日）", "10:00", "12月31日〜1月2日（救急診療は行います）"),
    ("北浦院", "12月29日（火）", "17:45", "1月4日（月）", "9:00", "12月30日〜1月3日"),
    ("南台院", "12月28日（月）", "11:30", "1月5日（火）", "9:30", "12月29日〜1月4日"),
    ("西町院", "12月30日（水）", "12:15", "1月4日（月）", "14:00", "12月31日〜1月3日"),
]

# 日付, 救急の受付時間 (本院)
EMERGENCY = [
    ("12月31日（木）", "10:00〜22:00"),
    ("1月1日（金・祝）", "10:00〜18:00"),
    ("1月2日（土）", "10:00〜20:00"),
]

# 病院, 所在地, 電話
PHONES = [
    ("本院", "澄川市中町三丁目8番1号", "0467-00-8100"),
    ("北浦院", "澄川市北浦一丁目22番5号", "0467-00-8210"),
    ("南台院", "澄川市南台四丁目3番17号", "0467-00-8320"),
    ("西町院", "澄川市西町二丁目14番9号", "0467-00-8430"),
]


def notice_html() -> str:
    def row(cells: list[str], tag: str = "td") -> str:
        return "<tr>" + "".join(f"<{tag}>{value}</{tag}>" for value in cells) + "</tr>"

    year_end_rows = "\n".join("      " + row(list(values)) for values in YEAR_END)
    emergency_rows = "\n".join("      " + row(list(values)) for values in EMERGENCY)
    phone_rows = "\n".join("      " + row(list(values)) for values in PHONES)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{NOTICE_TITLE}｜{GROUP}</title>
<style>
  body {{ font-family: "Noto Sans CJK JP", sans-serif; max-width: 54em; margin: 2em auto; line-height: 1.7; }}
  table {{ border-collapse: collapse; margin: 0.6em 0; }}
  th, td {{ border: 1px solid #888; padding: 0.3em 0.6em; }}
  th {{ background: #{HEADER_FILL}; }}
  .note {{ font-size: 0.9em; }}
  .date {{ text-align: right; }}
</style>
</head>
<body>
<header>
  <p class="date">2026年（令和8年）12月1日</p>
  <p>{CORPORATION}　{GROUP}</p>
</header>
<main>
  <h1>{NOTICE_TITLE}</h1>
  <p>いつも{GROUP}をご利用いただき、ありがとうございます。年末年始の各院の診療日と受付時間を次のとおりお知らせします。
  受付終了の時刻を過ぎるとその日の診療は受け付けられませんので、お早めにお越しください。</p>

  <h2>1. 各院の年内最終診療日と年始の診療開始日</h2>
  <table>
    <thead>
      <tr><th rowspan="2">病院</th><th colspan="2">年内の診療</th><th colspan="2">年始の診療</th><th rowspan="2">休診期間</th></tr>
      <tr><th>最終診療日</th><th>受付終了</th><th>診療開始日</th><th>受付開始</th></tr>
    </thead>
    <tbody>
{year_end_rows}
    </tbody>
  </table>
  <p class="note">※年内最終診療日は、午前・午後とも上の表の受付終了の時刻までの診療です。
  1月6日（水）からは、各院とも通常の診療時間（平日 9:00〜12:00、16:00〜19:00）に戻ります。</p>

  <h2>2. 年末年始の救急診療（本院のみ）</h2>
  <p>休診期間中の急な病気やけがは、本院で救急診療を行います。来院の前に必ず救急専用ダイヤル
  （0467-00-8199）にお電話ください。本院の救急の受付時間は次のとおりです。</p>
  <table>
    <thead>
      <tr><th>日付</th><th>救急の受付時間（本院）</th></tr>
    </thead>
    <tbody>
{emergency_rows}
    </tbody>
  </table>
  <p>12月31日から1月2日までに救急診療を受けた場合は、通常の時間外診療料・深夜診療料に加えて、年末年始救急加算として
  1回につき6,600円（昨年度までは5,500円）をいただきます。</p>

  <h2>3. お薬・療法食とペットホテル</h2>
  <p>休診期間中のお薬や療法食が必要な方は、12月26日（土）18:00までにかかりつけの院の受付にご予約ください。
  ご予約いただいた分は、各院の年内最終診療日までにお渡しします。</p>
  <p>ペットホテル（本院・北浦院）の年末年始のお預かりは、12月27日（日）16:00までに受け付けたご予約に限ります。
  お迎えは1月4日（月）の11:00以降です。</p>

  <h2>4. 各院の連絡先</h2>
  <table>
    <thead>
      <tr><th>病院</th><th>所在地</th><th>電話</th></tr>
    </thead>
    <tbody>
{phone_rows}
    </tbody>
  </table>
  <p class="note">休診期間中は、各院の電話は留守番電話でのご案内となります。</p>
</main>
<footer>
  <p>{CORPORATION} 本部 医事課　info@komorebi-vet.example</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 5. Markdown: the anaesthesia and hospitalisation manual.

MANUAL_FILENAME = "麻酔・入院対応マニュアル_第3版.md"

# 入院区分, 犬（20kg未満）・猫, 犬（20kg以上）
DEPOSITS = [
    ("日帰り手術", "20,000円", "30,000円"),
    ("一般入院（見込み3日以内）", "40,000円", "60,000円"),
    ("一般入院（見込み4日以上）", "70,000円", "100,000円"),
    ("集中管理入院（ICU・酸素室）", "90,000円", "120,000円"),
    ("隔離入院（感染症）", "55,000円", "75,000円"),
]

# 病院, 平日, 土曜, 日曜・祝日, 1回の面会時間, 人数
VISITING = [
    ("本院", "14:00〜15:30、18:30〜19:15", "14:00〜15:30", "13:30〜14:30", "15分以内", "2名まで"),
    ("北浦院", "15:00〜16:30", "13:00〜14:00", "面会不可", "15分以内", "2名まで"),
    ("南台院", "12:30〜13:30", "12:45〜13:15", "面会不可", "10分以内", "1名"),
    ("西町院", "16:15〜17:00", "11:00〜11:45", "10:00〜10:30", "20分以内", "3名まで"),
]

# 役割, 氏名, 所属, 内線
CONTACTS = [
    ("麻酔管理責任者（グループ）", "獣医師 桐生 遥", "本院 麻酔科", "3105"),
    ("入院病棟主任（本院）", "動物看護師 早瀬 真央", "本院 入院病棟", "3142"),
    ("入院担当（北浦院）", "動物看護師 三枝 崇", "北浦院", "4216"),
    ("入院担当（南台院）", "獣医師 葛西 ひより", "南台院", "5208"),
    ("入院担当（西町院）", "動物看護師 仲宗根 あかり", "西町院", "6231"),
    ("夜間当直責任者（本院）", "当番の獣医師（当直表による）", "本院", "3199"),
    ("医療安全管理者", "獣医師 真壁 公一", "本部 医療安全室", "2020"),
    ("預かり金・精算の問い合わせ", "事務長 古谷 伸也", "本部 経理課", "2034"),
]


def _md_table(header: list[str], rows: list[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def manual_markdown() -> str:
    deposits = _md_table(["入院区分", "犬（20kg未満）・猫", "犬（20kg以上）"], DEPOSITS)
    visiting = _md_table(["病院", "平日", "土曜", "日曜・祝日", "1回の面会時間", "人数"], VISITING)
    contacts = _md_table(["役割", "氏名", "所属", "内線"], CONTACTS)
    history = _md_table(["版", "施行日", "主な改訂内容"], [
        ("第1版", "2023年（令和5年）6月1日", "制定"),
        ("第2版", "2025年（令和7年）4月1日", "預かり金の額を改定、同意書の様式を変更"),
        ("第3版", "2027年（令和9年）4月1日", "預かり金の額と面会時間を改定、連絡先を更新"),
    ])
    return f"""# {GROUP} 麻酔・入院対応マニュアル（第3版）

{CORPORATION} 医療安全委員会　2027年（令和9年）4月1日施行

## 1. 目的と適用

このマニュアルは、{GROUP}の4院（本院、北浦院、南台院、西町院）で全身麻酔をかける動物と入院する動物の受入れ、
飼い主への説明、預かり金、面会及び退院の手順を定める。獣医師、動物看護師及び受付の職員は、このマニュアルに
従って対応する。

## 2. 麻酔前の準備と説明

- 手術の前日の21:00以降は絶食とする。飲水は手術当日の朝7:00まで認める。
- 生後4か月未満の動物と糖尿病の治療中の動物は、絶食の時間を担当獣医師が個別に指示する。
- 7歳以上の動物は麻酔前検査（血液検査・胸部X線）を行い、12歳以上の動物には心電図を追加する。
- 麻酔のリスク分類がASA3以上の動物は、麻酔管理責任者が説明に同席し、飼い主の署名した麻酔同意書を受け取る。
- 手術当日の受入れは8:30〜9:30とし、飼い主に連絡のつく電話番号を2つ確認する。

## 3. 入院時の預かり金

入院又は手術の受付の際に、次の表の預かり金を受け取る。預かり金は退院時の精算に充て、差額は精算の日に
返金又は追加で請求する。

{deposits}

- 犬の区分は受入れの日に計測した体重による。猫は体重にかかわらず「犬（20kg未満）・猫」の欄とする。
- 第2版（改定前）の集中管理入院の預かり金は、犬（20kg未満）・猫が80,000円、犬（20kg以上）が110,000円だった。
- 入院が8日目に入った場合は、8日目の午後に中間精算を行い、それまでの診療費を請求する。
- 預かり金はクレジットカードでも受け取ることができる。入院中に診療費が預かり金を超える見込みとなった場合は、
  担当獣医師が飼い主に連絡し、不足する見込みの額を追加の預かり金として受け取る。

## 4. 面会

入院中の動物との面会は、前日までの予約制とし、次の表の時間に限る。

{visiting}

- 集中管理入院（ICU・酸素室）の動物との面会は、担当獣医師が許可した場合に限る。
- 隔離入院（感染症）の動物とは面会できない。
- 面会の予約は各院の受付で受け付ける。本院の入院病棟への直接の問い合わせは入院病棟主任が受ける。

## 5. 連絡先

{contacts}

外線から内線につなぐときは、本院の代表電話 0467-00-8100 に電話して内線番号を伝える。麻酔中の容体の急変は、
内線 3000 の一斉呼出しで手術室への応援を求める。

## 6. 退院

- 退院のお渡しは、平日は10:30〜11:30と17:00〜18:00、土曜・日曜・祝日は10:30〜11:30とする。
- 精算は退院のお渡しの前に受付で行い、預かり金との差額を精算する。
- 退院の日から7日目を目安に再診を予約する。抜糸が必要な場合は、手術の日から10〜12日目に予約する。

## 7. 改訂履歴

{history}
"""


# ---------------------------------------------------------------------------------------------

def build_html(path: Path) -> None:
    path.write_bytes(notice_html().encode("utf-8"))


def build_markdown(path: Path) -> None:
    path.write_bytes(manual_markdown().encode("utf-8"))


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((PRICES_FILENAME, build_pdf), (RULES_FILENAME, build_docx),
                              (FIGURES_FILENAME, build_xlsx), (NOTICE_FILENAME, build_html),
                              (MANUAL_FILENAME, build_markdown)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
