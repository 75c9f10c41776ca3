"""A sentence of another time than the question asks: a value it says was (「有効期限が90日でしたが…180日に
延長しました」, 「…2025年度までは5日であった」) where today's is asked, today's where the value before a change
is asked (「変更される前は何日だった？」), a 「現在：」 line where 「南棟ができたら」 is asked, or a note of other
months where 「2026年4月の売上」 is asked."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from appliance.text.japanese import TABLE_CELL_SEPARATOR
from rag.asked import WAS
from rag.cell_answers import ASKS_NOW, asks_an_earlier_time, visible
from rag.claims import Claim, extract_claims, is_supported
from rag.row_scope import YEAR_MONTH
from rag.table_intros import block_label

if TYPE_CHECKING:
    from rag.answer_checks import Prepared
    from rag.quoting import Sentence

# A value the sentence says was (「有効期限が90日でしたが…180日に延長しました」, 「20,000円から
# 30,000円に引き上げます」): the earlier one, not today's.
_EARLIER_VALUE = re.compile(
    r"(\d[\d,.]*\s*[^\s\d、。|:：（）()]{0,4}?)\s*(?:[（(][^）)]{0,8}[）)])?\s*"
    r"(?:でしたが|だったが|であったが|から(?=[^。]{0,30}?(?:に|へ)(?:延長|短縮|変更|改定|引き上げ|引き下げ|引上げ|増額|減額|拡大|縮小|改め)))"
)


# 「一時金100,000円を支給する（2025年度までは50,000円）」: the value until a time now past.
_VALUE_UNTIL = re.compile(r"(?:年度|年|月|日|版|以前|従来|旧)(?:まで|迄)は\s*[^\d。、（）()]{0,12}?(\d[\d,.]*\s*[^\s\d、。|:：（）()]{0,4})")


# 「…は、2025年度までは子1人の場合5日、2人以上の場合10日であった。」, 「第2版までは…1台35,000円
# としていた。」, 「改定前（…）の料金は、…平日7,900円…であった。」: every value of it was,
# a note on when it changed (「…であった（2026年7月1日以後に出発する出張から改定）。」) aside.
_PAST_UNTIL = re.compile(r"(?:(?:まで|迄)は|者(?:まで|迄)の|(?:改定|変更|改正|改訂|見直し)前)(.*?)(?:であった|でした|だった|と?(?:して|され)いた)(?:[（(][^）)]*[）)])?[。．]?$")


_EARLIER_ASIDE = re.compile(r"[（(](?:改定|変更|改正|改訂|見直し)前(?:は|の)[^（）()]*[）)]")
_UNTIL_MARK = re.compile(r"([^\s、。（）()]{1,10}?)(?:まで|迄)は")


# 「4月から30分ごとに2,000円を請求（現行は…30分ごとに1,500円）」: today's value beside the
# coming one. It is the earlier one, unless now is what is asked (「今は」, 「現行の」).
_TODAYS_BEFORE_A_CHANGE = re.compile(r"(?:現行|現状|従来)(?:は|では|の[^\d。）)]{0,8}?は)\s*([^。）)]*)")


# A block labelled now (「現在（2027年1月）」) or after a change (「南棟開設後（2027年10月から）」),
# and a question about the time after one (「南棟ができたら」).
_LABELLED_NOW = re.compile(r"現在|現状|現行|今(?!後)")
_LABELLED_LATER = re.compile(r"後|予定|以降|から")
_ASKS_LATER = re.compile(r"たら|開設後|完成後|移転後|以降|予定")


def _labelled_another_time(sentence: Sentence, prepared: Prepared) -> bool:
    """Whether a 「項目：値」 line is under the label of another time than the question asks:
    「現在」's 「手術室：6室」 for 「南棟ができたら」, 「開設後」's for 「今は」."""
    label = block_label(sentence.text)
    if not label:
        return False
    if ASKS_NOW.search(prepared.question):
        return bool(_LABELLED_LATER.search(label)) and not _LABELLED_NOW.search(label)
    return bool(_LABELLED_NOW.search(label) and _ASKS_LATER.search(prepared.question))


# The value before a change asked (「訂正前の数字」, 「前の版では」), and a sentence that writes one.
_ASKS_BEFORE_A_CHANGE = re.compile(r"(?:変更|改定|改正|改訂|延長|短縮|見直し|修正|訂正)(?:され[るた])?前|変わる前|前の版|旧版|以前の版")
_WRITES_BEFORE_A_CHANGE = re.compile(r"(?:変更|改定|改正|改訂|見直し|修正|訂正)前|(?:まで|迄)は|従来|(?<![\u4e00-\u9fff])旧|以前|前回|現行|現在は|第\d+版|でしたが|だったが|であった|から(?=[^。]{0,30}?(?:に|へ)(?:延長|短縮|変更|改定|修正|訂正|引き上げ|引き下げ|引上げ|引下げ|増額|減額|改め))")


def _nothing_of_before(sentence: Sentence, prepared: Prepared) -> bool:
    """Whether the value before a change is asked and the sentence writes nothing of before."""
    return bool(_ASKS_BEFORE_A_CHANGE.search(prepared.question)) and not _WRITES_BEFORE_A_CHANGE.search(sentence.text)


def answers_another_time(claims: Sequence[Claim], sentence: Sentence, prepared: Prepared) -> bool:
    """Whether the answer's figures are the sentence's earlier value where today's is asked
    (「パスワードの有効期限は何日？」 answered 90日 from 「…90日でしたが…180日に延長しました」), or
    today's where the earlier one is asked (「変更される前は何日だった？」)."""
    if _labelled_another_time(sentence, prepared) or _nothing_of_before(sentence, prepared):
        return True
    text = visible(sentence)
    earlier = [match.group(1) for pattern in (_EARLIER_VALUE, _VALUE_UNTIL, _PAST_UNTIL, WAS) for match in pattern.finditer(text)]
    todays = [match for match in _TODAYS_BEFORE_A_CHANGE.finditer(text) if extract_claims(text[: match.start()])]
    earlier += [match.group(1) for match in todays]
    # (A time of day is a value: 「（改定前は23時から…）」; a date, when the value changed.)
    figures = [claim for claim in claims if claim.kind not in ("name", "date") or claim.kind == "date" and all(value.startswith("T") for value in claim.values)]
    # The time a value held until (the 2 of 「第2版までは」) is none of the values.
    marks = [match.group(1) for match in _UNTIL_MARK.finditer(text)]
    figures = [claim for claim in figures if not any(is_supported(claim, [mark]) for mark in marks)]
    # An aside of the value before a change (「…22時から翌5時まで…2割増とする（改定前は23時から翌5時までの
    # 間の2割増）」): a figure it shares with the rest of the sentence (翌5時, 2割) is of both times.
    asides = [match.group() for match in _EARLIER_ASIDE.finditer(text)]
    if asides:
        earlier += asides
        outside = _EARLIER_ASIDE.sub("", text)
        figures = [claim for claim in figures if not (is_supported(claim, asides) and is_supported(claim, [outside]))]
    if not earlier or not figures:
        return False
    old = [claim for claim in figures if any(is_supported(claim, [value]) for value in earlier)]
    asks_earlier = asks_an_earlier_time(prepared) or bool(todays and ASKS_NOW.search(prepared.question))
    return (len(old) == len(figures)) != asks_earlier


_ITEM_NUMBER = re.compile(r"^\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[.．)）]|\d{1,2}[\s\u3000])\s*")


def says_only_what_was(sentence: Sentence, prepared: Prepared) -> bool:
    """Whether the sentence is of another time than asked: every figure of it one it says was,
    where now is asked (「…2025年度までは…5日…であった」 is no quote for 「何日ですか」); or it
    writes nothing of before, where the value before a change is asked (「訂正前の数字は？」: a
    row of the corrected figures)."""
    if _nothing_of_before(sentence, prepared):
        return True
    asked, written = (set(YEAR_MONTH.findall(unicodedata.normalize("NFKC", text))) for text in (prepared.question, visible(sentence)))
    if asked and written and not written & asked and TABLE_CELL_SEPARATOR not in visible(sentence) and all(claim.kind in ("date", "name") for claim in extract_claims(visible(sentence))):
        return True  # 「2026年4月の…売上は？」: a note of 2025年11月12日 and 2026年2月18日 says nothing of it
    # Its item number (「2　改定前の料金は…」) is none of its values.
    return answers_another_time(extract_claims(_ITEM_NUMBER.sub("", visible(sentence))), sentence, prepared) and not asks_an_earlier_time(prepared)
