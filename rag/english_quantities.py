"""The quantity an English question states, in the unit a Japanese table's bands are written in:
"joint sales of 40 million yen" is 40,000,000円, "12.5 km" 12.5km, "a 70-year-old" 70歳, "7 calls"
7件, "one and a half years of service" 1.5年, "twice a month" 2回 (rag/bands.py reads the rest)."""

from __future__ import annotations

import re


def _number(text: str) -> float:
    return float(text.replace(",", ""))


# An English question's quantity: "joint sales of 40 million yen", "12.5 km", "a 70-year-old", "7 calls", "60 guests".
_ENGLISH_STATED = re.compile(
    r"(?<![\d.,])(?!(?:19|20)\d\d\s+[a-z]+-?[a-z]*\s+(?:people|persons|members|employees|users|drivers|workers|staff|children|students|residents)\b)(\d+(?:,\d{3})*(?:\.\d+)?)\s*(?:(million|thousand)\s+)?(?:or (?:more|fewer|less)\s+)?(yen|km|kilomet(?:er|re)s?|kg|kilograms?|(?:-| )years?(?:-| )old|calls?|cases?|requests?|coins?|sheets?|aligners?|trays?|tickets?|cards?|shirts?|towels?|implants?|tooth|teeth|bottles?|sessions?|lessons?|hours?|minutes?|guests?|(?:(?:registered|enrolled|covered|listed|paying|[a-z]+-[a-z]+|high school|junior high|elementary school|university|college|adult|senior|junior|new)\s+)?(?:people|persons|members|employees|users|drivers|workers|staff|children|students|residents)|participants?|players?|attendees?|flights?|groups?|parties|teams?|(?:apartment\s+|housing\s+)?units|households?|dwellings?|(?:paying\s+)?visitors?|(?:[A-Za-z0-9-]+\s+){0,2}(?:copies|copy|flyers?|leaflets?|brochures?|booklets?|prints?|pages?))\b", re.IGNORECASE
)
_MAGNITUDES = {"million": 1_000_000, "thousand": 1_000}


def _english_unit(word: str) -> str:
    word = word.lower().strip(" -").split()[-1]
    if word.endswith("old"):
        return "歳"
    if word == "yen":
        return "円"
    # Things counted by the counter Japanese counts them with: flat ones 枚 (「20枚以上40枚未満」 for "15
    # aligners"), long ones and teeth 本 (「2本以上4本未満」 for "3 implants").
    # 「対応件数: 6件〜9件」 for "7 calls", 「月13コマ以上」 for "13 or more sessions a month", 「1,001〜3,000部」 for "1,200 colour A4 flyers".
    for prefixes, unit in ((("call", "case", "request"), "件"), (("coin", "sheet", "aligner", "tray", "ticket", "card", "shirt", "towel"), "枚"), (("implant", "tooth", "teeth", "bottle"), "本"), (("session", "lesson"), "コマ"), (("page",), "ページ"), (("cop", "flyer", "leaflet", "brochure", "booklet", "print"), "部")):
        if word.startswith(prefixes):
            return unit
    if word.startswith(("flight", "group", "party", "parties", "team")):
        return "組"  # 「15組以上」 for "15 flights" (a golf group), "a competition of 8 groups"
    if word.startswith(("unit", "household", "dwelling")):
        return "戸"  # 「導入戸数: 100戸以上200戸未満」 for "a building with 100 units"
    word = re.sub(r"^(?:registered|enrolled|covered|listed|paying)\s+", "", word)
    if word.startswith(("guest", "people", "person", "player", "participant", "attendee", "visitor", "member", "employee", "user", "driver", "worker", "staff", "children", "student", "resident")):
        return "人"  # 「人数区分: 50名以上70名未満」 for "60 guests"
    if word.startswith(("hour", "minute")):
        return "分"  # "up to 6 hours": 「6時間まで」, in minutes as the bands are
    return "km" if word == "km" or word.startswith("kilom") else "kg"  # kg, kilogram(s)


# "a group of three players": a count written in words, as digits.
_COUNTED_IN_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten)(?=\s+(?:people|persons|members|players|participants|attendees|guests|visitors|students|employees|staff)\b)", re.IGNORECASE
)


def english_stated(question: str) -> set[tuple[float, str | None]]:
    if len(_COUNTED_IN_WORDS.findall(question)) == 1:  # ("two adults and two children" is no one count)
        question = _COUNTED_IN_WORDS.sub(lambda match: str(int(_ENGLISH_NUMBERS[match.group(1).lower()])), question)
    found = {
        (_number(number) * _MAGNITUDES.get(magnitude.lower(), 1) * (60 if unit.lower().startswith("hour") else 1), _english_unit(unit))
        for number, magnitude, unit in _ENGLISH_STATED.findall(question)
    }
    # "one and a half years of service", "a year and a half", "3 years": a count of 年 (「勤続3年以上」).
    for count, half, later_half, months in _ENGLISH_YEARS.findall(question):  # (and "6 years and 6 months": 6.5)
        if count.lower() in ("a", "an") and not later_half:
            continue  # "1.5 million yen a year": a rate, no count of years
        number = _ENGLISH_NUMBERS.get(count.lower()) if count.lower() in _ENGLISH_NUMBERS else _number(count)
        found.add((round(number + (0.5 if half or later_half else 0.0) + ((_ENGLISH_NUMBERS.get(months.lower()) or _number(months)) / 12 if months else 0.0), 4), "年"))
    # "prepays exactly 24 months", "stores it for 18 months": months paid, kept or rented, in 年 (「24か月以上」).
    found |= {(round(_number(months) / 12, 4), "年") for months in _ENGLISH_MONTHS.findall(question)}
    # "an adult aged 18-64", "aged 70": an age (「18歳以上64歳以下」 holds the range's first year).
    found |= {(_number(low), "歳") for low in _ENGLISH_AGED.findall(question)}
    # "three times a week", "twice a month": a count of 回 (「週3回」).
    return found | {(float(_TIMES.get(times.lower(), 0) or int(re.sub(r"\D", "", times))), "回") for times in _ENGLISH_TIMES.findall(question)}


_ENGLISH_YEARS = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)(\s+and\s+a\s+half)?[\s-]+years?\b(?![\s-]*old)(\s+and\s+a\s+half)?(?:,?\s+and\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+months?)?", re.IGNORECASE)
_ENGLISH_MONTHS = re.compile(r"\b(?:prepa(?:y|ys|id|ying)|pa(?:y|ys|id|ying)|rents?|rented|renting|stores?|stored|storing|keeps?|kept|keeping|for)\s+(?:exactly\s+|about\s+|around\s+)?(\d{1,2})[\s-]+months?\b", re.IGNORECASE)
_ENGLISH_AGED = re.compile(r"\bage(?:d)?\s+(\d{1,3})(?:\s*(?:-|–|to)\s*\d{1,3})?\b", re.IGNORECASE)
_ENGLISH_NUMBERS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0}
_ENGLISH_TIMES = re.compile(r"\b(once|twice|(?:\d+|one|two|three|four|five|six|seven) times?)\s+(?:a|per|each|every)\s+(?:week|month)\b", re.IGNORECASE)
_TIMES = {"once": 1, "twice": 2, "one time": 1, "two times": 2, "three times": 3, "four times": 4, "five times": 5, "six times": 6, "seven times": 7}
