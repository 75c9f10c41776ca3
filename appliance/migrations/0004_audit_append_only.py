"""On PostgreSQL the audit trail refuses UPDATE always, and DELETE unless the transaction set
appliance.audit_erase (the retention prune and an organization's removal do, through
appliance/audit/services.py `audit_erasure`). TRUNCATE, an operator's tool, is not stopped."""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION appliance_audit_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND coalesce(current_setting('appliance.audit_erase', true), '') = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION USING MESSAGE = 'the audit trail is append-only (' || TG_OP || ' refused)';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER appliance_audit_append_only BEFORE UPDATE OR DELETE ON appliance_auditevent
    FOR EACH ROW EXECUTE FUNCTION appliance_audit_append_only();
"""
DROP = """
DROP TRIGGER IF EXISTS appliance_audit_append_only ON appliance_auditevent;
DROP FUNCTION IF EXISTS appliance_audit_append_only();
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("appliance", "0003_audit_trail")]

    operations = [migrations.RunPython(create, drop)]
