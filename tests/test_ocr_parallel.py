"""The pages of one scanned document read by tesseract in parallel (ingestion/parsing/ocr.py
`PagesInParallel`): the same sections, in the same order, as read one after another; a page
with nothing to read left out alone; no more page images alive than readers; a failed page
stops the rendering. Every scan is drawn here (tests/filemakers.py) and read by the real
tesseract, through the real parse sandbox with the network cut.
"""

from __future__ import annotations

import io
import weakref
from collections.abc import Callable
from typing import Any

import pytest
from PIL import Image

from ingestion import parsing
from ingestion.parsing import ParsedDocument, parse_document
from ingestion.parsing.ocr import MAX_PARALLEL_PAGES, PagesInParallel, parallel_page_count
from tests import filemakers

LIMITS: dict[str, int] = {
    "max_bytes": 20 * 1024 * 1024,
    "max_uncompressed_bytes": 50 * 1024 * 1024,
    "max_zip_members": 1000,
}
# One fact per page, each long enough (20+ characters) that OCR does not also try tategaki.
PAGE_FACTS = [
    "第一条　有給休暇は年間二十日とする。\n申請は五日前までに行うこと。",
    None,  # a drawing: a scanned page with no text on it
    "第二条　通勤手当は月額三万円を上限とする。\n定期券の写しを提出すること。",
    "第三条　健康診断は毎年四月に実施する。\n受診しない者は理由を届け出ること。",
]
PAGE_SENTENCES = {1: "有給休暇は年間二十日とする。", 3: "定期券の写しを提出すること。", 4: "健康診断は毎年四月に実施する。"}


def scanned_pdf(pages: list[str | None]) -> bytes:
    """An image-only PDF, one 300 dpi page per entry: its text drawn, or a drawing for None."""
    images = [
        Image.open(io.BytesIO(filemakers.make_png_with_text(text) if text else filemakers.make_blank_png(1200, 400))).convert("L")
        for text in pages
    ]
    buffer = io.BytesIO()
    images[0].save(buffer, format="PDF", resolution=300.0, save_all=True, append_images=images[1:])
    return buffer.getvalue()


def page_texts(document: ParsedDocument) -> list[tuple[int | None, str]]:
    return [(section.page, section.text) for section in document.sections]


@pytest.fixture
def network_denied(monkeypatch: pytest.MonkeyPatch) -> None:
    # The parse child installs its own guard (any non-loopback connection raises) when told to.
    monkeypatch.setenv(parsing.DENY_NETWORK_ENVIRONMENT_VARIABLE, "1")


def test_pages_read_in_parallel_come_out_as_read_in_turn(network_denied: None) -> None:
    pdf = scanned_pdf(PAGE_FACTS)

    in_turn = parse_document(pdf, "スキャン.pdf", **LIMITS, ocr_parallel_pages=1)
    in_parallel = parse_document(pdf, "スキャン.pdf", **LIMITS, ocr_parallel_pages=3)

    assert page_texts(in_parallel) == page_texts(in_turn)
    # The drawing is left out alone; every other page keeps its own text, in page order.
    assert in_parallel.ocr_pages == in_turn.ocr_pages == [1, 3, 4]
    assert in_parallel.page_count == 4
    assert [page for page, _ in page_texts(in_parallel)] == sorted(page for page, _ in page_texts(in_parallel))
    for page, sentence in PAGE_SENTENCES.items():
        assert any(sentence in text for section_page, text in page_texts(in_parallel) if section_page == page), (page, page_texts(in_parallel))


def test_frames_of_a_fax_tiff_are_read_in_parallel_in_order(network_denied: None) -> None:
    frames = [Image.open(io.BytesIO(filemakers.make_png_with_text(text))).convert("L") for text in (PAGE_FACTS[0], PAGE_FACTS[2])]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="TIFF", save_all=True, append_images=frames[1:], dpi=(300, 300))

    in_turn = parse_document(buffer.getvalue(), "fax.tiff", **LIMITS, ocr_parallel_pages=1)
    in_parallel = parse_document(buffer.getvalue(), "fax.tiff", **LIMITS, ocr_parallel_pages=2)

    assert page_texts(in_parallel) == page_texts(in_turn)
    assert in_parallel.ocr_pages == [1, 2]
    assert PAGE_SENTENCES[1] in page_texts(in_parallel)[0][1]


def test_no_more_page_images_are_alive_than_readers() -> None:
    workers = 2
    images: list[weakref.ref[Any]] = []  # PIL images are unhashable: no WeakSet
    alive_at_render: list[int] = []
    png = filemakers.make_png_with_text(PAGE_FACTS[0])

    def render() -> Any:
        alive_at_render.append(sum(1 for image in images if image() is not None))
        image = Image.open(io.BytesIO(png)).convert("L")
        images.append(weakref.ref(image))
        return image

    with PagesInParallel("jpn+eng", workers) as pages:
        readings = [pages.read(render) for _ in range(5)]
        layouts = [reading() for reading in readings]

    assert all(layout is not None and "有給休暇" in layout.text() for layout in layouts)
    # A page is rendered only when a reader is free: the others hold at most workers - 1 images.
    assert max(alive_at_render) <= workers - 1, alive_at_render


def test_a_page_whose_reading_fails_stops_the_rendering_and_raises_in_page_order() -> None:
    png = filemakers.make_png_with_text(PAGE_FACTS[0])
    rendered: list[int] = []

    def render(index: int) -> Callable[[], Any]:
        def image() -> Any:
            rendered.append(index)
            # An empty picture: the layout reader cannot measure its tilt and raises.
            return Image.new("L", (0, 0)) if index == 1 else Image.open(io.BytesIO(png)).convert("L")
        return image

    readings = []
    with pytest.raises(ZeroDivisionError), PagesInParallel("jpn+eng", 2) as pages:
        for index in range(30):
            if pages.failed:
                break
            readings.append(pages.read(render(index)))
        assert readings[0]() is not None
        for reading in readings[1:]:
            reading()

    # The failure was seen long before the thirtieth page: the rest were never rendered.
    assert len(rendered) < 30


def test_automatic_means_one_page_per_core_within_the_cap() -> None:
    assert 1 <= parallel_page_count(0) <= MAX_PARALLEL_PAGES
    assert parallel_page_count(1) == 1
    assert parallel_page_count(6) == 6
    with pytest.raises(ValueError, match="ocr_parallel_pages"):
        parse_document(b"x", "a.txt", **LIMITS, ocr_parallel_pages=-1)
