"""Zip archives of documents: each member comes out as a file of its own, or with the reason
it was refused.

A person who uploads 規程集.zip expects to find 就業規則.pdf and 経費精算.xlsx in the document
list, each cited, shared, replaced and deleted on its own, as if the folder had been uploaded.
So the submission service (ingestion.services.submission) unpacks the zip and submits each
member; each is then parsed in the sandbox like any upload, and a bad member fails alone. A zip
that reaches the parser itself (attached to an e-mail) is read the same way, as parts of that
one document (dispatch.py).

Only the standard zip module runs here, never a third-party parser, and nothing is written to
disk: member names are used for display alone, so a hostile name cannot place a file anywhere;
such names are refused all the same, as a sign of a crafted archive. Bomb limits:
- the number of members and the sum of their declared sizes are checked from the central
  directory before anything is inflated (zipfile then stops every member at its declared size
  and refuses it when the CRC does not match, so a lie about sizes only fails that member);
- a member's declared compression ratio over MAX_COMPRESSION_RATIO is refused;
- zips inside zips are unpacked MAX_NESTING_DEPTH levels deep, their members and sizes counted
  against the same budget.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from ingestion.parsing.document import DocumentRejected, rejection_reason

__all__ = ["MAX_COMPRESSION_RATIO", "MAX_NESTING_DEPTH", "ArchiveLimits", "ArchiveMember", "archive_members",
           "is_zip_archive"]

# Text and office files compress 2-20 times; zeros and repeated padding 1,000 times and more.
MAX_COMPRESSION_RATIO = 100.0
# A ratio on a tiny member means nothing (a 100 KB file of spaces is harmless).
_RATIO_CHECKED_FROM_BYTES = 1 << 20
MAX_NESTING_DEPTH = 2  # a zip inside the uploaded zip is unpacked; a zip inside that is not
# Files that operating systems leave in archives, never documents.
_SYSTEM_LEFTOVERS = re.compile(r"(^|/)(__MACOSX/|\.DS_Store$|Thumbs\.db$|desktop\.ini$|\._)", re.IGNORECASE)


@dataclass(frozen=True)
class ArchiveLimits:
    max_members: int
    max_total_bytes: int
    max_member_bytes: int


@dataclass(frozen=True)
class ArchiveMember:
    path: str  # inside the archive, "/"-separated; a nested zip's members follow its own path
    data: bytes | None  # None when refused
    reason: str | None = None  # why it was refused

    @property
    def filename(self) -> str:
        return posixpath.basename(self.path) or self.path


def is_zip_archive(data: bytes, filename: str) -> bool:
    """A .zip that holds documents (not a .docx, .xlsx, .odt or .epub, which are zips too)."""
    return filename.lower().endswith(".zip") and data.startswith(b"PK") and zipfile.is_zipfile(io.BytesIO(data))


def _member_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its author wrote it. Without the UTF-8 flag, zipfile reads a name
    as code page 437, but Japanese Windows (Explorer, Lhaplus) writes Shift_JIS (cp932)."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("cp932")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def _unsafe_name(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) is not None or ".." in parts or "\0" in name


class _Budget:
    def __init__(self, limits: ArchiveLimits) -> None:
        self.members = limits.max_members
        self.bytes = limits.max_total_bytes

    def spend(self, members: int, size: int) -> None:
        self.members -= members
        self.bytes -= size
        if self.members < 0:
            raise DocumentRejected(rejection_reason("圧縮ファイル内の項目数が多すぎます", "too many members in the zip archive(s)"))
        if self.bytes < 0:
            raise DocumentRejected(rejection_reason(
                "展開後のサイズが大きすぎます(zip爆弾の疑い)", "uncompressed size of the zip archive(s) exceeds the limit"
            ))


def _open(data: bytes) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        return archive, archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError) as error:
        raise DocumentRejected(rejection_reason("ZIPファイルが壊れています", f"corrupt zip archive: {error}")) from error


def _members(data: bytes, limits: ArchiveLimits, budget: _Budget, prefix: str, depth: int) -> Iterator[ArchiveMember]:
    archive, infos = _open(data)
    with archive:
        files = [info for info in infos if not info.is_dir() and not _SYSTEM_LEFTOVERS.search(_member_name(info))]
        budget.spend(len(files), sum(info.file_size for info in files))
        for info in files:
            name = _member_name(info)
            path = prefix + name

            def refused(japanese: str, english: str, path: str = path) -> ArchiveMember:
                return ArchiveMember(path=path, data=None, reason=rejection_reason(japanese, english))

            if _unsafe_name(name):
                yield refused("不正なパス名の項目です", f"member name escapes the archive: {name!r}")
            elif info.flag_bits & 0x1:
                yield refused("パスワード付き(暗号化)の項目は展開できません", "encrypted zip member")
            elif info.file_size > limits.max_member_bytes:
                yield refused("ファイルサイズが上限を超えています",
                              f"member is {info.file_size} bytes, limit {limits.max_member_bytes}")
            elif info.file_size >= _RATIO_CHECKED_FROM_BYTES and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
                yield refused("圧縮率が異常に高い項目です(zip爆弾の疑い)",
                              f"compression ratio {info.file_size / max(info.compress_size, 1):.0f}, limit {MAX_COMPRESSION_RATIO:.0f}")
            else:
                try:
                    content = archive.read(info)
                except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError, ValueError) as error:
                    yield refused("ZIP内の項目が壊れています", f"corrupt zip member: {error}")
                    continue
                if not is_zip_archive(content, name):
                    yield ArchiveMember(path=path, data=content)
                elif depth >= MAX_NESTING_DEPTH:
                    yield refused("ZIPの入れ子が深すぎます", f"zip nested too deep (more than {MAX_NESTING_DEPTH} levels)")
                else:
                    try:
                        # Materialised so that a failure of the inner zip refuses it alone.
                        nested = list(_members(content, limits, budget, path + "/", depth + 1))
                    except DocumentRejected as rejection:
                        yield ArchiveMember(path=path, data=None, reason=rejection.reason)
                        continue
                    yield from nested


def archive_members(data: bytes, limits: ArchiveLimits) -> Iterator[ArchiveMember]:
    """The files in a zip (and in the zips inside it), one at a time, each with its contents or
    the reason it was refused. Raises DocumentRejected on the first step, before any member,
    when the archive as a whole cannot be read or is over the limits."""
    yield from _members(data, limits, _Budget(limits), "", 1)
