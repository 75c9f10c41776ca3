"""Write the five company documents of the second holdout corpus (tests/data/holdout2/README.md).

One fictional maker of frozen and processed seafood, ナギサ食品株式会社 (本社 in 静岡市清水区,
東京支店・大阪支店・名古屋営業所・福岡営業所, 焼津工場 and 富士宮工場), and five documents an
employee of it would look things up in: a 出張旅費規程 as a PDF (daily allowances by rank and by
domestic/overseas trip, hotel caps by city class, old and new values), an information-security
guideline in Markdown (passwords, screen lock, VPN, USB, incident contacts with 内線), the spring
product line-up and price revision as PowerPoint (tables of models, pack sizes, prices, release
dates, storage specs), a guide to the 福利厚生 as DOCX (housing allowance by site, subsidies,
refresh leave, two fiscal years of usage side by side) and an all-staff notice e-mail (.eml) on the
move of the head office, with its dates and deadlines. Every company, person, address, telephone
number and figure here is invented (e-mail domains end in `.example`). The documents are dense
with look-alike figures on purpose (one rank beside the next, the old value beside the new one,
one city class, site, model or fiscal year beside another): those neighbours are what a wrong
answer copies.

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail has a
fixed Date and Message-ID.

    .venv/bin/python tests/data/holdout2/make_holdout2.py
"""

from __future__ import annotations

import datetime
import sys
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import (  # noqa: E402
    FONT,
    Block,
    ReportLayout,
    normalize_zip,
    pptx_fill,
    pptx_font,
    print_sizes,
    reportlab_pdf,
)

FIXED_MOMENT = datetime.datetime(2026, 12, 1, 9, 0, 0)
COMPANY = "ナギサ食品株式会社"

# ---------------------------------------------------------------------------------------------
# 1. 出張旅費規程 (PDF, reportlab): 日当 by rank and kind of trip, 宿泊料 caps by city class and
#    by overseas region, transport rules, with the values before the July 2026 revision in notes.

TRAVEL_FILENAME = "出張旅費規程_2026年7月改定.pdf"
TRAVEL_TITLE = f"{COMPANY} 出張旅費規程"
TRAVEL_BLOCKS: list[Block] = [
    ("p", "規程番号：総-021　制定：2012年10月1日　最終改定：2026年7月1日（令和8年7月1日）　主管部署：総務部 総務課"),
    ("h1", "第1条（目的）"),
    ("p", "この規程は、社員が業務のため出張する場合の旅費（交通費、日当及び宿泊料）の支給基準を定める。"),
    ("h1", "第2条（出張の区分）"),
    ("p", "出張は次のとおり区分する。(1) 近距離出張：勤務地から目的地までの片道の距離が50km未満のもの。"
          "(2) 国内日帰り出張：片道50km以上で宿泊を伴わないもの。(3) 国内宿泊出張：宿泊を伴う国内の出張。"
          "(4) 海外出張：日本国外への出張（出入国の日を含む）。"),
    ("p", "近距離出張には日当を支給せず、交通費の実費のみを支給する。本社と焼津工場の間の移動は近距離出張とする。"),
    ("h1", "第3条（出張の申請）"),
    ("p", "出張者は、国内出張は出発日の3営業日前までに、海外出張は出発日の30日前までに、精算システム「NAGISA精算」で"
          "出張申請を行い、所属長の承認を受ける。海外出張は、さらに担当役員の承認を要する。"),
    ("h1", "第4条（日当）"),
    ("p", "日当は、出張の区分及び職位に応じて、1日につき次の額を支給する。"),
    ("table", [
        ["職位", "国内日帰り", "国内宿泊", "海外"],
        ["役員", "3,000円", "5,000円", "10,000円"],
        ["部長", "2,500円", "4,200円", "8,000円"],
        ["課長", "2,000円", "3,600円", "6,500円"],
        ["一般社員", "1,500円", "3,000円", "5,000円"],
    ]),
    ("p", "国内宿泊出張の日当は、2026年6月30日までは部長3,500円、課長3,000円、一般社員2,400円であった"
          "（2026年7月1日以後に出発する出張から上表の額に改定）。役員の日当並びに国内日帰り出張及び海外出張の日当は改定していない。"),
    ("p", "海外出張の日当は、機中泊の日を含め、日本を出国した日から帰国した日までの日数について支給する。"),
    ("h1", "第5条（国内の宿泊料）"),
    ("p", "国内宿泊出張の宿泊料は、1泊につき次の額を上限として実費を支給する（税込、朝食代を含む）。"),
    ("table", [
        ["職位", "A地域", "B地域", "C地域"],
        ["役員", "18,000円", "15,000円", "13,000円"],
        ["部長", "14,000円", "12,000円", "10,000円"],
        ["課長・一般社員", "12,000円", "10,000円", "8,500円"],
    ]),
    ("p", "A地域は東京23区、大阪市、名古屋市、横浜市、京都市及び福岡市、B地域はA地域以外の政令指定都市及び県庁所在地、"
          "C地域はその他の地域とする。"),
    ("p", "A地域の宿泊料の上限は、2026年6月30日までは部長12,000円、課長・一般社員10,000円であった。"
          "役員の上限並びにB地域及びC地域の上限は改定していない。"),
    ("p", "展示会の会期中などで上限内の宿泊先が確保できない場合は、出張申請に理由を記載して所属長の事前承認を受けたときに限り、"
          "上限を超える額を支給する。"),
    ("h1", "第6条（海外の宿泊料）"),
    ("p", "海外出張の宿泊料は、1泊につき次の額を上限として実費を支給する（税・サービス料込み）。"),
    ("table", [
        ["地域", "部長以上", "課長・一般社員"],
        ["北米・欧州・オセアニア", "30,000円", "24,000円"],
        ["シンガポール・香港", "26,000円", "21,000円"],
        ["上記以外のアジア", "18,000円", "15,000円"],
    ]),
    ("p", "現地通貨で支払った宿泊料は、クレジットカード会社の請求額（円）で精算する。"),
    ("h1", "第7条（交通費）"),
    ("p", "(1) 鉄道：普通車指定席の運賃及び料金の実費を支給する。部長以上の者、及び片道の乗車時間が3時間を超える者は、"
          "グリーン車を利用できる。"),
    ("p", "(2) 航空機：国内はエコノミークラスとする。海外は、片道の飛行時間が8時間以上の場合に限り、部長以上の者はビジネスクラス、"
          "課長・一般社員はプレミアムエコノミークラスを利用できる。"),
    ("p", "(3) タクシー：深夜（22時から翌5時まで）の移動、重い荷物を運ぶ場合、又は公共交通機関がない場合に限り利用できる。"),
    ("p", "(4) 自家用車：所属長の事前の許可を受けた場合に限り利用でき、走行距離1kmにつき30円を支給する"
          "（2026年6月30日までは1kmにつき25円）。高速道路料金は実費を支給する。"),
    ("h1", "第8条（仮払い）"),
    ("p", "出張費用の見込みが50,000円以上の場合は、仮払いを申請できる。海外出張の仮払いは、出発日の7日前までに申請する。"),
    ("h1", "第9条（精算）"),
    ("p", "出張者は、帰着日から14日以内に、領収書の画像を添付してNAGISA精算で精算する。期限を過ぎた精算には、所属長の理由書を要する。"),
    ("h1", "第10条（海外出張の保険及び支度金）"),
    ("p", "海外出張者は、会社が契約する海外旅行保険に加入する（保険料は会社負担）。"
          "初めて海外出張をする者には、支度金として30,000円を支給する。"),
    ("h1", "附則"),
    ("p", "この規程は、2026年7月1日から施行する。2026年6月30日以前に出発した出張には、改定前の規程を適用する。"),
    ("p", "問い合わせ先：総務部 総務課　内線 2120　メール soumu@nagisa-foods.example"),
]
TRAVEL_LAYOUT = ReportLayout(
    body_size=10, body_leading=15, heading_size=12, heading_leading=17, heading_space_before=8,
    heading_space_after=3, title_size=16, title_leading=22, table_header_colour="#dde8f0",
    table_gap_mm=3, margin_mm=20,
)

# ---------------------------------------------------------------------------------------------
# 2. 情報セキュリティ利用ガイドライン (Markdown): passwords old and new, screen lock by device,
#    VPN, USB media, mail, data leaving the company, training figures, incident contacts.

SECURITY_FILENAME = "情報セキュリティ利用ガイドライン_第4版.md"
SECURITY_MARKDOWN = f"""# {COMPANY} 情報セキュリティ利用ガイドライン（第4版）

文書番号：IS-003　第4版 施行：2026年4月1日（令和8年4月1日）　前版：第3版（2024年4月1日）　主管部署：情報システム部 情報システム課

> このガイドラインは、社員、契約社員、派遣社員及び社内に常駐する業務委託先の要員に適用します。
> 守れない事情があるときは、自己判断で例外を作らず、ITヘルプデスクに相談してください。

## 1. アカウントとパスワード

- パスワードは12文字以上とし、英大文字・英小文字・数字・記号のうち3種類以上を含めてください（第3版までは8文字以上）。
- パスワードの定期変更は不要です。第3版までの「90日ごとの変更」は廃止しました。漏えいのおそれがあるときは、直ちに変更してください。
- 過去5回分と同じパスワードは使えません。
- ログインに5回続けて失敗すると、アカウントが30分間ロックされます。すぐに解除が必要なときは、ITヘルプデスクに連絡してください。
- 社外から社内システムにログインするときは、多要素認証（認証アプリ「NagiPass」）が必要です。

## 2. 画面ロック

端末は、操作しない時間が次の時間を超えると自動的にロックされます。離席するときは、自動ロックを待たずにWindowsキー＋Lで画面をロックしてください。

| 端末 | 自動ロックまでの時間 | 備考 |
|---|---|---|
| 社員用PC（ノートPC・デスクトップPC） | 5分 | 第3版までは10分 |
| 工場の共用端末（焼津工場・富士宮工場） | 15分 | 社員証（ICカード）で解除 |
| 会社支給スマートフォン | 1分 | 6桁以上のPIN又は生体認証で解除 |

## 3. 社外からの接続（VPN）

- 社外から社内システムを使うときは、VPN「NAGISA Link」に接続してください。
- VPNは、接続してから12時間で自動的に切断されます。続けて使うときは、接続し直してください。
- 公衆無線LAN（カフェ、ホテル、駅など）は、VPNに接続したうえで使ってください。会社支給スマートフォンのテザリングを推奨します。
- 海外からVPNに接続するときは、出発の5営業日前までにITヘルプデスクへ「海外利用申請」を出してください。申請のない国からの接続は遮断されます。

## 4. USBメモリ・外部記憶媒体

- 私物のUSBメモリ、外付けHDD、SDカードは社用PCで使えません（接続しても読み書きできない設定です）。
- 業務で必要なときは、情報システム課が貸し出す暗号化USBメモリ（容量32GB）を使ってください。貸出期間は最長14日で、返却時に中のデータは消去されます。
- 貸出の申請は、所属長の承認を得て、利用日の2営業日前までにITヘルプデスクへ出してください。
- 工場の製造設備（ライン制御PC）とのデータの受け渡しには、各工場の専用USBメモリ（黄色のラベル）を使い、使う前にウイルス検査用端末で検査してください。

## 5. メールとファイル共有

- 社外宛のメールは、送信ボタンを押してから5分間は送信が保留され、その間は取り消せます。
- 社外宛のメールの添付ファイルは、自動的にダウンロードリンクに変換されます（リンクの有効期限は7日間）。
- 社外の10名以上に同時に送るときは、宛先をBCCにしてください。
- ファイルの共有には、会社が契約するクラウドストレージ「NagiBox」だけを使ってください。個人のクラウドストレージの業務利用は禁止です。

## 6. 個人情報・機密情報の持ち出し

- 顧客・取引先の個人情報を1,000件以上含むデータを社外に持ち出すときは、部長の承認が必要です（1,000件未満は課長の承認）。
- 社外秘の紙の資料は施錠できるキャビネットに保管し、捨てるときは溶解処理ボックスに入れてください。

## 7. 私物スマートフォン（BYOD）

- 私物のスマートフォンは、管理アプリ（MDM）を登録した場合に限り、社内メールとスケジュールの閲覧に使えます。ファイルは端末に保存できません。
- 登録できる私物の端末は1人1台までです。

## 8. 教育と訓練

- 情報セキュリティのe-ラーニングを年1回受講してください。2026年度の受講期限は2026年11月30日です。
- 標的型メール訓練を年2回（6月と12月）行います。2025年度の訓練で添付ファイルを開いてしまった人の割合は、6月が8.4%、12月が5.1%でした。

## 9. インシデント（事故）の報告

PC・スマートフォンの紛失や盗難、ウイルス感染の疑い、メールの誤送信などに気づいたら、自分で対処しようとせず、気づいてから30分以内に次の窓口へ報告してください。

| 内容 | 連絡先 | 内線 | 受付時間 |
|---|---|---|---|
| PC・スマートフォンの紛失・盗難、ウイルス感染の疑い | ITヘルプデスク（情報システム課） | 3300 | 平日 8:30〜17:30 |
| 上記の夜間・休日 | セキュリティ当番（警備室から転送） | 3399 | 24時間 |
| 個人情報の漏えい、メールの誤送信 | 総務部 法務課 | 2150 | 平日 8:30〜17:30 |
| 焼津工場の製造設備のシステム障害 | 焼津工場 設備保全課 | 5120 | 24時間 |

紛失したPC・スマートフォンのデータは、ITヘルプデスクが遠隔で消去（リモートワイプ）します。

お問い合わせ：情報システム部 ITヘルプデスク　helpdesk@nagisa-foods.example
"""

# ---------------------------------------------------------------------------------------------
# 3. 新商品・価格改定のご案内 (PPTX): new products with pack size, case count, price and release
#    date; price revision of existing ones (current beside new); storage and logistics specs;
#    ordering terms with the old cut-off beside the new one.

PRODUCTS_FILENAME = "2027年春_業務用商品_新商品・価格改定のご案内.pptx"
PRODUCTS_TITLE = "2027年春 業務用商品のご案内（新商品・価格改定）"
PRODUCTS_SLIDES: list[tuple[str, list[str], list[list[str]] | None, list[str]]] = [
    # (title, lines above the table, table rows or None, lines below the table)
    ("2027年春 業務用商品のご案内", [
        "新商品・価格改定・受注条件",
        f"{COMPANY} 営業本部 商品企画部",
        "2026年11月",
    ], None, []),
    ("新商品の一覧（2027年春発売）", ["業務用冷凍食品4品番を発売します。"], [
        ["品番", "商品名", "内容量", "入数（1ケース）", "価格（税抜・1袋）", "発売日"],
        ["NF-3101", "焼津かつおのたたき", "500g", "10袋", "1,280円", "2027年3月1日"],
        ["NF-3102", "白身魚フライ", "1.2kg（20枚）", "8袋", "1,650円", "2027年3月1日"],
        ["NF-3105", "国産さばの味噌煮", "1kg（10切）", "10袋", "1,980円", "2027年3月15日"],
        ["NF-3108", "桜えびのかき揚げ", "600g（10枚）", "12袋", "1,420円", "2027年4月5日"],
    ], ["価格は1袋あたりの業務用希望価格（税抜）です。"]),
    ("既存商品の価格改定（2027年4月1日出荷分から）", [], [
        ["品番", "商品名", "内容量", "現行価格（税抜）", "改定後価格（税抜）", "改定率"],
        ["NF-2204", "骨取りさば切身", "1kg", "1,500円", "1,650円", "10.0%"],
        ["NF-2210", "ねぎとろ", "500g", "1,100円", "1,180円", "7.3%"],
        ["NF-2301", "いか天ぷら", "1kg", "1,350円", "1,420円", "5.2%"],
        ["NF-2315", "えびフライ（大）", "600g（20尾）", "2,400円", "2,640円", "10.0%"],
    ], ["改定の理由：原料魚価及び物流費の上昇によるものです。",
        "NF-2108 あじフライは、価格を据え置きます。"]),
    ("新商品の保存・物流仕様", [], [
        ["品番", "保存温度", "賞味期間（製造日から）", "ケース重量", "最小発注単位"],
        ["NF-3101", "-18℃以下", "365日", "5.6kg", "1ケース"],
        ["NF-3102", "-18℃以下", "365日", "10.4kg", "1ケース"],
        ["NF-3105", "-18℃以下", "540日", "10.8kg", "2ケース"],
        ["NF-3108", "-18℃以下", "270日", "7.9kg", "1ケース"],
    ], ["アレルゲン等の詳細は、品番ごとの「商品規格書」をご確認ください。"]),
    ("受注・納品の条件", [
        "発注の締切：納品日の2営業日前の15:00（2026年12月までは納品日の3営業日前の12:00）",
        "送料：1回の発注が税抜30,000円以上で無料、30,000円未満は1,500円（離島は別途お見積り）",
        "見本品：新商品1品番につき2袋まで無料（2027年1月15日から受付）",
        "商品説明会：2027年1月27日（水）東京支店、2027年1月29日（金）大阪支店",
        "お問い合わせ：営業本部 商品企画部　内線 1610　shohin@nagisa-foods.example",
    ], None, []),
]

# ---------------------------------------------------------------------------------------------
# 4. 福利厚生制度のご案内 (DOCX): housing allowance by site and dependants (old values in a
#    note), leased housing, meals, staff discount, qualification bonuses, health check subsidy,
#    refresh leave, and the usage of two fiscal years side by side. Some numbers in 全角.

WELFARE_FILENAME = "福利厚生制度のご案内_2026年度版.docx"
WELFARE_TITLE = "福利厚生制度のご案内（2026年度版）"
WELFARE_BODY: list[Block] = [
    ("right", f"{COMPANY} 人事部 人事課"),
    ("right", "令和8年4月1日"),
    ("p", "当社の福利厚生制度の内容と申請の方法をまとめました。申請は、特に記載のない限り人事システム「ナギサポータル」から行ってください。"),
    ("h1", "1. 住宅手当"),
    ("p", "自ら賃貸住宅を借りて住む社員（世帯主に限る）に、勤務地と扶養家族の有無に応じて、毎月次の額を支給します。"
          "持ち家に住む社員及び借上げ社宅に入居する社員には支給しません。"),
    ("table", [
        ["勤務地", "扶養家族あり", "扶養家族なし"],
        ["東京支店・大阪支店", "28,000円", "18,000円"],
        ["本社・名古屋営業所・福岡営業所", "22,000円", "14,000円"],
        ["焼津工場・富士宮工場", "16,000円", "10,000円"],
    ]),
    ("p", "東京支店・大阪支店の額は、2025年度までは扶養家族あり25,000円、扶養家族なし15,000円でした。その他の勤務地の額は改定していません。"),
    ("h1", "2. 借上げ社宅"),
    ("p", "会社の命令で転居を伴う異動をした社員は、会社が借り上げる社宅に入居できます。入居できる期間は、異動の日から最長６年です。"
          "自己負担額は家賃の25%です（2025年度までは20%）。"),
    ("h1", "3. 食事の補助"),
    ("p", "本社と焼津工場の社員食堂では、1食につき会社が250円を補助し、定食の本人負担は300円です。"
          "富士宮工場では仕出し弁当を手配しており、本人負担は1食200円です。"
          "社員食堂も仕出し弁当もない営業所・支店に勤務する社員には、食事手当として月3,000円を支給します。"),
    ("h1", "4. 自社製品の社員割引"),
    ("p", "社員販売サイト「ナギサマルシェ」で、自社製品（業務用商品を含む）を定価の30%引きで購入できます。"
          "購入額の上限は1か月20,000円（割引後の額）です。年2回（7月と12月）は、50%引きの社員セールを行います。"),
    ("h1", "5. 資格取得支援"),
    ("p", "会社が指定する資格に合格した社員には、受験料の実費と次の合格祝金を支給します。受験料は2回目の受験まで会社が負担します。"),
    ("table", [
        ["資格", "合格祝金", "備考"],
        ["食品衛生責任者", "5,000円", "養成講習会の受講料も会社負担"],
        ["衛生管理者（第一種）", "30,000円", ""],
        ["ボイラー技士（二級）", "20,000円", "工場勤務者に限る"],
        ["日商簿記検定2級", "20,000円", ""],
        ["TOEIC L&R 730点以上", "30,000円", "初めて達成したときに限る"],
    ]),
    ("h1", "6. 健康の支援"),
    ("p", "35歳以上の社員が人間ドックを受診したときは、費用を1回につき25,000円まで補助します（2025年度までは20,000円）。"
          "被扶養者である配偶者の受診も、同じ額まで補助します。インフルエンザの予防接種は、社員本人の費用を会社が全額負担します。"),
    ("h1", "7. リフレッシュ休暇"),
    ("p", "勤続年数の節目に、有給の特別休暇（リフレッシュ休暇）と旅行券を贈ります。休暇は、節目の日から1年以内に取得してください。"),
    ("table", [
        ["勤続年数", "休暇日数", "旅行券"],
        ["10年", "5日", "30,000円"],
        ["20年", "7日", "50,000円"],
        ["30年", "10日", "100,000円"],
    ]),
    ("h1", "8. 制度の利用実績"),
    ("p", "主な制度の利用実績は次のとおりです。"),
    ("table", [
        ["制度", "2024年度", "2025年度"],
        ["住宅手当（受給者数）", "412人", "436人"],
        ["借上げ社宅（入居者数）", "58人", "61人"],
        ["資格取得支援（合格祝金の支給）", "74件", "92件"],
        ["人間ドック補助", "205件", "238件"],
        ["ナギサマルシェ（購入件数）", "3,812件", "4,527件"],
    ]),
    ("h1", "9. 問い合わせ先"),
    ("p", "人事部 人事課　内線２２３０　メール jinji@nagisa-foods.example（受付：平日 9:00〜17:00）"),
]

# ---------------------------------------------------------------------------------------------
# 5. 全社通達 (EML): the move of the head office: dates, deadlines, counts old and new. Some
#    numbers in 全角, as people type them.

NOTICE_FILENAME = "全社通達_本社事務所の移転について.eml"
NOTICE_SUBJECT = "【全社通達】本社事務所の移転に伴う日程と手続きについて（令和8年12月1日）"
NOTICE_BODY = """社員各位

総務部長の杉本です。
かねてお知らせしていたとおり、本社事務所を移転します。移転の日程と、各自にお願いする手続きを次のとおりまとめました。期限を守ってご対応ください。

■ 移転の概要
・移転先：静岡県静岡市駿河区みなと町3丁目8番1号 ナギサ・ベイサイドビル 5階・6階
・現本社（静岡市清水区）での最終業務日：2027年1月15日（金）
・新本社での業務開始日：2027年1月18日（月）
・1月16日（土）と17日（日）は引越し作業のため、現本社・新本社とも立入りできません。
・代表電話番号は変わりません。内線番号も原則として変わりませんが、総務部と経理部の一部は変わります（新しい内線表は１月12日に社内掲示板に掲載します）。
・新本社の最寄り駅は「みなと駅」で、駅から徒歩8分です。

■ 各自にお願いする作業と期限
1. 私物の持ち帰りと書類の整理：2026年12月25日（金）まで。保存期間を過ぎた書類は溶解処理に出してください（溶解処理ボックスの回収は12月22日（火）と1月12日（火））。
2. 段ボール箱の配布：2027年1月6日（水）。1人あたり５箱までです（部署の共用書類の分は別に配布します）。
3. 荷造りの完了：2027年1月14日（木）17:00まで。箱には新フロアの座席番号のラベルを貼ってください。
4. 通勤経路の変更届：新本社への通勤経路を、ナギサポータルから2026年12月18日（金）までに届け出てください。新しい通勤手当は2027年2月支給の給与から反映し、1月分の差額は2月に精算します。
5. 社員駐車場：新本社の社員駐車場は40台分です（現本社は65台分）。利用を希望する人は、2026年12月11日（金）までに総務課へ申し込んでください。申込みが40台を超えたときは通勤距離の長い人を優先し、12月21日（月）に結果をお知らせします。

■ 新本社のフロア
・5階：営業本部、商品企画部（座席96席）
・6階：総務部、人事部、経理部、情報システム部、役員室（座席110席）
・会議室は12室です（現本社は7室）。会議室の予約は、これまでと同じく施設予約システムから行います。

■ 問い合わせ先
総務部 総務課 本社移転担当 望月（内線 2125）

以上
"""


def build_pdf(path: Path) -> None:
    reportlab_pdf(path, title=TRAVEL_TITLE, author="ナギサ食品 総務部", blocks=TRAVEL_BLOCKS, layout=TRAVEL_LAYOUT)


def build_pptx(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Emu, Inches

    presentation = Presentation()
    presentation.slide_width = Inches(13.333)
    presentation.slide_height = Inches(7.5)
    blank = presentation.slide_layouts[6]
    width = presentation.slide_width
    for index, (title, above, rows, below) in enumerate(PRODUCTS_SLIDES):
        slide = presentation.slides.add_slide(blank)
        margin = Inches(0.6)
        inner = Emu(width - 2 * margin)
        if index == 0:
            title_box = slide.shapes.add_textbox(margin, Inches(2.4), inner, Inches(1.2))
            pptx_fill(title_box.text_frame, [title], 36)
            sub_box = slide.shapes.add_textbox(margin, Inches(3.8), inner, Inches(1.6))
            pptx_fill(sub_box.text_frame, above, 20)
            continue
        title_box = slide.shapes.add_textbox(margin, Inches(0.4), inner, Inches(0.8))
        pptx_fill(title_box.text_frame, [title], 28)
        top = Inches(1.3)
        if above:
            above_box = slide.shapes.add_textbox(margin, top, inner, Inches(0.4 * len(above) + 0.2))
            above_box.text_frame.word_wrap = True
            pptx_fill(above_box.text_frame, above, 18 if rows is None else 16)
            top = Emu(top + Inches(0.45 * len(above) + 0.3))
        if rows is not None:
            shape = slide.shapes.add_table(len(rows), len(rows[0]), margin, top, inner, Inches(0.5 * len(rows)))
            table = shape.table
            for row_index, row in enumerate(rows):
                for column_index, value in enumerate(row):
                    cell = table.cell(row_index, column_index)
                    cell.text_frame.clear()
                    run = cell.text_frame.paragraphs[0].add_run()
                    run.text = value
                    pptx_font(run, 14)
                    if row_index == 0:
                        run.font.bold = True
            top = Emu(top + Inches(0.5 * len(rows) + 0.3))
        if below:
            below_box = slide.shapes.add_textbox(margin, top, inner, Inches(0.4 * len(below) + 0.2))
            below_box.text_frame.word_wrap = True
            pptx_fill(below_box.text_frame, below, 14)
    properties = presentation.core_properties
    properties.title = PRODUCTS_TITLE
    properties.author = "ナギサ食品 営業本部 商品企画部"
    properties.last_modified_by = "ナギサ食品 営業本部 商品企画部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


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
    document.core_properties.author = "ナギサ食品 人事部"
    document.core_properties.last_modified_by = "ナギサ食品 人事部"
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


def build_eml(path: Path) -> None:
    message = EmailMessage()
    message["Subject"] = NOTICE_SUBJECT
    message["From"] = "ナギサ食品 総務部 <soumu@nagisa-foods.example>"
    message["To"] = "全社員 <all-staff@nagisa-foods.example>"
    message["Date"] = "Tue, 01 Dec 2026 09:30:00 +0900"
    message["Message-ID"] = "<20261201093000.honsha-iten@nagisa-foods.example>"
    message.set_content(NOTICE_BODY, charset="utf-8", cte="base64")
    path.write_bytes(message.as_bytes(policy=SMTP))


def main() -> None:
    written: list[Path] = []
    travel = HERE / TRAVEL_FILENAME
    build_pdf(travel)
    written.append(travel)
    security = HERE / SECURITY_FILENAME
    security.write_text(SECURITY_MARKDOWN, encoding="utf-8")
    written.append(security)
    products = HERE / PRODUCTS_FILENAME
    build_pptx(products)
    written.append(products)
    welfare = HERE / WELFARE_FILENAME
    build_docx(WELFARE_TITLE, WELFARE_BODY, welfare)
    written.append(welfare)
    notice = HERE / NOTICE_FILENAME
    build_eml(notice)
    written.append(notice)
    print_sizes(written)


if __name__ == "__main__":
    main()
