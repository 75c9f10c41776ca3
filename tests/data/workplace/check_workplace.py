"""Check that every document of the workplace corpus parses and that each question's answer is in it.

Each file goes through the appliance's own parser (`ingestion.parsing.parse_document`, the
isolated child the ingestion uses); then, for every question of the four workplace sets that
has answers, its first `any` form (the one the document writes) must appear literally in the
parsed text of the six documents. A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/workplace/check_workplace.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from ingestion.parsing import parse_document  # noqa: E402

SETS = ["workplace_qa.jsonl", "workplace_english_qa.jsonl", "workplace_followup_qa.jsonl",
        "workplace_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".md", ".pptx", ".eml", ".xlsx", ".pdf", ".html"}


def parsed_texts() -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in sorted(HERE.iterdir()):
        # README.md is the corpus's notice, not one of its documents (bench ingestion skips it too).
        if path.suffix not in DOCUMENT_SUFFIXES or path.name == "README.md":
            continue
        document = parse_document(path.read_bytes(), path.name, max_bytes=50 * 2**20,
                                  max_uncompressed_bytes=500 * 2**20, max_zip_members=10_000)
        texts[path.name] = "\n".join(section.text for section in document.sections)
        print(f"{path.name}: {len(document.sections)} sections, {len(texts[path.name])} characters, "
              f"pages {document.page_count}, OCR pages {document.ocr_pages}")
    return texts


def main() -> int:
    texts = parsed_texts()
    failures = 0
    for filename in SETS:
        questions = [json.loads(line) for line in (HERE.parent / filename).read_text(encoding="utf-8").splitlines() if line.strip()]
        checked = 0
        for question in questions:
            if question.get("unanswerable"):
                continue
            checked += 1
            written_form = question["any"][0]
            if not any(written_form in text for text in texts.values()):
                failures += 1
                print(f"  MISSING {question['id']}: {written_form!r} is not in the parsed text")
        print(f"{filename}: {len(questions)} questions, {checked} with answers checked")
    print("OK" if failures == 0 else f"{failures} questions without their answer in the parsed text")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
