"""Write the five documents of the nineteenth holdout corpus (tests/data/holdout19/README.md).

One fictional regional car dealer, みなせ自動車販売株式会社 (head office in the fictional 水瀬市;
five showrooms, 中央店, 北町店, 港南店, 桜台店 and 西野店, and one workshop, みなせ整備センター), and
five documents its staff would look things up in: the inspection and service price list as Word
(the statutory inspection and the 12-month inspection banded by vehicle weight, with a two-row
header, each over 改定後 and 改定前; surcharges, discounts and extra services in prose and a second
table), the sales report of fiscal 2026 as a PDF (new cars by showroom and vehicle class, the
showroom written only on the first row of its group with a 小計 row per showroom, a table that
crosses a page break and ends with 合計; used cars by showroom), the inspection figures as Excel
(statutory inspections month by month and showroom by showroom, other service jobs by showroom),
a deck for the showroom managers' meeting as PowerPoint (targets for fiscal 2027, the year's
events, priorities) and an all-staff e-mail (.eml) on the Golden Week opening days and the new
service-desk hours. Every name, address, telephone number and figure here is invented (e-mail
domains end in `.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail is
fixed text with a fixed date and message id.

    .venv/bin/python tests/data/holdout19/make_holdout19.py
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
    reportlab_pdf,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 4, 12, 9, 30, 0)
COMPANY = "みなせ自動車販売株式会社"
WORKSHOP = "みなせ整備センター"
HEADER_FILL = "E2EFDA"

# ---------------------------------------------------------------------------------------------
# Figures shared by more than one document.

STORES = ["中央店", "北町店", "港南店", "桜台店", "西野店"]
CLASSES = ["軽自動車", "小型乗用車", "普通乗用車", "商用車"]
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]

# New cars sold (登録・届出台数), fiscal 2025 and 2026, by showroom and vehicle class, in CLASSES order.
NEW_CARS: dict[str, list[tuple[int, int]]] = {
    "中央店": [(412, 438), (286, 301), (347, 362), (58, 64)],
    "北町店": [(538, 571), (193, 186), (214, 229), (41, 37)],
    "港南店": [(327, 349), (248, 263), (392, 418), (96, 103)],
    "桜台店": [(466, 452), (157, 172), (183, 197), (23, 26)],
    "西野店": [(604, 587), (132, 141), (118, 126), (77, 82)],
}
STORE_NEW = {store: (sum(row[0] for row in rows), sum(row[1] for row in rows)) for store, rows in NEW_CARS.items()}
CLASS_NEW = [(sum(NEW_CARS[store][index][0] for store in STORES), sum(NEW_CARS[store][index][1] for store in STORES))
             for index in range(len(CLASSES))]
NEW_2025 = sum(value[0] for value in STORE_NEW.values())
NEW_2026 = sum(value[1] for value in STORE_NEW.values())

# Used cars sold at retail, fiscal 2025 and 2026, by showroom.
USED_CARS = {"中央店": (268, 284), "北町店": (196, 203), "港南店": (231, 247), "桜台店": (178, 171),
             "西野店": (275, 307)}
USED_2025 = sum(value[0] for value in USED_CARS.values())
USED_2026 = sum(value[1] for value in USED_CARS.values())

# Statutory inspections (車検) taken in, fiscal 2026, by showroom and month.
INSPECTIONS = {
    "中央店": [148, 136, 152, 161, 139, 157, 166, 149, 137, 128, 171, 214],
    "北町店": [97, 88, 103, 109, 94, 101, 112, 99, 91, 84, 115, 146],
    "港南店": [132, 121, 138, 144, 126, 135, 149, 133, 122, 117, 153, 192],
    "桜台店": [76, 69, 81, 85, 73, 79, 88, 77, 71, 66, 90, 118],
    "西野店": [118, 107, 121, 127, 112, 119, 131, 116, 108, 101, 134, 171],
}
INSPECTION_MONTH_TOTALS = [sum(INSPECTIONS[store][index] for store in STORES) for index in range(12)]
INSPECTION_TOTAL = sum(INSPECTION_MONTH_TOTALS)

# Other service jobs of fiscal 2026 by where they were taken in: 法定12か月点検, 6か月点検,
# 一般整備・修理, 板金塗装.
SERVICE_KINDS = ["法定12か月点検", "6か月点検", "一般整備・修理", "板金塗装"]
SERVICE_JOBS = [
    ("中央店", 1284, 962, 1537, 318),
    ("北町店", 846, 611, 1025, 207),
    ("港南店", 1173, 884, 1419, 296),
    ("桜台店", 659, 473, 812, 164),
    ("西野店", 1028, 745, 1263, 251),
    (f"{WORKSHOP}（直接受付）", 214, 86, 693, 427),
]
SERVICE_TOTALS = [sum(row[index] for row in SERVICE_JOBS) for index in range(1, 5)]


def _n(value: int) -> str:
    return f"{value:,}"


def _change(value: int) -> str:
    """An increase as +N, a decrease as △N, the way Japanese business tables write them."""
    return f"+{value:,}" if value > 0 else (f"△{-value:,}" if value < 0 else "0")


def _ratio(before: int, after: int) -> str:
    return f"{after / before * 100:.1f}"


WEEKDAYS = "月火水木金土日"
HOLIDAYS = {datetime.date(2027, 4, 29), datetime.date(2027, 5, 3), datetime.date(2027, 5, 4),
            datetime.date(2027, 5, 5)}


def _date(month: int, day: int, *, year: int | None = 2027) -> str:
    """A date with its weekday in parentheses (and 祝 on a public holiday), as the e-mail writes it."""
    moment = datetime.date(2027 if year is None else year, month, day)
    weekday = WEEKDAYS[moment.weekday()] + ("・祝" if moment in HOLIDAYS else "")
    prefix = "" if year is None else f"{year}年"
    return f"{prefix}{month}月{day}日（{weekday}）"


# ---------------------------------------------------------------------------------------------
# 1. DOCX: the inspection and service price list.

PRICES_FILENAME = "車検・点検整備基本料金表_2027年4月改定.docx"
PRICES_TITLE = "みなせ自動車販売 車検・点検整備 基本料金表（2027年4月改定）"

# 車両重量, 車検基本料金 改定後, 改定前, 法定12か月点検 改定後, 改定前 (税込)
WEIGHT_BANDS = [
    ("軽自動車（車両重量にかかわらず）", "27,500円", "25,300円", "12,980円", "11,880円"),
    ("1,000kg以下", "33,000円", "30,800円", "15,180円", "14,080円"),
    ("1,001kg〜1,500kg", "38,940円", "35,860円", "17,490円", "16,280円"),
    ("1,501kg〜2,000kg", "44,880円", "41,140円", "19,910円", "18,480円"),
    ("2,001kg〜2,500kg", "50,380円", "46,200円", "22,330円", "20,790円"),
    ("2,501kg〜3,000kg", "56,100円", "51,700円", "24,750円", "23,100円"),
]

EXTRAS_TABLE = [
    ["項目", "単位", "改定後（税込）", "改定前（税込）"],
    ["代車（軽自動車）", "1日", "1,650円", "1,100円"],
    ["代車（普通車・小型車）", "1日", "3,300円", "2,750円"],
    ["引取・納車（片道10km以内）", "1回", "無料", "無料"],
    ["引取・納車（片道10km超20km以内）", "1回", "2,200円", "1,650円"],
    ["下回り防錆塗装（軽自動車）", "1台", "12,100円", "9,900円"],
    ["下回り防錆塗装（普通車・小型車）", "1台", "16,500円", "14,300円"],
    ["ヘッドライト黄ばみ除去", "左右1組", "5,500円", "4,400円"],
    ["車内消臭・除菌", "1台", "3,850円", "3,300円"],
]

PRICES_BODY: list[tuple[str, object]] = [
    ("right", "2027年（令和9年）2月22日 取締役会決定　2027年（令和9年）4月1日 施行"),
    ("h1", "第1条 目的及び適用"),
    ("p", "この料金表は、みなせ自動車販売株式会社（以下「当社」という。）の各店舗及びみなせ整備センターで受け付ける"
          "車検（継続検査）及び点検整備の基本料金を定める。改定後の料金は、2027年4月1日以後に入庫した車両に適用する。"
          "ただし、2027年3月31日までに予約を受け付け、2027年4月30日までに入庫した車両には、改定前の料金を適用する。"
          "料金はすべて消費税込みの額とする。"),
    ("h1", "第2条 車検基本料金及び法定12か月点検料金"),
    ("p", "車検基本料金（24か月点検整備料及び検査代行料）と法定12か月点検の料金は、車両重量に応じて次の表のとおり"
          "とする。部品代、油脂類及び追加の整備の工賃は含まない。"),
    ("band_table", None),
    ("p", "注1：車両重量は、自動車検査証（車検証）に記載された車両重量による。車両総重量ではない。"),
    ("p", "注2：区分の境目にあたる車両重量（1,000kg、1,500kg、2,000kg、2,500kg）の車両は、軽い方の区分とする。"
          "たとえば車両重量がちょうど1,500kgの車両は「1,001kg〜1,500kg」の区分である。"),
    ("p", "注3：車両重量が3,000kgを超える車両、貨物自動車及び特種用途自動車（キャンピングカー等）の料金は、"
          "この表によらず、みなせ整備センターが個別に見積もる。"),
    ("p", "注4：自動車重量税、自賠責保険料及び検査手数料（印紙代）の法定費用は、車検基本料金とは別に実費を申し受ける。"),
    ("h1", "第3条 割増料金"),
    ("p", "輸入車は、車検基本料金及び法定12か月点検の料金をそれぞれ20%割増しとする（改定前は15%割増し）。"
          "車高を変更した車両（リフトアップ車・ローダウン車）は、リフトへの載せ替えの作業料として1台につき"
          "3,300円を加算する。"),
    ("h1", "第4条 割引"),
    ("p", "早期予約割引：車検の有効期間が満了する日の60日前までに予約した場合は、車検基本料金から3,300円"
          "（改定前2,200円）を割り引く。"),
    ("p", "メンテパック割引：「みなせメンテパック」に加入している車両は、車検基本料金を10%割り引く。早期予約割引と"
          "併用するときは、10%割引を先に計算し、その後に早期予約割引の額を差し引く。"),
    ("p", "初回車検割引：当社で新車を購入した車両の初回の車検は、車検基本料金から5,500円を割り引く。"
          "初回車検割引とメンテパック割引は併用できない。"),
    ("h1", "第5条 付帯サービスの料金"),
    ("p", "車検及び点検整備に付帯するサービスの料金は、次の表のとおりとする。"),
    ("table", EXTRAS_TABLE),
    ("p", "代車は、入庫日から2日間は無料とし、3日目から上表の料金を申し受ける。引取・納車の距離は、入庫する店舗"
          "又はみなせ整備センターからの片道の道のりで数え、20kmを超える場合は個別に見積もる。"),
    ("h1", "第6条 再検査及び予約の取消し"),
    ("p", "検査で保安基準に適合しなかった箇所を整備した後の再検査は、1回につき3,300円（改定前2,200円）とする。"
          "予約の取消しは入庫日の前日まで無料とし、当日の取消しは1,100円を申し受ける。"),
    ("h1", "第7条 支払方法"),
    ("p", "料金は、車両の引渡しの際に、現金、クレジットカード又は電子マネーで支払うものとする。合計額が5万円以上の"
          "場合は、当社提携のオートクレジットによる分割払い（3回〜24回）を利用できる。"),
    ("h1", "第8条 問い合わせ"),
    ("p", "この料金表に関する問い合わせは、みなせ自動車販売株式会社 サービス部（電話 0288-00-4410、"
          "service@minase-auto.example）で受け付ける。"),
]

# ---------------------------------------------------------------------------------------------
# 2. PDF: the sales report of fiscal 2026.

REPORT_FILENAME = "販売実績報告書_2026年度_店舗別新車販売台数.pdf"
REPORT_TITLE = "みなせ自動車販売株式会社 2026年度 販売実績報告書　―店舗別・車種区分別の新車販売台数―"

NEW_CAR_HEADER = ["店舗", "車種区分", "2025年度（台）", "2026年度（台）", "増減（台）", "前年度比（%）"]


def _new_car_table() -> list[list[str]]:
    rows = [NEW_CAR_HEADER]
    for store in STORES:
        for index, (name, (before, after)) in enumerate(zip(CLASSES, NEW_CARS[store])):
            rows.append([store if index == 0 else "", name, _n(before), _n(after), _change(after - before),
                         _ratio(before, after)])
        before, after = STORE_NEW[store]
        rows.append(["", "小計", _n(before), _n(after), _change(after - before), _ratio(before, after)])
    for index, (name, (before, after)) in enumerate(zip(CLASSES, CLASS_NEW)):
        rows.append(["全店" if index == 0 else "", name, _n(before), _n(after), _change(after - before),
                     _ratio(before, after)])
    rows.append(["合計", "", _n(NEW_2025), _n(NEW_2026), _change(NEW_2026 - NEW_2025), _ratio(NEW_2025, NEW_2026)])
    return rows


NEW_CAR_TABLE = _new_car_table()
USED_CAR_TABLE = [["店舗", "2025年度（台）", "2026年度（台）", "前年度比（%）"]] + [
    [store, _n(before), _n(after), _ratio(before, after)] for store, (before, after) in USED_CARS.items()
] + [["合計", _n(USED_2025), _n(USED_2026), _ratio(USED_2025, USED_2026)]]

REPORT_BLOCKS: list[tuple[str, object]] = [
    ("p", "2027年（令和9年）5月14日　みなせ自動車販売株式会社 営業本部 営業企画課"),
    ("h1", "1. 概況"),
    ("p", "この報告書は、2026年度（2026年4月1日から2027年3月31日まで）の当社の新車及び中古車の販売実績を、店舗別・"
          "車種区分別にまとめたものである。当社は水瀬市とその周辺で、中央店、北町店、港南店、桜台店及び西野店の"
          "5店舗と、車検・整備を行うみなせ整備センター（水瀬市東浜二丁目）を営業している。"),
    ("p", f"2026年度の新車販売台数は全店で{_n(NEW_2026)}台となり、前年度の{_n(NEW_2025)}台を"
          f"{_n(NEW_2026 - NEW_2025)}台上回った（前年度比{_ratio(NEW_2025, NEW_2026)}%）。中古車の小売台数は"
          f"{_n(USED_2026)}台（前年度{_n(USED_2025)}台）であった。2027年3月末の新車の受注残は287台"
          "（前年度末342台）で、半導体不足による納期の遅れはおおむね解消した。"),
    ("p", "車種区分別では、軽自動車が引き続き販売の中心で、全体の5割近くを占めた。普通乗用車は、港南店と中央店でSUVの"
          "販売が伸びた。商用車は、水瀬港周辺の運送・建設関係の法人のお客さまの入替え需要が港南店に集中した。"),
    ("p", "新車の販売台数は登録・届出ベースの小売台数で、業者販売は含まない。店舗は契約を受け付けた店舗で数える。"),
    ("h1", "2. 店舗別・車種区分別の新車販売台数"),
    ("p", "店舗別・車種区分別の新車販売台数は次の表のとおりである（増減は2026年度から2025年度を引いた台数、"
          "前年度比は2025年度に対する2026年度の割合。△は減少を表す）。小型乗用車は排気量2,000cc以下の5ナンバー車、"
          "普通乗用車は3ナンバー車、商用車は軽の商用車を含む貨物車（4ナンバー・1ナンバー）である。"),
    ("table", NEW_CAR_TABLE),
    ("p", "北町店は、2026年10月に展示場を改装して軽自動車の展示台数を増やし、軽自動車の販売が伸びた。桜台店と"
          "西野店は、店舗近くの競合店の開店の影響で軽自動車が前年度を下回った。"),
    ("h1", "3. 店舗別の中古車小売台数"),
    ("p", "中古車の小売台数は次の表のとおりである。西野店は、2026年7月に隣接地に中古車展示場（展示台数40台）を"
          "開設し、前年度を大きく上回った。"),
    ("table", USED_CAR_TABLE),
    ("h1", "4. 2027年度に向けて"),
    ("p", "2027年度は、新車の販売目標を全店で5,300台とし、車検の早期予約と「みなせメンテパック」の加入を、新車の"
          "ご成約時から案内する。店舗別の目標と年間の行事は、第1回店長会議の資料のとおりとする。"),
    ("h1", "5. 問い合わせ先"),
    ("p", "この報告書についての問い合わせは、営業本部 営業企画課（電話 0288-00-4420、"
          "eigyo-kikaku@minase-auto.example）まで。"),
]

REPORT_LAYOUT = ReportLayout(
    body_size=10.5, body_leading=17, heading_size=13, heading_leading=19, heading_space_before=9,
    heading_space_after=4, title_size=14, title_leading=20, table_header_colour="#" + HEADER_FILL,
    table_gap_mm=4, margin_mm=20,
)

# ---------------------------------------------------------------------------------------------
# 3. XLSX: the inspection figures.

FIGURES_FILENAME = "車検・整備入庫実績_2026年度.xlsx"

# ---------------------------------------------------------------------------------------------
# 4. PPTX: the deck for the showroom managers' meeting.

DECK_FILENAME = "2027年度_第1回店長会議_販売目標と年間行事.pptx"
DECK_TITLE = "2027年度 第1回店長会議"
DECK_COVER = ["販売目標・年間行事・重点施策", "みなせ自動車販売株式会社 営業本部・サービス部",
              "2027年（令和9年）4月9日（金）　本社2階会議室"]

# 店舗, 新車（台）, 中古車（台）, 車検入庫（台）
TARGETS = [
    ("中央店", 1210, 300, 1930),
    ("北町店", 1060, 215, 1260),
    ("港南店", 1180, 265, 1690),
    ("桜台店", 880, 180, 1020),
    ("西野店", 970, 330, 1480),
]
TARGETS_TABLE = [["店舗", "新車販売（台）", "中古車小売（台）", "車検入庫（台）"]] + [
    [store, _n(new), _n(used), _n(inspections)] for store, new, used, inspections in TARGETS
] + [["合計", _n(sum(row[1] for row in TARGETS)), _n(sum(row[2] for row in TARGETS)),
      _n(sum(row[3] for row in TARGETS))]]
TARGETS_TITLE = "2027年度 店舗別の販売目標"
TARGETS_NOTE = ("新車は登録・届出ベース、中古車は小売のみ。車検入庫は各店舗で受け付けた台数で、"
                "みなせ整備センターの直接受付分は含まない。上期（4月〜9月）で年間目標の45%を目安とする。")
TARGETS_SPEAKER = ("新車の目標は、受注残が減った分を見込んで2026年度実績の3〜5%増とした。西野店は中古車展示場の"
                   "通年稼働を見込んで中古車の目標を高めにしている。")

EVENTS_TABLE = [
    ["行事", "期間", "担当"],
    ["春の車検早期予約キャンペーン", "2027年4月10日〜5月31日", "サービス部"],
    ["新型コンパクトカー発表展示会", "2027年6月19日・20日", "営業部"],
    ["夏の安全点検フェア", "2027年7月17日〜8月1日", "サービス部"],
    ["中間決算フェア", "2027年9月4日〜9月26日", "営業部"],
    ["冬タイヤ交換の予約受付", "2027年10月16日〜11月30日", "サービス部"],
    ["決算フェア", "2028年2月5日〜3月31日", "営業部"],
]
EVENTS_TITLE = "2027年度 年間行事予定"
EVENTS_NOTE = ("夏の安全点検フェアの期間中は、法定12か月点検の予約者にエアコンフィルターの点検を無料で行う。"
               "展示会は中央店と港南店の2会場で開く。")
EVENTS_SPEAKER = "決算フェアの詳細と値引きの条件は、1月の店長会議で決める。"

POINTS_TITLE = "2027年度の重点施策"
POINTS = [
    "・車検の早期予約率（満了日の60日前までの予約）を65%に引き上げる（2026年度実績52%）",
    "・みなせメンテパックの加入率を、新車ご成約時40%とする（2026年度実績31%）",
    "・整備受付時間の変更（5月10日から）を、各店の店頭とウェブサイトで案内する",
    "・試乗の予約をウェブで受け付け、来店から試乗までの待ち時間を10分以内にする",
    "・4月1日からの新しい車検・点検整備の基本料金を、見積書の作成時に必ず確認する",
]

# ---------------------------------------------------------------------------------------------
# 5. EML: an all-staff e-mail.

MAIL_FILENAME = "全店周知_ゴールデンウィークの営業日程と整備受付時間の変更.eml"
MAIL_SUBJECT = "【全店周知】ゴールデンウィークの営業日程と整備受付時間の変更について"


def mail_body() -> str:
    golden = f"{_date(4, 29)}〜{_date(5, 5, year=None)}"
    lines = [
        "各店 店長・サービス受付担当 各位",
        "",
        "業務部の岩城です。",
        "ゴールデンウィーク期間の営業日程と、5月からの整備受付時間の変更についてお知らせします。",
        "店頭の掲示とお客さまへのご案内をお願いします。",
        "",
        f"■1. ゴールデンウィーク期間（{golden}）の営業日程",
        f"・中央店：{_date(5, 3, year=None)}〜{_date(5, 5, year=None)}は休業。"
        f"{_date(4, 29, year=None)}〜{_date(5, 2, year=None)}は10:00〜18:00の短縮営業",
        f"・北町店：{_date(5, 1, year=None)}〜{_date(5, 5, year=None)}は休業",
        f"・港南店：{_date(4, 29, year=None)}と{_date(5, 3, year=None)}〜{_date(5, 5, year=None)}は休業",
        f"・桜台店：{_date(5, 2, year=None)}〜{_date(5, 5, year=None)}は休業",
        f"・西野店：{_date(5, 4, year=None)}・{_date(5, 5, year=None)}は休業。"
        "中古車展示場は期間中も毎日10:00〜17:00に営業",
        f"・{WORKSHOP}：{_date(5, 1, year=None)}〜{_date(5, 5, year=None)}は休業。"
        f"{_date(4, 29, year=None)}・{_date(4, 30, year=None)}は通常どおり",
        "休業日のロードサービスは、24時間受付の「みなせロードサービス」（0120-000-418）で受け付けます。",
        "",
        f"■2. 整備受付時間の変更（{_date(5, 10)}から）",
        "各店のサービス受付",
        "・平日：9:00〜18:30（現在は9:30〜18:00）",
        "・土曜・日曜・祝日：9:00〜17:30（現在は9:30〜17:30）",
        "・ただし西野店の平日は9:00〜18:00とします。",
        f"{WORKSHOP}",
        "・平日：8:00〜18:00（現在は8:30〜17:30）",
        "・土曜：8:30〜16:00（現在は8:30〜12:00）",
        "・日曜・祝日：休業（変わりません）",
        "",
        "■3. 車検の当日お預かりの締切",
        f"当日お預かり・当日お渡しの車検の受付締切を、{_date(5, 10, year=None)}から11:00"
        "（現在は12:00）に早めます。締切後の受付は翌日のお渡しとなります。",
        "",
        "■4. 定休日",
        "各店の定休日は毎週水曜日（桜台店は毎週火曜日）で、変わりません。",
        "",
        "ご不明な点は業務部（内線 215）までお願いします。",
        "",
        "――――――――――――――――",
        f"{COMPANY} 業務部 岩城 沙織",
        "電話 0288-00-4400（内線 215）",
        "gyomu@minase-auto.example",
    ]
    return "\n".join(lines) + "\n"


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = f"{COMPANY} 業務部 <gyomu@minase-auto.example>"
    message["To"] = "全店 店長・サービス受付 <all-stores@minase-auto.example>"
    message["Subject"] = MAIL_SUBJECT
    message["Date"] = format_datetime(datetime.datetime(2027, 4, 12, 9, 30, 0,
                                                        tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    message["Message-ID"] = "<20270412093000.gw-hours@minase-auto.example>"
    message.set_content(mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


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
    properties.title = PRICES_TITLE
    properties.author = f"{COMPANY} サービス部"
    properties.last_modified_by = f"{COMPANY} サービス部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    document.add_heading(PRICES_TITLE, level=0)

    def new_table(rows: int, cols: int) -> object:
        table = document.add_table(rows=rows, cols=cols)
        table.style = document.styles["Table Grid"]
        return table

    def fill_row(table: object, row_index: int, values: list[str] | tuple[str, ...]) -> None:
        for column_index, value in enumerate(values):
            if value:
                table.cell(row_index, column_index).text = value  # type: ignore[attr-defined]

    for kind, content in PRICES_BODY:
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
        elif kind == "band_table":
            # Two header rows: the weight merged down; the inspection and the 12-month check each
            # over 改定後 and 改定前.
            table = new_table(2 + len(WEIGHT_BANDS), 5)
            fill_row(table, 0, ["車両重量（車検証記載）", "車検基本料金（24か月点検整備・検査代行）", "",
                                "法定12か月点検", ""])
            fill_row(table, 1, ["", "改定後", "改定前", "改定後", "改定前"])
            for first_row, first_col, last_row, last_col in ((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)):
                top_left = table.cell(first_row, first_col)  # type: ignore[attr-defined]
                text = top_left.text
                top_left.merge(table.cell(last_row, last_col)).text = text  # type: ignore[attr-defined]
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(table.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
            for row_index, row in enumerate(WEIGHT_BANDS, start=2):
                fill_row(table, row_index, row)
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_pdf(path: Path) -> None:
    reportlab_pdf(path, title=REPORT_TITLE, author=f"{COMPANY} 営業本部", blocks=REPORT_BLOCKS,  # type: ignore[arg-type]
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

    def data_row(sheet: object, row: int, label: str, numbers: list[int], *, total: bool = False) -> None:
        cells = [sheet.cell(row=row, column=1, value=label)]  # type: ignore[attr-defined]
        for column, value in enumerate(numbers, start=2):
            cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
            cell.number_format = "#,##0"
            cells.append(cell)
        for cell in cells:
            cell.border = border
            if total:
                cell.font = Font(bold=True)
                cell.fill = total_fill

    workbook = Workbook()
    monthly = workbook.active
    monthly.title = "月別車検入庫台数"
    sheet_head(monthly, "店舗別・月別 車検入庫台数（2026年度：2026年4月〜2027年3月）",
               ["月"] + STORES + ["合計"], [10, 12, 12, 12, 12, 12, 12])
    for index, month in enumerate(MONTHS):
        values = [INSPECTIONS[store][index] for store in STORES]
        data_row(monthly, 3 + index, month, values + [sum(values)])
    data_row(monthly, 3 + len(MONTHS), "合計", [sum(INSPECTIONS[store]) for store in STORES] + [INSPECTION_TOTAL],
             total=True)
    monthly.freeze_panes = "B3"

    service = workbook.create_sheet("点検・整備入庫台数")
    sheet_head(service, "受付場所別 点検・整備の入庫台数（2026年度）",
               ["受付場所"] + [f"{kind}（台）" for kind in SERVICE_KINDS] + ["合計（台）"], [28, 18, 14, 18, 14, 14])
    for index, (place, *values) in enumerate(SERVICE_JOBS, start=3):
        data_row(service, index, place, list(values) + [sum(values)])
    data_row(service, 3 + len(SERVICE_JOBS), "合計", SERVICE_TOTALS + [sum(SERVICE_TOTALS)], total=True)

    notes = workbook.create_sheet("注記")
    for index, line in enumerate([
        "注記",
        "1. 2026年度は2026年4月1日〜2027年3月31日。月別車検入庫台数の1月〜3月は2027年の月。",
        "2. 車検入庫台数は、各店舗で受け付けてみなせ整備センターで整備・検査した継続検査の台数。"
        "みなせ整備センターで直接受け付けた車検は含まない。",
        "3. 点検・整備入庫台数は、車検を除く作業の台数。1台で複数の作業をしたときは主な作業で1台と数える。",
        "4. 板金塗装は、保険修理と自費修理の計。",
    ], start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 110
    save_workbook(workbook, path, title=f"{COMPANY} 車検・整備入庫実績（2026年度）",
                  creator=f"{COMPANY} サービス部", moment=FIXED_MOMENT)


def _table_slide(presentation: object, title: str, rows: list[list[str]], widths: list[float], note: str,
                 speaker: str) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [title], 24)
    height = 0.45 * len(rows)
    graphic = slide.shapes.add_table(len(rows), len(rows[0]), 0, 0, 0, 0)
    pptx_place(graphic, 0.5, 1.3, sum(widths), height)
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
            run.font.bold = row_index == 0 or row[0] == "合計"
    box = slide.shapes.add_textbox(0, 0, 0, 0)
    pptx_place(box, 0.5, 1.5 + height, 12.3, 1.2)
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
    pptx_fill(cover.shapes.title.text_frame, [DECK_TITLE], 32)
    pptx_place(cover.placeholders[1], 0.5, 3.7, 12.3, 1.8)
    pptx_fill(cover.placeholders[1].text_frame, DECK_COVER, 20)
    _table_slide(presentation, TARGETS_TITLE, TARGETS_TABLE, [3.0, 3.0, 3.0, 3.0], TARGETS_NOTE, TARGETS_SPEAKER)
    _table_slide(presentation, EVENTS_TITLE, EVENTS_TABLE, [4.6, 4.4, 2.6], EVENTS_NOTE, EVENTS_SPEAKER)
    points = presentation.slides.add_slide(presentation.slide_layouts[1])
    pptx_place(points.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(points.shapes.title.text_frame, [POINTS_TITLE], 26)
    pptx_place(points.placeholders[1], 0.5, 1.4, 12.3, 5.2)
    pptx_fill(points.placeholders[1].text_frame, POINTS, 18)
    properties = presentation.core_properties
    properties.title = DECK_TITLE
    properties.author = f"{COMPANY} 営業本部"
    properties.last_modified_by = f"{COMPANY} 営業本部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((PRICES_FILENAME, build_docx), (REPORT_FILENAME, build_pdf),
                              (FIGURES_FILENAME, build_xlsx), (DECK_FILENAME, build_pptx),
                              (MAIL_FILENAME, build_eml)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
