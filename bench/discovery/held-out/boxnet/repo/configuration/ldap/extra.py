####
## This file contains extra configuration options that can't be configured
## directly through environment variables.
## All vairables set here overwrite any existing found in ldap_config.py
####

# # This Python script inherits all the imports from ldap_config.py
# from django_auth_ldap.config import LDAPGroupQuery # Imported since not in ldap_config.py

# # Sets a base requirement of membetship to boxnet-user-ro, boxnet-user-rw, or boxnet-user-admin.
# AUTH_LDAP_REQUIRE_GROUP = (
#     LDAPGroupQuery("cn=boxnet-user-ro,ou=groups,dc=example,dc=com")
#     | LDAPGroupQuery("cn=boxnet-user-rw,ou=groups,dc=example,dc=com")
#     | LDAPGroupQuery("cn=boxnet-user-admin,ou=groups,dc=example,dc=com")
# )
