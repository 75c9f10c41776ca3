"""What every Django-side benchmark shares: a throwaway appliance, the machine report, timing.

``start_appliance()`` must run before anything imports Django models. It points
APPLIANCE_HOME at a fresh temporary directory and clears every variable that would switch
the appliance out of embedded mode, so a benchmark always measures the embedded defaults
(SQLite, the edge vector store, the local embedder) and never touches the developer's var/.
"""

from __future__ import annotations

import datetime
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
JAQUAD_DIRECTORY = Path("/work/shared/data/jaquad")

# Variables that select a non-embedded component or database; a benchmark that inherited
# one from the developer's shell would silently measure something else.
_NON_EMBEDDED_VARIABLES = (
    "APPLIANCE_ENV",
    "DATABASE_URL",
    "CELERY_BROKER_URL",
    "CELERY_RESULT_BACKEND",
    "QDRANT_URL",
    "QDRANT_API_KEY",
    "VECTOR_BACKEND",
    "EMBEDDER_BACKEND",
    "EMBEDDING_URL",
    "EMBEDDING_MODEL",
    "EMBEDDING_DIMENSION",
    "RETRIEVAL_MIN_SCORE",
    "LLM_URLS",
    "LLM_MODEL",
)


def start_appliance(*, extra_environment: dict[str, str] | None = None) -> Path:
    """Configure a fresh embedded appliance in a temporary home, set Django up, migrate."""
    home = Path(tempfile.mkdtemp(prefix="appliance-bench-"))
    for name in _NON_EMBEDDED_VARIABLES:
        os.environ.pop(name, None)
        os.environ.pop(f"{name}_FILE", None)
    os.environ["APPLIANCE_HOME"] = str(home)
    os.environ["DJANGO_SETTINGS_MODULE"] = "appliance.settings"
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["DO_NOT_TRACK"] = "1"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.update(extra_environment or {})
    if str(REPOSITORY_ROOT) not in sys.path:
        sys.path.insert(0, str(REPOSITORY_ROOT))

    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    return home


def stop_appliance(home: Path, *, keep: bool = False) -> None:
    from appliance import components

    components.reset()
    if keep:
        print(f"kept the appliance home at {home}")
    else:
        shutil.rmtree(home, ignore_errors=True)


def warm_embedder() -> None:
    """Load the embedding model now, so its one-off load is not charged to the first stage."""
    from appliance import components

    embedder = components.embedder()
    embedder.count_tokens("準備")
    embedder.embed_query("準備")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def machine_report() -> str:
    """One line naming the machine, for the top of every report."""
    now = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    return (
        f"{now}; {cpu_model()}, {os.cpu_count()} logical CPUs; "
        f"load average (1/5/15 min) {load_average()}; Python {platform.python_version()}"
    )


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile; the samples here are small enough that interpolation would
    only pretend to a precision the measurements do not have."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), round(fraction * len(ordered) + 0.5)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    """``with stopwatch() as elapsed: ...`` then ``elapsed[0]`` is the wall time in seconds."""
    elapsed: list[float] = []
    started = time.perf_counter()
    try:
        yield elapsed
    finally:
        elapsed.append(time.perf_counter() - started)


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines.extend("| " + " | ".join(str(cell) for cell in row) + " |" for row in rows)
    return "\n".join(lines)


def text_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A fixed-width table for the terminal (first column left-aligned, others right)."""
    cells = [[str(cell) for cell in row] for row in rows]
    widths = [max(len(headers[i]), *(len(row[i]) for row in cells)) if cells else len(headers[i]) for i in range(len(headers))]

    def line(values: Sequence[str]) -> str:
        return "  ".join(
            value.ljust(widths[i]) if i == 0 else value.rjust(widths[i]) for i, value in enumerate(values)
        )

    return "\n".join([line(headers), "  ".join("-" * width for width in widths), *(line(row) for row in cells)])


def print_table(title: str, headers: Sequence[str], rows: Sequence[Sequence[object]], as_markdown: bool) -> None:
    print(f"\n{title}")
    print(text_table(headers, rows))
    if as_markdown:
        print()
        print(markdown_table(headers, rows))
