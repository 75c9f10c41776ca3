"""Training a specialist from the admin page: a Celery job with progress, ETA, a log and cancel.

The admin uploads chat examples (JSONL) or an FAQ sheet (CSV / .xlsx, two columns chosen), or
picks an FAQ sheet the organization already holds in its documents (its header's columns
offered to choose from); the data is checked and copied before anything is queued. The worker claims the job with a
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
from ingestion.models import Document
from ingestion.storage import original_read
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
    *, actor: Actor, name: str, description: str = "", filename: str, data: bytes, question_column: str = "", answer_column: str = "", epochs: float = 2.0,
    source: str = "",
) -> TrainingJob:
    """`source`: where the data came from, for the job's log (「文書「FAQ.xlsx」から」)."""
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
        job.log = f"{source}{len(examples)} 件の学習例を受け付けました。\n"
        job.save(update_fields=["data_file", "log"])
        transaction.on_commit(lambda: train_adapter.apply_async(args=[job.pk], expires=settings.CELERY_TASK_EXPIRES_SECONDS))
    return job


def _original(document: Document) -> bytes:
    try:
        return original_read(organization_id=document.organization_id, sha256=document.sha256 or "")
    except OSError:
        raise ValidationError(f"「{document.title}」の原本がありません。") from None


def faq_document_columns(*, document: Document) -> list[str]:
    """The header columns of an FAQ sheet in the organization's library (the admin chooses the
    question and answer among them), or ValidationError when it cannot be read as one."""
    try:
        columns = training.sheet_columns(_original(document), suffix=Path(document.filename).suffix)
    except ValidationError:
        raise
    except Exception as error:  # a broken .xlsx raises openpyxl's and zipfile's own errors
        raise ValidationError(f"「{document.title}」を表として読めません: {type(error).__name__}") from None
    if len(columns) < 2:
        raise ValidationError(f"「{document.title}」の 1 行目に列名が 2 つ以上ありません。")
    return columns


def training_job_start_from_document(
    *, actor: Actor, document: Document, name: str, description: str = "", question_column: str, answer_column: str, epochs: float = 2.0
) -> TrainingJob:
    """The same job from an FAQ sheet the organization already holds (selectors.faq_document_get
    found it for this admin): its stored original is copied as the job's data, so replacing or
    deleting the document later does not change what was trained."""
    if document.organization_id != actor.organization_id:  # the selector's check, kept where the bytes are read
        raise Http404("no such FAQ document")
    if not question_column or not answer_column:
        raise ValidationError("質問の列と回答の列を選んでください。")
    if question_column == answer_column:
        raise ValidationError("質問の列と回答の列は別の列です。")
    return training_job_start(
        actor=actor, name=name, description=description, filename=document.filename, data=_original(document),
        question_column=question_column, answer_column=answer_column, epochs=epochs,
        source=f"文書「{document.title}」の列「{question_column}」「{answer_column}」から ",
    )


def training_job_cancel(*, job: TrainingJob) -> None:
    # Queued: it never starts. Running: the worker stops at its next step.
    TrainingJob.objects.filter(pk=job.pk, status=TrainingJob.Status.QUEUED).update(status=TrainingJob.Status.CANCELLED, log=Concat(F("log"), Value("中止しました。\n")))
    TrainingJob.objects.filter(pk=job.pk, status=TrainingJob.Status.RUNNING).update(cancel_requested=True)


