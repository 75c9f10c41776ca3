"""What the screen returns and what the user is told."""

from __future__ import annotations

from dataclasses import dataclass

CATEGORIES: tuple[str, ...] = (
    "illegal",  # 違法行為の助長: fraud, embezzlement, tax evasion, forgery, hacking, malware
    "discrimination",  # 差別・ヘイト: slurs, "X人は劣っている", discriminatory hiring
    "privacy",  # 個人情報の詮索: locating / identifying a private person, their private data
    "self_harm",  # 自傷・自殺: methods; answered with SELF_HARM_REPLY, not a bare refusal
    "dangerous",  # 危険物・暴力: weapons, explosives, poisons, illegal drugs, harming others
    "sexual",  # 性的コンテンツ: explicit content, voyeurism, anything sexual about minors
    "misinformation",  # 誤情報の拡散: fabricating or spreading false news, reviews, rumours
)


@dataclass(frozen=True)
class Verdict:
    harmful: bool
    category: str | None  # one of CATEGORIES when harmful, else None
    reason: str  # the rule's name: short, for logs and tests (never the user's text)

    def __post_init__(self) -> None:
        # A harmful verdict without a known category would make reply_for and the evaluation
        # report guess; fail where the verdict is built instead.
        if self.harmful and self.category not in CATEGORIES:
            raise ValueError(f"harmful verdict needs a category from CATEGORIES, got {self.category!r}")
        if not self.harmful and self.category is not None:
            raise ValueError("a benign verdict has no category")


REFUSAL: dict[str, str] = {
    "ja": "申し訳ありませんが、このご質問にはお答えできません。業務や社内規程についてのご質問でしたら、お手伝いします。",
    "en": "Sorry, I can't help with this request. I'm glad to help with questions about your work or company policies.",
}

# For self-harm a refusal alone can leave someone in crisis with nothing; the reply points to
# people who can help, in and outside the company. Numbers checked against public listings
# (MHLW's こころの健康相談統一ダイヤル, よりそいホットライン, which also takes calls in other
# languages); operators may want to add their own EAP / 産業医 contact here.
SELF_HARM_REPLY: dict[str, str] = {
    "ja": (
        "このご質問にはお答えできませんが、つらい気持ちを一人で抱え込まないでください。"
        "こころの健康相談統一ダイヤル（0570-064-556）、よりそいホットライン（0120-279-338、24時間）、"
        "いのちの電話などで話を聞いてもらえます。社内では産業医や相談窓口（カウンセリング）も利用できます。"
        "今すぐ危険な状態のときは119番に連絡してください。"
    ),
    "en": (
        "I can't help with that, but please don't carry this alone. In Japan you can talk to someone at "
        "Yorisoi Hotline (0120-279-338, 24 hours, other languages available), the TELL Lifeline (in English) "
        "or Inochi no Denwa. At work, the company's occupational physician and counselling service are there "
        "for you too. If you are in immediate danger, call 119."
    ),
}


def reply_for(verdict: Verdict, language: str) -> str:
    """The text shown instead of an answer, in the question's language ("ja" or "en";
    anything else gets English, the appliance's other answer language)."""
    if not verdict.harmful:
        # Callers answer benign questions normally; asking for a refusal is a bug upstream.
        raise ValueError("reply_for() is only for harmful verdicts")
    lang = "ja" if language.lower().startswith("ja") else "en"
    replies = SELF_HARM_REPLY if verdict.category == "self_harm" else REFUSAL
    return replies[lang]
