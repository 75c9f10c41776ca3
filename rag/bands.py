"""A quantity the asker states picks the row of a banded table: 「12.3キロなんだけど、運賃は？」 is
asked of the 「営業キロ: 11〜15km」 row, 「年収380万円だと」 of 「300万円以上400万円未満」, 「70歳の
父は」 of 「65歳以上」. The question names no row's label, and every band's row holds the question's
other words (運賃, 大人, 片道) alike: the rows of the other bands are another record each."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from appliance.text.japanese import TABLE_CELL_SEPARATOR
from rag.quantities import (
    NUMBER,
    ONE_SIDED,
    RANGE,
    RANGE_IN_WORDS,
    STATED_QUANTITY,
    UNIT_PATTERN,
    UNIT_WORDS_IN,
    as_number,
    band,
    holds,
    in_minutes,
    in_yen,
    is_stated,
    stated_all,
    stated_in,
    stated_quantity,
    unit_of,
)

if TYPE_CHECKING:
    from rag.quoting import Sentence
    from rag.retrieval import Passage

_Held = TypeVar("_Held")


def _first_cell(row: str) -> tuple[str, str] | None:
    """A row's first cell as (column, value): 「営業キロ: 4〜6km | …」 → (営業キロ, 4〜6km)."""
    if TABLE_CELL_SEPARATOR not in row:
        return None
    column, colon, value = row.split(TABLE_CELL_SEPARATOR)[0].partition(": ")
    return (column.strip(), value.strip()) if colon else None


def _row_band(sentence: Sentence) -> tuple[float, float, bool, bool, str] | None:
    cell = band_cell(sentence.text.split(" / ")[-1])
    return band(cell[1], cell[0]) if cell else None


def band_cell(row: str) -> tuple[str, str] | None:
    """The row's cell of its band: its first, or the first of its leading cells that is a range
    (「料金表: 料金表B | 月間ガス使用量: 20m³をこえ80m³まで | 基本料金…」), or the one range a leading
    cell writes among its words (「対象となる方: 世帯全員が住民税非課税で、年金収入等が年80万円を超え
    120万円以下の方」: 80万円を超え120万円以下)."""
    cells = [(column.strip(), value.strip()) for column, colon, value in (cell.partition(": ") for cell in row.split(TABLE_CELL_SEPARATOR)[:3]) if colon]
    for column, value in cells:
        if band(value, column) is not None:
            return column, value
    for column, value in cells[1:]:
        text = in_minutes(unicodedata.normalize("NFKC", value))
        written = {match.group(0) for pattern in (RANGE_IN_WORDS, RANGE, ONE_SIDED) for match in pattern.finditer(text) if UNIT_WORDS_IN.search(match.group(0)) and band(match.group(0), column)}
        # (Each end of 「2本以上4本未満」 read alone too is that band's: the one range the cell writes.)
        widest = {one for one in written if not any(one != other and one in other for other in written)}
        if len(widest) == 1:
            return column, widest.pop()
    return _first_cell(row)


def banded_row(question: str, sentences: Sequence[Sentence]) -> Sentence | None:
    """The one shown row, of two or more banded rows in the question's unit, whose band holds
    the quantity the question states; None where there is no such choice to make."""
    chosen: dict[str, Sentence] = {}
    for unit, value in stated_all(question).items():
        bands = [(sentence, found) for sentence in sentences if (found := _row_band(sentence)) is not None and found[4] == unit]
        if len(bands) < 2:
            continue
        holding = _the_named_one(question, {sentence.text: sentence for sentence, found in bands if holds(found, value, unit)})
        chosen.update(holding if len(holding) == 1 else {})
    return next(iter(chosen.values())) if len(chosen) == 1 else None


def holds_the_stated_quantity(question: str, sentence: Sentence) -> bool:
    """Whether the row is a band that holds a quantity the question states (「勤続3年半」: the
    3年以上4年未満 row): the row the question keys, whatever another table's columns name."""
    return _holds_stated(_row_band(sentence), stated_all(question))


def _holds_stated(found: tuple[float, float, bool, bool, str] | None, stated: dict[str, float]) -> bool:  # the quantity stated in its unit
    return found is not None and found[4] in stated and holds(found, stated[found[4]], found[4])


def _the_named_one(question: str, holding: dict[str, _Held]) -> dict[str, _Held]:
    """Of rows whose bands all hold the stated quantity (身体介護's 「30分以上1時間未満」 and 生活援助's
    「20分以上45分未満」 for 40分), the one whose other cells the question writes (「身体介護で40分」)."""
    chosen = {row: held for row, held in holding.items() if names_a_cell(question, row)}
    return chosen if len(holding) > 1 and len(chosen) == 1 else holding


def names_a_cell(question: str, row: str) -> bool:
    """Whether the question writes one of the row's cells that is no band, or its first words
    (「軽トラで」 for 軽トラック, 「2トンロングで」 for 2トンロング車: all but two of its letters)."""
    return bool(cells_named(question, row))


def cells_named(question: str, row: str) -> list[str]:
    """The row's cells that are no band the question writes, or writes the first words of."""
    asked = unicodedata.normalize("NFKC", question)
    cells = [(column.strip(), unicodedata.normalize("NFKC", value.strip())) for column, _, value in (cell.partition(": ") for cell in row.split(" / ")[-1].split(TABLE_CELL_SEPARATOR))]
    return [value for column, value in cells if len(value) > 1 and value[: max(3, len(value) - 2)] in asked and band(value, column) is None]


def _the_named_row_instead(
    question: str, chosen: Sentence, passages: list[Passage], rest: Callable[[Sequence[Passage]], list[Passage]]
) -> tuple[str, Passage] | None:
    """The row of the chosen band's table that holds the stated quantity and names what the
    question names, where the chosen row does not (「軽トラで20kmほど」: the 軽トラック 15km以上30km未満
    row, not the shown 1.5トン車 one), from the passages or else the rest of the document."""
    row = chosen.text.split(" / ")[-1]
    found = _band_of(row)
    if found is None or names_a_cell(question, row) or (value := stated_all(question).get(found[4])) is None:
        return None
    def rows_of(read: Sequence[Passage]) -> list[tuple[str, Passage]]:
        return [(line.strip().split(" / ")[-1], passage) for passage in read for line in passage.text.splitlines()]

    shown = rows_of(passages)
    if not any(_columns(other) == _columns(row) and names_a_cell(question, other) for other, _ in shown):
        return None  # (no row of its table shown names what the question does: the chosen one stands)
    for read in (lambda: shown, lambda: rows_of(rest([passages[chosen.passage - 1]]))):
        holding = {
            other: passage for other, passage in read()
            if _columns(other) == _columns(row) and (band_of := _band_of(other)) and band_of[4] == found[4] and holds(band_of, value, found[4]) and names_a_cell(question, other)
        }
        if holding:
            return next(iter(holding.items())) if len(holding) == 1 else None
    return None


def within_the_columns_band(question: str, cells: Sequence[tuple[str, str]]) -> list[tuple[str, str]] | None:
    """Of a row's cells under columns that are bands (「所要時間 5時間以上7時間未満 改定後」,
    「所要時間 7時間以上9時間未満 改定後」, …), those whose band holds the question's stated quantity
    (「6時間半くらい」): [] where none does; None for a row with no two such bands."""
    for unit, value in stated_all(question).items():
        banded = [(cell, found) for cell in cells if (found := _column_band(cell[0])) is not None and found[4] == unit]
        if len({found for _, found in banded}) >= 2:
            held = [(cell, found) for cell, found in banded if holds(found, value, unit)]
            # Bounds counted up to (「6時間まで」, 「12時間まで」, 「24時間まで」): 8時間 is the least one's.
            if held and all(found[0] == float("-inf") for _, found in held):
                held = [(cell, found) for cell, found in held if found[1] == min(bound[1] for _, bound in held)]
            return [cell for cell, _ in held]
    # Or the band the question writes itself (「5時間以上7時間未満の要介護2の人」).
    text = in_minutes(unicodedata.normalize("NFKC", question))
    written = {found for pattern in (RANGE_IN_WORDS, RANGE) for match in pattern.finditer(text) if (found := band(match.group(0))) is not None}
    banded = [(cell, found) for cell in cells if (found := _column_band(cell[0])) is not None]
    if written and len({found for _, found in banded}) >= 2 and (named := [cell for cell, found in banded if found in written]):
        return named
    return None


def _column_band(column: str) -> tuple[float, float, bool, bool, str] | None:
    # (「週2回（月額）」 is the column of 2 a week.)
    return next((found for part in unicodedata.normalize("NFKC", column).split() if (found := band(part)) is not None), None)


def within_the_band(question: str, sentences: list[Sentence]) -> list[Sentence]:
    """The shown sentences with the rows of the other bands left out and the band asked first."""
    chosen = banded_row(question, sentences)
    if chosen is None:
        return sentences
    unit = _row_band(chosen)[4]  # type: ignore[index]  # (a band was chosen)
    # (Nor a worked example for another quantity: 「ちょうど3時間前の取消しは…」 for 「2時間前に」.)
    others = [
        sentence for sentence in sentences
        if sentence is not chosen and not ((found := _row_band(sentence)) and found[4] == unit) and not (TABLE_CELL_SEPARATOR not in sentence.text and writes_another_quantity(question, sentence.text))
    ]
    return [chosen, *others]


def with_the_band_row(
    question: str, sentences: Sequence[Sentence], passages: Sequence[Passage], rest: Callable[[Sequence[Passage]], list[Passage]]
) -> tuple[list[Sentence], list[Passage]]:
    """`within_the_band`, and where the band that holds the stated quantity was not shown
    (「電話が1件もなかったら」: the 0件 row, which the choice of sentences ranked low or the search
    did not find) though other bands of its table were, that row from the passages or else from
    the rest of their documents (`rest`), its chunk added to the passages."""
    from rag.quoting import row_read_elsewhere  # (quoting reads the bands: imported when first needed)

    sentences, passages = list(sentences), list(passages)
    units = {found[4] for sentence in sentences if (found := _row_band(sentence)) is not None} & set(stated_all(question))
    chosen = banded_row(question, sentences)
    if not units and sentences and chosen is None and (row := _introduced_band_row(question, passages, rest)) is not None:
        return within_the_band(question, [row_read_elsewhere(*row, sentences, passages), *sentences]), passages
    if chosen is not None and (named := _the_named_row_instead(question, chosen, passages, rest)) is not None:
        return within_the_band(question, [row_read_elsewhere(*named, sentences, passages), *(sentence for sentence in sentences if sentence is not chosen)]), passages
    if chosen is not None or len(units) != 1 or not sentences:
        return within_the_band(question, sentences), passages
    unit = next(iter(units))
    value = stated_all(question)[unit]
    shown = [sentence for sentence in sentences if (found := _row_band(sentence)) is not None and found[4] == unit]
    if not shown:
        return sentences, passages
    columns = {_columns(sentence.text.split(" / ")[-1]) for sentence in shown}
    of_the_bands = [passage for number, passage in enumerate(passages, start=1) if any(sentence.passage == number for sentence in shown)]
    for read in (lambda: passages, lambda: rest(of_the_bands)):
        rows_read = ((line.strip().split(" / ")[-1], passage) for passage in read() for line in passage.text.splitlines())
        holding = {row: passage for row, passage in rows_read if _columns(row) in columns and (found := _band_of(row)) and found[4] == unit and holds(found, value, unit)}
        if holding:
            break
    holding = _the_named_one(question, holding)
    if not holding and (introduced := _introduced_band_row(question, passages, rest)):
        holding = dict([introduced])  # none of the shown table's bands holds it: a table a passage leads into may
    if len(holding) != 1:
        return sentences, passages
    (row, passage), = holding.items()
    found = row_read_elsewhere(row, passage, sentences, passages)
    if (named := _the_named_row_instead(question, found, passages, rest)) is not None:  # (「小型バンで」, the row found of 中型車)
        return within_the_band(question, [row_read_elsewhere(*named, sentences, passages), *(sentence for sentence in sentences if sentence.text != row)]), passages
    return within_the_band(question, [found, *sentences]), passages


def _introduced_band_row(question: str, passages: Sequence[Passage], rest: Callable[[Sequence[Passage]], list[Passage]]) -> tuple[str, Passage] | None:
    """The row holding the stated quantity of a banded table no shown sentence is from, where a
    passage ends in the prose that leads into it (rag/table_leads.py: 「勤続3年半」, the 3年以上4年未満
    row of the table 「年次有給休暇は、…勤続年数に応じて次の表の日数を付与する。」 leads into, which
    the search did not find)."""
    from rag.table_leads import introduced_tables  # (it reads passages the bands' callers give)

    stated = stated_all(question)
    if not stated:
        return None
    holding = {
        row: chunk for chunk in introduced_tables(passages, rest)
        for row in (line.strip() for line in chunk.text.splitlines())
        if _holds_stated(_band_of(row), stated)
    }
    holding = _the_named_one(question, holding)
    return next(iter(holding.items())) if len(holding) == 1 else None


def _columns(row: str) -> tuple[str, ...]:
    return tuple(cell.partition(": ")[0].strip() for cell in row.split(TABLE_CELL_SEPARATOR))


def _band_of(row: str) -> tuple[float, float, bool, bool, str] | None:
    cell = band_cell(row)
    return band(cell[1], cell[0]) if cell else None


# A quantity a label writes (「無事故表彰（連続5年）」, 「勤続10年以上」).
_WRITTEN_QUANTITY = re.compile(rf"({NUMBER})\s*({UNIT_PATTERN})\s*(以上|超|以下|未満|以内|まで)?")
# Units whose one amount in a label is that amount alone (「連続5年」, 「60歳」); a room's 「定員10名」
# holds 5人 too, so a count of people or a sum names no other row by its amount alone.
_EXACT_UNITS = frozenset({"年", "歳"})


def names_another_quantity(question: str, label: str) -> bool:
    """Whether a row's label writes the question's stated quantity's unit only with other amounts:
    the 「連続5年」 row is no answer for 「無事故が10年続いたら」, nor 「5年以上10年未満」 for 12年,
    while 「勤続10年以上」 holds it."""
    stated = stated_quantity(question)
    if stated is None:
        return False
    value, unit = stated
    text = unicodedata.normalize("NFKC", label)
    for pattern in (RANGE, RANGE_IN_WORDS, ONE_SIDED):  # (「20㎡未満」 is no row for 120㎡)
        if (match := pattern.search(text)) and (found := band(match.group(0))) is not None and found[4] == unit:
            return not holds(found, value, unit)
    if unit not in _EXACT_UNITS:
        return False
    written = [match for match in _WRITTEN_QUANTITY.finditer(text) if unit_of(match.group(2)) == unit]
    for match in written:
        found = band(match.group(0)) if match.group(3) else None
        if (found is not None and holds(found, value, unit)) or (match.group(3) is None and as_number(match.group(1)) == value):
            return False
    return bool(written)


def held_by_a_band(quantity: str, text: str) -> bool:
    """Whether the text writes a band that holds the quantity: 「1,200kg」 is named by the
    「1,001kg〜1,500kg」 row of a table banded by weight, though no cell writes 1,200kg."""
    match = re.fullmatch(rf"({NUMBER})\s*({UNIT_PATTERN})", in_minutes(unicodedata.normalize("NFKC", quantity)).strip())
    unit = unit_of(match.group(2)) if match else None
    if match is None or unit is None:
        return False
    value, unit = in_yen(as_number(match.group(1)), unit)
    return held_by_a_band_value(value, unit or "", in_minutes(unicodedata.normalize("NFKC", text)))


def writes_another_quantity(question: str, text: str) -> bool:
    """Whether a sentence writes the question's stated quantity's unit only with other amounts
    and holds it in no band: 「定期収集の可燃ごみが250kgのときは…11,220円」 is an example for
    250kg, no answer for 70kg (the 「50kgを超え100kg以下」 row is)."""
    # (A time before a moment first: "more than 48 hours before" states 48時間前, and 2,880 minutes.)
    pairs = [(value, unit) for unit, value in stated_all(question).items()]
    stated = next((pair for pair in pairs if pair[1] in ("時間前", "日前")), None) or (pairs[0] if len(pairs) == 1 else None)
    if stated is None:
        return False
    value, unit = stated
    if unit in ("時間前", "日前"):
        # 「たとえば上映開始のちょうど3時間前の取消しは…200円の区分」: an example for 3 hours before, no answer for 2.
        before = stated_all(text).get(unit)
        return before is not None and before != value and not (TABLE_CELL_SEPARATOR in text and is_the_band_asked(question, text))
    written = in_minutes(unicodedata.normalize("NFKC", text))
    return bool(_amounts(written, unit)) and value not in _amounts(_unbanded(written), unit) and not held_by_a_band_value(value, unit, written)


def writes_the_stated_quantity(question: str, text: str) -> bool:
    """Whether a sentence writes the question's one stated quantity as an amount of its own, no
    band's bound: 「4名組14,300円、3名組12,100円」 for "a group of three players"."""
    stated = stated_quantity(question)
    return stated is not None and stated[0] in _amounts(_unbanded(in_minutes(unicodedata.normalize("NFKC", text))), stated[1])


def _unbanded(written: str) -> str:
    # (A band's bound is no amount of its own: the 50人 of 「30人以上50人未満」 is no example for 50人.)
    for match in (found for pattern in (RANGE, RANGE_IN_WORDS, ONE_SIDED) for found in pattern.finditer(written)):
        written = written[: match.start()] + " " * (match.end() - match.start()) + written[match.end() :]
    return written


def _amounts(written: str, unit: str) -> list[float]:
    return [amount for amount, its_unit in (in_yen(as_number(match.group(1)), unit_of(match.group(2))) for match in _WRITTEN_QUANTITY.finditer(written)) if its_unit == unit]


def held_by_a_band_value(value: float, unit: str, text: str) -> bool:
    # A one-sided bound inside a band (the 2km以上 of 「2km以上5km未満」) is no band of its own: 7km is not held.
    ranges = [match for pattern in (RANGE, RANGE_IN_WORDS) for match in pattern.finditer(text)]
    sides = [side for side in ONE_SIDED.finditer(text) if not any(side.start() < whole.end() and whole.start() < side.end() for whole in ranges)]
    return any((found := band(match.group(0))) is not None and holds(found, value, unit) for match in [*ranges, *sides])


def stated_phrase(question: str, key: str, rows: Sequence[str]) -> str | None:
    """The phrase of a question that states its quantity (「車両重量1,300kgの車」), where `key`
    is the label of a row of the same banded table that is no band (「軽自動車（車両重量にかか
    わらず）」 among 「1,001kg〜1,500kg」 …): 「じゃあ軽自動車は？」 takes that phrase's place."""
    stated = stated_quantity(question)
    if stated is None or not key:
        return None
    cells = [band_cell(row) for row in rows if TABLE_CELL_SEPARATOR in row]
    columns = {cell[0] for cell in cells if cell and (found := band(cell[1], cell[0])) is not None and found[4] == stated[1]}
    if not any(cell and cell[0] in columns and band(cell[1], cell[0]) is None and cell[1].startswith(key) for cell in cells):
        return None
    text = unicodedata.normalize("NFKC", question)
    match = next((found for found in STATED_QUANTITY.finditer(text) if is_stated(found, text)), None)
    if match is None:
        return None
    quantity = re.escape(text[match.start(1):match.end(2)])
    phrase = re.search(rf"[\u4e00-\u9fffァ-ヶー]*{quantity}(?:くらい|ぐらい|程度|ほど)?(?:の[\u4e00-\u9fffァ-ヶー]{{1,6}}(?=の))?", text)
    return phrase.group() if phrase else None


def is_the_band_asked(question: str, row: str) -> bool:
    """Whether a table row is the band that holds the question's stated quantity (the
    「引取・納車（片道10km超20km以内）」 row for 「片道15kmくらい」)."""
    cell = band_cell(row) if TABLE_CELL_SEPARATOR in row else None
    return cell is not None and holds_the_stated(question, *cell)


def _held_or_not(question: str, column: str, value: str) -> bool | None:
    """Whether the cell's band holds the quantity stated in its unit; None: no band, or none stated."""
    found = band(value, column) if stated_all(question) else None
    stated = stated_in(question, found[4]) if found else None
    return None if found is None or stated is None else holds(found, stated, found[4])


def for_another_band(question: str, row: str) -> bool:
    """Whether the row's band, of the unit stated, does not hold it: 「10名以上20名未満」 for 「100人分」."""
    return (cell := band_cell(row)) is not None and _held_or_not(question, *cell) is False


def holds_the_stated(question: str, column: str, value: str) -> bool:
    """Whether a cell is the band that holds the question's stated quantity: the row's key
    (「世帯年収: 300万円以上500万円未満」 for 「年収420万円」), never the value asked."""
    return _held_or_not(question, column, value) is True

