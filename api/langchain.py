"""LangChain over the appliance's API, for the company's own applications.

    from langchain_openai import ChatOpenAI
    from api.langchain import ApplianceRetriever

    chat = ChatOpenAI(base_url="http://127.0.0.1:8000/v1", api_key=TOKEN, model="appliance-rag")
    retriever = ApplianceRetriever(base_url="http://127.0.0.1:8000", token=TOKEN, k=5)

The chat model is the appliance's own grounded answering (retrieval, the model, the checks):
its citations are in `response.response_metadata` only where LangChain passes them on, and
always in the raw JSON (`citations`). The retriever returns the passages the token's owner may
see, for a chain of one's own.

This module needs only `langchain-core` and `httpx` (no Django): copy it into another project
as it is. The appliance's server does not import it, so neither is a runtime requirement.
"""

from __future__ import annotations

from typing import Any

import httpx
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import Field, SecretStr


class ApplianceRetriever(BaseRetriever):
    """Permission-filtered passages from `POST /api/v1/search`, as LangChain documents.

    Each document's page_content is the passage; its metadata holds document_id, title,
    filename, page and score. A missing, revoked or expired token raises httpx.HTTPStatusError
    (401), never an empty list that would read as "nothing found".
    """

    base_url: str = Field(description="the appliance, e.g. http://127.0.0.1:8000 (without /api)")
    token: SecretStr
    k: int = 5
    timeout: float = 60.0

    def _search(self, client: httpx.Client, query: str) -> list[Document]:
        response = client.post(
            self.base_url.rstrip("/") + "/api/v1/search",
            json={"query": query, "k": self.k},
            headers={"Authorization": f"Bearer {self.token.get_secret_value()}"},
        )
        response.raise_for_status()
        return [_document(passage) for passage in response.json()["passages"]]

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        with httpx.Client(timeout=self.timeout) as client:
            return self._search(client, query)


def _document(passage: dict[str, Any]) -> Document:
    metadata = {key: passage.get(key) for key in ("document_id", "title", "filename", "page", "score")}
    return Document(page_content=passage["text"], metadata=metadata)
