"""「一番多かったのは何月？」 computed, not refused: of a table whose rows are the twelve months of a
year, the row with the largest (or smallest) figure in the column the question names. Only a
whole year is compared: the rows are gathered from every passage shown, and a year that lacks a
month, a figure that is not a number, a tie, or a column the question does not single out is
the refusal, as before. The answer is the row itself, quoted, under its month and figure."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from appliance.text.japanese import TABLE_CELL_SEPARATOR, tokenize
from rag.asked import asks_the_most
from rag.quoting import Sentence, named_cells, question_terms, with_written_forms
from rag.retrieval import Passage

_MONTH = re.compile(r"(?:(?:19|20)\d{2}年)?(1[0-2]|[1-9])月")
# Which end of the order is asked: 「多かった」, 「埋まってた」 the top; 「少なかった」, 「空いてた」 the bottom.
_SMALLEST = re.compile(r"(?:少な|低|小さ|安|短|狭|軽|空い|減っ)")
_A_YEAR = re.compile(r"((?:19|20)\d{2})年")


def _figure(value: str) -> float | None:
    value = unicodedata.normalize("NFKC", value).strip().replace(",", "")
    match = re.fullmatch(r"[+\-]?\d+(?:\.\d+)?", re.sub(r"[%円人件台回時間日]+$", "", value))
    return float(match.group()) if match else None


def _the_column(columns: Sequence[str], question: str) -> str | None:
    """The one column the question names most (with its year, where it asks one); None unless one."""
    terms = question_terms(with_written_forms(question)) - {"年度", "年", "月", "何"}
    years = set(_A_YEAR.findall(question))
    scored = {column: len(terms & set(tokenize(column))) for column in columns}
    if years:
        scored = {column: score for column, score in scored.items() if any(year in column for year in years) or not _A_YEAR.search(column)}
    best = max(scored.values(), default=0)
    top = [column for column, score in scored.items() if score == best and best > 0]
    return top[0] if len(top) == 1 else None


def superlative_row(question: str, passages: Sequence[Passage]) -> tuple[Sentence, str] | None:
    """The month's row and its cell (「月: 12月（2026年度 売上高（百万円）: 2,456）」) that answers a
    question asking which month had the most or least of a figure; None where it cannot be told."""
    asked = asks_the_most(question)
    if not asked:
        return None
    months: dict[str, tuple[int, str, list[tuple[str, str]]]] = {}
    for number, passage in enumerate(passages, start=1):
        for line in passage.text.splitlines():
            row = line.split(" / ")[-1]
            cells = named_cells(row) if TABLE_CELL_SEPARATOR in row else []
            if cells and (month := _MONTH.fullmatch(unicodedata.normalize("NFKC", cells[0][1]).strip())):
                months.setdefault(month.group(1), (number, row, cells))
    if len(months) != 12 or len({tuple(column for column, _ in cells) for _, _, cells in months.values()}) != 1:
        return None  # not one table of a whole year, or not all of it shown
    columns = [column for column, _ in next(iter(months.values()))[2][1:]]
    column = _the_column(columns, question)
    if column is None:
        return None
    figures = {}
    for month, (_, _, cells) in months.items():
        figure = _figure(dict(cells).get(column, ""))
        if figure is None:
            return None
        figures[month] = figure
    pick = min if _SMALLEST.search(asked) else max
    chosen = pick(figures, key=figures.__getitem__)
    if list(figures.values()).count(figures[chosen]) > 1:
        return None  # a tie: no one month is the answer
    number, row, cells = months[chosen]
    sentence = Sentence(passage=number, text=row, score=0.0, coverage=0.0, similarity=0.0)
    return sentence, f"{cells[0][0]}: {cells[0][1]}（{column}: {dict(cells)[column]}）"
