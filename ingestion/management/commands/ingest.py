"""`manage.py ingest --org SLUG [--groups g1,g2] [--wait | --inline] [--json] PATH...`

With --json it prints one JSON array, one object per file:
{"path", "document_id", "status", "chunks", "error"}; status is indexed, failed or duplicate
(queued when neither --wait nor --inline is given). The exit code is 1 when any file failed
(the output, --json included, is printed in full first), so a script notices; 0 otherwise.
Without --json, --wait prints a line of the batch's progress every few seconds (documents
done, chunks embedded, chunks/s, time left) and --inline one per file.
"""

from __future__ import annotations

import json
import logging
import os
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from appliance import components
from appliance.cli import groups_by_option, organization_by_slug
from appliance.components.embedding import parallel_embedding
from appliance.components.vectorstore import VectorStoreLocked
from ingestion.models import Document, UploadBatch
from ingestion.selectors import BatchFigures, batch_figures
from ingestion.services import Submission, batch_create, upload_submit
from ingestion.tasks import InlineRun

PROGRESS_EVERY_SECONDS = 5.0


def figures_line(figures: BatchFigures) -> str:
    """One human line of a batch's progress: documents, chunks embedded, chunks/s, time left."""
    chunks = f"{figures.chunks_embedded}/{figures.chunks_total} chunks embedded"
    if not figures.finished and figures.chunks_expected is not None and figures.chunks_expected != figures.chunks_total:
        chunks += f" (about {figures.chunks_expected} expected)"
    rate = f"{figures.chunks_per_second:.1f} chunks/s" if figures.chunks_per_second else "-- chunks/s"
    if figures.finished:
        left = "done"
    elif figures.eta_seconds is None:
        left = "time left unknown yet"
    else:
        left = f"about {figures.eta_seconds:.0f} s left"
    failed = f", {figures.documents_failed} failed" if figures.documents_failed else ""
    return f"batch: {figures.documents_done}/{figures.documents} documents{failed}, {chunks}, {rate}, {left}"


def expand(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")))
        elif path.is_file():
            files.append(path)
        else:
            raise CommandError(f"no such file or directory: {raw}")
    return files


class Command(BaseCommand):
    help = "Ingest files and directories (recursively) into an organization."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--org", required=True, metavar="SLUG")
        parser.add_argument("--groups", default="", help="share only with these groups (default: whole organization)")
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument("--wait", action="store_true", help="enqueue to the workers and wait until each file is done")
        mode.add_argument("--inline", action="store_true", help="run the same task code in this process")
        parser.add_argument("--timeout", type=float, default=3600, help="seconds --wait waits at most")
        parser.add_argument("--json", action="store_true", dest="as_json", help="print one JSON array")

    def handle(self, *args: Any, paths: list[str], org: str, groups: str, wait: bool, inline: bool, timeout: float, as_json: bool, **options: Any) -> None:
        organization = organization_by_slug(org)
        group_objects = groups_by_option(organization, groups)
        files = expand(paths)
        if inline:
            self._open_vector_store()
            # The task runner logs every stage at INFO; here the summary below says it all.
            logging.getLogger("celery.app.trace").setLevel(logging.WARNING)

        batch = batch_create(organization=organization, created_by=None)
        submissions: list[tuple[Path, Submission]] = []
        started = time.monotonic()
        with ExitStack() as stack:
            pipeline: InlineRun | None = None
            if inline:
                # One single-thread embedding process per core: a lone command has the
                # machine to itself (a worker pool gets its parallelism from its children).
                # They embed several documents' chunks at once while this process parses
                # the next documents (InlineRun).
                stack.enter_context(parallel_embedding(components.embedder()))
                documents_done = 0

                def done(document_id: str, indexed: bool) -> None:
                    nonlocal documents_done
                    documents_done += 1
                    if not as_json:
                        self._progress(submissions, document_id, files_total=len(files), files_done=documents_done, started=started)

                pipeline = InlineRun(on_done=done)
            for path in files:
                size = path.stat().st_size
                # An oversize file is refused without reading it into memory.
                data = path.read_bytes() if size <= settings.UPLOAD_MAX_BYTES else None
                # A zip of documents gives one submission per member, shown as archive.zip/member.
                for name, submission in upload_submit(
                    organization=organization,
                    uploaded_by=None,
                    filename=path.name,
                    data=data,
                    size=size,
                    groups=group_objects,
                    batch=batch,
                    enqueue=not inline,
                ):
                    shown = path if name == path.name else path.parent / name
                    submissions.append((shown, submission))
                    if pipeline is not None and submission.outcome == "queued":
                        pipeline.add(str(submission.document.id))
                    if not as_json and not inline:
                        self.stdout.write(f"{shown}: {submission.outcome}")
            if pipeline is not None:
                pipeline.finish()
        elapsed = time.monotonic() - started

        if wait:
            self._wait([s.document.id for _, s in submissions if s.outcome == "queued"], timeout,
                       batch=None if as_json else batch)
        results = [self._result(path, submission, finished=wait or inline) for path, submission in submissions]
        if as_json:
            self.stdout.write(json.dumps(results, ensure_ascii=False))
        else:
            for result in results:
                line = f"{result['status']:9} {result['chunks']:5} chunks  {result['path']}"
                if result["error"]:
                    line += f"  — {result['error']}"
                self.stdout.write(line)
            if inline:
                chunks = sum(result["chunks"] or 0 for result in results if result["status"] == "indexed")
                self.stdout.write(f"{chunks} chunks indexed in {elapsed:.1f} s of wall time: {chunks / max(elapsed, 1e-9):.1f} chunks/s")
            elif wait:
                self.stdout.write(figures_line(batch_figures(batch=batch)))
        failed = sum(1 for result in results if result["status"] == "failed")
        if failed:
            raise CommandError(f"{failed} of {len(results)} file(s) failed", returncode=1)

    def _progress(self, submissions: list[tuple[Path, Submission]], document_id: str, *, files_total: int, files_done: int, started: float) -> None:
        """One line per finished file: chunks so far, chunks/s of wall time, and the time left
        if the remaining files go at the pace of the done ones."""
        elapsed = time.monotonic() - started
        chunks = sum(
            Document.objects.filter(pk=submission.document.pk).values_list("chunk_count", flat=True).first() or 0
            for _, submission in submissions
            if submission.outcome == "queued"
        )
        remaining = elapsed / files_done * max(files_total - files_done, 0) if files_done else 0.0
        shown = next((path for path, submission in submissions if str(submission.document.id) == document_id), "")
        self.stdout.write(
            f"[{files_done}/{files_total}] {chunks} chunks in {elapsed:.0f} s, {chunks / max(elapsed, 1e-9):.1f} chunks/s, "
            f"about {remaining:.0f} s left  {shown}"
        )

    def _open_vector_store(self) -> None:

        try:
            components.vector_store()
        except VectorStoreLocked as error:
            raise CommandError(f"{error}. The appliance is running and owns the embedded store: use --wait instead of --inline.") from None

    def _wait(self, document_ids: list[Any], timeout: float, *, batch: UploadBatch | None) -> None:
        """Until every document is indexed or failed; with `batch`, a line of the batch's
        figures every PROGRESS_EVERY_SECONDS while they change."""
        deadline = time.monotonic() + timeout
        pending = set(document_ids)
        shown, next_line = "", time.monotonic() + PROGRESS_EVERY_SECONDS
        while pending and time.monotonic() < deadline:
            done = Document.objects.filter(pk__in=pending, status__in=Document.TERMINAL).values_list("pk", flat=True)
            pending -= set(done)
            if batch is not None and pending and time.monotonic() >= next_line:
                line = figures_line(batch_figures(batch=batch))
                if line != shown:
                    self.stdout.write(line)
                    shown = line
                next_line = time.monotonic() + PROGRESS_EVERY_SECONDS
            if pending:
                time.sleep(0.5)
        if pending:
            raise CommandError(f"{len(pending)} file(s) still processing after {timeout:.0f} s; is a worker running?")

    def _result(self, path: Path, submission: Submission, *, finished: bool) -> dict[str, Any]:
        document = Document.objects.filter(pk=submission.document.pk).first() or submission.document
        status = submission.outcome if submission.outcome in ("duplicate", "failed") else document.status
        if finished and status not in ("indexed", "failed", "duplicate"):
            status = document.status
        return {
            "path": os.fspath(path),
            "document_id": str(document.id),
            "status": status,
            "chunks": document.chunk_count,
            "error": document.error or None,
        }
