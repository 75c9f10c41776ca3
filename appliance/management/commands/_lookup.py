"""Turn the commands' --org and --groups options into objects, with the same clear errors."""

from __future__ import annotations

from django.core.management.base import CommandError

from appliance.models import Group, Organization
from appliance.selectors import group_get_by_names


def organization_by_slug(slug: str) -> Organization:
    organization = Organization.objects.filter(slug=slug).first()
    if organization is None:
        raise CommandError(f"no organization {slug!r}")
    return organization


def groups_by_option(organization: Organization, option: str) -> list[Group]:
    """`--groups g1,g2`: every name must be a group of the organization."""
    names = [name.strip() for name in option.split(",") if name.strip()]
    try:
        return group_get_by_names(organization=organization, names=names)
    except Group.DoesNotExist as error:
        raise CommandError(str(error)) from None
