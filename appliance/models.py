"""Django finds an app's models here; tenancy's live in appliance/tenancy/models.py."""

from appliance.tenancy.models import Group, Membership, Organization

__all__ = ["Group", "Membership", "Organization"]
