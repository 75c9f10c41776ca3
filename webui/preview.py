"""The HTML preview of a document that is not a PDF (Word, Markdown, HTML, PowerPoint, Excel,
text, e-mail): its text as the appliance read it, section by section under its headings, opened
at the passage an answer cites.

Safety: nothing of the original's markup reaches the page. The preview is built from the stored
chunks (plain text and heading paths, what the parser extracted) and every piece is escaped by
the template, so a document's own HTML, scripts, styles or links cannot run or load anything;
the response's Content-Security-Policy forbids inline script and any other origin besides.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingestion.models import Chunk, Document

# A preview longer than this shows the part around the cited passage.
MAX_BLOCKS = 1500
# Consecutive prose chunks repeat whole sentences at their seam (chunking's overlap); a shorter
# common run than this is a coincidence (「。」), not an overlap.
MIN_OVERLAP_CHARS = 8

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


@dataclass(frozen=True)
class PreviewBlock:
    order: int
    text: str
    new_headings: list[tuple[int, str]]  # (depth from 1, heading) starting here
    page: int | None  # set where a new page or slide starts
    cited: bool


@dataclass(frozen=True)
class Preview:
    blocks: list[PreviewBlock]
    cited_found: bool
    truncated: bool
    slides: bool  # a presentation: its pages are slides


def _without_overlap(previous: str, text: str) -> str:
    """`text` without the sentences it repeats from the end of `previous`."""
    for length in range(min(len(previous), len(text) - 1), MIN_OVERLAP_CHARS - 1, -1):
        if previous.endswith(text[:length]):
            return text[length:].lstrip()
    return text


def document_preview(*, document: Document, cited_order: int | None) -> Preview:
    """The document's blocks in reading order, the cited one marked. `document` must already be
    one the reader may see (document_get with the actor)."""
    chunks = Chunk.objects.filter(document=document, generation=document.generation).order_by("order")
    total = chunks.count()
    truncated = total > MAX_BLOCKS
    if truncated:
        start = max(0, (cited_order or 0) - MAX_BLOCKS // 2)
        chunks = chunks.filter(order__gte=start)[:MAX_BLOCKS]
    blocks: list[PreviewBlock] = []
    previous: Chunk | None = None
    shown_headings: list[str] = []
    for chunk in chunks.only("order", "text", "page", "heading_path"):
        headings = [str(heading) for heading in chunk.heading_path or []]
        common = 0
        while common < min(len(headings), len(shown_headings)) and headings[common] == shown_headings[common]:
            common += 1
        new_headings = [(depth + 1, heading) for depth, heading in enumerate(headings) if depth >= common]
        shown_headings = headings
        same_section = previous is not None and previous.page == chunk.page and list(previous.heading_path or []) == list(chunk.heading_path or [])
        text = _without_overlap(previous.text, chunk.text) if same_section and previous is not None else chunk.text
        page = chunk.page if chunk.page is not None and (previous is None or previous.page != chunk.page) else None
        blocks.append(PreviewBlock(order=chunk.order, text=text, new_headings=new_headings, page=page, cited=chunk.order == cited_order))
        previous = chunk
    slides = document.filename.lower().endswith((".pptx", ".ppt"))
    return Preview(blocks=blocks, cited_found=any(block.cited for block in blocks), truncated=truncated, slides=slides)
