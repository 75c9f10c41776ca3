"""`manage.py backup DIR [--json]` · `manage.py backup --into PARENT [--keep N] [--json]`

Writes the database (Django's dumpdata), the stored originals and a manifest with their
sha256 to DIR, which must not exist yet. Vectors are not copied; `restore` rebuilds them.
With --into, DIR is a new PARENT/<UTC time> (the nightly appliance-backup.timer), and --keep N
then keeps it and the N-1 most recent other such backups in PARENT, deleting older ones
(backups made by hand, and anything else there, are left alone).

JSON: {"directory", "created_at", "counts": {"organizations", "users", "documents", "chunks"},
       "originals", "bytes", "missing_originals": [path, ...]}, plus "pruned": [directory, ...]
       with --keep
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from appliance.cli import emit
from operations.backup import BackupError, backup_create, backup_directory_new, backups_prune


class Command(BaseCommand):
    help = "Back up the database and the original files to a new directory (vectors are rebuilt on restore)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("directory", type=Path, nargs="?", help="a new (or empty) directory")
        parser.add_argument("--into", type=Path, metavar="PARENT", help="write to a new PARENT/<UTC time> instead")
        parser.add_argument("--keep", type=int, metavar="N", help="with --into: then keep only the newest N backups there")
        parser.add_argument("--json", action="store_true", dest="as_json", help="print one JSON object")

    def handle(self, *args: Any, directory: Path | None, into: Path | None, keep: int | None, as_json: bool, **options: Any) -> None:
        if (directory is None) == (into is None):
            raise CommandError("give either a backup DIRECTORY or --into PARENT")
        if keep is not None and into is None:
            raise CommandError("--keep needs --into: it prunes the backups in PARENT")
        if keep is not None and keep < 1:
            raise CommandError("--keep must be at least 1")
        # With --json, stdout carries only the summary object; progress goes to stderr.
        progress = self.stderr.write if as_json else self.stdout.write
        try:
            if into is not None:
                into = into.resolve()
                into.mkdir(parents=True, exist_ok=True)
                directory = backup_directory_new(parent=into)
            assert directory is not None
            summary = backup_create(directory=directory, log=progress)
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from None
        pruned = None
        if into is not None and keep is not None:
            # Only after a backup succeeded: a failing backup never deletes the older ones.
            # A failure to delete is a warning: the new backup is there all the same.
            try:
                pruned = backups_prune(parent=into, keep=keep, newest=Path(summary.directory), log=progress)
            except OSError as error:
                self.stderr.write(f"warning: old backups were not all deleted: {error}")
                pruned = []
        counts = summary.counts
        text = (
            f"backup complete: {summary.directory}\n"
            f"  {counts['organizations']} organization(s), {counts['users']} user(s), "
            f"{counts['documents']} document(s), {counts['chunks']} chunk(s), "
            f"{summary.originals} original(s), {summary.bytes / 1024 / 1024:.1f} MiB"
        )
        if summary.missing_originals:
            text += f"\n  warning: {len(summary.missing_originals)} original(s) were missing and are not in the backup"
        if pruned:
            text += f"\n  deleted {len(pruned)} older backup(s), keeping the newest {keep}"
        data = summary.as_json()
        if pruned is not None:
            data["pruned"] = pruned
        emit(self, data, as_json=as_json, text=text)
