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

from ingestion.parsing.document import (
    MSG,
    DocumentRejected,
    ParsedDocument,
    Section,
    clip_hidden_text,
    rejection_reason,
)
from ingestion.parsing.mail import MAX_ATTACHMENT_DEPTH, AttachmentParser
from ingestion.parsing.text import decode_text, html_sections

logger = logging.getLogger(__name__)


def _body_html(message: object) -> str:
    try:
        html = getattr(message, "htmlBody", None)  # from the HTML property or de-encapsulated from RTF
    except Exception:  # a damaged RTF body: the plain body or nothing
        logger.warning("msg HTML body unreadable", exc_info=True)
        return ""
    if isinstance(html, bytes):
        return decode_text(html)
    return html or ""


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
        subject = " ".join(str(getattr(message, "subject", "") or "").split()) or None
        base_path = (subject,) if subject else ()
        header_lines = []
        for label, attribute in (("Subject", "subject"), ("From", "sender"), ("To", "to"), ("Cc", "cc"), ("Date", "date")):
            value = getattr(message, attribute, None)
            if value:
                header_lines.append(f"{label}: {' '.join(str(value).split())}")
        sections: list[Section] = []
        hidden: list[str] = []
        if header_lines:
            sections.append(Section(text="\n".join(header_lines), page=None, heading_path=base_path, kind="email_header"))
        body = str(getattr(message, "body", "") or "")
        if body.strip():
            sections.extend(Section(text=paragraph.strip(), page=None, heading_path=base_path, kind="text")
                            for paragraph in re.split(r"\n\s*\n", body.replace("\r\n", "\n")) if paragraph.strip())
        else:
            body_sections, _title, body_hidden = html_sections(_body_html(message))
            hidden.extend(body_hidden)
            sections.extend(Section(text=section.text, page=None, heading_path=base_path + section.heading_path,
                                    kind=section.kind) for section in body_sections)
        for attachment in getattr(message, "attachments", []):
            payload = attachment.data
            filename = str(getattr(attachment, "longFilename", None) or getattr(attachment, "name", None) or "")
            if hasattr(payload, "exportBytes"):  # a message attached to this one
                filename = filename or f"{' '.join(str(payload.subject or 'message').split())}.msg"
                payload = payload.exportBytes()
            if not filename or not isinstance(payload, bytes):
                continue
            if depth >= MAX_ATTACHMENT_DEPTH:
                logger.warning("attachment %s skipped: nested too deep", filename)
                continue
            try:
                parsed = parse_attachment(payload, filename, depth + 1)
            except DocumentRejected as rejection:
                logger.warning("attachment %s skipped: %s", filename, rejection.reason)
                continue
            sections.extend(Section(text=section.text, page=section.page,
                                    heading_path=base_path + (filename,) + section.heading_path,
                                    kind=section.kind) for section in parsed.sections)
            hidden.extend(parsed.hidden_text)
    finally:
        message.close()
    return ParsedDocument(mime_type=MSG, sections=sections, page_count=None, title=subject, ocr_pages=[],
                          hidden_text=clip_hidden_text(hidden))
