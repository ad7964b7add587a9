################################################################
# Parleyhub Server settings.
#
# This file controls settings that affect the whole Parleyhub server.
# It is installed at /etc/parleyhub/settings.py; the docker entrypoint
# appends one line per SETTING_* environment variable at container start.
#
# Secrets (passwords, API keys) live in /etc/parleyhub/parleyhub-secrets.conf.
################################################################

## The user-accessible Parleyhub hostname for this installation.
EXTERNAL_HOST = "parleyhub.example.com"

## The email address for the person or team who maintains this server.
PARLEYHUB_ADMINISTRATOR = "parleyhub-admin@example.com"

################
## Outgoing email (SMTP) settings.
# EMAIL_HOST = "smtp.example.com"
# EMAIL_HOST_USER = ""
# EMAIL_PORT = 587
# EMAIL_USE_TLS = True

################
## Authentication configuration.
AUTHENTICATION_BACKENDS = (
    "parley.backends.EmailAuthBackend",  # Email and password
    # "parley.backends.PHLDAPAuthBackend",  # LDAP, see docs
    # "parley.backends.GitHubAuthBackend",  # GitHub auth, setup below
)

## LDAP integration.
# AUTH_LDAP_SERVER_URI = "ldaps://ldap.example.com"
# AUTH_LDAP_BIND_DN = "cn=parleyhub,ou=services,dc=example,dc=com"

################
## Mobile push notifications.
# PUSH_NOTIFICATION_BOUNCER_URL = "https://push.parleyhub.net"

################
## File uploads and avatars.
LOCAL_UPLOADS_DIR = "/home/parleyhub/uploads"
# S3_AUTH_UPLOADS_BUCKET = ""
# S3_AVATAR_BUCKET = ""
# S3_REGION = None

################
## Error reporting.
# SENTRY_DSN = "https://aaaa@o1.ingest.sentry.io/1"

## Image proxy (disabled unless set).
# CAMO_URI = "/external_content/"

## Video calls with Zoom.
# VIDEO_ZOOM_CLIENT_ID = ""
