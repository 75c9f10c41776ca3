"""The question without the words that state its quantity, where a row is the band that holds it:
what is left is what that row must still name (rag/table_rows.py, rag/quoting.py)."""

from __future__ import annotations

import re
import unicodedata

from appliance.text.japanese import TABLE_CELL_SEPARATOR
from rag.bands import band_cell, cells_named, holds_the_stated, names_a_cell
from rag.quantities import STATED_QUANTITY, stated_quantity, states_a_quantity


def unbanded(question: str, row: str, text: str = "") -> str:
    """The question without the clause that states the quantity, where the row is the band that
    holds it: 「家から会社までの区間が8キロちょっと」 names the 7〜10km row by its 8キロ, and its
    家, 会社 and 区間 are no words that row must write. The question as it is otherwise. A word of
    that clause another row of the `text` is labelled by stays (「軽トラで20kmほど」 beside the
    軽トラック rows is no question about the 1.5トン車 row)."""
    cell = band_cell(row)
    if cell is None or not holds_the_stated(question, *cell):
        return question
    clauses = [clause for clause in re.split(r"(?<=[。、？?！!])", question) if clause]
    kept = [clause for clause in clauses if not states_a_quantity(clause)]  # (「通勤手当は1日いくら」 states none)
    if kept and len(kept) < len(clauses):
        return _with_other_rows_names("".join(kept), "".join(clause for clause in clauses if clause not in kept), row, text)
    return _without_the_stated_words(question, row, text) if len(clauses) == 1 else question


def _with_other_rows_names(kept: str, dropped: str, row: str, text: str) -> str:
    """What is kept, after the labels of the other rows the dropped words name where the row's own
    cells are not named (「軽トラックの基本運賃はいくら？」 checked against the 1.5トン車 row)."""
    others = [line.strip() for line in text.splitlines() if TABLE_CELL_SEPARATOR in line and line.strip() != row.strip()]
    if own := cells_named(dropped, row):
        # (The row's own thing the dropped clause names is still what is asked about: 「インプラントを3本
        # まとめて入れる予定です。メンテ会員だと…」 asks about the インプラント row's 会員料金.)
        return f"{'・'.join(own)}の{kept}"
    names = sorted({label for other in others if names_a_cell(dropped, other) and (label := _first_value(other))})
    return f"{'・'.join(names)}の{kept}" if names else kept


def _first_value(row: str) -> str:
    """A row's first cell's value, past its heading (「… / 車種: 軽トラック | …」: 軽トラック)."""
    return row.split(" / ")[-1].split(TABLE_CELL_SEPARATOR)[0].partition(": ")[2].strip()


# What follows a stated quantity in the clause that states it: 「勤続10年で」, 「8キロちょっとだと」.
_AFTER_STATED = re.compile(r"(?:ちょっと|ほど|くらい|ぐらい|程度|強|弱)?(?:だと|なら|だったら|の場合|のとき|の時|で|の)?")


def _without_the_stated_words(question: str, row: str, text: str) -> str:
    """One clause holding both the quantity and the thing asked (「勤続10年で辞めたら退職金はいくら」):
    the words that state the quantity go, from after the clause's topic (「…は」) to its particle;
    the rest (「辞めたら退職金はいくら」) still names what the row must."""
    folded = unicodedata.normalize("NFKC", question)
    stated = STATED_QUANTITY.search(folded)
    if stated is None or len(folded) != len(question):
        return question
    start = question.rfind("は", 0, stated.start()) + 1
    end = stated.end() + len(_AFTER_STATED.match(question, stated.end()).group())
    return _with_other_rows_names(question[:start] + question[end:], question[start:end], row, text)


def unbanded_in(question: str, text: str) -> str:
    """The same for a passage: the question without its quantity's clause where one of the
    passage's rows is the band that holds it."""
    if stated_quantity(question) is None:
        return question
    for line in text.splitlines():
        if (kept := unbanded(question, line, text)) != question:
            return kept
    return question
