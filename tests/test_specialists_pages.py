"""The specialists page: only an organization's admin reaches it; a bad adapter is refused with
its reasons and nothing is stored; another organization's specialist is a 404; the figures per
specialist count its answers, refusals and 👎."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from appliance.tenancy.selectors import actor_get
from rag.models import Conversation, Feedback, Message
from specialists import adapters
from specialists.models import Specialist
from tests.adapter_files import TINY_BASE, adapter_config, adapter_zip, good_zip, lora_tensors, safetensors_bytes
from webui.specialists import specialist_figures

EXAMPLES = "経費精算の締め日は？\n出張の日当はいくら？\n領収書をなくしたら？\n交通費の申請方法は？\n立替金の振込日は？"


@pytest.fixture(autouse=True)
def tiny_base(settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    settings.APPLIANCE_HOME = tmp_path
    monkeypatch.setattr(adapters, "base_for_model", lambda name: TINY_BASE)


def register(client, *, name: str = "経理アシスタント", upload: bytes | None = None, **extra):
    data = {"name": name, "description": "経費精算", "examples": EXAMPLES, "adapter": SimpleUploadedFile("a.zip", upload or good_zip()), **extra}
    return client.post(reverse("webui:specialists", args=["org-a"]), data)


def test_only_the_organizations_admin_reaches_the_page(world, client_for) -> None:
    url = reverse("webui:specialists", args=["org-a"])
    assert client_for(world.adam).get(url).status_code == 200
    assert client_for(world.alice).get(url).status_code == 404
    assert client_for(world.bob).get(url).status_code == 404
    assert client_for(None).get(url).status_code == 302  # to the login page


def test_an_admin_registers_one_and_it_is_listed(world, client_for) -> None:
    client = client_for(world.adam)
    client.get(reverse("webui:specialists", args=["org-a"]))
    client.handler.enforce_csrf_checks = False
    response = register(client, default="on", groups=[str(world.sales_a.pk)])
    assert response.status_code == 302
    specialist = Specialist.objects.get()
    assert (specialist.name, specialist.is_default, list(specialist.groups.all())) == ("経理アシスタント", True, [world.sales_a])
    page = client.get(reverse("webui:specialists", args=["org-a"])).content.decode()
    assert "経理アシスタント" in page and "r=4" in page


def test_a_bad_adapter_is_refused_with_its_reasons(world, client_for) -> None:
    client = client_for(world.adam)
    client.handler.enforce_csrf_checks = False
    bad = adapter_zip(adapter_config(rank=4, modules=["q_proj"], modules_to_save=["lm_head"]), safetensors_bytes(lora_tensors(TINY_BASE, rank=4, modules=["q_proj"])))
    response = register(client, upload=bad)
    assert response.status_code == 400
    assert "modules_to_save" in response.content.decode()
    assert not Specialist.objects.exists()


def test_it_needs_the_csrf_token(world, client_for) -> None:
    assert register(client_for(world.adam)).status_code == 403


def test_another_organizations_specialist_is_a_404(world, client_for) -> None:
    admin = client_for(world.adam)
    admin.handler.enforce_csrf_checks = False
    register(admin)
    specialist = Specialist.objects.get()
    bob = client_for(world.bob)
    bob.handler.enforce_csrf_checks = False
    # bob is no admin of org A (404), and org B's pages do not know org A's specialist.
    for org in ("org-a", "org-b"):
        assert bob.post(reverse("webui:specialist_delete", args=[org, specialist.pk])).status_code == 404
    assert Specialist.objects.filter(pk=specialist.pk).exists()


def test_the_figures_count_answers_refusals_and_thumbs_down(world, client_for) -> None:
    admin = client_for(world.adam)
    admin.handler.enforce_csrf_checks = False
    register(admin)
    specialist = Specialist.objects.get()
    conversation = Conversation.objects.create(organization=world.org_a, user=world.alice, title="t")
    answers = [
        Message.objects.create(conversation=conversation, role="assistant", content="a", specialist=specialist, refused=refused)
        for refused in (False, False, True, False)
    ]
    Message.objects.create(conversation=conversation, role="assistant", content="base")  # the base answered
    Feedback.objects.create(message=answers[0], user=world.alice, rating=-1)
    Feedback.objects.create(message=answers[1], user=world.alice, rating=1)
    figures = specialist_figures(fetched_by=actor_get(user=world.adam, organization=world.org_a))
    assert figures[specialist.pk] | {} == {
        "specialist_id": specialist.pk, "questions": 4, "refusals": 1, "thumbs_down": 1, "refusal_rate": 0.25, "thumbs_down_rate": 0.25,
    }
    assert specialist_figures(fetched_by=actor_get(user=world.bob, organization=world.org_b)) == {}


def test_an_admin_deletes_one(world, client_for) -> None:
    admin = client_for(world.adam)
    admin.handler.enforce_csrf_checks = False
    register(admin)
    specialist = Specialist.objects.get()
    assert admin.post(reverse("webui:specialist_delete", args=["org-a", specialist.pk])).status_code == 302
    assert not Specialist.objects.exists()
