"""A line of Japanese (or English) prose cut into its sentences."""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"(?<=[。！？!?])|\n")
_OPENING, _CLOSING = "（「『(", "）」』)"


def sentences_of(line: str) -> list[str]:
    """A line cut at each sentence end outside brackets: 「組合員でない者（以下「員外」という。）からの
    販売委託は…」 is one sentence, not two cut inside its parenthesis. A line whose brackets do not
    close (a PDF line broken mid-parenthesis) is cut at every end."""
    if sum(map(line.count, _OPENING)) != sum(map(line.count, _CLOSING)):
        return SENTENCE_END.split(line)
    pieces, depth, start = [], 0, 0
    for position, character in enumerate(line):
        depth += (character in _OPENING) - (character in _CLOSING)
        if character == "\n" or character in "。！？!?" and depth <= 0:
            pieces.append(line[start : position + (character != "\n")])
            start = position + 1
    return [*pieces, line[start:]]
