"""Write the five documents of the thirty-second holdout corpus (tests/data/holdout32/README.md).

One fictional cold-chain logistics company, ゆきしろ低温物流株式会社 (head office in the fictional
碧浜市; four depots for frozen and chilled goods, 碧浜センター, 楓原センター, 星野台センター and
雪見川センター, each in a fictional city of the same name), and five documents its staff and
customers would look things up in: the storage, handling and delivery tariff as a PDF (storage and
handling by temperature zone, new beside old, under a two-row header; delivery charges by
temperature zone, one-way distance band and weight band, a table that crosses a page break with its
two header rows repeated and the zone written only on the first row of its group), the work and
allowance rules for drivers and warehouse staff as Word (shifts, allowances new and old under a
two-row header, banded by distance and by years of service), the pallets stored and deliveries made
in fiscal 2026 as Excel (month by month and depot by depot, frozen and chilled under a two-row
header, with totals and averages), a notice to customers on the year-end delivery schedule and
order cut-off times as HTML, and the safety and temperature-control manual as Markdown (set
points, alarm limits, working-time limits in the freezer, contacts with extensions). Every name,
address, telephone number and figure here is invented (e-mail domains end in `.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the HTML and
Markdown files are fixed text.

    .venv/bin/python tests/data/holdout32/make_holdout32.py
"""

from __future__ import annotations

import datetime
import html
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

FIXED_MOMENT = datetime.datetime(2027, 11, 15, 10, 0, 0)
COMPANY = "ゆきしろ低温物流株式会社"
HEADER_FILL = "DDEBF7"
DEPOTS = ["碧浜センター", "楓原センター", "星野台センター", "雪見川センター"]
WEEKDAYS = "月火水木金土日"


def _n(value: int) -> str:
    return f"{value:,}"


def _yen(value: int) -> str:
    return f"{value:,}円"


def _date(year: int, month: int, day: int, *, with_year: bool = True) -> str:
    """A date with its weekday in parentheses, as the notice writes it."""
    weekday = WEEKDAYS[datetime.date(year, month, day).weekday()]
    prefix = f"{year}年" if with_year else ""
    return f"{prefix}{month}月{day}日（{weekday}）"


# ---------------------------------------------------------------------------------------------
# 1. PDF: the storage, handling and delivery tariff.

TARIFF_FILENAME = "保管料・配送料金表_2027年4月改定.pdf"
TARIFF_TITLE = "ゆきしろ低温物流　保管料・荷役料・配送料 料金表（2027年4月1日改定）"

ZONES = ["冷凍", "チルド", "冷蔵", "定温"]

ZONE_TABLE = [
    ["温度帯", "管理温度", "主な品目"],
    ["冷凍", "−20℃以下", "冷凍食品、水産物、アイスクリーム"],
    ["チルド", "−5℃〜＋5℃", "精肉、鮮魚、乳製品、洋菓子"],
    ["冷蔵", "＋5℃〜＋10℃", "青果、惣菜、和菓子"],
    ["定温", "＋10℃〜＋20℃", "米、飲料、チョコレート、医薬部外品"],
]

# 温度帯: 保管料 (1パレット・1期) 改定後, 改定前; 荷役料 (1パレット・入庫又は出庫1回) 改定後, 改定前
STORAGE = {
    "冷凍": (1680, 1540, 1270, 1160),
    "チルド": (1520, 1390, 1130, 1040),
    "冷蔵": (1360, 1250, 990, 910),
    "定温": (1090, 1010, 820, 760),
}

DISTANCE_BANDS = ["20km未満", "20km以上50km未満", "50km以上100km未満", "100km以上150km未満",
                  "150km以上200km未満", "200km以上300km未満"]
WEIGHT_BANDS = ["100kg未満", "100kg以上300kg未満", "300kg以上1,000kg未満", "1,000kg以上2,000kg未満"]
ZONE_BASE = {"冷凍": 3850, "チルド": 3520, "冷蔵": 3300, "定温": 2970}
DISTANCE_FACTOR = [1.0, 1.32, 1.78, 2.41, 3.05, 3.86]
WEIGHT_FACTOR = [1.0, 1.63, 2.71, 4.38]


def delivery_charge(zone: str, distance: int, weight: int) -> int:
    """The delivery charge (yen, before tax) for one drop, rounded to ten yen."""
    value = ZONE_BASE[zone] * DISTANCE_FACTOR[distance] * WEIGHT_FACTOR[weight]
    return int(round(value / 10.0)) * 10


DELIVERY_HEADER = [
    ["温度帯", "距離（片道）", "1件の納品の総重量（単位：円）", "", "", ""],
    ["", ""] + [band.replace("以上", "以上\n") for band in WEIGHT_BANDS],
]


def _delivery_rows() -> list[list[str]]:
    rows = []
    for zone in ZONES:
        for distance, band in enumerate(DISTANCE_BANDS):
            rows.append([zone if distance == 0 else "", band]
                        + [_n(delivery_charge(zone, distance, weight)) for weight in range(len(WEIGHT_BANDS))])
    return rows


DELIVERY_ROWS = _delivery_rows()

EXTRA_WORK = [
    ["作業", "単位", "改定後", "改定前"],
    ["ケースピッキング", "1ケース", "46円", "40円"],
    ["ピースピッキング", "1ピース", "17円", "14円"],
    ["値札・ラベル貼付", "1枚", "11円", "9円"],
    ["入庫検品（温度記録付き）", "1パレット", "370円", "310円"],
    ["急速凍結（−35℃）", "1kg", "29円", "24円"],
    ["ストレッチフィルム巻き", "1パレット", "230円", "190円"],
    ["パレット貸出", "1枚・1期", "64円", "52円"],
]

# ("h1" | "p" | "zone_table" | "storage_table" | "delivery_table" | "table", text or rows)
TARIFF_BLOCKS: list[tuple[str, object]] = [
    ("p", "2027年（令和9年）2月15日 制定　2027年（令和9年）4月1日 適用　ゆきしろ低温物流株式会社 営業本部"),
    ("h1", "1. 適用"),
    ("p", "この料金表は、ゆきしろ低温物流株式会社（以下「当社」という。）の碧浜センター、楓原センター、星野台センター"
          "及び雪見川センターの4拠点で行う、冷凍・冷蔵貨物の保管、荷役及び配送の料金を定める。改定後の料金は、"
          "2027年4月1日以後の入庫分及び配送分に適用する。同日より前に入庫した貨物の2027年3月31日までの保管料は、"
          "改定前の料金による。料金はすべて消費税抜きの額とする。"),
    ("h1", "2. 温度帯の区分"),
    ("p", "温度帯は次の4区分とし、荷主が入庫依頼書で指定した温度帯による。"),
    ("zone_table", ZONE_TABLE),
    ("h1", "3. 保管料及び荷役料"),
    ("p", "保管料は、1パレット（1,100mm×1,100mm、積付け高さ1.6m以内）あたり1期ごとの料金とする。1期は毎月1日〜10日、"
          "11日〜20日及び21日〜末日の3期とし、期の途中で入庫した貨物にも1期分の保管料を適用する。"),
    ("storage_table", None),
    ("h1", "4. 配送料"),
    ("p", "配送料は、出荷するセンターから納品先までの片道の道のり（距離）と1件の納品の総重量により、次の表のとおり"
          "とする（1件あたり）。区分の境目にあたるときは「以上」の区分による（片道ちょうど50kmは「50km以上100km未満」）。"),
    ("delivery_table", None),
    ("p", "片道300km以上の配送及び1件の総重量が2,000kg以上の配送は、貸切便として個別に見積もる。"),
    ("p", "パレットに満たない貨物をケース単位で保管する場合の保管料は、1ケース1期あたり冷凍38円、冷凍以外の温度帯27円"
          "とする。積付け高さが1.6mを超えるパレットは、1.5パレットとして計算する。"),
    ("p", "納品時刻の指定（2時間枠）は1件につき850円を加算する。早朝（6:00より前）又は夜間（20:00以後）の納品は、"
          "配送料の30%増し（改定前25%増し）とする。"),
    ("p", "日曜日及び祝日の配送は、1件につき3,500円（改定前2,800円）を加算する。"),
    ("h1", "5. 付帯作業料"),
    ("p", "保管及び配送に付帯する作業の料金は、次の表のとおりとする（消費税抜き）。"),
    ("table", EXTRA_WORK),
    ("h1", "6. 支払条件"),
    ("p", "料金は毎月末日に締め切り、翌月末日までに当社指定の銀行口座に振り込むものとする。振込手数料は荷主の負担とする。"),
    ("h1", "7. 問い合わせ先"),
    ("p", "この料金表についての問い合わせは、営業本部 料金担当（電話 0257-00-2710、ryokin@yukishiro-cold.example）"
          "で受け付ける（平日9:00〜17:30）。"),
]


# ---------------------------------------------------------------------------------------------
# 2. DOCX: the work and allowance rules for drivers and warehouse staff.

RULES_FILENAME = "乗務員・倉庫作業員_就業規則及び手当規程_2027年4月改定.docx"
RULES_TITLE = "ゆきしろ低温物流株式会社 乗務員・倉庫作業員 就業規則及び手当規程（2027年4月改定）"

SHIFT_TABLE = [
    ["対象", "勤務区分", "始業", "終業", "休憩"],
    ["倉庫作業員", "早番", "5:30", "14:30", "60分"],
    ["", "日勤", "8:15", "17:15", "60分"],
    ["", "夜勤", "21:45", "翌6:45", "75分"],
    ["乗務員", "配送A", "4:20", "13:20", "60分"],
    ["", "配送B", "9:40", "18:40", "60分"],
    ["", "長距離", "運行計画による", "運行計画による", "運行計画による"],
]

# 手当の種類, 区分, 改定後, 改定前, 単位
ALLOWANCES = [
    ("低温作業手当", "冷凍庫内（−20℃以下）", 260, 220, "1時間"),
    ("", "チルド・冷蔵庫内", 140, 110, "1時間"),
    ("夜勤手当", "夜勤の勤務1回", 1850, 1500, "1回"),
    ("長距離運行手当", "片道150km以上250km未満", 2400, 1900, "1運行"),
    ("", "片道250km以上350km未満", 3600, 2900, "1運行"),
    ("", "片道350km以上", 5200, 4300, "1運行"),
    ("勤続手当", "1年以上3年未満", 3200, 2100, "月額"),
    ("", "3年以上5年未満", 6500, 4800, "月額"),
    ("", "5年以上10年未満", 11000, 8700, "月額"),
    ("", "10年以上", 16500, 13200, "月額"),
    ("資格手当", "大型自動車免許", 8400, 7100, "月額"),
    ("", "フォークリフト運転技能講習修了", 4600, 3700, "月額"),
    ("", "冷凍機械責任者（第三種以上）", 7800, 6200, "月額"),
    ("無事故手当", "6か月間無事故・無違反", 12500, 9600, "半期ごと"),
]

RULES_BODY: list[tuple[str, object]] = [
    ("right", "2027年（令和9年）3月10日 取締役会決定　2027年（令和9年）4月1日 施行"),
    ("h1", "第1条 目的及び適用範囲"),
    ("p", "この規則は、ゆきしろ低温物流株式会社（以下「会社」という。）の碧浜センター、楓原センター、星野台センター及び"
          "雪見川センターで働く配送乗務員（以下「乗務員」という。）及び倉庫作業員（フォークリフト運転者を含む。以下"
          "「作業員」という。）の勤務時間、休日、賃金の支払及び手当を定める。パートタイマーの手当は、別に定める。"),
    ("h1", "第2条 勤務時間"),
    ("p", "勤務区分ごとの始業・終業の時刻及び休憩時間は、次の表のとおりとする。所定労働時間は1日8時間、1か月単位の"
          "変形労働時間制により1週平均40時間とする。"),
    ("shift_table", SHIFT_TABLE),
    ("p", "乗務員の1日の拘束時間は13時間以内とし、延長する場合も15時間を超えないものとする。運行の途中には、連続運転"
          "4時間ごとに合計30分以上の休憩をとる。"),
    ("h1", "第3条 休日"),
    ("p", "休日は4週8休とし、年間休日は108日（改定前105日）とする。年末年始の休日は12月31日から1月3日までとする。"),
    ("h1", "第4条 賃金の締切及び支払"),
    ("p", "賃金は毎月15日に締め切り、当月25日に支払う。支払日が金融機関の休業日にあたるときは、その前日に支払う。"),
    ("h1", "第5条 手当"),
    ("p", "会社は、次の表の手当を支給する。改定後の額は、2027年4月16日以後の勤務分（2027年5月25日支払分）から適用する。"),
    ("allowance_table", None),
    ("p", "注1：勤続年数は、毎年4月1日現在の満年数で数える。区分の境目にあたるときは、「以上」とする区分による。"
          "例えば、勤続ちょうど5年の者は「5年以上10年未満」の区分とする。"),
    ("p", "注2：長距離運行手当の距離は、出発したセンターから最も遠い納品先までの片道の道のりで数える。"),
    ("p", "注3：資格手当は2つまで併給する。3つ以上の資格を持つ者には、額の多い2つを支給する。"),
    ("p", "注4：低温作業手当は、庫内での作業時間を15分単位で集計し、1か月の合計に対して支給する。"),
    ("h1", "第6条 時間外労働及び割増賃金"),
    ("p", "時間外労働の割増率は25%とし、1か月60時間を超える部分は50%とする。法定休日の労働は35%、22:00から翌5:00までの"
          "深夜労働は25%を加算する。"),
    ("h1", "第7条 防寒具の貸与"),
    ("p", "会社は、冷凍庫内で作業する者に、防寒服上下1着、防寒長靴1足及び防寒手袋を年に3双貸与する。防寒服は2年ごとに"
          "交換する。"),
    ("h1", "第8条 健康診断"),
    ("p", "冷凍庫内で作業する者及び夜勤に従事する者には、6か月以内ごとに1回、定期健康診断を行う。"),
    ("h1", "第9条 問い合わせ"),
    ("p", "この規則についての問い合わせは、総務部 人事労務課 課長 三上 朋美（内線 321、直通 0257-00-2738、"
          "jinji@yukishiro-cold.example）が受け付ける。"),
]


# ---------------------------------------------------------------------------------------------
# 3. XLSX: pallets stored and deliveries by month and depot, fiscal 2026.

FIGURES_FILENAME = "拠点別_保管パレット数・配送件数_2026年度.xlsx"
MONTHS = [f"2026年{month}月" for month in range(4, 13)] + [f"2027年{month}月" for month in range(1, 4)]
SEASON = [0.91, 0.94, 0.97, 1.06, 1.12, 0.99, 0.96, 1.03, 1.21, 0.88, 0.86, 0.95]

# Month-end pallets in storage: (frozen base, chilled base) per depot.
PALLET_BASE = {"碧浜センター": (3420, 1870), "楓原センター": (2160, 1340), "星野台センター": (1780, 2250),
               "雪見川センター": (2610, 960)}
DELIVERY_BASE = {"碧浜センター": 8640, "楓原センター": 6120, "星野台センター": 7350, "雪見川センター": 4980}


def _wobble(month: int, depot: int, salt: int) -> int:
    return (month * 37 + depot * 53 + salt * 29) % 47 - 23


PALLETS = {
    depot: [(int(frozen * SEASON[month]) + _wobble(month, index, 1),
             int(chilled * (2 - SEASON[month]) ** 0.5) + _wobble(month, index, 2))
            for month in range(12)]
    for index, (depot, (frozen, chilled)) in enumerate(PALLET_BASE.items())
}
DELIVERIES = {
    depot: [int(base * SEASON[month]) + 3 * _wobble(month, index, 3) for month in range(12)]
    for index, (depot, base) in enumerate(DELIVERY_BASE.items())
}


# ---------------------------------------------------------------------------------------------
# 4. HTML: the notice to customers on the year-end delivery schedule.

NOTICE_FILENAME = "年末年始の配送スケジュールと受注締切時刻のお知らせ_2027年.html"
NOTICE_TITLE = "年末年始の配送スケジュールと受注締切時刻のお知らせ（2027年〜2028年）"

# センター, 受注締切 (翌日配送分) 通常, 12月27日・28日, 12月29日 (年内最終便), 12月30日の最終入庫受付
CUTOFFS = [
    ("碧浜センター", "15:00", "13:30", "11:40", "10:30"),
    ("楓原センター", "14:30", "13:00", "11:10", "10:00"),
    ("星野台センター", "15:00", "12:40", "10:50", "9:45"),
    ("雪見川センター", "14:00", "12:20", "10:20", "9:15"),
]
DEPOT_PHONES = {"碧浜センター": "0257-00-3141", "楓原センター": "0263-00-5172",
                "星野台センター": "0248-00-6293", "雪見川センター": "0239-00-7354"}


def notice_html() -> str:
    e = html.escape
    schedule = [
        (_date(2027, 12, 27, with_year=False), "通常どおり", "通常どおり", "受注締切を早めます（下表）"),
        (_date(2027, 12, 28, with_year=False), "通常どおり", "通常どおり", "受注締切を早めます（下表）"),
        (_date(2027, 12, 29, with_year=False), "通常どおり", "通常どおり", "年内最終の集荷日です"),
        (_date(2027, 12, 30, with_year=False), "午前のみ", "午前中に納品", "年内最終の配送日です"),
        (f"{_date(2027, 12, 31, with_year=False)}〜{_date(2028, 1, 3, with_year=False)}", "休業", "休業",
         "全センター休業"),
        (_date(2028, 1, 4, with_year=False), "入庫のみ", "なし", "配送はありません"),
        (_date(2028, 1, 5, with_year=False), "通常どおり", "通常どおり", "年始の配送開始"),
    ]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(NOTICE_TITLE)}</title>",
        "<style>table{border-collapse:collapse}th,td{border:1px solid #888;padding:4px 8px}"
        "th{background:#ddebf7}</style>",
        "</head>",
        "<body>",
        f'<p class="date">2027年（令和9年）11月15日</p>',
        "<p>お取引先各位</p>",
        f'<p class="sender">{e(COMPANY)}<br>営業本部 業務課</p>',
        f"<h1>{e(NOTICE_TITLE)}</h1>",
        "<p>平素は格別のお引き立てを賜り、厚く御礼申し上げます。年末年始の配送スケジュールと、各センターの受注締切時刻を"
        "次のとおりお知らせいたします。ご発注の際はお早めにお手配くださいますよう、お願い申し上げます。</p>",
        "<h2>1. 年末年始の休業期間</h2>",
        f"<p>{_date(2027, 12, 31)}から{_date(2028, 1, 3)}までの4日間は、全センターを休業いたします。"
        f"年内の最終配送日は{_date(2027, 12, 30)}（午前中の納品のみ）、年始の配送開始は"
        f"{_date(2028, 1, 5)}です。{_date(2028, 1, 4, with_year=False)}は入庫の受付のみを行います。</p>",
        "<h2>2. 日別の営業予定</h2>",
        "<table>",
        "<thead><tr><th>日付</th><th>入庫・集荷</th><th>配送</th><th>備考</th></tr></thead>",
        "<tbody>",
    ]
    for row in schedule:
        parts.append("<tr>" + "".join(f"<td>{e(value)}</td>" for value in row) + "</tr>")
    parts += [
        "</tbody>",
        "</table>",
        "<h2>3. 各センターの受注締切時刻</h2>",
        "<p>翌日配送分の受注締切時刻は、年末の期間中、次のとおり早めます。締切時刻を過ぎたご注文は、翌々日の配送となります。"
        f"{_date(2027, 12, 29, with_year=False)}の締切時刻を過ぎたご注文と{_date(2027, 12, 30, with_year=False)}"
        "のご注文は、年始の配送となります。</p>",
        "<table>",
        "<thead>",
        '<tr><th rowspan="2">センター</th><th colspan="3">受注締切時刻（翌日配送分）</th>'
        '<th rowspan="2">12月30日の最終入庫受付</th></tr>',
        "<tr><th>通常</th><th>12月27日・28日</th><th>12月29日（年内最終便）</th></tr>",
        "</thead>",
        "<tbody>",
    ]
    for row in CUTOFFS:
        parts.append("<tr>" + "".join(f"<td>{e(value)}</td>" for value in row) + "</tr>")
    parts += [
        "</tbody>",
        "</table>",
        "<h2>4. 年末年始の保管について</h2>",
        "<p>休業期間中も、冷凍・冷蔵設備は通常どおり稼働し、庫内温度は遠隔で24時間監視いたします。休業期間をまたぐ保管に"
        "追加の料金はかかりません。休業期間中の出荷のご依頼はお受けできませんので、ご了承ください。</p>",
        "<h2>5. お問い合わせ先</h2>",
        "<ul>",
    ]
    for depot, phone in DEPOT_PHONES.items():
        parts.append(f"<li>{e(depot)}　電話 {phone}（平日8:30〜17:30）</li>")
    parts += [
        "</ul>",
        "<p>休業期間中の設備の緊急連絡は、年末年始緊急連絡窓口（電話 0120-000-719、24時間受付）で承ります。</p>",
        "<p>営業本部 業務課　担当：森 絵里香（gyomu@yukishiro-cold.example）</p>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


# ---------------------------------------------------------------------------------------------
# 5. Markdown: the safety and temperature-control manual.

MANUAL_FILENAME = "安全衛生・温度管理マニュアル_第3版.md"

MANUAL_TEXT = """# ゆきしろ低温物流 安全衛生・温度管理マニュアル（第3版）

- 制定：2025年（令和7年）6月1日
- 第3版改訂：2027年（令和9年）5月20日
- 所管：安全品質部

## 1. 目的と対象

このマニュアルは、碧浜センター、楓原センター、星野台センター及び雪見川センターで働くすべての従業者（派遣社員、協力会社の乗務員を含む）が守る、低温環境での作業の安全と、貨物の温度管理の基準を定める。

## 2. 温度帯ごとの管理基準

| 温度帯 | 庫内の設定温度 | 上限警報 | 下限警報 | 温度記録の間隔 |
|---|---|---|---|---|
| 冷凍 | −25℃ | −18℃ | −32℃ | 15分 |
| チルド | 0℃ | ＋4℃ | −3℃ | 10分 |
| 冷蔵 | ＋7℃ | ＋9℃ | ＋3℃ | 20分 |
| 定温 | ＋15℃ | ＋19℃ | ＋11℃ | 60分 |

- 温度記録は自動記録計で取り、1年間保存する。
- 配送車の荷室は、積込みの前に冷凍車で30分以上、冷蔵車で20分以上予冷する。
- 荷室の扉の開放は、1回の納品につき5分以内とする。

## 3. 低温環境での作業

1. 冷凍庫内（−20℃以下）での連続作業は40分までとし、その後は暖房付きの休憩室で15分以上休憩する。
2. 冷凍庫内には必ず2人以上で入り、入室前に入退室管理板に氏名と時刻を記入する。
3. 防寒服、防寒長靴、防寒手袋及び帽子を着用する。濡れた手袋は直ちに交換する。
4. 庫内の非常用開扉ボタン（赤色）と非常ベルの位置を、着任時に確認する。
5. 体調が悪いときは、作業を始める前に班長に申し出る。

## 4. 温度逸脱が起きたとき

1. 上限警報又は下限警報が鳴ったら、発見者は5分以内にセンター長へ報告する。
2. センター長は、扉の閉め忘れ、霜付き、冷凍機の停止の有無を確認する。
3. 逸脱が20分を超えて続くときは、品質管理責任者に報告し、該当する荷主に連絡する。
4. 逸脱した貨物は、品質管理責任者の判断があるまで「保留」の札を付けて隔離する。

## 5. フォークリフト

- 庫内の制限速度は時速8km、屋外は時速12kmとする。
- 冷凍庫から出た直後は、結露でブレーキが滑りやすいため、出口から10mは徐行する。
- 運転するのは、フォークリフト運転技能講習を修了し、センター長が指名した者に限る。

## 6. 連絡先

| 役割 | 所属・職名 | 氏名 | 内線 | 外線・携帯 |
|---|---|---|---|---|
| 安全衛生管理責任者 | 安全品質部 部長 | 木之本 隆 | 501 | 0257-00-2750 |
| 品質管理責任者（温度管理） | 安全品質部 品質管理課 課長 | 早瀬 千尋 | 512 | 090-0000-4186 |
| 碧浜センター長 | 碧浜センター | 小野寺 健一 | 110 | 090-0000-3307 |
| 楓原センター長 | 楓原センター | 芦田 真由美 | 230 | 090-0000-5528 |
| 星野台センター長 | 星野台センター | 久我 悠斗 | 340 | 090-0000-6619 |
| 雪見川センター長 | 雪見川センター | 白石 透 | 450 | 090-0000-7731 |

- 冷凍機・冷蔵設備の故障（夜間・休日を含む）は、保守委託先の株式会社あさぎ冷熱サービス（0120-000-852、24時間受付）に連絡する。
- 労働災害が起きたときは、安全衛生管理責任者に直ちに報告する。救急車を呼んだときも、その後すぐに報告する。
- このマニュアルについての問い合わせは、安全品質部（anzen@yukishiro-cold.example）まで。
"""


# ---------------------------------------------------------------------------------------------
# Builders.

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

    def table(rows: list[list[str]], *, header_rows: int, spans: list[tuple[tuple[int, int], tuple[int, int]]],
              widths: list[float] | None = None) -> Table:
        # A line break written "\n" in a header cell is kept (the weight bands break after 以上).
        flowable = Table([[Paragraph(html.escape(value).replace("\n", "<br/>"), cell) for value in row]
                          for row in rows],
                         repeatRows=header_rows, colWidths=[width * mm for width in widths] if widths else None)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), header_colour),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
        style += [("SPAN", start, end) for start, end in spans]
        flowable.setStyle(TableStyle(style))
        return flowable

    flow: list[object] = [Paragraph(html.escape(TARIFF_TITLE), title_style)]
    for kind, content in TARIFF_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(html.escape(str(content)), heading))
        elif kind == "p":
            flow.append(Paragraph(html.escape(str(content)), body))
        elif kind in ("zone_table", "table"):
            assert isinstance(content, list)
            flow += [table(content, header_rows=1, spans=[]), Spacer(1, 4 * mm)]
        elif kind == "storage_table":
            rows = [["温度帯", "保管料（1パレット・1期）", "", "荷役料（1パレット・入庫又は出庫1回）", ""],
                    ["", "改定後", "改定前", "改定後", "改定前"]]
            rows += [[zone] + [_yen(value) for value in STORAGE[zone]] for zone in ZONES]
            flow += [table(rows, header_rows=2, spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))],
                           widths=[26, 34, 34, 38, 38]),
                     Spacer(1, 4 * mm)]
        elif kind == "delivery_table":
            rows = DELIVERY_HEADER + DELIVERY_ROWS
            flow += [table(rows, header_rows=2, spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (5, 0))],
                           widths=[14, 42, 24, 29, 32, 29]),
                     Spacer(1, 4 * mm)]
    margin = 20 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=TARIFF_TITLE,
                                 author=f"{COMPANY} 営業本部", leftMargin=margin, rightMargin=margin,
                                 topMargin=margin, bottomMargin=margin)
    document.build(flow)


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
    properties.author = f"{COMPANY} 総務部"
    properties.last_modified_by = f"{COMPANY} 総務部"
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
        elif kind == "shift_table":
            assert isinstance(content, list)
            table = new_table(len(content), len(content[0]))
            for row_index, row in enumerate(content):
                fill_row(table, row_index, row)
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
        elif kind == "allowance_table":
            # Two header rows: the kind, the band and the unit merged down; the amount over 改定後
            # and 改定前. The kind is written only on the first row of its group.
            table = new_table(2 + len(ALLOWANCES), 5)
            fill_row(table, 0, ["手当の種類", "区分", "支給額", "", "支給単位"])
            fill_row(table, 1, ["", "", "改定後", "改定前", ""])
            for first_row, first_col, last_row, last_col in ((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)):
                top_left = table.cell(first_row, first_col)  # type: ignore[attr-defined]
                text = top_left.text
                top_left.merge(table.cell(last_row, last_col)).text = text  # type: ignore[attr-defined]
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(table.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
            for row_index, (kind_name, band, new, old, unit) in enumerate(ALLOWANCES, start=2):
                fill_row(table, row_index, [kind_name, band, _yen(new), _yen(old), unit])
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

    def title(sheet: object, text: str, columns: int) -> None:
        sheet.cell(row=1, column=1, value=text).font = Font(bold=True, size=13)  # type: ignore[attr-defined]
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)  # type: ignore[attr-defined]

    def header_cell(sheet: object, row: int, column: int, value: str | None) -> None:
        cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.border = border
        cell.alignment = centred

    def data_row(sheet: object, row: int, label: str, numbers: list[float], number_format: str, *,
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

    workbook = Workbook()

    # Sheet 1: month-end pallets, each depot over 冷凍 and 冷蔵 (two header rows, merged cells).
    pallets = workbook.active
    pallets.title = "月末保管パレット数"
    columns = 1 + 2 * len(DEPOTS) + 2
    title(pallets, "拠点別・月別 月末保管パレット数（2026年度：2026年4月〜2027年3月、単位：パレット）", columns)
    header_cell(pallets, 2, 1, "月")
    pallets.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    for index, depot in enumerate(DEPOTS):
        column = 2 + 2 * index
        header_cell(pallets, 2, column, depot)
        header_cell(pallets, 2, column + 1, None)
        pallets.merge_cells(start_row=2, start_column=column, end_row=2, end_column=column + 1)
        header_cell(pallets, 3, column, "冷凍")
        header_cell(pallets, 3, column + 1, "冷蔵")
    total_column = 2 + 2 * len(DEPOTS)
    header_cell(pallets, 2, total_column, "全拠点合計")
    header_cell(pallets, 2, total_column + 1, None)
    pallets.merge_cells(start_row=2, start_column=total_column, end_row=2, end_column=total_column + 1)
    header_cell(pallets, 3, total_column, "冷凍")
    header_cell(pallets, 3, total_column + 1, "冷蔵")
    for month_index, month in enumerate(MONTHS):
        values: list[float] = []
        for depot in DEPOTS:
            values += list(PALLETS[depot][month_index])
        values += [sum(PALLETS[depot][month_index][0] for depot in DEPOTS),
                   sum(PALLETS[depot][month_index][1] for depot in DEPOTS)]
        data_row(pallets, 4 + month_index, month, values, "#,##0")
    averages: list[float] = []
    for depot in DEPOTS:
        averages += [round(sum(value[0] for value in PALLETS[depot]) / 12, 1),
                     round(sum(value[1] for value in PALLETS[depot]) / 12, 1)]
    averages += [round(sum(sum(value[0] for value in PALLETS[depot]) for depot in DEPOTS) / 12, 1),
                 round(sum(sum(value[1] for value in PALLETS[depot]) for depot in DEPOTS) / 12, 1)]
    data_row(pallets, 4 + len(MONTHS), "月平均", averages, "#,##0.0", total=True)
    pallets.column_dimensions["A"].width = 12
    for column in range(2, columns + 1):
        pallets.column_dimensions[get_column_letter(column)].width = 10
    pallets.freeze_panes = "B4"

    # Sheet 2: deliveries by month and depot, with the year's total and the monthly average.
    deliveries = workbook.create_sheet("配送件数")
    title(deliveries, "拠点別・月別 配送件数（2026年度、単位：件）", 2 + len(DEPOTS))
    for column, label in enumerate(["月"] + DEPOTS + ["合計"], start=1):
        header_cell(deliveries, 2, column, label)
    for month_index, month in enumerate(MONTHS):
        values = [DELIVERIES[depot][month_index] for depot in DEPOTS]
        data_row(deliveries, 3 + month_index, month, values + [sum(values)], "#,##0")
    totals = [sum(DELIVERIES[depot]) for depot in DEPOTS]
    data_row(deliveries, 3 + len(MONTHS), "年間合計", totals + [sum(totals)], "#,##0", total=True)
    data_row(deliveries, 4 + len(MONTHS), "月平均", [round(value / 12, 1) for value in totals + [sum(totals)]],
             "#,##0.0", total=True)
    deliveries.column_dimensions["A"].width = 12
    for column in range(2, 3 + len(DEPOTS)):
        deliveries.column_dimensions[get_column_letter(column)].width = 14
    deliveries.freeze_panes = "B3"

    notes = workbook.create_sheet("注記")
    for index, line in enumerate([
        "注記",
        "1. 2026年度は2026年4月1日〜2027年3月31日。",
        "2. 月末保管パレット数は、各月の末日の営業終了時に庫内にあったパレットの数。冷蔵の列は、チルド、冷蔵及び定温の"
        "温度帯の合計。ケース単位で保管した貨物は、40ケースを1パレットに換算して含める。",
        "3. 配送件数は、各センターから出荷した納品先1か所への1回の納品を1件と数える。貸切便を含む。",
        "4. 月平均は、12か月の値の合計を12で割り、小数第1位まで表示する。",
        "5. 作成：営業本部 業務課（2027年4月12日）",
    ], start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 120
    save_workbook(workbook, path, title=f"{COMPANY} 拠点別 保管パレット数・配送件数（2026年度）",
                  creator=f"{COMPANY} 営業本部", moment=FIXED_MOMENT)


def build_html(path: Path) -> None:
    path.write_bytes(notice_html().encode("utf-8"))


def build_md(path: Path) -> None:
    path.write_bytes(MANUAL_TEXT.encode("utf-8"))


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((TARIFF_FILENAME, build_pdf), (RULES_FILENAME, build_docx),
                              (FIGURES_FILENAME, build_xlsx), (NOTICE_FILENAME, build_html),
                              (MANUAL_FILENAME, build_md)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
