"""Write the five documents of the fifty-first holdout corpus (tests/data/holdout51/README.md).

One fictional chain of music schools, みずなら音楽教室 (run by the fictional 株式会社みずなら楽音社,
head office in the fictional 水楢市; five branch schools, 本町教室, 東町教室, 若葉台教室, 緑ヶ丘教室
and 浜風教室, teaching ピアノ, バイオリン, ボーカル, ギター and ドラム), and five documents its staff
would look things up in: the enrolment and tuition report of fiscal 2026 as a PDF (a table with a
two-row header whose branch groups carry a 小計 each, 「－」 for a course a branch does not teach, a
closing 全教室合計 row, crossing a page break inside one branch group; a band table by lesson
length), the tuition rules as Word (articles 第1条〜第12条, a fee table with two header rows, 改定後
and 改定前 each over three lesson lengths, a band table for make-up lessons by how early an absence
is reported, 附則 with 平成/令和 dates and a transitional rule), the lesson and purchase figures as
Excel (lesson slots by month and branch under merged area headers, with 合計 and 月平均; instrument
and equipment purchases in 千円), a deck for the teachers' briefing on the new courses of fiscal
2027 as PowerPoint, and an all-teacher e-mail (.eml) on the summer recitals and three training
sessions. Every name, address, telephone number and figure here is invented (e-mail domains end in
`.example`).

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/, webui/, api/) or the earlier holdouts' questions; it is there to measure how the appliance
generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail is
fixed text with a fixed date and message id.

    .venv/bin/python tests/data/holdout51/make_holdout51.py [OUTPUT_DIRECTORY]

ABSENT (below) lists, for each unanswerable question, the strings that would carry its value and
that no document may contain; check_holdout51.py imports it.
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import (  # noqa: E402
    CID_FONT,
    docx_east_asian_font,
    docx_header_row,
    normalize_zip,
    pptx_fill,
    pptx_font,
    pptx_place,
    print_sizes,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 5, 20, 9, 0, 0)
COMPANY = "株式会社みずなら楽音社"
SCHOOL = "みずなら音楽教室"
HEADER_FILL = "DDEBF7"

# What would have to be in the documents for an unanswerable question to have an answer: a label,
# a heading or a value that the corpus leaves out on purpose. Per question id: why it cannot be
# answered, and the strings that must not appear in any document.
ABSENT: dict[str, tuple[str, list[str]]] = {
    "h51-un-1": ("enrolment is reported only at the ends of fiscal 2025 and 2026",
                 ["2024年度", "2024年", "2025年3月末", "2025年3月31日"]),
    "h51-un-2": ("there is no saxophone course", ["サックス", "サクソフォン"]),
    "h51-un-3": ("there is no 北浜 branch", ["北浜"]),
    "h51-un-4": ("there is no cello course", ["チェロ"]),
    "h51-un-5": ("no 90-minute lesson is offered", ["90分"]),
    "h51-un-6": ("the workbook holds only fiscal 2026 month by month", ["2025年8月", "前年同月", "2025年度のコマ数"]),
    "h51-un-7": ("only the summer recitals are announced", ["クリスマス", "冬の発表会", "12月の発表会", "年末"]),
    "h51-un-8": ("there are three training sessions, not four", ["第4回"]),
    "h51-un-9": ("the number of teachers is not given", ["講師数", "講師の人数", "在籍講師", "講師は全", "名の講師"]),
    "h51-un-10": ("no recital fee is stated", ["参加費", "出演料", "出演費"]),
    "h51-un-11": ("no instrument rental is offered", ["レンタル", "貸出料", "貸し出し"]),
    "h51-un-12": ("no course plan for fiscal 2028 is given", ["2028年度"]),
}

# ---------------------------------------------------------------------------------------------
# Figures shared by more than one document.

BRANCHES = ["本町教室", "東町教室", "若葉台教室", "緑ヶ丘教室", "浜風教室"]
COURSES = ["ピアノ", "バイオリン", "ボーカル", "ギター", "ドラム"]
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
DASH = "－"

# Enrolment at the end of fiscal 2025 and 2026 (人) and tuition income of fiscal 2025 and 2026
# (千円), by branch and course; None where the branch does not teach the course.
ENROLMENT: dict[str, dict[str, tuple[int, int, int, int] | None]] = {
    "本町教室": {"ピアノ": (214, 228, 26538, 29031), "バイオリン": (46, 51, 6380, 7177),
               "ボーカル": (58, 63, 7017, 7754), "ギター": (72, 69, 8466, 8748), "ドラム": (31, 37, 3883, 4573)},
    "東町教室": {"ピアノ": (176, 183, 21622, 23444), "バイオリン": None,
               "ボーカル": (42, 47, 4932, 5604), "ギター": (55, 61, 6260, 7054), "ドラム": (28, 26, 3571, 3667)},
    "若葉台教室": {"ピアノ": (241, 236, 29876, 31326), "バイオリン": (38, 44, 5468, 6200),
                "ボーカル": (36, 41, 4322, 4912), "ギター": (47, 52, 5324, 6003), "ドラム": (22, 27, 2777, 3311)},
    "緑ヶ丘教室": {"ピアノ": (163, 171, 20278, 21980), "バイオリン": (29, 33, 4211, 4714),
                "ボーカル": (51, 49, 6281, 6483), "ギター": None, "ドラム": (19, 24, 2499, 2973)},
    "浜風教室": {"ピアノ": (128, 137, 15768, 17335), "バイオリン": (24, 26, 3514, 3823),
               "ボーカル": (33, 38, 3922, 4503), "ギター": (64, 71, 7465, 8329), "ドラム": None},
}


def _branch_sums(branch: str) -> tuple[int, int, int, int]:
    rows = [row for row in ENROLMENT[branch].values() if row is not None]
    return tuple(sum(row[index] for row in rows) for index in range(4))  # type: ignore[return-value]


BRANCH_SUMS = {branch: _branch_sums(branch) for branch in BRANCHES}
PIANO = tuple(sum(ENROLMENT[branch]["ピアノ"][index] for branch in BRANCHES) for index in range(2))  # type: ignore[index]
GRAND = tuple(sum(BRANCH_SUMS[branch][index] for branch in BRANCHES) for index in range(4))

# Enrolment at the end of fiscal 2026 by the length of one lesson. The last band takes the rest.
LENGTH_BANDS = [
    ("30分以上45分未満", "幼児・小学生の30分レッスン、旧制度の40分レッスン", 612, 9180),
    ("45分以上60分未満", "45分レッスン、旧制度の50分レッスン", 0, 11960),
    ("60分以上", "60分レッスン、75分の合奏レッスン", 214, 14540),
]
_rest = GRAND[1] - LENGTH_BANDS[0][2] - LENGTH_BANDS[2][2]
LENGTH_BANDS[1] = (LENGTH_BANDS[1][0], LENGTH_BANDS[1][1], _rest, LENGTH_BANDS[1][3])

# Lesson slots (コマ) given in fiscal 2026, by branch and month (4月…3月).
AREAS = [("北地区", ["本町教室", "東町教室"]), ("南地区", ["若葉台教室", "緑ヶ丘教室", "浜風教室"])]
SLOTS = {
    "本町教室": [1462, 1448, 1491, 1437, 1206, 1475, 1503, 1486, 1352, 1318, 1467, 1413],
    "東町教室": [982, 976, 1004, 968, 812, 991, 1013, 997, 905, 884, 986, 942],
    "若葉台教室": [1236, 1221, 1258, 1213, 1017, 1247, 1269, 1254, 1141, 1112, 1238, 1188],
    "緑ヶ丘教室": [874, 866, 892, 858, 719, 881, 897, 886, 803, 783, 875, 836],
    "浜風教室": [761, 754, 776, 748, 626, 767, 781, 771, 699, 682, 762, 735],
}

# Purchases of instruments and equipment in fiscal 2026 (千円, before tax), by kind and branch;
# None where the branch bought nothing of the kind.
PURCHASE_KINDS = ["ピアノ（購入・修繕）", "ピアノ調律", "弦楽器・弓", "ギター・アンプ", "ドラム・打楽器",
                  "音響・録音機器", "楽譜・教材"]
PURCHASES: dict[str, list[int | None]] = {
    "本町教室": [1320, 418, 246, 173, 305, 284, 152],
    "東町教室": [864, 286, None, 128, 167, 96, 118],
    "若葉台教室": [1150, 352, 188, 141, 192, 137, 134],
    "緑ヶ丘教室": [712, 264, 132, None, 148, 108, 97],
    "浜風教室": [586, 198, 94, 219, None, 121, 86],
}


def _n(value: int) -> str:
    return f"{value:,}"


WEEKDAYS = "月火水木金土日"


def _date(month: int, day: int, *, year: int | None = None) -> str:
    """A date with its weekday in parentheses, as the e-mail writes it."""
    moment = datetime.date(2027 if year is None else year, month, day)
    prefix = "" if year is None else f"{year}年"
    return f"{prefix}{month}月{day}日（{WEEKDAYS[moment.weekday()]}）"


# ---------------------------------------------------------------------------------------------
# 1. PDF: the enrolment and tuition report of fiscal 2026.

REPORT_FILENAME = "在籍者数・月謝収入報告書_2026年度_教室別コース別.pdf"
REPORT_TITLE = f"{SCHOOL} 2026年度 在籍者数・月謝収入報告書　―教室別・コース別―"


def _main_table() -> tuple[list[list[str]], list[tuple]]:
    """The rows and the span commands of the table of enrolment and tuition income."""
    rows = [
        ["教室名", "コース", "在籍者数（人）", "", "月謝収入（千円）", ""],
        ["", "", "2025年度末", "2026年度末", "2025年度", "2026年度"],
    ]
    spans = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (5, 0))]
    for branch in BRANCHES:
        for index, course in enumerate(COURSES):
            values = ENROLMENT[branch][course]
            cells = [DASH] * 4 if values is None else [_n(value) for value in values]
            rows.append([branch if index == 0 else "", course] + cells)
        rows.append(["", "小計"] + [_n(value) for value in BRANCH_SUMS[branch]])
    rows.append(["全教室合計", ""] + [_n(value) for value in GRAND])
    spans.append(("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)))
    return rows, spans


MAIN_TABLE, MAIN_SPANS = _main_table()
BAND_TABLE = [["1回のレッスン時間", "主な内容", "在籍者数（2026年度末・人）", "構成比（%）", "平均月謝（円）"]] + [
    [band, content, _n(count), f"{count / GRAND[1] * 100:.1f}", _n(fee)] for band, content, count, fee in LENGTH_BANDS
] + [["計", "", _n(GRAND[1]), "100.0", ""]]

REPORT_BLOCKS: list[tuple[str, object]] = [
    ("p", "2027年（令和9年）5月20日　株式会社みずなら楽音社 本部 経営企画室"),
    ("h1", "1. 概況"),
    ("p", f"この報告書は、{SCHOOL}の2026年度（2026年4月1日から2027年3月31日まで）の在籍者数と月謝収入を、"
          "教室別・コース別にまとめたものである。当社は水楢市とその周辺で、本町教室、東町教室、若葉台教室、"
          "緑ヶ丘教室及び浜風教室の5教室を運営し、ピアノ、バイオリン、ボーカル、ギター及びドラムの個人レッスンを"
          "行っている。東町教室にはバイオリン、緑ヶ丘教室にはギター、浜風教室にはドラムのコースがない。"),
    ("p", f"2026年度末の在籍者数は全教室で{_n(GRAND[1])}人となり、2025年度末の{_n(GRAND[0])}人から"
          f"{_n(GRAND[1] - GRAND[0])}人増えた。2026年度の月謝収入は{_n(GRAND[3])}千円で、2025年度の"
          f"{_n(GRAND[2])}千円を{_n(GRAND[3] - GRAND[2])}千円上回った。ピアノが在籍者数の半数を超える状況は"
          "変わらないが、ドラムとバイオリンの伸びが目立つ。"),
    ("p", "在籍者数は各年度の3月31日現在の人数で、休会中の会員を含む。2つのコースを受講している会員は、コースごとに"
          "数えている。月謝収入は、兄弟姉妹割引と家族割引を差し引いた後の額で、入会金、施設維持費及び教材費を含まない。"),
    ("h1", "2. 教室別・コース別の在籍者数と月謝収入"),
    ("p", "教室別・コース別の在籍者数と月謝収入は次の表のとおりである。教室名は各教室の最初の行にだけ記載し、"
          "各教室の最後の行に小計を示す。「－」はその教室にそのコースがないことを表す。月謝収入の単位は千円である。"
          "在籍者数は各年度末（3月31日）現在の人数であり、月謝収入は各年度の4月分から3月分までの月謝の合計で、"
          "月の途中で入会した会員の入会した月の月謝は、レッスンの回数に応じて計上した。"),
    ("main_table", None),
    ("p", f"ピアノの在籍者数は全教室で合わせて{_n(PIANO[1])}人（2025年度末{_n(PIANO[0])}人）であった。バイオリンは"
          "コースのある4教室のすべてで増え、ドラムは本町教室、若葉台教室及び緑ヶ丘教室で増えた。"),
    ("p", "2026年度は、若葉台教室のピアノで、近隣に開業した競合教室への移籍が続き、在籍者数が前年度末を下回った。"
          "一方、若葉台教室と本町教室では、2026年9月に始めた平日夜の大人向けレッスン枠が好評で、ボーカルとドラムの"
          "入会が増えた。緑ヶ丘教室のボーカルは、担当講師の退職に伴う時間割の組み替えで、わずかに減少した。"),
    ("p", "東町教室のドラムは、防音室の改修工事（2026年11月〜2027年1月）の期間中にレッスン枠を減らしたため、"
          "在籍者数が減った。浜風教室は、2026年6月にギター専用のレッスン室を1室増やし、ギターの在籍者数が"
          "71人となった。"),
    ("h1", "3. レッスン時間区分別の在籍者数"),
    ("p", "1回のレッスン時間の区分別に見た2026年度末の在籍者数は次の表のとおりである。区分は「以上」「未満」で"
          "区切り、境目の時間はその時間を下限とする区分に入れる。たとえば1回がちょうど45分のレッスンは"
          "「30分以上45分未満」ではなく「45分以上60分未満」に、ちょうど60分のレッスンは「60分以上」に入る。"
          "旧制度の40分レッスンは「30分以上45分未満」に、50分レッスンは「45分以上60分未満」に数える。"
          "30分に満たないレッスンは設けていない。"),
    ("band_table", BAND_TABLE),
    ("p", "平均月謝は、各区分の会員が2027年3月に支払った月謝（割引後）の平均で、円未満を四捨五入した。"),
    ("h1", "4. 2027年度に向けて"),
    ("p", "2027年度は、2027年4月1日に改定した受講規約に基づく新しい月謝を適用するとともに、5月に親子リトミック、"
          "キッズドラム、大人のウクレレ、シニアピアノ及びDTM・作曲の5つの新コースを開講する。新コースの詳細は、"
          "講師向けの新コース説明会の資料のとおりとする。"),
    ("h1", "5. 問い合わせ先"),
    ("p", "この報告書についての問い合わせは、本部 経営企画室（電話 0297-00-3610、"
          "keiei@mizunara-music.example）まで。"),
]


def build_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    body = ParagraphStyle("body", fontName=CID_FONT, fontSize=10.5, leading=17, wordWrap="CJK")
    heading = ParagraphStyle("heading", parent=body, fontSize=13, leading=19, spaceBefore=9, spaceAfter=4)
    title_style = ParagraphStyle("title", parent=body, fontSize=14, leading=20, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12)
    header = colors.HexColor("#" + HEADER_FILL)
    flow: list[object] = [Paragraph(REPORT_TITLE, title_style)]
    for kind, content in REPORT_BLOCKS:
        if kind == "h1":
            flow.append(Paragraph(str(content), heading))
        elif kind == "p":
            flow.append(Paragraph(str(content), body))
        elif kind == "main_table":
            table = Table([[Paragraph(value, cell) for value in row] for row in MAIN_TABLE], repeatRows=2,
                          colWidths=[28 * mm, 24 * mm, 28 * mm, 28 * mm, 30 * mm, 30 * mm])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 1), header),
                ("BACKGROUND", (0, len(MAIN_TABLE) - 1), (-1, len(MAIN_TABLE) - 1), colors.HexColor("#F2F2F2")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                *MAIN_SPANS,
            ]))
            flow.extend([table, Spacer(1, 4 * mm)])
        elif kind == "band_table":
            assert isinstance(content, list)
            table = Table([[Paragraph(value, cell) for value in row] for row in content], repeatRows=1,
                          colWidths=[34 * mm, 58 * mm, 30 * mm, 22 * mm, 24 * mm])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), header),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            flow.extend([KeepTogether([table]), Spacer(1, 4 * mm)])
    margin = 20 * mm
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=REPORT_TITLE,
                                 author=f"{COMPANY} 本部 経営企画室",
                                 leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin)
    document.build(flow)


# ---------------------------------------------------------------------------------------------
# 2. DOCX: the tuition rules.

RULES_FILENAME = "受講規約_月謝・振替・休会_2027年4月改定.docx"
RULES_TITLE = f"{SCHOOL} 受講規約（月謝・振替・休会）"

LENGTHS = ["30分", "45分", "60分"]
# Monthly fee (月3回, 税込): 改定後 30/45/60分, 改定前 30/45/60分.
FEES = [
    ("ピアノ", "8,800円", "11,550円", "14,300円", "8,250円", "10,780円", "13,200円"),
    ("バイオリン", "9,900円", "12,980円", "15,950円", "9,350円", "12,100円", "14,850円"),
    ("ボーカル", "8,580円", "11,220円", "13,860円", "8,030円", "10,450円", "12,870円"),
    ("ギター", "8,360円", "10,890円", "13,420円", "7,920円", "10,230円", "12,540円"),
    ("ドラム", "9,240円", "12,100円", "14,960円", "8,690円", "11,330円", "13,970円"),
]

MAKEUP_TABLE = [
    ["欠席の連絡の時期", "振替レッスン", "振替手数料"],
    ["レッスン開始の48時間以上前", "振替できる（月2回まで）", "無料"],
    ["レッスン開始の24時間以上48時間未満前", "振替できる（月1回まで）", "1回550円"],
    ["レッスン開始の24時間未満前（当日を含む）", "振替できない", "－"],
    ["教室の都合による休講", "振替できる（回数の制限なし）", "無料"],
]

RULES_BODY: list[tuple[str, object]] = [
    ("right", "平成28年（2016年）2月19日 制定　令和9年（2027年）1月22日 最終改正"),
    ("h1", "第1条（目的）"),
    ("p", f"この規約は、{COMPANY}（以下「当社」という。）が運営する{SCHOOL}（以下「教室」という。）の受講に"
          "関し、入会、月謝、振替レッスン、休会及び退会の取扱いを定める。"),
    ("h1", "第2条（用語の定義）"),
    ("p", "この規約で「会員」とは、入会の手続きを済ませ、レッスンを受講する者をいう。「月謝」とは、1か月に受ける"
          "レッスンの対価として会員が支払う額をいい、「レッスン」とは、講師が会員1人に対して行う個人レッスンをいう。"
          "月のレッスンの回数は、各コースとも月3回とする。"),
    ("h1", "第3条（入会）"),
    ("p", "入会を希望する者は、所定の入会申込書を提出し、入会金11,000円（改定前8,800円）を納めるものとする。"
          "体験レッスンを受けた日から14日以内に入会した者の入会金は5,500円とする。退会後1年以内に再入会した者の"
          "入会金は免除する。"),
    ("h1", "第4条（月謝）"),
    ("p", "月謝は、コース及び1回のレッスン時間に応じて次の表のとおりとする（月3回、消費税込み）。"),
    ("fee_table", None),
    ("p", "このほか、施設維持費として1か月につき550円（改定前440円）を申し受ける。教材費は実費とする。"),
    ("h1", "第5条（月謝の支払い）"),
    ("p", "月謝及び施設維持費は、前月27日に翌月分を会員の指定する口座から振り替える。27日が金融機関の休業日の"
          "ときは、翌営業日に振り替える。口座の振替ができなかったときは、翌月の振替日に2か月分を振り替える。"),
    ("h1", "第6条（兄弟姉妹割引・家族割引）"),
    ("p", "同一世帯の兄弟姉妹が入会しているときは、2人目の月謝から1,100円、3人目以降の月謝から1人につき1,650円を"
          "割り引く。月謝の最も高い者を1人目とする。保護者と子が同時に入会しているときは、保護者の月謝から"
          "550円を割り引く（家族割引）。兄弟姉妹割引と家族割引は併用できる。"),
    ("h1", "第7条（欠席と振替レッスン）"),
    ("p", "会員がレッスンを欠席するときは、教室の受付又は会員専用ページで連絡するものとする。振替レッスンの可否と"
          "振替手数料は、欠席の連絡がレッスン開始の何時間前に届いたかにより、次の表のとおりとする。"),
    ("makeup_table", None),
    ("p", "区分の境目にあたる時間の連絡は、その時間を「以上」とする区分に入れる。たとえば、土曜日の15時に始まる"
          "レッスンの欠席を木曜日の15時に連絡したとき（ちょうど48時間前）は「48時間以上前」に、金曜日の15時に"
          "連絡したとき（ちょうど24時間前）は「24時間以上48時間未満前」に当たる。連絡の時刻は、受付が受けた時刻又は"
          "会員専用ページに記録された時刻とする。"),
    ("p", "振替レッスンは、欠席した日の属する月の翌月末日までに受けるものとし、期限を過ぎた振替の権利は消滅する。"
          "欠席による月謝の返金は行わない。ただし、教室の都合による休講で振替ができなかったときは、1回分の月謝"
          "（月謝の3分の1）を翌月の月謝から差し引く。"),
    ("h1", "第8条（休会）"),
    ("p", "病気、受験、転勤その他やむを得ない事情によりレッスンを受けられないときは、休会することができる。休会を"
          "希望する会員は、休会を始める月の前月10日までに休会届を提出する。休会の期間は1か月単位で最長6か月とし、"
          "休会中は月謝に代えて休会費として1か月につき1,100円を申し受ける。休会中の施設維持費は徴収しない。"),
    ("h1", "第9条（退会）"),
    ("p", "退会を希望する会員は、退会する月の前月15日までに退会届を提出する。期限を過ぎて提出されたときは、翌月末日"
          "をもって退会とし、その月の月謝を申し受ける。既に納めた入会金は返還しない。"),
    ("h1", "第10条（講師の変更及び休講）"),
    ("p", "当社は、講師の退職、病気その他の事情により、担当講師を変更することがある。講師の急病等による休講は、"
          "判明した時点で電話又は電子メールにより会員に連絡し、第7条の表のとおり振替レッスンを行う。"),
    ("h1", "第11条（発表会及びグレード試験）"),
    ("p", "教室は、毎年夏に教室ごとの発表会を開く。発表会への出演は任意とし、出演の申込み、曲目及び衣装に関する"
          "事項は、教室ごとに別に定める。グレード試験の受験料は、試験の実施団体の定めによる。"),
    ("h1", "第12条（個人情報及び問い合わせ）"),
    ("p", "当社は、会員の個人情報を、レッスンの運営、月謝の請求及び教室からの連絡のためにのみ利用する。この規約に"
          "関する問い合わせは、本部 教務課（電話 0297-00-3620、kyomu@mizunara-music.example）で受け付ける。"),
    ("h1", "附則"),
    ("p", "この規約は、平成28年（2016年）4月1日から施行する。"),
    ("h1", "附則（令和4年（2022年）3月18日改正）"),
    ("p", "この規約は、令和4年（2022年）4月1日から施行する。ただし、第7条の振替手数料の規定は、令和4年（2022年）"
          "6月1日から施行する。"),
    ("h1", "附則（令和9年（2027年）1月22日改正）"),
    ("p", "1　この規約は、令和9年（2027年）4月1日から施行する。"),
    ("p", "2　令和9年（2027年）2月28日までに入会の手続きを済ませた会員の月謝は、第4条の規定にかかわらず、"
          "令和9年（2027年）9月分までは改定前の額とする。"),
    ("p", "3　令和9年（2027年）3月1日から同月31日までに入会の手続きをした者の入会金は、第3条の規定にかかわらず、"
          "改定前の額とする。"),
    ("p", "4　施行の日に休会している会員が復帰したときは、復帰した月の月謝から改定後の額とする。"),
]


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
    properties.author = f"{COMPANY} 本部 教務課"
    properties.last_modified_by = f"{COMPANY} 本部 教務課"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    document.add_heading(RULES_TITLE, level=0)

    def new_table(rows: int, cols: int) -> object:
        table = document.add_table(rows=rows, cols=cols)
        table.style = document.styles["Table Grid"]
        return table

    def fill_row(table: object, row_index: int, values: list[str] | tuple[str, ...]) -> None:
        for column_index, value in enumerate(values):
            if value:
                table.cell(row_index, column_index).text = value  # type: ignore[attr-defined]

    def merge(table: object, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
        top_left = table.cell(first_row, first_col)  # type: ignore[attr-defined]
        text = top_left.text
        top_left.merge(table.cell(last_row, last_col)).text = text  # type: ignore[attr-defined]

    for kind, content in RULES_BODY:
        if kind == "h1":
            document.add_heading(str(content), level=1)
        elif kind == "p":
            document.add_paragraph(str(content))
        elif kind == "right":
            document.add_paragraph(str(content)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "makeup_table":
            table = new_table(len(MAKEUP_TABLE), len(MAKEUP_TABLE[0]))
            for row_index, row in enumerate(MAKEUP_TABLE):
                fill_row(table, row_index, row)
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
        elif kind == "fee_table":
            # Two header rows: the course merged down; 改定後 and 改定前 each over three lesson lengths.
            table = new_table(2 + len(FEES), 7)
            fill_row(table, 0, ["コース", "改定後（2027年4月分から）", "", "", "改定前", "", ""])
            fill_row(table, 1, [""] + LENGTHS + LENGTHS)
            for span in ((0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6)):
                merge(table, *span)
            docx_header_row(table.rows[0], HEADER_FILL)  # type: ignore[attr-defined]
            docx_header_row(table.rows[1], HEADER_FILL)  # type: ignore[attr-defined]
            for row_index, row in enumerate(FEES, start=2):
                fill_row(table, row_index, row)
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 3. XLSX: lesson slots and purchases.

FIGURES_FILENAME = "レッスン実施コマ数・楽器備品購入費_2026年度.xlsx"


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    total_fill = PatternFill("solid", fgColor="F2F2F2")
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def head_cell(sheet: object, row: int, column: int, value: str | None) -> None:
        cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.border = border
        cell.alignment = centred

    def data_row(sheet: object, row: int, label: str, numbers: list[object], *, number_format: str = "#,##0",
                 total: bool = False) -> None:
        cells = [sheet.cell(row=row, column=1, value=label)]  # type: ignore[attr-defined]
        for column, value in enumerate(numbers, start=2):
            cell = sheet.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]
            if isinstance(value, (int, float)):
                cell.number_format = number_format
            else:
                cell.alignment = Alignment(horizontal="right")
            cells.append(cell)
        for cell in cells:
            cell.border = border
            if total:
                cell.font = Font(bold=True)
                cell.fill = total_fill

    workbook = Workbook()
    slots = workbook.active
    slots.title = "月別レッスン実施コマ数"
    order = [branch for _, branches in AREAS for branch in branches]
    last_column = 2 + len(order)
    slots.cell(row=1, column=1, value="教室別・月別 レッスン実施コマ数（2026年度：2026年4月〜2027年3月）").font = \
        Font(bold=True, size=13)
    slots.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_column)
    # Two header rows: 月 and 合計 merged down, each area merged over its branches.
    head_cell(slots, 2, 1, "月")
    head_cell(slots, 3, 1, None)
    slots.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    column = 2
    for area, branches in AREAS:
        head_cell(slots, 2, column, area)
        for offset, branch in enumerate(branches):
            if offset:
                head_cell(slots, 2, column + offset, None)
            head_cell(slots, 3, column + offset, branch)
        slots.merge_cells(start_row=2, start_column=column, end_row=2, end_column=column + len(branches) - 1)
        column += len(branches)
    head_cell(slots, 2, last_column, "合計")
    head_cell(slots, 3, last_column, None)
    slots.merge_cells(start_row=2, start_column=last_column, end_row=3, end_column=last_column)
    for index, month in enumerate(MONTHS):
        values = [SLOTS[branch][index] for branch in order]
        data_row(slots, 4 + index, month, values + [sum(values)])
    totals = [sum(SLOTS[branch]) for branch in order]
    total_row = 4 + len(MONTHS)
    data_row(slots, total_row, "合計", totals + [sum(totals)], total=True)
    data_row(slots, total_row + 1, "月平均", [value / 12 for value in totals + [sum(totals)]],
             number_format="#,##0.0", total=True)
    slots.cell(row=total_row + 3, column=1,
               value="注記：コマ数は個人レッスンの実施回数（振替レッスンを含み、体験レッスン及び休講は含まない）。"
                     "1月〜3月は2027年の月。月平均は年間の合計を12で割った値。")
    for column_index, width in enumerate([10, 12, 12, 12, 12, 12, 12], start=1):
        slots.column_dimensions[get_column_letter(column_index)].width = width
    slots.freeze_panes = "B4"

    purchases = workbook.create_sheet("楽器・備品購入費")
    last = 2 + len(BRANCHES)
    purchases.cell(row=1, column=1, value="教室別 楽器・備品購入費（2026年度）").font = Font(bold=True, size=13)
    purchases.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    purchases.cell(row=2, column=1, value="（単位：千円、税抜）")
    for column_index, label in enumerate(["種類"] + BRANCHES + ["合計"], start=1):
        head_cell(purchases, 3, column_index, label)
    for index, kind in enumerate(PURCHASE_KINDS):
        values = [PURCHASES[branch][index] for branch in BRANCHES]
        numbers: list[object] = [DASH if value is None else value for value in values]
        data_row(purchases, 4 + index, kind, numbers + [sum(value or 0 for value in values)])
    branch_totals = [sum(value or 0 for value in PURCHASES[branch]) for branch in BRANCHES]
    data_row(purchases, 4 + len(PURCHASE_KINDS), "合計", branch_totals + [sum(branch_totals)], total=True)
    purchases.cell(row=6 + len(PURCHASE_KINDS), column=1,
                   value="注記：金額は千円未満を四捨五入した税抜の額。「－」はその教室で購入のなかったもの"
                         "（その教室にコースがない楽器を含む）。ピアノ調律は外部の調律師への委託料。")
    for column_index, width in enumerate([22, 12, 12, 12, 12, 12, 12], start=1):
        purchases.column_dimensions[get_column_letter(column_index)].width = width
    save_workbook(workbook, path, title=f"{SCHOOL} レッスン実施コマ数・楽器備品購入費（2026年度）",
                  creator=f"{COMPANY} 本部 経営企画室", moment=FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 4. PPTX: the teachers' briefing on the new courses.

DECK_FILENAME = "2027年度_新コース説明会_講師向け.pptx"
DECK_TITLE = "2027年度 新コース説明会（講師向け）"
DECK_COVER = [f"{SCHOOL} 本部 教務課", "2027年（令和9年）3月6日（土）10:00〜12:00　本部3階 大会議室"]

BACKGROUND_TITLE = "新コースを開く理由"
BACKGROUND = [
    "・2026年度末の在籍者数は全教室で{total}人（前年度末{before}人）",
    "・体験レッスンの申込みのうち、既存コースにない希望が2026年度は187件（2025年度は142件）",
    "・希望の内訳：幼児と保護者のリトミック64件、子どものドラム51件、大人のウクレレ38件、シニアのピアノ21件、作曲13件",
    "・平日10時〜15時のレッスン室の稼働率は41%（夕方以降は87%）で、昼の時間帯に空きがある",
]
BACKGROUND_SPEAKER = "件数は体験レッスン申込書の「希望コース」欄を教務課で集計したもの。"

COURSE_TABLE_TITLE = "新コースの概要"
COURSE_TABLE = [
    ["コース", "対象年齢", "1回の時間", "月の回数", "月謝（税込）", "開講教室"],
    ["親子リトミック", "1歳〜3歳と保護者", "30分", "月3回", "6,600円", "本町・若葉台"],
    ["キッズドラム", "6歳〜12歳", "30分", "月3回", "8,910円", "本町・東町・緑ヶ丘"],
    ["大人のウクレレ", "18歳以上", "45分", "月2回", "7,260円", "東町・浜風"],
    ["シニアピアノ", "60歳以上", "30分", "月2回", "6,380円", "全5教室"],
    ["DTM・作曲", "15歳以上", "60分", "月2回", "11,000円", "本町"],
]
COURSE_TABLE_NOTE = ("親子リトミックは4組までのグループレッスン、他は個人レッスン。入会金と施設維持費は"
                     "受講規約のとおり。シニアピアノは平日10時〜15時の枠に限る。")
COURSE_TABLE_SPEAKER = "キッズドラムの月謝は、ドラムの30分（改定後9,240円）より安く設定している。"

SCHEDULE_TITLE = "開講までの日程"
SCHEDULE = [
    "・2027年3月20日（土）：担当講師の決定と時間割の確定",
    "・2027年4月1日（木）：会員専用ページとチラシで募集開始",
    "・2027年4月17日（土）・18日（日）：無料体験会（各教室、1コース1日4回）",
    "・2027年5月10日（月）：新コース開講",
    "・2027年7月末：受講者数を確認し、8月の本部会議で時間割を見直す",
]

TARGETS_TITLE = "受講者数の目標（2027年度末）"
TARGETS = [
    "・親子リトミック：48組（本町28組、若葉台20組）",
    "・キッズドラム：36人（本町16人、東町11人、緑ヶ丘9人）",
    "・大人のウクレレ：30人（東町14人、浜風16人）",
    "・シニアピアノ：45人（5教室で各9人）",
    "・DTM・作曲：12人（本町のみ、レッスン室1室で週2日）",
    "・5コース合計：171人・組、月謝収入の見込みは年間14,860千円",
]
TARGETS_SPEAKER = "目標は体験会の申込状況を見て、6月の本部会議で見直すことがある。"

TEACHERS_TITLE = "担当講師へのお願いと報酬"
TEACHERS = [
    "・担当を希望する講師は、2027年3月13日（土）までに教務課へ申し出てください",
    "・レッスン1コマの報酬：30分2,200円、45分3,080円、60分3,960円（既存コースと同じ）",
    "・親子リトミックは1コマ2,750円（グループレッスンのため加算）",
    "・担当講師は、4月10日（土）の新コース研修（本部3階 研修室A、13:00〜16:00）を受講してください",
    "・問い合わせ：教務課 杉浦（内線 312）",
]


def _bullet_slide(presentation: object, title: str, lines: list[str], speaker: str | None = None) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [title], 26)
    pptx_place(slide.placeholders[1], 0.5, 1.4, 12.3, 5.4)
    pptx_fill(slide.placeholders[1].text_frame, lines, 17)
    if speaker:
        slide.notes_slide.notes_text_frame.text = speaker


def build_pptx(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    presentation.slide_width = Inches(13.333)
    presentation.slide_height = Inches(7.5)
    cover = presentation.slides.add_slide(presentation.slide_layouts[0])
    pptx_place(cover.shapes.title, 0.5, 1.9, 12.3, 1.5)
    pptx_fill(cover.shapes.title.text_frame, [DECK_TITLE], 32)
    pptx_place(cover.placeholders[1], 0.5, 3.7, 12.3, 1.8)
    pptx_fill(cover.placeholders[1].text_frame, DECK_COVER, 20)

    background = [line.format(total=_n(GRAND[1]), before=_n(GRAND[0])) for line in BACKGROUND]
    _bullet_slide(presentation, BACKGROUND_TITLE, background, BACKGROUND_SPEAKER)

    slide = presentation.slides.add_slide(presentation.slide_layouts[5])
    pptx_place(slide.shapes.title, 0.5, 0.3, 12.3, 0.9)
    pptx_fill(slide.shapes.title.text_frame, [COURSE_TABLE_TITLE], 26)
    widths = [2.4, 2.4, 1.5, 1.4, 1.9, 2.7]
    height = 0.5 * len(COURSE_TABLE)
    graphic = slide.shapes.add_table(len(COURSE_TABLE), len(COURSE_TABLE[0]), 0, 0, 0, 0)
    pptx_place(graphic, 0.5, 1.3, sum(widths), height)
    table = graphic.table
    for column, width in enumerate(widths):
        table.columns[column].width = int(width * 914400)
    for row_index, row in enumerate(COURSE_TABLE):
        for column, value in enumerate(row):
            frame = table.cell(row_index, column).text_frame
            frame.clear()
            run = frame.paragraphs[0].add_run()
            run.text = value
            pptx_font(run, 14)
            run.font.bold = row_index == 0
    box = slide.shapes.add_textbox(0, 0, 0, 0)
    pptx_place(box, 0.5, 1.5 + height, 12.3, 1.2)
    box.text_frame.word_wrap = True
    pptx_fill(box.text_frame, [COURSE_TABLE_NOTE], 14)
    slide.notes_slide.notes_text_frame.text = COURSE_TABLE_SPEAKER

    _bullet_slide(presentation, SCHEDULE_TITLE, SCHEDULE)
    _bullet_slide(presentation, TARGETS_TITLE, TARGETS, TARGETS_SPEAKER)
    _bullet_slide(presentation, TEACHERS_TITLE, TEACHERS)

    properties = presentation.core_properties
    properties.title = DECK_TITLE
    properties.author = f"{COMPANY} 本部 教務課"
    properties.last_modified_by = f"{COMPANY} 本部 教務課"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


# ---------------------------------------------------------------------------------------------
# 5. EML: an all-teacher e-mail.

MAIL_FILENAME = "全講師周知_夏の発表会日程と講師研修のご案内.eml"
MAIL_SUBJECT = "【全講師周知】2027年夏の発表会の日程と講師研修のご案内"


def mail_body() -> str:
    lines = [
        "講師・教室スタッフ 各位",
        "",
        "本部 教務課の杉浦です。",
        "今年の夏の発表会の日程と、6月の講師研修についてお知らせします。",
        "あわせて、発表会の出演者名簿の提出締切を延長しますので、ご確認ください。",
        "",
        "■1. 夏の発表会（各教室）",
        f"・本町教室：{_date(7, 18, year=2027)} 13:00開演（12:15開場）水楢市民文化ホール 小ホール",
        f"・東町教室：{_date(7, 24)} 13:30開演（12:45開場）東町コミュニティセンター 多目的ホール",
        f"・若葉台教室：{_date(7, 25)} 10:30開演（10:00開場）若葉台地区センター ホール",
        f"・緑ヶ丘教室：{_date(7, 31)} 14:00開演（13:15開場）水楢市民文化ホール 小ホール",
        f"・浜風教室：{_date(8, 1)} 13:00開演（12:30開場）浜風公民館 大集会室",
        "講師の集合は各回とも開演の2時間前です。リハーサルは開場の1時間前までに終えてください。",
        "",
        "■2. 講師研修（6月）",
        "第1回「幼児の導入指導の基本」",
        f"・日時：{_date(6, 5)} 10:00〜12:00",
        "・会場：本部3階 研修室A　定員：24名",
        f"・申込締切：{_date(5, 28)}　担当：教務課 杉浦（内線 312）",
        "第2回「発表会の舞台進行と安全管理」",
        f"・日時：{_date(6, 12)} 14:00〜16:30",
        "・会場：本町教室 2階ホール　定員：30名",
        f"・申込締切：{_date(6, 4)}　担当：運営課 大河内（内線 325）",
        "第3回「オンラインレッスン機材の使い方」",
        f"・日時：{_date(6, 20)} 10:30〜12:00",
        "・会場：本部3階 研修室B　定員：16名",
        f"・申込締切：{_date(6, 11)}　担当：システム課 三好（内線 341）",
        "研修は勤務時間として扱い、1回につき研修手当2,200円を支給します。申込みは会員管理システムの"
        "「研修申込」から行ってください。定員を超えたときは先着順とします。",
        "",
        "■3. 出演者名簿の提出締切の延長",
        f"各教室の発表会の出演者名簿（曲目・演奏時間を含む）の提出締切を、{_date(5, 31)}から"
        f"{_date(6, 7)}17:00に延長します。",
        "新コースの体験会の受付が重なったため、各教室から延長の要望がありました。",
        "延長後の締切以降の出演の追加は、教室長の承認を得たうえで6月14日（月）まで受け付けます。",
        "",
        "ご不明な点は教務課（内線 312）までお願いします。",
        "",
        "――――――――――――――――",
        f"{COMPANY} {SCHOOL} 本部 教務課 杉浦 奈緒子",
        "電話 0297-00-3620（内線 312）",
        "kyomu@mizunara-music.example",
    ]
    return "\n".join(lines) + "\n"


def mail_bytes() -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = f"{SCHOOL} 本部 教務課 <kyomu@mizunara-music.example>"
    message["To"] = "全講師・教室スタッフ <all-teachers@mizunara-music.example>"
    message["Subject"] = MAIL_SUBJECT
    message["Date"] = format_datetime(datetime.datetime(2027, 5, 17, 10, 15, 0,
                                                        tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    message["Message-ID"] = "<20270517101500.recital-training@mizunara-music.example>"
    message.set_content(mail_body(), charset="utf-8", cte="base64")
    return message.as_bytes(policy=SMTP)


def build_eml(path: Path) -> None:
    path.write_bytes(mail_bytes())


# ---------------------------------------------------------------------------------------------

DOCUMENTS = ((RULES_FILENAME, build_docx), (REPORT_FILENAME, build_pdf), (FIGURES_FILENAME, build_xlsx),
             (DECK_FILENAME, build_pptx), (MAIL_FILENAME, build_eml))


def write_all(directory: Path) -> list[Path]:
    written: list[Path] = []
    for filename, builder in DOCUMENTS:
        path = directory / filename
        builder(path)
        written.append(path)
    return written


def main() -> None:
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    directory.mkdir(parents=True, exist_ok=True)
    print_sizes(write_all(directory))


if __name__ == "__main__":
    main()
