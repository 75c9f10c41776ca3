"""Answer generation: time to first token, decode tokens/s, and answer accuracy.

Run from the repository root:

    .venv/bin/python bench/answer.py                         # embedded llama.cpp, 1 thread
    .venv/bin/python bench/answer.py --threads 2 --model var/models/other.gguf
    .venv/bin/python bench/answer.py --url http://gpu-host:8000/v1 --hardware "1x H100 80GB, vLLM 0.x"

By default the embedded llama.cpp server (appliance.components.llm.server.EmbeddedLLMServer, the one
`manage.py serve` supervises) is started on a free port with the packaged model from
/work/main/var (``--model`` or ``--home`` to change it); ``--url`` measures any running
OpenAI-compatible server instead. Everything goes through appliance.components.llm.gateway.LLMGateway.

Two parts, in one throwaway embedded appliance (SQLite, edge vector store, local embedder):

1. Timing. ``--prompts`` (10) Japanese RAG prompts built with rag.answering.
   build_messages from three real JaQuAD paragraphs each (the question's own paragraph and
   two others of its article, in shuffled order; CC BY-SA 3.0). Streamed with
   ``max_tokens`` = ``--max-tokens``. Per prompt: prompt size in tokens, time to first
   token (TTFT: request sent to first text delta), decode rate.
   Token counts: the gateway reads only the text deltas of the stream (it asks for no
   usage), so generated tokens are counted as text deltas. llama.cpp sends one delta per
   token, except that a token ending inside a multi-byte character is held back and sent
   with the next, so deltas slightly undercount Japanese tokens; where the server offers
   llama.cpp's /extras/tokenize, the answer is re-tokenized and that count is shown beside.
   The prompt size is the server's own ``usage.prompt_tokens`` from a second, non-streamed
   request for one token with the same messages (its prompt is a cached prefix by then).
2. Accuracy. The demo documents (deploy/demo-documents) are ingested through the real
   pipeline inline, then every question of tests/data/internal_qa.jsonl is answered end to
   end with rag.answering.answer_stream as an organization admin (retrieval, the
   relevance gate, the prompt, the model, citation mapping). An answer is right when it
   contains one expected substring ("answer_any", else "any") after NFKC normalisation and
   whitespace removal, as `manage.py evaluate --answers` judges. TTFT here includes
   retrieval.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import socket
import sys
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import (  # noqa: E402
    JAQUAD_DIRECTORY,
    REPOSITORY_ROOT,
    cpu_model,
    load_average,
    machine_report,
    median,
    percentile,
    print_table,
    start_appliance,
    stop_appliance,
    stopwatch,
)

DEFAULT_HOME = REPOSITORY_ROOT / "var"
DEMO_DOCUMENTS = REPOSITORY_ROOT / "deploy" / "demo-documents"
INTERNAL_QA = REPOSITORY_ROOT / "tests" / "data" / "internal_qa.jsonl"
SERVER_START_TIMEOUT = 180.0


def comparable(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def contains_any(text: str, expected: Sequence[str]) -> bool:
    haystack = comparable(text)
    return any(comparable(needle) and comparable(needle) in haystack for needle in expected)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def server_root(url: str) -> str:
    return re.sub(r"/v1/?$", "", url.rstrip("/"))


def wait_until_ready(url: str, timeout: float) -> list[str]:
    import httpx

    deadline = time.monotonic() + timeout
    last_error = ""
    while time.monotonic() < deadline:
        try:
            response = httpx.get(url.rstrip("/") + "/models", timeout=5, trust_env=False)
            if response.status_code == 200:
                return [model.get("id") for model in response.json().get("data", [])]
            last_error = f"HTTP {response.status_code}"
        except httpx.HTTPError as error:
            last_error = f"{type(error).__name__}: {error}"
        time.sleep(1)
    raise SystemExit(f"the LLM server at {url} did not answer within {timeout:.0f} s ({last_error})")


# ---------------------------------------------------------------------------------------
# Prompts
# ---------------------------------------------------------------------------------------


@dataclass
class TimingPrompt:
    question: str
    expected: str
    messages: list[dict[str, str]]


def jaquad_prompts(count: int, seed: int) -> list[TimingPrompt]:
    from rag.prompts import build_messages
    from rag.retrieval import Passage

    choice = random.Random(seed)
    articles = json.loads((JAQUAD_DIRECTORY / "jaquad_dev_0000.json").read_text(encoding="utf-8"))["data"]
    candidates = [
        (article, index, qa)
        for article in articles
        if len(article["paragraphs"]) >= 3
        for index, paragraph in enumerate(article["paragraphs"])
        for qa in paragraph["qas"]
    ]
    prompts = []
    for article, index, qa in choice.sample(candidates, count):
        others = choice.sample([i for i in range(len(article["paragraphs"])) if i != index], 2)
        order = [index, *others]
        choice.shuffle(order)
        passages = [
            Passage(
                document_id=f"jaquad-{article['title']}", title=article["title"], filename=f"{article['title']}.md",
                page=None, score=0.0, text=article["paragraphs"][i]["context"], order=i,
                context=article["paragraphs"][i]["context"],
            )
            for i in order
        ]
        prompts.append(TimingPrompt(qa["question"], qa["answers"][0]["text"], build_messages(question=qa["question"], passages=passages, language="ja")))
    return prompts


# ---------------------------------------------------------------------------------------
# Measurement
# ---------------------------------------------------------------------------------------


@dataclass
class Timing:
    ttft: float
    deltas: int
    decode_seconds: float
    text: str
    prompt_tokens: int | None = None
    retokenized: int | None = None

    @property
    def decode_rate(self) -> float | None:
        # The first delta ends the prefill; the rate is over the deltas after it.
        return (self.deltas - 1) / self.decode_seconds if self.deltas > 1 and self.decode_seconds > 0 else None


def stream_timed(messages: list[dict[str, str]], max_tokens: int) -> Timing:
    from appliance import components

    started = time.perf_counter()
    first = last = None
    parts: list[str] = []
    with components.llm().stream_chat(messages, max_tokens=max_tokens, temperature=0.1) as stream:
        for delta in stream:
            last = time.perf_counter()
            if first is None:
                first = last
            parts.append(delta)
    if first is None or last is None:
        raise SystemExit("the model returned an empty answer")
    return Timing(ttft=first - started, deltas=len(parts), decode_seconds=last - first, text="".join(parts))


def prompt_tokens(url: str, model: str, messages: list[dict[str, str]]) -> int | None:
    import httpx

    try:
        response = httpx.post(
            url.rstrip("/") + "/chat/completions",
            json={"model": model, "messages": messages, "max_tokens": 1, "temperature": 0.0},
            timeout=300, trust_env=False,
        )
        return int(response.json()["usage"]["prompt_tokens"])
    except (httpx.HTTPError, KeyError, TypeError, ValueError):
        return None


def retokenized_count(url: str, text: str) -> int | None:
    """llama.cpp's own tokenizer on the answer text; None where the server has no such call."""
    import httpx

    try:
        response = httpx.post(server_root(url) + "/extras/tokenize", json={"input": text}, timeout=30, trust_env=False)
        if response.status_code != 200:
            return None
        return len(response.json()["tokens"])
    except (httpx.HTTPError, KeyError, ValueError):
        return None


def ingest_demo_documents(organization: object, directory: Path = DEMO_DOCUMENTS) -> tuple[int, int, float]:
    """The demo documents (or another directory's), each through the real pipeline inline;
    files in a sub-directory are shared with the group of that name, as `manage.py demo`
    does. A README.md is the directory's notice and a Python script the tool that made the
    documents (tests/data/slides/make_slides.py): neither is a document."""
    from appliance.tenancy.services import group_create
    from ingestion.models import Document
    from ingestion.services import document_submit
    from ingestion.tasks import run_inline

    documents = chunks = 0
    with stopwatch() as elapsed:
        for path in sorted(p for p in directory.rglob("*") if p.is_file() and p.name != "README.md" and p.suffix != ".py"):
            groups = [group_create(organization=organization, name=path.parent.name)[0]] if path.parent != directory else []
            data = path.read_bytes()
            submission = document_submit(organization=organization, uploaded_by=None, filename=path.name, data=data,
                                         size=len(data), groups=groups, enqueue=False)
            document_id = str(submission.document.id)
            run_inline(document_id)
            document = Document.objects.get(pk=document_id)
            print(f"  {path.relative_to(directory)}: {document.status}, {document.chunk_count} chunks", flush=True)
            documents += 1
            chunks += document.chunk_count
    return documents, chunks, elapsed[0]


@dataclass
class QAResult:
    identifier: str
    question: str
    answer: str
    right: bool
    refused: bool  # the relevance gate refused: the model was not called
    said_not_found: bool  # the answer says the documents do not hold it (gate or model)
    grounded: bool
    ttft: float | None
    total: float


def answer_internal_questions(actor: object) -> list[QAResult]:
    from rag.answering import answer_stream
    from rag.prompts import NOT_FOUND

    results = []
    for line in INTERNAL_QA.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        started = time.perf_counter()
        first = None
        done: dict = {}
        for event in answer_stream(actor=actor, question=item["q"]):
            if event["type"] == "delta" and first is None:
                first = time.perf_counter()
            if event["type"] == "done":
                done = event
        total = time.perf_counter() - started
        refused = bool(done.get("refused"))
        answer = done.get("answer", "")
        result = QAResult(
            identifier=item.get("id", ""), question=item["q"], answer=answer,
            right=contains_any(answer, item.get("answer_any") or item["any"]),
            refused=refused, said_not_found=refused or "記載がありません" in answer or comparable(NOT_FOUND["ja"]) in comparable(answer),
            grounded=bool(done.get("grounded")),
            ttft=None if refused else (first - started if first else None), total=total,
        )
        results.append(result)
        mark = "ok   " if result.right else ("nofnd" if result.said_not_found else "wrong")
        print(f"  {mark} {result.identifier}: {item['q']} -> {' '.join(answer.split())[:100]}", flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an already running OpenAI-compatible server, e.g. http://host:8000/v1")
    parser.add_argument("--llm-model", help="model name to request from --url (default: the first it lists)")
    parser.add_argument("--hardware", help="what serves --url, for the report (e.g. '1x H100, vLLM')")
    parser.add_argument("--home", type=Path, default=DEFAULT_HOME, help="appliance home holding models/ (default var/)")
    parser.add_argument("--model", type=Path, help="GGUF file for the embedded server (default: the packaged model in --home)")
    parser.add_argument("--threads", type=int, default=1, help="llama.cpp threads for the embedded server (default 1)")
    parser.add_argument("--context", type=int, default=4096, help="context window of the embedded server (default 4096)")
    parser.add_argument("--prompts", type=int, default=10, help="timed JaQuAD RAG prompts (default 10)")
    parser.add_argument("--max-tokens", type=int, default=256, help="max_tokens of the timed prompts (default 256)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--skip-accuracy", action="store_true", help="skip the demo-document questions")
    parser.add_argument("--markdown", action="store_true", help="also print the tables as markdown")
    parser.add_argument("--keep", action="store_true", help="keep the temporary appliance home")
    arguments = parser.parse_args()

    if arguments.url:
        url = arguments.url.rstrip("/")
        model_name = arguments.llm_model or (wait_until_ready(url, 10) or ["default"])[0]
        hardware = arguments.hardware or f"remote server at {url} (hardware not given: pass --hardware)"
    else:
        url = f"http://127.0.0.1:{free_port()}/v1"
        model_name = "qwen2.5-coder-0.5b-instruct"
        hardware = f"{cpu_model()}, llama.cpp with {arguments.threads} thread(s) (embedded server)"

    home = start_appliance(extra_environment={"LLM_URLS": url, "LLM_MODEL": model_name})
    server = None
    try:
        from appliance.components.llm.model_assets import model_path
        from appliance.tenancy.selectors import Actor
        from appliance.tenancy.services import organization_create

        print(f"machine: {machine_report()}")
        organization, _ = organization_create(slug="demo", name="デモ株式会社")
        actor = Actor(user_id=0, username="(bench)", organization_id=organization.id, organization_slug=organization.slug,
                      is_admin=True, group_ids=frozenset())
        if not arguments.skip_accuracy:
            # Before the server starts, so the embedder does not share the cores with it.
            documents, chunks, seconds = ingest_demo_documents(organization)
            print(f"demo documents: {documents} files, {chunks} chunks, ingested in {seconds:.0f} s")

        if not arguments.url:
            from appliance.components.llm.server import EmbeddedLLMServer

            gguf = arguments.model or model_path(arguments.home)
            if not gguf.exists():
                raise SystemExit(f"no model at {gguf}; run `python -m appliance.components.llm.model_assets --home var` or pass --model")
            port = int(url.rsplit(":", 1)[1].split("/")[0])
            server = EmbeddedLLMServer(model_path=gguf, port=port, threads=arguments.threads, alias=model_name, context=arguments.context)
            with stopwatch() as elapsed:
                server.start(log=print)
                wait_until_ready(url, SERVER_START_TIMEOUT)
            print(f"llama.cpp server ready in {elapsed[0]:.1f} s ({gguf.name}, n_ctx {arguments.context}); log in {home}/llm.log")
        print(f"model: {model_name}; hardware: {hardware}")

        # One untimed request: the first one pays for page faults of the weights.
        stream_timed([{"role": "user", "content": "こんにちは"}], max_tokens=8)

        prompts = jaquad_prompts(arguments.prompts, arguments.seed)
        timings: list[Timing] = []
        right = 0
        for number, prompt in enumerate(prompts, start=1):
            timing = stream_timed(prompt.messages, arguments.max_tokens)
            timing.prompt_tokens = prompt_tokens(url, model_name, prompt.messages)
            timing.retokenized = retokenized_count(url, timing.text)
            timings.append(timing)
            correct = contains_any(timing.text, [prompt.expected])
            right += correct
            rate = f"{timing.decode_rate:.1f}" if timing.decode_rate else "-"
            print(f"  {number:>2}. prompt {timing.prompt_tokens} tok, TTFT {timing.ttft:.2f} s, {timing.deltas} deltas "
                  f"({timing.retokenized} tokens re-tokenized), {rate} deltas/s, expected {prompt.expected!r}: "
                  f"{'found' if correct else 'missing'} (load {load_average()})", flush=True)

        ttfts = [t.ttft for t in timings]
        rates = [t.decode_rate for t in timings if t.decode_rate]
        sizes = [t.prompt_tokens for t in timings if t.prompt_tokens]
        prefill = [t.prompt_tokens / t.ttft for t in timings if t.prompt_tokens and t.ttft > 0]
        retokenized_rates = [(t.retokenized - 1) / t.decode_seconds for t in timings if t.retokenized and t.retokenized > 1 and t.decode_seconds > 0]
        rows = [
            ["time to first token (s)", f"{median(ttfts):.2f}", f"{percentile(ttfts, 0.95):.2f}"],
            ["decode, text deltas/s", f"{median(rates):.1f}", f"{percentile(rates, 0.05):.1f} (p5, slowest)"],
        ]
        if retokenized_rates:
            rows.append(["decode, re-tokenized tokens/s", f"{median(retokenized_rates):.1f}", f"{percentile(retokenized_rates, 0.05):.1f} (p5, slowest)"])
        rows += [
            ["prompt size (tokens, server usage)", f"{median(sizes):.0f}" if sizes else "-", f"{percentile(sizes, 0.95):.0f}" if sizes else "-"],
            ["prefill (prompt tokens / TTFT)", f"{median(prefill):.0f}/s" if prefill else "-", f"{percentile(prefill, 0.05):.0f}/s (p5)" if prefill else "-"],
            ["answer length (deltas)", f"{median([t.deltas for t in timings]):.0f}", f"{percentile([t.deltas for t in timings], 0.95):.0f}"],
        ]
        print_table(
            f"{len(timings)} JaQuAD RAG prompts (3 passages each, build_messages), max_tokens {arguments.max_tokens}, "
            f"streamed through LLMGateway; {hardware}. Expected answer span found in {right}/{len(timings)} answers.",
            ["measure", "p50", "p95"], rows, arguments.markdown,
        )

        if not arguments.skip_accuracy:
            print(f"\nDemo-document questions ({INTERNAL_QA.relative_to(REPOSITORY_ROOT)}), answering.answer_stream end to end:")
            results = answer_internal_questions(actor)
            answered = [r for r in results if not r.refused]
            qa_ttfts = [r.ttft for r in answered if r.ttft is not None]
            rows = [
                ["answer accuracy (expected substring)", f"{sum(r.right for r in results)}/{len(results)} = {sum(r.right for r in results) / len(results):.1%}"],
                ["refused by the relevance gate (model not called)", f"{sum(r.refused for r in results)}"],
                ["answer says the documents do not hold it", f"{sum(r.said_not_found for r in results)}"],
                ["grounded (cites a passage)", f"{sum(r.grounded for r in answered)}/{len(answered)}"],
                ["TTFT incl. retrieval p50 / p95 (s)", f"{median(qa_ttfts):.2f} / {percentile(qa_ttfts, 0.95):.2f}" if qa_ttfts else "-"],
                ["whole answer p50 / p95 (s)", f"{median([r.total for r in results]):.1f} / {percentile([r.total for r in results], 0.95):.1f}"],
            ]
            print_table(f"Answer accuracy on the demo documents; {hardware}", ["measure", "value"], rows, arguments.markdown)
            wrong = [r for r in results if not r.right]
            if wrong:
                print("  wrong or refused: " + ", ".join(r.identifier for r in wrong))
        print(f"\nload average at the end: {load_average()}")
    finally:
        if server is not None:
            server.stop()
        stop_appliance(home, keep=arguments.keep)


if __name__ == "__main__":
    main()
