"""The audit trail: who did what in an organization, kept in PostgreSQL and only ever added to.

`services.audit_record` writes a row, `selectors.audit_event_list` reads them for an admin,
`signals` records logins; the domain records its events through `appliance.telemetry.audit`.
"""
