"""Write the five documents of the thirteenth holdout corpus (tests/data/holdout13/README.md).

One fictional regional fitness club chain, 株式会社かざみスポーツ (head office in the fictional 風見市;
the clubs are called かざみフィットネス: 風見駅前店, 桜川店, 東浜店, 白鷺台店 and 緑ヶ丘店, three of them
with a pool; a personal-training service and a kids' swimming school, かざみキッズスイミングスクール),
and five documents its staff would look things up in: the membership terms as Word (a fee table
banded by age with a two-row header, 改定後 beside 改定前, and a table of other charges), the
operations and safety report of fiscal 2026 as a PDF (a first-aid table of two fiscal years that
crosses a page break), the member and visit figures as Excel (visits month by month and club by club,
members by club at two dates, studio programmes), a briefing deck for the club managers as
PowerPoint (opening hours and personal-training prices, each with a rule in a note and speaker
notes), and the kids' swimming school guide as Markdown (classes banded by age and school year).
Every name, address, telephone number and figure here is invented (e-mail domains end in
`.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the Markdown file
is plain text written with fixed line ends.

    .venv/bin/python tests/data/holdout13/make_holdout13.py
"""

from __future__ import annotations

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
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 3, 8, 14, 0, 0)
COMPANY = "株式会社かざみスポーツ"
BRAND = "かざみフィットネス"
HEADER_FILL = "E2EFDA"

# ---------------------------------------------------------------------------------------------
# Figures shared by more than one document.

CLUBS = ["風見駅前店", "桜川店", "東浜店", "白鷺台店", "緑ヶ丘店"]
POOL_CLUBS = ["風見駅前店", "桜川店", "白鷺台店"]

MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
# 延べ利用者数 of 2026年度 by month and club (人)
VISITS = {
    "風見駅前店": [24318, 23876, 22154, 21487, 20963, 22705, 23941, 24102, 21356, 25874, 24613, 23290],
    "桜川店": [18642, 18215, 17390, 17802, 18957, 17124, 17966, 18030, 16288, 19415, 18734, 17851],
    "東浜店": [11205, 10984, 10436, 10012, 9687, 10318, 10873, 11046, 9765, 12138, 11692, 11327],
    "白鷺台店": [15873, 15402, 14968, 16235, 17146, 14790, 15318, 15564, 13902, 16872, 16245, 15637],
    "緑ヶ丘店": [8964, 9127, 8842, 8615, 8403, 8786, 9215, 9348, 8127, 9876, 9603, 9482],
}
MONTH_TOTALS = [sum(VISITS[club][index] for club in CLUBS) for index in range(12)]
VISITS_TOTAL = sum(MONTH_TOTALS)

# 店舗: 全日会員 2026年3月末, 2027年3月末, デイタイム会員 2026年3月末, 2027年3月末,
# キッズスイミング スクール生 2026年3月末, 2027年3月末 (人)
MEMBER_ROWS = [
    (2846, 2913, 612, 655, 486, 512),
    (2215, 2178, 538, 561, 402, 437),
    (1387, 1452, 296, 318, 0, 0),
    (1963, 2031, 701, 689, 358, 371),
    (1124, 1186, 243, 262, 0, 0),
]
MEMBER_TOTALS = [sum(row[index] for row in MEMBER_ROWS) for index in range(6)]
MEMBERS_2026 = MEMBER_TOTALS[0] + MEMBER_TOTALS[2]
MEMBERS_2027 = MEMBER_TOTALS[1] + MEMBER_TOTALS[3]

# プログラム, 実施回数 2026年度 (回), 延べ参加者数 2025年度, 2026年度 (人)
PROGRAM_ROWS = [
    ("ヨガ", 1248, 18734, 19862),
    ("ピラティス", 936, 12105, 13478),
    ("エアロビクス", 1040, 16320, 15207),
    ("ボクシングエクササイズ", 624, 8842, 9731),
    ("アクアビクス", 832, 11456, 12093),
    ("水中ウォーキング", 728, 9315, 10184),
    ("ストレッチ・ほぐし", 1144, 14987, 16352),
]


def _n(value: int) -> str:
    return f"{value:,}"


# ---------------------------------------------------------------------------------------------
# 1. DOCX: the membership terms.

TERMS_FILENAME = "会員規約_会費及び諸料金_2027年4月改定.docx"
TERMS_TITLE = "かざみフィットネス 会員規約（会費及び諸料金）2027年4月改定"

# 会員区分, 年齢, 全日会員 月会費 改定後, 改定前, デイタイム会員 月会費 改定後, 改定前, 入会金 (円)
FEE_ROWS = [
    ("ジュニア会員", "15歳以下", "4,950", "4,400", "―", "―", "2,200"),
    ("ユース会員", "16歳以上22歳以下", "7,700", "7,150", "6,160", "5,610", "3,300"),
    ("レギュラー会員", "23歳以上64歳以下", "10,780", "9,900", "8,580", "7,920", "5,500"),
    ("シニア会員", "65歳以上74歳以下", "8,250", "7,590", "6,490", "5,940", "3,850"),
    ("プラチナ会員", "75歳以上", "6,930", "6,380", "5,170", "4,730", "1,100"),
]

CHARGE_TABLE = [
    ["料金の項目", "改定後（税込）", "改定前（税込）"],
    ["会員証（ICカード）の再発行（1枚）", "1,650円", "1,320円"],
    ["休会費（1か月あたり）", "1,210円", "1,045円"],
    ["専用ロッカー（1か月あたり）", "2,640円", "2,090円"],
    ["レンタルタオルセット（1か月あたり）", "1,430円", "1,265円"],
    ["会員の同伴者の施設利用（1回）", "2,750円", "2,365円"],
]

TERMS_BODY: list[tuple[str, object]] = [
    ("right", "令和9年（2027年）2月1日 改定　令和9年（2027年）4月1日 施行"),
    ("h1", "第1条 目的及び適用"),
    ("p", "この規約は、株式会社かざみスポーツ（以下「当社」という。）が運営するフィットネスクラブ「かざみフィットネス」"
          "（以下「クラブ」という。）の会員の資格、会費及び諸料金、休会、退会等について定める。改定後の会費は、"
          "令和9年（2027年）4月分の会費から適用し、同年3月分までは改定前の会費（令和6年（2024年）4月1日から"
          "適用していたもの）を適用する。"),
    ("h1", "第2条 施設"),
    ("p", "クラブは、風見駅前店、桜川店、東浜店、白鷺台店及び緑ヶ丘店の5店舗とする。プールは、風見駅前店、桜川店及び"
          "白鷺台店にのみ設ける。会員は、入会した店舗（以下「所属店」という。）のほか、他の店舗も利用できる。所属店"
          "以外の店舗を利用するときは、1回550円（改定前は330円）の他店利用料を申し受ける。ただし、プラチナ会員の"
          "他店利用料は無料とする。"),
    ("h1", "第3条 会員の資格"),
    ("p", "クラブに入会できるのは、小学生以上で、医師から運動を止められていない者とする。18歳未満の者は、保護者の"
          "同意書を提出する。小学生は、保護者が同伴しないときは、トレーニングジムを利用できない。"),
    ("h1", "第4条 会員区分と月会費"),
    ("p", "月会費は、会員区分（年齢）と、利用できる時間帯（全日会員又はデイタイム会員）に応じて、次の表のとおりとする。"
          "全日会員は全営業時間に、デイタイム会員は平日の開館から17時までに利用できる（デイタイム会員は、土曜・日曜・"
          "祝日は利用できない）。"),
    ("fee_table", None),
    ("p", "注1：年齢は、毎年4月1日時点の満年齢による。年度の途中で誕生日を迎えても、会員区分はその年度の終わりまで"
          "変わらない。"),
    ("p", "注2：ジュニア会員には、デイタイム会員の区分を設けない。"),
    ("p", "注3：金額はいずれも消費税等相当額を含む。入会金は、入会の手続きのときに一度だけ申し受ける。"),
    ("h1", "第5条 会費の支払い"),
    ("p", "月会費は、前月27日に、会員が指定した口座から翌月分を振り替える。入会のときは、入会金と、入会月及び翌月の"
          "2か月分の月会費を、現金又はクレジットカードで支払う。入会月の16日以後に入会した場合、入会月の月会費は半額"
          "とする（改定前は日割りで計算していた）。"),
    ("h1", "第6条 諸料金"),
    ("p", "月会費のほかに会員が利用するサービスの料金は、次の表のとおりとする。"),
    ("table", CHARGE_TABLE),
    ("h1", "第7条 休会"),
    ("p", "会員は、1か月単位で休会することができる。休会できる期間は、連続して最長6か月（改定前は最長3か月）とし、"
          "休会中は月会費に代えて第6条の休会費を支払う。休会の届出は、休会を始める月の前月10日までに、所属店の"
          "フロントで行う。けが、病気又は出産による休会は、医師の診断書を提出すれば、休会費を免除する。"),
    ("h1", "第8条 退会及び再入会"),
    ("p", "退会を希望する会員は、退会する月の前月15日まで（改定前は前月末日まで）に、所属店のフロントで退会届を"
          "提出する。電話やメールによる退会の届出は受け付けない。会員証は、退会届と一緒に返却する。退会した日から"
          "1年以内に再入会する場合は、入会金を半額（改定前は全額）とする。月会費の支払いを3か月以上怠った会員は、"
          "当社が除名することがある。"),
    ("h1", "第9条 問い合わせ"),
    ("p", "この規約に関する問い合わせは、株式会社かざみスポーツ 会員サービス課（電話 0296-00-3100、平日10時から"
          "18時まで）又は各店舗のフロントで受け付ける。"),
]

# ---------------------------------------------------------------------------------------------
# 2. PDF: the operations and safety report of fiscal 2026.

REPORT_FILENAME = "施設運営・安全管理報告書_2026年度.pdf"
REPORT_TITLE = "株式会社かざみスポーツ 令和8年度（2026年度）施設運営・安全管理報告書"

# 場所, 内容, 2025年度, 2026年度 (件)
FIRST_AID_ITEMS = [
    ("プール", "溺水のおそれによる救助", 9, 6),
    ("プール", "プールサイドでの転倒", 27, 31),
    ("プール", "足のけいれん（こむら返り）", 64, 58),
    ("プール", "水の誤飲・むせ", 41, 46),
    ("トレーニングジム", "マシン・器具による打撲・挟まれ", 18, 22),
    ("トレーニングジム", "ダンベル・プレートの落下", 7, 11),
    ("トレーニングジム", "肉離れ・捻挫", 35, 29),
    ("トレーニングジム", "過呼吸・めまい", 23, 26),
    ("スタジオ", "レッスン中の転倒", 21, 17),
    ("スタジオ", "熱中症の疑い", 12, 19),
    ("スタジオ", "胸の痛み・動悸の訴え", 5, 4),
    ("浴室・サウナ", "のぼせ・気分不良", 48, 53),
    ("浴室・サウナ", "浴室での転倒", 16, 13),
    ("浴室・サウナ", "やけど（サウナストーブ等）", 3, 2),
    ("キッズスクール", "レッスン中のけが（擦り傷・打撲）", 38, 33),
    ("キッズスクール", "体調不良による見学・早退", 57, 62),
    ("更衣室・ロビー", "更衣室・ロビーでの転倒", 14, 18),
    ("更衣室・ロビー", "鼻血・切り傷の手当て", 72, 68),
]
FIRST_AID_2025 = sum(item[2] for item in FIRST_AID_ITEMS)
FIRST_AID_2026 = sum(item[3] for item in FIRST_AID_ITEMS)

FIRST_AID_ROWS = [["場所", "内容", "2025年度（件）", "2026年度（件）", "前年度比（%）"]] + [
    [place, name, _n(y2025), _n(y2026), f"{y2026 / y2025 * 100:.1f}"] for place, name, y2025, y2026 in FIRST_AID_ITEMS
] + [["合計", "―", _n(FIRST_AID_2025), _n(FIRST_AID_2026), f"{FIRST_AID_2026 / FIRST_AID_2025 * 100:.1f}"]]

REPORT_BLOCKS: list[tuple[str, object]] = [
    ("p", "令和9年（2027年）5月 株式会社かざみスポーツ 運営本部 安全管理室"),
    ("h1", "1. 運営の概況"),
    ("p", "この報告書は、2026年度（令和8年度、2026年4月1日から2027年3月31日まで）に当社が運営した5店舗の利用状況と、"
          "救護・事故への対応、プールの衛生管理、職員の研修をまとめたものである。"),
    ("p", f"2027年3月末の会員数（全日会員とデイタイム会員の計）は{_n(MEMBERS_2027)}人（前年度末{_n(MEMBERS_2026)}人）で、"
          f"このほかキッズスイミングスクールの在籍生が{_n(MEMBER_TOTALS[5])}人いる。5店舗の延べ利用者数は"
          f"{_n(VISITS_TOTAL)}人であった。年間の営業日数は、東浜店が358日、そのほかの4店舗が各310日から"
          "322日であった。"),
    ("p", "救急車を要請して医療機関に搬送した事案は4件（前年度6件）で、うち1件はトレーニングジムで倒れた会員に職員が"
          "AEDを使用し、救急隊に引き継いだものである。この会員は回復し、後日、職員に感謝の言葉が寄せられた。"
          "施設の設備が原因となった事故はなかった。"),
    ("p", "プールでの救助は、監視員が異変に気づいてから平均12秒で入水して行った。夏季の熱中症対策として、スタジオの"
          "空調を見直し、レッスンの途中に給水の時間を設けた。"),
    ("h1", "2. 救護・事故対応の実績"),
    ("p", "職員が救護や手当てを行った件数は、次の表のとおりである（前年度比は2026年度の件数を2025年度の件数で割った値）。"),
    ("table", FIRST_AID_ROWS),
    ("p", "熱中症の疑いは、7月と8月のスタジオレッスンで多く、前年度を上回った。溺水のおそれによる救助は、監視の"
          "配置を見直したことで前年度を下回った。"),
    ("h1", "3. プールの衛生管理"),
    ("p", "遊離残留塩素濃度は、3店舗のプールで毎日、開館前と正午と17時の3回測定し、すべて0.4mg/Lから1.0mg/Lの"
          "範囲に保った。水質の定期検査は毎月1回、レジオネラ属菌の検査はプールと浴室で年4回行い、すべて不検出で"
          "あった。ろ過装置のろ材は、白鷺台店で2026年9月に交換した。"),
    ("h1", "4. 職員の研修"),
    ("p", "2027年3月末の職員は、正社員64人、アルバイト・パート198人である。消防署の普通救命講習を修了した職員は"
          "126人（前年度末118人）で、プールの監視に就く職員は全員が修了している。AEDの取扱い訓練は各店舗で年2回、"
          "避難訓練は年2回行った。"),
    ("h1", "5. 2027年度の重点目標"),
    ("p", "救護・事故対応の件数を2026年度より1割減らすこと、普通救命講習の修了者を140人以上にすること、プールの"
          "監視員の交代を30分ごとに徹底することを目標とする。"),
    ("h1", "6. 問い合わせ先"),
    ("p", "この報告書についての問い合わせは、株式会社かざみスポーツ 運営本部 安全管理室（電話 0296-00-3150、"
          "anzen@kazami-sports.example）まで。"),
]

REPORT_LAYOUT = ReportLayout(
    body_size=10.5, body_leading=17, heading_size=13, heading_leading=19, heading_space_before=9,
    heading_space_after=4, title_size=15, title_leading=21, table_header_colour="#" + HEADER_FILL,
    table_gap_mm=4, margin_mm=20,
)

# ---------------------------------------------------------------------------------------------
# 3. XLSX: the member and visit figures.

FIGURES_FILENAME = "会員数・利用者数_2026年度.xlsx"

# ---------------------------------------------------------------------------------------------
# 4. PPTX: the briefing for the club managers.

BRIEF_FILENAME = "2027年度_営業時間とパーソナル料金の改定_店長会議.pptx"
BRIEF_TITLE = "2027年度 営業時間の変更とパーソナルトレーニング料金の改定"
BRIEF_COVER = ["株式会社かざみスポーツ 運営本部",
               "令和9年（2027年）3月4日 店長会議"]
HOURS_TITLE = "店舗別の営業時間（2027年4月から）"
HOURS_TABLE = [
    ["店舗", "平日 2027年4月から", "平日 2027年3月まで", "土曜・日曜・祝日", "定休日"],
    ["風見駅前店", "7:00〜23:00", "7:00〜23:30", "9:00〜20:00", "第3木曜日"],
    ["桜川店", "9:00〜22:30", "9:30〜22:30", "9:00〜19:00", "毎週木曜日"],
    ["東浜店", "6:00〜24:00", "7:00〜23:00", "8:00〜22:00", "なし（年末年始を除く）"],
    ["白鷺台店", "9:30〜22:00", "9:30〜22:30", "9:30〜19:00", "毎週火曜日"],
    ["緑ヶ丘店", "10:00〜22:00", "10:00〜21:30", "10:00〜18:00", "毎週水曜日"],
]
HOURS_NOTE = ("最終入館は閉館の60分前までとします（2027年3月までは30分前まで）。プールとサウナの利用は、閉館の"
              "30分前までです。")
HOURS_SPEAKER = ("東浜店は駅前の再開発で朝と深夜の利用が増えたため、平日の営業を6時から24時までに広げます。白鷺台店は"
                 "22時台の利用が1日平均9人と少ないため、30分早く閉館します。")
PERSONAL_TITLE = "パーソナルトレーニング料金の改定（税込）"
PERSONAL_TABLE = [
    ["コース", "1回の時間", "有効期間", "2027年4月から", "2027年3月まで"],
    ["体験（1回）", "50分", "当日のみ", "2,980円", "2,480円"],
    ["4回コース", "50分", "2か月", "26,400円", "23,760円"],
    ["8回コース", "50分", "3か月", "50,160円", "45,760円"],
    ["12回コース", "50分", "4か月", "71,280円", "66,000円"],
    ["月2回プラン（継続）", "50分", "毎月", "13,860円", "12,540円"],
]
PERSONAL_NOTE = ("予約の変更・取消しは、前日の20時までは無料とします（2027年3月までは当日の正午まで）。それより後の"
                 "取消しは1回分を消化したものとします。有効期間を過ぎた回数券は払い戻しません。")
PERSONAL_SPEAKER = ("トレーナーの報酬を見直したため、体験以外は約1割の値上げになります。3月中に回数券を購入した会員は、"
                    "改定前の料金のまま有効期間まで利用できます。")
POINTS_TITLE = "2027年度の重点事項"
POINTS = [
    "・営業時間の変更を、3月中に館内掲示と会員アプリで知らせる",
    "・会員規約の改定（月会費・休会・退会）を、フロントで会員に説明する",
    "・普通救命講習の修了者を各店舗で増やす",
    "・キッズスイミングの夏休み短期教室の募集を5月に始める",
]

# ---------------------------------------------------------------------------------------------
# 5. Markdown: the kids' swimming school guide.

GUIDE_FILENAME = "キッズスイミングスクール_入会のご案内_2027年度.md"
GUIDE_TEXT = """# かざみキッズスイミングスクール 2027年度 入会のご案内

株式会社かざみスポーツ スクール事務局（2027年3月1日 発行）

かざみキッズスイミングスクールは、プールのある風見駅前店・桜川店・白鷺台店の3店舗で開いている子ども向けの
水泳教室です。2027年4月から、クラスの区分と月謝を次のとおりとします。

## 1. クラスと月謝（税込）

| クラス | 対象 | 週1回コース | 週2回コース | 1回のレッスン時間 |
|---|---|---|---|---|
| ベビークラス | 生後6か月〜2歳（保護者と一緒に入水） | 5,280円 | ― | 40分 |
| 幼児クラス | 3歳〜年長 | 6,270円 | 10,890円 | 50分 |
| 小学生低学年クラス | 小学1年生〜3年生 | 6,820円 | 11,440円 | 60分 |
| 小学生高学年クラス | 小学4年生〜6年生 | 7,040円 | 11,880円 | 60分 |
| 中学生クラス | 中学1年生〜3年生 | 7,480円 | 12,650円 | 75分 |

- 入会金は2,970円です。兄弟姉妹がすでに在籍している場合は、入会金はいただきません。
- 年会費として、スポーツ安全保険料を含む1,800円を毎年4月に申し受けます。
- 指定の水着・キャップ・バッグのセットは8,470円です（キャップのみは990円）。
- 月謝は、前月27日に口座から振り替えます。ベビークラスには週2回コースはありません。

## 2. 欠席と振替

- 欠席したレッスンは、同じ月のうちに2回まで、ほかの曜日・時間のレッスンに振り替えられます。
- 振替の予約は、振替先のレッスンの前日19時までに、スクール専用アプリで行ってください。
- 欠席しても月謝は返金しません。1か月まるごと休む場合は、前月10日までに休会届を出してください
  （休会中は月500円）。

## 3. 進級テスト

進級テストは毎月最終週のレッスンの中で行い、テスト料はかかりません。級は25級から始まり、1級が最上級です。

| 級 | 主な合格基準 |
|---|---|
| 25級〜21級 | 顔つけ・もぐる・浮く |
| 20級〜16級 | けのび5m、バタ足12.5m |
| 15級〜11級 | クロール25m、背泳ぎ25m |
| 10級〜6級 | 平泳ぎ25m、バタフライ25m |
| 5級〜1級 | 個人メドレー100m（1級は1分50秒以内） |

合格した子には、テストの翌週に合格証とワッペンを渡します。

## 4. 夏休み短期教室

2027年7月26日（月）から7月29日（木）までの4日間、小学生を対象に短期教室を開きます。参加費は、在籍生が
4,620円、在籍生以外が6,600円です。定員は各店舗40人で、申込みは6月1日から受け付けます。

## 5. 問い合わせ

かざみキッズスイミングスクール 事務局（電話 0296-00-3180、火曜日から土曜日の10時から19時まで、
school@kazami-sports.example）
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
    properties.title = TERMS_TITLE
    properties.author = f"{COMPANY} 会員サービス課"
    properties.last_modified_by = f"{COMPANY} 会員サービス課"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    document.add_heading(TERMS_TITLE, level=0)

    def new_table(rows: int, cols: int) -> object:
        table = document.add_table(rows=rows, cols=cols)
        table.style = document.styles["Table Grid"]
        return table

    def fill_row(table: object, row_index: int, values: list[str] | tuple[str, ...]) -> None:
        for column_index, value in enumerate(values):
            if value:
                table.cell(row_index, column_index).text = value  # type: ignore[attr-defined]

    for kind, content in TERMS_BODY:
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
            # Two header rows: 会員区分, 年齢 and 入会金 merged down; each monthly fee over 改定後 and 改定前.
            table = new_table(2 + len(FEE_ROWS), 7)
            fill_row(table, 0, ["会員区分", "年齢（4月1日時点）", "全日会員 月会費（円）", "",
                                "デイタイム会員 月会費（円）", "", "入会金（円）"])
            fill_row(table, 1, ["", "", "改定後", "改定前", "改定後", "改定前", ""])
            for first_row, first_col, last_row, last_col in ((0, 0, 1, 0), (0, 1, 1, 1), (0, 6, 1, 6),
                                                             (0, 2, 0, 3), (0, 4, 0, 5)):
                top_left = table.cell(first_row, first_col)  # type: ignore[attr-defined]
                text = top_left.text
                top_left.merge(table.cell(last_row, last_col)).text = text  # type: ignore[attr-defined]
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(table.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
            for row_index, row in enumerate(FEE_ROWS, start=2):
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

    font = "HeiseiKakuGo-W5"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    layout = REPORT_LAYOUT
    body = ParagraphStyle("body", fontName=font, fontSize=layout.body_size, leading=layout.body_leading,
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
                          colWidths=[width * mm for width in (32, 58, 30, 30, 20)], hAlign="LEFT")
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
                                 author=f"{COMPANY} 安全管理室",
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
    monthly.title = "月別延べ利用者数"
    sheet_head(monthly, "店舗別・月別 延べ利用者数（2026年度・令和8年度）",
               ["月"] + [f"{club}（人）" for club in CLUBS] + ["5店舗計（人）"], [14, 15, 13, 13, 14, 14, 16])
    for index, month in enumerate(MONTHS):
        values = [VISITS[club][index] for club in CLUBS]
        data_row(monthly, 3 + index, f"{2026 if index < 9 else 2027}年{month}", values + [sum(values)], ["#,##0"] * 6)
    data_row(monthly, 3 + len(MONTHS), "合計", [sum(VISITS[club]) for club in CLUBS] + [VISITS_TOTAL],
             ["#,##0"] * 6, total=True)
    monthly.freeze_panes = "B3"

    members = workbook.create_sheet("店舗別会員数")
    sheet_head(members, "店舗別 会員数・スクール生数（2026年3月末・2027年3月末）",
               ["店舗", "全日会員 2026年3月末（人）", "全日会員 2027年3月末（人）", "デイタイム会員 2026年3月末（人）",
                "デイタイム会員 2027年3月末（人）", "キッズスイミング 2026年3月末（人）",
                "キッズスイミング 2027年3月末（人）"], [14, 20, 20, 24, 24, 26, 26])
    for index, (club, row) in enumerate(zip(CLUBS, MEMBER_ROWS), start=3):
        data_row(members, index, club, list(row), ["#,##0"] * 6)
    data_row(members, 3 + len(CLUBS), "合計", MEMBER_TOTALS, ["#,##0"] * 6, total=True)

    programs = workbook.create_sheet("プログラム別参加実績")
    sheet_head(programs, "スタジオ・プールのプログラム別 参加実績（2025年度・2026年度）",
               ["プログラム", "実施回数 2026年度（回）", "延べ参加者数 2025年度（人）", "延べ参加者数 2026年度（人）",
                "1回あたり平均参加者数 2026年度（人）"], [24, 22, 26, 26, 32])
    for index, (name, sessions, y2025, y2026) in enumerate(PROGRAM_ROWS, start=3):
        data_row(programs, index, name, [sessions, y2025, y2026, round(y2026 / sessions, 1)],
                 ["#,##0", "#,##0", "#,##0", "0.0"])

    notes = workbook.create_sheet("注記")
    for index, line in enumerate([
        "注記",
        "1. 2026年度は令和8年度（2026年4月〜2027年3月）。2026年3月末は令和8年3月末、2027年3月末は令和9年3月末。",
        "2. 延べ利用者数は、会員証で入館した回数と、同伴者・体験者の入館回数の計。",
        "3. 会員数には休会中の会員を含む。キッズスイミングはスクール生の数で、全日会員・デイタイム会員には含まない。",
        "4. 東浜店と緑ヶ丘店にはプールがないため、キッズスイミングは開いていない。",
        "5. アクアビクスと水中ウォーキングはプールのある3店舗だけで行っている。",
    ], start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 110
    save_workbook(workbook, path, title="株式会社かざみスポーツ 会員数・利用者数（2026年度）",
                  creator=f"{COMPANY} 運営本部", moment=FIXED_MOMENT)


def _table_slide(presentation: object, title: str, rows: list[list[str]], widths: list[float], note: str,
                 speaker: str) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [title], 26)
    height = 0.48 * len(rows)
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
    pptx_fill(cover.shapes.title.text_frame, [BRIEF_TITLE], 32)
    pptx_place(cover.placeholders[1], 0.5, 3.7, 12.3, 1.8)
    pptx_fill(cover.placeholders[1].text_frame, BRIEF_COVER, 20)
    _table_slide(presentation, HOURS_TITLE, HOURS_TABLE, [2.2, 2.5, 2.5, 2.5, 2.6], HOURS_NOTE, HOURS_SPEAKER)
    _table_slide(presentation, PERSONAL_TITLE, PERSONAL_TABLE, [3.1, 1.8, 2.0, 2.5, 2.5], PERSONAL_NOTE,
                 PERSONAL_SPEAKER)
    points = presentation.slides.add_slide(presentation.slide_layouts[1])
    pptx_place(points.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(points.shapes.title.text_frame, [POINTS_TITLE], 26)
    pptx_place(points.placeholders[1], 0.5, 1.4, 12.3, 5.2)
    pptx_fill(points.placeholders[1].text_frame, POINTS, 18)
    properties = presentation.core_properties
    properties.title = BRIEF_TITLE
    properties.author = f"{COMPANY} 運営本部"
    properties.last_modified_by = f"{COMPANY} 運営本部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_markdown(path: Path) -> None:
    path.write_bytes(GUIDE_TEXT.encode("utf-8"))


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((TERMS_FILENAME, build_docx), (REPORT_FILENAME, build_pdf),
                              (FIGURES_FILENAME, build_xlsx), (BRIEF_FILENAME, build_pptx),
                              (GUIDE_FILENAME, build_markdown)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
