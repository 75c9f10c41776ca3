"""Rules found in session 33, each in general form and tried here on other documents than the ones
that showed them: an English answer's figure from a sheet noted 「単位：千円」 is thousands of yen,
never yen."""

from __future__ import annotations

from rag.answering import Prepared, _answer_from
from rag.quoting import Sentence
from rag.retrieval import Passage


def _passage(text: str, title: str = "実績") -> Passage:
    return Passage(document_id="doc-1", title=title, filename="sales.xlsx", page=None, score=0.5, text=text, order=1, context=text, heading_path=[])


def _sentence(text: str, passage: int = 1, coverage: float = 1.0) -> Sentence:
    return Sentence(passage=passage, text=text, score=1.0 + coverage, coverage=coverage, similarity=0.9)


def test_an_english_amount_from_a_sheet_in_thousands_of_yen_is_thousands_of_yen() -> None:
    rows = "区分: パン | 本店: 12,480 | 駅前店: 9,310 | 合計: 21,790\n区分: 合計 | 本店: 15,020 | 駅前店: 11,450 | 合計: 26,470\n区分: 単位：千円（税抜）。"
    row = _sentence("区分: 合計 | 本店: 15,020 | 駅前店: 11,450 | 合計: 26,470")
    prepared = Prepared(question="What were total sales of all shops, in yen?", language="en", passages=[_passage(rows)], messages=[], sentences=[row])
    answer = _answer_from((row, "合計: 26,470"), prepared)
    assert answer.text.startswith("26,470 thousand yen (合計: 26,470)")
    # A sheet with no such note: its figure is as written, in yen where yen are asked.
    plain = Prepared(question="What were total sales of all shops, in yen?", language="en", passages=[_passage(rows.rsplit("\n", 1)[0])], messages=[], sentences=[row])
    assert _answer_from((row, "合計: 26,470"), plain).text.startswith("26,470 yen (合計: 26,470)")
    # A Japanese question gets the cell as the sheet writes it.
    japanese = Prepared(question="全店の売上合計はいくらですか", language="ja", passages=[_passage(rows)], messages=[], sentences=[row])
    assert _answer_from((row, "合計: 26,470"), japanese).text.startswith("合計: 26,470 [1]")
