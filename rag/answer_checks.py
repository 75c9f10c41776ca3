"""Which shown sentence may stand for an answer, and with which cell of a table row.

The model's reply in quote mode is checked here (rag/answering.py `finish_quoted` decides
what to show): the sentence that states the answer's figures, whether it names what the
question is about (its subject, numbered names, the period and bound asked), whether it
states a level or a change, and the sentence that answers on its own when the model's
reply fails."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from appliance.text.endings import common_ending
from appliance.text.japanese import TABLE_CELL_SEPARATOR
from rag.another_time import says_only_what_was
from rag.asked import ASKS_HOW_OR_WHERE, ASKS_WHETHER, a_plan_for_what_happened, answers_what_was_asked, asked_kinds, asks_the_most_in_english, before_its_earlier_value, bound_differs, claim_fits, is_dateline
from rag.band_clauses import clauses_of
from rag.bands import is_the_band_asked, within_the_columns_band
from rag.cell_answers import asks_an_earlier_time, cell_answer, visible
from rag.citations import comparable
from rag.claims import ARTICLE_NUMBER, Claim, extract_claims, is_supported
from rag.english_answers import keyword_answer, names_only_variants, names_the_questions_words, nearest_answer, preceding_sentence
from rag.english_people import person_row
from rag.item_labels import labelled_for_the_asked
from rag.numbered_names import keyed_by_a_numbered_name, names_other_years
from rag.question_words import another_of_a_pair, names_another_day, names_another_of_its_kind, only_one_of_a_list
from rag.quoting import (
    QUOTE_COVERAGE,
    Sentence,
    answers_for_its_kind,
    missing_numbered_names,
    missing_subject_terms,
    named_cells,
    named_only_as_variants,
    names_another_compound,
    names_another_row,
    names_the_subject,
    passage_heading,
    passage_is_about_question,
    question_terms,
    quote_covers_question,
    subject_terms,
)
from rag.retrieval import Passage
from rag.table_cells import cell_with_unit, with_cell_units, with_the_unit
from rag.table_intros import table_intro
from rag.table_rows import keyed_by_question, keyed_row, latest_of, named_inside_another, row_names_the_subject


@dataclass
class Prepared:
    # What the answer is checked against: the question as asked, or for a follow-up the
    # standalone question made of the two questions' words (rag/followups.py).
    question: str
    language: str
    passages: list[Passage]
    messages: list[dict[str, str]] | None  # None: answered without the model (`reply`)
    reply: str | None = None
    search_query: str = ""
    sentences: list[Sentence] = field(default_factory=list)  # quote mode: what the model was shown
    keywords: tuple[str, ...] = ()  # an English question's Japanese words (rag/english_answers.py)
    asked: str = ""  # as the user typed it, when that differs from `question`


def vouched(claim: Claim, sources: Sequence[str], question: str) -> bool:
    """A claim holds when a source states it. A name the user typed (「来客用Wi-Fi」) is the
    question's own word, not an invention; a number from the question is not vouched for
    that way: echoing it is a known failure."""
    return is_supported(claim, sources) or (claim.kind == "name" and is_supported(claim, [question]))



def holding_sentence(claims: Sequence[Claim], prepared: Prepared, quoted: Sentence | None) -> Sentence | None:
    """The shown sentence that states every figure of the answer (the quote first), its
    passage holding the names: 「5,000円」 found in the 一般社員 row is no answer from the 課長
    row the model quoted. None when no one sentence states them all."""
    figures = [claim for claim in claims if claim.kind != "name"]
    names = [claim for claim in claims if claim.kind == "name"]
    for sentence in ([quoted] if quoted else []) + [s for s in prepared.sentences if s is not quoted]:
        passage = prepared.passages[sentence.passage - 1]
        stated = [visible(sentence), with_the_unit(visible(sentence), passage)]
        if all(vouched(claim, stated, prepared.question) for claim in figures) and all(
            vouched(claim, [f"{passage.title}\n{passage.text}"], prepared.question) for claim in names
        ):
            return sentence
    return None


# What a sentence writes for a period (a year, 令和, 前年, 前回...).
_WRITES_A_PERIOD = re.compile(r"(?:19|20)\d{2}|令和|平成|前年|前期|昨年|去年|前回|一昨年|先月|前月|従来|(?<![\u4e00-\u9fff])旧|改定前|改正前|改訂前|変更前|訂正前|修正前|第\d+版まで|現行|現在は")
# A question for a value, not a yes or no: 「北海道支店の第2四半期の売上実績は？」.
_ASKS_WHAT = re.compile(r"何|いくら|いつ|どこ|誰|どれ|どの|どう|どんな|は[?？]?$")


def numbers_its_names(sentence: Sentence, prepared: Prepared) -> bool:
    """The sentence (under its passage's headings) writes the question's numbered names with
    their numbers, and its product names alone: the 第3波 sentence is no answer about 第2波,
    wherever else 第2波 is, nor the 「カエデ-Pro」 one about カエデ."""
    passage = prepared.passages[sentence.passage - 1]
    if is_dateline(visible(sentence)):
        return False  # 「2026年9月 経営会議資料」 dates the document, not what it speaks of
    if asks_an_earlier_time(prepared) and not _WRITES_A_PERIOD.search(visible(sentence)):
        return False  # 「前年同月に何件」: this month's 包装不良 row says nothing of a year ago
    if (named_only_as_variants if prepared.language == "ja" else names_only_variants)(prepared.question, visible(sentence)):
        return False  # 「カエデ-Pro」 is another product than the カエデ asked about
    # (A row whose columns are bands writes every bound: 「5時間以上7時間未満」 asked is one of them.)
    if names_another_row(prepared.question, visible(sentence), passage.context or passage.text) or bound_differs(prepared.question, visible(sentence)) and not within_the_columns_band(prepared.question, named_cells(visible(sentence))):
        return False  # the 合計 row quoted where the 電子部品 row was asked; 「月60時間以内」 for 「超えた」
    asks_what = asked_kinds(prepared.question) or _ASKS_WHAT.search(prepared.question)
    if prepared.language == "ja" and asks_what and names_another_of_its_kind(prepared.question, f"{passage_heading(passage)}\n{visible(sentence)}"):
        # The 本社 line quoted where the 工場's date was asked, the 東北支店 row for 北海道支店's
        # sales; a yes-or-no question (「課長でも グリーン車に乗れますか」) is answered by the rule
        # that names the others.
        return False
    row = visible(sentence)
    if any(ratio not in unicodedata.normalize("NFKC", f"{passage_heading(passage)}\n{passage.context or passage.text}") for ratio in re.findall(r"\d+対\d+", unicodedata.normalize("NFKC", prepared.question))):
        return False  # 「1対3で受ける場合」 of a table of 1対2 prices, whose note prices 1対1: no word of 1対3
    if before_its_earlier_value(prepared.question, row):
        return False  # 「8万円になる前は」 where 80,000円 is itself the 改定前 value: what came before it is not here
    if names_other_years(prepared.question, row, f"{passage.title}\n{passage_heading(passage)}"):
        return False  # the 2024年度 and 2025年度 columns, where 2026年度 was asked
    if prepared.language == "ja" and (only_one_of_a_list(prepared.question, row) or names_another_day(prepared.question, row, [visible(shown) for shown in prepared.sentences])):
        return False  # 「1,000円・3,000円・5,000円の3種類で…2,400袋」 says nothing of the 5,000円 one alone; the 1月3日 line, of 1月2日
    context = None if TABLE_CELL_SEPARATOR in row else f"{passage_heading(passage)}\n{passage.text}"
    # The years an English question writes ("fiscal 2025": 2025年 of 2025年度) in its passage, not
    # its months ("since March 2027" is no 3月 row) nor its relative ones ("this year").
    years = " ".join(f"{year}年" for year in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", prepared.question))
    around = f"{passage.title}\n{passage_heading(passage)}\n{passage.context or passage.text}"
    if prepared.language != "ja" and years and re.search(r"(?:19|20)\d{2}", around) and missing_numbered_names(years, around):
        return False  # fiscal 2025 asked, a workbook of 2026年度 that writes no 2025 at all
    # Its passage writes them (above): a row that writes no year is of the year its prose says.
    asked = re.sub(r"(?<!\d)(?:19|20)\d{2}(?!\d)", "", prepared.question) if prepared.language != "ja" and years and not re.search(r"(?:19|20)\d{2}", row) else prepared.question
    return not missing_numbered_names(asked, f"{passage_heading(passage)}\n{row}", context)


# A figure that is a change (「4名増員」, 「8億円増」) answers how much something changed, not
# how many or how much there is.
_CHANGE = re.compile(r"\d[\d,.]*\s*(?:[^\s\d、。|:：にへとか]{1,5}?)?\s*[をのがも]?\s*(?:増員|増加|増額|増|減少|減員|減額|削減|減|引き上げ|引き下げ)")
_ASKS_A_CHANGE = re.compile(r"増|減|伸び|比べ|差|変わ|変化|引き上げ|引き下げ|上がっ|下がっ|安くな|高くな|割引|値引|前年比|前年から|前年より|前期比|how much more|increase|decrease|change", re.IGNORECASE)


# 「何GBまで増やしてもらえますか」 asks how far a limit may be raised: a sentence that states
# today's level (「容量は…管理職が100GBです」) and no raising, no maximum, does not say.
_ASKS_A_RAISE = re.compile(r"(?:増やし|増やせ|増量|拡張|拡大|引き上げ|上げ)て?(?:もらえ|もらう|られ|でき|可能|くれ)")
_STATES_A_RAISE = re.compile(r"増|拡張|拡大|追加|引き上げ|上限|最大|まで")


def states_a_change(sentence: Sentence, prepared: Prepared) -> bool:
    """Whether the sentence's figure is a change while the question asks for a level, or a
    level while it asks how far one may be raised."""
    if _ASKS_A_RAISE.search(prepared.question) and not _STATES_A_RAISE.search(visible(sentence)):
        return True
    return bool(_CHANGE.search(visible(sentence))) and not _ASKS_A_CHANGE.search(prepared.question)


# An English question shares no term with a Japanese sentence and its cosine similarities are
# compressed (0.76-0.85 on the demo set): a sentence counts as about it when among the few the
# question is nearest to (not the health-check sentence for "the remote work allowance").
NEAREST_SENTENCES = 3


_ENTRY_START = re.compile(r"^\s*(?:Q[.．:：\s]|Ｑ|■|◆|●|【|#|第\s*[\d０-９一二三四五六七八九十]+\s*[条章節])", re.MULTILINE)


def _text_before(sentence: Sentence, passage: Passage, asked_terms: set[str]) -> str:
    """What a sentence of prose is read after: its passage up to it (「Q. パスワードの有効期限は…」
    two sentences above 「なお、…90日でしたが…」), where the sentence before it speaks for it
    (preceding_sentence); never what comes after it (the family's 「補助は…検討する」 below the
    staff's 「1人あたり3,800円」)."""
    previous = preceding_sentence(sentence, passage, asked_terms)
    place = passage.text.find(visible(sentence))
    if not previous or place <= 0:
        return previous
    # From the entry it belongs to: an FAQ's 「Q.」, a 「■」 or 「第N条」 heading (the mailbox's
    # entry above is no subject for the file-transfer answer's 「2GBまで」).
    starts = [match.start() for match in _ENTRY_START.finditer(passage.text, 0, place)]
    return passage.text[starts[-1] if starts else 0 : place]


def _said_of_its_day(sentence: Sentence, passage: Passage) -> str:
    """The sentence after, where it speaks of this one's day (「この改正は、2024年7月1日から施行する。
    改正後の第7条（ペット同伴の範囲を…広げる規定）は、同日以後の宿泊から適用する。」): the day is of
    what that one names. Nothing else after a sentence speaks for it (_text_before)."""
    place = passage.text.find(visible(sentence))
    if place < 0 or not extract_claims(visible(sentence)):
        return ""
    after = passage.text[place + len(visible(sentence)) :].lstrip()
    following = re.match(r"[^。\n]*。?", after).group()
    return following if re.search(r"同日(?:以後|以降|から|より|付)", following) else ""


_ENTRY_LABEL = re.compile(r"^\s*【([^】\n]{1,20})】\s*$", re.MULTILINE)


def _under_another_entry(sentence: Sentence, passage: Passage, prepared: Prepared) -> bool:
    """Whether a line stands under a 【…】 label of its own (「【市民病院前店】」) where the question
    names another label of its document (「港南店の…」, 【港南店】 further on) and not its own."""
    place = passage.text.find(visible(sentence))
    own = [match.group(1).strip() for match in _ENTRY_LABEL.finditer(passage.text, 0, max(place, 0))]
    if place < 0 or not own:
        return False
    asked = comparable(prepared.question)
    labels = {match.group(1).strip() for shown in prepared.passages if shown.document_id == passage.document_id for match in _ENTRY_LABEL.finditer(shown.text)}
    return comparable(own[-1]) not in asked and any(comparable(label) in asked for label in labels)


# A sum of several things, and a question that asks for one.
_A_TOTAL, _ASKS_A_TOTAL = re.compile(r"合計|総額|総計|全体で|全社で"), re.compile(r"合計|総額|総計|全体|全部|全社|合わせ|トータル|総")


# A sentence about a site of its own (「西野店は、…」), but every one (各店, 全店, 当店).
_A_SITES_SENTENCE = re.compile(r"^[・\s]*((?![各全当他両同])[\u4e00-\u9fffァ-ヶー]{1,8}?(支店|営業所|工場|事業所|センター|本社|支社|教室|店|湯|館|園|駅))(?:は|では|が)")


# A line labelled with what it counts (「・来場者数の目標：」, 「利用件数：」): the thing counted.
_A_COUNTS_LABEL = re.compile(r"^[・\s]*([\u4e00-\u9fffァ-ヶー]{2,10}?)(?:人数|件数|者数|数)(?:の[\u4e00-\u9fff]{1,4})?\s*[：:]")


# What a sentence is about, where it says so first (「注記: 5. 春期講習は…」).
# (Or a thing's part, 「オートキャンプ場の予約は」: about the オートキャンプ場's, where グランピング施設の予約 was asked.)
_TOPIC = re.compile(r"^[・\s]*(?:[^:：|]{1,12}[:：]\s*)?(?:\d+[.．、]\s*)?((?![各全当他両同])(?:[\u4e00-\u9fffァ-ヶー]{2,12}の)?[\u4e00-\u9fffァ-ヶー]{2,12})(?:は|では)")


_PLACE_ENDINGS = frozenset("店駅館園校湯院署所局寮棟")


def _siblings(one: str, other: str) -> bool:
    """Two words ending alike (two characters or more, or a place's one: 本町湯 and 桜川湯, 北町店 and 南町店),
    each with a first part of its own: 春期講習 and 冬期講習."""
    common = common_ending(one, other)
    return one != other and (len(common) >= 2 or common in _PLACE_ENDINGS and min(len(one), len(other)) >= 3) and len(common) < min(len(one), len(other))


def _about_a_sibling(text: str, question: str) -> bool:
    """Whether the sentence is about another thing of the same kind as the question's: its topic
    (春期講習) and a word of the question (冬期講習) end alike, each with its own first part."""
    topic = _TOPIC.match(text)
    if topic is None or topic.group(1) in question:
        return False
    word = topic.group(1)
    if "の" in word:  # 「オートキャンプ場の予約」 and the 「グランピング施設の予約」 asked: one part of two things
        thing, _, part = word.partition("の")
        return any(other != thing and other not in thing and thing not in other for other in re.findall(rf"([\u4e00-\u9fffァ-ヶー]{{2,12}})の{re.escape(part)}", question))
    return len(word) >= 3 and any(len(noun) >= 3 and _siblings(noun, word) for noun in re.findall(r"[\u4e00-\u9fffァ-ヶー]{3,12}", question))


_A_NAME = re.compile(r"[\u4e00-\u9fffァ-ヶー]{3,12}")


def in_a_siblings_clause(text: str, claims: Sequence[Claim], question: str) -> bool:
    """Whether each figure of the answer stands in a clause of the sentence about another thing of
    the question's kind and not the one asked: 「汐入工場が135,320千単位で不良率1.14%、高原工場が
    67,125千単位で不良率1.39%であった。」 gives 1.39% for 高原工場, not for 汐入工場."""
    figures = [claim for claim in claims if claim.kind != "name"]
    asked = [word for word in _A_NAME.findall(question) if word in text]  # the asked thing, written in another clause
    if not figures or not asked:
        return False

    def of_a_sibling(clause: str) -> bool:
        for word in asked:
            if word in clause:
                continue
            if any(_siblings(word, other) for other in _A_NAME.findall(clause)):
                return True
        return False

    clauses = clauses_of(text)
    if len(clauses) < 2:
        return False
    for claim in figures:
        holding = [clause for clause in clauses if claim.text in clause]
        if not holding or not all(of_a_sibling(clause) for clause in holding):
            return False
    return True


def _under_another_section(passage: Passage, question: str, sentence: str = "") -> bool:
    """Whether the passage's section heading names a sibling of a thing the question names (椿島航路
    for 大鳥航路) that the document's title or upper headings write themselves: the title 「大鳥航路・
    椿島航路…のお知らせ」 lists both, the section is the other's. (集団授業 asked under 「集団指導の月額授業料」
    in a 授業料等規程 that writes no 集団授業 is the same thing said otherwise.)"""
    if len(passage.heading_path) < 2 or not names_another_compound(question, f"{passage.heading_path[-1]}\n{sentence}"):
        return False  # (a row of 「第5条（利用料金）」 that writes the 基本料金 asked is no other section's)
    upper = " ".join([passage.title, *passage.heading_path[:-1]])
    return any(len(noun.surface) > 1 and noun.surface in upper and noun.surface not in passage.heading_path[-1] for noun in subject_terms(question))


_ASIDE = re.compile(r"（([^（）]*)）")


def outside_the_aside(body: str, sentence: str, question: str) -> str | None:
    """The sentence's own value where the model's figure is only in an aside about a thing the
    question does not name: 「…港町コミュニティセンターを使用するとき 50%減額（市民会館の会議室及び
    和室を使用するときは30%減額）」 asked of the コミュニティセンター is 50%, not the aside's 30%. None
    where that is not so."""
    figures = [claim for claim in extract_claims(body) if claim.kind != "name"]
    own = _ASIDE.sub("", sentence)
    if len(figures) != 1 or is_supported(figures[0], [own]):
        return None
    aside = next((match.group(1) for match in _ASIDE.finditer(sentence) if is_supported(figures[0], [match.group(1)])), None)
    # (What tells the aside apart is what it names that the sentence does not: 市民会館, not 減額.)
    if aside is None or not [term for term in missing_subject_terms(aside, question) if term not in own]:
        return None
    alike = {claim.text for claim in extract_claims(own) if claim.kind == figures[0].kind}
    return next(iter(alike)) if len(alike) == 1 else None


def names_its_subject(sentence: Sentence, prepared: Prepared) -> bool:
    """Whether a Japanese sentence names what the question is about: a row with its table
    (row_names_the_subject), a sentence of prose with its headings and the sentence before;
    the 「1回に送れるのは合計2GBまで」 line of the file-transfer answer is no answer about the
    mailbox whose FAQ entry sits beside it."""
    passage = prepared.passages[sentence.passage - 1]
    if _under_another_section(passage, prepared.question, visible(sentence)):
        return False  # a row under 「3. 椿島航路（…）」 where 大鳥航路 was asked, whatever the title names
    if TABLE_CELL_SEPARATOR in visible(sentence):
        return row_names_the_subject(sentence, prepared)
    if _under_another_entry(sentence, passage, prepared):
        return False  # 「1月4日（火）8:30から通常営業」 under 【市民病院前店】 for 「港南店の…」, whatever the title names
    if (site := _A_SITES_SENTENCE.match(visible(sentence))) and site.group(1) not in prepared.question and re.search(rf"[\u3041-\u3093\u4e00-\u9fffァ-ヶー]{re.escape(site.group(2))}", prepared.question):
        return False  # 「西野店は、…展示台数40台…」 is about 西野店, where 中央店 was asked
    if (counted := _A_COUNTS_LABEL.match(visible(sentence))) and counted.group(1) not in prepared.question and missing_subject_terms(prepared.question, visible(sentence)):
        return False  # 「来場者数の目標：218,000人」 counts 来場者, where the スタッフ were asked
    if _about_a_sibling(visible(sentence), prepared.question):
        return False  # 「春期講習は2026年3月末〜…」 is about 春期講習, where 冬期講習 was asked
    if another_of_a_pair(prepared.question, passage_heading(passage), visible(sentence)):
        return False  # 「ハイヤーの…深夜早朝割増は」 under 「タクシー・ハイヤー運賃…」, where タクシー was asked
    text = f"{passage_heading(passage)}\n{_text_before(sentence, passage, question_terms(prepared.question))}\n{visible(sentence)}\n{_said_of_its_day(sentence, passage)}"
    if _A_TOTAL.search(visible(sentence)) and not _ASKS_A_TOTAL.search(prepared.question) and missing_subject_terms(prepared.question, text):
        return False  # 「安全に関する投資は合計1,186百万円」 is no answer about its 踏切の安全設備 part
    return names_the_subject(prepared.question, text) or not asked_kinds(prepared.question) and answers_for_its_kind(prepared.question, text)


def sentence_is_about_question(sentence: Sentence, prepared: Prepared) -> bool:
    """Whether a sentence the model did not quote may stand for the answer: a Japanese one
    must itself name what the question is about (課長 asked: the 一般社員 row holds 5,000円 and
    the question's other terms, and is still no answer)."""
    if prepared.language == "ja":
        return (quote_covers_question(sentence) or keyed_by_question(sentence, prepared)) and names_its_subject(sentence, prepared)
    if keyed_by_question(sentence, prepared):
        return True  # "total sales": the 合計 row, the one row its keywords key
    if not names_the_questions_words(prepared.question, sentence, prepared.sentences, prepared.passages):
        return False  # the 一般社員 row for "a section manager's allowance"
    if quote_covers_question(sentence):
        return True
    nearest = sorted(prepared.sentences, key=lambda shown: shown.similarity, reverse=True)[:NEAREST_SENTENCES]
    return sentence in nearest


def _a_plan_in_prose(sentence: Sentence, prepared: Prepared) -> bool:
    # (A row's 目標 column stands beside its results: the column asked is chosen among them.)
    return TABLE_CELL_SEPARATOR not in visible(sentence) and a_plan_for_what_happened(prepared.question, visible(sentence))


def checked_keyword_answer(prepared: Prepared) -> tuple[Sentence, str | None] | None:
    if asks_the_most_in_english(prepared.question):
        return None  # "Which office collected the least?": one row's figure is no answer (nor a heading's name)
    # (Nor a target, 「品質クレームは年間40件以下を目標とする」, for "How many complaints did … receive?".)
    found = keyword_answer(prepared.question, prepared.keywords, prepared.sentences, prepared.passages, lambda sentence: says_only_what_was(sentence, prepared) or _a_plan_in_prose(sentence, prepared) or named_inside_another(sentence, prepared))
    found = found or person_row(prepared.question, prepared.keywords, prepared.sentences, prepared.passages)
    return found if found and numbers_its_names(found[0], prepared) and not states_a_change(found[0], prepared) else None


def _english_answering_sentence(prepared: Prepared) -> tuple[Sentence, str | None] | None:
    """Its keywords' sentence and cell, else its clearly nearest one (rag/english_answers.py)."""
    if (found := checked_keyword_answer(prepared)) is not None:
        return found
    # Not a value that only was (「第2版までは…1台35,000円としていた」), unless an earlier one is asked.
    most = asks_the_most_in_english(prepared.question)
    current = [shown for shown in prepared.sentences if not says_only_what_was(shown, prepared) and not _a_plan_in_prose(shown, prepared) and not (most and TABLE_CELL_SEPARATOR in visible(shown))]
    nearest = nearest_answer(prepared.question, current, prepared.passages)
    return (nearest, None) if nearest is not None else None


# How far (cosine) a Japanese sentence must stand ahead of one with as many of the question's
# terms to answer alone.
TIE_SIMILARITY_MARGIN = 0.03
# A chatty question's best sentence answers under QUOTE_COVERAGE holding half and this much more than any other.
CLEAR_COVERAGE, CLEAR_LEAD = 0.5, 0.1


def _asked_values(sentence: Sentence, prepared: Prepared) -> frozenset[tuple[str, ...]]:
    """The values of the asked kind a sentence gives (none where no kind is asked)."""
    asked = asked_kinds(prepared.question)
    return frozenset(claim.values for claim in extract_claims(ARTICLE_NUMBER.sub("", visible(sentence))) if asked and claim.kind != "name" and claim_fits(claim, asked))


def _yearless(values: frozenset[tuple[str, ...]]) -> frozenset[tuple[str, ...]]:
    """Dates without their years (2027-05-14 as --05-14), as a line that writes none gives them."""
    return frozenset(tuple(re.sub(r"^\d{4}(?=-\d{2}-\d{2}$)", "-", value) for value in found) for found in values)


def _trigrams(text: str) -> set[str]:
    text = unicodedata.normalize("NFKC", text)
    return {text[start : start + 3] for start in range(len(text) - 2)}


def _under_the_asked_section(sentences: Sequence[Sentence], prepared: Prepared) -> Sentence | None:
    """Of rows alike under sections of one document (「1. 大鳥航路（汐見港発 → 大鳥港着）」, 「2. 大鳥航路（大鳥港発
    → 汐見港着）」), the one whose section heading writes more of the question as it is (汐見港発)."""
    sections = [prepared.passages[sentence.passage - 1].heading_path for sentence in sentences]
    if any(len(path) < 2 for path in sections) or len({path[-1] for path in sections}) != len(sections):
        return None
    asked = _trigrams(prepared.question)
    scores = [len(asked & _trigrams(path[-1])) for path in sections]
    return sentences[scores.index(max(scores))] if scores.count(max(scores)) == 1 else None


def column_band_row(prepared: Prepared) -> tuple[Sentence, str] | None:
    """The one shown row whose columns are bands (「6時間まで 改定後」, 「12時間まで 改定後」) with one
    that holds the quantity the question states (「朝9時から夕方5時まで」: 8時間), naming what the
    question asks about: its cell, whatever the model read (a 1時間につき row beside it)."""
    found = []
    for sentence in prepared.sentences:
        cells = [(column, value) for column, value in named_cells(visible(sentence)) if column and extract_claims(value)]
        held = within_the_columns_band(prepared.question, cells)
        if held and len(held) > 1 and (cell := cell_answer([], sentence, prepared)):
            held = [(column, value) for column, value in held if f"{column}: {value}" == cell]
        if held and len(held) == 1 and names_its_subject(sentence, prepared):
            found.append((sentence, f"{held[0][0]}: {held[0][1]}"))
    return found[0] if len({cell for _, cell in found}) == 1 else None


# A name the question writes as one word in katakana: 「チャイルドシート」 (Sudachi reads チャイルド and シート).
_WHOLE_NAME = re.compile(r"[ァ-ヶー]{5,}")


def _writes_the_whole_name(sentences: Sequence[Sentence], question: str) -> Sentence | None:
    """Of tied sentences, the one that writes more of the question's names whole than any other
    (「チャイルドシート…1,100円です」, not 「ベビーシート…1,320円」 by its シート); None for no such one."""
    names = set(_WHOLE_NAME.findall(unicodedata.normalize("NFKC", question)))
    counts = [sum(1 for name in names if name in written) for written in (unicodedata.normalize("NFKC", visible(sentence)) for sentence in sentences)]
    most = max(counts, default=0)
    return sentences[counts.index(most)] if most and counts.count(most) == 1 else None


# A sentence that leaves its values to a table: 「…は次の表のとおりとする」, 「下表の額」.
DEFERS_TO_A_TABLE = re.compile(r"(?:次|下|以下|別)の?表(?:の|に|で|のとおり)")


def answering_sentence(prepared: Prepared) -> tuple[Sentence, str | None] | None:
    """When the model's reply fails its checks, the first shown sentence may still answer on
    its own: a Japanese question's best sentence (clearly ahead of the next) that holds most
    of its terms, names its subject and numbered names, gives a value of the asked kind in a
    passage about the question, and is no change where a level is asked (「4名増員」 for
    「何人いますか」); the ノギス row when the model made up a line for 「何か月おきに校正」."""
    if prepared.language != "ja":
        return _english_answering_sentence(prepared)
    if not prepared.sentences:
        return None
    # 「広域選果場でももを受け入れるのは何時から」: the one row keyed, by its named cell; or the band
    # that holds the stated quantity (「片道15kmくらい」: 「引取・納車（片道10km超20km以内）」), shown first.
    keyed = keyed_row(prepared) or next((shown for shown in prepared.sentences[:1] if is_the_band_asked(prepared.question, visible(shown))), None)
    if keyed and names_its_subject(keyed, prepared) and numbers_its_names(keyed, prepared) and not says_only_what_was(keyed, prepared) and (cell := cell_answer([], keyed, prepared)):
        if answers_what_was_asked(prepared.question, extract_claims(united := cell_with_unit(cell, visible(keyed), prepared.passages[keyed.passage - 1])), united):
            return keyed, cell
    ordered = sorted(prepared.sentences, key=lambda shown: shown.score, reverse=True)
    kinds = asked_kinds(prepared.question)
    whether = bool(ASKS_WHETHER.search(prepared.question)) and not kinds
    how_or_where = bool(ASKS_HOW_OR_WHERE.search(prepared.question)) and not kinds
    if whether:
        # 「要介護2の母を特養に入れたいんですが、入所できますか」: a row of its prices says nothing of whether.
        ordered = [shown for shown in ordered if TABLE_CELL_SEPARATOR not in visible(shown)]
        if not ordered:
            return None

    # Only a sentence that gives a value of the asked kind, and no change where a level is
    # asked, competes: a slide's heading (「3. 事業別の売上高目標」) holds the question's words
    # as well as the row below it and answers nothing.
    def gives_a_value(sentence: Sentence) -> bool:
        passage = prepared.passages[sentence.passage - 1]
        if visible(sentence).strip() in {passage.title.strip(), *passage_heading(passage).splitlines()}:
            return False  # a sheet's title (「駅別1日平均乗車人員（2025年度・2026年度）」) names its rows' years, and no value
        stated = ARTICLE_NUMBER.sub("", with_cell_units(visible(sentence), passage))  # (「1日パス販売数（枚）」's figures are counts, not prices)
        if how_or_where and TABLE_CELL_SEPARATOR not in stated:
            # 「どこで手続きすれば」: 「…「予約確認・取消」画面で取り消し」 gives no figure, and answers (where it says a place)
            return answers_what_was_asked(prepared.question, extract_claims(stated), stated)
        found = extract_claims(stated)
        return answers_what_was_asked(prepared.question, found, stated) and any(claim.kind != "name" for claim in found)

    # Nor does a sentence of values that only were (「…2026年6月30日までは…であった」).
    # (Where a kind of value is asked, 「費用はいくら」, a sentence of none is no answer: not the heading 「■1. 工事期間」.)
    valued = [shown for shown in ordered if (whether or gives_a_value(shown)) and not states_a_change(shown, prepared) and not says_only_what_was(shown, prepared) and not a_plan_for_what_happened(prepared.question, visible(shown))] or ([] if kinds else ordered)
    if not valued:
        return None
    # Nor the sentence that leaves its values to a table shown beside it (「…共用部設備工事費は1棟につき次の表のとおり」).
    if any(TABLE_CELL_SEPARATOR in visible(shown) for shown in valued):
        valued = [shown for shown in valued if not DEFERS_TO_A_TABLE.search(visible(shown))]
        if not valued:
            return None
    # Nor a row of another thing the question's word is inside (准看護師 for 看護師).
    valued = [shown for shown in valued if not named_inside_another(shown, prepared)] or valued
    # Nor a row of another numbered thing (the 1回目 row for 「2回目の値下げ」).
    valued = [shown for shown in valued if numbers_its_names(shown, prepared)] or valued
    # Nor a line of another entry (「12月31日〜1月3日 休業」 under 【北町店】 for 「緑ヶ丘店が12月31日に…」).
    valued = [shown for shown in valued if names_its_subject(shown, prepared)] or valued
    best = valued[0]
    tied = [other for other in valued[1:] if other.text != best.text and other.coverage >= best.coverage]
    if tied and best.coverage >= max(other.coverage for other in tied) and best.similarity - max(other.similarity for other in tied) >= TIE_SIMILARITY_MARGIN:
        tied = []  # as many terms, and clearly nearer in meaning: 育児休業の申出 before 延長の申出
    # Sentences that give the same value agree (「早朝割増（25%）の対象」 and the rule's 「早朝…に収集
    # するとき 25%」): neither stands in the other's way.
    values = _asked_values(best, prepared)

    def agrees(other: Sentence) -> bool:
        # (Or it names the one value among others: 「店長説明会：5月12日（中央）、5月14日（郊外）」 beside 「第2回（郊外）：2027年5月14日」.)
        theirs, days = _asked_values(other, prepared), frozenset(value for value in values if not value[0].startswith("T"))  # (its hours aside)
        return bool(values) and (theirs == values or len(days) == 1 and _yearless(days) <= _yearless(theirs))

    tied = [other for other in tied if not agrees(other)]
    if tied and (keyed := [row for row in [best, *tied] if keyed_by_question(row, replace(prepared, sentences=[best, *tied]))]) and len(keyed) == 1:
        best, tied = keyed[0], []  # 「北浜駅前駐輪場の自転車の…学生だと？」: the 自転車 row of the three rows alike, keyed by both its cells
    if tied and (labelled := labelled_for_the_asked(prepared.question, [best, *tied])) is not None:
        best, tied = labelled, []  # 「説明会はどこで？」: 「・場所：…」, not the 日時 and 対象 lines of its block
    if tied and (under := _under_the_asked_section([best, *tied], prepared)) is not None:
        best, tied = under, []
    if tied and (whole := _writes_the_whole_name([best, *tied], prepared.question)) is not None:
        best, tied = whole, []
    if tied:
        best = latest_of(best, tied, prepared)
    # (Of a yes-or-no question, only sentences that name its subject compete: 兄弟姉妹割引's rules are no answer for 入塾金.)
    rivals = [other for other in prepared.sentences if best is not None and other.text != best.text and not agrees(other) and (not whether or TABLE_CELL_SEPARATOR not in visible(other) and names_its_subject(other, prepared))]
    ahead = best is not None and best.coverage >= CLEAR_COVERAGE and all(other.coverage <= best.coverage - CLEAR_LEAD for other in rivals)
    if best is None or best.coverage < QUOTE_COVERAGE and not ahead:
        return None
    passage = prepared.passages[best.passage - 1]
    if not (sentence_is_about_question(best, prepared) and numbers_its_names(best, prepared)):
        return None
    if best.coverage < QUOTE_COVERAGE and missing_subject_terms(prepared.question, f"{passage_heading(passage)}\n{_text_before(best, passage, question_terms(prepared.question))}\n{visible(best)}"):
        return None  # ahead on its lead alone: no thing the question names may be missing (通院 for 入院)
    row = visible(best)
    table = f"{passage_heading(passage)}\n{table_intro(passage.context or passage.text, row) or passage.lead}\n{best.text}"
    if TABLE_CELL_SEPARATOR in row and missing_subject_terms(prepared.question, table) and not (
        keyed_by_a_numbered_name(prepared.question, row) and names_the_subject(prepared.question, table)
    ):
        return None  # with no model behind it, a row must be named by its own table: 売上高's 医療機器 row is no 営業利益
    # (An article's number, 「2 令和9年…改定前の額を適用する。」, is no amount.)
    stated = ARTICLE_NUMBER.sub("", visible(best))
    if not answers_what_was_asked(prepared.question, extract_claims(stated), stated):
        return None
    if states_a_change(best, prepared) or not passage_is_about_question(prepared.question, passage, "ja"):
        return None
    if says_only_what_was(best, prepared):
        return None
    cell = cell_answer([], best, prepared)
    # Its cell, where the question names one; none when the row holds no cell for what was asked.
    return None if cell == "" else (best, cell or None)


