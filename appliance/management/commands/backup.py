"""`manage.py backup DIR [--json]`

Writes the database (Django's dumpdata), the stored originals and a manifest with their
sha256 to DIR, which must not exist yet. Vectors are not copied; `restore` rebuilds them.

JSON: {"directory", "created_at", "counts": {"organizations", "users", "documents", "chunks"},
       "originals", "bytes", "missing_originals": [path, ...]}
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from appliance.backup import BackupError, backup_create
from appliance.management.commands._output import emit


class Command(BaseCommand):
    help = "Back up the database and the original files to a new directory (vectors are rebuilt on restore)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("directory", type=Path)
        parser.add_argument("--json", action="store_true", dest="as_json", help="print one JSON object")

    def handle(self, *args: Any, directory: Path, as_json: bool, **options: Any) -> None:
        # With --json, stdout carries only the summary object; progress goes to stderr.
        progress = self.stderr.write if as_json else self.stdout.write
        try:
            summary = backup_create(directory=directory, log=progress)
        except BackupError as error:
            raise CommandError(str(error)) from None
        counts = summary.counts
        text = (
            f"backup complete: {summary.directory}\n"
            f"  {counts['organizations']} organization(s), {counts['users']} user(s), "
            f"{counts['documents']} document(s), {counts['chunks']} chunk(s), "
            f"{summary.originals} original(s), {summary.bytes / 1024 / 1024:.1f} MiB"
        )
        if summary.missing_originals:
            text += f"\n  warning: {len(summary.missing_originals)} original(s) were missing and are not in the backup"
        emit(self, summary.as_json(), as_json=as_json, text=text)
