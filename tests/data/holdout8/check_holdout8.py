"""Check that every document of the eighth holdout corpus parses and that each question's answer is in it.

Each file goes through the appliance's own parser (`ingestion.parsing.parse_document`, the
isolated child the ingestion uses); then, for every question of the four holdout8 sets that has
answers, its first `any` form (the one the document writes) must appear literally in the parsed
text of the five documents. A miss is printed and the exit status is 1.

    .venv/bin/python tests/data/holdout8/check_holdout8.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import check_corpus  # noqa: E402

SETS = ["holdout8_qa.jsonl", "holdout8_english_qa.jsonl", "holdout8_followup_qa.jsonl",
        "holdout8_unanswerable_qa.jsonl"]
DOCUMENT_SUFFIXES = {".docx", ".pdf", ".xlsx", ".pptx", ".html"}


def main() -> int:
    return check_corpus(HERE, suffixes=DOCUMENT_SUFFIXES, question_sets=SETS, first_form_required=True)


if __name__ == "__main__":
    sys.exit(main())
