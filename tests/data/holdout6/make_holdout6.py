"""Write the five documents of the sixth holdout corpus (tests/data/holdout6/README.md).

One fictional regional hotel and ryokan group, 株式会社シノノメ観光 (本社 in 松本市; four
facilities: ホテルシノノメ松本, a city business hotel of 168 rooms; 浅間温泉 東雲荘 and 美ヶ原温泉
あけぼの亭, two onsen ryokan of 32 and 24 rooms; シノノメリゾート白樺湖, a resort hotel of 120 rooms
in 茅野市; ホテルシノノメ長野駅前 opening in October 2027), and five documents a member of its staff
would look things up in: the rules on room rates, cancellation fees and the bathing and
accommodation taxes as Word (a rate table with a two-row header and the facility merged down over
its room types; a cancellation table with a two-row header, the current rule beside the old one),
the housekeeping standard as a PDF (cleaning times per facility, standard minutes per room type in
a table that crosses a page break, linen rules new and old, baths, lost property), the results of
2026年度 per facility as Excel (a title row, units in the header names, occupancy and ADR beside
last year's, a 4施設計 row; occupancy by month over two years; ADR by month; guest nights; notes
with a corrected figure), the sales briefing on banquets, group discounts, corporate contracts and
the loyalty club as PowerPoint (table slides), and an all-staff e-mail in ISO-2022-JP on the staff
dormitories, staff meals and emergency contacts (plain-text tables with ｜ separators).
Every company, person, address, telephone number, tax rate and figure here is invented (e-mail
domains end in `.example`; telephone numbers use the unallocated 0263-00 and 0266-00 exchanges).
The documents are dense with look-alike figures on purpose (one facility or room type beside the
next, the old value beside the new one, one fiscal year beside another): those neighbours are what
a wrong answer copies.

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail has a
fixed Date and Message-ID.

    .venv/bin/python tests/data/holdout6/make_holdout6.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import (  # noqa: E402
    CID_FONT,
    FONT,
    ReportLayout,
    normalize_zip,
    pptx_fill,
    pptx_font,
    pptx_place,
    print_sizes,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 5, 20, 9, 0, 0)
COMPANY = "株式会社シノノメ観光"
MATSUMOTO = "ホテルシノノメ松本"
ASAMA = "浅間温泉 東雲荘"
UTSUKUSHI = "美ヶ原温泉 あけぼの亭"
SHIRAKABA = "シノノメリゾート白樺湖"
NAGANO = "ホテルシノノメ長野駅前"

# ---------------------------------------------------------------------------------------------
# 1. 宿泊料金・取消料規程 (DOCX): numbered Heading 1 sections; a rate table with a two-row header
#    (通常期 over 平日 and 休前日, the other columns merged down over both header rows) whose first
#    column, the facility, is merged down over its room types; a cancellation table with a
#    two-row header (個人 and 団体, each over 現行 and 改定前); the bathing tax per facility and
#    the accommodation tax by band of the room rate.

RATES_FILENAME = "宿泊料金・取消料規程_2027年4月改定.docx"
RATES_TITLE = "宿泊料金及び取消料に関する規程"
# ("grouped_table", (header row 1, header row 2, header merges, [(group label, [rows])])):
# header merges are (row, first column, last row, last column) spans of the two header rows;
# the group label is merged down over the group's rows in the first column.
RATE_HEADER_1 = ["施設（料金の単位）", "客室タイプ", "定員", "通常期", "", "繁忙期（特定日）"]
RATE_HEADER_2 = ["", "", "", "平日", "休前日", ""]
RATE_HEADER_MERGES = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
RATE_GROUPS: list[tuple[str, list[list[str]]]] = [
    (f"{MATSUMOTO}（1室1泊・素泊まり）", [
        ["シングル", "1名", "8,900円", "10,400円", "13,800円"],
        ["ダブル", "2名", "11,600円", "13,200円", "17,500円"],
        ["ツイン", "2名", "14,800円", "16,900円", "21,600円"],
    ]),
    (f"{ASAMA}（1名1泊2食・2名1室利用時）", [
        ["和室10畳", "2〜5名", "19,800円", "23,100円", "27,500円"],
        ["和洋室（露天風呂付）", "2〜4名", "31,900円", "36,300円", "42,900円"],
    ]),
    (f"{UTSUKUSHI}（1名1泊2食・2名1室利用時）", [
        ["和室8畳", "2〜4名", "17,600円", "20,900円", "24,200円"],
        ["特別室（離れ）", "2〜3名", "38,500円", "44,000円", "52,800円"],
    ]),
    (f"{SHIRAKABA}（1名1泊朝食付・2名1室利用時）", [
        ["スタンダードツイン", "2名", "12,100円", "15,400円", "22,000円"],
        ["レイクビューツイン", "2〜3名", "15,400円", "18,700円", "26,400円"],
        ["ファミリー（4名1室利用時）", "4〜5名", "9,900円", "12,100円", "17,600円"],
    ]),
]
CANCEL_HEADER_1 = ["取消の連絡を受けた日", "個人（14名まで）", "", "団体（15名以上）", ""]
CANCEL_HEADER_2 = ["", "現行", "改定前（旧規程）", "現行", "改定前（旧規程）"]
CANCEL_HEADER_MERGES = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)]
CANCEL_ROWS: list[list[str]] = [
    ["不泊（連絡なし）", "100%", "100%", "100%", "100%"],
    ["宿泊日の当日", "80%", "50%", "80%", "70%"],
    ["宿泊日の前日", "50%", "20%", "60%", "30%"],
    ["2日前〜3日前", "30%", "無料", "40%", "20%"],
    ["4日前〜7日前", "10%", "無料", "25%", "10%"],
    ["8日前〜14日前", "無料", "無料", "15%", "5%"],
    ["15日前〜30日前", "無料", "無料", "5%", "無料"],
]
# ("h1" | "p" | "right", text), ("table", rows), ("two_row_table", (row 1, row 2, merges, rows)),
# ("grouped_table", (row 1, row 2, merges, groups)).
RATES_BODY: list[tuple[str, object]] = [
    ("right", f"{COMPANY} 本社 営業推進部"),
    ("p", "規程番号：SK-R-004　制定：2018年4月1日　最終改定：2027年4月1日（令和9年4月1日）"),
    ("h1", "1. 目的"),
    ("p", "この規程は、当社が運営する宿泊施設の宿泊料金、取消料並びに入湯税及び宿泊税の取扱いを定め、予約センター・"
          "フロント・帳場での案内と請求を全施設で揃えることを目的とする。"),
    ("h1", "2. 適用範囲"),
    ("p", f"{MATSUMOTO}、{ASAMA}、{UTSUKUSHI}及び{SHIRAKABA}の4施設に適用する。{NAGANO}（2027年10月開業予定）"
          "の料金と取消料は、開業の3か月前までに別に定める。予約サイト（OTA）経由の予約の取消料は、各サイトの規定による。"),
    ("h1", "3. シーズンの区分"),
    ("p", "休前日は、金曜日、土曜日及び祝日の前日をいう。繁忙期（特定日）は、4月29日〜5月5日、8月10日〜8月17日、"
          "12月29日〜1月3日とし、シノノメリゾート白樺湖では7月20日〜8月31日の全日を繁忙期とする。それ以外の日を通常期の平日とする。"),
    ("h1", "4. 基本宿泊料金"),
    ("p", "2027年4月1日以降の宿泊の基本宿泊料金（消費税・サービス料込み、入湯税・宿泊税は別）は、次の表のとおりとする。"),
    ("grouped_table", (RATE_HEADER_1, RATE_HEADER_2, RATE_HEADER_MERGES, RATE_GROUPS)),
    ("p", "2　改定前（2027年3月31日までの宿泊）の料金は、ホテルシノノメ松本のシングルが平日7,900円・休前日9,400円、"
          "ツインが平日13,200円であった。その他の客室の改定前の料金は、予約システムの料金履歴で確認すること。"),
    ("p", "3　温泉旅館2施設で1名1室で利用するときは、表の料金に1名につき5,500円を加える。3名1室のときは1名につき1,100円を"
          "差し引く。"),
    ("p", "4　小学生は大人料金の70%、幼児（食事・布団あり）は50%、食事・布団のない幼児（添い寝）は無料とする。"),
    ("h1", "5. 取消料"),
    ("p", "宿泊の予約を取り消すときは、次の表の取消料を申し受ける。取消料は、基本宿泊料金（入湯税・宿泊税を除く）に対する"
          "割合とする。現行の率は2027年4月1日以降に宿泊する予約に適用し、2027年3月31日までの宿泊には改定前（旧規程）の率を適用する。"),
    ("two_row_table", (CANCEL_HEADER_1, CANCEL_HEADER_2, CANCEL_HEADER_MERGES, CANCEL_ROWS)),
    ("p", "2　団体が宿泊日の10日前までに人数を減らすときは、予約人数の10%までの減少には取消料を申し受けない。"),
    ("p", "3　天候不良による交通機関の運休、道路の通行止め等、お客様の責めによらない理由による取消には、取消料を申し受けない。"
          "判断に迷うときは、当日の支配人が決める。"),
    ("h1", "6. 入湯税"),
    ("p", "温泉のある3施設では、入湯客1人につき次の入湯税を申し受け、市に納める。12歳未満の子供、及び修学旅行等の学校行事"
          "で入湯する者には課さない。"),
    ("table", [
        ["施設", "入湯税（宿泊、1人1泊）", "入湯税（日帰り入浴、1人1回）", "納める先"],
        [MATSUMOTO, "対象外（温泉なし）", "－", "－"],
        [ASAMA, "150円", "75円", "松本市"],
        [UTSUKUSHI, "150円", "（日帰り入浴の受入れなし）", "松本市"],
        [SHIRAKABA, "150円", "50円", "茅野市"],
    ]),
    ("h1", "7. 宿泊税"),
    ("p", "2026年6月1日から、県の宿泊税を申し受ける（2026年5月31日までの宿泊には宿泊税はない）。税額は、1人1泊の宿泊料金"
          "（1泊2食付等の場合は、食事代として夕食5,500円・朝食2,200円を差し引いた額）に応じて、次のとおりとする。"),
    ("table", [
        ["1人1泊の宿泊料金（食事代を除く）", "宿泊税（1人1泊）"],
        ["6,000円未満", "課税しない"],
        ["6,000円以上15,000円未満", "200円"],
        ["15,000円以上30,000円未満", "300円"],
        ["30,000円以上", "500円"],
    ]),
    ("p", "入湯税と宿泊税は、領収書に宿泊料金と分けて記載する。法人契約の後払いの請求書も同じとする。"),
    ("h1", "8. 問い合わせ先"),
    ("p", "本社 営業推進部 予約センター（0263-00-4120、毎日 9:00〜18:00）　yoyaku@shinonome-kanko.example"),
    ("h1", "附則"),
    ("p", "この規程は、2027年4月1日（令和9年4月1日）から施行する。2027年3月31日までの宿泊の取消料は、第5項の表の"
          "「改定前（旧規程）」の欄のとおりとする。"),
]

# ---------------------------------------------------------------------------------------------
# 2. 客室清掃作業基準書 (PDF, reportlab): cleaning windows per facility with the old ones in a
#    note, the kinds of cleaning, standard minutes per room type in a table that crosses the page
#    break (current beside the third edition), linen rules new and old, inspection and rework
#    rates of two periods, the baths, lost property, contacts.

CLEANING_FILENAME = "客室清掃作業基準書_第4版.pdf"
CLEANING_TITLE = "シノノメ観光 客室清掃（ハウスキーピング）作業基準書（第4版）"
# Blocks: ("h1" | "p", text), ("table", (column widths in mm, rows)).
CLEANING_BLOCKS: list[tuple[str, object]] = [
    ("p", "文書番号：HK-S-004　第4版　改訂：2026年12月1日（令和8年12月1日）　前版：第3版（2024年6月1日）　"
          "作成：本社 運営管理部 客室課"),
    ("h1", "1. 目的と対象"),
    ("p", "客室と共用部の清掃の手順、時間と仕上がりの基準を定め、どの施設・どの担当者でも同じ品質の客室をお客様に"
          "お渡しできるようにする。対象は、各施設の客室係・清掃スタッフ（清掃を委託している会社のスタッフを含む）と、"
          "点検を行う客室課リーダー、フロント・帳場の責任者である。"),
    ("h1", "2. 清掃の時間帯"),
    ("p", "チェックアウトのあと、次のチェックインまでに清掃と点検を終える。施設ごとの時間帯は次のとおりとする。"),
    ("table", ([50, 28, 26, 38, 28], [
        ["施設", "チェックアウト", "清掃の開始", "清掃・点検の完了期限", "チェックイン"],
        [MATSUMOTO, "10:00", "10:00", "14:20", "15:00"],
        [ASAMA, "10:00", "10:15", "14:00", "15:00"],
        [UTSUKUSHI, "10:30", "10:45", "13:45", "14:30"],
        [SHIRAKABA, "11:00", "11:00", "14:45", "15:00"],
    ])),
    ("p", "第3版までは、シノノメリゾート白樺湖のチェックアウトは10:00、完了期限は14:00としていた。レイトチェックアウト"
          "（有料、1時間ごとに1,100円、最長13:00まで）の客室は、フロントから客室課に伝え、最後に清掃する。"),
    ("h1", "3. 清掃の種類"),
    ("p", "(1) チェックアウト清掃：お客様が出発した客室を、次のお客様を迎えられる状態に戻す。リネン・アメニティはすべて交換する。"),
    ("p", "(2) 連泊清掃（ステイ清掃）：連泊中の客室を、お客様の荷物に触れないようにして整える。お客様の私物は動かさず、"
          "机の上の書類やパソコンには触れない。"),
    ("p", "(3) エコ連泊：ドアに「清掃不要」のカードを掛けた客室は、ごみの回収とタオルの交換（希望があるときだけ）をドアの外で行う。"
          "エコ連泊に協力したお客様には、1泊ごとに館内で使える500円の利用券を渡す。"),
    ("p", "(4) 旅館の布団敷き：温泉旅館2施設では、夕食の時間（18:00〜20:00）に客室係が布団を敷く。布団敷きは1室8分を標準とし、"
          "次の表の時間には含めない。"),
    ("h1", "4. 客室タイプ別の標準作業時間"),
    ("p", "清掃スタッフ1人が1室を清掃するときの標準の作業時間と、1人1日の担当室数の目安は、次の表のとおりとする。"
          "第4版では、アメニティの補充をフロントでの手渡しに変え、チェックアウト清掃の時間を短くした。"),
    ("table", ([40, 40, 24, 22, 26, 22], [
        ["施設", "客室タイプ", "チェックアウト清掃（分/室）", "連泊清掃（分/室）", "第3版のチェックアウト清掃（分/室）",
         "1人1日の担当室数の目安"],
        [MATSUMOTO, "シングル", "18分", "8分", "20分", "16室"],
        [MATSUMOTO, "ダブル", "22分", "10分", "24分", "14室"],
        [MATSUMOTO, "ツイン", "25分", "11分", "28分", "13室"],
        [ASAMA, "和室10畳", "40分", "15分", "45分", "8室"],
        [ASAMA, "和洋室（露天風呂付）", "55分", "20分", "60分", "6室"],
        [UTSUKUSHI, "和室8畳", "35分", "14分", "38分", "9室"],
        [UTSUKUSHI, "特別室（離れ）", "70分", "25分", "75分", "4室"],
        [SHIRAKABA, "スタンダードツイン", "27分", "12分", "30分", "12室"],
        [SHIRAKABA, "レイクビューツイン", "31分", "13分", "33分", "11室"],
        [SHIRAKABA, "ファミリー", "38分", "16分", "42分", "10室"],
    ])),
    ("p", "表の時間は1人で作業するときの時間である。2人1組で作業するときは、1室あたりの時間を表の60%として計画する。"
          "繁忙期の連泊清掃は、お客様の外出が少ないため、14:00以降に回してよい。"),
    ("h1", "5. リネン・アメニティの交換"),
    ("table", ([46, 34, 50, 44], [
        ["品目", "チェックアウト時", "連泊時（第4版）", "連泊時（第3版まで）"],
        ["シーツ・枕カバー・布団カバー", "交換", "3泊ごとに交換", "毎日交換"],
        ["バスタオル・フェイスタオル", "交換", "毎日交換（エコ連泊は希望時）", "毎日交換"],
        ["浴衣・館内着", "交換", "2泊ごとに交換", "毎日交換"],
        ["歯ブラシ・カミソリ等", "補充", "フロント・帳場で手渡し", "毎日補充"],
    ])),
    ("p", "汚れがあるときや、お客様から依頼があったときは、表にかかわらずすぐ交換する。"),
    ("h1", "6. 点検と清掃不良"),
    ("p", "清掃が終わった客室は、客室課リーダーが点検してから販売できる状態（クリーン）にする。温泉旅館2施設は全室を、"
          "ホテルシノノメ松本とシノノメリゾート白樺湖は清掃した客室の30%を抜き取りで点検する（第3版は20%）。"),
    ("p", "点検で再清掃が必要になった客室の割合（清掃不良率）は、全施設で2025年度が1.3%、2026年度上期が0.9%であった。"
          "2027年度の目標は0.7%以下とする。"),
    ("h1", "7. 大浴場・貸切風呂の清掃"),
    ("table", ([50, 38, 36, 50], [
        ["施設", "場所", "清掃の時間", "湯の入替え"],
        [ASAMA, "大浴場（男湯・女湯）", "10:00〜12:00", "毎日（源泉かけ流し）"],
        [ASAMA, "露天風呂", "10:00〜11:00", "週2回（火曜日・金曜日）"],
        [UTSUKUSHI, "貸切風呂（2か所）", "11:00〜12:30", "毎日"],
        [SHIRAKABA, "大浴場", "9:30〜11:30、1:00〜2:00", "週1回（水曜日）"],
    ])),
    ("p", "循環式の浴槽では、残留塩素の濃度を1日3回（第3版では2回）測って記録する。清掃中は入口に「清掃中」の札を掛ける。"),
    ("h1", "8. 忘れ物の取扱い"),
    ("p", "忘れ物の保管期間は3か月（第3版までは6か月）とし、過ぎたものは処分する。客室の忘れ物は、見つけた日時・場所・"
          "品名を忘れ物台帳に記録し、フロント・帳場で保管する。食品・飲料は当日に処分する。現金・貴重品・身分証は、"
          "当日中にフロントの金庫に入れ、7日以内に警察に届け出る。"),
    ("h1", "9. 連絡先"),
    ("table", ([72, 50, 52], [
        ["窓口", "連絡先", "受付時間"],
        ["本社 運営管理部 客室課", "内線 1410", "平日 9:00〜18:00"],
        ["リネン業者（シーツ・タオルの追加）", "0263-00-6612", "毎日 7:00〜17:00"],
        ["清掃委託会社（人員の手配）", "0263-00-6630", "毎日 8:00〜20:00"],
    ])),
    ("h1", "附則"),
    ("p", "この第4版は、2026年12月1日から施行する。問い合わせ先：本社 運営管理部 客室課　kyakushitsu@shinonome-kanko.example"),
]
CLEANING_LAYOUT = ReportLayout(
    body_size=9.5, body_leading=14.5, heading_size=11.5, heading_leading=16, heading_space_before=7,
    heading_space_after=2, title_size=14.5, title_leading=20, table_header_colour="#dde8f0",
    table_gap_mm=2.5, margin_mm=18,
)

# ---------------------------------------------------------------------------------------------
# 3. 施設別 営業実績 (XLSX): a title row and a header row with the units inside the column names;
#    occupancy and ADR beside last year's with a 4施設計 row; occupancy by month for two fiscal
#    years side by side; ADR by month; guest nights by segment; notes (令和 dates, one corrected
#    figure with its old value, the facility left out).

RESULTS_FILENAME = "施設別_営業実績_2026年度.xlsx"
RESULTS_TITLE = "施設別 営業実績（2026年度）"
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
DAYS = [30, 31, 30, 31, 31, 30, 31, 30, 31, 31, 28, 31]
# (施設, 区分, 客室数, 休館の日数 by month, 1室あたりの宿泊人数)
FACILITIES: list[tuple[str, str, int, list[int], float]] = [
    (MATSUMOTO, "ビジネスホテル", 168, [0] * 12, 1.24),
    (ASAMA, "温泉旅館", 32, [0] * 12, 2.31),
    (UTSUKUSHI, "温泉旅館", 24, [0, 0, 3, 0, 0, 0, 0, 0, 0, 5, 0, 0], 2.18),
    (SHIRAKABA, "リゾートホテル", 120, [0, 0, 0, 0, 0, 0, 0, 0, 19, 0, 0, 0], 2.64),
]
# Occupancy aimed at by month (%), by facility, for 2025年度 and 2026年度: rounded to rooms sold.
OCCUPANCY_2025 = [
    [79.4, 83.1, 76.2, 84.6, 88.7, 81.9, 86.3, 85.2, 77.5, 70.8, 74.3, 86.1],
    [66.2, 77.9, 58.4, 68.8, 85.3, 70.6, 87.1, 80.2, 68.7, 60.9, 58.3, 71.4],
    [64.8, 74.6, 56.3, 67.1, 83.9, 68.2, 84.5, 78.8, 70.1, 61.7, 59.2, 68.4],
    [52.3, 60.1, 55.8, 82.4, 93.6, 68.9, 64.2, 46.5, 50.7, 57.3, 63.8, 49.6],
]
OCCUPANCY_2026 = [
    [81.2, 84.7, 77.9, 85.8, 89.4, 83.6, 88.1, 86.9, 79.3, 72.4, 76.8, 87.5],
    [67.9, 79.2, 60.8, 70.3, 86.4, 72.1, 89.6, 82.7, 70.2, 62.4, 60.1, 73.8],
    [66.3, 76.2, 58.9, 69.4, 85.1, 70.4, 86.8, 81.3, 72.6, 63.8, 61.5, 70.2],
    [54.9, 62.8, 57.4, 84.1, 95.2, 70.3, 66.5, 48.2, 53.1, 59.8, 65.4, 51.3],
]
# ADR by month (円), by facility, for 2025年度 and 2026年度.
ADR_2025 = [
    [9120, 9860, 8740, 9930, 11280, 9510, 10140, 9870, 9420, 8610, 8830, 9790],
    [35200, 38900, 32800, 36400, 44100, 36900, 41800, 40200, 38600, 33700, 32900, 35800],
    [38700, 42600, 35900, 39800, 47300, 40100, 45200, 43600, 41900, 36800, 35400, 38900],
    [21300, 24800, 21900, 28700, 33600, 24100, 23500, 19800, 21200, 22900, 24100, 19600],
]
ADR_2026 = [
    [9640, 10420, 9180, 10510, 11960, 10030, 10790, 10430, 9970, 9080, 9350, 10360],
    [36900, 40700, 34400, 38100, 46200, 38800, 43900, 42100, 40500, 35200, 34600, 37600],
    [40600, 44800, 37700, 41900, 49600, 42100, 47500, 45800, 44100, 38700, 37300, 40900],
    [22400, 26100, 23000, 30200, 35400, 25300, 24700, 20800, 22300, 24100, 25400, 20600],
]
# Shares of guest nights in 2026年度 (個人, 団体, 法人契約; 個人 takes the remainder) and of
# foreign guests, and the foreign share of 2025年度.
SEGMENT_SHARES = [(0.22, 0.31), (0.34, 0.04), (0.27, 0.02), (0.38, 0.05)]
FOREIGN_SHARE_2026 = [0.162, 0.118, 0.209, 0.087]
FOREIGN_SHARE_2025 = [0.131, 0.094, 0.176, 0.071]
CORRECTED_FACILITY = 2  # あけぼの亭: 2025年度 occupancy recomputed without the closed days
RESULTS_NOTES = [
    "注記",
    "1. 2026年度は2026年4月1日から2027年3月31日まで（令和8年4月1日〜令和9年3月31日）。前年度は2025年度（令和7年度）。",
    "2. 販売可能室数は、客室数×営業日数。休館日（美ヶ原温泉 あけぼの亭の設備点検 6月3日間・1月5日間、"
    "シノノメリゾート白樺湖の冬季点検 12月1日〜12月19日）は含まない。",
    "3. 客室稼働率＝販売客室数÷販売可能室数。ADR（平均客室単価）＝宿泊売上÷販売客室数。RevPAR＝宿泊売上÷販売可能室数。",
    "4. 宿泊売上は税抜・サービス料込み。食事代（1泊2食の料金に含まれる分を含む）を含み、入湯税・宿泊税、宴会・売店の売上は含まない。",
    # {old} is the rate with the closed days left in the available rooms, filled in by build_xlsx.
    "5. 美ヶ原温泉 あけぼの亭の2025年度の客室稼働率は、休館日を販売可能室数から除いて計算し直した（訂正前は{old}%）。",
    "6. ホテルシノノメ長野駅前（2027年10月開業予定）は、この表に含まない。",
    "7. 宿泊人数は人泊（1人が1泊すると1人泊）。外国人は、宿泊者名簿の国籍・住所が日本国外の宿泊者。",
    "作成：本社 経営企画部　2027年5月20日（令和9年5月20日）",
]

# ---------------------------------------------------------------------------------------------
# 4. 宴会・団体・法人契約の営業説明会 (PPTX): a cover, an outline, a table slide of banquet
#    plans, a table slide of group discounts (current beside new), a table slide of corporate
#    contracts, the loyalty club now and from April, a table of banquet results and targets by
#    facility with a 合計 row, contacts.

SALES_FILENAME = "2027年度_宴会・団体・法人営業説明会.pptx"
SALES_TITLE = "2027年度 宴会・団体・法人契約の営業方針について"
SALES_COVER_LINES = [
    "営業担当者・各施設 宴会担当者向け説明会",
    f"{COMPANY} 本社 営業推進部",
    "2027年3月5日（令和9年3月5日）　本社 3階会議室（各施設へオンライン中継）",
]
SALES_OUTLINE = ("2027年度の方針", [
    "宴会プランを4月1日から改め、全施設で5つのプランにそろえる",
    "団体割引の率を引き上げ、15名以上の団体の取消料の規程改定（4月1日）とあわせて案内する",
    "法人契約をライト・スタンダード・プレミアの3区分に整理する（現行は一律の契約料金）",
    "目標：宴会売上 4億2,000万円（2026年度実績 3億8,600万円）、法人契約 240社（2026年度末 214社、2025年度末 187社）",
    "ホテルシノノメ長野駅前（2027年10月開業予定）の法人契約の料金は、7月に発表する",
])
SALES_PLAN_TITLE = "宴会プラン（2027年4月1日から）"
SALES_PLAN_TABLE: list[list[str]] = [
    ["プラン", "料理", "飲み放題", "1名料金（税込・サービス料込）", "最少人数", "利用できる施設"],
    ["松", "会席料理 10品（信州牛の陶板焼き付）", "120分", "12,100円", "20名", "東雲荘、白樺湖"],
    ["竹", "会席料理 8品", "120分", "9,350円", "15名", "東雲荘、あけぼの亭、白樺湖"],
    ["梅", "会席料理 7品", "90分", "7,150円", "10名", "全施設"],
    ["立食ビュッフェ", "和洋の料理 12品", "90分", "6,050円", "30名", "松本、白樺湖"],
    ["懇親会ライト", "大皿料理 6品", "なし（ソフトドリンク付）", "4,400円", "10名", "松本"],
]
SALES_PLAN_NOTE = ("飲み放題の延長は30分ごとに1名1,100円。宴会場の使用料はプラン料金に含む。"
                   "宿泊とあわせて申し込む場合は、宿泊料金に団体割引を適用する（宴会プランの料金は割引の対象外）。")
SALES_DISCOUNT_TITLE = "団体割引（宿泊料金に対する割引率）"
SALES_DISCOUNT_TABLE: list[list[str]] = [
    ["人数", "現行（2027年3月31日の宿泊まで）", "新（2027年4月1日の宿泊から）"],
    ["10〜19名", "3%", "5%"],
    ["20〜39名", "6%", "8%"],
    ["40〜79名", "8%", "10%"],
    ["80名以上", "10%", "12%"],
    ["幹事の無料招待", "20名につき1名", "15名につき1名"],
    ["乗務員（運転手・添乗員）", "1泊2食 5,500円", "1泊2食 3,300円"],
]
SALES_DISCOUNT_NOTE = "繁忙期（特定日）も同じ率です。法人契約料金・他の割引との併用はできません。"
SALES_CORPORATE_TITLE = "法人契約の区分（2027年4月から）"
SALES_CORPORATE_TABLE: list[list[str]] = [
    ["区分", "年間の利用見込み", "ホテルシノノメ松本 シングル（平日、1泊）", "主な特典"],
    ["ライト", "30泊未満", "8,100円", "朝食550円引き"],
    ["スタンダード", "30泊以上100泊未満", "7,600円", "朝食無料"],
    ["プレミア", "100泊以上", "7,100円", "朝食無料、12:00までのレイトチェックアウト無料"],
]
SALES_CORPORATE_NOTE = ("一般のシングル（平日）は8,900円。現行の契約料金（一律7,900円）の会社は、2026年度の利用泊数で"
                        "4月に区分を決めます。シノノメリゾート白樺湖は、法人契約の区分にかかわらず一般料金の10%引き。")
SALES_CLUB = ("会員プログラム「シノノメクラブ」", [
    "ポイントの付与：宿泊料金（税抜）の3%（2027年3月までは2%）",
    "ポイントの利用：1ポイント＝1円、500ポイントから宿泊料金・宴会・売店で使える",
    "有効期限：最後にポイントを使った日または貯めた日から2年（2027年3月までは1年）",
    "会員数：38,600人（2026年12月末）、31,200人（2025年12月末）",
    "宿泊人数に占める会員の比率：2026年度 27.4%（2025年度 24.9%）",
    "入会金・年会費：無料。入会はフロント・帳場か、当社ホームページから",
])
SALES_TARGET_TITLE = "施設別 宴会の実績と目標"
SALES_TARGET_TABLE: list[list[str]] = [
    ["施設", "2026年度 実績 件数", "2026年度 実績 売上（千円）", "2027年度 目標 件数", "2027年度 目標 売上（千円）"],
    [MATSUMOTO, "412件", "98,600", "440件", "104,000"],
    [ASAMA, "286件", "121,300", "300件", "130,000"],
    [UTSUKUSHI, "118件", "52,400", "125件", "58,000"],
    [SHIRAKABA, "247件", "113,700", "265件", "128,000"],
    ["合計", "1,063件", "386,000", "1,130件", "420,000"],
]
SALES_TARGET_NOTE = "宴会の件数は、宿泊を伴わない宴会（日帰りの会食・法事を含む）と宿泊客の宴会の合計です。"
SALES_CONTACTS = ("問い合わせ先", [
    "宴会プラン・団体割引：本社 営業推進部（内線 1520）eigyo@shinonome-kanko.example",
    "法人契約・シノノメクラブ：本社 営業推進部 法人担当（内線 1530）",
    "予約センター（お客様からの予約・取消）：0263-00-4120（毎日 9:00〜18:00）",
])

# ---------------------------------------------------------------------------------------------
# 5. 従業員寮・まかない・緊急連絡先 (EML, ISO-2022-JP): an all-staff e-mail with plain-text
#    tables (｜ separators and full-width spaces, as people type them): dormitories with fees
#    new and old, staff meals with prices new and old and times per facility, emergency contacts.

STAFF_FILENAME = "全従業員_寮・まかない・緊急連絡先のお知らせ.eml"
STAFF_SUBJECT = "【全従業員】4月からの従業員寮・まかないの取扱いと緊急連絡先について"
STAFF_BODY = """従業員各位

総務人事部の宮坂です。
2027年4月1日（令和9年4月1日）から、従業員寮の寮費とまかない（従業員食事）の食事代を改定します。
あわせて、緊急時の連絡先を更新しましたので、各自の携帯電話に登録しておいてください。

■1．従業員寮

　寮　　　｜所在地　　　　｜部屋数｜寮費（月額・4月から）｜寮費（月額・3月まで）｜水道光熱費（月額）
　東雲寮　｜松本市浅間温泉｜18室　｜15,000円　　　　　　｜12,000円　　　　　　　｜5,000円（定額）
　美ヶ原寮｜松本市里山辺　｜8室　 ｜13,000円　　　　　　｜11,000円　　　　　　　｜4,500円（定額）
　白樺湖寮｜茅野市北山　　｜24室　｜10,000円　　　　　　｜10,000円　　　　　　　｜実費（個別メーター）

・寮費と水道光熱費は、毎月の給与から控除します。
・入寮できる期間は、原則として3年までです（2027年3月までに入寮した人は5年まで）。
・寮に家族や知人を泊めることはできません。門限はありませんが、22:00以降は静かに過ごしてください。
・白樺湖寮は、シノノメリゾート白樺湖の冬季点検（12月1日〜12月19日）の間も使えます。
・3月1日現在の空室は、東雲寮3室、美ヶ原寮1室、白樺湖寮7室です。入寮の申込みは総務人事部（内線1210）へ。

■2．まかない（従業員食事）

食事代（1食）は次のとおりです。かっこ内は3月までの額です。
　朝食　120円（100円）
　昼食　260円（220円）
　夕食　320円（270円）
食事代は給与から控除し、1か月の控除額は9,000円を上限とします（3月までは7,500円）。

施設ごとの食事の時間は次のとおりです。

　施設　　　　　　　　｜朝食　　　　｜昼食　　　　　｜夕食
　ホテルシノノメ松本　｜6:30〜9:00　｜11:00〜14:00｜17:00〜21:00
　浅間温泉 東雲荘　　｜7:00〜9:30　｜10:30〜13:30｜15:30〜17:00、21:00〜22:00
　美ヶ原温泉 あけぼの亭｜7:00〜9:00　｜11:00〜13:00｜16:00〜17:00
　シノノメリゾート白樺湖｜6:00〜9:00　｜11:30〜14:30｜17:30〜22:00

・食べる人は、前日の15:00までに各施設の食数表に記入してください。取り消すときも同じです。
・休日の白樺湖寮の寮生は、シノノメリゾート白樺湖の従業員食堂で昼食と夕食を食べられます。

■3．緊急連絡先

　施設　　　　　　　　｜代表電話　　　｜夜間責任者（22:00〜翌7:00）｜AEDの場所
　ホテルシノノメ松本　｜0263-00-1101｜0263-00-1199　　　　　　　　｜1階フロント横
　浅間温泉 東雲荘　　｜0263-00-2201｜0263-00-2299　　　　　　　　｜帳場
　美ヶ原温泉 あけぼの亭｜0263-00-3301｜0263-00-3399　　　　　　　　｜帳場
　シノノメリゾート白樺湖｜0266-00-4401｜0266-00-4499　　　　　　　　｜フロント、大浴場入口

　本社 危機管理室（24時間）：0263-00-9110

・火災や急病人のときは、まず119番に通報し、次に夜間責任者（日中は支配人）、その後に本社 危機管理室に連絡してください。
・長野県内で震度5弱以上の地震があったときは、安否確認メールが届きます。2時間以内に返信してください。
・消防訓練は各施設で年2回行います（2026年度は6月と11月）。

ホテルシノノメ長野駅前の連絡先は、開業前の9月にあらためてお知らせします。

―――――――――――――――――――――――――――
株式会社シノノメ観光 総務人事部　宮坂
内線1210　soumu@shinonome-kanko.example
―――――――――――――――――――――――――――
"""


# ---------------------------------------------------------------------------------------------
# Builders.

def _docx_east_asian_font(run_or_style: object) -> None:
    from docx.oxml.ns import qn

    element = run_or_style.element  # type: ignore[attr-defined]
    properties = element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = properties.makeelement(qn("w:rFonts"), {})
        properties.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)


def _docx_shade(cell: object, fill: str, bold: bool) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)  # type: ignore[attr-defined]
    for paragraph in cell.paragraphs:  # type: ignore[attr-defined]
        for run in paragraph.runs:
            run.font.bold = bold


def _docx_header_row(row: object) -> None:
    """Mark a table row as a header row repeated on each page, and shade its cells."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    row_properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row_properties.append(header)
    for cell in row.cells:  # type: ignore[attr-defined]
        _docx_shade(cell, "DDE8F0", True)


def _docx_two_row_header(document: object, header_1: list[str], header_2: list[str],
                         merges: list[tuple[int, int, int, int]], body_rows: int) -> object:
    """A table whose first two rows are a header with merged cells, as people draw one in Word:
    a group label over its sub-columns, and the other labels merged down over both rows."""
    table = document.add_table(rows=2 + body_rows, cols=len(header_1))  # type: ignore[attr-defined]
    table.style = document.styles["Table Grid"]  # type: ignore[attr-defined]
    for row_index, labels in enumerate((header_1, header_2)):
        for column_index, value in enumerate(labels):
            if value:
                table.cell(row_index, column_index).text = value
    for top, left, bottom, right in merges:
        text = table.cell(top, left).text
        merged = table.cell(top, left).merge(table.cell(bottom, right))
        merged.text = text
    _docx_header_row(table.rows[0])
    _docx_header_row(table.rows[1])
    return table


def build_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = Document()
    for style_name in ("Normal", "Title", "Heading 1", "Table Grid"):
        _docx_east_asian_font(document.styles[style_name])
    document.styles["Normal"].font.size = Pt(10.5)
    document.core_properties.title = RATES_TITLE
    document.core_properties.author = "シノノメ観光 営業推進部"
    document.core_properties.last_modified_by = "シノノメ観光 営業推進部"
    document.core_properties.created = FIXED_MOMENT
    document.core_properties.modified = FIXED_MOMENT
    document.core_properties.revision = 1
    document.add_heading(RATES_TITLE, level=0)
    for kind, content in RATES_BODY:
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
            _docx_header_row(table.rows[0])
        elif kind == "two_row_table":
            header_1, header_2, merges, rows = content  # type: ignore[misc]
            table = _docx_two_row_header(document, header_1, header_2, merges, len(rows))
            for row_index, row in enumerate(rows, start=2):
                for column_index, value in enumerate(row):
                    table.cell(row_index, column_index).text = value
        elif kind == "grouped_table":
            header_1, header_2, merges, groups = content  # type: ignore[misc]
            table = _docx_two_row_header(document, header_1, header_2, merges,
                                         sum(len(rows) for _label, rows in groups))
            row_index = 2
            for label, rows in groups:
                first, last = row_index, row_index + len(rows) - 1
                for row in rows:
                    for column_index, value in enumerate(row, start=1):
                        table.cell(row_index, column_index).text = value
                    row_index += 1
                # The facility stands once, merged down over its room types.
                merged = table.cell(first, 0).merge(table.cell(last, 0)) if last > first else table.cell(first, 0)
                merged.text = label
                merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                _docx_shade(merged, "F4F4F4", True)
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_pdf(path: Path) -> None:
    """As corpus_tools.reportlab_pdf, with column widths per table; the table of standard
    cleaning times is long enough to run from the foot of page 1 onto page 2, its header row
    repeated there."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    layout = CLEANING_LAYOUT
    pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    body = ParagraphStyle("body", fontName=CID_FONT, fontSize=layout.body_size, leading=layout.body_leading, wordWrap="CJK")
    heading = ParagraphStyle("heading", parent=body, fontSize=layout.heading_size, leading=layout.heading_leading,
                             spaceBefore=layout.heading_space_before, spaceAfter=layout.heading_space_after)
    title_style = ParagraphStyle("title", parent=body, fontSize=layout.title_size, leading=layout.title_leading, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12)
    flow: list[object] = [Paragraph(CLEANING_TITLE, title_style)]
    for kind, content in CLEANING_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "table":
            widths, rows = content  # type: ignore[misc]
            table = Table([[Paragraph(value, cell) for value in row] for row in rows], repeatRows=1,
                          colWidths=[width * mm for width in widths])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(layout.table_header_colour)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            flow.extend([table, Spacer(1, layout.table_gap_mm * mm)])
    margin = layout.margin_mm * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=CLEANING_TITLE, author="シノノメ観光 客室課",
                                 leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin)
    document.build(flow)


def _month_figures() -> dict[str, list[list[int]]]:
    """Available and sold rooms and room revenue (円) per facility and month, for both years."""
    figures: dict[str, list[list[int]]] = {"available": [], "sold_2025": [], "sold_2026": [],
                                           "revenue_2025": [], "revenue_2026": []}
    for index, (_name, _kind, rooms, closed, _persons) in enumerate(FACILITIES):
        available = [rooms * (days - shut) for days, shut in zip(DAYS, closed, strict=True)]
        sold_2025 = [round(room_nights * rate / 100) for room_nights, rate in zip(available, OCCUPANCY_2025[index], strict=True)]
        sold_2026 = [round(room_nights * rate / 100) for room_nights, rate in zip(available, OCCUPANCY_2026[index], strict=True)]
        figures["available"].append(available)
        figures["sold_2025"].append(sold_2025)
        figures["sold_2026"].append(sold_2026)
        figures["revenue_2025"].append([sold * adr for sold, adr in zip(sold_2025, ADR_2025[index], strict=True)])
        figures["revenue_2026"].append([sold * adr for sold, adr in zip(sold_2026, ADR_2026[index], strict=True)])
    return figures


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="8E8E8E")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor="DDE8F0")
    total_fill = PatternFill("solid", fgColor="EFEFEF")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def title(sheet: object, text: str, width: int) -> None:
        sheet.cell(row=1, column=1, value=text).font = Font(bold=True, size=14)  # type: ignore[attr-defined]
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)  # type: ignore[attr-defined]

    def header(sheet: object, labels: list[str], row: int) -> None:
        for index, label in enumerate(labels, start=1):
            cell = sheet.cell(row=row, column=index, value=label)  # type: ignore[attr-defined]
            cell.font = Font(bold=True)
            cell.fill = header_fill
            cell.border = border
            cell.alignment = centre

    def put_row(sheet: object, row: int, values: list[tuple[object, str | None]], total: bool) -> None:
        for column, (value, number_format) in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
            if number_format:
                cell.number_format = number_format
            cell.border = border
            if total:
                cell.font = Font(bold=True)
                cell.fill = total_fill

    def widths(sheet: object, first: float, others: float, count: int) -> None:
        sheet.column_dimensions["A"].width = first  # type: ignore[attr-defined]
        for index in range(2, count + 1):
            sheet.column_dimensions[chr(ord("A") + index - 1)].width = others  # type: ignore[attr-defined]

    figures = _month_figures()
    workbook = Workbook()
    workbook.remove(workbook.active)

    # 施設別: one header row, units in the column names, ratios as numbers under （%）.
    sheet = workbook.create_sheet("施設別")
    labels = ["施設", "区分", "客室数（室）", "販売可能室数（室）", "販売客室数（室）", "客室稼働率（%）",
              "前年度 客室稼働率（%）", "ADR 平均客室単価（円）", "前年度 ADR（円）", "RevPAR（円）",
              "宿泊売上（千円）", "前年度 宿泊売上（千円）"]
    title(sheet, "施設別 営業実績（2026年度：2026年4月〜2027年3月）", len(labels))
    header(sheet, labels, 3)
    sums = [0] * 6  # rooms, available, sold 2026, sold 2025, revenue 2026, revenue 2025
    for index, (name, kind, rooms, _closed, _persons) in enumerate(FACILITIES):
        available = sum(figures["available"][index])
        sold_2026, sold_2025 = sum(figures["sold_2026"][index]), sum(figures["sold_2025"][index])
        revenue_2026, revenue_2025 = sum(figures["revenue_2026"][index]), sum(figures["revenue_2025"][index])
        for position, value in enumerate([rooms, available, sold_2026, sold_2025, revenue_2026, revenue_2025]):
            sums[position] += value
        put_row(sheet, 4 + index, [
            (name, None), (kind, None), (rooms, "#,##0"), (available, "#,##0"), (sold_2026, "#,##0"),
            (round(sold_2026 / available * 100, 1), "0.0"), (round(sold_2025 / available * 100, 1), "0.0"),
            (round(revenue_2026 / sold_2026), "#,##0"), (round(revenue_2025 / sold_2025), "#,##0"),
            (round(revenue_2026 / available), "#,##0"), (round(revenue_2026 / 1000), "#,##0"),
            (round(revenue_2025 / 1000), "#,##0"),
        ], False)
    rooms, available, sold_2026, sold_2025, revenue_2026, revenue_2025 = sums
    put_row(sheet, 4 + len(FACILITIES), [
        ("4施設計", None), (None, None), (rooms, "#,##0"), (available, "#,##0"), (sold_2026, "#,##0"),
        (round(sold_2026 / available * 100, 1), "0.0"), (round(sold_2025 / available * 100, 1), "0.0"),
        (round(revenue_2026 / sold_2026), "#,##0"), (round(revenue_2025 / sold_2025), "#,##0"),
        (round(revenue_2026 / available), "#,##0"), (round(revenue_2026 / 1000), "#,##0"),
        (round(revenue_2025 / 1000), "#,##0"),
    ], True)
    widths(sheet, 24, 13, len(labels))
    sheet.freeze_panes = "B4"

    # 月別 客室稼働率: four facilities × two fiscal years side by side, 年度計 row.
    sheet = workbook.create_sheet("月別 客室稼働率")
    short = ["松本", "東雲荘", "あけぼの亭", "白樺湖"]
    labels = ["月"]
    for name in short:
        labels += [f"{name} 2025年度（%）", f"{name} 2026年度（%）"]
    title(sheet, "月別 客室稼働率（2025年度・2026年度）", len(labels))
    header(sheet, labels, 3)
    for month_index, month in enumerate(MONTHS):
        values: list[tuple[object, str | None]] = [(month, None)]
        for index in range(len(FACILITIES)):
            available = figures["available"][index][month_index]
            for year in ("2025", "2026"):
                sold = figures[f"sold_{year}"][index][month_index]
                values.append((round(sold / available * 100, 1), "0.0"))
        put_row(sheet, 4 + month_index, values, False)
    values = [("年度計", None)]
    for index in range(len(FACILITIES)):
        available = sum(figures["available"][index])
        for year in ("2025", "2026"):
            values.append((round(sum(figures[f"sold_{year}"][index]) / available * 100, 1), "0.0"))
    put_row(sheet, 4 + len(MONTHS), values, True)
    widths(sheet, 10, 15, len(labels))

    # 月別 ADR（2026年度）: four facilities, 年度計 row.
    sheet = workbook.create_sheet("月別 ADR（2026年度）")
    labels = ["月", *[f"{name} ADR（円）" for name in short]]
    title(sheet, "月別 ADR 平均客室単価（2026年度）", len(labels))
    header(sheet, labels, 3)
    for month_index, month in enumerate(MONTHS):
        put_row(sheet, 4 + month_index, [(month, None), *[(ADR_2026[index][month_index], "#,##0")
                                                           for index in range(len(FACILITIES))]], False)
    put_row(sheet, 4 + len(MONTHS), [("年度計", None), *[
        (round(sum(figures["revenue_2026"][index]) / sum(figures["sold_2026"][index])), "#,##0")
        for index in range(len(FACILITIES))]], True)
    widths(sheet, 10, 18, len(labels))

    # 宿泊人数: guest nights of 2026年度 by segment, foreign guests, last year's totals.
    sheet = workbook.create_sheet("宿泊人数")
    labels = ["施設", "個人（人泊）", "団体（人泊）", "法人契約（人泊）", "計（人泊）", "うち外国人（人泊）",
              "外国人比率（%）", "前年度 計（人泊）", "前年度 うち外国人（人泊）"]
    title(sheet, "施設別 宿泊人数（2026年度）", len(labels))
    header(sheet, labels, 3)
    totals = [0] * 7
    for index, (name, _kind, _rooms, _closed, persons) in enumerate(FACILITIES):
        guests = round(sum(figures["sold_2026"][index]) * persons)
        guests_last = round(sum(figures["sold_2025"][index]) * (persons - 0.02))
        group_share, corporate_share = SEGMENT_SHARES[index]
        group, corporate = round(guests * group_share), round(guests * corporate_share)
        individual = guests - group - corporate
        foreign, foreign_last = round(guests * FOREIGN_SHARE_2026[index]), round(guests_last * FOREIGN_SHARE_2025[index])
        for position, value in enumerate([individual, group, corporate, guests, foreign, guests_last, foreign_last]):
            totals[position] += value
        put_row(sheet, 4 + index, [
            (name, None), (individual, "#,##0"), (group, "#,##0"), (corporate, "#,##0"), (guests, "#,##0"),
            (foreign, "#,##0"), (round(foreign / guests * 100, 1), "0.0"), (guests_last, "#,##0"),
            (foreign_last, "#,##0"),
        ], False)
    individual, group, corporate, guests, foreign, guests_last, foreign_last = totals
    put_row(sheet, 4 + len(FACILITIES), [
        ("4施設計", None), (individual, "#,##0"), (group, "#,##0"), (corporate, "#,##0"), (guests, "#,##0"),
        (foreign, "#,##0"), (round(foreign / guests * 100, 1), "0.0"), (guests_last, "#,##0"), (foreign_last, "#,##0"),
    ], True)
    widths(sheet, 24, 14, len(labels))

    notes = workbook.create_sheet("注記")
    corrected = FACILITIES[CORRECTED_FACILITY]
    old_rate = round(sum(figures["sold_2025"][CORRECTED_FACILITY]) / (corrected[2] * sum(DAYS)) * 100, 1)
    for index, line in enumerate(RESULTS_NOTES, start=1):
        notes.cell(row=index, column=1, value=line.replace("{old}", f"{old_rate:.1f}"))
    notes.column_dimensions["A"].width = 110
    save_workbook(workbook, path, title=RESULTS_TITLE, creator="シノノメ観光 本社 経営企画部", moment=FIXED_MOMENT)


def _bullet_slide(presentation: object, title: str, lines: list[str]) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.6, 0.3, 12.1, 1.0)
    pptx_fill(slide.shapes.title.text_frame, [title], 30)
    body = slide.placeholders[1]
    pptx_place(body, 0.6, 1.4, 12.1, 5.6)
    pptx_fill(body.text_frame, lines, 18)


def _table_slide(presentation: object, title: str, rows: list[list[str]], widths: list[float], note: str,
                 size: int, bold_last: bool) -> None:
    from pptx.util import Inches

    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # type: ignore[attr-defined]  # title only
    pptx_place(slide.shapes.title, 0.6, 0.3, 12.1, 1.0)
    pptx_fill(slide.shapes.title.text_frame, [title], 28)
    height = 0.55 * len(rows)
    shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(0.6), Inches(1.4), Inches(sum(widths)), Inches(height))
    for column_index, width in enumerate(widths):
        shape.table.columns[column_index].width = Inches(width)
    for row_index, row in enumerate(rows):
        for column_index, value in enumerate(row):
            cell = shape.table.cell(row_index, column_index)
            cell.text_frame.clear()
            cell.text_frame.word_wrap = True
            run = cell.text_frame.paragraphs[0].add_run()
            run.text = value
            pptx_font(run, size)
            if row_index == 0 or (bold_last and row_index == len(rows) - 1):
                run.font.bold = True
    box = slide.shapes.add_textbox(Inches(0.6), Inches(1.6 + height), Inches(12.1), Inches(0.8))
    box.text_frame.word_wrap = True
    pptx_fill(box.text_frame, [note], 13)


def build_pptx(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    presentation.slide_width = Inches(13.333)
    presentation.slide_height = Inches(7.5)

    cover = presentation.slides.add_slide(presentation.slide_layouts[0])
    pptx_place(cover.shapes.title, 0.6, 1.8, 12.1, 1.6)
    pptx_fill(cover.shapes.title.text_frame, [SALES_TITLE], 36)
    pptx_place(cover.placeholders[1], 0.6, 3.8, 12.1, 2.0)
    pptx_fill(cover.placeholders[1].text_frame, SALES_COVER_LINES, 20)

    _bullet_slide(presentation, *SALES_OUTLINE)
    _table_slide(presentation, SALES_PLAN_TITLE, SALES_PLAN_TABLE, [1.6, 3.0, 1.9, 2.0, 1.2, 2.4], SALES_PLAN_NOTE, 14, False)
    _table_slide(presentation, SALES_DISCOUNT_TITLE, SALES_DISCOUNT_TABLE, [3.4, 4.2, 4.2], SALES_DISCOUNT_NOTE, 15, False)
    _table_slide(presentation, SALES_CORPORATE_TITLE, SALES_CORPORATE_TABLE, [1.8, 2.6, 3.4, 4.3], SALES_CORPORATE_NOTE,
                 15, False)
    _bullet_slide(presentation, *SALES_CLUB)
    _table_slide(presentation, SALES_TARGET_TITLE, SALES_TARGET_TABLE, [3.2, 2.1, 2.3, 2.1, 2.3], SALES_TARGET_NOTE, 15, True)
    _bullet_slide(presentation, *SALES_CONTACTS)

    properties = presentation.core_properties
    properties.title = SALES_TITLE
    properties.author = "シノノメ観光 本社 営業推進部"
    properties.last_modified_by = "シノノメ観光 本社 営業推進部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_eml(path: Path) -> None:
    """A plain-text e-mail as Japanese mail clients long sent it: ISO-2022-JP body in 7bit, the
    Subject as an ISO-2022-JP encoded word."""
    from email.header import Header
    from email.mime.text import MIMEText

    message = MIMEText(STAFF_BODY, "plain", "iso-2022-jp")
    message["Subject"] = Header(STAFF_SUBJECT, "iso-2022-jp")
    # The display names as ISO-2022-JP encoded words too.
    message["From"] = f"{Header('シノノメ観光 総務人事部', 'iso-2022-jp').encode()} <soumu@shinonome-kanko.example>"
    message["To"] = f"{Header('全従業員', 'iso-2022-jp').encode()} <all-staff@shinonome-kanko.example>"
    message["Date"] = "Thu, 25 Mar 2027 10:00:00 +0900"
    message["Message-ID"] = "<20270325100000.ryo-makanai@shinonome-kanko.example>"
    path.write_bytes(message.as_bytes())


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((RATES_FILENAME, build_docx), (CLEANING_FILENAME, build_pdf),
                              (RESULTS_FILENAME, build_xlsx), (SALES_FILENAME, build_pptx),
                              (STAFF_FILENAME, build_eml)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
