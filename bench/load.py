"""Many people at once: simulated users asking different questions through the real HTTP chat
endpoint (a logged-in session each, the answer read as server-sent events), 1, 2, 4 and 8 at a
time, as the browser does.

    .venv/bin/python bench/load.py                       # a throwaway appliance of its own
    .venv/bin/python bench/load.py --users 1,4 --json
    .venv/bin/python bench/load.py --url https://gpu-host --username demo-admin --password-file pw

Without --url it starts a throwaway embedded appliance (a temporary APPLIANCE_HOME, the demo
organization and documents, the packaged model, a free port: `manage.py demo` then `manage.py
serve`), waits until the demo documents are indexed, asks one unmeasured question to warm it
up, and stops it after.

Per level: asked, completed (a "done" event), refused (an "error" event, an HTTP error, or a
stream that ended without an answer: must be 0), time to first token (the POST to the first
"delta": the first words the user sees) p50/p95, the whole answer (the POST to "done")
p50/p95, and the aggregate decode rate: the tokens the model wrote for all answers (the
"generated" event: one per streamed model delta, quote mode's JSON included) over the time in
which at least one answer was being written. The
load average is the machine's where this runs, taken before the first level: with --url it is
not the server's.

--json prints {"levels": [{"users", "asked", "completed", "refused", "ttft_p50_s", "ttft_p95_s",
"answer_p95_s", "decode_tok_s"}], "load_average": [1, 5, 15 min]}.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
if str(REPOSITORY_ROOT) not in sys.path:
    sys.path.insert(0, str(REPOSITORY_ROOT))

from appliance.components.llm.model_assets import model_path  # noqa: E402
from bench.harness import _NON_EMBEDDED_VARIABLES, machine_report, markdown_table, percentile  # noqa: E402

QUESTIONS = REPOSITORY_ROOT / "tests" / "data" / "internal_qa.jsonl"
STARTUP_TIMEOUT = 1800.0  # the demo documents include OCR of a scan: minutes on two busy cores
ANSWER_TIMEOUT = 1200.0  # eight users behind a one-slot CPU model wait a long time, by design


@dataclass
class Asked:
    question: str
    started: float = 0.0
    first_token: float | None = None
    done: float | None = None
    deltas: int = 0
    tokens: int = 0  # what the model wrote ("generated" event): quote mode shows only part of it
    decode: tuple[float, float] | None = None  # when the model wrote them, on this clock
    queued_at: list[int] = field(default_factory=list)  # the places in the queue it was told
    failure: str | None = None


def questions() -> list[str]:
    return [json.loads(line)["q"] for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- a session of one simulated user ---------------------------------------------------------


def log_in(base: str, username: str, password: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=httpx.Timeout(30, read=ANSWER_TIMEOUT), follow_redirects=True, trust_env=False, verify=False)
    client.get("/login/")
    response = client.post(
        "/login/",
        data={"username": username, "password": password, "csrfmiddlewaretoken": client.cookies.get("csrftoken", "")},
        headers={"Referer": f"{base}/login/"},
    )
    if "/login/" in str(response.url):
        raise SystemExit(f"could not log in to {base} as {username}")
    return client


def ask(client: httpx.Client, organization: str, question: str) -> Asked:
    asked = Asked(question=question, started=time.monotonic())
    kind = "message"
    try:
        with client.stream(
            "POST",
            f"/o/{organization}/chat/ask/",
            data={"question": question},
            headers={"X-CSRFToken": client.cookies.get("csrftoken", ""), "Referer": str(client.base_url), "Accept": "text/event-stream"},
        ) as response:
            if response.status_code != 200:
                asked.failure = f"HTTP {response.status_code}"
                return asked
            for line in response.iter_lines():
                if line.startswith("event:"):
                    kind = line[6:].strip()
                elif line.startswith("data:"):
                    payload = json.loads(line[5:])
                    if kind == "delta":
                        asked.deltas += 1
                        if asked.first_token is None:
                            asked.first_token = time.monotonic()
                    elif kind == "generated":
                        asked.tokens += payload["tokens"]
                        now = time.monotonic()
                        asked.decode = (now - payload["decode_seconds"], now)
                    elif kind == "queued":
                        asked.queued_at.append(payload["position"])
                    elif kind == "done":
                        asked.done = time.monotonic()
                    elif kind == "error":
                        asked.failure = payload.get("message", "error")
    except httpx.HTTPError as error:
        asked.failure = f"{type(error).__name__}: {error}"
    if asked.done is None and asked.failure is None:
        asked.failure = "the stream ended without an answer"
    return asked


def run_level(base: str, organization: str, username: str, password: str, users: int, rounds: int, offset: int, pool: list[str]) -> list[Asked]:
    clients = [log_in(base, username, password) for _ in range(users)]
    results: list[list[Asked]] = [[] for _ in range(users)]
    start = threading.Barrier(users)

    def user(number: int) -> None:
        start.wait()  # everyone asks at once
        for round_number in range(rounds):
            question = pool[(offset + number + round_number * users) % len(pool)]
            results[number].append(ask(clients[number], organization, question))

    threads = [threading.Thread(target=user, args=(number,)) for number in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for client in clients:
        client.close()
    return [asked for per_user in results for asked in per_user]


def summary(users: int, results: list[Asked]) -> dict[str, Any]:
    completed = [asked for asked in results if asked.done is not None and asked.failure is None]
    ttft = [asked.first_token - asked.started for asked in completed if asked.first_token is not None]
    whole = [asked.done - asked.started for asked in completed if asked.done is not None]
    # Aggregate decode rate: every token the model wrote, over the time in which at least one
    # answer was being written (the union of the answers' decode intervals). One slot: the
    # model's decode speed; parallel slots: their sum.
    window, reach = 0.0, float("-inf")
    for begin, end in sorted(asked.decode for asked in completed if asked.decode is not None):
        window += max(0.0, end - max(begin, reach))
        reach = max(reach, end)
    tokens = sum(asked.tokens or asked.deltas for asked in completed)
    return {
        "users": users,
        "asked": len(results),
        "completed": len(completed),
        "refused": len(results) - len(completed),
        "ttft_p50_s": round(percentile(ttft, 0.5), 2) if ttft else None,
        "ttft_p95_s": round(percentile(ttft, 0.95), 2) if ttft else None,
        "answer_p95_s": round(percentile(whole, 0.95), 2) if whole else None,
        "decode_tok_s": round(tokens / window, 1) if window > 0 else None,
    }


# --- a throwaway appliance ---------------------------------------------------------------------


class ThrowawayAppliance:
    """`manage.py demo` and `manage.py serve` in a temporary home, on free ports."""

    def __init__(self, log: Any) -> None:
        self.log = log
        self.home = Path(tempfile.mkdtemp(prefix="appliance-load-"))
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.environment = {k: v for k, v in os.environ.items() if k.removesuffix("_FILE") not in _NON_EMBEDDED_VARIABLES}
        self.environment.update(
            APPLIANCE_HOME=str(self.home), LLM_PORT=str(free_port()), HF_HUB_OFFLINE="1", DO_NOT_TRACK="1", LOG_LEVEL="WARNING"
        )
        self.environment.pop("DJANGO_SETTINGS_MODULE", None)

    def manage(self, *arguments: str) -> str:
        return subprocess.run(
            [sys.executable, "manage.py", *arguments], cwd=REPOSITORY_ROOT, env=self.environment, check=True, capture_output=True, text=True
        ).stdout

    def start(self) -> tuple[str, str, str]:
        packaged = next(
            (path for path in (model_path(os.environ.get("APPLIANCE_HOME", "")), model_path(REPOSITORY_ROOT / "var")) if path.is_file()), None
        )
        if packaged is None:
            raise SystemExit("the packaged model is not installed (make install fetches it)")
        (self.home / "models").mkdir()
        (self.home / "models" / packaged.name).symlink_to(packaged)
        self.log(f"throwaway appliance in {self.home}, http://127.0.0.1:{self.port}/")
        self.manage("migrate", "--verbosity", "0")
        self.manage("demo", "--host", f"127.0.0.1:{self.port}")
        with (self.home / "serve.log").open("wb") as output:
            self.process = subprocess.Popen(
                [sys.executable, "manage.py", "serve", "--port", str(self.port)],
                cwd=REPOSITORY_ROOT, env=self.environment, stdout=output, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True,  # its llama.cpp child is stopped with it
            )
        base = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + STARTUP_TIMEOUT
        self._wait(lambda: httpx.get(f"{base}/login/", timeout=5, trust_env=False).status_code == 200, deadline, "the web server")
        llm = f"http://127.0.0.1:{self.environment['LLM_PORT']}/v1/models"
        self._wait(lambda: httpx.get(llm, timeout=5, trust_env=False).status_code == 200, deadline, "the model")
        self._wait(self._documents_indexed, deadline, "the demo documents")
        return base, "demo-admin", (self.home / "demo_password").read_text().strip()

    def _documents_indexed(self) -> bool:
        time.sleep(3)
        counts = self.manage(
            "shell", "--no-imports", "-c",
            "from ingestion.models import Document as D; print(D.objects.count(), D.objects.filter(status__in=['indexed', 'failed']).count())",
        ).strip().splitlines()[-1].split()
        return counts[0] != "0" and counts[0] == counts[1]

    def _wait(self, ready: Any, deadline: float, what: str) -> None:
        self.log(f"waiting for {what}…")
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise SystemExit(f"the appliance exited:\n{(self.home / 'serve.log').read_text(errors='replace')[-3000:]}")
            try:
                if ready():
                    return
            except (httpx.HTTPError, subprocess.CalledProcessError):
                pass
            time.sleep(1)
        raise SystemExit(f"{what} not ready within {STARTUP_TIMEOUT:g} s; see {self.home / 'serve.log'}")

    def stop(self, *, keep: bool) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        if keep:
            self.log(f"kept {self.home}")
        else:
            shutil.rmtree(self.home, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", default="1,2,4,8", help="simulated users at once, per level (default 1,2,4,8)")
    parser.add_argument("--rounds", type=int, default=1, help="questions each user asks in turn, per level")
    parser.add_argument("--url", help="an appliance already running (default: start a throwaway one)")
    parser.add_argument("--org", default="demo", help="the organization's slug")
    parser.add_argument("--username", default="demo-admin")
    parser.add_argument("--password-file", type=Path, help="default: the throwaway's, or var/demo_password")
    parser.add_argument("--keep", action="store_true", help="keep the throwaway appliance's home")
    parser.add_argument("--json", action="store_true", dest="as_json")
    arguments = parser.parse_args()
    # A SIGTERM (a CI timeout) still stops the throwaway appliance: `finally` runs on SystemExit.
    signal.signal(signal.SIGTERM, lambda number, frame: sys.exit(128 + number))
    levels = [int(n) for n in arguments.users.split(",") if n.strip()]
    log = (lambda text: print(text, file=sys.stderr)) if arguments.as_json else print
    load = [round(value, 2) for value in os.getloadavg()]
    appliance = None
    try:
        if arguments.url:
            base, username = arguments.url.rstrip("/"), arguments.username
            password = (arguments.password_file or REPOSITORY_ROOT / "var" / "demo_password").read_text().strip()
        else:
            appliance = ThrowawayAppliance(log)
            base, username, password = appliance.start()
            if arguments.password_file:
                password = arguments.password_file.read_text().strip()
        pool = questions()
        log("warming up (one unmeasured question)…")
        run_level(base, arguments.org, username, password, 1, 1, len(pool) - 1, pool)
        rows = []
        offset = 0
        for users in levels:
            log(f"{users} user(s) at once…")
            results = run_level(base, arguments.org, username, password, users, arguments.rounds, offset, pool)
            offset += users * arguments.rounds
            rows.append((summary(users, results), results))
            for asked in results:
                if asked.failure:
                    log(f"  not answered: {asked.question}: {asked.failure}")
    finally:
        if appliance is not None:
            appliance.stop(keep=arguments.keep)
    if arguments.as_json:
        print(json.dumps({"levels": [row for row, _ in rows], "load_average": load}))
        return
    print(f"{machine_report()}\nload average before the first level: {load}; {base}\n")
    table = []
    for row, results in rows:
        whole = [a.done - a.started for a in results if a.done is not None and a.failure is None]
        queued = max((max(a.queued_at) for a in results if a.queued_at), default=0)
        table.append([
            row["users"], row["asked"], row["completed"], row["refused"], row["ttft_p50_s"], row["ttft_p95_s"],
            round(percentile(whole, 0.5), 2) if whole else None, row["answer_p95_s"], row["decode_tok_s"], queued,
        ])
    headers = ["users", "asked", "completed", "refused", "TTFT p50 s", "TTFT p95 s", "answer p50 s", "answer p95 s", "decode tok/s", "longest queue"]
    print(markdown_table(headers, table))
    by_users = {row["users"]: row for row, _ in rows}
    if 1 in by_users and 4 in by_users and by_users[1]["ttft_p50_s"] and by_users[4]["ttft_p95_s"]:
        print(f"\nTTFT p95 at 4 users ÷ p50 at 1 user: {by_users[4]['ttft_p95_s'] / by_users[1]['ttft_p50_s']:.1f}")


if __name__ == "__main__":
    main()
