"""Text formats: plain text, CSV, HTML and Markdown, and decoding Japanese text files."""

from __future__ import annotations

import csv
import io
import itertools
import re
from typing import Any

from appliance.text.japanese import japanese_score, remove_spaces_between_cjk
from ingestion.parsing.document import (
    CSV,
    HTML,
    MARKDOWN,
    MIN_VISIBLE_FONT_POINTS,
    PLAIN_TEXT,
    DocumentRejected,
    ParsedDocument,
    Section,
    clip_hidden_text,
    is_near_white,
    rejection_reason,
)
from ingestion.parsing.office import GridCell, SectionCollector, grid_table_sections, table_sections

# The Japanese encodings are tried in a fixed order before any statistical guess: for short
# texts charset detectors pick Big5 or cp1252 for what is plainly Shift_JIS.
_JAPANESE_CANDIDATES = ("cp932", "euc_jp")


def decode_text(data: bytes, *, tolerate_cut: bool = False) -> str:
    """Decode text in UTF-8 (with or without BOM), UTF-16, ISO-2022-JP, Shift_JIS or EUC-JP."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    errors = "ignore" if tolerate_cut else "strict"
    if b"\x1b$B" in data or b"\x1b$@" in data:
        try:
            return data.decode("iso2022_jp_ext", errors=errors)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        # A sample cut inside a multi-byte character still counts as UTF-8.
        if tolerate_cut and error.start >= len(data) - 3:
            return data[: error.start].decode("utf-8")
    candidates: list[tuple[float, str]] = []
    for encoding in _JAPANESE_CANDIDATES:
        try:
            text = data.decode(encoding, errors=errors)
        except UnicodeDecodeError:
            continue
        candidates.append((japanese_score(text), text))
    if candidates:
        best_score, best_text = max(candidates, key=lambda candidate: candidate[0])
        if best_score > 0:
            return best_text
    from charset_normalizer import from_bytes

    guess = from_bytes(data).best()
    if guess is None:
        raise DocumentRejected(rejection_reason("文字コードを判別できません", "text encoding not recognised"))
    return str(guess)


# A table typed in plain text or an e-mail: cells parted by 「｜」 or 「|」 on each line.
_TYPED_CELL_SEPARATOR = re.compile(r"\s*[｜|]\s*")


def typed_sections(paragraph: str, heading_path: tuple[str, ...]) -> list[Section]:
    """A paragraph of plain text as sections: its runs of two or more lines with the same
    number of 「｜」 (a table typed in an e-mail: 「寮　｜所在地｜部屋数」 over one line per 寮) as
    a table whose first line is the header, each row naming its columns; the rest as text."""
    sections: list[Section] = []
    lines = paragraph.strip("\n").split("\n")

    def cells(line: str) -> int:
        return len(_TYPED_CELL_SEPARATOR.findall(line.strip(" \u3000"))) if "｜" in line or " | " in line or "|" in line.strip() else 0

    for count, group in itertools.groupby(lines, key=cells):
        run = list(group)
        if count and len(run) >= 2:
            rows = [[cell.strip(" \u3000") for cell in _TYPED_CELL_SEPARATOR.split(line.strip(" \u3000").strip("｜|"))] for line in run]
            rows = [row for row in rows if not all(re.fullmatch(r"[-:ー－—=\s]*", cell) for cell in row)]  # a |---| rule
            sections.extend(table_sections(rows, None, heading_path))
        elif "\n".join(run).strip():
            if sections and sections[-1].kind == "text":
                sections[-1] = Section(text=f"{sections[-1].text}\n{chr(10).join(run).strip()}", page=None, heading_path=heading_path, kind="text")
            else:
                sections.append(Section(text="\n".join(run).strip(), page=None, heading_path=heading_path, kind="text"))
    return sections


def parse_plain_text(data: bytes) -> ParsedDocument:
    text = decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    sections = [section for paragraph in re.split(r"\n\s*\n", text) if paragraph.strip() for section in typed_sections(paragraph, ())]
    return ParsedDocument(mime_type=PLAIN_TEXT, sections=sections, page_count=None, title=None, ocr_pages=[])


def parse_csv(data: bytes) -> ParsedDocument:
    text = decode_text(data)
    try:
        dialect: Any = csv.Sniffer().sniff(text[:8192], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = [[" ".join(cell.split()) for cell in row] for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as error:
        raise DocumentRejected(rejection_reason("CSVファイルが壊れています", f"corrupt CSV: {error}")) from error
    sections = table_sections(rows, None, ())
    return ParsedDocument(mime_type=CSV, sections=sections, page_count=None, title=None, ocr_pages=[])


def _html_span(value: object) -> int:
    """A colspan or rowspan: a number from 1 to 100; anything else counts as 1."""
    try:
        return min(max(int(str(value).strip()), 1), 100)
    except ValueError:
        return 1


_HTML_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "form", "hr", "li", "main", "ol", "p",
    "pre", "section", "summary", "ul", "caption",
})
_HTML_SKIPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "nav", "footer", "head", "iframe", "object",
})
_HTML_HEADING = re.compile(r"^h([1-6])$")
_CSS_COLOUR_NAMES_WHITE = frozenset({"white", "snow", "ivory", "ghostwhite", "whitesmoke", "floralwhite", "mintcream"})
_CSS_HEX = re.compile(r"^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$")
_CSS_RGB = re.compile(r"^rgba?\(\s*([\d.]+%?)[\s,]+([\d.]+%?)[\s,]+([\d.]+%?)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$")
_CSS_LENGTH = re.compile(r"^(-?[\d.]+)\s*(px|pt|em|rem|%|)$")
# Points per unit, for font sizes; em, rem and % against the browsers' 16 px (12 pt).
_CSS_POINTS_PER_UNIT = {"px": 0.75, "pt": 1.0, "em": 12.0, "rem": 12.0, "%": 0.12, "": 0.75}


def _inline_style(tag: Any) -> dict[str, str]:
    declarations: dict[str, str] = {}
    for declaration in str(tag.get("style") or "").split(";"):
        name, _, value = declaration.partition(":")
        value = value.lower().replace("!important", "").strip()
        if name.strip() and value:
            declarations[name.strip().lower()] = value
    return declarations


def _css_colour(value: str) -> tuple[int, int, int, float] | None:
    """(red, green, blue, alpha) of a CSS colour this parser understands, else None."""
    value = value.strip()
    if value in _CSS_COLOUR_NAMES_WHITE:
        return (255, 255, 255, 1.0)
    if value == "transparent":
        return (0, 0, 0, 0.0)
    hex_match = _CSS_HEX.match(value)
    if hex_match:
        digits = hex_match.group(1)
        if len(digits) in (3, 4):
            digits = "".join(digit * 2 for digit in digits)
        alpha = int(digits[6:8], 16) / 255 if len(digits) == 8 else 1.0
        return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16), alpha)
    rgb_match = _CSS_RGB.match(value)
    if rgb_match:
        channels = [min(255, round(float(part[:-1]) * 2.55) if part.endswith("%") else round(float(part)))
                    for part in rgb_match.groups()[:3]]
        alpha_text = rgb_match.group(4)
        alpha = 1.0 if alpha_text is None else (
            float(alpha_text[:-1]) / 100 if alpha_text.endswith("%") else float(alpha_text))
        return (channels[0], channels[1], channels[2], alpha)
    return None


def _css_text_colour_invisible(value: str) -> bool | None:
    """True for white, near-white or transparent text, False for another colour, None if unknown."""
    colour = _css_colour(value)
    if colour is None:
        return None
    red, green, blue, alpha = colour
    return alpha == 0 or is_near_white(red, green, blue)


def _css_font_too_small(value: str) -> bool | None:
    match = _CSS_LENGTH.match(value.strip())
    if match is None:
        return None  # 'small', calc(...) and such: readable or unknown
    try:
        return float(match.group(1)) * _CSS_POINTS_PER_UNIT[match.group(2)] < MIN_VISIBLE_FONT_POINTS
    except ValueError:
        return None


def _html_hides_everything(tag: Any, style: dict[str, str]) -> bool:
    """The element and all inside it are not shown, whatever its descendants say."""
    try:
        transparent = float(style.get("opacity", "1").rstrip("%")) == 0
    except ValueError:
        transparent = False
    return (tag.has_attr("hidden") or style.get("display") == "none"
            or style.get("visibility") in ("hidden", "collapse") or transparent)


def _html_has_backdrop(tag: Any, style: dict[str, str]) -> bool:
    """A background behind the text that is not white: white text on it can be read."""
    values = [value for name, value in style.items() if name in ("background", "background-color")]
    if tag.get("bgcolor"):
        values.append(str(tag["bgcolor"]).strip().lower())
    for value in values:
        if "url(" in value or "gradient(" in value:
            return True
        first = value.split()[0] if value.split() else "none"
        if first in ("none", "initial", "inherit", "unset", "revert"):
            continue
        colour = _css_colour(first)
        if colour is None or (colour[3] > 0 and not is_near_white(*colour[:3])):
            return True  # a colour we cannot read is given the benefit of the doubt
    return False


_INHERITED_OVERRIDES = ("font-size", "color", "background")


def remove_invisible_html(root: Any) -> list[str]:
    """Take out of the tree the text a browser would not show, and return it.

    Looks at inline styles and the `hidden` attribute only (stylesheets are not applied):
    display:none, visibility:hidden, opacity:0 and `hidden` hide an element with all inside
    it; a font size under 2 pt, and white, near-white or transparent text with no background
    on it or above it, hide the text until a descendant sets its own size or colour.
    """
    from bs4 import NavigableString, Tag
    from bs4.element import Comment, Declaration, ProcessingInstruction

    hidden: list[str] = []

    def overridden_below(tag: Tag) -> bool:
        return any(isinstance(descendant, Tag) and (descendant.get("bgcolor") or descendant.get("color") or any(
            name.startswith(_INHERITED_OVERRIDES) for name in _inline_style(descendant)))
            for descendant in tag.descendants)

    def visit(element: Tag, tiny: bool, white: bool, backdrop: bool) -> None:
        for child in list(element.children):
            if isinstance(child, (Comment, Declaration, ProcessingInstruction)):
                continue
            if isinstance(child, NavigableString):
                if child.strip() and (tiny or (white and not backdrop)):
                    hidden.append(str(child))
                    child.extract()
                continue
            if not isinstance(child, Tag) or child.name in _HTML_SKIPPED_TAGS:
                continue
            style = _inline_style(child)
            if child.name == "font" and child.get("color") and "color" not in style:
                style["color"] = str(child["color"]).strip().lower()  # <font color="white">
            if _html_hides_everything(child, style):
                hidden.append(child.get_text(" "))
                child.decompose()
                continue
            child_tiny = _css_font_too_small(style["font-size"]) if "font-size" in style else None
            child_white = _css_text_colour_invisible(style["color"]) if "color" in style else None
            now_tiny = tiny if child_tiny is None else child_tiny
            now_white = white if child_white is None else child_white
            now_backdrop = backdrop or _html_has_backdrop(child, style)
            invisible = now_tiny or (now_white and not now_backdrop)
            if invisible and not (tiny or (white and not backdrop)) and not overridden_below(child):
                hidden.append(child.get_text(" "))  # the whole element at once, as one fragment
                child.decompose()
                continue
            visit(child, now_tiny, now_white, now_backdrop)

    # The state the root itself sets (<body style="color:#fff; background:#123">...).
    tiny = white = backdrop = False
    for tag in [*reversed([parent for parent in root.parents if parent.name != "[document]"]), root]:
        style = _inline_style(tag)
        tiny = tiny if "font-size" not in style else bool(_css_font_too_small(style["font-size"]))
        white = white if "color" not in style else bool(_css_text_colour_invisible(style["color"]))
        backdrop = backdrop or _html_has_backdrop(tag, style)
    visit(root, tiny, white, backdrop)
    return hidden


def html_sections(html: str | bytes) -> tuple[list[Section], str | None, list[str]]:
    """Sections, title, and the invisible text left out of the sections (see remove_invisible_html)."""
    from bs4 import BeautifulSoup, NavigableString, Tag
    from bs4.element import Comment, Declaration, ProcessingInstruction

    soup = BeautifulSoup(html, "lxml")
    title_tag = soup.find("title")
    title = " ".join(title_tag.get_text().split()) if title_tag else None
    hidden = remove_invisible_html(soup.body or soup)
    collector = SectionCollector()
    buffer: list[str] = []
    first_heading: list[str] = []

    def flush_buffer() -> None:
        # Source line breaks inside Japanese text become spaces; between CJK they are noise.
        text = remove_spaces_between_cjk(" ".join("".join(buffer).split()))
        buffer.clear()
        collector.paragraph(text)

    def table_grid(table: Tag) -> list[list[GridCell]]:
        """The table's grid: a cell with colspan or rowspan covers the columns and rows it spans."""
        grid: list[list[GridCell]] = []
        pending: dict[tuple[int, int], GridCell] = {}  # (row, column) covered by a rowspan from above
        for row in table.find_all("tr"):
            if row.find_parent("table") is not table:
                continue  # nested tables are read as text of their cell
            index = len(grid)
            cells: list[GridCell] = []
            for cell in row.find_all(["th", "td"], recursive=False):
                while (index, len(cells)) in pending:
                    cells.append(pending.pop((index, len(cells))))
                entry = (cell, remove_spaces_between_cjk(" ".join(cell.get_text(" ").split())))
                columns, rows = _html_span(cell.get("colspan")), _html_span(cell.get("rowspan"))
                for below in range(1, rows):
                    for offset in range(columns):
                        pending[(index + below, len(cells) + offset)] = entry
                cells.extend([entry] * columns)
            while (index, len(cells)) in pending:
                cells.append(pending.pop((index, len(cells))))
            grid.append(cells)
        return grid

    def walk(element: Tag) -> None:
        for child in element.children:
            if isinstance(child, (Comment, Declaration, ProcessingInstruction)):
                continue
            if isinstance(child, NavigableString):
                buffer.append(str(child))
                continue
            if not isinstance(child, Tag) or child.name in _HTML_SKIPPED_TAGS:
                continue
            heading = _HTML_HEADING.match(child.name or "")
            if heading:
                flush_buffer()
                text = remove_spaces_between_cjk(" ".join(child.get_text(" ").split()))
                collector.heading(int(heading.group(1)), text)
                if text and not first_heading:
                    first_heading.append(text)
            elif child.name == "table":
                flush_buffer()
                collector.extend(grid_table_sections(table_grid(child), None, collector.heading_path))
            elif child.name in _HTML_BLOCK_TAGS:
                flush_buffer()
                walk(child)
                flush_buffer()
            else:
                walk(child)

    walk(soup.body or soup)
    flush_buffer()
    collector.flush()
    return collector.sections, title or (first_heading[0] if first_heading else None), clip_hidden_text(hidden)


def parse_html(data: bytes) -> ParsedDocument:
    # BeautifulSoup honours <meta charset>; without one, decode as we do for text files.
    has_declared_charset = re.search(rb"<meta[^>]+charset", data[:4096], re.IGNORECASE) is not None
    sections, title, hidden = html_sections(data if has_declared_charset else decode_text(data))
    return ParsedDocument(mime_type=HTML, sections=sections, page_count=None, title=title, ocr_pages=[],
                          hidden_text=hidden)


def parse_markdown(data: bytes) -> ParsedDocument:
    import markdown

    # Markdown is text as it is read; only raw HTML inside it can hide anything, and that
    # goes through the same check as an HTML file.
    html = markdown.markdown(decode_text(data), extensions=["tables", "fenced_code"])
    sections, title, hidden = html_sections(f"<html><body>{html}</body></html>")
    return ParsedDocument(mime_type=MARKDOWN, sections=sections, page_count=None, title=title, ocr_pages=[],
                          hidden_text=hidden)
