"""EPUB (2 and 3): the XHTML files of the spine, in reading order, through the HTML reader.

An EPUB is a zip holding XHTML, so the standard zip module and lxml (for the package file)
are all it takes: LibreOffice cannot open EPUB, and unstructured goes through pandoc for it.
The zip-bomb check has run before this (dispatch). Ruby readings (<rt>, <rp>) are dropped:
「漢字(かんじ)」 would otherwise split every annotated word in two for search.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from urllib.parse import unquote

from ingestion.parsing.document import (
    EPUB,
    DocumentRejected,
    ParsedDocument,
    Section,
    clip_hidden_text,
    rejection_reason,
)
from ingestion.parsing.text import decode_text, html_sections

_CONTAINER = "META-INF/container.xml"
_ENCRYPTION = "META-INF/encryption.xml"
_RUBY_ANNOTATION = re.compile(r"<(rt|rp)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
# Font obfuscation (IDPF, Adobe) is listed in encryption.xml too; it hides no text.
_FONT_OBFUSCATION = ("http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC")


def _xml(data: bytes) -> object:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True, huge_tree=False)
    root = etree.fromstring(data, parser)
    if root is None:
        raise ValueError("empty XML")
    return root


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def parse_epub(data: bytes) -> ParsedDocument:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as error:
        raise DocumentRejected(rejection_reason("EPUBファイルが壊れています", f"corrupt EPUB: {error}")) from error
    with archive:
        names = set(archive.namelist())
        try:
            container = _xml(archive.read(_CONTAINER))
            package_path = next(element.get("full-path") for element in container.iter()  # type: ignore[attr-defined]
                                if _local(element.tag) == "rootfile" and element.get("full-path"))
            package = _xml(archive.read(package_path))
        except (KeyError, StopIteration, ValueError, zipfile.BadZipFile, OSError, EOFError) as error:
            raise DocumentRejected(rejection_reason(
                "EPUBファイルが壊れています", f"corrupt EPUB: no readable package document ({error})"
            )) from error
        base = posixpath.dirname(package_path)
        manifest: dict[str, str] = {}
        spine: list[str] = []
        title: str | None = None
        for element in package.iter():  # type: ignore[attr-defined]
            tag = _local(element.tag)
            if tag == "item" and element.get("id") and element.get("href"):
                manifest[element.get("id")] = posixpath.normpath(posixpath.join(base, unquote(element.get("href"))))
            elif tag == "itemref" and element.get("idref"):
                spine.append(element.get("idref"))
            elif tag == "title" and title is None and (element.text or "").strip():
                title = " ".join(element.text.split())
        documents = [manifest[item] for item in spine if item in manifest and manifest[item] in names]
        if _ENCRYPTION in names:
            encrypted: set[str] = set()
            for element in _xml(archive.read(_ENCRYPTION)).iter():  # type: ignore[attr-defined]
                if _local(element.tag) == "EncryptedData":
                    methods = [child.get("Algorithm", "") for child in element.iter() if _local(child.tag) == "EncryptionMethod"]
                    uris = [child.get("URI", "") for child in element.iter() if _local(child.tag) == "CipherReference"]
                    if not any(method in _FONT_OBFUSCATION for method in methods):
                        encrypted.update(unquote(uri) for uri in uris)
            if encrypted & set(documents):
                raise DocumentRejected(rejection_reason(
                    "暗号化(DRM)されたEPUBは処理できません", "EPUB content is encrypted (DRM)"
                ))
        sections: list[Section] = []
        hidden: list[str] = []
        first_heading: str | None = None
        for chapter in documents:
            try:
                content = archive.read(chapter)
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as error:
                raise DocumentRejected(rejection_reason(
                    "EPUBファイルが壊れています", f"corrupt EPUB member {chapter}: {error}"
                )) from error
            chapter_sections, _chapter_title, chapter_hidden = html_sections(_RUBY_ANNOTATION.sub("", decode_text(content)))
            hidden.extend(chapter_hidden)
            sections.extend(chapter_sections)
            first_heading = first_heading or next((s.heading_path[0] for s in chapter_sections if s.heading_path), None)
    return ParsedDocument(mime_type=EPUB, sections=sections, page_count=None, title=title or first_heading,
                          ocr_pages=[], hidden_text=clip_hidden_text(hidden))
