"""「一番多かったのは何月？」, 「売上が一番多い店は？」 computed, not refused: of a table shown whole, the
row with the largest (or smallest) figure in the column the question names. A table is known to be
whole when its rows are the twelve months of a year, or when their figures in that column add up
to the table's own total row (「合計」, 「全店」); the rows are gathered from every passage shown. A
table not known whole, a figure that is not a number, a tie, or a column the question does not
single out is the refusal, as before. The answer is the row itself, quoted, under its label and figure."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from appliance.text.japanese import TABLE_CELL_SEPARATOR, tokenize
from rag.asked import asks_the_most
from rag.claims import extract_claims
from rag.quoting import Sentence, named_cells, names_the_subject, question_terms, with_written_forms
from rag.retrieval import Passage

_MONTH = re.compile(r"(?:(?:19|20)\d{2}年)?(1[0-2]|[1-9])月")
# Which end of the order is asked: 「多かった」, 「埋まってた」 the top; 「少なかった」, 「空いてた」 the bottom.
_SMALLEST = re.compile(r"(?:少な|低|小さ|安|短|狭|軽|空い|減っ)")
_A_YEAR = re.compile(r"((?:19|20)\d{2})年")


def _figure(value: str) -> float | None:
    value = unicodedata.normalize("NFKC", value).strip().replace(",", "")
    match = re.fullmatch(r"[+\-]?\d+(?:\.\d+)?", re.sub(r"[%円人件台回時間日]+$", "", value))
    return float(match.group()) if match else None


# 「前の年度からいちばん伸びた」 asks the growth: the one column of a ratio to the year before.
_ASKS_GROWTH = re.compile(r"伸び|伸ば|増え|増加")
_GROWTH_COLUMN = re.compile(r"前年度?比|前期比|対前年|伸び率|増減率|増加率")


def _the_column(columns: Sequence[str], question: str) -> str | None:
    """The one column the question names most (with its year, where it asks one); None unless one."""
    growth = [column for column in columns if _GROWTH_COLUMN.search(column)]
    if _ASKS_GROWTH.search(question) and len(growth) == 1:
        return growth[0]
    terms = question_terms(with_written_forms(question)) - {"年度", "年", "月", "何"}
    years = set(_A_YEAR.findall(question))
    scored = {column: len(terms & set(tokenize(column))) for column in columns}
    if years:
        scored = {column: score for column, score in scored.items() if any(year in column for year in years) or not _A_YEAR.search(column)}
    best = max(scored.values(), default=0)
    top = [column for column, score in scored.items() if score == best and best > 0]
    if len(top) > 1 and re.search(r"全体|全部|合計|全社|トータル", question):
        top = [column for column in top if re.search(r"計|全体", column)] or top  # 「全体の販売電力量」: 全体計（MWh）
    return top[0] if len(top) == 1 else None


# A date the figures are as of (「2027年3月1日現在で」, 「3月末時点の」), no month of a year's table.
_AS_OF = re.compile(r"\s*(?:\d{1,2}日)?\s*(?:末)?\s*(?:現在|時点)")
_ASKS_A_MONTH = re.compile(r"何月|どの月|月は(?:いつ|何|[?？]|$)")
# A table's row of the whole (「合計」, 「全店」): the sum the other rows must add up to.
_TOTAL = re.compile(r"(?:合計|総計|計|全体|全店|全社|全館|全施設|全[\u4e00-\u9fff]{2,4})")  # (全事業所, 全教室)


def _figures(table: list[tuple[int, str, list[tuple[str, str]]]], column: str) -> list[float] | None:
    """Each row's figure in the column, in order; None when one is not a number."""
    figures = [_figure(dict(cells).get(column, "")) for _, _, cells in table]
    return None if None in figures else figures  # type: ignore[return-value]


def _rows(passages: Sequence[Passage]) -> list[tuple[int, str, list[tuple[str, str]]]]:
    """Every table row of the passages shown, once each (two passages may overlap)."""
    found: dict[str, tuple[int, str, list[tuple[str, str]]]] = {}
    for number, passage in enumerate(passages, start=1):
        for line in passage.text.splitlines():
            row = line.split(" / ")[-1]
            cells = named_cells(row) if TABLE_CELL_SEPARATOR in row else []
            if cells and cells[0][0]:
                found.setdefault(row, (number, row, cells))
    return list(found.values())


def _whole(rows: list[tuple[int, str, list[tuple[str, str]]]], question: str) -> tuple[list[tuple[int, str, list[tuple[str, str]]]], str | None]:
    """The rows of one table known to be all of it, and the column to compare: twelve months of
    a year; or rows whose figures in that column add up to the table's own total row."""
    by_columns: dict[tuple[str, ...], list[tuple[int, str, list[tuple[str, str]]]]] = {}
    for found in rows:
        by_columns.setdefault(tuple(column for column, _ in found[2]), []).append(found)
    # 「普通乗用車をいちばん多く売った店舗」 of a table by 店舗 and 車種区分: its 普通乗用車 rows, compared
    # by 店舗 (and added up to 全店's); no other table, which counts no 普通乗用車 at all.
    keyed = {columns: [found for found in table if found[2][1][1] == key] for columns, table in by_columns.items() if (key := _named_kind(table, question))}
    by_columns = {columns[:1] + columns[2:]: [(number, row, cells[:1] + cells[2:]) for number, row, cells in table] for columns, table in keyed.items()} if keyed else by_columns
    whole: list[tuple[list[tuple[int, str, list[tuple[str, str]]]], str]] = []
    for columns, table in by_columns.items():
        column = _the_column(list(columns[1:]), question)
        if column is None:
            continue
        labels = [unicodedata.normalize("NFKC", cells[0][1]).strip() for _, _, cells in table]
        months = {match.group(1) for label in labels if (match := _MONTH.fullmatch(label))}
        if _ASKS_A_MONTH.search(question) and not months:
            continue  # 「いちばん多かった月はいつ？」: a table of regions answers no month
        if (month := _MONTH.search(question)) and not _ASKS_A_MONTH.search(question) and not months and month.group() not in column and not _AS_OF.match(question, month.end()):
            continue  # 「2月に…いちばん多かった航路」: a table of the whole year says nothing of 2月
        totals = [found for found, label in zip(table, labels) if _TOTAL.fullmatch(label)]
        parts = [found for found, label in zip(table, labels) if not _TOTAL.fullmatch(label)]
        if len(months) == 12 and len(parts) == 12:
            whole.append((parts, column))
            continue
        # The rows add up to the table's total in some column (the 2026年度 sales, where the growth
        # ratio asked adds up to nothing): none is missing.
        for summed in columns[1:]:
            figures = _figures(parts, summed)
            total = _figures(totals, summed) if len(totals) == 1 else None
            if figures is not None and total is not None and len(parts) >= 3 and abs(sum(figures) - total[0]) <= 0.5 * len(parts):
                whole.append((parts, column))
                break
    # Of two whole tables, the one whose column the question names most (職員1人当たり児童数, not 4月1日在籍見込み).
    terms = question_terms(with_written_forms(question))
    return max(whole, key=lambda found: len(terms & set(tokenize(found[1]))), default=([], None))


def _named_kind(table: list[tuple[int, str, list[tuple[str, str]]]], question: str) -> str | None:
    """The one value of a table's second key column (its 車種区分) that the question writes."""
    if not table or len(table[0][2]) < 3 or _figure(table[0][2][1][1]) is not None:
        return None
    written = {cells[1][1] for _, _, cells in table if len(cells[1][1]) > 1 and cells[1][1] in question}
    return next(iter(written)) if len(written) == 1 else None


def superlative_row(question: str, passages: Sequence[Passage]) -> tuple[Sentence, str] | None:
    """The row and its cell (「月: 12月（2026年度 売上高（百万円）: 2,456）」) that answers a question
    asking which month, shop or site had the most or least of a figure; None where it cannot be told."""
    asked = asks_the_most(question)
    if not asked:
        return None
    rows = _rows(passages)
    # 「2月に欠航がいちばん多かった航路」: of the 2月 row's columns, where the question names a row.
    of_a_row = _the_most_of_a_row(question, asked, rows, passages)
    if of_a_row is not None:
        return of_a_row
    table, column = _whole(rows, question)
    if column is None:
        return None  # not all of one table shown, or no one column singled out
    figures = _figures(table, column)
    if figures is None:
        return None
    pick = min if _SMALLEST.search(asked) else max
    chosen = pick(range(len(figures)), key=figures.__getitem__)
    if figures.count(figures[chosen]) > 1:
        return None  # a tie: no one row is the answer
    number, row, cells = table[chosen]
    sentence = Sentence(passage=number, text=row, score=0.0, coverage=0.0, similarity=0.0)
    return sentence, f"{cells[0][0]}: {cells[0][1]}（{column}: {dict(cells)[column]}）"


_EARLIER = re.compile(r"前年|前期|前回|昨年")


def _the_most_of_a_row(
    question: str, asked: str, rows: list[tuple[int, str, list[tuple[str, str]]]], passages: Sequence[Passage]
) -> tuple[Sentence, str] | None:
    """「給湯器・ガス機器の修繕依頼がいちばん多かった営業所は？」 of a table whose rows are kinds and whose
    columns are the sites: the column with the largest figure of the one row the question names by
    its label, where the row's site columns add up to its own total column (「合計」; not the
    previous year's 「前年度合計」), so that no site is missing."""
    # (Under a heading that names what is counted: the 2月 row of 月別欠航便数, not of 月別乗船者数.)
    named = [
        (number, row, cells) for number, row, cells in rows
        if len(cells[0][1]) > 1 and unicodedata.normalize("NFKC", cells[0][1]) in unicodedata.normalize("NFKC", question)
        and names_the_subject(question, f"{' '.join(passages[number - 1].heading_path) or passages[number - 1].title}\n{row}")
    ]
    if len({row for _, row, _ in named}) != 1 or _ASKS_A_MONTH.search(question):
        return None
    number, row, cells = named[0]
    values = [(column, _figure(value)) for column, value in cells[1:] if column and not _EARLIER.search(column)]
    totals = [figure for column, figure in values if _TOTAL.fullmatch(column)]
    parts = [(column, figure) for column, figure in values if not _TOTAL.fullmatch(column)]
    if len(totals) != 1 or len(parts) < 3 or any(figure is None for _, figure in parts) or totals[0] is None:
        return None
    if abs(sum(figure for _, figure in parts) - totals[0]) > 0.5 * len(parts):  # type: ignore[misc]
        return None
    pick = min if _SMALLEST.search(asked) else max
    column, figure = pick(parts, key=lambda part: part[1])  # type: ignore[arg-type,return-value]
    if [other for _, other in parts].count(figure) > 1:
        return None
    return Sentence(passage=number, text=row, score=0.0, coverage=0.0, similarity=0.0), f"{column}（{cells[0][0]}: {cells[0][1]}、{dict(cells)[column]}）"


# The first or the latest of several alike dated sentences (「この規程は、平成29年（2017年）4月1日から施行する。」
# and the 令和4年 and 令和9年 ones of later 附則): 「いちばん最初に施行されたのはいつ？」 is the earliest.
_ASKS_THE_FIRST = re.compile(r"最初|初めて|はじめて|当初|もともと|元々|一番初め|いちばん初め")
_ASKS_THE_LATEST = re.compile(r"最後|最新|直近|(?:いちばん|一番|最も)新しい")
_LEADING_NUMBER = re.compile(r"^\s*[\d０-９]+[\s　.．)]")
_ERA_OR_NUMBER = re.compile(r"令和|平成|昭和|元(?=年)|[\d０-９]+")


def first_or_latest_of_alike(question: str, sentences: Sequence[Sentence]) -> Sentence | None:
    """Of shown sentences written alike but for their date, the earliest where the question asks
    when something first happened, the latest where it asks the last time; None otherwise, or
    where the alike sentences hold fewer of the question's words than another shown one."""
    first, latest = _ASKS_THE_FIRST.search(question), _ASKS_THE_LATEST.search(question)
    if bool(first) == bool(latest) or not re.search(r"いつ|何年|何月|何日(?!前|以内|間|後|まで|目)", question):
        return None
    dated: dict[str, list[tuple[str, Sentence]]] = {}
    for sentence in sentences:
        text = sentence.text.split(" / ")[-1]
        claims = extract_claims(text)
        years = [value for claim in claims if claim.kind == "date" for value in claim.values if re.fullmatch(r"\d{4}", value)]
        days = [value for claim in claims if claim.kind == "date" for value in claim.values if re.fullmatch(r"--\d{2}-\d{2}", value)]
        if years and days and TABLE_CELL_SEPARATOR not in text:
            shape = _ERA_OR_NUMBER.sub("#", _LEADING_NUMBER.sub("", text))
            dated.setdefault(shape, []).append((f"{years[0]}{days[0][1:]}", sentence))
    alike = [group for group in dated.values() if len(group) > 1]
    if len(alike) != 1 or max(sentence.coverage for _, sentence in alike[0]) < max(sentence.coverage for sentence in sentences):
        return None
    ordered = sorted(alike[0], key=lambda pair: pair[0])
    return (ordered[0] if first else ordered[-1])[1]
