"""`manage.py ask --org SLUG [--user USERNAME] [--history FILE.json] [--attach FILE] [--json] QUESTION`

JSON: {"answer", "citations": [{"n", "document_id", "title", "filename", "page", "text"}], "grounded",
"unsupported": [claims no cited passage holds], "refused"}, and "route": {"specialist", "specialist_id",
"rule", "score"} when one of the organization's specialists answered (specialists/routing.py).

--history FILE.json: the earlier questions of the conversation (a JSON list of strings, asked
in order first), or its earlier turns ([{"role", "content"}]); QUESTION is then a follow-up.

--attach FILE: a PNG, JPEG or WebP image or a PDF (its first page) the question is about: read
with the layout reader and answered from beside the organization's documents, never indexed.
Its citations are titled 「添付画像」 and carry "attachment" (the file's name) and "region"
([left, top, right, bottom], fractions of the picture) besides the keys above.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from appliance.cli import command_actor
from rag.console import answer_json, attached_passages, conversation_json, demo_ready, model_for_this_run, read_history
from rag.prompts import NOT_FOUND


class Command(BaseCommand):
    help = "Ask a question of an organization's documents, as a user (default: as an organization admin)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("question", nargs="+")
        parser.add_argument("--org", required=True, metavar="SLUG")
        parser.add_argument("--user", metavar="USERNAME")
        parser.add_argument("-k", type=int, default=None, help="passages given to the model (default: ANSWER_PASSAGES)")
        parser.add_argument("--history", type=Path, metavar="FILE.json", help="earlier questions or turns of the conversation")
        parser.add_argument("--attach", type=Path, metavar="FILE", help="an image or PDF page the question is about")
        parser.add_argument("--json", action="store_true", dest="as_json")

    def handle(
        self, *args: Any, question: list[str], org: str, user: str | None, k: int | None, history: Path | None, attach: Path | None,
        as_json: bool, **options: Any,
    ) -> None:
        demo_ready(org)
        actor = command_actor(org=org, username=user)
        attachments = attached_passages(attach) if attach is not None else []
        with model_for_this_run():
            if history is None:
                answer = answer_json(actor=actor, question=" ".join(question), k=k, attachments=attachments)
            else:
                earlier_questions, turns = read_history(history)
                if earlier_questions:
                    answer, _ = conversation_json(actor=actor, turns=[*earlier_questions, " ".join(question)], k=k, attachments=attachments)
                else:
                    answer = answer_json(actor=actor, question=" ".join(question), k=k, history=turns, attachments=attachments)
        if as_json:
            self.stdout.write(json.dumps(answer, ensure_ascii=False))
            return
        self.stdout.write(answer["answer"])
        if answer.get("route"):
            self.stdout.write(f"  担当: {answer['route']['specialist']}")
        for citation in answer["citations"]:
            page = f" p.{citation['page']}" if citation["page"] else ""
            self.stdout.write(f"  [{citation['n']}] {citation['title']}{page} ({citation['filename']})")
        for claim in answer.get("unsupported", []):
            self.stdout.write(f"  要確認 / unverified: {claim} is in no cited passage")
        if not answer["grounded"] and not answer.get("refused") and answer["answer"] not in NOT_FOUND.values():
            self.stdout.write("  (this answer cites no document)")
