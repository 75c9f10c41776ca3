"""Outlook messages (.msg): headers, the body, and each attachment parsed as a document of its own.

Read with extract-msg, which handles what a hand-written reader of the OLE2 streams would
have to redo: ANSI string properties in the message's code page (Shift_JIS from Japanese
Outlook), bodies kept only as compressed RTF with the HTML encapsulated in it, and messages
attached to messages. The sections come out as an .eml's do (mail.py), attachments through the
dispatcher passed in.
"""

from __future__ import annotations

import io
import logging
import re
from typing import Any

from ingestion.parsing.document import (
    MSG,
    DocumentRejected,
    ParsedDocument,
    Section,
    clip_hidden_text,
    rejection_reason,
)
from ingestion.parsing.mail import AttachmentParser, add_attachment
from ingestion.parsing.text import decode_text, html_sections

logger = logging.getLogger(__name__)


def _property(message: object, name: str) -> Any:
    """A property extract-msg computes on first use (body, htmlBody, rtfBody...), or None when
    computing it fails: RTFDE decodes an RTF body without a Japanese font charset as cp1252."""
    try:
        return getattr(message, name, None)
    except Exception:
        logger.warning("msg %s unreadable", name, exc_info=True)
        return None


def parse_msg(data: bytes, depth: int, parse_attachment: AttachmentParser) -> ParsedDocument:
    """Sections of one Outlook message; `depth` is how deep it is nested in attachments."""
    import extract_msg

    # extract-msg logs every property it does not know at WARNING; a message is not news.
    logging.getLogger("extract_msg").setLevel(logging.ERROR)
    try:
        # A file object, never bytes: extract-msg takes bytes it cannot read as OLE for a path.
        message = extract_msg.openMsg(io.BytesIO(data), delayAttachments=False)
    except Exception as error:
        raise DocumentRejected(rejection_reason("Outlookメールファイルが壊れています", f"corrupt MSG: {error}")) from error
    try:
        subject = " ".join(str(_property(message, "subject") or "").split()) or None
        base_path = (subject,) if subject else ()
        header_lines = []
        for label, attribute in (("Subject", "subject"), ("From", "sender"), ("To", "to"), ("Cc", "cc"), ("Date", "date")):
            value = _property(message, attribute)
            if value:
                header_lines.append(f"{label}: {' '.join(str(value).split())}")
        sections: list[Section] = []
        hidden: list[str] = []
        if header_lines:
            sections.append(Section(text="\n".join(header_lines), page=None, heading_path=base_path, kind="email_header"))
        # The plain body; else the HTML one (its own property, or de-encapsulated from the RTF
        # body); else the RTF body itself, which Outlook keeps alone for "rich text" messages,
        # read as an attached .rtf would be.
        body = _property(message, "body")
        body = body if isinstance(body, str) and body.strip() else None
        html = None if body else _property(message, "htmlBody")
        rtf = None if body or html else _property(message, "rtfBody")
        if body:
            sections.extend(Section(text=paragraph.strip(), page=None, heading_path=base_path, kind="text")
                            for paragraph in re.split(r"\n\s*\n", body.replace("\r\n", "\n")) if paragraph.strip())
        elif html:
            body_sections, _title, body_hidden = html_sections(decode_text(html) if isinstance(html, bytes) else str(html))
            hidden.extend(body_hidden)
            sections.extend(Section(text=section.text, page=None, heading_path=base_path + section.heading_path,
                                    kind=section.kind) for section in body_sections)
        elif isinstance(rtf, bytes) and rtf.strip():
            try:
                rich = parse_attachment(rtf, "body.rtf", depth)
            except DocumentRejected as rejection:
                logger.warning("msg RTF body unreadable: %s", rejection.reason)
            else:
                sections.extend(Section(text=section.text, page=None, heading_path=base_path + section.heading_path,
                                        kind=section.kind) for section in rich.sections)
                hidden.extend(rich.hidden_text)
        for attachment in _property(message, "attachments") or []:
            payload = attachment.data
            filename = str(getattr(attachment, "longFilename", None) or getattr(attachment, "name", None) or "")
            if hasattr(payload, "exportBytes"):  # a message attached to this one
                filename = filename or f"{' '.join(str(payload.subject or 'message').split())}.msg"
                payload = payload.exportBytes()
            if filename and isinstance(payload, bytes):
                add_attachment(payload, filename, depth, base_path, parse_attachment, sections, hidden)
    finally:
        message.close()
    return ParsedDocument(mime_type=MSG, sections=sections, page_count=None, title=subject, ocr_pages=[],
                          hidden_text=clip_hidden_text(hidden))
