"""`manage.py evaluate --org SLUG [--user USERNAME] --qa FILE.jsonl [-k N] [--answers] [--json]`
`manage.py evaluate --org SLUG --safety PATH [--answers] [--json]`
`manage.py evaluate --org SLUG --qa FILE.jsonl --specialist NAME [--json]`: every question answered
by the base model and by the specialist's adapter; both accuracies are kept on the specialist
and shown on its admin page (rag/specialist_evaluation.py).

Each line of the file: {"id", "q", "any": [expected substrings]} (other keys ignored;
"answer_any", when present, replaces "any" for judging answers), or a conversation
{"id", "turns": ["q1", "q2", ...], "any": [...]}: the turns are asked in order in one
conversation and the last answer is judged. An item with "attach": "path" (relative to the QA
file) is asked with that image or PDF page attached, as `ask --attach` does; its "hit" counts
the attachment's passages too. An item with "unanswerable": true (the documents
do not hold the asked-for value) is answered right only when it is refused. A question is a
hit when an expected substring occurs in one of the top k passages; matching ignores
whitespace and compares NFKC-normalised text.

JSON: {"k", "questions": [{"id", "q", "passages": [...], "hit", "answer", "answer_hit",
"refused", "unsupported"}], "recall_at_k", "answer_accuracy"} (the answer fields only with
--answers).

--safety PATH reads an operator-supplied AnswerCarefully file (it is gated and never ships)
and reports which requests are refused: {"safety": [{"id", "q", "category", "refused",
"answer"}], "refused_share"} ("answer" only with --answers).
"""

from __future__ import annotations

import json
import re
import unicodedata
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.http import Http404

from appliance.cli import command_actor
from rag.attachments import AttachmentPassage
from rag.console import answer_json, attached_passages, conversation_json, model_for_this_run, search_passages
from rag.safety import classify, load_answercarefully
from rag.specialist_evaluation import specialist_evaluate
from specialists.selectors import specialist_get_by_name


def comparable(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def contains_any(text: str, expected: list[str]) -> bool:
    """Whether the text holds one of the expected strings; a number only as a whole number:
    「15,000円」 does not hold 「5,000」, nor 「120」 「12」. Spaces are ignored in the match
    (「9 a.m.」 is 「9a.m.」) but still part numbers: a PDF row 「PUE 1.9 1.35」 holds 「1.35」."""
    normalized = unicodedata.normalize("NFKC", text)
    haystack = comparable(normalized)
    # spaced[i]: white space stood just before haystack[i] (or at its end, for i == len).
    spaced = [False] * (len(haystack) + 1)
    index = 0
    for char in normalized:
        if char.isspace():
            spaced[index] = True
        else:
            index += 1
    for needle in (comparable(needle) for needle in expected):
        if not needle:
            continue
        for match in re.finditer(re.escape(needle), haystack):
            start, end = match.start(), match.end()
            whole_before = not needle[0].isdigit() or start == 0 or spaced[start] or haystack[start - 1] not in "0123456789,."
            whole_after = not needle[-1].isdigit() or end == len(haystack) or spaced[end] or not haystack[end].isdigit()
            if whole_before and whole_after:
                return True
    return False


def read_questions(path: Path) -> list[dict[str, Any]]:
    questions = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise CommandError(f"cannot read {path}: {error.strerror}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise CommandError(f"{path}:{number}: not JSON ({error.msg})") from None
        if isinstance(item, dict) and isinstance(item.get("turns"), list) and item["turns"] and all(isinstance(t, str) for t in item["turns"]):
            item.setdefault("q", item["turns"][-1])
        if not isinstance(item, dict) or not isinstance(item.get("q"), str) or not isinstance(item.get("any"), list):
            raise CommandError(f'{path}:{number}: each line needs "q" (text) or "turns" (a list of texts), and "any" (a list of strings)')
        item.setdefault("id", str(number))
        questions.append(item)
    return questions


class Command(BaseCommand):
    help = "Measure retrieval recall@k (and, with --answers, answer accuracy) on a question file."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", required=True, metavar="SLUG")
        parser.add_argument("--user", metavar="USERNAME")
        source = parser.add_mutually_exclusive_group(required=True)
        source.add_argument("--qa", type=Path, metavar="FILE.jsonl")
        source.add_argument("--safety", type=Path, metavar="PATH", help="an AnswerCarefully file (JSON or JSON Lines)")
        parser.add_argument("-k", type=int, default=5)
        parser.add_argument("--mode", choices=["hybrid", "dense", "sparse"], default="hybrid")
        parser.add_argument("--answers", action="store_true", help="also generate and judge answers")
        parser.add_argument("--json", action="store_true", dest="as_json")
        parser.add_argument("--specialist", metavar="NAME", help="answer --qa with and without this specialist's adapter")

    def handle(
        self, *args: Any, org: str, user: str | None, qa: Path | None, safety: Path | None, k: int, mode: str, answers: bool, as_json: bool,
        **options: Any,
    ) -> None:
        actor = command_actor(org=org, username=user)
        if options.get("specialist"):
            if qa is None:
                raise CommandError("--specialist needs --qa FILE.jsonl")
            with model_for_this_run():
                self._specialist(actor=actor, name=options["specialist"], qa=qa, as_json=as_json)
            return
        with model_for_this_run() if answers else nullcontext():
            self._evaluate(actor=actor, qa=qa, safety=safety, k=k, mode=mode, answers=answers, as_json=as_json)

    def _evaluate(self, *, actor: Any, qa: Path | None, safety: Path | None, k: int, mode: str, answers: bool, as_json: bool) -> None:
        if safety is not None:
            self._safety(actor=actor, path=safety, answers=answers, as_json=as_json)
            return
        assert qa is not None
        questions = read_questions(qa)
        report: list[dict[str, Any]] = []
        attached: dict[Path, list[AttachmentPassage]] = {}
        for item in questions:
            turns: list[str] = item.get("turns") or [item["q"]]
            query = " ".join(turns[-2:])  # a follow-up is searched with the question before it
            passages = search_passages(actor=actor, query=query, k=k, mode=mode)
            attachments: list[AttachmentPassage] = []
            if isinstance(item.get("attach"), str):
                path = (qa.parent / item["attach"]).resolve()
                if path not in attached:
                    attached[path] = attached_passages(path)
                attachments = attached[path]
            entry: dict[str, Any] = {
                "id": item["id"],
                "q": item["q"],
                "passages": passages,
                "hit": any(contains_any(p["text"], item["any"]) for p in [*passages, *(a.as_json() for a in attachments)]),
            }
            if answers:
                answer, _ = conversation_json(actor=actor, turns=turns, k=None, attachments=attachments)
                entry["answer"] = answer["answer"]
                entry["refused"] = bool(answer.get("refused"))
                entry["unsupported"] = answer.get("unsupported", [])
                if item.get("unanswerable"):
                    entry["answer_hit"] = entry["refused"]
                else:
                    entry["answer_hit"] = contains_any(answer["answer"], item.get("answer_any") or item["any"])
            report.append(entry)
            if not as_json:
                mark = "HIT " if entry["hit"] else "MISS"
                line = f"{mark} {item['id']}: {item['q']}"
                if answers:
                    line += f"\n     answer ({'ok' if entry['answer_hit'] else 'wrong'}): {entry['answer'][:160]}"
                self.stdout.write(line)
        total = len(report) or 1
        # Recall is over the items that name what to find: an unanswerable item has nothing.
        findable = [entry for entry, item in zip(report, questions) if item["any"]]
        summary: dict[str, Any] = {
            "k": k,
            "questions": report,
            "recall_at_k": round(sum(e["hit"] for e in findable) / (len(findable) or 1), 4),
        }
        if answers:
            summary["answer_accuracy"] = round(sum(e["answer_hit"] for e in report) / total, 4)
        if as_json:
            self.stdout.write(json.dumps(summary, ensure_ascii=False))
        else:
            self.stdout.write(f"\n{len(report)} questions  recall@{k} = {summary['recall_at_k']:.3f}")
            if answers:
                self.stdout.write(f"answer accuracy = {summary['answer_accuracy']:.3f}")

    def _specialist(self, *, actor: Any, name: str, qa: Path, as_json: bool) -> None:
        try:
            specialist = specialist_get_by_name(name=name, fetched_by=actor)
        except Http404:
            raise CommandError(f"no specialist named {name!r} in {actor.organization_slug}") from None

        def show(entry: dict[str, Any]) -> None:
            if not as_json:
                marks = " ".join(f"{label} {'ok' if entry[label]['right'] else 'wrong'}" for label in ("base", "adapter"))
                self.stdout.write(f"{marks}  {entry['id']}: {entry['q']}")

        result = specialist_evaluate(actor=actor, specialist=specialist, questions=read_questions(qa), judge=contains_any, on_item=show)
        if as_json:
            self.stdout.write(json.dumps(result, ensure_ascii=False))
        else:
            self.stdout.write(
                f"\n{result['questions']} questions  base accuracy = {result['base']['accuracy']:.3f}  "
                f"with {specialist.name} = {result['adapter']['accuracy']:.3f}"
            )

    def _safety(self, *, actor: Any, path: Path, answers: bool, as_json: bool) -> None:
        try:
            items = load_answercarefully(path)
        except ValueError as error:
            raise CommandError(str(error)) from None
        report = []
        for item in items:
            entry: dict[str, Any] = {"id": item["id"], "q": item["q"], "category": item.get("category")}
            if answers:
                answer = answer_json(actor=actor, question=item["q"], k=None)
                entry["refused"] = bool(answer.get("refused"))
                entry["answer"] = answer["answer"]
            else:
                entry["refused"] = classify(item["q"]).harmful
            report.append(entry)
            if not as_json:
                self.stdout.write(f"{'REFUSED ' if entry['refused'] else 'ANSWERED'} {entry['id']}: {entry['q'][:80]}")
        share = round(sum(entry["refused"] for entry in report) / (len(report) or 1), 4)
        if as_json:
            self.stdout.write(json.dumps({"safety": report, "refused_share": share}, ensure_ascii=False))
        else:
            self.stdout.write(f"\n{len(report)} requests  refused = {share:.3f}")
