"""OCR with tesseract, run by us (unstructured's OCR path loses Japanese), and images."""

from __future__ import annotations

import io
import logging
import re
import subprocess
from typing import Any

from appliance.text.japanese import clean_layout_text
from ingestion.parsing.document import DocumentRejected, ParsedDocument, Section, rejection_reason

logger = logging.getLogger(__name__)

LANGUAGE_LIST = re.compile(r"^[A-Za-z_]+(\+[A-Za-z_]+)*$")
OCR_DPI = 300
MAX_OCR_PIXELS_PER_SIDE = 5000
MIN_CONFIDENCE_BEFORE_VERTICAL_RETRY = 75.0
MIN_OCR_CHARACTERS = 3
MIN_OCR_WORD_CONFIDENCE = 30.0  # below this tesseract is guessing at noise


def _tesseract(image_png: bytes, languages: str, page_segmentation: int, dpi: int) -> tuple[str, float]:
    """Text and mean word confidence (0-100) from tesseract's TSV output."""
    try:
        completed = subprocess.run(
            ["tesseract", "stdin", "stdout", "-l", languages, "--psm", str(page_segmentation),
             "--dpi", str(dpi), "tsv"],
            input=image_png,
            capture_output=True,
            check=False,
        )
    except FileNotFoundError as error:
        raise DocumentRejected(rejection_reason(
            "OCRエンジン(tesseract)がインストールされていません", "tesseract is not installed"
        )) from error
    if completed.returncode != 0:
        message = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        raise DocumentRejected(rejection_reason(
            "OCRに失敗しました", f"tesseract failed: {message[-1] if message else completed.returncode}"
        ))
    lines: dict[tuple[int, int, int], list[str]] = {}
    confidences: list[float] = []
    for row in completed.stdout.decode("utf-8", "replace").splitlines()[1:]:
        columns = row.split("\t")
        if len(columns) < 12 or columns[0] != "5":
            continue
        word = columns[11].strip()
        if not word or float(columns[10]) < MIN_OCR_WORD_CONFIDENCE:
            continue
        lines.setdefault((int(columns[2]), int(columns[3]), int(columns[4])), []).append(word)
        confidences.append(float(columns[10]))
    text_lines: list[str] = []
    previous_paragraph: tuple[int, int] | None = None
    for (block, paragraph, _line), words in lines.items():
        if previous_paragraph is not None and previous_paragraph != (block, paragraph):
            text_lines.append("")
        text_lines.append(" ".join(words))
        previous_paragraph = (block, paragraph)
    mean_confidence = sum(confidences) / len(confidences) if confidences else 0.0
    return "\n".join(text_lines), mean_confidence


def ocr_image(image: Any, languages: str) -> str:
    """OCR one PIL image. Horizontal first; vertical Japanese (jpn_vert) when that found little."""
    from PIL import Image

    image = image.convert("L")
    longest_side = max(image.size)
    if longest_side > MAX_OCR_PIXELS_PER_SIDE:
        scale = MAX_OCR_PIXELS_PER_SIDE / longest_side
        image = image.resize((int(image.width * scale), int(image.height * scale)), Image.Resampling.LANCZOS)
    dpi_info = image.info.get("dpi")
    dpi = int(dpi_info[0]) if dpi_info and dpi_info[0] and dpi_info[0] > 30 else OCR_DPI
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    png = buffer.getvalue()

    text, confidence = _tesseract(png, languages, 3, dpi)
    text = clean_layout_text(text)
    visible = len(re.sub(r"\s", "", text))
    if "jpn" in languages.split("+") and (visible < 20 or confidence < MIN_CONFIDENCE_BEFORE_VERTICAL_RETRY):
        # Tategaki (vertical writing) defeats the horizontal model: it returns little, or
        # junk with low confidence. Retry with jpn_vert as one vertical block and keep
        # whichever reading tesseract is surer of.
        try:
            vertical_text, vertical_confidence = _tesseract(png, "jpn_vert+" + languages, 5, dpi)
        except DocumentRejected:
            vertical_text, vertical_confidence = "", 0.0  # jpn_vert not installed
        vertical_text = clean_layout_text(vertical_text)
        vertical_visible = len(re.sub(r"\s", "", vertical_text))
        logger.debug("OCR horizontal %.0f%% (%d chars), vertical %.0f%% (%d chars)",
                     confidence, visible, vertical_confidence, vertical_visible)
        if vertical_confidence > confidence and vertical_visible >= visible // 2:
            text, visible = vertical_text, vertical_visible
    # A stray glyph or two is what tesseract makes of a drawing, a stamp or a ruled line.
    return text if visible >= MIN_OCR_CHARACTERS else ""


def parse_image(data: bytes, mime_type: str, languages: str) -> ParsedDocument:
    import warnings

    from PIL import Image, UnidentifiedImageError

    sections: list[Section] = []
    ocr_pages: list[int] = []
    try:
        with warnings.catch_warnings():
            # A decompression bomb is an error here, not a warning to log and carry on.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                frame_count = getattr(image, "n_frames", 1)
                for frame_index in range(frame_count):
                    image.seek(frame_index)
                    text = ocr_image(image.copy(), languages)
                    if text:
                        sections.append(Section(text=text, page=frame_index + 1, heading_path=(), kind="text"))
                        ocr_pages.append(frame_index + 1)
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as error:
        raise DocumentRejected(rejection_reason("画像が大きすぎます", "image too large")) from error
    except (UnidentifiedImageError, OSError, EOFError, SyntaxError) as error:
        raise DocumentRejected(rejection_reason("画像ファイルが壊れています", f"corrupt image: {error}")) from error
    if not sections:
        raise DocumentRejected(rejection_reason("画像から文字が見つかりません", "no text found in image"))
    return ParsedDocument(mime_type=mime_type, sections=sections, page_count=frame_count,
                          title=None, ocr_pages=ocr_pages)
