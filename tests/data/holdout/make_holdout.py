"""Write the four company documents of the holdout corpus (tests/data/holdout/README.md).

One fictional maker of housing equipment, コハク住設株式会社 (本社 in 仙台, five sales branches,
大崎工場), and four documents an employee of it would look things up in: a 育児・介護休業規程 in
Markdown, an intranet HTML guide to the business systems (勤怠・経費・施設予約) in FAQ form, the
営業部's quarterly report as XLSX (two quarters side by side, 合計 rows), and the minutes of a
安全衛生委員会 as DOCX. Every company, person, address, telephone number and figure here is
invented (e-mail and web domains end in `.example`). The documents are dense with look-alike
figures on purpose (one quarter beside the other, the target beside the result, one branch beside
the next, this year beside last year, a rule's old value beside its new one): those neighbours are
what a wrong answer copies.

This corpus was written after the answer checks were tuned on the other corpora; it is there to
measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date.

    .venv/bin/python tests/data/holdout/make_holdout.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import FONT, Block, normalize_zip, print_sizes, save_workbook  # noqa: E402

FIXED_MOMENT = datetime.datetime(2026, 10, 20, 9, 0, 0)
COMPANY = "コハク住設株式会社"

# ---------------------------------------------------------------------------------------------
# 1. 育児・介護休業規程 (Markdown): leave and shorter hours for parents and carers, with the
#    values of the previous rule beside some of the new ones.

LEAVE_FILENAME = "育児・介護休業規程.md"
LEAVE_MARKDOWN = f"""# {COMPANY} 育児・介護休業規程

規程番号：人-014　制定：2010年4月1日　最終改定：2026年4月1日（令和8年4月1日）　主管部署：人事部 人事課

> 育児休業・介護休業の申出、休暇の取得及び短時間勤務の申請は、人事システム「コハクnavi」から行います。
> 制度の利用について不明な点は、所属長又は人事部 人事課に相談してください。

## 第1章 総則

### 第1条（目的）

この規程は、就業規則第28条に基づき、社員の育児休業、出生時育児休業、介護休業、子の看護等休暇、介護休暇、育児・介護のための所定外労働・時間外労働・深夜業の制限及び短時間勤務等について定める。

### 第2条（適用範囲）

この規程は、正社員及び契約社員に適用する。パートタイマーについては、第2章から第4章までを適用する。日々雇用される者には適用しない。

## 第2章 育児休業

### 第3条（育児休業の対象者及び期間）

1. 1歳に満たない子と同居し養育する社員は、申出により、子が1歳に達するまでの間で育児休業をすることができる。
2. 子が1歳に達する時点で保育所等に入所できない場合は、子が1歳6か月に達するまで延長することができる。1歳6か月に達する時点でなお入所できない場合は、子が2歳に達するまで再延長することができる。
3. 育児休業は、子1人につき2回まで分割して取得することができる。

### 第4条（出生時育児休業）

1. 社員は、子の出生後8週間以内に、4週間（28日）以内の期間を定めて出生時育児休業をすることができる。出生時育児休業は2回に分割して取得することができる。
2. 出生時育児休業のうち最初の7日間は有給とする（2025年度までは最初の3日間）。

### 第5条（申出の手続）

1. 育児休業の申出は、休業開始予定日の1か月前までに、コハクnaviの申請画面から行う。
2. 出生時育児休業の申出は、休業開始予定日の2週間前までに行う。
3. 第3条第2項による延長の申出は、子が1歳又は1歳6か月に達する日の2週間前までに行う。

### 第6条（育児休業支援金）

連続14日以上の育児休業（出生時育児休業を含む）を取得した社員には、育児休業支援金として一時金100,000円を支給する（2025年度までは50,000円）。支援金は、復職した月の翌月の給与に合わせて支給する。

## 第3章 介護休業

### 第8条（介護休業）

1. 要介護状態にある対象家族を介護する社員は、対象家族1人につき通算93日まで、3回を上限として分割して介護休業をすることができる。
2. 対象家族は、配偶者、父母、子、配偶者の父母、祖父母、兄弟姉妹及び孫とする。
3. 介護休業の申出は、休業開始予定日の2週間前までに行う。

## 第4章 子の看護等休暇及び介護休暇

### 第10条（子の看護等休暇・介護休暇）

1. 子の看護等休暇及び介護休暇の日数は、1年度（4月1日から翌年3月31日まで）につき次のとおりとする。

| 休暇 | 対象 | 日数（1年度） | 賃金 |
|---|---|---|---|
| 子の看護等休暇 | 小学校3年生修了までの子 | 子1人の場合 6日、2人以上の場合 12日 | 有給 |
| 介護休暇 | 要介護状態にある対象家族 | 対象家族1人の場合 5日、2人以上の場合 10日 | 年3日まで有給、これを超える日は無給 |

2. いずれの休暇も、1時間単位で取得することができる。
3. 子の看護等休暇の事由には、病気・けがをした子の看護、予防接種・健康診断の付添い、感染症に伴う学級閉鎖等、入園式・入学式・卒園式への参加を含む。
4. 子の看護等休暇の日数は、2025年度までは子1人の場合5日、2人以上の場合10日であった。

## 第5章 所定外労働・時間外労働・深夜業の制限

小学校就学前の子を養育する社員及び対象家族を介護する社員が請求した場合は、次のとおり労働を制限する。

| 制度 | 内容 | 請求の期限 |
|---|---|---|
| 所定外労働の制限 | 所定労働時間を超えて労働させない | 開始予定日の1か月前まで |
| 時間外労働の制限 | 1か月24時間、1年150時間を超えて時間外労働をさせない | 開始予定日の1か月前まで |
| 深夜業の制限 | 22:00〜翌5:00の間に労働させない | 開始予定日の1か月前まで |

## 第6章 短時間勤務

### 第15条（育児短時間勤務）

1. 小学校3年生修了までの子を養育する社員は、1日の所定労働時間を6時間又は7時間とする短時間勤務をすることができる（2025年度までは小学校就学前の子を養育する社員が対象）。
2. 短時間勤務の勤務時間は、勤務区分ごとに次のとおりとする。休憩はいずれも60分とする。

| 勤務区分 | 通常の勤務時間 | 短時間勤務（6時間） | 短時間勤務（7時間） |
|---|---|---|---|
| 本社・支店 | 9:00〜17:30 | 9:00〜16:00 | 9:00〜17:00 |
| 大崎工場 日勤 | 8:15〜16:45 | 8:15〜15:15 | 8:15〜16:15 |

3. 短時間勤務の期間中の基本給は、短縮した時間に応じて減額する。賞与の算定も同様とする。

### 第16条（介護短時間勤務）

対象家族を介護する社員は、対象家族1人につき、利用を開始した日から連続する3年の間で2回まで、1日の所定労働時間を6時間とする短時間勤務をすることができる。

## 第7章 その他

### 第18条（ベビーシッター利用支援）

小学校3年生修了までの子を養育する社員が、業務のためにベビーシッターを利用した場合は、福利厚生規程の定めるところにより利用料の一部を補助する。

### 第19条（復職）

1. 育児休業から復職する社員は、原則として休業前の職場及び職務に復帰する。
2. 復職予定日の1か月前までに、所属長との面談を行う。

## 附則

この規程は、2026年4月1日から施行する。改定の主な内容は、出生時育児休業の有給の日数（3日間から7日間）、育児休業支援金の増額（50,000円から100,000円）、子の看護等休暇の日数の拡大及び育児短時間勤務の対象の拡大である。

問い合わせ先：人事部 人事課　内線 2210　メール jinji@kohaku-jusetsu.example
"""

# ---------------------------------------------------------------------------------------------
# 2. 社内システム利用ガイド (HTML page of the intranet portal): the business systems, their
#    maintenance windows, deadlines and limits in FAQ form, the contacts.

GUIDE_FILENAME = "社内システム利用ガイド.html"
GUIDE_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>社内システム利用ガイド（勤怠・経費・施設予約） | コハク住設 社内ポータル</title>
<style>
body { font-family: "Noto Sans CJK JP", sans-serif; margin: 0; }
header, nav, footer { background: #eef2ef; padding: 8px 16px; }
main { padding: 16px; max-width: 960px; }
table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 4px 8px; }
summary { font-weight: bold; }
</style>
</head>
<body>
<header><a href="/">コハク住設 社内ポータル</a></header>
<nav>ホーム ＞ 部門サイト ＞ 情報システム部 ＞ 社内システム利用ガイド</nav>
<main>
<h1>社内システム利用ガイド（勤怠・経費・施設予約）</h1>
<p class="updated">最終更新日：2026年9月1日　掲載部署：情報システム部（内容の確認：人事部・経理部・総務部）</p>
<p>毎日の業務で使う社内システムの使い方と、よくある質問をまとめました。
各システムには社内ネットワーク又はVPN「KOHAKU Connect」経由でログインしてください。</p>

<h2>システム一覧と定期メンテナンス</h2>
<p>定期メンテナンスの時間帯は、システムを利用できません。</p>
<table>
<tr><th>システム</th><th>主な用途</th><th>定期メンテナンス（利用停止）</th><th>担当部署</th></tr>
<tr><td>コハクnavi</td><td>勤怠打刻、休暇・在宅勤務の申請</td><td>毎月第2日曜日 1:00〜6:00</td><td>人事部 人事課</td></tr>
<tr><td>KEIHI+（経費精算）</td><td>経費・出張旅費の精算</td><td>毎月第3土曜日 22:00〜翌2:00</td><td>経理部 経理課</td></tr>
<tr><td>施設予約システム</td><td>会議室・社用車の予約</td><td>毎月最終日曜日 0:00〜5:00</td><td>総務部 総務課</td></tr>
<tr><td>コハクCRM（営業支援）</td><td>商談・見積の管理</td><td>毎月第1日曜日 0:00〜4:00</td><td>営業本部 営業企画課</td></tr>
</table>

<h2>勤怠（コハクnavi）</h2>
<details open>
<summary>Q. 出勤・退勤の打刻を忘れました。どうすればいいですか？</summary>
<p>A. コハクnaviの「打刻修正申請」から、打刻を忘れた日から3営業日以内に申請し、所属長の承認を受けてください。
2026年3月までは翌営業日までの申請でしたが、2026年4月から3営業日以内に変更しました。</p>
</details>
<details open>
<summary>Q. 直行・直帰のときはどう打刻しますか？</summary>
<p>A. スマートフォンアプリ「コハクnavi モバイル」から、位置情報付きで打刻できます。</p>
</details>
<details open>
<summary>Q. 在宅勤務は月に何日までできますか？</summary>
<p>A. 在宅勤務は月12日までです（2025年度までは月8日）。前営業日の15:00までにコハクnaviで申請してください。
工場の製造部門は対象外です。</p>
</details>
<details open>
<summary>Q. 残業の申請はいつまでに出しますか？</summary>
<p>A. 時間外労働は事前申請が原則です。当日の17:00までにコハクnaviで申請してください。</p>
</details>

<h2>経費精算（KEIHI+）</h2>
<details open>
<summary>Q. 経費精算の締め日と支払日は？</summary>
<p>A. 前月分の経費は毎月10日までにKEIHI+で申請してください。承認された経費は、毎月末日に給与振込口座へ振り込みます（給与とは別の振込です）。</p>
</details>
<details open>
<summary>Q. 誰の承認が必要ですか？</summary>
<p>A. 1件の金額により、承認者が次のとおり決まっています。</p>
<table>
<tr><th>1件の金額（税込）</th><th>承認者</th></tr>
<tr><td>5万円未満</td><td>課長</td></tr>
<tr><td>5万円以上30万円未満</td><td>部長</td></tr>
<tr><td>30万円以上</td><td>担当役員</td></tr>
</table>
</details>
<details open>
<summary>Q. 領収書の原本は提出するのですか？</summary>
<p>A. 領収書はスマートフォンで撮影し、受領日から2か月以内にKEIHI+へアップロードしてください。アップロードした領収書の紙の原本は提出不要です。</p>
</details>
<details open>
<summary>Q. 交通系ICカードの利用履歴は取り込めますか？</summary>
<p>A. はい。KEIHI+の「ICカード連携」から、交通系ICカードを登録すると利用履歴を取り込めます。</p>
</details>

<h2>施設予約（会議室・社用車）</h2>
<details open>
<summary>Q. 会議室は何時間まで予約できますか？</summary>
<p>A. 1回の予約は最長4時間で、30日先まで予約できます。開始時刻から15分を過ぎてもチェックインがない予約は、自動で取り消されます。</p>
</details>
<details open>
<summary>Q. 社用車はいつまでに予約すればいいですか？</summary>
<p>A. 利用日の前日17:00までに施設予約システムで予約してください。1回の予約は最長3日です。
社用車は本社に5台、各支店に2台あります。返却時に走行距離と給油量を入力してください。給油は社用車に備え付けの給油カードで行います。</p>
</details>

<h2>お問い合わせ先</h2>
<table>
<tr><th>内容</th><th>窓口</th><th>内線</th><th>受付時間</th></tr>
<tr><td>勤怠・在宅勤務</td><td>人事部 人事課</td><td>2210</td><td>平日 9:00〜17:30</td></tr>
<tr><td>経費精算</td><td>経理部 経理課</td><td>2530</td><td>平日 9:00〜17:30</td></tr>
<tr><td>会議室・社用車</td><td>総務部 総務課</td><td>2120</td><td>平日 8:30〜17:30</td></tr>
<tr><td>システムの障害・ログインできない</td><td>情報システム部 ヘルプデスク</td><td>4700</td><td>平日 8:30〜19:00</td></tr>
</table>
<p>夜間・休日のシステム障害は、障害受付ダイヤル 022-398-7140 で受け付けます。</p>
</main>
<footer>© コハク住設株式会社 情報システム部　helpdesk@kohaku-jusetsu.example</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------
# 3. 営業部 四半期報告 (XLSX): sales by branch and by product group, two quarters side by side,
#    the target beside the result, a 合計 row; the activity counts; a notes sheet.

REPORT_FILENAME = "営業部_2026年度第2四半期_業績報告.xlsx"
# 支店, 第1四半期 目標, 第1四半期 実績, 第2四半期 目標, 第2四半期 実績 (千円)
BRANCH_ROWS: list[tuple[str, int, int, int, int]] = [
    ("東北支店", 182000, 176450, 190000, 198320),
    ("関東支店", 265000, 271880, 280000, 262140),
    ("中部支店", 148000, 139760, 150000, 151230),
    ("関西支店", 171000, 168900, 175000, 181470),
    ("九州支店", 96000, 101350, 100000, 97860),
]
# 製品群, 第1四半期 売上高 (千円), 第1四半期 受注件数, 第2四半期 売上高, 第2四半期 受注件数
PRODUCT_ROWS: list[tuple[str, int, int, int, int]] = [
    ("システムキッチン", 312400, 1184, 325900, 1236),
    ("ユニットバス", 287650, 842, 301200, 869),
    ("洗面化粧台", 98320, 1530, 104780, 1612),
    ("給湯器", 113470, 2045, 106050, 1918),
    ("トイレ", 46500, 1020, 53090, 1108),
]
# 支店, 第1四半期 訪問件数, 見積件数, 新規取引先数, 第2四半期 訪問件数, 見積件数, 新規取引先数
ACTIVITY_ROWS: list[tuple[str, int, int, int, int, int, int]] = [
    ("東北支店", 1420, 386, 12, 1515, 402, 15),
    ("関東支店", 2280, 611, 21, 2190, 587, 18),
    ("中部支店", 1160, 298, 9, 1240, 321, 11),
    ("関西支店", 1340, 352, 14, 1395, 368, 13),
    ("九州支店", 870, 214, 7, 905, 226, 8),
]
REPORT_NOTES = [
    "2026年度 第2四半期（2026年7月〜9月）営業部 業績報告",
    "作成：営業本部 営業企画課　作成日：2026年10月9日　報告先：10月13日 経営会議",
    "売上高は出荷基準・税抜、単位は千円。受注件数・訪問件数・見積件数は件、新規取引先数は社。",
    "中部支店の第2四半期の目標は、大口案件の失注を受けて、2026年7月31日に165,000千円から150,000千円に修正した（上表は修正後の目標）。",
    "関東支店は、第2四半期に大型マンション案件の納期が第3四半期へずれ込んだため、目標に届かなかった。",
    "第3四半期の支店別目標は、2026年10月20日の営業会議で決定する。",
    "問い合わせ：営業本部 営業企画課　内線 3320　メール eigyo-kikaku@kohaku-jusetsu.example",
]


def _totals(rows: list[tuple]) -> tuple:
    return ("合計", *[sum(row[index] for row in rows) for index in range(1, len(rows[0]))])


def _with_rate(rows: list[tuple]) -> list[tuple]:
    """Append the 第2四半期 達成率 (the result over the target), a ratio shown as a percentage."""
    return [(*row, round(row[4] / row[3], 3)) for row in rows]


def _report_sheet(workbook: object, name: str, title: str, unit: str, headers_top: list[str] | None,
                  headers: list[str], rows: list[tuple]) -> None:
    """A sheet as people draw one: a title row, the unit on the right, a blank row, then the header
    (with `headers_top` a two-row header whose upper row is merged over each quarter), the rows and
    a 合計 row in bold."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(name)  # type: ignore[attr-defined]
    width = len(headers)
    sheet.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.cell(row=2, column=width, value=unit).alignment = Alignment(horizontal="right")
    header_row = 4
    fill = PatternFill("solid", fgColor="DCE6F1")
    if headers_top is not None:
        column = 1
        while column <= width:
            end = column
            while end < width and headers_top[end] == "":
                end += 1
            cell = sheet.cell(row=4, column=column, value=headers_top[column - 1])
            cell.font, cell.fill = Font(bold=True), fill
            cell.alignment = Alignment(horizontal="center")
            if end > column:
                sheet.merge_cells(start_row=4, start_column=column, end_row=4, end_column=end)
            column = end + 1
        header_row = 5
    for column, label in enumerate(headers, start=1):
        cell = sheet.cell(row=header_row, column=column, value=label)
        cell.font, cell.fill = Font(bold=True), fill
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    thin = Side(style="thin", color="999999")
    for row_index, row in enumerate(rows, start=header_row + 1):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=row_index, column=column, value=value)
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            if isinstance(value, int):
                cell.number_format = "#,##0"
            elif isinstance(value, float):
                cell.number_format = "0.0%"
            if row[0] == "合計":
                cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 18
    for column in range(2, width + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 14
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=2)


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook

    # The totals of the two sales sheets are the same figures, as in a real report.
    assert _totals(BRANCH_ROWS)[2] == _totals(PRODUCT_ROWS)[1] and _totals(BRANCH_ROWS)[4] == _totals(PRODUCT_ROWS)[3]
    workbook = Workbook()
    workbook.remove(workbook.active)
    _report_sheet(workbook, "支店別売上", "2026年度 支店別 売上高 目標・実績（第1・第2四半期）", "単位：千円",
                  ["支店", "第1四半期", "", "第2四半期", "", ""],
                  ["支店", "目標", "実績", "目標", "実績", "達成率"],
                  _with_rate([*BRANCH_ROWS, _totals(BRANCH_ROWS)]))
    _report_sheet(workbook, "製品群別", "2026年度 製品群別 売上高・受注件数", "売上高：千円　受注件数：件", None,
                  ["製品群", "第1四半期 売上高", "第1四半期 受注件数", "第2四半期 売上高", "第2四半期 受注件数"],
                  [*PRODUCT_ROWS, _totals(PRODUCT_ROWS)])
    _report_sheet(workbook, "営業活動", "2026年度 支店別 営業活動（第1・第2四半期）", "単位：件（新規取引先数は社）",
                  ["支店", "第1四半期", "", "", "第2四半期", "", ""],
                  ["支店", "訪問件数", "見積件数", "新規取引先数", "訪問件数", "見積件数", "新規取引先数"],
                  [*ACTIVITY_ROWS, _totals(ACTIVITY_ROWS)])
    notes = workbook.create_sheet("備考")
    notes.column_dimensions["A"].width = 120
    for row, line in enumerate(REPORT_NOTES, start=1):
        notes.cell(row=row, column=1, value=line)
    save_workbook(workbook, path, title="2026年度 第2四半期 営業部 業績報告", creator="営業本部 営業企画課",
                  moment=FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 4. 安全衛生委員会 議事録 (DOCX): accidents this month beside the same month last year, the
#    year to date beside last year's, counts by section, health checks, decisions with owners.

MINUTES_FILENAME = "第112回安全衛生委員会_議事録.docx"
MINUTES_TITLE = "第112回 安全衛生委員会 議事録"
MINUTES_BODY: list[Block] = [
    ("right", f"{COMPANY} 大崎工場 安全衛生委員会"),
    ("right", "記録：総務部 総務課 高森"),
    ("p", "日時：令和8年10月15日（木）15:00〜16:30"),
    ("p", "場所：大崎工場 管理棟2階 第1会議室（本社・各支店はWeb会議で参加）"),
    ("p", "出席者：委員長 三浦 健一（大崎工場長）、産業医 早川 由紀（嘱託）、衛生管理者 伊達 麻衣、"
          "安全管理者 小野寺 浩（製造部長）、労働者代表委員 5名（うち2名はWeb参加）"),
    ("p", "欠席者：物流課 課長 佐々木 亮"),
    ("h1", "1. 前回議事録の確認"),
    ("p", "第111回（令和8年9月17日開催）の議事録を原案のとおり承認した。"),
    ("h1", "2. 労働災害の発生状況"),
    ("p", "9月は休業災害が1件発生した。9月8日、塗装課で脚立（高さ約1.5m）から転落し、右足首を骨折したもの。"
          "休業日数は24日の見込みである。"),
    ("table", [
        ["区分", "2026年9月", "2025年9月", "2026年度累計（4〜9月）", "2025年度同期累計"],
        ["休業災害", "1件", "0件", "2件", "3件"],
        ["不休災害", "2件", "1件", "7件", "9件"],
        ["ヒヤリハット報告", "38件", "25件", "196件", "142件"],
    ]),
    ("p", "9月のヒヤリハット報告の部署別の内訳は次のとおり。"),
    ("table", [
        ["部署", "ヒヤリハット報告（9月）", "主な内容"],
        ["組立課", "14件", "部材の落下、工具の置き忘れ"],
        ["塗装課", "9件", "脚立作業、有機溶剤の取扱い"],
        ["物流課", "11件", "フォークリフトと歩行者の接近"],
        ["品質管理課", "4件", "検査台での指の挟まれ"],
        ["合計", "38件", ""],
    ]),
    ("h1", "3. 長時間労働の状況"),
    ("p", "月80時間を超える時間外・休日労働を行った社員は、8月が3名、9月が1名であった（いずれも物流課）。"
          "産業医による面接指導は、8月分の3名について9月10日までに実施済みである。9月分の1名は10月22日に実施する。"),
    ("p", "月45時間を超えた社員は、8月が17名、9月が11名であった。"),
    ("h1", "4. 健康診断・ストレスチェック"),
    ("p", "2026年度の定期健康診断の受診率は、本社が98.2%、大崎工場が99.1%、全社で98.6%であった。"
          "要再検査者は全社で62名、そのうち再検査を受けた者は41名である。再検査の受診期限は2026年11月30日とする。"),
    ("p", "ストレスチェックを2026年11月2日から11月20日まで実施する。受検率の目標は90%とする（昨年度の実績は84.5%）。"),
    ("h1", "5. インフルエンザ予防接種"),
    ("p", "社内での予防接種を、大崎工場で11月10日（火）、本社で11月12日（木）に行う。費用は会社が負担する"
          "（1人あたり3,800円、昨年度は3,500円）。家族の接種費用の補助は、次回の委員会までに総務課が検討する。"),
    ("h1", "6. 熱中症対策の振り返り"),
    ("p", "今夏（6月〜9月）の熱中症は2件（いずれも軽症）で、昨年の5件から減少した。"
          "WBGT（暑さ指数）が31以上のときは屋外作業を中止するルールを、来年度も継続する。"),
    ("h1", "7. 審議事項（決定事項）"),
    ("table", [
        ["No.", "内容", "期限", "担当"],
        ["1", "塗装課の脚立作業を可搬式作業台に切り替える（脚立12台を更新）", "2026年11月13日", "塗装課 課長 阿部"],
        ["2", "物流課のフォークリフト通路の歩行者区分線を引き直す", "2026年11月30日", "物流課 課長 佐々木"],
        ["3", "冬季の路面凍結に備え、構内通路に融雪剤を配置する", "2026年11月20日", "総務課 高森"],
        ["4", "長時間労働者への産業医面接の案内をコハクnaviから自動で送る", "2026年12月25日", "人事課 菅原"],
    ]),
    ("h1", "8. 次回の開催"),
    ("p", "第113回 安全衛生委員会：令和8年11月19日（木）15:00〜　場所：本社 3階 大会議室（大崎工場はWeb会議で参加）"),
    ("p", "以上"),
]


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


def build_docx(title: str, body: list[Block], path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = Document()
    for style_name in ("Normal", "Title", "Heading 1", "Heading 2", "Table Grid"):
        _docx_east_asian_font(document.styles[style_name])
    document.styles["Normal"].font.size = Pt(10.5)
    document.core_properties.title = title
    document.core_properties.author = "コハク住設 総務部"
    document.core_properties.last_modified_by = "コハク住設 総務部"
    document.core_properties.created = FIXED_MOMENT
    document.core_properties.modified = FIXED_MOMENT
    document.add_heading(title, level=0)
    for kind, content in body:
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
            document.add_paragraph("")
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def main() -> None:
    written: list[Path] = []
    leave = HERE / LEAVE_FILENAME
    leave.write_text(LEAVE_MARKDOWN, encoding="utf-8")
    written.append(leave)
    guide = HERE / GUIDE_FILENAME
    guide.write_text(GUIDE_HTML, encoding="utf-8")
    written.append(guide)
    report = HERE / REPORT_FILENAME
    build_xlsx(report)
    written.append(report)
    minutes = HERE / MINUTES_FILENAME
    build_docx(MINUTES_TITLE, MINUTES_BODY, minutes)
    written.append(minutes)
    print_sizes(written)


if __name__ == "__main__":
    main()
