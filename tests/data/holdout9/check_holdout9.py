"""Check that every document of the ninth holdout corpus parses, that each question's answer is in
it, and that the values the unanswerable questions ask for are not.

Each file goes through the appliance's own parser (`ingestion.parsing.parse_document`, the
isolated child the ingestion uses, through `tests/data/corpus_tools.parsed_texts`); then:

* for every question of the four holdout9 sets that has answers, its first `any` form (the one
  the document writes) must appear literally in the parsed text of the five documents, as
  `check_holdout7.py` requires;
* every unanswerable question must have `"unanswerable": true` and an empty `any`, and none of
  the strings that would carry its value (ABSENT below) may appear in the parsed text;
* the sets hold the counts and ids the README gives (h9-1..24, h9-none-1..12, h9-en-1..10 with
  `answer_any`, h9-fu-1..8 with two turns).

A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout9/check_holdout9.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import DATA, parsed_texts  # noqa: E402

SETS = ["holdout9_qa.jsonl", "holdout9_english_qa.jsonl", "holdout9_followup_qa.jsonl",
        "holdout9_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".pptx", ".eml"}

# Each set: the id prefix and how many questions it holds.
EXPECTED = {
    "holdout9_qa.jsonl": ("h9-", 24),
    "holdout9_unanswerable_qa.jsonl": ("h9-none-", 12),
    "holdout9_english_qa.jsonl": ("h9-en-", 10),
    "holdout9_followup_qa.jsonl": ("h9-fu-", 8),
}

# What would have to be in the documents for an unanswerable question to have an answer: a table
# heading, a label or a value that the corpus leaves out on purpose.
ABSENT = {
    "h9-none-1": ["通勤定期（3か月）", "3か月定期運賃表", "通勤定期3か月の運賃は、7〜10km"],
    "h9-none-2": ["2024年度"],
    "h9-none-3": ["令和3年", "令和4年", "令和5年", "2021年", "2022年", "2023年"],
    "h9-none-4": ["営業費用 2025年度"],
    "h9-none-5": ["土休日便数", "休日便数", "土曜便数", "土休日の便数"],
    "h9-none-6": ["改正前の終電", "終電（改正前）", "終電: 改正前"],
    "h9-none-7": ["運転士数", "乗務員数", "従業員数", "社員数", "運転士は"],
    "h9-none-8": ["FAX", "Fax", "ファクス", "ファックス"],
    "h9-none-9": ["鏡沢駅"],
    "h9-none-10": ["2027年度計画", "2027年度（百万円）", "2027年度の安全"],
    "h9-none-11": ["連続10年", "10年連続"],
    "h9-none-12": ["初乗り", "バス運賃", "運賃（バス"],
}


def load(filename: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> int:
    texts = parsed_texts(HERE, DOCUMENT_SUFFIXES)
    failures = 0

    def fail(message: str) -> None:
        nonlocal failures
        failures += 1
        print(f"  {message}")

    if len(texts) != 5:
        fail(f"expected 5 documents, parsed {len(texts)}")
    for name, text in texts.items():
        if len(text) < 500:
            fail(f"{name}: only {len(text)} characters parsed")

    for filename in SETS:
        questions = load(filename)
        prefix, count = EXPECTED[filename]
        ids = [question["id"] for question in questions]
        if ids != [f"{prefix}{number}" for number in range(1, count + 1)]:
            fail(f"{filename}: ids {ids} are not {prefix}1..{count}")
        checked = 0
        for question in questions:
            if "followup" in filename:
                if len(question.get("turns", [])) != 2:
                    fail(f"{question['id']}: needs two turns")
            elif not question.get("q"):
                fail(f"{question['id']}: no question text")
            if "english" in filename and not question.get("answer_any"):
                fail(f"{question['id']}: no answer_any")
            if question.get("unanswerable"):
                if question["any"]:
                    fail(f"{question['id']}: an unanswerable question with answers")
                for value in ABSENT.get(question["id"], []):
                    where = [name for name, text in texts.items() if value in text]
                    if where:
                        fail(f"PRESENT {question['id']}: {value!r} is in {where}")
                if question["id"] not in ABSENT:
                    fail(f"{question['id']}: no ABSENT strings to check")
                continue
            if "unanswerable" in filename:
                fail(f"{question['id']}: not marked unanswerable")
                continue
            checked += 1
            forms = question["any"]
            if not forms:
                fail(f"{question['id']}: no answers")
            elif not any(forms[0] in text for text in texts.values()):
                fail(f"MISSING {question['id']}: {forms[0]!r} is not in the parsed text")
        print(f"{filename}: {len(questions)} questions, {checked} with answers checked")
    print("OK" if failures == 0 else f"{failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
