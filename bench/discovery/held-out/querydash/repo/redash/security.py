import functools

from flask_talisman import talisman
from flask_wtf.csrf import CSRFProtect

from redash import settings

csrf = CSRFProtect()


def csrf_exempt(view):
    csrf.exempt(view)
    return view


def init_app(app):
    if settings.ENFORCE_CSRF:
        csrf.init_app(app)
    talisman.init_app(
        app,
        force_https=settings.TALISMAN_ENFORCE_HTTPS,
        content_security_policy={"default-src": "'self'"},
    )


def is_same_origin(a, b):
    return a.rstrip("/") == b.rstrip("/")
