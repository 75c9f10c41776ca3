"""The API over real HTTP, as the company's other systems call it: the `openai` Python client,
LangChain's ChatOpenAI and the appliance's own ApplianceRetriever, pointed at a live server
with a person's token.

The live server runs in a thread of this test process (the embedded vector store is locked to
one process); uploads are parsed and embedded in threads of it too, by the same task code a
worker runs. Answers come from the real llama.cpp server with the packaged model.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from django.utils import timezone

from api.langchain import ApplianceRetriever
from appliance import components, index
from appliance.tenancy.models import ApiToken
from appliance.tenancy.tokens import token_create, token_revoke
from tests.conftest import World
from tests.ingest_helpers import ingest_bytes, pipeline_in_threads

openai = pytest.importorskip("openai")
langchain_openai = pytest.importorskip("langchain_openai")

ROOT = Path(__file__).resolve().parent.parent
RULES_PDF = ROOT / "deploy" / "demo-documents" / "就業規則.pdf"
RULES = "# 休暇規程\n\n年次有給休暇は、取得する日の3営業日前までに所属長へ申請しなければならない。\n\n慶弔休暇は結婚のとき5日とする。"
SALES = "# 営業部メモ\n\n大阪支店の売上目標は四億二千万円です。重点顧客は北浜商事です。"
SECRET = "# 役員会議事録\n\n次期社長には営業本部長の田中一郎を指名する。"
B_RULES = "# B社休暇規程\n\n年次有給休暇は、取得する日の10日前までに人事部へ申請する。"
QUESTION = "有給休暇は何日前までに申請が必要ですか？"


@dataclass
class Setup:
    base: str
    documents: dict[str, str]  # name → document id
    tokens: dict[str, str]  # alice, adam, bob, revoked, expired → secret


@pytest.fixture
def setup(world: World, live_server) -> Setup:
    components.vector_store().drop_collection(index.collection_name())
    documents = {
        "rules": ingest_bytes(world.org_a, "休暇規程.md", RULES.encode()),
        "sales": ingest_bytes(world.org_a, "営業メモ.md", SALES.encode(), groups=[world.sales_a]),
        "secret": ingest_bytes(world.org_a, "議事録.md", SECRET.encode(), groups=[world.legal_a]),
        "b-rules": ingest_bytes(world.org_b, "B社休暇規程.md", B_RULES.encode()),
    }
    assert all(d.status == "indexed" for d in documents.values())
    tokens = {
        "alice": token_create(user=world.alice, organization=world.org_a, name="alice").secret,
        "adam": token_create(user=world.adam, organization=world.org_a, name="adam").secret,
        "bob": token_create(user=world.bob, organization=world.org_b, name="bob").secret,
    }
    revoked = token_create(user=world.alice, organization=world.org_a, name="revoked")
    token_revoke(token=revoked.token)
    expired = token_create(user=world.alice, organization=world.org_a, name="expired", expires_in_days=1)
    ApiToken.objects.filter(pk=expired.token.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    tokens |= {"revoked": revoked.secret, "expired": expired.secret}
    return Setup(live_server.url, {name: str(d.id) for name, d in documents.items()}, tokens)


def _client(setup: Setup, token: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{setup.base}/v1", api_key=token, max_retries=0, timeout=600)


def _retriever(setup: Setup, token: str, k: int = 10) -> ApplianceRetriever:
    return ApplianceRetriever(base_url=setup.base, token=token, k=k)


@pytest.mark.slow
def test_the_openai_client_streams_a_cited_japanese_answer_to_a_member(setup: Setup, model: None) -> None:
    stream = _client(setup, setup.tokens["alice"]).chat.completions.create(
        model="appliance-rag", messages=[{"role": "user", "content": QUESTION}], stream=True
    )
    chunks = list(stream)
    pieces = [c.choices[0].delta.content for c in chunks if c.choices and c.choices[0].delta.content]
    answer = "".join(pieces)
    assert len(pieces) > 1, "the answer did not stream"
    assert "3営業日前" in answer, answer
    last = chunks[-1]
    assert last.choices[0].finish_reason == "stop"
    citations = last.model_extra["citations"]
    assert citations and {c["document_id"] for c in citations} == {setup.documents["rules"]}
    assert last.model_extra["grounded"] is True and last.model_extra["refused"] is False


@pytest.mark.slow
def test_langchain_chat_openai_answers_each_organization_from_its_own_documents(setup: Setup, model: None) -> None:
    from langchain_openai import ChatOpenAI

    alice = ChatOpenAI(base_url=f"{setup.base}/v1", api_key=setup.tokens["alice"], model="appliance-rag", max_retries=0)
    pieces = [chunk.content for chunk in alice.stream(QUESTION) if chunk.content]
    assert len(pieces) > 1 and "3営業日前" in "".join(pieces)
    # The same question with bob's token: org B's rule or nothing, never org A's.
    reply = _client(setup, setup.tokens["bob"]).chat.completions.create(model="appliance-rag", messages=[{"role": "user", "content": QUESTION}])
    assert "3営業日" not in reply.choices[0].message.content
    assert {c["document_id"] for c in reply.model_extra["citations"]} <= {setup.documents["b-rules"]}


def test_the_retriever_returns_only_what_the_tokens_owner_may_see(setup: Setup) -> None:
    seen = {}
    for persona in ("alice", "adam", "bob"):
        documents = _retriever(setup, setup.tokens[persona]).invoke("営業 売上目標 有給休暇 次期社長")
        assert documents and all(d.page_content and d.metadata["title"] for d in documents)
        seen[persona] = {d.metadata["document_id"] for d in documents}
    ids = setup.documents
    assert ids["sales"] in seen["alice"] and not seen["alice"] & {ids["secret"], ids["b-rules"]}
    assert ids["secret"] in seen["adam"] and ids["b-rules"] not in seen["adam"]
    assert seen["bob"] <= {ids["b-rules"]}
    # The raw endpoint gives the documented shape.
    response = httpx.post(f"{setup.base}/api/v1/search", json={"query": "大阪支店の売上目標", "k": 3}, headers={"Authorization": f"Bearer {setup.tokens['alice']}"})
    passage = response.json()["passages"][0]
    assert set(passage) == {"document_id", "title", "filename", "page", "text", "score"}
    assert passage["document_id"] == ids["sales"] and "四億二千万円" in passage["text"]


@pytest.mark.parametrize("which", ["revoked", "expired", "none", "wrong"])
def test_a_bad_token_gets_401_from_every_client_and_never_a_passage(setup: Setup, which: str) -> None:
    token = {"revoked": setup.tokens["revoked"], "expired": setup.tokens["expired"], "none": "", "wrong": "apl_" + "x" * 43}[which]
    if token:
        with pytest.raises(openai.AuthenticationError):
            _client(setup, token).chat.completions.create(model="appliance-rag", messages=[{"role": "user", "content": QUESTION}], stream=True)
        with pytest.raises(openai.AuthenticationError):
            _client(setup, token).models.list()
    else:  # the openai client will not even send a request without a key; plain HTTP then
        chat = httpx.post(f"{setup.base}/v1/chat/completions", json={"model": "appliance-rag", "messages": [{"role": "user", "content": QUESTION}]})
        assert chat.status_code == 401 and "choices" not in chat.json()
        assert httpx.get(f"{setup.base}/v1/models").status_code == 401
        search = httpx.post(f"{setup.base}/api/v1/search", json={"query": "有給休暇"})
        assert search.status_code == 401 and "passages" not in search.text
        return
    with pytest.raises(httpx.HTTPStatusError) as raised:
        _retriever(setup, token).invoke("有給休暇")
    assert raised.value.response.status_code == 401 and "passages" not in raised.value.response.text


def test_another_organizations_token_gets_404_for_its_objects(setup: Setup) -> None:
    headers = {"Authorization": f"Bearer {setup.tokens['bob']}"}
    for document in ("rules", "secret"):
        assert httpx.get(f"{setup.base}/api/v1/documents/{setup.documents[document]}", headers=headers).status_code == 404
    # bob's admin-free token sees no org A document list either, and his models are org B's
    assert httpx.get(f"{setup.base}/api/v1/documents", headers=headers).status_code == 404
    assert [m.owned_by for m in _client(setup, setup.tokens["bob"]).models.list()] == ["org-b"]


# --- upload ---------------------------------------------------------------------------------


@pytest.fixture
def ingestion_in_threads(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with pipeline_in_threads(monkeypatch):
        yield


def test_an_api_upload_fails_a_bad_file_alone_with_its_reason_and_indexes_the_good_one(setup: Setup, ingestion_in_threads: None) -> None:
    headers = {"Authorization": f"Bearer {setup.tokens['adam']}"}
    truncated = RULES_PDF.read_bytes()[:3000]  # a PDF cut off in transfer
    files = [("files", ("就業規則.pdf", RULES_PDF.read_bytes(), "application/pdf")), ("files", ("壊れた.pdf", truncated, "application/pdf"))]
    response = httpx.post(f"{setup.base}/api/v1/documents", headers=headers, files=files, timeout=60)
    assert response.status_code == 200, response.text
    submitted = {d["filename"]: d["document_id"] for d in response.json()["documents"]}
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        states = {name: httpx.get(f"{setup.base}/api/v1/documents/{id_}", headers=headers).json() for name, id_ in submitted.items()}
        if all(s["status"] in ("indexed", "failed") for s in states.values()):
            break
        time.sleep(1)
    good, bad = states["就業規則.pdf"], states["壊れた.pdf"]
    assert good["status"] == "indexed" and good["chunks"] > 0 and good["error"] is None
    assert bad["status"] == "failed" and bad["error"]
    # the member's search finds the good one; the upload needed an admin's token
    passages = _retriever(setup, setup.tokens["alice"], k=5).invoke("有給休暇の申請")
    assert good["document_id"] in {d.metadata["document_id"] for d in passages}
    member = httpx.post(f"{setup.base}/api/v1/documents", headers={"Authorization": f"Bearer {setup.tokens['alice']}"}, files=files[:1])
    assert member.status_code == 404
