"""Write the five documents of the fifteenth holdout corpus (tests/data/holdout15/README.md).

One fictional regional electric-power retailer, かすみ野でんき株式会社 (a 地域新電力 half owned by the
fictional 霞野市; head office in 霞野市, customers in five areas, 霞野中央, 霞野東部, 柚木町, 白鷺地区
and 鳴沢町; its own solar, small-hydro, biomass and sewage-gas plants; the お客さまセンター that
answers the customers), and five documents its staff and customers would look things up in: the
low-voltage tariff rules as Word (an energy charge banded by the month's kWh with a two-row header,
two plans each over 改定後 and 改定前, and a table of basic charges by contract current), the supply
and procurement report of fiscal 2026 as a PDF (a procurement table of two fiscal years that crosses
a page break), the sales and contract figures as Excel (sales month by month and plan by plan,
contracts by area at two dates, the buy-back of post-FIT solar power by area), a deck for the
management meeting as PowerPoint (the post-FIT buy-back prices and the high-voltage tariff, each
with a rule in a note and speaker notes), and a customer mail as an ISO-2022-JP e-mail (the
customer centre's hours, the loyalty points and moving house). Every name, address, telephone
number and figure here is invented (e-mail domains end in `.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail is
fixed text with fixed headers (its date and Message-ID are written out, not generated).

    .venv/bin/python tests/data/holdout15/make_holdout15.py
"""

from __future__ import annotations

import datetime
import sys
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import (  # noqa: E402
    CID_FONT,
    ReportLayout,
    docx_east_asian_font,
    docx_header_row,
    normalize_zip,
    pptx_fill,
    pptx_font,
    pptx_place,
    print_sizes,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 3, 16, 9, 30, 0)
COMPANY = "かすみ野でんき株式会社"
HEADER_FILL = "E2EFDA"

# ---------------------------------------------------------------------------------------------
# Figures shared by more than one document.

AREAS = ["霞野中央", "霞野東部", "柚木町", "白鷺地区", "鳴沢町"]
PLANS = ["かすみ野スタンダード", "かすみ野ファミリー", "低圧電力", "高圧（業務用）", "公共施設（霞野市）"]

MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
# 販売電力量 of 2026年度 by month and plan (MWh)
SALES = {
    "かすみ野スタンダード": [4120, 3785, 3862, 4596, 5318, 4703, 3894, 3971, 4867, 5642, 5175, 4588],
    "かすみ野ファミリー": [2236, 2041, 2087, 2514, 2963, 2598, 2105, 2168, 2732, 3219, 2946, 2571],
    "低圧電力": [861, 842, 905, 1127, 1284, 1093, 876, 851, 932, 1018, 967, 903],
    "高圧（業務用）": [6354, 6218, 6702, 7865, 8431, 7612, 6580, 6297, 6943, 7206, 6985, 6671],
    "公共施設（霞野市）": [1482, 1395, 1466, 1873, 2047, 1792, 1428, 1411, 1639, 1788, 1704, 1559],
}
MONTH_TOTALS = [sum(SALES[plan][index] for plan in PLANS) for index in range(12)]
SALES_TOTAL = sum(MONTH_TOTALS)
SALES_TOTAL_2025 = 191_436

# 地域: スタンダード 2026年3月末, 2027年3月末, ファミリー 2026年3月末, 2027年3月末,
# 低圧電力 2026年3月末, 2027年3月末 (口)
CONTRACT_ROWS = [
    (8412, 8906, 2315, 2587, 436, 452),
    (6973, 7248, 1984, 2106, 318, 327),
    (2746, 2819, 862, 915, 205, 211),
    (3518, 3702, 1127, 1243, 264, 259),
    (1893, 1958, 574, 601, 147, 152),
]
CONTRACT_TOTALS = [sum(row[index] for row in CONTRACT_ROWS) for index in range(6)]
LOW_VOLTAGE_2026 = CONTRACT_TOTALS[0] + CONTRACT_TOTALS[2] + CONTRACT_TOTALS[4]
LOW_VOLTAGE_2027 = CONTRACT_TOTALS[1] + CONTRACT_TOTALS[3] + CONTRACT_TOTALS[5]

# 地域, 卒FIT買取契約 2026年3月末, 2027年3月末 (件), 2026年度の買取電力量 (MWh)
BUYBACK_ROWS = [
    ("霞野中央", 612, 688, 2143.6),
    ("霞野東部", 547, 603, 1918.2),
    ("柚木町", 298, 331, 1087.5),
    ("白鷺地区", 421, 462, 1529.9),
    ("鳴沢町", 176, 194, 702.4),
]
BUYBACK_MWH = round(sum(row[3] for row in BUYBACK_ROWS), 1)


def _n(value: int) -> str:
    return f"{value:,}"


# ---------------------------------------------------------------------------------------------
# 1. DOCX: the low-voltage tariff rules.

RULES_FILENAME = "電気料金規程_低圧_2027年4月改定.docx"
RULES_TITLE = "かすみ野でんき株式会社 低圧電気料金規程（2027年4月改定）"

# 段階, 1か月の使用電力量, スタンダード 改定後, 改定前, ファミリー 改定後, 改定前 (1kWhあたり)
ENERGY_ROWS = [
    ("第1段階", "120kWhまで", "30.12円", "29.80円", "31.45円", "30.96円"),
    ("第2段階", "120kWhをこえ300kWhまで", "36.58円", "36.40円", "34.27円", "33.85円"),
    ("第3段階", "300kWhをこえ500kWhまで", "40.73円", "40.49円", "36.92円", "36.18円"),
    ("第4段階", "500kWhをこえる分", "42.16円", "41.87円", "38.04円", "37.29円"),
]

BASIC_TABLE = [
    ["契約電流", "改定後（月額）", "改定前（月額）"],
    ["10A", "311.75円", "295.24円"],
    ["15A", "467.63円", "442.86円"],
    ["20A", "623.50円", "590.48円"],
    ["30A", "935.25円", "885.72円"],
    ["40A", "1,247.00円", "1,180.96円"],
    ["50A", "1,558.75円", "1,476.20円"],
    ["60A", "1,870.50円", "1,771.44円"],
]

RULES_BODY: list[tuple[str, object]] = [
    ("right", "令和9年（2027年）2月22日 改定　令和9年（2027年）4月1日 施行"),
    ("h1", "第1条 目的及び適用"),
    ("p", "この規程は、かすみ野でんき株式会社（以下「当社」という。）が低圧で電気を供給するときの料金その他の供給条件を"
          "定める。改定後の料金は、令和9年（2027年）4月1日以後に始まる料金計算期間の使用分から適用し、同日より前に"
          "始まる料金計算期間の使用分には改定前の料金を適用する。料金計算期間は、前月の検針日から当月の検針日の前日"
          "までとする。"),
    ("h1", "第2条 契約種別"),
    ("p", "契約種別は、かすみ野スタンダード、かすみ野ファミリー及び低圧電力の3種とする。かすみ野スタンダードは電灯又は"
          "小型機器を使用する一般の住宅及び店舗に、かすみ野ファミリーは契約電流が40A以上の住宅に、低圧電力は動力"
          "（三相200V）を使用する工場、店舗及び農業用施設に適用する。"),
    ("h1", "第3条 基本料金"),
    ("p", "かすみ野スタンダードの基本料金は、契約電流に応じて次の表のとおりとする。かすみ野ファミリーの基本料金は、"
          "契約電流にかかわらず1契約につき月額2,420.00円（改定前2,288.00円）とする。"),
    ("table", BASIC_TABLE),
    ("p", "その月に電気を全く使用しなかったときの基本料金は、表の額の半額とする。"),
    ("h1", "第4条 電力量料金"),
    ("p", "電力量料金は、その月の使用電力量を次の表の段階に分け、各段階に属する使用電力量にその段階の単価を掛けた額"
          "を合算して計算する。"),
    ("energy_table", None),
    ("p", "注1：使用電力量は1kWh単位とし、1kWh未満の端数は四捨五入する。"),
    ("p", "注2：例えば使用電力量が350kWhの月は、120kWhまでに第1段階、120kWhをこえ300kWhまでの180kWhに第2段階、"
          "300kWhをこえる50kWhに第3段階の単価を適用する。"),
    ("p", "注3：燃料費調整額及び再生可能エネルギー発電促進賦課金は、電力量料金とは別に計算して加える。"),
    ("p", "注4：1か月の料金（基本料金と電力量料金の計）が最低月額料金に満たないときは、最低月額料金を申し受ける。"
          "最低月額料金は1契約につき264円（改定前242円）とする。"),
    ("h1", "第5条 低圧電力"),
    ("p", "低圧電力の基本料金は、契約電力1kWにつき月額1,078.00円（改定前1,023.00円）とする。電力量料金は、夏季"
          "（7月1日から9月30日まで）の使用分は1kWhにつき19.86円（改定前19.12円）、その他季（夏季以外の期間）の"
          "使用分は1kWhにつき18.04円（改定前17.46円）とする。契約電力は、契約負荷設備の容量により当社が定める。"),
    ("h1", "第6条 割引"),
    ("p", "(1) 口座振替割引：料金を口座振替で支払うとき、1か月につき66円（改定前55円）を割り引く。"),
    ("p", "(2) 霞野市民割：霞野市内に住所を有する個人のかすみ野スタンダード又はかすみ野ファミリーの契約について、"
          "電力量料金の2%（改定前1%）を割り引く。"),
    ("p", "(3) ウェブ明細割（今回の改定で新設）：マイページで料金明細を確認し、郵送による明細の送付を受けないとき、"
          "1か月につき44円を割り引く。"),
    ("h1", "第7条 支払期日"),
    ("p", "料金の支払期日は、検針日の翌日から起算して30日目（改定前20日目）とする。支払期日を経過してもなお支払われない"
          "ときは、支払期日の翌日から支払の日までの日数に応じて、年10%の割合で延滞利息を申し受ける。"),
    ("h1", "第8条 契約の変更と手数料"),
    ("p", "契約電流の変更は、1年に1回までは無料とし、2回目以後は1回につき2,200円（改定前1,650円）の手数料を申し受ける。"
          "お客さまの申出による臨時の検針は1回につき3,300円（改定前2,750円）とする。契約種別の変更は、変更を希望する"
          "日の10日前までに申し出るものとする。"),
    ("h1", "第9条 問い合わせ"),
    ("p", "この規程に関する問い合わせは、かすみ野でんき株式会社 お客さまセンター（電話 0287-00-4180、"
          "ryokin@kasumino-denki.example）で受け付ける。"),
]

# ---------------------------------------------------------------------------------------------
# 2. PDF: the supply and procurement report of fiscal 2026.

REPORT_FILENAME = "電源調達・供給実績報告書_2026年度.pdf"
REPORT_TITLE = "かすみ野でんき株式会社 令和8年度（2026年度）電源調達・供給実績報告書"

# 区分, 電源・調達先, 2025年度, 2026年度 (MWh), renewable
PROCUREMENT_ITEMS = [
    ("自社電源", "霞野第1メガソーラー", 2184, 2237, True),
    ("自社電源", "霞野第2メガソーラー", 1562, 1609, True),
    ("自社電源", "公共施設の屋根置き太陽光", 846, 1135, True),
    ("自社電源", "柚木川小水力発電所", 3027, 2861, True),
    ("自社電源", "鳴沢木質バイオマス発電所", 9418, 10206, True),
    ("自社電源", "白鷺浄化センター消化ガス発電", 1274, 1318, True),
    ("買取", "卒FIT住宅太陽光", 6513, round(BUYBACK_MWH), True),
    ("買取", "FIT特定卸供給（太陽光）", 12846, 13520, True),
    ("買取", "FIT特定卸供給（風力）", 4207, 4655, True),
    ("買取", "霞野市清掃工場の廃棄物発電", 8930, 8614, True),
    ("相対契約", "しらさぎ火力発電所", 38560, 36240, False),
    ("相対契約", "鳴沢ウインドファーム", 5318, 6072, True),
    ("市場", "JEPXスポット市場", 88614, 94815, False),
    ("市場", "JEPX時間前市場", 2936, 3481, False),
    ("その他", "常時バックアップ", 14205, 13760, False),
    ("その他", "インバランス（不足分）", 1127, 894, False),
]
PROCURED_2025 = sum(item[2] for item in PROCUREMENT_ITEMS)
PROCURED_2026 = sum(item[3] for item in PROCUREMENT_ITEMS)
RENEWABLE_2025 = sum(item[2] for item in PROCUREMENT_ITEMS if item[4]) / PROCURED_2025 * 100
RENEWABLE_2026 = sum(item[3] for item in PROCUREMENT_ITEMS if item[4]) / PROCURED_2026 * 100

PROCUREMENT_ROWS = [["区分", "電源・調達先", "2025年度（MWh）", "2026年度（MWh）", "前年度比（%）"]] + [
    [kind, name, _n(y2025), _n(y2026), f"{y2026 / y2025 * 100:.1f}"]
    for kind, name, y2025, y2026, _renewable in PROCUREMENT_ITEMS
] + [["合計", "―", _n(PROCURED_2025), _n(PROCURED_2026), f"{PROCURED_2026 / PROCURED_2025 * 100:.1f}"]]

REPORT_BLOCKS: list[tuple[str, object]] = [
    ("p", "令和9年（2027年）6月 かすみ野でんき株式会社 電源調達部・お客さま本部"),
    ("h1", "1. 事業の概況"),
    ("p", "この報告書は、2026年度（令和8年度、2026年4月1日から2027年3月31日まで）の電気の販売と調達の実績、"
          "お客さまセンターの応対状況をまとめたものである。当社は霞野市が51%を出資する地域の小売電気事業者で、"
          "霞野市、柚木町及び鳴沢町のお客さまに電気を供給している。"),
    ("p", f"2027年3月末の契約口数は、低圧が{_n(LOW_VOLTAGE_2027)}口（前年度末{_n(LOW_VOLTAGE_2026)}口）、高圧が"
          "186口（前年度末171口）で、高圧のうち霞野市の公共施設は43口である。2026年度の販売電力量は"
          f"{_n(SALES_TOTAL)}MWh（前年度{_n(SALES_TOTAL_2025)}MWh）で、最も多かった月は猛暑の続いた8月であった。"),
    ("p", f"調達電力量に占める再生可能エネルギー電源（FIT電気を含む）の比率は{RENEWABLE_2026:.1f}%"
          f"（前年度{RENEWABLE_2025:.1f}%）であった。当社の調整後CO2排出係数は0.000412t-CO2/kWh"
          "（前年度0.000438t-CO2/kWh）である。"),
    ("p", "お客さまセンターへの入電は48,615件（前年度52,306件）、応答率は88.6%（前年度81.9%）、平均待ち時間は"
          "1分42秒（前年度2分35秒）であった。2026年9月にウェブのマイページを開設し、引越しと契約変更の手続きを"
          "ウェブで受け付けるようにしたことで、電話での問い合わせが減った。"),
    ("p", "卸電力市場の価格は、2026年度の前半は落ち着いていたが、1月の寒波で一時的に大きく上がった。当社は相対契約と"
          "自社電源を増やし、市場からの調達の割合を下げる方針を続けている。"),
    ("h1", "2. 電源別の調達電力量"),
    ("p", "電源・調達先ごとの調達電力量は、次の表のとおりである（前年度比は2026年度の調達電力量を2025年度の調達電力量"
          "で割った値）。卒FIT住宅太陽光は、固定価格買取期間の終わった住宅の太陽光発電から当社が買い取った電力量である。"),
    ("table", PROCUREMENT_ROWS),
    ("p", "公共施設の屋根置き太陽光は、2026年度に小中学校8校と市民体育館に設備を増やしたことで前年度を大きく上回った。"
          "柚木川小水力発電所は、夏の渇水で前年度を下回った。しらさぎ火力発電所との相対契約は、2027年度に契約量を"
          "見直す。"),
    ("h1", "3. 2027年度の計画"),
    ("p", "霞野第3期の太陽光発電所の建設に着手し、鳴沢木質バイオマス発電所の燃料を市内の間伐材に切り替える。"
          "JEPXスポット市場からの調達の割合を40%以下にすること、お客さまセンターの応答率を90%以上にすることを目標と"
          "する。"),
    ("h1", "4. 問い合わせ先"),
    ("p", "この報告書についての問い合わせは、かすみ野でんき株式会社 電源調達部（電話 0287-00-4300、"
          "chotatsu@kasumino-denki.example）まで。"),
]

REPORT_LAYOUT = ReportLayout(
    body_size=10.5, body_leading=17, heading_size=13, heading_leading=19, heading_space_before=9,
    heading_space_after=4, title_size=15, title_leading=21, table_header_colour="#" + HEADER_FILL,
    table_gap_mm=4, margin_mm=20,
)

# ---------------------------------------------------------------------------------------------
# 3. XLSX: the sales and contract figures.

FIGURES_FILENAME = "販売電力量・契約口数_2026年度.xlsx"

# ---------------------------------------------------------------------------------------------
# 4. PPTX: the deck for the management meeting.

BRIEF_FILENAME = "2027年度_卒FIT買取価格と高圧料金の改定_経営会議.pptx"
BRIEF_TITLE = "2027年度 卒FIT買取価格と高圧（業務用）料金の改定"
BRIEF_COVER = ["かすみ野でんき株式会社 営業部・電源調達部",
               "令和9年（2027年）3月8日 経営会議"]
BUYBACK_TITLE = "卒FIT太陽光の買取価格（1kWhあたり・税込）"
BUYBACK_TABLE = [
    ["買取プラン", "対象", "2027年4月から", "2027年3月まで"],
    ["スタンダード買取", "当社と電気の契約がない方", "8.50円", "8.00円"],
    ["セット買取", "当社の電気を使っている方", "10.50円", "9.50円"],
    ["セット買取（蓄電池あり）", "当社の電気を使い、蓄電池を設置している方", "11.00円", "10.00円"],
    ["霞野市民プレミアム", "霞野市内にお住まいでセット買取の方", "12.00円", "11.00円"],
    ["事業者買取", "出力50kW未満の事業所の設備", "7.80円", "7.50円"],
]
BUYBACK_NOTE = ("買取代金は、買取額の累計が3,000円に達した月の翌月末に指定の口座へ振り込みます（2027年3月までは5,000円）。"
                "買取期間は1年ごとの自動更新です。")
BUYBACK_SPEAKER = ("卒FITを迎える市内の住宅は毎年1割ほど増えています。市民プレミアムの上乗せ分は、霞野市の脱炭素推進補助金を"
                   "財源の一部にしています。買取単価は、JEPXスポット市場の昼間の平均価格を見て年に1回見直します。")
HV_TITLE = "高圧（業務用）の料金改定（税込）"
HV_TABLE = [
    ["項目", "単位", "2027年4月から", "2027年3月まで"],
    ["基本料金", "契約電力1kWにつき月額", "1,848.00円", "1,760.00円"],
    ["電力量料金（夏季 7月〜9月）", "1kWhにつき", "17.92円", "17.21円"],
    ["電力量料金（その他季）", "1kWhにつき", "16.84円", "16.15円"],
    ["再エネ100%オプション", "1kWhにつき", "1.10円", "0.88円"],
]
HV_NOTE = ("契約期間（1年）の途中で解約するときは、基本料金の2か月分を解約金として申し受けます（2027年3月までは1か月分）。")
HV_SPEAKER = ("高圧のお客さまのうち、霞野市の公共施設を除く143口には、4月の契約更新の前に営業担当が訪問して説明します。"
              "説明は3月26日までに終えてください。再エネ100%オプションの申込みは、2027年3月末で29口です。")
POINTS_TITLE = "2027年度の重点事項"
POINTS = [
    "・新しい買取価格を、4月検針分の買取から適用する",
    "・高圧の新しい料金を、見積書と契約更新の案内に反映する",
    "・卒FITを迎えるお客さまに、セット買取と市民プレミアムを案内する",
    "・再エネ100%オプションの申込みを、公共施設以外にも広げる",
]

# ---------------------------------------------------------------------------------------------
# 5. EML: a mail to the customers, in ISO-2022-JP.

MAIL_FILENAME = "かすみ野でんき_4月からのお客さまセンター受付時間とポイントの変更.eml"
MAIL_SUBJECT = "【かすみ野でんき】4月からのお客さまセンター受付時間・かすみ野ポイントの変更について"
MAIL_BODY = """かすみ野でんきをご利用のお客さまへ

いつもかすみ野でんきをご利用いただき、ありがとうございます。
2027年（令和9年）4月1日から、お客さまセンターの受付時間と、かすみ野ポイントのしくみを次のとおり変更します。

■1. お客さまセンターの受付時間
電話 0287-00-4180（平日と土曜日）
平日　9時〜19時（3月までは9時〜18時）
土曜日　9時〜17時（3月までは休み）
日曜日・祝日と年末年始（12月29日〜1月3日）はお休みです。
マイページでのお手続きは24時間受け付けます。
停電や電線の切断など設備の異常は、お客さまセンターではなく、かすみ野送配電（電話 0287-00-9110、24時間）へご連絡ください。

■2. かすみ野ポイント
電気料金（税抜）1,000円ごとに5ポイント（3月までは3ポイント）を差し上げます。
霞野市民プレミアムで卒FITの買取をご利用のお客さまには、買取電力量10kWhごとに1ポイントを加えます。
ポイントの有効期限は、差し上げた月から24か月（3月までは12か月）です。
ポイントの交換先と必要なポイントは次のとおりです。
・霞野市内共通商品券 500円分：500ポイント
・電気料金への充当：100ポイント以上、1ポイントを1円として
・霞野市の森づくり基金への寄付：300ポイントから
・かすみ野でんきオリジナル 省エネタップ：1,200ポイント

■3. お引越しのお手続き
お引越しに伴う電気の使用開始・停止のお申込みは、ご希望日の7日前まで（3月までは5日前まで）にお願いします。
ご希望日の2日前までのお申込みは、お急ぎ手数料1,100円で受け付けます。

■4. 電気料金の改定
4月1日以後に始まる料金計算期間の使用分から、新しい料金を適用します。
新しい料金表は、当社ウェブサイトの「低圧電気料金規程」でご確認いただけます。

――――――――――――――――――――
かすみ野でんき株式会社 お客さまセンター
霞野市本町二丁目5番8号
info@kasumino-denki.example
このメールは、メール配信を希望されたお客さまにお送りしています。
"""


def mail_bytes() -> bytes:
    """The e-mail as a mail program writes it: headers in ASCII (the subject and sender's name
    B-encoded), the body in ISO-2022-JP, 7bit, CRLF line ends."""
    subject = Header(MAIL_SUBJECT, "iso-2022-jp").encode()
    sender = Header("かすみ野でんき お客さまセンター", "iso-2022-jp").encode()
    headers = [
        f"From: {sender} <info@kasumino-denki.example>",
        "To: mailmagazine@kasumino-denki.example",
        f"Subject: {subject}",
        "Date: Mon, 15 Mar 2027 10:00:00 +0900",
        "Message-ID: <20270315100000.4180@kasumino-denki.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=ISO-2022-JP",
        "Content-Transfer-Encoding: 7bit",
    ]
    body = "\r\n".join(line.encode("iso-2022-jp").decode("ascii") for line in MAIL_BODY.split("\n"))
    return ("\r\n".join(headers) + "\r\n\r\n" + body).encode("ascii")


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
    properties.author = f"{COMPANY} 営業部"
    properties.last_modified_by = f"{COMPANY} 営業部"
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
        elif kind == "table":
            assert isinstance(content, list)
            table = new_table(len(content), len(content[0]))
            for row_index, row in enumerate(content):
                fill_row(table, row_index, row)
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
        elif kind == "energy_table":
            # Two header rows: 段階 and the kWh merged down; each plan over 改定後 and 改定前.
            table = new_table(2 + len(ENERGY_ROWS), 6)
            fill_row(table, 0, ["段階", "1か月の使用電力量", "かすみ野スタンダード（1kWhあたり）", "",
                                "かすみ野ファミリー（1kWhあたり）", ""])
            fill_row(table, 1, ["", "", "改定後", "改定前", "改定後", "改定前"])
            for first_row, first_col, last_row, last_col in ((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5)):
                top_left = table.cell(first_row, first_col)  # type: ignore[attr-defined]
                text = top_left.text
                top_left.merge(table.cell(last_row, last_col)).text = text  # type: ignore[attr-defined]
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(table.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
            for row_index, row in enumerate(ENERGY_ROWS, start=2):
                fill_row(table, row_index, row)
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    layout = REPORT_LAYOUT
    body = ParagraphStyle("body", fontName=CID_FONT, fontSize=layout.body_size, leading=layout.body_leading,
                          wordWrap="CJK", spaceAfter=4)
    heading = ParagraphStyle("heading", parent=body, fontSize=layout.heading_size, leading=layout.heading_leading,
                             spaceBefore=layout.heading_space_before, spaceAfter=layout.heading_space_after)
    title_style = ParagraphStyle("title", parent=body, fontSize=layout.title_size, leading=layout.title_leading,
                                 spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12, spaceAfter=0)
    flow: list[object] = [Paragraph(REPORT_TITLE, title_style)]
    for kind, content in REPORT_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "table":
            rows = content
            assert isinstance(rows, list)
            table = Table([[Paragraph(value, cell) for value in row] for row in rows], repeatRows=1,
                          colWidths=[width * mm for width in (24, 62, 30, 30, 24)], hAlign="LEFT")
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(layout.table_header_colour)),
                ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#F2F2F2")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            flow.extend([table, Spacer(1, layout.table_gap_mm * mm)])
    margin = layout.margin_mm * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=REPORT_TITLE,
                                 author=f"{COMPANY} 電源調達部",
                                 leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin)
    document.build(flow)


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

    def data_row(sheet: object, row: int, label: str, numbers: list[float], formats: list[str],
                 *, total: bool = False) -> None:
        cells = [sheet.cell(row=row, column=1, value=label)]  # type: ignore[attr-defined]
        for column, (value, number_format) in enumerate(zip(numbers, formats), start=2):
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
    monthly.title = "月別販売電力量"
    sheet_head(monthly, "契約種別・月別 販売電力量（2026年度・令和8年度）",
               ["月"] + [f"{plan}（MWh）" for plan in PLANS] + ["全体計（MWh）"], [12, 24, 22, 16, 20, 24, 16])
    for index, month in enumerate(MONTHS):
        values = [SALES[plan][index] for plan in PLANS]
        data_row(monthly, 3 + index, f"{2026 if index < 9 else 2027}年{month}", values + [sum(values)], ["#,##0"] * 6)
    data_row(monthly, 3 + len(MONTHS), "合計", [sum(SALES[plan]) for plan in PLANS] + [SALES_TOTAL],
             ["#,##0"] * 6, total=True)
    monthly.freeze_panes = "B3"

    contracts = workbook.create_sheet("地域別契約口数")
    sheet_head(contracts, "地域別 低圧の契約口数（2026年3月末・2027年3月末）",
               ["地域", "スタンダード 2026年3月末（口）", "スタンダード 2027年3月末（口）",
                "ファミリー 2026年3月末（口）", "ファミリー 2027年3月末（口）",
                "低圧電力 2026年3月末（口）", "低圧電力 2027年3月末（口）"], [14, 24, 24, 22, 22, 22, 22])
    for index, (area, row) in enumerate(zip(AREAS, CONTRACT_ROWS), start=3):
        data_row(contracts, index, area, list(row), ["#,##0"] * 6)
    data_row(contracts, 3 + len(AREAS), "合計", CONTRACT_TOTALS, ["#,##0"] * 6, total=True)

    buyback = workbook.create_sheet("卒FIT買取")
    sheet_head(buyback, "地域別 卒FIT太陽光の買取（2026年度）",
               ["地域", "買取契約 2026年3月末（件）", "買取契約 2027年3月末（件）", "2026年度の買取電力量（MWh）",
                "1件あたり買取電力量（kWh）"], [14, 24, 24, 26, 24])
    for index, (area, before, after, mwh) in enumerate(BUYBACK_ROWS, start=3):
        data_row(buyback, index, area, [before, after, mwh, round(mwh * 1000 / after)],
                 ["#,##0", "#,##0", "#,##0.0", "#,##0"])
    data_row(buyback, 3 + len(BUYBACK_ROWS), "合計",
             [sum(row[1] for row in BUYBACK_ROWS), sum(row[2] for row in BUYBACK_ROWS), BUYBACK_MWH,
              round(BUYBACK_MWH * 1000 / sum(row[2] for row in BUYBACK_ROWS))],
             ["#,##0", "#,##0", "#,##0.0", "#,##0"], total=True)

    notes = workbook.create_sheet("注記")
    for index, line in enumerate([
        "注記",
        "1. 2026年度は令和8年度（2026年4月〜2027年3月）。2026年3月末は令和8年3月末、2027年3月末は令和9年3月末。",
        "2. 販売電力量は、検針日ではなく使用した月で集計した値（1MWh未満四捨五入）。",
        "3. 公共施設（霞野市）は、霞野市の庁舎・学校・浄化センター等で、高圧と低圧の両方を含む。高圧（業務用）には公共施設を含まない。",
        "4. 契約口数は低圧の契約のみ。高圧の契約口数は電源調達・供給実績報告書を参照。",
        "5. 1件あたり買取電力量は、2026年度の買取電力量を2027年3月末の買取契約件数で割った値。",
    ], start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 120
    save_workbook(workbook, path, title="かすみ野でんき株式会社 販売電力量・契約口数（2026年度）",
                  creator=f"{COMPANY} 営業部", moment=FIXED_MOMENT)


def _table_slide(presentation: object, title: str, rows: list[list[str]], widths: list[float], note: str,
                 speaker: str) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [title], 26)
    height = 0.5 * len(rows)
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
    box = slide.shapes.add_textbox(0, 0, 0, 0)
    pptx_place(box, 0.5, 1.6 + height, 12.3, 1.4)
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
    pptx_fill(cover.shapes.title.text_frame, [BRIEF_TITLE], 30)
    pptx_place(cover.placeholders[1], 0.5, 3.7, 12.3, 1.8)
    pptx_fill(cover.placeholders[1].text_frame, BRIEF_COVER, 20)
    _table_slide(presentation, BUYBACK_TITLE, BUYBACK_TABLE, [3.0, 4.4, 2.2, 2.2], BUYBACK_NOTE, BUYBACK_SPEAKER)
    _table_slide(presentation, HV_TITLE, HV_TABLE, [3.6, 3.4, 2.4, 2.4], HV_NOTE, HV_SPEAKER)
    points = presentation.slides.add_slide(presentation.slide_layouts[1])
    pptx_place(points.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(points.shapes.title.text_frame, [POINTS_TITLE], 26)
    pptx_place(points.placeholders[1], 0.5, 1.4, 12.3, 5.2)
    pptx_fill(points.placeholders[1].text_frame, POINTS, 18)
    properties = presentation.core_properties
    properties.title = BRIEF_TITLE
    properties.author = f"{COMPANY} 営業部"
    properties.last_modified_by = f"{COMPANY} 営業部"
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
                              (FIGURES_FILENAME, build_xlsx), (BRIEF_FILENAME, build_pptx),
                              (MAIL_FILENAME, build_eml)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
