"""An English question over Japanese documents is searched, and its sentences chosen, in
Japanese: the model's translation, used only when it can be trusted."""

from __future__ import annotations

import pytest

from rag.crosslingual import japanese_question, translation_is_safe


@pytest.mark.parametrize(
    ("translation", "safe"),
    [
        ("課長の海外日当はいくらですか？", True),
        ("ミライノートの重さはどのくらいですか？", True),  # a name may be transliterated
        ("What is the overseas daily allowance?", False),  # not translated
        ("課長の海外日当は7,000円です。 [1]", False),  # an answer with a citation
        ("課長の海外日当は7,000円ですか？", False),  # a figure the question does not hold
        ("2018年末までに何機納入されましたか？", True),
        ("", False),
    ],
)
def test_a_translation_is_used_only_when_it_states_nothing_new(translation: str, safe: bool) -> None:
    question = "How many were delivered by the end of 2018?" if "2018" in translation else "What is the overseas daily allowance for a section manager?"
    assert translation_is_safe(translation, question=question) is safe


@pytest.mark.slow
def test_the_packaged_model_translates_an_english_question_into_japanese(model: None) -> None:
    translated = japanese_question("What is the deadline for submitting expense claims?")
    assert translated is not None and any(word in translated for word in ("経費", "精算", "支出", "請求", "期限", "締め切り")), translated
