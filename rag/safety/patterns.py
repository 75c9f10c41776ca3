"""The building blocks of the rules: normalisation and the regex combinators that pair an
action with a target and let a "safe" word between them break the pair."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

# ---------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------

_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")  # soft hyphen, zero widths
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2010": "-", "\u2011": "-"})


def _normalise(question: str) -> tuple[str, str]:
    """Two views of the question: ``compact`` (no whitespace at all) for Japanese patterns,
    since spaces inside Japanese are noise and a way to dodge a pattern (「爆 弾」), and
    ``spaced`` (single spaces) for English, where word boundaries matter. NFKC folds
    full-width letters and half-width kana; lower-casing folds ASCII case."""
    text = unicodedata.normalize("NFKC", question)
    text = _INVISIBLE.sub("", text).translate(_QUOTES).lower()
    spaced = " ".join(text.split())
    compact = "".join(text.split())
    return compact, spaced


# ---------------------------------------------------------------------------------------
# Pattern helpers
# ---------------------------------------------------------------------------------------


def _alt(*parts: str) -> str:
    return "(?:" + "|".join(parts) + ")"


def _gap(n: int, safe: str) -> str:
    """Up to n characters in which no safe word starts (a "tempered" gap). This is what keeps
    「横領を防ぐ方法」 or "how do I report a phishing email" from pairing their two halves."""
    return f"(?:(?!{safe}).){{0,{n}}}"


def _near(a: str, b: str, n: int, safe: str) -> str:
    return f"{a}{_gap(n, safe)}{b}"


def _both(a: str, b: str, n: int, safe: str) -> str:
    return _alt(_near(a, b, n, safe), _near(b, a, n, safe))


# Words that turn a question into one about prevention, rules, reporting, handling or help.
_SAFE_JA = _alt(
    "防", "予防", "対策", "対応", "対処", "見抜", "見破", "見分", "発見", "見つけ", "気づ", "気付",
    "通報", "報告", "相談", "罰", "処分", "懲戒", "規程", "規定", "規則", "規制", "ルール", "ポリシー",
    "方針", "研修", "教育", "訓練", "啓発", "事例", "手口", "とは", "について", "違反", "疑い", "された",
    "されて", "されたら", "されない", "されず", "被害", "窓口", "手続", "申請", "確認", "チェック", "監査",
    "該当", "保護", "削除", "安全", "管理", "保管", "取扱", "取り扱", "廃棄", "駆除", "除去", "感染",
    "法律", "法令", "違法性", "にならな", "とならな", "リスク", "意味", "定義", "違い", "受け取", "受信", "届い",
    "来たら", "種類", "特徴", "傾向", "パターン", "ケース", "例", "ニュース", "制限", "ブロック", "フィルタ", "遮断",
    "禁止", "反論", "否定", "訂正",
)
_SAFE_EN = _alt(
    r"prevent", r"protect", r"defen[cs]e", r"detect", r"report", r"recogni[sz]", r"\bspot",
    r"identify (?:a |an |the )?(?:phishing|scam|fraud|fake)", r"avoid", r"victim", r"polic(?:y|ies)",
    r"procedure", r"training", r"compliance", r"\brules?\b", r"regulation", r"penalt", r"disciplin",
    r"consequence", r"awareness", r"handl", r"respond", r"response", r"deal(?:ing)? with", r"safe(?:ly|ty)",
    r"\bstor(?:e|age)", r"dispos", r"remov", r"\bclean", r"\bscan", r"\banti-?", r"complain", r"harass",
    r"suspect", r"suspicious", r"\bnot\b", r"n't\b", r"\bnever\b", r"make sure", r"ensure", r"comply",
    r"\bstop", r"combat", r"\bfight", r"\bcounter(?!feit)", r"reduce", r"tackle", r"debunk", r"fact-?check", r"verify",
    r"know (?:if|whether)", r"tell (?:if|whether)", r"\bcounts? as", r"considered", r"qualif", r"defin", r"\bmean",
    r"differ", r"whether", r"\bblock", r"filter", r"restrict", r"updat", r"\bchang", r"regist", r"\bedit\b", r"submit",
    r"\bmy (?:own )?(?:home|personal|private|cell|mobile|medical|kids|children|salary|account|password|address)",
)

# "How do I / how to / help me / I want to ..." : the frames that make an English sentence a
# request for capability rather than a question about a topic.
_REQ_EN_PARTS = (
    r"\bhow (?:do|can|could|would|should|might|does) (?:i|we|you|one|someone|somebody|people|a person)\b",
    r"\bhow to\b", r"\bhow i can\b", r"\bways? (?:to|of)\b", r"\bsteps? (?:to|for)\b",
    r"\btips (?:for|to|on)\b", r"\bteach me\b", r"\bshow me\b", r"\btell me how\b", r"\bhelp me\b",
    r"\bexplain how\b", r"\bguide (?:to|for|on)\b", r"\binstructions? (?:for|to|on)\b", r"\brecipe for\b",
    r"\bi (?:want|need|would like|'d like|wanna|plan|intend|am going|'m going|have) to\b", r"\blet me\b",
    r"\b(?:best|easiest|quickest|fastest|cheapest|simplest|safest|a good) way to\b", r"\bis it possible to\b",
    r"\bwhere (?:can|do|could|should) i\b", r"\bwhere to\b",
)
_POLITE_EN = (r"\b(?:can|could|would|will) you\b", r"\bplease\b")
_REQ_EN = _alt(*_REQ_EN_PARTS, *_POLITE_EN)
# Without "can you / please": for crimes, "Can you explain the insider trading rules?" is a
# question about a topic; the how-to frames are what ask for capability.
_REQ_EN_STRICT = _alt(*_REQ_EN_PARTS)
# An imperative at the start of a sentence ("Write malware that ...") is a request too.
_IMPERATIVE = r"(?:^|[.!?;:]\s*)(?:please\s+|pls\s+|now\s+|just\s+)?"


def _ask_en(action: str, gap: int = 40) -> str:
    """An English request for ``action`` (a pattern starting with its verb): a request frame
    a little before it, or the verb opening a sentence. Never "anything near the start": in
    "Our server suffered a DDoS attack" nobody asks for one."""
    return _alt(_near(_REQ_EN, action, gap, _SAFE_EN), _IMPERATIVE + action)

# Japanese request markers: how-to nouns, wants, and asks.
_REQ_JA = _alt(
    "方法", "やり方", "仕方", "作り方", "手順", "コツ", "テクニック", "ノウハウ", "秘訣", "するには", "したい",
    "したら(?:いい|よい)", "すれば(?:いい|よい)", "できる(?:方法|か)", "できますか", "どうすれば", "どうやって",
    "どうしたら", "教えて", "知りたい", "書いて", "作って", "考えて", "ツール", "スキーム", "抜け道", "抜け穴",
)
_EVADE_JA = _alt(
    "(?:ばれ|バレ)(?:ない|ずに|なく)", "気[づ付]かれ(?:ない|ずに)", "見つから(?:ない|ずに)", "発覚しない",
    "足が[つ付]かない", "(?:証拠|痕跡)を?(?:残さ|消)", "捕まらない", "つかまらない", "こっそり", "内緒で", "秘密裏に",
)
_EVADE_EN = _alt(
    r"without (?:getting|being) (?:caught|detected|noticed|traced|found out)",
    r"(?:not|never|avoid|without) get(?:ting)? caught", r"undetected", r"under the radar",
    r"cover (?:it up|up|my tracks)", r"hide (?:it|the (?:evidence|money|transactions?|payments?))",
    r"so (?:that )?(?:no ?one|nobody|hr|my boss|the auditors?|the company|they) (?:will |won't |can't )?(?:notices?|finds? out|knows?|catch(?:es)?|tell)",
    r"without (?:anyone|anybody|hr|my boss|the auditors?|them|the company) (?:noticing|knowing|finding out)",
    r"leave no (?:trace|evidence)", r"get away with",
)


@dataclass(frozen=True)
class _Rule:
    category: str
    name: str
    lang: str  # "ja": matched against the compact view, "en": against the spaced view
    pattern: re.Pattern[str]


def _rules(category: str, lang: str, named: Mapping[str, str]) -> list[_Rule]:
    return [_Rule(category, f"{category}.{name}", lang, re.compile(rx)) for name, rx in named.items()]
