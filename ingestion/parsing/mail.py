"""E-mail (.eml): headers, the body, and each attachment parsed as a document of its own.

Named mail.py, not email.py, so that it never shadows the standard library's `email`.
Attachments go back through the dispatcher, which is passed in (`parse_attachment`)
rather than imported: the dispatcher imports this module.
"""

from __future__ import annotations

import email
import email.policy
import logging
import re
from collections.abc import Callable
from email.message import EmailMessage

from ingestion.parsing.document import (
    EML,
    DocumentRejected,
    ParsedDocument,
    Section,
    clip_hidden_text,
    rejection_reason,
)
from ingestion.parsing.text import decode_text, html_sections, typed_sections

logger = logging.getLogger(__name__)

# Parses one attachment: (payload, filename, depth of the attachment) -> its document.
AttachmentParser = Callable[[bytes, str, int], ParsedDocument]

MAX_ATTACHMENT_DEPTH = 3


def add_attachment(
    payload: bytes, filename: str, depth: int, base_path: tuple[str, ...], parse_attachment: AttachmentParser,
    sections: list[Section], hidden: list[str],
) -> None:
    """A message's attachment read through the dispatcher into the message's sections, under
    its file name; one unreadable or nested too deep is skipped with a log line (it should not
    cost the message its body)."""
    if depth >= MAX_ATTACHMENT_DEPTH:
        logger.warning("attachment %s skipped: nested too deep", filename)
        return
    try:
        parsed = parse_attachment(payload, filename, depth + 1)
    except DocumentRejected as rejection:
        logger.warning("attachment %s skipped: %s", filename, rejection.reason)
        return
    sections.extend(Section(text=section.text, page=section.page,
                            heading_path=base_path + (filename,) + section.heading_path,
                            kind=section.kind) for section in parsed.sections)
    hidden.extend(parsed.hidden_text)


def parse_eml(data: bytes, depth: int, parse_attachment: AttachmentParser) -> ParsedDocument:
    """Sections of one message; `depth` is how deep this message is nested in attachments."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as error:
        raise DocumentRejected(rejection_reason("メールファイルが壊れています", f"corrupt EML: {error}")) from error
    assert isinstance(message, EmailMessage)
    subject = " ".join(str(message.get("Subject", "")).split()) or None
    base_path = (subject,) if subject else ()
    header_lines = [f"{name}: {' '.join(str(message[name]).split())}"
                    for name in ("Subject", "From", "To", "Cc", "Date") if message.get(name)]
    sections: list[Section] = []
    hidden: list[str] = []  # invisible text of the HTML body and of the attachments
    if header_lines:
        sections.append(Section(text="\n".join(header_lines), page=None, heading_path=base_path,
                                kind="email_header"))
    body, content = None, ""
    # Plain text first (what the sender typed); the HTML part when plain is missing or empty.
    for preference in ("plain", "html"):
        candidate = message.get_body(preferencelist=(preference,))
        if candidate is None:
            continue
        try:
            candidate_content = candidate.get_content()
        except (LookupError, UnicodeError):  # unknown charset label
            raw_payload = candidate.get_payload(decode=True)
            candidate_content = decode_text(raw_payload) if isinstance(raw_payload, bytes) else ""
        if str(candidate_content).strip():
            body, content = candidate, str(candidate_content)
            break
    if body is not None:
        if body.get_content_type() == "text/html":
            body_sections, _title, body_hidden = html_sections(content)
            hidden.extend(body_hidden)
            sections.extend(Section(text=section.text, page=None, heading_path=base_path + section.heading_path,
                                    kind=section.kind) for section in body_sections)
        else:
            sections.extend(section for paragraph in re.split(r"\n\s*\n", content.replace("\r\n", "\n"))
                            if paragraph.strip() for section in typed_sections(paragraph, base_path))
    for attachment in message.iter_attachments():
        filename = attachment.get_filename() or ""
        payload = attachment.get_payload(decode=True)
        if filename and isinstance(payload, bytes):
            add_attachment(payload, filename, depth, base_path, parse_attachment, sections, hidden)
    return ParsedDocument(mime_type=EML, sections=sections, page_count=None, title=subject, ocr_pages=[],
                          hidden_text=clip_hidden_text(hidden))
