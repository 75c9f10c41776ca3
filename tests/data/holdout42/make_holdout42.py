"""Write the five documents and the four question sets of the forty-second holdout corpus
(tests/data/holdout42/README.md).

One fictional regional cable-TV and internet provider, しらさぎケーブルネットワーク株式会社 (head
office in the fictional 白鷺市; service area 白鷺市, 東浦町 and 北川町; five sales offices, 本社営業所,
港営業所, 山手営業所, 北川営業所 and 東浦営業所), and five documents its staff would look things up
in: the price list of July 2027 as a PDF (TV, internet, telephone, rented equipment and installation
fees for houses and flats, each over 改定後 and 改定前, under a two-row header; the table crosses a
page break; age and cable-length bands; a before/after table), the rules for bulk contracts with
blocks of flats as Word (第1条〜第10条, a band table by number of flats, 附則 and an amending 附則),
the new subscriptions and sales of fiscal 2026 as Excel (twelve months × five offices under two
merged header rows, 合計 and 月平均; departments × offices in 千円), an all-staff e-mail (.eml) on
the June maintenance work and new counter hours, and an internal support-desk knowledge-base page
in Markdown (call-out fees by time band, replacement charges, fault classes and response targets).
Every name, address, telephone number and figure here is invented (e-mail domains end in
`.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/) or the earlier holdouts' questions; it is there to measure how the appliance generalises,
not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, the e-mail is fixed
text with a fixed date and message id, and the Markdown page and question sets are plain text.

    .venv/bin/python tests/data/holdout42/make_holdout42.py            # into this directory and tests/data
    .venv/bin/python tests/data/holdout42/make_holdout42.py DOCS QA    # into other directories (the check)
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import (  # noqa: E402
    CID_FONT,
    docx_east_asian_font,
    docx_header_row,
    normalize_zip,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 6, 10, 10, 0, 0)
COMPANY = "しらさぎケーブルネットワーク株式会社"
SHORT = "しらさぎケーブルネットワーク"
DOMAIN = "shirasagi-catv.example"
HEADER_FILL = "DDEBF7"
NN = 42
WEEKDAYS = "月火水木金土日"


def _n(value: int) -> str:
    return f"{value:,}"


def _yen(value: int) -> str:
    return f"{value:,}円"


def _date(year: int, month: int, day: int, *, with_year: bool = True) -> str:
    """A date with its weekday in parentheses, e.g. 2027年6月15日（火）."""
    weekday = WEEKDAYS[datetime.date(year, month, day).weekday()]
    return (f"{year}年" if with_year else "") + f"{month}月{day}日（{weekday}）"


# =============================================================================================
# 1. PDF: the price list of July 2027.

PRICES_FILENAME = "サービス料金のご案内_2027年7月改定.pdf"
PRICES_TITLE = f"{SHORT}　サービス料金のご案内（2027年7月1日改定）"

# 区分, 内容, 戸建て 改定後, 戸建て 改定前, 集合住宅 改定後, 集合住宅 改定前 (税込; None = 「－」, str = as written)
PriceCell = int | str | None
PRICE_GROUPS: list[tuple[str, list[tuple[str, PriceCell, PriceCell, PriceCell, PriceCell]]]] = [
    ("テレビ（月額）", [
        ("地デジ・BSコース", 1320, 1210, 770, 660),
        ("スタンダードコース（専門42ch）", 4290, 3960, 3740, 3410),
        ("プレミアムコース（専門78ch）", 6490, 6050, None, None),
        ("2台目以降の視聴（1台ごと）", 1045, 935, 1045, 935),
    ]),
    ("インターネット（月額）", [
        ("ライト（最大100Mbps）", 3630, 3300, 2860, 2640),
        ("スタンダード（最大320Mbps）", 4840, 4620, 3960, 3850),
        ("ギガ（最大1Gbps）", 5830, 5500, 4950, 4730),
        ("ギガ10（最大10Gbps）", 7700, None, None, None),
        ("固定IPアドレス（オプション）", 1650, 1430, 1650, 1430),
    ]),
    ("電話（月額）", [
        ("ケーブル電話 基本料", 1540, 1375, 1540, 1375),
        ("かけ放題オプション", 2310, 1980, 2310, 1980),
    ]),
    ("機器レンタル（月額）", [
        ("Wi-Fiルーター", 605, 440, 605, 440),
        ("4K対応チューナー（追加1台）", 880, 770, 880, 770),
    ]),
    ("工事費（1回限り）", [
        ("基本工事（テレビ端子2か所まで）", 22000, 19800, 11000, 9900),
        ("テレビ端子の追加（1か所ごと）", 5280, 4620, 5280, 4620),
        ("インターネット開通工事", 13200, 11000, 6820, 5500),
        ("引込線 30m未満", "無料", "無料", None, None),
        ("引込線 30m以上60m未満", 8800, 6600, None, None),
        ("引込線 60m以上100m未満", 16940, 13750, None, None),
        ("引込線 100m以上", "個別見積", "個別見積", None, None),
    ]),
]
PRICE = {name: values for _, rows in PRICE_GROUPS for name, *values in rows}

SET_DISCOUNT = {"2": (660, 550), "3": (1320, 1100)}  # 改定後, 改定前 (per month)


def _cell(value: PriceCell) -> str:
    if value is None:
        return "－"
    return value if isinstance(value, str) else _yen(value)


def _price_rows() -> list[list[str]]:
    rows = [["区分", "プラン・内容", "戸建て（税込）", "", "集合住宅（税込）", ""],
            ["", "", "改定後", "改定前", "改定後", "改定前"]]
    for group, items in PRICE_GROUPS:
        for index, (name, *values) in enumerate(items):
            rows.append([group if index == 0 else "", name] + [_cell(value) for value in values])
    return rows


PRICE_TABLE = _price_rows()

# The before/after table: monthly totals of common combinations for a house, with the set discount.
COMBOS = [
    ("地デジ・BS＋ネット ライト", ["地デジ・BSコース", "ライト（最大100Mbps）"]),
    ("スタンダード＋ネット スタンダード", ["スタンダードコース（専門42ch）", "スタンダード（最大320Mbps）"]),
    ("スタンダード＋ネット ギガ＋電話", ["スタンダードコース（専門42ch）", "ギガ（最大1Gbps）", "ケーブル電話 基本料"]),
    ("プレミアム＋ネット ギガ＋電話", ["プレミアムコース（専門78ch）", "ギガ（最大1Gbps）", "ケーブル電話 基本料"]),
]


def _combo(items: list[str], column: int) -> int:
    discount = SET_DISCOUNT[str(len(items))][column]
    return sum(int(PRICE[item][column]) for item in items) - discount  # type: ignore[arg-type]


COMBO_VALUES = {label: (_combo(items, 1), _combo(items, 0)) for label, items in COMBOS}  # 改定前, 改定後
COMBO_TABLE = [["組合せ（戸建て・セット割適用後の月額）", "改定前", "改定後", "差額"]] + [
    [label, _yen(before), _yen(after), f"+{_yen(after - before)}"] for label, (before, after) in COMBO_VALUES.items()
]

PRICES_BLOCKS: list[tuple[str, object]] = [
    ("p", f"2027年（令和9年）5月24日　{COMPANY} 営業部"),
    ("h1", "1. 改定の概要"),
    ("p", f"当社は、{_date(2027, 7, 1)}のご利用分から、テレビ・インターネット・電話の月額利用料、機器レンタル料及び"
          "工事費を改定します。番組供給料の値上がりと、幹線設備の更新費用の増加によるものです。2027年6月30日までの"
          "ご利用分は改定前の料金で請求します。"),
    ("p", "新規のお申込みの契約事務手数料は3,850円（改定前3,300円）とします。2つのサービスを組み合わせたときのセット割は"
          f"月額{_yen(SET_DISCOUNT['2'][0])}引き（改定前{_yen(SET_DISCOUNT['2'][1])}引き）、3つのサービスでは月額"
          f"{_yen(SET_DISCOUNT['3'][0])}引き（改定前{_yen(SET_DISCOUNT['3'][1])}引き）とします。2年契約のインターネットは、"
          "月額から330円（改定前220円）を割り引きます。"),
    ("p", "最大10Gbpsの「ギガ10」を2027年7月1日から新たに提供します。提供区域は白鷺市内の戸建てのみで、東浦町と北川町"
          "では提供していません。当社のサービス提供区域は、白鷺市全域、東浦町全域及び北川町（奥沢地区を除く）です。"),
    ("h1", "2. 年齢による割引と、区分の境目の数え方"),
    ("p", "この案内で「以上」はその数を含み、「未満」はその数を含みません。年齢はお申込み日時点の満年齢で数えます。"),
    ("p", "シニア割：契約者が満65歳以上のときは、テレビの月額から550円（改定前330円）を割り引きます。たとえば満65歳"
          "ちょうどの方は対象となり、満64歳の方は対象外です。"),
    ("p", "U22割：契約者が22歳未満のときは、インターネットの月額から1,100円（改定前880円）を割り引きます。満22歳"
          "ちょうどの方は対象外で、満21歳の方は対象です。"),
    ("p", "引込線の長さ：電柱から建物までの引込線が長い戸建ては、下の表の引込線の工事費がかかります。長さが"
          "ちょうど30mのときは「30m以上60m未満」の区分、ちょうど60mのときは「60m以上100m未満」の区分、ちょうど"
          "100mのときは「100m以上」の区分です。"),
    ("h1", "3. 月額利用料・機器レンタル料・工事費"),
    ("p", "改定後と改定前の料金は次の表のとおりです（すべて税込）。「集合住宅」は当社の設備が導入済みの集合住宅の"
          "各戸でのお申込みの料金で、建物の全戸で一括して導入する契約は、別の規程によります。"),
    ("price_table", PRICE_TABLE),
    ("p", "注1：「－」は、その住居の種類では提供していない（ギガ10の改定前は、まだ提供していなかった）ことを表します。"),
    ("p", "注2：工事費は、お申込み時に1回だけかかります。引込線の工事費は、基本工事の費用に加算します。"),
    ("p", "注3：プレミアムコースは、集合住宅の共用設備の帯域の都合で、戸建てのみの提供です。"),
    ("p", "注4：キャンペーン期間中の工事費の割引は、その都度ご案内します。"),
    ("h1", "4. 主な組合せの月額の比較（戸建て）"),
    ("p", "よくお申込みいただく組合せの月額を、改定前と改定後で比べると次のとおりです（セット割を適用した額。"
          "2年契約割・シニア割・U22割は含みません）。"),
    ("table", COMBO_TABLE),
    ("h1", "5. お問い合わせ"),
    ("p", f"{SHORT} お客さまセンター　電話 0120-000-742（受付 9:00〜18:00、年末年始を除く）"
          f"　info@{DOMAIN}"),
]


# =============================================================================================
# 2. DOCX: the rules for bulk contracts with blocks of flats.

RULES_FILENAME = "集合住宅一括導入契約取扱規程_2027年7月改正.docx"
RULES_TITLE = "集合住宅一括導入契約取扱規程"

BULK_BASE = (770, 660)  # 1戸あたり月額の基準額, 改定後 and 改定前 (the flat price of 地デジ・BSコース)
# 導入戸数, 割引率 (%), 共用部設備工事費 (1棟・税込; str = as written)
BULK_BANDS: list[tuple[str, int, int | str]] = [
    ("10戸以上30戸未満", 10, 165000),
    ("30戸以上60戸未満", 15, 242000),
    ("60戸以上100戸未満", 20, 330000),
    ("100戸以上200戸未満", 25, 429000),
    ("200戸以上", 30, "個別見積"),
]


def _bulk_fee(base: int, rate: int) -> int:
    return base * (100 - rate) // 100  # 1円未満切捨て


BULK_ROWS = [
    (band, f"{rate}%", _yen(_bulk_fee(BULK_BASE[0], rate)), _yen(_bulk_fee(BULK_BASE[1], rate)),
     fee if isinstance(fee, str) else _yen(fee))
    for band, rate, fee in BULK_BANDS
]

RULES_BODY: list[tuple[str, str]] = [
    ("right", "制定 2019年（令和元年）9月10日　改正 2027年（令和9年）5月20日"),
    ("h1", "第1条（目的）"),
    ("p", f"この規程は、{COMPANY}（以下「当社」という。）が集合住宅の所有者又は管理組合（以下「オーナー等」という。）"
          "と結ぶ一括導入契約の取扱いを定める。"),
    ("h1", "第2条（定義）"),
    ("p", "この規程で「一括導入契約」とは、集合住宅の全戸にテレビの地デジ・BSコースを一括して提供し、その料金を"
          "オーナー等からまとめて受け取る契約をいう。「戸数」とは住戸の数をいい、店舗、事務所及び管理人室は含まない。"),
    ("h1", "第3条（対象となる建物）"),
    ("p", "一括導入契約の対象は、当社のサービス提供区域（白鷺市、東浦町及び北川町）にある10戸以上の集合住宅とする。"
          "10戸未満の集合住宅は、各戸の個別の契約による。"),
    ("h1", "第4条（月額料金及び共用部設備工事費）"),
    ("p", f"一括導入契約の1戸あたり月額は、基準額{_yen(BULK_BASE[0])}（改定前{_yen(BULK_BASE[1])}）から、導入戸数に"
          "応じた次の表の割引率で割り引いた額（1円未満切捨て）とし、共用部設備工事費は1棟につき次の表のとおりとする。"
          "いずれも消費税込みの額とする。"),
    ("band_table", ""),
    ("p", "共用部設備工事費は、契約の締結時に1回だけ申し受ける。200戸以上の建物の共用部設備工事費は、建物の構造を"
          "調べたうえで個別に見積もる。"),
    ("h1", "第5条（戸数の数え方）"),
    ("p", "前条の表の「以上」はその数を含み、「未満」はその数を含まない。たとえば30戸の建物は「30戸以上60戸未満」の"
          "区分、29戸の建物は「10戸以上30戸未満」の区分である。戸数は契約の締結日の戸数で数え、その後に戸数が"
          "変わったときは、次の4月1日から変更後の区分を適用する。"),
    ("h1", "第6条（契約期間）"),
    ("p", "一括導入契約の契約期間は、共用部設備の工事の完了日の属する月の翌月1日から5年間（改定前は3年間）とする。"
          "期間満了の3か月前までにいずれからも申出がないときは、1年間ずつ自動で更新する。"),
    ("h1", "第7条（インターネットの一括導入）"),
    ("p", "30戸以上の建物では、インターネット（最大320Mbps）を全戸に一括して導入することができる。その1戸あたり月額は"
          "2,420円（改定前2,200円）とし、第4条の割引率は適用しない。"),
    ("h1", "第8条（中途解約）"),
    ("p", "オーナー等が契約期間の途中で一括導入契約を解約するときは、解約金として1戸につき4,400円（改定前3,300円）を"
          "申し受ける。ただし、契約期間の開始から3年を経過した後の解約金は、1戸につき2,090円とする。"),
    ("h1", "第9条（料金の支払）"),
    ("p", "月額料金は、毎月末日に締めて翌月10日に請求し、オーナー等はその月の27日までに口座振替又は銀行振込で支払う。"
          "支払が遅れたときは、年14.5%の延滞利息を申し受ける。"),
    ("h1", "第10条（設備の保守）"),
    ("p", "共用部設備の保守及び故障の修理は、当社の負担で行う。故障の受付は、お客さまセンターで24時間行う。"
          "オーナー等の責めに帰すべき事由による故障の修理費は、オーナー等の負担とする。"),
    ("h1", "附則"),
    ("p", "この規程は、2019年（令和元年）10月1日から施行する。"),
    ("h1", "附則（2027年（令和9年）5月20日 改正）"),
    ("p", "1　この改正は、2027年（令和9年）7月1日から施行する。"),
    ("p", "2　改正後の第4条の1戸あたり月額は、2027年7月1日以後の利用分から適用する。ただし、2027年6月30日までに"
          "締結した一括導入契約の1戸あたり月額は、2028年（令和10年）3月31日までの利用分について、なお改正前の額による。"),
    ("p", "3　2027年6月30日までに締結した一括導入契約の契約期間は、なお改正前の第6条の定めによる。"),
]


# =============================================================================================
# 3. XLSX: new subscriptions and sales of fiscal 2026.

FIGURES_FILENAME = "新規加入件数・部門別売上_2026年度.xlsx"
OFFICE_GROUPS = [("白鷺市内", ["本社営業所", "港営業所", "山手営業所"]), ("郡部", ["北川営業所", "東浦営業所"])]
OFFICES = [office for _, offices in OFFICE_GROUPS for office in offices]
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]

NEW_SUBS = {
    "本社営業所": [214, 198, 187, 203, 176, 192, 221, 208, 185, 162, 197, 263],
    "港営業所": [143, 131, 126, 138, 119, 127, 149, 136, 122, 108, 133, 178],
    "山手営業所": [87, 79, 74, 83, 71, 77, 92, 84, 73, 66, 81, 109],
    "北川営業所": [56, 49, 47, 52, 44, 48, 58, 53, 45, 41, 51, 69],
    "東浦営業所": [64, 58, 55, 61, 52, 57, 67, 62, 54, 48, 60, 81],
}
SUBS_MONTH_TOTAL = [sum(NEW_SUBS[office][index] for office in OFFICES) for index in range(12)]
SUBS_OFFICE_TOTAL = {office: sum(values) for office, values in NEW_SUBS.items()}
SUBS_TOTAL = sum(SUBS_MONTH_TOTAL)

DEPARTMENTS = ["テレビ", "インターネット", "電話", "工事・機器販売", "法人サービス"]
SALES: dict[str, list[int | None]] = {  # 千円, in OFFICES order; None = 「－」
    "テレビ": [412386, 268154, 173902, 98417, 121635],
    "インターネット": [586219, 377842, 241306, 126583, 158970],
    "電話": [94517, 61238, 38764, 22109, 27845],
    "工事・機器販売": [73408, 48926, 30175, 17362, 21093],
    "法人サービス": [152780, 64315, None, None, None],
}
SALES_DEPT_TOTAL = {dept: sum(value or 0 for value in values) for dept, values in SALES.items()}
SALES_OFFICE_TOTAL = [sum(SALES[dept][index] or 0 for dept in DEPARTMENTS) for index in range(len(OFFICES))]
SALES_TOTAL = sum(SALES_OFFICE_TOTAL)


# =============================================================================================
# 4. EML: an all-staff e-mail.

MAIL_FILENAME = "全社周知_6月の設備メンテナンス工事と営業所窓口の営業時間変更.eml"
MAIL_SUBJECT = "【全社周知】6月のネットワーク設備メンテナンス工事と営業所窓口の営業時間変更について"
MAINTENANCE = [
    ("第1回", (2027, 6, 15), "1:00〜5:00", "東浦町・北川町の全域", "インターネット・電話（30分程度の停止が2回）"),
    ("第2回", (2027, 6, 23), "2:00〜4:30", "白鷺市 港地区・山手地区", "インターネット（最大20分の停止）"),
    ("第3回", (2027, 6, 29), "0:30〜3:00", "白鷺市 中央地区", "テレビの専門チャンネル・インターネット"),
]
SPARE_DAY = (2027, 7, 7)


def mail_body() -> str:
    lines = [
        "社員各位",
        "",
        "技術部 保守課の森下です。",
        "6月に行うネットワーク設備のメンテナンス工事と、7月からの営業所窓口の営業時間の変更についてお知らせします。",
        "お客さまからのお問い合わせに備え、内容の確認をお願いします。",
        "",
        "■1. メンテナンス工事の日程",
    ]
    for label, (year, month, day), hours, area, services in MAINTENANCE:
        lines.append(f"・{label}：{_date(year, month, day)} {hours}　対象：{area}　影響：{services}")
    spare = _date(*SPARE_DAY)
    lines += [
        f"・予備日：{spare}（雨天などで工事ができなかった回を、同じ時間帯に行います）",
        "工事中は、お客さまセンターの電話受付を深夜も臨時に開設します（0120-000-742）。",
        "",
        "■2. 担当",
        "・工事全体の管理：技術部 保守課 森下 亮（内線 312）",
        "・お客さまへのご案内と問い合わせ対応：お客さまセンター 大西 美帆（内線 205）",
        "・営業所窓口での掲示と受付：営業部 高畑 俊介（内線 147）",
        "",
        f"■3. お客さまへの事前のお知らせ",
        f"・{_date(2027, 6, 1, with_year=False)}：ウェブサイトとデータ放送でお知らせを開始",
        f"・{_date(2027, 6, 8, with_year=False)}：対象地区のお客さまにはがきを発送",
        "",
        f"■4. 営業所窓口の営業時間の変更（{_date(2027, 7, 1)}から）",
        "・平日：9:30〜18:30（現在は9:00〜18:00）",
        "・土曜：9:30〜17:30（現在は9:00〜17:00）",
        "・日曜・祝日：休業（変わりません）。ただし山手営業所は日曜も10:00〜16:00に営業します。",
        "窓口での料金の支払は、閉店の30分前までにお願いしています。",
        "",
        "ご不明な点は、技術部 保守課（内線 312）までお願いします。",
        "",
        "――――――――――――――――",
        f"{COMPANY} 技術部 保守課 森下 亮",
        "電話 0299-00-3120（内線 312）",
        f"hoshu@{DOMAIN}",
    ]
    return "\n".join(lines) + "\n"


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = f"{SHORT} 技術部 保守課 <hoshu@{DOMAIN}>"
    message["To"] = f"全社員 <all-staff@{DOMAIN}>"
    message["Subject"] = MAIL_SUBJECT
    message["Date"] = format_datetime(datetime.datetime(2027, 5, 31, 10, 15, 0,
                                                        tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    message["Message-ID"] = f"<20270531101500.maint-june@{DOMAIN}>"
    message.set_content(mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


# =============================================================================================
# 5. Markdown: a support-desk knowledge-base page.

KB_FILENAME = "サポートデスクKB_訪問修理と機器交換の料金・対応時間.md"
# 受付区分, 時間帯, 出張費, 作業費（30分ごと）, 備考
VISIT_FEES = [
    ("平日日中", "9:00〜18:00", "3,300円", "2,420円", "18:00ちょうどの訪問は平日夜間の扱い"),
    ("平日夜間", "18:00〜21:00", "5,720円", "3,080円", "受付は20:00まで"),
    ("土曜・日曜・祝日", "9:00〜18:00", "6,600円", "3,080円", "年末年始（12/29〜1/3）を含む"),
    ("深夜・早朝（緊急）", "21:00〜翌9:00", "11,000円", "4,180円", "障害区分Aのときのみ"),
]
REPLACEMENTS = [
    ("Wi-Fiルーター", "11,000円"),
    ("ケーブルモデム", "16,500円"),
    ("4K対応チューナー", "33,000円"),
    ("チューナーのリモコン", "2,530円"),
    ("ICカード（再発行）", "3,080円"),
]


def kb_text() -> str:
    table = ["| 受付区分 | 時間帯 | 出張費 | 作業費（30分ごと） | 備考 |", "|---|---|---|---:|---|"]
    table += [f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in VISIT_FEES]
    lines = [
        "# KB-0318 訪問修理・機器交換の料金と対応時間",
        "",
        f"> {SHORT} カスタマーサポート部 サポートデスク課／社内限り（お客さまへの転送禁止）  ",
        "> 最終更新：2027年6月10日　更新者：サポートデスク課 松浦",
        "",
        "## 1. この記事の対象",
        "",
        "- 電話・チャットで受け付けた故障や不具合のうち、訪問して調べる必要があるもの",
        "- お客さまの過失・紛失による、レンタル機器の交換",
        "- 集合住宅の一括導入契約の共用部設備の故障は対象外（技術部 保守課に直接回す）",
        "",
        "## 2. 訪問修理の料金（税込、2027年7月1日受付分から）",
        "",
        "当社設備の故障（引込線、保安器、当社のレンタル機器の自然故障）のときは、出張費・作業費とも**無料**。"
        "お客さまの宅内の配線やお客さまご自身の機器が原因のときは、次の表の料金がかかる。",
        "",
        *table,
        "",
        "- 時間帯は、訪問の開始時刻で判定する（受付した時刻ではない）。",
        "- 作業費は30分ごとに加算する。30分に満たない端数は30分として数える。",
        "- 部品代は別。工事費の扱いになる作業（端子の増設など）は料金表の工事費による。",
        "- 2027年6月30日までの受付分は旧料金（平日日中の出張費2,750円、作業費2,200円）。",
        "",
        "## 3. 機器の交換費用（お客さまの過失・紛失のとき）",
        "",
    ]
    lines += [f"- {name}：{price}" for name, price in REPLACEMENTS]
    lines += [
        "",
        "落雷など自然災害による故障は、お客さまの過失とはせず無料で交換する。交換した機器は、訪問の当日に回収する。",
        "",
        "## 4. 障害区分と対応の目標",
        "",
        "1. **障害区分A**（地区全体のテレビ停波・通信断）：30分以内に技術部 保守課へ連絡し、2時間以内に復旧の見込みを"
        "お客さまセンターの案内に反映する。",
        "2. **障害区分B**（1世帯のすべてのサービスが使えない）：受付から24時間以内に訪問の日時を決める。",
        "3. **障害区分C**（一部のチャンネルが映らない、速度が遅いなど）：3営業日以内に訪問または電話で対応する。",
        "",
        "## 5. 受付のときに確かめること",
        "",
        "1. お客さま番号（8けた）と契約者名",
        "2. 住居の種類（戸建て／集合住宅）と、一括導入契約の建物かどうか",
        "3. 機器の前面ランプの色と点滅のしかた",
        "4. 訪問の希望日時（時間帯によって料金が変わることを必ず伝える）",
        "",
        "## 6. 連絡先",
        "",
        "- 技術部 保守課：内線 312（夜間・休日は当番 090-0000-3181）",
        "- お客さまセンター：内線 205",
        "- 機器の在庫の確認：資材センター 内線 418",
        "",
        "## 7. 変更履歴",
        "",
        "- 2027年6月10日：7月1日からの訪問修理の料金を反映（平日日中の作業費2,200円→2,420円ほか）",
        "- 2026年11月2日：チューナーのリモコンの交換費用を追加",
        "- 2025年4月1日：初版",
    ]
    return "\n".join(lines) + "\n"


# =============================================================================================
# Question sets. `any`: the form the document writes first, then other accepted forms.

P = PRICE
H, M, Y = "本社営業所", "港営業所", "山手営業所"


def _subs(office: str, month: str) -> int:
    return NEW_SUBS[office][MONTHS.index(month)]


def _forms(value: int, unit: str = "") -> list[str]:
    """A number as the document writes it (with a thousands comma) and without the comma."""
    written = f"{value:,}{unit}"
    plain = f"{value}{unit}"
    return [written] if written == plain else [written, plain]


def _avg(total: int) -> str:
    return f"{total / 12:,.1f}"


COMBO_DIFF = {label: after - before for label, (before, after) in COMBO_VALUES.items()}

QA: list[dict] = [
    # PDF: the price list.
    {"q": "戸建てでプレミアムコースを契約すると、7月からのテレビの月額はいくらになりますか？",
     "any": _forms(P["プレミアムコース（専門78ch）"][0], "円")},
    {"q": "マンション（当社設備導入済みの集合住宅）の各戸でネットのギガを使っている人の、改定前の月額っていくらでしたっけ？",
     "any": _forms(P["ギガ（最大1Gbps）"][3], "円")},
    {"q": "電柱から家までの引込線がちょうど60mの戸建てです。7月以降に申し込むと引込線の工事費はいくらかかりますか？",
     "any": _forms(P["引込線 60m以上100m未満"][0], "円")},
    {"q": "集合住宅でインターネット開通工事をする場合、改定後の工事費はいくらですか？",
     "any": _forms(P["インターネット開通工事"][2], "円")},
    {"q": "契約者がちょうど65歳の場合、シニア割でテレビの月額から改定後いくら割り引かれますか？",
     "any": ["550円"]},
    {"q": "戸建てで「スタンダード＋ネット スタンダード」の組合せにしている場合、改定で月額はいくら上がりますか？",
     "any": _forms(COMBO_DIFF["スタンダード＋ネット スタンダード"], "円")},
    # DOCX: the bulk-contract rules.
    {"q": "ちょうど30戸のアパートで一括導入契約を結ぶと、改正後の1戸あたり月額はいくらですか？",
     "any": _forms(_bulk_fee(BULK_BASE[0], 15), "円")},
    {"q": "一括導入契約で、導入戸数が150戸の建物の割引率は何％ですか？",
     "any": ["25%", "25％"]},
    {"q": "60戸のマンションに一括導入するときの共用部設備工事費（1棟）はいくら？",
     "any": _forms(330000, "円")},
    {"q": "一括導入契約の契約期間は、改正前は何年間でしたか？",
     "any": ["3年間", "3年"]},
    {"q": "オーナーが一括導入契約を途中で解約するとき、改正後の解約金は1戸あたりいくらですか？（契約開始から3年以内）",
     "any": _forms(4400, "円")},
    {"q": "集合住宅一括導入契約取扱規程の改正附則では、改正はいつから施行されますか？",
     "any": ["2027年（令和9年）7月1日", "2027年7月1日"]},
    # XLSX: new subscriptions and sales.
    {"q": "2026年度の港営業所の10月の新規加入件数は何件ですか？",
     "any": _forms(_subs(M, "10月"))},
    {"q": "山手営業所の2026年度の新規加入件数の年間合計は？",
     "any": _forms(SUBS_OFFICE_TOTAL[Y])},
    {"q": "2026年度の2月の新規加入件数は、全営業所の合計で何件でしたか？",
     "any": _forms(SUBS_MONTH_TOTAL[MONTHS.index("2月")])},
    {"q": "東浦営業所の新規加入件数の月平均は何件ですか？",
     "any": [_avg(SUBS_OFFICE_TOTAL["東浦営業所"])]},
    {"q": "2026年度の北川営業所のインターネット部門の売上高はいくらですか？",
     "any": _forms(SALES["インターネット"][OFFICES.index("北川営業所")])},
    {"q": "2026年度の部門別売上高で、全部門・全営業所の総合計はいくら（千円）ですか？",
     "any": _forms(SALES_TOTAL)},
    # EML: the maintenance work and counter hours.
    {"q": "白鷺市の中央地区のメンテナンス工事はいつ行われますか？",
     "any": ["6月29日", "2027年6月29日"]},
    {"q": "東浦町・北川町のメンテナンス工事は何時から何時までですか？",
     "any": ["1:00〜5:00"]},
    {"q": "7月から営業所窓口の平日の営業時間は何時から何時になりますか？",
     "any": ["9:30〜18:30"]},
    # Markdown: the support-desk KB.
    {"q": "お客さま宅内の配線が原因の故障で、平日の18時ちょうどに訪問する場合の出張費はいくら？",
     "any": ["5,720円", "5720円"]},
    {"q": "お客さまがWi-Fiルーターを紛失した場合の交換費用はいくらですか？",
     "any": ["11,000円", "11000円"]},
    {"q": "サポートデスクのKBで、障害区分Bのときは受付から何時間以内に訪問日時を決めることになっていますか？",
     "any": ["24時間以内", "24時間"]},
]

# What would have to be in the documents for an unanswerable question to have an answer.
UNANSWERABLE: list[tuple[str, list[str], str]] = [
    ("NHKの受信料も一緒に払えますか？その場合の月額はいくら？", ["NHK", "受信料"],
     "the price list names no broadcaster's licence fee and no collection of it"),
    ("スマホの格安SIMとのセット割は月額いくら引きですか？", ["SIM", "スマホ", "携帯電話", "モバイル"],
     "the set discount covers TV, internet and telephone only; no mobile service is offered"),
    ("2025年度の本社営業所の新規加入件数は？", ["2025年度"],
     "the workbook holds fiscal 2026 only"),
    ("西山営業所の4月の新規加入件数は何件ですか？", ["西山"],
     "there is no 西山営業所; the five offices are 本社・港・山手・北川・東浦"),
    ("一括導入契約の共用部設備工事費は何回の分割払いにできますか？", ["分割", "回払"],
     "the rules say the fee is paid once at signing and say nothing of instalments"),
    ("6月のメンテナンス工事の第4回はいつですか？", ["第4回"],
     "the e-mail lists three rounds and a spare day, no fourth round"),
    ("解約するときに機器の撤去費用はかかりますか？金額は？", ["撤去"],
     "no document gives a removal charge"),
    ("光回線（FTTH）への切替え工事の費用はいくらですか？", ["FTTH", "光回線", "光ファイバー"],
     "the documents name no fibre migration"),
    ("ケーブル電話の国際電話の通話料は1分いくら？", ["国際", "通話料"],
     "the price list gives the basic charge and the flat-rate option, not call charges"),
    ("しらさぎケーブルネットワークの従業員数は何人ですか？", ["従業員", "社員数", "職員数"],
     "no document states the staff count"),
    ("2027年度の営業所別の売上目標はいくらですか？", ["売上目標", "2027年度"],
     "the workbook holds fiscal 2026 results only, no targets"),
    ("部門別売上高の前年度比はテレビ部門で何％ですか？", ["前年度比", "前年比", "前年同"],
     "the sales sheet gives no comparison with the previous year"),
]
ABSENT = {f"h{NN}-un-{index}": strings for index, (_, strings, _) in enumerate(UNANSWERABLE, start=1)}
ABSENT_WHY = {f"h{NN}-un-{index}": why for index, (_, _, why) in enumerate(UNANSWERABLE, start=1)}

ENGLISH: list[tuple[str, list[str], list[str]]] = [
    ("What is the new monthly fee for the Giga (1Gbps) internet plan for a detached house?",
     _forms(P["ギガ（最大1Gbps）"][0], "円"), ["5,830", "5830"]),
    ("Under the bulk contract for apartment buildings, what is the revised monthly fee per unit for a building with 100 units?",
     _forms(_bulk_fee(BULK_BASE[0], 25), "円"), ["577"]),
    ("How many new subscriptions did the head office sales office (本社営業所) get in April of fiscal 2026?",
     _forms(_subs(H, "4月")), [str(_subs(H, "4月"))]),
    ("What is the spare day for the June maintenance work?",
     ["7月7日"], ["July 7", "7 July", "7月7日", "Jul 7"]),
    ("What is the call-out fee for an emergency visit late at night or early in the morning?",
     ["11,000円", "11000円"], ["11,000", "11000"]),
    ("What was the contract handling fee for a new application before the revision?",
     ["3,300円", "3300円"], ["3,300", "3300"]),
    ("What were the total sales of the TV department across all offices in fiscal 2026, in thousand yen?",
     _forms(SALES_DEPT_TOTAL["テレビ"]), _forms(SALES_DEPT_TOTAL["テレビ"])),
    ("What is the extension number of the person in charge of managing the maintenance work?",
     ["内線 312", "312"], ["312"]),
    ("How much does it cost to add one more TV outlet for a detached house after the revision?",
     _forms(P["テレビ端子の追加（1か所ごと）"][0], "円"), ["5,280", "5280"]),
    ("Under the bulk contract rules, what is the cancellation fee per unit once three years of the contract period have passed?",
     ["2,090円", "2090円"], ["2,090", "2090"]),
]

FOLLOWUPS: list[tuple[list[str], list[str]]] = [
    (["戸建てのテレビ・スタンダードコースの7月からの月額は？", "改定前は？"],
     _forms(P["スタンダードコース（専門42ch）"][1], "円")),
    (["港営業所の8月の新規加入件数は？", "では9月は？"],
     _forms(_subs(M, "9月"))),
    (["一括導入契約で30戸以上60戸未満の割引率は？", "60戸以上100戸未満なら？"],
     ["20%", "20％"]),
    (["6月のメンテナンス工事の第1回はいつですか？", "では第2回は？"],
     ["6月23日", "2027年6月23日"]),
    (["KBでは、平日日中の訪問の出張費はいくら？", "土日祝だと？"],
     ["6,600円", "6600円"]),
    (["インターネット部門の本社営業所の売上高は？", "東浦営業所では？"],
     _forms(SALES["インターネット"][OFFICES.index("東浦営業所")])),
    (["集合住宅のネット「ライト」の改定後の月額は？", "戸建てなら？"],
     _forms(P["ライト（最大100Mbps）"][0], "円")),
    (["7月からの営業所窓口の土曜の営業時間は？", "今はどうなってる？"],
     ["9:00〜17:00"]),
]


def question_sets() -> dict[str, list[dict]]:
    answerable = [{"id": f"h{NN}-{index}", "q": item["q"], "any": item["any"]} for index, item in enumerate(QA, start=1)]
    unanswerable = [{"id": f"h{NN}-un-{index}", "q": q, "any": [], "unanswerable": True}
                    for index, (q, _, _) in enumerate(UNANSWERABLE, start=1)]
    english = [{"id": f"h{NN}-en-{index}", "q": q, "any": forms, "answer_any": answer_any}
               for index, (q, forms, answer_any) in enumerate(ENGLISH, start=1)]
    followups = [{"id": f"h{NN}-fu-{index}", "turns": turns, "any": forms}
                 for index, (turns, forms) in enumerate(FOLLOWUPS, start=1)]
    return {f"holdout{NN}_qa.jsonl": answerable, f"holdout{NN}_unanswerable_qa.jsonl": unanswerable,
            f"holdout{NN}_english_qa.jsonl": english, f"holdout{NN}_followup_qa.jsonl": followups}


# =============================================================================================
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
    flow: list[object] = [Paragraph(PRICES_TITLE, title_style)]
    for kind, content in PRICES_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind in ("table", "price_table"):
            assert isinstance(content, list)
            two_rows = kind == "price_table"
            widths = [40 * mm, 52 * mm, 19 * mm, 19 * mm, 19 * mm, 19 * mm] if two_rows else None
            table = Table([[Paragraph(value, cell) for value in row] for row in content],
                          colWidths=widths, repeatRows=2 if two_rows else 1)
            style = [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 1 if two_rows else 0), header_colour),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
            if two_rows:
                style += [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (3, 0)),
                          ("SPAN", (4, 0), (5, 0))]
            table.setStyle(TableStyle(style))
            flow.extend([table, Spacer(1, 4 * mm)])
    margin = 20 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=PRICES_TITLE, author=f"{COMPANY} 営業部",
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
    properties.author = f"{COMPANY} 営業部"
    properties.last_modified_by = f"{COMPANY} 営業部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    document.add_heading(RULES_TITLE, level=0)
    for kind, content in RULES_BODY:
        if kind == "h1":
            document.add_heading(content, level=1)
        elif kind == "p":
            document.add_paragraph(content)
        elif kind == "right":
            document.add_paragraph(content).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "band_table":
            table = document.add_table(rows=2 + len(BULK_ROWS), cols=5)
            table.style = document.styles["Table Grid"]
            header = [["導入戸数", "割引率", "1戸あたり月額（税込）", "", "共用部設備工事費（1棟・税込）"],
                      ["", "", "改定後", "改定前", ""]]
            for row_index, row in enumerate(header + [list(row) for row in BULK_ROWS]):
                for column, value in enumerate(row):
                    if value:
                        table.cell(row_index, column).text = value
            for first_row, first_col, last_row, last_col in ((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)):
                top_left = table.cell(first_row, first_col)
                text = top_left.text
                top_left.merge(table.cell(last_row, last_col)).text = text
            docx_header_row(table.rows[0], HEADER_FILL)
            docx_header_row(table.rows[1], HEADER_FILL)
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

    def header_cell(sheet: object, row: int, column: int, value: str | None) -> None:
        cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.border = border
        cell.alignment = centred

    def data_row(sheet: object, row: int, label: str, values: list[int | float | str], number_format: str,
                 *, total: bool = False) -> None:
        cells = [sheet.cell(row=row, column=1, value=label)]  # type: ignore[attr-defined]
        for column, value in enumerate(values, start=2):
            cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
            if isinstance(value, str):
                cell.alignment = Alignment(horizontal="center")
            else:
                cell.number_format = number_format
            cells.append(cell)
        for cell in cells:
            cell.border = border
            if total:
                cell.font = Font(bold=True)
                cell.fill = total_fill

    workbook = Workbook()
    subs = workbook.active
    subs.title = "月別新規加入件数"
    last_column = 2 + len(OFFICES)
    subs.cell(row=1, column=1, value="営業所別・月別 新規加入件数（2026年度：2026年4月〜2027年3月、単位：件）").font = \
        Font(bold=True, size=13)
    subs.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_column)
    header_cell(subs, 2, 1, "月")
    header_cell(subs, 3, 1, None)
    subs.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    column = 2
    for group, offices in OFFICE_GROUPS:
        header_cell(subs, 2, column, group)
        for offset, office in enumerate(offices):
            if offset:
                header_cell(subs, 2, column + offset, None)
            header_cell(subs, 3, column + offset, office)
        subs.merge_cells(start_row=2, start_column=column, end_row=2, end_column=column + len(offices) - 1)
        column += len(offices)
    header_cell(subs, 2, last_column, "合計")
    header_cell(subs, 3, last_column, None)
    subs.merge_cells(start_row=2, start_column=last_column, end_row=3, end_column=last_column)
    for index, month in enumerate(MONTHS):
        values = [NEW_SUBS[office][index] for office in OFFICES]
        data_row(subs, 4 + index, month, values + [sum(values)], "#,##0")
    total_row = 4 + len(MONTHS)
    data_row(subs, total_row, "合計", [SUBS_OFFICE_TOTAL[office] for office in OFFICES] + [SUBS_TOTAL], "#,##0",
             total=True)
    data_row(subs, total_row + 1, "月平均", [SUBS_OFFICE_TOTAL[office] / 12 for office in OFFICES] + [SUBS_TOTAL / 12],
             "#,##0.0", total=True)
    subs.cell(row=total_row + 3, column=1,
              value="注記：新規加入件数は、テレビ・インターネット・電話のいずれかを新たに契約した世帯の数（同時に複数の"
                    "サービスを契約した世帯も1件と数える）。集合住宅の一括導入契約の戸数は含まない。1月〜3月は2027年の月。")
    subs.column_dimensions["A"].width = 10
    for index in range(2, last_column + 1):
        subs.column_dimensions[get_column_letter(index)].width = 13
    subs.freeze_panes = "B4"

    sales = workbook.create_sheet("部門別売上高")
    sales.cell(row=1, column=1, value="部門別・営業所別 売上高（2026年度）").font = Font(bold=True, size=13)
    sales.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_column)
    sales.cell(row=2, column=1, value="単位：千円（税抜）")
    for column, label in enumerate(["部門"] + OFFICES + ["合計"], start=1):
        header_cell(sales, 3, column, label)
    for index, dept in enumerate(DEPARTMENTS, start=4):
        values: list[int | float | str] = [value if value is not None else "－" for value in SALES[dept]]
        data_row(sales, index, dept, values + [SALES_DEPT_TOTAL[dept]], "#,##0")
    data_row(sales, 4 + len(DEPARTMENTS), "合計", list(SALES_OFFICE_TOTAL) + [SALES_TOTAL], "#,##0", total=True)
    sales.cell(row=6 + len(DEPARTMENTS), column=1,
               value="注記：法人サービスは本社営業所と港営業所だけで扱う（「－」は取扱いなし）。工事・機器販売には"
                     "集合住宅の共用部設備工事費を含む。")
    sales.column_dimensions["A"].width = 18
    for index in range(2, last_column + 1):
        sales.column_dimensions[get_column_letter(index)].width = 13
    save_workbook(workbook, path, title=f"{COMPANY} 新規加入件数・部門別売上（2026年度）",
                  creator=f"{COMPANY} 経営企画部", moment=FIXED_MOMENT)


def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


def build_md(path: Path) -> None:
    path.write_bytes(kb_text().encode("utf-8"))


DOCUMENTS = [(PRICES_FILENAME, build_pdf), (RULES_FILENAME, build_docx), (FIGURES_FILENAME, build_xlsx),
             (MAIL_FILENAME, build_eml), (KB_FILENAME, build_md)]


def main(doc_dir: Path = HERE, qa_dir: Path = DATA) -> None:
    doc_dir.mkdir(parents=True, exist_ok=True)
    qa_dir.mkdir(parents=True, exist_ok=True)
    for filename, builder in DOCUMENTS:
        path = doc_dir / filename
        builder(path)
        print(f"{path.name}: {path.stat().st_size // 1024} KB")
    for filename, questions in question_sets().items():
        text = "".join(json.dumps(question, ensure_ascii=False) + "\n" for question in questions)
        (qa_dir / filename).write_bytes(text.encode("utf-8"))
        print(f"{filename}: {len(questions)} questions")


if __name__ == "__main__":
    if len(sys.argv) == 3:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
    elif len(sys.argv) == 1:
        main()
    else:
        sys.exit("usage: make_holdout42.py [DOC_DIR QA_DIR]")
