"""Layout-aware reading of a page image: tesseract's word boxes turned into lines, key-value
pairs and table cells, each with the region of the page it was read from.

Why geometry and not tesseract's own lines: tesseract joins everything on one baseline into
one line (「株式会社さくら商事 御中」 and 「請求番号 INV-0412」 at the two ends of an invoice's
header), and puts the cells of a ruled table in whatever order its blocks come. Here a row is
the words that sit on one line of the page, a wide gap between words cuts it into segments,
and segments stacked under the same column headers make a table:

    rows        words whose vertical extents overlap, after the page is turned upright and
                deskewed, so a row is one line of the page across all its columns
    segments    a row cut where the gap between two words is wider than about a character
    tables      consecutive rows of three or more segments; the first is the header, and every
                cell goes to the column whose header starts left of it (numbers are
                right-aligned under left-aligned headers, so the nearest header is wrong)
    key-values  a label-like segment followed by its value on the same row: 「合計金額（税込）
                ¥482,350」, or a form's 「氏名 | 山田 太郎」
    paragraphs  the remaining lines, joined where the page wrapped them

The page is turned first: a quarter or half turn (tesseract's orientation guess, then each
turn, whichever reads with the best confidence) and a tilt of a few degrees (the angle whose
horizontal ink profile is sharpest). Tategaki is read with jpn_vert as one vertical block.

Regions are fractions (0-1) of the image as it was given, not as it was turned, so that a
citation can outline them on the picture the person sees.
"""

from __future__ import annotations

import io
import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from appliance.text.japanese import clean_layout_text, remove_spaces_between_cjk, unify_ideographs
from ingestion.parsing.document import DocumentRejected, Section, rejection_reason
from ingestion.parsing.office import table_sections
from ingestion.parsing.orientation import Turn, estimate_skew, lines_run_down

OCR_DPI = 300
MAX_OCR_PIXELS_PER_SIDE = 5000
MIN_OCR_WORD_CONFIDENCE = 30.0  # below this tesseract is guessing at noise
# Below this mean word confidence (or with little text) the page is read again: turned, or as
# vertical writing. Upright horizontal Japanese print reads at 85-95.
CONFIDENT_READING = 80.0
MIN_CHARACTERS_FOR_HORIZONTAL = 20
# A gap between two words wider than this many character heights separates two segments.
SEGMENT_GAP_HEIGHTS = 1.1
# A gap wider than this inside a segment is a space (「普通 1234567」); narrower ones are the
# spacing of Japanese characters, which tesseract returns as separate words.
SPACE_GAP_HEIGHTS = 0.45
MIN_TABLE_COLUMNS = 3
MAX_LABEL_CHARACTERS = 16


@dataclass(frozen=True)
class Box:
    left: int
    top: int
    right: int
    bottom: int

    @property
    def height(self) -> int:
        return max(self.bottom - self.top, 1)

    def union(self, other: Box) -> Box:
        return Box(min(self.left, other.left), min(self.top, other.top), max(self.right, other.right), max(self.bottom, other.bottom))


@dataclass(frozen=True)
class Word:
    text: str
    box: Box
    confidence: float


@dataclass(frozen=True)
class Block:
    """One thing read on the page: a paragraph, a key-value pair or a table."""

    kind: str  # "paragraph", "key_value", "table"
    rows: tuple[tuple[str, ...], ...]  # paragraph: ((text,),); key_value: ((key, value),); table: header first
    region: tuple[float, float, float, float]  # left, top, right, bottom as fractions of the given image

    @property
    def text(self) -> str:
        if self.kind == "key_value":
            key, value = self.rows[0]
            return f"{key}：{value}"
        if self.kind == "table":
            header, *body = self.rows
            lines = [_markdown_row(header), _markdown_row(["---"] * len(header))]
            return "\n".join(lines + [_markdown_row(row) for row in body])
        return self.rows[0][0]


@dataclass
class PageLayout:
    width: int  # of the image as given
    height: int
    rotation: int = 0  # quarter turns applied (degrees, counter-clockwise) to read it
    skew: float = 0.0
    vertical: bool = False
    confidence: float = 0.0
    blocks: list[Block] = field(default_factory=list)

    def text(self) -> str:
        """The page as structured text: paragraphs, 「key：value」 lines, Markdown tables."""
        return "\n".join(block.text for block in self.blocks)

    def sections(self, page: int | None) -> list[Section]:
        """The page as parse sections: prose and key-values as text, each table as rows with
        their header (the same shape as a DOCX table, so the chunker keeps rows whole)."""
        sections: list[Section] = []
        pending: list[str] = []

        def flush() -> None:
            if pending:
                sections.append(Section(text="\n".join(pending), page=page, heading_path=(), kind="text"))
                pending.clear()

        for block in self.blocks:
            if block.kind == "table":
                flush()
                sections.extend(table_sections([list(row) for row in block.rows], page, ()))
            else:
                pending.append(block.text)
        flush()
        return sections


def _markdown_row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cell.replace("|", "｜") for cell in cells) + " |"


# ---------------------------------------------------------------------------- tesseract


def tesseract_tsv(image_png: bytes, languages: str, page_segmentation: int, dpi: int) -> str:
    try:
        completed = subprocess.run(
            ["tesseract", "stdin", "stdout", "-l", languages, "--psm", str(page_segmentation), "--dpi", str(dpi), "tsv"],
            input=image_png,
            capture_output=True,
            check=False,
        )
    except FileNotFoundError as error:
        raise DocumentRejected(rejection_reason("OCRエンジン(tesseract)がインストールされていません", "tesseract is not installed")) from error
    if completed.returncode != 0:
        message = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        raise DocumentRejected(rejection_reason("OCRに失敗しました", f"tesseract failed: {message[-1] if message else completed.returncode}"))
    return completed.stdout.decode("utf-8", "replace")


def tsv_words(tsv: str) -> list[tuple[tuple[int, int, int], Word]]:
    """(block, paragraph, line) and the word, for every confident word of tesseract's TSV."""
    words = []
    for row in tsv.splitlines()[1:]:
        columns = row.split("\t")
        if len(columns) < 12 or columns[0] != "5":
            continue
        text = columns[11].strip()
        confidence = float(columns[10])
        if not text or confidence < MIN_OCR_WORD_CONFIDENCE:
            continue
        left, top, width, height = (int(value) for value in columns[6:10])
        words.append(((int(columns[2]), int(columns[3]), int(columns[4])), Word(text, Box(left, top, left + width, top + height), confidence)))
    return words


def _osd_rotation(image_png: bytes) -> int | None:
    """Tesseract's guess of the clockwise turn the page needs (0, 90, 180, 270); it is often
    wrong on Japanese, so it only decides which turn is tried first."""
    try:
        completed = subprocess.run(["tesseract", "stdin", "stdout", "--psm", "0"], input=image_png, capture_output=True, check=False)
    except FileNotFoundError:
        return None
    match = re.search(r"Rotate: (\d+)", completed.stdout.decode("utf-8", "replace"))
    return int(match.group(1)) % 360 if match else None


# ---------------------------------------------------------------------------- turning the page


def _png(image: Any) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


# ---------------------------------------------------------------------------- reading


@dataclass
class _Reading:
    words: list[tuple[tuple[int, int, int], Word]]
    vertical: bool
    turn: Turn
    image: Any = None

    @property
    def confidence(self) -> float:
        return sum(word.confidence for _, word in self.words) / len(self.words) if self.words else 0.0

    @property
    def characters(self) -> int:
        return sum(len(word.text) for _, word in self.words)

    def score(self) -> float:
        # Confidence decides; a reading with almost nothing in it is no reading.
        return self.confidence * min(self.characters, 40) / 40


def _read(image: Any, languages: str, dpi: int, turn: Turn, *, vertical: bool = False) -> _Reading:
    if vertical:
        tsv = tesseract_tsv(_png(image), "jpn_vert+" + languages, 5, dpi)
    else:
        tsv = tesseract_tsv(_png(image), languages, 3, dpi)
    return _Reading(tsv_words(tsv), vertical, turn, image)


def _with_sparse_text(reading: _Reading, languages: str, dpi: int) -> _Reading:
    """The words the page analysis left out, added: tesseract's automatic layout (psm 3)
    takes a large heading (「請求書」 set at twice the body size) for a picture and drops it;
    its sparse-text mode (psm 11) finds it, but reads the body worse. Words of the sparse
    reading that overlap none of the first are added to it."""
    sparse = tsv_words(tesseract_tsv(_png(reading.image), languages, 11, dpi))
    boxes = [word.box for _, word in reading.words]
    added = [
        ((-1, -1, index), word) for index, (_, word) in enumerate(sparse)
        if not any(_overlap(word.box, box) for box in boxes) and re.search(r"\w", word.text)
    ]
    return _Reading(reading.words + added, reading.vertical, reading.turn, reading.image)


def _overlap(first: Box, second: Box) -> bool:
    return first.left < second.right and second.left < first.right and first.top < second.bottom and second.top < first.bottom


def _good(reading: _Reading) -> bool:
    return reading.confidence >= CONFIDENT_READING and reading.characters >= MIN_CHARACTERS_FOR_HORIZONTAL


def read_page(image: Any, languages: str) -> PageLayout:
    """Read one page image (PIL) into blocks with regions; see the module's docstring."""
    from PIL import Image

    given_width, given_height = image.size
    image = image.convert("L")
    scale = 1.0
    if max(image.size) > MAX_OCR_PIXELS_PER_SIDE:
        scale = MAX_OCR_PIXELS_PER_SIDE / max(image.size)
        image = image.resize((int(image.width * scale), int(image.height * scale)), Image.Resampling.LANCZOS)
    dpi_info = image.info.get("dpi")
    dpi = int(dpi_info[0]) if dpi_info and dpi_info[0] and dpi_info[0] > 30 else OCR_DPI

    def upright(rotation: int) -> tuple[Any, Turn]:
        turned = image.rotate(rotation, expand=True) if rotation else image
        skew = estimate_skew(turned)
        if skew:
            turned = turned.rotate(skew, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
        return turned, Turn(given_width, given_height, scale, rotation, skew)

    turned_a_quarter = lines_run_down(image)
    turned, turn = upright(0)
    best = _read(turned, languages, dpi, turn)
    if turned_a_quarter:
        best = _Reading([], False, turn)  # whatever it read, it read glyph by glyph
    if not _good(best):
        # Turned a quarter or half (tesseract's orientation guess first), or tategaki, which
        # defeats the horizontal model: little text, or junk with low confidence.
        guess = _osd_rotation(_png(image))
        # OSD says how far to turn clockwise; PIL's rotate turns counter-clockwise.
        order: list[int | None] = [(360 - guess) % 360] if guess else []
        if "jpn" in languages.split("+"):
            order.append(None)  # None: read as vertical writing
        order += [rotation for rotation in ((90, 270, 180) if turned_a_quarter else (180, 90, 270)) if rotation not in order]
        for rotation in order:
            if rotation is None:
                try:
                    vertical = _read(image, languages, dpi, Turn(given_width, given_height, scale, 0, 0.0), vertical=True)
                except DocumentRejected:
                    continue  # jpn_vert not installed
                if vertical.confidence > best.confidence and vertical.characters >= best.characters // 2:
                    best = vertical
            else:
                candidate_image, candidate_turn = upright(rotation)
                candidate = _read(candidate_image, languages, dpi, candidate_turn)
                if candidate.score() > best.score():
                    best = candidate
            if _good(best):
                break
    if not best.vertical and best.image is not None:
        best = _with_sparse_text(best, languages, dpi)
    layout = PageLayout(given_width, given_height, best.turn.rotation, best.turn.skew, best.vertical, round(best.confidence, 1))
    layout.blocks = _vertical_blocks(best) if best.vertical else _blocks(best)
    return layout


# ---------------------------------------------------------------------------- from words to blocks


def _clean(text: str) -> str:
    text = re.sub(r"\\(?=\s?\d)", "¥", text)  # tesseract's jpn model reads ¥ as a backslash
    # Yen have no decimals: 「¥1.650」 and 「4.200円」 are a comma read as a full stop.
    text = re.sub(r"(?<=[¥￥])(\d{1,3})\.(?=\d{3}(?!\d))", r"\1,", text)
    text = re.sub(r"(?<![\d.])(\d{1,3})\.(?=\d{3}円)", r"\1,", text)
    return remove_spaces_between_cjk(unify_ideographs(text)).strip()


def _join(words: Sequence[Word]) -> str:
    parts: list[str] = []
    previous: Word | None = None
    for word in words:
        if previous is not None and word.box.left - previous.box.right > SPACE_GAP_HEIGHTS * _height([previous, word]):
            parts.append(" ")
        parts.append(word.text)
        previous = word
    return _clean("".join(parts))


def _height(words: Sequence[Word]) -> float:
    """A row's character height: the median word height (tall boxes of 「く」 or a bracket
    and flat ones of 「ー」 or digits balance out)."""
    heights = sorted(word.box.height for word in words)
    return float(heights[len(heights) // 2]) if heights else 1.0


@dataclass
class _Segment:
    words: list[Word]

    @property
    def box(self) -> Box:
        box = self.words[0].box
        for word in self.words[1:]:
            box = box.union(word.box)
        return box

    @property
    def text(self) -> str:
        return _join(self.words)


_RULE = re.compile(r"[|｜\[\]!]+")


def _rows(words: Sequence[Word]) -> list[list[Word]]:
    """Words grouped into lines of the page: a word joins the row whose vertical middle band it
    overlaps most."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda word: (word.box.top + word.box.bottom) / 2):
        middle = (word.box.top + word.box.bottom) / 2
        placed = False
        for row in reversed(rows[-3:]):
            row_top = sorted(w.box.top for w in row)[len(row) // 2]
            row_bottom = sorted(w.box.bottom for w in row)[len(row) // 2]
            if row_top <= middle <= row_bottom:
                row.append(word)
                placed = True
                break
        if not placed:
            rows.append([word])
    return [sorted(row, key=lambda word: word.box.left) for row in rows]


def _segments(row: Sequence[Word]) -> list[_Segment]:
    height = _height([word for word in row if not _RULE.fullmatch(word.text)] or row)
    segments: list[_Segment] = []
    ruled = False
    for word in row:
        if _RULE.fullmatch(word.text):
            ruled = True  # a table's vertical rule, read as 「|」: a cell ends here
            continue
        if segments and not ruled and word.box.left - segments[-1].words[-1].box.right <= SEGMENT_GAP_HEIGHTS * height:
            segments[-1].words.append(word)
        else:
            segments.append(_Segment([word]))
        ruled = False
    return [part for segment in segments for part in _label_and_value(segment, height)]


def _label_and_value(segment: _Segment, height: float) -> list[_Segment]:
    """「請求番号 INV-0412」 set close together is still a label and its value: cut at the
    first space when what stands before it is a label and what follows is a figure."""
    for index in range(1, len(segment.words)):
        spaced = segment.words[index].box.left - segment.words[index - 1].box.right > SPACE_GAP_HEIGHTS * height
        if spaced or re.match(r"[¥￥\\]", segment.words[index].text):
            label, value = _Segment(segment.words[:index]), _Segment(segment.words[index:])
            if _is_label(label.text) and re.match(r"[\d¥￥$A-Za-z]", value.text) and _is_value(value.text) and not _is_value(label.text):
                return [label, value]
    return [segment]


def _is_label(text: str) -> bool:
    visible = re.sub(r"\s", "", text)
    digits = sum(character.isdigit() for character in visible)
    return 1 <= len(visible) <= MAX_LABEL_CHARACTERS and bool(re.search(r"\w", visible)) and not re.search(r"[。、！？]", visible) and digits <= len(visible) * 0.3


def _is_value(text: str) -> bool:
    return bool(re.search(r"[\d¥￥$]", text))


def _aligned(first: int, second: int, height: float) -> bool:
    return abs(first - second) <= 0.6 * height


def _column_of(segment: _Segment, starts: Sequence[int], height: float) -> int:
    """The column whose header starts at or left of the segment (numbers sit right-aligned
    under a left-aligned header, nearer the next header than their own)."""
    column = 0
    for index, start in enumerate(starts):
        if segment.box.left >= start - 0.6 * height:
            column = index
    return column


def _blocks(reading: _Reading) -> list[Block]:
    rows = [_segments(row) for row in _rows([word for _, word in reading.words])]
    rows = [row for row in rows if any(segment.text for segment in row)]
    blocks: list[Block] = []
    paragraph: list[tuple[str, Box]] = []

    def flush_paragraph() -> None:
        if paragraph:
            lines = [line.strip() for line in clean_layout_text("\n".join(text for text, _ in paragraph)).split("\n") if line.strip()]
            if len(lines) == len(paragraph):
                boxes = [box for _, box in paragraph]
            else:  # lines the page wrapped were joined: each stands for the whole paragraph
                box = paragraph[0][1]
                for _, other in paragraph[1:]:
                    box = box.union(other)
                boxes = [box] * len(lines)
            for line, box in zip(lines, boxes, strict=True):
                blocks.append(Block("paragraph", ((line,),), reading.turn.to_given(box)))
            paragraph.clear()

    index = 0
    while index < len(rows):
        row = rows[index]
        height = _height([word for segment in row for word in segment.words])
        if len(row) >= MIN_TABLE_COLUMNS:
            table_rows, index = _table_rows(rows, index, height)
            if len(table_rows) >= 2:
                flush_paragraph()
                blocks.append(_table_block(table_rows, height, reading.turn))
                continue
            row = table_rows[0]
        else:
            index += 1
        neighbours = [rows[position] for position in (index - 2, index) if 0 <= position < len(rows) and rows[position] is not row]
        position = 0
        while position < len(row):
            segment = row[position]
            following = row[position + 1] if position + 1 < len(row) else None
            if following is not None and _is_label(segment.text) and (
                _is_value(following.text) or _aligned_pair(segment, following, neighbours, height)
            ):
                flush_paragraph()
                box = segment.box.union(following.box)
                blocks.append(Block("key_value", ((segment.text, following.text),), reading.turn.to_given(box)))
                position += 2
                continue
            if len(row) > 1:
                flush_paragraph()
                blocks.append(Block("paragraph", ((segment.text,),), reading.turn.to_given(segment.box)))
            else:
                paragraph.append((segment.text, segment.box))
            position += 1
    flush_paragraph()
    return blocks


def _aligned_pair(label: _Segment, value: _Segment, neighbours: Sequence[list[_Segment]], height: float) -> bool:
    """A form's 「氏名 | 山田 太郎」: the row above or below has a label and a value starting
    where these two start."""
    for row in neighbours:
        for first, second in zip(row, row[1:]):
            if _aligned(first.box.left, label.box.left, height) and _aligned(second.box.left, value.box.left, height):
                return True
    return False


def _table_rows(rows: list[list[_Segment]], start: int, height: float) -> tuple[list[list[_Segment]], int]:
    """The rows of the table that starts at rows[start]: the next rows of two or more segments
    (a row may leave a cell empty) that follow within a few line heights."""
    table = [rows[start]]
    index = start + 1
    while index < len(rows):
        row = rows[index]
        gap = row[0].box.top - max(segment.box.bottom for segment in table[-1])
        # A row that starts right of the first column (小計, 合計 under the 明細) ends the table.
        if len(row) < 2 or gap > 2.5 * height or row[0].box.left > table[0][1].box.left - 0.6 * height:
            break
        table.append(row)
        index += 1
    if sum(len(row) >= MIN_TABLE_COLUMNS for row in table) < 2:
        return table[:1], start + 1  # a header alone is no table
    return table, index


def _table_block(rows: list[list[_Segment]], height: float, turn: Turn) -> Block:
    header = rows[0]
    starts = [segment.box.left for segment in header]
    cells: list[tuple[str, ...]] = [tuple(segment.text for segment in header)]
    box = header[0].box
    for row in rows:
        for segment in row:
            box = box.union(segment.box)
    for row in rows[1:]:
        values = [""] * len(header)
        if len(row) == len(header):
            values = [segment.text for segment in row]
        else:
            for segment in row:
                column = _column_of(segment, starts, height)
                values[column] = f"{values[column]} {segment.text}".strip()
        cells.append(tuple(values))
    return Block("table", tuple(cells), turn.to_given(box))


def _vertical_blocks(reading: _Reading) -> list[Block]:
    """Tategaki read as one vertical block: tesseract's lines are the columns, right to left."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for key, word in reading.words:
        lines.setdefault(key, []).append(word)
    blocks = []
    for words in lines.values():
        text = _clean("".join(word.text for word in words))
        if text:
            box = words[0].box
            for word in words[1:]:
                box = box.union(word.box)
            blocks.append(Block("paragraph", ((text,),), reading.turn.to_given(box)))
    return blocks
