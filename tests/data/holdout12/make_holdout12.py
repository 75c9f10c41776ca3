"""Write the five documents of the twelfth holdout corpus (tests/data/holdout12/README.md).

One fictional city gas utility, 朝凪ガス株式会社 (head office in the fictional 朝凪市; supply area
朝凪市, 汐見町 and part of 青葉台町; five service offices: 中央営業所, 北営業所, 東営業所, 南営業所,
汐見営業所; the 浜崎LNGサテライト基地, a call centre, お客さまセンター, and a showroom, ガスの暮らし
ショールーム「ほのか」), and five documents its staff would look things up in: the general gas
supply rates as Word (a rate table banded by monthly usage with a two-row header, 改定後 beside
改定前, and a fee table), the safety work report of fiscal 2026 as a PDF (a table of two fiscal
years that crosses a page break), the sales figures as Excel (gas sold month by month, customers by
office at two dates, appliance sales), a briefing deck for the office managers as PowerPoint (two
table slides with notes), and an ISO-2022-JP e-mail from the sales promotion department with typed
tables (campaign prices, extra work fees banded by pipe length, cooking classes).
Every name, address, telephone number and figure here is invented (e-mail domains end in
`.example`; telephone numbers use the unallocated 0297-00 exchange).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail carries
a fixed Date and Message-ID.

    .venv/bin/python tests/data/holdout12/make_holdout12.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import (  # noqa: E402
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

FIXED_MOMENT = datetime.datetime(2027, 3, 12, 9, 30, 0)
COMPANY = "朝凪ガス株式会社"
HEADER_FILL = "DDEBF7"

# ---------------------------------------------------------------------------------------------
# Figures shared by more than one document.

OFFICES = ["中央営業所", "北営業所", "東営業所", "南営業所", "汐見営業所"]
# 営業所: 家庭用 2026年3月末, 2027年3月末, 業務用・工業用 2026年3月末, 2027年3月末 (件)
CUSTOMER_ROWS = [
    (48236, 48512, 3184, 3207),
    (31478, 31305, 1246, 1238),
    (27915, 28364, 1587, 1612),
    (22640, 22587, 962, 975),
    (14382, 14209, 538, 531),
]
HOME_2026, HOME_2027, BUSINESS_2026, BUSINESS_2027 = (
    sum(row[index] for row in CUSTOMER_ROWS) for index in range(4))

MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
# ガス販売量 of 2026年度 by month (千m³)
SALES_COLUMNS = ["家庭用", "業務用", "工業用"]
GAS_SALES = {
    "家庭用": [3412, 2876, 2315, 1948, 1702, 1765, 2104, 2687, 3598, 4362, 4481, 4027],
    "業務用": [1826, 1754, 1903, 2238, 2416, 2117, 1812, 1889, 2174, 2302, 2265, 2031],
    "工業用": [5214, 4987, 5306, 5118, 4623, 5245, 5391, 5402, 5178, 4856, 5037, 5289],
}
GAS_TOTAL = sum(sum(values) for values in GAS_SALES.values())  # 千m³

# 機器, 販売台数 2025年度, 2026年度 (台), 平均販売価格 2026年度 (円), うちショールーム経由 2026年度 (台)
APPLIANCE_ROWS = [
    ("高効率給湯器", 2184, 2356, 248600, 412),
    ("ビルトインガスコンロ", 1672, 1598, 132400, 365),
    ("ガス衣類乾燥機", 318, 427, 186900, 154),
    ("ガス温水床暖房", 126, 114, 583000, 38),
    ("ガスファンヒーター", 942, 876, 42300, 97),
    ("家庭用燃料電池", 58, 71, 1468000, 23),
]

# 営業所: 定期保安点検 2026年度実績, 2027年度計画, 白ガス管取替え 2027年度計画 (件)
INSPECTION_ROWS = [
    (17840, 18200, 160),
    (11506, 12350, 140),
    (9872, 10480, 110),
    (6931, 8120, 120),
    (3724, 4650, 70),
]
INSPECTED_2026 = sum(row[0] for row in INSPECTION_ROWS)
REPLACEMENT_PLAN = sum(row[2] for row in INSPECTION_ROWS)


def _n(value: int) -> str:
    return f"{value:,}"


# ---------------------------------------------------------------------------------------------
# 1. DOCX: the general gas supply rates.

RATES_FILENAME = "一般ガス供給約款_料金表_2027年4月改定.docx"
RATES_TITLE = "朝凪ガス株式会社 一般ガス供給約款（料金及び諸手数料）2027年4月改定"

# 料金表, 月間ガス使用量, 基本料金 改定後, 改定前 (円／月), 基準単位料金 改定後, 改定前 (円／m³)
RATE_ROWS = [
    ("料金表A", "0m³から20m³まで", "825.00", "759.00", "178.50", "171.60"),
    ("料金表B", "20m³をこえ80m³まで", "1,287.00", "1,188.00", "155.40", "150.15"),
    ("料金表C", "80m³をこえ200m³まで", "1,914.00", "1,760.00", "147.56", "142.98"),
    ("料金表D", "200m³をこえ500m³まで", "3,410.00", "3,135.00", "140.08", "135.83"),
    ("料金表E", "500m³をこえ1,000m³まで", "6,270.00", "5,775.00", "134.36", "130.10"),
    ("料金表F", "1,000m³をこえる場合", "10,890.00", "9,966.00", "129.74", "125.51"),
]

FEE_TABLE = [
    ["手数料の項目", "改定後（税込）", "改定前（税込）"],
    ["開栓の立会い（平日9時から17時まで）", "2,200円", "1,650円"],
    ["開栓の立会い（休日・夜間）", "5,500円", "4,400円"],
    ["ガスメーターの取替え（お客さまの都合によるもの）", "8,800円", "7,700円"],
    ["検針票・領収証の再発行（1通）", "330円", "220円"],
    ["料金未払いによる供給停止後の再開", "3,300円", "2,200円"],
]

RATES_BODY: list[tuple[str, object]] = [
    ("right", "令和9年（2027年）1月28日 届出　令和9年（2027年）4月1日 実施"),
    ("h1", "第1条 目的及び適用"),
    ("p", "この約款は、朝凪ガス株式会社（以下「当社」という。）が導管によりガスを供給するお客さまとの間の、"
          "ガス料金及び諸手数料の額と支払方法を定める。改定後の料金は、令和9年（2027年）4月1日以後の検針日に"
          "計量した使用量から適用し、同日前の検針分には改定前の料金（令和5年（2023年）10月1日から適用していたもの）"
          "を適用する。"),
    ("h1", "第2条 供給区域及びガスの種類"),
    ("p", "供給区域は、朝凪市、汐見町及び青葉台町のうち当社の導管が敷設されている区域とする。供給するガスは天然ガス"
          "（13A）とし、標準熱量は1m³あたり45メガジュール、最低圧力は1.0キロパスカルとする。"),
    ("h1", "第3条 料金の構成"),
    ("p", "料金は、基本料金と従量料金の合計に、第5条の原料費調整額を加算又は減算した額とする。従量料金は、"
          "基準単位料金に第5条による調整を行った単位料金に、その月の使用量を乗じて計算する。料金は消費税等相当額を含み、"
          "1円未満の端数は切り捨てる。"),
    ("h1", "第4条 一般料金表"),
    ("p", "料金表は、その月のガス使用量が属する区分に応じて、次の表のとおりとする。"),
    ("rate_table", None),
    ("p", "注1：使用量がない月も、料金表Aの基本料金を申し受ける。"),
    ("p", "注2：温水床暖房を使用するお客さま向けの料金、及び業務用の季節別契約の料金は、別に定める選択約款による。"),
    ("p", "注3：集合住宅で一括して検針する場合は、1戸ごとの使用量によって料金表を選ぶ。"),
    ("h1", "第5条 原料費調整"),
    ("p", "基準平均原料価格は、液化天然ガス1トンあたり92,400円（改定前は86,150円）とする。3か月間の平均原料価格が"
          "基準平均原料価格を上回り又は下回る場合は、その差額1,000円ごとに単位料金を1m³あたり0.078円（改定前は0.074円）"
          "調整する。"),
    ("h1", "第6条 諸手数料"),
    ("p", "当社がお客さまの申込みによって行う作業の手数料は、次の表のとおりとする。閉栓の作業は無料とする。"),
    ("table", FEE_TABLE),
    ("h1", "第7条 支払期限及び延滞利息"),
    ("p", "料金は、検針日の翌日から起算して30日以内（改定前は20日以内）に支払うものとする。支払期限日を過ぎた場合は、"
          "支払期限日の翌日から支払日までの日数に応じて、年10.0%の割合で延滞利息を申し受ける。口座振替による割引は、"
          "改定後は行わない（改定前は1か月55円を割り引いていた）。"),
    ("h1", "第8条 問い合わせ"),
    ("p", "この約款に関する問い合わせは、朝凪ガス株式会社 お客さまセンター（電話 0297-00-2100）又は各営業所で受け付ける。"),
]

# ---------------------------------------------------------------------------------------------
# 2. PDF: the safety work report of fiscal 2026.

REPORT_FILENAME = "保安業務年報_2026年度.pdf"
REPORT_TITLE = "朝凪ガス株式会社 令和8年度（2026年度）保安業務年報"

# 区分, 項目, 2025年度, 2026年度 (件)
SAFETY_ITEMS = [
    ("点検・検査", "定期保安点検（家庭用）", 51284, INSPECTED_2026),
    ("点検・検査", "定期保安点検（業務用）", 2316, 2402),
    ("点検・検査", "定期保安点検（工業用）", 214, 219),
    ("点検・検査", "内管の漏えい検査", 16842, 17105),
    ("点検・検査", "開栓時の機器点検", 9874, 10212),
    ("点検・検査", "閉栓時の安全確認", 9516, 9783),
    ("緊急保安", "ガス漏れ通報による出動", 1126, 1048),
    ("緊急保安", "消費機器の不具合による出動", 632, 598),
    ("緊急保安", "マイコンメーター遮断の復帰対応", 2874, 2615),
    ("設備改善", "一酸化炭素警報器の新規設置", 1438, 1592),
    ("設備改善", "ガス警報器の交換", 3962, 4118),
    ("設備改善", "白ガス管（ねじ接合鋼管）の取替え", 486, 523),
    ("設備改善", "経年埋設内管の調査", 1205, 1347),
    ("設備改善", "不完全燃焼防止装置のない機器の取替え勧奨", 873, 756),
    ("工事・周知", "他工事の立会い", 4617, 4892),
    ("工事・周知", "業務用厨房の換気指導", 542, 611),
    ("工事・周知", "需要家設備の修理受付", 3415, 3286),
    ("工事・周知", "保安の周知訪問（パンフレット配布）", 68310, 69042),
]
SAFETY_2025 = sum(item[2] for item in SAFETY_ITEMS)
SAFETY_2026 = sum(item[3] for item in SAFETY_ITEMS)

SAFETY_ROWS = [["区分", "項目", "2025年度（件）", "2026年度（件）", "前年度比（%）"]] + [
    [group, name, _n(y2025), _n(y2026), f"{y2026 / y2025 * 100:.1f}"] for group, name, y2025, y2026 in SAFETY_ITEMS
] + [["合計", "―", _n(SAFETY_2025), _n(SAFETY_2026), f"{SAFETY_2026 / SAFETY_2025 * 100:.1f}"]]

REPORT_BLOCKS: list[tuple[str, object]] = [
    ("p", "令和9年（2027年）6月 朝凪ガス株式会社 保安部 保安企画課"),
    ("h1", "1. 保安の概況"),
    ("p", "この年報は、2026年度（令和8年度、2026年4月1日から2027年3月31日まで）に当社が行った保安業務の実績を"
          "まとめたものである。当年度は、供給支障事故は0件、消費段階のガス事故は2件（前年度3件）で、一酸化炭素中毒"
          "事故は前年度に続き発生しなかった。"),
    ("p", f"2027年3月末のお客さま件数は{_n(HOME_2027 + BUSINESS_2027)}件（うち家庭用{_n(HOME_2027)}件）である。"
          "導管の総延長は1,486.3km（前年度末1,472.8km）で、うち中圧導管が128.6km、低圧導管が1,357.7kmである。"
          "低圧導管の耐震化率は89.7%（前年度末88.2%）となった。"),
    ("p", "ガス漏れ通報を受けてから現場に到着するまでの平均時間は22分（前年度24分）で、30分以内に到着した割合は"
          "91.4%（前年度88.7%）であった。夜間・休日の出動は、保安指令センターに常駐する緊急保安員6人と、各営業所の"
          "待機当番が担っている。"),
    ("p", "消費段階の事故2件は、いずれも業務用厨房でのこんろの立消えによるガス漏れで、けが人はなかった。2件とも"
          "立消え安全装置のない古い機器であったため、同じ型の機器を使う飲食店など37件を訪問し、取替えを勧めた。"
          "家庭用では、マイコンメーターが地震や長時間の使用でガスを止めた後の復帰の問い合わせが多く、お客さまセンターで"
          "電話による復帰の案内を続けている。"),
    ("p", "保安業務に従事する社員は2027年3月末で94人（前年度末91人）で、このほか協力会社4社の点検員58人に定期保安"
          "点検を委託している。点検員の研修は年4回行い、新たに点検業務に就いた12人が社内の認定試験に合格した。"),
    ("h1", "2. 保安業務の実績"),
    ("p", "主な保安業務の件数は次の表のとおりである（前年度比は2026年度の件数を2025年度の件数で割った値）。"),
    ("table", SAFETY_ROWS),
    ("p", "定期保安点検（家庭用）は、南営業所と汐見営業所で点検員の欠員があり、前年度を下回った。白ガス管の取替えは、"
          "お客さまへの個別訪問を強化したことで前年度を上回った。"),
    ("h1", "3. 浜崎LNGサテライト基地"),
    ("p", "浜崎LNGサテライト基地では、タンクローリーによるLNGの受入れが1,862台（前年度1,905台）、受入量は"
          "3万4,560トンであった。気化設備の定期点検を2026年11月に行い、その間は予備の気化器で送出を続けた。"
          "基地の防災訓練は、汐見町消防本部と合同で年2回行った。"),
    ("h1", "4. 2027年度の重点目標"),
    ("p", f"白ガス管の取替え{_n(REPLACEMENT_PLAN)}件、低圧導管の耐震化率91.0%、ガス漏れ通報からの平均到着時間20分以内を"
          "目標とする。また、一酸化炭素警報器の設置を、業務用厨房のお客さまを中心に1,800台まで増やす。"),
    ("h1", "5. 問い合わせ先"),
    ("p", "この年報についての問い合わせは、朝凪ガス株式会社 保安部 保安企画課（電話 0297-00-2210、"
          "hoan@asanagi-gas.example）まで。ガス漏れの通報は、ガス漏れ専用ダイヤル（0297-00-2999、24時間）へ。"),
]

REPORT_LAYOUT = ReportLayout(
    body_size=10.5, body_leading=17, heading_size=13, heading_leading=19, heading_space_before=9,
    heading_space_after=4, title_size=15, title_leading=21, table_header_colour="#" + HEADER_FILL,
    table_gap_mm=4, margin_mm=20,
)

# ---------------------------------------------------------------------------------------------
# 3. XLSX: the sales figures.

FIGURES_FILENAME = "営業実績_ガス販売量・お客さま件数_2026年度.xlsx"

# ---------------------------------------------------------------------------------------------
# 4. PPTX: the briefing for the office managers.

BRIEF_FILENAME = "2027年度_受付体制と保安点検計画_営業所長会議.pptx"
BRIEF_TITLE = "2027年度 受付体制の変更と保安点検計画"
BRIEF_COVER = ["朝凪ガス株式会社 お客さまサービス部・保安部",
               "令和9年（2027年）3月11日 営業所長会議"]
HOURS_TITLE = "お客さまの受付時間（2027年4月から）"
HOURS_TABLE = [
    ["窓口", "受付内容", "2027年4月から", "2027年3月まで", "休業日"],
    ["お客さまセンター（電話）", "引越し・開閉栓・料金", "9:00〜18:00", "9:00〜19:00", "1月1日〜3日"],
    ["ガス漏れ専用ダイヤル", "ガス漏れ・緊急時", "24時間", "24時間", "なし"],
    ["Web受付（マイページ）", "引越し・開閉栓・点検日の変更", "24時間", "8:00〜22:00", "なし"],
    ["営業所窓口（5か所）", "料金・契約・機器の相談", "9:00〜17:00", "8:45〜17:30", "土曜・日曜・祝日"],
    ["ショールーム「ほのか」", "機器の展示・料理教室", "10:00〜17:00", "10:00〜18:00", "水曜日"],
]
HOURS_NOTE = ("引越しに伴う開栓の申込みは、使用開始を希望する日の3営業日前までとします（2027年3月までは2営業日前まで）。"
              "開栓の立会いは、9:00〜17:00の間の2時間ごとの枠から選んでいただきます。")
HOURS_SPEAKER = ("電話の受付を1時間短くする代わりに、Web受付を24時間にします。2026年度、19時台の電話は1日平均38件で、"
                 "その7割が引越しの申込みでした。")
PLAN_TITLE = "2027年度 営業所別の保安点検計画"
PLAN_TABLE = [["営業所", "定期保安点検 2026年度実績（件）", "定期保安点検 2027年度計画（件）",
               "白ガス管取替え 2027年度計画（件）"]] + [
    [name, _n(done), _n(plan), _n(replace)] for name, (done, plan, replace) in zip(OFFICES, INSPECTION_ROWS)
]
PLAN_NOTE = ("不在の場合の再訪問は2回までとします（2026年度までは3回）。2回とも不在のときは、点検のお願いの文書を郵送します。"
             "点検の結果、不良があった場合は3日以内に営業所から連絡します。")
PLAN_SPEAKER = ("南営業所と汐見営業所は、2026年度に点検員の欠員で計画を下回りました。2027年度は協力会社の点検員を4人増やし、"
                "土曜日の点検枠も設けます。")
POINTS_TITLE = "2027年度の重点事項"
POINTS = [
    "・Web受付の案内を検針票の裏面に載せる（4月検針分から）",
    "・開栓の立会い手数料の改定（約款第6条）をお客さまに説明する",
    "・一酸化炭素警報器の設置を業務用厨房から優先して進める",
    "・白ガス管の取替えは、3年以内に完了させることを目指す",
]

# ---------------------------------------------------------------------------------------------
# 5. EML (ISO-2022-JP): the sales promotion department's notice.

NOTICE_FILENAME = "機器交換キャンペーン・追加工事費・料理教室のご案内_2027年4月.eml"
NOTICE_SUBJECT = "【営業推進部】4月からの機器交換キャンペーン・追加工事費・料理教室について"
NOTICE_BODY = """各営業所長・お客さまセンター 各位

営業推進部 ショールーム担当の早瀬です。
2027年4月1日（令和9年4月1日）から6月30日まで、ガス機器の交換キャンペーンを行います。
あわせて、配管を延長する場合の追加工事費と、ショールーム「ほのか」の料理教室の日程を
お知らせします。お客さまからの問い合わせへの対応をお願いします。

■1．機器交換キャンペーン（標準工事費込み・税込）

　機器　　　　　　　　　　　　｜キャンペーン価格｜通常価格　｜下取り
　高効率給湯器（24号オート）　｜228,800円　　　｜264,000円｜5,500円
　高効率給湯器（20号オート）　｜206,800円　　　｜239,800円｜5,500円
　ビルトインコンロ（60cm）　　｜118,800円　　　｜143,000円｜3,300円
　ガス衣類乾燥機（5kg）　　　 ｜165,000円　　　｜184,800円｜なし
　ガスファンヒーター　　　　　｜36,300円　　　 ｜42,900円 ｜なし

・下取りは、同じ種類の機器を当社で交換する場合に限ります。
・分割払いは最大36回で、24回までは分割手数料がかかりません。

■2．追加工事費（配管を延長する場合）

　配管の延長　　　　｜追加工事費（4月から）｜3月まで
　2m以下　　　　　　｜無料　　　　　　　　 ｜無料
　2mをこえ5m以下　　｜8,800円　　　　　　　｜7,700円
　5mをこえ10m以下　 ｜16,500円　　　　　　 ｜14,300円
　10mをこえる場合　 ｜個別見積り　　　　　 ｜個別見積り

・配管の延長は、既設のガス栓から新しい機器の接続口までの長さで測ります。
・壁の貫通や床下の工事が必要なときは、別に見積ります。

■3．ショールーム「ほのか」の料理教室（4月〜6月）

　教室　　　　　　　　　　｜日時　　　　　　　　　　　　　｜参加費　　　　｜定員
　はじめてのグリル料理　　｜4月17日（土）10:30〜12:30｜1,500円　　　 ｜12人
　親子で作るピザ教室　　　｜5月15日（土）10:30〜12:30｜親子1組2,000円｜8組
　炊飯鍋で炊く季節のごはん｜6月12日（土）13:30〜15:30｜1,500円　　　 ｜12人

・申込は各教室の2週間前まで、ショールーム「ほのか」（電話 0297-00-2480）で受け付けます。
・定員をこえたときは抽選とし、結果は1週間前までに連絡します。

―――――――――――――――――――――――――――
朝凪ガス株式会社 営業推進部 ショールーム担当　早瀬
電話 0297-00-2480　honoka@asanagi-gas.example
―――――――――――――――――――――――――――
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
    properties.author = f"{COMPANY} 営業企画部"
    properties.last_modified_by = f"{COMPANY} 営業企画部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    document.add_heading(RATES_TITLE, level=0)

    def grid(rows: int, cols: int) -> object:
        table = document.add_table(rows=rows, cols=cols)
        table.style = document.styles["Table Grid"]
        return table

    for kind, content in RATES_BODY:
        if kind == "h1":
            document.add_heading(str(content), level=1)
        elif kind == "p":
            document.add_paragraph(str(content))
        elif kind == "right":
            document.add_paragraph(str(content)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "table":
            assert isinstance(content, list)
            table = grid(len(content), len(content[0]))
            for row_index, row in enumerate(content):
                for column_index, value in enumerate(row):
                    table.cell(row_index, column_index).text = value  # type: ignore[attr-defined]
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
        elif kind == "rate_table":
            # Two header rows: 料金表 and 月間ガス使用量 merged down; each charge over 改定後 and 改定前.
            labels = [
                ["料金表", "月間ガス使用量", "基本料金（円／月）", "", "基準単位料金（円／m³）", ""],
                ["", "", "改定後", "改定前", "改定後", "改定前"],
            ]
            table = grid(2 + len(RATE_ROWS), 6)
            for row_index, row in enumerate(labels):
                for column_index, value in enumerate(row):
                    if value:
                        table.cell(row_index, column_index).text = value  # type: ignore[attr-defined]
            for first_row, first_col, last_row, last_col in ((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5)):
                top_left = table.cell(first_row, first_col)  # type: ignore[attr-defined]
                text = top_left.text
                top_left.merge(table.cell(last_row, last_col)).text = text  # type: ignore[attr-defined]
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(table.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
            for row_index, row in enumerate(RATE_ROWS, start=2):
                for column_index, value in enumerate(row):
                    table.cell(row_index, column_index).text = value  # type: ignore[attr-defined]
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
    layout = REPORT_LAYOUT
    body = ParagraphStyle("body", fontName=font, fontSize=layout.body_size, leading=layout.body_leading,
                          wordWrap="CJK", spaceAfter=3)
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
                          colWidths=[width * mm for width in (24, 74, 26, 26, 20)], hAlign="LEFT")
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(layout.table_header_colour)),
                ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#F2F2F2")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            flow.extend([table, Spacer(1, layout.table_gap_mm * mm)])
    margin = layout.margin_mm * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=REPORT_TITLE, author=f"{COMPANY} 保安部",
                                 leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin)
    document.build(flow)


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="7F7F7F")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    total_fill = PatternFill("solid", fgColor="F2F2F2")
    wrap = Alignment(horizontal="center", vertical="center", wrap_text=True)
    integer = "#,##0"

    def titled(sheet: object, title: str, labels: list[str], widths: list[int]) -> None:
        sheet.cell(row=1, column=1, value=title).font = Font(bold=True, size=13)  # type: ignore[attr-defined]
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(labels))  # type: ignore[attr-defined]
        for column, label in enumerate(labels, start=1):
            cell = sheet.cell(row=2, column=column, value=label)  # type: ignore[attr-defined]
            cell.font = Font(bold=True)
            cell.fill = header_fill
            cell.border = border
            cell.alignment = wrap
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width  # type: ignore[attr-defined]

    def row_of(sheet: object, row: int, label: str, numbers: list[int], *, total: bool = False) -> None:
        cells = [sheet.cell(row=row, column=1, value=label)]  # type: ignore[attr-defined]
        for column, value in enumerate(numbers, start=2):
            cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
            cell.number_format = integer
            cells.append(cell)
        for cell in cells:
            cell.border = border
            if total:
                cell.font = Font(bold=True)
                cell.fill = total_fill

    workbook = Workbook()
    monthly = workbook.active
    monthly.title = "月別ガス販売量"
    titled(monthly, "月別 ガス販売量（2026年度・令和8年度）",
           ["月"] + [f"{name}（千m³）" for name in SALES_COLUMNS] + ["計（千m³）"], [14, 16, 16, 16, 16])
    for index, month in enumerate(MONTHS):
        values = [GAS_SALES[name][index] for name in SALES_COLUMNS]
        row_of(monthly, 3 + index, f"{2026 if index < 9 else 2027}年{month}", values + [sum(values)])
    totals = [sum(GAS_SALES[name]) for name in SALES_COLUMNS]
    row_of(monthly, 3 + len(MONTHS), "合計", totals + [sum(totals)], total=True)
    monthly.freeze_panes = "B3"

    customers = workbook.create_sheet("営業所別お客さま件数")
    titled(customers, "営業所別 お客さま件数（2026年3月末・2027年3月末）",
           ["営業所", "家庭用 2026年3月末（件）", "家庭用 2027年3月末（件）", "業務用・工業用 2026年3月末（件）",
            "業務用・工業用 2027年3月末（件）"], [16, 22, 22, 28, 28])
    for index, (name, row) in enumerate(zip(OFFICES, CUSTOMER_ROWS), start=3):
        row_of(customers, index, name, list(row))
    row_of(customers, 3 + len(OFFICES), "合計", [HOME_2026, HOME_2027, BUSINESS_2026, BUSINESS_2027], total=True)

    appliances = workbook.create_sheet("ガス機器販売実績")
    titled(appliances, "ガス機器の販売実績（2025年度・2026年度）",
           ["機器", "販売台数 2025年度（台）", "販売台数 2026年度（台）", "平均販売価格 2026年度（円）",
            "うちショールーム経由 2026年度（台）"], [22, 22, 22, 26, 30])
    for index, (name, y2025, y2026, price, showroom) in enumerate(APPLIANCE_ROWS, start=3):
        row_of(appliances, index, name, [y2025, y2026, price, showroom])

    notes = workbook.create_sheet("注記")
    for index, line in enumerate([
        "注記",
        "1. 2026年度は令和8年度（2026年4月〜2027年3月）。2026年3月末は令和8年3月末、2027年3月末は令和9年3月末。",
        "2. ガス販売量は標準熱量45MJ/m³に換算した量で、千m³未満を四捨五入している。",
        "3. 業務用は商業施設・飲食店・病院・学校など、工業用は工場の生産用の販売量。",
        "4. お客さま件数はガスメーターの取付件数（閉栓中のものを除く）。",
        "5. 平均販売価格は標準工事費込み・税込。",
    ], start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 100
    save_workbook(workbook, path, title="朝凪ガス株式会社 営業実績（2026年度）",
                  creator=f"{COMPANY} 営業企画部", moment=FIXED_MOMENT)


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
            pptx_font(run, 13)
            run.font.bold = row_index == 0
    box = slide.shapes.add_textbox(0, 0, 0, 0)
    pptx_place(box, 0.5, 1.55 + height, 12.3, 1.3)
    box.text_frame.word_wrap = True
    pptx_fill(box.text_frame, [note], 13)
    slide.notes_slide.notes_text_frame.text = speaker


def build_pptx(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    presentation.slide_width = Inches(13.333)
    presentation.slide_height = Inches(7.5)
    cover = presentation.slides.add_slide(presentation.slide_layouts[0])
    pptx_place(cover.shapes.title, 0.5, 1.9, 12.3, 1.5)
    pptx_fill(cover.shapes.title.text_frame, [BRIEF_TITLE], 34)
    pptx_place(cover.placeholders[1], 0.5, 3.7, 12.3, 1.8)
    pptx_fill(cover.placeholders[1].text_frame, BRIEF_COVER, 20)
    _table_slide(presentation, HOURS_TITLE, HOURS_TABLE, [2.9, 2.9, 2.0, 2.0, 2.3], HOURS_NOTE, HOURS_SPEAKER)
    _table_slide(presentation, PLAN_TITLE, PLAN_TABLE, [2.3, 3.2, 3.2, 3.4], PLAN_NOTE, PLAN_SPEAKER)
    points = presentation.slides.add_slide(presentation.slide_layouts[1])
    pptx_place(points.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(points.shapes.title.text_frame, [POINTS_TITLE], 26)
    pptx_place(points.placeholders[1], 0.5, 1.4, 12.3, 5.2)
    pptx_fill(points.placeholders[1].text_frame, POINTS, 18)
    properties = presentation.core_properties
    properties.title = BRIEF_TITLE
    properties.author = f"{COMPANY} お客さまサービス部"
    properties.last_modified_by = f"{COMPANY} お客さまサービス部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_eml(path: Path) -> None:
    """A plain-text e-mail as Japanese mail clients long sent it: ISO-2022-JP body in 7bit, the
    Subject and display names as ISO-2022-JP encoded words."""
    from email.header import Header
    from email.mime.text import MIMEText

    message = MIMEText(NOTICE_BODY, "plain", "iso-2022-jp")
    message["Subject"] = Header(NOTICE_SUBJECT, "iso-2022-jp")
    message["From"] = f"{Header('朝凪ガス 営業推進部 早瀬', 'iso-2022-jp').encode()} <honoka@asanagi-gas.example>"
    message["To"] = f"{Header('各営業所長', 'iso-2022-jp').encode()} <eigyosho@asanagi-gas.example>"
    message["Date"] = "Tue, 09 Mar 2027 10:20:00 +0900"
    message["Message-ID"] = "<20270309102000.campaign@asanagi-gas.example>"
    path.write_bytes(message.as_bytes())


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((RATES_FILENAME, build_docx), (REPORT_FILENAME, build_pdf),
                              (FIGURES_FILENAME, build_xlsx), (BRIEF_FILENAME, build_pptx),
                              (NOTICE_FILENAME, build_eml)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
