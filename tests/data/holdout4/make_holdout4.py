"""Write the five documents of the fourth holdout corpus (tests/data/holdout4/README.md).

One fictional regional hospital group, 医療法人社団アサギ会 (法人本部 in 長岡市; アサギ中央病院,
アサギ北病院 in 見附市, アサギリハビリテーション病院 in 小千谷市, 介護老人保健施設アサギの杜 and
アサギ駅前クリニック), and five documents a member of its staff would look things up in: a 細則
on night-shift, 宿日直 and on-call allowances as Word (headings, real Word tables, one of them
with merged header cells over the amounts before and after the April 2027 revision), the staff
part of the infection-control manual as a PDF (two tables on its first page: work restrictions by
disease and the antibody thresholds; needle-stick steps and counts by facility over two fiscal
years), the results of 2026年度 by hospital as Excel (four sheets: inpatients with plan beside
result, outpatients and ambulances of two fiscal years, the central hospital's surgeries and
examinations by month with the previous year's total and the target, notes), the staff briefing
on the new South Wing and the reorganisation of beds as PowerPoint (a comparison slide of now
and after, a table of bed kinds old and new, staffing and the moving schedule), and an all-staff
e-mail calling for papers for the group's medical conference (a plain-text table of session
kinds, deadlines, prizes). Every company, person, address, telephone number and figure here is
invented (e-mail domains end in `.example`; telephone numbers use the unallocated 0258-00
exchange). The documents are dense with look-alike figures on purpose (one job or facility beside
the next, the old amount beside the new one, plan beside result, one fiscal year beside
another): those neighbours are what a wrong answer copies.

This corpus was written without reading the answering code (rag/, appliance/text/, specialists/,
bench/); it is there to measure how the appliance generalises, not to tune on.

The output is byte-for-byte the same on every run: zip members get a fixed timestamp and the
office files a fixed creation date, reportlab writes in its invariant mode, and the e-mail has a
fixed Date and Message-ID.

    .venv/bin/python tests/data/holdout4/make_holdout4.py
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
    pptx_place,
    print_sizes,
    reportlab_pdf,
    save_workbook,
)

FIXED_MOMENT = datetime.datetime(2027, 4, 20, 9, 0, 0)
COMPANY = "医療法人社団アサギ会"

# ---------------------------------------------------------------------------------------------
# 1. 夜勤手当・宿日直手当・オンコール手当に関する細則 (DOCX): Word headings (章 as Heading 1,
#    条 as Heading 2), real Word tables, the night-shift table with a two-row header whose upper
#    cells are merged over 改定前 and 改定後; old amounts of the other allowances in paragraphs.

ALLOWANCE_FILENAME = "夜勤・宿日直・オンコール手当細則_2027年4月改定.docx"
ALLOWANCE_TITLE = "夜勤手当・宿日直手当・オンコール手当に関する細則"
# ("merged_table", (upper header groups, lower header, rows)) is a table whose first column and
# each group of the upper header row are merged; the other kinds are as in corpus_tools.Block.
ALLOWANCE_BODY: list[tuple[str, object]] = [
    ("right", f"{COMPANY} 法人本部 人事部 給与課"),
    ("p", "細則番号：人-032　制定：2014年4月1日　最終改定：2027年4月1日（令和9年4月1日）"),
    ("h1", "第1章 総則"),
    ("h2", "第1条（目的）"),
    ("p", "この細則は、給与規程第24条に基づき、夜勤手当、宿日直手当、オンコール手当及び呼出手当の額と支給の方法を定める。"),
    ("h2", "第2条（適用範囲）"),
    ("p", "この細則は、法人の全施設（アサギ中央病院、アサギ北病院、アサギリハビリテーション病院、介護老人保健施設アサギの杜、"
          "アサギ駅前クリニック）の職員に適用する。パートタイム職員にも、常勤の職員と同じ額を支給する。"),
    ("h2", "第3条（勤務の区分）"),
    ("p", "夜間の勤務の区分と勤務時間は、次のとおりとする。"),
    ("table", [
        ["勤務区分", "勤務時間", "主な対象"],
        ["準夜勤", "16:30〜翌1:00", "アサギ中央病院の三交代の病棟"],
        ["深夜勤", "0:30〜9:00", "アサギ中央病院の三交代の病棟"],
        ["二交代夜勤", "16:30〜翌9:00", "アサギ北病院、アサギリハビリテーション病院、アサギの杜、アサギ中央病院の二交代の病棟"],
        ["夜勤専従", "二交代夜勤だけを行う勤務", "本人の申出により所属長が指定した職員"],
    ]),
    ("h1", "第2章 夜勤手当"),
    ("h2", "第4条（夜勤手当の額）"),
    ("p", "夜勤手当は、夜勤1回につき、職種と勤務区分に応じて次の額を支給する。"),
    ("merged_table", (
        [("職種", 1), ("準夜勤", 2), ("深夜勤", 2), ("二交代夜勤", 2)],
        ["", "改定前", "改定後", "改定前", "改定後", "改定前", "改定後"],
        [
            ["看護師・助産師", "3,800円", "4,200円", "4,800円", "5,300円", "9,500円", "10,500円"],
            ["准看護師", "3,400円", "3,800円", "4,300円", "4,800円", "8,500円", "9,400円"],
            ["看護補助者・介護職員", "2,600円", "3,000円", "3,200円", "3,600円", "6,400円", "7,200円"],
            ["臨床工学技士", "－", "－", "－", "－", "7,600円", "8,400円"],
        ],
    )),
    ("p", "2　改定後の額は、2027年4月1日以後の勤務から適用する。"),
    ("p", "3　夜勤専従の職員には、前項の額に1回につき1,500円を加算する（2027年3月までは1,000円）。"),
    ("p", "4　12月29日から1月3日までの夜勤には、1回につき年末年始加算として3,000円を加える。"),
    ("h2", "第5条（夜勤の回数と仮眠）"),
    ("p", "1　二交代夜勤は1人月4回まで、三交代の夜勤（準夜勤と深夜勤の合計）は1人月8回までを原則とする。"),
    ("p", "2　夜勤専従の職員の夜勤時間は、月144時間以内とする。"),
    ("p", "3　二交代夜勤では、勤務の途中に2時間の仮眠時間を設ける。仮眠は、各病棟の休憩室で交代してとる。"),
    ("h1", "第3章 宿日直手当"),
    ("h2", "第6条（宿日直手当の額）"),
    ("p", "宿直又は日直の勤務には、1回につき次の額を支給する。"),
    ("table", [
        ["区分", "平日の宿直", "土日祝日の日直", "土日祝日の宿直"],
        ["医師（常勤）", "30,000円", "32,000円", "36,000円"],
        ["医師（非常勤）", "55,000円", "60,000円", "65,000円"],
        ["薬剤師・診療放射線技師・臨床検査技師", "8,000円", "9,000円", "10,000円"],
        ["事務職員", "5,000円", "5,500円", "6,000円"],
    ]),
    ("p", "2　常勤の医師の額は、2026年度までは平日の宿直が25,000円、土日祝日の日直と宿直がいずれも30,000円であった。"
          "その他の区分の額は改定していない。"),
    ("p", "3　宿直の時間は17:15から翌8:30まで、日直の時間は8:30から17:15までとする。"),
    ("p", "4　宿日直の途中で救急患者の診療など通常の業務を行ったときは、その時間を時間外勤務として扱い、"
          "宿日直手当とは別に時間外勤務手当を支給する。"),
    ("h1", "第4章 オンコール手当と呼出手当"),
    ("h2", "第7条（オンコール手当）"),
    ("p", "自宅などで待機し、呼出しがあれば出勤する当番（以下「オンコール」という。）には、1回（平日は17:15から翌8:30まで、"
          "土日祝日は8:30から翌8:30まで）につき次の額を支給する。"),
    ("table", [
        ["区分", "平日", "土日祝日"],
        ["医師", "5,000円", "8,000円"],
        ["看護師・臨床工学技士・診療放射線技師・臨床検査技師", "2,500円", "4,000円"],
    ]),
    ("p", "2　医師以外の額は、2026年度までは平日2,000円、土日祝日3,000円であった。"),
    ("p", "3　オンコールの当番は、1人月8回まで（医師は月10回まで）とする。"),
    ("h2", "第8条（呼出手当）"),
    ("p", "1　オンコールの当番が呼び出されて出勤したときは、1回につき呼出手当3,000円（医師は5,000円）を支給する。"
          "実際に働いた時間は、時間外勤務とする。"),
    ("p", "2　オンコールの当番は、呼出しを受けてから30分以内に到着できる場所で待機する。自宅が遠い職員には、"
          "アサギ中央病院 本館8階の待機室（4室）を使わせることがある。"),
    ("p", "3　呼出しで出勤するときにタクシーを使ったときは、片道5,000円までの実費を支給する。"),
    ("h1", "第5章 支給の方法"),
    ("h2", "第9条（締切と支給日）"),
    ("p", "手当は月末で締め、翌月25日の給与と一緒に支給する。所属長は、夜勤・宿日直・オンコールの実績を、勤怠システム"
          "「アサギ勤怠」で翌月3日までに承認する。"),
    ("h1", "附則"),
    ("p", "この細則は、2027年4月1日から施行する。"),
    ("p", "問い合わせ先：法人本部 人事部 給与課（内線 1230、平日 8:30〜17:15）　kyuyo@asagi-kai.example"),
]

# ---------------------------------------------------------------------------------------------
# 2. 感染対策マニュアル 職員編 (PDF, reportlab): two tables on the first page (work restrictions
#    by disease, antibody thresholds), the old periods in a note, vaccination rates of two years,
#    needle-stick steps, counts by facility of two fiscal years, fit test, contacts.

INFECTION_FILENAME = "感染対策マニュアル_職員編_第5版.pdf"
INFECTION_TITLE = f"{COMPANY} 感染対策マニュアル（職員編）第5版"
INFECTION_BLOCKS: list[Block] = [
    ("p", "文書番号：ICT-M-005　第5版　改訂：2026年10月1日（令和8年10月1日）　前版：第4版（2024年10月1日）　"
          "作成：法人感染対策委員会（事務局：アサギ中央病院 感染対策室）"),
    ("h1", "1. 目的と対象"),
    ("p", "職員が感染症にかかったとき、及び業務中に血液・体液に曝露したときの対応を定める。対象は法人の全施設の職員"
          "（委託業者の従業員、派遣職員、実習生を含む）である。"),
    ("h1", "2. 感染症にかかったときの就業制限"),
    ("p", "次の感染症と診断された職員は、所属長と感染対策室に報告し、表の期間は出勤しない。この期間は特別休暇（有給）とする。"),
    ("table", [
        ["感染症", "出勤しない期間", "復帰の条件"],
        ["インフルエンザ", "発症した日の翌日から5日間、かつ解熱した日の翌日から2日間", "症状が軽快していること"],
        ["新型コロナウイルス感染症", "発症した日の翌日から5日間", "症状の軽快から24時間が経過していること。復帰後10日目まではサージカルマスクを着用"],
        ["感染性胃腸炎（ノロウイルス等）", "下痢・嘔吐の症状がなくなるまで", "症状がなくなってから48時間が経過していること。調理・配膳の業務は便検査の陰性を確認してから"],
        ["麻疹", "解熱した日の翌日から3日間", "医師の許可"],
        ["流行性角結膜炎", "発症から14日間", "眼科医の許可"],
        ["水痘・播種性帯状疱疹", "すべての発疹が痂皮化するまで", "医師の許可"],
    ]),
    ("p", "第4版までは、インフルエンザは発症した日の翌日から7日間出勤しないこととし、感染性胃腸炎は症状がなくなってから"
          "72時間を復帰の条件としていた。同居の家族が感染症にかかったときは出勤してよいが、発熱などの症状が出たら出勤せず、所属長に連絡する。"),
    ("h1", "3. 抗体価とワクチン"),
    ("p", "職員は入職時に次の抗体価を測定し、基準を満たさないときは法人の費用でワクチンを接種する。"),
    ("table", [
        ["対象", "十分な抗体価の基準", "基準未満のときの接種"],
        ["麻疹", "EIA法 IgG 16.0以上", "2回"],
        ["風疹", "EIA法 IgG 8.0以上", "2回"],
        ["水痘", "EIA法 IgG 4.0以上", "2回"],
        ["ムンプス", "EIA法 IgG 4.0以上", "2回"],
        ["B型肝炎", "HBs抗体 10mIU/mL以上", "1シリーズ（3回）"],
    ]),
    ("p", "インフルエンザの予防接種は毎年10月から11月に各施設で行い、職員本人の費用は全額を法人が負担する。"
          "職員の家族が接種したときは、1人1,500円を補助する（1世帯4人まで）。職員の接種率は、2024年度が94.1%、"
          "2025年度が96.4%であった（目標は98%）。"),
    ("h1", "4. 針刺し・切創、血液・体液曝露のとき"),
    ("p", "(1) すぐに流水と石けんで傷口を十分に洗い流す。目や口に入ったときは、流水で洗う。傷口を口で吸わない。"),
    ("p", "(2) 曝露から30分以内に所属長に報告し、感染対策室（内線 3150）を受診の窓口とする。"
          "夜間・休日は、当直師長（PHS 7020）に連絡する。"),
    ("p", "(3) 曝露源の患者がHIV陽性のとき、又は陽性が疑われるときは、曝露から2時間以内に予防内服を始めることを目指す。"
          "予防内服の薬は、アサギ中央病院の救急外来に4人分（1人3日分）を常備する。"),
    ("p", "(4) 受診・検査・予防内服の費用は労災保険の扱いとし、職員の自己負担はない。血液検査は、曝露の直後、6週間後、"
          "3か月後、6か月後に行う。"),
    ("p", "針刺し・切創と血液・体液曝露の報告件数は、次のとおりである。"),
    ("table", [
        ["施設", "2024年度", "2025年度", "うち研修医・新人職員（2025年度）"],
        ["アサギ中央病院", "38件", "31件", "12件"],
        ["アサギ北病院", "11件", "14件", "5件"],
        ["アサギリハビリテーション病院", "4件", "3件", "1件"],
        ["介護老人保健施設アサギの杜", "2件", "2件", "0件"],
        ["合計", "55件", "50件", "18件"],
    ]),
    ("h1", "5. N95マスクのフィットテスト"),
    ("p", "結核・麻疹・水痘の患者に接する職員は、年1回（毎年6月）定量的フィットテストを受ける。"
          "フィットファクター100以上を合格とする。N95マスクは、S・M・Lの3サイズと折りたたみ型の計4種類を用意している。"),
    ("h1", "6. 連絡先"),
    ("table", [
        ["窓口", "連絡先", "受付時間"],
        ["感染対策室（アサギ中央病院）", "内線 3150", "平日 8:30〜17:15"],
        ["当直師長（夜間・休日）", "PHS 7020", "平日 17:15〜翌8:30、土日祝日は終日"],
        ["職員健康管理室（抗体価・ワクチン）", "内線 3160", "平日 9:00〜16:00"],
    ]),
    ("h1", "附則"),
    ("p", "この第5版は、2026年10月1日から施行する。問い合わせ先：アサギ中央病院 感染対策室　kansen@asagi-kai.example"),
]
INFECTION_LAYOUT = ReportLayout(
    body_size=9.5, body_leading=14, heading_size=11.5, heading_leading=16, heading_space_before=6,
    heading_space_after=2, title_size=14, title_leading=20, table_header_colour="#dbe8f1",
    table_gap_mm=2, margin_mm=16,
)

# ---------------------------------------------------------------------------------------------
# 3. 診療実績 (XLSX): four sheets. 入院: plan beside result, rates as percentages, length of stay
#    of two years; 外来・救急: two fiscal years, a 前年差 column in the △ style, a clinic row;
#    手術・検査: months as real dates shown as 2026年4月, the 2026年度 total, the 2025年度 total
#    and the target; 注記 (令和 dates, a corrected figure with its old value).

RESULTS_FILENAME = "施設別_診療実績_2026年度.xlsx"
RESULTS_TITLE = "施設別 診療実績（2026年度）"
HOSPITALS = ["アサギ中央病院", "アサギ北病院", "アサギリハビリテーション病院"]
# (病院, 許可病床数, 1日平均入院患者数 計画, 実績, 病床稼働率 計画, 実績, 平均在院日数 2025, 2026)
INPATIENT_ROWS: list[tuple[str, int, float, float, float, float, float, float]] = [
    ("アサギ中央病院", 320, 275.0, 268.3, 0.859, 0.838, 11.4, 10.9),
    ("アサギ北病院", 148, 126.0, 129.4, 0.851, 0.874, 18.7, 19.2),
    ("アサギリハビリテーション病院", 120, 110.0, 108.6, 0.917, 0.905, 72.5, 68.9),
    ("法人計", 588, 511.0, 506.3, 0.869, 0.861, 16.8, 16.2),
]
# (施設, 外来 2025, 2026, 救急車 2025, 2026, 前年差, 紹介率 2025, 2026); None is shown as －.
OUTPATIENT_ROWS: list[tuple[str, int, int, int | None, int | None, int | None, float | None, float | None]] = [
    ("アサギ中央病院", 812, 786, 4326, 4581, 255, 0.682, 0.715),
    ("アサギ北病院", 295, 301, 1148, 1092, -56, 0.324, 0.350),
    ("アサギリハビリテーション病院", 64, 61, None, None, None, 0.913, 0.928),
    ("アサギ駅前クリニック", 143, 158, None, None, None, None, None),
    ("法人計", 1314, 1306, 5474, 5673, 199, None, None),
]
SURGERY_COUNTS = {
    "手術件数": [412, 398, 431, 445, 402, 426, 451, 439, 468, 387, 409, 457],
    "うち全身麻酔": [231, 219, 244, 252, 226, 240, 258, 249, 271, 214, 230, 262],
    "内視鏡検査件数": [682, 655, 701, 718, 640, 693, 725, 709, 741, 618, 664, 736],
    "MRI検査件数": [1024, 988, 1056, 1071, 962, 1039, 1088, 1062, 1115, 941, 1002, 1097],
}
SURGERY_PREVIOUS_TOTAL = {"手術件数": 4968, "うち全身麻酔": 2790, "内視鏡検査件数": 8015, "MRI検査件数": 12180}
SURGERY_TARGET = {"手術件数": 5200, "うち全身麻酔": 2900, "内視鏡検査件数": 8400, "MRI検査件数": 12600}
RESULTS_NOTES = [
    "注記",
    "1. 2026年度は2026年4月1日から2027年3月31日まで（令和8年4月1日〜令和9年3月31日）。",
    "2. 病床稼働率は、1日平均入院患者数を許可病床数で割った値。計画は2026年度事業計画（2026年3月策定）による。",
    "3. 平均在院日数の「法人計」は、3病院の退院患者数で加重した平均。",
    "4. アサギ北病院の2025年度の救急車受入件数は、転院搬送を除いた値に訂正した（訂正前は1,203件）。",
    "5. 紹介率は地域医療支援病院の算定式による。施設ごとに算定の対象が異なるため、法人計は算出していない。",
    "6. 介護老人保健施設アサギの杜は、この表に含まない（入所・通所の実績は介護事業部の月報を参照）。",
    "7. 「手術・検査」のシートはアサギ中央病院の実績。アサギ北病院の手術は、2026年度から外来手術だけになったため載せていない。",
    "作成：法人本部 経営企画室　2027年4月20日（令和9年4月20日）",
]

# ---------------------------------------------------------------------------------------------
# 4. 南棟開設と病床再編 職員説明会 (PPTX): a cover, a bullet slide, a comparison slide (the
#    layout's two headers and two content placeholders: now and after), a table of bed kinds old
#    and new with the change, staffing, the moving schedule, contacts.

WING_FILENAME = "南棟開設と病床再編_職員説明会.pptx"
WING_TITLE = "アサギ中央病院 南棟開設と病床再編について"
WING_COVER_LINES = [
    "職員説明会",
    f"{COMPANY} 法人本部 経営企画室",
    "2027年1月22日（令和9年1月22日）　アサギ中央病院 講堂（各施設へオンライン中継）",
]
WING_OUTLINE = ("南棟の概要", [
    "場所：アサギ中央病院の敷地内（現在の第2駐車場の跡地）",
    "規模：鉄骨造 地上7階・地下1階、延床面積 14,260㎡",
    "総事業費：64億円（うち医療機器 11億円）。県の補助金 4.8億円を見込む",
    "開設日：2027年10月1日（金）（令和9年10月1日）",
    "1階 救急外来・放射線部門、2階 手術室、3階 ICU・HCU、4〜6階 急性期一般病棟、7階 緩和ケア病棟",
])
WING_COMPARISON_TITLE = "南棟の開設で変わること（アサギ中央病院）"
WING_COMPARISON_LEFT_HEADER = "現在（2027年1月）"
WING_COMPARISON_LEFT = [
    "手術室：6室",
    "救急外来の診察室：3室",
    "個室の割合：18%",
    "職員駐車場：420台（第1・第2駐車場）",
    "院内保育所の定員：30名",
]
WING_COMPARISON_RIGHT_HEADER = "南棟開設後（2027年10月から）"
WING_COMPARISON_RIGHT = [
    "手術室：8室（うちハイブリッド手術室1室）",
    "救急外来の診察室：5室（うち小児用1室）",
    "個室の割合：32%（差額ベッド料は据え置き）",
    "職員駐車場：380台（新設の立体駐車場 260台を含む）",
    "院内保育所の定員：45名（病児保育室 4名分を新設）",
]
WING_TABLE_TITLE = "病床の再編（アサギ中央病院 許可病床 320床）"
WING_TABLE: list[list[str]] = [
    ["病床の区分", "現在", "再編後（2027年10月）", "増減", "再編後の場所"],
    ["急性期一般病床", "262床", "236床", "−26床", "本館3〜6階、南棟4〜6階"],
    ["ICU（集中治療室）", "6床", "8床", "+2床", "南棟3階"],
    ["HCU（高度治療室）", "8床", "12床", "+4床", "南棟3階"],
    ["地域包括ケア病床", "44床", "48床", "+4床", "本館7階"],
    ["緩和ケア病床", "－", "16床", "+16床", "南棟7階（新設）"],
    ["合計", "320床", "320床", "±0床", ""],
]
WING_TABLE_NOTE = "許可病床数は変わりません。本館2階の旧手術室は、2028年度に内視鏡センターへ改修する予定です。"
WING_BULLETS_AFTER: list[tuple[str, list[str]]] = [
    ("2027年度の人員の増強", [
        "看護職員：42名を増員（うち新卒 28名）",
        "看護補助者：15名を増員",
        "臨床工学技士：3名を増員（手術室8室の体制に対応）",
        "麻酔科の常勤医師：5名から7名に",
        "アサギ北病院・アサギリハビリテーション病院からの異動：看護職員 12名（2027年7月までに）",
    ]),
    ("移転の日程と診療の制限", [
        "2027年8月2日〜8月31日：新しい医療機器の操作研修（1人2回、各90分）",
        "2027年9月11日（土）：移転リハーサル（模擬患者 40名）",
        "2027年9月24日（金）・25日（土）：予定手術を行わない",
        "2027年9月26日（日）：入院患者の移送（約110名、7:00開始、15:00完了予定）",
        "9月26日 6:00〜18:00は救急車の受入れを停止し、アサギ北病院が受け入れる",
        "2027年9月27日（月）：外来は通常どおり診療",
    ]),
    ("問い合わせ先", [
        "南棟開設の全般：法人本部 経営企画室 南棟開設準備担当（内線 1120）minamitou@asagi-kai.example",
        "職員駐車場の申込み：総務課（内線 1140）、締切 2027年6月30日（水）",
        "院内保育所の入所申込み：人事部 人事課（内線 1220）、締切 2027年7月16日（金）",
    ]),
]

# ---------------------------------------------------------------------------------------------
# 5. 医学会の演題募集 (EML): an all-staff e-mail with a plain-text table (｜ separators and
#    full-width spaces, as people type them) of session kinds, deadlines, prizes, counts of the
#    last conference.

CONFERENCE_FILENAME = "第15回アサギ会医学会_演題募集のお知らせ.eml"
CONFERENCE_SUBJECT = "【演題募集】第15回アサギ会医学会の開催と演題募集について"
CONFERENCE_BODY = """職員各位

教育研修センターの小野寺です。
第15回アサギ会医学会を下記のとおり開催します。今回から、これまで別に開いていた看護研究発表会と合同で開催します。
多くの演題の応募と、参加をお待ちしています。

■ 開催の概要
・日時：2027年2月20日（土）13:00〜18:10（受付開始 12:30）
・会場：アサギ中央病院 講堂（本館2階、座席220席）
・サテライト会場：アサギ北病院 第1会議室（60席）、アサギリハビリテーション病院 多目的ホール（40席）にオンラインで中継します
・参加費：法人の職員は無料、法人外の医療関係者は1,000円（当日、受付で現金でお支払いください）
・学会長：アサギ中央病院 副院長 長谷部 崇（消化器外科）
・特別講演：16:40〜17:40「地域で支える心不全診療」（講師は決まり次第お知らせします）

■ 発表の区分と募集枠

区分　　　　　　｜発表時間　　　　　｜募集枠｜前回（第14回）の演題数
口演（一般）　　｜発表7分・質疑3分　｜40題　｜36題
口演（看護研究）｜発表10分・質疑5分｜16題　｜12題（看護研究発表会として別に開催）
ポスター　　　　｜発表3分・質疑2分　｜30題　｜27題

■ 応募の方法
・応募期間：2026年11月2日（月）〜12月11日（金）17:00
・応募の方法：教育研修センターのイントラページ「医学会 演題登録」から登録してください
・抄録：本文400字以内（前回までは600字以内）、図表は1点まで
・筆頭演者は法人の職員に限り、1人1題までです（共同演者としての登録に制限はありません）
・患者さんの情報を使う研究は、応募の前に倫理委員会の承認が必要です。次回の倫理委員会（12月開催）の申請締切は11月13日（金）です
・採否の通知：2027年1月8日（金）までにメールでお知らせします
・発表スライドの提出：2027年2月12日（金）17:00まで

■ 表彰
・最優秀演題賞：1題、賞金50,000円
・優秀演題賞：3題、賞金各20,000円
・若手奨励賞（入職3年目までの筆頭演者）：5題、賞金各10,000円
・ポスター賞：2題、各5,000円分の図書カード

■ その他
・参加した職員には、院内研修の受講として2時間を記録します（看護職員はキャリアラダーの院内研修 2ポイント）。
・前回の参加者は298名（うち法人外 34名）でした。今回は350名の参加を見込んでいます。
・当日勤務の職員は、2027年2月24日（水）〜3月10日（水）のオンデマンド配信で視聴できます。

■ 問い合わせ先
教育研修センター 医学会事務局　小野寺・星野（内線 1185、平日 9:00〜17:00）
法人外の方からの問い合わせ：0258-00-3185（教育研修センター直通）
gakkai@asagi-kai.example

以上
"""


# ---------------------------------------------------------------------------------------------
# Builders.

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


def _docx_header_row(row: object) -> None:
    """Mark a table row as a header row repeated on each page, and shade its cells."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    row_properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row_properties.append(header)
    seen: set[int] = set()
    for cell in row.cells:  # type: ignore[attr-defined]
        if id(cell._tc) in seen:  # a merged cell comes once for each column it spans
            continue
        seen.add(id(cell._tc))
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), "DCE6F0")
        cell._tc.get_or_add_tcPr().append(shading)
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                run.font.bold = True


def build_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = Document()
    for style_name in ("Normal", "Title", "Heading 1", "Heading 2", "Table Grid"):
        _docx_east_asian_font(document.styles[style_name])
    document.styles["Normal"].font.size = Pt(10.5)
    document.core_properties.title = ALLOWANCE_TITLE
    document.core_properties.author = "アサギ会 人事部 給与課"
    document.core_properties.last_modified_by = "アサギ会 人事部 給与課"
    document.core_properties.created = FIXED_MOMENT
    document.core_properties.modified = FIXED_MOMENT
    document.add_heading(ALLOWANCE_TITLE, level=0)
    for kind, content in ALLOWANCE_BODY:
        if kind == "h1":
            document.add_heading(str(content), level=1)
        elif kind == "h2":
            document.add_heading(str(content), level=2)
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
            _docx_header_row(table.rows[0])
        elif kind == "merged_table":
            groups, lower, rows = content  # type: ignore[misc]
            columns = len(lower)
            table = document.add_table(rows=2 + len(rows), cols=columns)
            table.style = document.styles["Table Grid"]
            column = 0
            for label, span in groups:
                table.cell(0, column).text = label
                if span > 1:
                    table.cell(0, column).merge(table.cell(0, column + span - 1))
                column += span
            for column_index, value in enumerate(lower):
                if value:
                    table.cell(1, column_index).text = value
            # The first column's label stands over both header rows.
            table.cell(0, 0).merge(table.cell(1, 0))
            for row_index, row in enumerate(rows, start=2):
                for column_index, value in enumerate(row):
                    table.cell(row_index, column_index).text = value
            _docx_header_row(table.rows[0])
            _docx_header_row(table.rows[1])
    document.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_pdf(path: Path) -> None:
    reportlab_pdf(path, title=INFECTION_TITLE, author="アサギ会 法人感染対策委員会", blocks=INFECTION_BLOCKS,
                  layout=INFECTION_LAYOUT)


def build_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="8E8E8E")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor="DBE8F1")
    total_fill = PatternFill("solid", fgColor="EFEFEF")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def header(sheet: object, upper: list[tuple[str, int]], lower: list[str], row: int) -> None:
        column = 1
        for label, span in upper:
            sheet.cell(row=row, column=column, value=label)  # type: ignore[attr-defined]
            if span > 1:
                sheet.merge_cells(start_row=row, start_column=column, end_row=row, end_column=column + span - 1)  # type: ignore[attr-defined]
            column += span
        for index, label in enumerate(lower, start=1):
            if label:
                sheet.cell(row=row + 1, column=index, value=label)  # type: ignore[attr-defined]
        sheet.merge_cells(start_row=row, start_column=1, end_row=row + 1, end_column=1)  # type: ignore[attr-defined]
        for header_row in (row, row + 1):
            for index in range(1, len(lower) + 1):
                cell = sheet.cell(row=header_row, column=index)  # type: ignore[attr-defined]
                cell.font = Font(bold=True)
                cell.fill = header_fill
                cell.border = border
                cell.alignment = centre

    def title(sheet: object, text: str, unit: str, width: int) -> None:
        sheet.cell(row=1, column=1, value=text).font = Font(bold=True, size=14)  # type: ignore[attr-defined]
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)  # type: ignore[attr-defined]
        sheet.cell(row=2, column=1, value=unit)  # type: ignore[attr-defined]
        sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)  # type: ignore[attr-defined]

    def put(sheet: object, row: int, column: int, value: object, number_format: str | None, bold: bool, fill: object) -> None:
        cell = sheet.cell(row=row, column=column, value="－" if value is None else value)  # type: ignore[attr-defined]
        if number_format and value is not None:
            cell.number_format = number_format
        if value is None:
            cell.alignment = Alignment(horizontal="center")
        cell.border = border
        if bold:
            cell.font = Font(bold=True)
        if fill is not None:
            cell.fill = fill

    workbook = Workbook()
    workbook.remove(workbook.active)

    # 入院
    sheet = workbook.create_sheet("入院")
    title(sheet, "病院別 入院実績（2026年度）", "1日平均入院患者数の単位は名、平均在院日数の単位は日。計画は2026年度事業計画による。", 8)
    header(sheet, [("病院", 1), ("許可病床数（床）", 1), ("1日平均入院患者数（名）", 2), ("病床稼働率", 2),
                   ("平均在院日数（日）", 2)],
           ["", "2026年度", "計画", "実績", "計画", "実績", "2025年度", "2026年度"], 4)
    formats = ["#,##0", "0.0", "0.0", "0.0%", "0.0%", "0.0", "0.0"]
    for offset, row in enumerate(INPATIENT_ROWS):
        last = offset == len(INPATIENT_ROWS) - 1
        put(sheet, 6 + offset, 1, row[0], None, last, total_fill if last else None)
        for index, value in enumerate(row[1:]):
            put(sheet, 6 + offset, 2 + index, value, formats[index], last, total_fill if last else None)

    # 外来・救急
    sheet = workbook.create_sheet("外来・救急")
    title(sheet, "施設別 外来・救急実績（2025年度・2026年度）",
          "外来患者数は1日平均（名）。救急車受入件数は年度の合計（件）で、前年差の△は減少。", 8)
    header(sheet, [("施設", 1), ("1日平均外来患者数（名）", 2), ("救急車受入件数（件）", 3), ("紹介率", 2)],
           ["", "2025年度", "2026年度", "2025年度", "2026年度", "前年差", "2025年度", "2026年度"], 4)
    formats = ["#,##0", "#,##0", "#,##0", "#,##0", '+#,##0;"△"#,##0;0', "0.0%", "0.0%"]
    for offset, row in enumerate(OUTPATIENT_ROWS):
        last = offset == len(OUTPATIENT_ROWS) - 1
        put(sheet, 6 + offset, 1, row[0], None, last, total_fill if last else None)
        for index, value in enumerate(row[1:]):
            put(sheet, 6 + offset, 2 + index, value, formats[index], last, total_fill if last else None)

    # 手術・検査 (アサギ中央病院), months as dates shown as 2026年4月
    sheet = workbook.create_sheet("手術・検査（中央病院）")
    kinds = list(SURGERY_COUNTS)
    title(sheet, "アサギ中央病院 月別 手術・検査件数（2026年度）", "単位：件", 1 + len(kinds))
    sheet.cell(row=4, column=1, value="月")
    for index, kind in enumerate(kinds, start=2):
        sheet.cell(row=4, column=index, value=kind)
    for index in range(1, len(kinds) + 2):
        cell = sheet.cell(row=4, column=index)
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.border = border
        cell.alignment = centre
    for month_index in range(12):
        year, month = (2026, 4 + month_index) if month_index < 9 else (2027, month_index - 8)
        row = 5 + month_index
        put(sheet, row, 1, datetime.datetime(year, month, 1), 'yyyy"年"m"月"', False, None)
        for index, kind in enumerate(kinds, start=2):
            put(sheet, row, index, SURGERY_COUNTS[kind][month_index], "#,##0", False, None)
    summary = [
        ("2026年度 合計", {kind: sum(values) for kind, values in SURGERY_COUNTS.items()}),
        ("2025年度 合計", SURGERY_PREVIOUS_TOTAL),
        ("2026年度 目標", SURGERY_TARGET),
    ]
    for offset, (label, values) in enumerate(summary):
        row = 17 + offset
        put(sheet, row, 1, label, None, True, total_fill)
        for index, kind in enumerate(kinds, start=2):
            put(sheet, row, index, values[kind], "#,##0", True, total_fill)

    for sheet in workbook.worksheets:
        sheet.column_dimensions["A"].width = 30
        for letter in "BCDEFGH":
            sheet.column_dimensions[letter].width = 14
    notes = workbook.create_sheet("注記")
    for index, line in enumerate(RESULTS_NOTES, start=1):
        notes.cell(row=index, column=1, value=line)
    notes.column_dimensions["A"].width = 100
    save_workbook(workbook, path, title=RESULTS_TITLE, creator="アサギ会 法人本部 経営企画室", moment=FIXED_MOMENT)


def _bullet_slide(presentation: object, title: str, lines: list[str]) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])  # type: ignore[attr-defined]
    pptx_place(slide.shapes.title, 0.6, 0.3, 12.1, 1.0)
    pptx_fill(slide.shapes.title.text_frame, [title], 30)
    body = slide.placeholders[1]
    pptx_place(body, 0.6, 1.4, 12.1, 5.6)
    pptx_fill(body.text_frame, lines, 18)


def build_pptx(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    presentation.slide_width = Inches(13.333)
    presentation.slide_height = Inches(7.5)

    cover = presentation.slides.add_slide(presentation.slide_layouts[0])
    pptx_place(cover.shapes.title, 0.6, 1.8, 12.1, 1.6)
    pptx_fill(cover.shapes.title.text_frame, [WING_TITLE], 38)
    pptx_place(cover.placeholders[1], 0.6, 3.8, 12.1, 2.0)
    pptx_fill(cover.placeholders[1].text_frame, WING_COVER_LINES, 20)

    _bullet_slide(presentation, *WING_OUTLINE)

    # Comparison layout: title, left header (idx 1), left content (2), right header (3), right content (4).
    slide = presentation.slides.add_slide(presentation.slide_layouts[4])
    pptx_place(slide.shapes.title, 0.6, 0.3, 12.1, 1.0)
    pptx_fill(slide.shapes.title.text_frame, [WING_COMPARISON_TITLE], 30)
    placeholders = {placeholder.placeholder_format.idx: placeholder for placeholder in slide.placeholders}
    pptx_place(placeholders[1], 0.6, 1.4, 5.9, 0.6)
    pptx_fill(placeholders[1].text_frame, [WING_COMPARISON_LEFT_HEADER], 22)
    pptx_place(placeholders[2], 0.6, 2.1, 5.9, 4.9)
    pptx_fill(placeholders[2].text_frame, WING_COMPARISON_LEFT, 18)
    pptx_place(placeholders[3], 6.8, 1.4, 5.9, 0.6)
    pptx_fill(placeholders[3].text_frame, [WING_COMPARISON_RIGHT_HEADER], 22)
    pptx_place(placeholders[4], 6.8, 2.1, 5.9, 4.9)
    pptx_fill(placeholders[4].text_frame, WING_COMPARISON_RIGHT, 18)

    slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # title only
    pptx_place(slide.shapes.title, 0.6, 0.3, 12.1, 1.0)
    pptx_fill(slide.shapes.title.text_frame, [WING_TABLE_TITLE], 30)
    shape = slide.shapes.add_table(len(WING_TABLE), len(WING_TABLE[0]), Inches(0.6), Inches(1.4),
                                   Inches(12.1), Inches(0.5 * len(WING_TABLE)))
    for row_index, row in enumerate(WING_TABLE):
        for column_index, value in enumerate(row):
            cell = shape.table.cell(row_index, column_index)
            cell.text_frame.clear()
            run = cell.text_frame.paragraphs[0].add_run()
            run.text = value
            pptx_font(run, 16)
            if row_index == 0 or row_index == len(WING_TABLE) - 1:
                run.font.bold = True
    note = slide.shapes.add_textbox(Inches(0.6), Inches(1.6 + 0.5 * len(WING_TABLE)), Inches(12.1), Inches(0.5))
    note.text_frame.word_wrap = True
    pptx_fill(note.text_frame, [WING_TABLE_NOTE], 14)

    for title, lines in WING_BULLETS_AFTER:
        _bullet_slide(presentation, title, lines)

    properties = presentation.core_properties
    properties.title = WING_TITLE
    properties.author = "アサギ会 法人本部 経営企画室"
    properties.last_modified_by = "アサギ会 法人本部 経営企画室"
    properties.created = FIXED_MOMENT
    properties.modified = FIXED_MOMENT
    properties.revision = 1
    presentation.save(str(path))
    normalize_zip(path, FIXED_MOMENT)


def build_eml(path: Path) -> None:
    message = EmailMessage()
    message["Subject"] = CONFERENCE_SUBJECT
    message["From"] = "アサギ会 教育研修センター 医学会事務局 <gakkai@asagi-kai.example>"
    message["To"] = "全職員 <all-staff@asagi-kai.example>"
    message["Date"] = "Thu, 15 Oct 2026 10:00:00 +0900"
    message["Message-ID"] = "<20261015100000.igakkai15@asagi-kai.example>"
    message.set_content(CONFERENCE_BODY, charset="utf-8", cte="quoted-printable")
    path.write_bytes(message.as_bytes(policy=SMTP))


def main() -> None:
    written: list[Path] = []
    allowance = HERE / ALLOWANCE_FILENAME
    build_docx(allowance)
    written.append(allowance)
    infection = HERE / INFECTION_FILENAME
    build_pdf(infection)
    written.append(infection)
    results = HERE / RESULTS_FILENAME
    build_xlsx(results)
    written.append(results)
    wing = HERE / WING_FILENAME
    build_pptx(wing)
    written.append(wing)
    conference = HERE / CONFERENCE_FILENAME
    build_eml(conference)
    written.append(conference)
    print_sizes(written)


if __name__ == "__main__":
    main()
