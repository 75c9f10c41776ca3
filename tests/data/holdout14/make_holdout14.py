"""Write the five documents of the fourteenth holdout corpus (tests/data/holdout14/README.md).

One fictional private security company, みなせ警備保障株式会社 (head office in the fictional 水瀬市;
two branches, 水瀬支社 and 朝霧支社, and three sales offices, 桐野営業所, 汐見営業所 and 若葉台営業所;
the 水瀬管制センター that watches the alarm systems of the contracted premises; the 朝霧研修センター
where the guards are trained), and five documents its staff would look things up in: the rules on
guards' shifts and allowances as Word (a night-work allowance banded by the month's night hours
with a two-row header, 改定後 beside 改定前, and a table of qualification allowances), the quality
and incident report of fiscal 2026 as a PDF (an incident table of two fiscal years that crosses a
page break), the dispatch and staffing figures as Excel (alarm dispatches month by month and branch
by branch, guards by branch at two dates, qualification holders), a briefing deck for the branch
managers as PowerPoint (the standby posts for alarm response and the traffic-guard prices, each
with a rule in a note and speaker notes), and an intranet notice of the training centre as HTML
(a table of courses and prose). Every name, address, telephone number and figure here is invented
(e-mail domains end in `.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the HTML file is
plain text written with fixed line ends.

    .venv/bin/python tests/data/holdout14/make_holdout14.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import (  # noqa: E402
    CID_FONT,
    ReportLayout,
    docx_east_asian_font,
    docx_header_row,
    normalize_zip,
    pptx_fill,
    pptx_font,
    pptx_place,
    print_sizes,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 3, 12, 10, 0, 0)
COMPANY = "みなせ警備保障株式会社"
HEADER_FILL = "DDEBF7"

# ---------------------------------------------------------------------------------------------
# Figures shared by more than one document.

BRANCHES = ["水瀬支社", "朝霧支社", "桐野営業所", "汐見営業所", "若葉台営業所"]

MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
# 機械警備の出動件数 of 2026年度 by month and branch (件)
DISPATCHES = {
    "水瀬支社": [142, 128, 151, 163, 187, 149, 137, 131, 158, 146, 129, 138],
    "朝霧支社": [96, 88, 104, 112, 131, 101, 93, 90, 109, 99, 87, 94],
    "桐野営業所": [58, 51, 63, 69, 74, 60, 55, 53, 78, 61, 52, 57],
    "汐見営業所": [41, 37, 45, 52, 59, 44, 40, 38, 47, 43, 36, 42],
    "若葉台営業所": [33, 29, 36, 38, 44, 35, 31, 30, 37, 34, 28, 32],
}
MONTH_TOTALS = [sum(DISPATCHES[branch][index] for branch in BRANCHES) for index in range(12)]
DISPATCH_TOTAL = sum(MONTH_TOTALS)

# 支社・営業所: 施設警備員 2026年3月末, 2027年3月末, 交通誘導警備員 2026年3月末, 2027年3月末,
# 輸送警備員 2026年3月末, 2027年3月末 (人)
GUARD_ROWS = [
    (186, 194, 142, 151, 38, 41),
    (123, 129, 97, 92, 24, 26),
    (74, 78, 61, 66, 0, 0),
    (52, 49, 83, 88, 0, 0),
    (45, 51, 38, 43, 0, 0),
]
GUARD_TOTALS = [sum(row[index] for row in GUARD_ROWS) for index in range(6)]
GUARDS_2026 = GUARD_TOTALS[0] + GUARD_TOTALS[2] + GUARD_TOTALS[4]
GUARDS_2027 = GUARD_TOTALS[1] + GUARD_TOTALS[3] + GUARD_TOTALS[5]

# 資格, 保有者数 2026年3月末, 2027年3月末, 2026年度の新規合格者 (人)
QUALIFICATION_ROWS = [
    ("警備員指導教育責任者", 31, 34, 4),
    ("機械警備業務管理者", 18, 20, 3),
    ("施設警備業務検定1級", 27, 30, 5),
    ("施設警備業務検定2級", 146, 163, 29),
    ("交通誘導警備業務検定1級", 22, 25, 4),
    ("交通誘導警備業務検定2級", 118, 131, 21),
    ("貴重品運搬警備業務検定2級", 36, 39, 6),
]
# The national examinations (検定) passed in 2026年度, counted once per pass.
EXAM_PASSES = sum(row[3] for row in QUALIFICATION_ROWS if "検定" in row[0])


def _n(value: int) -> str:
    return f"{value:,}"


# ---------------------------------------------------------------------------------------------
# 1. DOCX: the rules on shifts and allowances.

RULES_FILENAME = "警備員勤務・手当規程_2027年4月改定.docx"
RULES_TITLE = "みなせ警備保障株式会社 警備員の勤務及び手当に関する規程（2027年4月改定）"

# 区分, 1か月の深夜勤務時間, 1時間あたりの額 改定後, 改定前, 月額加算 改定後, 改定前
NIGHT_ROWS = [
    ("区分A", "10時間未満", "300円", "250円", "―", "―"),
    ("区分B", "10時間以上30時間未満", "380円", "320円", "2,000円", "1,500円"),
    ("区分C", "30時間以上60時間未満", "450円", "380円", "4,500円", "3,500円"),
    ("区分D", "60時間以上", "520円", "440円", "7,000円", "5,500円"),
]

QUALIFICATION_TABLE = [
    ["資格", "改定後（月額）", "改定前（月額）"],
    ["警備員指導教育責任者", "15,000円", "12,000円"],
    ["機械警備業務管理者", "12,000円", "10,000円"],
    ["施設警備業務検定1級", "10,000円", "8,000円"],
    ["施設警備業務検定2級", "5,000円", "4,000円"],
    ["交通誘導警備業務検定1級", "9,000円", "7,500円"],
    ["交通誘導警備業務検定2級", "4,500円", "3,500円"],
    ["貴重品運搬警備業務検定2級", "6,000円", "5,000円"],
    ["自衛消防技術認定", "3,000円", "2,000円"],
]

RULES_BODY: list[tuple[str, object]] = [
    ("right", "令和9年（2027年）2月15日 改定　令和9年（2027年）4月1日 施行"),
    ("h1", "第1条 目的及び適用"),
    ("p", "この規程は、みなせ警備保障株式会社（以下「会社」という。）に勤務する警備員の勤務の区分と、警備業務に係る"
          "手当について定める。この規程は正社員及び契約社員の警備員に適用し、アルバイトの警備員については別に定める。"
          "改定後の手当額は、令和9年（2027年）4月1日以後の勤務に係る手当から適用し、同日より前の勤務に係る手当には"
          "改定前の額を適用する。手当は毎月末日で締め切り、翌月25日に給与と一緒に支払う。"),
    ("h1", "第2条 勤務の区分"),
    ("p", "警備員の勤務は、日勤、夜勤及び当務の3区分とする。日勤は8時30分から17時30分まで（休憩60分）、夜勤は18時から"
          "翌日8時まで（休憩及び仮眠あわせて180分）、当務は9時から翌日9時まで（休憩及び仮眠あわせて480分）とする。"
          "当務の翌日は明け休みとする。当務を続けて行うのは2回まで（改定前は3回まで）とし、1か月の当務は10回を"
          "超えないものとする。"),
    ("h1", "第3条 深夜勤務手当"),
    ("p", "22時から翌日5時までの時間に勤務した警備員には、その月の深夜勤務時間の合計に応じて、次の表の区分により"
          "深夜勤務手当を支給する。手当は、1時間あたりの額に深夜勤務時間を掛けた額に、区分ごとの月額加算を加えた額"
          "とする。"),
    ("night_table", None),
    ("p", "注1：深夜勤務時間は、休憩及び仮眠の時間を除いた実際の勤務時間による。1か月の合計に1時間未満の端数がある"
          "ときは、30分以上を1時間に切り上げ、30分未満を切り捨てる。"),
    ("p", "注2：区分は、その月の深夜勤務時間の合計で決め、その月のすべての深夜勤務時間に同じ区分の額を適用する"
          "（時間帯ごとに分けて計算しない）。"),
    ("p", "注3：深夜勤務手当は、法定の深夜割増賃金とは別に支給する。"),
    ("h1", "第4条 資格手当"),
    ("p", "会社が指定する資格を持つ警備員には、次の表の月額の資格手当を支給する。"),
    ("table", QUALIFICATION_TABLE),
    ("p", "二つ以上の資格を持つ警備員には、額の高いものから二つまでを合算して支給する（改定前は、最も額の高い一つのみを"
          "支給していた）。同じ業務の1級と2級をともに持つときは、1級の額のみを支給する。資格手当は、合格証明書の写しを"
          "人事部に提出した月の翌月分から支給する。"),
    ("h1", "第5条 業務手当"),
    ("p", "次の業務に就いた警備員には、業務手当を支給する。"),
    ("p", "(1) 輸送警備手当：現金等の輸送警備に乗務したとき、1乗務につき1,300円（改定前1,000円）。"),
    ("p", "(2) 出動手当：機械警備の待機所から警報による出動をしたとき、1出動につき600円（改定前500円）。"
          "ただし、22時から翌日5時までの出動は、1出動につき900円（改定前700円）とする。"),
    ("p", "(3) 荒天手当：台風、大雨又は大雪の警報が出ている時間に屋外で勤務したとき、1勤務につき1,000円"
          "（改定前800円）。"),
    ("p", "(4) 酷暑手当（今回の改定で新設）：7月から9月までの屋外勤務で、暑さ指数（WBGT）が31以上となった日に"
          "勤務したとき、1日につき500円。"),
    ("h1", "第6条 年末年始手当"),
    ("p", "12月31日から翌年1月3日までに勤務した警備員には、1勤務につき3,500円（改定前3,000円）の年末年始手当を支給する。"
          "当務は2勤務として数える。"),
    ("h1", "第7条 制服及び装備品"),
    ("p", "制服、制帽、警笛、誘導灯、無線機及び防護ベストは会社が貸与する。安全靴は各自で用意し、会社は年度に1回、"
          "購入費を8,000円（改定前6,000円）まで補助する。貸与品を紛失したときは、所属の支社又は営業所に直ちに"
          "届け出る。"),
    ("h1", "第8条 教育及び研修"),
    ("p", "新たに採用した警備員には、業務に就く前に20時間以上の新任教育を行い、現任の警備員には年度ごとに10時間以上の"
          "現任教育を行う。教育は、原則として朝霧研修センターで行う。休日に教育又は研修を受けたときは、受講1時間に"
          "つき1,300円（改定前1,150円）の研修手当を支給する。"),
    ("h1", "第9条 問い合わせ"),
    ("p", "この規程に関する問い合わせは、みなせ警備保障株式会社 人事部 給与課（電話 0298-00-2100、平日9時から17時まで）"
          "で受け付ける。"),
]

# ---------------------------------------------------------------------------------------------
# 2. PDF: the quality and incident report of fiscal 2026.

REPORT_FILENAME = "警備品質・事故報告書_2026年度.pdf"
REPORT_TITLE = "みなせ警備保障株式会社 令和8年度（2026年度）警備品質・事故報告書"

# 業務, 内容, 2025年度, 2026年度 (件)
INCIDENT_ITEMS = [
    ("施設警備", "巡回記録の漏れ", 34, 26),
    ("施設警備", "鍵の受渡しの誤り", 12, 15),
    ("施設警備", "入館者確認の漏れ", 19, 14),
    ("施設警備", "勤務中の転倒・負傷", 8, 10),
    ("交通誘導警備", "誘導中の車両との接触", 6, 4),
    ("交通誘導警備", "歩行者・近隣からの苦情", 46, 38),
    ("交通誘導警備", "配置時刻への遅刻", 29, 21),
    ("交通誘導警備", "熱中症の疑い", 11, 18),
    ("機械警備", "誤報による出動", 486, 452),
    ("機械警備", "到着の遅れ（25分超）", 7, 3),
    ("機械警備", "警報機器の故障", 58, 67),
    ("機械警備", "預かり鍵の管理不備", 4, 2),
    ("輸送警備", "輸送車両の軽微な接触", 5, 6),
    ("輸送警備", "集配時刻の遅れ", 33, 24),
    ("輸送警備", "積み下ろし時のヒヤリハット", 17, 22),
    ("共通", "制服・装備品の紛失", 13, 9),
    ("共通", "個人情報の取扱い不備", 3, 2),
    ("共通", "通勤中の交通事故", 6, 8),
]
INCIDENTS_2025 = sum(item[2] for item in INCIDENT_ITEMS)
INCIDENTS_2026 = sum(item[3] for item in INCIDENT_ITEMS)

INCIDENT_ROWS = [["業務", "内容", "2025年度（件）", "2026年度（件）", "前年度比（%）"]] + [
    [kind, name, _n(y2025), _n(y2026), f"{y2026 / y2025 * 100:.1f}"] for kind, name, y2025, y2026 in INCIDENT_ITEMS
] + [["合計", "―", _n(INCIDENTS_2025), _n(INCIDENTS_2026), f"{INCIDENTS_2026 / INCIDENTS_2025 * 100:.1f}"]]

REPORT_BLOCKS: list[tuple[str, object]] = [
    ("p", "令和9年（2027年）5月 みなせ警備保障株式会社 業務監査部 品質管理課"),
    ("h1", "1. 業務の概況"),
    ("p", "この報告書は、2026年度（令和8年度、2026年4月1日から2027年3月31日まで）の警備業務の実施状況と、事故・苦情・"
          "ヒヤリハットの件数、教育と資格取得の状況をまとめたものである。"),
    ("p", "2027年3月末の契約件数は、施設警備が162件（前年度末155件）、機械警備の契約先が4,318件（前年度末4,207件）、"
          "輸送警備の定期ルートが27ルート（前年度末25ルート）である。交通誘導警備の年間受注は3,846件（前年度3,512件）"
          f"であった。2027年3月末の警備員は{_n(GUARDS_2027)}人（前年度末{_n(GUARDS_2026)}人）である。"),
    ("p", f"機械警備の出動は年間{_n(DISPATCH_TOTAL)}件で、警報の受信から現場到着までの平均所要時間は14分36秒"
          "（前年度15分08秒）であった。到着までに25分を超えた事案は3件で、いずれも大雪による通行止めが原因であった。"
          "出動先で侵入盗の被害を確認した事案は11件、火災を発見した事案は2件で、いずれも警察又は消防に引き継いだ。"),
    ("p", "水瀬管制センターでは、2026年10月に警報受信システムを更新し、契約先ごとの図面と鍵の保管場所を管制卓の画面で"
          "確かめられるようにした。"),
    ("h1", "2. 事故・苦情・ヒヤリハットの件数"),
    ("p", "業務ごとの事故・苦情・ヒヤリハットの件数は、次の表のとおりである（前年度比は2026年度の件数を2025年度の件数で"
          "割った値）。"),
    ("table", INCIDENT_ROWS),
    ("p", "誤報による出動は、契約先向けに機器の操作説明会を開いたことで前年度を下回った。一方、交通誘導警備での熱中症の"
          "疑いは、7月と8月の猛暑で前年度を上回った。警報機器の故障は、設置から10年を過ぎた機器で多く、2027年度に"
          "順次交換する。"),
    ("h1", "3. 教育と資格取得"),
    ("p", "新任教育は年間12回行い、修了者は87人であった。現任教育は対象の警備員全員が受講した。2026年度に国家検定に"
          f"合格した警備員は延べ{EXAM_PASSES}人で、そのうち施設警備業務検定2級が最も多かった。上級救命講習の修了者は"
          "2027年3月末で212人である。"),
    ("h1", "4. 2027年度の目標"),
    ("p", "誤報による出動を400件以下にすること、平均到着所要時間を14分以内にすること、事故・苦情・ヒヤリハットの"
          "合計を2026年度より1割減らすことを目標とする。"),
    ("h1", "5. 問い合わせ先"),
    ("p", "この報告書についての問い合わせは、みなせ警備保障株式会社 業務監査部 品質管理課（電話 0298-00-2300、"
          "hinshitsu@minase-keibi.example）まで。"),
]

REPORT_LAYOUT = ReportLayout(
    body_size=10.5, body_leading=17, heading_size=13, heading_leading=19, heading_space_before=9,
    heading_space_after=4, title_size=15, title_leading=21, table_header_colour="#" + HEADER_FILL,
    table_gap_mm=4, margin_mm=20,
)

# ---------------------------------------------------------------------------------------------
# 3. XLSX: the dispatch and staffing figures.

FIGURES_FILENAME = "出動件数・警備員数_2026年度.xlsx"

# ---------------------------------------------------------------------------------------------
# 4. PPTX: the briefing for the branch managers.

BRIEF_FILENAME = "2027年度_機械警備の待機体制と交通誘導単価_支社長会議.pptx"
BRIEF_TITLE = "2027年度 機械警備の待機体制の見直しと交通誘導警備の単価改定"
BRIEF_COVER = ["みなせ警備保障株式会社 営業本部・水瀬管制センター",
               "令和9年（2027年）3月10日 支社長・営業所長会議"]
STANDBY_TITLE = "機械警備の待機所と夜間の待機人員（2027年4月から）"
STANDBY_TABLE = [
    ["待機所", "担当区域", "夜間の待機人員 2027年4月から", "夜間の待機人員 2027年3月まで", "到着目標時間"],
    ["水瀬待機所", "水瀬市の中心部・港地区", "6人", "5人", "15分以内"],
    ["朝霧待機所", "朝霧市の全域", "4人", "3人", "17分以内"],
    ["桐野待機所", "桐野町・北部工業団地", "3人", "3人", "20分以内"],
    ["汐見待機所", "汐見市の沿岸部", "3人", "2人", "22分以内"],
    ["若葉台待機所", "若葉台ニュータウン", "2人", "1人", "18分以内"],
]
STANDBY_NOTE = ("警報を受信してから出動を指令するまでの時間は2分以内とします（2027年3月までは3分以内）。"
                "夜間は22時から翌朝6時までをいいます。")
STANDBY_SPEAKER = ("水瀬待機所と汐見待機所は、港地区の倉庫と沿岸部の太陽光発電所の契約が増えたため、夜間の待機人員を"
                   "1人ずつ増やします。若葉台待機所は、これまで1人で待機していたため、2人体制にして単独での出動を"
                   "なくします。")
PRICE_TITLE = "交通誘導警備の請負単価の改定（1人1日・税抜）"
PRICE_TABLE = [
    ["勤務", "配置する警備員", "2027年4月から", "2027年3月まで"],
    ["日勤（8時間）", "警備員", "17,600円", "16,500円"],
    ["日勤（8時間）", "検定合格警備員", "20,900円", "19,800円"],
    ["夜勤（8時間）", "警備員", "22,000円", "20,350円"],
    ["夜勤（8時間）", "検定合格警備員", "25,300円", "23,650円"],
    ["時間外（1時間あたり）", "全員", "2,750円", "2,500円"],
]
PRICE_NOTE = ("前日17時以後の取消しは、単価の全額を申し受けます（2027年3月までは半額）。雨天による中止も同じ扱いと"
              "します。")
PRICE_SPEAKER = ("最低賃金の引上げと、検定合格警備員の配置を求める現場が増えたことから、単価を約7%引き上げます。"
                 "主要な取引先には、3月24日までに営業担当が訪問して説明してください。")
POINTS_TITLE = "2027年度の重点事項"
POINTS = [
    "・待機所の新しい人員配置を、4月1日の夜勤から始める",
    "・交通誘導警備の新しい単価を、見積書と契約書に反映する",
    "・誤報の多い契約先に、機器の操作説明会を案内する",
    "・施設警備業務検定2級の受検者を各支社・営業所から推薦する",
]

# ---------------------------------------------------------------------------------------------
# 5. HTML: the training centre's intranet notice.

NOTICE_FILENAME = "朝霧研修センター_2027年度研修のご案内.html"
NOTICE_TEXT = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>朝霧研修センター 2027年度 研修のご案内と申込み方法｜みなせ警備保障 社内ポータル</title>
</head>
<body>
<header>
<p>みなせ警備保障株式会社 社内ポータル ＞ 教育・研修 ＞ お知らせ</p>
</header>
<main>
<h1>朝霧研修センター 2027年度 研修のご案内と申込み方法</h1>
<p>掲載日：2027年3月15日　掲載者：教育部 朝霧研修センター</p>
<p>2027年度（令和9年度）に朝霧研修センターで開く主な研修は、次の表のとおりです。新任教育と現任教育は、警備業法に基づいて
会社が行う教育です。検定の受検対策講座と上級救命講習は、所属長の推薦を受けた人が受講できます。</p>

<h2>1. 2027年度の主な研修</h2>
<table border="1">
<thead>
<tr><th>研修</th><th>対象</th><th>時間</th><th>定員</th><th>開催月</th></tr>
</thead>
<tbody>
<tr><td>新任教育（基本教育・業務別教育）</td><td>新たに採用した警備員</td><td>20時間（4日間）</td><td>24人</td><td>毎月</td></tr>
<tr><td>現任教育（施設警備）</td><td>施設警備に就く警備員</td><td>10時間（2日間）</td><td>30人</td><td>5月・9月・1月</td></tr>
<tr><td>現任教育（交通誘導警備）</td><td>交通誘導警備に就く警備員</td><td>10時間（2日間）</td><td>36人</td><td>4月・8月・12月</td></tr>
<tr><td>施設警備業務検定2級 受検対策講座</td><td>所属長が推薦した警備員</td><td>21時間（3日間）</td><td>16人</td><td>6月・10月</td></tr>
<tr><td>交通誘導警備業務検定2級 受検対策講座</td><td>所属長が推薦した警備員</td><td>21時間（3日間）</td><td>18人</td><td>7月・11月</td></tr>
<tr><td>上級救命講習</td><td>全警備員（希望者）</td><td>8時間（1日）</td><td>20人</td><td>6月・2月</td></tr>
<tr><td>輸送警備 護身術・車両防護訓練</td><td>輸送警備員</td><td>6時間（1日）</td><td>12人</td><td>5月・11月</td></tr>
</tbody>
</table>

<h2>2. 申込み方法</h2>
<p>受講の申込みは、受講日の21日前までに、所属する支社・営業所の教育担当を通じて行ってください（2026年度までは14日前まで
でした）。定員を超えたときは、検定の受検日が近い人と、前の年度に受講できなかった人を優先します。受講日は勤務として扱い、
休日に受講したときは研修手当の対象になります。</p>

<h2>3. 宿泊と食事</h2>
<p>汐見営業所と若葉台営業所の警備員は、2日以上の研修の前日から宿泊室を使えます。宿泊室は個室が12室で、料金はかかりません。
昼食の弁当は、2027年4月から1食520円（2026年度は480円）で、申込みのときに一緒に注文してください。夕食は出ません。</p>

<h2>4. 交通</h2>
<p>朝霧駅の東口から、研修のある日に送迎バスを出します。朝霧駅東口の発車時刻は8時05分と8時35分で、研修センターまで約12分です。
研修センターの駐車場は使えますが、台数に限りがあるため、自家用車で来るときは教育担当に事前に届け出てください。</p>

<h2>5. 問い合わせ</h2>
<p>朝霧研修センター（電話 0298-00-2700、平日8時30分から17時30分まで、kenshu@minase-keibi.example）</p>
</main>
</body>
</html>
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
    properties.title = RULES_TITLE
    properties.author = f"{COMPANY} 人事部"
    properties.last_modified_by = f"{COMPANY} 人事部"
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
        elif kind == "night_table":
            # Two header rows: 区分 and the hours merged down; each amount over 改定後 and 改定前.
            table = new_table(2 + len(NIGHT_ROWS), 6)
            fill_row(table, 0, ["区分", "1か月の深夜勤務時間", "1時間あたりの額", "", "月額加算", ""])
            fill_row(table, 1, ["", "", "改定後", "改定前", "改定後", "改定前"])
            for first_row, first_col, last_row, last_col in ((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5)):
                top_left = table.cell(first_row, first_col)  # type: ignore[attr-defined]
                text = top_left.text
                top_left.merge(table.cell(last_row, last_col)).text = text  # type: ignore[attr-defined]
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(table.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
            for row_index, row in enumerate(NIGHT_ROWS, start=2):
                fill_row(table, row_index, row)
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

    pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    layout = REPORT_LAYOUT
    body = ParagraphStyle("body", fontName=CID_FONT, fontSize=layout.body_size, leading=layout.body_leading,
                          wordWrap="CJK", spaceAfter=4)
    heading = ParagraphStyle("heading", parent=body, fontSize=layout.heading_size, leading=layout.heading_leading,
                             spaceBefore=layout.heading_space_before, spaceAfter=layout.heading_space_after)
    title_style = ParagraphStyle("title", parent=body, fontSize=layout.title_size, leading=layout.title_leading,
                                 spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12, spaceAfter=0)
    flow: list[object] = [Paragraph(REPORT_TITLE, title_style)]
    for kind, content in REPORT_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "table":
            rows = content
            assert isinstance(rows, list)
            table = Table([[Paragraph(value, cell) for value in row] for row in rows], repeatRows=1,
                          colWidths=[width * mm for width in (30, 60, 28, 28, 24)], hAlign="LEFT")
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(layout.table_header_colour)),
                ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#F2F2F2")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            flow.extend([table, Spacer(1, layout.table_gap_mm * mm)])
    margin = layout.margin_mm * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=REPORT_TITLE,
                                 author=f"{COMPANY} 品質管理課",
                                 leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin)
    document.build(flow)


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    total_fill = PatternFill("solid", fgColor="F2F2F2")
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def sheet_head(sheet: object, title: str, labels: list[str], widths: list[int]) -> None:
        sheet.cell(row=1, column=1, value=title).font = Font(bold=True, size=13)  # type: ignore[attr-defined]
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(labels))  # type: ignore[attr-defined]
        for column, label in enumerate(labels, start=1):
            cell = sheet.cell(row=2, column=column, value=label)  # type: ignore[attr-defined]
            cell.font = Font(bold=True)
            cell.fill = header_fill
            cell.border = border
            cell.alignment = centred
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width  # type: ignore[attr-defined]

    def data_row(sheet: object, row: int, label: str, numbers: list[float], formats: list[str],
                 *, total: bool = False) -> None:
        cells = [sheet.cell(row=row, column=1, value=label)]  # type: ignore[attr-defined]
        for column, (value, number_format) in enumerate(zip(numbers, formats), start=2):
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
    monthly.title = "月別出動件数"
    sheet_head(monthly, "機械警備 支社・営業所別・月別 出動件数（2026年度・令和8年度）",
               ["月"] + [f"{branch}（件）" for branch in BRANCHES] + ["全社計（件）"], [14, 14, 14, 16, 16, 17, 14])
    for index, month in enumerate(MONTHS):
        values = [DISPATCHES[branch][index] for branch in BRANCHES]
        data_row(monthly, 3 + index, f"{2026 if index < 9 else 2027}年{month}", values + [sum(values)], ["#,##0"] * 6)
    data_row(monthly, 3 + len(MONTHS), "合計", [sum(DISPATCHES[branch]) for branch in BRANCHES] + [DISPATCH_TOTAL],
             ["#,##0"] * 6, total=True)
    monthly.freeze_panes = "B3"

    guards = workbook.create_sheet("支社別警備員数")
    sheet_head(guards, "支社・営業所別 警備員数（2026年3月末・2027年3月末）",
               ["支社・営業所", "施設警備員 2026年3月末（人）", "施設警備員 2027年3月末（人）",
                "交通誘導警備員 2026年3月末（人）", "交通誘導警備員 2027年3月末（人）",
                "輸送警備員 2026年3月末（人）", "輸送警備員 2027年3月末（人）"], [16, 22, 22, 26, 26, 22, 22])
    for index, (branch, row) in enumerate(zip(BRANCHES, GUARD_ROWS), start=3):
        data_row(guards, index, branch, list(row), ["#,##0"] * 6)
    data_row(guards, 3 + len(BRANCHES), "合計", GUARD_TOTALS, ["#,##0"] * 6, total=True)

    qualifications = workbook.create_sheet("資格保有者数")
    sheet_head(qualifications, "資格別 保有者数と新規合格者数（2026年度）",
               ["資格", "保有者数 2026年3月末（人）", "保有者数 2027年3月末（人）", "2026年度の新規合格者（人）",
                "保有率 2027年3月末（%）"], [28, 24, 24, 24, 22])
    for index, (name, before, after, passed) in enumerate(QUALIFICATION_ROWS, start=3):
        data_row(qualifications, index, name, [before, after, passed, round(after / GUARDS_2027 * 100, 1)],
                 ["#,##0", "#,##0", "#,##0", "0.0"])

    notes = workbook.create_sheet("注記")
    for index, line in enumerate([
        "注記",
        "1. 2026年度は令和8年度（2026年4月〜2027年3月）。2026年3月末は令和8年3月末、2027年3月末は令和9年3月末。",
        "2. 出動件数は、水瀬管制センターが警報を受けて待機所の警備員に出動を指令した件数で、誤報による出動を含む。",
        "3. 警備員数は正社員と契約社員の計で、アルバイトを含まない。機械警備の待機所の警備員は施設警備員に含む。",
        "4. 輸送警備は水瀬支社と朝霧支社だけで行っている。",
        "5. 保有率は、2027年3月末の保有者数を同日の警備員数の合計で割った値。",
    ], start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 110
    save_workbook(workbook, path, title="みなせ警備保障株式会社 出動件数・警備員数（2026年度）",
                  creator=f"{COMPANY} 業務部", moment=FIXED_MOMENT)


def _table_slide(presentation: object, title: str, rows: list[list[str]], widths: list[float], note: str,
                 speaker: str) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [title], 26)
    height = 0.5 * len(rows)
    graphic = slide.shapes.add_table(len(rows), len(rows[0]), 0, 0, 0, 0)
    pptx_place(graphic, 0.5, 1.35, sum(widths), height)
    table = graphic.table
    for column, width in enumerate(widths):
        table.columns[column].width = int(width * 914400)
    for row_index, row in enumerate(rows):
        for column, value in enumerate(row):
            frame = table.cell(row_index, column).text_frame
            frame.clear()
            run = frame.paragraphs[0].add_run()
            run.text = value
            pptx_font(run, 14)
            run.font.bold = row_index == 0
    box = slide.shapes.add_textbox(0, 0, 0, 0)
    pptx_place(box, 0.5, 1.6 + height, 12.3, 1.4)
    box.text_frame.word_wrap = True
    pptx_fill(box.text_frame, [note], 14)
    slide.notes_slide.notes_text_frame.text = speaker


def build_pptx(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    presentation.slide_width = Inches(13.333)
    presentation.slide_height = Inches(7.5)
    cover = presentation.slides.add_slide(presentation.slide_layouts[0])
    pptx_place(cover.shapes.title, 0.5, 1.9, 12.3, 1.5)
    pptx_fill(cover.shapes.title.text_frame, [BRIEF_TITLE], 30)
    pptx_place(cover.placeholders[1], 0.5, 3.7, 12.3, 1.8)
    pptx_fill(cover.placeholders[1].text_frame, BRIEF_COVER, 20)
    _table_slide(presentation, STANDBY_TITLE, STANDBY_TABLE, [2.0, 3.0, 2.6, 2.6, 2.0], STANDBY_NOTE, STANDBY_SPEAKER)
    _table_slide(presentation, PRICE_TITLE, PRICE_TABLE, [3.2, 2.8, 2.6, 2.6], PRICE_NOTE, PRICE_SPEAKER)
    points = presentation.slides.add_slide(presentation.slide_layouts[1])
    pptx_place(points.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(points.shapes.title.text_frame, [POINTS_TITLE], 26)
    pptx_place(points.placeholders[1], 0.5, 1.4, 12.3, 5.2)
    pptx_fill(points.placeholders[1].text_frame, POINTS, 18)
    properties = presentation.core_properties
    properties.title = BRIEF_TITLE
    properties.author = f"{COMPANY} 営業本部"
    properties.last_modified_by = f"{COMPANY} 営業本部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_html(path: Path) -> None:
    path.write_bytes(NOTICE_TEXT.encode("utf-8"))


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((RULES_FILENAME, build_docx), (REPORT_FILENAME, build_pdf),
                              (FIGURES_FILENAME, build_xlsx), (BRIEF_FILENAME, build_pptx),
                              (NOTICE_FILENAME, build_html)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
