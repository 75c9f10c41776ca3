"""Office Open XML (docx, pptx): the zip-container check, then each format's library.
Workbooks (xlsx) are read in excel.py.

The table helpers and the section collector live here and are shared with the text
formats (CSV and HTML tables, HTML headings) and the workbook reader.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from typing import Any

from appliance.text.japanese import TABLE_CELL_SEPARATOR
from ingestion.parsing.document import (
    DOCX,
    PPTX,
    DocumentRejected,
    ParsedDocument,
    Section,
    clip_hidden_text,
    is_near_white,
    rejection_reason,
)


def check_zip_container(data: bytes, max_uncompressed_bytes: int, max_zip_members: int) -> None:
    """Refuse zip bombs from the central directory alone, before any member is inflated.

    The declared sizes are what zipfile later inflates to at most (it stops at file_size),
    so checking them here bounds the memory any OOXML library can be made to use.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as error:
        raise DocumentRejected(rejection_reason("ファイルが壊れています", f"corrupt zip container: {error}")) from error
    if len(members) > max_zip_members:
        raise DocumentRejected(rejection_reason(
            "圧縮ファイル内の項目数が多すぎます",
            f"zip has {len(members)} members, limit {max_zip_members}",
        ))
    total = sum(member.file_size for member in members)
    if total > max_uncompressed_bytes:
        raise DocumentRejected(rejection_reason(
            "展開後のサイズが大きすぎます(zip爆弾の疑い)",
            f"uncompressed size {total} bytes exceeds {max_uncompressed_bytes}",
        ))
    if any(member.flag_bits & 0x1 for member in members):
        raise DocumentRejected(rejection_reason("暗号化されたファイルは処理できません", "encrypted zip member"))




def row_text(headers: list[str], values: list[str]) -> str:
    """'header: value' pairs of one table row; empty cells are left out."""
    pairs: list[str] = []
    for index, value in enumerate(values):
        value = value.strip()
        if not value:
            continue
        header = headers[index].strip() if index < len(headers) and headers[index].strip() else ""
        pairs.append(f"{header}: {value}" if header else value)
    return TABLE_CELL_SEPARATOR.join(pairs)


# A row that totals the whole table: no row of the group above it.
GRAND_TOTAL = re.compile(r"(?:総?合計|総計)(?:[（(].*[)）])?")


class FilledDown:
    """A grouped table's first column, written on its group's first row only (「店舗: 桜台店」 over
    its 軽自動車, 小型乗用車, … rows, a cell merged down or simply left blank): each later row of
    the group is given it, so that 「車種区分: 普通乗用車 | 2026年度: 197」 says whose it is. A
    row of one value (a wrapped line), or a grand total (合計, 総計), is given none; a 合計 row ends
    the group."""

    def __init__(self, headers: list[str], before: FilledDown | None = None) -> None:
        self.headers = tuple(headers)
        self.column = next((index for index, header in enumerate(headers) if header.strip()), None)
        # The same table going on under its header repeated (a PDF's next page): its group too.
        self.value: str | None = before.value if before is not None and before.headers == self.headers else None
        self.inner: str | None = before.inner if before is not None and before.headers == self.headers else None  # a second group (pdf_headers)

    def over(self, cells: list[tuple[int | None, str]]) -> str | None:
        """The group a row of (column, text) cells is in, where it does not write it itself."""
        values = [""] * len(self.headers)
        for column, text in cells:
            if column is not None and column < len(values):
                values[column] = text
        filled = self.row(values)
        return None if self.column is None or values[self.column] else filled[self.column] or None

    def row(self, values: list[str]) -> list[str]:
        column = self.column
        if column is None or column >= len(values):
            return values
        first = values[column].strip()
        later = [value.strip() for value in values[column + 1:] if value.strip()]
        if first or any(GRAND_TOTAL.fullmatch(value) for value in later):
            self.value = None if not first or GRAND_TOTAL.fullmatch(first) else first
            return values
        if self.value is None or len(later) < 2 or any(value.strip() for value in values[:column]):
            return values
        return [*values[:column], self.value, *values[column + 1:]]


def table_sections(rows: list[list[str]], page: int | None, heading_path: tuple[str, ...],
                   kind: str = "table_row") -> list[Section]:
    """First non-empty row is the header; every later row becomes one section (a grouped
    first column filled down, FilledDown)."""
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        return []
    if len(rows) == 1:
        return [Section(text=TABLE_CELL_SEPARATOR.join(cell.strip() for cell in rows[0] if cell.strip()),
                        page=page, heading_path=heading_path, kind=kind)]
    headers = rows[0]
    groups = FilledDown(headers)
    sections = []
    for row in rows[1:]:
        text = row_text(headers, groups.row(row))
        if text:
            sections.append(Section(text=text, page=page, heading_path=heading_path, kind=kind))
    return sections


# One grid column of a table row: the identity of the cell that covers it (a merged cell covers
# several columns, or rows, under one identity) and its text.
GridCell = tuple[object, str]


def grid_table_sections(grid: list[list[GridCell]], page: int | None, heading_path: tuple[str, ...],
                        kind: str = "table_row") -> list[Section]:
    """A table read from its grid, as Word, PowerPoint and HTML lay it out: one entry per grid
    column, a merged cell repeated over the columns and rows it covers.

    The header names a merged cell over its whole span, and takes the row under it when that
    row is its second (準夜勤 over 改定前 | 改定後 → 「準夜勤 改定前」, 「準夜勤 改定後」). In a row
    of data, a cell merged across columns is read once, under its first column."""
    grid = [row for row in grid if any(text.strip() for _cell, text in row)]
    if not grid:
        return []
    width = max(len(row) for row in grid)
    grid = [row + [(object(), "")] * (width - len(row)) for row in grid]
    headers = [text for _cell, text in grid[0]]
    body = grid[1:]
    if body and _is_second_header_row(grid[0], body[0]):
        headers = [upper if cell is above or not lower or lower == upper else f"{upper} {lower}".strip()
                   for (above, upper), (cell, lower) in zip(grid[0], body[0])]
        body = body[1:]
    rows = [[text if column == 0 or cell is not row[column - 1][0] else "" for column, (cell, text) in enumerate(row)]
            for row in body]
    if not rows:
        headers = [text if column == 0 or cell is not grid[0][column - 1][0] else "" for column, (cell, text) in enumerate(grid[0])]
    return table_sections([headers, *rows], page, heading_path, kind)


def _is_second_header_row(top: list[GridCell], second: list[GridCell]) -> bool:
    """Whether `second` is the header's second row: a header cell is merged down into it (職種
    over two rows) and it names a column of its own, or two or more of its names sit under
    header cells merged across columns (or under empty header cells), one of them merged."""
    width = len(top)
    own = [column for column, (cell, text) in enumerate(second) if text.strip() and cell is not top[column][0]]
    merged_down = any(cell is top[column][0] and text.strip() for column, (cell, text) in enumerate(second))
    spanned = {column for column in range(width)
               if (column > 0 and top[column][0] is top[column - 1][0])
               or (column + 1 < width and top[column + 1][0] is top[column][0])}
    if merged_down:
        return bool(own)
    return len(own) >= 2 and any(column in spanned for column in own) and all(
        column in spanned or not top[column][1].strip() for column in own)


class SectionCollector:
    """Groups consecutive paragraphs under one heading path into one text section."""

    def __init__(self) -> None:
        self.sections: list[Section] = []
        self.headings: list[tuple[int, str]] = []  # (level, text)
        self._paragraphs: list[str] = []
        self._page: int | None = None

    @property
    def heading_path(self) -> tuple[str, ...]:
        return tuple(text for _level, text in self.headings)

    def heading(self, level: int, text: str) -> None:
        text = " ".join(text.split())
        if not text:
            return
        self.flush()
        while self.headings and self.headings[-1][0] >= level:
            self.headings.pop()
        self.headings.append((level, text))

    def paragraph(self, text: str, page: int | None = None) -> None:
        text = text.strip()
        if not text:
            return
        if page != self._page:
            self.flush()
            self._page = page
        self._paragraphs.append(text)

    def extend(self, sections: Iterable[Section]) -> None:
        self.flush()
        self.sections.extend(sections)

    def flush(self) -> None:
        if self._paragraphs:
            self.sections.append(Section(text="\n".join(self._paragraphs), page=self._page,
                                         heading_path=self.heading_path, kind="text"))
            self._paragraphs = []


_HEADING_STYLE = re.compile(r"^(?:heading|見出し)\s*(\d)$", re.IGNORECASE)


def _docx_heading_level(paragraph: Any) -> int | None:
    """Heading level from the paragraph style (or its outline level); None for body text."""
    from docx.oxml.ns import qn

    style = paragraph.style
    while style is not None:
        name = (style.name or "").strip()
        if name.lower() == "title":
            return 0
        match = _HEADING_STYLE.match(name)
        if match:
            return int(match.group(1))
        # Custom heading styles (common in Japanese templates) carry an outline level.
        outline = style.element.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        if outline is not None and outline.get(qn("w:val")) not in (None, "9"):
            return int(outline.get(qn("w:val"))) + 1
        style = style.base_style
    direct = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
    if direct is not None and direct.get(qn("w:val")) not in (None, "9"):
        return int(direct.get(qn("w:val"))) + 1
    return None


# w:sz is in half-points: 4 is 2 pt, text no reader can make out.
_DOCX_MAX_HIDDEN_HALF_POINTS = 4
_HEX_COLOUR = re.compile(r"^[0-9A-Fa-f]{6}$")


def _hex_is_near_white(value: str | None) -> bool:
    if not value or not _HEX_COLOUR.match(value):
        return False  # 'auto' and theme-only colours: the text is drawn in a readable colour
    return is_near_white(int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


class _DocxVisibility:
    """Which runs of a DOCX a reader cannot see, and their text (`hidden`).

    A run is invisible when its effective formatting (the run's own, then its character
    style, then the paragraph style, then the document defaults, each style with the styles
    it is based on) has w:vanish, a size of 2 pt or less, or a white/near-white colour with
    nothing dark behind it (run shading or highlight, paragraph shading, table or cell
    shading, a dark page colour). Whitespace-only runs never count: a white space between
    words is common and removing it would glue the words together.
    """

    def __init__(self, document: Any) -> None:
        from docx.oxml.ns import qn

        self._qn = qn
        self.hidden: list[str] = []
        self._styles = {style.get(qn("w:styleId")): style for style in document.styles.element.findall(qn("w:style"))}
        self._default_paragraph_style = next(
            (style_id for style_id, style in self._styles.items()
             if style.get(qn("w:type")) == "paragraph" and style.get(qn("w:default")) in ("1", "true", "on")), None)
        defaults = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        self._defaults = [defaults] if defaults is not None else []
        self._chains: dict[tuple[str | None, str | None], list[Any]] = {}
        background = document.element.find(qn("w:background"))
        self._dark_page = background is not None and self._is_dark_fill_colour(background.get(qn("w:color")))

    def _style_chain(self, style_id: str | None, child: str) -> list[Any]:
        """`child` (w:rPr or w:pPr) of the style and of each style it is based on."""
        found: list[Any] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._styles:
            seen.add(style_id)
            style = self._styles[style_id]
            element = style.find(self._qn(child))
            if element is not None:
                found.append(element)
            based_on = style.find(self._qn("w:basedOn"))
            style_id = based_on.get(self._qn("w:val")) if based_on is not None else None
        return found

    def _run_properties(self, run: Any, paragraph: Any) -> list[Any]:
        """The w:rPr elements that format `run`, the one that wins first."""
        qn = self._qn
        own = run.find(qn("w:rPr"))
        character_style = own.find(qn("w:rStyle")) if own is not None else None
        paragraph_style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        key = (character_style.get(qn("w:val")) if character_style is not None else None,
               paragraph_style.get(qn("w:val")) if paragraph_style is not None else self._default_paragraph_style)
        if key not in self._chains:
            self._chains[key] = [*self._style_chain(key[0], "w:rPr"), *self._style_chain(key[1], "w:rPr"),
                                 *self._defaults]
        return ([own] if own is not None else []) + self._chains[key]

    def _first(self, properties: list[Any], tag: str) -> Any:
        for element in properties:
            found = element.find(self._qn(tag))
            if found is not None:
                return found
        return None

    def _is_dark_fill_colour(self, value: str | None) -> bool:
        return bool(value and _HEX_COLOUR.match(value)) and not _hex_is_near_white(value)

    def is_dark_shading(self, shading: Any) -> bool:
        """A w:shd that paints something other than white behind the text."""
        if shading is None:
            return False
        qn = self._qn
        pattern = shading.get(qn("w:val")) or "clear"
        if pattern == "nil":
            return False
        if pattern == "solid":  # the pattern colour covers all; 'auto' there is black
            colour = shading.get(qn("w:color")) or "auto"
            return colour == "auto" or not _hex_is_near_white(colour)
        return self._is_dark_fill_colour(shading.get(qn("w:fill")))

    def table_is_shaded(self, table: Any) -> bool:
        """Table-level shading, or a table style that shades anything (its header row...)."""
        qn = self._qn
        properties = table._tbl.find(qn("w:tblPr"))
        if properties is None:
            return False
        if self.is_dark_shading(properties.find(qn("w:shd"))):
            return True
        style = properties.find(qn("w:tblStyle"))
        style_id = style.get(qn("w:val")) if style is not None else None
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._styles:
            seen.add(style_id)
            if any(self.is_dark_shading(shading) for shading in self._styles[style_id].iter(qn("w:shd"))):
                return True
            based_on = self._styles[style_id].find(qn("w:basedOn"))
            style_id = based_on.get(qn("w:val")) if based_on is not None else None
        return False

    def _run_is_invisible(self, run: Any, paragraph: Any, shaded: bool) -> bool:
        qn = self._qn
        properties = self._run_properties(run, paragraph)
        vanish = self._first(properties, "w:vanish")
        if vanish is not None and vanish.get(qn("w:val"), "true") not in ("0", "false", "off"):
            return True
        size = self._first(properties, "w:sz")
        try:
            if size is not None and float(size.get(qn("w:val"), "")) <= _DOCX_MAX_HIDDEN_HALF_POINTS:
                return True
        except ValueError:
            pass
        colour = self._first(properties, "w:color")
        if colour is None:
            return False
        value = colour.get(qn("w:val"))
        white = _hex_is_near_white(value) or (
            value in (None, "") and colour.get(qn("w:themeColor")) in ("background1", "light1"))
        if not white or shaded or self._dark_page:
            return False
        highlight = self._first(properties, "w:highlight")
        if highlight is not None and highlight.get(qn("w:val")) not in (None, "none", "white"):
            return False
        paragraph_shading = paragraph.find(f"{qn('w:pPr')}/{qn('w:shd')}")
        if paragraph_shading is None:
            paragraph_style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            style_id = (paragraph_style.get(qn("w:val")) if paragraph_style is not None
                        else self._default_paragraph_style)
            paragraph_shading = self._first(self._style_chain(style_id, "w:pPr"), "w:shd")
        return not (self.is_dark_shading(self._first(properties, "w:shd")) or self.is_dark_shading(paragraph_shading))

    def paragraph_text(self, paragraph: Any, shaded: bool = False) -> str:
        """The paragraph's text as python-docx gives it, less the runs no reader can see."""
        runs = paragraph.xpath("w:r | w:hyperlink/w:r")
        invisible = [bool(run.text.strip()) and self._run_is_invisible(run, paragraph, shaded) for run in runs]
        if not any(invisible):
            return paragraph.text
        kept: list[str] = []
        fragment: list[str] = []
        for run, is_invisible in zip(runs, invisible):
            text = run.text
            if is_invisible:
                fragment.append(text)
                continue
            kept.append(text)
            if text.strip():  # a visible run ends the hidden fragment; a blank one does not
                self._close(fragment)
            elif fragment:
                fragment.append(text)
        self._close(fragment)
        return "".join(kept)

    def _close(self, fragment: list[str]) -> None:
        if fragment:
            self.hidden.append("".join(fragment))
            fragment.clear()


def _docx_table_grid(table: Any, visibility: _DocxVisibility) -> list[list[GridCell]]:
    """The table's grid: python-docx gives a merged cell once per grid column it spans, and a
    cell merged down (vMerge) again in each row it covers, as the same <w:tc>."""
    from docx.oxml.ns import qn

    table_shaded = visibility.table_is_shaded(table)
    texts: dict[int, str] = {}
    grid: list[list[GridCell]] = []
    for row in table.rows:
        cells: list[GridCell] = []
        for cell in row.cells:
            if id(cell._tc) not in texts:
                shaded = table_shaded or visibility.is_dark_shading(cell._tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}"))
                # As python-docx's cell.text: the cell's own paragraphs, joined by newlines.
                text = "\n".join(visibility.paragraph_text(paragraph._p, shaded) for paragraph in cell.paragraphs)
                texts[id(cell._tc)] = " ".join(text.split())
            cells.append((cell._tc, texts[id(cell._tc)]))
        grid.append(cells)
    return grid


def parse_docx(data: bytes) -> ParsedDocument:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises bare KeyError/ValueError on bad parts
        raise DocumentRejected(rejection_reason("Wordファイルが壊れています", f"corrupt DOCX: {error}")) from error
    collector = SectionCollector()
    visibility = _DocxVisibility(document)
    first_heading: str | None = None
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            text = visibility.paragraph_text(block._p)
            level = _docx_heading_level(block)
            if level is not None and text.strip():
                collector.heading(level, text)
                first_heading = first_heading or text.strip()
            else:
                collector.paragraph(text)
        elif isinstance(block, Table):
            collector.extend(grid_table_sections(_docx_table_grid(block, visibility), None, collector.heading_path))
    collector.flush()
    title = (document.core_properties.title or "").strip() or first_heading
    return ParsedDocument(mime_type=DOCX, sections=collector.sections, page_count=None,
                          title=title, ocr_pages=[], hidden_text=clip_hidden_text(visibility.hidden))


def _pptx_shape_texts(shapes: Iterable[Any]) -> Iterator[str]:
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _pptx_shape_texts(shape.shapes)
        elif getattr(shape, "has_table", False) and shape.has_table:
            for section in grid_table_sections(_pptx_table_grid(shape.table), None, ()):
                yield section.text
        elif getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            text = shape.text_frame.text.strip()
            if text:
                yield text


def _pptx_table_grid(table: Any) -> list[list[GridCell]]:
    """The table's grid: a merged cell's origin holds its text, and the cells it spans
    (is_spanned, empty) take the origin's identity and text."""
    covering: dict[tuple[int, int], GridCell] = {}
    grid: list[list[GridCell]] = []
    for row_index, row in enumerate(table.rows):
        cells: list[GridCell] = []
        for column_index, cell in enumerate(row.cells):
            if cell.is_spanned and (row_index, column_index) in covering:
                cells.append(covering[(row_index, column_index)])
                continue
            entry = (cell._tc, " ".join(cell.text.split()))
            cells.append(entry)
            if cell.is_merge_origin:
                for below in range(row_index, row_index + cell.span_height):
                    for right in range(column_index, column_index + cell.span_width):
                        covering[(below, right)] = entry
        grid.append(cells)
    return grid


def parse_pptx(data: bytes) -> ParsedDocument:
    """Slides and notes. Invisible text is not looked for here: whether white text shows
    depends on the slide background, the layout, the master and the theme, and white on a
    dark background is how many decks are made, so a check would drop real content."""
    import pptx

    try:
        presentation = pptx.Presentation(io.BytesIO(data))
    except Exception as error:
        raise DocumentRejected(rejection_reason("PowerPointファイルが壊れています", f"corrupt PPTX: {error}")) from error
    sections: list[Section] = []
    first_title: str | None = None
    slide_count = 0
    for slide_number, slide in enumerate(presentation.slides, start=1):
        slide_count = slide_number
        title_shape = slide.shapes.title
        slide_title = " ".join(title_shape.text.split()) if title_shape is not None and title_shape.has_text_frame else ""
        first_title = first_title or slide_title or None
        heading_path = (slide_title,) if slide_title else ()
        body = [text for text in _pptx_shape_texts(slide.shapes)
                if title_shape is None or text != title_shape.text.strip()]
        if body or slide_title:
            sections.append(Section(text="\n".join(body) or slide_title, page=slide_number,
                                    heading_path=heading_path, kind="slide"))
        if slide.has_notes_slide:
            notes_frame = slide.notes_slide.notes_text_frame
            notes = notes_frame.text.strip() if notes_frame is not None else ""
            if notes:
                sections.append(Section(text=notes, page=slide_number, heading_path=heading_path, kind="notes"))
    title = (presentation.core_properties.title or "").strip() or first_title
    return ParsedDocument(mime_type=PPTX, sections=sections, page_count=slide_count, title=title, ocr_pages=[])
