"""Precision and recall of the PII detector (appliance/text/pii.py), per kind, on the labelled
Japanese lines in tests/data/pii_lines.jsonl (positives and hard negatives: order numbers,
dates, prices, serials).

    .venv/bin/python bench/pii.py [--data PATH] [--show-errors]

A finding counts as right when a labelled span of the same kind overlaps it; each labelled
span is matched once. Runs without Django or a database.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from appliance.text.pii import KINDS, Finding, find  # noqa: E402

DATA = ROOT / "tests" / "data" / "pii_lines.jsonl"


def labelled_spans(text: str, labels: list[list[str]]) -> list[tuple[str, int, int]]:
    spans: list[tuple[str, int, int]] = []
    searched_from: dict[str, int] = {}
    for kind, value in labels:
        start = text.index(value, searched_from.get(value, 0))
        searched_from[value] = start + len(value)
        spans.append((kind, start, start + len(value)))
    return spans


def score_line(text: str, labels: list[list[str]]) -> tuple[Counter[str], Counter[str], Counter[str], list[str]]:
    """(true positives, false positives, false negatives) per kind, and what went wrong."""
    gold = labelled_spans(text, labels)
    found: list[Finding] = find(text)
    true, false_pos, false_neg = Counter[str](), Counter[str](), Counter[str]()
    unmatched = list(gold)
    errors: list[str] = []
    for finding in found:
        match = next((g for g in unmatched if g[0] == finding.kind and g[1] < finding.end and finding.start < g[2]), None)
        if match is None:
            false_pos[finding.kind] += 1
            errors.append(f"  false positive {finding.kind}: {finding.text!r} in {text!r}")
        else:
            unmatched.remove(match)
            true[finding.kind] += 1
    for kind, start, end in unmatched:
        false_neg[kind] += 1
        errors.append(f"  missed {kind}: {text[start:end]!r} in {text!r}")
    return true, false_pos, false_neg, errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    lines = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    true, false_pos, false_neg = Counter[str](), Counter[str](), Counter[str]()
    errors: list[str] = []
    for item in lines:
        t, fp, fn, e = score_line(item["text"], item["pii"])
        true.update(t)
        false_pos.update(fp)
        false_neg.update(fn)
        errors.extend(e)
    negatives = sum(1 for item in lines if not item["pii"])
    print(f"{len(lines)} lines ({negatives} without any PII), {sum((true + false_neg).values())} labelled spans")
    print(f"{'kind':<18}{'labelled':>9}{'found':>7}{'precision':>11}{'recall':>8}")
    for kind in [*KINDS, "all"]:
        tp = sum(true.values()) if kind == "all" else true[kind]
        fp = sum(false_pos.values()) if kind == "all" else false_pos[kind]
        fn = sum(false_neg.values()) if kind == "all" else false_neg[kind]
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(f"{kind:<18}{tp + fn:>9}{tp + fp:>7}{precision:>11.3f}{recall:>8.3f}")
    if args.show_errors and errors:
        print("errors:")
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
