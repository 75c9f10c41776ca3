"""Text formats: plain text, CSV, HTML and Markdown, and decoding Japanese text files."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from appliance.text.japanese import japanese_score, remove_spaces_between_cjk
from ingestion.parsing.document import (
    CSV,
    HTML,
    MARKDOWN,
    PLAIN_TEXT,
    DocumentRejected,
    ParsedDocument,
    Section,
    rejection_reason,
)
from ingestion.parsing.office import SectionCollector, table_sections

# The Japanese encodings are tried in a fixed order before any statistical guess: for short
# texts charset detectors pick Big5 or cp1252 for what is plainly Shift_JIS.
_JAPANESE_CANDIDATES = ("cp932", "euc_jp")


def decode_text(data: bytes, *, tolerate_cut: bool = False) -> str:
    """Decode text in UTF-8 (with or without BOM), UTF-16, ISO-2022-JP, Shift_JIS or EUC-JP."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    errors = "ignore" if tolerate_cut else "strict"
    if b"\x1b$B" in data or b"\x1b$@" in data:
        try:
            return data.decode("iso2022_jp_ext", errors=errors)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        # A sample cut inside a multi-byte character still counts as UTF-8.
        if tolerate_cut and error.start >= len(data) - 3:
            return data[: error.start].decode("utf-8")
    candidates: list[tuple[float, str]] = []
    for encoding in _JAPANESE_CANDIDATES:
        try:
            text = data.decode(encoding, errors=errors)
        except UnicodeDecodeError:
            continue
        candidates.append((japanese_score(text), text))
    if candidates:
        best_score, best_text = max(candidates, key=lambda candidate: candidate[0])
        if best_score > 0:
            return best_text
    from charset_normalizer import from_bytes

    guess = from_bytes(data).best()
    if guess is None:
        raise DocumentRejected(rejection_reason("文字コードを判別できません", "text encoding not recognised"))
    return str(guess)


def parse_plain_text(data: bytes) -> ParsedDocument:
    text = decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    sections = [
        Section(text=paragraph.strip(), page=None, heading_path=(), kind="text")
        for paragraph in re.split(r"\n\s*\n", text)
        if paragraph.strip()
    ]
    return ParsedDocument(mime_type=PLAIN_TEXT, sections=sections, page_count=None, title=None, ocr_pages=[])


def parse_csv(data: bytes) -> ParsedDocument:
    text = decode_text(data)
    try:
        dialect: Any = csv.Sniffer().sniff(text[:8192], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = [[" ".join(cell.split()) for cell in row] for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as error:
        raise DocumentRejected(rejection_reason("CSVファイルが壊れています", f"corrupt CSV: {error}")) from error
    sections = table_sections(rows, None, ())
    return ParsedDocument(mime_type=CSV, sections=sections, page_count=None, title=None, ocr_pages=[])


_HTML_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "form", "hr", "li", "main", "ol", "p",
    "pre", "section", "summary", "ul", "caption",
})
_HTML_SKIPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "nav", "footer", "head", "iframe", "object",
})
_HTML_HEADING = re.compile(r"^h([1-6])$")


def html_sections(html: str | bytes) -> tuple[list[Section], str | None]:
    from bs4 import BeautifulSoup, NavigableString, Tag
    from bs4.element import Comment, Declaration, ProcessingInstruction

    soup = BeautifulSoup(html, "lxml")
    title_tag = soup.find("title")
    title = " ".join(title_tag.get_text().split()) if title_tag else None
    collector = SectionCollector()
    buffer: list[str] = []
    first_heading: list[str] = []

    def flush_buffer() -> None:
        # Source line breaks inside Japanese text become spaces; between CJK they are noise.
        text = remove_spaces_between_cjk(" ".join("".join(buffer).split()))
        buffer.clear()
        collector.paragraph(text)

    def table_rows(table: Tag) -> list[list[str]]:
        rows: list[list[str]] = []
        for row in table.find_all("tr"):
            if row.find_parent("table") is not table:
                continue  # nested tables are read as text of their cell
            rows.append([remove_spaces_between_cjk(" ".join(cell.get_text(" ").split()))
                         for cell in row.find_all(["th", "td"], recursive=False)])
        return rows

    def walk(element: Tag) -> None:
        for child in element.children:
            if isinstance(child, (Comment, Declaration, ProcessingInstruction)):
                continue
            if isinstance(child, NavigableString):
                buffer.append(str(child))
                continue
            if not isinstance(child, Tag) or child.name in _HTML_SKIPPED_TAGS:
                continue
            heading = _HTML_HEADING.match(child.name or "")
            if heading:
                flush_buffer()
                text = remove_spaces_between_cjk(" ".join(child.get_text(" ").split()))
                collector.heading(int(heading.group(1)), text)
                if text and not first_heading:
                    first_heading.append(text)
            elif child.name == "table":
                flush_buffer()
                collector.extend(table_sections(table_rows(child), None, collector.heading_path))
            elif child.name in _HTML_BLOCK_TAGS:
                flush_buffer()
                walk(child)
                flush_buffer()
            else:
                walk(child)

    walk(soup.body or soup)
    flush_buffer()
    collector.flush()
    return collector.sections, title or (first_heading[0] if first_heading else None)


def parse_html(data: bytes) -> ParsedDocument:
    # BeautifulSoup honours <meta charset>; without one, decode as we do for text files.
    has_declared_charset = re.search(rb"<meta[^>]+charset", data[:4096], re.IGNORECASE) is not None
    sections, title = html_sections(data if has_declared_charset else decode_text(data))
    return ParsedDocument(mime_type=HTML, sections=sections, page_count=None, title=title, ocr_pages=[])


def parse_markdown(data: bytes) -> ParsedDocument:
    import markdown

    html = markdown.markdown(decode_text(data), extensions=["tables", "fenced_code"])
    sections, title = html_sections(f"<html><body>{html}</body></html>")
    return ParsedDocument(mime_type=MARKDOWN, sections=sections, page_count=None, title=title, ocr_pages=[])
