"""A name the question asks by, and the group a price list is keyed by instead: 「潮見店で屋内型の1.5帖を
借りると？」 of a rent table whose columns are 中央エリア, 臨海エリア and 郊外エリア, where a table of the
stores beside it says 「店舗: 潮見店 | エリア: 臨海エリア」. The question is read with the group in the name's
place (「臨海エリアで…」): the rent row's 臨海エリア column is the one asked, and the row is checked
against what it is keyed by."""

from __future__ import annotations

import re
from collections.abc import Sequence

from appliance.text.japanese import TABLE_CELL_SEPARATOR
from rag.retrieval import Passage
from rag.table_cells import named_cells


def _rows(passages: Sequence[Passage]) -> list[list[tuple[str, str]]]:
    return [cells for passage in passages for line in passage.text.splitlines() if TABLE_CELL_SEPARATOR in line and len(cells := named_cells(line.split(" / ")[-1])) >= 2]


def with_its_group(question: str, passages: Sequence[Passage]) -> str:
    """The question with the group of the one name it asks by in that name's place, where a
    row of the passages keys the name (its first cell) and gives, in another cell, a group that
    other tables' columns are named by and the question does not name; else the question."""
    rows = _rows(passages)
    found: dict[str, str] = {}
    for cells in rows:
        name = cells[0][1].strip()
        if len(name) < 2 or name not in question or re.fullmatch(r"[\d,.\s]+", name):
            continue
        if any(name in column for other in rows for column, _ in other):
            continue  # a table with a column of the name's own (「潮見店」) asks no group
        columns = {column for column, _ in cells}
        for _, value in cells[1:]:
            value = value.strip()
            if len(value) < 2 or value in question or re.search(r"\d", value):
                continue
            # Another table's columns are named by the group (「改定後の月額賃料 臨海エリア」).
            elsewhere = [other for other in rows if {column for column, _ in other} != columns and any(re.search(rf"(?:^|\s){re.escape(value)}$", column) for column, _ in other)]
            if elsewhere:
                found.setdefault(name, value)
                if found[name] != value:
                    return question  # two groups for one name: none is the one
    if len(found) != 1:
        return question
    (name, group), = found.items()
    return question.replace(name, group, 1)
