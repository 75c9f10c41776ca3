"""From bytes and a file name to a ParsedDocument: limits, format detection, the format's parser.

Runs inside the parse child process (see sandbox.py), never in the web or worker process.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from ingestion.parsing.archive import ArchiveLimits, archive_members
from ingestion.parsing.detect import OOXML_MARKER_MEMBER, ZIP_MIMETYPE_MEMBER_TYPES, detect_mime_type
from ingestion.parsing.document import (
    CSV,
    DOCX,
    EML,
    EPUB,
    HTML,
    JPEG,
    MARKDOWN,
    MSG,
    PDF,
    PLAIN_TEXT,
    PNG,
    PPTX,
    TIFF,
    XLSX,
    ZIP,
    DocumentRejected,
    ParsedDocument,
    Section,
    clip_hidden_text,
    rejection_reason,
)
from ingestion.parsing.epub import parse_epub
from ingestion.parsing.excel import parse_xlsx
from ingestion.parsing.libreoffice import CONVERTED_TYPES, parse_with_libreoffice
from ingestion.parsing.mail import MAX_ATTACHMENT_DEPTH, parse_eml
from ingestion.parsing.ocr import parse_image
from ingestion.parsing.office import check_zip_container, parse_docx, parse_pptx
from ingestion.parsing.outlook import parse_msg
from ingestion.parsing.pdf import parse_pdf
from ingestion.parsing.text import parse_csv, parse_html, parse_markdown, parse_plain_text

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Limits:
    max_bytes: int
    max_uncompressed_bytes: int
    max_zip_members: int
    ocr_languages: str
    # False on the "parse" queue's pass: a page that needs OCR raises NeedsOcr instead.
    ocr: bool = True
    # Pages of one document OCR'd at once (ocr.py PagesInParallel); 1 reads them in turn.
    parallel_pages: int = 1


def parse_bytes(data: bytes, filename: str, limits: Limits, depth: int = 0) -> ParsedDocument:
    """Parse `data` in this process, or raise DocumentRejected; `depth` counts attachment nesting."""
    if not data:
        raise DocumentRejected(rejection_reason("空のファイルです", "empty file"))
    if len(data) > limits.max_bytes:
        raise DocumentRejected(rejection_reason(
            "ファイルサイズが上限を超えています", f"file is {len(data)} bytes, limit {limits.max_bytes}"
        ))
    mime_type = detect_mime_type(data, filename)
    if mime_type in OOXML_MARKER_MEMBER or mime_type in ZIP_MIMETYPE_MEMBER_TYPES:
        check_zip_container(data, limits.max_uncompressed_bytes, limits.max_zip_members)

    def parse_attachment(payload: bytes, name: str, nested_depth: int) -> ParsedDocument:
        return parse_bytes(payload, name, limits, nested_depth)

    parsers: dict[str, Callable[[], ParsedDocument]] = {
        PDF: lambda: parse_pdf(data, limits.ocr_languages, ocr=limits.ocr, parallel_pages=limits.parallel_pages),
        DOCX: lambda: parse_docx(data),
        XLSX: lambda: parse_xlsx(data),
        PPTX: lambda: parse_pptx(data),
        PNG: lambda: parse_image(data, PNG, limits.ocr_languages, ocr=limits.ocr, parallel_pages=limits.parallel_pages),
        JPEG: lambda: parse_image(data, JPEG, limits.ocr_languages, ocr=limits.ocr, parallel_pages=limits.parallel_pages),
        TIFF: lambda: parse_image(data, TIFF, limits.ocr_languages, ocr=limits.ocr, parallel_pages=limits.parallel_pages),
        HTML: lambda: parse_html(data),
        MARKDOWN: lambda: parse_markdown(data),
        PLAIN_TEXT: lambda: parse_plain_text(data),
        CSV: lambda: parse_csv(data),
        EML: lambda: parse_eml(data, depth, parse_attachment),
        MSG: lambda: parse_msg(data, depth, parse_attachment),
        EPUB: lambda: parse_epub(data),
        ZIP: lambda: parse_zip_parts(data, depth, limits),
        **{converted: (lambda converted=converted: parse_with_libreoffice(
            data, converted, max_uncompressed_bytes=limits.max_uncompressed_bytes, max_zip_members=limits.max_zip_members))
           for converted in CONVERTED_TYPES},
    }
    parser = parsers.get(mime_type)
    if parser is None:
        raise DocumentRejected(rejection_reason("対応していないファイル形式です", f"unsupported file type {mime_type}"))
    parsed = parser()
    if not any(section.text.strip() for section in parsed.sections):
        raise DocumentRejected(rejection_reason("文字が見つかりません", "no text found"))
    return parsed


def parse_zip_parts(data: bytes, depth: int, limits: Limits) -> ParsedDocument:
    """A zip that reaches the parser (an uploaded one is unpacked at submission, see archive.py):
    one document whose sections carry the member's path first; a bad member is left out alone."""
    if depth >= MAX_ATTACHMENT_DEPTH:
        raise DocumentRejected(rejection_reason("ZIPの入れ子が深すぎます", "zip nested too deep"))
    sections: list[Section] = []
    hidden: list[str] = []
    archive_limits = ArchiveLimits(max_members=limits.max_zip_members, max_total_bytes=limits.max_uncompressed_bytes,
                                   max_member_bytes=limits.max_bytes)
    for member in archive_members(data, archive_limits):
        if member.data is None:
            logger.warning("zip member %s skipped: %s", member.path, member.reason)
            continue
        try:
            parsed = parse_bytes(member.data, member.filename, limits, depth + 1)
        except DocumentRejected as rejection:
            logger.warning("zip member %s skipped: %s", member.path, rejection.reason)
            continue
        sections.extend(Section(text=section.text, page=section.page, heading_path=(member.path, *section.heading_path),
                                kind=section.kind) for section in parsed.sections)
        hidden.extend(parsed.hidden_text)
    return ParsedDocument(mime_type=ZIP, sections=sections, page_count=None, title=None, ocr_pages=[],
                          hidden_text=clip_hidden_text(hidden))
