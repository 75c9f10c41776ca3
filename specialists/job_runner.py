"""The worker's side of a training job (specialists/jobs.py starts and cancels them): claim
it with a conditional UPDATE (a redelivered message finds it taken), train, write progress and
read the cancel flag at every step, register the specialist."""

from __future__ import annotations

import logging
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import F, Value
from django.db.models.functions import Concat
from django.http import Http404

from appliance.tenancy.selectors import Actor, actor_get
from specialists import adapters, training
from specialists.models import MAX_EXAMPLES, Specialist, TrainingJob
from specialists.services import specialist_register

logger = logging.getLogger(__name__)


def training_root() -> Path:
    return Path(settings.APPLIANCE_HOME) / "training"


def _log(job_id: int, line: str) -> None:
    TrainingJob.objects.filter(pk=job_id).update(log=Concat(F("log"), Value(line + "\n")))


def _registering_actor(job: TrainingJob) -> Actor:
    if job.created_by is not None:
        try:
            return actor_get(user=job.created_by, organization=job.organization)
        except Http404:
            pass
    return Actor(user_id=0, username="(training)", organization_id=job.organization_id, organization_slug=job.organization.slug, is_admin=True, group_ids=frozenset())


def training_job_run(*, job_id: int) -> str:
    """Train the job's adapter and register its specialist; the job's final status."""
    claimed = TrainingJob.objects.filter(pk=job_id, status=TrainingJob.Status.QUEUED).update(status=TrainingJob.Status.RUNNING)
    if not claimed:
        return TrainingJob.objects.filter(pk=job_id).values_list("status", flat=True).first() or "missing"
    job = TrainingJob.objects.select_related("organization", "created_by").get(pk=job_id)
    folder = training_root() / str(job.pk)

    def progress(step: int, steps: int, loss: float, eta: float) -> None:
        TrainingJob.objects.filter(pk=job_id).update(step=step, steps=steps, eta_seconds=eta, log=Concat(F("log"), Value(f"step {step}/{steps} loss {loss:.3f}\n")))

    def cancelled() -> bool:
        return bool(TrainingJob.objects.filter(pk=job_id).values_list("cancel_requested", flat=True).first())

    try:
        examples = training.load_examples(training_root() / job.data_file, question_column=job.question_column or None, answer_column=job.answer_column or None)
        base = training.ensure_base_dir(log=lambda line: _log(job_id, line))
        _log(job_id, f"学習を始めます（{len(examples)} 件、{job.epochs:g} エポック）。")
        report = training.train_lora(
            examples=examples, base_dir=base, output_dir=folder / "peft", options=training.TrainingOptions(epochs=job.epochs),
            progress=progress, cancelled=cancelled,
        )
        report.gguf_converter = training.convert_to_gguf(adapter_dir=folder / "peft", base_dir=base, output=folder / "adapter.gguf")
        adapter = adapters.validate(
            (folder / "peft" / adapters.CONFIG_NAME).read_bytes(), (folder / "peft" / adapters.WEIGHTS_NAME).read_bytes(),
            max_rank=settings.LORA_MAX_RANK, base=adapters.base_for_model(settings.LLM_MODEL),
        )
        questions = [messages[-2]["content"] for messages in examples if len(messages) >= 2]
        specialist = specialist_register(
            actor=_registering_actor(job), name=job.name, description=job.description,
            examples=questions[:: max(1, len(questions) // MAX_EXAMPLES)][:MAX_EXAMPLES],
            adapter=adapter, source=Specialist.Source.TRAINED, gguf=folder / "adapter.gguf",
        )
    except training.TrainingCancelled:
        TrainingJob.objects.filter(pk=job_id).update(status=TrainingJob.Status.CANCELLED, eta_seconds=None, log=Concat(F("log"), Value("中止しました。\n")))
        return TrainingJob.Status.CANCELLED
    except Exception as error:
        logger.exception("training job %s failed", job_id)
        message = str(error) if isinstance(error, (training.TrainingUnavailable, ValueError, ValidationError)) else type(error).__name__
        TrainingJob.objects.filter(pk=job_id).update(status=TrainingJob.Status.FAILED, eta_seconds=None, log=Concat(F("log"), Value(f"失敗しました: {message}\n")))
        return TrainingJob.Status.FAILED
    TrainingJob.objects.filter(pk=job_id).update(
        status=TrainingJob.Status.DONE, eta_seconds=0, specialist=specialist, report=report.as_json(),
        log=Concat(F("log"), Value(f"完了: {report.seconds:.0f} 秒、{report.tokens_per_second:.0f} tokens/s。「{specialist.name}」を登録しました。\n")),
    )
    return TrainingJob.Status.DONE
