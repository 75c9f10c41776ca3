"""Write the five documents of the seventeenth holdout corpus (tests/data/holdout17/README.md).

One fictional regional dispensing-pharmacy chain, あおば薬局グループ (run by 株式会社あおばファーマシー,
head office in the fictional 柊野市; six pharmacies, 柊野駅前店, 市民病院前店, 北町店, 緑ヶ丘店, 港南店
and 西柊野店), and five documents its staff would look things up in: the allowance rules as Word
(qualification allowances in prose, the on-call allowance banded by the number of calls with a
two-row header, weekday nights and holidays each over 改定後 and 改定前, the home-visit allowance
banded by distance, commuting and relief-work allowances, dates of enactment and revision), the
fiscal-2026 report as a PDF (prescriptions received by pharmacy and prescribing clinic, fiscal 2025
beside 2026 with the ratio to the previous year, a table that crosses a page break and ends in a 合計
row; generic-drug shares by pharmacy), the home-visit figures as Excel (twelve months × six
pharmacies with totals both ways, and the staffing of each pharmacy), the deck of the store
managers' meeting as PowerPoint (a review in bullets, targets for fiscal 2027 by pharmacy, the
year's schedule, speaker notes) and an e-mail from the head office in ISO-2022-JP (the opening days
and hours over the New Year holidays by pharmacy, on-call duty, and new opening hours at two
pharmacies from a date). Every name, address, telephone number and figure here is invented (e-mail
domains end in `.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/) or the earlier holdouts' questions; it is there to measure how the appliance generalises,
not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail is fixed
text with fixed headers.

    .venv/bin/python tests/data/holdout17/make_holdout17.py
"""

from __future__ import annotations

import datetime
import sys
from email.header import Header
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

FIXED_MOMENT = datetime.datetime(2027, 11, 19, 10, 15, 0)
COMPANY = "株式会社あおばファーマシー"
GROUP = "あおば薬局グループ"
HEADER_FILL = "E2EFDA"

# ---------------------------------------------------------------------------------------------
# Figures shared by more than one document.

STORES = ["柊野駅前店", "市民病院前店", "北町店", "緑ヶ丘店", "港南店", "西柊野店"]
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]

# Prescriptions received (枚) by pharmacy and prescribing institution: 2025年度, 2026年度.
PRESCRIPTIONS: dict[str, list[tuple[str, int, int]]] = {
    "柊野駅前店": [
        ("柊野駅前内科クリニック", 18426, 19108),
        ("青木眼科", 6215, 6087),
        ("さくら皮膚科", 5342, 5871),
        ("その他", 3617, 3502),
    ],
    "市民病院前店": [
        ("柊野市民病院", 41835, 43262),
        ("市民病院前整形外科", 7126, 7390),
        ("こばやし小児科", 5483, 4967),
        ("その他", 2964, 3118),
    ],
    "北町店": [
        ("北町ファミリークリニック", 12704, 13559),
        ("森田内科医院", 8237, 7815),
        ("北町整形外科", 4316, 4702),
        ("その他", 2108, 2247),
    ],
    "緑ヶ丘店": [
        ("緑ヶ丘メンタルクリニック", 9862, 10731),
        ("緑ヶ丘こどもクリニック", 7415, 7936),
        ("高橋循環器内科", 6027, 6158),
        ("その他", 1846, 1903),
    ],
    "港南店": [
        ("港南総合病院", 28471, 27106),
        ("港南レディースクリニック", 3958, 4215),
        ("浜田整形外科", 5620, 5934),
        ("その他", 2385, 2461),
    ],
    "西柊野店": [
        ("西柊野診療所", 10318, 10942),
        ("いしかわ内科", 6754, 7083),
        ("西柊野眼科", 2896, 3147),
        ("その他", 1573, 1628),
    ],
}
STORE_TOTALS = {store: (sum(row[1] for row in rows), sum(row[2] for row in rows))
                for store, rows in PRESCRIPTIONS.items()}
TOTAL_2025 = sum(value[0] for value in STORE_TOTALS.values())
TOTAL_2026 = sum(value[1] for value in STORE_TOTALS.values())

# Generic-drug share by quantity (%): 2025年度, 2026年度.
GENERIC_SHARE = [
    ("柊野駅前店", "88.7", "90.4"),
    ("市民病院前店", "87.5", "89.1"),
    ("北町店", "92.8", "93.6"),
    ("緑ヶ丘店", "90.9", "92.7"),
    ("港南店", "87.1", "88.3"),
    ("西柊野店", "93.2", "94.1"),
    ("全店平均", "89.6", "91.2"),
]

# Home visits (件) of 2026年度 by month and pharmacy.
HOME_VISITS = {
    "柊野駅前店": [38, 41, 39, 42, 40, 37, 43, 41, 45, 39, 38, 44],
    "市民病院前店": [96, 101, 98, 104, 99, 95, 103, 107, 112, 101, 97, 108],
    "北町店": [162, 171, 168, 175, 181, 166, 174, 178, 189, 172, 165, 183],
    "緑ヶ丘店": [71, 74, 69, 77, 73, 70, 76, 79, 84, 75, 72, 80],
    "港南店": [58, 61, 57, 63, 60, 56, 62, 64, 68, 59, 57, 65],
    "西柊野店": [112, 118, 115, 121, 117, 110, 123, 126, 131, 119, 114, 128],
}
HOME_MONTH_TOTALS = [sum(HOME_VISITS[store][index] for store in STORES) for index in range(12)]
HOME_TOTAL = sum(HOME_MONTH_TOTALS)

# Staffing at 2027年3月31日: 薬剤師 常勤, 薬剤師 非常勤, 医療事務, 在宅患者数, かかりつけ薬剤師の同意患者数.
STAFFING = [
    ("柊野駅前店", 5, 3, 4, 28, 142),
    ("市民病院前店", 9, 4, 6, 61, 96),
    ("北町店", 6, 2, 3, 104, 213),
    ("緑ヶ丘店", 4, 2, 3, 47, 158),
    ("港南店", 7, 3, 5, 39, 87),
    ("西柊野店", 4, 1, 2, 72, 131),
]
STAFFING_TOTALS = [sum(row[index] for row in STAFFING) for index in range(1, 6)]

# Targets of 2027年度: 処方箋受付枚数 (枚), 在宅訪問件数 (件), 後発医薬品数量シェア.
TARGETS = [
    ("柊野駅前店", 35000, 520, "90.0%"),
    ("市民病院前店", 60000, 1300, "88.0%"),
    ("北町店", 29500, 2200, "92.0%"),
    ("緑ヶ丘店", 27500, 950, "91.0%"),
    ("港南店", 41000, 760, "89.0%"),
    ("西柊野店", 23500, 1500, "92.5%"),
]
TARGET_PRESCRIPTIONS = sum(row[1] for row in TARGETS)
TARGET_VISITS = sum(row[2] for row in TARGETS)


def _n(value: int) -> str:
    return f"{value:,}"


def _ratio(after: int, before: int) -> str:
    return f"{after / before * 100:.1f}"


def _change(value: int) -> str:
    """An increase as +N, a decrease as △N."""
    return f"+{value:,}" if value > 0 else (f"△{-value:,}" if value < 0 else "0")


# ---------------------------------------------------------------------------------------------
# 1. DOCX: the allowance rules.

RULES_FILENAME = "手当規程_2027年4月1日改定.docx"
RULES_TITLE = "あおば薬局グループ 手当規程（2027年4月1日改定）"

# 対応件数, 平日夜間 改定後, 改定前, 土曜・日曜・祝日 改定後, 改定前 (1回の待機当番あたり)
ONCALL_ROWS = [
    ("0件（待機のみ）", "2,500円", "2,000円", "4,000円", "3,000円"),
    ("1件〜2件", "5,000円", "4,000円", "7,000円", "6,000円"),
    ("3件〜5件", "8,000円", "6,500円", "10,500円", "9,000円"),
    ("6件〜9件", "12,000円", "10,000円", "15,000円", "13,000円"),
    ("10件以上", "16,000円", "13,000円", "20,000円", "17,000円"),
]

VISIT_TABLE = [
    ["訪問先までの片道距離", "改定後（訪問1回）", "改定前（訪問1回）"],
    ["2km未満", "300円", "200円"],
    ["2km以上5km未満", "500円", "400円"],
    ["5km以上10km未満", "800円", "600円"],
    ["10km以上", "1,200円", "900円"],
]

RULES_BODY: list[tuple[str, object]] = [
    ("right", "制定 平成31年（2019年）4月1日"),
    ("right", "改定 令和5年（2023年）10月1日、令和9年（2027年）4月1日"),
    ("right", "令和9年（2027年）2月26日 取締役会決議"),
    ("h1", "第1条（目的）"),
    ("p", f"この規程は、{COMPANY}（以下「会社」という。）が運営する{GROUP}の各店舗及び本部に勤務する従業員に"
          "支給する手当の種類、額及び支給の方法を定める。基本給及び時間外労働の割増賃金は、賃金規程の定めによる。"),
    ("h1", "第2条（適用範囲）"),
    ("p", "この規程は、正社員及び契約社員に適用する。パートタイム従業員には、第5条の夜間・休日対応手当及び第6条の"
          "在宅訪問手当に限り適用する。"),
    ("h1", "第3条（手当の種類）"),
    ("p", "手当は、資格手当、夜間・休日対応手当、在宅訪問手当、通勤手当及び応援勤務手当とする。"),
    ("h1", "第4条（資格手当）"),
    ("p", "薬剤師の資格を有し薬剤師として勤務する者には、薬剤師手当として月額35,000円（改定前30,000円）を支給する。"
          "管理薬剤師に任命された者には、薬剤師手当に代えて管理薬剤師手当として月額55,000円（改定前50,000円）を"
          "支給する。"),
    ("p", "研修認定薬剤師の認定を受けている者には月額5,000円（改定なし）を、外来がん治療認定薬剤師その他会社が指定する"
          "専門・認定資格を有する者には月額10,000円（改定前8,000円）を加算する。医療事務員で登録販売者の資格を有する"
          "者には、月額6,000円（改定前5,000円）を支給する。"),
    ("h1", "第5条（夜間・休日対応手当）"),
    ("p", "営業時間外に患者及び医療機関からの電話を受ける待機当番（オンコール当番）に就いた者には、1回の待機当番に"
          "おける対応件数に応じて、次の表の夜間・休日対応手当を支給する。平日夜間の待機当番は当日18:00から翌日9:00"
          "まで、土曜・日曜・祝日の待機当番は当日9:00から翌日9:00までとする。"),
    ("oncall_table", None),
    ("p", "注1：対応件数は、電話による相談・問い合わせの件数と、患家又は施設への訪問の件数の合計とする。同じ患者から"
          "同じ用件で複数回電話を受けたときは、1件と数える。"),
    ("p", "注2：患家への訪問を伴う対応をしたときは、表の額とは別に、訪問1回につき3,000円（改定前2,500円）の緊急訪問"
          "加算を支給する。"),
    ("p", "注3：12月29日から1月3日までの待機当番には、曜日にかかわらず土曜・日曜・祝日の欄の額の1.5倍を支給する"
          "（1円未満切捨て）。"),
    ("p", "注4：待機当番は、各店の店長が前月20日までに当番表を作成し、本部 薬局運営部に提出する。"),
    ("h1", "第6条（在宅訪問手当）"),
    ("p", "居宅療養管理指導等のため患家又は施設を訪問した者には、薬局から訪問先までの片道の道路距離に応じて、訪問"
          "1回につき次の表の在宅訪問手当を支給する。同じ施設の複数の患者を続けて訪問したときは、1回の訪問として扱う。"),
    ("table", VISIT_TABLE),
    ("p", "訪問には原則として社用車を使用する。やむを得ず自家用車を使用したときは、在宅訪問手当とは別に、走行距離"
          "1kmにつき25円（改定前20円）の燃料費を支給する。"),
    ("h1", "第7条（通勤手当）"),
    ("p", "公共交通機関で通勤する者には、最も経済的かつ合理的な経路による1か月定期券の額を、月額40,000円（改定前"
          "35,000円）を上限として支給する。自家用車又はバイクで通勤する者には、片道の通勤距離が2km以上5km未満は"
          "月額3,000円、5km以上10km未満は月額6,500円、10km以上15km未満は月額10,500円、15km以上は月額14,000円を"
          "支給する。片道2km未満の者には支給しない。"),
    ("h1", "第8条（応援勤務手当）"),
    ("p", "所属する店舗以外の店舗で応援勤務をした者には、1日につき1,500円（改定前1,000円）を支給する。ただし、港南店"
          "及び西柊野店での応援勤務は、1日につき2,000円（改定前1,500円）とする。半日（4時間未満）の応援勤務は、"
          "それぞれの半額とする。"),
    ("h1", "第9条（支給日）"),
    ("p", "手当は毎月末日で締め切り、翌月25日（金融機関の休業日に当たるときはその前営業日）に給与と併せて支給する。"),
    ("h1", "第10条（所管）"),
    ("p", "この規程の所管部署は本部 人事総務部とする。問い合わせは、人事総務部（内線2103、jinji@aoba-ph.example）で"
          "受け付ける。"),
    ("h1", "附則"),
    ("p", "1 この規程は、令和9年（2027年）4月1日から施行し、同日以後に始まる待機当番及び同日以後の訪問から適用する。"),
    ("p", "2 令和9年（2027年）3月31日に始まり4月1日に終わる待機当番には、改定前の額を適用する。"),
]

# ---------------------------------------------------------------------------------------------
# 2. PDF: the report of fiscal 2026.

REPORT_FILENAME = "2026年度_店舗別業務実績報告書.pdf"
REPORT_TITLE = f"{GROUP} 2026年度（令和8年度）店舗別業務実績報告書"

PRESCRIPTION_TABLE = [["店舗", "応需医療機関", "2025年度（枚）", "2026年度（枚）", "増減（枚）", "前年度比（%）"]]
for _store in STORES:
    for _index, (_clinic, _before, _after) in enumerate(PRESCRIPTIONS[_store]):
        PRESCRIPTION_TABLE.append([_store if _index == 0 else "", _clinic, _n(_before), _n(_after),
                                   _change(_after - _before), _ratio(_after, _before)])
    _before, _after = STORE_TOTALS[_store]
    PRESCRIPTION_TABLE.append([f"{_store} 計", "", _n(_before), _n(_after), _change(_after - _before),
                               _ratio(_after, _before)])
PRESCRIPTION_TABLE.append(["合計（6店舗）", "", _n(TOTAL_2025), _n(TOTAL_2026), _change(TOTAL_2026 - TOTAL_2025),
                           _ratio(TOTAL_2026, TOTAL_2025)])

GENERIC_TABLE = [["店舗", "2025年度（%）", "2026年度（%）"]] + [list(row) for row in GENERIC_SHARE]

_KOUNAN = STORE_TOTALS["港南店"]
_SIMIN = STORE_TOTALS["市民病院前店"]

REPORT_BLOCKS: list[tuple[str, object]] = [
    ("p", f"令和9年（2027年）6月 {COMPANY} 薬局運営部"),
    ("h1", "1. 概要"),
    ("p", f"この報告書は、2026年度（2026年4月1日から2027年3月31日まで）の{GROUP}6店舗の処方箋受付枚数、応需医療"
          "機関の状況、後発医薬品の使用状況及び在宅業務の実績をまとめたものである。店舗数は前年度と同じ6店舗で、"
          "店舗の新設・閉鎖はなかった。"),
    ("p", f"全店の処方箋受付枚数は{_n(TOTAL_2026)}枚で、前年度の{_n(TOTAL_2025)}枚から{_n(TOTAL_2026 - TOTAL_2025)}枚"
          f"増えた（前年度比{_ratio(TOTAL_2026, TOTAL_2025)}%）。柊野市民病院が外来の院外処方を広げたことで市民病院前店が"
          f"{_n(_SIMIN[1] - _SIMIN[0])}枚増えた一方、港南店は港南総合病院の診療科の再編（2026年10月に皮膚科を閉鎖）の"
          f"影響で{_n(_KOUNAN[0] - _KOUNAN[1])}枚減り、6店舗のうち唯一前年度を下回った。"),
    ("p", f"後発医薬品の数量シェアは全店平均で91.2%（前年度89.6%）となった。在宅訪問件数は全店で{_n(HOME_TOTAL)}件"
          f"（月平均{HOME_TOTAL / 12:.1f}件）で、店舗別・月別の件数は別添の店舗別在宅訪問実績（Excel）のとおりである。"
          f"かかりつけ薬剤師の同意患者数は、2027年3月末で全店{_n(STAFFING_TOTALS[4])}人であった。"),
    ("h1", "2. 店舗別・応需医療機関別の処方箋受付枚数"),
    ("p", "各店舗の主な応需医療機関（受付枚数の多い順に3機関）と、それ以外の医療機関（歯科を含む）をまとめた「その他」の"
          "受付枚数は、次の表のとおりである。増減は2026年度から2025年度を引いた枚数（△は減少）、前年度比は2026年度の"
          "枚数を2025年度の枚数で割った百分率（小数第2位を四捨五入）である。"),
    ("table", PRESCRIPTION_TABLE),
    ("p", "緑ヶ丘店は、緑ヶ丘メンタルクリニックの診療日が週5日から週6日に増えたことで、受付枚数が大きく伸びた。市民病院前店の"
          "こばやし小児科は、2026年9月から院長の体制が変わり診療時間が短くなったため、前年度を下回った。"),
    ("h1", "3. 後発医薬品の数量シェア"),
    ("p", "店舗別の後発医薬品の数量シェアは、次の表のとおりである。6店舗すべてで85%を上回った。"),
    ("table", GENERIC_TABLE),
    ("h1", "4. 2027年度に向けて"),
    ("p", "2027年度は、電子処方箋の受付を5月に全店で始め、北町店と西柊野店の在宅訪問の体制を薬剤師1名ずつ増やす。"
          "港南店は、港南レディースクリニックの夜間診療の開始に合わせて、平日の営業時間の延長を検討する。店舗別の目標は、"
          "2027年4月の店長会議で示したとおりである。"),
    ("h1", "5. 問い合わせ先"),
    ("p", f"この報告書についての問い合わせは、{COMPANY} 薬局運営部（内線2201、unei@aoba-ph.example）まで。"),
]

REPORT_LAYOUT = ReportLayout(
    body_size=10.5, body_leading=17, heading_size=13, heading_leading=19, heading_space_before=9,
    heading_space_after=4, title_size=15, title_leading=21, table_header_colour="#" + HEADER_FILL,
    table_gap_mm=4, margin_mm=20,
)

# ---------------------------------------------------------------------------------------------
# 3. XLSX: the home-visit figures.

FIGURES_FILENAME = "店舗別在宅訪問実績_2026年度.xlsx"

# ---------------------------------------------------------------------------------------------
# 4. PPTX: the deck of the store managers' meeting.

DECK_FILENAME = "2027年度_第1回店長会議資料.pptx"
DECK_TITLE = "2027年度 第1回 店長会議"
DECK_COVER = [f"{COMPANY} 薬局運営部",
              "2027年（令和9年）4月9日（金）14:00〜16:30　本部 会議室A"]
REVIEW_TITLE = "2026年度の振り返り"
REVIEW_POINTS = [
    f"・処方箋受付枚数は全店で{_n(TOTAL_2026)}枚（前年度比{_ratio(TOTAL_2026, TOTAL_2025)}%）",
    f"・在宅訪問件数は全店で{_n(HOME_TOTAL)}件。北町店が全体の{sum(HOME_VISITS['北町店']) / HOME_TOTAL * 100:.0f}%を占めた",
    "・後発医薬品の数量シェアは全店平均91.2%。6店舗すべてで85%を上回った",
    "・港南店は港南総合病院の皮膚科閉鎖の影響で、受付枚数が前年度を下回った",
]
REVIEW_SPEAKER = ("市民病院前店の増加分の多くは、柊野市民病院の院外処方の拡大によるものです。港南店は下期から持ち直して"
                  "います。詳しくは6月に配る業務実績報告書で報告します。")
TARGET_TITLE = "2027年度 店舗別の目標"
TARGET_TABLE = [["店舗", "処方箋受付枚数（枚）", "在宅訪問件数（件）", "後発医薬品数量シェア"]] + [
    [store, _n(prescriptions), _n(visits), share] for store, prescriptions, visits, share in TARGETS
] + [["全店", _n(TARGET_PRESCRIPTIONS), _n(TARGET_VISITS), "90.0%以上"]]
TARGET_NOTE = "目標は、2026年度の実績と応需医療機関の診療体制の見込みから設定。在宅訪問件数は年間の訪問回数。"
TARGET_SPEAKER = ("北町店と西柊野店は在宅担当の薬剤師を1名ずつ増やすので、在宅訪問件数の目標を高めにしています。"
                  "港南店の処方箋の目標は、港南レディースクリニックの夜間診療の開始を見込んだ数字です。")
SCHEDULE_TITLE = "2027年度の主な予定"
SCHEDULE_TABLE = [
    ["時期", "実施事項", "担当"],
    ["2027年4月1日", "改定後の手当規程の施行（夜間・休日対応手当、在宅訪問手当ほか）", "人事総務部"],
    ["2027年5月10日", "電子処方箋の受付を全店で開始", "薬局運営部・システム課"],
    ["2027年6月14日〜6月25日", "全店の麻薬・向精神薬の棚卸し", "各店長"],
    ["2027年7月〜9月", "薬剤師向け在宅研修（全3回、土曜午後）", "教育研修室"],
    ["2027年10月1日", "お薬手帳アプリを全店で導入", "薬局運営部"],
    ["2027年12月3日", "年末年始の待機当番表の提出期限", "各店長"],
]
SCHEDULE_SPEAKER = ("電子処方箋は、5月10日の開始に向けて4月中に各店で受付の手順を確認してください。棚卸しの期間中は、"
                    "店長が立ち会える日を各店で決めて、5月末までに薬局運営部に連絡してください。")
FOCUS_TITLE = "2027年度の重点施策"
FOCUS_POINTS = [
    "・電子処方箋とマイナ保険証の利用案内を、全店の窓口で徹底する",
    "・北町店・西柊野店の在宅訪問の体制を、薬剤師1名ずつ増員する",
    "・インシデント報告を徹底し、月1回の店舗内の振り返りを行う",
    "・港南店の平日の営業時間の延長を検討する（2028年1月めど）",
]

# ---------------------------------------------------------------------------------------------
# 5. EML: the head office's mail to the store managers (ISO-2022-JP).

MAIL_FILENAME = "全店周知_年末年始の営業と営業時間の変更について.eml"
MAIL_SUBJECT = "【全店周知】年末年始の営業と港南店・西柊野店の営業時間の変更について"
MAIL_FROM = ("あおば薬局グループ本部 薬局運営部", "unei@aoba-ph.example")
MAIL_TO = ("各店長", "tencho-all@aoba-ph.example")
MAIL_CC = ("人事総務部", "jinji@aoba-ph.example")
MAIL_DATE = "Fri, 19 Nov 2027 10:15:00 +0900"
MAIL_ID = "<20271119101500.unei.4120@aoba-ph.example>"
MAIL_BODY = """各店長 各位

お疲れさまです。本部 薬局運営部の三浦です。
2027年度の年末年始の営業と、2028年1月からの港南店・西柊野店の営業時間の変更が決まりましたので、
お知らせします。店頭掲示用のポスターは、12月6日（月）までに各店へお送りします。

■1. 年末年始の営業（2027年12月29日（水）〜2028年1月4日（火））

【柊野駅前店】
　12月29日（水）　9:00〜13:00
　12月30日（木）〜1月3日（月）　休業
　1月4日（火）から通常営業

【市民病院前店】
　12月29日（水）〜1月3日（月）　休業（柊野市民病院の休診に合わせます）
　1月4日（火）8:30から通常営業

【北町店】
　12月30日（木）まで通常営業
　12月31日（金）〜1月3日（月）　休業
　1月4日（火）から通常営業

【緑ヶ丘店】
　12月29日（水）・12月30日（木）　休業
　12月31日（金）　休日当番薬局として9:00〜17:00に営業
　1月1日（土）〜1月3日（月）　休業
　1月4日（火）から通常営業

【港南店】
　12月29日（水）〜1月3日（月）　休業
　1月4日（火）から通常営業

【西柊野店】
　12月29日（水）　9:00〜12:00
　12月30日（木）〜1月1日（土）　休業
　1月2日（日）　休日当番薬局として10:00〜16:00に営業
　1月3日（月）　休業
　1月4日（火）から通常営業

■2. 年末年始の待機当番（在宅の患者さま向け）

・休業中も、在宅の患者さまからの電話は各店の待機当番が受けます。
・12月29日から1月3日までの待機当番には、手当規程第5条の注3により、土曜・日曜・祝日の欄の額の
　1.5倍が支給されます。
・年末年始の待機当番表は、12月3日（金）までに薬局運営部へ提出してください。

■3. 営業時間の変更（2028年1月11日（火）から）

港南レディースクリニックの夜間診療の開始に合わせて、港南店の営業時間を延長します。
また、西柊野店は水曜午後の休業をやめます。

【港南店】
　平日　　　　9:00〜18:30　→　9:00〜19:30
　土曜　　　　9:00〜13:00　→　9:00〜17:00
　日曜・祝日　休業（変更なし）

【西柊野店】
　平日　　　　8:45〜18:00　→　9:00〜18:00
　水曜　　　　8:45〜13:00（午後休業）　→　9:00〜18:00
　土曜　　　　9:00〜12:30（変更なし）
　日曜・祝日　休業（変更なし）

港南店は、平日の19:00以降の処方箋受付を薬剤師2名体制とするため、応援勤務をお願いすることがあります。
応援勤務手当は手当規程第8条のとおりです。

■4. 問い合わせ

不明な点は、薬局運営部 三浦（内線2201）までご連絡ください。

以上

--
株式会社あおばファーマシー（あおば薬局グループ）
本部 薬局運営部　三浦 由紀
〒300-0000 柊野市中町二丁目5番10号
TEL 0299-00-4120　unei@aoba-ph.example
"""


def _address(name: str, address: str) -> str:
    return f"{Header(name, 'iso-2022-jp').encode()} <{address}>"


def mail_bytes() -> bytes:
    """The message as a mail client would save it: encoded-word headers and a 7-bit
    ISO-2022-JP plain-text body, every line ending in CRLF."""
    headers = [
        f"Message-ID: {MAIL_ID}",
        f"Date: {MAIL_DATE}",
        f"From: {_address(*MAIL_FROM)}",
        f"To: {_address(*MAIL_TO)}",
        f"Cc: {_address(*MAIL_CC)}",
        f"Subject: {Header(MAIL_SUBJECT, 'iso-2022-jp').encode()}",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=ISO-2022-JP",
        "Content-Transfer-Encoding: 7bit",
        "X-Mailer: Aoba Groupware 5.2",
    ]
    head = "\r\n".join(headers).encode("ascii")
    body = b"\r\n".join(line.encode("iso-2022-jp") for line in MAIL_BODY.split("\n"))
    return head + b"\r\n\r\n" + body


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
    properties.author = f"{COMPANY} 人事総務部"
    properties.last_modified_by = f"{COMPANY} 人事総務部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 3
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
        elif kind == "oncall_table":
            # Two header rows: the number of calls merged down; weekday nights and holidays each
            # over 改定後 and 改定前.
            table = new_table(2 + len(ONCALL_ROWS), 5)
            fill_row(table, 0, ["1回の待機当番における対応件数", "平日夜間（18:00〜翌9:00）", "",
                                "土曜・日曜・祝日（9:00〜翌9:00）", ""])
            fill_row(table, 1, ["", "改定後", "改定前", "改定後", "改定前"])
            for first_row, first_col, last_row, last_col in ((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)):
                top_left = table.cell(first_row, first_col)  # type: ignore[attr-defined]
                text = top_left.text
                top_left.merge(table.cell(last_row, last_col)).text = text  # type: ignore[attr-defined]
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(table.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
            for row_index, row in enumerate(ONCALL_ROWS, start=2):
                fill_row(table, row_index, row)
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_pdf(path: Path) -> None:
    reportlab_pdf(path, title=REPORT_TITLE, author=f"{COMPANY} 薬局運営部", blocks=REPORT_BLOCKS,  # type: ignore[arg-type]
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
    monthly.title = "月別在宅訪問件数"
    sheet_head(monthly, "店舗別・月別 在宅訪問件数（2026年度）単位：件",
               ["月"] + STORES + ["全店計"], [10, 13, 14, 11, 12, 11, 12, 11])
    for index, month in enumerate(MONTHS):
        values = [HOME_VISITS[store][index] for store in STORES]
        data_row(monthly, 3 + index, month, values + [sum(values)])
    data_row(monthly, 3 + len(MONTHS), "合計", [sum(HOME_VISITS[store]) for store in STORES] + [HOME_TOTAL],
             total=True)
    monthly.freeze_panes = "B3"

    staffing = workbook.create_sheet("店舗別の体制")
    sheet_head(staffing, "店舗別の人員と患者数（2027年3月31日現在）",
               ["店舗", "薬剤師 常勤（人）", "薬剤師 非常勤（人）", "医療事務（人）", "在宅患者数（人）",
                "かかりつけ薬剤師 同意患者数（人）"], [14, 16, 18, 14, 16, 26])
    for index, (store, *values) in enumerate(STAFFING, start=3):
        data_row(staffing, index, store, list(values))
    data_row(staffing, 3 + len(STAFFING), "合計", STAFFING_TOTALS, total=True)

    notes = workbook.create_sheet("注記")
    for index, line in enumerate([
        "注記",
        "1. 2026年度は2026年4月〜2027年3月（令和8年度）。月別在宅訪問件数の「4月」〜「12月」は2026年、「1月」〜「3月」は2027年。",
        "2. 在宅訪問件数は、居宅療養管理指導・在宅患者訪問薬剤管理指導で患家又は施設を訪問した回数。同じ施設の"
        "複数の患者を続けて訪問したときも、患者ごとに数える。",
        "3. 非常勤の薬剤師は実人数（常勤換算ではない）。",
        "4. 作成：薬局運営部。処方箋受付枚数は2026年度店舗別業務実績報告書を参照。",
    ], start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 120
    save_workbook(workbook, path, title=f"{GROUP} 店舗別在宅訪問実績（2026年度）",
                  creator=f"{COMPANY} 薬局運営部", moment=FIXED_MOMENT)


def _title(slide: object, text: str) -> None:
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)  # type: ignore[attr-defined]
    pptx_fill(slide.shapes.title.text_frame, [text], 26)  # type: ignore[attr-defined]


def _bullet_slide(presentation: object, title: str, lines: list[str], speaker: str | None) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])  # type: ignore[attr-defined]
    _title(slide, title)
    pptx_place(slide.placeholders[1], 0.5, 1.4, 12.3, 5.2)
    pptx_fill(slide.placeholders[1].text_frame, lines, 20)
    if speaker:
        slide.notes_slide.notes_text_frame.text = speaker


def _table_slide(presentation: object, title: str, rows: list[list[str]], widths: list[float], note: str | None,
                 speaker: str) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # type: ignore[attr-defined]
    _title(slide, title)
    height = 0.45 * len(rows)
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
    if note:
        box = slide.shapes.add_textbox(0, 0, 0, 0)
        pptx_place(box, 0.5, 1.55 + height, 12.3, 1.0)
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
    _bullet_slide(presentation, REVIEW_TITLE, REVIEW_POINTS, REVIEW_SPEAKER)
    _table_slide(presentation, TARGET_TITLE, TARGET_TABLE, [3.0, 3.2, 3.0, 3.1], TARGET_NOTE, TARGET_SPEAKER)
    _table_slide(presentation, SCHEDULE_TITLE, SCHEDULE_TABLE, [3.3, 6.6, 2.4], None, SCHEDULE_SPEAKER)
    _bullet_slide(presentation, FOCUS_TITLE, FOCUS_POINTS, None)
    properties = presentation.core_properties
    properties.title = DECK_TITLE
    properties.author = f"{COMPANY} 薬局運営部"
    properties.last_modified_by = f"{COMPANY} 薬局運営部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((RULES_FILENAME, build_docx), (REPORT_FILENAME, build_pdf),
                              (FIGURES_FILENAME, build_xlsx), (DECK_FILENAME, build_pptx),
                              (MAIL_FILENAME, build_eml)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
