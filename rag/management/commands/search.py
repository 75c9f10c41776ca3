"""`manage.py search --org SLUG [--user USERNAME] [-k N] [--json] QUERY`

JSON: {"results": [{"document_id", "title", "filename", "page", "score", "text"}]}
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from appliance.cli import command_actor
from rag.console import search_passages


class Command(BaseCommand):
    help = "Search an organization's documents as a user (default: as an organization admin)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("query", nargs="+")
        parser.add_argument("--org", required=True, metavar="SLUG")
        parser.add_argument("--user", metavar="USERNAME")
        parser.add_argument("-k", type=int, default=5)
        parser.add_argument("--mode", choices=["hybrid", "dense", "sparse"], default="hybrid")
        parser.add_argument("--json", action="store_true", dest="as_json")

    def handle(self, *args: Any, query: list[str], org: str, user: str | None, k: int, mode: str, as_json: bool, **options: Any) -> None:
        actor = command_actor(org=org, username=user)
        results = search_passages(actor=actor, query=" ".join(query), k=k, mode=mode)
        if as_json:
            self.stdout.write(json.dumps({"results": results}, ensure_ascii=False))
            return
        if not results:
            self.stdout.write("no results")
        for rank, passage in enumerate(results, start=1):
            page = f" p.{passage['page']}" if passage["page"] else ""
            self.stdout.write(f"{rank}. [{passage['score']:.4f}] {passage['title']}{page} ({passage['filename']})")
            self.stdout.write(f"   {passage['text'][:200]}")
