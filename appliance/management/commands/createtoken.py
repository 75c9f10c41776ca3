"""`manage.py createtoken USERNAME --org SLUG [--name N] [--expires DAYS] [--json]`

JSON: {"token": "apl_…", "name": "…", "expires": "2027-01-01T00:00:00+00:00" | null}
The token is printed once; only its hash is kept. It goes in `Authorization: Bearer …`.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from appliance.cli import emit, organization_by_slug
from appliance.tenancy.tokens import token_create


class Command(BaseCommand):
    help = "Create an API token that acts as USERNAME inside one organization (printed once)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--org", required=True, metavar="SLUG")
        parser.add_argument("--name", default="command line", help="what the token is for (shown in the token list)")
        parser.add_argument("--expires", type=int, metavar="DAYS", help="days until it stops working (default: never)")
        parser.add_argument("--json", action="store_true", help="print one JSON object")

    def handle(self, *args: Any, username: str, org: str, name: str, expires: int | None, json: bool, **options: Any) -> None:
        organization = organization_by_slug(org)
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"no user {username!r}")
        try:
            created = token_create(user=user, organization=organization, name=name, expires_in_days=expires)
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from None
        expires_at = created.token.expires_at.isoformat() if created.token.expires_at else None
        payload = {"token": created.secret, "name": created.token.name, "expires": expires_at}
        text = f"{created.secret}\n(token {created.token.name!r} for {username} in {organization.slug}; expires {expires_at or 'never'}; shown once)"
        emit(self, payload, as_json=json, text=text)
