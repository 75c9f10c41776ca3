"""The audit trail: every security-relevant event lands in its organization's trail, the
admin page lists, filters and exports it, members and outsiders never see it, and the
database itself refuses to rewrite it."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import DatabaseError, transaction
from django.test import Client
from django.utils import timezone

from appliance import components, index, telemetry
from appliance.audit.models import AuditEvent
from appliance.audit.services import audit_prune, audit_record
from appliance.tenancy.selectors import actor_get
from appliance.tenancy.services import group_add_member, membership_remove, organization_set_audit_questions
from appliance.tenancy.tokens import token_create, token_revoke
from ingestion.models import Document
from ingestion.services import document_delete, document_set_visibility
from rag.conversations import answer_events
from tests.conftest import PASSWORD, World
from tests.ingest_helpers import ingest_bytes

A = "/o/org-a"


def kinds(organization, **filters) -> list[str]:
    return list(AuditEvent.objects.filter(organization=organization, **filters).order_by("id").values_list("kind", flat=True))


def post(client: Client, url: str, data: dict | None = None, **extra):
    client.get(f"{A}/chat/")  # sets the CSRF cookie
    return client.post(url, data or {}, HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value, **extra)


@pytest.fixture
def collection(world: World) -> None:
    index.collection()


def test_logins_logouts_and_failed_logins_are_recorded_in_the_persons_organization(world: World) -> None:
    client = Client()
    assert client.post("/login/", {"username": "alice", "password": "wrong"}).status_code == 200
    assert client.post("/login/", {"username": "alice", "password": PASSWORD}).status_code == 302
    client.post("/logout/")
    assert kinds(world.org_a, actor_username="alice") == ["login_failed", "login", "logout"]
    assert kinds(world.org_b, actor_username="alice") == []
    # a name nobody has is in no organization's trail
    client.post("/login/", {"username": "nobody", "password": "x"})
    assert not AuditEvent.objects.filter(actor_username="nobody").exists()


def test_uploads_visibility_changes_deletes_and_reindex_are_recorded(world: World, client_for, collection: None) -> None:
    adam = client_for(world.adam)
    files = [SimpleUploadedFile("規程.md", "# 規程\n\n本文".encode())]
    payload = post(adam, f"{A}/manage/upload/", {"files": files, "visibility": "organization"}, HTTP_ACCEPT="application/json").json()
    document = Document.objects.get(pk=payload["documents"][0]["document_id"])
    post(adam, f"{A}/manage/documents/{document.pk}/visibility/", {"groups": [world.sales_a.pk]})
    upload, visibility = AuditEvent.objects.filter(organization=world.org_a, kind__in=["upload", "visibility_change"]).order_by("id")
    assert (upload.actor_username, upload.document_id_list, upload.details["filename"]) == ("adam", [str(document.pk)], "規程.md")
    assert (visibility.actor_username, visibility.details["groups"]) == ("adam", ["sales"])
    post(adam, f"{A}/manage/documents/{document.pk}/requeue/")
    post(adam, f"{A}/manage/documents/{document.pk}/delete/")
    assert kinds(world.org_a, document_ids__contains=str(document.pk)) == ["upload", "visibility_change", "reindex", "document_delete"]
    assert kinds(world.org_b, actor_username="adam") == []


def test_user_group_and_token_changes_are_recorded(world: World) -> None:
    # the fixture's own users and groups are there already
    assert kinds(world.org_a) == ["group_create", "group_create", "user_create", "group_member_add", "user_create"]
    before = AuditEvent.objects.latest("id").pk
    group_add_member(group=world.legal_a, user=world.alice)
    created = token_create(user=world.alice, organization=world.org_a, name="bot")
    token_revoke(token=created.token)
    membership_remove(user=world.alice, organization=world.org_a)
    organization_set_audit_questions(organization=world.org_a, enabled=True)
    assert kinds(world.org_a, pk__gt=before) == [
        "group_member_add", "token_create", "token_revoke", "user_remove", "settings_change",
    ]
    assert created.secret not in str(list(AuditEvent.objects.values_list("details", flat=True)))


def _question_row(world: World) -> AuditEvent:
    return AuditEvent.objects.filter(organization=world.org_a, kind="question").latest("id")


def test_a_question_records_who_which_documents_and_the_text_only_when_turned_on(world: World) -> None:
    document = ingest_bytes(world.org_a, "手当.md", "# 手当\n\n在宅勤務手当は月額5000円です。".encode())
    citations = [{"document_id": str(document.pk), "n": 1}, {"document_id": str(document.pk), "n": 2}]
    for enabled in (False, True):
        organization_set_audit_questions(organization=world.org_a, enabled=enabled)
        world.org_a.refresh_from_db()
        # what rag/answering.py prepare() raises, inside the block the chat's thread opens
        with telemetry.question_audit() as outcome:
            telemetry.audit("question", organization="org-a", user_id=world.alice.pk, question="在宅勤務手当はいくら？")
            outcome.answered(citations=citations, refused=False)
        row = _question_row(world)
        assert (row.actor_username, row.document_id_list, row.refused) == ("alice", [str(document.pk)], False)
        assert row.question == ("在宅勤務手当はいくら？" if enabled else "")


def test_a_question_left_without_an_answer_is_still_recorded(world: World) -> None:
    with pytest.raises(RuntimeError), telemetry.question_audit():
        telemetry.audit("question", organization="org-a", user_id=world.alice.pk, question="途中で失敗")
        raise RuntimeError("the model went away")
    row = _question_row(world)
    assert (row.actor_username, row.refused, row.document_id_list) == ("alice", None, [])


def test_the_chat_records_a_refused_question(transactional_db: None, world: World, no_model: None) -> None:
    components.vector_store().drop_collection(index.collection_name())
    ingest_bytes(world.org_a, "secret.md", "# 法務部限定\n\n係争中の案件番号はL-2031です。".encode(), groups=[world.legal_a])
    events = list(answer_events(actor=actor_get(user=world.alice, organization=world.org_a), conversation=None, question="係争中の案件番号は？"))
    assert events[-1]["type"] == "done" and events[-1]["refused"] is True
    row = _question_row(world)
    assert (row.actor_username, row.refused, row.document_id_list, row.question) == ("alice", True, [], "")


def test_the_page_lists_and_filters_for_admins_only(world: World, client_for) -> None:
    audit_record(organization=world.org_a, actor=world.alice, kind="question", documents=["d-1"], refused=False)
    audit_record(organization=world.org_a, actor=world.adam, kind="upload", documents=["d-2"], details={"filename": "就業規則.pdf"})
    audit_record(organization=world.org_b, actor=world.bob, kind="upload", details={"filename": "B社の秘密.pdf"})
    adam = client_for(world.adam)
    page = adam.get(f"{A}/manage/audit/").content.decode()
    assert "就業規則.pdf" in page and "B社の秘密.pdf" not in page
    by_alice = adam.get(f"{A}/manage/audit/", {"user": world.alice.pk}).content.decode()
    assert 'data-kind="question"' in by_alice and "就業規則.pdf" not in by_alice
    assert "就業規則.pdf" in adam.get(f"{A}/manage/audit/", {"document": "d-2"}).content.decode()
    assert "就業規則.pdf" in adam.get(f"{A}/manage/audit/", {"kind": "upload"}).content.decode()
    tomorrow = (timezone.localdate() + dt.timedelta(days=1)).isoformat()
    assert "就業規則.pdf" not in adam.get(f"{A}/manage/audit/", {"since": tomorrow}).content.decode()
    assert client_for(world.alice).get(f"{A}/manage/audit/").status_code == 404
    assert client_for(world.bob).get(f"{A}/manage/audit/").status_code == 404
    assert client_for(None).get(f"{A}/manage/audit/").status_code == 302
    assert client_for(world.alice).post(f"{A}/manage/audit/settings/").status_code == 403  # no CSRF token
    assert post(client_for(world.alice), f"{A}/manage/audit/settings/", {"questions_text": "on"}).status_code == 404
    assert post(adam, f"{A}/manage/audit/settings/", {"questions_text": "on"}).status_code == 302
    world.org_a.refresh_from_db()
    assert world.org_a.audit_questions_text


def test_the_csv_export_is_utf8_with_a_bom_and_keeps_japanese(world: World, client_for) -> None:
    audit_record(organization=world.org_a, actor=world.adam, kind="upload", documents=["d-2"], details={"filename": "就業規則.pdf"})
    audit_record(organization=world.org_b, actor=world.bob, kind="upload", details={"filename": "B社の秘密.pdf"})
    response = client_for(world.adam).get(f"{A}/manage/audit/", {"format": "csv", "kind": "upload"})
    assert response["Content-Type"].startswith("text/csv") and "attachment" in response["Content-Disposition"]
    body = b"".join(response.streaming_content)
    assert body.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0][1].startswith("種類")
    assert [row[2] for row in rows[1:]] == ["adam"] and "就業規則.pdf" in rows[1][6]


def test_the_database_refuses_to_rewrite_or_delete_the_trail(world: World) -> None:
    event = audit_record(organization=world.org_a, actor=world.alice, kind="login")
    for attempt in (lambda: AuditEvent.objects.filter(pk=event.pk).update(kind="logout"), lambda: AuditEvent.objects.filter(pk=event.pk).delete()):
        with pytest.raises(DatabaseError), transaction.atomic():
            attempt()
    assert AuditEvent.objects.get(pk=event.pk).kind == "login"


def test_pruning_removes_only_rows_older_than_the_retention(world: World, settings) -> None:
    old = audit_record(organization=world.org_a, actor=world.alice, kind="login")
    recent = audit_record(organization=world.org_a, actor=world.alice, kind="logout")
    assert audit_prune(retention_days=30, now=timezone.now() + dt.timedelta(days=31)) >= 2
    assert not AuditEvent.objects.filter(pk__in=[old.pk, recent.pk]).exists()
    audit_record(organization=world.org_a, actor=world.alice, kind="login")
    settings.AUDIT_RETENTION_DAYS = 30
    out = io.StringIO()
    call_command("auditprune", stdout=out)
    assert out.getvalue().strip() == "0 audit events pruned"
    assert kinds(world.org_a, kind="login")


def test_deleting_a_document_keeps_its_place_in_the_trail(world: World, collection: None) -> None:
    document = ingest_bytes(world.org_a, "古い.md", "# 古い\n\n本文".encode())
    document_id = str(document.pk)
    document_set_visibility(document=document, groups=[world.sales_a])
    document_delete(document=document)
    assert kinds(world.org_a, document_ids__contains=document_id) == ["upload", "visibility_change", "document_delete"]
