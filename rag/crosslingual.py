"""English questions over Japanese documents.

The embedder places "What is the overseas daily allowance for a section manager?" about as
near the travel table's 課長 row as its 部長 row, and Sudachi finds no term in common: on the
English set the right sentence was often not among those the model was shown. So the model
first translates the question into Japanese (one short call), and that is what is searched
and what the sentences are chosen by; the model still answers the question as asked, in
English. The translation is used only when it is Japanese, one question, and states no
figure the question does not (bench/RESULTS.md measures it).
"""

from __future__ import annotations

from appliance import components
from appliance.text.japanese import language_of
from rag.citations import CITATION
from rag.claims import extract_claims, is_supported

TRANSLATE_SYSTEM_PROMPT = "英語の質問を日本語の質問に翻訳してください。"
# A 0.5B model echoes the English back when only told to translate; three examples of the
# task make it write Japanese (imperfect: 「海外の日付補給額」, yet 海外 finds the table).
EXAMPLES = (
    ("How many paid holidays do I get?", "有給休暇は何日もらえますか？"),
    ("Who approves business trips?", "出張は誰が承認しますか？"),
    ("What is the price of the new laptop?", "新しいノートパソコンの価格はいくらですか？"),
)
MAX_TRANSLATION_CHARS = 120


def japanese_question(question: str, *, model: str | None = None) -> str | None:
    """The question in Japanese, or None when the model's translation cannot be trusted."""
    messages = [{"role": "system", "content": TRANSLATE_SYSTEM_PROMPT}]
    for english, japanese in EXAMPLES:
        messages += [{"role": "user", "content": english}, {"role": "assistant", "content": japanese}]
    messages.append({"role": "user", "content": question})
    reply = components.llm().chat(messages, model=model, max_tokens=64, temperature=0.0).strip()
    candidate = reply.splitlines()[0].strip() if reply else ""
    return candidate if translation_is_safe(candidate, question=question) else None


def translation_is_safe(translation: str, *, question: str) -> bool:
    """Japanese, short, no citation, and no number, date or amount the question lacks (a
    name may be transliterated: MiraiNote → ミライノート)."""
    if not translation or len(translation) > MAX_TRANSLATION_CHARS or CITATION.search(translation):
        return False
    if language_of(translation) != "ja":
        return False
    return all(is_supported(claim, [question]) for claim in extract_claims(translation) if claim.kind != "name")
