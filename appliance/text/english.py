"""English words of a workplace question, and how Japanese documents write them.

An English question over Japanese documents shares no term with them: Sudachi finds nothing
to match, and the small CPU model's translation drops or garbles the very word that matters
(「海外の日付補給額」 for "the overseas daily allowance for a section manager": 課長 is gone).
This glossary gives the Japanese words a document would use for the English ones, so that
the search, the choice of sentences and the check that the cited passage is about what was
asked (the section manager's row, not the general employee's) work for English too.

Each entry: English phrases (lower case; a final word may take a plural ending), the Japanese
forms a document may write, and whether the phrase names what a question is about (a
subject: 課長, 在宅勤務) or only the kind of value asked (a price, a deadline), which the
documents write in many ways and rag/asked.py checks by the answer's kind instead.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from appliance.text.glossary import ENTRIES as _ENTRIES
from appliance.text.glossary import KIND, QUESTION_WORD, SUBJECT  # noqa: F401 (read as english.SUBJECT elsewhere)
from appliance.text.periods import business_year


@dataclass(frozen=True)
class Term:
    english: str  # the phrase as found in the question
    japanese: tuple[str, ...]  # how a document may write it
    role: str  # SUBJECT, KIND or QUESTION_WORD

    @property
    def subject(self) -> bool:
        return self.role == SUBJECT


def _pattern(phrase: str) -> str:
    words = [re.escape(word) for word in phrase.split()]
    # A plural or third-person ending on the last word: allowances, weighs, claims.
    return r"\b" + r"\s+".join(words) + r"(?:s|es)?\b"


@cache
def _compiled() -> list[tuple[re.Pattern[str], tuple[str, ...], str]]:
    rows = []
    for phrases, japanese, role in _ENTRIES:
        forms = tuple(japanese.split("|"))
        for phrase in phrases.split("|"):
            rows.append((len(phrase), re.compile(_pattern(phrase)), forms, role))
    # Longest phrase first: "section manager" before "manager", "defect rate" before "rate".
    rows.sort(key=lambda row: row[0], reverse=True)
    return [(pattern, forms, role) for _, pattern, forms, role in rows]


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[-_/]", " ", text.lower()))


# Nouns a question also uses as verbs: "How many places does the Kitahara school plan for…?"
# plans nothing named プラン. A verb after do-support and before its preposition; the noun
# after a determiner ("does the plan cover") or before another verb ("does the premium plan include").
_ALSO_VERBS = frozenset({"plan", "plans", "budget", "budgets"})
_DO_SUPPORT = re.compile(r"\b(?:do|does|did|will|would|to)\s+(?:\S+\s+){0,4}$")
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "its", "their", "our", "your", "each", "every", "which", "what", "my"})


def _used_as_a_verb(text: str, match: re.Match[str]) -> bool:
    if match.group(0) not in _ALSO_VERBS:
        return False
    before = text[: match.start()]
    words = before.split()
    after = text[match.end() :].split()
    return bool(_DO_SUPPORT.search(before)) and bool(words) and words[-1] not in _DETERMINERS and after[:1] in (["for"], ["to"], ["on"])


# "sign in March", "check in 2027": a verb and the time it happened, not the phrase (sign in: ログイン).
_A_TIME = re.compile(r"\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|fiscal|fy|(?:19|20)\d{2})\b")


def _a_time_after_in(text: str, match: re.Match[str]) -> bool:
    return match.group(0).endswith(" in") and _A_TIME.match(text, match.end()) is not None


# "a customer who prepays 24 months": anyone who does so, named by what they do (the 前払い
# row), not the customers a document writes of.
def _anyone_who(text: str, match: re.Match[str]) -> bool:
    return re.match(r"\s+who\b", text[match.end():]) is not None and re.search(r"\b(?:a|an|any)\s+$", text[: match.start()]) is not None


# "per night", "a night": what a price is for (1泊), not the night-time (夜間).
def _a_rate(text: str, match: re.Match[str]) -> bool:
    return match.group(0) in ("night", "nights") and re.search(r"\b(?:per|a|each|every|one|two|three|\d+)\s+$", text[: match.start()]) is not None


# "the manager of the Kita shop" is its shop manager (店長), not any manager (管理職).
_MANAGER_OF = re.compile(r"\b(manager|head|director) of (the )?((?:[a-z0-9']+ ){0,3})(shop|store|branch|office|hotel|hall|factory|plant|center|centre|school)\b")


# "the first safe-driving course", "the second session": the 第1回 and 第2回 of a list of sessions.
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6}
_ORDINAL_SESSION = re.compile(
    r"\b(" + "|".join(_ORDINALS) + r")\s+(?:[a-z]+\s+){0,2}?(?:session|course|meeting|round|seminar|class|lecture|briefing|training|event|workshop)s?\b"
)


# "a two-day ticket": days counted, not the one-day "day ticket" (1日券).
_MORE_DAYS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|[2-9]|\d{2,})\s+$")


def _more_days(text: str, match: re.Match[str]) -> bool:
    return match.group(0).startswith("day ") and _MORE_DAYS.search(text[: match.start()]) is not None


def terms(question: str) -> list[Term]:
    """The glossary phrases in an English question, longest first and not overlapping (and an
    ordinal session's 第N回)."""
    text = _MANAGER_OF.sub(lambda match: f"{match.group(4)} {match.group(1)} of {match.group(2) or ''}{match.group(3)}{match.group(4)}", plain(question))
    taken = [False] * len(text)
    found: list[tuple[int, Term]] = []
    for pattern, forms, role in _compiled():
        for match in pattern.finditer(text):
            if any(taken[match.start() : match.end()]) or _used_as_a_verb(text, match) or _a_time_after_in(text, match) or _anyone_who(text, match) or _a_rate(text, match) or _more_days(text, match):
                continue
            for index in range(match.start(), match.end()):
                taken[index] = True
            found.append((match.start(), Term(match.group(0), forms, role)))
    for match in _ORDINAL_SESSION.finditer(text):
        if not taken[match.start()]:
            number = _ORDINALS[match.group(1)]
            found.append((match.start(), Term(match.group(1), (f"第{number}回", f"{number}回目"), SUBJECT)))
    return [term for _, term in sorted(found, key=lambda pair: pair[0])]


def subject_terms(question: str) -> list[Term]:
    """The phrases that say what an English question is about (section manager, work from
    home), without those that only name the kind of value asked (price, deadline)."""
    return [term for term in terms(question) if term.subject]


def japanese_keywords(question: str) -> list[str]:
    """Japanese words to search and choose sentences by: the first form of each phrase found
    (question words aside)."""
    seen: dict[str, None] = {}
    for term in terms(question):
        if term.role != QUESTION_WORD:
            seen.setdefault(term.japanese[0], None)
    return list(seen)


# --- Japanese names written in romaji -------------------------------------------------------
# "Kaede", "Tsunagu", "Harukaze": a product or company name the documents write in katakana
# (or kana). Hepburn syllables, longest first; a word that does not split into them whole
# ("Standard", "Plant") is not a Japanese name.
_ROMAJI = {
    "kya": "キャ", "kyu": "キュ", "kyo": "キョ", "sha": "シャ", "shu": "シュ", "sho": "ショ", "chi": "チ", "tsu": "ツ",
    "cha": "チャ", "chu": "チュ", "cho": "チョ", "nya": "ニャ", "nyu": "ニュ", "nyo": "ニョ", "hya": "ヒャ", "hyu": "ヒュ",
    "hyo": "ヒョ", "mya": "ミャ", "myu": "ミュ", "myo": "ミョ", "rya": "リャ", "ryu": "リュ", "ryo": "リョ", "gya": "ギャ",
    "gyu": "ギュ", "gyo": "ギョ", "bya": "ビャ", "byu": "ビュ", "byo": "ビョ", "pya": "ピャ", "pyu": "ピュ", "pyo": "ピョ",
    "shi": "シ", "ja": "ジャ", "ju": "ジュ", "jo": "ジョ", "ji": "ジ", "fu": "フ",
    "ka": "カ", "ki": "キ", "ku": "ク", "ke": "ケ", "ko": "コ", "sa": "サ", "su": "ス", "se": "セ", "so": "ソ",
    "ta": "タ", "te": "テ", "to": "ト", "na": "ナ", "ni": "ニ", "nu": "ヌ", "ne": "ネ", "no": "ノ",
    "ha": "ハ", "hi": "ヒ", "he": "ヘ", "ho": "ホ", "ma": "マ", "mi": "ミ", "mu": "ム", "me": "メ", "mo": "モ",
    "ya": "ヤ", "yu": "ユ", "yo": "ヨ", "ra": "ラ", "ri": "リ", "ru": "ル", "re": "レ", "ro": "ロ", "wa": "ワ", "wo": "ヲ",
    "ga": "ガ", "gi": "ギ", "gu": "グ", "ge": "ゲ", "go": "ゴ", "za": "ザ", "zu": "ズ", "ze": "ゼ", "zo": "ゾ",
    "da": "ダ", "de": "デ", "do": "ド", "ba": "バ", "bi": "ビ", "bu": "ブ", "be": "ベ", "bo": "ボ",
    "pa": "パ", "pi": "ピ", "pu": "プ", "pe": "ペ", "po": "ポ", "a": "ア", "i": "イ", "u": "ウ", "e": "エ", "o": "オ",
}
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}(?:'s)?\b")
MIN_NAME_SYLLABLES = 2


def katakana(word: str) -> str | None:
    """The katakana for a romaji word (Kaede → カエデ, Tsunagu → ツナグ), or None."""
    word, out, syllables, index = word.lower(), [], 0, 0
    while index < len(word):
        rest = word[index:]
        if rest[0] == "n" and (len(rest) == 1 or rest[1] not in "aiueoy"):
            out.append("ン")
            index += 1
            continue
        if len(rest) > 1 and rest[0] == rest[1] and rest[0] not in "aiueon":
            out.append("ッ")  # a doubled consonant: Hokkaido
            index += 1
            continue
        for size in (3, 2, 1):
            kana = _ROMAJI.get(rest[:size])
            if kana:
                out.append(kana)
                index += size
                syllables += 1
                break
        else:
            return None
    return "".join(out) if syllables >= MIN_NAME_SYLLABLES else None


def _hiragana(text: str) -> str:
    return "".join(chr(ord(char) - 0x60) if "ァ" <= char <= "ヶ" else char for char in text)


def romaji_names(question: str) -> list[str]:
    """Capitalised words that read as Japanese names, in katakana and in hiragana (さいたま)."""
    names: dict[str, None] = {}
    for word in _CAPITALISED.findall(question):
        word = word.removesuffix("'s")
        if word.lower() in _MONTHS:
            continue  # "June" is 6月, no ジュネ
        if terms(word):
            continue  # an English word the glossary knows
        name = katakana(word)
        if name:
            names.setdefault(name, None)
            names.setdefault(_hiragana(name), None)
    return list(names)


# Names a document writes in Latin letters as the question does: HACCP, QC, A320neo, T-12,
# ISO. Two capitals, or letters then digits; "I", a capitalised first word and a figure
# (350ml, 100GB: japanese_figures) are no such name.
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9-])(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Za-z]+-?\d[A-Za-z0-9]*)(?![A-Za-z0-9])")


def latin_names(question: str) -> list[str]:
    """The names an English question writes in Latin letters that a Japanese document may
    write the same way (「HACCP基礎研修」 for "the HACCP basic training")."""
    return list(dict.fromkeys(_LATIN_NAME.findall(question)))


# --- words a dictionary gives, and the dates a question writes --------------------------------
# Words that are no phrase of their own: "the price of the sauce" is looked up as "price" and
# "sauce", never "of"; inside a phrase they may stand ("head of household").
_STOPWORDS = frozenset(
    "a an the of in on at to for from by with and or is are was were be been being do does did "
    "what which who whom whose when where why how many much long will would can could should may "
    "must shall i we you he she it they my our your their its this that these those there here "
    "get gets got have has had after before about into than then per each any all some no not".split()
)
_WORD = re.compile(r"[a-z][a-z0-9'-]*")
MAX_PHRASE_WORDS = 4


def singular_forms(word: str) -> list[str]:
    forms = [word.removesuffix("'s")]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
    return list(dict.fromkeys(forms))


_KATAKANA_WORD = re.compile(r"[ァ-ヶー]+")


def writes(form: str, text: str) -> bool:
    """Whether the text writes the Japanese word: a katakana word as a whole word (デー is not
    written by データ), any other as it stands."""
    if _KATAKANA_WORD.fullmatch(form):
        return re.search(f"(?<![ァ-ヶー]){re.escape(form)}(?![ァ-ヶー])", text) is not None
    # 株式 ("share") is not written by a company's 「株式会社」, nor 会社 by it only.
    return form in _COMPANY_FORM.sub("", text) if form in _COMPANY_FORM_WORDS else form in text


def _with_hiragana(forms: list[str], vocabulary: str) -> list[str]:
    """The dictionary's forms, each katakana one followed by its hiragana where the vocabulary
    writes that as a word of its own: "grape" is ブドウ there, 「品目: ぶどう」 in a price list."""
    found = []
    for form in forms:
        found.append(form)
        kana = _hiragana(form)
        if _KATAKANA_WORD.fullmatch(form) and "ー" not in form and len(form) > 1 and re.search(f"(?<![ぁ-ゖ]){kana}(?![ぁ-ゖ])", vocabulary):
            found.append(kana)
    return found


# An adjective's form a dictionary gives with its suffix (歯科用 for "dental", 医療用 for
# "medical"): a document writes the noun (歯科処置).
_ADJECTIVE_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff]{2})[用的]$")


def _with_stems(forms: list[str]) -> list[str]:
    return list(dict.fromkeys(form for japanese in forms for form in (japanese, _ADJECTIVE_SUFFIX.sub("", japanese))))


_COMPANY_FORM = re.compile(r"株式会社|有限会社|合同会社")
_COMPANY_FORM_WORDS = frozenset({"株式", "株", "会社", "有限", "合同"})


def dictionary_keywords(question: str, vocabulary: str) -> list[str]:
    """The Japanese EDICT gives for the question's words and phrases (longest first) that
    the vocabulary, the text of the passages found for it, writes: 出荷 for "shipment",
    岡山 for "Okayama", 苦情 and クレーム for "complaints"."""
    return list(dict.fromkeys(form for forms in dictionary_phrases(question, vocabulary) for form in forms))


def dictionary_phrases(question: str, vocabulary: str) -> list[list[str]]:
    """dictionary_keywords a phrase at a time: for each of the question's words and phrases
    that the vocabulary writes, the forms it writes (["研修", "講習"] for "training")."""
    return [list(forms) for _, forms in _dictionary_phrases(question, vocabulary)]


# "not the head of household", "other than managers", "except part-timers", "non-members":
# the words before a phrase that ask for everyone but what it names (世帯主以外).
_NEGATIONS = (("not",), ("non",), ("except",), ("excluding",), ("other", "than"), ("except", "for"), ("besides",))
_ARTICLES = frozenset({"a", "an", "the"})


def negated_phrases(question: str, vocabulary: str) -> list[list[str]]:
    """The dictionary_phrases a negation stands before: ["世帯主"] for "an employee who is
    not the head of household"."""
    words = _WORD.findall(plain(question))
    negated = []
    for start, forms in _dictionary_phrases(question, vocabulary):
        # Back over the phrase's own noun phrase ("not the head of household" finds
        # "household"): articles and "of" freely, two other words at most.
        before, others = start, 0
        while not _negation_ends_at(words, before) and before and (
            words[before - 1] in _ARTICLES or words[before - 1] == "of" or (words[before - 1] not in _STOPWORDS and others < 2)
        ):
            others += words[before - 1] not in _ARTICLES and words[before - 1] != "of"
            before -= 1
        if _negation_ends_at(words, before):
            negated.append(list(forms))
    return negated


def _negation_ends_at(words: list[str], end: int) -> bool:
    return any(tuple(words[max(end - len(negation), 0) : end]) == negation for negation in _NEGATIONS)


@lru_cache(maxsize=64)
def _dictionary_phrases(question: str, vocabulary: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    # One answer asks for each shown sentence over the same shown text (rag/english_answers.py).
    from appliance.text import dictionary

    words = _WORD.findall(plain(question))
    # A phrase the glossary gives a form for that the passages write keeps only the dictionary's
    # forms the glossary gives it too: "credits" is 単位 there, not the dictionary's 金融; "taxi"
    # keeps タクシー.
    glossed: dict[str, set[str]] = {}
    for term in terms(question):
        if any(writes(form, vocabulary) for form in term.japanese):
            for word in _WORD.findall(term.english):
                glossed.setdefault(word, set()).update(term.japanese)
    found: list[tuple[int, tuple[str, ...]]] = []
    start = 0
    while start < len(words):
        for size in range(min(MAX_PHRASE_WORDS, len(words) - start), 0, -1):
            phrase = words[start : start + size]
            if phrase[0] in _STOPWORDS or phrase[-1] in _STOPWORDS:
                continue
            head = " ".join(phrase[:-1])
            written = [
                japanese
                for last in singular_forms(phrase[-1])
                for japanese in _with_hiragana(_with_stems(dictionary.japanese_for(f"{head} {last}".strip())), vocabulary)
                if writes(japanese, vocabulary)
            ]
            if set(phrase) <= set(glossed):
                allowed = set().union(*(glossed[word] for word in phrase))
                written = [form for form in written if any(form in other or other in form for other in allowed)]
            if written:
                found.append((start, tuple(dict.fromkeys(written))))
                start += size
                break
        else:
            start += 1
    return tuple(found)


_MONTHS = {
    name: number
    for number, names in enumerate(
        ("january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul", "august aug",
         "september sep sept", "october oct", "november nov", "december dec"),
        start=1,
    )
    for name in names.split()
}
_MONTH_NAME = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = re.compile(rf"\b(?P<month>{_MONTH_NAME})\.?(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b", re.IGNORECASE)
_FISCAL = re.compile(r"\b(?:fiscal(?:\s+year)?|fy)\s*(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
# "at the end of fiscal 2026", "as of the end of FY2026": a stock counted then (蔵書冊数 2026年度末), not the year's flow.
_END_OF = re.compile(r"\bend\s+of\s+(?:the\s+)?$", re.IGNORECASE)


_SPAN = re.compile(r"\b(?P<years>\d{1,2})[\s-]+years?(?:\s+and\s+(?P<months>\d{1,2})\s+months?)?\b|\b(?P<only>\d{1,2})[\s-]+months?\b", re.IGNORECASE)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b(?=[\s-]+(?:years?|months?|days?|hours?|weeks?|people|persons|times)\b)", re.IGNORECASE)
_UNITS = {"yen": "円", "days": "日", "day": "日", "hours": "時間", "hour": "時間", "minutes": "分", "minute": "分",
          "people": "人", "persons": "人", "employees": "人", "weeks": "週間", "week": "週間", "percent": "%", "%": "%"}
# (And hyphened before a noun: "a one-day pass", "a 3-hour course" are 1日, 3時間.)
_WITH_UNIT = re.compile(r"(?<![\d.,])(?P<number>\d[\d,]*(?:\.\d+)?)\s*-?\s*(?P<unit>yen|days?|hours?|minutes?|people|persons|employees|weeks?|percent|%)(?![a-z])", re.IGNORECASE)


# A size: "1-liter", "300 ml", "2 kg", "50 GB" → 1L, 300ml, 2kg, 50GB (compared without case).
_MEASURE = re.compile(r"(?<![\d.,])(?P<number>\d+(?:\.\d+)?)\s*-?\s*(?P<unit>ml|millilit(?:er|re)s?|l|lit(?:er|re)s?|kg|kilograms?|g|grams?|gb|mb|tb|mm|cm|km|m³|m3|cubic met(?:er|re)s?|jo|tatami(?: mats?)?|tsubo)(?![\w³])", re.IGNORECASE)
# A band: "between 11 and 20 m³", "from 21 to 50 cubic metres" (a table's 「11〜20m³」 column).
_BAND = re.compile(r"\b(?:between|from)\s+(?P<low>\d[\d,]*)\s*(?:and|to)\s+(?P<high>\d[\d,]*)\s*(?P<unit>m³|m3|cubic met(?:er|re)s?)?", re.IGNORECASE)
_MEASURES = {"m3": "m³", "cubic meter": "m³", "cubic meters": "m³", "cubic metre": "m³", "cubic metres": "m³", "l": "L", "liter": "L", "liters": "L", "litre": "L", "litres": "L", "milliliter": "ml", "milliliters": "ml", "millilitre": "ml",
             "millilitres": "ml", "kilogram": "kg", "kilograms": "kg", "gram": "g", "grams": "g", "gb": "GB", "mb": "MB", "tb": "TB",
             "jo": "帖", "tatami": "畳", "tatami mat": "畳", "tatami mats": "畳", "tsubo": "坪"}  # a room's size: 2.0帖 (or 2.0畳)


def japanese_figures(question: str) -> list[str]:
    """Spans and figures with their unit as a Japanese document writes them: "6 years and
    6 months" → 6年6か月, "60 hours" → 60時間, "350 yen" → 350円."""
    found: dict[str, None] = {}
    question = _NUMBER_WORD.sub(lambda word: str(_NUMBER_WORDS[word.group(1).lower()]), question)
    for match in _SPAN.finditer(question):
        if match.group("only"):
            found.setdefault(f"{match.group('only')}か月", None)
        else:
            found.setdefault(f"{match.group('years')}年" + (f"{match.group('months')}か月" if match.group("months") else ""), None)
    for match in _WITH_UNIT.finditer(question):
        found.setdefault(f"{match.group('number')}{_UNITS[match.group('unit').lower()]}", None)
    for match in _MEASURE.finditer(question):
        unit = match.group("unit").lower()
        found.setdefault(f"{match.group('number')}{_MEASURES.get(unit, unit)}", None)
        if unit == "jo":
            found.setdefault(f"{match.group('number')}畳", None)
    for match in _BAND.finditer(question):
        unit = (match.group("unit") or "").lower()
        found.setdefault(f"{match.group('low')}〜{match.group('high')}{_MEASURES.get(unit, unit)}", None)
    return list(found)


_RELATIVE_YEAR = re.compile(r"\b(?P<which>this|current|last|previous|next)\s+(?P<fiscal>fiscal\s+|business\s+)?year\b", re.IGNORECASE)


_BEFORE_A_MONTH = re.compile(r"\b(?:in|of|during|for|since|until|from|through|by|between|and)\s+$")


def japanese_dates(question: str, today: datetime.date | None = None) -> list[str]:
    """The months, days and fiscal years an English question names, as Japanese documents
    write them: "September 2026" → 2026年9月 and 9月, "December 30" → 12月30日 and 12月, "fiscal 2026"
    → 2026年度 ("the end of fiscal 2026" → 2026年度末 first), "this year" → 2026年度 and 2026年 in December 2026. ("May" is a month only
    beside a day or a year, or capitalised after "in", "of", "for"…)"""
    found: dict[str, None] = {}
    for match in _DATE.finditer(question):
        month = _MONTHS[match.group("month").lower()]
        day, year = match.group("day"), match.group("year")
        if match.group("month").lower() == "may" and not (day or year) and not (match.group("month") == "May" and _BEFORE_A_MONTH.search(question[: match.start()])):
            continue  # (「in May」, 「for May of fiscal 2026」 name the month: "How may I…" does not)
        if year:
            found.setdefault(f"{year}年{month}月", None)
        found.setdefault(f"{month}月{day}日" if day else f"{month}月", None)
        found.setdefault(f"{month}月", None)  # "on August 1": the 8月 row of a month's table too
    for match in _FISCAL.finditer(question):
        if _END_OF.search(question[: match.start()]):
            found.setdefault(f"{match.group('year')}年度末", None)
        found.setdefault(f"{match.group('year')}年度", None)
    # "this year", "last fiscal year": today's (business years start in April).
    today = today or datetime.date.today()
    for match in _RELATIVE_YEAR.finditer(question):
        shift = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1}[match.group("which").lower()]
        found.setdefault(f"{business_year(today) + shift}年度", None)
        if not match.group("fiscal"):
            found.setdefault(f"{today.year + shift}年", None)
    return list(found)


_ENGLISH_START = re.compile(r"\s*(?:[A-Z][a-z]+|what|how|when|where|who|which|is|do|does|can)\b", re.IGNORECASE)
# Japanese that says something (a particle joining words, a verb's or a question's ending), not a
# name alone (names hold の and に: 「しののめ保育園」).
_JAPANESE_CLAUSE = re.compile(r"[\u3041-\u309f\u30a1-\u30ff\u4e00-\u9fff](?:は|が|を|から|まで)[\u3041-\u309f\u30a1-\u30ff\u4e00-\u9fff]|ます|です|ください|ました|[？。]")


def english_sentence_naming_japanese(text: str) -> bool:
    """Whether the text begins in English and writes Japanese only as names (appliance.text.japanese.language_of)."""
    return bool(_ENGLISH_START.match(text)) and not _JAPANESE_CLAUSE.search(text)
