"""One page image (PNG, JPEG, WebP, or a PDF's first page) read by the layout reader in a
child process, for what is read outside ingestion: an image attached to a question.

The same isolation as a parse (sandbox.py), in a smaller shape: a fresh interpreter with a
memory limit, killed with its tesseract when the time runs out, so that a hostile image (a
decompression bomb, a PDF that makes pdfium spin) costs a refusal, not the web process.
Only the layout comes back, as JSON.

    python -P -m ingestion.parsing.pagereader LANGUAGES < FILE    (prints the layout's JSON)
"""

from __future__ import annotations

import io
import json
import os
import resource
import signal
import subprocess
import sys
import warnings
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ingestion.parsing.document import JPEG, PDF, PNG, DocumentRejected, rejection_reason
from ingestion.parsing.layout import MAX_OCR_PIXELS_PER_SIDE, OCR_DPI, Block, PageLayout, read_page
from ingestion.parsing.ocr import LANGUAGE_LIST

WEBP = "image/webp"
PAGE_TYPES = (PNG, JPEG, WEBP, PDF)
CHILD_MEMORY_MB = 2048
_IMPORT_ROOT = str(Path(__file__).resolve().parents[2])


def page_type(data: bytes) -> str | None:
    """The page's type by its first bytes (never by its name), or None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return WEBP
    if data.lstrip()[:5] == b"%PDF-":
        return PDF
    return None


def _page_image(data: bytes, mime_type: str) -> Any:
    from PIL import Image

    if mime_type == PDF:
        import pypdfium2

        document = pypdfium2.PdfDocument(data)
        try:
            if len(document) == 0:
                raise DocumentRejected(rejection_reason("PDFにページがありません", "PDF has no pages"))
            page = document[0]
            width, height = page.get_size()
            scale = min(OCR_DPI / 72, MAX_OCR_PIXELS_PER_SIDE / max(width, height, 1))
            image = page.render(scale=scale, grayscale=True).to_pil()
            image.info["dpi"] = (int(scale * 72), int(scale * 72))
            return image
        finally:
            document.close()
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        image = Image.open(io.BytesIO(data))
        image.load()
    return image


def layout_as_json(layout: PageLayout) -> dict[str, Any]:
    return asdict(layout)


def layout_from_json(data: dict[str, Any]) -> PageLayout:
    blocks = [Block(block["kind"], tuple(tuple(row) for row in block["rows"]), tuple(block["region"])) for block in data["blocks"]]
    return PageLayout(data["width"], data["height"], data["rotation"], data["skew"], data["vertical"], data["confidence"], blocks)


def read_page_in_child(data: bytes, *, languages: str, timeout_s: float) -> PageLayout:
    """The layout of a page file, read in a child process; DocumentRejected with the reason."""
    if not LANGUAGE_LIST.match(languages):
        raise ValueError(f"bad OCR language list {languages!r}")
    if page_type(data) is None:
        raise DocumentRejected(rejection_reason("PNG・JPEG・WebP の画像か PDF を添付してください", "not a PNG, JPEG, WebP or PDF"))

    def limit_memory() -> None:
        os.setsid()
        limit = CHILD_MEMORY_MB * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    process = subprocess.Popen(
        [sys.executable, "-P", "-m", "ingestion.parsing.pagereader", languages],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=limit_memory,
        env={**os.environ, "PYTHONPATH": _IMPORT_ROOT},
    )
    try:
        output, errors = process.communicate(data, timeout=timeout_s)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise DocumentRejected(rejection_reason("画像の読み取りに時間がかかりすぎました", f"timed out after {timeout_s:.0f} s")) from None
    try:
        reply = json.loads(output.decode("utf-8"))
    except ValueError:
        message = errors.decode("utf-8", "replace").strip().splitlines()
        raise DocumentRejected(rejection_reason("画像を読み取れませんでした", message[-1] if message else f"exit {process.returncode}")) from None
    if "rejected" in reply:
        raise DocumentRejected(reply["rejected"])
    return layout_from_json(reply)


def _child(languages: str) -> int:
    from PIL import Image, UnidentifiedImageError

    data = sys.stdin.buffer.read()
    try:
        mime_type = page_type(data)
        if mime_type is None:
            raise DocumentRejected(rejection_reason("PNG・JPEG・WebP の画像か PDF を添付してください", "not a PNG, JPEG, WebP or PDF"))
        try:
            image = _page_image(data, mime_type)
        except (Image.DecompressionBombWarning, Image.DecompressionBombError) as error:
            raise DocumentRejected(rejection_reason("画像が大きすぎます", "image too large")) from error
        except (UnidentifiedImageError, OSError, EOFError, SyntaxError, ValueError) as error:
            raise DocumentRejected(rejection_reason("画像ファイルが壊れています", f"corrupt image: {error}")) from error
        layout = read_page(image, languages)
        print(json.dumps(layout_as_json(layout), ensure_ascii=False))
    except DocumentRejected as rejected:
        print(json.dumps({"rejected": rejected.reason}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1] if len(sys.argv) > 1 else "jpn+eng"))
