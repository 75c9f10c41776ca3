"""A specialist trained in the appliance: training cost, answer accuracy base vs adapter, and
the LoRA's cost in generation speed on llama.cpp.

Run from the repository root (after `make install` and `make train-deps`):

    .venv/bin/python bench/adapters.py                    # train (2 epochs), then measure
    .venv/bin/python bench/adapters.py --max-steps 4      # a short measured training run
    .venv/bin/python bench/adapters.py --adapter DIR      # measure an adapter trained before

The data is bench/data/総務FAQ.csv: 104 Japanese question/answer pairs (52 facts of a fictional
company's general-affairs desk, each asked two ways) written for this bench, with facts in no
other demo document and a house style (「総務ヘルプデスクです。…（総務課・内線2200）」). A
fixed quarter of the pairs is held back from training (specialists.training.split_held_back);
most held-back questions have their other phrasing in the training part.

1. Training: specialists.training.train_lora on the served model (the packaged GGUF
   dequantised once into var/models/…-hf), rank 8 on every projection, batch 4: seconds,
   tokens/s (every token through the model), and the whole run's projected time.
2. Accuracy on the held-back quarter, in a throwaway embedded appliance with the adapter
   registered as a specialist and served by the embedded llama.cpp server:
   * without retrieval: the question alone to the model, with and without the adapter;
   * with retrieval: the FAQ sheet ingested as the organization's document, answered end to
     end by rag.answering.answer_question with the base route and the specialist's route.
   An answer is right when it holds the pair's key fact (「B2」, 「1,500円」…) as `evaluate`
   judges; "style" counts answers in the house style.
3. Generation speed, base vs LoRA, on llama-cpp-python's server (the adapter as a model of
   its own) and, when built, llama.cpp's llama-server (per request, by id): decode tokens/s
   of --samples non-streamed answers of 64 tokens each.
"""

from __future__ import annotations

import argparse
import csv
import socket
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import REPOSITORY_ROOT, machine_report, median, print_table, start_appliance, stop_appliance  # noqa: E402

FAQ = REPOSITORY_ROOT / "bench" / "data" / "総務FAQ.csv"
STYLE = "総務ヘルプデスクです"
SYSTEM = "あなたはデモ株式会社の社内アシスタントです。社員の質問に日本語で簡潔に答えてください。"
ALIAS = "qwen2.5-coder-0.5b-instruct"
SPEED_PROMPT = "会社の備品の借り方について、社員向けに詳しく説明してください。"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_ready(url: str, timeout: float = 300) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/models", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"the model server at {url} did not answer within {timeout:g} s")


def read_faq() -> list[dict[str, str]]:
    with open(FAQ, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def decode_speed(url: str, fields: dict[str, Any], samples: int) -> float:
    """Median decode tokens/s of non-streamed answers (the first, a warm-up, not counted)."""
    import httpx

    rates = []
    for index in range(samples + 1):
        payload = {"model": ALIAS, "messages": [{"role": "user", "content": SPEED_PROMPT}], "max_tokens": 64, "temperature": 0.0, **fields}
        started = time.monotonic()
        reply = httpx.post(f"{url}/chat/completions", json=payload, timeout=600).json()
        elapsed = time.monotonic() - started
        if index:
            rates.append(reply["usage"]["completion_tokens"] / elapsed)
    return median(rates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--adapter", type=Path, help="a PEFT folder trained before (skips training)")
    parser.add_argument("--base", type=Path, default=REPOSITORY_ROOT / "var" / "models" / "qwen2.5-coder-0.5b-instruct-q4_k_m-hf")
    parser.add_argument("--epochs", type=float, default=2.0)
    parser.add_argument("--max-steps", type=int, help="a short measured run: train this many steps only")
    parser.add_argument("--threads", type=int, default=2, help="torch threads for training, llama.cpp threads for answers")
    parser.add_argument("--samples", type=int, default=4, help="answers per speed measurement")
    parser.add_argument("--server-binary", type=Path, default=REPOSITORY_ROOT / ".venv" / "bin" / "llama-server")
    parser.add_argument("--output", type=Path, default=REPOSITORY_ROOT / "var" / "bench-adapter", help="where the trained adapter is kept")
    parser.add_argument("--skip-retrieval", action="store_true")
    parser.add_argument("--questions", type=int, help="ask only the first N held-back questions (a quick look)")
    parser.add_argument("--markdown", action="store_true")
    arguments = parser.parse_args()

    port = free_port()
    url = f"http://127.0.0.1:{port}/v1"
    home = start_appliance(extra_environment={"LLM_URLS": url, "LLM_MODEL": ALIAS})
    server = None
    try:
        from appliance import components
        from appliance.components.llm.adapters import lora_request_fields
        from appliance.components.llm.model_assets import model_path
        from appliance.components.llm.server import EmbeddedLLMServer
        from appliance.tenancy.models import Membership
        from appliance.tenancy.selectors import actor_get
        from appliance.tenancy.services import organization_create, user_create
        from ingestion.services import document_submit
        from ingestion.tasks import run_inline
        from rag.answering import answer_question
        from rag.management.commands.evaluate import contains_any
        from specialists import adapters, training
        from specialists.routing import Route, route
        from specialists.services import manifest_sync, specialist_register

        print(machine_report())
        rows = read_faq()
        examples = [training._pair(row["質問"], row["回答"]) for row in rows]
        keys = {row["質問"]: row["要点"] for row in rows}
        train, held = training.split_held_back(examples, fraction=0.25)
        print(f"\n{len(examples)} pairs: {len(train)} to train on, {len(held)} held back")
        asked = held[: arguments.questions] if arguments.questions else held

        gguf_source = model_path(REPOSITORY_ROOT / "var")
        base_dir = training.ensure_base_dir(arguments.base, gguf=gguf_source)
        peft_dir = arguments.adapter or arguments.output / "peft"
        if arguments.adapter is None:
            report = training.train_lora(
                examples=train, base_dir=base_dir, output_dir=peft_dir,
                options=training.TrainingOptions(epochs=arguments.epochs, max_steps=arguments.max_steps, threads=arguments.threads),
                progress=lambda step, steps, loss, eta: print(f"  step {step}/{steps} loss {loss:.3f} ETA {eta / 60:.1f} min", flush=True),
            )
            gguf = arguments.output / "adapter.gguf"
            report.gguf_converter = training.convert_to_gguf(adapter_dir=peft_dir, base_dir=base_dir, output=gguf)
            print_table(
                "Training (LoRA r=8 on q,k,v,o,gate,up,down; batch 4)",
                ["examples", "steps", "planned steps", "seconds", "tokens/s", "projected whole run", "bf16", "GGUF by"],
                [[report.examples, report.steps, report.planned_steps, f"{report.seconds:.0f}", f"{report.tokens_per_second:.0f}",
                  f"{report.projected_seconds / 60:.1f} min", report.bf16, report.gguf_converter]],
                arguments.markdown,
            )
            if report.steps < report.planned_steps:
                print(f"(a short measured run: {report.steps} of {report.planned_steps} steps; the accuracy below is of this partly trained adapter)")
        else:
            gguf = arguments.output / "adapter.gguf"
            training.convert_to_gguf(adapter_dir=peft_dir, base_dir=base_dir, output=gguf)

        organization, _ = organization_create(slug="bench", name="ベンチ株式会社")
        admin, _ = user_create(username="bench-admin", organization=organization, role=Membership.Role.ADMIN, password="bench-password-1234")
        other, _ = organization_create(slug="other", name="別会社")
        outsider, _ = user_create(username="outsider", organization=other, password="bench-password-1234")
        actor = actor_get(user=admin, organization=organization)
        adapter = adapters.validate(
            (peft_dir / adapters.CONFIG_NAME).read_bytes(), (peft_dir / adapters.WEIGHTS_NAME).read_bytes(),
            max_rank=64, base=adapters.base_for_model(ALIAS),
        )
        specialist = specialist_register(
            actor=actor, name="総務アシスタント", examples=[m[0]["content"] for m in train[::4]][:20],
            adapter=adapter, source="trained", gguf=gguf, make_default=True,
        )
        manifest_sync()  # on_commit does not run outside a transaction here
        server = EmbeddedLLMServer(model_path=gguf_source, port=port, threads=arguments.threads, alias=ALIAS, context=2048)
        server.start(log=print)
        wait_until_ready(url)
        components.reset()
        gateway = components.llm()

        outsider_route = route(actor=actor_get(user=outsider, organization=other), question=held[0][0]["content"])
        print(f"\nanother organization asking {held[0][0]['content']!r}: route {outsider_route.rule}, adapter {outsider_route.adapter}")

        results: dict[str, list[tuple[bool, bool]]] = {}
        for label, served in (("base", None), ("adapter", specialist.served_name)):
            outcomes = []
            for messages in asked:
                question = messages[0]["content"]
                text = gateway.chat([{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}], max_tokens=96, temperature=0.0, adapter=served)
                outcomes.append((contains_any(text, [keys[question]]), STYLE in text))
            results[f"{label}, no retrieval"] = outcomes
            print(f"  {label}, no retrieval: e.g. {question!r} → {text[:100]!r}", flush=True)
        if not arguments.skip_retrieval:
            data = FAQ.read_bytes()
            submission = document_submit(organization=organization, uploaded_by=None, filename=FAQ.name, data=data, size=len(data), groups=[], enqueue=False)
            run_inline(str(submission.document.id))
            for label, chosen in (("base", Route(None, "base")), ("adapter", Route(specialist, "bench"))):
                outcomes = []
                for messages in asked:
                    question = messages[0]["content"]
                    answer = answer_question(actor=actor, question=question, chosen=chosen)
                    outcomes.append((contains_any(answer.text, [keys[question]]), STYLE in answer.text))
                results[f"{label}, with retrieval"] = outcomes
                print(f"  {label}, with retrieval: e.g. {question!r} → {answer.text[:100]!r}", flush=True)
        print_table(
            f"Held-back quarter ({len(asked)} of {len(held)} questions): key fact in the answer, and the house style",
            ["model", "accuracy", "house style"],
            [[label, f"{sum(a for a, _ in o) / len(o):.3f}", f"{sum(s for _, s in o) / len(o):.3f}"] for label, o in results.items()],
            arguments.markdown,
        )

        speeds = [["llama-cpp-python (adapter as a model)", f"{decode_speed(url, {}, arguments.samples):.1f}",
                   f"{decode_speed(url, lora_request_fields(specialist.served_name, by_id=False), arguments.samples):.1f}"]]
        server.stop()
        server = None
        if arguments.server_binary.is_file():
            server = EmbeddedLLMServer(model_path=gguf_source, port=port, threads=arguments.threads, alias=ALIAS, context=2048, binary=arguments.server_binary, slots=1)
            server.start(log=print)
            wait_until_ready(url)
            speeds.append(["llama-server (per request, by id)", f"{decode_speed(url, {}, arguments.samples):.1f}",
                           f"{decode_speed(url, lora_request_fields(specialist.served_name, by_id=True), arguments.samples):.1f}"])
        print_table(f"Decode tokens/s, median of {arguments.samples} answers of 64 tokens ({arguments.threads} threads)", ["server", "base", "with the LoRA"], speeds, arguments.markdown)
    finally:
        if server is not None:
            server.stop()
        stop_appliance(home)


if __name__ == "__main__":
    main()
