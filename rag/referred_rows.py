"""A sentence that gives its value by pointing at a table row: 「車両を紛失したときは第5条の表の「車両の
紛失」の額を、会員の負担とする」 says what a lost bike costs, and the amount is in the row 「区分: 車両の紛失
| … | 改定後（2027年4月1日から）: 55,000円 | 改定前…: 44,000円」 of the same document. Shown alone, the
sentence quotes the 22,000円 of another case beside it; the row it names is the answer."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from appliance.text.japanese import TABLE_CELL_SEPARATOR, tokenize
from rag.english_names import visible
from rag.quoting import Sentence, named_cells

if TYPE_CHECKING:
    from rag.retrieval import Passage

# 「第5条の表の「車両の紛失」の額」, 「別表の「指定ポート以外への返却」の欄」, 「表中「延長料金」の料金」.
_REFERENCE = re.compile(r"表(?:の|中の?)?\s*[「『]([^」』]{2,30})[」』]\s*(?:の|に掲げる|に定める)\s*(?:額|金額|料金|欄|とおり|金|費用)")


def referred_row(sentence: Sentence, passages: Sequence[Passage], words: Sequence[str]) -> Sentence | None:
    """The row of the same document whose label a reference in the sentence names, where the
    name holds one of the question's words (`words`: its terms, or an English question's
    Japanese keywords); None where the sentence names no such row or several rows answer."""
    if TABLE_CELL_SEPARATOR in visible(sentence):
        return None
    named = [name for name in _REFERENCE.findall(visible(sentence)) if any(len(word) > 1 and word in name for word in words) or set(tokenize(name)) & set(words)]
    if len(named) != 1:
        return None
    document = passages[sentence.passage - 1].document_id
    rows: dict[str, Sentence] = {}
    for number, passage in enumerate(passages, start=1):
        if passage.document_id != document:
            continue
        for line in (passage.context or passage.text).splitlines():
            cells = named_cells(line.strip())
            if cells and cells[0][1] == named[0]:
                rows.setdefault(line.strip(), Sentence(passage=number, text=line.strip(), score=sentence.score, coverage=sentence.coverage, similarity=sentence.similarity))
    return next(iter(rows.values())) if len(rows) == 1 else None
