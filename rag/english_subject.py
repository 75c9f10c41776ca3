"""Whether an English question's subject is named by Japanese text: its phrases (section
manager, work from home) by the Japanese forms the glossary and the dictionary give them
(rag/quoting.py reads it for the choice of sentences and passages)."""

from __future__ import annotations

import re

from appliance.text import dictionary, english
from rag.citations import comparable as _comparable
from rag.english_quantities import english_stated
from rag.question_words import SUBJECT_NOUNS_PER_MISS


def missing_english_subject_terms(question: str, text: str) -> list[str]:
    """The phrases of an English question that say what it is about (section manager, work
    from home) whose Japanese forms (課長; 在宅勤務, テレワーク…) the text does not write.
    Words the glossary does not know are not checked; the dictionary's words for a phrase
    name it too (カフェテリア for "cafeteria", where the glossary has 食堂)."""
    haystack = _comparable(text).lower()
    # "the new-hire training course (新任教育)": the Japanese in brackets is what the words just
    # before it name, where the text writes it.
    # (And the word right after it, where the Japanese glosses a phrase's first words: "my clear-aligner
    # treatment (マウスピース矯正) plan" is the マウスピース矯正 plan.)
    glossed = " ".join(
        f"{words} {after}".lower() for words, japanese, after in _GLOSSED.findall(question) if _comparable(japanese).lower() in haystack
    ).replace("-", " ")
    subjects = english.subject_terms(question)
    missing = [
        term for term in subjects
        if not any(_comparable(form).lower() in haystack for form in (*term.japanese, *dictionary.japanese_for(term.english)))
        and term.english.lower() not in glossed
    ]
    units = {unit for _, unit in english_stated(question)}
    if "歳" in units and re.search(r"\d\s*歳", text):
        # "an adult aged 18-64": the age says who, where the text writes its bands in 歳 (「18歳以上64歳以下」).
        missing = [term for term in missing if term.english.lower() not in _AGE_GROUPS]
    if "人" in units and re.search(r"\d\s*(?:名|人)", text):
        # "a group of three players": the count says which group, where the text writes them by their size (「3名組」).
        missing = [term for term in missing if term.english.lower() not in _GROUPS]
    if _CANCELLED.search(question):
        # "a meeting-room booking cancelled 5 days before": what is cancelled is a booking, whatever the rules call it (使用の取消し).
        missing = [term for term in missing if term.english.lower() not in _BOOKINGS]
    # "If a family cancels 20 hours before…": who does it, where the text writes no such person, is no
    # subject of the rule asked for (the cancellation fee, whoever cancels).
    actors = {match.group(1).lower() for match in _AN_ACTOR.finditer(question)}
    missing = [term for term in missing if term.english.lower() not in actors]
    # "medicines or prescription diets": one of the alternatives named is the subject named.
    named = [term for term in subjects if term not in missing]
    return [term.english for term in missing if not any(_alternatives(question, term, other) for other in named)]


# The person of an "if" or "when" clause who does what the question is about.
_AN_ACTOR = re.compile(
    r"\b(?:if|when|once|after|before)\s+(?:a|an|the|my|our|your|their|his|her)\s+"
    r"(family|customer|guest|client|user|visitor|person|patient|resident|caller|tenant|passenger|parent|applicant|household|bereaved family)"
    r"\s+(?!is\b|are\b|was\b)[a-z]+(?:s|ed)?\b",
    re.IGNORECASE,
)


_CANCELLED = re.compile(r"\bcancel(?:s|led|ed|ling|ing|lation|lations)?\b", re.IGNORECASE)
_BOOKINGS = frozenset({"booking", "bookings", "book", "reservation", "reservations", "reserve"})
_GROUPS = frozenset({"group", "groups", "party", "parties", "team", "teams"})
_AGE_GROUPS = frozenset({"adult", "adults", "child", "children", "kid", "kids", "senior", "seniors", "elderly", "infant", "infants", "toddler", "toddlers", "senior citizen", "senior citizens"})


def _alternatives(question: str, one: english.Term, other: english.Term) -> bool:
    """Whether the question joins the two phrases by "or" ("medicines or prescription diets")."""
    text = english.plain(question)
    between = r"(?:\s+[a-z'-]+){0,2}?\s*,?\s+or\s+(?:[a-z'-]+\s+){0,2}?"
    first, second = re.escape(one.english), re.escape(other.english)
    return re.search(f"{first}{between}{second}|{second}{between}{first}", text) is not None


# The (up to five) English words before a bracketed Japanese name, the name, and the word after it.
_GLOSSED = re.compile(r"((?:[A-Za-z][A-Za-z'-]*\s+){0,4}[A-Za-z][A-Za-z'-]*)\s*[(（]([^()（）]*[\u3040-\u30ff\u4e00-\u9fff][^()（）]*)[)）](?:[ \t]+([A-Za-z][A-Za-z'-]*))?")


def names_the_english_subject(question: str, text: str) -> bool:
    """names_the_subject for an English question over Japanese text."""
    forgiven = (len(english.subject_terms(question)) - 1) // SUBJECT_NOUNS_PER_MISS
    return len(missing_english_subject_terms(question, text)) <= max(forgiven, 0)
