"""A fee of another kind: 「定期入浴券を払い戻すときの手数料は？」 asks the 払戻手数料, and 「再発行手数料は
1,100円とする。」 states another fee, where a shown sentence writes the 払戻手数料 (「…払戻手数料550円…」).
The question writes the fee plainly (「…ときの手数料」) and the kind in words of its own (払い戻す)."""

from __future__ import annotations

import re
from collections.abc import Sequence

_FEE = r"手数料|料金|費用|費|料|代金|代|額|手当|運賃"
# A fee written with its kind before it: 「再発行手数料」, 「払戻手数料」, 「延長料金」.
_KIND_OF_FEE = re.compile(rf"([\u4e00-\u9fffァ-ヶー]{{1,6}}?)({_FEE})(?![\u4e00-\u9fff])")
# The question's fee written plainly: 「…ときの手数料」, 「手数料は」.
_PLAIN_FEE = re.compile(rf"(?<![\u4e00-\u9fffァ-ヶー])({_FEE})(?![\u4e00-\u9fff])")


def _said_in(kind: str, question: str) -> bool:
    """Whether the question says the kind, in its own okurigana too (払戻: 払い戻す)."""
    return re.search("[\u3041-\u3093]{0,2}".join(map(re.escape, kind)), question) is not None


def another_kind_of_fee(text: str, question: str, shown: Sequence[str]) -> bool:
    """Whether the text states the fee the question asks plainly only as one of another kind,
    while a shown sentence writes the fee of the kind the question says."""
    asked = {match.group(1) for match in _PLAIN_FEE.finditer(question)}
    if not asked:
        return False
    kinds = [(match.group(1), match.group(2)) for match in _KIND_OF_FEE.finditer(text) if match.group(2) in asked]
    if not kinds or any(_said_in(kind, question) for kind, _ in kinds):
        return False
    return any(
        match.group(2) in asked and _said_in(match.group(1), question)
        for other in shown if other != text for match in _KIND_OF_FEE.finditer(other)
    )
