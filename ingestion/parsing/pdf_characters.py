"""A PDF page's characters as pdfium reads them: each visible one with its box, its font size,
where the pen stood before and after it, and whether the producer wrote a space before it
(pdf_layout.py rebuilds the page's lines and tables from these)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass
class Character:
    text: str
    left: float
    bottom: float
    right: float
    top: float
    size: float
    index: int = -1  # its place in the text layer
    spaced_from: int = -1  # the character before it, where the producer wrote a space between
    space_width: float = 0.0  # the width of that space, where it wrote one
    # Where the pen stood when it was drawn, and where its advance (by the font's widths in the
    # PDF) ends, or its ink where that reaches farther (pdfium's loose box): the room the
    # producer gave it, of which a narrow glyph's ink (left to bottom above) fills a part.
    pen_left: float | None = None
    pen_right: float | None = None

    @property
    def height(self) -> float:
        return self.top - self.bottom


def page_characters(text_page: Any, hidden: Sequence[bool] | None = None) -> list[Character]:
    """The page's visible, non-blank characters with their boxes (PDF units, y upwards)."""
    import pypdfium2.raw as pdfium_c

    raw = text_page.raw
    characters: list[Character] = []
    count = text_page.count_chars()
    index = 0
    previous = -1  # the last character kept
    spaces: list[float] = []  # the widths of the spaces the producer wrote since it
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
        if character in _WRITTEN_SPACES:
            left, _, right, _ = text_page.get_charbox(position)
            spaces.append(max(right - left, 0.0))
            continue
        if character.isspace() or character == "\ufffe":
            continue
        left, bottom, right, top = text_page.get_charbox(position)
        if right <= left or top <= bottom:
            continue
        size = pdfium_c.FPDFText_GetFontSize(raw, position) or (top - bottom)
        if spaces and _drawn_invisible(raw, position):
            spaces = []
        advance = pdfium_c.FS_RECTF()
        pen = (advance.left, advance.right) if pdfium_c.FPDFText_GetLooseCharBox(raw, position, advance) else (None, None)
        if character in _MARKS_OFF_THE_MIDDLE and pen[0] is not None and advance.top > advance.bottom:
            # Its ink sits on the baseline (「,」 of 「1,326」) or above it: the line it is set on is
            # the font's, or the comma of a table's figure is read as a line of its own under it.
            bottom, top = advance.bottom, advance.top
        characters.append(Character(character, left, bottom, right, top, max(size, top - bottom),
                                    position, previous if spaces else -1, spaces[0] if len(spaces) == 1 else 0.0, *pen))
        previous, spaces = position, []
    return characters


# Marks whose ink is a small part of the line's height, at the baseline or above it.
_MARKS_OFF_THE_MIDDLE = frozenset(",.、。，．_'\"`‘’“”")


# Spaces as a producer writes them between words (a line break it wrote is no word space).
_WRITTEN_SPACES = frozenset(" \t\u00a0\u3000")
# Text render modes whose glyphs are not painted at all: 3 (invisible) and 7 (invisible, clip).
INVISIBLE_RENDER_MODES = (3, 7)


def _drawn_invisible(raw: Any, position: int) -> bool:
    """Whether a character is drawn invisible: the text an OCR engine lays over its scan,
    whose spaces are the engine's guesses (Japanese OCR puts them between characters), not
    a producer's."""
    import pypdfium2.raw as pdfium_c

    text_object = pdfium_c.FPDFText_GetTextObject(raw, position)
    return bool(text_object) and pdfium_c.FPDFTextObj_GetTextRenderMode(text_object) in INVISIBLE_RENDER_MODES
