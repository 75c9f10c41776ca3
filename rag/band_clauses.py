"""A band stated in a clause of prose, as a table states it in a row: 「朝凪市外で当社の工場から片道30km以内の
納品先は1納品先につき2,750円（改定前2,200円）、30kmを超える納品先は運送会社の料金の実費とする。」 answers
「片道20kmくらいの納品先」 with its first clause's 2,750円, the second's bound not holding 20km
(rag/bands.py reads the same bands in a table's rows)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from appliance.text.japanese import TABLE_CELL_SEPARATOR
from rag.asked import asked_kinds, claim_fits
from rag.bands import held_by_a_band_value
from rag.claims import extract_claims
from rag.quantities import stated_quantity
from rag.quoting import Sentence, split_sentences

if TYPE_CHECKING:
    from rag.retrieval import Passage

# A bound of a quantity (「30km以内」, 「30kmを超える」, 「5,000円未満」).
_BOUND = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?\s*[^\d\s、。（）()]{1,5}?(?:以内|以下|未満|以上|超|を超える|をこえる|まで)")
_ASIDE = re.compile(r"[（(][^（）()]*[）)]")


def clauses_of(text: str) -> list[str]:
    """A sentence cut after each 、 or 。 that stands outside brackets: its clauses, each with its own subject."""
    return re.split(r"(?<=[、。；;])(?![^（(]*[）)])", text)


def value_in_the_banded_clause(question: str, text: str) -> str | None:
    """The value of the asked kind in the one clause of the text whose bound holds the question's
    stated quantity, where another clause bounds the same quantity otherwise; None for no such one."""
    stated, kinds = stated_quantity(question), asked_kinds(question)
    if stated is None or not kinds:
        return None
    value, unit = stated
    written = unicodedata.normalize("NFKC", text)
    clauses = [clause for clause in clauses_of(written) if _BOUND.search(clause) and unit in clause]
    holding = [clause for clause in clauses if held_by_a_band_value(value, unit, clause)]
    if len(clauses) < 2 or len(holding) != 1:
        return None
    # (Not its aside: 「（改定前2,200円）」 is what it was.)
    own = _ASIDE.sub("", holding[0])
    values = [claim.text for claim in extract_claims(own) if claim.kind != "name" and claim_fits(claim, kinds, own) and not held_by_a_band_value(value, unit, claim.text)]
    return values[0] if len(values) == 1 else None


def banded_clause(question: str, sentences: Sequence[Sentence], about: Callable[[Sentence], bool], passages: Sequence[Passage] = ()) -> tuple[Sentence, str] | None:
    """The one shown sentence of prose, about what is asked, with a clause banding the stated
    quantity: its value. Or one of the sentences that follow a shown one in its paragraph: the
    bands (「2km以上5km未満は2,100円…」) after the sentence that says what they are of (「通勤手当：…片道の
    通勤距離に応じて月額で支給する。」), which holds the question's words where they hold none."""
    candidates = [*sentences, *_following_in_their_paragraphs(sentences, passages)]
    found = [(sentence, value) for sentence in candidates if TABLE_CELL_SEPARATOR not in sentence.text and (value := value_in_the_banded_clause(question, sentence.text)) and about(sentence)]
    return found[0] if len({value for _, value in found}) == 1 else None


def _following_in_their_paragraphs(sentences: Sequence[Sentence], passages: Sequence[Passage]) -> list[Sentence]:
    shown = {sentence.text for sentence in sentences}
    following: list[Sentence] = []
    for sentence in sentences:
        passage = passages[sentence.passage - 1] if 0 < sentence.passage <= len(passages) else None
        paragraph = next((line for line in passage.text.splitlines() if sentence.text in line), "") if passage else ""
        after = split_sentences(paragraph.partition(sentence.text)[2])
        following += [Sentence(sentence.passage, text, sentence.score, 0.0, sentence.similarity) for text in after[:3] if text not in shown]
    return following
