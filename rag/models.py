"""Conversations employees have with the appliance, and the feedback they leave on answers.

A conversation belongs to one user inside one organization: the same person asking in two
organizations keeps two separate histories, because the passages behind the answers come
from two separate document sets.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models

from appliance.tenancy.models import Organization
from specialists.models import Specialist

# These models began in the pages app (webui) and moved here so the chat, the CLI and an API
# share one history; their tables keep their first names (rag/migrations/0001_initial.py).


class Conversation(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="conversations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="conversations")
    title = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "webui_conversation"
        ordering = ["-updated_at"]
        indexes = [models.Index(fields=["organization", "user", "-updated_at"], name="webui_conve_organiz_6f7e04_idx")]

    def __str__(self) -> str:
        return self.title


class Message(models.Model):
    class Role(models.TextChoices):
        USER = "user", "user"
        ASSISTANT = "assistant", "assistant"

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    role = models.CharField(max_length=10, choices=Role.choices)
    content = models.TextField()
    # The passages the answer cites, as answering.Citation.as_json() gave them at the time:
    # kept with the message, so the source panel still shows what the answer was based on
    # after the document is replaced.
    citations = models.JSONField(default=list, blank=True)
    grounded = models.BooleanField(default=False)
    refused = models.BooleanField(default=False)  # nothing relevant was found
    # Claims of the answer no cited passage holds (marked 「要確認」 in the text, or the reason
    # the answer was replaced by the refusal): kept for the admins' review of answers.
    unsupported = models.JSONField(default=list, blank=True)
    stopped = models.BooleanField(default=False)  # the user pressed stop; content is partial
    # Why the answer could not be given (shown with a 再試行 button); content is what was
    # written before it failed. The question stays in the conversation either way.
    error = models.TextField(blank=True, default="")
    # Which specialist answered (specialists/routing.py) and by which rule: shown under the
    # answer (「担当: 経理アシスタント」) and summed per specialist for the admins.
    specialist = models.ForeignKey(Specialist, on_delete=models.SET_NULL, null=True, blank=True, related_name="messages")
    route = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "webui_message"
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.role}: {self.content[:40]}"


class Feedback(models.Model):
    class Rating(models.IntegerChoices):
        UP = 1, "👍"
        DOWN = -1, "👎"

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="feedback")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="answer_feedback")
    rating = models.SmallIntegerField(choices=Rating.choices)
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "webui_feedback"
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(fields=["message", "user"], name="one_feedback_per_user_and_answer"),
            models.CheckConstraint(condition=models.Q(rating__in=[1, -1]), name="feedback_rating_is_plus_or_minus_one"),
        ]

    def __str__(self) -> str:
        return f"{self.rating:+d} on {self.message_id}"


class Attachment(models.Model):
    """An image or a PDF page a person attached to a question in their conversation: read for
    that question (its layout kept, with the regions citations outline), visible to them
    alone, and never indexed into the organization's documents."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="attachments")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attachments")
    # Empty until the question it was attached to is asked (it is uploaded first).
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="attachments", null=True, blank=True)
    filename = models.CharField(max_length=255)
    mime_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    data = models.BinaryField()
    layout = models.JSONField(default=dict)  # ingestion.parsing.pagereader.layout_as_json
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        indexes = [models.Index(fields=["organization", "user", "-created_at"], name="rag_attach_owner_idx")]

    def __str__(self) -> str:
        return self.filename
