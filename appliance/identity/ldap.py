"""LDAP / Active Directory: login by binding as the person, and the directory's groups
mirrored into one organization's groups (groupsync.py) at each login and by
`manage.py syncgroups --org SLUG`.

People and groups are known by the directory's stable id (LDAP_ID_ATTRIBUTE: entryUUID on
OpenLDAP, objectGUID on Active Directory), so renaming either in the directory renames it
here. A local account that happens to have a directory person's username is never taken
over: that person cannot log in through the directory until an operator resolves it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import ldap3
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from ldap3.core.exceptions import LDAPException
from ldap3.utils.conv import escape_filter_chars
from ldap3.utils.dn import safe_dn

from appliance.identity.groupsync import DirectoryGroup, SyncReport, groups_mirror
from appliance.identity.models import ExternalIdentity
from appliance.tenancy.models import Membership, Organization
from appliance.tenancy.services import membership_set, organization_create

logger = logging.getLogger(__name__)
User = get_user_model()
SOURCE = ExternalIdentity.Source.LDAP
TIMEOUT_SECONDS = 10


class DirectoryUnavailable(Exception):
    pass


@dataclass(frozen=True)
class DirectoryPerson:
    dn: str
    directory_id: str
    username: str
    email: str
    name: str


def _normal_dn(dn: str) -> str:
    try:
        return safe_dn(dn).lower()
    except Exception:  # noqa: BLE001 - a malformed DN in a member list matches nobody
        return dn.lower()


def _value(entry: Any, attribute: str) -> str:
    if attribute not in entry.entry_attributes:
        return ""
    value = entry[attribute].value
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value or "")


def _values(entry: Any, attribute: str) -> list[str]:
    if attribute not in entry.entry_attributes:
        return []
    return [str(value) for value in entry[attribute].values]


class Directory:
    def __init__(self) -> None:
        if not settings.LDAP_URL:
            raise ImproperlyConfigured("LDAP_URL is not set")
        self.server = ldap3.Server(settings.LDAP_URL, get_info=ldap3.NONE, connect_timeout=TIMEOUT_SECONDS)
        self.id_attribute = settings.LDAP_ID_ATTRIBUTE
        self.username_attribute = settings.LDAP_USER_FILTER.split("=", 1)[0].strip("( ")

    def _connect(self, user: str, password: str) -> ldap3.Connection:
        connection = ldap3.Connection(
            self.server, user=user or None, password=password or None, receive_timeout=TIMEOUT_SECONDS, raise_exceptions=False
        )
        try:
            connection.open()
            if settings.LDAP_START_TLS:
                connection.start_tls()
            connection.bind()
        except LDAPException as error:
            raise DirectoryUnavailable(str(error)) from error
        return connection

    def _service(self) -> ldap3.Connection:
        connection = self._connect(settings.LDAP_BIND_DN, settings.LDAP_BIND_PASSWORD)
        if not connection.bound:
            raise DirectoryUnavailable(f"the service account could not bind: {connection.result.get('description')}")
        return connection

    def _people(self, connection: ldap3.Connection, filter_username: str) -> list[DirectoryPerson]:
        search_filter = settings.LDAP_USER_FILTER.replace("{username}", filter_username)
        attributes = [self.id_attribute, self.username_attribute, "mail", "cn", "displayName"]
        connection.search(settings.LDAP_USER_BASE, search_filter, ldap3.SUBTREE, attributes=attributes)
        return [
            DirectoryPerson(
                dn=entry.entry_dn,
                directory_id=f"{SOURCE}:{_value(entry, self.id_attribute)}",
                username=_value(entry, self.username_attribute),
                email=_value(entry, "mail"),
                name=_value(entry, "displayName") or _value(entry, "cn"),
            )
            for entry in connection.entries
            if _value(entry, self.id_attribute)
        ]

    def person_check(self, username: str, password: str) -> DirectoryPerson | None:
        """The person, if the directory accepts this password for them."""
        if not username or not password:  # an empty password is an anonymous bind: it "succeeds"
            return None
        service = self._service()
        try:
            found = self._people(service, escape_filter_chars(username))
        finally:
            service.unbind()
        if len(found) != 1:
            return None
        person = found[0]
        connection = self._connect(person.dn, password)
        try:
            return person if connection.bound else None
        finally:
            connection.unbind()

    def snapshot(self) -> tuple[list[DirectoryPerson], list[DirectoryGroup]]:
        """Everyone under LDAP_USER_BASE and every group under LDAP_GROUP_BASE, members by id."""
        service = self._service()
        try:
            people = self._people(service, "*")
            by_dn = {_normal_dn(person.dn): person.directory_id for person in people}
            service.search(settings.LDAP_GROUP_BASE, settings.LDAP_GROUP_FILTER, ldap3.SUBTREE, attributes=[self.id_attribute, "cn", "member"])
            groups = [
                DirectoryGroup(
                    directory_id=f"{SOURCE}:{_value(entry, self.id_attribute)}",
                    name=_value(entry, "cn"),
                    member_ids=frozenset(by_dn[dn] for dn in map(_normal_dn, _values(entry, "member")) if dn in by_dn),
                )
                for entry in service.entries
                if _value(entry, self.id_attribute) and _value(entry, "cn")
            ]
        finally:
            service.unbind()
        return people, groups


def _known_people(people: list[DirectoryPerson]) -> dict[str, AbstractUser]:
    """Directory id → local account, for the people who have logged in at least once."""
    identities = ExternalIdentity.objects.filter(source=SOURCE, subject__in=[p.directory_id for p in people]).select_related("user")
    return {identity.subject: identity.user for identity in identities}


def directory_sync(*, organization: Organization) -> SyncReport:
    """Mirror the directory's groups and their members (those with an account) into the
    organization's groups. Raises DirectoryUnavailable when the directory cannot be read:
    a failed read must never look like "every group was deleted"."""
    people, groups = Directory().snapshot()
    return groups_mirror(
        organization=organization, groups=groups, source=SOURCE, people=_known_people(people), admin_group_name=settings.LDAP_ADMIN_GROUP
    )


@transaction.atomic
def person_account(person: DirectoryPerson) -> AbstractUser | None:
    """The local account of a directory person, made at their first login."""
    identity = ExternalIdentity.objects.select_related("user").filter(source=SOURCE, subject=person.directory_id).first()
    if identity is None:
        if User.objects.filter(username__iexact=person.username).exists():
            logger.warning("directory login refused: a local account is already named %s", person.username)
            return None
        user = User(username=person.username, email=person.email)
        user.set_unusable_password()
        user.save()
        identity = ExternalIdentity.objects.create(user=user, source=SOURCE, subject=person.directory_id)
    identity.last_login_at = timezone.now()
    identity.save(update_fields=["last_login_at"])
    return identity.user


class LdapBackend(ModelBackend):
    """Login against the directory; on success the person's account is made or found, put in
    LDAP_ORGANIZATION and the directory's groups are mirrored, so access follows the directory
    from this login on. A directory that cannot be reached refuses the login (logged), and the
    local password backend after this one is still tried."""

    def authenticate(self, request: HttpRequest | None, username: str | None = None, password: str | None = None, **kwargs: Any) -> AbstractUser | None:
        if not settings.LDAP_ORGANIZATION:
            logger.error("LDAP login refused: LDAP_ORGANIZATION must name the organization the directory's people join")
            return None
        try:
            person = Directory().person_check(username or "", password or "")
        except DirectoryUnavailable as error:
            logger.error("LDAP login unavailable: %s", error)
            return None
        if person is None:
            return None
        user = person_account(person)
        if user is None or not self.user_can_authenticate(user):
            return None
        organization, _created = organization_create(slug=settings.LDAP_ORGANIZATION)
        if not Membership.objects.filter(user=user, organization=organization).exists():
            membership_set(user=user, organization=organization, role=Membership.Role.MEMBER)
        try:
            directory_sync(organization=organization)
        except DirectoryUnavailable as error:
            logger.error("LDAP group sync at login failed, groups kept as they were: %s", error)
        return user
