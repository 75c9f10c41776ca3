"""Write the five company documents of the third holdout corpus (tests/data/holdout3/README.md).

One fictional trucking and warehousing firm, ヒバリ運輸株式会社 (本社 and 研修センター in 高崎市;
高崎・前橋・太田・熊谷・宇都宮 の5センター, 伊勢崎センター opening in 2027), and five documents an
employee of it would look things up in: the 2027年度 事業計画説明会 deck as PowerPoint (bullet
slides and one table of centres by 売上高 two years side by side, vehicles and staff), the procedure
for failures of the warehouse system as a PDF (severity levels with first-contact deadlines and
recovery targets, old values in a note, manual shipping, backups, incident counts of two fiscal
years), a KPI workbook as Excel (centres by shipments, mis-shipments, claims, drivers, overtime and
accidents, two half-years side by side under merged headers, a 合計 row, a notes sheet), an
intranet portal page in HTML on the training centre and meeting rooms (capacities, hours, the
lodging building, a Q&A list), and a Markdown 規程 on the health of drivers (alcohol checks,
health checks by kind, brain check-up subsidies by age with the old value, overtime interviews,
contacts). Every company, person, address, telephone number and figure here is invented (e-mail
domains end in `.example`; telephone numbers use the unallocated 027-000 exchange). The documents
are dense with look-alike figures on purpose (one centre beside the next, one half-year or fiscal
year beside another, one severity level beside the next, the old value beside the new one): those
neighbours are what a wrong answer copies.

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the Markdown and
HTML files are plain text.

    .venv/bin/python tests/data/holdout3/make_holdout3.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import (  # noqa: E402
    Block,
    ReportLayout,
    normalize_zip,
    pptx_fill,
    pptx_font,
    print_sizes,
    reportlab_pdf,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 3, 1, 9, 0, 0)
COMPANY = "ヒバリ運輸株式会社"

# ---------------------------------------------------------------------------------------------
# 1. 2027年度 事業計画説明会 (PPTX): bullet slides on placeholders (the review of 2026年度, the
#    policies, the freight and working-time changes, the schedule) and one table of centres.

PLAN_FILENAME = "2027年度_事業計画説明会資料.pptx"
PLAN_TITLE = "2027年度 事業計画説明会"
PLAN_COVER_LINES = [
    f"{COMPANY} 経営企画部",
    "2027年3月10日（令和9年3月10日）",
    "研修センター 大研修室・オンライン同時配信",
]
# (title, bullet lines) for the bullet slides; the table slide is PLAN_TABLE.
PLAN_BULLETS_BEFORE: list[tuple[str, list[str]]] = [
    ("2026年度の振り返り（見込み）", [
        "売上高：186.0億円（計画 180.0億円、2025年度実績 172.4億円）",
        "営業利益：7.4億円（計画 8.0億円）。軽油価格の上昇で計画に届かず",
        "新規取引先：31社（年度末の取引先数 412社）",
        "重大事故：0件（2年連続）、人身事故：2件（2025年度は3件）",
        "ドライバーの離職率：8.9%（2025年度は11.2%）",
    ]),
    ("2027年度の重点方針", [
        "伊勢崎センターの開設：2027年10月1日稼働、延床面積 18,500㎡、総投資額 42億円",
        "ドライバーの採用：75名（うち新卒 15名、女性ドライバー 10名以上）",
        "働き方：ドライバー1人あたりの年間の時間外労働を840時間以内に（法定の上限は960時間）",
        "中継輸送：浜松中継拠点を開設し、高崎〜大阪便の乗務を日帰りに（2027年7月から）",
        "EVトラック：小型EVトラックを12台に増車（2026年度末は4台）",
    ]),
]
PLAN_TABLE_TITLE = "2027年度 センター別計画"
PLAN_TABLE: list[list[str]] = [
    ["センター", "売上高 2026年度見込", "売上高 2027年度計画", "車両台数（2027年度末）", "人員（2027年度末）"],
    ["高崎センター", "58.2億円", "60.5億円", "148台", "412名"],
    ["前橋センター", "31.4億円", "32.8億円", "82台", "226名"],
    ["太田センター", "36.9億円", "38.0億円", "95台", "268名"],
    ["熊谷センター", "34.5億円", "36.2億円", "90台", "251名"],
    ["宇都宮センター", "25.0億円", "26.5億円", "64台", "178名"],
    ["伊勢崎センター（新設）", "－", "8.0億円", "40台", "120名"],
    ["合計", "186.0億円", "202.0億円", "519台", "1,455名"],
]
PLAN_TABLE_NOTE = "伊勢崎センターの売上高は、稼働する2027年10月から2028年3月までの6か月分です。"
PLAN_BULLETS_AFTER: list[tuple[str, list[str]]] = [
    ("運賃と働き方の変更（2027年4月から）", [
        "基本運賃：一般貨物の基本運賃を平均6.5%引き上げ（前回 2025年4月の改定は平均4.0%）",
        "待機料金：荷主の都合による荷待ちが30分を超えたら、30分ごとに2,000円を請求"
        "（現行は1時間を超えてから、30分ごとに1,500円）",
        "勤務間インターバル：11時間以上（2027年3月までは9時間以上）",
        "1日の拘束時間：原則13時間以内（延長しても15時間まで）",
        "IT点呼：熊谷センターと宇都宮センターに拡大（高崎・前橋・太田は導入済み）",
    ]),
    ("今後の予定と問い合わせ先", [
        "2027年4月1日：新しい基本運賃と待機料金の適用開始",
        "2027年5月17日：伊勢崎センターの採用説明会（研修センター 中研修室A）",
        "2027年7月1日：浜松中継拠点の運用開始",
        "2027年10月1日：伊勢崎センター稼働",
        "2027年11月12日：上期実績の報告会",
        "問い合わせ：経営企画部 経営企画課（内線 1180）keikaku@hibari-unyu.example",
    ]),
]

# ---------------------------------------------------------------------------------------------
# 2. WMS障害対応手順書 (PDF, reportlab): severity levels with first-contact deadlines and
#    recovery targets (the old deadlines in a note), first steps, manual shipping, backups and
#    the backup server, reports, drills, incident counts of two fiscal years, contacts.

WMS_FILENAME = "WMS障害対応手順書_第3版.pdf"
WMS_TITLE = f"{COMPANY} 倉庫管理システム（WMS）障害対応手順書"
WMS_BLOCKS: list[Block] = [
    ("p", "文書番号：IT-P-014　第3版　施行：2026年10月1日（令和8年10月1日）　前版：第2版（2024年4月1日）　"
          "主管部署：情報システム部 システム運用課"),
    ("h1", "1. 目的と対象"),
    ("p", "この手順書は、倉庫管理システム「HIBARI-WMS」並びにセンターで使うハンディターミナル及びラベルプリンターに障害が"
          "起きたときに、出荷を止めないための連絡と対応の手順を定める。対象は、高崎・前橋・太田・熊谷・宇都宮の各センターと本社である。"),
    ("h1", "2. 障害レベルの判定"),
    ("p", "障害のレベルは、システム運用課の当番者が、影響の範囲によって次のとおり判定する。判定に迷うときは、上位のレベルとして扱う。"),
    ("table", [
        ["レベル", "影響の範囲", "一次連絡の期限（発生から）", "復旧目標", "一次連絡の報告先"],
        ["レベル1（緊急）", "全センターで出荷が止まる", "15分以内", "2時間以内", "社長、担当役員"],
        ["レベル2（重大）", "1センターで出荷が止まる、又は全センターで大きく遅れる", "30分以内", "4時間以内", "担当役員、センター長"],
        ["レベル3（中程度）", "一部の機能や端末が使えない", "1時間以内", "翌営業日中", "システム運用課長"],
        ["レベル4（軽微）", "業務への影響が小さい", "4時間以内", "5営業日以内", "運用担当者"],
    ]),
    ("p", "レベル1の例はWMSサーバの停止や本社データセンターのネットワーク断、レベル3の例はハンディターミナル10台以上の故障、"
          "レベル4の例は帳票の印字ずれや画面表示の不具合である。"),
    ("p", "一次連絡の期限は、第2版まではレベル1が30分以内、レベル2が60分以内であった。"
          "レベル3及びレベル4の期限並びに各レベルの復旧目標は改定していない。"),
    ("h1", "3. 初動の手順"),
    ("p", "(1) 障害に気づいた者は、センターのシフトリーダーに伝える。シフトリーダーは、システムヘルプデスク（内線 4400、24時間受付）に連絡する。"),
    ("p", "(2) システム運用課の当番者は、連絡を受けてから10分以内にレベルを判定し、前項の表の報告先に一次連絡をする。"),
    ("p", "(3) レベル1又はレベル2のときは、情報システム部長を本部長とする障害対策本部を本社5階 第2会議室に設ける。"
          "夜間・休日は、オンライン会議で代える。"),
    ("p", "(4) 荷主への連絡は営業部が行う。レベル1及びレベル2では、発生から1時間以内に荷主に第一報を入れ、"
          "その後は復旧まで2時間ごとに状況を伝える。"),
    ("h1", "4. 手作業出荷への切替え"),
    ("p", "復旧の見込みが立たないとき、又は復旧までに2時間を超える見込みのときは、センター長の判断で、"
          "紙の出荷指示書による手作業出荷に切り替える。"),
    ("p", "手作業出荷で処理できる量は、1センターあたり1時間に120件が目安である（通常のWMS処理の約3割）。"
          "このため、当日着の出荷及び冷蔵品の出荷を優先する。"),
    ("p", "紙の出荷指示書（様式 WMS-07）は、各センターの事務所の耐火キャビネットに500枚ずつ保管する。"
          "残りが200枚を下回ったら、総務課に補充を依頼する。"),
    ("h1", "5. バックアップと予備サーバ"),
    ("p", "WMSのデータは、15分ごとに差分バックアップを、毎日午前2時に全体バックアップを取り、35日間保存する。"),
    ("p", "本社のWMSサーバが復旧できないときは、熊谷センターに置く予備サーバに切り替える。切替えの目標時間は40分"
          "（第2版までは60分）である。切替えの判断は、情報システム部長が行う。"),
    ("h1", "6. 障害報告書"),
    ("p", "復旧後、システム運用課は障害報告書を作成する。提出の期限は、レベル1及びレベル2が復旧から3営業日以内、"
          "レベル3が復旧から7営業日以内である。レベル4は、月次の運用報告にまとめて記載する。"),
    ("p", "再発防止策は、毎月第2水曜日のシステム運用会議で確認する。"),
    ("h1", "7. 切替訓練"),
    ("p", "予備サーバへの切替訓練を年2回（5月と11月）、日曜日の早朝に行う。"
          "2025年度の訓練で切替えに要した時間は、5月が52分、11月が38分であった。"),
    ("h1", "8. 障害の件数"),
    ("table", [
        ["レベル", "2024年度", "2025年度"],
        ["レベル1", "1件", "0件"],
        ["レベル2", "3件", "2件"],
        ["レベル3", "14件", "11件"],
        ["レベル4", "37件", "45件"],
        ["合計", "55件", "58件"],
    ]),
    ("h1", "9. 連絡先"),
    ("table", [
        ["窓口", "電話・内線", "受付時間"],
        ["システムヘルプデスク", "内線 4400", "24時間"],
        ["システム運用課（平日の問い合わせ）", "内線 4410", "平日 8:30〜17:30"],
        ["WMS保守会社 株式会社ミカヅキソフト サポートセンター", "027-000-4815（契約番号 HB-2291）", "24時間"],
    ]),
    ("h1", "附則"),
    ("p", "この手順書は、2026年10月1日から施行する。問い合わせ先：情報システム部 システム運用課　sysops@hibari-unyu.example"),
]
WMS_LAYOUT = ReportLayout(
    body_size=10, body_leading=15, heading_size=12, heading_leading=17, heading_space_before=8,
    heading_space_after=3, title_size=15, title_leading=21, table_header_colour="#e4ecdc",
    table_gap_mm=3, margin_mm=18,
)

# ---------------------------------------------------------------------------------------------
# 3. センター別KPI (XLSX): two sheets of centres with two half-years side by side under a merged
#    header and a 合計 row, and a notes sheet (one corrected figure with its old value).

KPI_FILENAME = "センター別KPI_2026年度上期.xlsx"
KPI_TITLE = "センター別KPI（2026年度上期）"
CENTRES = ["高崎センター", "前橋センター", "太田センター", "熊谷センター", "宇都宮センター"]
PERIODS = ["2025年度上期", "2026年度上期"]
# Each sheet: (name, title, unit line, [(group header, number format, [values by centre as
# (2025年度上期, 2026年度上期)], (total 2025, total 2026))], label of the last row)
KPI_SHEETS: list[tuple[str, str, str, list[tuple[str, str, list[tuple[float, float]], tuple[float, float]]], str]] = [
    ("出荷・品質", "センター別KPI 出荷・品質（2026年度上期）", "対象期間：上期＝4月〜9月　単位：件", [
        ("出荷件数", "#,##0", [(1182400, 1236900), (624800, 641200), (735100, 768300), (690500, 702800),
                               (498200, 512600)], (3731000, 3861800)),
        ("誤出荷件数", "#,##0", [(118, 96), (71, 64), (83, 88), (77, 59), (52, 47)], (401, 354)),
        ("荷主クレーム件数", "#,##0", [(21, 17), (12, 14), (15, 9), (13, 11), (8, 6)], (69, 57)),
    ], "合計"),
    ("労務・安全", "センター別KPI 労務・安全（2026年度上期）",
     "ドライバー数は各期末（9月30日）時点の人数。時間外労働はドライバー1人あたりの月平均（時間）。", [
        ("ドライバー数（人）", "#,##0", [(279, 286), (161, 158), (170, 181), (168, 173), (118, 122)], (896, 920)),
        ("月平均時間外労働（時間）", "0.0", [(68.4, 61.2), (72.1, 64.5), (65.0, 58.7), (70.3, 66.9), (63.8, 57.4)],
         (68.2, 61.8)),
        ("交通事故件数（件）", "#,##0", [(6, 3), (4, 5), (5, 2), (3, 4), (2, 1)], (20, 15)),
    ], "合計・平均"),
]
KPI_NOTES = [
    "注記",
    "1. 上期は4月1日から9月30日まで。2026年度上期は令和8年4月1日から令和8年9月30日まで。",
    "2. 誤出荷件数は、品違い・数量違い・届け先違いの件数の合計。",
    "3. 太田センターの2025年度上期の出荷件数は、集計誤りを訂正した後の値（訂正前は731,600件）。",
    "4. 「合計・平均」の行の月平均時間外労働は、ドライバー数で加重した全社の平均。",
    "5. 伊勢崎センターは2027年10月1日稼働のため、この表には含まない。",
    "作成：経営企画部 経営企画課　2026年10月20日",
]

# ---------------------------------------------------------------------------------------------
# 4. 施設利用のご案内 (HTML page of the intranet portal): rooms with capacity, hours and booking
#    start, the lodging building, a Q&A list (dl) with old values beside new ones, contacts.

FACILITY_FILENAME = "施設利用のご案内_研修センター・本社.html"
FACILITY_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>研修センター・本社 施設利用のご案内 | ヒバリ運輸 社内ポータル</title>
<style>
body { font-family: sans-serif; margin: 0; color: #222; }
header, footer { background: #2f5d3a; color: #fff; padding: 8px 24px; }
nav.crumbs { font-size: 13px; padding: 6px 24px; background: #eef3ea; }
main { padding: 12px 24px; max-width: 960px; }
table { border-collapse: collapse; margin: 8px 0 16px; }
th, td { border: 1px solid #999; padding: 4px 8px; }
th { background: #dfe9d8; }
dt { font-weight: bold; margin-top: 10px; }
.meta { color: #555; font-size: 13px; }
</style>
</head>
<body>
<header><span>ヒバリ運輸 社内ポータル</span></header>
<nav class="crumbs"><a href="/">ホーム</a> &gt; <a href="/soumu/">総務</a> &gt; 施設利用のご案内</nav>
<main>
<h1>研修センター・本社 施設利用のご案内</h1>
<p class="meta">更新日：2026年10月1日（令和8年10月1日）　掲載：総務部 施設管理課</p>

<h2>研修センターの場所</h2>
<p>所在地：群馬県高崎市ひばり台2丁目14番1号（本社から車で約15分）。高崎駅西口から社員用シャトルバスが出ています（平日のみ、7:40・8:10・8:40発、所要約20分）。</p>

<h2>施設と定員</h2>
<table>
<thead>
<tr><th>施設</th><th>場所</th><th>定員</th><th>利用できる時間</th><th>予約の受付開始</th></tr>
</thead>
<tbody>
<tr><td>大研修室</td><td>研修センター 2階</td><td>72名</td><td>8:00〜21:00</td><td>利用日の3か月前の1日</td></tr>
<tr><td>中研修室A</td><td>研修センター 2階</td><td>36名</td><td>8:00〜21:00</td><td>利用日の3か月前の1日</td></tr>
<tr><td>中研修室B</td><td>研修センター 3階</td><td>30名</td><td>8:00〜21:00</td><td>利用日の3か月前の1日</td></tr>
<tr><td>運転シミュレーター室</td><td>研修センター 1階</td><td>4名（シミュレーター4台）</td><td>9:00〜17:00</td><td>安全推進部に申込み</td></tr>
<tr><td>第1会議室</td><td>本社 5階</td><td>20名</td><td>7:30〜20:00</td><td>利用日の2か月前の同じ日</td></tr>
<tr><td>第2会議室</td><td>本社 5階</td><td>12名</td><td>7:30〜20:00</td><td>利用日の2か月前の同じ日</td></tr>
</tbody>
</table>
<p>大研修室は、中央の可動壁で仕切って2室（各36名）としても使えます。予約は施設予約システム「ヒバリ施設予約」から行ってください。</p>

<h2>宿泊棟</h2>
<ul>
<li>研修センターには宿泊棟（シングル48室）があります。チェックインは15:00から、チェックアウトは10:00までです。</li>
<li>研修の参加者は、宿泊費・朝食代とも無料です。研修以外の業務で泊まるときは、1泊2,500円（朝食付き）を所属部署の経費で負担します。</li>
<li>門限は23:00です。大浴場は16:00〜23:00、コインランドリーは24時間使えます。</li>
</ul>

<h2>よくある質問</h2>
<dl>
<dt>Q. 予約の取消しはいつまでにすればよいですか。</dt>
<dd>A. 利用日の前日17:00までに、ヒバリ施設予約で取り消してください。連絡のない取消し（無断キャンセル）が半年に2回あると、1か月間予約ができなくなります（2026年9月までは半年に3回）。</dd>
<dt>Q. 研修センターに自家用車で行けますか。</dt>
<dd>A. 研修参加者用の駐車場が60台分あります。自家用車で来るときは、研修の申込みのときに「車両来場」を選んでください。トラックなどの大型車は駐車できません。</dd>
<dt>Q. 研修センターに食堂はありますか。</dt>
<dd>A. 1階の食堂が平日11:30〜13:30に営業しています。日替わり定食は1食420円です（2026年9月までは380円）。研修の参加者には昼食券を配ります。</dd>
<dt>Q. 敷地内でたばこは吸えますか。</dt>
<dd>A. 2026年4月から、研修センター・本社とも敷地内は全面禁煙です。加熱式たばこも同じ扱いです。</dd>
<dt>Q. Web会議の機材は借りられますか。</dt>
<dd>A. 各研修室にプロジェクターとマイクを備えています。Web会議用のカメラ・スピーカーのセットは、研修センター受付で1回3セットまで貸し出します。</dd>
<dt>Q. センターの仮眠室やシャワー室は誰でも使えますか。</dt>
<dd>A. 各センターにドライバー用の仮眠室（個室）があり、出張で来た社員も使えます。予約は不要で、1回の利用は4時間までです。シャワー室は24時間使えます。</dd>
</dl>

<h2>問い合わせ先</h2>
<table>
<thead>
<tr><th>窓口</th><th>内線</th><th>受付時間</th></tr>
</thead>
<tbody>
<tr><td>研修センター受付</td><td>7100</td><td>平日 8:00〜19:00</td></tr>
<tr><td>総務部 施設管理課</td><td>1250</td><td>平日 8:30〜17:30</td></tr>
<tr><td>安全推進部（運転シミュレーター室）</td><td>1420</td><td>平日 9:00〜17:00</td></tr>
</tbody>
</table>
<p>メール：shisetsu@hibari-unyu.example</p>
</main>
<footer><small>ヒバリ運輸株式会社 社内ポータル（社外秘）</small></footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------
# 5. 乗務員健康管理規程 (Markdown): alcohol checks, limits on driving, health checks by kind,
#    sleep-apnoea screening, brain check-ups by age (the old subsidy in a note), overtime
#    interviews old and new, stress check, stop-smoking support, contacts.

HEALTH_FILENAME = "乗務員健康管理規程.md"
HEALTH_MARKDOWN = f"""# {COMPANY} 乗務員健康管理規程

規程番号：安-008　制定：2015年4月1日　最終改定：2026年4月1日（令和8年4月1日）　主管部署：安全推進部 健康管理室

## 第1章 総則

### 第1条（目的）

この規程は、事業用自動車を運転する社員（以下「乗務員」という。）の健康を保ち、健康状態に起因する事故を防ぐために、会社と乗務員が行うことを定める。

### 第2条（適用範囲）

この規程は、全センターの乗務員に適用する。構内でフォークリフトを運転する社員には、第3条及び第4条を準用する。

## 第2章 点呼と乗務の可否

### 第3条（酒気帯びの確認）

1. 乗務前点呼及び乗務後点呼では、アルコール検知器による検査を行う。
2. 検知器が0.00mg/Lを超える値を示したときは、数値にかかわらず乗務させない。
3. 再検査は、水でうがいをしてから15分後に1回に限り行う。
4. 乗務の前日の飲酒は、乗務開始の8時間前までに終える。

### 第4条（体調による乗務の制限）

1. 37.5℃以上の発熱がある乗務員は、乗務させない。
2. 眠気を催すおそれのある薬を飲んだ乗務員は、飲んでから6時間は乗務させない。
3. 前日の睡眠が4時間未満であると申告した乗務員については、運行管理者が乗務の可否を判断する。

## 第3章 健康診断と検査

### 第5条（健康診断と適性診断）

| 区分 | 対象 | 頻度 | 時期 |
|---|---|---|---|
| 雇入れ時健康診断 | 新たに雇い入れた乗務員 | 雇入れ時に1回 | 乗務を始める前 |
| 定期健康診断 | 全乗務員 | 年1回 | 6月 |
| 特定業務従事者健康診断 | 深夜（22時〜5時）の乗務が月4回以上の乗務員 | 6か月ごとに1回 | 6月と12月 |
| 適性診断（一般診断） | 全乗務員 | 3年ごとに1回 | 誕生月 |

健康診断で「要再検査」とされた乗務員は、結果を受け取ってから1か月以内に再検査を受け、結果を健康管理室に提出する。

### 第6条（睡眠時無呼吸症候群のスクリーニング）

1. 乗務員は、入社時及びその後3年ごとに、睡眠時無呼吸症候群（SAS）の簡易検査を受ける。
2. 簡易検査で精密検査が必要とされた乗務員は、3か月以内に医療機関で精密検査を受ける。検査の費用は会社が全額負担する。
3. CPAP治療を受ける乗務員には、治療費の補助として月3,000円を支給する。

### 第7条（脳ドック・心臓ドック）

40歳以上の乗務員が脳ドック又は心臓ドックを受けたときは、年齢に応じて次の間隔で、1回につき次の額を上限として費用を補助する。

| 年齢 | 受診の間隔 | 補助の上限（1回） |
|---|---|---|
| 40歳〜49歳 | 5年ごと | 30,000円 |
| 50歳以上 | 2年ごと | 35,000円 |

2025年度までは、年齢にかかわらず5年ごとに20,000円を上限としていた。

## 第4章 過重労働と心の健康

### 第8条（長時間労働者の面談）

1. 1か月の時間外・休日労働が60時間を超えた乗務員は、翌月15日までに所属長と面談する。
2. 1か月の時間外・休日労働が80時間を超えた乗務員は、本人の申出がなくても、産業医の面談を受ける。
3. 2025年度までは、80時間を超えたときは本人の申出により、100時間を超えたときは申出がなくても、産業医の面談を行っていた。

### 第9条（ストレスチェック）

ストレスチェックを毎年10月に行う。高ストレスと判定された乗務員は、結果の通知から30日以内に産業医の面談を申し出ることができる。

## 第5章 健康づくりの支援

### 第10条（禁煙の支援）

禁煙外来にかかった乗務員には、1人1回に限り、費用を20,000円まで補助する。

### 第11条（健康相談の窓口）

| 窓口 | 連絡先 | 受付時間 |
|---|---|---|
| 健康管理室（保健師） | 内線 1330 | 平日 9:00〜17:00 |
| 産業医面談の予約 | 内線 1331 | 平日 9:00〜17:00 |
| 24時間健康相談ダイヤル（外部委託） | 027-000-5621 | 24時間・年中無休 |

## 附則

この規程は、2026年4月1日から施行する。問い合わせ先：安全推進部 健康管理室　kenko@hibari-unyu.example
"""


def _bullet_slide(presentation: object, title: str, lines: list[str]) -> None:
    from pptx.util import Inches

    slide = presentation.slides.add_slide(presentation.slide_layouts[1])  # type: ignore[attr-defined]
    title_shape = slide.shapes.title
    title_shape.left, title_shape.top, title_shape.width, title_shape.height = (
        Inches(0.6), Inches(0.3), Inches(12.1), Inches(1.0))
    pptx_fill(title_shape.text_frame, [title], 30)
    body = slide.placeholders[1]
    body.left, body.top, body.width, body.height = Inches(0.6), Inches(1.4), Inches(12.1), Inches(5.6)
    pptx_fill(body.text_frame, lines, 18)


def build_pptx(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    presentation.slide_width = Inches(13.333)
    presentation.slide_height = Inches(7.5)

    cover = presentation.slides.add_slide(presentation.slide_layouts[0])
    cover.shapes.title.left, cover.shapes.title.width = Inches(0.6), Inches(12.1)
    pptx_fill(cover.shapes.title.text_frame, [PLAN_TITLE], 40)
    cover.placeholders[1].left, cover.placeholders[1].width = Inches(0.6), Inches(12.1)
    pptx_fill(cover.placeholders[1].text_frame, PLAN_COVER_LINES, 20)

    for title, lines in PLAN_BULLETS_BEFORE:
        _bullet_slide(presentation, title, lines)

    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # title only
    title_shape = slide.shapes.title
    title_shape.left, title_shape.top, title_shape.width, title_shape.height = (
        Inches(0.6), Inches(0.3), Inches(12.1), Inches(1.0))
    pptx_fill(title_shape.text_frame, [PLAN_TABLE_TITLE], 30)
    shape = slide.shapes.add_table(len(PLAN_TABLE), len(PLAN_TABLE[0]), Inches(0.6), Inches(1.4),
                                   Inches(12.1), Inches(0.5 * len(PLAN_TABLE)))
    for row_index, row in enumerate(PLAN_TABLE):
        for column_index, value in enumerate(row):
            cell = shape.table.cell(row_index, column_index)
            cell.text_frame.clear()
            run = cell.text_frame.paragraphs[0].add_run()
            run.text = value
            pptx_font(run, 14)
            if row_index == 0 or row_index == len(PLAN_TABLE) - 1:
                run.font.bold = True
    note = slide.shapes.add_textbox(Inches(0.6), Inches(1.6 + 0.5 * len(PLAN_TABLE)), Inches(12.1), Inches(0.5))
    pptx_fill(note.text_frame, [PLAN_TABLE_NOTE], 14)

    for title, lines in PLAN_BULLETS_AFTER:
        _bullet_slide(presentation, title, lines)

    properties = presentation.core_properties
    properties.title = PLAN_TITLE
    properties.author = "ヒバリ運輸 経営企画部"
    properties.last_modified_by = "ヒバリ運輸 経営企画部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_pdf(path: Path) -> None:
    reportlab_pdf(path, title=WMS_TITLE, author="ヒバリ運輸 情報システム部", blocks=WMS_BLOCKS, layout=WMS_LAYOUT)


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor="DFE9D8")
    total_fill = PatternFill("solid", fgColor="F2F2F2")

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, title, unit, groups, total_label in KPI_SHEETS:
        sheet = workbook.create_sheet(name)
        width = 1 + 2 * len(groups)
        sheet.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
        sheet.cell(row=2, column=1, value=unit)
        sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
        # Two-row header: センター merged down; each group merged across its two half-years.
        sheet.cell(row=4, column=1, value="センター")
        sheet.merge_cells(start_row=4, start_column=1, end_row=5, end_column=1)
        for index, (group, _format, _values, _total) in enumerate(groups):
            column = 2 + 2 * index
            sheet.cell(row=4, column=column, value=group)
            sheet.merge_cells(start_row=4, start_column=column, end_row=4, end_column=column + 1)
            for offset, period in enumerate(PERIODS):
                sheet.cell(row=5, column=column + offset, value=period)
        for row in (4, 5):
            for column in range(1, width + 1):
                cell = sheet.cell(row=row, column=column)
                cell.font = Font(bold=True)
                cell.fill = header_fill
                cell.border = border
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        labels = CENTRES + [total_label]
        for row_offset, label in enumerate(labels):
            row = 6 + row_offset
            label_cell = sheet.cell(row=row, column=1, value=label)
            label_cell.border = border
            for index, (_group, number_format, values, total) in enumerate(groups):
                pair = total if row_offset == len(CENTRES) else values[row_offset]
                for offset, value in enumerate(pair):
                    cell = sheet.cell(row=row, column=2 + 2 * index + offset, value=value)
                    cell.number_format = number_format
                    cell.border = border
            if row_offset == len(CENTRES):
                for column in range(1, width + 1):
                    sheet.cell(row=row, column=column).fill = total_fill
                    sheet.cell(row=row, column=column).font = Font(bold=True)
        sheet.column_dimensions["A"].width = 16
        for column in range(2, width + 1):
            sheet.column_dimensions[sheet.cell(row=5, column=column).column_letter].width = 15
        sheet.freeze_panes = sheet.cell(row=6, column=2)

    notes = workbook.create_sheet("注記")
    for index, line in enumerate(KPI_NOTES, start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 90
    save_workbook(workbook, path, title=KPI_TITLE, creator="ヒバリ運輸 経営企画部", moment=FIXED_MOMENT)


def main() -> None:
    written: list[Path] = []
    plan = HERE / PLAN_FILENAME
    build_pptx(plan)
    written.append(plan)
    wms = HERE / WMS_FILENAME
    build_pdf(wms)
    written.append(wms)
    kpi = HERE / KPI_FILENAME
    build_xlsx(kpi)
    written.append(kpi)
    facility = HERE / FACILITY_FILENAME
    facility.write_text(FACILITY_HTML, encoding="utf-8")
    written.append(facility)
    health = HERE / HEALTH_FILENAME
    health.write_text(HEALTH_MARKDOWN, encoding="utf-8")
    written.append(health)
    print_sizes(written)


if __name__ == "__main__":
    main()
