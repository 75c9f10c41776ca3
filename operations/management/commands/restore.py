"""`manage.py restore DIR [--yes] [--json]`

Verifies every file of the backup against its manifest, refuses a database that already
holds appliance data unless --yes (which deletes that data first), loads the database,
puts the originals back and rebuilds the vector store from the restored chunks.
Stop the web and the workers first (and `manage.py serve` in embedded mode).

JSON: {"directory", "backup_created_at", "wiped", "counts": {"organizations", "users",
       "documents", "chunks"}, "originals", "reindexed", "collection",
       "unfinished_documents", "warnings": [text, ...]}
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from appliance.cli import emit
from appliance.components.vectorstore import VectorStoreLocked
from operations.backup import BackupError, backup_restore


class Command(BaseCommand):
    help = "Restore a backup written by `backup`, then rebuild the vectors."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("directory", type=Path)
        parser.add_argument(
            "--yes", action="store_true", help="delete the data already in this installation and restore over it"
        )
        parser.add_argument("--json", action="store_true", dest="as_json", help="print one JSON object")

    def handle(self, *args: Any, directory: Path, yes: bool, as_json: bool, **options: Any) -> None:
        progress = self.stderr.write if as_json else self.stdout.write
        try:
            summary = backup_restore(directory=directory, wipe=yes, log=progress)
        except BackupError as error:
            raise CommandError(str(error)) from None
        except VectorStoreLocked:
            raise CommandError(
                "the embedded vector store is held by another process; stop `manage.py serve` and run restore again"
            ) from None
        counts = summary.counts
        text = (
            f"restore complete from {summary.directory} (backup of {summary.created_at})\n"
            f"  {counts['organizations']} organization(s), {counts['users']} user(s), "
            f"{counts['documents']} document(s), {counts['chunks']} chunk(s), {summary.originals} original(s)\n"
            f"  vectors rebuilt for {summary.reindexed} document(s) in {summary.collection}"
        )
        for warning in summary.warnings:
            text += f"\n  warning: {warning}"
        emit(self, summary.as_json(), as_json=as_json, text=text)
