"""Write the five documents of the thirty-fourth holdout corpus (tests/data/holdout34/README.md).

One fictional chain of hair and beauty salons, 株式会社コトハ (ヘアサロン コトハ; head office in the
fictional 潮見原市; five salons, 駅前本店, 若葉台店, 浜通り店, 梅ノ木店 and 東雲店), and five documents
its staff would look things up in: the menu price list as a PDF laid out by reportlab (prices by
menu, hair-length band 「◯cm以上◯cm未満」 and stylist rank, a two-row header repeated on page 2, the
menu written only on the first row of its group, the table crossing from page 1 to page 2), the pay,
commission and allowance rules for salon staff as Word (numbered articles 第1条…, tables with the
revised value beside the previous one, 西暦 and 令和 dates), customer counts and service counts of
fiscal 2027 as Excel (months × salons with totals and a 月平均 row, two merged header rows, number
formats, a 注記 sheet), an all-staff e-mail (.eml) on the March opening hours and the new booking
centre, and the reception and booking manual as Markdown (a salon table, booking periods by month,
numbered procedures with times and telephone numbers). Every name, address, telephone number and
figure here is invented (e-mail domains end in `.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/, webui/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail is
fixed text with a fixed date and message id.

    .venv/bin/python tests/data/holdout34/make_holdout34.py
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

FIXED_MOMENT = datetime.datetime(2028, 3, 10, 9, 0, 0)
COMPANY = "株式会社コトハ"
BRAND = "ヘアサロン コトハ"
HEADER_FILL = "FCE4EC"

SALONS = ["駅前本店", "若葉台店", "浜通り店", "梅ノ木店", "東雲店"]
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]


def _n(value: int) -> str:
    return f"{value:,}"


def _yen(value: int) -> str:
    return f"{value:,}円"


WEEKDAYS = "月火水木金土日"
HOLIDAYS = {datetime.date(2028, 3, 20)}


def _date(month: int, day: int, *, year: int | None = 2028) -> str:
    """A date with its weekday in parentheses (and 祝 on a public holiday), as the e-mail writes it."""
    moment = datetime.date(2028 if year is None else year, month, day)
    weekday = WEEKDAYS[moment.weekday()] + ("・祝" if moment in HOLIDAYS else "")
    prefix = "" if year is None else f"{year}年"
    return f"{prefix}{month}月{day}日（{weekday}）"


# ---------------------------------------------------------------------------------------------
# 1. PDF: the menu price list.

PRICES_FILENAME = "メニュー料金表_2028年4月改定_全店共通.pdf"
PRICES_TITLE = f"{BRAND} 全店共通 メニュー料金表（2028年4月1日改定）"

RANKS = ["ジュニアスタイリスト", "スタイリスト", "トップスタイリスト", "ディレクター"]
LENGTH_BANDS = ["15cm未満", "15cm以上30cm未満", "30cm以上45cm未満", "45cm以上60cm未満", "60cm以上"]
# Menu, price of the shortest band for a junior stylist, step per band, extra per rank (tax included).
MENUS = [
    ("カット", 4180, 220, [0, 770, 1650, 2750]),
    ("カラー（全体染め）", 6380, 660, [0, 880, 1870, 3080]),
    ("カット＋カラー", 9680, 770, [0, 990, 2090, 3410]),
    ("パーマ", 9130, 990, [0, 1100, 2310, 3740]),
    ("デジタルパーマ", 13200, 1210, [0, 1210, 2530, 4070]),
    ("縮毛矯正", 16500, 1650, [0, 1320, 2750, 4400]),
]
PRICE_HEADER_1 = ["メニュー", "髪の長さ", "担当スタイリストのランク別料金（税込）", "", "", ""]
PRICE_HEADER_2 = ["", ""] + RANKS


def _price_table() -> list[list[str]]:
    rows = [PRICE_HEADER_1, PRICE_HEADER_2]
    for menu, base, step, extras in MENUS:
        for band_index, band in enumerate(LENGTH_BANDS):
            rows.append([menu if band_index == 0 else "", band]
                        + [_yen(base + step * band_index + extra) for extra in extras])
    return rows


PRICE_TABLE = _price_table()

PRICES_BLOCKS: list[tuple[str, str]] = [
    ("p", f"2028年（令和10年）3月10日　{COMPANY} 本部 営業企画部"),
    ("h1", "1. この料金表について"),
    ("p", f"この料金表は、{BRAND}の5店舗（駅前本店、若葉台店、浜通り店、梅ノ木店、東雲店）に共通する、"
          "2028年4月1日からの施術料金を定めるものです。料金はすべて消費税込みの額です。2028年3月31日までに"
          "ご予約を受け付け、2028年4月15日までにご来店のお客さまには、改定前の料金を適用します。"),
    ("p", "今回の改定では、カット、カラー及びパーマの料金を、担当スタイリストのランクと髪の長さに応じて"
          "おおむね5〜8%引き上げました。ヘッドスパとトリートメントの料金は据え置きです。"),
    ("h1", "2. 髪の長さの区分と測り方"),
    ("p", "髪の長さは、カウンセリングの際にスタッフがメジャーで測ります。えり足ではなく、いちばん長い部分の"
          "毛先から頭皮までを測ります。区分は「15cm未満」「15cm以上30cm未満」「30cm以上45cm未満」"
          "「45cm以上60cm未満」「60cm以上」の5つです。区分の境目にあたる長さ（15cm、30cm、45cm、60cm）"
          "ちょうどの場合は、長い方の区分の料金になります。たとえば、ちょうど30cmの髪は"
          "「30cm以上45cm未満」の区分です。"),
    ("p", "エクステンションを付けている場合は、エクステンションを含めた長さで測ります。毛量が特に多い"
          "お客さまは、カラー・パーマ・縮毛矯正に限り、長さの区分を1つ上げた料金になることがあります"
          "（カウンセリングで事前にご説明します）。"),
    ("h1", "3. 担当スタイリストのランク"),
    ("p", "スタイリストのランクは、ジュニアスタイリスト、スタイリスト、トップスタイリスト、ディレクターの"
          "4つです。ランクは年2回（4月と10月）に見直し、各店の受付とウェブサイトの予約画面に、スタッフ"
          "ごとのランクを掲示しています。アシスタントはシャンプー・ブローのみを担当し、料金表の施術は"
          "担当しません。"),
    ("p", "同じメニューでも、担当するスタイリストのランクによって料金が異なります。ご予約の際にランクを"
          "指定しない場合は、その時間に空いているスタイリストが担当し、担当者のランクの料金になります。"),
    ("h1", "4. メニュー料金表"),
    ("p", "メニューごとに、髪の長さの区分と担当スタイリストのランクで料金が決まります。表の料金には"
          "シャンプーとブローを含みます。パーマ、デジタルパーマ及び縮毛矯正の料金はカット込みです。"
          "カラー（全体染め）はカラーのみの料金で、根元だけを染めるリタッチは「カラー（全体染め）」の"
          "15cm未満の料金になります。"),
    ("table", ""),
    ("h1", "5. オプション・指名料"),
    ("p", "指名料（1回）：ディレクター1,320円、トップスタイリスト880円、スタイリスト440円。ジュニア"
          "スタイリストの指名料はいただきません（改定前はディレクター1,100円、トップスタイリスト660円）。"),
    ("p", "ヘッドスパは20分2,860円、40分4,730円、60分6,490円です。トリートメントは2ステップ2,420円、"
          "4ステップ3,960円で、カラー・パーマ・縮毛矯正と同時の場合はそれぞれ550円引きになります。"
          "前髪カットのみは1,210円（ご予約不要、平日のみ）です。"),
    ("p", "学生割引：高校生・専門学校生・大学生のお客さまは、学生証のご提示でカット料金を15%割り引きます。"
          "他の割引券との併用はできません。"),
    ("h1", "6. ご予約の取消し・変更"),
    ("p", "ご予約の取消し・変更は、前日の19:00までは無料です。それ以後の取消しはメニュー料金の50%、"
          "ご連絡のないまま来店されなかった場合はメニュー料金の全額を、次回ご来店の際に申し受けます。"
          "15分以上遅れてご来店の場合は、メニューを変更していただくことがあります。"),
    ("h1", "7. お問い合わせ"),
    ("p", f"この料金表についてのお問い合わせは、{COMPANY} 本部 営業企画部（電話 0537-00-2130、"
          "eigyo@kotoha-hair.example）まで。"),
]

# ---------------------------------------------------------------------------------------------
# 2. DOCX: pay, commission and allowance rules for salon staff.

RULES_FILENAME = "美容職_賃金・歩合給及び手当規程_2028年4月改定.docx"
RULES_TITLE = f"{COMPANY} 美容職 賃金・歩合給及び手当規程"

BASE_PAY_TABLE = [
    ["ランク", "改定後（月額）", "改定前（月額）"],
    ["アシスタント", "192,000円", "186,000円"],
    ["ジュニアスタイリスト", "208,000円", "201,000円"],
    ["スタイリスト", "231,000円", "224,000円"],
    ["トップスタイリスト", "262,000円", "253,000円"],
    ["ディレクター", "298,000円", "287,000円"],
]
COMMISSION_TABLE = [
    ["月間の個人技術売上（税抜）", "歩合率（改定後）", "歩合率（改定前）"],
    ["50万円未満", "0%", "0%"],
    ["50万円以上80万円未満", "5%", "4.5%"],
    ["80万円以上110万円未満", "8.5%", "7%"],
    ["110万円以上140万円未満", "11%", "9.5%"],
    ["140万円以上", "13.5%", "12%"],
]
ALLOWANCE_TABLE = [
    ["手当", "支給対象", "改定後（月額）", "改定前（月額）"],
    ["店長手当", "店長", "35,000円", "30,000円"],
    ["副店長手当", "副店長", "18,000円", "16,000円"],
    ["管理美容師手当", "管理美容師として選任された者", "8,000円", "6,000円"],
    ["教育担当手当", "アシスタントの指導担当に任命された者", "6,000円", "5,000円"],
    ["皆勤手当", "当月に欠勤・遅刻・早退がない者", "5,000円", "3,000円"],
    ["住宅手当", "世帯主で賃貸住宅に住む者", "12,000円", "10,000円"],
    ["家族手当（配偶者）", "扶養する配偶者がいる者", "9,000円", "8,000円"],
    ["家族手当（子）", "扶養する子1人につき", "4,500円", "4,000円"],
]

RULES_BODY: list[tuple[str, object]] = [
    ("right", "2028年（令和10年）2月16日 取締役会決定"),
    ("right", "2028年（令和10年）4月1日 施行"),
    ("h1", "第1条（目的）"),
    ("p", "この規程は、株式会社コトハ（以下「会社」という。）の就業規則第38条に基づき、美容職の社員の"
          "基本給、歩合給及び手当について定める。"),
    ("h1", "第2条（適用範囲）"),
    ("p", "この規程は、会社の各店舗に勤務する正社員の美容職（アシスタント、ジュニアスタイリスト、"
          "スタイリスト、トップスタイリスト及びディレクター）に適用する。パートタイマー及びアルバイトの"
          "賃金は、別に定める「パートタイム美容職賃金規程」による。"),
    ("h1", "第3条（基本給）"),
    ("p", "基本給は、ランクに応じて次の表のとおりとする。"),
    ("table", BASE_PAY_TABLE),
    ("h1", "第4条（ランクの認定）"),
    ("p", "ランクは、毎年4月と10月に、技術試験の結果と直近6か月の実績により認定する。トップスタイリストへの"
          "昇格は、直近6か月の月平均の指名数が70件以上で、かつ月平均の個人技術売上が90万円以上の者を対象とし、"
          "ディレクターへの昇格は、トップスタイリストとして2年以上勤務した者のうち、店長の推薦を受けた者を"
          "対象とする。"),
    ("h1", "第5条（技術歩合給）"),
    ("p", "ジュニアスタイリスト以上の者には、月間の個人技術売上（消費税抜き、店販売上を除く。）に応じて、"
          "次の表の歩合率による技術歩合給を支給する。技術歩合給は、当月の個人技術売上の全額に、その額が"
          "属する区分の歩合率を乗じた額（円未満切捨て）とする。区分の境目の額（たとえばちょうど80万円）は、"
          "上の区分とする。"),
    ("table", COMMISSION_TABLE),
    ("h1", "第6条（店販歩合給及び指名手当）"),
    ("p", "シャンプー、トリートメント剤等の店頭販売品（店販品）を販売した者には、その店販売上（税抜）の"
          "12%（改定前10%）を店販歩合給として支給する。指名を受けて施術した者には、指名1件につき"
          "200円（改定前150円）の指名手当を支給する。"),
    ("h1", "第7条（役職手当・資格手当等）"),
    ("p", "役職手当、資格手当その他の手当は、次の表のとおりとする。1人が複数の役職を兼ねるときは、"
          "額の大きい方の役職手当のみを支給する。"),
    ("table", ALLOWANCE_TABLE),
    ("h1", "第8条（通勤手当）"),
    ("p", "公共交通機関で通勤する者には、通勤定期券の実費を支給する。ただし、月額27,000円を上限とする。"),
    ("p", "自家用車又はバイクで通勤する者には、住居から勤務する店舗までの片道の距離に応じて、次の月額を"
          "支給する。片道2km未満は支給しない。片道2km以上5km未満は4,200円、5km以上10km未満は7,100円、"
          "10km以上15km未満は11,300円、15km以上は14,600円とする（改定前は、それぞれ3,900円、6,600円、"
          "10,400円、13,500円）。"),
    ("h1", "第9条（練習手当）"),
    ("p", "営業時間外に店長の承認を得て行うカットの練習及びモデル施術の時間には、1時間あたり1,050円"
          "（改定前1,000円）の練習手当を支給する。ただし、1か月24時間を上限とし、30分未満の端数は"
          "切り捨てる。"),
    ("h1", "第10条（計算期間及び支払日）"),
    ("p", "賃金は毎月1日から末日までを計算期間とし、翌月25日に支払う。25日が金融機関の休業日にあたるときは、"
          "その前の営業日に支払う。技術歩合給、店販歩合給及び指名手当は、計算期間の実績により翌月25日に"
          "支払う。"),
    ("h1", "附則"),
    ("p", "1. この規程は、2028年4月1日から施行し、2028年4月分の賃金（2028年5月25日支払分）から適用する。"),
    ("p", "2. 2025年（令和7年）4月1日施行の旧規程は、この規程の施行をもって廃止する。"),
    ("p", f"3. この規程についての問い合わせは、{COMPANY} 本部 人事総務部（内線 212、電話 0537-00-2120、"
          "jinji@kotoha-hair.example）で受け付ける。"),
]

# ---------------------------------------------------------------------------------------------
# 3. XLSX: customer counts and service counts of fiscal 2027.

FIGURES_FILENAME = "来店客数・施術件数_2027年度_店舗別.xlsx"

# Customers (来店客数, persons) by salon, April 2027 to March 2028.
CUSTOMERS = {
    "駅前本店": [1486, 1512, 1398, 1563, 1547, 1421, 1468, 1439, 1702, 1287, 1264, 1693],
    "若葉台店": [982, 1004, 947, 1031, 1018, 963, 996, 975, 1146, 871, 858, 1127],
    "浜通り店": [1214, 1237, 1159, 1276, 1262, 1181, 1205, 1193, 1398, 1056, 1041, 1372],
    "梅ノ木店": [764, 781, 736, 803, 792, 749, 771, 758, 893, 677, 664, 879],
    "東雲店": [1037, 1059, 998, 1084, 1071, 916, 1046, 1024, 1203, 918, 903, 1186],
}
MONTH_TOTALS = [sum(CUSTOMERS[salon][index] for salon in SALONS) for index in range(12)]
SALON_TOTALS = [sum(CUSTOMERS[salon]) for salon in SALONS]
GRAND_TOTAL = sum(MONTH_TOTALS)

SERVICE_KINDS = ["カット", "カラー", "パーマ", "縮毛矯正", "ヘッドスパ"]
SERVICES = {
    "駅前本店": [13284, 7126, 2318, 1574, 2046],
    "若葉台店": [8917, 4683, 1602, 1093, 1328],
    "浜通り店": [10962, 5874, 1947, 1361, 1715],
    "梅ノ木店": [6853, 3526, 1208, 842, 1067],
    "東雲店": [9147, 4918, 1683, 1157, 1492],
}

# ---------------------------------------------------------------------------------------------
# 4. EML: an all-staff e-mail.

MAIL_FILENAME = "全店周知_3月の営業時間延長と予約センターの開設.eml"
MAIL_SUBJECT = "【全店周知】3月の営業時間延長とコトハ予約センターの開設について"


def mail_body() -> str:
    lines = [
        "各店 店長・受付担当 各位",
        "",
        "本部 営業企画部の小野寺です。",
        "卒業・入学シーズンの3月の営業時間の延長と、電話予約をまとめて受け付ける",
        "「コトハ予約センター」の開設についてお知らせします。",
        "店頭の掲示とお客さまへのご案内をお願いします。",
        "",
        f"■1. 3月の営業時間の延長（{_date(3, 3, year=None)}〜{_date(3, 31, year=None)}）",
        "・駅前本店：平日は20:30まで（通常19:00まで）、土曜・日曜・祝日は19:00まで（通常18:30まで）",
        "・若葉台店：金曜・土曜のみ19:45まで（通常は金曜19:00まで、土曜18:30まで）",
        f"・浜通り店：閉店時刻は変わりません。{_date(3, 12, year=None)}〜{_date(3, 19, year=None)}の営業日は"
        "8:30に開店します（通常は平日9:30、土日9:00）",
        "・梅ノ木店：平日は19:00まで（通常18:30まで）。定休日は変わりません",
        "・東雲店：平日は20:45まで（通常20:00まで）。土曜・日曜・祝日は通常どおり",
        "延長した時間帯の最終受付は、カットが閉店の60分前、カラー・パーマ・縮毛矯正が閉店の120分前です。",
        f"{_date(3, 20, year=None)}は祝日のため、各店とも土曜・日曜・祝日の時間で営業します。",
        "",
        f"■2. コトハ予約センターの開設（{_date(3, 1)}から）",
        "電話での予約を、本部のコトハ予約センターでまとめて受け付けます。",
        "・電話番号：0120-00-5863（通話料無料）",
        "・受付時間：毎日9:00〜20:00",
        f"・各店の代表電話にかかった予約のお電話は、{_date(3, 6, year=None)}からセンターへ転送されます。",
        "・予約の変更・取消しもセンターで受け付けます。当日のご来店直前の遅刻のご連絡は、引き続き各店で受けてください。",
        "・センター長：桑田 美紀（本部 内線 260）",
        "",
        "■3. 受付担当の研修会",
        f"・日時：{_date(2, 28)}14:00〜16:30",
        "・場所：本部3階 研修室（潮見原市浜通り3丁目7-1 コトハビル）",
        "・講師：株式会社ミライ接遇研究所 堀之内 玲子 氏",
        "・対象：各店の受付担当（各店1名以上）。予約センターの新しい予約画面の操作も説明します。",
        "・出欠は2月24日（木）までに、各店の店長から営業企画部へご連絡ください。",
        "",
        "ご不明な点は営業企画部までお願いします。",
        "",
        "――――――――――――――――",
        f"{COMPANY} 本部 営業企画部 小野寺 奈央",
        "電話 0537-00-2130（内線 231）",
        "eigyo@kotoha-hair.example",
    ]
    return "\n".join(lines) + "\n"


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = "コトハ本部 営業企画部 <eigyo@kotoha-hair.example>"
    message["To"] = "全店 店長・受付担当 <all-salons@kotoha-hair.example>"
    message["Subject"] = MAIL_SUBJECT
    message["Date"] = format_datetime(datetime.datetime(2028, 2, 21, 10, 15, 0,
                                                        tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    message["Message-ID"] = "<20280221101500.march-hours@kotoha-hair.example>"
    message.set_content(mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


# ---------------------------------------------------------------------------------------------
# 5. Markdown: the reception and booking manual.

MANUAL_FILENAME = "店舗運営マニュアル_受付・予約対応編.md"

MANUAL = """# ヘアサロン コトハ 店舗運営マニュアル（受付・予約対応編）

第3版　2028年3月1日改訂　株式会社コトハ 本部 営業企画部・人事総務部

このマニュアルは、各店の受付担当とスタイリストが、開店から閉店までの受付・予約の対応で守る手順をまとめたものです。
料金は「メニュー料金表」、賃金と手当は「美容職 賃金・歩合給及び手当規程」を見てください。

## 1. 店舗一覧

| 店舗 | 所在地 | 電話 | 営業時間（平日） | 営業時間（土日祝） | 定休日 | 店長 |
|---|---|---|---|---|---|---|
| 駅前本店 | 潮見原市本町1丁目4-2 | 0537-00-3101 | 10:00〜19:00 | 9:30〜18:30 | 毎週火曜日 | 佐伯 美穂 |
| 若葉台店 | 潮見原市若葉台2丁目11-5 | 0537-00-3217 | 10:00〜19:00 | 9:30〜18:30 | 毎週火曜日 | 宮内 拓海 |
| 浜通り店 | 潮見原市浜通り5丁目2-8 | 0537-00-3342 | 9:30〜19:30 | 9:00〜18:00 | 毎週月曜日 | 岡野 結衣 |
| 梅ノ木店 | 潮見原市梅ノ木町8-14 | 0537-00-3468 | 10:00〜18:30 | 9:30〜18:00 | 毎週水曜日と第1・第3火曜日 | 杉山 亮 |
| 東雲店 | 潮見原市東雲3丁目1-19 | 0537-00-3583 | 10:00〜20:00 | 9:30〜19:00 | 毎週火曜日 | 吉川 千尋 |

本部（営業企画部・人事総務部・予約センター）は潮見原市浜通り3丁目7-1 コトハビルにあります。
本部の代表電話は 0537-00-2100（平日 9:00〜17:45）です。

## 2. 期間区分と予約の受付

月によって、当日予約の締切とネット予約の受付開始を変えます。

| 期間区分 | 該当する月 | 当日予約の締切 | ネット予約の受付開始 | スタイリスト1人1日の予約枠 |
|---|---|---|---|---|
| 通常期 | 4月〜6月、9月〜11月 | 16:00 | 60日前の10:00 | 8枠 |
| 繁忙期 | 3月、7月、8月、12月 | 13:30 | 30日前の10:00 | 10枠 |
| 閑散期 | 1月、2月 | 17:15 | 90日前の10:00 | 7枠 |

- 当日予約の締切を過ぎた電話は、翌日以降の予約として受けます。
- 繁忙期は、カラー・パーマ・縮毛矯正の当日予約を受けません（カットのみ受けます）。
- 予約枠を超える予約は、店長の承認がある場合に限り受けます。

## 3. 開店準備の手順

1. 出勤した最初のスタッフが、通用口の鍵を開けて警備システムを解除する（平日は9:05まで、土曜・日曜・祝日は8:35まで）。解除できないときは、ヒノデ警備保障 潮見原センター（0537-00-7719）に連絡する。
2. 予約システムを立ち上げ、当日の予約一覧を印刷してスタイリストごとに配る（平日 9:15、土日祝 8:45）。
3. 朝礼を行い、指名予約と初来店のお客さま、アレルギーの記録があるお客さまを確認する（10分以内）。
4. 開店の10分前までに、受付カウンター・待合・シャンプー台の清掃とタオルの補充を確認する。
5. 開店時刻に入口の札を「営業中」に替え、BGMと看板の照明を入れる。

## 4. 閉店の手順

1. 最終受付は、カットが閉店の60分前、カラー・パーマ・縮毛矯正が閉店の120分前とする。
2. 閉店後15分以内にレジを締め、現金の過不足が500円以上あるときは店長に報告する。
3. 売上日報を予約システムから本部へ送信する（当日の21:30まで）。
4. 薬剤の在庫を確認し、不足する薬剤は毎週金曜日の12:00までに本部の発注システムで発注する。
5. 最後に退店するスタッフが警備システムをセットし、通用口を施錠する。

## 5. 電話予約の受け方

2028年3月1日から、電話予約は本部のコトハ予約センターで受け付けます。店舗に予約の電話がかかったときは、次の手順で対応します。

1. 店名と自分の名前を名乗り、予約のお電話であればコトハ予約センターへ転送することを伝える。
2. 転送できないときは、お名前・電話番号・希望日時・メニュー・髪の長さ・指名の有無を聞き、予約システムに仮予約として入力する。
3. 仮予約は、30分以内に予約センターへ内線で連絡して本予約にする。
4. 当日の遅刻・来店直前の連絡は店舗で受け、担当スタイリストに伝える。

## 6. 緊急時・トラブル時の連絡先

| 事態 | 最初の連絡先 | 次の連絡先 |
|---|---|---|
| お客さまのけが・急な体調不良 | 119番（救急） | 店長、本部 人事総務部（内線 212） |
| 薬剤によるかぶれ・肌荒れの申し出 | 店長 | 本部 品質管理担当 大町 健吾（内線 247） |
| 給湯器・シャンプー台の故障、水漏れ | 潮見原設備サービス（0537-00-6650、24時間受付） | 本部 総務担当（内線 218） |
| 予約システムの障害 | システム保守窓口（0120-00-4172、9:00〜21:00） | 本部 営業企画部（内線 231） |
| 盗難・不審者 | 110番 | 店長、ヒノデ警備保障 潮見原センター |

- お客さまからの苦情は、その場で店長に引き継ぎ、当日中に本部 営業企画部へ報告する。
- 事故や苦情の報告書は、発生から3日以内に人事総務部へ提出する。
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
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10)
    flow: list[object] = [Paragraph(PRICES_TITLE, title_style)]
    for kind, content in PRICES_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(content, heading))
        elif kind == "p":
            flow.append(Paragraph(content, body))
        elif kind == "table":
            table = Table([[Paragraph(value, cell) for value in row] for row in PRICE_TABLE], repeatRows=2,
                          colWidths=[29 * mm, 29 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#" + HEADER_FILL)),
                ("SPAN", (0, 0), (0, 1)),
                ("SPAN", (1, 0), (1, 1)),
                ("SPAN", (2, 0), (5, 0)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]))
            flow.extend([table, Spacer(1, 4 * mm)])
    margin = 15 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=PRICES_TITLE,
                                 author=f"{COMPANY} 本部 営業企画部",
                                 leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin)
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
    properties.author = f"{COMPANY} 人事総務部"
    properties.last_modified_by = f"{COMPANY} 人事総務部"
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

    def two_row_head(sheet: object, title: str, first: str, group: str, labels: list[str], last: str,
                     widths: list[int]) -> None:
        """A title row, then two header rows: `first` and `last` merged down, `group` merged across
        over `labels`."""
        columns = len(labels) + 2
        sheet.cell(row=1, column=1, value=title).font = Font(bold=True, size=13)  # type: ignore[attr-defined]
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)  # type: ignore[attr-defined]
        sheet.cell(row=2, column=1, value=first)  # type: ignore[attr-defined]
        sheet.cell(row=2, column=2, value=group)  # type: ignore[attr-defined]
        sheet.cell(row=2, column=columns, value=last)  # type: ignore[attr-defined]
        for column, label in enumerate(labels, start=2):
            sheet.cell(row=3, column=column, value=label)  # type: ignore[attr-defined]
        for row in (2, 3):
            for column in range(1, columns + 1):
                cell = sheet.cell(row=row, column=column)  # type: ignore[attr-defined]
                cell.font = Font(bold=True)
                cell.fill = header_fill
                cell.border = border
                cell.alignment = centred
        sheet.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)  # type: ignore[attr-defined]
        sheet.merge_cells(start_row=2, start_column=2, end_row=2, end_column=columns - 1)  # type: ignore[attr-defined]
        sheet.merge_cells(start_row=2, start_column=columns, end_row=3, end_column=columns)  # type: ignore[attr-defined]
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width  # type: ignore[attr-defined]

    def data_row(sheet: object, row: int, label: str, numbers: list[float], *, number_format: str = "#,##0",
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
    monthly = workbook.active
    monthly.title = "月別来店客数"
    two_row_head(monthly, "店舗別・月別 来店客数（2027年度：2027年4月〜2028年3月）", "月", "店舗別 来店客数（人）",
                 SALONS, "全店合計（人）", [10, 12, 12, 12, 12, 12, 14])
    for index, month in enumerate(MONTHS):
        values = [CUSTOMERS[salon][index] for salon in SALONS]
        data_row(monthly, 4 + index, month, values + [sum(values)])
    data_row(monthly, 16, "合計", SALON_TOTALS + [GRAND_TOTAL], total=True)
    data_row(monthly, 17, "月平均", [round(total / 12, 1) for total in SALON_TOTALS + [GRAND_TOTAL]],
             number_format="#,##0.0", total=True)
    monthly.freeze_panes = "B4"

    services = workbook.create_sheet("メニュー別施術件数")
    two_row_head(services, "店舗別・メニュー別 施術件数（2027年度）", "店舗", "メニュー別 施術件数（件）",
                 SERVICE_KINDS, "合計（件）", [12, 12, 12, 12, 12, 12, 12])
    for index, salon in enumerate(SALONS, start=4):
        data_row(services, index, salon, SERVICES[salon] + [sum(SERVICES[salon])])
    kind_totals = [sum(SERVICES[salon][index] for salon in SALONS) for index in range(len(SERVICE_KINDS))]
    data_row(services, 4 + len(SALONS), "全店合計", kind_totals + [sum(kind_totals)], total=True)

    notes = workbook.create_sheet("注記")
    for index, line in enumerate([
        "注記",
        "1. 2027年度は2027年4月1日〜2028年3月31日。月別来店客数の1月〜3月は2028年の月。",
        "2. 来店客数は、会計をしたお客さまの延べ人数。同じ日に複数のメニューを受けたお客さまも1人と数える。",
        "3. 施術件数はメニューごとの件数。カット＋カラーはカットとカラーにそれぞれ1件と数える。"
        "デジタルパーマはパーマに含む。",
        "4. 東雲店は2027年9月13日〜9月16日の4日間、内装工事のため休業した。",
        "5. 月平均は合計を12で割り、小数第1位まで表示している。",
    ], start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 110
    save_workbook(workbook, path, title=f"{COMPANY} 来店客数・施術件数（2027年度）",
                  creator=f"{COMPANY} 本部 営業企画部", moment=FIXED_MOMENT)


def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


def build_md(path: Path) -> None:
    path.write_bytes(MANUAL.encode("utf-8"))


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((PRICES_FILENAME, build_pdf), (RULES_FILENAME, build_docx),
                              (FIGURES_FILENAME, build_xlsx), (MAIL_FILENAME, build_eml),
                              (MANUAL_FILENAME, build_md)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
