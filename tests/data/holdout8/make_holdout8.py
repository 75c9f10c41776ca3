"""Write the five documents of the eighth holdout corpus (tests/data/holdout8/README.md).

One fictional private university corporation, 学校法人青嶺学園 青嶺大学 (three campuses in the
fictional 信濃平市: 本郷台キャンパス with 文学部, 経済学部 and 国際教養学部; 湖北キャンパス with
理工学部; 城山キャンパス with 看護学部), and five documents its students, parents and staff would
look things up in: the rules on tuition and fees as Word (a fee table with a two-row header, the
new intake's tuition beside the earlier intakes'; instalments, late fee, reductions with their old
conditions), the scholarship guide as a PDF (a table of scholarships that crosses a page break, an
income band table), the admissions results and enrolment as Excel (title rows, units in the
headers, two fiscal years side by side, 合計 rows), the freshers' orientation as PowerPoint (library
hours current beside 改定前, the shuttle bus, credits; speaker notes), and the portal page of desks
and opening hours as HTML (a table with rowspan and colspan).
Every name, address, telephone number and figure here is invented (e-mail domains end in
`.example`; telephone numbers use the unallocated 0263-00 exchange).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the HTML file is
plain text.

    .venv/bin/python tests/data/holdout8/make_holdout8.py
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

FIXED_MOMENT = datetime.datetime(2027, 4, 1, 9, 0, 0)
# The workbook reports enrolment on 1 May, so it is dated after it.
STATS_MOMENT = datetime.datetime(2027, 5, 20, 9, 0, 0)
UNIVERSITY = "青嶺大学"
CORPORATION = "学校法人青嶺学園"

# ---------------------------------------------------------------------------------------------
# 1. 学費・納付金規程 (DOCX): numbered Heading 1 sections, 令和 and 西暦 dates; a fee table with
#    a two-row header (学部, 施設設備費 and 実験実習費 merged down over both rows; 授業料 over the
#    2027年度以降入学 and 2026年度以前入学 columns) for five faculties; a note giving the tuition of
#    the intakes up to 2022年度 for one faculty only; entrance fee; instalments, late fee,
#    deferment; reductions whose conditions changed (formerly ...); leave of absence.

FEES_FILENAME = "学費・納付金規程_2027年度改定.docx"
FEES_TITLE = "学校法人青嶺学園 青嶺大学 学費・納付金規程（2027年度改定）"

# 学部, 授業料 2027年度以降入学, 授業料 2026年度以前入学, 施設設備費, 実験実習費 (all 年額)
FEE_ROWS = [
    ("文学部", "842,000円", "796,000円", "216,000円", "―"),
    ("経済学部", "856,000円", "812,000円", "216,000円", "―"),
    ("国際教養学部", "918,000円", "868,000円", "238,000円", "34,000円"),
    ("理工学部", "1,126,000円", "1,062,000円", "284,000円", "168,000円"),
    ("看護学部", "1,192,000円", "1,134,000円", "296,000円", "212,000円"),
]

FEES_BODY: list[tuple[str, object]] = [
    ("right", "令和9年（2027年）1月22日 学校法人青嶺学園 理事会決定"),
    ("h1", "第1条 目的及び適用"),
    ("p", "この規程は、青嶺大学（以下「本学」という。）の学部学生が納付する学費その他の納付金の額、納付の方法"
          "及び減免について定める。この改定は令和9年（2027年）4月1日から施行し、第3条の授業料のうち「2027年度"
          "以降入学」の額は2027年度（令和9年度）以降に入学した者に、「2026年度以前入学」の額は2026年度（令和8年度）"
          "以前に入学した者に適用する。2026年度以前に入学した者の授業料は、在学中は据え置く。"),
    ("h1", "第2条 納付金の種類"),
    ("p", "学生が納付する納付金は、入学金、授業料、施設設備費及び実験実習費とする。教職課程を履修する者は、このほか"
          "に教職課程履修費として年額24,000円を、学芸員課程を履修する者は学芸員課程履修費として年額18,000円を納付する。"),
    ("h1", "第3条 授業料等の額（年額）"),
    ("two_row_table", None),
    ("p", "注：2022年度（令和4年度）以前に入学し、引き続き在学する者の授業料は、学部ごとに別に定める。このうち"
          "文学部については年額776,000円とする。施設設備費及び実験実習費は、入学年度にかかわらず上表の額とする。"),
    ("h1", "第4条 入学金"),
    ("p", "入学金は280,000円とし、入学手続の際に納付する。2026年度入学者までの入学金は250,000円であった。本学の卒業生"
          "の子又は本学に在学する者の兄弟姉妹が入学する場合は、入学金を半額の140,000円とする。入学金は、いかなる"
          "理由があっても返還しない。"),
    ("h1", "第5条 納付の期限及び分納"),
    ("p", "授業料、施設設備費及び実験実習費（以下「授業料等」という。）は、年額の2分の1ずつを前期分と後期分に分けて"
          "納付する。前期分の納付期限は4月30日、後期分の納付期限は10月31日とする。納付期限が金融機関の休業日に"
          "当たるときは、翌営業日を期限とする。"),
    ("p", "経済的な理由により納付期限までに納付することが困難な者は、学費課に延納を願い出ることができる。延納を"
          "認められた者の期限は、前期分は7月31日、後期分は翌年1月31日とする。また、前期分及び後期分をそれぞれ"
          "最大6回に分けて毎月納付する月割分納を認める。月割分納の手数料は徴収しない。"),
    ("p", "納付期限（延納を認められた者は延納の期限）までに納付しなかった者からは、延滞料として1期につき5,000円を"
          "徴収する。納付期限から3か月を経過しても授業料等を納付しない者は、督促の上、除籍することがある。"),
    ("h1", "第6条 授業料の減免"),
    ("p", "家計急変減免：主たる家計支持者の死亡、失職、病気による長期療養などにより家計が急変した者については、"
          "授業料の2分の1を最長1年間減免する。申請は、事由が発生した日から6か月以内に行う（改定前は3か月以内）。"
          "対象は、事由発生後の世帯の年間収入の見込額が500万円以下の者とする（改定前は400万円以下）。"),
    ("p", "兄弟姉妹同時在籍減免：兄弟姉妹が本学の学部に同時に在籍する場合は、2人目以降の者の授業料を年額100,000円"
          "減額する（改定前は年額80,000円）。申請は毎年度4月20日までとする。"),
    ("p", "災害減免：自然災害により学生の生計を維持する者の住居が全壊又は流失した場合は授業料の全額を、半壊の場合は"
          "授業料の2分の1を、災害の発生した日の属する学期の翌学期から1年間減免する。"),
    ("h1", "第7条 休学中の納付金"),
    ("p", "休学を許可された者は、休学期間中の授業料等を免除し、在籍料として1学期につき60,000円を納付する（改定前は"
          "1学期につき50,000円）。学期の途中から休学する者は、その学期の授業料等を納付する。"),
    ("h1", "第8条 問い合わせ"),
    ("p", "学費の納付、延納、分納及び減免に関する問い合わせは、財務部 学費課（本郷台キャンパス 1号館2階、電話 "
          "0263-00-7120）で受け付ける。"),
]

# ---------------------------------------------------------------------------------------------
# 2. 奨学金制度のご案内 (PDF, reportlab, HeiseiMin-W3): prose with dates and figures, a table of
#    twelve scholarships (kind, amount per month / year / once, recipients, GPA condition, when
#    to apply) that crosses from page 1 to page 2, and an income band table.

GUIDE_FILENAME = "奨学金制度のご案内_2027年度.pdf"
GUIDE_TITLE = "青嶺大学 奨学金制度のご案内（2027年度・令和9年度）"
SCHOLARSHIP_ROWS = [
    ["奨学金の名称", "種別", "支給額", "採用予定人数", "成績条件（GPA）", "申請時期"],
    ["学業特待奨学金", "給付", "年額480,000円", "各学年20人", "3.50以上", "4月"],
    ["学業奨励奨学金", "給付", "年額240,000円", "各学年45人", "3.20以上（2026年度までは3.00以上）", "4月"],
    ["経済支援奨学金", "給付", "月額20,000円〜40,000円（世帯収入による。下表）", "60人", "2.30以上", "4月・10月"],
    ["入試成績優秀者奨学金", "給付", "初年度授業料の2分の1", "30人", "―（入学試験の成績で選考）", "入学手続時"],
    ["青嶺会奨学金（同窓会）", "給付", "年額200,000円", "15人", "2.80以上", "5月"],
    ["後援会緊急支援奨学金", "給付", "一時金100,000円", "年間40人まで", "条件なし", "随時"],
    ["長期留学奨学金", "給付", "月額80,000円（最長10か月）", "12人", "3.00以上", "11月"],
    ["短期留学奨学金", "給付", "一時金150,000円", "40人", "2.50以上", "6月・11月"],
    ["理工学部研究奨励奨学金", "給付", "年額300,000円", "10人（3・4年次）", "3.30以上", "4月"],
    ["看護学部地域医療奨学金", "貸与（県内の指定病院に5年間勤務すると返還免除）", "月額50,000円", "8人", "2.60以上", "4月"],
    ["学内貸与奨学金", "貸与（無利子）", "月額20,000円又は40,000円から選択", "50人", "2.00以上", "4月・10月"],
    ["資格取得奨励金", "給付", "一時金30,000円〜100,000円（資格による）", "定めなし", "条件なし", "合格後3か月以内"],
]
INCOME_BAND_ROWS = [
    ["世帯の年間収入（税込）", "経済支援奨学金の月額"],
    ["300万円以下", "40,000円"],
    ["300万円を超え450万円以下", "30,000円"],
    ["450万円を超え600万円以下", "20,000円"],
]
GUIDE_BLOCKS: list[tuple[str, object]] = [
    ("p", "令和9年（2027年）3月15日 青嶺大学 学生部 学生支援課"),
    ("h1", "1. はじめに"),
    ("p", "青嶺大学では、学業に意欲のある学生が経済的な理由で学びをあきらめることのないよう、本学独自の給付奨学金"
          "と貸与奨学金を設けています。2026年度（令和8年度）に本学独自の給付奨学金を受けた学生は延べ318人、支給総額は"
          "1億4,860万円でした（2025年度は延べ296人、1億3,920万円）。2027年度は給付奨学金の予算を1億5,600万円に"
          "増やし、学業奨励奨学金の採用予定人数を各学年40人から45人に増やします。2026年度の学内貸与奨学金の貸与額は"
          "合計21,360千円（2025年度は19,840千円）、資格取得奨励金の支給は87件（2025年度は74件）でした。"),
    ("p", "国の修学支援制度（授業料等減免と給付型奨学金）は本学独自の奨学金とは別の制度で、本学独自の奨学金と"
          "併せて受けることができます。ただし、学業特待奨学金と学業奨励奨学金は併せて受けることができません。"
          "また、入試成績優秀者奨学金を受ける1年次生は、同じ年度の学業特待奨学金には申請できません。"),
    ("h1", "2. 申請の手続"),
    ("p", "4月に募集する奨学金の申請期間は、2027年4月5日（月）から4月16日（金）までです。申請書は学生ポータルから"
          "入力し、所得証明書などの書類は本郷台キャンパスの学生支援課、湖北キャンパスの湖北事務室又は城山キャンパス"
          "の城山事務室に提出してください。郵送の場合は4月16日の消印まで有効です。"),
    ("p", "選考の結果は、2027年5月28日（金）に学生ポータルでお知らせします。給付奨学金の初回の振込は6月25日（金）で、"
          "4月から6月までの3か月分をまとめて振り込みます。2回目以降は毎月25日（金融機関の休業日の場合は前営業日）に"
          "振り込みます。10月に募集する奨学金の申請期間は、2027年10月4日（月）から10月15日（金）までです。"),
    ("p", "成績条件のGPAは、前年度までの累積GPAで判定します（1年次生の4月募集は入学試験の成績で判定します）。"
          "経済支援奨学金の世帯の年間収入は、父母等の収入を合算した前年の税込の額で判定します。"),
    ("h1", "3. 奨学金の種類と支給額（2027年度）"),
    ("table", SCHOLARSHIP_ROWS),
    ("p", "経済支援奨学金の月額は、世帯の年間収入により次のとおりとします。世帯の年間収入が600万円を超える場合は"
          "対象となりません。"),
    ("band_table", INCOME_BAND_ROWS),
    ("h1", "4. 継続と停止"),
    ("p", "給付奨学金のうち年額又は月額で支給するものは、毎年度末に継続審査を行います。その年度のGPAが2.00未満の"
          "とき、又はその年度の修得単位数が30単位に満たないときは、翌年度の支給を停止します。休学中は支給を休止し、"
          "退学したときは支給を終了します。"),
    ("p", "貸与奨学金の返還は、卒業の6か月後から始まり、貸与を受けた月数の2倍の月数（最長240か月）で月賦により返還"
          "します。災害や病気などで返還が難しいときは、返還の猶予を申請することができます。"),
    ("h1", "5. 問い合わせ"),
    ("p", "奨学金に関する問い合わせは、学生部 学生支援課 奨学金係（電話 0263-00-7101、受付 平日 8:45〜17:15）へ。"),
]

# ---------------------------------------------------------------------------------------------
# 3. 入試結果・在籍者数 (XLSX): a title row on each sheet, units in the headers, numbers as
#    numbers with the formats #,##0 and 0.0; admissions by faculty for 2026年度 and 2027年度 with
#    倍率 and a 合計 row; enrolment by faculty and year of study; students and staff by campus
#    for two years; notes.

STATS_FILENAME = "入試結果・在籍者数_2027年度.xlsx"
STATS_TITLE = "青嶺大学 入学試験結果（2026年度・2027年度）"
# 学部, 募集人員, 2026: 志願者 合格者 入学者, 2027: 志願者 合格者 入学者
ADMISSION_ROWS = [
    ("文学部", 180, 2184, 612, 191, 2036, 598, 187),
    ("経済学部", 220, 3012, 784, 231, 3245, 772, 228),
    ("国際教養学部", 120, 1468, 402, 126, 1590, 395, 124),
    ("理工学部", 200, 2456, 871, 211, 2318, 812, 214),
    ("看護学部", 100, 1385, 276, 102, 1462, 268, 104),
]
# キャンパス, 学部, 1年次, 2年次, 3年次, 4年次, 留学生, 女子学生
ENROLMENT_ROWS = [
    ("本郷台", "文学部", 187, 189, 194, 206, 12, 531),
    ("本郷台", "経済学部", 228, 236, 229, 248, 35, 359),
    ("本郷台", "国際教養学部", 124, 128, 121, 133, 64, 312),
    ("湖北", "理工学部", 214, 209, 203, 221, 27, 152),
    ("城山", "看護学部", 104, 101, 99, 98, 0, 355),
]
# キャンパス, 所在地, 学生数 2026-05-01, 専任教員, 専任職員 (学生数 2027-05-01 from ENROLMENT_ROWS)
CAMPUS_ROWS = [
    ("本郷台キャンパス", "信濃平市本郷台三丁目1番1号", 2190, 98, 112),
    ("湖北キャンパス", "信濃平市湖北町850番地", 832, 62, 38),
    ("城山キャンパス", "信濃平市城山二丁目14番3号", 395, 46, 21),
]
CAMPUS_OF = {"本郷台キャンパス": "本郷台", "湖北キャンパス": "湖北", "城山キャンパス": "城山"}

# ---------------------------------------------------------------------------------------------
# 4. 新入生オリエンテーション (PPTX): cover with 令和 and 西暦 dates; library hours by campus,
#    current beside 改定前; the shuttle bus between the campuses; credits and registration;
#    speaker notes.

ORIENTATION_FILENAME = "2027年度_新入生オリエンテーション.pptx"
ORIENTATION_TITLE = "2027年度 新入生オリエンテーション 学生生活ガイド"
ORIENTATION_COVER = ["青嶺大学 学生部・教務部・図書館", "令和9年（2027年）4月3日（土） 本郷台キャンパス 青嶺記念ホール"]
LIBRARY_TITLE = "図書館の開館時間（2027年4月改定）"
LIBRARY_TABLE = [
    ["図書館", "平日（現行）", "平日（改定前）", "土曜（現行）", "土曜（改定前）", "日曜・祝日"],
    ["中央図書館（本郷台）", "8:45〜22:00", "8:45〜21:00", "9:00〜19:00", "9:00〜17:00", "10:00〜17:00"],
    ["理工学図書館（湖北）", "9:00〜21:00", "9:00〜20:00", "9:00〜17:00", "9:00〜17:00", "休館"],
    ["看護学図書室（城山）", "8:30〜20:00", "8:30〜19:00", "9:00〜16:00", "9:00〜13:00", "休館"],
]
LIBRARY_NOTE = ("学部生の貸出は1人10冊まで（改定前は7冊まで）、貸出期間は14日間で、予約がなければ1回だけ延長できます。"
                "定期試験期間（7月20日〜8月3日）は、中央図書館の平日の閉館を23:00まで延長します。")
LIBRARY_SPEAKER = ("図書館の入館には学生証が必要です。返却が遅れた場合は、遅れた日数と同じ日数だけ貸出を停止します。"
                   "グループ学習室は2週間前から予約できます。")
BUS_TITLE = "キャンパス間シャトルバス（平日ダイヤ・2027年4月5日から）"
BUS_TABLE = [
    ["路線", "所要時間", "便数（平日）", "始発", "最終"],
    ["信濃平駅 → 本郷台", "12分", "48便", "7:30", "21:40"],
    ["本郷台 → 湖北", "25分", "18便", "7:50", "20:30"],
    ["湖北 → 本郷台", "25分", "18便", "8:20", "21:10"],
    ["本郷台 → 城山", "35分", "10便", "8:00", "18:40"],
    ["城山 → 本郷台", "35分", "10便", "8:45", "19:30"],
]
BUS_NOTE = "乗車は無料（学生証を提示）。土曜は別ダイヤで運行し、日曜・祝日と大学の一斉休業日は運休します。"
BUS_SPEAKER = ("1限（9:00開始）の授業に間に合う本郷台発の湖北行きは8:10発の便までです。混雑する朝は増便しますが、"
               "満席のときは次の便を待ってください。")
CREDIT_TITLE = "履修登録と単位"
CREDIT_LINES = [
    "卒業に必要な単位：124単位（うち専門科目は76単位以上）",
    "1年間に履修登録できる単位の上限：48単位（改定前は44単位）。前年度のGPAが3.00以上の人は56単位まで",
    "履修登録期間：2027年4月8日（木）〜4月15日（木）　修正期間：4月20日（火）〜4月23日（金）",
    "授業は1コマ100分・14回で2単位。欠席が授業回数の3分の1を超えると単位を認定しません",
]
CREDIT_SPEAKER = "1年次の終わりに修得単位が20単位に満たない場合は、学年担任との面談があります。"

# ---------------------------------------------------------------------------------------------
# 5. 窓口・開室時間 (HTML page of the student portal): a table with rowspan (the campus) and
#    colspan (受付時間 over 平日 and 土曜; a 24-hour desk written once over both), telephone
#    numbers and e-mail addresses; a paragraph with a deadline changed from the previous year.

DESKS_FILENAME = "窓口・開室時間のご案内.html"
DESKS_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>窓口・開室時間のご案内（2027年4月1日から） | 青嶺大学 学生ポータル</title>
<style>
body { font-family: sans-serif; margin: 0; color: #222; }
header, footer { background: #1f4e5f; color: #fff; padding: 8px 24px; }
nav.crumbs { font-size: 13px; padding: 6px 24px; background: #e8f1f3; }
main { padding: 12px 24px; max-width: 1100px; }
table { border-collapse: collapse; margin: 8px 0 16px; }
th, td { border: 1px solid #999; padding: 4px 8px; }
th { background: #d5e6ea; }
td.closed { background: #eee; color: #555; text-align: center; }
.meta { color: #555; font-size: 13px; }
.note { font-size: 13px; }
</style>
</head>
<body>
<header><span>青嶺大学 学生ポータル</span></header>
<nav class="crumbs"><a href="/">ホーム</a> &gt; <a href="/campus/">キャンパスライフ</a> &gt; 窓口・開室時間</nav>
<main>
<h1>窓口・開室時間のご案内（2027年4月1日から）</h1>
<p class="meta">掲載日：2027年3月26日（令和9年3月26日）　掲載：学生部 学生支援課・総務部 総務課</p>

<p>2027年度の各キャンパスの窓口の受付時間と連絡先です。日曜・祝日と大学の一斉休業日（夏季は8月9日〜8月18日、
冬季は12月27日〜1月5日）は、守衛室を除きすべての窓口が休みです。</p>

<h2>キャンパス別の窓口と受付時間</h2>
<table>
<thead>
<tr><th rowspan="2">キャンパス</th><th rowspan="2">窓口（主な内容）</th><th colspan="2">受付時間</th><th rowspan="2">電話</th><th rowspan="2">メール</th></tr>
<tr><th>平日</th><th>土曜</th></tr>
</thead>
<tbody>
<tr><td rowspan="5">本郷台キャンパス</td><td>学生支援課（奨学金・課外活動・学生証）</td><td>8:45〜17:15</td><td>9:00〜12:30</td><td>0263-00-7101</td><td>gakusei@seirei-u.example</td></tr>
<tr><td>教務課（履修・成績・証明書・休学）</td><td>8:45〜17:15</td><td>9:00〜12:30</td><td>0263-00-7111</td><td>kyomu@seirei-u.example</td></tr>
<tr><td>学費課（学費の納付・延納・分納・減免）</td><td>9:00〜17:00</td><td class="closed">休室</td><td>0263-00-7120</td><td>gakuhi@seirei-u.example</td></tr>
<tr><td>キャリアセンター（就職相談・求人）</td><td>9:00〜18:00</td><td>10:00〜15:00</td><td>0263-00-7135</td><td>career@seirei-u.example</td></tr>
<tr><td>守衛室（夜間・休日の緊急連絡）</td><td colspan="2">24時間（年中無休）</td><td>0263-00-7199</td><td>―</td></tr>
<tr><td rowspan="2">湖北キャンパス</td><td>湖北事務室（理工学部の履修・学生支援）</td><td>8:30〜17:00</td><td>9:00〜12:00</td><td>0263-00-7240</td><td>kohoku@seirei-u.example</td></tr>
<tr><td>保健室（湖北）</td><td>9:00〜16:30</td><td class="closed">休室</td><td>0263-00-7248</td><td>―</td></tr>
<tr><td rowspan="2">城山キャンパス</td><td>城山事務室（看護学部の履修・学生支援）</td><td>8:30〜17:00</td><td class="closed">休室</td><td>0263-00-7310</td><td>shiroyama@seirei-u.example</td></tr>
<tr><td>看護実習支援室（臨地実習の連絡）</td><td>8:00〜18:00</td><td>8:30〜12:00</td><td>0263-00-7318</td><td>jisshu@seirei-u.example</td></tr>
</tbody>
</table>
<p class="note">本郷台キャンパスの保健室は1号館1階（平日 9:00〜17:00）、電話は学生支援課で取り次ぎます。昼休み（12:00〜13:00）も窓口は開いています。</p>

<h2>証明書と学生証</h2>
<ul>
<li>在学証明書（1通200円）と成績証明書（1通300円）は、各キャンパスの証明書自動発行機ですぐに発行できます。自動発行機は平日 8:30〜19:00、土曜 9:00〜13:00 に使えます。</li>
<li>英文の証明書は教務課の窓口で申し込み、発行まで3営業日かかります（1通500円）。</li>
<li>学生証をなくしたときは学生支援課に届け出てください。再発行の手数料は2,000円で、発行まで5営業日かかります。</li>
</ul>

<h2>休学・退学の届出</h2>
<p>休学届は、休学を始める学期の授業開始日の14日前までに、保証人の署名をして教務課（湖北キャンパスは湖北事務室、城山キャンパスは城山事務室）に提出してください（2026年度までは30日前まででした）。
2027年度後期から休学する場合、後期の授業開始日は9月21日（火）なので、提出の期限は9月7日（火）です。退学届の期限は学期末（前期は9月20日、後期は3月31日）です。</p>

<h2>問い合わせ</h2>
<p>どの窓口に聞けばよいか分からないときは、学生支援課（0263-00-7101、gakusei@seirei-u.example）にお問い合わせください。</p>
</main>
<footer><small>学校法人青嶺学園 青嶺大学　〒399-0001 信濃平市本郷台三丁目1番1号</small></footer>
</body>
</html>
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
    properties.title = FEES_TITLE
    properties.author = "学校法人青嶺学園 財務部 学費課"
    properties.last_modified_by = "学校法人青嶺学園 財務部 学費課"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    document.add_heading(FEES_TITLE, level=0)
    for kind, content in FEES_BODY:
        if kind == "h1":
            document.add_heading(str(content), level=1)
        elif kind == "p":
            document.add_paragraph(str(content))
        elif kind == "right":
            document.add_paragraph(str(content)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "two_row_table":
            header_1 = ["学部", "授業料（年額）", "", "施設設備費（年額）", "実験実習費（年額）"]
            header_2 = ["", "2027年度以降入学", "2026年度以前入学", "", ""]
            table = document.add_table(rows=2 + len(FEE_ROWS), cols=5)
            table.style = document.styles["Table Grid"]
            for row_index, labels in enumerate((header_1, header_2)):
                for column_index, value in enumerate(labels):
                    if value:
                        table.cell(row_index, column_index).text = value
            for top, left, bottom, right in ((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3), (0, 4, 1, 4)):
                text = table.cell(top, left).text
                merged = table.cell(top, left).merge(table.cell(bottom, right))
                merged.text = text
            docx_header_row(table.rows[0], "E4EEDC")
            docx_header_row(table.rows[1], "E4EEDC")
            for row_index, row in enumerate(FEE_ROWS, start=2):
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
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4EEDC")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ])
    flow: list[object] = [Paragraph(GUIDE_TITLE, title_style)]
    for kind, content in GUIDE_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind in ("table", "band_table"):
            rows = content  # type: ignore[assignment]
            widths = [38, 26, 40, 24, 30, 16] if kind == "table" else [60, 45]
            table = Table([[Paragraph(value, cell) for value in row] for row in rows],  # type: ignore[union-attr]
                          repeatRows=1, colWidths=[width * mm for width in widths], hAlign="LEFT")
            table.setStyle(style)
            flow.extend([table, Spacer(1, 4 * mm)])
    margin = 18 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=GUIDE_TITLE, author="青嶺大学 学生部 学生支援課",
                                 leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin)
    document.build(flow)


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="8E8E8E")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor="E4EEDC")
    total_fill = PatternFill("solid", fgColor="EFEFEF")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)

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
            sheet.column_dimensions["ABCDEFGHIJ"[index]].width = width  # type: ignore[attr-defined]

    integer, decimal = "#,##0", "0.0"
    workbook = Workbook()
    admissions = workbook.active
    admissions.title = "入試結果"
    title(admissions, STATS_TITLE, 10)
    header(admissions, ["学部", "募集人員（人）", "志願者数 2026年度（人）", "合格者数 2026年度（人）", "入学者数 2026年度（人）",
                        "倍率 2026年度（倍）", "志願者数 2027年度（人）", "合格者数 2027年度（人）", "入学者数 2027年度（人）",
                        "倍率 2027年度（倍）"])
    for index, (name, quota, a26, p26, e26, a27, p27, e27) in enumerate(ADMISSION_ROWS, start=3):
        put_row(admissions, index, [(name, None), (quota, integer), (a26, integer), (p26, integer), (e26, integer),
                                    (round(a26 / p26, 1), decimal), (a27, integer), (p27, integer), (e27, integer),
                                    (round(a27 / p27, 1), decimal)], False)
    sums = [sum(row[i] for row in ADMISSION_ROWS) for i in range(1, 8)]
    put_row(admissions, 3 + len(ADMISSION_ROWS), [("合計", None), (sums[0], integer), (sums[1], integer), (sums[2], integer),
                                                  (sums[3], integer), (round(sums[1] / sums[2], 1), decimal), (sums[4], integer),
                                                  (sums[5], integer), (sums[6], integer), (round(sums[4] / sums[5], 1), decimal)],
            True)
    widths(admissions, (16, 14, 18, 18, 18, 16, 18, 18, 18, 16))

    enrolment = workbook.create_sheet("在籍者数")
    title(enrolment, "学部別・学年別 在籍者数（2027年5月1日現在）", 10)
    header(enrolment, ["キャンパス", "学部", "1年次（人）", "2年次（人）", "3年次（人）", "4年次（人）", "合計（人）",
                       "うち留学生（人）", "うち女子学生（人）", "女子学生比率（%）"])
    for index, (campus, faculty, y1, y2, y3, y4, foreign, women) in enumerate(ENROLMENT_ROWS, start=3):
        total = y1 + y2 + y3 + y4
        put_row(enrolment, index, [(campus, None), (faculty, None), (y1, integer), (y2, integer), (y3, integer), (y4, integer),
                                   (total, integer), (foreign, integer), (women, integer),
                                   (round(women / total * 100, 1), decimal)], False)
    columns = [sum(row[i] for row in ENROLMENT_ROWS) for i in range(2, 8)]
    grand = sum(columns[:4])
    put_row(enrolment, 3 + len(ENROLMENT_ROWS), [("合計", None), ("5学部", None)] +
            [(value, integer) for value in columns[:4]] +
            [(grand, integer), (columns[4], integer), (columns[5], integer), (round(columns[5] / grand * 100, 1), decimal)], True)
    widths(enrolment, (14, 16, 12, 12, 12, 12, 12, 16, 18, 18))

    campuses = workbook.create_sheet("キャンパス別")
    title(campuses, "キャンパス別 学生数・教職員数（各年5月1日現在）", 7)
    header(campuses, ["キャンパス", "所在地", "学生数 2026年（人）", "学生数 2027年（人）", "専任教員数（人）",
                      "専任職員数（人）", "教員1人当たり学生数（人）"])
    totals = [0, 0, 0, 0]
    for index, (name, address, students_2026, teachers, staff) in enumerate(CAMPUS_ROWS, start=3):
        students_2027 = sum(sum(row[2:6]) for row in ENROLMENT_ROWS if row[0] == CAMPUS_OF[name])
        for position, value in enumerate((students_2026, students_2027, teachers, staff)):
            totals[position] += value
        put_row(campuses, index, [(name, None), (address, None), (students_2026, integer), (students_2027, integer),
                                  (teachers, integer), (staff, integer), (round(students_2027 / teachers, 1), decimal)], False)
    put_row(campuses, 3 + len(CAMPUS_ROWS), [("合計", None), ("3キャンパス", None), (totals[0], integer), (totals[1], integer),
                                             (totals[2], integer), (totals[3], integer),
                                             (round(totals[1] / totals[2], 1), decimal)], True)
    widths(campuses, (18, 28, 18, 18, 16, 16, 22))

    notes = workbook.create_sheet("注記")
    for index, line in enumerate([
        "注記",
        "1. 入学試験結果は、一般選抜・共通テスト利用選抜・学校推薦型選抜・総合型選抜の合計。倍率＝志願者数÷合格者数（小数第2位を四捨五入）。",
        "2. 2026年度は令和8年度、2027年度は令和9年度の入学試験（前年度中に実施）を指す。",
        "3. 在籍者数・学生数は学部学生のみで、大学院生（修士課程58人）と科目等履修生を含まない。",
        "4. 教員1人当たり学生数＝2027年の学生数÷専任教員数。兼任（非常勤）教員は含まない。",
    ], start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 120
    save_workbook(workbook, path, title=STATS_TITLE, creator="青嶺大学 入試課・教務課", moment=STATS_MOMENT)


def _speaker_notes(slide: object, text: str) -> None:
    slide.notes_slide.notes_text_frame.text = text  # type: ignore[attr-defined]


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
    _speaker_notes(slide, speaker)


def build_pptx(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    presentation.slide_width = Inches(13.333)
    presentation.slide_height = Inches(7.5)
    cover = presentation.slides.add_slide(presentation.slide_layouts[0])
    pptx_place(cover.shapes.title, 0.6, 1.8, 12.1, 1.6)
    pptx_fill(cover.shapes.title.text_frame, [ORIENTATION_TITLE], 34)
    pptx_place(cover.placeholders[1], 0.6, 3.8, 12.1, 2.0)
    pptx_fill(cover.placeholders[1].text_frame, ORIENTATION_COVER, 20)
    _speaker_notes(cover, "司会：学生支援課。所要時間は90分。配布資料は学生ポータルにも掲載します。")
    _table_slide(presentation, LIBRARY_TITLE, LIBRARY_TABLE, [2.9, 1.8, 1.8, 1.8, 1.8, 1.8], LIBRARY_NOTE, LIBRARY_SPEAKER)
    _table_slide(presentation, BUS_TITLE, BUS_TABLE, [3.4, 1.9, 2.2, 1.9, 1.9], BUS_NOTE, BUS_SPEAKER)
    credits = presentation.slides.add_slide(presentation.slide_layouts[1])
    pptx_place(credits.shapes.title, 0.6, 0.3, 12.1, 1.0)
    pptx_fill(credits.shapes.title.text_frame, [CREDIT_TITLE], 28)
    pptx_place(credits.placeholders[1], 0.6, 1.5, 12.1, 5.2)
    pptx_fill(credits.placeholders[1].text_frame, CREDIT_LINES, 18)
    _speaker_notes(credits, CREDIT_SPEAKER)
    properties = presentation.core_properties
    properties.title = ORIENTATION_TITLE
    properties.author = "青嶺大学 学生部"
    properties.last_modified_by = "青嶺大学 学生部"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_html(path: Path) -> None:
    path.write_bytes(DESKS_HTML.encode("utf-8"))


def main() -> None:
    written: list[Path] = []
    for filename, builder in ((FEES_FILENAME, build_docx), (GUIDE_FILENAME, build_pdf),
                              (STATS_FILENAME, build_xlsx), (ORIENTATION_FILENAME, build_pptx),
                              (DESKS_FILENAME, build_html)):
        path = HERE / filename
        builder(path)
        written.append(path)
    print_sizes(written)


if __name__ == "__main__":
    main()
