from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from appliance import components
from appliance.cli import organization_by_slug
from appliance.components.embedding import parallel_embedding
from ingestion.services import documents_reindex


class Command(BaseCommand):
    help = "Rebuild the vector store from PostgreSQL (all organizations, or one with --org)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", metavar="SLUG")

    def handle(self, *args: Any, org: str | None, **options: Any) -> None:
        organization = None
        if org:
            organization = organization_by_slug(org)
        # A lone command: one single-thread embedding process per core.
        with parallel_embedding(components.embedder()):
            count = documents_reindex(organization=organization, log=self.stdout.write)
        self.stdout.write(f"reindexed {count} document(s)")
