from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from appliance.cli import emit
from appliance.tenancy.services import organization_create


class Command(BaseCommand):
    help = "Create an organization (tenant). Idempotent: an existing slug is reported, not duplicated."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug")
        parser.add_argument("--name", help="display name (defaults to the slug)")
        parser.add_argument("--json", action="store_true", help="print one JSON object")

    def handle(self, *args: Any, slug: str, name: str | None, json: bool, **options: Any) -> None:
        try:
            organization, created = organization_create(slug=slug, name=name)
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from None
        payload = {"id": organization.id, "slug": organization.slug, "name": organization.name, "created": created}
        verb = "created" if created else "exists"
        emit(self, payload, as_json=json, text=f"organization {organization.slug} {verb}")
