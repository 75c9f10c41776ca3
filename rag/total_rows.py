"""「2026年度のガス販売量、全部合わせると？」 over a table whose total row the search did not find (the
twelve months found, not the 合計 row under them): the table's own total row, read from the rest of
its document, is shown first, where the model and the checks can see it. A question that asks for
no total, a table shown with its total, or a document with no one such row: as before."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence

from appliance.text.japanese import TABLE_CELL_SEPARATOR
from rag.answer_checks import visible
from rag.quoting import Sentence, named_cells, row_read_elsewhere
from rag.retrieval import Passage

_ASKS_THE_TOTAL = re.compile(r"合計|総額|総計|全部|合わせ|トータル|全体で|年間(?:の|で)?(?:売上|販売|収入|実績|件数|人数|来店|入館|利用|客数)|年間で|通年で|(?i:\btotal\b|\baltogether\b|\bcombined\b)")
# A total row's label: 合計, and the year's 「年間合計」 under twelve months.
_TOTAL_LABEL = re.compile(r"(?:年間|年度|通期)?(?:合計|総計|計)|累計|全体|全店|全社|総数|全[\u4e00-\u9fff]{1,4}(?:合計|計)")  # (全教室合計: all of them)


def _columns(row: str) -> tuple[str, ...]:
    return tuple(column for column, _ in named_cells(row))


def _of_the_table(row: str, columns: tuple[str, ...]) -> bool:
    """Whether a row is of the table with these columns: the same, or without a key column its label
    spans (「教室名: 全教室合計 | 在籍者数…」 under 教室名 and コース)."""
    own = _columns(row)
    return own == columns or bool(own) and own[0] == columns[0] and len(columns) - 2 <= len(own) < len(columns) and own[1:] == columns[len(columns) - len(own) + 1 :]


def _is_total(row: str) -> bool:
    cells = named_cells(row)
    return bool(cells) and _TOTAL_LABEL.fullmatch(unicodedata.normalize("NFKC", cells[0][1]).strip()) is not None


def _names_its_row(question: str, row: str) -> bool:
    """Whether the question writes the row's key (「12月」, not inside 「112月」 nor 「2012月」)."""
    key = unicodedata.normalize("NFKC", named_cells(row)[0][1]).strip()
    return len(key) > 1 and re.search(rf"(?<![\d０-９]){re.escape(key)}", unicodedata.normalize("NFKC", question)) is not None


def with_the_total_row(
    question: str, sentences: Sequence[Sentence], passages: Sequence[Passage], rest: Callable[[Sequence[Passage]], list[Passage]]
) -> tuple[list[Sentence], list[Passage]]:
    """The sentences with the shown table's total row first (its chunk added to the passages), where
    the question asks for a total and the rows shown are parts of a table without theirs; `rest`
    reads the rest of the documents the given passages come from."""
    sentences, passages = list(sentences), list(passages)
    rows = [sentence for sentence in sentences if TABLE_CELL_SEPARATOR in visible(sentence) and named_cells(visible(sentence))]
    if not _ASKS_THE_TOTAL.search(question) or len(rows) < 2:
        return sentences, passages
    columns = Counter(_columns(visible(sentence)) for sentence in rows).most_common(1)[0][0]
    table = [sentence for sentence in rows if _columns(visible(sentence)) == columns]
    if len(table) < 2 or any(_is_total(visible(sentence)) for sentence in table):
        return sentences, passages
    if any(_TOTAL_LABEL.fullmatch(column) for column in columns[1:]) and any(_names_its_row(question, visible(sentence)) for sentence in table):
        return sentences, passages  # 「12月の…全店合計」: the 12月 row's 合計 column, not the table's 合計 row
    # In the passages shown (a row the choice of sentences left out), else in the rest of the document.
    for read in (lambda: passages, lambda: rest([passages[sentence.passage - 1] for sentence in table])):
        rows_read = ((line.split(" / ")[-1], passage) for passage in read() for line in passage.text.splitlines())
        found = {row: passage for row, passage in rows_read if _of_the_table(row, columns) and _is_total(row)}
        if found:
            break
    if len(found) != 1:
        return sentences, passages  # none, or two tables' totals alike: which is not known
    (row, passage), = found.items()
    return [row_read_elsewhere(row, passage, sentences, passages), *sentences[:-1]], passages


def the_total_instead(question: str, found: tuple[Sentence, str | None], candidates: Sequence[Sentence], keywords: Sequence[str]) -> tuple[Sentence, str | None]:
    """For a total asked ("total sales across all branches"), the total row of the found row's
    table and its cell of the same column, where the found row is a part the question names only
    in part (梱包資材販売, read for the 販売 of "sales"); the found row otherwise (the テレビ row of
    "the TV department's total", its key a keyword whole)."""
    chosen, cell = found
    row, cells = visible(chosen), named_cells(visible(chosen))
    if not _ASKS_THE_TOTAL.search(question) or not cells or _is_total(row) or cells[0][1].strip() in keywords:
        return found
    totals = [other for other in candidates if _columns(visible(other)) == _columns(row) and _is_total(visible(other))]
    if len(totals) != 1:
        return found
    column = cell.split(": ")[0] if cell else None
    same = next((f"{name}: {value}" for name, value in named_cells(visible(totals[0])) if name == column), None)
    return (totals[0], same) if column is None or same is not None else found
