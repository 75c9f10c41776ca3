"""Django finds an app's models here; tenancy's live in appliance/tenancy/models.py."""

from appliance.tenancy.models import ApiToken, Group, Membership, Organization

__all__ = ["ApiToken", "Group", "Membership", "Organization"]
