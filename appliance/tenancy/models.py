"""Tenancy: organizations, the people in them and the groups that documents are shared with."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models


class Organization(models.Model):
    slug = models.SlugField(
        max_length=50,
        unique=True,
        validators=[RegexValidator(r"^[a-z0-9][a-z0-9-]*$", "lowercase letters, digits and hyphens")],
    )
    name = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)
    # Off by default: the audit trail then records that a question was asked, by whom and
    # what it showed, but not its text (appliance/audit/services.py).
    audit_questions_text = models.BooleanField(default=False)
    # Personal data (appliance/text/pii.py) masked in the parsed text before chunking: what is
    # embedded, shown and answered from; the stored original stays as uploaded, for admins.
    # Applies to documents parsed after it is turned on (re-index or re-upload the others).
    pii_mask_ingestion = models.BooleanField(default=False)
    # Personal data masked in answers and the passages shown with them.
    pii_mask_answers = models.BooleanField(default=False)

    class Meta:
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.slug


class Membership(models.Model):
    class Role(models.TextChoices):
        MEMBER = "member", "member"
        ADMIN = "admin", "admin"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.MEMBER)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "organization"], name="one_membership_per_org")]

    def __str__(self) -> str:
        return f"{self.user} in {self.organization} ({self.role})"

    @property
    def is_admin(self) -> bool:
        return self.role == self.Role.ADMIN


class Group(models.Model):
    """A set of people inside one organization; documents may be restricted to groups."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="groups")
    name = models.CharField(max_length=100)
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="appliance_groups", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # A group mirrored from a directory (LDAP entryUUID / AD objectGUID, or an OIDC claim's
    # value) is matched by this, never by its name: a renamed directory group stays the same
    # group here, with the same documents. Empty for a group made in the appliance.
    directory_id = models.CharField(max_length=200, blank=True, default="")

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "name"], name="group_name_unique_in_org"),
            models.UniqueConstraint(
                fields=["organization", "directory_id"], condition=~models.Q(directory_id=""), name="group_directory_id_unique_in_org"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organization.slug}/{self.name}"


class ApiToken(models.Model):
    """A person's key for the API, acting as them inside one organization.

    Only the sha256 of the secret is kept: the secret is shown once, when it is created. A
    token carries no permissions of its own; every request resolves its owner's membership and
    groups as they are then (appliance/tenancy/tokens.py), so a removed member's tokens stop at
    once and a changed group applies to the next request.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    secret_sha256 = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=16)  # the first characters, to tell tokens apart in lists
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["organization", "user"], name="api_token_owner")]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…) of {self.user_id} in {self.organization_id}"
