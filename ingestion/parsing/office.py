"""Office Open XML (docx, xlsx, pptx): the zip-container check, then each format's library.

The table helpers and the section collector live here and are shared with the text
formats (CSV and HTML tables, HTML headings).
"""

from __future__ import annotations

import functools
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ingestion.parsing.document import (
    DOCX,
    PPTX,
    XLSX,
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


def _docx_table_rows(table: Any, visibility: _DocxVisibility) -> list[list[str]]:
    from docx.oxml.ns import qn

    table_shaded = visibility.table_is_shaded(table)
    rows: list[list[str]] = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            # A merged cell is returned once per grid column it spans.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            shaded = table_shaded or visibility.is_dark_shading(cell._tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}"))
            # As python-docx's cell.text: the cell's own paragraphs, joined by newlines.
            text = "\n".join(visibility.paragraph_text(paragraph._p, shaded) for paragraph in cell.paragraphs)
            cells.append(" ".join(text.split()))
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
            collector.extend(table_sections(_docx_table_rows(block, visibility), None, collector.heading_path))
    collector.flush()
    title = (document.core_properties.title or "").strip() or first_heading
    return ParsedDocument(mime_type=DOCX, sections=collector.sections, page_count=None,
                          title=title, ocr_pages=[], hidden_text=clip_hidden_text(visibility.hidden))


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


# Built-in number formats as Japanese Excel shows them. A workbook names these by id alone;
# openpyxl knows the US meaning of 5–8 ("$") and 14 (mm-dd-yy) and nothing of 27–36 and 50–58,
# the ids Japanese Excel gives its 和暦 and 年月日 dates.
_JAPANESE_BUILTIN_FORMATS: dict[int, str] = {
    5: '"¥"#,##0;"¥"-#,##0', 6: '"¥"#,##0;[Red]"¥"-#,##0',
    7: '"¥"#,##0.00;"¥"-#,##0.00', 8: '"¥"#,##0.00;[Red]"¥"-#,##0.00',
    14: "yyyy/m/d", 22: "yyyy/m/d h:mm",
    27: "[$-411]ge.m.d", 28: '[$-411]ggge"年"m"月"d"日"', 29: '[$-411]ggge"年"m"月"d"日"',
    30: "m/d/yy", 31: 'yyyy"年"m"月"d"日"', 32: 'h"時"mm"分"', 33: 'h"時"mm"分"ss"秒"',
    34: 'yyyy"年"m"月"', 35: 'm"月"d"日"', 36: "[$-411]ge.m.d",
    50: "[$-411]ge.m.d", 51: '[$-411]ggge"年"m"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"',
    54: '[$-411]ggge"年"m"月"d"日"', 55: 'yyyy"年"m"月"', 56: 'm"月"d"日"',
    57: "[$-411]ge.m.d", 58: '[$-411]ggge"年"m"月"d"日"',
}

# (first day, name, initial) of each Japanese era Excel's 'g'/'e' codes can show, newest first.
_JAPANESE_ERAS: tuple[tuple[tuple[int, int, int], str, str], ...] = (
    ((2019, 5, 1), "令和", "R"), ((1989, 1, 8), "平成", "H"), ((1926, 12, 25), "昭和", "S"),
    ((1912, 7, 30), "大正", "T"), ((1868, 9, 8), "明治", "M"),
)
_WEEKDAYS_JAPANESE = "月火水木金土日"
_WEEKDAYS_ENGLISH = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS_ENGLISH = ("January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December")
_DATE_LETTERS = frozenset("ymdhsgea")
_COLOURS = re.compile(r"^(?:black|blue|cyan|green|magenta|red|white|yellow|color\s*\d+)$", re.IGNORECASE)


class _UnknownFormat(Exception):
    """A number format this reader does not render (fractions, exponents, 漢数字 [DBNum]...)."""


@functools.lru_cache(maxsize=512)  # a workbook uses a handful of formats over many cells
def _format_sections(code: str) -> tuple[str, ...]:
    """The ';'-separated parts of a format code (positive; negative; zero; text), quotes kept."""
    sections, current, quoted, escaped = [], [], False, False
    for character in code:
        if escaped:
            escaped = False
        elif character == "\\" and not quoted:
            escaped = True
        elif character == '"':
            quoted = not quoted
        elif character == ";" and not quoted:
            sections.append("".join(current))
            current = []
            continue
        current.append(character)
    sections.append("".join(current))
    return tuple(sections)


@functools.lru_cache(maxsize=512)
def _format_tokens(section: str) -> tuple[tuple[str, str], ...]:
    """(kind, text) pieces of one section: literal, digit (0 # ?), point, comma, percent,
    general, date (a run of one date letter), elapsed ([h] [mm] [ss]), ampm, colour."""
    tokens: list[tuple[str, str]] = []
    index = 0
    while index < len(section):
        character = section[index]
        lower = character.lower()
        if character == '"':
            end = section.find('"', index + 1)
            end = len(section) if end < 0 else end
            tokens.append(("literal", section[index + 1:end]))
            index = end + 1
        elif character == "\\":
            tokens.append(("literal", section[index + 1:index + 2]))
            index += 2
        elif character in "_*":  # padding to a character's width, and fill: nothing a reader reads
            index += 2
        elif character == "[":
            end = section.find("]", index)
            if end < 0:
                raise _UnknownFormat(section)
            inner = section[index + 1:end]
            if re.fullmatch(r"h+|m+|s+", inner, re.IGNORECASE):
                tokens.append(("elapsed", inner.lower()))
            elif inner.startswith("$"):  # [$¥-411]: a currency symbol and a locale; [$-411] a locale only
                tokens.append(("literal", inner[1:].partition("-")[0]))
            elif _COLOURS.match(inner):
                tokens.append(("colour", inner))
            else:  # conditions ([>=100]) and [DBNum1] 漢数字
                raise _UnknownFormat(section)
            index = end + 1
        elif character in "0#?":
            tokens.append(("digit", character))
            index += 1
        elif character in ".,%":
            tokens.append(({".": "point", ",": "comma", "%": "percent"}[character], character))
            index += 1
        elif character == "/" and tokens and tokens[-1][0] == "digit":
            raise _UnknownFormat(section)  # a fraction, # ?/?
        elif lower == "e" and section[index + 1:index + 2] in ("+", "-"):
            raise _UnknownFormat(section)  # scientific, 0.00E+00
        elif section[index:index + 7].lower() == "general":
            tokens.append(("general", ""))
            index += 7
        elif section[index:index + 5].upper() == "AM/PM":
            tokens.append(("ampm", "AM/PM"))
            index += 5
        elif section[index:index + 3].upper() == "A/P":
            tokens.append(("ampm", "A/P"))
            index += 3
        elif lower in _DATE_LETTERS:
            end = index
            while end < len(section) and section[end].lower() == lower:
                end += 1
            tokens.append(("date", section[index:end].lower()))
            index = end
        else:
            tokens.append(("literal", character))
            index += 1
    return tuple(tokens)


def _general_number(value: float | int) -> str:
    """A number as Excel's General format shows it: no float noise (0.1+0.2 is 0.3)."""
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:.15g}"
        return text if "e" not in text else _cell_text(value)
    return _cell_text(value)


@dataclass(frozen=True)
class _NumberPlan:
    """What one number section does to a value, worked out once per format code."""

    integer_places: tuple[int, ...]  # token indexes of the digit places before the point
    number_at: int | None  # the token the whole number is written at (None: no digits)
    point: int | None
    factor: Decimal  # x100 per '%', /1000 per comma after the last digit ('#,##0,"千円"')
    quantum: Decimal  # one unit of the last decimal place
    required_decimals: int  # '0' places after the point; '#' ones drop trailing zeros
    minimum_integer_digits: int
    grouping: bool  # a comma between integer places: thousands separators
    interleaved: bool  # literals between integer places: 000-0000


@functools.lru_cache(maxsize=512)
def _number_plan(tokens: tuple[tuple[str, str], ...]) -> _NumberPlan:
    if any(kind in ("date", "elapsed", "ampm") for kind, _text in tokens):
        raise _UnknownFormat("a date code among digits")
    digits = [index for index, (kind, _text) in enumerate(tokens) if kind == "digit"]
    point = next((index for index, (kind, _text) in enumerate(tokens) if kind == "point"), None)
    integer_places = tuple(index for index in digits if point is None or index < point)
    decimal_places = [index for index in digits if point is not None and index > point]
    scaling = 0
    for kind, _text in tokens[digits[-1] + 1:] if digits else ():
        if kind == "comma":
            scaling += 1
        elif kind in ("digit", "point"):
            break
    percents = sum(1 for kind, _text in tokens if kind == "percent")
    if not digits:
        number_at = None
    elif integer_places:
        number_at = integer_places[0]
    else:
        number_at = point if point is not None else digits[0]
    return _NumberPlan(
        integer_places=integer_places,
        number_at=number_at,
        point=point,
        factor=Decimal(100) ** percents / Decimal(1000) ** scaling,
        quantum=Decimal(1).scaleb(-len(decimal_places)),
        required_decimals=sum(1 for index in decimal_places if tokens[index][1] == "0"),
        minimum_integer_digits=sum(1 for index in integer_places if tokens[index][1] == "0"),
        grouping=bool(integer_places) and any(
            kind == "comma" and integer_places[0] < index < integer_places[-1]
            for index, (kind, _text) in enumerate(tokens)),
        interleaved=bool(integer_places) and any(
            kind == "literal" for kind, _text in tokens[integer_places[0]:integer_places[-1]]),
    )


def _render_number(tokens: tuple[tuple[str, str], ...], magnitude: Decimal, value: float | int) -> str:
    """The section's text for a non-negative `magnitude`."""
    plan = _number_plan(tokens)
    pieces: dict[int, str] = {}
    if plan.number_at is not None:
        # Excel rounds half away from zero (2.5 is 3), not to even as format() does.
        rounded = (magnitude * plan.factor).quantize(plan.quantum, rounding=ROUND_HALF_UP)
        integer_digits, _, fraction = format(rounded, "f").partition(".")
        fraction = fraction[:plan.required_decimals] + fraction[plan.required_decimals:].rstrip("0")
        integer_digits = integer_digits.lstrip("0").rjust(plan.minimum_integer_digits, "0")
        if plan.interleaved:  # 000-0000: digits fill the places from the right, the rest go left
            remaining = integer_digits
            for index in reversed(plan.integer_places[1:]):
                pieces[index], remaining = remaining[-1:], remaining[:-1]
            pieces[plan.integer_places[0]] = remaining
        else:
            pieces[plan.number_at] = (f"{int(integer_digits):,}" if plan.grouping and integer_digits
                                      else integer_digits)
        if plan.point is not None:
            pieces[plan.point] = pieces.get(plan.point, "") + ("." + fraction if fraction else "")
    out: list[str] = []
    for index, (kind, text) in enumerate(tokens):
        if kind == "literal":
            out.append(text)
        elif kind == "percent":
            out.append("%")
        elif kind == "general":
            out.append(_general_number(abs(value)))
        elif kind in ("digit", "point"):
            out.append(pieces.get(index, ""))
    return "".join(out)


def _number_text(code: str, value: float | int) -> str:
    sections = _format_sections(code)
    if value < 0 and len(sections) >= 2:
        tokens = _format_tokens(sections[1])
        text = _render_number(tokens, Decimal(repr(-value)), value)
        shown_negative = any(kind == "literal" and any(mark in literal for mark in "-−△▲(（")
                             for kind, literal in tokens)
        # A negative part in red with no sign of its own: the index has no colour, so a
        # minus says what the red said.
        if not shown_negative and any(kind == "colour" for kind, _text in tokens) and text:
            text = "-" + text
        return text
    if value == 0 and len(sections) >= 3:
        return _render_number(_format_tokens(sections[2]), Decimal(0), value)
    text = _render_number(_format_tokens(sections[0]), Decimal(repr(abs(value))), value)
    if value < 0 and any(character in "123456789" for character in text):
        text = "-" + text
    return text


def _date_parts(value: Any) -> tuple[Any, Any]:
    """(datetime, timedelta or None) for a date, time, datetime or duration cell value."""
    import datetime

    if isinstance(value, datetime.timedelta):
        return datetime.datetime(1899, 12, 30) + value, value
    if isinstance(value, datetime.datetime):
        return value, None
    if isinstance(value, datetime.date):
        return datetime.datetime.combine(value, datetime.time()), None
    if isinstance(value, datetime.time):
        return datetime.datetime.combine(datetime.date(1899, 12, 30), value), None
    raise _UnknownFormat(repr(value))


def _japanese_era(moment: Any) -> tuple[str, str, int]:
    for (year, month, day), name, initial in _JAPANESE_ERAS:
        if (moment.year, moment.month, moment.day) >= (year, month, day):
            return name, initial, moment.year - year + 1
    raise _UnknownFormat("before 明治")


def _render_date(tokens: tuple[tuple[str, str], ...], value: Any) -> str:
    moment, duration = _date_parts(value)
    twelve_hour = any(kind == "ampm" for kind, _text in tokens)
    time_kinds = [(index, text[0]) for index, (kind, text) in enumerate(tokens) if kind in ("date", "elapsed")]
    out: list[str] = []
    for index, (kind, text) in enumerate(tokens):
        if kind in ("literal", "point", "comma", "percent"):  # ge.m.d: the dots are the form's own
            out.append(text)
        elif kind == "colour":
            continue
        elif kind == "elapsed":
            seconds = int(duration.total_seconds()) if duration is not None else (
                moment.hour * 3600 + moment.minute * 60 + moment.second)
            amount = {"h": seconds // 3600, "m": seconds // 60, "s": seconds}[text[0]]
            out.append(str(amount).rjust(len(text), "0"))
        elif kind == "ampm":
            morning = moment.hour < 12
            out.append(("AM" if morning else "PM") if text == "AM/PM" else ("A" if morning else "P"))
        elif kind == "date":
            letter, width = text[0], len(text)
            position = [place for place, (token_index, _letter) in enumerate(time_kinds) if token_index == index][0]
            before = time_kinds[position - 1][1] if position > 0 else ""
            after = time_kinds[position + 1][1] if position + 1 < len(time_kinds) else ""
            if letter == "y":
                out.append(str(moment.year) if width > 2 else f"{moment.year % 100:02d}")
            elif letter == "m" and width <= 2 and (before == "h" or after == "s"):
                out.append(f"{moment.minute:0{width}d}")
            elif letter == "m":
                month = moment.month
                out.append({1: str(month), 2: f"{month:02d}", 3: _MONTHS_ENGLISH[month - 1][:3],
                            5: _MONTHS_ENGLISH[month - 1][0]}.get(width, _MONTHS_ENGLISH[month - 1]))
            elif letter == "d":
                weekday = moment.weekday()
                out.append({1: str(moment.day), 2: f"{moment.day:02d}", 3: _WEEKDAYS_ENGLISH[weekday][:3]}.get(
                    width, _WEEKDAYS_ENGLISH[weekday]))
            elif letter == "a":
                if width < 3:
                    raise _UnknownFormat(text)
                weekday = _WEEKDAYS_JAPANESE[moment.weekday()]
                out.append(weekday if width == 3 else weekday + "曜日")
            elif letter == "h":
                hour = (moment.hour % 12 or 12) if twelve_hour else moment.hour
                out.append(f"{hour:0{min(width, 2)}d}")
            elif letter == "s":
                out.append(f"{moment.second:0{min(width, 2)}d}")
            elif letter == "e":
                _name, _initial, era_year = _japanese_era(moment)
                out.append(f"{era_year:0{min(width, 2)}d}")
            elif letter == "g":
                name, initial, _era_year = _japanese_era(moment)
                out.append(initial if width == 1 else name[0] if width == 2 else name)
        else:
            raise _UnknownFormat(text)
    return "".join(out)


def _is_date_format(tokens: tuple[tuple[str, str], ...]) -> bool:
    return any(kind in ("date", "elapsed") for kind, _text in tokens)


def _number_format(cell: Any) -> str:
    style = getattr(cell, "style_array", None)
    if style is not None and style.numFmtId in _JAPANESE_BUILTIN_FORMATS:
        return _JAPANESE_BUILTIN_FORMATS[style.numFmtId]
    return getattr(cell, "number_format", None) or "General"


def _displayed(cell: Any) -> str:
    """The cell's text as Excel shows it: 「389,120」 for 389120 in '#,##0', 93.9% for 0.939 in
    '0.0%', 令和8年4月1日 for a date in 'ggge"年"m"月"d"日"'. A format this does not render
    gives the plain value (`_cell_text`)."""
    import datetime

    value = getattr(cell, "value", None)
    if value is None or isinstance(value, (str, bool)):
        return _cell_text(value)
    code = _number_format(cell)
    try:
        if code.lower() == "general":
            return _general_number(value) if isinstance(value, (int, float)) else _cell_text(value)
        sections = _format_sections(code)
        if isinstance(value, (datetime.datetime, datetime.date, datetime.time, datetime.timedelta)):
            tokens = _format_tokens(sections[0])
            return " ".join(_render_date(tokens, value).split()) if _is_date_format(tokens) else _cell_text(value)
        if not isinstance(value, (int, float)):
            return _cell_text(value)
        first = _format_tokens(sections[0])
        if _is_date_format(first):
            # A built-in Japanese date id that openpyxl left as a serial number.
            from openpyxl.utils.datetime import from_excel

            epoch = getattr(getattr(getattr(cell, "parent", None), "parent", None), "epoch", None)
            moment = from_excel(value, epoch) if epoch is not None else from_excel(value)
            return " ".join(_render_date(first, moment).split())
        return " ".join(_number_text(code, value).split())
    except (_UnknownFormat, ArithmeticError, ValueError, OverflowError, IndexError, KeyError):
        return _cell_text(value)


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
                    merge_ends[(int(first_match.group(2)), _column_number(first_match.group(1)))] = (
                        _column_number(last_match.group(1)))
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
                       title_rows=frozenset(title_rows) if columns_seen else frozenset())


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


def _names_under_merged_header(top: list[str], second: list[str], merge_ends: dict[int, int]) -> bool:
    """Whether `second` names the columns under the header's merged cells: two or more names,
    each under a merge or under an empty header cell. A row with a value under a column the
    header names alone (氏名 | 住所 over 山田 | 東京都 | 港区) is the first row of data."""
    merged = {column for first, last in merge_ends.items() for column in range(first, last + 1)}
    filled = [column for column, text in enumerate(second, start=1) if text]
    return (len(filled) >= 2 and any(column in merged for column in filled)
            and all(column in merged or not (top[column - 1] if column <= len(top) else "") for column in filled))


def _combined_headers(top: list[str], second: list[str], merge_ends: dict[int, int]) -> list[str]:
    """Column names of a two-row header: 予算 spread over its merged columns, then joined to
    上期 / 下期 below it (「予算 上期」)."""
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
    cells, joined with the row under it when it has merged columns over names (予算 | 実績
    over 上期 | 下期)."""
    from openpyxl.utils import get_column_letter

    sheet = (worksheet.title,)
    sections: list[Section] = []
    preamble: list[list[str]] = []  # rows of one cell (or a unit line) while no header is known
    header_texts: list[str] | None = None
    headers: list[str] = []
    heading_path = sheet
    header_merges: dict[int, int] = {}
    header_row = 0
    data_rows = 0

    def name_columns(texts: list[str]) -> list[str]:
        # Unnamed columns are named by their letter so that values keep a label.
        return [text or get_column_letter(index + 1) for index, text in enumerate(texts)]

    def add_row(texts: list[str]) -> None:
        nonlocal data_rows
        text = row_text(headers, texts)
        if text:
            data_rows += 1
            sections.append(Section(text=text, page=None, heading_path=heading_path, kind="sheet_row"))

    for row_number, cells in enumerate(worksheet.iter_rows(), start=1):
        texts = [_displayed(cell) for cell in cells]
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
            header_texts, headers, header_row = texts, name_columns(texts), row_number
            header_merges = {column: last for (row, column), last in layout.merge_ends.items()
                             if row == row_number and last > column}
            continue
        if (header_merges and row_number == header_row + 1
                and _names_under_merged_header(header_texts, texts, header_merges)
                and not _holds_numbers([getattr(cell, "value", None) for cell in cells], texts)):
            headers = _combined_headers(header_texts, texts, header_merges)
            continue
        add_row(texts)
    if header_texts is None and preamble:
        # No row of two cells: a one-column list, its first line the header as before.
        header_texts, headers = preamble[0], name_columns(preamble[0])
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
    lines of text. Cells read as Excel shows them (`_displayed`).
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
                    cells = [(cell.column, layout.merge_ends.get((cell.row, cell.column), cell.column), _displayed(cell))
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
