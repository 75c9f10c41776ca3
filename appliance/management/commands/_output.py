"""Shared output for the management commands: stable JSON with --json, readable lines without."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand


def emit(command: BaseCommand, payload: Any, *, as_json: bool, text: str) -> None:
    if as_json:
        command.stdout.write(json.dumps(payload, ensure_ascii=False))
    else:
        command.stdout.write(text)
