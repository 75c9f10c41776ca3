"""A PDF page's text in reading order, rebuilt from where its characters stand.

pdfium gives a page's characters in the order the producer wrote them. For prose that is
the reading order; for a table it is not: a slide exported by LibreOffice writes a table
cell by cell, so its text came out as 「売上高営業利益営業利益率」 and 「418億円29億円6.9%」, the
cells glued, a row's label on another line than its figures, and a two-line header cell
split from its second line. A reader (and the model, and the claim check) could not tell
which figure belonged to which column.

Here the characters are grouped by position instead:

* a line is the characters whose vertical extents overlap (a cell wrapped over two lines
  lies beside its row's one-line cells, so the row stays one line);
* a line is cut into cells where a horizontal gap is wider than a character or so, and a
  cell's own lines are read top to bottom;
* a cell wrapped over lines that stand above or under its row's line (a cell centred on a
  taller row: 「各工場 月5件以」 over the row, 「下」 under it) is put back into its row;
* Japanese is set without spaces, and pdfium makes up spaces of its own, so a space is
  written only where the page shows one: a space the producer wrote that opens a gap
  (「品質保証課 長尾」), or a gap between Latin words (「FSSC 22000」, not 「300 ml」);
* consecutive lines of two cells or more are a table: its first line is the header (two lines
  under a name over several columns, joined: pdf_headers), and each later row is written as
  the office parsers write theirs, every cell named by the header above it
  (「2026年3月期第3四半期（10〜12月） | 売上高: 451億円 | 営業利益: 36億円」);
* a line of prose the page wrapped at its right margin is joined to the rest of its sentence
  (「…（第2版までは」 and 「30枚）。」), so every line break left is one the author made.

A page this cannot read (vertical writing, characters with no boxes) keeps pdfium's text.
"""

from __future__ import annotations

import itertools
import re
import statistics
from dataclasses import dataclass, field
from typing import NamedTuple

from ingestion.parsing.office import FilledDown
from ingestion.parsing.pdf_characters import Character
from ingestion.parsing.pdf_headers import join_two_row_headers, with_inner_group, with_nearest_columns
from ingestion.parsing.pdf_prose import SAME_LINE_OVERLAP, SAME_TEXT_SIZE, margins_of, wrapped_onto
from ingestion.parsing.pdf_rulings import Rulings

# Gaps, in units of the line's font size.
# Japanese is set without spaces, but a digit beside a kanji is often set a third of a
# character apart; the cells of a slide's table were a character apart (bench/RESULTS.md).
CELL_GAP = 0.8  # wider than this between two characters: another cell (another column)
LATIN_SPACE = 0.2  # between two Latin letters: a word space (digits are set apart by their boxes)
# Between a digit and a Latin letter: a Japanese font sets its digits with wide side bearings,
# so 「300ml」 and 「1.5mm」 stand 0.2 apart with no space written between them.
DIGIT_LATIN_SPACE = 0.3
# A space the producer wrote is a word space where it opens at least this gap; kana and
# kanji stand 0.05 to 0.1 apart, a written space 0.25 or more (「品質保証課 長尾」).
WRITTEN_SPACE = 0.15
# Two characters whose advances meet within this were set side by side, with no space: a
# narrow glyph centred in its advance (「:」, 「1」, 「(」) shows a gap of ink that no one set.
SET_SIDE_BY_SIDE = 0.05
# A cell's next line that is this close under it (a wrapped cell), in font sizes.
WRAPPED_LINE_GAP = 1.0
# Characters whose sizes differ more than this are not one line of a cell (a title beside
# its subtitle).
SAME_SIZE = 1.3
# Rows of one table are closer than this (font sizes between one's bottom and the next's top).
TABLE_ROW_GAP = 2.5
# Headers longer than this are prose, not a table's column names.
MAX_HEADER_CHARS = 40
HEADER_SPLIT_GAP = 0.3  # a header cell over several columns is cut only at a blank this wide
# A cell centred on a taller row (a table whose cells are set in the middle of their row):
# the middle of its lines stands within this of the middle of the row's one-line cells,
# and a line of it set off the row's line, within OFF_ROW_LINE.
CENTRED = 0.35
OFF_ROW_LINE = 1.0
# Lines of one cell are evenly spaced: a line added to a cell keeps its spacing within this.
SAME_LINE_SPACING = 0.3


@dataclass
class _Cell:
    text: str
    left: float
    right: float
    bottom: float
    top: float
    size: float
    head: Character  # its first character, as read
    tail: Character  # its last
    line_spacing: float | None = None  # between two of its lines, where it has several
    lead_width: float = 0.0  # of what its first line starts with that no wrap breaks (see _cell)
    characters: list[Character] = field(default_factory=list, repr=False)

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


def _is_latin(character: str) -> bool:
    return character.isascii() and (character.isalnum() or character in ".,%$:;/-+)(")


def _space_written_between(before: Character, after: Character) -> bool:
    """Whether the producer wrote a space between these two characters (pdfium's own are no
    characters here)."""
    return after.spaced_from >= 0 and after.spaced_from == before.index


def _pen_gap(before: Character, after: Character) -> float | None:
    """How far the producer moved the pen between two characters, beyond the first's advance."""
    if before.pen_right is None or after.pen_left is None:
        return None
    return after.pen_left - before.pen_right


def _word_space(before: Character, after: Character, gap: float, size: float) -> bool:
    """Whether a gap between two characters of one line of a cell is a space."""
    # A written space opens its own width even where the ink does not show it: a font the
    # reader substitutes (a Japanese PDF's Heisei fonts are seldom embedded) draws its 「f」
    # wider than the advance the PDF gives it, over the space of 「staff thirty」.
    if _space_written_between(before, after) and max(gap, after.space_width) > WRITTEN_SPACE * size:
        return True  # 「品質保証課 長尾」, 「ごまだれ 300ml」: words the producer set apart
    last, first = before.text[-1], after.text[0]
    if not (_is_latin(last) and _is_latin(first)):
        return False  # Japanese: none; a wider gap is another cell
    pen_gap = _pen_gap(before, after)
    if pen_gap is not None and abs(pen_gap) <= SET_SIDE_BY_SIDE * size:
        return False  # 「9:00」, 「(1)」: set side by side, the narrow 「:」 and 「1」 centred in their advance
    if last in "0123456789.,+-$" and first in "0123456789.,%":
        return False  # 「11.6%」: a narrow 1 leaves a gap inside its box, not a space
    if last.isdigit() != first.isdigit() and (last.isalpha() or first.isalpha()):
        return gap > DIGIT_LATIN_SPACE * size  # 「300ml」, 「A4」
    return gap > LATIN_SPACE * size


def _lines(characters: list[Character]) -> list[list[Character]]:
    """Characters grouped into lines: vertical extents that overlap, chained (top first)."""
    lines: list[tuple[float, float, list[Character]]] = []  # bottom, top, characters
    for character in sorted(characters, key=lambda c: -(c.top + c.bottom) / 2):
        if lines:
            bottom, top, members = lines[-1]
            overlap = min(top, character.top) - max(bottom, character.bottom)
            if overlap >= SAME_LINE_OVERLAP * min(character.height, top - bottom):
                members.append(character)
                lines[-1] = (min(bottom, character.bottom), max(top, character.top), members)
                continue
        lines.append((character.bottom, character.top, [character]))
    return [members for _, _, members in lines]


def _cell(characters: list[Character], size: float) -> _Cell:
    """One cell's characters as text: its own lines top to bottom, each left to right."""
    rows: list[list[Character]] = []
    for character in sorted(characters, key=lambda c: -(c.top + c.bottom) / 2):
        if rows:
            row = rows[-1]
            top = max(c.top for c in row)
            bottom = min(c.bottom for c in row)
            middle = (character.top + character.bottom) / 2
            sizes = (character.size, row[0].size)
            if bottom <= middle <= top and max(sizes) <= SAME_SIZE * min(sizes):
                row.append(character)
                continue
        rows.append([character])
    pieces: list[str] = []
    # What the first line starts with that no wrap breaks: a figure or a Latin word, else its
    # first character.
    lead_end: Character | None = None
    for index, row in enumerate(rows):
        row.sort(key=lambda c: c.left)
        text = row[0].text
        leading = index == 0 and _is_latin(row[0].text[-1])
        if index == 0:
            lead_end = row[0]
        for before, after in itertools.pairwise(row):
            bullet = before is row[0] and before.text in _BULLETS and after.left - before.right > LATIN_SPACE * size
            spaced = bullet or _word_space(before, after, _visible_gap(before, after, size), size)
            if spaced:
                text += " "
            leading = leading and not spaced and _is_latin(after.text[0])
            if leading:
                lead_end = after
            text += after.text
        if pieces and (_line_joiner(rows[index - 1][-1], row[0]) or row[0].size != rows[0][0].size):
            pieces.append(" ")  # an English line wrapped inside its cell; a subtitle
        pieces.append(text)
    return _Cell(
        "".join(pieces), min(c.left for c in characters), max(c.right for c in characters),
        min(c.bottom for c in characters), max(c.top for c in characters), size, rows[0][0], rows[-1][-1],
        min(c.bottom for c in rows[0]) - max(c.top for c in rows[1]) if len(rows) > 1 else None,
        lead_end.right - rows[0][0].left if lead_end is not None else 0.0,
        list(characters),
    )


def _line_joiner(last: Character, first: Character) -> bool:
    """Whether a cell's line wrapped between words: English, or a space the producer wrote
    (the one at the break of 「品質保証課 長尾」)."""
    return (_is_latin(last.text[-1]) and _is_latin(first.text[0])) or _space_written_between(last, first)


# Full-width punctuation drawn on one half of its square: the blank half is no gap.
_BLANK_RIGHT_HALF = frozenset("：、。，．）」』】〕”")
_BLANK_LEFT_HALF = frozenset("（「『【〔“")
_BULLETS = frozenset("•・●○■□◆◇▪▫➢►▶✓✔※-*")


def _visible_gap(before: Character, after: Character, size: float, right: float | None = None) -> float:
    """The blank between two characters of a line, less the blank half of a full-width
    punctuation mark's square (「：」 after a word is no gap)."""
    gap = after.left - (before.right if right is None else right)
    if before.text in _BLANK_RIGHT_HALF:
        gap -= size / 2
    if after.text in _BLANK_LEFT_HALF:
        gap -= size / 2
    return gap


def _cells(line: list[Character], rulings: Rulings) -> list[_Cell]:
    """A line cut into cells where a gap is a column's width apart, or where the page draws a
    column's edge between two characters (a band as wide as its column beside the next
    column's price: 「15cm以上30cm未満」 | 「4,400円」)."""
    size = statistics.median(c.size for c in line)
    ordered = sorted(line, key=lambda c: c.left)
    groups: list[list[Character]] = [[ordered[0]]]
    right = ordered[0].right
    for before, character in itertools.pairwise(ordered):
        gap = _visible_gap(before, character, size, right)
        if _space_written_between(before, character):
            gap -= character.space_width  # one space between words, a full-width one too, is no column's edge
        bullet = len(groups) == 1 and len(groups[0]) == 1 and groups[0][0].text in _BULLETS
        ruled = rulings and rulings.between_columns(
            right, character.left, min(before.bottom, character.bottom), max(before.top, character.top))
        if (gap > CELL_GAP * size or ruled) and not bullet:
            groups.append([character])
        else:
            groups[-1].append(character)
        right = max(right, character.right)
    return [_cell(group, size) for group in groups]


def _overlaps(first: _Cell, second: _Cell) -> bool:
    return min(first.right, second.right) - max(first.left, second.left) > 0


def _line_over(cell: _Cell, line_above: _Cell, row: _RowLine, *, set_at_bottom: bool) -> bool:
    """Whether a line over this cell of a row is the cell's line before: its lines evenly
    spaced, and the cell either centred on its row with it, or set at the bottom of its row
    (its last line on the row's line) where the line stands inside the table, closer to
    this row than to the one above. A table's header over its first row is neither; nor is
    a caption over a table, nor a heading: a cell's lines are set in one size."""
    sizes = (cell.size, line_above.size)
    if max(sizes) > SAME_TEXT_SIZE * min(sizes):
        return False
    spacing = line_above.bottom - cell.top
    if cell.line_spacing is not None and abs(spacing - cell.line_spacing) > SAME_LINE_SPACING * cell.size:
        return False
    centre = (max(cell.top, line_above.top) + min(cell.bottom, line_above.bottom)) / 2
    if abs(centre - row.middle) <= CENTRED * cell.size:
        return True
    return set_at_bottom and abs(cell.bottom - row.bottom) <= SAME_LINE_SPACING * cell.size


class _RowLine(NamedTuple):
    """Where a row's own line stands: the middle and the bottom of its cells."""

    middle: float
    bottom: float


def _placement(row: list[_Cell], line_of_row: _RowLine, line: list[_Cell], *, below: bool,
               neighbours: list[list[_Cell]], set_at_bottom: bool = False, rulings: Rulings = Rulings(),
               ) -> list[tuple[_Cell, _Cell | None]] | None:
    """Where each cell of `line` (a line under the row, or over it) goes in the row: onto the
    row's cell it continues, or (None) into a column the row's own line leaves empty; None
    where the line is no part of the row.

    Under a row, a line right under one of its cells is that cell's next line, as a table
    whose cells are set at the top of their row wraps them. Over a row, a line is a cell's
    line before only where the cell is centred on the row (set in the middle of a taller row,
    「岡山工場」 over 「製造二課」 over 「若林」) or, `set_at_bottom`, ends on the row's line
    (see _line_over). A line under or over an empty column, close to
    the row's middle, is a cell of the row set off its line: a two-line cell centred on a
    row has no line on the row's line at all (「各工場 月5件以」 over the row, 「下」 under it).
    A line the page rules off the cell it would continue (a drawn row's edge between them) is
    none of its lines: rows set close together are no wrapped cell. (A line under an empty
    column may be ruled off the row's line and still be its: a header's names merged down
    over two rows stand on the rule between them.)
    """
    if len(row) < 2 or len(line) >= len(row):
        return None
    placed: list[tuple[_Cell, _Cell | None]] = []
    for piece in line:
        sizes = (piece.size, row[0].size)
        if max(sizes) > SAME_SIZE * min(sizes):
            return None
        columns = [cell for cell in row if _overlaps(piece, cell)]
        if len(columns) > 1 or any(column is target for column in columns for _, target in placed):
            return None
        if columns:
            column = columns[0]
            gap = column.bottom - piece.top if below else piece.bottom - column.top
            if gap > WRAPPED_LINE_GAP * piece.size:
                return None
            lower, upper = (piece.top, column.bottom) if below else (column.top, piece.bottom)
            if rulings and rulings.between_rows(piece.left, piece.right, lower, upper):
                return None
            if not (below or _line_over(column, piece, line_of_row, set_at_bottom=set_at_bottom)):
                return None
            placed.append((piece, column))
            continue
        # A column of the table: some row above or under has one cell there.
        # (or a column the page rules: a grid's cell beside the row's cells, on the row's line)
        in_a_column = any(sum(1 for cell in other if _overlaps(piece, cell)) == 1 for other in neighbours) or bool(
            rulings and rulings.ruled_column(piece.left, piece.right, line_of_row.middle))
        if not in_a_column or abs(piece.middle - line_of_row.middle) >= OFF_ROW_LINE * piece.size:
            return None
        placed.append((piece, None))
    return placed


def _within_one_column(line: list[_Cell], row: list[_Cell]) -> bool:
    return all(sum(1 for cell in row if _overlaps(piece, cell)) <= 1 for piece in line)


def _stack(upper: _Cell, lower: _Cell, into: _Cell) -> None:
    """Make `into` the cell whose lines are `upper`'s then `lower`'s."""
    spacing = upper.bottom - lower.top
    joiner = " " if _line_joiner(upper.tail, lower.head) else ""
    into.text = upper.text + joiner + lower.text
    into.head, into.tail = upper.head, lower.tail
    into.lead_width = upper.lead_width
    known = [cell.line_spacing for cell in (upper, lower) if cell.line_spacing is not None]
    into.line_spacing = known[0] if known else spacing
    into.left, into.right = min(upper.left, lower.left), max(upper.right, lower.right)
    into.bottom, into.top = lower.bottom, upper.top
    into.characters = [*upper.characters, *lower.characters]


def _merge_wrapped(lines: list[list[_Cell]], rulings: Rulings) -> list[list[_Cell]]:
    """The lines with each wrapped cell's other lines put back into their row.

    A row is a line of two cells or more. Top down, a line goes to the row above it where it
    stands no farther from it than from the line under it; then, bottom up, a line goes to
    the row under it where that row's cells are centred on it or set at its bottom; then,
    top down again, what no row under took may still go to the row above (a wrapped line set
    closer to the next row than to its own).
    """
    owner: list[int | None] = [None] * len(lines)  # the row each line went into
    rows: dict[int, _RowLine] = {}
    extents = [(min(c.bottom for c in line), max(c.top for c in line)) for line in lines]
    multi_cell = [index for index, line in enumerate(lines) if len(line) >= 2]

    def gap_above(index: int) -> float:
        return extents[index - 1][0] - extents[index][1] if index else float("inf")

    def gap_below(index: int) -> float:
        return extents[index][0] - extents[index + 1][1] if index + 1 < len(lines) else float("inf")

    def row_above(index: int) -> int | None:
        previous = index - 1
        if previous in rows and owner[previous] is None:
            return previous
        row = owner[previous] if index else None
        return row if row is not None and row < previous else None

    def row_below(index: int) -> int | None:
        following = index + 1
        if following in rows and owner[following] is None:
            return following
        row = owner[following] if following < len(lines) else None
        return row if row is not None and row > following else None

    def inside_a_table(index: int, row: int) -> bool:
        """Whether a row stands above the lines that no row has taken over this line, and
        farther from them than this line from the line under it (a row's padding, not the
        spacing of a cell's lines), those lines each within one column of the row under them.
        A paragraph across the columns between two tables is no cell's: the heading under it
        (「8. 連絡先」 over the header 「窓口」) is none of the next table's cells."""
        size = lines[index][0].size
        first = index
        while first > 0 and owner[first - 1] is None and first - 1 not in rows:
            first -= 1
        if not all(_within_one_column(lines[other], lines[row]) for other in range(first, index + 1)):
            return False
        return 0 < first and gap_below(index) + SAME_LINE_SPACING * size < gap_above(first) < TABLE_ROW_GAP * size

    def attach(index: int, row: int, *, below: bool) -> bool:
        neighbours = [lines[other] for other in (
            max((other for other in multi_cell if other < row and other != index), default=None),
            min((other for other in multi_cell if other > row and other != index), default=None),
        ) if other is not None]
        placed = _placement(lines[row], rows[row], lines[index], below=below, neighbours=neighbours,
                            set_at_bottom=not below and inside_a_table(index, row), rulings=rulings)
        if placed is None:
            return False
        for piece, column in placed:
            if column is None:
                lines[row].append(piece)
            elif below:
                _stack(column, piece, column)
            else:
                _stack(piece, column, column)
        lines[row].sort(key=lambda cell: cell.left)
        owner[index] = row
        return True

    for index, line in enumerate(lines):
        row = row_above(index)
        # Spaced evenly, a line goes with the row above: most tables set cells at the top.
        closer_above = gap_above(index) <= gap_below(index) + SAME_LINE_SPACING * line[0].size
        if row is not None and closer_above and attach(index, row, below=True):
            continue
        if len(line) >= 2:
            rows[index] = _RowLine(statistics.median(cell.middle for cell in line),
                                   statistics.median(cell.bottom for cell in line))
    for index in reversed(range(len(lines))):
        if owner[index] is not None or index in owner:
            continue  # a row with lines of its own is no line of another
        row = row_below(index)
        if row is not None and attach(index, row, below=False):
            rows.pop(index, None)
    for index in range(len(lines)):
        if owner[index] is None and index not in rows and (row := row_above(index)) is not None:
            attach(index, row, below=True)
    return [line for index, line in enumerate(lines) if owner[index] is None]


def _column_of(cell: _Cell, header: list[_Cell]) -> int | None:
    """The header cell above this cell: the one it overlaps most, or None."""
    best, best_overlap = None, 0.0
    for index, column in enumerate(header):
        overlap = min(cell.right, column.right) - max(cell.left, column.left)
        if overlap > best_overlap:
            best, best_overlap = index, overlap
    return best


_VALUE = re.compile(r"[+\-−±△▲]?[\d,.]+\s*(?:[%％]|[万千億]?円|[億万千]|[人名件台個回社点倍]|ポイント|pt)?", re.IGNORECASE)


def _is_header(cells: list[_Cell]) -> bool:
    """Column names: short, and none a figure (「2025年3月期」 may name a column; 「418億円」 not)."""
    return all(len(cell.text) <= MAX_HEADER_CHARS and not _VALUE.fullmatch(cell.text.strip()) for cell in cells)


def _split_by_columns(header: list[_Cell], rows: list[list[_Cell]]) -> list[_Cell]:
    """The header with a one-line cell over two or more of the rows' cells (in most rows, two or
    more) cut where its text stands farthest apart: 「2025年度（MWh）2026年度（MWh）前年度比（%）」."""
    split: list[_Cell] = []
    for cell in header if rows else ():
        counts = [sum(1 for below in row if _overlaps(cell, below)) for row in rows]
        under, chars = max(set(counts), key=counts.count), sorted(cell.characters, key=lambda c: c.left)
        gaps = sorted(((_visible_gap(before, after, cell.size), index) for index, (before, after) in enumerate(itertools.pairwise(chars), start=1)), reverse=True)[: under - 1]
        if under < 2 or not chars or counts.count(under) * 2 <= max(len(rows), 3) or cell.line_spacing is not None or any(gap < HEADER_SPLIT_GAP * cell.size for gap, _ in gaps):
            split.append(cell)  # (no gap to cut at: one long name over the columns)
            continue
        cuts = [0, *sorted(index for _, index in gaps), len(chars)]
        split.extend(_cell(chars[start:end], cell.size) for start, end in itertools.pairwise(cuts))
    return split or header


def _table_rows(block: list[list[_Cell]], carried: list[FilledDown]) -> list[str]:
    """A table's lines; rows under a header of column names name each cell by its column (a grouped first column filled down: FilledDown)."""
    header = _split_by_columns(block[0], block[1:])
    # Two columns throughout is a list of names and values (日時 | 令和8年9月17日), whose
    # first line is no header: each line already says what its value is.
    key_values = all(len(cells) == 2 for cells in block)
    if len(block) < 2 or key_values or not _is_header(header):
        return [" | ".join(cell.text for cell in cells) for cells in block]
    written = [" | ".join(cell.text for cell in header)]
    carried.append(groups := FilledDown([cell.text for cell in header], carried[-1] if carried else None))
    for cells in block[1:]:
        columns = with_nearest_columns(cells, header, [_column_of(cell, header) for cell in cells])
        named = [column for column in columns if column is not None]
        if len(set(named)) != len(named):
            written.append(" | ".join(cell.text for cell in cells))  # two cells under one column
            continue
        # A row whose first cell stands under no name writes its own group, unnamed.
        pairs = list(zip(columns, (cell.text for cell in cells), strict=True))
        parts = [f"{header[0].text}: {group}"] if columns[0] is not None and (group := groups.over(pairs)) else []
        for column, text in with_inner_group(pairs, groups, bool(parts)):
            parts.append(f"{header[column].text}: {text}" if column is not None else text)
        written.append(" | ".join(parts))
    return written


def layout_text(characters: list[Character], page_box: tuple[float, float, float, float] | None = None, groups: list[FilledDown] | None = None,
                rulings: Rulings = Rulings()) -> str | None:
    """The page's text rebuilt from positions, or None where positions do not give a reading (no characters, or mostly lines of one character: vertical writing).

    `page_box` (left, bottom, right, top), the page's box in the characters' units, tells
    where its right margin is: a line of prose the page wrapped there is joined to the rest of
    its sentence (with a space between Latin words), and every line break left is a line's
    end the author made. `groups`: the document's tables read so far (_table_rows). `rulings`:
    the lines the page draws (pdf_rulings.py), a table's grid where it has one."""
    if not characters:
        return None
    lines = join_two_row_headers(_merge_wrapped([_cells(line, rulings) for line in _lines(characters)], rulings))
    one_character = sum(1 for cells in lines if len(cells) == 1 and len(cells[0].text) == 1)
    if len(lines) >= 8 and one_character > len(lines) / 2:
        return None
    margins = margins_of(characters, lines, page_box)
    written: list[str] = []
    block: list[list[_Cell]] = []
    prose: _Cell | None = None  # the line of prose written last, as the page set it
    for cells in [*lines, []]:
        if len(cells) >= 2:
            if block and min(c.bottom for c in block[-1]) - max(c.top for c in cells) > TABLE_ROW_GAP * cells[0].size:
                written.extend(_table_rows(block, [] if groups is None else groups))  # far below: another table, or a list
                block = []
            block.append(cells)
            prose = None
            continue
        if block:
            written.extend(_table_rows(block, [] if groups is None else groups))
            block = []
        if not cells:
            continue
        line = cells[0]
        if prose is not None and wrapped_onto(prose, line, margins):
            # Japanese wraps anywhere and joins without a space; English wraps at a space. A
            # space written at the break between kana and kanji is no word space of a sentence
            # (LibreOffice ends the first line of a wrapped title 「…委員会議」 with one).
            english = _is_latin(prose.tail.text[-1]) and _is_latin(line.head.text[0])
            written[-1] += (" " if english else "") + line.text
        else:
            written.append(line.text)
        prose = line
    return "\n".join(written)
