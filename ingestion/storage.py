"""Originals stored content-addressed by sha256, one tree per organization.

Per-organization trees keep deletion simple (a file belongs to exactly one document, since
the same bytes are deduplicated within an organization) and make an organization's purge a
directory removal. Writes go to a temporary name and are renamed into place, so a worker
killed mid-write never leaves a truncated original under a valid hash.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from pathlib import Path

from django.conf import settings


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# The layout, relative to MEDIA_ROOT: originals/<organization id>/<first two hex>/<sha256>.
# A backup copies this tree as it is, and a restore accepts only paths of exactly this shape,
# so a doctored manifest cannot make it write anywhere else.
ORIGINALS = "originals"
RELATIVE_PATH = re.compile(r"^originals/(?P<organization>[0-9]+)/(?P<prefix>[0-9a-f]{2})/(?P<sha256>[0-9a-f]{64})$")


def original_relative_path(*, organization_id: int, sha256: str) -> str:
    return f"{ORIGINALS}/{organization_id}/{sha256[:2]}/{sha256}"


def originals_root() -> Path:
    return Path(settings.MEDIA_ROOT) / ORIGINALS


def original_path(*, organization_id: int, sha256: str) -> Path:
    return Path(settings.MEDIA_ROOT) / original_relative_path(organization_id=organization_id, sha256=sha256)


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
    shutil.rmtree(originals_root() / str(organization_id), ignore_errors=True)
