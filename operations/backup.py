"""Backups and restores of the appliance's source of truth: the database and the originals.

A backup is a directory that describes itself:

    manifest.json          format version, when, which mode and embedding collection, row
                           counts, applied migrations, and the sha256 of every file below
    database.jsonl.gz      Django's `dumpdata` (JSON Lines, natural foreign keys, gzip)
    originals/<org>/…      the stored originals, laid out exactly as under MEDIA_ROOT

Why `dumpdata` rather than pg_dump: the same backup restores into SQLite (embedded mode) or
PostgreSQL (production), so a pilot moves to production without re-ingesting; it needs no
pg_dump whose major version matches the server's; and `loaddata` checks every row against
the models of the installed release. JSON Lines, because `loaddata` reads that format a
line at a time where plain JSON is read whole into memory. The cost is speed on a very
large corpus, and a restore must run on the same release as the backup (the manifest's
migrations are compared before anything is touched).

Vectors are not copied: they are derived data, and a restore rebuilds them from the chunks
in the database with `documents_reindex`, under whatever embedder this installation uses.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import re
import secrets
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import django
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connection, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from appliance import components, index
from appliance.tenancy.models import Organization
from ingestion import storage
from ingestion.models import Chunk, Document
from ingestion.services import documents_reindex

FORMAT = "appliance-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE_DUMP = "database.jsonl.gz"

# Rebuilt by `migrate` (content types, permissions), throw-away (sessions), or pointing at
# content types by id and therefore not portable (the admin's action log).
EXCLUDED_MODELS = ("contenttypes", "auth.permission", "sessions", "admin.logentry")

# The originals' layout is ingestion.storage's alone: a manifest path must match
# storage.RELATIVE_PATH exactly, so a doctored manifest cannot make a restore write outside
# MEDIA_ROOT/originals.

Log = Callable[[str], object]


class BackupError(Exception):
    """A backup that cannot be written, read, trusted or restored; the message says why."""


@dataclass
class BackupSummary:
    directory: str
    created_at: str
    counts: dict[str, int]
    originals: int
    bytes: int
    missing_originals: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "directory": self.directory,
            "created_at": self.created_at,
            "counts": self.counts,
            "originals": self.originals,
            "bytes": self.bytes,
            "missing_originals": self.missing_originals,
        }


@dataclass
class RestoreSummary:
    directory: str
    created_at: str
    wiped: bool
    counts: dict[str, int]
    originals: int
    reindexed: int
    collection: str
    unfinished_documents: int
    warnings: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "directory": self.directory,
            "backup_created_at": self.created_at,
            "wiped": self.wiped,
            "counts": self.counts,
            "originals": self.originals,
            "reindexed": self.reindexed,
            "collection": self.collection,
            "unfinished_documents": self.unfinished_documents,
            "warnings": self.warnings,
        }


def _copy_hashing(source: Path, target: Path) -> tuple[str, int]:
    """Copy a file and return its sha256 and size, reading it once."""
    digest = hashlib.sha256()
    size = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    with source.open("rb") as reader, target.open("wb") as writer:
        while block := reader.read(1024 * 1024):
            digest.update(block)
            writer.write(block)
            size += len(block)
        writer.flush()
        os.fsync(writer.fileno())
    return digest.hexdigest(), size


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as reader:
        while block := reader.read(1024 * 1024):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def _dumped_models() -> list[Any]:
    excluded_apps = {label for label in EXCLUDED_MODELS if "." not in label}
    excluded_models = {label for label in EXCLUDED_MODELS if "." in label}
    return [
        model
        for model in apps.get_models()
        if model._meta.app_label not in excluded_apps and model._meta.label_lower not in excluded_models
    ]


def appliance_data_rows() -> dict[str, int]:
    """Rows per model that a restore would replace; empty when there are none."""
    rows = {}
    for model in _dumped_models():
        count = model._base_manager.count()
        if count:
            rows[model._meta.label_lower] = count
    return rows


def _counts() -> dict[str, int]:

    return {
        "organizations": Organization.objects.count(),
        "users": get_user_model()._base_manager.count(),
        "documents": Document.objects.count(),
        "chunks": Chunk.objects.count(),
    }


def _applied_migrations() -> dict[str, list[str]]:
    applied: dict[str, list[str]] = {}
    for app_label, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app_label, []).append(name)
    return applied


def backup_create(*, directory: Path, log: Log) -> BackupSummary:
    """Write a backup to `directory`, which must not exist yet (or be empty).

    Everything is written under a temporary sibling and renamed into place at the end, so a
    backup interrupted half-way never looks like a complete one.
    """

    directory = directory.resolve()
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise BackupError(f"{directory} already exists and is not an empty directory")
    directory.parent.mkdir(parents=True, exist_ok=True)
    staging = directory.parent / f".{directory.name}.partial-{secrets.token_hex(4)}"
    staging.mkdir(mode=0o700)
    try:
        created_at = timezone.now().isoformat()
        log(f"dumping the database ({connection.vendor}) to {DATABASE_DUMP}")
        with transaction.atomic():
            if connection.vendor == "postgresql" and len(connection.atomic_blocks) == 1:
                # One snapshot for every table and for the list of originals below: without it
                # a document ingested mid-dump could appear without its chunks. (Only in a
                # transaction of our own: SET TRANSACTION must be its first statement.)
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            call_command(
                "dumpdata",
                exclude=list(EXCLUDED_MODELS),
                format="jsonl",
                use_natural_foreign_keys=True,
                use_base_manager=True,
                output=str(staging / DATABASE_DUMP),
                verbosity=0,
                stdout=io.StringIO(),
            )
            counts = _counts()
            applied = _applied_migrations()
            stored = list(
                Document.objects.exclude(sha256=None).exclude(sha256="").values_list("organization_id", "sha256")
            )
        database_sha, database_size = _hash_file(staging / DATABASE_DUMP)
        log(f"database: {counts['organizations']} organization(s), {counts['users']} user(s), "
            f"{counts['documents']} document(s), {counts['chunks']} chunk(s)")

        originals_root = Path(settings.MEDIA_ROOT)
        entries = []
        missing = []
        total = database_size
        for organization_id, sha256 in sorted(set(stored)):
            relative = storage.original_relative_path(organization_id=organization_id, sha256=sha256)
            source = originals_root / relative
            if not source.is_file():
                # Deleted since the snapshot (its document with it), or lost before: the
                # restore still finds the document's passages, only the download is gone.
                missing.append(relative)
                continue
            digest, size = _copy_hashing(source, staging / relative)
            if digest != sha256:
                raise BackupError(f"stored original {relative} does not match its own hash (disk corruption?)")
            entries.append({"path": relative, "sha256": digest, "size": size})
            total += size
        log(f"originals: {len(entries)} file(s) copied" + (f", {len(missing)} missing" if missing else ""))
        for relative in missing:
            log(f"warning: original missing, not backed up: {relative}")

        manifest = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "created_at": created_at,
            "appliance_env": settings.APPLIANCE_ENV,
            "database_vendor": connection.vendor,
            "django": django.get_version(),
            "embedding_collection": index.collection_name(),
            "counts": counts,
            "migrations": applied,
            "excluded_models": list(EXCLUDED_MODELS),
            "database": {"path": DATABASE_DUMP, "sha256": database_sha, "size": database_size},
            "originals": entries,
            "missing_originals": missing,
        }
        (staging / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        if directory.exists():
            directory.rmdir()  # empty, checked above
        staging.rename(directory)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    log(f"backup written to {directory}")
    return BackupSummary(
        directory=str(directory),
        created_at=created_at,
        counts=counts,
        originals=len(entries),
        bytes=total,
        missing_originals=missing,
    )


# The names backup_directory_new gives: only these are ever pruned.
SCHEDULED_NAME = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{6}Z(-[0-9]+)?$")


def backup_directory_new(*, parent: Path) -> Path:
    """A new directory for a scheduled backup: parent/<UTC time>, names that sort by age."""
    stamp = timezone.now().strftime("%Y-%m-%dT%H%M%SZ")
    directory = parent / stamp
    suffix = 1
    while directory.exists():  # two backups in one second: keep both
        suffix += 1
        directory = parent / f"{stamp}-{suffix}"
    return directory


def _complete_backup_created_at(directory: Path) -> str | None:
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        return None
    created_at = manifest.get("created_at")
    return created_at if isinstance(created_at, str) else None


def backups_prune(*, parent: Path, keep: int, newest: Path, log: Log) -> list[str]:
    """Keep `newest` (the backup just made) and the `keep` - 1 most recent other scheduled
    backups in `parent`; delete the older ones and return their paths.

    Only scheduled backups are counted or deleted: directories named as
    backup_directory_new names them whose manifest is a complete backup's. A backup an
    operator made by hand (before-upgrade-…) or copied in, and anything else kept there, is
    left alone. The one just made is never deleted, even when a wrong clock dated older ones
    later. Staging directories of a killed backup (".<name>.partial-…") are removed once they
    are a day old.
    """
    if keep < 1:
        raise BackupError("--keep must be at least 1")
    newest = newest.resolve()
    others = []
    for child in parent.iterdir():
        if not SCHEDULED_NAME.match(child.name) or child.is_symlink() or not child.is_dir():
            continue
        if child.resolve() == newest:
            continue
        created_at = _complete_backup_created_at(child)
        if created_at is not None:
            others.append((created_at, child.name, child.resolve()))
    others.sort(reverse=True)
    pruned = []
    for _, _, directory in others[keep - 1 :]:
        log(f"deleting the old backup {directory}")
        shutil.rmtree(directory)
        pruned.append(str(directory))
    day_ago = timezone.now().timestamp() - 24 * 3600
    for child in parent.glob(".*.partial-*"):
        if child.is_dir() and not child.is_symlink() and child.stat().st_mtime < day_ago:
            log(f"deleting an unfinished backup {child}")
            shutil.rmtree(child)
    return pruned


def manifest_read(*, directory: Path) -> dict[str, Any]:
    path = directory / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BackupError(f"{directory} is not a backup: it has no {MANIFEST}") from None
    except (OSError, ValueError) as error:
        raise BackupError(f"{path} cannot be read: {error}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{path} is not an appliance backup manifest")
    if manifest.get("version") != FORMAT_VERSION:
        raise BackupError(f"backup format version {manifest.get('version')!r} is not supported (this release reads {FORMAT_VERSION})")
    return manifest


def backup_verify(*, directory: Path) -> dict[str, Any]:
    """Check every file of the backup against the manifest; raise BackupError on the first
    difference. Nothing is changed anywhere."""
    directory = directory.resolve()
    manifest = manifest_read(directory=directory)
    database = manifest.get("database") or {}
    if database.get("path") != DATABASE_DUMP:
        raise BackupError("the manifest names no database dump")
    _verify_file(directory / DATABASE_DUMP, DATABASE_DUMP, database.get("sha256"))
    for entry in manifest.get("originals", []):
        relative = str(entry.get("path", ""))
        match = storage.RELATIVE_PATH.match(relative)
        if match is None or match["prefix"] != match["sha256"][:2] or entry.get("sha256") != match["sha256"]:
            raise BackupError(f"the manifest lists an unexpected original path {relative!r}")
        _verify_file(directory / relative, relative, entry["sha256"])
    return manifest


def _verify_file(path: Path, relative: str, expected: object) -> None:
    if not path.is_file():
        raise BackupError(f"backup is incomplete: {relative} is missing")
    actual, _ = _hash_file(path)
    if actual != expected:
        raise BackupError(f"backup is damaged or was modified: {relative} does not match its sha256 in the manifest")


def _schema_warnings(manifest: dict[str, Any]) -> list[str]:
    """Refuse a backup from a newer release; warn about one from an older release."""
    here = _applied_migrations()
    there = manifest.get("migrations") or {}
    unknown = sorted(f"{app}.{name}" for app, names in there.items() for name in names if name not in here.get(app, []))
    if unknown:
        raise BackupError(
            "the backup was taken by a newer release (migrations not applied here: "
            + ", ".join(unknown[:5]) + ("…" if len(unknown) > 5 else "")
            + "); install that release, run migrate, then restore"
        )
    newer = sorted(f"{app}.{name}" for app, names in here.items() for name in names if name not in there.get(app, []))
    if newer:
        return [f"this installation has {len(newer)} migration(s) the backup predates; restore on the backup's release if loading fails"]
    return []


# Models that changed app since backups began, old label → new label; their tables did not
# move (the conversations went from the pages app to the RAG domain, rag/migrations/0001).
MOVED_MODELS = {"webui.conversation": "rag.conversation", "webui.message": "rag.message", "webui.feedback": "rag.feedback"}


def _dump_for_this_release(dump: Path, staging: Path) -> Path:
    """The dump as this release's loaddata reads it: rows of a moved model get its new label."""
    with gzip.open(dump, "rt", encoding="utf-8") as source:
        lines = source.readlines()
    if not any('"webui.' in line for line in lines):
        return dump
    staging.mkdir(parents=True, exist_ok=True)
    renamed = staging / DATABASE_DUMP
    with gzip.open(renamed, "wt", encoding="utf-8") as target:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                row["model"] = MOVED_MODELS.get(row["model"], row["model"])
                line = json.dumps(row, ensure_ascii=False) + "\n"
            target.write(line)
    return renamed


def _stage_originals(*, directory: Path, entries: Iterable[dict[str, Any]], staging: Path) -> int:
    count = 0
    for entry in entries:
        digest, _ = _copy_hashing(directory / entry["path"], staging / entry["path"])
        if digest != entry["sha256"]:
            raise BackupError(f"{entry['path']} changed while it was being restored")
        count += 1
    return count


def backup_restore(*, directory: Path, wipe: bool, log: Log) -> RestoreSummary:
    """Restore a backup into this installation and rebuild its vectors.

    Order matters for what a failure leaves behind: the backup is verified and the originals
    staged before the database is touched; the database is replaced in one transaction; only
    then are the originals swapped in and the vectors rebuilt (a failure there is repaired by
    running `reindex`).
    """

    directory = directory.resolve()
    log(f"verifying {directory}")
    manifest = backup_verify(directory=directory)
    warnings = _schema_warnings(manifest)
    for warning in warnings:
        log(f"warning: {warning}")
    log(f"backup of {manifest['created_at']} ({manifest.get('appliance_env')}, {manifest.get('database_vendor')}): "
        f"{len(manifest.get('originals', []))} original(s), all hashes match")

    # Fails here, before any change, when another process (`manage.py serve`) holds the
    # embedded vector store that the rebuild below needs.
    components.vector_store()

    existing = appliance_data_rows()
    if existing and not wipe:
        described = ", ".join(f"{count} {label}" for label, count in sorted(existing.items()))
        raise BackupError(
            f"the database already holds appliance data ({described}); "
            "restore over it only with --yes, which deletes all of it first"
        )

    media_root = Path(settings.MEDIA_ROOT)
    media_root.mkdir(parents=True, exist_ok=True)
    staging = media_root / f".restore-{secrets.token_hex(4)}"
    try:
        staged = _stage_originals(directory=directory, entries=manifest.get("originals", []), staging=staging)
        log(f"originals: {staged} file(s) staged")
        with transaction.atomic():
            if existing:
                log("deleting the existing data (--yes)")
                call_command("flush", interactive=False, verbosity=0, database=DEFAULT_DB_ALIAS, stdout=io.StringIO())
            log(f"loading {DATABASE_DUMP}")
            dump = _dump_for_this_release(directory / DATABASE_DUMP, staging)
            call_command("loaddata", str(dump), verbosity=0, stdout=io.StringIO())
        target = media_root / storage.ORIGINALS
        replaced = media_root / f".originals-replaced-{secrets.token_hex(4)}"
        if target.exists():
            target.rename(replaced)
        (staging / storage.ORIGINALS).mkdir(parents=True, exist_ok=True)
        (staging / storage.ORIGINALS).rename(target)
        shutil.rmtree(replaced, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)

    counts = _counts()
    expected = manifest.get("counts") or {}
    for key in ("organizations", "documents", "chunks"):
        if key in expected and expected[key] != counts[key]:
            warnings.append(f"{key}: the backup recorded {expected[key]}, {counts[key]} were loaded")
            log(f"warning: {warnings[-1]}")
    log(f"database: {counts['organizations']} organization(s), {counts['users']} user(s), "
        f"{counts['documents']} document(s), {counts['chunks']} chunk(s)")

    collection = index.collection_name()
    if manifest.get("embedding_collection") not in (None, collection):
        log(f"note: the backup was indexed as {manifest['embedding_collection']}; rebuilding as {collection}")
    log(f"rebuilding the vector collection {collection}")
    reindexed = documents_reindex(organization=None, log=log)
    unfinished = Document.objects.exclude(status__in=Document.TERMINAL).count()
    if unfinished:
        warnings.append(f"{unfinished} document(s) were still being processed when the backup was taken; requeue them")
        log(f"warning: {warnings[-1]}")
    return RestoreSummary(
        directory=str(directory),
        created_at=manifest["created_at"],
        wiped=bool(existing),
        counts=counts,
        originals=staged,
        reindexed=reindexed,
        collection=collection,
        unfinished_documents=unfinished,
        warnings=warnings,
    )
