"""A table the search did not find, under the prose that leads into it: a rule book's
「職員が次の表の事由に該当するときは、同表の日数の慶弔休暇を与える。」 is found for 「祖母が亡くなった
んだけど、慶弔休暇って何日取れる？」, and the table under it, in the document's next chunks, holds
the answer (「事由: 祖父母の死亡 | 日数: 3日」) in words the question does not write. Its rows are
read from there: a banded one for a stated quantity (rag/bands.py), or the one row that names
what the question asks about."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from appliance.text.japanese import TABLE_CELL_SEPARATOR, nouns
from rag.quoting import Sentence, missing_subject_terms, row_read_elsewhere, with_written_forms
from rag.retrieval import Passage

# Prose that leads into the table under it: 「…勤続年数に応じて次の表の日数を付与する。」, 「…取り消した日に
# 応じて次の予約取消手数料を申し受ける。」
INTRODUCES_A_TABLE = re.compile(r"(?:次|下記|以下|左記)の(?:表|とおり|通り)|下表|次の[^、。]{1,15}(?:を|に|と|は)")


def introduced_tables(passages: Sequence[Passage], rest: Callable[[Sequence[Passage]], list[Passage]]) -> list[Passage]:
    """The chunks of the tables the passages lead into: a passage that ends in such prose, and
    the document's next chunks while each starts with a row, each read under the lead (its
    context) so that its rows say what they count."""
    leads = [passage for passage in passages if (lines := passage.text.strip().splitlines()) and TABLE_CELL_SEPARATOR not in lines[-1] and INTRODUCES_A_TABLE.search(lines[-1])]
    if not leads:
        return []
    chunks = {(chunk.document_id, chunk.order): chunk for chunk in rest(leads)}
    following: list[Passage] = []
    for lead in leads:
        order, read = lead.order + 1, [lead.text]
        while (chunk := chunks.get((lead.document_id, order))) is not None and TABLE_CELL_SEPARATOR in chunk.text.split("\n", 1)[0]:
            read.append(chunk.text)
            following.append(dataclasses.replace(chunk, context="\n".join(read)))
            order += 1
    return following


def with_the_introduced_row(
    question: str, sentences: list[Sentence], passages: list[Passage], rest: Callable[[Sequence[Passage]], list[Passage]]
) -> tuple[list[Sentence], list[Passage]]:
    """Where no shown sentence is a table's row and a passage leads into a table the search did
    not find, that table's row that names every thing the question asks about (with its lead),
    shown first: of several, the one that writes fewest words the question does not (祖父母の死亡,
    not 配偶者の祖父母又は兄弟姉妹の死亡, for 「祖母が亡くなった」)."""
    if not sentences or any(TABLE_CELL_SEPARATOR in sentence.text for sentence in sentences):
        return sentences, passages
    asked = with_written_forms(question)
    named: list[tuple[int, str, Passage]] = []
    for chunk in introduced_tables(passages, rest):
        lead = "\n".join([chunk.title, *chunk.heading_path, *(line for line in chunk.context.splitlines() if TABLE_CELL_SEPARATOR not in line)])
        for row in (line.strip() for line in chunk.text.splitlines() if TABLE_CELL_SEPARATOR in line):
            if not missing_subject_terms(question, f"{lead}\n{row}"):
                label = row.split(TABLE_CELL_SEPARATOR, 1)[0].rpartition(": ")[2]
                named.append((sum(1 for noun in nouns(label) if noun.surface not in asked), row, chunk))
    if not named:
        return sentences, passages
    fewest = min(extra for extra, _, _ in named)
    chosen = [(row, chunk) for extra, row, chunk in named if extra == fewest]
    if len(chosen) != 1:
        return sentences, passages
    passages = list(passages)
    return [row_read_elsewhere(*chosen[0], sentences, passages), *sentences], passages
