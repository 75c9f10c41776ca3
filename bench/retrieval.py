"""Retrieval quality on JaQuAD (recall@1/5/10: dense, sparse, hybrid), the relevance gate,
and vector-store search latency at 10k and 100k points with access filters.

Run from the repository root:

    .venv/bin/python bench/retrieval.py                       # first file, 300 questions
    .venv/bin/python bench/retrieval.py --files all --questions all
    .venv/bin/python bench/retrieval.py --skip-latency        # quality only
    .venv/bin/python bench/retrieval.py --latency-only --latency-points 10000,100000

Quality. The JaQuAD development articles (/work/shared/data/jaquad, CC BY-SA 3.0) are
written one Markdown document per article (the title as heading, paragraphs separated by
blank lines) and ingested through the real pipeline inline, so the chunks, the embedding
text and both vectors are the product's own. The questions (a fixed-seed sample, the same
one bench/embedders.py draws) are asked through ``rag.retrieval.search`` as an
organization admin, once per mode.

What counts as a hit (see ``gold_window`` and ``is_hit``): let the gold window be the
answer span with up to ``WINDOW_MARGIN`` (10) characters of its paragraph on each side,
i.e. ``context[start - 10 : start + len(answer) + 10]`` clipped to the paragraph. Both the
window and the passage text are put through ``comparable`` (NFKC, then every whitespace
character removed). A question is a hit at k when the window is a substring of one of the
top k passages' own chunk text (not its neighbours). That requires the gold answer text
AND the gold paragraph around it, so an answer string that happens to occur in another
paragraph ("1900年") does not count. A window that the chunker cut in two is found in no
chunk at all; the share of windows found in some chunk of the corpus is printed as the
ceiling of recall.

Relevance gate. Retrieval refuses ("nothing relevant") when the best dense cosine score is
below ``rag.retrieval.min_relevant_score`` (RETRIEVAL_MIN_SCORE, else the value
calibrated for the embedder). We print the share of dev questions below it (false
refusals) and of ~30 out-of-domain questions at or above it (false answers), plus a sweep
of nearby thresholds.

Latency. A separate edge store gets synthetic points: dense = random unit vectors of the
embedder's dimension, sparse = the product's BM25 document vectors of real JaQuAD
paragraphs (cycled), payloads spread over 20 organizations and 10 groups each. Queries
carry the same filter shape as ``appliance.access.access_filter`` for a member
(organization AND group_ids any of [*, g1, g2]). The synthetic vectors say nothing about
quality; they only make the engine do the work of a corpus that size.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import tempfile
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import (  # noqa: E402
    JAQUAD_DIRECTORY,
    load_average,
    machine_report,
    median,
    percentile,
    print_table,
    start_appliance,
    stop_appliance,
    stopwatch,
    warm_embedder,
)

KS = (1, 5, 10)
MODES = ("dense", "sparse", "hybrid")
WINDOW_MARGIN = 10

# Questions a user of this corpus might type that no JaQuAD article answers: everyday office
# questions (the realistic failure: asking the wrong knowledge base) and general knowledge
# far from the articles' topics (no history, railways, libraries, biology, spaceflight...).
OUT_OF_DOMAIN_QUESTIONS = [
    "来月の社員食堂のメニューを教えてください",
    "経費精算の締め日はいつですか？",
    "有給休暇は何日残っていますか",
    "会議室の予約方法を教えて",
    "VPNに接続できないときはどうすればいいですか",
    "新しいノートパソコンの申請手順は？",
    "在宅勤務手当はいくらですか",
    "健康診断の予約はどこでできますか",
    "プリンターの紙詰まりを直す方法",
    "Pythonでリストを逆順に並べ替えるには？",
    "明日の東京の天気はどうですか",
    "住宅ローンの金利を比較したい",
    "おいしいカレーの作り方を教えて",
    "確定申告の医療費控除の上限はいくら？",
    "スマートフォンの電池を長持ちさせるコツ",
    "ExcelでVLOOKUPがエラーになる原因は？",
    "猫がご飯を食べないときの対処法",
    "今年の年末調整の書類の提出期限",
    "マラソンの初心者向け練習メニュー",
    "社内Wi-Fiのパスワードは何ですか",
    "What is the deadline for submitting expense reports?",
    "How do I reset my email password?",
    "Who is the CEO of our company?",
    "How many vacation days do new employees get?",
    "What is the best way to learn Rust?",
    "How do I configure a Kubernetes ingress?",
    "What is the weather forecast for Osaka tomorrow?",
    "Recommend a good recipe for banana bread.",
    "How do I book a meeting room for next week?",
    "What is the company's policy on remote work?",
]


# ---------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------


@dataclass
class Question:
    text: str
    answer: str
    window: str  # comparable() of the answer with its surrounding context


@dataclass
class Article:
    title: str
    paragraphs: list[str]


@dataclass
class DevelopmentSet:
    articles: list[Article]
    questions: list[Question]
    files: list[str]
    candidate_count: int


def comparable(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def gold_window(context: str, answer_start: int, answer: str, margin: int = WINDOW_MARGIN) -> str:
    start = max(0, answer_start - margin)
    end = min(len(context), answer_start + len(answer) + margin)
    return comparable(context[start:end])


def is_hit(question: Question, passage_text: str) -> bool:
    return question.window in comparable(passage_text)


def load_development_set(files: str, question_count: int | None, seed: int, skip_files: int = 0) -> DevelopmentSet:
    """`files`: "all" or how many files to take in name order. Questions are sampled with
    the same procedure and seed as bench/embedders.py, so the two reports are comparable."""
    paths = sorted(JAQUAD_DIRECTORY.glob("jaquad_dev_*.json"))[skip_files:]
    if files != "all":
        paths = paths[: int(files)]
    articles: list[Article] = []
    candidates: list[Question] = []
    for path in paths:
        for article in json.loads(path.read_text(encoding="utf-8"))["data"]:
            articles.append(Article(article["title"], [p["context"] for p in article["paragraphs"]]))
            for paragraph in article["paragraphs"]:
                for qa in paragraph["qas"]:
                    answer = qa["answers"][0]
                    candidates.append(
                        Question(qa["question"], answer["text"], gold_window(paragraph["context"], answer["answer_start"], answer["text"]))
                    )
    if question_count is None or question_count >= len(candidates):
        questions = candidates
    else:
        questions = random.Random(seed).sample(candidates, question_count)
    return DevelopmentSet(articles, questions, [p.name for p in paths], len(candidates))


_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>#|])")


def article_markdown(article: Article) -> str:
    """The article as Markdown. Characters Markdown would read as syntax are backslash-escaped
    (the renderer drops the backslash), so the indexed text is the article's own text."""

    def escape(text: str) -> str:
        text = _MARKDOWN_INLINE.sub(r"\\\1", text).replace("&", "&amp;")
        # A line starting "1. " or "- " would become a list item: harmless for the text, but
        # a "1." that starts a Japanese sentence should stay a sentence.
        return re.sub(r"(?m)^(\s*)(\d+)\.", r"\1\2\\.", re.sub(r"(?m)^(\s*)([-+])", r"\1\\\2", text))

    return f"# {escape(article.title)}\n\n" + "\n\n".join(escape(p) for p in article.paragraphs) + "\n"


# ---------------------------------------------------------------------------------------
# Quality
# ---------------------------------------------------------------------------------------


@dataclass
class ModeResult:
    mode: str
    hits: dict[int, int] = field(default_factory=lambda: {k: 0 for k in KS})
    milliseconds: list[float] = field(default_factory=list)
    best_dense_scores: list[float | None] = field(default_factory=list)


def index_articles(organization: object, articles: Sequence[Article]) -> tuple[int, float, float]:
    """Ingest every article inline; returns (chunks, parse seconds, embed seconds)."""
    from ingestion.models import Document
    from ingestion.services import document_submit
    from ingestion.tasks import embed_document, parse_document

    parse_seconds = embed_seconds = 0.0
    chunks = 0
    for number, article in enumerate(articles, start=1):
        data = article_markdown(article).encode("utf-8")
        filename = re.sub(r"[\\/:]", "_", article.title) + ".md"
        submission = document_submit(organization=organization, uploaded_by=None, filename=filename, data=data, size=len(data), enqueue=False)
        document_id = str(submission.document.id)
        with stopwatch() as parse_elapsed:
            ready = parse_document.apply(args=[document_id], kwargs={"chain": False}).get()
        with stopwatch() as embed_elapsed:
            if ready:
                embed_document.apply(args=[document_id]).get()
        parse_seconds += parse_elapsed[0]
        embed_seconds += embed_elapsed[0]
        document = Document.objects.get(pk=document_id)
        if document.status != Document.Status.INDEXED:
            raise SystemExit(f"{filename} was not indexed: {document.status} {document.error}")
        chunks += document.chunk_count
        print(f"  indexed {number}/{len(articles)} {article.title}: {document.chunk_count} chunks "
              f"({parse_elapsed[0]:.1f} + {embed_elapsed[0]:.1f} s)", flush=True)
    return chunks, parse_seconds, embed_seconds


def findable_share(organization_id: int, questions: Sequence[Question]) -> float:
    """The share of gold windows that occur whole in at least one chunk: recall's ceiling."""
    from ingestion.models import Chunk

    corpus = "\u0000".join(comparable(text) for text in Chunk.objects.filter(document__organization_id=organization_id).values_list("text", flat=True))
    return sum(question.window in corpus for question in questions) / len(questions)


def evaluate_modes(actor: object, questions: Sequence[Question]) -> dict[str, ModeResult]:
    from rag.retrieval import search

    results = {mode: ModeResult(mode) for mode in MODES}
    for number, question in enumerate(questions, start=1):
        for mode in MODES:
            started = time.perf_counter()
            found = search(actor=actor, query=question.text, k=max(KS), mode=mode, expand_neighbours=False)  # type: ignore[arg-type]
            results[mode].milliseconds.append((time.perf_counter() - started) * 1000)
            results[mode].best_dense_scores.append(found.best_dense_score)
            ranks = [rank for rank, passage in enumerate(found.passages, start=1) if is_hit(question, passage.text)]
            for k in KS:
                if ranks and ranks[0] <= k:
                    results[mode].hits[k] += 1
        if number % 50 == 0:
            print(f"  asked {number}/{len(questions)} questions (load average {load_average()})", flush=True)
    return results


def best_dense_scores(actor: object, queries: Sequence[str]) -> list[float | None]:
    from rag.retrieval import search

    return [search(actor=actor, query=query, k=1, mode="dense", expand_neighbours=False).best_dense_score for query in queries]


def below(scores: Sequence[float | None], threshold: float) -> float:
    # No dense hit at all is a refusal too.
    return sum(score is None or score < threshold for score in scores) / len(scores)


def score_summary(scores: Sequence[float | None]) -> str:
    values = sorted(score for score in scores if score is not None)
    if not values:
        return "no scores"
    return (f"min {values[0]:.3f}, p5 {percentile(values, 0.05):.3f}, median {median(values):.3f}, "
            f"p95 {percentile(values, 0.95):.3f}, max {values[-1]:.3f}")


# ---------------------------------------------------------------------------------------
# Latency on synthetic points
# ---------------------------------------------------------------------------------------

ORGANIZATIONS = 20
GROUPS_PER_ORGANIZATION = 10
ORGANIZATION_WIDE_SHARE = 0.4


@dataclass
class LatencyRow:
    points: int
    phase: str
    mode: str
    p50: float
    p95: float


def synthetic_points(first: int, count: int, dimension: int, sparse_vectors: Sequence[tuple[list[int], list[float]]]) -> list:
    """Points number `first` .. `first + count - 1` (ids and payloads depend on the number only)."""
    import numpy as np

    from appliance.access import ORGANIZATION_WIDE
    from appliance.components.vectorstore import Point, SparseVector, point_id

    generator = np.random.default_rng(first)
    choice = random.Random(first)
    dense = generator.standard_normal((count, dimension)).astype(np.float32)
    dense /= np.linalg.norm(dense, axis=1, keepdims=True)
    points = []
    for offset in range(count):
        index = first + offset
        organization = choice.randrange(ORGANIZATIONS)
        if choice.random() < ORGANIZATION_WIDE_SHARE:
            group_ids = [ORGANIZATION_WIDE]
        else:
            group_ids = sorted({str(organization * 100 + choice.randrange(GROUPS_PER_ORGANIZATION)) for _ in range(choice.randint(1, 2))})
        indices, values = sparse_vectors[index % len(sparse_vectors)]
        document = index // 20  # 20 chunks a document, like a mid-size PDF
        points.append(
            Point(
                id=point_id(f"synthetic-{document}/1", index % 20),
                dense=dense[offset].tolist(),
                sparse=SparseVector(indices=indices, values=values),
                payload={
                    "organization_id": str(organization),
                    "group_ids": group_ids,
                    "document_id": f"synthetic-{document}",
                    "generation": 1,
                    "order": index % 20,
                    "page": None,
                },
            )
        )
    return points


def member_filter(choice: random.Random) -> object:
    """The filter access_filter builds for a member of two groups, on synthetic ids."""
    from appliance.access import ORGANIZATION_WIDE
    from appliance.components.vectorstore import And, MatchAny, MatchValue

    organization = choice.randrange(ORGANIZATIONS)
    groups = [str(organization * 100 + g) for g in choice.sample(range(GROUPS_PER_ORGANIZATION), 2)]
    return And([MatchValue(key="organization_id", value=str(organization)), MatchAny(key="group_ids", values=[ORGANIZATION_WIDE, *groups])])


def time_queries(store: object, name: str, dimension: int, query_sparse: Sequence[tuple[list[int], list[float]]], queries: int, seed: int) -> dict[str, tuple[float, float]]:
    import numpy as np

    from appliance.components.vectorstore import SparseVector

    generator = np.random.default_rng(seed)
    choice = random.Random(seed)
    timings: dict[str, tuple[float, float]] = {}
    for mode in MODES:
        milliseconds = []
        for index in range(queries + 10):  # the first ten warm caches and are not counted
            dense = generator.standard_normal(dimension).astype(np.float32)
            dense /= np.linalg.norm(dense)
            indices, values = query_sparse[index % len(query_sparse)]
            flt = member_filter(choice)
            started = time.perf_counter()
            store.search(  # type: ignore[attr-defined]
                name,
                dense=dense.tolist() if mode != "sparse" else None,
                sparse=SparseVector(indices=indices, values=values) if mode != "dense" else None,
                flt=flt, limit=30, mode=mode,
            )
            if index >= 10:
                milliseconds.append((time.perf_counter() - started) * 1000)
        timings[mode] = (median(milliseconds), percentile(milliseconds, 0.95))
    return timings


def measure_latency(sizes: Sequence[int], queries: int, dimension: int) -> tuple[list[LatencyRow], list[str]]:
    from appliance.access import payload
    from appliance.components.vectorstore import build_vector_store
    from appliance.text.japanese import sparse_document_vector, sparse_query_vector

    notes: list[str] = []
    every = load_development_set("all", None, 0)
    paragraphs = [p for article in every.articles for p in article.paragraphs]
    with stopwatch() as elapsed:
        document_sparse = [sparse_document_vector(p) for p in paragraphs]
        query_sparse = [v for v in (sparse_query_vector(q.text) for q in every.questions[:500]) if v[0]]
    print(f"  Sudachi sparse vectors for {len(paragraphs)} paragraphs and {len(query_sparse)} questions in {elapsed[0]:.1f} s", flush=True)

    rows: list[LatencyRow] = []
    directory = Path(tempfile.mkdtemp(prefix="bench-latency-"))
    store = build_vector_store("edge", path=str(directory), url=None, api_key=None)
    try:
        for size in sizes:
            name = f"synthetic_{size}"
            store.ensure_collection(name, dimension, keyword_fields=payload.KEYWORD_INDEXED_FIELDS, tenant_field=payload.TENANT_FIELD)
            with stopwatch() as elapsed:
                for start in range(0, size, 2000):
                    store.upsert(name, synthetic_points(start, min(2000, size - start), dimension, document_sparse))
            notes.append(f"{size:,} points: upserted in {elapsed[0]:.0f} s")
            print(f"  {notes[-1]} (count {store.count(name):,})", flush=True)
            for mode, (p50, p95) in time_queries(store, name, dimension, query_sparse, queries, seed=size).items():
                rows.append(LatencyRow(size, "before optimize", mode, p50, p95))
            with stopwatch() as elapsed:
                store.optimize(name)
            notes.append(f"{size:,} points: optimize() took {elapsed[0]:.0f} s")
            print(f"  {notes[-1]}", flush=True)
            for mode, (p50, p95) in time_queries(store, name, dimension, query_sparse, queries, seed=size + 1).items():
                rows.append(LatencyRow(size, "after optimize", mode, p50, p95))
            store.drop_collection(name)
    finally:
        store.close()
        shutil.rmtree(directory, ignore_errors=True)
    return rows, notes


# ---------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", default="1", help='how many JaQuAD dev files to index, or "all" (default 1)')
    parser.add_argument("--questions", default="300", help='how many questions to sample, or "all" (default 300)')
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--skip-files", type=int, default=0, help="start after this many files (a held-out set: the fusion was tuned on the first)")
    parser.add_argument("--latency-points", default="10000,100000", help="synthetic store sizes (default 10000,100000)")
    parser.add_argument("--latency-queries", type=int, default=200, help="timed queries per mode and phase (default 200)")
    parser.add_argument("--skip-latency", action="store_true")
    parser.add_argument("--latency-only", action="store_true")
    parser.add_argument("--markdown", action="store_true", help="also print the tables as markdown")
    parser.add_argument("--keep", action="store_true", help="keep the temporary appliance home")
    parser.add_argument("--embedder", choices=("e5-small-torch", "e5-small", "use-multilingual"), help="EMBEDDER_LOCAL_MODEL (default: the settings' default)")
    parser.add_argument("--chunk-tokens", type=int, help="CHUNK_MAX_TOKENS (default: the settings' default)")
    arguments = parser.parse_args()
    question_count = None if arguments.questions == "all" else int(arguments.questions)

    environment = {}
    if arguments.embedder:
        environment["EMBEDDER_LOCAL_MODEL"] = arguments.embedder
    if arguments.chunk_tokens:
        environment["CHUNK_MAX_TOKENS"] = str(arguments.chunk_tokens)
    home = start_appliance(extra_environment=environment)
    try:
        from django.conf import settings

        from appliance import components
        from appliance.tenancy.selectors import Actor
        from appliance.tenancy.services import organization_create
        from rag.retrieval import min_relevant_score

        print(f"machine: {machine_report()}")
        embedder = components.embedder()
        warm_embedder()

        if not arguments.latency_only:
            data = load_development_set(arguments.files, question_count, arguments.seed, arguments.skip_files)
            paragraph_count = sum(len(article.paragraphs) for article in data.articles)
            print(f"JaQuAD dev {', '.join(data.files)}: {len(data.articles)} articles, {paragraph_count} paragraphs, "
                  f"{len(data.questions)} of {data.candidate_count} questions (seed {arguments.seed}); embedder {embedder.name}, "
                  f"chunks of at most {settings.CHUNK_MAX_TOKENS} tokens")
            organization, _ = organization_create(slug="jaquad", name="JaQuAD")
            # As `manage.py search --org jaquad` does without --user: an organization admin.
            actor = Actor(user_id=0, username="(bench)", organization_id=organization.id, organization_slug=organization.slug,
                          is_admin=True, group_ids=frozenset())
            with stopwatch() as elapsed:
                chunks, parse_seconds, embed_seconds = index_articles(organization, data.articles)
            print(f"indexed {chunks} chunks in {elapsed[0]:.0f} s (parse {parse_seconds:.0f} s, embed {embed_seconds:.0f} s, "
                  f"{chunks / embed_seconds:.2f} chunks/s embedding)")
            ceiling = findable_share(organization.id, data.questions)

            results = evaluate_modes(actor, data.questions)
            total = len(data.questions)
            rows = [
                [mode, *(f"{results[mode].hits[k] / total:.3f}" for k in KS),
                 f"{median(results[mode].milliseconds):.0f}", f"{percentile(results[mode].milliseconds, 0.95):.0f}"]
                for mode in MODES
            ]
            print_table(
                f"Recall on JaQuAD ({total} questions, {chunks} chunks; hit = gold answer with {WINDOW_MARGIN} chars of its "
                f"paragraph each side inside a top-k chunk; ceiling {ceiling:.3f} = share of gold windows found whole in some chunk). "
                f"Search ms = rag.retrieval.search end to end (query embedding, store, SQLite), on this corpus.",
                ["mode", *(f"R@{k}" for k in KS), "search ms p50", "p95"], rows, arguments.markdown,
            )

            threshold = min_relevant_score(embedder.name)
            in_domain = results["dense"].best_dense_scores
            out_of_domain = best_dense_scores(actor, OUT_OF_DOMAIN_QUESTIONS)
            print(f"\nRelevance gate: threshold {threshold:.3f} (min_relevant_score('{embedder.name}'))")
            print(f"  dev questions      best dense score: {score_summary(in_domain)}")
            print(f"  out-of-domain ({len(out_of_domain)}) best dense score: {score_summary(out_of_domain)}")
            sweep = sorted({round(threshold + step, 3) for step in (-0.04, -0.03, -0.02, -0.01, 0.0, 0.01, 0.02)})
            rows = [
                [f"{value:.3f}" + (" (current)" if abs(value - threshold) < 1e-9 else ""),
                 f"{below(in_domain, value):.1%}", f"{1 - below(out_of_domain, value):.1%}"]
                for value in sweep
            ]
            print_table(
                "Threshold sweep: false refusals = dev questions whose best dense score is below the threshold; "
                "false answers = out-of-domain questions at or above it",
                ["threshold", "false refusals (dev)", "false answers (out-of-domain)"], rows, arguments.markdown,
            )
            answered = [q for q, s in zip(OUT_OF_DOMAIN_QUESTIONS, out_of_domain) if s is not None and s >= threshold]
            if answered:
                print("  out-of-domain questions that pass the gate: " + "; ".join(answered))

        if not arguments.skip_latency:
            sizes = [int(size) for size in arguments.latency_points.split(",") if size]
            print(f"\nLatency on SYNTHETIC points (random {embedder.dimension}-d unit vectors + real JaQuAD sparse vectors; "
                  "latency only, says nothing about quality)")
            latency_rows, notes = measure_latency(sizes, arguments.latency_queries, embedder.dimension)
            rows = [[f"{row.points:,}", row.phase, row.mode, f"{row.p50:.2f}", f"{row.p95:.2f}"] for row in latency_rows]
            print_table(
                f"QdrantEdgeStore.search, limit 30, filter organization AND group_ids any [*, g1, g2]; "
                f"{ORGANIZATIONS} organizations x {GROUPS_PER_ORGANIZATION} groups, {ORGANIZATION_WIDE_SHARE:.0%} of points "
                f"organization-wide; {arguments.latency_queries} queries per row (milliseconds)",
                ["points", "phase", "mode", "p50 ms", "p95 ms"], rows, arguments.markdown,
            )
            for note in notes:
                print(f"  {note}")
        print(f"\nload average at the end: {load_average()}")
    finally:
        stop_appliance(home, keep=arguments.keep)


if __name__ == "__main__":
    main()
