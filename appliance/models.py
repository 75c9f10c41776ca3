"""Django finds an app's models here; tenancy's live in appliance/tenancy/models.py,
the audit trail's in appliance/audit/models.py, directory and SSO identities' in
appliance/identity/models.py."""

from appliance.audit.models import AuditEvent
from appliance.identity.models import ExternalIdentity
from appliance.tenancy.models import ApiToken, Group, Membership, Organization

__all__ = ["ApiToken", "AuditEvent", "ExternalIdentity", "Group", "Membership", "Organization"]
