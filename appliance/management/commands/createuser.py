from __future__ import annotations

import sys
from typing import Any

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from appliance.cli import emit, groups_by_option, organization_by_slug
from appliance.tenancy.models import Group, Membership
from appliance.tenancy.services import user_create


class Command(BaseCommand):
    help = (
        "Create a user as a member (or --admin) of an organization, optionally in groups. "
        "An existing user is added to the organization; their password is kept unless --password-stdin."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--org", required=True, metavar="SLUG")
        parser.add_argument("--admin", action="store_true", help="organization admin (sees and manages all its documents)")
        parser.add_argument("--groups", default="", help="comma-separated group names of that organization")
        parser.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
        parser.add_argument("--json", action="store_true", help="print one JSON object")

    def handle(
        self,
        *args: Any,
        username: str,
        org: str,
        admin: bool,
        groups: str,
        password_stdin: bool,
        json: bool,
        **options: Any,
    ) -> None:
        organization = organization_by_slug(org)
        group_objects = groups_by_option(organization, groups)
        password = None
        if password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
            if not password:
                raise CommandError("an empty password was given on standard input")
            try:
                validate_password(password)
            except ValidationError as error:
                raise CommandError("; ".join(error.messages)) from None
        role = Membership.Role.ADMIN if admin else Membership.Role.MEMBER
        try:
            user, created = user_create(
                username=username, organization=organization, role=role, groups=group_objects, password=password
            )
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from None
        member_of = sorted(
            Group.objects.filter(organization=organization, members=user).values_list("name", flat=True)
        )
        payload = {
            "id": user.pk,
            "username": user.get_username(),
            "organization": organization.slug,
            "role": role,
            "groups": member_of,
            "created": created,
        }
        emit(self, payload, as_json=json, text=f"user {username} is {role} of {organization.slug}")
