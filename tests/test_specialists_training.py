"""Training a specialist from the admin page: the data is checked before a job is queued, only
the organization's admin starts or cancels one, and the worker's run trains, converts,
registers the specialist and records its progress (on a tiny Qwen2 model made in the test,
where the optional training extra is installed)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from appliance.components.llm.adapters import read_manifest
from appliance.tenancy.selectors import actor_get
from specialists import adapters
from specialists.job_runner import training_job_run, training_root
from specialists.jobs import training_job_cancel, training_job_start
from specialists.models import Specialist, TrainingJob
from specialists.training import default_base_dir
from tests.adapter_files import TINY_BASE
from tests.llm_server import find_model

FAQ = Path(__file__).resolve().parent.parent / "bench" / "data" / "総務FAQ.csv"


@pytest.fixture(autouse=True)
def home(settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    settings.APPLIANCE_HOME = tmp_path
    monkeypatch.setattr(adapters, "base_for_model", lambda name: TINY_BASE)
    return tmp_path


def start(client, data: bytes = b"", filename: str = "総務FAQ.csv", **fields):
    payload = {"name": "総務アシスタント", "question_column": "質問", "answer_column": "回答", "epochs": "2", **fields}
    payload["data"] = SimpleUploadedFile(filename, data or FAQ.read_bytes())
    return client.post(reverse("webui:specialist_train", args=["org-a"]), payload)


def test_an_admin_starts_a_training_job_from_an_faq_sheet(world, client_for, django_capture_on_commit_callbacks) -> None:
    client = client_for(world.adam)
    client.handler.enforce_csrf_checks = False
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert start(client).status_code == 302
    job = TrainingJob.objects.get()
    assert (job.status, job.question_column, (training_root() / job.data_file).read_bytes()) == ("queued", "質問", FAQ.read_bytes())
    assert "104 件" in job.log and len(callbacks) == 1  # the task is enqueued once the row is committed
    page = client.get(reverse("webui:specialists", args=["org-a"])).content.decode()
    assert "総務アシスタント" in page and 'http-equiv="refresh"' in page


def test_bad_training_data_is_refused_with_its_reason(world, client_for) -> None:
    client = client_for(world.adam)
    client.handler.enforce_csrf_checks = False
    response = start(client, question_column="Q")
    assert response.status_code == 400 and "Q" in response.content.decode()
    response = start(client, data=b'{"question": "a", "answer": "b"}\n', filename="few.jsonl")
    assert response.status_code == 400 and "10 件以上" in response.content.decode()
    assert start(client, filename="faq.pdf").status_code == 400
    assert not TrainingJob.objects.exists()


def test_only_the_organizations_admin_starts_or_cancels_one(world, client_for) -> None:
    for user in (world.alice, world.bob):
        client = client_for(user)
        client.handler.enforce_csrf_checks = False
        assert start(client).status_code == 404
    adam = actor_get(user=world.adam, organization=world.org_a)
    job = training_job_start(actor=adam, name="総務", filename="faq.csv", data=FAQ.read_bytes(), question_column="質問", answer_column="回答")
    bob = client_for(world.bob)
    bob.handler.enforce_csrf_checks = False
    for org in ("org-a", "org-b"):
        assert bob.post(reverse("webui:training_job_cancel", args=[org, job.pk])).status_code == 404
    job.refresh_from_db()
    assert job.status == "queued"


def test_a_cancelled_job_never_runs(world) -> None:
    adam = actor_get(user=world.adam, organization=world.org_a)
    job = training_job_start(actor=adam, name="総務", filename="faq.csv", data=FAQ.read_bytes(), question_column="質問", answer_column="回答")
    training_job_cancel(job=job)
    assert training_job_run(job_id=job.pk) == "cancelled"
    running = training_job_start(actor=adam, name="人事", filename="faq.csv", data=FAQ.read_bytes(), question_column="質問", answer_column="回答")
    TrainingJob.objects.filter(pk=running.pk).update(status="running")
    training_job_cancel(job=running)
    running.refresh_from_db()
    assert (running.status, running.cancel_requested) == ("running", True)  # the worker stops at its next step


def make_tiny_base(folder: Path) -> None:
    from transformers import AutoTokenizer, Qwen2Config, Qwen2ForCausalLM

    packaged = find_model()
    tokenizer = AutoTokenizer.from_pretrained(packaged.parent, gguf_file=packaged.name)
    config = Qwen2Config(
        vocab_size=len(tokenizer), hidden_size=TINY_BASE.hidden, intermediate_size=TINY_BASE.intermediate, num_hidden_layers=TINY_BASE.layers,
        num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=512, tie_word_embeddings=True,
    )
    Qwen2ForCausalLM(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)


@pytest.mark.slow
def test_the_worker_trains_converts_and_registers_the_specialist(world, django_capture_on_commit_callbacks) -> None:
    if importlib.util.find_spec("peft") is None or find_model() is None:
        pytest.skip("needs the training extra (make train-deps) and the packaged model's tokenizer")
    make_tiny_base(default_base_dir())
    adam = actor_get(user=world.adam, organization=world.org_a)
    lines = FAQ.read_text(encoding="utf-8").splitlines()[:13]  # the header and 12 pairs
    job = training_job_start(actor=adam, name="総務アシスタント", filename="faq.csv", data="\n".join(lines).encode(), question_column="質問", answer_column="回答", epochs=1)
    with django_capture_on_commit_callbacks(execute=True):
        assert training_job_run(job_id=job.pk) == "done"
    job.refresh_from_db()
    assert (job.step, job.steps, job.eta_seconds) == (3, 3, 0)
    assert "step 3/3" in job.log and job.report["trained_tokens"] > 0
    specialist = Specialist.objects.get(pk=job.specialist_id)
    assert (specialist.source, specialist.adapter_rank, specialist.organization) == ("trained", 8, world.org_a)
    assert len(specialist.examples) == 12
    assert [entry.name for entry in read_manifest()] == [specialist.served_name]
    assert training_job_run(job_id=job.pk) == "done"  # a redelivered message finds it done
