"""Directory groups mirrored into an organization's groups.

A mirrored group is matched by its directory id (Group.directory_id: "ldap:<entryUUID>" or
"oidc:<claim value>"), never by name, so a group renamed in the directory is renamed here and
keeps its documents. A group that has left the directory is deleted the same way an admin
deletes one: its documents shared with it alone become visible to admins only.

The one exception to "never by name": the first time a directory group is seen, a group the
admin made by hand with exactly its name (and no directory id yet) is taken over rather than
duplicated, which is what an admin who prepared 人事部 before connecting the directory wants.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractUser
from django.db import transaction

from appliance.tenancy import services as tenancy
from appliance.tenancy.models import Group, Membership, Organization

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DirectoryGroup:
    directory_id: str  # with its source's prefix: "ldap:…" / "oidc:…"
    name: str
    member_ids: frozenset[str] = field(default_factory=frozenset)  # the members' directory ids, when known


@dataclass
class SyncReport:
    created: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    added: list[tuple[str, str]] = field(default_factory=list)  # (username, group)
    removed: list[tuple[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {key: value for key, value in self.__dict__.items()}


def _group_for(*, organization: Organization, directory_group: DirectoryGroup, report: SyncReport, rename: bool = True) -> Group:
    name = " ".join(directory_group.name.split())[:100]
    group = Group.objects.filter(organization=organization, directory_id=directory_group.directory_id).first()
    if group is None:
        group = Group.objects.filter(organization=organization, name=name, directory_id="").first()
        if group is None:
            group, _created = tenancy.group_create(organization=organization, name=name)
            report.created.append(name)
        group.directory_id = directory_group.directory_id
        group.save(update_fields=["directory_id"])
    elif rename and group.name != name:
        if Group.objects.filter(organization=organization, name=name).exclude(pk=group.pk).exists():
            logger.warning("directory group %s renamed to %s, a name another group has; kept as %s", group.directory_id, name, group.name)
        else:
            report.renamed.append((group.name, name))
            tenancy.group_rename(group=group, name=name)
    return group


@transaction.atomic
def groups_mirror(
    *,
    organization: Organization,
    groups: Sequence[DirectoryGroup],
    source: str,
    people: dict[str, AbstractUser] | None = None,
    admin_group_name: str = "",
) -> SyncReport:
    """Make the organization's groups of this source exactly the directory's: created,
    renamed, deleted. With `people` (directory id → local user, the ones who have an account),
    each group's members are set exactly too, and the admin group's members are admins."""
    report = SyncReport()
    prefix = f"{source}:"
    seen: set[int] = set()
    for directory_group in groups:
        group = _group_for(organization=organization, directory_group=directory_group, report=report)
        seen.add(group.pk)
        if people is not None:
            wanted = {people[member].pk: people[member] for member in directory_group.member_ids if member in people}
            _members_set(organization=organization, group=group, wanted=wanted, report=report)
    for group in Group.objects.filter(organization=organization, directory_id__startswith=prefix).exclude(pk__in=seen):
        report.deleted.append(group.name)
        tenancy.group_delete(group=group)
    if people is not None:
        admins = {
            member for directory_group in groups if admin_group_name and directory_group.name == admin_group_name for member in directory_group.member_ids
        }
        for directory_id, user in people.items():
            if Membership.objects.filter(user=user, organization=organization).exists():
                role = Membership.Role.ADMIN if directory_id in admins else Membership.Role.MEMBER
                tenancy.membership_set(user=user, organization=organization, role=role)
    return report


def _members_set(*, organization: Organization, group: Group, wanted: dict[int, AbstractUser], report: SyncReport) -> None:
    current = {user.pk: user for user in group.members.all()}
    for user_id, user in wanted.items():
        if user_id not in current:
            if not Membership.objects.filter(user=user, organization=organization).exists():
                tenancy.membership_set(user=user, organization=organization, role=Membership.Role.MEMBER)
            tenancy.group_add_member(group=group, user=user)
            report.added.append((user.get_username(), group.name))
    for user_id, user in current.items():
        if user_id not in wanted:
            tenancy.group_remove_member(group=group, user=user)
            report.removed.append((user.get_username(), group.name))


@transaction.atomic
def person_groups_set(
    *, organization: Organization, user: AbstractUser, groups: Iterable[DirectoryGroup], source: str, is_admin: bool | None = None
) -> SyncReport:
    """One person's groups of this source, as their login says (an OIDC claim): groups created
    or renamed as needed, the person added to these and removed from the source's others.
    Groups are never deleted here: one person's claims do not show the whole directory."""
    report = SyncReport()
    if not Membership.objects.filter(user=user, organization=organization).exists() or is_admin is not None:
        role = Membership.Role.ADMIN if is_admin else Membership.Role.MEMBER
        tenancy.membership_set(user=user, organization=organization, role=role)
    wanted: set[int] = set()
    for directory_group in groups:
        # A claim's value is its id and its first name; an admin may rename the group after.
        group = _group_for(organization=organization, directory_group=directory_group, report=report, rename=False)
        wanted.add(group.pk)
        if not group.members.filter(pk=user.pk).exists():
            tenancy.group_add_member(group=group, user=user)
            report.added.append((user.get_username(), group.name))
    for group in Group.objects.filter(organization=organization, directory_id__startswith=f"{source}:", members=user).exclude(pk__in=wanted):
        tenancy.group_remove_member(group=group, user=user)
        report.removed.append((user.get_username(), group.name))
    return report
