import os

from findex_application.config import LocalConfig


def get_access_headers(app):
    """Forward the OIDC access token to metadata/search services."""
    try:
        access_token = app.auth_client.token['access_token']
        return {'Authorization': 'Bearer {}'.format(access_token)}
    except Exception:
        return {}


class OidcConfig(LocalConfig):
    APP_WRAPPER = 'flaskoidc'
    APP_WRAPPER_CLASS = 'FlaskOIDC'
    FLASK_OIDC_PROVIDER_NAME = os.environ.get('FLASK_OIDC_PROVIDER_NAME', 'keycloak')
    FLASK_OIDC_CLIENT_ID = os.environ.get('FLASK_OIDC_CLIENT_ID', 'findex')
    FLASK_OIDC_CLIENT_SECRET = os.environ.get('FLASK_OIDC_CLIENT_SECRET')
    FLASK_OIDC_CONFIG_URL = os.environ.get(
        'FLASK_OIDC_CONFIG_URL',
        'https://keycloak.example.com/auth/realms/datacorp/.well-known/openid-configuration')
    FLASK_OIDC_WHITELISTED_ENDPOINTS = 'status,healthcheck,health'
    REQUEST_HEADERS_METHOD = get_access_headers
