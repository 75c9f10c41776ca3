"""From bytes and a file name to a ParsedDocument: limits, format detection, the format's parser.

Runs inside the parse child process (see sandbox.py), never in the web or worker process.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ingestion.parsing.detect import OOXML_MARKER_MEMBER, detect_mime_type
from ingestion.parsing.document import (
    CSV,
    DOCX,
    EML,
    HTML,
    JPEG,
    MARKDOWN,
    PDF,
    PLAIN_TEXT,
    PNG,
    PPTX,
    TIFF,
    XLSX,
    DocumentRejected,
    ParsedDocument,
    rejection_reason,
)
from ingestion.parsing.mail import parse_eml
from ingestion.parsing.ocr import parse_image
from ingestion.parsing.office import check_zip_container, parse_docx, parse_pptx, parse_xlsx
from ingestion.parsing.pdf import parse_pdf
from ingestion.parsing.text import parse_csv, parse_html, parse_markdown, parse_plain_text


@dataclass(frozen=True)
class Limits:
    max_bytes: int
    max_uncompressed_bytes: int
    max_zip_members: int
    ocr_languages: str


def parse_bytes(data: bytes, filename: str, limits: Limits, depth: int = 0) -> ParsedDocument:
    """Parse `data` in this process, or raise DocumentRejected; `depth` counts e-mail nesting."""
    if not data:
        raise DocumentRejected(rejection_reason("空のファイルです", "empty file"))
    if len(data) > limits.max_bytes:
        raise DocumentRejected(rejection_reason(
            "ファイルサイズが上限を超えています", f"file is {len(data)} bytes, limit {limits.max_bytes}"
        ))
    mime_type = detect_mime_type(data, filename)
    if mime_type in OOXML_MARKER_MEMBER:
        check_zip_container(data, limits.max_uncompressed_bytes, limits.max_zip_members)
    parsers: dict[str, Callable[[], ParsedDocument]] = {
        PDF: lambda: parse_pdf(data, limits.ocr_languages),
        DOCX: lambda: parse_docx(data),
        XLSX: lambda: parse_xlsx(data),
        PPTX: lambda: parse_pptx(data),
        PNG: lambda: parse_image(data, PNG, limits.ocr_languages),
        JPEG: lambda: parse_image(data, JPEG, limits.ocr_languages),
        TIFF: lambda: parse_image(data, TIFF, limits.ocr_languages),
        HTML: lambda: parse_html(data),
        MARKDOWN: lambda: parse_markdown(data),
        PLAIN_TEXT: lambda: parse_plain_text(data),
        CSV: lambda: parse_csv(data),
        EML: lambda: parse_eml(
            data, depth, lambda payload, name, nested_depth: parse_bytes(payload, name, limits, nested_depth)
        ),
    }
    parser = parsers.get(mime_type)
    if parser is None:
        raise DocumentRejected(rejection_reason("対応していないファイル形式です", f"unsupported file type {mime_type}"))
    parsed = parser()
    if not any(section.text.strip() for section in parsed.sections):
        raise DocumentRejected(rejection_reason("文字が見つかりません", "no text found"))
    return parsed
