"""Every number, amount, date, percentage and name of a composed answer checked against the
passages it cites; the policy for what is shown when some are not found."""

from __future__ import annotations

from collections.abc import Sequence

from appliance import telemetry
from rag.answer_checks import vouched
from rag.asked import answers_what_was_asked, asked_kinds, claim_fits
from rag.citations import CITATION, Citation
from rag.claims import Claim, extract_claims
from rag.prompts import UNVERIFIED_MARK
from rag.retrieval import Passage


def check_claims(
    text: str, citations: Sequence[Citation], passages: Sequence[Passage], language: str, question: str = ""
) -> tuple[str, list[str], bool]:
    """Every number, amount, date, percentage and name of the answer must be in a passage it
    cites (every passage given, when it cites none). Returns the text to show, the claims
    not found, and whether the answer must be replaced by the refusal.

    Policy (bench/RESULTS.md): an answer whose claims are mostly unsupported is replaced by
    the refusal, since a wrong figure with a citation is worse than "not in your documents";
    when most are supported, the others stay, each marked 「（要確認）」, and are reported."""
    cited = {citation.n for citation in citations}
    sources = [f"{p.title}\n{p.context or p.text}" for n, p in enumerate(passages, start=1) if not cited or n in cited]
    body = CITATION.sub("", text)
    claims = extract_claims(body)
    unsupported = [claim for claim in claims if not vouched(claim, sources, question)]
    if not answers_what_was_asked(question, [claim for claim in claims if claim not in unsupported]):
        # Asked for a date, an amount, a count...: an answer that gives none (or only one it
        # cannot back) does not answer, however true its other figures are.
        telemetry.observe_unsupported_claims(len(unsupported))
        return text, [claim.text for claim in unsupported], True
    if not unsupported:
        return text, [], False
    telemetry.observe_unsupported_claims(len(unsupported))
    asked = asked_kinds(question)
    if len(claims) - len(unsupported) <= len(unsupported) or any(claim_fits(claim, asked) for claim in unsupported):
        # Mostly unsupported, or the unsupported one is the very value asked for: refuse.
        return text, [claim.text for claim in unsupported], True
    # Offsets are into the text without citation marks; mark each claim where it stands there,
    # found again in the original by its own text from the left.
    marked = text
    for claim in sorted(unsupported, key=lambda claim: claim.start, reverse=True):
        position = _locate(marked, body, claim)
        if position is not None:
            marked = marked[:position] + UNVERIFIED_MARK[language] + marked[position:]
    return marked, [claim.text for claim in unsupported], False


def _locate(text: str, body: str, claim: Claim) -> int | None:
    """Where the claim ends in `text` (which still has its citation marks)."""
    occurrence = body[: claim.start].count(claim.text)
    index = -1
    for _ in range(occurrence + 1):
        index = text.find(claim.text, index + 1)
        if index < 0:
            return None
    return index + len(claim.text)
