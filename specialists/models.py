"""A specialist: a name, what it knows, the questions it is for, who may use it, and its
LoRA adapter on the appliance's one base model."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from appliance.tenancy.models import Group, Organization

MIN_EXAMPLES = 5
MAX_EXAMPLES = 20


class Specialist(models.Model):
    class Source(models.TextChoices):
        UPLOADED = "uploaded", "uploaded"
        TRAINED = "trained", "trained"

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="specialists")
    name = models.CharField(max_length=60)  # shown under the answer: 「担当: 経理アシスタント」
    description = models.TextField(blank=True)
    examples = models.JSONField(default=list)  # MIN_EXAMPLES..MAX_EXAMPLES questions it answers
    # Nobody listed: everyone in the organization may be served by it.
    groups = models.ManyToManyField(Group, related_name="specialists", blank=True)
    # A group pinned to a specialist is always served by it (the rule before the semantic route).
    pinned_groups = models.ManyToManyField(Group, related_name="pinned_specialists", blank=True)
    is_default = models.BooleanField(default=False)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.UPLOADED)
    # The adapter as validated at upload (specialists/adapters.py): its folder under
    # APPLIANCE_HOME/adapters, its rank, alpha, target modules and the sha256 of its weights.
    adapter_dir = models.CharField(max_length=300, blank=True)
    adapter_rank = models.PositiveSmallIntegerField(default=0)
    adapter_alpha = models.FloatField(default=0)
    target_modules = models.JSONField(default=list)
    adapter_sha256 = models.CharField(max_length=64, blank=True)
    # `evaluate --specialist NAME`: the organization's question set with and without the
    # adapter, shown on the admin page before the specialist is made the default.
    evaluation = models.JSONField(default=dict, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "name"], name="specialist_name_unique_in_organization"),
            models.UniqueConstraint(
                fields=["organization"], condition=models.Q(is_default=True), name="one_default_specialist_per_organization"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def served_name(self) -> str:
        """The model name the server knows this adapter by (vLLM's --lora-modules NAME=PATH,
        llama-cpp-python's model alias): unique across organizations, stable across renames."""
        return f"{settings.LLM_MODEL}+{self.organization_id}-{self.pk}"


class TrainingJob(models.Model):
    """A specialist being trained from the admin page (a Celery job): its data, its progress,
    its log; the worker reads `cancel_requested` at every step."""

    class Status(models.TextChoices):
        QUEUED = "queued", "待機中"
        RUNNING = "running", "学習中"
        DONE = "done", "完了"
        FAILED = "failed", "失敗"
        CANCELLED = "cancelled", "中止"

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="training_jobs")
    name = models.CharField(max_length=60)  # the specialist it registers
    description = models.TextField(blank=True)
    data_file = models.CharField(max_length=300)  # under APPLIANCE_HOME/training/<id>/
    question_column = models.CharField(max_length=100, blank=True)
    answer_column = models.CharField(max_length=100, blank=True)
    epochs = models.FloatField(default=2.0)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    step = models.PositiveIntegerField(default=0)
    steps = models.PositiveIntegerField(default=0)
    eta_seconds = models.FloatField(null=True, blank=True)
    log = models.TextField(blank=True)
    report = models.JSONField(default=dict, blank=True)
    cancel_requested = models.BooleanField(default=False)
    specialist = models.ForeignKey(Specialist, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.status})"

    @property
    def percent(self) -> int:
        return round(100 * self.step / self.steps) if self.steps else 0
