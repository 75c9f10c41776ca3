"""The empty chat's example questions and document hint, and the stopped answer the page and
the history agree on. Personas: alice (org A, group sales), adam (org A admin), bob (org B)."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from ingestion.models import Chunk, Document
from ingestion.services import document_submit
from rag.models import Conversation, Message
from tests.conftest import World
from webui.suggestions import question_about, topic_of


@pytest.fixture(autouse=True)
def empty_cache() -> None:
    cache.clear()


def _indexed(organization, filename: str, headings: list[list[str]], groups=()) -> Document:
    data = f"# {filename}\n\n本文".encode()
    document = document_submit(organization=organization, uploaded_by=None, filename=filename, data=data, size=len(data), groups=groups, enqueue=False).document
    for order, path in enumerate(headings):
        Chunk.objects.create(document=document, generation=1, order=order, text=f"{' '.join(path)}の本文です。", heading_path=path)
    Document.objects.filter(pk=document.pk).update(status=Document.Status.INDEXED, generation=1, chunk_count=len(headings))
    return document


@pytest.fixture
def library(world: World) -> None:
    _indexed(world.org_a, "就業規則.md", [["就業規則", "第30条（在宅勤務）"], ["就業規則", "第12条（年次有給休暇）"]])
    _indexed(world.org_a, "営業マニュアル.docx", [["1. 見積書の作り方"]], groups=[world.sales_a])
    _indexed(world.org_a, "契約書ひな形.docx", [["秘密保持契約"]], groups=[world.legal_a])
    _indexed(world.org_b, "B社の規程.md", [["B社の慶弔見舞金"]])


def _post(client, url: str, data: dict) -> object:
    if "csrftoken" not in client.cookies:
        client.get("/o/org-a/chat/")  # a page with a form sets the CSRF cookie
    return client.post(url, data, HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value, HTTP_ACCEPT="application/json")


def _chat(client, url: str = "/o/org-a/chat/", language: str = "ja") -> str:
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return response.content.decode()


def test_headings_become_topics_without_their_numbering() -> None:
    assert topic_of("第30条（在宅勤務）") == "在宅勤務"
    assert topic_of("1. 見積書の作り方") == "見積書の作り方"
    assert topic_of("■ 交通費") == "交通費"
    assert topic_of("（２）出張の申請") == "出張の申請"
    assert topic_of("Sheet1") is None and topic_of("1") is None and topic_of("・") is None
    assert topic_of("Q. 社員証をなくしたら？") == "社員証をなくしたら？"
    assert question_about("社員証をなくしたら？") == "社員証をなくしたら？"


def test_the_empty_chat_suggests_questions_from_the_documents_she_may_see(world: World, library: None, client_for) -> None:
    body = _chat(client_for(world.alice))
    assert "在宅勤務について教えてください" in body
    assert "見積書の作り方について教えてください" in body  # her group's document
    assert "秘密保持契約" not in body  # legal's only
    assert "慶弔" not in body  # another organization's
    assert 'href="/o/org-a/library/"' in body
    assert "就業規則" in body and "営業マニュアル" in body and "契約書ひな形" not in body


def test_the_admin_gets_suggestions_from_every_document_and_bob_from_his_own(world: World, library: None, client_for) -> None:
    assert "秘密保持契約について教えてください" in _chat(client_for(world.adam))
    body = _chat(client_for(world.bob), "/o/org-b/chat/")
    assert "B社の慶弔見舞金について教えてください" in body
    assert "在宅勤務" not in body and "見積書" not in body


def test_suggestions_are_in_the_documents_language_and_follow_new_documents(world: World, library: None, client_for) -> None:
    client = client_for(world.alice)
    english_page = _chat(client, language="en")
    assert "在宅勤務について教えてください" in english_page and "Example questions" in english_page
    _indexed(world.org_a, "Travel policy.md", [["Travel policy", "Hotel rates"]])
    assert "Tell me about Hotel rates." in _chat(client, language="en")
    _indexed(world.org_a, "防災マニュアル.md", [["避難経路"]])
    assert "避難経路について教えてください" in _chat(client)  # cached, but not stale


def test_a_member_with_no_documents_is_told_so_and_an_open_conversation_shows_no_suggestions(world: World, client_for) -> None:
    client = client_for(world.alice)
    assert "あなたが閲覧できる文書はまだありません。" in _chat(client)
    conversation = Conversation.objects.create(organization=world.org_a, user=world.alice, title="前の会話")
    assert "質問の例" not in _chat(client, f"/o/org-a/chat/{conversation.pk}/")


def _stopped(world: World, written: str) -> tuple[Conversation, Message, Message]:
    conversation = Conversation.objects.create(organization=world.org_a, user=world.alice, title="止めた会話")
    question = Message.objects.create(conversation=conversation, role="user", content="在宅勤務について教えてください")
    answer = Message.objects.create(conversation=conversation, role="assistant", content=written, stopped=True)
    return conversation, question, answer


def test_the_stopped_answer_is_cut_to_what_the_page_showed(world: World, client_for) -> None:
    conversation, question, answer = _stopped(world, "在宅勤務は週3日まで認めます。手当は")
    response = _post(client_for(world.alice), f"/o/org-a/chat/{conversation.pk}/stopped/", {"question": question.pk, "shown": "在宅勤務は週3日まで"})
    assert response.status_code == 200 and response.json()["content"] == "在宅勤務は週3日まで"
    answer.refresh_from_db()
    assert answer.content == "在宅勤務は週3日まで" and answer.stopped


def test_the_page_cannot_put_words_in_the_answer(world: World, client_for) -> None:
    conversation, question, answer = _stopped(world, "在宅勤務は週3日まで認めます。")
    response = _post(client_for(world.alice), f"/o/org-a/chat/{conversation.pk}/stopped/", {"question": question.pk, "shown": "給与は100万円です。"})
    assert response.json()["content"] == "在宅勤務は週3日まで認めます。"
    answer.refresh_from_db()
    assert answer.content == "在宅勤務は週3日まで認めます。"


def test_only_the_answer_to_that_question_is_cut(world: World, client_for) -> None:
    conversation, question, first = _stopped(world, "最初の答えです。")
    later_question = Message.objects.create(conversation=conversation, role="user", content="次の質問")
    later = Message.objects.create(conversation=conversation, role="assistant", content="次の答えです。", stopped=True)
    _post(client_for(world.alice), f"/o/org-a/chat/{conversation.pk}/stopped/", {"question": later_question.pk, "shown": "次の"})
    first.refresh_from_db()
    later.refresh_from_db()
    assert first.content == "最初の答えです。" and later.content == "次の"
    assert question.pk < later_question.pk


def test_another_persons_stopped_answer_is_a_404(world: World, client_for) -> None:
    conversation, question, answer = _stopped(world, "在宅勤務は週3日まで認めます。")
    for user, slug in ((world.adam, "org-a"), (world.bob, "org-b"), (world.bob, "org-a")):
        client = client_for(user)
        client.get(f"/o/{'org-b' if user == world.bob else 'org-a'}/chat/")
        response = client.post(f"/o/{slug}/chat/{conversation.pk}/stopped/", {"question": question.pk, "shown": "在"}, HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value)
        assert response.status_code == 404, (user, slug)
    # a message id that is not a question of this conversation
    response = _post(client_for(world.alice), f"/o/org-a/chat/{conversation.pk}/stopped/", {"question": answer.pk, "shown": "在"})
    assert response.status_code == 404
    answer.refresh_from_db()
    assert answer.content == "在宅勤務は週3日まで認めます。"


def test_a_finished_answer_is_never_cut(world: World, client_for) -> None:
    conversation, question, answer = _stopped(world, "在宅勤務は週3日まで認めます。")
    Message.objects.filter(pk=answer.pk).update(stopped=False)
    response = _post(client_for(world.alice), f"/o/org-a/chat/{conversation.pk}/stopped/", {"question": question.pk, "shown": "在"})
    assert response.json() == {"ok": False, "message_id": None, "content": None}
    answer.refresh_from_db()
    assert answer.content == "在宅勤務は週3日まで認めます。"


def test_the_stop_report_needs_the_csrf_token(world: World, client_for) -> None:
    conversation, question, answer = _stopped(world, "在宅勤務は週3日まで認めます。")
    response = client_for(world.alice).post(f"/o/org-a/chat/{conversation.pk}/stopped/", {"question": question.pk, "shown": "在"})
    assert response.status_code == 403
    answer.refresh_from_db()
    assert answer.content == "在宅勤務は週3日まで認めます。"
