"""Turn an uploaded file into text sections, safely and fully offline.

The public surface is `parse_document`, `detect_mime_type`, `ParsedDocument`, `Section`,
`DocumentRejected`, `NeedsOcr` and the MIME type constants. Nothing here imports Django settings or
models, so the package can be tested and reused alone.

Why no `unstructured` (the issue asked to use it where it fits; it fits nowhere well here):
- Every partitioner that ships text (docx, pptx, xlsx, html/md, text, email) classifies
  elements with `is_possible_title`/`is_possible_narrative_text`, which run spaCy and
  download `en_core_web_sm` on first use. There is no setting that avoids it (passing
  `languages` does not); only monkeypatching the private `unstructured.nlp.tokenize._get_nlp`.
- Those heuristics are tuned for English: `partition_text` labelled every Japanese line a
  Title, which would make `heading_path` nonsense.
- Importing its partitioners costs ~5 s (spaCy, numba) on the 2-core appliance, paid again
  in every isolated parse process (see `parse_document`), and adds ~650 MB to the venv.
- XLSX and CSV come back as one table per sheet, not rows with their headers; its PDF
  `fast` path needs the `[pdf]` extra (pulls torch); its OCR path finds nothing in
  Japanese because it matches OCR words on spaces.
So each format uses the library that `unstructured` itself wraps (pypdfium2, python-docx,
python-pptx, openpyxl, BeautifulSoup/lxml, Markdown, the stdlib email and csv modules), and
the code here only walks their output into sections. The same holds for the rest of the office
formats, measured on Japanese samples (numbers in README "Document formats"): legacy .doc/.xls/
.ppt, RTF and OpenDocument go through LibreOffice into the OOXML readers (unstructured converts
.doc and .ppt with the same LibreOffice, then flattens tables, drops speaker notes, cannot read
.ods/.odp and garbles Shift_JIS RTF through pandoc); .msg through extract-msg; EPUB is a zip of
XHTML read with the HTML reader.

Isolation: every parse runs in a fresh child interpreter (`subprocess`, not
`multiprocessing`) that is killed, with its whole process group (tesseract included), when
`timeout_s` runs out. See `parse_document` for why this shape is safe in a Celery worker.

Modules (each imports only those above it in this list; none imports the package face):
    document  Section, ParsedDocument, DocumentRejected, rejection_reason, MIME types
    office    zip-container check, table helpers, docx / xlsx (方眼紙 sheets as lines) / pptx
    text      decoding of text files, plain text / CSV / HTML / Markdown
    detect    MIME type from content, checked against the extension
    orientation  a page turned upright (quarter turns, tilt) and regions mapped back
    layout    tesseract's word boxes turned into lines, key-values and tables, with regions
    ocr       OCR of a page image through layout, a document's pages in parallel, and images
    pdf       PDF pages, OCR fallback, bookmarks
    mail      e-mail; attachments go back through a dispatcher passed in as a parameter
    outlook   Outlook .msg (extract-msg), shaped as mail's sections, attachments the same way
    epub      EPUB: the spine's XHTML through text's HTML reader
    libreoffice  .doc/.xls/.ppt, RTF, OpenDocument: converted headless, no network, into office
    archive   zips of documents: members with bomb limits (also used by the submission service)
    dispatch  limits and the choice of parser (runs in the child)
    sandbox   the child process, its memory limit and network guard, `parse_document`
    __main__  the child's entry point (`python -P -m ingestion.parsing ...`)
Japanese text knowledge (CJK ranges, layout clean-up, mojibake) is in appliance.text.japanese.
"""

from __future__ import annotations

import os

# Set before any third-party import: libraries that phone home read these at import time.
# Every submodule is imported after this line (Python runs a package's __init__ first).
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from ingestion.parsing.detect import MIME_BY_EXTENSION, detect_mime_type  # noqa: E402
from ingestion.parsing.document import (  # noqa: E402
    CSV,
    DOCX,
    EML,
    HTML,
    JPEG,
    MARKDOWN,
    PDF,
    PLAIN_TEXT,
    PNG,
    PPTX,
    TIFF,
    XLSX,
    DocumentRejected,
    NeedsOcr,
    ParsedDocument,
    Section,
)
from ingestion.parsing.sandbox import (  # noqa: E402
    DEFAULT_PARSER_MEMORY_MB,
    DENY_NETWORK_ENVIRONMENT_VARIABLE,
    PARSER_MEMORY_ENVIRONMENT_VARIABLE,
    PARSER_PYTHON_ENVIRONMENT_VARIABLE,
    install_network_guard,
    parse_document,
)

__all__ = [
    "CSV",
    "DEFAULT_PARSER_MEMORY_MB",
    "DENY_NETWORK_ENVIRONMENT_VARIABLE",
    "DOCX",
    "EML",
    "HTML",
    "JPEG",
    "MARKDOWN",
    "MIME_BY_EXTENSION",
    "PARSER_MEMORY_ENVIRONMENT_VARIABLE",
    "PARSER_PYTHON_ENVIRONMENT_VARIABLE",
    "PDF",
    "PLAIN_TEXT",
    "PNG",
    "PPTX",
    "TIFF",
    "XLSX",
    "DocumentRejected",
    "NeedsOcr",
    "ParsedDocument",
    "Section",
    "detect_mime_type",
    "install_network_guard",
    "parse_document",
]
