"""The label of a 「項目：値」 line says what its value is. Under 「■1. 定期券の一斉更新受付」,
「対象：2027年4月1日（木）から利用する1か月定期」 says which passes are covered (those used from 1
April), 「期間：2027年3月15日（月）〜3月31日（水）」 when the renewal is taken: 「受付はいつから？」 is
answered by the line labelled for when, not by the date of the thing covered."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from appliance.text.japanese import nouns
from rag.asked import asked_kinds
from rag.english_names import visible
from rag.table_intros import block_label

if TYPE_CHECKING:
    from rag.quoting import Sentence

_ITEM = re.compile(r"^\s*[・･•]?\s*([^\s：:]{1,12})\s*[：:]")
# Labels that say when.
_WHEN = re.compile(r"期間|日時|日程|期日|日付|開始日|実施日|開催日|予定日|期限|締切|締め切り|時期|スケジュール")
# Labels that say what, who, where or how: a date in the value is of the thing it names.
_WHAT = re.compile(r"(?:対象|対象者|対象となる\S*|内容|場所|会場|持ち物|方法|担当|担当者|窓口|費用|料金|定員|備考|注意事項|申込方法|申込先)")


def item_label(sentence: Sentence) -> str:
    """「対象」 of 「対象：2027年4月1日から…」; empty for a line of no label."""
    found = _ITEM.match(visible(sentence))
    return found.group(1) if found else ""


def when_instead(sentence: Sentence, sentences: Sequence[Sentence], question: str) -> Sentence | None:
    """For a date asked, the line of the same block labelled for when (「期間：…」), where the
    sentence is one labelled for what it covers (「対象：…」) and the question names no such label;
    None otherwise."""
    label = item_label(sentence)
    if "date" not in asked_kinds(question) or not _WHAT.fullmatch(label) or label in question:
        return None
    block = block_label(sentence.text)
    timed = [
        other for other in sentences
        if other.passage == sentence.passage and block_label(other.text) == block and _WHEN.search(item_label(other)) and re.search(r"\d", visible(other))
    ]
    return timed[0] if len(timed) == 1 else None


# What a question asks, and the labels of the lines that say it: 「説明会はどこで？」 is answered by
# 「・場所：中央製造工場 2階 研修室」 among the 日時, 対象 and 場所 lines of 「■4. 説明会」.
_ASKED_LABELS = (
    (re.compile(r"どこ|場所|会場|\bwhere\b", re.IGNORECASE), re.compile(r"場所|会場|所在地|開催地|実施場所|集合場所|受付場所")),
    (re.compile(r"いつ|何日|何月何日|日時|日程|\bwhen\b|what date|which day", re.IGNORECASE), _WHEN),
    (re.compile(r"誰|どなた|\bwho\b|\bwhom\b", re.IGNORECASE), re.compile(r"対象|担当|講師|責任者|連絡先|問い?合わ?せ先")),
)


def labelled_for_the_asked(question: str, sentences: Sequence[Sentence]) -> Sentence | None:
    """Of lines alike (one block's), the one line labelled for what the question asks (where, when
    or who); None where no one such line is among them, or the question asks several of those."""
    asked = [labels for asks, labels in _ASKED_LABELS if asks.search(question)]
    if len(asked) != 1:
        return None
    labelled = {visible(sentence): sentence for sentence in sentences if (label := item_label(sentence)) and asked[0].search(label)}
    return next(iter(labelled.values())) if len(labelled) == 1 else None


# 「いつまでに出す？」 asks for a deadline; a line labelled as one says it.
_BY_WHEN = re.compile(r"いつまで|何日まで|何時まで|期限|締切|締め切り|〆切")
_DEADLINE = re.compile(r"締切|締め切り|〆切|期限")


def deadline_line(question: str, sentences: Sequence[Sentence]) -> Sentence | None:
    """For a deadline asked (「年末年始のシフト希望は、いつまでに出す？」), the one shown line
    labelled as a deadline whose label names what the question does (「シフト希望の提出締切：11月19日
    （金） 正午」, not 「シフト表の確定と掲示：12月3日」 nor the 名簿's 「提出締切」); None otherwise."""
    if not _BY_WHEN.search(question):
        return None
    asked = {noun.surface for noun in nouns(question) if len(noun.surface) > 1 and not _DEADLINE.search(noun.surface)}
    found = {
        visible(sentence): sentence for sentence in sentences
        if _DEADLINE.search(label := item_label(sentence)) and re.search(r"\d", visible(sentence)[len(label):]) and any(word in label for word in asked)
    }
    return next(iter(found.values())) if len(found) == 1 else None
