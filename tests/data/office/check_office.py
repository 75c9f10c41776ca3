"""Check that every document of the office corpus parses and that each question's answer is in it.

Each file goes through the appliance's own parser (`ingestion.parsing.parse_document`, the
isolated child the ingestion uses); then, for every question of the four office sets that has
answers, at least one of its `any` forms must appear literally in the parsed text of the five
documents. The first form is the one the document writes, so it is reported when it is missing.

    .venv/bin/python tests/data/office/check_office.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from ingestion.parsing import parse_document  # noqa: E402

SETS = ["office_qa.jsonl", "office_english_qa.jsonl", "office_followup_qa.jsonl", "office_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".xlsx", ".pdf", ".html"}


def parsed_texts() -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in sorted(HERE.iterdir()):
        if path.suffix not in DOCUMENT_SUFFIXES:
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
        checked = first_form_missing = 0
        for question in questions:
            if question.get("unanswerable"):
                continue
            checked += 1
            found = {form: [name for name, text in texts.items() if form in text] for form in question["any"]}
            if not any(found.values()):
                failures += 1
                print(f"  MISSING {question['id']}: none of {question['any']} is in the parsed text")
            elif not found[question["any"][0]]:
                first_form_missing += 1
                present = [form for form, names in found.items() if names]
                print(f"  note {question['id']}: first form {question['any'][0]!r} not parsed as written; found {present}")
        print(f"{filename}: {len(questions)} questions, {checked} with answers checked, "
              f"{first_form_missing} found only in another form")
    print("OK" if failures == 0 else f"{failures} questions without their answer in the parsed text")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
