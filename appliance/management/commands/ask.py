"""`manage.py ask --org SLUG [--user USERNAME] [--json] QUESTION`

JSON: {"answer", "citations": [{"n", "document_id", "title", "filename", "page", "text"}], "grounded"}
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from appliance.answering import answer_question
from appliance.management.commands._actor import command_actor


class Command(BaseCommand):
    help = "Ask a question of an organization's documents, as a user (default: as an organization admin)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("question", nargs="+")
        parser.add_argument("--org", required=True, metavar="SLUG")
        parser.add_argument("--user", metavar="USERNAME")
        parser.add_argument("-k", type=int, default=5)
        parser.add_argument("--json", action="store_true", dest="as_json")

    def handle(self, *args: Any, question: list[str], org: str, user: str | None, k: int, as_json: bool, **options: Any) -> None:
        from appliance.llm import LLMError

        actor = command_actor(org=org, username=user)
        try:
            answer = answer_question(actor=actor, question=" ".join(question), k=k)
        except LLMError as error:
            raise CommandError(f"the language model is unavailable: {error}") from None
        if as_json:
            self.stdout.write(json.dumps(answer.as_json(), ensure_ascii=False))
            return
        self.stdout.write(answer.text)
        for citation in answer.citations:
            page = f" p.{citation.page}" if citation.page else ""
            self.stdout.write(f"  [{citation.n}] {citation.title}{page} ({citation.filename})")
        if not answer.grounded and not answer.refused:
            self.stdout.write("  (this answer cites no document)")
