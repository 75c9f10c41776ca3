"""Write the five documents of the thirty-first holdout corpus (tests/data/holdout31/README.md).

One fictional wedding and banquet hall company, 株式会社汐見野ブライダル (head office in the fictional
汐見野市; three halls, 白鷺館, 翠明閣 and ガーデンテラス汐見, and a wedding consultation salon in front of
汐見野駅), and five documents its staff would look things up in: the price list of wedding and
banquet plans for fiscal 2028 as a PDF laid out by reportlab (per-guest prices by plan and band of
guests, by season and by weekday or weekend, under a two-row header; the table crosses a page break
with its header repeated; options with distance bands for the shuttle bus; banquet courses;
cancellation fees by days before the wedding), the allowance rules of the pay regulations as Word
(commuting allowance by distance band, long-service allowance by years, duty allowance by
department and post, each new beside old), wedding and banquet figures of fiscal 2026 as Excel
(weddings and guests by month and hall under a two-row header, with totals, monthly averages and
guests per wedding; banquets by kind and hall), the deck of the first hall managers' meeting of
fiscal 2027 as PowerPoint (targets by hall, the year's fairs, priorities) and an all-staff e-mail
(.eml) on the year-end closing days and deadlines. Every name, address, telephone number and
figure here is invented (e-mail domains end in `.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail is
fixed text with a fixed date and message id.

    .venv/bin/python tests/data/holdout31/make_holdout31.py
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

FIXED_MOMENT = datetime.datetime(2027, 11, 15, 10, 0, 0)
COMPANY = "株式会社汐見野ブライダル"
HALLS = ["白鷺館", "翠明閣", "ガーデンテラス汐見"]
HEADER_FILL = "F3E5EA"
WEEKDAYS = "月火水木金土日"
HOLIDAYS = {datetime.date(2027, 4, 29), datetime.date(2027, 5, 3), datetime.date(2027, 5, 4),
            datetime.date(2027, 5, 5), datetime.date(2027, 7, 19), datetime.date(2027, 9, 20),
            datetime.date(2027, 9, 23), datetime.date(2027, 10, 11), datetime.date(2027, 11, 3),
            datetime.date(2027, 11, 23), datetime.date(2028, 1, 1), datetime.date(2028, 1, 10)}


def _n(value: int) -> str:
    return f"{value:,}"


def _yen(value: int) -> str:
    return f"{value:,}円"


def _date(year: int, month: int, day: int, *, with_year: bool = True) -> str:
    """A date with its weekday in parentheses (・祝 on a public holiday)."""
    moment = datetime.date(year, month, day)
    weekday = WEEKDAYS[moment.weekday()] + ("・祝" if moment in HOLIDAYS else "")
    prefix = f"{year}年" if with_year else ""
    return f"{prefix}{month}月{day}日（{weekday}）"


# ---------------------------------------------------------------------------------------------
# 1. PDF: the price list of wedding and banquet plans for fiscal 2028.

PRICE_FILENAME = "2028年度_婚礼・宴会プラン料金表.pdf"
PRICE_TITLE = "2028年度 婚礼・宴会プラン料金表（2028年4月1日〜2029年3月31日ご実施分）"

SEASON_COLUMNS = ["繁忙期", "通常期", "閑散期"]
# Per-plan factors of the six price columns (繁忙期 土日祝, 平日; 通常期 土日祝, 平日; 閑散期 土日祝, 平日),
# applied to the 繁忙期 weekend price before tax and rounded to 100 yen.
FACTORS = [1.0, 0.91, 0.94, 0.86, 0.83, 0.77]

# (plan, where it is offered, [(band, 繁忙期 土日祝 before tax)]).
PLANS: list[tuple[str, str, list[tuple[str, int]]]] = [
    ("家族婚プラン「ひより」", "全会場", [("10名以上20名未満", 21400), ("20名以上30名未満", 19800),
                                     ("30名以上40名未満", 18600)]),
    ("スタンダードプラン「こもれび」", "全会場", [("30名以上50名未満", 19200), ("50名以上70名未満", 17900),
                                           ("70名以上90名未満", 16800), ("90名以上110名未満", 15900),
                                           ("110名以上130名未満", 15300)]),
    ("ガーデンプラン「そよかぜ」", "ガーデンテラス汐見", [("30名以上50名未満", 20600), ("50名以上70名未満", 19300),
                                                ("70名以上90名未満", 18300), ("90名以上110名未満", 17200)]),
    ("プレミアムプラン「あけぼの」", "白鷺館・翠明閣", [("50名以上70名未満", 24500), ("70名以上90名未満", 23100),
                                             ("90名以上110名未満", 21700), ("110名以上130名未満", 20900),
                                             ("130名以上150名未満", 20100)]),
    ("ロイヤルプラン「白鷺」", "白鷺館", [("70名以上90名未満", 29700), ("90名以上110名未満", 28200),
                                     ("110名以上130名未満", 26900), ("130名以上150名未満", 25800),
                                     ("150名以上180名未満", 24600)]),
]


def plan_prices(base: int) -> list[int]:
    """The six tax-included per-guest prices of one row."""
    return [int(round(base * factor / 100.0)) * 100 * 11 // 10 for factor in FACTORS]


def plan_table() -> list[list[str]]:
    rows = [["プラン", "人数区分", "繁忙期", "", "通常期", "", "閑散期", ""],
            ["", "", "土日祝", "平日", "土日祝", "平日", "土日祝", "平日"]]
    for plan, _where, bands in PLANS:
        for index, (band, base) in enumerate(bands):
            label = plan.replace("「", "<br/>「")
            rows.append([label if index == 0 else "", band] + [_yen(value) for value in plan_prices(base)])
    return rows


PLAN_TABLE = plan_table()

OPTION_TABLE = [
    ["オプション", "単位", "料金（税込）"],
    ["ゲストテーブル装花グレードアップ", "1卓", "4,400円"],
    ["メインテーブル装花グレードアップ", "1式", "33,000円"],
    ["写真アルバム（30ページ・化粧箱付き）", "1冊", "132,000円"],
    ["スナップ写真データ（当日撮影分すべて）", "1式", "66,000円"],
    ["エンドロール映像（当日撮影・編集）", "1本", "77,000円"],
    ["飲み放題グレードアップ（地酒・カクテル）", "1名", "1,650円"],
    ["お子さまメニュー（小学生以下）", "1名", "3,850円"],
    ["親族控室の延長", "30分", "5,500円"],
    ["送迎バス（片道10km未満）", "1台・往復", "27,500円"],
    ["送迎バス（片道10km以上20km未満）", "1台・往復", "38,500円"],
    ["送迎バス（片道20km以上30km未満）", "1台・往復", "49,500円"],
]

BANQUET_TABLE = [
    ["宴会コース（2時間・飲み放題付き）", "平日（1名）", "土日祝（1名）"],
    ["梅コース（料理8品）", "6,380円", "7,040円"],
    ["竹コース（料理9品）", "8,140円", "8,910円"],
    ["松コース（料理10品・地酒付き）", "10,230円", "11,220円"],
    ["お斎プラン（法要後の会食・2時間）", "5,720円", "6,270円"],
    ["偲ぶ会プラン（献花台・遺影装花付き）", "9,460円", "9,790円"],
]

PRICE_BLOCKS: list[tuple[str, object]] = [
    ("p", "2027年（令和9年）9月1日　株式会社汐見野ブライダル 営業企画部"),
    ("h1", "1. この料金表について"),
    ("p", "この料金表は、当社が汐見野市で運営する白鷺館（城山町）、翠明閣（川端二丁目）及びガーデンテラス汐見"
          "（汐見台）の3会場で、2028年4月1日から2029年3月31日までに実施する婚礼及び宴会の料金を定めるものです。"
          "2027年9月1日から、この料金表によるお見積もりとご予約の受付を始めます。料金はすべて消費税及びサービス料込みです。"),
    ("p", "婚礼プランの料金は、ご招待人数（新郎新婦を除く）に応じた1名あたりの料金です。料理（フルコース）、"
          "フリードリンク（2時間30分）、会場使用料、基本装花、"
          "音響・照明、介添えを含みます。挙式料は含みません。ご招待人数が区分の境目にあたる場合は、その人数を含む"
          "「以上」の区分の料金とします（たとえばちょうど50名の場合は「50名以上70名未満」の区分です）。"),
    ("p", "シーズンは、挙式日の月で次のとおり区分します。繁忙期：3月・4月・5月・10月・11月。通常期：6月・9月・12月。"
          "閑散期：1月・2月・7月・8月。「土日祝」は土曜日・日曜日・祝日とその前日の夜の実施分、「平日」は月曜日から"
          "金曜日（祝日を除く）の昼の実施分です。"),
    ("h1", "2. 婚礼プラン（1名あたり・税込）"),
    ("p", "プランと会場の組合せは、家族婚プラン「ひより」とスタンダードプラン「こもれび」が全会場、ガーデンプラン"
          "「そよかぜ」がガーデンテラス汐見のみ、プレミアムプラン「あけぼの」が白鷺館と翠明閣、ロイヤルプラン「白鷺」が"
          "白鷺館のみです。ご招待人数が各プランの最も少ない区分に満たない場合は、その区分の料金にその区分の最少人数を"
          "掛けた額を申し受けます。"),
    ("p", "プラン料金に含まれないものは、挙式料、衣装、写真・映像、引出物、司会者（1名44,000円）及び送迎バスです。"
          "ご招待人数の最終確定は挙式日の14日前、料理と飲物の内容の確定は21日前までにお願いします。"),
    ("plan_table", PLAN_TABLE),
    ("p", "挙式料は、チャペル式（白鷺館・ガーデンテラス汐見）143,000円、神前式（翠明閣の神殿）121,000円、"
          "人前式（全会場）88,000円です。挙式のみのご利用は、挙式料に1名あたり2,200円（控室・介添え）を加算します。"),
    ("h1", "3. オプション（税込）"),
    ("table", OPTION_TABLE),
    ("p", "送迎バスの距離は、汐見野駅又はお客さまが指定する1か所から会場までの片道の道のりで数えます。30km以上の"
          "場合は個別にお見積もりします。持込料は、引出物1個につき550円、衣装1着につき22,000円です。"),
    ("h1", "4. 宴会プラン（税込）"),
    ("p", "法人のご宴会、同窓会、法要などの宴会プランは、20名様から承ります。100名様を超える場合は白鷺館の大宴会場"
          "「鳳凰」でのご案内となります。"),
    ("table", BANQUET_TABLE),
    ("h1", "5. お申込金とキャンセル料"),
    ("p", "婚礼のご予約時に、お申込金として100,000円をお預かりし、ご請求額に充当します。ご予約の取消しのキャンセル料は、"
          "挙式日の150日前まではお申込金のみ、149日前から90日前までは見積額の20%、89日前から30日前までは40%、"
          "29日前から10日前までは45%、9日前から前日までは50%、当日は見積額の全額です。日程の変更は、挙式日の90日前まで"
          "1回に限り無料で承ります。"),
    ("h1", "6. お問い合わせ"),
    ("p", "婚礼のご相談は、汐見野駅前の婚礼相談サロン（電話 0574-00-3188、受付 10:00〜19:00、火曜・水曜定休）へ。"
          "料金表の内容についての社内の問い合わせは、営業企画部 料金担当 真壁 俊輔（電話 0574-00-3120、"
          "kikaku@shiomino-bridal.example）まで。"),
]

# ---------------------------------------------------------------------------------------------
# 2. DOCX: the allowance rules of the pay regulations.

RULES_FILENAME = "給与規程細則_諸手当_2027年10月改定.docx"
RULES_TITLE = "給与規程細則（諸手当）2027年10月改定"

COMMUTE_ROWS = [
    ("自動車・バイク", "2km以上5km未満", "4,200円", "3,600円"),
    ("", "5km以上10km未満", "7,100円", "6,300円"),
    ("", "10km以上15km未満", "11,800円", "10,400円"),
    ("", "15km以上20km未満", "16,300円", "14,700円"),
    ("", "20km以上25km未満", "20,900円", "18,500円"),
    ("", "25km以上35km未満", "25,700円", "22,600円"),
    ("", "35km以上", "31,600円", "27,900円"),
    ("自転車", "2km以上5km未満", "2,400円", "1,800円"),
    ("", "5km以上", "3,900円", "3,100円"),
    ("電車・バス", "距離にかかわらず", "1か月定期代の実費（上限 40,000円）", "1か月定期代の実費（上限 32,000円）"),
]

SERVICE_ROWS = [
    ("1年未満", "支給しない", "支給しない"),
    ("1年以上3年未満", "2,000円", "1,500円"),
    ("3年以上5年未満", "4,500円", "3,500円"),
    ("5年以上10年未満", "8,000円", "6,500円"),
    ("10年以上15年未満", "12,500円", "10,000円"),
    ("15年以上20年未満", "16,500円", "13,000円"),
    ("20年以上", "21,000円", "17,000円"),
]

DUTY_ROWS = [
    ("婚礼部門", "チーフウエディングプランナー", "35,000円", "30,000円"),
    ("", "ウエディングプランナー", "18,000円", "15,000円"),
    ("", "アシスタントプランナー", "7,000円", "5,000円"),
    ("宴会サービス部門", "宴会キャプテン", "24,000円", "20,000円"),
    ("", "サービスリーダー", "11,000円", "9,000円"),
    ("調理部門", "総料理長", "52,000円", "45,000円"),
    ("", "料理長（各会場）", "38,000円", "33,000円"),
    ("", "スーシェフ", "19,000円", "16,000円"),
    ("会場運営", "支配人", "60,000円", "55,000円"),
    ("", "副支配人", "42,000円", "37,000円"),
]

RULES_BODY: list[tuple[str, object]] = [
    ("right", "2027年（令和9年）8月24日 取締役会決定　2027年（令和9年）10月1日 施行"),
    ("h1", "第1条 目的及び適用"),
    ("p", "この細則は、株式会社汐見野ブライダル（以下「会社」という。）の給与規程第18条に基づき、正社員及び契約社員に"
          "支給する諸手当の額と支給の条件を定める。改定後の額は2027年10月分の給与（2027年11月25日支給）から適用し、"
          "2027年9月分までの給与には改定前の額を適用する。"),
    ("h1", "第2条 通勤手当"),
    ("p", "通勤手当は、住居から勤務する会場又は本社までの片道の通勤距離（最も経済的かつ合理的な経路による道のり）に"
          "応じて、次の表の額を月額で支給する。片道の通勤距離が2km未満の者には支給しない。"),
    ("commute_table", None),
    ("p", "注1：距離の区分は「以上」「未満」で判定する。たとえば片道ちょうど10kmの者は「10km以上15km未満」の区分とする。"),
    ("p", "注2：自動車又はバイクで通勤する者は、会社が指定する職員駐車場を利用し、駐車場代は会社が負担する。"
          "電車・バスと自動車を併用する者は、それぞれの区間について算定した額の合計を支給する。"),
    ("h1", "第3条 勤続手当"),
    ("p", "勤続手当は、毎年4月1日現在の勤続年数（入社日から起算し、1年未満の端数は切り捨てる）に応じて、次の表の額を"
          "月額で支給する。"),
    ("service_table", None),
    ("h1", "第4条 職務手当"),
    ("p", "職務手当は、次の表の職務に任命された者に月額で支給する。二つ以上の職務を兼ねる者には、額の高い方の"
          "一つのみを支給する。"),
    ("duty_table", None),
    ("h1", "第5条 婚礼施行手当及び早朝出勤手当"),
    ("p", "婚礼施行手当は、婚礼の担当プランナー又は担当キャプテンとして挙式・披露宴を施行した者に、1件につき"
          "3,300円（改定前2,800円）を支給する。同じ日に2件以上を施行したときは、2件目から1件につき4,400円"
          "（改定前3,600円）とする。"),
    ("p", "早朝出勤手当は、会社の指示により午前6時30分より前に勤務を始めた者に、1回につき1,200円（改定前900円）を"
          "支給する。深夜（午後10時から翌日午前5時まで）の勤務には、給与規程第24条により通常の賃金の25%を"
          "割増して支給する。"),
    ("h1", "第6条 住宅手当"),
    ("p", "住宅手当は、自ら賃貸住宅を借りて家賃を負担している世帯主に月額15,000円（改定前12,000円）、世帯主でない者に"
          "月額7,000円（改定前5,000円）を支給する。社宅に入居している者には支給しない。"),
    ("h1", "第7条 支給日及び届出"),
    ("p", "諸手当は、毎月末日締めで翌月25日（休日の場合はその前日の営業日）に給与と合わせて支給する。住居、通勤経路"
          "又は通勤方法を変更した者は、変更の日から14日以内に「通勤手当申請書」を人事総務部に提出しなければならない。"),
    ("h1", "第8条 問い合わせ"),
    ("p", "この細則に関する問い合わせは、人事総務部 給与担当 野々村 千景（内線 312、直通 0574-00-3140、"
          "kyuyo@shiomino-bridal.example）まで。"),
]

# ---------------------------------------------------------------------------------------------
# 3. XLSX: wedding and banquet figures of fiscal 2026.

FIGURES_FILENAME = "2026年度_会場別婚礼施行実績.xlsx"
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]

# Weddings held (組) and guests (名) by hall and month of fiscal 2026.
WEDDINGS = {
    "白鷺館": [16, 19, 11, 7, 6, 12, 21, 20, 10, 5, 8, 17],
    "翠明閣": [12, 14, 9, 6, 5, 10, 15, 16, 8, 4, 6, 13],
    "ガーデンテラス汐見": [14, 17, 12, 8, 6, 13, 18, 15, 7, 3, 5, 12],
}
GUESTS = {
    "白鷺館": [1148, 1391, 786, 497, 423, 873, 1534, 1452, 716, 341, 567, 1227],
    "翠明閣": [703, 829, 516, 338, 287, 571, 874, 941, 452, 226, 349, 758],
    "ガーデンテラス汐見": [762, 921, 648, 419, 331, 707, 986, 813, 378, 152, 268, 645],
}

BANQUET_KINDS = ["法人宴会（忘新年会・懇親会）", "法要・偲ぶ会", "同窓会・祝賀会", "顔合わせ・結納", "その他"]
# 件数 and 人数 by kind and hall (in HALLS order).
BANQUETS = {
    "法人宴会（忘新年会・懇親会）": [(96, 5124), (71, 3318), (38, 1476)],
    "法要・偲ぶ会": [(22, 694), (118, 2837), (9, 213)],
    "同窓会・祝賀会": [(41, 2566), (27, 1372), (19, 845)],
    "顔合わせ・結納": [(13, 107), (62, 431), (24, 176)],
    "その他": [(18, 792), (14, 463), (33, 1289)],
}

# ---------------------------------------------------------------------------------------------
# 4. PPTX: the deck of the first hall managers' meeting of fiscal 2027.

DECK_FILENAME = "2027年度_第1回支配人会議資料.pptx"
DECK_TITLE = "2027年度 第1回 支配人会議"
DECK_COVER = ["会場別目標・年間フェア日程・重点施策", f"{COMPANY} 経営企画室",
              f"{_date(2027, 4, 16)} 14:00〜16:30　本社3階 大会議室"]

# 会場, 婚礼施行（組）, 新規成約（組）, 宴会（件）, 売上高（百万円）
TARGETS = [
    ("白鷺館", 168, 157, 215, "742.6"),
    ("翠明閣", 126, 119, 306, "498.3"),
    ("ガーデンテラス汐見", 139, 132, 97, "521.8"),
]
TARGETS_TABLE = [["会場", "婚礼施行（組）", "新規成約（組）", "宴会（件）", "売上高（百万円）"]] + [
    [hall, str(weddings), str(contracts), str(banquets), sales] for hall, weddings, contracts, banquets, sales in TARGETS
] + [["合計", str(sum(row[1] for row in TARGETS)), str(sum(row[2] for row in TARGETS)),
      str(sum(row[3] for row in TARGETS)), f"{sum(float(row[4]) for row in TARGETS):,.1f}"]]
TARGETS_TITLE = "2027年度 会場別の目標"
TARGETS_NOTE = ("婚礼施行は2027年度中に挙式・披露宴を行う組数、新規成約は2027年度中に契約を結ぶ組数（実施が翌年度以降の"
                "ものを含む）。売上高は婚礼・宴会・その他の合計で、婚礼相談サロンの分は各会場に配分する。")
TARGETS_SPEAKER = ("婚礼施行の目標は、2026年度の成約済みの組数に今年度の新規成約の見込みを加えて会場ごとに決めた。"
                   "翠明閣は法要の需要が伸びているため、宴会の件数目標を3会場で最も高くしている。")

EVENTS_TABLE = [
    ["フェア・行事", "日程", "会場", "担当"],
    ["春のブライダルフェア", f"{_date(2027, 5, 15)}・{_date(2027, 5, 16, with_year=False)}", "全会場", "営業企画部"],
    ["模擬挙式・試食会", f"{_date(2027, 6, 20)} 10:30〜14:00", "白鷺館", "婚礼部"],
    ["ガーデンナイトフェア", f"{_date(2027, 7, 24)} 17:30〜20:30", "ガーデンテラス汐見", "婚礼部"],
    ["忘新年会プランの受付開始", f"{_date(2027, 9, 1)}", "全会場", "宴会部"],
    ["秋の婚礼相談会", f"{_date(2027, 9, 11)}〜{_date(2027, 9, 26, with_year=False)}", "婚礼相談サロン", "営業企画部"],
    ["和婚フェア（神前式の見学会）", f"{_date(2027, 10, 17)} 11:00〜15:00", "翠明閣", "婚礼部"],
    ["新春ブライダルフェア", f"{_date(2028, 1, 9)}・{_date(2028, 1, 10, with_year=False)}", "全会場", "営業企画部"],
]
EVENTS_TITLE = "2027年度 フェア・行事の日程"
EVENTS_NOTE = ("フェアの来館予約はウェブサイトと婚礼相談サロンで受け付ける。模擬挙式・試食会は定員40組、"
               "ガーデンナイトフェアは雨天の場合は屋内のバンケット「潮騒」で行う。")
EVENTS_SPEAKER = ("次回の第2回支配人会議は" + _date(2027, 7, 16) + "。秋の婚礼相談会の担当者は6月末までに各会場から"
                  "1名ずつ出す。")

POINTS_TITLE = "2027年度の重点施策"
POINTS = [
    "・来館からの成約率を48%に引き上げる（2026年度実績 41%）",
    "・1組あたりの平均招待人数を65名に引き上げる（2026年度実績 62.1名）",
    "・成約から挙式までの打合せ回数を5回以内とし、担当プランナーの残業を月20時間以内にする",
    "・口コミサイトの評価を4.5以上にする（2026年度末 4.2）",
    "・2028年度の料金表を9月1日から案内し、ロイヤルプラン「白鷺」の予約を年間30組以上とする",
]

# ---------------------------------------------------------------------------------------------
# 5. EML: an all-staff e-mail about the year-end closing days and deadlines.

MAIL_FILENAME = "全スタッフ周知_年末年始の営業と各種締切.eml"
MAIL_SUBJECT = "【全スタッフ周知】年末年始の営業日程と各種締切について"


def mail_body() -> str:
    d = _date
    lines = [
        "全会場・本社 スタッフ各位",
        "",
        "総務部の水上です。",
        "2027年から2028年の年末年始の営業日程と、給与・経費・年末調整の締切をお知らせします。",
        "シフトの作成と、お客さまへのご案内をお願いします。",
        "",
        "■1. 年末年始の営業日程",
        f"・白鷺館：{d(2027, 12, 31, with_year=False)}〜{d(2028, 1, 2, with_year=False)}は休館。"
        f"{d(2027, 12, 30, with_year=False)}は宴会のみ営業（最終のお開きは21:00）。{d(2028, 1, 3, with_year=False)}から通常営業",
        f"・翠明閣：{d(2027, 12, 30, with_year=False)}〜{d(2028, 1, 3, with_year=False)}は休館。"
        f"{d(2028, 1, 4, with_year=False)}から通常営業",
        f"・ガーデンテラス汐見：{d(2027, 12, 29, with_year=False)}〜{d(2028, 1, 4, with_year=False)}は休館。"
        f"{d(2028, 1, 5, with_year=False)}から通常営業",
        f"・婚礼相談サロン：{d(2027, 12, 30, with_year=False)}〜{d(2028, 1, 3, with_year=False)}は休業。"
        f"{d(2027, 12, 29, with_year=False)}は10:00〜15:00の短縮営業",
        f"・本社事務所：仕事納めは{d(2027, 12, 28, with_year=False)}、仕事始めは{d(2028, 1, 4, with_year=False)}です。",
        "",
        "■2. 締切（いずれも厳守）",
        f"・1月分のシフト希望の提出：{d(2027, 12, 3, with_year=False)}まで（各会場の支配人へ）",
        f"・年末調整の書類（扶養控除等申告書・保険料控除申告書）の提出：{d(2027, 11, 30, with_year=False)}17:00まで",
        f"・12月分の経費精算：{d(2027, 12, 22, with_year=False)}15:00まで（通常は翌月5日締め）",
        f"・12月分の勤怠の確定：{d(2027, 12, 27, with_year=False)}正午まで（通常は翌月2日）",
        "年末調整の書類が締切に間に合わない場合は、ご自身で確定申告をしていただくことになります。",
        "",
        "■3. 休館中の連絡先",
        "休館中の婚礼のお客さまからの緊急のご連絡は、当番の携帯電話（090-0000-2741）で受け付けます。"
        f"当番は{d(2027, 12, 31, with_year=False)}が白鷺館の森園支配人、{d(2028, 1, 1, with_year=False)}と"
        f"{d(2028, 1, 2, with_year=False)}が翠明閣の桐谷支配人です。",
        "建物の設備の故障は、汐見野ビルサービス（0574-00-8652、24時間受付）に連絡してください。",
        "",
        "ご不明な点は総務部（内線 205）までお願いします。",
        "",
        "――――――――――――――――",
        f"{COMPANY} 総務部 水上 沙耶",
        "電話 0574-00-3100（内線 205）",
        "soumu@shiomino-bridal.example",
    ]
    return "\n".join(lines) + "\n"


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = "汐見野ブライダル総務部 <soumu@shiomino-bridal.example>"
    message["To"] = "全スタッフ <all-staff@shiomino-bridal.example>"
    message["Subject"] = MAIL_SUBJECT
    message["Date"] = format_datetime(datetime.datetime(2027, 11, 15, 10, 0, 0,
                                                        tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    message["Message-ID"] = "<20271115100000.year-end@shiomino-bridal.example>"
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
    heading = ParagraphStyle("heading", parent=body, fontSize=12.5, leading=18, spaceBefore=8, spaceAfter=4)
    title_style = ParagraphStyle("title", parent=body, fontSize=14, leading=20, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10.5)
    header_colour = colors.HexColor("#" + HEADER_FILL)

    def grid(rows: list[list[str]], widths: list[float], header_rows: int, spans: list[tuple]) -> Table:
        table = Table([[Paragraph(value, cell) for value in row] for row in rows], colWidths=[w * mm for w in widths],
                      repeatRows=header_rows)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), header_colour),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
        style += [("SPAN", start, end) for start, end in spans]
        table.setStyle(TableStyle(style))
        return table

    flow: list[object] = [Paragraph(PRICE_TITLE, title_style)]
    for kind, content in PRICE_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "plan_table":
            spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0)), ((4, 0), (5, 0)), ((6, 0), (7, 0))]
            flow.extend([grid(PLAN_TABLE, [30, 34, 18, 18, 18, 18, 18, 18], 2, spans), Spacer(1, 4 * mm)])
        elif kind == "table":
            assert isinstance(content, list)
            widths = [84, 36, 50] if len(content[0]) == 3 and content is OPTION_TABLE else [90, 40, 40]
            flow.extend([grid(content, widths, 1, []), Spacer(1, 4 * mm)])
    margin = 18 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=PRICE_TITLE,
                                 author=f"{COMPANY} 営業企画部", leftMargin=margin, rightMargin=margin,
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
    properties.author = f"{COMPANY} 人事総務部"
    properties.last_modified_by = f"{COMPANY} 人事総務部"
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

    def merge(table: object, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
        top_left = table.cell(first_row, first_col)  # type: ignore[attr-defined]
        text = top_left.text
        top_left.merge(table.cell(last_row, last_col)).text = text  # type: ignore[attr-defined]

    def two_row_table(first: list[str], second: list[str], merges: list[tuple[int, int, int, int]],
                      rows: list[tuple[str, ...]]) -> None:
        table = new_table(2 + len(rows), len(first))
        fill_row(table, 0, first)
        fill_row(table, 1, second)
        for area in merges:
            merge(table, *area)
        docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
        docx_header_row(table.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
        for row_index, row in enumerate(rows, start=2):
            fill_row(table, row_index, row)

    for kind, content in RULES_BODY:
        if kind == "h1":
            document.add_heading(str(content), level=1)
        elif kind == "p":
            document.add_paragraph(str(content))
        elif kind == "right":
            document.add_paragraph(str(content)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "commute_table":
            two_row_table(["通勤方法", "片道の通勤距離", "通勤手当（月額）", ""], ["", "", "改定後", "改定前"],
                          [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)], COMMUTE_ROWS)
        elif kind == "service_table":
            two_row_table(["勤続年数", "勤続手当（月額）", ""], ["", "改定後", "改定前"],
                          [(0, 0, 1, 0), (0, 1, 0, 2)], SERVICE_ROWS)
        elif kind == "duty_table":
            two_row_table(["部門", "職務", "職務手当（月額）", ""], ["", "", "改定後", "改定前"],
                          [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)], DUTY_ROWS)
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

    def header(sheet: object, title: str, groups: list[str], sub: list[str], first: str, widths: list[int]) -> None:
        """Title in row 1; row 2 holds `first` (merged down) and each group merged over its sub-columns;
        row 3 the sub-column labels."""
        columns = 1 + len(groups) * len(sub)
        sheet.cell(row=1, column=1, value=title).font = Font(bold=True, size=13)  # type: ignore[attr-defined]
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)  # type: ignore[attr-defined]
        cells = [sheet.cell(row=2, column=1, value=first)]  # type: ignore[attr-defined]
        for index, group in enumerate(groups):
            start = 2 + index * len(sub)
            cells.append(sheet.cell(row=2, column=start, value=group))  # type: ignore[attr-defined]
            for offset, label in enumerate(sub):
                cells.append(sheet.cell(row=3, column=start + offset, value=label))  # type: ignore[attr-defined]
        for column in range(1, columns + 1):
            for row in (2, 3):
                cell = sheet.cell(row=row, column=column)  # type: ignore[attr-defined]
                cell.font = Font(bold=True)
                cell.fill = header_fill
                cell.border = border
                cell.alignment = centred
        sheet.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)  # type: ignore[attr-defined]
        for index in range(len(groups)):
            start = 2 + index * len(sub)
            sheet.merge_cells(start_row=2, start_column=start, end_row=2, end_column=start + len(sub) - 1)  # type: ignore[attr-defined]
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width  # type: ignore[attr-defined]

    def data_row(sheet: object, row: int, label: str, numbers: list[float], number_format: str = "#,##0",
                 *, total: bool = False) -> None:
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
    weddings = workbook.active
    weddings.title = "婚礼施行組数・招待客数"
    groups = HALLS + ["全会場合計"]
    header(weddings, "会場別・月別 婚礼施行組数と招待客数（2026年度：2026年4月〜2027年3月）", groups,
           ["組数", "招待客数（名）"], "月", [16] + [10, 14] * len(groups))
    for index, month in enumerate(MONTHS):
        values: list[float] = []
        for hall in HALLS:
            values += [WEDDINGS[hall][index], GUESTS[hall][index]]
        values += [sum(WEDDINGS[hall][index] for hall in HALLS), sum(GUESTS[hall][index] for hall in HALLS)]
        data_row(weddings, 4 + index, month, values)
    totals: list[float] = []
    for hall in HALLS:
        totals += [sum(WEDDINGS[hall]), sum(GUESTS[hall])]
    totals += [sum(sum(WEDDINGS[hall]) for hall in HALLS), sum(sum(GUESTS[hall]) for hall in HALLS)]
    row = 4 + len(MONTHS)
    data_row(weddings, row, "年間合計", totals, total=True)
    data_row(weddings, row + 1, "月平均", [value / 12 for value in totals], "#,##0.0", total=True)
    per_wedding: list[float | None] = []
    for index in range(0, len(totals), 2):
        per_wedding += [None, totals[index + 1] / totals[index]]
    data_row(weddings, row + 2, "1組あたり招待客数（名）", per_wedding, "#,##0.0", total=True)  # type: ignore[arg-type]
    weddings.freeze_panes = "B4"

    banquets = workbook.create_sheet("宴会件数・人数")
    header(banquets, "宴会の種類別・会場別 件数と人数（2026年度）", HALLS + ["合計"], ["件数", "人数（名）"],
           "宴会の種類", [30] + [10, 12] * (len(HALLS) + 1))
    for index, kind in enumerate(BANQUET_KINDS):
        values = []
        for count, people in BANQUETS[kind]:
            values += [count, people]
        values += [sum(item[0] for item in BANQUETS[kind]), sum(item[1] for item in BANQUETS[kind])]
        data_row(banquets, 4 + index, kind, values)
    totals = []
    for hall_index in range(len(HALLS)):
        totals += [sum(BANQUETS[kind][hall_index][0] for kind in BANQUET_KINDS),
                   sum(BANQUETS[kind][hall_index][1] for kind in BANQUET_KINDS)]
    totals += [sum(totals[0::2]), sum(totals[1::2])]
    data_row(banquets, 4 + len(BANQUET_KINDS), "合計", totals, total=True)

    notes = workbook.create_sheet("注記")
    for index, line in enumerate([
        "注記",
        "1. 2026年度は2026年4月1日〜2027年3月31日。表の1月〜3月は2027年の月。",
        "2. 婚礼施行組数は、挙式又は披露宴を行った組数（挙式のみ・披露宴のみを含む）。招待客数は新郎新婦を除く出席者の数。",
        "3. 月平均は年間合計を12で割った値、1組あたり招待客数は招待客数の年間合計を組数の年間合計で割った値（小数第1位まで）。",
        "4. 宴会の人数は、ご予約時の人数ではなく当日の実人数。婚礼の二次会は「その他」に含む。",
        f"5. 作成：{COMPANY} 経営企画室（2027年4月8日）",
    ], start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 110
    save_workbook(workbook, path, title=f"{COMPANY} 会場別婚礼施行実績（2026年度）",
                  creator=f"{COMPANY} 経営企画室", moment=FIXED_MOMENT)


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
            pptx_font(run, 13)
            run.font.bold = row_index == 0 or row[0] == "合計"
    box = slide.shapes.add_textbox(0, 0, 0, 0)
    pptx_place(box, 0.5, 1.5 + height, 12.3, 1.2)
    box.text_frame.word_wrap = True
    pptx_fill(box.text_frame, [note], 13)
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
    _table_slide(presentation, TARGETS_TITLE, TARGETS_TABLE, [3.4, 2.2, 2.2, 2.0, 2.4], TARGETS_NOTE, TARGETS_SPEAKER)
    _table_slide(presentation, EVENTS_TITLE, EVENTS_TABLE, [3.6, 4.6, 2.4, 1.7], EVENTS_NOTE, EVENTS_SPEAKER)
    points = presentation.slides.add_slide(presentation.slide_layouts[1])
    pptx_place(points.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(points.shapes.title.text_frame, [POINTS_TITLE], 26)
    pptx_place(points.placeholders[1], 0.5, 1.4, 12.3, 5.2)
    pptx_fill(points.placeholders[1].text_frame, POINTS, 18)
    properties = presentation.core_properties
    properties.title = DECK_TITLE
    properties.author = f"{COMPANY} 経営企画室"
    properties.last_modified_by = f"{COMPANY} 経営企画室"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((PRICE_FILENAME, build_pdf), (RULES_FILENAME, build_docx),
                              (FIGURES_FILENAME, build_xlsx), (DECK_FILENAME, build_pptx),
                              (MAIL_FILENAME, build_eml)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
