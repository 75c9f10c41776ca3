"""Table rows as the parsers write them (「口径: 13mm | 基本料金 現行: 1,045円」): what the chunker
(ingestion/chunking.py) and the choice of sentences (rag/quoting.py) both read of a row."""

from __future__ import annotations

import re

TABLE_CELL_SEPARATOR = " | "  # between a table row's cells, as the parsers write them


def names_its_columns(row: str) -> bool:
    """「項目: パラメータ数 | カエデ: 30億」, or with the row's own label first, under no column
    (「2026年3月期第3四半期 | 売上高: 451億円」, as a PDF's table is read). Such a row needs no
    header above it, and is no header itself."""
    cells = row.split(TABLE_CELL_SEPARATOR)
    return len(cells) >= 2 and all(re.search(r"\S[:：]\s", cell + " ") for cell in cells[1:])
