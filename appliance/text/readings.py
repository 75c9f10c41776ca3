"""The words of a Japanese text by how they are read: the kanji an English question's romaji
stands for (Okaya: 岡谷), where no dictionary knows the name."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

# The package's own tokenizer (one per thread) and its cutting of long texts.
from appliance.text.japanese import _get_tokenizer, _pieces_within_sudachi_limit

# A name is read over at most this many words (安曇野 + 豊科, 松本 + 南).
MAX_WORDS_PER_NAME = 3
_KANJI = re.compile(r"[\u4e00-\u9fff々]+")


def written_for_readings(text: str, readings: Collection[str]) -> list[str]:
    """The runs of words of `text` written in kanji whose reading (katakana) is one of
    `readings`: 岡谷 for オカヤ, 安曇野豊科 for アヅミノトヨシナ. A single kanji (南 for ミナミ) is
    too common a word to stand for a name."""
    # Sudachi reads in katakana (アヅミノ where the romaji writes Azumino: ズ and ヅ alike).
    wanted = {unicodedata.normalize("NFKC", reading).replace("ズ", "ヅ") for reading in readings if re.fullmatch(r"[ァ-ヶー]+", reading)}
    wanted |= {reading.replace("ヅ", "ズ") for reading in wanted}
    found: dict[str, None] = {}
    if not wanted:
        return []
    for piece in _pieces_within_sudachi_limit(unicodedata.normalize("NFKC", text)):
        morphemes = list(_get_tokenizer().tokenize(piece))
        for start in range(len(morphemes)):
            surface = reading = ""
            for morpheme in morphemes[start : start + MAX_WORDS_PER_NAME]:
                surface += morpheme.surface()
                reading += morpheme.reading_form()
                if reading in wanted and len(surface) >= 2 and _KANJI.fullmatch(surface):
                    found.setdefault(surface, None)
    return list(found)
