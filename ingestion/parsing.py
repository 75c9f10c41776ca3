"""Turn an uploaded file into text sections, safely and fully offline.

The public surface is `parse_document`, `detect_mime_type`, `ParsedDocument`, `Section` and
`DocumentRejected`. Nothing here imports Django, so the module can be tested and reused alone.

Why no `unstructured` (the issue asked to use it where it fits; it fits nowhere well here):
- Every partitioner that ships text (docx, pptx, xlsx, html/md, text, email) classifies
  elements with `is_possible_title`/`is_possible_narrative_text`, which run spaCy and
  download `en_core_web_sm` on first use. There is no setting that avoids it (passing
  `languages` does not); only monkeypatching the private `unstructured.nlp.tokenize._get_nlp`.
- Those heuristics are tuned for English: `partition_text` labelled every Japanese line a
  Title, which would make `heading_path` nonsense.
- Importing its partitioners costs ~5 s (spaCy, numba) on the 2-core appliance, paid again
  in every isolated parse process (see `parse_document`), and adds ~650 MB to the venv.
- XLSX and CSV come back as one table per sheet, not rows with their headers; its PDF
  `fast` path needs the `[pdf]` extra (pulls torch); its OCR path finds nothing in
  Japanese because it matches OCR words on spaces.
So each format uses the library that `unstructured` itself wraps (pypdfium2, python-docx,
python-pptx, openpyxl, BeautifulSoup/lxml, Markdown, the stdlib email and csv modules), and
the code here only walks their output into sections.

Isolation: every parse runs in a fresh child interpreter (`subprocess`, not
`multiprocessing`) that is killed, with its whole process group (tesseract included), when
`timeout_s` runs out. See `parse_document` for why this shape is safe in a Celery worker.
"""

from __future__ import annotations

import os

# Set before any third-party import: libraries that phone home read these at import time.
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import csv
import email
import email.policy
import io
import json
import logging
import re
import signal
import socket
import subprocess
import sys
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from email.message import EmailMessage
from pathlib import PurePath
from typing import Any

logger = logging.getLogger(__name__)

__all__ = [
    "DocumentRejected",
    "ParsedDocument",
    "Section",
    "detect_mime_type",
    "parse_document",
]


@dataclass(frozen=True)
class Section:
    text: str
    page: int | None
    heading_path: tuple[str, ...]
    kind: str  # 'text', 'table_row', 'sheet_row', 'slide', 'notes', 'email_header'


@dataclass(frozen=True)
class ParsedDocument:
    mime_type: str
    sections: list[Section]
    page_count: int | None
    title: str | None
    ocr_pages: list[int] = field(default_factory=list)


class DocumentRejected(Exception):
    """The file cannot be turned into text; `reason` is shown to an administrator."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def __reduce__(self) -> tuple[type[DocumentRejected], tuple[str]]:
        # Celery and multiprocessing pickle exceptions; keep `reason` across that trip.
        return (DocumentRejected, (self.reason,))


# --------------------------------------------------------------------------------------
# MIME types
# --------------------------------------------------------------------------------------

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
PNG = "image/png"
JPEG = "image/jpeg"
TIFF = "image/tiff"
HTML = "text/html"
MARKDOWN = "text/markdown"
PLAIN_TEXT = "text/plain"
CSV = "text/csv"
EML = "message/rfc822"

MIME_BY_EXTENSION: dict[str, str] = {
    ".pdf": PDF,
    ".docx": DOCX,
    ".xlsx": XLSX,
    ".pptx": PPTX,
    ".png": PNG,
    ".jpg": JPEG,
    ".jpeg": JPEG,
    ".tif": TIFF,
    ".tiff": TIFF,
    ".html": HTML,
    ".htm": HTML,
    ".md": MARKDOWN,
    ".markdown": MARKDOWN,
    ".txt": PLAIN_TEXT,
    ".text": PLAIN_TEXT,
    ".csv": CSV,
    ".eml": EML,
}

# Formats whose content libmagic cannot tell apart reliably: any text is acceptable for
# them and the extension decides (a Markdown file is "text/plain" to libmagic, a CSV may be
# "text/csv" or "text/plain", an HTML fragment "text/plain").
TEXT_FAMILY = frozenset({HTML, MARKDOWN, PLAIN_TEXT, CSV, EML})
OOXML_MARKER_MEMBER: dict[str, str] = {
    DOCX: "word/document.xml",
    XLSX: "xl/workbook.xml",
    PPTX: "ppt/presentation.xml",
}
LEGACY_OFFICE_TYPES = frozenset(
    {"application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
     "application/x-ole-storage", "application/CDFV2"}
)


def _reason(japanese: str, english: str) -> str:
    return f"{japanese} ({english})"


def _content_mime_type(data: bytes) -> str:
    import magic  # libmagic1 (Debian) via python-magic

    return str(magic.from_buffer(data[:1 << 20], mime=True))


def _ooxml_kind(data: bytes) -> str | None:
    """Which OOXML format a ZIP holds, from member names only (central directory)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return None
    if "[Content_Types].xml" not in names:
        return None
    for mime_type, marker in OOXML_MARKER_MEMBER.items():
        if marker in names:
            return mime_type
    return None


def _looks_like_text(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    try:
        _decode_text(sample, tolerate_cut=True)
    except DocumentRejected:
        return False
    return True


def detect_mime_type(data: bytes, filename: str) -> str:
    """The MIME type of `data` judged from its content; the extension must agree with it.

    Raises DocumentRejected for empty data, unsupported types and an extension that
    contradicts the content (a renamed executable, a PDF called .docx).
    """
    if not data:
        raise DocumentRejected(_reason("空のファイルです", "empty file"))
    extension = PurePath(filename).suffix.lower()
    claimed = MIME_BY_EXTENSION.get(extension)
    content = _content_mime_type(data)

    # libmagic recognises OOXML only when [Content_Types].xml is the first member;
    # files written by other tools come back as application/zip or octet-stream.
    if content in {"application/zip", "application/octet-stream", "application/x-zip"} or (
        content in OOXML_MARKER_MEMBER and content != claimed
    ):
        content = _ooxml_kind(data) or content
    if content in {"image/jpg", "image/pjpeg"}:
        content = JPEG
    if content in {"text/x-mail", "text/x-news"}:
        content = EML
    if content == "application/octet-stream" and _looks_like_text(data):
        # Short Shift_JIS/EUC-JP files sometimes look like binary to libmagic.
        content = PLAIN_TEXT

    if claimed is None:
        if extension:
            if content in LEGACY_OFFICE_TYPES:
                raise DocumentRejected(_reason(
                    "旧形式のOfficeファイルは処理できません。docx/xlsx/pptxで保存してください",
                    f"legacy Office format {extension} is not supported; save as OOXML",
                ))
            raise DocumentRejected(_reason(
                "対応していないファイル形式です", f"unsupported file type {extension}"
            ))
        # No extension: trust the content when it is something we parse.
        if content in MIME_BY_EXTENSION.values():
            return content
        if content.startswith("text/"):
            return PLAIN_TEXT
        raise DocumentRejected(_reason(
            "対応していないファイル形式です", f"unsupported file type {content}"
        ))

    if claimed in OOXML_MARKER_MEMBER and content in {"application/encrypted", "application/CDFV2-encrypted"}:
        # Office's "encrypt with password" wraps the zip in an encrypted OLE container.
        raise DocumentRejected(_reason(
            "パスワード付きのOfficeファイルは処理できません", "password-protected Office file"
        ))
    if claimed in TEXT_FAMILY:
        if content.startswith("text/") or content in {EML, "application/csv"}:
            return claimed
        if content in {"application/x-empty", "inode/x-empty"}:
            raise DocumentRejected(_reason("空のファイルです", "empty file"))
    elif content == claimed:
        return claimed
    raise DocumentRejected(_reason(
        "拡張子が内容と一致しません",
        f"wrong extension for its content: {extension} file contains {content}",
    ))


# --------------------------------------------------------------------------------------
# Japanese text clean-up
# --------------------------------------------------------------------------------------

# Characters of Japanese running text. A space or line break between two of them in a PDF
# text layer or OCR output is an artifact of layout (Japanese does not separate words).
_CJK = (
    "\u3000-\u303f"  # CJK symbols and punctuation (。、「」)
    "\u3040-\u309f"  # hiragana
    "\u30a0-\u30ff"  # katakana, including ー
    "\u31f0-\u31ff"  # katakana phonetic extensions
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\uff00-\uffef"  # full-width forms and half-width katakana
)
_CJK_CHAR = re.compile(f"[{_CJK}]")
# Digits glued to CJK ("年間20日", "第3章"): OCR puts spaces around them, Japanese does not.
_SPACE_BETWEEN_CJK = re.compile(f"(?<=[{_CJK}])[ \\t]+(?=[{_CJK}0-9])|(?<=[{_CJK}0-9])[ \\t]+(?=[{_CJK}])")
_KANGXI_AND_COMPAT = re.compile("[\u2f00-\u2fdf\uf900-\ufaff]")


def _remove_cjk_spaces(text: str) -> str:
    """Drop spaces between CJK characters (and CJK/digit), keep those between Latin words."""
    return _SPACE_BETWEEN_CJK.sub("", text)


def _unify_ideographs(text: str) -> str:
    """Map Kangxi radicals and CJK compatibility ideographs to the unified ideographs.

    Word-produced Japanese PDFs often encode 日 as the Kangxi radical ⽇ (U+2F47); they look
    identical but never match a search for 日. NFKC on just these characters fixes them
    without NFKC's other rewrites (full-width digits, ①, ㈱) of the rest of the text.
    """
    return _KANGXI_AND_COMPAT.sub(lambda match: unicodedata.normalize("NFKC", match.group()), text)


def _display_width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line)


def _join_wrapped_lines(text: str) -> str:
    """Join lines that a PDF wrapped at the right margin; keep real line ends.

    A line that reaches (nearly) the widest line length on the page was wrapped by layout,
    so when CJK text meets CJK text across it the newline is removed. Shorter lines (a
    heading, the last line of a paragraph) end where the author ended them.
    """
    lines = [line.strip() for line in text.split("\n")]
    widths = sorted(_display_width(line) for line in lines if line)
    if not widths:
        return ""
    full_width = widths[int(len(widths) * 0.9) - 1 if len(widths) > 1 else 0]
    output: list[str] = []
    for line in lines:
        if (
            output
            and line
            and output[-1]
            and _display_width(output[-1]) >= 0.85 * full_width
            and _CJK_CHAR.match(line[0])
            and _CJK_CHAR.match(output[-1][-1])
        ):
            output[-1] += line
        else:
            output.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(output)).strip()


def _clean_layout_text(text: str) -> str:
    """Text from a PDF page or OCR: unify line ends, ideographs, and layout spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n")
    text = text.replace("\ufffe", "").replace("\x02", "")  # pdfium's soft-hyphen markers
    text = _unify_ideographs(text)
    text = _remove_cjk_spaces(text)
    return _join_wrapped_lines(text)


# Characters cp1252 produces when UTF-8 or Shift_JIS bytes are read as Latin text.
_MOJIBAKE_RUN = re.compile(
    "[\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{2,}"
)


def _mojibake_share(text: str) -> float:
    """Share of characters in runs that are Japanese bytes decoded with a Latin codec.

    A PDF whose ToUnicode map was built for cp1252 yields "æœ‰çµ¦" for 有給. Such a run
    turns back into CJK when re-encoded as cp1252 and decoded as UTF-8 (or Shift_JIS);
    bytes cp1252 cannot represent are lost, so a run counts when most of it comes back.
    """
    covered = 0
    for match in _MOJIBAKE_RUN.finditer(text):
        raw = match.group().encode("cp1252", errors="ignore")
        for codec in ("utf-8", "cp932"):
            recovered = len(_CJK_CHAR.findall(raw.decode(codec, errors="replace")))
            bytes_per_character = 3 if codec == "utf-8" else 2
            if recovered and recovered >= 0.5 * len(raw) / bytes_per_character:
                covered += len(match.group())
                break
    visible = sum(1 for char in text if not char.isspace())
    return covered / visible if visible else 0.0


def _garbled_share(text: str) -> float:
    """Share of characters that signal a broken text layer (bad ToUnicode map and such)."""
    visible = [char for char in text if not char.isspace()]
    if not visible:
        return 0.0
    bad = 0
    for char in visible:
        code = ord(char)
        if (
            char == "\ufffd"
            or 0xE000 <= code <= 0xF8FF  # private use: glyph ids leaking through
            or code >= 0xF0000
            or 0x3300 <= code <= 0x33FF  # CJK compatibility squares (㌔) in bulk
            or unicodedata.category(char) == "Cc"
        ):
            bad += 1
    return bad / len(visible)


# --------------------------------------------------------------------------------------
# OCR (tesseract, run by us: unstructured's OCR path loses Japanese)
# --------------------------------------------------------------------------------------

_LANGUAGE_LIST = re.compile(r"^[A-Za-z_]+(\+[A-Za-z_]+)*$")
OCR_DPI = 300
MAX_OCR_PIXELS_PER_SIDE = 5000
MIN_CONFIDENCE_BEFORE_VERTICAL_RETRY = 75.0
MIN_OCR_CHARACTERS = 3
MIN_OCR_WORD_CONFIDENCE = 30.0  # below this tesseract is guessing at noise


def _tesseract(image_png: bytes, languages: str, page_segmentation: int, dpi: int) -> tuple[str, float]:
    """Text and mean word confidence (0-100) from tesseract's TSV output."""
    try:
        completed = subprocess.run(
            ["tesseract", "stdin", "stdout", "-l", languages, "--psm", str(page_segmentation),
             "--dpi", str(dpi), "tsv"],
            input=image_png,
            capture_output=True,
            check=False,
        )
    except FileNotFoundError as error:
        raise DocumentRejected(_reason(
            "OCRエンジン(tesseract)がインストールされていません", "tesseract is not installed"
        )) from error
    if completed.returncode != 0:
        message = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        raise DocumentRejected(_reason(
            "OCRに失敗しました", f"tesseract failed: {message[-1] if message else completed.returncode}"
        ))
    lines: dict[tuple[int, int, int], list[str]] = {}
    confidences: list[float] = []
    for row in completed.stdout.decode("utf-8", "replace").splitlines()[1:]:
        columns = row.split("\t")
        if len(columns) < 12 or columns[0] != "5":
            continue
        word = columns[11].strip()
        if not word or float(columns[10]) < MIN_OCR_WORD_CONFIDENCE:
            continue
        lines.setdefault((int(columns[2]), int(columns[3]), int(columns[4])), []).append(word)
        confidences.append(float(columns[10]))
    text_lines: list[str] = []
    previous_paragraph: tuple[int, int] | None = None
    for (block, paragraph, _line), words in lines.items():
        if previous_paragraph is not None and previous_paragraph != (block, paragraph):
            text_lines.append("")
        text_lines.append(" ".join(words))
        previous_paragraph = (block, paragraph)
    mean_confidence = sum(confidences) / len(confidences) if confidences else 0.0
    return "\n".join(text_lines), mean_confidence


def _ocr_image(image: Any, languages: str) -> str:
    """OCR one PIL image. Horizontal first; vertical Japanese (jpn_vert) when that found little."""
    from PIL import Image

    image = image.convert("L")
    longest_side = max(image.size)
    if longest_side > MAX_OCR_PIXELS_PER_SIDE:
        scale = MAX_OCR_PIXELS_PER_SIDE / longest_side
        image = image.resize((int(image.width * scale), int(image.height * scale)), Image.Resampling.LANCZOS)
    dpi_info = image.info.get("dpi")
    dpi = int(dpi_info[0]) if dpi_info and dpi_info[0] and dpi_info[0] > 30 else OCR_DPI
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    png = buffer.getvalue()

    text, confidence = _tesseract(png, languages, 3, dpi)
    text = _clean_layout_text(text)
    visible = len(re.sub(r"\s", "", text))
    if "jpn" in languages.split("+") and (visible < 20 or confidence < MIN_CONFIDENCE_BEFORE_VERTICAL_RETRY):
        # Tategaki (vertical writing) defeats the horizontal model: it returns little, or
        # junk with low confidence. Retry with jpn_vert as one vertical block and keep
        # whichever reading tesseract is surer of.
        try:
            vertical_text, vertical_confidence = _tesseract(png, "jpn_vert+" + languages, 5, dpi)
        except DocumentRejected:
            vertical_text, vertical_confidence = "", 0.0  # jpn_vert not installed
        vertical_text = _clean_layout_text(vertical_text)
        vertical_visible = len(re.sub(r"\s", "", vertical_text))
        logger.debug("OCR horizontal %.0f%% (%d chars), vertical %.0f%% (%d chars)",
                     confidence, visible, vertical_confidence, vertical_visible)
        if vertical_confidence > confidence and vertical_visible >= visible // 2:
            text, visible = vertical_text, vertical_visible
    # A stray glyph or two is what tesseract makes of a drawing, a stamp or a ruled line.
    return text if visible >= MIN_OCR_CHARACTERS else ""


def _parse_image(data: bytes, mime_type: str, languages: str) -> ParsedDocument:
    import warnings

    from PIL import Image, UnidentifiedImageError

    sections: list[Section] = []
    ocr_pages: list[int] = []
    try:
        with warnings.catch_warnings():
            # A decompression bomb is an error here, not a warning to log and carry on.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                frame_count = getattr(image, "n_frames", 1)
                for frame_index in range(frame_count):
                    image.seek(frame_index)
                    text = _ocr_image(image.copy(), languages)
                    if text:
                        sections.append(Section(text=text, page=frame_index + 1, heading_path=(), kind="text"))
                        ocr_pages.append(frame_index + 1)
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as error:
        raise DocumentRejected(_reason("画像が大きすぎます", "image too large")) from error
    except (UnidentifiedImageError, OSError, EOFError, SyntaxError) as error:
        raise DocumentRejected(_reason("画像ファイルが壊れています", f"corrupt image: {error}")) from error
    if not sections:
        raise DocumentRejected(_reason("画像から文字が見つかりません", "no text found in image"))
    return ParsedDocument(mime_type=mime_type, sections=sections, page_count=frame_count,
                          title=None, ocr_pages=ocr_pages)


# --------------------------------------------------------------------------------------
# PDF (pypdfium2 directly: per-page text, per-page OCR fallback, and bookmarks as headings)
# --------------------------------------------------------------------------------------

GARBLED_SHARE_FOR_OCR = 0.1
MOJIBAKE_SHARE_FOR_OCR = 0.3
NEARLY_NO_TEXT_CHARACTERS = 10
PATH_OBJECTS_THAT_MAY_BE_OUTLINED_TEXT = 50


def _pdf_outline_by_page(document: Any, page_count: int) -> list[tuple[str, ...]]:
    """For each page, the bookmark path in force there (the last bookmark at or before it)."""
    paths: list[tuple[str, ...]] = [()] * page_count
    entries: list[tuple[int, tuple[str, ...]]] = []
    stack: list[str] = []
    try:
        for bookmark in document.get_toc(max_depth=6):
            title = (bookmark.get_title() or "").strip()
            destination = bookmark.get_dest()
            del stack[bookmark.level:]
            stack.append(title)
            if destination is None or not title:
                continue
            page_index = destination.get_index()
            if page_index is not None and 0 <= page_index < page_count:
                entries.append((page_index, tuple(stack)))
    except Exception:  # a broken outline must not cost us the text
        logger.info("ignoring unreadable PDF outline", exc_info=True)
        return paths
    entries.sort(key=lambda entry: entry[0])
    current: tuple[str, ...] = ()
    position = 0
    for page_index in range(page_count):
        while position < len(entries) and entries[position][0] <= page_index:
            current = entries[position][1]
            position += 1
        paths[page_index] = current
    return paths


def _pdf_page_needs_ocr(page: Any, raw_text: str) -> bool:
    import pypdfium2.raw as pdfium_c

    visible = len(re.sub(r"\s", "", raw_text))
    if visible >= NEARLY_NO_TEXT_CHARACTERS:
        return (
            _garbled_share(raw_text) >= GARBLED_SHARE_FOR_OCR
            or _mojibake_share(raw_text) >= MOJIBAKE_SHARE_FOR_OCR
        )
    # Nearly no text: a scan (an image) or text converted to outlines (many paths).
    images = 0
    paths = 0
    for page_object in page.get_objects(max_depth=4):
        if page_object.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images += 1
        elif page_object.type == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths += 1
    return images > 0 or paths >= PATH_OBJECTS_THAT_MAY_BE_OUTLINED_TEXT


def _parse_pdf(data: bytes, languages: str) -> ParsedDocument:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    if b"%%EOF" not in data[-2048:]:
        # pdfium quietly rebuilds a cut-off file and returns whatever pages survive; an
        # upload that lost its tail is reported instead of indexed half.
        raise DocumentRejected(_reason("PDFファイルが途中で切れています", "truncated PDF"))
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise DocumentRejected(_reason(
                "暗号化されたPDFは処理できません", "encrypted PDF"
            )) from error
        raise DocumentRejected(_reason("PDFファイルが壊れています", "corrupt PDF")) from error
    try:
        page_count = len(document)
        if page_count == 0:
            raise DocumentRejected(_reason("PDFにページがありません", "PDF has no pages"))
        title = (document.get_metadata_value("Title") or "").strip() or None
        if title and title.lower() in {"untitled", "無題"}:  # generator defaults, not titles
            title = None
        outline = _pdf_outline_by_page(document, page_count)
        sections: list[Section] = []
        ocr_pages: list[int] = []
        for page_index in range(page_count):
            page = document[page_index]
            try:
                text_page = page.get_textpage()
                raw_text = text_page.get_text_range()
                text_page.close()
                if _pdf_page_needs_ocr(page, raw_text):
                    width, height = page.get_size()
                    scale = min(OCR_DPI / 72, MAX_OCR_PIXELS_PER_SIDE / max(width, height, 1))
                    image = page.render(scale=scale, grayscale=True).to_pil()
                    image.info["dpi"] = (int(scale * 72), int(scale * 72))
                    ocr_text = _ocr_image(image, languages)
                    if ocr_text:
                        ocr_pages.append(page_index + 1)
                        text = ocr_text
                    elif _garbled_share(raw_text) >= GARBLED_SHARE_FOR_OCR:
                        text = ""  # garbage is worse than nothing in the index
                    else:
                        text = _clean_layout_text(raw_text)
                else:
                    text = _clean_layout_text(raw_text)
            finally:
                page.close()
            if text:
                sections.append(Section(text=text, page=page_index + 1,
                                        heading_path=outline[page_index], kind="text"))
    finally:
        document.close()
    if not sections:
        raise DocumentRejected(_reason("PDFから文字が見つかりません", "no text found in PDF"))
    return ParsedDocument(mime_type=PDF, sections=sections, page_count=page_count,
                          title=title, ocr_pages=ocr_pages)


# --------------------------------------------------------------------------------------
# Office Open XML (zip containers)
# --------------------------------------------------------------------------------------

def _check_zip_container(data: bytes, max_uncompressed_bytes: int, max_zip_members: int) -> None:
    """Refuse zip bombs from the central directory alone, before any member is inflated.

    The declared sizes are what zipfile later inflates to at most (it stops at file_size),
    so checking them here bounds the memory any OOXML library can be made to use.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as error:
        raise DocumentRejected(_reason("ファイルが壊れています", f"corrupt zip container: {error}")) from error
    if len(members) > max_zip_members:
        raise DocumentRejected(_reason(
            "圧縮ファイル内の項目数が多すぎます",
            f"zip has {len(members)} members, limit {max_zip_members}",
        ))
    total = sum(member.file_size for member in members)
    if total > max_uncompressed_bytes:
        raise DocumentRejected(_reason(
            "展開後のサイズが大きすぎます(zip爆弾の疑い)",
            f"uncompressed size {total} bytes exceeds {max_uncompressed_bytes}",
        ))
    if any(member.flag_bits & 0x1 for member in members):
        raise DocumentRejected(_reason("暗号化されたファイルは処理できません", "encrypted zip member"))


TABLE_CELL_SEPARATOR = " | "


def _row_text(headers: list[str], values: list[str]) -> str:
    """'header: value' pairs of one table row; empty cells are left out."""
    pairs: list[str] = []
    for index, value in enumerate(values):
        value = value.strip()
        if not value:
            continue
        header = headers[index].strip() if index < len(headers) and headers[index].strip() else ""
        pairs.append(f"{header}: {value}" if header else value)
    return TABLE_CELL_SEPARATOR.join(pairs)


def _table_sections(rows: list[list[str]], page: int | None, heading_path: tuple[str, ...],
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
        text = _row_text(headers, row)
        if text:
            sections.append(Section(text=text, page=page, heading_path=heading_path, kind=kind))
    return sections


class _SectionCollector:
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


def _parse_docx(data: bytes) -> ParsedDocument:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises bare KeyError/ValueError on bad parts
        raise DocumentRejected(_reason("Wordファイルが壊れています", f"corrupt DOCX: {error}")) from error
    collector = _SectionCollector()
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
            collector.extend(_table_sections(_docx_table_rows(block), None, collector.heading_path))
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


def _parse_xlsx(data: bytes) -> ParsedDocument:
    import openpyxl
    from openpyxl.utils import get_column_letter

    try:
        # data_only: cached formula results, not the formulas, are what a reader sees.
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:
        raise DocumentRejected(_reason("Excelファイルが壊れています", f"corrupt XLSX: {error}")) from error
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
                text = _row_text(headers, cells)
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
            for section in _table_sections(rows, None, ()):
                yield section.text
        elif getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            text = shape.text_frame.text.strip()
            if text:
                yield text


def _parse_pptx(data: bytes) -> ParsedDocument:
    import pptx

    try:
        presentation = pptx.Presentation(io.BytesIO(data))
    except Exception as error:
        raise DocumentRejected(_reason("PowerPointファイルが壊れています", f"corrupt PPTX: {error}")) from error
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


# --------------------------------------------------------------------------------------
# Text formats
# --------------------------------------------------------------------------------------

# The Japanese encodings are tried in a fixed order before any statistical guess: for short
# texts charset detectors pick Big5 or cp1252 for what is plainly Shift_JIS.
_JAPANESE_CANDIDATES = ("cp932", "euc_jp")


def _japanese_score(text: str) -> float:
    """How much `text` reads like Japanese: kana count, minus signs of a wrong codec."""
    score = 0.0
    for char in text:
        code = ord(char)
        if 0x3040 <= code <= 0x30FF:
            score += 1.0
        elif 0x4E00 <= code <= 0x9FFF:
            score += 0.5
        elif 0xFF61 <= code <= 0xFF9F or 0xE000 <= code <= 0xF8FF or char == "\ufffd":
            score -= 2.0  # half-width katakana, private use: typical of the wrong codec
    return score


def _decode_text(data: bytes, *, tolerate_cut: bool = False) -> str:
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
        candidates.append((_japanese_score(text), text))
    if candidates:
        best_score, best_text = max(candidates, key=lambda candidate: candidate[0])
        if best_score > 0:
            return best_text
    from charset_normalizer import from_bytes

    guess = from_bytes(data).best()
    if guess is None:
        raise DocumentRejected(_reason("文字コードを判別できません", "text encoding not recognised"))
    return str(guess)


def _parse_plain_text(data: bytes) -> ParsedDocument:
    text = _decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    sections = [
        Section(text=paragraph.strip(), page=None, heading_path=(), kind="text")
        for paragraph in re.split(r"\n\s*\n", text)
        if paragraph.strip()
    ]
    return ParsedDocument(mime_type=PLAIN_TEXT, sections=sections, page_count=None, title=None, ocr_pages=[])


def _parse_csv(data: bytes) -> ParsedDocument:
    text = _decode_text(data)
    try:
        dialect: Any = csv.Sniffer().sniff(text[:8192], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = [[" ".join(cell.split()) for cell in row] for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as error:
        raise DocumentRejected(_reason("CSVファイルが壊れています", f"corrupt CSV: {error}")) from error
    sections = _table_sections(rows, None, ())
    return ParsedDocument(mime_type=CSV, sections=sections, page_count=None, title=None, ocr_pages=[])


_HTML_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "form", "hr", "li", "main", "ol", "p",
    "pre", "section", "summary", "ul", "caption",
})
_HTML_SKIPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "nav", "footer", "head", "iframe", "object",
})
_HTML_HEADING = re.compile(r"^h([1-6])$")


def _html_sections(html: str | bytes) -> tuple[list[Section], str | None]:
    from bs4 import BeautifulSoup, NavigableString, Tag
    from bs4.element import Comment, Declaration, ProcessingInstruction

    soup = BeautifulSoup(html, "lxml")
    title_tag = soup.find("title")
    title = " ".join(title_tag.get_text().split()) if title_tag else None
    collector = _SectionCollector()
    buffer: list[str] = []
    first_heading: list[str] = []

    def flush_buffer() -> None:
        # Source line breaks inside Japanese text become spaces; between CJK they are noise.
        text = _remove_cjk_spaces(" ".join("".join(buffer).split()))
        buffer.clear()
        collector.paragraph(text)

    def table_rows(table: Tag) -> list[list[str]]:
        rows: list[list[str]] = []
        for row in table.find_all("tr"):
            if row.find_parent("table") is not table:
                continue  # nested tables are read as text of their cell
            rows.append([_remove_cjk_spaces(" ".join(cell.get_text(" ").split()))
                         for cell in row.find_all(["th", "td"], recursive=False)])
        return rows

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
                text = _remove_cjk_spaces(" ".join(child.get_text(" ").split()))
                collector.heading(int(heading.group(1)), text)
                if text and not first_heading:
                    first_heading.append(text)
            elif child.name == "table":
                flush_buffer()
                collector.extend(_table_sections(table_rows(child), None, collector.heading_path))
            elif child.name in _HTML_BLOCK_TAGS:
                flush_buffer()
                walk(child)
                flush_buffer()
            else:
                walk(child)

    walk(soup.body or soup)
    flush_buffer()
    collector.flush()
    return collector.sections, title or (first_heading[0] if first_heading else None)


def _parse_html(data: bytes) -> ParsedDocument:
    # BeautifulSoup honours <meta charset>; without one, decode as we do for text files.
    has_declared_charset = re.search(rb"<meta[^>]+charset", data[:4096], re.IGNORECASE) is not None
    sections, title = _html_sections(data if has_declared_charset else _decode_text(data))
    return ParsedDocument(mime_type=HTML, sections=sections, page_count=None, title=title, ocr_pages=[])


def _parse_markdown(data: bytes) -> ParsedDocument:
    import markdown

    html = markdown.markdown(_decode_text(data), extensions=["tables", "fenced_code"])
    sections, title = _html_sections(f"<html><body>{html}</body></html>")
    return ParsedDocument(mime_type=MARKDOWN, sections=sections, page_count=None, title=title, ocr_pages=[])


MAX_ATTACHMENT_DEPTH = 3


def _parse_eml(data: bytes, limits: _Limits, depth: int) -> ParsedDocument:
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as error:
        raise DocumentRejected(_reason("メールファイルが壊れています", f"corrupt EML: {error}")) from error
    assert isinstance(message, EmailMessage)
    subject = " ".join(str(message.get("Subject", "")).split()) or None
    base_path = (subject,) if subject else ()
    header_lines = [f"{name}: {' '.join(str(message[name]).split())}"
                    for name in ("Subject", "From", "To", "Cc", "Date") if message.get(name)]
    sections: list[Section] = []
    if header_lines:
        sections.append(Section(text="\n".join(header_lines), page=None, heading_path=base_path,
                                kind="email_header"))
    body, content = None, ""
    # Plain text first (what the sender typed); the HTML part when plain is missing or empty.
    for preference in ("plain", "html"):
        candidate = message.get_body(preferencelist=(preference,))
        if candidate is None:
            continue
        try:
            candidate_content = candidate.get_content()
        except (LookupError, UnicodeError):  # unknown charset label
            raw_payload = candidate.get_payload(decode=True)
            candidate_content = _decode_text(raw_payload) if isinstance(raw_payload, bytes) else ""
        if str(candidate_content).strip():
            body, content = candidate, str(candidate_content)
            break
    if body is not None:
        if body.get_content_type() == "text/html":
            body_sections, _title = _html_sections(content)
            sections.extend(Section(text=section.text, page=None, heading_path=base_path + section.heading_path,
                                    kind=section.kind) for section in body_sections)
        else:
            sections.extend(Section(text=paragraph.strip(), page=None, heading_path=base_path, kind="text")
                            for paragraph in re.split(r"\n\s*\n", content.replace("\r\n", "\n"))
                            if paragraph.strip())
    for attachment in message.iter_attachments():
        filename = attachment.get_filename() or ""
        payload = attachment.get_payload(decode=True)
        if not filename or not isinstance(payload, bytes):
            continue
        if depth >= MAX_ATTACHMENT_DEPTH:
            logger.warning("attachment %s skipped: nested too deep", filename)
            continue
        try:
            parsed = _parse_bytes(payload, filename, limits, depth + 1)
        except DocumentRejected as rejection:
            # One unreadable attachment should not cost the message its body.
            logger.warning("attachment %s skipped: %s", filename, rejection.reason)
            continue
        sections.extend(Section(text=section.text, page=section.page,
                                heading_path=base_path + (filename,) + section.heading_path,
                                kind=section.kind) for section in parsed.sections)
    return ParsedDocument(mime_type=EML, sections=sections, page_count=None, title=subject, ocr_pages=[])


# --------------------------------------------------------------------------------------
# Dispatch (runs inside the child process)
# --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Limits:
    max_bytes: int
    max_uncompressed_bytes: int
    max_zip_members: int
    ocr_languages: str


def _parse_bytes(data: bytes, filename: str, limits: _Limits, depth: int = 0) -> ParsedDocument:
    if not data:
        raise DocumentRejected(_reason("空のファイルです", "empty file"))
    if len(data) > limits.max_bytes:
        raise DocumentRejected(_reason(
            "ファイルサイズが上限を超えています", f"file is {len(data)} bytes, limit {limits.max_bytes}"
        ))
    mime_type = detect_mime_type(data, filename)
    if mime_type in OOXML_MARKER_MEMBER:
        _check_zip_container(data, limits.max_uncompressed_bytes, limits.max_zip_members)
    parsers: dict[str, Callable[[], ParsedDocument]] = {
        PDF: lambda: _parse_pdf(data, limits.ocr_languages),
        DOCX: lambda: _parse_docx(data),
        XLSX: lambda: _parse_xlsx(data),
        PPTX: lambda: _parse_pptx(data),
        PNG: lambda: _parse_image(data, PNG, limits.ocr_languages),
        JPEG: lambda: _parse_image(data, JPEG, limits.ocr_languages),
        TIFF: lambda: _parse_image(data, TIFF, limits.ocr_languages),
        HTML: lambda: _parse_html(data),
        MARKDOWN: lambda: _parse_markdown(data),
        PLAIN_TEXT: lambda: _parse_plain_text(data),
        CSV: lambda: _parse_csv(data),
        EML: lambda: _parse_eml(data, limits, depth),
    }
    parser = parsers.get(mime_type)
    if parser is None:
        raise DocumentRejected(_reason("対応していないファイル形式です", f"unsupported file type {mime_type}"))
    parsed = parser()
    if not any(section.text.strip() for section in parsed.sections):
        raise DocumentRejected(_reason("文字が見つかりません", "no text found"))
    return parsed


# --------------------------------------------------------------------------------------
# Child process
# --------------------------------------------------------------------------------------

DENY_NETWORK_ENVIRONMENT_VARIABLE = "APPLIANCE_DENY_NETWORK"
PARSER_PYTHON_ENVIRONMENT_VARIABLE = "APPLIANCE_PARSER_PYTHON"
PARSER_MEMORY_ENVIRONMENT_VARIABLE = "APPLIANCE_PARSER_MEMORY_MB"
DEFAULT_PARSER_MEMORY_MB = 4096
_CHILD_FLAG = "--appliance-parse-child"


def _is_loopback(address: Any) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = address[0] if isinstance(address, tuple) and address else ""
    return host in ("localhost", "::1") or str(host).startswith("127.")


def install_network_guard() -> None:
    """Make any non-loopback connection raise, so a hidden run-time download fails loudly.

    Used by the parse child when APPLIANCE_DENY_NETWORK=1 (tests set it) and by tests
    in-process. Loopback stays open: tesseract and Celery talk over local sockets.
    """
    original_connect = socket.socket.connect
    original_connect_ex = socket.socket.connect_ex

    def guarded_connect(self: socket.socket, address: Any) -> None:
        if not _is_loopback(address):
            raise OSError(f"network access denied during parsing: {address!r}")
        original_connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: Any) -> int:
        if not _is_loopback(address):
            raise OSError(f"network access denied during parsing: {address!r}")
        return original_connect_ex(self, address)

    socket.socket.connect = guarded_connect  # type: ignore[method-assign, assignment]
    socket.socket.connect_ex = guarded_connect_ex  # type: ignore[method-assign, assignment]


def _document_to_json(document: ParsedDocument) -> dict[str, Any]:
    return {"document": asdict(document)}


def _document_from_json(payload: dict[str, Any]) -> ParsedDocument:
    raw = payload["document"]
    return ParsedDocument(
        mime_type=raw["mime_type"],
        sections=[Section(text=section["text"], page=section["page"],
                          heading_path=tuple(section["heading_path"]), kind=section["kind"])
                  for section in raw["sections"]],
        page_count=raw["page_count"],
        title=raw["title"],
        ocr_pages=list(raw["ocr_pages"]),
    )


def _limit_child_memory() -> None:
    import resource

    megabytes = int(os.environ.get(PARSER_MEMORY_ENVIRONMENT_VARIABLE, DEFAULT_PARSER_MEMORY_MB))
    limit = megabytes * 1024 * 1024
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):
        logger.warning("could not limit parser memory to %s MB", megabytes)


def _prepare_child_process() -> None:
    if os.environ.get(DENY_NETWORK_ENVIRONMENT_VARIABLE) == "1":
        install_network_guard()
    _limit_child_memory()


def _child_main(arguments: list[str]) -> int:
    """Entry point of the parse child: request in argv + stdin, JSON result on stdout."""
    request = json.loads(arguments[0])
    _prepare_child_process()
    data = sys.stdin.buffer.read()
    limits = _Limits(max_bytes=request["max_bytes"], max_uncompressed_bytes=request["max_uncompressed_bytes"],
                     max_zip_members=request["max_zip_members"], ocr_languages=request["ocr_languages"])
    try:
        payload: dict[str, Any] = _document_to_json(_parse_bytes(data, request["filename"], limits))
    except DocumentRejected as rejection:
        payload = {"rejected": rejection.reason}
    except MemoryError:
        payload = {"rejected": _reason("メモリ上限を超えました", "parser ran out of memory")}
    except Exception as error:  # any library failure on hostile input is a rejection, not a crash
        logger.exception("parser failed on %s", request["filename"])
        payload = {"rejected": _reason("ファイルを解析できません", f"parse error: {type(error).__name__}: {error}")}
    sys.stdout.buffer.write(json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    sys.stdout.buffer.flush()
    return 0


def _child_command() -> list[str]:
    """How to start the parse child. Tests swap this out to simulate a hanging parser."""
    # Under uWSGI and some embedders sys.executable is not a Python; allow an override.
    python = os.environ.get(PARSER_PYTHON_ENVIRONMENT_VARIABLE) or sys.executable
    # -P: without it the script's own folder (ingestion/) leads sys.path, and the app's
    # ingestion/selectors.py would shadow the stdlib `selectors` that subprocess imports.
    return [python, "-P", os.path.abspath(__file__), _CHILD_FLAG]


def parse_document(
    data: bytes,
    filename: str,
    *,
    max_bytes: int,
    max_uncompressed_bytes: int,
    max_zip_members: int,
    ocr_languages: str = "jpn+eng",
    timeout_s: float = 120,
) -> ParsedDocument:
    """Parse `data` into sections in an isolated child process, or raise DocumentRejected.

    Why a `subprocess` child and not multiprocessing/ProcessPoolExecutor:
    - It can be killed: on timeout the whole process group (the interpreter and any
      tesseract it started) gets SIGKILL; a thread running a hung C parser cannot be stopped.
    - It is safe from a Celery worker thread or a prefork child: Popen forks and execs in C
      with no Python code in between (no preexec_fn), so no lock held by another thread is
      inherited, and stdlib multiprocessing's "daemonic processes are not allowed to have
      children" rule for Celery's daemon workers does not apply.
    - A crash (segfault in pdfium, the memory limit) takes down only the child; the result
      travels back as JSON, never pickle, so a compromised child cannot run code in us.
    The price is one interpreter start per document (~0.3 s with the lazy imports here).
    """
    if not data:
        raise DocumentRejected(_reason("空のファイルです", "empty file"))
    if len(data) > max_bytes:
        raise DocumentRejected(_reason(
            "ファイルサイズが上限を超えています", f"file is {len(data)} bytes, limit {max_bytes}"
        ))
    if not _LANGUAGE_LIST.match(ocr_languages):
        raise ValueError(f"ocr_languages must look like 'jpn+eng', got {ocr_languages!r}")
    request = json.dumps({
        "filename": filename,
        "max_bytes": max_bytes,
        "max_uncompressed_bytes": max_uncompressed_bytes,
        "max_zip_members": max_zip_members,
        "ocr_languages": ocr_languages,
    })
    environment = dict(os.environ)
    environment.update({
        "DO_NOT_TRACK": "1",
        "HF_HUB_OFFLINE": "1",
        # tesseract's OpenMP threads fight each other on a 2-core box; one is faster.
        "OMP_THREAD_LIMIT": "1",
        "PYTHONIOENCODING": "utf-8",
    })
    process = subprocess.Popen(
        [*_child_command(), request],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
        start_new_session=True,  # own process group, so the kill reaches tesseract too
    )
    try:
        stdout, stderr = process.communicate(input=data, timeout=timeout_s)
    except subprocess.TimeoutExpired:
        _kill_process_group(process)
        raise DocumentRejected(_reason(
            "解析がタイムアウトしました", f"parsing timed out after {timeout_s:g} s"
        )) from None
    except BaseException:
        _kill_process_group(process)  # e.g. Celery's soft time limit firing in the parent
        raise
    try:
        payload = json.loads(stdout.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        logger.error("parser child for %r exited %s: %s", filename, process.returncode,
                     stderr.decode("utf-8", "replace")[-4000:])
        raise DocumentRejected(_reason(
            "解析中にパーサーが異常終了しました", f"parser crashed (exit status {process.returncode})"
        )) from None
    if "rejected" in payload:
        raise DocumentRejected(payload["rejected"])
    return _document_from_json(payload)


def _kill_process_group(process: subprocess.Popen[bytes]) -> None:
    # Only called before the child is reaped: its unreaped pid keeps the group id from
    # being reused, so this can never signal an unrelated process group.
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        process.communicate(timeout=5)
    except subprocess.TimeoutExpired:
        pass


if __name__ == "__main__" and len(sys.argv) >= 3 and sys.argv[1] == _CHILD_FLAG:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    sys.exit(_child_main(sys.argv[2:]))
