"""Names told apart by a number, a year, a code or a letter: 第一工場 is not 第二工場, 2029年度 not
2028年度, NF-3106 not NF-3105, 区分C not 区分B, 300ml not 1L. A sentence that writes the question's
other words is still about another thing when it writes another number."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from rag.bands import held_by_a_band
from rag.question_words import with_western_years
from rag.table_cells import named_cells

if TYPE_CHECKING:
    from rag.quoting import Sentence
    from rag.retrieval import Passage

# 「第一工場」 is not 「第二工場」: a numbered name must be named with its number.
_NUMBERED_NAME = re.compile(r"第(\d+)([\u4e00-\u9fffァ-ヶー]{1,2})")
# A year asked for (2029年度, 2025年度上期) is another year's figure nowhere else; so is a
# month (7月 is not the 9月 row), a grade (QC検定1級 is not 2級) and a size (ゆずぽん酢300ml is
# not the 1L one, a 0.25帖 room no 4.0帖 one), read whole (「1,200kg」 is no 「200kg」).
_YEAR = re.compile(r"(?:19|20)\d{2}年度?(?:上期|下期|上半期|下半期)?")
_MONTH_GRADE_OR_SIZE = re.compile(r"(?<![\d年/])\d{1,2}月(?!\d|日|から|以降|以後)|\d+級|(?<!\d)\d年生|(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:ml|l|g|kg|mm|cm|gb|tb|インチ|リットル|帖|畳|坪)(?![a-z])")
# A season of two years (2028-29シーズン, 2027/28年度): another season's row is another's.
_SEASON = re.compile(r"(?:19|20)\d{2}\s*[-－/〜~]\s*\d{2}(?=\s*(?:シーズン|年度|期|season))")
_KANJI_DIGITS = str.maketrans("〇一二三四五六七八九", "0123456789")
# A product number or code (NF-3106, ISO27001): another code's row is another thing; so is another level, step, numbered building or round (レベル2, 3号館, 2回目, 要介護3 by its 介護3).
_LEVEL = re.compile(r"(?:レベル|ステップ|フェーズ|ランク|グレード|ステージ|lv\.?)\s*\d+|\d+号(?:館|機|棟|室|車|線)|\d+(?:回目|番目)|[\u4e00-\u9fff]{2}\d{1,2}(?![\d,.%\u4e00-\u9fffァ-ヶa-z])")
# A name told apart by a letter (区分E, 料金表C, プランB, Aコース): 区分C's row is another.
_LETTERED = re.compile(r"(?<![a-z0-9])(?:[\u4e00-\u9fffァ-ヶー]{2,}[a-z](?![a-z0-9])|[a-z][\u4e00-\u9fffァ-ヶー]{2,})")
_CODE = re.compile(r"(?<![a-z0-9])[a-z]{1,6}-?\d{2,}(?:-\d+)?(?![0-9])")
_SHORT_CODE = re.compile(r"(?<![a-z0-9])[a-pr-z]\d(?![0-9a-z])")  # a size or band, B6, D5 (not Q3): where the text writes others (A4, B5)


def _numbered(text: str) -> str:
    """Folded, lower-cased, unspaced but between English words: "for a 40 mm" is no code 「fora40」."""
    folded = re.sub(r"\bFY\s?((?:19|20)\d{2})\b", r"\1年度", unicodedata.normalize("NFKC", text), flags=re.IGNORECASE)
    folded = re.sub(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])|(?<=\d)\s+(?=[A-Za-z%])|(?<=[A-Z]{2})\s+(?=\d)", "", folded)
    folded = re.sub(r"(?<=\d)\.0(?=\s*(?:帖|畳|坪))", "", folded)  # 「1.0帖」 is the 1帖 asked
    folded = re.sub(r"(?<=第)十(?=[一二三四五六七八九])", "1", folded)
    folded = re.sub(r"(?<=第)([一二三四五六七八九])十(?![一二三四五六七八九])", lambda m: m.group(1) + "0", folded)
    folded = re.sub(r"(?<=第)十", "10", folded)
    folded = re.sub(r"(?<=第)[〇一二三四五六七八九]+", lambda m: m.group().translate(_KANJI_DIGITS), folded)
    folded = re.sub(r"第(\d+)回目?", r"\1回目", folded)  # 「第2回」 is the 「2回目」 asked
    # 令和14年度 is 2032年度, 平成31年 2019年: a year asked the way the row does not write it.
    folded = re.sub(r"([\u4e00-\u9fff]{2})(\d{1,2})・(\d{1,2})(?!\d)", r"\1\2・\1\3", with_western_years(folded))  # 要介護4・5 writes 介護5
    return re.sub(r"\s+", " ", folded).lower()


def _in_its_fiscal_year(match: re.Match[str], asked: str, written: str) -> bool:
    """Whether a month asked with its year (「2027年1月」) is in the fiscal year the text writes
    (「2026年度」, April to March): a month's row of that year's sheet is the one asked."""
    month = re.match(r"\s*(\d{1,2})月", asked[match.end():])
    if month is None or not match.group().endswith("年") or not 1 <= int(month.group(1)) <= 12:
        return False
    year = int(match.group()[:4])
    return f"{year - 1 if int(month.group(1)) <= 3 else year}年度" in written


def _short_for(match: re.Match[str], asked: str, written: str) -> bool:
    """Whether the text writes the numbered name short, with the word before it and without its
    kind: a column 「朝凪駅 東口第1」 (under 「朝凪駅」) is the 朝凪駅東口第1駐輪場 asked."""
    before = re.search(r"[\u4e00-\u9fffァ-ヶー]{1,4}$", asked[: match.start()])
    number = re.escape(f"第{match.group(1)}")
    return before is not None and re.search(rf"{re.escape(before.group())}\s*{number}(?![\d\u4e00-\u9fffァ-ヶー])", written) is not None


def missing_numbered_names(question: str, text: str, context: str | None = None) -> list[str]:
    """The numbered names of the question (第1工場, 第2波) the text does not write with the
    same number (第二工場, 第3波 are other things), and the years it asks about (2029年度); the
    months, grades and sizes it asks about (7月, 1級, 300ml) in `context` when given (a
    sentence of prose cut where the page broke its line: 「7月に実施した訓練」 / 「で、開封率は…」)."""
    written, asked = _numbered(text), _numbered(question)
    around = _numbered(context) if context is not None else written
    return [
        match.group() for pattern, where in ((_NUMBERED_NAME, written), (_YEAR, written), (_SEASON, written), (_CODE, written), (_LEVEL, written), (_LETTERED, written), (_MONTH_GRADE_OR_SIZE, around))
        for match in pattern.finditer(asked) if match.group() not in where
        and not (pattern is _MONTH_GRADE_OR_SIZE and held_by_a_band(match.group(), where))  # 1,200kg: the 1,001kg〜1,500kg row
        and not (pattern is _NUMBERED_NAME and _short_for(match, asked, where))
        and not (pattern is _YEAR and _in_its_fiscal_year(match, asked, where))
    ] + [match.group() for match in _SHORT_CODE.finditer(asked) if match.group() not in written and _SHORT_CODE.search(written)] + other_terms(asked, written)


# A pass's, a course's or a plan's length (「1か月定期券」, 「3日券」, 「6か月コース」): where the text
# writes another of the unit (「全館共通定期券 3か月（大人）」), it is another ticket.
_TERM = re.compile(r"(?<![\d月/.,])(\d{1,2})\s*(か月|ヶ月|カ月|日|時間|年)(?=\s*(?:定期|券|パス|コース|プラン|パック|契約|会員|回数券)|\s*[（(）)|]|\s*$)")


def _terms(text: str) -> set[tuple[str, str]]:
    return {(match.group(1), re.sub(r"[ヶカ]月", "か月", match.group(2))) for match in _TERM.finditer(text)}


def other_terms(asked: str, written: str) -> list[str]:
    shown = _terms(written)
    return [f"{number}{unit}" for number, unit in _terms(asked) - shown if any(other == unit for _, other in shown)]


def keyed_by_a_numbered_name(question: str, row: str) -> bool:
    """Whether a row's own label is a numbered name the question asks about (レベル4, NF-3106,
    第2工場): the row is that record, whatever the question says it is like (「軽微な障害」)."""
    cells = named_cells(row)
    label, asked = _numbered(cells[0][1] if cells else row.split(" | ")[0]), _numbered(question)
    return any(match.group() in label for pattern in (_NUMBERED_NAME, _CODE, _LEVEL) for match in pattern.finditer(asked))


def names_other_years(question: str, row: str, around: str = "") -> bool:
    """Whether a row keyed by years (「2024年度: 412人 | 2025年度: 436人」) leaves out the one asked (2026年度), whatever the title (「2026年度版」);
    its columns that write no year are of the year its heading (`around`) writes (「リサイクル率の目標」 under 「2027年度 営業所別の目標」)."""
    cells, asked = named_cells(row), _numbered(question)
    keys = _numbered(" ".join(key for key, _ in cells))
    missing = [match.group() for match in _YEAR.finditer(asked) if match.group() not in keys]
    unyeared = any(key and not _YEAR.search(_numbered(key)) and re.search(r"\d", value) for key, value in cells[1:])
    return bool(_YEAR.search(keys)) and bool(missing) and not (unyeared and all(year in _numbered(around) for year in missing))


# A numbered round (第1回, 2回目): the first course's line is no answer about the second.
_ROUND = re.compile(r"第(\d+)回|(?<!\d)(\d+)回目")


def _rounds(text: str) -> set[str]:
    return {first or second for first, second in _ROUND.findall(_numbered(text))}


def _shown_rounds(sentence: Sentence) -> set[str]:
    return _rounds(sentence.text.split(" / ")[-1])  # (the row or line, without its header or block label)


def of_the_rounds_asked(keywords: Sequence[str], sentences: Sequence[Sentence], passages: Sequence[Passage] = ()) -> list[Sentence]:
    """An English question's round ("the first safe-driving course", 第1回 among its keywords): the
    shown lines of other rounds (「・第2回：11月11日…」) left out, where a line of the round asked is
    shown; where none is, the line of the round asked beside the one shown in its passage (the search
    chose 「・第2回：5月27日…」 of a block whose 「・第1回：5月25日…」 is the line before)."""
    asked = set().union(*(_rounds(keyword) for keyword in keywords)) if keywords else set()
    shown = [_shown_rounds(sentence) for sentence in sentences] if asked else []
    if asked and passages and not any(rounds & asked for rounds in shown):
        sentences = [_the_asked_rounds_line(sentence, asked, passages) if rounds else sentence for sentence, rounds in zip(sentences, shown, strict=True)]
        shown = [_shown_rounds(sentence) for sentence in sentences]
    if not any(rounds & asked for rounds in shown):
        return list(sentences)
    return [sentence for sentence, rounds in zip(sentences, shown, strict=True) if not rounds or rounds & asked]


def _the_asked_rounds_line(sentence: Sentence, asked: set[str], passages: Sequence[Passage]) -> Sentence:
    """The one line of the round asked within a few lines of the sentence's own in its passage, as
    a sentence under the same block label; the sentence itself where there is none, or several."""
    block, _, line = sentence.text.rpartition(" / ")
    lines = passages[sentence.passage - 1].text.splitlines() if 0 < sentence.passage <= len(passages) else []
    if (at := next((number for number, text in enumerate(lines) if text.strip() == line.strip()), None)) is None:
        return sentence
    near = [text.strip() for text in lines[max(at - 6, 0) : at + 7] if _rounds(text) & asked]
    return replace(sentence, text=f"{block} / {near[0]}" if block else near[0]) if len(near) == 1 else sentence
