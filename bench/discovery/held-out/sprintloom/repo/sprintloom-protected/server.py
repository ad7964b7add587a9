"""sprintloom-protected: validates attachment tokens and lets nginx serve the file.

The gateway proxies /media/<path>?token=... here. When the token (signed by
sprintloom-back with the shared SECRET_KEY) is valid, we answer with an
X-Accel-Redirect to the internal /_protected/ location; nginx then streams the
file from the shared media volume.
"""
import os
from urllib.parse import parse_qs

from django.conf import settings

settings.configure(SECRET_KEY=os.environ["SECRET_KEY"])

from django.core import signing  # noqa: E402

MAX_AGE = int(os.environ.get("MAX_AGE", "300"))


def _is_valid(path, token):
    try:
        value = signing.loads(token, salt="attachments", max_age=MAX_AGE)
    except signing.BadSignature:
        return False
    return value == path


def app(environ, start_response):
    path = environ.get("PATH_INFO", "").lstrip("/")
    token = parse_qs(environ.get("QUERY_STRING", "")).get("token", [""])[0]

    if not path or not token or not _is_valid(path, token):
        start_response("403 Forbidden", [("Content-Type", "text/plain")])
        return [b"Forbidden"]

    start_response("200 OK", [("X-Accel-Redirect", f"/_protected/{path}"), ("Content-Type", "")])
    return [b""]
