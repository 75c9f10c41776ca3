"""Structure-aware, Japanese-aware chunking of parsed document sections.

Needs no Django (only appliance.text.tables, which says what a table row written "column: value" is): takes the parser's sections (anything shaped like :class:`Section`) and a
token counter for the embedder, returns :class:`Chunk` objects for the indexer.

Rules, in order of precedence:

1. A chunk never spans two pages or two heading paths. Citations point at one page, and
   the indexer puts ``heading_path`` in front of the text for embedding, which would lie
   about a chunk that straddled two sections. Nothing is prepended to ``Chunk.text``.
2. Records stay whole. Table/sheet rows are packed row by row, never cut mid-row unless
   one row alone exceeds ``max_tokens``; when a table continues into another chunk, the
   table's first row (its column header in practice) is repeated on top, because rows
   like "山田 | 営業部 | 1234" mean nothing without it. A slide is kept whole together
   with its speaker notes when they fit.
3. Prose is cut between sentences (。！？．!? with any closing bracket after them),
   between paragraphs (blank lines) and before list items / 条文 ("・", "1.", "（1）",
   "①", "第3条"). Only a sentence longer than ``max_tokens`` on its own is cut inside:
   first after 、，, (clause boundaries), then, as a last resort, between characters.
4. Consecutive prose chunks of the same section overlap by whole trailing sentences
   (at most ``overlap_tokens``), so a fact stated across a boundary is retrievable from
   either side. Rows and slides do not overlap: they are self-contained records.
5. A chunk that starts with a table row, in a document whose parser found no headings (a
   PDF), takes the numbered heading line last written above it (「2. 店舗別の処方箋受付枚数」)
   as its heading: rows cut from their table, or continued on the next page, are still found
   by what they count.

Sizes are measured with ``count_tokens`` on the exact chunk text (sub-word tokenizers are
not additive, so the sum of the pieces' counts is not trusted), which makes
``token_count <= max_tokens`` a guarantee rather than an estimate.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from appliance.text.tables import TABLE_CELL_SEPARATOR, names_its_columns

__all__ = ["Chunk", "Section", "chunk_sections"]


class Section(Protocol):
    """What the parser yields; a Protocol so this module does not import the parser."""

    @property
    def text(self) -> str: ...

    @property
    def page(self) -> int | None: ...

    @property
    def heading_path(self) -> tuple[str, ...]: ...

    @property
    def kind(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Chunk:
    text: str
    page: int | None
    heading_path: tuple[str, ...]
    order: int
    token_count: int


_ROW_KINDS = frozenset({"table_row", "sheet_row"})
_SLIDE_KIND = "slide"
_NOTES_KIND = "notes"

# Cut points inside prose. ASCII '.' only ends a sentence before whitespace so that
# "3.14", "example.com" and "ver.2" survive; ASCII '!?' also before Japanese text, since
# Japanese writers mix "本当!?すごい". Full-width 。！？ and ． (the period of technical
# Japanese, "である．") always end a sentence. Closing brackets/quotes after the end mark
# belong to the sentence: 「…です。」 must not leave a lone 」 for the next chunk.
_SENTENCE_END = re.compile(
    r"(?:[。！？．]+|[!?]+(?=\s|$|[^\x00-\x7f])|\.(?=\s|$))"
    r"[」』）)\]】〕〉》\"'”’]*\s*"
)
_BLANK_LINES = re.compile(r"\n[^\S\n]*\n\s*")
# A line break that starts a list item or a numbered article of 規程/契約 text. The break
# stays with the previous unit, so cut after it.
_LIST_ITEM_START = re.compile(
    r"\n(?=[^\S\n]*(?:[・•●○◆◇■□▪▶►※＊*\-－]"
    r"|[0-9０-９]+[.．)）]"
    r"|[(（][0-9０-９一二三四五六七八九十]+[)）]"
    r"|[①-⑳]"
    r"|第[0-9０-９一二三四五六七八九十百]+[条章節項]))"
)
# Clause boundaries for a sentence that is too long on its own.
_CLAUSE_END = re.compile(r"[、，,;；:：]\s*")
_LINE_END = re.compile(r"\n")


def chunk_sections(
    sections: Iterable[Section],
    *,
    count_tokens: Callable[[str], int],
    max_tokens: int = 350,
    overlap_tokens: int = 50,
) -> list[Chunk]:
    """Split ``sections`` into chunks of at most ``max_tokens`` (see module docstring)."""
    if max_tokens < 1:
        raise ValueError("max_tokens must be at least 1")
    if not 0 <= overlap_tokens < max_tokens:
        raise ValueError("overlap_tokens must be in [0, max_tokens)")
    packer = _Packer(count_tokens=count_tokens, max_tokens=max_tokens)
    texts_with_location: list[tuple[str, int | None, tuple[str, ...]]] = []

    non_empty = [section for section in sections if section.text.strip()]
    # Consecutive sections sharing page and heading path form one group; groups are never
    # merged (rule 1). Within a group, runs of the same family are chunked together.
    for (page, heading_path), group in itertools.groupby(
        non_empty, key=lambda section: (section.page, tuple(section.heading_path))
    ):
        for family, run in itertools.groupby(group, key=lambda section: _family(section.kind)):
            run_sections = list(run)
            if family == "rows":
                texts = packer.pack_rows([section.text for section in run_sections])
            elif family == "slides":
                texts = packer.pack_slides(run_sections)
            else:
                texts = packer.pack_prose(
                    [section.text for section in run_sections], overlap_tokens=overlap_tokens
                )
            texts_with_location.extend((text, page, heading_path) for text in texts)

    chunks: list[Chunk] = []
    caption = ""
    for order, (text, page, heading_path) in enumerate(texts_with_location):
        lines = text.strip().splitlines()
        first_row = next((index for index, line in enumerate(lines) if TABLE_CELL_SEPARATOR in line), None)
        # (Its first row under a caption written in the chunk itself is named by it already.)
        if not heading_path and caption and first_row is not None and not any(_CAPTION.match(line.strip()) for line in lines[:first_row]):
            heading_path = (caption,)
        chunks.append(Chunk(text=text, page=page, heading_path=heading_path, order=order, token_count=count_tokens(text)))
        caption = next((line.strip() for line in reversed(text.splitlines()) if _CAPTION.match(line.strip())), caption)
    return chunks


# A numbered heading written as a line of its own in a document whose parser found no headings
# (a PDF's 「2. 店舗別・応需医療機関別の処方箋受付枚数」): the heading of a chunk whose table rows
# are under it without the chunk naming what they count (rows cut from it, continued on the next
# page, or below the sentence the chunk overlaps the one before with).
_CAPTION = re.compile(
    r"^(?:第?[0-9０-９一二三四五六七八九十]{1,3}[.．章節]|[(（][0-9０-９]{1,2}[)）]|[■◆●□【])"
    r"(?!.*[。|])(?=.*[\u3040-\u30ff\u4e00-\u9fff]).{2,40}$"
)


def _family(kind: str) -> str:
    if kind in _ROW_KINDS:
        return "rows"
    if kind in (_SLIDE_KIND, _NOTES_KIND):
        return "slides"
    # Unknown kinds (captions, code, footnotes...) are safest treated as prose.
    return "prose"


def split_into_sentences(text: str) -> list[str]:
    """Cut ``text`` at sentence ends, blank lines and list items; pieces join back to it."""
    cuts = {0, len(text)}
    for pattern in (_SENTENCE_END, _BLANK_LINES, _LIST_ITEM_START):
        cuts.update(match.end() for match in pattern.finditer(text))
    bounds = sorted(cuts)
    pieces = [text[start:end] for start, end in itertools.pairwise(bounds)]
    # Whitespace-only pieces (e.g. a blank line after a cut) are glued to the piece before
    # them instead of becoming units of their own.
    units: list[str] = []
    for piece in pieces:
        if units and not piece.strip():
            units[-1] += piece
        else:
            units.append(piece)
    return [unit for unit in units if unit.strip()]


class _Packer:
    def __init__(self, *, count_tokens: Callable[[str], int], max_tokens: int) -> None:
        self._count_tokens = count_tokens
        self._max_tokens = max_tokens

    def _fits(self, units: Sequence[str]) -> bool:
        return self._count_tokens(_join(units)) <= self._max_tokens

    # -- prose -----------------------------------------------------------------------

    def pack_prose(self, texts: Sequence[str], *, overlap_tokens: int) -> list[str]:
        units: list[str] = []
        for text in texts:
            section_units = split_into_sentences(text)
            # Sections of one group are separate paragraphs: keep a blank line between.
            section_units[-1] = section_units[-1].rstrip() + "\n\n"
            for unit in section_units:
                units.extend(self._split_oversized(unit))

        chunks: list[str] = []
        current: list[str] = []
        fresh_in_current = 0  # units not carried over as overlap
        for unit in units:
            if current and not self._fits([*current, unit]):
                chunks.append(_join(current))
                current = self._overlap_tail(current, overlap_tokens, next_unit=unit)
                fresh_in_current = 0
            current.append(unit)
            fresh_in_current += 1
        if fresh_in_current:
            chunks.append(_join(current))
        return chunks

    def _overlap_tail(self, units: list[str], overlap_tokens: int, *, next_unit: str) -> list[str]:
        """Longest run of whole trailing sentences within ``overlap_tokens``.

        Never the whole previous chunk (that would only duplicate it), and shortened until
        the next sentence still fits after it, so overlap can never force a cut mid-sentence.
        """
        tail: list[str] = []
        for unit in reversed(units[1:]):
            candidate = [unit, *tail]
            if self._count_tokens(_join(candidate)) > overlap_tokens:
                break
            tail = candidate
        while tail and not self._fits([*tail, next_unit]):
            tail = tail[1:]
        return tail

    def _split_oversized(self, unit: str) -> list[str]:
        """Cut a single over-long unit between its lines, else after clause marks (、), else
        by characters. A PDF page's table comes as lines without a 。 between them: one unit,
        which cut inside a line would part a row's last cells from its first (「硝酸態窒素等
        （mg/L）:」 in one chunk, 「1.12」 in the next)."""
        if self._fits([unit]):
            return [unit]
        lines = unit.strip().splitlines()
        if len(lines) > 1 and 2 * sum(" | " in line or ": " in line for line in lines) >= len(lines):
            # Table lines (a prose sentence wrapped at a margin is still cut after its 、).
            pieces = []
            current = ""
            for line in _split_keeping(unit, _LINE_END):
                if self._fits([current + line]):
                    current += line
                    continue
                if current.strip():
                    pieces.append(current)
                current = ""
                if self._fits([line]):
                    current = line
                else:
                    pieces.extend(self._split_oversized(line.rstrip("\n")))
            if current.strip():
                pieces.append(current)
            return pieces
        pieces: list[str] = []
        current = ""
        for clause in _split_keeping(unit, _CLAUSE_END):
            if self._fits([current + clause]):
                current += clause
                continue
            if current:
                pieces.append(current)
            if self._fits([clause]):
                current = clause
            else:
                character_pieces = self._split_by_characters(clause)
                pieces.extend(character_pieces[:-1])
                current = character_pieces[-1]
        if current.strip():
            pieces.append(current)
        return pieces

    def _split_by_characters(self, text: str) -> list[str]:
        # Binary search for the longest prefix that fits: token counts grow monotonically
        # with prefix length (near enough for sub-word tokenizers), and it needs only
        # O(log n) count_tokens calls per piece instead of one per character.
        pieces: list[str] = []
        rest = text
        while rest:
            if self._fits([rest]):
                pieces.append(rest)
                break
            low, high = 1, len(rest)
            while low < high:
                middle = (low + high + 1) // 2
                if self._fits([rest[:middle]]):
                    low = middle
                else:
                    high = middle - 1
            # low >= 1 always: progress is guaranteed even if one character is "too big".
            pieces.append(rest[:low])
            rest = rest[low:]
        return pieces

    # -- rows ------------------------------------------------------------------------

    def pack_rows(self, rows: Sequence[str]) -> list[str]:
        rows = [row.strip() for row in rows]
        header = rows[0]
        chunks: list[str] = []
        current: list[str] = []
        for position, row in enumerate(rows):
            if not self._fits([row]):
                # One row over the limit: the only case where a row is cut.
                if current:
                    chunks.append(_join_lines(current))
                    current = []
                chunks.extend(piece.strip() for piece in self._split_oversized(row))
                continue
            if current and not self._fits_lines([*current, row]):
                chunks.append(_join_lines(current))
                current = []
            if not current and chunks and position > 0 and not names_its_columns(header) and self._fits_lines([header, row]):
                current = [header]
            current.append(row)
        if current:
            chunks.append(_join_lines(current))
        return chunks

    def _fits_lines(self, lines: Sequence[str], separator: str = "\n") -> bool:
        return self._count_tokens(_join_lines(lines, separator)) <= self._max_tokens

    # -- slides ----------------------------------------------------------------------

    def pack_slides(self, sections: Sequence[Section]) -> list[str]:
        # A slide and the notes that follow it form one unit; the run may hold several.
        groups: list[list[str]] = []
        for section in sections:
            if section.kind == _SLIDE_KIND or not groups:
                groups.append([])
            groups[-1].append(section.text.strip())
        chunks: list[str] = []
        for texts in groups:
            if self._fits_lines(texts, separator="\n\n"):
                chunks.append(_join_lines(texts, separator="\n\n"))
            else:
                # Too long together: each part on its own, long parts cut as prose.
                for text in texts:
                    chunks.extend(self.pack_prose([text], overlap_tokens=0))
        return chunks


def _join(units: Iterable[str]) -> str:
    return "".join(units).strip()


def _join_lines(lines: Sequence[str], separator: str = "\n") -> str:
    return separator.join(lines).strip()


def _split_keeping(text: str, pattern: re.Pattern[str]) -> list[str]:
    """Split after each match of ``pattern``, keeping the delimiter with the left piece."""
    pieces: list[str] = []
    start = 0
    for match in pattern.finditer(text):
        pieces.append(text[start : match.end()])
        start = match.end()
    if start < len(text):
        pieces.append(text[start:])
    return pieces
