import logging

import requests
from flask import Blueprint, flash, redirect, request, session, url_for
from flask_oauthlib.client import OAuth

from redash import models, settings
from redash.authentication.org_resolving import current_org

logger = logging.getLogger("google_oauth")

oauth = OAuth()
blueprint = Blueprint("google_oauth", __name__)


def google_remote_app():
    # Only used when REDASH_GOOGLE_CLIENT_ID / REDASH_GOOGLE_CLIENT_SECRET are set
    # (empty in setup/env.example -> Google login is disabled).
    if "google" not in oauth.remote_apps:
        oauth.remote_app(
            "google",
            base_url="https://www.google.com/accounts/",
            authorize_url="https://accounts.google.com/o/oauth2/auth?prompt=select_account+consent",
            request_token_url=None,
            request_token_params={"scope": "https://www.googleapis.com/auth/userinfo.email https://www.googleapis.com/auth/userinfo.profile"},
            access_token_url="https://accounts.google.com/o/oauth2/token",
            access_token_method="POST",
            consumer_key=settings.GOOGLE_CLIENT_ID,
            consumer_secret=settings.GOOGLE_CLIENT_SECRET,
        )
    return oauth.google


def get_user_profile(access_token):
    headers = {"Authorization": "OAuth {}".format(access_token)}
    response = requests.get("https://www.googleapis.com/oauth2/v1/userinfo", headers=headers)
    if response.status_code == 401:
        logger.warning("Failed getting user profile (response code 401).")
        return None
    return response.json()


@blueprint.route("/<org_slug>/oauth/google", endpoint="authorize_org")
def org_login(org_slug):
    session["org_slug"] = current_org.slug
    return redirect(url_for(".authorize", next=request.args.get("next", None)))


@blueprint.route("/oauth/google", endpoint="authorize")
def login():
    if not settings.GOOGLE_OAUTH_ENABLED:
        return redirect(url_for("redash.login"))
    callback = url_for(".callback", _external=True)
    next_path = request.args.get("next", url_for("redash.index", org_slug=session.get("org_slug")))
    return google_remote_app().authorize(callback=callback, state=next_path)


@blueprint.route("/oauth/google_callback", endpoint="callback")
def authorized():
    resp = google_remote_app().authorized_response()
    access_token = resp["access_token"]
    if access_token is None:
        flash("Validation error. Please retry.")
        return redirect(url_for("redash.login"))
    profile = get_user_profile(access_token)
    if profile is None:
        flash("Validation error. Please retry.")
        return redirect(url_for("redash.login"))
    return redirect(request.args.get("state") or url_for("redash.index"))
