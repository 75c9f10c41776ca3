"""PDF with pypdfium2 directly: per-page text, per-page OCR fallback (pages read in parallel,
ocr.py), bookmarks as headings."""

from __future__ import annotations

import ctypes
import logging
import math
import re
from collections.abc import Callable
from typing import Any

from appliance.text.japanese import clean_layout_text, garbled_share, mojibake_share
from ingestion.parsing.document import (
    MIN_VISIBLE_FONT_POINTS,
    PDF,
    DocumentRejected,
    NeedsOcr,
    ParsedDocument,
    Section,
    clip_hidden_text,
    is_near_white,
    rejection_reason,
)
from ingestion.parsing.layout import PageLayout
from ingestion.parsing.ocr import MAX_OCR_PIXELS_PER_SIDE, OCR_DPI, PagesInParallel
from ingestion.parsing.office import FilledDown
from ingestion.parsing.pdf_characters import INVISIBLE_RENDER_MODES, page_characters
from ingestion.parsing.pdf_layout import layout_text
from ingestion.parsing.pdf_rulings import page_rulings

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


def _pdf_backdrops(page: Any) -> list[tuple[float, float, float, float]]:
    """Boxes (left, bottom, right, top) of what may be drawn behind text in another colour than
    white: images, shadings, filled paths that are not white, and Form XObjects holding any
    of those (the bounds of objects inside a form are in the form's space, so the form's own
    box stands for them). Drawing order is not looked at: a dark box drawn over the text
    would hide it just as well."""
    import pypdfium2.raw as pdfium_c

    def paints_a_backdrop(page_object: Any) -> bool:
        if page_object.type in (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_SHADING):
            return True  # an image's colours are not looked at: white text on a photo is common
        if page_object.type != pdfium_c.FPDF_PAGEOBJ_PATH:
            return False
        fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
        if not pdfium_c.FPDFPath_GetDrawMode(page_object, fill_mode, stroke):
            return False
        if fill_mode.value == pdfium_c.FPDF_FILLMODE_NONE:
            return False
        red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
        if not pdfium_c.FPDFPageObj_GetFillColor(page_object, red, green, blue, alpha):
            return False
        return alpha.value > 0 and not is_near_white(red.value, green.value, blue.value)

    boxes: list[tuple[float, float, float, float]] = []
    current_form: Any = None
    form_counted = False
    for page_object in page.get_objects(max_depth=4):
        if page_object.level == 0:
            is_form = page_object.type == pdfium_c.FPDF_PAGEOBJ_FORM
            current_form, form_counted = (page_object if is_form else None), False
            if current_form is None and paints_a_backdrop(page_object):
                boxes.append(page_object.get_bounds())
        elif current_form is not None and not form_counted and paints_a_backdrop(page_object):
            boxes.append(current_form.get_bounds())
            form_counted = True
    return boxes


# What a text object's paint says about its glyphs, before size and position are looked at.
_SHOWN, _PAINTED, _WHITE, _TRANSPARENT = "shown", "painted", "white", "transparent"


class _PdfCharacterVisibility:
    """Whether each character of a page can be seen; paint and size are read once per text object.

    Invisible: a fill that is fully transparent, or white/near-white with no backdrop under
    the character (see _pdf_backdrops); an effective size (the font size times the scale of
    the text and page matrices) under MIN_VISIBLE_FONT_POINTS; an origin outside the page.
    Render mode 3 (invisible) is deliberately NOT treated as hidden, whatever its colour,
    size or place: it is how the text layer of a scanned-and-OCR'd PDF is written (the
    reader sees the scan, the layer transcribes it), and dropping it would empty every such
    document.
    """

    def __init__(self, page: Any, text_page: Any) -> None:
        self._page = page
        self._text_page = text_page
        self._by_object: dict[int | None, tuple[str, bool]] = {}  # paint, too small to read
        self._backdrops: list[tuple[float, float, float, float]] | None = None
        left, bottom, right, top = page.get_bbox()
        self._page_box = (min(left, right), min(bottom, top), max(left, right), max(bottom, top))

    def _look_of(self, text_object: Any, index: int) -> tuple[str, bool]:
        """Paint and smallness of a text object, from its first character: one text object
        has one fill, one font size and one matrix (its characters differ only in place)."""
        import pypdfium2.raw as pdfium_c

        if not text_object or pdfium_c.FPDFTextObj_GetTextRenderMode(text_object) in INVISIBLE_RENDER_MODES:
            return _SHOWN, False
        matrix = pdfium_c.FS_MATRIX()
        tiny = False
        if pdfium_c.FPDFText_GetMatrix(self._text_page, index, matrix):
            scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c))
            size = pdfium_c.FPDFText_GetFontSize(self._text_page, index) * scale
            tiny = 0 < size < MIN_VISIBLE_FONT_POINTS  # 0: a size pdfium could not tell, not a tiny one
        red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
        if not pdfium_c.FPDFPageObj_GetFillColor(text_object, red, green, blue, alpha):
            return _PAINTED, tiny
        if alpha.value == 0:
            return _TRANSPARENT, tiny
        return (_WHITE if is_near_white(red.value, green.value, blue.value) else _PAINTED), tiny

    def is_blank(self, index: int) -> bool:
        """A line break pdfium adds, or a blank: never hidden on its own."""
        import pypdfium2.raw as pdfium_c

        return (pdfium_c.FPDFText_IsGenerated(self._text_page, index) == 1
                or chr(pdfium_c.FPDFText_GetUnicode(self._text_page, index)).isspace())

    def is_hidden(self, index: int) -> bool:
        import pypdfium2.raw as pdfium_c

        if self.is_blank(index):
            return False
        text_object = pdfium_c.FPDFText_GetTextObject(self._text_page, index)
        key = ctypes.cast(text_object, ctypes.c_void_p).value
        if key not in self._by_object:
            self._by_object[key] = self._look_of(text_object, index)
        paint, tiny = self._by_object[key]
        if paint == _SHOWN:
            return False
        if paint == _TRANSPARENT or tiny:
            return True
        x, y = ctypes.c_double(), ctypes.c_double()
        if not pdfium_c.FPDFText_GetCharOrigin(self._text_page, index, x, y):
            return False
        left, bottom, right, top = self._page_box
        if not (left <= x.value <= right and bottom <= y.value <= top):
            return True  # drawn outside the page, where no reader will ever see it
        if paint == _WHITE:
            if self._backdrops is None:
                self._backdrops = _pdf_backdrops(self._page)
            return not any(box[0] <= x.value <= box[2] and box[1] <= y.value <= box[3] for box in self._backdrops)
        return False


def _pdf_visible_text(page: Any, text_page: Any, raw_text: str, hidden: list[bool]) -> tuple[str, list[str]]:
    """The page text less the characters no reader can see (`hidden`, by character index),
    and those characters (as fragments). A page with nothing hidden gives back `raw_text`
    itself, unchanged."""
    count = text_page.count_chars()
    visibility = _PdfCharacterVisibility(page, text_page)
    if not any(hidden):
        return raw_text, []
    kept: list[str] = []
    fragments: list[str] = []
    index = 0
    while index < count:
        if not hidden[index]:
            end = index
            while end < count and not hidden[end]:
                end += 1
            kept.append(text_page.get_text_range(index, end - index))
            index = end
            continue
        # A hidden fragment runs to its last hidden character, over blanks and line breaks.
        end = last = index
        while end < count and (hidden[end] or visibility.is_blank(end)):
            if hidden[end]:
                last = end
            end += 1
        fragments.append(text_page.get_text_range(index, last + 1 - index))
        index = last + 1
        # A line hidden from start to end leaves no empty line behind: skip its line break.
        tail = next((piece for piece in reversed(kept) if piece), "")
        if not tail or tail.endswith("\n"):
            while index < count and not hidden[index] and visibility.is_blank(index):
                index += 1
    return "".join(kept), fragments


def _hidden_flags(page: Any, text_page: Any) -> list[bool]:
    visibility = _PdfCharacterVisibility(page, text_page)
    return [visibility.is_hidden(index) for index in range(text_page.count_chars())]


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


def _render_for_ocr(page: Any) -> Any:
    """The page as a grayscale PIL image at OCR resolution, with pixels of its own: pdfium's
    bitmap is freed here, on the thread that renders, while a reader thread reads the copy."""
    width, height = page.get_size()
    scale = min(OCR_DPI / 72, MAX_OCR_PIXELS_PER_SIDE / max(width, height, 1))
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        image = bitmap.to_pil().copy()
    finally:
        bitmap.close()
    image.info["dpi"] = (int(scale * 72), int(scale * 72))
    return image


def _page_text(raw_text: str, ocr_text: str | None, *, positioned: bool) -> str:
    """What a page contributes: its OCR reading, else its text layer when that is not garbage."""
    if ocr_text:
        return ocr_text
    if garbled_share(raw_text) >= GARBLED_SHARE_FOR_OCR:
        return ""  # garbage is worse than nothing in the index
    return clean_layout_text(raw_text, spaces_seen=positioned, wraps_joined=positioned)


def parse_pdf(data: bytes, languages: str, *, ocr: bool = True, parallel_pages: int = 1) -> ParsedDocument:
    """The PDF's sections, the pages that need OCR read `parallel_pages` at a time (ocr.py);
    with `ocr` False, NeedsOcr at the first page that needs it."""
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
        hidden: list[str] = []
        # Per page: its text layer, whether that was read by where its characters stand, and,
        # for a page that needs OCR, the reading to wait for.
        pages: list[tuple[str, bool, Callable[[], PageLayout | None] | None]] = []
        groups: list[FilledDown] = []  # the tables read: a grouped first column goes on over a page break
        with PagesInParallel(languages, parallel_pages) as readers:
            for page_index in range(page_count):
                if readers.failed:
                    break  # a page's reading failed: the document fails with it, as when read in turn
                page = document[page_index]
                try:
                    text_page = page.get_textpage()
                    # Characters no reader can see (white, tiny, off the page) are left out.
                    hidden_flags = _hidden_flags(page, text_page)
                    raw_text, page_hidden = _pdf_visible_text(page, text_page, text_page.get_text_range(), hidden_flags)
                    hidden.extend(page_hidden)
                    # The same characters read by where they stand: a table's cells apart, each
                    # under its column's name (pdf_layout.py); pdfium's order where that fails.
                    # Its spaces are the gaps the page shows; pdfium's text has spaces of its own.
                    # Its line breaks are the author's: the page's box says where its margin is.
                    positioned = layout_text(page_characters(text_page, hidden_flags), page.get_bbox(), groups, page_rulings(page))
                    raw_text = positioned or raw_text
                    text_page.close()
                    reading = None
                    if _pdf_page_needs_ocr(page, raw_text):
                        if not ocr:
                            raise NeedsOcr(f"page {page_index + 1}")
                        reading = readers.read(lambda page=page: _render_for_ocr(page))
                finally:
                    page.close()
                pages.append((raw_text, positioned is not None, reading))
            for page_index, (raw_text, positioned, reading) in enumerate(pages):
                layout = reading() if reading is not None else None
                ocr_text = layout.text() if layout is not None else None
                if ocr_text:
                    ocr_pages.append(page_index + 1)
                if reading is not None:
                    text = _page_text(raw_text, ocr_text, positioned=positioned)
                else:
                    text = clean_layout_text(raw_text, spaces_seen=positioned, wraps_joined=positioned)
                if text:
                    sections.append(Section(text=text, page=page_index + 1,
                                            heading_path=outline[page_index], kind="text"))
    finally:
        document.close()
    if not sections:
        raise DocumentRejected(rejection_reason("PDFから文字が見つかりません", "no text found in PDF"))
    return ParsedDocument(mime_type=PDF, sections=sections, page_count=page_count,
                          title=title, ocr_pages=ocr_pages, hidden_text=clip_hidden_text(hidden))
