"""Write the five documents of the eleventh holdout corpus (tests/data/holdout11/README.md).

One fictional agricultural cooperative, 千穂野農業協同組合 (JAちほの; head office in the fictional
千穂野市; five branches: 本所（中央）, 北原支所, 川辺支所, 山根支所, 桜台支所; a regional grading and
packing house, two collection points, a farm-machinery centre and a rice centre), and five
documents its staff and members would look things up in: the rules on sales commissions and
shipping incentives as Word (a commission and fee table with a two-row header, current beside
改定前; an incentive table banded by annual sales), the business report of fiscal 2026 as a PDF
(sales by product for two years, a table that crosses a page break), the figures by branch and by
month as Excel (members, purchases supplied month by month, producer groups, savings and loans),
the fruit growers' briefing as PowerPoint (two table slides with notes), and an ISO-2022-JP e-mail
from the farm-machinery centre with typed tables (rental fees current beside the old ones, a
pick-up fee banded by distance, rice-drying fees).
Every name, address, telephone number and figure here is invented (e-mail domains end in
`.example`; telephone numbers use the unallocated 0268-00 exchange).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail carries
a fixed Date and Message-ID.

    .venv/bin/python tests/data/holdout11/make_holdout11.py
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

FIXED_MOMENT = datetime.datetime(2027, 3, 18, 9, 0, 0)
COOP = "千穂野農業協同組合"
HEADER_FILL = "E2EFDA"

# ---------------------------------------------------------------------------------------------
# Figures shared by more than one document.

BRANCHES = ["本所（中央）", "北原支所", "川辺支所", "山根支所", "桜台支所"]
# 支所: 正組合員 2026年3月末, 2027年3月末, 准組合員 2026年3月末, 2027年3月末 (人)
MEMBER_ROWS = [
    (1204, 1187, 2386, 2431),
    (1046, 1021, 1218, 1236),
    (932, 914, 1502, 1526),
    (987, 962, 884, 893),
    (782, 778, 1196, 1229),
]
REGULAR_2026, REGULAR_2027, ASSOCIATE_2026, ASSOCIATE_2027 = (
    sum(row[index] for row in MEMBER_ROWS) for index in range(4))

# 支所: 貯金残高 2026年3月末, 2027年3月末, 貸出金残高 2026年3月末, 2027年3月末 (百万円)
SAVINGS_ROWS = [
    (41260, 41980, 9840, 10120),
    (22470, 22810, 4630, 4580),
    (25380, 25910, 5210, 5460),
    (15940, 16020, 2870, 2790),
    (21530, 21890, 4920, 5180),
]
SAVINGS_2026, SAVINGS_2027, LOANS_2026, LOANS_2027 = (sum(row[index] for row in SAVINGS_ROWS) for index in range(4))

MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
# 購買品供給高 of 2026年度 by month (千円)
PURCHASE_COLUMNS = ["肥料", "農薬", "燃料", "農業資材", "生活物資"]
PURCHASES = {
    "肥料": [48620, 31450, 22180, 18930, 26740, 35210, 29860, 21340, 15270, 19880, 38460, 52390],
    "農薬": [21560, 38420, 45870, 41230, 27690, 14380, 9820, 6140, 4260, 3910, 8750, 15630],
    "燃料": [24310, 22870, 21460, 23980, 25140, 27360, 30210, 33870, 41590, 46720, 43180, 31640],
    "農業資材": [36480, 29750, 24310, 27840, 33620, 30190, 22560, 18430, 14870, 12960, 20340, 34150],
    "生活物資": [17820, 18460, 17390, 19250, 21670, 18140, 17960, 19380, 26840, 16470, 15920, 18730],
}
PURCHASE_TOTAL = sum(sum(values) for values in PURCHASES.values())  # 千円

# 部会, 部会員数（人）, 栽培面積（ha）, 出荷量 2026年度（t）, 平均単価 2026年度（円/kg）
GROUP_ROWS = [
    ("トマト部会", 142, 38.6, 3214, 374),
    ("きゅうり部会", 98, 21.4, 1987, 328),
    ("アスパラガス部会", 64, 18.2, 186, 957),
    ("ぶどう部会", 318, 246.7, 1702, 1407),
    ("もも部会", 276, 188.3, 2498, 446),
    ("りんご部会", 121, 86.4, 1418, 373),
]

# 品目, 販売高 2025年度, 2026年度 (百万円), 出荷者数 2026年度 (人)
SALES_ITEMS = [
    ("米（主食用）", 1842, 1968, 1516),
    ("麦・大豆", 214, 198, 87),
    ("トマト", 1126, 1203, 142),
    ("きゅうり", 684, 652, 98),
    ("なす", 318, 341, 76),
    ("ピーマン", 205, 219, 58),
    ("キャベツ", 472, 436, 113),
    ("ブロッコリー", 389, 427, 91),
    ("ねぎ", 296, 312, 84),
    ("アスパラガス", 163, 178, 64),
    ("ぶどう（シャインマスカット）", 1574, 1812, 287),
    ("ぶどう（巨峰・その他）", 621, 583, 204),
    ("もも", 1038, 1115, 276),
    ("りんご", 547, 529, 121),
    ("切り花（きく）", 244, 231, 37),
    ("切り花（トルコギキョウ）", 137, 152, 22),
    ("肉用牛", 912, 948, 29),
    ("生乳", 486, 471, 12),
]
SALES_2025 = sum(item[1] for item in SALES_ITEMS)
SALES_2026 = sum(item[2] for item in SALES_ITEMS)

# 2027年産の出荷目標と出荷基準 (the briefing deck) and what the grading house handled in 2026年産.
# 品目, 2026年産実績（t）, 2027年産目標（t）, 糖度基準 2027年産, 2026年産まで
FRUIT_ROWS = [
    ("シャインマスカット", 1126, 1250, "18度以上", "17度以上"),
    ("巨峰", 512, 480, "17度以上", "16度以上"),
    ("もも（あかつき）", 1384, 1450, "12度以上", "12度以上"),
    ("もも（川中島白桃）", 1032, 1080, "13度以上", "12度以上"),
]
GRAPES_HANDLED = FRUIT_ROWS[0][1] + FRUIT_ROWS[1][1]
PEACHES_HANDLED = FRUIT_ROWS[2][1] + FRUIT_ROWS[3][1]


def _n(value: int) -> str:
    return f"{value:,}"


def _growth(before: int, after: int) -> str:
    return f"{(after - before) / before * 100:.1f}"


# ---------------------------------------------------------------------------------------------
# 1. DOCX: sales commissions and shipping incentives.

RULES_FILENAME = "農産物販売手数料・出荷奨励金規程_2027年4月改定.docx"
RULES_TITLE = "千穂野農業協同組合 農産物の販売手数料及び出荷奨励金に関する規程（2027年4月改定）"

# 品目, 販売手数料率 現行, 改定前, 選果・包装料 現行, 改定前, 保冷庫利用料 現行, 改定前
COMMISSION_ROWS = [
    ("施設野菜（トマト・きゅうり等）", "2.8%", "2.5%", "24円", "20円", "6円", "5円"),
    ("露地野菜（キャベツ・ブロッコリー等）", "2.5%", "2.3%", "15円", "13円", "5円", "4円"),
    ("ぶどう", "3.2%", "3.0%", "58円", "50円", "9円", "7円"),
    ("もも", "3.0%", "2.8%", "46円", "40円", "8円", "7円"),
    ("りんご", "2.7%", "2.5%", "32円", "28円", "6円", "5円"),
    ("花き（切り花）", "3.5%", "3.5%", "―（個選のみ）", "―（個選のみ）", "4円", "3円"),
]

INCENTIVE_TABLE = [
    ["年間の共同販売額（税抜）", "奨励金の率（2027年度から）", "奨励金の率（2026年度まで）"],
    ["300万円未満", "なし", "なし"],
    ["300万円以上1,000万円未満", "0.4%", "0.3%"],
    ["1,000万円以上2,500万円未満", "0.8%", "0.6%"],
    ["2,500万円以上5,000万円未満", "1.2%", "1.0%"],
    ["5,000万円以上", "1.6%", "1.3%"],
]

RULES_BODY: list[tuple[str, object]] = [
    ("right", "令和9年（2027年）2月24日 理事会決議　令和9年（2027年）4月1日 施行"),
    ("h1", "第1条 目的"),
    ("p", "この規程は、千穂野農業協同組合（以下「組合」という。）が組合員等から販売の委託を受けた農産物について、"
          "販売手数料、選果・包装料、保冷庫利用料及び出荷奨励金の額と、販売代金の精算の方法を定める。改定後の額は"
          "令和9年（2027年）4月1日以後に組合の選果場又は集荷所に搬入された農産物に適用し、同日前に搬入された"
          "ものには改定前の額（令和4年（2022年）4月1日から適用していた額）を適用する。"),
    ("h1", "第2条 適用範囲"),
    ("p", "この規程は、正組合員及び准組合員が出荷する青果物、花き及び果実に適用する。組合員でない者（以下「員外」"
          "という。）からの販売委託は、理事会が認めた場合に限り受け付け、その販売手数料率は第4条の表の率に1.0ポイントを"
          "加えた率とする。主食用米、麦・大豆及び畜産物は、別に定める「米穀等集荷販売規程」及び「畜産物販売規程」による。"),
    ("h1", "第3条 出荷の区分"),
    ("p", "出荷は、組合の選果場で選別・包装する共同選果出荷と、生産者が自ら選別し箱詰めして集荷所に持ち込む"
          "個選出荷とに区分する。個選出荷には選果・包装料を徴収しない。花き（切り花）は個選出荷に限る。"),
    ("h1", "第4条 販売手数料、選果・包装料及び保冷庫利用料"),
    ("p", "販売手数料、選果・包装料及び保冷庫利用料の額は、品目に応じて次の表のとおりとする。"),
    ("two_row_table", None),
    ("p", "注1：販売手数料は、市場等での販売額（消費税抜き）に率を乗じて計算し、1円未満を切り捨てる。"
          "選果・包装料は選果後の出荷重量1kgあたり、保冷庫利用料は1ケース・1日あたりの額である。"),
    ("p", "注2：保冷庫利用料は搬入日の翌日から数え、最初の2日間は無料とする（改定前は3日間無料）。"
          "市場の休市により出荷できなかった日は、日数に数えない。"),
    ("h1", "第5条 出荷奨励金"),
    ("p", "組合は、共同販売に出荷した組合員に、1年間（4月から翌年3月まで）の共同販売額に応じて出荷奨励金を支給する。"
          "奨励金の額は、その年度の共同販売額の全額に、次の表でその額が属する区分の率を乗じた額とする。"),
    ("table", INCENTIVE_TABLE),
    ("p", "共同販売額には個選出荷の販売額を含み、員外の販売額及び規格外品の販売額は含まない。"
          "新規就農者（就農した年度から5年度以内の者）には、表の率に0.3ポイントを加える。奨励金の上限は1人あたり"
          "年100万円（改定前は年80万円）とし、翌年度の5月31日に組合員の貯金口座に振り込む。"),
    ("h1", "第6条 販売代金の精算"),
    ("p", "販売代金は、毎月15日と末日に締め、15日締めの分は当月25日に、末日締めの分は翌月10日に、販売手数料等を"
          "差し引いて組合員の貯金口座に振り込む（改定前は月末締めの翌月15日払い）。振込日が金融機関の休業日に"
          "当たるときは、その前営業日に振り込む。"),
    ("h1", "第7条 規格外品及び事故品"),
    ("p", "出荷基準に満たない農産物（規格外品）は加工用として販売し、その販売手数料率は品目にかかわらず1.5%とする。"
          "市場で傷み又は腐敗が見つかった事故品の損失は生産者の負担とする。ただし、組合の保冷庫又は輸送中に生じた"
          "事故の損失は組合が負担する。"),
    ("h1", "第8条 問い合わせ"),
    ("p", "この規程に関する問い合わせは、千穂野農業協同組合 営農経済部 販売課（電話 0268-00-3120、内線 312）で受け付ける。"),
]

# ---------------------------------------------------------------------------------------------
# 2. PDF: business report of fiscal 2026.

REPORT_FILENAME = "事業報告_営農・販売事業の概況_2026年度.pdf"
REPORT_TITLE = "千穂野農業協同組合 令和8年度（2026年度）事業報告 ― 営農・販売事業の概況"

SALES_ROWS = [["品目", "2025年度（百万円）", "2026年度（百万円）", "前年度比（%）", "出荷者数 2026年度（人）"]] + [
    [name, _n(y2025), _n(y2026), f"{y2026 / y2025 * 100:.1f}", _n(growers)]
    for name, y2025, y2026, growers in SALES_ITEMS
] + [["合計", _n(SALES_2025), _n(SALES_2026), f"{SALES_2026 / SALES_2025 * 100:.1f}", "―"]]

REPORT_BLOCKS: list[tuple[str, object]] = [
    ("p", "令和9年（2027年）5月 千穂野農業協同組合 代表理事組合長 穂積 信一郎／企画管理部"),
    ("h1", "1. 事業年度の概況"),
    ("p", "この報告は、2026年度（令和8年度、2026年4月1日から2027年3月31日まで）の営農指導事業、販売事業、購買事業"
          "及び信用事業の概況をまとめたものである。当年度は、春先の低温で施設野菜の定植が遅れたものの、夏から秋に"
          "かけての天候に恵まれ、果実の品質が良く、ぶどう（シャインマスカット）の販売単価が前年度を上回った。"
          "一方で、肥料・燃料などの生産資材の価格は高止まりし、組合員の経営を圧迫している。"),
    ("p", f"2027年3月末の組合員数は、正組合員{_n(REGULAR_2027)}人（前年度末{_n(REGULAR_2026)}人）、准組合員"
          f"{_n(ASSOCIATE_2027)}人（前年度末{_n(ASSOCIATE_2026)}人）である。正組合員は高齢による脱退が続いて"
          f"{REGULAR_2026 - REGULAR_2027}人減った一方、准組合員は農産物直売所の利用者を中心に{ASSOCIATE_2027 - ASSOCIATE_2026}人"
          "増えた。支所別の人数は別冊の資料（支所別・月別実績）のとおりである。"),
    ("h1", "2. 営農指導事業"),
    ("p", "営農指導員14人が、トマト、ぶどう、もも等の生産部会ごとに栽培講習会を年間96回開いた。新規就農者の"
          "研修制度「ちほの就農塾」では、2026年度に8人が研修を修了し、うち7人が管内で就農した。土壌診断は"
          "1,184点（前年度比6.2%増）を分析し、診断に基づく施肥設計で肥料の使用量を平均で11%減らした。"),
    ("p", "スマート農業の実証として、もも園での草刈りロボット3台と、トマトのハウスでの環境制御装置12棟の実証を"
          "行った。ハウスの実証区では、慣行区に比べて10aあたり収量が14.8%多かった。"),
    ("h1", "3. 販売事業"),
    ("p", f"販売品販売高は{_n(SALES_2026)}百万円で、前年度の{_n(SALES_2025)}百万円に比べ"
          f"{_growth(SALES_2025, SALES_2026)}%増えた。品目別の販売高は次の表のとおりである（金額は消費税抜き、"
          "百万円未満を四捨五入。出荷者数は、その品目を1回以上出荷した組合員の数）。"),
    ("sales_table", SALES_ROWS),
    ("p", f"広域選果場の2026年度の処理量は、もも{_n(PEACHES_HANDLED)}t、ぶどう{_n(GRAPES_HANDLED)}tであった。"
          "シャインマスカットは香港と台湾への輸出が42tとなり、輸出向けの販売額は1億5,960万円であった。"
          "米（主食用）は、概算金の引上げにより販売高が増えた。"),
    ("h1", "4. 購買事業"),
    ("p", f"購買品供給高は{_n(round(PURCHASE_TOTAL / 1000))}百万円であった。肥料は予約購入を広げ、早期予約"
          "（前年の11月末まで）の割引率を3%から5%に引き上げた。燃料は、組合のサービスステーション2か所で供給している。"
          "月別・品目別の供給高は別冊の資料のとおりである。"),
    ("h1", "5. 信用事業"),
    ("p", f"2027年3月末の貯金残高は{_n(SAVINGS_2027)}百万円（前年度末比{_growth(SAVINGS_2026, SAVINGS_2027)}%増）、"
          f"貸出金残高は{_n(LOANS_2027)}百万円（前年度末比{_growth(LOANS_2026, LOANS_2027)}%増）であった。"
          "農業関連の資金の新規貸出は94件、18億2,400万円で、うち新規就農者向けは11件であった。"),
    ("h1", "6. 2027年度の重点目標"),
    ("p", "販売品販売高125億円、新規就農者10人、シャインマスカットの輸出60tを目標とする。広域選果場には、2027年7月"
          "までにもも用の光センサー選果機を1ライン増設する（事業費2億8,600万円、うち国の補助金1億3,000万円）。"),
    ("h1", "7. 問い合わせ先"),
    ("p", "この報告についての問い合わせは、千穂野農業協同組合 企画管理部 企画課（電話 0268-00-3101、"
          "kikaku@ja-chihono.example）まで。"),
]

# ---------------------------------------------------------------------------------------------
# 3. XLSX: figures by branch and by month.

FIGURES_FILENAME = "支所別・月別実績_2026年度.xlsx"

# ---------------------------------------------------------------------------------------------
# 4. PPTX: fruit growers' briefing.

BRIEF_FILENAME = "2027年産_ぶどう・もも出荷説明会.pptx"
BRIEF_TITLE = "2027年産 ぶどう・もも 出荷説明会"
BRIEF_COVER = ["千穂野農業協同組合 営農経済部 販売課・広域選果場",
               "令和9年（2027年）3月18日 果樹生産部会 役員会"]
RECEIVING_TITLE = "選果場・集荷所の受入時間（2027年産）"
RECEIVING_TABLE = [
    ["拠点", "品目", "受入時間（2027年産）", "受入時間（2026年産まで）", "受入期間"],
    ["広域選果場", "もも", "6:30〜11:00", "7:00〜12:00", "7月1日〜8月31日"],
    ["広域選果場", "ぶどう", "13:00〜17:00", "13:00〜18:00", "8月10日〜10月20日"],
    ["北原集荷所", "もも・ぶどう", "7:00〜10:30", "7:00〜10:00", "7月1日〜10月20日"],
    ["山根集荷所", "ぶどう", "14:00〜16:30", "14:00〜17:00", "8月10日〜10月20日"],
]
RECEIVING_NOTE = ("日曜日は受入を休みます（お盆の8月13日〜16日は日曜日も受け入れます）。"
                  "受入時間を過ぎて持ち込まれたものは、翌日の受入分として扱います。")
RECEIVING_SPEAKER = ("ももの受入を早めるのは、午前中に選果を終えて当日の夕方便で関東の市場に出すためです。"
                     "北原集荷所から広域選果場への横持ち運送は1日2便（11時・15時）です。")
TARGET_TITLE = "2027年産の出荷目標と出荷基準（糖度）"
TARGET_TABLE = [["品目", "2026年産実績（t）", "2027年産目標（t）", "出荷基準 2027年産", "出荷基準 2026年産まで"]] + [
    [name, _n(result), _n(target), new, old] for name, result, target, new, old in FRUIT_ROWS
]
TARGET_NOTE = ("糖度は選果場の光センサーで1個ずつ測ります。基準に満たないものは規格外品（加工用）になります。"
               "出荷箱は2027年産から2kg箱を標準とします（2026年産までは4kg箱）。")
TARGET_SPEAKER = ("シャインマスカットの輸出向けは、2027年産から房重500g以上・糖度19度以上の秀品に限ります。"
                  "輸出向けには1kgあたり80円の輸出奨励金を上乗せして精算します。")

# ---------------------------------------------------------------------------------------------
# 5. EML (ISO-2022-JP): the farm-machinery centre's notice.

NOTICE_FILENAME = "農機レンタル・庭先集荷・ライスセンター料金のお知らせ_2027年4月.eml"
NOTICE_SUBJECT = "【農機センター】4月からの農機レンタル料金・庭先集荷・乾燥調製料金について"
NOTICE_BODY = """各支所長・生産部会長 各位

営農経済部 農機センターの須藤です。
2027年4月1日（令和9年4月1日）から、農機レンタルの料金と、庭先集荷の集荷料、ライスセンターの
乾燥調製料金を次のとおりとします。組合員の皆さんへのご案内をお願いします。

■1．農機レンタル料金（税込）

　機械　　　　　　　　｜1日（4月から）｜1日（3月まで）｜予約の締切
　トラクター（25馬力）｜8,800円　　　 ｜7,700円　　　 ｜3日前
　田植機（6条植）　　 ｜12,100円　　　｜11,000円　　　｜5日前
　コンバイン（4条刈）｜22,000円　　　｜19,800円　　　｜7日前
　乗用草刈機　　　　　｜5,500円　　　 ｜4,950円　　　 ｜前日の15時
　動力噴霧機　　　　　｜2,200円　　　 ｜2,200円　　　 ｜前日の15時

・貸出日と返却日はそれぞれ1日と数えます。
・泥や草を落とさずに返却されたときは、清掃料として1台3,300円をいただきます。
・田植機とコンバインは、オペレーター付きの作業受託も受け付けます
　（10aあたり 田植え6,600円、稲刈り13,200円）。

■2．庭先集荷（集荷トラックによる引取り）

　最寄りの集荷所からの距離｜1回の集荷料（4月から）
　5km未満　　　　　　　　｜無料
　5km以上10km未満　　　　｜330円
　10km以上20km未満　　　 ｜660円
　20km以上　　　　　　　　｜1,100円

・1回に10ケース以上出荷する場合に限ります。
・申込は、集荷日の前日15時までに最寄りの支所へお願いします。

■3．ライスセンターの乾燥調製料金（2027年産米から）

　作業　　　　　　　　　　　　　　｜2027年産から｜2026年産まで
　乾燥・調製（玄米30kgあたり）　　｜1,650円　　 ｜1,540円
　もみすりのみ（玄米30kgあたり）　｜440円　　　 ｜396円
　色彩選別（玄米30kgあたり）　　　｜165円　　　 ｜165円

・受付は9月1日〜10月31日の8:00〜17:00です（日曜日は休み）。
・1日に生もみ2,000kgを超えて持ち込むときは、3日前までに予約してください。

―――――――――――――――――――――――――――
千穂野農業協同組合 営農経済部 農機センター　須藤
電話 0268-00-3155　noki@ja-chihono.example
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
    properties.title = RULES_TITLE
    properties.author = f"{COOP} 営農経済部"
    properties.last_modified_by = f"{COOP} 営農経済部"
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
        elif kind == "two_row_table":
            top = ["品目", "販売手数料率（販売額に対する率）", "", "選果・包装料（1kgあたり）", "",
                   "保冷庫利用料（1ケース・1日）", ""]
            second = ["", "現行", "改定前", "現行", "改定前", "現行", "改定前"]
            table = document.add_table(rows=2 + len(COMMISSION_ROWS), cols=7)
            table.style = document.styles["Table Grid"]
            for row_index, labels in enumerate((top, second)):
                for column_index, value in enumerate(labels):
                    if value:
                        table.cell(row_index, column_index).text = value
            for first_row, first_col, last_row, last_col in ((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 0, 6)):
                text = table.cell(first_row, first_col).text
                merged = table.cell(first_row, first_col).merge(table.cell(last_row, last_col))
                merged.text = text
            docx_header_row(table.rows[0], HEADER_FILL)
            docx_header_row(table.rows[1], HEADER_FILL)
            for row_index, row in enumerate(COMMISSION_ROWS, start=2):
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
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=17, wordWrap="CJK", spaceAfter=4)
    heading = ParagraphStyle("heading", parent=body, fontSize=13, leading=18, spaceBefore=9, spaceAfter=4)
    title_style = ParagraphStyle("title", parent=body, fontSize=15, leading=21, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12, spaceAfter=0)
    flow: list[object] = [Paragraph(REPORT_TITLE, title_style)]
    for kind, content in REPORT_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "sales_table":
            rows = content
            table = Table([[Paragraph(value, cell) for value in row] for row in rows],  # type: ignore[union-attr]
                          repeatRows=1, colWidths=[width * mm for width in (58, 28, 28, 24, 34)], hAlign="LEFT")
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#" + HEADER_FILL)),
                ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#F2F2F2")),  # type: ignore[arg-type]
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            flow.extend([table, Spacer(1, 4 * mm)])
    margin = 18 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=REPORT_TITLE,
                                 author=f"{COOP} 企画管理部",
                                 leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin)
    document.build(flow)


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="8E8E8E")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    total_fill = PatternFill("solid", fgColor="EFEFEF")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    integer, decimal = "#,##0", "0.0"

    def start(sheet: object, title: str, labels: list[str], widths: tuple[int, ...]) -> None:
        sheet.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)  # type: ignore[attr-defined]
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(labels))  # type: ignore[attr-defined]
        for column, label in enumerate(labels, start=1):
            cell = sheet.cell(row=2, column=column, value=label)  # type: ignore[attr-defined]
            cell.font = Font(bold=True)
            cell.fill = header_fill
            cell.border = border
            cell.alignment = centre
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width  # type: ignore[attr-defined]

    def put(sheet: object, row: int, values: list[tuple[object, str | None]], total: bool = False) -> None:
        for column, (value, number_format) in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
            cell.border = border
            if number_format:
                cell.number_format = number_format
            if total:
                cell.font = Font(bold=True)
                cell.fill = total_fill

    workbook = Workbook()
    members = workbook.active
    members.title = "支所別組合員数"
    start(members, "支所別 組合員数（2026年3月末・2027年3月末）",
          ["支所", "正組合員 2026年3月末（人）", "正組合員 2027年3月末（人）", "准組合員 2026年3月末（人）",
           "准組合員 2027年3月末（人）"], (16, 22, 22, 22, 22))
    for index, (name, row) in enumerate(zip(BRANCHES, MEMBER_ROWS), start=3):
        put(members, index, [(name, None)] + [(value, integer) for value in row])
    put(members, 3 + len(BRANCHES), [("合計", None)] + [(sum(row[i] for row in MEMBER_ROWS), integer) for i in range(4)],
        total=True)

    monthly = workbook.create_sheet("月別購買品供給高")
    start(monthly, "月別 購買品供給高（2026年度・令和8年度）",
          ["月"] + [f"{name}（千円）" for name in PURCHASE_COLUMNS] + ["計（千円）"], (12, 14, 14, 14, 14, 14, 16))
    for index, month in enumerate(MONTHS):
        label = f"{2026 if index < 9 else 2027}年{month}"
        values = [PURCHASES[name][index] for name in PURCHASE_COLUMNS]
        put(monthly, 3 + index, [(label, None)] + [(value, integer) for value in values] + [(sum(values), integer)])
    totals = [sum(PURCHASES[name]) for name in PURCHASE_COLUMNS]
    put(monthly, 3 + len(MONTHS), [("合計", None)] + [(value, integer) for value in totals] + [(sum(totals), integer)],
        total=True)

    groups = workbook.create_sheet("生産部会")
    start(groups, "生産部会の概要（2026年度）",
          ["部会", "部会員数（人）", "栽培面積（ha）", "出荷量 2026年度（t）", "平均単価 2026年度（円/kg）"],
          (18, 16, 16, 20, 24))
    for index, (name, people, area, volume, price) in enumerate(GROUP_ROWS, start=3):
        put(groups, index, [(name, None), (people, integer), (area, decimal), (volume, integer), (price, integer)])

    savings = workbook.create_sheet("貯金・貸出金")
    start(savings, "支所別 貯金残高・貸出金残高",
          ["支所", "貯金残高 2026年3月末（百万円）", "貯金残高 2027年3月末（百万円）", "貸出金残高 2026年3月末（百万円）",
           "貸出金残高 2027年3月末（百万円）"], (16, 26, 26, 28, 28))
    for index, (name, row) in enumerate(zip(BRANCHES, SAVINGS_ROWS), start=3):
        put(savings, index, [(name, None)] + [(value, integer) for value in row])
    put(savings, 3 + len(BRANCHES), [("合計", None)] + [(sum(row[i] for row in SAVINGS_ROWS), integer) for i in range(4)],
        total=True)

    notes = workbook.create_sheet("注記")
    for index, line in enumerate([
        "注記",
        "1. 2026年度は令和8年度（2026年4月〜2027年3月）。2026年3月末は令和8年3月末、2027年3月末は令和9年3月末。",
        "2. 購買品供給高は消費税抜き、千円未満を四捨五入。燃料は組合のサービスステーション2か所の供給分。",
        "3. 組合員数は各支所の管内に住所のある組合員の数。本所（中央）は本所の管内の組合員を数えている。",
        "4. 生産部会の出荷量は共同選果出荷と個選出荷の合計。平均単価＝販売高÷出荷量。",
    ], start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 110
    save_workbook(workbook, path, title="千穂野農業協同組合 支所別・月別実績（2026年度）",
                  creator=f"{COOP} 企画管理部", moment=FIXED_MOMENT)


def _table_slide(presentation: object, title: str, rows: list[list[str]], widths: list[float], note: str,
                 speaker: str) -> None:
    from pptx.util import Inches

    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.6, 0.3, 12.1, 1.0)
    pptx_fill(slide.shapes.title.text_frame, [title], 28)
    height = 0.55 * len(rows)
    shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(0.6), Inches(1.4), Inches(sum(widths)),
                                   Inches(height))
    for column_index, width in enumerate(widths):
        shape.table.columns[column_index].width = Inches(width)
    for row_index, row in enumerate(rows):
        for column_index, value in enumerate(row):
            frame = shape.table.cell(row_index, column_index).text_frame
            frame.clear()
            run = frame.paragraphs[0].add_run()
            run.text = value
            pptx_font(run, 14)
            if row_index == 0:
                run.font.bold = True
    box = slide.shapes.add_textbox(Inches(0.6), Inches(1.6 + height), Inches(12.1), Inches(1.2))
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
    pptx_place(cover.shapes.title, 0.6, 1.8, 12.1, 1.6)
    pptx_fill(cover.shapes.title.text_frame, [BRIEF_TITLE], 34)
    pptx_place(cover.placeholders[1], 0.6, 3.8, 12.1, 2.0)
    pptx_fill(cover.placeholders[1].text_frame, BRIEF_COVER, 20)
    _table_slide(presentation, RECEIVING_TITLE, RECEIVING_TABLE, [2.0, 1.8, 2.7, 2.9, 2.7], RECEIVING_NOTE,
                 RECEIVING_SPEAKER)
    _table_slide(presentation, TARGET_TITLE, TARGET_TABLE, [3.0, 2.2, 2.2, 2.3, 2.4], TARGET_NOTE, TARGET_SPEAKER)
    properties = presentation.core_properties
    properties.title = BRIEF_TITLE
    properties.author = f"{COOP} 営農経済部 販売課"
    properties.last_modified_by = f"{COOP} 営農経済部 販売課"
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
    message["From"] = f"{Header('千穂野農協 営農経済部 農機センター', 'iso-2022-jp').encode()} <noki@ja-chihono.example>"
    message["To"] = f"{Header('各支所長・生産部会長', 'iso-2022-jp').encode()} <shishocho@ja-chihono.example>"
    message["Date"] = "Tue, 16 Mar 2027 08:45:00 +0900"
    message["Message-ID"] = "<20270316084500.noki-ryokin@ja-chihono.example>"
    path.write_bytes(message.as_bytes())


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((RULES_FILENAME, build_docx), (REPORT_FILENAME, build_pdf),
                              (FIGURES_FILENAME, build_xlsx), (BRIEF_FILENAME, build_pptx),
                              (NOTICE_FILENAME, build_eml)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
