"""Write the five documents of the fifth holdout corpus (tests/data/holdout5/README.md).

One fictional regional supermarket chain, 株式会社コマクサマート (本部 in 松本市; seven stores:
松本南店 and 上田店 as large stores, 松本駅前店, 塩尻店, 安曇野豊科店 and 諏訪店 as standard
stores, 岡谷店 as a small one; 伊那店 opening in 2027), and five documents a member of its staff
would look things up in: the rules for marking down and throwing away fresh food as Word (a table
whose first column, the department, is merged down over the rows of its price reductions, the rates now
beside the rates before the March 2027 revision; waste rates of two years beside the target), the
cash-handling manual for the tills as a PDF (change float by store type, what to do with a cash
difference by size, a table of tills by store and cashless shares of two periods that starts on
the second page right after a page break), the results of 2026年度 by store as Excel (a title row,
units in the header such as 「売上高（百万円）」, plan beside result and last year; sales by
department over two years; the whole chain by month over two years; notes), the staff briefing on
the renewal of the loyalty card as PowerPoint (a table slide of the new ranks, a table slide of
the current scheme beside the new one, membership figures of two years, a table of sign-up
targets by store), and an intranet page on the opening hours over the New Year and the head
office's help in the stores in HTML (a table whose header spans each day over 開店 and 閉店 with
colspan, a day closed written once over both columns, the help days with headcounts, a Q&A list).
Every company, person, address, telephone number and figure here is invented (e-mail domains end
in `.example`; telephone numbers use the unallocated 0263-00 exchange). The documents are dense
with look-alike figures on purpose (one store or department beside the next, the old value beside
the new one, plan beside result, this year beside last year): those neighbours are what a wrong
answer copies.

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the HTML file is
plain text.

    .venv/bin/python tests/data/holdout5/make_holdout5.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import (  # noqa: E402
    CID_FONT,
    FONT,
    ReportLayout,
    normalize_zip,
    pptx_fill,
    pptx_font,
    pptx_place,
    print_sizes,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 4, 15, 9, 0, 0)
COMPANY = "株式会社コマクサマート"

# ---------------------------------------------------------------------------------------------
# 1. 値下げ（見切り）と廃棄の運用基準 (DOCX): numbered Heading 1 sections, a table of price reductions whose
#    first column (部門) is merged down over the rows of that department, the rates now beside
#    the rates before the revision; a table of waste rates of two fiscal years and the target.

REDUCTION_FILENAME = "見切り・廃棄の運用基準_2027年3月改定.docx"
REDUCTION_TITLE = "生鮮・惣菜の値下げ（見切り）と廃棄に関する運用基準"
# ("merged_first_column", (header, [(部門, [rows without the first column])])): a table whose
# first column is one cell merged down over the rows of its group; the other kinds are "h1",
# "p", "right" and "table" (rows of cells).
REDUCTION_BODY: list[tuple[str, object]] = [
    ("right", f"{COMPANY} 本部 商品部・品質管理室"),
    ("p", "基準番号：QC-011　制定：2019年6月1日　最終改定：2027年3月1日（令和9年3月1日）"),
    ("h1", "1. 目的"),
    ("p", "この基準は、消費期限・賞味期限が近い商品の値下げ（以下「見切り」という。）、廃棄及びフードバンクへの寄付の"
          "やり方を全店で揃え、食品ロスと値下げによる売上の目減りを小さくすることを目的とする。"),
    ("h1", "2. 適用範囲"),
    ("p", "全店（松本南店、上田店、松本駅前店、塩尻店、安曇野豊科店、諏訪店、岡谷店）の惣菜、寿司・弁当、鮮魚、精肉、"
          "日配（豆腐・牛乳・パン等）の各部門に適用する。青果は品質を見て部門チーフが都度判断し、一般食品（加工食品、"
          "菓子、飲料）は賞味期限の残りの日数で別に定める（第5項）。"),
    ("h1", "3. 見切りの時刻と値引率"),
    ("p", "見切りは、次の表の時刻に、部門チーフ（不在のときは時間帯責任者）が行う。値引きシールは表の色のものを使う。"),
    ("merged_first_column", (
        ["部門", "回", "時刻", "値引率（現行）", "改定前（2027年2月まで）", "シールの色"],
        [
            ("惣菜", [
                ["1回目", "17:00", "20%引", "20%引", "黄"],
                ["2回目", "19:00", "30%引", "30%引", "赤"],
                ["3回目", "閉店1時間前", "半額", "40%引", "赤（半額）"],
            ]),
            ("寿司・弁当", [
                ["1回目", "16:00", "10%引", "10%引", "黄"],
                ["2回目", "18:30", "30%引", "20%引", "赤"],
                ["3回目", "閉店1時間前", "半額", "半額", "赤（半額）"],
            ]),
            ("鮮魚（刺身・切り身）", [
                ["1回目", "17:30", "20%引", "20%引", "黄"],
                ["2回目", "閉店2時間前", "40%引", "30%引", "赤"],
            ]),
            ("精肉", [
                ["1回目", "18:00", "20%引", "15%引", "黄"],
                ["2回目", "閉店2時間前", "30%引", "30%引", "赤"],
            ]),
            ("日配（豆腐・牛乳・パン）", [
                ["1回目", "期限前日の15:00", "20%引", "20%引", "黄"],
                ["2回目", "期限当日の開店時", "半額", "30%引", "赤（半額）"],
            ]),
        ],
    )),
    ("p", "2　閉店が20:00の岡谷店では、惣菜の2回目を18:30に早める。"),
    ("p", "3　雨や雪で客数が大きく減る見込みのときは、店長の判断で各部門の1回目を1時間まで早めてよい。"),
    ("p", "4　見切り後の売価は、10円未満を切り捨てる。シールの重ね貼りはせず、値引率を上げるときは前のシールをはがしてから貼る。"),
    ("h1", "4. 見切りの承認と記録"),
    ("p", "1回の見切りで値引きする額の合計が5,000円を超えるときは、時間帯責任者の承認を得る。表の時刻より前に30%引を"
          "超える見切りをするときは、店長の承認を得る。見切りの実績は、ハンディ端末の「見切り登録」で当日中に入力する。"),
    ("h1", "5. 一般食品の見切り"),
    ("p", "一般食品は、賞味期限の残りの日数が次の表の日数になったら、店頭の見切りコーナー（ワゴン）に移す。"),
    ("table", [
        ["区分", "見切りコーナーに移す時期", "値引率", "その後の扱い"],
        ["菓子・飲料", "賞味期限の30日前", "20%引", "期限の7日前に半額"],
        ["加工食品（缶詰・乾麺・調味料等）", "賞味期限の60日前", "20%引", "期限の30日前に半額"],
        ["冷凍食品", "賞味期限の45日前", "30%引", "期限の14日前に撤去し、廃棄"],
        ["酒類", "（期限の表示がないもの）", "見切りの対象外", "ラベル破損品は返品"],
    ]),
    ("h1", "6. 廃棄の基準と廃棄率"),
    ("p", "消費期限を過ぎた商品は、どのような場合も販売しない。惣菜と寿司・弁当は、閉店時に売れ残ったものをすべて廃棄する。"
          "廃棄する商品はハンディ端末で廃棄登録をしてから、生ごみ・容器包装に分けて所定の容器に入れる。"),
    ("p", "各店は部門ごとの廃棄率を、毎月の店長会議で報告する。全社の廃棄率の実績と2027年度の目標は、次のとおりである。"),
    ("table", [
        ["部門", "2025年度実績", "2026年度実績", "2027年度目標"],
        ["惣菜", "3.8%", "3.4%", "2.8%"],
        ["寿司・弁当", "4.2%", "3.9%", "3.0%"],
        ["鮮魚", "2.6%", "2.3%", "1.9%"],
        ["精肉", "1.7%", "1.5%", "1.2%"],
        ["青果", "3.3%", "3.1%", "2.5%"],
        ["日配", "1.1%", "1.0%", "0.8%"],
    ]),
    ("p", "廃棄率は、廃棄した商品の売価の合計をその部門の売上高で割った値とする。見切りで値引きした額は、廃棄率には含めず、"
          "値下げ率として別に管理する。"),
    ("h1", "7. フードバンクへの寄付"),
    ("p", "賞味期限まで14日以上ある一般食品のうち、外箱の破損や印字の誤りで売れないものは、NPO法人あずみのフードバンクに"
          "寄付する。各店は寄付する商品を本部の物流センター（松本市）に送り、毎月第2・第4水曜日に先方が引き取りに来る。"
          "冷蔵品・冷凍品と、消費期限の表示がある商品は寄付しない。寄付の量は、2026年度が4,860kg（2025年度は3,210kg）"
          "であった。"),
    ("h1", "8. 問い合わせ先"),
    ("p", "本部 品質管理室（内線 2410、平日 9:00〜18:00）　hinshitsu@komakusa-mart.example"),
    ("h1", "附則"),
    ("p", "この基準は、2027年3月1日から施行する。2027年2月までの値引率は、第3項の表の「改定前」の欄のとおりとする。"),
]

# ---------------------------------------------------------------------------------------------
# 2. レジ・金銭取扱マニュアル (PDF, reportlab): the change float by store type, the old single
#    float in a note, the steps during the day with old thresholds, cash differences by size,
#    then a page break and the table of tills by store with cashless shares of two periods at
#    the top of page 2, age checks, collection of takings, contacts.

CASH_FILENAME = "レジ・金銭取扱マニュアル_第3版.pdf"
CASH_TITLE = "コマクサマート レジ・金銭取扱マニュアル（第3版）"
# Blocks: ("h1" | "p", text), ("table", (column widths in mm, rows)), ("pagebreak", "").
CASH_BLOCKS: list[tuple[str, object]] = [
    ("p", "文書番号：OP-M-003　第3版　改訂：2026年11月1日（令和8年11月1日）　前版：第2版（2024年4月1日）　"
          "作成：本部 店舗運営部"),
    ("h1", "1. 目的と対象"),
    ("p", "レジでの現金・金券の取扱いと、閉店後の精算のやり方を定める。対象は、レジを担当するすべての従業員"
          "（パートタイマー・アルバイトを含む）と、時間帯責任者、店長である。"),
    ("h1", "2. 開店前の準備（釣銭準備金）"),
    ("p", "各レジの釣銭準備金は、店舗の区分に応じて次の額とする。開店30分前までに、時間帯責任者と担当者の2名で金種ごとに"
          "数えてから、レジに入れる。"),
    ("table", ([28, 52, 30, 34, 30], [
        ["店舗区分", "対象の店舗", "有人レジ 1台あたり", "セミセルフ精算機 1台あたり", "サービスカウンター"],
        ["A型（大型店）", "松本南店、上田店", "50,000円", "80,000円", "150,000円"],
        ["B型（標準店）", "松本駅前店、塩尻店、安曇野豊科店、諏訪店", "40,000円", "60,000円", "100,000円"],
        ["C型（小型店）", "岡谷店", "30,000円", "50,000円", "70,000円"],
    ])),
    ("p", "第2版までは、有人レジの釣銭準備金は店舗の区分にかかわらず1台35,000円としていた。"),
    ("h1", "3. 営業中の取扱い"),
    ("p", "(1) 1万円札を受け取ったときは、お客様の前で「1万円お預かりします」と声に出し、お釣りを渡し終えるまで紙幣を"
          "カルトンの上に置いておく。"),
    ("p", "(2) 有人レジの中の1万円札が20枚を超えたら、インカムで時間帯責任者を呼び、中間回収をする（第2版までは30枚）。"),
    ("p", "(3) 両替はサービスカウンターだけで行い、1回1万円までとする。レジでは両替しない。"),
    ("p", "(4) 使えるのは、当社の商品券（500円券・1,000円券、お釣りを出す）と、当社が加盟する共通商品券（お釣りは出さない）"
          "である。レジで使えない金券を出されたときは、サービスカウンターに案内する。"),
    ("h1", "4. 閉店後の精算と過不足"),
    ("p", "レジの精算は、閉店後30分以内に2名（うち1名は時間帯責任者）で行う。精算の結果、現金がレジの記録と合わないとき"
          "（過不足）は、1台1日の額に応じて次のとおり対応する。"),
    ("table", ([42, 62, 38, 32], [
        ["過不足の額（1台1日）", "対応", "報告先", "報告の期限"],
        ["100円未満", "精算表に記録する", "（報告は不要）", "－"],
        ["100円以上1,000円未満", "原因を確かめ、精算表に記録する", "店長", "当日中"],
        ["1,000円以上10,000円未満", "2名で数え直し、防犯カメラの映像を確かめる", "店長、エリアマネージャー", "翌日の正午まで"],
        ["10,000円以上", "店長の立会いで数え直す", "店舗運営部、総務部", "当日中（電話で）"],
    ])),
    ("p", "第2版までは、1,000円以上の過不足はすべて店舗運営部に報告していた。1台1日1,000円以上の過不足は、2024年度が全店で"
          "86件、2025年度が61件であった。"),
    ("h1", "5. 店舗別のレジの台数とキャッシュレス決済の比率"),
    ("p", "2026年10月末の各店のレジの台数と、会計件数に占めるキャッシュレス決済の比率は、次の表のとおりである。"),
    ("pagebreak", ""),
    ("table", ([30, 22, 24, 24, 37, 37], [
        ["店舗", "有人レジ", "セミセルフ", "フルセルフ", "キャッシュレス比率 2025年度", "キャッシュレス比率 2026年度上期"],
        ["松本南店", "4台", "8台", "6台", "58.2%", "63.5%"],
        ["上田店", "4台", "7台", "5台", "52.8%", "57.9%"],
        ["松本駅前店", "2台", "5台", "4台", "61.7%", "66.1%"],
        ["塩尻店", "3台", "6台", "2台", "47.9%", "52.4%"],
        ["安曇野豊科店", "3台", "6台", "3台", "49.3%", "53.8%"],
        ["諏訪店", "3台", "5台", "2台", "44.6%", "49.0%"],
        ["岡谷店", "2台", "3台", "－", "41.2%", "45.7%"],
        ["全店", "21台", "40台", "22台", "51.6%", "56.3%"],
    ])),
    ("p", "キャッシュレス決済の端末の手数料は会社が負担する。岡谷店には、2027年度にフルセルフレジを2台入れる予定である。"),
    ("h1", "6. セルフレジでの酒類の年齢確認"),
    ("p", "セルフレジで酒類が読み取られると、画面が止まり、従業員の確認が必要になる。25歳未満に見えるお客様には、"
          "運転免許証などの身分証を見せていただく（第2版までは「20歳未満に見えるお客様」としていた）。確認を断られたときは販売しない。"),
    ("h1", "7. 売上金の入金"),
    ("p", "精算が終わった売上金は、事務所の入金機に入れる。入金機の現金は、警備会社が毎朝9:30に回収する（日曜日を除く）。"
          "入金機が故障したときは、売上金を金庫に入れて施錠し、本部 総務部に連絡する。"),
    ("h1", "8. 連絡先"),
    ("table", ([70, 50, 54], [
        ["窓口", "連絡先", "受付時間"],
        ["本部 店舗運営部", "内線 2310", "平日 9:00〜18:00"],
        ["本部 総務部（入金機・警備会社）", "内線 2130", "平日 9:00〜18:00"],
        ["レジ保守センター（機器の故障）", "0263-00-7781", "毎日 7:00〜23:00"],
    ])),
    ("h1", "附則"),
    ("p", "この第3版は、2026年11月1日から施行する。問い合わせ先：本部 店舗運営部　tenpo-unei@komakusa-mart.example"),
]
CASH_LAYOUT = ReportLayout(
    body_size=9.5, body_leading=14.5, heading_size=11.5, heading_leading=16, heading_space_before=7,
    heading_space_after=2, title_size=14.5, title_leading=20, table_header_colour="#e4eedc",
    table_gap_mm=2.5, margin_mm=18,
)

# ---------------------------------------------------------------------------------------------
# 3. 店舗別 営業実績 (XLSX): a title row and one header row with the units inside the column
#    names (「売上高 実績（百万円）」); plan beside result and last year; ratios as plain numbers
#    under 「（%）」; departments over two years with gross-margin rates; the chain by month over
#    two years; notes (令和 dates, one corrected figure with its old value, a store left out).

RESULTS_FILENAME = "店舗別_営業実績_2026年度.xlsx"
RESULTS_TITLE = "店舗別 営業実績（2026年度）"
# (店舗, 店舗区分, 売場面積 ㎡, 売上高 計画, 実績, 前年 (百万円), 客数 (千人))
STORE_ROWS: list[tuple[str, str, int, int, int, int, int]] = [
    ("松本南店", "A型", 3850, 5420, 5386, 5247, 2318),
    ("上田店", "A型", 3420, 4680, 4752, 4561, 2046),
    ("松本駅前店", "B型", 1980, 3150, 3208, 3094, 1872),
    ("塩尻店", "B型", 2450, 3320, 3251, 3302, 1525),
    ("安曇野豊科店", "B型", 2600, 3480, 3517, 3366, 1498),
    ("諏訪店", "B型", 2380, 3060, 2987, 3011, 1392),
    ("岡谷店", "C型", 1450, 1890, 1846, 1902, 947),
]
# (部門, 売上高 2025年度, 2026年度 (百万円), 荒利率 2025年度, 2026年度 (%)); the last department
# takes the remainder so that the departments add up to the stores' totals.
DEPARTMENT_ROWS: list[tuple[str, int | None, int | None, float, float]] = [
    ("青果", 3182, 3291, 27.8, 28.4),
    ("鮮魚", 2205, 2148, 29.5, 28.9),
    ("精肉", 2987, 3086, 30.2, 30.6),
    ("惣菜", 2913, 3142, 41.3, 42.1),
    ("日配", 3548, 3605, 24.6, 24.9),
    ("一般食品", 6120, 6198, 21.4, 21.2),
    ("酒類", 1714, 1687, 17.9, 18.3),
    ("日用品・その他", None, None, 26.7, 26.5),
]
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
# Monthly sales and customers of the whole chain (百万円, 千人); March takes the remainder.
MONTHLY_SALES_2025 = [1951, 2043, 1927, 2087, 2164, 1958, 1992, 1961, 2398, 1990, 1838]
MONTHLY_SALES_2026 = [1987, 2069, 1973, 2131, 2190, 2006, 2040, 2012, 2456, 2031, 1872]
MONTHLY_CUSTOMERS_2025 = [951, 992, 948, 1003, 1032, 953, 968, 955, 1084, 962, 901]
MONTHLY_CUSTOMERS_2026 = [940, 978, 936, 991, 1019, 944, 957, 941, 1068, 949, 884]
CUSTOMERS_2025_TOTAL = 11742
RESULTS_NOTES = [
    "注記",
    "1. 2026年度は2026年4月1日から2027年3月31日まで（令和8年4月1日〜令和9年3月31日）。前年は2025年度（令和7年度）。",
    "2. 売上高は税抜。テナント（クリーニング店・薬局）の売上は含まない。",
    "3. 計画は2026年度予算（2026年3月の取締役会で承認）による。計画比・前年比は売上高の比率（%）。",
    "4. 客単価は、売上高を客数（レジを通った会計の件数）で割った値（円、税抜）。",
    "5. 塩尻店の前年（2025年度）の売上高は、本部への振替分を除いた値に訂正した（訂正前は3,328百万円）。",
    "6. 伊那店（2027年9月開店予定）は、この表に含まない。",
    "7. 荒利率の全店計は、部門の売上高で加重した平均。",
    "作成：本部 経営企画部　2027年4月15日（令和9年4月15日）",
]

# ---------------------------------------------------------------------------------------------
# 4. ポイントカードのリニューアル 説明会 (PPTX): a cover, a bullet outline, a table slide of the
#    new ranks, a table slide comparing the current scheme with the new one, membership figures
#    of two years, the schedule in the stores, a table of sign-up targets by store, contacts.

CARD_FILENAME = "コマクサカード_ポイント制度リニューアル説明会.pptx"
CARD_TITLE = "「コマクサカード」ポイント制度のリニューアルについて"
CARD_COVER_LINES = [
    "店舗従業員向け説明会",
    f"{COMPANY} 本部 販売促進部",
    "2027年2月10日（令和9年2月10日）　本部 大会議室（各店へオンライン中継）",
]
CARD_OUTLINE = ("リニューアルの概要", [
    "開始日：2027年4月1日（木）（令和9年4月1日）",
    "ポイントの付与率を、お買上げの金額に応じた4つのランクで変える（現行は一律）",
    "お買物券の発行をやめ、ポイントをレジで1ポイント1円として使えるようにする",
    "ねらい：会員数を2027年度末に210,000人（2026年12月末は186,400人）、会員の売上の比率を75%に",
    "ポイントの原資（値引きの費用）は、2027年度で年2億4,000万円を見込む（2026年度は1億6,800万円）",
])
CARD_RANK_TITLE = "新しいランクとポイントの付与率"
CARD_RANK_TABLE: list[list[str]] = [
    ["ランク", "判定の条件（直近6か月のお買上げ、税抜）", "ポイント付与率", "主な特典", "会員数の見込み"],
    ["レギュラー", "3万円未満", "0.5%", "ポイント2倍デー（毎月5日・20日）", "118,000人"],
    ["シルバー", "3万円以上8万円未満", "1.0%", "誕生月に100ポイント", "49,500人"],
    ["ゴールド", "8万円以上15万円未満", "1.5%", "誕生月に300ポイント、ネットスーパーの配送料が月2回無料", "14,700人"],
    ["プラチナ", "15万円以上", "2.0%", "誕生月に500ポイント、ネットスーパーの配送料が毎回無料", "4,200人"],
]
CARD_RANK_NOTE = ("ランクは毎年4月と10月に判定します。最初の判定（2027年4月）は、2026年10月〜2027年3月のお買上げで行います。"
                  "酒類・商品券・ネットスーパーの配送料は、判定の金額に入りません。")
CARD_COMPARE_TITLE = "現行と新制度の比較"
CARD_COMPARE_TABLE: list[list[str]] = [
    ["項目", "現行（2027年3月31日まで）", "新制度（2027年4月1日から）"],
    ["基本の付与率", "200円（税抜）で1ポイント（0.5%）", "ランクに応じて0.5%〜2.0%"],
    ["ポイントの使い方", "500ポイントごとに500円のお買物券を発行", "レジで1ポイント＝1円として利用（100ポイント以上）"],
    ["ポイントの有効期限", "最後にポイントがついた日から1年", "ポイントがついた日から2年"],
    ["ポイント2倍デー", "毎月5日・20日", "毎月5日・20日（65歳以上の会員は毎週火曜日も）"],
    ["カードの再発行手数料", "300円", "100円（アプリ会員への切替えは無料）"],
    ["入会金・年会費", "無料", "無料"],
]
CARD_FIGURES = ("会員の現状（2026年12月末）", [
    "会員数：186,400人（2025年12月末は171,800人）",
    "うちアプリ会員：72,300人（2025年12月末は48,900人）",
    "会員の売上の比率：71.2%（2025年は68.4%）",
    "2026年に発行したポイント：1億2,470万ポイント、うち使われたポイント：1億1,020万ポイント",
    "お買物券の利用率：88.4%（発行した券のうち期限までに使われた割合）",
    "65歳以上の会員：52,900人（会員の28%）",
])
CARD_SCHEDULE = ("店舗での準備とスケジュール", [
    "2027年2月15日〜3月15日：全従業員がeラーニング（約20分）を受講",
    "2027年3月1日：店頭ポスターとリーフレットを掲出（リーフレットは1店舗2,000部、A型店は3,000部）",
    "2027年3月31日（水）閉店後：レジのシステム更新（23:00〜翌5:00、各店1名が立ち会う）",
    "現行のお買物券：発行は2027年3月31日で終了、利用は2027年9月30日まで",
    "2027年4月1日〜5月31日：入会キャンペーン（入会で300ポイント、アプリ登録でさらに200ポイント）",
])
CARD_TARGET_TITLE = "店舗別 新規入会の目標（キャンペーン期間）"
CARD_TARGET_TABLE: list[list[str]] = [
    ["店舗", "新規入会の目標（2027年4〜5月）", "うちアプリ登録", "新規入会の実績（2026年4〜5月）"],
    ["松本南店", "1,800人", "1,100人", "1,512人"],
    ["上田店", "1,600人", "950人", "1,347人"],
    ["松本駅前店", "1,200人", "850人", "1,038人"],
    ["塩尻店", "1,000人", "600人", "826人"],
    ["安曇野豊科店", "1,000人", "620人", "871人"],
    ["諏訪店", "900人", "520人", "764人"],
    ["岡谷店", "500人", "260人", "402人"],
    ["合計", "8,000人", "4,900人", "6,760人"],
]
CARD_TARGET_NOTE = "従業員の家族の入会も目標に数えます。従業員本人は、すでに全員が会員です（従業員カード）。"
CARD_CONTACTS = ("問い合わせ先", [
    "制度・キャンペーン：本部 販売促進部 CRM担当（内線 2520）card@komakusa-mart.example",
    "レジの画面・システム更新：本部 情報システム部（内線 2650）",
    "お客様からの問い合わせ：コマクサカード会員センター 0263-00-5510（10:00〜18:00、年末年始を除く）",
])

# ---------------------------------------------------------------------------------------------
# 5. 年末年始の営業時間と本部応援 (HTML page of the intranet portal): a table whose header
#    spans each day over 開店 and 閉店 with colspan (and 店舗 down both header rows with
#    rowspan), a closed day written once over both columns; the New Year sale, the osechi
#    orders this year beside last year, the help days with headcounts, a Q&A list, contacts.

NEWYEAR_FILENAME = "年末年始の営業時間と本部応援について_2026年度.html"
NEWYEAR_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>年末年始の営業時間と本部応援について（2026年度） | コマクサマート 社内ポータル</title>
<style>
body { font-family: sans-serif; margin: 0; color: #222; }
header, footer { background: #7a2f3b; color: #fff; padding: 8px 24px; }
nav.crumbs { font-size: 13px; padding: 6px 24px; background: #f6ecee; }
main { padding: 12px 24px; max-width: 1100px; }
table { border-collapse: collapse; margin: 8px 0 16px; }
th, td { border: 1px solid #999; padding: 4px 8px; text-align: center; }
th { background: #f0dde1; }
td.closed { background: #eee; color: #555; }
dt { font-weight: bold; margin-top: 10px; }
.meta { color: #555; font-size: 13px; }
.note { font-size: 13px; }
</style>
</head>
<body>
<header><span>コマクサマート 社内ポータル</span></header>
<nav class="crumbs"><a href="/">ホーム</a> &gt; <a href="/tenpo/">店舗運営</a> &gt; 年末年始の営業時間と本部応援</nav>
<main>
<h1>年末年始の営業時間と本部応援について（2026年度）</h1>
<p class="meta">掲載日：2026年11月20日（令和8年11月20日）　掲載：本部 店舗運営部・人事部</p>

<p>今年度の年末年始の営業時間が決まりました。今回は松本駅前店が初めて元日に営業します（昨年度の元日は全店休業でした）。
お客様から聞かれたときに答えられるよう、自分の店舗だけでなく近くの店舗の営業時間も確認しておいてください。</p>

<h2>店舗別の営業時間</h2>
<table>
<thead>
<tr><th rowspan="2">店舗</th><th colspan="2">通常</th><th colspan="2">12月31日（木）</th><th colspan="2">1月1日（金・祝）</th><th colspan="2">1月2日（土）</th><th colspan="2">1月3日（日）</th></tr>
<tr><th>開店</th><th>閉店</th><th>開店</th><th>閉店</th><th>開店</th><th>閉店</th><th>開店</th><th>閉店</th><th>開店</th><th>閉店</th></tr>
</thead>
<tbody>
<tr><td>松本南店</td><td>9:00</td><td>22:00</td><td>8:00</td><td>19:00</td><td class="closed" colspan="2">休業</td><td>8:00</td><td>20:00</td><td>9:00</td><td>21:00</td></tr>
<tr><td>上田店</td><td>9:00</td><td>21:30</td><td>8:00</td><td>19:00</td><td class="closed" colspan="2">休業</td><td>8:30</td><td>20:00</td><td>9:00</td><td>21:00</td></tr>
<tr><td>松本駅前店</td><td>8:00</td><td>23:00</td><td>8:00</td><td>20:00</td><td>10:00</td><td>18:00</td><td>9:00</td><td>21:00</td><td>9:00</td><td>22:00</td></tr>
<tr><td>塩尻店</td><td>9:30</td><td>21:30</td><td>8:30</td><td>19:00</td><td class="closed" colspan="2">休業</td><td>9:00</td><td>20:00</td><td>9:30</td><td>21:00</td></tr>
<tr><td>安曇野豊科店</td><td>9:30</td><td>21:00</td><td>8:30</td><td>19:00</td><td class="closed" colspan="2">休業</td><td>9:00</td><td>19:00</td><td>9:30</td><td>20:00</td></tr>
<tr><td>諏訪店</td><td>9:30</td><td>21:00</td><td>8:30</td><td>18:30</td><td class="closed" colspan="2">休業</td><td>9:00</td><td>19:00</td><td>9:30</td><td>20:00</td></tr>
<tr><td>岡谷店</td><td>10:00</td><td>20:00</td><td>9:00</td><td>18:00</td><td class="closed" colspan="2">休業</td><td>10:00</td><td>18:00</td><td>10:00</td><td>19:00</td></tr>
</tbody>
</table>
<p class="note">12月30日（水）までと1月4日（月）からは、全店が通常の営業時間です。テナント（クリーニング店・薬局）の営業日は各テナントの掲示に従います。</p>

<h2>初売りと福袋</h2>
<ul>
<li>初売りは1月2日（土）です（松本駅前店は元日から）。開店時に先着でお年玉袋（お菓子の詰め合わせ）を配ります。</li>
<li>福袋は1,000円・3,000円・5,000円の3種類で、全店で合計2,400袋を用意します（昨年度は1,950袋）。5,000円の福袋は松本南店と上田店だけで売ります。</li>
</ul>

<h2>おせち・オードブルの予約</h2>
<ul>
<li>予約の受付は2026年11月1日から12月20日までです。11月30日までの早期予約は10%引きになります。</li>
<li>受取日は12月30日（水）と31日（木）の2日間です。受取は各店のサービスカウンター横の特設コーナーで行います。</li>
<li>全店の予約目標は6,200件です（昨年度の実績は5,486件、その前の年度は4,930件）。</li>
</ul>

<h2>本部社員の店舗応援</h2>
<p>本部の社員は、次の日程で店舗の応援に入ります。応援先と担当の売場は、人事部から12月11日（金）までにメールで知らせます。</p>
<table>
<thead>
<tr><th>応援日</th><th>応援する人数</th><th>主な応援先</th><th>応援先への集合時刻</th></tr>
</thead>
<tbody>
<tr><td>12月29日（火）</td><td>24名</td><td>松本南店、上田店</td><td>7:30</td></tr>
<tr><td>12月30日（水）</td><td>38名</td><td>全店</td><td>7:00</td></tr>
<tr><td>12月31日（木）</td><td>45名</td><td>全店</td><td>6:30</td></tr>
<tr><td>1月2日（土）</td><td>20名</td><td>松本南店、松本駅前店、上田店</td><td>7:30</td></tr>
</tbody>
</table>
<ul>
<li>応援手当は1日4,000円です（2025年度までは3,000円）。昼食は応援先の店舗で弁当を用意します。</li>
<li>自家用車で応援先に行くときは、1kmあたり25円のガソリン代を支給します。</li>
<li>服装は店舗の制服（エプロン・帽子）を応援先で貸し出します。靴は滑りにくいものを各自で用意してください。</li>
</ul>

<h2>よくある質問</h2>
<dl>
<dt>Q. 年末年始も従業員割引は使えますか。</dt>
<dd>A. 12月29日から1月3日までは、従業員割引（通常は5%引き）は使えません。おせち・オードブルは、予約の受付期間中に予約すれば従業員割引の10%引きが使えます（早期予約の割引との併用はできません）。</dd>
<dt>Q. 元日に松本駅前店で働くと、時給はどうなりますか。</dt>
<dd>A. 1月1日の勤務は、時給に1時間あたり500円を加算します。12月29日から31日までと1月2日・3日の勤務は、1時間あたり200円の加算です。</dd>
<dt>Q. 年末は駐車場が混みますか。</dt>
<dd>A. 12月30日と31日は、松本南店と上田店で臨時駐車場（松本南店は120台、上田店は80台）を開き、交通誘導員を置きます。従業員は店舗の駐車場に停めず、指定の従業員駐車場を使ってください。</dd>
<dt>Q. 応援の日に本部の仕事はどうなりますか。</dt>
<dd>A. 12月29日から31日まで、本部は店舗応援のため窓口業務を休みます。急ぎの連絡は、各部の当番（店舗運営部の当番電話 0263-00-2399）にしてください。</dd>
</dl>

<h2>問い合わせ先</h2>
<table>
<thead>
<tr><th>内容</th><th>窓口</th><th>内線</th><th>受付時間</th></tr>
</thead>
<tbody>
<tr><td>営業時間・店舗の体制</td><td>本部 店舗運営部</td><td>2310</td><td>平日 9:00〜18:00</td></tr>
<tr><td>応援の割当て・応援手当</td><td>本部 人事部</td><td>2210</td><td>平日 9:00〜18:00</td></tr>
<tr><td>おせち・福袋</td><td>本部 販売促進部</td><td>2520</td><td>平日 9:00〜18:00</td></tr>
</tbody>
</table>
<p>メール：tenpo-unei@komakusa-mart.example</p>
</main>
<footer><small>株式会社コマクサマート 社内ポータル（社外秘）</small></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Builders.

def _docx_east_asian_font(run_or_style: object) -> None:
    from docx.oxml.ns import qn

    element = run_or_style.element  # type: ignore[attr-defined]
    properties = element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = properties.makeelement(qn("w:rFonts"), {})
        properties.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)


def _docx_shade(cell: object, fill: str, bold: bool) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)  # type: ignore[attr-defined]
    for paragraph in cell.paragraphs:  # type: ignore[attr-defined]
        for run in paragraph.runs:
            run.font.bold = bold


def _docx_header_row(row: object) -> None:
    """Mark a table row as a header row repeated on each page, and shade its cells."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    row_properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row_properties.append(header)
    for cell in row.cells:  # type: ignore[attr-defined]
        _docx_shade(cell, "E4EEDC", True)


def build_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = Document()
    for style_name in ("Normal", "Title", "Heading 1", "Table Grid"):
        _docx_east_asian_font(document.styles[style_name])
    document.styles["Normal"].font.size = Pt(10.5)
    document.core_properties.title = REDUCTION_TITLE
    document.core_properties.author = "コマクサマート 品質管理室"
    document.core_properties.last_modified_by = "コマクサマート 品質管理室"
    document.core_properties.created = FIXED_MOMENT
    document.core_properties.modified = FIXED_MOMENT
    document.add_heading(REDUCTION_TITLE, level=0)
    for kind, content in REDUCTION_BODY:
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
            _docx_header_row(table.rows[0])
        elif kind == "merged_first_column":
            header, groups = content  # type: ignore[misc]
            row_count = 1 + sum(len(rows) for _label, rows in groups)
            table = document.add_table(rows=row_count, cols=len(header))
            table.style = document.styles["Table Grid"]
            for column_index, value in enumerate(header):
                table.cell(0, column_index).text = value
            row_index = 1
            for label, rows in groups:
                first, last = row_index, row_index + len(rows) - 1
                for row in rows:
                    for column_index, value in enumerate(row, start=1):
                        table.cell(row_index, column_index).text = value
                    row_index += 1
                # The department stands once, merged down over its rows, as people draw it.
                merged = table.cell(first, 0).merge(table.cell(last, 0)) if last > first else table.cell(first, 0)
                merged.text = label
                merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                _docx_shade(merged, "F4F4F4", True)
            _docx_header_row(table.rows[0])
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_pdf(path: Path) -> None:
    """As corpus_tools.reportlab_pdf, with one more kind of block: a page break, so that the table
    of tills starts at the top of page 2 while its heading and lead-in stay on page 1."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    layout = CASH_LAYOUT
    pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    body = ParagraphStyle("body", fontName=CID_FONT, fontSize=layout.body_size, leading=layout.body_leading, wordWrap="CJK")
    heading = ParagraphStyle("heading", parent=body, fontSize=layout.heading_size, leading=layout.heading_leading,
                             spaceBefore=layout.heading_space_before, spaceAfter=layout.heading_space_after)
    title_style = ParagraphStyle("title", parent=body, fontSize=layout.title_size, leading=layout.title_leading, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12)
    flow: list[object] = [Paragraph(CASH_TITLE, title_style)]
    for kind, content in CASH_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "pagebreak":
            flow.append(PageBreak())
        elif kind == "table":
            widths, rows = content  # type: ignore[misc]
            table = Table([[Paragraph(value, cell) for value in row] for row in rows], repeatRows=1,
                          colWidths=[width * mm for width in widths])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(layout.table_header_colour)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            flow.extend([table, Spacer(1, layout.table_gap_mm * mm)])
    margin = layout.margin_mm * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=CASH_TITLE, author="コマクサマート 店舗運営部",
                                 leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin)
    document.build(flow)


def _department_rows() -> list[tuple[str, int, int, float, float]]:
    sales_2026 = sum(row[4] for row in STORE_ROWS)
    sales_2025 = sum(row[5] for row in STORE_ROWS)
    known_2025 = sum(row[1] or 0 for row in DEPARTMENT_ROWS)
    known_2026 = sum(row[2] or 0 for row in DEPARTMENT_ROWS)
    rows = []
    for name, last_year, this_year, margin_last, margin_this in DEPARTMENT_ROWS:
        rows.append((name, sales_2025 - known_2025 if last_year is None else last_year,
                     sales_2026 - known_2026 if this_year is None else this_year, margin_last, margin_this))
    return rows


def _with_remainder(months: list[int], total: int) -> list[int]:
    return [*months, total - sum(months)]


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="8E8E8E")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor="E4EEDC")
    total_fill = PatternFill("solid", fgColor="EFEFEF")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def title(sheet: object, text: str, width: int) -> None:
        sheet.cell(row=1, column=1, value=text).font = Font(bold=True, size=14)  # type: ignore[attr-defined]
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)  # type: ignore[attr-defined]

    def header(sheet: object, labels: list[str], row: int) -> None:
        for index, label in enumerate(labels, start=1):
            cell = sheet.cell(row=row, column=index, value=label)  # type: ignore[attr-defined]
            cell.font = Font(bold=True)
            cell.fill = header_fill
            cell.border = border
            cell.alignment = centre

    def put(sheet: object, row: int, column: int, value: object, number_format: str | None, total: bool) -> None:
        cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
        if number_format:
            cell.number_format = number_format
        cell.border = border
        if total:
            cell.font = Font(bold=True)
            cell.fill = total_fill

    workbook = Workbook()
    workbook.remove(workbook.active)

    # 店舗別: one header row, units in the column names, ratios as numbers under （%）.
    sheet = workbook.create_sheet("店舗別")
    labels = ["店舗", "店舗区分", "売場面積（㎡）", "売上高 計画（百万円）", "売上高 実績（百万円）", "計画比（%）",
              "前年の売上高（百万円）", "前年比（%）", "客数（千人）", "客単価（円）"]
    title(sheet, "店舗別 営業実績（2026年度：2026年4月〜2027年3月）", len(labels))
    header(sheet, labels, 3)
    totals = [sum(row[index] for row in STORE_ROWS) for index in range(2, 7)]
    rows = [*STORE_ROWS, ("全店計", "", *totals)]
    for offset, (name, kind, area, plan, result, last_year, customers) in enumerate(rows):
        row = 4 + offset
        total = name == "全店計"
        values = [
            (name, None), (kind or None, None), (area, "#,##0"), (plan, "#,##0"), (result, "#,##0"),
            (round(result / plan * 100, 1), "0.0"), (last_year, "#,##0"), (round(result / last_year * 100, 1), "0.0"),
            (customers, "#,##0"), (round(result * 1_000_000 / (customers * 1000)), "#,##0"),
        ]
        for column, (value, number_format) in enumerate(values, start=1):
            put(sheet, row, column, value, number_format, total)
    sheet.column_dimensions["A"].width = 16
    for letter in "BCDEFGHIJ":
        sheet.column_dimensions[letter].width = 13
    sheet.freeze_panes = "B4"

    # 部門別: two fiscal years of sales and gross-margin rates, share of this year.
    sheet = workbook.create_sheet("部門別")
    labels = ["部門", "2025年度 売上高（百万円）", "2026年度 売上高（百万円）", "前年比（%）", "構成比（%）",
              "2025年度 荒利率（%）", "2026年度 荒利率（%）"]
    title(sheet, "部門別 売上高と荒利率（全店、2025年度・2026年度）", len(labels))
    header(sheet, labels, 3)
    departments = _department_rows()
    all_2025 = sum(row[1] for row in departments)
    all_2026 = sum(row[2] for row in departments)
    margin_2025 = round(sum(row[1] * row[3] for row in departments) / all_2025, 1)
    margin_2026 = round(sum(row[2] * row[4] for row in departments) / all_2026, 1)
    for offset, (name, last_year, this_year, margin_last, margin_this) in enumerate(
            [*departments, ("全店計", all_2025, all_2026, margin_2025, margin_2026)]):
        row = 4 + offset
        total = name == "全店計"
        values = [
            (name, None), (last_year, "#,##0"), (this_year, "#,##0"), (round(this_year / last_year * 100, 1), "0.0"),
            (round(this_year / all_2026 * 100, 1), "0.0"), (margin_last, "0.0"), (margin_this, "0.0"),
        ]
        for column, (value, number_format) in enumerate(values, start=1):
            put(sheet, row, column, value, number_format, total)
    sheet.column_dimensions["A"].width = 16
    for letter in "BCDEFG":
        sheet.column_dimensions[letter].width = 16

    # 月別（全店）: the chain by month, two fiscal years side by side.
    sheet = workbook.create_sheet("月別（全店）")
    labels = ["月", "2025年度 売上高（百万円）", "2026年度 売上高（百万円）", "前年比（%）",
              "2025年度 客数（千人）", "2026年度 客数（千人）"]
    title(sheet, "月別 売上高・客数（全店、2025年度・2026年度）", len(labels))
    header(sheet, labels, 3)
    sales_2025 = _with_remainder(MONTHLY_SALES_2025, all_2025)
    sales_2026 = _with_remainder(MONTHLY_SALES_2026, all_2026)
    customers_2025 = _with_remainder(MONTHLY_CUSTOMERS_2025, CUSTOMERS_2025_TOTAL)
    customers_2026 = _with_remainder(MONTHLY_CUSTOMERS_2026, totals[4])
    for index, month in enumerate(MONTHS):
        row = 4 + index
        values = [
            (month, None), (sales_2025[index], "#,##0"), (sales_2026[index], "#,##0"),
            (round(sales_2026[index] / sales_2025[index] * 100, 1), "0.0"),
            (customers_2025[index], "#,##0"), (customers_2026[index], "#,##0"),
        ]
        for column, (value, number_format) in enumerate(values, start=1):
            put(sheet, row, column, value, number_format, False)
    row = 4 + len(MONTHS)
    values = [("年度計", None), (all_2025, "#,##0"), (all_2026, "#,##0"), (round(all_2026 / all_2025 * 100, 1), "0.0"),
              (CUSTOMERS_2025_TOTAL, "#,##0"), (totals[4], "#,##0")]
    for column, (value, number_format) in enumerate(values, start=1):
        put(sheet, row, column, value, number_format, True)
    sheet.column_dimensions["A"].width = 10
    for letter in "BCDEF":
        sheet.column_dimensions[letter].width = 16

    notes = workbook.create_sheet("注記")
    for index, line in enumerate(RESULTS_NOTES, start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 100
    save_workbook(workbook, path, title=RESULTS_TITLE, creator="コマクサマート 本部 経営企画部", moment=FIXED_MOMENT)


def _bullet_slide(presentation: object, title: str, lines: list[str]) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.6, 0.3, 12.1, 1.0)
    pptx_fill(slide.shapes.title.text_frame, [title], 30)
    body = slide.placeholders[1]
    pptx_place(body, 0.6, 1.4, 12.1, 5.6)
    pptx_fill(body.text_frame, lines, 18)


def _table_slide(presentation: object, title: str, rows: list[list[str]], widths: list[float], note: str,
                 size: int, bold_last: bool) -> None:
    from pptx.util import Inches

    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # type: ignore[attr-defined]  # title only
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
            cell.text_frame.word_wrap = True
            run = cell.text_frame.paragraphs[0].add_run()
            run.text = value
            pptx_font(run, size)
            if row_index == 0 or (bold_last and row_index == len(rows) - 1):
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
    pptx_fill(cover.shapes.title.text_frame, [CARD_TITLE], 36)
    pptx_place(cover.placeholders[1], 0.6, 3.8, 12.1, 2.0)
    pptx_fill(cover.placeholders[1].text_frame, CARD_COVER_LINES, 20)

    _bullet_slide(presentation, *CARD_OUTLINE)
    _table_slide(presentation, CARD_RANK_TITLE, CARD_RANK_TABLE, [1.6, 3.2, 1.7, 3.9, 1.7], CARD_RANK_NOTE, 15, False)
    _table_slide(presentation, CARD_COMPARE_TITLE, CARD_COMPARE_TABLE, [2.9, 4.4, 4.8],
                 "※ 現行のお買物券は、2027年9月30日まで使えます。", 15, False)
    _bullet_slide(presentation, *CARD_FIGURES)
    _bullet_slide(presentation, *CARD_SCHEDULE)
    _table_slide(presentation, CARD_TARGET_TITLE, CARD_TARGET_TABLE, [2.5, 3.4, 2.6, 3.6], CARD_TARGET_NOTE, 15, True)
    _bullet_slide(presentation, *CARD_CONTACTS)

    properties = presentation.core_properties
    properties.title = CARD_TITLE
    properties.author = "コマクサマート 本部 販売促進部"
    properties.last_modified_by = "コマクサマート 本部 販売促進部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def main() -> None:
    written: list[Path] = []
    rules = HERE / REDUCTION_FILENAME
    build_docx(rules)
    written.append(rules)
    cash = HERE / CASH_FILENAME
    build_pdf(cash)
    written.append(cash)
    results = HERE / RESULTS_FILENAME
    build_xlsx(results)
    written.append(results)
    card = HERE / CARD_FILENAME
    build_pptx(card)
    written.append(card)
    newyear = HERE / NEWYEAR_FILENAME
    newyear.write_text(NEWYEAR_HTML, encoding="utf-8")
    written.append(newyear)
    print_sizes(written)


if __name__ == "__main__":
    main()
