"""Write the five documents of the ninth holdout corpus (tests/data/holdout9/README.md).

One fictional regional railway and bus operator, 朱鷺野交通株式会社 (three railway lines in the
fictional 朱鷺野市: 本線 朱鷺野〜峰ノ台, 湖畔線 朱鷺野〜青沼, 北岳線 西朱鷺野〜北岳口; six bus
routes run from 朱鷺野営業所), and five documents its staff would look things up in: the rules on
fares, commuter passes and charges as Word (a fare table with a two-row header, current beside
改定前), the safety report as a PDF (lines × two fiscal years; an investment table that crosses a
page break), the traffic and revenue figures as Excel (title rows, units in the headers, 合計
rows, two fiscal years), the crew briefing on the timetable revision and allowances as
PowerPoint (two table slides with notes), and an ISO-2022-JP e-mail from the sales department
with typed tables (station ticket windows, lost property, group tickets).
Every name, address, telephone number and figure here is invented (e-mail domains end in
`.example`; telephone numbers use the unallocated 0265-00 exchange).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail has a
fixed Date and Message-ID.

    .venv/bin/python tests/data/holdout9/make_holdout9.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import (  # noqa: E402
    docx_east_asian_font,
    docx_header_row,
    normalize_zip,
    pptx_fill,
    pptx_font,
    pptx_place,
    print_sizes,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 3, 15, 9, 30, 0)
COMPANY = "朱鷺野交通株式会社"

# ---------------------------------------------------------------------------------------------
# 1. DOCX: fares, commuter passes, charges.

FARES_FILENAME = "鉄道旅客運賃・料金規程_2027年4月改定.docx"
FARES_TITLE = "朱鷺野交通株式会社 鉄道旅客運賃及び料金規程（2027年4月改定）"

# 営業キロ, 普通運賃 現行, 改定前, 通勤定期1か月 現行, 改定前, 通学定期1か月 現行, 改定前
FARE_ROWS = [
    ("1〜3km", "190円", "170円", "6,650円", "5,980円", "3,180円", "2,870円"),
    ("4〜6km", "260円", "240円", "9,100円", "8,400円", "4,350円", "3,990円"),
    ("7〜10km", "350円", "320円", "12,250円", "11,200円", "5,850円", "5,340円"),
    ("11〜15km", "460円", "420円", "16,100円", "14,700円", "7,690円", "7,020円"),
    ("16〜20km", "570円", "520円", "19,950円", "18,200円", "9,530円", "8,700円"),
    ("21〜25km", "680円", "620円", "23,800円", "21,700円", "11,370円", "10,360円"),
    ("26〜30km", "790円", "730円", "27,650円", "25,200円", "13,210円", "12,030円"),
]

FARES_BODY: list[tuple[str, object]] = [
    ("right", "令和9年（2027年）2月24日 朱鷺野交通株式会社 取締役会 決定"),
    ("h1", "第1条 目的及び適用"),
    ("p", "この規程は、朱鷺野交通株式会社の鉄道線（本線、湖畔線及び北岳線）の旅客運賃及び料金の額と計算方法を"
          "定める。改定後の運賃及び料金は令和9年（2027年）4月1日以後に発売する乗車券類に適用し、それより前に"
          "発売したものには改定前の額（令和6年（2024年）4月1日から適用していた額）を適用する。額はすべて"
          "消費税込みとする。"),
    ("h1", "第2条 運賃の計算"),
    ("p", "運賃は、乗車する区間の営業キロに応じて第3条の表による。営業キロに1km未満の端数があるときは、1kmに"
          "切り上げる。本線、湖畔線及び北岳線にまたがって乗車するときは、営業キロを通算する。小児（6歳以上12歳"
          "未満）の運賃は大人の半額とし、10円未満の端数は10円に切り上げる。ICカード「トキカ」で乗車した場合も"
          "運賃は同額とする。"),
    ("h1", "第3条 普通運賃及び定期運賃"),
    ("two_row_table", None),
    ("p", "注：3か月及び6か月の定期運賃は別表（各駅の窓口に掲示）による。改定前の通勤定期3か月の運賃は、"
          "利用者の最も多い7〜10kmについては31,920円であった。"),
    ("h1", "第4条 料金及び手数料"),
    ("table", [["区分", "現行（2027年4月〜）", "改定前（〜2027年3月）"],
               ["座席指定料金（快速「ときの」・大人1回）", "330円", "300円"],
               ["手回り品料金（自転車・1台1回）", "290円", "280円"],
               ["普通乗車券の払戻手数料（1枚）", "220円", "200円"],
               ["定期券の払戻手数料（1枚）", "520円", "510円"],
               ["定期券の再発行手数料（1枚）", "1,050円", "1,000円"]]),
    ("p", "小児の座席指定料金は大人と同額とする。自転車は折りたたんで袋に入れたものに限り、手回り品料金を要しない。"),
    ("h1", "第5条 有効期間及び途中下車"),
    ("p", "普通乗車券の有効期間は発売当日限りとし、途中下車はできない。回数乗車券（11枚つづり、10回分の運賃で"
          "発売）の有効期間は発売日から3か月とする（改定前は6か月）。"),
    ("h1", "第6条 団体及び割引"),
    ("p", "15人以上の団体は、大人運賃を1割引とする（改定前は20人以上）。身体障害者手帳又は療育手帳を持つ人と"
          "その介護者は、運賃を5割引とする。"),
    ("p", "65歳以上の人が全線で乗り降りできる「ときのシニア定期」（1か月）は6,600円とする（改定前は5,500円）。"
          "購入には年齢を確認できる書類が必要である。"),
    ("h1", "第7条 定期券の払戻し"),
    ("p", "定期券は、有効期間の開始日前であれば発売額から払戻手数料を差し引いて払い戻す。開始日以後は、使用した"
          "月数（1か月未満の端数は1か月とする）の定期運賃と払戻手数料を差し引いて払い戻す。有効期間の残りが"
          "7日未満のときは払い戻さない。"),
    ("h1", "第8条 不正乗車"),
    ("p", "乗車券を持たずに乗車した場合などは、乗車区間の普通運賃のほか、その2倍の増運賃を収受する。"),
    ("h1", "第9条 問い合わせ"),
    ("p", "運賃及び定期券に関する問い合わせは、朱鷺野交通株式会社 営業部 運輸営業課（電話 0265-00-3120）で受け付ける。"),
]

# ---------------------------------------------------------------------------------------------
# 2. PDF: safety report.

SAFETY_FILENAME = "安全報告書_2026年度.pdf"
SAFETY_TITLE = "朱鷺野交通株式会社 安全報告書 2027（令和8年度・2026年度の取組み）"
ACCIDENT_ROWS = [
    ["事業", "年度", "運転事故（件）", "うち踏切障害（件）", "輸送障害（件）", "インシデント（件）", "走行キロ（千km）", "定時運行率（%）"],
    ["本線", "2025年度", "3", "1", "14", "0", "1,326", "97.8"],
    ["本線", "2026年度", "2", "2", "11", "1", "1,342", "98.3"],
    ["湖畔線", "2025年度", "1", "0", "6", "0", "612", "98.9"],
    ["湖畔線", "2026年度", "2", "1", "9", "0", "618", "98.1"],
    ["北岳線", "2025年度", "0", "0", "4", "1", "377", "99.2"],
    ["北岳線", "2026年度", "1", "1", "3", "0", "381", "99.4"],
    ["路線バス", "2025年度", "5", "―", "21", "―", "1,894", "91.6"],
    ["路線バス", "2026年度", "4", "―", "17", "―", "1,927", "92.4"],
]
CROSSING_ROWS = [
    ["路線", "第1種（遮断機・警報機あり）", "第3種（警報機のみ）", "第4種（遮断機・警報機なし）", "計"],
    ["本線", "38", "2", "1", "41"],
    ["湖畔線", "21", "1", "3", "25"],
    ["北岳線", "14", "4", "2", "20"],
    ["合計", "73", "7", "6", "86"],
]
INVESTMENT_ROWS = [
    ["項目", "2025年度（百万円）", "2026年度（百万円）", "主な内容"],
    ["ATSの更新", "214", "268", "本線のATSを速度照査機能付きに更新（2026年度までに朱鷺野〜鏡沢間）"],
    ["踏切保安設備", "96", "131", "第4種踏切の第1種化（2026年度 北岳線2か所）、障害物検知装置の増設"],
    ["軌道の強化", "188", "203", "PCまくらぎ化、ロングレール化（湖畔線）"],
    ["橋りょう・トンネルの補強", "172", "149", "本線 宮ノ下橋りょうの耐震補強、北岳トンネルの覆工補修"],
    ["電気設備", "121", "97", "西朱鷺野変電所の整流器更新"],
    ["車両の更新・改修", "158", "171", "2両編成2本の新造、ブレーキ装置の更新"],
    ["ホームの安全設備", "34", "52", "朱鷺野駅・西朱鷺野駅の内方線付き点状ブロック、転落検知マット"],
    ["防災設備", "37", "48", "落石検知装置、雨量計の増設（北岳線）"],
    ["路線バスの安全装置", "22", "67", "全車へのドライブレコーダー、衝突被害軽減ブレーキ搭載車への更新"],
    ["合計", "1,042", "1,186", "―"],
]
SAFETY_BLOCKS: list[tuple[str, object]] = [
    ("p", "令和9年（2027年）6月 朱鷺野交通株式会社 安全統括管理者（運輸部長）"),
    ("h1", "1. 安全方針"),
    ("p", "当社は「安全はすべてに優先する」を基本方針とし、鉄道事業法に基づく安全管理規程を定めて、経営トップから"
          "現場の係員までが一体となって輸送の安全の確保に取り組んでいる。この報告書は、2026年度（令和8年度）の"
          "安全に関する取組みと事故等の発生状況をお知らせするものである。"),
    ("h1", "2. 事業の概要"),
    ("p", "鉄道は本線（朱鷺野〜峰ノ台 18.6km）、湖畔線（朱鷺野〜青沼 11.4km）、北岳線（西朱鷺野〜北岳口 9.8km）の"
          "3路線、営業キロ合計39.8km、22駅で、電車34両を保有する。路線バスは朱鷺野営業所から6系統を運行し、"
          "乗合バス28両を保有する。"),
    ("h1", "3. 事故・輸送障害等の発生状況"),
    ("p", "運転事故は列車衝突、列車脱線、列車火災、踏切障害、人身障害などをいい、路線バスは当社に責任のある"
          "事故（有責事故）の件数を記載している。輸送障害は、列車の運休又は30分以上の遅延を生じたものをいう。"
          "定時運行率は、終着駅（バスは終点）に5分以上遅れずに到着した列車・便の割合である。"),
    ("table_accidents", ACCIDENT_ROWS),
    ("p", "2026年度の本線の踏切障害事故2件は、いずれも自動車が遮断中の踏切に進入したものであった。"
          "路線バスの有責事故は、いずれも停留所付近での車内転倒事故である。"),
    ("h1", "4. 安全に関する投資"),
    ("p", "2026年度の安全に関する投資は合計1,186百万円（2025年度は1,042百万円）であった。項目別の内訳は次のとおり"
          "（金額は税抜、百万円未満を四捨五入）。"),
    ("table_investment", INVESTMENT_ROWS),
    ("h1", "5. 踏切道の状況（2026年度末）"),
    ("table_crossings", CROSSING_ROWS),
    ("p", "第4種踏切は2029年度までに統廃合又は第1種化する計画である。"),
    ("h1", "6. 安全教育・訓練"),
    ("p", "2026年度は、列車の脱線や踏切事故を想定した異常時総合訓練を4回（2025年度は3回）行い、延べ312人が"
          "参加した。運転士には年1回の適性検査と、年12時間以上の技能訓練を課している。"),
    ("h1", "7. ご意見の窓口"),
    ("p", "この報告書へのご意見は、朱鷺野交通株式会社 安全推進室（電話 0265-00-3150、anzen@tokino-kotsu.example）"
          "までお寄せください。"),
]

# ---------------------------------------------------------------------------------------------
# 3. XLSX: passengers by station, lines, bus routes.

TRAFFIC_FILENAME = "輸送実績・路線別収支_2026年度.xlsx"
TRAFFIC_TITLE = "朱鷺野交通 駅別1日平均乗車人員（2025年度・2026年度）"
# 駅名, 路線, 2025年度, 2026年度, うち定期 2026年度 (人/日)
STATION_ROWS = [
    ("朱鷺野", "本線・湖畔線", 12846, 13102, 7915),
    ("西朱鷺野", "本線・北岳線", 4237, 4381, 2866),
    ("鏡沢", "本線", 1958, 2004, 1322),
    ("宮ノ下", "本線", 1412, 1389, 905),
    ("峰ノ台", "本線", 2318, 2361, 1540),
    ("湖南台", "湖畔線", 1167, 1203, 741),
    ("青沼", "湖畔線", 986, 1021, 488),
    ("北岳中央", "北岳線", 1074, 1052, 713),
    ("北岳口", "北岳線", 645, 668, 402),
    ("その他13駅", "3路線", 3529, 3577, 2256),
]
# 路線, 営業キロ, 輸送人員 2025, 2026 (千人), 運輸収入 2025, 2026 (百万円), 営業費用 2026 (百万円)
LINE_ROWS = [
    ("本線", 18.6, 6412, 6538, 1284, 1317, 1562),
    ("湖畔線", 11.4, 2175, 2241, 402, 418, 539),
    ("北岳線", 9.8, 1348, 1336, 231, 229, 347),
]
BUS_LINE = ("路線バス", 68.7, 2298, 2345, 506, 523, 691)
# 系統, 区間, 運行距離 km, 所要時間 分, 平日便数 便, 輸送人員 2025, 2026 (千人)
BUS_ROWS = [
    ("1系統", "朱鷺野駅〜市民病院〜朱鷺野駅（循環）", 8.4, 32, 48, 812, 834),
    ("2系統", "朱鷺野駅〜県立朱鷺野高校〜東団地", 11.2, 35, 36, 604, 617),
    ("3系統", "西朱鷺野駅〜朱鷺野工業団地", 9.6, 28, 22, 356, 372),
    ("4系統", "朱鷺野駅〜青沼温泉", 19.8, 46, 14, 241, 233),
    ("5系統", "峰ノ台駅〜峰ノ台高原", 14.5, 38, 10, 187, 195),
    ("6系統", "北岳口駅〜北岳登山口", 12.6, 31, 6, 98, 94),
]

# ---------------------------------------------------------------------------------------------
# 4. PPTX: crew briefing.

BRIEF_FILENAME = "2027年度_乗務員説明会_ダイヤ改正と手当.pptx"
BRIEF_TITLE = "2027年度 ダイヤ改正と乗務員の勤務・手当について"
BRIEF_COVER = ["朱鷺野交通株式会社 運輸部", "令和9年（2027年）3月8日 乗務員説明会"]
TIMETABLE_TITLE = "ダイヤ改正の概要（2027年3月27日実施）"
TIMETABLE_TABLE = [
    ["路線（始発駅）", "平日日中の運転間隔（改正後）", "改正前", "初電", "終電", "全線の所要時間"],
    ["本線（朱鷺野発）", "20分", "30分", "5:42", "23:18", "38分"],
    ["湖畔線（朱鷺野発）", "30分", "40分", "6:05", "22:40", "24分"],
    ["北岳線（西朱鷺野発）", "40分", "60分", "6:20", "21:55", "19分"],
]
TIMETABLE_NOTE = ("快速「ときの」は平日の朝に朱鷺野行き2本（峰ノ台 6:48発・7:26発）を運転し、峰ノ台〜朱鷺野間を"
                  "27分で結ぶ。初電・終電・所要時間は改正後の平日ダイヤ。")
TIMETABLE_SPEAKER = "本線の峰ノ台駅での折返し時間は、改正後も最低6分を確保する。北岳線は2両編成のワンマン運転を続ける。"
ALLOWANCE_TITLE = "乗務員の手当（2027年4月改定）"
ALLOWANCE_TABLE = [
    ["区分", "現行（2027年4月〜）", "改定前（〜2027年3月）"],
    ["乗務手当（運転士・乗務1kmあたり）", "14円", "12円"],
    ["泊まり勤務手当（1回）", "2,800円", "2,400円"],
    ["早朝・深夜乗務手当（5時前・23時以降の乗務・1回）", "1,200円", "1,000円"],
    ["指導運転士手当（月額）", "15,000円", "12,000円"],
    ["無事故表彰（連続5年）", "50,000円", "30,000円"],
    ["バス乗務員のワンマン手当（1日）", "700円", "600円"],
]
ALLOWANCE_NOTE = "1か月の泊まり勤務は8回まで（改定前は10回まで）。出勤点呼は乗務開始の30分前まで（改定前は20分前まで）に受けること。"
ALLOWANCE_SPEAKER = "手当は翌月25日の給与で支給する。無事故表彰の期間は、事故のあった日の翌日から数え直す。"

# ---------------------------------------------------------------------------------------------
# 5. EML (ISO-2022-JP): ticket windows, lost property, group tickets.

NOTICE_FILENAME = "駅窓口・忘れ物・団体乗車券のお知らせ_2027年4月.eml"
NOTICE_SUBJECT = "【営業部】4月からの駅窓口の営業時間と忘れ物・団体乗車券の取扱いについて"
NOTICE_BODY = """各駅長・営業所長 各位

営業部 運輸営業課の津島です。
2027年4月1日（令和9年4月1日）から、駅窓口の営業時間と、忘れ物・団体乗車券の取扱いを次のとおり変更します。
駅の掲示とホームページは3月25日に差し替えますので、お客様へのご案内をお願いします。

■1．駅窓口の営業時間（4月1日から）

　駅　　　　｜平日　　　　　｜土休日　　　　　　｜電話　　　　　｜定期券の発売
　朱鷺野駅　｜5:30〜23:00｜6:00〜22:00　　　｜0265-00-3101｜あり
　西朱鷺野駅｜6:30〜20:00｜7:00〜19:00　　　｜0265-00-3131｜あり
　峰ノ台駅　｜6:45〜19:30｜8:00〜17:00　　　｜0265-00-3161｜平日のみ
　青沼駅　　｜7:30〜18:00｜休止（券売機のみ）｜0265-00-3181｜なし
　北岳口駅　｜7:00〜16:30｜休止（券売機のみ）｜0265-00-3191｜なし

・峰ノ台駅の平日の営業時間は、3月までは6:15〜20:30でした。
・朱鷺野駅では、新学期の混雑期（3月25日〜4月10日）に定期券の臨時窓口を2か所増設します。

■2．忘れ物の取扱い

　区分　　　　　　　　｜保管場所　　　　　　　　　　　｜保管期間（4月から）｜保管期間（3月まで）
　鉄道（駅・車内）　　｜朱鷺野駅 忘れ物センター　　　｜14日間　　　　　　｜30日間
　路線バス（車内）　　｜朱鷺野営業所　　　　　　　　　｜7日間　　　　　　　｜14日間
　現金・財布・携帯電話｜当日中に朱鷺野警察署へ届出　　｜―　　　　　　　　　｜―

・忘れ物センターの電話は 0265-00-3109（毎日 7:00〜21:00）です。
・保管期間を過ぎたものは、朱鷺野警察署に引き渡します。
・着払いで送るときは、1件につき手数料550円（送料は別）をいただきます。

■3．団体乗車券

・15人以上の団体は、大人運賃の1割引です（3月までは20人以上）。
・申込は乗車日の10日前まで（3月までは7日前まで）に、乗車駅の窓口で受け付けます。
・団体で快速「ときの」の座席指定を使うときは、1列車40席までです。

―――――――――――――――――――――――――――
朱鷺野交通株式会社 営業部 運輸営業課　津島
電話 0265-00-3120　eigyo@tokino-kotsu.example
―――――――――――――――――――――――――――
"""


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
    properties.title = FARES_TITLE
    properties.author = "朱鷺野交通株式会社 営業部"
    properties.last_modified_by = "朱鷺野交通株式会社 営業部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    document.add_heading(FARES_TITLE, level=0)
    for kind, content in FARES_BODY:
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
            docx_header_row(table.rows[0], "E2ECE0")
        elif kind == "two_row_table":
            header_1 = ["営業キロ", "普通運賃（大人・片道）", "", "通勤定期（1か月）", "", "通学定期（1か月）", ""]
            header_2 = ["", "現行", "改定前", "現行", "改定前", "現行", "改定前"]
            table = document.add_table(rows=2 + len(FARE_ROWS), cols=7)
            table.style = document.styles["Table Grid"]
            for row_index, labels in enumerate((header_1, header_2)):
                for column_index, value in enumerate(labels):
                    if value:
                        table.cell(row_index, column_index).text = value
            for top, left, bottom, right in ((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 0, 6)):
                text = table.cell(top, left).text
                merged = table.cell(top, left).merge(table.cell(bottom, right))
                merged.text = text
            docx_header_row(table.rows[0], "E2ECE0")
            docx_header_row(table.rows[1], "E2ECE0")
            for row_index, row in enumerate(FARE_ROWS, start=2):
                for column_index, value in enumerate(row):
                    table.cell(row_index, column_index).text = value
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

    font = "HeiseiMin-W3"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=17, wordWrap="CJK", spaceAfter=3)
    heading = ParagraphStyle("heading", parent=body, fontSize=13, leading=18, spaceBefore=10, spaceAfter=4)
    title_style = ParagraphStyle("title", parent=body, fontSize=16, leading=22, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12, spaceAfter=0)
    style = TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E2ECE0")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ])
    widths = {
        "table_accidents": [20, 20, 20, 22, 20, 22, 24, 24],
        "table_crossings": [26, 40, 32, 40, 16],
        "table_investment": [40, 26, 26, 82],
    }
    flow: list[object] = [Paragraph(SAFETY_TITLE, title_style)]
    for kind, content in SAFETY_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind in widths:
            rows = content  # type: ignore[assignment]
            table = Table([[Paragraph(value, cell) for value in row] for row in rows],  # type: ignore[union-attr]
                          repeatRows=1, colWidths=[width * mm for width in widths[kind]], hAlign="LEFT")
            table.setStyle(style)
            flow.extend([table, Spacer(1, 4 * mm)])
    margin = 18 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=SAFETY_TITLE, author="朱鷺野交通株式会社 安全推進室",
                                 leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin)
    document.build(flow)


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="8E8E8E")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor="E2ECE0")
    total_fill = PatternFill("solid", fgColor="EFEFEF")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    integer, decimal = "#,##0", "0.0"

    def title(sheet: object, text: str, width: int) -> None:
        sheet.cell(row=1, column=1, value=text).font = Font(bold=True, size=14)  # type: ignore[attr-defined]
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)  # type: ignore[attr-defined]

    def header(sheet: object, labels: list[str]) -> None:
        for column, label in enumerate(labels, start=1):
            cell = sheet.cell(row=2, column=column, value=label)  # type: ignore[attr-defined]
            cell.font = Font(bold=True)
            cell.fill = header_fill
            cell.border = border
            cell.alignment = centre

    def put_row(sheet: object, row: int, values: list[tuple[object, str | None]], total: bool) -> None:
        for column, (value, number_format) in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
            cell.border = border
            if number_format:
                cell.number_format = number_format
            if total:
                cell.font = Font(bold=True)
                cell.fill = total_fill

    def widths(sheet: object, values: tuple[int, ...]) -> None:
        for index, width in enumerate(values):
            sheet.column_dimensions["ABCDEFGH"[index]].width = width  # type: ignore[attr-defined]

    workbook = Workbook()
    stations = workbook.active
    stations.title = "駅別乗車人員"
    title(stations, TRAFFIC_TITLE, 6)
    header(stations, ["駅名", "路線", "乗車人員 2025年度（人/日）", "乗車人員 2026年度（人/日）",
                      "うち定期 2026年度（人/日）", "定期比率 2026年度（%）"])
    for index, (name, line, p2025, p2026, season) in enumerate(STATION_ROWS, start=3):
        put_row(stations, index, [(name, None), (line, None), (p2025, integer), (p2026, integer), (season, integer),
                                  (round(season / p2026 * 100, 1), decimal)], False)
    sums = [sum(row[i] for row in STATION_ROWS) for i in (2, 3, 4)]
    put_row(stations, 3 + len(STATION_ROWS), [("合計", None), ("22駅", None), (sums[0], integer), (sums[1], integer),
                                              (sums[2], integer), (round(sums[2] / sums[1] * 100, 1), decimal)], True)
    widths(stations, (14, 16, 24, 24, 24, 22))

    lines = workbook.create_sheet("路線別収支")
    title(lines, "路線別 輸送人員・運輸収入（2025年度・2026年度）", 8)
    header(lines, ["路線", "営業キロ（km）", "輸送人員 2025年度（千人）", "輸送人員 2026年度（千人）",
                   "運輸収入 2025年度（百万円）", "運輸収入 2026年度（百万円）", "営業費用 2026年度（百万円）",
                   "営業係数 2026年度"])

    def line_row(row: int, values: tuple[str, float, int, int, int, int, int], total: bool) -> None:
        name, km, t2025, t2026, r2025, r2026, cost = values
        put_row(lines, row, [(name, None), (km, decimal), (t2025, integer), (t2026, integer), (r2025, integer),
                             (r2026, integer), (cost, integer), (round(cost / r2026 * 100), "0")], total)

    for index, values in enumerate(LINE_ROWS, start=3):
        line_row(index, values, False)
    rail = tuple(["鉄道計", round(sum(row[1] for row in LINE_ROWS), 1)] + [sum(row[i] for row in LINE_ROWS) for i in range(2, 7)])
    line_row(3 + len(LINE_ROWS), rail, True)  # type: ignore[arg-type]
    line_row(4 + len(LINE_ROWS), BUS_LINE, False)
    grand = ["合計", ""] + [rail[i] + BUS_LINE[i] for i in range(2, 7)]  # type: ignore[operator]
    put_row(lines, 5 + len(LINE_ROWS), [(grand[0], None), (grand[1], None)] + [(value, integer) for value in grand[2:]]
            + [(round(grand[6] / grand[5] * 100), "0")], True)  # type: ignore[operator]
    widths(lines, (12, 14, 22, 22, 24, 24, 24, 18))

    buses = workbook.create_sheet("バス系統別")
    title(buses, "路線バス 系統別の運行状況と輸送人員（2025年度・2026年度）", 7)
    header(buses, ["系統", "区間", "運行距離（km）", "所要時間（分）", "平日便数（往復・便）", "輸送人員 2025年度（千人）",
                   "輸送人員 2026年度（千人）"])
    for index, (route, section, km, minutes, runs, t2025, t2026) in enumerate(BUS_ROWS, start=3):
        put_row(buses, index, [(route, None), (section, None), (km, decimal), (minutes, integer), (runs, integer),
                               (t2025, integer), (t2026, integer)], False)
    put_row(buses, 3 + len(BUS_ROWS), [("合計", None), ("6系統", None),
                                       (round(sum(row[2] for row in BUS_ROWS), 1), decimal), ("", None),
                                       (sum(row[4] for row in BUS_ROWS), integer),
                                       (sum(row[5] for row in BUS_ROWS), integer),
                                       (sum(row[6] for row in BUS_ROWS), integer)], True)
    widths(buses, (10, 36, 16, 16, 20, 24, 24))

    notes = workbook.create_sheet("注記")
    for index, line in enumerate([
        "注記",
        "1. 乗車人員は定期と定期外の合計を年間の営業日数で割った1日平均。2025年度は令和7年度、2026年度は令和8年度。",
        "2. 運輸収入・営業費用は税抜、百万円未満を四捨五入。営業係数＝営業費用÷運輸収入×100（100円の収入を得るのにかかる費用）。",
        "3. 路線バスの営業キロは、重複する区間を除いた路線の延長。系統別の運行距離は片道。",
        "4. 2027年3月27日のダイヤ改正の影響は含まない。",
    ], start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 120
    save_workbook(workbook, path, title="朱鷺野交通 輸送実績・路線別収支（2026年度）", creator="朱鷺野交通株式会社 経営企画室",
                  moment=FIXED_MOMENT)


def _table_slide(presentation: object, title: str, rows: list[list[str]], widths: list[float], note: str,
                 speaker: str) -> None:
    from pptx.util import Inches

    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # type: ignore[attr-defined]
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
            run = cell.text_frame.paragraphs[0].add_run()
            run.text = value
            pptx_font(run, 15)
            if row_index == 0:
                run.font.bold = True
    box = slide.shapes.add_textbox(Inches(0.6), Inches(1.6 + height), Inches(12.1), Inches(0.8))
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
    pptx_place(cover.shapes.title, 0.6, 1.8, 12.1, 1.6)
    pptx_fill(cover.shapes.title.text_frame, [BRIEF_TITLE], 34)
    pptx_place(cover.placeholders[1], 0.6, 3.8, 12.1, 2.0)
    pptx_fill(cover.placeholders[1].text_frame, BRIEF_COVER, 20)
    _table_slide(presentation, TIMETABLE_TITLE, TIMETABLE_TABLE, [2.7, 2.6, 1.5, 1.4, 1.4, 2.2], TIMETABLE_NOTE,
                 TIMETABLE_SPEAKER)
    _table_slide(presentation, ALLOWANCE_TITLE, ALLOWANCE_TABLE, [6.0, 3.0, 3.0], ALLOWANCE_NOTE, ALLOWANCE_SPEAKER)
    properties = presentation.core_properties
    properties.title = BRIEF_TITLE
    properties.author = "朱鷺野交通株式会社 運輸部"
    properties.last_modified_by = "朱鷺野交通株式会社 運輸部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_eml(path: Path) -> None:
    """A plain-text e-mail as Japanese mail clients long sent it: ISO-2022-JP body in 7bit, the
    Subject and display names as ISO-2022-JP encoded words."""
    from email.header import Header
    from email.mime.text import MIMEText

    message = MIMEText(NOTICE_BODY, "plain", "iso-2022-jp")
    message["Subject"] = Header(NOTICE_SUBJECT, "iso-2022-jp")
    message["From"] = f"{Header('朱鷺野交通 営業部 運輸営業課', 'iso-2022-jp').encode()} <eigyo@tokino-kotsu.example>"
    message["To"] = f"{Header('各駅長・営業所長', 'iso-2022-jp').encode()} <ekicho@tokino-kotsu.example>"
    message["Date"] = "Mon, 15 Mar 2027 09:30:00 +0900"
    message["Message-ID"] = "<20270315093000.madoguchi@tokino-kotsu.example>"
    path.write_bytes(message.as_bytes())


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((FARES_FILENAME, build_docx), (SAFETY_FILENAME, build_pdf),
                              (TRAFFIC_FILENAME, build_xlsx), (BRIEF_FILENAME, build_pptx),
                              (NOTICE_FILENAME, build_eml)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
