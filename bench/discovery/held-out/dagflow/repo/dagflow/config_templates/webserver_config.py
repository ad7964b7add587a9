"""Flask-AppBuilder settings used by the FAB auth manager of the api-server.

Mounted into the container at $DAGFLOW_HOME/webserver_config.py. Login goes through
Keycloak (OpenID Connect); the realm URL comes from the environment.
"""
from __future__ import annotations

import os

from flask_appbuilder.security.manager import AUTH_OAUTH

basedir = os.path.abspath(os.path.dirname(__file__))

WTF_CSRF_ENABLED = True
AUTH_TYPE = AUTH_OAUTH
AUTH_USER_REGISTRATION = True
AUTH_USER_REGISTRATION_ROLE = "Viewer"
AUTH_ROLES_SYNC_AT_LOGIN = True
AUTH_ROLES_MAPPING = {"dagflow_admin": ["Admin"], "dagflow_ops": ["Op"], "dagflow_user": ["User"]}

OIDC_ISSUER = os.environ.get("DAGFLOW_OIDC_ISSUER", "https://sso.example.com/realms/data-platform")

OAUTH_PROVIDERS = [
    {
        "name": "keycloak",
        "icon": "fa-key",
        "token_key": "access_token",
        "remote_app": {
            "client_id": os.environ.get("DAGFLOW_OIDC_CLIENT_ID", "dagflow"),
            "client_secret": os.environ.get("DAGFLOW_OIDC_CLIENT_SECRET"),
            "server_metadata_url": f"{OIDC_ISSUER}/.well-known/openid-configuration",
            "api_base_url": f"{OIDC_ISSUER}/protocol/openid-connect",
            "access_token_url": f"{OIDC_ISSUER}/protocol/openid-connect/token",
            "authorize_url": f"{OIDC_ISSUER}/protocol/openid-connect/auth",
            "jwks_uri": f"{OIDC_ISSUER}/protocol/openid-connect/certs",
            "client_kwargs": {"scope": "openid email profile"},
        },
    }
]

# Alternative considered and left disabled:
# AUTH_TYPE = AUTH_LDAP
# AUTH_LDAP_SERVER = "ldap://ldap.corp.example.com"
