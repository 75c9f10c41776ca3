"""Harmful-request screening: runs on the question before retrieval or the model.

Why a rule screen and not the model: the appliance's LLM is small, answers from whatever
passages it is given, and can be steered by a document that carries instructions. A request
for, say, explosives must be refused whatever the documents say, so the decision is made
here, on the question alone, before anything is retrieved. Pure Python and deterministic:
no Django, no network, no weights, so it runs the same in the web process, the worker and
offline evaluation (``manage.py evaluate --safety``).

How it decides: a request is harmful when it pairs a harmful *action* with a *target*
("作り方" + "爆弾", "steal" + "password", "調べる" + someone's "自宅住所"), or a
wrongdoing with an evasion ("横領" + "ばれないように"). A topic word alone never flags:
employees legitimately ask about harassment desks, phishing reports, personal-data rules,
chemical storage or suicide-prevention contacts. Between the two halves of a pair, a
"safe" word (防止, 相談, 規程, report, prevent, policy ...) breaks the match, so
「横領を防ぐ方法」 or "How do I report a phishing email?" pass while 「横領がばれない方法」
does not (see ``_gap``).

Categories follow the risk areas of AnswerCarefully (llm-jp, Japanese LLM safety data):
違法行為の助長 → illegal, 差別・ヘイト → discrimination, 個人情報の詮索 → privacy,
自傷 → self_harm, 危険物・暴力 → dangerous, 性的コンテンツ → sexual,
誤情報の拡散 → misinformation.

Known limits (by design of a rule screen): paraphrases and euphemisms the patterns do not
name pass; requests split over several conversation turns are judged one turn at a time;
languages other than Japanese and English are not screened. It is a first line in front of
the model's own refusal, not a replacement for it.
"""

from rag.safety.answercarefully import load_answercarefully
from rag.safety.rules import classify
from rag.safety.verdicts import CATEGORIES, REFUSAL, SELF_HARM_REPLY, Verdict, reply_for

__all__ = ["CATEGORIES", "REFUSAL", "SELF_HARM_REPLY", "Verdict", "classify", "load_answercarefully", "reply_for"]
