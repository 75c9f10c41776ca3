"""OCR with tesseract, run by us (unstructured's OCR path loses Japanese) through the layout
reader (layout.py), and images."""

from __future__ import annotations

import io
import logging
import re
from typing import Any

from ingestion.parsing.document import DocumentRejected, NeedsOcr, ParsedDocument, Section, rejection_reason
from ingestion.parsing.layout import MAX_OCR_PIXELS_PER_SIDE, OCR_DPI, PageLayout, read_page

logger = logging.getLogger(__name__)

LANGUAGE_LIST = re.compile(r"^[A-Za-z_]+(\+[A-Za-z_]+)*$")
MIN_OCR_CHARACTERS = 3

__all__ = ["LANGUAGE_LIST", "MAX_OCR_PIXELS_PER_SIDE", "OCR_DPI", "ocr_image", "ocr_page", "parse_image"]


def ocr_page(image: Any, languages: str) -> PageLayout | None:
    """One PIL image read by the layout reader (ingestion/parsing/layout.py): turned upright,
    tategaki tried, lines, key-values and tables with their regions; None when what it found
    is no text (a stray glyph or two is what tesseract makes of a drawing or a stamp)."""
    layout = read_page(image, languages)
    visible = len(re.sub(r"\s", "", layout.text()))
    logger.debug("OCR read %d characters (turned %d°, skew %.1f°, vertical %s, confidence %.0f%%)",
                 visible, layout.rotation, layout.skew, layout.vertical, layout.confidence)
    return layout if visible >= MIN_OCR_CHARACTERS else None


def ocr_image(image: Any, languages: str) -> str:
    """OCR one PIL image into structured text (tables as Markdown, 「key：value」 lines)."""
    layout = ocr_page(image, languages)
    return layout.text() if layout is not None else ""


def parse_image(data: bytes, mime_type: str, languages: str, *, ocr: bool = True) -> ParsedDocument:
    """The text of every frame of an image, by OCR; with `ocr` False, NeedsOcr at once."""
    import warnings

    if not ocr:
        raise NeedsOcr("image")

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
                    layout = ocr_page(image.copy(), languages)
                    if layout is not None:
                        # Tables become rows with their header, as a DOCX table does.
                        sections.extend(layout.sections(frame_index + 1))
                        ocr_pages.append(frame_index + 1)
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as error:
        raise DocumentRejected(rejection_reason("画像が大きすぎます", "image too large")) from error
    except (UnidentifiedImageError, OSError, EOFError, SyntaxError) as error:
        raise DocumentRejected(rejection_reason("画像ファイルが壊れています", f"corrupt image: {error}")) from error
    if not sections:
        raise DocumentRejected(rejection_reason("画像から文字が見つかりません", "no text found in image"))
    return ParsedDocument(mime_type=mime_type, sections=sections, page_count=frame_count,
                          title=None, ocr_pages=ocr_pages)
