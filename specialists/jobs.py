"""Training a specialist from the admin page: a Celery job with progress, ETA, a log and cancel.

The admin uploads chat examples (JSONL) or an FAQ sheet (CSV / .xlsx, two columns chosen);
the file is checked and stored before anything is queued. The worker claims the job with a
conditional UPDATE (a redelivered message finds it taken), trains with
specialists/training.py, writes its progress to the row at every step, reads the row's
cancel flag at every step, and registers the specialist when done.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, QuerySet, Value
from django.db.models.functions import Concat
from django.http import Http404

from appliance.tenancy.selectors import Actor
from specialists import training
from specialists.job_runner import training_root
from specialists.models import Specialist, TrainingJob
from specialists.tasks import train_adapter

MIN_TRAINING_EXAMPLES = 10
DATA_SUFFIXES = (".jsonl", ".csv", ".xlsx")


def training_job_list(*, fetched_by: Actor) -> QuerySet[TrainingJob]:
    return TrainingJob.objects.filter(organization_id=fetched_by.organization_id)


def training_job_get(*, job_id: int, fetched_by: Actor) -> TrainingJob:
    try:
        return training_job_list(fetched_by=fetched_by).get(pk=job_id)
    except TrainingJob.DoesNotExist:
        raise Http404("no such training job") from None


def training_job_start(
    *, actor: Actor, name: str, description: str = "", filename: str, data: bytes, question_column: str = "", answer_column: str = "", epochs: float = 2.0
) -> TrainingJob:
    name = " ".join(name.split())
    if not name or len(name) > 60:
        raise ValidationError("名前は 1〜60 文字です。")
    suffix = Path(filename).suffix.lower()
    if suffix not in DATA_SUFFIXES:
        raise ValidationError("学習データは .jsonl / .csv / .xlsx です。")
    if not 0.1 <= epochs <= 10:
        raise ValidationError("エポック数は 0.1〜10 です。")
    if Specialist.objects.filter(organization_id=actor.organization_id, name=name).exists() or training_job_list(fetched_by=actor).filter(
        name=name, status__in=[TrainingJob.Status.QUEUED, TrainingJob.Status.RUNNING]
    ).exists():
        raise ValidationError(f"「{name}」はもうあります。")
    with transaction.atomic():
        job = TrainingJob.objects.create(
            organization_id=actor.organization_id, name=name, description=description.strip()[:2000], data_file="",
            question_column=question_column.strip(), answer_column=answer_column.strip(), epochs=epochs, created_by_id=actor.user_id,
        )
        folder = training_root() / str(job.pk)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"data{suffix}"
        path.write_bytes(data)
        try:
            examples = training.load_examples(path, question_column=job.question_column or None, answer_column=job.answer_column or None)
        except (ValueError, KeyError, OSError) as error:
            shutil.rmtree(folder, ignore_errors=True)
            raise ValidationError(f"学習データを読めません: {error}") from None
        except Exception as error:  # a broken .xlsx: openpyxl's own errors
            shutil.rmtree(folder, ignore_errors=True)
            raise ValidationError(f"学習データを読めません: {type(error).__name__}") from None
        if len(examples) < MIN_TRAINING_EXAMPLES:
            shutil.rmtree(folder, ignore_errors=True)
            raise ValidationError(f"学習例が {len(examples)} 件です（{MIN_TRAINING_EXAMPLES} 件以上必要）。")
        job.data_file = str(path.relative_to(training_root()))
        job.log = f"{len(examples)} 件の学習例を受け付けました。\n"
        job.save(update_fields=["data_file", "log"])
        transaction.on_commit(lambda: train_adapter.apply_async(args=[job.pk], expires=settings.CELERY_TASK_EXPIRES_SECONDS))
    return job


def training_job_cancel(*, job: TrainingJob) -> None:
    # Queued: it never starts. Running: the worker stops at its next step.
    TrainingJob.objects.filter(pk=job.pk, status=TrainingJob.Status.QUEUED).update(status=TrainingJob.Status.CANCELLED, log=Concat(F("log"), Value("中止しました。\n")))
    TrainingJob.objects.filter(pk=job.pk, status=TrainingJob.Status.RUNNING).update(cancel_requested=True)


