import logging

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required, login_user, logout_user

from redash import limiter, models, settings
from redash.authentication import current_org, get_login_url
from redash.authentication.account import (
    send_password_reset_email,
    send_user_disabled_email,
    send_verify_email,
    validate_token,
)
from redash.handlers import routes
from redash.handlers.base import org_scoped_rule, record_event

logger = logging.getLogger(__name__)


def base_href():
    return "{}/".format(settings.HOST) if settings.HOST else "/"


@routes.route(org_scoped_rule("/forgot"), methods=["GET", "POST"])
@limiter.limit(settings.THROTTLE_PASS_RESET_PATTERN if hasattr(settings, "THROTTLE_PASS_RESET_PATTERN") else "10/hour")
def forgot_password(org_slug=None):
    submitted = False
    if request.method == "POST" and request.form["email"]:
        submitted = True
        email = request.form["email"]
        try:
            org = current_org._get_current_object()
            user = models.User.get_by_email_and_org(email, org)
            if user.is_disabled:
                send_user_disabled_email(user)
            else:
                # enqueues redash.tasks.send_mail on the "emails" queue
                send_password_reset_email(user)
        except models.NoResultFound:
            logging.error("No user found for forgot password: %s", email)
    return render_template("forgot.html", submitted=submitted)


@routes.route(org_scoped_rule("/login"), methods=["GET", "POST"])
@limiter.limit(settings.THROTTLE_LOGIN_PATTERN)
def login(org_slug=None):
    next_path = request.args.get("next", "/")
    if current_user.is_authenticated:
        return redirect(next_path)
    if request.method == "POST":
        user = models.User.get_by_email_and_org(request.form["email"], current_org)
        if user and not user.is_disabled and user.verify_password(request.form["password"]):
            login_user(user, remember=("remember" in request.form))
            return redirect(next_path)
        flash("Wrong email or password.")
    google_auth_url = get_google_auth_url(next_path) if settings.GOOGLE_OAUTH_ENABLED else None
    return render_template("login.html", org_slug=org_slug, next=next_path, google_auth_url=google_auth_url)


@routes.route(org_scoped_rule("/logout"))
def logout(org_slug=None):
    logout_user()
    return redirect(get_login_url(next=None))


def get_google_auth_url(next_path):
    return url_for("google_oauth.authorize", next=next_path)
