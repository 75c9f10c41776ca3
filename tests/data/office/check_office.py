"""Check that every document of the office corpus parses and that each question's answer is in it.

Each file goes through the appliance's own parser (`ingestion.parsing.parse_document`, the
isolated child the ingestion uses); then, for every question of the four office sets that has
answers, at least one of its `any` forms must appear literally in the parsed text of the five
documents. The first form is the one the document writes, so it is reported when it is missing.

    .venv/bin/python tests/data/office/check_office.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import check_corpus  # noqa: E402

SETS = ["office_qa.jsonl", "office_english_qa.jsonl", "office_followup_qa.jsonl", "office_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".xlsx", ".pdf", ".html"}


def main() -> int:
    return check_corpus(HERE, suffixes=DOCUMENT_SUFFIXES, question_sets=SETS, first_form_required=False)


if __name__ == "__main__":
    sys.exit(main())
