"""The parse child process: isolation, memory limit, network guard, and `parse_document`.

Every parse runs in a fresh child interpreter (`subprocess`, not `multiprocessing`) that is
killed, with its whole process group (tesseract included), when `timeout_s` runs out. See
`parse_document` for why this shape is safe in a Celery worker.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ingestion.parsing.dispatch import Limits, parse_bytes
from ingestion.parsing.document import (
    DENY_NETWORK_ENVIRONMENT_VARIABLE,
    DocumentRejected,
    NeedsOcr,
    ParsedDocument,
    Section,
    rejection_reason,
)
from ingestion.parsing.ocr import LANGUAGE_LIST, parallel_page_count

logger = logging.getLogger(__name__)

PARSER_PYTHON_ENVIRONMENT_VARIABLE = "APPLIANCE_PARSER_PYTHON"
PARSER_MEMORY_ENVIRONMENT_VARIABLE = "APPLIANCE_PARSER_MEMORY_MB"
DEFAULT_PARSER_MEMORY_MB = 4096
CHILD_FLAG = "--appliance-parse-child"
# The folder holding ingestion/ (and appliance/): the child imports this package by name
# from there, so it always runs the same copy of the code as the process that started it.
_IMPORT_ROOT = str(Path(__file__).resolve().parents[2])


def _is_loopback(address: Any) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = address[0] if isinstance(address, tuple) and address else ""
    return host in ("localhost", "::1") or str(host).startswith("127.")


def install_network_guard() -> None:
    """Make any non-loopback connection raise, so a hidden run-time download fails loudly.

    Used by the parse child when APPLIANCE_DENY_NETWORK=1 (tests set it) and by tests
    in-process. Loopback stays open: tesseract and Celery talk over local sockets.
    """
    original_connect = socket.socket.connect
    original_connect_ex = socket.socket.connect_ex

    def guarded_connect(self: socket.socket, address: Any) -> None:
        if not _is_loopback(address):
            raise OSError(f"network access denied during parsing: {address!r}")
        original_connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: Any) -> int:
        if not _is_loopback(address):
            raise OSError(f"network access denied during parsing: {address!r}")
        return original_connect_ex(self, address)

    socket.socket.connect = guarded_connect  # type: ignore[method-assign, assignment]
    socket.socket.connect_ex = guarded_connect_ex  # type: ignore[method-assign, assignment]


def _document_to_json(document: ParsedDocument) -> dict[str, Any]:
    return {"document": asdict(document)}


def _document_from_json(payload: dict[str, Any]) -> ParsedDocument:
    raw = payload["document"]
    return ParsedDocument(
        mime_type=raw["mime_type"],
        sections=[Section(text=section["text"], page=section["page"],
                          heading_path=tuple(section["heading_path"]), kind=section["kind"])
                  for section in raw["sections"]],
        page_count=raw["page_count"],
        title=raw["title"],
        ocr_pages=list(raw["ocr_pages"]),
        hidden_text=[str(fragment) for fragment in raw.get("hidden_text", [])],
    )


def _limit_child_memory() -> None:
    import resource

    megabytes = int(os.environ.get(PARSER_MEMORY_ENVIRONMENT_VARIABLE, DEFAULT_PARSER_MEMORY_MB))
    limit = megabytes * 1024 * 1024
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):
        logger.warning("could not limit parser memory to %s MB", megabytes)


def _prepare_child_process() -> None:
    if os.environ.get(DENY_NETWORK_ENVIRONMENT_VARIABLE) == "1":
        install_network_guard()
    _limit_child_memory()


def _child_main(arguments: list[str]) -> int:
    """Entry point of the parse child: request in argv + stdin, JSON result on stdout."""
    request = json.loads(arguments[0])
    _prepare_child_process()
    data = sys.stdin.buffer.read()
    limits = Limits(max_bytes=request["max_bytes"], max_uncompressed_bytes=request["max_uncompressed_bytes"],
                    max_zip_members=request["max_zip_members"], ocr_languages=request["ocr_languages"],
                    ocr=request.get("ocr", True), parallel_pages=parallel_page_count(request.get("ocr_parallel_pages", 0)))
    try:
        payload: dict[str, Any] = _document_to_json(parse_bytes(data, request["filename"], limits))
    except DocumentRejected as rejection:
        payload = {"rejected": rejection.reason}
    except NeedsOcr as needs:
        payload = {"needs_ocr": str(needs)}
    except MemoryError:
        payload = {"rejected": rejection_reason("メモリ上限を超えました", "parser ran out of memory")}
    except Exception as error:  # any library failure on hostile input is a rejection, not a crash
        logger.exception("parser failed on %s", request["filename"])
        payload = {"rejected": rejection_reason(
            "ファイルを解析できません", f"parse error: {type(error).__name__}: {error}"
        )}
    sys.stdout.buffer.write(json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    sys.stdout.buffer.flush()
    return 0


def child_entry_point(arguments: list[str]) -> int:
    """`python -P -m ingestion.parsing --appliance-parse-child REQUEST` (see `_child_command`)."""
    if len(arguments) < 2 or arguments[0] != CHILD_FLAG:
        print(f"usage: python -P -m ingestion.parsing {CHILD_FLAG} REQUEST_JSON < FILE", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    return _child_main(arguments[1:])


def _child_command() -> list[str]:
    """How to start the parse child. Tests swap this out to simulate a hanging parser."""
    # Under uWSGI and some embedders sys.executable is not a Python; allow an override.
    python = os.environ.get(PARSER_PYTHON_ENVIRONMENT_VARIABLE) or sys.executable
    # -P: nothing from the working directory goes on sys.path (a file there could shadow a
    # module); the package is found through PYTHONPATH instead (see _child_environment).
    return [python, "-P", "-m", "ingestion.parsing", CHILD_FLAG]


def _child_environment() -> dict[str, str]:
    environment = dict(os.environ)
    environment.update({
        "DO_NOT_TRACK": "1",
        "HF_HUB_OFFLINE": "1",
        # tesseract's OpenMP threads fight each other on a 2-core box; one is faster.
        "OMP_THREAD_LIMIT": "1",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONPATH": os.pathsep.join(path for path in (_IMPORT_ROOT, os.environ.get("PYTHONPATH")) if path),
    })
    return environment


def parse_document(
    data: bytes,
    filename: str,
    *,
    max_bytes: int,
    max_uncompressed_bytes: int,
    max_zip_members: int,
    ocr_languages: str = "jpn+eng",
    timeout_s: float = 120,
    ocr: bool = True,
    ocr_parallel_pages: int = 0,
) -> ParsedDocument:
    """Parse `data` into sections in an isolated child process, or raise DocumentRejected;
    with `ocr` False, raise NeedsOcr as soon as a page needs OCR (the "parse" queue's pass).
    The pages that need OCR are read `ocr_parallel_pages` at a time by threads of the child
    (0: one per core available, at most ocr.MAX_PARALLEL_PAGES; 1: in turn), under the same
    memory limit, network guard and timeout.

    Why a `subprocess` child and not multiprocessing/ProcessPoolExecutor:
    - It can be killed: on timeout the whole process group (the interpreter and any
      tesseract it started) gets SIGKILL; a thread running a hung C parser cannot be stopped.
    - It is safe from a Celery worker thread or a prefork child: Popen forks and execs in C
      with no Python code in between (no preexec_fn), so no lock held by another thread is
      inherited, and stdlib multiprocessing's "daemonic processes are not allowed to have
      children" rule for Celery's daemon workers does not apply.
    - A crash (segfault in pdfium, the memory limit) takes down only the child; the result
      travels back as JSON, never pickle, so a compromised child cannot run code in us.
    The price is one interpreter start per document (~0.3 s with the lazy imports here, half
    of it `appliance/__init__.py` loading Celery on the way to appliance.text.japanese).
    """
    if not data:
        raise DocumentRejected(rejection_reason("空のファイルです", "empty file"))
    if len(data) > max_bytes:
        raise DocumentRejected(rejection_reason(
            "ファイルサイズが上限を超えています", f"file is {len(data)} bytes, limit {max_bytes}"
        ))
    if not LANGUAGE_LIST.match(ocr_languages):
        raise ValueError(f"ocr_languages must look like 'jpn+eng', got {ocr_languages!r}")
    if ocr_parallel_pages < 0:
        raise ValueError(f"ocr_parallel_pages must be 0 (automatic) or more, got {ocr_parallel_pages}")
    request = json.dumps({
        "filename": filename,
        "max_bytes": max_bytes,
        "max_uncompressed_bytes": max_uncompressed_bytes,
        "max_zip_members": max_zip_members,
        "ocr_languages": ocr_languages,
        "ocr": ocr,
        "ocr_parallel_pages": ocr_parallel_pages,
    })
    process = subprocess.Popen(
        [*_child_command(), request],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_child_environment(),
        start_new_session=True,  # own process group, so the kill reaches tesseract too
    )
    try:
        stdout, stderr = process.communicate(input=data, timeout=timeout_s)
    except subprocess.TimeoutExpired:
        _kill_process_group(process)
        raise DocumentRejected(rejection_reason(
            "解析がタイムアウトしました", f"parsing timed out after {timeout_s:g} s"
        )) from None
    except BaseException:
        _kill_process_group(process)  # e.g. Celery's soft time limit firing in the parent
        raise
    try:
        payload = json.loads(stdout.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        logger.error("parser child for %r exited %s: %s", filename, process.returncode,
                     stderr.decode("utf-8", "replace")[-4000:])
        raise DocumentRejected(rejection_reason(
            "解析中にパーサーが異常終了しました", f"parser crashed (exit status {process.returncode})"
        )) from None
    if "rejected" in payload:
        raise DocumentRejected(payload["rejected"])
    if "needs_ocr" in payload:
        raise NeedsOcr(payload["needs_ocr"])
    return _document_from_json(payload)


def _kill_process_group(process: subprocess.Popen[bytes]) -> None:
    # Only called before the child is reaped: its unreaped pid keeps the group id from
    # being reused, so this can never signal an unrelated process group.
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        process.communicate(timeout=5)
    except subprocess.TimeoutExpired:
        pass
