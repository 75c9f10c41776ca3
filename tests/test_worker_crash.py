"""A worker killed with SIGKILL mid-document: the message is redelivered, the rerun
finishes the document, and the vector store holds exactly its chunks, no duplicate and no
orphan point."""

from __future__ import annotations

import os
import signal
import time

import pytest

from appliance import components, index
from appliance.access import document_filter
from appliance.components.vectorstore import point_id
from ingestion.models import Chunk, Document
from ingestion.services import document_submit
from tests.conftest import World
from tests.worker import start_worker, stop_worker

pytestmark = pytest.mark.slow


def long_markdown(sections: int) -> bytes:
    parts = []
    for number in range(1, sections + 1):
        parts.append(f"## 第{number}条\n\n" + "".join(
            f"第{number}条第{line}項では、社内手続き{number}-{line}の担当部署と期限と必要書類を定める。" for line in range(1, 12)
        ))
    return ("# 社内手続き規程\n\n" + "\n\n".join(parts)).encode()


def wait_for(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def test_a_worker_killed_mid_document_leaves_no_duplicate_and_no_orphan(transactional_db: None, world: World) -> None:
    # The worker process must own the embedded store: this process lets go of it.
    components.reset()
    first = start_worker(extra_env={"CELERY_VISIBILITY_TIMEOUT": "3"})
    data = long_markdown(200)  # the int8 embedder does about 10 chunks/s: long enough to be killed mid-way
    submission = document_submit(organization=world.org_a, uploaded_by=None, filename="規程.md", data=data, size=len(data))
    document_id = str(submission.document.id)
    try:
        wait_for(lambda: Document.objects.get(pk=document_id).status == "embedding", 120, "the embed stage")
        time.sleep(6)  # some batches embedded and upserted, many more to come
        os.kill(first.pid, signal.SIGKILL)
        first.wait()
    finally:
        stop_worker(first)
    assert Document.objects.get(pk=document_id).status == "embedding", "the kill came too late to test anything"

    second = start_worker(extra_env={"CELERY_VISIBILITY_TIMEOUT": "3"})
    try:
        wait_for(lambda: Document.objects.get(pk=document_id).status in Document.TERMINAL, 300, "the redelivered task")
    finally:
        stop_worker(second)

    document = Document.objects.get(pk=document_id)
    assert document.status == "indexed", document.error
    chunks = Chunk.objects.filter(document=document)
    assert chunks.count() == document.chunk_count > 16  # more than one embedding batch
    expected = {point_id(f"{document.id}/{document.generation}", order) for order in chunks.values_list("order", flat=True)}
    store = components.vector_store()
    stored = set(store.retrieve_ids(index.collection(), document_filter(organization_id=world.org_a.id, document_id=document_id)))
    assert stored == expected
