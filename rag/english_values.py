"""An English answer's values: a Japanese value as an English reader writes it (「2026年12月30日」 →
"December 30, 2026", 「5,386百万円」 → "5,386 million yen"), whether an answer reads as English at all, and
whether it gives only names where a figure is asked."""

from __future__ import annotations

import re
from decimal import Decimal

from rag.asked import asked_kinds
from rag.claims import extract_claims

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
_JAPANESE_DATE = re.compile(r"(?:(?P<year>(?:19|20)\d\d)\s*年\s*)?(?P<month>1[0-2]|0?[1-9])\s*月\s*(?P<day>3[01]|[12]\d|0?[1-9])\s*日")
_SLASHED_DATE = re.compile(r"(?P<year>(?:19|20)\d\d)/(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])")
_COUNT = re.compile(r"(?<![\d,.億万千])(?P<number>\d[\d,]*(?:\.\d+)?)\s*(?P<magnitude>百万|千万|千|万|億)?(?P<unit>円|日間|日|名|人|件|時間|分(?!の)|か月|ヶ月|カ月|年|回|台|個|(?:km|mm|kg)(?![A-Za-z/])|m³)")
# 「5,386百万円」 is 5,386 million yen, 「940千人」 940 thousand people, 「12万円」 120,000 yen.
_MAGNITUDES = {"千": (1, "thousand"), "百万": (1, "million"), "万": (10_000, ""), "千万": (10, "million"), "億": (100, "million")}
_ENGLISH_UNIT = {"円": "yen", "日間": "days", "日": "days", "名": "people", "人": "people", "件": "cases", "時間": "hours", "分": "minutes",
                 "か月": "months", "ヶ月": "months", "カ月": "months", "年": "years", "回": "times", "台": "units", "個": "items",
                 "km": "km", "m³": "m³", "mm": "mm", "kg": "kg"}


_SPAN_WORDS = re.compile(r"how many years|how long|years? of")


def _magnified(number: str, magnitude: str | None) -> str:
    if not magnitude:
        return number
    times, word = _MAGNITUDES[magnitude]
    value = Decimal(number.replace(",", "")) * times
    written = f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,f}".rstrip("0")
    return f"{written} {word}" if word else written


def in_english(value: str, question: str) -> str:
    """A Japanese value as an English reader writes it, beside the document's own form:
    「2026年12月30日」 → "December 30, 2026", 「20日」 → "20 days" (when days are asked, not
    a date), 「25名」 → "25 people". Empty when there is nothing to say differently."""
    for pattern in (_JAPANESE_DATE, _SLASHED_DATE):
        date = pattern.search(value)
        if date:
            month = _MONTH_NAMES[int(date.group("month")) - 1]
            day = int(date.group("day"))
            return f"{month} {day}, {date.group('year')}" if date.group("year") else f"{month} {day}"
    year = re.fullmatch(r"\s*((?:1[89]|20)\d\d)\s*年(?:度)?\s*(?:[(（][^)）]*[)）])?\s*", value)
    if year and not _SPAN_WORDS.search(question.lower()):
        return year.group(1)  # 「1958年(昭和33年)」 is the year 1958, not "1958 years"
    if span := re.search(r"(\d+)\s*時間\s*(\d+)\s*分", value):  # 「1時間35分」: 1 hour 35 minutes
        return f"{span.group(1)} hour{'' if span.group(1) == '1' else 's'} {span.group(2)} minutes"
    # The figure of the asked kind (「5kgまで800円」 asked how much: 800 yen), else the first.
    counts = list(_COUNT.finditer(value))
    count = next((found for found in counts if found.group("unit") in asked_kinds(question)), counts[0] if counts else None)
    if count and re.search(r"\d\s*[億万千]\s*\d", value):
        count = None  # 「1億2,000万円」: a figure of two magnitudes is left as written
    if count and not (count.group("unit") == "日" and "date" in asked_kinds(question)):
        return f"{_magnified(count.group('number'), count.group('magnitude'))} {_ENGLISH_UNIT[count.group('unit')]}"
    bare = re.fullmatch(r"\s*(\d[\d,]*)\s*", value)
    asked = asked_kinds(question)
    # A bare number under a column (「定員: 25」) for "how many people": the people are the reader's.
    # (A bare amount is in the thousands or millions of yen the reader asks in; else its unit is not known:
    # a sheet's 「1,074,494」 may well be 千円.)
    magnitude = re.search(r"\b(thousand|million)s?\s+(?:of\s+)?yen\b", question, re.IGNORECASE)
    for unit in ("人", "円", "日間"):
        if bare and unit in asked and len(asked) <= 3 and (unit != "円" or magnitude):
            return f"{bare.group(1)} {magnitude.group(1).lower() + ' ' if unit == '円' else ''}{_ENGLISH_UNIT[unit]}"
    return ""


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
# Japanese characters an English answer may carry: a figure as the document writes it
# (「980グラム」, 「午前9時」) or a name (中央公園) is fine; a sentence is not English.
MAX_CJK_IN_ENGLISH = 6


def reads_as_english(body: str) -> bool:
    """Whether an answer to an English question is English, figures and names aside."""
    prose = body
    for claim in sorted(extract_claims(body), key=lambda claim: claim.start, reverse=True):
        prose = prose[: claim.start] + prose[claim.end :]
    # Two kana of hiragana together are Japanese grammar (「中央公園です。」), whatever the count.
    return len(_CJK.findall(prose)) <= MAX_CJK_IN_ENGLISH and not re.search(r"[\u3040-\u309f]{2}", prose)


# "What is the group-wide prescription target": a figure is asked, whatever the kind; a name
# (the clinic the target was set for) answers nothing.
_ASKS_A_FIGURE = re.compile(r"\b(?:target|goal|quota|budget|total|number|amount|count|figure|percentage)s?\b(?!\s+(?:audience|group|market|customer|user|date|day)s?\b)", re.IGNORECASE)


def names_only_for_a_figure(question: str, body: str) -> bool:
    """Whether an English answer gives only names where the question asks for a figure."""
    asks_a_name = re.match(r"\s*(?:which|who|whom|whose|where)\b", question, re.IGNORECASE)
    return not asks_a_name and bool(_ASKS_A_FIGURE.search(question)) and not any(claim.kind != "name" for claim in extract_claims(body))
