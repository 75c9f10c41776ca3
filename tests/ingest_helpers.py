"""Helpers for tests that ingest real files through the real pipeline."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import pytest
from django.db import connections

from appliance import components, index
from appliance.access import document_filter
from appliance.tenancy.models import Group, Organization
from ingestion.models import Document
from ingestion.services import document_submit
from ingestion.tasks import parse_document, run_inline
from tests.conftest import World


def run_pipeline(document_id: str) -> Document:
    """The same task code a worker runs, executed in this process."""
    run_inline(document_id)
    return Document.objects.get(pk=document_id)


def ingest_bytes(
    organization: Organization, filename: str, data: bytes, *, groups: Sequence[Group] = ()
) -> Document:
    submission = document_submit(
        organization=organization, uploaded_by=None, filename=filename, data=data, size=len(data), groups=groups, enqueue=False
    )
    if submission.outcome != "queued":
        return submission.document
    return run_pipeline(str(submission.document.id))


def points_of(document: Document) -> int:
    store = components.vector_store()
    return store.count(
        index.collection(),
        document_filter(organization_id=document.organization_id, document_id=str(document.id)),
    )


# One distinctive fact per place a document can live: organization-wide, shared with one
# group, or with a group nobody but admins reaches; in each of the two organizations.
PLACES = {
    "a-wide": ("a-wide.md", "# 全社通知\n\n本社の防災訓練は十一月十五日に実施します。集合場所は屋上広場です。"),
    "a-sales": ("a-sales.md", "# 営業部メモ\n\n大阪支店の売上目標は四億二千万円です。重点顧客は北浜商事です。"),
    "a-legal": ("a-legal.md", "# 法務部限定\n\n係争中の案件番号はL-2031です。和解交渉の期限は三月末です。"),
    "b-wide": ("b-wide.md", "# B社全社通知\n\nB社の創立記念日は六月七日です。記念品は万年筆です。"),
    "b-sales": ("b-sales.md", "# B社営業\n\nB社の新規代理店は札幌の雪原物産です。"),
}


def ingest_places(world: World) -> dict[str, str]:
    """Each of PLACES ingested where it lives, into an empty collection; place → document id."""
    components.vector_store().drop_collection(index.collection_name())
    placement = {
        "a-wide": (world.org_a, []),
        "a-sales": (world.org_a, [world.sales_a]),
        "a-legal": (world.org_a, [world.legal_a]),
        "b-wide": (world.org_b, []),
        "b-sales": (world.org_b, [world.sales_b]),
    }
    ids = {}
    for place, (filename, text) in PLACES.items():
        organization, groups = placement[place]
        document = ingest_bytes(organization, filename, text.encode(), groups=groups)
        assert document.status == "indexed", document.error
        ids[place] = str(document.id)
    return ids


@contextmanager
def pipeline_in_threads(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each enqueued parse (and the embed it chains to) runs in a thread of this process, as a
    worker would, so a live server's upload is really parsed and indexed; joined at the end."""
    threads: list[threading.Thread] = []

    def work(document_id: str) -> None:
        try:
            run_pipeline(document_id)
        finally:
            connections.close_all()

    def apply_async(args: list[str], **options: object) -> None:
        thread = threading.Thread(target=work, args=(args[0],), daemon=True)
        thread.start()
        threads.append(thread)

    monkeypatch.setattr(parse_document, "apply_async", apply_async)
    yield
    for thread in threads:
        thread.join(timeout=300)
