"""Who a person is and how they prove it: local passwords with lockout and reset links
(accounts.py, backends.py), an LDAP / Active Directory directory (ldap.py, groupsync.py) and
OpenID Connect single sign-on (oidc.py). Each maps a person onto tenancy's organizations and
groups; access itself is decided by appliance/access, from those groups, at each request."""
