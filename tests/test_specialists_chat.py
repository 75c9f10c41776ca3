"""「担当: NAME」 under an answer a specialist gave: carried by the stream's done event, stored with
the message and rendered again when the conversation is reopened from history, escaped; an
answer of the base model names no one. Personas: alice (org A), bob (org B, the outsider)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from appliance import components, index
from rag.models import Conversation, Message
from specialists.models import Specialist

EXAMPLES = ["経費精算の締め日は？", "出張の日当はいくら？", "領収書をなくしたら？", "交通費の申請方法は？", "立替金の振込日は？"]
NAME = "経理<b>アシスタント</b>"


def events_of(response) -> list[tuple[str, dict[str, Any]]]:
    frames = b"".join(response.streaming_content).decode().strip().split("\n\n")
    parsed = [dict(line.split(": ", 1) for line in frame.splitlines()) for frame in frames]
    return [(lines["event"], json.loads(lines["data"])) for lines in parsed]


def signed_in(client_for, user):
    client = client_for(user)
    client.get("/o/org-a/chat/")  # sets the CSRF cookie
    return client


def post(client, url: str, data: dict[str, str]):
    token = client.cookies["csrftoken"].value if "csrftoken" in client.cookies else ""
    return client.post(url, data, HTTP_X_CSRFTOKEN=token)


@pytest.fixture
def accountant(world) -> Specialist:
    # No adapter: the base model writes its words, the route still names the specialist.
    return Specialist.objects.create(organization=world.org_a, name=NAME, examples=EXAMPLES, is_default=True, created_by=world.adam)


def test_a_specialists_answer_names_it_in_the_stream_and_in_the_history(transactional_db, world, accountant, client_for, no_model) -> None:
    # Nothing to read: the refusal is the answer, without the model; the route is decided first.
    components.vector_store().drop_collection(index.collection_name())
    alice = signed_in(client_for, world.alice)
    events = events_of(post(alice, "/o/org-a/chat/ask/", {"question": "経費精算の締め日は？"}))
    done = events[-1][1]
    assert events[-1][0] == "done" and done["route"]["specialist"] == NAME and done["route"]["rule"] == "semantic"
    stored = Message.objects.get(pk=done["message_id"])
    assert (stored.specialist_id, stored.route["specialist"]) == (accountant.pk, NAME)
    html = alice.get(f"/o/org-a/chat/{stored.conversation_id}/").content.decode()
    assert '<p class="answered-by">担当: 経理&lt;b&gt;アシスタント&lt;/b&gt;</p>' in html
    assert "<b>アシスタント" not in html
    assert client_for(world.bob).get(f"/o/org-a/chat/{stored.conversation_id}/").status_code == 404


def test_the_base_models_answer_names_no_one(world, client_for) -> None:
    conversation = Conversation.objects.create(organization=world.org_a, user=world.alice, title="t")
    Message.objects.create(conversation=conversation, role="user", content="質問")
    Message.objects.create(conversation=conversation, role="assistant", content="ベースの回答")
    Message.objects.create(conversation=conversation, role="assistant", content="画像の回答", route={"specialist": None, "rule": "vision"})
    html = client_for(world.alice).get(f"/o/org-a/chat/{conversation.pk}/").content.decode()
    assert "ベースの回答" in html and 'class="answered-by"' not in html
