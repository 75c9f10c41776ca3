"""Grounded answers: retrieve what the actor may see, ask the model to answer from those
passages only with [n] citations (rag/prompts.py), and map the citations back to documents
and pages (rag/citations.py)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from appliance import components, telemetry
from appliance.tenancy.selectors import Actor
from appliance.text.japanese import TABLE_CELL_SEPARATOR
from rag.another_time import answers_another_time
from rag.answer_checks import (
    DEFERS_TO_A_TABLE,
    Prepared,
    answering_sentence,
    cell_answer,
    checked_keyword_answer,
    column_band_row,
    holding_sentence,
    in_a_siblings_clause,
    keyed_by_question,
    names_its_subject,
    numbers_its_names,
    outside_the_aside,
    says_only_what_was,
    sentence_is_about_question,
    states_a_change,
    visible,
    vouched,
)
from rag.asked import ASKS_A_DAY, a_plan_for_what_happened, answers_what_was_asked, asked_kinds, asks_the_most, asks_the_most_in_english, claim_fits, with_column_unit
from rag.band_clauses import banded_clause
from rag.cell_answers import asks_an_earlier_time, outnamed_by_a_sibling_row, outnaming_sibling
from rag.citations import CITATION, Citation, attribute, comparable, map_citations
from rag.claim_checks import check_claims
from rag.claims import extract_claims, is_supported
from rag.clock_times import sentence_for_the_time
from rag.closed_days import a_closure_for_a_start, closed_on_the_day
from rag.english_answers import for_a_case_not_asked, named_in_its_paragraph, names_the_questions_words
from rag.english_values import in_english, names_only_for_a_figure, reads_as_english
from rag.fee_kinds import another_kind_of_fee
from rag.item_labels import deadline_line, when_instead
from rag.masking import answer_masked, masks_answers
from rag.preparing import prepare
from rag.prompts import MODEL_SAYS_NOT_FOUND, NOT_FOUND, AnswerFieldStream
from rag.quoting import (
    QUOTE_COVERAGE,
    QUOTE_PREFIX,
    REPLY_SCHEMA,
    Sentence,
    named_cells,
    parse_reply,
    passage_is_about_question,
    question_terms,
    quote_covers_question,
    verify_quote,
)
from rag.referred_rows import referred_row
from rag.retrieval import Passage
from rag.superlatives import first_or_latest_of_alike, superlative_row
from rag.table_cells import cell_with_unit, with_cell_units
from rag.table_intros import block_label
from rag.table_rows import answers_with_its_key, labelled_by_question, named_inside_another
from rag.total_rows import the_total_instead
from specialists.routing import Route
from specialists.routing import route as route_question


@dataclass
class Answer:
    text: str
    citations: list[Citation] = field(default_factory=list)
    grounded: bool = False
    refused: bool = False  # the documents do not hold an answer (or the request was refused)
    unsupported: list[str] = field(default_factory=list)  # claims no cited passage holds
    route: dict[str, Any] = field(default_factory=dict)  # the specialist that answered (specialists/routing.py)

    def as_json(self) -> dict[str, Any]:
        # 「担当: NAME」: only where a specialist answered, so the documented JSON stays as it was.
        return {
            **({"route": self.route} if self.route.get("specialist") else {}),
            "answer": self.text,
            "citations": [c.as_json() for c in self.citations],
            "grounded": self.grounded,
            "unsupported": list(self.unsupported),
            "refused": self.refused,
        }


def _cell_written(body: str, holding: Sentence) -> str | None:
    """A bare number the model answered with (「5,386」), as the row's cell that writes it, under
    its column (「売上高 実績（百万円）: 5,386」): the column says what it counts, and in what."""
    if not re.fullmatch(r"[\d,.]+", body):
        return None
    written = [f"{column}: {value}" for column, value in named_cells(visible(holding)) if column and value.strip().replace(",", "") == body.replace(",", "")]
    return written[0] if len(written) == 1 else None


def _the_one_value(sentence: Sentence, prepared: Prepared) -> str | None:
    """The one value of the asked kind a sentence writes (a date for "By what date"), where it
    writes exactly one; an English reader is given it in English over the Japanese quote."""
    asked = asked_kinds(prepared.question)
    label = block_label(sentence.text)  # (with its block's label: 「■2. …の変更（2027年5月10日から） / ・平日：…」)
    written = f"{label} {visible(sentence)}" if label else visible(sentence)
    found = {claim.text for claim in extract_claims(written) if asked and claim.kind != "name" and claim_fits(claim, asked)}
    if len(found) > 1 and ASKS_A_DAY.search(prepared.question):  # "From what date…": the day, not the hours beside it
        found = {claim.text for claim in extract_claims(written) if claim.kind == "date" and not claim.values[0].startswith("T")}
    return next(iter(found)) if len(found) == 1 and in_english(next(iter(found)), prepared.question) else None


def _stated(value: str, prepared: Prepared, sentence: Sentence) -> str:
    """The value; for an English question with its English form: "350 yen (1食: 350円)"."""
    # Under its column's unit (「売上高 実績（百万円）: 5,386」 is 5,386 million yen, not 5,386 yen), or its sheet's (「単位：千円」).
    column, _, cell = cell_with_unit(value, visible(sentence), prepared.passages[sentence.passage - 1]).rpartition(": ")
    english = in_english(with_column_unit(column, cell), prepared.question) if prepared.language == "en" else ""
    return f"{english} ({value})" if english and english not in value else value


def _shown_quote(source: Sentence, language: str) -> str:
    """The sentence as quoted; a 「項目：値」 line with the label of its block (「南棟開設後（2027年10月
    から）」), which says when its value holds. A table row names its own columns."""
    label = block_label(source.text)
    shown = f"{label}／{visible(source)}" if label else visible(source)
    return f"{QUOTE_PREFIX[language]}「{shown}」"


# An answer that asks (「…導入したばかりの月も同じですか。」) echoes the question: it answers nothing.
_A_QUESTION = re.compile(r"(?:ですか|ますか|でしょうか|か)[。]?\s*$|[?？]\s*$")
_LATIN_WORD = re.compile(r"[A-Za-z]{2}")
_BARE_YES_OR_NO = re.compile(r"(?:はい|いいえ|yes|no)[。.!！]?", re.IGNORECASE)
_A_CHOICE = re.compile(r"どちら|どっち|どれ|\bwhich\b|\bor\b", re.IGNORECASE)


def _echoes_the_question(body: str, question: str) -> bool:
    """Whether the answer only says back what the question names ("Himeji Castle" for "What is the
    other name of Himeji Castle?"); of a choice (「AとBのどちら？」) one named is the answer."""
    if _A_CHOICE.search(question):
        return False
    words = re.findall(r"[a-z0-9]+", body.lower())
    if words and not re.search(r"[\u3040-\u30ff\u3400-\u9fff]", body):
        return set(words) <= set(re.findall(r"[a-z0-9]+", question.lower()))
    return len(comparable(body)) > 1 and comparable(body) in comparable(question)


def finish_quoted(reply: str, prepared: Prepared) -> Answer:
    """The model's {"quote", "answer"}, checked (rag/quoting.py):

    * one shown sentence states every figure of the answer (the verified quote, or another
      sentence that is itself about the question), its passage is about the question and the
      answer gives the kind of value asked: the answer, citing that passage, with the
      sentence under it, so a terse 「980」 still shows 「重さ980グラム」;
    * it is not, but the quote is verified and covers the question: the quote alone;
    * otherwise the refusal. An English question is first answered by the sentence and column
      its Japanese keywords clearly name (the model quoted 千葉工場's rate for 岡山工場's)."""
    quote, answer_text = parse_reply(reply)
    language = prepared.language
    if language == "en" and (keyword := checked_keyword_answer(prepared)) is not None:
        return _answer_from(the_total_instead(prepared.question, keyword, prepared.sentences, prepared.keywords), prepared)
    if language == "ja" and (most := superlative_row(prepared.question, prepared.passages)) is not None:
        return _answer_from(most, prepared)  # 「一番多かったのは何月？」 of a whole year's table, computed
    if language == "ja" and (earliest := first_or_latest_of_alike(prepared.question, prepared.sentences)) is not None:
        return _answer_from((earliest, None), prepared)  # 「いちばん最初に施行されたのは？」: the first 附則's day
    if language == "ja" and (timed := sentence_for_the_time(prepared.question, prepared.sentences, lambda shown: _gives_the_value(shown, prepared))):
        # 「夜中の1時に出動したら」: the 22時から翌日5時まで sentence; a row's cell asked (改定後 by default).
        return _answer_from((timed, (cell_answer([], timed, prepared) or None) if TABLE_CELL_SEPARATOR in timed.text else None), prepared)
    if language == "ja" and (banded := column_band_row(prepared)) is not None:
        return _answer_from(banded, prepared)  # 「朝9時から夕方5時まで」: the 12時間まで column of the row asked
    if clause := banded_clause(prepared.question, prepared.sentences, lambda shown: not says_only_what_was(shown, prepared) and (names_its_subject(shown, prepared) if language == "ja" else named_in_its_paragraph(prepared.question, shown, prepared.passages)), prepared.passages):
        return _answer_from(clause, prepared)  # 「片道20kmくらい」 ("7 km one way"): the 「片道30km以内の納品先は…2,750円」 clause
    if language == "ja" and (closed := closed_on_the_day(prepared.question, prepared.sentences, lambda shown: names_its_subject(shown, prepared))):
        return _answer_from(closed, prepared)  # 「土曜日の受付時間は？」: 「休業日: 土曜・日曜・祝日」
    if language == "ja" and (due := deadline_line(prepared.question, prepared.sentences)) is not None:
        return _answer_from((due, None), prepared)  # 「いつまでに出す？」: 「シフト希望の提出締切：…」, not the 掲示 date beside it
    source = _not_a_row_for_it(verify_quote(quote, prepared.sentences), prepared)
    if source is not None and language == "ja" and (timed := when_instead(source, prepared.sentences, prepared.question)):
        return _answer_from((timed, None), prepared)  # 「受付はいつから」: 「期間：…」, not the 「対象：4月1日から利用する…」 line quoted
    body = CITATION.sub("", answer_text).strip()
    said_not_found = not answer_text or any(phrase in answer_text for phrase in MODEL_SAYS_NOT_FOUND)
    if _BARE_YES_OR_NO.fullmatch(body) or _A_QUESTION.search(body) or (language == "en" and (not reads_as_english(body) or names_only_for_a_figure(prepared.question, body))) or _echoes_the_question(body, prepared.asked or prepared.question):
        # A bare 「はい」 beside 「…禁止します」 (a small model's cheapest wrong claim), or an English
        # question answered in Japanese or Chinese prose: the quote says it in the document's words.
        said_not_found = True
    if source is None and said_not_found:
        return _refusal_or_the_answering_sentence(prepared)
    unsupported: list[str] = []
    if not said_not_found:
        claims = extract_claims(body)
        # (The asker's own quantity said back beside the value asked, 「35人の会社の年会費は22,000円」, is no claim to check.)
        claims = [claim for claim in claims if not (is_supported(claim, [prepared.asked or prepared.question]) and not claim_fits(claim, asked_kinds(prepared.question)))] or claims
        if source is None and not claims:
            # No usable quote and nothing to check against one: the sentence that clearly
            # answers, where one does (the model wrote 「本社・営業所」 for the 工場's deadline),
            # else judged as free prose.
            found = answering_sentence(prepared)
            if found is not None:
                return _answer_from(found, prepared)
            if language == "ja" and (not _written_in(body, prepared.passages) or asks_the_most(prepared.question)) or language == "en" and not _LATIN_WORD.search(body):
                # (Nor a name for 「一番伸びたのは？」 that no sentence says has the most, nor a table computed.)
                # Words no passage writes (「name_change」 for 「名称変更と所在地変更のどちら」); an English
                # question answered by a Japanese word alone (「中央校」 for "Who…?") with no quote to show it stands.
                telemetry.observe_answer_check("refused")
                return Answer(text=NOT_FOUND[language], refused=True)
            return finish(answer_text, prepared)
        holding = _not_a_row_for_it(holding_sentence(claims, prepared, source), prepared)
        if holding is not None and language == "ja" and (timed := when_instead(holding, prepared.sentences, prepared.question)):
            return _answer_from((timed, None), prepared)
        if holding is not None and source is None and language != "ja" and (nearest := max(prepared.sentences, key=lambda shown: shown.similarity)) is not holding and not keyed_by_question(holding, prepared) and not labelled_by_question(holding, prepared):
            # An English answer with no verified quote: the Japanese rows look alike to the
            # question (「月60時間以内」 and 「月60時間を超える」 both 0.85), so only the one it is
            # nearest to may stand for it (where that one says the same, it stands).
            holding = nearest if claims and all(is_supported(claim, [visible(nearest)]) for claim in claims) else None
        if holding is not None and language == "ja" and (clearly := answering_sentence(prepared)) and clearly[0].text != holding.text and (
            holding.coverage < QUOTE_COVERAGE or clearly[0].coverage > holding.coverage or keyed_by_question(clearly[0], prepared)
        ) and not (TABLE_CELL_SEPARATOR in visible(holding) and DEFERS_TO_A_TABLE.search(visible(clearly[0]))):
            # (Not the sentence that leads into the row's table, 「…共用部設備工事費は1棟につき次の表のとおりとする」.)
            # A side line (「千葉工場・岡山工場 11月27日」, or the 配送料 below the 最低受注金額 asked)
            # beside the sentence that clearly answers and holds more of the question; what of the
            # model's answer that sentence does not state is recorded as unsupported.
            unsupported = [claim.text for claim in claims if not vouched(claim, [visible(clearly[0])], prepared.question)]
            return _answer_from(clearly, prepared, unsupported, check="marked" if unsupported else "supported")
        if holding is not None and asked_kinds(prepared.question) and answers_with_its_key(body, holding, prepared.question):
            holding = source = None  # the band a row is for, as the model read it, is no amount asked
        if holding is not None and language == "ja" and (step := outnaming_sibling(holding, prepared.sentences, prepared.question)) and TABLE_CELL_SEPARATOR not in visible(step) and _gives_the_value(step, prepared):
            return _answer_from((step, None), prepared)  # 「15日目：…電話で連絡する。」 for 「電話をかけるのは何日目？」, not the 60日目 step quoted
        if holding is not None and (_outranked(holding, prepared) or language == "ja" and in_a_siblings_clause(visible(holding), claims, prepared.question)):
            holding = None
        if holding is not None and language == "en" and for_a_case_not_asked(prepared.question, holding, prepared.passages[holding.passage - 1], prepared.keywords):
            holding = None  # the 10月 row for "in fiscal 2026", the part-timers' row for "an employee"
        if holding is not None and source is not None and visible(holding) != visible(source) and source.coverage > holding.coverage and _gives_the_value(source, prepared):
            holding = None  # the model quoted 「15日目：…電話で連絡する。」 and answered the 30日目 of the line after it
        # The model's own quote stands for its answer where it names what was asked, with its
        # headings and the sentence before (「主郭部」 from the 中堀 sentence is no answer about the
        # 天守, nor the staff's 「1人あたり3,800円」 about the family's subsidy).
        if holding is not None and (a_plan_for_what_happened(prepared.question, visible(holding)) or a_closure_for_a_start(prepared.question, visible(holding))):
            holding = None  # (nor 「…4日間は休業いたします」 for 「何日から配送？」)
        if holding is not None and (holding is source and language == "ja" and names_its_subject(holding, prepared) or sentence_is_about_question(holding, prepared)) and numbers_its_names(holding, prepared) and not states_a_change(holding, prepared):
            passage = prepared.passages[holding.passage - 1]
            # Each figure as the sentence writes it: a bare 「1000」 from 「1,000円」 is no number of days.
            united = with_cell_units(visible(holding), passage)
            written = [found for found in extract_claims(united) if any(is_supported(claim, [found.text]) for claim in claims)]
            # A figure no claim of the sentence gives as written (「約74メートル」 from 「74棟」) is none of its.
            figures = [claim for claim in claims if claim.kind != "name"]
            if (
                (written or not figures)
                and answers_what_was_asked(prepared.question, written or claims, united if written else "")  # (offsets into the text with its units)
                and not answers_another_time(written or claims, holding, prepared)
                # A row the question keys by its cells has been judged by its own (row_names_the_subject).
                and (passage_is_about_question(prepared.question, passage, language) or keyed_by_question(holding, prepared))
            ):
                cell = cell_answer(claims, holding, prepared)
                cell = _cell_written(body, holding) if cell is None else cell
                if cell == "":
                    telemetry.observe_answer_check("refused")
                    return Answer(text=NOT_FOUND[language], refused=True)
                telemetry.observe_answer_check("supported")
                if cell is None and re.fullmatch(r"[\d,.]+", body) and len({found.text for found in written}) == 1:
                    body = written[0].text  # a bare 「3」 as the sentence writes it: 「3日」 of 「週3日まで」
                if cell is None and (own := outside_the_aside(body, visible(holding), prepared.question)):
                    body = own  # 「50%減額（市民会館の…ときは30%減額）」: not the aside's 30%
                body = _stated(cell or body, prepared, holding)
                text = f"{body} [{holding.passage}]\n{_shown_quote(holding, language)}"
                return Answer(text=text, citations=map_citations(text, prepared.passages), grounded=True)
        # What the quote does not state (or, with no quote, no passage).
        sources = [visible(source)] if source else [f"{p.title}\n{p.text}" for p in prepared.passages]
        unsupported = [claim.text for claim in claims if not vouched(claim, sources, prepared.question)]
        telemetry.observe_unsupported_claims(len(unsupported))
    if source is None:
        return _refusal_or_the_answering_sentence(prepared, unsupported)
    quoted_passage = prepared.passages[source.passage - 1]
    if (
        (quote_covers_question(source) or language == "en" and _A_PLACE_FOR_WHERE.search(prepared.question) is not None and _PLACE.search(visible(source)) is not None)
        and not a_plan_for_what_happened(prepared.question, visible(source)) and not a_closure_for_a_start(prepared.question, visible(source))  # next year's 目標 for 「…was」
        and not _outranked(source, prepared)
        and numbers_its_names(source, prepared)
        and not states_a_change(source, prepared)
        and (language != "ja" or names_its_subject(source, prepared))
        and (language == "ja" or names_the_questions_words(prepared.question, source, prepared.sentences, prepared.passages) and not names_only_for_a_figure(prepared.question, visible(source)))
        and answers_what_was_asked(prepared.question, extract_claims(united := with_cell_units(visible(source), quoted_passage)), united)  # (a count table's figures are no price)
        and not says_only_what_was(source, prepared)
        and passage_is_about_question(prepared.question, quoted_passage, language)
        and not (language == "en" and for_a_case_not_asked(prepared.question, source, quoted_passage, prepared.keywords))
    ):
        # A row's cell the question names leads (「2027年度（計画）: 90億円」 where the model's own
        # answer was the next row's), as when no model answered (_answer_from).
        cell = cell_answer([], source, prepared)
        if cell == "":
            telemetry.observe_answer_check("refused")
            return Answer(text=NOT_FOUND[language], refused=True, unsupported=unsupported)
        if language == "ja" and (clearly := answering_sentence(prepared)) and clearly[0].text != source.text and clearly[0].coverage > source.coverage:
            source, cell = clearly  # the rule the model quoted (「…5日以上休業したときは…」) beside the sentence that answers (「…（12日）延長します。」)
        return _answer_from((source, cell), prepared, unsupported, check="marked" if unsupported else "supported")
    return _refusal_or_the_answering_sentence(prepared, unsupported)


# "Where do we evacuate to?": a quote that says a place (「避難場所は中央公園です。」) covers it.
_A_PLACE_FOR_WHERE, _PLACE = re.compile(r"^\s*where\b", re.IGNORECASE), re.compile(r"場所|所在地|会場|集合場所|避難先")


def _gives_the_value(sentence: Sentence, prepared: Prepared) -> bool:
    """A value of the kind asked, in a sentence that names what was asked (with the one before it)."""
    found = extract_claims(visible(sentence))
    return bool(asked_kinds(prepared.question)) and answers_what_was_asked(prepared.question, found, visible(sentence)) and names_its_subject(sentence, prepared)


def _not_a_row_for_it(sentence: Sentence | None, prepared: Prepared) -> Sentence | None:
    """None for one table row read as the answer to 「一番伸びたのはどの品目？」: which row has the most
    is computed over the whole table (superlative_row) or said by a sentence, never one row's; nor,
    in English, the row of a variant (「ランチ付き1日券」 for "a one-day ticket", beside the 「1日券」 row)."""
    if sentence is not None and TABLE_CELL_SEPARATOR in visible(sentence) and (
        (asks_the_most(prepared.question) if prepared.language == "ja" else asks_the_most_in_english(prepared.question) or named_inside_another(sentence, prepared))
    ):
        return None
    return sentence


_SAYS_WHAT_WAS = re.compile(r"まで(?:は|の)[^。]*(?:であった|だった)|(?:改定|改正|改訂|変更)前|従前")


def _outranked(sentence: Sentence, prepared: Prepared) -> bool:
    """Whether a Japanese sentence the model took holds few of the question's words while
    others that hold them give a value of the asked kind: the 採用説明会's date for 「いつから
    動く」, beside 「2027年10月1日：伊勢崎センター稼働」."""
    if asks_an_earlier_time(prepared) and _SAYS_WHAT_WAS.search(visible(sentence)):
        return False  # 「改正前は何日」: 「…2027年3月31日までは5日であった」, whatever holds more of its words now
    if prepared.language == "ja" and another_kind_of_fee(visible(sentence), prepared.asked or prepared.question, [visible(shown) for shown in prepared.sentences]):
        return True  # 「再発行手数料は1,100円」 for 「払い戻すときの手数料」, beside 「…払戻手数料550円…」
    return prepared.language == "ja" and (outnamed_by_a_sibling_row(sentence, prepared.sentences, prepared.question) or sentence.coverage < QUOTE_COVERAGE and any(
        other.coverage >= QUOTE_COVERAGE and answers_what_was_asked(prepared.question, extract_claims(visible(other)), visible(other))
        for other in prepared.sentences
    ))


def _written_in(text: str, passages: Sequence[Passage]) -> bool:
    """Whether a passage writes the text, 全角/半角, spacing and a closing 「です。」 aside."""
    wanted = re.sub(r"(?:です|でした|である|となります|になります)?[。.]?$", "", comparable(text))
    return bool(wanted) and any(wanted in comparable(f"{p.title}\n{p.text}") for p in passages)


def _refusal_or_the_answering_sentence(prepared: Prepared, unsupported: Sequence[str] = ()) -> Answer:
    if prepared.language == "ja":  # (no sentence of another kind of fee: 「再発行手数料」 for 「払い戻すときの手数料」)
        shown = [visible(sentence) for sentence in prepared.sentences]
        prepared = replace(prepared, sentences=[sentence for sentence in prepared.sentences if not another_kind_of_fee(visible(sentence), prepared.asked or prepared.question, shown)])
    found = answering_sentence(prepared)
    if found is not None and prepared.language == "ja" and (timed := when_instead(found[0], prepared.sentences, prepared.question)):
        found = (timed, None)
    if found is None:
        telemetry.observe_answer_check("refused")
        return Answer(text=NOT_FOUND[prepared.language], refused=True, unsupported=list(unsupported))
    return _answer_from(found, prepared, unsupported)


def _answer_from(found: tuple[Sentence, str | None], prepared: Prepared, unsupported: Sequence[str] = (), *, check: str = "supported") -> Answer:
    """A sentence, quoted, under the cell it answers with: one the model's verified quote named
    or one chosen without the model."""
    telemetry.observe_answer_check(check)
    sentence, cell = found
    words = list(prepared.keywords) if prepared.language == "en" else sorted(question_terms(prepared.question))
    if (row := referred_row(sentence, prepared.passages, words)) is not None and (in_row := cell_answer([], row, prepared)) != "":
        sentence, cell = row, in_row or None  # 「紛失したときは第5条の表の「車両の紛失」の額」: that row's amount
    quoted = _shown_quote(sentence, prepared.language)
    if cell is None and prepared.language == "en":
        cell = _the_one_value(sentence, prepared)  # "By what date…": "December 3, 2027 (2027年12月3日)" above the quote
    text = f"{_stated(cell, prepared, sentence)} [{sentence.passage}]\n{quoted}" if cell else f"{quoted} [{sentence.passage}]"
    return Answer(text=text, citations=map_citations(text, prepared.passages), grounded=True, unsupported=list(unsupported))


def finish(text: str, prepared: Prepared) -> Answer:
    text = text.strip()
    if any(phrase in text for phrase in MODEL_SAYS_NOT_FOUND) and len(text) < 60:
        return Answer(text=NOT_FOUND[prepared.language], refused=True)
    citations = map_citations(text, prepared.passages)
    if not citations:
        quoted = attribute(text, prepared.passages)
        if quoted is not None:
            text = f"{text} [{quoted}]"
            citations = map_citations(text, prepared.passages)
    shown, unsupported, replace = check_claims(text, citations, prepared.passages, prepared.language, prepared.question)
    cited = [prepared.passages[c.n - 1] for c in citations] or prepared.passages
    if not any(passage_is_about_question(prepared.question, passage, prepared.language) for passage in cited):
        replace = True  # the passages it rests on are about something else
    telemetry.observe_answer_check("refused" if replace else "marked" if unsupported else "supported")
    if replace:
        return Answer(text=NOT_FOUND[prepared.language], refused=True, unsupported=unsupported)
    return Answer(text=shown, citations=citations, grounded=bool(citations), unsupported=unsupported)


def answer_stream(
    *, actor: Actor, question: str, k: int | None = None, history: Sequence[dict[str, str]] = (), model: str | None = None,
    attachments: Sequence[Passage] = (),
) -> Iterator[dict[str, Any]]:
    """Events: {"type": "delta", "text"} while the model writes, then one {"type": "done", ...}."""
    started = time.monotonic()
    first_token: float | None = None
    chosen = route_question(actor=actor, question=question)
    prepared = prepare(actor=actor, question=question, k=k, history=history, model=model, attachments=attachments)
    if prepared.messages is None:
        text = prepared.reply or NOT_FOUND[prepared.language]
        elapsed = time.monotonic() - started
        telemetry.observe_answer(elapsed, elapsed, True)
        yield {"type": "delta", "text": text}
        yield {"type": "done", **Answer(text=text, refused=True, route=chosen.as_json()).as_json(), "refused": True}
        return
    parts: list[str] = []
    quoted = bool(prepared.sentences)
    # The with-block closes the HTTP stream (and frees the concurrency slot) even when the
    # reader stops early: the stop button, or a browser that went away.
    # A quote-mode reply is JSON: its "answer" is shown as it comes, and the checked answer
    # (the "done" event) replaces it.
    answer_field = AnswerFieldStream()
    masking = masks_answers(actor)  # the checked, masked "done" event is then the only text shown
    with components.llm().stream_chat(prepared.messages, model=model, adapter=chosen.adapter, **_generation(prepared)) as stream:
        for delta in stream:
            if first_token is None:
                first_token = time.monotonic() - started
            parts.append(delta)
            shown = answer_field.feed(delta) if quoted else delta
            if shown and not masking:
                yield {"type": "delta", "text": shown}
    answer = finish_quoted("".join(parts), prepared) if quoted else finish("".join(parts), prepared)
    answer.route = chosen.as_json()
    answer = answer_masked(answer) if masking else answer
    # Recorded before the last yield: a reader that stops there never resumes this generator.
    telemetry.observe_answer(first_token, time.monotonic() - started, answer.refused)
    yield {"type": "done", **answer.as_json(), "refused": answer.refused}


def answer_question(
    *, actor: Actor, question: str, k: int | None = None, history: Sequence[dict[str, str]] = (), model: str | None = None, chosen: Route | None = None,
    attachments: Sequence[Passage] = (),
) -> Answer:
    """`chosen`: a route decided by the caller (evaluate --specialist compares with and without).
    `attachments`: passages of a page attached to the question (rag/attachments.py)."""
    chosen = chosen or route_question(actor=actor, question=question)
    prepared = prepare(actor=actor, question=question, k=k, history=history, model=model, attachments=attachments)
    if prepared.messages is None:
        return Answer(text=prepared.reply or NOT_FOUND[prepared.language], refused=True, route=chosen.as_json())
    text = components.llm().chat(prepared.messages, model=model, adapter=chosen.adapter, **_generation(prepared))
    answer = finish_quoted(text, prepared) if prepared.sentences else finish(text, prepared)
    answer.route = chosen.as_json()
    return answer_masked(answer) if masks_answers(actor) else answer


def _generation(prepared: Prepared) -> dict[str, Any]:
    if prepared.sentences:
        # A quote and a short answer; the schema keeps a small model to the shape.
        return {"max_tokens": 256, "temperature": 0.0, "json_schema": REPLY_SCHEMA}
    return {"max_tokens": 512, "temperature": 0.1}
