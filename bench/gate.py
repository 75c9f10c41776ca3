"""The relevance gate per question language: false refusals and false answers by threshold.

The demo documents (Japanese) are ingested into a throwaway appliance. For each question the
best dense (cosine) score is what the gate compares with its threshold:

* answerable: tests/data/internal_qa.jsonl (Japanese) and tests/data/english_qa.jsonl (the
  same facts asked in English): a score below the threshold is a false refusal;
* out of domain: tests/data/offtopic_ja.jsonl and offtopic_en.jsonl, general questions no
  demo document touches (bench/retrieval.py's office questions are answerable here): a score
  at or above the threshold is a false answer (the question reaches the model, which then
  has to say the documents do not cover it).

    .venv/bin/python bench/gate.py [--markdown] [--embedder e5-small-torch|e5-small]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import REPOSITORY_ROOT, machine_report, print_table, start_appliance, stop_appliance  # noqa: E402

THRESHOLDS = (0.74, 0.76, 0.78, 0.79, 0.80, 0.81, 0.82, 0.83, 0.84, 0.85)


def questions(name: str) -> list[str]:
    path = REPOSITORY_ROOT / "tests" / "data" / name
    return [json.loads(line)["q"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def below(scores: Sequence[float | None], threshold: float) -> float:
    return sum(score is None or score < threshold for score in scores) / len(scores)


def summary(scores: Sequence[float | None]) -> str:
    values = sorted(score for score in scores if score is not None)
    return f"min {values[0]:.3f} / median {values[len(values) // 2]:.3f} / max {values[-1]:.3f} (n={len(scores)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--embedder", choices=("e5-small-torch", "e5-small", "use-multilingual"), help="EMBEDDER_LOCAL_MODEL (default: the settings' default)")
    arguments = parser.parse_args()
    home = start_appliance(extra_environment={"EMBEDDER_LOCAL_MODEL": arguments.embedder} if arguments.embedder else None)
    try:
        from appliance import components
        from appliance.tenancy.selectors import Actor
        from appliance.tenancy.services import organization_create
        from bench.answer import ingest_demo_documents
        from bench.retrieval import best_dense_scores
        from rag.retrieval import min_relevant_score

        print(f"machine: {machine_report()}")
        name = components.embedder().name
        print(f"embedder {name}: calibrated thresholds ja {min_relevant_score(name, 'ja'):.2f}, en {min_relevant_score(name, 'en'):.2f}")
        organization, _ = organization_create(slug="demo", name="デモ株式会社")
        actor = Actor(user_id=0, username="(bench)", organization_id=organization.id, organization_slug=organization.slug,
                      is_admin=True, group_ids=frozenset())
        ingest_demo_documents(organization)
        sets = {
            "ja answerable": best_dense_scores(actor, questions("internal_qa.jsonl")),
            "en answerable": best_dense_scores(actor, questions("english_qa.jsonl")),
            "ja out of domain": best_dense_scores(actor, questions("offtopic_ja.jsonl")),
            "en out of domain": best_dense_scores(actor, questions("offtopic_en.jsonl")),
        }
        for name, scores in sets.items():
            print(f"  {name}: {summary(scores)}")
        rows = [
            [f"{threshold:.2f}",
             f"{below(sets['ja answerable'], threshold):.0%}", f"{1 - below(sets['ja out of domain'], threshold):.0%}",
             f"{below(sets['en answerable'], threshold):.0%}", f"{1 - below(sets['en out of domain'], threshold):.0%}"]
            for threshold in THRESHOLDS
        ]
        print_table(
            "Relevance gate on the demo documents by question language",
            ["threshold", "ja false refusals", "ja false answers", "en false refusals", "en false answers"],
            rows,
            arguments.markdown,
        )
    finally:
        stop_appliance(home)


if __name__ == "__main__":
    main()
