"""Excel number formats: a cell's value as Excel shows it (`displayed`), its format code read
here, since openpyxl hands back the raw value and the code and renders neither.

Separators, decimals, percentages, currency, negatives in red or with △, text sections, and
dates with 和暦 (令和8年4月1日), weekdays and elapsed times; the built-in ids Japanese Excel
uses for its dates are given their Japanese meaning. A format this does not render (fractions,
exponents, [DBNum] 漢数字...) gives the plain value.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

__all__ = ["displayed"]


def _cell_text(value: Any) -> str:
    import datetime

    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(sep=" ")
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return " ".join(str(value).split())


# Built-in number formats as Japanese Excel shows them. A workbook names these by id alone;
# openpyxl knows the US meaning of 5–8 ("$") and 14 (mm-dd-yy) and nothing of 27–36 and 50–58,
# the ids Japanese Excel gives its 和暦 and 年月日 dates.
_JAPANESE_BUILTIN_FORMATS: dict[int, str] = {
    5: '"¥"#,##0;"¥"-#,##0', 6: '"¥"#,##0;[Red]"¥"-#,##0',
    7: '"¥"#,##0.00;"¥"-#,##0.00', 8: '"¥"#,##0.00;[Red]"¥"-#,##0.00',
    14: "yyyy/m/d", 22: "yyyy/m/d h:mm",
    27: "[$-411]ge.m.d", 28: '[$-411]ggge"年"m"月"d"日"', 29: '[$-411]ggge"年"m"月"d"日"',
    30: "m/d/yy", 31: 'yyyy"年"m"月"d"日"', 32: 'h"時"mm"分"', 33: 'h"時"mm"分"ss"秒"',
    34: 'yyyy"年"m"月"', 35: 'm"月"d"日"', 36: "[$-411]ge.m.d",
    50: "[$-411]ge.m.d", 51: '[$-411]ggge"年"m"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"',
    54: '[$-411]ggge"年"m"月"d"日"', 55: 'yyyy"年"m"月"', 56: 'm"月"d"日"',
    57: "[$-411]ge.m.d", 58: '[$-411]ggge"年"m"月"d"日"',
}

# (first day, name, initial) of each Japanese era Excel's 'g'/'e' codes can show, newest first.
_JAPANESE_ERAS: tuple[tuple[tuple[int, int, int], str, str], ...] = (
    ((2019, 5, 1), "令和", "R"), ((1989, 1, 8), "平成", "H"), ((1926, 12, 25), "昭和", "S"),
    ((1912, 7, 30), "大正", "T"), ((1868, 9, 8), "明治", "M"),
)
_WEEKDAYS_JAPANESE = "月火水木金土日"
_WEEKDAYS_ENGLISH = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS_ENGLISH = ("January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December")
_DATE_LETTERS = frozenset("ymdhsgea")
_COLOURS = re.compile(r"^(?:black|blue|cyan|green|magenta|red|white|yellow|color\s*\d+)$", re.IGNORECASE)


class _UnknownFormat(Exception):
    """A number format this reader does not render (fractions, exponents, 漢数字 [DBNum]...)."""


@functools.lru_cache(maxsize=512)  # a workbook uses a handful of formats over many cells
def _format_sections(code: str) -> tuple[str, ...]:
    """The ';'-separated parts of a format code (positive; negative; zero; text), quotes kept."""
    sections, current, quoted, escaped = [], [], False, False
    for character in code:
        if escaped:
            escaped = False
        elif character == "\\" and not quoted:
            escaped = True
        elif character == '"':
            quoted = not quoted
        elif character == ";" and not quoted:
            sections.append("".join(current))
            current = []
            continue
        current.append(character)
    sections.append("".join(current))
    return tuple(sections)


@functools.lru_cache(maxsize=512)
def _format_tokens(section: str) -> tuple[tuple[str, str], ...]:
    """(kind, text) pieces of one section: literal, digit (0 # ?), point, comma, percent,
    general, date (a run of one date letter), elapsed ([h] [mm] [ss]), ampm, colour."""
    tokens: list[tuple[str, str]] = []
    index = 0
    while index < len(section):
        character = section[index]
        lower = character.lower()
        if character == '"':
            end = section.find('"', index + 1)
            end = len(section) if end < 0 else end
            tokens.append(("literal", section[index + 1:end]))
            index = end + 1
        elif character == "\\":
            tokens.append(("literal", section[index + 1:index + 2]))
            index += 2
        elif character in "_*":  # padding to a character's width, and fill: nothing a reader reads
            index += 2
        elif character == "[":
            end = section.find("]", index)
            if end < 0:
                raise _UnknownFormat(section)
            inner = section[index + 1:end]
            if re.fullmatch(r"h+|m+|s+", inner, re.IGNORECASE):
                tokens.append(("elapsed", inner.lower()))
            elif inner.startswith("$"):  # [$¥-411]: a currency symbol and a locale; [$-411] a locale only
                tokens.append(("literal", inner[1:].partition("-")[0]))
            elif _COLOURS.match(inner):
                tokens.append(("colour", inner))
            else:  # conditions ([>=100]) and [DBNum1] 漢数字
                raise _UnknownFormat(section)
            index = end + 1
        elif character in "0#?":
            tokens.append(("digit", character))
            index += 1
        elif character in ".,%":
            tokens.append(({".": "point", ",": "comma", "%": "percent"}[character], character))
            index += 1
        elif character == "/" and tokens and tokens[-1][0] == "digit":
            raise _UnknownFormat(section)  # a fraction, # ?/?
        elif lower == "e" and section[index + 1:index + 2] in ("+", "-"):
            raise _UnknownFormat(section)  # scientific, 0.00E+00
        elif section[index:index + 7].lower() == "general":
            tokens.append(("general", ""))
            index += 7
        elif section[index:index + 5].upper() == "AM/PM":
            tokens.append(("ampm", "AM/PM"))
            index += 5
        elif section[index:index + 3].upper() == "A/P":
            tokens.append(("ampm", "A/P"))
            index += 3
        elif lower in _DATE_LETTERS:
            end = index
            while end < len(section) and section[end].lower() == lower:
                end += 1
            tokens.append(("date", section[index:end].lower()))
            index = end
        else:
            tokens.append(("literal", character))
            index += 1
    return tuple(tokens)


def _general_number(value: float | int) -> str:
    """A number as Excel's General format shows it: no float noise (0.1+0.2 is 0.3)."""
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:.15g}"
        return text if "e" not in text else _cell_text(value)
    return _cell_text(value)


@dataclass(frozen=True)
class _NumberPlan:
    """What one number section does to a value, worked out once per format code."""

    integer_places: tuple[int, ...]  # token indexes of the digit places before the point
    number_at: int | None  # the token the whole number is written at (None: no digits)
    point: int | None
    factor: Decimal  # x100 per '%', /1000 per comma after the last digit ('#,##0,"千円"')
    quantum: Decimal  # one unit of the last decimal place
    required_decimals: int  # '0' places after the point; '#' ones drop trailing zeros
    minimum_integer_digits: int
    grouping: bool  # a comma between integer places: thousands separators
    interleaved: bool  # literals between integer places: 000-0000


@functools.lru_cache(maxsize=512)
def _number_plan(tokens: tuple[tuple[str, str], ...]) -> _NumberPlan:
    if any(kind in ("date", "elapsed", "ampm") for kind, _text in tokens):
        raise _UnknownFormat("a date code among digits")
    digits = [index for index, (kind, _text) in enumerate(tokens) if kind == "digit"]
    point = next((index for index, (kind, _text) in enumerate(tokens) if kind == "point"), None)
    integer_places = tuple(index for index in digits if point is None or index < point)
    decimal_places = [index for index in digits if point is not None and index > point]
    scaling = 0
    for kind, _text in tokens[digits[-1] + 1:] if digits else ():
        if kind == "comma":
            scaling += 1
        elif kind in ("digit", "point"):
            break
    percents = sum(1 for kind, _text in tokens if kind == "percent")
    if not digits:
        number_at = None
    elif integer_places:
        number_at = integer_places[0]
    else:
        number_at = point if point is not None else digits[0]
    return _NumberPlan(
        integer_places=integer_places,
        number_at=number_at,
        point=point,
        factor=Decimal(100) ** percents / Decimal(1000) ** scaling,
        quantum=Decimal(1).scaleb(-len(decimal_places)),
        required_decimals=sum(1 for index in decimal_places if tokens[index][1] == "0"),
        minimum_integer_digits=sum(1 for index in integer_places if tokens[index][1] == "0"),
        grouping=bool(integer_places) and any(
            kind == "comma" and integer_places[0] < index < integer_places[-1]
            for index, (kind, _text) in enumerate(tokens)),
        interleaved=bool(integer_places) and any(
            kind == "literal" for kind, _text in tokens[integer_places[0]:integer_places[-1]]),
    )


def _render_number(tokens: tuple[tuple[str, str], ...], magnitude: Decimal, value: float | int) -> str:
    """The section's text for a non-negative `magnitude`."""
    plan = _number_plan(tokens)
    pieces: dict[int, str] = {}
    if plan.number_at is not None:
        # Excel rounds half away from zero (2.5 is 3), not to even as format() does.
        rounded = (magnitude * plan.factor).quantize(plan.quantum, rounding=ROUND_HALF_UP)
        integer_digits, _, fraction = format(rounded, "f").partition(".")
        fraction = fraction[:plan.required_decimals] + fraction[plan.required_decimals:].rstrip("0")
        integer_digits = integer_digits.lstrip("0").rjust(plan.minimum_integer_digits, "0")
        if plan.interleaved:  # 000-0000: digits fill the places from the right, the rest go left
            remaining = integer_digits
            for index in reversed(plan.integer_places[1:]):
                pieces[index], remaining = remaining[-1:], remaining[:-1]
            pieces[plan.integer_places[0]] = remaining
        else:
            pieces[plan.number_at] = (f"{int(integer_digits):,}" if plan.grouping and integer_digits
                                      else integer_digits)
        if plan.point is not None:
            pieces[plan.point] = pieces.get(plan.point, "") + ("." + fraction if fraction else "")
    out: list[str] = []
    for index, (kind, text) in enumerate(tokens):
        if kind == "literal":
            out.append(text)
        elif kind == "percent":
            out.append("%")
        elif kind == "general":
            out.append(_general_number(abs(value)))
        elif kind in ("digit", "point"):
            out.append(pieces.get(index, ""))
    return "".join(out)


def _number_text(code: str, value: float | int) -> str:
    sections = _format_sections(code)
    if value < 0 and len(sections) >= 2:
        tokens = _format_tokens(sections[1])
        text = _render_number(tokens, Decimal(repr(-value)), value)
        shown_negative = any(kind == "literal" and any(mark in literal for mark in "-−△▲(（")
                             for kind, literal in tokens)
        # A negative part in red with no sign of its own: the index has no colour, so a
        # minus says what the red said.
        if not shown_negative and any(kind == "colour" for kind, _text in tokens) and text:
            text = "-" + text
        return text
    if value == 0 and len(sections) >= 3:
        return _render_number(_format_tokens(sections[2]), Decimal(0), value)
    text = _render_number(_format_tokens(sections[0]), Decimal(repr(abs(value))), value)
    if value < 0 and any(character in "123456789" for character in text):
        text = "-" + text
    return text


def _date_parts(value: Any) -> tuple[Any, Any]:
    """(datetime, timedelta or None) for a date, time, datetime or duration cell value."""
    import datetime

    if isinstance(value, datetime.timedelta):
        return datetime.datetime(1899, 12, 30) + value, value
    if isinstance(value, datetime.datetime):
        return value, None
    if isinstance(value, datetime.date):
        return datetime.datetime.combine(value, datetime.time()), None
    if isinstance(value, datetime.time):
        return datetime.datetime.combine(datetime.date(1899, 12, 30), value), None
    raise _UnknownFormat(repr(value))


def _japanese_era(moment: Any) -> tuple[str, str, int]:
    for (year, month, day), name, initial in _JAPANESE_ERAS:
        if (moment.year, moment.month, moment.day) >= (year, month, day):
            return name, initial, moment.year - year + 1
    raise _UnknownFormat("before 明治")


def _render_date(tokens: tuple[tuple[str, str], ...], value: Any) -> str:
    moment, duration = _date_parts(value)
    twelve_hour = any(kind == "ampm" for kind, _text in tokens)
    time_kinds = [(index, text[0]) for index, (kind, text) in enumerate(tokens) if kind in ("date", "elapsed")]
    out: list[str] = []
    for index, (kind, text) in enumerate(tokens):
        if kind in ("literal", "point", "comma", "percent"):  # ge.m.d: the dots are the form's own
            out.append(text)
        elif kind == "colour":
            continue
        elif kind == "elapsed":
            seconds = int(duration.total_seconds()) if duration is not None else (
                moment.hour * 3600 + moment.minute * 60 + moment.second)
            amount = {"h": seconds // 3600, "m": seconds // 60, "s": seconds}[text[0]]
            out.append(str(amount).rjust(len(text), "0"))
        elif kind == "ampm":
            morning = moment.hour < 12
            out.append(("AM" if morning else "PM") if text == "AM/PM" else ("A" if morning else "P"))
        elif kind == "date":
            letter, width = text[0], len(text)
            position = [place for place, (token_index, _letter) in enumerate(time_kinds) if token_index == index][0]
            before = time_kinds[position - 1][1] if position > 0 else ""
            after = time_kinds[position + 1][1] if position + 1 < len(time_kinds) else ""
            if letter == "y":
                out.append(str(moment.year) if width > 2 else f"{moment.year % 100:02d}")
            elif letter == "m" and width <= 2 and (before == "h" or after == "s"):
                out.append(f"{moment.minute:0{width}d}")
            elif letter == "m":
                month = moment.month
                out.append({1: str(month), 2: f"{month:02d}", 3: _MONTHS_ENGLISH[month - 1][:3],
                            5: _MONTHS_ENGLISH[month - 1][0]}.get(width, _MONTHS_ENGLISH[month - 1]))
            elif letter == "d":
                weekday = moment.weekday()
                out.append({1: str(moment.day), 2: f"{moment.day:02d}", 3: _WEEKDAYS_ENGLISH[weekday][:3]}.get(
                    width, _WEEKDAYS_ENGLISH[weekday]))
            elif letter == "a":
                if width < 3:
                    raise _UnknownFormat(text)
                weekday = _WEEKDAYS_JAPANESE[moment.weekday()]
                out.append(weekday if width == 3 else weekday + "曜日")
            elif letter == "h":
                hour = (moment.hour % 12 or 12) if twelve_hour else moment.hour
                out.append(f"{hour:0{min(width, 2)}d}")
            elif letter == "s":
                out.append(f"{moment.second:0{min(width, 2)}d}")
            elif letter == "e":
                _name, _initial, era_year = _japanese_era(moment)
                out.append(f"{era_year:0{min(width, 2)}d}")
            elif letter == "g":
                name, initial, _era_year = _japanese_era(moment)
                out.append(initial if width == 1 else name[0] if width == 2 else name)
        else:
            raise _UnknownFormat(text)
    return "".join(out)


def _is_date_format(tokens: tuple[tuple[str, str], ...]) -> bool:
    return any(kind in ("date", "elapsed") for kind, _text in tokens)


def _number_format(cell: Any) -> str:
    style = getattr(cell, "style_array", None)
    if style is not None and style.numFmtId in _JAPANESE_BUILTIN_FORMATS:
        return _JAPANESE_BUILTIN_FORMATS[style.numFmtId]
    return getattr(cell, "number_format", None) or "General"


def displayed(cell: Any) -> str:
    """The cell's text as Excel shows it: 「389,120」 for 389120 in '#,##0', 93.9% for 0.939 in
    '0.0%', 令和8年4月1日 for a date in 'ggge"年"m"月"d"日"'. A format this does not render
    gives the plain value (`_cell_text`)."""
    import datetime

    value = getattr(cell, "value", None)
    if value is None or isinstance(value, (str, bool)):
        return _cell_text(value)
    code = _number_format(cell)
    try:
        if code.lower() == "general":
            return _general_number(value) if isinstance(value, (int, float)) else _cell_text(value)
        sections = _format_sections(code)
        if isinstance(value, (datetime.datetime, datetime.date, datetime.time, datetime.timedelta)):
            tokens = _format_tokens(sections[0])
            return " ".join(_render_date(tokens, value).split()) if _is_date_format(tokens) else _cell_text(value)
        if not isinstance(value, (int, float)):
            return _cell_text(value)
        first = _format_tokens(sections[0])
        if _is_date_format(first):
            # A built-in Japanese date id that openpyxl left as a serial number.
            from openpyxl.utils.datetime import from_excel

            epoch = getattr(getattr(getattr(cell, "parent", None), "parent", None), "epoch", None)
            moment = from_excel(value, epoch) if epoch is not None else from_excel(value)
            return " ".join(_render_date(first, moment).split())
        return " ".join(_number_text(code, value).split())
    except (_UnknownFormat, ArithmeticError, ValueError, OverflowError, IndexError, KeyError):
        return _cell_text(value)
