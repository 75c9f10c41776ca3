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
on the upper line or between the two) keeps its column. A grouped table's second key column,
written on its group's first row only as the first is (「工場 | 製品ライン | 期間」), is filled down
within the first's group (with_inner_group).
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

# What a price list's cell says where it has no figure (「3歳以下 | 無料 | 無料」): a value, as a figure is.
_VALUE_WORD = re.compile(r"無料|なし|不要|設定なし|対象外|[-ー－—―×○◯]")


def _is_name(cell: Any) -> bool:
    text = cell.text.strip()
    return 0 < len(text) <= MAX_NAME_CHARS and not _FIGURE.fullmatch(text)


def _over(upper: Any, lower: Any, slack: float | None = None) -> bool:
    slack = OVER_SLACK * upper.size if slack is None else slack
    return min(upper.right + slack, lower.right) - max(upper.left - slack, lower.left) > 0


def _close(above: Sequence[Any], below: Sequence[Any]) -> bool:
    size = max(cell.size for cell in [*above, *below])
    return min(cell.bottom for cell in above) - max(cell.top for cell in below) <= HEADER_ROW_GAP * size


def _middle(cell: Any) -> float:
    return (cell.left + cell.right) / 2


def _centred_owners(upper: Sequence[Any], lower: Sequence[Any], owners: list[Any | None]) -> list[Any | None]:
    """`owners` (the upper name over each lower name, or None) with the lower names under no
    upper name given the one set in the middle over them: a short name centred over two wide
    columns (「トレーニング室」 over 「市内 | 市外」) stands over neither of their names. The
    nearest upper name with lower names on both sides owns them, where it stands within a
    quarter of their span from its middle."""
    if all(owner is not None for owner in owners):
        return owners

    def over_its_own(name: Any) -> bool:
        # Already centred over the names it stands over (「改定後の月額賃料」 over its three areas):
        # the names merged down left of it (「種別 | 区画」) are not its.
        at = [index for index, owner in enumerate(owners) if owner is name]
        left, right = (lower[at[0]].left, lower[at[-1]].right) if at else (0.0, 0.0)
        return bool(at) and abs(_middle(name) - (left + right) / 2) <= (right - left) / 4

    centred = [
        name for name in upper
        if any(_middle(c) < _middle(name) for c in lower) and any(_middle(c) > _middle(name) for c in lower) and not over_its_own(name)
    ]
    given = [owner if owner is not None or not centred else min(centred, key=lambda name: abs(_middle(name) - _middle(cell))) for cell, owner in zip(lower, owners, strict=True)]
    for name in {id(owner): owner for owner in given if owner is not None}.values():
        at = [index for index, owner in enumerate(given) if owner is name]
        left, right = lower[at[0]].left, lower[at[-1]].right
        if at != list(range(at[0], at[-1] + 1)) or abs(_middle(name) - (left + right) / 2) > (right - left) / 4:
            given = [None if owner is name and owners[index] is None else owner for index, owner in enumerate(given)]
    return given


def _left_aligned_owners(upper: Sequence[Any], lower: Sequence[Any], owners: list[Any | None]) -> list[Any | None]:
    """`owners` with the lower names under no upper name given the name set flush left over the
    first column of its group: 「繁忙期 | 通常期 | 閑散期」 each over its 土日祝 and not over the 平日
    beside it; the names merged down left of the groups (「区分 | 項目」) are no group's. Each name is
    over one column's left edge and its group runs to the next name's."""
    if all(owner is not None for owner in owners):
        return owners
    # (Names merged down beside the groups, 「プラン | 人数区分」, stand over no lower name: no group's.)
    groups = [name for name in upper if any(owner is name for owner in owners)]
    if len(groups) < 2:
        return owners
    starts = []
    for name in groups:
        flush = [at for at, cell in enumerate(lower) if abs(cell.left - name.left) <= name.size]
        if len(flush) != 1 or owners[flush[0]] is not name:
            return owners
        starts.append(flush[0])
    if starts != sorted(starts):
        return owners
    given = list(owners)
    for index, (name, start) in enumerate(zip(groups, starts, strict=True)):
        span = list(range(start, starts[index + 1] if index + 1 < len(starts) else len(lower)))
        if index + 1 == len(starts) and len(span) != starts[-1] - starts[-2]:
            # The last group reaches the table's right edge only as wide as the group before it (a
            # name merged down after it, 「備考」, is no group's); else it has the columns it is over.
            span = [at for at in span if owners[at] is name]
        for at in span:
            if given[at] is not None and given[at] is not name:
                return owners
            given[at] = name
    return given if any(given[at] is not owners[at] for at in range(len(lower))) else owners


def _joined(upper: Sequence[Any], between: Sequence[Any], lower: Sequence[Any], first_row: Sequence[Any]) -> list[Any] | None:
    """The header's one line of names, or None where these lines are no two-row header."""
    if len(lower) < 2 or not all(_is_name(cell) for cell in [*upper, *between, *lower]):
        return None
    if not any(_FIGURE.fullmatch(cell.text.strip()) or _VALUE_WORD.fullmatch(cell.text.strip()) for cell in first_row) or len(first_row) < min(len(lower), len(upper) + 1):
        return None  # a header is over figures; names over names are a list
    owners: list[Any | None] = []
    for cell in lower:
        over = [name for name in upper if _over(name, cell)]
        if len(over) > 1:
            # A wide name (「汐見市民料金」) reaching within the slack of the next group's name too:
            # the name it stands under itself, if one; else the lines are no header.
            over = [name for name in over if _over(name, cell, slack=0.0)]
        if len(over) > 1:
            return None
        owners.append(over[0] if over else None)
    aligned = _left_aligned_owners(upper, lower, owners)
    flush_left = aligned is not owners
    owners = aligned if flush_left else _centred_owners(upper, lower, owners)
    # Names centred over as many columns each (「0歳児」, 「1・2歳児」 over 「標準時間 | 短時間」), where a wide
    # one reaches over its neighbour's: each column under the name whose middle is nearest.
    nearest = [min(upper, key=lambda name: abs(_middle(name) - _middle(cell))) if owner is not None else None for cell, owner in zip(lower, owners, strict=True)]
    counts, before = ([sum(1 for owner in chosen if owner is name) for name in upper] for chosen in (nearest, owners))
    if not flush_left and nearest != owners and len({count for count in counts if count}) == 1 and max(counts) >= 2 and len({count for count in before if count}) > 1:
        owners = nearest
    spanning = {id(owner) for owner in owners if owner is not None and sum(1 for o in owners if o is owner) >= 2}
    # Or each upper name over its own lower one (「生産数量」 over 「（千単位）」), beside names merged
    # down over both rows set on the lower line (「工場 | 製品ライン | 期間」): names set on two lines.
    on_two_lines = not spanning and sum(owner is not None for owner in owners) >= 2 and None in owners and all(any(owner is name for owner in owners) for name in upper)
    if not (spanning or on_two_lines) or any(_over(label, cell) for label in between for cell in lower):
        return None
    names = [dataclasses.replace(cell, text=f"{owner.text} {cell.text}") if owner is not None else cell for cell, owner in zip(lower, owners, strict=True)]
    # A name over no lower name was merged down over both rows: it names its own column.
    labels = [name for name in upper if not any(owner is name for owner in owners)]
    return sorted([*labels, *between, *names], key=lambda cell: cell.left)


def _stacked(upper: Sequence[Any], middle: Sequence[Any]) -> list[Any] | None:
    """The upper line's names with the middle line's names under them joined to them (a name
    set on two lines: 「午前」 over 「9:00〜12:00」), and the middle's names under no upper name
    (merged down over the header's lines: 「施設・室名」) kept as names of their own. None where
    the middle line is not that: nothing under an upper name, or two names under one."""
    if len(upper) < 2 or len(middle) < 2 or not all(_is_name(cell) for cell in middle):
        return None
    names: list[Any] = list(upper)
    for cell in middle:
        over = [at for at, name in enumerate(upper) if _over(name, cell)]
        if len(over) > 1 or (over and names[over[0]] is not upper[over[0]]):
            return None
        if over:
            name = upper[over[0]]
            names[over[0]] = dataclasses.replace(name, text=f"{name.text} {cell.text}", left=min(name.left, cell.left), right=max(name.right, cell.right), bottom=cell.bottom)
        else:
            names.append(cell)
    # (Or only names merged down beside the upper ones, 「階層 | 市町村民税所得割額」 left of 「0歳児 | 1・2歳児 | …」.)
    beside = all(cell.right < min(name.left for name in upper) or cell.left > max(name.right for name in upper) for cell in middle)
    if all(name is upper[at] for at, name in enumerate(names[: len(upper)])) and not beside:
        return None
    return sorted(names, key=lambda cell: cell.left)


def join_two_row_headers(lines: list[list[Any]]) -> list[list[Any]]:
    """`lines` (each a line's cells, top to bottom) with every two-row header made one line.

    The upper line has a name over two or more names of the lower line (and every lower name
    under one upper name at most), and goes on no table above it; between the two may stand
    one line of one name, merged down over both rows; under them, the table's first row has
    a figure. The upper names may be set on two lines, with names merged down over all the
    header's lines beside them (_stacked): three lines of header."""
    joined: list[list[Any]] = []
    index = 0
    while index < len(lines):
        upper, header, end = lines[index], None, index + 1
        if index == 0 or len(lines[index - 1]) < 2 or not _close(lines[index - 1], upper):
            for lower_at in (index + 1, index + 2):
                between = lines[index + 1:lower_at]
                if lower_at + 1 >= len(lines) or len(upper) + len(between) < 2:
                    continue
                lower, first_row, middle = lines[lower_at], lines[lower_at + 1], between[0] if between else []
                if not (_close(upper, middle or lower) and _close(middle or lower, lower) and _close(lower, first_row)):
                    continue
                stacked = _stacked(upper, middle) if len(middle) > 1 else None
                if len(middle) > 1 and stacked is None:
                    continue
                if (header := _joined(stacked or upper, [] if stacked else middle, lower, first_row)) is not None:
                    end = lower_at + 1
                    break
        joined.append(header or upper)
        index = end
    return joined


def with_nearest_columns(cells: Sequence[Any], header: Sequence[Any], columns: list[int | None]) -> list[int | None]:
    """A row's columns (`columns`: the header name each cell stands under, or None) with each
    cell under no name put under a name: the columns run left to right, one cell to a name, the
    cells under a name keep it, and the rest go where they stand nearest their names in all (a
    figure set flush right under a name set flush left or centred: 「156」 under 「保有台数（台）
    2026年3月末」, 「1区分」 under 「単位」; a short room name set flush left under a centred
    「施設・室名」). Unchanged where no such reading is."""
    count, names = len(cells), len(header)
    if all(column is not None for column in columns) or count > names:
        return list(columns)

    def cost(index: int, column: int) -> float:
        if columns[index] is not None:
            return 0.0 if columns[index] == column else float("inf")
        return abs(_middle(header[column]) - _middle(cells[index]))

    # best[i][j]: the least cost of the first i cells under the first j names.
    best = [[float("inf")] * (names + 1) for _ in range(count + 1)]
    best[0] = [0.0] * (names + 1)
    for index in range(1, count + 1):
        for column in range(index, names + 1):
            best[index][column] = min(best[index][column - 1], best[index - 1][column - 1] + cost(index - 1, column - 1))
    if best[count][names] == float("inf"):
        return list(columns)
    placed: list[int | None] = [None] * count
    index, column = count, names
    while index:
        if best[index][column] == best[index][column - 1] and column > index:
            column -= 1
            continue
        placed[index - 1] = column - 1
        index, column = index - 1, column - 1
    return placed


def with_inner_group(pairs: list[tuple[int | None, str]], groups: Any, filled: bool) -> list[tuple[int | None, str]]:
    """A row's (column, text) cells with its second grouped column filled down as the first is
    (FilledDown, `filled`: this row was given its group): 「製品ライン: 出版印刷（書籍・冊子）」 on the
    第2四半期 … 年間計 rows under the one that writes it, within its 工場's group."""
    written = {column: text for column, text in pairs if column is not None}
    if 0 in written or 1 in written:
        groups.inner = written.get(1) if len(groups.headers) >= 4 else None  # a group (or an inner one) starts
        return pairs
    figures = sum(1 for column, text in pairs if column is not None and column >= 2 and _FIGURE.fullmatch(text.strip()))
    if not filled or getattr(groups, "inner", None) is None or figures < 2:
        return pairs
    return [(1, groups.inner), *pairs]
