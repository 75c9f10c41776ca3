"""Rules found on the fourth held-out corpus (tests/data/holdout4), each in general form: a
direction written onto a name (北病院) names one of its kind, and a table whose prose lead-in
closes the page before is still read under it."""

from __future__ import annotations

import json

from ingestion.models import Chunk
from rag.answering import Prepared, finish_quoted
from rag.quoting import Sentence, missing_subject_terms, subject_terms
from rag.retrieval import Passage, _lead_into_table

LEAD = "針刺し・切創と血液・体液曝露の報告件数は、次のとおりである。"
ROWS = (
    "施設 | 2024年度 | 2025年度\n"
    "施設: アサギ中央病院 | 2024年度: 38件 | 2025年度: 31件\n"
    "施設: アサギ北病院 | 2024年度: 11件 | 2025年度: 14件\n"
    "施設: アサギリハビリテーション病院 | 2024年度: 4件 | 2025年度: 3件"
)


def test_a_direction_written_onto_a_name_is_part_of_it() -> None:
    assert [noun.surface for noun in subject_terms("北病院の針刺しは何件？")] == ["北病院", "針刺し"]
    assert "北病院" in missing_subject_terms("北病院の針刺しは何件？", "施設: アサギリハビリテーション病院 | 針刺し: 3件")
    assert missing_subject_terms("北病院の針刺しは何件？", "施設: アサギ北病院 | 針刺し: 14件") == []
    # A direction on its own is no part of the next word.
    assert [noun.surface for noun in subject_terms("東京の北にある工場は？")] == ["東京", "工場"]


def test_the_lead_into_a_table_on_the_page_before_is_kept() -> None:
    before = Chunk(text=f"(4) 費用は労災保険の扱いとする。\n{LEAD}", page=1, order=3)
    table = Chunk(text=ROWS, page=2, order=4)
    assert _lead_into_table(before, table) == f"(4) 費用は労災保険の扱いとする。\n{LEAD}"
    # Not when the chunk starts with prose, nor on the same page (its neighbours are there already).
    assert _lead_into_table(before, Chunk(text=f"5. N95マスク\n{ROWS}", page=2, order=4)) == ""
    assert _lead_into_table(Chunk(text=LEAD, page=2, order=3), table) == ""


def test_a_row_is_read_under_the_lead_of_its_table_in_the_chunk_before() -> None:
    question = "北病院で、2025年度に針刺しの報告は何件あった？"
    passage = Passage(document_id="doc-1", title="感染対策マニュアル", filename="m.pdf", page=2, score=0.5,
                      text=ROWS, order=4, context=f"{LEAD}\n{ROWS}")
    rows = ROWS.splitlines()[1:]
    sentences = [Sentence(passage=1, text=rows[1], score=1.6, coverage=0.8, similarity=0.87),
                 Sentence(passage=1, text=rows[0], score=1.5, coverage=0.7, similarity=0.85),
                 Sentence(passage=1, text=rows[2], score=1.5, coverage=0.7, similarity=0.84)]
    prepared = Prepared(question=question, language="ja", passages=[passage], messages=[], sentences=sentences)

    # The small model's 「1件」, held by no row of 北病院: the row the question names answers.
    answer = finish_quoted(json.dumps({"quote": "報告は1件あった。", "answer": "1件"}, ensure_ascii=False), prepared)

    assert answer.text.startswith("2025年度: 14件 [1]"), answer.text
    assert not answer.refused
