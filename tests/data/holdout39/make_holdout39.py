"""Write the five documents and the four question sets of the thirty-ninth holdout corpus
(tests/data/holdout39/README.md).

One fictional municipal-affiliated company, 朝凪まちづくりサービス株式会社 (a third-sector company of
the fictional 朝凪市), which runs the city's eight bicycle-parking sites (駐輪場) and its bike-share
service 「なぎサイクル」, and five documents its staff would look things up in:

* the parking-fee table of fiscal 2027 as a PDF laid out by reportlab (commuter passes by site and
  vehicle under a two-row header, the site named only on its group's first row, the table crossing
  a page break with both header rows repeated; temporary-use fees banded by hours with a boundary
  rule; notes; contacts);
* the bike-share terms of use as Word (第1条〜第12条 and 附則, a fee table with 改定後 and 改定前
  columns, a band table of charges by ride length with a boundary rule, 西暦 and 令和 dates, a
  contact article);
* the parking figures of fiscal 2026 as Excel (temporary uses by month and site under two merged
  header rows, a 合計 column, a 合計 row and a 月平均 row; a 注記 line; a second sheet of pass
  contracts by site);
* the bike-share plan of fiscal 2027 as PowerPoint (two table slides with speaker notes, a bullet
  slide);
* an all-staff e-mail (.eml) on the pass renewal window, the fare-system changeover and the new
  bike-share ports (dates with weekdays, times, people in charge with extensions).

Every name, address, telephone number and figure is invented (e-mail domains end in `.example`).
This corpus was written without reading the answering code; it is there to measure, not to tune on.

Self-contained: it needs python-docx, openpyxl, python-pptx and reportlab (its built-in CID font
HeiseiKakuGo-W5, no font file) and the standard library. The output is byte-for-byte the same on
every run: zip members and the office files' core properties carry a fixed date, reportlab runs in
its invariant mode, and the e-mail has a fixed date, message id and text.

    .venv/bin/python tests/data/holdout39/make_holdout39.py
"""

from __future__ import annotations

import datetime
import json
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
NN = 39

FIXED_MOMENT = datetime.datetime(2027, 3, 8, 10, 15, 0)
FONT = "Noto Sans CJK JP"
CID_FONT = "HeiseiKakuGo-W5"
HEADER_FILL = "DDEBF7"

COMPANY = "朝凪まちづくりサービス株式会社"
CITY = "朝凪市"
BIKESHARE = "なぎサイクル"
WEEKDAYS = "月火水木金土日"


def yen(value: int) -> str:
    return f"{value:,}円"


def num(value: int) -> str:
    return f"{value:,}"


def wdate(year: int, month: int, day: int, *, with_year: bool = True) -> str:
    """A date with its weekday in parentheses, as the e-mail writes it."""
    weekday = WEEKDAYS[datetime.date(year, month, day).weekday()]
    return (f"{year}年" if with_year else "") + f"{month}月{day}日（{weekday}）"


# =============================================================================================
# Figures shared between the documents and the questions.

BIKE = "自転車"
MOPED = "原付（50cc以下）"
MOTO = "自動二輪（125cc以下）"

# 駐輪場, then per vehicle: 1か月定期 一般, 学生, 3か月定期 一般, 学生 (円, 税込).
PASS_FEES: list[tuple[str, list[tuple[str, int, int, int, int]]]] = [
    ("朝凪駅東口第1駐輪場", [(BIKE, 2100, 1500, 5900, 4200), (MOPED, 3100, 2500, 8800, 7100),
                          (MOTO, 4200, 3600, 12000, 10200)]),
    ("朝凪駅東口第2駐輪場", [(BIKE, 1800, 1300, 5100, 3700), (MOPED, 2800, 2200, 7900, 6200)]),
    ("朝凪駅西口駐輪場", [(BIKE, 2000, 1400, 5600, 3900), (MOPED, 3000, 2400, 8500, 6800),
                       (MOTO, 4100, 3500, 11700, 9900)]),
    ("北浜駅前駐輪場", [(BIKE, 1700, 1200, 4800, 3400), (MOPED, 2600, 2100, 7400, 5900),
                     (MOTO, 3600, 3100, 10200, 8800)]),
    ("緑ヶ丘駅北駐輪場", [(BIKE, 1600, 1100, 4500, 3100), (MOPED, 2500, 2000, 7100, 5600),
                       (MOTO, 3500, 3000, 9900, 8500)]),
    ("緑ヶ丘駅南駐輪場", [(BIKE, 1500, 1050, 4200, 2950), (MOPED, 2400, 1900, 6800, 5400)]),
    ("汐見台駅駐輪場", [(BIKE, 1400, 1000, 3900, 2800), (MOPED, 2300, 1800, 6500, 5100),
                     (MOTO, 3300, 2800, 9400, 7900)]),
    ("市役所前駐輪場", [(BIKE, 1300, 900, 3600, 2500), (MOPED, 2200, 1700, 6200, 4800)]),
]
PASS = {(site, vehicle): fees for site, rows in PASS_FEES for vehicle, *fees in rows}

# 駐輪時間の区分, then 自転車, 原付, 自動二輪 (円; 0 = 無料).
TEMP_BANDS = [
    ("2時間未満", 0, 0, 0),
    ("2時間以上6時間未満", 100, 200, 300),
    ("6時間以上12時間未満", 150, 300, 400),
    ("12時間以上24時間未満", 200, 400, 500),
    ("24時間以上（24時間ごとに加算）", 200, 400, 500),
]
REISSUE_FEE = 520

# Temporary uses (一時利用台数) of fiscal 2026, April to March, by site (the Excel sheet).
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
TEMP_GROUPS = [("朝凪駅", ["東口第1", "東口第2", "西口"]), ("北浜駅", ["駅前"]), ("緑ヶ丘駅", ["北", "南"])]
TEMP_USES: dict[str, list[int]] = {
    "東口第1": [8412, 8135, 7964, 8327, 7486, 8051, 8623, 8290, 7915, 7342, 7788, 8967],
    "東口第2": [4386, 4210, 4157, 4403, 3892, 4175, 4518, 4302, 4089, 3811, 4026, 4695],
    "西口": [6128, 5974, 5839, 6201, 5512, 5903, 6347, 6085, 5796, 5387, 5702, 6583],
    "駅前": [3247, 3118, 3069, 3285, 2874, 3106, 3352, 3190, 3021, 2815, 2968, 3476],
    "北": [2981, 2863, 2795, 3012, 2648, 2840, 3079, 2924, 2769, 2586, 2718, 3194],
    "南": [1856, 1792, 1743, 1884, 1657, 1779, 1926, 1831, 1734, 1618, 1702, 1997],
}
TEMP_COLUMNS = [sub for _, subs in TEMP_GROUPS for sub in subs]
TEMP_MONTH_TOTALS = [sum(TEMP_USES[column][index] for column in TEMP_COLUMNS) for index in range(12)]
TEMP_SITE_TOTALS = {column: sum(TEMP_USES[column]) for column in TEMP_COLUMNS}
TEMP_GRAND_TOTAL = sum(TEMP_MONTH_TOTALS)


def avg(total: int) -> str:
    return f"{total / 12:,.1f}"


# Pass contracts on 31 March 2027: 収容台数, 自転車（一般）, 自転車（学生）, 原付, 自動二輪 (None = none).
CONTRACTS: list[tuple[str, int, int, int, int, int | None]] = [
    ("朝凪駅東口第1駐輪場", 2400, 1386, 512, 164, 48),
    ("朝凪駅東口第2駐輪場", 1200, 702, 289, 71, None),
    ("朝凪駅西口駐輪場", 1800, 1047, 436, 128, 37),
    ("北浜駅前駐輪場", 950, 528, 214, 83, 22),
    ("緑ヶ丘駅北駐輪場", 800, 431, 197, 69, 18),
    ("緑ヶ丘駅南駐輪場", 600, 318, 156, 42, None),
    ("汐見台駅駐輪場", 700, 367, 173, 58, 15),
    ("市役所前駐輪場", 400, 126, 38, 24, None),
]

# Bike-share fees: 区分, 単位, 改定後, 改定前.
SHARE_FEES = [
    ("1回会員 基本料金", "最初の30分まで", 165, 150),
    ("1回会員 延長料金", "30分ごと", 110, 100),
    ("1日パス", "利用開始日の23時59分まで", 1100, 1000),
    ("月額会員 基本料金", "1か月", 2200, 2000),
    ("学生月額会員 基本料金", "1か月", 1430, 1300),
    ("月額会員の超過料金", "1回の利用が60分を超えた場合、30分ごと", 110, 100),
    ("法人会員 基本料金", "登録1台につき1か月", 1650, 1500),
    ("指定ポート以外への返却", "1回", 3300, 2200),
    ("車両の紛失", "1台", 55000, 44000),
]
SHARE = {label: (after, before) for label, _, after, before in SHARE_FEES}

# Charges for a 1回会員 by ride length (after the revision).
RIDE_BANDS = [
    ("30分以下", "165円"),
    ("30分を超え60分以下", "275円"),
    ("60分を超え90分以下", "385円"),
    ("90分を超え120分以下", "495円"),
    ("120分を超え12時間以下", "495円に、120分を超える30分ごとに110円を加算した額"),
]
SUPPORT_PHONE = "0120-00-7215"

# Bike-share areas: ポート数 2026年度末, 2027年度末計画, 車両数 2026年度末, 2027年度末計画.
AREAS = [
    ("朝凪駅周辺", 18, 21, 236, 270),
    ("北浜・汐見台", 11, 14, 128, 165),
    ("緑ヶ丘", 9, 11, 104, 130),
    ("市役所・中央", 7, 8, 92, 100),
    ("臨海部", 5, 6, 60, 75),
]
AREA_TOTALS = tuple(sum(row[index] for row in AREAS) for index in range(1, 5))

# Indicators: 2025年度実績, 2026年度実績, 2027年度目標.
INDICATORS = [
    ("年間利用回数（回）", "182,450", "214,380", "256,000"),
    ("月額会員数（年度末、人）", "1,842", "2,316", "2,900"),
    ("1日パス販売数（枚）", "9,615", "11,872", "13,500"),
    ("車両1台1日あたり利用回数（回）", "0.87", "0.95", "0.96"),
    ("利用料収入（千円）", "38,214", "45,907", "58,600"),
]

# =============================================================================================
# 1. PDF: the parking-fee table.

PDF_FILENAME = "駐輪場利用料金表_2027年度.pdf"
PDF_TITLE = "朝凪市自転車等駐車場（駐輪場）利用料金表　2027年度"


def pdf_pass_table() -> list[list[str]]:
    rows = [
        ["駐輪場", "車種", "定期利用（1か月）", "", "定期利用（3か月）", ""],
        ["", "", "一般", "学生", "一般", "学生"],
    ]
    for site, vehicles in PASS_FEES:
        for index, (vehicle, *fees) in enumerate(vehicles):
            rows.append([site if index == 0 else "", vehicle] + [yen(fee) for fee in fees])
    return rows


def pdf_temp_table() -> list[list[str]]:
    rows = [["駐輪時間", BIKE, MOPED, MOTO]]
    for band, *fees in TEMP_BANDS:
        rows.append([band] + [("無料" if fee == 0 else yen(fee)) for fee in fees])
    return rows


PDF_BLOCKS: list[tuple[str, object]] = [
    ("right", "2027年（令和9年）3月1日"),
    ("right", f"{COMPANY}　駐輪場事業部"),
    ("h1", "1. この料金表について"),
    ("p", f"この料金表は、{CITY}が設置し、{COMPANY}（以下「当社」という。）が指定管理者として管理する市内8か所の"
          "自転車等駐車場（以下「駐輪場」という。）の利用料金を定めるものです。2027年4月1日以後に利用を開始する定期利用及び"
          "同日以後の一時利用に適用します。2027年3月31日までに購入した定期券は、その有効期間の終わりまで使えます。"),
    ("p", "料金はすべて消費税込みの額です。定期利用は、1か月定期と3か月定期の2種類で、それぞれ一般料金と学生料金があります。"
          "1か月定期は利用開始日から翌月の応当日の前日まで、3か月定期は利用開始日から3か月後の応当日の前日まで有効です。"),
    ("p", "駐輪場ごとに、受け入れる車種が異なります。自動二輪（125cc以下）は、朝凪駅東口第1、朝凪駅西口、北浜駅前、"
          "緑ヶ丘駅北及び汐見台駅の5か所の駐輪場でのみ受け入れます。朝凪駅東口第2、緑ヶ丘駅南及び市役所前の駐輪場は、"
          "自転車と原付（50cc以下）のみです。"),
    ("p", "朝凪駅東口第1駐輪場と朝凪駅西口駐輪場は24時間利用できます。その他の駐輪場の利用時間は5時00分から翌1時00分まで"
          "（市役所前駐輪場は8時00分から21時00分まで）です。"),
    ("h1", "2. 定期利用料金"),
    ("p", "駐輪場別・車種別の定期利用料金は、次の表のとおりです。表の駐輪場名は、その駐輪場の最初の行にだけ記載しています。"
          "車種欄の原付は排気量50cc以下の原動機付自転車を、自動二輪は排気量125cc以下の二輪の自動車をいいます。"),
    ("pass_table", None),
    ("p", "注1：学生料金は、中学生、高校生、高等専門学校生、大学生及び専門学校生で、在学中の学生証を提示した方に適用します。"
          "小学生以下は学生料金と同じ額とします。"),
    ("p", "注2：身体障害者手帳、療育手帳又は精神障害者保健福祉手帳を提示した方の定期利用料金は、一般料金の半額"
          "（10円未満の端数は切り捨て）とします。"),
    ("p", "注3：3か月定期は各駐輪場の管理室でのみ販売します。1か月定期は管理室のほか、当社のウェブサイトでも購入できます。"),
    ("h1", "3. 一時利用料金"),
    ("p", "一時利用の料金は、入庫から出庫までの駐輪時間に応じて、全駐輪場共通で次の表のとおりとします。"),
    ("table", pdf_temp_table()),
    ("p", "境目の扱い：駐輪時間が区分の境目（2時間、6時間、12時間又は24時間）ちょうどの場合は、「以上」の側の区分、"
          "すなわち長い方の区分の料金とします。たとえば、自転車をちょうど2時間駐輪した場合は100円です。"),
    ("p", "注4：24時間以上駐輪した場合は、12時間以上24時間未満の区分の料金に、24時間を超えるごとに表の「24時間以上」の額を"
          "加算します。市役所前駐輪場の無料時間は、2時間未満ではなく3時間未満とします。"),
    ("h1", "4. 手数料その他"),
    ("p", f"定期券を紛失又は破損したときの再発行手数料は、1枚につき{yen(REISSUE_FEE)}です。定期券の払戻しは、3か月定期に限り、"
          "残りの期間が1か月以上ある場合に、残りの月数分の1か月定期の一般料金から手数料310円を差し引いて行います。"),
    ("p", "一時利用の精算機では、現金（千円札、100円硬貨及び10円硬貨）と交通系ICカードが使えます。"),
    ("h1", "5. 問い合わせ先"),
    ("p", f"料金表の内容については、{COMPANY} 駐輪場事業部 料金課（電話 0460-00-3125、平日8時30分〜17時15分、"
          "ryokin@asanagi-ms.example）へ。駐輪場の利用と定期券の購入については、駐輪場事業部 管理課"
          "（電話 0460-00-3120、churinjo@asanagi-ms.example）又は各駐輪場の管理室へお問い合わせください。"),
]

# =============================================================================================
# 2. DOCX: the bike-share terms of use.

DOCX_FILENAME = "なぎサイクル利用規程_2027年4月改正.docx"
DOCX_TITLE = f"朝凪市シェアサイクル「{BIKESHARE}」利用規程"

DOCX_BLOCKS: list[tuple[str, object]] = [
    ("right", "制定 2023年（令和5年）7月1日"),
    ("right", "改正 2027年（令和9年）2月18日（2027年（令和9年）4月1日施行）"),
    ("right", COMPANY),
    ("h2", "第1条（目的）"),
    ("p", f"この規程は、{COMPANY}（以下「当社」という。）が{CITY}と締結した協定に基づいて運営するシェアサイクル"
          f"「{BIKESHARE}」（以下「本サービス」という。）の利用について、必要な事項を定める。"),
    ("h2", "第2条（定義）"),
    ("p", "この規程において「ポート」とは、本サービスの車両を貸し出し、及び返却を受けるために当社が設置した場所をいい、"
          "「車両」とは、本サービスに用いる電動アシスト自転車をいい、「会員」とは、第3条の登録をした者をいう。"),
    ("h2", "第3条（会員の登録と種別）"),
    ("p", "本サービスを利用しようとする者は、専用アプリ又はウェブサイトで会員の登録をしなければならない。"
          "会員の種別は、1回会員、1日パス会員、月額会員、学生月額会員及び法人会員とする。"
          "学生月額会員は、満16歳以上の高校生、大学生及び専門学校生に限る。"),
    ("h2", "第4条（利用時間）"),
    ("p", "本サービスは、24時間利用できる。ただし、市役所・中央エリアのポートのうち公共施設の敷地内にあるものは、"
          "6時00分から23時00分までとする。1回の利用は、12時間を限度とする。"),
    ("h2", "第5条（利用料金）"),
    ("p", "利用料金は、次の表の「改定後」の欄のとおりとする。表の「改定前」の欄は、2027年3月31日までの料金であり、"
          "参考として掲げる。料金はすべて消費税込みの額とする。"),
    ("fee_table", None),
    ("p", "2　1日パスは、利用開始日の23時59分までであれば、1回の利用が30分を超えても延長料金はかからない。"),
    ("p", "3　月額会員及び学生月額会員は、1回の利用が60分までは何回利用しても基本料金のほかに料金はかからない。"),
    ("h2", "第6条（1回会員の利用時間に応じた料金）"),
    ("p", "1回会員の料金は、1回の利用時間に応じて次の表のとおりとする。"),
    ("band_table", None),
    ("p", "2　利用時間は、車両の貸出しの操作をした時刻から返却の操作をした時刻までとし、1分未満の端数は1分に切り上げる。"),
    ("p", "3　利用時間が区分の境目（30分、60分、90分又は120分）ちょうどのときは、短い方の区分の料金とする。たとえば、"
          "利用時間がちょうど30分のときは165円である。"),
    ("h2", "第7条（長時間の利用と返却）"),
    ("p", "1回の利用が12時間を超えたときは、第6条の料金のほかに、長時間利用料として3,300円を申し受ける。"
          "貸出しから24時間を経過しても返却されない車両は、当社が所在を確認し、必要に応じて警察に届け出る。"),
    ("p", "2　車両は、ポートに返却しなければならない。ポート以外の場所に車両を置いたときは、第5条の表の「指定ポート以外への返却」"
          "の料金を申し受ける。"),
    ("h2", "第8条（損害の負担）"),
    ("p", "会員の故意又は過失によって車両を損傷したときは、修理に要した実費（1台につき22,000円を上限とする。改定前は16,500円）を、"
          "車両を紛失したときは第5条の表の「車両の紛失」の額を、会員の負担とする。"),
    ("h2", "第9条（禁止事項）"),
    ("p", "会員は、次の行為をしてはならない。二人乗り、車両の又貸し、飲酒した状態での運転、傘を差しながらの運転、"
          "車両の改造、当社が指定する区域（朝凪港臨港地区の一部）の外への持出し。"),
    ("h2", "第10条（事故等の報告）"),
    ("p", "利用中に事故、故障又は盗難があったときは、会員は直ちに第12条のサポートセンターに連絡し、当社の指示に従わなければならない。"
          "人身事故のときは、警察への届出を先に行う。"),
    ("h2", "第11条（個人情報）"),
    ("p", "当社は、会員の個人情報を、本サービスの提供、料金の請求及び利用状況の統計のためにのみ用い、"
          f"{CITY}への報告には個人を識別できない形で用いる。"),
    ("h2", "第12条（問い合わせ）"),
    ("p", f"本サービスに関する問い合わせ及び第10条の連絡は、{BIKESHARE}サポートセンター（電話 {SUPPORT_PHONE}、24時間受付、"
          "support@nagicycle.example）で受け付ける。料金の請求及び法人会員の契約に関する問い合わせは、当社シェアサイクル事業部"
          " 運営課（電話 0460-00-3410、平日9時00分〜17時30分）で受け付ける。"),
    ("h2", "附則"),
    ("p", "1　この規程は、2023年（令和5年）7月1日から施行する。"),
    ("h2", "附則（2027年2月18日改正）"),
    ("p", "1　この改正は、2027年（令和9年）4月1日から施行する。"),
    ("p", "2　2027年3月31日までに購入した1日パスは、改定前の料金とし、購入した日に限り利用できる。"),
    ("p", "3　2027年3月31日までに月額会員又は学生月額会員の登録をした者の2027年4月分の基本料金は、改定前の額とする。"
          "2027年5月分からは改定後の額とする。"),
]

# =============================================================================================
# 3. XLSX: the parking figures.

XLSX_FILENAME = "駐輪場利用実績_2026年度.xlsx"
XLSX_TITLE = "駐輪場別・月別 一時利用台数（2026年度：2026年4月〜2027年3月）"
XLSX_NOTE = ("注記：一時利用台数は精算機で精算した台数（無料時間内の出庫を含む）。定期利用は含まない。1月〜3月は2027年。"
             "汐見台駅駐輪場と市役所前駐輪場は、精算機の更新工事のためこの表に含めていない。")
CONTRACTS_TITLE = "駐輪場別 定期契約台数（2027年3月31日現在）"

# =============================================================================================
# 4. PPTX: the bike-share plan.

PPTX_FILENAME = "2027年度_シェアサイクル事業計画_取締役会説明資料.pptx"
DECK_TITLE = f"2027年度 シェアサイクル「{BIKESHARE}」事業計画"
DECK_COVER = ["取締役会 説明資料", f"{COMPANY} シェアサイクル事業部", "2027年（令和9年）3月24日（水）"]
AREAS_SLIDE_TITLE = "エリア別 ポート数・車両数（2026年度末実績と2027年度末計画）"
AREAS_NOTE = "車両はすべて電動アシスト自転車。2027年度末の計画には、4月1日に開設する3ポートを含む。"
AREAS_SPEAKER = ("臨海部は夏の観光需要を見込み、7月までに1ポートを増やす。車両の追加120台は、6月と10月に60台ずつ導入する。"
                 "北浜・汐見台エリアは、4月1日の汐見台駅東ポートと北浜漁港前ポートに加え、10月に北浜駅西ポートを設けて3ポート増える。")
INDICATORS_TITLE = "利用実績と2027年度の目標"
INDICATORS_NOTE = "利用料収入は消費税抜き。2025年度は2025年4月〜2026年3月、2026年度は2026年4月〜2027年3月。"
INDICATORS_SPEAKER = ("利用料収入の目標には、4月1日の料金改定（1回会員の基本料金150円→165円など）の効果を含む。"
                      "月額会員数の目標2,900人のうち、学生月額会員は600人を見込む。")
POINTS_TITLE = "2027年度の重点施策"
POINTS = [
    "・4月1日：新3ポート（汐見台駅東、緑ヶ丘中央公園、北浜漁港前）を開設し、新料金の適用を開始",
    "・6月と10月：電動アシスト自転車を60台ずつ追加（年度末740台）",
    "・駐輪場の定期利用者向けに、月額会員の初月無料キャンペーン（5月1日〜6月30日）",
    "・ポートの空き状況をアプリで公開（9月予定）",
    "・朝凪駅周辺の車両の再配置を、1日3回から4回に増やす",
]

# =============================================================================================
# 5. EML: the all-staff e-mail.

EML_FILENAME = "全社周知_定期券一斉更新と精算システム切替え.eml"
EML_SUBJECT = "【全社周知】定期券の一斉更新受付と精算システムの切替え、新ポート開設について"


def mail_body() -> str:
    lines = [
        "全職員 各位",
        "",
        "駐輪場事業部 管理課の宮坂です。",
        "2027年度の定期券の一斉更新受付と、駐輪場の精算システムの切替え、シェアサイクルの新ポート開設について",
        "お知らせします。窓口での案内をお願いします。",
        "",
        "■1. 定期券の一斉更新受付",
        f"期間：{wdate(2027, 3, 15)}〜{wdate(2027, 3, 31, with_year=False)}",
        f"対象：{wdate(2027, 4, 1)}から利用する1か月定期・3か月定期（4月1日からの新料金で販売します）",
        "窓口と受付時間：",
        "・朝凪駅東口第1駐輪場 管理室：7:00〜20:00（土曜・日曜も受付）",
        "・朝凪駅西口駐輪場 管理室：7:00〜19:00",
        "・北浜駅前駐輪場 管理室：7:30〜19:00",
        "・緑ヶ丘駅北駐輪場 管理室：8:00〜18:00（土曜・日曜は9:00〜17:00）",
        "・汐見台駅駐輪場 管理室：8:00〜17:00（平日のみ）",
        "・その他の駐輪場の利用者は、上の窓口かウェブで受け付けます。",
        f"ウェブ受付：{wdate(2027, 3, 15, with_year=False)}9:00〜{wdate(2027, 3, 31, with_year=False)}23:59",
        f"学生定期は2027年度の学生証で確認します。新入生は、{wdate(2027, 4, 9, with_year=False)}までに"
        "合格通知書か入学許可書を示せば学生料金で購入できます。",
        "",
        "■2. 精算システムの切替え",
        f"日時：{wdate(2027, 3, 27)}22:00〜{wdate(2027, 3, 28, with_year=False)}6:00",
        "対象：全8か所の駐輪場の精算機とゲート",
        "停止中はゲートを開放し、一時利用の料金はいただきません。",
        "当日は管理課の職員4名が朝凪駅東口第1駐輪場の管理室に21:30に集合し、切替えに立ち会います。",
        "",
        "■3. シェアサイクル新ポートの開設",
        f"{wdate(2027, 4, 1, with_year=False)}に、汐見台駅東ポート（12台）、緑ヶ丘中央公園ポート（10台）、"
        "北浜漁港前ポート（8台）を開設します。",
        f"開設式は{wdate(2027, 3, 30, with_year=False)}10:30から緑ヶ丘中央公園ポートで行います（雨天時は緑ヶ丘地区センター）。",
        "",
        "■4. 担当",
        "・定期券の更新受付全般：駐輪場事業部 管理課 宮坂 健太（内線 312）",
        "・新料金と払戻しの問い合わせ：駐輪場事業部 料金課 小野寺 由紀（内線 318）",
        "・精算システムの切替え：情報管理室 原田 真央（内線 527）",
        "・シェアサイクル新ポート：シェアサイクル事業部 運営課 桐山 翔（内線 405）",
        "",
        "――――――――――――――――",
        f"{COMPANY} 駐輪場事業部 管理課 宮坂 健太",
        "電話 0460-00-3120（内線 312）",
        "churinjo@asanagi-ms.example",
    ]
    return "\n".join(lines) + "\n"


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = f"{COMPANY} 駐輪場事業部 <churinjo@asanagi-ms.example>"
    message["To"] = "全職員 <all-staff@asanagi-ms.example>"
    message["Subject"] = EML_SUBJECT
    message["Date"] = format_datetime(datetime.datetime(2027, 3, 8, 10, 15, 0,
                                                        tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    message["Message-ID"] = "<20270308101500.pass-renewal@asanagi-ms.example>"
    message.set_content(mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


# =============================================================================================
# Questions.

def pass_fee(site: str, vehicle: str, months: int, student: bool) -> str:
    fees = PASS[(site, vehicle)]
    return yen(fees[(0 if months == 1 else 2) + (1 if student else 0)])


def plain(value: str) -> str:
    """'5,900円' -> '5900円'."""
    return value.replace(",", "")


def forms_yen(value: str) -> list[str]:
    return [value, plain(value)] if "," in value else [value]


def forms_count(value: str, unit: str) -> list[str]:
    out = [value, value + unit]
    if "," in value:
        out += [plain(value), plain(value) + unit]
    return out


def _site_col(column: str) -> int:
    return TEMP_COLUMNS.index(column)


TEMP_NISHI_TOTAL = num(TEMP_SITE_TOTALS["西口"])
TEMP_NOV_TOTAL = num(TEMP_MONTH_TOTALS[MONTHS.index("11月")])
TEMP_KITAHAMA_AVG = avg(TEMP_SITE_TOTALS["駅前"])
SHIOMI_STUDENT = num([row for row in CONTRACTS if row[0] == "汐見台駅駐輪場"][0][3])

QA: list[dict] = [
    {"q": "北浜駅前の駐輪場に原付を置いている学生です。3か月の定期券だといくらになりますか？",
     "any": forms_yen(pass_fee("北浜駅前駐輪場", MOPED, 3, True))},
    {"q": "汐見台駅の駐輪場で125ccのバイクを置きたいのですが、一般の1か月定期はいくらですか？",
     "any": forms_yen(pass_fee("汐見台駅駐輪場", MOTO, 1, False))},
    {"q": "緑ヶ丘駅北の駐輪場に125ccのスクーターで通う学生の、3か月定期の料金を教えてください。",
     "any": forms_yen(pass_fee("緑ヶ丘駅北駐輪場", MOTO, 3, True))},
    {"q": "駐輪場に自転車を一時利用で5時間ほど停めたら、いくらかかりますか？",
     "any": ["100円"]},
    {"q": "原付をちょうど6時間、一時利用で駐輪した場合の料金はいくら？",
     "any": ["300円"]},
    {"q": "駐輪場の定期券をなくしてしまいました。再発行にはいくらかかりますか？",
     "any": forms_yen(yen(REISSUE_FEE))},
    {"q": "なぎサイクルの1日パスは、4月からいくらになりますか？",
     "any": forms_yen(yen(SHARE["1日パス"][0]))},
    {"q": "シェアサイクルの月額会員の基本料金は、値上げ前はいくらでしたか？",
     "any": forms_yen(yen(SHARE["月額会員 基本料金"][1]))},
    {"q": "なぎサイクルを1回会員で75分使ったら、料金はいくらですか？",
     "any": ["385円"]},
    {"q": "1回会員でちょうど1時間借りた場合の料金は？",
     "any": ["275円"]},
    {"q": "シェアサイクルの自転車を紛失したら、今度の改定後はいくら負担することになりますか？",
     "any": forms_yen(yen(SHARE["車両の紛失"][0]))},
    {"q": "なぎサイクルの利用規程の今回の改正は、いつから施行されますか？",
     "any": ["2027年（令和9年）4月1日", "2027年4月1日", "令和9年4月1日"]},
    {"q": "自転車が故障したときに連絡するなぎサイクルのサポートセンターの電話番号は？",
     "any": [SUPPORT_PHONE, SUPPORT_PHONE.replace("-", "")]},
    {"q": "2026年度の8月、緑ヶ丘駅南駐輪場の一時利用台数は何台でしたか？",
     "any": forms_count(num(TEMP_USES["南"][MONTHS.index("8月")]), "台")},
    {"q": "朝凪駅西口駐輪場の2026年度の一時利用台数は、年間で合計何台？",
     "any": forms_count(TEMP_NISHI_TOTAL, "台")},
    {"q": "2026年11月の一時利用台数は、集計対象の6駐輪場すべてを合わせると何台でしたか？",
     "any": forms_count(TEMP_NOV_TOTAL, "台")},
    {"q": "北浜駅前駐輪場の一時利用台数は、2026年度の月平均で何台ですか？",
     "any": forms_count(TEMP_KITAHAMA_AVG, "台")},
    {"q": "2027年3月末の時点で、汐見台駅駐輪場の自転車の学生定期の契約は何台ありますか？",
     "any": forms_count(SHIOMI_STUDENT, "台")},
    {"q": "定期券の一斉更新の受付はいつから始まりますか？",
     "any": ["2027年3月15日（月）", "3月15日", "2027年3月15日"]},
    {"q": "精算システムの切替えを担当しているのは誰ですか？",
     "any": ["原田 真央", "原田真央", "原田"]},
    {"q": "新しい料金や払戻しについて社内で問い合わせたいとき、担当者の内線番号は？",
     "any": ["318", "内線 318", "内線318"]},
    {"q": "北浜駅前駐輪場の管理室では、定期券の更新を何時から何時まで受け付けますか？",
     "any": ["7:30〜19:00", "7時30分", "7:30"]},
    {"q": "2027年度末に北浜・汐見台エリアのシェアサイクル車両を何台にする計画ですか？",
     "any": ["165", "165台"]},
    {"q": "なぎサイクルの2026年度の年間利用回数の実績はどれくらいでしたか？",
     "any": ["214,380", "214,380回", "214380"]},
]

UNANSWERABLE: list[str] = [
    "朝凪駅西口駐輪場の自転車の6か月定期はいくらですか？",
    "250ccの大型バイクを駐輪場の定期で置く場合の料金は？",
    "2025年8月の朝凪駅東口第1駐輪場の一時利用台数は何台でしたか？",
    "なぎサイクルの年額会員の料金はいくらですか？",
    "なぎサイクルの電動アシスト自転車のバッテリーを交換する費用は？",
    "シェアサイクルでヘルメットを借りる場合の料金は？",
    "年末年始に駐輪場の管理室が休みになる日はいつですか？",
    "2028年度末のシェアサイクルのポート数の計画は？",
    "駐輪場の近くで放置自転車が撤去されたとき、保管料はいくらかかりますか？",
    "なぎサイクルに子ども用の自転車はありますか？その料金は？",
    "駐輪場事業部の部長は誰ですか？",
    "2026年度になぎサイクルで起きた事故の件数は？",
]

# What would have to be in the documents for an unanswerable question to have an answer.
ABSENT: dict[str, list[str]] = {
    f"h{NN}-un-1": ["6か月", "6ヶ月", "6カ月", "半年"],
    f"h{NN}-un-2": ["250cc", "126cc", "大型自動二輪", "大型バイク"],
    f"h{NN}-un-3": ["2025年8月", "前年同月", "2025年度 月別"],
    f"h{NN}-un-4": ["年額", "年間会員", "年会費"],
    f"h{NN}-un-5": ["バッテリー", "電池"],
    f"h{NN}-un-6": ["ヘルメット"],
    f"h{NN}-un-7": ["年末年始", "12月29日", "12月31日", "1月3日"],
    f"h{NN}-un-8": ["2028年度"],
    f"h{NN}-un-9": ["撤去", "保管料"],
    f"h{NN}-un-10": ["子ども用", "子供用", "幼児", "キッズ"],
    f"h{NN}-un-11": ["部長"],
    f"h{NN}-un-12": ["事故件数", "事故の件数", "件の事故"],
}

ENGLISH: list[tuple[str, list[str]]] = [
    ("After the April 2027 revision, how much does a one-day pass for the Nagi Cycle bike share cost?",
     forms_yen(yen(SHARE["1日パス"][0])) + ["1,100 yen", "1100 yen"]),
    ("What does a student pay for a one-month bicycle pass at the 朝凪駅西口駐輪場 (west exit) parking site?",
     forms_yen(pass_fee("朝凪駅西口駐輪場", BIKE, 1, True)) + ["1,400 yen", "1400 yen"]),
    ("How many temporary-use parkings were recorded at the 緑ヶ丘駅 north site in December 2026?",
     forms_count(num(TEMP_USES["北"][MONTHS.index("12月")]), "台")),
    ("What was the total number of temporary uses across all the counted parking sites in fiscal 2026?",
     forms_count(num(TEMP_GRAND_TOTAL), "台")),
    ("How much is the fee for reissuing a lost commuter parking pass?",
     forms_yen(yen(REISSUE_FEE)) + ["520 yen"]),
    ("What is the internal extension of the person in charge of the new bike-share ports?",
     ["405", "内線 405"]),
    ("Before the revision, how much did a member have to pay for losing a share bike?",
     forms_yen(yen(SHARE["車両の紛失"][1])) + ["44,000 yen", "44000 yen"]),
    ("How many bike-share ports are planned in total for the end of fiscal 2027?",
     [str(AREA_TOTALS[1]), f"{AREA_TOTALS[1]} ports", f"{AREA_TOTALS[1]}ポート"]),
    ("Until what date is the commuter pass renewal window open?",
     ["3月31日（水）", "3月31日", "March 31"]),
    ("How much is the temporary parking fee for a bicycle left for 7 hours?",
     ["150円", "150 yen"]),
]

FOLLOWUPS: list[tuple[list[str], list[str]]] = [
    (["北浜駅前駐輪場の自転車の1か月定期、一般はいくらですか？", "学生だと？"],
     forms_yen(pass_fee("北浜駅前駐輪場", BIKE, 1, True))),
    (["なぎサイクルの1回会員の延長料金は、改定後いくらですか？", "改定前は？"],
     forms_yen(yen(SHARE["1回会員 延長料金"][1]))),
    (["朝凪駅東口第1駐輪場の2026年7月の一時利用台数は？", "じゃあ8月は？"],
     forms_count(num(TEMP_USES["東口第1"][MONTHS.index("8月")]), "台")),
    (["シェアサイクルの月額会員の基本料金は、4月からいくらですか？", "学生の月額会員の場合は？"],
     forms_yen(yen(SHARE["学生月額会員 基本料金"][0]))),
    (["新料金や払戻しの問い合わせの担当者は誰ですか？", "その人の内線番号は？"],
     ["318", "内線 318"]),
    (["2027年度末の朝凪駅周辺エリアのポート数の計画はいくつですか？", "車両数は？"],
     [str(AREAS[0][4]), f"{AREAS[0][4]}台"]),
    (["汐見台駅駐輪場の原付の3か月定期、一般の料金は？", "自動二輪なら？"],
     forms_yen(pass_fee("汐見台駅駐輪場", MOTO, 3, False))),
    (["自転車を駐輪場に一時利用で3時間停めるといくら？", "原付だったら？"],
     ["200円"]),
]


def write_questions() -> list[Path]:
    def dump(name: str, records: list[dict]) -> Path:
        path = DATA / name
        path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")
        return path

    return [
        dump(f"holdout{NN}_qa.jsonl", [{"id": f"h{NN}-{index}", "q": item["q"], "any": item["any"]}
                                       for index, item in enumerate(QA, start=1)]),
        dump(f"holdout{NN}_unanswerable_qa.jsonl", [{"id": f"h{NN}-un-{index}", "q": q, "any": [], "unanswerable": True}
                                                    for index, q in enumerate(UNANSWERABLE, start=1)]),
        dump(f"holdout{NN}_english_qa.jsonl", [{"id": f"h{NN}-en-{index}", "q": q, "any": forms[:1], "answer_any": forms}
                                               for index, (q, forms) in enumerate(ENGLISH, start=1)]),
        dump(f"holdout{NN}_followup_qa.jsonl", [{"id": f"h{NN}-fu-{index}", "turns": turns, "any": forms}
                                                for index, (turns, forms) in enumerate(FOLLOWUPS, start=1)]),
    ]


# =============================================================================================
# Determinism helpers.

def normalize_zip(path: Path, moment: datetime.datetime) -> None:
    """Fixed member timestamps and core-property dates, members in a fixed order."""
    with zipfile.ZipFile(path) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    stamp = moment.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for filename, data in members:
            if filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
            info = zipfile.ZipInfo(filename, date_time=moment.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, data)


# =============================================================================================
# Builders.

def build_pdf(path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    body = ParagraphStyle("body", fontName=CID_FONT, fontSize=10.5, leading=17, wordWrap="CJK", spaceAfter=3)
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT, spaceAfter=0)
    heading = ParagraphStyle("heading", parent=body, fontSize=13, leading=19, spaceBefore=8, spaceAfter=4)
    title = ParagraphStyle("title", parent=body, fontSize=15, leading=22, spaceAfter=8)
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=13, spaceAfter=0)
    grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    fill = colors.HexColor("#" + HEADER_FILL)

    flow: list[object] = [Paragraph(PDF_TITLE, title)]
    for kind, content in PDF_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "right":
            flow.append(Paragraph(str(content), right))
        elif kind == "pass_table":
            rows = pdf_pass_table()
            table = Table([[Paragraph(value, cell) for value in row] for row in rows], repeatRows=2,
                          colWidths=[40 * mm, 46 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm])
            table.setStyle(TableStyle(grid + [
                ("BACKGROUND", (0, 0), (-1, 1), fill),
                ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
                ("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (5, 0)),
            ]))
            flow.extend([table, Spacer(1, 4 * mm)])
        elif kind == "table":
            assert isinstance(content, list)
            table = Table([[Paragraph(value, cell) for value in row] for row in content], repeatRows=1,
                          colWidths=[54 * mm, 28 * mm, 40 * mm, 48 * mm])
            table.setStyle(TableStyle(grid + [("BACKGROUND", (0, 0), (-1, 0), fill)]))
            flow.extend([table, Spacer(1, 4 * mm)])
    margin = 18 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=PDF_TITLE,
                                 author=f"{COMPANY} 駐輪場事業部", leftMargin=margin, rightMargin=margin,
                                 topMargin=margin, bottomMargin=margin)
    document.build(flow)


def _docx_font(style: object) -> None:
    from docx.oxml.ns import qn

    properties = style.element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = properties.makeelement(qn("w:rFonts"), {})
        properties.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)


def _docx_header_row(row: object) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    row_properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row_properties.append(header)
    for table_cell in row.cells:  # type: ignore[attr-defined]
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), HEADER_FILL)
        table_cell._tc.get_or_add_tcPr().append(shading)
        for paragraph in table_cell.paragraphs:
            for run in paragraph.runs:
                run.font.bold = True


def build_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = Document()
    for style_name in ("Normal", "Title", "Heading 2", "Table Grid"):
        _docx_font(document.styles[style_name])
    document.styles["Normal"].font.size = Pt(10.5)
    properties = document.core_properties
    properties.title = DOCX_TITLE
    properties.author = f"{COMPANY} シェアサイクル事業部"
    properties.last_modified_by = f"{COMPANY} シェアサイクル事業部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    document.add_heading(DOCX_TITLE, level=0)

    def add_table(rows: list[list[str]], header_rows: int = 1) -> object:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = document.styles["Table Grid"]
        for row_index, row in enumerate(rows):
            for column_index, value in enumerate(row):
                table.cell(row_index, column_index).text = value
        for index in range(header_rows):
            _docx_header_row(table.rows[index])
        return table

    for kind, content in DOCX_BLOCKS:
        if kind == "h2":
            document.add_heading(str(content), level=2)
        elif kind == "p":
            document.add_paragraph(str(content))
        elif kind == "right":
            document.add_paragraph(str(content)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "fee_table":
            rows = [["区分", "単位", "改定後（2027年4月1日から）", "改定前（2027年3月31日まで）"]]
            rows += [[label, unit, yen(after), yen(before)] for label, unit, after, before in SHARE_FEES]
            add_table(rows)
        elif kind == "band_table":
            add_table([["1回の利用時間", "料金（税込）"]] + [list(row) for row in RIDE_BANDS])
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    total_fill = PatternFill("solid", fgColor="F2F2F2")
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def head(sheet: object, row: int, column: int, value: str | None) -> None:
        cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.border = border
        cell.alignment = centred

    def number_row(sheet: object, row: int, label: str, values: list, number_format: str, total: bool) -> None:
        first = sheet.cell(row=row, column=1, value=label)  # type: ignore[attr-defined]
        cells = [first]
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
    sheet = workbook.active
    sheet.title = "月別一時利用台数"
    last_column = 2 + len(TEMP_COLUMNS)
    sheet.cell(row=1, column=1, value=XLSX_TITLE).font = Font(bold=True, size=13)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_column)
    # Two header rows: 月 and 合計 merged down, each station merged over its sites.
    head(sheet, 2, 1, "月")
    head(sheet, 3, 1, None)
    sheet.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    column = 2
    for station, subs in TEMP_GROUPS:
        head(sheet, 2, column, station)
        for offset, sub in enumerate(subs):
            if offset:
                head(sheet, 2, column + offset, None)
            head(sheet, 3, column + offset, sub)
        if len(subs) > 1:
            sheet.merge_cells(start_row=2, start_column=column, end_row=2, end_column=column + len(subs) - 1)
        column += len(subs)
    head(sheet, 2, last_column, "合計")
    head(sheet, 3, last_column, None)
    sheet.merge_cells(start_row=2, start_column=last_column, end_row=3, end_column=last_column)
    for index, month in enumerate(MONTHS):
        values = [TEMP_USES[sub][index] for sub in TEMP_COLUMNS]
        number_row(sheet, 4 + index, month, values + [sum(values)], "#,##0", False)
    totals = [TEMP_SITE_TOTALS[sub] for sub in TEMP_COLUMNS] + [TEMP_GRAND_TOTAL]
    number_row(sheet, 16, "合計", totals, "#,##0", True)
    number_row(sheet, 17, "月平均", [total / 12 for total in totals], "#,##0.0", True)
    sheet.cell(row=19, column=1, value=XLSX_NOTE)
    sheet.column_dimensions["A"].width = 10
    for index in range(2, last_column + 1):
        sheet.column_dimensions[get_column_letter(index)].width = 12
    sheet.freeze_panes = "B4"

    second = workbook.create_sheet("定期契約台数")
    labels = ["駐輪場", "収容台数", "自転車（一般）", "自転車（学生）", "原付", "自動二輪", "契約台数計"]
    second.cell(row=1, column=1, value=CONTRACTS_TITLE).font = Font(bold=True, size=13)
    second.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(labels))
    for index, label in enumerate(labels, start=1):
        head(second, 2, index, label)
    for index, (site, capacity, general, student, moped, moto) in enumerate(CONTRACTS, start=3):
        contracts = general + student + moped + (moto or 0)
        number_row(second, index, site, [capacity, general, student, moped, moto if moto is not None else "—",
                                         contracts], "#,##0", False)
    sums = [sum(row[i] or 0 for row in CONTRACTS) for i in range(1, 6)]
    number_row(second, 3 + len(CONTRACTS), "合計", sums + [sum(sums[1:])], "#,##0", True)
    second.cell(row=5 + len(CONTRACTS), column=1,
                value="注記：自動二輪の「—」は、その駐輪場で自動二輪を受け入れていないことを示す。原付は50cc以下、"
                      "自動二輪は125cc以下。")
    second.column_dimensions["A"].width = 24
    for index in range(2, len(labels) + 1):
        second.column_dimensions[get_column_letter(index)].width = 14

    properties = workbook.properties
    properties.title = f"{COMPANY} 駐輪場利用実績（2026年度）"
    properties.creator = f"{COMPANY} 駐輪場事業部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    workbook.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def _pptx_font(run: object, size: int, bold: bool = False) -> None:
    from pptx.oxml.ns import qn
    from pptx.util import Pt

    font = run.font  # type: ignore[attr-defined]
    font.name = FONT
    font.size = Pt(size)
    font.bold = bold
    properties = run._r.get_or_add_rPr()  # type: ignore[attr-defined]
    for tag in ("a:ea", "a:cs"):
        element = properties.find(qn(tag))
        if element is None:
            element = properties.makeelement(qn(tag), {})
            properties.append(element)
        element.set("typeface", FONT)


def _pptx_fill(frame: object, lines: list[str], size: int) -> None:
    frame.clear()  # type: ignore[attr-defined]
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()  # type: ignore[attr-defined]
        run = paragraph.add_run()
        run.text = line
        _pptx_font(run, size)


def _place(shape: object, left: float, top: float, width: float, height: float) -> None:
    from pptx.util import Inches

    shape.left, shape.top, shape.width, shape.height = Inches(left), Inches(top), Inches(width), Inches(height)  # type: ignore[attr-defined]


def _table_slide(presentation: object, title: str, rows: list[list[str]], widths: list[float], note: str,
                 speaker: str) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # type: ignore[attr-defined]
    _place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    _pptx_fill(slide.shapes.title.text_frame, [title], 24)
    height = 0.5 * len(rows)
    graphic = slide.shapes.add_table(len(rows), len(rows[0]), 0, 0, 0, 0)
    _place(graphic, 0.5, 1.3, sum(widths), height)
    table = graphic.table
    for column, width in enumerate(widths):
        table.columns[column].width = int(width * 914400)
    for row_index, row in enumerate(rows):
        for column, value in enumerate(row):
            frame = table.cell(row_index, column).text_frame
            frame.clear()
            run = frame.paragraphs[0].add_run()
            run.text = value
            _pptx_font(run, 14, bold=row_index == 0 or row[0] == "合計")
    box = slide.shapes.add_textbox(0, 0, 0, 0)
    _place(box, 0.5, 1.5 + height, 12.3, 1.0)
    box.text_frame.word_wrap = True
    _pptx_fill(box.text_frame, [note], 14)
    slide.notes_slide.notes_text_frame.text = speaker


def build_pptx(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    presentation.slide_width = Inches(13.333)
    presentation.slide_height = Inches(7.5)
    cover = presentation.slides.add_slide(presentation.slide_layouts[0])
    _place(cover.shapes.title, 0.5, 1.9, 12.3, 1.5)
    _pptx_fill(cover.shapes.title.text_frame, [DECK_TITLE], 32)
    _place(cover.placeholders[1], 0.5, 3.7, 12.3, 1.8)
    _pptx_fill(cover.placeholders[1].text_frame, DECK_COVER, 20)

    areas = [["エリア", "ポート数（2026年度末）", "ポート数（2027年度末計画）", "車両数（2026年度末）",
              "車両数（2027年度末計画）"]]
    areas += [[name, str(a), str(b), str(c), str(d)] for name, a, b, c, d in AREAS]
    areas += [["合計"] + [str(value) for value in AREA_TOTALS]]
    _table_slide(presentation, AREAS_SLIDE_TITLE, areas, [2.6, 2.4, 2.4, 2.4, 2.4], AREAS_NOTE, AREAS_SPEAKER)
    indicators = [["指標", "2025年度実績", "2026年度実績", "2027年度目標"]] + [list(row) for row in INDICATORS]
    _table_slide(presentation, INDICATORS_TITLE, indicators, [4.4, 2.6, 2.6, 2.6], INDICATORS_NOTE,
                 INDICATORS_SPEAKER)

    points = presentation.slides.add_slide(presentation.slide_layouts[1])
    _place(points.shapes.title, 0.5, 0.3, 12.3, 0.9)
    _pptx_fill(points.shapes.title.text_frame, [POINTS_TITLE], 26)
    _place(points.placeholders[1], 0.5, 1.4, 12.3, 5.2)
    _pptx_fill(points.placeholders[1].text_frame, POINTS, 18)
    points.notes_slide.notes_text_frame.text = ("初月無料キャンペーンの対象は、駐輪場の定期券を持っていて、"
                                                "キャンペーン期間中に初めて月額会員に登録した方。")

    properties = presentation.core_properties
    properties.title = DECK_TITLE
    properties.author = f"{COMPANY} シェアサイクル事業部"
    properties.last_modified_by = f"{COMPANY} シェアサイクル事業部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((PDF_FILENAME, build_pdf), (DOCX_FILENAME, build_docx), (XLSX_FILENAME, build_xlsx),
                              (PPTX_FILENAME, build_pptx), (EML_FILENAME, build_eml)):
        path = HERE / filename
        builder(path)
        written.append(path)
    written += write_questions()
    for path in written:
        print(f"{path.name}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
