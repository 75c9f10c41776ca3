"""Which format a file is, judged from its content; the extension must agree with it."""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePath

from ingestion.parsing.document import (
    CSV,
    DOC,
    DOCX,
    EML,
    EPUB,
    HTML,
    JPEG,
    MARKDOWN,
    MSG,
    ODP,
    ODS,
    ODT,
    PDF,
    PLAIN_TEXT,
    PNG,
    PPT,
    PPTX,
    RTF,
    TIFF,
    XLS,
    XLSX,
    ZIP,
    DocumentRejected,
    rejection_reason,
)
from ingestion.parsing.text import decode_text

__all__ = [
    "LEGACY_OFFICE_TYPES",
    "MIME_BY_EXTENSION",
    "OOXML_MARKER_MEMBER",
    "TEXT_FAMILY",
    "detect_mime_type",
]

MIME_BY_EXTENSION: dict[str, str] = {
    ".pdf": PDF,
    ".docx": DOCX,
    ".xlsx": XLSX,
    ".pptx": PPTX,
    ".png": PNG,
    ".jpg": JPEG,
    ".jpeg": JPEG,
    ".tif": TIFF,
    ".tiff": TIFF,
    ".html": HTML,
    ".htm": HTML,
    ".md": MARKDOWN,
    ".markdown": MARKDOWN,
    ".txt": PLAIN_TEXT,
    ".text": PLAIN_TEXT,
    ".csv": CSV,
    ".eml": EML,
    ".doc": DOC,
    ".xls": XLS,
    ".ppt": PPT,
    ".msg": MSG,
    ".rtf": RTF,
    ".odt": ODT,
    ".ods": ODS,
    ".odp": ODP,
    ".epub": EPUB,
    ".zip": ZIP,
}

# Formats whose content libmagic cannot tell apart reliably: any text is acceptable for
# them and the extension decides (a Markdown file is "text/plain" to libmagic, a CSV may be
# "text/csv" or "text/plain", an HTML fragment "text/plain").
TEXT_FAMILY = frozenset({HTML, MARKDOWN, PLAIN_TEXT, CSV, EML})
OOXML_MARKER_MEMBER: dict[str, str] = {
    DOCX: "word/document.xml",
    XLSX: "xl/workbook.xml",
    PPTX: "ppt/presentation.xml",
}
LEGACY_OFFICE_TYPES = frozenset(
    {DOC, XLS, PPT, MSG, "application/x-ole-storage", "application/CDFV2"}
)
# Legacy names that other programs give to simpler formats, read as what they contain: Word
# saves RTF as .doc on request, and business systems export "Excel" files that are HTML tables.
DISGUISES: dict[str, frozenset[str]] = {DOC: frozenset({RTF, HTML}), XLS: frozenset({HTML})}
OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
# What Office's "encrypt with password" makes of an OOXML file: an OLE container holding it.
ENCRYPTED_OOXML = "application/encrypted"
# OpenDocument and EPUB name their type in a first member called "mimetype".
ZIP_MIMETYPE_MEMBER_TYPES = frozenset({ODT, ODS, ODP, EPUB})


def _content_mime_type(data: bytes) -> str:
    import magic  # libmagic1 (Debian) via python-magic

    return str(magic.from_buffer(data[:1 << 20], mime=True))


def _ooxml_kind(data: bytes) -> str | None:
    """Which OOXML format a ZIP holds, from member names only (central directory)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return None
    if "[Content_Types].xml" not in names:
        return None
    for mime_type, marker in OOXML_MARKER_MEMBER.items():
        if marker in names:
            return mime_type
    return None


def _ole_kind(data: bytes) -> str | None:
    """Which format an OLE2 compound file holds, from the names of its top-level streams.

    libmagic reads the same directory but names files written by other tools (or with an
    unusual first stream) application/CDFV2 or x-ole-storage; the streams do not lie.
    """
    import olefile

    try:
        with olefile.OleFileIO(data) as ole:
            names = {entry[0] for entry in ole.listdir(streams=True, storages=True)}
    except Exception:  # olefile raises OSError, struct.error, IndexError... on a damaged file
        return None
    if "EncryptedPackage" in names or ("EncryptionInfo" in names and "WordDocument" not in names):
        return ENCRYPTED_OOXML
    if "WordDocument" in names:
        return DOC
    if "Workbook" in names or "Book" in names:
        return XLS
    if "PowerPoint Document" in names:
        return PPT
    if any(name.startswith("__substg1.0_") for name in names):
        return MSG
    return None


def _zip_kind(data: bytes) -> str | None:
    """OpenDocument or EPUB from the "mimetype" member, OOXML from its parts, else a plain zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            declared = ""
            if "mimetype" in names and archive.getinfo("mimetype").file_size <= 200:
                declared = archive.read("mimetype").decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, RuntimeError, NotImplementedError):
        return None  # RuntimeError: the mimetype member itself is encrypted
    if declared in ZIP_MIMETYPE_MEMBER_TYPES:
        return declared
    return _ooxml_kind(data) or ZIP


def _looks_like_text(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    try:
        decode_text(sample, tolerate_cut=True)
    except DocumentRejected:
        return False
    return True


def detect_mime_type(data: bytes, filename: str) -> str:
    """The MIME type of `data` judged from its content; the extension must agree with it.

    Raises DocumentRejected for empty data, unsupported types and an extension that
    contradicts the content (a renamed executable, a PDF called .docx).
    """
    if not data:
        raise DocumentRejected(rejection_reason("空のファイルです", "empty file"))
    extension = PurePath(filename).suffix.lower()
    claimed = MIME_BY_EXTENSION.get(extension)
    content = _content_mime_type(data)

    # libmagic recognises OOXML only when [Content_Types].xml is the first member;
    # files written by other tools come back as application/zip or octet-stream.
    if data.startswith(b"PK") and (
        content in {"application/zip", "application/octet-stream", "application/x-zip", *ZIP_MIMETYPE_MEMBER_TYPES}
        or (content in OOXML_MARKER_MEMBER and content != claimed)
    ):
        content = _zip_kind(data) or content
    if data.startswith(OLE_SIGNATURE):
        ole_kind = _ole_kind(data)
        if ole_kind is None and claimed in LEGACY_OFFICE_TYPES:
            raise DocumentRejected(rejection_reason(
                "ファイルが壊れています", f"corrupt OLE2 compound file: no Office streams readable in this {extension} file"
            ))
        content = ole_kind or content
    if data.lstrip()[:5] == b"{\\rtf":
        content = RTF
    if content in {"image/jpg", "image/pjpeg"}:
        content = JPEG
    if content in {"text/x-mail", "text/x-news"}:
        content = EML
    if content == "application/octet-stream" and _looks_like_text(data):
        # Short Shift_JIS/EUC-JP files sometimes look like binary to libmagic.
        content = PLAIN_TEXT

    if claimed is None:
        if extension:
            raise DocumentRejected(rejection_reason(
                "対応していないファイル形式です", f"unsupported file type {extension}"
            ))
        # No extension: trust the content when it is something we parse.
        if content in MIME_BY_EXTENSION.values():
            return content
        if content.startswith("text/"):
            return PLAIN_TEXT
        raise DocumentRejected(rejection_reason(
            "対応していないファイル形式です", f"unsupported file type {content}"
        ))

    if claimed in OOXML_MARKER_MEMBER and content in {ENCRYPTED_OOXML, "application/CDFV2-encrypted"}:
        # Office's "encrypt with password" wraps the zip in an encrypted OLE container.
        raise DocumentRejected(rejection_reason(
            "パスワード付きのOfficeファイルは処理できません", "password-protected Office file"
        ))
    if claimed in TEXT_FAMILY:
        if content.startswith("text/") or content in {EML, "application/csv"}:
            return claimed
        if content in {"application/x-empty", "inode/x-empty"}:
            raise DocumentRejected(rejection_reason("空のファイルです", "empty file"))
    elif content == claimed:
        return claimed
    elif content in DISGUISES.get(claimed, ()):
        return content
    raise DocumentRejected(rejection_reason(
        "拡張子が内容と一致しません",
        f"wrong extension for its content: {extension} file contains {content}",
    ))
