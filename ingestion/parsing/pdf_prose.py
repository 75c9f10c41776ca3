"""Lines of prose on a PDF page: which line is the rest of the sentence above it, wrapped at
the page's right margin (pdf_layout.layout_text joins it on), and which starts a line of its
own (a list item, a heading, a paragraph's end)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from appliance.text.japanese import CJK_CHARACTER, display_width
from ingestion.parsing.pdf_characters import Character

if TYPE_CHECKING:
    from ingestion.parsing.pdf_layout import _Cell

# Share of its height two characters' vertical extents must share to be on one line.
SAME_LINE_OVERLAP = 0.3
# Lines of one paragraph, or of one cell, are set in one size; a heading's is larger.
SAME_TEXT_SIZE = 1.1
# A paragraph's next line stands at most this far under the line before (font sizes between
# one's bottom and the next's top); a wider gap is the space over a heading or a new block.
WRAPPED_PARAGRAPH_GAP = 1.0
# A line wrapped at the margin ends closer to it than the next line's first word is wide, give
# or take one character (a line breaking rule that keeps 「、」 or 「）」 off a line's start
# moves one more character down).
WRAP_SLACK = 1.0
# A paragraph's first line may be indented this much (font sizes) past its next line; a line
# standing farther right than that is set apart (right-aligned: a date, a signature).
FIRST_LINE_INDENT = 4.0
# A break between kana and kanji is a wrap also where the line before is this long for its
# page, in a block narrower than the page (the text joiner's rule: appliance.text.japanese).
LONG_LINE_SHARE = 0.85


# What starts a line of its own, never the rest of a wrapped sentence: a list item (「(3)」,
# 「（ア）」, 「1.」, 「2)」, 「①」), a bullet or a note (「・」, 「※」), a numbered heading
# (「第2条」, 「1 総則」), a bracketed label (「【注意】」).
_ITEM_START = re.compile(
    r"[(（][0-9０-９a-zA-Zａ-ｚア-ンｱ-ﾝ一二三四五六七八九十]{1,3}[)）]"
    r"|[0-9０-９]{1,3}(?:[.．](?![0-9０-９])|[)）])"
    r"|[0-9０-９]{1,2} "
    r"|第[0-9０-９一二三四五六七八九十百]+[条章節項款編]"
    r"|[\u2460-\u2473\u2776-\u277f]"
    r"|[・•●○■□◆◇▪▫➢►▶✓✔※＊*\-–—【〔［\[]"
)


class Margins(NamedTuple):
    """Where the page's text block ends: `right`, its right margin, set as wide as its left one
    (none where the page's box is not known); `long_line`, the display width of the page's
    long lines (the one in ten longest), for a wrap between kana and kanji."""

    right: float
    long_line: float


def margins_of(characters: Sequence[Character], lines: Sequence[Sequence[_Cell]], page_box: tuple[float, float, float, float] | None) -> Margins:
    """The page's margins: a page's text block stands in the middle of it, left and right
    margins as wide (where they are not, lines end short of the right one and stay apart)."""
    right = float("inf")
    if page_box is not None:
        left_edge, _, right_edge, _ = page_box
        right = right_edge - (min(c.left for c in characters) - left_edge)
    widths = sorted(display_width(cells[0].text) for cells in lines if len(cells) == 1)
    long_line = widths[int(len(widths) * 0.9) - 1 if len(widths) > 1 else 0] if widths else 0
    return Margins(right, long_line)


def wrapped_onto(line: _Cell, following: _Cell, margins: Margins) -> bool:
    """Whether `following` is the rest of `line`'s sentence, which the page wrapped at the margin.

    It is where `line` ends at the right margin (no room left there for `following`'s first
    word, a figure or a Latin word, or its first character), and `following` stands right
    under it, in its size, not indented, and starts no item of its own. Or, where the line
    breaks between kana and kanji, where `line` is as long as the page's long lines: text in a
    narrower block than the page wraps there too (what the text joiner of
    appliance.text.japanese does with text whose places are not known).

    A line that ends short of the margin is a paragraph's end, a heading or a label. The
    rule of the long lines is kept to kana and kanji: on a page of lists, a list whose lines
    start with a figure (「2026年4月 松本南店 開店」) is as long as the page's long lines, and
    only the margin tells a sentence wrapped before a figure from it.
    """
    size = max(line.size, following.size)
    if size > SAME_TEXT_SIZE * min(line.size, following.size):
        return False
    if not -SAME_LINE_OVERLAP * size <= line.bottom - following.top <= WRAPPED_PARAGRAPH_GAP * size:
        return False
    if _ITEM_START.match(following.text):
        return False
    # Indented under a line that is no list item: a new paragraph. Under a list item the
    # rest of its text may hang under the item's text, past its mark.
    if following.left - line.left > 0.5 * size and not _ITEM_START.match(line.text):
        return False
    if line.left - following.left > FIRST_LINE_INDENT * size:
        return False
    if line.right + following.lead_width + WRAP_SLACK * size > margins.right:
        return True
    between_kana_and_kanji = bool(CJK_CHARACTER.match(line.text[-1]) and CJK_CHARACTER.match(following.text[0]))
    return between_kana_and_kanji and display_width(line.text) >= LONG_LINE_SHARE * margins.long_line
