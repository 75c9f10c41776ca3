"""Follow-up questions: what to search for, and when a model's rewrite may be trusted.

The user's own question always goes into the answer prompt, with the recent turns as context
(rag/prompts.py). Only the search needs a standalone query. Two ways to get one:

* joined (the default): the question as asked, and the question joined to the previous user
  turn; both are searched and the one whose best passage is closer wins. No LLM call, so a
  follow-up costs no more than a first question (about 30 s less on the CPU model).
* rewritten (FOLLOWUP_REWRITE=on): the model rewrites the follow-up, and the rewrite is used
  only if `rewrite_is_safe` accepts it. On the 0.5B model a rewrite once came back as an
  answer with an invented citation (「参加費は100万円です。 [2]」) and was then searched for
  and asked as if the user had typed it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag.citations import CITATION
from rag.claims import extract_claims, is_supported

# Ends like a question, or asks with a question word: a rewrite that is a statement is an
# answer in disguise.
_QUESTION_END = re.compile(r"(?:[?？]|か|かな|ですか|ますか|の|でしょうか)\s*[。.]?\s*$")
_QUESTION_WORD = re.compile(
    r"(?:いつ|どこ|だれ|誰|何|なに|なん|いくら|いくつ|どの|どう|どれ|どんな|なぜ|何故|"
    r"\b(?:what|when|where|who|whom|which|why|how|is|are|can|do|does|did|should|may)\b)",
    re.IGNORECASE,
)
MAX_REWRITE_CHARS = 200


def previous_user_turn(history: Sequence[dict[str, str]]) -> str | None:
    for turn in reversed(history):
        if turn.get("role") == "user" and turn.get("content", "").strip():
            return turn["content"].strip()
    return None


def search_queries(question: str, history: Sequence[dict[str, str]]) -> list[str]:
    """The question as asked first; for a follow-up, also the question joined to the turn
    before it, which carries the subject an elliptical follow-up leaves out."""
    queries = [question]
    previous = previous_user_turn(history)
    if previous and previous != question:
        queries.append(f"{previous} {question}")
    return queries


def rewrite_is_safe(rewrite: str, *, question: str, history: Sequence[dict[str, str]]) -> bool:
    """A rewrite is used only if it is one question, cites nothing, and states no number,
    date, amount or name that neither the question nor the conversation holds."""
    rewrite = rewrite.strip()
    if not rewrite or len(rewrite) > MAX_REWRITE_CHARS or "\n" in rewrite:
        return False
    if CITATION.search(rewrite):
        return False
    if not (_QUESTION_END.search(rewrite) or _QUESTION_WORD.search(rewrite)):
        return False
    known = [question, *(turn.get("content", "") for turn in history)]
    return all(is_supported(claim, known) for claim in extract_claims(rewrite))
