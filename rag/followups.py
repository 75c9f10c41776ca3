"""Follow-up questions: what to search for, and when a model's rewrite may be trusted.

The user's own question always goes into the answer prompt, with the recent turns as context
(rag/prompts.py). Only the search needs a standalone query. Two ways to get one:

* joined (the default): the question as asked, and the question joined to the previous user
  turn; both are searched and the one whose best passage is closer wins. No LLM call, so a
  follow-up costs no more than a first question (about 30 s less on the CPU model).
* rewritten (FOLLOWUP_REWRITE=on): the model rewrites the follow-up, and the rewrite is used
  only if `rewrite_is_safe` accepts it. On the 0.5B model a rewrite once came back as an
  answer with an invented citation (「参加費は100万円です。 [2]」) and was then searched for
  and asked as if the user had typed it.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Sequence

from django.utils import timezone

from appliance.text.endings import common_ending
from appliance.text.japanese import TABLE_CELL_SEPARATOR, language_of, nouns, words
from appliance.text.periods import business_year
from rag.bands import stated_phrase
from rag.citations import CITATION
from rag.claims import extract_claims, is_supported
from rag.quoting import named_cells, subject_terms
from rag.retrieval import Passage

# Ends like a question, or asks with a question word: a rewrite that is a statement is an
# answer in disguise.
_QUESTION_END = re.compile(r"(?:[?？]|か|かな|ですか|ますか|の|でしょうか)\s*[。.]?\s*$")
_QUESTION_WORD = re.compile(
    r"(?:いつ|どこ|だれ|誰|何|なに|なん|いくら|いくつ|どの|どう|どれ|どんな|なぜ|何故|"
    r"\b(?:what|when|where|who|whom|which|why|how|is|are|can|do|does|did|should|may)\b)",
    re.IGNORECASE,
)
MAX_REWRITE_CHARS = 200


def previous_user_turn(history: Sequence[dict[str, str]]) -> str | None:
    for turn in reversed(history):
        if turn.get("role") == "user" and turn.get("content", "").strip():
            return turn["content"].strip()
    return None


def search_queries(question: str, history: Sequence[dict[str, str]]) -> list[str]:
    """The question as asked first; for a follow-up, also the question joined to the turn
    before it, which carries the subject an elliptical follow-up leaves out."""
    queries = [question]
    previous = previous_user_turn(history)
    if previous and previous != question:
        queries.append(f"{previous} {question}")
    return queries


# A chatty question (the day, the length, what the asker will do) is searched by its things alone too.
MIN_CHATTY_CHARS = 30


def core_query(question: str) -> str | None:
    """The things a long Japanese question names (「日曜日に湯けむりの郷の岩盤浴を1時間半使うと、岩盤浴の
    料金はいくら」: 湯けむりの郷 岩盤浴 料金), as a search of its own; None for a short one or an English one."""
    if len(question) < MIN_CHATTY_CHARS or language_of(question) != "ja":
        return None
    words = [noun.surface for noun in nouns(question) if len(noun.surface) > 1 and not re.search(r"\d", noun.surface)]
    core = " ".join(dict.fromkeys(words))
    return core if core and core != question else None


def _row_keys(passages: Sequence[Passage]) -> str:
    return "\n".join(" ".join(value for _, value in named_cells(line)[:2]) for passage in passages for line in passage.text.splitlines() if TABLE_CELL_SEPARATOR in line)


def keyed_by_more(question: str, found: Sequence[Passage], shown: Sequence[Passage]) -> Passage | None:
    """The first found passage not shown whose table rows key a thing the question names that no
    shown row keys (「種別: 岩盤浴（入浴料に加算）」 beside the shown 手ぶらセット rows); None otherwise."""
    have = {(passage.document_id, passage.order) for passage in shown}
    keyed = _row_keys(shown)
    things = [noun.surface for noun in nouns(question) if len(noun.surface) > 1 and noun.surface not in keyed]
    for passage in found:
        if (passage.document_id, passage.order) not in have and any(thing in _row_keys([passage]) for thing in things):
            return passage
    return None


def rewrite_is_safe(rewrite: str, *, question: str, history: Sequence[dict[str, str]]) -> bool:
    """A rewrite is used only if it is one question, cites nothing, and states no number,
    date, amount or name that neither the question nor the conversation holds."""
    rewrite = rewrite.strip()
    if not rewrite or len(rewrite) > MAX_REWRITE_CHARS or "\n" in rewrite:
        return False
    if CITATION.search(rewrite):
        return False
    if not (_QUESTION_END.search(rewrite) or _QUESTION_WORD.search(rewrite)):
        return False
    known = [question, *(turn.get("content", "") for turn in history)]
    return all(is_supported(claim, known) for claim in extract_claims(rewrite))


# ---------------------------------------------------------------------------------------
# The follow-up as one standalone question, without a model
# ---------------------------------------------------------------------------------------
# 「課長だといくら？」 after 「部長が東京23区に出張して泊まる場合、宿泊料の上限はいくら？」 means
# 「課長が東京23区に出張して泊まる場合、宿泊料の上限はいくら？」: a Japanese follow-up names the
# one thing that changes and leaves the rest to the previous question. The answer's checks
# (what the question is about, which row, which column, what kind of value) need the whole
# question; so does the choice of sentences. It is made by substitution in the user's own
# words: nothing in it is a word neither of them wrote.

# What opens a follow-up and adds nothing: 「じゃあ」, 「それの」, 「その期の」.
_OPENING = re.compile(r"^(?:じゃあ|じゃ|では|それでは|それなら|なら|あと|ちなみに|ところで|で)[、,\s]*")
_REFERRING = re.compile(r"^(?:それの|それって|それは|その期の|その時の|そのときの|その|この|同じ)")
# 「Xは？」, 「Xだと？」, 「Xの場合は？」, 「Xのほうは何人？」: X, then what is asked about it.
_CONTRAST = re.compile(r"^(?P<thing>.+)(?P<particle>(?:の場合|のほう|の方|について)?(?:だったら|でしたら|の時は|のときは|だと|なら|では|でも|って|は))(?P<ask>.*)$")
# The same done with another figure: 「12か月分を前払いしたら？」, 「30人で申し込むと？」.
_ANOTHER_FIGURE_DONE = re.compile(r"(\d[\d.,]*\s*[^\d\s、。をでがはにの]{1,4}?)分?(?!以上|以下|未満|超|まで)(?:を|で|に)?[^\d、。]{0,12}?(?:たら|だら|[うくぐすつぬぶむる]と|れば|たとき|た場合)[?？。]?")
# An ask that asks nothing new: 「は？」, 「どうですか」.
_NO_ASK = re.compile(r"^(?:どう(?:ですか|でしょうか|なの|なっていますか)?|いかが(?:ですか)?)?[?？。.\s]*$")
# Words that place a question in time; one replaces another (去年 for 今年, 先月 for 9月).
_TIME = re.compile(
    r"(?:(?:(?:19|20)\d{2}|(?:令和|平成)(?:\d{1,2}|元))年度?(?:上期|下期|上半期|下半期)?|\d{1,2}月(?:度|分)?|第?\d四半期|前の年の同じ時期|前の年度?(?=[のはにでも?？]|$)|次の年度?(?=[のはにでも?？]|$)|前年同期|"
    r"去年|昨年度?|前年度?|今年度?|本年度?|来年度?|翌年度?|先月|前月|今月|来月|翌月|今期|前期|来期|上期|下期|上半期|下半期|"
    r"次の月|前の月|\d{1,2}(?:年|か月|ヶ月|カ月)(?:前|後)|"
    r"今回|前回|次回|以前|当初|変更前|改定前|改定後|現在|今|(?<![\u4e00-\u9fff])(?:旧|新しい|新))"  # not the 新 of 更新
)
# Who and where: a 役職 replaces another, a site another (本社 → 工場).
_RANK = re.compile(r"(?:役員|部長|次長|課長|係長|主任|一般社員|正社員|社員|管理職|新入社員|パート|アルバイト|派遣社員|契約社員)$")
_SITE = re.compile(r"(?:本社|支社|支店|工場|事業所|営業所|センター|本部|拠点|店舗)$")
_SITE_FIRST = re.compile(r"[\u4e00-\u9fffァ-ヶー]*?(?:本社|支社|支店|工場|事業所|営業所|センター|本部|拠点|店舗)(?=[\u4e00-\u9fff])")
_HEAD_NOUN = re.compile(r"[\u4e00-\u9fffァ-ヶー]+$")


def _noun_phrases(text: str) -> list[str]:
    """Runs of nouns, numerals, prefixes and suffixes (「東京23区」, 「ミズチ-XL」, 「5年半」),
    as written."""
    phrases, current = [], ""
    for surface, part_of_speech in words(text):
        if part_of_speech[0] in ("名詞", "接頭辞", "接尾辞") or (current and surface in ("-", "‐", ".")):
            current += surface
            continue
        if current:
            phrases.append(current.strip("-‐."))
        current = ""
    if current:
        phrases.append(current.strip("-‐."))
    return [phrase for phrase in phrases if phrase]


_VOLUMES_AND_WEIGHTS = r"(?:ml|ML|mL|l|L|cc|g|kg|mg|リットル|ミリリットル|グラム|キロ|キログラム)"


def _number_counterpart(thing: str, previous: str) -> str | None:
    """The previous question's figure that the follow-up's takes the place of: 「2年半」 for
    「5年半」, 「フェーズ1」 for 「フェーズ3」, 「1L」 for 「300ml」 (a volume for a volume)."""
    if not re.search(r"\d", thing):
        return None
    shape = re.sub(r"\\d(?:\\[.,]|\\d)*|\d[\d.,]*", r"\\d[\\d.,]*", re.escape(thing))
    match = re.search(shape, previous)
    if match is None and (figure := re.match(r"\d[\d.,]*\s*[^\d\s.,のでがはをにと]{1,3}(?=の|で)", thing)):
        # 「45戸のマンションだと？」 after 「総戸数18戸のアパートの…」: the figure's place, 18戸.
        return _number_counterpart(figure.group(), previous)
    if match is None and re.fullmatch(r"[\d.,]+\s*" + _VOLUMES_AND_WEIGHTS, thing):
        match = re.search(r"[\d.,]+\s*" + _VOLUMES_AND_WEIGHTS + r"(?![A-Za-z])", previous)
    if match is None and (unit := re.match(r"\d[\d.,]*\s*([^\d\s、。（）()]{1,3}?)(?:以上|超|以下|未満|まで)", thing)):
        match = re.search(rf"\d[\d.,]*\s*{re.escape(unit.group(1))}(?:以上|超|以下|未満|まで)", previous)  # 「20名以上50名未満なら？」 after 「100名以上の…」
    # A band for a band: 「65歳以上」 takes the place of the whole 「18歳以上64歳以下」, not of its 18歳以上.
    whole = next((band for band in _BAND.finditer(previous) if match and band.start() <= match.start() < band.end()), None) if _BAND_END.search(thing) else None
    match = whole or match
    return match.group() if match and match.group() != thing else None


_BAND = re.compile(r"\d[\d.,]*\s*[^\d\s、。（）()]{0,3}?(?:以上|超|を超え)\s*\d[\d.,]*\s*[^\d\s、。（）()]{0,3}?(?:以下|未満|まで)")
_BAND_END = re.compile(r"以上|以下|未満|超|まで")


def _siblings_in(one: str, other: str, passages: Sequence[str]) -> bool:
    """Whether a passage lists the two side by side: two items of a list (「全長37.57m、全高
    11.76m」), two columns of a table, or the same column of two rows (部長 and 課長). A name
    in one cell and a column's name in another (なすの風 and 繁忙期) are not alike."""
    by_name: dict[str, list[str]] = {}  # a named column's values, over every passage (its rows cut into chunks)
    one_day, other_day = _day(one), _day(other)

    def both_in(values: list[str]) -> bool:
        return any(value.startswith(one_day) for value in values) and any(value.startswith(other_day) for value in values if not value.startswith(one_day))

    for text in passages:
        rows = []
        for line in text.splitlines():
            if any(_listed_together(one, other, cell) for cell in line.split(" | ")):
                return True
            if " | " not in line:
                continue
            cells = [_NAMED_CELL.match(cell).groups() if _NAMED_CELL.match(cell) else ("", cell) for cell in line.split(" | ")]
            columns = [column or cell for column, cell in cells] if not any(column for column, _ in cells) else [column for column, _ in cells]
            # The same place in two columns' names (部長 日当 | 課長 日当; 上期予算 | 上期実績), not
            # two parts of one (浜松事業所 上期実績 does not make 実績 浜松事業所's counterpart).
            if any(one in column and column.replace(one, other, 1) in columns for column in columns if other not in column):
                return True
            # Two columns named by the two alone, each with its own note (カエデ（当社） | ミズチ-XL（他社））,
            # or among the days one column lists (「平日 | 土曜・日曜・祝日」: 日曜日 beside 平日).
            named = [{_day(item) for item in _LIST_ITEMS.split(_PARENTHESIS.sub("", column).strip())} for column in columns]
            if any(one_day in first and other_day in second for first in named for second in named if first is not second):
                return True
            rows.append(cells)
            for column, value in cells:
                if column:
                    by_name.setdefault(column, []).append(value)
        for column in range(max((len(row) for row in rows), default=0)):
            values = [row[column][1] for row in rows if len(row) > column]
            if both_in(values):
                return True
    return any(both_in(values) for values in by_name.values())


_WEEKEND = re.compile(r"土日祝?日?|週末")


def _day(word: str) -> str:
    """A day of the week as a table lists it: 日曜日 is the 日曜 of 「土曜・日曜・祝日」, and 土日祝
    that list's first (the row 「土曜・日曜・祝日」 is the 土日祝 asked)."""
    return "土曜" if _WEEKEND.fullmatch(word) else re.sub(r"(?<=曜)日$", "", word)


def _listed_together(one: str, other: str, text: str) -> bool:
    items = _LIST_ITEMS.split(text)
    one, other = _day(one), _day(other)
    return len(items) > 1 and any(item.startswith(one) for item in items) and any(item.startswith(other) for item in items if not item.startswith(one))


_THE_SAME = re.compile(r"(?P<case>.+?)(?:で|の場合)?も(?:同じ|一緒|同様)(?:ですか|でしょうか|なの|なんですか|だよね|ですよね)?[?？。]?")
_PARENTHESIS = re.compile(r"[（(][^（）()]*[）)]$")
_LIST_ITEMS = re.compile(r"\s*(?:、|,|，|・|/|／|\s{2,})\s*")
_NAMED_CELL = re.compile(r"^(.+?)[:：]\s(.*)$")


def _variants(one: str, other: str) -> bool:
    # 「A320neo」 and 「A320ceo」: one name's variants, by a common stem of letters and digits.
    stem = len(re.match(r"[A-Za-z0-9-]*", one).group())
    if stem >= 3 and one[:3] == other[:3] and re.fullmatch(r"[A-Za-z0-9-]+", other) is not None:
        return True
    # 「料金表D」 and 「料金表C」, 「区分B」 and 「区分A」, 「2号館」... : one stem, told apart by a letter or number.
    first, second = _LETTERED_NAME.fullmatch(one), _LETTERED_NAME.fullmatch(other)
    return bool(first and second and first.group(1) == second.group(1) and first.group(2) != second.group(2) and (first.group(1) or first.group(3)))


_LETTERED_NAME = re.compile(r"([\u4e00-\u9fffァ-ヶー]*?)([A-Za-zＡ-Ｚ]|\d+)([級号種類館棟]?)")


def _counterpart(thing: str, previous: str, passages: Sequence[str]) -> str | None:
    """What of the previous question `thing` takes the place of, if anything: its time (去年
    for 今年), its figure (5年半 for 2年半), or a phrase of the same family (a 役職, a site),
    of the same head noun (今のデータセンター for 新しいデータセンター), a variant of the same
    name, or one that `passages` list beside it."""
    if _TIME.fullmatch(_time_of(thing)):
        # A month for a month (「7月は？」 after 「2026年6月の…」: 6月, not 2026年), else the first time.
        times = [match.group() for match in _TIME.finditer(previous)]
        alike = [time for time in times if _time_kind(time) == _time_kind(_time_of(thing))]
        if not alike and _time_kind(_time_of(thing)) == "year" and times and all(re.search(r"月|四半期|[上下]期|半期", time) for time in times):
            return None  # 「前年度は？」 after 「…第3四半期の不良率は？」: that quarter, a year before
        found = (alike or times or [None])[0]
        if found and _shift(_time_of(thing)) and (dated := re.search(rf"(?:19|20)\d{{2}}年{re.escape(found)}", previous)):
            return dated.group()  # 「次の月は？」 after 「2026年12月の…」: 2027年1月
        return found
    number = _number_counterpart(thing, previous)
    if number:
        return number
    parts = _noun_phrases(thing)
    if any(re.search(rf": {re.escape(thing)}(?: \||$)", text, re.MULTILINE) for text in passages) and (listed := _related_phrase(thing, parts, previous, passages, siblings=True)) is not None:
        return listed  # 「専任チーフ講師だと？」 after 「ランクAの講師が…」: a row's label, for its sibling row's (not for 講師 by its head)
    # Of the same family, head noun or name first; a sibling the passages list only after.
    found = _related_phrase(thing, parts, previous, passages, siblings=False)
    found = found if found is not None else _related_phrase(thing, parts, previous, passages, siblings=True)
    return found if found is not None else _of_the_same_head(thing, previous)


def _of_the_same_head(thing: str, previous: str) -> str | None:
    """The one word of the previous question ending as the thing does, with another first part:
    本機校正 for 「簡易校正だと？」, 標準時間 for 「短時間だと？」."""
    for size in range(min(len(thing) - 1, 4), 1, -1):
        head = thing[-size:]
        if re.fullmatch(r"[\u4e00-\u9fffァ-ヶー]+", head) and len(found := {match.group() for match in re.finditer(rf"[\u4e00-\u9fffァ-ヶー]+{re.escape(head)}", previous)} - {thing}) == 1:
            return found.pop()
    return None


def _related_phrase(thing: str, parts: list[str], previous: str, passages: Sequence[str], *, siblings: bool) -> str | None:
    compounds = _noun_phrases(previous)
    for phrase in _phrases_and_heads(previous):
        if phrase in parts:
            if thing != phrase:
                # 「今のデータセンター」 for 「新しいデータセンター」: the same thing, another time.
                modified = re.search(f"(?:(?:{_TIME.pattern})の?|[ぁ-ん]*しい|[ぁ-ん]*い)?{re.escape(phrase)}", previous)
                return modified.group() if modified and modified.group() != phrase else None
            continue
        head = _HEAD_NOUN.search(phrase)
        for part in parts:
            site = _SITE_FIRST.match(phrase)
            if part != phrase and site and site.group() != phrase and (_SITE.search(part) or _SITE_FIRST.match(part)):
                # 「工場勤務だと？」 or 「工場だと？」 after 「本社勤務で…」: the site, not 勤務, is replaced.
                return site.group() if _SITE.search(part) else phrase
            if head and len(head.group()) >= 2 and part.endswith(head.group()) and phrase not in compounds:
                # 「交通誘導警備は？」 after 「現任教育（施設警備）の…」: the compound whose head 警備 is, whole.
                whole = [compound for compound in compounds if compound.endswith(phrase) and compound != phrase and compound not in part]
                if whole:
                    return whole[0]
            if (
                (_RANK.search(part) and _RANK.search(phrase))
                or (_SITE.search(part) and _SITE.search(phrase))
                or (head and len(head.group()) >= 2 and part.endswith(head.group()))
                or _variants(part, phrase)
                or (siblings and _siblings_in(part, phrase, passages))
            ):
                # With the time word before it, if the follow-up brings its own (新しい → 今の).
                before = re.search(f"(?:{_TIME.pattern})の?{re.escape(phrase)}", previous) if _TIME.match(thing) else None
                return before.group() if before else phrase
    return None


_SHIFT = {"先月": ("月", -1), "前月": ("月", -1), "来月": ("月", 1), "翌月": ("月", 1), "去年": ("年", -1), "昨年": ("年", -1),
          "前年": ("年", -1), "来年": ("年", 1), "翌年": ("年", 1), "昨年度": ("年度", -1), "前年度": ("年度", -1),
          "来年度": ("年度", 1), "翌年度": ("年度", 1), "前の年": ("年", -1), "前の年度": ("年度", -1), "次の年": ("年", 1),
          "次の年度": ("年度", 1), "次の月": ("月", 1), "前の月": ("月", -1)}
# 「その1年前は？」, 「3か月後は？」: so many years or months from the previous question's time.
_SO_MANY = re.compile(r"(\d{1,2})(年|か月|ヶ月|カ月)(前|後)")


def _shift(thing: str) -> tuple[str, int] | None:
    if (many := _SO_MANY.fullmatch(thing)) is not None:
        return ("年" if many.group(2) == "年" else "月", int(many.group(1)) * (-1 if many.group(3) == "前" else 1))
    return _SHIFT.get(thing)


def _relative_to(thing: str, counterpart: str) -> str:
    """A time said relative to the previous question's, as that question would write it:
    「先月」 after 「9月」 is 8月, 「去年」 after 「2026年度」 2025年度; otherwise `thing`."""
    shift = _shift(thing)
    if shift is None:
        return thing
    unit, step = shift
    if unit == "月" and (dated := re.fullmatch(r"((?:19|20)\d{2})年(\d{1,2})月", counterpart)):
        months = int(dated.group(1)) * 12 + int(dated.group(2)) - 1 + step
        return f"{months // 12}年{months % 12 + 1}月"
    if unit == "月" and (month := re.fullmatch(r"(\d{1,2})月(度|分)?", counterpart)):
        return f"{(int(month.group(1)) - 1 + step) % 12 + 1}月{month.group(2) or ''}"
    if unit != "月" and (year := re.fullmatch(r"((?:19|20)\d{2})年(度)?(.*)", counterpart)):
        return f"{int(year.group(1)) + step}年{year.group(2) or ''}{year.group(3)}"
    if unit != "月" and (year := re.fullmatch(r"(令和|平成)(\d{1,2}|元)年(度)?(.*)", counterpart)):  # 令和10年度 → 令和11年度
        western = (2018 if year.group(1) == "令和" else 1988) + (1 if year.group(2) == "元" else int(year.group(2))) + step
        era = f"令和{western - 2018}" if western > 2018 else f"平成{western - 1988}"  # 令和元年度 → 平成30年度
        return f"{era.replace('令和1', '令和元') if western == 2019 else era}年{year.group(3) or ''}{year.group(4)}"
    return thing


def _dated(thing: str, passages: Sequence[str], today: datetime.date | None = None) -> str:
    """「去年」 as the year before today's (「前年度」 the business year before today's, which
    starts in April) where the passages write it: 2025年度 in December 2026, the table's
    2025年度 column rather than this year's row; otherwise as it is."""
    match = re.match(r"(?:去年|昨年|前年)(度?)", thing)
    if match is None:
        return thing
    today = today or timezone.localdate()
    year = (business_year(today) if match.group(1) else today.year) - 1
    text = "\n".join(passages)
    for unit in ("年度", "年"):
        if f"{year}{unit}" in text:
            return f"{year}{unit}{thing[match.end():]}"
    return thing


def _phrases_and_heads(text: str) -> list[str]:
    """The noun phrases, then the last word of each compound (「人件費予算」: 予算, which 実績
    may take the place of)."""
    phrases = _noun_phrases(text)
    heads, doers = [], []
    for phrase in phrases:
        nouns_of = [(surface, part_of_speech) for surface, part_of_speech in words(phrase) if part_of_speech[0] == "名詞"]
        last = [surface for surface, _ in nouns_of][-1:]
        if last and last[0] != phrase and len(last[0]) >= 2:
            heads.append(last[0])
            # 「スタイリスト担当」, 「本社勤務」: who or where does it, which a sibling may take the place of.
            if nouns_of[-1][1][2] == "サ変可能" and len(rest := phrase[: -len(last[0])]) >= 2 and rest not in phrases:
                doers.append(rest)
    return phrases + heads + doers


def _time_kind(time: str) -> str:
    return "month" if re.fullmatch(r"\d{1,2}月(?:度|分)?|[先前今来翌]月|[次前]の月|\d{1,2}(?:か月|ヶ月|カ月)[前後]", time) else "year" if "年" in time else ""


def _time_of(thing: str) -> str:
    return re.sub(r"(?:まで|から|以降|の時点)$", "", thing)


_ASK_WORD = re.compile(r"いつ|どこ|だれ|誰|いくら|いくつ|どのくらい|どれくらい|どの|どう|どれ|何[^\s?？、。はがをにでのもと]*")


def _is_thing(text: str) -> bool:
    """A thing, a time or a figure (課長, 去年, 5年半); not a value asked for (場所, 担当者
    names a value only when it is what is asked) nor a clause (「変更される前」)."""
    if re.search(r"[るたい]$", text) or not _noun_phrases(text) or any(part_of_speech[0] == "動詞" for _, part_of_speech in words(text)):
        return False
    if re.fullmatch(r"[月火水木金土日]曜日?|平日|休日|祝日|土日祝?", text):
        return True  # a day of the week: a case, as a time is
    return bool(subject_terms(text)) or bool(_TIME.fullmatch(_time_of(text))) or bool(re.search(r"\d", text))


def _split_ask(question: str) -> tuple[str, str]:
    """(what the question is about, what it asks): 「本社の始業時刻」, 「何時？」; the question's
    first noun phrase when it has no は (「社員証をなくしたら…」: 社員証)."""
    position = max(question.rfind("は"), question.rfind("って"))
    if position <= 0:
        phrases = _noun_phrases(question)
        return (phrases[0] if phrases else question), ""
    width = 2 if question.startswith("って", position) else 1
    return question[:position], question[position + width :]


def _subject_only(topic: str) -> str:
    """The topic without the attribute the previous question asked for: 「ミライノートの重さ」 →
    ミライノート, 「姫路城の別名」 → 姫路城; kept whole when what is left names nothing
    (「次の情報セキュリティ委員会」)."""
    head, _, _ = topic.rpartition("の")
    return head if any(len(phrase) >= 2 for phrase in _noun_phrases(head)) else topic


def _names_an_attribute(ask: str) -> bool:
    # 「場所はどこ？」 asks for another attribute than the previous question; 「変更される前は
    # 何日だった？」 the same one, at another time.
    return any(not noun.adverbial and noun.kind != "サ変可能" and not noun.surface.startswith("何") for noun in nouns(ask))


# A time said by a change (「改正前は？」), and what the previous question said for the other side of
# it: its own change word (「ダイヤ改正後、」), today (現行), or the date it starts from (「2027年4月からの」).
_CHANGE_TIME = re.compile(r"(改定|改正|改訂|変更|見直し)(前|後)")
_FROM_A_DATE = re.compile(r"(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?(?:から|以降)(の)?")


def _at_the_other_side_of_the_change(thing: str, previous: str) -> str | None:
    """「改正前は？」 after 「ダイヤ改正後、本線は…何分間隔？」: ダイヤ改正前、本線は…何分間隔？; after
    「2027年4月からの大人の運賃は？」: 改定前の大人の運賃は？. None where the previous question says neither."""
    change = _CHANGE_TIME.fullmatch(thing)
    if change is None and thing in ("現行", "現在", "今"):
        # 「現行は？」 after 「ダイヤ改正後、…第1便は何時に出る？」: the time before the change, today's.
        kind = next((kind for kind in ("改定", "改正", "改訂", "変更", "見直し") if f"{kind}後" in previous), None)
        return previous.replace(f"{kind}後", f"{kind}前（{thing}）", 1) if kind else None
    if change is None:
        return None
    other = "後" if change.group(2) == "前" else "前"
    for word in (f"{change.group(1)}{other}", *(f"{kind}{other}" for kind in ("改定", "改正", "改訂", "変更", "見直し")), *(("現行", "今の") if other == "後" else ())):
        if word in previous:
            return previous.replace(word, thing, 1)
    dated = _FROM_A_DATE.search(previous) if other == "後" else None
    return previous.replace(dated.group(), f"{thing}の" if dated.group(1) else f"{thing}、", 1) if dated else None


def _written_whole(thing: str, previous: str, passages: Sequence[str]) -> str:
    """A name said short (「ディンプル」) as the passages write it whole (「ディンプルシリンダー」), where
    its rest ends a word of the previous question (「一般シリンダー」): the sibling it stands for."""
    if not re.fullmatch(r"[ァ-ヶー]{2,}", thing):
        return thing
    wholes = {match.group() for text in passages for match in re.finditer(rf"{re.escape(thing)}[ァ-ヶー\u4e00-\u9fff]{{2,}}", text)}
    fitting = [whole for whole in wholes if re.search(rf"[ァ-ヶー\u4e00-\u9fff]{re.escape(whole[len(thing):])}", previous)]
    return fitting[0] if len(fitting) == 1 else thing


def _as_listed(thing: str, passages: Sequence[str]) -> str:
    """土日祝 as the passages list it (「土曜・日曜・祝日」), so that the row that lists it is named."""
    if not _WEEKEND.fullmatch(thing):
        return thing
    listed = next((found.group() for text in passages if (found := re.search(r"土曜日?[・、]日曜日?(?:[・、]祝日)?", text))), None)
    return listed or thing


def _with_its_pair(counterpart: str, before: str) -> str:
    """The counterpart with the thing of its kind it is asked with (「中央エリアと臨海エリア」 for
    中央エリア): 「郊外エリアの回は？」 asks of the one, not of 郊外エリア and 臨海エリア."""
    word = r"[\u4e00-\u9fffァ-ヶーA-Za-z0-9]{2,12}"
    at = re.escape(counterpart)
    for found in re.finditer(rf"(?:{word}(?:と|や|・|、))?{at}(?:(?:と|や|・|、){word})?", before):
        pair = re.split(r"と|や|・|、", found.group())
        if len(pair) == 2 and all(len(common_ending(one, counterpart)) >= 2 for one in pair):
            return found.group()
    return counterpart


# An attribute that says what kind of value it is (a period, a fee, a place), whatever the previous question's counter (何冊) asked.
_NAMES_ITS_KIND = re.compile(r"(?:期間|日数|期限|日時|日程|時間|料金|料|金額|額|費|人数|定員|場所|会場|担当|連絡先|内線|締切)$")


# Another thing done, asked as the previous question asked (「電話するのは？」, 「返すのは？」).
_ANOTHER_DOING = re.compile(r"[\u4e00-\u9fffァ-ヶー]{1,8}(?:する|します|した|す|く|る|う|つ|む|ぶ|ぐ)のは[?？]?")


def standalone_question(question: str, previous: str, passages: Sequence[str] = ()) -> str:
    """The follow-up `question` as one Japanese question that needs no conversation, made of
    the two questions' own words:

    * the thing it names takes its counterpart's place in the previous question (課長 for
      部長, 去年 for 今年, 5年半 for 2年半, 浜松事業所 for 本社; see _counterpart), with the
      follow-up's own ask when it has one;
    * a case or a time with no counterpart comes first (「繁忙期だと？」: 繁忙期のなすの風は…);
    * another attribute of the same subject takes the old one's place (「全高は？」 after
      「A320の全長は？」: A320の全高は？; 「場所は？」: 新任管理職研修の場所は？)."""
    asked = unicodedata.normalize("NFKC", question).strip()
    before = unicodedata.normalize("NFKC", previous).strip()
    if language_of(asked) != "ja" or not before or asked == before:
        return question
    body = _REFERRING.sub("", _OPENING.sub("", asked))
    same = _THE_SAME.fullmatch(body)
    if same:
        # 「導入したばかりの月も同じですか」: the previous question, asked in that case.
        return f"{same.group('case')}の{before}"
    if (figure := _ANOTHER_FIGURE_DONE.fullmatch(body)) and (counterpart := _number_counterpart(figure.group(1), before)):
        return before.replace(counterpart, figure.group(1), 1)  # 「12か月分を前払いしたら？」 after 「…6か月分前払いしたときの割引率は？」
    contrast = _CONTRAST.match(body)
    thing, particle, ask = (contrast.group("thing"), contrast.group("particle"), contrast.group("ask")) if contrast else ("", "", body)
    thing = re.sub(r"(?:の場合|のほう|の方|について)$", "", _REFERRING.sub("", thing))
    ask = "" if _NO_ASK.match(ask) else ask
    lead = re.match(r"(.+?)(?:に|で)(?=[ぁ-ん\u4e00-\u9fff])", thing) if thing and not _is_thing(thing) else None
    if lead and _is_thing(lead.group(1)) and _counterpart(lead.group(1), before, passages):
        thing = lead.group(1)  # 「日曜日に届けてもらうなら？」 after 「…平日の配達料は？」: 日曜日 for 平日
    elif thing and not _is_thing(thing) and not _of_the_same_head(thing, before):  # (「短時間だと？」 after 標準時間: a thing)
        thing, particle, ask = "", "", body
    topic, previous_ask = _split_ask(before)
    ask_word = _ASK_WORD.search(previous_ask)
    if thing and not ask and (changed := _at_the_other_side_of_the_change(thing, before)):
        return changed
    thing = _written_whole(thing, before, passages) if thing else thing
    counterpart = _counterpart(thing, before, passages) if thing else None
    # 「じゃあ軽自動車は？」 after 「車両重量1,300kgの車の車検基本料金は？」: the row of its own beside the bands.
    counterpart = counterpart or (stated_phrase(before, thing, [line for text in passages for line in text.splitlines()]) if thing else None)
    if counterpart:
        counterpart = _with_its_pair(counterpart, before)
        thing = _as_listed(thing, passages)
        replaced = before.replace(counterpart, _dated(_relative_to(thing, counterpart), passages), 1)
        return f"{_split_ask(replaced)[0]}は{ask}" if ask else replaced
    if not thing and ask_word and _ANOTHER_DOING.fullmatch(body):
        # 「電話するのは？」 after 「督促はがきは…何日目に出す？」: when that is done, asked as before.
        return f"{_subject_only(topic)}の{body.rstrip('?？')}{ask_word.group()}?"
    if not thing:
        return f"{_subject_only(topic) if _names_an_attribute(body) else topic}の{body}"
    if _TIME.fullmatch(_time_of(thing)):
        if not ask and set(re.findall(r"\d[\d,.]*", before)) - set(re.findall(r"\d[\d,.]*", topic)):
            return f"{_dated(thing, passages)}の{before}"  # 「1,000部刷ると1部いくら？」 keeps its 1,000部
        return f"{_dated(thing, passages)}の{topic}は{ask or previous_ask}"
    if not ask and particle != "は":
        return f"{thing}の{before}"  # 「繁忙期だと？」: the same question, in that case
    if not ask and ask_word and _NAMES_ITS_KIND.search(thing) and re.match(r"何[^\s?？]", ask_word.group()):
        return f"{_subject_only(topic)}の{thing}は?"  # 「貸出期間は？」 after 「…何冊まで借りられる？」: no 何冊 of a period
    return f"{_subject_only(topic)}の{thing}は{ask or (ask_word.group() + '?' if ask_word else previous_ask)}"
