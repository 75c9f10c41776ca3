"""What the pages call things: a document's status in the reader's language, and a stored
failure reason cut down to the reader's language.

Statuses are stored as the English codes the pipeline uses (`queued`, `indexed` …); the
pages never show a code. Failure reasons are stored once, in both languages, by ingestion
(「日本語 (English details)」 or 「日本語 / English」): the page shows the half its reader reads.
"""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# The same words the upload page's progress table uses.
STATUS_LABELS: dict[str, Promise] = {
    "queued": _("待機中"),
    "parsing": _("解析中"),
    "embedding": _("索引作成中"),
    "indexed": _("完了"),
    "failed": _("失敗"),
}


def status_label(status: str) -> str:
    label = STATUS_LABELS.get(status)
    return str(label) if label is not None else status


def status_choices(statuses: list[str]) -> list[tuple[str, str]]:
    return [(status, status_label(status)) for status in statuses]


# What kind of file a document is, for a reader who does not know MIME types.
KIND_LABELS: dict[str, Promise] = {
    "pdf": _("PDF"),
    "doc": _("Word"), "docx": _("Word"),
    "xls": _("Excel"), "xlsx": _("Excel"),
    "ppt": _("PowerPoint"), "pptx": _("PowerPoint"),
    "html": _("HTML"), "htm": _("HTML"),
    "md": _("Markdown"), "markdown": _("Markdown"),
    "txt": _("テキスト"), "csv": _("CSV"), "eml": _("メール"), "msg": _("メール"),
    "rtf": _("RTF"), "odt": _("OpenDocument"), "ods": _("OpenDocument"), "odp": _("OpenDocument"),
    "epub": _("EPUB"),
    "png": _("画像"), "jpg": _("画像"), "jpeg": _("画像"), "tif": _("画像"), "tiff": _("画像"),
}


def kind_label(filename: str) -> str:
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    label = KIND_LABELS.get(extension)
    return str(label) if label is not None else (extension.upper() or str(_("その他")))


# Shown by the browser as they are; every other kind opens as the app's HTML preview of its text.
SHOWN_AS_THEY_ARE = frozenset({"pdf", "png", "jpg", "jpeg", "tif", "tiff"})


def opens_as_preview(filename: str) -> bool:
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    return extension not in SHOWN_AS_THEY_ARE


# Failures that come from the file itself: the same bytes fail the same way, so the pages offer
# no 再試行 (the admin fixes the file and uploads it again). Matched on the English half of the
# stored reason, which ingestion writes from a fixed set of phrases. Anything else (a timeout,
# an internal error, the model or OCR engine missing, memory) may pass on another run.
FILE_FAULTS = (
    "empty file",
    "the file is empty",
    "exceeds the",
    "holds no files",
    "unsupported file type",
    "encrypted",
    "corrupt",
    "truncated",
    "no text found",
    "has no pages",
    "not recognised",
    "too many members",
    "nested too deep",
    "too large",
    "not a png",
    "stored original is missing",
)


def retry_can_succeed(*, error: str | None, stored: bool) -> bool:
    """Whether running a failed document through the pipeline again can end differently."""
    if not stored:
        return False  # refused before it was stored: nothing to run again
    english = reason_halves(error or "")[1].lower()
    return not any(fault in english for fault in FILE_FAULTS)


def reason_halves(reason: str) -> tuple[str, str]:
    """(Japanese, English) of a stored reason; a reason in one language only is both."""
    reason = reason.strip()
    if " / " in reason:
        japanese, english = reason.split(" / ", 1)
        return japanese.strip(), english.strip()
    # 「日本語 (English)」: the Japanese half writes its own brackets full-width (（上限 …）),
    # so the first ASCII " (" is where the English half begins.
    start = reason.find(" (")
    if start > 0 and reason.endswith(")"):
        return reason[:start].strip(), reason[start + 2 : -1].strip()
    return reason, reason


def reason_for_reader(reason: str | None, language: str | None = None) -> str:
    if not reason:
        return ""
    japanese, english = reason_halves(reason)
    if (language or get_language() or "ja").startswith("en"):
        return english[:1].upper() + english[1:]
    return japanese
