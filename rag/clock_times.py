"""A time of day the asker states picks the sentence of the hours that hold it: 「夜中の1時に警報で
出動したら、出動手当はいくら？」 is answered by 「ただし、22時から翌日5時までの出動は、1出動につき900円」,
not by the rule for every other hour before it (「1出動につき600円」), as bands (rag/bands.py) pick a
table's row by a stated quantity."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from appliance.text.japanese import TABLE_CELL_SEPARATOR

if TYPE_CHECKING:
    from rag.quoting import Sentence

# 「夜中の1時」, 「午前2時半」, 「夜の11時」, 「23時」, 「23:30」; not a span (「8時間」) nor a range's end.
_STATED = re.compile(r"(夜中|深夜|未明|早朝|朝|午前|午後|夜|夕方)?の?(\d{1,2})(?:時(半|\d{1,2}分)?(?!間|から|まで|〜|~)|:(\d{2})(?!\s*[〜~\-]))")
# 「22時から翌日5時まで」, 「22時〜翌5時」, 「22:00～5:00」.
_RANGE = re.compile(
    r"(\d{1,2})(?:時(?:(\d{1,2})分|半)?|:(\d{2}))\s*(?:から|〜|~|～|－|-)\s*(翌日|翌朝|翌)?の?\s*(\d{1,2})(?:時(?:(\d{1,2})分|半)?|:(\d{2}))\s*(?:まで|の間)?"
)
_AFTERNOON = {"午後", "夜", "夕方"}


def stated_time(question: str) -> float | None:
    """The one time of day the question states, in hours from midnight (夜中の1時: 1.0; 夜の11時:
    23.0); None for none or several."""
    text = unicodedata.normalize("NFKC", question)
    found = set()
    within = [match.span() for match in _RANGE.finditer(text)]
    for match in _STATED.finditer(text):
        if any(start <= match.start(2) < end for start, end in within):
            continue  # the end of a span stated (「19時から20時」)
        hour = int(match.group(2))
        minutes = 30 if match.group(3) == "半" else int(re.sub(r"\D", "", match.group(3) or match.group(4) or "0") or 0)
        if hour > 24 or minutes >= 60:
            continue
        if match.group(1) in _AFTERNOON and hour < 12 and not (match.group(1) == "夜" and hour <= 4):
            hour += 12
        found.add(hour % 24 + minutes / 60)
    if not found and len(spans := _ranges(text)) == 1:
        found.add(sum(spans[0]) / 2 % 24)  # 「19時から20時の延長保育」: the hours that hold its middle
    return next(iter(found)) if len(found) == 1 else None


def _ranges(text: str) -> list[tuple[float, float]]:
    spans = []
    for match in _RANGE.finditer(unicodedata.normalize("NFKC", text)):
        start = int(match.group(1)) + int(match.group(2) or match.group(3) or 0) / 60
        end = int(match.group(5)) + int(match.group(6) or match.group(7) or 0) / 60
        spans.append((start, end + 24 if match.group(4) or end <= start else end))
    return spans


def holds(text: str, time: float) -> bool:
    """Whether the text writes hours that hold the time (from the start, before the end)."""
    return any(start <= moment < end for start, end in _ranges(text) for moment in (time, time + 24))


def sentence_for_the_time(question: str, sentences: Sequence[Sentence], gives_the_value: Callable[[Sentence], bool]) -> Sentence | None:
    """The one shown sentence of prose (else the one row) whose hours hold the time the question states and that
    gives the value asked (`gives_the_value`: of the asked kind, about what is asked), where
    another shown sentence gives that value for other hours or for none; None otherwise."""
    time = stated_time(question)
    if time is None:
        return None
    prose = [sentence for sentence in sentences if TABLE_CELL_SEPARATOR not in sentence.text and gives_the_value(sentence)]
    # Or a table's rows of hours (「鍵紛失時の開錠（9:00〜18:00）」 and 「…（18:00〜翌9:00）」 for 「夜10時に」).
    rows = [sentence for sentence in sentences if TABLE_CELL_SEPARATOR in sentence.text and _ranges(sentence.text) and gives_the_value(sentence)]
    for shown in (prose, rows):
        holding = {sentence.text: sentence for sentence in shown if holds(sentence.text, time)}
        others = [sentence for sentence in shown if sentence.text not in holding]
        if len(holding) == 1 and others:
            return next(iter(holding.values()))
    return None
