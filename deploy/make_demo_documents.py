"""Regenerate the demo documents (fictional company デモ株式会社) from the texts below.

Run from the repository root: `python deploy/make_demo_documents.py`. The generated files
are committed, so `make run` needs none of the generators; tests/data/internal_qa.jsonl asks
questions about exactly these facts.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.filemakers import (  # noqa: E402
    make_docx,
    make_eml,
    make_japanese_pdf,
    make_pptx,
    make_scanned_pdf,
    make_xlsx,
)

OUT = Path(__file__).resolve().parent / "demo-documents"

WORK_RULES = [
    "就業規則\n\n第1章 総則\n第1条（目的）\nこの規則は、デモ株式会社の従業員の労働条件と服務規律を定める。\n"
    "第2条（適用範囲）\nこの規則は、正社員および契約社員に適用する。",
    "第2章 勤務時間\n第10条（所定労働時間）\n所定労働時間は1日8時間、始業は午前9時、終業は午後6時とする。\n"
    "休憩時間は正午から午後1時までの60分とする。\n第11条（フレックスタイム）\n"
    "コアタイムは午前10時から午後3時までとする。",
    "第3章 休暇\n第20条（年次有給休暇）\n入社6か月後に10日の年次有給休暇を付与する。\n"
    "有給休暇の申請は、取得予定日の3営業日前までに勤怠システムで行う。\n"
    "第21条（特別休暇）\n本人が結婚したときは5日の特別休暇を与える。",
    "第4章 在宅勤務\n第30条（在宅勤務）\n在宅勤務は週3日まで認める。\n"
    "在宅勤務手当として月額5,000円を支給する。\n在宅勤務を行う日は、前日の午後5時までに上長へ申請する。",
]

EXPENSES = [
    ("heading1", "経費精算マニュアル"),
    ("paragraph", "このマニュアルは、業務で立て替えた経費の精算方法を説明します。"),
    ("heading2", "申請の期限"),
    ("paragraph", "経費は、支出した月の翌月10日までに経費精算システムから申請してください。期限を過ぎた申請は、部長の承認が必要です。"),
    ("heading2", "領収書"),
    ("paragraph", "1万円以上の支出には、原本の領収書を添付してください。電子領収書はPDFで提出できます。"),
    ("heading2", "接待交際費"),
    ("paragraph", "接待交際費の上限は、1人あたり1回5,000円です。上限を超える場合は事前に本部長の承認を得てください。"),
    ("table", [["費目", "承認者"], ["交通費", "課長"], ["接待交際費", "本部長"], ["書籍代", "課長"]]),
]

TRAVEL = {
    "日当": [["役職", "国内日当", "海外日当"], ["一般社員", "2,000円", "5,000円"], ["課長", "3,000円", "7,000円"], ["部長", "4,000円", "9,000円"]],
    "宿泊費": [["役職", "宿泊費上限（東京）", "宿泊費上限（その他）"], ["一般社員", "12,000円", "10,000円"], ["課長", "15,000円", "12,000円"], ["部長", "18,000円", "15,000円"]],
}

SLIDES = [
    ("新製品「ミライノート」説明会", "2027年4月発売予定のノートパソコン", "本日は新製品の概要を説明します。"),
    ("製品の特長", "重さ980グラム、バッテリー駆動時間は最大20時間", "軽さと電池持ちが最大の売りです。"),
    ("価格と販売目標", "希望小売価格は税込148,000円。初年度の販売目標は3万台。", "価格は競合製品より1割ほど安く設定しました。"),
]

SECURITY_MD = """# 情報セキュリティ方針

## パスワード
パスワードは12文字以上とし、英大文字・英小文字・数字・記号を組み合わせてください。
パスワードは90日ごとに変更する必要はありませんが、漏えいの疑いがある場合はただちに変更してください。

## 社外へのデータ持ち出し
顧客データをUSBメモリで社外に持ち出すことは禁止します。
社外との共有には、会社が承認したファイル共有サービスを使ってください。

## インシデントの報告
ウイルス感染や情報漏えいの疑いがある場合は、30分以内に情報システム部（内線4100）へ報告してください。
"""

FAQ_HTML = """<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>社内よくある質問</title></head>
<body><h1>社内よくある質問</h1>
<h2>社員証を紛失したら？</h2><p>総務部に連絡し、再発行を申請してください。再発行手数料は1,000円です。</p>
<h2>会議室の予約方法は？</h2><p>会議室は社内ポータルの予約システムから、2週間先まで予約できます。</p>
<h2>社内の無線LANは？</h2><p>来客用のネットワーク名は DEMO-GUEST です。パスワードは受付で案内します。</p>
</body></html>
"""

SALARY_CSV = "等級,基本給（月額）,賞与（年間）\nG1,250000円,2か月分\nG2,300000円,3か月分\nG3,380000円,4か月分\n"

DISASTER_SCAN = "防災マニュアル\n地震が発生したら、まず机の下に身を隠してください。\n避難場所は中央公園です。"


def main() -> None:
    (OUT / "就業規則.pdf").write_bytes(make_japanese_pdf(WORK_RULES, title="就業規則"))
    (OUT / "経費精算マニュアル.docx").write_bytes(make_docx(EXPENSES, title="経費精算マニュアル"))
    (OUT / "出張旅費規程.xlsx").write_bytes(make_xlsx(TRAVEL))
    (OUT / "新製品説明会.pptx").write_bytes(make_pptx(SLIDES))
    (OUT / "情報セキュリティ方針.md").write_text(SECURITY_MD, encoding="utf-8")
    (OUT / "社内FAQ.html").write_text(FAQ_HTML, encoding="utf-8")
    (OUT / "防災マニュアル_スキャン.pdf").write_bytes(make_scanned_pdf(DISASTER_SCAN))
    (OUT / "福利厚生のお知らせ.eml").write_bytes(
        make_eml(
            subject="福利厚生制度改定のお知らせ",
            body="社員各位\n\n2027年1月より、健康診断の補助額を年額3万円に引き上げます。\n人事部",
        )
    )
    hr = OUT / "人事"
    hr.mkdir(exist_ok=True)
    (hr / "給与テーブル.csv").write_bytes(SALARY_CSV.encode("shift_jis"))


if __name__ == "__main__":
    main()
