"""Choose the hybrid fusion: recall@1/5/10 of RRF with several weights and of DBSF on JaQuAD.

Indexes the development articles through the real pipeline (as bench/retrieval.py does),
takes each question's dense and sparse top 50 from the vector store with the access filter
on, and fuses them here in Python with each candidate formula, so all candidates are scored
on identical candidate lists. The winner is what appliance/components/vectorstore asks the engine for.

    python bench/fusion.py [--files 1] [--questions 300]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import machine_report, start_appliance, stop_appliance, warm_embedder  # noqa: E402
from bench.retrieval import KS, index_articles, is_hit, load_development_set  # noqa: E402

CANDIDATES = 50


def rrf(dense: list[str], sparse: list[str], *, k: int, sparse_weight: float) -> list[str]:
    scores: dict[str, float] = {}
    for weight, ranking in ((1.0, dense), (sparse_weight, sparse)):
        for rank, point in enumerate(ranking):
            scores[point] = scores.get(point, 0.0) + weight / (k + rank + 1)
    return sorted(scores, key=lambda point: -scores[point])


def dbsf(dense: list[tuple[str, float]], sparse: list[tuple[str, float]], *, sparse_weight: float) -> list[str]:
    """Distribution-based score fusion: each list's scores normalised by mean ± 3 sd."""
    scores: dict[str, float] = {}
    for weight, ranking in ((1.0, dense), (sparse_weight, sparse)):
        values = [score for _, score in ranking]
        if not values:
            continue
        mean = statistics.fmean(values)
        spread = 3 * (statistics.pstdev(values) or 1.0)
        low, high = mean - spread, mean + spread
        for point, score in ranking:
            scores[point] = scores.get(point, 0.0) + weight * (score - low) / (high - low)
    return sorted(scores, key=lambda point: -scores[point])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", default="1")
    parser.add_argument("--questions", default="300")
    arguments = parser.parse_args()
    home = start_appliance()
    try:
        from appliance import components, index
        from appliance.access import access_filter
        from appliance.components.vectorstore import SparseVector
        from appliance.tenancy.selectors import Actor
        from appliance.tenancy.services import organization_create
        from appliance.text.japanese import sparse_query_vector
        from ingestion.models import Chunk

        print(f"machine: {machine_report()}")
        warm_embedder()
        data = load_development_set(arguments.files, None if arguments.questions == "all" else int(arguments.questions), 0)
        organization, _ = organization_create(slug="fusion", name="fusion")
        actor = Actor(user_id=0, username="(bench)", organization_id=organization.id, organization_slug="fusion", is_admin=True, group_ids=frozenset())
        index_articles(organization, data.articles)
        texts = {
            (str(document_id), order): text
            for document_id, order, text in Chunk.objects.filter(document__organization=organization).values_list("document_id", "order", "text")
        }
        store, embedder, name = components.vector_store(), components.embedder(), index.collection()
        flt = access_filter(actor)
        runs = []
        for question in data.questions:
            dense = store.search(name, dense=embedder.embed_query(question.text), sparse=None, flt=flt, limit=CANDIDATES, mode="dense").hits
            indices, values = sparse_query_vector(question.text)
            sparse = store.search(name, dense=None, sparse=SparseVector(indices, values), flt=flt, limit=CANDIDATES, mode="sparse").hits if indices else []
            runs.append((question, dense, sparse))

        def text_of(hit_payloads: dict[str, dict], point: str) -> str:
            payload = hit_payloads[point]
            return texts.get((payload["document_id"], payload["order"]), "")

        formulas = {"dense": None, "sparse": None}
        formulas |= {f"rrf k={k} sparse×{w}": ("rrf", k, w) for k in (10, 60) for w in (1.0, 1.5, 2.0, 3.0)}
        formulas |= {f"dbsf sparse×{w}": ("dbsf", 0, w) for w in (0.5, 1.0, 1.5, 2.0)}
        print(f"\n{len(runs)} questions; recall@k of each fusion on the same dense/sparse top-{CANDIDATES} lists")
        print(f"{'formula':24} " + " ".join(f"R@{k:<5}" for k in KS))
        for label, formula in formulas.items():
            hits = {k: 0 for k in KS}
            for question, dense, sparse in runs:
                payloads = {hit.id: hit.payload for hit in [*dense, *sparse]}
                if formula is None:
                    ranking = [hit.id for hit in (dense if label == "dense" else sparse)]
                elif formula[0] == "rrf":
                    ranking = rrf([h.id for h in dense], [h.id for h in sparse], k=formula[1], sparse_weight=formula[2])
                else:
                    ranking = dbsf([(h.id, h.score) for h in dense], [(h.id, h.score) for h in sparse], sparse_weight=formula[2])
                ranks = [rank for rank, point in enumerate(ranking, start=1) if is_hit(question, text_of(payloads, point))]
                for k in KS:
                    hits[k] += bool(ranks) and ranks[0] <= k
            print(f"{label:24} " + " ".join(f"{hits[k] / len(runs):.3f} " for k in KS), flush=True)
    finally:
        stop_appliance(home)


if __name__ == "__main__":
    main()
