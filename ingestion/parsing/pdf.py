"""PDF with pypdfium2 directly: per-page text, per-page OCR fallback, bookmarks as headings."""

from __future__ import annotations

import logging
import re
from typing import Any

from appliance.text.japanese import clean_layout_text, garbled_share, mojibake_share
from ingestion.parsing.document import PDF, DocumentRejected, ParsedDocument, Section, rejection_reason
from ingestion.parsing.ocr import MAX_OCR_PIXELS_PER_SIDE, OCR_DPI, ocr_image

logger = logging.getLogger(__name__)

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
            garbled_share(raw_text) >= GARBLED_SHARE_FOR_OCR
            or mojibake_share(raw_text) >= MOJIBAKE_SHARE_FOR_OCR
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


def parse_pdf(data: bytes, languages: str) -> ParsedDocument:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    if b"%%EOF" not in data[-2048:]:
        # pdfium quietly rebuilds a cut-off file and returns whatever pages survive; an
        # upload that lost its tail is reported instead of indexed half.
        raise DocumentRejected(rejection_reason("PDFファイルが途中で切れています", "truncated PDF"))
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise DocumentRejected(rejection_reason(
                "暗号化されたPDFは処理できません", "encrypted PDF"
            )) from error
        raise DocumentRejected(rejection_reason("PDFファイルが壊れています", "corrupt PDF")) from error
    try:
        page_count = len(document)
        if page_count == 0:
            raise DocumentRejected(rejection_reason("PDFにページがありません", "PDF has no pages"))
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
                    ocr_text = ocr_image(image, languages)
                    if ocr_text:
                        ocr_pages.append(page_index + 1)
                        text = ocr_text
                    elif garbled_share(raw_text) >= GARBLED_SHARE_FOR_OCR:
                        text = ""  # garbage is worse than nothing in the index
                    else:
                        text = clean_layout_text(raw_text)
                else:
                    text = clean_layout_text(raw_text)
            finally:
                page.close()
            if text:
                sections.append(Section(text=text, page=page_index + 1,
                                        heading_path=outline[page_index], kind="text"))
    finally:
        document.close()
    if not sections:
        raise DocumentRejected(rejection_reason("PDFから文字が見つかりません", "no text found in PDF"))
    return ParsedDocument(mime_type=PDF, sections=sections, page_count=page_count,
                          title=title, ocr_pages=ocr_pages)
