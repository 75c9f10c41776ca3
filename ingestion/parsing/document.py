"""What a parse produces: sections of text, the parsed document, and why a file is refused.

Also the MIME types a ParsedDocument can carry, so that every format module names them the
same way without importing the detection code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "CSV",
    "DOCX",
    "EML",
    "HTML",
    "JPEG",
    "MARKDOWN",
    "PDF",
    "PLAIN_TEXT",
    "PNG",
    "PPTX",
    "TIFF",
    "XLSX",
    "DocumentRejected",
    "ParsedDocument",
    "Section",
    "rejection_reason",
]

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


def rejection_reason(japanese: str, english: str) -> str:
    """The one format of a rejection reason: 「日本語 (English)」.

    Administrators read the Japanese; the English part carries the details (sizes, library
    errors). Stored failures and tests compare reasons byte for byte, so keep it as it is.
    """
    return f"{japanese} ({english})"
