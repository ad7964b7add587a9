import hashlib
import hmac
import logging
import time
from urllib.parse import urlsplit, urlunsplit

from flask import g, redirect, request, url_for
from flask_login import LoginManager, login_user, logout_user, user_logged_in
from werkzeug.local import LocalProxy

from redash import models, settings
from redash.authentication.org_resolving import current_org

login_manager = LoginManager()
logger = logging.getLogger("authentication")


def get_login_url(external=False, next="/"):
    if settings.MULTI_ORG and current_org == None:
        login_url = "/"
    elif settings.MULTI_ORG:
        login_url = url_for("redash.login", org_slug=current_org.slug, next=next, _external=external)
    else:
        login_url = url_for("redash.login", next=next, _external=external)
    return login_url


@login_manager.user_loader
def load_user(user_id_with_identity):
    user_id, _ = user_id_with_identity.split("-")
    user = models.User.query.get(user_id)
    return user


def api_key_load_user_from_request(request):
    api_key = request.args.get("api_key") or request.headers.get("Authorization", "").replace("Key ", "")
    if not api_key:
        return None
    return models.User.query.filter(models.User.api_key == api_key).first()


def init_app(app):
    from redash.authentication import google_oauth

    login_manager.init_app(app)
    login_manager.anonymous_user = models.AnonymousUser
    login_manager.request_loader(api_key_load_user_from_request)

    # Optional Google SSO blueprint; inert unless REDASH_GOOGLE_CLIENT_ID/SECRET are set.
    app.register_blueprint(google_oauth.blueprint)
