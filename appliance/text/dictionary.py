"""The Japanese words a dictionary gives for an English word or phrase (EDICT).

The glossary of appliance/text/english.py knows about 200 workplace phrases; an English
question over another company's documents names many more ("shipment", "spouse", "defect",
"delivery fee", "Okayama"). EDICT, the Electronic Dictionary Research and Development Group's
Japanese-English dictionary (CC BY-SA; Debian's `edict` package, installed by
deploy/system-packages.sh), gives candidates for each: 出荷 for "shipment", 配偶者 for
"spouse", 岡山 for "Okayama". They are many and loose (「液」 and 「タレ」 for "sauce"), so the
caller keeps only those the passages retrieved for the question write (rag/answering.py).

Read once per process, on the first English question (about 2 s, 60 MB); without the file
(EDICT_PATH, default /usr/share/edict/edict) the glossary alone is used.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from pathlib import Path

logger = logging.getLogger(__name__)

DEFAULT_PATH = "/usr/share/edict/edict"
# A gloss of more words is a definition ("person who is in charge of ..."), not a phrase a
# question would write.
MAX_GLOSS_WORDS = 4
# One kanji (「液」, 「粗」) matches inside unrelated words; a long headword is a phrase.
MIN_HEADWORD_CHARS, MAX_HEADWORD_CHARS = 2, 10

_PARENTHESES = re.compile(r"\([^)]*\)|\{[^}]*\}")
_LEADING = re.compile(r"^(?:to|a|an|the) ")
_lock = threading.Lock()
_index: dict[str, str] | None = None


def _gloss_key(gloss: str) -> str:
    gloss = _PARENTHESES.sub(" ", gloss).lower()
    gloss = re.sub(r"[^a-z0-9' -]+", " ", gloss)
    return _LEADING.sub("", re.sub(r"\s+", " ", gloss).strip())


def _read(path: Path) -> dict[str, str]:
    entries: dict[str, list[str]] = {}
    with path.open(encoding="euc-jp", errors="replace") as lines:
        for line in lines:
            head, _, rest = line.partition(" /")
            if not rest:
                continue
            words = [word.split("(")[0] for word in head.split(" [")[0].split(";")]
            words = [word for word in words if MIN_HEADWORD_CHARS <= len(word) <= MAX_HEADWORD_CHARS]
            if not words:
                continue
            common = "(P)" in rest
            for gloss in rest.strip().strip("/").split("/"):
                key = _gloss_key(gloss)
                if key and len(key.split()) <= MAX_GLOSS_WORDS:
                    known = entries.setdefault(key, [])
                    # The common word first (出荷 before 積み送り for "shipment").
                    known[0:0] = words if common else []
                    known.extend([] if common else words)
    return {key: "|".join(dict.fromkeys(words)) for key, words in entries.items()}


def _loaded() -> dict[str, str]:
    global _index
    if _index is None:
        with _lock:
            if _index is None:
                path = Path(os.environ.get("EDICT_PATH", DEFAULT_PATH))
                try:
                    _index = _read(path)
                except OSError as error:
                    logger.warning("no English-Japanese dictionary at %s (%s): English questions use the glossary alone", path, error)
                    _index = {}
    return _index


def available() -> bool:
    return bool(_loaded())


def japanese_for(phrase: str) -> list[str]:
    """The Japanese words EDICT gives for an English word or phrase, common ones first."""
    found = _loaded().get(_gloss_key(phrase))
    return found.split("|") if found else []
