"""Write the five documents of the seventh holdout corpus (tests/data/holdout7/README.md).

One fictional municipal water and sewerage bureau, 白鷺市上下水道局 (three purification plants:
北山浄水場, 川原浄水場, 南台浄水場; five meter-reading districts), and five documents its staff
would look things up in: the rules on water rates, sewer charges and the leak reduction as Word
(a rate table with a two-row header, current beside 改定前), the water quality report as a PDF
(three plants × two fiscal years), the pipe replacement plan and distribution volumes as Excel
(title row, units in the headers, a 合計 row), the staff briefing on meter reading and standby
allowances as PowerPoint (two table slides), and the contact list as Markdown (a pipe table).
Every name, address, telephone number and figure here is invented (e-mail domains end in
`.example`; telephone numbers use the unallocated 0263-00 exchange).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, and reportlab writes in its invariant mode.

    .venv/bin/python tests/data/holdout7/make_holdout7.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import (  # noqa: E402
    docx_east_asian_font,
    docx_header_row,
    normalize_zip,
    pptx_fill,
    pptx_font,
    pptx_place,
    print_sizes,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 4, 12, 9, 0, 0)
BUREAU = "白鷺市上下水道局"

# ---------------------------------------------------------------------------------------------
# DOCX: water rates, sewer charges, leak reduction.

RATES_FILENAME = "水道料金・下水道使用料規程_2027年4月改定.docx"
RATES_TITLE = "白鷺市 水道料金及び下水道使用料に関する規程（2027年4月改定）"

# 口径, basic charge current, basic charge 改定前, per m³ for 1〜10, 11〜20, 21〜50, 51以上 (current)
WATER_RATES = [
    ("13mm", "1,045円", "902円", "22円", "165円", "198円", "242円"),
    ("20mm", "1,540円", "1,342円", "33円", "176円", "209円", "253円"),
    ("25mm", "2,420円", "2,112円", "44円", "187円", "220円", "264円"),
    ("40mm", "6,380円", "5,610円", "203円", "231円", "268円", "291円"),
    ("50mm", "11,000円", "9,680円", "214円", "246円", "279円", "308円"),
]

RATES_BODY: list[tuple[str, object]] = [
    ("right", "令和9年（2027年）3月25日 白鷺市上下水道局長 決定"),
    ("h1", "第1条 目的及び施行日"),
    ("p", "この規程は、白鷺市の水道料金及び下水道使用料の額と算定方法を定める。改定後の料金は令和9年"
          "（2027年）4月1日以後の検針分から適用し、それより前の検針分には改定前の料金（令和4年4月1日から"
          "適用していた料金）を適用する。金額はすべて消費税込みとする。"),
    ("h1", "第2条 料金の算定"),
    ("p", "水道料金は、口径別の基本料金と、使用水量に応じた従量料金の合計とする。検針は2か月に1回行い、"
          "2か月分の使用水量を2で割った水量を1か月分として月額を算定し、その2倍を請求する。従量料金は"
          "使用水量を段階ごとに区切り、各段階の単価を乗じて合計する。"),
    ("h1", "第3条 水道料金（月額・税込）"),
    ("two_row_table", None),
    ("p", "注：改定前の従量料金は口径により異なっていたが、主な口径である13mmについては、11〜20m³が"
          "1m³につき154円、21〜50m³が181円であった。臨時用（工事用）は口径にかかわらず1m³につき330円とする。"),
    ("h1", "第4条 下水道使用料（月額・税込）"),
    ("table", [["区分（汚水排出量）", "現行（2027年4月〜）", "改定前（〜2027年3月）"],
               ["基本使用料（8m³まで）", "770円", "693円"],
               ["9〜20m³（1m³につき）", "132円", "128円"],
               ["21〜50m³（1m³につき）", "158円", "149円"],
               ["51〜100m³（1m³につき）", "184円", "170円"],
               ["101m³以上（1m³につき）", "216円", "191円"]]),
    ("p", "汚水排出量は水道の使用水量と同じとする。井戸水を併用する世帯は、世帯人数1人につき月8m³を加算する。"),
    ("h1", "第5条 漏水減免"),
    ("p", "地下や壁の中の給水管からの漏水など、発見が困難な漏水を指定給水装置工事事業者が修繕した場合は、"
          "漏水と認められる水量の2分の1を減額する。下水道使用料は、漏水と認められる水量の全量を減額する。"),
    ("p", "減免を受けるには、修繕の完了日から30日以内に漏水減免申請書と修繕を証する書類を料金センターに"
          "提出する。改定前は申請期限が修繕完了日から60日以内であった。減額の対象は、修繕完了日の直前の"
          "検針2回分（4か月分）までとする。"),
    ("p", "蛇口、トイレ、給湯器など目で見て分かる場所の漏水、及び修繕を怠ったことによる漏水は減免の対象としない。"
          "同じ箇所の漏水による減免は1回限りとする。"),
    ("h1", "第6条 問い合わせ"),
    ("p", "料金及び減免に関する問い合わせは、白鷺市上下水道局 料金センター（電話 0263-00-4121）で受け付ける。"),
]

# ---------------------------------------------------------------------------------------------
# PDF: water quality report.

QUALITY_FILENAME = "水質検査結果報告書_2026年度.pdf"
QUALITY_TITLE = "白鷺市上下水道局 水質検査結果報告書（令和8年度・2026年度）"
QUALITY_ROWS = [
    ["浄水場", "年度", "残留塩素（mg/L）", "濁度（度）", "硝酸態窒素等（mg/L）", "総トリハロメタン（mg/L）", "硬度（mg/L）", "検査回数（回）"],
    ["北山浄水場", "2025年度", "0.52", "0.03", "0.84", "0.012", "38", "52"],
    ["北山浄水場", "2026年度", "0.48", "0.02", "0.91", "0.011", "41", "52"],
    ["川原浄水場", "2025年度", "0.61", "0.05", "1.12", "0.018", "56", "52"],
    ["川原浄水場", "2026年度", "0.57", "0.04", "1.05", "0.021", "54", "52"],
    ["南台浄水場", "2025年度", "0.44", "0.01", "0.63", "0.009", "27", "24"],
    ["南台浄水場", "2026年度", "0.46", "0.06", "0.70", "0.008", "29", "26"],
    ["水質基準値", "―", "0.1以上（給水栓）", "2以下", "10以下", "0.1以下", "300以下", "―"],
]
QUALITY_BLOCKS: list[tuple[str, object]] = [
    ("p", "令和9年（2027年）4月 白鷺市上下水道局 浄水課"),
    ("h1", "1. 検査の概要"),
    ("p", "水道法に基づき、3つの浄水場の浄水と市内42か所の給水栓で水質検査を行った。表の値は各浄水場の浄水の"
          "年間平均値である。2026年度の水質検査費用は48,600千円（2025年度は45,900千円）であった。"),
    ("p", "港浄水場は2024年度末で廃止し、その給水区域は南台浄水場から給水している。南台浄水場は2025年度に"
          "ろ過池の改修工事を行ったため、同年度の検査回数が少ない。"),
    ("h1", "2. 浄水場別の検査結果（年間平均値）"),
    ("table", QUALITY_ROWS),
    ("h1", "3. 評価"),
    ("p", "すべての浄水場・年度で水質基準に適合した。総トリハロメタンは川原浄水場で前年度より上昇したが、"
          "基準値の約5分の1である。給水栓での残留塩素の最低値は0.21mg/L（2026年度）であった。"),
]

# ---------------------------------------------------------------------------------------------
# XLSX: pipe replacement plan and distribution volumes.

PLAN_FILENAME = "管路更新計画・配水実績_2026年度.xlsx"
PLAN_TITLE = "白鷺市上下水道局 管路更新計画（令和9年度〜令和13年度）"
# 年度, 西暦, 更新延長 km, うち耐震管 km, 事業費 百万円, 耐震化率 %
PLAN_ROWS = [
    ("令和9年度", "2027年度", 18.5, 16.2, 2340, 32.4),
    ("令和10年度", "2028年度", 19.2, 17.0, 2480, 34.1),
    ("令和11年度", "2029年度", 20.4, 18.8, 2615, 36.0),
    ("令和12年度", "2030年度", 21.0, 19.5, 2702, 37.9),
    ("令和13年度", "2031年度", 21.6, 20.3, 2790, 39.8),
]
# 浄水場, 配水量 2025, 配水量 2026, 有収水量 2026 (千m³), 施設能力 (m³/日)
VOLUME_ROWS = [
    ("北山浄水場", 9842, 9715, 8921, 34000),
    ("川原浄水場", 7406, 7538, 6752, 26500),
    ("南台浄水場", 3215, 3190, 2874, 11800),
]

# ---------------------------------------------------------------------------------------------
# PPTX: meter reading and standby allowances.

BRIEF_FILENAME = "2027年度_検針・待機体制説明会.pptx"
BRIEF_TITLE = "2027年度 検針日程と待機・緊急呼出体制について"
BRIEF_COVER = ["白鷺市上下水道局 総務課・料金センター", "令和9年（2027年）4月5日 職員説明会"]
METER_TITLE = "地区別の検針日程（2027年度）"
METER_TABLE = [
    ["地区", "主な町名", "検針月", "検針期間", "対象件数（件）"],
    ["第1地区", "中央・本町", "奇数月", "1日〜7日", "18,420"],
    ["第2地区", "北山・川原", "奇数月", "10日〜16日", "15,730"],
    ["第3地区", "南台・港", "偶数月", "1日〜7日", "16,980"],
    ["第4地区", "東野・丘陵", "偶数月", "9日〜15日", "12,360"],
    ["第5地区", "西浜", "偶数月", "18日〜22日", "9,840"],
]
METER_NOTE = "検針期間の最終日が土日祝日のときは、翌平日までに検針する。検針票は投函し、不在でも立ち会いは不要。"
STANDBY_TITLE = "待機手当・緊急呼出手当（2027年4月改定）"
STANDBY_TABLE = [
    ["区分", "現行（2027年4月〜）", "改定前（〜2027年3月）"],
    ["自宅待機手当（平日夜間・1回）", "1,800円", "1,500円"],
    ["自宅待機手当（休日・1日）", "3,600円", "3,000円"],
    ["緊急呼出手当（1回）", "4,000円", "3,500円"],
    ["深夜加算（22時〜翌5時・1回）", "2,000円", "1,600円"],
    ["呼出し1回の最低算定時間", "2時間", "1時間"],
]
STANDBY_NOTE = "待機は1週間交代。1人が1か月に待機する日数の上限は10日（改定前は8日）。呼出しから現場到着までの目安は60分以内。"

# ---------------------------------------------------------------------------------------------
# Markdown: contacts.

CONTACTS_FILENAME = "お問い合わせ先一覧.md"
CONTACTS_TEXT = """# 白鷺市上下水道局 お問い合わせ先一覧（2027年4月1日現在）

白鷺市上下水道局（白鷺市中央二丁目5番1号）の窓口と連絡先です。受付時間は土日祝日と年末年始（12月29日〜1月3日）を除きます。

| 窓口 | 電話 | 受付時間 | メール | 主な内容 |
|---|---|---|---|---|
| 料金センター | 0263-00-4121 | 平日 8:30〜17:15 | ryokin@shirasagi-suido.example | 水道料金・下水道使用料、検針、開栓・閉栓、漏水減免 |
| 給水課 | 0263-00-4135 | 平日 8:30〜17:15 | kyusui@shirasagi-suido.example | 給水装置、宅内の漏水修繕、指定工事事業者 |
| 下水道課 | 0263-00-4150 | 平日 8:30〜17:15 | gesui@shirasagi-suido.example | 排水設備、下水道の詰まり、井戸水の併用 |
| 浄水課 | 0263-00-4162 | 平日 9:00〜17:00 | suishitsu@shirasagi-suido.example | 水質、水質検査結果、濁り水 |
| 総務課 | 0263-00-4108 | 平日 8:30〜17:15 | somu@shirasagi-suido.example | 職員の待機・手当、入札 |
| 夜間・休日 漏水・断水受付（北山浄水場 中央監視室） | 0263-00-4199 | 24時間 | ― | 道路上の漏水、断水、水道管の破裂 |

## 開栓・閉栓の申込

引っ越しなどで水道を使い始めるときや止めるときは、使用開始日・終了日の3営業日前までに料金センターへ申し込んでください（2027年3月までは2営業日前まででした）。

## 夜間・休日の漏水

道路上の漏水や水道管の破裂は、夜間・休日でも 0263-00-4199 で受け付けます。宅内（メーターより家の側）の漏水は、指定給水装置工事事業者に修繕を依頼してください。
"""


# ---------------------------------------------------------------------------------------------
# Builders.

def build_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = Document()
    for style_name in ("Normal", "Title", "Heading 1", "Table Grid"):
        docx_east_asian_font(document.styles[style_name])
    document.styles["Normal"].font.size = Pt(10.5)
    properties = document.core_properties
    properties.title = RATES_TITLE
    properties.author = "白鷺市上下水道局 料金センター"
    properties.last_modified_by = "白鷺市上下水道局 料金センター"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    document.add_heading(RATES_TITLE, level=0)
    for kind, content in RATES_BODY:
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
            docx_header_row(table.rows[0], "DCEAF5")
        elif kind == "two_row_table":
            header_1 = ["口径", "基本料金（円）", "", "従量料金（1m³につき・現行）", "", "", ""]
            header_2 = ["", "現行", "改定前", "1〜10m³", "11〜20m³", "21〜50m³", "51m³以上"]
            table = document.add_table(rows=2 + len(WATER_RATES), cols=7)
            table.style = document.styles["Table Grid"]
            for row_index, labels in enumerate((header_1, header_2)):
                for column_index, value in enumerate(labels):
                    if value:
                        table.cell(row_index, column_index).text = value
            for top, left, bottom, right in ((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 6)):
                text = table.cell(top, left).text
                merged = table.cell(top, left).merge(table.cell(bottom, right))
                merged.text = text
            docx_header_row(table.rows[0], "DCEAF5")
            docx_header_row(table.rows[1], "DCEAF5")
            for row_index, row in enumerate(WATER_RATES, start=2):
                for column_index, value in enumerate(row):
                    table.cell(row_index, column_index).text = value
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = "HeiseiMin-W3"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=16, wordWrap="CJK")
    heading = ParagraphStyle("heading", parent=body, fontSize=13, leading=18, spaceBefore=10, spaceAfter=4)
    title_style = ParagraphStyle("title", parent=body, fontSize=16, leading=22, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11)
    flow: list[object] = [Paragraph(QUALITY_TITLE, title_style)]
    for kind, content in QUALITY_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "table":
            rows = content  # type: ignore[assignment]
            widths = [24, 18, 24, 18, 24, 27, 18, 20]
            table = Table([[Paragraph(value, cell) for value in row] for row in rows],  # type: ignore[union-attr]
                          repeatRows=1, colWidths=[width * mm for width in widths])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E3EEF7")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            flow.extend([table, Spacer(1, 4 * mm)])
    margin = 18 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=QUALITY_TITLE, author="白鷺市上下水道局 浄水課",
                                 leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin)
    document.build(flow)


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="8E8E8E")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor="DCEAF5")
    total_fill = PatternFill("solid", fgColor="EFEFEF")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def title(sheet: object, text: str, width: int) -> None:
        sheet.cell(row=1, column=1, value=text).font = Font(bold=True, size=14)  # type: ignore[attr-defined]
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)  # type: ignore[attr-defined]

    def header(sheet: object, labels: list[str]) -> None:
        for column, label in enumerate(labels, start=1):
            cell = sheet.cell(row=2, column=column, value=label)  # type: ignore[attr-defined]
            cell.font = Font(bold=True)
            cell.fill = header_fill
            cell.border = border
            cell.alignment = centre

    def put_row(sheet: object, row: int, values: list[tuple[object, str | None]], total: bool) -> None:
        for column, (value, number_format) in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
            cell.border = border
            if number_format:
                cell.number_format = number_format
            if total:
                cell.font = Font(bold=True)
                cell.fill = total_fill

    workbook = Workbook()
    plan = workbook.active
    plan.title = "管路更新計画"
    title(plan, PLAN_TITLE, 6)
    header(plan, ["年度", "西暦", "更新延長（km）", "うち耐震管（km）", "事業費（百万円）", "管路耐震化率（年度末・%）"])
    for index, (reiwa, seireki, length, seismic, cost, rate) in enumerate(PLAN_ROWS, start=3):
        put_row(plan, index, [(reiwa, None), (seireki, None), (length, "0.0"), (seismic, "0.0"), (cost, "#,##0"),
                              (rate, "0.0")], False)
    total_row = 3 + len(PLAN_ROWS)
    put_row(plan, total_row, [("合計", None), ("5年間", None),
                              (round(sum(row[2] for row in PLAN_ROWS), 1), "0.0"),
                              (round(sum(row[3] for row in PLAN_ROWS), 1), "0.0"),
                              (sum(row[4] for row in PLAN_ROWS), "#,##0"), ("", None)], True)
    for column, width in zip("ABCDEF", (14, 12, 16, 18, 18, 26), strict=True):
        plan.column_dimensions[column].width = width

    volume = workbook.create_sheet("配水量")
    title(volume, "浄水場別 配水量・有収率（2025年度・2026年度）", 6)
    header(volume, ["浄水場", "配水量 2025年度（千m³）", "配水量 2026年度（千m³）", "有収水量 2026年度（千m³）",
                    "有収率 2026年度（%）", "施設能力（m³/日）"])
    for index, (name, v2025, v2026, billed, capacity) in enumerate(VOLUME_ROWS, start=3):
        put_row(volume, index, [(name, None), (v2025, "#,##0"), (v2026, "#,##0"), (billed, "#,##0"),
                                (round(billed / v2026 * 100, 1), "0.0"), (capacity, "#,##0")], False)
    totals = [sum(row[i] for row in VOLUME_ROWS) for i in range(1, 5)]
    put_row(volume, 3 + len(VOLUME_ROWS), [("合計", None), (totals[0], "#,##0"), (totals[1], "#,##0"),
                                           (totals[2], "#,##0"), (round(totals[2] / totals[1] * 100, 1), "0.0"),
                                           (totals[3], "#,##0")], True)
    for column, width in zip("ABCDEF", (16, 22, 22, 24, 20, 18), strict=True):
        volume.column_dimensions[column].width = width

    notes = workbook.create_sheet("注記")
    for index, line in enumerate([
        "注記",
        "1. 管路更新計画は令和9年（2027年）3月の上下水道事業経営戦略（改訂版）による。事業費は税込、百万円未満を四捨五入。",
        "2. 管路耐震化率は基幹管路に占める耐震管の延長の割合。令和8年度末（2026年度末）の実績は30.6%。",
        "3. 配水量・有収水量は千m³未満を四捨五入。有収率＝有収水量÷配水量。",
        "4. 港浄水場は2024年度末で廃止したため、この表に含まない。",
    ], start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 110
    save_workbook(workbook, path, title=PLAN_TITLE, creator="白鷺市上下水道局 工務課", moment=FIXED_MOMENT)


def _table_slide(presentation: object, title: str, rows: list[list[str]], widths: list[float], note: str) -> None:
    from pptx.util import Inches

    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.6, 0.3, 12.1, 1.0)
    pptx_fill(slide.shapes.title.text_frame, [title], 28)
    height = 0.55 * len(rows)
    shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(0.6), Inches(1.4), Inches(sum(widths)), Inches(height))
    for column_index, width in enumerate(widths):
        shape.table.columns[column_index].width = Inches(width)
    for row_index, row in enumerate(rows):
        for column_index, value in enumerate(row):
            cell = shape.table.cell(row_index, column_index)
            cell.text_frame.clear()
            run = cell.text_frame.paragraphs[0].add_run()
            run.text = value
            pptx_font(run, 15)
            if row_index == 0:
                run.font.bold = True
    box = slide.shapes.add_textbox(Inches(0.6), Inches(1.6 + height), Inches(12.1), Inches(0.8))
    box.text_frame.word_wrap = True
    pptx_fill(box.text_frame, [note], 13)


def build_pptx(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    presentation.slide_width = Inches(13.333)
    presentation.slide_height = Inches(7.5)
    cover = presentation.slides.add_slide(presentation.slide_layouts[0])
    pptx_place(cover.shapes.title, 0.6, 1.8, 12.1, 1.6)
    pptx_fill(cover.shapes.title.text_frame, [BRIEF_TITLE], 34)
    pptx_place(cover.placeholders[1], 0.6, 3.8, 12.1, 2.0)
    pptx_fill(cover.placeholders[1].text_frame, BRIEF_COVER, 20)
    _table_slide(presentation, METER_TITLE, METER_TABLE, [1.8, 2.6, 1.8, 2.6, 2.6], METER_NOTE)
    _table_slide(presentation, STANDBY_TITLE, STANDBY_TABLE, [5.2, 3.2, 3.2], STANDBY_NOTE)
    properties = presentation.core_properties
    properties.title = BRIEF_TITLE
    properties.author = "白鷺市上下水道局 総務課"
    properties.last_modified_by = "白鷺市上下水道局 総務課"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_md(path: Path) -> None:
    path.write_text(CONTACTS_TEXT, encoding="utf-8")


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((RATES_FILENAME, build_docx), (QUALITY_FILENAME, build_pdf),
                              (PLAN_FILENAME, build_xlsx), (BRIEF_FILENAME, build_pptx),
                              (CONTACTS_FILENAME, build_md)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
