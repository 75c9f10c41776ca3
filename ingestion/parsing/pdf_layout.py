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
* consecutive lines of two cells or more are a table: its first line is the header, and
  each later row is written as the office parsers write theirs, every cell named by the
  header above it (「2026年3月期第3四半期（10〜12月） | 売上高: 451億円 | 営業利益: 36億円」).

A page this cannot read (vertical writing, characters with no boxes) keeps pdfium's text.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

# Gaps, in units of the line's font size.
# Japanese is set without spaces, but a digit beside a kanji is often set a third of a
# character apart; the cells of a slide's table were a character apart (bench/RESULTS.md).
CELL_GAP = 0.8  # wider than this between two characters: another cell (another column)
LATIN_SPACE = 0.2  # between two Latin letters: a word space (digits are set apart by their boxes)
# A cell's next line that is this close under it (a wrapped cell), in font sizes.
WRAPPED_LINE_GAP = 1.0
# Characters whose sizes differ more than this are not one line of a cell (a title beside
# its subtitle).
SAME_SIZE = 1.3
# Share of its height two characters' vertical extents must share to be on one line.
SAME_LINE_OVERLAP = 0.3
# Rows of one table are closer than this (font sizes between one's bottom and the next's top).
TABLE_ROW_GAP = 2.5
# Headers longer than this are prose, not a table's column names.
MAX_HEADER_CHARS = 40


@dataclass
class _Char:
    text: str
    left: float
    bottom: float
    right: float
    top: float
    size: float

    @property
    def height(self) -> float:
        return self.top - self.bottom


@dataclass
class _Cell:
    text: str
    left: float
    right: float
    bottom: float = 0.0
    top: float = 0.0
    size: float = 0.0


def _is_latin(character: str) -> bool:
    return character.isascii() and (character.isalnum() or character in ".,%$:;/-+)(")


def _word_space(before: str, after: str, gap: float, size: float) -> bool:
    """Whether a gap between two characters of one cell is a space."""
    if not (_is_latin(before) and _is_latin(after)):
        return False  # Japanese: none; a wider gap is another cell
    if before in "0123456789.,+-$" and after in "0123456789.,%":
        return False  # 「11.6%」: a narrow 1 leaves a gap inside its box, not a space
    return gap > LATIN_SPACE * size


def page_characters(text_page: Any, hidden: Sequence[bool] | None = None) -> list[_Char]:
    """The page's visible, non-blank characters with their boxes (PDF units, y upwards)."""
    import pypdfium2.raw as pdfium_c

    raw = text_page.raw
    characters: list[_Char] = []
    count = text_page.count_chars()
    index = 0
    while index < count:
        position = index
        index += 1
        if hidden is not None and position < len(hidden) and hidden[position]:
            continue
        if pdfium_c.FPDFText_IsGenerated(raw, position):
            continue  # the spaces and line breaks pdfium made up
        code = pdfium_c.FPDFText_GetUnicode(raw, position)
        if 0xD800 <= code < 0xDC00 and index < count:  # a pair of UTF-16 halves
            low = pdfium_c.FPDFText_GetUnicode(raw, index)
            if 0xDC00 <= low < 0xE000:
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                index += 1
        if code == 0 or 0xD800 <= code < 0xE000:
            continue
        character = chr(code)
        if character.isspace() or character == "\ufffe":
            continue
        left, bottom, right, top = text_page.get_charbox(position)
        if right <= left or top <= bottom:
            continue
        size = pdfium_c.FPDFText_GetFontSize(raw, position) or (top - bottom)
        characters.append(_Char(character, left, bottom, right, top, max(size, top - bottom)))
    return characters


def _lines(characters: list[_Char]) -> list[list[_Char]]:
    """Characters grouped into lines: vertical extents that overlap, chained (top first)."""
    lines: list[tuple[float, float, list[_Char]]] = []  # bottom, top, characters
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


def _join(characters: list[_Char], size: float) -> str:
    """One cell's characters as text: its own lines top to bottom, each left to right."""
    rows: list[list[_Char]] = []
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
    for row in rows:
        row.sort(key=lambda c: c.left)
        text = row[0].text
        for before, after in zip(row, row[1:], strict=False):
            if before is row[0] and before.text in _BULLETS and after.left - before.right > LATIN_SPACE * size:
                text += " "
            elif _word_space(before.text[-1], after.text[0], after.left - before.right, size):
                text += " "
            text += after.text
        if pieces and (_is_latin(pieces[-1][-1]) and _is_latin(text[0]) or row[0].size != rows[0][0].size):
            pieces.append(" ")  # an English line wrapped inside its cell; a subtitle
        pieces.append(text)
    return "".join(pieces)


# Full-width punctuation drawn on one half of its square: the blank half is no gap.
_BLANK_RIGHT_HALF = frozenset("：、。，．）」』】〕”")
_BLANK_LEFT_HALF = frozenset("（「『【〔“")
_BULLETS = frozenset("•・●○■□◆◇▪▫➢►▶✓✔※-*")


def _cells(line: list[_Char]) -> list[_Cell]:
    size = statistics.median(c.size for c in line)
    ordered = sorted(line, key=lambda c: c.left)
    groups: list[list[_Char]] = [[ordered[0]]]
    right = ordered[0].right
    for before, character in zip(ordered, ordered[1:], strict=False):
        gap = character.left - right
        if before.text in _BLANK_RIGHT_HALF:
            gap -= size / 2
        if character.text in _BLANK_LEFT_HALF:
            gap -= size / 2
        bullet = len(groups) == 1 and len(groups[0]) == 1 and groups[0][0].text in _BULLETS
        if gap > CELL_GAP * size and not bullet:
            groups.append([character])
        else:
            groups[-1].append(character)
        right = max(right, character.right)
    return [
        _Cell(_join(group, size), min(c.left for c in group), max(c.right for c in group),
              min(c.bottom for c in group), max(c.top for c in group), size)
        for group in groups
    ]


def _wrapped_into(above: list[_Cell], line: list[_Cell]) -> bool:
    """Whether `line` is the second line of some cells of the row above it: fewer cells,
    each right under one of the row's cells, closer than a line's height."""
    if len(above) < 2 or len(line) >= len(above):
        return False
    for cell in line:
        columns = [column for column in above if min(cell.right, column.right) - max(cell.left, column.left) > 0]
        if len(columns) != 1 or columns[0].bottom - cell.top > WRAPPED_LINE_GAP * cell.size:
            return False
    return True


def _merge_wrapped(lines: list[list[_Cell]]) -> list[list[_Cell]]:
    merged: list[list[_Cell]] = []
    for line in lines:
        if merged and _wrapped_into(merged[-1], line):
            row = merged[-1]
            for cell in line:
                column = next(c for c in row if min(cell.right, c.right) - max(cell.left, c.left) > 0)
                joiner = " " if _is_latin(column.text[-1]) and _is_latin(cell.text[0]) else ""
                column.text += joiner + cell.text
                column.bottom = min(column.bottom, cell.bottom)
                column.left, column.right = min(column.left, cell.left), max(column.right, cell.right)
            continue
        merged.append(line)
    return merged


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


def _table_rows(block: list[list[_Cell]]) -> list[str]:
    """A table's lines; rows under a header of column names name each cell by its column."""
    header = block[0]
    # Two columns throughout is a list of names and values (日時 | 令和8年9月17日), whose
    # first line is no header: each line already says what its value is.
    key_values = all(len(cells) == 2 for cells in block)
    if len(block) < 2 or key_values or not _is_header(header):
        return [" | ".join(cell.text for cell in cells) for cells in block]
    written = [" | ".join(cell.text for cell in header)]
    for cells in block[1:]:
        columns = [_column_of(cell, header) for cell in cells]
        named = [column for column in columns if column is not None]
        if len(set(named)) != len(named):
            written.append(" | ".join(cell.text for cell in cells))  # two cells under one column
            continue
        parts = []
        for cell, column in zip(cells, columns, strict=True):
            parts.append(f"{header[column].text}: {cell.text}" if column is not None else cell.text)
        written.append(" | ".join(parts))
    return written


def layout_text(characters: list[_Char]) -> str | None:
    """The page's text rebuilt from positions, or None where positions do not give a
    reading (no characters, or mostly lines of one character: vertical writing)."""
    if not characters:
        return None
    lines = _merge_wrapped([_cells(line) for line in _lines(characters)])
    one_character = sum(1 for cells in lines if len(cells) == 1 and len(cells[0].text) == 1)
    if len(lines) >= 8 and one_character > len(lines) / 2:
        return None
    written: list[str] = []
    block: list[list[_Cell]] = []
    for cells in [*lines, []]:
        if len(cells) >= 2:
            if block and min(c.bottom for c in block[-1]) - max(c.top for c in cells) > TABLE_ROW_GAP * cells[0].size:
                written.extend(_table_rows(block))  # far below: another table, or a list
                block = []
            block.append(cells)
            continue
        if block:
            written.extend(_table_rows(block))
            block = []
        if cells:
            written.append(cells[0].text)
    return "\n".join(written)
