"""The parse child: `python -P -m ingestion.parsing --appliance-parse-child REQUEST` (sandbox.py)."""

import sys

from ingestion.parsing.sandbox import child_entry_point

if __name__ == "__main__":
    sys.exit(child_entry_point(sys.argv[1:]))
