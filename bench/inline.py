"""Wall-time throughput of `manage.py ingest --inline`: chunks per second of wall time.

Run from the repository root:

    .venv/bin/python bench/inline.py [--articles 20] [--start 0] [--keep]

Makes N Japanese articles as .txt files from JaQuAD (../shared/data/jaquad, CC BY-SA 3.0; one
article = its title and its paragraphs), sets up a throwaway embedded appliance (SQLite, edge
vector store, the local embedder) with `migrate` and `createorg`, then times the real command
`manage.py ingest --org bench --inline --json DIR` as a child process, start-up included,
and prints files, chunks, wall seconds, chunks/s of wall time and the load average seen
(before and after: other work on the machine slows it down), and the CPU seconds the command
and its children used (chunks per CPU-second does not depend on the other load).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JAQUAD = ROOT.parent / "shared" / "data" / "jaquad"


def articles(count: int, start: int) -> list[tuple[str, str]]:
    """(title, text) of `count` JaQuAD articles from the `start`-th, across the dev files in order."""
    found: list[tuple[str, str]] = []
    for path in sorted(JAQUAD.glob("jaquad_dev_*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for article in data["data"] if "data" in data else data:
            paragraphs = [paragraph["context"] for paragraph in article["paragraphs"]]
            found.append((article["title"], article["title"] + "\n\n" + "\n\n".join(paragraphs)))
    if len(found) < start + count:
        raise SystemExit(f"only {len(found)} articles in {JAQUAD}")
    return found[start : start + count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--start", type=int, default=20, help="first article (the default skips the 20 of /tmp/inl)")
    parser.add_argument("--keep", action="store_true", help="keep the throwaway home and print its path")
    options = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="bench-inline-"))
    folder = home / "articles"
    folder.mkdir()
    for number, (title, text) in enumerate(articles(options.articles, options.start)):
        safe = title[:20].replace("/", "_")
        (folder / f"{number:03d}_{safe}.txt").write_text(text, encoding="utf-8")

    environment = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "CELERY_BROKER_URL")}
    environment["APPLIANCE_HOME"] = str(home / "home")
    manage = [sys.executable, str(ROOT / "manage.py")]
    for step in (["migrate", "-v", "0"], ["createorg", "bench"]):
        subprocess.run(manage + step, env=environment, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)

    load_before = os.getloadavg()[0]
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    finished = subprocess.run(
        manage + ["ingest", "--org", "bench", "--inline", "--json", str(folder)],
        env=environment, cwd=ROOT, capture_output=True, text=True,
    )
    wall = time.monotonic() - started
    load_after = os.getloadavg()[0]
    children_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (children_after.ru_utime + children_after.ru_stime) - (children_before.ru_utime + children_before.ru_stime)
    if finished.returncode not in (0, 1):
        sys.stderr.write(finished.stderr)
        raise SystemExit(f"ingest exited {finished.returncode}")
    results = json.loads(finished.stdout)
    chunks = sum(result["chunks"] or 0 for result in results if result["status"] == "indexed")
    failed = sum(1 for result in results if result["status"] == "failed")
    print(f"files {len(results)} (failed {failed}), chunks {chunks}, wall {wall:.1f} s, "
          f"{chunks / wall:.2f} chunks/s of wall time, load average {load_before:.2f} before / {load_after:.2f} after, "
          f"{os.cpu_count()} cores")
    # CPU seconds of the command and every process it waited for (embedding workers, parse
    # children): what the run costs whatever else the machine does; on an idle machine the
    # wall time approaches cpu / cores where the work keeps every core busy.
    print(f"cpu {cpu:.1f} s (all processes of the command): {chunks / cpu:.2f} chunks per CPU-second, "
          f"{cpu / wall:.2f} cores busy on average")
    if options.keep:
        print(f"kept: {home}")
    else:
        import shutil

        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
