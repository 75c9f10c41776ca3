"""Write the five documents of the tenth holdout corpus (tests/data/holdout10/README.md).

One fictional general contractor, 汐見野建設株式会社 (head office in the fictional 汐見野市; three
divisions: 建築事業部, 土木事業部, 設備事業部; an equipment centre run by 工務部), and five documents
its staff would look things up in: the rules on travel expenses and site allowances as Word (a
per-diem and lodging table with a two-row header, current beside 改定前), the safety and health
report as a PDF (divisions × two fiscal years; a cost table that crosses a page break), the order
and construction figures as Excel (title rows, units in the headers, 合計 rows, two fiscal years),
the site managers' briefing on heat-stroke measures and site closures as PowerPoint (two table
slides with notes), and a Markdown guide from the equipment centre with pipe tables (opening
hours, internal rental fees current beside the old ones, booking deadlines).
Every name, address, telephone number and figure here is invented (e-mail domains end in
`.example`; telephone numbers use the unallocated 0299-00 exchange).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the Markdown is
plain text.

    .venv/bin/python tests/data/holdout10/make_holdout10.py
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

FIXED_MOMENT = datetime.datetime(2027, 3, 19, 10, 0, 0)
COMPANY = "汐見野建設株式会社"
HEADER_FILL = "DCE6F0"

# ---------------------------------------------------------------------------------------------
# 1. DOCX: travel expenses and site allowances.

RULES_FILENAME = "出張旅費・現場手当規程_2027年4月改定.docx"
RULES_TITLE = "汐見野建設株式会社 出張旅費及び現場手当規程（2027年4月改定）"

# 職位, 日当 現行, 改定前, 宿泊料（甲地） 現行, 改定前, 宿泊料（乙地） 現行, 改定前
PER_DIEM_ROWS = [
    ("役員", "4,000円", "3,500円", "14,500円", "12,800円", "12,600円", "11,000円"),
    ("部長", "3,100円", "2,700円", "12,400円", "10,900円", "10,800円", "9,500円"),
    ("課長・作業所長", "2,700円", "2,300円", "11,300円", "9,800円", "9,900円", "8,700円"),
    ("係長・主任", "2,300円", "2,000円", "10,200円", "8,900円", "9,100円", "7,900円"),
    ("一般社員", "1,900円", "1,600円", "9,400円", "8,200円", "8,300円", "7,200円"),
]

RULES_BODY: list[tuple[str, object]] = [
    ("right", "令和9年（2027年）3月1日 取締役会決議　令和9年（2027年）4月1日 施行"),
    ("h1", "第1条 目的"),
    ("p", "この規程は、汐見野建設株式会社（以下「会社」という。）の役員及び従業員が業務のために出張するときの"
          "旅費並びに作業所（工事現場）に勤務する者に支給する手当について定める。改定後の額は令和9年（2027年）"
          "4月1日以後に出発する出張及び同日以後の勤務に適用し、それより前のものには改定前の額（令和5年（2023年）"
          "10月1日から適用していた額）を適用する。"),
    ("h1", "第2条 適用範囲"),
    ("p", "この規程は、役員、正社員及び契約社員に適用する。派遣社員及び協力会社の作業員には適用しない。"
          "出向者については、出向先の規程と比べて有利な方を適用する。"),
    ("h1", "第3条 出張の区分"),
    ("p", "出張は、本社又は所属する作業所から目的地までの片道の距離により、片道50km未満の近距離出張と、"
          "片道50km以上の遠距離出張に区分する。近距離出張で日帰りのものには日当を支給しない。"
          "遠距離出張は、日帰りであっても次条の日当を全額支給する。"),
    ("h1", "第4条 日当及び宿泊料"),
    ("p", "日当及び宿泊料の額は、職位に応じて次の表のとおりとする。"),
    ("two_row_table", None),
    ("p", "注1：甲地は東京都特別区及び政令指定都市、乙地はその他の地域をいう。"),
    ("p", "注2：会社の宿舎又は作業所の宿泊施設に泊まるときは、宿泊料に代えて1泊1,500円の宿泊雑費を支給する。"
          "宿泊料の額を超える宿泊費は自己負担とする。ただし、所属長が事前に認めたときは、甲地に限り1泊につき"
          "3,000円を上限として実費を追加で支給する。"),
    ("h1", "第5条 交通費"),
    ("p", "鉄道及びバスの運賃は、最も経済的な通常の経路による実費を支給する。新幹線及び特急列車は、片道100km以上の"
          "区間に限り利用できる（改定前は片道150km以上）。グリーン車は役員に限る。航空機は片道500km以上で、"
          "部長の承認を得た場合に利用できる。"),
    ("p", "自家用車を業務に使用したときは、走行距離1kmにつき27円（改定前は22円）を支給し、高速道路料金及び駐車料金は"
          "実費を支給する。タクシーは、22時から翌5時までの移動、重量物の運搬その他やむを得ない場合に限り、"
          "領収書により実費を支給する。"),
    ("h1", "第6条 作業所に勤務する者の手当"),
    ("p", "作業所に勤務する者には、次の手当を支給する。"),
    ("table", [["手当の区分", "現行（2027年4月〜）", "改定前（〜2027年3月）"],
               ["現場常駐手当（作業所勤務・月額）", "18,000円", "15,000円"],
               ["高所作業手当（高さ10m以上での作業・1日）", "800円", "600円"],
               ["夜間工事手当（22時〜翌5時の作業・1回）", "2,500円", "2,000円"],
               ["単身赴任手当（月額）", "45,000円", "40,000円"],
               ["寒冷地手当（11月〜3月の作業所勤務・月額）", "7,000円", "6,000円"],
               ["緊急出動手当（休日・夜間の呼出し・1回）", "3,500円", "3,000円"]]),
    ("p", "高所作業手当は、同じ日に何回作業しても1日分とする。夜間工事手当は、深夜の割増賃金とは別に支給する。"
          "単身赴任者が帰省するときの交通費は、月2回まで実費を支給する（改定前は月1回まで）。"),
    ("h1", "第7条 資格手当"),
    ("p", "次の資格を持つ者には、毎月の給与で資格手当を支給する。"),
    ("table", [["資格", "資格手当（月額）"],
               ["技術士（建設部門）", "30,000円"],
               ["一級建築士", "25,000円"],
               ["1級建築施工管理技士", "20,000円"],
               ["1級土木施工管理技士", "20,000円"],
               ["1級電気工事施工管理技士", "18,000円"],
               ["1級管工事施工管理技士", "16,000円"],
               ["2級施工管理技士（各種）", "8,000円"]]),
    ("p", "複数の資格を持つ者には、額の高い資格から2つまでを合算して支給する。合算額の上限は月40,000円とする"
          "（改定前は上限30,000円）。資格試験の受験料は、同じ資格につき2回まで会社が負担する。"),
    ("h1", "第8条 精算"),
    ("p", "出張した者は、出張を終えた日から14日以内に旅費精算書を所属長に提出する（改定前は1か月以内）。"
          "旅費の見込額が5万円を超えるときは、出発前に仮払いを受けることができる。仮払金は、精算書の提出と同時に"
          "精算する。"),
    ("h1", "第9条 問い合わせ"),
    ("p", "この規程に関する問い合わせは、汐見野建設株式会社 総務部 人事課（電話 0299-00-2140、内線 214）で受け付ける。"),
]

# ---------------------------------------------------------------------------------------------
# 2. PDF: safety and health report.

SAFETY_FILENAME = "安全衛生報告書_2026年度.pdf"
SAFETY_TITLE = "汐見野建設株式会社 安全衛生報告書（令和8年度・2026年度）"
ACCIDENT_ROWS = [
    ["部門", "年度", "休業災害（件）", "不休災害（件）", "延べ労働時間（千時間）", "度数率", "強度率"],
    ["建築事業部", "2025年度", "3", "7", "1,284", "2.34", "0.08"],
    ["建築事業部", "2026年度", "2", "5", "1,312", "1.52", "0.05"],
    ["土木事業部", "2025年度", "2", "4", "968", "2.07", "0.11"],
    ["土木事業部", "2026年度", "3", "6", "1,005", "2.99", "0.14"],
    ["設備事業部", "2025年度", "1", "3", "412", "2.43", "0.02"],
    ["設備事業部", "2026年度", "0", "2", "436", "0.00", "0.00"],
    ["全社", "2025年度", "6", "14", "2,664", "2.25", "0.08"],
    ["全社", "2026年度", "5", "13", "2,753", "1.82", "0.07"],
]
# 項目, 2025年度（万円）, 2026年度（万円）, 主な内容
COST_ITEMS = [
    ("墜落防止設備", 4860, 5320, "手すり先行足場の導入、開口部養生材の更新"),
    ("重機の安全装置", 2140, 3080, "バックホウへの接近警報装置の取付け、旋回範囲の監視カメラ"),
    ("フルハーネス型墜落制止用器具", 620, 410, "2025年度に全作業員分を更新済み、2026年度は補充分"),
    ("熱中症対策", 930, 1270, "大型送風機、WBGT計、作業所の休憩所の空調"),
    ("安全教育・特別教育", 1150, 1240, "新規入場者教育の動画化、職長教育、足場の組立て等特別教育"),
    ("安全パトロール・外部監査", 780, 820, "外部の労働安全コンサルタントによる監査（年2回）"),
    ("健康診断・ストレスチェック", 1460, 1530, "定期健康診断、特殊健康診断、ストレスチェック"),
    ("粉じん・騒音対策", 540, 690, "散水設備、防音パネル、電動ファン付き呼吸用保護具"),
    ("仮設電気設備の点検", 370, 350, "漏電遮断器の月例点検、分電盤の更新"),
    ("交通誘導・第三者災害防止", 2310, 2480, "交通誘導警備員の増員、歩行者通路の確保"),
    ("協力会社の安全協議会", 260, 290, "災害防止協議会の開催（毎月）、安全表彰"),
    ("安全衛生用品", 1080, 1160, "保護帽、安全靴、保護眼鏡の支給"),
]
COST_2025 = sum(item[1] for item in COST_ITEMS)
COST_2026 = sum(item[2] for item in COST_ITEMS)


def _man(value: int) -> str:
    return f"{value:,}"


COST_ROWS = [["項目", "2025年度（万円）", "2026年度（万円）", "主な内容"]] + [
    [name, _man(y2025), _man(y2026), detail] for name, y2025, y2026, detail in COST_ITEMS
] + [["合計", _man(COST_2025), _man(COST_2026), "―"]]

SAFETY_BLOCKS: list[tuple[str, object]] = [
    ("p", "令和9年（2027年）5月 汐見野建設株式会社 代表取締役社長 汐見 隆之／安全品質管理室"),
    ("h1", "1. 安全衛生方針"),
    ("p", "当社は「安全と健康はすべての工事に優先する」を基本方針とし、労働安全衛生マネジメントシステムに基づいて、"
          "経営トップから作業所の職長、協力会社の作業員までが一体となって労働災害の防止と健康の確保に取り組んでいる。"
          "この報告書は、2026年度（令和8年度、2026年4月〜2027年3月）の安全衛生活動の結果と労働災害の発生状況を"
          "まとめたものである。"),
    ("h1", "2. 事業と作業所の概要"),
    ("p", "当社は建築事業部、土木事業部及び設備事業部の3部門で、汐見野市を中心に県内の公共工事と民間工事を"
          "施工している。2026年度に稼働した作業所は47か所（建築21、土木17、設備9）で、災害防止協議会に加入する"
          "協力会社は186社である。延べ労働時間には協力会社の作業員の労働時間を含む。"),
    ("h1", "3. 労働災害の発生状況"),
    ("p", "休業災害は休業4日以上のもの、不休災害は休業を伴わないが医療機関で治療を受けたものをいう。度数率は"
          "延べ労働時間100万時間あたりの休業災害の件数、強度率は延べ労働時間1,000時間あたりの労働損失日数である。"),
    ("table_accidents", ACCIDENT_ROWS),
    ("p", "2026年度の休業災害5件の内訳は、墜落・転落2件、はさまれ・巻き込まれ1件、転倒1件、熱中症1件であった。"
          "墜落・転落の2件は、いずれも土木事業部の作業所で、法面の上での作業中に発生した。死亡災害は2019年度以来"
          "発生していない。"),
    ("h1", "4. 安全衛生関係費用"),
    ("p", f"2026年度の安全衛生関係費用は合計{_man(COST_2026)}万円（2025年度は{_man(COST_2025)}万円）であった。"
          "項目別の内訳は次のとおりである（金額は税抜、万円未満を四捨五入。協力会社が負担した費用は含まない）。"),
    ("table_costs", COST_ROWS),
    ("h1", "5. 安全パトロールと是正"),
    ("p", "2026年度は、社長による安全パトロールを12回、安全品質管理室による巡回を286回行った。指摘事項は1,043件で、"
          "是正完了率は98.6%であった。指摘の多かった項目は、足場の手すりの外し放し、重機の作業範囲の立入禁止措置、"
          "分電盤の施錠の順である。"),
    ("h1", "6. 健康管理"),
    ("p", "定期健康診断の受診率は100%であった。ストレスチェックの受検率は94.2%（2025年度は91.7%）で、高ストレス者の"
          "うち希望した23人が産業医の面接指導を受けた。熱中症は、休業災害1件のほか不休災害が3件あった。"
          "長時間労働者（時間外労働が月80時間を超える者）は延べ14人（2025年度は延べ31人）に減った。"),
    ("h1", "7. 2027年度の重点目標"),
    ("p", "墜落・転落災害ゼロと、全社の度数率1.00以下を目標とする。重機と人の接触を防ぐため、2027年度中に保有する"
          "すべてのバックホウに接近警報装置を取り付ける。"),
    ("h1", "8. 問い合わせ先"),
    ("p", "この報告書についての問い合わせは、汐見野建設株式会社 安全品質管理室（電話 0299-00-2170、"
          "anzen@shiomino-kensetsu.example）まで。"),
]

# ---------------------------------------------------------------------------------------------
# 3. XLSX: orders received, completed construction, main projects, qualified staff.

FIGURES_FILENAME = "受注・完成工事高_2026年度.xlsx"
# 部門, 受注高 2025, 2026, 完成工事高 2025, 2026, 完成工事総利益 2026 (百万円)
DIVISION_ROWS = [
    ("建築事業部", 8412, 9035, 7968, 8544, 905),
    ("土木事業部", 5236, 4871, 4905, 5117, 711),
    ("設備事業部", 1874, 2102, 1796, 1958, 262),
]
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
# Monthly orders of 2026年度 (百万円) for the first eleven months; March makes up the year's total.
MONTHLY_FIRST_ELEVEN = {
    "建築事業部": [612, 845, 1230, 508, 396, 1012, 734, 688, 957, 421, 780],
    "土木事業部": [420, 315, 688, 290, 512, 376, 401, 265, 330, 298, 455],
    "設備事業部": [154, 98, 212, 176, 143, 201, 165, 188, 122, 137, 219],
}
# 工事名, 発注者, 部門, 請負金額 (百万円), 着工, 竣工（予定）, 進捗率 (%)
PROJECT_ROWS = [
    ("汐見野市立東小学校 校舎改築工事", "汐見野市", "建築", 1842, "2025年7月", "2027年8月", 68),
    ("汐見野港 臨港道路改良工事", "県 汐見野港湾事務所", "土木", 1126, "2026年4月", "2027年12月", 43),
    ("（仮称）港町二丁目共同住宅 新築工事", "民間（不動産会社）", "建築", 2375, "2026年1月", "2027年10月", 55),
    ("県道汐見野白根線 白根橋 補修工事", "県 汐見野土木事務所", "土木", 684, "2026年6月", "2027年6月", 77),
    ("汐見野市民病院 空調設備更新工事", "汐見野市", "設備", 493, "2026年9月", "2027年7月", 62),
    ("北浜物流センター 新築工事", "民間（物流会社）", "建築", 1558, "2026年11月", "2028年2月", 18),
]
# 区分, 2026年3月末, 2027年3月末 (人)
STAFF_ROWS = [
    ("従業員（正社員）", 312, 326),
    ("うち技術職", 228, 239),
    ("技術士（建設部門）", 4, 5),
    ("一級建築士", 18, 21),
    ("1級建築施工管理技士", 46, 51),
    ("1級土木施工管理技士", 38, 44),
    ("1級電気工事施工管理技士", 9, 11),
    ("1級管工事施工管理技士", 7, 8),
    ("2級施工管理技士（各種）", 63, 67),
]

# ---------------------------------------------------------------------------------------------
# 4. PPTX: site managers' briefing.

BRIEF_FILENAME = "2027年度_作業所長会議_熱中症対策と4週8閉所.pptx"
BRIEF_TITLE = "2027年度 夏季の熱中症対策と4週8閉所の進め方"
BRIEF_COVER = ["汐見野建設株式会社 安全品質管理室・工事部", "令和9年（2027年）3月19日 作業所長会議"]
HEAT_TITLE = "WBGT値に応じた休憩と作業の基準（2027年5月〜9月）"
HEAT_TABLE = [
    ["WBGT値", "休憩（2027年度）", "休憩（2026年度まで）", "屋外作業"],
    ["25未満", "90分ごとに10分", "120分ごとに10分", "通常どおり"],
    ["25以上28未満", "60分ごとに10分", "90分ごとに10分", "通常どおり"],
    ["28以上31未満", "30分ごとに15分", "60分ごとに10分", "重作業は作業所長の許可制"],
    ["31以上", "20分ごとに15分", "45分ごとに15分", "原則中止（14時〜16時は全面中止）"],
]
HEAT_NOTE = ("夏季（7月1日〜9月15日）の作業時間は7:30〜16:30とする（2026年度までは8:00〜17:00）。"
             "空調服は1人1着まで会社が負担する（上限13,000円）。")
HEAT_SPEAKER = "WBGT計は各作業所に2台以上置き、朝礼時と13時に測って記録する。協力会社の作業員にも同じ基準を適用する。"
CLOSURE_TITLE = "4週8閉所の実績と2027年度の目標"
CLOSURE_TABLE = [
    ["部門", "閉所率 2026年度実績（%）", "閉所率 2027年度目標（%）", "4週8閉所を達成した作業所（2026年度）"],
    ["建築事業部", "71.4", "85", "9か所／21か所"],
    ["土木事業部", "78.9", "92", "12か所／17か所"],
    ["設備事業部", "83.3", "90", "7か所／9か所"],
    ["全社", "76.2", "88", "28か所／47か所"],
]
CLOSURE_NOTE = ("閉所率＝閉所した日数÷4週8休の所定閉所日数。閉所日に作業が必要なときは、前週の金曜日までに工事部長へ"
                "届け出る（2026年度までは前日まで）。振替の閉所日は同じ4週の中で取る。")
CLOSURE_SPEAKER = "土曜日の閉所に協力した協力会社には、労務費の補填として作業員1人1日1,600円を支払う。発注者への工期の説明は作業所長が行う。"

# ---------------------------------------------------------------------------------------------
# 5. Markdown: the equipment centre's guide.

GUIDE_FILENAME = "機材センター利用案内_2027年4月.md"
GUIDE_TEXT = """# 機材センター利用案内（2027年4月1日から）

汐見野建設株式会社 工務部 機材センター　令和9年（2027年）3月22日

作業所の皆さんへ。2027年4月1日（令和9年4月1日）から、機材センターの営業時間と社内貸出料、予約の締切を
次のとおり変更します。予約は社内ポータルの「機材予約」から、作業所長又は工事主任が行ってください。

## 1. 拠点と営業時間

| 拠点 | 平日 | 土曜 | 日曜・祝日 | 電話 |
|---|---|---|---|---|
| 北浜機材センター | 7:00〜18:00 | 7:00〜12:00 | 休業 | 0299-00-2181 |
| 白根資材置場 | 7:30〜17:00 | 休業 | 休業 | 0299-00-2186 |
| 港町仮設材ヤード | 8:00〜17:00 | 8:00〜12:00 | 休業 | 0299-00-2189 |

- 北浜機材センターの平日の営業時間は、3月までは7:00〜17:00でした。
- 年末年始（12月29日〜1月3日）は全拠点休業です。緊急時は当番携帯（0299-00-2199）へ連絡してください。

## 2. 社内貸出料と予約の締切

| 機材 | 社内貸出料（1日・4月から） | 3月まで | 予約の締切 |
|---|---|---|---|
| バックホウ（0.25m³） | 13,500円 | 11,800円 | 3営業日前 |
| バックホウ（0.45m³） | 19,800円 | 17,500円 | 3営業日前 |
| 高所作業車（12m） | 16,200円 | 14,600円 | 5営業日前 |
| 振動ローラー（2.5t） | 8,600円 | 7,700円 | 3営業日前 |
| 発電機（25kVA） | 4,600円 | 4,200円 | 前営業日の15時 |
| 投光器（LED・4灯） | 1,300円 | 1,100円 | 前営業日の15時 |

- 貸出料は作業所の工事原価に計上します。貸出日と返却日はそれぞれ1日と数えます。
- 予約の締切は、3月までは一律に2営業日前でした。
- 4tユニック車による運搬（汐見野市内・1往復）は9,500円です（3月までは8,800円）。

## 3. 返却と精算

- 燃料は満タンにして返却してください。不足分は1Lにつき190円で精算します。
- 返却が予定日より遅れたときは、遅れた1日につき貸出料の1.5倍を精算します。
- 返却時は、機材センターの係員の立会いで点検を受けてください。故障や破損の修理費は作業所の負担とします（1件10万円まで。超える分は工務部で負担）。

## 4. 問い合わせ

工務部 機材センター　浜崎（電話 0299-00-2181、kizai@shiomino-kensetsu.example）
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
    properties.title = RULES_TITLE
    properties.author = "汐見野建設株式会社 総務部"
    properties.last_modified_by = "汐見野建設株式会社 総務部"
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
        elif kind == "two_row_table":
            header_1 = ["職位", "日当（1日）", "", "宿泊料（甲地・1泊）", "", "宿泊料（乙地・1泊）", ""]
            header_2 = ["", "現行", "改定前", "現行", "改定前", "現行", "改定前"]
            table = document.add_table(rows=2 + len(PER_DIEM_ROWS), cols=7)
            table.style = document.styles["Table Grid"]
            for row_index, labels in enumerate((header_1, header_2)):
                for column_index, value in enumerate(labels):
                    if value:
                        table.cell(row_index, column_index).text = value
            for top, left, bottom, right in ((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 0, 6)):
                text = table.cell(top, left).text
                merged = table.cell(top, left).merge(table.cell(bottom, right))
                merged.text = text
            docx_header_row(table.rows[0], HEADER_FILL)
            docx_header_row(table.rows[1], HEADER_FILL)
            for row_index, row in enumerate(PER_DIEM_ROWS, start=2):
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
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#" + HEADER_FILL)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ])
    widths = {
        "table_accidents": [28, 22, 24, 24, 34, 20, 20],
        "table_costs": [44, 26, 26, 78],
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
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=SAFETY_TITLE,
                                 author="汐見野建設株式会社 安全品質管理室",
                                 leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin)
    document.build(flow)


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="8E8E8E")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
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
    divisions = workbook.active
    divisions.title = "部門別実績"
    title(divisions, "汐見野建設 部門別 受注高・完成工事高（2025年度・2026年度）", 7)
    header(divisions, ["部門", "受注高 2025年度（百万円）", "受注高 2026年度（百万円）", "完成工事高 2025年度（百万円）",
                       "完成工事高 2026年度（百万円）", "完成工事総利益 2026年度（百万円）", "総利益率 2026年度（%）"])
    for index, (name, o2025, o2026, c2025, c2026, profit) in enumerate(DIVISION_ROWS, start=3):
        put_row(divisions, index, [(name, None), (o2025, integer), (o2026, integer), (c2025, integer), (c2026, integer),
                                   (profit, integer), (round(profit / c2026 * 100, 1), decimal)], False)
    sums = [sum(row[i] for row in DIVISION_ROWS) for i in range(1, 6)]
    put_row(divisions, 3 + len(DIVISION_ROWS), [("合計", None)] + [(value, integer) for value in sums]
            + [(round(sums[4] / sums[3] * 100, 1), decimal)], True)
    widths(divisions, (14, 22, 22, 24, 24, 26, 20))

    months = workbook.create_sheet("月別受注高")
    title(months, "月別 受注高（2026年度・令和8年度）", 5)
    header(months, ["月", "建築事業部（百万円）", "土木事業部（百万円）", "設備事業部（百万円）", "計（百万円）"])
    monthly = {}
    for (name, _o2025, o2026, *_rest) in DIVISION_ROWS:
        first = MONTHLY_FIRST_ELEVEN[name]
        monthly[name] = first + [o2026 - sum(first)]
    names = [row[0] for row in DIVISION_ROWS]
    for index, month in enumerate(MONTHS):
        values = [monthly[name][index] for name in names]
        label = f"{2026 if index < 9 else 2027}年{month}"
        put_row(months, 3 + index, [(label, None)] + [(value, integer) for value in values] + [(sum(values), integer)],
                False)
    totals = [sum(monthly[name]) for name in names]
    put_row(months, 3 + len(MONTHS), [("合計", None)] + [(value, integer) for value in totals] + [(sum(totals), integer)],
            True)
    widths(months, (14, 20, 20, 20, 16))

    projects = workbook.create_sheet("主要工事")
    title(projects, "施工中の主要工事（2027年3月末現在）", 7)
    header(projects, ["工事名", "発注者", "部門", "請負金額（百万円）", "着工", "竣工（予定）", "進捗率 2027年3月末（%）"])
    for index, (name, client, division, amount, start, finish, progress) in enumerate(PROJECT_ROWS, start=3):
        put_row(projects, index, [(name, None), (client, None), (division, None), (amount, integer), (start, None),
                                  (finish, None), (progress, "0")], False)
    put_row(projects, 3 + len(PROJECT_ROWS), [("合計", None), ("6件", None), ("", None),
                                              (sum(row[3] for row in PROJECT_ROWS), integer), ("", None), ("", None),
                                              ("", None)], True)
    widths(projects, (38, 22, 8, 18, 12, 14, 22))

    staff = workbook.create_sheet("人員・資格者")
    title(staff, "従業員数と有資格者数", 3)
    header(staff, ["区分", "2026年3月末（人）", "2027年3月末（人）"])
    for index, (label, before, after) in enumerate(STAFF_ROWS, start=3):
        put_row(staff, index, [(label, None), (before, integer), (after, integer)], False)
    widths(staff, (28, 18, 18))

    notes = workbook.create_sheet("注記")
    for index, line in enumerate([
        "注記",
        "1. 2025年度は令和7年度（2025年4月〜2026年3月）、2026年度は令和8年度（2026年4月〜2027年3月）。",
        "2. 金額は税抜、百万円未満を四捨五入。受注高は契約変更による増減を含む。",
        "3. 総利益率＝完成工事総利益÷完成工事高×100。",
        "4. 有資格者数は正社員のみ。1人が複数の資格を持つ場合は、それぞれの資格で数えている。",
    ], start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 110
    save_workbook(workbook, path, title="汐見野建設 受注・完成工事高（2026年度）", creator="汐見野建設株式会社 経営企画部",
                  moment=FIXED_MOMENT)


def _table_slide(presentation: object, title: str, rows: list[list[str]], widths: list[float], note: str,
                 speaker: str) -> None:
    from pptx.util import Inches

    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.6, 0.3, 12.1, 1.0)
    pptx_fill(slide.shapes.title.text_frame, [title], 28)
    height = 0.55 * len(rows)
    shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(0.6), Inches(1.4), Inches(sum(widths)),
                                   Inches(height))
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
    box = slide.shapes.add_textbox(Inches(0.6), Inches(1.6 + height), Inches(12.1), Inches(1.0))
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
    _table_slide(presentation, HEAT_TITLE, HEAT_TABLE, [2.4, 3.0, 3.0, 3.7], HEAT_NOTE, HEAT_SPEAKER)
    _table_slide(presentation, CLOSURE_TITLE, CLOSURE_TABLE, [2.4, 3.0, 3.0, 3.7], CLOSURE_NOTE, CLOSURE_SPEAKER)
    properties = presentation.core_properties
    properties.title = BRIEF_TITLE
    properties.author = "汐見野建設株式会社 安全品質管理室"
    properties.last_modified_by = "汐見野建設株式会社 安全品質管理室"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_markdown(path: Path) -> None:
    path.write_bytes(GUIDE_TEXT.encode("utf-8"))


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((RULES_FILENAME, build_docx), (SAFETY_FILENAME, build_pdf),
                              (FIGURES_FILENAME, build_xlsx), (BRIEF_FILENAME, build_pptx),
                              (GUIDE_FILENAME, build_markdown)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
