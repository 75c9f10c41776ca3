"""The cells of a table row as the parser writes it (「役職: 課長 | 国内日当: 3,000円」): (column, value)
pairs, the row's own label under no column as ("", label); and its bare figures with the unit their
column, their row's label or their sheet names (「家庭用（件）: 31,305」 states 31,305件)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from appliance.text.japanese import TABLE_CELL_SEPARATOR
from appliance.text.tables import names_its_columns
from rag.asked import with_column_unit

if TYPE_CHECKING:
    from rag.retrieval import Passage


def named_cells(row: str) -> list[tuple[str, str]]:
    """The (column, value) cells of a row that names its columns (names_its_columns); the
    row's own label, under no column, as ("", label). Empty for any other sentence."""
    if not names_its_columns(row):
        return []
    cells = []
    for cell in row.split(" | "):
        named = re.match(r"(.+?)[:：]\s(.*)$", cell) or re.match(r"(\D.*?)[:：]()$", cell.strip())  # an empty cell too
        cells.append((named.group(1).strip(), named.group(2).strip()) if named else ("", cell.strip()))
    return cells


# A sheet's or a table's note of the unit its bare figures are in (「単位：千円」), in the passage.
_UNIT_NOTE = re.compile(r"単位\s*[:：]\s*(千円|百万円|億円|万円|円|千人|人|件|台|%|％|kg|t|時間|日)")


_COUNTED = re.compile(r"(台|人|件|回|枚|個|戸|室|名|者)数")
_AMOUNT_WORDS = re.compile(r"円|金額|料|費|売上|収入|単価|率")


def with_the_unit(row: str, passage: Passage) -> str:
    """A row's bare figures with the unit its sheet notes (「2026年度 予算: 1,586,000」 under
    「単位：千円」 states 1,586,000千円); the row as it is where no unit is noted."""
    note = _UNIT_NOTE.search(f"{passage.title}\n{passage.text}")
    title = passage.heading_path[-1] if passage.heading_path else ""
    # (Or the count its table's title names: 「駐輪場別 定期契約台数」's figures are 台, never 円.)
    counted = _COUNTED.search(title) if note is None and not _AMOUNT_WORDS.search(title) else None
    unit = note.group(1) if note else ("人" if counted.group(1) == "者" else counted.group(1)) if counted else None  # (「宿泊者数」: 人)
    cells = named_cells(row)
    if unit is None or TABLE_CELL_SEPARATOR not in row or not cells:
        return row
    # A column that names its own unit (「客数（千人）」) keeps it; a label cell stays as it is.
    return " | ".join(
        f"{column}: {value}{unit}" if column and re.fullmatch(r"[\d,.]+", value.strip()) and with_column_unit(column, value) == value else
        f"{column}: {value}" if column else value
        for column, value in cells
    )


def with_cell_units(row: str, passage: Passage) -> str:
    """with_the_unit, and each bare figure with the unit its own column names (「家庭用 2027年3月末
    （件）: 31,305」 states 31,305件): a count is never read as an amount of 円."""
    row = with_the_unit(row, passage)
    if TABLE_CELL_SEPARATOR not in row:
        return row
    # (A unit of thousands or millions, 「（百万円）」, stays in its column: 5,386 is as the model reads it.)
    cells = named_cells(row)
    # A row label's unit (「指標: 1日パス販売数（枚） | 2026年度実績: 11,872」) is its figures' under columns of none.
    label = cells[0][1] if cells and not re.search(r"[（(](?:十|百|千|万|億)", cells[0][1]) else ""
    united = [
        value if not column or re.search(r"[（(](?:十|百|千|万|億)", column) else united if (united := with_column_unit(column, value)) != value or index == 0 else with_column_unit(label, value)
        for index, (column, value) in enumerate(cells)
    ]
    if united == [value for _, value in cells]:
        return row
    return " | ".join(f"{column}: {value}" if column else value for (column, _), value in zip(cells, united))


def cell_with_unit(cell: str, row: str, passage: Passage) -> str:
    """A row's cell (「自転車（学生）: 214」) as with_cell_units writes it (「自転車（学生）: 214台」)."""
    column = cell.rpartition(": ")[0]
    return next((f"{name}: {value}" for name, value in named_cells(with_cell_units(row, passage)) if name == column), cell)
