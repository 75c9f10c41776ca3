"""`manage.py ask --org SLUG [--user USERNAME] [--json] QUESTION`

JSON: {"answer", "citations": [{"n", "document_id", "title", "filename", "page", "text"}], "grounded"}
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from appliance.cli import command_actor
from rag.console import answer_json
from rag.prompts import NOT_FOUND


class Command(BaseCommand):
    help = "Ask a question of an organization's documents, as a user (default: as an organization admin)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("question", nargs="+")
        parser.add_argument("--org", required=True, metavar="SLUG")
        parser.add_argument("--user", metavar="USERNAME")
        parser.add_argument("-k", type=int, default=None, help="passages given to the model (default: ANSWER_PASSAGES)")
        parser.add_argument("--json", action="store_true", dest="as_json")

    def handle(self, *args: Any, question: list[str], org: str, user: str | None, k: int | None, as_json: bool, **options: Any) -> None:
        actor = command_actor(org=org, username=user)
        answer = answer_json(actor=actor, question=" ".join(question), k=k)
        if as_json:
            self.stdout.write(json.dumps(answer, ensure_ascii=False))
            return
        self.stdout.write(answer["answer"])
        for citation in answer["citations"]:
            page = f" p.{citation['page']}" if citation["page"] else ""
            self.stdout.write(f"  [{citation['n']}] {citation['title']}{page} ({citation['filename']})")
        if not answer["grounded"] and answer["answer"] not in NOT_FOUND.values():
            self.stdout.write("  (this answer cites no document)")
