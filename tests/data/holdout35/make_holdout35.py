"""Write the five documents of the thirty-fifth holdout corpus (tests/data/holdout35/README.md).

One fictional regional chain of dental clinics, 医療法人社団 汐見会 (しおみ歯科クリニック; head office
in the fictional 汐見原市; five clinics, 本院, 港町院, 北ヶ丘院, 若葉台院 and 西浜院, and a head
office, 本部), and five documents its staff would look things up in: the self-pay treatment price
list as a PDF (a two-row header with a spanning 料金（税込） heading over 通常料金 and 会員料金, the
category written only on the first row of its group, bands by number of implants, aligners and
missing teeth, the table crossing from page 1 to page 2 with both header rows repeated; extra fees,
discounts and conditions in prose), the staff pay and allowance rules as Word (第1条〜第10条 and
附則, a table of allowances 改定後 beside 改定前, the commuting allowance banded by distance in
prose, 西暦 and 令和 dates), the patient figures as Excel (visits month by month and clinic by clinic
with 合計 and 月平均, self-pay income by clinic and kind of treatment, a 注記 sheet), a deck for the
clinic directors' meeting as PowerPoint (review, targets, staffing, the year's schedule,
priorities; speaker notes) and an all-staff e-mail (.eml) on the year-end closing days, the
emergency rota and the switch to a new booking system. Every name, address, telephone number and
figure here is invented (e-mail domains end in `.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail is
fixed text with a fixed date and message id.

    .venv/bin/python tests/data/holdout35/make_holdout35.py
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

FIXED_MOMENT = datetime.datetime(2027, 4, 5, 9, 0, 0)
ORG = "医療法人社団 汐見会"
BRAND = "しおみ歯科クリニック"
HEADER_FILL = "DDEBF7"

CLINICS = ["本院", "港町院", "北ヶ丘院", "若葉台院", "西浜院"]
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]

# ---------------------------------------------------------------------------------------------
# Figures of fiscal 2026 (2026年4月〜2027年3月).

# Patient visits (延べ来院患者数), by clinic and month, in MONTHS order.
VISITS = {
    "本院": [3412, 3186, 3355, 3498, 3271, 3304, 3447, 3289, 3376, 3018, 3162, 3521],
    "港町院": [2236, 2098, 2187, 2305, 2143, 2171, 2264, 2152, 2219, 1987, 2076, 2318],
    "北ヶ丘院": [1874, 1752, 1829, 1916, 1788, 1807, 1893, 1801, 1856, 1663, 1738, 1942],
    "若葉台院": [1526, 1431, 1498, 1562, 1459, 1474, 1547, 1466, 1512, 1358, 1417, 1589],
    "西浜院": [1693, 1584, 1651, 1728, 1612, 1633, 1709, 1627, 1674, 1502, 1569, 1751],
}
MONTH_TOTALS = [sum(VISITS[clinic][index] for clinic in CLINICS) for index in range(12)]
CLINIC_TOTALS = [sum(VISITS[clinic]) for clinic in CLINICS]
VISITS_TOTAL = sum(CLINIC_TOTALS)

# Self-pay income (千円) of fiscal 2026 by clinic and kind of treatment.
INCOME_KINDS = ["セラミック治療", "インプラント", "矯正歯科", "ホワイトニング", "義歯（入れ歯）", "予防・その他"]
INCOME = {
    "本院": [48216, 63580, 41725, 6384, 12947, 8213],
    "港町院": [31472, 38905, 22618, 4157, 9836, 5490],
    "北ヶ丘院": [24839, 27316, 15207, 3092, 11468, 4375],
    "若葉台院": [19653, 21744, 18532, 2786, 6921, 3648],
    "西浜院": [22105, 25863, 12384, 2519, 10273, 3962],
}
INCOME_KIND_TOTALS = [sum(INCOME[clinic][index] for clinic in CLINICS) for index in range(len(INCOME_KINDS))]
INCOME_TOTAL = sum(INCOME_KIND_TOTALS)

for _total in CLINIC_TOTALS + [VISITS_TOTAL]:
    # A monthly average of x.x5 would be shown differently by Excel (half up) and Python (half even).
    assert _total % 12 not in (3, 9), _total


def _n(value: int) -> str:
    return f"{value:,}"


WEEKDAYS = "月火水木金土日"
HOLIDAYS = {datetime.date(2028, 1, 1), datetime.date(2028, 1, 10)}


def _date(year: int, month: int, day: int, *, with_year: bool = True) -> str:
    """A date with its weekday in parentheses (and 祝 on a public holiday), as the e-mail writes it."""
    moment = datetime.date(year, month, day)
    weekday = WEEKDAYS[moment.weekday()] + ("・祝" if moment in HOLIDAYS else "")
    prefix = f"{year}年" if with_year else ""
    return f"{prefix}{month}月{day}日（{weekday}）"


# ---------------------------------------------------------------------------------------------
# 1. PDF: the self-pay treatment price list.

PRICES_FILENAME = "自費診療料金表_2027年4月改定.pdf"
PRICES_TITLE = "しおみ歯科クリニック 自費診療料金表（2027年4月1日改定）"

# 区分, 治療内容, 条件, 通常料金, 会員料金, 保証期間; the category only on its group's first row.
PRICE_GROUPS: list[tuple[str, list[tuple[str, str, str, str, str]]]] = [
    ("セラミック治療", [
        ("セラミックインレー（詰め物）", "1歯", "44,000円", "41,800円", "3年"),
        ("ハイブリッドインレー（詰め物）", "1歯", "27,500円", "26,400円", "1年"),
        ("e.maxクラウン（前歯）", "1歯", "99,000円", "94,600円", "5年"),
        ("e.maxクラウン（奥歯）", "1歯", "88,000円", "83,600円", "5年"),
        ("ジルコニアクラウン（前歯）", "1歯", "132,000円", "125,400円", "5年"),
        ("ジルコニアクラウン（奥歯）", "1歯", "115,500円", "108,900円", "5年"),
        ("ラミネートベニア", "1歯", "121,000円", "114,400円", "3年"),
        ("ファイバーコア（土台）", "1歯", "16,500円", "15,400円", "―"),
    ]),
    ("インプラント", [
        ("インプラント（埋入手術・上部構造）", "2本未満", "396,000円", "385,000円", "10年"),
        ("インプラント（埋入手術・上部構造）", "2本以上4本未満（1本あたり）", "374,000円", "363,000円", "10年"),
        ("インプラント（埋入手術・上部構造）", "4本以上（1本あたり）", "352,000円", "341,000円", "10年"),
        ("骨造成（GBR）", "1部位", "88,000円", "82,500円", "―"),
        ("サイナスリフト", "片側", "220,000円", "209,000円", "―"),
        ("ソケットリフト", "1部位", "99,000円", "93,500円", "―"),
    ]),
    ("矯正歯科", [
        ("ワイヤー矯正（表側）", "上下全体", "770,000円", "748,000円", "―"),
        ("ワイヤー矯正（裏側）", "上下全体", "1,100,000円", "1,067,000円", "―"),
        ("マウスピース矯正", "20枚未満", "330,000円", "319,000円", "―"),
        ("マウスピース矯正", "20枚以上40枚未満", "550,000円", "533,500円", "―"),
        ("マウスピース矯正", "40枚以上", "858,000円", "836,000円", "―"),
        ("部分矯正（前歯）", "上又は下", "275,000円", "264,000円", "―"),
        ("調整料", "1回", "5,500円", "4,950円", "―"),
        ("保定装置（リテーナー）", "上下1組", "55,000円", "49,500円", "1年"),
    ]),
    ("ホワイトニング", [
        ("オフィスホワイトニング", "上下1回", "22,000円", "19,800円", "―"),
        ("オフィスホワイトニング", "上下3回コース", "59,400円", "53,900円", "―"),
        ("ホームホワイトニング", "マウスピース・薬剤2週間分", "33,000円", "29,700円", "―"),
        ("デュアルホワイトニング", "オフィス2回・ホーム2週間", "71,500円", "64,350円", "―"),
        ("ホームホワイトニング追加薬剤", "1箱（2週間分）", "4,400円", "3,960円", "―"),
    ]),
    ("義歯（入れ歯）", [
        ("ノンクラスプデンチャー", "欠損3歯未満", "143,000円", "137,500円", "1年"),
        ("ノンクラスプデンチャー", "欠損3歯以上6歯未満", "187,000円", "179,300円", "1年"),
        ("ノンクラスプデンチャー", "欠損6歯以上", "231,000円", "221,100円", "1年"),
        ("金属床義歯（コバルトクロム）", "片顎", "324,500円", "311,300円", "2年"),
        ("金属床義歯（チタン）", "片顎", "440,000円", "422,400円", "2年"),
        ("義歯の修理（自費義歯）", "1回", "11,000円", "8,800円", "―"),
    ]),
    ("予防・その他", [
        ("PMTC（専門的歯面清掃）", "1回", "8,800円", "6,600円", "―"),
        ("ナイトガード（歯ぎしり用）", "上顎又は下顎", "17,600円", "15,950円", "1年"),
        ("スポーツマウスガード", "1個", "24,200円", "22,000円", "1年"),
        ("歯科ドック", "1回", "14,300円", "12,100円", "―"),
        ("口臭測定・カウンセリング", "1回", "6,050円", "5,500円", "―"),
    ]),
]

PRICE_HEADER_1 = ["区分", "治療内容", "数量・条件", "料金（税込）", "", "保証期間"]
PRICE_HEADER_2 = ["", "", "", "通常料金", "会員料金", ""]


def _price_rows() -> list[list[str]]:
    rows = [PRICE_HEADER_1, PRICE_HEADER_2]
    for category, items in PRICE_GROUPS:
        for index, item in enumerate(items):
            rows.append([category if index == 0 else "", *item])
    return rows


PRICES_BEFORE = [
    ("p", "2027年（令和9年）3月8日　医療法人社団 汐見会 本部 診療企画課"),
    ("h1", "1. この料金表について"),
    ("p", "この料金表は、医療法人社団 汐見会が汐見原市で運営する しおみ歯科クリニックの5医院（本院、港町院、北ヶ丘院、"
          "若葉台院、西浜院）に共通の、健康保険が適用されない自費診療の料金を定めたものです。2027年4月1日以後に"
          "治療計画に同意された方から、この料金を適用します。2027年3月31日までに治療計画に同意された方は、治療が"
          "4月以後に続く場合も、同意の時点の料金とします。"),
    ("p", "「会員料金」は、「しおみメンテ会員」（年会費6,600円、3か月ごとの定期検診を受ける方）に適用する料金です。"
          "会員料金の適用には、治療計画に同意する日に会員であることが必要です。料金はすべて消費税込みの額です。"),
    ("p", "インプラントの本数、マウスピース矯正のアライナー（マウスピース）の枚数、ノンクラスプデンチャーの欠損歯数は、"
          "治療計画書に記載した数で区分を決めます。数がちょうど区分の境目（2本、4本、20枚、40枚、3歯、6歯）にあたる"
          "場合は、「以上」の区分を適用します。たとえばアライナーがちょうど20枚の計画は「20枚以上40枚未満」の区分です。"),
    ("h1", "2. 自費診療の料金"),
]

PRICES_AFTER = [
    ("p", "インプラントの2本以上の区分は、同じ治療計画で埋入する全部の本数に、1本あたりの料金を掛けた額です。"
          "保証期間は、治療が終わった日（装着日）から数えます。"),
    ("h1", "3. 追加の料金"),
    ("p", "歯科用CT撮影は1回13,200円です。ただし、インプラント及び矯正の精密検査の一部として撮影する場合は、"
          "検査・診断料に含みます。矯正の精密検査・診断料は38,500円で、ワイヤー矯正・マウスピース矯正・部分矯正に"
          "共通です。インプラントの術前検査・診断料は27,500円です。"),
    ("p", "静脈内鎮静法（点滴による麻酔管理）は1回49,500円、仮歯（テンポラリークラウン）は1歯3,300円、"
          "技工物の色合わせのための技工士の立会い（シェードテイキング）は1回2,750円を申し受けます。"),
    ("h1", "4. 割引"),
    ("p", "家族割引：同居のご家族が当院で矯正治療中の場合、2人目以降の方の矯正の料金（調整料を除く）から44,000円を"
          "割り引きます。"),
    ("p", "同時治療割引：セラミッククラウン（e.max又はジルコニア）を同じ治療計画で4歯以上治療する場合は、4歯目以降の"
          "料金を10%割り引きます。会員料金にも重ねて適用します。"),
    ("p", "ご紹介割引：ご紹介で初めて来院された方が自費診療を受けた場合、ご紹介者とご本人にそれぞれ3,000円分の"
          "院内利用券をお渡しします。家族割引とご紹介割引は併用できません。"),
    ("h1", "5. 保証と再製作"),
    ("p", "保証期間内に、通常の使用で技工物が破損・脱離した場合は、無償で再製作します。ただし、保証を受けるには"
          "6か月に1回以上の定期検診を受けていることが必要です。保証期間を過ぎた後の再製作は、その時点の料金の50%です。"
          "治療計画に同意した後、技工物の製作を始めてから中止する場合は、料金の30%を申し受けます。"),
    ("h1", "6. お支払い"),
    ("p", "お支払いは、現金、クレジットカード（1回・2回払い）又はデンタルローン（3回〜84回）によります。"
          "インプラント及び矯正歯科は、院内分割払い（最大24回、手数料なし）も利用できます。院内分割払いの初回は"
          "治療を始める日にお支払いいただきます。"),
    ("h1", "7. お問い合わせ"),
    ("p", "料金についてのお問い合わせは、各医院の受付又は 汐見会 本部 患者相談窓口（電話 0467-00-5188、"
          "平日9:30〜17:30、soudan@shiomi-dental.example）までお願いします。"),
]


# ---------------------------------------------------------------------------------------------
# 2. DOCX: the staff pay and allowance rules.

RULES_FILENAME = "職員給与・手当規程_2027年4月改定.docx"
RULES_TITLE = "医療法人社団 汐見会 職員給与・手当規程"

ALLOWANCE_TABLE = [
    ["手当", "対象・単位", "改定後（月額）", "改定前（月額）"],
    ["資格手当（歯科医師）", "勤務医", "52,000円", "45,000円"],
    ["資格手当（歯科衛生士）", "免許を有する職員", "21,000円", "15,000円"],
    ["資格手当（歯科技工士）", "免許を有する職員", "18,000円", "14,000円"],
    ["資格手当（認定資格）", "学会認定歯科衛生士等", "8,000円", "5,000円"],
    ["役職手当（院長）", "各医院の院長", "85,000円", "70,000円"],
    ["役職手当（副院長）", "各医院の副院長", "42,000円", "36,000円"],
    ["役職手当（主任歯科衛生士）", "各医院1名", "26,000円", "20,000円"],
    ["役職手当（受付チーフ）", "各医院1名", "12,000円", "10,000円"],
    ["住宅手当", "世帯主である職員", "16,000円", "13,000円"],
    ["家族手当（配偶者）", "扶養する配偶者", "9,000円", "7,000円"],
    ["家族手当（子）", "扶養する子1人につき", "6,500円", "5,000円"],
]

RULES_BODY: list[tuple[str, str]] = [
    ("right", "2027年（令和9年）3月15日 理事会決定　2027年（令和9年）4月1日 施行"),
    ("h1", "第1条 目的"),
    ("p", "この規程は、医療法人社団 汐見会（以下「法人」という。）の就業規則に基づき、職員の給与のうち諸手当の種類、"
          "額及び支給の方法を定める。"),
    ("h1", "第2条 適用範囲"),
    ("p", "この規程は、法人の本部及び各医院（本院、港町院、北ヶ丘院、若葉台院、西浜院）に勤務する正職員に適用する。"
          "パートタイム職員の手当は、この規程の第5条及び第6条を準用し、その他はパートタイム職員規程に定める。"),
    ("h1", "第3条 資格手当及び役職手当"),
    ("p", "資格手当及び役職手当の月額は、次の表のとおりとする。資格手当は、複数の資格を有する場合は最も高い額の1つを"
          "支給する。ただし、認定資格の資格手当は、歯科衛生士の資格手当に加えて支給する。"),
    ("table", ""),
    ("p", "表の改定前の額は、2024年（令和6年）4月1日施行の規程による額である。"),
    ("h1", "第4条 住宅手当及び家族手当"),
    ("p", "住宅手当及び家族手当は、前条の表のとおりとする。住宅手当は、世帯主として賃貸住宅に住む職員に限り支給し、"
          "法人の借上げ住宅に入居する職員には支給しない。家族手当の子は、満18歳に達した日以後の最初の3月31日までの子とする。"),
    ("h1", "第5条 通勤手当"),
    ("p", "自家用車・自転車で通勤する職員の通勤手当の月額は、自宅から勤務する医院までの片道の通勤距離に応じて、"
          "次のとおりとする。片道2km未満の場合は支給しない。2km以上5km未満は4,200円（改定前3,600円）、"
          "5km以上10km未満は7,100円（改定前6,500円）、10km以上15km未満は11,300円（改定前10,200円）、"
          "15km以上25km未満は16,400円（改定前14,800円）、25km以上は21,800円（改定前19,600円）とする。"),
    ("p", "通勤距離がちょうど区分の境目（2km、5km、10km、15km、25km）にあたる場合は、「以上」の区分とする。"
          "通勤距離は、法人が定める地図検索の方法で測った最短の道のりとし、1km未満の端数は切り捨てない。"),
    ("p", "公共交通機関で通勤する職員には、最も経済的な経路の定期券の額を支給する。ただし、月額50,000円を上限とする"
          "（改定前も同じ）。"),
    ("h1", "第6条 勤務に応じた手当"),
    ("p", "土曜日に勤務した職員には、1日につき土曜勤務手当2,600円（改定前2,000円）を支給する。19時以後の夜間診療に"
          "従事した職員には、1回につき夜間診療手当1,350円（改定前1,000円）を支給する。休日の急患当番に従事した"
          "歯科医師には1回につき急患当番手当18,500円（改定前15,500円）、歯科衛生士及び受付職員には1回につき7,800円"
          "（改定前6,000円）を支給する。"),
    ("h1", "第7条 時間外勤務手当"),
    ("p", "所定の勤務時間を超えて勤務した場合の時間外勤務手当は、1時間あたりの基礎額に、時間外は25%、22時から翌5時"
          "までの深夜は50%、法定休日は35%を増した額とする。1か月の時間外勤務が60時間を超えた部分は50%を増した額とする。"),
    ("h1", "第8条 研修・学会参加補助"),
    ("p", "法人が認めた研修会・学会に参加する職員には、参加費及び交通費を補助する。補助の年額の上限は、歯科医師は"
          "120,000円（改定前100,000円）、歯科衛生士及び歯科技工士は60,000円（改定前50,000円）、その他の職員は"
          "30,000円（改定前20,000円）とする。"),
    ("h1", "第9条 支給日"),
    ("p", "手当は、毎月末日に締め切り、翌月25日に給与とともに支給する。25日が金融機関の休業日にあたるときは、"
          "その前の営業日に支給する。"),
    ("h1", "第10条 改廃"),
    ("p", "この規程の改廃は、本部長の発議により理事会が決定する。"),
    ("h1", "附則"),
    ("p", "1 この規程は、令和9年4月1日から施行し、2027年4月分の手当（2027年5月25日支給分）から適用する。"),
    ("p", "2 2024年（令和6年）4月1日に施行した職員給与・手当規程は、この規程の施行の日に廃止する。"),
    ("p", "3 この規程に関する問い合わせは、本部 人事課（内線 305、jinji@shiomi-dental.example）で受け付ける。"),
]


# ---------------------------------------------------------------------------------------------
# 3. XLSX: the patient figures.

FIGURES_FILENAME = "来院患者数・自費診療収入_2026年度.xlsx"

FIGURES_NOTES = [
    "注記",
    "1. 2026年度は2026年4月1日〜2027年3月31日。月別来院患者数の1月〜3月は2027年の月。",
    "2. 来院患者数は延べ人数（同じ患者が同じ月に2回来院した場合は2人と数える）。保険診療と自費診療の合計。",
    "3. 月平均は各医院の年間合計を12で割った値（小数第1位まで表示）。",
    "4. 自費診療収入は税込の収入額（千円未満切り捨て）。治療計画への同意の日ではなく、入金の日で計上した。",
    "5. 予防・その他は、PMTC、ナイトガード、スポーツマウスガード、歯科ドック等の計。",
    "6. 作成：本部 経営企画課（2027年4月5日）",
]


# ---------------------------------------------------------------------------------------------
# 4. PPTX: the deck for the clinic directors' meeting.

DECK_FILENAME = "2027年度_院長会議_事業計画と重点施策.pptx"
DECK_TITLE = "2027年度 第1回院長会議"
DECK_COVER = ["事業計画・医院別目標・職員配置・年間予定", "医療法人社団 汐見会 本部",
              "2027年（令和9年）4月10日（土）18:30〜　本部3階大会議室"]

REVIEW_TITLE = "2026年度の振り返り"
REVIEW = [
    "・自費診療収入は全院で前年度比106.8%（インプラントと矯正歯科が伸びた）",
    "・新患数は全院で7,312人（前年度6,958人）",
    "・定期検診の来院率は全院平均58.4%（前年度55.1%）",
    "・Web予約の比率は41%（前年度29%）",
    "・港町院のユニットを1台増設（6台→7台）",
]
REVIEW_SPEAKER = ("新患数のうちWeb予約からの来院は2,874人。定期検診の来院率は本院が最も高く63.2%、"
                  "若葉台院が最も低く51.7%だった。")

# 医院, 自費診療収入（千円）, 新患数（人）, 定期検診来院率（%）
TARGETS = [
    ("本院", 192000, 2380, "66"),
    ("港町院", 119500, 1640, "63"),
    ("北ヶ丘院", 93500, 1370, "61"),
    ("若葉台院", 76500, 1150, "59"),
    ("西浜院", 84500, 1265, "60"),
]
TARGETS_TABLE = [["医院", "自費診療収入（千円）", "新患数（人）", "定期検診来院率（%）"]] + [
    [clinic, _n(income), _n(new), rate] for clinic, income, new, rate in TARGETS
] + [["合計", _n(sum(row[1] for row in TARGETS)), _n(sum(row[2] for row in TARGETS)), "62（全院平均）"]]
TARGETS_TITLE = "2027年度 医院別の目標"
TARGETS_NOTE = "自費診療収入は入金ベース（税込）。上期（4月〜9月）で年間目標の48%を目安とする。"
TARGETS_SPEAKER = ("自費診療収入の目標は2026年度実績の約5%増とした。若葉台院は7月にユニットを2台増設して5台から7台に"
                   "するため、下期の伸びを見込んでいる。")

# 部署, 歯科医師, 歯科衛生士, 歯科助手, 受付・事務
STAFF = [
    ("本院", 6, 9, 5, 4),
    ("港町院", 4, 7, 4, 3),
    ("北ヶ丘院", 3, 5, 3, 2),
    ("若葉台院", 2, 4, 3, 2),
    ("西浜院", 3, 5, 2, 3),
    ("本部", 1, 1, 0, 8),
]
STAFF_TABLE = [["部署", "歯科医師", "歯科衛生士", "歯科助手", "受付・事務", "計"]] + [
    [place, f"{a}名", f"{b}名", f"{c}名", f"{d}名", f"{a + b + c + d}名"] for place, a, b, c, d in STAFF
] + [["合計"] + [f"{sum(row[index] for row in STAFF)}名" for index in range(1, 5)]
     + [f"{sum(sum(row[1:]) for row in STAFF)}名"]]
STAFF_TITLE = "職員配置（2027年4月1日現在）"
STAFF_NOTE = "本部の歯科医師1名は理事長（診療は本院で週2日）。本部の歯科衛生士1名は研修担当。"
STAFF_SPEAKER = ("4月に新卒の歯科衛生士を4名採用し、本院・港町院・北ヶ丘院・西浜院に1名ずつ配属した。"
                 "若葉台院の歯科衛生士は10月までに1名増員する予定。")

SCHEDULE_TABLE = [
    ["行事", "日程", "会場・担当"],
    ["新入職員研修", "2027年4月12日〜4月16日", "本部3階研修室・人事課"],
    ["感染対策研修（全職員）", "2027年6月20日（日）", "本部3階研修室・診療企画課"],
    ["若葉台院 ユニット増設工事", "2027年7月24日〜7月27日", "若葉台院・施設担当"],
    ["汐見原市 歯と口の健康フェア出展", "2027年9月19日（日）", "汐見原市民会館・広報課"],
    ["院内症例発表会", "2027年11月21日（日）", "本部3階大会議室・診療企画課"],
    ["予約システム切替え", "2028年1月4日", "全医院・情報システム課"],
]
SCHEDULE_TITLE = "2027年度 年間予定"
SCHEDULE_NOTE = "若葉台院はユニット増設工事の期間中、休診とする（予約は本院と西浜院で振替え）。"
SCHEDULE_SPEAKER = ("健康フェアでは歯科ドックの体験を無料で行い、1日で120人の受付を目標とする。"
                    "症例発表会の発表者は各医院から2名ずつ、10月末までに決める。")

POINTS_TITLE = "2027年度の重点施策"
POINTS = [
    "・しおみメンテ会員を、2027年度末に5,800人とする（2026年度末4,930人）",
    "・新しい自費診療料金表（4月1日改定）を、カウンセリング時に必ず提示する",
    "・マウスピース矯正の相談枠を、本院と港町院で週2枠ずつ増やす",
    "・Web予約の比率を50%に引き上げる（予約システムの切替えは2028年1月）",
    "・キャンセル率を7%以下とする（2026年度実績9.6%）",
]
POINTS_SPEAKER = ("メンテ会員の年会費は6,600円のまま据え置く。キャンセル率は前日のSMSによる確認で下げる。"
                  "重点施策の進捗は、毎月第2土曜日の院長連絡会で報告する。")


# ---------------------------------------------------------------------------------------------
# 5. EML: an all-staff e-mail.

MAIL_FILENAME = "全職員周知_年末年始の診療体制と予約システムの切替え.eml"
MAIL_SUBJECT = "【全職員】年末年始の診療体制と予約システムの切替えについて"


def mail_body() -> str:
    d = _date
    lines = [
        "汐見会 各医院 院長・職員各位",
        "",
        "本部 総務課の三浦です。",
        "年末年始の診療体制と、新しい予約システムへの切替えについてお知らせします。",
        "患者さまへのご案内（院内掲示・ウェブサイト）と、各医院での準備をお願いします。",
        "",
        f"■1. 年末年始の休診（{d(2027, 12, 29)}〜{d(2028, 1, 3)}）",
        "・全医院とも上記の期間は休診とします。本部も同じ期間は休業です。",
        f"・ただし本院は{d(2027, 12, 29, with_year=False)}の午前（9:30〜12:30）のみ診療します。",
        f"・港町院は{d(2027, 12, 28, with_year=False)}の診療を16:00で終了します（通常は19:30まで）。",
        f"・診療の開始は{d(2028, 1, 4, with_year=False)}からです（若葉台院のみ{d(2028, 1, 5, with_year=False)}から）。",
        "",
        "■2. 休診期間中の急患当番",
        f"・{d(2027, 12, 30, with_year=False)}：港町院 10:00〜14:00",
        f"・{d(2027, 12, 31, with_year=False)}：北ヶ丘院 10:00〜13:00",
        f"・{d(2028, 1, 2, with_year=False)}：西浜院 13:00〜16:30",
        f"・{d(2028, 1, 3, with_year=False)}：本院 9:30〜15:30",
        "急患の電話は、期間中は「しおみ急患ダイヤル」（0120-000-648、8:30〜17:00）で受け付け、当番医院へ"
        "おつなぎします。当番の歯科医師・歯科衛生士には急患当番手当を支給します。",
        "",
        "■3. 予約システムの切替え",
        f"・新しい予約システムは{d(2028, 1, 4)}の診療開始から使います。",
        f"・現在の予約システムは{d(2027, 12, 28, with_year=False)}の18:00で入力を停止します。"
        "停止後の予約は紙の予約台帳に記入し、1月4日に新システムへ入力してください。",
        "・患者さまのWeb予約は、12月20日から新システムの画面で受け付けます（1月4日以降の予約分）。",
        "・操作研修（各医院から受付担当を2名以上参加させてください）",
        f"　第1回：{d(2027, 12, 11, with_year=False)} 14:00〜16:30　本部3階研修室",
        f"　第2回：{d(2027, 12, 15, with_year=False)} 19:30〜21:00　オンライン（URLは前日に送ります）",
        "",
        "■4. お問い合わせ",
        "・年末年始の診療体制について：本部 総務課 三浦（内線 312）",
        "・予約システムの操作・研修について：本部 情報システム課 高田 直樹（内線 327）",
        "",
        "よろしくお願いいたします。",
        "",
        "――――――――――――――――",
        f"{ORG} 本部 総務課",
        "三浦 早紀",
        "〒000-0012 汐見原市中央一丁目4番8号",
        "電話 0467-00-5120（代表）",
        "soumu@shiomi-dental.example",
    ]
    return "\n".join(lines) + "\n"


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = f"{ORG} 本部 総務課 <soumu@shiomi-dental.example>"
    message["To"] = "汐見会 全職員 <all-staff@shiomi-dental.example>"
    message["Subject"] = MAIL_SUBJECT
    message["Date"] = format_datetime(datetime.datetime(2027, 12, 1, 10, 15, 0,
                                                        tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    message["Message-ID"] = "<20271201101500.nenmatsu@shiomi-dental.example>"
    message.set_content(mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


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
    body = ParagraphStyle("body", fontName=CID_FONT, fontSize=10, leading=16, wordWrap="CJK")
    heading = ParagraphStyle("heading", parent=body, fontSize=12.5, leading=18, spaceBefore=8, spaceAfter=3)
    title_style = ParagraphStyle("title", parent=body, fontSize=14, leading=20, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11)

    def flow_of(blocks: list[tuple[str, str]]) -> list[object]:
        flow: list[object] = []
        for kind, text in blocks:
            flow.append(Paragraph(text, heading if kind == "h1" else body))
        return flow

    rows = _price_rows()
    table = Table([[Paragraph(value, cell) for value in row] for row in rows], repeatRows=2,
                  colWidths=[27 * mm, 44 * mm, 33 * mm, 25 * mm, 25 * mm, 20 * mm])
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#" + HEADER_FILL)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        # Merged down over both header rows: 区分, 治療内容, 条件, 保証期間; 料金（税込） over two columns.
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
        ("SPAN", (5, 0), (5, 1)), ("SPAN", (3, 0), (4, 0)),
    ]
    table.setStyle(TableStyle(style))
    flow = [Paragraph(PRICES_TITLE, title_style)] + flow_of(PRICES_BEFORE) + [table, Spacer(1, 4 * mm)] \
        + flow_of(PRICES_AFTER)
    margin = 18 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=PRICES_TITLE,
                                 author=f"{ORG} 本部 診療企画課",
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
    properties.author = f"{ORG} 本部 人事課"
    properties.last_modified_by = f"{ORG} 本部 人事課"
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
        elif kind == "table":
            table = document.add_table(rows=len(ALLOWANCE_TABLE), cols=len(ALLOWANCE_TABLE[0]))
            table.style = document.styles["Table Grid"]
            for row_index, row in enumerate(ALLOWANCE_TABLE):
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

    def sheet_head(sheet: object, title: str, first: str, group: str, labels: list[str], last: str,
                   widths: list[int]) -> None:
        """A title row, then two header rows: `first` and `last` merged down, `group` across `labels`."""
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
    monthly.title = "月別来院患者数"
    sheet_head(monthly, "医院別・月別 延べ来院患者数（2026年度：2026年4月〜2027年3月）", "月",
               "来院患者数（人）", CLINICS, "合計（人）", [10, 12, 12, 12, 12, 12, 13])
    for index, month in enumerate(MONTHS):
        values = [VISITS[clinic][index] for clinic in CLINICS]
        data_row(monthly, 4 + index, month, values + [sum(values)])
    data_row(monthly, 4 + len(MONTHS), "合計", CLINIC_TOTALS + [VISITS_TOTAL], total=True)
    data_row(monthly, 5 + len(MONTHS), "月平均", [total / 12 for total in CLINIC_TOTALS + [VISITS_TOTAL]],
             number_format="#,##0.0", total=True)
    monthly.freeze_panes = "B4"

    income = workbook.create_sheet("自費診療収入")
    sheet_head(income, "医院別・治療区分別 自費診療収入（2026年度）", "医院", "自費診療収入（千円）",
               INCOME_KINDS, "合計（千円）", [12, 15, 14, 13, 15, 15, 14, 14])
    for index, clinic in enumerate(CLINICS, start=4):
        data_row(income, index, clinic, INCOME[clinic] + [sum(INCOME[clinic])])
    data_row(income, 4 + len(CLINICS), "合計", INCOME_KIND_TOTALS + [INCOME_TOTAL], total=True)

    notes = workbook.create_sheet("注記")
    for index, line in enumerate(FIGURES_NOTES, start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 110
    save_workbook(workbook, path, title=f"{ORG} 来院患者数・自費診療収入（2026年度）",
                  creator=f"{ORG} 本部 経営企画課", moment=FIXED_MOMENT)


def _table_slide(presentation: object, title: str, rows: list[list[str]], widths: list[float], note: str,
                 speaker: str) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [title], 24)
    height = 0.42 * len(rows)
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
    pptx_place(box, 0.5, 1.5 + height, 12.3, 1.0)
    box.text_frame.word_wrap = True
    pptx_fill(box.text_frame, [note], 14)
    slide.notes_slide.notes_text_frame.text = speaker


def _bullet_slide(presentation: object, title: str, lines: list[str], speaker: str) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [title], 26)
    pptx_place(slide.placeholders[1], 0.5, 1.4, 12.3, 5.2)
    pptx_fill(slide.placeholders[1].text_frame, lines, 18)
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
    _bullet_slide(presentation, REVIEW_TITLE, REVIEW, REVIEW_SPEAKER)
    _table_slide(presentation, TARGETS_TITLE, TARGETS_TABLE, [2.6, 3.2, 2.6, 3.2], TARGETS_NOTE, TARGETS_SPEAKER)
    _table_slide(presentation, STAFF_TITLE, STAFF_TABLE, [2.2, 1.9, 1.9, 1.9, 1.9, 1.6], STAFF_NOTE, STAFF_SPEAKER)
    _table_slide(presentation, SCHEDULE_TITLE, SCHEDULE_TABLE, [4.6, 4.0, 3.6], SCHEDULE_NOTE, SCHEDULE_SPEAKER)
    _bullet_slide(presentation, POINTS_TITLE, POINTS, POINTS_SPEAKER)
    properties = presentation.core_properties
    properties.title = DECK_TITLE
    properties.author = f"{ORG} 本部"
    properties.last_modified_by = f"{ORG} 本部"
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
