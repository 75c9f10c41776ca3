"""Images and PDF pages attached to a question: checked by content, read by the layout reader
(ingestion/parsing/layout.py) in a child process, kept in the asker's conversation, and
answered from as passages beside the organization's documents.

An attachment is its owner's alone: every read takes the actor, and another person's (or
another organization's) attachment is a 404. It is never indexed: its passages exist only
for the questions asked with it, cited as 「添付画像」 with the region of the page each was
read from, so the page can outline it on the picture. A passage of an attachment is just
another passage to the answer's checks (rag/answering.py, rag/quoting.py, rag/claims.py):
a figure in the answer must be stated by the attachment's cited line, as by a document's.

With VLM_URL set (an OpenAI-compatible vision-language model, vLLM serving Qwen2.5-VL on the
GPU host), the picture goes to that model too, with the OCR text beside it; its Japanese
reading of the page becomes one more passage (see vision.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.http import Http404

from appliance.tenancy.selectors import Actor
from ingestion.parsing.document import DocumentRejected
from ingestion.parsing.layout import Block, PageLayout
from ingestion.parsing.pagereader import layout_as_json, layout_from_json, page_type, read_page_in_child
from rag.models import Attachment, Conversation
from rag.retrieval import Passage
from rag.vision import vision_reading

ATTACHMENT_TITLE = "添付画像"
ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
DOCUMENT_ID_PREFIX = "attachment:"
OCR_LANGUAGES = "jpn+eng"
READ_TIMEOUT_SECONDS = 120.0
# What kind of paper it is, as the person calls it (「この請求書」): named in every passage's
# heading when the page says it anywhere, so a line of the totals is about 「請求書」 too.
DOCUMENT_KINDS = (
    "請求書", "領収書", "見積書", "納品書", "注文書", "申請書", "精算書", "明細書", "予約票", "時刻表", "お知らせ", "契約書", "報告書",
)
MAX_HEADING_CHARACTERS = 24
WHOLE_PAGE = (0.0, 0.0, 1.0, 1.0)  # the region of the vision model's reading


@dataclass
class AttachmentPassage(Passage):
    region: tuple[float, float, float, float] | None = None  # fractions of the picture
    key: str = ""  # a key-value's key (「小計」 of 「小計：¥140,000」)


# --- reading -------------------------------------------------------------------------------


def attachment_read(*, data: bytes) -> tuple[str, PageLayout]:
    """The page's type and layout, or a ValidationError saying why it cannot be attached."""
    if not data:
        raise ValidationError("空のファイルです。")
    if len(data) > ATTACHMENT_MAX_BYTES:
        raise ValidationError(f"添付できるのは {ATTACHMENT_MAX_BYTES // (1024 * 1024)} MB までです。")
    mime_type = page_type(data)
    if mime_type is None:
        raise ValidationError("添付できるのは PNG・JPEG・WebP の画像か PDF です。")
    try:
        layout = read_page_in_child(data, languages=OCR_LANGUAGES, timeout_s=READ_TIMEOUT_SECONDS)
    except DocumentRejected as rejected:
        raise ValidationError(rejected.reason) from None
    return mime_type, layout


def attachment_passages(*, layout: PageLayout, reference: str, filename: str, vision: str = "") -> list[AttachmentPassage]:
    """One passage per thing read (a table, a key-value, a line), each with its region; the
    vision model's reading, when there is one, as one more over the whole page."""
    lines = [block.rows[0][0] for block in layout.blocks if block.kind == "paragraph"]
    # The page's first line is its title (「請求書」, a slide's 「2026年度 地域別売上実績」): what
    # its tables and fields are about. A title the reader joined with the lines under it is cut.
    heading = [lines[0][:MAX_HEADING_CHARACTERS]] if lines else []
    page_text = layout.text()
    heading += [kind for kind in DOCUMENT_KINDS if kind in page_text and kind not in heading]
    passages = [_passage(block, reference, filename, heading, order) for order, block in enumerate(layout.blocks)]
    if vision:
        passages.append(AttachmentPassage(
            document_id=f"{DOCUMENT_ID_PREFIX}{reference}", title=ATTACHMENT_TITLE, filename=filename, page=1, score=1.0, text=vision,
            order=len(passages), heading_path=list(heading), context=vision, region=WHOLE_PAGE,
        ))
    return passages


def _passage(block: Block, reference: str, filename: str, heading: list[str], order: int) -> AttachmentPassage:
    return AttachmentPassage(
        document_id=f"{DOCUMENT_ID_PREFIX}{reference}", title=ATTACHMENT_TITLE, filename=filename, page=1, score=1.0, text=block.text,
        order=order, heading_path=list(heading), context=block.text, region=block.region,
        key=block.rows[0][0] if block.kind == "key_value" else "",
    )


def _comparable(text: str) -> str:
    return re.sub(r"[\s()（）［］\[\]【】「」]", "", unicodedata.normalize("NFKC", text))


def passages_for_question(question: str, passages: Sequence[AttachmentPassage]) -> list[AttachmentPassage]:
    """The attachment's passages a question is asked of: when it names fields of the page by
    their labels (「請求書の小計は？」), those fields, the tables and the vision model's reading;
    otherwise all of them. Every line of an invoice shares 「請求」 with such a question, and
    a small model shown 「請求番号：…」 beside 「小計：…」 quotes the wrong one."""
    asked = _comparable(question)
    named = [passage for passage in passages if len(_comparable(passage.key)) >= 2 and _comparable(passage.key) in asked]
    if not named:
        return list(passages)
    tables = [passage for passage in passages if passage.text.startswith("|")]
    readings = [passage for passage in passages if passage.region == WHOLE_PAGE]
    return [passage for passage in passages if passage in named or passage in tables or passage in readings]


def passages_for_file(*, data: bytes, filename: str) -> list[AttachmentPassage]:
    """`ask --attach FILE`: the file's passages, read here and kept nowhere."""
    mime_type, layout = attachment_read(data=data)
    vision = vision_reading(data=data, mime_type=mime_type, ocr_text=layout.text())
    return attachment_passages(layout=layout, reference=filename, filename=filename, vision=vision)


# --- the asker's own attachments -------------------------------------------------------------


def attachment_create(*, actor: Actor, filename: str, data: bytes) -> Attachment:
    """Read and keep an attachment for the actor's next question; never indexed."""
    mime_type, layout = attachment_read(data=data)
    name = re.sub(r"[\x00-\x1f/\\\\]", "_", filename or "")[-255:] or "attachment"
    stored = layout_as_json(layout)
    stored["vision"] = vision_reading(data=data, mime_type=mime_type, ocr_text=layout.text())
    return Attachment.objects.create(
        organization_id=actor.organization_id, user_id=actor.user_id, filename=name, mime_type=mime_type, size=len(data), data=data,
        layout=stored,
    )


def attachment_list(*, fetched_by: Actor) -> Any:
    return Attachment.objects.filter(organization_id=fetched_by.organization_id, user_id=fetched_by.user_id)


def attachment_get(*, attachment_id: Any, fetched_by: Actor) -> Attachment:
    """One of the actor's own attachments; anyone else's is a 404."""
    try:
        return attachment_list(fetched_by=fetched_by).get(pk=attachment_id)
    except (Attachment.DoesNotExist, ValueError, TypeError, ValidationError):
        raise Http404("no such attachment") from None


def attachment_attach(*, attachment: Attachment, conversation: Conversation) -> None:
    """Bind an uploaded attachment to the conversation it was asked in (once)."""
    if attachment.conversation_id is None:
        attachment.conversation = conversation
        attachment.save(update_fields=["conversation"])


def stored_passages(attachment: Attachment) -> list[AttachmentPassage]:
    layout = layout_from_json(attachment.layout)
    return attachment_passages(
        layout=layout, reference=str(attachment.pk), filename=attachment.filename, vision=attachment.layout.get("vision", ""),
    )


# --- answers ---------------------------------------------------------------------------------


def cite_regions(answer: dict[str, Any], passages: Sequence[Passage]) -> dict[str, Any]:
    """An answer's citations of an attachment, with the region each cited line was read from
    and the attachment it is in ({"attachment": reference, "region": [left, top, right, bottom]},
    fractions of the picture): the page outlines it on the image."""
    regions = {(passage.document_id, passage.text): passage.region for passage in passages if isinstance(passage, AttachmentPassage)}
    for citation in answer.get("citations", []):
        if str(citation.get("document_id", "")).startswith(DOCUMENT_ID_PREFIX):
            citation["attachment"] = citation["document_id"][len(DOCUMENT_ID_PREFIX):]
            region = regions.get((citation["document_id"], citation["text"]))
            citation["region"] = list(region) if region else None
    return answer


def events_with_regions(events: Iterator[dict[str, Any]], passages: Sequence[Passage]) -> Iterator[dict[str, Any]]:
    """answer_stream's events, the "done" one's citations with their regions."""
    try:
        for event in events:
            yield cite_regions(event, passages) if event.get("type") == "done" else event
    finally:
        close = getattr(events, "close", None)
        if close is not None:
            close()
