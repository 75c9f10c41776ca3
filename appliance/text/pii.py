"""Personal information in Japanese text: found, and masked where it must not travel (the
audit trail, the logs).

Kinds: マイナンバー (12 digits whose last is the check digit), 法人番号 (13 digits whose first
is), phone numbers (固定, 携帯, フリーダイヤル/ナビダイヤル, +81), 郵便番号, e-mail, credit card
numbers (a known issuer prefix and the Luhn check), bank accounts (普通/当座 or 口座番号 and
7 digits; ゆうちょ 記号/番号), and 住所 where a prefecture is followed by a municipality.

Matching runs on a folded copy of the text of the same length (全角 digits and letters to
ASCII, the many hyphens and dashes to '-'), so a span found there is the same span in the
original: the masked text keeps everything else exactly as written.

A number that only looks right is not enough where Japanese business text is full of
numbers: check digits are verified, and a number right after a word that names it as
something else (注文番号, 伝票番号, 品番, No.) is left alone unless its own check digit or
label says otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

KINDS: dict[str, str] = {
    "my_number": "マイナンバー",
    "corporate_number": "法人番号",
    "phone": "電話番号",
    "postal_code": "郵便番号",
    "email": "メールアドレス",
    "credit_card": "カード番号",
    "bank_account": "口座番号",
    "address": "住所",
}

# One character in, one character out: spans in the folded text are spans in the original.
_FOLD = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
        **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
        **dict.fromkeys("－‐‑‒–—―−ー", "-"),
        "＠": "@",
        "．": ".",
        "（": "(",
        "）": ")",
        "＋": "+",
        "　": " ",
        "：": ":",
        "＿": "_",
    }
)


def fold(text: str) -> str:
    return text.translate(_FOLD)


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int
    text: str


# --- check digits -----------------------------------------------------------------------------


def my_number_is_valid(digits: str) -> bool:
    """個人番号: the 12th digit checks the first 11 (総務省令 第八十五号 第五条)."""
    if len(digits) != 12 or not digits.isdigit():
        return False
    base = [int(d) for d in reversed(digits[:11])]  # P1 is the digit just before the check digit
    total = sum(p * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(base, start=1))
    remainder = total % 11
    return int(digits[11]) == (0 if remainder <= 1 else 11 - remainder)


def corporate_number_is_valid(digits: str) -> bool:
    """法人番号: the FIRST of the 13 digits checks the other 12 (国税庁)."""
    if len(digits) != 13 or not digits.isdigit():
        return False
    base = [int(d) for d in reversed(digits[1:])]
    total = sum(p * (1 if n % 2 else 2) for n, p in enumerate(base, start=1))
    return int(digits[0]) == 9 - total % 9


def luhn_is_valid(digits: str) -> bool:
    total = 0
    for position, digit in enumerate(int(d) for d in reversed(digits)):
        if position % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


_CARD_ISSUER = re.compile(r"^(?:4|5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)|3[47]|35(?:2[89]|[3-8]\d)|3(?:0[0-5]|[689])|6(?:011|5))")


def card_number_is_valid(digits: str) -> bool:
    return 13 <= len(digits) <= 19 and bool(_CARD_ISSUER.match(digits)) and luhn_is_valid(digits)


# --- patterns ---------------------------------------------------------------------------------

# Never the middle of a longer number, code or identifier (A-1234-5678, 2024-0115-0001).
_BEFORE = r"(?<![0-9A-Za-z\-+/.])"
_AFTER = r"(?![0-9A-Za-z]|-[0-9]|\.[0-9]|/[0-9])"
_SEP = r"[- ]?"

# A number right after one of these is an order, slip, product or serial number.
_OTHER_NUMBER = re.compile(
    r"(?:注文|発注|受注|伝票|品|型|管理|受付|会員|請求書?|取引|問い?合わ?せ|製造|シリアル|整理|申込|予約|社員|部品|商品|案件|契約)"
    r"(?:番号|No\.?|ID|コード)?\s*[:#]?\s*$|(?:No\.?|#|ID)\s*[:#]?\s*$",
    re.IGNORECASE,
)


def _named_as_other(folded: str, start: int) -> bool:
    return bool(_OTHER_NUMBER.search(folded[max(0, start - 12) : start]))


_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_TWELVE = re.compile(_BEFORE + r"\d{4}" + _SEP + r"\d{4}" + _SEP + r"\d{4}" + _AFTER)
# An invoice registration number (適格請求書発行事業者登録番号) is "T" and the 法人番号.
_THIRTEEN = re.compile(r"(?:" + _BEFORE + r"|(?<=^T)|(?<=[^0-9A-Za-z\-+/.]T))" + r"(?:\d{13}|\d-\d{4}-\d{4}-\d{4}|\d \d{4} \d{4} \d{4})" + _AFTER)
_CARD = re.compile(_BEFORE + r"(?:\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{1,7}|\d{4}[- ]\d{6}[- ]\d{4,5}|\d{13,19})" + _AFTER)
_PHONE = re.compile(
    _BEFORE
    + r"(?:"
    + r"\+81[- ]?(?:\(0\))?\d{1,4}[- ]\d{1,4}[- ]\d{4}"  # +81-3-1234-5678
    + r"|0(?:120|800|570)-?\d{3}-?\d{3,4}"  # フリーダイヤル, ナビダイヤル
    + r"|0[5789]0-?\d{4}-?\d{4}"  # 携帯, IP
    + r"|0\d{1,4}-\d{1,4}-\d{3,4}"  # 固定, hyphenated
    + r"|\(0\d{1,4}\) ?\d{1,4}-\d{4}"  # (03) 1234-5678
    + r"|0\d{1,4}\(\d{1,4}\)\d{4}"  # 03(1234)5678
    + r"|0[1-9]\d{8}"  # 固定, ten digits
    + r")"
    + _AFTER
)
_POSTAL = re.compile(r"(?:〒|郵便番号\s*:?\s*)\s?\d{3}-?\d{4}(?!\d)|" + _BEFORE + r"\d{3}-\d{4}" + _AFTER)
_BANK = re.compile(
    r"(?:(?:普通|当座|貯蓄|総合)(?:預金)?\s*(?:口座)?(?:番号)?|口座番号)\s*[:]?\s*(?:No\.?\s*)?(?P<value>\d{7,8})(?!\d)"
    r"|記号\s*:?\s*(?P<symbol>\d{5})\s*[、,]?\s*番号\s*:?\s*(?P<number>\d{8})(?!\d)"
    r"|" + _BEFORE + r"(?P<yucho>1\d{4}-\d{8})" + _AFTER
)

PREFECTURES = (
    "北海道|青森県|岩手県|宮城県|秋田県|山形県|福島県|茨城県|栃木県|群馬県|埼玉県|千葉県|東京都|神奈川県|"
    "新潟県|富山県|石川県|福井県|山梨県|長野県|岐阜県|静岡県|愛知県|三重県|滋賀県|京都府|大阪府|兵庫県|奈良県|"
    "和歌山県|鳥取県|島根県|岡山県|広島県|山口県|徳島県|香川県|愛媛県|高知県|福岡県|佐賀県|長崎県|熊本県|大分県|"
    "宮崎県|鹿児島県|沖縄県"
)
# A municipality's name: kanji and kana, but not the words that make "県内全市町村" or
# "都の区部" look like one.
_MUNICIPALITY = r"(?:(?!内|全|各|下の|の)[\u3005\u4e00-\u9fffぁ-んァ-ヶ]){1,6}?(?:市|区|町|村|郡)"
_STREET = r"(?:[\u3005\u4e00-\u9fffぁ-んァ-ヶ0-9\-]|丁目|番地|番|号)*"
_ADDRESS = re.compile(rf"(?P<head>(?:{PREFECTURES}){_MUNICIPALITY})(?P<street>{_STREET})")
# The street part ends where the sentence goes on: at its first particle.
_ADDRESS_TAIL = re.compile(r"(?:[はがをとやもへでにのか]|まで|より).*$")


def _card_or_numbers(folded: str) -> Iterator[Finding]:
    for match in _CARD.finditer(folded):
        digits = re.sub(r"\D", "", match.group())
        if not card_number_is_valid(digits) or (len(digits) == 13 and corporate_number_is_valid(digits)):
            continue
        if match.group().isdigit() and _named_as_other(folded, match.start()):
            continue
        yield Finding("credit_card", match.start(), match.end(), match.group())
    for match in _THIRTEEN.finditer(folded):
        digits = re.sub(r"\D", "", match.group())
        if corporate_number_is_valid(digits) and not _named_as_other(folded, match.start()):
            yield Finding("corporate_number", match.start(), match.end(), match.group())
    for match in _TWELVE.finditer(folded):
        digits = re.sub(r"\D", "", match.group())
        if my_number_is_valid(digits) and not _named_as_other(folded, match.start()):
            yield Finding("my_number", match.start(), match.end(), match.group())


def _phones(folded: str) -> Iterator[Finding]:
    for match in _PHONE.finditer(folded):
        digits = re.sub(r"\D", "", match.group())
        international = match.group().startswith("+")
        # A Japanese number has ten digits (eleven for 携帯 and 0800); +81 drops the 0.
        if not international and not 10 <= len(digits) <= 11:
            continue
        if "-" not in match.group() and _named_as_other(folded, match.start()):
            continue
        yield Finding("phone", match.start(), match.end(), match.group())


def _postal_codes(folded: str) -> Iterator[Finding]:
    for match in _POSTAL.finditer(folded):
        labelled = match.group()[0] in "〒郵"
        if not labelled and _named_as_other(folded, match.start()):
            continue
        start = match.start() + (len(match.group()) - len(match.group().lstrip("〒郵便番号: ")) if labelled else 0)
        yield Finding("postal_code", start, match.end(), folded[start : match.end()])


def _bank_accounts(folded: str) -> Iterator[Finding]:
    for match in _BANK.finditer(folded):
        if match.group("value"):
            start, end = match.span("value")
        elif match.group("symbol"):
            start, end = match.start("symbol"), match.end("number")
        else:
            start, end = match.span("yucho")
        yield Finding("bank_account", start, end, folded[start:end])


def _addresses(folded: str) -> Iterator[Finding]:
    for match in _ADDRESS.finditer(folded):
        text = match.group("head") + _ADDRESS_TAIL.sub("", match.group("street"))
        yield Finding("address", match.start(), match.start() + len(text), text)


def _emails(folded: str) -> Iterator[Finding]:
    for match in _EMAIL.finditer(folded):
        yield Finding("email", match.start(), match.end(), match.group())


_DETECTORS: tuple[Callable[[str], Iterator[Finding]], ...] = (
    _emails,
    _card_or_numbers,
    _bank_accounts,
    _phones,
    _postal_codes,
    _addresses,
)


def find(text: str) -> list[Finding]:
    """Every piece of personal information in the text, in order, none overlapping another;
    where two kinds claim overlapping characters the longer span wins."""
    folded = fold(text)
    candidates = [finding for detector in _DETECTORS for finding in detector(folded)]
    candidates.sort(key=lambda f: (-(f.end - f.start), f.start))
    kept: list[Finding] = []
    for candidate in candidates:
        if all(candidate.end <= other.start or candidate.start >= other.end for other in kept):
            kept.append(candidate)
    return [Finding(f.kind, f.start, f.end, text[f.start : f.end]) for f in sorted(kept, key=lambda f: f.start)]


def mask(text: str) -> str:
    """The text with each finding replaced by its kind's label, e.g. 「［電話番号］」."""
    if not text:
        return text
    findings = find(text)
    if not findings:
        return text
    parts: list[str] = []
    position = 0
    for finding in findings:
        parts.append(text[position : finding.start])
        parts.append(f"［{KINDS[finding.kind]}］")
        position = finding.end
    parts.append(text[position:])
    return "".join(parts)


def mask_value(value: object) -> object:
    """Strings masked inside dicts, lists and tuples (a log record's extras, audit details)."""
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {key: mask_value(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [mask_value(item) for item in value]
    return value
