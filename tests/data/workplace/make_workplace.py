"""Write the six company documents of the workplace corpus (tests/data/workplace/README.md).

One fictional food maker, ミズナラ食品株式会社 (本社 in さいたま, 千葉工場 and 岡山工場), and the
documents an employee of it would ask about: a 就業規則 excerpt in Markdown, a 福利厚生 guide as
PPTX, a 総務部 notice e-mail (.eml, ISO-2022-JP body and encoded-word headers), a 研修計画 XLSX
with flat list sheets, a 品質月報 PDF laid out by reportlab, and an intranet HTML page announcing
a price revision. Every company, person, product, address and number here is invented (e-mail
domains end in `.example`). The documents are dense with look-alike figures on purpose (this
year beside last year, the old rule beside the new one, one site beside the other, one grade
beside the next): those neighbours are what a wrong answer copies.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp, the
office files a fixed creation date, the PDF is written with reportlab's invariant mode and the
e-mail with a fixed Date and Message-ID.

    .venv/bin/python tests/data/workplace/make_workplace.py
"""

from __future__ import annotations

import datetime
import sys
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import (  # noqa: E402
    Block,
    ReportLayout,
    normalize_zip,
    pptx_fill,
    print_sizes,
    reportlab_pdf,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2026, 11, 10, 9, 0, 0)
COMPANY = "ミズナラ食品株式会社"

# ---------------------------------------------------------------------------------------------
# 1. 就業規則（抜粋） (Markdown): working hours by site, leave by years of service, allowances
#    with this year's amount beside the previous one.

RULES_FILENAME = "就業規則_抜粋.md"
RULES_MARKDOWN = f"""# {COMPANY} 就業規則（抜粋）

規程番号：人-001　制定：2012年4月1日　最終改定：2026年4月1日　主管部署：人事部 労務課

> この文書は、就業規則のうち労働時間、休日・休暇及び手当に関する章を抜粋したものです。
> 全文は社内ポータルの「人事部 規程集」で閲覧できます。解釈に疑義がある場合は全文が優先します。

## 第3章 労働時間及び休憩

### 第18条（所定労働時間）

1. 所定労働時間は、1日7時間45分、1週38時間45分とする。
2. 始業・終業の時刻及び休憩時間は、勤務区分ごとに次のとおりとする。

| 勤務区分 | 始業 | 終業 | 休憩 |
|---|---|---|---|
| 本社・営業所（日勤） | 9:00 | 17:45 | 12:00〜13:00（60分） |
| 工場 日勤 | 8:00 | 16:45 | 11:30〜12:30（60分） |
| 工場 夜勤 | 21:00 | 翌5:45 | 1:00〜2:00（60分） |

3. 業務の都合により、所属長は始業・終業の時刻を前後1時間の範囲で繰り上げ又は繰り下げることがある。

### 第19条（フレックスタイム制）

1. 本社の企画・管理部門に所属する社員には、労使協定の定めるところによりフレックスタイム制を適用する。
2. コアタイムは10:00〜15:00とする（2025年度までは10:00〜16:00）。フレキシブルタイムは7:00〜10:00及び15:00〜21:00とする。
3. 清算期間は1か月とし、清算期間における総労働時間は、所定労働日数に7時間45分を乗じた時間とする。

### 第20条（時間外・休日・深夜労働の割増賃金）

時間外労働、休日労働及び深夜労働に対しては、次の割増率により計算した割増賃金を支払う。

| 区分 | 割増率 |
|---|---|
| 時間外労働（月60時間以内の部分） | 25% |
| 時間外労働（月60時間を超える部分） | 50% |
| 法定休日の労働 | 35% |
| 深夜労働（22:00〜翌5:00） | 25% |

## 第4章 休日及び休暇

### 第22条（休日）

1. 本社・営業所の休日は、土曜日、日曜日、国民の祝日、夏季休日及び年末年始休日とする。
2. 工場の休日は、工場ごとに定める年間カレンダーによる。
3. 2026年度の年間休日数は、本社・営業所が125日、工場が119日とする（2025年度は本社・営業所が123日、工場が117日）。

### 第23条（年次有給休暇）

1. 入社日から6か月間継続して勤務し、所定労働日の8割以上出勤した社員には、次の表のとおり年次有給休暇を付与する。

| 勤続年数 | 6か月 | 1年6か月 | 2年6か月 | 3年6か月 | 4年6か月 | 5年6か月 | 6年6か月以上 |
|---|---|---|---|---|---|---|---|
| 付与日数 | 10日 | 11日 | 12日 | 14日 | 16日 | 18日 | 20日 |

2. パートタイマーのうち、週所定労働時間が30時間未満で、週所定労働日数が4日以下の者には、次の表のとおり付与する。

| 週所定労働日数 | 1年間の所定労働日数 | 6か月 | 1年6か月 | 2年6か月 | 3年6か月 | 4年6か月 | 5年6か月 | 6年6か月以上 |
|---|---|---|---|---|---|---|---|---|
| 4日 | 169〜216日 | 7日 | 8日 | 9日 | 10日 | 12日 | 13日 | 15日 |
| 3日 | 121〜168日 | 5日 | 6日 | 6日 | 8日 | 9日 | 10日 | 11日 |

3. 当該年度に取得しなかった年次有給休暇は、翌年度に限り繰り越すことができる。保有できる日数は、繰越分を含めて最大40日とする。
4. 年次有給休暇は、半日単位で取得することができる。時間単位での取得は、1年につき5日分を限度とする。
5. 年次有給休暇のうち5日を超える部分については、労使協定により計画的に付与することがある（本社は8月、工場は年末年始の前後に各2日）。

### 第24条（特別休暇）

1. 社員が次の各号に該当する場合は、次の日数の特別休暇（有給）を与える。

| 事由 | 日数 |
|---|---|
| 本人の結婚 | 5日 |
| 配偶者の出産 | 3日（2025年度までは2日） |
| 父母・配偶者・子の死亡 | 5日 |
| 配偶者の父母の死亡 | 3日 |
| 祖父母・兄弟姉妹の死亡 | 2日 |

2. 結婚による特別休暇は、結婚の日（入籍日又は挙式日）から6か月以内に取得しなければならない。
3. 勤続10年、20年及び30年に達した社員には、リフレッシュ休暇として、勤続10年は5日、勤続20年は7日、勤続30年は10日を与える。取得期限は、勤続年数に達した日から1年以内とする。

## 第6章 賃金

### 第35条（賃金の締切及び支払日）

1. 賃金は、毎月末日に締め切り、翌月25日に支払う。支払日が休日に当たるときは、その前日に支払う。
2. 賞与は、原則として年2回（6月及び12月）支給する。支給日及び算定期間は、その都度通知する。

### 第37条（家族手当）

扶養家族を有する社員には、次の家族手当を支給する。

| 扶養家族 | 月額（2026年4月から） | 月額（2025年度まで） |
|---|---|---|
| 配偶者 | 6,000円 | 12,000円 |
| 子（1人につき） | 10,000円 | 6,000円 |

子は、満22歳に達した日以後の最初の3月31日までの者とする。

### 第38条（住宅手当）

住宅を賃借し、自ら家賃を負担している社員には、次の住宅手当を支給する。

| 区分 | 首都圏（東京都・埼玉県・千葉県・神奈川県） | その他の地域 |
|---|---|---|
| 世帯主 | 25,000円 | 18,000円 |
| 世帯主以外 | 12,000円 | 9,000円 |

社宅・独身寮に入居している者には支給しない。

### 第39条（通勤手当）

1. 公共交通機関を利用して通勤する社員には、最も経済的かつ合理的な経路による6か月定期券相当額を支給する。ただし、月額50,000円を上限とする（2026年3月までは月額40,000円）。
2. 自家用車又は二輪車で通勤する社員の通勤手当は、別に定める車両通勤規程による。

### 第40条（役職手当）

役職に就く社員には、次の役職手当を支給する。

| 役職 | 月額 |
|---|---|
| 部長 | 75,000円 |
| 課長 | 50,000円 |
| 係長 | 20,000円 |
| 班長（工場） | 15,000円 |

### 第41条（夜勤手当）

工場の夜勤に従事した社員には、深夜労働の割増賃金とは別に、夜勤1回につき3,000円の夜勤手当を支給する。

## 附則

この規程（抜粋部分）は、2026年4月1日から施行する。改定の主な内容は、コアタイムの短縮、配偶者の出産による特別休暇の延長、家族手当の見直し及び通勤手当の上限の引上げである。

問い合わせ先：人事部 労務課　内線 3105　メール roumu@mizunara-foods.example
"""

# ---------------------------------------------------------------------------------------------
# 2. 福利厚生ガイド (PPTX): points by grade and year, one canteen per site, old and new rates.

BENEFITS_FILENAME = "福利厚生ガイド2026.pptx"
BENEFITS_TITLE = "福利厚生ガイド 2026年度版"
BENEFITS_SUBTITLE = f"{COMPANY}　人事部 厚生課\n2026年4月"
# (title, bullets, table, footnote, speaker notes)
BENEFITS_SLIDES: list[tuple[str, list[str], list[list[str]] | None, str, str]] = [
    ("制度の一覧", [
        "カフェテリアプラン（選択型福利厚生）",
        "社員食堂・食事補助",
        "自社製品の社員販売",
        "財形貯蓄・従業員持株会",
        "健康支援（人間ドック・予防接種）",
        "慶弔見舞金",
        "契約保養所",
    ], None, "", "2026年度の変更点は、カフェテリアプランの一般社員ポイントと持株会の奨励金率の2つ。"),
    ("カフェテリアプラン", [], [
        ["項目", "一般社員", "管理職"],
        ["年間付与ポイント（2026年度）", "50,000ポイント", "40,000ポイント"],
        ["年間付与ポイント（2025年度）", "45,000ポイント", "40,000ポイント"],
        ["利用できるメニュー", "育児・介護、自己啓発、健康、旅行・レジャー", "育児・介護、自己啓発、健康、旅行・レジャー"],
        ["精算の申請期限", "2027年3月10日", "2027年3月10日"],
    ], "1ポイント＝1円。使い切れなかったポイントは翌年度に繰り越せません。年度の途中で入社した人には月割りで付与します。",
     "管理職のポイントは据え置き。一般社員は物価の上昇を踏まえて5,000ポイント増やした。"),
    ("社員食堂・食事補助", [], [
        ["拠点", "1食の本人負担", "1食の会社補助", "営業時間"],
        ["本社 社員食堂", "350円", "250円", "11:30〜13:30"],
        ["千葉工場 食堂", "300円", "280円", "11:00〜14:00、夜勤者向け 0:30〜2:00"],
        ["岡山工場 食堂", "280円", "300円", "11:00〜14:00"],
    ], "食堂のない営業所に勤務する人には、昼食補助として月4,000円を給与に加算します。夜勤者の夜食（自社製品のおにぎり・餃子など）は無料です。", ""),
    ("自社製品の社員販売", [
        "家庭用製品を定価の30%引きで購入できます（業務用製品は対象外）",
        "購入できるのは1年度あたり定価で10万円分まで",
        "社員販売会は年2回：7月と12月（2026年12月は15日〜17日、本社・千葉工場・岡山工場）",
        "社員販売で購入した製品の転売は禁止です",
    ], None, "", ""),
    ("財形貯蓄・従業員持株会", [], [
        ["制度", "内容", "会社の援助"],
        ["一般財形貯蓄", "給与・賞与から天引きで積立", "なし"],
        ["住宅財形貯蓄", "住宅取得のための積立（元利合計550万円まで非課税）", "利子補給 年1.0%"],
        ["年金財形貯蓄", "60歳以降に年金として受取", "利子補給 年0.5%"],
        ["従業員持株会", "1口1,000円、毎月50口まで", "奨励金 拠出額の15%（2025年度までは10%）"],
    ], "財形貯蓄・持株会の新規加入と口数の変更は、毎年5月と11月に受け付けます。", ""),
    ("健康支援", [
        "人間ドック補助：35歳以上の社員本人は上限30,000円、被扶養配偶者は上限15,000円（いずれも年度に1回）",
        "インフルエンザ予防接種：社内接種は無料、社外の医療機関で受けた場合は上限4,000円を補助",
        "ストレスチェック：毎年10月に全社員を対象に実施",
        "禁煙外来：自己負担分を全額補助（1人1回まで）",
    ], None, "", "35歳未満の社員は会社の定期健康診断を受けること。"),
    ("慶弔見舞金", [], [
        ["区分", "対象", "金額"],
        ["結婚祝金", "本人", "30,000円"],
        ["出産祝金", "第1子・第2子", "30,000円"],
        ["出産祝金", "第3子以降", "100,000円"],
        ["弔慰金", "本人", "300,000円"],
        ["弔慰金", "配偶者", "100,000円"],
        ["弔慰金", "子", "50,000円"],
        ["弔慰金", "父母（配偶者の父母を含む）", "30,000円"],
        ["災害見舞金", "住居の全壊・全焼", "100,000円"],
        ["災害見舞金", "住居の半壊・半焼", "50,000円"],
    ], "申請は、事由が発生した日から6か月以内に人事システム「ミズナラWeb」から行ってください。", ""),
    ("契約保養所", [], [
        ["施設", "通常期 大人", "通常期 小学生", "繁忙期 大人", "繁忙期 小学生"],
        ["なすの風（栃木県那須町）", "4,500円", "3,000円", "6,000円", "4,000円"],
        ["潮騒亭（千葉県南房総市）", "5,000円", "3,000円", "6,500円", "4,000円"],
    ], "料金は1泊2食付き・1人あたりの本人負担額。繁忙期は7月20日〜8月31日、12月28日〜1月4日、ゴールデンウィーク。"
       "予約は利用する月の2か月前の1日から人事部 厚生課で受け付けます。", "未就学児は無料。"),
    ("お問い合わせ", [
        "人事部 厚生課",
        "内線 3120（平日 9:00〜17:30）",
        "メール：kosei@mizunara-foods.example",
    ], None, "", ""),
]

# ---------------------------------------------------------------------------------------------
# 3. 総務部からの通知メール (.eml): dates by site, this year's beside last year's.

NOTICE_FILENAME = "総務部通知_年末年始休業と年末調整.eml"
NOTICE_SUBJECT = "【総務部】年末年始の休業・年末調整・冬季賞与のお知らせ"
NOTICE_FROM = ("総務部 総務課 石原", "soumu@mizunara-foods.example")
NOTICE_TO = ("全社員", "all-staff@mizunara-foods.example")
NOTICE_DATE = "Tue, 10 Nov 2026 09:30:00 +0900"
LINE_END = "\r\n"  # RFC 5322 lines, folded header lines included
NOTICE_MESSAGE_ID = "<20261110093000.4417@mizunara-foods.example>"
NOTICE_BODY = """社員各位

お疲れさまです。総務部 総務課の石原です。
年末年始の休業、年末調整の書類提出、冬季賞与の支給について、下記のとおりお知らせします。
拠点ごとに日程が異なりますので、ご注意ください。

━━━━━━━━━━━━━━━━━━━━
■1．年末年始の休業期間
━━━━━━━━━━━━━━━━━━━━
・本社・営業所：2026年12月29日（火）〜2027年1月4日（月）
・千葉工場　　：2026年12月30日（水）〜2027年1月3日（日）
・岡山工場　　：2026年12月31日（木）〜2027年1月3日（日）

工場は年末の需要に対応するため、本社より遅くまで稼働します。
最終出荷日は、千葉工場が12月29日（火）、岡山工場が12月30日（水）です。
年始の出荷は、両工場とも1月4日（月）から再開します。

━━━━━━━━━━━━━━━━━━━━
■2．年末調整
━━━━━━━━━━━━━━━━━━━━
・提出書類：扶養控除等（異動）申告書、保険料控除申告書、
　　　　　　基礎控除申告書 兼 配偶者控除等申告書 兼 所得金額調整控除申告書
・提出方法：人事システム「ミズナラWeb」で入力し、生命保険料などの
　　　　　　控除証明書（原本）は所属の総務窓口へ提出してください。
・提出期限：本社・営業所　　　　2026年11月20日（金）
　　　　　　千葉工場・岡山工場　2026年11月27日（金）
　※昨年より1週間早くなっています
　　（昨年は本社・営業所が11月27日、工場が12月4日でした）。
・還付・徴収：12月分の給与（12月25日支給）で精算します。

━━━━━━━━━━━━━━━━━━━━
■3．冬季賞与
━━━━━━━━━━━━━━━━━━━━
・支給日：2026年12月10日（木）（昨年は12月9日）
・賞与明細：12月9日（水）からミズナラWebで閲覧できます。
・算定期間：2026年4月1日〜2026年9月30日

━━━━━━━━━━━━━━━━━━━━
■4．仕事始め
━━━━━━━━━━━━━━━━━━━━
2027年1月5日（火）10:00から、本社 5階ホールで仕事始め式を行います。
各工場・営業所にはオンラインで配信します。

以上、よろしくお願いいたします。

--
ミズナラ食品株式会社 総務部 総務課
石原 拓海（いしはら たくみ）
内線 2104 ／ soumu@mizunara-foods.example
"""

# ---------------------------------------------------------------------------------------------
# 4. 2026年度 研修計画 (XLSX): flat list sheets with one header row; dates, counts and fees in
#    neighbouring columns (開催日 beside 申込締切, 定員 beside two years of attendance).

TRAINING_FILENAME = "2026年度_研修計画.xlsx"
TRAINING_HEADER = ["研修コード", "研修名", "対象者", "形式", "会場", "開催日", "時間", "定員",
                   "申込締切", "受講料（1人・円）", "2025年度 受講者数", "2026年度 受講予定者数"]
D = datetime.date
TRAINING_ROWS: list[list[object]] = [
    ["T-01", "新入社員フォローアップ研修", "2026年度入社の社員", "集合", "本社 5階研修室", D(2026, 10, 14), "9:30〜17:00", 40, D(2026, 9, 25), 0, 41, 38],
    ["T-02", "新任管理職研修", "2026年度に課長へ昇格した者", "集合", "本社 5階研修室", D(2026, 11, 12), "9:30〜17:30", 20, D(2026, 10, 16), 0, 17, 19],
    ["T-03", "評価者研修", "部下の評価を行う管理職", "オンライン", "Web会議", D(2026, 12, 3), "13:30〜16:30", 60, D(2026, 11, 13), 0, 52, 55],
    ["T-11", "HACCP基礎研修（千葉工場）", "製造部門の一般社員", "集合", "千葉工場 大会議室", D(2026, 9, 8), "13:00〜17:00", 30, D(2026, 8, 21), 0, 62, 58],
    ["T-12", "HACCP基礎研修（岡山工場）", "製造部門の一般社員", "集合", "岡山工場 2階研修室", D(2026, 9, 17), "13:00〜17:00", 25, D(2026, 8, 28), 0, 47, 50],
    ["T-13", "食物アレルギー管理研修", "製造・品質保証部門の社員", "eラーニング", "―", "10月1日〜10月30日", "約60分", None, "―", 0, 236, 250],
    ["T-21", "フォークリフト運転技能講習（千葉工場）", "物流・製造部門で資格のない者", "外部講習（4日間）", "千葉工場 構内", D(2026, 10, 20), "8:30〜17:30", 10, D(2026, 9, 18), 43000, 8, 10],
    ["T-22", "フォークリフト運転技能講習（岡山工場）", "物流・製造部門で資格のない者", "外部講習（4日間）", "岡山工場 構内", D(2026, 11, 24), "8:30〜17:30", 8, D(2026, 10, 23), 41800, 6, 8],
    ["T-31", "QC検定3級対策講座", "希望者（製造・品質保証部門）", "集合（3回）", "本社 5階研修室", D(2026, 7, 4), "9:30〜16:30", 30, D(2026, 6, 12), 5000, 24, 30],
    ["T-32", "衛生管理者 受験対策講座", "希望者", "オンライン", "Web会議", D(2027, 1, 16), "9:30〜16:30", 40, D(2026, 12, 18), 8000, 15, 20],
    ["T-41", "情報セキュリティ研修", "全社員", "eラーニング", "―", "11月1日〜11月30日", "約30分", None, "―", 0, 1186, 1240],
]
QUALIFICATION_HEADER = ["資格名", "区分", "受験料の補助", "合格祝金（2025年度まで・円）",
                        "合格祝金（2026年度から・円）", "資格手当（月額・円）"]
QUALIFICATION_ROWS: list[list[object]] = [
    ["食品衛生責任者", "必須（製造部門の班長以上）", "全額", 5000, 10000, "―"],
    ["第一種衛生管理者", "推奨", "全額", 20000, 30000, 3000],
    ["QC検定2級", "推奨", "全額", 10000, 20000, 2000],
    ["QC検定3級", "推奨", "全額", 5000, 10000, "―"],
    ["危険物取扱者 乙種第4類", "推奨（工場）", "全額", 10000, 15000, 2000],
    ["第三種冷凍機械責任者", "推奨（工場）", "全額", 15000, 25000, 3000],
    ["ボイラー技士2級", "推奨（工場）", "全額", 15000, 20000, 2000],
    ["フォークリフト運転技能者", "必須（物流部門）", "全額（技能講習として）", "―", "―", "―"],
    ["TOEIC 730点以上", "任意", "半額", 10000, 10000, "―"],
]
TRAINING_NOTES = [
    "2026年度 研修計画（人事部 人材開発課）　作成日：2026年4月1日　更新日：2026年10月1日",
    "申込は、人事システム「ミズナラWeb」の「研修申込」から行ってください。",
    "申込締切後に受講を取り消す場合は、所属長を通じて人材開発課へ連絡してください。外部講習は受講料の全額が所属部署の負担になります。",
    "受講料0円の研修は、会社が費用を負担する社内研修です。受講料は所属部署の予算から支出します。",
    "資格の合格祝金は、合格証の写しを添えて合格日から3か月以内に申請してください。",
    "問い合わせ：人事部 人材開発課　内線 3150　メール jinzai@mizunara-foods.example",
]

# ---------------------------------------------------------------------------------------------
# 5. 品質月報 (PDF, reportlab): two sites, this month beside last month, this year beside last.

QUALITY_FILENAME = "品質月報_2026年9月度.pdf"
QUALITY_TITLE = "品質月報（2026年9月度）"
QUALITY_BLOCKS: list[Block] = [
    ("p", f"{COMPANY}　品質保証部　発行日：2026年10月8日　作成：品質保証部 品質保証課"),
    ("h1", "1. 概況"),
    ("p", "9月は、千葉工場の工程内不良率が0.38%となり、目標（0.45%以下）を3か月連続で達成した。"
          "岡山工場は充填ラインの機種切替の影響で0.57%となり、2か月続けて目標に届かなかった。"
          "顧客クレームは両工場の合計で10件（前月は14件）であった。"),
    ("h1", "2. 主要品質指標"),
    ("table", [
        ["指標", "千葉工場 9月", "千葉工場 8月", "岡山工場 9月", "岡山工場 8月", "目標"],
        ["工程内不良率", "0.38%", "0.44%", "0.57%", "0.52%", "0.45%以下"],
        ["出荷前検査 合格率", "99.7%", "99.5%", "99.2%", "99.4%", "99.5%以上"],
        ["顧客クレーム件数", "6件", "9件", "4件", "5件", "各工場 月5件以下"],
        ["うち異物混入", "2件", "3件", "1件", "1件", "0件"],
        ["製品廃棄率", "1.6%", "1.9%", "2.3%", "2.1%", "2.0%以下"],
    ]),
    ("h1", "3. 顧客クレーム件数の推移（両工場合計）"),
    ("table", [
        ["区分", "2025年9月", "2026年9月", "2025年度上期累計", "2026年度上期累計"],
        ["顧客クレーム件数", "13件", "10件", "71件", "58件"],
        ["うち異物混入", "5件", "3件", "24件", "17件"],
    ]),
    ("h1", "4. 9月の顧客クレームの内訳"),
    ("table", [
        ["分類", "千葉工場", "岡山工場", "合計"],
        ["異物混入", "2件", "1件", "3件"],
        ["包装不良", "2件", "0件", "2件"],
        ["表示誤り", "0件", "2件", "2件"],
        ["味・におい", "1件", "1件", "2件"],
        ["その他", "1件", "0件", "1件"],
        ["合計", "6件", "4件", "10件"],
    ]),
    ("h1", "5. 主な品質トラブル"),
    ("p", "（1）9月12日、岡山工場で「ごまだれ 300ml」の賞味期限の印字誤り（2027.03.12とすべきところを2026.03.12と印字）が"
          "1,200本見つかった。出荷前検査で発見し、市場への流出はない。原因は機種切替時の印字データの設定漏れである。"),
    ("p", "（2）9月24日、千葉工場 第2ラインの「こだわり肉餃子」で、X線異物検出機が金属異物（約1.5mm）を検出し、"
          "同じロットの480パックを排除した。検出機の感度の低下が確認されたため、更新を前倒しする。"),
    ("h1", "6. 是正処置・予防処置"),
    ("table", [
        ["No.", "内容", "期限", "担当"],
        ["1", "千葉工場 第2ラインのX線異物検出機を更新する（当初の更新計画は2027年度）", "2026年12月15日", "品質保証課 長尾"],
        ["2", "岡山工場の充填ラインに賞味期限の印字検査カメラを導入する", "2027年1月29日", "岡山工場 製造二課 若林"],
        ["3", "アレルゲンを含む製品の切替時の清掃手順書を改訂し、両工場で教育する", "2026年10月30日", "品質保証課 東"],
        ["4", "異物混入のクレームが多い仕入先2社に監査を行う", "2026年11月27日", "購買部 堀"],
    ]),
    ("h1", "7. 監査・認証"),
    ("p", "FSSC 22000の更新審査は、千葉工場が2026年11月18日〜19日、岡山工場は2027年2月に実施の予定である（日程は調整中）。"),
    ("p", "取引先（量販店）による岡山工場の工場監査が、2026年10月21日に予定されている。"),
    ("h1", "8. 来月の重点事項"),
    ("p", "年末の需要に向けて10月から12月は増産期となる。臨時従業員の受入れ教育（衛生・異物混入防止）を入場前に必ず行い、"
          "受入れ初日は班長が作業に立ち会うこと。"),
    ("p", "品質保証部長　宮坂 典子"),
]

# ---------------------------------------------------------------------------------------------
# 6. 価格改定のお知らせ (HTML page of the intranet portal): the current price beside the new one.

PRICE_FILENAME = "業務用製品_価格改定のお知らせ.html"
PRICE_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>業務用製品 価格改定のお知らせ（社内向け） | ミズナラ食品 社内ポータル</title>
<style>
body { font-family: "Noto Sans CJK JP", sans-serif; margin: 0; }
header, nav, footer { background: #f3f1ea; padding: 8px 16px; }
main { padding: 16px; max-width: 980px; }
table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 4px 8px; }
td.num { text-align: right; }
</style>
</head>
<body>
<header><a href="/">ミズナラ食品 社内ポータル</a></header>
<nav>ホーム ＞ 営業本部 ＞ 営業企画部 ＞ お知らせ</nav>
<main>
<h1>業務用製品 価格改定のお知らせ（社内向け）</h1>
<p class="updated">掲載日：2026年11月2日　掲載部署：営業企画部</p>
<p>原材料（小麦粉・豚肉・ごま）と物流費の上昇を受け、業務用製品の価格を改定します。
前回の改定（2025年4月1日）から約1年9か月ぶりの改定です。取引先への説明は、下記の日程で漏れなく行ってください。</p>

<h2>改定の概要</h2>
<table>
<tr><th>項目</th><th>内容</th></tr>
<tr><td>改定日</td><td>2027年1月1日 出荷分から</td></tr>
<tr><td>対象</td><td>業務用の冷凍食品・調味料 38品目（家庭用製品は対象外）</td></tr>
<tr><td>平均改定率</td><td>約7.5%</td></tr>
<tr><td>旧価格での受注締切</td><td>2026年12月18日（金）受注分まで（納品は12月28日まで）</td></tr>
<tr><td>取引先への案内</td><td>案内状を2026年11月13日（金）までに発送し、営業担当が11月30日までに訪問または電話で説明する</td></tr>
</table>

<h2>主な品目の新価格（税抜、1袋・1本あたり）</h2>
<table>
<tr><th>品番</th><th>品名</th><th>規格</th><th>入数（1ケース）</th><th>現行価格</th><th>改定後価格</th><th>改定率</th></tr>
<tr><td>FZ-101</td><td>こだわり肉餃子</td><td>50個入</td><td>10袋</td><td class="num">1,280円</td><td class="num">1,380円</td><td class="num">7.8%</td></tr>
<tr><td>FZ-102</td><td>ニラたっぷり餃子</td><td>50個入</td><td>10袋</td><td class="num">1,180円</td><td class="num">1,260円</td><td class="num">6.8%</td></tr>
<tr><td>FZ-210</td><td>焼きおにぎり</td><td>10個入</td><td>12袋</td><td class="num">620円</td><td class="num">680円</td><td class="num">9.7%</td></tr>
<tr><td>FZ-305</td><td>讃岐風冷凍うどん</td><td>5玉入</td><td>8袋</td><td class="num">450円</td><td class="num">490円</td><td class="num">8.9%</td></tr>
<tr><td>SC-010</td><td>ごまだれ</td><td>1L</td><td>6本</td><td class="num">980円</td><td class="num">1,080円</td><td class="num">10.2%</td></tr>
<tr><td>SC-011</td><td>ごまだれ</td><td>300ml</td><td>12本</td><td class="num">420円</td><td class="num">460円</td><td class="num">9.5%</td></tr>
<tr><td>SC-020</td><td>ゆずぽん酢</td><td>1L</td><td>6本</td><td class="num">860円</td><td class="num">920円</td><td class="num">7.0%</td></tr>
<tr><td>SC-030</td><td>焼肉のたれ</td><td>1L</td><td>6本</td><td class="num">900円</td><td class="num">900円</td><td class="num">据え置き</td></tr>
</table>
<p>全38品目の新価格表（Excel）は、営業企画部の共有フォルダ「価格表／2027年1月改定」にあります。</p>

<h2>最低受注金額と配送料の変更</h2>
<p>同じく2027年1月1日出荷分から、配送料が無料になる1回あたりの最低受注金額を、20,000円（税抜）から30,000円（税抜）に引き上げます。
最低受注金額に満たない場合の配送料は、1回1,500円（北海道・沖縄・離島は3,000円）に改定します。
現行の配送料は1回1,200円（北海道・沖縄・離島は2,500円）です。</p>

<h2>よくある質問</h2>
<details open>
<summary>Q. 12月中に受注して1月に納品する場合は、どちらの価格になりますか？</summary>
<p>A. 12月18日までに受注し、12月28日までに納品するものが旧価格です。1月以降に納品するものは、受注日にかかわらず新価格になります。</p>
</details>
<details open>
<summary>Q. 取引先から改定の延期を求められたら？</summary>
<p>A. 個別の延期は原則として認めていません。年間取引額が5,000万円以上の取引先に限り、営業部長の承認を得て、改定日を最大3か月遅らせることができます。</p>
</details>
<details open>
<summary>Q. 家庭用製品の価格はどうなりますか？</summary>
<p>A. 今回は改定しません。家庭用製品の価格は、2027年春に見直しを予定しています。</p>
</details>
</main>
<footer>© ミズナラ食品株式会社 営業企画部　価格担当：内線 2450　pricing@mizunara-foods.example</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Writers.

def build_pptx(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Emu, Inches

    title_layout, content_layout, title_only_layout = 0, 1, 5
    presentation = Presentation()
    presentation.slide_width, presentation.slide_height = Inches(13.333), Inches(7.5)
    width = presentation.slide_width
    presentation.core_properties.title = BENEFITS_TITLE
    presentation.core_properties.author = "人事部 厚生課"
    presentation.core_properties.last_modified_by = "人事部 厚生課"
    presentation.core_properties.created = FIXED_MOMENT
    presentation.core_properties.modified = FIXED_MOMENT
    presentation.core_properties.revision = 3
    cover = presentation.slides.add_slide(presentation.slide_layouts[title_layout])
    cover.shapes.title.left, cover.shapes.title.width = Inches(0.5), Emu(width - Inches(1.0))
    pptx_fill(cover.shapes.title.text_frame, [BENEFITS_TITLE], 36)
    cover.placeholders[1].left, cover.placeholders[1].width = Inches(0.5), Emu(width - Inches(1.0))
    pptx_fill(cover.placeholders[1].text_frame, BENEFITS_SUBTITLE.split("\n"), 20)
    for title, bullets, table, footnote, notes in BENEFITS_SLIDES:
        slide = presentation.slides.add_slide(presentation.slide_layouts[title_only_layout if table else content_layout])
        slide.shapes.title.left, slide.shapes.title.top = Inches(0.5), Inches(0.3)
        slide.shapes.title.width, slide.shapes.title.height = Emu(width - Inches(1.0)), Inches(1.0)
        pptx_fill(slide.shapes.title.text_frame, [title], 30)
        if bullets:
            body = slide.placeholders[1]
            body.left, body.top, body.width, body.height = Inches(0.7), Inches(1.5), Emu(width - Inches(1.4)), Inches(5.0)
            pptx_fill(body.text_frame, bullets, 20)
        if table:
            rows, columns = len(table), len(table[0])
            shape = slide.shapes.add_table(rows, columns, Inches(0.5), Inches(1.5), Emu(width - Inches(1.0)), Inches(0.45) * rows)
            for row_index, row in enumerate(table):
                for column_index, value in enumerate(row):
                    pptx_fill(shape.table.cell(row_index, column_index).text_frame, [value], 16 if columns < 5 else 14)
        if footnote:
            box = slide.shapes.add_textbox(Inches(0.5), Inches(6.4), Emu(width - Inches(1.0)), Inches(0.8))
            box.text_frame.word_wrap = True
            pptx_fill(box.text_frame, [f"※{footnote}"], 12)
        if notes:
            pptx_fill(slide.notes_slide.notes_text_frame, [notes], 12)
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def _encoded_address(display_name: str, address: str, charset: str) -> str:
    return f"{Header(display_name, charset).encode(linesep=LINE_END)} <{address}>"


def build_eml(path: Path) -> None:
    """A notice as Japanese mail clients still send it: the body in ISO-2022-JP (7bit), the
    Subject and From in ISO-2022-JP encoded words, the To in a UTF-8 encoded word. Written by
    hand rather than through email.message so that the bytes never depend on the library's
    folding rules."""
    headers = [
        f"Date: {NOTICE_DATE}",
        f"From: {_encoded_address(*NOTICE_FROM, 'iso-2022-jp')}",
        f"To: {_encoded_address(*NOTICE_TO, 'utf-8')}",
        f"Subject: {Header(NOTICE_SUBJECT, 'iso-2022-jp', header_name='Subject').encode(linesep=LINE_END)}",
        f"Message-ID: {NOTICE_MESSAGE_ID}",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=ISO-2022-JP",
        "Content-Transfer-Encoding: 7bit",
        "X-Mailer: Mizunara Notice Sender 2.1",
    ]
    body = NOTICE_BODY.replace("\n", LINE_END).encode("iso-2022-jp")
    path.write_bytes((LINE_END.join(headers) + LINE_END * 2).encode("ascii") + body)


def _list_sheet(workbook: object, name: str, header: list[str], rows: list[list[object]], widths: list[int]) -> None:
    """A list as people keep one: the header in the first row, frozen, with a filter; dates as
    date cells, money and counts as numbers with a thousands separator."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(name)  # type: ignore[attr-defined]
    for column, label in enumerate(header, start=1):
        cell = sheet.cell(row=1, column=column, value=label)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBD2")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for row_index, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=row_index, column=column, value=value)
            if isinstance(value, datetime.date):
                cell.number_format = "yyyy/m/d"
            elif isinstance(value, int):
                cell.number_format = "#,##0"
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    _list_sheet(workbook, "研修一覧", TRAINING_HEADER, TRAINING_ROWS,
                [9, 34, 28, 16, 18, 12, 13, 7, 12, 12, 12, 14])
    _list_sheet(workbook, "資格取得支援", QUALIFICATION_HEADER, QUALIFICATION_ROWS, [24, 24, 20, 16, 16, 14])
    notes = workbook.create_sheet("備考")
    notes.column_dimensions["A"].width = 120
    for row, line in enumerate(TRAINING_NOTES, start=1):
        notes.cell(row=row, column=1, value=line)
    save_workbook(workbook, path, title="2026年度 研修計画", creator="人事部 人材開発課", moment=FIXED_MOMENT)


QUALITY_LAYOUT = ReportLayout(body_size=10, body_leading=15, heading_size=12.5, heading_leading=19, heading_space_before=8,
                              heading_space_after=3, title_size=17, title_leading=25, table_header_colour="#e4efdc",
                              table_gap_mm=3, margin_mm=18)


def main() -> None:
    written: list[Path] = []
    rules = HERE / RULES_FILENAME
    rules.write_text(RULES_MARKDOWN, encoding="utf-8")
    written.append(rules)
    benefits = HERE / BENEFITS_FILENAME
    build_pptx(benefits)
    written.append(benefits)
    notice = HERE / NOTICE_FILENAME
    build_eml(notice)
    written.append(notice)
    training = HERE / TRAINING_FILENAME
    build_xlsx(training)
    written.append(training)
    quality = HERE / QUALITY_FILENAME
    reportlab_pdf(quality, title=QUALITY_TITLE, author=COMPANY, blocks=QUALITY_BLOCKS, layout=QUALITY_LAYOUT)
    written.append(quality)
    price = HERE / PRICE_FILENAME
    price.write_text(PRICE_HTML, encoding="utf-8")
    written.append(price)
    print_sizes(written)


if __name__ == "__main__":
    main()
