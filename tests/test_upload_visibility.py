"""The upload page never widens a document's audience without a word: groups sent beside
「組織全体」 are refused with a message, never shared with the whole organization.

Personas: adam (org A admin) uploads; alice (org A member) and bob (org B) must not."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from ingestion.models import Document
from tests.conftest import World

UPLOAD = "/o/org-a/manage/upload/"


def _post(client: Client, data: dict, **extra):
    if "csrftoken" not in client.cookies:
        client.get("/", follow=True)
    return client.post(UPLOAD, data, HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value, **extra)


def _file(name: str = "人事規程.md"):
    return SimpleUploadedFile(name, "# 人事規程\n\n給与は毎月25日に支払う。".encode())


def test_groups_beside_whole_organization_are_refused_not_shared(world: World, client_for) -> None:
    response = _post(client_for(world.adam), {"files": [_file()], "visibility": "organization", "groups": [world.sales_a.pk]})
    assert response.status_code == 400
    assert "選んだグループのみ" in response.json()["error"]
    assert not Document.objects.filter(filename="人事規程.md").exists()


def test_the_refusal_is_in_english_for_an_english_admin(world: World, client_for) -> None:
    response = _post(
        client_for(world.adam),
        {"files": [_file()], "visibility": "organization", "groups": [world.sales_a.pk]},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400 and "Selected groups only" in response.json()["error"]


def test_ticked_groups_with_groups_visibility_restrict_the_document(world: World, client_for) -> None:
    response = _post(client_for(world.adam), {"files": [_file()], "visibility": "groups", "groups": [world.sales_a.pk]})
    assert response.status_code == 200 and response.json()["ok"]
    document = Document.objects.get(filename="人事規程.md")
    assert document.visibility == Document.Visibility.GROUPS
    assert list(document.groups.all()) == [world.sales_a]


def test_whole_organization_without_groups_is_shared_with_everyone(world: World, client_for) -> None:
    response = _post(client_for(world.adam), {"files": [_file()], "visibility": "organization"})
    assert response.status_code == 200
    assert Document.objects.get(filename="人事規程.md").visibility == Document.Visibility.ORGANIZATION


def test_an_unknown_visibility_is_refused(world: World, client_for) -> None:
    response = _post(client_for(world.adam), {"files": [_file()], "visibility": "everyone"})
    assert response.status_code == 400
    assert not Document.objects.exists()


def test_members_and_outsiders_cannot_upload(world: World, client_for) -> None:
    for user in (world.alice, world.bob):
        response = _post(client_for(user), {"files": [_file()], "visibility": "groups", "groups": [world.sales_a.pk]})
        assert response.status_code == 404
    assert not Document.objects.exists()
