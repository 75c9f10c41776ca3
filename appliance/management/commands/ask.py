"""`manage.py ask --org SLUG [--user USERNAME] [--json] QUESTION`

JSON: {"answer", "citations": [{"n", "document_id", "title", "filename", "page", "text"}], "grounded"}
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from appliance.answering import answer_question
from appliance.management.commands._actor import command_actor
from appliance.management.commands._owner import run_in_owner, store_is_local
from appliance.selectors import Actor


def answer_json(*, actor: Actor, question: str, k: int | None) -> dict[str, Any]:
    """The answer as JSON, computed here or, while the appliance holds the store, by it."""
    from django.conf import settings

    from appliance.llm import LLMError

    try:
        if store_is_local():
            return answer_question(actor=actor, question=question, k=k).as_json()
        from appliance.tasks import answer_task

        return run_in_owner(answer_task, actor=actor, timeout=settings.LLM_TOTAL_TIMEOUT + 60, question=question, k=k)
    except LLMError as error:
        raise CommandError(f"the language model is unavailable: {error}") from None


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
        from appliance.answering import NOT_FOUND

        if not answer["grounded"] and answer["answer"] not in NOT_FOUND.values():
            self.stdout.write("  (this answer cites no document)")
