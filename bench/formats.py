"""Seconds per file for each office format, through the real parse sandbox (a child process,
LibreOffice in its own namespaces for the legacy and OpenDocument formats), and whether the
Japanese facts of the sample come out.

Run from the repository root:

    .venv/bin/python bench/formats.py             # 3 runs per format
    .venv/bin/python bench/formats.py --runs 5

The samples are the ones tests/test_formats.py makes (built here the same way); the figure is
the median wall time of `parse_document` per file, which includes starting the parse child
(~0.3 s) and, for converted formats, starting LibreOffice with a fresh profile.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingestion.parsing import parse_document  # noqa: E402
from tests.formatmakers import FACTS, make_samples  # noqa: E402

LIMITS = {"max_bytes": 50 * 1024 * 1024, "max_uncompressed_bytes": 200 * 1024 * 1024, "max_zip_members": 1000}

EXPECTED = {
    "休暇規程.doc": ("doc",), "出張申請書.xls": ("xls",), "新製品説明会.ppt": ("ppt",),
    "健康診断のお知らせ.msg": ("msg", "msg-attachment"), "社員証.rtf": ("rtf",), "在宅勤務.odt": ("odt",),
    "拠点一覧.ods": ("ods",), "売上計画.odp": ("odp",), "社内報.epub": ("epub",),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    started = time.perf_counter()
    files = make_samples()
    print(f"samples made in {time.perf_counter() - started:.1f} s (LibreOffice conversions)")
    print(f"{'file':28} {'median s':>9} {'min s':>7}  Japanese facts  locations")
    for filename, keys in EXPECTED.items():
        timings = []
        document = None
        for _run in range(arguments.runs):
            started = time.perf_counter()
            document = parse_document(files[filename], filename, **LIMITS)
            timings.append(time.perf_counter() - started)
        assert document is not None
        text = "\n".join(section.text for section in document.sections)
        facts = "all found" if all(FACTS[key] in text for key in keys) else "MISSING"
        locations = sorted({(section.page, section.heading_path[:1]) for section in document.sections}, key=str)[:3]
        print(f"{filename:28} {statistics.median(timings):9.2f} {min(timings):7.2f}  {facts:14}  {locations}")


if __name__ == "__main__":
    main()
