"""Write the five documents of the sixteenth holdout corpus (tests/data/holdout16/README.md).

One fictional regional credit union, 萌木信用金庫 (もえぎしんきん; head office in the fictional 萌木市;
five branches, 本店営業部, 萌木駅南支店, 桐ヶ丘支店, 川津支店 and 美園町支店; two ATM corners outside
the branches), and five documents its staff and customers would look things up in: the fee rules as
Word (transfer fees by channel, payee and amount, new beside old, and the coin-exchange fee banded by
the number of coins with a two-row header, the counter and the exchange machine each over 改定後 and
改定前), the business report of fiscal 2026 as a PDF (loans by industry at two year ends, a table that
crosses a page break), the branch figures as Excel (ATM transactions month by month and branch by
branch, deposits and loans by branch at two dates, housing loans by branch), a deck for the branch
managers' meeting as PowerPoint (the housing-loan rates and the spring time-deposit campaign, each
with a rule in a note and speaker notes), and a notice on the web site as HTML (ATM hours new and
old, the off-hours fee, the counters' lunch break and a branch moving). Every name, address,
telephone number and figure here is invented (e-mail domains end in `.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the HTML page is
fixed text.

    .venv/bin/python tests/data/holdout16/make_holdout16.py
"""

from __future__ import annotations

import datetime
import html
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
    reportlab_pdf,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 3, 18, 10, 0, 0)
ORGANISATION = "萌木信用金庫"
HEADER_FILL = "DDEBF7"

# ---------------------------------------------------------------------------------------------
# Figures shared by more than one document.

BRANCHES = ["本店営業部", "萌木駅南支店", "桐ヶ丘支店", "川津支店", "美園町支店"]
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]

# ATM transactions of 2026年度 by month and branch (件)
ATM = {
    "本店営業部": [27845, 28316, 26972, 28105, 27438, 26819, 27563, 26947, 31284, 27196, 26408, 29753],
    "萌木駅南支店": [34218, 35067, 33481, 34925, 33706, 33142, 34387, 33590, 38416, 33874, 32659, 36208],
    "桐ヶ丘支店": [12063, 12418, 11857, 12336, 12941, 11704, 12185, 11926, 13472, 11839, 11407, 12658],
    "川津支店": [8942, 9215, 8764, 9108, 9386, 8691, 8957, 8803, 9874, 8726, 8435, 9317],
    "美園町支店": [7516, 7683, 7294, 7602, 7845, 7218, 7439, 7361, 8127, 7285, 7046, 7731],
}
ATM_MONTH_TOTALS = [sum(ATM[branch][index] for branch in BRANCHES) for index in range(12)]
ATM_TOTAL = sum(ATM_MONTH_TOTALS)

# 業種, 貸出金残高 2026年3月末, 2027年3月末 (百万円)
INDUSTRY_LOANS = [
    ("製造業", 14286, 14952),
    ("農業・林業", 1873, 1806),
    ("漁業", 412, 389),
    ("建設業", 8354, 8917),
    ("電気・ガス・熱供給・水道業", 1527, 1964),
    ("情報通信業", 683, 745),
    ("運輸業・郵便業", 3918, 3842),
    ("卸売業", 4126, 4307),
    ("小売業", 5742, 5518),
    ("金融業・保険業", 2305, 2461),
    ("不動産業", 15836, 16724),
    ("物品賃貸業", 917, 884),
    ("宿泊業", 1264, 1382),
    ("飲食業", 2038, 1976),
    ("医療・福祉", 4582, 4913),
    ("教育・学習支援業", 396, 428),
    ("その他のサービス業", 3857, 3965),
    ("地方公共団体", 6420, 6185),
    ("個人（住宅ローン）", 18934, 19862),
    ("個人（その他）", 2478, 2396),
]
LOANS_2026 = sum(row[1] for row in INDUSTRY_LOANS)
LOANS_2027 = sum(row[2] for row in INDUSTRY_LOANS)

# 店舗, 預金残高 2026年3月末, 2027年3月末, 貸出金残高 2026年3月末, 2027年3月末 (百万円);
# the head office's loans are what the other branches leave of the total by industry.
_OTHER_BRANCHES = [
    ("萌木駅南支店", 46915, 48203, 27846, 28915),
    ("桐ヶ丘支店", 31408, 31962, 15327, 15864),
    ("川津支店", 24736, 24518, 12958, 12703),
    ("美園町支店", 19627, 20431, 8412, 8876),
]
BRANCH_BALANCES = [
    ("本店営業部", 58372, 59846,
     LOANS_2026 - sum(row[3] for row in _OTHER_BRANCHES), LOANS_2027 - sum(row[4] for row in _OTHER_BRANCHES)),
] + _OTHER_BRANCHES
BALANCE_TOTALS = [sum(row[index] for row in BRANCH_BALANCES) for index in range(1, 5)]
DEPOSITS_2026, DEPOSITS_2027 = BALANCE_TOTALS[0], BALANCE_TOTALS[1]

# 店舗, 住宅ローンの実行件数 (件), 実行額 (百万円), 平均実行金利
HOUSING_LOANS = [
    ("本店営業部", 38, 1052.6, 0.00842),
    ("萌木駅南支店", 61, 1874.3, 0.00815),
    ("桐ヶ丘支店", 47, 1386.9, 0.00867),
    ("川津支店", 22, 598.4, 0.00903),
    ("美園町支店", 29, 812.7, 0.00879),
]
HOUSING_COUNT = sum(row[1] for row in HOUSING_LOANS)
HOUSING_AMOUNT = round(sum(row[2] for row in HOUSING_LOANS), 1)
HOUSING_RATE = sum(row[2] * row[3] for row in HOUSING_LOANS) / sum(row[2] for row in HOUSING_LOANS)


def _n(value: int) -> str:
    return f"{value:,}"


def _change(value: int) -> str:
    """An increase as +N, a decrease as △N, the way Japanese financial tables write them."""
    return f"+{value:,}" if value > 0 else (f"△{-value:,}" if value < 0 else "0")


# ---------------------------------------------------------------------------------------------
# 1. DOCX: the fee rules.

RULES_FILENAME = "諸手数料規程_2027年4月改定.docx"
RULES_TITLE = "萌木信用金庫 諸手数料規程（2027年4月改定）"

TRANSFER_TABLE = [
    ["振込の方法", "振込先", "振込金額", "改定後（1件）", "改定前（1件）"],
    ["窓口", "当金庫あて", "3万円未満", "440円", "330円"],
    ["窓口", "当金庫あて", "3万円以上", "660円", "550円"],
    ["窓口", "他金融機関あて", "3万円未満", "770円", "660円"],
    ["窓口", "他金融機関あて", "3万円以上", "990円", "880円"],
    ["ATM（キャッシュカード）", "当金庫あて", "3万円未満", "110円", "110円"],
    ["ATM（キャッシュカード）", "当金庫あて", "3万円以上", "220円", "220円"],
    ["ATM（キャッシュカード）", "他金融機関あて", "3万円未満", "330円", "275円"],
    ["ATM（キャッシュカード）", "他金融機関あて", "3万円以上", "495円", "440円"],
    ["もえぎWebバンキング", "当金庫あて", "金額にかかわらず", "無料", "無料"],
    ["もえぎWebバンキング", "他金融機関あて", "3万円未満", "165円", "220円"],
    ["もえぎWebバンキング", "他金融機関あて", "3万円以上", "264円", "330円"],
]

# 両替する枚数, 窓口 改定後, 改定前, 両替機 改定後, 改定前 (1回あたり)
EXCHANGE_ROWS = [
    ("1枚〜50枚", "無料", "無料", "200円", "100円"),
    ("51枚〜300枚", "440円", "330円", "300円", "200円"),
    ("301枚〜500枚", "770円", "550円", "400円", "300円"),
    ("501枚〜1,000枚", "1,100円", "880円", "600円", "400円"),
    ("1,001枚以上", "500枚ごとに550円を加算", "500枚ごとに440円を加算", "取扱いなし", "取扱いなし"),
]

RULES_BODY: list[tuple[str, object]] = [
    ("right", "令和9年（2027年）2月24日 理事会決議　令和9年（2027年）4月1日 施行"),
    ("h1", "第1条 目的及び適用"),
    ("p", "この規程は、萌木信用金庫（以下「当金庫」という。）が預金、為替その他の取引について申し受ける手数料の額を"
          "定める。改定後の手数料は、令和9年（2027年）4月1日以後に受け付けた取引に適用し、同日より前に受け付けた取引"
          "（同日以後に処理する予約扱いの振込を含む。）には改定前の手数料を適用する。手数料の額は消費税等を含む。"),
    ("h1", "第2条 振込手数料"),
    ("p", "振込手数料は、振込の方法、振込先及び1件の振込金額に応じて次の表のとおりとする。"),
    ("table", TRANSFER_TABLE),
    ("p", "同一店内の同一名義の口座あての振込は、振込の方法にかかわらず無料とする。振込金額は振込手数料を含まない額"
          "で判定し、3万円ちょうどの振込は3万円以上の区分とする。"),
    ("h1", "第3条 両替手数料"),
    ("p", "両替手数料は、1回に両替する枚数に応じて次の表のとおりとする。"),
    ("exchange_table", None),
    ("p", "注1：枚数は、お持ちになった紙幣・硬貨の枚数と、お受け取りになる紙幣・硬貨の枚数のいずれか多い方で数える。"),
    ("p", "注2：同じ日に同じお客さまが複数回両替するときは、枚数を合算して手数料を計算する。"),
    ("p", "注3：両替機の利用には両替専用カードが必要である。両替専用カードの年会費は2,200円（改定前1,650円）とする。"),
    ("p", "注4：汚損した紙幣・硬貨の引換え及び記念硬貨の引換えは無料とする。"),
    ("h1", "第4条 硬貨入金整理手数料"),
    ("p", "窓口で硬貨を入金するときは、1回につき100枚までは無料とし、101枚以上500枚までは550円（改定前330円）、"
          "501枚以上1,000枚までは1,100円（改定前770円）、1,001枚以上は500枚ごとに550円（改定前440円）を加算する。"
          "ATMでの硬貨の入金（1回100枚まで）は無料とする。"),
    ("h1", "第5条 証明書及び再発行の手数料"),
    ("p", "残高証明書は1通につき880円（改定前770円）、毎月又は毎年継続して発行する残高証明書は1通につき660円"
          "（改定前550円）とする。通帳又は証書の再発行は1冊（1通）につき1,650円（改定前1,100円）、キャッシュカードの"
          "再発行は1枚につき1,320円（改定前1,100円）とする。取引履歴明細書は1か月分ごとに330円（改定前220円）とする。"),
    ("h1", "第6条 未利用口座管理手数料（今回の改定で新設）"),
    ("p", "最後に入金又は出金をした日から2年以上入出金のない普通預金口座で、残高が1万円未満のものについて、"
          "未利用口座管理手数料として年1,320円を毎年4月の第2営業日に口座から引き落とす。残高が手数料に満たないときは"
          "残高の全額を引き落とし、口座を解約する。20歳未満のお客さまの口座と、年金の受取口座は対象としない。最初の"
          "引落としは令和10年（2028年）4月とする。"),
    ("h1", "第7条 貸金庫使用料"),
    ("p", "貸金庫の使用料は、年額で、小型（高さ6cm）は13,200円（改定前11,880円）、中型（高さ12cm）は19,800円"
          "（改定前17,160円）、大型（高さ24cm）は29,040円（改定前25,080円）とする。使用料は毎年4月に1年分を"
          "前払いで申し受け、年度の途中で解約したときは返還しない。"),
    ("h1", "第8条 手数料の免除"),
    ("p", "当金庫の会員で年金の受取口座を指定しているお客さま（もえぎ年金倶楽部の会員）は、ATMで当金庫あてに振り込む"
          "ときの振込手数料を月3回まで無料とする。事業性の取引、両替手数料及び貸金庫使用料は免除の対象としない。"),
    ("h1", "第9条 問い合わせ"),
    ("p", "この規程に関する問い合わせは、萌木信用金庫 事務統括部（電話 0246-00-5120、"
          "tesuryo@moegi-shinkin.example）で受け付ける。"),
]

# ---------------------------------------------------------------------------------------------
# 2. PDF: the business report of fiscal 2026.

REPORT_FILENAME = "業務報告書_2026年度_貸出金の状況.pdf"
REPORT_TITLE = "萌木信用金庫 令和8年度（2026年度）業務報告書　―貸出金の状況―"

LOAN_TABLE = [["業種", "2026年3月末（百万円）", "2027年3月末（百万円）", "増減（百万円）", "構成比（%）"]] + [
    [name, _n(before), _n(after), _change(after - before), f"{after / LOANS_2027 * 100:.1f}"]
    for name, before, after in INDUSTRY_LOANS
] + [["合計", _n(LOANS_2026), _n(LOANS_2027), _change(LOANS_2027 - LOANS_2026), "100.0"]]

REPORT_BLOCKS: list[tuple[str, object]] = [
    ("p", "令和9年（2027年）6月 萌木信用金庫 経営企画部・融資部"),
    ("h1", "1. 経営の概況"),
    ("p", "この報告書は、2026年度（令和8年度、2026年4月1日から2027年3月31日まで）の当金庫の預金と貸出金の状況、"
          "損益と健全性の指標をまとめたものである。当金庫は萌木市、桐ヶ丘町及び川津村を営業地域とする信用金庫で、"
          "5か店と2か所の店舗外ATMで営業している。"),
    ("p", f"2027年3月末の預金残高は{_n(DEPOSITS_2027)}百万円（前年度末{_n(DEPOSITS_2026)}百万円）、貸出金残高は"
          f"{_n(LOANS_2027)}百万円（前年度末{_n(LOANS_2026)}百万円）で、預貸率は"
          f"{LOANS_2027 / DEPOSITS_2027 * 100:.2f}%（前年度末{LOANS_2026 / DEPOSITS_2026 * 100:.2f}%）であった。"
          "当期純利益は1,284百万円（前年度1,105百万円）、コア業務純益は2,037百万円（前年度1,862百万円）であった。"),
    ("p", "自己資本比率（国内基準）は10.74%（前年度末10.52%）、金融再生法開示債権比率は2.86%（前年度末3.12%）で"
          "ある。会員数は2027年3月末で48,215人（前年度末48,930人）、常勤役職員は412人（前年度末425人）である。"),
    ("p", f"2026年度の住宅ローンの実行は{HOUSING_COUNT}件、{HOUSING_AMOUNT:,.1f}百万円（前年度164件、4,862.5百万円）"
          "で、変動金利型が件数の7割を占めた。事業者向けでは、萌木市の創業支援制度と連携した創業融資を38件"
          "（前年度29件）実行した。"),
    ("h1", "2. 業種別の貸出金残高"),
    ("p", "業種別の貸出金残高は、次の表のとおりである（増減は2027年3月末の残高から2026年3月末の残高を引いた値、"
          "構成比は2027年3月末の貸出金総額に対する割合。△は減少を表す）。個人向けの貸出金は、住宅ローンとその他"
          "（カードローン、マイカーローン、教育資金等）に分けた。"),
    ("table", LOAN_TABLE),
    ("p", "不動産業は、萌木駅南地区の賃貸住宅の建設資金が増えて前年度末を上回った。電気・ガス・熱供給・水道業は、"
          "市内の事業者による太陽光発電設備の設置資金の融資が増えた。地方公共団体向けは、萌木市への証書貸付の返済が"
          "進んで減少した。"),
    ("h1", "3. 2027年度の取組"),
    ("p", "住宅ローンは4月から金利を見直し、事務取扱手数料を改定する。事業者向けには、事業承継と設備投資の相談窓口を"
          "本店営業部に設ける。貸出金残高を2028年3月末に125,000百万円とすることを目標とする。"),
    ("h1", "4. 問い合わせ先"),
    ("p", "この報告書についての問い合わせは、萌木信用金庫 経営企画部（電話 0246-00-5150、"
          "kikaku@moegi-shinkin.example）まで。"),
]

REPORT_LAYOUT = ReportLayout(
    body_size=10.5, body_leading=17, heading_size=13, heading_leading=19, heading_space_before=9,
    heading_space_after=4, title_size=14, title_leading=20, table_header_colour="#" + HEADER_FILL,
    table_gap_mm=4, margin_mm=20,
)

# ---------------------------------------------------------------------------------------------
# 3. XLSX: the branch figures.

FIGURES_FILENAME = "店舗別計数_2026年度.xlsx"

# ---------------------------------------------------------------------------------------------
# 4. PPTX: the deck for the branch managers' meeting.

BRIEF_FILENAME = "2027年度_住宅ローン金利と定期預金キャンペーン_支店長会議.pptx"
BRIEF_TITLE = "2027年度 住宅ローン金利の見直しと春の定期預金キャンペーン"
BRIEF_COVER = ["萌木信用金庫 融資部・営業推進部",
               "令和9年（2027年）3月15日 支店長会議"]
HOUSING_TITLE = "住宅ローンの金利（年利・2027年4月1日実行分から）"
HOUSING_TABLE = [
    ["金利タイプ", "店頭金利（4月から）", "店頭金利（3月まで）", "最優遇金利（4月から）", "最優遇金利（3月まで）"],
    ["変動金利型", "2.675%", "2.475%", "0.825%", "0.675%"],
    ["固定金利選択型（3年）", "3.150%", "3.050%", "1.100%", "0.950%"],
    ["固定金利選択型（5年）", "3.400%", "3.250%", "1.300%", "1.150%"],
    ["固定金利選択型（10年）", "3.900%", "3.700%", "1.650%", "1.450%"],
    ["全期間固定型（35年）", "4.200%", "3.950%", "2.150%", "1.900%"],
]
HOUSING_NOTE = ("事務取扱手数料は1件55,000円（3月までは33,000円）。保証料は金利に年0.20%を上乗せ（3月までは年0.15%）。"
                "最優遇金利は、給与振込と公共料金2件以上の口座振替を当金庫にしている方に適用します。")
HOUSING_SPEAKER = ("4月の金利は、3月末の短期プライムレートを見て最終決定します。3月中に本審査を終えたお客さまでも、実行が"
                   "4月以後なら4月の金利になることを必ず説明してください。借換えの相談は2026年度に前年度の1.4倍に"
                   "増えています。")
CAMPAIGN_TITLE = "もえぎ春の定期預金キャンペーン（2027年4月1日〜6月30日）"
CAMPAIGN_TABLE = [
    ["預入期間", "店頭金利（4月から）", "キャンペーン金利（2027年）", "キャンペーン金利（2026年）"],
    ["1年", "0.300%", "0.450%", "0.250%"],
    ["2年", "0.350%", "0.500%", "0.300%"],
    ["3年", "0.400%", "0.600%", "0.350%"],
    ["5年", "0.500%", "0.700%", "0.400%"],
]
CAMPAIGN_NOTE = ("お一人さま1回限り、新たにお預け入れいただく50万円以上1,000万円以下が対象です（2026年は100万円以上500万円以下）。"
                 "年金の受取口座を当金庫に指定している方は、キャンペーン金利に年0.05%を上乗せします。")
CAMPAIGN_SPEAKER = ("2026年の春のキャンペーンでは、新規の預入れが2,184件、7,926百万円でした。今年は預入れの下限を"
                    "下げたので、件数の目標を3,000件とします。満期の自動継続は店頭金利になることを説明してください。")
POINTS_TITLE = "2027年度の重点事項"
POINTS = [
    "・新しい住宅ローン金利を、4月1日実行分から適用する",
    "・借換えのご相談を、土曜日の住宅ローン相談会で受け付ける",
    "・定期預金キャンペーンを、年金受取口座の指定と合わせて案内する",
    "・新しい手数料とATMの稼働時間を、窓口とウェブサイトで案内する",
]

# ---------------------------------------------------------------------------------------------
# 5. HTML: a notice on the web site.

NOTICE_FILENAME = "お知らせ_ATM稼働時間と窓口営業時間の変更.html"
NOTICE_TITLE = "ATMの稼働時間と窓口の営業時間の変更について"

ATM_HOURS = [
    ["設置場所", "曜日", "2027年4月1日から", "2027年3月31日まで"],
    ["本店営業部・萌木駅南支店", "平日", "7:00〜23:00", "8:00〜21:00"],
    ["本店営業部・萌木駅南支店", "土曜・日曜・祝日", "8:00〜21:00", "9:00〜19:00"],
    ["桐ヶ丘支店・川津支店・美園町支店", "平日", "8:00〜21:00", "8:45〜19:00"],
    ["桐ヶ丘支店・川津支店・美園町支店", "土曜・日曜・祝日", "9:00〜19:00", "9:00〜17:00"],
    ["店舗外ATM（萌木市役所・萌木中央病院）", "平日", "8:45〜19:00", "8:45〜18:00"],
    ["店舗外ATM（萌木市役所・萌木中央病院）", "土曜", "9:00〜17:00", "休止"],
]

NOTICE_SECTIONS: list[tuple[str, list[object]]] = [
    ("ATMの稼働時間", [
        "2027年（令和9年）4月1日（木）から、ATMの稼働時間を次のとおり延長します。",
        ATM_HOURS,
        "店舗外ATMは、日曜日と祝日は休止します（変更ありません）。",
        "1月1日から1月3日までは、すべてのATMが9:00〜17:00の稼働となります。",
    ]),
    ("ATMの時間外手数料", [
        "平日の8:45までと18:00以後、土曜・日曜・祝日にキャッシュカードで引き出すときの時間外手数料は、4月1日から"
        "1回110円（3月までは220円）になります。平日の8:45〜18:00は無料です。",
        "もえぎ年金倶楽部の会員の方は、時間外手数料が月4回まで無料です（3月までは月2回まで）。",
        "コンビニATMでのお取引の時間と手数料は、今回は変わりません。",
    ]),
    ("窓口の営業時間", [
        "窓口の営業時間は、平日の9:00〜15:00で変わりません。",
        "2027年5月10日（月）から、桐ヶ丘支店と川津支店の窓口は、11:30〜12:30のあいだ昼休みのためお休みします。"
        "この時間もATMはご利用いただけます。",
        "住宅ローン相談会は、本店営業部で毎月第2・第4土曜日の10:00〜16:00に開きます（予約制）。",
    ]),
    ("萌木駅南支店の移転", [
        "萌木駅南支店は、2027年6月14日（月）から、萌木市南町三丁目8番2号（萌木駅南口から徒歩3分）の新店舗で"
        "営業します。現在の店舗（萌木市駅前通り一丁目4番7号）での営業は、6月11日（金）15:00までです。",
        "店番号（104）、口座番号、電話番号は変わりません。通帳とキャッシュカードは、そのままお使いいただけます。",
        "新店舗には駐車場18台（現在は6台）と、両替機1台を設けます。",
    ]),
]
NOTICE_FOOTER = ["萌木信用金庫 事務統括部 電話 0246-00-5120（平日9:00〜17:00）",
                 "info@moegi-shinkin.example", "掲載日：2027年3月18日"]


def notice_html() -> str:
    """The notice as a small static page: headings, paragraphs and one table."""
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{html.escape(NOTICE_TITLE)}｜{ORGANISATION}</title>",
        "<style>table{border-collapse:collapse}th,td{border:1px solid #999;padding:4px 8px}"
        "th{background:#" + HEADER_FILL + "}</style>",
        "</head>",
        "<body>",
        f"<header><p>{ORGANISATION}</p></header>",
        "<main>",
        f"<h1>{html.escape(NOTICE_TITLE)}</h1>",
        "<p>いつも萌木信用金庫をご利用いただき、ありがとうございます。ATMの稼働時間と窓口の営業時間を次のとおり"
        "変更しますので、お知らせします。</p>",
    ]
    for heading, parts in NOTICE_SECTIONS:
        lines.append(f"<h2>{html.escape(heading)}</h2>")
        for part in parts:
            if isinstance(part, list):
                lines.append("<table>")
                lines.append("<thead><tr>" + "".join(f"<th>{html.escape(value)}</th>" for value in part[0])
                             + "</tr></thead>")
                lines.append("<tbody>")
                for row in part[1:]:
                    lines.append("<tr>" + "".join(f"<td>{html.escape(value)}</td>" for value in row) + "</tr>")
                lines.append("</tbody>")
                lines.append("</table>")
            else:
                lines.append(f"<p>{html.escape(str(part))}</p>")
    lines.append("</main>")
    lines.append("<footer>" + "".join(f"<p>{html.escape(line)}</p>" for line in NOTICE_FOOTER) + "</footer>")
    lines.extend(["</body>", "</html>", ""])
    return "\n".join(lines)


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
    properties.author = f"{ORGANISATION} 事務統括部"
    properties.last_modified_by = f"{ORGANISATION} 事務統括部"
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
        elif kind == "exchange_table":
            # Two header rows: the number of coins merged down; the counter and the machine each
            # over 改定後 and 改定前.
            table = new_table(2 + len(EXCHANGE_ROWS), 5)
            fill_row(table, 0, ["両替する枚数（1回あたり）", "窓口", "", "両替機（両替専用カード）", ""])
            fill_row(table, 1, ["", "改定後", "改定前", "改定後", "改定前"])
            for first_row, first_col, last_row, last_col in ((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)):
                top_left = table.cell(first_row, first_col)  # type: ignore[attr-defined]
                text = top_left.text
                top_left.merge(table.cell(last_row, last_col)).text = text  # type: ignore[attr-defined]
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(table.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
            for row_index, row in enumerate(EXCHANGE_ROWS, start=2):
                fill_row(table, row_index, row)
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_pdf(path: Path) -> None:
    reportlab_pdf(path, title=REPORT_TITLE, author=f"{ORGANISATION} 経営企画部", blocks=REPORT_BLOCKS,  # type: ignore[arg-type]
                  layout=REPORT_LAYOUT)


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
    monthly.title = "月別ATM利用件数"
    sheet_head(monthly, "店舗別・月別 ATM利用件数（2026年度・令和8年度）",
               ["月"] + [f"{branch}（件）" for branch in BRANCHES] + ["全店計（件）"], [12, 18, 20, 18, 16, 18, 16])
    for index, month in enumerate(MONTHS):
        values = [ATM[branch][index] for branch in BRANCHES]
        data_row(monthly, 3 + index, f"{2026 if index < 9 else 2027}年{month}", values + [sum(values)], ["#,##0"] * 6)
    data_row(monthly, 3 + len(MONTHS), "合計", [sum(ATM[branch]) for branch in BRANCHES] + [ATM_TOTAL],
             ["#,##0"] * 6, total=True)
    monthly.freeze_panes = "B3"

    balances = workbook.create_sheet("店舗別預金・貸出金")
    sheet_head(balances, "店舗別 預金残高・貸出金残高（2026年3月末・2027年3月末）",
               ["店舗", "預金残高 2026年3月末（百万円）", "預金残高 2027年3月末（百万円）",
                "貸出金残高 2026年3月末（百万円）", "貸出金残高 2027年3月末（百万円）"], [16, 26, 26, 28, 28])
    for index, (branch, *values) in enumerate(BRANCH_BALANCES, start=3):
        data_row(balances, index, branch, list(values), ["#,##0"] * 4)
    data_row(balances, 3 + len(BRANCH_BALANCES), "合計", BALANCE_TOTALS, ["#,##0"] * 4, total=True)

    housing = workbook.create_sheet("住宅ローン実行")
    sheet_head(housing, "店舗別 住宅ローンの実行（2026年度）",
               ["店舗", "実行件数（件）", "実行額（百万円）", "1件あたり実行額（万円）", "平均実行金利（年利）"],
               [16, 16, 18, 24, 20])
    formats = ["#,##0", "#,##0.0", "#,##0", "0.000%"]
    for index, (branch, count, amount, rate) in enumerate(HOUSING_LOANS, start=3):
        data_row(housing, index, branch, [count, amount, round(amount * 100 / count), rate], formats)
    data_row(housing, 3 + len(HOUSING_LOANS), "合計",
             [HOUSING_COUNT, HOUSING_AMOUNT, round(HOUSING_AMOUNT * 100 / HOUSING_COUNT), round(HOUSING_RATE, 5)],
             formats, total=True)

    notes = workbook.create_sheet("注記")
    for index, line in enumerate([
        "注記",
        "1. 2026年度は令和8年度（2026年4月〜2027年3月）。2026年3月末は令和8年3月末、2027年3月末は令和9年3月末。",
        "2. ATM利用件数は、引出し・預入れ・振込・通帳記帳の件数の計。店舗外ATM（萌木市役所・萌木中央病院）は"
        "本店営業部に含む。",
        "3. 預金残高・貸出金残高は百万円未満を四捨五入した値。貸出金残高の合計は業務報告書の業種別の合計と一致する。",
        "4. 住宅ローンの平均実行金利は、実行額で加重平均した年利（保証料の上乗せを含まない）。",
    ], start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 120
    save_workbook(workbook, path, title=f"{ORGANISATION} 店舗別計数（2026年度）",
                  creator=f"{ORGANISATION} 経営企画部", moment=FIXED_MOMENT)


def _table_slide(presentation: object, title: str, rows: list[list[str]], widths: list[float], note: str,
                 speaker: str) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [title], 24)
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
    _table_slide(presentation, HOUSING_TITLE, HOUSING_TABLE, [3.4, 2.2, 2.2, 2.25, 2.25], HOUSING_NOTE,
                 HOUSING_SPEAKER)
    _table_slide(presentation, CAMPAIGN_TITLE, CAMPAIGN_TABLE, [2.0, 3.0, 3.3, 3.3], CAMPAIGN_NOTE, CAMPAIGN_SPEAKER)
    points = presentation.slides.add_slide(presentation.slide_layouts[1])
    pptx_place(points.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(points.shapes.title.text_frame, [POINTS_TITLE], 26)
    pptx_place(points.placeholders[1], 0.5, 1.4, 12.3, 5.2)
    pptx_fill(points.placeholders[1].text_frame, POINTS, 18)
    properties = presentation.core_properties
    properties.title = BRIEF_TITLE
    properties.author = f"{ORGANISATION} 融資部"
    properties.last_modified_by = f"{ORGANISATION} 融資部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_html(path: Path) -> None:
    path.write_bytes(notice_html().encode("utf-8"))


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
