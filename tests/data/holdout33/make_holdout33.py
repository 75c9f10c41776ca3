"""Write the five documents of the thirty-third holdout corpus (tests/data/holdout33/README.md).

One fictional household and office moving company, 株式会社あさなぎ引越センター (head office in the
fictional 朝凪市; the head office 本店 and four branches, 東浜支店, 桐ヶ丘支店, 港町支店 and
北野台支店, a dispatch centre, and one storage warehouse, あさなぎ保管センター), and five documents its
staff would look things up in: the household price list of fiscal 2027 as a PDF (the basic fare
by truck size and distance band 「◯km以上◯km未満」 under a two-row header, normal and busy season
each over weekdays and weekends, the truck written only on the first row of its group, the table
crossing from page 1 to page 2; packing by number of boxes, storage by period, extras), the rules
for work allowances and travel expenses as Word (numbered articles 第1条…, new and old values side
by side, 西暦 and 令和 dates), the moves of fiscal 2026 by month and branch as Excel (a title row,
two merged header rows, totals and 月平均, a sales sheet and a 注記 sheet), an e-mail (.eml) on the
busy-season reception hours, and a deck for the corporate-relocation meeting as PowerPoint. Every
name, address, telephone number and figure here is invented (e-mail domains end in `.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/, webui/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail is
fixed text with a fixed date and message id.

    .venv/bin/python tests/data/holdout33/make_holdout33.py
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
    pptx_fill,
    pptx_font,
    pptx_place,
    print_sizes,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 3, 15, 10, 0, 0)
COMPANY = "株式会社あさなぎ引越センター"
SHORT = "あさなぎ引越センター"
WAREHOUSE = "あさなぎ保管センター"
HEADER_FILL = "DDEBF7"
DOMAIN = "asanagi-hikkoshi.example"

BRANCHES = ["本店", "東浜支店", "桐ヶ丘支店", "港町支店", "北野台支店"]
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
WEEKDAYS = "月火水木金土日"


def _n(value: int) -> str:
    return f"{value:,}"


def _yen(value: int) -> str:
    return f"{value:,}円"


def _date(year: int, month: int, day: int, *, with_year: bool = True) -> str:
    weekday = WEEKDAYS[datetime.date(year, month, day).weekday()]
    return f"{year}年{month}月{day}日（{weekday}）" if with_year else f"{month}月{day}日（{weekday}）"


# ---------------------------------------------------------------------------------------------
# 1. PDF: the household price list of fiscal 2027.

PRICES_FILENAME = "家庭向け引越し料金表_2027年度版.pdf"
PRICES_TITLE = "あさなぎ引越センター 家庭向け引越し料金表（2027年度版）"

# Truck, the household it suits, and the weekday normal-season fare of the shortest band.
TRUCKS = [
    ("軽トラック", 18700),
    ("1.5トン車", 26400),
    ("2トンショート車", 35200),
    ("2トンロング車", 41800),
    ("3トン車", 53900),
    ("4トン車", 64900),
]
BANDS = ["15km未満", "15km以上30km未満", "30km以上50km未満", "50km以上100km未満", "100km以上200km未満"]
BAND_PERMIL = [1000, 1160, 1370, 1780, 2450]
# 通常期 平日, 通常期 土日祝, 繁忙期 平日, 繁忙期 土日祝
SEASON_PERMIL = [1000, 1150, 1400, 1610]


def _fare(base: int, band: int, column: int) -> int:
    raw = base * BAND_PERMIL[band] * SEASON_PERMIL[column]
    return (raw + 5 * 10**6) // (10 * 10**6) * 10


FARES = {truck: [[_fare(base, band, column) for column in range(4)] for band in range(len(BANDS))]
         for truck, base in TRUCKS}
_ALL_FARES = [value for rows in FARES.values() for row in rows for value in row]
assert len(set(_ALL_FARES)) == len(_ALL_FARES), "two fares of the basic table are the same"

FARE_HEADER = [
    ["車両", "距離帯（道のり）", "通常期", "", "繁忙期", ""],
    ["", "", "平日", "土日祝", "平日", "土日祝"],
]


def _fare_table() -> list[list[str]]:
    rows = [list(row) for row in FARE_HEADER]
    for truck, _ in TRUCKS:
        for band, name in enumerate(BANDS):
            rows.append([truck if band == 0 else "", name] + [_yen(value) for value in FARES[truck][band]])
    return rows


FARE_TABLE = _fare_table()

PACKING_TABLE = [
    ["サービス", "段ボール箱数", "料金（税込）", "作業員の目安"],
    ["荷造りサービス", "20箱未満", "16,500円", "1名・半日"],
    ["", "20箱以上40箱未満", "29,700円", "2名・半日"],
    ["", "40箱以上60箱未満", "42,900円", "2名・1日"],
    ["", "60箱以上80箱未満", "55,440円", "3名・1日"],
    ["荷解きサービス", "20箱未満", "13,200円", "1名・半日"],
    ["", "20箱以上40箱未満", "23,980円", "2名・半日"],
    ["", "40箱以上60箱未満", "34,100円", "2名・1日"],
    ["", "60箱以上80箱未満", "44,770円", "3名・1日"],
]

STORAGE_TABLE = [
    ["保管ユニット", "広さの目安", "保管期間別の月額（税込）", "", ""],
    ["", "", "1か月以上3か月未満", "3か月以上6か月未満", "6か月以上12か月未満"],
    ["Sサイズ", "0.5坪（単身の荷物）", "5,280円", "4,950円", "4,510円"],
    ["Mサイズ", "1坪（2人分の荷物）", "9,790円", "9,130円", "8,360円"],
    ["Lサイズ", "2坪（3〜4人分の荷物）", "17,820円", "16,390円", "14,960円"],
]

OPTIONS_TABLE = [
    ["オプション", "単位", "料金（税込）"],
    ["エアコン取り外し・取り付け", "1台", "17,600円"],
    ["洗濯機の取り外し・取り付け", "1台", "3,850円"],
    ["アップライトピアノの運搬（1階から1階）", "1台", "28,600円"],
    ["不用品の引取り（軽トラック1台分まで）", "1回", "24,200円"],
    ["段ボールの追加（10枚単位）", "10枚", "1,320円"],
    ["ハンガーボックスの貸出し", "1箱", "550円"],
]

PRICES_BLOCKS: list[tuple[str, object]] = [
    ("p", "2027年（令和9年）3月15日 発行　株式会社あさなぎ引越センター 営業推進部"),
    ("h1", "1. この料金表について"),
    ("p", "この料金表は、株式会社あさなぎ引越センター（本店：朝凪市中央区汐見町一丁目）が本店及び東浜支店、桐ヶ丘支店、"
          "港町支店、北野台支店で受け付ける家庭向けの引越しの料金を定めるものです。2027年4月1日から2028年3月31日までに"
          "作業する引越しに適用します。料金はすべて消費税込みの額です。法人のお客さまの事務所移転は、法人営業部が"
          "個別にお見積もりします。"),
    ("p", "基本運賃は、使う車両と、旧居から新居までの道のり（地図サービスの経路検索による距離）の距離帯で決まります。"
          "距離帯は「◯km以上◯km未満」で区切り、区分の境目にあたる距離は、その距離を「以上」とする区分に入ります。"
          "たとえば道のりがちょうど15kmの引越しは「15km以上30km未満」の区分です。"
          "200km以上の引越しは長距離便として別にお見積もりします。"),
    ("p", "繁忙期は3月、4月及び9月とし、その他の月（1月、2月、5月〜8月、10月〜12月）は通常期とします。"
          "ただし、年末の12月28日から12月31日までの作業には繁忙期の料金を適用します。土日祝は、土曜日、日曜日及び"
          "国民の祝日の作業をいいます。基本運賃には、車両1台、運転手を含む作業員（軽トラック・1.5トン車は2名、"
          "2トン車は2名、3トン車は3名、4トン車は4名）、養生、及び段ボール（軽トラック・1.5トン車は20枚、"
          "その他の車両は50枚まで）の料金が含まれます。"),
    ("h1", "2. 基本運賃（車両・距離帯別）"),
    ("p", "車両と距離帯ごとの基本運賃は、次の表のとおりです（単位：円、税込）。"),
    ("table2", FARE_TABLE),
    ("p", "注：2トンショート車は荷台の長さ約3.1m、2トンロング車は約4.3mの車両です。4トン車で運びきれない荷物は、"
          "車両を2台に分けてお見積もりします。"),
    ("h1", "3. 作業員の追加と時間指定"),
    ("p", "作業員を追加する場合は、1名につき平日11,550円、土日祝13,640円を申し受けます（繁忙期はそれぞれ2,420円増し）。"
          "作業開始時刻の指定は、午前便（8:00〜9:00に作業開始）が5,940円、午後便（13:00〜14:00に作業開始）は無料です。"
          "開始時刻を当日の配車にお任せいただくフリー便は、基本運賃から3,630円を割り引きます。"),
    ("h1", "4. 荷造り・荷解きサービス"),
    ("p", "荷造り・荷解きの料金は、お客さまの荷物を詰めた（又は詰める予定の）段ボールの箱数で、次の表の区分によります。"
          "80箱以上の場合は個別にお見積もりします。箱数が区分の境目にあたるときは、その箱数を「以上」とする区分とします。"),
    ("table", PACKING_TABLE),
    ("h1", "5. オプション料金"),
    ("table", OPTIONS_TABLE),
    ("h1", "6. 一時保管（あさなぎ保管センター）"),
    ("p", "新居への入居日が決まっていない場合などは、荷物をあさなぎ保管センター（朝凪市臨海三丁目）でお預かりします。"
          "保管料は月額で、保管期間の全体の長さで次の表の区分を選びます。1か月に満たない保管は1か月分とし、12か月以上の"
          "保管は個別にお見積もりします。入庫・出庫の作業料は1回につきSサイズ3,080円、Mサイズ4,730円、Lサイズ7,370円です。"),
    ("table2", STORAGE_TABLE),
    ("h1", "7. お見積もり・お支払い・お取消し"),
    ("p", "お見積もりは無料で、有効期間はお見積もりの日から30日です。料金は作業当日に現金、クレジットカード又は"
          "銀行振込（前日まで）でお支払いください。お取消しの料金は、作業日の前々日が見積額の10%、前日が20%、"
          "当日が50%で、3日前までのお取消しは無料です。"),
    ("h1", "8. お問い合わせ"),
    ("p", "お見積もりとご予約は、本店お客さま窓口（電話 0263-00-5100、受付 9:00〜19:00、年末年始を除く）又は"
          "各支店で承ります。一時保管は、あさなぎ保管センター（電話 0263-00-5170、受付 9:00〜17:00、日曜定休）へ"
          f"お問い合わせください。ウェブでのお見積もり依頼は mitsumori@{DOMAIN} で受け付けます。"),
]


# ---------------------------------------------------------------------------------------------
# 2. DOCX: the rules for work allowances and travel expenses.

RULES_FILENAME = "作業手当・出張旅費規程_2027年4月改定.docx"
RULES_TITLE = "株式会社あさなぎ引越センター 作業手当及び出張旅費規程（2027年4月改定）"

ALLOWANCE_TABLE = [
    ["手当", "支給の条件", "改定後", "改定前"],
    ["早朝作業手当", "午前7時より前に作業を始めた日", "1日 1,250円", "1日 1,050円"],
    ["夜間作業手当", "午後8時以降に作業が及んだ日", "1時間 460円", "1時間 410円"],
    ["重量物手当", "ピアノ・金庫など100kg以上の品を運んだ日", "1件 1,870円", "1件 1,540円"],
    ["吊り作業手当", "ロープ又はクレーンで窓から搬出入した日", "1件 2,640円", "1件 2,090円"],
    ["繁忙期手当", "3月・4月の出勤日（9月は含まない）", "1日 1,480円", "1日 1,190円"],
    ["班長手当", "班長として作業を指揮した日", "1日 830円", "1日 720円"],
    ["法人移転手当", "事務所移転の作業に従事した日", "1日 960円", "1日 780円"],
]

QUALIFICATION_TABLE = [
    ["資格", "月額（改定後）", "月額（改定前）"],
    ["中型自動車免許", "3,200円", "3,000円"],
    ["大型自動車免許", "5,300円", "5,000円"],
    ["フォークリフト運転技能講習", "2,100円", "2,000円"],
    ["引越管理者（社内認定）", "4,400円", "4,000円"],
]

RULES_BODY: list[tuple[str, object]] = [
    ("right", "制定 2021年（令和3年）10月1日　改定 2027年（令和9年）2月19日　施行 2027年（令和9年）4月1日"),
    ("h1", "第1条（目的）"),
    ("p", "この規程は、株式会社あさなぎ引越センター（以下「会社」という。）の従業員に支給する作業手当、資格手当、"
          "長距離運転手当及び出張旅費について定める。"),
    ("h1", "第2条（適用範囲）"),
    ("p", "この規程は、正社員、契約社員及びアルバイトに適用する。ただし、アルバイトには第5条（資格手当）及び第6条"
          "（出張旅費）を適用しない。"),
    ("h1", "第3条（作業手当）"),
    ("p", "作業手当の額は、次の表のとおりとする。2027年3月31日以前の作業には改定前の額を適用する。"),
    ("table", ALLOWANCE_TABLE),
    ("p", "夜間作業手当は、午後8時以降の作業時間を30分単位で切り上げて計算する。同じ日に早朝作業手当と夜間作業手当の"
          "条件をともに満たすときは、両方を支給する。班長手当と法人移転手当は同じ日に重ねて支給しない。"),
    ("h1", "第4条（長距離運転手当）"),
    ("p", "車両を運転して片道100km以上の引越しを行ったときは、1運行につき長距離運転手当を支給する。その額は、"
          "片道100km以上200km未満の運行が2,460円（改定前2,050円）、片道200km以上400km未満の運行が4,180円"
          "（改定前3,520円）とし、片道400km以上の運行は第6条の出張として扱う。距離は配車表に記載された道のりによる。"),
    ("h1", "第5条（資格手当）"),
    ("p", "次の資格を持つ従業員には、毎月、資格手当を支給する。複数の資格を持つときは、額の高い二つまでを合算する。"),
    ("table", QUALIFICATION_TABLE),
    ("h1", "第6条（出張旅費）"),
    ("p", "業務で宿泊を伴う出張をしたときは、日当と宿泊料を支給する。日当は1日2,750円（改定前2,300円）、宿泊料は"
          "1泊10,450円（改定前8,800円）を上限とする実費とする。交通費は実費とし、会社の車両で移動したときは支給しない。"),
    ("h1", "第7条（食事手当）"),
    ("p", "1日の拘束時間が11時間を超えた日は、食事手当として770円（改定前660円）を支給する。"),
    ("h1", "第8条（支給日及び申請）"),
    ("p", "手当は、毎月末日で締め、翌月25日に給与と併せて支給する。作業手当及び長距離運転手当は、作業日報に記載し、"
          "作業日の翌営業日までに班長の確認を受けるものとする。出張旅費は、出張から戻った日から7日以内に精算する。"),
    ("h1", "第9条（所管）"),
    ("p", "この規程の所管は総務部人事課とし、問い合わせは人事課（内線 312、担当 藤森 由佳）が受け付ける。"),
    ("h1", "附則"),
    ("p", "1. この規程は、2027年（令和9年）4月1日から施行する。"),
    ("p", "2. 2027年3月中に予約を受け付け、2027年4月に作業した引越しについても、作業日が4月1日以後であれば改定後の"
          "額を適用する。"),
]


# ---------------------------------------------------------------------------------------------
# 3. XLSX: moves and sales of fiscal 2026 by month and branch.

FIGURES_FILENAME = "支店別・月別引越し作業件数_2026年度.xlsx"

HOUSEHOLD_SCALE = [212, 167, 133, 119, 97]
CORPORATE_SCALE = [38, 13, 9, 27, 6]
HOUSEHOLD_PROFILE = [135, 86, 79, 88, 93, 106, 91, 82, 95, 77, 99, 193]
CORPORATE_PROFILE = [162, 91, 79, 88, 108, 131, 103, 82, 118, 71, 93, 152]
HOUSEHOLD_PRICE = [71, 64, 59, 62, 57]  # average sale per household move, 千円 x 1 (simple)
CORPORATE_PRICE = [418, 306, 274, 389, 251]


def _count(scale: int, profile: int, month: int, branch: int, kind: int) -> int:
    wobble = (month * 7 + branch * 5 + kind * 3) % 9 - 4
    return max(1, (scale * profile + 50) // 100 + wobble)


MOVES = {
    branch: [(_count(HOUSEHOLD_SCALE[index], HOUSEHOLD_PROFILE[month], month, index, 0),
              _count(CORPORATE_SCALE[index], CORPORATE_PROFILE[month], month, index, 1)) for month in range(12)]
    for index, branch in enumerate(BRANCHES)
}
SALES = {
    branch: [household * HOUSEHOLD_PRICE[index] + corporate * CORPORATE_PRICE[index] + (month * 37 + index * 53) % 97
             for month, (household, corporate) in enumerate(MOVES[branch])]
    for index, branch in enumerate(BRANCHES)
}

FIGURES_NOTES = [
    "注記",
    "1. 2026年度は2026年4月1日〜2027年3月31日。1月〜3月は2027年の月。",
    "2. 作業件数は、作業を完了した引越しの件数。1件の引越しを2日に分けて作業したときも1件と数える。",
    "3. 家庭は個人のお客さまの引越し、法人は事務所・店舗の移転と法人契約の社員の引越し。",
    "4. 受付と作業の支店が異なるときは、作業した支店で数える。あさなぎ保管センターへの入庫・出庫だけの作業は含まない。",
    "5. 売上高は税抜で、千円未満を切り捨てた額。オプション料金と保管料を含む。",
    "6. 月平均は、年度合計を12で割った値（小数第1位まで表示）。",
]


# ---------------------------------------------------------------------------------------------
# 4. PPTX: the deck for the corporate-relocation meeting.

DECK_FILENAME = "2027年度_第1回法人移転推進会議.pptx"
DECK_TITLE = "2027年度 第1回 法人移転推進会議"
DECK_COVER = [
    "4月〜6月のオフィス移転案件と重点施策",
    "株式会社あさなぎ引越センター 法人営業部",
    "2027年（令和9年）4月16日（金）14:00〜15:30　本店3階 第2会議室",
]
CASES_TITLE = "4月〜6月 オフィス移転の受注案件"
CASES_TABLE = [
    ["お客さま（仮称）", "作業日", "移転先", "作業員（名）", "車両（台）", "見積額（税込）"],
    ["汐見商事", "4月24日（土）", "朝凪市中央区", "14", "4", "1,386,000円"],
    ["東浜メディカル", "5月8日（土）", "朝凪市東浜", "9", "3", "847,000円"],
    ["桐ヶ丘設計事務所", "5月15日（土）", "朝凪市桐ヶ丘", "6", "2", "462,000円"],
    ["港町ロジテック", "5月29日（土）", "朝凪市港町", "18", "6", "2,178,000円"],
    ["北野台信用組合", "6月5日（土）", "朝凪市北野台", "11", "4", "1,034,000円"],
    ["みなと広告", "6月19日（土）", "朝凪市中央区", "7", "2", "583,000円"],
    ["朝凪ソフトウェア", "6月26日（土）", "隣接の潮見市", "16", "5", "1,705,000円"],
]
CASES_NOTE = ("見積額には養生費、梱包資材、廃棄物の処理費を含む。作業員は当日の最大人数。"
              "港町ロジテックは金曜夜から2日間の作業。")
CASES_SPEAKER = ("汐見商事の案件は、ビルの搬入口が使えるのが午後6時以降のため、夜間作業手当の対象となる。"
                 "朝凪ソフトウェアの見積額には、サーバーラックの運搬（専門業者への外注費214,500円）を含む。")
TARGETS_TITLE = "2027年度 法人移転の重点施策"
TARGETS_POINTS = [
    "・法人移転の受注を年間52件とする（2026年度実績41件）",
    "・1件あたりの平均見積額を110万円とする（2026年度実績93万円）",
    "・見積り訪問は依頼から3営業日以内（2026年度実績は平均4.6営業日）",
    "・移転コーディネーターを6名から9名に増やす（港町支店に2名、本店に1名）",
    "・法人向けの不用品・機密書類の処理を、提携先の汐見リサイクルと一括で受ける",
]
TARGETS_SPEAKER = "受注目標の52件のうち、上期（4月〜9月）に30件を見込む。"


# ---------------------------------------------------------------------------------------------
# 5. EML: an all-branch e-mail on the busy-season reception.

MAIL_FILENAME = "全支店周知_繁忙期の受付体制と臨時窓口.eml"
MAIL_SUBJECT = "【全支店周知】3月・4月繁忙期の受付体制と臨時見積窓口の開設について"


def mail_body() -> str:
    start, end = _date(2027, 3, 1), _date(2027, 4, 30, with_year=False)
    lines = [
        "本店・各支店 店長、受付担当、配車担当 各位",
        "",
        "営業推進部の杉浦です。",
        "3月・4月の繁忙期の受付体制と、臨時見積窓口の開設についてお知らせします。",
        "各店の掲示とお客さまへのご案内をお願いします。",
        "",
        f"■1. 繁忙期の受付時間（{start}〜{end}）",
        "・本店：8:30〜20:00（通常は9:00〜19:00）",
        "・東浜支店：8:45〜19:30（通常は9:00〜18:30）",
        "・桐ヶ丘支店：9:00〜19:00（通常は9:30〜18:00）",
        "・港町支店：8:15〜19:45（通常は9:00〜18:45）",
        "・北野台支店：9:15〜18:15（通常は9:30〜17:30）",
        "期間中は各店とも定休日（毎週水曜日）も営業します。",
        "",
        f"■2. 臨時見積窓口（{_date(2027, 2, 22, with_year=False)}〜{_date(2027, 4, 16, with_year=False)}）",
        "電話 0263-00-5188（受付 9:00〜21:00、土日も受付）",
        "本店お客さま窓口が話し中のときの受け皿です。訪問見積りの予約もここで受けます。",
        "",
        "■3. 配車センター",
        "繁忙期の配車の相談は、配車センター（内線 240、責任者 久保田 昌平）へお願いします。",
        "夜間（19:00以降）の緊急連絡は配車センター当番携帯 090-0000-7426 です。",
        f"3月分の予約は{_date(2027, 2, 26, with_year=False)}17:00までに配車表に入力してください。",
        "",
        "■4. 各店の繁忙期受付責任者",
        "・本店：高梨 修（内線 101）",
        "・東浜支店：長谷部 浩二（内線 121）",
        "・桐ヶ丘支店：小野寺 真由美（内線 131）",
        "・港町支店：仲村 健太（内線 141）",
        "・北野台支店：三好 里奈（内線 151）",
        "",
        "■5. 応援体制",
        f"{_date(2027, 3, 20, with_year=False)}〜{_date(2027, 4, 5, with_year=False)}は、北野台支店から本店へ作業員"
        "6名、桐ヶ丘支店から港町支店へ作業員4名が応援に入ります。応援者の宿泊はありません。",
        "",
        "■6. 段ボールの在庫",
        "段ボールの発注締切は毎週月曜12:00です。在庫が300枚を切った支店は、あさなぎ保管センター"
        "（内線 260）に連絡してください。",
        "",
        "ご不明な点は営業推進部（内線 205）までお願いします。",
        "",
        "――――――――――――――――",
        f"{COMPANY} 営業推進部 杉浦 亜紀",
        "電話 0263-00-5120（内線 205）",
        f"suishin@{DOMAIN}",
    ]
    return "\n".join(lines) + "\n"


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = f"{COMPANY} 営業推進部 <suishin@{DOMAIN}>"
    message["To"] = f"本店・全支店 <all-branches@{DOMAIN}>"
    message["Subject"] = MAIL_SUBJECT
    message["Date"] = format_datetime(datetime.datetime(2027, 2, 15, 8, 40, 0,
                                                        tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    message["Message-ID"] = f"<20270215084000.busy-season@{DOMAIN}>"
    message.set_content(mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


# ---------------------------------------------------------------------------------------------
# Builders.

def build_pdf(path: Path) -> None:
    """An A4 report under PRICES_TITLE; a "table2" block is a table with a two-row header (a header
    cell with a blank cell under it merged down, one with blank cells to its right merged across),
    repeated on every page; a "table" block has one header row."""
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
    flow: list[object] = [Paragraph(PRICES_TITLE, title_style)]
    for kind, content in PRICES_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind in ("table", "table2"):
            assert isinstance(content, list)
            header_rows = 2 if kind == "table2" else 1
            table = Table([[Paragraph(value, cell) for value in row] for row in content], repeatRows=header_rows)
            style = [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#" + HEADER_FILL)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
            if header_rows == 2:
                top = content[0]
                for column, value in enumerate(top):
                    if value and content[1][column] == "":
                        style.append(("SPAN", (column, 0), (column, 1)))
                    elif value:
                        last = column
                        while last + 1 < len(top) and top[last + 1] == "":
                            last += 1
                        if last > column:
                            style.append(("SPAN", (column, 0), (last, 0)))
            table.setStyle(TableStyle(style))
            flow.extend([table, Spacer(1, 4 * mm)])
    margin = 20 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=PRICES_TITLE,
                                 author=f"{COMPANY} 営業推進部", leftMargin=margin, rightMargin=margin,
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

    def header_cell(sheet: object, row: int, column: int, value: str | None) -> None:
        cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.border = border
        cell.alignment = centred

    def sheet_with_two_headers(sheet: object, title: str, subs: list[str], total_label: str) -> int:
        """Title row, then two header rows: 月 and the total merged down, each branch merged across
        its sub-columns. Returns the number of columns."""
        columns = 1 + len(BRANCHES) * len(subs) + 1
        sheet.cell(row=1, column=1, value=title).font = Font(bold=True, size=13)  # type: ignore[attr-defined]
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)  # type: ignore[attr-defined]
        header_cell(sheet, 2, 1, "月")
        header_cell(sheet, 3, 1, None)
        sheet.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)  # type: ignore[attr-defined]
        for index, branch in enumerate(BRANCHES):
            first = 2 + index * len(subs)
            header_cell(sheet, 2, first, branch)
            for offset, sub in enumerate(subs):
                if offset:
                    header_cell(sheet, 2, first + offset, None)
                header_cell(sheet, 3, first + offset, sub)
            if len(subs) > 1:
                sheet.merge_cells(start_row=2, start_column=first, end_row=2,  # type: ignore[attr-defined]
                                  end_column=first + len(subs) - 1)
        header_cell(sheet, 2, columns, total_label)
        header_cell(sheet, 3, columns, None)
        sheet.merge_cells(start_row=2, start_column=columns, end_row=3, end_column=columns)  # type: ignore[attr-defined]
        sheet.column_dimensions["A"].width = 10  # type: ignore[attr-defined]
        for column in range(2, columns + 1):
            sheet.column_dimensions[get_column_letter(column)].width = 11  # type: ignore[attr-defined]
        sheet.freeze_panes = "B4"  # type: ignore[attr-defined]
        return columns

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
    moves = workbook.active
    moves.title = "作業件数"
    sheet_with_two_headers(moves, "支店別・月別 引越し作業件数（2026年度：2026年4月〜2027年3月）　単位：件",
                           ["家庭", "法人"], "全店合計")
    for month_index, month in enumerate(MONTHS):
        values: list[float] = []
        for branch in BRANCHES:
            values.extend(MOVES[branch][month_index])
        data_row(moves, 4 + month_index, month, values + [sum(values)], "#,##0")
    totals: list[float] = []
    for branch in BRANCHES:
        totals.append(sum(pair[0] for pair in MOVES[branch]))
        totals.append(sum(pair[1] for pair in MOVES[branch]))
    totals.append(sum(totals))
    data_row(moves, 16, "合計", totals, "#,##0", total=True)
    data_row(moves, 17, "月平均", [value / 12 for value in totals], "#,##0.0", total=True)

    sales = workbook.create_sheet("売上高")
    sheet_with_two_headers(sales, "支店別・月別 売上高（2026年度）　単位：千円（税抜）", ["売上高"], "全店合計")
    for month_index, month in enumerate(MONTHS):
        values = [SALES[branch][month_index] for branch in BRANCHES]
        data_row(sales, 4 + month_index, month, values + [sum(values)], "#,##0")
    sales_totals: list[float] = [sum(SALES[branch]) for branch in BRANCHES]
    sales_totals.append(sum(sales_totals))
    data_row(sales, 16, "合計", sales_totals, "#,##0", total=True)
    data_row(sales, 17, "月平均", [value / 12 for value in sales_totals], "#,##0.0", total=True)

    notes = workbook.create_sheet("注記")
    for index, line in enumerate(FIGURES_NOTES, start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 110
    save_workbook(workbook, path, title=f"{COMPANY} 支店別・月別 引越し作業件数（2026年度）",
                  creator=f"{COMPANY} 営業推進部", moment=FIXED_MOMENT)


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

    slide = presentation.slides.add_slide(presentation.slide_layouts[5])
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [CASES_TITLE], 24)
    widths = [2.6, 1.9, 2.2, 1.6, 1.4, 2.4]
    height = 0.42 * len(CASES_TABLE)
    graphic = slide.shapes.add_table(len(CASES_TABLE), len(CASES_TABLE[0]), 0, 0, 0, 0)
    pptx_place(graphic, 0.5, 1.3, sum(widths), height)
    table = graphic.table
    for column, width in enumerate(widths):
        table.columns[column].width = int(width * 914400)
    for row_index, row in enumerate(CASES_TABLE):
        for column, value in enumerate(row):
            frame = table.cell(row_index, column).text_frame
            frame.clear()
            run = frame.paragraphs[0].add_run()
            run.text = value
            pptx_font(run, 13)
            run.font.bold = row_index == 0
    box = slide.shapes.add_textbox(0, 0, 0, 0)
    pptx_place(box, 0.5, 1.5 + height, 12.3, 1.0)
    box.text_frame.word_wrap = True
    pptx_fill(box.text_frame, [CASES_NOTE], 14)
    slide.notes_slide.notes_text_frame.text = CASES_SPEAKER

    points = presentation.slides.add_slide(presentation.slide_layouts[1])
    pptx_place(points.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(points.shapes.title.text_frame, [TARGETS_TITLE], 26)
    pptx_place(points.placeholders[1], 0.5, 1.4, 12.3, 5.2)
    pptx_fill(points.placeholders[1].text_frame, TARGETS_POINTS, 18)
    points.notes_slide.notes_text_frame.text = TARGETS_SPEAKER

    properties = presentation.core_properties
    properties.title = DECK_TITLE
    properties.author = f"{COMPANY} 法人営業部"
    properties.last_modified_by = f"{COMPANY} 法人営業部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((PRICES_FILENAME, build_pdf), (RULES_FILENAME, build_docx),
                              (FIGURES_FILENAME, build_xlsx), (DECK_FILENAME, build_pptx),
                              (MAIL_FILENAME, build_eml)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
