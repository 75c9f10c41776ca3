"""What a question is answered from: the search (a follow-up's too, and an English question's in
Japanese), the passages and the few sentences chosen inside them, and the prompt the model is
given (rag/answering.py asks it and checks the reply)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from django.conf import settings

from appliance import components
from appliance.telemetry import audit
from appliance.tenancy.selectors import Actor
from appliance.text.japanese import language_of
from rag.answer_checks import Prepared
from rag.asked import asks_the_most
from rag.bands import with_the_band_row, within_the_band
from rag.crosslingual import japanese_question
from rag.defined_periods import in_the_tables_periods, keywords_in_the_tables_periods
from rag.english_keywords import english_keywords, english_search_text
from rag.followups import core_query, keyed_by_more, previous_user_turn, rewrite_is_safe, search_queries, standalone_question
from rag.grouped_names import with_its_group
from rag.numbered_names import of_the_rounds_asked
from rag.prompts import NOT_FOUND, build_messages, condense_messages
from rag.question_words import with_western_years
from rag.quoting import build_quote_messages, select_sentences, with_written_forms
from rag.retrieval import Passage, SearchResult, rest_of_documents, search
from rag.row_keys import with_the_groups_total
from rag.safety import classify, reply_for
from rag.senders import with_the_signature
from rag.superlatives import superlative_row
from rag.table_leads import with_the_introduced_row
from rag.table_rows import with_the_named_row
from rag.total_rows import with_the_total_row


def condense_question(*, question: str, history: Sequence[dict[str, str]], model: str | None = None) -> str | None:
    """A follow-up ("それはいつから？") rewritten by the model as a standalone question, or
    None when the rewrite is not safe to use (rag/followups.py)."""
    messages = condense_messages(question=question, history=history)
    rewritten = components.llm().chat(messages, model=model, max_tokens=80, temperature=0.0).strip()
    candidate = rewritten.splitlines()[0].strip() if rewritten else ""
    return candidate if rewrite_is_safe(candidate, question=question, history=history) else None


def _search_for(actor: Actor, question: str, history: Sequence[dict[str, str]], k: int, model: str | None) -> tuple[SearchResult, str]:
    queries = search_queries(question, history)
    expanded = with_written_forms(question)
    if expanded != question:
        queries.append(expanded)  # ボーナス: 賞与 too
    if history and settings.FOLLOWUP_REWRITE:
        rewritten = condense_question(question=question, history=history, model=model)
        if rewritten:
            queries = [rewritten]
    best: tuple[SearchResult, str] | None = None
    for query in queries:
        result = search(actor=actor, query=query, k=k, expand_neighbours=settings.ANSWER_NEIGHBOURS)
        score = (result.relevant, result.best_dense_score or 0.0)
        if best is None or score > (best[0].relevant, best[0].best_dense_score or 0.0):
            best = (result, query)
    assert best is not None
    if (core := core_query(question)) is not None and not history:
        # 「日曜日に湯けむりの郷の岩盤浴を1時間半使うと…」: searched by its things alone too (湯けむり 岩盤浴
        # 料金), the table rows keyed by a thing the found passages' rows do not key are shown as well.
        found = search(actor=actor, query=core, k=k, expand_neighbours=settings.ANSWER_NEIGHBOURS)
        if (keyed := keyed_by_more(question, found.passages, best[0].passages)) is not None:
            best = (replace(best[0], passages=[*best[0].passages, keyed]), best[1])
    return best


def prepare(
    *, actor: Actor, question: str, k: int | None = None, history: Sequence[dict[str, str]] = (), model: str | None = None,
    attachments: Sequence[Passage] = (),
) -> Prepared:
    audit("question", organization=actor.organization_slug, user_id=actor.user_id, question=question)
    language = language_of(question)
    question = with_western_years(question) if language == "ja" else question
    verdict = classify(question)
    if verdict.harmful:
        # Whatever the documents say: nothing is retrieved, the model is not asked.
        return Prepared(question, language, [], None, reply=reply_for(verdict, language))
    result, query = _search_for(actor, question, history, k or settings.ANSWER_PASSAGES, model)
    keywords: tuple[str, ...] = ()
    if language == "en" and not result.relevant and not history:
        # Under the English gate: the Japanese words a document writes for the question's
        # phrases and names (no model call) may still find where it is answered.
        expanded = english_search_text(question, None)
        if expanded != question:
            retried, _ = _search_for(actor, expanded, (), k or settings.ANSWER_PASSAGES, model)
            if retried.relevant:
                result, query = retried, expanded
    if attachments:
        # An attached page (rag/attachments.py) is read first; the documents still answer beside it.
        result = SearchResult([*attachments, *(result.passages if result.relevant else [])], True, result.best_dense_score)
    meant = question
    previous = previous_user_turn(history) if history and language == "ja" else None
    if previous:
        # 「課長だといくら？」 → 「課長が東京23区に出張して泊まる場合、宿泊料の上限はいくら？」:
        # searched, chosen and checked as the whole question the user means.
        meant = standalone_question(question, previous, [passage.text for passage in result.passages])
        if meant != question:
            again = search(actor=actor, query=meant, k=k or settings.ANSWER_PASSAGES, expand_neighbours=settings.ANSWER_NEIGHBOURS)
            if again.relevant:
                result, query = again, meant
    if not result.relevant:
        return Prepared(question, language, [], None, reply=NOT_FOUND[language], search_query=query)
    if meant != question:
        sentences = select_sentences(with_written_forms(meant), result.passages) if settings.ANSWER_FORMAT == "quote" else []
        sentences = within_the_band(meant, sentences)
        if sentences:
            messages = build_quote_messages(question=meant, sentences=sentences, language=language, history=history, asked=question)
            return Prepared(meant, language, result.passages, messages, search_query=query, sentences=sentences, asked=question)
        messages = build_messages(question=question, passages=result.passages, language=language, history=history)
        return Prepared(meant, language, result.passages, messages, search_query=query, asked=question)
    if language == "ja":
        question = with_its_group(question, result.passages)  # 「潮見店で…」: 臨海エリアで, as its price list's columns are keyed
    chosen_by = with_written_forms(question) if language == "ja" else question
    if language == "en":
        # Relevant in English: searched again, and its sentences chosen, in Japanese: the
        # model's translation with the words a document writes for the question's phrases
        # (課長 for "section manager", which the translation tends to drop).
        japanese = japanese_question(question, model=model) if settings.TRANSLATE_ENGLISH_QUESTIONS else None
        keywords = tuple(english_keywords(question, "\n".join(passage.text for passage in result.passages)))
        chosen_by = " ".join([japanese or question, *keywords])
        if chosen_by != question:
            translated, _ = _search_for(actor, chosen_by, (), k or settings.ANSWER_PASSAGES, model)
            if translated.relevant:
                # The dictionary's words the passages now found write too (千葉 for "Chiba").
                found = "\n".join(passage.text for passage in [*result.passages, *translated.passages])
                keywords = tuple(english_keywords(question, found))
                chosen_by = " ".join([japanese or question, *keywords])
                result = SearchResult([*attachments, *translated.passages], True, translated.best_dense_score)
                query = chosen_by
    sentences = select_sentences(chosen_by, result.passages) if settings.ANSWER_FORMAT == "quote" else []
    # 「12.3キロなんだけど」: the 11〜15km row alone of a banded table (rag/bands.py).
    sentences, shown = with_the_band_row(question, sentences, result.passages, lambda found: rest_of_documents(actor=actor, passages=found))
    sentences, shown = with_the_signature(question, sentences, shown, lambda found: rest_of_documents(actor=actor, passages=found))  # "Who sent …?"
    result = SearchResult(shown, result.relevant, result.best_dense_score)
    if language == "ja" and sentences:
        # 「祖母が亡くなった」: the 祖父母の死亡 row of the table 「…次の表の日数の慶弔休暇を与える。」 leads into.
        sentences, shown = with_the_introduced_row(question, sentences, shown, lambda found: rest_of_documents(actor=actor, passages=found))
        result = SearchResult(shown, result.relevant, result.best_dense_score)
        # 「要介護3の…」: the row the question names, where the search found its table's other rows.
        sentences, shown = with_the_named_row(question, sentences, result.passages, lambda found: rest_of_documents(actor=actor, passages=found))
        # 「全部合わせると？」: the table's total row, where the search found only its parts.
        sentences, shown = with_the_total_row(question, sentences, shown, lambda found: rest_of_documents(actor=actor, passages=found))
        # 「港南店の前年度比は？」: the store's own total row, where the search found one of its clinics' rows.
        sentences, shown = with_the_groups_total(question, sentences, shown, lambda found: rest_of_documents(actor=actor, passages=found))
        question = in_the_tables_periods(question, sentences, shown, lambda found: rest_of_documents(actor=actor, passages=found))  # 「6月の平日」: 「通常期の平日」
        result = SearchResult(shown, result.relevant, result.best_dense_score)
    elif language == "en" and sentences:
        # "in total in fiscal 2026": the 年間合計 row, where the search found the months (its keywords name the month asked).
        sentences, shown = with_the_total_row(" ".join([question, *keywords]), sentences, result.passages, lambda found: rest_of_documents(actor=actor, passages=found))
        keywords = keywords_in_the_tables_periods(question, keywords, sentences, shown, lambda found: rest_of_documents(actor=actor, passages=found))  # "on a Saturday in October"
        sentences = of_the_rounds_asked(keywords, sentences, result.passages)  # "the first course": not the 第2回 line
        result = SearchResult(shown, result.relevant, result.best_dense_score)
    if sentences:
        messages = build_quote_messages(question=question, sentences=sentences, language=language, history=history)
        return Prepared(question, language, _with_whole_tables(actor, question, result.passages), messages, search_query=query, sentences=sentences, keywords=keywords)
    messages = build_messages(question=question, passages=result.passages, language=language, history=history)
    return Prepared(question, language, result.passages, messages, search_query=query)


def _with_whole_tables(actor: Actor, question: str, passages: list[Passage]) -> list[Passage]:
    """「肥料が一番多かったのは何月？」 of a twelve-month sheet cut into chunks: the passages shown,
    then the rest of their documents, where that makes a table whole (rag/superlatives.py). The
    model is shown the first ones only; an answer computed over the rest cites the chunk it read."""
    if language_of(question) != "ja" or not asks_the_most(question) or superlative_row(question, passages) is not None:
        return passages
    whole = [*passages, *rest_of_documents(actor=actor, passages=passages)]
    return whole if superlative_row(question, whole) is not None else passages
