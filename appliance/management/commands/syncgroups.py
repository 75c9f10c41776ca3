from __future__ import annotations

from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError, CommandParser

from appliance.cli import emit, organization_by_slug
from appliance.identity.ldap import DirectoryUnavailable, directory_sync


class Command(BaseCommand):
    help = (
        "Mirror the LDAP / Active Directory groups into an organization's groups: created, renamed "
        "(matched by entryUUID / objectGUID), deleted, members added and removed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", required=True, metavar="SLUG")
        parser.add_argument("--json", action="store_true", help="print one JSON object")

    def handle(self, *args: Any, org: str, json: bool, **options: Any) -> None:
        organization = organization_by_slug(org)
        try:
            report = directory_sync(organization=organization)
        except ImproperlyConfigured as error:
            raise CommandError(f"{error} (see README: LDAP / Active Directory)") from None
        except DirectoryUnavailable as error:
            raise CommandError(f"the directory could not be read, nothing changed: {error}") from None
        payload = {"organization": organization.slug, **report.as_dict()}
        text = (
            f"{organization.slug}: {len(report.created)} created, {len(report.renamed)} renamed, {len(report.deleted)} deleted, "
            f"{len(report.added)} memberships added, {len(report.removed)} removed"
        )
        emit(self, payload, as_json=json, text=text)
