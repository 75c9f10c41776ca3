"""An English question's answer, found in the sentences shown without trusting the model.

The 0.5B model reads Japanese tables badly when asked in English: on the workplace set it
answered 25% from the 月60時間以内 row for "beyond 60 hours", 45,000 from the 2025年度 row
for "fiscal 2026", and often quoted nothing (bench/RESULTS.md, session 8). The question's
Japanese keywords (the glossary's, the dictionary's, its months, spans and figures, its
names: rag/english_keywords.py `english_keywords`) pick the sentence that holds most of them, and
in a table row the column they name: 「岡山工場 9月: 0.57%」 for "the Okayama factory's
defect rate in September". Only a sentence clearly ahead of every other is taken.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from appliance.text import english
from appliance.text.japanese import TABLE_CELL_SEPARATOR
from rag.asked import NUMBERED_AS, answers_what_was_asked, asked_kinds, claim_fits, is_dateline, with_column_unit
from rag.bands import holds_the_stated, holds_the_stated_quantity, is_the_band_asked, writes_another_quantity, writes_the_stated_quantity
from rag.claims import ARTICLE_NUMBER, extract_claims
from rag.english_keywords import all_of, held_keywords, japanese_terms
from rag.english_names import latin_names_written, names_only_variants, romaji_names_written, visible, writes_names
from rag.numbered_names import other_terms
from rag.question_words import PEOPLE
from rag.quoting import ASKS_AN_AVERAGE, Sentence, named_cells, names_the_english_subject, passage_heading, passage_is_about_question, split_sentences
from rag.retrieval import Passage
from rag.row_keys import PLACEHOLDER
from rag.table_intros import block_label

# The topics a Japanese sentence states: 「…中堀の内側は」, 「開封率は」 (not the は of には, では),
# and the words that open another point: 「また、」, 「なお、」.
_TOPIC = re.compile(r"([\u4e00-\u9fffァ-ヶー々A-Za-z0-9]+)は")
_NEW_POINT = re.compile(r"(?:また|なお|一方|さらに|ただし|他方)[、，]")


def preceding_sentence(sentence: Sentence, passage: Passage, asked_terms: set[str] | None = None) -> str:
    """The sentence of prose before this one, whose subject a Japanese sentence often leaves
    unsaid: 「対象者は1,284名で、添付ファイルの開封率は8.6％」 follows 「7月に…実施した標的型メール
    訓練の結果が報告された。」. "" for a table row (its heading and header speak for it), and,
    given a Japanese question's terms, for a sentence that opens another point and whose every
    topic is something else:
    「また、主郭部を含む中堀の内側は…特別史跡に指定されている」 says its own subject and borrows
    no 天守 from the sentence before it."""
    if TABLE_CELL_SEPARATOR in visible(sentence):
        return ""
    topics = _TOPIC.findall(visible(sentence))
    new_point = _NEW_POINT.match(visible(sentence))
    if asked_terms is not None and new_point and topics and not any(term in topic for topic in topics for term in asked_terms if len(term) > 1):
        return ""
    pieces = split_sentences(passage.text)
    place = next((index for index, piece in enumerate(pieces) if piece == visible(sentence)), 0)
    previous = pieces[place - 1] if place else ""
    return "" if TABLE_CELL_SEPARATOR in previous else previous


def named_in_its_paragraph(question: str, sentence: Sentence, passages: Sequence[Passage]) -> bool:
    """Whether the paragraph a sentence of prose stands in (with its passage's headings) names an
    English question's subject: the clause 「5km以上10km未満は7,100円」 of the paragraph that opens
    「…職員の通勤手当の月額は、…次のとおりとする。」, for "the commuting allowance … 7 km one way"."""
    passage = passages[sentence.passage - 1]
    paragraph = next((line for line in passage.text.splitlines() if visible(sentence) in line), visible(sentence))
    return names_the_english_subject(question, f"{passage_heading(passage)}\n{paragraph}")


def names_the_questions_words(question: str, sentence: Sentence, sentences: Sequence[Sentence], passages: Sequence[Passage]) -> bool:
    """Whether a sentence the model quoted (or the nearest one) names what an English question
    names: itself, under its headings, the glossary's subjects; its passage the dictionary's
    words for the question's other words wherever a shown sentence writes them, one in three
    past the first forgiven. The 工場監査 date is no answer to "the Okayama factory's last
    shipment day" while a shown row writes 出荷 and the audit's passage does not. (A sentence
    chosen by its keywords is not held to this: 従業員 for "employee" where the row says 本人.)"""
    passage = passages[sentence.passage - 1]
    # A sentence of prose with the one before it, which often names what it leaves unsaid:
    # 「避難場所は中央公園です。」 follows 「地震が発生したら…」 ("where do we evacuate to in an earthquake").
    previous = preceding_sentence(sentence, passage)
    if not names_the_english_subject(question, f"{passage_heading(passage)}\n{previous}\n{visible(sentence)}"):
        return False
    # The question's own 巡回文庫, which the 館外貸出 sentence does not write; a title's
    # 「育児・介護休業規程」 writes no 介護休業 for each of its sentences.
    own = f"{' '.join(passage.heading_path)}\n{previous}\n{visible(sentence)}"
    if not all(term in own for term in japanese_terms(question)):
        return False
    if not keeps_negation(question, visible(sentence), "\n".join(shown.text for shown in sentences)):
        return False
    context = f"{passage.title}\n{passage_heading(passage)}\n{passage.text}"
    phrases = _shown_phrases(_without_name_suffixes(question), "\n".join(shown.text for shown in sentences))
    missing = [forms for forms in phrases if not any(english.writes(form, context) for form in forms)]
    return len(missing) <= max(len(phrases) - 1, 0) // 3





# The word a romaji name ends with (the Kohan Line, Aonuma (青沼) station, the Okaya factory) is
# part of the name the passage writes in kanji (湖畔線, 青沼駅): no word of its own to find.
_NAME_SUFFIX = re.compile(r"\b([A-Z][a-z]+(?:\s*\([^)]*\))?\s+)(?i:line|station|factory|plant|branch|office|campus|hall|center|centre|store|shop|hospital|school)\b")


def _without_name_suffixes(question: str) -> str:
    return _NAME_SUFFIX.sub(lambda match: match.group(1).rstrip(), question)


@lru_cache(maxsize=32)
def _shown_phrases(question: str, shown: str) -> tuple[tuple[str, ...], ...]:
    # One answer asks up to three times (the model's quote, the quote branch, the nearest
    # sentence) over the same shown sentences.
    # A word the glossary gives more forms for is written by any of them: "fiscal year" is
    # 年度 in the dictionary, and 期 (「2026年3月期」, 「前期」) in a results deck.
    glossary = [term.japanese for term in english.subject_terms(question)]
    return tuple(
        tuple(dict.fromkeys([*forms, *(form for same in glossary if set(same) & set(forms) for form in same)]))
        for forms in english.dictionary_phrases(question, shown)
    )


def _values(text: str) -> str:
    """What a sentence states: a row's values without its columns' names (「千葉工場 9月:
    99.7%」 gives a rate, not a date), any other sentence whole."""
    cells = named_cells(text)
    # An extension or a code (「内線: 2120」) states no value: it names where to call.
    # A bare figure with its column's unit (「乗車人員 2026年度（人/日）: 1,021」 is 1,021人).
    return " | ".join(with_column_unit(column, value) for column, value in cells if not NUMBERED_AS.search(column)) if cells else text


# "phase 1", "Plant 2", "the 3rd wave": the number of a numbered thing the question names.
_ENGLISH_NUMBERED = re.compile(
    r"\b(?:phase|plant|wave|stage|step|round|line|building|floor|term|period|quarter|grade|level|no\.?|number|q)\s*(\d{1,2})\b"
    r"|\b(\d{1,2})(?:st|nd|rd|th)\s+(?:phase|plant|wave|stage|step|round|line|building|floor|term|period|quarter|grade|level)\b",
    re.IGNORECASE,
)
# 「第2波」, 「フェーズ3」, 「2号機」, 「第1期」: a row label's numbered name.
_JAPANESE_NUMBERED = re.compile(r"第\s*(\d{1,2})|(?:フェーズ|ステップ|Phase|STEP|No\.?)\s*(\d{1,2})|(\d{1,2})\s*(?:号|期|次)(?!\d)", re.IGNORECASE)


def numbers_another(question: str, sentence: Sentence) -> bool:
    """Whether a table row's label is a numbered thing of another number than the question
    names (the 第2波 row for "phase 1")."""
    asked = {int(a or b) for a, b in _ENGLISH_NUMBERED.findall(question)}
    cells = named_cells(visible(sentence))
    if not asked or not cells:
        return False
    label = cells[0][1]
    written = {int(next(group for group in found if group)) for found in _JAPANESE_NUMBERED.findall(label)}
    return bool(written) and not written & asked


# How a Japanese row writes everyone but what it names, after the word the form begins
# (世帯 of 世帯主以外) or before it: 世帯主以外, 管理職でない, 配偶者なし, 非組合員.
_BUT_AFTER = re.compile(r"[\u4e00-\u9fffァ-ヶー]*?(?:以外|でない|ではない|を除く|なし|無し|のない|がいない|のいない)")
_BUT_BEFORE = ("非", "無")


def _written_as(form: str, text: str) -> list[bool]:
    """For each place the text writes the form: whether it writes everyone but it there."""
    return [
        bool(_BUT_AFTER.match(text, match.end())) or text[: match.start()].endswith(_BUT_BEFORE)
        for match in re.finditer(re.escape(form), text)
    ]


def _writes_but(form: str, text: str) -> bool:
    return any(_written_as(form, text))


def _writes_itself(form: str, text: str) -> bool:
    return not all(found := _written_as(form, text)) and bool(found)


# What a line says was, before the arrow of a change: 「土曜日の電話受付：受付なし → 9:00〜12:00」.
_AN_EARLIER_STATE = re.compile(r"[：:]\s*[^：:→\n]*?\s*→\s*")


def keeps_negation(question: str, text: str, shown: str) -> bool:
    """Whether the text names what an English question names the way it names it: "not the
    head of household" by 世帯主以外 (the 世帯主 row holds 25,000円 and is no answer), and "the
    head of household" by a 世帯主 written for itself."""
    negated = english.negated_phrases(question, shown)
    if any(not any(_writes_but(form, text) for form in forms) for forms in negated):
        return False
    named = [forms for forms in english.dictionary_phrases(question, shown) if forms not in negated]
    return not any(
        any(_writes_but(form, text) for form in forms) and not any(_writes_itself(form, text) for form in forms) for forms in named
    )


def _table_intro(sentence: Sentence, passage: Passage) -> str:
    """The line of prose a table row stands under in its passage: 「パートタイマーのうち…次の表の
    とおり付与する。」 over the part-timers' rows; "" for prose or a row with none."""
    row = visible(sentence)
    lines = (passage.context or passage.text).splitlines()
    if TABLE_CELL_SEPARATOR not in row or row not in lines:
        return ""
    index = lines.index(row)
    while index > 0 and TABLE_CELL_SEPARATOR in lines[index - 1]:
        index -= 1
    return lines[index - 1] if index > 0 else ""


def for_a_case_not_asked(question: str, sentence: Sentence, passage: Passage, keywords: Sequence[str] = ()) -> bool:
    """Whether a row is for a case the question does not ask about: keyed by a figure it does
    not give (「週所定労働日数: 4日」), or under prose that gives it to people it does not name
    (パートタイマー, 契約社員). "How many days of paid leave does an employee get" is asked of
    the row for everyone, not of the part-timers' rows below it."""
    cells = named_cells(visible(sentence))
    if _A_NOTE.match(visible(sentence)) and not re.search(r"\b(?:notes?|counted|definition|defined)\b", question, re.IGNORECASE):
        return True  # a sheet's 注記 line read as a row (「月: 注記：…1件と数える」) is no month's count
    if asks_earlier_in_english(question) and not cells and not _WRITES_AN_EARLIER.search(visible(sentence)) or cells and re.fullmatch(r"(?:年間|年度)?(?:合計|総計|計)", cells[0][1]) and _A_MONTH_IN_ENGLISH.search(question):
        return True  # "before the revision": 「…180円の早朝手当を支給する」 is today's rule; "in October 2026": not the 合計 row
    if TABLE_CELL_SEPARATOR in visible(sentence) and cells and cells[0][0]:
        # A figure in brackets describes the thing the question names (「トラクター（25馬力）」 for "a
        # tractor"), no case of it; of a thing it does not name, it may be the case (「…（週2回）」).
        key = _PRICED_PER_ONE.sub("", cells[0][1])  # 「工事費（1回限り）」: what the price is per, no case
        named = re.sub(r"（[^）]*）|\([^)]*\)", "", key).strip()
        if named and any(len(word) > 1 and word in named for word in keywords):
            key = named
        figures = [claim for claim in extract_claims(key) if claim.kind != "name"]  # パラメータ数 names no case
        asked_numbers = set(re.findall(r"\d+(?:\.\d+)?", question.replace(",", "")))
        given = any(figure in key for figure in english.japanese_figures(question)) or any(
            number in asked_numbers for claim in figures for number in re.findall(r"\d+(?:\.\d+)?", claim.text.replace(",", ""))
        )
        if figures and all(claim.kind == "date" for claim in figures) and re.search(r"\d\s*[月日]", key):
            # "in fiscal 2026" gives the year, not the 「2026年4月」 row: a month's row is asked by its month.
            given = not _keyed_by_a_period_not_asked(sentence, keywords)
        # (A month the question names in English, "March 2027", is its keyword 3月: that row is asked;
        # so is the band that holds the quantity it states, 「501〜2,000部」 for 1,200 flyers.)
        if figures and not given and not any(word == key or key in word for word in keywords) and not holds_the_stated_quantity(question, sentence):
            return True
    asked = [form for term in english.terms(question) for form in term.japanese] + japanese_terms(question)
    intro = _table_intro(sentence, passage)
    intro = intro if re.search(r"[:：]$|次の|以下", intro) else re.sub(r"^[・•*-].*", "", intro.strip())  # (a slide's bullet above it is none)
    return any(word in intro and not any(word in form or form in word for form in asked) for word in PEOPLE)


# 「（1回限り）」, 「（1か所ごと）」, 「（1台につき）」: what a price is for, one at a time (not 「（1名のみ）」, a case).
_PRICED_PER_ONE = re.compile(r"[（(]\s*(?:1\s*[^\d（）()]{1,3}?(?:ごと|毎|あたり|当たり|につき)|1回限り)\s*[）)]")


# 「第38回」 is which meeting, not how many of anything.
_ORDINAL = re.compile(r"第\s*[\d０-９]+\s*\S")


_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=年)")
def _row_key(sentence: Sentence) -> str:
    """A table row's first cell (「月: 月平均」's 月平均); "" for prose."""
    cells = named_cells(visible(sentence)) if TABLE_CELL_SEPARATOR in visible(sentence) else []
    return cells[0][1] if cells else ""


def _period_key(sentence: Sentence) -> str | None:
    """A table row's key where it is a month or a day (「月: 5月」's 5月); None otherwise."""
    key = _row_key(sentence)
    claims = extract_claims(key)
    return key if claims and all(claim.kind == "date" for claim in claims) else None


def _keyed_by_the_period_asked(sentence: Sentence, keywords: Sequence[str]) -> bool:
    """Whether a table row is keyed by a month or a day (「月: 5月」) a keyword names."""
    key = _period_key(sentence)
    return key is not None and any(key == keyword for keyword in keywords if re.search(r"\d", keyword))


def _keyed_by_a_period_not_asked(sentence: Sentence, keywords: Sequence[str]) -> bool:
    """Whether a table row is keyed by a month or a day (「月: 10月」) no keyword names."""
    key = _period_key(sentence)
    return key is not None and not any(key in keyword or keyword in key for keyword in keywords if re.search(r"\d", keyword))


# A sheet's note, read as a line of its first column (「月: 注記：新規加入件数は…1件と数える」).
_A_NOTE = re.compile(r"\s*(?:[^:：|]{1,8}[:：]\s*)?(?:注記|注\d*|※|備考)\s*[：:]")
_AN_AVERAGE_ROW = re.compile(r"平均")


# 「入会金11,000円（改定前8,800円）」: the figure written beside the old one in brackets is the revised one.
_BESIDE_THE_OLD = re.compile(r"\d[\d,]*\s*円?\s*[（(](?:改定前|改正前|旧)")


def _phrase_of(question: str, *, shared: bool = True) -> dict[str, str]:
    """Each Japanese form of the question's phrases, with the phrase it is a form of (a form two
    phrases share, 宿泊 of "accommodation" and "hotel", goes with the later one, or is left out
    where `shared` is False)."""
    found: dict[str, list[str]] = {}
    for term in english.terms(question):
        for form in term.japanese:
            found.setdefault(form, []).append(term.english)
    return {form: phrases[-1] for form, phrases in found.items() if shared or len(set(phrases)) == 1}


def keyword_sentence(
    question: str, keywords: Sequence[str], sentences: Sequence[Sentence], passages: Sequence[Passage], passed_over: Callable[[Sentence], bool] = lambda _: False
) -> Sentence | None:
    """Of the shown sentences that give a value of the kind asked, the one that writes more
    of the keywords than any other (by itself first, then with its passage's headings and,
    for a row, its table's header), or None on a tie."""
    names = latin_names_written(question, passages)
    # No kind of value asked ("What PUE will … have?"): only a name the passages write in Latin
    # letters (PUE) says which sentence holds the value.
    asked = asked_kinds(question)
    if not keywords or not (asked or names):
        return None
    romaji = romaji_names_written(question, passages)
    counted: dict[str, tuple[tuple[int, ...], Sentence]] = {}
    # The forms of one phrase count once: 研修室 and 講習 are no more of "training" than 研修 alone (beside 新任 for "new staff").
    phrase_of = _phrase_of(question)

    def counted_once(words: Iterable[str]) -> int:
        return len({phrase_of.get(word, word) for word in words})

    asked_years = {year for keyword in keywords for year in _YEAR.findall(keyword)}
    shown = "\n".join(sentence.text for sentence in sentences)
    for sentence in sentences:
        if not writes_names([*names, *romaji], sentence, passages) or numbers_another(question, sentence) or names_only_variants(question, visible(sentence)) or writes_another_quantity(question, visible(sentence)):
            continue
        if not keeps_negation(question, _AN_EARLIER_STATE.sub("：", visible(sentence)), shown):  # 「受付なし → 9:00〜12:00」 is no 受付なし now
            continue
        if _A_NOTE.match(visible(sentence)) or any(other_terms(keyword, visible(sentence)) for keyword in keywords if re.search(r"\d", keyword)) and not is_the_band_asked(question, visible(sentence)):
            continue  # a sheet's 注記 line (「…1件と数える」) gives no figure; the 1日券 row is no "two-day ticket" (but 「24時間未満前」 is the band of "20 hours before")
        if is_dateline(visible(sentence)) or passed_over(sentence):
            continue  # 「2026年9月 経営会議資料」: when the deck was written; a value that only was
        if asked_years and (written := set(_YEAR.findall(visible(sentence)))) and not written & asked_years:
            continue  # 「2025年度より…20,000円」 where fiscal 2024 is asked: another year's value
        stated = ARTICLE_NUMBER.sub("", _ORDINAL.sub("", _values(visible(sentence))))  # (not the 2 of 「2　…購入した1日パスは」)
        if not answers_what_was_asked(question, extract_claims(stated), stated, visible(sentence)):
            continue
        # What the sentence itself writes first (the 2026年度 row, not the 2025年度 one under
        # a heading that names 2026年度), then with its headings and its table's header.
        heading = passage_heading(passages[sentence.passage - 1])
        # Then a value written with the asked unit (「C地域: 8,500円」) before a bare one (「23区」).
        with_unit = any(claim_fits(claim, asked) and not re.fullmatch(r"[\d,.]+", claim.text) for claim in extract_claims(stated))
        if not with_unit and heading_counts_another_kind(asked, "\n".join(passages[sentence.passage - 1].heading_path)):
            continue  # "How many funerals": no bare figure of a sheet headed 「プラン別売上高」
        # What it names before when (入学金 over the 2027年度 of a fee table's other columns).
        # (A 「項目：値」 line with the label of its block: 「■3. お客さまセンターの受付時間の変更 / ・土曜日の電話受付：…」.)
        own = sentence.text if block_label(sentence.text) else visible(sentence)
        named = counted_once([word for word in held_keywords(keywords, own) if not re.search(r"\d", word)] + [word for word in keywords if word == "改定後" and _BESIDE_THE_OLD.search(own)])
        # Then the keywords a row's cells are whole (小計 of 「車種区分: 小計」, where 乗用車 is only part of 小型乗用車).
        whole = len({value.strip() for _, value in named_cells(visible(sentence))} & set(keywords))
        # Last, the band row that holds the stated quantity ("prepays exactly 24 months": 24か月以上, not
        # the worked example's 「12か月以上24か月未満」 that writes 24か月 as well).
        # (First of all, the row whose label the question writes in Japanese: "the regular adult (一般) price".)
        label = cells[0][1] if TABLE_CELL_SEPARATOR in visible(sentence) and (cells := named_cells(visible(sentence))) else ""
        written = int(len(label) > 1 and f"({label})" in unicodedata.normalize("NFKC", question))
        # (Before all, the row keyed by the month asked, 「月: 5月」 for "in May", where it names what was asked, over a row of the year that names more.)
        month = int(named > 0 and _keyed_by_the_period_asked(sentence, keywords))
        held = (month, written, named, whole, counted_once(held_keywords(keywords, visible(sentence))), counted_once(held_keywords(keywords, f"{heading}\n{sentence.text}")), int(with_unit), int(is_the_band_asked(question, visible(sentence)) or writes_the_stated_quantity(question, visible(sentence))))
        # The same row shown twice (two passages overlap) is one candidate.
        if visible(sentence) not in counted or held > counted[visible(sentence)][0]:
            counted[visible(sentence)] = (held, sentence)
    ranked = sorted(counted.values(), key=lambda pair: pair[0], reverse=True)
    for_everyone = [pair for pair in ranked if not for_a_case_not_asked(question, pair[1], passages[pair[1].passage - 1], keywords)]
    if for_everyone:
        ranked = for_everyone  # the part-timers' rows only where no other row gives the value
    # A month's row is never the year's answer, even where no other row is shown (when a date
    # is asked, the row's date may be it: 「日付: 5月22日 | 行事: 運動会」).
    ranked = [pair for pair in ranked if "date" in asked or not _keyed_by_a_period_not_asked(pair[1], keywords)]
    if not ASKS_AN_AVERAGE.search(question):
        # "How many … in fiscal 2026": the 合計 row, not the 月平均 row beside it that names as much.
        ranked = [pair for pair in ranked if not _AN_AVERAGE_ROW.search(_row_key(pair[1]))] or ranked
    # "once three years have passed": the sentence of what holds after 3年 (「…3年を経過した後の解約金は…」), not the rule before it.
    spans = [keyword for keyword in keywords if re.fullmatch(r"\d+(?:年|か月|ヶ月|日|週間)", keyword)] if _AFTER_A_SPAN.search(question) else []
    ranked = [pair for pair in ranked if any(span in visible(pair[1]) for span in spans)] or ranked
    if not ranked or ranked[0][0][5] == 0 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][1]


# What a table's bare figures are, as its heading says: amounts of money (「斎場別・プラン別 売上高」),
# or counts (「月別 葬儀施行件数」).
_MONEY_HEADING = re.compile(r"売上|金額|費用|収入|支出|予算|[千万億]?円")
_COUNT_HEADING = re.compile(r"件数|人数|者数|台数|回数|冊数|点数|組数")


def heading_counts_another_kind(asked: frozenset[str], heading: str) -> bool:
    """Whether the heading (its headings, not the document's title, which may name both) says its table's bare figures are of another kind than the one asked:
    money where only a count is asked, or a count where only money is."""
    money, counts = bool(_MONEY_HEADING.search(heading)), bool(_COUNT_HEADING.search(heading))
    if money == counts or not asked:
        return False
    return "円" not in asked if money else asked <= {"円"}


_AFTER_A_SPAN = re.compile(r"\b(?:ha(?:ve|s)|had)\s+(?:passed|elapsed|gone by)\b|\b(?:after|once|beyond|more than)\s+(?:the\s+first\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:years?|months?|days?|weeks?)\b", re.IGNORECASE)


def keyword_answer(
    question: str, keywords: Sequence[str], sentences: Sequence[Sentence], passages: Sequence[Passage], passed_over: Callable[[Sentence], bool] = lambda _: False
) -> tuple[Sentence, str | None] | None:
    """The keyword sentence (and its named cell) when it names what the question names,
    gives the kind of value asked, and its passage is about the question; `passed_over`
    names the sentences that may not answer (a value that only was)."""
    def off_the_subject(sentence: Sentence) -> bool:
        # A table row is a record of its own (the 部長 row, not the 課長 one); a sentence of prose
        # is read in its passage (the drill's 開封率 sentence under 「標的型メール訓練の結果」).
        # The rows' own table is named by the passage's prose (「国内宿泊出張の宿泊料は…次の額を上限
        # として」 above the 職位 rows), other rows aside. (The 宴会 合計 row is passed over for the
        # 婚礼 table's 年間合計 row, "How many weddings … in total".)
        passage = passages[sentence.passage - 1]
        prose = "\n".join(line for line in passage.text.splitlines() if TABLE_CELL_SEPARATOR not in line)
        context = f"{prose}\n{sentence.text}" if TABLE_CELL_SEPARATOR in visible(sentence) else passage.text
        return not names_the_english_subject(question, f"{passage_heading(passage)}\n{context}")

    sentence = keyword_sentence(question, keywords, sentences, passages, lambda shown: passed_over(shown) or off_the_subject(shown))
    if sentence is None:
        return None
    passage = passages[sentence.passage - 1]
    if not passage_is_about_question(question, passage, "en"):
        return None
    cell = keyword_cell(question, keywords, sentence, passage_heading(passage))
    if cell == "":
        # No one column named, of the band row the stated quantity keys (6年6か月以上 for "after 6
        # years and 6 months"): the row quoted whole, rather than another sentence's figure.
        return (sentence, None) if holds_the_stated_quantity(question, sentence) else None
    return sentence, cell


# How far (cosine) an English question's nearest sentence must stand ahead of the next to be
# quoted when the model's reply fails: the rows of one table are often within 0.005.
ENGLISH_QUOTE_MARGIN = 0.012


def nearest_answer(question: str, sentences: Sequence[Sentence], passages: Sequence[Passage]) -> Sentence | None:
    """The question's nearest sentence, clearly ahead of the next, that names what the
    question names (its glossary words and any Japanese it quotes: 「結婚祝金」) and gives
    the kind of value asked, in a passage about it."""
    if len(sentences) < 2:
        return None
    best, second = sorted(sentences, key=lambda shown: shown.similarity, reverse=True)[:2]
    passage = passages[best.passage - 1]
    if best.similarity - second.similarity < ENGLISH_QUOTE_MARGIN or not all(term in visible(best) for term in japanese_terms(question)):
        return None
    if not writes_names([*latin_names_written(question, passages), *romaji_names_written(question, passages)], best, passages) or is_dateline(visible(best)):
        return None
    if not names_the_questions_words(question, best, sentences, passages):
        return None
    if not asked_kinds(question) or not answers_what_was_asked(question, extract_claims(visible(best)), visible(best)):
        return None
    return best if passage_is_about_question(question, passage, "en") else None


_NUMBERED_NAME = re.compile(r"[\u4e00-\u9fff]{2,}\d{1,2}(?:・\d{1,2})?")


def keyword_cell(question: str, keywords: Sequence[str], sentence: Sentence, heading: str = "") -> str | None:
    """In a row of several values of the asked kind, the one cell whose column writes more
    of the keywords than any other, with its column (「岡山工場 9月: 0.57%」); None when the
    row is no such table row or no one column is named; "" when two are named equally. A
    keyword the table's heading writes names the table (手術 of 「手術件数」), not a column,
    where another keyword names one (歯科 of 歯科処置 for "dental procedures")."""
    row = visible(sentence)
    if TABLE_CELL_SEPARATOR not in row:
        return None
    asked = asked_kinds(question)
    # A cell of the asked kind as it writes it: 「12袋」 is no weight, though its bare 12 fits any.
    # With the unit its column names (「売上高（百万円）: 3,142」 is no share in %).
    candidates = [
        (column, value) for column, value in named_cells(row)
        if column and (found := extract_claims(with_column_unit(column, value)))
        and (not asked or (any(claim_fits(claim, asked) for claim in found) and answers_what_was_asked(question, found, value, column)))
        and not _NUMBERED_NAME.fullmatch(value.strip()) and not holds_the_stated(question, column, value)  # (「要介護4・5」, the band of 120 visitors: the row's key, no value)
    ]
    # A date or a figure with its unit, where one is given, before a bare number (「作業日:
    # 2027年1月16日」, not 「段階: 第2波」, for "when").
    with_units = [
        cell for cell in candidates
        if any(claim_fits(claim, asked) and (claim.kind == "date" or not re.fullmatch(r"[\d,.]+", claim.text)) for claim in extract_claims(cell[1]))
    ]
    if len(with_units) == 1 and sum(bool(column and extract_claims(value)) for column, value in named_cells(row)) > 1:
        return f"{with_units[0][0]}: {with_units[0][1]}"  # the one date among other figures
    candidates = with_units or candidates
    if len(candidates) < 2:
        return None
    # A keyword the row's own label writes names the row (研修 of 研修名), not a column.
    label = " ".join(value for column, value in named_cells(row) if not extract_claims(value))
    # (And so do the other forms of its phrase: "accommodation (宿泊)" names the 宿泊 row, not the ホテル雪代 column.)
    phrase_of = _phrase_of(question, shared=False)
    labelled = {phrase_of[keyword] for keyword in keywords if keyword in label and keyword in phrase_of}
    grand = [(column, value) for column, value in candidates if re.fullmatch(r"(?:\S*(?:合計|総計)|計)(?:[（(][^（）()]*[）)])?(?:\s+\S+)?", column.strip())]  # 合計, 「全会場合計 組数」, 「全店合計（人）」
    own = [keyword for keyword in keywords if keyword not in label and phrase_of.get(keyword, keyword) not in labelled]
    # (A month or a year the heading writes, 「品質月報_2026年9月度」, still picks the 9月 column.)
    if heading and (columns := [keyword for keyword in own if keyword not in heading or re.search(r"\d", keyword)]) and any(held_keywords(columns, column) for column, _ in candidates):
        own = columns
    named = [(len(held_keywords(own, column)), column, value) for column, value in candidates]
    named.sort(key=lambda item: item[0], reverse=True)
    # The column the question names most holds no value (「レギュラー期 窓口: －」): no other column's figure stands for it.
    empty = [len(held_keywords(own, column)) for column, value in named_cells(row) if column and PLACEHOLDER.fullmatch(value.strip())]
    if empty and max(empty) > named[0][0]:
        return ""
    # "in total, across all offices", "on all routes in August": the 合計 column, where no other
    # column is named ("the civic hall (市民会館) in total": the 合計 row's 市民会館 column).
    # (A keyword every other column writes names their kind, センター of "the four depots", not one of them.)
    parts = [column for column, value in candidates if (column, value) not in grand]
    kind = {keyword for keyword in own if parts and all(held_keywords([keyword], column) for column in parts)}
    # ("across all offices": 本社 is one of the offices the columns are, not the one asked.)
    kind |= set(all_of(question, plural_only=True))
    if len(grand) == 1 and re.search(r"\btotal\b|\ball\b|\boverall\b", question, re.IGNORECASE) and not any(held_keywords([keyword for keyword in own if keyword not in kind], column) for column in parts):
        return f"{grand[0][0]}: {grand[0][1]}"
    if named[0][0] == 0:
        return None
    if named[1][0] == named[0][0]:
        tied = [(column, value) for score, column, value in named if score == named[0][0]]
        # 「納期遵守率」 beside 「前年度の納期遵守率」: the year asked, unless the year before is.
        this_year = [(column, value) for column, value in tied if not _THE_YEAR_BEFORE.search(column)] if not _ASKS_THE_YEAR_BEFORE.search(question) else []
        if len(this_year) == 1:
            return f"{this_year[0][0]}: {this_year[0][1]}"
        changed = _by_the_change_in_english(question, tied)
        return f"{changed[0]}: {changed[1]}" if changed else ""
    return f"{named[0][1]}: {named[0][2]}"


_THE_YEAR_BEFORE = re.compile(r"前年|昨年|前期")
_ASKS_THE_YEAR_BEFORE = re.compile(r"\b(?:previous|last|prior|preceding) (?:fiscal )?year\b|\byear before\b", re.IGNORECASE)


def kinds_of_it_only(keywords: Sequence[str], sentence: Sentence) -> bool:
    """Whether the row's columns name the question's thing only as kinds of it (「施設警備員」,
    「交通誘導警備員」 for "security guards": 警備員), two or more, and the keywords name none of the
    kinds: no one cell is what was asked."""
    columns = [column for column, _ in named_cells(visible(sentence)) if column]
    words = [keyword for keyword in keywords if not re.search(r"\d", keyword) and len(keyword) > 1 and any(keyword in column for column in columns)]
    if not words:
        return False
    inside = re.compile(r"([\u4e00-\u9fff々ァ-ヶー]+?)(?:" + "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)) + ")")
    holding = [column for column in columns if any(word in column for word in words)]
    kinds = {match.group(1) for column in holding for match in inside.finditer(column)}
    return all(inside.search(column) for column in holding) and len(kinds) > 1 and not any(kind in keyword for keyword in keywords for kind in kinds)


_EARLIER_IN_ENGLISH = re.compile(
    r"\b(?:(?:before|prior to) the (?:[a-z-]+ ){0,2}?(?:revision|change|increase|decrease|update|amendment|new (?:rates?|rules?|prices?))|"
    r"old (?:prices?|rates?|fees?|charges?|rules?|amounts?)|previously|formerly|used to)\b", re.IGNORECASE)


_A_MONTH_IN_ENGLISH = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
_WRITES_AN_EARLIER = re.compile(r"改定前|改正前|変更前|旧|従来|まで(?:は|の)|でした|であった|だった|前年|昨年")


def asks_earlier_in_english(question: str) -> bool:
    """"Before the revision", "the old fee", "until March" of a change: the value before it."""
    return _EARLIER_IN_ENGLISH.search(question) is not None


def _by_the_change_in_english(question: str, cells: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """Of two columns that differ by a change (「基本料金 現行」 | 「基本料金 改定前」), the one before
    it where the question asks for an earlier value ("before the revision"), else today's."""
    if len(cells) != 2:
        return None
    before = [cell for cell in cells if re.search(r"(?:改定|改訂|改正|変更|見直し)前|旧", cell[0])]
    after = [cell for cell in cells if cell not in before and re.search(r"現行|現在|(?:改定|改訂|改正|変更|見直し)後|新", cell[0])]
    if len(before) != 1 or len(after) != 1:
        return None
    return before[0] if _EARLIER_IN_ENGLISH.search(question) else after[0]
