"""Questions about document images, answered on CPU from the layout reader's OCR (no vision model).

Run from the repository root:

    .venv/bin/python bench/images.py                 # embedded llama.cpp with the packaged model, 2 threads
    .venv/bin/python bench/images.py --ocr-only      # reading only: is the expected value in the passages?
    .venv/bin/python bench/images.py --url http://gpu-host:8000/v1

The images and their questions are drawn by bench/images_make.py (17 Japanese document images:
invoices, receipts, forms, slides with tables, a vertical notice, a payslip, a quotation, an
order screenshot and a timetable; some turned a quarter or half, tilted, speckled or saved as
blurry JPEG) into bench/images/. Each image is read as `ask --attach` reads it
(rag.attachments.passages_for_file: the child process, the layout reader), timed; then each of
its questions is answered end to end with rag.answering.answer_question and the image's
passages attached (those the question names: rag.attachments.passages_for_question, as `ask`
does), in a throwaway embedded appliance with no documents (retrieval runs, finds nothing).
An answer is right when it holds an expected value, as `evaluate --answers` judges
(rag.management.commands.evaluate.contains_any).

Printed: per question the answer and whether it is right; then the answer accuracy, the share
of questions whose value is in the image's passages (what OCR alone makes possible) and the
seconds per image of reading.
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import REPOSITORY_ROOT, cpu_model, load_average, machine_report, start_appliance, stop_appliance  # noqa: E402
from bench.images_make import DEFAULT_DIRECTORY, write_set  # noqa: E402

SERVER_START_TIMEOUT = 180.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_ready(url: str, timeout: float) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/models", timeout=2, trust_env=False).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"no model answered at {url} within {timeout:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--directory", type=Path, default=DEFAULT_DIRECTORY)
    parser.add_argument("--ocr-only", action="store_true", help="read the images, answer nothing")
    parser.add_argument("--url", help="an OpenAI-compatible server to answer with (default: the embedded llama.cpp)")
    parser.add_argument("--llm-model", default="qwen2.5-coder-0.5b-instruct")
    parser.add_argument("--threads", type=int, default=2)
    arguments = parser.parse_args()

    questions = write_set(arguments.directory)
    url = (arguments.url or f"http://127.0.0.1:{free_port()}/v1").rstrip("/")
    home = start_appliance(extra_environment={"LLM_URLS": url, "LLM_MODEL": arguments.llm_model})
    server = None
    try:
        from appliance.components.llm.model_assets import model_path
        from appliance.components.llm.server import EmbeddedLLMServer
        from appliance.tenancy.selectors import Actor
        from appliance.tenancy.services import organization_create
        from rag.answering import answer_question
        from rag.attachments import passages_for_file, passages_for_question
        from rag.management.commands.evaluate import contains_any

        print(f"machine: {machine_report()}")
        organization, _ = organization_create(slug="images", name="画像テスト株式会社")
        actor = Actor(user_id=0, username="(bench)", organization_id=organization.id, organization_slug=organization.slug,
                      is_admin=True, group_ids=frozenset())

        images = sorted({item["attach"] for item in questions})
        passages = {}
        read_seconds = []
        for name in images:
            started = time.monotonic()
            passages[name] = passages_for_file(data=(arguments.directory / name).read_bytes(), filename=name)
            read_seconds.append(time.monotonic() - started)
            print(f"  read {name}: {len(passages[name])} passages in {read_seconds[-1]:.1f} s (load {load_average()})", flush=True)
        readable = [item for item in questions if contains_any("\n".join(p.text for p in passages[item["attach"]]), item["any"])]

        right = 0
        answer_seconds = []
        if not arguments.ocr_only:
            if not arguments.url:
                gguf = model_path(REPOSITORY_ROOT / "var")
                if not gguf.exists():
                    raise SystemExit(f"no model at {gguf}; run `make install` (or pass --url, or --ocr-only)")
                port = int(url.rsplit(":", 1)[1].split("/")[0])
                server = EmbeddedLLMServer(model_path=gguf, port=port, threads=arguments.threads, alias=arguments.llm_model)
                server.start(log=print)
            wait_until_ready(url, SERVER_START_TIMEOUT)
            print(f"model: {arguments.llm_model}; hardware: {cpu_model() if not arguments.url else url}")
            for item in questions:
                started = time.monotonic()
                asked_of = passages_for_question(item["q"], passages[item["attach"]])  # as `ask --attach` asks
                answer = answer_question(actor=actor, question=item["q"], attachments=asked_of)
                answer_seconds.append(time.monotonic() - started)
                correct = contains_any(answer.text, item["any"])
                right += correct
                shown = answer.text.replace("\n", " ")[:90]
                print(f"  {'ok   ' if correct else 'WRONG'} {item['id']}: {item['q']} → {shown}", flush=True)

        total = len(questions)
        summary = {
            "images": len(images),
            "questions": total,
            "value_in_passages": round(len(readable) / total, 3),
            "seconds_per_image": round(sum(read_seconds) / len(read_seconds), 2),
            "slowest_image_seconds": round(max(read_seconds), 2),
        }
        if not arguments.ocr_only:
            summary["answer_accuracy"] = round(right / total, 3)
            summary["seconds_per_answer"] = round(sum(answer_seconds) / len(answer_seconds), 2)
        print(json.dumps(summary, ensure_ascii=False))
        missing = [item["id"] for item in questions if item not in readable]
        if missing:
            print(f"value not read from the image: {', '.join(missing)}")
    finally:
        if server is not None:
            server.stop()
        stop_appliance(home)


if __name__ == "__main__":
    main()
