"""`manage.py demo`: the demo organization, its people and its documents, created once.

Passwords are generated per installation and kept in APPLIANCE_HOME/demo_password (mode 600)
rather than a well-known default, so a demo left running on a network is not an open door.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from appliance.tenancy.models import Membership
from appliance.tenancy.services import group_create, organization_create, user_create
from ingestion.services import demo_documents_ingest

DEMO_DOCUMENTS = Path(settings.BASE_DIR) / "deploy" / "demo-documents"


def demo_password() -> str:
    path = Path(settings.APPLIANCE_HOME) / "demo_password"
    if not path.exists():
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(f"demo-{secrets.token_urlsafe(9)}")
    return path.read_text().strip()


class Command(BaseCommand):
    help = "Create the demo organization 'demo' with users and sample documents (idempotent)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1:8000")

    def handle(self, *args: Any, host: str, **options: Any) -> None:
        organization, _ = organization_create(slug="demo", name="デモ株式会社")
        hr, _ = group_create(organization=organization, name="人事")
        sales, _ = group_create(organization=organization, name="営業")
        password = demo_password()
        user_create(username="demo-admin", organization=organization, role=Membership.Role.ADMIN, password=password)
        user_create(username="demo-member", organization=organization, groups=[sales], password=password)
        user_create(username="demo-hr", organization=organization, groups=[hr], password=password)
        self._ingest_samples(organization)
        self.stdout.write(
            f"\nAppliance: http://{host}/\n"
            f"Demo login: demo-admin / {password}   (also demo-member, demo-hr; password in {settings.APPLIANCE_HOME}/demo_password)\n"
        )

    def _ingest_samples(self, organization: Any) -> None:
        demo_documents_ingest(organization=organization, directory=DEMO_DOCUMENTS, log=self.stdout.write)
