"""Personal data masked at ingestion, per organization: the masked text is what is chunked,
embedded, searched and shown; the stored original stays as uploaded and an admin downloads it.
And masked in answers, where the organization turns that on."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from appliance import components, index
from appliance.audit.models import AuditEvent
from appliance.tenancy.selectors import actor_get
from appliance.text.pii import my_number_is_valid
from ingestion.models import Chunk
from rag.answering import answer_stream, finish, prepare
from rag.masking import answer_masked, masks_answers
from tests.conftest import World
from tests.ingest_helpers import ingest_bytes, run_pipeline

MY_NUMBER = next(f"12345678901{d}" for d in "0123456789" if my_number_is_valid(f"12345678901{d}"))
MOBILE = "090-3141-5926"
EMAIL = "yamada.taro@example.co.jp"
TEXT = (
    "# 従業員台帳\n\n"
    f"山田太郎の個人番号は{MY_NUMBER}です。携帯電話は{MOBILE}、連絡先メールは{EMAIL}です。"
    "入社日は四月一日、所属は経理部です。\n"
)


@pytest.fixture(autouse=True)
def fresh_vectors(db: None):
    components.vector_store().drop_collection(index.collection_name())
    yield
    components.vector_store().drop_collection(index.collection_name())


def search(org: str, query: str) -> list[dict]:
    out = io.StringIO()
    call_command("search", "--org", org, "-k", "10", query, "--json", stdout=out)
    return json.loads(out.getvalue())["results"]


def post(client, url: str, data: dict):
    client.get("/o/org-a/chat/")  # sets the CSRF cookie
    return client.post(url, data, HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value)


def turn_on_by_the_admin_page(client_for, world: World, *, ingestion: bool = False, answers: bool = False) -> None:
    form = {"pii_ingestion": "on"} if ingestion else {}
    form |= {"pii_answers": "on"} if answers else {}
    response = post(client_for(world.adam), "/o/org-a/manage/audit/settings/", form)
    assert response.status_code == 302
    world.org_a.refresh_from_db()


def test_the_number_is_masked_before_chunking_and_the_admin_still_downloads_the_original(world: World, client_for) -> None:
    assert my_number_is_valid(MY_NUMBER)
    before = AuditEvent.objects.filter(organization=world.org_a, kind="settings_change").count()
    turn_on_by_the_admin_page(client_for, world, ingestion=True)
    assert world.org_a.pii_mask_ingestion and not world.org_a.pii_mask_answers
    changes = AuditEvent.objects.filter(organization=world.org_a, kind="settings_change").order_by("id")[before:]
    assert [event.details.get("setting") for event in changes] == ["pii_mask_ingestion"]

    data = TEXT.encode()
    document = ingest_bytes(world.org_a, "台帳.md", data)
    assert document.status == "indexed", document.error
    chunks = "\n".join(Chunk.objects.filter(document=document).values_list("text", flat=True))
    for secret in (MY_NUMBER, MOBILE, EMAIL):
        assert secret not in chunks
    assert "［マイナンバー］" in chunks and "［電話番号］" in chunks and "［メールアドレス］" in chunks
    assert "経理部" in chunks  # the rest of the text is as written

    for query in (MY_NUMBER, MOBILE, "山田太郎 個人番号"):
        for result in search("org-a", query):
            assert MY_NUMBER not in result["text"] and MOBILE not in result["text"]
    assert any("［マイナンバー］" in r["text"] for r in search("org-a", "山田太郎 個人番号"))

    response = client_for(world.adam).get(f"/o/org-a/documents/{document.pk}/original/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == data
    # a member reads the masked text instead; another organization's person gets nothing
    alice = client_for(world.alice)
    response = alice.get(f"/o/org-a/documents/{document.pk}/original/")
    assert response.status_code == 302 and response["Location"] == f"/o/org-a/documents/{document.pk}/preview/"
    page = alice.get(response["Location"]).content.decode()
    assert "［マイナンバー］" in page and MY_NUMBER not in page and "/original/" not in page
    assert client_for(world.bob).get(f"/o/org-a/documents/{document.pk}/original/").status_code == 404


def test_with_masking_off_the_number_is_found_whatever_another_organization_chose(world: World) -> None:
    world.org_b.pii_mask_ingestion = True
    world.org_b.save()
    document = ingest_bytes(world.org_a, "台帳.md", TEXT.encode())
    assert document.status == "indexed", document.error
    assert any(MY_NUMBER in r["text"] and r["document_id"] == str(document.pk) for r in search("org-a", MY_NUMBER))
    masked = ingest_bytes(world.org_b, "台帳.md", TEXT.encode())
    assert not any(MY_NUMBER in r["text"] for r in search("org-b", MY_NUMBER))
    assert "［マイナンバー］" in "".join(Chunk.objects.filter(document=masked).values_list("text", flat=True))


def test_answers_and_their_passages_are_masked_when_the_organization_turns_it_on(world: World, client_for) -> None:
    document = ingest_bytes(world.org_a, "台帳.md", TEXT.encode())
    assert document.status == "indexed", document.error
    actor = actor_get(user=world.adam, organization=world.org_a)
    prepared = prepare(actor=actor, question="山田太郎の個人番号は何ですか")
    assert prepared.passages, "the document is retrieved"
    answer = finish(f"山田太郎の個人番号は{MY_NUMBER}です。[1]", prepared)
    shown = json.dumps(answer.as_json(), ensure_ascii=False)
    assert MY_NUMBER in shown  # the organization has not asked for masking: as the document says

    assert not masks_answers(actor)
    turn_on_by_the_admin_page(client_for, world, answers=True)
    assert masks_answers(actor) and not world.org_a.pii_mask_ingestion
    assert not masks_answers(actor_get(user=world.bob, organization=world.org_b))
    masked = json.dumps(answer_masked(answer).as_json(), ensure_ascii=False)
    assert MY_NUMBER not in masked and MOBILE not in masked and EMAIL not in masked
    assert "［マイナンバー］" in masked


def test_turning_it_on_leaves_indexed_documents_until_the_admin_re_indexes_them(world: World, client_for) -> None:
    document = ingest_bytes(world.org_a, "台帳.md", TEXT.encode())
    turn_on_by_the_admin_page(client_for, world, ingestion=True)
    assert any(MY_NUMBER in r["text"] for r in search("org-a", MY_NUMBER))  # not rewritten by the toggle
    response = post(client_for(world.adam), f"/o/org-a/manage/documents/{document.pk}/requeue/", {})
    assert response.status_code == 302
    assert run_pipeline(str(document.pk)).status == "indexed"
    assert not any(MY_NUMBER in r["text"] for r in search("org-a", MY_NUMBER))
    assert "［マイナンバー］" in "".join(Chunk.objects.filter(document=document, generation=document.generation + 1).values_list("text", flat=True))


def test_a_streamed_answer_shows_only_the_checked_masked_answer(world: World, client_for, model: None) -> None:
    ingest_bytes(world.org_a, "台帳.md", TEXT.encode())
    turn_on_by_the_admin_page(client_for, world, answers=True)
    adam = actor_get(user=world.adam, organization=world.org_a)
    events = list(answer_stream(actor=adam, question="山田太郎の携帯電話の番号は何ですか？"))
    assert [event["type"] for event in events] == ["done"]  # no raw deltas: the model's words are unmasked
    shown = json.dumps(events[-1], ensure_ascii=False)
    assert MOBILE not in shown and MY_NUMBER not in shown and EMAIL not in shown
    assert events[-1]["refused"] or "［電話番号］" in events[-1]["answer"]
