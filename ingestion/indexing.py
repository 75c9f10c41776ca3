"""What gets embedded and stored for a chunk: the text the embedder and the keyword index
see, the point's deterministic id and its payload (keys from appliance.access.payload)."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Iterator, Sequence

from appliance import components
from appliance.access import group_ids_payload
from appliance.access import payload as keys
from appliance.components.vectorstore import Point, SparseVector, point_id
from appliance.text.japanese import sparse_document_vector
from ingestion.models import Chunk, Document

EMBED_BATCH = 16


class EmbeddingTimeout(Exception):
    pass


def embedding_text(*, title: str, heading_path: Iterable[str], text: str) -> str:
    """What the embedder and the keyword index see: the passage with its title and headings,
    so a passage that never names its subject is still found by it."""
    context = " / ".join([title, *heading_path])
    return f"{context}\n{text}"


def point_batches(
    document: Document, chunks: Sequence[Chunk], group_ids: list[str], *, deadline: float
) -> Iterator[list[Point]]:
    """Embed and yield points a batch at a time, so a long document is upserted as it goes
    (bounded memory) and a crash mid-way leaves only points that a rerun overwrites."""
    embedder = components.embedder()
    for start in range(0, len(chunks), EMBED_BATCH):
        if time.monotonic() > deadline:
            raise EmbeddingTimeout
        batch = chunks[start : start + EMBED_BATCH]
        texts = [embedding_text(title=document.title, heading_path=chunk.heading_path, text=chunk.text) for chunk in batch]
        vectors = embedder.embed_documents(texts)
        points = []
        for chunk, text, dense in zip(batch, texts, vectors, strict=True):
            indices, values = sparse_document_vector(text)
            points.append(
                Point(
                    id=point_id(f"{document.id}/{chunk.generation}", chunk.order),
                    dense=dense,
                    sparse=SparseVector(indices=indices, values=values),
                    payload={
                        keys.ORGANIZATION_ID: str(document.organization_id),
                        keys.GROUP_IDS: group_ids,
                        keys.DOCUMENT_ID: str(document.id),
                        keys.GENERATION: chunk.generation,
                        keys.ORDER: chunk.order,
                        keys.TIE_BREAK: hashlib.sha256(text.encode()).hexdigest()[:16],
                        "page": chunk.page,
                    },
                )
            )
        yield points


def document_group_ids(document: Document) -> list[str]:
    return group_ids_payload(
        organization_wide=document.visibility == Document.Visibility.ORGANIZATION,
        group_ids=document.groups.values_list("id", flat=True),
    )
