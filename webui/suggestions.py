"""What the empty chat offers a newcomer: a few example questions drawn from the documents this
person may ask about (their headings, or their titles), and which documents those are.

Nothing is hard-coded: the questions come from the organization's own documents as the access
filter shows them to the actor, so a member never sees a question about a document of a group
they are not in. They are cached per organization, group set and language, and the cache key
carries the visible documents' count and last change, so a new upload shows up at once.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count, Max
from django.utils.translation import get_language

from appliance.tenancy.selectors import Actor
from appliance.text.japanese import language_of
from ingestion.models import Chunk, Document
from webui.selectors import library_list

QUESTION_COUNT = 4
TITLE_COUNT = 5
CACHE_SECONDS = 3600
# A heading shorter than this says nothing (「1」, 「Q」); a longer one is a sentence, not a topic.
TOPIC_MIN_CHARS = 2
TOPIC_MAX_CHARS = 30
# How many documents' headings are read: the newest ones are what people ask about first.
DOCUMENTS_READ = 12

# Numbering in front of a heading: 第3条, 第2章, 1., 1-2, (1), （１）, ①, ■, Q1. …
# (Full-width digits are matched as they are: NFKC would also turn the topic's ？ into ?.)
_DIGITS = "0-9０-９"
_NUMBERING = re.compile(
    rf"^(?:第[{_DIGITS}一二三四五六七八九十百]+[条章節項編]\s*|[{_DIGITS}]+(?:[.．\-－][{_DIGITS}]+)*(?:[.．)）、]\s*|\s+)"
    rf"|[（(][{_DIGITS}一二三四五六七八九十]+[)）]\s*|[①-⑳]\s*|[■□●○◆◇・▶▼★※]+\s*|[QＱ][{_DIGITS}]*[.．:：]\s*)"
)
# 「第30条（在宅勤務）」: the words in the brackets are the topic.
_BRACKETED_TOPIC = re.compile(rf"^第[{_DIGITS}一二三四五六七八九十百]+[条章節]\s*[（(]([^()（）]+)[)）]\s*$")
# A sheet nobody named says nothing about its content.
_UNNAMED_SHEET = re.compile(r"^(?:sheet|シート|スライド|slide)\s*[0-9]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Suggestions:
    questions: list[str] = field(default_factory=list)
    document_count: int = 0
    titles: list[str] = field(default_factory=list)  # a few of the documents, newest first


def topic_of(heading: str) -> str | None:
    """The topic a heading names, without its numbering; None when it names nothing usable."""
    text = " ".join(heading.split())
    bracketed = _BRACKETED_TOPIC.match(text)
    if bracketed:
        text = bracketed.group(1).strip()
    else:
        text = _NUMBERING.sub("", text, count=1).strip()
    text = text.strip("：:　 ")
    if not (TOPIC_MIN_CHARS <= len(text) <= TOPIC_MAX_CHARS) or _UNNAMED_SHEET.match(text):
        return None
    if not any(character.isalpha() for character in text):
        return None
    return text


def question_about(topic: str, *, title: str | None = None) -> str:
    """An example question on a topic, in the language of the document it comes from (not the
    page's: 「Tell me about 勤務時間」 is neither, and the model answers a question best in its
    documents' language); a heading that already is a question is asked as it is."""
    if topic.endswith(("？", "?")):
        return topic
    japanese = language_of(title or topic) == "ja"
    if title is not None:
        return f"「{title}」の要点を教えてください" if japanese else f"What are the main points of “{title}”?"
    return f"{topic}について教えてください" if japanese else f"Tell me about {topic}."


def _topics_by_document(documents: list[Document]) -> dict[str, list[str]]:
    """Each document's usable heading topics, in reading order, once each."""
    generation_of = {str(document.pk): document.generation for document in documents}
    rows = (
        Chunk.objects.filter(document_id__in=list(generation_of))
        .order_by("document_id", "order")
        .values_list("document_id", "generation", "heading_path")
    )
    topics: dict[str, list[str]] = {}
    for document_id, generation, heading_path in rows.iterator():
        key = str(document_id)
        if generation != generation_of[key]:
            continue
        for heading in heading_path or []:
            topic = topic_of(str(heading))
            if topic and topic not in topics.setdefault(key, []):
                topics[key].append(topic)
    return topics


def _build(documents: list[Document], document_count: int) -> Suggestions:
    topics = _topics_by_document(documents)
    questions: list[str] = []
    # One question per document first (round-robin), so four questions show four documents.
    for round_number in range(QUESTION_COUNT):
        for document in documents:
            if len(questions) >= QUESTION_COUNT:
                break
            title_topic = topic_of(document.title) or document.title
            mine = [topic for topic in topics.get(str(document.pk), []) if topic != title_topic]
            if round_number < len(mine):
                question = question_about(mine[round_number])
            elif round_number == 0:
                question = question_about(title_topic, title=document.title)
            else:
                continue
            if question not in questions:
                questions.append(question)
    return Suggestions(questions=questions, document_count=document_count, titles=[d.title for d in documents[:TITLE_COUNT]])


def chat_suggestions(*, fetched_by: Actor) -> Suggestions:
    """Example questions and a glimpse of the documents, for the actor's empty chat."""
    visible = library_list(fetched_by=fetched_by)
    summary = visible.aggregate(count=Count("id"), changed=Max("updated_at"))
    if not summary["count"]:
        return Suggestions()
    language = get_language() or "ja"
    # Who sees what is decided by the organization, the role and the groups: people who share
    # those share the suggestions.
    audience = f"{fetched_by.organization_id}:{int(fetched_by.is_admin)}:{','.join(str(g) for g in sorted(fetched_by.group_ids))}"
    stamp = f"{summary['count']}:{summary['changed'].timestamp() if summary['changed'] else 0}"
    key = "webui:suggestions:" + hashlib.sha256(f"{audience}|{stamp}|{language}".encode()).hexdigest()
    cached = cache.get(key)
    if isinstance(cached, Suggestions):
        return cached
    documents = list(visible.only("id", "title", "generation", "updated_at")[:DOCUMENTS_READ])
    suggestions = _build(documents, summary["count"])
    cache.set(key, suggestions, CACHE_SECONDS)
    return suggestions
