"""An English question over Japanese documents: the words a document writes for its phrases
(appliance/text/english.py), and the check that a passage or sentence is about what was
asked (rag/quoting.py), which Japanese questions already had."""

from __future__ import annotations

import pytest

from appliance.text import english
from rag.english_keywords import english_search_text
from rag.quoting import missing_english_subject_terms, names_the_english_subject


def test_the_longest_phrase_wins_and_keeps_its_role() -> None:
    found = english.terms("What is the overseas daily allowance for a section manager?")
    assert [(term.english, term.subject) for term in found] == [
        ("overseas", True), ("daily allowance", True), ("section manager", True),
    ]
    assert [term.english for term in english.terms("What was the defect rate last year?")] == ["defect rate", "last year"]


def test_question_words_are_not_searched_for_and_not_subjects() -> None:
    question = "How many days a week can I work from home?"
    assert [term.english for term in english.subject_terms(question)] == ["work from home"]
    assert english.japanese_keywords(question) == ["在宅勤務"]
    assert english.japanese_keywords("When does the meeting start?") == ["会議"]


def test_plurals_hyphens_and_case_are_found() -> None:
    assert english.japanese_keywords("How much is the subsidy for Health Check-ups?") == ["補助", "健康診断"]
    assert english.japanese_keywords("How many PARAMETERS does it have?") == ["パラメータ"]


def test_a_verb_like_word_is_not_taken_for_a_subject() -> None:
    # "pays" is not 給与 and "found" is not 設立: a false subject would refuse good answers.
    assert english.subject_terms("Who pays for it and where can the form be found?") == []


@pytest.mark.parametrize(
    ("question", "text", "about"),
    [
        # The travel table: the 課長 row answers a section manager; the 一般社員 row does not.
        ("What is the overseas daily allowance for a section manager?", "出張旅費規程\n役職: 課長 | 国内日当: 3,000円 | 海外日当: 7,000円", True),
        ("What is the overseas daily allowance for a section manager?", "出張旅費規程\n役職: 一般社員 | 国内日当: 2,000円 | 海外日当: 5,000円", False),
        # Written another way in the document: テレワーク for "work from home".
        ("How many days a week can I work from home?", "テレワークは週2日まで", True),
        ("How many days a week can I work from home?", "会議室は2週間先まで予約できます。", False),
        # Words the glossary does not know are not checked.
        ("What is the MiraiNote's weight?", "重さ980グラム", True),
    ],
)
def test_a_passage_is_about_an_english_question_when_it_names_its_subject(question: str, text: str, about: bool) -> None:
    assert names_the_english_subject(question, text) is about


def test_a_long_question_is_forgiven_one_missing_phrase_in_four() -> None:
    question = "What was operating profit for the third quarter, by segment, compared with last year and the forecast?"
    text = "第3四半期 営業利益 前年同期比 セグメント別"
    assert missing_english_subject_terms(question, text) == ["forecast"]
    assert names_the_english_subject(question, text)
    assert not names_the_english_subject("What is the operating profit of the third quarter?", "第3四半期 売上高")


def test_the_search_text_adds_what_the_translation_dropped() -> None:
    question = "What is the overseas daily allowance for a section manager?"
    assert english_search_text(question, "海外の日付補給額は何ですか？") == "海外の日付補給額は何ですか？ 海外 日当 課長"
    assert english_search_text(question, None) == f"{question} 海外 日当 課長"


@pytest.mark.parametrize(
    ("answer", "expected", "hit"),
    [
        ("PUE 1.9 1.35", ["1.35"], True),  # two cells of a PDF row, a space apart
        ("PUE 1.91.35", ["1.35"], False),
        ("15,000円", ["5,000"], False),
        ("120人", ["12"], False),
        ("It starts at 9  a.m.", ["9 a.m."], True),
        ("始業は午前 9時", ["午前9時"], True),
    ],
)
def test_evaluate_judges_a_number_as_a_whole_number_with_spaces_as_boundaries(answer: str, expected: list[str], hit: bool) -> None:
    from rag.management.commands.evaluate import contains_any

    assert contains_any(answer, expected) is hit


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tell me about 勤務時間", "en"),
        ("What is the 在宅勤務手当?", "en"),
        ("DEMO-GUEST の Wi-Fi パスワードは？", "ja"),
        ("MiraiNoteの重さは？", "ja"),
        ("勤務時間", "ja"),
        ("What time does work start?", "en"),
        # A Japanese name in brackets is quoted, not written in: 「ごまだれ」 has hiragana.
        ("What is the new price of the sesame sauce (ごまだれ 1L)?", "en"),
        ("How much is a night at 「なすの風」 in the busy season?", "en"),
        ("ごまだれ(1L)の値段は？", "ja"),
    ],
)
def test_an_english_sentence_naming_a_japanese_term_is_english(text: str, language: str) -> None:
    from appliance.text.japanese import language_of

    assert language_of(text) == language


def test_japanese_names_in_romaji_are_searched_in_kana() -> None:
    assert english.katakana("Tsunagu") == "ツナグ"
    assert english.katakana("Hokkaido") == "ホッカイド"
    assert english.katakana("Standard") is None
    assert english.romaji_names("What is the email of the Tsunagu help desk in Saitama?") == ["ツナグ", "つなぐ", "サイタマ", "さいたま"]
    assert english.romaji_names("When does the Plant start?") == []
    assert english_search_text("How many parameters does Kaede have?", None).endswith("パラメータ カエデ かえで")
