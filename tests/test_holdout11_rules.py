"""Rules found on the eleventh held-out corpus (tests/data/holdout11, an agricultural cooperative),
each in general form and tried here on other documents: a row the question keys by its own cells
answers a chatty question; a row's key (its band) is no amount; a sentence is not cut inside its
brackets; a weight is no price; a stated amount in English picks its band, as 万円 and 円 alike; a
dictionary's katakana word is found as a price list writes it in hiragana; a figure in brackets
describes a row's thing; which row has the most is computed over a table read whole, never read off
one row; a month asked after a month takes that month's place."""

from __future__ import annotations

import json

from appliance.text import english
from appliance.text.sentences import sentences_of
from rag.answering import Prepared, finish_quoted
from rag.asked import claim_fits
from rag.claims import extract_claims
from rag.english_answers import for_a_case_not_asked
from rag.followups import standalone_question
from rag.quantities import band, stated_quantity
from rag.quoting import Sentence, split_sentences
from rag.retrieval import Passage
from rag.superlatives import superlative_row
from rag.table_rows import answers_with_its_key, keyed_by_question

# A car-rental price list: two key cells (営業所, 車種) before the figures, old and new prices.
RENTAL = (
    "営業所: 空港店 | 車種: 軽自動車 | 料金（12時間） 現行: 5,500円 | 料金（12時間） 改定前: 4,950円 | 返却: 20時まで\n"
    "営業所: 駅前店 | 車種: 軽自動車 | 料金（12時間） 現行: 5,280円 | 料金（12時間） 改定前: 4,840円 | 返却: 21時まで\n"
    "営業所: 空港店 | 車種: ワゴン（8人乗り・ハイブリッド） | 料金（12時間） 現行: 14,300円 | 料金（12時間） 改定前: 13,200円 | 返却: 20時まで"
)


def _prepared(question: str, text: str, coverage: float = 0.3, *, title: str = "料金表") -> Prepared:
    passage = Passage(document_id="doc-1", title=title, filename="d.xlsx", page=None, score=0.5, text=text, order=0, context=text)
    sentences = [
        Sentence(passage=1, text=line, score=1.5 + coverage - 0.01 * index, coverage=coverage, similarity=0.85)
        for index, line in enumerate(text.splitlines())
    ]
    return Prepared(question=question, language="ja", passages=[passage], messages=[], sentences=sentences)


def _finish(question: str, text: str, reply: dict[str, str], coverage: float = 0.3) -> object:
    return finish_quoted(json.dumps(reply, ensure_ascii=False), _prepared(question, text, coverage))


def test_a_row_keyed_by_all_its_cells_is_the_one_asked_about() -> None:
    question = "空港店で軽自動車を借りると12時間でいくら？"
    prepared = _prepared(question, RENTAL)
    airport_small, station_small, airport_wagon = prepared.sentences
    assert keyed_by_question(airport_small, prepared)
    # 駅前店's row names 軽自動車 but not 空港店; the wagon row names 空港店 but not its car.
    assert not keyed_by_question(station_small, prepared) and not keyed_by_question(airport_wagon, prepared)
    # A part of a key names it: ハイブリッド of 「ワゴン（8人乗り・ハイブリッド）」.
    assert keyed_by_question(airport_wagon, _prepared("空港店のハイブリッドは12時間いくら？", RENTAL))
    # Two rows keyed alike (軽自動車 alone, both shops): none is the one.
    both = _prepared("軽自動車は12時間いくら？", RENTAL)
    assert not any(keyed_by_question(row, both) for row in both.sentences)


def test_a_chatty_question_keying_a_row_gets_its_named_cell() -> None:
    # Few of the question's words are the row's (うちの部, 出張, ちょっと), and the model copied the
    # old price: the row it keys answers, in the column of today's price.
    question = "うちの部の出張でちょっと空港店の軽自動車を借りたいんだけど、12時間だといくらかかる？"
    answer = _finish(question, RENTAL, {"quote": "料金は4,950円", "answer": "4,950円"}, coverage=0.2)
    assert not answer.refused, answer.text
    assert answer.text.startswith("料金（12時間） 現行: 5,500円"), answer.text
    # The same question of a shop the table does not have: 空港店 is keyed by no row, and nothing answers.
    other = _finish(question.replace("空港店", "港北店"), RENTAL, {"quote": "料金は4,950円", "answer": "4,950円"}, coverage=0.2)
    assert other.refused, other.text
    # Keyed, but what is asked is none of the row's columns (a 24-hour price, insurance): the key says
    # which row, not what of it, and the 12-hour price is no answer.
    # Nor is a thing the row does not name, asked as a thing of its own (「…のチャイルドシートは」), though
    # no passage writes it: only a word that qualifies another (「ハウスのトマト」) may go unnamed.
    for unasked in ("空港店で軽自動車を24時間借りるといくら？", "空港店の軽自動車の保険料はいくら？", "空港店の軽自動車は1週間借りるといくら？",
                    "空港店の軽自動車のチャイルドシートは12時間でいくら？"):
        answer = _finish(unasked, RENTAL, {"quote": "料金は4,950円", "answer": "4,950円"}, coverage=0.2)
        assert answer.refused, (unasked, answer.text)


def test_a_rows_key_is_no_amount_asked() -> None:
    bands = (
        "年間の利用額: 50万円以上100万円未満 | 割戻率: 1.0%\n"
        "年間の利用額: 100万円以上 | 割戻率: 2.0%\n"
        "割戻金の上限は1社あたり年20万円とする。"
    )
    prepared = _prepared("割戻金って年間いくらまでもらえるの？", bands)
    row = prepared.sentences[0]
    assert answers_with_its_key("50万円以上100万円未満", row, prepared.question)
    # Asked the other way round (the rate given, the band asked), the key is the answer.
    assert not answers_with_its_key("50万円以上100万円未満", row, "割戻率が1.0%になるのは年間いくらから？")
    answer = _finish("割戻金って年間いくらまでもらえるの？", bands, {"quote": "50万円以上100万円未満", "answer": "50万円以上100万円未満"})
    assert "50万円以上100万円未満" not in answer.text.split("\n")[0] or answer.refused, answer.text


def test_a_sentence_is_not_cut_inside_its_brackets() -> None:
    line = "派遣社員（以下「派遣者」という。）の交通費は、実費を支給する。次の文。"
    assert sentences_of(line) == ["派遣社員（以下「派遣者」という。）の交通費は、実費を支給する。", "次の文。", ""]
    assert split_sentences(line)[0].startswith("派遣社員（以下「派遣者」という。）の交通費")
    # A line whose bracket does not close (a PDF broke it): cut at every end, as before.
    assert sentences_of("注（続く。次の行") == ["注（続く。", "次の行"]


def test_a_weight_is_no_price() -> None:
    text = "出荷は房重500g以上の秀品に限ります。"
    weight = next(claim for claim in extract_claims(text) if claim.text.startswith("500"))
    assert not claim_fits(weight, frozenset({"円"}), text)
    price = extract_claims("1kgあたり80円")[-1]
    assert claim_fits(price, frozenset({"円"}), "1kgあたり80円")


def test_an_amount_stated_in_english_or_in_man_yen_picks_its_band() -> None:
    assert stated_quantity("Our team spends 1.5 million yen a year. Which discount applies?") == (1_500_000.0, "円")
    assert stated_quantity("年間150万円使うと？") == (1_500_000.0, "円")
    assert stated_quantity("I commute 12.5 km each way") == (12.5, "km")
    assert stated_quantity("a 70-year-old member") == (70.0, "歳")
    # "million" is no metre: one quantity, not two.
    assert stated_quantity("sales of 40 million yen in fiscal 2027") == (40_000_000.0, "円")
    assert band("100万円以上") == (1_000_000.0, float("inf"), True, True, "円")


def test_a_dictionary_katakana_word_is_found_in_hiragana() -> None:
    vocabulary = "品目: ぶどう | 手数料: 3.2%\n品目: もも | 手数料: 3.0%"
    found = english.dictionary_keywords("What is the fee for grapes?", vocabulary)
    assert "ぶどう" in found, found
    # Not inside a longer hiragana word.
    assert "もも" not in english.dictionary_keywords("peaches", "すももの木")


def test_a_figure_in_brackets_describes_the_rows_thing() -> None:
    row = "機械: 耕うん機（7馬力） | 1日: 3,300円 | 半日: 2,200円"
    passage = Passage(document_id="d", title="料金", filename="m.eml", page=None, score=0.5, text=row, order=0, context=row)
    sentence = Sentence(passage=1, text=row, score=1.0, coverage=0.5, similarity=0.8)
    assert not for_a_case_not_asked("How much does it cost to rent a cultivator for a day?", sentence, passage, ["耕うん機"])
    # Of a thing the question does not name, the figure in brackets may be its case.
    plan = "プラン: ライト（週2回） | 月会費: 6,600円"
    passage = Passage(document_id="d", title="料金", filename="p.md", page=None, score=0.5, text=plan, order=0, context=plan)
    assert for_a_case_not_asked("What is the monthly fee?", Sentence(passage=1, text=plan, score=1.0, coverage=0.5, similarity=0.8), passage, ["月会費"])
    keyed = "週所定労働日数: 4日 | 付与日数: 7日"
    passage = Passage(document_id="d", title="規程", filename="r.docx", page=None, score=0.5, text=keyed, order=0, context=keyed)
    assert for_a_case_not_asked("How many days of leave?", Sentence(passage=1, text=keyed, score=1.0, coverage=0.5, similarity=0.8), passage)


def test_the_most_is_computed_over_a_table_read_whole() -> None:
    # A table that crosses chunks: each passage alone is part of it; together they add up to the total
    # in the sales column, so the growth column's highest is known.
    first = "課: 総務課 | 2025年度（件）: 120 | 2026年度（件）: 126 | 前年度比（%）: 105.0\n課: 経理課 | 2025年度（件）: 80 | 2026年度（件）: 96 | 前年度比（%）: 120.0"
    second = "課: 人事課 | 2025年度（件）: 100 | 2026年度（件）: 90 | 前年度比（%）: 90.0\n課: 合計 | 2025年度（件）: 300 | 2026年度（件）: 312 | 前年度比（%）: 104.0"
    passages = [Passage(document_id="d", title="件数", filename="r.pdf", page=page, score=0.5, text=text, order=page) for page, text in ((1, first), (2, second))]
    question = "2026年度に前の年度からいちばん伸びたのはどの課？"
    assert superlative_row(question, passages[:1]) is None
    found = superlative_row(question, passages)
    assert found is not None and found[1] == "課: 経理課（前年度比（%）: 120.0）"
    # One row read alone is no answer to which has the most, whatever the model names.
    answer = _finish(question, first, {"quote": "課: 経理課 | 2025年度（件）: 80", "answer": "経理課"}, coverage=0.6)
    assert answer.refused, answer.text


def test_a_month_asked_after_a_month_takes_its_place() -> None:
    assert standalone_question("7月は？", "2026年6月の農薬の供給高はいくら？") == "2026年7月の農薬の供給高はいくら?"
    assert standalone_question("去年は？", "2026年6月の農薬の供給高はいくら？") == "2025年6月の農薬の供給高はいくら?"
