"""Training a specialist from an FAQ sheet the organization already holds: the admin's page
offers only their organization's CSV / .xlsx documents, reads the chosen one's header to
choose the question and answer columns from, and starts the same training job with the
stored original as its data. Another organization's document is a 404 on the page and "not
found" on `manage.py train_adapter --document`. No training runs here: the job is only queued."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from ingestion.models import Document
from ingestion.services import document_submit
from specialists import adapters
from specialists.job_runner import training_root
from specialists.models import TrainingJob
from specialists.training import guess_columns, sheet_columns
from tests.adapter_files import TINY_BASE

FAQ = Path(__file__).resolve().parent.parent / "bench" / "data" / "総務FAQ.csv"


@pytest.fixture(autouse=True)
def home(settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    settings.APPLIANCE_HOME = tmp_path
    monkeypatch.setattr(adapters, "base_for_model", lambda name: TINY_BASE)
    return tmp_path


def stored(organization, filename: str, data: bytes) -> Document:
    """A document in the organization's library, its original stored (its indexing is not
    what these tests are about, so it stays queued)."""
    submission = document_submit(organization=organization, uploaded_by=None, filename=filename, data=data, size=len(data), enqueue=False)
    return submission.document


def workbook(rows: list[list[str]]) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def library(world) -> dict[str, Document]:
    return {
        "csv": stored(world.org_a, "総務FAQ.csv", FAQ.read_bytes()),
        "xlsx": stored(world.org_a, "人事FAQ.xlsx", workbook([["No", " 問い ", "答え"], *[[str(n), f"質問{n}", f"回答{n}"] for n in range(12)]])),
        "memo": stored(world.org_a, "メモ.md", "# メモ\n\n質問,回答\n".encode()),
        "bob": stored(world.org_b, "B社FAQ.csv", "質問,回答\nB社の秘密は？,ひみつです。\n".encode()),
    }


def admin(client_for, user):
    client = client_for(user)
    client.handler.enforce_csrf_checks = False
    return client


def page(client, **query) -> tuple[int, str]:
    response = client.get(reverse("webui:specialists", args=["org-a"]), query)
    return response.status_code, response.content.decode()


def train(client, document: Document, org: str = "org-a", **fields):
    payload = {"document": str(document.pk), "name": "総務アシスタント", "question_column": "質問", "answer_column": "回答", "epochs": "1", **fields}
    return client.post(reverse("webui:specialist_train", args=[org]), payload)


def test_the_form_offers_only_the_organizations_faq_sheets(world, client_for, library) -> None:
    status, html = page(admin(client_for, world.adam))
    assert status == 200
    assert f'value="{library["csv"].pk}"' in html and f'value="{library["xlsx"].pk}"' in html
    assert str(library["memo"].pk) not in html  # no sheet
    assert str(library["bob"].pk) not in html and "B社FAQ" not in html  # another organization's


def test_picking_a_sheet_lists_its_header_columns_with_question_and_answer_chosen(world, client_for, library) -> None:
    client = admin(client_for, world.adam)
    status, html = page(client, document=str(library["csv"].pk))
    assert status == 200
    assert '<option value="質問" selected>質問</option>' in html and '<option value="回答" selected>回答</option>' in html
    assert '<option value="要点">要点</option>' in html
    status, html = page(client, document=str(library["xlsx"].pk))
    assert status == 200
    assert '<option value="問い" selected>問い</option>' in html and '<option value="答え" selected>答え</option>' in html


def test_an_admin_starts_the_training_job_from_a_library_document(world, client_for, library, django_capture_on_commit_callbacks) -> None:
    client = admin(client_for, world.adam)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert train(client, library["csv"]).status_code == 302
    job = TrainingJob.objects.get()
    assert (job.status, job.question_column, job.answer_column, job.epochs) == ("queued", "質問", "回答", 1.0)
    assert (training_root() / job.data_file).read_bytes() == FAQ.read_bytes()
    assert "文書「総務FAQ」の列「質問」「回答」から 104 件" in job.log and len(callbacks) == 1
    with django_capture_on_commit_callbacks(execute=False):
        assert train(client, library["xlsx"], name="人事アシスタント", question_column="問い", answer_column="答え").status_code == 302
    assert "12 件" in TrainingJob.objects.get(name="人事アシスタント").log


def test_wrong_columns_are_refused_with_the_form_kept(world, client_for, library) -> None:
    client = admin(client_for, world.adam)
    response = train(client, library["csv"], question_column="回答")
    assert response.status_code == 400 and "別の列" in response.content.decode()
    response = train(client, library["csv"], answer_column="ない列")
    html = response.content.decode()
    assert response.status_code == 400 and "ない列" in html and 'value="総務アシスタント"' in html
    assert not TrainingJob.objects.exists()


def test_another_organizations_document_is_a_404(world, client_for, library) -> None:
    client = admin(client_for, world.adam)
    assert page(client, document=str(library["bob"].pk))[0] == 404
    assert page(client, document="not-a-uuid")[0] == 404
    assert page(client, document=str(library["memo"].pk))[0] == 404  # not a sheet
    assert train(client, library["bob"]).status_code == 404
    # bob is no admin of org A, and no admin at all: the page does not exist for him.
    bob = admin(client_for, world.bob)
    for org in ("org-a", "org-b"):
        assert train(bob, library["csv"], org=org).status_code == 404
    assert train(admin(client_for, world.alice), library["csv"]).status_code == 404
    assert not TrainingJob.objects.exists()


def test_the_command_refuses_another_organizations_document(world, library) -> None:
    common = ["train_adapter", "--org", "org-a", "--name", "総務アシスタント", "--question-column", "質問", "--answer-column", "回答"]
    with pytest.raises(CommandError, match="no FAQ sheet"):
        call_command(*common, "--document", str(library["bob"].pk))
    with pytest.raises(CommandError, match="no FAQ sheet"):
        call_command(*common, "--document", "B社FAQ")
    # Its own sheet, by title, is read (and its columns checked) before any training starts.
    with pytest.raises(CommandError, match="ない列"):
        call_command(*common[:-1], "ない列", "--document", "総務FAQ")


def test_a_shift_jis_csv_and_a_workbook_give_their_header() -> None:
    assert sheet_columns("質問,回答,備考\n有給は？,20日です。,\n".encode("cp932"), suffix=".csv") == ["質問", "回答", "備考"]
    assert sheet_columns(workbook([["No", "Q", "A"]]), suffix=".xlsx") == ["No", "Q", "A"]
    assert guess_columns(["No", "Q", "A"]) == ("Q", "A")
    assert guess_columns(["よくある質問", "その回答"]) == ("よくある質問", "その回答")
    assert guess_columns(["項目", "内容"]) == ("項目", "内容")
