"""Citations: the [n] an answer gives, mapped back to documents and where in them (a PDF's
page, a slide, a sheet or a section's headings), and the passage an uncited answer quotes from."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from rag.retrieval import Passage

# [1], [1, 2], ［１］ and 【1】: small models vary the brackets; NFKC is not applied to the
# answer itself, so full-width digits are matched here.
CITATION = re.compile(r"[\[［【]\s*([0-9０-９]+(?:\s*[,，、]\s*[0-9０-９]+)*)\s*[\]］】]")

# A verbatim run this long, shared by an uncited answer and one passage, attributes it.
ATTRIBUTION_MIN_CHARS = 6


@dataclass
class Citation:
    n: int
    document_id: str
    title: str
    filename: str
    page: int | None  # a PDF's page, a presentation's slide number
    text: str
    # Where the passage is when there is no page: the section's headings (Word, Markdown,
    # HTML), the sheet's name (Excel) or the slide's title.
    headings: list[str] = field(default_factory=list)
    order: int | None = None  # the passage's place in the document, for the preview to open at

    def as_json(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "document_id": self.document_id,
            "title": self.title,
            "filename": self.filename,
            "page": self.page,
            "text": self.text,
            "headings": list(self.headings),
            "order": self.order,
        }


def cited_numbers(text: str) -> list[int]:
    numbers: list[int] = []
    for match in CITATION.finditer(text):
        for part in re.split(r"[,，、]", match.group(1)):
            digits = part.strip().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
            if digits.isdigit() and int(digits) not in numbers:
                numbers.append(int(digits))
    return numbers


def map_citations(text: str, passages: Sequence[Passage]) -> list[Citation]:
    """The passages the answer actually cites, in citation order; numbers that point at no
    passage (a model inventing [7] of 5) are dropped."""
    citations = []
    for n in cited_numbers(text):
        if 1 <= n <= len(passages):
            passage = passages[n - 1]
            citations.append(
                Citation(
                    n=n, document_id=passage.document_id, title=passage.title, filename=passage.filename, page=passage.page,
                    text=passage.text, headings=list(passage.heading_path), order=passage.order,
                )
            )
    return citations


def comparable(text: str) -> str:
    """The text as compared with a passage: NFKC (全角/半角) and without whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def attribute(text: str, passages: Sequence[Passage]) -> int | None:
    """The passage an uncited answer quotes from, if any (1-based).

    Small models often answer correctly by copying a phrase from a passage yet forget the
    [n]. The longest verbatim run the answer shares with each passage decides; a short
    common run ("です") proves nothing, so below ATTRIBUTION_MIN_CHARS there is no citation.
    """
    answer = comparable(CITATION.sub("", text))
    best, best_length = None, 0
    for n, passage in enumerate(passages, start=1):
        source = comparable(passage.text)
        matcher = SequenceMatcher(None, answer, source, autojunk=False)
        length = matcher.find_longest_match(0, len(answer), 0, len(source)).size
        if length > best_length:
            best, best_length = n, length
    return best if best_length >= ATTRIBUTION_MIN_CHARS else None


