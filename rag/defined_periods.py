"""The period a price table's columns name, for the month or the day of the week a question names:
「6月の平日だと基本運賃は？」 of a table whose columns are 「通常期 平日 | 通常期 土日祝 | 繁忙期 平日 |
…」 asks the 通常期 平日 cell, where the same document defines 「繁忙期は3月、4月及び9月とし、その他
の月（1月、2月、5月〜8月、10月〜12月）は通常期とします」; 「土曜日」 is the 土日祝 column's. No column
writes 6月, so without the document's own definition every cell of the row looked as likely (or
none was chosen). The question is asked again in the table's words (「通常期の平日」), and checked
as that: a figure of another period's column stays no answer."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from rag.quoting import named_cells

if TYPE_CHECKING:
    from rag.quoting import Sentence
    from rag.retrieval import Passage

# A month the question names (「6月の平日」, 「10月に」), not a day of it (「12月28日」) nor a count (「6か月」).
_MONTH_ASKED = re.compile(r"(?<![\d年/.])(\d{1,2})月(?![\d日末初頭]|分|額)")
# Months a definition lists: 「3月、4月及び9月」, 「5月〜8月」, 「1月・2月」, 「11〜2月」.
_MONTH_RANGE = re.compile(r"(?<![\d年/.])(\d{1,2})月?\s*[〜~～\-－ー]\s*(\d{1,2})月(?![\d日])")
_ONE_MONTH = re.compile(r"(?<![\d年/.〜~～\-－ー])(\d{1,2})月(?![\d日]|〜|~|～)")
# Where one clause of a definition ends: 「繁忙期は3月…とし、その他の月（…）は通常期とします」.
_CLAUSE_END = re.compile(r"とし|[。\n；;]")
# The days of the week a 土日祝 column (or 休日, 週末) holds, and those of 平日.
_HOLIDAY = re.compile(r"土曜日?|日曜日?|祝日|祭日|祝祭日|(?<![定公代替])休日|週末|土日")  # (not the 休日 of 定休日, 振替休日)
_WEEKDAY = re.compile(r"[月火水木金]曜日?")
_HOLIDAY_COLUMN = re.compile(r"土日祝日?|土日・祝日|土・日・祝日?|土日祝祭日|休日|週末|土日")


def _months_in(text: str) -> set[int]:
    months: set[int] = set()
    for start, end in ((int(a), int(b)) for a, b in _MONTH_RANGE.findall(text)):
        if 1 <= start <= 12 and 1 <= end <= 12:
            months.update(((start - 1 + step) % 12) + 1 for step in range((end - start) % 12 + 1))
    without_ranges = _MONTH_RANGE.sub(" ", text)
    return months | {int(month) for month in _ONE_MONTH.findall(without_ranges) if 1 <= int(month) <= 12}


def _column_words(sentences: Sequence[Sentence]) -> set[str]:
    """The words of the shown rows' column names (「通常期 平日」: 通常期, 平日)."""
    return {
        word for sentence in sentences for column, _ in named_cells(sentence.text) if column
        for word in re.split(r"[\s・/／（）()]+", unicodedata.normalize("NFKC", column)) if len(word) > 1
    }


def defined_months(text: str, names: set[str]) -> dict[int, str]:
    """The month each of the names holds, as the text defines it: the clause naming one of them
    and months (「繁忙期は3月、4月及び9月」, 「閑散期：1月・2月・7月・8月」). A month two names claim
    is left out."""
    found: dict[int, set[str]] = {}
    for clause in _CLAUSE_END.split(unicodedata.normalize("NFKC", text)):
        named = {name for name in names if name in clause}
        if len(named) != 1:
            continue
        for month in _months_in(clause):
            found.setdefault(month, set()).update(named)
    return {month: next(iter(held)) for month, held in found.items() if len(held) == 1}


def in_the_tables_periods(
    question: str, sentences: Sequence[Sentence], passages: Sequence[Passage], rest: Callable[[Sequence[Passage]], list[Passage]]
) -> str:
    """The question with its month and day of the week in the words the shown rows' columns use;
    the question as it is where they name no period, or the question names one already."""
    words = _column_words(sentences)
    if not words:
        return question
    meant = question
    holiday = sorted(word for word in words if _HOLIDAY_COLUMN.fullmatch(word))
    if len(holiday) == 1 and holiday[0] not in meant and "平日" in words:
        meant = _HOLIDAY.sub(holiday[0], meant, count=1) if not re.search(r"平日", meant) else meant
    if "平日" in words and not any(word in meant for word in holiday) and "平日" not in meant:
        meant = _WEEKDAY.sub("平日", meant, count=1)
    asked = _MONTH_ASKED.search(unicodedata.normalize("NFKC", meant))
    if asked is None or len(unicodedata.normalize("NFKC", meant)) != len(meant):
        return meant
    candidates = {word for word in words if not re.search(r"\d|平日", word) and not _HOLIDAY_COLUMN.fullmatch(word)}
    if not candidates:
        return meant
    texts = [passage.text for passage in passages]
    months = defined_months("\n".join(texts), candidates)
    if int(asked.group(1)) not in months:  # (the definition read from the rest of the shown documents)
        months = defined_months("\n".join([*texts, *(passage.text for passage in rest(passages))]), candidates)
    period = months.get(int(asked.group(1)))
    if period is None or len(set(months.values())) < 2 or any(name in meant for name in months.values()):
        return meant  # (「繁忙期の10月」: the question names its period itself)
    return meant[: asked.start()] + period + meant[asked.end():]


_ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
_ENGLISH_MONTH = re.compile(r"\b(?:in|of|during)\s+(" + "|".join(_ENGLISH_MONTHS) + r")\b", re.IGNORECASE)


def keywords_in_the_tables_periods(
    question: str, keywords: tuple[str, ...], sentences: Sequence[Sentence], passages: Sequence[Passage], rest: Callable[[Sequence[Passage]], list[Passage]]
) -> tuple[str, ...]:
    """An English question's Japanese keywords with the period its month falls in ("on a Saturday
    in October": 繁忙期 beside 土日祝), as the document defines it for the table's columns."""
    month = _ENGLISH_MONTH.search(question)
    if month is None:
        return keywords
    asked = f"{_ENGLISH_MONTHS.index(month.group(1).lower()) + 1}月"
    period = in_the_tables_periods(asked, sentences, passages, rest)
    return keywords if period == asked else (*(keyword for keyword in keywords if keyword != asked), period)
