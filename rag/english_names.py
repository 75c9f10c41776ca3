"""The names an English question writes (HACCP in Latin letters, Kaedehara in romaji) and
whether a row or passage writes them as the Japanese documents do (rag/english_answers.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from appliance.text import english
from appliance.text.japanese import TABLE_CELL_SEPARATOR
from appliance.text.readings import written_for_readings
from rag.quoting import VARIANT_TAIL, Sentence, passage_heading
from rag.retrieval import Passage


def visible(sentence: Sentence) -> str:
    """A row without the header it was chosen with (「header / row」); other sentences whole."""
    return sentence.text.split(" / ")[-1]


def latin_names_written(question: str, passages: Sequence[Passage]) -> list[str]:
    """The names the question writes in Latin letters (HACCP, A320neo) that the passages write
    too: the answer's row, or its prose passage, must write each of them (the T-22
    フォークリフト row is no answer about the HACCP training, however many other words it holds)."""
    found = "\n".join(f"{passage.title}\n{passage.text}" for passage in passages).lower()
    return [name for name in english.latin_names(question) if name.lower() in found]


def writes_names(names: Sequence[str | tuple[str, ...]], sentence: Sentence, passages: Sequence[Passage]) -> bool:
    """Whether the row (or the prose passage) writes each name, a name given as its forms
    writing any one of them."""
    passage = passages[sentence.passage - 1]
    context = sentence.text if TABLE_CELL_SEPARATOR in visible(sentence) else f"{passage.title}\n{passage.text}"
    context = f"{passage_heading(passage)}\n{context}".lower()
    return all(any(form.lower() in context for form in ((name,) if isinstance(name, str) else name)) for name in names)


def romaji_names_written(question: str, passages: Sequence[Passage]) -> list[tuple[str, ...]]:
    """The Japanese names the question writes in romaji that the passages write, each as the
    forms they write it in: Kaedehara as 楓原 (read by Sudachi) or カエデハラ. The row of the
    楓原センター長 answers "the manager of the Kaedehara depot", not the 品質管理責任者 row that
    writes more of the words for "manager"."""
    found = "\n".join(f"{passage.title}\n{passage.text}" for passage in passages)
    names = []
    for word in dict.fromkeys(re.findall(r"\b[A-Z][a-z]{2,}\b", question)):
        spoken = english.romaji_names(word)
        forms = tuple(form for form in (*spoken, *_written_for(found, tuple(spoken[:1]))) if form in found)
        if forms:
            names.append(forms)
    return names


@lru_cache(maxsize=32)
def _written_for(text: str, readings: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(written_for_readings(text, readings)) if readings else ()


def names_only_variants(question: str, text: str) -> bool:
    """Whether the text writes a name the English question asks about (Kaede: カエデ) only as
    part of another product's name (「カエデ-Pro」); "Kaede Pro" asked is that product."""
    for word in re.findall(r"\b[A-Z][A-Za-z]{2,}\b(?![-\s]?(?:[A-Z]|\d))", question):
        for name in (*english.romaji_names(word), *english.latin_names(word)):
            places = [match.end() for match in re.finditer(re.escape(name), text)]
            if places and all(VARIANT_TAIL.match(text, end) for end in places):
                return True
    return False
