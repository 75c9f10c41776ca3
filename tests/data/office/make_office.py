"""Write the five company documents of the office corpus (tests/data/office/README.md).

Not slides this time: a DOCX 規程, an XLSX budget workbook, a 議事録 written as DOCX and exported
to PDF by LibreOffice (`soffice --headless --convert-to pdf`), an HTML page of the intranet
portal, and a 中期経営計画 PDF laid out by reportlab. Every company, person, address and number
here is invented (e-mail domains end in `.example`). The documents are dense with look-alike
figures on purpose (this year beside last year, the budget beside the result, one 役職 beside
the next, one site beside another): those neighbours are what a wrong answer copies.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp, the
office files a fixed creation date, and the LibreOffice PDF its fixed date and document ID.

    .venv/bin/python tests/data/office/make_office.py
"""

from __future__ import annotations

import datetime
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import (  # noqa: E402
    FONT,
    Block,
    ReportLayout,
    export_pdf,
    normalize_zip,
    pin_pdf_stamps,
    print_sizes,
    reportlab_pdf,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2026, 10, 20, 9, 0, 0)
COMPANY = "シオサイ電子株式会社"

# ---------------------------------------------------------------------------------------------
# 1. 出張旅費規程 (DOCX): two tables by 役職, deadlines, exceptions, the previous revision's figure.

TRAVEL_TITLE = "出張旅費規程"
TRAVEL_BODY: list[Block] = [
    # ("h1" | "h2" | "p" | "table" | "right", content)
    ("right", "規程番号：総-012"),
    ("right", "制定：平成30年4月1日"),
    ("right", "最終改定：令和8年4月1日"),
    ("right", "主管部署：総務部 総務課"),
    ("h1", "第1章　総則"),
    ("h2", "第1条（目的）"),
    ("p", f"この規程は、{COMPANY}（以下「会社」という。）の役員及び従業員が業務のために出張する場合の旅費の支給について定める。"),
    ("h2", "第2条（適用範囲）"),
    ("p", "この規程は、役員、正社員及び契約社員に適用する。派遣社員の出張にかかる費用は、派遣元との契約の定めによる。"),
    ("h2", "第3条（出張の区分）"),
    ("p", "出張は、次の各号に区分する。"),
    ("p", "（１）日帰り出張：勤務地から片道５０ｋｍ以上の地へ出張し、当日中に帰着するもの"),
    ("p", "（２）宿泊出張：国内で宿泊を伴うもの"),
    ("p", "（３）海外出張：日本国外へ出張するもの"),
    ("h1", "第2章　申請及び精算"),
    ("h2", "第4条（出張の申請）"),
    ("p", "出張する者は、出発日の５営業日前までに出張申請書をワークフローシステムで所属長に提出し、承認を得なければならない。"
          "海外出張の場合は、出発日の３０日前までに申請し、担当役員の承認を得るものとする。"),
    ("p", "緊急やむを得ない事情により事前に申請できない場合は、出発前に所属長の口頭承認を得た上で、帰着後３営業日以内に申請書を提出する。"),
    ("h2", "第5条（仮払い及び精算）"),
    ("p", "出張旅費の仮払いを受けようとする者は、旅費見込額の８０％を上限として仮払いを請求することができる。"),
    ("p", "出張者は、帰着後１４日以内に旅費精算書に領収書を添えて提出しなければならない。ただし、海外出張の精算期限は帰着後３０日以内とする。"),
    ("h1", "第3章　旅費の種類及び額"),
    ("h2", "第6条（交通費）"),
    ("p", "交通費は、最も経済的かつ合理的な経路及び方法による実費を支給する。"),
    ("p", "新幹線のグリーン車は、役員及び部長に限り利用することができる。課長以下の者は普通車指定席とする。"),
    ("p", "航空機は、片道の移動距離が６００ｋｍ以上の場合に利用することができる。座席はエコノミークラスとする。"
          "ただし、役員が海外出張で片道８時間以上搭乗する場合はビジネスクラスを利用することができる。"),
    ("h2", "第7条（日当及び宿泊料）"),
    ("p", "国内出張の日当及び宿泊料は、別表1のとおりとする。宿泊料は上限額の範囲内で実費を支給する。"),
    ("p", "別表1　国内出張の日当及び宿泊料（1日・1泊あたり、税込）"),
    ("table", [
        ["役職", "日当（日帰り）", "日当（宿泊）", "宿泊料上限（東京23区・大阪市）", "宿泊料上限（その他の地域）"],
        ["役員", "3,000円", "5,000円", "18,000円", "15,000円"],
        ["部長", "2,500円", "4,000円", "14,000円", "12,000円"],
        ["課長", "2,000円", "3,000円", "12,000円", "10,500円"],
        ["一般社員", "1,500円", "2,500円", "10,000円", "9,000円"],
    ]),
    ("p", "海外出張の日当及び宿泊料は、別表2のとおりとする。支給は米ドル建てとし、出発日の会社指定レートで円に換算する。"),
    ("p", "別表2　海外出張の日当及び宿泊料（1日・1泊あたり）"),
    ("table", [
        ["区分", "日当", "宿泊料上限（北米・欧州）", "宿泊料上限（アジア）"],
        ["部長以上", "80米ドル", "250米ドル", "180米ドル"],
        ["課長以下", "60米ドル", "200米ドル", "150米ドル"],
    ]),
    ("h2", "第8条（支給の例外）"),
    ("p", "次の各号に該当する場合は、前条の定めにかかわらず、次のとおり取り扱う。"),
    ("p", "（１）片道５０ｋｍ未満の日帰り出張には、日当を支給しない。"),
    ("p", "（２）会社が宿泊先を手配し、その費用を会社が直接支払った場合は、宿泊料を支給しない。"),
    ("p", "（３）業務の都合により午後10時以降に帰着し、公共交通機関が利用できない場合は、タクシー代を1回5,000円を上限として実費で支給する。"),
    ("p", "（４）同一地域への出張が連続して１５日を超える場合は、１６日目以降の日当を２割減額する。"),
    ("p", "（５）研修・講習会への参加で主催者が食事を提供する場合は、日当を半額とする。"),
    ("h2", "第9条（赴任旅費）"),
    ("p", "転勤に伴う赴任旅費及び引越し費用の取扱いは、別に定める赴任旅費規程による。"),
    ("h1", "附則"),
    ("p", "この規程は、令和8年4月1日から施行する。"),
    ("p", "改定履歴"),
    ("table", [
        ["改定日", "主な改定内容"],
        ["令和2年4月1日", "航空機の利用基準を片道700km以上から600km以上に変更"],
        ["令和5年4月1日", "一般社員の宿泊料上限（その他の地域）を8,000円から8,500円に改定"],
        ["令和8年4月1日", "宿泊料上限を全役職で改定（一般社員・その他の地域は8,500円から9,000円）、仮払い上限を70％から80％に変更"],
    ]),
    ("p", "問い合わせ先：総務部 総務課 旅費担当　内線 2215　メール ryohi@shiosai-denshi.example"),
]

# ---------------------------------------------------------------------------------------------
# 2. 2026年度 部門別予算・実績 (XLSX): a 方眼紙 cover, title rows above two-level headers, 千円.

BUDGET_FILENAME = "2026年度_部門別予算実績.xlsx"
SUMMARY_ROWS = [
    # 部門, 2025年度実績, 2026年度予算, 上期予算, 上期実績
    ("営業本部", 412300, 438000, 219000, 205640),
    ("開発本部", 686150, 742500, 371250, 389120),
    ("製造本部", 1524800, 1586000, 793000, 781450),
    ("管理本部", 198400, 205000, 102500, 99870),
]
DEVELOPMENT_ROWS = [
    ("人件費", 402600, 431000, 215500, 218930),
    ("外注費", 118900, 132000, 66000, 79450),
    ("研究開発材料費", 64300, 70500, 35250, 33180),
    ("旅費交通費", 12850, 14000, 7000, 6120),
    ("減価償却費", 87500, 95000, 47500, 51440),
]
MANUFACTURING_SITES = [
    # 費目, 浜松事業所 上期予算, 浜松事業所 上期実績, 北上工場 上期予算, 北上工場 上期実績
    ("人件費", 198000, 196240, 152000, 149880),
    ("原材料費", 121000, 118730, 97000, 101620),
    ("水道光熱費", 38500, 41270, 29500, 27940),
    ("修繕費", 17000, 12350, 14000, 16180),
    ("減価償却費", 71000, 70900, 55000, 56320),
]
SALES_REGIONS = [
    # 営業部, 2025年度 売上実績, 2026年度 売上目標, 上期 売上目標, 上期 売上実績（百万円）
    ("東日本営業部", 24860, 26500, 12800, 12310),
    ("西日本営業部", 19420, 21000, 10100, 10640),
    ("海外営業部", 11730, 13500, 6400, 5870),
]

# ---------------------------------------------------------------------------------------------
# 3. 情報セキュリティ委員会 議事録 (DOCX exported to PDF): counts by site, this half vs last year.

MINUTES_FILENAME = "第38回情報セキュリティ委員会議事録"
MINUTES_BODY: list[Block] = [
    ("title", "第38回 情報セキュリティ委員会 議事録"),
    ("table", [
        ["日時", "令和8年9月17日（木）14:00〜15:30"],
        ["場所", "本社 8階 大会議室（浜松事業所・北上工場はオンライン参加）"],
        ["出席者", "委員長 岩城 達也（取締役 CISO）、森下 由香（情報システム部長）、田辺 修（総務部長）、"
                  "三浦 健吾（浜松事業所長）、佐伯 美穂（北上工場長）、長谷部 亮（北上工場 設備課長）"],
        ["欠席者", "内田 恵（法務部長）"],
        ["事務局・記録", "小野寺 健（情報システム部 セキュリティ推進課）"],
    ]),
    ("h1", "1. 前回議事録の確認"),
    ("p", "第37回（令和8年6月18日開催）の議事録について、修正なく承認された。"),
    ("h1", "2. 上期の情報セキュリティインシデント報告"),
    ("p", "事務局より、上期（2026年4月〜9月）に報告されたインシデントの件数が次のとおり報告された。"),
    ("table", [
        ["種別", "本社", "浜松事業所", "北上工場", "合計", "前年同期（合計）"],
        ["PC・スマートフォンの紛失・盗難", "3件", "1件", "0件", "4件", "6件"],
        ["メールの誤送信", "7件", "2件", "1件", "10件", "5件"],
        ["マルウェア感染", "0件", "1件", "1件", "2件", "1件"],
        ["不正アクセス（未遂を含む）", "1件", "0件", "0件", "1件", "2件"],
        ["合計", "11件", "4件", "2件", "17件", "14件"],
    ]),
    ("p", "メールの誤送信が前年同期の5件から10件に倍増しており、うち6件は社外の取引先への誤送信であった。"
          "個人情報を含むものは1件で、本人への謝罪と削除依頼により対応済みである。"),
    ("p", "浜松事業所のマルウェア感染1件は、私物のUSBメモリを業務PCに接続したことが原因と判明した。"),
    ("h1", "3. 標的型メール訓練の結果"),
    ("p", "7月に全社員を対象に実施した標的型メール訓練の結果が報告された。対象者は1,284名で、"
          "添付ファイルの開封率は8.6％（前回2月の訓練では12.3％）、情報システム部への報告率は61.2％（前回は47.5％）であった。"),
    ("p", "開封率は北上工場が14.1％と最も高く、本社は6.9％であった。"),
    ("h1", "4. 決定事項"),
    ("table", [
        ["No.", "決定事項", "期限", "担当"],
        ["1", "社外から社内ネットワークへのVPN接続に多要素認証を必須とする", "令和8年11月30日", "森下（情報システム部）"],
        ["2", "USBメモリ等の外部記憶媒体の使用を原則禁止とし、業務上必要な場合は申請による許可制とする", "令和9年1月1日から実施", "田辺（総務部）"],
        ["3", "全従業員に情報セキュリティeラーニングの受講を義務付ける（未受講者は所属長に通知）", "令和8年10月31日", "小野寺（セキュリティ推進課）"],
        ["4", "北上工場の生産設備の制御系ネットワークを事務系ネットワークから分離する（予算1,800万円）", "令和9年3月31日", "長谷部（北上工場 設備課）"],
    ]),
    ("p", "決定事項4の予算については、当初見積りの2,400万円から機器構成を見直し、1,800万円で承認された。"),
    ("h1", "5. その他"),
    ("p", "委員長より、メール誤送信の対策として、社外宛てメールの送信を10分間保留する機能の導入を次回までに検討するよう指示があった。"),
    ("h1", "6. 次回開催予定"),
    ("p", "第39回：令和8年12月17日（木）14:00〜　本社 8階 大会議室"),
    ("right", "以上"),
]

# ---------------------------------------------------------------------------------------------
# 4. IT ヘルプデスク FAQ (HTML page of the intranet portal): two sites' hours, old vs new rules.

PORTAL_FILENAME = "ITヘルプデスクFAQ.html"
PORTAL_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>ITヘルプデスク よくある質問（FAQ） | シオサイ電子 社内ポータル</title>
<style>
body { font-family: "Noto Sans CJK JP", sans-serif; margin: 0; }
header, nav, footer { background: #f0f3f7; padding: 8px 16px; }
main { padding: 16px; max-width: 960px; }
table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 4px 8px; }
</style>
</head>
<body>
<header><a href="/">シオサイ電子 社内ポータル</a></header>
<nav>ホーム ＞ 部門サイト ＞ 情報システム部 ＞ ITヘルプデスク FAQ</nav>
<main>
<h1>ITヘルプデスク よくある質問（FAQ）</h1>
<p class="updated">最終更新日：2026年10月1日　掲載部署：情報システム部 ITヘルプデスク</p>

<h2>お問い合わせ窓口と受付時間</h2>
<table>
<tr><th>窓口</th><th>受付時間</th><th>内線</th><th>外線</th></tr>
<tr><td>本社ヘルプデスク</td><td>平日 8:45〜18:00</td><td>4400</td><td>045-555-0187</td></tr>
<tr><td>浜松事業所ヘルプデスク</td><td>平日 8:30〜17:15</td><td>6100</td><td>053-555-0162</td></tr>
</table>
<p>北上工場には常駐の窓口はありません。本社ヘルプデスクにお問い合わせください。
夜間・休日のシステム障害は、障害受付専用ダイヤル 045-555-0199 で受け付けます（パスワードの再設定など障害以外のお問い合わせは翌営業日の対応となります）。</p>
<p>メールでのお問い合わせ：helpdesk@shiosai-denshi.example</p>

<h2>アカウント・パスワード</h2>
<details open>
<summary>Q. パスワードの有効期限はどれくらいですか？</summary>
<p>A. パスワードの有効期限は１８０日です。期限の１４日前からサインイン時に変更を促すメッセージが表示されます。
なお、2026年9月30日までは有効期限が90日でしたが、多要素認証の導入に合わせて2026年10月1日から180日に延長しました。</p>
</details>
<details open>
<summary>Q. パスワードにはどんな条件がありますか？</summary>
<p>A. 12文字以上で、英大文字・英小文字・数字・記号のうち3種類以上を含めてください。過去5世代と同じパスワードは使えません。</p>
</details>
<details open>
<summary>Q. パスワードを何回か間違えてロックされました。</summary>
<p>A. パスワードを５回連続で間違えると、アカウントが30分間ロックされます。30分経過すると自動で解除されます。
急ぎの場合はヘルプデスクに連絡してください。本人確認の上、解除します。</p>
</details>
<details open>
<summary>Q. 新しく入社する人のアカウントはいつ発行されますか？</summary>
<p>A. 所属長が入社日の１０営業日前までに「アカウント発行申請」を提出すると、入社日の３営業日前に発行されます。</p>
</details>

<h2>PC・周辺機器</h2>
<details open>
<summary>Q. PCはいつ交換してもらえますか？</summary>
<p>A. 会社貸与PCの交換周期は、ノートPCが4年、デスクトップPCが5年です。交換対象の方には、交換時期の2か月前に情報システム部からメールでご案内します。
故障の場合は周期にかかわらず交換します。</p>
</details>
<details open>
<summary>Q. 出張や研修用にPCを借りられますか？</summary>
<p>A. 貸出用ノートPCを本社に20台、浜松事業所に8台用意しています。貸出期間は最長2週間で、利用開始日の3営業日前までにポータルの「機器貸出申請」から申請してください。</p>
</details>
<details open>
<summary>Q. 私物のスマートフォンで会社のメールを見られますか？</summary>
<p>A. 所属長の承認を得て「私物端末利用申請」を提出し、管理アプリを入れた場合に限り、メールとスケジュールの閲覧ができます。
社内のファイルサーバーへの接続はできません。</p>
</details>

<h2>メール・ファイル共有</h2>
<details open>
<summary>Q. メールボックスの容量はどのくらいですか？</summary>
<p>A. メールボックスの容量は、一般社員が50GB、管理職が100GBです。容量の90％に達すると警告メールが届きます。</p>
</details>
<details open>
<summary>Q. 大きなファイルを社外に送るにはどうすればいいですか？</summary>
<p>A. メールに添付できるのは1通あたり10MBまでです。それを超えるファイルは大容量ファイル送信サービス「ナミノリ便」を使ってください。
1回に送れるのは合計2GBまでで、アップロードしたファイルは7日間で自動的に削除されます。</p>
</details>
<details open>
<summary>Q. 社外からVPNで接続するには？</summary>
<p>A. 会社貸与PCにインストール済みのVPNクライアントで接続します。2026年11月30日からは多要素認証（スマートフォンの認証アプリ）が必須になります。
同時に接続できるのは1人1台までです。</p>
</details>
</main>
<footer>© シオサイ電子株式会社 情報システム部　このページの内容に関するお問い合わせは内線4400まで</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------
# 5. 中期経営計画 (PDF, reportlab): targets by year beside last plan's target and result.

PLAN_FILENAME = "中期経営計画2026-2028.pdf"
PLAN_TITLE = "中期経営計画「シオサイ・ネクスト28」（2026年度〜2028年度）"
PLAN_BLOCKS: list[Block] = [
    ("p", f"{COMPANY}　2026年5月14日"),
    ("h1", "1. 前中期経営計画（2023年度〜2025年度）の振り返り"),
    ("table", [
        ["指標", "前中計の最終年度目標（2025年度）", "2025年度実績", "達成状況"],
        ["売上高", "1,100億円", "1,086億円", "未達（98.7％）"],
        ["営業利益", "80億円", "71億円", "未達（88.8％）"],
        ["営業利益率", "7.3％", "6.5％", "未達"],
        ["ROE", "8.0％", "7.2％", "未達"],
    ]),
    ("p", "車載向けの販売は計画を上回ったが、原材料価格の高騰と産業機器の受注減により利益面で目標に届かなかった。"),
    ("h1", "2. 数値目標"),
    ("table", [
        ["指標", "2025年度（実績）", "2026年度（計画）", "2027年度（計画）", "2028年度（目標）"],
        ["売上高", "1,086億円", "1,150億円", "1,230億円", "1,320億円"],
        ["営業利益", "71億円", "78億円", "90億円", "106億円"],
        ["営業利益率", "6.5％", "6.8％", "7.3％", "8.0％"],
        ["ROE", "7.2％", "7.8％", "8.5％", "10.0％"],
        ["海外売上高比率", "31％", "33％", "36％", "40％"],
    ]),
    ("h1", "3. 事業別の売上高目標"),
    ("table", [
        ["事業", "2025年度（実績）", "2028年度（目標）", "年平均成長率"],
        ["車載電子", "502億円", "620億円", "7.3％"],
        ["産業機器", "431億円", "480億円", "3.7％"],
        ["医療機器", "153億円", "220億円", "12.9％"],
        ["合計", "1,086億円", "1,320億円", "6.7％"],
    ]),
    ("h1", "4. 投資計画（3年間の累計）"),
    ("table", [
        ["区分", "前中計（2023〜2025年度）実績", "本中計（2026〜2028年度）計画"],
        ["設備投資", "186億円", "240億円"],
        ["研究開発費", "164億円", "210億円"],
        ["M&amp;A・出資枠", "―", "150億円"],
    ]),
    ("p", "設備投資のうち90億円は、北上工場の車載電子部品の新ライン（2027年10月稼働予定）に充てる。"),
    ("h1", "5. 人材と組織"),
    ("p", "従業員数（連結）は2025年度末の4,320名から、2028年度末に4,800名とする。"
          "女性管理職比率は2025年度末の6.8％から、2028年度末に12％へ引き上げる。"),
    ("p", "デジタル人材を3年間で300名育成し、うち50名を社外から採用する。"),
    ("h1", "6. 株主還元"),
    ("p", "配当性向は、前中計の30％以上から、本中計では35％以上に引き上げる。2026年度の年間配当は1株あたり64円（前期は58円）を予定する。"),
    ("p", "本資料の計画・目標は、公表日時点で入手可能な情報に基づくものであり、実際の業績はさまざまな要因により異なる可能性があります。"),
]


# ---------------------------------------------------------------------------------------------
# Writers.

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
    document.core_properties.author = "シオサイ電子"
    document.core_properties.created = FIXED_MOMENT
    document.core_properties.modified = FIXED_MOMENT
    document.core_properties.last_modified_by = "シオサイ電子"
    if body[0][0] != "title":
        document.add_heading(title, level=0)
    for kind, content in body:
        if kind == "title":
            document.add_heading(str(content), level=0)
        elif kind == "h1":
            document.add_heading(str(content), level=1)
        elif kind == "h2":
            document.add_heading(str(content), level=2)
        elif kind == "p":
            document.add_paragraph(str(content))
        elif kind == "right":
            paragraph = document.add_paragraph(str(content))
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "table":
            rows = content
            assert isinstance(rows, list)
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = document.styles["Table Grid"]
            for row_index, row in enumerate(rows):
                for column_index, value in enumerate(row):
                    table.cell(row_index, column_index).text = value
            document.add_paragraph("")
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def _sheet_with_title(workbook: object, name: str, title: str, unit: str,
                      headers_top: list[str], headers_bottom: list[str], rows: list[tuple]) -> None:
    """A sheet as people draw them: a title row, the unit on the right, a blank row, then a
    two-row header whose upper row is merged over the years."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(name)  # type: ignore[attr-defined]
    width = len(headers_bottom)
    sheet.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.cell(row=2, column=width, value=unit).alignment = Alignment(horizontal="right")
    column = 1
    while column <= width:
        label = headers_top[column - 1]
        end = column
        while end < width and headers_top[end] == "":
            end += 1
        sheet.cell(row=4, column=column, value=label)
        if end > column:
            sheet.merge_cells(start_row=4, start_column=column, end_row=4, end_column=end)
        column = end + 1
    for column, label in enumerate(headers_bottom, start=1):
        sheet.cell(row=5, column=column, value=label)
    for row_index, row in enumerate(rows, start=6):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=row_index, column=column, value=value)
            if isinstance(value, int):
                cell.number_format = "#,##0"
            elif isinstance(value, float):
                cell.number_format = "0.0%"
    for column in range(1, width + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 16


def _with_rate(rows: list[tuple]) -> list[tuple]:
    """Append the 達成率 (first-half actual over first-half budget), a ratio shown as a percentage."""
    return [(*row, round(row[4] / row[3], 3)) for row in rows]


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    cover = workbook.active
    cover.title = "表紙"
    # 方眼紙: thirty narrow columns, labels and values in merged ranges.
    for column in range(1, 31):
        cover.column_dimensions[get_column_letter(column)].width = 2.7
    cover_lines = [
        (2, [(2, 29, "2026年度　部門別予算・実績管理表（上期）")]),
        (5, [(2, 7, "作成日"), (8, 20, "令和8年10月20日")]),
        (6, [(2, 7, "作成部署"), (8, 20, "経営企画部 予算管理課")]),
        (7, [(2, 7, "作成者"), (8, 20, "久保田 千尋（内線 2308）")]),
        (8, [(2, 7, "承認"), (8, 20, "常務取締役 経営企画担当 西村 浩一")]),
        (10, [(2, 29, "対象期間：2026年4月1日〜2026年9月30日（上期）。金額の単位は、特記のない限り千円。")]),
        (11, [(2, 29, "下期予算の見直しは11月の経営会議で審議する（各部門の修正案提出期限：令和8年11月6日）。")]),
    ]
    for row, pieces in cover_lines:
        for first, last, text in pieces:
            cover.cell(row=row, column=first, value=text)
            cover.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
    cover.cell(row=2, column=2).font = Font(bold=True, size=14)

    years = ["2025年度", "2026年度", "2026年度上期", "", ""]
    _sheet_with_title(workbook, "全社サマリー", "部門別 経費予算・実績（全社）", "単位：千円",
                      ["部門", *years], ["部門", "実績", "予算", "予算", "実績", "達成率"],
                      [*_with_rate(SUMMARY_ROWS),
                       ("合計", *[sum(row[index] for row in SUMMARY_ROWS) for index in range(1, 5)],
                        round(sum(row[4] for row in SUMMARY_ROWS) / sum(row[3] for row in SUMMARY_ROWS), 3))])
    _sheet_with_title(workbook, "開発本部", "開発本部 費目別 予算・実績", "単位：千円",
                      ["費目", *years], ["費目", "実績", "予算", "予算", "実績", "達成率"],
                      _with_rate(DEVELOPMENT_ROWS))
    _sheet_with_title(workbook, "製造本部", "製造本部 拠点別 上期予算・実績", "単位：千円",
                      ["費目", "浜松事業所", "", "北上工場", ""], ["費目", "上期予算", "上期実績", "上期予算", "上期実績"],
                      MANUFACTURING_SITES)
    _sheet_with_title(workbook, "営業本部", "営業本部 営業部別 売上高 目標・実績", "単位：百万円",
                      ["営業部", *years], ["営業部", "実績", "目標", "目標", "実績", "達成率"],
                      _with_rate(SALES_REGIONS))
    save_workbook(workbook, path, title="2026年度 部門別予算・実績管理表", creator="経営企画部 予算管理課", moment=FIXED_MOMENT)


PLAN_LAYOUT = ReportLayout(body_size=10.5, body_leading=16, heading_size=13, heading_leading=20, heading_space_before=10,
                           heading_space_after=4, title_size=16, title_leading=24, table_header_colour="#dde6f0",
                           table_gap_mm=4, margin_mm=20)


def main() -> None:
    written: list[Path] = []
    travel = HERE / f"{TRAVEL_TITLE}.docx"
    build_docx(TRAVEL_TITLE, TRAVEL_BODY, travel)
    written.append(travel)
    budget = HERE / BUDGET_FILENAME
    build_xlsx(budget)
    written.append(budget)
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / f"{MINUTES_FILENAME}.docx"
        build_docx(MINUTES_FILENAME, MINUTES_BODY, source)
        minutes = export_pdf(source, HERE)
        pin_pdf_stamps(minutes, FIXED_MOMENT)
        written.append(minutes)
    portal = HERE / PORTAL_FILENAME
    portal.write_text(PORTAL_HTML, encoding="utf-8")
    written.append(portal)
    plan = HERE / PLAN_FILENAME
    reportlab_pdf(plan, title=PLAN_TITLE, author=COMPANY, blocks=PLAN_BLOCKS, layout=PLAN_LAYOUT)
    written.append(plan)
    print_sizes(written)


if __name__ == "__main__":
    main()
