"""Where a person's identity comes from when it is not a local password: a directory (LDAP /
Active Directory) or an OpenID provider. One row per (source, subject)."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class ExternalIdentity(models.Model):
    class Source(models.TextChoices):
        LDAP = "ldap", "LDAP"
        OIDC = "oidc", "OpenID Connect"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="external_identities")
    source = models.CharField(max_length=10, choices=Source.choices)
    # The directory's stable id for the person (entryUUID / objectGUID; OIDC: issuer and
    # `sub`), never the name or the e-mail: both change and both get reused.
    subject = models.CharField(max_length=300)
    created_at = models.DateTimeField(auto_now_add=True)
    last_login_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["source", "subject"], name="one_user_per_external_subject")]

    def __str__(self) -> str:
        return f"{self.source}:{self.subject} → {self.user_id}"
