"""Django finds an app's models here; tenancy's live in appliance/tenancy/models.py,
the audit trail's in appliance/audit/models.py."""

from appliance.audit.models import AuditEvent
from appliance.tenancy.models import ApiToken, Group, Membership, Organization

__all__ = ["ApiToken", "AuditEvent", "Group", "Membership", "Organization"]
