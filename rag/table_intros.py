"""The prose a table is read under: the lines just above its header (「日当は…次の額を支給する」
over the 職位 rows), in the chunk before where the table starts a chunk (rag/retrieval.py,
_lead_into_table). A row holds what they name, for choosing sentences and checking subjects."""

from __future__ import annotations

from appliance.text.japanese import TABLE_CELL_SEPARATOR
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
