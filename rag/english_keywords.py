"""The Japanese words an English question over Japanese documents is searched, and its
sentence and column chosen, by (rag/answering.py, rag/english_answers.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from appliance.text import dictionary, english
from appliance.text.readings import written_for_readings


def english_search_text(question: str, translation: str | None, vocabulary: str = "") -> str:
    """What an English question is searched and its sentences chosen by: the model's
    Japanese translation (or the question, when there is none) with the Japanese words a
    document writes for the question's phrases, which the translation often drops, the
    kana of the Japanese names it writes in romaji (Tsunagu: ツナグ), the months and fiscal
    years it names, and the dictionary's words for the rest that the passages found for it
    (`vocabulary`) write (出荷 for "shipment", 岡山 for "Okayama")."""
    return " ".join([translation or question, *english_keywords(question, vocabulary)])


def english_keywords(question: str, vocabulary: str = "") -> list[str]:
    """The Japanese words an English question is searched, and its sentence and column
    chosen, by (english_search_text)."""
    # The Japanese the question itself writes (「the sesame sauce (ごまだれ 1L)」), which a
    # translation may drop.
    words = [
        *english.japanese_keywords(question), *english.romaji_names(question), *japanese_terms(question),
        *english.japanese_dates(question), *english.japanese_figures(question),
    ]
    if vocabulary:
        words += english.dictionary_keywords(question, vocabulary)
        # A name written as the question writes it (HACCP) counts where the passages write it.
        words += [name for name in english.latin_names(question) if name.lower() in vocabulary.lower()]
        # A glossary phrase's other forms where the passages write one (重量 for "weigh", whose
        # first form is 重さ): the row that writes it names what was asked as much.
        # (The first of its other forms they write: 入浴料 for "admission" at a bathhouse, whose first form is 入館料.)
        words += [found for term in english.terms(question) if term.role != english.QUESTION_WORD if (found := next((form for form in term.japanese[1:] if len(form) > 1 and form in vocabulary), None))]
        # A Japanese name in romaji as the passages write it in kanji (Okaya: 岡谷), read by
        # Sudachi; two names in a row as one (Matsumoto Minami: 松本南).
        words += written_for_readings(vocabulary, [*english.romaji_names(question), *_romaji_pairs(question)])
        # A class named by a letter ("a C-area city", "grade B"): as the passages write it (C地域).
        for letter in ("".join(pair) for pair in _LETTERED.findall(question)):
            words += [found for found in re.findall(f"(?<![A-Za-z]){letter}[\u4e00-\u9fff]{{1,3}}", vocabulary) if found not in words][:1]
        # "across all schools", "at all four hospitals": the 全校, 全院 the passages write.
        words += _all_of(question, vocabulary)
        # "in total": the table's total row, as it writes it (合計 where the passages found have none yet).
        words += ([total for total in ("合計", "総計") if total in vocabulary] or ["合計"])[:1] if re.search(r"\btotal\b", question, re.IGNORECASE) else []
    return list(dict.fromkeys(words))


_ALL_OF = re.compile(r"\b(?:all|every)\s+(?:(?:the|of the|our|its|\d+|two|three|four|five|six)\s+)*([a-z]+)", re.IGNORECASE)


def all_of(question: str, *, plural_only: bool = False) -> list[str]:
    """The Japanese of the things "all" (or "every") names: "across all offices" (事業所, 本社…),
    "at all four hospitals" (病院); `plural_only`: only a plural right after it ("all offices", not
    the Tokyo of "all Tokyo stores", which names some of the stores)."""
    return [
        form for noun in _ALL_OF.findall(question) if not plural_only or noun.lower().endswith("s")
        for form in [*(form for singular in english.singular_forms(noun.lower()) for form in dictionary.japanese_for(singular)), *(form for term in english.terms(noun) for form in term.japanese)]
    ]


def _all_of(question: str, vocabulary: str) -> list[str]:
    """全 and the Japanese of the things "all" names, whole or by their last kanji (学校: 全校),
    as the vocabulary writes them."""
    found: list[str] = []
    for form in (form for form in all_of(question) if re.fullmatch(r"[\u4e00-\u9fff]+", form)):
        found += [whole for whole in dict.fromkeys((f"全{form}", f"全{form[-1]}")) if whole in vocabulary and whole not in found]
    return found


_TWO_NAMES = re.compile(r"(?=\b([A-Z][a-z]+) ([A-Z][a-z]+)\b)")


def _romaji_pairs(question: str) -> list[str]:
    pairs = [(english.katakana(first), english.katakana(second)) for first, second in _TWO_NAMES.findall(question)]
    return [first + second for first, second in pairs if first and second]


_LETTERED = re.compile(r"\b([A-Z])-(?:area|class|grade|rank|type|zone|region|level|plan)s?\b|\b(?:area|class|grade|rank|type|zone|region|level|plan) ([A-Z])\b")


def japanese_terms(text: str) -> list[str]:
    """The runs of Japanese an English question writes (「the sesame sauce (ごまだれ 1L)」: ごまだれ)."""
    return re.findall(r"[\u3040-\u30ff\u3400-\u9fff][\u3040-\u30ff\u3400-\u9fffー0-9A-Za-z]*", text)


def held_keywords(keywords: Sequence[str], text: str) -> set[str]:
    """The keywords the text writes; one inside another found counts too (海外出張 writes
    海外 and 出張: it is more of the question than 出張 alone)."""
    text = text.lower()
    # (A keyword that starts with a figure is not held inside a longer one: 1月 is not in 11月.)
    return {keyword for keyword in keywords if (re.search(rf"(?<![\d.,]){re.escape(keyword.lower())}", text) if keyword[:1].isdigit() else keyword.lower() in text)}
