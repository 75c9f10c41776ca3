"""A table row's key and the group it is one part of: the leading cells that name a row
(「拠点: 広域選果場 | 品目: もも | …」), whether a question writes them, and a group's own total row
(「店舗: 港南店 計」) for a question that names the group and not the part (rag/table_rows.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from appliance.text.japanese import TABLE_CELL_SEPARATOR
from rag.bands import holds_the_stated
from rag.citations import comparable
from rag.quoting import Sentence, named_cells, row_read_elsewhere
from rag.retrieval import Passage

if TYPE_CHECKING:
    from rag.answer_checks import Prepared


def row_label(text: str) -> str:
    cells = named_cells(text)
    return cells[0][1] if cells else ""


BANDED = "\0banded"
PLACEHOLDER = re.compile(r"[―—\-－‐ー−]+|[（(]?(?:空欄|なし)[）)]?")
# A total row's key (「合計」, 「全社計」), and the words a question asks it by (「全社で」, 「全部で」).
TOTAL_KEY = re.compile(r"(?:合計|総計|総合計|総数|全[\u4e00-\u9fff]{1,2}(?:合計|計)|全社|小計|計)")  # (全館合計, 全店計: all of them)  # (a group's 小計 is all of the group asked: 「川西教室の…区分を全部合わせると」)
ASKS_ALL = re.compile(r"合計|全社|全体|全部|全て|すべて|合わせ|トータル|総数|総計")


def names_key(question: str, key: str) -> bool:
    """Whether the question writes the key, or a part of it (トマト of 「施設野菜（トマト・きゅうり等）」)."""
    asked = comparable(question)
    if comparable(key) in asked or (TOTAL_KEY.fullmatch(comparable(key)) and ASKS_ALL.search(asked)):
        return True
    parts = [part.removesuffix("等").removesuffix("など") for part in KEY_PARTS.split(comparable(key))]
    parts += [numbered.group() for part in parts if (numbered := re.match(r"\d+(?:号|型|番)", part))]  # 20号 of 「20号オート」
    return any(len(part) > 1 and part in asked for part in parts) or _cut_short(comparable(key), asked)


_KATAKANA = re.compile(r"[ァ-ヶー]")


def _cut_short(key: str, asked: str) -> bool:
    """Whether the question writes the key with its katakana word cut short after its name:
    「本町デイ」 for 本町デイサービスセンター (not 「ヘルパー」 alone for ヘルパーステーション南浜)."""
    for end in range(len(key) - 1, 3, -1):
        prefix = key[:end]
        if _KATAKANA.match(key[end]) and re.search(r"[^ァ-ヶー][ァ-ヶー]{2,}$", prefix) and re.search(rf"{re.escape(prefix)}(?![ァ-ヶー])", asked):
            return True
    return False


# The parts a row's key cell is named by: 「施設野菜（トマト・きゅうり等）」 by 施設野菜, トマト or きゅうり.
KEY_PARTS = re.compile(r"[（）()・、，,／/\s]+")


def key_cells(row: str, question: str = "") -> list[str]:
    """A row's key: its leading cells that hold no figure (「拠点: 広域選果場 | 品目: もも | 受入時間…」:
    広域選果場 and もも), and the band among them that holds the quantity the question states
    (「月間ガス使用量: 1,000m³をこえる場合」 for 「1,000m³をこえて使う」), as BANDED."""
    keys = []
    for column, value in named_cells(row):
        if question and value and holds_the_stated(question, column, value):
            keys.append(BANDED)
            continue
        if PLACEHOLDER.fullmatch(value.strip()):
            continue  # 「業務: 合計 | 内容: ― | …」: an empty cell names nothing
        # (A figure in brackets describes the thing: 「ワゴン（8人乗り）」 is a key, 「1日」 none.)
        # (Nor is a grade, a class or a step a figure: 「ボイラー技士1級」, 「乙種4類」, 「第4段階」, 「要介護3」,
        # 「要介護4・5」 are names.)
        # (Nor a month a row of months is keyed by: 「月: 3月」, nor a room's size: 「区画: 1.0帖」.)
        if not value or re.search(r"\d", re.sub(r"（[^）]*）|\([^)]*\)|\d+(?:級|種|類)|第\d+[\u4e00-\u9fff]{1,3}|(?<=[\u4e00-\u9fff]{2})\d{1,2}(?:・\d{1,2})?$|^(?:\d{4}年)?\d{1,2}月$|^\d+(?:\.\d+)?(?:帖|畳|坪)$", "", value)):
            break
        keys.append(value)
    return keys

SUBTOTAL = re.compile(r"\s*(?:小計|合計|計)$")


def a_part_of_the_asked_group(row: str, prepared: Prepared) -> bool:
    """A row of a group (「店舗: 市民病院前店 | 応需医療機関: 柊野市民病院 | …」) whose first key the
    question names and whose next it does not, where the group has more rows than this one (the
    next row goes on under the second key's column alone: 「応需医療機関: 市民病院前整形外科 | …」)
    or its own total row stands in the passages (「店舗: 市民病院前店計」): the question asks the
    group; this row holds one part of it."""
    named = _group_asked(row, prepared.question)
    if named is None or _totals_the_group(row, named):
        return False  # (the group's own 小計 row is all of it)
    keys = [key for key in key_cells(row) if key != BANDED]
    part_column = next(column for column, value in named_cells(row) if value == keys[1])
    for passage in prepared.passages:
        lines = [line.strip() for line in f"{passage.text}\n{passage.context}".splitlines()]
        for line, after in zip(lines, [*lines[1:], ""]):
            if line == row and (cells := named_cells(after)) and cells[0][0] == part_column and TABLE_CELL_SEPARATOR in after:
                return True
            # (Of the row's own table: 「航路: 大鳥航路 | 車種: 小計 | 2025年度（台）…」 totals no passengers.)
            if _totals_the_group(line, named) and not {column for column, _ in named_cells(line)} - {column for column, _ in named_cells(row)}:
                return True
    return False


def _totals_the_group(line: str, group: str, *, filled_down: bool = True) -> bool:
    """Whether a line is the group's own total row (「店舗: 港南店 計 | …」 for 港南店; where the
    group is written on each of its rows, 「事業所: 本町デイサービスセンター | 要介護度: 小計 | …」)."""
    label = row_label(line) if TABLE_CELL_SEPARATOR in line else ""
    if filled_down and label == group and len(cells := named_cells(line)) > 1 and SUBTOTAL.fullmatch(cells[1][1]):
        return True  # 「事業所: 本町デイサービスセンター | 要介護度: 小計 | …」: the group written on each of its rows
    return label != group and SUBTOTAL.search(label) is not None and comparable(SUBTOTAL.sub("", label)) == comparable(group)


def _group_asked(row: str, question: str) -> str | None:
    """The group a row is one part of, where the question names the group and not the part."""
    keys = [key for key in key_cells(row) if key != BANDED]
    if len(keys) < 2 or not names_key(question, keys[0]) or any(names_key(question, key) for key in keys[1:]):
        return None
    return keys[0]


def with_the_groups_total(
    question: str, sentences: Sequence[Sentence], passages: Sequence[Passage], rest: Callable[[Sequence[Passage]], list[Passage]]
) -> tuple[list[Sentence], list[Passage]]:
    """The sentences with the total row of the group a shown row is one part of first (「店舗: 港南店 計
    | …」 for 「港南店の前年度比は？」 beside 「店舗: 港南店 | 応需医療機関: 港南総合病院 | …」), its chunk added to
    the passages: from the passages, else from the rest of the row's document (`rest`), where the
    group's rows cross chunks."""
    sentences, passages = list(sentences), list(passages)
    parts = [(sentence, group) for sentence in sentences if TABLE_CELL_SEPARATOR in sentence.text and (group := _group_asked(sentence.text.split(" / ")[-1], question))]
    if len({comparable(group) for _, group in parts}) != 1:
        return sentences, passages
    part, group = parts[0]

    def totals(read: Sequence[Passage]) -> dict[str, Passage]:
        found: dict[str, Passage] = {}
        for passage in read:
            for line in passage.text.splitlines():
                # (Not the 小計 of a group written on each of its rows: that row is shown where the search finds
                # the group, and fetched from elsewhere it stood before the part a question named in other words.)
                if _totals_the_group(line, group, filled_down=False):
                    found.setdefault(line.strip(), passage)
        return found

    found = totals(passages) or totals(rest([passages[part.passage - 1]]))
    if len(found) != 1:
        return sentences, passages
    (row, passage), = found.items()
    total = row_read_elsewhere(row, passage, sentences, passages)
    if any(sentence.text.split(" / ")[-1] == row for sentence in sentences):
        return sentences, passages
    return [total, *sentences[:-1]], passages
