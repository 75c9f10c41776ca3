"""The prose a table is read under: the lines just above its header (「日当は…次の額を支給する」
over the 職位 rows), in the chunk before where the table starts a chunk (rag/retrieval.py,
_lead_into_table). A row holds what they name, for choosing sentences and checking subjects.
So does a 「項目：値」 line the label of its block (「現在（2027年1月）」 over 「手術室：6室」)."""

from __future__ import annotations

import re

from appliance.text.japanese import TABLE_CELL_SEPARATOR
from appliance.text.sentences import sentences_of
from rag.retrieval import Passage


def passage_lead(passage: Passage) -> str:
    """The prose that leads into the table a passage starts with, where it is in the chunk
    before; "" for a passage that starts with prose."""
    first = passage.text.split("\n", 1)[0]
    return table_intro(passage.context, first) if TABLE_CELL_SEPARATOR in first and passage.context != passage.text else ""


def table_intro(text: str, row: str) -> str:
    """The two lines of prose just above the table a row of `text` is in."""
    return table_intros(text).get(row, "")


def table_intros(text: str) -> dict[str, str]:
    """Each table row of a passage, with the two lines of prose just above its table."""
    intros: dict[str, str] = {}
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if TABLE_CELL_SEPARATOR in line:
            start = index
            while start > 0 and TABLE_CELL_SEPARATOR in lines[start - 1]:
                start -= 1
            above = lines[max(0, start - 2):start]
            while above and TABLE_CELL_SEPARATOR in above[0]:
                above = above[1:]  # another table's row is no prose of this one
            intros.setdefault(line, "\n".join(above))
    return intros


# A label over a block of 「項目：値」 lines, as a slide sets two side by side: 「現在（2027年1月）」
# over 「手術室：6室」, 「南棟開設後（2027年10月から）」 over 「手術室：8室」.
_MAX_LABEL_CHARS = 30
# A notice's numbered heading over its 「・平日の電話受付：…」 lines may say more: 「■3. お客さまセンターの
# 受付時間の変更（2027年1月4日から）」 says whose hours they are, and from when.
_MAX_HEADING_CHARS = 45
_HEADING_MARK = re.compile(r"[■◆●□◇【]|[0-9０-９]{1,2}[.．]\s")
_KEYED = re.compile(r"^[^：:]{1,20}[：:]")


def block_label(shown: str) -> str:
    """The label a shown sentence (「label / line」, rag/quoting.py) carries from its block
    (block_labels); "" for none, or for a table's header before a row, which is no label."""
    label, _, _ = shown.rpartition(" / ")
    return label if TABLE_CELL_SEPARATOR not in label else ""


def block_labels(text: str) -> dict[str, str]:
    """Each 「項目：値」 line of a passage, with the short line of its own that leads its block;
    none for a line under no such label."""
    labels: dict[str, str] = {}
    label = section = ""  # (a numbered heading over labels of its own: 「■2. 整備受付時間の変更（5月10日から）」 over 「みなせ整備センター」)
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            label = section = ""
        elif _KEYED.match(stripped) and TABLE_CELL_SEPARATOR not in stripped:
            if label:
                labels.setdefault(stripped, label)
                # (And each sentence of it: 「・定員：36組（144名）。エントリー締切 5月7日（金）」's second is of the block too.)
                for piece in sentences_of(stripped)[1:]:
                    labels.setdefault(piece.strip(), label)
        elif _HEADING_MARK.match(stripped) and len(stripped) <= _MAX_HEADING_CHARS and not re.search(r"[。:：]|" + re.escape(TABLE_CELL_SEPARATOR), stripped):
            label = section = stripped
        elif len(stripped) <= _MAX_LABEL_CHARS and not re.search(r"[。:：]|" + re.escape(TABLE_CELL_SEPARATOR), stripped):
            label = f"{section} {stripped}" if section else stripped
        else:
            label = ""
    return labels
