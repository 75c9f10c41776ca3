"""Write the five documents of the eighteenth holdout corpus (tests/data/holdout18/README.md).

One fictional waste collection and recycling company, みどり環境サービス株式会社 (contracted and
licensed by the fictional 青葉川市; four collection offices, 北部営業所, 南部営業所, 東部営業所 and
川西営業所, and one sorting plant, 青葉川リサイクルセンター), and five documents its staff and its
business customers would look things up in: the collection-fee rules as Word (the fee per pickup
banded by weight with a two-row header, 可燃ごみ and 不燃ごみ each over 定期収集 and 臨時収集; surcharges
for early morning, Sundays and the year end; flat monthly fees; bags; bulky office furniture), the
recycling report of fiscal 2026 as a PDF (tonnes by material in 2025年度 and 2026年度 with the change
and the year-on-year ratio, a table that crosses a page break and ends with a 合計 row), the office
figures as Excel (tonnes collected month by month and office by office, vehicles, contracts and
staff by office), a deck for the office managers' meeting as PowerPoint (targets by office and a
schedule), and an e-mail to customers in ISO-2022-JP (the year-end collection days and new call
centre hours). Every name, address, telephone number and figure here is invented (e-mail domains
end in `.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail is fixed
text with a fixed date, Message-ID and encoding.

    .venv/bin/python tests/data/holdout18/make_holdout18.py
"""

from __future__ import annotations

import base64
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

FIXED_MOMENT = datetime.datetime(2027, 3, 10, 9, 30, 0)
COMPANY = "みどり環境サービス株式会社"
HEADER_FILL = "E2EFDA"

# ---------------------------------------------------------------------------------------------
# Figures shared by more than one document.

OFFICES = ["北部営業所", "南部営業所", "東部営業所", "川西営業所"]
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]

# Tonnes of business waste collected in 2026年度 by month and office, in tenths of a tonne (so
# that the sums are exact).
COLLECTED = {
    "北部営業所": [11824, 12157, 11683, 12379, 12546, 11712, 11968, 11885, 13427, 11264, 10983, 12196],
    "南部営業所": [15682, 16129, 15476, 16334, 16028, 15391, 15867, 15743, 17685, 14986, 14629, 16214],
    "東部営業所": [9486, 9723, 9318, 9864, 10037, 9255, 9572, 9449, 10716, 9023, 8847, 9681],
    "川西営業所": [6237, 6412, 6154, 6528, 6689, 6113, 6295, 6208, 7064, 5972, 5836, 6389],
}
MONTH_TOTALS = [sum(COLLECTED[office][index] for office in OFFICES) for index in range(12)]
OFFICE_TOTALS = {office: sum(values) for office, values in COLLECTED.items()}
COLLECTED_TOTAL = sum(MONTH_TOTALS)

# 営業所, 収集車両 (台), うちEVパッカー車 (台), 契約事業所数 2026年3月末, 2027年3月末, 職員数 (人)
OFFICE_FACTS = [
    ("北部営業所", 24, 1, 1846, 1912, 58),
    ("南部営業所", 31, 1, 2734, 2801, 74),
    ("東部営業所", 19, 0, 1392, 1437, 45),
    ("川西営業所", 14, 0, 983, 1006, 33),
]
FACT_TOTALS = [sum(row[index] for row in OFFICE_FACTS) for index in range(1, 6)]

# 品目, 2025年度, 2026年度 (tenths of a tonne)
RECYCLED = [
    ("段ボール", 43826, 45173),
    ("新聞", 12048, 10862),
    ("雑誌・雑がみ", 17365, 17984),
    ("紙パック", 427, 409),
    ("OA用紙・シュレッダー紙", 9683, 10216),
    ("アルミ缶", 1864, 1928),
    ("スチール缶", 1439, 1315),
    ("ガラスびん（無色）", 4126, 3987),
    ("ガラスびん（茶色）", 3562, 3491),
    ("ガラスびん（その他の色）", 1784, 1836),
    ("ペットボトル", 6125, 6483),
    ("プラスチック製容器包装", 14837, 15529),
    ("製品プラスチック", 2146, 3862),
    ("発泡スチロール", 968, 1024),
    ("小型家電", 1283, 1417),
    ("蛍光管・乾電池", 385, 352),
    ("剪定枝（チップ化）", 21469, 22685),
    ("生ごみ（堆肥化）", 18724, 19358),
    ("廃食用油", 642, 679),
    ("古布・衣類", 2976, 2843),
    ("金属くず", 5318, 5164),
    ("木くず（パレット等）", 8425, 8796),
]
RECYCLED_2025 = sum(row[1] for row in RECYCLED)
RECYCLED_2026 = sum(row[2] for row in RECYCLED)


def _t(tenths: int) -> str:
    """Tenths of a tonne as the documents write tonnes: 4,517.3."""
    return f"{tenths // 10:,}.{tenths % 10}"


def _change(tenths: int) -> str:
    """An increase as +N, a decrease as △N, the way Japanese tables write them."""
    if tenths > 0:
        return "+" + _t(tenths)
    if tenths < 0:
        return "△" + _t(-tenths)
    return "0.0"


def _ratio(before: int, after: int) -> str:
    return f"{after / before * 100:.1f}%"


# ---------------------------------------------------------------------------------------------
# 1. DOCX: the collection-fee rules.

RULES_FILENAME = "事業系一般廃棄物_収集運搬料金規程_2027年4月改定.docx"
RULES_TITLE = "みどり環境サービス株式会社 事業系一般廃棄物収集運搬料金規程（2027年4月改定）"

# 1回あたりの排出量, 可燃ごみ 定期収集, 臨時収集, 不燃ごみ 定期収集, 臨時収集 (1回あたり・税込)
FEE_BANDS = [
    ("10kg以下", "660円", "1,100円", "880円", "1,430円"),
    ("10kgを超え30kg以下", "1,540円", "2,310円", "1,980円", "2,970円"),
    ("30kgを超え50kg以下", "2,420円", "3,520円", "3,080円", "4,510円"),
    ("50kgを超え100kg以下", "4,180円", "6,050円", "5,390円", "7,810円"),
    ("100kgを超え200kg以下", "7,700円", "11,000円", "9,900円", "14,300円"),
    ("200kgを超えるもの", "7,700円に100kgまでごとに3,520円を加算", "11,000円に100kgまでごとに5,280円を加算",
     "9,900円に100kgまでごとに4,620円を加算", "14,300円に100kgまでごとに6,930円を加算"),
]

FURNITURE_TABLE = [
    ["品目", "1点あたりの料金（税込）", "備考"],
    ["事務用机（両袖）", "2,750円", "片袖机・平机は1,980円"],
    ["事務用いす", "1,100円", "ソファー型は応接セットの料金"],
    ["スチールロッカー（1人用）", "1,650円", "2人用以上は1連ごとに1,650円"],
    ["書庫・キャビネット（高さ180cm以下）", "3,300円", "高さ180cmを超えるものは4,400円"],
    ["応接セット（ソファー・テーブル1組）", "5,500円", "テーブルのみは1,650円"],
    ["ホワイトボード（脚付き）", "2,200円", "壁掛け型は1,100円"],
]

RULES_BODY: list[tuple[str, object]] = [
    ("right", "2027年（令和9年）2月16日 取締役会決議　2027年（令和9年）4月1日 施行"),
    ("h1", "第1条（目的）"),
    ("p", "この規程は、みどり環境サービス株式会社（以下「当社」という。）が青葉川市一般廃棄物収集運搬業許可"
          "（第0312号）に基づき、市内の事業所から排出される事業系一般廃棄物を収集し、運搬するときの料金を定める。"
          "この規程に定める金額は、消費税及び地方消費税（10%）を含む。"),
    ("h1", "第2条（定期収集と臨時収集）"),
    ("p", "定期収集とは、当社と収集運搬契約を結んだ事業所について、契約で定めた曜日に週1回以上収集するものをいう。"
          "臨時収集とは、引越し、棚卸し、店舗の改装等により一時に排出されるものを、申込みの都度収集するものをいう。"
          "臨時収集の申込みは、収集を希望する日の2営業日前の17時までに、お客さまセンター又はウェブの申込みフォームで"
          "受け付ける。"),
    ("h1", "第3条（収集運搬料金）"),
    ("p", "収集運搬料金は、ごみの種類、収集の区分及び1回あたりの排出量に応じて、次の表のとおりとする。"),
    ("fee_table", None),
    ("p", "注1：排出量は、収集車の車載計量器で1回の収集ごとに量り、1kg未満の端数は切り上げる。"),
    ("p", "注2：排出量が区分の境目の値ちょうどのときは、その値を上限とする区分の料金とする（例：30kgちょうどは"
          "「10kgを超え30kg以下」の区分）。"),
    ("p", "注3：200kgを超えるときは、200kgを超える部分について100kgまでごとに加算する。例えば、定期収集の可燃ごみが"
          "250kgのときは7,700円に3,520円を加えて11,220円となる。"),
    ("p", "注4：可燃ごみと不燃ごみを同じ日に収集するときは、それぞれの排出量ごとに料金を計算する。"),
    ("h1", "第4条（少量排出事業者の月極料金）"),
    ("p", "1回の排出量が常に10kg以下の事業所は、第3条の料金に代えて月極料金を選ぶことができる。月極料金は、"
          "可燃ごみの定期収集が週2回のときは月額4,950円、週3回のときは月額7,150円とする。不燃ごみは月極料金の"
          "対象としない。月の途中で契約したときは、その月の料金を日割りで計算する。"),
    ("h1", "第5条（割増料金）"),
    ("p", "次の各号に該当する収集は、第3条の料金に次の割合を乗じた額を加算する。"),
    ("p", "（1）早朝（午前6時から午前8時まで）に収集するとき　25%"),
    ("p", "（2）日曜日又は国民の祝日に収集するとき　50%"),
    ("p", "（3）12月29日から12月31日までに臨時収集をするとき　30%"),
    ("p", "二つ以上の号に該当するときは、割合の最も高いもの一つを適用し、合算しない。"),
    ("h1", "第6条（事業系指定袋）"),
    ("p", "定期収集に出す可燃ごみ及び不燃ごみは、当社の事業系指定袋に入れて出す。指定袋の販売価格は、45リットル"
          "10枚入りが1,100円、70リットル10枚入りが1,650円、90リットル10枚入りが2,090円とする。指定袋の代金は"
          "収集運搬料金に含まない。"),
    ("h1", "第7条（資源物）"),
    ("p", "段ボール、古紙、びん、缶及びペットボトルを品目ごとに分けて出したときは、定期収集と同じ日の回収に限り"
          "料金を申し受けない。分別が不十分なときは、不燃ごみとして第3条の料金を申し受ける。"),
    ("h1", "第8条（事業所の什器等の収集）"),
    ("p", "事業所で使用していた机、いす等の什器を収集するときは、第3条の料金に代えて、次の表の料金を申し受ける。"
          "表にない品目は、見積りにより料金を定める。"),
    ("table", FURNITURE_TABLE),
    ("h1", "第9条（支払方法）"),
    ("p", "料金は毎月末日で締め切り、翌月20日（金融機関の休業日のときは翌営業日）に指定口座から振り替える。"
          "支払期日を過ぎたときは、年14.6%の割合による遅延損害金を申し受ける。"),
    ("h1", "第10条（改定の経過措置）"),
    ("p", "この規程は、2027年4月1日以後に収集するものから適用する。同年3月31日までに申し込んだ臨時収集であっても、"
          "収集日が4月1日以後のときはこの規程の料金とする。なお、前回の料金改定は2023年10月1日に行った。"),
    ("h1", "第11条（問い合わせ）"),
    ("p", "この規程に関する問い合わせは、当社 営業企画課（電話 0478-00-2630、ryokin@midori-kankyo.example）で"
          "受け付ける。"),
]

# ---------------------------------------------------------------------------------------------
# 2. PDF: the recycling report of fiscal 2026.

REPORT_FILENAME = "資源化事業報告書_2026年度_品目別リサイクル量.pdf"
REPORT_TITLE = "みどり環境サービス株式会社 令和8年度（2026年度）資源化事業報告書"

RECYCLE_TABLE = [["品目", "2025年度（トン）", "2026年度（トン）", "増減（トン）", "前年度比"]] + [
    [name, _t(before), _t(after), _change(after - before), _ratio(before, after)]
    for name, before, after in RECYCLED
] + [["合計", _t(RECYCLED_2025), _t(RECYCLED_2026), _change(RECYCLED_2026 - RECYCLED_2025),
      _ratio(RECYCLED_2025, RECYCLED_2026)]]

REPORT_BLOCKS: list[tuple[str, object]] = [
    ("p", "2027年（令和9年）5月 みどり環境サービス株式会社 リサイクル推進部"),
    ("h1", "1. 事業の概況"),
    ("p", "この報告書は、2026年度（令和8年度、2026年4月1日から2027年3月31日まで）に当社が青葉川市内で収集した"
          "事業系一般廃棄物と資源物の量、青葉川リサイクルセンターで資源化した量をまとめたものである。当社は北部、"
          "南部、東部及び川西の4営業所と、青葉川リサイクルセンター（青葉川市川西町五丁目12番地）で事業を行っている。"),
    ("p", f"2026年度に4営業所が収集した事業系一般廃棄物は{_t(COLLECTED_TOTAL)}トン（前年度51,873.9トン）であった。"
          f"品目別のリサイクル量の合計は{_t(RECYCLED_2026)}トン（前年度{_t(RECYCLED_2025)}トン）で、リサイクル率"
          "（収集量と資源物の回収量の計に対するリサイクル量の割合）は27.9%（前年度26.6%）となった。焼却後の最終処分量は4,826.5トン（前年度5,104.9トン）、"
          "資源化による二酸化炭素の削減量は推計で11,340トン（前年度10,870トン）である。"),
    ("p", "青葉川リサイクルセンターの選別ラインは年間302日稼働し、1日あたりの平均処理量は98.6トン（前年度95.2トン）"
          "であった。2026年10月1日から、北部営業所と南部営業所の区域で製品プラスチックの一括回収を始めた。"
          "同年8月には選別ラインの光学選別機を更新し、ペットボトルの異物混入率は4.8%から2.9%に下がった。"),
    ("p", "作業中の事故は、人身事故が2件（前年度4件）、車両の物損事故が7件（前年度9件）であった。労働災害による"
          "休業日数は合計31日（前年度58日）である。"),
    ("h1", "2. 品目別のリサイクル量"),
    ("p", "品目別のリサイクル量（資源化事業者への引渡し量）は、次の表のとおりである。増減は2026年度の量から2025年度"
          "の量を引いた値、前年度比は2025年度の量に対する2026年度の量の割合である（△は減少を表す）。剪定枝は"
          "チップ化して燃料用に、生ごみは堆肥化して市内の農業者に引き渡した量を計上した。"),
    ("table", RECYCLE_TABLE),
    ("p", "製品プラスチックは、10月からの一括回収により前年度の約1.8倍となった。新聞は購読部数の減少が続き、"
          "前年度を1割ほど下回った。段ボールは通信販売の梱包材の回収が増えて過去最高となった。ガラスびんは"
          "無色と茶色が減り、その他の色がわずかに増えた。"),
    ("h1", "3. 2027年度の取組"),
    ("p", "製品プラスチックの一括回収を2027年10月1日から東部営業所と川西営業所の区域にも広げ、全市で実施する。"
          "2027年度のリサイクル率の目標は全社で29.0%とする。生ごみの堆肥化は、飲食店との契約を増やして"
          "2,100トンを目指す。"),
    ("h1", "4. 問い合わせ先"),
    ("p", "この報告書についての問い合わせは、みどり環境サービス株式会社 リサイクル推進部（電話 0478-00-2655、"
          "recycle@midori-kankyo.example）まで。"),
]

REPORT_LAYOUT = ReportLayout(
    body_size=10.5, body_leading=17, heading_size=13, heading_leading=19, heading_space_before=9,
    heading_space_after=4, title_size=14, title_leading=20, table_header_colour="#" + HEADER_FILL,
    table_gap_mm=4, margin_mm=20,
)

# ---------------------------------------------------------------------------------------------
# 3. XLSX: the office figures.

FIGURES_FILENAME = "営業所別収集量_2026年度.xlsx"

# ---------------------------------------------------------------------------------------------
# 4. PPTX: the deck for the office managers' meeting.

BRIEF_FILENAME = "2027年度_収集目標と新料金の周知_所長会議.pptx"
BRIEF_TITLE = "2027年度 営業所別の目標と新料金・新体制の周知について"
BRIEF_COVER = ["みどり環境サービス株式会社 営業企画課・リサイクル推進部",
               "2027年（令和9年）3月10日 所長会議"]
TARGETS_TITLE = "2027年度 営業所別の目標"
TARGETS_TABLE = [
    ["営業所", "収集量の目標（トン）", "リサイクル率の目標", "2026年度のリサイクル率（実績）", "新規契約の目標（件）"],
    ["北部営業所", "14,600", "28.5%", "27.2%", "90"],
    ["南部営業所", "19,300", "30.5%", "29.8%", "120"],
    ["東部営業所", "11,500", "27.5%", "26.3%", "65"],
    ["川西営業所", "7,600", "27.0%", "25.8%", "40"],
]
TARGETS_NOTE = ("全社のリサイクル率の目標は29.0%（2026年度実績27.9%）。人身事故ゼロ、車両の物損事故は5件以下を目指します。")
TARGETS_SPEAKER = ("南部営業所は飲食店の生ごみ堆肥化契約を伸ばし、新規契約の目標を他の営業所より多くしています。"
                   "東部営業所と川西営業所は、10月からの製品プラスチック一括回収の立ち上げを最優先にしてください。")
SCHEDULE_TITLE = "新料金・新体制の周知スケジュール"
SCHEDULE_TABLE = [
    ["日程", "内容", "担当"],
    ["2027年3月15日（月）", "契約事業所へ料金改定の案内文書を発送", "営業企画課"],
    ["2027年3月22日（月）〜3月31日（水）", "新料金の説明会（各営業所で1回ずつ、計4回）", "各営業所"],
    ["2027年4月1日（木）", "新料金の適用開始", "全営業所"],
    ["2027年5月17日（月）", "EVパッカー車3台を追加配備（東部営業所2台・川西営業所1台）", "車両管理課"],
    ["2027年6月1日（火）", "早朝収集ルート（6:00開始）を南部営業所で試行", "南部営業所"],
    ["2027年10月1日（金）", "製品プラスチックの一括回収を東部・川西の区域に拡大", "リサイクル推進部"],
]
SCHEDULE_NOTE = "説明会の日程は各営業所で決め、3月12日（金）までに営業企画課へ報告してください。"
SCHEDULE_SPEAKER = ("早朝収集は早朝割増（25%）の対象です。試行期間は2027年6月1日から9月30日までとし、"
                    "結果を見て北部営業所への拡大を判断します。")
POINTS_TITLE = "2027年度の重点事項"
POINTS = [
    "・新料金を4月1日収集分から適用し、請求誤りを出さない",
    "・臨時収集の申込みは2営業日前の17時締切を徹底する",
    "・資源物の分別が不十分な事業所には、文書で改善をお願いする",
    "・お客さまセンターの土曜受付（9:00〜12:00）を周知する",
]

# ---------------------------------------------------------------------------------------------
# 5. EML: an e-mail to the contracted businesses, in ISO-2022-JP.

NOTICE_FILENAME = "お知らせ_年末年始の収集日程とお客さまセンター受付時間の変更.eml"
NOTICE_SUBJECT = "【みどり環境サービス】年末年始の収集日程とお客さまセンター受付時間の変更について"
NOTICE_BODY = """契約事業所 ご担当者さま

いつも、みどり環境サービスをご利用いただき、ありがとうございます。
年末年始の収集日程と、お客さまセンターの受付時間の変更について
お知らせします。

■1. 年末年始の収集日程（2026年12月〜2027年1月）
・12月28日（月）　定期収集・臨時収集とも通常どおり
・12月29日（火）　定期収集は通常どおり。臨時収集は年末割増（30%）の対象です
・12月30日（水）　臨時収集のみ（定期収集はお休み）。臨時収集は年末割増（30%）の対象です
・12月31日（木）〜1月3日（日）　収集はお休みします
・1月4日（月）　通常どおり収集を再開します
※12月30日（水）の定期収集の分は、1月4日（月）に振り替えて収集します。
※年末の臨時収集のお申込みは、12月25日（金）17:00で締め切ります。

■2. 青葉川リサイクルセンターへの持込み
・12月30日（水）は8:30〜12:00の受付です（通常は8:30〜16:30）。
・12月31日（木）〜1月3日（日）は休業します。
・1月4日（月）から通常どおり8:30〜16:30に受け付けます。

■3. お客さまセンターの受付時間の変更（2027年1月4日から）
・平日の電話受付：8:30〜17:30 → 8:00〜18:00
・土曜日の電話受付：受付なし → 9:00〜12:00（新設）
・ウェブの申込みフォーム：24時間（変更ありません）
・日曜日・祝日は、これまでどおり電話受付をお休みします。
※年末の電話受付は12月30日（水）12:00まで、年始は1月4日（月）8:00からです。

■4. 2027年4月からの料金改定
2027年4月1日収集分から、事業系一般廃棄物の収集運搬料金を改定します。
新しい料金表は、3月15日（月）に郵送でお届けします。

――――――――――――――――――――――――――――
みどり環境サービス株式会社 お客さまセンター
電話 0478-00-5300（受付時間は上記のとおり）
center@midori-kankyo.example
――――――――――――――――――――――――――――
"""


def notice_eml() -> bytes:
    """The e-mail as one text/plain part in ISO-2022-JP (7bit), the way Japanese mailers send it."""
    subject = "=?ISO-2022-JP?B?" + base64.b64encode(NOTICE_SUBJECT.encode("iso2022_jp")).decode("ascii") + "?="
    sender = "=?ISO-2022-JP?B?" + base64.b64encode(
        f"{COMPANY} お客さまセンター".encode("iso2022_jp")).decode("ascii") + "?="
    headers = [
        f"From: {sender} <center@midori-kankyo.example>",
        "To: keiyaku-jigyosho@midori-kankyo.example",
        f"Subject: {subject}",
        "Date: Tue, 01 Dec 2026 10:00:00 +0900",
        "Message-ID: <20261201100000.year-end-2026@midori-kankyo.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=ISO-2022-JP",
        "Content-Transfer-Encoding: 7bit",
    ]
    body = NOTICE_BODY.encode("iso2022_jp").replace(b"\n", b"\r\n")
    return ("\r\n".join(headers) + "\r\n\r\n").encode("ascii") + body


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
    properties.author = f"{COMPANY} 営業企画課"
    properties.last_modified_by = f"{COMPANY} 営業企画課"
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
        elif kind == "fee_table":
            # Two header rows: the weight merged down; 可燃ごみ and 不燃ごみ each over 定期収集 and
            # 臨時収集.
            table = new_table(2 + len(FEE_BANDS), 5)
            fill_row(table, 0, ["1回あたりの排出量", "可燃ごみ（1回あたり）", "", "不燃ごみ（1回あたり）", ""])
            fill_row(table, 1, ["", "定期収集", "臨時収集", "定期収集", "臨時収集"])
            for first_row, first_col, last_row, last_col in ((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)):
                top_left = table.cell(first_row, first_col)  # type: ignore[attr-defined]
                text = top_left.text
                top_left.merge(table.cell(last_row, last_col)).text = text  # type: ignore[attr-defined]
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(table.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
            for row_index, row in enumerate(FEE_BANDS, start=2):
                fill_row(table, row_index, row)
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_pdf(path: Path) -> None:
    reportlab_pdf(path, title=REPORT_TITLE, author=f"{COMPANY} リサイクル推進部", blocks=REPORT_BLOCKS,  # type: ignore[arg-type]
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

    def data_row(sheet: object, row: int, label: str, numbers: list[float], number_format: str,
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
    monthly = workbook.active
    monthly.title = "月別収集量"
    sheet_head(monthly, "営業所別・月別 事業系一般廃棄物の収集量（2026年度・令和8年度）",
               ["月"] + [f"{office}（トン）" for office in OFFICES] + ["4営業所計（トン）"], [12, 18, 18, 18, 18, 18])
    for index, month in enumerate(MONTHS):
        tenths = [COLLECTED[office][index] for office in OFFICES]
        data_row(monthly, 3 + index, f"{2026 if index < 9 else 2027}年{month}",
                 [value / 10 for value in tenths + [sum(tenths)]], "#,##0.0")
    data_row(monthly, 3 + len(MONTHS), "合計",
             [OFFICE_TOTALS[office] / 10 for office in OFFICES] + [COLLECTED_TOTAL / 10], "#,##0.0", total=True)
    monthly.freeze_panes = "B3"

    facts = workbook.create_sheet("営業所別車両・契約")
    sheet_head(facts, "営業所別 収集車両・契約事業所数・職員数",
               ["営業所", "収集車両（台）", "うちEVパッカー車（台）", "契約事業所数 2026年3月末",
                "契約事業所数 2027年3月末", "職員数（人）"], [14, 16, 22, 24, 24, 14])
    for index, (office, *values) in enumerate(OFFICE_FACTS, start=3):
        data_row(facts, index, office, list(values), "#,##0")
    data_row(facts, 3 + len(OFFICE_FACTS), "合計", FACT_TOTALS, "#,##0", total=True)

    notes = workbook.create_sheet("注記")
    for index, line in enumerate([
        "注記",
        "1. 2026年度は令和8年度（2026年4月〜2027年3月）。",
        "2. 収集量は、定期収集と臨時収集の計（資源物を含まない）。青葉川リサイクルセンターへの持込み分は含まない。",
        "3. 収集量はトン単位で、小数第1位まで表示した。",
        "4. 収集車両とEVパッカー車の台数、職員数は2027年3月末現在。職員数は正社員と契約社員の計（派遣社員を含まない）。",
    ], start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 120
    save_workbook(workbook, path, title=f"{COMPANY} 営業所別収集量（2026年度）",
                  creator=f"{COMPANY} 営業企画課", moment=FIXED_MOMENT)


def _table_slide(presentation: object, title: str, rows: list[list[str]], widths: list[float], note: str,
                 speaker: str) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [title], 24)
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
    pptx_place(box, 0.5, 1.6 + height, 12.3, 1.0)
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
    _table_slide(presentation, TARGETS_TITLE, TARGETS_TABLE, [2.2, 2.4, 2.3, 3.2, 2.2], TARGETS_NOTE,
                 TARGETS_SPEAKER)
    _table_slide(presentation, SCHEDULE_TITLE, SCHEDULE_TABLE, [3.9, 6.3, 2.1], SCHEDULE_NOTE, SCHEDULE_SPEAKER)
    points = presentation.slides.add_slide(presentation.slide_layouts[1])
    pptx_place(points.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(points.shapes.title.text_frame, [POINTS_TITLE], 26)
    pptx_place(points.placeholders[1], 0.5, 1.4, 12.3, 5.2)
    pptx_fill(points.placeholders[1].text_frame, POINTS, 18)
    properties = presentation.core_properties
    properties.title = BRIEF_TITLE
    properties.author = f"{COMPANY} 営業企画課"
    properties.last_modified_by = f"{COMPANY} 営業企画課"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_eml(path: Path) -> None:
    path.write_bytes(notice_eml())


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((RULES_FILENAME, build_docx), (REPORT_FILENAME, build_pdf),
                              (FIGURES_FILENAME, build_xlsx), (BRIEF_FILENAME, build_pptx),
                              (NOTICE_FILENAME, build_eml)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
