"""Claim checking: every number, amount, date, percentage and name of an answer must be in
the passages it cites, so a small model's confident wrong figure ("100万円 [2]" when [2] says
800円) is caught instead of shown under a citation that seems to vouch for it.

One scanner reads both sides after NFKC: figures compare as whole VALUES (never digit
substrings) with compatible units, dates as ISO 8601 strings (reduced "2024", "--04-01"
for what the text leaves out), names as squashed strings. The answer side is strict (only
what reads as a claim), the source side lenient (every figure it might vouch for): a false
"unsupported" costs a good answer, a missed one only the check. Framework-free (no Django).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from appliance.text.japanese import normalize as normalize_japanese

__all__ = ["Claim", "extract_claims", "is_supported", "unsupported_claims"]


@dataclass(frozen=True)
class Claim:
    text: str  # as written in the answer, e.g. "5,000円", "令和6年4月1日", "ヤマダ"
    kind: str  # "number" | "date" (dates and clock times) | "percent" | "name"
    start: int  # offsets into the answer text given to extract_claims
    end: int
    values: tuple[str, ...]  # normalised forms it may match: ("5000",), ("2024-04-01",), ("T09:00",)


# --- Folding with offsets, and what the answer holds that is not a claim ---
def _fold(text: str) -> tuple[str, list[int]]:
    """NFKC char by char, so each folded char knows its index in the answer as given; a
    half-width ﾞ/ﾟ is recomposed with the kana before it, as whole-string NFKC would."""
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        # 「8m³」 stays eight cubic metres: NFKC would make it 「8m3」, a figure 8 and a figure 3.
        piece = char if char in "²³" else unicodedata.normalize("NFKC", char).replace("m3", "m³")
        if out and piece[-1:] in ("\u3099", "\u309a") and len(voiced := unicodedata.normalize("NFC", out[-1] + piece[-1])) == 1:
            out[-1] = voiced
            continue
        out.extend(piece)
        origin.extend([index] * len(piece))
    return "".join(out), origin


# [1], [1, 2], ［１］, 【1】, [1-3] (same brackets as rag.citations.CITATION, plus ranges).
_CITATION = re.compile(r"[\[［【]\s*[0-9０-９]+(?:\s*[,，、\-–~〜]\s*[0-9０-９]+)*\s*[\]］】]")
# List enumerators at line start ("1.", "1)", "(1)", after bullets or bold marks), or opening a
# cell (「注記: 2. 来店客数は…」); the (?!digit) keeps "1.5万円" at a line start a number.
_ENUMERATOR = re.compile(r"^[ \t\u3000>*\-+・･•#]*(?:[0-9０-９]{1,3}[.)．）](?![0-9０-９])|[(（][0-9０-９]{1,3}[)）])|(?<=[:：] )[0-9０-９]{1,3}[.．](?= \D)", re.M)
# Circled / parenthesised / full-stop digits (①, ⑴, ⒈, ❶, ㉑...) label steps anywhere; NFKC
# would turn them into plain digits, so they are blanked before folding.
# An item's or article's number before its sentence (「2　2027年3月31日までに…」, 「■1. 工事期間」, a note's 「注3：」): no
# figure of the sentence, never the start of one (「1.5倍を支給する」).
ARTICLE_NUMBER = re.compile(r"^\s*[■□◆◇●○▼▶]?\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[.．)）](?!\d)|\d{1,2}[\s\u3000]|(?:注|※|備考)\s*\d{1,2}\s*[：:．.)）]?)\s*")
_LABEL_DIGITS = re.compile("[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]")
# A unit named as the unit of a sheet or a column (「単位：千円」, 「売上目標（千円）」): no amount of 1,000円.
_A_UNITS_NAME = re.compile(r"(?<=単位[:：])\s*[十百千万億]+(?:円|人|件)|(?<=[（(])[十百千万億]+(?:円|人|件)(?=[）),、])")


# --- Numbers ---
_KD = "〇零一二三四五六七八九"
_KDIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10**4, "億": 10**8, "兆": 10**12}
_K = f"[{_KD}十]"  # kanji allowed in a date or time field ("十一月十五日", "九時")
_ARABIC = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
# Atomic: a digit run is never re-split by backtracking (whole numbers, and linear time).
# Digits take multipliers ("1万5千", "3.5万") but never kanji digits: "第2四半期" is 2, not 24.
_NUM = rf"(?>{_ARABIC}(?:[十百千万億兆]+(?:{_ARABIC})?)*|[{_KD}十百千][{_KD}十百千万億兆]*)"
# Not in the middle of a number: "3" of "7,003" or "十" of "二十" never starts one.
_NB = rf"(?<![0-9.,{_KD}十百千万億兆])"
_NUM_TOKEN = re.compile(rf"{_ARABIC}|[{_KD}十百千万億兆]")


def _parse_number(text: str) -> Decimal | None:
    """Arabic, kanji and mixed numerals: "5,000", "五千", "四億二千万", "1万5千", "3.5万",
    "二〇二四" (digit by digit, as years are written)."""
    if not (tokens := _NUM_TOKEN.findall(text)):
        return None
    total, section, current = Decimal(0), Decimal(0), None
    for token in tokens:
        if token in _SMALL:
            section += (current if current is not None else 1) * _SMALL[token]
            current = None
        elif token in _BIG:
            section += current or 0
            total += (section or 1) * _BIG[token]
            section, current = Decimal(0), None
        elif token in _KDIGIT:
            current = Decimal(_KDIGIT[token]) if current is None else current * 10 + _KDIGIT[token]
        else:
            current = Decimal(token.replace(",", ""))
    return total + section + (current or 0)


def _fmt(value: Decimal) -> str:
    value = value.normalize()
    return str(int(value)) if value == value.to_integral_value() else format(value, "f")


def _int(text: str | None) -> int | None:
    value = _parse_number(text) if text else None
    return int(value) if value is not None and value == value.to_integral_value() else None


def _table(spec: str) -> dict[str, str]:
    """Spec "a,b=c d" -> {a: c, b: c, d: d}; "_" stands for a space inside a spelling."""
    table: dict[str, str] = {}
    for group in spec.split():
        aliases, _, canonical = group.partition("=")
        for alias in aliases.split(","):
            table[alias.replace("_", " ")] = canonical or alias
    return table


# Unit spellings -> one canonical unit, so "3日間" = "3日" = "3 days" and "5名" = "5人".
_JA_UNITS = _table(
    "営業日 パーセント,%=% 時間 週間,週=週 日間,日=日 年間,年=年 月 分間,分=分 秒間,秒=秒 円 人,名=人"
    " 件 個 回 歳,才=歳 台 本 枚 冊 階 倍 点 位 番 条 項 章 部 通 社 店 校 泊 度 種類 行 号 つ 単位"
    " 箇所,か所,ヶ所,カ所=箇所 文字,字=文字 ページ,頁=ページ ¥=円 $ € £ ℃,°C=℃"
) | {f"{k}月{t}": "ヶ月" for k in ("か", "ヶ", "カ", "ヵ", "ケ", "箇") for t in ("", "間")}
_LATIN_UNITS = _table(
    "yen,jpy=円 business_days=営業日 days,day=日 hours,hour,hrs,h=時間 minutes,minute,mins,min=分"
    " seconds,sec=秒 people,persons,person=人 years,year=年 months,month=ヶ月 weeks,week=週"
    " times=回 percent,per_cent=% pages,page=ページ items,cases=件 credits,credit=単位 gb mb kb tb kg km cm mm b m k m³,m3=m³ m²,m2=m²"
)
# A kanji numeral is a claim only before one of these: "一部", "一般", "一度", "一番", "一本化"
# and "一通り" are words, not figures, and their "units" are missing here on purpose.
_KANJI_UNITS = set("円 日 年 月 ヶ月 人 件 個 回 歳 台 枚 冊 階 週 時間 分 秒 営業日 % 倍 泊 種類 箇所 社 校 店".split())
# Kanji before a numeral that makes it part of a word: 第一, 同一, 唯一, 統一, 均一, 画一, 単一...
_KANJI_BLOCKERS = set("第同唯統均画単逐随択不")
# Numeral + unit that are idioms: 十分 (enough), 一時 (temporary), 一人ひとり (each), 一日あたり (per day).
_FALSE_FRIENDS = re.compile(rf"十分(?!間)|一人(?:ひとり|一人)|(?<=一人)一人|一日も|一[日人回件](?:あたり|当たり|につき|ごと)|一時(?![間半0-9{_KD}十])")


def _unit(raw: str | None) -> str | None:
    raw = (raw or "").lower().strip()
    return _JA_UNITS.get(raw) or _LATIN_UNITS.get(raw)


def _kanji_rejected(text: str, pos: int) -> bool:
    return (pos > 0 and text[pos - 1] in _KANJI_BLOCKERS) or bool(_FALSE_FRIENDS.match(text, pos))


_has_digit = re.compile("[0-9]").search  # ASCII digits only: NFKC has folded ０-９ already


# --- Patterns, in priority order; an earlier pass's span is never reused by a later one ---
_ERA = {"令和": 2018, "平成": 1988, "昭和": 1925}  # 令和1 = 2019 (元年), 平成1 = 1989
_ERA_YEAR = rf"(?P<era>令和|平成|昭和)\s?(?P<ey>元|[0-9]{{1,2}}|{_K}{{1,3}})"
_MONTH_NAME = (r"(?P<mn>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
               r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")  # fmt: skip
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_LATIN_WORD = r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:[-_./'][A-Za-z0-9]+)*"
_EN_DATES = (
    rf"(?i:\b{_MONTH_NAME}\s(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?(?:,?\s(?P<y>[0-9]{{4}}))?(?![0-9]))",
    rf"(?i:(?<![0-9])(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?\s{_MONTH_NAME}\b(?:,?\s(?P<y>[0-9]{{4}}))?)",
)
_ISO_DATES = (
    r"(?<![0-9])(?P<y>[0-9]{4})[/\-.](?P<m>[0-9]{1,2})[/\-.](?P<d>[0-9]{1,2})(?![0-9])",
    r"(?<![0-9.,/])(?P<y>[0-9]{4})/(?P<m>[0-9]{1,2})(?![0-9/])",
    r"(?<![0-9.,/])(?P<m>[0-9]{1,2})/(?P<d>[0-9]{1,2})(?![0-9/])",
)
_YEAR_PART = rf"(?:{_ERA_YEAR}|(?P<y>[0-9]{{4}}|[{_KD}]{{4}}))\s?年"
_JA_DATE = rf"{_NB}(?:{_YEAR_PART}度?\s?)?(?P<m>[0-9]{{1,2}}|{_K}{{1,2}})\s?月(?:\s?(?P<d>[0-9]{{1,2}}|{_K}{{1,3}})\s?日)?"
_JA_YEAR = rf"{_NB}{_YEAR_PART}(?!間)"
_JA_TIME = rf"(?:(?P<ap>午前|午後)\s?)?{_NB}(?P<h>[0-9]{{1,2}}|{_K}{{1,3}})\s?時(?!間)(?:\s?(?P<mi>[0-9]{{1,2}}|{_K}{{1,3}})\s?分|(?P<half>半))?"
_CLOCK = r"(?:(?P<ap>午前|午後)\s?)?(?<![0-9:.])(?P<h>[0-9]{1,2}):(?P<mi>[0-9]{2})(?![0-9:])(?:\s?(?P<ap2>(?:[AaPp]\.[Mm]\.|[AaPp][Mm]))(?![A-Za-z]))?"
_EN_TIME = r"(?<![0-9:.])(?P<h>[0-9]{1,2})\s?(?P<ap2>(?:[AaPp]\.[Mm]\.|[AaPp][Mm]))(?![A-Za-z])"
_WARI = rf"{_NB}(?P<n>[0-9]+|{_K}{{1,2}})割(?:(?P<b>[0-9]|[{_KD}])分)?"  # 3割5分 = 35%
_UNIT_ALT = "|".join(sorted(map(re.escape, _JA_UNITS), key=len, reverse=True))
_LATIN_ALT = "|".join(sorted(map(re.escape, _LATIN_UNITS), key=len, reverse=True))
_NUMBER = rf"(?P<pre>[¥$€£]\s?)?{_NB}(?P<n>{_NUM})(?:\s?(?P<u>{_UNIT_ALT}|(?i:{_LATIN_ALT})(?![A-Za-z])))?"
_KATAKANA = r"[ァ-ヺ](?:[ァ-ヺー]|・(?=[ァ-ヺ]))*"
_JAPANESE = re.compile(r"[ぁ-ヿ一-鿿]")

_Result = tuple[str, tuple[str, ...], str | None]  # kind, values, unit


def _date(m: re.Match[str], strict: bool) -> _Result | None:
    g = m.groupdict()
    year = _int(g.get("y"))
    if g.get("era"):
        year = _ERA[g["era"]] + (1 if g["ey"] == "元" else (_int(g["ey"]) or 0))
    elif year is not None and not 1800 <= year <= 2200:
        return None  # "5000年" is a duration: left to the number pass
    month = _MONTHS[g["mn"][:3].lower()] if g.get("mn") else _int(g.get("m"))
    day = _int(g.get("d"))
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
        return None
    # "2024-04-01", "2024-04", "2024"; without a year "--04-01", "--04" (ISO 8601 reduced forms).
    value = (f"{year:04d}" if year is not None else "-") + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if month and day else "")
    return "date", (value,), None


def _time(m: re.Match[str], strict: bool) -> _Result | None:
    g = m.groupdict()
    ap = g.get("ap") or (g.get("ap2") or "").lower().replace(".", "")
    if strict and not ap and not _has_digit(g["h"]) and _kanji_rejected(m.string, m.start("h")):
        return None  # 一時的, 一時停止
    hour, minute = _int(g["h"]), (_int(g.get("mi")) if g.get("mi") else (30 if g.get("half") else 0))
    if hour is None or minute is None or hour > 24 or minute > 59:
        return None
    hour += 12 if ap in ("午後", "pm") and hour < 12 else -12 if ap in ("午前", "am") and hour == 12 else 0
    values = [f"T{hour:02d}:{minute:02d}"]
    if not ap and ":" not in m.group() and 1 <= hour < 12:
        values.append(f"T{hour + 12:02d}:{minute:02d}")  # "9時" alone may be 21:00; "9:00" is not
    return "date", tuple(values), None


def _wari(m: re.Match[str], strict: bool) -> _Result | None:
    tenths, hundredths = _int(m["n"]), _int(m["b"]) if m["b"] else 0
    if tenths is None or hundredths is None or (strict and not _has_digit(m["n"]) and _kanji_rejected(m.string, m.start("n"))):
        return None
    return "percent", (str(tenths * 10 + hundredths),), "%"


def _number(m: re.Match[str], strict: bool) -> _Result | None:
    value, unit = _parse_number(m["n"]), _unit(m["u"]) or _unit(m["pre"])
    # "1つ", "一つ": counting things, not a figure to check. Kanji only with a unit (above).
    kanji_word = not _has_digit(m["n"]) and (unit not in _KANJI_UNITS or _kanji_rejected(m.string, m.start("n")))
    if value is None or (strict and (unit == "つ" or kanji_word)):
        return None
    return ("percent" if unit == "%" else "number"), (_fmt(value),), unit


# Latin words that are not names however they are capitalised.
_COMMON_LATIN = set(
    "i ok id pc url faq pdf ai it q a web email e-mail yes no n/a note tel fax mr ms mrs dr am pm"
    " japan japanese english monday tuesday wednesday thursday friday saturday sunday january"
    " february march april may june july august september october november december".split()
)
# Katakana common nouns (ー dropped, so ユーザ/ユーザー are one): a run made only of these is
# vocabulary, not a name, and must not be reported merely because a passage words it otherwise.
_COMMON_KATAKANA = {w.replace("ー", "") for w in """
    パスワード メール ログイン ログアウト アカウント ユーザー システム サービス ページ ファイル データ サイト ウェブ
    ホームページ ボタン クリック メニュー リンク アドレス フォーム サポート アプリ アプリケーション ダウンロード
    アップロード インストール プラン オンライン オプション チェック ポイント スタッフ センター サーバー ネットワーク
    コンピューター パソコン スマートフォン スマホ ソフトウェア ソフト セキュリティ エラー メッセージ テキスト
    ドキュメント マニュアル ガイド ルール ケース タイプ モード レベル グループ チーム メンバー プロジェクト
    スケジュール イベント セミナー キャンセル サイズ コスト リスト カード ドライブ フォルダ ブラウザ アクセス
    ポリシー プライバシー ルーム リセット ツール コード カレンダー オフィス トラブル コピー テンプレート
    ワークフロー ステップ プリンター ミーティング パーセント""".split()}  # fmt: skip


def _squash(text: str) -> str:
    """Name comparison form: normalised, lower-case, without spaces, ・ and hyphens."""
    return re.sub(r"[\s・\-‐‑‒–—−_]", "", normalize_japanese(_fold(text)[0]))


def _common_katakana(word: str) -> bool:
    word = word.replace("ー", "").replace("・", "")
    reachable = {0}  # prefixes of the word that common words cover end to end
    for i in range(len(word)):
        if i in reachable:
            reachable.update(i + len(common) for common in _COMMON_KATAKANA if word.startswith(common, i))
    return len(word) in reachable


# A telephone number (「045-555-0199」, 「03-1234-5678」) or an e-mail address: one value, found as
# it is written (its digits are no figures of their own).
_CONTACT = r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\d-])0\d{1,4}-\d{1,4}-\d{3,4}(?![\d-])"


def _contact(m: re.Match[str], strict: bool) -> _Result | None:
    return "contact", (_squash(m.group()),), None


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t\"'「『(（*")
    return not before or before[-1] in ".!?。！？:\n"


def _latin(m: re.Match[str], strict: bool) -> _Result | None:
    word = m.group()
    if len(word) < 2 or word.lower() in _COMMON_LATIN:
        return None
    if _has_digit(word):
        return "name", (_squash(word),), None
    # "It has..." / "The fee...": a capital that only starts an English sentence. Before
    # Japanese ("Qwenは") or inside a sentence, a capitalised word is a name.
    sentence_word = word[1:].islower() and _sentence_start(m.string, m.start()) and not _JAPANESE.match(m.string, m.end())
    return None if word.islower() or sentence_word else ("name", (_squash(word),), None)


def _katakana(m: re.Match[str], strict: bool) -> _Result | None:
    word = m.group()
    return None if len(word.replace("・", "")) < 3 or _common_katakana(word) else ("name", (_squash(word),), None)


# (pattern, handler, answer side only). Names come first when they hold digits (so "L-2031"
# is one name, not a number; on both sides, so "P1:15" reads alike), dates before times before
# numbers (so "4月1日" is one date).
_PASSES: list[tuple[re.Pattern[str], Callable[[re.Match[str], bool], _Result | None], bool]] = [
    (re.compile(_CONTACT), _contact, False),
    *((re.compile(p), _date, False) for p in _EN_DATES),
    (re.compile(_LATIN_WORD), lambda m, strict: _latin(m, strict) if _has_digit(m.group()) else None, False),
    *((re.compile(p), _date, False) for p in (*_ISO_DATES, _JA_DATE, _JA_YEAR)),
    *((re.compile(p), _time, False) for p in (_JA_TIME, _CLOCK, _EN_TIME)),
    (re.compile(_WARI), _wari, False),
    (re.compile(_NUMBER), _number, False),
    (re.compile(_LATIN_WORD), _latin, True),
    (re.compile(_KATAKANA), _katakana, True),
]


def _scan(text: str, strict: bool) -> list[tuple[int, int, _Result]]:
    taken = bytearray(len(text))
    hits: list[tuple[int, int, _Result]] = []
    for pattern, handler, answer_only in _PASSES:
        if answer_only and not strict:
            continue  # sources are searched for names as plain text
        for match in pattern.finditer(text):
            start, end = match.span()
            if start == end or any(taken[start:end]):
                continue
            result = handler(match, strict)
            if result is not None:
                taken[start:end] = b"\x01" * (end - start)
                hits.append((start, end, result))
    return sorted(hits, key=lambda hit: hit[0])


# --- Public API ---
def extract_claims(text: str) -> list[Claim]:
    """Numbers, dates, times, percentages and names of an answer, in order of appearance."""
    masked = text  # blanked to the same length, so offsets stay valid
    for pattern in (_CITATION, _ENUMERATOR, _LABEL_DIGITS, _A_UNITS_NAME):
        masked = pattern.sub(lambda m: " " * len(m.group()), masked)
    folded, origin = _fold(masked)
    claims = []
    for start, end, (kind, values, _) in _scan(folded, strict=True):
        # A voicing mark composed into the last character (ﾄﾞ) belongs to the claim too.
        first, last = origin[start], max(origin[end - 1] + 1, origin[end] if end < len(origin) else len(text))
        claims.append(Claim(text=text[first:last], kind=kind, start=first, end=last, values=values))
    return claims


@dataclass(frozen=True)
class _Index:
    numbers: frozenset[str]  # "5000|円" (with its unit), "5000|" (bare), "5000|*" (any)
    dates: frozenset[str]  # ISO strings with every reduction, and "Thh:mm" times
    names: str  # the whole source, squashed


def _date_parts(value: str) -> tuple[str | None, str | None, str | None]:
    m = re.fullmatch(r"(?:([0-9]{4})(?:-([0-9]{2}))?(?:-([0-9]{2}))?|--([0-9]{2})(?:-([0-9]{2}))?)", value)
    return (m[1], m[2] or m[4], m[3] or m[5]) if m else (None, None, None)


def _prepare(text: str) -> str:
    return _fold(_LABEL_DIGITS.sub(" ", text))[0]  # ①/⑴ blanked as in answers: "①6" is 6, not 16


@lru_cache(maxsize=512)
def _index(source: str) -> _Index:
    numbers: set[str] = set()
    dates: set[str] = set()
    for _, _, (kind, values, unit) in _scan(_prepare(source), strict=False):
        for value in values if kind not in _AS_TEXT else ():  # names are searched as plain text
            parts: list[tuple[str, str | None]] = [(value, unit)]
            if kind == "date":
                year, month, day = _date_parts(value)
                # A source date vouches for its parts: "2024-04-01" holds 2024, 2024-04, 4月, 4月1日, 1日.
                dates.update(filter(None, (value, year, year and month and f"{year}-{month}", month and f"--{month}", month and day and f"--{month}-{day}")))
                parts = [(str(int(part)), part_unit) for part, part_unit in ((year, "年"), (month, "月"), (day, "日")) if part]
            numbers.update(key for v, u in parts for key in (f"{v}|{u or ''}", f"{v}|*"))
    return _Index(frozenset(numbers), frozenset(dates), _squash(source))


@lru_cache(maxsize=1024)
def _claim_unit(text: str) -> str | None:
    """The unit of a number claim, read again from its text (Claim has no unit field)."""
    return next((unit for _, _, (kind, _, unit) in _scan(_prepare(text), strict=False) if kind not in _AS_TEXT), None)


# Kinds a source holds as plain text, not as a figure.
_AS_TEXT = ("name", "contact")


def _supported_by(claim: Claim, index: _Index) -> bool:
    if claim.kind in _AS_TEXT:
        return any(value and value in index.names for value in claim.values)
    if claim.kind == "date":
        for value in claim.values:
            if value in index.dates:
                return True
            year, month, day = _date_parts(value)
            # "2024年4月1日" vs a source with "4月1日" and, elsewhere, 2024.
            if year and month and day and f"--{month}-{day}" in index.dates and year in index.dates:
                return True
            if year and not month and f"{int(year)}|*" in index.numbers:
                return True
        return False
    unit = _claim_unit(claim.text)
    # With a unit: the same unit, or the bare value; without one: the value with any unit.
    suffixes = ("*",) if unit is None else (unit, "")
    return any(f"{value}|{suffix}" in index.numbers for value in claim.values for suffix in suffixes)


def is_supported(claim: Claim, sources: Sequence[str]) -> bool:
    """Whether one of the sources holds the claim (its value, date, time or name)."""
    return any(_supported_by(claim, _index(source)) for source in sources)


def unsupported_claims(answer: str, sources: Sequence[str]) -> list[Claim]:
    """The claims of the answer that none of the sources holds. Only sources count: a figure
    the user typed in the question vouches for nothing."""
    indexes = [_index(source) for source in sources]
    return [claim for claim in extract_claims(answer) if not any(_supported_by(claim, i) for i in indexes)]
