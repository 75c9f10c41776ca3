"""Excel workbooks (xlsx): each sheet as a table of "header: value" rows, its title and unit
lines kept, two-row headers joined, or, for a 方眼紙 form, as lines of text. Cells read as
Excel shows them (excel_formats.py); the table helpers are office.py's.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from ingestion.parsing.document import XLSX, DocumentRejected, ParsedDocument, Section, rejection_reason
from ingestion.parsing.excel_formats import displayed
from ingestion.parsing.office import TABLE_CELL_SEPARATOR, FilledDown, row_text

__all__ = ["GRID_MIN_MERGED_ROWS", "GRID_MIN_NARROW_COLUMNS", "GRID_NARROW_COLUMN_WIDTH", "SheetLayout",
           "grid_row_text", "parse_xlsx", "sheet_layout"]


# Excel 方眼紙 (graph-paper sheets): forms drawn on a grid of narrow columns, labels and values
# in merged ranges, a word sometimes typed one character per cell. Read as a table, its "header
# row" is the form's title and every value gets a column letter for a label; read as lines of
# text, left to right, it says what a person sees.
GRID_NARROW_COLUMN_WIDTH = 4.0  # characters; Excel's default is 8.43
GRID_MIN_NARROW_COLUMNS = 15
GRID_MIN_MERGED_ROWS = 3  # rows holding a merge across columns


@dataclass(frozen=True)
class SheetLayout:
    narrow_columns: int
    merge_ends: dict[tuple[int, int], int]  # (row, first column) of a merge -> its last column (1-based)
    # Rows of one cell above the first row of two or more: a table's title and unit lines,
    # often merged across the table, which do not make a sheet a form.
    title_rows: frozenset[int] = frozenset()
    # (row, first column) of a merge over two or more rows -> its last row: a header cell
    # merged down (部門 over A3:A4) says the header takes both rows.
    merge_bottoms: dict[tuple[int, int], int] = field(default_factory=dict)

    @property
    def is_grid(self) -> bool:
        merged_rows = {row for (row, column), last in self.merge_ends.items() if last > column} - self.title_rows
        return self.narrow_columns >= GRID_MIN_NARROW_COLUMNS or len(merged_rows) >= GRID_MIN_MERGED_ROWS


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


_CELL_REFERENCE = re.compile(r"^([A-Z]{1,3})([0-9]{1,7})$")


def sheet_layout(archive: zipfile.ZipFile, worksheet_path: str) -> SheetLayout:
    """Column widths and merged ranges of one worksheet, streamed from its XML (read-only
    openpyxl keeps neither)."""
    from lxml import etree

    narrow = 0
    merge_ends: dict[tuple[int, int], int] = {}
    merge_bottoms: dict[tuple[int, int], int] = {}
    title_rows: set[int] = set()
    row_number, cells_in_row, columns_seen = 0, 0, False
    with archive.open(worksheet_path) as stream:
        for _event, element in etree.iterparse(stream, events=("end",), resolve_entities=False, no_network=True):
            tag = element.tag.rsplit("}", 1)[-1]
            if tag == "col":
                try:
                    width = float(element.get("width", "nan"))
                    span = int(element.get("max", "0")) - int(element.get("min", "0")) + 1
                except ValueError:
                    width, span = float("nan"), 0
                if width <= GRID_NARROW_COLUMN_WIDTH and element.get("hidden") not in ("1", "true"):
                    narrow += min(span, 16384)
            elif tag == "mergeCell":
                first, _, last = (element.get("ref") or "").partition(":")
                first_match, last_match = _CELL_REFERENCE.match(first), _CELL_REFERENCE.match(last)
                if first_match and last_match:
                    corner = (int(first_match.group(2)), _column_number(first_match.group(1)))
                    merge_ends[corner] = _column_number(last_match.group(1))
                    if int(last_match.group(2)) > corner[0]:
                        merge_bottoms[corner] = int(last_match.group(2))
            elif tag == "c":
                cells_in_row += len(element) > 0  # a value, inline string or formula
                element.clear()  # sheetData can be large; only cols and mergeCells are kept
            elif tag == "row":
                try:
                    row_number = int(element.get("r") or row_number + 1)
                except ValueError:
                    row_number += 1
                if not columns_seen:
                    if cells_in_row >= 2:
                        columns_seen = True
                    elif cells_in_row == 1:
                        title_rows.add(row_number)
                cells_in_row = 0
                element.clear()
    return SheetLayout(narrow_columns=narrow, merge_ends=merge_ends,
                       title_rows=frozenset(title_rows) if columns_seen else frozenset(),
                       merge_bottoms=merge_bottoms)


def grid_row_text(cells: list[tuple[int, int, str]]) -> str:
    """One row of a 方眼紙 sheet as a line: (first column, last column, text) left to right.

    Single characters in touching cells are one word typed a character per cell (出|張|先 is
    出張先); other cells are separated by a space."""
    pieces: list[str] = []
    previous_end, previous_single = -1, False
    for first, last, text in cells:
        single = len(text) == 1
        if pieces and single and previous_single and first == previous_end + 1:
            pieces[-1] += text
        else:
            pieces.append(text)
        previous_end, previous_single = last, single
    return " ".join(pieces)


# A line above a table that says what its numbers are: （単位：千円）, 単位:円.
_UNIT_LINE = re.compile(r"^[（(\[［]?\s*単位\s*[:：]")
_NUMBER_TEXT = re.compile(r"^[-+−△▲¥$￥]?[0-9０-９][0-9０-９,，.]*%?$")
# Title lines short enough to name every row below them (in its heading_path).
_MAX_TITLE_HEADING_CHARS = 60
_MAX_TITLE_HEADINGS = 3


def _holds_numbers(values: list[Any], texts: list[str]) -> bool:
    return any(
        (value is not None and not isinstance(value, (str, bool))) or bool(_NUMBER_TEXT.match(text))
        for value, text in zip(values, texts))


def _preamble_line(texts: list[str]) -> str | None:
    """A title or unit line above a table: one cell holds text, or the rest is a unit line
    (「2026年度 予算」 … 「（単位：千円）」 at the right edge). None for a row of columns."""
    filled = [text for text in texts if text]
    if len([text for text in filled if not _UNIT_LINE.match(text)]) <= 1:
        return " ".join(filled)
    return None


def _is_second_header_row(top: list[str], second: list[str], merge_ends: dict[int, int], merged_down: bool) -> bool:
    """Whether `second`, the row under a header with merged cells, is the header's second row:
    two or more names, and either the header says it takes both rows or every name sits under
    a merge or under an empty header cell.

    The header takes both rows when one of its cells is merged down into `second` or written
    again in it (費目 over 費目, a row label typed in both rows instead of merged); then a name
    under a header cell of its own joins it too (2025年度 over 実績). Without that, a row with a
    value under a column the header names alone (氏名 | 住所 over 山田 | 東京都 | 港区) is the
    first row of data."""
    merged = {column for first, last in merge_ends.items() for column in range(first, last + 1)}
    above = top + [""] * (len(second) - len(top))
    filled = [column for column, text in enumerate(second, start=1) if text]
    if len(filled) < 2:
        return False
    if merged_down or any(second[column - 1] == above[column - 1] for column in filled):
        return True
    return any(column in merged for column in filled) and all(
        column in merged or not above[column - 1] for column in filled)


def _combined_headers(top: list[str], second: list[str], merge_ends: dict[int, int]) -> list[str]:
    """Column names of a header: 予算 spread over its merged columns, then joined to 上期 / 下期
    below it (「予算 上期」) when the header has a second row. Only a column with no header
    text above it is named by its letter."""
    from openpyxl.utils import get_column_letter

    width = max(len(top), len(second), *merge_ends.values())
    spread = top + [""] * (width - len(top))
    for first, last in merge_ends.items():
        for column in range(first + 1, last + 1):
            spread[column - 1] = spread[column - 1] or spread[first - 1]
    lower = second + [""] * (width - len(second))
    names: list[str] = []
    for index in range(width):
        upper, below = spread[index], lower[index]
        if upper and below and upper != below:
            names.append(f"{upper} {below}")
        else:
            names.append(upper or below or get_column_letter(index + 1))
    return names


def _sheet_table_sections(worksheet: Any, layout: SheetLayout) -> list[Section]:
    """One 'header: value' section per row. Title and unit lines above the table become a text
    section and name the rows (heading_path); the header is the first row with two or more
    cells, its merged cells named over their whole span, and joined with the row under it when
    that row is its second (予算 | 実績 over 上期 | 下期, see _is_second_header_row)."""
    sheet = (worksheet.title,)
    sections: list[Section] = []
    preamble: list[list[str]] = []  # rows of one cell (or a unit line) while no header is known
    header_texts: list[str] | None = None
    headers: list[str] = []
    heading_path = sheet
    header_merges: dict[int, int] = {}
    header_merged_down = False  # a header cell merged into the row below
    header_row = 0
    data_rows = 0

    groups = FilledDown([])

    def add_row(texts: list[str]) -> None:
        nonlocal data_rows
        text = row_text(headers, groups.row(texts))
        if text:
            data_rows += 1
            sections.append(Section(text=text, page=None, heading_path=heading_path, kind="sheet_row"))

    for row_number, cells in enumerate(worksheet.iter_rows(), start=1):
        texts = [displayed(cell) for cell in cells]
        if not any(texts):
            continue
        if header_texts is None:
            if _preamble_line(texts) is not None:
                preamble.append(texts)
                continue
            lines = [_preamble_line(line_texts) or "" for line_texts in preamble]
            if lines:
                sections.append(Section(text="\n".join(lines), page=None, heading_path=sheet, kind="text"))
                short = [line for line in lines if len(line) <= _MAX_TITLE_HEADING_CHARS]
                heading_path = sheet + tuple(short[:_MAX_TITLE_HEADINGS])
            preamble = []
            header_texts, header_row = texts, row_number
            header_merges = {column: last for (row, column), last in layout.merge_ends.items()
                             if row == row_number and last > column}
            header_merged_down = any(row == row_number for row, _column in layout.merge_bottoms)
            headers = _combined_headers(texts, [], header_merges)
            groups = FilledDown(headers)
            continue
        if ((header_merges or header_merged_down) and row_number == header_row + 1
                and _is_second_header_row(header_texts, texts, header_merges, header_merged_down)
                and not _holds_numbers([getattr(cell, "value", None) for cell in cells], texts)):
            headers = _combined_headers(header_texts, texts, header_merges)
            groups = FilledDown(headers)
            continue
        add_row(texts)
    if header_texts is None and preamble:
        # No row of two cells: a one-column list, its first line the header as before.
        header_texts, headers = preamble[0], _combined_headers(preamble[0], [], {})
        groups = FilledDown(headers)
        for texts in preamble[1:]:
            add_row(texts)
    if header_texts is not None and not data_rows:
        # A sheet holding one row only: keep it as plain text rather than lose it.
        sections.append(Section(text=TABLE_CELL_SEPARATOR.join(text for text in header_texts if text),
                                page=None, heading_path=heading_path, kind="sheet_row"))
    return sections


def parse_xlsx(data: bytes) -> ParsedDocument:
    """Every sheet, row and column, hidden ones included.

    Unlike white text in a letter, hidden sheets, rows and columns in Excel are ordinary
    data put out of the way (lookup tables, intermediate figures) that anyone can unhide,
    so they are indexed like the rest and not treated as invisible text.
    A table sheet gives one "header: value" section per row (its title and unit lines kept
    with it, see _sheet_table_sections); a 方眼紙 sheet (see SheetLayout) gives its rows as
    lines of text. Cells read as Excel shows them (`displayed`).
    """
    import openpyxl

    try:
        # data_only: cached formula results, not the formulas, are what a reader sees.
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception as error:
        raise DocumentRejected(rejection_reason("Excelファイルが壊れています", f"corrupt XLSX: {error}")) from error
    sections: list[Section] = []
    try:
        for worksheet in workbook.worksheets:
            try:
                layout = sheet_layout(archive, worksheet._worksheet_path)
            except Exception:  # a layout we cannot read: the sheet is still read as a table
                layout = SheetLayout(narrow_columns=0, merge_ends={})
            if layout.is_grid:
                for row in worksheet.iter_rows():
                    cells = [(cell.column, layout.merge_ends.get((cell.row, cell.column), cell.column), displayed(cell))
                             for cell in row if getattr(cell, "value", None) is not None]
                    text = grid_row_text([cell for cell in cells if cell[2]])
                    if text:
                        sections.append(Section(text=text, page=None, heading_path=(worksheet.title,), kind="sheet_row"))
                continue
            sections.extend(_sheet_table_sections(worksheet, layout))
        title = (workbook.properties.title or "").strip() or None
    finally:
        workbook.close()
        archive.close()
    return ParsedDocument(mime_type=XLSX, sections=sections, page_count=None, title=title, ocr_pages=[])
