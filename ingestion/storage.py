"""Originals stored content-addressed by sha256, one tree per organization.

Per-organization trees keep deletion simple (a file belongs to exactly one document, since
the same bytes are deduplicated within an organization) and make an organization's purge a
directory removal. Writes go to a temporary name and are renamed into place, so a worker
killed mid-write never leaves a truncated original under a valid hash.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from django.conf import settings


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def original_path(*, organization_id: int, sha256: str) -> Path:
    return Path(settings.MEDIA_ROOT) / "originals" / str(organization_id) / sha256[:2] / sha256


def original_write(*, organization_id: int, data: bytes) -> str:
    digest = sha256_of(data)
    path = original_path(organization_id=organization_id, sha256=digest)
    if path.exists():
        return digest
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return digest


def original_read(*, organization_id: int, sha256: str) -> bytes:
    return original_path(organization_id=organization_id, sha256=sha256).read_bytes()


def original_delete(*, organization_id: int, sha256: str) -> None:
    original_path(organization_id=organization_id, sha256=sha256).unlink(missing_ok=True)


def organization_originals_delete(*, organization_id: int) -> None:
    import shutil

    shutil.rmtree(Path(settings.MEDIA_ROOT) / "originals" / str(organization_id), ignore_errors=True)
