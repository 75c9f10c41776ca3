"""OCR with tesseract, run by us (unstructured's OCR path loses Japanese) through the layout
reader (layout.py), the pages of one document read in parallel, and images.

Why threads for the pages, inside the parse child: a page's time is tesseract's, in processes
of its own (two or more per page) that a thread merely waits on without the GIL; the Python
around them (deskew in numpy, PIL turns, PNG encoding) mostly releases it too. Threads keep
the sandbox whole: one address space under the child's memory limit, the network guard
installed once, and every tesseract in the child's process group, so the timeout's kill
reaches them all. pdfium is not thread-safe, so pages are rendered on the caller's thread
only, one at a time, each just before a reader is free: at most `workers` page images are
alive at once, whatever the length of the document.
"""

from __future__ import annotations

import io
import logging
import os
import re
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType
from typing import Any, Self

from ingestion.parsing.document import DocumentRejected, NeedsOcr, ParsedDocument, Section, rejection_reason
from ingestion.parsing.layout import MAX_OCR_PIXELS_PER_SIDE, OCR_DPI, PageLayout, read_page

logger = logging.getLogger(__name__)

LANGUAGE_LIST = re.compile(r"^[A-Za-z_]+(\+[A-Za-z_]+)*$")
MIN_OCR_CHARACTERS = 3
# Pages of one document read at once when the setting says 0 (automatic): one per core this
# process may run on, at most this many. Each reader is a tesseract of about 100 MB
# (Japanese models loaded), and the "ocr" queue runs several documents at once besides.
MAX_PARALLEL_PAGES = 4

__all__ = ["LANGUAGE_LIST", "MAX_OCR_PIXELS_PER_SIDE", "MAX_PARALLEL_PAGES", "OCR_DPI", "PagesInParallel",
           "ocr_page", "parallel_page_count", "parse_image"]


def ocr_page(image: Any, languages: str) -> PageLayout | None:
    """One PIL image read by the layout reader (ingestion/parsing/layout.py): turned upright,
    tategaki tried, lines, key-values and tables with their regions; None when what it found
    is no text (a stray glyph or two is what tesseract makes of a drawing or a stamp)."""
    layout = read_page(image, languages)
    visible = len(re.sub(r"\s", "", layout.text()))
    logger.debug("OCR read %d characters (turned %d°, skew %.1f°, vertical %s, confidence %.0f%%)",
                 visible, layout.rotation, layout.skew, layout.vertical, layout.confidence)
    return layout if visible >= MIN_OCR_CHARACTERS else None


def parallel_page_count(requested: int) -> int:
    """Pages read at once: `requested`, or for 0 one per core available (taskset and cpusets
    count), at most MAX_PARALLEL_PAGES."""
    if requested >= 1:
        return requested
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_PARALLEL_PAGES))


class PagesInParallel:
    """The pages of one document read by up to `workers` threads, in the order given.

    `read(render)` waits for a free reader, calls `render` on the caller's thread (the page's
    PIL image: pdfium and PIL frame seeks stay on one thread) and hands back a function that
    waits for the page's reading. With one worker there is no thread at all: the page is read
    right there, as it always was. A page whose reading raised raises from its function, so
    the caller, taking the readings in page order, fails where a sequential read would; once
    one has failed (`failed`), no further page need be rendered.
    """

    def __init__(self, languages: str, workers: int) -> None:
        self._languages = languages
        self._workers = max(1, workers)
        self._free = threading.BoundedSemaphore(self._workers)
        self._executor = ThreadPoolExecutor(self._workers, thread_name_prefix="ocr-page") if self._workers > 1 else None
        self._failure = threading.Event()

    @property
    def failed(self) -> bool:
        return self._failure.is_set()

    def read(self, render: Callable[[], Any]) -> Callable[[], PageLayout | None]:
        if self._executor is None:
            layout = ocr_page(render(), self._languages)
            return lambda: layout
        self._free.acquire()
        try:
            image = render()
            # Handed over in a holder the reader empties: the executor keeps a task's arguments
            # until its thread takes the next one, after this page's slot is already free.
            future = self._executor.submit(self._read_page, [image])
        except BaseException:
            self._free.release()
            raise
        del image
        future.add_done_callback(self._finished)
        return future.result

    def _read_page(self, holder: list[Any]) -> PageLayout | None:
        return ocr_page(holder.pop(), self._languages)

    def _finished(self, future: Future[PageLayout | None]) -> None:
        if future.cancelled() or future.exception() is not None:
            self._failure.set()
        self._free.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        if self._executor is not None:
            # After a failure the pages not yet started are dropped; those being read finish
            # (a thread cannot be stopped, and the parse timeout kills the whole group anyway).
            self._executor.shutdown(wait=True, cancel_futures=error is not None)


def parse_image(data: bytes, mime_type: str, languages: str, *, ocr: bool = True, parallel_pages: int = 1) -> ParsedDocument:
    """The text of every frame of an image, by OCR, up to `parallel_pages` frames at once (a
    multi-page fax TIFF); with `ocr` False, NeedsOcr at once."""
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
            with Image.open(io.BytesIO(data)) as image, PagesInParallel(languages, parallel_pages) as pages:
                frame_count = getattr(image, "n_frames", 1)

                def frame(index: int) -> Any:
                    image.seek(index)
                    return image.copy()

                readings = []
                for frame_index in range(frame_count):
                    if pages.failed:
                        break
                    readings.append(pages.read(lambda index=frame_index: frame(index)))
                for frame_index, reading in enumerate(readings):
                    layout = reading()
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
