"""A PDF table's header set on two rows, read as one row of column names.

A price list puts a name over two or more columns and the columns' own names under it:

    管理委託料（月額）      | 退去立会・精算手数料
    専有面積                                              (merged down: set between the rows)
    改定後 | 改定前         | 改定後 | 改定前
    20㎡未満 | 2,750円 | 2,420円 | 11,000円 | 9,900円

Read line by line, the table's header is its last line alone (改定後 | 改定前 | 改定後 | 改定前),
so that a row's 2,750円 and 11,000円 are both 「改定後」 and nothing says which is the fee and
which the charge; the row's band (20㎡未満) stands under no name at all. The office parsers
join such a header into one row (「管理委託料（月額） 改定後」, excel._combined_headers); this
does the same from where the characters stand: the lower line's names each under the upper
name set over them, and a name that stands over no name of the lower line (merged down, set
on the upper line or between the two) keeps its column.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

# An upper name is over a lower one where they overlap, give or take this (font sizes): a short
# name centred over two wide columns may end just short of their names.
OVER_SLACK = 1.5
# The header's lines, and its first row under it, stand closer than this (font sizes).
HEADER_ROW_GAP = 2.5
MAX_NAME_CHARS = 40

_FIGURE = re.compile(r"[+\-−±△▲¥￥]?[\d,.]+\s*(?:[%％]|[万千億]?円|[億万千]|[人名件台個回社点倍戸]|ポイント|pt)?", re.IGNORECASE)


def _is_name(cell: Any) -> bool:
    text = cell.text.strip()
    return 0 < len(text) <= MAX_NAME_CHARS and not _FIGURE.fullmatch(text)


def _over(upper: Any, lower: Any) -> bool:
    slack = OVER_SLACK * upper.size
    return min(upper.right + slack, lower.right) - max(upper.left - slack, lower.left) > 0


def _close(above: Sequence[Any], below: Sequence[Any]) -> bool:
    size = max(cell.size for cell in [*above, *below])
    return min(cell.bottom for cell in above) - max(cell.top for cell in below) <= HEADER_ROW_GAP * size


def _joined(upper: Sequence[Any], between: Sequence[Any], lower: Sequence[Any], first_row: Sequence[Any]) -> list[Any] | None:
    """The header's one line of names, or None where these lines are no two-row header."""
    if len(lower) < 2 or not all(_is_name(cell) for cell in [*upper, *between, *lower]):
        return None
    if not any(_FIGURE.fullmatch(cell.text.strip()) for cell in first_row) or len(first_row) < len(lower):
        return None  # a header is over figures; names over names are a list
    owners: list[Any | None] = []
    for cell in lower:
        over = [name for name in upper if _over(name, cell)]
        if len(over) > 1:
            return None
        owners.append(over[0] if over else None)
    spanning = {id(owner) for owner in owners if owner is not None and sum(1 for o in owners if o is owner) >= 2}
    if not spanning or any(_over(label, cell) for label in between for cell in lower):
        return None
    names = [dataclasses.replace(cell, text=f"{owner.text} {cell.text}") if owner is not None else cell for cell, owner in zip(lower, owners, strict=True)]
    # A name over no lower name was merged down over both rows: it names its own column.
    labels = [name for name in upper if not any(owner is name for owner in owners)]
    return sorted([*labels, *between, *names], key=lambda cell: cell.left)


def join_two_row_headers(lines: list[list[Any]]) -> list[list[Any]]:
    """`lines` (each a line's cells, top to bottom) with every two-row header made one line.

    The upper line has a name over two or more names of the lower line (and every lower name
    under one upper name at most), and goes on no table above it; between the two may stand
    one line of one name, merged down over both rows; under them, the table's first row has
    a figure."""
    joined: list[list[Any]] = []
    index = 0
    while index < len(lines):
        upper, header, end = lines[index], None, index + 1
        if index == 0 or len(lines[index - 1]) < 2 or not _close(lines[index - 1], upper):
            for lower_at in (index + 1, index + 2):
                between = lines[index + 1:lower_at]
                if lower_at + 1 >= len(lines) or (between and len(between[0]) != 1) or len(upper) + len(between) < 2:
                    continue
                lower, first_row, middle = lines[lower_at], lines[lower_at + 1], between[0] if between else []
                if not (_close(upper, middle or lower) and _close(middle or lower, lower) and _close(lower, first_row)):
                    continue
                if (header := _joined(upper, middle, lower, first_row)) is not None:
                    end = lower_at + 1
                    break
        joined.append(header or upper)
        index = end
    return joined
