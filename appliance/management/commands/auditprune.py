"""`manage.py auditprune [--days N]`: delete audit events older than AUDIT_RETENTION_DAYS."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from appliance.audit.services import audit_prune


class Command(BaseCommand):
    help = "Delete audit trail events older than AUDIT_RETENTION_DAYS (or --days); run it daily."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, default=None, help="keep this many days instead of AUDIT_RETENTION_DAYS")

    def handle(self, *args: Any, days: int | None, **options: Any) -> None:
        deleted = audit_prune(retention_days=days)
        self.stdout.write(f"{deleted} audit events pruned")
