"""Write the five documents and the four question sets of the forty-seventh holdout corpus
(tests/data/holdout47/README.md).

One fictional operator of golf courses and a driving range, 青嶺リゾート開発株式会社 (head office in
the fictional 青嶺市; five courses, 青嶺カントリークラブ, 白樺ヒルズゴルフ倶楽部, 朝霧レイクサイドゴルフ
コース, 鳴沢パブリックゴルフ場 and 汐見台ゴルフクラブ, and one driving range, 青嶺ゴルフセンター), and
five documents its staff would look things up in: the green-fee table of fiscal 2027 as a PDF (a
two-row header, 会員 and ビジター each over 平日 and 土日祝, the course and the season merged down, the
course written only on the first row of its group, a table that crosses from page 1 to page 2 with
both header rows repeated; group-booking bands with the 以上/未満 rule), the membership rules as Word
(第1条〜第14条, 附則 old and amending with transitional rules, fees 改定後 beside 改定前, a band table
of cancellation fees), the visitor and sales figures of fiscal 2026 as Excel (two merged header
rows, twelve months × five courses, 合計 and 月平均; sales by kind × site in 千円), an e-mail (.eml)
announcing training, a first-aid course and a members' competition, and a caddie handbook page as
Markdown. Every name, address, telephone number and figure here is invented (e-mail domains end in
`.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail is
fixed text with a fixed date and message id.

    .venv/bin/python tests/data/holdout47/make_holdout47.py [--out DIR]

Without --out the documents go to this directory and the question sets to tests/data; with it,
both go to DIR.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import CID_FONT, docx_east_asian_font, docx_header_row, normalize_zip, save_workbook  # noqa: E402

FIXED_MOMENT = datetime.datetime(2027, 3, 15, 10, 0, 0)
COMPANY = "青嶺リゾート開発株式会社"
HEADER_FILL = "DDEBF7"
DASH = "－"

WEEKDAYS = "月火水木金土日"


def _date(month: int, day: int, *, year: int | None = None) -> str:
    """A date of 2027 with its weekday in parentheses, as the e-mail writes it."""
    moment = datetime.date(2027 if year is None else year, month, day)
    prefix = "" if year is None else f"{year}年"
    return f"{prefix}{month}月{day}日（{WEEKDAYS[moment.weekday()]}）"


def _n(value: int) -> str:
    return f"{value:,}"


# ---------------------------------------------------------------------------------------------
# Names shared by the documents.

AOMINE = "青嶺カントリークラブ"
SHIRAKABA = "白樺ヒルズゴルフ倶楽部"
ASAGIRI = "朝霧レイクサイドゴルフコース"
NARUSAWA = "鳴沢パブリックゴルフ場"
SHIOMI = "汐見台ゴルフクラブ"
RANGE = "青嶺ゴルフセンター"
COURSES = [AOMINE, SHIRAKABA, ASAGIRI, NARUSAWA, SHIOMI]
SHORT = {AOMINE: "青嶺CC", SHIRAKABA: "白樺ヒルズ", ASAGIRI: "朝霧レイクサイド", NARUSAWA: "鳴沢パブリック",
         SHIOMI: "汐見台", RANGE: "青嶺ゴルフセンター"}

# ---------------------------------------------------------------------------------------------
# 1. PDF: the green-fee table of fiscal 2027.

PDF_FILENAME = "2027年度_グリーンフィー料金表_全ゴルフ場.pdf"
PDF_TITLE = "青嶺リゾート開発 2027年度 グリーンフィー料金表（2027年4月1日適用）"

SEASONS = ["春季（3〜6月）", "夏季（7・8月）", "秋季（9〜11月）", "冬季（12〜2月）"]
# Per course and season: 会員 平日, 会員 土日祝, ビジター 平日, ビジター 土日祝, 薄暮ハーフ (円; None = －).
FEES: dict[str, list[tuple[int | None, ...]]] = {
    AOMINE: [(4400, 6600, 14800, 23500, 6800), (3850, 5500, 11900, 19800, 5500),
             (4400, 6600, 15600, 24800, 7200), (3300, 4950, 9800, 16500, 4900)],
    SHIRAKABA: [(3850, 5500, 12400, 19900, 5800), (4400, 6050, 14200, 21600, 6400),
                (3850, 5500, 13100, 20700, 6100), (None, None, None, None, None)],
    ASAGIRI: [(3300, 4950, 10900, 17800, 5200), (2750, 4400, 8900, 14600, 4300),
              (3300, 4950, 11500, 18400, 5400), (2200, 3850, 7600, 12800, 3800)],
    NARUSAWA: [(None, None, 6900, 10800, 3600), (None, None, 5800, 9400, 3100),
               (None, None, 7200, 11300, 3700), (None, None, 4900, 8200, 2700)],
    SHIOMI: [(3850, 6050, 12700, 20900, 5900), (3300, 5500, 10300, 17200, 4700),
             (3850, 6050, 13300, 21800, 6200), (2750, 4400, 8400, 14300, None)],
}


def _fee(value: int | None) -> str:
    return DASH if value is None else _n(value)


def fee_table() -> list[list[str]]:
    rows = [["ゴルフ場", "シーズン", "会員", "", "ビジター", "", "薄暮ハーフ"],
            ["", "", "平日", "土日祝", "平日", "土日祝", ""]]
    for course in COURSES:
        for index, (season, values) in enumerate(zip(SEASONS, FEES[course])):
            rows.append([course if index == 0 else "", season] + [_fee(value) for value in values])
    return rows


# Group bookings (コンペ): 組数 band, discount per player on weekdays, on weekends, the organiser's benefit.
GROUP_BANDS = [
    ("4組以上8組未満", "1,100円", "550円", DASH),
    ("8組以上15組未満", "1,650円", "1,100円", "幹事1名のグリーンフィー半額"),
    ("15組以上", "2,200円", "1,650円", "幹事1名のグリーンフィー無料"),
]
RANGE_FEES = [
    ["区分", "平日", "土日祝"],
    ["入場料（1名）", "330円", "440円"],
    ["ボール（1球）", "11円", "13円"],
    ["打ち放題（90分・入場料込み）", "2,420円", "2,970円"],
    ["ゴルフ場会員の入場料", "無料", "220円"],
]

PDF_BLOCKS: list[tuple[str, object]] = [
    ("p", "2027年（令和9年）2月10日　青嶺リゾート開発株式会社 営業部"),
    ("h1", "1. この料金表について"),
    ("p", "この料金表は、当社が青嶺市とその周辺で営業する5つのゴルフ場（青嶺カントリークラブ、白樺ヒルズゴルフ倶楽部、"
          "朝霧レイクサイドゴルフコース、鳴沢パブリックゴルフ場、汐見台ゴルフクラブ）の2027年度（2027年4月1日から"
          "2028年3月31日まで）のグリーンフィーを定めるものである。料金は1名・18ホールのプレー料金で、乗用カートの"
          "使用料を含み、消費税込みの額である。ゴルフ場利用税（1名1日800円。ただし青嶺カントリークラブは1,000円）は"
          "別に申し受ける。"),
    ("p", "会員料金は、当社の会員規約による会員（正会員・平日会員・家族会員）が、在籍するゴルフ場でプレーする場合に"
          "適用する。鳴沢パブリックゴルフ場は会員制をとらないため、会員料金の欄は「－」とした。土日祝の料金は、土曜日・"
          "日曜日・国民の祝日と、12月29日から1月3日までの年末年始に適用する。"),
    ("h1", "2. シーズンの区分"),
    ("p", "シーズンは、春季（3月から6月まで）、夏季（7月・8月）、秋季（9月から11月まで）、冬季（12月から2月まで）の"
          "4区分とする。白樺ヒルズゴルフ倶楽部は標高の高い高原コースのため、冬季（12月から2月まで）は休場とし、料金の"
          "欄を「－」とした。汐見台ゴルフクラブの冬季は日没が早いため、薄暮ハーフの営業を行わない。"),
    ("p", "薄暮ハーフは、平日・土日祝とも、春季と秋季は14:30以後、夏季は15:00以後、冬季は13:30以後にスタートする"
          "9ホールのプレーの料金で、会員・ビジターの別なく同じ額とする。"),
    ("h1", "3. ゴルフ場別・シーズン別のグリーンフィー"),
    ("p", "ゴルフ場別・シーズン別の料金は次の表のとおりである（単位：円、1名・18ホール、カート使用料込み、税込。"
          "薄暮ハーフは9ホール）。"),
    ("fee_table", None),
    ("p", "注：キャディ付きのプレーは、上の料金にキャディフィーを加算する。キャディフィーは青嶺カントリークラブの"
          "キャディマスター室が定める。"),
    ("h1", "4. 団体（コンペ）割引"),
    ("p", "同じ日に同じゴルフ場で4組以上のコンペを予約した場合は、ビジター料金から1名あたり次の表の額を割り引く。"
          "1組は4名までとし、3名以下の組も1組と数える。会員料金には適用しない。"),
    ("band_table", None),
    ("p", "組数の区分の「以上」はその数を含み、「未満」はその数を含まない。たとえば、ちょうど8組のコンペは"
          "「8組以上15組未満」の区分、7組のコンペは「4組以上8組未満」の区分、ちょうど15組のコンペは「15組以上」の"
          "区分である。3組以下のコンペには団体割引はない。組数は、プレー当日にスタートした組の数ではなく、"
          "予約が確定した時点の組数で数える。"),
    ("h1", "5. 青嶺ゴルフセンター（練習場）の料金"),
    ("p", "青嶺市西原三丁目の練習場、青嶺ゴルフセンターの料金は次のとおりである（税込）。営業時間は平日が7:00〜22:00、"
          "土日祝が6:00〜21:00で、毎月第2火曜日は定休日とする。"),
    ("table", RANGE_FEES),
    ("h1", "6. 予約・問い合わせ"),
    ("p", "予約・問い合わせ：青嶺リゾート開発株式会社 予約センター　電話 0555-00-3180（受付 8:00〜17:00）　"
          "yoyaku@aomine-resort.example"),
]

# ---------------------------------------------------------------------------------------------
# 2. DOCX: the membership rules.

DOCX_FILENAME = "青嶺リゾート開発_ゴルフ場会員規約_2027年4月改定.docx"
DOCX_TITLE = "青嶺リゾート開発 ゴルフ場会員規約"

MEMBER_FEES = [
    ["費目", "対象", "改定後（税込）", "改定前（税込）"],
    ["年会費", f"{AOMINE} 正会員", "66,000円", "55,000円"],
    ["年会費", f"{AOMINE} 平日会員", "44,000円", "38,500円"],
    ["年会費", f"{SHIRAKABA} 正会員", "52,800円", "46,200円"],
    ["年会費", f"{ASAGIRI} 正会員", "39,600円", "35,200円"],
    ["年会費", f"{SHIOMI} 正会員", "48,400円", "41,800円"],
    ["年会費", "家族会員（全ゴルフ場共通）", "22,000円", "19,800円"],
    ["名義書換料", "正会員", "330,000円", "275,000円"],
    ["名義書換料", "平日会員", "165,000円", "132,000円"],
    ["入会登録料", "全会員種別", "55,000円", "33,000円"],
]

CANCEL_BANDS = [
    ["取消しの連絡の時期", "1組〜3組の予約（1組あたり）", "4組以上の予約（1組あたり）"],
    ["プレー日の8日前まで", "無料", "無料"],
    ["プレー日の7日前から3日前まで", "無料", "5,500円"],
    ["プレー日の2日前から前日まで", "3,300円", "8,800円"],
    ["プレー日の当日（連絡のない不来場を含む）", "6,600円", "13,200円"],
]

DOCX_BODY: list[tuple[str, object]] = [
    ("right", "制定 2015年（平成27年）4月1日"),
    ("right", "改定 2022年（令和4年）3月15日　改定 2027年（令和9年）1月25日"),
    ("h1", "第1条（目的）"),
    ("p", "この規約は、青嶺リゾート開発株式会社（以下「当社」という。）が経営するゴルフ場（青嶺カントリークラブ、"
          "白樺ヒルズゴルフ倶楽部、朝霧レイクサイドゴルフコース及び汐見台ゴルフクラブ。以下「ゴルフ場」という。）の"
          "会員の資格、権利及び義務を定める。鳴沢パブリックゴルフ場及び青嶺ゴルフセンターには適用しない。"),
    ("h1", "第2条（会員の種類）"),
    ("p", "会員は、正会員、平日会員及び家族会員の3種とする。正会員は全日、平日会員は平日（土曜日・日曜日・祝日及び"
          "年末年始を除く日）に、在籍するゴルフ場を会員料金で利用できる。家族会員は、正会員の配偶者及び同居する"
          "満18歳以上の子で、正会員1名につき2名までとする。"),
    ("h1", "第3条（入会資格）"),
    ("p", "入会できる者は、満20歳以上で、当社の会員2名の紹介を受け、当社の入会審査に合格した者とする。入会審査は"
          "毎月第3水曜日に行い、結果は審査日から10日以内に書面で通知する。"),
    ("h1", "第4条（年会費・名義書換料及び入会登録料）"),
    ("p", "会員は、次の表の年会費を納める。名義書換により会員となる者は名義書換料を、新たに入会する者は入会登録料を"
          "納める。"),
    ("fee_table", None),
    ("p", "平日会員の制度は青嶺カントリークラブのみに置く。年会費は4月1日から翌年3月31日までの1年分とし、年度の途中に"
          "入会した者は、入会した月から月割りで計算した額（100円未満切捨て）を納める。"),
    ("h1", "第5条（年会費の納入）"),
    ("p", "年会費は、毎年4月30日までに当社の指定する口座に振り込むか、4月27日の口座振替により納める。納入期限から"
          "3か月を過ぎても納めない会員は、会員料金でのプレーを停止する。"),
    ("h1", "第6条（名義書換）"),
    ("p", "会員の資格は、当社の承認を得て第三者に譲渡することができる。名義書換の申請は、毎月10日までに受け付けた"
          "ものを当月の理事会で審査する。相続による名義書換の名義書換料は、第4条の表の額の半額とする。"),
    ("h1", "第7条（予約）"),
    ("p", "正会員及び家族会員はプレー日の2か月前の月の1日から、平日会員は1か月前の月の1日から、ビジター（会員の"
          "同伴者を含む。）はプレー日の30日前から予約できる。1会員が同じ日に予約できる組数は3組までとする。"),
    ("h1", "第8条（予約の取消し）"),
    ("p", "予約を取り消すときは、次の表の取消料を申し受ける。取消料は予約の組数で区分し、1組あたりの額とする。"),
    ("band_table", None),
    ("p", "「7日前から3日前まで」は、プレー日の7日前の日と3日前の日をいずれも含む。たとえば5月20日のプレーの予約を"
          "5月13日に取り消すと「7日前から3日前まで」の区分、5月12日に取り消すと「8日前まで」の区分である。"
          "台風の接近など当社がクローズを決めた日の予約の取消しには、取消料を申し受けない。"),
    ("h1", "第9条（同伴者）"),
    ("p", "会員が同伴するビジターは、1会員につき3名までとする。会員の同伴するビジターのグリーンフィーは、平日は"
          "1名1,100円、土日祝は1名1,650円を割り引く。第8条の取消料は、同伴するビジターの分も会員が負担する。"),
    ("h1", "第10条（休会）"),
    ("p", "会員は、病気、海外赴任その他やむを得ない事情があるときは、当社の承認を得て休会できる。休会の期間は"
          "1年単位とし、通算して最長2年までとする。休会中の年会費は、第4条の表の額の半額とする。"),
    ("h1", "第11条（退会）"),
    ("p", "会員は、退会する日の30日前までに書面で届け出て退会できる。既に納めた年会費は返還しない。"),
    ("h1", "第12条（除名）"),
    ("p", "当社は、会員が次のいずれかに当たるときは、理事会の議決を経て除名できる。(1) 年会費を1年以上納めないとき。"
          "(2) ゴルフ場の秩序を著しく乱したとき。(3) 他の会員又は従業員に暴言・暴力をふるったとき。"),
    ("h1", "第13条（悪天候等によるプレーの中止）"),
    ("p", "雷雨、濃霧、積雪その他の理由でプレーを中止したときの料金は、次のとおり精算する。1ホール目のプレーを終える"
          "前に中止したときは、グリーンフィーを申し受けない。9ホール以下で中止したときは、グリーンフィーの60%を申し受ける。"
          "10ホール以上プレーしたときは、グリーンフィーの全額を申し受ける。ゴルフ場利用税は、1ホールでもプレーした"
          "ときは申し受ける。"),
    ("h1", "第14条（規約の改定）"),
    ("p", "この規約は、理事会の議決を経て改定できる。改定したときは、施行日の2か月前までに会員に書面で通知する。"),
    ("h1", "附則"),
    ("p", "この規約は、2015年（平成27年）4月1日から施行する。"),
    ("h1", "附則（2022年（令和4年）3月15日改定）"),
    ("p", "1 この改定は、2022年（令和4年）4月1日から施行する。"),
    ("p", "2 この改定により第10条（休会）を新設した。2022年3月31日以前に当社が個別に認めた休会は、その期間の満了まで"
          "なお従前の例による。"),
    ("h1", "附則（2027年（令和9年）1月25日改定）"),
    ("p", "1 この改定は、2027年（令和9年）4月1日から施行する。"),
    ("p", "2 改定後の年会費は、2027年度分（2027年4月1日から2028年3月31日までの分）から適用する。ただし、2027年度分の"
          "年会費を2027年3月19日までに一括して前納した会員は、改定前の額による。"),
    ("p", "3 2027年2月26日までに入会申込書を当社が受理した者の入会登録料、及び2027年3月10日までに申請を受け付けた"
          "名義書換の名義書換料は、改定前の額による。"),
    ("p", "4 第8条の取消料は、2027年4月1日以後に受け付けた予約の取消しから適用する。"),
]

# ---------------------------------------------------------------------------------------------
# 3. XLSX: visitors and sales of fiscal 2026.

XLSX_FILENAME = "ゴルフ場別_来場者数・売上実績_2026年度.xlsx"
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
AREAS = [("北エリア", [AOMINE, SHIRAKABA]), ("南エリア", [ASAGIRI, NARUSAWA, SHIOMI])]
CLOSED = "休場"
VISITORS: dict[str, list[int | None]] = {
    AOMINE: [4120, 4385, 3960, 3410, 3275, 3890, 4470, 4615, 3580, 2716, 2945, 3820],
    SHIRAKABA: [2310, 2845, 2690, 2960, 3125, 2780, 2905, 2240, None, None, None, 1190],
    ASAGIRI: [3385, 3540, 3210, 2870, 2795, 3160, 3625, 3710, 2985, 2410, 2530, 3090],
    NARUSAWA: [2960, 3105, 2840, 2515, 2470, 2790, 3180, 3240, 2650, 2185, 2290, 2745],
    SHIOMI: [3640, 3820, 3455, 3120, 3060, 3410, 3905, 4010, 3270, 2640, 2785, 3390],
}
MONTH_TOTALS = [sum(VISITORS[course][index] or 0 for course in COURSES) for index in range(12)]
COURSE_TOTALS = {course: sum(value or 0 for value in VISITORS[course]) for course in COURSES}
OPEN_MONTHS = {course: sum(1 for value in VISITORS[course] if value is not None) for course in COURSES}
COURSE_AVERAGES = {course: COURSE_TOTALS[course] / OPEN_MONTHS[course] for course in COURSES}
VISITOR_TOTAL = sum(MONTH_TOTALS)
VISITOR_AVERAGE = VISITOR_TOTAL / 12

SALES_SITES = COURSES + [RANGE]
SALES_KINDS = ["グリーンフィー", "カート・諸料金", "レストラン・飲食", "売店", "練習場打席料", "会員年会費"]
# 千円, in SALES_SITES order; None = －.
SALES: dict[str, list[int | None]] = {
    "グリーンフィー": [486320, 268450, 331780, 214960, 402150, None],
    "カート・諸料金": [58740, 31260, 40380, 27510, 47930, None],
    "レストラン・飲食": [112480, 61930, 78640, 38270, 95810, 14360],
    "売店": [24670, 13850, 16920, 9480, 21340, 18750],
    "練習場打席料": [18260, None, None, None, None, 176540],
    "会員年会費": [41580, 22970, 18640, None, 26310, None],
}
SALES_KIND_TOTALS = {kind: sum(value or 0 for value in values) for kind, values in SALES.items()}
SALES_SITE_TOTALS = [sum(SALES[kind][index] or 0 for kind in SALES_KINDS) for index in range(len(SALES_SITES))]
SALES_TOTAL = sum(SALES_SITE_TOTALS)

XLSX_NOTE = ("注記：来場者数は18ホール及び薄暮ハーフのプレーをした人数（練習場のみの利用者は含まない）。"
             "白樺ヒルズゴルフ倶楽部は12月〜2月が冬季休場で、2027年3月は20日から営業。"
             "同倶楽部の月平均は営業した9か月の平均、他のゴルフ場と合計欄の月平均は12か月の平均。")
SALES_NOTE = "単位：千円（消費税抜き）。「－」は該当する売上がないことを示す。練習場打席料の青嶺カントリークラブ分は併設の練習場の売上。"

# ---------------------------------------------------------------------------------------------
# 4. EML: an announcement to every course.

EML_FILENAME = "全コース周知_春季研修・救命講習と会員オープンコンペの日程.eml"
EML_SUBJECT = "【全コース周知】春季のキャディ研修・救命講習と会員オープンコンペの日程について"


def mail_body() -> str:
    lines = [
        "各ゴルフ場 支配人・キャディマスター・フロント担当 各位",
        "",
        "運営管理部の野々村です。",
        "2027年度の春に行う研修・講習と、会員オープンコンペの日程をお知らせします。",
        "対象のスタッフへの周知と、締切までの申込みをお願いします。",
        "",
        "■1. 新人キャディ研修（3日間）",
        f"・日程：{_date(4, 6, year=2027)}〜{_date(4, 8)}　各日 9:00〜16:30",
        f"・会場：{AOMINE} クラブハウス2階 研修室A（コース実習は東コース）",
        "・対象：2027年4月入社のキャディ（5コースあわせて14名の予定）",
        f"・申込締切：{_date(3, 26)} 17:00（各コースのキャディマスターがまとめて申し込んでください）",
        "・担当：教育担当 片桐 真由美（内線 312）",
        "",
        "■2. 普通救命講習（AED・心肺蘇生）",
        f"・第1回：{_date(4, 13)} 13:30〜16:30　{ASAGIRI} 2階 会議室",
        f"・第2回：{_date(4, 16)} 9:30〜12:30　{SHIOMI} 1階 コンペルーム",
        "・定員：各回20名（先着順）。前回の受講から2年を過ぎたスタッフは、どちらかの回を必ず受講してください。",
        f"・申込締切：第1回は{_date(4, 2)}、第2回は{_date(4, 7)}",
        "・担当：総務課 堀内 健司（内線 118）",
        "",
        f"■3. 会員オープンコンペ（{AOMINE}）",
        f"・開催日：{_date(5, 16)}（雨天の予備日 {_date(5, 23)}）",
        "・受付 7:30から、スタート 8:15（東コース・中コースの同時スタート）",
        "・表彰式・懇親会：15:30から クラブハウス2階 大広間",
        f"・定員：36組（144名）。エントリー締切 {_date(5, 7)}",
        "・担当：競技課 三浦 隆之（内線 245）",
        "",
        "■4. その他",
        f"・{SHIRAKABA}は、積雪のため冬季休場明けの営業開始を{_date(3, 20)}とします。",
        f"・{_date(4, 1)}から、2027年度のグリーンフィー料金表と改定後の会員規約（年会費・名義書換料）が適用されます。",
        "",
        "ご不明な点は運営管理部（内線 201）までお願いします。",
        "",
        "――――――――――――――――",
        f"{COMPANY} 運営管理部 野々村 彩",
        "電話 0555-00-3100（内線 201）",
        "unei@aomine-resort.example",
    ]
    return "\n".join(lines) + "\n"


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = f"{COMPANY} 運営管理部 <unei@aomine-resort.example>"
    message["To"] = "各ゴルフ場 支配人・キャディマスター <all-courses@aomine-resort.example>"
    message["Subject"] = EML_SUBJECT
    message["Date"] = format_datetime(datetime.datetime(2027, 3, 15, 10, 0, 0,
                                                        tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    message["Message-ID"] = "<20270315100000.spring-training@aomine-resort.example>"
    message.set_content(mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


# ---------------------------------------------------------------------------------------------
# 5. Markdown: the caddie handbook page.

MD_FILENAME = "キャディ業務ハンドブック_青嶺カントリークラブ.md"
COURSE_DATA = [
    ("東コース", 9, 36, "3,412ヤード", "3,105ヤード", "3か所"),
    ("中コース", 9, 36, "3,298ヤード", "3,016ヤード", "2か所"),
    ("西コース", 9, 35, "3,087ヤード", "2,846ヤード", "2か所"),
]


def markdown_text() -> str:
    table = ["| コース | ホール数 | パー | 全長（バックティー） | 全長（レギュラーティー） | 避難小屋 |",
             "|---|---|---|---|---|---|"]
    table += [f"| {name} | {holes} | {par} | {back} | {regular} | {shelters} |"
              for name, holes, par, back, regular, shelters in COURSE_DATA]
    lines = [
        f"# キャディ業務ハンドブック（{AOMINE}）",
        "",
        f"最終更新：2027年3月1日　{AOMINE} キャディマスター室",
        "",
        f"この手引きは、{AOMINE}（東・中・西の27ホール）で働くキャディとスタッフの日々の業務をまとめたものです。"
        "新人研修の教材にも使います。",
        "",
        "## 1. 出勤と集合",
        "",
        "- 集合時刻は、担当する組のスタート時刻の50分前です。",
        "- 集合場所はクラブハウス1階、スタートハウス横のキャディマスター室です。",
        "- 早番（1組目〜15組目の担当）は6:20まで、遅番は8:40までに出勤簿に記入します。",
        "- 夏季（7月・8月）は、帽子と冷却タオルを必ず身につけます。",
        "",
        "## 2. コース別の基本データ",
        "",
        *table,
        "",
        "18ホールのラウンドは、東→中、中→西、西→東の3通りの組み合わせで回ります。",
        "",
        "## 3. キャディフィーと指名料",
        "",
        "- キャディフィー（1組あたり、税込）：4名組 14,300円、3名組 12,100円、2名組 9,900円",
        "- 指名料：1組 2,200円（全額を指名されたキャディに支給します）",
        "- 会員の月例競技会では、キャディフィーを1組 1,100円引きとします。",
        "- 1名でのプレー（1名組）にはキャディを付けません。",
        "",
        "## 4. 落雷・雷雲接近時の避難手順",
        "",
        "1. キャディマスター室が落雷の危険があると判断したら、場内放送とサイレン（長音3回）でプレーの中断を知らせます。",
        "2. 担当の組にプレーの中断を伝え、クラブを置いて、乗用カートで最寄りの避難小屋へ誘導します。"
        "高い木の下や池のまわりには近づきません。",
        "3. 避難小屋に着いたら、無線の第4チャンネルで、コース名・ホール番号・人数をキャディマスター室に報告します。",
        "4. 最後の雷鳴から30分が過ぎ、キャディマスター室が再開を放送するまで、避難小屋で待ちます。",
        "5. 再開後は、中断したホールの中断した地点からプレーを続け、スコアカードに中断した時刻を書きます。",
        "",
        "## 5. 猛暑・雨天のとき",
        "",
        "- 最高気温35℃以上の予報の日は、9ホールごとに15分の給水休憩をとります。",
        "- 雨量が1時間に10mm以上になったら、グリーン上のカップ位置の変更をキャディマスター室に相談します。",
        "",
        "## 6. 連絡先",
        "",
        "- キャディマスター室：内線 150（主任 杉浦 恵子）",
        "- フロント：内線 101",
        "- 医務室：内線 160",
        "- コース管理課：内線 175",
        "",
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# The question sets.

def _avg(value: float) -> str:
    return f"{value:,.1f}"


def _pair(text: str) -> list[str]:
    """A figure as written and without its thousands separator."""
    plain = text.replace(",", "")
    return [text] if plain == text else [text, plain]


ASAGIRI_AUG = VISITORS[ASAGIRI][MONTHS.index("8月")]
NOV_TOTAL = MONTH_TOTALS[MONTHS.index("11月")]
SHIOMI_TOTAL = COURSE_TOTALS[SHIOMI]
RANGE_SALES = SALES_SITE_TOTALS[SALES_SITES.index(RANGE)]

QA: list[dict] = [
    {"q": "青嶺カントリークラブの秋季に、ビジターが土日祝にプレーするときのグリーンフィーはいくらですか。",
     "any": ["24,800", "24800"]},
    {"q": "汐見台ゴルフクラブで夏に会員が平日にプレーすると料金はいくら？", "any": ["3,300", "3300"]},
    {"q": "汐見台ゴルフクラブの冬季のビジター平日料金を教えてください。", "any": ["8,400", "8400"]},
    {"q": "鳴沢パブリックゴルフ場の秋季の薄暮ハーフはいくらですか。", "any": ["3,700", "3700"]},
    {"q": "平日にちょうど8組でコンペをする場合、ビジター料金は1名あたりいくら割り引かれますか。",
     "any": ["1,650円", "1650円"]},
    {"q": "15組のコンペだと幹事にはどんな特典がありますか。", "any": ["幹事1名のグリーンフィー無料", "グリーンフィー無料"]},
    {"q": "会員規約の改定後、青嶺カントリークラブ正会員の年会費はいくらになりましたか。", "any": ["66,000円", "66000円"]},
    {"q": "平日会員の名義書換料は改定前いくらでしたか。", "any": ["132,000円", "132000円"]},
    {"q": "5組で予約していたのを前日にキャンセルすると、1組あたりの取消料はいくら？", "any": ["8,800円", "8800円"]},
    {"q": "会員規約で、休会できる期間は通算で最長何年までですか。", "any": ["最長2年", "2年"]},
    {"q": "改定前の入会登録料が適用されるのは、入会申込書がいつまでに受理された人ですか。",
     "any": ["2027年2月26日", "2月26日"]},
    {"q": "雷雨で9ホール目までにプレーを中止した場合、グリーンフィーはどれだけ支払いますか。",
     "any": ["グリーンフィーの60%", "60%", "６０％"]},
    {"q": "会員規約の第10条（休会）が新設された改定は、いつから施行されましたか。",
     "any": ["2022年（令和4年）4月1日", "2022年4月1日", "令和4年4月1日"]},
    {"q": "2026年度の8月に朝霧レイクサイドゴルフコースに来場した人数は何人ですか。", "any": _pair(_n(ASAGIRI_AUG))},
    {"q": "汐見台ゴルフクラブの2026年度の年間来場者数の合計は？", "any": _pair(_n(SHIOMI_TOTAL))},
    {"q": "青嶺カントリークラブの2026年度の月平均来場者数はいくつですか。", "any": _pair(_avg(COURSE_AVERAGES[AOMINE]))},
    {"q": "2026年度の11月の全ゴルフ場の来場者数の合計は何人？", "any": _pair(_n(NOV_TOTAL))},
    {"q": "汐見台ゴルフクラブの売店の売上（2026年度）はいくらですか。", "any": ["21,340", "21340"]},
    {"q": "青嶺ゴルフセンターの2026年度の売上の合計は何千円ですか。", "any": _pair(_n(RANGE_SALES))},
    {"q": "普通救命講習の第2回はいつ、どこで行われますか。", "any": ["4月16日（金）", "4月16日"]},
    {"q": "会員オープンコンペのスタート時刻は何時ですか。", "any": ["8:15", "8時15分"]},
    {"q": "新人キャディ研修の担当者の内線番号は？", "any": ["内線 312", "312"]},
    {"q": "雷で避難したあと、プレーを再開できるのは最後の雷鳴から何分たってから？", "any": ["30分"]},
    {"q": "青嶺カントリークラブの中コースのバックティーからの全長は何ヤードですか。", "any": ["3,298ヤード", "3298ヤード"]},
]

# Each unanswerable question: the question, why its value is not in the documents, and the strings
# that would carry that value (none of which may occur).
ABSENT: dict[str, tuple[str, str, list[str]]] = {
    "h47-un-1": ("朝霧レイクサイドゴルフコースの2025年度の来場者数は何人でしたか。",
                 "the workbook holds fiscal 2026 only", ["2025年度", "2025年4月", "前年度"]),
    "h47-un-2": ("青嶺カントリークラブのジュニア料金はいくらですか。",
                 "the fee table has 会員 and ビジター only, no junior or student rate", ["ジュニア", "学生", "中学生", "高校生"]),
    "h47-un-3": ("白樺ヒルズゴルフ倶楽部の早朝プレーの料金を教えてください。",
                 "no early-morning rate is given, only 薄暮ハーフ", ["早朝"]),
    "h47-un-4": ("普通救命講習の受講料はいくらですか。",
                 "the e-mail gives dates, rooms, capacity and deadlines, no fee", ["受講料", "受講費", "講習料"]),
    "h47-un-5": ("キャディの時給はいくらですか。",
                 "the handbook gives caddie fees charged to players and the nomination fee, no wage",
                 ["時給", "日給", "月給", "給与", "賃金"]),
    "h47-un-6": ("法人会員の年会費はいくらですか。",
                 "the rules know 正会員, 平日会員 and 家族会員 only", ["法人会員", "法人"]),
    "h47-un-7": ("2028年度のグリーンフィーはいくらになりますか。",
                 "the fee table is for fiscal 2027", ["2028年度", "2028年4月"]),
    "h47-un-8": ("汐見台ゴルフクラブのナイター営業の料金はいくらですか。",
                 "no night golf is offered or priced", ["ナイター", "夜間"]),
    "h47-un-9": ("青嶺ゴルフセンターの打席数はいくつありますか。",
                 "the range's prices, hours and sales are given, not its bays", ["打席数", "階建", "打席あり"]),
    "h47-un-10": ("70歳以上のシニア会員の年会費の割引はいくらですか。",
                  "no age-based discount exists in the rules", ["シニア", "70歳", "75歳", "高齢"]),
    "h47-un-11": ("レンタルクラブを借りるといくらかかりますか。",
                  "no rental clubs are mentioned", ["レンタル", "貸しクラブ", "貸クラブ"]),
    "h47-un-12": ("会員オープンコンペの参加費はいくらですか。",
                  "the e-mail gives the date, times, room, capacity and entry deadline, no fee",
                  ["参加費", "エントリー料", "エントリーフィー", "競技費"]),
}

ENGLISH: list[dict] = [
    {"q": "What is the weekday visitor green fee at 青嶺カントリークラブ (Aomine Country Club) in spring?",
     "any": ["14,800"], "answer_any": ["14,800", "14800"]},
    {"q": "How much is the twilight half-round (薄暮ハーフ) at 朝霧レイクサイドゴルフコース in winter?",
     "any": ["3,800"], "answer_any": ["3,800", "3800"]},
    {"q": "For a group booking of exactly 15 flights on a weekend, how much is the discount per player?",
     "any": ["1,650円"], "answer_any": ["1,650", "1650"]},
    {"q": "What was the annual fee for a full member (正会員) of 白樺ヒルズゴルフ倶楽部 before the revision?",
     "any": ["46,200円"], "answer_any": ["46,200", "46200"]},
    {"q": "Under the membership rules, what is the cancellation fee per flight for a booking of 2 flights cancelled on the day of play?",
     "any": ["6,600円"], "answer_any": ["6,600", "6600"]},
    {"q": "What is the monthly average number of visitors at 白樺ヒルズゴルフ倶楽部 in fiscal 2026?",
     "any": [_avg(COURSE_AVERAGES[SHIRAKABA])],
     "answer_any": _pair(_avg(COURSE_AVERAGES[SHIRAKABA]))},
    {"q": "How much did restaurant and food sales (レストラン・飲食) at 朝霧レイクサイドゴルフコース amount to, in thousand yen?",
     "any": ["78,640"], "answer_any": ["78,640", "78640"]},
    {"q": "What is the entry deadline for the members' open competition?",
     "any": ["5月7日（金）"], "answer_any": ["May 7", "7 May", "5月7日"]},
    {"q": "Which phone extension should be called about the first-aid (AED) course?",
     "any": ["内線 118"], "answer_any": ["118"]},
    {"q": "What is the caddie fee for a group of three players at Aomine Country Club?",
     "any": ["12,100円"], "answer_any": ["12,100", "12100"]},
]

FOLLOWUPS: list[dict] = [
    {"turns": ["白樺ヒルズゴルフ倶楽部の夏季のビジター平日料金はいくら？", "土日祝だといくらですか。"],
     "any": ["21,600", "21600"]},
    {"turns": ["汐見台ゴルフクラブの正会員の年会費は改定後いくらですか。", "では改定前は？"],
     "any": ["41,800円", "41800円"]},
    {"turns": ["鳴沢パブリックゴルフ場の2026年度5月の来場者数は？", "汐見台ゴルフクラブの場合は？"],
     "any": _pair(_n(VISITORS[SHIOMI][MONTHS.index("5月")]))},
    {"turns": ["4組以上の予約を7日前に取り消したら取消料は1組いくら？", "当日に取り消した場合は？"],
     "any": ["13,200円", "13200円"]},
    {"turns": ["普通救命講習の第1回の申込締切はいつですか。", "第2回は？"],
     "any": ["4月7日（水）", "4月7日"]},
    {"turns": ["青嶺カントリークラブの東コースに避難小屋は何か所ありますか。", "西コースは？"],
     "any": ["2か所"]},
    {"turns": ["白樺ヒルズゴルフ倶楽部のカート・諸料金の売上は？", "鳴沢パブリックゴルフ場では？"],
     "any": ["27,510", "27510"]},
    {"turns": ["朝霧レイクサイドゴルフコースの春季の会員土日祝の料金は？", "冬季はいくら？"],
     "any": ["3,850", "3850"]},
]


def question_sets() -> dict[str, list[dict]]:
    return {
        "holdout47_qa.jsonl": [{"id": f"h47-{index}", **question} for index, question in enumerate(QA, start=1)],
        "holdout47_unanswerable_qa.jsonl": [{"id": key, "q": question, "any": [], "unanswerable": True}
                                            for key, (question, _why, _strings) in ABSENT.items()],
        "holdout47_english_qa.jsonl": [{"id": f"h47-en-{index}", **question}
                                       for index, question in enumerate(ENGLISH, start=1)],
        "holdout47_followup_qa.jsonl": [{"id": f"h47-fu-{index}", **question}
                                        for index, question in enumerate(FOLLOWUPS, start=1)],
    }


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
    grey = colors.grey
    fill = colors.HexColor("#" + HEADER_FILL)

    def table(rows: list[list[str]], widths: list[float] | None, header_rows: int, spans: list[tuple]) -> Table:
        result = Table([[Paragraph(value, cell) for value in row] for row in rows], colWidths=widths,
                       repeatRows=header_rows)
        result.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, grey),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), fill),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ] + [("SPAN", start, end) for start, end in spans]))
        return result

    flow: list[object] = [Paragraph(PDF_TITLE, title_style)]
    for kind, content in PDF_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "table":
            assert isinstance(content, list)
            flow.extend([table(content, None, 1, []), Spacer(1, 4 * mm)])
        elif kind == "fee_table":
            # Two header rows: ゴルフ場, シーズン and 薄暮ハーフ merged down; 会員 and ビジター each over
            # 平日 and 土日祝. repeatRows=2 repeats both on the next page.
            widths = [138, 84, 48, 50, 52, 52, 64]
            spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0)), ((4, 0), (5, 0)), ((6, 0), (6, 1))]
            flow.extend([table(fee_table(), widths, 2, spans), Spacer(1, 4 * mm)])
        elif kind == "band_table":
            rows = [["組数（1組4名まで）", "平日の割引（1名）", "土日祝の割引（1名）", "幹事の特典"]]
            rows += [list(band) for band in GROUP_BANDS]
            flow.extend([table(rows, [110, 100, 110, 160], 1, []), Spacer(1, 4 * mm)])
    margin = 18 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=PDF_TITLE, author=f"{COMPANY} 営業部",
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
    properties.title = DOCX_TITLE
    properties.author = f"{COMPANY} 会員部"
    properties.last_modified_by = f"{COMPANY} 会員部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    document.add_heading(DOCX_TITLE, level=0)

    def add_table(rows: list[list[str]]) -> None:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = document.styles["Table Grid"]
        for row_index, row in enumerate(rows):
            for column_index, value in enumerate(row):
                table.cell(row_index, column_index).text = value
        docx_header_row(table.rows[0], HEADER_FILL)

    for kind, content in DOCX_BODY:
        if kind == "h1":
            document.add_heading(str(content), level=1)
        elif kind == "p":
            document.add_paragraph(str(content))
        elif kind == "right":
            document.add_paragraph(str(content)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "fee_table":
            add_table(MEMBER_FEES)
        elif kind == "band_table":
            add_table(CANCEL_BANDS)
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

    def data_row(sheet: object, row: int, label: str, values: list, *, number_format: str = "#,##0",
                 total: bool = False) -> None:
        cells = [sheet.cell(row=row, column=1, value=label)]  # type: ignore[attr-defined]
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
    visitors = workbook.active
    visitors.title = "月別来場者数"
    last_column = 2 + len(COURSES)
    visitors.cell(row=1, column=1, value="ゴルフ場別・月別 来場者数（2026年度：2026年4月〜2027年3月、単位：人）").font = \
        Font(bold=True, size=13)
    visitors.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_column)
    header_cell(visitors, 2, 1, "月")
    header_cell(visitors, 3, 1, None)
    visitors.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    column = 2
    for area, courses in AREAS:
        header_cell(visitors, 2, column, area)
        for offset, course in enumerate(courses):
            if offset:
                header_cell(visitors, 2, column + offset, None)
            header_cell(visitors, 3, column + offset, course)
        visitors.merge_cells(start_row=2, start_column=column, end_row=2, end_column=column + len(courses) - 1)
        column += len(courses)
    header_cell(visitors, 2, last_column, "合計")
    header_cell(visitors, 3, last_column, None)
    visitors.merge_cells(start_row=2, start_column=last_column, end_row=3, end_column=last_column)
    for index, month in enumerate(MONTHS):
        values = [CLOSED if VISITORS[course][index] is None else VISITORS[course][index] for course in COURSES]
        data_row(visitors, 4 + index, month, values + [MONTH_TOTALS[index]])
    total_row = 4 + len(MONTHS)
    data_row(visitors, total_row, "合計", [COURSE_TOTALS[course] for course in COURSES] + [VISITOR_TOTAL], total=True)
    data_row(visitors, total_row + 1, "月平均", [round(COURSE_AVERAGES[course], 1) for course in COURSES]
             + [round(VISITOR_AVERAGE, 1)], number_format="#,##0.0", total=True)
    visitors.cell(row=total_row + 3, column=1, value=XLSX_NOTE)
    for column_index, width in enumerate([10] + [16] * len(COURSES) + [12], start=1):
        visitors.column_dimensions[get_column_letter(column_index)].width = width
    visitors.freeze_panes = "B4"

    sales = workbook.create_sheet("売上内訳")
    sales.cell(row=1, column=1, value="事業所別・種類別 売上高（2026年度）").font = Font(bold=True, size=13)
    sales.merge_cells(start_row=1, start_column=1, end_row=1, end_column=2 + len(SALES_SITES))
    for column_index, label in enumerate(["売上の種類"] + SALES_SITES + ["合計"], start=1):
        header_cell(sales, 2, column_index, label)
    for index, kind in enumerate(SALES_KINDS, start=3):
        values = [DASH if value is None else value for value in SALES[kind]]
        data_row(sales, index, kind, values + [SALES_KIND_TOTALS[kind]])
    data_row(sales, 3 + len(SALES_KINDS), "合計", SALES_SITE_TOTALS + [SALES_TOTAL], total=True)
    sales.cell(row=5 + len(SALES_KINDS), column=1, value=SALES_NOTE)
    for column_index, width in enumerate([18] + [16] * len(SALES_SITES) + [12], start=1):
        sales.column_dimensions[get_column_letter(column_index)].width = width
    save_workbook(workbook, path, title=f"{COMPANY} 来場者数・売上実績（2026年度）",
                  creator=f"{COMPANY} 経営企画部", moment=FIXED_MOMENT)


def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


def build_md(path: Path) -> None:
    path.write_bytes(markdown_text().encode("utf-8"))


DOCUMENTS = [(PDF_FILENAME, build_pdf), (DOCX_FILENAME, build_docx), (XLSX_FILENAME, build_xlsx),
             (EML_FILENAME, build_eml), (MD_FILENAME, build_md)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the documents and the question sets here")
    arguments = parser.parse_args()
    documents_dir = arguments.out or HERE
    sets_dir = arguments.out or DATA
    documents_dir.mkdir(parents=True, exist_ok=True)
    for filename, builder in DOCUMENTS:
        path = documents_dir / filename
        builder(path)
        print(f"{path.name}: {path.stat().st_size // 1024} KB")
    for filename, questions in question_sets().items():
        text = "".join(json.dumps(question, ensure_ascii=False) + "\n" for question in questions)
        (sets_dir / filename).write_text(text, encoding="utf-8")
        print(f"{filename}: {len(questions)} questions")


if __name__ == "__main__":
    main()
