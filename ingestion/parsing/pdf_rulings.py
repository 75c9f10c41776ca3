"""The lines a PDF page draws between a table's cells (its rulings), read from its paths.

A table's text alone does not always say where one cell ends: a band written as wide as its
column (「15cm以上30cm未満」) stands as close to the price in the next column as two words of
one cell, and rows set close together look like the lines of one wrapped cell. Where the
page draws its grid, the grid says it: a ruling between two characters of a line is a
column's edge (pdf_layout._cells), and a ruling between two lines is a row's
(pdf_layout._merge_wrapped). A page with no drawn grid reads as before.

A ruling is a stroked straight segment that is horizontal or vertical, or a filled rectangle
thin enough to be a line (office programs draw their table borders so).
"""

from __future__ import annotations

import ctypes
from typing import Any, NamedTuple

# A filled rectangle at most this thick (points) is a line, not a box.
THIN = 1.5
# Shorter than this (points) is no ruling: a dash, a bullet, a tick of a chart.
MIN_LENGTH = 6.0
# A segment this close to horizontal or vertical (points over its length) is one.
STRAIGHT = 0.5


class Ruling(NamedTuple):
    """A horizontal (`left` to `right` at `bottom` == `top`) or vertical (`bottom` to `top` at
    `left` == `right`) line, in the page's coordinates."""

    left: float
    bottom: float
    right: float
    top: float

    @property
    def vertical(self) -> bool:
        return self.right - self.left < self.top - self.bottom


class Rulings:
    """A page's rulings, asked where they stand between text."""

    def __init__(self, rulings: list[Ruling] | tuple[Ruling, ...] = ()) -> None:
        self.vertical = [ruling for ruling in rulings if ruling.vertical]
        self.horizontal = [ruling for ruling in rulings if not ruling.vertical]

    def __bool__(self) -> bool:
        return bool(self.vertical or self.horizontal)

    def between_columns(self, left: float, right: float, bottom: float, top: float) -> bool:
        """Whether a vertical ruling stands between `left` and `right` (the ends of two
        characters' ink, give or take a point) across the middle of their line."""
        middle = (bottom + top) / 2
        return any(
            left - 1.0 <= ruling.left <= right + 1.0 and ruling.bottom - 1.0 <= middle <= ruling.top + 1.0
            for ruling in self.vertical
        )

    def ruled_column(self, left: float, right: float, y: float) -> bool:
        """Whether `left`..`right` stands between two vertical rulings that cross height `y`
        (a cell of a drawn grid, on that line)."""
        crossing = [ruling.left for ruling in self.vertical if ruling.bottom - 1.0 <= y <= ruling.top + 1.0]
        return any(x <= left + 1.0 for x in crossing) and any(x >= right - 1.0 for x in crossing)

    def between_rows(self, left: float, right: float, lower: float, upper: float) -> bool:
        """Whether a horizontal ruling under the whole of `left`..`right` stands between
        `lower` (the top of a line) and `upper` (the bottom of the line over it)."""
        middle = (left + right) / 2
        return any(
            lower - 1.0 <= ruling.bottom <= upper + 1.0 and ruling.left - 1.0 <= middle <= ruling.right + 1.0
            for ruling in self.horizontal
        )


def _straight(x0: float, y0: float, x1: float, y1: float) -> Ruling | None:
    left, right, bottom, top = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
    if right - left <= STRAIGHT and top - bottom >= MIN_LENGTH:
        middle = (left + right) / 2
        return Ruling(middle, bottom, middle, top)
    if top - bottom <= STRAIGHT and right - left >= MIN_LENGTH:
        middle = (bottom + top) / 2
        return Ruling(left, middle, right, middle)
    return None


def _stroked_segments(page_object: Any, pdfium_c: Any) -> list[Ruling]:
    """The straight horizontal and vertical segments of a stroked path, in page coordinates."""
    matrix = page_object.get_matrix()
    found: list[Ruling] = []
    start: tuple[float, float] | None = None
    previous: tuple[float, float] | None = None
    x, y = ctypes.c_float(), ctypes.c_float()
    for index in range(pdfium_c.FPDFPath_CountSegments(page_object)):
        segment = pdfium_c.FPDFPath_GetPathSegment(page_object, index)
        if not segment or not pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
            previous = None
            continue
        point = matrix.on_point(x.value, y.value)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = point
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO and previous is not None:
            if (ruling := _straight(*previous, *point)) is not None:
                found.append(ruling)
        if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None and (ruling := _straight(*point, *start)) is not None:
            found.append(ruling)
        previous = point
    return found


def page_rulings(page: Any) -> Rulings:
    """The page's rulings: stroked straight segments and thin filled rectangles of its paths
    (paths inside forms are left out: their coordinates are the form's)."""
    import pypdfium2.raw as pdfium_c

    found: list[Ruling] = []
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    for page_object in page.get_objects(max_depth=1):
        if page_object.type != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPath_GetDrawMode(page_object, fill_mode, stroke):
            continue
        if stroke.value:
            found.extend(_stroked_segments(page_object, pdfium_c))
        elif fill_mode.value != pdfium_c.FPDF_FILLMODE_NONE:
            left, bottom, right, top = page_object.get_bounds()
            if top - bottom >= MIN_LENGTH and right - left <= THIN:
                found.append(Ruling((left + right) / 2, bottom, (left + right) / 2, top))
            elif right - left >= MIN_LENGTH and top - bottom <= THIN:
                found.append(Ruling(left, (bottom + top) / 2, right, (bottom + top) / 2))
    return Rulings(found)
