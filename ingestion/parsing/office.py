"""Office Open XML (docx, xlsx, pptx): the zip-container check, then each format's library.

The table helpers and the section collector live here and are shared with the text
formats (CSV and HTML tables, HTML headings).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from typing import Any

from ingestion.parsing.document import (
    DOCX,
    PPTX,
    XLSX,
    DocumentRejected,
    ParsedDocument,
    Section,
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


TABLE_CELL_SEPARATOR = " | "


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


def table_sections(rows: list[list[str]], page: int | None, heading_path: tuple[str, ...],
                   kind: str = "table_row") -> list[Section]:
    """First non-empty row is the header; every later row becomes one section."""
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        return []
    if len(rows) == 1:
        return [Section(text=TABLE_CELL_SEPARATOR.join(cell.strip() for cell in rows[0] if cell.strip()),
                        page=page, heading_path=heading_path, kind=kind)]
    headers = rows[0]
    sections = []
    for row in rows[1:]:
        text = row_text(headers, row)
        if text:
            sections.append(Section(text=text, page=page, heading_path=heading_path, kind=kind))
    return sections


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


def _docx_table_rows(table: Any) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            # A merged cell is returned once per grid column it spans.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        rows.append(cells)
    return rows


def parse_docx(data: bytes) -> ParsedDocument:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises bare KeyError/ValueError on bad parts
        raise DocumentRejected(rejection_reason("Wordファイルが壊れています", f"corrupt DOCX: {error}")) from error
    collector = SectionCollector()
    first_heading: str | None = None
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            text = block.text
            level = _docx_heading_level(block)
            if level is not None and text.strip():
                collector.heading(level, text)
                first_heading = first_heading or text.strip()
            else:
                collector.paragraph(text)
        elif isinstance(block, Table):
            collector.extend(table_sections(_docx_table_rows(block), None, collector.heading_path))
    collector.flush()
    title = (document.core_properties.title or "").strip() or first_heading
    return ParsedDocument(mime_type=DOCX, sections=collector.sections, page_count=None,
                          title=title, ocr_pages=[])


def _cell_text(value: Any) -> str:
    import datetime

    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(sep=" ")
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return " ".join(str(value).split())


def parse_xlsx(data: bytes) -> ParsedDocument:
    import openpyxl
    from openpyxl.utils import get_column_letter

    try:
        # data_only: cached formula results, not the formulas, are what a reader sees.
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:
        raise DocumentRejected(rejection_reason("Excelファイルが壊れています", f"corrupt XLSX: {error}")) from error
    sections: list[Section] = []
    try:
        for worksheet in workbook.worksheets:
            headers: list[str] | None = None
            for values in worksheet.iter_rows(values_only=True):
                cells = [_cell_text(value) for value in values]
                if not any(cells):
                    continue
                if headers is None:
                    # Unnamed columns are named by their letter so that values keep a label.
                    headers = [cell or get_column_letter(index + 1) for index, cell in enumerate(cells)]
                    continue
                text = row_text(headers, cells)
                if text:
                    sections.append(Section(text=text, page=None, heading_path=(worksheet.title,),
                                            kind="sheet_row"))
            if headers is not None and not any(section.heading_path == (worksheet.title,) for section in sections[-1:]):
                # A sheet holding one row only: keep it as plain text rather than lose it.
                sections.append(Section(text=TABLE_CELL_SEPARATOR.join(h for h in headers if h),
                                        page=None, heading_path=(worksheet.title,), kind="sheet_row"))
        title = (workbook.properties.title or "").strip() or None
    finally:
        workbook.close()
    return ParsedDocument(mime_type=XLSX, sections=sections, page_count=None, title=title, ocr_pages=[])


def _pptx_shape_texts(shapes: Iterable[Any]) -> Iterator[str]:
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _pptx_shape_texts(shape.shapes)
        elif getattr(shape, "has_table", False) and shape.has_table:
            rows = [[" ".join(cell.text.split()) for cell in row.cells] for row in shape.table.rows]
            for section in table_sections(rows, None, ()):
                yield section.text
        elif getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            text = shape.text_frame.text.strip()
            if text:
                yield text


def parse_pptx(data: bytes) -> ParsedDocument:
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
