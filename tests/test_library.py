"""「閲覧できる文書」: the documents a person may ask about, through the same access filter
as retrieval. Personas: alice (org A, group sales), adam (org A admin), bob (org B)."""

from __future__ import annotations

from django.test import Client

from ingestion.models import Document
from ingestion.services import document_submit
from tests.conftest import World


def _indexed(organization, filename: str, groups=()) -> Document:
    data = f"# {filename}\n\n本文".encode()
    document = document_submit(organization=organization, uploaded_by=None, filename=filename, data=data, size=len(data), groups=groups, enqueue=False).document
    Document.objects.filter(pk=document.pk).update(status=Document.Status.INDEXED)
    return document


def _listed(client: Client, url: str, **params: str) -> str:
    response = client.get(url, params, HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 200
    return response.content.decode()


def _library(world: World) -> None:
    _indexed(world.org_a, "全社通知.md")
    _indexed(world.org_a, "営業マニュアル.docx", groups=[world.sales_a])
    _indexed(world.org_a, "契約書ひな形.pdf", groups=[world.legal_a])
    _indexed(world.org_b, "B社の規程.md")
    failed = _indexed(world.org_a, "壊れた.pdf")
    Document.objects.filter(pk=failed.pk).update(status=Document.Status.FAILED)


def test_a_member_sees_organization_wide_and_her_groups_documents_only(world: World, client_for) -> None:
    _library(world)
    body = _listed(client_for(world.alice), "/o/org-a/library/")
    assert "全社通知" in body and "営業マニュアル" in body
    assert "契約書ひな形" not in body  # legal's only
    assert "B社の規程" not in body  # another organization's
    assert "壊れた" not in body  # nothing to ask about
    assert "Word" in body and "Markdown" in body and "2 件" in body


def test_the_admin_sees_every_indexed_document_of_the_organization(world: World, client_for) -> None:
    _library(world)
    body = _listed(client_for(world.adam), "/o/org-a/library/")
    assert "全社通知" in body and "営業マニュアル" in body and "契約書ひな形" in body
    assert "B社の規程" not in body


def test_the_outsider_sees_his_own_organizations_and_a_404_for_the_other(world: World, client_for) -> None:
    _library(world)
    client = client_for(world.bob)
    body = _listed(client, "/o/org-b/library/")
    assert "B社の規程" in body and "全社通知" not in body and "営業マニュアル" not in body
    assert client.get("/o/org-a/library/").status_code == 404


def test_a_member_searches_by_title(world: World, client_for) -> None:
    _library(world)
    body = _listed(client_for(world.alice), "/o/org-a/library/", q="営業")
    assert "営業マニュアル" in body and "全社通知" not in body
    body = _listed(client_for(world.alice), "/o/org-a/library/", q="契約")
    assert "契約書ひな形" not in body and "該当する文書はありません" in body


def test_the_page_is_in_the_menu_of_a_member_and_needs_a_login(world: World, client_for) -> None:
    assert 'href="/o/org-a/library/"' in _listed(client_for(world.alice), "/o/org-a/chat/")
    response = Client().get("/o/org-a/library/")
    assert response.status_code == 302 and response["Location"].startswith("/login/")


def test_a_pdf_opens_as_it_is_and_other_kinds_open_as_the_preview(world: World, client_for) -> None:
    word = _indexed(world.org_a, "営業マニュアル.docx", groups=[world.sales_a])
    pdf = _indexed(world.org_a, "会社案内.pdf")
    body = _listed(client_for(world.alice), "/o/org-a/library/")
    assert f'href="/o/org-a/documents/{word.pk}/preview/"' in body
    assert f'href="/o/org-a/documents/{pdf.pk}/original/"' in body
