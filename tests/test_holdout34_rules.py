"""Rules found on the English and Japanese questions over the thirty-second to thirty-fourth held-out
corpora (tests/data/holdout32..34, read in sessions 27 and 28 after being measured blind), each in
general form and tried here on other documents: a question stating its quantity and its subject in
one clause (「勤続10年で辞めたら退職金はいくら」) keeps its subject when the quantity's words are set
aside, so that the band's row of another thing (the 勤続手当 row) is no answer."""

from __future__ import annotations

from rag.answering import Prepared
from rag.bands import unbanded
from rag.quoting import Sentence
from rag.retrieval import Passage
from rag.table_rows import row_names_the_subject

_ALLOWANCES = (
    "手当の種類: 勤続手当 | 区分: 5年以上10年未満 | 支給額: 11,000円 | 支給単位: 月額\n"
    "手当の種類: 勤続手当 | 区分: 10年以上 | 支給額: 16,500円 | 支給単位: 月額"
)


def _passage(text: str, title: str = "就業規則及び手当規程") -> Passage:
    return Passage(document_id="doc-1", title=title, filename="rules.docx", page=None, score=0.5, text=text, order=1, context=text)


def _row_answers(question: str, row: str, text: str = _ALLOWANCES) -> bool:
    prepared = Prepared(question, "ja", [_passage(text)], None)
    return row_names_the_subject(Sentence(passage=1, text=row, score=1.0, coverage=1.0, similarity=1.0), prepared)


def test_a_one_clause_question_keeps_its_subject_past_its_quantity() -> None:
    row = "手当の種類: 勤続手当 | 区分: 10年以上 | 支給額: 16,500円 | 支給単位: 月額"
    assert unbanded("勤続10年で辞めたら退職金はいくらになりますか？", row) == "辞めたら退職金はいくらになりますか？"
    assert unbanded("退職金は勤続10年でいくら？", row) == "退職金はいくら？"
    # Two clauses: the quantity's clause goes whole, as before.
    assert unbanded("勤続12年なんだけど、勤続手当はいくら？", row) == "勤続手当はいくら？"
    # A quantity no band of the row holds leaves the question as it is.
    assert unbanded("勤続3年で辞めたら退職金はいくら？", row) == "勤続3年で辞めたら退職金はいくら？"
    assert not _row_answers("勤続10年で辞めたら退職金はいくらになりますか？", row)
    assert _row_answers("勤続10年だと勤続手当はいくらですか？", row)
