from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from appliance.cli import emit, organization_by_slug
from appliance.tenancy.services import group_create


class Command(BaseCommand):
    help = "Create a group inside an organization. Idempotent."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name")
        parser.add_argument("--org", required=True, metavar="SLUG")
        parser.add_argument("--json", action="store_true", help="print one JSON object")

    def handle(self, *args: Any, name: str, org: str, json: bool, **options: Any) -> None:
        organization = organization_by_slug(org)
        try:
            group, created = group_create(organization=organization, name=name)
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from None
        payload = {"id": group.id, "name": group.name, "organization": organization.slug, "created": created}
        emit(self, payload, as_json=json, text=f"group {organization.slug}/{group.name} {'created' if created else 'exists'}")
