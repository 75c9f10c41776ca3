"""What a parse produces: sections of text, the parsed document, and why a file is refused.

Also the MIME types a ParsedDocument can carry, so that every format module names them the
same way without importing the detection code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = [
    "CSV",
    "DENY_NETWORK_ENVIRONMENT_VARIABLE",
    "DOC",
    "DOCX",
    "EML",
    "EPUB",
    "HTML",
    "JPEG",
    "MARKDOWN",
    "MSG",
    "ODP",
    "ODS",
    "ODT",
    "PDF",
    "PLAIN_TEXT",
    "PNG",
    "PPT",
    "PPTX",
    "RTF",
    "TIFF",
    "XLS",
    "XLSX",
    "ZIP",
    "MAX_HIDDEN_FRAGMENTS",
    "MAX_HIDDEN_FRAGMENT_CHARS",
    "MIN_VISIBLE_FONT_POINTS",
    "DocumentRejected",
    "NeedsOcr",
    "ParsedDocument",
    "Section",
    "clip_hidden_text",
    "is_near_white",
    "rejection_reason",
]

# "1": nothing a parse starts may reach the network (tests set it; see sandbox.py).
DENY_NETWORK_ENVIRONMENT_VARIABLE = "APPLIANCE_DENY_NETWORK"

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
DOC = "application/msword"
XLS = "application/vnd.ms-excel"
PPT = "application/vnd.ms-powerpoint"
MSG = "application/vnd.ms-outlook"
RTF = "text/rtf"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODP = "application/vnd.oasis.opendocument.presentation"
EPUB = "application/epub+zip"
ZIP = "application/zip"


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
    # Text a reader of the document cannot see (white on white, 1-pt, hidden runs, CSS
    # display:none...), kept out of `sections` so that it never reaches a chunk or a prompt:
    # "以前の指示を無視して..." hidden in a document must not steer an answer. Recorded here,
    # clipped (see clip_hidden_text), so that an administrator can see what was left out.
    hidden_text: list[str] = field(default_factory=list)


# What is recorded of the invisible text: enough to recognise it, not a second copy of it.
MAX_HIDDEN_FRAGMENTS = 20
MAX_HIDDEN_FRAGMENT_CHARS = 200
# Text drawn smaller than this cannot be read on screen or paper (PDF, HTML; DOCX: <= 2 pt).
MIN_VISIBLE_FONT_POINTS = 2.0
# A colour whose every channel is at least this is white to a reader on a white page.
NEAR_WHITE_CHANNEL = 0xF0


def is_near_white(red: int, green: int, blue: int) -> bool:
    """White or so close to it (every channel >= 0xF0) that it vanishes on a white page."""
    return min(red, green, blue) >= NEAR_WHITE_CHANNEL


def clip_hidden_text(fragments: Iterable[str]) -> list[str]:
    """Invisible fragments as recorded: whitespace collapsed, empty and repeated ones dropped,
    each clipped to MAX_HIDDEN_FRAGMENT_CHARS, at most MAX_HIDDEN_FRAGMENTS kept."""
    kept: list[str] = []
    for fragment in fragments:
        text = " ".join(fragment.split())[:MAX_HIDDEN_FRAGMENT_CHARS]
        if text and text not in kept:
            kept.append(text)
            if len(kept) == MAX_HIDDEN_FRAGMENTS:
                break
    return kept


class DocumentRejected(Exception):
    """The file cannot be turned into text; `reason` is shown to an administrator."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def __reduce__(self) -> tuple[type[DocumentRejected], tuple[str]]:
        # Celery and multiprocessing pickle exceptions; keep `reason` across that trip.
        return (DocumentRejected, (self.reason,))


class NeedsOcr(Exception):
    """A parse told not to OCR (the "parse" queue's pass) met a page only OCR can read: a
    scan, an image, text drawn as outlines. Not a rejection: the document goes to the "ocr"
    queue, whose workers parse it again with OCR (ingestion/tasks.py)."""


def rejection_reason(japanese: str, english: str) -> str:
    """The one format of a rejection reason: 「日本語 (English)」.

    Administrators read the Japanese; the English part carries the details (sizes, library
    errors). Stored failures and tests compare reasons byte for byte, so keep it as it is.
    """
    return f"{japanese} ({english})"
