"""A table typed in plain text or an e-mail (cells parted by 「｜」) is read as a table: each
row names its columns, as the Word, Excel and HTML parsers write theirs."""

from __future__ import annotations

from ingestion.parsing.text import parse_plain_text, typed_sections

EMERGENCY = (
    "■3．緊急連絡先\n"
    "施設　　　　　　　　｜代表電話　　　｜夜間責任者（22:00〜翌7:00）｜AEDの場所\n"
    "　ホテル松本　｜0263-00-1101｜0263-00-1199　　　　　　　　｜1階フロント横\n"
    "　リゾート白樺湖｜0266-00-4401｜0266-00-4499　　　　　　　　｜フロント、大浴場入口\n"
    "本社 危機管理室（24時間）：0263-00-9110"
)


def test_a_typed_table_becomes_rows_that_name_their_columns() -> None:
    sections = typed_sections(EMERGENCY, ("お知らせ",))
    assert [section.kind for section in sections] == ["text", "table_row", "table_row", "text"]
    assert sections[0].text == "■3．緊急連絡先"
    assert sections[2].text == "施設: リゾート白樺湖 | 代表電話: 0266-00-4401 | 夜間責任者（22:00〜翌7:00）: 0266-00-4499 | AEDの場所: フロント、大浴場入口"
    assert all(section.heading_path == ("お知らせ",) for section in sections)


def test_prose_and_markdown_rules_stay_as_they_are() -> None:
    prose = "食事代（1食）は次のとおりです。\n　朝食　120円（100円）\n　夕食　320円（270円）"
    assert [(section.kind, section.text) for section in typed_sections(prose, ())] == [("text", prose)]
    pipes = "| 区分 | 金額 |\n|---|---|\n| 朝食 | 120円 |"
    assert [section.text for section in typed_sections(pipes, ())] == ["区分: 朝食 | 金額: 120円"]
    document = parse_plain_text(("連絡先の一覧です。\n\n" + EMERGENCY).encode("utf-8"))
    assert sum(section.kind == "table_row" for section in document.sections) == 2


def test_the_kind_of_value_asked_names_no_column() -> None:
    from rag.answer_checks import Prepared, cell_answer
    from rag.quoting import Sentence

    row = "施設: リゾート白樺湖 | 代表電話: 0266-00-4401 | 夜間責任者（22:00〜翌7:00）: 0266-00-4499 | AEDの場所: フロント"
    prepared = Prepared(question="白樺湖のリゾートで夜中に何かあったとき、夜間責任者の電話番号は何番？", language="ja", passages=[], messages=None)
    # 電話番号 says a telephone number is asked; 夜間責任者 says whose (代表電話 is not).
    assert cell_answer([], Sentence(passage=1, text=row, score=1, coverage=1, similarity=1), prepared) == "夜間責任者（22:00〜翌7:00）: 0266-00-4499"


def test_a_hotels_everyday_words() -> None:
    from rag.quoting import missing_subject_terms

    row = "施設: 浅間温泉 東雲荘 | 客室タイプ: 和洋室（露天風呂付） | チェックアウト清掃（分/室）: 55分"
    assert "掃除" not in missing_subject_terms("東雲荘の部屋の掃除は何分？", row)
    assert "部屋" not in missing_subject_terms("東雲荘の部屋の掃除は何分？", row)
    assert missing_subject_terms("キャンセル料は何%？", "取消料\n取消の連絡を受けた日: 4日前〜7日前 | 個人 現行: 10%") == []


def test_a_count_of_rooms_or_an_edition_is_no_price() -> None:
    from rag.asked import answers_what_was_asked
    from rag.claims import extract_claims

    row = "施設: ホテル松本 | 客室タイプ: ツイン | チェックアウト清掃（分/室）: 25分 | 第3版のチェックアウト清掃（分/室）: 28分 | 1人1日の担当室数の目安: 13室"
    assert not answers_what_was_asked("ホテル松本のツインって、金曜の夜だといくら？", extract_claims(row), row)
    assert answers_what_was_asked("いくら分もらえる？", extract_claims("ポイント: 50,000ポイント"), "ポイント: 50,000ポイント")


def test_a_months_row_is_no_answer_for_the_year() -> None:
    from rag.answer_checks import Prepared
    from rag.quoting import Sentence
    from rag.retrieval import Passage
    from rag.table_rows import row_names_the_subject

    row = "月: 2月 | 松本 ADR（円）: 9,350 | 東雲荘 ADR（円）: 34,600 | あけぼの亭 ADR（円）: 37,300"
    passage = Passage(document_id="d", title="営業実績 2026年度", filename="x.xlsx", page=None, score=0.5, text=row, order=0, context=row)
    sentence = Sentence(passage=1, text=row, score=1, coverage=1, similarity=1)

    def names(question: str) -> bool:
        return row_names_the_subject(sentence, Prepared(question=question, language="ja", passages=[passage], messages=None, sentences=[sentence]))

    assert not names("あけぼの亭の2026年度の平均単価（ADR）はいくらでしたか")
    assert names("あけぼの亭の2026年度の2月のADRはいくら？")
