"""A day the place is closed answers a question about that day: 「営業所窓口の土曜日の受付時間は？」 is
answered by the row's 「休業日: 土曜・日曜・祝日」, not by its opening hours, which are the other days'."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from appliance.text.japanese import TABLE_CELL_SEPARATOR
from rag.quoting import named_cells

if TYPE_CHECKING:
    from rag.quoting import Sentence

_DAY = re.compile(r"([月火水木金土日])曜|(祝日|祝祭日|休日|年末年始|土日)")
_CLOSED_COLUMN = re.compile(r"休業日|定休日|休館日|休診日|休園日|休業|閉館日|休み")


def _days(text: str) -> set[str]:
    found = set()
    for weekday, other in _DAY.findall(text):
        if other == "土日":
            found |= {"土", "日"}
        else:
            found.add(weekday or other)
    return found


def closed_on_the_day(question: str, sentences: Sequence[Sentence], names_it: Callable[[Sentence], bool]) -> tuple[Sentence, str] | None:
    """The one shown row the question is about (`names_it`) whose closed days hold the day it
    asks about, with that cell; None otherwise."""
    asked = _days(question)
    if not asked:
        return None
    found = []
    for sentence in sentences:
        row = sentence.text.split(" / ")[-1]
        if TABLE_CELL_SEPARATOR not in row:
            continue
        closed = [(column, value) for column, value in named_cells(row) if column and _CLOSED_COLUMN.search(column) and asked <= _days(value)]
        if closed and names_it(sentence):
            found.append((sentence, f"{closed[0][0]}: {closed[0][1]}"))
    return found[0] if len({sentence.text for sentence, _ in found}) == 1 else None


# 「何日から配送してもらえる？」: when something starts (again); 「…までの4日間は、全センターを休業いたします。」
# says when it does not, and is no answer to it (the 「年始の配送開始は1月5日」 sentence is).
_ASKS_A_START = re.compile(r"(?:いつ|何日|何時|何曜日?)(?:から|以降)")
_CLOSURE = re.compile(r"休業|休館|休診|休園|運休|休止|停止|中止|閉鎖|休み(?:ます|です|と)")
_CLOSURE_ASKED = re.compile(r"休|閉|止|終わ|最終|まで")
_A_START = re.compile(r"開始|再開|通常|始め|始ま|から営業|受付")


def a_closure_for_a_start(question: str, text: str) -> bool:
    """Whether the sentence only says when something is closed, where the question asks from
    when it runs."""
    if not _ASKS_A_START.search(question) or _CLOSURE_ASKED.search(question):
        return False
    return _CLOSURE.search(text) is not None and _A_START.search(text) is None
